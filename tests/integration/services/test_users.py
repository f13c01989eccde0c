import pytest
from sqlalchemy import select

from postdesk.common.errors import PermissionDenied, UserError
from postdesk.models import AuditEntry, Role, User, Workstation
from tests.support.core import PASSWORD


def test_password_is_stored_as_argon2id(core, staff):
    with core.uow() as tx:
        user = tx.session.scalar(select(User).where(User.login == "operator"))
        assert user.password_hash.startswith("$argon2id$")
        assert PASSWORD not in user.password_hash


def test_sign_in_registers_the_workstation_and_audits(core, staff):
    actor = core.users.authenticate("Operator", PASSWORD, "window-2", "430005")
    assert actor.role is Role.OPERATOR and actor.workstation == "window-2"
    with core.uow() as tx:
        assert (
            tx.session.scalar(select(Workstation.office_postcode).where(Workstation.name == "window-2"))
            == "430005"
        )
        assert tx.session.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(1)) == "login"


def test_wrong_password_is_refused_and_audited(core, staff):
    with pytest.raises(UserError):
        core.users.authenticate("operator", "wrong", "window-2")
    with core.uow() as tx:
        assert (
            tx.session.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(1))
            == "login_failed"
        )


def test_only_admins_manage_users(core, staff):
    with pytest.raises(PermissionDenied):
        core.users.add_user(staff.supervisor, "newbie", "Новичок", Role.OPERATOR, "password-1")
    assert (
        core.users.add_user(staff.admin, "newbie", "Новичок", Role.OPERATOR, "password-1").login == "newbie"
    )
