"""The HTML explorer in headless Chromium: offline loading, search, filters, details, XSS."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from rekg.model import GraphEdge, GraphNode, GraphView
from rekg.render import LARGE_GRAPH, render_html
from support import system_tool
from test_render import (LEADS_SENTENCE, OWNS_SENTENCE, XSS_ATTR, XSS_LABEL, XSS_SCRIPT,
                         adversarial_view, iri, sample_view)

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
# (page.wait_for_function would evaluate a string in the page, which the page's CSP forbids)
WAIT_UNTIL_DRAWN = """() => Promise.race([
    window.rekg.ready,
    new Promise((_, reject) => setTimeout(() => reject(new Error("not drawn within 30 s")), 30000)),
])"""


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's Chromium through Playwright (skipped where missing, except in CI)."""
    executable = system_tool(str(CHROMIUM), "chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Explorer:
    """An explorer page, with everything it tried that it should not have."""

    page: object
    remote_requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: object = None) -> object:
        return self.page.evaluate(expression, arg)

    def dom_point(self, canvas_point: str, arg: object = None) -> tuple[float, float]:
        """Page coordinates of a point given in network canvas coordinates by a JS expression."""
        box = self.page.locator("#graph canvas").bounding_box()
        point = self.js(f"(arg) => rekg.network.canvasToDOM({canvas_point})", arg)
        return box["x"] + point["x"], box["y"] + point["y"]

    def node_point(self, node_id: str) -> tuple[float, float]:
        return self.dom_point("rekg.network.getPositions([arg])[arg]", node_id)

    def edge_point(self, edge_id: str) -> tuple[float, float]:
        return self.dom_point("rekg.network.body.edges[arg].edgeType.getPoint(0.5)", edge_id)

    def details(self) -> str:
        return self.page.locator("#details").inner_text()


@pytest.fixture
def open_explorer(browser: object, tmp_path: Path) -> Iterator[Callable[[GraphView], Explorer]]:
    """Render a view, open it from file:// with all other requests aborted, wait until drawn."""
    contexts = []

    def open_view(view: GraphView) -> Explorer:
        path = render_html(view, tmp_path / "graph.html")
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        contexts.append(context)
        page = context.new_page()
        explorer = Explorer(page)

        def route(route: object) -> None:
            if route.request.url.startswith("file://"):
                route.continue_()
            else:
                explorer.remote_requests.append(route.request.url)
                route.abort()

        page.route("**/*", route)
        page.on("dialog", lambda dialog: (explorer.dialogs.append(dialog.message), dialog.dismiss()))
        page.on("pageerror", lambda error: explorer.errors.append(str(error)))
        page.goto(path.as_uri())
        page.evaluate(WAIT_UNTIL_DRAWN)
        return explorer

    yield open_view
    for context in contexts:
        context.close()


def assert_clean(explorer: Explorer) -> None:
    assert explorer.remote_requests == []
    assert explorer.dialogs == []
    assert explorer.errors == []


def test_loads_offline_and_draws_every_node(open_explorer: Callable[[GraphView], Explorer]) -> None:
    explorer = open_explorer(sample_view())
    assert explorer.js("rekg.nodes.length") == 9
    assert sorted(explorer.js("rekg.visibleNodeIds()")) == sorted(n.iri for n in sample_view().nodes)
    assert len(explorer.js("rekg.visibleEdgeIds()")) == 8
    assert explorer.js("rekg.network.physics.options.enabled") is False  # stabilised, then stopped
    canvas = explorer.page.locator("#graph canvas")
    assert canvas.is_visible() and canvas.bounding_box()["width"] > 300
    painted = explorer.js("""() => {
        const c = document.querySelector('#graph canvas');
        const pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) n++;
        return n;
    }""")
    assert painted > 1000
    assert explorer.page.locator("#sidebar").inner_text().count("Company") == 1
    assert_clean(explorer)


def test_seed_graph_from_the_store_draws_every_entity(
        open_explorer: Callable[[GraphView], Explorer], tmp_path: Path) -> None:
    from rekg.pipeline import Pipeline
    from rekg.query import graph_view
    from rekg.store import EmbeddedStore

    store = EmbeddedStore(tmp_path / "store")
    Pipeline(store).ingest([Path(__file__).parent.parent / "seeds"])
    view = graph_view(store)
    explorer = open_explorer(view)
    assert explorer.js("rekg.nodes.length") == len(view.nodes) > 15
    assert sorted(explorer.js("rekg.visibleNodeIds()")) == sorted(n.iri for n in view.nodes)
    explorer.js("rekg.search('Northern Rare Earth')")
    assert "China Northern Rare Earth Group" in explorer.details()
    assert "two subsidiaries of Baogang Group" in explorer.details()
    assert_clean(explorer)


def test_search_focuses_node_by_alias_and_chinese_name(open_explorer: Callable[[GraphView], Explorer]) -> None:
    explorer = open_explorer(sample_view())
    page = explorer.page
    for query, expected in [("Northern Rare Earth", "northern-rare-earth"), ("包钢集团", "baogang"),
                            ("mIIt", "miit")]:
        page.fill("#search", query)
        page.press("#search", "Enter")
        assert explorer.js("rekg.network.getSelectedNodes()") == [iri(expected)]
        label = next(n.label for n in sample_view().nodes if n.iri == iri(expected))
        assert page.locator("#details h2").inner_text() == label
    assert explorer.js("rekg.search('no such entity')") is None
    assert "No entity matches" in page.locator("#search-status").inner_text()
    assert_clean(explorer)


