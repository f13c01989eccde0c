"""The whole counter flow offscreen: a list from a flash drive, five items weighed on the simulated
scale (one outside the tolerance), the decision, acceptance, ф.103 printed and reprinted from history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from postdesk.common.money import rubles
from postdesk.devices.scales.simulator import ScaleSimulator
from postdesk.models import AuditEntry
from postdesk.models.batches import BatchStatus, ItemStatus
from postdesk.postal.weighing import WeightDecision, WeightSource
from postdesk.printing.options import FormKind
from postdesk.ui.counter.lists.wizard import DONE
from postdesk.ui.counter.page import ACCEPTED, LIST, WEIGHING
from tests.gui.counter.counter import activate, empty_platform, open_counter, pdf_printer, scan, weigh
from tests.support.batches import make_client
from tests.support.core import make_staff
from tests.support.lists import good_rows, rpo, write_xlsx
from tests.support.pdf import page_texts, squeeze


def _document_audit(core, batch_id: int) -> list[tuple[str, str]]:
    with core.uow() as tx:
        return [
            (action, after["form"])
            for action, after in tx.session.execute(
                select(AuditEntry.action, AuditEntry.after)
                .where(
                    AuditEntry.object_type == "batch",
                    AuditEntry.object_id == str(batch_id),
                    AuditEntry.action.like("document.%"),
                )
                .order_by(AuditEntry.id)
            )
        ]


def _print_f103(qtbot, page, target) -> bytes:
    button = page.accepted.form_buttons[FormKind.F103]
    qtbot.waitUntil(button.isVisible)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.accepted.preview
    assert dialog is not None and dialog.pages is not None and dialog.pages.page_count >= 1
    dialog.printer_factory = lambda: pdf_printer(target)
    with qtbot.waitSignal(dialog.printed, timeout=10_000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    pdf = dialog.pdf
    dialog.close()
    return pdf


def test_list_to_weighed_accepted_and_reprinted_batch(qtbot, sqlite_core, gui_parts, tmp_path, monkeypatch):
    staff = make_staff(sqlite_core)
    make_client(sqlite_core)
    drive = tmp_path / "FLASH"
    drive.mkdir()
    write_xlsx(drive / "partia_5.xlsx", good_rows(5))  # declared 21…25 g, identifiers given
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)

    with ScaleSimulator("massak100", link=tmp_path / "scale") as sim:
        counter = open_counter(qtbot, sqlite_core, gui_parts, staff.operator, sim, drive)
        page = counter.page
        try:
            # import the list through the wizard, as the operator does
            wizard = page.open_wizard()
            qtbot.addWidget(wizard)
            for _step in range(3):
                wizard.next()
            with qtbot.waitSignal(wizard.imported) as stored:
                wizard.import_valid_rows()
            assert wizard.pages.currentIndex() == DONE and stored.args[0].items_count == 5
            wizard.close()
            [batch] = page.model.rows
            assert batch.status is BatchStatus.DRAFT and batch.items_count == 5

            # open it for weighing
            page.batch_list.table.setCurrentIndex(page.model.index(0, 0))
            qtbot.mouseClick(page.batch_list.open_button, Qt.MouseButton.LeftButton)
            view = page.weighing
            assert page.stack.currentIndex() == WEIGHING and view.model.rowCount() == 5
            assert view.summary.sample_label.isVisible()  # the shipped tariffs are samples
            items = {item.barcode: item.id for item in view.model.rows}
            empty_platform(qtbot, counter)

            for n, grams in ((1, 21), (2, 22), (3, 40), (4, 24), (5, 26)):
                scan(qtbot, counter, rpo(n))
                assert view.target_id == items[rpo(n)], view.scan_status.text()
                weigh(qtbot, counter, items[rpo(n)], grams)
                if n == 3:  # declared 23 g, allowed ±5 g: 40 g is a discrepancy, shown at once
                    assert view.discrepancy.isVisible()
                    text = view.discrepancy.message.text()
                    assert "23" in text and "40" in text and "±5" in text
                    qtbot.mouseClick(view.discrepancy.take_button, Qt.MouseButton.LeftButton)
                    assert not view.discrepancy.isVisible()
                else:
                    assert not view.discrepancy.isVisible()

            stored_items = sqlite_core.batches.items(staff.operator, batch.id)
            assert [i.weighed_mass_g for i in stored_items] == [21, 22, 40, 24, 26]
            assert all(i.weight_source is WeightSource.SCALE for i in stored_items)
            assert stored_items[2].weight_decision is WeightDecision.TAKE_ACTUAL
            assert "5" in view.summary.progress_label.text()
            quote = sqlite_core.acceptance.quote(staff.operator, batch.id)
            assert quote.problems == () and view.summary.values["total"].text() == rubles(
                quote.totals.total_kop
            )

            # accept (Ctrl+Enter): confirmation, then the accepted batch with its documents
            activate(qtbot, page)
            qtbot.keyClick(view.scan_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            assert page.stack.currentIndex() == ACCEPTED
            accepted = sqlite_core.batches.get(staff.operator, batch.id)
            assert accepted.status is BatchStatus.ACCEPTED and accepted.total_kop == quote.totals.total_kop
            assert all(
                i.status is ItemStatus.ACCEPTED for i in sqlite_core.batches.items(staff.operator, batch.id)
            )

            first = _print_f103(qtbot, page, tmp_path / "f103.pdf")
            assert (tmp_path / "f103.pdf").stat().st_size > 1000
            assert _document_audit(sqlite_core, batch.id) == [("document.print", "f103")]

            # back to the list (Esc), then reprint from the batch history
            activate(qtbot, page)
            qtbot.keyClick(page.accepted.table, Qt.Key.Key_Escape)
            assert page.stack.currentIndex() == LIST
            row = [r.id for r in page.model.rows].index(batch.id)
            page.batch_list.table.activated.emit(page.model.index(row, 0))
            assert page.stack.currentIndex() == ACCEPTED
            again = _print_f103(qtbot, page, tmp_path / "f103-again.pdf")
            assert _document_audit(sqlite_core, batch.id) == [
                ("document.print", "f103"),
                ("document.reprint", "f103"),
            ]
            text = squeeze(" ".join(page_texts(again)))
            for n in range(1, 6):
                assert rpo(n) in text
            total = rubles(accepted.total_kop).replace("\u00a0₽", "").replace("\u00a0", " ")
            assert squeeze(total) in text, (total, text[-400:])
            assert page_texts(first) == page_texts(again)
        finally:
            counter.scale.stop()
