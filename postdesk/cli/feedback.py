"""``postdesk feedback add|extend|list|answer``: the feedback register from the console.

Every value is checked before anything is written, so a refused command leaves no trace; the
refusal is one Russian line on stderr and exit status 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from postdesk.cli.calendar import parse_count, parse_date
from postdesk.cli.common import EXIT_OK, guarded, open_core, write_json
from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.services.context import Actor
from postdesk.services.feedback.answers import AnswerRequest
from postdesk.services.feedback.catalogue import Channel, Decision, Kind, Topic
from postdesk.services.feedback.views import FeedbackView, NewFeedback

E = TypeVar("E", bound=StrEnum)


def parse_choice(enum_type: type[E], text: str, what: str) -> E:
    try:
        return enum_type(text)
    except ValueError:
        allowed = ", ".join(m.value for m in enum_type if m.value)
        raise UserError(
            translate("Feedback", "Unknown %1 «%2»: use one of %3.")
            .replace("%1", what)
            .replace("%2", text)
            .replace("%3", allowed)
        ) from None


def parse_id(text: str) -> int:
    if not text.isdigit() or int(text) == 0:
        raise UserError(translate("Feedback", "%1 is not a feedback item number (ID).").replace("%1", text))
    return int(text)


def item_json(item: FeedbackView) -> dict[str, Any]:
    return {
        "id": item.id,
        "number": item.number,
        "kind": item.kind.value,
        "channel": item.channel.value,
        "topic": item.topic.value,
        "state": item.state.value,
        "received": item.received_on.isoformat(),
        "due": item.due.isoformat(),
        "legal_due": item.legal_due.isoformat(),
        "extended": item.extended,
        "overdue": item.overdue,
        "due_soon": item.due_soon,
        "client_id": item.client_id,
        "client": item.client_name,
        "item": item.barcode,
        "decision": item.decision.value if item.decision else None,
    }


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    feedback = commands.add_parser("feedback", help="the register of complaints, suggestions and reviews")
    sub = feedback.add_subparsers(dest="feedback_command", required=True)
    add = sub.add_parser("add", help="register a complaint, suggestion or review")
    add.add_argument("--kind", required=True, help="complaint | suggestion | review")
    add.add_argument(
        "--channel",
        required=True,
        help="counter | letter | phone | hotline | fax | email | web | account | chat",
    )
    add.add_argument("--received", required=True, metavar="YYYY-MM-DD", help="the day it came in")
    add.add_argument("--text", required=True)
    add.add_argument("--client", metavar="INN", default="", help="the client's INN")
    add.add_argument("--item", metavar="ШПИ", default="", help="the postal item's identifier")
    add.add_argument("--topic", metavar="CODE", default="other", help=", ".join(t.value for t in Topic))
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=guarded(_add))
    extend = sub.add_parser("extend", help="extend the answer deadline to 20 working days (once)")
    extend.add_argument("id", metavar="ID")
    extend.add_argument("--reason", required=True)
    extend.add_argument("--json", action="store_true")
    extend.set_defaults(handler=guarded(_extend))
    listing = sub.add_parser("list", help="the register, newest first (or open items by deadline)")
    listing.add_argument("--overdue", action="store_true", help="only open items past their deadline")
    listing.add_argument("--due-within", metavar="N", help="only open items due within N working days")
    listing.add_argument("--limit", default="500", metavar="N")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=guarded(_list))
    answer = sub.add_parser("answer", help="record the decision and write the answer letter")
    answer.add_argument("id", metavar="ID")
    answer.add_argument("--decision", required=True, help="satisfied | partly | refused")
    answer.add_argument("--text", required=True)
    answer.add_argument("--reason", action="append", default=[], help="a reason with its rule or clause")
    answer.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    answer.add_argument("--email", default="", help="also queue the letter for e-mail and send it")
    answer.add_argument("--json", action="store_true")
    answer.set_defaults(handler=guarded(_answer))


def _actor() -> Actor:
    return Actor.system("console")


def _add(args: argparse.Namespace) -> int:
    received = parse_date(args.received)
    new = NewFeedback(
        kind=parse_choice(Kind, args.kind, "--kind"),
        channel=parse_choice(Channel, args.channel, "--channel"),
        received_at=dt.datetime.combine(received, dt.time(12, 0)).astimezone(),
        text=args.text,
        topic=parse_choice(Topic, args.topic, "--topic"),
        client_inn=args.client,
        barcode=args.item,
    )
    core, _ring = open_core()
    try:
        item = core.feedback.register(_actor(), new)
    finally:
        core.close()
    payload = {
        "id": item.id,
        "number": item.number,
        "state": item.state.value,
        "due": item.due.isoformat(),
        "legal_due": item.legal_due.isoformat(),
    }
    _print(args, payload, f"{item.number}: due {item.due.isoformat()}")
    return EXIT_OK


def _print(args: argparse.Namespace, payload: dict[str, Any], line: str) -> None:
    if args.json:
        write_json(payload)
    else:
        print(line)


def _extend(args: argparse.Namespace) -> int:
    feedback_id = parse_id(args.id)
    core, _ring = open_core()
    try:
        item = core.feedback.extend(_actor(), feedback_id, args.reason)
    finally:
        core.close()
    _print(args, item_json(item), f"{item.number}: due {item.due.isoformat()}")
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    due_within = parse_count(args.due_within, "--due-within") if args.due_within is not None else None
    limit = parse_count(args.limit, "--limit")
    core, _ring = open_core()
    try:
        items = core.feedback_queries.list_items(
            _actor(), overdue=args.overdue, due_within=due_within, limit=limit
        )
    finally:
        core.close()
    if args.json:
        print(json.dumps([item_json(i) for i in items], ensure_ascii=False, indent=2))
        return EXIT_OK
    for i in items:
        flag = "!" if i.overdue else ("~" if i.due_soon else " ")
        print(
            f"{flag} {i.number}  {i.state.value:<13} {i.due.isoformat()}  {i.kind.value:<10} {i.client_name}"
        )
    return EXIT_OK


def _answer(args: argparse.Namespace) -> int:
    feedback_id = parse_id(args.id)
    decision = parse_choice(Decision, args.decision, "--decision")
    out: Path = args.out
    if out.suffix.lower() != ".pdf":
        raise UserError(translate("Feedback", "The letter file must end in .pdf."))
    if not out.parent.is_dir():
        raise UserError(translate("Feedback", "The folder %1 does not exist.").replace("%1", str(out.parent)))
    request = AnswerRequest(decision, args.text, tuple(args.reason), email_to=args.email)
    core, _ring = open_core()
    try:
        result = core.feedback_answers.answer(_actor(), feedback_id, request)
        out.write_bytes(result.pdf)
        mail_status = None
        if result.mail_id is not None:
            mail_status = core.mail.send(_actor(), result.mail_id).status
    finally:
        core.close()
    payload = {
        "id": result.feedback.id,
        "number": result.feedback.number,
        "state": result.feedback.state.value,
        "decision": decision.value,
        "letter": result.letter_number,
        "appeal_notice": result.appeal_notice,
        "out": str(out),
        "mail": mail_status,
    }
    _print(
        args, payload, f"{result.feedback.number}: {decision.value}, letter {result.letter_number} -> {out}"
    )
    return EXIT_OK
