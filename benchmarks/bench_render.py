"""Speed of the HTML explorer on synthetic graphs of 100, 1,000 and 5,000 nodes.

For each size: the time to write the page, its size, and the time from navigation until
the page reports itself drawn (`window.rekg.ready`) in headless Debian Chromium (median
of three loads); and, as the baseline, filling a pyvis Network through its
add_node/add_edge (list scans) against assigning its lists directly, as rekg does.

Run: .venv/bin/python benchmarks/bench_render.py
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pyvis.network import Network

from rekg.model import EdgeEvidence, GraphEdge, GraphNode, GraphView
from rekg.render import build_network, render_html

SIZES = (100, 1_000, 5_000)
EDGES_PER_NODE = 1.5
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

CLASS_SHARE = {"Company": 0.38, "Person": 0.2, "Place": 0.1, "Facility": 0.07, "Product": 0.07,
               "GovernmentBody": 0.05, "Policy": 0.06, "ResearchInstitute": 0.03,
               "IndustryAssociation": 0.02, "Organization": 0.02}
# (subject class, predicate, object class, share of edges)
PATTERNS = [("Person", "leads", "Company", 0.15), ("Person", "worksFor", "Company", 0.12),
            ("Company", "owns", "Company", 0.2), ("Company", "subsidiaryOf", "Company", 0.05),
            ("Company", "locatedIn", "Place", 0.2), ("Facility", "locatedIn", "Place", 0.05),
            ("Company", "owns", "Facility", 0.05), ("Company", "produces", "Product", 0.2),
            ("Facility", "produces", "Product", 0.05), ("GovernmentBody", "issued", "Policy", 0.06),
            ("GovernmentBody", "regulates", "Company", 0.06),
            ("Company", "participatesIn", "Policy", 0.08), ("Company", "supplies", "Company", 0.1),
            ("Person", "visited", "Facility", 0.04), ("Company", "jointVentureOf", "Company", 0.03),
            ("ResearchInstitute", "participatesIn", "Policy", 0.02),
            ("Place", "locatedIn", "Place", 0.02), ("Company", "mergedInto", "Company", 0.02)]


def synthetic_view(n: int, seed: int = 0) -> GraphView:
    """n nodes of realistic classes, about 1.5 edges per node attached preferentially
    (a few places, products and groups collect many edges), one or two evidence each."""
    rng = random.Random(seed)
    classes = rng.choices(list(CLASS_SHARE), weights=list(CLASS_SHARE.values()), k=n)
    nodes = tuple(
        GraphNode(f"https://rekg.example/id/{cls.lower()}-{i}", f"{cls} {i}", cls,
                  aliases=(f"{cls} {i} Co.",) if i % 3 == 0 else (),
                  chinese=(f"稀土{i}",) if i % 4 == 0 else (),
                  stock_code=f"{600000 + i}.SH" if cls == "Company" and i % 5 == 0 else None)
        for i, cls in enumerate(classes))
    by_class: dict[str, list[int]] = {}
    for i, cls in enumerate(classes):
        by_class.setdefault(cls, []).append(i)
    weight = [1.0] * n
    triples: set[tuple[int, str, int]] = set()
    while len(triples) < int(EDGES_PER_NODE * n):
        subject_cls, predicate, object_cls, _ = rng.choices(PATTERNS, [p[3] for p in PATTERNS])[0]
        if subject_cls not in by_class or object_cls not in by_class:
            continue
        s = rng.choice(by_class[subject_cls])
        o = rng.choices(by_class[object_cls], [weight[i] for i in by_class[object_cls]])[0]
        if s != o and (s, predicate, o) not in triples:
            triples.add((s, predicate, o))
            weight[o] += 2
    edges = tuple(
        GraphEdge(nodes[s].iri, nodes[o].iri, predicate, tuple(
            EdgeEvidence(f"{nodes[s].label} {predicate} {nodes[o].label}, the company said on "
                         f"Tuesday in a statement about rare earth output ({k}).",
                         f"Article {rng.randrange(n)}", f"article-{rng.randrange(n)}.txt",
                         "pattern", round(rng.uniform(0.5, 1.0), 2),
                         role="Chairman" if predicate == "leads" else None,
                         stake=f"{rng.uniform(5, 100):.2f}%" if predicate == "owns" else None)
            for k in range(rng.choice((1, 1, 2)))))
        for s, predicate, o in sorted(triples))
    return GraphView(nodes, edges)


def timed(action: object) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def fill_times(view: GraphView) -> tuple[float, float]:
    """Seconds to fill a pyvis Network with the page's items: add_node/add_edge, and direct."""
    built = build_network(view)
    nodes, edges = built.nodes, built.edges

    def naive() -> None:
        net = Network(directed=True)
        for item in nodes:
            net.add_node(item["id"], **{k: v for k, v in item.items() if k != "id"})
        for item in edges:
            net.add_edge(item["from"], item["to"], **{k: v for k, v in item.items()
                                                      if k not in ("from", "to")})

    def direct() -> None:
        net = Network(directed=True)
        net.nodes = nodes
        net.node_ids = [item["id"] for item in nodes]
        net.node_map = {item["id"]: item for item in nodes}
        net.edges = edges

    return timed(naive), timed(direct)


def drawn_seconds(browser: object, page_path: Path, loads: int = 3) -> float:
    """Median seconds from navigation to window.rekg.ready, no request leaving file://."""
    times = []
    for _ in range(loads):
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        page = context.new_page()
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file://")
                   else route.abort())
        page.goto(page_path.as_uri())
        times.append(page.evaluate("() => window.rekg.ready.then(() => window.rekg.readyAt)") / 1000)
        context.close()
    return statistics.median(times)


def main() -> None:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        sys.exit("Debian chromium not installed (apt-get install chromium)")
    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for n in SIZES:
            view = synthetic_view(n)
            path = Path(tmp) / f"graph-{n}.html"
            write = statistics.median(timed(lambda: render_html(view, path)) for _ in range(3))
            naive, direct = fill_times(view)
            rows.append((n, len(view.edges), write, path.stat().st_size / 1e6,
                         drawn_seconds(browser, path), naive, direct))
            print(f"{n} nodes done", file=sys.stderr)
        browser.close()
    print(f"{'nodes':>6} {'edges':>6} {'write s':>8} {'HTML MB':>8} {'drawn s':>8} "
          f"{'pyvis add_* s':>14} {'direct s':>9} {'speed-up':>9}")
    for n, m, write, size, drawn, naive, direct in rows:
        print(f"{n:>6} {m:>6} {write:>8.2f} {size:>8.2f} {drawn:>8.2f} "
              f"{naive:>14.3f} {direct:>9.4f} {naive / direct:>8.0f}x")


if __name__ == "__main__":
    main()
