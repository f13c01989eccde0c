"""Reading one prospect (with contacts and needs) into its view, its search text and audit snapshot."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from postdesk.common.errors import NotFound
from postdesk.common.i18n import translate
from postdesk.models.prospects import Prospect
from postdesk.models.records import Competitor
from postdesk.models.users import User
from postdesk.services.clients.service import fold
from postdesk.services.outreach.prospect_data import ContactView, ProspectView


def search_text(p: Prospect) -> str:
    parts = [p.name, p.inn, p.sector, *(c.name for c in p.contacts)]
    return fold(" | ".join(parts))[:800]


def load_prospect(session: Session, prospect_id: int) -> Prospect:
    prospect = session.scalar(
        select(Prospect)
        .options(selectinload(Prospect.contacts), selectinload(Prospect.services))
        .where(Prospect.id == prospect_id)
    )
    if prospect is None:
        raise NotFound(translate("Prospects", "The prospect no longer exists; refresh the list."))
    return prospect


def prospect_view(session: Session, p: Prospect) -> ProspectView:
    competitor = session.get(Competitor, p.competitor_id) if p.competitor_id else None
    owner = session.get(User, p.owner_id) if p.owner_id else None
    return ProspectView(
        id=p.id,
        name=p.name,
        inn=p.inn,
        kpp=p.kpp,
        sector=p.sector,
        address=p.address,
        phones=p.phones,
        email=p.email,
        source=p.source,
        stage=p.stage,
        lost_reason_code=p.lost_reason_code,
        contacts=tuple(ContactView(c.id, c.name, c.role, c.phones, c.email, c.decides) for c in p.contacts),
        services=tuple(s.service_code for s in p.services),
        competitor_name=competitor.name if competitor else "",
        competitor_price_kop=p.competitor_price_kop,
        competitor_service_code=p.competitor_service_code or "",
        monthly_volume=p.monthly_volume,
        proposed_discount_percent=p.proposed_discount_percent,
        next_action=p.next_action,
        next_action_on=p.next_action_on,
        owner_login=owner.login if owner else "",
        client_id=p.client_id,
        notes=p.notes,
    )


def snapshot(p: Prospect) -> dict[str, Any]:
    return {
        "name": p.name,
        "inn": p.inn,
        "stage": p.stage,
        "services": [s.service_code for s in p.services],
        "contacts": [c.name for c in p.contacts],
        "competitor_id": p.competitor_id,
        "competitor_price_kop": p.competitor_price_kop,
        "next_action_on": p.next_action_on,
    }
