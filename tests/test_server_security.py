"""The SPARQL server and push: loopback by default, read-only, bounded queries, no leaked secrets."""

from __future__ import annotations

import base64
import http.server
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventgraph.cli import main
from eventgraph.records import Actor, Document, Event, EventDate, Mention
from eventgraph.server import serve
from eventgraph.store import Store

pytestmark = pytest.mark.server

USER, PASSWORD = "alice", "s3cr3t-Pa55"
TOKEN = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()


def _documents(count: int) -> list[tuple[Document, list[Event]]]:
    """Hand-built documents (no parsing): enough triples for a query to explode on."""
    results = []
    for n in range(count):
        text = f"Leader {n} met Minister {n} in Geneva."
        doc = f"d{n:03d}"
        event = Event(
            f"{doc}-meeting-1",
            doc,
            "meeting",
            agents=(Actor(f"Leader {n}", "person"),),
            targets=(Actor(f"Minister {n}", "person"),),
            date=EventDate(f"2024-01-{n % 28 + 1:02d}"),
            mentions=(Mention(doc, text.index("met"), text.index("met") + 3, "met"),),
            evidence=text,
        )
        results.append((Document(doc, text, title=f"Report {n}"), [event]))
    return results


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("server") / "db"
    with Store(path) as store:
        store.ingest(_documents(60))
    return path


def _request(url: str, *, data: bytes | None = None, method: str = "GET", content_type: str = "",
             timeout: float = 60) -> tuple[int, bytes]:
    headers = {"Accept": "application/sparql-results+json"}
    if content_type:
        headers["Content-Type"] = content_type
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def _count(url: str) -> bytes:
    query = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
    status, body = _request(f"{url}?{query}")
    assert status == 200, body
    return body


