"""Parsing the records commands' values into domain values, refusing bad input in Russian."""

from __future__ import annotations

import datetime as dt

from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.common.money import parse_rubles
from postdesk.models.records import Outcome
from postdesk.services.records.data import Period


def rubles(text: str | None, what: str) -> int | None:
    if text is None:
        return None
    try:
        return parse_rubles(text)
    except ValueError:
        raise UserError(
            translate("RecordsCli", "%1 must be a non-negative amount in rubles, e.g. 150.50, not «%2».")
            .replace("%1", what)
            .replace("%2", text)
        ) from None


def count(text: str | None) -> int:
    if text is None:
        return 1
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise UserError(
            translate("RecordsCli", "The quantity must be a whole number of 0 or more, not «%1».").replace(
                "%1", text
            )
        )
    return value


def day(text: str | None, today: dt.date | None = None) -> dt.date | None:
    if text is None:
        return None
    try:
        value = dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(
            translate("RecordsCli", "The date must be written as YYYY-MM-DD, not «%1».").replace("%1", text)
        ) from None
    if value > (today or dt.date.today()):
        raise UserError(
            translate("RecordsCli", "The date %1 is in the future: give today or an earlier day.").replace(
                "%1", text
            )
        )
    return value


def outcome(text: str) -> Outcome:
    try:
        return Outcome(text)
    except ValueError:
        raise UserError(
            translate("RecordsCli", "Unknown outcome «%1»: use given, declined or not_possible.").replace(
                "%1", text
            )
        ) from None


def period(start: str, end: str) -> Period:
    try:
        first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    except ValueError:
        raise UserError(translate("RecordsCli", "Dates must be written as YYYY-MM-DD.")) from None
    if last < first:
        raise UserError(translate("RecordsCli", "The period ends before it starts: swap --from and --to."))
    return Period(first, last)
