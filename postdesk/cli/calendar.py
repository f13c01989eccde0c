"""``postdesk calendar due|year|import``: the production calendar the deadlines are counted on.

``due`` counts working days from the day after the given date (Civil Code art. 191); ``year``
shows a year as the register uses it, with a warning on stderr when the year is only a draft.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from postdesk.calendar.years import CalendarStatus
from postdesk.cli.common import EXIT_OK, guarded, open_core, write_json
from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.services.context import Actor


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(
            translate("Calendar", "%1 is not a date: write it as YYYY-MM-DD, e.g. 2026-03-10.").replace(
                "%1", text
            )
        ) from None


def parse_count(text: str, what: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise UserError(
            translate("Calendar", "%1 must be a whole number of zero or more, not %2.")
            .replace("%1", what)
            .replace("%2", text)
        )
    return value


def parse_year(text: str) -> int:
    if not text.isdigit() or not 1992 <= int(text) <= 2100:
        raise UserError(translate("Calendar", "%1 is not a year between 1992 and 2100.").replace("%1", text))
    return int(text)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    calendar = commands.add_parser("calendar", help="the production calendar (working days, deadlines)")
    sub = calendar.add_subparsers(dest="calendar_command", required=True)
    due = sub.add_parser("due", help="the date N working days after a date")
    due.add_argument(
        "start", metavar="YYYY-MM-DD", help="the day of the event; counting starts the day after"
    )
    due.add_argument("--working-days", required=True, metavar="N", help="how many working days")
    due.add_argument("--json", action="store_true", help="print JSON")
    due.set_defaults(handler=guarded(_due))
    year = sub.add_parser("year", help="a year's working days, days off, working weekends and short days")
    year.add_argument("year", metavar="YYYY")
    year.add_argument("--json", action="store_true", help="print JSON")
    year.set_defaults(handler=guarded(_year))
    load = sub.add_parser("import", help="load the open-data production calendar CSV (administrators)")
    load.add_argument("file", type=Path, help="the CSV file from the open-data portal")
    load.set_defaults(handler=guarded(_import))


def _due(args: argparse.Namespace) -> int:
    start = parse_date(args.start)
    count = parse_count(args.working_days, "--working-days")
    core, _ring = open_core()
    try:
        calendar = core.calendar.calendar()
        due = calendar.add_working_days(start, count)
        status = calendar.year(due.year).status
    finally:
        core.close()
    if status is CalendarStatus.DRAFT:
        _draft_warning(due.year)
    if args.json:
        write_json({"from": start.isoformat(), "working_days": count, "due": due.isoformat()})
    else:
        print(due.isoformat())
    return EXIT_OK


def _draft_warning(year: int) -> None:
    print(
        "postdesk: "
        + translate(
            "Calendar", "The calendar for %1 is a draft (Labour Code only): load the official calendar."
        ).replace("%1", str(year)),
        file=sys.stderr,
    )


def _year(args: argparse.Namespace) -> int:
    year = parse_year(args.year)
    core, _ring = open_core()
    try:
        data = core.calendar.year(year)
    finally:
        core.close()
    if data.status is CalendarStatus.DRAFT:
        _draft_warning(year)
    payload = {
        "year": year,
        "status": data.status.value,
        "working_days": data.working_days(),
        "months": data.month_counts(),
        "non_working": sorted(d.isoformat() for d in data.non_working),
        "working_weekends": sorted(d.isoformat() for d in data.working_weekends),
        "short_days": sorted(d.isoformat() for d in data.short_days),
    }
    if args.json:
        write_json(payload)
    else:
        print(f"{year}: {data.status.value}, {data.working_days()} working days")
        print(" ".join(str(c) for c in data.month_counts()))
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    try:
        text = args.file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(
            translate("Calendar", "Cannot read %1: %2").replace("%1", str(args.file)).replace("%2", str(exc))
        ) from exc
    core, _ring = open_core()
    try:
        change = core.calendar.import_open_data(Actor.system("console"), text, f"open data: {args.file.name}")
    finally:
        core.close()
    years = ", ".join(str(y) for y in change.years)
    print(f"{years}: official; {change.deadlines_recomputed} deadline(s) recomputed")
    return EXIT_OK
