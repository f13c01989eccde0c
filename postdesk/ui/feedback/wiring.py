"""Puts the feedback deadline counter in the status bar and keeps it in step with the page."""

from __future__ import annotations

from postdesk.ui.context import UiContext
from postdesk.ui.feedback.page import FeedbackPage
from postdesk.ui.feedback.status_counter import FeedbackDeadlineCounter
from postdesk.ui.main_window import MainWindow


def attach_feedback_counter(ctx: UiContext, window: MainWindow) -> FeedbackDeadlineCounter:
    counter = FeedbackDeadlineCounter(ctx, window)
    window.add_status_widget(counter)
    page = window.page("complaints")
    if isinstance(page, FeedbackPage):
        page.changed.connect(counter.refresh)
    return counter
