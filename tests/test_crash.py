"""Crash safety: kill -9 during `rekg ingest` leaves a store that opens, holds only
complete articles, and ends up identical to an uninterrupted run when run again."""

from __future__ import annotations

import gc
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from rekg.rdf import article_iri
from rekg.store import EmbeddedStore, StoreError
from rekg.vocab import REKG

ROOT = Path(__file__).resolve().parent.parent
REKG_CLI = str(Path(sys.executable).parent / "rekg")
KILLS = 3


def ingest(folder: Path, store: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([REKG_CLI, "ingest", str(folder), "--store", str(store)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def processes_using(store: Path, wait: float = 10.0) -> list[int]:
    """Live processes whose command line names the store (the CLI and its forked workers)."""
    deadline = time.monotonic() + wait
    while True:
        alive = []
        for entry in Path("/proc").glob("[0-9]*"):
            try:
                command = (entry / "cmdline").read_bytes().split(b"\0")
                if str(store).encode() in command and (entry / "stat").read_text().split()[2] != "Z":
                    alive.append(int(entry.name))
            except OSError:
                continue  # ended while we looked
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.1)


def dataset(store: Path) -> dict[str, set[ox.Quad]]:
    """Quads by graph name ('' for the default graph), read through a read-only open."""
    opened = EmbeddedStore(store, read_only=True)
    graphs: dict[str, set[ox.Quad]] = {}
    for quad in opened._store:
        name = "" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        graphs.setdefault(name, set()).add(quad)
    del opened
    gc.collect()
    return graphs


def as_rdflib(quads: set[ox.Quad]) -> Graph:
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    return Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twenty distinct articles: the seeds, each in four variants."""
    folder = tmp_path_factory.mktemp("corpus")
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        for variant in range(4):
            (folder / f"{seed.stem}_{variant}.txt").write_text(f"{text}\n\nEdition {variant}.\n",
                                                               encoding="utf-8")
    return folder


def test_kill_9_at_random_points_then_rerun(corpus: Path, tmp_path: Path) -> None:
    reference = tmp_path / "reference"
    started = time.monotonic()
    assert ingest(corpus, reference).wait(timeout=300) == 0
    full_run = time.monotonic() - started
    expected = dataset(reference)
    articles = {name for name in expected if name.startswith(article_iri(""))}
    assert len(articles) == 20

    store = tmp_path / "store"
    rng = random.Random(20240611)
    seen_partial = False
    for _ in range(KILLS):
        process = ingest(corpus, store)
        time.sleep(rng.uniform(0.3, 1.0) * full_run)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        assert processes_using(store) == []  # the extraction workers died with their parent
        if not (store / "CURRENT").exists():
            continue  # killed before the store was created
        found = dataset(store)
        present = {name for name in found if name.startswith(article_iri(""))}
        assert present <= articles
        seen_partial = seen_partial or bool(present) and present != articles
        for name in present:  # an article graph is there completely, marker included, or not at all
            assert found[name] == expected[name]
            assert any(q.predicate == ox.NamedNode(REKG + "extractorVersion") for q in found[name])

    rerun = subprocess.run([REKG_CLI, "ingest", str(corpus), "--store", str(store)],
                           capture_output=True, text=True, timeout=300, check=False)
    assert rerun.returncode == 0, rerun.stderr
    final = dataset(store)
    assert sorted(final) == sorted(expected)
    for name in final:  # the ontology's OWL lists are blank nodes: compare up to isomorphism
        assert isomorphic(as_rdflib(final[name]), as_rdflib(expected[name])), name
    print(f"full run {full_run:.1f}s; a kill left a partial store: {seen_partial}")


def test_batch_write_adds_new_graphs_replaces_stored_ones_and_keeps_the_union_a_set(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    a, b = "https://w3id.org/rekg/article/a", "https://w3id.org/rekg/article/b"
    owns, supplies, produces = (ox.NamedNode(REKG + p) for p in ("owns", "supplies", "produces"))
    x, y = ox.NamedNode("https://w3id.org/rekg/id/x"), ox.NamedNode("https://w3id.org/rekg/id/y")

    def quads(graph: str, *predicates: ox.NamedNode) -> list[ox.Quad]:
        return [ox.Quad(x, p, y, ox.NamedNode(graph)) for p in predicates]

    def union() -> set[ox.Triple]:
        return {q.triple for q in store._store.quads_for_pattern(None, None, None, ox.DefaultGraph())}

    def statements(*predicates: ox.NamedNode) -> list[str]:
        return [f"{x} {p} {y}" for p in predicates]

    store.replace_graph(a, quads(a, owns, supplies))
    store.write_graphs({a: statements(owns), b: statements(owns, produces)})  # a stored, b new
    assert {q.triple for q in store._store.quads_for_pattern(None, None, None, ox.NamedNode(a))} == {
        ox.Triple(x, owns, y)}
    assert union() == {ox.Triple(x, owns, y), ox.Triple(x, produces, y)}  # "supplies" left with a's old graph
    assert len(store) == 3
    store.replace_graphs({b: []})
    assert union() == {ox.Triple(x, owns, y)}  # still stated by a


def test_reloading_the_ontology_after_a_kill_mid_load_leaves_no_stray_blank_nodes(tmp_path: Path) -> None:
    """Every ingest reloads the ontology; a run killed after adding its quads to the union
    but before rewriting the graph must not leave a second copy of the OWL lists behind."""
    path = tmp_path / "store"
    store = EmbeddedStore(path)
    store.load_ontology()
    del store
    gc.collect()
    loaded = dataset(path)
    store = EmbeddedStore(path)
    real = store._store

    class KilledBeforeTheGraphIsReplaced:  # the union has the new quads, the graph is not yet replaced
        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

        def remove_graph(self, _graph: ox.NamedNode) -> None:
            raise OSError("killed")

    store._store = KilledBeforeTheGraphIsReplaced()
    with pytest.raises(StoreError, match="killed"):
        store.load_ontology()
    store._store = real
    store.load_ontology()  # the next run
    del store
    gc.collect()
    assert dataset(path) == loaded
