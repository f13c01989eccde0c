"""The statistics as an xlsx workbook; text that looks like a formula is written as plain text."""

from __future__ import annotations

import io
from typing import Any

import xlsxwriter

from postdesk.common.i18n import translate
from postdesk.services.feedback.analysis import FeedbackStatistics
from postdesk.services.feedback.catalogue import (
    CHANNEL_TITLES,
    KIND_TITLES,
    TOPIC_TITLES,
    Channel,
    Kind,
    Topic,
)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _title(table: dict[Any, str], enum_type: type[Any], code: str) -> str:
    try:
        return translate("Feedback", table[enum_type(code)])
    except ValueError:
        return code


class _Sheet:
    def __init__(self, book: Any, name: str) -> None:
        self.sheet = book.add_worksheet(name[:31])
        self.bold = book.add_format({"bold": True})
        self.text = book.add_format({"quote_prefix": True})
        self.row = 0

    def cell(self, column: int, value: object, bold: bool = False) -> None:
        if isinstance(value, int | float) and not isinstance(value, bool):
            self.sheet.write_number(self.row, column, value)
        elif isinstance(value, str) and value.startswith(FORMULA_STARTS):
            self.sheet.write_string(self.row, column, value, self.text)
        else:
            self.sheet.write_string(
                self.row, column, "" if value is None else str(value), self.bold if bold else None
            )

    def line(self, *values: object, bold: bool = False) -> None:
        for column, value in enumerate(values):
            self.cell(column, value, bold)
        self.row += 1


def statistics_workbook(stats: FeedbackStatistics) -> bytes:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(
        out,
        {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        },
    )
    summary = _Sheet(book, translate("FeedbackExport", "Summary"))
    summary.line(translate("FeedbackExport", "Year"), stats.year, bold=True)
    summary.line(translate("FeedbackExport", "Received"), stats.total)
    summary.line(translate("FeedbackExport", "Answered"), stats.answered)
    summary.line(translate("FeedbackExport", "Answered on time"), stats.answered_on_time)
    summary.line(
        translate("FeedbackExport", "Share answered on time, %"), round(100 * (stats.on_time_share or 0), 1)
    )
    summary.line(translate("FeedbackExport", "Overdue at some point"), stats.ever_overdue)
    summary.line(
        translate("FeedbackExport", "Median working days to answer"),
        stats.median_working_days if stats.median_working_days is not None else "",
    )
    summary.line(translate("FeedbackExport", "Accepted items"), stats.accepted_items)
    summary.line(
        translate("FeedbackExport", "Complaints per 1,000 accepted items"),
        round(stats.complaints_per_thousand, 2) if stats.complaints_per_thousand is not None else "",
    )
    groups = _Sheet(book, translate("FeedbackExport", "Groups"))
    for heading, table, enum_type, values in (
        (translate("FeedbackExport", "Kind"), KIND_TITLES, Kind, stats.by_kind),
        (translate("FeedbackExport", "Topic"), TOPIC_TITLES, Topic, stats.by_topic),
        (translate("FeedbackExport", "Channel"), CHANNEL_TITLES, Channel, stats.by_channel),
    ):
        groups.line(heading, translate("FeedbackExport", "Count"), bold=True)
        for code, count in values.items():
            groups.line(_title(table, enum_type, code), count)
        groups.row += 1
    months = _Sheet(book, translate("FeedbackExport", "Months"))
    months.line(
        translate("FeedbackExport", "Month"),
        translate("FeedbackExport", "All"),
        translate("FeedbackExport", "Complaints"),
        bold=True,
    )
    for number, (count, complaints) in enumerate(
        zip(stats.by_month, stats.complaints_by_month, strict=True), 1
    ):
        months.line(number, count, complaints)
    top = _Sheet(book, translate("FeedbackExport", "Pareto"))
    top.line(
        translate("FeedbackExport", "Topic"),
        translate("FeedbackExport", "Complaints"),
        translate("FeedbackExport", "Cumulative share, %"),
        bold=True,
    )
    for row in stats.pareto:
        top.line(_title(TOPIC_TITLES, Topic, row.topic), row.count, round(100 * row.cumulative_share, 1))
    people = _Sheet(book, translate("FeedbackExport", "Operators"))
    people.line(translate("FeedbackExport", "Registered by"), translate("FeedbackExport", "Count"), bold=True)
    for login, count in stats.by_operator.items():
        people.line(login, count)
    people.row += 1
    people.line(translate("FeedbackExport", "Workstation"), translate("FeedbackExport", "Count"), bold=True)
    for workstation, count in stats.by_workstation.items():
        people.line(workstation, count)
    book.close()
    return out.getvalue()
