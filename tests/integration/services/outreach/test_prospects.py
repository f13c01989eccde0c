"""The prospects pipeline on a real database: stages, activities, due actions, roles, conversion."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from postdesk.common.errors import NotFound, PermissionDenied, UserError, ValidationFailed
from postdesk.models.clients import Client
from postdesk.models.contracts import Contract, ContractStatus
from postdesk.models.prospects import ActivityKind, Stage
from postdesk.models.records import PriceObservation, PriceSource
from postdesk.services.outreach.prospect_data import ProspectDraft
from postdesk.services.records.timeline import TimelineQuery
from tests.support.outreach import add_prospect


def test_a_prospect_keeps_contacts_needs_and_the_competitors_price(core, staff) -> None:  # type: ignore[no-untyped-def]
    prospect = add_prospect(core, staff.operator)
    assert prospect.stage == Stage.NEW and prospect.owner_login == "operator"
    assert prospect.decision_maker is not None and prospect.decision_maker.name == "Иванов Иван Иванович"
    assert prospect.competitor_name == "Курьер-Экспресс" and prospect.competitor_price_kop == 8000
    directory = {c.name for c in core.competitors.directory(staff.operator)}
    assert "Курьер-Экспресс" in directory
    with core.uow() as tx:
        (observed,) = tx.session.scalars(select(PriceObservation)).all()
        assert (observed.service_code, observed.price_kop, observed.source) == (
            "batch_mail",
            8000,
            PriceSource.CLIENT_SAID,
        )


def test_the_inn_is_optional_but_checked_when_given(sqlite_core, sqlite_staff) -> None:  # type: ignore[no-untyped-def]
    without = sqlite_core.prospects.save(sqlite_staff.operator, ProspectDraft(name="ИП Сидоров"))
    assert without.inn == ""
    with pytest.raises(ValidationFailed) as bad:
        sqlite_core.prospects.save(
            sqlite_staff.operator, ProspectDraft(name="ООО «Опечатка»", inn="7707083894")
        )
    assert "inn" in bad.value.errors and "контрольн" in bad.value.errors["inn"].lower()


def test_stages_move_forward_and_lost_needs_a_reason_from_the_catalogue(core, staff) -> None:  # type: ignore[no-untyped-def]
    prospect = add_prospect(core, staff.operator)
    assert core.prospects.set_stage(staff.operator, prospect.id, Stage.NEGOTIATING).stage == Stage.NEGOTIATING
    with pytest.raises(UserError):
        core.prospects.set_stage(staff.operator, prospect.id, Stage.LOST)
    with pytest.raises(NotFound):
        core.prospects.set_stage(staff.operator, prospect.id, Stage.LOST, "no_such_reason")
    lost = core.prospects.set_stage(staff.operator, prospect.id, Stage.LOST, "competitor")
    assert (lost.stage, lost.lost_reason_code) == (Stage.LOST, "competitor")
    reopened = core.prospects.set_stage(staff.operator, prospect.id, Stage.CONTACTED)
    assert (reopened.stage, reopened.lost_reason_code) == (Stage.CONTACTED, None)


def test_activities_are_logged_and_set_the_next_action(sqlite_core, sqlite_staff) -> None:  # type: ignore[no-untyped-def]
    core, operator = sqlite_core, sqlite_staff.operator
    prospect = add_prospect(core, operator, next_action_on=None, next_action="")
    week = dt.date.today() + dt.timedelta(days=7)
    core.prospects.log_activity(operator, prospect.id, ActivityKind.CALL, "Секретарь: директор в отпуске")
    core.prospects.log_activity(
        operator,
        prospect.id,
        ActivityKind.MEETING,
        "Обсудили объёмы",
        next_action="Отправить КП",
        next_action_on=week,
    )
    history = core.prospects.activities(operator, prospect.id)
    assert [a.kind for a in history] == [ActivityKind.MEETING, ActivityKind.CALL]
    again = core.prospects.get(operator, prospect.id)
    assert (again.stage, again.next_action, again.next_action_on) == (Stage.CONTACTED, "Отправить КП", week)


def test_due_today_lists_open_prospects_whose_action_is_today_or_earlier(core, staff) -> None:  # type: ignore[no-untyped-def]
    today = dt.date.today()
    overdue = add_prospect(
        core, staff.operator, name="Просрочено", inn="", next_action_on=today - dt.timedelta(days=2)
    )
    add_prospect(core, staff.operator, name="Сегодня", inn="", next_action_on=today)
    add_prospect(core, staff.operator, name="Завтра", inn="", next_action_on=today + dt.timedelta(days=1))
    closed = add_prospect(core, staff.operator, name="Закрыто", inn="", next_action_on=today)
    core.prospects.set_stage(staff.operator, closed.id, Stage.LOST, "price")
    add_prospect(core, staff.supervisor, name="Чужое", inn="", next_action_on=today)

    due = core.prospects.due(staff.operator, mine=True)
    assert [r.name for r in due] == ["Просрочено", "Сегодня"]
    assert due[0].id == overdue.id and due[0].overdue and not due[1].overdue
    board = core.prospects.board(staff.operator)
    assert board.due_count == 3 and board.stage_counts[Stage.NEW] == 4 and board.stage_counts[Stage.LOST] == 1
    assert [r.name for r in core.prospects.board(staff.operator, text="завтра").rows] == ["Завтра"]


def test_conversion_carries_requisites_and_contacts_and_opens_a_draft_contract(core, staff) -> None:  # type: ignore[no-untyped-def]
    prospect = add_prospect(core, staff.operator)
    offer = core.offers.for_prospect(staff.supervisor, prospect.id)
    with pytest.raises(PermissionDenied):
        core.conversions.convert(staff.operator, prospect.id)
    done = core.conversions.convert(staff.supervisor, prospect.id)
    timeline = core.timeline.page(staff.operator, TimelineQuery(done.client_id, frozenset({"offer"})))
    assert [e.ref for e in timeline.events] == [f"outreach_letter:{offer.letter_id}"]
    client = core.clients.get(staff.supervisor, done.client_id)
    assert (client.draft.inn, client.draft.kpp, client.draft.full_name) == (
        "7707083893",
        "770701001",
        "ООО «Ромашка»",
    )
    assert client.draft.postal_address == "430005, г. Саранск, ул. Ленина, д. 10"
    assert [c.name for c in client.draft.contacts] == ["Петрова Анна Сергеевна", "Иванов Иван Иванович"]
    assert client.draft.contacts[1].email == "ivanov@example.ru"
    (contract,) = client.contracts
    assert contract.status == ContractStatus.DRAFT and contract.services == ("batch_mail",)
    assert str(contract.discount_percent) in {"10", "10.00"}
    won = core.prospects.get(staff.operator, prospect.id)
    assert (won.stage, won.client_id) == (Stage.WON, done.client_id)
    with pytest.raises(UserError):
        core.conversions.convert(staff.supervisor, prospect.id)
    with pytest.raises(UserError):
        core.prospects.set_stage(staff.operator, prospect.id, Stage.LOST, "price")


def test_a_prospect_without_an_inn_is_not_converted_and_nothing_is_written(sqlite_core, sqlite_staff) -> None:  # type: ignore[no-untyped-def]
    prospect = add_prospect(sqlite_core, sqlite_staff.operator, inn="")
    with pytest.raises(UserError) as refused:
        sqlite_core.conversions.convert(sqlite_staff.supervisor, prospect.id)
    assert "ИНН" in refused.value.message
    with sqlite_core.uow() as tx:
        assert tx.session.scalars(select(Contract)).all() == []
    assert sqlite_core.prospects.get(sqlite_staff.operator, prospect.id).stage == Stage.NEW


def test_a_conversion_that_fails_at_the_contract_writes_no_client(core, staff, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    prospect = add_prospect(core, staff.operator)
    with core.uow() as tx:
        clients_before = tx.session.scalar(select(func.count(Client.id)))

    def refuse(*_args: object) -> int:
        raise ValidationFailed("договор не сохранён", {"number": "занят"})

    monkeypatch.setattr(core.clients, "save_contract_in", refuse)
    with pytest.raises(ValidationFailed):
        core.conversions.convert(staff.supervisor, prospect.id)
    with core.uow() as tx:
        assert tx.session.scalar(select(func.count(Client.id))) == clients_before
        assert tx.session.scalars(select(Contract)).all() == []
    unchanged = core.prospects.get(staff.operator, prospect.id)
    assert (unchanged.stage, unchanged.client_id) == (Stage.NEW, None)


def test_roles_operators_work_prospects_supervisors_make_offers(sqlite_core, sqlite_staff) -> None:  # type: ignore[no-untyped-def]
    prospect = add_prospect(sqlite_core, sqlite_staff.operator)
    with pytest.raises(PermissionDenied):
        sqlite_core.offers.for_prospect(sqlite_staff.operator, prospect.id)
    with pytest.raises(PermissionDenied):
        sqlite_core.notices.expiry_reminders(sqlite_staff.operator, None)
    assert sqlite_core.offers.for_prospect(sqlite_staff.supervisor, prospect.id).number.startswith("КП-")
