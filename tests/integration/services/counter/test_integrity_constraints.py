"""The database itself keeps identifiers unique and ranges apart, and a killed allocator re-issues nothing."""

from __future__ import annotations

import datetime as dt
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from postdesk.common.errors import ValidationFailed
from postdesk.models import BatchItem, IdentifierRange, ItemStatus
from postdesk.postal.identifiers import make_rpo
from postdesk.postal.numbering import IdentifierKind
from postdesk.services.counter.identifiers import IdentifierService, RangeExhaustedError
from tests.support.batches import ItemSpec, make_client, make_draft, mark_all_weighed

ROOT = Path(__file__).resolve().parents[4]
MAY = dt.date(2026, 5, 20)  # month code 20: the office's ШПИ start with 43000520


def _range(kind: str, prefix: str, first: int, last: int, **extra: str) -> IdentifierRange:
    values = {"suffix": "", "period": ""} | extra
    return IdentifierRange(
        kind=kind,
        prefix=prefix,
        contract_id=None,
        first_serial=first,
        last_serial=last,
        next_serial=first,
        **values,
    )


def test_a_contract_range_and_the_office_month_never_share_numbers(core, staff):
    _client, contract_id = make_client(core)
    service = IdentifierService(core.uow, today=lambda: MAY)
    service.add_range(staff.admin, IdentifierKind.RPO, "43000520", 1, 100, contract_id=contract_id)
    with pytest.raises(RangeExhaustedError) as refused:
        service.allocate_rpo(staff.operator, 1, office_postcode="430005")
    assert "43000520" in refused.value.message and "диапазон договора" in refused.value.message
    # The other way round: once the office uses a month, no contract range may take its numbers.
    june = IdentifierService(core.uow, today=lambda: dt.date(2026, 6, 3))
    june.allocate_rpo(staff.operator, 1, office_postcode="430005")
    with pytest.raises(ValidationFailed):
        june.add_range(staff.admin, IdentifierKind.RPO, "43000521", 500, 600, contract_id=contract_id)


def test_postgresql_refuses_overlapping_ranges_by_constraint(postgres_url, app_paths):
    from tests.support.core import make_core

    core = make_core(postgres_url, app_paths)
    try:
        with core.uow() as tx:  # the same prefix 99 months apart is a new cycle: allowed
            tx.session.add(_range("rpo", "43000520", 1, 99_999, period="2026-05"))
            tx.session.add(_range("rpo", "43000520", 1, 99_999, period="2034-08"))
            tx.session.add(_range("s10", "RA", 1, 1000, suffix="RU"))
            tx.session.add(_range("s10", "RA", 1001, 2000, suffix="RU"))
            tx.commit()
        for clash in (
            _range("rpo", "43000520", 50, 60),  # a contract range over an office month
            _range("s10", "RA", 900, 1100, suffix="RU"),
            _range("rpo", "43000520", 99_999, 99_999, period="2026-05"),
        ):
            with pytest.raises(IntegrityError, match="ex_identifier_ranges_overlap"), core.uow() as tx:
                tx.session.add(clash)
                tx.commit()
    finally:
        core.close()


def test_one_identifier_belongs_to_one_live_accepted_item(core, staff):
    code = make_rpo("430005", 5, 4242)
    client_id, contract_id = make_client(core)
    first, [first_item] = make_draft(core, client_id, contract_id, [ItemSpec(barcode=code)], "a")
    second, [second_item] = make_draft(core, client_id, contract_id, [ItemSpec(barcode=code)], "b")
    for batch_id in (first, second):
        mark_all_weighed(core, batch_id)
    core.acceptance.accept(staff.operator, first, office_postcode="430005")
    # Whatever code path tries it, the database refuses a second live accepted item with the code.
    with pytest.raises(IntegrityError), core.uow() as tx:
        tx.session.execute(
            update(BatchItem).where(BatchItem.id == second_item).values(status=ItemStatus.ACCEPTED)
        )
        tx.commit()
    # Once the first item is voided, the number may be accepted again.
    core.corrections.void_item(staff.supervisor, first_item, "испорчен конверт")
    assert core.acceptance.accept(staff.operator, second, office_postcode="430005").items_accepted == 1


def test_a_killed_allocator_never_gets_its_numbers_issued_again(core, staff, tmp_path):
    url = core.engine.url.render_as_string(hide_password=False)
    published = tmp_path / "blocks.jsonl"
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.support.race_workers", "publish", url, str(published)],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not published.exists() or published.read_text(encoding="utf-8").count("\n") < 20:
            assert worker.poll() is None, worker.stderr.read() if worker.stderr else ""
            assert time.monotonic() < deadline, "the worker never allocated"
            time.sleep(0.01)
    finally:
        worker.send_signal(signal.SIGKILL)  # right after some commit, in the middle of the next
        worker.wait(timeout=30)
        worker.stderr.close()
    lines = published.read_text(encoding="utf-8").splitlines()
    issued = {code for line in lines if line.endswith("]") for code in json.loads(line)}
    assert len(issued) >= 100
    after = core.identifiers.allocate_rpo(staff.operator, 50, office_postcode="430005")
    assert not issued & set(after), "a number committed before the kill was handed out again"
    with core.uow() as tx:
        [next_serial] = tx.session.scalars(select(IdentifierRange.next_serial))
    assert next_serial > max(int(code[8:13]) for code in issued)
