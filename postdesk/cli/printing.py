"""``postdesk print FORM --batch ID [--list NUMBER] --out FILE.pdf``: a batch's document as a PDF file.

A batch of several kinds is handed over as one ф.103 per kind and category: ``f103`` writes
them all one after another, ``--list`` only the one with that number.

Uses the workstation's print settings (label stock, offsets, barcode symbology), so the file
is exactly what the preview shows and the printer gets. Saving is audited like printing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from postdesk.cli.common import EXIT_OK, add_sign_in_options, console_actor, fail, guarded, open_core
from postdesk.common.i18n import translate
from postdesk.printing.options import FormKind, options_from_settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "print", help="write a batch's form (list, labels, notices...) to a PDF file"
    )
    command.add_argument(
        "form",
        choices=[kind.value for kind in FormKind],
        help="f103 list, labels (form 7-p), f116, f107 inventory, f119 notices, f112 money orders, receipt",
    )
    command.add_argument("--batch", type=int, required=True, help="batch id (see the batch history)")
    command.add_argument(
        "--list",
        dest="list_number",
        default="",
        help="f103 only: the number of one of the batch's lists (one per kind and category); all by default",
    )
    command.add_argument("--out", type=Path, required=True, help="PDF file to write")
    add_sign_in_options(command)
    command.set_defaults(handler=guarded(_print))


def _print(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() != ".pdf":
        return fail("the output file must end in .pdf")
    if args.list_number and args.form != FormKind.F103.value:
        return fail(translate("Cli", "--list picks one of the batch's lists: it is for the f103 form only."))
    core, _ring = open_core()
    try:
        actor = console_actor(core, args)  # saving is audited (as a print or a reprint)
        rendered = core.printing.render_batch(
            actor,
            args.batch,
            FormKind(args.form),
            options_from_settings(core.settings),
            list_number=args.list_number,
        )
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_bytes(rendered.pdf)
        reprint = core.printing.record_output(actor, rendered, f"saved to {args.out.name}")
    finally:
        core.close()
    lists = f", list(s) {', '.join(rendered.lists)}" if args.form == FormKind.F103.value else ""
    print(f"{args.out}: {args.form}, {rendered.items} item(s){lists}{' (reprint)' if reprint else ''}")
    return EXIT_OK
