"""The unit of work rolls back unless committed; the audit log cannot be rewritten."""

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DBAPIError

from postdesk.models import AuditEntry, Workstation


def _count(core, model):
    with core.uow() as tx:
        return tx.session.scalar(select(func.count()).select_from(model))


def test_uncommitted_work_is_rolled_back(core):
    with core.uow() as tx:
        tx.session.add(Workstation(name="ws-1", office_postcode="430005"))
        tx.session.flush()
    assert _count(core, Workstation) == 0


def test_exception_rolls_back_even_after_flush(core):
    with pytest.raises(RuntimeError), core.uow() as tx:
        tx.session.add(Workstation(name="ws-2", office_postcode="430005"))
        tx.session.flush()
        raise RuntimeError("boom")
    assert _count(core, Workstation) == 0


def test_committed_work_stays(core):
    with core.uow() as tx:
        tx.session.add(Workstation(name="ws-3", office_postcode="430005"))
        tx.commit()
    assert _count(core, Workstation) == 1


def test_audit_log_refuses_update_and_delete(core, staff):
    assert _count(core, AuditEntry) > 0
    for statement in (update(AuditEntry).values(action="forged"), delete(AuditEntry)):
        with pytest.raises(DBAPIError, match="append-only"), core.uow() as tx:
            tx.session.execute(statement)
            tx.commit()
    with core.engine.connect() as connection:
        assert (
            connection.execute(text("SELECT count(*) FROM audit_log WHERE action = 'forged'")).scalar() == 0
        )
