"""The demo prospects: every stage, contacts, competitor prices, due actions and offers."""

from __future__ import annotations

import datetime as dt

from postdesk.demo.outreach import seed_demo_prospects
from postdesk.demo.records import seed_demo_records
from postdesk.demo.seed import seed_demo
from postdesk.models.prospects import Stage
from postdesk.services.context import Actor


def test_demo_prospects_fill_every_stage_with_due_actions(sqlite_core) -> None:  # type: ignore[no-untyped-def]
    today = dt.date.today()
    seed_demo(sqlite_core.uow, sqlite_core.users, sqlite_core.clients, today)
    seed_demo_records(sqlite_core.uow, today)
    count = seed_demo_prospects(sqlite_core, today)
    actor = Actor.system("tests")
    board = sqlite_core.prospects.board(actor, include_closed=True)
    assert len(board.rows) == count
    assert set(board.stage_counts) == set(Stage)
    assert board.due_count >= 5 and any(r.overdue for r in board.rows)
    assert sum(1 for r in board.rows if r.competitor_price_kop) >= count // 2
    first = sqlite_core.prospects.get(actor, board.rows[0].id)
    assert first.decision_maker is not None and len(first.contacts) == 2
    offers = [
        letter
        for row in board.rows
        for letter in sqlite_core.outreach_letters.history(actor, prospect_id=row.id)
    ]
    assert offers and all(o.number.startswith("КП-") for o in offers)
    assert any(r.stage == Stage.WON for r in board.rows)
