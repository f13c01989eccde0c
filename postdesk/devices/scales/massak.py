"""Massa-K Protocol 100 and its 1C mode: ``F8 55 CE`` + LEN (LE16) + body + CRC16 of the body.

The CRC is Massa-K's own (polynomial 0x1021, register 0, no augmentation). Overload is not a
flag: the scale answers CMD_ERROR with code 0x08.
"""

from __future__ import annotations

import struct
from decimal import Decimal
from typing import ClassVar

from postdesk.devices.scales.codec import ScaleCodec, SerialSettings
from postdesk.devices.scales.readings import Reading, ReadingState, normalise_grams

HEADER = b"\xf8\x55\xce"
MAX_BODY = 256

CMD_GET_MASSA = 0x23
CMD_ACK_MASSA = 0x24
CMD_ACK_SET = 0x27
CMD_ERROR = 0x28
CMD_SET_ZERO = 0x72
CMD_SET_TARE = 0xA3
CMD_GET_WEIGHT_1C = 0xA0
CMD_ACK_WEIGHT_1C = 0x10
ERROR_OVERLOAD = 0x08

DIVISIONS: dict[int, Decimal] = {
    0: Decimal("0.1"),
    1: Decimal(1),
    2: Decimal(10),
    3: Decimal(100),
    4: Decimal(1000),
}


def massak_crc(body: bytes) -> int:
    crc = 0
    for byte in body:
        acc, tmp = 0, crc & 0xFF00
        for _ in range(8):
            acc = ((acc << 1) ^ 0x1021) if (tmp ^ acc) & 0x8000 else (acc << 1)
            acc &= 0xFFFF
            tmp = (tmp << 1) & 0xFFFF
        crc = (acc ^ (crc << 8) ^ byte) & 0xFFFF
    return crc


def frame(body: bytes) -> bytes:
    return HEADER + struct.pack("<H", len(body)) + body + struct.pack("<H", massak_crc(body))


def division_code(division: Decimal) -> int:
    return next(code for code, value in DIVISIONS.items() if value == division)


def weight_reply(
    divisions: int,
    division: Decimal = Decimal(1),
    *,
    stable: bool = True,
    net: bool = False,
    at_zero: bool = False,
    tare: int = 0,
) -> bytes:
    """Scale side: CMD_ACK_MASSA with a signed weight counted in divisions."""
    body = struct.pack(
        "<BiBBBBi", CMD_ACK_MASSA, divisions, division_code(division), stable, net, at_zero, tare
    )
    return frame(body)


def weight_reply_1c(divisions: int, division: Decimal = Decimal(1), *, stable: bool = True) -> bytes:
    return frame(struct.pack("<BiBB", CMD_ACK_WEIGHT_1C, divisions, division_code(division), stable))


def error_reply(code: int) -> bytes:
    return frame(bytes([CMD_ERROR, code]))


def iter_bodies(buffer: bytearray) -> list[bytes]:
    """Take every CRC-valid body out of ``buffer``; a bad header or CRC drops one byte and resyncs."""
    bodies: list[bytes] = []
    while True:
        start = buffer.find(HEADER)
        if start < 0:
            del buffer[: max(0, len(buffer) - (len(HEADER) - 1))]
            return bodies
        del buffer[:start]
        if len(buffer) < 5:
            return bodies
        (length,) = struct.unpack_from("<H", buffer, 3)
        if length == 0 or length > MAX_BODY:
            del buffer[:1]
            continue
        if len(buffer) < 5 + length + 2:
            return bodies
        body = bytes(buffer[5 : 5 + length])
        (crc,) = struct.unpack_from("<H", buffer, 5 + length)
        if crc != massak_crc(body):
            del buffer[:1]
            continue
        del buffer[: 5 + length + 2]
        bodies.append(body)


def _weight(raw: int, code: int) -> Decimal | None:
    division = DIVISIONS.get(code)
    return None if division is None else normalise_grams(raw * division)


def decode_body(body: bytes) -> Reading | None:
    """A reading for a weight or error answer; None for acknowledgements and other replies."""
    command = body[0]
    if command == CMD_ACK_MASSA and len(body) in (9, 13):
        raw, code, stable, net, at_zero = struct.unpack_from("<iBBBB", body, 1)
        tare = _weight(struct.unpack_from("<i", body, 9)[0], code) if len(body) == 13 else None
        return _reading(raw, code, bool(stable), net=bool(net), at_zero=bool(at_zero), tare=tare)
    if command == CMD_ACK_WEIGHT_1C and len(body) == 7:
        raw, code, stable = struct.unpack_from("<iBB", body, 1)
        return _reading(raw, code, bool(stable))
    if command == CMD_ERROR and len(body) >= 2:
        if body[1] == ERROR_OVERLOAD:
            return Reading(ReadingState.OVERLOAD, detail="load above maximum")
        return Reading(ReadingState.ERROR, detail=f"Massa-K error 0x{body[1]:02X}")
    return None


def _reading(
    raw: int,
    code: int,
    stable: bool,
    *,
    net: bool = False,
    at_zero: bool = False,
    tare: Decimal | None = None,
) -> Reading:
    grams = _weight(raw, code)
    if grams is None:
        return Reading(ReadingState.ERROR, detail=f"unknown division code {code}")
    if grams < 0:
        return Reading(ReadingState.UNDERLOAD, grams, net=net, tare=tare)
    state = ReadingState.STABLE if stable else ReadingState.UNSTABLE
    return Reading(state, grams, net=net, at_zero=at_zero, tare=tare)


class MassaK100Codec(ScaleCodec):
    name: ClassVar[str] = "massak100"
    title: ClassVar[str] = "Massa-K Protocol 100"
    defaults: ClassVar[SerialSettings] = SerialSettings(4800, 8, "E", 1)
    request_command: ClassVar[int] = CMD_GET_MASSA

    def poll_request(self) -> bytes:
        return frame(bytes([self.request_command]))

    def zero_request(self) -> bytes | None:
        return frame(bytes([CMD_SET_ZERO]))

    def tare_request(self) -> bytes | None:
        return frame(struct.pack("<Bi", CMD_SET_TARE, 0))

    def _decode(self) -> list[Reading]:
        readings = []
        for body in iter_bodies(self._buffer):
            reading = decode_body(body)
            if reading is not None:
                readings.append(reading)
        return readings


class MassaK1CCodec(MassaK100Codec):
    """The terminals' "1C" mode: the same framing, weight asked with 0xA0 and answered with 0x10."""

    name: ClassVar[str] = "massak1c"
    title: ClassVar[str] = "Massa-K, 1C mode"
    defaults: ClassVar[SerialSettings] = SerialSettings(57600, 8, "N", 1)
    request_command: ClassVar[int] = CMD_GET_WEIGHT_1C

    def tare_request(self) -> bytes | None:
        return None
