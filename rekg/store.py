"""The RDF store behind one small interface: one named graph per article.

The embedded default is pyoxigraph's on-disk store (RocksDB); a remote SPARQL 1.1
server (``rekg.remote``) is the other implementation. Queries see the union of all
named graphs, so ``SELECT * { ?s rekg:owns ?o }`` works as users expect.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from abc import ABC, abstractmethod
import time
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from rekg.vocab import ONTOLOGY_GRAPH, PREFIXES, RDFS, ontology_file

QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples

EXPORT_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
QUAD_FORMATS = {"trig", "nquads", "jsonld"}
BULK_WRITE_MAX_QUADS = 400_000  # each also goes to the union: below pyoxigraph's 1M-quad loader batch


class StoreError(Exception):
    """A store could not be opened, read or written; the message says why."""


_Term = ox.NamedNode | ox.BlankNode | ox.Literal  # what a triple's subject or object may be here


class Store(ABC):
    """The store interface: one named graph per article, queried as their union."""

    @abstractmethod
    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        """Replace the named graph's content (idempotent per graph)."""

    @abstractmethod
    def graph_value(self, graph: str, subject: str, predicate: str) -> str | None:
        """The value of one property inside one named graph, or None."""

    @abstractmethod
    def label_of(self, iri: str) -> str | None:
        """The rdfs:label an entity already has in any graph."""

    @abstractmethod
    def query(self, sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None) -> QueryResult:
        """Run a SPARQL query over the union of all graphs; bindings are bound safely."""

    @abstractmethod
    def dump(self, output: BinaryIO, fmt: str) -> None:
        """Write the store: quad formats keep the graphs, triple formats write their union."""

    @abstractmethod
    def __len__(self) -> int:
        """The number of quads."""

    def flush(self) -> None:
        """Make writes durable (a no-op where every write already is)."""

    def replace_graphs(self, graphs: Mapping[str, Iterable[ox.Quad]]) -> None:
        """Replace each named graph with its quads (e.g. a TriG export)."""
        for graph, quads in graphs.items():
            self.replace_graph(graph, quads)

    def write_graphs(self, graphs: Mapping[str, Sequence[str]]) -> None:
        """Replace each named graph with its triples (e.g. a batch of articles), each given as an
        N-Triples statement without its final " ." (as ``rekg.rdf`` writes them)."""
        self.replace_graphs({graph: statement_quads(graph, statements) for graph, statements in graphs.items()})

    def load_ontology(self) -> None:
        """(Re)load ontology/rekg.ttl into its own named graph.

        Its blank nodes (OWL lists) get names derived from the file's content and their order,
        so reloading the same ontology writes the same quads: a run killed while loading it
        leaves nothing behind that the next run would not overwrite.
        """
        content = ontology_file("rekg.ttl").read_bytes()
        prefix = "o" + hashlib.sha256(content).hexdigest()[:12]
        names: dict[ox.BlankNode, ox.BlankNode] = {}

        def stable(term: _Term) -> _Term:
            if isinstance(term, ox.BlankNode):
                return names.setdefault(term, ox.BlankNode(f"{prefix}n{len(names)}"))
            return term

        graph = ox.NamedNode(ONTOLOGY_GRAPH)
        self.replace_graph(ONTOLOGY_GRAPH, (ox.Quad(stable(t.subject), t.predicate, stable(t.object), graph)
                                            for t in ox.parse(content, ox.RdfFormat.TURTLE)))


def open_store(spec: str | Path, read_only: bool = False, update_url: str | None = None,
               user: str | None = None, password: str | None = None, auth: str = "basic",
               timeout: float = 60.0) -> Store:
    """An http(s) URL opens a remote SPARQL 1.1 server; anything else an embedded store directory."""
    text = str(spec)
    if text.startswith(("http://", "https://")):
        from rekg.remote import RemoteStore

        return RemoteStore(text, update_url=update_url, user=user, password=password,
                           auth=auth, read_only=read_only, timeout=timeout)
    return EmbeddedStore(Path(text), read_only=read_only)


def statement_quads(graph: str, statements: Iterable[str]) -> list[ox.Quad]:
    """The quads, in the named graph, of N-Triples statements written without their final dot."""
    name = ox.NamedNode(graph)
    text = "".join(f"{statement} .\n" for statement in statements)
    return [ox.Quad(t.subject, t.predicate, t.object, name) for t in ox.parse(text, ox.RdfFormat.N_TRIPLES)]


def _in_default_graph(quad: ox.Quad) -> ox.Quad:
    return ox.Quad(quad.subject, quad.predicate, quad.object)  # (naming the default graph costs 2x)


def _open_read_only(path: Path, attempts: int = 5) -> ox.Store:
    """Open a read-only view, retrying while a writer's compaction swaps the files under it."""
    attempt = 0
    while True:
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as error:  # RocksDB reports a vanished file as corruption
            attempt += 1
            if attempt == attempts or "No such file" not in str(error):
                raise StoreError(f"cannot open store {path} for reading: {error}") from error
            time.sleep(0.05 * attempt)


