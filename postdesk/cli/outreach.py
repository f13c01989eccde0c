"""``postdesk offers make`` and ``postdesk notices tariffs|expiry``: letters to prospects and clients.

Input is checked before anything is stored: a bad path or an unknown tariff version exits 1
with one line and leaves the database and the folder as they were.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from postdesk.bootstrap import Core
from postdesk.cli.common import EXIT_OK, add_sign_in_options, console_actor, guarded, open_core, write_json
from postdesk.cli.prospects import parse_id, parse_percent
from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.services.context import Actor
from postdesk.services.outreach.notice_changes import change_title
from postdesk.services.outreach.notices import NoticeSent


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    offers = commands.add_parser("offers", help="offers to prospects and clients")
    offer_commands = offers.add_subparsers(dest="offers_command", required=True)
    make = offer_commands.add_parser("make", help="make an offer letter (PDF) and store it in the history")
    whom = make.add_mutually_exclusive_group(required=True)
    whom.add_argument("--prospect", metavar="ID")
    whom.add_argument("--client", metavar="INN")
    make.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    make.add_argument(
        "--discount", metavar="PERCENT", help="the discount to propose (default: the prospect's)"
    )
    make.add_argument("--json", action="store_true")
    add_sign_in_options(make)
    make.set_defaults(handler=guarded(_make))

    notices = commands.add_parser("notices", help="notices to clients under contract")
    notice_commands = notices.add_subparsers(dest="notices_command", required=True)
    tariffs = notice_commands.add_parser("tariffs", help="a tariff change notice to every client concerned")
    tariffs.add_argument("--from", dest="old", required=True, metavar="VERSION")
    tariffs.add_argument("--to", dest="new", required=True, metavar="VERSION")
    tariffs.add_argument("--out", required=True, type=Path, metavar="DIR")
    tariffs.add_argument(
        "--email", action="store_true", help="also e-mail each notice to the client's address"
    )
    tariffs.add_argument("--json", action="store_true")
    add_sign_in_options(tariffs)
    tariffs.set_defaults(handler=guarded(_tariffs))
    expiry = notice_commands.add_parser("expiry", help="reminders of contracts ending within 30 days")
    expiry.add_argument("--out", required=True, type=Path, metavar="DIR")
    expiry.add_argument(
        "--email", action="store_true", help="also e-mail each reminder to the client's address"
    )
    expiry.add_argument("--json", action="store_true")
    add_sign_in_options(expiry)
    expiry.set_defaults(handler=guarded(_expiry))


def _check_file(path: Path) -> None:
    if path.is_dir() or not path.parent.is_dir():
        raise UserError(
            translate("Outreach", "Cannot write the file %1: choose a file in an existing folder.").replace(
                "%1", str(path)
            )
        )


def _check_folder(path: Path) -> None:
    if path.exists() and not path.is_dir():
        raise UserError(translate("Outreach", "%1 is not a folder.").replace("%1", str(path)))


def _make(args: argparse.Namespace) -> int:
    out = Path(args.out)
    _check_file(out)
    discount = parse_percent(args.discount) if args.discount is not None else None
    prospect_id = parse_id(args.prospect) if args.prospect is not None else None
    core, _ring = open_core()
    try:
        actor = console_actor(core, args)
        if prospect_id is not None:
            offer = core.offers.for_prospect(actor, prospect_id, discount)
        else:
            offer = core.offers.for_client(actor, args.client, discount)
    finally:
        core.close()
    out.write_bytes(offer.pdf)
    payload = {
        "letter_id": offer.letter_id,
        "number": offer.number,
        "addressee": offer.addressee,
        "email": offer.email,
        "saving_month_kop": offer.terms.saving_month_kop,
        "lines": [
            {
                "service": line.service_code,
                "our_kop": line.our_kop,
                "offered_kop": line.offered_kop,
                "their_kop": line.their_kop,
                "saving_month_kop": line.saving_month_kop,
            }
            for line in offer.terms.lines
        ],
        "path": str(out),
    }
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(out)
    return EXIT_OK


def _send_all(core: Core, actor: Actor, sent: list[NoticeSent]) -> dict[int, str]:
    """E-mail each letter to its client; a failure leaves it queued (the reason goes to stderr)."""
    status: dict[int, str] = {}
    for n in sent:
        if not n.email:
            continue
        try:
            status[n.letter_id] = core.outreach_letters.send(actor, n.letter_id, n.email).status
        except UserError as exc:
            status[n.letter_id] = "queued"
            print(f"postdesk: {n.inn}: {exc.message}", file=sys.stderr)
    return status


def _notice_json(n: NoticeSent, mail: str | None) -> dict[str, Any]:
    return {
        "client": n.client_name,
        "inn": n.inn,
        "contract": n.contract_number,
        "number": n.number,
        "path": str(n.path) if n.path else None,
        "mail": mail,
        "changes": [
            {
                "kind": "/".join(part or "" for part in c.kind),
                "title": change_title(c),
                "item": c.item.value,
                "old_kop": c.old_kop,
                "new_kop": c.new_kop,
                "effective_from": c.effective_from.isoformat(),
            }
            for c in n.changes
        ],
    }


def _report(sent: list[NoticeSent], as_json: bool, extra: dict[str, Any], mail: dict[int, str]) -> None:
    if as_json:
        notices = [_notice_json(n, mail.get(n.letter_id)) for n in sent]
        write_json({**extra, "files": [str(n.path) for n in sent], "notices": notices})
    else:
        for n in sent:
            print(n.path)


def _tariffs(args: argparse.Namespace) -> int:
    out = Path(args.out)
    _check_folder(out)
    if args.old == args.new:
        raise UserError(translate("Outreach", "Choose two different tariff versions to compare."))
    core, _ring = open_core()
    try:
        actor = console_actor(core, args)
        sent = core.notices.tariff_notices(actor, args.old, args.new, out)
        mail = _send_all(core, actor, sent) if args.email else {}
    finally:
        core.close()
    _report(sent, args.json, {"from": args.old, "to": args.new}, mail)
    return EXIT_OK


def _expiry(args: argparse.Namespace) -> int:
    out = Path(args.out)
    _check_folder(out)
    core, _ring = open_core()
    try:
        actor = console_actor(core, args)
        sent = core.notices.expiry_reminders(actor, out)
        mail = _send_all(core, actor, sent) if args.email else {}
    finally:
        core.close()
    _report(sent, args.json, {}, mail)
    return EXIT_OK
