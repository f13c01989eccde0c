"""The supervisor's catalogue of refusal reasons and the competitors' directory on the Reports page."""

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from postdesk.models.records import CompetitorKind, Outcome, PriceSource, ReasonScope
from postdesk.services.records.data import ServiceRecordDraft
from postdesk.ui.context import UiContext
from postdesk.ui.records.reports_page import ReportsPage
from tests.support.batches import make_client


def _page(qtbot, core, parts, actor):
    page = ReportsPage(UiContext(core=core, actor=actor, tasks=parts.tasks, messages=parts.messages))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    return page


def _row_of(table, text):
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == text)


def test_a_reason_is_added_renamed_and_retired_after_asking(
    qtbot, gui_parts, sqlite_core, sqlite_staff, monkeypatch
):
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    view = page.reasons
    before = view.table.rowCount()
    view.clear()
    view.code_edit.setText("queue")
    view.name_edit.setText("Очередь")
    view.save()
    assert view.table.rowCount() == before + 1
    view.table.selectRow(_row_of(view.table, "queue"))
    assert view.code_edit.isReadOnly() and view.name_edit.text() == "Очередь"
    view.name_edit.setText("Долго ждать в очереди")
    view.scope_combo.setCurrentIndex(view.scope_combo.findData(ReasonScope.ANY))
    view.save()
    row = _row_of(view.table, "queue")
    assert view.table.item(row, 1).text() == "Долго ждать в очереди"
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    view.table.selectRow(row)
    view.toggle_active()
    assert view.table.item(_row_of(view.table, "queue"), 3).text() == "используется"
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    view.toggle_active()
    assert view.table.item(_row_of(view.table, "queue"), 3).text() == "выведена"
    offered = {r.code for r in sqlite_core.catalogues.reasons(sqlite_staff.operator)}
    assert "queue" not in offered
    view.clear()
    view.code_edit.setText("Плохой код")
    view.name_edit.setText("x")
    view.save()
    assert "латинских" in view.error_label.text()


def test_competitors_with_kind_prices_latest_median_and_our_tariff(
    qtbot, gui_parts, sqlite_core, sqlite_staff
):
    client_id, _ = make_client(sqlite_core)
    sqlite_core.records.add(
        sqlite_staff.operator,
        ServiceRecordDraft(
            client_id,
            "ems",
            Outcome.DECLINED,
            reason_code="competitor",
            competitor_name="Быстрый Курьер",
            competitor_price_kop=80000,
            on=dt.date.today() - dt.timedelta(days=10),
        ),
    )
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    view = page.competitors
    assert view.directory.rowCount() == 1
    view.directory.selectRow(0)
    view.kind_combo.setCurrentIndex(view.kind_combo.findData(CompetitorKind.COURIER))
    view.note_edit.setText("забирает посылки сам")
    view.save()
    assert view.directory.item(0, 1).text() == "курьерская служба"
    assert view.observations.rowCount() == 1
    view.service_combo.setCurrentIndex(view.service_combo.findData("ems"))
    view.price_edit.setText("700")
    view.source_combo.setCurrentIndex(view.source_combo.findData(PriceSource.WEBSITE))
    view.add_price()
    assert view.observations.rowCount() == 2
    assert (
        view.observations.item(0, 1).text().startswith("700")
        and view.observations.item(0, 4).text() == "сайт"
    )
    ems = view.comparisons
    assert ems.rowCount() == 1
    assert ems.item(0, 1).text().startswith("700")  # the latest
    assert ems.item(0, 3).text().startswith("750")  # the median of 800 and 700
    assert ems.item(0, 5).text().startswith("900")  # our tariff
    view.clear()
    view.name_edit.setText("Банк «Север»")
    view.kind_combo.setCurrentIndex(view.kind_combo.findData(CompetitorKind.BANK))
    view.save()
    names = [view.directory.item(r, 0).text() for r in range(view.directory.rowCount())]
    assert names == ["Банк «Север»", "Быстрый Курьер"]
    info = {c.name: c for c in sqlite_core.competitors.directory(sqlite_staff.supervisor)}
    assert (
        info["Быстрый Курьер"].note == "забирает посылки сам"
        and info["Банк «Север»"].kind is CompetitorKind.BANK
    )


def test_operators_see_no_catalogue_screens(qtbot, gui_parts, sqlite_core, sqlite_staff):
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.operator)
    assert page.reports is None and not hasattr(page, "reasons")
