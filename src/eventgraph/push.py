"""Send the store's document graphs to a remote SPARQL server, replacing each one there.

Two standard protocols, so any conforming server works (Oxigraph, Apache
Jena Fuseki, GraphDB, QLever):

- SPARQL 1.1 Update (``--endpoint``): one request per batch of documents,
  ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }`` for each;
- SPARQL 1.1 Graph Store Protocol (``--graph-store``): ``PUT ?graph=<g>``
  with the graph as N-Triples, which replaces it.

User name and password may be given in the URL (``https://user:pw@host/...``);
they are sent as HTTP Basic authentication and never appear in messages.

Examples
--------
>>> redact("https://alice:secret@example.org/update")
'https://***@example.org/update'
"""

from __future__ import annotations

import base64
import http.client
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox

from .errors import EventGraphError
from .store import Store

__all__ = ["PushError", "PushReport", "push", "redact"]

_BATCH_TRIPLES = 20_000


class PushError(EventGraphError):
    """The remote server refused or could not be reached."""


@dataclass(frozen=True)
class PushReport:
    """What a push sent: graphs replaced and triples sent, and where (credentials removed)."""

    graphs: int
    triples: int
    target: str


def redact(url: str) -> str:
    """The URL without its user name and password.

    Examples
    --------
    >>> redact("http://localhost:7878/update")
    'http://localhost:7878/update'
    >>> redact("http://bob@localhost/x?y=1")
    'http://***@localhost/x?y=1'

    A password with an unencoded ``/``, ``?`` or ``#`` is hidden all the same:

    >>> redact("http://bob:pa/ss@localhost/x")
    'http://***@localhost/x'
    """
    # Everything up to the last "@": a parser would end the user info at the
    # first "/", "?" or "#", leaving the rest of such a password in view.
    scheme, separator, rest = url.partition("://")
    if not separator or "@" not in rest:
        return url
    return f"{scheme}://***@{rest.rsplit('@', 1)[1]}"


def _secrets(url: str | None) -> list[str]:
    """The user info of a URL in every form a message could show it, longest first."""
    if not url or "@" not in url.partition("://")[2]:
        return []
    userinfo = url.partition("://")[2].rsplit("@", 1)[0]
    user, _, password = userinfo.partition(":")
    plain = f"{urllib.parse.unquote(user)}:{urllib.parse.unquote(password)}"
    found = {userinfo, password, urllib.parse.unquote(password), plain}
    found.add(base64.b64encode(plain.encode()).decode())
    return sorted((s for s in found if len(s) >= 3), key=len, reverse=True)


def _scrub(message: str, secrets: list[str]) -> str:
    for secret in secrets:
        message = message.replace(secret, "***")
    return message


