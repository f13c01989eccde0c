"""The prospects, offers and notices commands as scripts use them (a stable contract)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from postdesk.common.paths import resource_path
from postdesk.db.engine import make_engine
from postdesk.models.base import utc_now
from postdesk.models.batches import Batch, BatchItem
from postdesk.models.clients import Client
from postdesk.models.contracts import Contract, ContractService
from postdesk.models.prospects import OutreachLetter, Prospect
from tests.support.pdf import page_texts, squeeze


def _refused(result) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode == 1, result.stdout
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert any("а" <= ch <= "я" for ch in lines[0].lower()), lines[0]  # one Russian line
    return lines[0]


def _database(env: dict[str, str]) -> Path:
    return Path(env["POSTDESK_HOME"]) / "data" / "postdesk.sqlite3"


def _count(env: dict[str, str], table: type) -> int:
    engine = make_engine(f"sqlite:///{_database(env)}")
    try:
        with Session(engine) as session:
            return int(session.scalar(select(func.count()).select_from(table)) or 0)
    finally:
        engine.dispose()


def test_add_list_due_stage_and_an_offer_pdf(run_postdesk, postdesk_env, tmp_path) -> None:  # type: ignore[no-untyped-def]
    today = dt.date.today()
    added = run_postdesk(
        "prospects", "add", "--name", "ООО «Ромашка»", "--inn", "7707083893",
        "--contact", "Иванов Иван Иванович", "--email", "ivanov@example.ru", "--phone", "+7 900 000-00-00",
        "--service", "batch_mail", "--competitor", "Курьер-Экспресс", "--competitor-price", "80.00",
        "--volume", "500", "--discount", "10",
        "--next-action", today.isoformat(), "--json",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    prospect = json.loads(added.stdout)
    assert prospect["stage"] == "new" and prospect["competitor_price_kop"] == 8000
    assert prospect["contacts"][0] == {
        "name": "Иванов Иван Иванович", "role": "", "email": "ivanov@example.ru", "phone": "+7 900 000-00-00",
        "decides": True,
    }  # fmt: skip
    later = run_postdesk(
        "prospects", "add", "--name", "АО «Позже»",
        "--next-action", (today + dt.timedelta(days=3)).isoformat(), "--json",
    )  # fmt: skip
    assert later.returncode == 0, later.stderr

    due = json.loads(run_postdesk("prospects", "list", "--due", "--json").stdout)
    assert [p["id"] for p in due] == [prospect["id"]]
    assert len(json.loads(run_postdesk("prospects", "list", "--json").stdout)) == 2

    message = _refused(run_postdesk("prospects", "stage", str(prospect["id"]), "lost", "--json"))
    assert "причин" in message
    _refused(run_postdesk("prospects", "stage", str(prospect["id"]), "lost", "--reason", "no_such", "--json"))
    _refused(run_postdesk("prospects", "stage", str(prospect["id"]), "sold", "--json"))
    moved = run_postdesk("prospects", "stage", str(prospect["id"]), "negotiating", "--json")
    assert moved.returncode == 0 and json.loads(moved.stdout)["stage"] == "negotiating"

    out = tmp_path / "offer.pdf"
    made = run_postdesk("offers", "make", "--prospect", str(prospect["id"]), "--out", str(out))
    assert made.returncode == 0, made.stderr
    text = squeeze(" ".join(page_texts(out.read_bytes())))
    for expected in ("Иванов Иван Иванович", "ООО «Ромашка»", "62,00 ₽", "55,80 ₽", "80,00 ₽", "12 100,00 ₽"):
        assert squeeze(expected) in text, expected

    lost = run_postdesk("prospects", "stage", str(prospect["id"]), "lost", "--reason", "competitor", "--json")
    assert lost.returncode == 0 and json.loads(lost.stdout)["lost_reason"] == "competitor"


def test_bad_input_writes_nothing(run_postdesk, postdesk_env, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert run_postdesk("prospects", "list", "--json").returncode == 0
    _refused(run_postdesk("prospects", "add", "--name", "ООО «Опечатка»", "--inn", "7707083894", "--json"))
    _refused(run_postdesk("prospects", "add", "--name", "ООО «Цена»", "--competitor-price", "abc", "--json"))
    _refused(
        run_postdesk("prospects", "add", "--name", "ООО «Дата»", "--next-action", "31.12.2026", "--json")
    )
    _refused(
        run_postdesk("prospects", "add", "--name", "ООО «Без имени»", "--competitor-price", "10", "--json")
    )
    assert _count(postdesk_env, Prospect) == 0
    _refused(run_postdesk("offers", "make", "--client", "7707083893", "--out", str(tmp_path / "o.pdf")))
    _refused(run_postdesk("offers", "make", "--prospect", "1", "--out", str(tmp_path / "missing" / "o.pdf")))
    assert _count(postdesk_env, OutreachLetter) == 0 and not (tmp_path / "o.pdf").exists()
    _refused(
        run_postdesk(
            "notices", "tariffs", "--from", "sample-2026-01", "--to", "no-such", "--out", str(tmp_path / "n")
        )
    )
    assert not (tmp_path / "n").exists() or not any((tmp_path / "n").iterdir())


def _second_tariff(env: dict[str, str]) -> None:
    text = resource_path("tariffs", "2026-01-01_sample.toml").read_text(encoding="utf-8")
    text = text.replace('version = "sample-2026-01"', 'version = "next-2027"')
    text = text.replace("effective_from = 2026-01-01", "effective_from = 2027-01-01")
    text = text.replace('notice_ordered = "47.20"', 'notice_ordered = "52.00"')
    folder = Path(env["POSTDESK_HOME"]) / "data" / "tariffs"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "2027-01-01_next.toml").write_text(text, encoding="utf-8")


def _client_with_letters(env: dict[str, str], email: str = "") -> None:
    engine = make_engine(f"sqlite:///{_database(env)}")
    try:
        with Session(engine) as session:
            client = Client(
                full_name="ООО «Письма»", short_name="Письма", inn="1300000017", kpp="130001001", email=email
            )
            session.add(client)
            session.flush()
            contract = Contract(
                client_id=client.id, number="Д-17",
                signed_on=dt.date(2025, 1, 1), starts_on=dt.date(2025, 1, 1),
                services=[ContractService(service_code="batch_mail")],
            )  # fmt: skip
            session.add(contract)
            session.flush()
            batch = Batch(
                client_id=client.id, contract_id=contract.id, status="accepted", accepted_at=utc_now()
            )
            session.add(batch)
            session.flush()
            session.add(
                BatchItem(
                    batch_id=batch.id, seq=1, status="accepted", mail_type="LETTER", mail_category="ORDERED"
                )
            )
            session.commit()
    finally:
        engine.dispose()


def test_tariff_notices_are_written_for_the_clients_concerned(run_postdesk, postdesk_env, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert run_postdesk("prospects", "list").returncode == 0
    _second_tariff(postdesk_env)
    _client_with_letters(postdesk_env)
    result = run_postdesk(
        "notices",
        "tariffs",
        "--from",
        "sample-2026-01",
        "--to",
        "next-2027",
        "--out",
        str(tmp_path / "out"),
        "--json",
    )
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    (notice,) = payload["notices"]
    assert notice["inn"] == "1300000017" and notice["contract"] == "Д-17"
    assert [(c["kind"], c["item"], c["old_kop"], c["new_kop"]) for c in notice["changes"]] == [
        ("LETTER/ORDERED", "notice_ordered", 4720, 5200)
    ]
    assert payload["files"] == [notice["path"]]
    text = squeeze(" ".join(page_texts(Path(notice["path"]).read_bytes())))
    assert squeeze("было 47,20 ₽, станет 52,00 ₽ с 01.01.2027") in text
    again = run_postdesk(
        "notices",
        "tariffs",
        "--from",
        "sample-2026-01",
        "--to",
        "next-2027",
        "--out",
        str(tmp_path / "out"),
        "--json",
    )
    assert again.returncode == 0 and json.loads(again.stdout)["notices"] == []


def test_notices_go_by_e_mail_and_a_server_that_is_down_leaves_them_queued(
    run_postdesk, postdesk_env, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from tests.support.smtp import LOGIN, PASSWORD, free_port, smtp_server

    assert run_postdesk("prospects", "list").returncode == 0
    _second_tariff(postdesk_env)
    _client_with_letters(postdesk_env, email="office@pisma.example.ru")
    args = ("notices", "tariffs", "--from", "sample-2026-01", "--to", "next-2027", "--email", "--json")
    mail_env = {
        **postdesk_env,
        "POSTDESK_SMTP_HOST": "127.0.0.1",
        "POSTDESK_SMTP_PORT": str(free_port()),
        "POSTDESK_SMTP_LOGIN": LOGIN,
        "POSTDESK_SMTP_PASSWORD": PASSWORD,
        "POSTDESK_MAIL_FROM": "ops@example.ru",
    }
    down = run_postdesk(*args, "--out", str(tmp_path / "a"), env=mail_env)
    assert down.returncode == 0, down.stderr
    (notice,) = json.loads(down.stdout)["notices"]
    assert notice["mail"] == "queued" and "не отвечает" in down.stderr
    installed = Path(postdesk_env["POSTDESK_HOME"]) / "data" / "tariffs" / "2027-01-01_next.toml"
    text = installed.read_text(encoding="utf-8").replace('"next-2027"', '"next-2027b"')
    text = text.replace("effective_from = 2027-01-01", "effective_from = 2027-02-01")
    text = text.replace('notice_ordered = "52.00"', 'notice_ordered = "55.00"')
    (installed.parent / "2027-02-01_next.toml").write_text(text, encoding="utf-8")
    with smtp_server(tmp_path) as server:
        up_env = {
            **mail_env,
            "POSTDESK_SMTP_PORT": str(server.port),
            "POSTDESK_SMTP_CA_FILE": str(server.ca_file),
        }
        sent = run_postdesk(
            "notices", "tariffs", "--from", "next-2027", "--to", "next-2027b", "--email", "--json",
            "--out", str(tmp_path / "b"), env=up_env,
        )  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    (notice,) = json.loads(sent.stdout)["notices"]
    assert notice["mail"] == "sent"
    (message,) = server.inbox.messages
    assert server.inbox.recipients == [["office@pisma.example.ru"]]
    attachment = next(p for p in message.walk() if p.get_filename())
    assert squeeze("было 52,00 ₽, станет 55,00 ₽") in squeeze(
        " ".join(page_texts(attachment.get_payload(decode=True)))
    )
