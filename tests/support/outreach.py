"""Prospects, a second tariff version and a client's accepted mail, for the outreach tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from postdesk.bootstrap import Core
from postdesk.common.paths import resource_path
from postdesk.models.base import utc_now
from postdesk.models.batches import Batch, BatchItem
from postdesk.services.context import Actor
from postdesk.services.outreach.prospect_data import ContactInput, ProspectDraft, ProspectView

NEW_VERSION = "test-2027-01"
OLD_VERSION = "sample-2026-01"


def add_prospect(core: Core, actor: Actor, **changes: object) -> ProspectView:
    values: dict[str, object] = {
        "name": "ООО «Ромашка»",
        "inn": "7707083893",
        "kpp": "770701001",
        "address": "430005, г. Саранск, ул. Ленина, д. 10",
        "contacts": (
            ContactInput("Петрова Анна Сергеевна", "бухгалтер", email="petrova@example.ru"),
            ContactInput("Иванов Иван Иванович", "директор", "+7 900 000-00-00", "ivanov@example.ru", True),
        ),
        "services": ("batch_mail",),
        "competitor_name": "Курьер-Экспресс",
        "competitor_price_kop": 8000,
        "monthly_volume": 500,
        "proposed_discount_percent": Decimal("10"),
        "next_action": "Позвонить директору",
        "next_action_on": dt.date.today(),
    }
    values.update(changes)
    return core.prospects.save(actor, ProspectDraft(**values))  # type: ignore[arg-type]


def install_second_tariff(core: Core, effective_from: dt.date = dt.date(2027, 1, 1)) -> Path:
    """A new version in the data folder: registered letters and ordered notices dearer, the rest as before."""
    text = resource_path("tariffs", "2026-01-01_sample.toml").read_text(encoding="utf-8")
    text = text.replace('version = "sample-2026-01"', f'version = "{NEW_VERSION}"')
    text = text.replace("effective_from = 2026-01-01", f"effective_from = {effective_from.isoformat()}")
    ordered = 'categories = ["ORDERED"]\nfirst_step_g = 20\nfirst_step_price = "62.00"'
    assert ordered in text
    text = text.replace(ordered, ordered.replace("62.00", "66.50"))
    text = text.replace('notice_ordered = "47.20"', 'notice_ordered = "50.00"')
    banderol = 'categories = ["ORDERED"]\nfirst_step_g = 100\nfirst_step_price = "110.00"'
    assert banderol in text
    text = text.replace(banderol, banderol.replace("110.00", "120.00"))
    folder = core.paths.data_dir / "tariffs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{effective_from.isoformat()}_test.toml"
    path.write_text(text, encoding="utf-8")
    core.tariffs.reload()
    return path


def accepted_mail(
    core: Core, client_id: int, contract_id: int, kinds: list[tuple[str, str]], days_ago: int = 10
) -> None:
    """An accepted batch of the client with one accepted item per kind, ``days_ago`` days back."""
    at = utc_now() - dt.timedelta(days=days_ago)
    with core.uow() as tx:
        batch = Batch(
            client_id=client_id,
            contract_id=contract_id,
            status="accepted",
            accepted_at=at,
            mail_type=kinds[0][0],
            mail_category=kinds[0][1],
            items_count=len(kinds),
        )
        tx.session.add(batch)
        tx.session.flush()
        tx.session.add_all(
            BatchItem(
                batch_id=batch.id,
                seq=n,
                status="accepted",
                mail_type=mail_type,
                mail_category=category,
                declared_mass_g=20,
                recipient_name=f"Получатель {n}",
            )
            for n, (mail_type, category) in enumerate(kinds, start=1)
        )
        tx.commit()


def client_contacts(
    core: Core, client_id: int, contacts: list[tuple[str, str, str]], email: str = ""
) -> None:
    """Contact persons (name, position, e-mail) of a client, and the client's own e-mail."""
    from postdesk.models.clients import Client, ContactPerson

    with core.uow() as tx:
        client = tx.session.get_one(Client, client_id)
        client.email = email
        tx.session.add_all(
            ContactPerson(client_id=client_id, name=name, position=position, email=address)
            for name, position, address in contacts
        )
        tx.commit()


def use_smtp_server(core: Core, port: int, ca_file: Path) -> None:
    """Point the workstation's mail settings at the test SMTP server (tests.support.smtp)."""
    from postdesk.common import settings as s
    from tests.support.smtp import LOGIN, PASSWORD

    for setting, value in (
        (s.SMTP_HOST, "127.0.0.1"),
        (s.SMTP_PORT, port),
        (s.SMTP_SECURITY, "starttls"),
        (s.SMTP_LOGIN, LOGIN),
        (s.SMTP_PASSWORD, PASSWORD),
        (s.MAIL_FROM, "ops430005@example.ru"),
        (s.SMTP_TIMEOUT_S, 5),
        (s.SMTP_CA_FILE, str(ca_file)),
    ):
        core.settings.set(setting, value)  # type: ignore[arg-type]
