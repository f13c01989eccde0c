"""The checked list handed back to the client: their own list with a findings column and
highlighted cells (xlsx), plus a one-page PDF summary with totals and what to fix."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import xlsxwriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from postdesk.common.i18n import translate
from postdesk.common.money import rubles
from postdesk.lists.check import CheckResult
from postdesk.lists.findings import Finding, Severity
from postdesk.lists.fonts import cyrillic_font
from postdesk.lists.readers import open_table
from postdesk.lists.safe_files import report_stem, sheet_title, write_new_file
from postdesk.lists.safety import Limits


@dataclass(frozen=True)
class ReportFiles:
    workbook: Path
    summary: Path


def write_report(
    result: CheckResult, folder: Path, client_name: str = "", limits: Limits | None = None
) -> ReportFiles:
    """Both files into ``folder``, each under a fresh name: nothing there is ever overwritten."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = report_stem(Path(result.info.path).stem + translate("ListReport", "_checked"))
    workbook = write_new_file(folder, stem, ".xlsx", lambda tmp: write_workbook(result, tmp, limits))
    summary = write_new_file(folder, stem, ".pdf", lambda tmp: write_summary(result, tmp, client_name))
    return ReportFiles(workbook, summary)


def write_workbook(result: CheckResult, target: Path, limits: Limits | None = None) -> None:
    """Rows where the client had them; cells with errors red, with warnings yellow; findings at the right."""
    info = result.info
    by_row: dict[int | None, list[Finding]] = defaultdict(list)
    for finding in result.findings:
        by_row[finding.row].append(finding)
    table = open_table(Path(info.path), sheet=info.sheet, limits=limits)
    book = xlsxwriter.Workbook(
        str(target),
        {
            "constant_memory": True,
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
        },
    )
    try:
        sheet = book.add_worksheet(sheet_title(info.sheet or "", translate("ListReport", "List")))
        red = book.add_format({"bg_color": "#F4B6B6"})
        yellow = book.add_format({"bg_color": "#FFF2A8"})
        bold = book.add_format({"bold": True, "text_wrap": True})
        wrap = book.add_format({"text_wrap": True})
        offset = table.first_column
        notes_column = offset + max(len(info.headers), 1)
        if table.field_names is not None:
            sheet.write_row(0, 0, table.field_names, bold)
        header_row = (info.header_row or 0) - 1
        for number, cells in table.rows:
            row = number - 1 if table.field_names is None else number
            marks = {
                f.column_index: (red if f.severity is Severity.ERROR else yellow)
                for f in sorted(by_row.get(number, ()), key=lambda f: f.severity is Severity.ERROR)
            }
            for index, value in enumerate(cells):
                _write(sheet, row, offset + index, value, marks.get(index))
            notes_column = max(notes_column, offset + len(cells))
            if row == header_row:
                sheet.write(row, notes_column, translate("ListReport", "Findings of the post office"), bold)
            elif number in by_row:
                sheet.write(row, notes_column, "\n".join(_line(f) for f in by_row[number]), wrap)
        sheet.set_column(notes_column, notes_column, 70)
        general = by_row.get(None, [])
        if general:
            notes = book.add_worksheet(translate("ListReport", "About the list")[:31])
            for row, finding in enumerate(general):
                notes.write(row, 0, finding.message)
    finally:
        book.close()


def _write(
    sheet: xlsxwriter.worksheet.Worksheet, row: int, column: int, value: object, style: object
) -> None:
    if value is None or value == "":
        if style is not None:
            sheet.write_blank(row, column, None, style)
        return
    if isinstance(value, bool):
        sheet.write_boolean(row, column, value, style)
    elif isinstance(value, int | float):
        sheet.write_number(row, column, value, style)
    elif isinstance(value, dt.date | dt.time | dt.timedelta):
        sheet.write_string(
            row, column, value.isoformat() if not isinstance(value, dt.timedelta) else str(value), style
        )
    else:
        sheet.write_string(row, column, str(value)[:32000], style)


def _line(finding: Finding) -> str:
    level = (
        translate("ListReport", "Error")
        if finding.severity is Severity.ERROR
        else translate("ListReport", "Warning")
    )
    column = f" [{finding.column}]" if finding.column else ""
    return f"{level}{column}: {finding.message}"


def write_summary(result: CheckResult, target: Path, client_name: str = "") -> None:
    """One A4 page: the list, the counts and totals, the most frequent problems and the first rows to fix."""
    font_path = cyrillic_font()
    font = "Helvetica"
    if font_path is not None:
        font = "PostdeskCyrillic"
        if font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(font, str(font_path)))
    page = canvas.Canvas(str(target), pagesize=A4)
    height = A4[1]
    y = height - 20 * mm

    def line(text: str, size: float = 10, gap: float = 5.5) -> None:
        nonlocal y
        page.setFont(font, size)
        page.drawString(18 * mm, y, text[:120])
        y -= gap * mm

    info, totals = result.info, result.totals()
    line(translate("ListReport", "Batch list check"), 16, 9)
    if client_name:
        line(translate("ListReport", "Client: %1").replace("%1", client_name))
    line(translate("ListReport", "File: %1").replace("%1", Path(info.path).name))
    if info.number or info.date:
        line(
            translate("ListReport", "List № %1 of %2")
            .replace("%1", info.number or "—")
            .replace("%2", info.date.strftime("%d.%m.%Y") if info.date else "—")
        )
    line(
        translate("ListReport", "Checked: %1").replace("%1", dt.datetime.now().strftime("%d.%m.%Y %H:%M")),
        gap=8,
    )
    line(
        translate("ListReport", "Rows: %1, accepted for processing: %2, with errors: %3")
        .replace("%1", str(result.rows))
        .replace("%2", str(result.valid))
        .replace("%3", str(result.invalid)),
        11,
    )
    line(
        translate("ListReport", "Valid rows: %1 items, %2 g, declared value %3, cash on delivery %4")
        .replace("%1", str(totals.items))
        .replace("%2", str(totals.mass_g))
        .replace("%3", rubles(totals.declared_value_kop))
        .replace("%4", rubles(totals.cod_kop)),
        gap=8,
    )
    counts = Counter((f.severity, f.code) for f in result.findings)
    if counts:
        line(translate("ListReport", "Problems found"), 12, 7)
        samples: dict[tuple[Severity, str], Finding] = {}
        for finding in result.findings:
            samples.setdefault((finding.severity, finding.code), finding)
        for (severity, code), count in counts.most_common(8):
            level = "✖" if severity is Severity.ERROR else "!"
            line(f"{level} {count} × {samples[(severity, code)].message}", 9, 5)
        y -= 3 * mm
        line(translate("ListReport", "First rows to correct"), 12, 7)
        for finding in [f for f in result.findings if f.severity is Severity.ERROR][:20]:
            if y < 25 * mm:
                break
            line(
                translate("ListReport", "Row %1").replace("%1", str(finding.row))
                + f" — {finding.column}: "
                + finding.message,
                8,
                4.5,
            )
    else:
        line(translate("ListReport", "No problems were found."), 12)
    page.setFont(font, 8)
    page.drawString(
        18 * mm,
        12 * mm,
        translate(
            "ListReport",
            "Every finding is also marked in the attached copy of the list (column «Findings of the "
            "post office»).",
        ),
    )
    page.showPage()
    page.save()
