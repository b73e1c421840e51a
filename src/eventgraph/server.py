"""A read-only SPARQL 1.1 Protocol endpoint over the store, served by Oxigraph's own server.

:func:`serve` starts ``oxigraph serve-read-only`` (the ``oxigraph`` package's
command line) on the store folder: SPARQL queries at ``/query``, and no SPARQL
Update or Graph Store writes. It listens on a private loopback port behind a
:class:`~eventgraph.guard.QueryGuard`, which answers 503 to a query that runs
past the timeout and restarts Oxigraph to end it (Oxigraph's own timeout
does not stop a query that computes before it answers). The default graph is the
union of the documents' graphs, as in ``eventgraph query`` (a triple stated
by two documents is seen twice: use ``SELECT DISTINCT`` or ``GRAPH ?g``).

While it runs, this process holds the store's shared lock, so ``eventgraph
ingest`` into the same store fails with "store is in use" instead of
writing under a reader (which Oxigraph does not support).
"""

from __future__ import annotations

import os
import queue
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from .errors import EventGraphError
from .guard import QueryGuard
from .store import Store

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "ServerError", "SparqlServer", "serve", "free_port"]

#: Loopback only unless asked: the endpoint has no authentication.
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
#: Seconds a query may run before the server abandons it.
DEFAULT_TIMEOUT = 30.0
_START_TIMEOUT = 20.0


class ServerError(EventGraphError):
    """The SPARQL server could not be started or stopped."""


def free_port(host: str = DEFAULT_HOST) -> int:
    """A TCP port that is free on *host* right now.

    Examples
    --------
    >>> 0 < free_port() < 65536
    True
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.bind((host.strip("[]"), 0))
        return int(probe.getsockname()[1])


def _oxigraph_executable() -> str:
    """The ``oxigraph`` command, from this Python's environment first."""
    beside = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise ServerError(
            "the `oxigraph` command is missing: install it with `pip install oxigraph` "
            "(eventgraph depends on it)"
        )
    return found


def _die_with_parent() -> None:
    """In the server's process: ask Linux to end it when eventgraph ends, however that happens."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM)
    except (OSError, AttributeError):  # not Linux: stop() still ends it on a normal exit
        pass


def _accepting(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host.strip("[]"), port), timeout=0.5):
            return True
    except OSError:
        return False


@dataclass
class SparqlServer:
    """A running read-only SPARQL endpoint; stop it with :meth:`stop` or a ``with`` block."""

    url: str
    process: subprocess.Popen[bytes]
    store: Store = field(repr=False)
    guard: QueryGuard | None = field(default=None, repr=False)
    command: list[str] = field(default_factory=list, repr=False)
    _swap: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _requests: queue.SimpleQueue[threading.Event | None] = field(
        default_factory=queue.SimpleQueue, repr=False
    )

    def wait(self) -> int:
        """Block until the server exits; return its exit status.

        A restart after a runaway query is not an exit.
        """
        while True:
            process = self.process
            status = process.wait()
            with self._swap:  # a restart holds it from the kill to the new process
                if self.process is process:
                    return status

    def restart(self) -> None:
        """End the Oxigraph process (and whatever query it runs) and start it again."""
        done = threading.Event()
        self._requests.put(done)
        done.wait()

    def _supervise(self) -> None:
        # Restarts happen in this one long-lived thread: Linux sends the
        # parent-death signal (see _die_with_parent) when the *thread* that
        # started a process ends, so a process started by a short-lived
        # request thread would be stopped as soon as that request is answered.
        while (done := self._requests.get()) is not None:
            try:
                with self._swap:
                    # SIGKILL: a busy Oxigraph may take long to honour SIGTERM,
                    # and a read-only server has nothing to save.
                    self.process.kill()
                    self.process.wait()
                    assert self.guard is not None
                    self.process = _start_backend(self.command, *self.guard.backend)
            except ServerError:
                pass  # requests now get "not answering"; wait() returns the exit status
            finally:
                done.set()

    def stop(self) -> None:
        """Stop the server and release the store."""
        if self.guard is not None:
            self.guard.close()
        self._requests.put(None)
        with self._swap:
            _end(self.process)
        self.store.close()

    def __enter__(self) -> SparqlServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def serve(
    path: str | os.PathLike[str],
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    timeout: float = DEFAULT_TIMEOUT,
) -> SparqlServer:
    """Start a read-only SPARQL 1.1 Protocol endpoint over the store at *path*.

    Parameters
    ----------
    path : path-like
        The store folder (must exist).
    host : str
        Address to listen on; the default serves this machine only.
    port : int
        TCP port; 0 picks a free one.
    timeout : float
        Seconds after which a query is abandoned.

    Returns
    -------
    SparqlServer
        With ``url``, the query endpoint (``http://host:port/query``).

    Raises
    ------
    StoreLockedError
        Another process is writing the store.
    ServerError
        The server did not start (port in use, missing ``oxigraph`` command).
    """
    store = Store(path, read_only=True)
    try:
        if port and _accepting(host, port):
            raise ServerError(f"port {port} on {host} is already in use: choose another --port")
        backend = ("127.0.0.1", free_port("127.0.0.1"))
        command = [
            _oxigraph_executable(),
            "serve-read-only",
            "--location",
            str(Path(path).resolve()),
            "--bind",
            f"{backend[0]}:{backend[1]}",
            "--timeout-s",
            str(max(1, round(timeout))),
            "--union-default-graph",
        ]
        process = _start_backend(command, *backend)
    except BaseException:
        store.close()
        raise
    server = SparqlServer(url="", process=process, store=store, command=command)
    try:
        server.guard = QueryGuard(
            (host, port), backend=backend, timeout=timeout, restart=server.restart
        )
    except OSError as error:
        server.stop()
        raise ServerError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    server.url = f"{server.guard.url}/query"
    threading.Thread(target=server._supervise, daemon=True).start()
    return server


def _start_backend(command: list[str], host: str, port: int) -> subprocess.Popen[bytes]:
    """Start ``oxigraph serve-read-only`` and wait until it listens on host:port."""
    # A file, not a pipe: a pipe nobody reads would block the server once full.
    log = tempfile.TemporaryFile()  # noqa: SIM115 - closed once the server listens
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=log, preexec_fn=_die_with_parent
    )
    deadline = time.monotonic() + _START_TIMEOUT
    while not _accepting(host, port):
        if process.poll() is not None:
            log.seek(0)
            message = log.read().decode(errors="replace")
            log.close()
            raise ServerError(f"the SPARQL server did not start: {message.strip() or 'no message'}")
        if time.monotonic() > deadline:
            _end(process)
            log.close()
            raise ServerError(
                f"the SPARQL server did not listen on {host}:{port} within {_START_TIMEOUT:.0f} s"
            )
        time.sleep(0.05)
    log.close()
    return process


def _end(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
