"""Every protocol end to end: simulator on a real pseudo-terminal, the application's monitor on the
other side, through the same open/poll/decode/capture path the GUI's scale service runs."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest

from postdesk.devices.scales.client import LinkState
from postdesk.devices.scales.detect import probe_port
from postdesk.devices.scales.protocols import PROTOCOL_NAMES
from postdesk.devices.scales.readings import ReadingState
from postdesk.devices.scales.simulated import ScaleModel
from postdesk.devices.scales.simulator import ScaleSimulator
from tests.integration.devices.scale_harness import running_monitor, wait_for

ZEROABLE = [name for name in PROTOCOL_NAMES if name != "casstream"]


@pytest.mark.parametrize("protocol", PROTOCOL_NAMES)
def test_weighings_and_states_end_to_end(protocol):
    with ScaleSimulator(protocol) as sim, running_monitor(sim.path, protocol) as (_monitor, rec):
        sim.model.put(1234)
        wait_for(lambda: [w.grams for w in rec.weighings] == [1234])
        assert rec.link() is LinkState.CONNECTED

        sim.model.set_unstable()
        wait_for(lambda: rec.last().state is ReadingState.UNSTABLE)
        sim.model.set_overload()
        wait_for(lambda: rec.last().state is ReadingState.OVERLOAD)
        assert rec.last().grams is None
        sim.model.set_negative(20)
        wait_for(lambda: rec.last().state is ReadingState.UNDERLOAD)
        assert len(rec.weighings) == 1

        sim.model.remove()
        wait_for(lambda: rec.last().state is ReadingState.STABLE and rec.last().grams == 0)
        sim.model.put(1234)  # the same weight again: a second item
        wait_for(lambda: [w.grams for w in rec.weighings] == [1234, 1234])
        assert not any(w.manual for w in rec.weighings)


@pytest.mark.parametrize("protocol", ZEROABLE)
def test_zero_and_tare_reach_the_scale(protocol):
    with ScaleSimulator(protocol) as sim, running_monitor(sim.path, protocol) as (monitor, rec):
        wait_for(lambda: rec.link() is LinkState.CONNECTED)
        monitor.request_zero()
        wait_for(lambda: "zero" in sim.model.received)
        if protocol != "massak1c":  # the 1C mode has no tare command
            monitor.request_tare()
            wait_for(lambda: "tare" in sim.model.received)
        sim.model.put(300)
        wait_for(lambda: rec.weighings)


@pytest.mark.parametrize("protocol", PROTOCOL_NAMES)
def test_auto_detection_finds_each_protocol(protocol):
    with ScaleSimulator(protocol) as sim:
        sim.model.put(50)
        found = probe_port(sim.path, timeout=0.25)
    assert found is not None and found.protocol == protocol
    assert found.reading.grams == 50


def test_monitor_with_auto_protocol_detects_then_weighs():
    with ScaleSimulator("mtsics") as sim, running_monitor(sim.path, "auto") as (monitor, rec):
        sim.model.put(777)
        wait_for(lambda: rec.weighings, timeout=5)
        assert monitor.protocol == "mtsics" and rec.weighings[0].grams == 777


@pytest.mark.parametrize("protocol", ["massak100", "massak1c", "pos2", "cas6"])
def test_noise_split_frames_and_checksum_errors_never_give_a_wrong_weight(protocol):
    model = ScaleModel(
        grams=Decimal(2500), noise=b"\xf8\x55\x02\x0b\x01\x02#noise\r\n", byte_by_byte=True, corrupt_next=6
    )
    with ScaleSimulator(protocol, model=model) as sim, running_monitor(sim.path, protocol) as (_monitor, rec):
        wait_for(lambda: rec.weighings, timeout=5)
        assert model.corrupt_next == 0  # the damaged answers were really sent
        assert rec.stable_grams() == {Decimal(2500)}
        assert [w.grams for w in rec.weighings] == [2500]


@pytest.mark.parametrize(
    ("protocol", "noise"),
    [
        ("casstream", b"\x00\xffUS,GS,+  9.9\r\n"),  # a torn line before every frame
        ("mtsics", b"\x00\xff garbage\r\n"),
        ("toledo8217", b"\x00\xff garbage \x02?"),  # a stray STX right before the frame
    ],
)
def test_text_protocols_survive_noise_and_byte_by_byte_delivery(protocol, noise):
    model = ScaleModel(grams=Decimal(640), noise=noise, byte_by_byte=True)
    with ScaleSimulator(protocol, model=model) as sim, running_monitor(sim.path, protocol) as (_monitor, rec):
        wait_for(lambda: rec.weighings, timeout=5)
        assert rec.stable_grams() == {Decimal(640)}


def test_toledo_7e1_line_read_through_an_8n1_port():
    from postdesk.devices.scales.codec import SerialSettings

    with (
        ScaleSimulator(
            "toledo8217", model=ScaleModel(grams=Decimal(1999), parity_on_wire=True, corrupt_next=4)
        ) as sim,
        running_monitor(sim.path, "toledo8217", overrides=SerialSettings(9600, 8, "N", 1)) as (_monitor, rec),
    ):
        # the model breaks the parity of the first four answers
        wait_for(lambda: rec.weighings, timeout=5)
        assert sim.model.corrupt_next == 0
        assert rec.stable_grams() == {Decimal(1999)}


def test_unplug_reports_disconnected_at_once_and_replug_under_a_new_name_reconnects(tmp_path):
    link = tmp_path / "by-id-scale"
    with (
        ScaleSimulator("massak100", link=link, model=ScaleModel(grams=Decimal(400))) as sim,
        running_monitor(str(link), "massak100") as (_monitor, rec),
    ):
        wait_for(lambda: rec.weighings)
        old_device = sim.device

        sim.unplug()
        detected = wait_for(lambda: rec.link() is LinkState.DISCONNECTED)
        assert detected < 0.5
        assert rec.last().state is ReadingState.DISCONNECTED

        sim.model.put(450)
        sim.replug()
        assert sim.device != old_device  # the kernel gave the "adapter" a new name
        reconnected = wait_for(lambda: rec.link() is LinkState.CONNECTED, timeout=2.0)
        assert reconnected < 2.0
        wait_for(lambda: [w.grams for w in rec.weighings] == [400, 450])
        assert rec.stable_grams() == {Decimal(400), Decimal(450)}


def test_scale_on_tcp_reconnects_after_the_link_drops():
    with (
        ScaleSimulator("massak100", tcp_port=0) as sim,
        running_monitor(sim.path, "massak100") as (_monitor, rec),
    ):
        assert sim.path.startswith("socket://127.0.0.1:")
        sim.model.put(5000)
        wait_for(lambda: rec.weighings)
        sim.unplug()
        wait_for(lambda: rec.link() is LinkState.DISCONNECTED)
        sim.replug()
        wait_for(lambda: rec.link() is LinkState.CONNECTED, timeout=2.0)


def test_polled_protocols_are_polled_at_least_every_200_ms():
    import time

    with ScaleSimulator("pos2") as sim, running_monitor(sim.path, "pos2") as (_monitor, rec):
        sim.model.put(10)
        wait_for(lambda: rec.link() is LinkState.CONNECTED)
        time.sleep(1.0)
        times = [r.at for r in rec.readings]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(times) >= 5 and max(gaps) <= 0.2
