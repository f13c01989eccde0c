#!/usr/bin/env python3
"""Keep the Russian translation files in step with the source code.

    python scripts/translations.py update   # extract strings, add new ones as unfinished
    python scripts/translations.py check    # list strings that still lack a translation

Strings are extracted with pyside6-lupdate (``tr()``, ``translate()``, ``QT_TRANSLATE_NOOP``)
and kept in ``resources/i18n/ru/<area>.ts``, one file per feature area, without line numbers
so that diffs show only real changes. Translate the ``unfinished`` entries in Qt Linguist or
any editor, then remove ``type="unfinished"``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "i18n" / "ru"
SOURCE_DIR = ROOT / "postdesk"

# First matching prefix wins; a string already kept in some file stays there.
AREAS: list[tuple[str, str]] = [
    ("postdesk/services/money/", "money"),
    ("postdesk/ui/money/", "money"),
    ("postdesk/cli/money", "money"),
    ("postdesk/printing/", "printing"),
    ("postdesk/ui/printing/", "printing"),
    ("postdesk/devices/", "scales"),
    ("postdesk/ui/scales/", "scales"),
    ("postdesk/lists/", "lists"),
    ("postdesk/ui/counter/lists/", "lists"),
    ("postdesk/services/counter/lists", "lists"),
    ("postdesk/cli/lists", "lists"),
    ("postdesk/ui/counter/page.py", "lists"),
    ("postdesk/tariffs/loader", "reference"),
    ("postdesk/tariffs/", "acceptance"),
    ("postdesk/ui/counter/", "acceptance"),
    ("postdesk/postal/weighing", "acceptance"),
    ("postdesk/postal/numbering", "acceptance"),
    ("postdesk/postal/documents", "acceptance"),
    ("postdesk/services/counter/", "acceptance"),
    ("postdesk/demo/batches", "acceptance"),
    ("postdesk/cli/batches", "acceptance"),
    ("postdesk/services/records", "records"),
    ("postdesk/ui/records", "records"),
    ("postdesk/cli/records", "records"),
    ("postdesk/cli/reports", "records"),
    ("postdesk/cli/clients", "records"),
    ("postdesk/demo/records", "records"),
    ("postdesk/calendar/", "feedback"),
    ("postdesk/services/calendar", "feedback"),
    ("postdesk/services/feedback/", "feedback"),
    ("postdesk/ui/feedback/", "feedback"),
    ("postdesk/cli/calendar", "feedback"),
    ("postdesk/cli/feedback", "feedback"),
    ("postdesk/services/outreach/", "outreach"),
    ("postdesk/cli/printing", "printing"),
    ("postdesk/ui/outreach/", "outreach"),
    ("postdesk/cli/prospects", "outreach"),
    ("postdesk/cli/outreach", "outreach"),
    ("postdesk/demo/outreach", "outreach"),
    ("postdesk/services/reference/", "reference"),
    ("postdesk/ui/reference/", "reference"),
    ("postdesk/cli/reference", "reference"),
    ("postdesk/cli/ranges", "reference"),
    ("postdesk/demo/reference", "reference"),
    ("postdesk/services/surveys/", "surveys"),
    ("postdesk/ui/surveys/", "surveys"),
    ("postdesk/cli/surveys", "surveys"),
    ("postdesk/demo/surveys", "surveys"),
    ("postdesk/ui/", "shell"),
    ("postdesk/", "core"),
]


@dataclass
class Message:
    context: str
    source: str
    numerus: bool
    filename: str
    forms: list[str] = field(default_factory=list)
    finished: bool = False


def _lupdate() -> str:
    for candidate in (Path(sys.executable).with_name("pyside6-lupdate"), shutil.which("pyside6-lupdate")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise SystemExit("pyside6-lupdate not found: install the dev dependencies")


def extract() -> list[Message]:
    """Every translatable string in the source tree, in file order."""
    files = sorted(str(p.relative_to(ROOT)) for p in SOURCE_DIR.rglob("*.py") if "migrations" not in p.parts)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "all.ts"
        subprocess.run([_lupdate(), *files, "-ts", str(out)], cwd=ROOT, check=True, capture_output=True)
        root = ET.parse(out).getroot()
        ts_dir = out.parent.resolve()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            location = message.find("location")
            filename = location.get("filename", "") if location is not None else ""
            # lupdate writes locations relative to the .ts file, which lives in a temporary folder.
            filename = str((ts_dir / filename).resolve().relative_to(ROOT.resolve())) if filename else ""
            messages.append(
                Message(name, message.findtext("source") or "", message.get("numerus") == "yes", filename)
            )
    return messages


def load_existing() -> dict[tuple[str, str], tuple[str, Message]]:
    existing: dict[tuple[str, str], tuple[str, Message]] = {}
    for ts_file in sorted(TS_DIR.glob("*.ts")):
        root = ET.parse(ts_file).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                element = message.find("translation")
                forms = [f.text or "" for f in element.iter("numerusform")] if element is not None else []
                if element is not None and not forms:
                    forms = [element.text or ""]
                finished = element is not None and element.get("type") not in {
                    "unfinished",
                    "obsolete",
                    "vanished",
                }
                item = Message(
                    name,
                    message.findtext("source") or "",
                    message.get("numerus") == "yes",
                    "",
                    forms,
                    finished and any(forms),
                )
                existing[(name, item.source)] = (ts_file.stem, item)
    return existing


def area_of(filename: str) -> str:
    for prefix, area in AREAS:
        if filename.startswith(prefix):
            return area
    return "core"


def _write(path: Path, messages: list[Message]) -> None:
    root = ET.Element("TS", version="2.1", language="ru_RU")
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for context_name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for message in by_context[context_name]:
            element = (
                ET.SubElement(context, "message", numerus="yes")
                if message.numerus
                else ET.SubElement(context, "message")
            )
            ET.SubElement(element, "source").text = message.source
            translation = ET.SubElement(element, "translation")
            if not message.finished:
                translation.set("type", "unfinished")
            if message.numerus:
                forms = ([*message.forms, "", "", ""])[:3]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = message.forms[0] if message.forms else ""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update() -> int:
    existing = load_existing()
    files: dict[str, list[Message]] = {}
    seen: set[tuple[str, str]] = set()
    for message in extract():
        key = (message.context, message.source)
        if key in seen:
            continue
        seen.add(key)
        if key in existing:
            area, old = existing[key]
            message.forms, message.finished = old.forms, old.finished
        else:
            area = area_of(message.filename)
        files.setdefault(area, []).append(message)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for stale in TS_DIR.glob("*.ts"):
        if stale.stem not in files:
            stale.unlink()
    for area, messages in files.items():
        _write(TS_DIR / f"{area}.ts", messages)
    return missing_report()


def missing() -> list[Message]:
    existing = load_existing()
    result = []
    for message in extract():
        found = existing.get((message.context, message.source))
        if (
            found is None
            or not found[1].finished
            or not all(found[1].forms)
            or (message.numerus and len(found[1].forms) < 3)
        ):
            result.append(message)
    return result


def missing_report() -> int:
    gaps = missing()
    for message in gaps:
        print(f"{message.filename}: [{message.context}] {message.source!r}")
    print(f"{len(gaps)} string(s) without a Russian translation")
    return 1 if gaps else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    raise SystemExit(update() if command == "update" else missing_report())
