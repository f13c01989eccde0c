"""The office set-up's requisites and logo on the letterhead of every letter."""

import datetime as dt
import io

from PIL import Image as PILImage
from pypdf import PdfReader

from postdesk.printing.letters.model import Addressee, Letter, Letterhead
from postdesk.printing.letters.render import render_letter
from tests.support.pdf import page_texts


def _letter(letterhead: Letterhead) -> Letter:
    return Letter(letterhead, Addressee("ООО «Ромашка»"), dt.date(2026, 12, 2), "1", "Тема", ("Текст.",))


def _images(pdf: bytes) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_requisites_are_printed_and_a_logo_is_drawn(tmp_path):
    logo = tmp_path / "logo.png"
    PILImage.new("RGB", (200, 100), (0, 60, 160)).save(logo)
    pdf = render_letter(
        _letter(Letterhead("ОПС 430005", "г. Саранск", requisites="ИНН 7724490000", logo_file=str(logo)))
    )
    assert "ИНН 7724490000" in page_texts(pdf)[0]
    assert _images(pdf) == 1


def test_an_unreadable_logo_is_left_out(tmp_path):
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"not an image")
    pdf = render_letter(_letter(Letterhead("ОПС 430005", logo_file=str(broken))))
    assert "ОПС 430005" in page_texts(pdf)[0] and _images(pdf) == 0
    assert _images(render_letter(_letter(Letterhead("ОПС 430005")))) == 0
