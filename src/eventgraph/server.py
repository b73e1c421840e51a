"""A read-only SPARQL 1.1 Protocol endpoint over the store, served by Oxigraph's own server.

:func:`serve` starts ``oxigraph serve-read-only`` (the ``oxigraph`` package's
command line) on the store folder: SPARQL queries at ``/query``, with a query
timeout, and no SPARQL Update or Graph Store writes. The default graph is the
union of the documents' graphs, as in ``eventgraph query`` (a triple stated
by two documents is seen twice: use ``SELECT DISTINCT`` or ``GRAPH ?g``).

While it runs, this process holds the store's shared lock, so ``eventgraph
ingest`` into the same store fails with "store is in use" instead of
writing under a reader (which Oxigraph does not support).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from .errors import EventGraphError
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

    def wait(self) -> int:
        """Block until the server exits; return its exit status."""
        return self.process.wait()

    def stop(self) -> None:
        """Stop the server and release the store."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
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
        if port == 0:
            port = free_port(host)
        if _accepting(host, port):
            raise ServerError(f"port {port} on {host} is already in use: choose another --port")
        bind = f"[{host.strip('[]')}]:{port}" if ":" in host else f"{host}:{port}"
        command = [
            _oxigraph_executable(),
            "serve-read-only",
            "--location",
            str(Path(path).resolve()),
            "--bind",
            bind,
            "--timeout-s",
            str(max(1, round(timeout))),
            "--union-default-graph",
        ]
        # A file, not a pipe: a pipe nobody reads would block the server once full.
        log = tempfile.TemporaryFile()  # noqa: SIM115 - closed once the server listens
        process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=log, preexec_fn=_die_with_parent
        )
    except BaseException:
        store.close()
        raise
    deadline = time.monotonic() + _START_TIMEOUT
    while not _accepting(host, port):
        if process.poll() is not None:
            log.seek(0)
            message = log.read().decode(errors="replace")
            log.close()
            store.close()
            raise ServerError(f"the SPARQL server did not start: {message.strip() or 'no message'}")
        if time.monotonic() > deadline:
            process.kill()
            process.wait()
            store.close()
            raise ServerError(
                f"the SPARQL server did not listen on {bind} within {_START_TIMEOUT:.0f} s"
            )
        time.sleep(0.05)
    log.close()
    return SparqlServer(url=f"http://{bind}/query", process=process, store=store)
