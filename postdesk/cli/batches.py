"""``postdesk batches list [--json]``: batches with client, status, items and totals."""

from __future__ import annotations

import argparse
import json

from postdesk.cli.common import EXIT_OK, guarded, open_core
from postdesk.common.money import format_rubles
from postdesk.models.batches import BatchStatus
from postdesk.services.context import Actor


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    batches = commands.add_parser("batches", help="batches handed in by clients")
    batch_commands = batches.add_subparsers(dest="batches_command", required=True)
    listing = batch_commands.add_parser("list", help="list batches, newest first")
    listing.add_argument(
        "--json", action="store_true", help="print JSON (amounts in kopecks, masses in grams)"
    )
    listing.add_argument(
        "--status", choices=[s.value for s in BatchStatus], help="only batches in this status"
    )
    listing.add_argument("--limit", type=int, default=500, help="at most this many batches (default 500)")
    listing.set_defaults(handler=guarded(_list))


def _list(args: argparse.Namespace) -> int:
    core, _ring = open_core()
    try:
        status = BatchStatus(args.status) if args.status else None
        rows = core.batches.list_batches(Actor.system("console"), status=status, limit=args.limit)
    finally:
        core.close()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": b.id,
                        "client": b.client_name,
                        "client_id": b.client_id,
                        "status": b.status.value,
                        "list_number": b.list_number,
                        "items": b.items_count,
                        "mass_g": b.mass_g,
                        "declared_value_kop": b.declared_value_kop,
                        "cod_kop": b.cod_kop,
                        "net_kop": b.net_kop,
                        "vat_kop": b.vat_kop,
                        "total_kop": b.total_kop,
                        "without_client": b.without_client,
                        "accepted_at": b.accepted_at.isoformat() if b.accepted_at else None,
                    }
                    for b in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    print(f"{'ID':>6}  {'STATUS':<9} {'ITEMS':>6} {'MASS, g':>9} {'TOTAL, RUB':>12}  CLIENT")
    for b in rows:
        total = format_rubles(b.total_kop)
        print(f"{b.id:>6}  {b.status.value:<9} {b.items_count:>6} {b.mass_g:>9} {total:>12}  {b.client_name}")
    return EXIT_OK
