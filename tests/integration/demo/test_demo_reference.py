"""The demo reference shelf: prices, norms, schedule, forms (two running low), organisations, a document."""

from __future__ import annotations

import datetime as dt

from postdesk.demo.seed import seed_demo
from postdesk.services.context import Actor
from tests.support.pdf import page_texts


def test_the_demo_shelf_answers_the_counters_questions(sqlite_core) -> None:  # type: ignore[no-untyped-def]
    today = dt.date(2026, 11, 20)
    seed_demo(sqlite_core.uow, sqlite_core.users, sqlite_core.clients, today)
    operator = Actor.system("demo-test")
    estimate = sqlite_core.delivery.estimate(operator, "440026", from_postcode="430005", posted_on=today)
    assert estimate.days == 4 and estimate.norm_to == "440"
    assert (
        sqlite_core.delivery.estimate(operator, "430005", from_postcode="430005", posted_on=today).days == 1
    )
    assert sqlite_core.delivery.count(operator) > 2000
    assert sqlite_core.delivery.regions.areas("430005") == {"Республика Мордовия": 3, "Саранск": 4}
    dispatch = sqlite_core.schedule.next_dispatch(operator, "440026", dt.datetime(2026, 11, 20, 9, 0))
    assert dispatch.route == "М-117"
    prices = {p.code: p for p in sqlite_core.price_lists.in_force(operator, today)}
    assert prices["copying"].price_kop == 1200 and prices["copying"].sample
    assert {f.code for f in sqlite_core.forms.low_stock(operator)} == {"f107", "box_m"}
    assert len(sqlite_core.organisations.search(operator, "саранск")) >= 2
    (document,) = sqlite_core.guiding_documents.documents(operator)
    assert "Памятка оператора" in page_texts(sqlite_core.guiding_documents.content(operator, document.id))[0]