def _listening(port: int) -> set[str]:
    """The local addresses (hex, as in /proc/net/tcp) listening on a TCP port."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except FileNotFoundError:
            continue
        for line in lines:
            fields = line.split()
            address, hex_port = fields[1].split(":")
            if int(hex_port, 16) == port and fields[3] == "0A":  # 0A: LISTEN
                found.add(address)
    return found


@pytest.fixture
def server(store_path: Path) -> Iterator:
    running = serve(store_path, port=0, timeout=1)
    try:
        yield running
    finally:
        running.process.kill()  # a runaway query may hold it busy: no polite stop needed
        running.stop()


# ---------------------------------------------------------------- binding


def test_server_security_cli_binds_loopback_by_default(store_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "eventgraph.cli", "serve", "--store", str(store_path), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("SPARQL endpoint: http://127.0.0.1:"), line + process.stderr.read()
        url = line.split()[2]
        port = urllib.parse.urlsplit(url).port
        assert port is not None
        assert _listening(port) == {"0100007F"}  # 127.0.0.1 only, not 0.0.0.0 or ::
        assert _request(url.removesuffix("/query") + "/query?query=ASK%7B%7D")[0] == 200
    finally:
        process.terminate()
        process.communicate(timeout=30)


def test_server_security_binds_the_address_it_is_told(store_path: Path) -> None:
    with serve(store_path, host="127.0.0.2", port=0) as running:
        port = urllib.parse.urlsplit(running.url).port
        assert running.url.startswith("http://127.0.0.2:")
        assert _listening(port) == {"0200007F"}
        assert running.guard is not None
        assert _listening(running.guard.backend[1]) == {"0100007F"}  # Oxigraph itself: loopback only


# ---------------------------------------------------------------- read-only


WRITES = [
    pytest.param("/update", "POST", "application/sparql-update", b"INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", id="update-endpoint"),
    pytest.param("/update", "POST", "application/x-www-form-urlencoded", b"update=DROP%20ALL", id="update-form"),
    pytest.param("/query", "POST", "application/sparql-update", b"DROP ALL", id="update-to-query"),
    pytest.param("/query", "POST", "application/x-www-form-urlencoded", b"update=CLEAR%20ALL", id="update-form-to-query"),
    pytest.param("/store?default", "PUT", "application/n-triples", b"<http://x/a> <http://x/b> <http://x/c> .", id="graph-store-put"),
    pytest.param("/store?default", "POST", "application/n-triples", b"<http://x/a> <http://x/b> <http://x/c> .", id="graph-store-post"),
    pytest.param("/store?graph=https%3A%2F%2Fw3id.org%2Feventgraph%2Fid%2Fdoc%2Fd000", "DELETE", "", None, id="graph-store-delete"),
]


@pytest.mark.parametrize(("path", "method", "content_type", "body"), WRITES)
def test_server_security_refuses_writes(
    server, path: str, method: str, content_type: str, body: bytes | None
) -> None:
    before = _count(server.url)
    base = server.url.removesuffix("/query")
    status, answer = _request(base + path, data=body, method=method, content_type=content_type)
    assert 400 <= status < 500, (status, answer)
    assert _count(server.url) == before
    ask = urllib.parse.urlencode({"query": "ASK { GRAPH ?g { <http://x/a> ?p ?o } }"})
    assert b"false" in _request(f"{server.url}?{ask}")[1]


# ---------------------------------------------------------------- runaway queries

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.mark.parametrize("method", ["POST", "GET"])
def test_server_security_stops_runaway_query(server, method: str) -> None:
    # Oxigraph's own --timeout-s lets this run for minutes: the guard answers 503 and restarts it.
    started = time.monotonic()
    if method == "POST":
        status, body = _request(
            server.url, data=RUNAWAY.encode(), method="POST",
            content_type="application/sparql-query", timeout=60,
        )
    else:
        status, body = _request(f"{server.url}?{urllib.parse.urlencode({'query': RUNAWAY})}", timeout=60)
    assert status == 503, body
    assert b"ran longer than 1 s and was stopped" in body
    assert time.monotonic() - started < 30  # 1 s and a restart; generous for a busy machine
    assert _count(server.url)  # the server answers again at once
    assert server.process.poll() is None


def test_server_security_runaway_query_leaves_no_busy_process(server) -> None:
    first = server.process
    status, _ = _request(
        server.url, data=RUNAWAY.encode(), method="POST", content_type="application/sparql-query"
    )
    assert status == 503
    assert first.poll() is not None  # the Oxigraph process that ran it is gone
    assert server.process is not first and server.process.poll() is None


def test_server_security_cli_timeout_option(store_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "eventgraph.cli", "serve", "--store", str(store_path), "--port", "0",
         "--timeout", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split()[2]
        status, body = _request(
            url, data=RUNAWAY.encode(), method="POST", content_type="application/sparql-query",
        )
        assert status == 503, body
        assert _count(url)
        assert process.poll() is None  # a restart is not an exit of `eventgraph serve`
    finally:
        process.terminate()
        process.communicate(timeout=30)


# ---------------------------------------------------------------- push never shows credentials


class _Echo(http.server.BaseHTTPRequestHandler):
    """Answers with a status chosen by the path and echoes the request, headers included."""

    seen: list[tuple[str, str, str]] = []  # (method, path, Authorization)

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        type(self).seen.append((self.command, self.path, self.headers.get("Authorization", "")))
        if "/moved" in self.path:  # elsewhere, as a server behind a proxy might say
            self.send_response(302)
            self.send_header("Location", f"http://127.0.0.1:{self.server.server_address[1]}/ok/elsewhere")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        status = 204 if "/ok" in self.path else 401 if "/denied" in self.path else 500
        body = f"{self.command} {self.path}\n{self.headers}".encode()
        self.send_response(status)
        self.send_header("Content-Length", str(0 if status == 204 else len(body)))
        self.end_headers()
        if status != 204:
            self.wfile.write(body)

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def echo() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _push_output(store_path: Path, option: str, url: str, capsys, debug: bool = False) -> tuple[int, str]:
    code = main([*(["--debug"] if debug else []), "push", "--store", str(store_path), option, url])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


PUSH_URLS = [
    pytest.param("http://{u}:{p}@{echo}/ok/update", 0, id="accepted"),
    pytest.param("http://{u}:{p}@{echo}/denied/update", 1, id="401-echoing-headers"),
    pytest.param("http://{u}:{p}@{echo}/fail/update", 1, id="500-echoing-headers"),
    pytest.param("http://{u}:{p}@{echo}/moved/update", 1, id="redirect"),
    pytest.param("http://{u}:{p}@127.0.0.1:{closed}/update", 1, id="connection-refused"),
    pytest.param("http://{u}:{p}@127.0.0.1:notaport/update", 1, id="bad-port"),
    pytest.param("http://{u}:s3/cr3t#x?y@{echo}/ok/update", 1, id="unencoded-slash-hash"),
    pytest.param("http://{u}:{p}@[::1/update", 1, id="broken-ipv6"),
    pytest.param("ftp://{u}:{p}@{echo}/update", 1, id="not-http"),
    pytest.param("http://{u}%40corp:s3cr3t%2Fx@{echo}/denied/update", 1, id="percent-encoded"),
]


@pytest.mark.parametrize(("template", "status"), PUSH_URLS)
@pytest.mark.parametrize("option", ["--endpoint", "--graph-store"])
@pytest.mark.parametrize("debug", [False, True], ids=["plain", "debug"])
def test_server_security_push_never_prints_credentials(
    store_path: Path, echo: str, capsys, template: str, status: int, option: str, debug: bool
) -> None:
    url = template.format(u=USER, p=PASSWORD, echo=echo, closed=_closed_port())
    try:
        code, output = _push_output(store_path, option, url, capsys, debug=debug)
    except Exception as error:  # --debug lets errors through as tracebacks
        import traceback

        code, output = 1, "".join(traceback.format_exception(error)) + capsys.readouterr().err
    assert code == status, output
    for secret in (PASSWORD, "s3/cr3t", "s3cr3t", TOKEN, f"{USER}:", "cr3t"):
        assert secret not in output
    assert "internal error" not in output


def test_server_security_push_sends_credentials_as_basic_auth(
    store_path: Path, echo: str, capsys
) -> None:
    _Echo.seen.clear()
    code, output = _push_output(
        store_path, "--endpoint", f"http://{USER}:{PASSWORD}@{echo}/ok/update", capsys
    )
    assert code == 0, output
    assert _Echo.seen and {auth for _, _, auth in _Echo.seen} == {f"Basic {TOKEN}"}
    assert f"***@{echo}" in output


@pytest.mark.parametrize("option", ["--endpoint", "--graph-store"])
def test_server_security_push_does_not_follow_redirects(
    store_path: Path, echo: str, capsys, option: str
) -> None:
    # urllib would follow a POST's 302 as a GET, carrying the Authorization header to
    # wherever it points, and report the push done though no data arrived.
    _Echo.seen.clear()
    code, output = _push_output(store_path, option, f"http://{USER}:{PASSWORD}@{echo}/moved/update", capsys)
    assert code == 1
    assert "answered 302 Found, redirecting to" in output and "push to the final URL" in output
    assert [path for _, path, _ in _Echo.seen if "elsewhere" in path] == []
