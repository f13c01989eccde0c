"""The scale side of every protocol, for the simulator: a weight model and per-protocol answers.

Besides the weight, the model carries fault switches used in training and tests: line noise
before each answer, answers dribbled byte by byte, and answers corrupted in transit (a weight
byte changed after the checksum or parity was computed, as line noise would do).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from decimal import Decimal

from postdesk.devices.scales import cas, massak, mtsics, pos2, toledo8217
from postdesk.devices.scales.codec import split_lines, xor_of


@dataclass
class ScaleModel:
    """What is on the simulated platform. Changed from any thread; read by the protocol side."""

    grams: Decimal = Decimal(0)
    stable: bool = True
    overload: bool = False
    error: bool = False
    noise: bytes = b""
    byte_by_byte: bool = False
    corrupt_next: int = 0
    parity_on_wire: bool = False  # Toledo: show a 7E1 line as an 8N1 port sees it
    received: list[str] = field(default_factory=list)  # zero/tare commands that reached the scale
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def put(self, grams: Decimal | int) -> None:
        with self.lock:
            self.grams, self.stable, self.overload, self.error = Decimal(grams), True, False, False

    def remove(self) -> None:
        self.put(0)

    def set_unstable(self) -> None:
        with self.lock:
            self.stable = False

    def set_overload(self) -> None:
        with self.lock:
            self.overload = True

    def set_negative(self, grams: Decimal | int) -> None:
        self.put(-abs(Decimal(grams)))

    def set_error(self) -> None:
        with self.lock:
            self.error = True

    def take_corruption(self) -> bool:
        with self.lock:
            if self.corrupt_next > 0:
                self.corrupt_next -= 1
                return True
            return False


def _flip(frame: bytes, index: int, mask: int = 0x01) -> bytes:
    data = bytearray(frame)
    data[index] ^= mask
    return bytes(data)


class Responder:
    """Answers host requests for one protocol. ``receive`` returns the frames to send back."""

    streaming = False
    corrupt_at: int | None = None  # byte to damage when a corruption is due

    def __init__(self, model: ScaleModel) -> None:
        self.model = model
        self.buffer = bytearray()

    def receive(self, data: bytes) -> list[bytes]:
        self.buffer += data
        return self.answer()

    def answer(self) -> list[bytes]:
        return []

    def tick(self) -> bytes:
        """Streaming protocols: the next frame."""
        return b""

    def damage(self, frame: bytes) -> bytes:
        if self.corrupt_at is None or len(frame) <= self.corrupt_at:
            return frame
        return _flip(frame, self.corrupt_at)


class MassaKResponder(Responder):
    corrupt_at = 6
    weight_command = massak.CMD_GET_MASSA

    def answer(self) -> list[bytes]:
        out = []
        for body in massak.iter_bodies(self.buffer):
            command = body[0]
            if command == self.weight_command:
                out.append(self.weight())
            elif command == massak.CMD_SET_ZERO:
                self.model.received.append("zero")
                out.append(massak.frame(bytes([massak.CMD_ACK_SET])))
            elif command == massak.CMD_SET_TARE:
                self.model.received.append("tare")
                out.append(massak.frame(bytes([0x12])))
        return out

    def weight(self) -> bytes:
        m = self.model
        if m.overload:
            return massak.error_reply(massak.ERROR_OVERLOAD)
        if m.error:
            return massak.error_reply(0x19)
        division = Decimal(1) if m.grams == m.grams.to_integral_value() else Decimal("0.1")
        divisions = int(m.grams / division)
        return massak.weight_reply(divisions, division, stable=m.stable, at_zero=m.grams == 0)


class MassaK1CResponder(MassaKResponder):
    weight_command = massak.CMD_GET_WEIGHT_1C

    def weight(self) -> bytes:
        m = self.model
        if m.overload or m.error:
            return massak.error_reply(massak.ERROR_OVERLOAD if m.overload else 0x19)
        division = Decimal(1) if m.grams == m.grams.to_integral_value() else Decimal("0.1")
        return massak.weight_reply_1c(int(m.grams / division), division, stable=m.stable)


class Pos2Responder(Responder):
    corrupt_at = 7

    def __init__(self, model: ScaleModel) -> None:
        super().__init__(model)
        self.unsent = b""

    def answer(self) -> list[bytes]:
        out: list[bytes] = []
        buffer = self.buffer
        while buffer:
            first = buffer[0]
            if first == pos2.ENQ:
                del buffer[:1]
                out.append(bytes([pos2.ACK]) + self.unsent if self.unsent else bytes([pos2.NAK]))
            elif first == pos2.ACK:
                del buffer[:1]
                self.unsent = b""
            elif first == pos2.NAK:
                del buffer[:1]
                if self.unsent:
                    out.append(self.unsent)
            elif first == pos2.STX:
                if len(buffer) < 2 or len(buffer) < buffer[1] + 3:
                    break
                length = buffer[1]
                body, lrc = bytes(buffer[1 : length + 2]), buffer[length + 2]
                del buffer[: length + 3]
                if xor_of(body) != lrc:
                    out.append(bytes([pos2.NAK]))
                    continue
                self.unsent = self.reply(body[1])
                out.append(bytes([pos2.ACK]) + self.unsent)
            else:
                del buffer[:1]
        return out

    def reply(self, command: int) -> bytes:
        m = self.model
        if command == pos2.CMD_WEIGHT:
            return pos2.weight_reply(
                int(m.grams), stable=m.stable, over=m.overload, error=0x17 if m.error else 0
            )
        if command in (pos2.CMD_ZERO, pos2.CMD_TARE):
            m.received.append("zero" if command == pos2.CMD_ZERO else "tare")
        return pos2.message(command, b"\x00")


class Cas6Responder(Responder):
    corrupt_at = 8

    def answer(self) -> list[bytes]:
        out = []
        while self.buffer:
            for command, name in ((cas.ZERO_COMMAND, "zero"), (cas.TARE_COMMAND, "tare")):
                if self.buffer.startswith(command):
                    del self.buffer[: len(command)]
                    self.model.received.append(name)
                    break
            else:
                if self.buffer[0] == ord("<") and len(self.buffer) < len(cas.ZERO_COMMAND):
                    break
                first = self.buffer.pop(0)
                if first == cas.ENQ:
                    out.append(bytes([cas.ACK]))
                elif first == cas.DC1:
                    out.append(self.frame())
        return out

    def frame(self) -> bytes:
        m = self.model
        if m.overload:
            return cas.type6_frame("F", "F", "FFFFFF")
        kilos = abs(m.grams) / 1000
        return cas.type6_frame("S" if m.stable else "U", "-" if m.grams < 0 else " ", f"{kilos:06.3f}")


class CasStreamResponder(Responder):
    streaming = True

    def tick(self) -> bytes:
        m = self.model
        if m.overload:
            return cas.stream_line("OL", "+999.999")
        sign = "-" if m.grams < 0 else "+"
        weight = sign + f"{abs(m.grams) / 1000:7.3f}"
        return cas.stream_line("ST" if m.stable else "US", weight)


class MtSicsResponder(Responder):
    def answer(self) -> list[bytes]:
        out = []
        for line in split_lines(self.buffer):
            command = line.decode("ascii", "replace").strip()
            m = self.model
            if command in ("SI", "S"):
                if m.overload or m.error:
                    out.append(mtsics.weight_line("+" if m.overload else "I"))
                elif command == "S" and not m.stable:
                    out.append(mtsics.weight_line("I"))
                else:
                    out.append(mtsics.weight_line("S" if m.stable else "D", f"{m.grams}", "g"))
            elif command in ("Z", "ZI"):
                m.received.append("zero")
                out.append(b"Z A\r\n")
            elif command in ("T", "TI"):
                m.received.append("tare")
                out.append(f"T S {m.grams:>10} g\r\n".encode("ascii"))
            elif command in ("@", "I4"):
                out.append(b'I4 A "0123456789"\r\n')
            elif command:
                out.append(b"ES\r\n")
        return out


class Toledo8217Responder(Responder):
    corrupt_at = 2

    def answer(self) -> list[bytes]:
        out = []
        while self.buffer:
            command = chr(self.buffer.pop(0) & 0x7F)
            m = self.model
            if command == "W":
                if m.overload or m.grams < 0 or not m.stable:
                    frame = toledo8217.status_frame(motion=not m.stable, over=m.overload, under=m.grams < 0)
                else:
                    frame = toledo8217.weight_frame(int(m.grams))
            elif command in "ZTC":
                m.received.append({"Z": "zero", "T": "tare", "C": "clear"}[command])
                frame = toledo8217.status_frame(centre_of_zero=m.grams == 0)
            else:
                continue
            out.append(toledo8217.with_parity(frame) if m.parity_on_wire else frame)
        return out

    def damage(self, frame: bytes) -> bytes:
        # Without a checksum only parity can reveal damage: break it on an 8N1-read line.
        return _flip(frame, 2, 0x80) if self.model.parity_on_wire and len(frame) > 3 else frame


RESPONDERS: dict[str, type[Responder]] = {
    "massak100": MassaKResponder,
    "massak1c": MassaK1CResponder,
    "pos2": Pos2Responder,
    "cas6": Cas6Responder,
    "casstream": CasStreamResponder,
    "mtsics": MtSicsResponder,
    "toledo8217": Toledo8217Responder,
}
