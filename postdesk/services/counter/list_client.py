"""Whose list is it: the INN, КПП and name in a list's title block against the chosen client.

A list brought under the wrong client would be charged to that client's contract, so a title
that names someone else is a warning the operator confirms before the rows are stored (the
confirmation is audited), and the client the title names is offered when there is one.

The INN decides: a title with the client's INN and another spelling of the name is the same
client; the name is compared only when the title gives no INN. A КПП is compared when both the
title and the client have one (another КПП is another branch of the organisation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.common.i18n import translate
from postdesk.lists.findings import Finding, Severity
from postdesk.lists.mapping import ListTitle
from postdesk.models.clients import Client

OTHER_CLIENT = "other_client"

_FORMS = re.compile(
    r"\b(ооо|оао|зао|пао|ао|нао|ип|ано|нко|фгуп|гуп|муп|фгбу|гбу|мбу|гау|"
    r"общество с ограниченной ответственностью|акционерное общество|индивидуальный предприниматель)\b"
)


@dataclass(frozen=True)
class ClientRef:
    id: int
    name: str
    inn: str
    kpp: str


@dataclass(frozen=True)
class ListClientCheck:
    """What the title says, what differs from the chosen client, and who the title names."""

    listed_inn: str
    listed_kpp: str
    listed_name: str
    differs: tuple[str, ...]  # "inn", "kpp", "name"
    client: ClientRef
    matching: ClientRef | None = None

    @property
    def mismatch(self) -> bool:
        return bool(self.differs)

    def message(self) -> str:
        """One sentence for the operator and the client: what the list says and whose it may be."""
        inn = translate("ListClient", "INN %1").replace("%1", self.listed_inn)
        kpp = translate("ListClient", "KPP %1").replace("%1", self.listed_kpp)
        listed = ", ".join(
            part
            for part in (
                self.listed_name,
                inn if self.listed_inn else "",
                kpp if self.listed_kpp else "",
            )
            if part
        )
        text = (
            translate("ListClient", "The list's title names «%1», not the chosen client %2 (INN %3).")
            .replace("%1", listed)
            .replace("%2", self.client.name)
            .replace("%3", self.client.inn)
        )
        if self.matching is not None:
            text += " " + translate("ListClient", "That is the client %1 (INN %2).").replace(
                "%1", self.matching.name
            ).replace("%2", self.matching.inn)
        return text

    def finding(self) -> Finding:
        return Finding(None, "", OTHER_CLIENT, Severity.WARNING, self.message())

    def audit_data(self) -> dict[str, object]:
        return {
            "listed_inn": self.listed_inn,
            "listed_kpp": self.listed_kpp,
            "listed_name": self.listed_name,
            "differs": list(self.differs),
            "client_inn": self.client.inn,
            "matching_client_id": self.matching.id if self.matching else None,
        }


def _ref(client: Client) -> ClientRef:
    return ClientRef(client.id, client.short_name or client.full_name, client.inn, client.kpp)


def _folded(name: str) -> str:
    text = name.casefold().replace("ё", "е")
    text = _FORMS.sub(" ", text)
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def same_name(listed: str, client: Client) -> bool:
    """The title's name is the client's when one folded name holds the other (forms and quotes aside)."""
    wanted = _folded(listed)
    if not wanted:
        return True
    for own in (client.short_name, client.full_name):
        folded = _folded(own)
        if folded and (wanted in folded or folded in wanted):
            return True
    return False


def check_list_client(session: Session, client_id: int, title: ListTitle) -> ListClientCheck:
    client = session.get_one(Client, client_id)
    differs: list[str] = []
    if title.inn and title.inn != client.inn:
        differs.append("inn")
    if title.kpp and client.kpp and title.kpp != client.kpp:
        differs.append("kpp")
    if not title.inn and title.sender and not same_name(title.sender, client):
        differs.append("name")
    matching = None
    if differs and title.inn:
        candidates = session.scalars(
            select(Client).where(Client.inn == title.inn, Client.id != client.id).order_by(Client.id)
        ).all()
        best = next((c for c in candidates if title.kpp and c.kpp == title.kpp), None)
        best = best or (candidates[0] if candidates else None)
        matching = _ref(best) if best is not None else None
    return ListClientCheck(title.inn, title.kpp, title.sender, tuple(differs), _ref(client), matching)
