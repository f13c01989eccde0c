"""CAS scales: the polled ECR "type 6" / CAS-M protocol and the indicators' continuous stream.

Type 6: host ENQ → scale ACK; host DC1 → ``SOH STX STA SIGN W… UN1 UN0 BCC ETX EOT`` with
BCC = XOR of STA..UN0. Stream: ASCII lines ``ST,GS,+  1.234kg`` in 22-, 18- or 10-byte frames.
"""

from __future__ import annotations

from typing import ClassVar

from postdesk.devices.scales.codec import ScaleCodec, SerialSettings, split_lines, xor_of
from postdesk.devices.scales.readings import Reading, ReadingState, grams_from_text

SOH, STX, ETX, EOT, ENQ, ACK, DC1 = 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x11
ZERO_COMMAND = b"<ZK>\t"
TARE_COMMAND = b"<TK>\t"


def type6_frame(state: str, sign: str, weight: str, unit: str = "kg") -> bytes:
    """Scale side: ``state`` S/U/F, ``sign`` ' '/'-'/'F', ``weight`` six (or seven) characters."""
    payload = (state + sign + weight + unit).encode("ascii")
    return bytes([SOH, STX]) + payload + bytes([xor_of(payload), ETX, EOT])


def _unit(raw: bytes) -> str:
    return raw.decode("ascii", "replace").strip()


def decode_type6(payload: bytes) -> Reading | None:
    """``payload`` = STA..UN0; None when the characters do not make a reading."""
    state, sign, weight, unit = chr(payload[0]), chr(payload[1]), payload[2:-2], _unit(payload[-2:])
    if state == "F" or sign == "F":
        return Reading(ReadingState.OVERLOAD, detail="load above maximum")
    if state not in "SU" or sign not in " -+":
        return None
    grams = grams_from_text(weight.decode("ascii", "replace"), unit)
    if grams is None:
        return Reading(ReadingState.ERROR, detail=f"unreadable weight {bytes(payload)!r}")
    if sign == "-" and grams != 0:
        return Reading(ReadingState.UNDERLOAD, -grams)
    stable = state == "S"
    return Reading(ReadingState.STABLE if stable else ReadingState.UNSTABLE, grams, at_zero=grams == 0)


class Cas6Codec(ScaleCodec):
    name: ClassVar[str] = "cas6"
    title: ClassVar[str] = "CAS type 6 (ENQ/DC1)"
    defaults: ClassVar[SerialSettings] = SerialSettings(9600, 8, "N", 1)

    def poll_request(self) -> bytes:
        return bytes([ENQ])

    def zero_request(self) -> bytes | None:
        return ZERO_COMMAND

    def tare_request(self) -> bytes | None:
        return TARE_COMMAND

    def _decode(self) -> list[Reading]:
        readings = []
        buffer = self._buffer
        while buffer:
            first = buffer[0]
            if first == ACK:  # the scale heard ENQ: ask for the weight
                del buffer[:1]
                self._outbox.append(DC1)
                continue
            if first not in (SOH, SOH | 0x80):
                del buffer[:1]
                continue
            if len(buffer) < 15:
                break
            frame_length = self._frame_length(buffer)
            if frame_length == 0:
                if len(buffer) < 16:
                    break
                del buffer[:1]
                continue
            payload = bytes(buffer[2 : frame_length - 3])
            bcc = buffer[frame_length - 3]
            if xor_of(payload) != bcc:
                del buffer[:1]
                continue
            del buffer[:frame_length]
            reading = decode_type6(payload)
            if reading is not None:
                readings.append(reading)
        return readings

    @staticmethod
    def _frame_length(buffer: bytearray) -> int:
        """15 (six weight characters) or 16 (seven); 0 while neither layout fits."""
        if buffer[1] != STX:
            return 0
        for length in (15, 16):
            if len(buffer) >= length and buffer[length - 2] == ETX and buffer[length - 1] == EOT:
                return length
        return 0


def stream_line(
    state: str, weight: str, *, gross: bool = True, layout: int = 22, device_id: int = 1, lamp: int = 0xE5
) -> bytes:
    """Scale side: one indicator line; ``weight`` is the 8-character field like ``"+  1.234"``."""
    kind = "GS" if gross else "NT"
    if layout == 22:
        head = f"{state},{kind},".encode("ascii") + bytes([0x30 + device_id, lamp]) + b","
        return head + weight.encode("ascii") + b" kg\r\n"
    if layout == 18:
        return f"{state},{kind},{weight}kg\r\n".encode("ascii")
    return f"{weight}\r\n".encode("ascii")


def decode_stream_line(line: bytes) -> Reading | None:  # noqa: PLR0911 - one return per frame state
    if len(line) == 20 and line[2:3] == b"," and line[5:6] == b"," and line[8:9] == b",":
        header, weight, unit = line[:5], line[9:17], line[18:20]
    elif len(line) == 16 and line[2:3] == b"," and line[5:6] == b",":
        header, weight, unit = line[:5], line[6:14], line[14:16]
    elif len(line) == 8:
        header, weight, unit = b"", line, b"kg"
    else:
        return None
    if not (header + weight + unit).isascii():
        return None
    state, _, kind = header.decode("ascii").partition(",")
    if state == "OL":
        return Reading(ReadingState.OVERLOAD, detail="load above maximum")
    if header and (state not in ("ST", "US") or kind not in ("GS", "NT")):
        return None
    grams = grams_from_text(weight.decode("ascii"), _unit(unit))
    if grams is None:
        return None
    net = kind == "NT"
    if grams < 0:
        return Reading(ReadingState.UNDERLOAD, grams, net=net)
    # The 10-byte frame carries no stability flag: shown live, never accepted.
    stable = state == "ST"
    return Reading(
        ReadingState.STABLE if stable else ReadingState.UNSTABLE, grams, net=net, at_zero=grams == 0
    )


class CasStreamCodec(ScaleCodec):
    name: ClassVar[str] = "casstream"
    title: ClassVar[str] = "CAS indicator stream"
    defaults: ClassVar[SerialSettings] = SerialSettings(9600, 8, "N", 1)
    polled: ClassVar[bool] = False

    def _decode(self) -> list[Reading]:
        readings = []
        for line in split_lines(self._buffer):
            reading = decode_stream_line(line)
            if reading is not None:
                readings.append(reading)
        return readings
