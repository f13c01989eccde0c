"""The unit of work: one transaction that rolls back unless explicitly committed.

Services open a unit of work per use case; nothing outside it sees a Session. Because the
default is rollback, an exception or an early return never leaves a half-written change.
A unit opened with ``read_only=True`` never takes the SQLite write lock (reads do not queue
behind a long acceptance) and is refused any write by PostgreSQL. A busy database or a lost
server connection leaves the unit as a plain, retryable :class:`UserError`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, Executable, Row, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from postdesk.db.audit_chain import discard_pending, seal_pending
from postdesk.db.engine import read_only_view
from postdesk.db.errors import user_error_for

log = logging.getLogger(__name__)


class UnitOfWork:
    def __init__(self, session_factory: Callable[[], Session], *, read_only: bool = False) -> None:
        self._session_factory = session_factory
        self._session: Session | None = None
        self.read_only = read_only
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
        if self.read_only:
            raise RuntimeError("a read-only unit of work cannot commit")
        self.session.commit()
        self.committed = True

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        session = self.session
        try:
            if not self.committed:
                session.rollback()
        except Exception:  # the connection may be gone already: the server rolled back for us
            if exc is None:
                raise
            log.debug("rollback after a failure failed too", exc_info=True)
        finally:
            session.close()
            self._session = None
        if exc is not None:
            friendly = user_error_for(exc)
            if friendly is not None:
                log.warning("database work abandoned: %s", exc)
                raise friendly from exc


class UnitOfWorkFactory:
    """Makes units of work on one engine; services receive this, never an engine or session."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(read_only_view(engine), expire_on_commit=False)
        self._single_reads = _single_read_engine(engine)
        # Audit entries queued during the work become links of the chain at commit time.
        event.listen(self._sessions, "before_commit", seal_pending)
        event.listen(self._sessions, "after_rollback", discard_pending)

    def __call__(self, *, read_only: bool = False) -> UnitOfWork:
        if read_only:
            return UnitOfWork(self._read_sessions, read_only=True)
        return UnitOfWork(self._sessions)

    def read_rows(self, statement: Executable, params: Mapping[str, Any]) -> Sequence[Row[Any]]:
        """The rows of one SELECT, for lookups that must answer in a few milliseconds; a busy
        database or a lost connection is the same plain :class:`UserError` as in a unit of work."""
        for attempt in (1, 2):
            try:
                with self._single_reads.connect() as connection:
                    return connection.execute(statement, dict(params)).all()
            except Exception as exc:
                if attempt == 1 and isinstance(exc, DBAPIError) and exc.connection_invalidated:
                    continue  # a pooled connection the server dropped: once more on a new one
                friendly = user_error_for(exc)
                if friendly is not None:
                    log.warning("database read abandoned: %s", exc)
                    raise friendly from exc
                raise
        raise AssertionError("unreachable")


def _single_read_engine(engine: Engine) -> Engine:
    """Where :meth:`UnitOfWorkFactory.read_rows` reads. One SELECT is its own consistent snapshot,
    so on PostgreSQL it runs outside a transaction on a small pool of its own that skips the
    pre-ping (a dropped connection is retried instead): one round trip instead of five (ping,
    BEGIN, SET TRANSACTION, SELECT, ROLLBACK). SQLite reads in-process, deferred and read-only."""
    if engine.dialect.name == "sqlite":
        return read_only_view(engine)
    lookups = create_engine(engine.url, pool_size=2, max_overflow=4, isolation_level="AUTOCOMMIT")
    event.listen(engine, "engine_disposed", lambda _engine: lookups.dispose())
    return lookups
