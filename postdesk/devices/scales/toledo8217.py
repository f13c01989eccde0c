"""Toledo 8217 (Mettler POS scales): host ``W`` → ``STX weight CR`` or ``STX ? status CR``.

7 data bits, even parity. Read through an 8N1 port the parity shows up as bit 7; a frame is
accepted when bit 7 is clear in every byte (7-bit port) or is the even parity of every byte
(8-bit port), so a mis-configured port yields no weight rather than a wrong one.
"""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from postdesk.devices.scales.codec import ScaleCodec, SerialSettings
from postdesk.devices.scales.readings import Reading, ReadingState, grams_from_text

STX, CR = 0x02, 0x0D
STATUS_MOTION = 1 << 0
STATUS_OVER = 1 << 1
STATUS_UNDER = 1 << 2
STATUS_OUTSIDE_ZERO = 1 << 3
STATUS_CENTRE_OF_ZERO = 1 << 4
STATUS_NET = 1 << 5
STATUS_ALWAYS = 1 << 6


def even_parity(byte: int) -> int:
    """The bit that makes the number of ones in the 7-bit ``byte`` even, placed in bit 7."""
    return 0x80 if bin(byte & 0x7F).count("1") % 2 else 0


def with_parity(data: bytes) -> bytes:
    """What a 7E1 line looks like to an 8N1 port."""
    return bytes((b & 0x7F) | even_parity(b) for b in data)


def weight_frame(grams: int, *, net: bool = False) -> bytes:
    """Scale side: ``STX WW.WWW [N] CR`` in kilograms."""
    kilos = Decimal(grams) / 1000
    return b"\x02" + f"{kilos:06.3f}".encode("ascii") + (b"N" if net else b"") + b"\r"


def status_frame(
    *,
    motion: bool = False,
    over: bool = False,
    under: bool = False,
    net: bool = False,
    centre_of_zero: bool = False,
) -> bytes:
    status = (
        STATUS_ALWAYS
        | (STATUS_MOTION if motion else 0)
        | (STATUS_OVER if over else 0)
        | (STATUS_UNDER if under else 0)
        | (STATUS_NET if net else 0)
        | (STATUS_CENTRE_OF_ZERO if centre_of_zero else 0)
    )
    return bytes([STX, ord("?"), status, CR])


def strip_parity(frame: bytes) -> bytes | None:
    """The 7-bit content, or None when bit 7 is neither all clear nor consistent even parity."""
    if all(b < 0x80 for b in frame):
        return frame
    if all((b & 0x80) == even_parity(b) for b in frame):
        return bytes(b & 0x7F for b in frame)
    return None


class Toledo8217Codec(ScaleCodec):
    name: ClassVar[str] = "toledo8217"
    title: ClassVar[str] = "Toledo 8217"
    defaults: ClassVar[SerialSettings] = SerialSettings(9600, 7, "E", 1)

    def __init__(self) -> None:
        super().__init__()
        self._last_weight: Decimal | None = None

    def poll_request(self) -> bytes:
        return b"W"

    def zero_request(self) -> bytes | None:
        return b"Z"

    def tare_request(self) -> bytes | None:
        return b"T"

    def reset(self) -> None:
        super().reset()
        self._last_weight = None

    def _decode(self) -> list[Reading]:
        readings: list[Reading] = []
        buffer = self._buffer
        while True:
            start = next((i for i, b in enumerate(buffer) if b & 0x7F == STX), -1)
            if start < 0:
                buffer.clear()
                return readings
            del buffer[:start]
            end = next((i for i, b in enumerate(buffer) if b & 0x7F == CR), -1)
            if end < 0:
                if len(buffer) > 16:
                    del buffer[:1]
                    continue
                return readings
            start = max(i for i, b in enumerate(buffer[:end]) if b & 0x7F == STX)  # noise may hold an STX
            raw = bytes(buffer[start : end + 1])
            del buffer[: end + 1]
            content = strip_parity(raw)
            if content is None or len(content) > 12:
                continue
            reading = self._decode_content(content[1:-1])
            if reading is not None:
                readings.append(reading)

    def _decode_content(self, text: bytes) -> Reading | None:
        if text[:1] == b"?" and len(text) == 2:
            return self._decode_status(text[1])
        net = text.endswith(b"N")
        number = text[:-1] if net else text
        digits = number.decode("ascii", "replace").strip()
        if digits.count(".") != 1 or len(digits.partition(".")[2]) != 3:
            return None  # pounds (two decimals) or noise
        grams = grams_from_text(digits, "kg")
        if grams is None or grams < 0:
            return None
        self._last_weight = grams
        return Reading(ReadingState.STABLE, grams, net=net, at_zero=grams == 0)

    def _decode_status(self, status: int) -> Reading | None:  # noqa: PLR0911 - one return per status bit
        if not status & STATUS_ALWAYS:
            return None
        net = bool(status & STATUS_NET)
        if status & STATUS_OVER:
            return Reading(ReadingState.OVERLOAD, detail="load above maximum", net=net)
        if status & STATUS_UNDER:
            return Reading(ReadingState.UNDERLOAD, net=net)
        if status & STATUS_OUTSIDE_ZERO:
            return Reading(ReadingState.ERROR, detail="outside the zero capture range")
        if status & STATUS_MOTION:
            return Reading(ReadingState.UNSTABLE, net=net)
        if status & STATUS_CENTRE_OF_ZERO:
            self._last_weight = Decimal(0)
            return Reading(ReadingState.STABLE, Decimal(0), net=net, at_zero=True)
        if self._last_weight is not None:  # some scales send the weight once, then only status
            return Reading(ReadingState.STABLE, self._last_weight, net=net)
        return None
