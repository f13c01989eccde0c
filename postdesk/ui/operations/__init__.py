"""Every action a screen can start, as declared operations (see ``base``), one module per area.

Widgets reach the core only through these: a static test fails on ``ctx.core.`` anywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

from postdesk.bootstrap import Core
from postdesk.services.context import Actor
from postdesk.ui.operations.accounts import AccountOps, SettingsOps
from postdesk.ui.operations.base import Operation, Step
from postdesk.ui.operations.clients import ClientOps
from postdesk.ui.operations.counter import CounterOps
from postdesk.ui.operations.feedback import FeedbackOps
from postdesk.ui.operations.lists import ListOps
from postdesk.ui.operations.money import MoneyOps
from postdesk.ui.operations.outreach import OutreachOps
from postdesk.ui.operations.printing import PrintOps
from postdesk.ui.operations.records import RecordOps
from postdesk.ui.operations.reference import ReferenceOps
from postdesk.ui.operations.surveys import SurveyOps

__all__ = ["Operation", "Operations", "Step"]


@dataclass(frozen=True)
class Operations:
    """The operations of the signed-in actor, by area."""

    counter: CounterOps
    lists: ListOps
    clients: ClientOps
    printing: PrintOps
    accounts: AccountOps
    settings: SettingsOps
    records: RecordOps
    feedback: FeedbackOps
    money: MoneyOps
    outreach: OutreachOps
    reference: ReferenceOps
    surveys: SurveyOps

    @classmethod
    def of(cls, core: Core, actor: Actor) -> Operations:
        return cls(
            counter=CounterOps(core, actor),
            lists=ListOps(core, actor),
            clients=ClientOps(core, actor),
            printing=PrintOps(core, actor),
            accounts=AccountOps(core, actor),
            settings=SettingsOps(core, actor),
            records=RecordOps(core, actor),
            feedback=FeedbackOps(core, actor),
            money=MoneyOps(core, actor),
            outreach=OutreachOps(core, actor),
            reference=ReferenceOps(core, actor),
            surveys=SurveyOps(core, actor),
        )
