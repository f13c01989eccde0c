"""Auto-detection: which protocol (with its serial settings) answers on which port.

Protocols are tried in :data:`~postdesk.devices.scales.protocols.CODECS` order with their own
settings; the input is cleared before each probe and every probe ends by its deadline.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass

from postdesk.devices.scales.codec import ScaleCodec, SerialSettings
from postdesk.devices.scales.protocols import CODECS, PROTOCOL_NAMES
from postdesk.devices.scales.readings import Reading, ReadingState
from postdesk.devices.scales.transport import LINK_ERRORS, open_port, read_available

PROBE_TIMEOUT = 0.6


@dataclass(frozen=True)
class Detection:
    port: str
    protocol: str
    settings: SerialSettings
    reading: Reading


def exchange(
    link: object, codec: ScaleCodec, deadline: float, stop: threading.Event | None = None
) -> Reading | None:
    """Ask (again every 200 ms) until a reading decodes; an error answer is kept only if nothing better comes.

    A device error still identifies the protocol, but the first answer after other probes' bytes
    is often a complaint about them (MT-SICS ``ES``), so a second answer is awaited.
    """
    next_poll = 0.0
    fallback: Reading | None = None
    while time.monotonic() < deadline and not (stop and stop.is_set()):
        now = time.monotonic()
        if codec.polled and now >= next_poll:
            link.write(codec.poll_request())  # type: ignore[attr-defined]
            next_poll = now + 0.2
        readings = codec.feed(read_available(link))
        reply = codec.take_output()
        if reply:
            link.write(reply)  # type: ignore[attr-defined]
        for reading in readings:
            if reading.state is not ReadingState.ERROR:
                return reading
            fallback = reading
    return fallback


def probe_protocol(
    port: str,
    name: str,
    settings: SerialSettings | None = None,
    timeout: float = PROBE_TIMEOUT,
    stop: threading.Event | None = None,
) -> Detection | None:
    """One protocol on one port; None when it does not answer in time. Port errors propagate."""
    codec = CODECS[name]()
    settings = settings or codec.defaults
    link = open_port(port, settings)
    try:
        link.reset_input_buffer()
        reading = exchange(link, codec, time.monotonic() + timeout, stop)
    finally:
        link.close()
    return Detection(port, name, settings, reading) if reading is not None else None


def probe_port(
    port: str,
    protocols: Iterable[str] = PROTOCOL_NAMES,
    timeout: float = PROBE_TIMEOUT,
    stop: threading.Event | None = None,
) -> Detection | None:
    """The first protocol that answers on ``port``; raises the port's error if it cannot be opened."""
    for name in protocols:
        if stop and stop.is_set():
            return None
        found = probe_protocol(port, name, timeout=timeout, stop=stop)
        if found is not None:
            return found
    return None


def probe_ports(
    ports: Iterable[str],
    protocols: Iterable[str] = PROTOCOL_NAMES,
    timeout: float = PROBE_TIMEOUT,
    stop: threading.Event | None = None,
) -> list[Detection | str]:
    """Each port's detection, or a short reason it was skipped (busy, no answer)."""
    results: list[Detection | str] = []
    for port in ports:
        try:
            found = probe_port(port, tuple(protocols), timeout, stop)
        except LINK_ERRORS as exc:
            results.append(f"{port}: {exc}")
            continue
        results.append(found if found is not None else f"{port}: no scale answered")
    return results
