"""How each dialog of the UI is opened for the 1280×720 check, with realistic content.

``CASES`` maps every dialog class to a factory: it gets the shared :class:`Env` (a seeded demo
database, a long-named client, the main window) and returns the dialog, and may name what
makes its message appear (``provoke``: returns the labels that must then be fully visible).
A new dialog class under ``postdesk/ui`` needs a line here, or the discovery test fails.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit

from postdesk.models.prospects import Stage
from postdesk.models.records import Outcome
from postdesk.services.outreach.offer_choices import OfferDefaults
from postdesk.services.records.data import Period
from postdesk.services.records.reports import RecordFilter
from postdesk.services.reference.importers import ImportKind
from postdesk.services.surveys.catalogue import Channel, ReachBy
from postdesk.ui.accounts.idle_lock import UnlockDialog
from postdesk.ui.accounts.users_section import ResetPasswordDialog
from postdesk.ui.clients.client_editor import ClientEditorDialog
from postdesk.ui.clients.contract_dialog import ContractDialog
from postdesk.ui.counter.correction_dialog import CorrectionDialog
from postdesk.ui.counter.dialogs import (
    FormDialog,
    ManualWeightDialog,
    PackDialog,
    ReasonDialog,
    RecipientDialog,
)
from postdesk.ui.counter.lists.wizard import ImportWizard
from postdesk.ui.counter.lists.wizard_decision import WizardDecision
from postdesk.ui.counter.lists.wizard_pages import WizardPages
from postdesk.ui.feedback.analysis_dialog import AnalysisDialog
from postdesk.ui.feedback.answer_dialog import AnswerDialog as FeedbackAnswerDialog
from postdesk.ui.feedback.calendar_dialog import CalendarDialog
from postdesk.ui.feedback.extend_dialog import ExtendDialog
from postdesk.ui.feedback.register_dialog import RegisterDialog
from postdesk.ui.login_dialog import LoginDialog
from postdesk.ui.money.payments_tab import PaymentDialog
from postdesk.ui.outreach.activity_dialog import ActivityDialog
from postdesk.ui.outreach.notice_delivery_dialog import NoticeDeliveryDialog
from postdesk.ui.outreach.notices_dialog import NoticesDialog
from postdesk.ui.outreach.offer_dialog import OfferDialog
from postdesk.ui.outreach.offer_flow import OfferFlow, OfferPreviewDialog
from postdesk.ui.outreach.prospect_dialog import ProspectDialog
from postdesk.ui.outreach.stage_dialog import StageDialog
from postdesk.ui.outreach.template_dialog import TemplateDialog
from postdesk.ui.printing.preview import PrintPreviewDialog
from postdesk.ui.records.drill_down import RecordsDialog
from postdesk.ui.records.quick_entry import QuickEntryDialog
from postdesk.ui.reference.import_dialog import ImportDialog
from postdesk.ui.reference.lookup import DeliveryDialog
from postdesk.ui.reference.organisations import OrganisationDialog
from postdesk.ui.surveys.answer_dialog import AnswerDialog as SurveyAnswerDialog
from postdesk.ui.surveys.club_tab import JoinDialog
from postdesk.ui.surveys.design_dialog import DesignDialog
from postdesk.ui.surveys.focus_group_dialogs import FocusGroupDialog, InviteDialog, MeetingDialog
from postdesk.ui.surveys.import_mapping import ImportMappingDialog
from tests.gui.ui.demo_window import Env

LONG_NAME = "ООО «Северо-Западная торгово-промышленная компания „Ромашка и партнёры“»"
LONG_TEXT = (
    "Клиент просит принять 1 234 567,89 ₽ за отправления по списку № 118 от 02.12.2026 и вернуть "
    "экземпляр ф. 103 с отметкой отделения; адрес: 430005, Республика Мордовия, г. Саранск, "
    "ул. Большевистская, д. 31, корп. 2, офис 415"
)


@dataclass(frozen=True)
class Case:
    open: Callable[[Env], QDialog]
    provoke: Callable[[QDialog], list[QLabel]] | None = None


def _click_ok(dialog: QDialog) -> None:
    """The dialog's accepting button, as the operator clicks it."""
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) is QDialogButtonBox.ButtonRole.AcceptRole:
                button.click()
                return
    raise AssertionError(f"{type(dialog).__name__} has no OK button")


