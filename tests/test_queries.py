"""Named queries: exact rows on a hand-made graph, safe parameters, the CLI, a seed smoke test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from rekg.cli import main
from rekg.query import (NamedQuery, QueryError, check_read_only, named_queries, named_query,
                        query_form, run_query)
from rekg.store import EmbeddedStore, Store
from support import by_graph

DATA = Path(__file__).parent / "data" / "queries"
ENT = "https://w3id.org/rekg/id/"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
REKG = str(Path(sys.executable).parent / "rekg")


def load_fixture(store: Store) -> Store:
    """The ontology plus the hand-made two-article graph."""
    store.load_ontology()
    store.replace_graphs(by_graph(ox.parse(path=str(DATA / "graph.trig"), format=ox.RdfFormat.TRIG)))
    store.flush()
    return store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return load_fixture(EmbeddedStore(tmp_path_factory.mktemp("queries") / "store"))


def rows(store: Store, name: str, **params: str) -> list[tuple[str | None, ...]]:
    """A named query's rows as tuples of term values (None when unbound), in its order."""
    query = named_query(name)
    query.check_params(params)
    result = run_query(store, query.text, params)
    names = [variable.value for variable in result.variables]
    return [tuple(None if row[n] is None else row[n].value for n in names) for row in result]


def test_named_queries_are_documented() -> None:
    expected = {"companies-by-province", "evidence", "leaders", "most-connected",
                "owns-transitively", "policies-by-issuer", "ultimate-parent"}
    assert expected <= set(named_queries())
    for name in named_queries():
        query = named_query(name)
        assert query.summary, name
        assert query_form(query.text) == "SELECT"
    assert named_query("evidence").params.keys() == {"subject", "property", "object"}
    assert named_query("owns-transitively").params.keys() == {"entity"}
    assert named_query("leaders").params == {}


def test_owns_transitively_follows_owns_and_inverse_subsidiary_of(store: Store) -> None:
    expected = [("Alpha Group", ENT + "beta-metals", "Beta Metals"),
                ("Alpha Group", ENT + "delta-magnets", "Delta Magnets"),
                ("Alpha Group", ENT + "epsilon-mine", "Epsilon Mine"),
                ("Alpha Group", ENT + "gamma-mining", "Gamma Mining")]
    assert rows(store, "owns-transitively", entity="Alpha Group") == expected
    # by alias, case-insensitively, in Chinese, and by IRI: the same entity
    assert [r[1:] for r in rows(store, "owns-transitively", entity="alpha")] == [r[1:] for r in expected]
    assert [r[1:] for r in rows(store, "owns-transitively", entity="阿尔法集团")] == [r[1:] for r in expected]
    assert [r[1:] for r in rows(store, "owns-transitively", entity="ent:alpha-group")] == [r[1:] for r in expected]
    assert rows(store, "owns-transitively", entity="Gamma Mining") == [
        ("Gamma Mining", ENT + "epsilon-mine", "Epsilon Mine")]
    assert rows(store, "owns-transitively", entity="Epsilon Mine") == []


def test_ultimate_parent(store: Store) -> None:
    for company in ("Epsilon Mine", "Delta Magnets", "Beta Metals"):
        assert rows(store, "ultimate-parent", entity=company) == [(company, ENT + "alpha-group", "Alpha Group")]
    assert rows(store, "ultimate-parent", entity="Alpha Group") == []


def test_leaders_with_roles(store: Store) -> None:
    assert rows(store, "leaders") == [
        (ENT + "wang-wei", "Wang Wei", ENT + "alpha-group", "Alpha Group", "Chairman"),
        (ENT + "li-na", "Li Na", ENT + "beta-metals", "Beta Metals", None),
    ]


def test_policies_by_issuer(store: Store) -> None:
    assert rows(store, "policies-by-issuer") == [
        (ENT + "ministry-of-finance", "Ministry of Finance", ENT + "quota-2024", "Quota 2024")]


def test_companies_by_province_through_cities(store: Store) -> None:
    assert rows(store, "companies-by-province") == [
        (ENT + "inner-mongolia", "Inner Mongolia", ENT + "gamma-mining", "Gamma Mining"),
        (ENT + "jiangxi", "Jiangxi", ENT + "alpha-group", "Alpha Group"),
    ]


