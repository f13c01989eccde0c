"""The one place that wires the Qt-free core together: settings, database, services.

Both the command line and the GUI call :func:`build_core`; the GUI adds its Qt parts on top
in ``postdesk.ui.application``. Nothing here is global: callers hold the returned object.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from postdesk.common import settings as s
from postdesk.common.paths import AppPaths, resource_path
from postdesk.common.settings import SettingsStore
from postdesk.db.engine import make_engine, sqlite_url
from postdesk.db.migrate import upgrade_to_head
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.lists.safety import Limits
from postdesk.services.audit import AuditService
from postdesk.services.clients.service import ClientService
from postdesk.services.counter.acceptance import BATCH_MAIL_SERVICE, AcceptanceService
from postdesk.services.counter.batch_queue import QueueService
from postdesk.services.counter.batch_quote import quote_batch
from postdesk.services.counter.batch_views import BatchRegisterService
from postdesk.services.counter.corrections import CorrectionService
from postdesk.services.counter.documents import DocumentService
from postdesk.services.counter.identifiers import IdentifierService
from postdesk.services.counter.lists import ListService
from postdesk.services.counter.manual_weights import ManualWeightService
from postdesk.services.counter.printing import PrintService
from postdesk.services.counter.tariffs import TariffService
from postdesk.services.counter.weighing import WeighingService
from postdesk.services.money.accounts import LedgerService
from postdesk.services.money.admission import AdmissionService
from postdesk.services.money.debtors import DebtorService
from postdesk.services.money.payments import PaymentService
from postdesk.services.money.reminders import ReminderPolicy, ReminderService
from postdesk.services.users import UserService

log = logging.getLogger(__name__)


@dataclass
class Core:
    """Everything below the UI, built once per process."""

    paths: AppPaths
    settings: SettingsStore
    engine: Engine
    uow: UnitOfWorkFactory
    users: UserService
    clients: ClientService
    audit: AuditService
    printing: PrintService
    tariffs: TariffService
    identifiers: IdentifierService
    batches: BatchRegisterService
    weighing: WeighingService
    acceptance: AcceptanceService
    batch_queue: QueueService
    corrections: CorrectionService
    documents: DocumentService
    lists: ListService
    manual_weights: ManualWeightService
    ledger: LedgerService
    payments: PaymentService
    admission: AdmissionService
    debtors: DebtorService
    reminders: ReminderService

    @property
    def workstation_name(self) -> str:
        return self.settings.get(s.WORKSTATION_NAME) or socket.gethostname()

    @property
    def office_postcode(self) -> str:
        return self.settings.get(s.OFFICE_POSTCODE)

    def close(self) -> None:
        self.engine.dispose()


def database_url(settings: SettingsStore, paths: AppPaths) -> str:
    """``POSTDESK_DATABASE_URL`` or the setting, else the embedded SQLite file."""
    return settings.get(s.DATABASE_URL) or sqlite_url(paths.default_database_file)


def build_core(
    *,
    paths: AppPaths | None = None,
    settings: SettingsStore | None = None,
    url: str | None = None,
    migrate: bool = True,
) -> Core:
    paths = (paths or AppPaths.from_environment()).ensure()
    settings = settings or SettingsStore(paths.settings_file)
    engine = make_engine(url or database_url(settings, paths))
    if migrate:
        upgrade_to_head(engine)
    uow = UnitOfWorkFactory(engine)
    tariffs = TariffService([resource_path("tariffs"), paths.data_dir / "tariffs"])
    return Core(
        paths=paths,
        settings=settings,
        engine=engine,
        uow=uow,
        users=UserService(uow),
        clients=ClientService(uow, expiry_warning_days=settings.get(s.CONTRACT_EXPIRY_WARNING_DAYS)),
        audit=AuditService(uow),
        printing=PrintService(uow),
        tariffs=tariffs,
        identifiers=IdentifierService(uow),
        batches=BatchRegisterService(uow),
        weighing=WeighingService(uow),
        acceptance=AcceptanceService(uow, tariffs, lambda: settings.get(s.OFFICE_POSTCODE)),
        batch_queue=QueueService(uow),
        corrections=CorrectionService(uow, tariffs),
        documents=DocumentService(uow),
        lists=ListService(uow, list_limits(settings), tariffs),
        manual_weights=ManualWeightService(uow),
        ledger=LedgerService(uow),
        payments=PaymentService(uow),
        admission=AdmissionService(uow, quoted_total(tariffs), BATCH_MAIL_SERVICE),
        debtors=DebtorService(uow),
        reminders=ReminderService(uow, lambda: reminder_policy(settings)),
    )


def quoted_total(tariffs: TariffService) -> Callable[[Session, int], int]:
    """What the batch would cost if accepted now: the counter's verdict before weighing."""

    def total(session: Session, batch_id: int) -> int:
        return quote_batch(session, tariffs.in_force(), batch_id, estimate=True).totals.total_kop

    return total


def reminder_policy(settings: SettingsStore) -> ReminderPolicy:
    return ReminderPolicy(
        repeat_days=settings.get(s.REMINDER_REPEAT_DAYS),
        deadline_days=settings.get(s.REMINDER_DEADLINE_DAYS),
        office=settings.get(s.LETTERHEAD_OFFICE),
        postcode=settings.get(s.OFFICE_POSTCODE),
    )


def list_limits(settings: SettingsStore) -> Limits:
    return Limits(
        max_file_bytes=settings.get(s.LISTS_MAX_FILE_MB) * 2**20, max_rows=settings.get(s.LISTS_MAX_ROWS)
    )
