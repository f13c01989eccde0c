"""Contact notes on SQLite and PostgreSQL: written by the counter, audited, on the timeline."""

import pytest
from sqlalchemy import select

from postdesk.common.errors import UserError
from postdesk.models import AuditEntry, ContactPerson
from postdesk.services.records.data import ServiceRecordDraft
from postdesk.services.records.timeline import TimelineQuery
from tests.support.batches import make_client


def test_a_note_is_on_the_timeline_newest_first_and_filtered_by_kind(core, staff):
    client_id, _ = make_client(core)
    other_id, _ = make_client(core, inn="1300000024")
    with core.uow() as tx:
        person = ContactPerson(client_id=client_id, name="Иванова Мария")
        tx.session.add(person)
        tx.session.flush()
        person_id = person.id
        tx.commit()
    core.records.add(staff.operator, ServiceRecordDraft(client_id, "parcels"))
    note = core.contact_notes.add(
        staff.operator, client_id, "  обещали привезти партию в пятницу ", person_id
    )
    assert note.text == "обещали привезти партию в пятницу" and note.contact_name == "Иванова Мария"
    page = core.timeline.page(staff.operator, TimelineQuery(client_id))
    assert [e.kind for e in page.events] == ["note", "service"]
    assert page.events[0].summary == "Иванова Мария: обещали привезти партию в пятницу"
    only = core.timeline.page(staff.operator, TimelineQuery(client_id, frozenset({"note"})))
    assert [e.kind for e in only.events] == ["note"]
    assert core.timeline.page(staff.operator, TimelineQuery(other_id)).events == ()
    with core.uow() as tx:
        entry = tx.session.scalars(select(AuditEntry).where(AuditEntry.action == "contact_note_add")).one()
        assert entry.object_id == str(client_id)


def test_empty_notes_and_another_clients_contact_are_refused_and_nothing_is_written(core, staff):
    client_id, _ = make_client(core)
    other_id, _ = make_client(core, inn="1300000024")
    with core.uow() as tx:
        person = ContactPerson(client_id=other_id, name="Петров")
        tx.session.add(person)
        tx.session.flush()
        foreign = person.id
        tx.commit()
    with pytest.raises(UserError, match="Напишите"):
        core.contact_notes.add(staff.operator, client_id, "   ")
    with pytest.raises(UserError, match="другого клиента"):
        core.contact_notes.add(staff.operator, client_id, "звонил", foreign)
    assert core.timeline.page(staff.operator, TimelineQuery(client_id)).events == ()
