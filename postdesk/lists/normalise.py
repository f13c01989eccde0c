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
from postdesk.lists.mailkind import KNOWN_WORDS, MailKind, UnknownKind, parse_kind
from postdesk.lists.mapping import ColumnMapping, ListTitle
from postdesk.lists.table import Row, column_letter
from postdesk.lists.values import (
    CATEGORY_WORDS,
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


_CACHE_LIMIT = 20_000  # distinct raw values remembered per column (types, categories, weights...)


def _barcode_text(value: object) -> str:
    return plain_text(value).replace(" ", "").upper()


def kind_cell(value: object) -> MailKind:
    """A kind cell may hold the whole phrase («Бандероль с ОЦ и НП») or a numeric code."""
    try:
        return parse_kind(value)
    except UnknownKind as exc:
        raise CellProblem("unknown_word") from exc


def category_cell(value: object) -> str:
    """A category cell: a category word or code, or a whole phrase whose category is taken."""
    try:
        return str(lookup_word(value, CATEGORY_WORDS))
    except CellProblem:
        pass
    kind = kind_cell(value)
    if kind.category is None:
        raise CellProblem("unknown_word")
    return kind.category.value


def _notice_flag(kind: str) -> Callable[[object], object]:
    return lambda value: kind if flag(value) else None


class RowNormaliser:
    """Compiled once per list: a plan of (attribute, column, parser) so each row is a tight loop.

    Parsed values of repetitive columns (mail type, category, weights, amounts, yes/no) are
    memoised per raw value, which is most of the speed on lists of 100,000 rows.
    """

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
        self._combined = mapping.columns.get(Field.RECIPIENT_AND_BARCODE)
        self._default_type = title.mail_type.value if title.mail_type else ""
        self._default_category = title.mail_category.value if title.mail_category else ""
        self._plan = self._compile()

    def _compile(
        self,
    ) -> list[tuple[str, Field, int, Callable[[object], object], dict[object, object] | None]]:
        in_kg, in_kop, in_mm = self.mapping.mass_in_kg, self.mapping.money_in_kopecks, self.mapping.size_in_mm
        parsers: list[tuple[str, Field, Callable[[object], object], bool]] = [
            ("recipient", Field.RECIPIENT, plain_text, False),
            ("barcode", Field.BARCODE, _barcode_text, False),
            ("postcode", Field.POSTCODE, postcode_text, True),
            ("address", Field.ADDRESS, plain_text, False),
            ("phone", Field.PHONE, plain_text, False),
            ("client_ref", Field.CLIENT_REF, plain_text, False),
            ("kind", Field.MAIL_TYPE, kind_cell, True),
            ("mail_category", Field.MAIL_CATEGORY, category_cell, True),
            ("mail_rank", Field.MAIL_RANK, lambda v: str(lookup_word(v, RANK_WORDS)), True),
            ("mass_g", Field.MASS, lambda v: mass_grams(v, in_kg), True),
            ("declared_value_kop", Field.DECLARED_VALUE, lambda v: money_kopecks(v, in_kop), True),
            ("cod_kop", Field.COD, lambda v: money_kopecks(v, in_kop), True),
            ("fee_kop", Field.FEE, lambda v: money_kopecks(v, in_kop), True),
            ("notice", Field.NOTICE, lambda v: str(lookup_word(v, NOTICE_WORDS)), True),
            ("notice", Field.NOTICE_SIMPLE, _notice_flag("SIMPLE"), True),
            ("notice", Field.NOTICE_ORDERED, _notice_flag("ORDERED"), True),
            ("notice", Field.NOTICE_ELECTRONIC, _notice_flag("ELECTRONIC"), True),
            ("inventory", Field.INVENTORY, flag, True),
            ("fragile", Field.FRAGILE, flag, True),
            ("sms", Field.SMS, flag, True),
            ("length_mm", Field.LENGTH, lambda v: length_mm(v, in_mm), True),
            ("width_mm", Field.WIDTH, lambda v: length_mm(v, in_mm), True),
            ("height_mm", Field.HEIGHT, lambda v: length_mm(v, in_mm), True),
        ]
        return [
            (attribute, field, self.columns[field], parse, {} if cached else None)
            for attribute, field, parse, cached in parsers
            if field in self.columns
        ]

    @staticmethod
    def _column_name(headers: list[str], index: int, first_column: int) -> str:
        text = headers[index] if index < len(headers) else ""
        return text or column_letter(index + first_column)

    def column_name(self, field: Field) -> str:
        return self.column_names.get(field, "")

    def __call__(self, number: int, seq: int, cells: Row) -> tuple[ListItem, list[Finding]]:  # noqa: PLR0912 - the hot loop stays in one place
        findings: list[Finding] = []
        width = len(cells)
        item = ListItem(number, seq, mail_type=self._default_type, mail_category=self._default_category)
        for attribute, field, index, parse, memo in self._plan:
            cache = memo
            if index >= width:
                continue
            raw = cells[index]
            if raw is None or raw == "":
                continue
            value = _MISSING
            if cache is not None:
                try:
                    value = cache.get(raw, _MISSING)
                except TypeError:  # an unhashable cell value
                    cache = None
            if value is _MISSING:
                try:
                    value = parse(raw)
                except CellProblem as problem:
                    value = problem
                if cache is not None and len(cache) < _CACHE_LIMIT:
                    cache[raw] = value
            if isinstance(value, CellProblem):
                findings.append(self._problem(number, field, index, raw, value))
            elif isinstance(value, MailKind):  # the kind column: its phrase may carry the category
                if value.mail_type is not None:
                    item.mail_type = value.mail_type.value
                if value.category is not None:
                    item.mail_category = value.category.value
            elif value is not None:
                setattr(item, attribute, value)
        if self._combined is not None and self._combined < width:
            item.recipient, item.barcode = split_name_and_identifier(cells[self._combined])
        if not item.recipient and self._name_parts:
            item.recipient = " ".join(
                plain_text(cells[i]) for i in self._name_parts if i < width and cells[i]
            )
        if self._address_parts:
            parts = {f.value: plain_text(cells[i]) for f, i in self._address_parts if i < width and cells[i]}
            item.address_parts = parts or None
            if not item.address and parts:
                item.address = join_address(parts)
        return item, findings

    def _problem(self, number: int, field: Field, index: int, raw: object, problem: CellProblem) -> Finding:
        code = _WORD_CODES.get(field, problem.code) if problem.code == "unknown_word" else problem.code
        text = message(code, plain_text(raw), KNOWN_WORDS)
        return Finding(number, self.column_names[field], code, Severity.ERROR, text, index)


_MISSING = object()
