"""The unit of work: one transaction that rolls back unless explicitly committed.

Services open a unit of work per use case; nothing outside it sees a Session. Because the
default is rollback, an exception or an early return never leaves a half-written change.
"""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from postdesk.db.audit_chain import discard_pending, seal_pending


class UnitOfWork:
    def __init__(self, session_factory: Callable[[], Session]) -> None:
        self._session_factory = session_factory
        self._session: Session | None = None
        self.committed = False

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the unit of work is not open")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._session_factory()
        self.committed = False
        return self

    def commit(self) -> None:
        self.session.commit()
        self.committed = True

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        session = self.session
        try:
            if not self.committed:
                session.rollback()
        finally:
            session.close()
            self._session = None


class UnitOfWorkFactory:
    """Makes units of work on one engine; services receive this, never an engine or session."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Audit entries queued during the work become links of the chain at commit time.
        event.listen(self._sessions, "before_commit", seal_pending)
        event.listen(self._sessions, "after_rollback", discard_pending)

    def __call__(self) -> UnitOfWork:
        return UnitOfWork(self._sessions)
