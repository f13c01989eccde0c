"""A simulated scale on a pseudo-terminal (or a TCP port) for demos, training and tests.

The pty master is put in raw mode and served by one thread that answers requests in the
chosen protocol. "Unplug" closes the pty as a pulled USB adapter would (the application's
reads fail with EIO); "replug" opens a new pty, under a new ``/dev/pts/N`` name, and moves the
optional ``link`` symlink to it, as udev does with ``/dev/serial/by-id``.
"""

from __future__ import annotations

import contextlib
import os
import queue
import select
import socket
import termios
import threading
import time
from collections.abc import Callable
from pathlib import Path

from postdesk.devices.scales.simulated import RESPONDERS, ScaleModel

STREAM_INTERVAL = 0.1


def _make_raw(fd: int) -> None:
    """No echo, no line editing, no CR/LF translation. Unlike ``tty.setraw`` it leaves the
    character size alone, which lets the application then set 7E1 on the pty."""
    attrs = termios.tcgetattr(fd)
    attrs[0] &= ~(
        termios.ICRNL
        | termios.INLCR
        | termios.IGNCR
        | termios.IXON
        | termios.BRKINT
        | termios.INPCK
        | termios.ISTRIP
    )
    attrs[1] &= ~termios.OPOST
    attrs[3] &= ~(termios.ECHO | termios.ICANON | termios.ISIG | termios.IEXTEN)
    attrs[6][termios.VMIN] = 1
    attrs[6][termios.VTIME] = 0
    termios.tcsetattr(fd, termios.TCSANOW, attrs)


class _PtyEndpoint:
    def __init__(self, link: Path | None) -> None:
        self.master, self.slave = os.openpty()
        _make_raw(self.slave)
        os.set_blocking(self.master, False)
        self.path = os.ttyname(self.slave)
        self.link = link
        if link is not None:
            tmp = link.with_name(link.name + ".new")
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            tmp.symlink_to(self.path)
            tmp.replace(link)

    def fds(self) -> list[int]:
        return [self.master]

    def read(self, fd: int) -> bytes:
        try:
            return os.read(fd, 4096)
        except (BlockingIOError, InterruptedError):
            return b""
        except OSError:  # EIO: nobody has the port open; the bytes are gone anyway
            return b""

    def write(self, data: bytes) -> None:
        with contextlib.suppress(BlockingIOError, OSError):
            os.write(self.master, data)

    def close(self) -> None:
        if self.link is not None:
            with contextlib.suppress(FileNotFoundError):
                if self.link.is_symlink() and os.readlink(self.link) == self.path:
                    self.link.unlink()
        os.close(self.master)
        os.close(self.slave)


class _TcpEndpoint:
    """One client at a time, like a scale's Ethernet module (Massa-K listens on 5001)."""

    def __init__(self, port: int) -> None:
        self.server = socket.create_server(("127.0.0.1", port))
        self.server.setblocking(False)
        self.port = self.server.getsockname()[1]
        self.path = f"socket://127.0.0.1:{self.port}"
        self.client: socket.socket | None = None

    def fds(self) -> list[int]:
        return [self.server.fileno()] + ([self.client.fileno()] if self.client else [])

    def read(self, fd: int) -> bytes:
        if fd == self.server.fileno():
            with contextlib.suppress(BlockingIOError):
                client, _ = self.server.accept()
                if self.client is not None:
                    self.client.close()
                client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                self.client = client
            return b""
        assert self.client is not None
        try:
            data = self.client.recv(4096)
        except OSError:
            data = b""
        if not data:
            self.client.close()
            self.client = None
        return data

    def write(self, data: bytes) -> None:
        if self.client is not None:
            with contextlib.suppress(OSError):
                self.client.sendall(data)

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        self.server.close()


class ScaleSimulator:
    """Plays ``protocol`` until :meth:`stop`. Use as a context manager in tests."""

    def __init__(
        self,
        protocol: str,
        *,
        link: str | Path | None = None,
        tcp_port: int | None = None,
        model: ScaleModel | None = None,
        on_sent: Callable[[bytes, float], None] | None = None,
    ) -> None:
        if protocol not in RESPONDERS:
            raise ValueError(f"unknown scale protocol {protocol!r}")
        self.protocol = protocol
        self.model = model or ScaleModel()
        self._link = Path(link) if link else None
        self._tcp_port = tcp_port
        self._on_sent = on_sent
        self._endpoint: _PtyEndpoint | _TcpEndpoint | None = None
        self._last_device = ""
        self._responder = RESPONDERS[protocol](self.model)
        self._requests: queue.Queue[tuple[str, threading.Event]] = queue.Queue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name=f"scale-simulator-{protocol}", daemon=True)

    @property
    def path(self) -> str:
        """The port the application opens: the pty (or its link) or the ``socket://`` URL."""
        if self._endpoint is None:
            return ""
        return (
            str(self._link)
            if self._link and isinstance(self._endpoint, _PtyEndpoint)
            else self._endpoint.path
        )

    @property
    def device(self) -> str:
        return self._endpoint.path if self._endpoint else ""

    def start(self) -> ScaleSimulator:
        self._endpoint = self._new_endpoint()
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
        if self._endpoint is not None:
            self._endpoint.close()
            self._endpoint = None

    def __enter__(self) -> ScaleSimulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def unplug(self) -> None:
        self._ask("unplug")

    def replug(self) -> str:
        self._ask("replug")
        return self.path

    def _ask(self, what: str) -> None:
        done = threading.Event()
        self._requests.put((what, done))
        done.wait(5)

    def _new_endpoint(self) -> _PtyEndpoint | _TcpEndpoint:
        if self._tcp_port is not None:
            endpoint = _TcpEndpoint(self._tcp_port)
            self._tcp_port = endpoint.port  # replug keeps the same address
            return endpoint
        pty = _PtyEndpoint(self._link)
        if pty.path == self._last_device:  # the kernel reused the name: take the next one
            spare, pty = pty, _PtyEndpoint(self._link)
            spare.close()
        self._last_device = pty.path
        return pty

    def _serve(self) -> None:
        next_tick = time.monotonic()
        while not self._stop.is_set():
            self._handle_requests()
            endpoint = self._endpoint
            if endpoint is None:
                time.sleep(0.01)
                continue
            ready, _, _ = select.select(endpoint.fds(), [], [], 0.01)
            for fd in ready:
                data = endpoint.read(fd)
                if data:
                    for frame in self._responder.receive(data):
                        self._send(endpoint, frame)
            if self._responder.streaming and time.monotonic() >= next_tick:
                next_tick = time.monotonic() + STREAM_INTERVAL
                self._send(endpoint, self._responder.tick())

    def _handle_requests(self) -> None:
        while True:
            try:
                what, done = self._requests.get_nowait()
            except queue.Empty:
                return
            if what == "unplug" and self._endpoint is not None:
                self._endpoint.close()
                self._endpoint = None
            elif what == "replug" and self._endpoint is None:
                self._endpoint = self._new_endpoint()
            done.set()

    def _send(self, endpoint: _PtyEndpoint | _TcpEndpoint, frame: bytes) -> None:
        model = self.model
        if model.take_corruption():
            frame = self._responder.damage(frame)
        if model.noise:
            endpoint.write(model.noise)
        if model.byte_by_byte:
            for i in range(len(frame)):
                endpoint.write(frame[i : i + 1])
                time.sleep(0.001)
        else:
            endpoint.write(frame)
        if self._on_sent is not None:
            self._on_sent(frame, time.perf_counter())
