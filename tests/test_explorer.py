"""The explorer page at / driven in real Chromium as an analyst would, on the real API
and the seeded Neo4j: type-ahead, two actors, a certainty filter, a drawn path, the
evidence of a clicked edge, read-only Cypher. Nothing may be requested from another host.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Frame, Page, Route
from pydantic import SecretStr

from graph.db import Database
from graph.settings import Settings
from tests.test_api_aggregate import expanded
from tests.viz_live import LiveApi, api, browser, serve_app  # noqa: F401 (fixtures)


@dataclass
class Explorer:
    page: Page
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def picture(self) -> Frame:
        frame = self.page.frame(name="picture") or self.page.main_frame.child_frames[0]
        return frame

    #: Pictures drawn when the page opened (the overview the explorer opens on).
    opened: int = 0

    def wait_drawn(self, loads: int) -> None:
        """Wait until the picture number ``loads`` after the opening one is drawn."""
        self.page.wait_for_function(
            "n => window.explorer.loads >= n && window.explorer.ready",
            arg=loads + self.opened, timeout=20_000)

    def pick(self, which: str, text: str, actor_id: str) -> None:
        """Type ``text`` into an actor box and pick ``actor_id`` from the suggestions."""
        box = self.page.locator(f"#actor-{which}")
        box.click()
        box.press_sequentially(text, delay=40)
        option = self.page.locator(f"#suggest-{which} li[data-id='{actor_id}']")
        option.wait_for(state="visible", timeout=5000)
        option.click()
        self.page.wait_for_function(
            "([w, id]) => window.explorer[w] && window.explorer[w].id === id",
            arg=[which, actor_id], timeout=3000)


@pytest.fixture
def explorer(api: LiveApi, browser: Browser) -> Iterator[Explorer]:  # noqa: F811
    context = browser.new_context(viewport={"width": 1500, "height": 900})
    page = context.new_page()
    ex = Explorer(page)

    def guard(route: Route) -> None:  # record everything, let nothing leave the machine
        parts = urlsplit(route.request.url)
        if f"{parts.scheme}://{parts.netloc}" == api.origin:
            route.continue_()
        else:
            route.abort()

    page.on("request", lambda r: ex.requests.append(r.url))
    page.on("console", lambda m: ex.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: ex.errors.append(f"pageerror: {e}"))
    context.route("**/*", guard)
    response = page.goto(api.origin + "/", wait_until="load")
    assert response is not None and response.status == 200
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp
    page.wait_for_function("() => window.explorer.loads === 1 && window.explorer.ready",
                           timeout=20_000)  # it opens on the overview
    ex.opened = 1
    yield ex
    context.close()
    foreign = [u for u in ex.requests
               if not (u.startswith(api.origin + "/") or u == "about:srcdoc")]
    assert foreign == []


def edge_point(ex: Explorer, edge_id: str) -> tuple[float, float]:
    """Page coordinates of an edge's midpoint in the framed picture."""
    inner = ex.picture().evaluate(
        """id => {
            const net = window.geokg.network;
            const d = net.canvasToDOM(net.body.edges[id].edgeType.getPoint(0.5));
            const r = document.querySelector('#network canvas').getBoundingClientRect();
            return [r.left + d.x, r.top + d.y];
        }""", edge_id)
    box = ex.page.locator("#picture").bounding_box()
    assert box is not None
    return box["x"] + inner[0], box["y"] + inner[1]


@pytest.mark.browser
def test_analyst_finds_a_confirmed_path_and_reads_its_italian_evidence(
        explorer: Explorer, api: LiveApi) -> None:  # noqa: F811
    ex = explorer
    ex.pick("a", "Choe", "choe-son-hui")
    assert ex.page.input_value("#actor-a") == "Choe Son Hui"
    ex.pick("b", "NATO", "nato")
    ex.page.select_option("#min-certainty", "confirmed")
    ex.page.click("#show-path")
    ex.wait_drawn(1)

    params = {"source": "choe-son-hui", "target": "nato", "min_certainty": "confirmed"}
    answer = api.http.get("/paths", params=params).json()
    # the explorer draws aggregated edges: one per pair, type and direction
    grouped = api.http.get("/paths", params={**params, "aggregate": "true"}).json()
    expected = {e["id"]: e for p in grouped["paths"] for e in p["edges"]}
    assert expected
    assert ({i for e in expected.values() for i in expanded(e)["edge_ids"]}
            == {e["id"] for p in answer["paths"] for e in p["edges"]})
    drawn: list[dict[str, Any]] = ex.picture().evaluate(
        "window.geokg.edges.get().map(e => ({id: e.id, certainty: e.info.certainty}))")
    assert drawn and {e["id"] for e in drawn} == set(expected)
    assert all(e["certainty"] == "confirmed" for e in drawn)
    nodes = ex.picture().evaluate("window.geokg.nodes.getIds()")
    assert {"choe-son-hui", "nato"} <= set(nodes)
    assert "confirmed" in ex.picture().inner_text("#query")

    raw = next(e for p in answer["paths"] for e in p["edges"]
               if any(ev["language"] == "it" for ev in e["evidence"]))
    italian = next(ev for ev in raw["evidence"] if ev["language"] == "it")
    edge = next(e for e in expected.values() if raw["id"] in expanded(e)["edge_ids"])
    ex.page.mouse.click(*edge_point(ex, edge["id"]))
    ex.page.wait_for_function(
        "id => window.explorer.selectedEdge === id && window.explorer.details.loaded",
        arg=edge["id"], timeout=10_000)
    panel = ex.page.inner_text("#details")
    assert italian["quote"] in panel
    assert ex.page.get_attribute("#details blockquote", "lang") == "it"
    assert italian["gloss"] in panel and "confirmed" in panel
    assert (italian["source_title"] or italian["source"]) in panel
    assert ex.errors == []


