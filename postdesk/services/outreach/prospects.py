"""The prospects pipeline: organisations we want as clients, their stage, next action and activities.

Competitors come from the records' directory (a new name is added there) and the price a
prospect says it pays is also written as a price observation, so the competitor report sees it.
A prospect is lost only with a reason from the refusal reasons catalogue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from postdesk.common.errors import NotFound, UserError, ValidationFailed
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.base import utc_now
from postdesk.models.prospects import (
    ActivityKind,
    Prospect,
    ProspectActivity,
    ProspectContact,
    ProspectNeed,
    Stage,
)
from postdesk.models.records import Competitor, PriceObservation, PriceSource, RefusalReason
from postdesk.models.users import User
from postdesk.services import audit
from postdesk.services.clients.service import fold
from postdesk.services.context import Actor
from postdesk.services.outreach.prospect_data import (
    OPEN_STAGES,
    ActivityView,
    ProspectBoard,
    ProspectDraft,
    ProspectRow,
    ProspectView,
    validate_prospect,
)
from postdesk.services.outreach.prospect_rows import load_prospect, prospect_view, search_text, snapshot
from postdesk.services.permissions import Permission, require
from postdesk.services.records import rules
from postdesk.services.records.recording import competitor_named

BOARD_LIMIT = 200


class ProspectService:
    def __init__(self, uow: UnitOfWorkFactory, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._uow = uow
        self._today = today

    # --- writing -------------------------------------------------------------------------------
    def save(self, actor: Actor, draft: ProspectDraft) -> ProspectView:
        """Create (owned by the actor) or update a prospect with its contacts and needs."""
        require(actor, Permission.WORK_PROSPECTS)
        draft = replace(
            draft, name=" ".join(draft.name.split()), inn=draft.inn.strip(), kpp=draft.kpp.strip()
        )
        errors = validate_prospect(draft)
        if errors:
            raise ValidationFailed(
                translate("Prospects", "The prospect was not saved: correct the marked fields."), errors
            )
        with self._uow() as tx:
            session = tx.session
            for code in draft.services:
                rules.load_service(session, code)
            if draft.id is None:
                prospect = Prospect(owner_id=actor.user_id, stage=Stage.NEW)
                session.add(prospect)
                before: dict[str, Any] = {}
            else:
                prospect = load_prospect(session, draft.id)
                before = snapshot(prospect)
            self._apply(session, actor, prospect, draft)
            session.flush()
            old, new = audit.changed_fields(before, snapshot(prospect))
            action = "prospect_create" if draft.id is None else "prospect_update"
            if new or draft.id is None:
                audit.record(session, actor, action, "prospect", prospect.id, before=old or None, after=new)
            view = prospect_view(session, prospect)
            tx.commit()
            return view

    def _apply(self, session: Session, actor: Actor, p: Prospect, d: ProspectDraft) -> None:
        p.name, p.inn, p.kpp, p.sector = d.name, d.inn, d.kpp.upper(), d.sector.strip()
        p.address, p.phones, p.email = d.address.strip(), d.phones.strip(), d.email.strip()
        p.source, p.notes = d.source, d.notes
        p.monthly_volume, p.proposed_discount_percent = d.monthly_volume, d.proposed_discount_percent
        p.next_action, p.next_action_on = d.next_action.strip(), d.next_action_on
        p.contacts = [
            ProspectContact(
                name=c.name.strip(),
                role=c.role.strip(),
                phones=c.phones.strip(),
                email=c.email.strip(),
                decides=c.decides,
            )
            for c in d.contacts
        ]
        p.services = [ProspectNeed(service_code=code) for code in sorted(set(d.services))]
        price_changed = (
            d.competitor_price_kop is not None and d.competitor_price_kop != p.competitor_price_kop
        )
        if d.competitor_name.strip():
            competitor = competitor_named(session, actor, d.competitor_name)
            price_changed = price_changed or competitor.id != p.competitor_id
            p.competitor_id = competitor.id
        else:
            p.competitor_id = None
        p.competitor_price_kop = d.competitor_price_kop
        service_code = d.competitor_service_code or (d.services[0] if d.services else "batch_mail")
        p.competitor_service_code = rules.load_service(session, service_code).code
        p.search_text = search_text(p)
        if price_changed and p.competitor_id is not None and d.competitor_price_kop is not None:
            session.add(
                PriceObservation(
                    competitor_id=p.competitor_id,
                    service_code=p.competitor_service_code,
                    price_kop=d.competitor_price_kop,
                    unit="item",
                    observed_on=self._today(),
                    source=PriceSource.CLIENT_SAID,
                    user_login=actor.login,
                )
            )

    def set_stage(self, actor: Actor, prospect_id: int, stage: Stage, reason_code: str = "") -> ProspectView:
        """Move a prospect along the pipeline; lost needs an active reason from the catalogue."""
        require(actor, Permission.WORK_PROSPECTS)
        with self._uow() as tx:
            session = tx.session
            prospect = load_prospect(session, prospect_id)
            if prospect.stage == Stage.WON and stage != Stage.WON:
                raise UserError(
                    translate(
                        "Prospects", "The contract with this prospect is signed; its stage no longer changes."
                    )
                )
            reason = None
            if stage == Stage.LOST:
                if not reason_code:
                    raise UserError(translate("Prospects", "Choose the reason the prospect was lost."))
                reason = session.get(RefusalReason, reason_code)
                if reason is None or not reason.active:
                    raise NotFound(
                        translate("Prospects", "There is no reason «%1» in the catalogue.").replace(
                            "%1", reason_code
                        )
                    )
            elif reason_code:
                raise UserError(translate("Prospects", "A reason is given only when a prospect is lost."))
            before = {"stage": prospect.stage, "reason": prospect.lost_reason_code}
            prospect.stage = stage
            prospect.lost_reason_code = reason.code if reason else None
            audit.record(
                session,
                actor,
                "prospect_stage",
                "prospect",
                prospect.id,
                before=before,
                after={"stage": stage, "reason": prospect.lost_reason_code},
            )
            view = prospect_view(session, prospect)
            tx.commit()
            return view

    def log_activity(
        self,
        actor: Actor,
        prospect_id: int,
        kind: ActivityKind,
        outcome: str,
        *,
        next_action: str | None = None,
        next_action_on: dt.date | None = None,
    ) -> ActivityView:
        """Write down a call, visit, letter, e-mail or meeting, and optionally the next action."""
        require(actor, Permission.WORK_PROSPECTS)
        with self._uow() as tx:
            session = tx.session
            prospect = load_prospect(session, prospect_id)
            row = ProspectActivity(
                prospect_id=prospect.id,
                kind=kind,
                outcome=outcome.strip(),
                user_login=actor.login,
                at=utc_now(),
            )
            session.add(row)
            prospect.last_activity_at = row.at
            if prospect.stage == Stage.NEW:
                prospect.stage = Stage.CONTACTED
            if next_action is not None:
                prospect.next_action, prospect.next_action_on = next_action.strip(), next_action_on
            session.flush()
            audit.record(
                session,
                actor,
                "prospect_activity",
                "prospect",
                prospect.id,
                after={"kind": kind, "outcome": row.outcome, "next_action_on": next_action_on},
            )
            view = ActivityView(row.id, row.kind, row.at, row.outcome, row.user_login)
            tx.commit()
            return view

    # --- reading -------------------------------------------------------------------------------
    def get(self, actor: Actor, prospect_id: int) -> ProspectView:
        require(actor, Permission.WORK_PROSPECTS)
        with self._uow(read_only=True) as tx:
            return prospect_view(tx.session, load_prospect(tx.session, prospect_id))

    def activities(self, actor: Actor, prospect_id: int, limit: int = 100) -> list[ActivityView]:
        require(actor, Permission.WORK_PROSPECTS)
        A = ProspectActivity  # noqa: N806
        with self._uow(read_only=True) as tx:
            rows = tx.session.scalars(
                select(A).where(A.prospect_id == prospect_id).order_by(A.at.desc(), A.id.desc()).limit(limit)
            )
            return [ActivityView(r.id, r.kind, r.at, r.outcome, r.user_login) for r in rows]

    def board(
        self,
        actor: Actor,
        *,
        text: str = "",
        stage: Stage | None = None,
        mine: bool = False,
        due_only: bool = False,
        include_closed: bool = False,
        limit: int = BOARD_LIMIT,
    ) -> ProspectBoard:
        """The first screen: matching prospects by the date of their next action, and the counts."""
        require(actor, Permission.WORK_PROSPECTS)
        today = self._today()
        # The matching ids first (read from the index), then the columns and names of those only.
        ids = select(Prospect.id)
        words = fold(text).split()
        for word in words:
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            ids = ids.where(Prospect.search_text.like(f"%{escaped}%", escape="\\"))
        if stage is not None:
            ids = ids.where(Prospect.stage == stage)
        elif due_only or not (words or include_closed):
            ids = ids.where(Prospect.stage.in_(OPEN_STAGES))
        if mine:
            ids = ids.where(Prospect.owner_id == actor.user_id)
        if due_only:
            ids = ids.where(Prospect.next_action_on <= today)
        order = (Prospect.next_action_on.is_(None), Prospect.next_action_on, Prospect.id)
        query = (
            select(
                Prospect.id,
                Prospect.name,
                Prospect.inn,
                Prospect.stage,
                Prospect.next_action,
                Prospect.next_action_on,
                User.login,
                Competitor.name,
                Prospect.competitor_price_kop,
            )
            .outerjoin(User, User.id == Prospect.owner_id)
            .outerjoin(Competitor, Competitor.id == Prospect.competitor_id)
            .where(Prospect.id.in_(ids.order_by(*order).limit(limit).scalar_subquery()))
            .order_by(*order)
        )
        with self._uow(read_only=True) as tx:
            session = tx.session
            rows = tuple(self._row(r, today) for r in session.execute(query))
            counts = {
                stage_: int(n)
                for stage_, n in session.execute(
                    select(Prospect.stage, func.count()).group_by(Prospect.stage)
                )
            }
            due = self._due_count(session, today, actor if mine else None)
        return ProspectBoard(rows, counts, due)

    def due(self, actor: Actor, *, mine: bool = False, limit: int = BOARD_LIMIT) -> list[ProspectRow]:
        """Open prospects whose next action is today or earlier, the most overdue first."""
        return list(self.board(actor, mine=mine, due_only=True, limit=limit).rows)

    @staticmethod
    def _row(r: Any, today: dt.date) -> ProspectRow:
        pid, name, inn, stage, action, action_on, login, competitor, price = r
        overdue = action_on is not None and action_on < today and stage in OPEN_STAGES
        return ProspectRow(
            pid, name, inn, stage, action, action_on, login or "", competitor or "", price, overdue
        )

    @staticmethod
    def _due_count(session: Session, today: dt.date, actor: Actor | None) -> int:
        query = select(func.count()).where(Prospect.stage.in_(OPEN_STAGES), Prospect.next_action_on <= today)
        if actor is not None:
            query = query.where(Prospect.owner_id == actor.user_id)
        return int(session.scalar(query) or 0)
