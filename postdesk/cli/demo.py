"""``postdesk demo``: seed a demo database and start the application on it."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from typing import Any

from postdesk.bootstrap import build_core
from postdesk.cli.common import EXIT_OK, guarded, prepare
from postdesk.common import settings as s
from postdesk.db.engine import describe, sqlite_url
from postdesk.demo.batches import DEMO_OFFICE_POSTCODE, DemoBatchServices
from postdesk.demo.feedback import seed_demo_feedback
from postdesk.demo.outreach import seed_demo_prospects
from postdesk.demo.records import seed_demo_records
from postdesk.demo.seed import seed_demo
from postdesk.demo.surveys import seed_demo_surveys
from postdesk.devices.scales.simulator import ScaleSimulator


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = commands.add_parser(
        "demo",
        help="create a demo database (users, clients, contracts) and start the application on it",
        description="Without POSTDESK_DATABASE_URL the demo uses its own SQLite file, recreated each time; "
        "with it, the demo seeds that (empty) database.",
    )
    demo.add_argument("--no-gui", action="store_true", help="only seed the database")
    demo.set_defaults(handler=guarded(_demo))


def _demo(args: argparse.Namespace) -> int:
    simulator = None if args.no_gui else _start_scale_simulator()
    try:
        return _seed_and_run(args, simulator)
    finally:
        if simulator is not None:
            simulator.stop()


def _start_scale_simulator() -> ScaleSimulator:
    """A simulated Massa-K on a local TCP port; this process's scale settings point at it."""
    simulator = ScaleSimulator("massak100", tcp_port=0).start()
    os.environ["POSTDESK_SCALE_PORT"] = simulator.path
    os.environ["POSTDESK_SCALE_PROTOCOL"] = simulator.protocol
    os.environ["POSTDESK_SCALE_ENABLED"] = "1"
    return simulator


def _seed_and_run(args: argparse.Namespace, simulator: ScaleSimulator | None) -> int:
    # The demo office has a postcode, so «Место приёма» is filled on every form accepted in the demo.
    os.environ.setdefault("POSTDESK_OFFICE_POSTCODE", DEMO_OFFICE_POSTCODE)
    paths, settings, ring = prepare()
    url = settings.get(s.DATABASE_URL)
    demo_file = paths.demo_database_file
    if not url or url == sqlite_url(demo_file):
        for suffix in ("", "-wal", "-shm"):
            demo_file.with_name(demo_file.name + suffix).unlink(missing_ok=True)
        url = sqlite_url(demo_file)
    core = build_core(paths=paths, settings=settings, url=url)
    try:
        batches = DemoBatchServices(
            core.weighing, core.acceptance, core.batch_queue, core.office_postcode or DEMO_OFFICE_POSTCODE
        )
        accounts = seed_demo(core.uow, core.users, core.clients, batches=batches)
        seed_demo_records(core.uow, dt.date.today())
        feedback_count = seed_demo_feedback(core)
        prospects_count = seed_demo_prospects(core)
        survey_count = seed_demo_surveys(core)
        print(f"Demo database: {describe(core.engine)}")
        print(f"Feedback register: {feedback_count} items over the last year")
        print(f"Prospects: {prospects_count} at every stage of the pipeline")
        print(f"Questionnaires: {survey_count} answer sets over the last year")
        print("Accounts (login / password / role):")
        for account in accounts:
            print(f"  {account.login:<12} {account.password:<10} {account.role.value}")
        if url == sqlite_url(demo_file):
            print("Other commands work on it with --demo, e.g.: postdesk --demo batches list")
        if args.no_gui:
            return EXIT_OK
        from postdesk.ui.application import run_gui

        print(f"Scale simulator (Massa-K): {simulator.path if simulator else '-'}")
        return run_gui(core, ring, on_window=lambda window: _simulator_window(window, simulator))
    finally:
        core.close()


def _simulator_window(window: Any, simulator: ScaleSimulator | None) -> Any:
    """The small control window for the simulated scale, beside the main window."""
    if simulator is None:
        return None
    from postdesk.ui.counter.simulator_window import ScaleSimulatorWindow

    control = ScaleSimulatorWindow(simulator.model, simulator.path, window)
    control.move(window.geometry().right() - 420, window.geometry().top() + 60)
    control.show()
    return control
