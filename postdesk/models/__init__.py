"""Typed SQLAlchemy models on one declarative base. Importing this package registers them all."""

from postdesk.models.audit import AuditEntry
from postdesk.models.base import Base
from postdesk.models.batches import Batch, BatchItem, BatchStatus, ItemStatus
from postdesk.models.calendar import CalendarDayEdit, CalendarYearRow
from postdesk.models.charges import ItemChargeRow, ServiceRecord
from postdesk.models.clients import Client, ClientStatus, ContactPerson
from postdesk.models.contracts import Contract, ContractService, ContractStatus, PaymentTerms, Service
from postdesk.models.feedback import (
    ClientFeedbackEvent,
    FeedbackAnswer,
    FeedbackAttachment,
    FeedbackCounter,
    FeedbackItem,
    FeedbackRequest,
    FeedbackStatAnswer,
    FeedbackStatGroup,
    FeedbackStatOverdue,
    FeedbackStatPeople,
)
from postdesk.models.identifiers import IdentifierRange
from postdesk.models.lists import ListProfile
from postdesk.models.mail import OutgoingMail
from postdesk.models.money import DebtReminder, EntryKind, LedgerEntry, Payment, PaymentSource
from postdesk.models.prospects import (
    ActivityKind,
    LetterKind,
    OutreachLetter,
    Prospect,
    ProspectActivity,
    ProspectContact,
    ProspectNeed,
    ProspectSource,
    Stage,
)
from postdesk.models.record_summaries import RecordClientMonth, RecordOperatorMonth, RecordRefusalMonth
from postdesk.models.records import (
    Competitor,
    CompetitorKind,
    ContactNote,
    Outcome,
    PriceObservation,
    PriceSource,
    ReasonScope,
    RefusalReason,
)
from postdesk.models.users import Role, SignInFailures, User, Workstation

__all__ = [
    "ActivityKind",
    "AuditEntry",
    "Base",
    "Batch",
    "BatchItem",
    "BatchStatus",
    "CalendarDayEdit",
    "CalendarYearRow",
    "Client",
    "ClientFeedbackEvent",
    "ClientStatus",
    "Competitor",
    "CompetitorKind",
    "ContactNote",
    "ContactPerson",
    "Contract",
    "ContractService",
    "ContractStatus",
    "DebtReminder",
    "EntryKind",
    "FeedbackAnswer",
    "FeedbackAttachment",
    "FeedbackCounter",
    "FeedbackItem",
    "FeedbackRequest",
    "FeedbackStatAnswer",
    "FeedbackStatGroup",
    "FeedbackStatOverdue",
    "FeedbackStatPeople",
    "IdentifierRange",
    "ItemChargeRow",
    "ItemStatus",
    "LedgerEntry",
    "LetterKind",
    "ListProfile",
    "Outcome",
    "OutgoingMail",
    "OutreachLetter",
    "Payment",
    "PaymentSource",
    "PaymentTerms",
    "PriceObservation",
    "PriceSource",
    "Prospect",
    "ProspectActivity",
    "ProspectContact",
    "ProspectNeed",
    "ProspectSource",
    "ReasonScope",
    "RecordClientMonth",
    "RecordOperatorMonth",
    "RecordRefusalMonth",
    "RefusalReason",
    "Role",
    "Service",
    "ServiceRecord",
    "SignInFailures",
    "Stage",
    "User",
    "Workstation",
]
