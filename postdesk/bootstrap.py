"""The one place that wires the Qt-free core together: settings, database, services.

Both the command line and the GUI call :func:`build_core`; the GUI adds its Qt parts on top
in ``postdesk.ui.application``. Nothing here is global: callers hold the returned object.
"""

from __future__ import annotations

import logging
import socket
from dataclasses import dataclass

from sqlalchemy import Engine

from postdesk.common import settings as s
from postdesk.common.paths import AppPaths, resource_path
from postdesk.common.settings import SettingsStore
from postdesk.db.engine import make_engine, sqlite_url
from postdesk.db.migrate import upgrade_to_head
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.lists.safety import Limits
from postdesk.services.acceptance import AcceptanceService
from postdesk.services.audit import AuditService
from postdesk.services.batch_queue import QueueService
from postdesk.services.batch_views import BatchRegisterService
from postdesk.services.clients import ClientService
from postdesk.services.corrections import CorrectionService
from postdesk.services.documents import DocumentService
from postdesk.services.identifiers import IdentifierService
from postdesk.services.lists import ListService
from postdesk.services.manual_weights import ManualWeightService
from postdesk.services.printing import PrintService
from postdesk.services.records.activity import ActivityReportService
from postdesk.services.records.audit_log import AuditLogService
from postdesk.services.records.catalogues import CatalogueService
from postdesk.services.records.competitors import CompetitorService
from postdesk.services.records.exports import RecordExportService
from postdesk.services.records.record_events import ServiceRecordEvents
from postdesk.services.records.recording import RecordService
from postdesk.services.records.reports import ReportService
from postdesk.services.records.timeline import TimelineService
from postdesk.services.tariffs import TariffService
from postdesk.services.users import UserService
from postdesk.services.weighing import WeighingService

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
    records: RecordService
    catalogues: CatalogueService
    competitors: CompetitorService
    timeline: TimelineService
    reports: ReportService
    activity_reports: ActivityReportService
    record_exports: RecordExportService
    audit_log: AuditLogService

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
        records=RecordService(uow),
        catalogues=CatalogueService(uow),
        competitors=CompetitorService(uow),
        # Event sources of the client timeline; complaints, offers and reminders add theirs here.
        timeline=TimelineService(uow, [ServiceRecordEvents()]),
        reports=ReportService(uow),
        activity_reports=ActivityReportService(uow),
        record_exports=RecordExportService(uow),
        audit_log=AuditLogService(uow),
    )


def list_limits(settings: SettingsStore) -> Limits:
    return Limits(
        max_file_bytes=settings.get(s.LISTS_MAX_FILE_MB) * 2**20, max_rows=settings.get(s.LISTS_MAX_ROWS)
    )
