#!/usr/bin/env python3
"""Screenshots of a client's timeline, the refusals report and the catalogues' tabs on demo data,
taken offscreen.

QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/records_screenshots.py docs/
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(out: Path) -> int:
    os.environ["POSTDESK_HOME"] = tempfile.mkdtemp(prefix="postdesk-shot-")
    from PySide6.QtWidgets import QApplication

    from postdesk.bootstrap import build_core
    from postdesk.cli.common import prepare
    from postdesk.demo.records import seed_demo_records
    from postdesk.demo.seed import seed_demo
    from postdesk.ui.application import build_gui_parts
    from postdesk.ui.clients.client_editor import ClientEditorDialog
    from postdesk.ui.context import UiContext
    from postdesk.ui.records.report_views import REPORT_VIEWS
    from postdesk.ui.records.reports_page import ReportsPage
    from postdesk.ui.translator import install_translations

    paths, settings, ring = prepare()
    core = build_core(paths=paths, settings=settings)
    accounts = {a.login: a.password for a in seed_demo(core.uow, core.users, core.clients)}
    seed_demo_records(core.uow, dt.date.today())
    app = QApplication(sys.argv)
    translators = install_translations(app, "ru")
    parts = build_gui_parts(core, ring, dialogs=False, synchronous=True)
    actor = core.users.authenticate("supervisor", accounts["supervisor"], "Окно 2", "430005")
    ctx = UiContext(core=core, actor=actor, tasks=parts.tasks, messages=parts.messages)
    client = next(c for c in core.clients.search(actor, "") if c.status.value == "active")
    editor = ClientEditorDialog(ctx, core.clients.get(actor, client.id))
    editor.resize(1000, 640)
    editor.tabs.setCurrentIndex(editor.tabs.count() - 1)
    editor.show()
    app.processEvents()
    editor.grab().save(str(out / "client-timeline.png"))
    page = ReportsPage(ctx)
    page.resize(1280, 800)
    assert page.reports is not None
    page.reports.report_list.setCurrentRow([v.key for v in REPORT_VIEWS].index("refusal_reasons"))
    page.show()
    app.processEvents()
    page.grab().save(str(out / "refusals-report.png"))
    for index, name in ((2, "refusal-reasons-tab.png"), (3, "competitors-tab.png")):
        page.tabs.setCurrentIndex(index)
        if index == 3:  # a competitor chosen, with its prices beside ours
            page.competitors.directory.selectRow(1)
        app.processEvents()
        page.grab().save(str(out / name))
    del translators
    core.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
