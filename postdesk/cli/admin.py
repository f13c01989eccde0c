"""Administrative commands: ``db upgrade|backup|restore`` and ``user add|disable|enable|reset``.

Passwords are typed at the terminal, or read one per line from standard input with
``--password-stdin``: first the signing-in account's (with ``--user``), then the new one.
"""

from __future__ import annotations

import argparse

from postdesk.cli.backup import register_backup_commands
from postdesk.cli.common import (
    EXIT_OK,
    add_sign_in_options,
    console_actor,
    fail,
    guarded,
    open_core,
    prepare,
    read_secret,
)
from postdesk.common.i18n import translate
from postdesk.db.engine import describe, make_engine
from postdesk.db.migrate import current_revision, upgrade_to_head
from postdesk.models.users import Role


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = commands.add_parser("db", help="database administration")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    upgrade = db_commands.add_parser("upgrade", help="apply pending schema migrations")
    upgrade.set_defaults(handler=guarded(_db_upgrade))
    register_backup_commands(db_commands)

    user = commands.add_parser("user", help="user accounts")
    user_commands = user.add_subparsers(dest="user_command", required=True)
    add = user_commands.add_parser("add", help="create a user account")
    add.add_argument("login")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--name", default="", help="full name (defaults to the login)")
    add_sign_in_options(add)
    add.set_defaults(handler=guarded(_user_add))
    for name, text in (
        ("disable", "disable an account: it can no longer sign in"),
        ("enable", "enable a disabled account again"),
    ):
        command = user_commands.add_parser(name, help=text)
        command.add_argument("login")
        add_sign_in_options(command)
        command.set_defaults(handler=guarded(_user_set_active), active=name == "enable")
    reset = user_commands.add_parser("reset", help="set a new password for an account (lifts a sign-in lock)")
    reset.add_argument("login")
    add_sign_in_options(reset)
    reset.set_defaults(handler=guarded(_user_reset))


def _db_upgrade(args: argparse.Namespace) -> int:
    from postdesk.bootstrap import back_up_automatically, database_url

    paths, settings, _ring = prepare()
    engine = make_engine(database_url(settings, paths))
    before = current_revision(engine)
    back_up_automatically(engine, paths, settings)
    upgrade_to_head(engine)
    after = current_revision(engine)
    print(f"{describe(engine)}: schema {before or 'empty'} -> {after}")
    engine.dispose()
    return EXIT_OK


def _new_password(args: argparse.Namespace) -> str | None:
    """The new account password: the next stdin line, or typed twice (``None`` if they differ)."""
    if args.password_stdin:
        return read_secret("", True)
    password = read_secret(translate("Cli", "New password: "), False)
    if password != read_secret(translate("Cli", "Repeat the new password: "), False):
        return None
    return password


def _user_add(args: argparse.Namespace) -> int:
    core, _ring = open_core()
    try:
        actor = console_actor(core, args, first_account=True)
        password = _new_password(args)
        if password is None:
            return fail(translate("Cli", "The passwords differ."))
        info = core.users.add_user(actor, args.login, args.name or args.login, Role(args.role), password)
    finally:
        core.close()
    print(f"user {info.login} ({info.role.value}) created in {describe(core.engine)}")
    return EXIT_OK


def _user_set_active(args: argparse.Namespace) -> int:
    core, _ring = open_core()
    try:
        info = core.users.set_active(console_actor(core, args), args.login, args.active)
    finally:
        core.close()
    print(f"user {info.login}: {'enabled' if info.active else 'disabled'}")
    return EXIT_OK


def _user_reset(args: argparse.Namespace) -> int:
    core, _ring = open_core()
    try:
        actor = console_actor(core, args)
        password = _new_password(args)
        if password is None:
            return fail(translate("Cli", "The passwords differ."))
        info = core.users.reset_password(actor, args.login, password)
    finally:
        core.close()
    print(f"user {info.login}: password reset")
    return EXIT_OK
