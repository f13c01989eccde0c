"""The ``postdesk scale`` commands as scripts call them: a real simulator process, real exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.commands import run_command

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "POSTDESK_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT)}


def postdesk(tmp_path: Path, *args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return run_command(args, env=_env(tmp_path), cwd=ROOT, timeout=timeout)


class Simulator:
    def __init__(self, tmp_path: Path, protocol: str, *extra: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "postdesk", "scale", "simulate", "--protocol", protocol, *extra],
            cwd=ROOT,
            env=_env(tmp_path),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        assert self.process.stdout is not None
        first = self.process.stdout.readline().split()
        assert first[0] == "port", first
        self.port = first[1]
        self.process.stdout.readline()  # the help text, two lines
        self.process.stdout.readline()

    def send(self, command: str) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline().strip() == "ok"

    def close(self) -> None:
        if self.process.poll() is None:
            self.send("quit")
            self.process.wait(10)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


@pytest.fixture
def simulator(tmp_path):
    started: list[Simulator] = []

    def start(protocol: str, *extra: str) -> Simulator:
        started.append(Simulator(tmp_path, protocol, *extra))
        return started[-1]

    yield start
    for sim in started:
        sim.close()


def test_read_prints_a_stable_weight_as_json(tmp_path, simulator):
    sim = simulator("massak100", "--weight", "1250")
    result = postdesk(
        tmp_path, "scale", "read", "--port", sim.port, "--protocol", "massak100", "--json", "--timeout", "5"
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "protocol": "massak100",
        "port": sim.port,
        "grams": 1250,
        "stable": True,
        "status": "ok",
    }


def test_read_with_auto_detection_and_text_output(tmp_path, simulator):
    sim = simulator("cas6", "--weight", "488")
    result = postdesk(tmp_path, "scale", "read", "--port", sim.port, "--timeout", "8")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"488 g (cas6 on {sim.port})"


@pytest.mark.parametrize(
    ("command", "status"), [("overload", "overload"), ("negative 30", "underload"), ("unstable", "unstable")]
)
def test_read_fails_with_a_one_line_reason(tmp_path, simulator, command, status):
    sim = simulator("pos2", "--weight", "900")
    sim.send(command)
    result = postdesk(
        tmp_path, "scale", "read", "--port", sim.port, "--protocol", "pos2", "--timeout", "1", "--json"
    )
    assert result.returncode == 1
    payload = json.loads(result.stdout)
    assert payload["status"] == status and payload["stable"] is False and payload["grams"] is None
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith(f"postdesk: {status}")


def test_read_without_a_scale_fails_quickly(tmp_path):
    started = time.monotonic()
    result = postdesk(
        tmp_path,
        "scale",
        "read",
        "--port",
        str(tmp_path / "nothing"),
        "--protocol",
        "mtsics",
        "--timeout",
        "1",
        "--json",
    )
    assert result.returncode == 1 and time.monotonic() - started < 10
    assert json.loads(result.stdout)["status"] == "error"
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_probe_reports_protocol_and_settings(tmp_path, simulator):
    sim = simulator("toledo8217", "--weight", "1500")
    result = postdesk(tmp_path, "scale", "probe", "--port", sim.port, "--json", "--timeout", "0.3")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["protocol"] == "toledo8217"
    assert (found["baudrate"], found["bytesize"], found["parity"], found["stopbits"]) == (9600, 7, "E", 1)


def test_simulator_on_tcp_and_its_unplug(tmp_path, simulator):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        free = s.getsockname()[1]
    sim = simulator("massak100", "--tcp", str(free), "--weight", "3000")
    assert sim.port == f"socket://127.0.0.1:{free}"
    ok = postdesk(tmp_path, "scale", "read", "--port", sim.port, "--protocol", "massak100", "--json")
    assert ok.returncode == 0 and json.loads(ok.stdout)["grams"] == 3000
    sim.send("unplug")
    gone = postdesk(
        tmp_path, "scale", "read", "--port", sim.port, "--protocol", "massak100", "--timeout", "1"
    )
    assert gone.returncode == 1
