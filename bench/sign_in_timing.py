"""Sign-in timing: a wrong password for a known login against an unknown login.

Both should take one argon2 verification, so the ratio should be close to 1 (before the dummy
hash, an unknown login answered about 500 times faster, telling which logins exist). The
throttle is set high here so that it does not refuse the repeated attempts.

    .venv/bin/python bench/sign_in_timing.py [--attempts 30]
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from postdesk.bootstrap import build_core  # noqa: E402
from postdesk.common.errors import UserError  # noqa: E402
from postdesk.common.paths import AppPaths  # noqa: E402
from postdesk.common.settings import SettingsStore  # noqa: E402
from postdesk.models.users import Role  # noqa: E402
from postdesk.services.context import Actor  # noqa: E402
from postdesk.services.sign_in_throttle import ThrottlePolicy  # noqa: E402
from postdesk.services.users import UserService  # noqa: E402


def _median_ms(users: UserService, login: str, attempts: int) -> float:
    times = []
    for n in range(attempts):
        start = time.perf_counter()
        with contextlib.suppress(UserError):  # every attempt here is refused
            users.authenticate(login, "wrong-password-1", f"bench-{n}")
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--attempts", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = AppPaths(folder / "data", folder / "config", folder / "logs").ensure()
        url = f"sqlite:///{folder / 'bench.sqlite3'}"
        core = build_core(paths=paths, settings=SettingsStore(None, environ={}), url=url)
        try:
            core.users.add_user(Actor.system("bench"), "known", "Known", Role.OPERATOR, "right-password-1")
            policy = ThrottlePolicy(throttle_after=10**6, lock_after=10**6, workstation_lock_after=10**6)
            users = UserService(core.uow, throttle=policy)
            known = _median_ms(users, "known", args.attempts)
            unknown = _median_ms(users, "nobody", args.attempts)
        finally:
            core.close()
    print(
        f"median of {args.attempts}: known login, wrong password {known:.1f} ms; "
        f"unknown login {unknown:.1f} ms (unknown/known {unknown / known:.2f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
