"""``postdesk records services|reasons|add``: the catalogues and recording a service from scripts."""

from __future__ import annotations

import argparse
import json

from postdesk.cli import records_args
from postdesk.cli.common import EXIT_OK, guarded, open_core
from postdesk.common.i18n import translate
from postdesk.services.context import Actor
from postdesk.services.records.data import RecordInfo, ServiceRecordDraft


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    records = commands.add_parser("records", help="services given or declined, per client")
    sub = records.add_subparsers(dest="records_command", required=True)
    services = sub.add_parser("services", help="the service catalogue")
    services.add_argument("--json", action="store_true", help="print JSON")
    services.set_defaults(handler=guarded(_services))
    reasons = sub.add_parser("reasons", help="the refusal reasons")
    reasons.add_argument("--json", action="store_true", help="print JSON")
    reasons.set_defaults(handler=guarded(_reasons))
    add = sub.add_parser("add", help="record a service given, declined or not possible")
    add.add_argument("--client", required=True, metavar="INN")
    add.add_argument("--service", required=True, metavar="CODE")
    add.add_argument("--outcome", required=True, help="given, declined or not_possible")
    add.add_argument("--reason", metavar="CODE", help="why it was declined or not possible")
    add.add_argument("--competitor", metavar="NAME", help="the competitor the client uses instead")
    add.add_argument("--competitor-price", metavar="RUBLES", help="the competitor's price for the service")
    add.add_argument("--quantity", metavar="N")
    add.add_argument("--amount", metavar="RUBLES")
    add.add_argument("--note", metavar="TEXT", default="")
    add.add_argument("--at", metavar="YYYY-MM-DD", help="the day (default: now)")
    add.add_argument("--json", action="store_true", help="print the record as JSON")
    add.set_defaults(handler=guarded(_add))


def _services(args: argparse.Namespace) -> int:
    core, _ring = open_core()
    try:
        entries = core.catalogues.services(Actor.system("console"))
    finally:
        core.close()
    if args.json:
        print(json.dumps([{"code": e.code, "name": e.name} for e in entries], ensure_ascii=False, indent=2))
    else:
        for e in entries:
            print(f"{e.code:<20} {e.name}")
    return EXIT_OK


def _reasons(args: argparse.Namespace) -> int:
    core, _ring = open_core()
    try:
        entries = core.catalogues.reasons(Actor.system("console"))
    finally:
        core.close()
    if args.json:
        print(json.dumps([{"code": r.code, "name": r.name} for r in entries], ensure_ascii=False, indent=2))
    else:
        for r in entries:
            print(f"{r.code:<24} {r.name}")
    return EXIT_OK


def record_json(r: RecordInfo) -> dict[str, object]:
    return {
        "id": r.id,
        "at": r.at.isoformat(),
        "client": {"id": r.client_id, "inn": r.client_inn, "name": r.client_name},
        "service": r.service_code,
        "outcome": r.outcome.value,
        "reason": r.reason_code,
        "competitor": r.competitor_name or None,
        "competitor_price_kop": r.competitor_price_kop,
        "quantity": r.quantity,
        "amount_kop": r.amount_kop,
        "note": r.note,
        "operator": r.user_login,
    }


def _add(args: argparse.Namespace) -> int:
    outcome = records_args.outcome(args.outcome)
    quantity = records_args.count(args.quantity)
    amount = records_args.rubles(args.amount, translate("RecordsCli", "The amount")) or 0
    price = records_args.rubles(args.competitor_price, translate("RecordsCli", "The competitor's price"))
    on = records_args.day(args.at)
    core, _ring = open_core()
    actor = Actor.system("console")
    try:
        client_id = core.records.client_id_by_inn(actor, args.client)
        record = core.records.add(
            actor,
            ServiceRecordDraft(
                client_id=client_id,
                service_code=args.service,
                outcome=outcome,
                quantity=quantity,
                amount_kop=amount,
                reason_code=args.reason,
                competitor_name=args.competitor or "",
                competitor_price_kop=price,
                note=args.note,
                on=on,
            ),
        )
    finally:
        core.close()
    if args.json:
        print(json.dumps(record_json(record), ensure_ascii=False, indent=2))
    else:
        print(f"{record.id} {record.outcome.value} {record.service_code} {record.client_name}")
    return EXIT_OK
