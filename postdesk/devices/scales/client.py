"""The blocking scale session shared by the command line and the Qt adapter.

:class:`ScaleMonitor` owns the port: it polls (at least every 200 ms), decodes, feeds the
stable-weight capture, and keeps the link alive. A port error (unplug: EIO, "returned no data")
reports DISCONNECTED at once; the port is then reopened every ``reconnect_interval`` — under
its configured path, or under a new name found by the adapter's stable identity.
"""

from __future__ import annotations

import collections
import contextlib
import enum
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from postdesk.devices.scales.codec import ScaleCodec, SerialSettings
from postdesk.devices.scales.detect import probe_port
from postdesk.devices.scales.protocols import AUTO, CODECS, PROTOCOL_NAMES
from postdesk.devices.scales.readings import Reading, ReadingState, Weighing
from postdesk.devices.scales.stability import CaptureRules, StableCapture
from postdesk.devices.scales.transport import (
    LINK_ERRORS,
    PortLister,
    identity_of,
    is_url,
    open_port,
    read_available,
    resolve_port,
    system_ports,
)

log = logging.getLogger(__name__)


class LinkState(enum.Enum):
    CONNECTED = "connected"
    SEARCHING = "searching"
    DISCONNECTED = "disconnected"


@dataclass(frozen=True)
class ScaleConfig:
    port: str = ""  # "" = look for the scale on every port
    protocol: str = AUTO
    overrides: SerialSettings | None = None  # None: the protocol's defaults
    poll_interval: float = 0.1
    silence_timeout: float = 1.5
    reconnect_interval: float = 0.25
    probe_timeout: float = 0.6
    capture: CaptureRules = field(default_factory=CaptureRules)

    def settings_for(self, protocol: str) -> SerialSettings:
        return self.overrides or CODECS[protocol].defaults


class ScaleListener(Protocol):
    def on_reading(self, reading: Reading) -> None: ...
    def on_link(self, state: LinkState, detail: str) -> None: ...
    def on_weighing(self, weighing: Weighing) -> None: ...


