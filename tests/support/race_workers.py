"""Child processes that race each other on one batch, one identifier, one range.

python -m tests.support.race_workers ROLE URL ARG GO_FILE OUT_FILE
python -m tests.support.race_workers publish URL OUT_FILE   (runs until killed)

Each worker builds its core, announces itself ready (``GO_FILE.ready.<pid>``), waits for the
test to release them all at once, does its work and writes what happened as JSON.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from postdesk.common.errors import UserError
from postdesk.models.users import Role
from postdesk.services.context import Actor
from tests.support.workers import _core, _wait_for

RACE_SECONDS = 6.0


def _actor(role: str) -> Actor:
    return Actor(None, f"ws-{os.getpid()}", "worker", Role.OPERATOR, role)


def _accept(core: Any, actor: Actor, batch_id: int) -> dict[str, Any]:
    """Try to accept until it works or the race is over; every refusal must be a plain message."""
    refusals: list[str] = []
    deadline = time.monotonic() + RACE_SECONDS
    while time.monotonic() < deadline:
        try:
            result = core.acceptance.accept(actor, batch_id, office_postcode="430005")
        except UserError as exc:
            refusals.append(exc.message)
            if "уже" in exc.message or "Другое рабочее место" in exc.message:
                break
            time.sleep(0.05)  # leave the write lock to the weighers now and then
            continue
        return {"accepted": True, "items": result.items_accepted, "refusals": refusals}
    return {"accepted": False, "refusals": refusals}


def _weigh(core: Any, actor: Actor, item_ids: list[int]) -> dict[str, Any]:
    """Weigh the items over and over, alternating a weight within and one far outside the tolerance."""
    done, refusals, rounds = 0, [], 0
    deadline = time.monotonic() + RACE_SECONDS
    while time.monotonic() < deadline and not refusals:
        for item_id in item_ids:
            mass = 20 if rounds % 2 else 90
            try:
                core.weighing.record_weight(actor, item_id, mass)
                done += 1
            except UserError as exc:
                refusals.append(exc.message)
                break
        rounds += 1
    # Leave every item weighed within the tolerance, so the accepter can finish (if still open).
    for item_id in item_ids:
        try:
            core.weighing.record_weight(actor, item_id, 20)
        except UserError as exc:
            refusals.append(exc.message)
            break
    return {"weighings": done, "refusals": refusals[:3]}


def _allocate(core: Any, actor: Actor, count: int) -> dict[str, Any]:
    codes: list[str] = []
    for n in range(count):
        codes += core.identifiers.allocate_rpo(actor, n % 3 + 1, office_postcode="430005")
    return {"codes": codes}


def publish_blocks(url: str, out_file: str) -> None:
    """Allocate blocks for ever, appending each one to ``out_file`` once its commit returned."""
    core = _core(url)
    actor = _actor("killed")
    with open(out_file, "a", encoding="utf-8") as out:
        while True:
            codes = core.identifiers.allocate_rpo(actor, 5, office_postcode="430005")
            out.write(json.dumps(codes) + "\n")
            out.flush()


def main(role: str, url: str, argument: str, go_file: str, out_file: str) -> None:
    core = _core(url)
    actor = _actor(role)
    Path(f"{go_file}.ready.{os.getpid()}").write_text("ready", encoding="utf-8")
    _wait_for(Path(go_file))
    if role == "accept":
        outcome = _accept(core, actor, int(argument))
    elif role == "weigh":
        outcome = _weigh(core, actor, [int(i) for i in argument.split(",")])
    elif role == "allocate":
        outcome = _allocate(core, actor, int(argument))
    else:
        raise SystemExit(f"unknown role {role}")
    written = Path(out_file + ".tmp")
    written.write_text(json.dumps(outcome, ensure_ascii=False), encoding="utf-8")
    written.replace(out_file)
    core.close()


if __name__ == "__main__":
    if sys.argv[1] == "publish":
        publish_blocks(sys.argv[2], sys.argv[3])
    else:
        main(*sys.argv[1:6])
