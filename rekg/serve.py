"""rekg serve: a read-only W3C SPARQL 1.1 Protocol endpoint, the graph explorer and the ontology.

Starlette on uvicorn. Queries run in a small pool of worker processes, each with the store open
read-only: a query that runs past the time limit is stopped by ending its process (a new one
takes its place), so one bad query cannot take the server down. Updates, LOAD, SERVICE and
FROM <other host> are refused before any query runs; the server never makes outbound requests.
"""

from __future__ import annotations

import json
import multiprocessing
import queue
import tempfile
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from rekg.query import (QueryError, check_local_graph, check_read_only, named_queries, named_query,
                        run_query)
from rekg.store import QueryResult, Store, StoreError, open_store
from rekg.vocab import PREFIXES, XSD, ontology_file

SOLUTION_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
BOOLEAN_TYPES = ["application/sparql-results+json", "application/json",
                 "application/sparql-results+xml", "application/xml", "text/xml"]
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
FORMAT_NAMES = {  # the format= / output= parameter many SPARQL clients also send
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
    "ttl": "text/turtle", "nt": "application/n-triples", "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml", "jsonld": "application/ld+json",
}
LOOPBACK = ("127.0.0.1", "localhost")


@dataclass(frozen=True)
class ServeConfig:
    """How the endpoint opens its store and the limits it keeps."""

    store: dict[str, Any]  # keyword arguments of open_store (location and credentials)
    time_limit: float = 10.0  # seconds per query
    max_rows: int = 10_000  # result rows (or triples) per answer
    workers: int = 2  # query processes
    cors_origins: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Reply:
    """An HTTP answer computed by a worker: status, media type and body."""

    status: int
    media_type: str
    body: bytes


class ResultTooLarge(Exception):
    """The answer has more rows than the server's limit."""


# -- the worker processes ------------------------------------------------------------------

def _work(store_args: dict[str, Any], connection: Connection) -> None:
    """A worker process: open the store read-only, then answer jobs until the pipe closes."""
    try:
        store: Store | None = open_store(**store_args, read_only=True)
        failure = ""
    except StoreError as error:
        store, failure = None, str(error)
    while True:
        try:
            text, accept, fmt, max_rows = connection.recv()
        except EOFError:
            return
        if store is None:
            connection.send(_error(500, failure))
        else:
            connection.send(answer(store, text, accept, fmt, max_rows))


def answer(store: Store, text: str, accept: str, fmt: str | None, max_rows: int) -> Reply:
    """Run one read-only query and serialise it as negotiated, within the row limit."""
    try:
        return _serialised(run_query(store, text), accept, fmt, max_rows)
    except QueryError as error:
        return _error(400, str(error))
    except ResultTooLarge:
        return _error(400, f"the result has more than {max_rows} rows: add a LIMIT "
                           "(the server's --max-rows limit)")
    except StoreError as error:
        return _error(502, str(error))
    except (SyntaxError, RuntimeError, ValueError) as error:
        return _error(400, f"cannot run the query: {error}")


def _serialised(result: QueryResult, accept: str, fmt: str | None, max_rows: int) -> Reply:
    if isinstance(result, ox.QueryTriples):
        media_type = negotiate(accept, fmt, list(GRAPH_TYPES))
        if media_type is None:
            return _not_acceptable(list(GRAPH_TYPES))
        triples = []
        for triple in result:
            if len(triples) == max_rows:
                raise ResultTooLarge
            triples.append(triple)
        body = ox.serialize(triples, format=GRAPH_TYPES[media_type], prefixes=PREFIXES)
        return Reply(200, media_type, body)
    offered = BOOLEAN_TYPES if isinstance(result, ox.QueryBoolean) else list(SOLUTION_TYPES)
    media_type = negotiate(accept, fmt, offered)
    if media_type is None:
        return _not_acceptable(offered)
    if isinstance(result, ox.QuerySolutions):
        result = ox.parse_query_results(_solutions_json(result, max_rows), ox.QueryResultsFormat.JSON)
    return Reply(200, media_type, result.serialize(format=SOLUTION_TYPES[media_type]))


def _solutions_json(result: ox.QuerySolutions, max_rows: int) -> bytes:
    """At most max_rows solutions as W3C SPARQL 1.1 Results JSON."""
    names = [variable.value for variable in result.variables]
    bindings = []
    for row in result:
        if len(bindings) == max_rows:
            raise ResultTooLarge
        bindings.append({name: _term_json(row[name]) for name in names if row[name] is not None})
    return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}).encode()


def _term_json(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _term_json(term.subject),
                                            "predicate": _term_json(term.predicate),
                                            "object": _term_json(term.object)}}
    value: dict[str, Any] = {"type": "literal", "value": term.value}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype.value != XSD + "string":
        value["datatype"] = term.datatype.value
    return value


