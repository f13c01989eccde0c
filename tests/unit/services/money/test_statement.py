"""The 1CClientBankExchange reader: both encodings, every field, and every way a file goes wrong."""

import datetime as dt

import pytest

from postdesk.services.money.statement import StatementError, decode, parse_statement
from tests.support.money import payment_doc, statement

INN = "1300000017"


@pytest.mark.parametrize("encoding", ["cp1251", "utf-8", "utf-8-sig"])
def test_documents_are_read_in_either_encoding(encoding):
    data = statement(
        payment_doc("12", "1 500,50", INN, "Оплата по договору № Т-1/2026 за октябрь"),
        payment_doc("13", "7.00", "770708389301", "аванс", date="01.12.2026"),
        encoding="utf-8" if encoding == "utf-8-sig" else encoding,
    )
    if encoding == "utf-8-sig":
        data = b"\xef\xbb\xbf" + data
    first, second = parse_statement(data)
    assert (first.number, first.date, first.amount_kop, first.payer_inn) == (
        "12",
        dt.date(2026, 11, 20),
        150_050,
        INN,
    )
    assert first.payer_name == "ООО «Тест»" and first.purpose.startswith("Оплата по договору № Т-1/2026")
    assert (
        second.amount_kop == 700
        and second.payer_inn == "770708389301"
        and second.date == dt.date(2026, 12, 1)
    )
    assert first.key != second.key


def test_the_same_document_has_the_same_key_in_both_encodings():
    doc = payment_doc("12", "10.00", INN, "назначение")
    [a] = parse_statement(statement(doc, encoding="cp1251"))
    [b] = parse_statement(statement(doc, encoding="utf-8"))
    assert a.key == b.key


def test_decode_prefers_utf8_and_falls_back_to_windows_1251():
    assert decode("Сумма".encode()) == "Сумма"
    assert decode("Сумма".encode("cp1251")) == "Сумма"


def test_an_empty_statement_has_no_documents():
    assert parse_statement(statement()) == []


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "1CClientBankExchange"),
        ("Выписка\r\n".encode("cp1251"), "1CClientBankExchange"),
        (statement(payment_doc("1", "1.00", INN, "x"), end=False), "КонецФайла"),
        (
            statement(payment_doc("1", "1.00", INN, "x")).replace(
                b"\r\n\xca\xee\xed\xe5\xf6\xd4\xe0\xe9\xeb\xe0", b""
            ),
            "КонецФайла",
        ),
        (
            statement(payment_doc("1", "1.00", INN, "x")).split("КонецДокумента".encode("cp1251"))[0],
            "КонецДокумента",
        ),
        (statement(payment_doc("1", "abc", INN, "x")), "не число"),
        (statement(payment_doc("1", "0", INN, "x")), "положительной"),
        (statement(payment_doc("1", "1.005", INN, "x")), "копейках"),
        (statement(payment_doc("1", "1.00", INN, "x", date="31.02.2026")), "ДД.ММ.ГГГГ"),
        (statement(payment_doc("1", "1.00", "12345", "x")), "ИНН"),
        (statement({"Номер": "1", "Дата": "01.11.2026", "Сумма": "1.00"}), "ПлательщикИНН"),
        (statement(payment_doc("1", "1.00", INN, "x")) + "Лишнее=1\r\n".encode("cp1251"), "после КонецФайла"),
    ],
)
def test_a_malformed_file_is_refused_with_the_reason(data, fragment):
    with pytest.raises(StatementError, match=fragment):
        parse_statement(data)


def test_the_refusal_names_the_line():
    data = statement(payment_doc("1", "1.00", INN, "x"), payment_doc("2", "дорого", INN, "y"))
    with pytest.raises(StatementError, match=r"Строка 2\d:"):
        parse_statement(data)
