"""``postdesk lists check FILE [--client INN] [--json]``: check a batch list without storing it.

The JSON shape and the exit status are a contract scripts rely on: exit 0 whenever the file
could be read (even with invalid rows), non-zero with a one-line reason when it could not.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from postdesk.cli.common import EXIT_OK, guarded, open_core, prepare, write_json
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
    check.add_argument("--json", action="store_true", help="print the result as JSON")
    check.set_defaults(handler=guarded(_check))


def _check(args: argparse.Namespace) -> int:
    if args.client:
        core, _ring = open_core()
        try:
            actor = Actor.system("console")
            client_id = core.lists.client_by_inn(actor, args.client)
            opened, _remembered = core.lists.open(actor, client_id, args.file)
            result = core.lists.check(actor, client_id, opened)
        finally:
            core.close()
    else:
        from postdesk.bootstrap import list_limits

        _paths, settings, _ring = prepare()
        result = check_list(open_list(args.file, limits=list_limits(settings)))
    if args.json:
        write_json(result.to_json())
    else:
        print(_summary(result))
    return EXIT_OK


def _summary(result: CheckResult) -> str:
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
    return "\n".join(lines)
