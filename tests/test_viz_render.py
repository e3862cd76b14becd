"""viz.render_html: offline, escaped, fast; checked in a real headless Chromium.

The pages are served by a real HTTP server on 127.0.0.1 and loaded by Debian's
``/usr/bin/chromium`` driven by Playwright. Every request the page makes is recorded
(requests to any other origin are recorded *and* aborted, so nothing leaves the machine).
No Neo4j is needed: the renderer is a pure function of a subgraph dict.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Dialog, Page, Playwright, Route, sync_playwright

from bench.harness import serve_html
from graph.errors import InvalidInput
from graph.settings import Settings
from viz import render_html
from viz.render import EDGE_LABEL_LIMIT, _assets

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]

XSS_NAME = '<img src=x onerror="window.__pwned=1">'
XSS_QUOTE = 'Lo ha detto <a href="javascript:alert(1)">x</a> ieri'
IT_QUOTE = "La Corea del Nord ha inviato truppe in Russia, secondo fonti occidentali"


# --- fixtures: a real browser and a real local HTTP server ------------------------------

@dataclass
class StaticServer:
    """Serves ``pages`` (path -> HTML) on 127.0.0.1; ``origin`` is its base URL."""

    origin: str
    pages: dict[str, bytes]

    def put(self, path: str, html: str) -> str:
        self.pages[path] = html.encode("utf-8")
        return self.origin + path


@pytest.fixture(scope="module")
def static_server() -> Iterator[StaticServer]:
    pages: dict[str, bytes] = {}  # filled by StaticServer.put while the server runs
    with serve_html(pages) as origin:
        yield StaticServer(origin, pages)


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                          args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()


@dataclass
class Visit:
    """A loaded page and what it did: requests, console errors, dialogs."""

    page: Page
    origin: str
    requests: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)


def visit(browser: Browser, url: str, *, ready_timeout_ms: int = 10_000) -> Visit:
    """Open ``url`` in a fresh context and wait until the picture says it is ready."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(url))
    v = Visit(page, origin)

    def on_route(route: Route) -> None:
        req_url = route.request.url
        v.requests.append(req_url)
        parts = urlsplit(req_url)
        if parts.scheme == "data":
            route.continue_()
        elif f"{parts.scheme}://{parts.netloc}" != origin:
            v.foreign.append(req_url)
            route.abort()
        else:
            route.continue_()

    context.route("**/*", on_route)
    page.on("console", lambda m: v.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: v.errors.append(f"pageerror: {e}"))

    def on_dialog(dialog: Dialog) -> None:
        v.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(url, wait_until="load")
    page.wait_for_function("() => window.geokg && window.geokg.ready === true",
                           timeout=ready_timeout_ms)
    return v


def screen_point(v: Visit, *, node: str | None = None,
                 edge: str | None = None) -> tuple[float, float]:
    """Viewport coordinates of a node's centre or of an edge's midpoint (on its curve)."""
    return tuple(v.js(
        """([node, edge]) => {
            const net = window.geokg.network;
            const p = node !== null ? net.getPosition(node)
                                    : net.body.edges[edge].edgeType.getPoint(0.5);
            const d = net.canvasToDOM(p);
            const r = document.querySelector('#network canvas').getBoundingClientRect();
            return [r.left + d.x, r.top + d.y];
        }""", [node, edge]))  # type: ignore[return-value]


def wait_selected(v: Visit, *, node: str | None = None, edge: str | None = None) -> None:
    """Wait until a click selected this node or edge (the side panel is then filled)."""
    v.page.wait_for_function(
        "([node, edge]) => { const s = window.geokg.selected;"
        " return !!s && (node !== null ? s.node === node : s.edge === edge); }",
        arg=[node, edge], timeout=5000)


# --- test data ------------------------------------------------------------------------

def _edge(eid: str, rel: str, a: str, b: str, certainty: str, **kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": eid, "type": rel, "source": a, "target": b, "valid_from": None,
        "valid_to": None, "date_precision": "unknown", "certainty": certainty,
        "asserted_by": [], "evidence": [], "claim_id": None, "event_id": None}
    base.update(kw)
    return base


