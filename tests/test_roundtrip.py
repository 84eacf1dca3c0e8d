"""Round trips: every export format, re-imported into a fresh store, gives the same graph.

Exports go through the real CLI; literals are adversarial (quotes, backslashes, line
breaks, CJK, emoji, U+2028, angle brackets). The ontology graph has blank nodes (OWL
lists), so graphs are compared with rdflib's isomorphism check, graph by graph.
"""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from rekg.pipeline import Pipeline
from rekg.store import EXPORT_FORMATS, QUAD_FORMATS, EmbeddedStore
from rekg.vocab import ENT, RDFS, SKOS
from support import system_tool

ROOT = Path(__file__).resolve().parent.parent
REKG = str(Path(sys.executable).parent / "rekg")
ADVERSARIAL_GRAPH = "https://example.org/rekg-test/adversarial"
NASTY = [
    'He said "Baotou \'Steel\'" & left',
    "back\\slash \\n \\u0041 \\\\",
    "line one\nline two\r\nline three\ttab",
    "北方稀土集团 (包钢)",
    "magnets 🧲 and 😀 and \U0001F1E8\U0001F1F3",
    "para\u2028graph\u2029end",
    "<script>alert('x')</script> a > b < c",
    "trailing space ",
    "",
    '"""triple quotes"""',
    "# not a comment . ; ,",
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with two real articles and one graph of adversarial literals."""
    folder = tmp_path_factory.mktemp("roundtrip")
    article = folder / "nasty.txt"
    article.write_text(
        'Baotou Steel said "quotes" and back\\slashes <b>bold</b> > 5 < 9.\n'
        "China Northern Rare Earth (北方稀土) owns Baotou Huamei Rare Earth 😀.\n", encoding="utf-8")
    path = folder / "store"
    store = EmbeddedStore(path)
    Pipeline(store).ingest([ROOT / "seeds", article])
    graph = ox.NamedNode(ADVERSARIAL_GRAPH)
    node = ox.NamedNode(ENT + "adversarial-entity")
    quads = [ox.Quad(node, ox.NamedNode(SKOS + "altLabel"), ox.Literal(text, language="en"), graph)
             for text in NASTY]
    quads += [ox.Quad(node, ox.NamedNode(RDFS + "comment"), ox.Literal(text), graph) for text in NASTY]
    quads.append(ox.Quad(node, ox.NamedNode(RDFS + "label"), ox.Literal("中文 label", language="zh"), graph))
    store.replace_graph(ADVERSARIAL_GRAPH, quads)
    store.flush()
    del store
    gc.collect()  # the pipeline's reference cycle holds the writer open until collected
    return path


def quads_of(path: Path) -> list[ox.Quad]:
    return list(EmbeddedStore(path, read_only=True)._store)


def graphs(quads: list[ox.Quad]) -> dict[str, Graph]:
    """The dataset as rdflib graphs keyed by graph name ('' for the default graph)."""
    grouped: dict[str, list[ox.Triple]] = {}
    for quad in quads:
        name = "" if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name)
        grouped.setdefault(name, []).append(ox.Triple(quad.subject, quad.predicate, quad.object))
    return {name: Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
            for name, triples in grouped.items()}


def assert_isomorphic(left: dict[str, Graph], right: dict[str, Graph]) -> None:
    assert sorted(left) == sorted(right)
    for name in left:
        assert len(left[name]) == len(right[name]) and isomorphic(left[name], right[name]), name


def export(store: Path, fmt: str, output: Path) -> None:
    result = subprocess.run([REKG, "export", "--store", str(store), "--format", fmt, "-o", str(output)],
                            capture_output=True, text=True, timeout=120, check=False)
    assert (result.returncode, result.stderr) == (0, f"wrote {output}\n")


@pytest.mark.parametrize("fmt", sorted(set(EXPORT_FORMATS) - {"graphml"}))
def test_export_reimports_isomorphic(store_path: Path, tmp_path: Path, fmt: str) -> None:
    original = quads_of(store_path)
    for text in NASTY:
        assert ox.Quad(ox.NamedNode(ENT + "adversarial-entity"), ox.NamedNode(RDFS + "comment"),
                       ox.Literal(text), ox.NamedNode(ADVERSARIAL_GRAPH)) in original
    output = tmp_path / f"export.{fmt}"
    export(store_path, fmt, output)
    fresh = ox.Store(str(tmp_path / "fresh"))
    with output.open("rb") as stream:
        fresh.extend(ox.parse(stream, EXPORT_FORMATS[fmt]))
    expected = graphs(original)
    if fmt not in QUAD_FORMATS:  # triple formats write the union, the default graph
        expected = {"": expected[""]}
    assert_isomorphic(graphs(list(fresh)), expected)


RAPPER = shutil.which("rapper")


@pytest.mark.parametrize(("fmt", "syntax"), [("turtle", "turtle"), ("nt", "ntriples")])
def test_raptor_accepts_turtle_and_ntriples(store_path: Path, tmp_path: Path, fmt: str, syntax: str) -> None:
    rapper = system_tool(RAPPER, "raptor2-utils")
    output = tmp_path / f"export.{fmt}"
    export(store_path, fmt, output)
    result = subprocess.run([rapper, "-i", syntax, "-o", "ntriples", str(output)],
                            capture_output=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr.decode()
    assert b"rapper: Error" not in result.stderr and b"rapper: Warning" not in result.stderr
    assert_isomorphic({"": Graph().parse(data=result.stdout, format="nt")},
                      {"": graphs(quads_of(store_path))[""]})


def test_failed_export_leaves_the_previous_file_untouched(tmp_path: Path) -> None:
    good = tmp_path / "rekg.ttl"
    good.write_bytes(b"<urn:a> <urn:b> <urn:c> .\n")
    result = subprocess.run([REKG, "export", "--store", str(tmp_path / "missing"), "-o", str(good)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert result.stderr == f"Error: no rekg store at {tmp_path / 'missing'} (run `rekg ingest` first)\n"
    assert good.read_bytes() == b"<urn:a> <urn:b> <urn:c> .\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rekg.ttl"]


def test_export_interrupted_mid_write_keeps_the_good_file(store_path: Path, tmp_path: Path) -> None:
    from rekg.cli import _atomic_output

    good = tmp_path / "rekg.ttl"
    good.write_bytes(b"<urn:a> <urn:b> <urn:c> .\n")
    with pytest.raises(OSError, match="disk full"):
        with _atomic_output(good) as stream:
            stream.write(b"@prefix rekg: <https://")
            raise OSError("disk full")
    assert good.read_bytes() == b"<urn:a> <urn:b> <urn:c> .\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rekg.ttl"]
    export(store_path, "nt", good)
    assert oct(good.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_query_syntax_error_names_line_and_column(store_path: Path) -> None:
    result = subprocess.run([REKG, "query", "--store", str(store_path), "SELECT ?x\nWHERE { ?x ?y }"],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert result.stderr == "Error: SPARQL syntax error at 2:16: expected one of LATERAL, SERVICE, [_]\n"


@pytest.mark.parametrize(("sparql", "keyword"), [
    ("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("LOAD <http://example.org/data.ttl>", "LOAD"),
])
def test_query_refuses_service_and_load(store_path: Path, sparql: str, keyword: str) -> None:
    result = subprocess.run([REKG, "query", "--store", str(store_path), sparql],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert result.stderr.startswith(f"Error: {keyword} is not allowed")
