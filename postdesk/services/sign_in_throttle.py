"""Slowing down and then locking out repeated failed sign-ins, per login and per workstation.

Counters live in the database (``sign_in_failures``) and use the database server's clock, so
every workstation sharing a database sees the same lock and a workstation's own clock cannot
shorten it. Unknown logins are counted like known ones: a lock says nothing about existence.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from postdesk.common.i18n import translate
from postdesk.models.users import SignInFailures

LOGIN = "login"
WORKSTATION = "workstation"


@dataclass(frozen=True)
class ThrottlePolicy:
    throttle_after: int = 3
    throttle_seconds: int = 5
    lock_after: int = 10
    workstation_lock_after: int = 30
    lock_minutes: int = 15

    def lock_threshold(self, kind: str) -> int:
        return self.lock_after if kind == LOGIN else self.workstation_lock_after


class SignInThrottle:
    def __init__(self, policy: ThrottlePolicy) -> None:
        self.policy = policy

    def _row(self, session: Session, kind: str, key: str, now: dt.datetime) -> SignInFailures:
        """The counter row, created if missing and locked for this transaction on PostgreSQL."""
        values = {"kind": kind, "key": key[:100], "failures": 0, "first_at": now, "last_at": now}
        insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
        session.execute(insert(SignInFailures).values(**values).on_conflict_do_nothing())
        row = session.scalar(
            select(SignInFailures)
            .where(SignInFailures.kind == kind, SignInFailures.key == key[:100])
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        assert row is not None
        return row

    def _expired(self, row: SignInFailures, now: dt.datetime) -> bool:
        idle = now - row.last_at > dt.timedelta(minutes=self.policy.lock_minutes)
        return idle and (row.locked_until is None or row.locked_until <= now)

    def refusal(self, session: Session, login: str, workstation: str, now: dt.datetime) -> str | None:
        """Why an attempt is refused before its password is even checked, or ``None``."""
        for kind, key in ((LOGIN, login), (WORKSTATION, workstation)):
            if not key:
                continue
            row = self._row(session, kind, key, now)
            if self._expired(row, now):
                continue
            if row.locked_until is not None and now < row.locked_until:
                minutes = math.ceil((row.locked_until - now).total_seconds() / 60)
                return translate(
                    "Users", "Too many failed sign-in attempts: sign-in is locked for {n} min."
                ).replace("{n}", str(minutes))
            if row.failures >= self.policy.throttle_after:
                wait = self.policy.throttle_seconds * 2 ** (row.failures - self.policy.throttle_after)
                wait = min(wait, self.policy.lock_minutes * 60)
                left = (row.last_at + dt.timedelta(seconds=wait) - now).total_seconds()
                if left > 0:
                    return translate(
                        "Users", "Too many failed sign-in attempts: wait {n} s and try again."
                    ).replace("{n}", str(math.ceil(left)))
        return None

    def failed(
        self, session: Session, login: str, workstation: str, now: dt.datetime
    ) -> list[tuple[str, str]]:
        """Count a failure; returns the (kind, key) counters that this failure locked."""
        locked = []
        for kind, key in ((LOGIN, login), (WORKSTATION, workstation)):
            if not key:
                continue
            row = self._row(session, kind, key, now)
            if self._expired(row, now):
                row.failures, row.first_at, row.locked_until = 0, now, None
            row.failures += 1
            row.last_at = now
            lock_over = row.locked_until is None or row.locked_until <= now
            if row.failures >= self.policy.lock_threshold(kind) and lock_over:
                row.locked_until = now + dt.timedelta(minutes=self.policy.lock_minutes)
                locked.append((kind, key))
        return locked

    @staticmethod
    def clear(session: Session, login: str, workstation: str = "") -> None:
        """A successful sign-in (or a password reset) starts the counters afresh."""
        for kind, key in ((LOGIN, login), (WORKSTATION, workstation)):
            if key:
                session.execute(
                    delete(SignInFailures).where(SignInFailures.kind == kind, SignInFailures.key == key[:100])
                )
