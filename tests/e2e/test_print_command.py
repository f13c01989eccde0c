"""``postdesk print`` run as a real process on its own home folder and SQLite database."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from postdesk.bootstrap import build_core
from postdesk.common import settings as s
from postdesk.common.paths import AppPaths
from postdesk.common.settings import SettingsStore
from postdesk.db.engine import sqlite_url
from tests.support.commands import run_command
from tests.support.pdf import page_barcodes, page_texts
from tests.support.printed_batches import PARCEL_WITH_COD, store_batch

ROOT = Path(__file__).resolve().parents[2]


def _run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "POSTDESK_HOME": str(home), "POSTDESK_LANGUAGE": "ru"}
    env.pop("POSTDESK_DATABASE_URL", None)
    return run_command(args, env=env, cwd=ROOT, timeout=120)


def _home_with_batch(tmp_path: Path) -> tuple[Path, int]:
    home = tmp_path / "home"
    paths = AppPaths(home / "data", home / "config", home / "logs").ensure()
    settings = SettingsStore(paths.settings_file, environ={})
    settings.set(s.LABEL_STOCK, "148x105")
    core = build_core(paths=paths, settings=settings, url=sqlite_url(paths.default_database_file))
    try:
        return home, store_batch(core, 5)
    finally:
        core.close()


def test_print_list_and_labels_to_pdf(tmp_path):
    home, batch_id = _home_with_batch(tmp_path)
    out = tmp_path / "out" / "f103.pdf"
    result = _run(home, "print", "f103", "--batch", str(batch_id), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "f103" in result.stdout and "5" in result.stdout
    texts = page_texts(out.read_bytes())
    assert len(texts) == 2 and "СПИСОК № 118" in texts[0] and "Экземпляр 2" in texts[1]
    again = _run(home, "print", "f103", "--batch", str(batch_id), "--out", str(out))
    assert again.returncode == 0 and "reprint" in again.stdout

    labels = tmp_path / "labels.pdf"
    result = _run(home, "print", "labels", "--batch", str(batch_id), "--out", str(labels))
    assert result.returncode == 0, result.stderr
    found = page_barcodes(labels.read_bytes())
    assert len(found) == 5 and all(len(page) == 1 for page in found)
    import pypdf

    box = pypdf.PdfReader(str(labels)).pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (148, 105)


def test_expected_errors_are_one_line(tmp_path):
    home, _batch_id = _home_with_batch(tmp_path)
    result = _run(home, "print", "f103", "--batch", "4242", "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 1
    assert (
        result.stderr.strip().count("\n") == 0
        and "4242" in result.stderr
        and "Traceback" not in result.stderr
    )
    assert not (tmp_path / "x.pdf").exists()


def test_a_mixed_batch_prints_each_list_or_all_of_them(tmp_path):
    home = tmp_path / "home"
    paths = AppPaths(home / "data", home / "config", home / "logs").ensure()
    settings = SettingsStore(paths.settings_file, environ={})
    core = build_core(paths=paths, settings=settings, url=sqlite_url(paths.default_database_file))
    try:
        kinds = (("LETTER", "ORDERED", 80), PARCEL_WITH_COD)
        batch_id = store_batch(core, 5, kinds=kinds)
    finally:
        core.close()
    every = tmp_path / "all.pdf"
    result = _run(home, "print", "f103", "--batch", str(batch_id), "--out", str(every))
    assert result.returncode == 0, result.stderr
    assert "118-1, 118-2" in result.stdout and "5" in result.stdout
    assert len(page_texts(every.read_bytes())) == 4
    one = tmp_path / "one.pdf"
    result = _run(home, "print", "f103", "--batch", str(batch_id), "--list", "118-2", "--out", str(one))
    assert result.returncode == 0, result.stderr
    texts = page_texts(one.read_bytes())
    assert len(texts) == 2 and "СПИСОК № 118-2" in texts[0] and "Посылка" in texts[0]
    wrong = tmp_path / "wrong.pdf"
    refused = _run(home, "print", "f103", "--batch", str(batch_id), "--list", "7", "--out", str(wrong))
    assert refused.returncode == 1 and refused.stderr.strip().count("\n") == 0
    assert "118-1, 118-2" in refused.stderr and not wrong.exists()
    labels = _run(home, "print", "labels", "--batch", str(batch_id), "--list", "118-1", "--out", str(wrong))
    assert labels.returncode == 1 and "f103" in labels.stderr and not wrong.exists()
