"""Batch lists at the counter: check a client's file, remember how it maps, store it as a draft.

A checked list becomes a draft batch in ONE transaction (all valid rows or nothing), with an
audit entry; a rejected list leaves only the audit entry. Mappings and sheet choices are
remembered per client and file shape and applied by themselves the next time.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from postdesk.common.errors import NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.lists.check import CheckResult, OpenedList, check_list, open_list
from postdesk.lists.mapping import ColumnMapping
from postdesk.lists.safety import Limits
from postdesk.lists.validation import FeeOf, HasRate, StoredLookup, StoredMatches
from postdesk.models.batches import Batch, BatchItem, BatchStatus, ItemStatus
from postdesk.models.clients import Client
from postdesk.models.contracts import Contract
from postdesk.models.lists import ListProfile
from postdesk.postal.mailclasses import MailCategory, MailType
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.contract_terms import contract_in_force, discount_of
from postdesk.services.counter.list_client import ListClientCheck, check_list_client
from postdesk.services.counter.list_fees import listed_fee_checker
from postdesk.services.counter.list_items_store import insert_items
from postdesk.services.counter.tariffs import TariffService
from postdesk.services.permissions import Permission, require

T = TypeVar("T")

KIND_PROFILE = "mail_kind"


@dataclass(frozen=True)
class DraftInfo:
    id: int
    client_id: int
    list_number: str
    list_date: dt.date | None
    status: BatchStatus
    items_count: int
    mass_g: int
    declared_value_kop: int
    cod_kop: int
    source_file: str
    created_at: dt.datetime


class OtherClientList(UserError):
    """The list's title names another client and the operator has not confirmed taking it."""

    def __init__(self, check: ListClientCheck) -> None:
        super().__init__(
            check.message()
            + " "
            + translate("Lists", "Choose the client the list is from, or confirm taking it under this one.")
        )
        self.check = check