def test_evidence_for_a_fact_from_both_articles(store: Store) -> None:
    found = rows(store, "evidence", subject="Alpha", property="owns", object="beta metals")
    assert [(r[3], r[4], r[6], r[7], r[8], r[9], r[10], r[12]) for r in found] == [
        ("https://w3id.org/rekg/evidence/a1-owns", "Alpha Group holds 51% of Beta Metals.",
         "Alpha Group restructures", "0", "37", "owns-stake", "0.9", "51%"),
        ("https://w3id.org/rekg/evidence/a2-owns", "Beta Metals, a unit of Alpha, met the quota.",
         'Quota "2024" announced', "10", "54", "owns-unit-of", "0.7", None),
    ]
    same = rows(store, "evidence", subject="ent:alpha-group", property="rekg:owns", object="ent:beta-metals")
    assert [r[3] for r in same] == [r[3] for r in found]
    assert rows(store, "evidence", subject="Alpha", property="leads", object="Beta Metals") == []


def test_most_connected_counts_distinct_facts(store: Store) -> None:
    assert [(r[1], r[2]) for r in rows(store, "most-connected")] == [
        ("Beta Metals", "4"), ("Alpha Group", "3"), ("Gamma Mining", "3"), ("Baotou", "2"),
        ("Delta Magnets", "1"), ("Epsilon Mine", "1"), ("Inner Mongolia", "1"), ("Jiangxi", "1"),
        ("Li Na", "1"), ("Ministry of Finance", "1"), ("Quota 2024", "1"), ("Wang Wei", "1")]


def test_parameters_are_values_never_query_text(store: Store) -> None:
    hostile = 'x")) } UNION { ?entity ?p ?o } #'
    assert rows(store, "owns-transitively", entity=hostile) == []
    with pytest.raises(QueryError, match="needs --param entity"):
        named_query("owns-transitively").check_params({})
    with pytest.raises(QueryError, match="no parameter 'company'"):
        named_query("owns-transitively").check_params({"entity": "x", "company": "y"})


def test_named_query_header_parsing(tmp_path: Path) -> None:
    path = tmp_path / "demo.rq"
    path.write_text("# First line.\n# second line.\n# param who: a person\nSELECT ?who WHERE { }\n")
    assert NamedQuery.read(path) == NamedQuery("demo", "First line. second line.", {"who": "a person"},
                                               path.read_text())


@pytest.mark.parametrize("text, word", [
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("LOAD <http://example.org/data.ttl>", "LOAD"),
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "INSERT"),
    ("DELETE WHERE { ?s ?p ?o }", "DELETE"),
    ("DEFINE get:soft \"replace\" SELECT * WHERE { ?s ?p ?o }", "DEFINE"),
    ("SELECT * FROM <http://example.org/remote.ttl> WHERE { ?s ?p ?o }", "FROM"),
    ("PREFIX ex: <http://example.org/>\nSELECT * FROM NAMED ex:g WHERE { ?s ?p ?o }", "FROM"),
])
def test_refused(text: str, word: str) -> None:
    with pytest.raises(QueryError, match=word):
        check_read_only(text)


@pytest.mark.parametrize("text", [
    'SELECT ?load ?service WHERE { ?load rdfs:label "LOAD SERVICE DROP" } # INSERT',
    "SELECT * FROM <https://w3id.org/rekg/article/a1> WHERE { ?s rekg:drop ?o }",
    "SELECT * FROM art:a1 WHERE { ?s ?p ?o }",
])
def test_not_refused(text: str) -> None:
    check_read_only(text)


def test_cli_list_and_params(store: Store, tmp_path: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(main, ["query", "--list"])
    assert listed.exit_code == 0
    assert "owns-transitively" in listed.output and "--param entity=" in listed.output
    path = str(store.path)  # type: ignore[attr-defined]
    missing = runner.invoke(main, ["query", "owns-transitively", "--store", path])
    assert missing.exit_code == 1 and "needs --param entity=VALUE" in missing.output


def test_cli_refuses_before_opening_any_store() -> None:
    refused = CliRunner().invoke(main, ["query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
                                        "--store", "/nonexistent"])
    assert refused.exit_code == 1 and "SERVICE is not allowed" in refused.output


def test_seed_smoke_baogang_owns_closure(tmp_path: Path) -> None:
    store_dir = tmp_path / "seeds"
    subprocess.run([REKG, "ingest", str(SEEDS), "--store", str(store_dir)],
                   check=True, capture_output=True)
    result = subprocess.run(
        [REKG, "query", "owns-transitively", "--param", "entity=Baogang",
         "--store", str(store_dir), "--format", "csv"], check=True, capture_output=True, text=True)
    owned = {line.split(",")[1] for line in result.stdout.splitlines()[1:]}
    assert {ENT + "china-northern-rare-earth-group", ENT + "baotou-rare-earth-research-institute",
            ENT + "gansu-rare-earth", ENT + "wuhai-mining"} <= owned
