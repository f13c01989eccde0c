"""House rules as tests: layer contracts, lint, types and a complete Russian translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    path = BIN / name
    return str(path) if path.exists() else (shutil.which(name) or name)


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_layer_contracts_hold():
    result = _run([_tool("lint-imports"), "--no-cache"])
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_is_clean():
    result = _run([_tool("ruff"), "check", "postdesk", "tests", "bench", "scripts"])
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_is_clean():
    result = _run([_tool("mypy"), "--no-incremental"])
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_user_visible_string_has_a_russian_translation():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    gaps = translations.missing()
    listing = "\n".join(f"{m.filename}: [{m.context}] {m.source!r}" for m in gaps)
    assert not gaps, f"untranslated strings (run scripts/translations.py update, then translate):\n{listing}"


def test_no_module_outside_ui_and_device_adapters_imports_qt():
    offenders = []
    for path in (ROOT / "postdesk").rglob("*.py"):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(("postdesk/ui/", "postdesk/devices/qt/", "postdesk/cli/")):
            continue
        text = path.read_text(encoding="utf-8")
        if "PySide6" in text or "shiboken6" in text:
            offenders.append(relative)
    assert offenders == []


def _non_literal_tr_calls() -> list[str]:
    """``self.tr(x)`` looks ``x`` up under the class's own context, so a string marked elsewhere with
    QT_TRANSLATE_NOOP("Other", ...) would silently stay English: such strings need translate()."""
    import ast

    offenders = []
    for path in (ROOT / "postdesk").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and node.args
                and not (isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str))
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return offenders


def test_tr_is_only_called_with_literal_strings():
    assert _non_literal_tr_calls() == []


def _core_calls_in(source: str) -> list[int]:
    """Lines that reach the core's services: ``ctx.core.x``, ``self.ctx.core.x``, ``core.x.y``."""
    import ast

    lines = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute)):
            continue
        inner = node.value
        if inner.attr == "core" or (
            isinstance(inner.value, ast.Name) and inner.value.id in {"core", "_core"}
        ):
            lines.append(node.lineno)
    return lines


def test_screens_start_declared_operations_instead_of_calling_the_core():
    allowed = ("postdesk/ui/operations/", "postdesk/ui/application.py", "postdesk/ui/context.py")
    offenders = []
    for path in (ROOT / "postdesk" / "ui").rglob("*.py"):
        relative = path.relative_to(ROOT).as_posix()
        if not relative.startswith(allowed):
            offenders += [f"{relative}:{line}" for line in _core_calls_in(path.read_text(encoding="utf-8"))]
    assert offenders == []


def test_the_core_call_rule_catches_direct_calls():
    sample = (
        "def f(self, core):\n"
        "    self.ctx.core.clients.search(self.ctx.actor, '')\n"
        "    core.batches.get(actor, 1)\n"
        "    self.ctx.ops.clients.search('')\n"
    )
    assert sorted(_core_calls_in(sample)) == [2, 3]