class ListService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        limits: Limits | None = None,
        tariffs: TariffService | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._uow = uow
        self._today = today
        self.limits = limits or Limits()
        self._tariffs = tariffs

    # --- checking ------------------------------------------------------------------------------
    def open(
        self,
        actor: Actor,
        client_id: int | None,
        path: Path,
        *,
        sheet: str | None = None,
        root: Path | None = None,
    ) -> tuple[OpenedList, bool]:
        """Open a list, on the sheet chosen last time; True when a remembered mapping was applied."""
        require(actor, Permission.ACCEPT_BATCHES)
        opened = open_list(path, sheet=sheet, limits=self.limits, root=root)
        if client_id is None:
            return opened, False
        if sheet is None and len(opened.table.sheet_names) > 1:
            remembered = self._profile(client_id, "sheet", opened.sheets_key)
            wanted = remembered.get("sheet") if remembered else None
            if wanted and wanted != opened.table.sheet and wanted in opened.table.sheet_names:
                opened = open_list(path, sheet=wanted, limits=self.limits, root=root)
        kind = self._profile(client_id, KIND_PROFILE, opened.shape_key)
        opened.remembered_kind = str(kind.get("phrase", "")) if kind else ""
        remembered = self._profile(client_id, "columns", opened.shape_key)
        if remembered:
            opened.guess.mapping = ColumnMapping.from_json(remembered)
            return opened, True
        return opened, False

    def check(
        self,
        actor: Actor,
        client_id: int | None,
        opened: OpenedList,
        mapping: ColumnMapping | None = None,
        progress: Callable[[int], None] | None = None,
        *,
        kind: str | None = None,
    ) -> CheckResult:
        """``kind``: the kind of the whole list; None takes the one the client gave last time."""
        require(actor, Permission.ACCEPT_BATCHES)
        lookup = self.stored_lookup(client_id)
        result = check_list(
            opened,
            mapping,
            lookup=lookup,
            fee_of=self.fee_checker(client_id),
            progress=progress,
            kind=opened.remembered_kind if kind is None else kind,
            has_rate=self.rate_checker(),
        )
        if client_id is not None:
            whose = self.client_check(actor, client_id, result)
            if whose.mismatch:
                result.findings.insert(0, whose.finding())
        return result

    def client_check(self, actor: Actor, client_id: int, result: CheckResult) -> ListClientCheck:
        """Whether the list's title names the chosen client, and the client it names if not."""
        require(actor, Permission.ACCEPT_BATCHES)
        with self._uow(read_only=True) as tx:
            if tx.session.get(Client, client_id) is None:
                raise NotFound(translate("Lists", "The client no longer exists; choose the client again."))
            return check_list_client(tx.session, client_id, result.title)

    def rate_checker(self) -> HasRate | None:
        """Rows of a kind the tariff in force does not price are findings of the check."""
        if self._tariffs is None:
            return None
        table = self._tariffs.in_force()

        def has_rate(mail_type: MailType, category: MailCategory) -> bool:
            return table.rate(mail_type, category) is not None

        return has_rate

    def fee_checker(self, client_id: int | None) -> FeeOf | None:
        """Fees are checked against the tariff in force and the client's contract discount."""
        if self._tariffs is None:
            return None
        discount = Decimal(0)
        if client_id is not None:
            with self._uow(read_only=True) as tx:
                discount = discount_of(contract_in_force(tx.session, client_id, self._today()))
        return listed_fee_checker(self._tariffs.in_force(), discount)

    def stored_lookup(self, client_id: int | None) -> StoredLookup:
        """Identifiers handed in by anyone, and recipients handed in by this client, in live batches."""

        def lookup(barcodes: Collection[str], keys: Collection[str]) -> StoredMatches:
            with self._uow(read_only=True) as tx:
                session = tx.session
                found_barcodes = _stored_matches(session, "barcode", barcodes, None)
                found_keys = (
                    _stored_matches(session, "recipient_key", keys, client_id)
                    if client_id is not None
                    else {}
                )
            return StoredMatches(found_barcodes, found_keys)

        return lookup

    # --- deciding ------------------------------------------------------------------------------
    def import_draft(
        self,
        actor: Actor,
        client_id: int,
        result: CheckResult,
        *,
        remember: bool = True,
        other_client_confirmed: bool = False,
    ) -> DraftInfo:
        """Store the valid rows as a draft batch, all in one transaction; nothing if no row is valid.

        A list whose title names another client is refused unless the operator confirmed taking it
        under this one (``other_client_confirmed``); the confirmation is audited with the draft.
        """
        require(actor, Permission.ACCEPT_BATCHES)
        items = result.valid_items()
        if not items:
            raise UserError(translate("Lists", "The list has no valid rows: there is nothing to import."))
        totals = result.totals()
        with self._uow() as tx:
            session = tx.session
            if session.get(Client, client_id) is None:
                raise NotFound(translate("Lists", "The client no longer exists; choose the client again."))
            whose = check_list_client(session, client_id, result.title)
            if whose.mismatch and not other_client_confirmed:
                raise OtherClientList(whose)
            first = items[0]
            batch = Batch(
                client_id=client_id,
                contract_id=_id_of(contract_in_force(session, client_id, self._today())),
                status=BatchStatus.DRAFT,
                list_number=result.info.number[:50],
                list_date=result.info.date,
                mail_type=_common(i.mail_type for i in items),
                mail_category=_common(i.mail_category for i in items),
                mail_rank=first.mail_rank,
                source_file=Path(result.info.path).name[:500],
                source_format=result.info.format,
                source_sha256=result.info.sha256,
                items_count=totals.items,
                mass_g=totals.mass_g,
                declared_value_kop=totals.declared_value_kop,
                cod_kop=totals.cod_kop,
                created_by=actor.user_id,
                workstation=actor.workstation,
            )
            session.add(batch)
            session.flush()
            insert_items(session.connection(), batch.id, items)
            audit.record(
                session,
                actor,
                "list_imported",
                "batch",
                batch.id,
                after={
                    "client_id": client_id,
                    "file": batch.source_file,
                    "sha256": batch.source_sha256,
                    "rows": result.rows,
                    "imported": totals.items,
                    "rejected_rows": result.invalid,
                    "mass_g": totals.mass_g,
                    "declared_value_kop": totals.declared_value_kop,
                    "cod_kop": totals.cod_kop,
                },
            )
            if whose.mismatch:
                audit.record(
                    session, actor, "list_other_client_confirmed", "batch", batch.id, after=whose.audit_data()
                )
            if remember:
                self._remember(session, actor, client_id, result)
            tx.commit()
            return _draft_info(batch)

    def reject(self, actor: Actor, client_id: int, result: CheckResult, reason: str = "") -> None:
        """Record that the list was refused and handed back; nothing else is stored."""
        require(actor, Permission.ACCEPT_BATCHES)
        with self._uow() as tx:
            audit.record(
                tx.session,
                actor,
                "list_rejected",
                "client",
                client_id,
                after={
                    "file": Path(result.info.path).name,
                    "sha256": result.info.sha256,
                    "rows": result.rows,
                    "invalid": result.invalid,
                    "reason": reason,
                },
            )
            tx.commit()

    def remember(self, actor: Actor, client_id: int, result: CheckResult) -> None:
        require(actor, Permission.ACCEPT_BATCHES)
        with self._uow() as tx:
            self._remember(tx.session, actor, client_id, result)
            tx.commit()

    def drafts(self, actor: Actor, client_id: int) -> list[DraftInfo]:
        require(actor, Permission.VIEW_CLIENTS)
        with self._uow(read_only=True) as tx:
            batches = tx.session.scalars(
                select(Batch)
                .where(Batch.client_id == client_id, Batch.status == BatchStatus.DRAFT)
                .order_by(Batch.created_at.desc(), Batch.id.desc())
            )
            return [_draft_info(b) for b in batches]

    def item_count(self, batch_id: int) -> int:
        with self._uow(read_only=True) as tx:
            return int(tx.session.scalar(select(func.count()).where(BatchItem.batch_id == batch_id)) or 0)

    def client_by_inn(self, actor: Actor, inn: str) -> int:
        require(actor, Permission.VIEW_CLIENTS)
        with self._uow(read_only=True) as tx:
            found = tx.session.scalar(select(Client.id).where(Client.inn == inn.strip()).order_by(Client.id))
        if found is None:
            raise NotFound(translate("Lists", "No client with INN %1.").replace("%1", inn))
        return int(found)

    # --- helpers -------------------------------------------------------------------------------
    def _profile(self, client_id: int, kind: str, key: str) -> dict[str, Any] | None:
        with self._uow(read_only=True) as tx:
            data = tx.session.scalar(
                select(ListProfile.data).where(
                    ListProfile.client_id == client_id, ListProfile.kind == kind, ListProfile.shape_key == key
                )
            )
            return dict(data) if data else None

    @staticmethod
    def _remember(session: Session, actor: Actor, client_id: int, result: CheckResult) -> None:
        entries = [("columns", result.shape_key, result.mapping.to_json())]
        if result.batch_kind:
            entries.append((KIND_PROFILE, result.shape_key, {"phrase": result.batch_kind}))
        if len(result.info.sheet_names) > 1 and result.info.sheet:
            from postdesk.lists.mapping import sheets_key

            entries.append(
                (
                    "sheet",
                    sheets_key(result.info.format, result.info.sheet_names),
                    {"sheet": result.info.sheet},
                )
            )
        for kind, key, data in entries:
            profile = session.scalar(
                select(ListProfile).where(
                    ListProfile.client_id == client_id, ListProfile.kind == kind, ListProfile.shape_key == key
                )
            )
            if profile is None:
                session.add(
                    ListProfile(
                        client_id=client_id, kind=kind, shape_key=key, data=data, updated_by=actor.user_id
                    )
                )
            elif profile.data != data:
                profile.data, profile.updated_by = data, actor.user_id
            else:
                continue
            audit.record(
                session, actor, "list_profile_saved", "client", client_id, after={"kind": kind, **data}
            )