def seedlike() -> dict[str, Any]:
    """A small path-shaped subgraph like the seed article's, with a contested pair."""
    nodes = [
        {"id": "choe-son-hui", "label": "Actor", "name": "Choe Son Hui", "kind": "person"},
        {"id": "north-korea", "label": "Actor", "name": "North Korea", "kind": "state",
         "iso3": "PRK"},
        {"id": "russia", "label": "Actor", "name": "Russia", "kind": "state", "iso3": "RUS"},
        {"id": "nato", "label": "Actor", "name": "NATO", "kind": "alliance"},
        {"id": "western-sources", "label": "Actor", "name": "Western sources",
         "kind": "group"},
        {"id": "treaty", "label": "Agreement", "name": "Comprehensive Strategic Partnership",
         "kind": "treaty"},
        {"id": "ansa", "label": "Source", "name": "ANSA", "kind": "news"},
    ]
    ev = {"source": "ansa", "source_title": "ANSA, 2024-11-01", "quote": IT_QUOTE,
          "language": "it", "gloss": "North Korea sent troops to Russia, per Western sources"}
    edges = [
        _edge("e1", "FOREIGN_MINISTER_OF", "choe-son-hui", "north-korea", "confirmed",
              valid_from="2024-01-01", valid_to=None, date_precision="year"),
        _edge("e2", "DEPLOYED_TROOPS_TO", "north-korea", "russia", "reported",
              asserted_by=["western-sources"], evidence=[ev], claim_id="c-troops"),
        _edge("e3", "DEPLOYED_TROOPS_TO", "north-korea", "russia", "denied",
              asserted_by=["north-korea"], claim_id="c-troops-denied"),
        _edge("e4", "ACCUSED", "nato", "north-korea", "confirmed",
              valid_from="2024-10-28", valid_to="2024-10-28", date_precision="day"),
        _edge("e5", "SUPPLIED_ARMS_TO", "north-korea", "russia", "alleged",
              asserted_by=["western-sources"]),
        _edge("e6", "MET_WITH", "choe-son-hui", "russia", "confirmed"),
    ]
    return {"nodes": nodes, "edges": edges, "truncated": False}


def big_subgraph(n_nodes: int, n_edges: int, seed: int = 5) -> dict[str, Any]:
    """A random connected-ish subgraph with the API's full edge payload."""
    rng = random.Random(seed)
    kinds = ["state", "person", "alliance", "government_body", "organization", "group"]
    certs = ["confirmed", "reported", "alleged", "denied"]
    nodes = [{"id": f"a{i}", "label": "Actor", "name": f"Actor number {i}",
              "kind": kinds[i % len(kinds)]} for i in range(n_nodes)]
    edges = []
    for j in range(n_edges):
        # The first n-1 edges make a random tree (one component, like a neighbourhood).
        a = j + 1 if j < n_nodes - 1 else rng.randrange(n_nodes)
        b = rng.randrange(a) if j < n_nodes - 1 else rng.randrange(n_nodes)
        edges.append(_edge(
            f"r{j}", "MET_WITH", f"a{a}", f"a{b}", certs[j % 4],
            valid_from="2024-05-01", valid_to="2024-05-31", date_precision="month",
            asserted_by=[f"a{b}"], claim_id=f"claim-{j}",
            evidence=[{"source": "src", "source_title": "Agenzia", "language": "it",
                       "quote": "Incontro a Mosca tra i ministri degli esteri", "gloss": None}]))
    return {"nodes": nodes, "edges": edges, "truncated": False}


# --- pure-Python checks ------------------------------------------------------------------