def _split_credentials(url: str) -> tuple[str, dict[str, str]]:
    """The URL without credentials, and the Authorization header they make."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise PushError(f"{redact(url)} is not an http(s) URL")
    if parts.username is None:
        return url, {}
    user = urllib.parse.unquote(parts.username)
    password = urllib.parse.unquote(parts.password or "")
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    bare = urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))
    return bare, {"Authorization": f"Basic {token}"}


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are errors: urllib would follow a POST's 302 as a GET (the data never
    arrives, yet the push looks done) and send the Authorization header to any host."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def _send(
    method: str, url: str, body: bytes, content_type: str, headers: dict[str, str], timeout: float
) -> None:
    request = urllib.request.Request(
        url, data=body, method=method, headers={"Content-Type": content_type, **headers}
    )
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as error:
        if 300 <= error.code < 400:
            moved = redact(error.headers.get("Location") or "another URL")
            raise PushError(
                f"{redact(url)} answered {error.code} {error.reason}, redirecting to {moved}: "
                "push to the final URL (redirects are not followed, so neither the data nor "
                "the credentials go anywhere else)"
            ) from None
        detail = error.read()[:300].decode(errors="replace").strip()
        raise PushError(
            f"{redact(url)} answered {error.code} {error.reason}"
            + (f": {detail}" if detail else "")
        ) from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise PushError(f"cannot reach {redact(url)}: {reason}") from None


def _graph_ntriples(store: Store, graph: ox.NamedNode) -> tuple[str, int]:
    quads = store.oxigraph.quads_for_pattern(None, None, None, graph)
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    return bytes(data).decode(), len(triples)


def push(
    store: Store,
    endpoint: str | None = None,
    *,
    graph_store: str | None = None,
    timeout: float = 60.0,
    on_graph: Callable[[str], None] | None = None,
) -> PushReport:
    """Replace each of the store's document graphs on a remote server.

    Parameters
    ----------
    store : Store
    endpoint : str, optional
        A SPARQL 1.1 Update endpoint, such as ``http://localhost:7878/update``.
    graph_store : str, optional
        A Graph Store Protocol endpoint, such as ``http://localhost:7878/store``;
        used instead of *endpoint* when given.
    timeout : float
        Seconds to wait for each request.
    on_graph : callable, optional
        Called with each graph IRI once it is sent (for progress bars).

    Raises
    ------
    PushError
        Neither URL given, a URL that is not http(s) or not valid, or the
        server refused. Its message never holds the URL's user name or password.
    """
    secrets = _secrets(endpoint) + _secrets(graph_store)
    try:
        return _push(store, endpoint, graph_store=graph_store, timeout=timeout, on_graph=on_graph)
    except PushError as error:
        raise PushError(_scrub(str(error), secrets)) from None
    except (ValueError, http.client.InvalidURL):  # "nonnumeric port: 'pa'" shows a password
        url = graph_store or endpoint or ""
        raise PushError(
            f"{_scrub(redact(url), secrets)} is not a valid URL: check the host and port, and "
            "percent-encode '/', '?', '#', '@' and ':' in the user name and password"
        ) from None


def _push(
    store: Store,
    endpoint: str | None,
    *,
    graph_store: str | None,
    timeout: float,
    on_graph: Callable[[str], None] | None,
) -> PushReport:
    if not endpoint and not graph_store:
        raise PushError("give a SPARQL Update --endpoint URL or a --graph-store URL")
    graphs = [g for g in store.oxigraph.named_graphs() if isinstance(g, ox.NamedNode)]
    graphs.sort(key=lambda g: g.value)
    sent = 0
    if graph_store:
        url, headers = _split_credentials(graph_store)
        separator = "&" if urllib.parse.urlsplit(url).query else "?"
        for graph in graphs:
            data, count = _graph_ntriples(store, graph)
            target = f"{url}{separator}{urllib.parse.urlencode({'graph': graph.value})}"
            _send("PUT", target, data.encode(), "application/n-triples", headers, timeout)
            sent += count
            if on_graph:
                on_graph(graph.value)
        return PushReport(graphs=len(graphs), triples=sent, target=redact(graph_store))
    assert endpoint is not None
    url, headers = _split_credentials(endpoint)
    batch: list[str] = []
    batch_graphs: list[str] = []
    batch_triples = 0

    def flush() -> None:
        if batch:
            body = " ;\n".join(batch).encode()
            _send("POST", url, body, "application/sparql-update", headers, timeout)
            for name in batch_graphs:
                if on_graph:
                    on_graph(name)
            batch.clear()
            batch_graphs.clear()

    for graph in graphs:
        data, count = _graph_ntriples(store, graph)
        batch.append(f"DROP SILENT GRAPH {graph}")
        batch.append(f"INSERT DATA {{ GRAPH {graph} {{\n{data}\n}} }}")
        batch_graphs.append(graph.value)
        batch_triples += count
        sent += count
        if batch_triples >= _BATCH_TRIPLES:
            flush()
            batch_triples = 0
    flush()
    return PushReport(graphs=len(graphs), triples=sent, target=redact(endpoint))
