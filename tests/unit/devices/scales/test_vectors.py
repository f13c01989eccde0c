"""Every published test vector of the protocol reference, decoded or encoded exactly."""

from __future__ import annotations

from decimal import Decimal

import pytest

from postdesk.devices.scales import cas, massak, pos2, toledo8217
from postdesk.devices.scales.cas import Cas6Codec, CasStreamCodec
from postdesk.devices.scales.massak import MassaK1CCodec, MassaK100Codec, massak_crc
from postdesk.devices.scales.mtsics import MtSicsCodec
from postdesk.devices.scales.pos2 import Pos2Codec
from postdesk.devices.scales.readings import ReadingState
from postdesk.devices.scales.toledo8217 import Toledo8217Codec


def h(text: str) -> bytes:
    return bytes.fromhex(text)


# --- Massa-K Protocol 100 and 1C ------------------------------------------------------------------
def test_massak_weight_request_frame():
    assert MassaK100Codec().poll_request() == h("F8 55 CE 01 00 23 23 00")
    assert massak_crc(b"\x23") == 0x0023


def test_massak_1c_weight_request_frame():
    assert MassaK1CCodec().poll_request() == h("F8 55 CE 01 00 A0 A0 00")


@pytest.mark.parametrize(
    ("frame", "crc", "grams", "at_zero"),
    [
        ("F8 55 CE 0D 00 24 00 00 00 00 01 01 00 01 00 00 00 00 FC 23", 0x23FC, Decimal(0), True),
        ("F8 55 CE 0D 00 24 A3 01 00 00 02 01 00 00 00 00 00 00 F9 5D", 0x5DF9, Decimal(4190), False),
        ("F8 55 CE 0D 00 24 0F 00 00 00 01 01 00 00 00 00 00 00 7D 42", 0x427D, Decimal(15), False),
    ],
)
def test_massak_published_replies(frame, crc, grams, at_zero):
    data = h(frame)
    assert massak_crc(data[5:-2]) == crc
    [reading] = MassaK100Codec().feed(data)
    assert reading.state is ReadingState.STABLE
    assert reading.grams == grams and isinstance(reading.grams, Decimal)
    assert reading.at_zero is at_zero


def test_massak_crc_is_xmodem_of_the_body_with_two_zero_bytes():
    import binascii

    for body in (b"\x23", b"\x24\x01\x02\x03", bytes(range(40))):
        assert massak_crc(body + b"\x00\x00") == binascii.crc_hqx(body, 0)


def test_massak_overload_is_an_error_code_not_a_weight():
    [reading] = MassaK100Codec().feed(massak.error_reply(0x08))
    assert reading.state is ReadingState.OVERLOAD and reading.grams is None


# --- Shtrih-M POS2 --------------------------------------------------------------------------------
def test_pos2_requests():
    codec = Pos2Codec()
    assert codec.poll_request() == h("05")
    codec.feed(h("15"))  # NAK: the scale is idle and waits for the command
    assert codec.take_output() == h("02 05 3A 30 30 33 30 3C")
    assert pos2.message(pos2.CMD_ZERO, pos2.PASSWORD) == h("02 05 30 30 30 33 30 36")
    assert pos2.message(pos2.CMD_TARE, pos2.PASSWORD) == h("02 05 31 30 30 33 30 37")


def test_pos2_zero_and_tare_go_after_the_handshake():
    codec = Pos2Codec()
    assert codec.zero_request() == h("05")
    codec.feed(h("15"))
    assert codec.take_output() == h("02 05 30 30 30 33 30 36")
    assert codec.tare_request() == h("05")
    codec.feed(h("15"))
    assert codec.take_output() == h("02 05 31 30 30 33 30 37")


def test_pos2_published_reply():
    codec = Pos2Codec()
    [reading] = codec.feed(h("06 02 0B 3A 00 14 00 02 00 00 00 00 00 08 2F"))
    assert reading.state is ReadingState.STABLE and reading.grams == 2
    assert codec.take_output() == h("06")  # acknowledged


