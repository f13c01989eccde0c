"""``postdesk print FORM --batch ID --out FILE.pdf``: a batch's document as a PDF file.

Uses the workstation's print settings (label stock, offsets, barcode symbology), so the file
is exactly what the preview shows and the printer gets. Saving is audited like printing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from postdesk.cli.common import EXIT_OK, add_sign_in_options, console_actor, fail, guarded, open_core
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
    command.add_argument("--out", type=Path, required=True, help="PDF file to write")
    add_sign_in_options(command)
    command.set_defaults(handler=guarded(_print))


def _print(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() != ".pdf":
        return fail("the output file must end in .pdf")
    core, _ring = open_core()
    try:
        actor = console_actor(core, args)  # saving is audited (as a print or a reprint)
        rendered = core.printing.render_batch(
            actor, args.batch, FormKind(args.form), options_from_settings(core.settings)
        )
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_bytes(rendered.pdf)
        reprint = core.printing.record_output(actor, rendered, f"saved to {args.out.name}")
    finally:
        core.close()
    print(f"{args.out}: {args.form}, {rendered.items} item(s){' (reprint)' if reprint else ''}")
    return EXIT_OK
