"""A remote SPARQL 1.1 server as the store: queries to its query endpoint, writes by SPARQL Update.

Each article graph is replaced with ``DROP SILENT GRAPH`` then ``INSERT DATA`` (in batches),
every term written in its N-Triples form by pyoxigraph, so re-ingesting stays idempotent and no
text is ever pasted into an update. Results come back as SPARQL XML / N-Triples and are parsed
into pyoxigraph terms, so the rest of rekg sees the same objects as from the embedded store.
Tested against Virtuoso, whose default graph is already the union of all graphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import BinaryIO

import httpx
import pyoxigraph as ox

from rekg.query import code_only, query_form
from rekg.store import EXPORT_FORMATS, QUAD_FORMATS, QueryResult, Store, StoreError
from rekg.vocab import BASE, PREFIXES, RDFS

INSERT_BATCH = 2000  # triples per INSERT DATA request
_PROLOGUE = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in PREFIXES.items())
_ACCEPT = {
    "SELECT": "application/sparql-results+xml",
    "ASK": "application/sparql-results+xml",
    "CONSTRUCT": "application/n-triples",
    "DESCRIBE": "application/n-triples",
}
_RESULT_TYPES = {
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_TYPES = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
# Virtuoso names blank nodes "nodeID://b123" in results: made valid labels (hex of the name).
_BNODE = re.compile(rb"<bnode>([^<]*)</bnode>")
_REKG_GRAPHS = f'FILTER(STRSTARTS(STR(?g), "{BASE}"))'


class RemoteStore(Store):
    """A SPARQL 1.1 server (query endpoint + update endpoint) holding one named graph per article."""

    def __init__(self, url: str, update_url: str | None = None, user: str | None = None,
                 password: str | None = None, auth: str = "basic", read_only: bool = False,
                 timeout: float = 60.0) -> None:
        self.url = url
        self.update_url = update_url or url
        self.read_only = read_only
        credentials: httpx.Auth | None = None
        if user is not None:
            credentials = (httpx.DigestAuth(user, password or "") if auth == "digest"
                           else httpx.BasicAuth(user, password or ""))
        self._client = httpx.Client(auth=credentials, timeout=timeout, follow_redirects=False)

    # -- reading -------------------------------------------------------------------------

    def query(self, sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None) -> QueryResult:
        """Send the query (rekg prefixes declared, bindings as an inline VALUES) to the endpoint."""
        form = query_form(sparql)
        text = _PROLOGUE + bind_values(sparql, bindings or {})
        response = self._post(self.url, {"query": text}, {"Accept": _ACCEPT[form]})
        media_type = response.headers.get("content-type", "").split(";")[0].strip()
        if form in ("CONSTRUCT", "DESCRIBE"):
            if media_type not in _GRAPH_TYPES:
                raise StoreError(f"{self.url} answered a {form} with {media_type or 'no content type'}")
            return _triples(response.content, _GRAPH_TYPES[media_type])
        if media_type not in _RESULT_TYPES:
            raise StoreError(f"{self.url} answered a {form} with {media_type or 'no content type'}")
        content = response.content
        if media_type == "application/sparql-results+xml":
            content = _BNODE.sub(lambda m: b"<bnode>b" + m.group(1).hex().encode() + b"</bnode>", content)
        result = ox.parse_query_results(content, _RESULT_TYPES[media_type])
        if form == "ASK" and isinstance(result, ox.QuerySolutions):
            return _boolean(result)
        return result

    def graph_value(self, graph: str, subject: str, predicate: str) -> str | None:
        """The value of one property inside one named graph, or None."""
        for row in self.query(f"SELECT ?o WHERE {{ GRAPH {ox.NamedNode(graph)} "
                              f"{{ {ox.NamedNode(subject)} {ox.NamedNode(predicate)} ?o }} }} LIMIT 1"):
            return row["o"].value
        return None

    def label_of(self, iri: str) -> str | None:
        """The rdfs:label an entity already has in any graph."""
        for row in self.query(f"SELECT ?label WHERE {{ {ox.NamedNode(iri)} "
                              f"{ox.NamedNode(RDFS + 'label')} ?label }} LIMIT 1"):
            return row["label"].value
        return None

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of rekg's graphs (a server's own system graphs are left out)."""
        for row in self.query(f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_REKG_GRAPHS} }}"):
            yield ox.Quad(row["s"], row["p"], row["o"], row["g"])

    def dump(self, output: BinaryIO, fmt: str) -> None:
        """Write rekg's graphs: quad formats keep the graphs, triple formats write their union."""
        quads = list(self.quads())
        if fmt in QUAD_FORMATS:
            ox.serialize(quads, output, EXPORT_FORMATS[fmt], prefixes=PREFIXES)
        else:
            triples = dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads)
            ox.serialize(triples, output, EXPORT_FORMATS[fmt], prefixes=PREFIXES)

    def __len__(self) -> int:
        for row in self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_REKG_GRAPHS} }}"):
            return int(row["n"].value)
        return 0

    # -- writing -------------------------------------------------------------------------

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        """Drop the graph, then insert its triples in batches (idempotent per graph).

        ``INSERT { } WHERE { }`` rather than ``INSERT DATA``, which Virtuoso refuses with blank
        nodes; triples with blank nodes all go in the first batch, so each stays one node.
        """
        if self.read_only:
            raise StoreError(f"{self.url} was opened read-only")
        name = ox.NamedNode(graph)
        with_blank, plain = [], []
        for quad in quads:
            line = f"{quad.subject} {quad.predicate} {quad.object} ."
            blank = isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode)
            (with_blank if blank else plain).append(line)
        first = max(INSERT_BATCH, len(with_blank))
        lines = with_blank + plain
        batches = [lines[:first]] + [lines[i:i + INSERT_BATCH] for i in range(first, len(lines), INSERT_BATCH)]
        for number, batch in enumerate(batches):
            drop = f"DROP SILENT GRAPH {name} ;\n" if number == 0 else ""
            body = "\n".join(batch)
            update = f"{drop}INSERT {{ GRAPH {name} {{\n{body}\n}} }} WHERE {{ }}" if batch else drop
            self._post(self.update_url, {"update": update}, {}, update=True)

    # -- HTTP ----------------------------------------------------------------------------

    def _post(self, url: str, form: dict[str, str], headers: dict[str, str],
              update: bool = False) -> httpx.Response:
        """A form POST (the SPARQL 1.1 Protocol's most widely supported way)."""
        try:
            response = self._client.post(url, data=form, headers=headers)
        except httpx.HTTPError as error:
            raise StoreError(f"cannot reach SPARQL server {url}: {error}") from error
        if response.status_code == 401:
            raise StoreError(f"{url} refused the credentials (HTTP 401); give --user and --password")
        if response.status_code >= 400:
            detail = " ".join(response.text.split())[:500]
            if response.status_code == 400 and not update:
                raise SyntaxError(detail)
            raise StoreError(f"{url} answered HTTP {response.status_code}: {detail}")
        return response