def _form_errors(dialog: QDialog) -> list[QLabel]:
    assert isinstance(dialog, FormDialog)
    dialog.ok_button().click()
    return [label for label in dialog.form.errors.values() if label.text()]


def _wrong_weight(dialog: QDialog) -> list[QLabel]:
    assert isinstance(dialog, ManualWeightDialog)
    field = dialog.form.fields["grams"]
    assert isinstance(field, QLineEdit)
    field.setText("двенадцать с половиной килограммов")
    return _form_errors(dialog)


def _error_label(trigger: Callable[[Any], None]) -> Callable[[QDialog], list[QLabel]]:
    def provoke(dialog: QDialog) -> list[QLabel]:
        trigger(dialog)
        label = dialog.error_label  # type: ignore[attr-defined]
        return [label]

    return provoke


def _wrong_password(dialog: Any) -> None:
    if isinstance(dialog, LoginDialog):
        dialog.login_edit.setText("supervisor")
    dialog.password_edit.setText("совсем-не-тот-пароль")
    _click_ok(dialog)


def _different_passwords(dialog: Any) -> None:
    dialog.password_edit.setText("новый-пароль-1")
    dialog.repeat_edit.setText("новый-пароль-2")
    _click_ok(dialog)


def _no_file(dialog: Any) -> None:
    dialog.files_list.setCurrentRow(-1)
    dialog.path_edit.clear()
    dialog.next()


def _client_errors(dialog: Any) -> list[QLabel]:
    dialog.edits["full_name"].clear()
    dialog.edits["inn"].setText("12345")
    dialog.save()
    errors = [label for label in dialog.form.errors.values() if label.text()]
    return [dialog.summary_label, *errors]


def _contract_errors(dialog: Any) -> list[QLabel]:
    dialog.number_edit.clear()
    dialog.save()
    return [dialog.error_label, *(label for label in dialog.form.errors.values() if label.text())]


def _amount_in_words(dialog: Any) -> list[QLabel]:
    dialog.amount_edit.setText("сто пятьдесят рублей пятьдесят копеек")
    dialog.save(Outcome.GIVEN, None)
    return [dialog.error_label]


def _prospect_errors(dialog: Any) -> list[QLabel]:
    dialog.show_errors(
        {
            "name": "Укажите название организации так, как оно записано в выписке из ЕГРЮЛ.",
            "inn": "ИНН 1326000000 не прошёл проверку контрольной суммы: проверьте цифры.",
        }
    )
    return [dialog.error_label]


def _wizard(env: Env) -> QDialog:
    drive = env.folder / "Флешка клиента «Ромашка и партнёры»" / "Списки на отправку за декабрь"
    files = [
        drive / f"Список партионной почты № {n} от 02.12.2026 (заказные письма).xlsx" for n in (118, 119)
    ]
    return ImportWizard(
        env.ctx, client_id=env.client_id, drives={str(drive.parent): files}, parent=env.window
    )


def _preview(env: Env) -> QDialog:
    feedback = env.fetch(env.ctx.ops.feedback.items("all", limit=5))[0]
    return PrintPreviewDialog(
        env.ctx,
        env.ctx.ops.feedback.letter(feedback.id),
        title=f"Ответ на обращение {feedback.number}: {LONG_NAME}",
        file_name="ответ.pdf",
        parent=env.window,
    )


def _records(env: Env) -> QDialog:
    today = dt.date.today()
    wanted = RecordFilter(Period(today - dt.timedelta(days=365), today))
    records = env.fetch(env.ctx.ops.records.report_records(wanted))
    return RecordsDialog(records, f"{LONG_NAME}, отказы за год", env.window)


def _survey(env: Env, answer: bool) -> QDialog:
    summary = next(s for s in env.fetch(env.ctx.ops.surveys.surveys()) if s.published_version)
    survey = env.fetch(env.ctx.ops.surveys.get(summary.id))
    if not answer:
        return DesignDialog(env.ctx, survey, env.window)
    return SurveyAnswerDialog(
        env.ctx,
        survey.id,
        survey.title,
        survey.current,
        channel=Channel.COUNTER,
        client_id=env.client_id,
        client_name=LONG_NAME,
        parent=env.window,
    )


def _prospect(env: Env) -> QDialog:
    services = env.fetch(env.ctx.ops.outreach.services())
    row = env.fetch(env.ctx.ops.outreach.board()).rows[0]
    return ProspectDialog(services, env.fetch(env.ctx.ops.outreach.get(row.id)), env.window)


