"""Rows of raw cells -> :class:`ListItem` objects, with findings for cells that cannot be read.

Built once per list from the mapping (extractors per mapped field), then applied to chunks of
rows column by column, so the per-row work is only building the item.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import cast

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
from postdesk.postal.mailclasses import MailCategory, NoticeKind

_IDENTIFIER_LINE = re.compile(r"^\s*([A-Za-z]{2}\s?\d{9}\s?[A-Za-z]{2}|\d[\d ]{12,}\d)\s*$")
_WORD_CODES = {
    Field.MAIL_TYPE: "unknown_mail_type",
    Field.MAIL_CATEGORY: "unknown_category",
    Field.MAIL_RANK: "unknown_rank",
    Field.NOTICE: "unknown_notice",
}


def split_name_and_identifier(cell: object) -> tuple[str, str | None]:
    """«Петров Пётр\\n43000526001012» -> (name, identifier or None); either line order is accepted."""
    text = "" if cell is None else str(cell)
    name_lines, identifier = [], ""
    for line in text.splitlines():
        match = _IDENTIFIER_LINE.match(line)
        if match and not identifier:
            identifier = match.group(1).replace(" ", "").upper()
        elif line.strip():
            name_lines.append(line.strip())
    return " ".join(name_lines), identifier or None


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


def _barcode_text(value: object) -> str | None:
    return plain_text(value).replace(" ", "").upper() or None


def _tidy_texts(column: list[object]) -> list[str] | None:
    """A column of text cells that :func:`plain_text` would leave as they are, or None.

    Tidy means: only text (or empty cells), no whitespace but single spaces inside. Every
    whitespace character but the space is unprintable, so one ``isprintable`` over the joined
    column and a few substring tests tell it in C, for the whole column at once.
    """
    kinds = set(map(type, column))
    if not kinds <= _TEXT_CELLS:
        return None
    texts = cast(list[str], column)
    if _NO_CELL in kinds:
        texts = ["" if value is None else value for value in texts]
    if not "".join(texts).isprintable():
        return None
    joined = "\n".join(texts)
    if "  " in joined or " \n" in joined or "\n " in joined or joined[:1] == " " or joined[-1:] == " ":
        return None
    return texts


_NO_CELL = type(None)
_TEXT_CELLS = frozenset({str, _NO_CELL})


def _text_column(column: list[object], parse: Callable[[object], object]) -> list[object]:
    """A text column converted as :func:`plain_text` (or the identifier's form) would, cell by cell."""
    texts = _tidy_texts(column)
    if texts is None or not texts:
        return list(map(parse, column))
    if parse is _barcode_text:  # no line breaks in tidy texts: one upper-casing for the column
        return [code or None for code in "\n".join(texts).replace(" ", "").upper().split("\n")]
    return list(texts)


def kind_cell(value: object) -> MailKind:
    """A kind cell may hold the whole phrase («Бандероль с ОЦ и НП») or a numeric code."""
    try:
        return parse_kind(value)
    except UnknownKind as exc:
        raise CellProblem("unknown_word") from exc


def category_cell(value: object) -> MailCategory:
    """A category cell: a category word or code, or a whole phrase whose category is taken."""
    try:
        return cast(MailCategory, lookup_word(value, CATEGORY_WORDS))
    except CellProblem:
        pass
    kind = kind_cell(value)
    if kind.category is None:
        raise CellProblem("unknown_word")
    return kind.category


def _notice_flag(kind: NoticeKind) -> Callable[[object], object]:
    return lambda value: kind if flag(value) else None


class RowNormaliser:
    """Compiled once per list: a plan of (attribute, column, parser), applied a chunk of rows at a time.

    A chunk is cut into columns (C-level ``itemgetter``/``zip``) and each mapped column is
    converted as a whole: repetitive columns (mail type, category, weights, amounts, yes/no) go
    through a memo of the distinct raw values, text columns through one ``map``; the items are
    then built in one pass. Per-row Python work is left for the rare rows whose cells cannot be
    read and for the columns that combine several cells (name and address parts).
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
        self._defaults = {f.name: f.default for f in dataclasses.fields(ListItem)}
        self._defaults["mail_type"] = title.mail_type
        self._defaults["mail_category"] = title.mail_category
        self._plan = self._compile()
        self._width = max((step.index for step in self._plan), default=-1) + 1

    def _compile(self) -> list[_Step]:
        in_kg, in_kop, in_mm = self.mapping.mass_in_kg, self.mapping.money_in_kopecks, self.mapping.size_in_mm
        parsers: list[tuple[str, Field, Callable[[object], object], bool]] = [
            ("recipient_name", Field.RECIPIENT, plain_text, False),
            ("barcode", Field.BARCODE, _barcode_text, False),
            ("postcode", Field.POSTCODE, postcode_text, True),
            ("address", Field.ADDRESS, plain_text, False),
            ("phone", Field.PHONE, plain_text, False),
            ("client_ref", Field.CLIENT_REF, plain_text, False),
            ("kind", Field.MAIL_TYPE, kind_cell, True),
            ("mail_category", Field.MAIL_CATEGORY, category_cell, True),
            ("mail_rank", Field.MAIL_RANK, lambda v: lookup_word(v, RANK_WORDS), True),
            ("declared_mass_g", Field.MASS, lambda v: mass_grams(v, in_kg), True),
            ("declared_value_kop", Field.DECLARED_VALUE, lambda v: money_kopecks(v, in_kop), True),
            ("cod_kop", Field.COD, lambda v: money_kopecks(v, in_kop), True),
            ("listed_fee_kop", Field.FEE, lambda v: money_kopecks(v, in_kop), True),
            ("notice", Field.NOTICE, lambda v: lookup_word(v, NOTICE_WORDS), True),
            ("notice", Field.NOTICE_SIMPLE, _notice_flag(NoticeKind.SIMPLE), True),
            ("notice", Field.NOTICE_ORDERED, _notice_flag(NoticeKind.ORDERED), True),
            ("notice", Field.NOTICE_ELECTRONIC, _notice_flag(NoticeKind.ELECTRONIC), True),
            ("inventory", Field.INVENTORY, flag, True),
            ("fragile", Field.FRAGILE, flag, True),
            ("sms", Field.SMS, flag, True),
            ("length_mm", Field.LENGTH, lambda v: length_mm(v, in_mm), True),
            ("width_mm", Field.WIDTH, lambda v: length_mm(v, in_mm), True),
            ("height_mm", Field.HEIGHT, lambda v: length_mm(v, in_mm), True),
        ]
        mapped = [entry for entry in parsers if entry[1] in self.columns]
        filled = [a for attribute, *_rest in mapped for a in _KIND_ATTRIBUTES.get(attribute, (attribute,))]
        # An attribute filled by one column takes its default straight from the memo; one filled
        # by several (notice, the kind's category) is merged column after column.
        self._merged = {a for a in filled if filled.count(a) > 1}

        def keep(attribute: str) -> object:
            return _KEEP if attribute in self._merged else self._defaults[attribute]

        plan = []
        for attribute, field, parse, cached in mapped:
            if attribute == "kind":
                both = (keep("mail_type"), keep("mail_category"))
                kind = functools.partial(_kind_values, type_keep=both[0], category_keep=both[1])
                plan.append(_Step(attribute, field, self.columns[field], kind, {}, both))
            else:
                memo: dict[object, object] | None = {} if cached else None
                plan.append(_Step(attribute, field, self.columns[field], parse, memo, keep(attribute)))
        return plan

    @staticmethod
    def _column_name(headers: list[str], index: int, first_column: int) -> str:
        text = headers[index] if index < len(headers) else ""
        return text or column_letter(index + first_column)

    def column_name(self, field: Field) -> str:
        return self.column_names.get(field, "")

    def __call__(self, number: int, seq: int, cells: Row) -> tuple[ListItem, list[Finding]]:
        """One row: the same as a chunk of one."""
        items, problems = self.rows([(number, cells)], seq)
        return items[0], problems.get(0, [])

    def rows(
        self, rows: list[tuple[int, Row]], first_seq: int
    ) -> tuple[list[ListItem], dict[int, list[Finding]]]:
        """Items of ``rows`` (numbered from ``first_seq``), and the reading findings by position."""
        if not rows:
            return [], {}
        problems: dict[int, list[Finding]] = {}
        numbers = [number for number, _cells in rows]
        values: dict[str, list[object]] = {}
        if self._plan:
            width = self._width
            padded = [cells if len(cells) >= width else _padded(cells, width) for _n, cells in rows]
            for step in self._plan:
                column = list(map(step.cell, padded))
                if step.memo is None:  # text: never a problem, and an empty cell is the default ""
                    values[step.attribute] = _text_column(column, step.parse)
                    continue
                converted, unreadable = self._convert(column, step)
                if unreadable:
                    for position, value in enumerate(converted):
                        if type(value) is CellProblem:
                            problems.setdefault(position, []).append(
                                self._problem(numbers[position], step, column[position], value)
                            )
                            converted[position] = step.keep
                if step.attribute == "kind":  # the phrase may carry the category too
                    types, categories = zip(*converted, strict=True)
                    self._merge(values, "mail_type", types)
                    self._merge(values, "mail_category", categories)
                else:
                    self._merge(values, step.attribute, converted)
        items = self._build(numbers, first_seq, values)
        if self._combined is not None or self._name_parts or self._address_parts:
            for item, (_number, cells) in zip(items, rows, strict=True):
                self._joined_parts(item, cells)
        return items, problems

    @staticmethod
    def _convert(column: Sequence[object], step: _Step) -> tuple[list[object], bool]:
        """Raw cells -> parsed values, and whether any is a CellProblem."""
        memo, parse, keep = step.memo, step.parse, step.keep
        assert memo is not None
        try:
            distinct = set(column)
        except TypeError:  # an unhashable cell value: convert cell by cell
            converted = [_parsed(parse, raw, keep) for raw in column]
            return converted, any(type(value) is CellProblem for value in converted)
        new = distinct.difference(memo)
        if len(memo) + len(new) <= _CACHE_LIMIT:
            for raw in new:
                memo[raw] = _parsed(parse, raw, keep)
            unreadable = any(type(memo[raw]) is CellProblem for raw in distinct)
            return list(map(memo.__getitem__, column)), unreadable
        converted = []
        for raw in column:  # beyond the memo's limit: the values seen first stay remembered
            value = memo.get(raw, _MISSING)
            if value is _MISSING:
                value = _parsed(parse, raw, keep)
                if len(memo) < _CACHE_LIMIT:
                    memo[raw] = value
            converted.append(value)
        return converted, any(type(value) is CellProblem for value in converted)

    @staticmethod
    def _merge(values: dict[str, list[object]], attribute: str, column: Sequence[object]) -> None:
        """A later column for the same attribute wins where it holds a value."""
        earlier = values.get(attribute)
        if earlier is None:
            values[attribute] = list(column)
        else:
            values[attribute] = [e if v is _KEEP else v for e, v in zip(earlier, column, strict=True)]

    def _build(self, numbers: list[int], first_seq: int, values: dict[str, list[object]]) -> list[ListItem]:
        count = len(numbers)
        arguments: list[Iterable[object]] = [numbers, range(first_seq, first_seq + count)]
        for name, default in self._defaults.items():
            if name in ("source_row", "seq"):
                continue
            column = values.get(name)
            if column is None:
                arguments.append(itertools.repeat(default, count))
            elif name in self._merged:
                arguments.append([default if v is _KEEP else v for v in column])
            else:
                arguments.append(column)
        return list(map(ListItem, *arguments))

    def _joined_parts(self, item: ListItem, cells: Row) -> None:
        width = len(cells)
        if self._combined is not None and self._combined < width:
            item.recipient_name, item.barcode = split_name_and_identifier(cells[self._combined])
        if not item.recipient_name and self._name_parts:
            item.recipient_name = " ".join(
                plain_text(cells[i]) for i in self._name_parts if i < width and cells[i]
            )
        if self._address_parts:
            parts = {f.value: plain_text(cells[i]) for f, i in self._address_parts if i < width and cells[i]}
            item.address_parts = parts or None
            if not item.address and parts:
                item.address = join_address(parts)

    def _problem(self, number: int, step: _Step, raw: object, problem: CellProblem) -> Finding:
        code = _WORD_CODES.get(step.field, problem.code) if problem.code == "unknown_word" else problem.code
        text = message(code, plain_text(raw), KNOWN_WORDS)
        return Finding(number, self.column_names[step.field], code, Severity.ERROR, text, step.index)


_MISSING = object()
_KEEP = object()  # an empty or unreadable cell of a column that shares its attribute with another
_KIND_ATTRIBUTES = {"kind": ("mail_type", "mail_category")}


@dataclass(slots=True)
class _Step:
    """One mapped column: which attribute it fills, from which cell, how."""

    attribute: str  # a ListItem attribute; "kind" fills mail_type and mail_category
    field: Field
    index: int
    parse: Callable[[object], object]
    memo: dict[object, object] | None  # parsed value per raw value; None for text columns
    keep: object  # what an empty cell leaves: the default, or _KEEP when columns are merged
    cell: Callable[[Row], object] = dataclasses.field(init=False)

    def __post_init__(self) -> None:
        self.cell = itemgetter(self.index)


def _parsed(parse: Callable[[object], object], raw: object, keep: object) -> object:
    if raw is None or raw == "":
        return keep
    try:
        value = parse(raw)
    except CellProblem as problem:
        return problem
    return keep if value is None else value


def _padded(cells: Row, width: int) -> Row:
    return [*cells, *[None] * (width - len(cells))]


def _kind_values(raw: object, type_keep: object, category_keep: object) -> tuple[object, object]:
    kind = kind_cell(raw)
    return (
        type_keep if kind.mail_type is None else kind.mail_type,
        category_keep if kind.category is None else kind.category,
    )
