"""Querying: SPARQL text, .rq files and named queries; result formats; the explorer's view."""

from __future__ import annotations

import io
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from rekg.model import EdgeEvidence, GraphEdge, GraphNode, GraphView
from rekg.store import QueryResult, Store
from rekg.vocab import BASE, PREFIXES, PROPERTIES, REKG, ontology_file

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "xml": ox.QueryResultsFormat.XML,
}
# Keywords that write, fetch from other hosts (SERVICE, LOAD) or switch on a server's own
# fetching (Virtuoso's DEFINE pragmas); matched as keywords, not as ?variables or prefix:names.
_REFUSED = re.compile(
    r"(?<![?$:\w])(SERVICE|LOAD|INSERT|DELETE|CLEAR|DROP|CREATE|COPY|MOVE|ADD|DEFINE|WITH)(?![\w:])",
    re.IGNORECASE)
_NOT_CODE = re.compile(r'#[^\n]*|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>')
_COMMENT_OR_STRING = re.compile(r'#[^\n]*|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')
_FROM = re.compile(r"(?<![?$:\w])FROM\s+(?:NAMED\s+)?(<[^>]*>|[\w.-]*:[\w.-]*)", re.IGNORECASE)
_PREFIX_DECL = re.compile(r"(?<![?$:\w])PREFIX\s+([\w.-]*):\s*<([^>]*)>", re.IGNORECASE)
_FORM = re.compile(r"(?<![?$:\w])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:])", re.IGNORECASE)
_LOCAL_GRAPHS = BASE  # the only graphs a query may name in FROM: this store's own


class QueryError(Exception):
    """A query that cannot be run; the message says why (with line and column)."""


@dataclass(frozen=True)
class NamedQuery:
    """A documented query under ontology/queries/: what it answers and its parameters."""

    name: str
    summary: str
    params: dict[str, str]  # parameter name -> what to give
    text: str

    @classmethod
    def read(cls, path: Path) -> NamedQuery:
        """Parse the comment header: a summary, then ``# param NAME: description`` lines."""
        text = path.read_text(encoding="utf-8")
        summary: list[str] = []
        params: dict[str, str] = {}
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            body = line.lstrip("#").strip()
            match = re.fullmatch(r"param\s+(\w+)\s*:\s*(.*)", body)
            if match:
                params[match.group(1)] = match.group(2)
            elif body and not params:
                summary.append(body)
        return cls(path.stem, " ".join(summary), params, text)

    def check_params(self, given: Mapping[str, str]) -> None:
        """Every declared parameter given, and no others."""
        missing = [name for name in self.params if name not in given]
        unknown = [name for name in given if name not in self.params]
        if missing:
            raise QueryError(f"named query {self.name!r} needs "
                             + ", ".join(f"--param {name}=VALUE ({self.params[name]})" for name in missing))
        if unknown:
            known = ", ".join(self.params) or "none"
            raise QueryError(f"named query {self.name!r} has no parameter {unknown[0]!r} (parameters: {known})")


def queries_dir() -> Path:
    return ontology_file("queries")


def named_queries() -> dict[str, Path]:
    """The named queries shipped under ontology/queries/, by name."""
    return {path.stem: path for path in sorted(queries_dir().glob("*.rq"))}


def named_query(name: str) -> NamedQuery:
    """One named query, or a QueryError listing the known ones."""
    named = named_queries()
    if name not in named:
        raise QueryError(f"no named query {name!r}; known: {', '.join(named) or 'none'}")
    return NamedQuery.read(named[name])


def query_text(source: str, stdin: io.TextIOBase | None = None) -> str:
    """A query given as text, as a .rq file, as a named query, or as - (standard input)."""
    if source == "-" and stdin is not None:
        return stdin.read()
    if source.endswith(".rq"):
        try:
            return Path(source).read_text(encoding="utf-8")
        except OSError as error:
            raise QueryError(f"cannot read query file {source}: {error.strerror}") from error
    if re.fullmatch(r"[\w-]+", source):
        return named_query(source).text
    return source


def code_only(text: str) -> str:
    """The query with comments, strings and IRIs blanked out, same length and line breaks."""
    return _NOT_CODE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the query's form, from its first keyword."""
    match = _FORM.search(code_only(text))
    if not match:
        raise QueryError("not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE")
    return match.group(1).upper()


def check_read_only(text: str) -> None:
    """Refuse updates, LOAD, SERVICE and FROM <other graph>: no writes, no requests to other hosts."""
    match = _REFUSED.search(code_only(text))
    if match:
        raise QueryError(f"{match.group(1).upper()} is not allowed: rekg queries are read-only "
                         "and never contact other hosts")
    without_strings = _COMMENT_OR_STRING.sub(" ", text)
    declared = {**PREFIXES, **dict(_PREFIX_DECL.findall(without_strings))}
    for graph in _FROM.findall(without_strings):
        check_local_graph(_expand(graph, declared))


def check_local_graph(iri: str) -> None:
    """A dataset graph (FROM, default-graph-uri) must be one of this store's graphs."""
    if not iri.startswith(_LOCAL_GRAPHS):
        raise QueryError(f"FROM <{iri}> is not allowed: a query may only name this store's graphs "
                         f"(under {_LOCAL_GRAPHS}); rekg never fetches remote data")


def _expand(name: str, prefixes: Mapping[str, str]) -> str:
    if name.startswith("<"):
        return name[1:-1]
    prefix, _, local = name.partition(":")
    return prefixes.get(prefix, "") + local if prefix in prefixes else name