def negotiate(accept: str, fmt: str | None, offered: list[str]) -> str | None:
    """The offered media type the client prefers (format= wins over Accept), or None."""
    if fmt:
        wanted = FORMAT_NAMES.get(fmt.lower(), fmt.lower())
        return wanted if wanted in offered else None
    ranges: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept or "*/*").split(",")):
        media, *params = [piece.strip() for piece in part.split(";")]
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranges.append((-quality, position, media.lower()))
    for _, _, media in sorted(ranges):
        if media in offered:
            return media
        if media == "*/*":
            return offered[0]
        if media.endswith("/*"):
            for candidate in offered:
                if candidate.startswith(media[:-1]):
                    return candidate
    return None


def _error(status: int, message: str) -> Reply:
    return Reply(status, "text/plain", (message.rstrip() + "\n").encode())


def _not_acceptable(offered: list[str]) -> Reply:
    return _error(406, "none of the Accept types can be served; available: " + ", ".join(offered))


class _Worker:
    """One query process and the pipe to it."""

    def __init__(self, context: multiprocessing.context.BaseContext, store_args: dict[str, Any]) -> None:
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_work, args=(store_args, child), daemon=True,
                                       name="rekg-query")
        self.process.start()
        child.close()

    def ask(self, job: tuple, time_limit: float) -> Reply | None:
        """The worker's reply, or None if it ran out of time or died."""
        try:
            self.connection.send(job)
            if self.connection.poll(time_limit):
                return self.connection.recv()
        except (EOFError, OSError):
            pass
        return None

    def stop(self) -> None:
        self.process.kill()
        self.process.join()
        self.connection.close()


class QueryPool:
    """Worker processes taking one query at a time; one past its time limit is replaced."""

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        for _ in range(config.workers):
            self._idle.put(_Worker(self._context, config.store))

    def run(self, text: str, accept: str, fmt: str | None) -> Reply:
        """Blocking: answer one query (called from a thread)."""
        worker = self._idle.get()
        reply = worker.ask((text, accept, fmt, self.config.max_rows), self.config.time_limit)
        if reply is None:
            worker.stop()
            worker = _Worker(self._context, self.config.store)
            reply = _error(503, f"the query was stopped after {self.config.time_limit:g} s "
                                "(the server's --time-limit); narrow it or add a LIMIT")
        self._idle.put(worker)
        return reply

    def close(self) -> None:
        for _ in range(self.config.workers):
            self._idle.get().stop()


# -- the web application --------------------------------------------------------------------

class _Endpoint:
    """The request handlers, sharing the pool and a cached explorer page."""

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        self.pool: QueryPool | None = None
        self._explorer: bytes | None = None

    async def sparql(self, request: Request) -> Response:
        try:
            text, accept, fmt = await self._query_of(request)
            check_read_only(text)
        except QueryError as error:
            return PlainTextResponse(str(error) + "\n", status_code=400)
        assert self.pool is not None
        reply = await run_in_threadpool(self.pool.run, text, accept, fmt)
        return Response(reply.body, status_code=reply.status, media_type=reply.media_type,
                        headers={"Vary": "Accept"})

    async def _query_of(self, request: Request) -> tuple[str, str, str | None]:
        """The query text, Accept header and format parameter of a SPARQL Protocol request."""
        params = list(request.query_params.multi_items())
        if request.method == "POST":
            content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type == "application/x-www-form-urlencoded":
                params += [(k, v) for k, v in (await request.form()).multi_items() if isinstance(v, str)]
            elif content_type == "application/sparql-query":
                params.append(("query", (await request.body()).decode("utf-8", errors="replace")))
            elif content_type == "application/sparql-update":
                raise QueryError("SPARQL Update is not allowed: this endpoint is read-only")
            else:
                raise QueryError(f"unsupported content type {content_type or '(none)'}: POST "
                                 "application/x-www-form-urlencoded or application/sparql-query")
        names = [name for name, _ in params]
        if "update" in names:
            raise QueryError("SPARQL Update is not allowed: this endpoint is read-only")
        for name, value in params:
            if name in ("default-graph-uri", "named-graph-uri"):
                check_local_graph(value)
                raise QueryError(f"{name} is not supported: name graphs with FROM or GRAPH in the query")
        queries = [value for name, value in params if name == "query"]
        if len(queries) != 1:
            raise QueryError("give exactly one query= parameter (see /query for a query page)")
        fmt = next((value for name, value in params if name in ("format", "output")), None)
        return queries[0], request.headers.get("accept", "*/*"), fmt

    async def explorer(self, request: Request) -> Response:
        if self._explorer is None:
            self._explorer = await run_in_threadpool(self._render_explorer)
        return HTMLResponse(self._explorer)

    def _render_explorer(self) -> bytes:
        from rekg.query import graph_view
        from rekg.render import render_html

        store = open_store(**self.config.store, read_only=True)
        with tempfile.TemporaryDirectory(prefix="rekg-serve-") as directory:
            return render_html(graph_view(store), Path(directory) / "graph.html").read_bytes()

    async def ontology(self, request: Request) -> Response:
        return Response(ontology_file("rekg.ttl").read_bytes(), media_type="text/turtle")

    async def query_page(self, request: Request) -> Response:
        examples = {name: named_query(name).text for name in named_queries()}
        data = json.dumps(examples).replace("<", "\\u003c")
        return HTMLResponse(QUERY_PAGE.replace("{{EXAMPLES}}", data), headers={
            "Content-Security-Policy": "default-src 'none'; script-src 'self'; connect-src 'self'; "
                                       "style-src 'unsafe-inline'; form-action 'self'"})

    async def query_script(self, request: Request) -> Response:
        return Response(QUERY_SCRIPT, media_type="text/javascript")


