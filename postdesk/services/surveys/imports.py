"""Answers from a web form's export (CSV in any encoding, xlsx), columns mapped to questions.

The file is read by the list reader (``lists.readers.open_table``: size and zip-bomb limits,
encoding and separator detection), so a questionnaire export is as safe to open as a list.
The first non-empty row names the columns; columns are mapped to questions by their text or
number ("3. …", "Q3", "Вопрос 3"), the client by an INN column, the time by a date column,
or as the supervisor maps them. Good rows are stored in one transaction, bad rows reported.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from postdesk.common.errors import UserError, ValidationFailed
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.lists.readers import open_table
from postdesk.lists.safety import Limits
from postdesk.lists.table import Row, is_empty_row
from postdesk.models.clients import Client
from postdesk.models.surveys import SurveyImportColumn
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.surveys.answering import pick_version, store_response
from postdesk.services.surveys.catalogue import Channel
from postdesk.services.surveys.import_cells import parse_answer, parse_when
from postdesk.services.surveys.loading import load_survey, version_view
from postdesk.services.surveys.views import QuestionView, ResponseInput

CLIENT, WHEN, WHO = "client", "date", "respondent"
_NUMBERED = re.compile(r"^\s*(?:q|в|вопрос|question)?\s*№?\s*(\d{1,2})\s*(?:[.):]|$|\s)", re.IGNORECASE)


@dataclass(frozen=True)
class ImportMapping:
    """Question position -> column index, and the columns of client INN, time and name."""

    questions: dict[int, int]
    client: int | None = None
    when: int | None = None
    respondent: int | None = None


@dataclass(frozen=True)
class ImportColumns:
    """The file's column headers, the questions of the version answers go to, and the guess."""

    file_name: str
    headers: tuple[str, ...]
    questions: tuple[QuestionView, ...]
    guess: ImportMapping
    remembered: dict[str, str] = field(default_factory=dict)  # header -> target of the last import


def mapping_targets(headers: list[str], mapping: ImportMapping) -> dict[str, str]:
    """Header -> "client", "date", "respondent" or the question's position, as remembered."""
    found = {headers[c]: str(p) for p, c in mapping.questions.items() if c < len(headers)}
    for key, column in ((CLIENT, mapping.client), (WHEN, mapping.when), (WHO, mapping.respondent)):
        if column is not None and column < len(headers):
            found[headers[column]] = key
    return {header.strip()[:300]: target for header, target in found.items() if header.strip()}


@dataclass(frozen=True)
class ImportReport:
    rows: int
    imported: int
    errors: tuple[tuple[int, str], ...] = field(default=())


def _norm(text: object) -> str:
    return " ".join(str(text or "").split()).casefold().rstrip("?:. *")


def guess_mapping(headers: list[str], questions: tuple[QuestionView, ...]) -> ImportMapping:
    by_text = {_norm(q.text): q.position for q in questions}
    mapped: dict[int, int] = {}
    client = when = who = None
    for index, header in enumerate(headers):
        text = _norm(header)
        if not text:
            continue
        position = by_text.get(text)
        numbered = _NUMBERED.match(text)
        if position is None and numbered and 1 <= int(numbered.group(1)) <= len(questions):
            position = int(numbered.group(1))
        if position is not None and position not in mapped:
            mapped[position] = index
        elif client is None and ("инн" in text.split() or text in {"inn", "инн клиента", "client inn"}):
            client = index
        elif when is None and any(w in text for w in ("дата", "date", "время", "timestamp", "отметка")):
            when = index
        elif who is None and any(w in text for w in ("фио", "имя", "name", "респондент")):
            who = index
    return ImportMapping(mapped, client, when, who)


def mapping_with(base: ImportMapping, overrides: dict[str, int]) -> ImportMapping:
    """The guess with the supervisor's choices on top (``"3"`` → column, or client/date/respondent)."""
    questions = dict(base.questions)
    special = {CLIENT: base.client, WHEN: base.when, WHO: base.respondent}
    for target, column in overrides.items():
        if target in special:
            special[target] = column
        else:
            questions = {p: c for p, c in questions.items() if c != column}
            questions[int(target)] = column
    return ImportMapping(questions, special[CLIENT], special[WHEN], special[WHO])


