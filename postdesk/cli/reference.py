"""``postdesk reference delivery|dispatch|tariffs|import``: the reference shelf from scripts.

``delivery`` prints the control time from a postcode (the office's by default) to a postcode
and the day the item should arrive by; ``tariffs`` every service's price in force on a day;
``import`` loads a table (tariffs, delivery, schedule, forms, regions) from xlsx or CSV: refused input
exits 1 with one line and writes nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from postdesk.cli.calendar import parse_date
from postdesk.cli.common import (
    EXIT_OK,
    add_sign_in_options,
    console_actor,
    guarded,
    open_core,
    read_only_actor,
    write_json,
)
from postdesk.common.money import format_rubles, rubles
from postdesk.services.reference.imports import import_kind
from postdesk.services.reference.tables import parse_mapping


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    reference = commands.add_parser(
        "reference", help="tariffs, delivery-time norms, transport schedule and forms"
    )
    sub = reference.add_subparsers(dest="reference_command", required=True)
    delivery = sub.add_parser("delivery", help="the control time to a postcode and the day it arrives by")
    delivery.add_argument("--from", dest="origin", metavar="POSTCODE", default="", help="default: the office")
    delivery.add_argument("--to", required=True, metavar="POSTCODE")
    delivery.add_argument(
        "--class", dest="mail_class", metavar="CODE", default="LETTER", help="e.g. LETTER, PARCEL, EMS"
    )
    delivery.add_argument("--on", metavar="YYYY-MM-DD", help="the day of posting (default: today)")
    delivery.add_argument("--json", action="store_true", help="print JSON")
    delivery.set_defaults(handler=guarded(_delivery))
    dispatch = sub.add_parser("dispatch", help="the next departure of the transport for a postcode")
    dispatch.add_argument("--to", required=True, metavar="POSTCODE")
    dispatch.add_argument("--json", action="store_true", help="print JSON")
    dispatch.set_defaults(handler=guarded(_dispatch))
    tariffs = sub.add_parser("tariffs", help="every service's price in force on a day")
    tariffs.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    tariffs.add_argument("--search", default="", help="only services whose code or name has these words")
    tariffs.add_argument("--json", action="store_true", help="print JSON")
    tariffs.set_defaults(handler=guarded(_tariffs))
    load = sub.add_parser("import", help="load a reference table from xlsx or CSV (see KIND)")
    load.add_argument("kind", metavar="KIND", help="tariffs, delivery, schedule, forms or regions")
    load.add_argument("file", type=Path)
    load.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help="the column of a field (header or letter)",
    )
    load.add_argument("--effective-from", metavar="YYYY-MM-DD", help="tariffs: the day the prices start")
    load.add_argument("--title", default="", help="tariffs: the title of the version")
    load.add_argument("--version", default="", help="tariffs: the version's name (made unique)")
    load.add_argument("--json", action="store_true", help="print JSON")
    add_sign_in_options(load)
    load.set_defaults(handler=guarded(_import))


def _delivery(args: argparse.Namespace) -> int:
    posted = parse_date(args.on) if args.on else None
    core, _ring = open_core()
    try:
        estimate = core.delivery.estimate(
            read_only_actor(core),
            args.to,
            from_postcode=args.origin,
            mail_class_code=args.mail_class,
            posted_on=posted,
        )
    finally:
        core.close()
    if args.json:
        write_json({"days": estimate.days, "arrives_by": estimate.arrives_by.isoformat()})
    else:
        print(
            f"{estimate.from_postcode} → {estimate.to_postcode}: "
            f"{estimate.days}, {estimate.arrives_by:%d.%m.%Y}"
        )
    return EXIT_OK


def _dispatch(args: argparse.Namespace) -> int:
    core, _ring = open_core()
    try:
        found = core.schedule.next_dispatch(read_only_actor(core), args.to)
    finally:
        core.close()
    payload = {
        "postcode": found.postcode,
        "route": found.route,
        "name": found.name,
        "kind": found.kind.value,
        "departs_at": found.departs_at.isoformat(timespec="minutes"),
        "ready_by": found.ready_by.isoformat(timespec="minutes"),
    }
    if args.json:
        write_json(payload)
    else:
        print(f"{found.route} {found.name}: {found.departs_at:%d.%m.%Y %H:%M} ({found.ready_by:%H:%M})")
    return EXIT_OK


def _tariffs(args: argparse.Namespace) -> int:
    day = parse_date(args.date) if args.date else dt.date.today()
    core, _ring = open_core()
    try:
        prices = core.price_lists.in_force(read_only_actor(core), day, args.search)
    finally:
        core.close()
    if args.json:
        write_json(
            {
                "date": day.isoformat(),
                "sample": any(p.sample for p in prices),
                "prices": [
                    {
                        "code": p.code,
                        "name": p.name,
                        "unit": p.unit,
                        "price": format_rubles(p.price_kop),
                        "price_kop": p.price_kop,
                        "vat_percent": p.vat_percent,
                        "group": p.group,
                        "version": p.version,
                        "sample": p.sample,
                    }
                    for p in prices
                ],
            }
        )
    else:
        for p in prices:
            print(f"{p.code:<20} {rubles(p.price_kop):>14}  {p.name} ({p.version})")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    kind = import_kind(args.kind)
    mapping = parse_mapping(args.map)
    effective = parse_date(args.effective_from) if args.effective_from else None
    core, _ring = open_core()
    try:
        actor = console_actor(core, args)
        result = core.reference_imports.import_file(
            actor, kind, args.file, mapping, effective_from=effective, title=args.title, version=args.version
        )
    finally:
        core.close()
    payload = {
        "kind": result.kind,
        "rows": result.rows,
        "version": result.version or None,
        "effective_from": result.effective_from.isoformat() if result.effective_from else None,
    }
    if args.json:
        write_json(payload)
    else:
        print(f"{result.kind}: {result.rows}" + (f" ({result.version})" if result.version else ""))
    return EXIT_OK
