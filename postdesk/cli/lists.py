"""``postdesk lists check FILE [--client INN] [--kind KIND] [--report DIR] [--json]``.

Checks a batch list without storing it. The JSON shape and the exit status are a contract
scripts rely on: exit 0 whenever the file could be read (even with invalid rows), exit 1 with
a one-line reason when it could not, and then nothing is written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from postdesk.cli.common import EXIT_OK, guarded, open_core, prepare, printable, write_json
from postdesk.lists.check import CheckResult, check_list, open_list
from postdesk.services.context import Actor


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    lists = commands.add_parser("lists", help="batch lists brought by clients")
    list_commands = lists.add_subparsers(dest="lists_command", required=True)
    check = list_commands.add_parser("check", help="read and validate a list file; nothing is stored")
    check.add_argument("file", type=Path)
    check.add_argument(
        "--client",
        metavar="INN",
        help="apply the client's remembered mapping and look for items already handed in",
    )
    check.add_argument(
        "--kind",
        metavar="KIND",
        help='the mail kind of the whole list when it has no kind column, e.g. "Письмо заказное"',
    )
    check.add_argument(
        "--report",
        metavar="DIR",
        type=Path,
        help="write the annotated copy of the list (xlsx) and the summary (PDF) for the client into DIR",
    )
    check.add_argument("--json", action="store_true", help="print the result as JSON")
    check.set_defaults(handler=guarded(_check))


def _check(args: argparse.Namespace) -> int:
    from postdesk.bootstrap import list_limits
    from postdesk.lists.report import write_report

    client_name = ""
    if args.client:
        core, _ring = open_core()
        try:
            actor = Actor.system("console")
            client_id = core.lists.client_by_inn(actor, args.client)
            client_name = core.clients.get(actor, client_id).draft.short_name
            opened, _remembered = core.lists.open(actor, client_id, args.file)
            result = core.lists.check(actor, client_id, opened, kind=args.kind)
            limits = core.lists.limits
        finally:
            core.close()
    else:
        _paths, settings, _ring = prepare()
        limits = list_limits(settings)
        result = check_list(open_list(args.file, limits=limits), kind=args.kind or "")
    written: list[str] = []
    if args.report is not None:
        files = write_report(result, args.report, client_name, limits)
        written = [str(files.workbook), str(files.summary)]
    if args.json:
        payload = result.to_json()
        if args.report is not None:
            payload["report"] = written
        write_json(payload)
    else:
        print(_summary(result, written))
    return EXIT_OK


def _summary(result: CheckResult, report: list[str]) -> str:
    info, totals = result.info, result.totals()
    where = (
        f"sheet «{info.sheet}», " if info.sheet else (f"encoding {info.encoding}, " if info.encoding else "")
    )
    lines = [
        f"{Path(info.path).name}: {info.format}, {where}header row {info.header_row or '-'}",
        f"rows {result.rows}, valid {result.valid}, invalid {result.invalid}",
        f"valid rows: {totals.items} items, {totals.mass_g} g, "
        f"declared value {totals.declared_value_kop} kop, "
        f"COD {totals.cod_kop} kop",
    ]
    for finding in result.findings:
        place = f"row {finding.row}" if finding.row is not None else "list"
        column = f", {finding.column}" if finding.column else ""
        lines.append(f"  {place}{column}: {finding.severity.value} {finding.code}: {finding.message}")
    lines.extend(f"report: {path}" for path in report)
    return "\n".join(printable(line) for line in lines)
