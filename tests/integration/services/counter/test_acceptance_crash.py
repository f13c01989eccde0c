"""A process killed in the middle of accepting leaves no half-accepted batch."""

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from postdesk.models import (
    AuditEntry,
    Batch,
    BatchItem,
    BatchStatus,
    ItemChargeRow,
    ItemStatus,
    ServiceRecord,
)
from tests.support.batches import ItemSpec, make_client, make_draft, mark_all_weighed

ROOT = Path(__file__).resolve().parents[4]
ITEMS = 2000


def _count(core, statement):
    with core.uow() as tx:
        return tx.session.scalar(statement)


@pytest.mark.slow
def test_killed_acceptance_leaves_the_batch_untouched(core, staff, tmp_path):
    batch_id, _ = make_draft(core, *make_client(core), [ItemSpec(20 + n % 60) for n in range(ITEMS)])
    mark_all_weighed(core, batch_id)
    url = core.engine.url.render_as_string(hide_password=False)
    paused = tmp_path / "paused"
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.support.workers", "accept", url, str(batch_id), str(paused)],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not paused.exists():
            assert worker.poll() is None, worker.stderr.read() if worker.stderr else ""
            assert time.monotonic() < deadline, "the worker never reached the middle of the acceptance"
            time.sleep(0.02)
        # Half the items were written inside the open transaction.
        assert int(paused.read_text()) >= ITEMS // 2
    finally:
        worker.send_signal(signal.SIGKILL)  # also when the test fails: no worker outlives it
        worker.wait(timeout=30)
        worker.stderr.close()
    assert worker.returncode == -signal.SIGKILL

    with core.uow() as tx:
        batch = tx.session.get(Batch, batch_id)
        assert batch.status is BatchStatus.DRAFT and batch.accepted_at is None and batch.total_kop == 0
    assert _count(core, select(func.count()).select_from(ItemChargeRow)) == 0
    assert _count(core, select(func.count()).select_from(ServiceRecord)) == 0
    assert (
        _count(
            core, select(func.count()).select_from(BatchItem).where(BatchItem.status != ItemStatus.WEIGHED)
        )
        == 0
    )
    assert (
        _count(core, select(func.count()).select_from(BatchItem).where(BatchItem.barcode.is_not(None))) == 0
    )
    assert (
        _count(core, select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "batch_accept"))
        == 0
    )

    # The database is consistent and unlocked: the batch can now be accepted normally.
    result = core.acceptance.accept(staff.operator, batch_id, office_postcode="430005")
    assert result.items_accepted == ITEMS
    assert _count(core, select(func.count()).select_from(ItemChargeRow)) == ITEMS
