"""Running the real ``postdesk`` command in a subprocess, in its own home folder."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.commands import run_command
from tests.support.once import built_once

ROOT = Path(__file__).resolve().parents[2]

Runner = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def postdesk_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "POSTDESK_HOME": str(tmp_path / "home"),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT),
            "POSTDESK_ERROR_DIALOGS": "0",
        }
    )
    env.pop("POSTDESK_DATABASE_URL", None)
    return env


@pytest.fixture
def run_postdesk(postdesk_env: dict[str, str]) -> Runner:
    def run(
        *args: str, stdin: str = "", env: dict[str, str] | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        return run_command(args, env=env or postdesk_env, stdin=stdin, timeout=timeout, cwd=ROOT)

    return run


def command_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a ``postdesk`` command working in ``home`` on its own SQLite database."""
    env = {
        **os.environ,
        "POSTDESK_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "POSTDESK_ERROR_DIALOGS": "0",
        **extra,
    }
    env.pop("POSTDESK_DATABASE_URL", None)
    return env


@pytest.fixture(scope="session")
def seeded_demo_home(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """``postdesk demo --no-gui`` run once for the whole run; modules take copies of its home."""

    def seed(home: Path) -> None:
        seeded = run_command(["demo", "--no-gui"], env=command_env(home), timeout=300)
        assert seeded.returncode == 0, seeded.stderr

    return built_once(tmp_path_factory, worker_id, "e2e-demo-home", seed)


def copy_home(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh copy of a seeded home, so that a module's changes stay its own."""
    target = tmp_path_factory.mktemp("demo-home") / "home"
    shutil.copytree(source, target, symlinks=True)
    return target
