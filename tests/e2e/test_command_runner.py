"""The forked command runner behaves as a freshly started ``python -m postdesk`` does."""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.e2e.conftest import command_env
from tests.support.commands import run_command


def _both(monkeypatch, *args: str, env: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], ...]:
    results = []
    for spawn in ("1", "0"):
        monkeypatch.setenv("POSTDESK_E2E_SPAWN", spawn)
        results.append(run_command(args, env=env))
    return tuple(results)


def test_forked_and_spawned_commands_give_the_same_output_and_code(monkeypatch, tmp_path):
    env = command_env(tmp_path / "home")
    spawned, forked = _both(monkeypatch, "batches", "list", "--json", env=env)
    assert (spawned.returncode, spawned.stdout) == (forked.returncode, forked.stdout) == (0, "[]\n")
    spawned, forked = _both(monkeypatch, "lists", "check", str(tmp_path / "missing.xlsx"), env=env)
    assert spawned.returncode == forked.returncode == 1
    assert spawned.stderr == forked.stderr and len(forked.stderr.strip().splitlines()) == 1
    assert "Traceback" not in forked.stderr


def test_each_command_gets_its_own_environment_and_process(monkeypatch, tmp_path):
    monkeypatch.setenv("POSTDESK_E2E_SPAWN", "0")
    first, second = tmp_path / "first", tmp_path / "second"
    for home in (first, second):
        assert run_command(["batches", "list"], env=command_env(home)).returncode == 0
    assert (first / "data").is_dir() and (second / "data").is_dir()
    assert os.environ.get("POSTDESK_HOME") != str(second)


def test_a_command_past_its_timeout_is_killed(monkeypatch, tmp_path):
    monkeypatch.setenv("POSTDESK_E2E_SPAWN", "0")
    env = command_env(tmp_path / "home")
    with pytest.raises(subprocess.TimeoutExpired):
        run_command(["scale", "simulate", "--protocol", "massak100"], env=env, timeout=3)
    assert run_command(["batches", "list", "--json"], env=env).stdout == "[]\n"
