"""The explorer as an analyst's workbench, driven in real Chromium on the real API: the
seed plus the GDELT file whose rows name the seed's states (parallel INTERACTED_WITH
edges between Russia and North Korea, dated 2024-10-09).

The opening overview, links that reopen a view (back and forward too), errors of a bad
link next to their fields, the time slider changing the visible edges, one details panel
(an actor's record; every claim under an aggregated edge), find, expand and drop, saving
the view (PNG, GEXF, GraphML, CSV), aggregated pictures on their own, and labels that
hide as the analyst zooms out on a 300-node picture. Nothing may be requested from
another host; no console error. The README's screenshot: docs/img/explorer-workbench.png.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import networkx as nx
import pytest
from playwright.sync_api import Browser, Frame, Page, Route

from graph.db import Database
from graph.settings import Settings
from loaders.gdelt import load_gdelt_files
from tests.conftest import load_seed
from tests.test_api_aggregate import expanded, expected_dates
from tests.viz_live import LiveApi, assert_json_error, browser, serve_app  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
GDELT_SEED_STATES = ROOT / "tests" / "data" / "gdelt" / "20241010120000.export.CSV"
SCREENSHOT = ROOT / "docs" / "img" / "explorer-workbench.png"


@pytest.fixture(scope="module")
def live(db: Database, settings: Settings) -> Iterator[LiveApi]:
    load_seed(db)
    load_gdelt_files(db, [GDELT_SEED_STATES])
    with serve_app(settings) as api:
        yield api


@dataclass
class Bench:
    """The explorer in a browser tab, with what it requested and any error it logged."""

    page: Page
    origin: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def picture(self) -> Frame:
        frame = self.page.frame(name="picture") or self.page.main_frame.child_frames[0]
        return frame

    def pic(self, expression: str, arg: Any = None) -> Any:
        return self.picture().evaluate(expression, arg)

    def loads(self) -> int:
        return int(self.js("window.explorer.loads"))

    def wait_view(self, kind: str, after: int) -> None:
        """Wait until a view of ``kind`` is drawn as picture number ``after + 1`` or later."""
        self.page.wait_for_function(
            "([kind, n]) => window.explorer.ready && window.explorer.loads > n &&"
            " window.explorer.view && window.explorer.view.kind === kind",
            arg=[kind, after], timeout=30_000)

    def open(self, path: str) -> None:
        before = self.loads() if self.page.url.startswith(self.origin) else 0
        response = self.page.goto(self.origin + path, wait_until="load")
        assert response is not None and response.status == 200
        del before
        self.page.wait_for_function("() => window.explorer.ready && window.explorer.loads > 0",
                                    timeout=30_000)

    def point(self, *, node: str | None = None, edge: str | None = None) -> tuple[float, float]:
        """Page coordinates of a node's centre or an edge's midpoint in the picture."""
        inner = self.pic(
            """([node, edge]) => {
                const net = window.geokg.network;
                const p = node !== null ? net.getPosition(node)
                                        : net.body.edges[edge].edgeType.getPoint(0.5);
                const d = net.canvasToDOM(p);
                const r = document.querySelector('#network canvas').getBoundingClientRect();
                return [r.left + d.x, r.top + d.y];
            }""", [node, edge])
        box = self.page.locator("#picture").bounding_box()
        assert box is not None
        return box["x"] + inner[0], box["y"] + inner[1]

    def show(self, *, node: str | None = None, edge: str | None = None) -> None:
        """Bring a node or an edge to the middle of the picture, unhidden by the panel."""
        self.pic("""([node, edge]) => {
            const net = window.geokg.network;
            const p = node !== null ? net.getPosition(node)
                                    : net.body.edges[edge].edgeType.getPoint(0.5);
            net.moveTo({position: p, scale: 1.0, animation: false});
        }""", [node, edge])

    def drawn_edges(self) -> dict[str, dict[str, Any]]:
        return {e["id"]: e for e in self.pic(
            "(window.geokg.edges ? window.geokg.edges.get() : []).map(e => ({id: e.id,"
            " hidden: !!e.hidden, edge_ids: e.info.edge_ids, count: e.info.count || 1}))")}


@pytest.fixture
def bench(live: LiveApi, browser: Browser) -> Iterator[Bench]:  # noqa: F811
    context = browser.new_context(viewport={"width": 1500, "height": 950},
                                  accept_downloads=True)
    page = context.new_page()
    b = Bench(page, live.origin)

    def guard(route: Route) -> None:  # let nothing leave the machine
        parts = urlsplit(route.request.url)
        if f"{parts.scheme}://{parts.netloc}" == live.origin:
            route.continue_()
        else:
            route.abort()

    page.on("request", lambda r: b.requests.append(r.url))
    page.on("console", lambda m: b.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: b.errors.append(f"pageerror: {e}"))
    context.route("**/*", guard)
    yield b
    context.close()
    foreign = [u for u in b.requests
               if not (u.startswith(live.origin + "/") or u in ("about:srcdoc", "about:blank")
                       or u.startswith(("blob:", "data:")))]
    assert foreign == []


def aggregated(live: LiveApi, path: str, **params: Any) -> dict[str, Any]:
    """The aggregated answer, its edges with what they leave out at its default filled in
    (``expanded``; their ids as sent: the picture's ids)."""
    r = live.http.get(path, params={**params, "aggregate": "true"})
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    for holder in body.get("paths", [body]):
        holder["edges"] = [expanded(e) for e in holder["edges"]]
    return body


def group(e: dict[str, Any]) -> str:
    """An edge's group: ``<TYPE>:<source>-><target>`` (an aggregated edge's id unless it
    stands for one edge)."""
    return f"{e['type']}:{e['source']}->{e['target']}"


# --- opening, links, history ---------------------------------------------------------------


@pytest.mark.browser
def test_the_explorer_opens_on_the_overview_never_a_blank_canvas(
        bench: Bench, live: LiveApi) -> None:
    bench.open("/")
    bench.wait_view("overview", 0)
    overview = live.http.get("/overview").json()
    assert overview["nodes"] and overview["edges"]
    drawn = bench.pic("window.geokg.nodes.getIds()")
    assert sorted(drawn) == sorted(n["id"] for n in overview["nodes"])
    assert set(bench.drawn_edges()) == {e["id"] for e in overview["edges"]}
    assert "Overview" in bench.picture().inner_text("#title")
    assert bench.errors == []


@pytest.mark.browser
def test_a_link_reopens_its_view_and_back_and_forward_move_between_views(
        bench: Bench, live: LiveApi) -> None:
    bench.open("/?actor=north-korea&depth=2&since=2024-06")
    bench.wait_view("neighbourhood", 0)
    assert bench.page.input_value("#since") == "2024-06"
    assert bench.page.input_value("#depth") == "2"
    assert bench.js("window.explorer.a.id") == "north-korea"
    hood = aggregated(live, "/actors/north-korea/neighbors", depth=2, since="2024-06")
    assert set(bench.drawn_edges()) == {e["id"] for e in hood["edges"]}
    query = bench.picture().inner_text("#query")
    assert "since=2024-06" in query and "aggregate=true" in query and "depth=2" in query

    # a path, then back to the neighbourhood, then forward to the path: from the URL alone
    bench.page.select_option("#min-certainty", "confirmed")
    n = bench.loads()
    bench.page.fill("#actor-b", "")
    bench.page.locator("#actor-b").press_sequentially("Russia", delay=30)
    bench.page.locator("#suggest-b li[data-id='russia']").click()
    bench.page.click("#show-path")
    bench.wait_view("path", n)
    url = urlsplit(bench.page.url)
    assert "actor=north-korea" in url.query and "target=russia" in url.query
    assert "min_certainty=confirmed" in url.query
    n = bench.loads()
    bench.page.go_back()
    bench.wait_view("neighbourhood", n)
    assert bench.page.input_value("#min-certainty") == ""
    assert bench.page.input_value("#actor-b") == ""
    assert set(bench.drawn_edges()) == {e["id"] for e in hood["edges"]}
    n = bench.loads()
    bench.page.go_forward()
    bench.wait_view("path", n)
    assert bench.page.input_value("#min-certainty") == "confirmed"
    paths = aggregated(live, "/paths", source="north-korea", target="russia",
                       min_certainty="confirmed", since="2024-06")
    assert paths["paths"]
    assert set(bench.drawn_edges()) == {e["id"] for p in paths["paths"] for e in p["edges"]}

    # a Cypher view and the plain (not aggregated) edges reopen from their links too
    bench.open("/?cypher=" + "MATCH p = (:Actor {id: 'russia'})-[:SIGNED_AGREEMENT_WITH]-"
               "(:Actor) RETURN p")
    bench.wait_view("cypher", 0)
    assert "SIGNED_AGREEMENT_WITH" in bench.page.input_value("#cypher")
    assert "russia" in bench.pic("window.geokg.nodes.getIds()")
    bench.open("/?actor=north-korea&aggregate=false")
    bench.wait_view("neighbourhood", 0)
    assert not bench.page.is_checked("#aggregate")
    raw = live.http.get("/actors/north-korea/neighbors").json()
    assert set(bench.drawn_edges()) == {e["id"] for e in raw["edges"]}
    assert bench.errors == []


@pytest.mark.browser
@pytest.mark.parametrize(("link", "field", "words"), [
    ("/?actor=atlantis&depth=2", "actor-a", "no actor with id 'atlantis'"),
    ("/?actor=North%20Korea", "actor-a", "is not an actor id"),
    ("/?actor=north-korea&since=2024-13", "since", "'2024-13' is not a date"),
    ("/?actor=north-korea&depth=9", "depth", "'9' is not one of 1, 2, 3"),
    ("/?actor=north-korea&target=nato&mode=longest", "mode", "'longest'"),
    ("/?actor=north-korea&min_sources=0", "min-sources", "'0' is not a whole number"),
    ("/?actor=north-korea&aggregate=maybe", "aggregate", "'maybe' is not true or false"),
    ("/?actor=north-korea&rel_types=LOVES", "rel-types", "unknown relation type: LOVES"),
    ("/?actor=north-korea&since=2024-06-01&until=2024-01", "until", "before"),
])
def test_a_bad_link_opens_the_overview_with_the_error_next_to_its_field(
        bench: Bench, link: str, field: str, words: str) -> None:
    bench.open(link)
    bench.wait_view("overview", 0)
    error = bench.page.inner_text(f"#error-{field}")
    assert words in error, error
    assert bench.picture().inner_text("#title").startswith("Overview")
    # the page is never blank: the overview is drawn and the status says why
    assert bench.pic("window.geokg.nodes.length") > 0
    assert "error" in (bench.page.get_attribute("#explorer-status", "class") or "")
    assert [e for e in bench.errors if "status of 404" not in e
            and "status of 422" not in e] == []


# --- time -----------------------------------------------------------------------------------


def overlaps(e: dict[str, Any], lo: str | None, hi: str | None) -> bool:
    """The slider's rule for an aggregated edge (docs/viz.md): its dates meet [lo, hi]."""
    first, last = e["first"] or "0000-01-01", e["last"] or "9999-12-31"
    return (hi is None or first <= hi) and (lo is None or last >= lo)


@pytest.mark.browser
def test_the_slider_changes_the_visible_edges_and_moves_since_until(
        bench: Bench, live: LiveApi) -> None:
    bench.open("/?actor=north-korea&depth=2")
    bench.wait_view("neighbourhood", 0)
    hood = aggregated(live, "/actors/north-korea/neighbors", depth=2)
    edges = {e["id"]: e for e in hood["edges"]}
    frame = bench.picture()
    to = frame.locator("#time-to")
    assert to.get_attribute("type") == "range"
    assert frame.get_by_role("slider", name="to").count() == 1
    assert frame.get_by_role("button", name="▶ Play").count() == 1
    assert bench.pic("window.geokg.visibleEdges") == len(edges)
    # the histogram counts the drawn edges: every dated one is in a bar
    counts = bench.pic("window.geokg.timeline.get().counts")
    assert len(counts) == 48 and max(counts) > 0

    # keyboard on the "to" slider: back to its first day
    to.focus()
    to.press("Home")
    window = bench.pic("window.geokg.timeline.get()")
    assert window["to"] == window["min"] and window["from"] is None
    expected = {i for i, e in edges.items()
                if e["undated"] < e["count"] and overlaps(e, None, window["to"])}
    # "keep undated edges" is the explorer's box (unticked): undated edges are hidden
    visible = {i for i, e in bench.drawn_edges().items() if not e["hidden"]}
    assert visible == expected
    assert 0 < len(visible) < len(edges)
    assert bench.pic("window.geokg.visibleEdges") == len(visible)
    assert bench.page.input_value("#until") == window["to"]
    assert bench.page.input_value("#since") == ""
    assert f"until={window['to']}" in urlsplit(bench.page.url).query

    # the explorer's box brings the undated edges back, in place
    bench.page.check("#include-undated")
    undated = {i for i, e in edges.items() if e["undated"] == e["count"]}
    assert undated
    visible = {i for i, e in bench.drawn_edges().items() if not e["hidden"]}
    assert visible == expected | undated

    # typing since / until moves the window (no reload)
    n = bench.loads()
    bench.page.fill("#since", "2024-10")
    bench.page.fill("#until", "2024-10")
    bench.page.locator("#until").dispatch_event("change")
    window = bench.pic("window.geokg.timeline.get()")
    # October 2024 ends after the picture's last date: the window is open on that side
    assert window["from"] == "2024-10-01" and window["max"] < "2024-10-31"
    assert window["to"] is None
    assert bench.loads() == n
    visible = {i for i, e in bench.drawn_edges().items() if not e["hidden"]}
    assert visible == {i for i, e in edges.items()
                       if e["undated"] == e["count"]
                       or overlaps(e, "2024-10-01", None)}
    assert {group(edges[i]) for i in visible} & {"INTERACTED_WITH:russia->north-korea",
                                                 "INTERACTED_WITH:north-korea->russia"}

    # play walks the window forward, pause stops it
    bench.page.uncheck("#include-undated")
    play = frame.get_by_role("button", name="▶ Play")
    play.click()
    assert frame.locator("#time-play").get_attribute("aria-pressed") == "true"
    start = bench.pic("window.geokg.timeline.get().from")
    bench.page.wait_for_function(
        "s => { const f = document.querySelector('#picture').contentWindow.geokg.timeline.get();"
        " return f.from !== null && f.from > s; }", arg=start or "0000", timeout=15_000)
    frame.locator("#time-play").click()
    assert frame.locator("#time-play").get_attribute("aria-pressed") == "false"
    assert bench.errors == []


# --- one details panel ------------------------------------------------------------------------


@pytest.mark.browser
def test_one_details_panel_for_an_aggregated_edge_and_for_an_actor(
        bench: Bench, live: LiveApi) -> None:
    bench.open("/?actor=north-korea")
    bench.wait_view("neighbourhood", 0)
    # the picture's own panel is hidden inside the explorer: one panel only
    assert bench.pic("getComputedStyle(document.getElementById('panel')).display") == "none"
    assert bench.page.locator("aside").count() == 1

    hood = aggregated(live, "/actors/north-korea/neighbors")
    troops = next(e for e in hood["edges"] if e["id"] == "DEPLOYED_TROOPS_TO:north-korea->russia")
    assert troops["count"] == 2
    claims = live.http.get("/edges", params={"source": "north-korea", "target": "russia",
                                             "id": troops["edge_ids"]}).json()
    assert claims["statements"]
    bench.show(edge=troops["id"])
    bench.page.mouse.click(*bench.point(edge=troops["id"]))
    bench.page.wait_for_function(
        "id => window.explorer.selectedEdge === id && window.explorer.details.loaded",
        arg=troops["id"], timeout=10_000)
    panel = bench.page.inner_text("#details")
    assert "North Korea —DEPLOYED_TROOPS_TO→ Russia" in panel
    assert "2 confirmed" in panel
    for st in claims["statements"]:  # every claim under it, in its own language
        assert st["quote"] in panel
    quotes = bench.js("Array.from(document.querySelectorAll('#details blockquote'))"
                      ".map(q => [q.textContent, q.lang])")
    assert sorted(quotes) == sorted([s["quote"], s["language"]] for s in claims["statements"])
    assert "it" in {lang for _, lang in quotes}
    hrefs = bench.js("Array.from(document.querySelectorAll('#details a')).map(a => a.href)")
    assert all(h.startswith(("http://", "https://")) for h in hrefs)

    # an actor: kind, identifiers, aliases, strongest relations
    bench.show(node="russia")
    bench.page.mouse.click(*bench.point(node="russia"))
    bench.page.wait_for_function(
        "() => window.explorer.details && window.explorer.details.node === 'russia'"
        " && window.explorer.details.loaded", timeout=10_000)
    panel = bench.page.inner_text("#details")
    actor = live.http.get("/actors/russia").json()
    assert "Russia" in panel and "state" in panel
    assert actor["identifiers"]["iso3"] == "RUS" and "RUS" in panel
    assert actor["identifiers"]["wikidata"] in panel
    assert all(a["text"] in panel for a in actor["aliases"])
    relations = bench.js("Array.from(document.querySelectorAll('#details ol.relations button'))"
                         ".map(b => b.dataset.edge)")
    russia_edges = [e for e in hood["edges"] if "russia" in (e["source"], e["target"])]
    strongest = max(e["corroboration"]["sources"] for e in russia_edges)
    assert relations and relations[0] in {e["id"] for e in russia_edges
                                          if e["corroboration"]["sources"] == strongest}
    # a relation in the list opens that edge's claims
    bench.page.locator("#details ol.relations button").first.click()
    bench.page.wait_for_function(
        "id => window.explorer.selectedEdge === id && window.explorer.details.loaded",
        arg=relations[0], timeout=10_000)
    assert bench.errors == []


# --- find, expand, drop ----------------------------------------------------------------------


@pytest.mark.browser
def test_find_centres_an_actor_double_click_expands_and_drop_removes(
        bench: Bench, live: LiveApi) -> None:
    bench.open("/?actor=choe-son-hui")
    bench.wait_view("neighbourhood", 0)
    before = set(bench.pic("window.geokg.nodes.getIds()"))
    assert "russia" not in before

    bench.page.fill("#find", "North Korea")
    bench.page.press("#find", "Enter")
    assert bench.pic("window.geokg.network.getSelectedNodes()") == ["north-korea"]
    centre = bench.pic("(() => { const n = window.geokg.network;"
                       " const a = n.getViewPosition(), b = n.getPosition('north-korea');"
                       " return Math.hypot(a.x - b.x, a.y - b.y); })()")
    assert centre < 1
    bench.page.fill("#find", "Atlantis")
    bench.page.press("#find", "Enter")
    assert "no actor named “Atlantis” in the picture" in bench.page.inner_text("#error-find")

    # double-click North Korea: its own neighbours join the picture in place
    bench.page.mouse.dblclick(*bench.point(node="north-korea"))
    bench.page.wait_for_function("() => window.explorer.expanded === 1", timeout=15_000)
    nk = aggregated(live, "/actors/north-korea/neighbors")
    after = set(bench.pic("window.geokg.nodes.getIds()"))
    assert after == before | {n["id"] for n in nk["nodes"]}
    assert set(bench.drawn_edges()) >= {e["id"] for e in nk["edges"]}
    assert bench.loads() == 1  # in place: no new picture

    # drop Russia: it and its edges leave the picture
    bench.page.fill("#find", "Russia")
    bench.page.press("#find", "Enter")
    bench.page.click("#drop-node")
    assert "russia" not in bench.pic("window.geokg.nodes.getIds()")
    assert not any("russia" in (e.split(":")[1].split("->")) for e in bench.drawn_edges())
    assert bench.errors == []


# --- saving the view ---------------------------------------------------------------------------


@pytest.mark.browser
def test_png_gexf_graphml_and_csv_save_the_view_as_drawn(
        bench: Bench, live: LiveApi, tmp_path: Path) -> None:
    bench.open("/?actor=north-korea")
    bench.wait_view("neighbourhood", 0)
    bench.page.fill("#find", "Choe Son Hui")
    bench.page.press("#find", "Enter")
    bench.page.click("#drop-node")
    drawn = bench.drawn_edges()
    nodes = set(bench.pic("window.geokg.nodes.getIds()"))
    under = {i for e in drawn.values() for i in e["edge_ids"]}

    with bench.page.expect_download() as got:
        bench.page.click("#save-png")
    png = Path(got.value.path()).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000

    files: dict[str, Path] = {}
    for fmt in ("gexf", "graphml", "csv"):
        with bench.page.expect_download() as got:
            bench.page.click(f"button.export[data-format={fmt}]")
        files[fmt] = tmp_path / got.value.suggested_filename
        got.value.save_as(files[fmt])
    assert files["gexf"].name == "geokg-view.gexf"
    for fmt, read in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        g = read(files[fmt])
        assert set(g.nodes) == nodes, fmt
        keys = {d.get("key") or d.get("id") or k for _, _, k, d in g.edges(keys=True, data=True)}
        assert keys == under, fmt
        assert "choe-son-hui" not in g.nodes
    with zipfile.ZipFile(io.BytesIO(files["csv"].read_bytes())) as z:
        names = z.namelist()
        assert any(n.endswith("edges.csv") for n in names)
        edges_csv = z.read(next(n for n in names if n.endswith("edges.csv"))).decode()
    assert len(edges_csv.strip().splitlines()) == len(under) + 1
    assert bench.errors == []


# --- pictures on their own -------------------------------------------------------------------


@pytest.mark.browser
def test_an_aggregated_picture_on_its_own_keeps_its_panel_and_reads_the_claims(
        live: LiveApi, browser: Browser) -> None:  # noqa: F811
    hood = aggregated(live, "/actors/north-korea/neighbors")
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(live.origin + "/viz/actors/north-korea?aggregate=true", wait_until="load")
        page.wait_for_function("() => window.geokg && window.geokg.ready", timeout=20_000)
        assert set(page.evaluate("window.geokg.edges.getIds()")) == {e["id"] for e in hood["edges"]}
        under = sum(e["count"] for e in hood["edges"])
        assert f"{under} edges drawn as {len(hood['edges'])}" in page.inner_text("#subtitle")
        assert page.evaluate("getComputedStyle(document.getElementById('panel')).display") != "none"
        troops = "DEPLOYED_TROOPS_TO:north-korea->russia"
        page.evaluate("id => window.geokg.network.body.emitter.emit('click', {nodes: [],"
                      " edges: [id], event: {}, pointer: {DOM: {x: 0, y: 0},"
                      " canvas: {x: 0, y: 0}}})", troops)
        page.wait_for_selector("#details-body .claims blockquote", timeout=10_000)
        assert "Sources and stances" in page.inner_text("#details-body")
        langs = page.evaluate("Array.from(document.querySelectorAll('#details-body"
                              " blockquote')).map(q => q.lang)")
        assert "it" in langs
        for path in ("/viz/overview", "/viz/paths?source=choe-son-hui&target=nato&aggregate=true"):
            page.goto(live.origin + path, wait_until="load")
            page.wait_for_function("() => window.geokg && window.geokg.ready", timeout=20_000)
            assert page.evaluate("window.geokg.nodes.length") > 0
        assert errors == []
    finally:
        page.close()
    assert_json_error(live.http.get("/viz/actors/north-korea?aggregate=maybe"), 422,
                      "query.aggregate")
    assert_json_error(live.http.get("/viz/overview?limit=0"), 422, "query.limit")


@pytest.mark.browser
def test_aggregated_dates_are_the_edges_first_start_and_last_end(live: LiveApi) -> None:
    raw = live.http.get("/actors/north-korea/neighbors", params={"depth": 2}).json()
    agg = aggregated(live, "/actors/north-korea/neighbors", depth=2)
    members: dict[str, list[dict[str, Any]]] = {}
    for e in raw["edges"]:
        members.setdefault(group(e), []).append(e)
    assert {group(e) for e in agg["edges"]} == set(members)
    for e in agg["edges"]:
        assert (e["first"], e["last"], e["undated"]) == expected_dates(members[group(e)]), e
    # a role that still holds has no last day; a dated event edge has both
    role = next(e for e in agg["edges"]
                if group(e) == "FOREIGN_MINISTER_OF:choe-son-hui->north-korea")
    assert role["first"] == "2022-06-01" and role["last"] is None
    assert dt.date.fromisoformat(next(e for e in agg["edges"]
                                      if e["type"] == "INTERACTED_WITH")["first"])


# --- readable at 300 nodes --------------------------------------------------------------------


@pytest.mark.browser
def test_labels_grow_with_degree_and_hide_when_zoomed_out_at_300_nodes(
        browser: Browser, tmp_path: Path) -> None:  # noqa: F811
    from bench.viz import subgraph
    from viz.render import render_html

    g = subgraph(300, 42)
    page_file = tmp_path / "300.html"
    page_file.write_text(render_html(g, title="300 actors", query="test", trusted=True),
                         encoding="utf-8")
    degree: dict[str, int] = {}
    for e in g["edges"]:
        for end in (e["source"], e["target"]):
            degree[end] = degree.get(end, 0) + 1
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        page.goto(page_file.as_uri(), wait_until="load")
        page.wait_for_function("() => window.geokg && window.geokg.ready", timeout=30_000)
        fonts = dict(page.evaluate("window.geokg.nodes.get().map(n => [n.id, n.font.size])"))
        ranked = sorted(degree, key=lambda n: degree[n])
        for low, high in zip(ranked, ranked[1:], strict=False):  # never smaller for more ties
            assert fonts[low] <= fonts[high], (low, high)
        page.evaluate("window.geokg.network.redraw()")
        page.wait_for_timeout(200)
        shown = page.evaluate("Object.values(window.geokg.network.body.nodes)"
                              ".filter(x => x.options.label && x.labelModule.visible())"
                              ".map(x => x.id)")
        hub = ranked[-1]
        assert hub in shown and 8 <= len(shown) < 300 // 2  # the hubs' labels, not all
        page.evaluate("window.geokg.network.moveTo({scale: 3, animation: false})")
        page.wait_for_timeout(100)
        assert page.evaluate("() => { const n = window.geokg.network; n.redraw();"
                             " return n.getScale(); }") == 3
        # zoomed in, every label in view can be read: none is hidden by its size
        hidden = page.evaluate("() => Object.values(window.geokg.network.body.nodes)"
                               ".filter(x => x.options.label && x.labelModule.fontOptions.size"
                               " * 3 < 9 - 1).length")
        assert hidden == 0
    finally:
        page.close()


# --- the README's screenshot -----------------------------------------------------------------


@pytest.mark.browser
def test_workbench_screenshot(bench: Bench, live: LiveApi) -> None:
    bench.open("/?actor=north-korea&depth=2")
    bench.wait_view("neighbourhood", 0)
    troops = "DEPLOYED_TROOPS_TO:north-korea->russia"
    bench.show(edge=troops)
    bench.page.mouse.click(*bench.point(edge=troops))
    bench.page.wait_for_function("() => window.explorer.details && window.explorer.details.loaded",
                                 timeout=10_000)
    bench.page.mouse.move(5, 940)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    bench.page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 40_000
    assert bench.errors == []
