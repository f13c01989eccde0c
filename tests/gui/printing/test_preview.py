"""The print preview offscreen: it shows the batch document, prints it through QPrinter (to a PDF
file instead of a physical printer, the one stand-in allowed) and saves it; both are audited."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from postdesk.common import settings as s
from postdesk.models import AuditEntry
from postdesk.printing.options import FormKind
from postdesk.ui.context import SettingsSection, UiContext
from postdesk.ui.printing.preview import PrintPreviewDialog
from postdesk.ui.printing.settings_section import PrintSettings
from postdesk.ui.shell.settings_page import SettingsPage
from tests.support.pdf import page_barcodes, page_texts
from tests.support.printed_batches import store_batch


def _ctx(core, staff, parts) -> UiContext:
    return UiContext(
        core=core,
        actor=staff.operator,
        tasks=parts.tasks,
        messages=parts.messages,
        settings_sections=(SettingsSection("printing", PrintSettings),),
    )


def _pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(300)
    return printer


def _audit(core):
    with core.uow() as tx:
        return [
            (a, after["form"])
            for a, after in tx.session.execute(
                select(AuditEntry.action, AuditEntry.after)
                .where(AuditEntry.object_type == "batch", AuditEntry.action.like("document.%"))
                .order_by(AuditEntry.id)
            )
        ]


def test_preview_print_and_save_labels(qtbot, sqlite_core, sqlite_staff, gui_parts, tmp_path):
    batch_id = store_batch(sqlite_core, 4)
    ctx = _ctx(sqlite_core, sqlite_staff, gui_parts)
    dialog = PrintPreviewDialog.for_batch(ctx, batch_id, FormKind.LABELS)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pages is not None and dialog.pages.page_count == 4
    assert dialog.view.document() is dialog.pages.document
    assert dialog.print_button.isEnabled() and "4" in dialog.status.text()

    printed = tmp_path / "printed.pdf"
    dialog.printer_factory = lambda: _pdf_printer(printed)
    with qtbot.waitSignal(dialog.printed) as signal:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert signal.args == [4]
    expected = [item for item in page_barcodes(dialog.pdf)]
    assert [len(page) for page in expected] == [1, 1, 1, 1]
    assert page_barcodes(printed.read_bytes()) == expected  # the printer got what the preview showed

    target = tmp_path / "saved"
    with qtbot.waitSignal(dialog.saved):
        dialog.save_document(str(target))
    assert (tmp_path / "saved.pdf").read_bytes() == dialog.pdf
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert _audit(sqlite_core) == [
        ("document.print", "labels"),
        ("document.reprint", "labels"),
        ("document.reprint", "labels"),
    ]
    dialog.close()


def test_cancelled_print_dialog_prints_nothing(qtbot, sqlite_core, sqlite_staff, gui_parts):
    batch_id = store_batch(sqlite_core, 2)
    dialog = PrintPreviewDialog.for_batch(_ctx(sqlite_core, sqlite_staff, gui_parts), batch_id, FormKind.F103)
    qtbot.addWidget(dialog)
    dialog.printer_factory = lambda: None
    with qtbot.assertNotEmitted(dialog.printed):
        dialog.print_document()
    assert _audit(sqlite_core) == []
    assert "СПИСОК № 118" in page_texts(dialog.pdf)[0]


def test_nothing_to_print_is_reported_not_crashed(qtbot, sqlite_core, sqlite_staff, gui_parts, user_messages):
    batch_id = store_batch(sqlite_core, 1)
    with sqlite_core.uow() as tx:
        from postdesk.models.batches import BatchItem

        for item in tx.session.scalars(select(BatchItem)):
            item.cod_kop = 0
        tx.commit()
    dialog = PrintPreviewDialog.for_batch(_ctx(sqlite_core, sqlite_staff, gui_parts), batch_id, FormKind.F112)
    qtbot.addWidget(dialog)
    assert not dialog.print_button.isEnabled()
    assert any("наложенн" in message.text for message in user_messages)


def test_print_settings_section_saves_and_shows_the_test_page(qtbot, sqlite_core, sqlite_staff, gui_parts):
    ctx = _ctx(sqlite_core, sqlite_staff, gui_parts)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    section = page.findChild(PrintSettings)
    assert section is not None
    section.stock_combo.setCurrentIndex(section.stock_combo.findData("148x105"))
    section.offsets[s.LABEL_OFFSET_X_MM.key].setValue(1.5)
    section.offsets[s.SHEET_OFFSET_Y_MM.key].setValue(-2.0)
    section.symbologies["labels"].setCurrentIndex(section.symbologies["labels"].findData("itf"))
    section._test_page(labels=True)
    store = sqlite_core.settings
    assert store.get(s.LABEL_STOCK) == "148x105" and store.get(s.LABEL_OFFSET_X_MM) == 1.5
    assert store.get(s.SHEET_OFFSET_Y_MM) == -2.0 and store.get(s.BARCODE_SYMBOLOGY["labels"]) == "itf"
    dialog = section.findChild(PrintPreviewDialog)
    assert dialog is not None and dialog.pages is not None and dialog.pages.page_count == 1
    text = page_texts(dialog.pdf)[0]
    assert "148 × 105" in text and "+1.5" in text
    dialog.close()