def test_page_loads_nothing_from_anywhere_and_has_a_csp() -> None:
    html = render_html(seedlike(), title="t", query="q", settings=Settings())
    assert re.search(r"<script[^>]*\ssrc=", html) is None
    assert re.search(r"<link\b", html) is None
    assert "@import" not in html and not re.search(r"url\(\s*['\"]?(https?:)?//", html)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp is not None
    policy = csp.group(1)
    assert "default-src 'none'" in policy and "img-src data:" in policy
    nonce = re.search(r"script-src 'nonce-([^']+)'", policy)
    assert nonce is not None
    # Every executable script carries the nonce; the data block is not executable.
    scripts = [attrs for tag, attrs in _start_tags(html) if tag == "script"]
    assert len(scripts) == 3
    for attrs in scripts:
        assert attrs.get("nonce") == nonce.group(1) or attrs.get("type") == "application/json"
    assert not [t for t, a in _start_tags(html) if "src" in a or "href" in a]


def test_user_text_is_escaped_in_the_html() -> None:
    graph = seedlike()
    graph["nodes"][0]["name"] = XSS_NAME + "</script><script>window.__pwned=2</script>"
    graph["edges"][1]["evidence"][0]["quote"] = XSS_QUOTE
    html = render_html(graph, title=f"Path {XSS_NAME}", query='MATCH (n) // </code><b>',
                       settings=Settings())
    ours = html.replace(str(_assets()["vis_js"]), "")  # vis-network's own strings aside
    assert "<img" not in ours and "<a href" not in ours and "<b>" not in ours
    assert ours.count("</script>") == 3  # the JSON block, vis-network, our script
    assert len(_data(html)["nodes"]) == 7  # and the data block still parses
    assert "&lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt;" in html  # the header


def test_header_says_what_was_dropped_at_the_cap() -> None:
    graph = big_subgraph(80, 120)
    graph.update(truncated=True, dropped_nodes=7, dropped_edges=11)
    html = render_html(graph, title="t", query="q", focus=["a79"],
                       settings=Settings(viz_node_cap=50))
    data = _data(html)
    ids = {n["id"] for n in data["nodes"]}
    assert len(ids) == 50 and "a79" in ids  # the focus survives the cap
    kept_edges = [e for e in graph["edges"] if e["source"] in ids and e["target"] in ids]
    assert len(data["edges"]) == len(kept_edges)
    dropped = 11 + 120 - len(kept_edges)
    assert f"{7 + 30} nodes and {dropped} edges dropped (cap)" in html


def test_physics_above_the_limit_is_turned_off() -> None:
    small = _data(render_html(big_subgraph(30, 40), title="t", query="q",
                              settings=Settings(viz_physics_node_limit=30)))
    assert small["physics"] is True and small["options"]["physics"]["enabled"] is True
    big = _data(render_html(big_subgraph(31, 40), title="t", query="q",
                            settings=Settings(viz_physics_node_limit=30)))
    assert big["physics"] is False and big["options"]["physics"]["enabled"] is False
    # where the nodes go is the page script's job: test_fixed_positions_in_chromium


def test_physics_above_the_edge_limit_is_turned_off() -> None:
    from viz.render import PHYSICS_EDGE_LIMIT

    at = _data(render_html(big_subgraph(100, PHYSICS_EDGE_LIMIT), title="t", query="q"))
    assert at["physics"] is True
    above = _data(render_html(big_subgraph(100, PHYSICS_EDGE_LIMIT + 1), title="t", query="q"))
    assert above["physics"] is False and above["options"]["physics"]["enabled"] is False


def test_relation_labels_are_drawn_up_to_the_edge_label_limit() -> None:
    labelled = render_html(big_subgraph(300, EDGE_LABEL_LIMIT), title="t", query="q")
    assert _data(labelled)["labels"] is True
    assert "relation labels hidden" not in labelled
    html = render_html(big_subgraph(300, EDGE_LABEL_LIMIT + 1), title="t", query="q")
    assert _data(html)["labels"] is False
    assert "relation labels hidden at this size" in html


