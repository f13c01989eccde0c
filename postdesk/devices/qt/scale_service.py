"""The scale for the GUI: a :class:`ScaleMonitor` on its own thread, reported through Qt signals.

The blocking monitor runs in a ``QThread`` worker; its callbacks emit the worker's signals,
which Qt queues to the service in the GUI thread. The service keeps the latest state so a page
opened later shows it at once.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal, Slot

from postdesk.devices.scales.client import LinkState, ScaleConfig, ScaleMonitor
from postdesk.devices.scales.readings import Reading, ReadingState, Weighing
from postdesk.devices.scales.transport import PortLister, system_ports


class _Worker(QObject):
    reading = Signal(object)
    link = Signal(str, str)
    weighing = Signal(object)
    finished = Signal()

    def __init__(self, config: ScaleConfig, lister: PortLister, stop: threading.Event) -> None:
        super().__init__()
        self.monitor = ScaleMonitor(config, self, lister=lister)
        self.stop = stop

    @Slot()
    def run(self) -> None:
        try:
            self.monitor.run(self.stop)
        finally:
            self.finished.emit()

    # ScaleListener, called on the worker thread
    def on_reading(self, reading: Reading) -> None:
        self.reading.emit(reading)

    def on_link(self, state: LinkState, detail: str) -> None:
        self.link.emit(state.value, detail)

    def on_weighing(self, weighing: Weighing) -> None:
        self.weighing.emit(weighing)


class ScaleService(QObject):
    """Start, stop, reconfigure; zero and tare; capture weighings; manual weights from the UI."""

    reading_changed = Signal(object)  # Reading
    connection_changed = Signal(str)  # LinkState value
    error = Signal(str)
    weighing_captured = Signal(object)  # Weighing

    def __init__(
        self, config: ScaleConfig, *, lister: PortLister = system_ports, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.config = config
        self._lister = lister
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._stop = threading.Event()
        self.last_reading: Reading | None = None
        self.connection = LinkState.SEARCHING.value
        self.connection_detail = ""

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop = threading.Event()
        worker = _Worker(self.config, self._lister, self._stop)
        thread = QThread()
        thread.setObjectName("scale")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.finished.connect(thread.quit)
        worker.reading.connect(self._on_reading)
        worker.link.connect(self._on_link)
        worker.weighing.connect(self.weighing_captured)
        self._thread, self._worker = thread, worker
        self._set_connection(LinkState.SEARCHING.value, "")
        thread.start()

    def stop(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stop.set()
        thread.quit()
        thread.wait()
        self._worker = None

    def reconfigure(self, config: ScaleConfig) -> None:
        """Apply new settings: the port is closed and opened again with them."""
        self.stop()
        self.config = config
        self.last_reading = None
        self.start()

    def zero(self) -> None:
        if self._worker is not None:
            self._worker.monitor.request_zero()

    def tare(self) -> None:
        if self._worker is not None:
            self._worker.monitor.request_tare()

    def begin_capture(self) -> None:
        """A weighing screen opened: the next stable weight (even one already on the platform) counts."""
        if self._worker is not None:
            self._worker.monitor.restart_capture()

    def accept_manual(self, weighing: Weighing) -> None:
        """A weight the operator typed (already recorded in the audit log) goes out like a captured one."""
        self.weighing_captured.emit(weighing)

    @Slot(object)
    def _on_reading(self, reading: Reading) -> None:
        if self._thread is None:
            return  # a late signal from a stopped worker
        self.last_reading = reading
        self.reading_changed.emit(reading)
        if reading.state is ReadingState.ERROR:
            self.error.emit(reading.detail)

    @Slot(str, str)
    def _on_link(self, state: str, detail: str) -> None:
        if self._thread is None:
            return
        self._set_connection(state, detail)

    def _set_connection(self, state: str, detail: str) -> None:
        self.connection_detail = detail
        if state != self.connection:
            self.connection = state
            self.connection_changed.emit(state)