def test_pos2_bad_lrc_is_refused_with_nak():
    codec = Pos2Codec()
    assert codec.feed(h("02 0B 3A 00 14 00 02 00 00 00 00 00 08 2E")) == []
    assert codec.take_output() == h("15")


# --- CAS ------------------------------------------------------------------------------------------
def test_cas6_capture_with_the_ack_in_the_same_read():
    codec = Cas6Codec()
    [reading] = codec.feed(h("06 01 02 53 20 30 30 2E 34 38 38 6B 67 65 03 04"))
    assert reading.state is ReadingState.STABLE and reading.grams == 488
    assert codec.take_output() == bytes([cas.DC1])


def test_cas6_zero_weight_frame():
    [reading] = Cas6Codec().feed(h("01 02 53 20 30 30 2E 30 30 30 6B 67 61 03 04"))
    assert reading.state is ReadingState.STABLE and reading.grams == 0


def test_cas6_zero_and_tare_commands():
    assert Cas6Codec().zero_request() == h("3C 5A 4B 3E 09")
    assert Cas6Codec().tare_request() == h("3C 54 4B 3E 09")


def test_cas_stream_18_byte_frame():
    line = b"ST,GS,+  4.876kg\r\n"
    assert len(line) == 18
    [reading] = CasStreamCodec().feed(line)
    assert reading.state is ReadingState.STABLE and reading.grams == 4876


def test_cas_stream_net_frame():
    [reading] = CasStreamCodec().feed(b"ST,NT,+  1.234kg\r\n")
    assert reading.net and reading.grams == 1234


def test_cas_stream_22_byte_frame_with_lamp_byte():
    line = cas.stream_line("ST", "+  1.234", lamp=0xE5)
    assert len(line) == 22 and line[7] == 0xE5 and line[6] == 0x31
    [reading] = CasStreamCodec().feed(line)
    assert reading.state is ReadingState.STABLE and reading.grams == 1234


def test_cas_stream_10_byte_frame_is_never_stable():
    [reading] = CasStreamCodec().feed(b"+  0.500\r\n")
    assert reading.state is ReadingState.UNSTABLE and reading.grams == 500


# --- MT-SICS --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "state", "grams"),
    [
        (b"S S     100.00 g\r\n", ReadingState.STABLE, Decimal(100)),
        (b"S D     100.35 g\r\n", ReadingState.UNSTABLE, Decimal("100.35")),
        (b"S S      1.234 kg\r\n", ReadingState.STABLE, Decimal(1234)),
        (b"S +\r\n", ReadingState.OVERLOAD, None),
        (b"S -\r\n", ReadingState.UNDERLOAD, None),
        (b"S I\r\n", ReadingState.ERROR, None),
        (b"ES\r\n", ReadingState.ERROR, None),
    ],
)
def test_mtsics_replies(line, state, grams):
    [reading] = MtSicsCodec().feed(line)
    assert reading.state is state and reading.grams == grams


def test_mtsics_commands():
    codec = MtSicsCodec()
    assert (codec.poll_request(), codec.zero_request(), codec.tare_request()) == (
        b"SI\r\n",
        b"Z\r\n",
        b"T\r\n",
    )
    assert codec.feed(b"Z A\r\nT S      0.00 g\r\n") == []


# --- Toledo 8217 ----------------------------------------------------------------------------------
def test_toledo_weight_reply():
    codec = Toledo8217Codec()
    assert codec.poll_request() == b"W"
    [reading] = codec.feed(b"\x0201.234\r")
    assert reading.state is ReadingState.STABLE and reading.grams == 1234


def test_toledo_in_motion_status():
    [reading] = Toledo8217Codec().feed(b"\x02?A\r")
    assert reading.state is ReadingState.UNSTABLE and reading.grams is None


def test_toledo_7e1_read_as_8n1():
    seen = h("82 30 B1 2E B2 33 B4 8D")
    assert toledo8217.with_parity(h("02 30 31 2E 32 33 34 0D")) == seen
    [reading] = Toledo8217Codec().feed(seen)
    assert reading.grams == 1234 and reading.state is ReadingState.STABLE
