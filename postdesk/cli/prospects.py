"""``postdesk prospects add|list|stage|convert``: the prospects pipeline from scripts (a stable contract).

Money in the JSON is in kopecks; dates are ISO (YYYY-MM-DD).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from decimal import Decimal, InvalidOperation
from typing import Any

from postdesk.cli.common import (
    EXIT_OK,
    add_sign_in_options,
    console_actor,
    guarded,
    open_core,
    read_only_actor,
)
from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.common.money import parse_rubles
from postdesk.models.prospects import ProspectSource, Stage
from postdesk.services.outreach.prospect_data import ContactInput, ProspectDraft, ProspectRow, ProspectView


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    prospects = commands.add_parser("prospects", help="potential clients: stages, next actions, offers")
    sub = prospects.add_subparsers(dest="prospects_command", required=True)
    add = sub.add_parser("add", help="add a prospect")
    add.add_argument("--name", required=True, metavar="ORG")
    add.add_argument("--inn", default="", metavar="INN")
    add.add_argument("--kpp", default="", metavar="KPP")
    add.add_argument("--address", default="", metavar="TEXT")
    add.add_argument("--sector", default="", metavar="TEXT")
    add.add_argument(
        "--source", default="walk_in", help="walk_in, referral, counter_refusal or organisation_list"
    )
    add.add_argument("--contact", default="", metavar="ФИО", help="the person who decides")
    add.add_argument("--role", default="", metavar="TEXT", help="the contact's position")
    add.add_argument("--email", default="", metavar="E")
    add.add_argument("--phone", default="", metavar="P")
    add.add_argument("--service", action="append", default=[], metavar="CODE", help="a service they need")
    add.add_argument("--competitor", default="", metavar="NAME", help="their current provider")
    add.add_argument("--competitor-price", metavar="RUBLES", help="what they pay per item")
    add.add_argument("--volume", default="0", metavar="N", help="items per month")
    add.add_argument("--discount", default="0", metavar="PERCENT", help="the discount we propose")
    add.add_argument("--next-action", metavar="YYYY-MM-DD", help="the date of the next action")
    add.add_argument("--action", default="", metavar="TEXT", help="what the next action is")
    add.add_argument("--json", action="store_true", help="print the prospect as JSON")
    add_sign_in_options(add)
    add.set_defaults(handler=guarded(_add))

    listing = sub.add_parser("list", help="prospects by the date of their next action")
    listing.add_argument(
        "--due", action="store_true", help="only those whose next action is today or earlier"
    )
    listing.add_argument("--limit", type=int, default=1000)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=guarded(_list))

    stage = sub.add_parser("stage", help="move a prospect to a stage")
    stage.add_argument("id", metavar="ID")
    stage.add_argument("stage", metavar="STAGE", help="new, contacted, offer_sent, negotiating, won or lost")
    stage.add_argument("--reason", default="", metavar="CODE", help="why it was lost (records reasons)")
    stage.add_argument("--json", action="store_true")
    add_sign_in_options(stage)
    stage.set_defaults(handler=guarded(_stage))

    convert = sub.add_parser("convert", help="make the prospect a client with a draft contract")
    convert.add_argument("id", metavar="ID")
    convert.add_argument("--json", action="store_true")
    add_sign_in_options(convert)
    convert.set_defaults(handler=guarded(_convert))


def parse_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(
            translate("Prospects", "The date must be YYYY-MM-DD: %1").replace("%1", text)
        ) from None


def parse_id(text: str) -> int:
    if not text.strip().isdigit():
        raise UserError(
            translate("Prospects", "A prospect's number is a whole number: %1").replace("%1", text)
        )
    return int(text)


def _count(text: str) -> int:
    if not text.strip().isdigit():
        raise UserError(
            translate("Prospects", "The volume per month is a whole number: %1").replace("%1", text)
        )
    return int(text)


def _choice(kind: type[Stage] | type[ProspectSource], text: str) -> Any:
    try:
        return kind(text.strip())
    except ValueError:
        known = ", ".join(m.value for m in kind)
        raise UserError(
            translate("Prospects", "Unknown value «%1»; use one of: %2.")
            .replace("%1", text)
            .replace("%2", known)
        ) from None


def _price(text: str) -> int:
    try:
        return parse_rubles(text)
    except ValueError:
        raise UserError(
            translate("Prospects", "The price must be an amount in rubles, e.g. 75.50: %1").replace(
                "%1", text
            )
        ) from None


def parse_percent(text: str) -> Decimal:
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        value = Decimal(-1)
    if not value.is_finite() or not Decimal(0) <= value <= Decimal(100):
        raise UserError(translate("Prospects", "A discount is between 0 and 100 %."))
    return value


def prospect_json(p: ProspectView) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "inn": p.inn,
        "stage": p.stage.value,
        "source": p.source.value,
        "address": p.address,
        "contacts": [
            {"name": c.name, "role": c.role, "email": c.email, "phone": c.phones, "decides": c.decides}
            for c in p.contacts
        ],
        "services": list(p.services),
        "competitor": p.competitor_name or None,
        "competitor_price_kop": p.competitor_price_kop,
        "monthly_volume": p.monthly_volume,
        "next_action": p.next_action,
        "next_action_on": p.next_action_on.isoformat() if p.next_action_on else None,
        "owner": p.owner_login or None,
        "lost_reason": p.lost_reason_code,
        "client_id": p.client_id,
    }


def _row_json(r: ProspectRow) -> dict[str, Any]:
    return {
        "id": r.id,
        "name": r.name,
        "inn": r.inn,
        "stage": r.stage.value,
        "next_action": r.next_action,
        "next_action_on": r.next_action_on.isoformat() if r.next_action_on else None,
        "overdue": r.overdue,
        "owner": r.owner_login or None,
        "competitor": r.competitor_name or None,
        "competitor_price_kop": r.competitor_price_kop,
    }


def _print(p: ProspectView, as_json: bool) -> None:
    if as_json:
        print(json.dumps(prospect_json(p), ensure_ascii=False, indent=2))
    else:
        print(f"{p.id}\t{p.stage.value}\t{p.name}")


def _add(args: argparse.Namespace) -> int:
    price = _price(args.competitor_price) if args.competitor_price is not None else None
    day = parse_day(args.next_action) if args.next_action else None
    contacts: tuple[ContactInput, ...] = ()
    if args.contact:
        contacts = (ContactInput(args.contact, args.role, args.phone, args.email, decides=True),)
    draft = ProspectDraft(
        name=args.name,
        inn=args.inn,
        kpp=args.kpp,
        sector=args.sector,
        address=args.address,
        phones="" if args.contact else args.phone,
        email="" if args.contact else args.email,
        source=_choice(ProspectSource, args.source),
        contacts=contacts,
        services=tuple(args.service),
        competitor_name=args.competitor,
        competitor_price_kop=price,
        monthly_volume=_count(args.volume),
        proposed_discount_percent=parse_percent(args.discount),
        next_action=args.action,
        next_action_on=day,
    )
    core, _ring = open_core()
    try:
        view = core.prospects.save(console_actor(core, args), draft)
    finally:
        core.close()
    _print(view, args.json)
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    core, _ring = open_core()
    try:
        board = core.prospects.board(
            read_only_actor(core), due_only=args.due, include_closed=not args.due, limit=max(1, args.limit)
        )
    finally:
        core.close()
    if args.json:
        print(json.dumps([_row_json(r) for r in board.rows], ensure_ascii=False, indent=2))
    else:
        for r in board.rows:
            day = r.next_action_on.isoformat() if r.next_action_on else "—"
            print(f"{r.id}\t{r.stage.value}\t{day}\t{r.name}")
    return EXIT_OK


def _stage(args: argparse.Namespace) -> int:
    prospect_id, stage = parse_id(args.id), _choice(Stage, args.stage)
    core, _ring = open_core()
    try:
        view = core.prospects.set_stage(console_actor(core, args), prospect_id, stage, args.reason)
    finally:
        core.close()
    _print(view, args.json)
    return EXIT_OK


def _convert(args: argparse.Namespace) -> int:
    prospect_id = parse_id(args.id)
    core, _ring = open_core()
    try:
        done = core.conversions.convert(console_actor(core, args), prospect_id)
    finally:
        core.close()
    payload = {"client_id": done.client_id, "contract_id": done.contract_id, "contract": done.contract_number}
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(f"{done.client_id}\t{done.contract_number}")
    return EXIT_OK