def _offer_defaults(env: Env) -> OfferDefaults:
    return env.fetch(env.ctx.ops.outreach.client_offer_defaults(env.client_id))  # type: ignore[no-any-return]


def _offer_preview(env: Env) -> QDialog:
    choice = OfferDialog(_offer_defaults(env), env.window).choice()
    offer = env.fetch(env.ctx.ops.outreach.make_client_offer(env.client_id, choice))
    return OfferPreviewDialog(OfferFlow(env.ctx, env.window), offer, env.window)


def _notice_delivery(env: Env) -> QDialog:
    dialog = NoticeDeliveryDialog(env.ctx, [], env.window)
    dialog.failures_edit.setPlainText("\n".join([f"{LONG_NAME}: сервер почты не отвечает"] * 30))
    return dialog


def _join(env: Env) -> QDialog:
    dialog = JoinDialog(env.ctx, env.window)
    dialog.search_edit.setText(LONG_NAME[5:30])
    dialog.search()
    return dialog


def _no_contacts(dialog: Any) -> list[QLabel]:
    """A client without contact persons chosen: the hint says where to add them."""
    dialog.search_edit.clear()
    dialog.search()
    for index in range(dialog.client_combo.count()):
        dialog.client_combo.setCurrentIndex(index)
        if dialog.hint.text():
            break
    return [dialog.hint]


def _long_member(env: Env) -> list[Any]:
    """The club's members, the long-named client's contact person among them."""
    members = env.fetch(env.ctx.ops.surveys.members())
    if not any(m.client_id == env.client_id for m in members):
        contact = env.details().draft.contacts[0]
        assert contact.id is not None
        consent = f"Письменное согласие на обработку персональных данных, {LONG_TEXT}"
        join = env.ctx.ops.surveys.join(contact.id, consent, ReachBy.EMAIL, dt.date.today())
        env.fetch(join)
        members = env.fetch(env.ctx.ops.surveys.members())
    return list(members)


def _focus_group(env: Env, held: bool) -> Any:
    """The demo's meeting held last month, or the one coming."""
    now = dt.datetime.now().astimezone()
    groups = env.fetch(env.ctx.ops.surveys.focus_groups())
    return next(g for g in groups if (g.held_at < now) is held)


def _invite(env: Env) -> QDialog:
    return InviteDialog(_focus_group(env, held=False), _long_member(env), env.window)


def _meeting(env: Env) -> QDialog:
    """The held meeting, the long-named client's contact person among its guests (the invitation
    only queued: nothing is sent)."""
    group = _focus_group(env, held=True)
    member = next(m for m in _long_member(env) if m.client_id == env.client_id)
    if all(g.member_id != member.id for g in group.guests):
        env.core.focus_groups.invite(env.ctx.actor, group.id, [member.id])
        group = _focus_group(env, held=True)
    return MeetingDialog(group, env.window)


def _new_meeting(env: Env) -> QDialog:
    dialog = FocusGroupDialog(env.window)
    dialog.place_edit.setText("Зал совещаний ОПС, 2 этаж, вход со двора через служебную дверь")
    dialog.topic_edit.setText("Электронные списки ф. 103 и предварительная запись на сдачу партий")
    return dialog


def _mapping(env: Env) -> QDialog:
    summary = next(s for s in env.fetch(env.ctx.ops.surveys.surveys()) if s.published_version)
    survey = env.fetch(env.ctx.ops.surveys.get(summary.id))
    headers = [
        "Отметка времени (дата и время заполнения формы респондентом)",
        "ИНН организации-клиента, от имени которой заполнена анкета",
        "Фамилия, имя и отчество заполнившего анкету сотрудника организации",
        *(f"{q.position}. {q.text} (обязательный вопрос веб-формы)" for q in survey.current.questions),
        "Дополнительный комментарий к анкете, не относящийся к вопросам отделения",
    ]
    path = env.folder / "Ответы на анкету качества обслуживания корпоративных клиентов (веб-форма).csv"
    row = ["02.12.2026 10:15", "1326000000", "Иванова-Петрова Мария Сергеевна"]
    path.write_text(";".join(headers) + "\n" + ";".join(row) + "\n", "utf-8")
    columns = env.fetch(env.ctx.ops.surveys.import_columns(survey.id, path))
    return ImportMappingDialog(columns, env.window)


