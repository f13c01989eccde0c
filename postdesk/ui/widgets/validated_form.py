"""A form layout that shows a validation message under each field, keyed by field name."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b00020; font-size: 9pt;"
INVALID_STYLE = "border: 1px solid #b00020;"


class ValidatedForm(QFormLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def add_field(self, name: str, label: str, widget: QWidget, *, position: int | None = None) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        error = QLabel(holder)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        widget.setObjectName(name)
        if position is None:
            self.addRow(label, holder)
        else:
            self.insertRow(position, label, holder)
        self.fields[name] = widget
        self.errors[name] = error
        return widget

    def show_errors(self, errors: Mapping[str, str], *, only: set[str] | None = None) -> None:
        """Show ``errors``; fields without an error (among ``only``, or all) are cleared."""
        for name, label in self.errors.items():
            if only is not None and name not in only:
                continue
            message = errors.get(name)
            widget = self.fields[name]
            label.setText(message or "")
            label.setVisible(bool(message))
            widget.setStyleSheet(INVALID_STYLE if message else "")

    def first_invalid(self, errors: Mapping[str, str]) -> QWidget | None:
        for name, widget in self.fields.items():
            if name in errors:
                return widget
        return None