def test_a_trusted_subgraph_is_still_checked_for_what_the_page_needs() -> None:
    graph = seedlike()
    graph["nodes"].append(dict(graph["nodes"][0], name="a second Choe"))  # repeated id
    graph["edges"].append(dict(graph["edges"][0]))  # repeated edge id
    data = _data(render_html(graph, title="t", query="q", trusted=True))
    assert [n["id"] for n in data["nodes"]] == [n["id"] for n in seedlike()["nodes"]]
    assert data["nodes"][0]["name"] == "Choe Son Hui"  # the first one is kept
    assert [e["id"] for e in data["edges"]] == [e["id"] for e in seedlike()["edges"]]
    graph["edges"][3]["source"] = "nobody"
    with pytest.raises(InvalidInput) as err:
        render_html(graph, title="t", query="q", trusted=True)
    assert err.value.details == [{"location": "edges[3].source",
                                  "message": "node 'nobody' is not in nodes"}]


def test_malformed_subgraph_names_the_place() -> None:
    graph = seedlike()
    graph["edges"][2]["target"] = "nobody"
    with pytest.raises(InvalidInput) as err:
        render_html(graph, title="t", query="q", settings=Settings())
    assert err.value.details == [{"location": "edges[2].target",
                                  "message": "node 'nobody' is not in nodes"}]
    with pytest.raises(InvalidInput) as err:
        render_html({"nodes": [{"id": 3}], "edges": "x"}, title="t", query="q")
    locations = {d["location"] for d in err.value.details}
    assert locations == {"nodes[0].id", "edges"}


def _start_tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    """Every start tag the HTML parser sees (script and style bodies are not tags)."""
    from html.parser import HTMLParser

    found: list[tuple[str, dict[str, str | None]]] = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.append((tag, dict(attrs)))

    Collector().feed(html)
    return found


def _data(html: str) -> dict[str, Any]:
    import json

    m = re.search(r'<script type="application/json" id="geokg-data">(.*?)</script>', html,
                  re.S)
    assert m is not None
    return json.loads(m.group(1))  # type: ignore[no-any-return]


# --- in Chromium -------------------------------------------------------------------------

@pytest.mark.browser
def test_small_picture_in_chromium(browser: Browser, static_server: StaticServer) -> None:
    graph = seedlike()
    stamp = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    url = static_server.put("/small.html", render_html(
        graph, title="Choe Son Hui → NATO", query="paths choe-son-hui → nato, max 4 hops",
        settings=Settings(), focus=["choe-son-hui", "nato"], generated_at=stamp))
    v = visit(browser, url)
    try:
        assert v.foreign == [] and v.requests == [url]
        assert v.errors == []
        assert v.js("window.geokg.physics") is True
        assert v.js("window.geokg.stabilizedMs") is not None
        assert sorted(v.js("window.geokg.network.body.data.nodes.getIds()")) == sorted(
            n["id"] for n in graph["nodes"])
        drawn = v.js("window.geokg.network.body.data.edges.get()"
                     ".map(e => [e.id, e.from, e.to, e.label])")
        assert sorted(map(tuple, drawn)) == sorted(
            (e["id"], e["source"], e["target"], e["type"]) for e in graph["edges"])
        header = v.page.inner_text("header")
        assert "Choe Son Hui → NATO" in header and "max 4 hops" in header
        assert "2025-01-02 03:04:05 UTC" in header and "7 nodes" in header
        assert "6 edges" in header and "dropped" not in header
        legend = v.page.inner_text("#legend")
        for text in ("person", "state", "alliance", "treaty / agreement", "source",
                     "confirmed", "reported", "alleged", "denied (dashed)"):
            assert text in legend
        # The two contested edges (reported / denied) are drawn apart, not on top of each other.
        mid2, mid3 = screen_point(v, edge="e2"), screen_point(v, edge="e3")
        assert abs(mid2[0] - mid3[0]) + abs(mid2[1] - mid3[1]) > 8

        v.page.mouse.click(*mid2)
        wait_selected(v, edge="e2")
        panel = v.page.inner_text("#details")
        assert IT_QUOTE in panel and "reported" in panel and "Western sources" in panel
        assert "gloss: North Korea sent troops" in panel and "ANSA, 2024-11-01" in panel
        assert v.errors == []
    finally:
        v.page.context.close()


