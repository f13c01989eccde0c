"""Child processes for tests that need several workstations at once, or one to die mid-transaction.

python -m tests.support.workers allocate URL COUNT GO_FILE OUT_FILE
python -m tests.support.workers accept URL BATCH_ID PAUSED_FILE
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from postdesk.bootstrap import Core, build_core
from postdesk.common.paths import AppPaths
from postdesk.common.settings import SettingsStore
from postdesk.models.users import Role
from postdesk.services.context import Actor


def _core(url: str) -> Core:
    base = Path(tempfile.mkdtemp(prefix="postdesk-worker-"))
    paths = AppPaths(base / "data", base / "config", base / "logs")
    return build_core(paths=paths, settings=SettingsStore(None, environ={}), url=url, migrate=False)


def _wait_for(path: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            raise TimeoutError(path)
        time.sleep(0.005)


def allocate(url: str, count: int, go_file: str, out_file: str) -> None:
    """Allocate ``count`` times (blocks of 1-3, the office's range) as fast as possible once told to go."""
    core = _core(url)
    actor = Actor(None, f"ws-{count}", "worker", Role.OPERATOR, "worker")
    codes: list[str] = []
    _wait_for(Path(go_file))
    for n in range(count):
        codes += core.identifiers.allocate_rpo(actor, n % 3 + 1, office_postcode="430005")
    Path(out_file).write_text(json.dumps(codes), encoding="utf-8")
    core.close()


def accept(url: str, batch_id: int, paused_file: str) -> None:
    """Accept a batch, but stop half-way inside the transaction and wait to be killed."""
    core = _core(url)
    actor = Actor(None, "killed", "worker", Role.OPERATOR, "worker")

    def pause_half_way(done: int, total: int) -> None:
        if done * 2 >= total:
            # Written aside and renamed, so the test never reads a file that exists but is still empty.
            written = Path(paused_file + ".tmp")
            written.write_text(str(done), encoding="utf-8")
            written.replace(paused_file)
            time.sleep(120)

    core.acceptance.accept(actor, batch_id, office_postcode="430005", progress=pause_half_way)


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    if command == "allocate":
        allocate(arguments[0], int(arguments[1]), arguments[2], arguments[3])
    elif command == "accept":
        accept(arguments[0], int(arguments[1]), arguments[2])
    else:
        raise SystemExit(f"unknown command {command}")
