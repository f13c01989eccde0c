"""Shtrih-M POS2 (also Mertech POS2-M): ``STX LEN CMD DATA LRC`` behind an ENQ/ACK/NAK handshake.

The host sends ENQ; NAK means the scale is idle and waits for a command, ACK that it holds a
reply. Each message is acknowledged with one ACK or NAK byte. LRC = XOR of LEN, CMD and DATA.
"""

from __future__ import annotations

import struct
from decimal import Decimal
from typing import ClassVar

from postdesk.devices.scales.codec import ScaleCodec, SerialSettings, xor_of
from postdesk.devices.scales.readings import Reading, ReadingState

STX, ENQ, ACK, NAK = 0x02, 0x05, 0x06, 0x15
CMD_WEIGHT = 0x3A
CMD_ZERO = 0x30
CMD_TARE = 0x31
PASSWORD = b"0030"
WEIGHT_REPLY_LENGTH = 0x0B

FLAG_FIXED = 1 << 0
FLAG_ENABLED = 1 << 2
FLAG_TARE = 1 << 3
FLAG_STABLE = 1 << 4
FLAG_OVER_MAX = 1 << 6
FLAG_TOO_LOW = 1 << 8


def message(command: int, data: bytes = b"") -> bytes:
    body = bytes([len(data) + 1, command]) + data
    return bytes([STX]) + body + bytes([xor_of(body)])


def weight_reply(
    grams: int, *, stable: bool = True, over: bool = False, tare: int = 0, error: int = 0
) -> bytes:
    """Scale side: the 0x3A answer (error, flags, weight in grams, tare, reserved byte)."""
    flags = (
        FLAG_ENABLED
        | (FLAG_STABLE if stable else 0)
        | (FLAG_OVER_MAX if over else 0)
        | (FLAG_TARE if tare else 0)
    )
    return message(CMD_WEIGHT, struct.pack("<BHihB", error, flags, grams, tare, 0))


def decode_message(command: int, data: bytes) -> Reading | None:
    if command != CMD_WEIGHT or len(data) != WEIGHT_REPLY_LENGTH - 1:
        return None
    error, flags, grams, tare, _reserved = struct.unpack("<BHihB", data)
    if error:
        return Reading(ReadingState.ERROR, detail=f"POS2 error 0x{error:02X}")
    if flags & FLAG_OVER_MAX:
        return Reading(ReadingState.OVERLOAD, detail="load above maximum")
    net = bool(flags & FLAG_TARE)
    if grams < 0 or flags & FLAG_TOO_LOW:
        return Reading(ReadingState.UNDERLOAD, Decimal(grams), net=net)
    stable = bool(flags & (FLAG_STABLE | FLAG_FIXED))
    state = ReadingState.STABLE if stable else ReadingState.UNSTABLE
    return Reading(state, Decimal(grams), net=net, at_zero=grams == 0, tare=Decimal(tare) if tare else None)


class Pos2Codec(ScaleCodec):
    name: ClassVar[str] = "pos2"
    title: ClassVar[str] = "Shtrih-M POS2"
    defaults: ClassVar[SerialSettings] = SerialSettings(4800, 8, "N", 1)

    def __init__(self) -> None:
        super().__init__()
        self._command = message(CMD_WEIGHT, PASSWORD)

    def poll_request(self) -> bytes:
        return bytes([ENQ])

    def zero_request(self) -> bytes | None:
        self._command = message(CMD_ZERO, PASSWORD)
        return bytes([ENQ])

    def tare_request(self) -> bytes | None:
        self._command = message(CMD_TARE, PASSWORD)
        return bytes([ENQ])

    def _decode(self) -> list[Reading]:
        readings = []
        buffer = self._buffer
        while buffer:
            first = buffer[0]
            if first == NAK:  # idle scale (or a line error): send the pending command
                del buffer[:1]
                self._outbox += self._command
                self._command = message(CMD_WEIGHT, PASSWORD)
                continue
            if first != STX:  # ACK (a reply follows) or noise
                del buffer[:1]
                continue
            if len(buffer) < 2:
                break
            length = buffer[1]
            if length == 0 or length > 64:
                del buffer[:1]
                continue
            if len(buffer) < length + 3:
                break
            body = bytes(buffer[1 : length + 2])
            if xor_of(body) != buffer[length + 2]:
                del buffer[:1]
                self._outbox.append(NAK)
                continue
            del buffer[: length + 3]
            self._outbox.append(ACK)
            reading = decode_message(body[1], body[2:])
            if reading is not None:
                readings.append(reading)
        return readings