class ScaleMonitor:
    def __init__(
        self, config: ScaleConfig, listener: ScaleListener, *, lister: PortLister = system_ports
    ) -> None:
        self.config = config
        self._listener = listener
        self._lister = lister
        self._link: Any = None
        self._codec: ScaleCodec | None = None
        self._protocol = config.protocol if config.protocol != AUTO else ""
        self._identity = ""
        self.device = ""
        self.state: LinkState | None = None
        self.capture = StableCapture(config.capture)
        self._commands: collections.deque[Callable[[ScaleCodec], bytes | None]] = collections.deque()
        self._last_frame = 0.0
        self._next_poll = 0.0

    # --- commands from other threads ------------------------------------------------------------
    def request_zero(self) -> None:
        self._commands.append(lambda codec: codec.zero_request())

    def request_tare(self) -> None:
        self._commands.append(lambda codec: codec.tare_request())

    def restart_capture(self) -> None:
        """Re-arm the capture on the monitor's own thread (see :meth:`StableCapture.restart`)."""
        self._commands.append(lambda _codec: self.capture.restart())

    @property
    def protocol(self) -> str:
        return self._protocol

    # --- the loop ---------------------------------------------------------------------------------
    def run(self, stop: threading.Event) -> None:
        try:
            while not stop.is_set():
                if self._link is None and not self._connect(stop):
                    stop.wait(self.config.reconnect_interval)
                    continue
                try:
                    self._cycle()
                except LINK_ERRORS as exc:
                    self._lost(str(exc))
        finally:
            self._close()

    def _connect(self, stop: threading.Event) -> bool:
        configured = self.config.port
        needs_listing = not configured or self._identity.startswith("usb:")
        ports = self._lister() if needs_listing else []
        target = resolve_port(configured, self._identity, ports) if self._identity else None
        candidates = [target] if target else ([configured] if configured else [p.device for p in ports])
        detail = "no serial ports" if not candidates else "no scale answered"
        for device in candidates:
            if stop.is_set():
                return False
            try:
                if self._open(device, stop):
                    return True
            except LINK_ERRORS as exc:
                log.debug("scale port %s unavailable: %s", device, exc)
                detail = str(exc)
        if self.state is not LinkState.DISCONNECTED:
            self._set_state(LinkState.SEARCHING, detail)
        return False

    def _open(self, device: str, stop: threading.Event) -> bool:
        protocol = self._protocol
        if not protocol:
            found = probe_port(device, PROTOCOL_NAMES, self.config.probe_timeout, stop)
            if found is None:
                return False
            protocol = found.protocol
        self._codec = CODECS[protocol]()
        self._link = open_port(device, self.config.settings_for(protocol))
        self._link.reset_input_buffer()
        self._protocol = protocol
        self.device = device
        if not self._identity:
            self._identity = identity_of(self.config.port or device, [] if is_url(device) else self._lister())
        self._last_frame = time.monotonic()
        self._next_poll = 0.0
        if self.state is not LinkState.DISCONNECTED:
            self._set_state(LinkState.SEARCHING, f"{device}: {protocol}")
        return True

    def _cycle(self) -> None:
        """Send what is due, read for one slice, decode, report."""
        link, codec = self._link, self._codec
        assert codec is not None
        now = time.monotonic()
        while self._commands:
            request = self._commands.popleft()(codec)
            if request:
                link.write(request)
                self._next_poll = now + self.config.poll_interval
        if codec.polled and now >= self._next_poll:
            link.write(codec.poll_request())
            self._next_poll = now + self.config.poll_interval
        data = read_available(link)
        readings = codec.feed(data) if data else []
        reply = codec.take_output()
        if reply:
            link.write(reply)
        now = time.monotonic()
        if readings:
            self._last_frame = now
            self._set_state(LinkState.CONNECTED, f"{self.device}: {self._protocol}")
            if codec.polled:  # answered: the next poll may go at once (still ≥ 200 ms apart at most)
                self._next_poll = min(self._next_poll, now + self.config.poll_interval / 2)
        elif now - self._last_frame > self.config.silence_timeout and self.state is LinkState.CONNECTED:
            self._set_state(LinkState.SEARCHING, "the scale does not answer")
            self._report(Reading(ReadingState.DISCONNECTED, detail="the scale does not answer"))
        for reading in readings:
            self._report(reading)

    def _report(self, reading: Reading) -> None:
        self._listener.on_reading(reading)
        weighing = self.capture.feed(reading)
        if weighing is not None:
            self._listener.on_weighing(weighing)

    def _lost(self, detail: str) -> None:
        log.info("scale link lost on %s: %s", self.device, detail)
        self._close()
        self._set_state(LinkState.DISCONNECTED, detail)
        self._report(Reading(ReadingState.DISCONNECTED, detail=detail))

    def _close(self) -> None:
        link, self._link = self._link, None
        if link is not None:
            with contextlib.suppress(*LINK_ERRORS):
                link.close()

    def _set_state(self, state: LinkState, detail: str) -> None:
        if state is not self.state:
            self.state = state
            self._listener.on_link(state, detail)


def read_stable(
    config: ScaleConfig, timeout: float, *, lister: PortLister = system_ports
) -> tuple[Reading | None, Weighing | None, str]:
    """Wait up to ``timeout`` seconds for one accepted weighing; used by ``postdesk scale read``.

    Returns the last reading, the weighing (None on failure) and the protocol used.
    """
    stop = threading.Event()
    result: dict[str, Any] = {}

    class _Collector:
        def on_reading(self, reading: Reading) -> None:
            result["reading"] = reading

        def on_link(self, state: LinkState, detail: str) -> None:
            result["link"] = (state, detail)

        def on_weighing(self, weighing: Weighing) -> None:
            result["weighing"] = weighing
            stop.set()

    monitor = ScaleMonitor(config, _Collector(), lister=lister)
    worker = threading.Thread(target=monitor.run, args=(stop,), daemon=True)
    worker.start()
    worker.join(timeout)
    stop.set()
    worker.join()
    return result.get("reading"), result.get("weighing"), monitor.protocol
