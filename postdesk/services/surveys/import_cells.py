"""Reading one cell of a web form's export as the answer to a question, or as the time of answering.

Web forms write options by their text (several joined by «, » or «;»), yes/no in words, scores as
numbers and times in several formats; a cell that cannot be read raises a UserError naming it.
"""

from __future__ import annotations

import datetime as dt
import re

from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.services.surveys.catalogue import CHOICE_KINDS, QuestionKind
from postdesk.services.surveys.views import Answer, QuestionView

_YES = {"да", "yes", "1", "true", "истина", "y", "д"}
_NO = {"нет", "no", "0", "false", "ложь", "n", "н"}
_DATE_FORMATS = ("%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")


def parse_answer(question: QuestionView, cell: object) -> Answer:
    """One cell as the answer to ``question``; raises UserError when it cannot be one."""
    text = "" if cell is None else str(cell).strip()
    if isinstance(cell, float) and cell.is_integer():
        text = str(int(cell))
    if not text:
        return Answer(question.position)
    kind = question.kind
    if kind in CHOICE_KINDS:
        options = {o.casefold(): i for i, o in enumerate(question.options)}
        return Answer(question.position, choices=_choices(question, text, options))
    if kind is QuestionKind.YES_NO:
        if text.casefold() in _YES:
            return Answer(question.position, 1)
        if text.casefold() in _NO:
            return Answer(question.position, 0)
        raise UserError(
            translate("Surveys", "«%1» is neither yes nor no (question %2).")
            .replace("%1", text)
            .replace("%2", str(question.position))
        )
    if kind in {QuestionKind.SCALE, QuestionKind.NPS, QuestionKind.EFFORT}:
        if not re.fullmatch(r"\d{1,2}", text):
            raise UserError(
                translate("Surveys", "«%1» is not a score (question %2).")
                .replace("%1", text)
                .replace("%2", str(question.position))
            )
        return Answer(question.position, int(text))
    return Answer(question.position, text=text)


def _choices(question: QuestionView, text: str, options: dict[str, int]) -> tuple[int, ...]:
    """Options by text or number; several are split by «;» or a line break, else by commas
    (web forms join ticked options with «, »), so an option with a comma in it still matches."""
    if text.casefold() in options or question.kind is QuestionKind.SINGLE:
        candidates = [[text]]
    else:
        candidates = [re.split(r"[;\n]", text), text.split(",")]
    for attempt, parts in enumerate(candidates):
        picked, unknown = [], ""
        for part in (p.strip() for p in parts):
            if not part:
                continue
            if part.casefold() in options:
                picked.append(options[part.casefold()])
            elif part.isdigit() and 1 <= int(part) <= len(question.options):
                picked.append(int(part) - 1)
            else:
                unknown = unknown or part
        if not unknown:
            return tuple(picked)
        if attempt == len(candidates) - 1:
            raise UserError(
                translate("Surveys", "«%1» is not an option of question %2.")
                .replace("%1", unknown)
                .replace("%2", str(question.position))
            )
    return ()


def parse_when(cell: object) -> dt.datetime | None:
    if cell is None or cell == "":
        return None
    if isinstance(cell, dt.datetime):
        return cell if cell.tzinfo else cell.astimezone()
    if isinstance(cell, dt.date):
        return dt.datetime.combine(cell, dt.time(12)).astimezone()
    text = str(cell).strip()
    for pattern in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern).astimezone()
        except ValueError:
            continue
    raise UserError(translate("Surveys", "«%1» is not a date.").replace("%1", text))
