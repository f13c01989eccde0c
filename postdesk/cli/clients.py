"""``postdesk clients list|history``: the client register and one client's timeline."""

from __future__ import annotations

import argparse
import json

from postdesk.cli.common import EXIT_OK, guarded, open_core
from postdesk.services.context import Actor
from postdesk.services.records.timeline import TimelineQuery


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    clients = commands.add_parser("clients", help="corporate clients and their history")
    sub = clients.add_subparsers(dest="clients_command", required=True)
    listing = sub.add_parser("list", help="every client, by name")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=guarded(_list))
    history = sub.add_parser("history", help="a client's timeline, newest first")
    history.add_argument("inn", metavar="INN")
    history.add_argument("--limit", type=int, default=50, help="at most this many events (default 50)")
    history.add_argument("--json", action="store_true", help="print JSON (amounts in kopecks)")
    history.set_defaults(handler=guarded(_history))


def _list(args: argparse.Namespace) -> int:
    core, _ring = open_core()
    try:
        clients = core.clients.search(Actor.system("console"), "", limit=1_000_000)
    finally:
        core.close()
    if args.json:
        rows = [{"id": c.id, "inn": c.inn, "name": c.short_name, "status": c.status.value} for c in clients]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for c in clients:
            print(f"{c.id:>6}  {c.inn:<12}  {c.status.value:<8}  {c.short_name}")
    return EXIT_OK


def _history(args: argparse.Namespace) -> int:
    actor = Actor.system("console")
    core, _ring = open_core()
    try:
        client_id = core.records.client_id_by_inn(actor, args.inn)
        page = core.timeline.page(actor, TimelineQuery(client_id), limit=max(1, args.limit))
    finally:
        core.close()
    if args.json:
        events = [
            {
                "at": e.at.isoformat(),
                "kind": e.kind,
                "summary": e.summary,
                "ref": e.ref,
                "amount_kop": e.amount_kop,
            }
            | e.data
            for e in page.events
        ]
        c = page.client
        print(
            json.dumps(
                {"client": {"id": c.id, "inn": c.inn, "name": c.name, "status": c.status}, "events": events},
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print(f"{page.client.name} ({page.client.inn})")
        for e in page.events:
            print(f"{e.at.astimezone():%d.%m.%Y %H:%M}  {e.kind:<10}  {e.summary}")
    return EXIT_OK
