"""The Reports page: every report draws a non-empty chart offscreen, drills down, exports; roles apply."""

import datetime as dt

import pytest
from openpyxl import load_workbook

from postdesk.demo.records import seed_demo_records
from postdesk.models import Contract
from postdesk.services.records.audit_log import AuditFilter
from postdesk.ui.context import UiContext
from postdesk.ui.records.report_views import REPORT_VIEWS
from postdesk.ui.records.reports_page import ReportsPage
from tests.support.batches import make_client


@pytest.fixture
def seeded(sqlite_core, sqlite_staff):
    ids = [make_client(sqlite_core, inn=f"13000000{n:02d}")[0] for n in range(10, 22)]
    with sqlite_core.uow() as tx:
        contract = tx.session.query(Contract).filter(Contract.client_id == ids[0]).one()
        contract.ends_on = dt.date.today() + dt.timedelta(days=30)
        tx.commit()
    assert seed_demo_records(sqlite_core.uow, dt.date.today()) > 500
    return ids


def _rows(path):
    workbook = load_workbook(path, read_only=True)
    try:
        return list(workbook.active.iter_rows(values_only=True))
    finally:
        workbook.close()


def _page(qtbot, core, parts, actor):
    page = ReportsPage(UiContext(core=core, actor=actor, tasks=parts.tasks, messages=parts.messages))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def test_every_report_renders_a_non_empty_chart_and_table(
    qtbot, gui_parts, sqlite_core, sqlite_staff, seeded
):
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    view = page.reports
    for row, report in enumerate(REPORT_VIEWS):
        view.report_list.setCurrentRow(row)
        assert view.panel.point_count() > 0, report.key
        assert view.panel.table.rowCount() > 0, report.key
        assert not view.panel.view.grab().isNull()


def test_drill_down_shows_the_records_behind_a_row(qtbot, gui_parts, sqlite_core, sqlite_staff, seeded):
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    view = page.reports
    view.report_list.setCurrentRow([r.key for r in REPORT_VIEWS].index("refusal_reasons"))
    expected = int(view.panel.table.item(0, 1).text())
    view.drill_down(0)
    assert view.drill_dialog.table.rowCount() == expected


def test_export_writes_the_table_with_formula_like_text_neutralised(
    qtbot, gui_parts, sqlite_core, sqlite_staff, seeded, *, tmp_path
):
    from postdesk.models.records import Outcome
    from postdesk.services.records.data import ServiceRecordDraft

    draft = ServiceRecordDraft(
        seeded[0],
        "ems",
        Outcome.DECLINED,
        reason_code="competitor",
        competitor_name='=HYPERLINK("x")',
        competitor_price_kop=12345,
    )
    sqlite_core.records.add(sqlite_staff.operator, draft)
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    view = page.reports
    view.report_list.setCurrentRow([r.key for r in REPORT_VIEWS].index("refusal_competitors"))
    target = tmp_path / "competitors.xlsx"
    view.export_to(target)
    rows = _rows(target)
    assert rows[0][0] == "Конкурент" and len(rows) == view.panel.table.rowCount() + 1
    assert ('\'=HYPERLINK("x")', 1, 123.45) in rows


def test_operators_see_no_reports(qtbot, gui_parts, sqlite_core, sqlite_staff):
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.operator)
    assert page.reports is None
    assert page.findChild(type(page).__mro__[1], "reportsDenied") is not None


def test_audit_viewer_filters_by_client_and_exports(
    qtbot, gui_parts, sqlite_core, sqlite_staff, seeded, *, tmp_path
):
    from postdesk.models.records import Outcome
    from postdesk.services.records.data import ServiceRecordDraft

    record = sqlite_core.records.add(
        sqlite_staff.operator,
        ServiceRecordDraft(seeded[1], "ems", Outcome.DECLINED, reason_code="price", note="@cmd"),
    )
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    audit = page.audit
    audit.client_edit.setText(str(seeded[1]))
    audit.search()
    assert audit.table.rowCount() == 1 and audit.lines[0].object_id == str(record.id)
    audit.action_combo.setCurrentIndex(audit.action_combo.findData("demo_records_seed"))
    audit.search()
    assert audit.table.rowCount() == 0
    assert sqlite_core.audit_log.search(
        sqlite_staff.supervisor, AuditFilter(user_login=sqlite_staff.operator.login)
    )
    audit.action_combo.setCurrentIndex(0)
    audit.search()
    target = tmp_path / "audit.xlsx"
    audit.export_to(target)
    rows = _rows(target)
    assert len(rows) == 2 and "'" + "{" not in str(rows[1][5])
