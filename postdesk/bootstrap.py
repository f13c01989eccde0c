"""The one place that wires the Qt-free core together: settings, database, services.

Both the command line and the GUI call :func:`build_core`; the GUI adds its Qt parts on top
in ``postdesk.ui.application``. Nothing here is global: callers hold the returned object.
"""

from __future__ import annotations

import datetime as dt
import logging
import socket
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from postdesk.calendar.deadlines import ClaimPeriods
from postdesk.calendar.years import load_years, shipped_calendar_file
from postdesk.common import settings as s
from postdesk.common.paths import AppPaths, resource_path
from postdesk.common.settings import SettingsStore
from postdesk.db.backup import AutomaticBackups, sqlite_file
from postdesk.db.engine import make_engine, sqlite_url
from postdesk.db.migrate import current_revision, is_at_head, script_directory, upgrade_to_head
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.lists.safety import Limits
from postdesk.printing.letters.model import Letterhead
from postdesk.printing.letters.templates import LetterTemplates
from postdesk.services.audit import AuditService
from postdesk.services.calendar import CalendarService
from postdesk.services.clients.service import ClientService
from postdesk.services.counter.acceptance import BATCH_MAIL_SERVICE, AcceptanceService
from postdesk.services.counter.batch_queue import QueueService
from postdesk.services.counter.batch_quote import quote_batch
from postdesk.services.counter.batch_views import BatchRegisterService
from postdesk.services.counter.corrections import CorrectionService
from postdesk.services.counter.draft_edits import DraftEditService
from postdesk.services.counter.identifiers import IdentifierService
from postdesk.services.counter.lists import ListService
from postdesk.services.counter.manual_weights import ManualWeightService
from postdesk.services.counter.printing import PrintService
from postdesk.services.counter.tariffs import TariffService
from postdesk.services.counter.weighing import WeighingService
from postdesk.services.feedback.analysis import FeedbackAnalysis
from postdesk.services.feedback.answers import AnswerService, OfficeLetterhead
from postdesk.services.feedback.clock import recompute_open_deadlines
from postdesk.services.feedback.listing import FeedbackQueries
from postdesk.services.feedback.register import FeedbackService, RegisterRules
from postdesk.services.feedback.timeline_events import FeedbackEvents
from postdesk.services.money.accounts import LedgerService
from postdesk.services.money.admission import AdmissionService
from postdesk.services.money.debtors import DebtorService
from postdesk.services.money.payments import PaymentService
from postdesk.services.money.reminders import ReminderPolicy, ReminderService
from postdesk.services.money.timeline_events import ReminderEvents
from postdesk.services.outreach.conversion import ConversionService
from postdesk.services.outreach.letter_templates import LetterTemplateService
from postdesk.services.outreach.letters import LetterService
from postdesk.services.outreach.mail import MailService, SmtpSettings
from postdesk.services.outreach.notices import NoticeService
from postdesk.services.outreach.offers import OfferService
from postdesk.services.outreach.prospects import ProspectService
from postdesk.services.outreach.timeline_events import OutreachEvents
from postdesk.services.records.activity import ActivityReportService
from postdesk.services.records.audit_log import AuditLogService
from postdesk.services.records.catalogues import CatalogueService
from postdesk.services.records.competitors import CompetitorService
from postdesk.services.records.exports import RecordExportService
from postdesk.services.records.notes import ContactNoteEvents, ContactNoteService
from postdesk.services.records.record_events import ServiceRecordEvents
from postdesk.services.records.recording import RecordService
from postdesk.services.records.reports import ReportService
from postdesk.services.records.timeline import TimelineService
from postdesk.services.reference.delivery import DeliveryService
from postdesk.services.reference.documents import GuidingDocumentService
from postdesk.services.reference.forms import FormService
from postdesk.services.reference.imports import ReferenceImports
from postdesk.services.reference.organisations import OrganisationService
from postdesk.services.reference.prices import PriceListService, stored_versions
from postdesk.services.reference.ranges import RangeCapacityService
from postdesk.services.reference.schedule import ScheduleService
from postdesk.services.sign_in_throttle import ThrottlePolicy
from postdesk.services.surveys.answering import AnsweringService
from postdesk.services.surveys.club import ClubService
from postdesk.services.surveys.design import SurveyDesignService
from postdesk.services.surveys.focus_groups import FocusGroupService
from postdesk.services.surveys.follow_ups import FollowUpService
from postdesk.services.surveys.imports import SurveyImportService
from postdesk.services.surveys.offers import CounterOfferService
from postdesk.services.surveys.paper import PaperFormService
from postdesk.services.surveys.results import SurveyResultsService
from postdesk.services.surveys.timeline_events import SurveyEvents
from postdesk.services.users import UserService
from postdesk.services.workstation_settings import WorkstationSettingsService

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
    draft_edits: DraftEditService
    lists: ListService
    manual_weights: ManualWeightService
    workstation_settings: WorkstationSettingsService
    records: RecordService
    catalogues: CatalogueService
    competitors: CompetitorService
    timeline: TimelineService
    reports: ReportService
    activity_reports: ActivityReportService
    record_exports: RecordExportService
    audit_log: AuditLogService
    calendar: CalendarService
    feedback: FeedbackService
    feedback_queries: FeedbackQueries
    feedback_answers: AnswerService
    feedback_analysis: FeedbackAnalysis
    mail: MailService
    ledger: LedgerService
    payments: PaymentService
    admission: AdmissionService
    debtors: DebtorService
    reminders: ReminderService
    contact_notes: ContactNoteService
    prospects: ProspectService
    conversions: ConversionService
    offers: OfferService
    notices: NoticeService
    outreach_letters: LetterService
    letter_templates: LetterTemplateService
    price_lists: PriceListService
    delivery: DeliveryService
    schedule: ScheduleService
    forms: FormService
    organisations: OrganisationService
    guiding_documents: GuidingDocumentService
    reference_imports: ReferenceImports
    range_capacity: RangeCapacityService
    surveys: SurveyDesignService
    survey_answers: AnsweringService
    survey_results: SurveyResultsService
    survey_paper: PaperFormService
    survey_imports: SurveyImportService
    survey_follow_ups: FollowUpService
    club: ClubService
    focus_groups: FocusGroupService
    survey_offers: CounterOfferService

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
        back_up_automatically(engine, paths, settings)
        upgrade_to_head(engine)
    uow = UnitOfWorkFactory(engine)
    tariffs = TariffService(
        [resource_path("tariffs"), paths.data_dir / "tariffs"], imported=stored_versions(uow)
    )
    today = dt.date.today
    clients = ClientService(uow, expiry_warning_days=settings.get(s.CONTRACT_EXPIRY_WARNING_DAYS))
    mail = MailService(uow, lambda: smtp_settings(settings))
    letters = LetterTemplates([paths.data_dir / "letters", resource_path("letters")])
    calendar = CalendarService(
        uow,
        load_years(shipped_calendar_file()),
        lambda session, cal: recompute_open_deadlines(session, cal, today(), claim_periods(settings)),
    )
    identifiers = IdentifierService(uow)
    price_lists = PriceListService(uow, tariffs)
    delivery = DeliveryService(uow, calendar, lambda: settings.get(s.OFFICE_POSTCODE))
    schedule = ScheduleService(uow, calendar)
    forms = FormService(uow)
    feedback = FeedbackService(uow, calendar, lambda: register_rules(settings), today)
    survey_answers = AnsweringService(uow, calendar, feedback, today)
    return Core(
        paths=paths,
        settings=settings,
        engine=engine,
        uow=uow,
        users=UserService(
            uow,
            throttle=throttle_policy(settings),
            min_password_length=settings.get(s.MIN_PASSWORD_LENGTH),
        ),
        clients=clients,
        audit=AuditService(uow),
        printing=PrintService(uow, lambda: settings.get(s.OFFICE_NAME)),
        tariffs=tariffs,
        identifiers=identifiers,
        batches=BatchRegisterService(uow),
        weighing=WeighingService(uow),
        acceptance=AcceptanceService(uow, tariffs, lambda: settings.get(s.OFFICE_POSTCODE)),
        batch_queue=QueueService(uow),
        corrections=CorrectionService(uow, tariffs),
        draft_edits=DraftEditService(uow),
        lists=ListService(uow, list_limits(settings), tariffs),
        manual_weights=ManualWeightService(uow),
        workstation_settings=WorkstationSettingsService(uow, settings),
        records=RecordService(uow),
        catalogues=CatalogueService(uow),
        competitors=CompetitorService(uow),
        # Event sources of the client timeline; complaints, offers and reminders add theirs here.
        timeline=TimelineService(
            uow,
            [
                ServiceRecordEvents(),
                FeedbackEvents(),
                ReminderEvents(),
                ContactNoteEvents(),
                OutreachEvents(),
                SurveyEvents(),
            ],
        ),
        reports=ReportService(uow),
        activity_reports=ActivityReportService(uow),
        record_exports=RecordExportService(uow),
        audit_log=AuditLogService(uow),
        calendar=calendar,
        feedback=feedback,
        feedback_queries=FeedbackQueries(uow, calendar, today),
        feedback_answers=AnswerService(
            uow,
            calendar,
            lambda: office_letterhead(settings),
            letters,
            today,
        ),
        feedback_analysis=FeedbackAnalysis(uow, today),
        mail=mail,
        ledger=LedgerService(uow),
        payments=PaymentService(uow),
        admission=AdmissionService(uow, quoted_total(tariffs), BATCH_MAIL_SERVICE),
        debtors=DebtorService(uow),
        reminders=ReminderService(uow, lambda: reminder_policy(settings)),
        contact_notes=ContactNoteService(uow),
        prospects=ProspectService(uow),
        conversions=ConversionService(uow, clients),
        offers=OfferService(uow, tariffs, lambda: office_letterhead(settings), letters, delivery=delivery),
        notices=NoticeService(uow, tariffs, lambda: office_letterhead(settings), letters),
        outreach_letters=LetterService(uow, mail, lambda: office_letterhead(settings)),
        letter_templates=LetterTemplateService(
            uow, letters, paths.data_dir / "letters", resource_path("letters")
        ),
        price_lists=price_lists,
        delivery=delivery,
        schedule=schedule,
        forms=forms,
        organisations=OrganisationService(uow),
        guiding_documents=GuidingDocumentService(uow),
        reference_imports=ReferenceImports(price_lists, delivery, schedule, forms),
        range_capacity=RangeCapacityService(identifiers, lambda: settings.get(s.RANGE_WARN_BELOW), uow),
        surveys=SurveyDesignService(uow),
        survey_answers=survey_answers,
        survey_results=SurveyResultsService(uow),
        survey_paper=PaperFormService(uow, lambda: office_letterhead_for_money(settings), today),
        survey_imports=SurveyImportService(uow, lambda: list_limits(settings), survey_answers.follow_up_due),
        survey_follow_ups=FollowUpService(uow, today),
        club=ClubService(uow, feedback, today),
        focus_groups=FocusGroupService(uow, lambda: office_letterhead_for_money(settings), letters, today),
        survey_offers=CounterOfferService(uow, lambda: settings.get(s.SURVEY_OFFER_AT_COUNTER), today),
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
        letterhead=office_letterhead_for_money(settings),
    )


