"""A supervisor's decision to accept a batch the contract refuses: the figures, then a reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from postdesk.services.money.admission import AdmissionRefused


def ask_override_reason(parent: QWidget, refusal: AdmissionRefused) -> str:
    """The reason typed (kept in the audit log), or ``""`` when the supervisor declines."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Override", "Accept despite the contract"),
        refusal.message
        + "\n\n"
        + QCoreApplication.translate("Override", "Reason for accepting anyway (kept in the audit log):"),
        QLineEdit.EchoMode.Normal,
        "",
    )
    return text.strip() if ok else ""
