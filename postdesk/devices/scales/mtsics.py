"""Mettler Toledo MT-SICS: upper-case ASCII commands and replies terminated by CR LF.

``SI`` asks for the weight at once: ``S S <w> <unit>`` stable, ``S D …`` dynamic, ``S +``
overload, ``S -`` underload, ``S I`` busy. Fields are separated by runs of spaces.
"""

from __future__ import annotations

from typing import ClassVar

from postdesk.devices.scales.codec import ScaleCodec, SerialSettings, split_lines
from postdesk.devices.scales.readings import Reading, ReadingState, grams_from_text

WEIGHT_REQUEST = b"SI\r\n"


def weight_line(status: str, weight: str = "", unit: str = "g") -> bytes:
    """Scale side: ``S S     100.00 g`` style line (weight right-aligned in ten characters)."""
    if status in ("+", "-", "I"):
        return f"S {status}\r\n".encode("ascii")
    return f"S {status} {weight:>10} {unit}\r\n".encode("ascii")


def decode_line(line: bytes) -> Reading | None:  # noqa: PLR0911 - one return per reply kind
    if not line.isascii():
        return None
    fields = line.decode("ascii").split()
    if not fields:
        return None
    if fields[0] in ("ES", "ET", "EL"):
        return Reading(ReadingState.ERROR, detail=f"MT-SICS error {fields[0]}")
    if fields[0] not in ("S", "SI") or len(fields) < 2:
        return None  # answers to Z, T, @ and the like carry no weight
    status = fields[1]
    if status == "+":
        return Reading(ReadingState.OVERLOAD, detail="load above maximum")
    if status == "-":
        return Reading(ReadingState.UNDERLOAD, detail="load below minimum")
    if status == "I":
        return Reading(ReadingState.ERROR, detail="balance busy")
    if status not in ("S", "D") or len(fields) != 4:
        return None
    grams = grams_from_text(fields[2], fields[3])
    if grams is None:
        return Reading(ReadingState.ERROR, detail=f"unsupported unit {fields[3]}")
    if grams < 0:
        return Reading(ReadingState.UNDERLOAD, grams)
    state = ReadingState.STABLE if status == "S" else ReadingState.UNSTABLE
    return Reading(state, grams, at_zero=grams == 0)


class MtSicsCodec(ScaleCodec):
    name: ClassVar[str] = "mtsics"
    title: ClassVar[str] = "Mettler Toledo MT-SICS"
    defaults: ClassVar[SerialSettings] = SerialSettings(9600, 8, "N", 1)

    def poll_request(self) -> bytes:
        return WEIGHT_REQUEST

    def zero_request(self) -> bytes | None:
        return b"Z\r\n"

    def tare_request(self) -> bytes | None:
        return b"T\r\n"

    def _decode(self) -> list[Reading]:
        readings = []
        for line in split_lines(self._buffer):
            reading = decode_line(line)
            if reading is not None:
                readings.append(reading)
        return readings
