"""The client's timeline gets every offer and notice (tariff changes, contract expiry) sent to the client."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.common.i18n import translate
from postdesk.models.prospects import LetterKind, OutreachLetter
from postdesk.services.records.timeline import TimelineEvent, TimelineQuery

OFFER, NOTICE = "offer", "notice"
_KIND_OF = {
    LetterKind.OFFER: OFFER,
    LetterKind.TARIFF_NOTICE: NOTICE,
    LetterKind.EXPIRY_REMINDER: NOTICE,
}


def _summary(row: OutreachLetter) -> str:
    if row.kind == LetterKind.OFFER:
        text = translate("Timeline", "Offer %1: %2").replace("%1", row.number).replace("%2", row.summary)
    elif row.kind == LetterKind.TARIFF_NOTICE:
        text = translate("Timeline", "Tariff change notice %1").replace("%1", row.number)
    else:
        text = translate("Timeline", "Contract expiry reminder %1").replace("%1", row.number)
    return text


class OutreachEvents:
    kinds = frozenset({OFFER, NOTICE})

    def events(self, session: Session, query: TimelineQuery, limit: int) -> list[TimelineEvent]:
        L = OutreachLetter  # noqa: N806 (the table, as in the other sources)
        wanted_kinds = [k for k, kind in _KIND_OF.items() if kind in query.wants(self.kinds)]
        wanted = select(L).where(L.client_id == query.client_id, L.kind.in_(wanted_kinds))
        wanted = query.within(wanted, L.at)
        rows = session.scalars(wanted.order_by(L.at.desc(), L.id.desc()).limit(limit))
        return [
            TimelineEvent(
                at=row.at,
                kind=_KIND_OF[row.kind],
                summary=_summary(row),
                ref=f"outreach_letter:{row.id}",
                amount_kop=row.saving_kop,
            )
            for row in rows
        ]
