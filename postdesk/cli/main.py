"""Entry point of the ``postdesk`` command."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

import postdesk
from postdesk.cli import (
    admin,
    audit,
    batches,
    calendar,
    clients,
    demo,
    feedback,
    lists,
    money,
    outreach,
    printing,
    prospects,
    ranges,
    records,
    reference,
    reports,
    scale,
    surveys,
)
from postdesk.cli.common import EXIT_OK, fail, guarded, open_core
from postdesk.common.paths import AppPaths
from postdesk.db.engine import sqlite_url

COMMAND_MODULES = [
    admin,
    audit,
    demo,
    clients,
    records,
    reports,
    lists,
    batches,
    printing,
    scale,
    calendar,
    feedback,
    money,
    prospects,
    outreach,
    reference,
    ranges,
    surveys,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="postdesk",
        description="Corporate-client counter workstation. Without a command, starts the application.",
    )
    parser.add_argument("--version", action="version", version=f"postdesk {postdesk.__version__}")
    parser.add_argument(
        "--no-error-dialogs",
        action="store_true",
        help="write errors to the log instead of showing dialogs (for tests and kiosks)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="work on the demo database made by 'postdesk demo' (e.g. postdesk --demo batches list)",
    )
    parser.set_defaults(handler=guarded(_run_app))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    app = commands.add_parser("app", help="start the application (the default)")
    app.set_defaults(handler=guarded(_run_app))
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def _run_app(args: argparse.Namespace) -> int:
    core, ring = open_core()
    try:
        from postdesk.ui.application import run_gui

        return run_gui(core, ring)
    finally:
        core.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.no_error_dialogs:
        os.environ["POSTDESK_ERROR_DIALOGS"] = "0"
    if args.demo:
        demo_file = AppPaths.from_environment().demo_database_file
        if not demo_file.exists() and args.command != "demo":
            return fail("there is no demo database yet: run 'postdesk demo' first")
        os.environ["POSTDESK_DATABASE_URL"] = sqlite_url(demo_file)
    code: int = args.handler(args)
    return code if code is not None else EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
