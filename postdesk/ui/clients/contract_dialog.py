"""Creating and editing a contract: services, structured special conditions, money terms."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.errors import UserError, ValidationFailed
from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.common.money import rubles
from postdesk.models.contracts import ContractStatus, PaymentTerms
from postdesk.services.clients.data import ContractDraft, ContractInfo, ServiceInfo
from postdesk.ui.context import UiContext
from postdesk.ui.widgets.fit import grow_to_fit
from postdesk.ui.widgets.validated_form import ValidatedForm

CONTRACT_STATUS_TITLES = {
    ContractStatus.DRAFT: QT_TRANSLATE_NOOP("ContractStatus", "Draft"),
    ContractStatus.ACTIVE: QT_TRANSLATE_NOOP("ContractStatus", "Active"),
    ContractStatus.SUSPENDED: QT_TRANSLATE_NOOP("ContractStatus", "Suspended"),
    ContractStatus.TERMINATED: QT_TRANSLATE_NOOP("ContractStatus", "Terminated"),
}
PAYMENT_TITLES = {
    PaymentTerms.PREPAID: QT_TRANSLATE_NOOP("PaymentTerms", "Prepaid"),
    PaymentTerms.POSTPAID: QT_TRANSLATE_NOOP("PaymentTerms", "Postpaid"),
}


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def format_balance(kop: int) -> str:
    if kop < 0:
        return QCoreApplication.translate("ContractDialog", "%1 (the client owes)").replace("%1", rubles(kop))
    return rubles(kop)


def _money_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(-1e12, 1e12)
    box.setDecimals(2)
    box.setSuffix(" ₽")
    box.setGroupSeparatorShown(True)
    return box


class ContractDialog(QDialog):
    """Signals:
    saved(int): the contract was stored; carries its id.
    """

    saved = Signal(int)

    def __init__(
        self, ctx: UiContext, client_id: int, contract: ContractInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.contract_id = contract.id if contract else None
        self.setWindowTitle(
            self.tr("New contract")
            if contract is None
            else self.tr("Contract %1").replace("%1", contract.number)
        )
        self.resize(640, 640)
        today = dt.date.today()

        self.form = ValidatedForm()
        self.number_edit = QLineEdit()
        self.form.add_field("number", self.tr("Number:"), self.number_edit)
        self.signed_edit = QDateEdit(_qdate(today))
        self.starts_edit = QDateEdit(_qdate(today))
        self.ends_check = QCheckBox(self.tr("open-ended"))
        self.ends_edit = QDateEdit(_qdate(today.replace(year=today.year + 1)))
        for edit in (self.signed_edit, self.starts_edit, self.ends_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.ends_check.toggled.connect(lambda on: self.ends_edit.setEnabled(not on))
        ends_row = QWidget()
        ends_layout = QHBoxLayout(ends_row)
        ends_layout.setContentsMargins(0, 0, 0, 0)
        ends_layout.addWidget(self.ends_edit, 1)
        ends_layout.addWidget(self.ends_check)
        self.form.add_field("signed_on", self.tr("Signed on:"), self.signed_edit)
        self.form.add_field("starts_on", self.tr("Valid from:"), self.starts_edit)
        self.form.add_field("ends_on", self.tr("Valid to:"), ends_row)
        self.status_combo = QComboBox()
        for status, title in CONTRACT_STATUS_TITLES.items():
            self.status_combo.addItem(QCoreApplication.translate("ContractStatus", title), status)
        self.status_combo.setCurrentIndex(self.status_combo.findData(ContractStatus.ACTIVE))
        self.form.add_field("status", self.tr("Status:"), self.status_combo)

        self.services_list = QListWidget()
        self.services_list.setObjectName("servicesList")
        self.services_list.setFixedHeight(150)
        self.form.add_field("services", self.tr("Services:"), self.services_list)

        self.without_client_check = QCheckBox(self.tr("Accept batch items without the client waiting"))
        self.electronic_check = QCheckBox(self.tr("Lists handed over electronically"))
        self.media_check = QCheckBox(self.tr("Lists handed over on a flash drive or disk"))
        conditions = QWidget()
        conditions_layout = QVBoxLayout(conditions)
        conditions_layout.setContentsMargins(0, 0, 0, 0)
        for check in (self.without_client_check, self.electronic_check, self.media_check):
            conditions_layout.addWidget(check)
        self.form.add_field("conditions", self.tr("Special conditions:"), conditions)

        self.discount_box = QDoubleSpinBox()
        self.discount_box.setRange(0, 100)
        self.discount_box.setSuffix(" %")
        self.form.add_field("discount_percent", self.tr("Discount:"), self.discount_box)
        self.tolerance_percent_box = QDoubleSpinBox()
        self.tolerance_percent_box.setRange(0, 50)
        self.tolerance_percent_box.setDecimals(1)
        self.tolerance_percent_box.setPrefix("± ")
        self.tolerance_percent_box.setSuffix(" %")
        self.tolerance_percent_box.setValue(2)
        self.tolerance_g_box = QSpinBox()
        self.tolerance_g_box.setRange(0, 5000)
        self.tolerance_g_box.setPrefix("± ")
        self.tolerance_g_box.setSuffix(self.tr(" g"))
        self.tolerance_g_box.setValue(5)
        tolerance = QWidget()
        tolerance_layout = QHBoxLayout(tolerance)
        tolerance_layout.setContentsMargins(0, 0, 0, 0)
        tolerance_layout.addWidget(self.tolerance_percent_box)
        tolerance_layout.addWidget(QLabel(self.tr("or")))
        tolerance_layout.addWidget(self.tolerance_g_box)
        tolerance_layout.addWidget(QLabel(self.tr("whichever is larger")), 1)
        self.form.add_field("weight_tolerance", self.tr("Weight tolerance:"), tolerance)
        self.payment_combo = QComboBox()
        for terms, title in PAYMENT_TITLES.items():
            self.payment_combo.addItem(QCoreApplication.translate("PaymentTerms", title), terms)
        self.form.add_field("payment_terms", self.tr("Payment:"), self.payment_combo)
        self.credit_box = _money_box()
        self.credit_box.setMinimum(0)
        self.form.add_field("credit_limit_kop", self.tr("Credit limit:"), self.credit_box)
        self.term_box = QSpinBox()
        self.term_box.setRange(0, 365)
        self.term_box.setValue(30)
        self.term_box.setSuffix(self.tr(" days"))
        self.form.add_field("payment_term_days", self.tr("Payment term:"), self.term_box)
        # The balance is the sum of the contract's ledger (charges, payments): shown, never typed.
        self.balance_label = QLabel(self.tr("no entries yet"))
        self.balance_label.setToolTip(
            self.tr("The sum of the contract's ledger: charges, corrections and payments.")
        )
        self.form.add_field("balance_kop", self.tr("Balance:"), self.balance_label)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(60)
        self.form.add_field("notes", self.tr("Notes:"), self.notes_edit)

        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._pending = contract
        ctx.tasks.start(ctx.ops.clients.service_catalogue(), self._on_catalogue)

    def _on_catalogue(self, services: list[ServiceInfo]) -> None:
        chosen = set(self._pending.services) if self._pending else {"batch_mail"}
        for service in services:
            item = QListWidgetItem(service.name)
            item.setData(Qt.ItemDataRole.UserRole, service.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if service.code in chosen else Qt.CheckState.Unchecked)
            self.services_list.addItem(item)
        if self._pending:
            self._load(self._pending)

    def _load(self, c: ContractInfo) -> None:
        self.number_edit.setText(c.number)
        self.signed_edit.setDate(_qdate(c.signed_on))
        self.starts_edit.setDate(_qdate(c.starts_on))
        self.ends_check.setChecked(c.ends_on is None)
        if c.ends_on:
            self.ends_edit.setDate(_qdate(c.ends_on))
        self.status_combo.setCurrentIndex(self.status_combo.findData(c.status))
        self.without_client_check.setChecked(c.accept_without_client)
        self.electronic_check.setChecked(c.lists_electronic)
        self.media_check.setChecked(c.lists_on_media)
        self.discount_box.setValue(float(c.discount_percent))
        self.tolerance_percent_box.setValue(float(c.weight_tolerance_percent))
        self.tolerance_g_box.setValue(c.weight_tolerance_g)
        self.payment_combo.setCurrentIndex(self.payment_combo.findData(c.payment_terms))
        self.credit_box.setValue(c.credit_limit_kop / 100)
        self.term_box.setValue(c.payment_term_days)
        self.balance_label.setText(format_balance(c.balance_kop))
        self.notes_edit.setPlainText(c.notes)

    def draft(self) -> ContractDraft:
        services = [
            self.services_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.services_list.count())
            if self.services_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        return ContractDraft(
            client_id=self.client_id,
            number=self.number_edit.text(),
            signed_on=_pydate(self.signed_edit.date()),
            starts_on=_pydate(self.starts_edit.date()),
            ends_on=None if self.ends_check.isChecked() else _pydate(self.ends_edit.date()),
            status=self.status_combo.currentData(),
            services=services,
            accept_without_client=self.without_client_check.isChecked(),
            lists_electronic=self.electronic_check.isChecked(),
            lists_on_media=self.media_check.isChecked(),
            discount_percent=Decimal(str(round(self.discount_box.value(), 2))),
            weight_tolerance_percent=Decimal(str(round(self.tolerance_percent_box.value(), 1))),
            weight_tolerance_g=self.tolerance_g_box.value(),
            payment_terms=self.payment_combo.currentData(),
            credit_limit_kop=round(self.credit_box.value() * 100),
            payment_term_days=self.term_box.value(),
            notes=self.notes_edit.toPlainText(),
            id=self.contract_id,
        )

    def save(self) -> None:
        draft = self.draft()
        self.buttons.setEnabled(False)
        self.ctx.tasks.start(self.ctx.ops.clients.save_contract(draft), self._on_saved, self._on_failed)

    def _on_saved(self, contract_id: int) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(contract_id)
        self.accept()

    def _on_failed(self, exc: BaseException) -> bool:
        self.buttons.setEnabled(True)
        if not isinstance(exc, UserError):
            return False
        errors = exc.errors if isinstance(exc, ValidationFailed) else {}
        self.form.show_errors(errors)
        self.error_label.setText(exc.message)
        self.error_label.show()
        grow_to_fit(self)
        return True
