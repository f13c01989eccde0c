"""``postdesk ranges add|list``: the identifier ranges given to the office and to contracts.

``add`` registers a ШПИ range (8-digit prefix: postcode and month code) or an S10 range
(service indicator, country code) under the overlap rules of the identifier service;
``list`` shows what is left in each and warns (on stderr) about ranges running low.
"""

from __future__ import annotations

import argparse
import sys

from postdesk.cli.common import (
    EXIT_OK,
    add_sign_in_options,
    console_actor,
    guarded,
    open_core,
    read_only_actor,
    write_json,
)
from postdesk.common import settings as s
from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.postal.numbering import IdentifierKind
from postdesk.services.reference.data import RangeCapacity
from postdesk.services.reference.ranges import capacity


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ranges = commands.add_parser("ranges", help="identifier ranges (ШПИ, S10) of the office and of contracts")
    sub = ranges.add_subparsers(dest="ranges_command", required=True)
    add = sub.add_parser("add", help="register a range (administrators)")
    add.add_argument("--kind", required=True, metavar="rpo|s10", help="rpo (ШПИ) or s10 (international)")
    add.add_argument("--prefix", required=True, help="ШПИ: 8 digits; S10: two letters, e.g. RA")
    add.add_argument("--suffix", default="", help="S10: the country code, e.g. RU")
    add.add_argument("--first", required=True, metavar="N", help="the first serial")
    add.add_argument("--last", required=True, metavar="N", help="the last serial")
    add.add_argument("--contract-id", metavar="ID", help="the contract the range is given to")
    add.add_argument("--note", default="")
    add.add_argument("--json", action="store_true", help="print JSON")
    add_sign_in_options(add)
    add.set_defaults(handler=guarded(_add))
    listing = sub.add_parser("list", help="every range and what is left in it")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=guarded(_list))


def _number(text: str, what: str) -> int:
    if not text.strip().isdigit():
        raise UserError(
            translate("Reference", "%1 must be a whole number, not «%2».")
            .replace("%1", what)
            .replace("%2", text)
        )
    return int(text)


def _kind(text: str) -> IdentifierKind:
    try:
        return IdentifierKind(text.strip().lower())
    except ValueError:
        raise UserError(
            translate("Reference", "Unknown kind of range «%1»: choose rpo or s10.").replace("%1", text)
        ) from None


def range_json(r: RangeCapacity) -> dict[str, object]:
    return {
        "id": r.id,
        "kind": r.kind,
        "prefix": r.prefix,
        "suffix": r.suffix,
        "period": r.period,
        "contract_id": r.contract_id,
        "first": r.first_serial,
        "last": r.last_serial,
        "remaining": r.remaining,
        "warning": r.warning,
        "note": r.note,
    }


def _add(args: argparse.Namespace) -> int:
    kind = _kind(args.kind)
    first, last = _number(args.first, "--first"), _number(args.last, "--last")
    contract = _number(args.contract_id, "--contract-id") if args.contract_id else None
    core, _ring = open_core()
    try:
        actor = console_actor(core, args)
        info = core.identifiers.add_range(
            actor, kind, args.prefix, first, last, suffix=args.suffix, contract_id=contract, note=args.note
        )
        shown = capacity(info, core.settings.get(s.RANGE_WARN_BELOW))
    finally:
        core.close()
    if args.json:
        write_json(range_json(shown))
    else:
        print(f"{shown.id}: {shown.prefix} {shown.first_serial}–{shown.last_serial} {shown.suffix}".rstrip())
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    core, _ring = open_core()
    try:
        ranges = core.range_capacity.ranges(read_only_actor(core))
    finally:
        core.close()
    for r in ranges:
        if r.warning:
            print(
                "postdesk: "
                + translate("Reference", "Range %1 (%2) has only %3 numbers left: ask for a new range.")
                .replace("%1", str(r.id))
                .replace("%2", r.prefix)
                .replace("%3", str(r.remaining)),
                file=sys.stderr,
            )
    if args.json:
        write_json({"ranges": [range_json(r) for r in ranges]})
    else:
        for r in ranges:
            mark = " !" if r.warning else ""
            print(
                f"{r.id:>4} {r.kind:<4} {r.prefix:<8} {r.suffix:<2} "
                f"{r.first_serial}–{r.last_serial} {r.remaining}{mark}"
            )
    return EXIT_OK