@pytest.mark.browser
def test_markup_in_names_and_quotes_stays_text(browser: Browser,
                                               static_server: StaticServer) -> None:
    graph = seedlike()
    graph["nodes"][0]["name"] = XSS_NAME
    graph["edges"][1]["evidence"][0]["quote"] = XSS_QUOTE
    url = static_server.put("/xss.html", render_html(
        graph, title=f"About {XSS_NAME}", query=XSS_QUOTE, settings=Settings()))
    v = visit(browser, url)
    try:
        assert v.js("typeof window.__pwned") == "undefined"
        assert v.page.inner_text("#title") == f"About {XSS_NAME}"
        assert v.page.inner_text("#query") == XSS_QUOTE

        # Hover the node: the tooltip shows the name as characters.
        v.page.mouse.move(*screen_point(v, node="choe-son-hui"))
        v.page.wait_for_function(
            "name => { const t = document.querySelector('div.vis-tooltip');"
            " return t && t.style.visibility !== 'hidden' && t.textContent.includes(name); }",
            arg=XSS_NAME, timeout=5000)
        # Click the edge: the panel shows the quote as characters.
        v.page.mouse.click(*screen_point(v, edge="e2"))
        wait_selected(v, edge="e2")
        assert v.page.inner_text("#details blockquote") == XSS_QUOTE
        # Click the node: the panel shows its name as characters.
        v.page.mouse.click(*screen_point(v, node="choe-son-hui"))
        wait_selected(v, node="choe-son-hui")
        assert v.page.inner_text("#details h3") == XSS_NAME

        assert v.js("document.querySelectorAll('img, a, iframe, object').length") == 0
        assert v.js("typeof window.__pwned") == "undefined"
        assert v.dialogs == [] and v.errors == [] and v.foreign == []
    finally:
        v.page.context.close()


@pytest.mark.browser
def test_periods_follow_the_date_precision(browser: Browser,
                                           static_server: StaticServer) -> None:
    url = static_server.put("/periods.html", render_html(seedlike(), title="t", query="q"))
    v = visit(browser, url)
    try:
        cases = [(("2024-01-01", "2024-12-31", "year"), "2024"),
                 (("2024-11-01", "2024-11-30", "month"), "2024-11"),
                 (("2024-06-18", "2024-06-19", "range"), "2024-06-18 – 2024-06-19"),
                 (("2024-06-18", None, "day"), "since 2024-06-18"),
                 ((None, "2025-01-31", "month"), "until 2025-01"),
                 ((None, None, "unknown"), "date unknown")]
        for args, expected in cases:
            assert v.js("a => window.geokg.describe.formatPeriod(...a)", list(args)) == expected
        # the tooltip of the dated edge uses it, with the precision named
        tip = v.js("window.geokg.edges.get('e4').title.textContent")
        assert "when: 2024-10-28 (day)" in tip and tip.startswith("NATO —ACCUSED→ North Korea")
    finally:
        v.page.context.close()


@pytest.mark.browser
def test_fixed_positions_in_chromium(browser: Browser, static_server: StaticServer) -> None:
    graph = big_subgraph(31, 40)
    graph["nodes"].append({"id": "alone", "label": "Actor", "name": "Alone", "kind": "state"})
    url = static_server.put("/fixed.html", render_html(
        graph, title="t", query="q", focus=["a7"],
        settings=Settings(viz_physics_node_limit=30)))
    v = visit(browser, url)
    try:
        assert v.errors == [] and v.js("window.geokg.physics") is False
        pos = v.js("window.geokg.network.getPositions()")
        assert set(pos) == {n["id"] for n in graph["nodes"]}
        points = {(round(p["x"], 1), round(p["y"], 1)) for p in pos.values()}
        assert len(points) == 32  # every node placed, no two on the same spot
        # the focus is the centre of its component: every other node of it is farther out
        hub = pos["a7"]
        dist = {n: abs(p["x"] - hub["x"]) + abs(p["y"] - hub["y"]) for n, p in pos.items()}
        assert min(d for n, d in dist.items() if n not in ("a7", "alone")) >= 100
        assert v.js("window.geokg.layoutMs") is not None
    finally:
        v.page.context.close()


