"""Whether a batch may be accepted under its contract, and booking its money when it is.

The acceptance service calls :func:`admit` and :func:`book` inside its transaction; the
counter asks :class:`AdmissionService` for the same verdict before the operator weighs. A
refusal names the figures; a supervisor may accept anyway with a reason, which is audited.
A batch without a contract is a cash client's: no discount, paid at the counter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from postdesk.common.errors import UserError
from postdesk.common.i18n import QT_TRANSLATE_NOOP, translate
from postdesk.common.money import rubles
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.batches import Batch
from postdesk.models.contracts import Contract, ContractStatus
from postdesk.models.money import Payment, PaymentSource
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.money import ledger
from postdesk.services.permissions import Permission, allowed, require


@dataclass(frozen=True)
class Problem:
    code: str
    message: str


@dataclass(frozen=True)
class Verdict:
    """What the counter shows before weighing and the acceptance enforces."""

    batch_id: int
    amount_kop: int
    cash: bool
    contract_number: str
    kind: str
    balance_kop: int
    credit_limit_kop: int
    overdue_kop: int
    problems: tuple[Problem, ...]

    @property
    def admitted(self) -> bool:
        return not self.problems

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(p.code for p in self.problems)

    def message(self) -> str:
        return " ".join(p.message for p in self.problems)


class AdmissionRefused(UserError):
    """The contract does not allow the batch; a supervisor may override it with a reason."""

    def __init__(self, verdict: Verdict) -> None:
        super().__init__(
            translate(
                "Money",
                "The batch cannot be accepted under the contract: %1 "
                "A supervisor may accept it with a reason.",
            ).replace("%1", verdict.message())
        )
        self.verdict = verdict


def _t(text: str, *values: str) -> str:
    out = translate("Money", text)
    for n, value in enumerate(values, start=1):
        out = out.replace(f"%{n}", value)
    return out


def _contract_problems(contract: Contract, service_code: str, day: dt.date) -> list[Problem]:
    number = contract.number
    found = []
    if contract.status is not ContractStatus.ACTIVE:
        found.append(
            Problem("not_active", _t(QT_TRANSLATE_NOOP("Money", "Contract %1 is not active."), number))
        )
    if contract.starts_on > day:
        found.append(
            Problem(
                "not_started",
                _t(
                    QT_TRANSLATE_NOOP("Money", "Contract %1 starts on %2."),
                    number,
                    contract.starts_on.strftime("%d.%m.%Y"),
                ),
            )
        )
    if contract.ends_on is not None and contract.ends_on < day:
        found.append(
            Problem(
                "expired",
                _t(
                    QT_TRANSLATE_NOOP("Money", "Contract %1 ended on %2."),
                    number,
                    contract.ends_on.strftime("%d.%m.%Y"),
                ),
            )
        )
    if service_code not in {s.service_code for s in contract.services}:
        found.append(
            Problem(
                "service", _t(QT_TRANSLATE_NOOP("Money", "Contract %1 does not include batch mail."), number)
            )
        )
    return found


def _money_problems(position: ledger.Position, amount: int) -> list[Problem]:
    if position.kind == "prepaid":
        if position.balance_kop < amount:
            return [
                Problem(
                    "prepayment",
                    _t(
                        QT_TRANSLATE_NOOP(
                            "Money",
                            "The prepayment does not cover the batch: balance %1, batch %2, missing %3.",
                        ),
                        rubles(position.balance_kop),
                        rubles(amount),
                        rubles(amount - position.balance_kop),
                    ),
                )
            ]
        return []
    found = []
    if position.debt_kop + amount > position.credit_limit_kop:
        found.append(
            Problem(
                "credit_limit",
                _t(
                    QT_TRANSLATE_NOOP(
                        "Money", "Debt %1 plus the batch %2 exceeds the credit limit %3 by %4."
                    ),
                    rubles(position.debt_kop),
                    rubles(amount),
                    rubles(position.credit_limit_kop),
                    rubles(position.debt_kop + amount - position.credit_limit_kop),
                ),
            )
        )
    if position.overdue_kop > 0:
        found.append(
            Problem(
                "overdue",
                _t(
                    QT_TRANSLATE_NOOP("Money", "Invoices of %1 are overdue beyond the %2-day payment term."),
                    rubles(position.overdue_kop),
                    str(position.payment_term_days),
                ),
            )
        )
    return found


def assess(
    session: Session,
    batch: Batch,
    *,
    contract: Contract | None,
    amount_kop: int,
    day: dt.date,
    service_code: str,
) -> Verdict:
    if contract is None:
        return Verdict(batch.id, amount_kop, True, "", "cash", 0, 0, 0, ())
    position = ledger.position_of(session, contract, day)
    problems = _contract_problems(contract, service_code, day) + _money_problems(position, amount_kop)
    return Verdict(
        batch.id,
        amount_kop,
        False,
        contract.number,
        position.kind,
        position.balance_kop,
        position.credit_limit_kop,
        position.overdue_kop,
        tuple(problems),
    )


def admit(
    session: Session,
    actor: Actor,
    batch: Batch,
    *,
    contract: Contract | None,
    amount_kop: int,
    day: dt.date,
    service_code: str,
    override_reason: str | None = None,
) -> Verdict:
    """Raise :class:`AdmissionRefused` unless the contract allows the batch or a supervisor overrides."""
    verdict = assess(
        session, batch, contract=contract, amount_kop=amount_kop, day=day, service_code=service_code
    )
    if verdict.admitted:
        return verdict
    reason = (override_reason or "").strip()
    if not reason:
        raise AdmissionRefused(verdict)
    require(actor, Permission.OVERRIDE_ACCEPTANCE)
    if len(reason) < 3:
        raise UserError(
            translate("Money", "Give the reason for accepting despite the contract (at least 3 characters).")
        )
    audit.record(
        session,
        actor,
        "acceptance_override",
        "batch",
        batch.id,
        before={
            "problems": list(verdict.codes),
            "balance_kop": verdict.balance_kop,
            "credit_limit_kop": verdict.credit_limit_kop,
            "overdue_kop": verdict.overdue_kop,
        },
        after={"reason": reason, "amount_kop": amount_kop, "contract": verdict.contract_number},
    )
    return verdict


def book(
    session: Session,
    actor: Actor,
    batch: Batch,
    *,
    contract: Contract | None,
    amount_kop: int,
    day: dt.date,
    note: str,
) -> None:
    """Charge the contract's ledger, or record a cash client's payment at the counter."""
    if contract is not None:
        ledger.charge_batch(
            session, actor, contract, batch_id=batch.id, amount_kop=amount_kop, on=day, note=note
        )
        return
    batch.payment_method = "CASH"
    payment = Payment(
        source=PaymentSource.COUNTER_CASH,
        paid_on=day,
        amount_kop=amount_kop,
        client_id=batch.client_id,
        batch_id=batch.id,
        user_login=actor.login,
        purpose=note,
    )
    session.add(payment)
    session.flush()
    audit.record(
        session,
        actor,
        "cash_payment",
        "batch",
        batch.id,
        after={"amount_kop": amount_kop, "payment": payment.id},
    )


class AdmissionService:
    """The verdict for the counter, before the operator weighs (priced on the declared masses)."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        quote_total: Callable[[Session, int], int],
        service_code: str,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._uow = uow
        self._quote_total = quote_total
        self._service_code = service_code
        self._today = today

    def verdict(self, actor: Actor, batch_id: int) -> Verdict:
        require(actor, Permission.ACCEPT_BATCHES)
        with self._uow() as tx:
            batch = tx.session.get(Batch, batch_id)
            if batch is None:
                raise UserError(translate("Money", "The batch no longer exists."))
            contract = tx.session.get(Contract, batch.contract_id) if batch.contract_id else None
            amount = self._quote_total(tx.session, batch_id)
            return assess(
                tx.session,
                batch,
                contract=contract,
                amount_kop=amount,
                day=self._today(),
                service_code=self._service_code,
            )

    @staticmethod
    def may_override(actor: Actor) -> bool:
        return allowed(actor, Permission.OVERRIDE_ACCEPTANCE)


def cash_adjustment(
    session: Session, actor: Actor, batch: Batch, *, change_kop: int, day: dt.date, note: str
) -> None:
    """A cash client's void (refund, negative) or correction (extra charge) paid at the counter."""
    if change_kop == 0:
        return
    session.add(
        Payment(
            source=PaymentSource.COUNTER_CASH,
            paid_on=day,
            amount_kop=change_kop,
            client_id=batch.client_id,
            batch_id=batch.id,
            user_login=actor.login,
            purpose=note,
        )
    )
