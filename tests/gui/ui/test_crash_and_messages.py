"""Unexpected errors write a crash log; expected ones reach the user as one plain message."""

from __future__ import annotations

import logging

from postdesk.common.errors import UserError
from postdesk.common.logs import RingBufferHandler
from postdesk.ui.crash import CrashHandler
from postdesk.ui.messages import Level, MessageBridge, MessagePresenter


def test_unexpected_error_writes_crash_log_with_recent_lines(qapp, tmp_path, qtbot):
    ring = RingBufferHandler()
    ring.lines.append("2026-11-22 opened batch 7")
    handler = CrashHandler(tmp_path, ring, dialogs=False)
    with qtbot.waitSignal(handler.crashed) as blocker:
        try:
            raise RuntimeError("lost a weight")
        except RuntimeError as exc:
            handler.handle(exc)
    report = (tmp_path / blocker.args[0].split("/")[-1]).read_text(encoding="utf-8")
    assert "RuntimeError: lost a weight" in report
    assert "opened batch 7" in report


def test_user_errors_are_routed_to_the_bridge_not_the_crash_log(qapp, tmp_path):
    bridge = MessageBridge()
    seen = []
    bridge.posted.connect(seen.append)
    handler = CrashHandler(tmp_path, None, dialogs=False, on_user_error=bridge.user_error)
    handler.handle(UserError("Весы не отвечают: проверьте кабель."))
    assert [(m.level, m.text) for m in seen] == [(Level.ERROR, "Весы не отвечают: проверьте кабель.")]
    assert list(tmp_path.glob("crash-*.log")) == []


def test_presenter_without_dialogs_logs_instead(qapp, caplog):
    bridge = MessageBridge()
    MessagePresenter(bridge, dialogs=False)
    with caplog.at_level(logging.ERROR, logger="postdesk.ui.messages"):
        bridge.error("Файл списка повреждён")
    assert "Файл списка повреждён" in caplog.text
