"""``postdesk surveys list|results|import|print``: questionnaires from the console (a stable contract).

- ``surveys list --json``: the questionnaires;
- ``surveys results ID --json``: ``{"responses", "nps", "csat", "ces", "questions": [{"text",
  "type", "counts" | "mean"}]}`` (absent scores are null; ``counts`` for choices and yes/no,
  ``mean`` for scales, ``counts: {"answered": N}`` for text);
- ``surveys import ID FILE --json``: ``{"rows", "imported", "errors": [{"row", "message"}]}``;
- ``surveys print ID --client INN --out FILE.pdf``: the paper form with its barcode.
Bad input exits 1 with one Russian line, and nothing is written.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from postdesk.cli.common import (
    EXIT_OK,
    add_sign_in_options,
    console_actor,
    guarded,
    open_core,
    read_only_actor,
    write_json,
)
from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.services.surveys.catalogue import SCORE_KINDS, TEXT_KINDS
from postdesk.services.surveys.export import write_results
from postdesk.services.surveys.imports import CLIENT, WHEN, WHO
from postdesk.services.surveys.results import SurveyResults


def parse_id(text: str) -> int:
    if not text.isdigit() or int(text) == 0:
        raise UserError(translate("Surveys", "%1 is not a questionnaire number (ID).").replace("%1", text))
    return int(text)


def column_index(text: str) -> int:
    """``B`` or ``2`` -> 1 (columns count from A = 1 for people)."""
    text = text.strip().upper()
    if text.isdigit() and int(text) > 0:
        return int(text) - 1
    if re.fullmatch(r"[A-Z]{1,3}", text):
        index = 0
        for letter in text:
            index = index * 26 + ord(letter) - 64
        return index - 1
    raise UserError(
        translate("Surveys", "%1 is not a column: give its letter (B) or number (2).").replace("%1", text)
    )


def parse_maps(items: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for item in items:
        column, sep, target = item.partition("=")
        target = target.strip().lower()
        if not sep or not (target.isdigit() or target in {CLIENT, WHEN, WHO}):
            raise UserError(
                translate(
                    "Surveys",
                    "Write the mapping as COLUMN=QUESTION (B=3) or COLUMN=client|date|respondent, not %1.",
                ).replace("%1", item)
            )
        found[target] = column_index(column)
    return found


def results_json(results: SurveyResults) -> dict[str, Any]:
    questions: list[dict[str, Any]] = []
    for q in results.questions:
        entry: dict[str, Any] = {"text": q.text, "type": q.kind.value}
        if q.kind in SCORE_KINDS:
            entry["mean"] = q.mean
        elif q.kind in TEXT_KINDS:
            entry["counts"] = {"answered": q.answered}
        else:
            entry["counts"] = dict(q.counts)
        questions.append(entry)
    return {
        "responses": results.responses,
        "nps": results.scores.nps,
        "csat": results.scores.csat,
        "ces": results.scores.ces,
        "questions": questions,
    }


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    surveys = commands.add_parser(
        "surveys", help="questionnaires: list, results, import of answers, paper forms"
    )
    sub = surveys.add_subparsers(dest="surveys_command", required=True)
    listing = sub.add_parser("list", help="the questionnaires, open ones first")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=guarded(_list))
    results = sub.add_parser("results", help="response count, NPS, CSAT, CES and per-question figures")
    results.add_argument("id", metavar="ID")
    results.add_argument("--json", action="store_true")
    results.add_argument("--xlsx", type=Path, metavar="FILE.xlsx", help="also write the results workbook")
    results.set_defaults(handler=guarded(_results))
    importing = sub.add_parser("import", help="import answers from a web form's CSV or xlsx export")
    importing.add_argument("id", metavar="ID")
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=QUESTION",
        help="map a column (letter or number) to a question number, or to client (INN), date or respondent",
    )
    importing.add_argument("--json", action="store_true")
    add_sign_in_options(importing)
    importing.set_defaults(handler=guarded(_import))
    printing = sub.add_parser("print", help="the paper questionnaire for a client, with its barcode")
    printing.add_argument("id", metavar="ID")
    printing.add_argument("--client", metavar="INN", default="", help="the client's INN (none: a blank form)")
    printing.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    printing.add_argument("--json", action="store_true")
    add_sign_in_options(printing)
    printing.set_defaults(handler=guarded(_print_form))


def _list(args: argparse.Namespace) -> int:
    core, _ring = open_core()
    try:
        surveys = core.surveys.list(read_only_actor(core))
    finally:
        core.close()
    rows = [
        {
            "id": s.id,
            "title": s.title,
            "audience": s.audience.value,
            "starts_on": s.starts_on.isoformat(),
            "ends_on": s.ends_on.isoformat() if s.ends_on else None,
            "version": s.published_version,
            "draft": s.has_draft,
            "closed": s.closed,
            "responses": s.responses,
        }
        for s in surveys
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    for r in rows:
        version = f"v{r['version']}" if r["version"] else "draft"
        print(f"{r['id']:>4}  {version:<6} {r['responses']:>7}  {r['title']}")
    return EXIT_OK


def _results(args: argparse.Namespace) -> int:
    survey_id = parse_id(args.id)
    xlsx: Path | None = args.xlsx
    if xlsx is not None and (xlsx.suffix.lower() != ".xlsx" or not xlsx.parent.is_dir()):
        raise UserError(translate("Surveys", "The workbook must be a .xlsx file in an existing folder."))
    core, _ring = open_core()
    try:
        results = core.survey_results.results(read_only_actor(core), survey_id)
    finally:
        core.close()
    if xlsx is not None:
        write_results(xlsx, results)
    payload = results_json(results)
    if args.json:
        write_json(payload)
    else:
        print(
            f"{results.survey.title}: {results.responses} answer sets, NPS {payload['nps']}, "
            f"CSAT {payload['csat']}, CES {payload['ces']}"
        )
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    survey_id = parse_id(args.id)
    overrides = parse_maps(args.map)
    path: Path = args.file
    if not path.is_file():
        raise UserError(translate("Surveys", "There is no file %1.").replace("%1", str(path)))
    core, _ring = open_core()
    try:
        report = core.survey_imports.import_file(console_actor(core, args), survey_id, path, overrides)
    finally:
        core.close()
    payload = {
        "rows": report.rows,
        "imported": report.imported,
        "errors": [{"row": row, "message": message} for row, message in report.errors],
    }
    if args.json:
        write_json(payload)
    else:
        print(f"{report.imported} of {report.rows} rows imported")
        for row, message in report.errors:
            print(f"  row {row}: {message}")
    return EXIT_OK


def _print_form(args: argparse.Namespace) -> int:
    survey_id = parse_id(args.id)
    out: Path = args.out
    if out.suffix.lower() != ".pdf":
        raise UserError(translate("Surveys", "The form file must end in .pdf."))
    if not out.parent.is_dir():
        raise UserError(translate("Surveys", "The folder %1 does not exist.").replace("%1", str(out.parent)))
    core, _ring = open_core()
    try:
        printed = core.survey_paper.print_form(console_actor(core, args), survey_id, client_inn=args.client)
    finally:
        core.close()
    out.write_bytes(printed.pdf)
    if args.json:
        write_json({"code": printed.code, "client": printed.client_name, "out": str(out)})
    else:
        print(f"{printed.code} -> {out}")
    return EXIT_OK
