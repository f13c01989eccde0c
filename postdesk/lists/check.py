"""Reading, mapping and validating a whole list: the one entry point the CLI, services and UI use.

Two steps, so that the operator can correct the mapping in between: :func:`open_list` reads
the first rows and guesses the header and mapping; :func:`check_list` streams every row
through normalisation and validation. Nothing here touches the database.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from postdesk.common.i18n import translate
from postdesk.common.money import rubles
from postdesk.lists.errors import ListUnreadable
from postdesk.lists.fields import Field
from postdesk.lists.findings import Finding, Severity, message
from postdesk.lists.items import ListInfo, ListItem, Totals, fill_recipient_keys
from postdesk.lists.mailkind import KNOWN_WORDS, MailKind, UnknownKind, parse_kind
from postdesk.lists.mapping import ColumnMapping, HeaderGuess, ListTitle, detect_header, shape_key, sheets_key
from postdesk.lists.normalise import RowNormaliser
from postdesk.lists.readers import open_table
from postdesk.lists.safety import Limits, too_long
from postdesk.lists.table import RawTable, Row, is_empty_row
from postdesk.lists.validation import FeeOf, HasRate, RowValidator, StoredLookup
from postdesk.lists.values import CellProblem, mass_grams, money_kopecks

PREVIEW_ROWS = 30
CHUNK_ROWS = 5000  # rows normalised together; also how often progress is told and the row limit checked
Progress = Callable[[int], None]
_TOTAL_WORDS = ("итого", "всего", "total")


@dataclass
class OpenedList:
    """A list file read up to its header, with the guessed mapping, ready to be checked."""

    path: Path
    table: RawTable
    preview: list[tuple[int, Row]]
    guess: HeaderGuess
    limits: Limits
    remembered_kind: str = ""  # the kind this client gave last time for lists of this shape

    @property
    def headers(self) -> list[str]:
        return self.guess.headers

    @property
    def header_row(self) -> int | None:
        return None if self.guess.header_index is None else self.preview[self.guess.header_index][0]

    @property
    def shape_key(self) -> str:
        return shape_key(self.headers)

    @property
    def sheets_key(self) -> str:
        return sheets_key(self.table.format, self.table.sheet_names)

    def sample_rows(self, count: int = 5) -> list[Row]:
        start = 0 if self.guess.header_index is None else self.guess.header_index + 1
        return [cells for _n, cells in self.preview[start : start + count]]


@dataclass
class CheckResult:
    info: ListInfo
    mapping: ColumnMapping
    title: ListTitle
    items: list[ListItem]
    findings: list[Finding]
    shape_key: str = ""
    column_names: dict[Field, str] = field(default_factory=dict)
    batch_kind: str = ""  # the kind given for the whole list by the operator, as written

    @property
    def rows(self) -> int:
        return len(self.items)

    @property
    def invalid(self) -> int:
        return sum(1 for item in self.items if item.has_error)

    @property
    def valid(self) -> int:
        return self.rows - self.invalid

    def valid_items(self) -> list[ListItem]:
        return [item for item in self.items if not item.has_error]

    def totals(self) -> Totals:
        mass = value = cod = count = 0
        for item in self.items:
            if not item.has_error:
                count += 1
                mass += item.declared_mass_g or 0
                value += item.declared_value_kop
                cod += item.cod_kop
        return Totals(count, mass, value, cod)

    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    def to_json(self) -> dict[str, Any]:
        """The stable shape of ``postdesk lists check --json`` (money in kopecks)."""
        return {
            "format": self.info.format,
            "encoding": self.info.encoding,
            "sheet": self.info.sheet,
            "header_row": self.info.header_row,
            "rows": self.rows,
            "valid": self.valid,
            "invalid": self.invalid,
            "errors": [f.to_json() for f in self.findings],
            "totals": self.totals().to_json(),
        }


def open_list(
    path: Path, *, sheet: str | None = None, limits: Limits | None = None, root: Path | None = None
) -> OpenedList:
    """Read up to the header; without a chosen sheet, the first sheet that has one (not a title page)."""
    limits = limits or Limits()
    table = open_table(path, sheet=sheet, limits=limits, root=root)
    preview, guess = _preview(table)
    if guess is None and sheet is None:
        for name in table.sheet_names:
            if name != table.sheet:
                other = open_table(path, sheet=name, limits=limits, root=root)
                other_preview, other_guess = _preview(other)
                if other_guess is not None:
                    table, preview, guess = other, other_preview, other_guess
                    break
    if guess is None:
        raise ListUnreadable(
            translate(
                "ListFiles",
                "No header row was found in the first %1 rows of «%2». The list needs a row of column "
                "names (Индекс, Адрес, Вес...) above the items.",
            )
            .replace("%1", str(PREVIEW_ROWS))
            .replace("%2", path.name)
        )
    if table.money_in_kopecks:
        guess.mapping.money_in_kopecks = True
    if table.list_number and not guess.title.number:
        guess.title.number = table.list_number
    return OpenedList(path, table, preview, guess, limits)


def _preview(table: RawTable) -> tuple[list[tuple[int, Row]], HeaderGuess | None]:
    preview: list[tuple[int, Row]] = []
    for number, cells in table.rows:
        if not is_empty_row(cells):
            preview.append((number, cells))
            if len(preview) >= PREVIEW_ROWS:
                break
    return preview, detect_header([cells for _n, cells in preview], table.field_names)


def check_list(
    opened: OpenedList,
    mapping: ColumnMapping | None = None,
    *,
    lookup: StoredLookup | None = None,
    fee_of: FeeOf | None = None,
    progress: Progress | None = None,
    kind: str = "",
    has_rate: HasRate | None = None,
) -> CheckResult:
    """Every row normalised and validated; ``progress`` gets the rows done and may raise to stop.

    ``kind`` is the kind of the whole list («Письмо заказное») when its rows and title do not
    say it; without any, the list gets one warning and the rules that depend on it wait.
    """
    mapping = mapping or opened.guess.mapping
    table, guess = opened.table, opened.guess
    title = _with_batch_kind(guess.title, batch_kind(kind))
    kind_known = Field.MAIL_TYPE in mapping.columns or title.mail_type is not None
    normalise = RowNormaliser(mapping, guess.headers, title, table.first_column)
    validator = RowValidator(
        normalise.column_name, mapping.columns, fee_of, has_rate=has_rate, kind_known=kind_known
    )
    findings: list[Finding] = [
        Finding(None, "", "file_note", Severity.WARNING, text) for text in table.warnings
    ]
    if not kind_known:
        findings.append(Finding(None, "", "kind_not_set", Severity.WARNING, message("kind_not_set")))
    totals_rows: list[tuple[int, Row]] = []
    with _collector_paused():
        items = _checked_items(opened, normalise, validator, findings, totals_rows, progress=progress)
    if lookup is not None and items:
        stored: list[Finding] = []
        validator.check_stored(items, lookup, stored)
        _mark_errors(items, stored)
        findings.extend(stored)
        findings.sort(key=lambda f: f.row or 0)
    if not items:
        findings.append(Finding(None, "", "no_rows", Severity.WARNING, message("no_rows")))
    findings.extend(_check_totals(totals_rows, items, mapping, normalise))
    info = ListInfo(
        str(opened.path),
        table.format,
        table.encoding,
        table.sheet,
        table.sheet_names,
        opened.header_row,
        guess.headers,
        table.first_column,
        guess.title.number,
        guess.title.date,
        sha256=_sha256(opened.path),
    )
    return CheckResult(
        info, mapping, title, items, findings, opened.shape_key, normalise.column_names, kind.strip()
    )


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while the items are built.

    Items and findings hold no reference cycles, but each of the 100,000 items of a large list
    counts towards the collector's thresholds, and every full collection walks all of them
    again: a third of the check's time. Reference counting still frees everything as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _checked_items(
    opened: OpenedList,
    normalise: RowNormaliser,
    validator: RowValidator,
    findings: list[Finding],
    totals_rows: list[tuple[int, Row]],
    *,
    progress: Progress | None,
) -> list[ListItem]:
    """Data rows normalised a chunk at a time, then validated one by one in file order."""
    items: list[ListItem] = []
    max_rows = opened.limits.max_rows
    chunk: list[tuple[int, Row]] = []
    rows = _data_rows(opened)
    check = validator.check
    while True:
        chunk.clear()
        for number, cells in rows:
            kind = _row_kind(cells)
            if kind == _DATA:
                chunk.append((number, cells))
                if len(chunk) == CHUNK_ROWS:
                    break
            elif kind == _TOTALS:
                totals_rows.append((number, cells))
        if not chunk:
            return items
        chunk_items, problems = normalise.rows(chunk, len(items) + 1)
        fill_recipient_keys(chunk_items)
        for position, item in enumerate(chunk_items):
            row_findings = problems.get(position, [])
            check(item, row_findings)
            if row_findings:
                item.has_error = any(f.severity is Severity.ERROR for f in row_findings)
                findings.extend(row_findings)
        items.extend(chunk_items)
        if len(items) % CHUNK_ROWS == 0:
            if len(items) > max_rows:
                raise too_long(opened.path, opened.limits)
            if progress is not None:
                progress(len(items))


def batch_kind(text: str) -> MailKind | None:
    """The kind typed for a whole list; a phrase we cannot read is refused with the words we know."""
    if not text.strip():
        return None
    try:
        return parse_kind(text)
    except UnknownKind as exc:
        raise ListUnreadable(message("unknown_mail_type", text.strip(), KNOWN_WORDS)) from exc


def _with_batch_kind(title: ListTitle, kind: MailKind | None) -> ListTitle:
    if kind is None:
        return title
    return replace(
        title,
        mail_type=kind.mail_type or title.mail_type,
        mail_category=kind.category
        or (title.mail_category if kind.mail_type in (None, title.mail_type) else None),
    )


def _data_rows(opened: OpenedList) -> Iterator[tuple[int, Row]]:
    """The rows under the header, empty ones included (:func:`_row_kind` tells them)."""
    start = 0 if opened.guess.header_index is None else opened.guess.header_index + 1
    return itertools.chain(opened.preview[start:], opened.table.rows)


_EMPTY, _TOTALS, _DATA = "empty", "totals", "data"


def _row_kind(cells: Row) -> str:
    """Empty (no value but blanks), totals (the first text among the first four cells says
    «Итого», «Всего», «Total») or data: one look at the first cells for most rows."""
    kind = _EMPTY
    for position, cell in enumerate(cells):
        if cell is None:
            continue
        if isinstance(cell, str):
            text = cell.strip()
            if not text:
                continue
            if position < 4:
                return _TOTALS if text.casefold().startswith(_TOTAL_WORDS) else _DATA
            return _DATA
        if position >= 3:
            return _DATA
        kind = _DATA
    return kind


def _mark_errors(items: list[ListItem], findings: list[Finding]) -> None:
    rows = {f.row for f in findings if f.severity is Severity.ERROR}
    if rows:
        for item in items:
            if item.source_row in rows:
                item.has_error = True


def _check_totals(
    totals_rows: list[tuple[int, Row]],
    items: list[ListItem],
    mapping: ColumnMapping,
    normalise: RowNormaliser,
) -> list[Finding]:
    """A list's own «Итого» row must equal the sum of its rows (all rows, as the client added them)."""
    findings: list[Finding] = []
    checks: list[tuple[Field, Callable[[object], int | None], int, Callable[[int], str]]] = [
        (
            Field.MASS,
            lambda v: mass_grams(v, mapping.mass_in_kg),
            sum(i.declared_mass_g or 0 for i in items),
            lambda g: f"{g} г",
        ),
        (
            Field.DECLARED_VALUE,
            lambda v: money_kopecks(v, mapping.money_in_kopecks),
            sum(i.declared_value_kop for i in items),
            rubles,
        ),
        (
            Field.COD,
            lambda v: money_kopecks(v, mapping.money_in_kopecks),
            sum(i.cod_kop for i in items),
            rubles,
        ),
    ]
    for number, cells in totals_rows:
        for field_, parse, actual, show in checks:
            index = mapping.columns.get(field_)
            if index is None or index >= len(cells) or cells[index] in (None, ""):
                continue
            try:
                stated = parse(cells[index])
            except CellProblem:
                continue
            if stated is not None and stated != actual:
                name = normalise.column_name(field_)
                findings.append(
                    Finding(
                        number,
                        name,
                        "totals_mismatch",
                        Severity.WARNING,
                        message("totals_mismatch", name, show(stated), show(actual)),
                        index,
                    )
                )
    return findings


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
