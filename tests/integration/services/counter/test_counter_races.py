"""Eight workstations race on one database (real processes released together by a barrier).

Two accept the same batch, two accept different batches carrying the same ШПИ, two weigh a
batch while a third accepts it, one allocates office numbers throughout. Whatever the
interleaving: no identifier twice, no accepted batch with an unweighed item, no batch half
accepted, and every refusal a plain message.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from postdesk.models import Batch, BatchItem, BatchStatus, ItemChargeRow, ItemStatus, ServiceRecord
from postdesk.postal.identifiers import make_rpo
from tests.support.batches import ItemSpec, make_client, make_draft, mark_all_weighed

ROOT = Path(__file__).resolve().parents[4]
SHARED_CODE = make_rpo("430005", 5, 77777)
ITEMS = 40


def _spawn(role: str, url: str, argument: str, go: Path, out: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.race_workers", role, url, argument, str(go), str(out)],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )


def _release_together(workers: list[subprocess.Popen[str]], go: Path) -> None:
    """The barrier: wait until every worker has built its core, then let them all go at once."""
    deadline = time.monotonic() + 120
    while len(list(go.parent.glob(go.name + ".ready.*"))) < len(workers):
        for worker in workers:
            assert worker.poll() is None, worker.stderr.read() if worker.stderr else ""
        assert time.monotonic() < deadline, "the workers never got ready"
        time.sleep(0.02)
    go.write_text("go")


def _batch_state(core, batch_id):  # type: ignore[no-untyped-def]
    with core.uow() as tx:
        session = tx.session
        batch = session.get_one(Batch, batch_id)
        statuses = Counter(session.scalars(select(BatchItem.status).where(BatchItem.batch_id == batch_id)))
        unweighed = session.scalar(
            select(func.count())
            .select_from(BatchItem)
            .where(
                BatchItem.batch_id == batch_id,
                BatchItem.status == ItemStatus.ACCEPTED,
                BatchItem.weighed_mass_g.is_(None) | (BatchItem.weight_decision == "undecided"),
            )
        )
        charges = session.scalar(
            select(func.count())
            .select_from(ItemChargeRow)
            .join(BatchItem, BatchItem.id == ItemChargeRow.item_id)
            .where(BatchItem.batch_id == batch_id)
        )
        records = session.scalar(
            select(func.count()).select_from(ServiceRecord).where(ServiceRecord.batch_id == batch_id)
        )
        return batch.status, statuses, unweighed, charges, records


def _assert_whole(core, batch_id):  # type: ignore[no-untyped-def]
    """Accepted entirely (every item weighed, charged, recorded) or not at all."""
    status, statuses, unweighed, charges, records = _batch_state(core, batch_id)
    if status is BatchStatus.ACCEPTED:
        assert set(statuses) <= {ItemStatus.ACCEPTED, ItemStatus.RETURNED}, statuses
        assert unweighed == 0, "an accepted batch holds an unweighed item"
        assert charges == statuses[ItemStatus.ACCEPTED] and records == 1
    else:
        assert status is BatchStatus.DRAFT
        assert ItemStatus.ACCEPTED not in statuses and charges == 0 and records == 0
    return status


@pytest.mark.slow
def test_eight_workstations_race_without_corrupting_anything(core, tmp_path):
    client_id, contract_id = make_client(core)
    same = make_draft(core, client_id, contract_id, [ItemSpec() for _ in range(ITEMS)], "same")[0]
    mark_all_weighed(core, same)
    shared = [
        make_draft(core, client_id, contract_id, [ItemSpec(barcode=SHARED_CODE), ItemSpec()], f"s{n}")[0]
        for n in range(2)
    ]
    for batch_id in shared:
        mark_all_weighed(core, batch_id)
    weighed, item_ids = make_draft(core, client_id, contract_id, [ItemSpec() for _ in range(ITEMS)], "w")

    url = core.engine.url.render_as_string(hide_password=False)
    go = tmp_path / "go"
    half = ITEMS // 2
    jobs = [
        ("accept", str(same)),
        ("accept", str(same)),
        ("accept", str(shared[0])),
        ("accept", str(shared[1])),
        ("weigh", ",".join(map(str, item_ids[:half]))),
        ("weigh", ",".join(map(str, item_ids[half:]))),
        ("accept", str(weighed)),
        ("allocate", "60"),
    ]
    outs = [tmp_path / f"out{n}.json" for n in range(len(jobs))]
    workers = [_spawn(role, url, arg, go, out) for (role, arg), out in zip(jobs, outs, strict=True)]
    try:
        _release_together(workers, go)
        for worker in workers:
            _out, err = worker.communicate(timeout=300)
            assert worker.returncode == 0, err
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()
    results = [json.loads(out.read_text(encoding="utf-8")) for out in outs]

    # The same batch twice: exactly one acceptance, the other refused in words.
    assert [r["accepted"] for r in results[:2]].count(True) == 1
    assert _assert_whole(core, same) is BatchStatus.ACCEPTED
    # One ШПИ in two batches: exactly one of them accepted, the other untouched.
    assert [r["accepted"] for r in results[2:4]].count(True) == 1
    assert sorted(_assert_whole(core, b) for b in shared) == [BatchStatus.ACCEPTED, BatchStatus.DRAFT]
    # Weighing against acceptance: whole either way; once accepted, weighing was refused.
    assert results[4]["weighings"] + results[5]["weighings"] > 0, results[4:7]
    if _assert_whole(core, weighed) is BatchStatus.ACCEPTED:
        assert results[6]["accepted"]
    print(json.dumps(results[:7], ensure_ascii=False))
    for refusal in [m for r in results for m in r.get("refusals", [])]:
        assert "Traceback" not in refusal and refusal.strip()

    # No identifier twice, across allocations and every accepted item.
    with core.uow() as tx:
        accepted = list(
            tx.session.scalars(
                select(BatchItem.barcode).where(
                    BatchItem.status == ItemStatus.ACCEPTED, BatchItem.barcode.is_not(None)
                )
            )
        )
    allocated = results[7]["codes"]
    assert len(allocated) == sum(n % 3 + 1 for n in range(60))
    assert len(set(accepted)) == len(accepted), "an identifier belongs to two accepted items"
    assert not set(accepted) & set(allocated), "a number went both to a worker and to an item"
    assert len(set(allocated)) == len(allocated)
