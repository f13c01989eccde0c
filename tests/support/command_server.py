"""A pre-imported ``python -m postdesk`` that forks one child per command.

Starting the interpreter and importing the program costs about 2.5 s, and the end-to-end tests run
the command a few hundred times. This server imports the program once; each request forks a child
that takes the request's arguments, environment, working folder and standard streams, runs the
``postdesk`` module as ``python -m postdesk`` would, and exits with its code. The child is a real,
separate process: its own exit code, files, database connections and signals.

Protocol (JSON lines on the server's stdin/stdout): a request
``{"argv", "env", "cwd", "stdin", "stdout", "stderr"}`` (the last three are file paths) is answered
by ``{"pid"}`` when the child starts and ``{"returncode"}`` when it ends (negative: killed by a
signal, as in :mod:`subprocess`).
"""

from __future__ import annotations

import atexit
import io
import json
import os
import runpy
import sys
import traceback
from typing import Any


def _preload() -> None:
    import postdesk.cli.main  # noqa: F401  (the import is the point: children inherit it)


def _reopen_streams(request: dict[str, Any]) -> None:
    for fd, key, mode in ((0, "stdin", os.O_RDONLY), (1, "stdout", os.O_WRONLY), (2, "stderr", os.O_WRONLY)):
        target = os.open(request[key], mode)
        os.dup2(target, fd)
        os.close(target)
    encoding = sys.stdout.encoding
    sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding=encoding)
    sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding=encoding, write_through=True)
    sys.stderr = io.TextIOWrapper(
        io.FileIO(2, "w", closefd=False), encoding=encoding, errors="backslashreplace", write_through=True
    )


def _exit_code(code: object) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def _child(request: dict[str, Any]) -> None:
    code = 1
    try:
        os.setpgid(0, 0)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        _reopen_streams(request)
        sys.argv = [os.path.join(os.path.dirname(sys.modules["postdesk"].__file__ or ""), "__main__.py")]
        sys.argv += request["argv"]
        try:
            runpy.run_module("postdesk", run_name="__main__", alter_sys=True)
            code = 0
        except SystemExit as stop:
            code = _exit_code(stop.code)
        except BaseException:
            traceback.print_exc()
            code = 1
        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code)


def serve() -> None:
    _preload()
    replies = sys.stdout
    for line in sys.stdin:
        request = json.loads(line)
        replies.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _child(request)
        replies.write(json.dumps({"pid": pid}) + "\n")
        replies.flush()
        _, status = os.waitpid(pid, 0)
        replies.write(json.dumps({"returncode": os.waitstatus_to_exitcode(status)}) + "\n")
        replies.flush()


if __name__ == "__main__":
    serve()
