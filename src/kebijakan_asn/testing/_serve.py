"""Start ``kebijakan-asn serve`` for a test and wait until it answers."""

from __future__ import annotations

import contextlib
import http.client
import importlib.util
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from pathlib import Path

from .._errors import KebijakanError

__all__ = ["ServeError", "serving"]

_STOPPED = {0, -signal.SIGTERM, 128 + signal.SIGTERM}
"""The exit statuses of a server that stopped because it was asked to (uvicorn ends
as the SIGTERM it was sent, or 143 from a shell)."""


class ServeError(KebijakanError):
    """``kebijakan-asn serve`` did not come up, or did not stop cleanly.  The first line
    says what happened; the server's output (``output``) follows."""

    def __init__(self, problem: str, output: str) -> None:
        self.problem = problem
        self.output = output
        tail = output.strip()[-4000:]
        super().__init__(f"{problem}; its output:\n{tail}" if tail else
                         f"{problem} (it wrote nothing)")


@contextlib.contextmanager
def serving(*options: str, plugins: Sequence[str] | None = None, timeout: float = 60.0,
            command: Sequence[str] | None = None) -> Iterator[str]:
    """``kebijakan-asn serve`` on a free port of 127.0.0.1, in a process of its own.

    Waits until ``GET /v1/health`` answers, yields the base URL
    (``http://127.0.0.1:PORT``), and at the end stops the server (SIGTERM) and waits
    for it.  *options* are more options of ``serve`` (``"--workers", "2"``,
    ``"--token-file", path``); *plugins* is the ``--plugins`` allow-list (default:
    ``$KEBIJAKAN_ASN_PLUGINS``, else every installed plugin); *command* runs
    kebijakan-asn (default: this Python's ``python -m kebijakan_asn``).

    Raises :class:`ServeError`, with the server's output, when it exits or does not
    answer within *timeout* seconds, and when leaving the block if it did not stop
    cleanly or logged a traceback (an exception inside the service).  Without the
    ``server`` extra (and no *command*), raises :class:`ModuleNotFoundError` at once.
    """
    if command is None:
        for module in ("starlette", "uvicorn"):
            if importlib.util.find_spec(module) is None:
                raise ModuleNotFoundError('serving needs the server extra: pip install '
                                          '"kebijakan-asn[server]"', name=module)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    argv = [*(command or [sys.executable, "-m", "kebijakan_asn"]),
            *(["--plugins", ",".join(plugins)] if plugins is not None else []),
            "serve", "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
            *options]
    with tempfile.TemporaryDirectory(prefix="kebijakan-asn-serve-") as tmp:
        # A file, not a pipe: a server that logs much never blocks on a full pipe.  It is
        # read by name, never through the server's own descriptor and its offset.
        log = Path(tmp) / "serve.log"
        with log.open("wb") as out:
            proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out,
                                    stderr=subprocess.STDOUT)
        try:
            _wait(proc, url, timeout, log)
            yield url
        finally:
            status = _stop(proc)
        output = _read(log)
    if status is None:
        raise ServeError(f"kebijakan-asn serve on {url} did not stop within 30 s of "
                         "SIGTERM (killed)", output)
    if status not in _STOPPED:
        raise ServeError(f"kebijakan-asn serve on {url} ended with status {status}", output)
    if "Traceback (most recent call last)" in output:
        raise ServeError(f"kebijakan-asn serve on {url} logged a traceback", output)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _wait(proc: subprocess.Popen[bytes], url: str, timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # no $http_proxy
    while True:
        try:
            with direct.open(f"{url}/v1/health", timeout=1):
                return
        except urllib.error.HTTPError:
            return  # an answer all the same
        except (OSError, http.client.HTTPException):
            pass  # not listening yet
        if proc.poll() is not None:
            raise ServeError(f"kebijakan-asn serve exited with status {proc.returncode} "
                             f"before answering on {url}", _read(log))
        if time.monotonic() > deadline:
            raise ServeError(f"kebijakan-asn serve did not answer on {url} within "
                             f"{timeout:g} s", _read(log))
        time.sleep(0.05)


def _stop(proc: subprocess.Popen[bytes]) -> int | None:
    """SIGTERM, then the exit status (``None``: killed after 30 s)."""
    if proc.poll() is None:
        proc.terminate()
    try:
        return proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        return None


def _read(log: Path) -> str:
    return log.read_text(encoding="utf-8", errors="replace")
