"""Setting up the counter for GUI tests: a real simulated scale on a pty, the page, and helpers."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from postdesk.devices.qt.scale_service import ScaleService
from postdesk.devices.scales.client import ScaleConfig
from postdesk.devices.scales.simulator import ScaleSimulator
from postdesk.devices.scales.stability import CaptureRules
from postdesk.ui.context import UiContext
from postdesk.ui.counter.lists.drive_watcher import DriveWatcher
from postdesk.ui.counter.page import AcceptancePage
from tests.support.typing import type_text


@dataclass
class Counter:
    page: AcceptancePage
    sim: ScaleSimulator
    scale: ScaleService
    ctx: UiContext


def open_counter(qtbot, core, parts, actor, sim: ScaleSimulator, drive) -> Counter:  # noqa: PLR0917
    """The Acceptance page of ``actor`` with a scale service reading the simulator through pyserial."""
    config = ScaleConfig(
        port=sim.path, protocol=sim.protocol, capture=CaptureRules(hold_seconds=0.15, hold_count=2)
    )
    scale = ScaleService(config)
    ctx = UiContext(core=core, actor=actor, tasks=parts.tasks, messages=parts.messages, scale=scale)
    scale.start()
    try:
        qtbot.waitUntil(lambda: scale.connection == "connected", timeout=5000)
    except BaseException:
        scale.stop()
        raise
    watcher = DriveWatcher(volumes=lambda: [str(drive)], interval_ms=60_000)
    page = AcceptancePage(ctx, watcher=watcher)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return Counter(page, sim, scale, ctx)


def activate(qtbot, widget) -> None:
    """Shortcuts only reach the active window."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=3000)


def empty_platform(qtbot, counter: Counter) -> None:
    counter.sim.model.remove()
    qtbot.waitUntil(
        lambda: counter.scale.last_reading is not None and counter.scale.last_reading.grams == Decimal(0),
        timeout=3000,
    )


def scan(qtbot, counter: Counter, code: str) -> None:
    field = counter.page.weighing.scan_edit
    type_text(qtbot, field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def weigh(qtbot, counter: Counter, item_id: int, grams: int) -> None:
    """Put ``grams`` on the platform and wait until the item's weighing is stored, then empty it."""
    model = counter.page.weighing.model
    counter.sim.model.put(grams)
    qtbot.waitUntil(lambda: model.item(model.row_of(item_id)).weighed_mass_g == grams, timeout=5000)
    empty_platform(qtbot, counter)


def pdf_printer(path) -> QPrinter:
    """The one stand-in: the physical printer becomes a PDF file."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer
