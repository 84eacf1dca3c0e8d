"""SHACL validation: zero violations on the seed graph and the fixture, precise messages when broken."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner

from rekg.cli import main
from rekg.store import EmbeddedStore
from support import by_graph
from rekg.validate import Violation, validate_store
from test_queries import DATA, load_fixture

REKG = str(Path(sys.executable).parent / "rekg")
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def fixture_store(path: Path, replace: dict[str, str] | None = None) -> EmbeddedStore:
    """The hand-made graph, with text replacements applied to its TriG first."""
    text = (DATA / "graph.trig").read_text(encoding="utf-8")
    for old, new in (replace or {}).items():
        assert old in text, old
        text = text.replace(old, new)
    store = EmbeddedStore(path)
    store.load_ontology()
    store.replace_graphs(by_graph(ox.parse(text.encode(), ox.RdfFormat.TRIG)))
    return store


def test_seed_graph_has_zero_violations(tmp_path: Path) -> None:
    store_dir = tmp_path / "seeds"
    subprocess.run([REKG, "ingest", str(SEEDS), "--store", str(store_dir)], check=True, capture_output=True)
    result = subprocess.run([REKG, "validate", "--store", str(store_dir)], capture_output=True, text=True)
    assert result.stdout == "0 violations: the graph conforms to ontology/shapes.ttl\n"
    assert result.returncode == 0


def test_fixture_has_zero_violations(tmp_path: Path) -> None:
    report = validate_store(load_fixture(EmbeddedStore(tmp_path / "store")))
    assert report.conforms, report.text()


def test_broken_graph_is_reported_precisely(tmp_path: Path) -> None:
    store = fixture_store(tmp_path / "store", {
        # a second English label
        'ent:epsilon-mine a rekg:Facility ; rdfs:label "Epsilon Mine"@en .':
            'ent:epsilon-mine a rekg:Facility ; rdfs:label "Epsilon Mine"@en , "Epsilon"@en .\n'
            # a policy owning a company (domain), with no evidence either
            '  ent:quota-2024 rekg:owns ent:gamma-mining .',
        # a confidence out of range, and an alias without a language tag
        "rekg:confidence 0.6": "rekg:confidence 1.5",
        'rdfs:label "Li Na"@en': 'rdfs:label "Li Na"@en ; skos:altLabel "Nana"',
    })
    report = validate_store(store)
    assert report.violations == (
        Violation("ent:epsilon-mine", "rdfs:label", "",
                  "an entity has exactly one English rdfs:label (its canonical name)", "rekgsh:LabelShape"),
        Violation("ent:li-na", "skos:altLabel", '"Nana"',
                  "an alias is a language-tagged literal (@en, or @zh for Chinese names)", "rekgsh:AltLabelShape"),
        Violation("ent:quota-2024", "", "ent:quota-2024",
                  "the subject of rekg:owns must be a rekg:Organization", "rekgsh:ownsShape"),
        Violation("ent:quota-2024", "rekg:owns", "ent:gamma-mining",
                  "no rekg:Evidence node reifies this relation (rdf:subject, rdf:predicate, rdf:object)",
                  "rekgsh:RelationEvidenceShape"),
        Violation("ev:a1-leads2", "rekg:confidence", '"1.5"^^<http://www.w3.org/2001/XMLSchema#decimal>',
                  "one rekg:confidence, an xsd:decimal between 0 and 1", ""),
    )
    text = report.text()
    assert text.splitlines()[0] == ("ent:epsilon-mine rdfs:label: an entity has exactly one English "
                                    "rdfs:label (its canonical name) [rekgsh:LabelShape]")
    assert text.endswith("5 violations")


def test_cli_exit_status_on_violations(tmp_path: Path) -> None:
    store = fixture_store(tmp_path / "store", {"rekg:sentence \"Li Na runs Beta Metals.\" ;": ""})
    del store
    result = CliRunner().invoke(main, ["validate", "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        'ev:a1-leads2 rekg:sentence: one non-empty rekg:sentence string',
        "1 violation",
    ]


def test_article_metadata_required(tmp_path: Path) -> None:
    report = validate_store(fixture_store(tmp_path / "store", {'rekg:contentHash "a2" ;': ""}))
    assert [str(v) for v in report.violations] == ["art:a2 rekg:contentHash: one rekg:contentHash string"]
