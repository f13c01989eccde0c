"""Signing in and managing user accounts (argon2id password hashes).

Every attempt runs one argon2 verification, against a dummy hash when the login is unknown,
so the answer time says nothing about which logins exist. Failures are counted per login and
per workstation (``sign_in_throttle.py``); administrators disable accounts and reset passwords.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from postdesk.common.errors import ConflictError, NotFound, PermissionDenied, UserError, ValidationFailed
from postdesk.common.i18n import translate
from postdesk.db.clock import database_now
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.users import Role, User, Workstation
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.password_policy import password_problem
from postdesk.services.permissions import Permission, require
from postdesk.services.sign_in_throttle import SignInThrottle, ThrottlePolicy

_LOGIN_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


@dataclass(frozen=True)
class UserInfo:
    id: int
    login: str
    full_name: str
    role: Role
    active: bool


def _info(user: User) -> UserInfo:
    return UserInfo(user.id, user.login, user.full_name, user.role, user.active)


class UserService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        hasher: PasswordHasher | None = None,
        *,
        throttle: ThrottlePolicy | None = None,
        min_password_length: int = 8,
    ) -> None:
        self._uow = uow
        self._hasher = hasher or PasswordHasher()
        self._throttle = SignInThrottle(throttle or ThrottlePolicy())
        self._min_password_length = min_password_length
        self._dummy_hash = ""

    def _verify(self, user: User | None, password: str) -> bool:
        """One argon2 verification whatever the login: a dummy hash stands in for unknown ones."""
        if user is None and not self._dummy_hash:
            self._dummy_hash = self._hasher.hash(secrets.token_hex(16))
        stored = user.password_hash if user is not None else self._dummy_hash
        try:
            return bool(self._hasher.verify(stored, password))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def authenticate(
        self,
        login: str,
        password: str,
        workstation: str,
        office_postcode: str = "",
        *,
        action: str = "login",
    ) -> Actor:
        """Return the signed-in actor or raise a UserError that does not say which part was wrong.

        ``action`` names the audit entry: "login", or "unlock" when the idle lock is lifted.
        """
        login = login.strip().lower()
        anonymous = Actor(None, login or "?", "", Role.OPERATOR, workstation)
        with self._uow() as tx:
            session = tx.session
            now = database_now(session)
            refusal = self._throttle.refusal(session, login, workstation, now)
            if refusal is not None:
                audit.record(
                    session, anonymous, f"{action}_refused", "user", login, after={"reason": refusal}
                )
                tx.commit()
                raise UserError(refusal)
            user = session.scalar(select(User).where(User.login == login))
            ok = self._verify(user, password) and user is not None and user.active
            if not ok or user is None:
                for kind, key in self._throttle.failed(session, login, workstation, now):
                    audit.record(session, anonymous, "sign_in_locked", kind, key)
                audit.record(session, anonymous, f"{action}_failed", "user", login)
                tx.commit()
                raise UserError(translate("Users", "Wrong login or password, or the account is disabled."))
            self._throttle.clear(session, login, workstation)
            if self._hasher.check_needs_rehash(user.password_hash):
                user.password_hash = self._hasher.hash(password)
            if action == "login":
                self._register_workstation(session, workstation, office_postcode)
            actor = Actor(user.id, user.login, user.full_name, user.role, workstation)
            audit.record(session, actor, action, "user", user.id)
            tx.commit()
            return actor

    def record_session_event(self, actor: Actor, action: str) -> None:
        """Audit "logout" and "screen_locked" (they change nothing else)."""
        with self._uow() as tx:
            audit.record(tx.session, actor, action, "user", actor.user_id or actor.login)
            tx.commit()

    @staticmethod
    def _register_workstation(session: Session, name: str, office_postcode: str) -> None:
        if not name:
            return
        station = session.scalar(select(Workstation).where(Workstation.name == name))
        if station is None:
            session.add(Workstation(name=name, office_postcode=office_postcode or ""))
        elif office_postcode and station.office_postcode != office_postcode:
            station.office_postcode = office_postcode

    def _check_password(self, password: str, login: str) -> None:
        problem = password_problem(password, login, self._min_password_length)
        if problem:
            raise ValidationFailed(
                translate("Users", "The password was not accepted."), {"password": problem}
            )

    def add_user(self, actor: Actor, login: str, full_name: str, role: Role, password: str) -> UserInfo:
        require(actor, Permission.MANAGE_USERS)
        login = login.strip().lower()
        errors: dict[str, str] = {}
        if not _LOGIN_RE.match(login):
            errors["login"] = translate(
                "Users", "A login has 2 to 64 Latin letters, digits, dots, dashes or underscores."
            )
        if not full_name.strip():
            errors["full_name"] = translate("Users", "Enter the person's full name.")
        problem = password_problem(password, login, self._min_password_length)
        if problem:
            errors["password"] = problem
        if errors:
            raise ValidationFailed(translate("Users", "The account was not created."), errors)
        with self._uow() as tx:
            if tx.session.scalar(select(User.id).where(User.login == login)) is not None:
                raise ConflictError(translate("Users", "This login is already taken."))
            user = User(
                login=login, full_name=full_name.strip(), role=role, password_hash=self._hasher.hash(password)
            )
            tx.session.add(user)
            tx.session.flush()
            audit.record(
                tx.session,
                actor,
                "user_add",
                "user",
                user.id,
                after={"login": login, "full_name": user.full_name, "role": role},
            )
            tx.commit()
            return _info(user)

    def list_users(self, actor: Actor) -> list[UserInfo]:
        require(actor, Permission.MANAGE_USERS)
        with self._uow(read_only=True) as tx:
            return [_info(u) for u in tx.session.scalars(select(User).order_by(User.login))]

    def any_accounts(self) -> bool:
        """Whether the database has any account (the first administrator is created without one)."""
        with self._uow(read_only=True) as tx:
            return bool(tx.session.scalar(select(func.count()).select_from(User)))

    @staticmethod
    def _user(session: Session, login: str) -> User:
        user = session.scalar(select(User).where(User.login == login.strip().lower()).with_for_update())
        if user is None:
            raise NotFound(translate("Users", "There is no account with this login."))
        return user

    def set_active(self, actor: Actor, login: str, active: bool) -> UserInfo:
        """Disable an account (it can no longer sign in) or enable it again."""
        require(actor, Permission.MANAGE_USERS)
        with self._uow() as tx:
            user = self._user(tx.session, login)
            if not active and user.id == actor.user_id:
                raise PermissionDenied(translate("Users", "You cannot disable your own account."))
            if not active and user.role is Role.ADMIN and user.active:
                admins = tx.session.scalar(
                    select(func.count()).select_from(User).where(User.role == Role.ADMIN, User.active)
                )
                if (admins or 0) <= 1:
                    raise ConflictError(
                        translate("Users", "The last active administrator cannot be disabled.")
                    )
            if user.active != active:
                user.active = active
                audit.record(
                    tx.session,
                    actor,
                    "user_enable" if active else "user_disable",
                    "user",
                    user.id,
                    before={"active": not active},
                    after={"active": active},
                )
            tx.commit()
            return _info(user)

    def reset_password(self, actor: Actor, login: str, password: str) -> UserInfo:
        """Set a new password chosen by the administrator; it also lifts a sign-in lock."""
        require(actor, Permission.MANAGE_USERS)
        with self._uow() as tx:
            user = self._user(tx.session, login)
            self._check_password(password, user.login)
            user.password_hash = self._hasher.hash(password)
            self._throttle.clear(tx.session, user.login)
            audit.record(tx.session, actor, "password_reset", "user", user.id)
            tx.commit()
            return _info(user)
