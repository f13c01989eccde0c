"""Revision 0006_money: a balance typed before it becomes the contract's opening ledger entry."""

from alembic import command
from sqlalchemy import text

from postdesk.db.engine import make_engine
from postdesk.db.migrate import alembic_config, upgrade_to_head


def test_typed_balances_become_opening_entries_and_stay_the_balance(sqlite_url):
    engine = make_engine(sqlite_url)
    command.upgrade(alembic_config(engine), "0005")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO clients (id, full_name, short_name, inn, kpp, ogrn, legal_address,"
                " postal_address, phones, email, bank_name, bik, settlement_account, correspondent_account,"
                " status, notes, search_text, created_at, updated_at) VALUES (1, 'A', 'A', '1300000017',"
                " '', '', '', '', '', '', '', '', '', '', 'active', '', '', '2026-01-01', '2026-01-01')"
            )
        )
        for contract_id, balance in ((1, -150_000), (2, 0), (3, 99_900)):
            connection.execute(
                text(
                    "INSERT INTO contracts (id, client_id, number, signed_on, starts_on, status,"
                    " accept_without_client, lists_electronic, lists_on_media, discount_percent,"
                    " weight_tolerance_percent, weight_tolerance_g, payment_terms, credit_limit_kop,"
                    " balance_kop, notes, created_at, updated_at) VALUES (:id, 1, :number, '2025-01-01',"
                    " '2025-01-01', 'active', 0, 0, 0, 0, 2, 5, 'postpaid', 0, :balance, '',"
                    " '2026-01-01', '2026-01-01')"
                ),
                {"id": contract_id, "number": f"N-{contract_id}", "balance": balance},
            )
    upgrade_to_head(engine)
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT c.id, c.balance_kop, COALESCE(SUM(e.amount_kop), 0), COUNT(e.id), MIN(e.kind),"
                " MIN(e.due_on) IS NOT NULL FROM contracts c"
                " LEFT JOIN ledger_entries e ON e.contract_id = c.id GROUP BY c.id ORDER BY c.id"
            )
        ).all()
    engine.dispose()
    assert [tuple(r) for r in rows] == [
        (1, -150_000, -150_000, 1, "opening", 1),  # a debt is due at once
        (2, 0, 0, 0, None, 0),
        (3, 99_900, 99_900, 1, "opening", 0),
    ]
