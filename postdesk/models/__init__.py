"""Typed SQLAlchemy models on one declarative base. Importing this package registers them all."""

from postdesk.models.audit import AuditEntry
from postdesk.models.base import Base
from postdesk.models.batches import Batch, BatchItem, BatchStatus, ItemStatus
from postdesk.models.charges import ItemChargeRow, ServiceRecord
from postdesk.models.clients import Client, ClientStatus, ContactPerson
from postdesk.models.contracts import Contract, ContractService, ContractStatus, PaymentTerms, Service
from postdesk.models.identifiers import IdentifierRange
from postdesk.models.lists import ListProfile
from postdesk.models.money import DebtReminder, EntryKind, LedgerEntry, Payment, PaymentSource
from postdesk.models.users import Role, User, Workstation

__all__ = [
    "AuditEntry",
    "Base",
    "Batch",
    "BatchItem",
    "BatchStatus",
    "Client",
    "ClientStatus",
    "ContactPerson",
    "Contract",
    "ContractService",
    "ContractStatus",
    "DebtReminder",
    "EntryKind",
    "IdentifierRange",
    "ItemChargeRow",
    "ItemStatus",
    "LedgerEntry",
    "ListProfile",
    "Payment",
    "PaymentSource",
    "PaymentTerms",
    "Role",
    "Service",
    "ServiceRecord",
    "User",
    "Workstation",
]