def create_app(config: ServeConfig, host: str = "127.0.0.1") -> Starlette:
    """The ASGI application: /sparql, / (explorer), /query, /ontology."""
    endpoint = _Endpoint(config)

    async def lifespan(app: Starlette):  # type: ignore[no-untyped-def]
        endpoint.pool = await run_in_threadpool(QueryPool, config)
        try:
            yield
        finally:
            await run_in_threadpool(endpoint.pool.close)

    middleware = []
    if host in LOOPBACK:  # a page on another site cannot reach us through DNS rebinding
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=list(LOOPBACK)))
    if config.cors_origins:
        middleware.append(Middleware(CORSMiddleware, allow_origins=list(config.cors_origins),
                                     allow_methods=["GET", "POST"], allow_headers=["Content-Type", "Accept"]))
    routes = [
        Route("/sparql", endpoint.sparql, methods=["GET", "POST"]),
        Route("/", endpoint.explorer, methods=["GET"]),
        Route("/query", endpoint.query_page, methods=["GET"]),
        Route("/query.js", endpoint.query_script, methods=["GET"]),
        Route("/ontology", endpoint.ontology, methods=["GET"]),
    ]
    return Starlette(routes=routes, middleware=middleware, lifespan=lifespan)


def serve(config: ServeConfig, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the endpoint until interrupted."""
    import uvicorn

    uvicorn.run(create_app(config, host), host=host, port=port, log_level="info")


QUERY_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>rekg SPARQL</title>
<style>
body { font: 15px system-ui, sans-serif; margin: 1.5em; }
textarea { width: 100%; height: 14em; font: 13px ui-monospace, monospace; }
table { border-collapse: collapse; margin-top: 1em; } td, th { border: 1px solid #ccc; padding: .2em .5em; }
pre { background: #f6f6f6; padding: .5em; white-space: pre-wrap; }
</style></head>
<body>
<h1>rekg SPARQL</h1>
<p>Endpoint: <code>/sparql</code> (W3C SPARQL 1.1 Protocol, read-only). The <code>rekg:</code>, <code>ent:</code>,
<code>rdfs:</code> &hellip; prefixes are predeclared. <a href="/">Graph explorer</a> &middot;
<a href="/ontology">Ontology (Turtle)</a></p>
<label>Named query <select id="examples"><option value="">&mdash;</option></select></label>
<form id="form" method="post" action="/sparql">
<textarea name="query" id="query">SELECT ?owner ?owned WHERE { ?owner rekg:owns ?owned } LIMIT 50</textarea>
<p><label>Format <select name="format" id="format">
<option value="">table</option><option>json</option><option>xml</option><option>csv</option>
<option>tsv</option><option>turtle</option></select></label> <button type="submit">Run</button></p>
</form>
<div id="results"></div>
<script type="application/json" id="named">{{EXAMPLES}}</script>
<script src="/query.js"></script>
</body></html>
"""

QUERY_SCRIPT = """'use strict';
const named = JSON.parse(document.getElementById('named').textContent);
const select = document.getElementById('examples');
for (const name of Object.keys(named)) {
  const option = document.createElement('option'); option.value = name; option.textContent = name;
  select.appendChild(option);
}
select.addEventListener('change', () => {
  if (select.value) document.getElementById('query').value = named[select.value];
});
document.getElementById('form').addEventListener('submit', async (event) => {
  if (document.getElementById('format').value) return;  // let the browser show that format
  event.preventDefault();
  const out = document.getElementById('results');
  out.textContent = 'running...';
  const response = await fetch('/sparql', {method: 'POST',
    headers: {'Accept': 'application/sparql-results+json, text/turtle;q=0.5'},
    body: new URLSearchParams({query: document.getElementById('query').value})});
  const type = response.headers.get('content-type') || '';
  out.textContent = '';
  if (!response.ok || !type.includes('json')) {
    const pre = document.createElement('pre'); pre.textContent = await response.text(); out.appendChild(pre);
    return;
  }
  const data = await response.json();
  if ('boolean' in data) { out.textContent = data.boolean ? 'yes' : 'no'; return; }
  const table = document.createElement('table');
  const head = table.insertRow();
  for (const name of data.head.vars) { const th = document.createElement('th'); th.textContent = name; head.appendChild(th); }
  for (const row of data.results.bindings) {
    const tr = table.insertRow();
    for (const name of data.head.vars) tr.insertCell().textContent = row[name] ? row[name].value : '';
  }
  out.appendChild(table);
  out.appendChild(document.createTextNode(data.results.bindings.length + ' rows'));
});
"""
