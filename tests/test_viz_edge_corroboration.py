"""Corroboration in the pictures and the explorer, in real Chromium on the real API: edge
width grows with the sources, contested edges are dashed, and a clicked edge lists each
source's quote with its stance.

The graph is the one of tests/test_api_edge_corroboration.py (a troop deployment confirmed
by the Pentagon through AP and denied by Russia through TASS, GDELT edges of one and three
sources, ...).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser

from graph.db import Database
from graph.errors import InvalidInput
from graph.settings import Settings
from tests.test_api_edge_corroboration import (
    CONFIRM,
    DENY,
    DEPLOYMENT,
    GDELT_ONE,
    GDELT_THREE,
    ROLE,
    SHELL_CLAIMS,
    write_graph,
)
from tests.test_explorer import Explorer, edge_point
from tests.test_viz_api import loaded
from tests.test_viz_render import screen_point, wait_selected
from tests.viz_live import LiveApi, browser, serve_app  # noqa: F401 (fixtures)
from viz import render_html
from viz.model import validate_subgraph
from viz.style import CONTESTED_DASHES, EDGE_STYLES, source_width

CONTESTED = {*DEPLOYMENT, *SHELL_CLAIMS}

#: Each statement box of a details panel as [quote, stance line].
STATEMENTS_JS = """sel => [...document.querySelectorAll(sel)].map(b => [
    b.querySelector('blockquote').textContent, b.querySelector('.stance').textContent])"""


@pytest.fixture(scope="module")
def live(settings: Settings, db: Database) -> Iterator[LiveApi]:
    write_graph(db)
    with serve_app(settings) as api:
        yield api


def drawn_styles(frame: Any) -> dict[str, dict[str, Any]]:
    """Every drawn edge's vis-network width and dashes, by id."""
    rows = frame.evaluate("window.geokg.edges.get().map(e => [e.id, e.width, e.dashes])")
    return {i: {"width": w, "dashes": d} for i, w, d in rows}


@pytest.mark.browser
def test_picture_draws_sources_as_width_contest_as_dashes_and_lists_stances(
        live: LiveApi, browser: Browser) -> None:  # noqa: F811
    answer = live.http.get("/actors/north-korea/neighbors").json()
    edges = {e["id"]: e for e in answer["edges"]}
    with loaded(browser, live.origin, "/viz/actors/north-korea") as v:
        assert v.errors == [] and v.foreign == []
        styles = drawn_styles(v.page)
        assert set(styles) == set(edges)
        for key, edge in edges.items():
            c = edge["corroboration"]
            assert styles[key]["width"] == pytest.approx(source_width(c["sources"])), key
            if c["contested"]:
                assert styles[key]["dashes"] == CONTESTED_DASHES, key
            else:
                assert styles[key]["dashes"] == EDGE_STYLES[edge["certainty"]].dashes, key
        assert {k for k, s in styles.items() if s["dashes"] == CONTESTED_DASHES} == CONTESTED
        # three sources draw wider than one, two between them
        assert styles[GDELT_THREE]["width"] > styles[ROLE]["width"] > styles[GDELT_ONE]["width"]
        assert styles[GDELT_THREE]["width"] == pytest.approx(1.5 + 1.5 * math.log2(3))
        legend = v.page.inner_text("#legend")
        assert "contested: dashed" in legend and "width: distinct sources" in legend

        # the confirmation's edge: both sources' quotes, each with its stance
        key = DEPLOYMENT[0]
        v.page.mouse.click(*screen_point(v, edge=key))  # type: ignore[arg-type]
        wait_selected(v, edge=key)  # type: ignore[arg-type]
        panel = v.page.inner_text("#details")
        assert "2 sources (AP, TASS)" in panel
        assert "yes: denied by Russia" in panel
        said = v.js(STATEMENTS_JS, "#details-body .evidence")
        assert sorted(said) == sorted([[CONFIRM, "stance: confirmed — by pentagon"],
                                       [DENY, "stance: denied — by Russia"]])
        tip = v.js("id => window.geokg.edges.get(id).title.textContent", key)
        assert "sources: 2 source" in tip and "contested: yes" in tip
        assert v.errors == []


