"""Emitting Qt signals safely many times a second.

PySide6 6.12.0 returns ``True`` from ``SignalInstance.emit()`` without taking a reference, so
every Python-side emit lowers the reference count of ``True`` by one; after a few thousand
emits the interpreter aborts ("deallocating True or False"). A scale reports ten readings a
second, so its adapter emits through :func:`emit`, which puts the lost reference back — only
when this PySide version is found to lose it, so a fixed PySide needs no change here.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def _emit_loses_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(4):
        result: object = probe.ping.emit()  # type: ignore[func-returns-value]
        del result
    lost = before - sys.getrefcount(True)
    if lost:  # repair the probe's own damage
        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost == 4


EMIT_LOSES_REFERENCE = _emit_loses_a_reference()


def emit(signal: Any, *args: object) -> None:
    """``signal.emit(*args)``, keeping the interpreter's ``True`` alive on affected PySide versions."""
    result: object = signal.emit(*args)
    if EMIT_LOSES_REFERENCE and isinstance(result, bool):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