def test_unticking_a_class_or_predicate_hides_it(open_explorer: Callable[[GraphView], Explorer]) -> None:
    explorer = open_explorer(sample_view())
    page = explorer.page
    where = "() => rekg.network.getPositions()"
    before = explorer.js(where)
    page.uncheck('input[data-cls="Company"]')
    visible = set(explorer.js("rekg.visibleNodeIds()"))
    assert visible == {n.iri for n in sample_view().nodes if n.cls != "Company"}
    assert len(explorer.js("rekg.visibleEdgeIds()")) == 1  # only MIIT issued the quota
    assert "6 of 9 entities" in page.locator("#stats").inner_text()
    page.check('input[data-cls="Company"]')
    assert explorer.js(where) == before  # back where they were

    page.uncheck('input[data-predicate="owns"]')
    shown = explorer.js("rekg.visibleEdgeIds().map((id) => rekg.edges.get(id).predicate)")
    assert len(shown) == 6 and "owns" not in shown
    assert_clean(explorer)


def test_clicking_a_node_shows_its_evidence(open_explorer: Callable[[GraphView], Explorer]) -> None:
    explorer = open_explorer(sample_view())
    explorer.page.mouse.click(*explorer.node_point(iri("baogang")))
    details = explorer.details()
    assert details.startswith("Baogang")
    for text in ("Baotou Iron and Steel Group", "包钢集团", OWNS_SENTENCE, "stake: 36.71%",
                 LEADS_SENTENCE, "role: General Manager", "date: 2024-03-01",
                 "Baogang reshapes its rare earth arm", "confidence 0.85", "Inner Mongolia SASAC"):
        assert text in details, text
    # the ownership chain runs up to the ultimate parent
    explorer.page.mouse.click(*explorer.node_point(iri("baotou-huamei")))
    chain = explorer.page.locator("#details .chain").inner_text().splitlines()
    assert chain[0] == "Baotou Huamei Rare Earth"
    assert chain[1:] == ["China Northern Rare Earth Group", "Baogang", "Inner Mongolia SASAC (ultimate parent)"]
    assert_clean(explorer)


def test_edge_hover_and_click_show_evidence(open_explorer: Callable[[GraphView], Explorer]) -> None:
    explorer = open_explorer(sample_view())
    edge_id = explorer.js("rekg.edges.get({filter: (e) => e.predicate === 'leads'})[0].id")
    point = explorer.edge_point(edge_id)
    explorer.page.mouse.move(*point)
    tooltip = explorer.page.locator("#tooltip")
    tooltip.wait_for(state="visible")
    assert tooltip.inner_text().splitlines() == ["Li Xiao leads Baogang", f"“{LEADS_SENTENCE}”"]
    explorer.page.mouse.click(*point)
    details = explorer.details()
    assert details.splitlines()[0] == "Li Xiao leads Baogang"
    assert LEADS_SENTENCE in details and "role: General Manager" in details
    assert_clean(explorer)


def test_markup_in_names_and_evidence_stays_text(open_explorer: Callable[[GraphView], Explorer]) -> None:
    explorer = open_explorer(adversarial_view())
    page = explorer.page
    assert explorer.js("(arg) => rekg.search(arg)", XSS_ATTR) == iri("evil")
    assert page.locator("#details h2").inner_text() == XSS_LABEL
    details = explorer.details()
    assert XSS_ATTR in details and XSS_SCRIPT in details
    edge_id = explorer.js("(arg) => rekg.edges.get({filter: (e) => e.from === arg})[0].id", iri("evil"))
    explorer.js("rekg.network.fit()")
    explorer.page.mouse.move(*explorer.edge_point(edge_id))
    page.locator("#tooltip").wait_for(state="visible")
    assert XSS_LABEL in page.locator("#tooltip").inner_text()
    assert page.locator("img, iframe, object, embed").count() == 0
    assert page.locator("script").count() == 5  # none injected
    page.wait_for_timeout(200)  # give an injected handler time to fire
    assert_clean(explorer)


def test_content_security_policy_blocks_injected_handlers(
        open_explorer: Callable[[GraphView], Explorer]) -> None:
    """Defence in depth: even markup injected by some future bug could not run or load."""
    explorer = open_explorer(sample_view())
    explorer.js("""() => {
        const div = document.createElement('div');
        div.innerHTML = '<img src="x.png" onerror="window.pwned = 1">';
        document.body.append(div);
    }""")
    explorer.page.wait_for_timeout(300)
    assert explorer.js("window.pwned") is None
    assert explorer.remote_requests == []


def test_large_graph_uses_precomputed_layout(open_explorer: Callable[[GraphView], Explorer]) -> None:
    n = LARGE_GRAPH + 200
    nodes = tuple(GraphNode(iri(f"n{i}"), f"Company {i}", "Company") for i in range(n))
    edges = tuple(GraphEdge(iri(f"n{i}"), iri(f"n{(3 * i + 1) % n}"), "supplies") for i in range(n))
    explorer = open_explorer(GraphView(nodes, edges))
    assert len(explorer.js("rekg.visibleNodeIds()")) == n
    assert explorer.js("rekg.network.physics.options.enabled") is False
    assert explorer.js("rekg.search('company 42')") == iri("n42")
    assert_clean(explorer)


def test_empty_graph_loads(open_explorer: Callable[[GraphView], Explorer]) -> None:
    explorer = open_explorer(GraphView((), ()))
    assert explorer.js("rekg.visibleNodeIds()") == []
    assert explorer.page.locator("#stats").inner_text() == "0 entities · 0 relations"
    assert_clean(explorer)
