"""The demo's scale simulator control: put a weight on the simulated platform or take it off.

Only ``postdesk demo`` opens it; it is labelled as a simulator so nobody mistakes it for a
real scale. The simulator itself speaks the Massa-K protocol on a local TCP port, so the
application reads it exactly as it reads a real scale.
"""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from postdesk.devices.scales.simulated import ScaleModel


class ScaleSimulatorWindow(QWidget):
    def __init__(self, model: ScaleModel, port: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.model = model
        self.setWindowTitle(self.tr("Scale simulator (demo)"))
        note = QLabel(
            self.tr("Not a real scale: a simulated Massa-K on %1 for trying the counter out.").replace(
                "%1", port
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("background: #FFF4D6; color: #7A4A00; padding: 6px;")
        self.grams_spin = QSpinBox(self)
        self.grams_spin.setRange(1, 30_000)
        self.grams_spin.setValue(25)
        self.grams_spin.setSuffix(self.tr(" g"))
        self.put_button = QPushButton(self.tr("Put on (Ctrl+P)"), self)
        self.random_button = QPushButton(self.tr("A letter of random weight (Ctrl+R)"), self)
        self.remove_button = QPushButton(self.tr("Take off (Ctrl+E)"), self)
        self.unstable_button = QPushButton(self.tr("Swaying (unstable)"), self)
        self.overload_button = QPushButton(self.tr("Overload"), self)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Weight:"), self), 0, 0)
        grid.addWidget(self.grams_spin, 0, 1)
        grid.addWidget(self.put_button, 0, 2)
        grid.addWidget(self.random_button, 1, 0, 1, 3)
        grid.addWidget(self.remove_button, 2, 0, 1, 3)
        grid.addWidget(self.unstable_button, 3, 0, 1, 2)
        grid.addWidget(self.overload_button, 3, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(grid)
        self.put_button.clicked.connect(self.put)
        self.random_button.clicked.connect(self.put_random)
        self.remove_button.clicked.connect(model.remove)
        self.unstable_button.clicked.connect(model.set_unstable)
        self.overload_button.clicked.connect(model.set_overload)
        for keys, slot in (("Ctrl+P", self.put), ("Ctrl+R", self.put_random), ("Ctrl+E", model.remove)):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)

    def put(self) -> None:
        self.model.put(self.grams_spin.value())

    def put_random(self) -> None:
        self.grams_spin.setValue(random.randint(15, 120))
        self.put()
