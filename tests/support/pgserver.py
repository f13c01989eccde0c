"""A throw-away PostgreSQL server for the tests, started from the machine's own binaries.

initdb runs into a temporary folder as a non-root user (PostgreSQL refuses to run as root),
the server listens on loopback only, on a free port, and is stopped and deleted afterwards.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SERVICE_USER = "postdesk-pg"


class PostgresUnavailable(RuntimeError):
    pass


def _find_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _service_user() -> str | None:
    """The user to run the server as when we are root (created if missing)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", SERVICE_USER):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    subprocess.run(
        ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVICE_USER],
        check=True,
        capture_output=True,
    )
    return SERVICE_USER


@dataclass
class PostgresServer:
    base: Path
    port: int
    user: str | None
    pg_ctl: str

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, args: list[str]) -> subprocess.CompletedProcess[str]:
        if self.user:
            args = ["runuser", "-u", self.user, "--", *args]
        return subprocess.run(args, check=True, capture_output=True, text=True, timeout=120)

    @classmethod
    def start(cls) -> PostgresServer:
        initdb, pg_ctl = _find_binary("initdb"), _find_binary("pg_ctl")
        if not initdb or not pg_ctl:
            raise PostgresUnavailable("initdb/pg_ctl not found (install the 'postgresql' package)")
        user = _service_user()
        base = Path(tempfile.mkdtemp(prefix="postdesk-pg-"))
        if user:
            info = pwd.getpwnam(user)
            os.chown(base, info.pw_uid, info.pw_gid)
        base.chmod(0o700)
        server = cls(base=base, port=_free_port(), user=user, pg_ctl=pg_ctl)
        try:
            server._run(
                [
                    initdb,
                    "-D",
                    str(base / "data"),
                    "-A",
                    "trust",
                    "-U",
                    "postgres",
                    "-E",
                    "UTF8",
                    "--locale=C",
                    "--no-sync",
                ]
            )
            options = (
                f"-c listen_addresses=127.0.0.1 -p {server.port} -k {base} -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
            )
            server._run(
                [
                    pg_ctl,
                    "-D",
                    str(base / "data"),
                    "-o",
                    options,
                    "-l",
                    str(base / "server.log"),
                    "-w",
                    "-t",
                    "60",
                    "start",
                ]
            )
        except (subprocess.SubprocessError, OSError) as exc:
            details = getattr(exc, "stderr", "") or ""
            log_file = base / "server.log"
            if log_file.exists():
                details += log_file.read_text(errors="replace")[-2000:]
            shutil.rmtree(base, ignore_errors=True)
            raise PostgresUnavailable(f"could not start PostgreSQL: {exc} {details}") from exc
        server._wait_ready()
        return server

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.1)
        raise PostgresUnavailable("PostgreSQL did not start listening")

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run([self.pg_ctl, "-D", str(self.base / "data"), "-m", "immediate", "-w", "stop"])
        shutil.rmtree(self.base, ignore_errors=True)
