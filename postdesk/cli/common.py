"""Shared plumbing of the commands: building the core, reporting failures on one line."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from collections.abc import Callable, Mapping
from typing import Any, TextIO

from postdesk.bootstrap import Core, build_core
from postdesk.common import settings as s
from postdesk.common.crashlog import enable_native_trace
from postdesk.common.errors import UserError, ValidationFailed
from postdesk.common.i18n import set_language, translate
from postdesk.common.logs import RingBufferHandler, configure_logging
from postdesk.common.paths import AppPaths
from postdesk.common.settings import SettingsStore
from postdesk.services.context import Actor

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]


def prepare(paths: AppPaths | None = None) -> tuple[AppPaths, SettingsStore, RingBufferHandler]:
    """Folders, settings, logging and language: what every command needs before it runs."""
    paths = (paths or AppPaths.from_environment()).ensure()
    settings = SettingsStore(paths.settings_file)
    ring = configure_logging(paths.log_dir)
    enable_native_trace(paths.log_dir)
    set_language(settings.get(s.LANGUAGE))
    return paths, settings, ring


def open_core(paths: AppPaths | None = None, url: str | None = None) -> tuple[Core, RingBufferHandler]:
    paths, settings, ring = prepare(paths)
    return build_core(paths=paths, settings=settings, url=url), ring


_CONTROLS = {c: "?" for c in [*range(0x20), *range(0x7F, 0xA0)]}
_JSON_CONTROLS = {c: f"\\u{c:04x}" for c in range(0x7F, 0xA0)}


def printable(text: str) -> str:
    """Control characters (terminal escapes, newlines from file names) shown as «?», never replayed."""
    return text.translate(_CONTROLS)


def add_sign_in_options(parser: argparse.ArgumentParser, *, password_stdin: bool = True) -> None:
    """``--user LOGIN`` (needed on PostgreSQL by commands that change data) and ``--password-stdin``."""
    parser.add_argument(
        "--user",
        metavar="LOGIN",
        help="sign in as this account (required on a shared PostgreSQL database); "
        "the password is asked for, or read from the first line of standard input with --password-stdin",
    )
    if password_stdin:
        parser.add_argument(
            "--password-stdin", action="store_true", help="read passwords from standard input, one per line"
        )


def read_secret(prompt: str, from_stdin: bool) -> str:
    """A password from the next line of standard input, or typed at the terminal without echo."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return getpass.getpass(prompt)


def read_only_actor(core: Core) -> Actor:
    """Reading commands run as the local console account on every database."""
    return Actor.system("console")


def console_actor(core: Core, args: argparse.Namespace, *, first_account: bool = False) -> Actor:
    """Who a data-changing command acts as.

    On PostgreSQL the person signs in with ``--user`` (throttled and audited like the GUI's
    sign-in) and the work is audited under that account; only creating the very first account
    of an empty database goes without. The embedded SQLite keeps the local console account.
    """
    login = getattr(args, "user", None)
    if login:
        password = read_secret(f"Password for {login}: ", bool(getattr(args, "password_stdin", False)))
        return core.users.authenticate(login, password, f"{core.workstation_name} (console)")
    if core.engine.dialect.name != "postgresql" or (first_account and not core.users.any_accounts()):
        return Actor.system("console")
    raise UserError(
        translate("Cli", "On a shared database this command needs a signed-in account: add --user LOGIN.")
    )


def fail(message: str, code: int = EXIT_FAILURE) -> int:
    """Print a one-line reason (no traceback) and return the exit status."""
    print(f"postdesk: {printable(message)}", file=sys.stderr)
    return code


def guarded(handler: Handler) -> Handler:
    """Turn expected errors into one-line messages; log unexpected ones with their traceback."""

    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except ValidationFailed as exc:
            return fail(
                exc.message + " " + "; ".join(f"{field}: {text}" for field, text in exc.errors.items())
            )
        except UserError as exc:
            return fail(exc.message)
        except KeyboardInterrupt:
            return fail("interrupted", 130)
        except Exception as exc:
            log.exception("command failed")
            return fail(f"unexpected error: {exc} (details in the log file)")

    return run


def write_json(payload: Mapping[str, Any], out: TextIO | None = None) -> None:
    """Indented at the top level, one compact line per element of a list.

    Readable for people and scripts alike, and it stays fast and small in memory when a list
    carries hundreds of thousands of findings (indented ``json.dumps`` needs gigabytes there).
    """
    out = out if out is not None else sys.stdout
    out.write("{\n")
    last = len(payload) - 1
    for position, (key, value) in enumerate(payload.items()):
        out.write(f"  {_json(key)}: ")
        if isinstance(value, list) and value:
            out.write("[\n")
            for index, element in enumerate(value):
                separator = ",\n" if index < len(value) - 1 else "\n"
                out.write("    " + _json(element) + separator)
            out.write("  ]")
        else:
            out.write(_json(value))
        out.write(",\n" if position < last else "\n")
    out.write("}\n")


def _json(value: object) -> str:
    """JSON escapes C0 controls itself; C1 ones (a terminal's CSI) are escaped here too."""
    return json.dumps(value, ensure_ascii=False).translate(_JSON_CONTROLS)
