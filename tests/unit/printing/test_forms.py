"""Every form: the values it prints (read back with pypdf) and every barcode on every page
(rendered at 300 dpi and decoded with zxing-cpp) match the document it was made from."""

from __future__ import annotations

from dataclasses import replace

import pytest

from postdesk.common.money import format_kop
from postdesk.common.weights import format_mass
from postdesk.printing.barcodes import Symbology
from postdesk.printing.data import Document, DocumentItem
from postdesk.printing.forms import f103
from postdesk.printing.forms.f112 import message_lines
from postdesk.printing.money import amount_in_words
from postdesk.printing.options import FormKind, LabelStock, PrintOptions
from postdesk.printing.render import NothingToPrintError, items_for, render
from postdesk.printing.samples import sample_document, sample_header
from tests.support.pdf import page_barcodes, page_texts, squeeze

DOCUMENT = sample_document(7, seed=7, s10_every=3)

# How many times each item's identifier is printed as a barcode, and on how many pages.
BARCODES_PER_ITEM = {
    FormKind.LABELS: (1, 1),
    FormKind.F116: (2, 1),
    FormKind.F107: (2, 1),
    FormKind.F119: (1, 2),
    FormKind.F112: (1, 1),
}


def _between(text: str, start: str, end: str) -> str:
    """The text of one totals row: from its label up to what follows it on the page."""
    tail = text[text.index(start) :]
    return tail[: tail.index(end, len(start))].replace("\n", " ")


def _options(kind: FormKind, symbology: Symbology, stock: str = "198x141") -> PrintOptions:
    return PrintOptions(label_stock=LabelStock.parse(stock), symbology={kind: symbology})


@pytest.mark.parametrize("symbology", list(Symbology))
@pytest.mark.parametrize("kind", list(BARCODES_PER_ITEM))
def test_every_barcode_on_every_page_decodes_to_its_item(kind: FormKind, symbology: Symbology) -> None:
    selected = items_for(kind, DOCUMENT).items
    assert selected, "the sample must exercise the form"
    pdf = render(kind, DOCUMENT, _options(kind, symbology))
    found = page_barcodes(pdf)
    copies, pages_per_item = BARCODES_PER_ITEM[kind]
    assert len(found) == len(selected) * pages_per_item
    for index, item in enumerate(selected):
        item_pages = found[index * pages_per_item : (index + 1) * pages_per_item]
        assert [text for page in item_pages for _fmt, text in page] == [item.barcode] * copies


@pytest.mark.parametrize("stock", ["176x125", "148x105", "120x85"])
def test_labels_on_smaller_stock_still_decode(stock: str) -> None:
    pdf = render(FormKind.LABELS, DOCUMENT, _options(FormKind.LABELS, Symbology.ITF, stock))
    assert [[text for _f, text in page] for page in page_barcodes(pdf)] == [
        [i.barcode] for i in DOCUMENT.items
    ]


def test_f103_many_pages_two_copies_page_and_grand_totals() -> None:
    document = sample_document(75, seed=11)
    pages = f103.layout(document)
    assert len(pages) >= 4
    texts = page_texts(render(FormKind.F103, document))
    assert len(texts) == 2 * len(pages)
    first_copy, second_copy = texts[: len(pages)], texts[len(pages) :]
    assert all("Экземпляр 1" in text for text in first_copy)
    assert all("Экземпляр 2" in text for text in second_copy)
    for copy in (first_copy, second_copy):
        joined = "\n".join(copy)
        for item in document.items:
            assert joined.count(item.barcode or "") == 1
        for number, (page, text) in enumerate(zip(pages, copy, strict=True), start=1):
            assert f"Лист {number} из {len(pages)}" in text
            totals_line = _between(text, "Итого по листу", "Всего по списку" if page.last else "Лист ")
            for value in (
                format_mass(page.totals.priced_mass_g),
                format_kop(page.totals.net_kop),
                format_kop(page.totals.vat_kop),
                format_kop(page.totals.declared_value_kop),
            ):
                assert value in totals_line
            assert f"отправлений: {len(page.rows)}" in totals_line
        assert sum(len(page.rows) for page in pages) == len(document.items)
        grand = document.totals
        last = copy[-1]
        grand_line = _between(last, "Всего по списку", "Всего отправлений")
        for value in (
            format_mass(grand.priced_mass_g),
            format_kop(grand.net_kop),
            format_kop(grand.cod_kop),
            format_kop(grand.vat_kop),
            f"отправлений: {grand.count}",
        ):
            assert value in grand_line
        assert sum(p.totals.net_kop for p in pages) == grand.net_kop
        assert squeeze(amount_in_words(grand.fee_with_vat_kop, capitalise=False)) in squeeze(last)
        assert "Оттиск КПШ" in last and "Сдал (отправитель)" in last
        assert "Всего по списку" not in "".join(copy[:-1])


def test_f103_header_and_rows() -> None:
    texts = page_texts(render(FormKind.F103, DOCUMENT))
    first = texts[0]
    header = DOCUMENT.header
    for value in (
        "СПИСОК № 118",
        "20.11.2026",
        header.client.inn,
        header.client.kpp,
        "№ 45-2025/017",
        "безналичный расчёт",
        "без разряда",
        "430005",
    ):
        assert value in first
    for item in DOCUMENT.items:
        assert item.barcode in first
        assert item.recipient_name.split()[0] in first
        assert format_kop(item.net_kop) in first


