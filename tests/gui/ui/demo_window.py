"""The whole demo in one database, and the window over it, for the tests at 1280×720."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from postdesk.bootstrap import Core
from postdesk.common.paths import AppPaths
from postdesk.demo.batches import DemoBatchServices
from postdesk.demo.feedback import seed_demo_feedback
from postdesk.demo.outreach import seed_demo_prospects
from postdesk.demo.records import seed_demo_records
from postdesk.demo.seed import seed_demo
from postdesk.demo.surveys import seed_demo_surveys
from postdesk.models.batches import Batch, BatchStatus
from postdesk.models.users import User
from postdesk.services.clients.data import ClientDetails
from postdesk.services.context import Actor
from postdesk.ui.application import GuiParts
from postdesk.ui.context import UiContext
from postdesk.ui.main_window import MainWindow
from postdesk.ui.operations.base import Operation
from tests.support.core import make_core
from tests.support.once import built_once, copy_of

WIDTH, HEIGHT = 1280, 720
DATABASE = "postdesk.sqlite3"


def seed_whole_demo(core: Core) -> Actor:
    """Every demo area seeded; returns the demo supervisor, who sees every page."""
    today = dt.date.today()
    services = DemoBatchServices(core.weighing, core.acceptance, core.batch_queue)
    seed_demo(core.uow, core.users, core.clients, today, batches=services)
    seed_demo_records(core.uow, today)
    seed_demo_feedback(core, today)
    seed_demo_prospects(core, today)
    seed_demo_surveys(core, today)
    return demo_supervisor(core)


def _seed_into(folder: Path) -> None:
    core = make_core(f"sqlite:///{folder / DATABASE}", _paths(folder))
    try:
        seed_whole_demo(core)
    finally:
        core.close()


def _paths(folder: Path) -> AppPaths:
    return AppPaths(data_dir=folder / "data", config_dir=folder / "config", log_dir=folder / "logs").ensure()


def whole_demo_core(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> tuple[Core, Path]:
    """A core over a private copy of the whole demo (seeded once for the run), and its folder."""
    shared = built_once(tmp_path_factory, worker_id, "whole-demo", _seed_into)
    folder = copy_of(shared, tmp_path_factory, "whole-demo")
    return make_core(f"sqlite:///{folder / DATABASE}", _paths(folder)), folder


def demo_supervisor(core: Core) -> Actor:
    with core.uow() as tx:
        user = tx.session.scalars(select(User).where(User.login == "supervisor")).one()
        return Actor(user.id, user.login, user.full_name, user.role, "demo-ws")


@dataclass
class Env:
    core: Core
    parts: GuiParts
    ctx: UiContext
    window: MainWindow
    client_id: int  # the long-named client, with a contract
    folder: Path

    def fetch(self, operation: Operation[Any]) -> Any:
        """The value of an operation (the test's task runner is synchronous)."""
        found: list[Any] = []
        self.ctx.tasks.start(operation, found.append)
        assert found, f"{operation!r} gave nothing"
        return found[0]

    def details(self) -> ClientDetails:
        return self.fetch(self.ctx.ops.clients.get(self.client_id))

    def items(self, status: str) -> list[Any]:
        with self.core.uow() as tx:
            batch_id = tx.session.scalars(
                select(Batch.id).where(Batch.status == BatchStatus(status)).order_by(Batch.id)
            ).first()
        assert batch_id is not None
        return self.fetch(self.ctx.ops.counter.items(batch_id))
