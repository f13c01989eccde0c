"""The shape every protocol codec shares: serial defaults, requests, and an incremental decoder.

A codec is fed whatever bytes the port returned — half a frame, three frames, line noise — and
returns the readings of the complete, valid frames it found. Link-layer answers (POS2 and CAS
handshakes, acknowledgements) are queued in an outbox the caller writes back to the port.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, replace
from typing import ClassVar

from postdesk.devices.scales.readings import Reading

MAX_BUFFER = 1024


@dataclass(frozen=True)
class SerialSettings:
    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"  # N, E, O
    stopbits: int = 1

    def describe(self) -> str:
        return f"{self.baudrate} {self.bytesize}{self.parity}{self.stopbits}"

    def override(
        self, baudrate: int = 0, bytesize: int = 0, parity: str = "", stopbits: int = 0
    ) -> SerialSettings:
        """These settings with the given non-empty values replacing the protocol's defaults."""
        return replace(
            self,
            baudrate=baudrate or self.baudrate,
            bytesize=bytesize or self.bytesize,
            parity=parity or self.parity,
            stopbits=stopbits or self.stopbits,
        )


class ScaleCodec(ABC):
    """Host side of one protocol. One instance per open port: it keeps the partial frame."""

    name: ClassVar[str]
    title: ClassVar[str]
    defaults: ClassVar[SerialSettings]
    polled: ClassVar[bool] = True

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._outbox = bytearray()

    def poll_request(self) -> bytes:
        """Bytes that ask for the weight (empty for streaming protocols)."""
        return b""

    def zero_request(self) -> bytes | None:
        """Bytes that zero the scale, or None when the protocol has no such command."""
        return None

    def tare_request(self) -> bytes | None:
        return None

    def feed(self, data: bytes) -> list[Reading]:
        self._buffer += data
        readings = self._decode()
        if len(self._buffer) > MAX_BUFFER:  # a stream that never frames: keep the tail only
            del self._buffer[: -MAX_BUFFER // 2]
        return readings

    def take_output(self) -> bytes:
        """Link-layer bytes to send now (handshakes, ACK/NAK)."""
        out = bytes(self._outbox)
        self._outbox.clear()
        return out

    def reset(self) -> None:
        self._buffer.clear()
        self._outbox.clear()

    @abstractmethod
    def _decode(self) -> list[Reading]:
        """Consume complete frames from ``self._buffer``; leave an incomplete tail in place."""


def xor_of(data: bytes) -> int:
    value = 0
    for byte in data:
        value ^= byte
    return value


def split_lines(buffer: bytearray, limit: int = 64) -> list[bytes]:
    """Take the complete LF-terminated lines out of ``buffer`` (CR stripped); drop runaway text."""
    lines: list[bytes] = []
    while True:
        end = buffer.find(b"\n")
        if end < 0:
            if len(buffer) > limit:
                buffer.clear()
            return lines
        line = bytes(buffer[:end]).rstrip(b"\r")
        del buffer[: end + 1]
        if len(line) <= limit:
            lines.append(line)