def office_letterhead_for_money(settings: SettingsStore) -> Letterhead:
    """The office's one letterhead (the letter settings), as reminders and statements print it."""
    postcode = settings.get(s.OFFICE_POSTCODE)
    name = settings.get(s.OFFICE_NAME) or f"Отделение почтовой связи {postcode}".strip()
    return Letterhead(
        name,
        settings.get(s.OFFICE_ADDRESS),
        settings.get(s.OFFICE_CONTACTS),
        requisites=settings.get(s.OFFICE_REQUISITES),
        logo_file=settings.get(s.OFFICE_LOGO),
    )


def claim_periods(settings: SettingsStore) -> ClaimPeriods:
    return ClaimPeriods(settings.get(s.FEEDBACK_CLAIM_DAYS), settings.get(s.FEEDBACK_LOCAL_CLAIM_DAYS))


def register_rules(settings: SettingsStore) -> RegisterRules:
    return RegisterRules(claim_periods(settings), settings.get(s.FEEDBACK_MAX_ATTACHMENT_MB) * 2**20)


def office_letterhead(settings: SettingsStore) -> OfficeLetterhead:
    return OfficeLetterhead(
        office_name=settings.get(s.OFFICE_NAME),
        address=settings.get(s.OFFICE_ADDRESS),
        contacts=settings.get(s.OFFICE_CONTACTS),
        signatory=settings.get(s.LETTER_SIGNATORY),
        higher_name=settings.get(s.HIGHER_ORGANISATION_NAME),
        higher_address=settings.get(s.HIGHER_ORGANISATION_ADDRESS),
        requisites=settings.get(s.OFFICE_REQUISITES),
        logo_file=settings.get(s.OFFICE_LOGO),
    )


