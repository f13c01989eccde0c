"""``postdesk reports refusals``: refusals of a period by reason and by competitor."""

from __future__ import annotations

import argparse
import json

from postdesk.cli import records_args
from postdesk.cli.common import EXIT_OK, guarded, open_core
from postdesk.services.context import Actor


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    reports = commands.add_parser("reports", help="the supervisor's reports")
    sub = reports.add_subparsers(dest="reports_command", required=True)
    refusals = sub.add_parser("refusals", help="services declined or not possible, by reason and competitor")
    refusals.add_argument("--from", dest="start", required=True, metavar="DATE", help="first day, YYYY-MM-DD")
    refusals.add_argument("--to", dest="end", required=True, metavar="DATE", help="last day, YYYY-MM-DD")
    refusals.add_argument("--json", action="store_true", help="print JSON (prices in kopecks)")
    refusals.set_defaults(handler=guarded(_refusals))


def _refusals(args: argparse.Namespace) -> int:
    period = records_args.period(args.start, args.end)
    core, _ring = open_core()
    try:
        report = core.reports.refusals(Actor.system("console"), period)
    finally:
        core.close()
    payload = {
        "total": report.total,
        "by_reason": [{"reason": r.reason, "count": r.count} for r in report.by_reason],
        "by_competitor": [
            {"competitor": c.competitor, "count": c.count, "median_price_kop": c.median_price_kop}
            for c in report.by_competitor
        ],
    }
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(f"total {report.total}")
        for r in report.by_reason:
            print(f"  {r.count:>7}  {r.name}")
        for c in report.by_competitor:
            print(f"  {c.count:>7}  {c.competitor}")
    return EXIT_OK
