"""Revision 0007_record_summaries: records written before it are summed into the new summaries."""

from alembic import command
from sqlalchemy import text
from sqlalchemy.orm import Session

from postdesk.db.engine import make_engine
from postdesk.db.migrate import alembic_config, upgrade_to_head
from tests.support.record_summaries import recomputed, stored

CLIENT = (
    "INSERT INTO clients (id, full_name, short_name, inn, kpp, ogrn, legal_address, postal_address, phones,"
    " email, bank_name, bik, settlement_account, correspondent_account, status, notes, search_text,"
    " created_at, updated_at) VALUES (:id, 'A', 'A', :inn, '', '', '', '', '', '', '', '', '', '', 'active',"
    " '', '', '2026-01-01', '2026-01-01')"
)
RECORD = (
    "INSERT INTO service_records (at, client_id, service_code, kind, items_count, amount_kop, user_login,"
    " workstation, note, outcome, reason_code, competitor_id, competitor_price_kop) VALUES (:at, :client,"
    " :service, 'counter', :q, :a, :login, '', '', :outcome, :reason, NULL, NULL)"
)


def test_existing_records_are_summed_by_the_migration(sqlite_url):
    engine = make_engine(sqlite_url)
    command.upgrade(alembic_config(engine), "0006_money")
    rows = [
        ("2026-03-01 08:00:00.000000", 1, "parcels", 2, 1000, "op1", "given", None),
        ("2026-03-31 23:59:59.000000", 1, "parcels", 1, 500, "op2", "given", None),
        ("2026-04-01 00:00:00.000000", 1, "ems", 1, 0, "op1", "declined", "price"),
        ("2026-04-15 10:00:00.000000", 2, "ems", 1, 0, "op1", "not_possible", "out_of_stock"),
        ("2026-04-16 10:00:00.000000", 2, "ems", 3, 900, "op1", "given", None),
    ]
    with engine.begin() as connection:
        connection.execute(text(CLIENT), [{"id": 1, "inn": "1300000017"}, {"id": 2, "inn": "1300000024"}])
        for at, client, service, q, a, login, outcome, reason in rows:
            connection.execute(
                text(RECORD),
                {
                    "at": at,
                    "client": client,
                    "service": service,
                    "q": q,
                    "a": a,
                    "login": login,
                    "outcome": outcome,
                    "reason": reason,
                },
            )
    upgrade_to_head(engine)
    with Session(engine) as session:
        expected = recomputed(session)
        assert stored(session) == expected
    engine.dispose()
    assert expected["clients"][("2026-03", 1, "given", "counter")][:3] == (2, 3, 1500)
    assert expected["refusals"] == {
        ("2026-04", "declined", "price", 0): (1,),
        ("2026-04", "not_possible", "out_of_stock", 0): (1,),
    }
