"""Decoders fed the way serial ports deliver: split anywhere, glued together, with noise."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from postdesk.devices.scales import cas, massak, mtsics, pos2, toledo8217
from postdesk.devices.scales.protocols import CODECS, PROTOCOL_NAMES, codec_for
from postdesk.devices.scales.readings import ReadingState

D = Decimal

# A few scale answers per protocol, with the states they must decode to.
STREAMS: dict[str, list[tuple[bytes, ReadingState, Decimal | None]]] = {
    "massak100": [
        (massak.weight_reply(1500), ReadingState.STABLE, D(1500)),
        (massak.weight_reply(419, D(10), stable=False), ReadingState.UNSTABLE, D(4190)),
        (massak.weight_reply(-25), ReadingState.UNDERLOAD, D(-25)),
        (massak.weight_reply(123, D("0.1")), ReadingState.STABLE, D("12.3")),
        (massak.error_reply(0x08), ReadingState.OVERLOAD, None),
        (massak.error_reply(0x19), ReadingState.ERROR, None),
    ],
    "massak1c": [
        (massak.weight_reply_1c(2500), ReadingState.STABLE, D(2500)),
        (massak.weight_reply_1c(7, D(100), stable=False), ReadingState.UNSTABLE, D(700)),
        (massak.error_reply(0x08), ReadingState.OVERLOAD, None),
    ],
    "pos2": [
        (b"\x06" + pos2.weight_reply(800), ReadingState.STABLE, D(800)),
        (b"\x06" + pos2.weight_reply(810, stable=False), ReadingState.UNSTABLE, D(810)),
        (b"\x06" + pos2.weight_reply(0, over=True), ReadingState.OVERLOAD, None),
        (b"\x06" + pos2.weight_reply(-4), ReadingState.UNDERLOAD, D(-4)),
    ],
    "cas6": [
        (cas.type6_frame("S", " ", "01.250"), ReadingState.STABLE, D(1250)),
        (cas.type6_frame("U", " ", "01.260"), ReadingState.UNSTABLE, D(1260)),
        (cas.type6_frame("S", "-", "00.010"), ReadingState.UNDERLOAD, D(-10)),
        (cas.type6_frame("F", "F", "FFFFFF"), ReadingState.OVERLOAD, None),
    ],
    "casstream": [
        (cas.stream_line("ST", "+  2.000"), ReadingState.STABLE, D(2000)),
        (cas.stream_line("US", "+  2.010", layout=18), ReadingState.UNSTABLE, D(2010)),
        (cas.stream_line("OL", "+999.999"), ReadingState.OVERLOAD, None),
        (cas.stream_line("ST", "-  0.020"), ReadingState.UNDERLOAD, D(-20)),
    ],
    "mtsics": [
        (mtsics.weight_line("S", "350", "g"), ReadingState.STABLE, D(350)),
        (mtsics.weight_line("D", "351.5", "g"), ReadingState.UNSTABLE, D("351.5")),
        (mtsics.weight_line("+"), ReadingState.OVERLOAD, None),
        (mtsics.weight_line("S", "-2", "g"), ReadingState.UNDERLOAD, D(-2)),
    ],
    "toledo8217": [
        (toledo8217.weight_frame(3210), ReadingState.STABLE, D(3210)),
        (toledo8217.status_frame(motion=True), ReadingState.UNSTABLE, None),
        (toledo8217.status_frame(over=True), ReadingState.OVERLOAD, None),
        (toledo8217.status_frame(under=True), ReadingState.UNDERLOAD, None),
    ],
}


def _decode(name: str, chunks: list[bytes]) -> list[tuple[ReadingState, Decimal | None]]:
    codec = codec_for(name)
    out = []
    for chunk in chunks:
        out += [(r.state, r.grams) for r in codec.feed(chunk)]
    return out


def _split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    chunks, start = [], 0
    for point in [*points, len(data)]:
        chunks.append(data[start:point])
        start = point
    return chunks


def test_every_protocol_has_a_stream():
    assert set(STREAMS) == set(PROTOCOL_NAMES) == set(CODECS)


@pytest.mark.parametrize("name", PROTOCOL_NAMES)
def test_glued_frames_decode_in_order(name):
    frames = STREAMS[name]
    assert _decode(name, [b"".join(f for f, _, _ in frames)]) == [(s, g) for _, s, g in frames]


@settings(max_examples=60, deadline=None)
@given(
    name=st.sampled_from(PROTOCOL_NAMES),
    cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=30),
)
def test_any_split_decodes_identically(name, cuts):
    stream = b"".join(frame for frame, _, _ in STREAMS[name])
    assert _decode(name, _split(stream, cuts)) == _decode(name, [stream])


@pytest.mark.parametrize("name", PROTOCOL_NAMES)
def test_byte_by_byte(name):
    stream = b"".join(frame for frame, _, _ in STREAMS[name])
    assert _decode(name, [stream[i : i + 1] for i in range(len(stream))]) == [
        (s, g) for _, s, g in STREAMS[name]
    ]


NOISE = st.binary(max_size=40).map(lambda b: b.replace(b"\n", b"").replace(b"\r", b"") + b"\r\n")


@settings(max_examples=80, deadline=None)
@given(name=st.sampled_from(PROTOCOL_NAMES), noise=NOISE, cuts=st.lists(st.integers(0, 10_000), max_size=10))
def test_garbage_before_a_frame_never_yields_a_wrong_stable_weight(name, noise, cuts):
    frame, state, grams = STREAMS[name][0]
    readings = _decode(name, _split(noise + frame, cuts))
    stable = [g for s, g in readings if s is ReadingState.STABLE]
    assert stable in ([grams], [grams, grams]) or (not stable and readings == [])  # resynced or frame dropped
    assert readings[-1:] in ([(state, grams)], [])


@pytest.mark.parametrize("name", ["massak100", "massak1c", "pos2", "cas6"])
def test_a_damaged_frame_is_dropped_and_the_link_resyncs(name):
    """Any damaged byte (data, checksum or a length that swallows what follows): no wrong weight,
    and the answers to the next polls decode again."""
    good, state, grams = STREAMS[name][0]
    for index in range(len(good)):
        broken = bytearray(good)
        broken[index] ^= 0x10
        readings = _decode(name, [bytes(broken) + good * 3])
        assert readings[-1] == (state, grams), index
        assert all(g == grams for s, g in readings if s is ReadingState.STABLE), index


@pytest.mark.parametrize("name", [n for n in PROTOCOL_NAMES if n != "toledo8217"])
def test_a_7e1_stream_read_as_8n1_never_gives_a_wrong_stable_weight(name):
    stream = b"".join(frame for frame, _, _ in STREAMS[name])
    expected = {g for _, s, g in STREAMS[name] if s is ReadingState.STABLE}
    readings = _decode(name, [toledo8217.with_parity(stream)])
    assert {g for s, g in readings if s is ReadingState.STABLE} <= expected


def test_toledo_parity_damage_is_rejected():
    frame = toledo8217.with_parity(toledo8217.weight_frame(1234))
    damaged = bytearray(frame)
    damaged[3] ^= 0x80
    assert _decode("toledo8217", [bytes(damaged)]) == []
    assert _decode("toledo8217", [bytes(damaged) + frame]) == [(ReadingState.STABLE, D(1234))]


def test_toledo_reuses_the_last_weight_when_only_status_follows():
    status_only = bytes([0x02, ord("?"), 0x40, 0x0D])
    assert _decode("toledo8217", [status_only]) == []
    assert _decode("toledo8217", [toledo8217.weight_frame(500), status_only]) == [
        (ReadingState.STABLE, D(500)),
        (ReadingState.STABLE, D(500)),
    ]


def test_pounds_are_not_taken_for_grams():
    assert _decode("toledo8217", [b"\x02012.34\r"]) == []
    assert _decode("mtsics", [b"S S 1.20 lb\r\n"])[0][0] is ReadingState.ERROR


def test_runaway_input_is_bounded():
    codec = codec_for("casstream")
    codec.feed(b"x" * 100_000)
    assert len(codec._buffer) <= 1024
    codec.feed(b"\r\n")
    [reading] = codec.feed(cas.stream_line("ST", "+  0.100"))
    assert reading.grams == 100