def run_query(store: Store, text: str, params: Mapping[str, str] | None = None) -> QueryResult:
    """Run a read-only query; parameters are bound as values, never pasted into the text."""
    check_read_only(text)
    try:
        return store.query(text, {name: _parameter(value) for name, value in (params or {}).items()})
    except SyntaxError as error:
        raise QueryError(f"SPARQL syntax {error}") from error
    except RuntimeError as error:  # pyoxigraph's refusal of a parameter the query does not project
        raise QueryError(str(error)) from error


def _parameter(value: str) -> ox.NamedNode | ox.Literal:
    """A parameter value: an IRI (<...> or prefix:name) or an entity label as plain text."""
    try:
        if value.startswith("<") and value.endswith(">"):
            return ox.NamedNode(value[1:-1])
        prefix, _, local = value.partition(":")
        if prefix in PREFIXES and local and re.fullmatch(r"[\w.-]+", local):
            return ox.NamedNode(PREFIXES[prefix] + local)
    except ValueError as error:
        raise QueryError(f"parameter value {value!r} is not a valid IRI: {error}") from error
    return ox.Literal(value)


def serialize(result: QueryResult, fmt: str) -> bytes:
    """SELECT/ASK results as W3C SPARQL JSON, XML, CSV or TSV; CONSTRUCT results as Turtle."""
    if isinstance(result, ox.QueryTriples):
        rdf_format = ox.RdfFormat.N_TRIPLES if fmt == "nt" else ox.RdfFormat.TURTLE
        return ox.serialize(result, format=rdf_format, prefixes=PREFIXES)
    return result.serialize(format=RESULT_FORMATS[fmt])


def table(result: QueryResult) -> str:
    """A plain-text table for people, IRIs shortened with the usual prefixes."""
    if isinstance(result, ox.QueryBoolean):
        return "yes" if bool(result) else "no"
    if isinstance(result, ox.QueryTriples):
        return serialize(result, "turtle").decode()
    names = [v.value for v in result.variables]
    rows = [[_short(solution[name]) for name in names] for solution in result]
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)) for row in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(line.rstrip() for line in lines)


def _short(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in PREFIXES.items():
            if term.value.startswith(namespace):
                return f"{prefix}:{term.value[len(namespace):]}"
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return " ".join(term.value.split())


_NODES = """
SELECT ?entity ?label ?class ?alias ?stock WHERE {
  ?entity a ?type ; rdfs:label ?label .
  FILTER(STRSTARTS(STR(?entity), STR(ent:)) && STRSTARTS(STR(?type), STR(rekg:)))
  BIND(STRAFTER(STR(?type), STR(rekg:)) AS ?class)
  OPTIONAL { ?entity skos:altLabel ?alias }
  OPTIONAL { ?entity rekg:stockCode ?stock }
}"""
_EDGES = """
SELECT ?s ?p ?o ?sentence ?title ?source ?rule ?confidence ?role ?stake ?date WHERE {
  ?evidence a rekg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
            rekg:sentence ?sentence ; rekg:rule ?rule ; rekg:confidence ?confidence ;
            prov:wasDerivedFrom ?article .
  ?article dcterms:title ?title ; rekg:sourceFile ?source .
  OPTIONAL { ?evidence rekg:role ?role }
  OPTIONAL { ?evidence rekg:stake ?stake }
  OPTIONAL { ?evidence rekg:date ?date }
}"""


def graph_view(store: Store) -> GraphView:
    """Every related entity and every relation with its evidence, for the explorer."""
    edges: dict[tuple[str, str, str], list[EdgeEvidence]] = defaultdict(list)
    for row in store.query(_EDGES):
        predicate = row["p"].value[len(REKG):]
        if predicate not in PROPERTIES:
            continue
        edges[(row["s"].value, predicate, row["o"].value)].append(EdgeEvidence(
            sentence=row["sentence"].value, article_title=row["title"].value,
            article_source=row["source"].value, rule=row["rule"].value,
            confidence=float(row["confidence"].value),
            role=_value(row["role"]), stake=_value(row["stake"]), date=_value(row["date"])))
    related = {iri for s, _, o in edges for iri in (s, o)}
    nodes: dict[str, dict] = {}
    for row in store.query(_NODES):
        iri = row["entity"].value
        if iri not in related:
            continue
        node = nodes.setdefault(iri, {"label": row["label"].value, "classes": set(),
                                      "aliases": set(), "chinese": set(), "stock": None})
        node["classes"].add(row["class"].value)
        alias = row["alias"]
        if alias is not None:
            node["chinese" if (alias.language or "").startswith("zh") else "aliases"].add(alias.value)
        node["stock"] = _value(row["stock"]) or node["stock"]
    return GraphView(
        nodes=tuple(
            GraphNode(iri, n["label"], _most_specific(n["classes"]), tuple(sorted(n["aliases"])),
                      tuple(sorted(n["chinese"])), n["stock"])
            for iri, n in sorted(nodes.items())),
        edges=tuple(
            GraphEdge(s, o, p, tuple(sorted(ev, key=lambda e: -e.confidence)))
            for (s, p, o), ev in sorted(edges.items()) if s in nodes and o in nodes),
    )


def _value(term: ox.Literal | None) -> str | None:
    return None if term is None else term.value


def _most_specific(classes: set[str]) -> str:
    """One class per node: a subclass of Organization wins over Organization itself."""
    specific = sorted(classes - {"Organization"})
    return specific[0] if specific else "Organization"
