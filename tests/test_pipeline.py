"""The whole path through the real CLI: seeds -> on-disk store -> SPARQL, Turtle and HTML."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

from support import system_tool

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
EVAL = ROOT.parent / "shared" / "eval"
REKG = rdflib.Namespace("https://w3id.org/rekg/ontology#")
ENT = rdflib.Namespace("https://w3id.org/rekg/id/")


def rekg(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the installed rekg command."""
    command = [str(Path(sys.executable).parent / "rekg"), *args]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300)
    if check and result.returncode != 0:
        raise AssertionError(f"rekg {' '.join(args)} failed:\n{result.stderr}")
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build")
    rekg("build", "--seeds", str(SEEDS), "--out", str(out))
    return out


def test_build_writes_turtle_and_html(built: Path):
    assert (built / "rekg.ttl").stat().st_size > 0
    assert (built / "graph.html").stat().st_size > 0


def test_turtle_parses_with_raptor(built: Path):
    rapper = system_tool(shutil.which("rapper"), "raptor2-utils")
    result = subprocess.run([rapper, "-i", "turtle", "-c", str(built / "rekg.ttl")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert re.search(r"Parsing returned \d+ triples", result.stderr)


def test_turtle_has_ownership_with_its_evidence_sentence(built: Path):
    graph = rdflib.Graph().parse(built / "rekg.ttl", format="turtle")
    assert (ENT["baogang"], REKG.owns, ENT["china-northern-rare-earth-group"]) in graph
    sentences = {
        str(graph.value(evidence, REKG.sentence))
        for evidence in graph.subjects(rdflib.RDF.subject, ENT["baogang"])
        if graph.value(evidence, rdflib.RDF.object) == ENT["china-northern-rare-earth-group"]
    }
    assert any(s.startswith("China’s Ministry of Industry and Information Technology (MIIT) has "
                            "selected two subsidiaries of Baogang Group—China Northern Rare Earth Group")
               for s in sentences), sentences
    assert not any(isinstance(node, rdflib.BNode) for node in graph.subjects()
                   if str(node).startswith(str(ENT)))


def test_html_references_no_remote_host(built: Path):
    html = (built / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html, re.IGNORECASE)
    assert "Baogang" in html


def test_query_json_lists_what_baogang_owns(built: Path):
    result = rekg("query", "--store", str(built / "store"), "--format", "json",
                  "SELECT ?o WHERE { ent:baogang rekg:owns ?o }")
    document = json.loads(result.stdout)
    assert document["head"]["vars"] == ["o"]
    assert {b["o"]["value"].rsplit("/", 1)[-1] for b in document["results"]["bindings"]} == {
        "china-northern-rare-earth-group", "baotou-rare-earth-research-institute",
        "gansu-rare-earth", "wuhai-mining"}
    assert {b["o"]["type"] for b in document["results"]["bindings"]} == {"uri"}


def test_query_csv_and_table(built: Path):
    csv_out = rekg("query", "--store", str(built / "store"), "--format", "csv",
                   "SELECT ?s WHERE { ?s rekg:leads ent:baogang } ORDER BY ?s").stdout
    assert csv_out.splitlines() == ["s", "https://w3id.org/rekg/id/li-xiao",
                                    "https://w3id.org/rekg/id/meng-fanying"]
    table = rekg("query", "--store", str(built / "store"),
                 "SELECT ?s WHERE { ?s rekg:leads ent:baogang } ORDER BY ?s").stdout
    assert table.splitlines()[2:] == ["ent:li-xiao", "ent:meng-fanying", "(2 rows)"]


def test_reingest_is_idempotent(built: Path, tmp_path: Path):
    store = tmp_path / "store"
    first = rekg("ingest", str(SEEDS), "--store", str(store)).stdout
    second = rekg("ingest", str(SEEDS), "--store", str(store)).stdout
    quads = [re.search(r"store holds (\d+) quads", out).group(1) for out in (first, second)]
    assert quads[0] == quads[1]
    assert second.startswith("0 ingested, 5 unchanged, 0 skipped")


def test_bad_file_is_reported_and_skipped(tmp_path: Path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    shutil.copy(next(SEEDS.glob("004_*.txt")), folder / "good.txt")
    result = rekg("ingest", str(folder), "--store", str(tmp_path / "store"))
    assert f"skipped {folder / 'empty.txt'}: empty file" in result.stderr
    assert result.stdout.startswith("1 ingested, 0 unchanged, 1 skipped")


def test_nothing_ingested_is_an_error(tmp_path: Path):
    (tmp_path / "empty.txt").write_text("")
    result = rekg("ingest", str(tmp_path / "empty.txt"), "--store", str(tmp_path / "store"), check=False)
    assert result.returncode == 1
    assert "Error: nothing could be ingested" in result.stderr


def overall_scores(gold: Path, entities: Path, articles: Path) -> tuple[float, float, float]:
    result = rekg("eval", str(gold), str(entities), str(articles))
    overall = next(line for line in result.stdout.splitlines() if line.startswith("overall"))
    precision, recall, f1 = (float(x) for x in overall.split()[1:4])
    return precision, recall, f1


def test_eval_on_the_seed_development_set():
    if not EVAL.exists():
        pytest.skip("../shared/eval is not beside this checkout")
    assert overall_scores(EVAL / "seeds_gold.tsv", EVAL / "seeds_entities.tsv", SEEDS)[2] >= 0.9


def test_eval_on_articles_written_for_generalisation():
    articles = ROOT / "tests" / "data" / "articles"
    precision, recall, f1 = overall_scores(articles / "gold.tsv", articles / "entities.tsv", articles)
    assert precision >= 0.9 and f1 >= 0.85


def test_eval_scores_leads_apart_from_works_for_when_asked(tmp_path: Path):
    """By default "leads" counts as "worksFor"; --leads-apart tells a deputy from a leader."""
    (tmp_path / "01_a.txt").write_text("Visit\n\nLu Fang, vice president of Kexin Magnetics, spoke.\n")
    (tmp_path / "gold.tsv").write_text("Lu Fang\tleads\tKexin Magnetics\t1\t01\n")
    (tmp_path / "entities.tsv").write_text("Lu Fang\tPerson\t\nKexin Magnetics\tCompany\t\n")
    paths = [str(tmp_path / name) for name in ("gold.tsv", "entities.tsv", "01_a.txt")]
    assert overall_scores(*map(Path, paths)) == (1.0, 1.0, 1.0)
    apart = rekg("eval", "--leads-apart", *paths).stdout
    assert "misses (1):\n  [01] Lu Fang leads Kexin Magnetics" in apart


def test_one_node_for_baogang_named_four_ways_in_four_articles(tmp_path: Path):
    folder = tmp_path / "articles"
    folder.mkdir()
    names = ["Baotou Iron and Steel (Group) Co., Ltd.", "Baotou Steel", "Baogang Group", "包钢"]
    for number, name in enumerate(names):
        (folder / f"{number}.txt").write_text(
            f"Report {number}\n\n{name} holds {30 + number}% of Wuhai Mining.\n", encoding="utf-8")
    store = tmp_path / "store"
    rekg("ingest", str(folder), "--store", str(store))
    result = rekg("query", "--store", str(store), "--format", "csv",
                  "SELECT DISTINCT ?s WHERE { ?s rekg:owns ent:wuhai-mining }")
    assert result.stdout.splitlines() == ["s", "https://w3id.org/rekg/id/baogang"]
    stakes = rekg("query", "--store", str(store), "--format", "csv",
                  "SELECT ?stake WHERE { ?e rdf:subject ent:baogang ; rekg:stake ?stake } ORDER BY ?stake")
    assert stakes.stdout.splitlines() == ["stake", "30%", "31%", "32%", "33%"]


def test_graphml_export_for_gephi(built: Path, tmp_path: Path):
    import networkx as nx

    target = tmp_path / "graph.graphml"
    rekg("export", "--store", str(built / "store"), "--format", "graphml", "-o", str(target))
    graph = nx.read_graphml(target, force_multigraph=True)
    baogang = graph.nodes[str(ENT["baogang"])]
    assert (baogang["label"], baogang["cls"]) == ("Baogang", "Company")
    assert graph.has_edge(str(ENT["baogang"]), str(ENT["wuhai-mining"]), key="owns")


def test_min_confidence_filters_and_a_new_threshold_reingests(tmp_path: Path):
    store = str(tmp_path / "store")
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?e a rekg:Evidence }"
    rekg("ingest", str(SEEDS), "--store", store)
    everything = int(rekg("query", "--store", store, "--format", "csv", count).stdout.split()[1])
    second = rekg("ingest", str(SEEDS), "--store", store, "--min-confidence", "0.85").stdout
    assert second.startswith("5 ingested, 0 unchanged")
    confident = int(rekg("query", "--store", store, "--format", "csv", count).stdout.split()[1])
    assert 0 < confident < everything
    low = rekg("query", "--store", store, "--format", "csv",
               "SELECT ?c WHERE { ?e rekg:confidence ?c FILTER(?c < 0.85) }").stdout
    assert low.splitlines() == ["c"]