@pytest.mark.browser
def test_explorer_filters_corroboration_and_shows_each_sources_stance(
        live: LiveApi, browser: Browser) -> None:  # noqa: F811
    context = browser.new_context(viewport={"width": 1500, "height": 900})
    page = context.new_page()
    ex = Explorer(page)
    page.on("console", lambda m: ex.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: ex.errors.append(f"pageerror: {e}"))
    try:
        response = page.goto(live.origin + "/", wait_until="load")
        assert response is not None and response.status == 200
        page.wait_for_function("() => window.explorer.loads === 1", timeout=20_000)
        ex.opened = 1  # the explorer opens on the overview
        page.uncheck("#aggregate")  # every parallel edge on its own
        ex.pick("a", "North Korea", "north-korea")
        page.click("#show-neighbours")
        ex.wait_drawn(1)
        styles = drawn_styles(ex.picture())
        assert {k for k, s in styles.items() if s["dashes"] == CONTESTED_DASHES} == CONTESTED

        # click the denial's edge: the explorer's panel lists both quotes and stances
        key = DEPLOYMENT[1]
        page.mouse.click(*edge_point(ex, key))
        page.wait_for_function(
            "id => window.explorer.selectedEdge === id && window.explorer.details.loaded",
            arg=key, timeout=10_000)
        panel = page.inner_text("#details")
        assert "Sources and stances" in panel and "yes: denied by Russia" in panel
        said = page.evaluate(STATEMENTS_JS, "#details-body .evidence")
        assert sorted(said) == sorted([[CONFIRM, "stance: confirmed — by pentagon"],
                                       [DENY, "stance: denied — by Russia"]])
        assert page.get_attribute("#details-body .evidence[data-certainty='denied']",
                                  "data-certainty") == "denied"

        # two sources or more, nothing contested: the role and the three-source GDELT edge
        page.fill("#min-sources", "2")
        page.check("#exclude-contested")
        page.click("#show-neighbours")
        ex.wait_drawn(2)
        assert set(drawn_styles(ex.picture())) == {ROLE, GDELT_THREE}
        query = ex.picture().inner_text("#query")
        assert "min_sources=2" in query and "exclude_contested=true" in query

        # a bad count is the API's 422, named
        page.fill("#min-sources", "0")
        page.click("#show-neighbours")
        page.wait_for_function("() => window.explorer.error !== null", timeout=5000)
        assert "query.min_sources" in page.inner_text("#explorer-status")
        assert [e for e in ex.errors if "status of 422" not in e] == []
    finally:
        context.close()


def test_a_subgraph_from_outside_is_checked_for_corroboration_and_statements() -> None:
    stances = {"confirmed": ["pentagon"], "reported": [], "alleged": [], "denied": ["russia"]}
    edge: dict[str, Any] = {"id": "e1", "type": "DEPLOYED_TROOPS_TO", "source": "a", "target": "b",
            "certainty": "confirmed",
            "corroboration": {"sources": 2, "publishers": ["AP", "TASS"],
                              "asserted_by": ["pentagon", "russia"], "stances": stances,
                              "contested": True},
            "statements": [{"quote": DENY, "certainty": "denied", "asserted_by": ["russia"],
                            "source": "tass", "publisher": "TASS"}],
            "statements_dropped": 0}
    graph = {"nodes": [{"id": "a"}, {"id": "b"}], "edges": [edge]}
    assert validate_subgraph(graph)["edges"] == [edge]
    bad = {**edge, "corroboration": {**edge["corroboration"], "sources": -1}}
    with pytest.raises(InvalidInput) as caught:
        validate_subgraph({**graph, "edges": [bad]})
    assert "edges[0].corroboration.sources" in [d["location"] for d in caught.value.details]
    page = render_html(graph, title="t", query="q", settings=Settings())
    assert "contested: dashed" in page  # the legend says what dashes mean
