#!/usr/bin/env python3
"""Take a screenshot of the Clients page on demo data (run under an X server, e.g. Xvfb).

Xvfb :99 -screen 0 1366x800x24 & DISPLAY=:99 .venv/bin/python scripts/screenshot.py docs/clients-page.png
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(out: str) -> int:
    home = tempfile.mkdtemp(prefix="postdesk-shot-")
    os.environ["POSTDESK_HOME"] = home
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from postdesk.bootstrap import build_core
    from postdesk.cli.common import prepare
    from postdesk.demo.seed import seed_demo
    from postdesk.ui.application import build_gui_parts, open_main_window
    from postdesk.ui.translator import install_translations

    paths, settings, ring = prepare()
    core = build_core(paths=paths, settings=settings)
    accounts = {a.login: a.password for a in seed_demo(core.uow, core.users, core.clients)}
    app = QApplication(sys.argv)
    translators = install_translations(app, "ru")
    parts = build_gui_parts(core, ring, dialogs=False)
    actor = core.users.authenticate("operator", accounts["operator"], "Окно 2", "430005")
    window = open_main_window(core, parts, actor)
    window.resize(1280, 760)
    window.show()

    def shoot() -> None:
        screen = app.primaryScreen()
        screen.grabWindow(0).copy(window.frameGeometry()).save(out)
        app.quit()

    QTimer.singleShot(2500, shoot)
    app.exec()
    parts.tasks.wait()
    del translators
    core.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/clients-page.png"))
