"""The HTML explorer's page (no browser needed) and the networkx analysis behind it."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from html import unescape
from pathlib import Path

import networkx as nx
import pytest
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

from rekg.analysis import (filter_confidence, find_nodes, layout, neighbourhood, node_degree,
                           node_importance, ownership_chain, to_networkx, write_graphml)
from rekg.model import EdgeEvidence, GraphEdge, GraphNode, GraphView
from rekg.render import LARGE_GRAPH, render_html

NS = "https://rekg.example/id/"
XSS_LABEL = "<img src=x onerror=alert(1)>"
XSS_SCRIPT = "</script><script>alert(1)</script>"
XSS_ATTR = '"href"'


def iri(slug: str) -> str:
    return NS + slug


def evidence(sentence: str, confidence: float, **qualifiers: str) -> EdgeEvidence:
    return EdgeEvidence(sentence=sentence, article_title="Baogang reshapes its rare earth arm",
                        article_source="seed1.txt", rule="test-rule", confidence=confidence,
                        **qualifiers)


NODES = (
    GraphNode(iri("inner-mongolia-sasac"), "Inner Mongolia SASAC", "GovernmentBody"),
    GraphNode(iri("baogang"), "Baogang", "Company",
              aliases=("Baotou Iron and Steel Group", "Baogang Group"), chinese=("包钢集团",)),
    GraphNode(iri("northern-rare-earth"), "China Northern Rare Earth Group", "Company",
              aliases=("Northern Rare Earth",), chinese=("北方稀土",), stock_code="600111.SH"),
    GraphNode(iri("li-xiao"), "Li Xiao", "Person"),
    GraphNode(iri("baotou"), "Baotou", "Place", chinese=("包头",)),
    GraphNode(iri("baotou-huamei"), "Baotou Huamei Rare Earth", "Company"),
    GraphNode(iri("ndpr-oxide"), "NdPr oxide", "Product"),
    GraphNode(iri("miit"), "Ministry of Industry and Information Technology", "GovernmentBody",
              aliases=("MIIT",)),
    GraphNode(iri("mining-quota-2024"), "2024 rare earth mining quota", "Policy"),
)
OWNS_SENTENCE = "Baogang holds a 36.71% stake in China Northern Rare Earth Group."
LEADS_SENTENCE = "Li Xiao, General Manager of Baogang, visited the plant."
EDGES = (
    GraphEdge(iri("inner-mongolia-sasac"), iri("baogang"), "owns",
              (evidence("The regional SASAC controls Baogang.", 0.7),)),
    GraphEdge(iri("baogang"), iri("northern-rare-earth"), "owns",
              (evidence(OWNS_SENTENCE, 0.9, stake="36.71%"),)),
    GraphEdge(iri("li-xiao"), iri("baogang"), "leads",
              (evidence(LEADS_SENTENCE, 0.85, role="General Manager", date="2024-03-01"),)),
    GraphEdge(iri("baogang"), iri("baotou"), "locatedIn",
              (evidence("Baogang, based in Baotou, ...", 0.6),)),
    GraphEdge(iri("baotou-huamei"), iri("northern-rare-earth"), "subsidiaryOf",
              (evidence("Huamei, a unit of Northern Rare Earth, ...", 0.8),)),
    GraphEdge(iri("northern-rare-earth"), iri("ndpr-oxide"), "produces",
              (evidence("Northern Rare Earth produces NdPr oxide.", 0.95),
               evidence("Output of NdPr may rise.", 0.4))),
    GraphEdge(iri("miit"), iri("mining-quota-2024"), "issued",
              (evidence("MIIT issued the 2024 quota.", 0.9),)),
    GraphEdge(iri("northern-rare-earth"), iri("mining-quota-2024"), "participatesIn",
              (evidence("Northern Rare Earth got most of the quota.", 0.5),)),
)


def sample_view() -> GraphView:
    """Nine entities around Baogang and eight relations with evidence."""
    return GraphView(nodes=NODES, edges=EDGES)


def adversarial_view() -> GraphView:
    """A node whose names and evidence are markup and script."""
    evil = GraphNode(iri("evil"), XSS_LABEL, "Company", aliases=(XSS_ATTR,), chinese=(XSS_SCRIPT,))
    edge = GraphEdge(iri("evil"), iri("baogang"), "supplies",
                     (evidence(f"{XSS_SCRIPT} {XSS_LABEL} {XSS_ATTR} \u2028 <!-- & -->", 0.9,
                               role=XSS_LABEL),))
    view = sample_view()
    return GraphView(nodes=(*view.nodes, evil), edges=(*view.edges, edge))


def json_block(html: str, element_id: str) -> object:
    match = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', html, re.S)
    assert match, element_id
    return json.loads(match.group(1))


def render(tmp_path: Path, view: GraphView, **kwargs: object) -> str:
    return render_html(view, tmp_path / "graph.html", **kwargs).read_text(encoding="utf-8")


# --- the page ---------------------------------------------------------------------------

def test_page_references_no_remote_resource(tmp_path: Path) -> None:
    html = render(tmp_path, sample_view())
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert not re.search(r"@import", html)
    assert not re.search(r"<(?:link|iframe|object|embed|img)\b", html, re.I)
    assert "default-src &#39;none&#39;" in html  # and the CSP forbids any request


def test_csp_allows_exactly_the_inline_scripts(tmp_path: Path) -> None:
    html = render(tmp_path, sample_view())
    csp = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1))
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 2  # vis-network and the explorer
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_data_holds_exactly_the_view(tmp_path: Path) -> None:
    html = render(tmp_path, sample_view())
    nodes = json_block(html, "rekg-nodes")
    edges = json_block(html, "rekg-edges")
    assert [n["id"] for n in nodes] == [n.iri for n in NODES]
    assert [(n["label"], n["group"]) for n in nodes] == [(n.label, n.cls) for n in NODES]
    cnre = next(n for n in nodes if n["id"] == iri("northern-rare-earth"))
    assert cnre["aliases"] == ["Northern Rare Earth"] and cnre["chinese"] == ["北方稀土"]
    assert cnre["stock_code"] == "600111.SH"
    assert cnre["chain"] == [iri("northern-rare-earth"), iri("baogang"), iri("inner-mongolia-sasac")]
    assert [(e["from"], e["to"], e["predicate"]) for e in edges] == [
        (e.source, e.target, e.predicate) for e in EDGES]
    leads = next(e for e in edges if e["predicate"] == "leads")
    assert leads["evidence"] == [{
        "sentence": LEADS_SENTENCE, "article_title": "Baogang reshapes its rare earth arm",
        "article_source": "seed1.txt", "rule": "test-rule", "confidence": 0.85,
        "role": "General Manager", "date": "2024-03-01"}]
    assert "北方稀土" in html  # kept as UTF-8, not \u-escaped


def test_untrusted_text_never_appears_raw(tmp_path: Path) -> None:
    view = adversarial_view()
    html = render(tmp_path, view, title=f"{XSS_LABEL} {XSS_ATTR}")
    for raw in (XSS_LABEL, XSS_SCRIPT, XSS_ATTR, "<!--", "\u2028", "alert(1)</script>"):
        assert raw not in html, raw
    assert html.count("</script>") == 5  # 3 data blocks + 2 scripts: nothing closed early
    assert "<title>&lt;img src=x onerror=alert(1)&gt; &#34;href&#34;</title>" in html
    # ...and the data still reads back as the very same text
    nodes = json_block(html, "rekg-nodes")
    evil = next(n for n in nodes if n["id"] == iri("evil"))
    assert (evil["label"], evil["aliases"], evil["chinese"]) == (XSS_LABEL, [XSS_ATTR], [XSS_SCRIPT])
    edge = json_block(html, "rekg-edges")[-1]
    assert edge["evidence"][0]["sentence"] == view.edges[-1].evidence[0].sentence


def test_min_confidence_leaves_out_weak_evidence(tmp_path: Path) -> None:
    html = render(tmp_path, sample_view(), min_confidence=0.8)
    edges = json_block(html, "rekg-edges")
    assert len(edges) == 5
    produces = next(e for e in edges if e["predicate"] == "produces")
    assert [ev["sentence"] for ev in produces["evidence"]] == ["Northern Rare Earth produces NdPr oxide."]
    assert "Output of NdPr may rise." not in html


def test_small_graph_uses_physics_large_graph_precomputed_positions(tmp_path: Path) -> None:
    small = render(tmp_path, sample_view())
    options = json_block(small, "rekg-options")
    assert options["physics"]["enabled"] is True
    assert all("x" not in n for n in json_block(small, "rekg-nodes"))

    n = LARGE_GRAPH + 100
    nodes = tuple(GraphNode(iri(f"n{i}"), f"Company {i}", "Company") for i in range(n))
    edges = tuple(GraphEdge(iri(f"n{i}"), iri(f"n{(i * 7 + 1) % n}"), "supplies") for i in range(n))
    large = render(tmp_path, GraphView(nodes, edges))
    options = json_block(large, "rekg-options")
    assert options["physics"]["enabled"] is False
    assert options["edges"]["smooth"] is False
    positions = [(p["x"], p["y"]) for p in json_block(large, "rekg-nodes")]
    assert len(set(positions)) == n


def test_empty_view_renders(tmp_path: Path) -> None:
    html = render(tmp_path, GraphView((), ()))
    assert json_block(html, "rekg-nodes") == [] and json_block(html, "rekg-edges") == []


# --- analysis ---------------------------------------------------------------------------

def slugs(view: GraphView) -> set[str]:
    return {n.iri.removeprefix(NS) for n in view.nodes}


def edge_triples(view: GraphView) -> set[tuple[str, str, str]]:
    return {(e.source.removeprefix(NS), e.predicate, e.target.removeprefix(NS)) for e in view.edges}


def test_to_networkx_keeps_attributes() -> None:
    graph = to_networkx(sample_view())
    assert isinstance(graph, nx.MultiDiGraph)
    assert graph.number_of_nodes() == 9 and graph.number_of_edges() == 8
    assert graph.nodes[iri("northern-rare-earth")]["stock_code"] == "600111.SH"
    assert graph.nodes[iri("baogang")]["chinese"] == ("包钢集团",)
    produces = graph.edges[iri("northern-rare-earth"), iri("ndpr-oxide"), "produces"]
    assert produces == {"predicate": "produces", "evidence_count": 2, "confidence": 0.95}


def test_neighbourhood_depth_one_and_two() -> None:
    view = sample_view()
    one = neighbourhood(view, "Baogang", 1)
    assert slugs(one) == {"baogang", "inner-mongolia-sasac", "northern-rare-earth", "li-xiao", "baotou"}
    assert edge_triples(one) == {("inner-mongolia-sasac", "owns", "baogang"),
                                 ("baogang", "owns", "northern-rare-earth"),
                                 ("li-xiao", "leads", "baogang"),
                                 ("baogang", "locatedIn", "baotou")}
    two = neighbourhood(view, "Baogang", 2)
    assert slugs(two) == slugs(one) | {"baotou-huamei", "ndpr-oxide", "mining-quota-2024"}
    assert edge_triples(two) == edge_triples(view) - {("miit", "issued", "mining-quota-2024")}
    assert slugs(neighbourhood(view, "Baogang", 0)) == {"baogang"}
    assert neighbourhood(view, "Baogang", 3) == view


@pytest.mark.parametrize("name", ["baogang", "BAOGANG GROUP", "包钢集团", iri("baogang"), " Baogang "])
def test_neighbourhood_matches_any_name(name: str) -> None:
    assert find_nodes(sample_view(), name) == [iri("baogang")]


def test_neighbourhood_unknown_entity_suggests_close_names() -> None:
    with pytest.raises(LookupError, match=r"'Baogan'.*Did you mean: Baogang"):
        neighbourhood(sample_view(), "Baogan", 1)
    with pytest.raises(LookupError, match="No entity named 'zzz' among 9 entities"):
        neighbourhood(sample_view(), "zzz", 1)


def test_filter_confidence_drops_weak_evidence_and_edges() -> None:
    view = filter_confidence(sample_view(), 0.8)
    assert view.nodes == NODES
    assert edge_triples(view) == {("baogang", "owns", "northern-rare-earth"),
                                  ("li-xiao", "leads", "baogang"),
                                  ("baotou-huamei", "subsidiaryOf", "northern-rare-earth"),
                                  ("northern-rare-earth", "produces", "ndpr-oxide"),
                                  ("miit", "issued", "mining-quota-2024")}
    produces = next(e for e in view.edges if e.predicate == "produces")
    assert [ev.confidence for ev in produces.evidence] == [0.95]
    assert filter_confidence(sample_view(), 0.0) == sample_view()


def test_node_importance_is_pagerank() -> None:
    view = sample_view()
    rank = node_importance(view)
    expected = _pagerank_python(nx.MultiGraph(to_networkx(view)), tol=1e-10, max_iter=1000)
    assert rank.keys() == expected.keys()
    assert all(math.isclose(rank[k], expected[k], abs_tol=1e-6) for k in rank)
    assert math.isclose(sum(rank.values()), 1.0)
    top_two = set(sorted(rank, key=rank.get)[-2:])  # the most connected, whatever the direction
    assert top_two == {iri("baogang"), iri("northern-rare-earth")}


def test_node_importance_on_edgeless_and_empty_graphs() -> None:
    assert node_importance(GraphView(NODES[:4], ())) == {n.iri: 0.25 for n in NODES[:4]}
    assert node_importance(GraphView((), ())) == {}


def test_node_degree() -> None:
    degree = node_degree(sample_view())
    assert degree[iri("baogang")] == 4 and degree[iri("northern-rare-earth")] == 4
    assert degree[iri("miit")] == 1


def test_ownership_chain_follows_owns_and_subsidiary_of() -> None:
    view = sample_view()
    assert ownership_chain(view, iri("baotou-huamei")) == [
        iri("baotou-huamei"), iri("northern-rare-earth"), iri("baogang"), iri("inner-mongolia-sasac")]
    assert ownership_chain(view, iri("li-xiao")) == [iri("li-xiao")]
    with pytest.raises(LookupError):
        ownership_chain(view, iri("nobody"))


def test_ownership_chain_is_cycle_safe_and_follows_the_largest_stake() -> None:
    a, b, c = (GraphNode(iri(s), s.upper(), "Company") for s in "abc")
    edges = (GraphEdge(a.iri, b.iri, "owns", (evidence("A owns B", 0.9),)),
             GraphEdge(b.iri, a.iri, "owns", (evidence("B owns A", 0.9),)),
             GraphEdge(b.iri, c.iri, "owns", (evidence("B has 20% of C", 0.9, stake="20%"),)),
             GraphEdge(c.iri, a.iri, "subsidiaryOf", (evidence("C is 51% owned by A", 0.5, stake="51%"),)))
    view = GraphView((a, b, c), edges)
    assert ownership_chain(view, a.iri) == [a.iri, b.iri]
    assert ownership_chain(view, c.iri) == [c.iri, a.iri, b.iri]


def test_layout_places_every_node_apart() -> None:
    view = adversarial_view()
    positions = layout(view)
    assert positions.keys() == {n.iri for n in view.nodes}
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in positions.values())
    points = list(positions.values())
    closest = min(math.dist(p, q) for i, p in enumerate(points) for q in points[i + 1:])
    assert closest > 0.3  # in ideal edge lengths
    assert layout(view) == positions  # deterministic
    assert len(layout(GraphView(NODES, ()))) == len(NODES)
    assert layout(GraphView((), ())) == {}


def test_graphml_reads_back_with_scalar_attributes(tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    write_graphml(sample_view(), path)
    graph = nx.read_graphml(path, force_multigraph=True)
    assert graph.is_directed() and graph.number_of_nodes() == 9 and graph.number_of_edges() == 8
    baogang = graph.nodes[iri("baogang")]
    assert baogang == {"label": "Baogang", "cls": "Company",
                       "aliases": "Baotou Iron and Steel Group; Baogang Group", "chinese": "包钢集团"}
    assert graph.nodes[iri("northern-rare-earth")]["stock_code"] == "600111.SH"
    produces = graph.edges[iri("northern-rare-earth"), iri("ndpr-oxide"), "produces"]
    assert produces == {"predicate": "produces", "evidence_count": 2, "confidence": 0.95}
