// rekg graph explorer. Article text is untrusted: it only ever enters the DOM as text
// (textContent, text nodes, input values), never as HTML, and vis gets no `title`s.
(function () {
  "use strict";

  const readJson = (id) => JSON.parse(document.getElementById(id).textContent);
  const nodeList = readJson("rekg-nodes");
  const edgeList = readJson("rekg-edges");
  const options = readJson("rekg-options");

  const nodeById = new Map(nodeList.map((n) => [n.id, n]));
  const edgeById = new Map(edgeList.map((e) => [e.id, e]));
  const outgoing = new Map(nodeList.map((n) => [n.id, []]));
  const incoming = new Map(nodeList.map((n) => [n.id, []]));
  for (const e of edgeList) {
    outgoing.get(e.from)?.push(e);
    incoming.get(e.to)?.push(e);
  }

  // Filters: a node shows unless its class is unticked; an edge shows unless its
  // predicate is unticked or one of its ends is hidden.
  const hiddenClasses = new Set();
  const hiddenPredicates = new Set();
  const nodeShown = (id) => !hiddenClasses.has(nodeById.get(id)?.group);
  const nodes = new vis.DataSet(nodeList);
  const edges = new vis.DataSet(edgeList);
  const nodesView = new vis.DataView(nodes, { filter: (n) => nodeShown(n.id) });
  const edgesView = new vis.DataView(edges, {
    filter: (e) => !hiddenPredicates.has(e.predicate) && nodeShown(e.from) && nodeShown(e.to),
  });

  const container = document.getElementById("graph");
  const details = document.getElementById("details");
  const tooltip = document.getElementById("tooltip");
  const stats = document.getElementById("stats");
  const network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, options);
  const api = { isReady: false, readyAt: null };

  // Positions go back into the data (after physics, and for dragged nodes), so nodes a
  // filter hides come back where they were. (network.storePositions() fails while a
  // filter hides nodes.)
  function keepPositions(ids) {
    const positions = network.getPositions(ids);
    nodes.update(Object.keys(positions).map((id) => ({ id, x: positions[id].x, y: positions[id].y })));
  }
  network.on("dragEnd", (params) => { if (params.nodes.length) keepPositions(params.nodes); });

  // Ready once drawn: small graphs after physics stabilised once (then physics stops),
  // large ones (precomputed positions, physics off) at once. Labels are only measured
  // when first drawn, so fit the view again then to keep long labels inside.
  function whenDrawn(callback) {
    network.once("afterDrawing", callback);
    network.redraw();
  }
  let markReady;
  const ready = new Promise((resolve) => { markReady = resolve; });
  function fitAndFinish() {
    network.fit({ animation: false });
    whenDrawn(() => {
      api.isReady = true;
      api.readyAt = performance.now();
      markReady();
    });
  }
  if (options.physics.enabled && nodeList.length > 0) {
    network.once("stabilizationIterationsDone", () => {
      network.setOptions({ physics: false });
      keepPositions();
      whenDrawn(fitAndFinish);
    });
  } else {
    whenDrawn(fitAndFinish);
  }

  // --- DOM helpers: text only ---
  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (className) e.className = className;
    return e;
  }
  function nodeLink(id) {
    const b = el("button", nodeById.get(id)?.label ?? id, "link");
    b.type = "button";
    b.addEventListener("click", () => select(id, true));
    return b;
  }
  function fact(list, term, value, lang) {
    const dd = el("dd", value);
    if (lang) dd.lang = lang;
    list.append(el("dt", term), dd);
  }

  function evidenceList(edge) {
    const list = el("ul", null, "evidence");
    if (edge.evidence.length === 0) list.append(el("li", "No evidence recorded.", "empty"));
    for (const ev of edge.evidence) {
      const item = el("li");
      item.append(el("blockquote", ev.sentence));
      for (const [name, value] of [["role", ev.role], ["stake", ev.stake], ["date", ev.date]]) {
        if (value) item.append(el("span", name + ": " + value, "qualifier"));
      }
      const source = ev.article_title || ev.article_source;
      const meta = [source && "“" + source + "”", ev.article_title && ev.article_source,
        "confidence " + Number(ev.confidence).toFixed(2), ev.rule && "rule " + ev.rule];
      item.append(el("div", meta.filter(Boolean).join(" · "), "meta"));
      list.append(item);
    }
    return list;
  }

  function relationSection(title, list, describe) {
    details.append(el("h3", title + " (" + list.length + ")"));
    const ul = el("ul", null, "relations");
    for (const edge of list) {
      const li = el("li");
      li.append(...describe(edge), evidenceList(edge));
      ul.append(li);
    }
    if (list.length === 0) ul.append(el("li", "None.", "empty"));
    details.append(ul);
  }

  function showNode(id) {
    const n = nodeById.get(id);
    details.replaceChildren(el("h2", n.label));
    const facts = el("dl");
    fact(facts, "Class", n.group);
    if (n.stock_code) fact(facts, "Stock code", n.stock_code);
    if (n.aliases.length) fact(facts, "Aliases", n.aliases.join("; "));
    if (n.chinese.length) fact(facts, "Chinese", n.chinese.join("; "), "zh");
    fact(facts, "Relations", n.degree);
    fact(facts, "IRI", n.id);
    details.append(facts);
    if (n.chain) {
      details.append(el("h3", "Ownership chain"));
      const chain = el("ol", null, "chain");
      n.chain.forEach((step, i) => {
        const li = el("li", i === 0 ? n.label : null);
        if (i > 0) li.append(nodeLink(step));
        if (i === n.chain.length - 1) li.append(el("span", " (ultimate parent)", "empty"));
        chain.append(li);
      });
      details.append(chain);
    }
    relationSection("Relations out", outgoing.get(id),
      (e) => [el("span", e.predicate, "predicate"), " → ", nodeLink(e.to)]);
    relationSection("Relations in", incoming.get(id),
      (e) => [nodeLink(e.from), " ", el("span", e.predicate, "predicate")]);
  }

  function showEdge(id) {
    const e = edgeById.get(id);
    const heading = el("h2");
    heading.append(nodeLink(e.from), " ", el("span", e.predicate, "predicate"), " ", nodeLink(e.to));
    details.replaceChildren(heading, el("h3", "Evidence (" + e.evidence.length + ")"), evidenceList(e));
  }

  function clearDetails() {
    details.replaceChildren(el("p", "Click an entity or a relation to see its evidence.", "placeholder"));
  }

  // --- selection and search ---
  function select(id, focus) {
    const n = nodeById.get(id);
    if (!n) return;
    if (hiddenClasses.has(n.group)) setClassVisible(n.group, true);
    network.selectNodes([id]);
    if (focus) {
      network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 400 } });
    }
    showNode(id);
  }

  const searchIndex = nodeList.map((n) => ({
    id: n.id,
    names: [n.label, ...n.aliases, ...n.chinese, n.id].map((s) => s.toLocaleLowerCase()),
  }));
  function find(query) {
    const q = query.trim().toLocaleLowerCase();
    if (!q) return null;
    const tests = [(s) => s === q, (s) => s.startsWith(q), (s) => s.includes(q)];
    for (const test of tests) {
      const hit = searchIndex.find((entry) => entry.names.some(test));
      if (hit) return hit.id;
    }
    return null;
  }
  function search(query) {
    const id = find(query);
    document.getElementById("search-status").textContent = id ? "" : "No entity matches “" + query + "”";
    if (id) select(id, true);
    return id;
  }

  const searchBox = document.getElementById("search");
  document.getElementById("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    search(searchBox.value);
  });
  searchBox.addEventListener("input", (event) => {
    if (event.inputType === "insertReplacementText" || event.inputType === undefined) search(searchBox.value);
  });
  const names = new Set(nodeList.flatMap((n) => [n.label, ...n.aliases, ...n.chinese]));
  document.getElementById("search-names").append(...[...names].map((name) => {
    const option = document.createElement("option");
    option.value = name;
    return option;
  }));

  // --- filters ---
  function refresh() {
    nodesView.refresh();
    edgesView.refresh();
    stats.textContent = nodesView.length + " of " + nodeList.length + " entities · "
      + edgesView.length + " of " + edgeList.length + " relations";
  }
  function setClassVisible(cls, visible) {
    if (visible) hiddenClasses.delete(cls); else hiddenClasses.add(cls);
    for (const box of document.querySelectorAll("input[data-cls]")) {
      if (box.dataset.cls === cls) box.checked = visible;
    }
    refresh();
  }
  function setPredicateVisible(predicate, visible) {
    if (visible) hiddenPredicates.delete(predicate); else hiddenPredicates.add(predicate);
    for (const box of document.querySelectorAll("input[data-predicate]")) {
      if (box.dataset.predicate === predicate) box.checked = visible;
    }
    refresh();
  }
  for (const box of document.querySelectorAll("input[data-cls]")) {
    box.addEventListener("change", () => setClassVisible(box.dataset.cls, box.checked));
  }
  for (const box of document.querySelectorAll("input[data-predicate]")) {
    box.addEventListener("change", () => setPredicateVisible(box.dataset.predicate, box.checked));
  }

  // --- clicks and hover tooltips (our own, as text) ---
  network.on("click", (params) => {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else clearDetails();
  });
  function showTooltip(pointer, lines) {
    tooltip.replaceChildren(...lines.map((line, i) => el(i === 0 ? "strong" : "div", line)));
    tooltip.hidden = false;
    const area = tooltip.parentElement;  // keep it inside the drawing area
    tooltip.style.left = Math.max(0, Math.min(pointer.x + 14, area.clientWidth - tooltip.offsetWidth)) + "px";
    tooltip.style.top = Math.max(0, Math.min(pointer.y + 14, area.clientHeight - tooltip.offsetHeight)) + "px";
  }
  const hideTooltip = () => { tooltip.hidden = true; };
  const label = (id) => nodeById.get(id)?.label ?? id;
  network.on("hoverEdge", (params) => {
    const e = edgeById.get(params.edge);
    showTooltip(params.pointer.DOM, [label(e.from) + " " + e.predicate + " " + label(e.to),
      ...e.evidence.map((ev) => "“" + ev.sentence + "”")]);
  });
  network.on("hoverNode", (params) => {
    const n = nodeById.get(params.node);
    showTooltip(params.pointer.DOM, [n.label, n.group + (n.chinese.length ? " · " + n.chinese.join("; ") : "")]);
  });
  network.on("blurEdge", hideTooltip);
  network.on("blurNode", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);

  Object.assign(api, {
    network, nodes, edges, nodesView, edgesView, ready, search, select, setClassVisible, setPredicateVisible,
    visibleNodeIds: () => nodesView.getIds(),
    visibleEdgeIds: () => edgesView.getIds(),
  });
  window.rekg = api;
})();
