"""Signing in and managing user accounts (argon2id password hashes)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.common.errors import ConflictError, UserError, ValidationFailed
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.users import Role, User, Workstation
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require

_LOGIN_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class UserInfo:
    id: int
    login: str
    full_name: str
    role: Role
    active: bool


class UserService:
    def __init__(self, uow: UnitOfWorkFactory, hasher: PasswordHasher | None = None) -> None:
        self._uow = uow
        self._hasher = hasher or PasswordHasher()

    def authenticate(self, login: str, password: str, workstation: str, office_postcode: str = "") -> Actor:
        """Return the signed-in actor or raise a UserError that does not say which part was wrong."""
        login = login.strip().lower()
        with self._uow() as tx:
            user = tx.session.scalar(select(User).where(User.login == login))
            ok = False
            if user is not None and user.active:
                try:
                    ok = self._hasher.verify(user.password_hash, password)
                except (VerifyMismatchError, VerificationError, InvalidHashError):
                    ok = False
            if not ok or user is None:
                anonymous = Actor(None, login or "?", "", Role.OPERATOR, workstation)
                audit.record(tx.session, anonymous, "login_failed", "user", login)
                tx.commit()
                raise UserError(translate("Users", "Wrong login or password, or the account is disabled."))
            if self._hasher.check_needs_rehash(user.password_hash):
                user.password_hash = self._hasher.hash(password)
            self._register_workstation(tx.session, workstation, office_postcode)
            actor = Actor(user.id, user.login, user.full_name, user.role, workstation)
            audit.record(tx.session, actor, "login", "user", user.id)
            tx.commit()
            return actor

    @staticmethod
    def _register_workstation(session: Session, name: str, office_postcode: str) -> None:
        if not name:
            return
        station = session.scalar(select(Workstation).where(Workstation.name == name))
        if station is None:
            session.add(Workstation(name=name, office_postcode=office_postcode or ""))
        elif office_postcode and station.office_postcode != office_postcode:
            station.office_postcode = office_postcode

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
        if len(password) < MIN_PASSWORD_LENGTH:
            errors["password"] = translate("Users", "A password has at least 8 characters.")
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
            return UserInfo(user.id, user.login, user.full_name, user.role, user.active)

    def list_users(self, actor: Actor) -> list[UserInfo]:
        require(actor, Permission.MANAGE_USERS)
        with self._uow(read_only=True) as tx:
            users = tx.session.scalars(select(User).order_by(User.login))
            return [UserInfo(u.id, u.login, u.full_name, u.role, u.active) for u in users]