def smtp_settings(settings: SettingsStore) -> SmtpSettings:
    return SmtpSettings(
        host=settings.get(s.SMTP_HOST),
        port=settings.get(s.SMTP_PORT),
        security=settings.get(s.SMTP_SECURITY),
        login=settings.get(s.SMTP_LOGIN),
        password=settings.get(s.SMTP_PASSWORD),
        sender=settings.get(s.MAIL_FROM),
        timeout_s=settings.get(s.SMTP_TIMEOUT_S),
        ca_file=settings.get(s.SMTP_CA_FILE),
    )


def throttle_policy(settings: SettingsStore) -> ThrottlePolicy:
    return ThrottlePolicy(
        throttle_after=settings.get(s.THROTTLE_AFTER_FAILURES),
        throttle_seconds=settings.get(s.THROTTLE_SECONDS),
        lock_after=settings.get(s.LOCK_AFTER_FAILURES),
        workstation_lock_after=settings.get(s.WORKSTATION_LOCK_AFTER_FAILURES),
        lock_minutes=settings.get(s.LOCK_MINUTES),
    )


def automatic_backups(engine: Engine, paths: AppPaths, settings: SettingsStore) -> AutomaticBackups | None:
    """The automatic backups of an embedded (SQLite) database; ``None`` on PostgreSQL."""
    database = sqlite_file(engine)
    if database is None:
        return None
    return AutomaticBackups(paths.data_dir / "backups", database, settings.get(s.BACKUP_KEEP))


def back_up_automatically(engine: Engine, paths: AppPaths, settings: SettingsStore) -> None:
    """Before any migration, and at the first start of each day, copy the SQLite database."""
    backups = automatic_backups(engine, paths, settings)
    if backups is None or not backups.database.exists() or current_revision(engine) is None:
        return  # PostgreSQL, or a database being created now: nothing to keep yet
    if not is_at_head(engine):
        made = backups.make(f"before-{script_directory().get_current_head()}")
        log.info("backup before migrating: %s", made)
    elif settings.get(s.BACKUP_DAILY) and not backups.made_today():
        log.info("daily backup: %s", backups.make("daily"))


def list_limits(settings: SettingsStore) -> Limits:
    return Limits(
        max_file_bytes=settings.get(s.LISTS_MAX_FILE_MB) * 2**20, max_rows=settings.get(s.LISTS_MAX_ROWS)
    )
