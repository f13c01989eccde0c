"""Finding the scale's adapter again after it came back under another name."""

from __future__ import annotations

from postdesk.devices.scales.codec import SerialSettings
from postdesk.devices.scales.config import serial_overrides
from postdesk.devices.scales.readings import Decimal, format_grams, grams_from_text
from postdesk.devices.scales.transport import PortInfo, identity_of, resolve_port

ADAPTER = dict(vid=0x067B, pid=0x2303, serial_number="A1B2", description="USB-Serial")


def test_identity_prefers_by_id_then_usb_numbers():
    assert PortInfo("/dev/ttyUSB0", by_id="/dev/serial/by-id/usb-Prolific-if00").identity.endswith("if00")
    assert PortInfo("/dev/ttyUSB0", **ADAPTER).identity == "usb:067B:2303:A1B2"
    assert PortInfo("/dev/ttyS0").identity == "/dev/ttyS0"


def test_adapter_under_a_new_name_is_found_by_vid_pid_serial(tmp_path):
    before = [PortInfo("/dev/ttyUSB0", **ADAPTER)]
    identity = identity_of("/dev/ttyUSB0", before)
    after = [
        PortInfo("/dev/ttyUSB0", vid=0x1A86, pid=0x7523, serial_number="X"),
        PortInfo("/dev/ttyUSB1", **ADAPTER),
    ]
    gone = str(tmp_path / "ttyUSB0")  # the old name no longer exists
    assert resolve_port(gone, identity, after) == "/dev/ttyUSB1"
    assert resolve_port(gone, identity, after[:1]) is None


def test_urls_and_existing_paths_are_used_as_given(tmp_path):
    assert resolve_port("socket://10.0.0.5:5001", "", []) == "socket://10.0.0.5:5001"
    device = tmp_path / "tty"
    device.touch()
    assert resolve_port(str(device), "usb:1:2:3", []) == str(device)


def test_serial_overrides_keep_protocol_defaults_for_empty_values():
    assert serial_overrides("massak100", 0, 0, "", 0) is None
    assert serial_overrides("massak100", 57600, 0, "N", 0) == SerialSettings(57600, 8, "N", 1)
    assert serial_overrides("toledo8217", 0, 8, "N", 0) == SerialSettings(9600, 8, "N", 1)


def test_weights_are_decimal_grams():
    assert grams_from_text("01.234", "kg") == Decimal(1234)
    assert grams_from_text("+  0.0005", "kg") == Decimal("0.5")
    assert grams_from_text("12", "lb") is None
    assert format_grams(Decimal(1234567)) == "1\u202f234\u202f567"
    assert format_grams(Decimal("41.9")) == "41,9"
