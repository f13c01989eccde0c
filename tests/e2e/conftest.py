"""Running the real ``postdesk`` command in a subprocess, in its own home folder."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

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
        return subprocess.run(
            [sys.executable, "-m", "postdesk", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=env or postdesk_env,
            timeout=timeout,
            cwd=ROOT,
        )

    return run
