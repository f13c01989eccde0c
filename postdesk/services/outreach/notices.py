"""Notices to clients under contract: tariff changes for what they use, and contracts about to end.

A tariff notice lists only the prices that change for the kinds of mail (and, when price lists
of other services arrive, the services) the client used in the last 12 months: its accepted
batches and its service records. Each notice is stored (the client's timeline shows it) and
written as a PDF; a client already told about the same new version is not told twice.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.clients import Client
from postdesk.models.contracts import Contract, ContractStatus
from postdesk.models.prospects import LetterKind, OutreachLetter
from postdesk.printing.letters.model import Addressee, Letter
from postdesk.printing.letters.render import render_letter
from postdesk.printing.letters.templates import LetterTemplates
from postdesk.services.context import Actor
from postdesk.services.contract_terms import contract_in_force
from postdesk.services.counter.tariffs import TariffService
from postdesk.services.feedback.answers import OfficeLetterhead
from postdesk.services.outreach.letters import printed_head, store_letter
from postdesk.services.outreach.notice_changes import change_title, price_text, relevant, used_kinds
from postdesk.services.outreach.notice_versions import NoticeVersion, version_changes, versions
from postdesk.services.permissions import Permission, require
from postdesk.tariffs.changes import TariffChange

EXPIRY_DAYS = 30
# A letter made (not yet committed): the row, its client, the contract number, the changes listed.
_Made = tuple[OutreachLetter, Client, str, tuple[TariffChange, ...]]


@dataclass(frozen=True)
class NoticeSent:
    letter_id: int
    number: str
    client_id: int
    client_name: str
    inn: str
    email: str
    contract_number: str
    changes: tuple[TariffChange, ...]
    path: Path | None


def _file_name(prefix: str, inn: str, number: str) -> str:
    return f"{prefix}-{inn}-{re.sub(r'[^0-9A-Za-zА-Яа-яЁё-]+', '_', number).strip('_')}.pdf"


class NoticeService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        tariffs: TariffService,
        letterhead: Callable[[], OfficeLetterhead],
        templates: LetterTemplates,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._uow = uow
        self._tariffs = tariffs
        self._letterhead = letterhead
        self._templates = templates
        self._today = today

    def tariff_notices(
        self, actor: Actor, old_version: str, new_version: str, out_dir: Path | None
    ) -> list[NoticeSent]:
        """A notice to every client under contract whose used services change price."""
        require(actor, Permission.SEND_REMINDERS)
        changes, new = version_changes(self._tariffs, old_version, new_version)
        today = self._today()
        since = dt.datetime.combine(today - dt.timedelta(days=365), dt.time(), tzinfo=dt.UTC)
        office = self._letterhead()
        return self._write_all(
            out_dir,
            lambda session: self._tariff_letters(
                session,
                actor,
                office=office,
                changes=changes,
                version=new.version,
                title=new.title,
                today=today,
                since=since,
            ),
        )

    def _tariff_letters(
        self,
        session: Session,
        actor: Actor,
        *,
        office: OfficeLetterhead,
        changes: list[TariffChange],
        version: str,
        title: str,
        today: dt.date,
        since: dt.datetime,
    ) -> Iterator[_Made]:
        told = set(
            session.scalars(
                select(OutreachLetter.client_id).where(
                    OutreachLetter.kind == LetterKind.TARIFF_NOTICE, OutreachLetter.ref == version
                )
            )
        )
        # Clients with an active contract; which one is in force today is contract_terms' answer.
        client_ids = session.scalars(
            select(Contract.client_id)
            .where(Contract.status == ContractStatus.ACTIVE)
            .distinct()
            .order_by(Contract.client_id)
        ).all()
        for client_id in client_ids:
            if client_id in told:
                continue
            contract = contract_in_force(session, client_id, today)
            if contract is None:
                continue
            listed = relevant(changes, *used_kinds(session, client_id, since))
            if not listed:
                continue
            client = session.get_one(Client, client_id)
            paragraphs = self._templates.render_paragraphs(
                "tariff_notice.txt.j2",
                office=printed_head(office).office_name,
                organisation=client.full_name,
                contract=contract.number,
                tariff_title=title,
                effective_from=listed[0].effective_from,
                changes=[
                    {
                        "title": change_title(c),
                        "old": price_text(c.old_kop),
                        "new": price_text(c.new_kop),
                        "effective_from": c.effective_from,
                    }
                    for c in listed
                ],
            )
            row = OutreachLetter(
                kind=LetterKind.TARIFF_NOTICE,
                client_id=client.id,
                contract_id=contract.id,
                ref=version,
                summary=f"{len(listed)} изм.",
                addressee=client.full_name,
                subject=f"Об изменении тарифов с {listed[0].effective_from:%d.%m.%Y}",
            )
            letter = self._letter(session, actor, client, row, paragraphs, office=office, today=today)
            yield letter, client, contract.number, tuple(listed)

    def versions(self, actor: Actor) -> list[NoticeVersion]:
        """The tariff versions and imported price lists a notice can compare, oldest first."""
        require(actor, Permission.SEND_REMINDERS)
        return versions(self._tariffs)

    def expiry_reminders(self, actor: Actor, out_dir: Path | None) -> list[NoticeSent]:
        """A reminder for each active contract that ends within 30 days, once per contract and end date."""
        require(actor, Permission.SEND_REMINDERS)
        today = self._today()
        office = self._letterhead()
        return self._write_all(out_dir, lambda session: self._expiry_letters(session, actor, office, today))

    def _expiry_letters(
        self, session: Session, actor: Actor, office: OfficeLetterhead, today: dt.date
    ) -> Iterator[_Made]:
        contracts = session.scalars(
            select(Contract)
            .where(
                Contract.status == ContractStatus.ACTIVE,
                Contract.ends_on >= today,
                Contract.ends_on <= today + dt.timedelta(days=EXPIRY_DAYS),
            )
            .order_by(Contract.ends_on, Contract.id)
        ).all()
        for contract in contracts:
            ends_on = contract.ends_on or today
            ref = f"{contract.id}:{ends_on.isoformat()}"
            done = session.scalar(
                select(OutreachLetter.id).where(
                    OutreachLetter.kind == LetterKind.EXPIRY_REMINDER, OutreachLetter.ref == ref
                )
            )
            if done is not None:
                continue
            client = session.get_one(Client, contract.client_id)
            paragraphs = self._templates.render_paragraphs(
                "contract_expiry.txt.j2",
                office=printed_head(office).office_name,
                organisation=client.full_name,
                contract=contract.number,
                signed_on=contract.signed_on,
                ends_on=contract.ends_on,
            )
            row = OutreachLetter(
                kind=LetterKind.EXPIRY_REMINDER,
                client_id=client.id,
                contract_id=contract.id,
                ref=ref,
                addressee=client.full_name,
                summary=contract.number,
                subject=f"Об окончании срока действия договора № {contract.number}",
            )
            letter = self._letter(session, actor, client, row, paragraphs, office=office, today=today)
            yield letter, client, contract.number, ()

    def _letter(
        self,
        session: Session,
        actor: Actor,
        client: Client,
        row: OutreachLetter,
        paragraphs: tuple[str, ...],
        *,
        office: OfficeLetterhead,
        today: dt.date,
    ) -> OutreachLetter:
        addressee = Addressee(client.full_name, client.postal_address or client.legal_address, client.email)

        def draw(number: str) -> bytes:
            return render_letter(
                Letter(
                    printed_head(office),
                    addressee,
                    today,
                    number,
                    row.subject,
                    paragraphs,
                    office.signatory,
                )
            )

        return store_letter(session, actor, row, draw)

    def _write_all(
        self, out_dir: Path | None, letters: Callable[[Session], Iterator[_Made]]
    ) -> list[NoticeSent]:
        if out_dir is not None:
            out_dir.mkdir(parents=True, exist_ok=True)
        sent: list[NoticeSent] = []
        written: list[Path] = []
        with self._uow() as tx:
            try:
                for row, client, contract_number, listed in letters(tx.session):
                    path = None
                    if out_dir is not None:
                        prefix = "notice" if row.kind == LetterKind.TARIFF_NOTICE else "expiry"
                        path = out_dir / _file_name(prefix, client.inn, row.number)
                        path.write_bytes(row.pdf)
                        written.append(path)
                    sent.append(
                        NoticeSent(
                            row.id,
                            row.number,
                            client.id,
                            client.short_name,
                            client.inn,
                            client.email,
                            contract_number,
                            listed,
                            path,
                        )
                    )
                tx.commit()
            except BaseException:
                for path in written:  # nothing recorded, so no letter left behind either
                    path.unlink(missing_ok=True)
                raise
        return sent
