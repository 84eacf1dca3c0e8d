"""The remote store against a real Virtuoso on loopback: same answers as the embedded store."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from rekg.query import named_queries, named_query, run_query
from rekg.remote import RemoteStore
from rekg.store import EmbeddedStore, Store, StoreError, open_store
from support import free_port, system_tool
from test_queries import ENT, SEEDS, load_fixture, rows

VIRTUOSO = "/usr/bin/virtuoso-t"
REKG = str(Path(sys.executable).parent / "rekg")
PARAMS = {  # parameters for the named queries that take them, on the seed graph
    "owns-transitively": {"entity": "Baogang"},
    "ultimate-parent": {"entity": "Wuhai Mining"},
    "evidence": {"subject": "Baogang", "property": "owns", "object": "Wuhai Mining"},
}
INI = """[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 2000
MaxDirtyBuffers = 1200
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A throw-away Virtuoso (own database directory, loopback ports); its /sparql URL."""
    system_tool(VIRTUOSO, "virtuoso-opensource")
    directory = tmp_path_factory.mktemp("virtuoso")
    http_port = free_port()
    (directory / "virtuoso.ini").write_text(
        INI.format(dir=directory, sql_port=free_port(), http_port=http_port))
    log = (directory / "stdout.log").open("wb")
    process = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(directory / "virtuoso.ini")],
                               cwd=directory, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{http_port}/sparql"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("Virtuoso did not start:\n" + (directory / "stdout.log").read_text())
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
        shutil.rmtree(directory, ignore_errors=True)


def remote(url: str) -> RemoteStore:
    """Queries to /sparql, updates to /sparql-auth with Virtuoso's digest credentials."""
    store = open_store(url, update_url=url + "-auth", user="dba", password="dba", auth="digest")
    assert isinstance(store, RemoteStore)
    return store


def clear(store: RemoteStore) -> None:
    """Drop every rekg graph (a test needs its own content)."""
    graphs = {quad.graph_name.value for quad in store.quads()}
    for graph in graphs:
        store.replace_graph(graph, [])
    assert len(store) == 0


def solutions(store: Store, name: str, params: dict[str, str]) -> set[tuple[str | None, ...]]:
    result = run_query(store, named_query(name).text, params)
    names = [variable.value for variable in result.variables]
    return {tuple(None if row[n] is None else row[n].value for n in names) for row in result}


def test_seeds_give_the_same_named_query_answers(virtuoso: str, tmp_path: Path) -> None:
    credentials = ["--update-url", virtuoso + "-auth", "--user", "dba", "--auth", "digest"]
    environment = {**os.environ, "REKG_STORE_PASSWORD": "dba"}
    for _ in range(2):  # the second run finds every article unchanged
        ingest = subprocess.run([REKG, "ingest", str(SEEDS), "--store", virtuoso, *credentials],
                                capture_output=True, text=True, env=environment)
        assert ingest.returncode == 0, ingest.stderr
    assert ingest.stdout.startswith("0 ingested, 5 unchanged, 0 skipped")
    embedded_dir = tmp_path / "embedded"
    subprocess.run([REKG, "ingest", str(SEEDS), "--store", str(embedded_dir)], check=True, capture_output=True)
    embedded = EmbeddedStore(embedded_dir, read_only=True)
    store = remote(virtuoso)
    assert len(store) == len(embedded)
    for name in named_queries():
        params = PARAMS.get(name, {})
        assert solutions(store, name, params) == solutions(embedded, name, params), name
    owned = {row[1] for row in solutions(store, "owns-transitively", {"entity": "Baogang"})}
    assert {ENT + "china-northern-rare-earth-group", ENT + "baotou-rare-earth-research-institute",
            ENT + "gansu-rare-earth", ENT + "wuhai-mining"} <= owned
    listed = subprocess.run([REKG, "query", "owns-transitively", "--param", "entity=baogang", "--store", virtuoso,
                             "--format", "csv"], capture_output=True, text=True, check=True)
    assert f"baogang,{ENT}wuhai-mining,Wuhai Mining" in listed.stdout.splitlines()


def test_fixture_exact_rows_on_virtuoso(virtuoso: str) -> None:
    store = remote(virtuoso)
    clear(store)
    load_fixture(store)
    assert rows(store, "owns-transitively", entity="alpha")[0] == ("alpha", ENT + "beta-metals", "Beta Metals")
    assert [r[1:] for r in rows(store, "owns-transitively", entity="阿尔法集团")] == [
        (ENT + "beta-metals", "Beta Metals"), (ENT + "delta-magnets", "Delta Magnets"),
        (ENT + "epsilon-mine", "Epsilon Mine"), (ENT + "gamma-mining", "Gamma Mining")]
    assert rows(store, "ultimate-parent", entity="Epsilon Mine") == [
        ("Epsilon Mine", ENT + "alpha-group", "Alpha Group")]
    assert rows(store, "leaders") == [
        (ENT + "wang-wei", "Wang Wei", ENT + "alpha-group", "Alpha Group", "Chairman"),
        (ENT + "li-na", "Li Na", ENT + "beta-metals", "Beta Metals", None)]
    assert [(r[1], r[2]) for r in rows(store, "most-connected")][:4] == [
        ("Beta Metals", "4"), ("Alpha Group", "3"), ("Gamma Mining", "3"), ("Baotou", "2")]
    assert [r[6] for r in rows(store, "evidence", subject="Alpha", property="owns", object="beta metals")] == [
        "Alpha Group restructures", 'Quota "2024" announced']
    assert bool(run_query(store, "ASK { ent:alpha-group rekg:owns ent:beta-metals }"))
    assert not bool(run_query(store, "ASK { ent:beta-metals rekg:owns ent:alpha-group }"))
    construct = run_query(store, "CONSTRUCT { ?a rekg:owns ?b } WHERE { ?a rekg:owns ?b }")
    assert isinstance(construct, ox.QueryTriples) and len(list(construct)) == 3


def test_replace_graph_is_idempotent_and_escapes_text(virtuoso: str) -> None:
    store = remote(virtuoso)
    graph = "https://w3id.org/rekg/article/escape-test"
    node, label = ox.NamedNode(ENT + "escape-test"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    hostile = 'He said "stop" \\ } } ; DROP ALL ; #\nline two 北方稀土'
    quads = [ox.Quad(node, label, ox.Literal(hostile, language="en"), ox.NamedNode(graph)),
             ox.Quad(node, label, ox.Literal("second"), ox.NamedNode(graph))]
    before = len(store)
    store.replace_graph(graph, quads)
    store.replace_graph(graph, quads[:1])
    assert len(store) == before + 1
    assert store.graph_value(graph, ENT + "escape-test", label.value) == hostile
    assert store.label_of(ENT + "escape-test") == hostile
    found = run_query(store, "SELECT ?e WHERE { ?e rdfs:label ?name FILTER(STR(?name) = ?text) }",
                      {"text": hostile})
    assert [row["e"].value for row in found] == [ENT + "escape-test"]
    store.replace_graph(graph, [])
    assert len(store) == before


def test_errors_are_clean(virtuoso: str) -> None:
    with pytest.raises(StoreError, match="HTTP 401"):
        open_store(virtuoso, update_url=virtuoso + "-auth", user="dba", password="wrong",
                   auth="digest").replace_graph("https://w3id.org/rekg/article/x", [])
    with pytest.raises(StoreError, match="read-only"):
        open_store(virtuoso, read_only=True).replace_graph("https://w3id.org/rekg/article/x", [])
    with pytest.raises(StoreError, match="cannot reach"):
        open_store(f"http://127.0.0.1:{free_port()}/sparql").query("ASK {}")
