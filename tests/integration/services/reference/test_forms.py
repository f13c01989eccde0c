"""Forms and packaging: stock through movements only, never below zero; a sale records a service."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from postdesk.common.errors import NotFound, PermissionDenied, UserError
from postdesk.models import ServiceRecord, StockMovement
from postdesk.models.reference import FormKind
from postdesk.services.reference.importers import FormRow
from tests.support.batches import make_client

CATALOGUE = [
    FormRow("f116", "Бланк ф.116", FormKind.FORM, "item", 300, 20, 5),
    FormRow("box_s", "Коробка S", FormKind.PACKAGING, "item", 8000, 3, 2),
]


def test_a_sale_lowers_the_stock_and_records_the_service_for_the_client(core, staff):
    client_id = make_client(core)[0]
    core.forms.store(staff.supervisor, CATALOGUE, "forms.csv")
    sale = core.forms.sell(staff.operator, client_id, "box_s", 2)
    assert sale.form.stock == 1 and sale.amount_kop == 16000 and sale.form.is_low
    with core.uow() as tx:
        record = tx.session.get(ServiceRecord, sale.service_record_id)
        assert (record.service_code, record.items_count, record.amount_kop, record.client_id) == (
            "packaging",
            2,
            16000,
            client_id,
        )
        movements = tx.session.scalars(select(StockMovement).order_by(StockMovement.id)).all()
        assert [(m.form_code, m.kind.value, m.quantity) for m in movements] == [
            ("f116", "received", 20),
            ("box_s", "received", 3),
            ("box_s", "sold", -2),
        ]
    assert [f.code for f in core.forms.low_stock(staff.operator)] == ["box_s"]


def test_selling_more_than_in_stock_writes_nothing(core, staff):
    client_id = make_client(core)[0]
    core.forms.store(staff.supervisor, CATALOGUE, "forms.csv")
    with pytest.raises(UserError, match="3"):
        core.forms.sell(staff.operator, client_id, "box_s", 4)
    with core.uow() as tx:
        assert tx.session.scalars(select(ServiceRecord)).all() == []
    assert {f.code: f.stock for f in core.forms.catalogue(staff.operator)}["box_s"] == 3


def test_receiving_and_writing_off_are_a_supervisors_with_a_reason(core, staff):
    core.forms.store(staff.supervisor, CATALOGUE, "forms.csv")
    with pytest.raises(PermissionDenied):
        core.forms.receive(staff.operator, "f116", 10)
    assert core.forms.receive(staff.supervisor, "f116", 10).stock == 30
    with pytest.raises(UserError):
        core.forms.write_off(staff.supervisor, "f116", 1, "  ")
    assert core.forms.write_off(staff.supervisor, "f116", 5, "испорчены").stock == 25
    with pytest.raises(NotFound):
        core.forms.receive(staff.supervisor, "nope", 1)
    with pytest.raises(UserError):
        core.forms.receive(staff.supervisor, "f116", 0)


def test_a_second_import_updates_prices_and_adds_stock(core, staff):
    core.forms.store(staff.supervisor, CATALOGUE, "forms.csv")
    core.forms.store(
        staff.supervisor, [FormRow("f116", "Бланк ф. 116", FormKind.FORM, "item", 350, 10, 5)], "b.csv"
    )
    form = {f.code: f for f in core.forms.catalogue(staff.operator)}["f116"]
    assert (form.name, form.price_kop, form.stock) == ("Бланк ф. 116", 350, 30)


OPERATIONS = st.lists(
    st.tuples(st.sampled_from(["receive", "sell", "write_off"]), st.integers(1, 15)), min_size=1, max_size=12
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=OPERATIONS)
def test_stock_is_never_negative_and_always_the_sum_of_movements(sqlite_core, sqlite_staff, operations):
    core, staff = sqlite_core, sqlite_staff
    if not core.forms.catalogue(staff.operator):
        make_client(core)
        core.forms.store(staff.supervisor, CATALOGUE[:1], "forms.csv")
    with core.uow() as tx:
        from postdesk.models import Client

        client_id = tx.session.scalars(select(Client.id)).first()
    for action, quantity in operations:
        try:
            if action == "receive":
                core.forms.receive(staff.supervisor, "f116", quantity)
            elif action == "sell":
                core.forms.sell(staff.operator, client_id, "f116", quantity)
            else:
                core.forms.write_off(staff.supervisor, "f116", quantity, "брак")
        except UserError:
            pass
        stock = core.forms.catalogue(staff.operator)[0].stock
        assert stock >= 0
        with core.uow() as tx:
            moved = sum(tx.session.scalars(select(StockMovement.quantity)))
        assert stock == moved