def _same_place(dialog: Any) -> list[QLabel]:
    target = dialog.choices[3].currentData() or "1"
    dialog.set_target(3, target)
    dialog.set_target(len(dialog.choices) - 1, target)
    dialog.buttons.accepted.emit()
    return [dialog.problem]


# Classes that are only ever opened as one of their subclasses.
BASES: set[type[QDialog]] = {FormDialog, WizardPages, WizardDecision}

CASES: dict[type[QDialog], Case] = {
    UnlockDialog: Case(lambda env: UnlockDialog(env.ctx, env.window), _error_label(_wrong_password)),
    ResetPasswordDialog: Case(
        lambda env: ResetPasswordDialog("operator.ivanova-petrova", env.window),
        _error_label(_different_passwords),
    ),
    ClientEditorDialog: Case(
        lambda env: ClientEditorDialog(env.ctx, env.details(), env.window), _client_errors
    ),
    ContractDialog: Case(
        lambda env: ContractDialog(env.ctx, env.client_id, env.details().contracts[0], env.window),
        _contract_errors,
    ),
    CorrectionDialog: Case(lambda env: CorrectionDialog(env.items("accepted")[0], env.window), _form_errors),
    ManualWeightDialog: Case(
        lambda env: ManualWeightDialog(env.items("draft")[0], env.window), _wrong_weight
    ),
    PackDialog: Case(lambda env: PackDialog(1250, 48, env.window)),
    ReasonDialog: Case(
        lambda env: ReasonDialog("Вернуть отправление клиенту", LONG_TEXT, env.window), _form_errors
    ),
    RecipientDialog: Case(lambda env: RecipientDialog(LONG_TEXT, env.window), _form_errors),
    ImportWizard: Case(_wizard, _error_label(_no_file)),
    AnalysisDialog: Case(lambda env: AnalysisDialog(env.ctx, env.window)),
    FeedbackAnswerDialog: Case(
        lambda env: FeedbackAnswerDialog(
            env.ctx, env.fetch(env.ctx.ops.feedback.items("all", limit=5))[0], env.window
        )
    ),
    CalendarDialog: Case(lambda env: CalendarDialog(env.ctx, env.window)),
    ExtendDialog: Case(
        lambda env: ExtendDialog(env.fetch(env.ctx.ops.feedback.items("all", limit=5))[0], env.window)
    ),
    RegisterDialog: Case(lambda env: RegisterDialog(env.ctx, env.window)),
    LoginDialog: Case(
        lambda env: LoginDialog(env.core, env.parts.tasks, env.window), _error_label(_wrong_password)
    ),
    PaymentDialog: Case(lambda env: PaymentDialog(env.window)),
    ActivityDialog: Case(lambda env: ActivityDialog(LONG_NAME, env.window)),
    NoticesDialog: Case(lambda env: NoticesDialog(env.ctx, env.window)),
    ProspectDialog: Case(_prospect, _prospect_errors),
    StageDialog: Case(
        lambda env: StageDialog(Stage.NEGOTIATING, env.fetch(env.ctx.ops.outreach.reasons()), env.window)
    ),
    TemplateDialog: Case(lambda env: TemplateDialog(env.ctx, env.window)),
    PrintPreviewDialog: Case(_preview),
    RecordsDialog: Case(_records),
    QuickEntryDialog: Case(
        lambda env: QuickEntryDialog(env.ctx, env.client_id, LONG_NAME, env.window), _amount_in_words
    ),
    ImportDialog: Case(lambda env: ImportDialog(env.ctx, ImportKind.TARIFFS, env.window)),
    DeliveryDialog: Case(lambda env: DeliveryDialog(env.ctx, env.window)),
    OrganisationDialog: Case(
        lambda env: OrganisationDialog(
            env.ctx, env.fetch(env.ctx.ops.reference.organisations())[0], env.window
        )
    ),
    SurveyAnswerDialog: Case(lambda env: _survey(env, answer=True)),
    DesignDialog: Case(lambda env: _survey(env, answer=False)),
    JoinDialog: Case(_join, _no_contacts),
    FocusGroupDialog: Case(_new_meeting),
    InviteDialog: Case(_invite),
    MeetingDialog: Case(_meeting),
    ImportMappingDialog: Case(_mapping, _same_place),
    OfferDialog: Case(lambda env: OfferDialog(_offer_defaults(env), env.window)),
    OfferPreviewDialog: Case(_offer_preview),
    NoticeDeliveryDialog: Case(_notice_delivery),
}
