"""``postdesk scale probe|read|simulate``: the scale from the command line.

``read`` is a stable contract for scripts: it prints ``protocol, port, grams, stable, status``
(status ``ok``, ``unstable``, ``overload``, ``underload`` or ``error``) and exits 0 only with a
stable, in-range weight; otherwise it exits 1 with a one-line reason on standard error.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
import threading
from decimal import Decimal
from typing import Any

from postdesk.cli.common import EXIT_FAILURE, EXIT_OK, fail, guarded, prepare
from postdesk.devices.scales.protocols import AUTO, PROTOCOL_NAMES

STATUS_OF_STATE = {"stable": "ok", "unstable": "unstable", "overload": "overload", "underload": "underload"}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    scale = commands.add_parser("scale", help="electronic scale: detect, read, simulate")
    scale_commands = scale.add_subparsers(dest="scale_command", required=True)

    probe = scale_commands.add_parser("probe", help="detect the scale protocol and serial settings on a port")
    probe.add_argument("--port", help="device path or pyserial URL (default: every serial port)")
    probe.add_argument("--timeout", type=float, default=0.6, help="seconds per protocol (default 0.6)")
    probe.add_argument("--json", action="store_true", help="print JSON")
    probe.set_defaults(handler=guarded(_probe))

    read = scale_commands.add_parser("read", help="wait for one stable weight and print it")
    read.add_argument(
        "--port", required=True, help="device path or pyserial URL, e.g. socket://10.0.0.5:5001"
    )
    read.add_argument("--protocol", default=AUTO, choices=(AUTO, *PROTOCOL_NAMES))
    read.add_argument("--timeout", type=float, default=5.0, help="seconds to wait (default 5)")
    read.add_argument("--baudrate", type=int, default=0, help="override the protocol's default")
    read.add_argument("--bytesize", type=int, default=0, choices=(0, 7, 8))
    read.add_argument("--parity", default="", choices=("", "N", "E", "O"))
    read.add_argument("--stopbits", type=int, default=0, choices=(0, 1, 2))
    read.add_argument("--json", action="store_true", help="print JSON")
    read.set_defaults(handler=guarded(_read))

    simulate = scale_commands.add_parser("simulate", help="play a scale on a pseudo-terminal or TCP port")
    simulate.add_argument("--protocol", required=True, choices=PROTOCOL_NAMES)
    where = simulate.add_mutually_exclusive_group()
    where.add_argument("--link", help="also make this symlink point at the pseudo-terminal")
    where.add_argument("--tcp", type=int, metavar="PORT", help="listen on 127.0.0.1:PORT instead of a pty")
    simulate.add_argument("--weight", type=Decimal, default=Decimal(0), help="grams on the platform at start")
    simulate.set_defaults(handler=guarded(_simulate))


def _dumps(payload: dict[str, Any]) -> str:
    """JSON with Decimal weights written as exact numbers (never through a float)."""
    decimals = {k: v for k, v in payload.items() if isinstance(v, Decimal)}
    text = json.dumps({k: (f"@{k}@" if k in decimals else v) for k, v in payload.items()}, ensure_ascii=False)
    for key, value in decimals.items():
        text = text.replace(f'"@{key}@"', f"{value:f}")
    return text


def _probe(args: argparse.Namespace) -> int:
    from postdesk.devices.scales.detect import Detection, probe_ports
    from postdesk.devices.scales.transport import system_ports

    prepare()
    ports = [args.port] if args.port else [p.device for p in system_ports()]
    if not ports:
        return fail("no serial ports found")
    results = probe_ports(ports, timeout=args.timeout)
    found = [r for r in results if isinstance(r, Detection)]
    for result in results:
        if isinstance(result, str):
            if not args.json:
                print(result, file=sys.stderr)
            continue
        reading, settings = result.reading, result.settings
        if args.json:
            print(
                _dumps(
                    {
                        "port": result.port,
                        "protocol": result.protocol,
                        "baudrate": settings.baudrate,
                        "bytesize": settings.bytesize,
                        "parity": settings.parity,
                        "stopbits": settings.stopbits,
                        "status": STATUS_OF_STATE.get(reading.state.value, "error"),
                        "grams": reading.grams,
                    }
                )
            )
        else:
            weight = f", {reading.grams:f} g" if reading.grams is not None else ""
            print(
                f"{result.port}: {result.protocol} at {settings.describe()} ({reading.state.value}{weight})"
            )
    if not found:
        return fail("no scale found on " + ", ".join(ports))
    return EXIT_OK


def _read(args: argparse.Namespace) -> int:
    from postdesk.devices.scales.client import ScaleConfig, read_stable
    from postdesk.devices.scales.config import serial_overrides
    from postdesk.devices.scales.stability import CaptureRules

    prepare()
    overrides = serial_overrides(args.protocol, args.baudrate, args.bytesize, args.parity, args.stopbits)
    rules = CaptureRules(hold_seconds=0.2, hold_count=2, empty_grams=Decimal(-1))  # 0 g is a valid reading
    config = ScaleConfig(
        port=args.port,
        protocol=args.protocol,
        overrides=overrides,
        capture=rules,
        probe_timeout=min(0.6, args.timeout / 4),
    )
    reading, weighing, protocol = read_stable(config, args.timeout, lister=list)
    if weighing is not None:
        status, reason = "ok", ""
    elif reading is None:
        status, reason = "error", f"no answer from a scale on {args.port} within {args.timeout:g} s"
    else:
        status = STATUS_OF_STATE.get(reading.state.value, "error")
        if status == "ok":
            status = "unstable"  # stable readings that did not hold
        reason = {
            "unstable": "the weight did not settle",
            "overload": "the load is above the scale's maximum",
            "underload": "the weight is negative: zero the scale",
        }.get(status, reading.detail or reading.state.value)
    grams = weighing.grams if weighing is not None else None
    if args.json:
        print(
            _dumps(
                {
                    "protocol": protocol or None,
                    "port": args.port,
                    "grams": grams,
                    "stable": weighing is not None,
                    "status": status,
                }
            )
        )
    elif weighing is not None:
        print(f"{grams:f} g ({protocol} on {args.port})")
    return EXIT_OK if weighing is not None else fail(f"{status}: {reason}", EXIT_FAILURE)


SIMULATOR_HELP = (
    "commands, one a line: put G | remove | unstable | stable | overload | negative G | error | unplug\n"
    "  replug | noise on|off | split on|off | corrupt N | quit   (short: p 250, r, u, s, o, n 5, e, x, y, q)"
)


def _simulate(args: argparse.Namespace) -> int:
    from postdesk.devices.scales.simulator import ScaleSimulator

    prepare()
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    with ScaleSimulator(args.protocol, link=args.link, tcp_port=args.tcp) as simulator:
        simulator.model.put(args.weight)
        _announce(simulator)
        print(SIMULATOR_HELP, flush=True)
        reader = threading.Thread(target=_command_loop, args=(simulator, done), daemon=True)
        reader.start()
        with contextlib.suppress(KeyboardInterrupt):
            done.wait()
    return EXIT_OK


def _announce(simulator: Any) -> None:
    print(f"port {simulator.path}", flush=True)
    if simulator.path != simulator.device:
        print(f"device {simulator.device}", flush=True)


def _replug(simulator: Any) -> None:
    simulator.replug()
    _announce(simulator)


def _command_loop(simulator: Any, done: threading.Event) -> None:
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        try:
            if not _apply(simulator, words[0].lower(), words[1:], done):
                print(f"unknown command {line.strip()!r}; " + SIMULATOR_HELP, flush=True)
        except (ArithmeticError, ValueError, IndexError):
            print(f"bad command {line.strip()!r}", flush=True)
    # End of input: keep playing until interrupted, so the simulator can run in the background.


def _apply(simulator: Any, command: str, rest: list[str], done: threading.Event) -> bool:
    model = simulator.model
    actions = {
        "put": lambda: model.put(Decimal(rest[0])),
        "p": lambda: model.put(Decimal(rest[0])),
        "remove": model.remove,
        "r": model.remove,
        "unstable": model.set_unstable,
        "u": model.set_unstable,
        "stable": lambda: model.put(model.grams),
        "s": lambda: model.put(model.grams),
        "overload": model.set_overload,
        "o": model.set_overload,
        "negative": lambda: model.set_negative(Decimal(rest[0] if rest else 10)),
        "n": lambda: model.set_negative(Decimal(rest[0] if rest else 10)),
        "error": model.set_error,
        "e": model.set_error,
        "unplug": simulator.unplug,
        "x": simulator.unplug,
        "replug": lambda: _replug(simulator),
        "y": lambda: _replug(simulator),
        "noise": lambda: setattr(model, "noise", b"\x00\xff#garbage\r\n" if rest[0] == "on" else b""),
        "split": lambda: setattr(model, "byte_by_byte", rest[0] == "on"),
        "corrupt": lambda: setattr(model, "corrupt_next", int(rest[0])),
        "quit": done.set,
        "q": done.set,
    }
    action = actions.get(command)
    if action is None:
        return False
    action()
    print("ok", flush=True)
    return True
