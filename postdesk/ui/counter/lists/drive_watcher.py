"""Notices removable drives being mounted (QStorageInfo polling) and lists the list files on them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStorageInfo, QTimer, Signal

from postdesk.lists.drives import candidate_files, looks_removable


def mounted_removable_roots() -> list[str]:
    roots = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if volume.isValid() and volume.isReady() and looks_removable(root):
            roots.append(root)
    return roots


class DriveWatcher(QObject):
    """Signals:
    drive_added(str, list): a drive root appeared, with its candidate list files.
    drive_removed(str): a drive root went away.
    """

    drive_added = Signal(str, list)
    drive_removed = Signal(str)

    def __init__(
        self,
        volumes: Callable[[], list[str]] = mounted_removable_roots,
        interval_ms: int = 2000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._volumes = volumes
        self.known: dict[str, list[Path]] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.poll()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> None:
        current = set(self._volumes())
        for root in sorted(current - set(self.known)):
            try:
                files = candidate_files(Path(root))
            except OSError:
                files = []
            self.known[root] = files
            self.drive_added.emit(root, files)
        for root in sorted(set(self.known) - current):
            del self.known[root]
            self.drive_removed.emit(root)