@pytest.mark.browser
def test_a_big_picture_builds_its_tooltips_and_time_slider_after_its_first_frame(
        browser: Browser, static_server: StaticServer) -> None:
    graph = big_subgraph(31, 40)
    url = static_server.put("/lazy.html", render_html(
        graph, title="t", query="q", settings=Settings(viz_physics_node_limit=30)))
    v = visit(browser, url)
    try:
        assert v.js("window.geokg.physics") is False
        # nothing built up front: no tooltip on any node or edge
        assert v.js("window.geokg.edges.get().filter(e => e.title).length") == 0
        assert v.js("window.geokg.nodes.get().filter(n => n.title).length") == 0
        # the time slider is there once the page is ready: every edge is of May 2024
        assert v.js("window.geokg.timeline.get().visibleEdges") == 40
        assert v.js("window.geokg.timeline.get().min") == "2024-05-01"
        # hovering builds and shows the tooltip of that edge, then of that node
        for target, text in ((dict(edge="r0"), "Actor number 1 —MET_WITH→ Actor number 0"),
                             (dict(node="a7"), "Actor number 7")):
            v.page.mouse.move(0, 0)
            v.page.mouse.move(*screen_point(v, **target))  # type: ignore[arg-type]
            v.page.wait_for_function(
                "text => { const t = document.querySelector('div.vis-tooltip');"
                " return t && t.style.visibility !== 'hidden' && t.textContent.includes(text); }",
                arg=text, timeout=5000)
        assert "when: 2024-05 (month)" in v.js("window.geokg.edges.get('r0').title.textContent")
        assert v.js("window.geokg.edges.get().filter(e => e.title).length") == 1
        assert v.errors == []
    finally:
        v.page.context.close()


@pytest.mark.browser
@pytest.mark.slow
def test_5000_nodes_10000_edges_within_budget(browser: Browser,
                                              static_server: StaticServer) -> None:
    graph = big_subgraph(5000, 10_000)
    settings = Settings(viz_node_cap=5000, viz_physics_node_limit=300)
    started = time.perf_counter()
    html = render_html(graph, title="5,000 actors", query="synthetic", settings=settings,
                       trusted=True)
    python_s = time.perf_counter() - started
    url = static_server.put("/big.html", html)

    opened = time.perf_counter()
    v = visit(browser, url, ready_timeout_ms=10_000)
    wall_s = time.perf_counter() - opened
    try:
        first_draw_ms = v.js("window.geokg.firstDrawMs")
        redraw_ms = v.js("""() => new Promise(done => {
            const start = performance.now();
            window.geokg.network.once('afterDrawing', () => done(performance.now() - start));
            window.geokg.network.redraw(); })""")
        layout_ms = v.js("window.geokg.layoutMs")
        print(f"\nviz benchmark: render_html {python_s:.3f} s Python, {len(html) / 1e6:.1f} MB; "
              f"Chromium: layout {layout_ms} ms, first draw {first_draw_ms} ms after "
              f"navigation start, page ready {wall_s:.2f} s wall, one redraw {redraw_ms:.0f} ms")
        assert python_s < 2.0
        assert v.js("window.geokg.physics") is False
        assert first_draw_ms is not None and first_draw_ms < 10_000
        assert v.js("window.geokg.network.body.data.nodes.length") == 5000
        assert v.js("window.geokg.network.body.data.edges.length") == 10_000
        placed = v.js("Object.values(window.geokg.network.getPositions())"
                      ".map(p => p.x + ',' + p.y)")
        assert len(placed) == 5000 and len(set(placed)) == 5000
        assert v.errors == [] and v.foreign == []
    finally:
        v.page.context.close()