class EmbeddedStore(Store):
    """An embedded on-disk RDF store (pyoxigraph) holding one named graph per article."""

    def __init__(self, path: Path, read_only: bool = False) -> None:
        self.path = path
        try:
            if read_only:
                if not (path / "CURRENT").exists():
                    raise StoreError(f"no rekg store at {path} (run `rekg ingest` first)")
                self._store = _open_read_only(path)
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as error:
            if "lock" in str(error).lower():
                raise StoreError(
                    f"store {path} is in use by another rekg process; wait for it to finish"
                ) from error
            raise StoreError(f"cannot open store {path}: {error}") from error

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        """Replace the named graph's content (idempotent per graph) and keep the union current.

        The default graph holds the set union of all named graphs, so that a fact stated
        by several articles is one row, not one per article. New triples join the union
        before the graph is written and stale ones leave it after, so an interrupted write
        never leaves the union without a stored article's triples.
        """
        name = ox.NamedNode(graph)
        new_quads = list(quads)
        new = [_in_default_graph(q) for q in new_quads]
        try:
            old = {_in_default_graph(q) for q in self._store.quads_for_pattern(None, None, None, name)}
            self._store.extend(q for q in new if q not in old)
            if old:
                self._store.remove_graph(name)
            self._store.extend(new_quads)
            for quad in old.difference(new):
                if not self._in_any_named_graph(quad):
                    self._store.remove(quad)
        except OSError as error:
            raise StoreError(f"cannot write graph {graph}: {error}") from error

    def write_graphs(self, graphs: Mapping[str, Sequence[str]]) -> None:
        """Replace each named graph with its triples (N-Triples statements without their final
        " ."); graphs not yet stored are written in one atomic bulk write.

        A bulk write parses the text of the quads (and of their union copies in the default
        graph), sorts them into new RocksDB table files and ingests all of them in one step,
        which RocksDB makes atomic (below pyoxigraph's one-million-quad loader batch, so a
        kill -9 leaves none or all of the graphs). It takes half the time of a transaction
        per graph, and text costs less to build than quad objects. Graphs already stored
        (stale triples must leave the union) and graphs beyond the batch's size are replaced
        one by one. The parser skips its IRI and language-tag checks (lenient): rekg.rdf builds
        every IRI from slugs ([a-z0-9-]), hex ids and IRIs parsed from the gazetteer, and tags
        only "en" and "zh".
        """
        lines: list[str] = []
        union: dict[str, None] = {}  # a triple that several of the graphs state joins the union once
        bulk = 0
        for graph, statements in graphs.items():
            if (self._store.contains_named_graph(ox.NamedNode(graph))
                    or bulk + len(statements) > BULK_WRITE_MAX_QUADS):
                self.replace_graph(graph, statement_quads(graph, statements))
                continue
            name = f"<{graph}>"
            lines += [f"{statement} {name} .\n" for statement in statements]
            union.update(dict.fromkeys(statements))
            bulk += len(statements)
        if not lines:
            return
        lines += [f"{statement} .\n" for statement in union]
        try:
            self._store.bulk_load("".join(lines), ox.RdfFormat.N_QUADS, lenient=True)
        except OSError as error:
            raise StoreError(f"cannot write to store {self.path}: {error}") from error

    def _in_any_named_graph(self, quad: ox.Quad) -> bool:
        return any(not isinstance(q.graph_name, ox.DefaultGraph) for q in
                   self._store.quads_for_pattern(quad.subject, quad.predicate, quad.object, None))

    def graph_value(self, graph: str, subject: str, predicate: str) -> str | None:
        """The value of one property inside one named graph, or None."""
        for quad in self._store.quads_for_pattern(
            ox.NamedNode(subject), ox.NamedNode(predicate), None, ox.NamedNode(graph)
        ):
            return quad.object.value
        return None

    def label_of(self, iri: str) -> str | None:
        """The rdfs:label an entity already has in any graph."""
        for quad in self._store.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(RDFS + "label"), None, None):
            return quad.object.value
        return None

    def query(self, sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None) -> QueryResult:
        """Run a SPARQL query over the union of all graphs; bindings are bound safely."""
        substitutions = {ox.Variable(name): term for name, term in (bindings or {}).items()}
        try:
            return self._store.query(sparql, prefixes=PREFIXES, substitutions=substitutions or None)
        except OSError as error:
            raise StoreError(f"cannot read store {self.path}: {error}") from error

    def dump(self, output: BinaryIO, fmt: str) -> None:
        """Write the store: quad formats keep the graphs, triple formats write their union."""
        rdf_format = EXPORT_FORMATS[fmt]
        if fmt in QUAD_FORMATS:
            self._store.dump(output, rdf_format, prefixes=PREFIXES)
        else:
            self._store.dump(output, rdf_format, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)

    def __len__(self) -> int:
        """Quads in the named graphs (the union in the default graph is derived from them)."""
        union = sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        return len(self._store) - union

    def flush(self) -> None:
        self._store.flush()