@pytest.mark.browser
def test_analyst_draws_a_neighbourhood_and_cypher_and_sees_refusals(
        explorer: Explorer) -> None:
    ex = explorer
    # Without a picked actor the page says what to do instead of sending a request.
    ex.page.click("#show-neighbours")
    assert "pick an actor" in ex.page.inner_text("#explorer-status")

    ex.pick("a", "Corea del Nord", "north-korea")
    ex.page.fill("#since", "2024-06")
    ex.page.check("#include-undated")
    ex.page.click("#show-neighbours")
    ex.wait_drawn(1)
    assert ex.picture().evaluate("window.geokg.nodes.getIds()").count("north-korea") == 1
    assert "since=2024-06" in ex.picture().inner_text("#query")

    # A bad filter: the API's message is shown, the last picture stays.
    ex.page.fill("#since", "2024-13")
    ex.page.click("#show-neighbours")
    ex.page.wait_for_function("() => window.explorer.error !== null", timeout=5000)
    assert "query.since" in ex.page.inner_text("#explorer-status")
    assert "2024-13" in ex.page.inner_text("#error-since")  # next to the field too

    ex.page.fill("#cypher", "MATCH (n) DETACH DELETE n")
    ex.page.click("#run-cypher")
    ex.page.wait_for_function("() => window.explorer.error !== null", timeout=5000)
    assert "query refused" in ex.page.inner_text("#explorer-status")

    ex.page.fill("#cypher", "MATCH p = (:Actor {id: 'russia'})-[:SIGNED_AGREEMENT_WITH]-"
                            "(:Actor) RETURN p")
    ex.page.click("#run-cypher")
    ex.wait_drawn(2)
    assert "russia" in ex.picture().evaluate("window.geokg.nodes.getIds()")
    # The only console errors are Chromium's notes on the two refused requests.
    assert [e for e in ex.errors if "status of 403" not in e and "status of 422" not in e] == []
    assert len(ex.errors) == 2


@pytest.mark.browser
def test_with_a_read_key_the_analyst_types_it_into_the_explorer(
        settings: Settings, seeded_db: Database, browser: Browser) -> None:  # noqa: F811
    key = "explorer-read-key-7"
    keyed = settings.model_copy(update={"read_api_key": SecretStr(key)})
    with serve_app(keyed) as live:
        context = browser.new_context(viewport={"width": 1500, "height": 900})
        page = context.new_page()
        ex = Explorer(page)
        sent: list[tuple[str, str | None]] = []
        page.on("request", lambda r: sent.append((r.url, r.headers.get("x-api-key"))))
        page.on("pageerror", lambda e: ex.errors.append(f"pageerror: {e}"))
        try:
            response = page.goto(live.origin + "/", wait_until="load")
            assert response is not None and response.status == 200  # the shell is open
            assert live.http.get("/actors", params={"q": "Choe"}).status_code == 401

            # without the key the search says what is missing
            page.locator("#actor-a").press_sequentially("Choe", delay=40)
            page.wait_for_function(
                "() => document.getElementById('explorer-status').textContent"
                ".includes('needs an API key')", timeout=5000)
            assert "error" in (page.get_attribute("#explorer-status", "class") or "")

            # with it, the same search, a path picture and its data all work
            page.fill("#api-key", key)
            page.fill("#actor-a", "")
            ex.pick("a", "Choe", "choe-son-hui")
            ex.pick("b", "NATO", "nato")
            page.click("#show-path")
            ex.wait_drawn(1)
            nodes = ex.picture().evaluate("window.geokg.nodes.getIds()")
            assert {"choe-son-hui", "nato"} <= set(nodes)
            assert ex.errors == []
        finally:
            context.close()
    data_requests = [(u, k) for u, k in sent if "/actors?" in u or "/viz/" in u]
    assert any("/viz/paths?" in u and k == key for u, k in data_requests)
    assert all(key not in u for u, _ in sent)  # never in a URL
