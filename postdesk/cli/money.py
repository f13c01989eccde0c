"""Money under contracts from the command line (a stable contract for scripts).

``contracts balance INN --json``, ``payments add``, ``payments import FILE`` and
``reminders debts --out DIR``; amounts in the JSON are kopecks, a negative balance is a debt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from postdesk.cli.common import EXIT_OK, guarded, open_core, write_json
from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.common.money import rubles
from postdesk.services.context import Actor

CONSOLE = Actor.system("console")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    contracts = commands.add_parser("contracts", help="contracts and their money")
    contract_commands = contracts.add_subparsers(dest="contracts_command", required=True)
    balance = contract_commands.add_parser("balance", help="the balance of the client's current contract")
    balance.add_argument("inn", metavar="INN")
    balance.add_argument(
        "--json", action="store_true", help="print JSON (kopecks; balance < 0: the client owes)"
    )
    balance.set_defaults(handler=guarded(_balance))

    payments = commands.add_parser("payments", help="payments received from clients")
    payment_commands = payments.add_subparsers(dest="payments_command", required=True)
    add = payment_commands.add_parser("add", help="enter a payment by hand")
    add.add_argument("--client", required=True, metavar="INN")
    add.add_argument("--amount", required=True, metavar="RUBLES", help="e.g. 1500.50")
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--document", default="", metavar="N", help="payment order number")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=guarded(_add))
    imported = payment_commands.add_parser("import", help="import a bank statement (1CClientBankExchange)")
    imported.add_argument("file", metavar="FILE", type=Path)
    imported.add_argument("--json", action="store_true")
    imported.set_defaults(handler=guarded(_import))

    reminders = commands.add_parser("reminders", help="letters reminding clients")
    reminder_commands = reminders.add_subparsers(dest="reminders_command", required=True)
    debts = reminder_commands.add_parser(
        "debts", help="one debt reminder PDF per debtor with an overdue debt"
    )
    debts.add_argument("--out", required=True, type=Path, metavar="DIR")
    debts.add_argument("--json", action="store_true")
    debts.set_defaults(handler=guarded(_debts))


def _rubles(text: str) -> int:
    try:
        value = Decimal(text.strip().replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        value = Decimal(-1)
    if not value.is_finite() or value <= 0 or value != value.quantize(Decimal("0.01")):
        raise UserError(
            translate("Money", "The amount must be a positive number of rubles, e.g. 1500.50: %1").replace(
                "%1", text
            )
        )
    return int(value * 100)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(translate("Money", "The date must be YYYY-MM-DD: %1").replace("%1", text)) from None


def _balance(args: argparse.Namespace) -> int:
    core, _ring = open_core()
    try:
        position = core.ledger.position_for_inn(CONSOLE, args.inn)
    finally:
        core.close()
    payload = {
        "contract": position.contract_number,
        "kind": position.kind,
        "balance_kop": position.balance_kop,
        "credit_limit_kop": position.credit_limit_kop,
        "overdue_kop": position.overdue_kop,
    }
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(
            f"{position.contract_number}: {rubles(position.balance_kop)}"
            f" (overdue {rubles(position.overdue_kop)})"
        )
    return EXIT_OK


def _add(args: argparse.Namespace) -> int:
    amount, day = _rubles(args.amount), _date(args.date)
    core, _ring = open_core()
    try:
        payment = core.payments.add(CONSOLE, args.client, amount, day, args.document)
        balance = core.ledger.position(CONSOLE, payment.contract_id).balance_kop if payment.contract_id else 0
    finally:
        core.close()
    payload: dict[str, Any] = {
        "payment": payment.id,
        "contract": payment.contract_number,
        "amount_kop": payment.amount_kop,
        "date": payment.paid_on.isoformat(),
        "document": payment.document,
        "balance_kop": balance,
    }
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(f"{payment.contract_number}: +{rubles(amount)}, {rubles(balance)}")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise UserError(
            translate("Money", "Cannot read the statement %1: %2")
            .replace("%1", str(args.file))
            .replace("%2", exc.strerror or "")
        ) from None
    core, _ring = open_core()
    try:
        result = core.payments.import_statement(CONSOLE, data, str(args.file))
    finally:
        core.close()
    payload = {
        "documents": result.documents,
        "matched": result.matched,
        "unmatched": result.unmatched,
        "duplicates": result.duplicates,
    }
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(" ".join(f"{key}={value}" for key, value in payload.items()))
    return EXIT_OK


def _debts(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UserError(translate("Money", "%1 is not a folder.").replace("%1", str(out)))
    core, _ring = open_core()
    try:
        sent = core.reminders.send_debt_reminders(CONSOLE, out)
    finally:
        core.close()
    if args.json:
        write_json(
            {
                "files": [str(s.path) for s in sent],
                "reminders": [
                    {
                        "client": s.client_name,
                        "inn": s.inn,
                        "contract": s.contract_number,
                        "debt_kop": s.debt_kop,
                        "overdue_kop": s.overdue_kop,
                        "deadline": s.deadline.isoformat(),
                        "path": str(s.path),
                    }
                    for s in sent
                ],
            }
        )
    else:
        for s in sent:
            print(s.path)
    return EXIT_OK
