"""rekg serve: a standard SPARQL client gets correct answers; refusals, limits and no outbound requests."""

from __future__ import annotations

import csv
import io
import socketserver
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from SPARQLWrapper import CSV, JSON, TURTLE, SPARQLWrapper

from rekg.serve import negotiate
from rekg.store import EmbeddedStore
from support import free_port
from test_queries import ENT, load_fixture

REKG = str(Path(sys.executable).parent / "rekg")
TIME_LIMIT = 1.5
MAX_ROWS = 50


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`rekg serve` on the hand-made fixture graph, on a free loopback port."""
    directory = tmp_path_factory.mktemp("serve") / "store"
    store = load_fixture(EmbeddedStore(directory))
    del store  # close it: the server opens it read-only
    port = free_port()
    server = subprocess.Popen(
        [REKG, "serve", "--store", str(directory), "--port", str(port), "--time-limit", str(TIME_LIMIT),
         "--max-rows", str(MAX_ROWS), "--workers", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(base + "/ontology", timeout=1)
                break
            except httpx.TransportError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(server.stdout.read().decode() if server.stdout else "no output")
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


class Recorder(socketserver.ThreadingTCPServer):
    """A local listener that records every connection made to it."""

    allow_reuse_address = True

    def __init__(self) -> None:
        self.hits: list[str] = []

        class Handler(socketserver.BaseRequestHandler):
            def handle(handler) -> None:
                self.hits.append(handler.request.recv(1024).decode(errors="replace"))

        super().__init__(("127.0.0.1", 0), Handler)


@pytest.fixture()
def recorder() -> Iterator[Recorder]:
    listener = Recorder()
    thread = threading.Thread(target=listener.serve_forever, daemon=True)
    thread.start()
    yield listener
    listener.shutdown()
    listener.server_close()


OWNS = "SELECT DISTINCT ?owner ?owned WHERE { ?owner rekg:owns ?owned } ORDER BY ?owner ?owned"
EXPECTED_OWNS = [(ENT + "alpha-group", ENT + "beta-metals"), (ENT + "beta-metals", ENT + "gamma-mining"),
                 (ENT + "gamma-mining", ENT + "epsilon-mine")]


def client(base: str, query: str, fmt: str) -> SPARQLWrapper:
    sparql = SPARQLWrapper(base + "/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


def test_sparqlwrapper_json(endpoint: str) -> None:
    result = client(endpoint, OWNS, JSON).queryAndConvert()
    assert result["head"]["vars"] == ["owner", "owned"]
    assert [(b["owner"]["value"], b["owned"]["value"]) for b in result["results"]["bindings"]] == EXPECTED_OWNS
    assert all(b["owner"]["type"] == "uri" for b in result["results"]["bindings"])


def test_sparqlwrapper_json_literals_post(endpoint: str) -> None:
    sparql = client(endpoint, 'SELECT DISTINCT ?label ?start WHERE { ent:alpha-group skos:altLabel ?label . '
                              'ev:a1-owns rekg:startOffset ?start } ORDER BY ?label', JSON)
    sparql.setMethod("POST")
    bindings = sparql.queryAndConvert()["results"]["bindings"]
    assert [b["label"] for b in bindings] == [{"type": "literal", "value": "Alpha", "xml:lang": "en"},
                                              {"type": "literal", "value": "阿尔法集团", "xml:lang": "zh"}]
    assert bindings[0]["start"] == {"type": "literal", "value": "0",
                                    "datatype": "http://www.w3.org/2001/XMLSchema#integer"}


def test_sparqlwrapper_csv(endpoint: str) -> None:
    text = client(endpoint, OWNS, CSV).queryAndConvert().decode()
    assert list(csv.reader(io.StringIO(text))) == [["owner", "owned"], *map(list, EXPECTED_OWNS)]


def test_construct_is_parseable_turtle(endpoint: str) -> None:
    body = client(endpoint, "CONSTRUCT { ?a rekg:owns ?b } WHERE { ?a rekg:owns ?b }", TURTLE).queryAndConvert()
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, ox.RdfFormat.TURTLE)}
    owns = ox.NamedNode("https://w3id.org/rekg/ontology#owns")
    assert triples == {ox.Triple(ox.NamedNode(a), owns, ox.NamedNode(b)) for a, b in EXPECTED_OWNS}


def test_protocol_forms_and_negotiation(endpoint: str) -> None:
    direct = httpx.post(endpoint + "/sparql", content="ASK { ent:alpha-group rekg:owns ent:beta-metals }",
                        headers={"Content-Type": "application/sparql-query",
                                 "Accept": "application/sparql-results+xml"})
    assert direct.status_code == 200
    assert direct.headers["content-type"].startswith("application/sparql-results+xml")
    assert "<boolean>true</boolean>" in direct.text
    tsv = httpx.get(endpoint + "/sparql", params={"query": OWNS}, headers={"Accept": "text/tab-separated-values"})
    assert tsv.text.splitlines()[1] == f"<{ENT}alpha-group>\t<{ENT}beta-metals>"
    nt = httpx.get(endpoint + "/sparql", params={"query": "DESCRIBE ent:quota-2024"},
                   headers={"Accept": "application/n-triples"})
    assert nt.headers["content-type"].startswith("application/n-triples")
    assert f'<{ENT}quota-2024> <http://www.w3.org/2000/01/rdf-schema#label> "Quota 2024"@en .' in nt.text
    refused = httpx.get(endpoint + "/sparql", params={"query": OWNS}, headers={"Accept": "image/png"})
    assert refused.status_code == 406 and "text/csv" in refused.text
    assert negotiate("text/csv;q=0.5, application/sparql-results+xml", None, ["text/csv", "application/sparql-results+xml"]) \
        == "application/sparql-results+xml"
    assert negotiate("text/*", None, ["application/json", "text/csv"]) == "text/csv"


@pytest.mark.parametrize("form", [
    {"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }"},
    {"query": "SELECT * FROM <http://127.0.0.1:{port}/data.ttl> WHERE { ?s ?p ?o }"},
    {"update": "LOAD <http://127.0.0.1:{port}/data.ttl>"},
    {"query": "LOAD <http://127.0.0.1:{port}/data.ttl>"},
    {"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"},
    {"query": "SELECT * WHERE { ?s ?p ?o }", "default-graph-uri": "http://127.0.0.1:{port}/g"},
])
def test_refused_without_outbound_requests(endpoint: str, recorder: Recorder, form: dict[str, str]) -> None:
    port = recorder.server_address[1]
    data = {name: value.replace("{port}", str(port)) for name, value in form.items()}
    response = httpx.post(endpoint + "/sparql", data=data)
    assert response.status_code == 400
    assert "not allowed" in response.text
    update = httpx.post(endpoint + "/sparql", content=data.get("update", "CLEAR ALL"),
                        headers={"Content-Type": "application/sparql-update"})
    assert update.status_code == 400 and "read-only" in update.text
    time.sleep(0.2)
    assert recorder.hits == []
    assert httpx.post(endpoint + "/sparql", data={"query": "ASK { ?s rekg:owns ?o }"},
                      headers={"Accept": "application/json"}).json() == {"head": {}, "boolean": True}


def test_time_limit_stops_a_cartesian_product_and_the_server_keeps_answering(endpoint: str) -> None:
    started = time.monotonic()
    response = httpx.post(endpoint + "/sparql", timeout=30, data={
        "query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"})
    elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert "stopped after 1.5 s" in response.text
    assert TIME_LIMIT <= elapsed < TIME_LIMIT + 5
    for _ in range(3):  # both workers (the replaced one too) answer
        assert client(endpoint, OWNS, JSON).queryAndConvert()["results"]["bindings"][0]["owner"]["value"] \
            == ENT + "alpha-group"


def test_result_size_limit(endpoint: str) -> None:
    response = httpx.get(endpoint + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert response.status_code == 400
    assert f"more than {MAX_ROWS} rows" in response.text
    limited = httpx.get(endpoint + "/sparql", params={"query": f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {MAX_ROWS}"},
                        headers={"Accept": "application/json"})
    assert len(limited.json()["results"]["bindings"]) == MAX_ROWS


def test_syntax_errors_are_400(endpoint: str) -> None:
    response = httpx.get(endpoint + "/sparql", params={"query": "SELEKT * WHERE { ?s ?p ?o }"})
    assert response.status_code == 400
    assert response.text.startswith("SPARQL syntax error at 1:1")
    broken = httpx.get(endpoint + "/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert broken.status_code == 400 and "syntax" in broken.text.lower()


def test_pages(endpoint: str) -> None:
    ontology = httpx.get(endpoint + "/ontology")
    assert ontology.headers["content-type"].startswith("text/turtle")
    assert len(list(ox.parse(ontology.content, ox.RdfFormat.TURTLE))) > 100
    page = httpx.get(endpoint + "/query")
    assert page.status_code == 200 and "owns-transitively" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    explorer = httpx.get(endpoint + "/", timeout=60)
    assert explorer.status_code == 200 and "Alpha Group" in explorer.text
    assert httpx.get(endpoint + "/ontology", headers={"Host": "attacker.example"}).status_code == 400