def bind_values(sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """The query with ``VALUES (?a ?b) { (term term) }`` opening its WHERE group.

    Terms are written in their N-Triples form by pyoxigraph (escaped), so a value can never
    change the query's structure; it binds the variables for the whole top-level group.
    """
    if not bindings:
        return sparql
    code = code_only(sparql)
    match = re.search(r"(?<![?$:\w])WHERE\s*\{", code, re.IGNORECASE)
    if match is None and query_form(sparql) != "CONSTRUCT":
        match = re.search(r"\{", code)
    if match is None:
        raise SyntaxError("parameters need a query with a WHERE { ... } group")
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(str(term) for term in bindings.values())
    return f"{sparql[:match.end()]} VALUES ({names}) {{ ({values}) }} {sparql[match.end():]}"


def _triples(content: bytes, rdf_format: ox.RdfFormat) -> ox.QueryTriples:
    """The server's CONSTRUCT answer as pyoxigraph's own result type (via an in-memory store)."""
    graph = ox.Store()
    graph.load(content, rdf_format)
    return graph.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")


def _boolean(result: ox.QuerySolutions) -> ox.QueryBoolean:
    """Virtuoso answers ASK as one row of one variable (1 or 0); make it a boolean."""
    for row in result:
        value = row[0]
        return ox.parse_query_results(
            _ASK_XML.format("true" if value is not None and value.value in ("1", "true") else "false").encode(),
            ox.QueryResultsFormat.XML)
    return ox.parse_query_results(_ASK_XML.format("false").encode(), ox.QueryResultsFormat.XML)


_ASK_XML = '<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/><boolean>{}</boolean></sparql>'
