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


# --- guessing passwords -------------------------------------------------------------------------
import datetime as dt  # noqa: E402

from argon2 import PasswordHasher  # noqa: E402
from sqlalchemy import update  # noqa: E402

from postdesk.common.errors import NotFound, ValidationFailed  # noqa: E402
from postdesk.models import SignInFailures  # noqa: E402
from postdesk.services.sign_in_throttle import ThrottlePolicy  # noqa: E402
from postdesk.services.users import UserService  # noqa: E402


class CountingHasher(PasswordHasher):
    def __init__(self) -> None:
        super().__init__()
        self.verified = 0

    def verify(self, hash, password):  # type: ignore[no-untyped-def]
        self.verified += 1
        return super().verify(hash, password)


def _service(core, **policy) -> UserService:
    return UserService(core.uow, CountingHasher(), throttle=ThrottlePolicy(**policy))


def _last_actions(core, n: int) -> list[str]:
    with core.uow() as tx:
        return list(tx.session.scalars(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(n)))


def test_unknown_and_disabled_logins_run_the_password_check_too(core, staff):
    users = _service(core)
    for login in ("nobody", "operator", "x" * 300):
        with pytest.raises(UserError):
            users.authenticate(login, "wrong-password-1", "ws-a")
    users.set_active(staff.admin, "supervisor", False)
    with pytest.raises(UserError, match="отключена"):
        users.authenticate("supervisor", PASSWORD, "ws-b")  # ws-a is slowed down by now
    assert users._hasher.verified == 4  # type: ignore[attr-defined]


def test_repeated_failures_slow_down_sign_in_even_with_the_right_password(core, staff):
    users = _service(core, throttle_after=2, throttle_seconds=60)
    for _ in range(2):
        with pytest.raises(UserError, match="Неверный"):
            users.authenticate("operator", "wrong-1", "ws-a")
    with pytest.raises(UserError, match="подождите"):
        users.authenticate("operator", PASSWORD, "ws-b")
    assert _last_actions(core, 1) == ["login_refused"]


def test_an_account_locks_after_repeated_failures_until_the_lock_ends_or_a_reset(core, staff):
    users = _service(core, throttle_after=100, lock_after=3, lock_minutes=15)
    for _ in range(3):
        with pytest.raises(UserError):
            users.authenticate("operator", "wrong-1", "ws-a")
    assert "sign_in_locked" in _last_actions(core, 3)
    with pytest.raises(UserError, match="заблокирован"):
        users.authenticate("operator", PASSWORD, "ws-b")
    with core.uow() as tx:  # the lock ended a quarter of an hour ago
        past = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=30)
        tx.session.execute(update(SignInFailures).values(last_at=past, locked_until=past))
        tx.commit()
    assert users.authenticate("operator", PASSWORD, "ws-b").login == "operator"
    for _ in range(3):
        with pytest.raises(UserError):
            users.authenticate("operator", "wrong-1", "ws-a")
    users.reset_password(staff.admin, "operator", "new-secret-42")
    assert users.authenticate("operator", "new-secret-42", "ws-a").login == "operator"
    assert "password_reset" in _last_actions(core, 2)


def test_a_workstation_locks_after_failures_on_any_login(core, staff):
    users = _service(core, throttle_after=100, lock_after=100, workstation_lock_after=3)
    for login in ("a1", "a2", "a3"):
        with pytest.raises(UserError):
            users.authenticate(login, "wrong-1", "kiosk")
    with pytest.raises(UserError, match="заблокирован"):
        users.authenticate("operator", PASSWORD, "kiosk")
    assert users.authenticate("operator", PASSWORD, "window-1").workstation == "window-1"


def test_administrators_disable_enable_and_reset(core, staff):
    with pytest.raises(PermissionDenied):
        core.users.set_active(staff.supervisor, "operator", False)
    with pytest.raises(PermissionDenied):
        core.users.set_active(staff.admin, "admin", False)
    with pytest.raises(NotFound):
        core.users.reset_password(staff.admin, "nobody", "new-secret-42")
    assert core.users.set_active(staff.admin, "operator", False).active is False
    with pytest.raises(UserError):
        core.users.authenticate("operator", PASSWORD, "ws")
    core.users.set_active(staff.admin, "operator", True)
    assert core.users.authenticate("operator", PASSWORD, "ws").login == "operator"
    assert {"user_disable", "user_enable"} <= set(_last_actions(core, 6))


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("short1", "не менее 8"),
        ("onlyletters", "и буквы, и цифры"),
        ("operator-12", "логин"),
        ("1a1a1a1a", "4"),
    ],
)
def test_password_policy(core, staff, password, reason):
    with pytest.raises(ValidationFailed) as refused:
        core.users.reset_password(staff.admin, "operator", password)
    assert reason in refused.value.errors["password"]
