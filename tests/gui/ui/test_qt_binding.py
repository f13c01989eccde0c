"""Guards against Qt binding regressions that would take the running workstation down."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ping = Signal(object)


def test_emitting_signals_does_not_leak_references_to_true(qapp):
    # A scale emits ten readings a second for a whole shift; a binding whose emit() drops a
    # reference to True aborts the interpreter after a few thousand emits.
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(5000):
        emitter.ping.emit(1)
    assert abs(sys.getrefcount(True) - before) < 10