# The list's values go in as ONE parameter and drive the join, so every value is one index probe
# (cost grows with the list, not with the items stored over the years) and there is one query per
# kind instead of hundreds of IN (...) lists. SQLite keeps a CROSS JOIN's order as written.
_STORED_SQL = """
SELECT v.value, b.id, b.list_number, b.status
FROM {values} {join} batch_items AS i ON i.{column} = v.value
JOIN batches AS b ON b.id = i.batch_id
WHERE b.status NOT IN ('{rejected}', '{voided}') AND i.status != '{item_voided}' {client}
ORDER BY i.id
"""


def _stored_matches(
    session: Session, column: str, values: Collection[str], client_id: int | None
) -> dict[str, str]:
    """Value -> where it was handed in first, for the values of ``column`` found in live batches."""
    if not values:
        return {}
    sqlite = session.get_bind().dialect.name == "sqlite"
    sql = _STORED_SQL.format(
        values="json_each(:values) AS v" if sqlite else "unnest(CAST(:values AS text[])) AS v(value)",
        join="CROSS JOIN" if sqlite else "JOIN",
        column=column,
        client="AND b.client_id = :client" if client_id is not None else "",
        rejected=BatchStatus.REJECTED.value,
        voided=BatchStatus.VOIDED.value,
        item_voided=ItemStatus.VOIDED.value,
    )
    params: dict[str, Any] = {"values": json.dumps(list(values)) if sqlite else list(values)}
    if client_id is not None:
        params["client"] = client_id
    found: dict[str, str] = {}
    for value, batch_id, number, status in session.execute(text(sql), params):
        if value and value not in found:
            found[value] = _where(batch_id, number, BatchStatus(status))
    return found


def _where(batch_id: int, number: str, status: BatchStatus) -> str:
    state = translate("Lists", "draft") if status is BatchStatus.DRAFT else translate("Lists", "accepted")
    return (
        translate("Lists", "batch %1, list № %2 (%3)")
        .replace("%1", str(batch_id))
        .replace("%2", number or "—")
        .replace("%3", state)
    )


def _common(values: Iterable[T | None]) -> T | None:
    """The one value every item has, or None (a mixed list: each item says its own)."""
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else None


def _draft_info(batch: Batch) -> DraftInfo:
    return DraftInfo(
        batch.id,
        batch.client_id,
        batch.list_number,
        batch.list_date,
        batch.status,
        batch.items_count,
        batch.mass_g,
        batch.declared_value_kop,
        batch.cod_kop,
        batch.source_file,
        batch.created_at,
    )


def _id_of(contract: Contract | None) -> int | None:
    return contract.id if contract is not None else None