def test_labels_print_both_addresses_and_amounts() -> None:
    texts = page_texts(render(FormKind.LABELS, DOCUMENT))
    for item, text in zip(DOCUMENT.items, texts, strict=True):
        assert item.recipient_name in text
        assert item.postcode in squeeze(text) and DOCUMENT.header.client.postcode in squeeze(text)
        assert "ф. 7-п" in text and DOCUMENT.header.client.name in text
        if item.declared_value_kop:
            assert format_kop(item.declared_value_kop) in text


def test_f116_amounts_in_words() -> None:
    texts = page_texts(render(FormKind.F116, DOCUMENT))
    for item, text in zip(DOCUMENT.items, texts, strict=True):
        if item.cod_kop:
            assert squeeze(amount_in_words(item.cod_kop, capitalise=False)) in squeeze(text)
        assert item.recipient_name in text and "СОПРОВОДИТЕЛЬНЫЙ АДРЕС" in text


def test_f107_two_copies_with_lines_and_total() -> None:
    selected = items_for(FormKind.F107, DOCUMENT).items
    texts = page_texts(render(FormKind.F107, DOCUMENT))
    for item, text in zip(selected, texts, strict=True):
        assert text.count("О П И С Ь") == 2
        for line in item.inventory:
            assert text.count(line.name) >= 2
        total = sum(line.value_kop or 0 for line in item.inventory)
        assert text.count(format_kop(total)) >= 2
        assert total == item.declared_value_kop


def test_f107_blank_lines_when_the_inventory_is_filled_by_hand() -> None:
    item = DOCUMENT.items[0]
    document = Document(DOCUMENT.header, [replace(item, inventory=(), has_inventory=True)])
    text = page_texts(render(FormKind.F107, document))[0]
    assert text.count("О П И С Ь") == 2 and text.count("Итого") == 2


def test_f119_only_paper_notices() -> None:
    selected = items_for(FormKind.F119, DOCUMENT).items
    assert all(item.notice in ("SIMPLE", "ORDERED") for item in selected)
    texts = page_texts(render(FormKind.F119, DOCUMENT))
    for index, item in enumerate(selected):
        front, back = texts[2 * index], texts[2 * index + 1]
        assert "УВЕДОМЛЕНИЕ" in front and DOCUMENT.header.client.name in front
        assert item.recipient_name in front
        assert "Отметки о вручении" in back and (item.barcode or "") in back


def test_f112_amount_in_words_and_requisites() -> None:
    selected = items_for(FormKind.F112, DOCUMENT).items
    client = DOCUMENT.header.client
    texts = page_texts(render(FormKind.F112, DOCUMENT))
    for item, text in zip(selected, texts, strict=True):
        flat = squeeze(text)
        assert squeeze(amount_in_words(item.cod_kop, capitalise=False)) in flat
        for value in (
            client.inn,
            client.bik,
            client.settlement_account,
            client.correspondent_account,
            client.postcode,
            item.postcode,
        ):
            assert value in flat
        assert squeeze(message_lines(DOCUMENT, item)[0].upper()) in flat
        assert client.name in text and item.recipient_name in text


def test_receipt_totals() -> None:
    text = page_texts(render(FormKind.RECEIPT, DOCUMENT))[0]
    totals = DOCUMENT.totals
    for value in (
        format_kop(totals.net_kop),
        format_kop(totals.vat_kop),
        format_kop(totals.fee_with_vat_kop),
        format_mass(totals.priced_mass_g),
        amount_in_words(totals.fee_with_vat_kop),
    ):
        assert value in text
    assert f"Принятоотправлений,шт.{totals.count}" in squeeze(text)


@pytest.mark.parametrize("kind", [FormKind.F107, FormKind.F119, FormKind.F112])
def test_nothing_to_print_is_a_user_error(kind: FormKind) -> None:
    plain = Document(
        sample_header(),
        [
            DocumentItem(
                seq=1, barcode=None, recipient_name="Иванов И. И.", address="г. Пенза", postcode="440026"
            )
        ],
    )
    with pytest.raises(NothingToPrintError) as error:
        render(kind, plain)
    assert error.value.message and error.value.message.isascii() is False


@pytest.mark.parametrize("kind", list(FormKind))
def test_printer_offset_moves_every_page(kind: FormKind) -> None:
    import io

    import pypdf

    from postdesk.printing.sheet import Offset

    shifted = Offset(5.0, 3.0)
    options = PrintOptions(sheet_offset=shifted, label_offset=shifted)
    pages = pypdf.PdfReader(io.BytesIO(render(kind, DOCUMENT, options))).pages
    assert len(pages) >= 1
    for page in pages:
        assert b"1 0 0 1 14.17323 -8.503937 cm" in page.get_contents().get_data()
    plain = pypdf.PdfReader(io.BytesIO(render(kind, DOCUMENT))).pages[0]
    assert b"14.17323 -8.503937 cm" not in plain.get_contents().get_data()


def test_options_come_from_the_workstation_settings(tmp_path) -> None:
    from postdesk.common import settings as s
    from postdesk.common.settings import SettingsStore
    from postdesk.printing.options import options_from_settings

    store = SettingsStore(tmp_path / "settings.json", environ={})
    store.set(s.LABEL_STOCK, "120x85")
    store.set(s.LABEL_OFFSET_X_MM, -1.5)
    store.set(s.SHEET_OFFSET_Y_MM, 2.0)
    store.set(s.BARCODE_SYMBOLOGY["f116"], "itf")
    options = options_from_settings(SettingsStore(tmp_path / "settings.json", environ={}))
    assert options.label_stock == LabelStock(120, 85)
    assert options.offset_for(FormKind.LABELS).x_mm == -1.5 and options.offset_for(FormKind.F103).y_mm == 2.0
    assert options.symbology_for(FormKind.F116) is Symbology.ITF
    assert options.symbology_for(FormKind.LABELS) is Symbology.CODE128
