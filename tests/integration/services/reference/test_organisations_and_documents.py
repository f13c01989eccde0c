"""Organisations beside the clients, and the guiding documents kept in the database."""

import datetime as dt

import pytest

from postdesk.common.errors import NotFound, PermissionDenied, UserError
from postdesk.models.reference import OrganisationKind
from postdesk.services.reference.data import OrganisationDraft

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_organisations_are_found_by_name_phone_or_contact(core, staff):
    uf = core.organisations.save(
        staff.supervisor,
        OrganisationDraft(
            "УФПС  Республики Мордовия", OrganisationKind.HIGHER, "+7 8342 00-00-00", "Иванова Анна"
        ),
    )
    core.organisations.save(
        staff.supervisor, OrganisationDraft("Типография «Оттиск»", OrganisationKind.PARTNER)
    )
    assert uf.name == "УФПС Республики Мордовия"
    assert [o.name for o in core.organisations.search(staff.operator, "мордовия")] == [uf.name]
    assert [o.id for o in core.organisations.search(staff.operator, "иванова")] == [uf.id]
    assert [o.id for o in core.organisations.search(staff.operator, "8342")] == [uf.id]
    assert len(core.organisations.search(staff.operator)) == 2
    changed = core.organisations.save(
        staff.supervisor, OrganisationDraft("УФПС Мордовии", OrganisationKind.HIGHER), uf.id
    )
    assert changed.id == uf.id and changed.phone == ""
    core.organisations.delete(staff.supervisor, uf.id)
    with pytest.raises(NotFound):
        core.organisations.delete(staff.supervisor, uf.id)


def test_organisations_are_edited_by_supervisors_and_need_a_name(core, staff):
    with pytest.raises(PermissionDenied):
        core.organisations.save(staff.operator, OrganisationDraft("X"))
    with pytest.raises(UserError):
        core.organisations.save(staff.supervisor, OrganisationDraft("   "))


def test_a_guiding_document_is_stored_and_read_back(core, staff):
    info = core.guiding_documents.add(
        staff.supervisor, " Порядок  приёма ", "order.pdf", PDF, dt.date(2026, 1, 1)
    )
    assert info.title == "Порядок приёма" and info.size == len(PDF)
    assert [d.id for d in core.guiding_documents.documents(staff.operator)] == [info.id]
    assert core.guiding_documents.content(staff.operator, info.id) == PDF
    with pytest.raises(UserError):
        core.guiding_documents.add(staff.supervisor, "Не PDF", "x.docx", b"PK\x03\x04")
    with pytest.raises(PermissionDenied):
        core.guiding_documents.add(staff.operator, "Порядок", "order.pdf", PDF)
    core.guiding_documents.delete(staff.supervisor, info.id)
    with pytest.raises(NotFound):
        core.guiding_documents.content(staff.operator, info.id)
