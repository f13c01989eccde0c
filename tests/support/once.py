"""Expensive test data built once for the whole run, shared by every test worker.

Seeding the whole demo costs tens of seconds; several modules need it, and with two workers
each worker would seed its own. The first worker to ask builds it into a folder beside the
workers' temporary folders, under a file lock; the others wait for it and reuse it. Tests
take copies, so no test sees another's changes.
"""

from __future__ import annotations

import fcntl
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest


def _shared_root(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    base = tmp_path_factory.getbasetemp()
    return base.parent if worker_id != "master" else base


def built_once(
    tmp_path_factory: pytest.TempPathFactory, worker_id: str, name: str, build: Callable[[Path], None]
) -> Path:
    """The folder ``name``, filled by ``build(folder)`` exactly once for the run."""
    root = _shared_root(tmp_path_factory, worker_id)
    folder, done = root / name, root / f"{name}.done"
    with (root / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            if folder.exists():  # a worker died half-way: start again
                shutil.rmtree(folder)
            folder.mkdir()
            build(folder)
            done.touch()
    return folder


def copy_of(folder: Path, tmp_path_factory: pytest.TempPathFactory, name: str = "copy") -> Path:
    """A private copy of a shared folder."""
    target = tmp_path_factory.mktemp(name) / folder.name
    shutil.copytree(folder, target, symlinks=True)
    return target