class SurveyImportService:
    def __init__(
        self, uow: UnitOfWorkFactory, limits: Callable[[], Limits], follow_up_due: Callable[[], dt.date]
    ) -> None:
        self._uow = uow
        self._limits = limits
        self._due = follow_up_due

    def read_headers(self, path: Path) -> tuple[str, ...]:
        """The first non-empty row of the file: file work, for the mapping step."""
        table = open_table(path, limits=self._limits())
        for _number, cells in table.rows:
            if not is_empty_row(cells):
                return tuple(str(c or "").strip() for c in cells)
        raise UserError(translate("Surveys", "The file %1 has no rows.").replace("%1", path.name))

    def columns(
        self, actor: Actor, survey_id: int, file_name: str, headers: tuple[str, ...]
    ) -> ImportColumns:
        """What the mapping step shows: the questions answers would go to and the guessed mapping."""
        require(actor, Permission.DESIGN_SURVEYS)
        with self._uow(read_only=True) as tx:
            survey = load_survey(tx.session, survey_id)
            version = version_view(tx.session, pick_version(tx.session, survey, None))
            rows = tx.session.execute(
                select(SurveyImportColumn.header, SurveyImportColumn.target).where(
                    SurveyImportColumn.survey_id == survey_id
                )
            )
            remembered = {header: target for header, target in rows}
        return ImportColumns(
            file_name, headers, version.questions, guess_mapping(list(headers), version.questions), remembered
        )

    def import_file(
        self,
        actor: Actor,
        survey_id: int,
        path: Path,
        overrides: dict[str, int] | None = None,
        *,
        mapping: ImportMapping | None = None,
    ) -> ImportReport:
        """Import the good rows; ``mapping`` (the mapping step's) replaces the guess entirely."""
        require(actor, Permission.DESIGN_SURVEYS)
        table = open_table(path, limits=self._limits())
        rows = ((n, cells) for n, cells in table.rows if not is_empty_row(cells))
        header = next(rows, None)
        if header is None:
            raise UserError(translate("Surveys", "The file %1 has no rows.").replace("%1", path.name))
        headers = [str(c or "") for c in header[1]]
        due = self._due()
        with self._uow() as tx:
            session = tx.session
            survey = load_survey(session, survey_id, lock=True)
            version = version_view(session, pick_version(session, survey, None))
            chosen = mapping is not None
            if mapping is None:
                mapping = mapping_with(guess_mapping(headers, version.questions), overrides or {})
            if not mapping.questions:
                raise UserError(
                    translate(
                        "Surveys", "No column of %1 matches a question of «%2»: map the columns to questions."
                    )
                    .replace("%1", path.name)
                    .replace("%2", survey.title)
                )
            if any(not 1 <= p <= len(version.questions) for p in mapping.questions) or any(
                c >= len(headers)
                for c in [
                    *mapping.questions.values(),
                    mapping.client or 0,
                    mapping.when or 0,
                    mapping.respondent or 0,
                ]
            ):
                raise UserError(
                    translate("Surveys", "The column mapping names a question or column that does not exist.")
                )
            clients: dict[str, int | None] = {}
            seen: set[int] = set()
            errors: list[tuple[int, str]] = []
            count = imported = 0
            for number, cells in rows:
                count += 1
                try:
                    new = self._row(
                        session,
                        version.questions,
                        mapping,
                        cells,
                        clients=clients,
                        ref=f"{path.name}:{number}",
                    )
                    store_response(session, actor, survey, new, due, seen_clients=seen)
                    imported += 1
                except ValidationFailed as exc:
                    errors.append((number, "; ".join(exc.errors.values())))
                except UserError as exc:
                    errors.append((number, exc.message))
            if chosen:
                self._remember(session, survey.id, mapping_targets(headers, mapping))
            audit.record(
                session,
                actor,
                "survey.imported",
                "survey",
                survey.id,
                after={"file": path.name, "rows": count, "imported": imported, "errors": len(errors)},
            )
            tx.commit()
        return ImportReport(count, imported, tuple(errors))

    @staticmethod
    def _remember(session: Session, survey_id: int, targets: dict[str, str]) -> None:
        """The mapping chosen on screen replaces the one kept for this questionnaire."""
        session.execute(delete(SurveyImportColumn).where(SurveyImportColumn.survey_id == survey_id))
        session.add_all(
            SurveyImportColumn(survey_id=survey_id, header=header, target=target)
            for header, target in targets.items()
        )

    @staticmethod
    def _row(
        session: Session,
        questions: tuple[QuestionView, ...],
        mapping: ImportMapping,
        cells: Row,
        *,
        clients: dict[str, int | None],
        ref: str,
    ) -> ResponseInput:
        def cell(index: int | None) -> object:
            return cells[index] if index is not None and index < len(cells) else None

        answers = tuple(parse_answer(questions[p - 1], cell(c)) for p, c in sorted(mapping.questions.items()))
        client_id = None
        inn = str(cell(mapping.client) or "").strip()
        if isinstance(cell(mapping.client), float):
            inn = str(int(cell(mapping.client)))  # type: ignore[call-overload]
        if inn:
            if inn not in clients:
                clients[inn] = session.scalar(select(Client.id).where(Client.inn == inn).order_by(Client.id))
            client_id = clients[inn]
            if client_id is None:
                raise UserError(translate("Surveys", "No client with INN %1.").replace("%1", inn))
        return ResponseInput(
            answers=answers,
            channel=Channel.WEB,
            client_id=client_id,
            respondent=str(cell(mapping.respondent) or ""),
            answered_at=parse_when(cell(mapping.when)),
            source_ref=ref,
        )
