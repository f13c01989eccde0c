"""Running the real ``postdesk`` command for end-to-end tests.

Each call is a separate process with its own arguments, environment, folder and exit code. By
default it is forked from one pre-imported server per test worker (see ``command_server``), which
saves the 2.5 s interpreter start per command; ``POSTDESK_E2E_SPAWN=1`` starts a fresh interpreter
for every call instead, exactly as a user's shell does.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class _Server:
    def __init__(self) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = str(ROOT)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.support.command_server"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )

    def alive(self) -> bool:
        return self.process.poll() is None

    def _reply(self, deadline: float | None) -> dict[str, int]:
        assert self.process.stdout is not None
        if deadline is not None:
            ready, _, _ = select.select([self.process.stdout], [], [], deadline)
            if not ready:
                raise TimeoutError
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("the command server stopped")
        reply: dict[str, int] = json.loads(line)
        return reply

    def run(self, request: dict[str, object], timeout: float) -> int:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        pid = self._reply(30)["pid"]
        try:
            return self._reply(timeout)["returncode"]
        except TimeoutError:
            os.killpg(pid, signal.SIGKILL)
            self._reply(30)
            raise

    def close(self) -> None:
        if self.alive():
            self.process.kill()
            self.process.wait()


_servers: dict[int, _Server] = {}  # one per test process (by pid, so a forked test never shares it)


def _the_server() -> _Server:
    server = _servers.get(os.getpid())
    if server is None or not server.alive():
        server = _servers[os.getpid()] = _Server()
    return server


def run_command(
    args: Sequence[str],
    *,
    env: Mapping[str, str],
    stdin: str = "",
    cwd: Path = ROOT,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """``python -m postdesk ARGS`` with ``env``; output captured as text, like ``subprocess.run``."""
    argv = [sys.executable, "-m", "postdesk", *args]
    if os.environ.get("POSTDESK_E2E_SPAWN") == "1":
        return subprocess.run(
            argv, input=stdin, capture_output=True, text=True, env=dict(env), timeout=timeout, cwd=cwd
        )
    with tempfile.TemporaryDirectory(prefix="postdesk-e2e-") as folder:
        streams = {name: Path(folder, name) for name in ("stdin", "stdout", "stderr")}
        streams["stdin"].write_text(stdin, encoding="utf-8")
        streams["stdout"].touch()
        streams["stderr"].touch()
        request: dict[str, object] = {
            "argv": list(args),
            "env": dict(env),
            "cwd": str(cwd),
            **{name: str(path) for name, path in streams.items()},
        }
        try:
            code = _the_server().run(request, timeout)
        except TimeoutError:
            raise subprocess.TimeoutExpired(argv, timeout) from None
        return subprocess.CompletedProcess(
            argv,
            code,
            streams["stdout"].read_text(encoding="utf-8", errors="replace"),
            streams["stderr"].read_text(encoding="utf-8", errors="replace"),
        )
