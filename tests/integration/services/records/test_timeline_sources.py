"""The timeline merges the events of every source handed to it, newest first, and pages across them."""

import datetime as dt

from postdesk.services.records.data import ServiceRecordDraft
from postdesk.services.records.record_events import ServiceRecordEvents
from postdesk.services.records.timeline import TimelineEvent, TimelineQuery, TimelineService
from tests.support.batches import make_client


class NoteEvents:
    """A second source, the way other areas add theirs: contact notes on fixed days."""

    kinds = frozenset({"note"})

    def __init__(self, days):
        self.days = days

    def events(self, session, query, limit):
        now = dt.datetime.now(dt.UTC)
        events = [
            TimelineEvent(now - dt.timedelta(days=d), "note", f"note {d}", f"note:{d}")
            for d in sorted(self.days)
        ]
        return [e for e in events if query.since is None or e.at >= query.since][:limit]


def test_sources_merge_newest_first_and_filter_by_kind(core, staff):
    client_id = make_client(core)[0]
    today = dt.date.today()
    for days in (1, 3, 5):
        core.records.add(
            staff.operator, ServiceRecordDraft(client_id, "parcels", on=today - dt.timedelta(days=days))
        )
    timeline = TimelineService(core.uow, [ServiceRecordEvents(), NoteEvents([2, 4, 6])])
    assert timeline.kinds == ["service", "refusal", "batch", "correction", "void", "note"]
    page = timeline.page(staff.operator, TimelineQuery(client_id), limit=4)
    assert [e.kind for e in page.events] == ["service", "note", "service", "note"] and page.has_more
    rest = timeline.page(staff.operator, TimelineQuery(client_id), offset=4, limit=4)
    assert [e.kind for e in rest.events] == ["service", "note"] and not rest.has_more
    notes = timeline.page(staff.operator, TimelineQuery(client_id, kinds=frozenset({"note"})))
    assert [e.summary for e in notes.events] == ["note 2", "note 4", "note 6"]
