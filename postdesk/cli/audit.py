"""``postdesk audit verify``: walk the audit log's hash chain and name the first broken link.

Exit 0 when the chain is intact (prints the number of entries and the newest hash, which an
administrator may note elsewhere); exit 1 with one line naming the first entry that fails.
"""

from __future__ import annotations

import argparse

from postdesk.cli.common import EXIT_OK, fail, guarded, open_core, read_only_actor
from postdesk.common.i18n import translate


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    audit = commands.add_parser("audit", help="the audit log")
    audit_commands = audit.add_subparsers(dest="audit_command", required=True)
    verify = audit_commands.add_parser("verify", help="check that no audit entry was changed or removed")
    verify.set_defaults(handler=guarded(_verify))


def _verify(args: argparse.Namespace) -> int:
    core, _ring = open_core()
    try:
        report = core.audit.verify(read_only_actor(core))
    finally:
        core.close()
    if report.intact:
        text = translate("AuditCli", "Audit log intact: {n} entries, newest hash {hash}.")
        print(text.replace("{n}", str(report.entries)).replace("{hash}", report.head_hash or "-"))
        return EXIT_OK
    when = report.broken_at.isoformat(timespec="seconds") if report.broken_at else "?"
    if report.reason == "changed":
        text = translate(
            "AuditCli", "Audit log broken at entry {id} ({at}, {action}): the entry was changed."
        )
    else:
        text = translate(
            "AuditCli",
            "Audit log broken at entry {id} ({at}, {action}): an entry before it was removed or inserted.",
        )
    return fail(
        text.replace("{id}", str(report.broken_id))
        .replace("{at}", when)
        .replace("{action}", report.broken_action)
    )
