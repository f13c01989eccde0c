"""Generating list files for tests: small, made on the fly, good and bad."""

from __future__ import annotations

import datetime as dt
import struct
from pathlib import Path

import xlsxwriter

from postdesk.postal.identifiers import make_rpo

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "samples"
HEADER = [
    "№",
    "ШПИ",
    "Получатель",
    "Индекс",
    "Адрес",
    "Вид",
    "Категория",
    "Вес, г",
    "Объявленная ценность, руб.",
    "Наложенный платёж, руб.",
]


def rpo(serial: int) -> str:
    return make_rpo("430005", 26, serial)


def good_rows(count: int, start: int = 1) -> list[list[object]]:
    return [
        [
            n,
            rpo(n),
            f"Иванов Иван {n}",
            "125009",
            f"г. Москва, ул. Ленина, д. {n}",
            "Письмо",
            "заказное",
            20 + n % 50,
            0,
            0,
        ]
        for n in range(start, start + count)
    ]


def write_xlsx(
    path: Path,
    rows: list[list[object]],
    *,
    header: list[str] | None = None,
    title: list[str] | None = None,
    sheets: dict[str, list[list[object]]] | None = None,
) -> Path:
    book = xlsxwriter.Workbook(str(path))
    all_sheets = sheets or {"Список": rows}
    for name, data in all_sheets.items():
        sheet = book.add_worksheet(name)
        row = 0
        for line in title or []:
            sheet.write(row, 0, line)
            row += 1
        if title:
            row += 1
        sheet.write_row(row, 0, header or HEADER)
        for cells in data:
            row += 1
            for col, value in enumerate(cells):
                if isinstance(value, dt.date):
                    sheet.write_datetime(
                        row,
                        col,
                        dt.datetime.combine(value, dt.time()),
                        book.add_format({"num_format": "dd.mm.yyyy"}),
                    )
                elif value is not None:
                    sheet.write(row, col, value)
    book.close()
    return path


def write_csv(
    path: Path,
    rows: list[list[object]],
    *,
    encoding: str = "cp1251",
    separator: str = ";",
    header: list[str] | None = None,
) -> Path:
    lines = [separator.join(header or HEADER)] + [separator.join(str(c) for c in r) for r in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def write_dbf(
    path: Path, fields: list[tuple[str, str, int]], records: list[list[object]], encoding: str = "cp866"
) -> Path:
    """A minimal dBASE III file: fields as (name, type C or N, length)."""
    header_length = 32 + 32 * len(fields) + 1
    record_length = 1 + sum(length for _n, _t, length in fields)
    today = dt.date.today()
    out = bytearray(
        struct.pack(
            "<BBBBIHH",
            0x03,
            today.year - 1900,
            today.month,
            today.day,
            len(records),
            header_length,
            record_length,
        )
    )
    out += bytes(17) + bytes([0x65]) + bytes(2)
    for name, kind, length in fields:
        out += (
            name.encode("ascii").ljust(11, b"\0") + kind.encode() + bytes(4) + bytes([length, 0]) + bytes(14)
        )
    out += b"\r"
    for record in records:
        out += b" "
        for (_name, kind, length), value in zip(fields, record, strict=True):
            text = str(value).encode(encoding)
            out += text.rjust(length) if kind == "N" else text.ljust(length)
    out += b"\x1a"
    path.write_bytes(bytes(out))
    return path


def make_client(core, actor, inn_prefix: str = "132600002", name: str = "ООО «Ромашка»") -> tuple[int, str]:
    from postdesk.postal.requisites import inn_check_digits
    from postdesk.services.clients.data import ClientDraft

    inn = inn_check_digits(inn_prefix)
    client_id = core.clients.save_client(
        actor, ClientDraft(full_name=f"Общество {name}", short_name=name, inn=inn, kpp="132601001")
    )
    return client_id, inn
