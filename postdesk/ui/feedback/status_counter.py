"""The status-bar counter of open feedback past its deadline and due within two working days."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from postdesk.services.feedback.listing import DeadlineCounts
from postdesk.services.permissions import Permission
from postdesk.ui.context import UiContext

REFRESH_MS = 5 * 60 * 1000


class FeedbackDeadlineCounter(QLabel):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("feedbackCounter")
        self.counts: DeadlineCounts | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        if not self.ctx.can(Permission.REGISTER_FEEDBACK):
            return
        self.ctx.tasks.start(self.ctx.ops.feedback.deadline_counts(), self.show_counts)

    def show_counts(self, counts: DeadlineCounts) -> None:
        self.counts = counts
        self.setText(
            self.tr("Feedback: %1 overdue, %2 due soon")
            .replace("%1", str(counts.overdue))
            .replace("%2", str(counts.due_soon))
        )
        self.setStyleSheet("color: #b00020; font-weight: bold;" if counts.overdue else "")
