"""The Settings page's «Questionnaires» section: whether the counter offers the questionnaire."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QPushButton, QWidget

from postdesk.common import settings as s
from postdesk.ui.context import UiContext


class SurveySettings(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Questionnaires"))
        self.offer_check = QCheckBox(
            QCoreApplication.translate("Settings", s.SURVEY_OFFER_AT_COUNTER.label), self
        )
        self.offer_check.setObjectName("surveyOfferSetting")
        self.offer_check.setChecked(ctx.settings.get(s.SURVEY_OFFER_AT_COUNTER))
        self.save_button = QPushButton(self.tr("Sa&ve"), self)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout(self)
        row.addWidget(self.offer_check, 1)
        row.addWidget(self.save_button)

    def save(self) -> None:
        values: dict[s.Setting[Any], Any] = {s.SURVEY_OFFER_AT_COUNTER: self.offer_check.isChecked()}
        self.ctx.tasks.start(
            self.ctx.ops.settings.change(values),
            lambda _r: self.ctx.messages.info(self.tr("Settings saved.")),
        )
