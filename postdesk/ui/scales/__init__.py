"""The scale in the UI: its Settings section and status-bar indicator.

Importing this package registers the Settings section.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from postdesk.ui.context import UiContext
from postdesk.ui.scales.wiring import attach_scale, create_scale_service
from postdesk.ui.shell.settings_page import SECTION_FACTORIES

__all__ = ["attach_scale", "create_scale_service"]


def _settings_section(ctx: UiContext) -> QWidget:
    from postdesk.ui.scales.settings_section import ScaleSettingsSection

    if "scale" not in ctx.devices:
        create_scale_service(ctx)
    return ScaleSettingsSection(ctx)


if all(title != "scales" for title, _ in SECTION_FACTORIES):
    SECTION_FACTORIES.append(("scales", _settings_section))
