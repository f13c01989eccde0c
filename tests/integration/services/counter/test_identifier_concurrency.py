"""Several workstations allocating identifiers at once never get the same number (real processes)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from postdesk.models import IdentifierRange
from postdesk.postal.identifiers import is_valid_rpo

ROOT = Path(__file__).resolve().parents[4]
PROCESSES = 4
ALLOCATIONS = 200  # per process, in blocks of 1, 2 and 3 numbers


@pytest.mark.slow
def test_parallel_processes_never_share_a_number(core, tmp_path):
    url = core.engine.url.render_as_string(hide_password=False)
    go = tmp_path / "go"
    outputs = [tmp_path / f"out{n}.json" for n in range(PROCESSES)]
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.support.workers",
                "allocate",
                url,
                str(ALLOCATIONS),
                str(go),
                str(out),
            ],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for out in outputs
    ]
    go.write_text("go")
    for worker in workers:
        _out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err

    per_process = [json.loads(out.read_text()) for out in outputs]
    codes = [code for chunk in per_process for code in chunk]
    expected = PROCESSES * sum(n % 3 + 1 for n in range(ALLOCATIONS))
    assert len(codes) == expected
    assert len(set(codes)) == expected, "a number was handed out twice"
    assert all(is_valid_rpo(code) and code.startswith("430005") for code in codes)
    assert sorted(int(code[8:13]) for code in codes) == list(range(1, expected + 1))  # no gaps either
    with core.uow() as tx:
        [counter] = tx.session.scalars(select(IdentifierRange))
        assert counter.next_serial == expected + 1
