"""The HTML graph explorer: one self-contained page drawn by vis-network, generated with pyvis.

This is the only module that imports pyvis. The page makes no request to any host: it
inlines vis-network from pyvis's bundled copy and uses our own template
(rekg/templates/explorer.html) instead of pyvis's, which links CDNs. A Content Security
Policy allows only the page's own two scripts (by hash) and no network access at all.
Untrusted text (labels, sentences, titles) travels as JSON inside
<script type="application/json"> and reaches the DOM only as text.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict
from importlib import resources
from pathlib import Path

import pyvis
from jinja2 import Environment, PackageLoader
from markupsafe import Markup
from pyvis.network import Network

from rekg.analysis import (filter_confidence, layout, node_degree, node_importance,
                           ownership_chains)
from rekg.model import GraphView

DEFAULT_TITLE = "rekg — rare earth knowledge graph"

#: Class -> (colour, vis shape). Colours: Paul Tol's colour-blind-safe "muted" scheme;
#: shapes repeat the distinction for the most frequent classes.
CLASS_STYLE: dict[str, tuple[str, str]] = {
    "Company": ("#88CCEE", "dot"),
    "Organization": ("#BBBBBB", "dot"),
    "GovernmentBody": ("#CC6677", "diamond"),
    "IndustryAssociation": ("#44AA99", "hexagon"),
    "ResearchInstitute": ("#AA4499", "hexagon"),
    "Person": ("#DDCC77", "triangle"),
    "Place": ("#117733", "square"),
    "Facility": ("#882255", "triangleDown"),
    "Policy": ("#332288", "star"),
    "Product": ("#999933", "diamond"),
}
UNKNOWN_STYLE = ("#DDDDDD", "dot")
_SYMBOLS = {"dot": "●", "diamond": "◆", "hexagon": "⬢", "triangle": "▲", "square": "■",
            "triangleDown": "▼", "star": "★"}
PREDICATES = ("owns", "subsidiaryOf", "jointVentureOf", "mergedInto", "worksFor", "leads",
              "locatedIn", "issued", "regulates", "participatesIn", "produces", "supplies",
              "visited")

#: Above this many nodes the page uses `layout()` positions with physics off.
LARGE_GRAPH = 300
#: Up to this many nodes vis-network finds its start positions itself (Kamada-Kawai);
#: above, it warns that it cannot and should not try.
IMPROVED_LAYOUT_MAX = 100
#: Pixels per unit of `layout()` (its ideal edge length).
PIXELS_PER_UNIT = 90

_VIS_LIB = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
_SCRIPT_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                                 "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_text(text: str) -> Markup:
    """A JSON document made safe to sit inside a <script> element.

    `<`, `>` and `&` only occur inside JSON strings, where their \\u escapes mean the
    same, so `</script>` or `<!--` in the data can never end or alter the element.
    """
    return Markup(text.translate(_SCRIPT_ESCAPES))


def script_json(value: object) -> Markup:
    """`value` as JSON safe to sit inside a <script> element (see `json_text`)."""
    return json_text(json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False))


def _in_order(names: Iterable[str], known: tuple[str, ...]) -> list[str]:
    """`names` in the order of `known`; names not in it after, alphabetically."""
    rank = {name: i for i, name in enumerate(known)}
    return sorted(names, key=lambda name: (rank.get(name, len(rank)), name))


def _shade(colour: str, factor: float = 0.7) -> str:
    """A darker version of a #RRGGBB colour."""
    rgb = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c * factor):02x}" for c in rgb)


def _vis_nodes(view: GraphView, large: bool) -> list[dict]:
    """vis node items: drawing properties plus everything the details panel shows."""
    importance = node_importance(view)
    top = max(importance.values(), default=1.0)
    degree = node_degree(view)
    chains = ownership_chains(view)
    positions = layout(view) if large else {}
    items = []
    for node in view.nodes:
        item = {"id": node.iri, "label": node.label, "group": node.cls,
                "size": round(10 + 25 * math.sqrt(importance[node.iri] / top), 1),
                "aliases": list(node.aliases), "chinese": list(node.chinese),
                "stock_code": node.stock_code, "degree": degree[node.iri]}
        if node.iri in chains:
            item["chain"] = chains[node.iri]
        if node.iri in positions:
            x, y = positions[node.iri]
            item["x"], item["y"] = round(x * PIXELS_PER_UNIT, 1), round(y * PIXELS_PER_UNIT, 1)
        items.append(item)
    return items


