"""Administrative commands: ``db upgrade`` and ``user add``."""

from __future__ import annotations

import argparse
import getpass
import sys

from postdesk.cli.common import EXIT_OK, fail, guarded, open_core, prepare
from postdesk.db.engine import describe, make_engine
from postdesk.db.migrate import current_revision, upgrade_to_head
from postdesk.models.users import Role
from postdesk.services.context import Actor


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = commands.add_parser("db", help="database administration")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    upgrade = db_commands.add_parser("upgrade", help="apply pending schema migrations")
    upgrade.set_defaults(handler=guarded(_db_upgrade))

    user = commands.add_parser("user", help="user accounts")
    user_commands = user.add_subparsers(dest="user_command", required=True)
    add = user_commands.add_parser("add", help="create a user account")
    add.add_argument("login")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--name", default="", help="full name (defaults to the login)")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input instead of prompting",
    )
    add.set_defaults(handler=guarded(_user_add))


def _db_upgrade(args: argparse.Namespace) -> int:
    from postdesk.bootstrap import database_url

    paths, settings, _ring = prepare()
    engine = make_engine(database_url(settings, paths))
    before = current_revision(engine)
    upgrade_to_head(engine)
    after = current_revision(engine)
    print(f"{describe(engine)}: schema {before or 'empty'} -> {after}")
    engine.dispose()
    return EXIT_OK


def _user_add(args: argparse.Namespace) -> int:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Repeat password: "):
            return fail("the passwords differ")
    core, _ring = open_core()
    try:
        info = core.users.add_user(
            Actor.system("console"), args.login, args.name or args.login, Role(args.role), password
        )
    finally:
        core.close()
    print(f"user {info.login} ({info.role.value}) created in {describe(core.engine)}")
    return EXIT_OK
