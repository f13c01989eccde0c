"""Opening scale ports through pyserial: device paths and URLs (``socket://host:5001``).

Also the port's stable identity, so an adapter that comes back under a new name (ttyUSB0 →
ttyUSB1) is found again: its ``/dev/serial/by-id`` link, or USB VID:PID plus serial number.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import serial
from serial.tools import list_ports

from postdesk.devices.scales.codec import SerialSettings

BY_ID_DIR = Path("/dev/serial/by-id")
if sys.platform != "win32":
    import termios

    LINK_ERRORS: tuple[type[BaseException], ...] = (serial.SerialException, OSError, termios.error)
else:  # pragma: no cover - the workstation runs on Linux; kept importable elsewhere
    LINK_ERRORS = (serial.SerialException, OSError)

# A read waits at most this long for the first byte; the poller loops around it.
READ_SLICE = 0.02


@dataclass(frozen=True)
class PortInfo:
    """A port as listed by the system, with what identifies the adapter across re-plugs."""

    device: str
    description: str = ""
    by_id: str = ""
    vid: int | None = None
    pid: int | None = None
    serial_number: str = ""

    @property
    def identity(self) -> str:
        """``/dev/serial/by-id/…``, else ``usb:VID:PID:SERIAL``, else the device path itself."""
        if self.by_id:
            return self.by_id
        if self.vid is not None and self.pid is not None:
            return f"usb:{self.vid:04X}:{self.pid:04X}:{self.serial_number}"
        return self.device


PortLister = Callable[[], list[PortInfo]]


def _by_id_links() -> dict[str, str]:
    links: dict[str, str] = {}
    if BY_ID_DIR.is_dir():
        for link in sorted(BY_ID_DIR.iterdir()):
            links.setdefault(os.path.realpath(link), str(link))
    return links


def system_ports() -> list[PortInfo]:
    """The serial ports of this computer (USB adapters first, as the likely scales)."""
    links = _by_id_links()
    ports = [
        PortInfo(
            device=port.device,
            description=port.description or "",
            by_id=links.get(os.path.realpath(port.device), ""),
            vid=port.vid,
            pid=port.pid,
            serial_number=port.serial_number or "",
        )
        for port in list_ports.comports()
    ]
    return sorted(ports, key=lambda p: (p.vid is None, p.device))


def is_url(port: str) -> bool:
    return "://" in port


def resolve_port(configured: str, identity: str, ports: Iterable[PortInfo]) -> str | None:
    """Where to open the scale now: the configured path if present, else the port with its identity."""
    if is_url(configured) or (configured and os.path.exists(configured)):
        return configured
    if identity.startswith("/") and os.path.exists(identity):
        return identity
    for port in ports:
        if identity and port.identity == identity:
            return port.device
    return None


def identity_of(device: str, ports: Iterable[PortInfo]) -> str:
    """The stable identity of an open device (its own path when nothing better is known)."""
    if is_url(device):
        return device
    real = os.path.realpath(device)
    for port in ports:
        if os.path.realpath(port.device) == real:
            return port.identity
    return device


def open_port(port: str, settings: SerialSettings, timeout: float = READ_SLICE) -> Any:
    """An open pyserial port; raises ``serial.SerialException``/``OSError`` when it cannot be opened."""
    link = serial.serial_for_url(
        port,
        baudrate=settings.baudrate,
        bytesize=settings.bytesize,
        parity=settings.parity,
        stopbits=settings.stopbits,
        timeout=timeout,
        write_timeout=1.0,
        do_not_open=True,
    )
    if not is_url(port):
        link.exclusive = True  # two programs on one port steal each other's bytes
    try:
        link.open()
    except LINK_ERRORS:
        if not is_pseudo_terminal(port):
            raise
        # A pty has no line: some kernels refuse character size and parity there. The bytes
        # pass through unchanged either way, so open it with the plain 8N1 settings.
        link.bytesize, link.parity, link.stopbits = 8, "N", 1
        link.open()
    return link


def is_pseudo_terminal(port: str) -> bool:
    return os.path.realpath(port).startswith("/dev/pts/")


def read_available(link: Any) -> bytes:
    """Wait up to the port timeout for one byte, then take everything already received."""
    data: bytes = link.read(1)
    if data:
        waiting = link.in_waiting
        if waiting:
            data += link.read(waiting)
    return data