def _vis_edges(view: GraphView) -> list[dict]:
    """vis edge items, each with its evidence (empty qualifiers left out)."""
    return [
        {"id": f"e{i}", "from": edge.source, "to": edge.target, "label": edge.predicate,
         "predicate": edge.predicate,
         "width": round(1 + min(3.0, math.log2(1 + len(edge.evidence))), 2),
         "evidence": [{k: v for k, v in asdict(ev).items() if v is not None} for ev in edge.evidence]}
        for i, edge in enumerate(view.edges)
    ]


def _options(classes: list[str], node_count: int) -> dict:
    """vis-network options: fixed class styles; physics once for small graphs, none for large."""
    large = node_count > LARGE_GRAPH
    groups = {}
    for cls in classes:
        colour, shape = CLASS_STYLE.get(cls, UNKNOWN_STYLE)
        state = {"background": colour, "border": "#000000"}
        groups[cls] = {"shape": shape, "color": {"background": colour, "border": _shade(colour),
                                                 "highlight": state, "hover": state}}
    return {
        "groups": groups,
        "nodes": {"borderWidth": 1, "widthConstraint": {"maximum": 160},
                  "font": {"size": 14, "face": "system-ui, sans-serif", "color": "#1f2328",
                           "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"label": {"drawThreshold": 8}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "color": {"color": "#a0a8b0", "highlight": "#24292f", "hover": "#57606a"},
                  "font": {"size": 11, "color": "#57606a", "strokeWidth": 3, "align": "middle"},
                  # labels show once drawn at >= drawThreshold - 1 px: large graphs need zooming in
                  "scaling": {"label": {"drawThreshold": 11 if large else 6}},
                  "smooth": False if large else {"enabled": True, "type": "continuous"}},
        "physics": {"enabled": not large, "solver": "barnesHut",
                    "barnesHut": {"gravitationalConstant": -3000, "springLength": 110,
                                  "avoidOverlap": 0.2},
                    "stabilization": {"enabled": True, "iterations": 200, "fit": True}},
        "interaction": {"hover": True, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large},
        "layout": {"improvedLayout": node_count <= IMPROVED_LAYOUT_MAX, "randomSeed": 7},
    }


def _csp(*scripts: str) -> str:
    """A Content Security Policy that allows exactly these inline scripts and no requests."""
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
                      for s in scripts)
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
            "img-src data:; font-src data:; base-uri 'none'; form-action 'none'")


def build_network(view: GraphView, title: str = DEFAULT_TITLE) -> Network:
    """A pyvis Network for the view, set up to render with our template.

    Nodes and edges are assigned directly: pyvis's add_node/add_edge scan lists and
    are quadratic in the size of the graph.
    """
    large = len(view.nodes) > LARGE_GRAPH
    net = Network(height="100%", width="100%", directed=True, heading=title)
    net.nodes = _vis_nodes(view, large)
    net.node_ids = [item["id"] for item in net.nodes]
    net.node_map = {item["id"]: item for item in net.nodes}
    net.edges = _vis_edges(view)
    class_counts = Counter(node.cls for node in view.nodes)
    classes = _in_order(class_counts, tuple(CLASS_STYLE))
    net.options = _options(classes, len(view.nodes))

    templates = resources.files("rekg") / "templates"
    vis_js = (_VIS_LIB / "vis-network.min.js").read_text(encoding="utf-8")
    explorer_js = (templates / "explorer.js").read_text(encoding="utf-8")
    env = Environment(loader=PackageLoader("rekg", "templates"), autoescape=True)
    env.filters.update(script_json=script_json, json_text=json_text)
    predicate_counts = Counter(edge.predicate for edge in view.edges)
    env.globals.update(
        large=large,
        csp=_csp(vis_js, explorer_js),
        vis_js=Markup(vis_js),
        explorer_js=Markup(explorer_js),
        vis_css=Markup((_VIS_LIB / "vis-network.css").read_text(encoding="utf-8")),
        explorer_css=Markup((templates / "explorer.css").read_text(encoding="utf-8")),
        classes=[{"name": c, "count": class_counts[c],
                  "color": CLASS_STYLE.get(c, UNKNOWN_STYLE)[0],
                  "symbol": _SYMBOLS[CLASS_STYLE.get(c, UNKNOWN_STYLE)[1]]} for c in classes],
        predicates=[{"name": p, "count": predicate_counts[p]}
                    for p in _in_order(predicate_counts, PREDICATES)],
    )
    net.templateEnv = env
    net.path = "explorer.html"
    return net


def render_html(view: GraphView, path: Path, title: str = DEFAULT_TITLE,
                min_confidence: float = 0.0) -> Path:
    """Write the view as one self-contained interactive HTML page and return its path.

    Evidence below `min_confidence` is left out, and edges left without evidence.
    """
    net = build_network(filter_confidence(view, min_confidence), title)
    html = net.generate_html(name="explorer.html")  # pyvis only checks the name's suffix
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    return path
