from __future__ import annotations

import pytest

from postdesk.postal.identifiers import make_rpo, make_s10
from postdesk.printing.barcodes import (
    MIN_MODULE_MM,
    Symbology,
    bar_runs,
    fit,
    modules,
    readable_groups,
    symbology_for,
)
from postdesk.printing.sheet import Sheet
from tests.support.pdf import page_barcodes


def test_readable_line_groups_rpo_and_s10() -> None:
    assert readable_groups("10944022440321") == [
        ("109440", False),
        ("22", False),
        ("44032", True),
        ("1", False),
    ]
    assert readable_groups("RA473124829RU") == [
        ("RA", False),
        ("47312482", True),
        ("9", False),
        ("RU", False),
    ]
    assert readable_groups("ABC") == [("ABC", False)]


def test_itf_only_for_even_digit_strings() -> None:
    assert symbology_for("10944022440321", Symbology.ITF) is Symbology.ITF
    assert symbology_for("RA473124829RU", Symbology.ITF) is Symbology.CODE128
    assert symbology_for("123", Symbology.ITF) is Symbology.CODE128


def test_runs_cover_the_dark_modules() -> None:
    pattern = modules("10944022440321", Symbology.CODE128)
    assert sum(width for _start, width in bar_runs(pattern)) == pattern.count("1")
    assert bar_runs("0110111") == [(1, 2), (4, 3)]


def test_geometry_never_below_minimum_module_and_quiet_zone() -> None:
    narrow = fit("10944022440321", Symbology.CODE128, 10.0)
    assert narrow.module_mm == pytest.approx(MIN_MODULE_MM)
    assert narrow.quiet_mm >= 2.5 and narrow.quiet_mm >= 10 * narrow.module_mm
    scaled = fit("10944022440321", Symbology.CODE128, 10.0, scale=0.5)
    assert scaled.module_mm * 0.5 == pytest.approx(MIN_MODULE_MM)
    assert scaled.quiet_mm * 0.5 >= 2.5


@pytest.mark.parametrize("symbology", list(Symbology))
@pytest.mark.parametrize("code", [make_rpo("109440", 22, 44032), make_s10("RA", 47312482), "80082240994512"])
def test_drawn_barcode_decodes_to_the_identifier_unchanged(symbology: Symbology, code: str) -> None:
    sheet = Sheet(100, 40)
    sheet.barcode(code, 5, 5, 90, 25, symbology=symbology)
    found = page_barcodes(sheet.finish())[0]
    assert [text for _format, text in found] == [code]
    expected = "ITF" if symbology_for(code, symbology) is Symbology.ITF else "Code128"
    assert expected.lower() in "".join(found[0][0].split()).lower()
