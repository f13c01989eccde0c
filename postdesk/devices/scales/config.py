"""The scale's settings (declared in ``common.settings``) turned into a :class:`ScaleConfig`."""

from __future__ import annotations

from decimal import Decimal

from postdesk.common import settings as s
from postdesk.common.settings import SettingsStore
from postdesk.devices.scales.client import ScaleConfig
from postdesk.devices.scales.codec import SerialSettings
from postdesk.devices.scales.protocols import AUTO, CODECS
from postdesk.devices.scales.stability import CaptureRules


def serial_overrides(
    protocol: str, baudrate: int, bytesize: int, parity: str, stopbits: int
) -> SerialSettings | None:
    """None when every value is "the protocol's default" (0 or empty)."""
    if not (baudrate or bytesize or parity or stopbits):
        return None
    base = CODECS[protocol].defaults if protocol in CODECS else SerialSettings()
    return base.override(baudrate, bytesize, parity, stopbits)


def config_from_settings(store: SettingsStore) -> ScaleConfig:
    protocol = store.get(s.SCALE_PROTOCOL)
    overrides = None
    if protocol != AUTO:
        overrides = serial_overrides(
            protocol,
            store.get(s.SCALE_BAUDRATE),
            store.get(s.SCALE_BYTESIZE),
            store.get(s.SCALE_PARITY),
            store.get(s.SCALE_STOPBITS),
        )
    rules = CaptureRules(
        hold_seconds=max(0, store.get(s.SCALE_HOLD_MS)) / 1000,
        hold_count=max(1, store.get(s.SCALE_HOLD_COUNT)),
        deadband_grams=Decimal(max(0, store.get(s.SCALE_DEADBAND_GRAMS))),
    )
    return ScaleConfig(
        port=store.get(s.SCALE_PORT).strip(), protocol=protocol, overrides=overrides, capture=rules
    )
