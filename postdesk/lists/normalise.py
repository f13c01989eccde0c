"""One row of raw cells -> one :class:`ListItem`, with findings for cells that cannot be read.

Built once per list from the mapping (extractors per mapped field), then applied to each row,
so the per-row work is only the conversions themselves.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from postdesk.lists.fields import ADDRESS_PARTS, NAME_PARTS, Field
from postdesk.lists.findings import Finding, Severity, message
from postdesk.lists.items import ListItem
from postdesk.lists.mapping import ColumnMapping, ListTitle
from postdesk.lists.table import Row, column_letter
from postdesk.lists.values import (
    CATEGORY_WORDS,
    MAIL_TYPE_WORDS,
    NOTICE_WORDS,
    RANK_WORDS,
    CellProblem,
    flag,
    length_mm,
    lookup_word,
    mass_grams,
    money_kopecks,
    plain_text,
    postcode_text,
)

_IDENTIFIER_LINE = re.compile(r"^\s*([A-Za-z]{2}\s?\d{9}\s?[A-Za-z]{2}|\d[\d ]{12,}\d)\s*$")
_WORD_CODES = {
    Field.MAIL_TYPE: "unknown_mail_type",
    Field.MAIL_CATEGORY: "unknown_category",
    Field.MAIL_RANK: "unknown_rank",
    Field.NOTICE: "unknown_notice",
}


def split_name_and_identifier(cell: object) -> tuple[str, str]:
    """«Петров Пётр\\n43000526001012» -> (name, identifier); either line order is accepted."""
    text = "" if cell is None else str(cell)
    name_lines, identifier = [], ""
    for line in text.splitlines():
        match = _IDENTIFIER_LINE.match(line)
        if match and not identifier:
            identifier = match.group(1).replace(" ", "").upper()
        elif line.strip():
            name_lines.append(line.strip())
    return " ".join(name_lines), identifier


_PART_PREFIX = {Field.HOUSE.value: "д. ", Field.BUILDING.value: "корп. ", Field.ROOM.value: "кв. "}


def join_address(parts: dict[str, str]) -> str:
    """Address parts as one line; bare house and flat numbers get «д.» and «кв.»."""
    pieces = []
    for part in ADDRESS_PARTS:
        value = parts.get(part.value)
        if value:
            prefix = _PART_PREFIX.get(part.value, "")
            pieces.append(prefix + value if prefix and value[:1].isdigit() else value)
    return ", ".join(pieces)


class RowNormaliser:
    def __init__(
        self, mapping: ColumnMapping, headers: list[str], title: ListTitle, first_column: int = 0
    ) -> None:
        self.mapping = mapping
        self.columns = mapping.columns
        self.title = title
        self.column_names = {
            f: self._column_name(headers, i, first_column) for f, i in mapping.columns.items()
        }
        self._address_parts = [(f, i) for f, i in mapping.columns.items() if f in ADDRESS_PARTS]
        self._name_parts = [i for f, i in mapping.columns.items() if f in NAME_PARTS]
        self._default_type = title.mail_type.value if title.mail_type else ""
        self._default_category = title.mail_category.value if title.mail_category else ""

    @staticmethod
    def _column_name(headers: list[str], index: int, first_column: int) -> str:
        text = headers[index] if index < len(headers) else ""
        return text or column_letter(index + first_column)

    def column_name(self, field: Field) -> str:
        return self.column_names.get(field, "")

    def __call__(self, number: int, seq: int, cells: Row) -> tuple[ListItem, list[Finding]]:  # noqa: PLR0915
        findings: list[Finding] = []
        width = len(cells)
        columns = self.columns

        def cell(field: Field) -> object:
            index = columns.get(field)
            if index is None or index >= width:
                return None
            value = cells[index]
            return None if value == "" else value

        def convert(field: Field, parse: Callable[[object], object], default: object) -> object:
            value = cell(field)
            if value is None:
                return default
            try:
                result = parse(value)
            except CellProblem as problem:
                code = (
                    _WORD_CODES.get(field, problem.code) if problem.code == "unknown_word" else problem.code
                )
                findings.append(
                    Finding(
                        number,
                        self.column_names[field],
                        code,
                        Severity.ERROR,
                        message(code, plain_text(value)),
                        columns[field],
                    )
                )
                return default
            return default if result is None else result

        item = ListItem(number, seq)
        if Field.RECIPIENT_AND_BARCODE in columns:
            item.recipient, item.barcode = split_name_and_identifier(cell(Field.RECIPIENT_AND_BARCODE))
        else:
            item.recipient = plain_text(cell(Field.RECIPIENT))
            item.barcode = plain_text(cell(Field.BARCODE)).replace(" ", "").upper()
        if not item.recipient and self._name_parts:
            item.recipient = " ".join(
                plain_text(cells[i]) for i in self._name_parts if i < width and cells[i]
            )
        item.postcode = postcode_text(cell(Field.POSTCODE))
        item.address = plain_text(cell(Field.ADDRESS))
        if self._address_parts:
            parts = {f.value: plain_text(cells[i]) for f, i in self._address_parts if i < width and cells[i]}
            item.address_parts = parts or None
            if not item.address and parts:
                item.address = join_address(parts)
        item.phone = plain_text(cell(Field.PHONE))
        item.client_ref = plain_text(cell(Field.CLIENT_REF))
        words = MAIL_TYPE_WORDS
        item.mail_type = str(convert(Field.MAIL_TYPE, lambda v: lookup_word(v, words), self._default_type))
        item.mail_category = str(
            convert(Field.MAIL_CATEGORY, lambda v: lookup_word(v, CATEGORY_WORDS), self._default_category)
        )
        item.mail_rank = str(convert(Field.MAIL_RANK, lambda v: lookup_word(v, RANK_WORDS), "WO_RANK"))
        in_kg, in_kop, in_mm = self.mapping.mass_in_kg, self.mapping.money_in_kopecks, self.mapping.size_in_mm
        item.mass_g = convert(Field.MASS, lambda v: mass_grams(v, in_kg), None)  # type: ignore[assignment]
        item.declared_value_kop = convert(Field.DECLARED_VALUE, lambda v: money_kopecks(v, in_kop), 0)  # type: ignore[assignment]
        item.cod_kop = convert(Field.COD, lambda v: money_kopecks(v, in_kop), 0)  # type: ignore[assignment]
        item.fee_kop = convert(Field.FEE, lambda v: money_kopecks(v, in_kop), None)  # type: ignore[assignment]
        item.notice = str(convert(Field.NOTICE, lambda v: lookup_word(v, NOTICE_WORDS), "NONE"))
        for field, kind in (
            (Field.NOTICE_SIMPLE, "SIMPLE"),
            (Field.NOTICE_ORDERED, "ORDERED"),
            (Field.NOTICE_ELECTRONIC, "ELECTRONIC"),
        ):
            if field in columns and convert(field, flag, False):
                item.notice = kind
        item.inventory = bool(convert(Field.INVENTORY, flag, False))
        item.fragile = bool(convert(Field.FRAGILE, flag, False))
        item.sms = bool(convert(Field.SMS, flag, False))
        if Field.LENGTH in columns or Field.WIDTH in columns or Field.HEIGHT in columns:
            item.length_mm = convert(Field.LENGTH, lambda v: length_mm(v, in_mm), None)  # type: ignore[assignment]
            item.width_mm = convert(Field.WIDTH, lambda v: length_mm(v, in_mm), None)  # type: ignore[assignment]
            item.height_mm = convert(Field.HEIGHT, lambda v: length_mm(v, in_mm), None)  # type: ignore[assignment]
        return item, findings
