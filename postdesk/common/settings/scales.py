"""The electronic scale: port, protocol, serial line and stable-weight rules."""

from __future__ import annotations

from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.common.settings.declaring import Setting, declare

__all__ = [
    "SCALE_BAUDRATE",
    "SCALE_BYTESIZE",
    "SCALE_DEADBAND_GRAMS",
    "SCALE_ENABLED",
    "SCALE_HOLD_COUNT",
    "SCALE_HOLD_MS",
    "SCALE_PARITY",
    "SCALE_PORT",
    "SCALE_PROTOCOL",
    "SCALE_STOPBITS",
]

# --- Scales ----------------------------------------------------------------------------------
SCALE_ENABLED = declare(
    Setting(
        "scales.enabled",
        bool,
        True,
        QT_TRANSLATE_NOOP("Settings", "Use an electronic scale"),
        env="POSTDESK_SCALE_ENABLED",
    )
)
SCALE_PORT = declare(
    Setting("scales.port", str, "", QT_TRANSLATE_NOOP("Settings", "Scale port"), env="POSTDESK_SCALE_PORT")
)
SCALE_PROTOCOL = declare(
    Setting(
        "scales.protocol",
        str,
        "auto",
        QT_TRANSLATE_NOOP("Settings", "Scale protocol"),
        choices=("auto", "massak100", "massak1c", "pos2", "cas6", "casstream", "mtsics", "toledo8217"),
        env="POSTDESK_SCALE_PROTOCOL",
    )
)
SCALE_BAUDRATE = declare(Setting("scales.baudrate", int, 0, QT_TRANSLATE_NOOP("Settings", "Baud rate")))
SCALE_BYTESIZE = declare(Setting("scales.bytesize", int, 0, QT_TRANSLATE_NOOP("Settings", "Data bits")))
SCALE_PARITY = declare(
    Setting("scales.parity", str, "", QT_TRANSLATE_NOOP("Settings", "Parity"), choices=("", "N", "E", "O"))
)
SCALE_STOPBITS = declare(Setting("scales.stopbits", int, 0, QT_TRANSLATE_NOOP("Settings", "Stop bits")))
SCALE_HOLD_MS = declare(
    Setting("scales.hold_ms", int, 300, QT_TRANSLATE_NOOP("Settings", "Hold a stable weight for, ms"))
)
SCALE_HOLD_COUNT = declare(
    Setting("scales.hold_count", int, 3, QT_TRANSLATE_NOOP("Settings", "Stable readings in a row"))
)
SCALE_DEADBAND_GRAMS = declare(
    Setting("scales.deadband_grams", int, 2, QT_TRANSLATE_NOOP("Settings", "Deadband, g"))
)
