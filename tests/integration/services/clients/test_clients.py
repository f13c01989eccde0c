"""Client service on real databases: validation, search, contracts, roles and audit."""

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from postdesk.common.errors import ConflictError, PermissionDenied, ValidationFailed
from postdesk.models import AuditEntry
from postdesk.postal.requisites import inn_check_digits
from postdesk.services.clients.data import ClientDraft, ContactDraft, ContractDraft

INN = inn_check_digits("132600001")


def _draft(**changes):
    values = dict(
        full_name="Общество с ограниченной ответственностью «Ёлка»",
        short_name="ООО «Ёлка»",
        inn=INN,
        kpp="132601001",
        contacts=[ContactDraft("Иванова Анна", "бухгалтер")],
    )
    values.update(changes)
    return ClientDraft(**values)


def _contract(client_id, **changes):
    values = dict(
        client_id=client_id,
        number="П-17/2026",
        signed_on=dt.date(2026, 1, 10),
        starts_on=dt.date(2026, 1, 10),
        ends_on=dt.date(2026, 12, 1),
        services=["batch_mail", "parcels"],
        accept_without_client=True,
        lists_on_media=True,
        discount_percent=Decimal("5.5"),
        weight_tolerance_percent=Decimal("3"),
        weight_tolerance_g=10,
    )
    values.update(changes)
    return ContractDraft(**values)


def test_invalid_inn_is_refused_with_a_field_message(core, staff):
    with pytest.raises(ValidationFailed) as caught:
        core.clients.save_client(staff.operator, _draft(inn="1326000011"))
    assert set(caught.value.errors) == {"inn"}


def test_save_search_and_reload(core, staff):
    client_id = core.clients.save_client(staff.operator, _draft())
    for query in ("ёлка", "ЕЛКА", INN[:6], "елк"):
        assert [c.id for c in core.clients.search(staff.operator, query)] == [client_id], query
    assert core.clients.search(staff.operator, "ромашка") == []
    details = core.clients.get(staff.operator, client_id)
    assert details.draft.contacts[0].name == "Иванова Анна"


def test_search_by_contract_number_and_expiry_flag(core, staff):
    today = dt.date(2026, 11, 22)
    core.clients._today = lambda: today
    client_id = core.clients.save_client(staff.operator, _draft())
    core.clients.save_contract(staff.supervisor, _contract(client_id))
    found = core.clients.search(staff.operator, "п-17/2026")
    assert [c.id for c in found] == [client_id]
    assert found[0].expiring and found[0].contract_ends_on == dt.date(2026, 12, 1)
    assert [c.number for c in core.clients.expiring_contracts(staff.operator)] == ["П-17/2026"]
    assert [c.id for c in core.clients.search(staff.operator, "", expiring_only=True)] == [client_id]
    details = core.clients.get(staff.operator, client_id)
    contract = details.contracts[0]
    assert contract.services == ("batch_mail", "parcels")
    assert contract.accept_without_client and contract.lists_on_media and not contract.lists_electronic
    assert contract.discount_percent == Decimal("5.50")
    assert (contract.weight_tolerance_percent, contract.weight_tolerance_g) == (Decimal("3.00"), 10)


def test_weight_tolerance_limits(core, staff):
    client_id = core.clients.save_client(staff.operator, _draft())
    with pytest.raises(ValidationFailed) as caught:
        core.clients.save_contract(staff.supervisor, _contract(client_id, weight_tolerance_g=-1))
    assert "weight_tolerance" in caught.value.errors


def test_operator_may_not_edit_contracts(core, staff):
    client_id = core.clients.save_client(staff.operator, _draft())
    with pytest.raises(PermissionDenied):
        core.clients.save_contract(staff.operator, _contract(client_id))
    assert core.clients.get(staff.operator, client_id).contracts == ()


def test_duplicate_inn_and_kpp_is_a_conflict(core, staff):
    core.clients.save_client(staff.operator, _draft())
    with pytest.raises(ConflictError):
        core.clients.save_client(staff.operator, _draft(short_name="Другая"))


def test_changes_are_audited_with_before_and_after(core, staff):
    client_id = core.clients.save_client(staff.operator, _draft())
    draft = core.clients.get(staff.operator, client_id).draft
    draft.phones = "+7 (8342) 55-55-55"
    core.clients.save_client(staff.supervisor, draft)
    with core.uow() as tx:
        entries = tx.session.scalars(
            select(AuditEntry).where(AuditEntry.object_type == "client").order_by(AuditEntry.id)
        ).all()
        assert [e.action for e in entries] == ["client_create", "client_update"]
        update = entries[1]
        assert update.user_login == "supervisor" and update.workstation == "test-ws"
        assert update.before == {"phones": ""} and update.after == {"phones": "+7 (8342) 55-55-55"}


def test_contract_dates_are_checked(core, staff):
    client_id = core.clients.save_client(staff.operator, _draft())
    with pytest.raises(ValidationFailed) as caught:
        core.clients.save_contract(staff.supervisor, _contract(client_id, ends_on=dt.date(2025, 1, 1)))
    assert "ends_on" in caught.value.errors
