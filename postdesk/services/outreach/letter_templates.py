"""The supervisor edits the text of offers and notices: a copy in the data folder wins over the shipped one.

Only the letters of this area can be edited here (offers, tariff notices, expiry reminders); a
text that is not a valid template is refused before it is saved, and every change is audited.
"""

from __future__ import annotations

from pathlib import Path

from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.printing.letters.templates import LetterTemplates
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require

EDITABLE = ("offer.txt.j2", "tariff_notice.txt.j2", "contract_expiry.txt.j2")


class LetterTemplateService:
    def __init__(
        self, uow: UnitOfWorkFactory, templates: LetterTemplates, own_folder: Path, shipped_folder: Path
    ) -> None:
        self._uow = uow
        self._templates = templates
        self._own = own_folder
        self._shipped = shipped_folder

    def _check_name(self, name: str) -> None:
        if name not in EDITABLE:
            raise UserError(
                translate("Outreach", "The letter template «%1» cannot be edited here.").replace("%1", name)
            )

    def text(self, actor: Actor, name: str) -> str:
        """The text in use: the office's own copy, else the shipped one."""
        require(actor, Permission.VIEW_CLIENTS)
        self._check_name(name)
        own = self._own / name
        return (own if own.exists() else self._shipped / name).read_text(encoding="utf-8")

    def save(self, actor: Actor, name: str, text: str) -> None:
        require(actor, Permission.EDIT_LETTER_TEMPLATES)
        self._check_name(name)
        problem = self._templates.syntax_error(text)
        if problem is not None:
            raise UserError(
                translate("Outreach", "The template has an error in line %1; it was not saved.").replace(
                    "%1", problem
                )
            )
        self._own.mkdir(parents=True, exist_ok=True)
        with self._uow() as tx:
            audit.record(
                tx.session, actor, "letter_template_save", "letter_template", name, after={"chars": len(text)}
            )
            (self._own / name).write_text(text, encoding="utf-8")
            tx.commit()

    def reset(self, actor: Actor, name: str) -> None:
        """Back to the shipped text."""
        require(actor, Permission.EDIT_LETTER_TEMPLATES)
        self._check_name(name)
        with self._uow() as tx:
            audit.record(tx.session, actor, "letter_template_reset", "letter_template", name)
            (self._own / name).unlink(missing_ok=True)
            tx.commit()
