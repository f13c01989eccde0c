"""The findings table: filtering to errors and jumping to a row of the client's file."""

from postdesk.lists.findings import Finding, Severity
from postdesk.ui.counter.lists.findings_view import FindingsView


def _finding(row, severity, code):
    return Finding(row, "Индекс", code, severity, code)


def test_jump_to_a_row_selects_its_first_visible_finding(qtbot):
    view = FindingsView()
    qtbot.addWidget(view)
    findings = [
        Finding(None, "", "file_note", Severity.WARNING, "note"),
        *(_finding(n, Severity.ERROR, "bad_postcode") for n in range(2, 1002)),
        _finding(5000, Severity.WARNING, "unusual_postcode"),
        _finding(5000, Severity.ERROR, "missing_address"),
        _finding(7, Severity.WARNING, "duplicate_recipient"),  # findings need not come in row order
    ]
    view.set_findings(findings)

    assert view.jump_to_row("5000") and view.selected_finding().code == "unusual_postcode"
    view.show_errors_only()
    assert view.jump_to_row("5000") and view.selected_finding().code == "missing_address"
    assert view.jump_to_row(" 7 ") and view.selected_finding().code == "bad_postcode"
    view.filter_combo.setCurrentIndex(2)  # warnings only
    assert view.jump_to_row("7") and view.selected_finding().code == "duplicate_recipient"
    assert not view.jump_to_row("8") and "8" in view.status.text()
    assert not view.jump_to_row("восемь") and view.status.text()

    view.set_findings(findings[:2])  # a new check forgets the old rows
    assert not view.jump_to_row("5000")
