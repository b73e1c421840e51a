"""An HTTP front for the SPARQL server that stops runaway queries.

Oxigraph's own ``--timeout-s`` does not stop a query that computes before it
answers (``SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }``
ran on for minutes with ``--timeout-s 1``), and a thread computing it cannot
be stopped from outside. So :class:`QueryGuard` listens on the public address
and forwards each request to the Oxigraph server on a private loopback port;
a request that has no complete answer within the timeout gets ``503`` with a
message saying so, and the Oxigraph process is restarted, which ends the
runaway computation (it is read-only, so a restart loses nothing).

Examples
--------
>>> guard = QueryGuard(("127.0.0.1", 0), backend=("127.0.0.1", 1), timeout=1.0,
...                    restart=lambda: None)
>>> guard.url.startswith("http://127.0.0.1:")
True
>>> guard.close()
"""

from __future__ import annotations

import http.client
import http.server
import socket
import threading
import time
from collections.abc import Callable

__all__ = ["QueryGuard"]

# Headers that belong to one connection, not to the request or answer.
_HOP_BY_HOP = frozenset(
    [
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "host",
        "content-length",
    ]
)
_CHUNK = 1 << 16
#: Longest a request waits for the backend to come back after a restart.
_READY_WAIT = 30.0


class QueryGuard:
    """Forward HTTP requests to ``backend``, answering 503 to any that outlive ``timeout``.

    Parameters
    ----------
    address : (host, port)
        Where to listen; port 0 picks a free one.
    backend : (host, port)
        The SPARQL server to forward to.
    timeout : float
        Seconds a request may take, answer included.
    restart : callable
        Called after a request timed out: it must end the backend process and
        start a new one on the same address.

    Raises
    ------
    OSError
        The address cannot be bound (in use, not an address of this machine).
    """

    def __init__(
        self,
        address: tuple[str, int],
        *,
        backend: tuple[str, int],
        timeout: float,
        restart: Callable[[], None],
    ) -> None:
        self.backend = backend
        self.timeout = timeout
        self._restart = restart
        self._ready = threading.Event()
        self._ready.set()
        self._restarting = threading.Lock()
        self.restarts = 0
        guard = self

        class Handler(_Forward):
            owner = guard

        host = address[0].strip("[]")
        server_class = _Server6 if ":" in host else _Server4
        self._httpd = server_class((host, address[1]), Handler)
        self.host, self.port = host, int(self._httpd.server_address[1])
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        """The base URL the guard listens on (no path)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def close(self) -> None:
        """Stop listening."""
        self._httpd.shutdown()
        self._httpd.server_close()

    def _recover(self) -> None:
        """Restart the backend once, however many requests timed out together."""
        if not self._restarting.acquire(blocking=False):
            return  # another request's timeout is restarting it already
        self._ready.clear()
        try:
            self._restart()
            self.restarts += 1
        finally:
            self._ready.set()
            self._restarting.release()


class _Server4(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False  # "port in use" must stay an error


class _Server6(_Server4):
    address_family = socket.AF_INET6


class _Forward(http.server.BaseHTTPRequestHandler):
    owner: QueryGuard
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        """The library never prints."""

    def _reply(self, status: int, text: str) -> None:
        body = (text + "\n").encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _forward(self) -> None:
        guard = self.owner
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            self._reply(411, "send the request with a Content-Length")
            return
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        deadline = time.monotonic() + guard.timeout
        for attempt in range(2):
            if not guard._ready.wait(_READY_WAIT):
                self._reply(503, "the SPARQL server is restarting; try again")
                return
            restarts = guard.restarts
            connection = http.client.HTTPConnection(*guard.backend, timeout=guard.timeout)
            try:
                connection.request(self.command, self.path, body=body or None, headers=headers)
                response = connection.getresponse()
                chunks = []
                while chunk := response.read1(_CHUNK):
                    chunks.append(chunk)
                    if time.monotonic() > deadline:
                        raise TimeoutError
                answer = b"".join(chunks)
                break
            except TimeoutError:
                # Restart first, so that the next request finds a server that answers.
                guard._recover()
                self._reply(
                    503,
                    f"the query ran longer than {guard.timeout:g} s and was stopped; "
                    "narrow it (LIMIT, filters) or start the server with a longer --timeout",
                )
                return
            except OSError as error:
                # A restart for another request's runaway query cut this one: ask again once.
                if attempt == 0 and (guard.restarts != restarts or not guard._ready.is_set()):
                    continue
                self._reply(502, f"the SPARQL server is not answering: {error}")
                return
            finally:
                connection.close()
        self.send_response(response.status, response.reason)
        for name, value in response.getheaders():
            if name.lower() not in _HOP_BY_HOP:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = do_OPTIONS = _forward
