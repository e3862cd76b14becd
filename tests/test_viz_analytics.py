"""Analytics in the pictures, served by the real API on the seeded Neo4j: node size by a
centrality, colour by community, and the diff view, checked against the JSON answers of
/analytics/centrality, /analytics/communities and /analytics/diff; the pages loaded in
Debian's headless Chromium make no foreign request and log no console error.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from playwright.sync_api import Browser

from tests.test_viz_api import geokg, loaded  # noqa: F401 (fixture)
from tests.viz_live import LiveApi, api, assert_json_error, browser  # noqa: F401 (fixtures)
from viz.style import COMMUNITY_PALETTE, DIFF_STYLES

#: Every actor–actor relationship of the seed, in one row (a complete graph for scoring).
ALL_TIES = "MATCH (:Actor)-[r]->(:Actor) RETURN collect(r) AS rels"
DIFF = "actor=north-korea&depth=1&at=2024-06-01&compare_to=2024-12-31"


def page_data(html: str) -> dict[str, Any]:
    """The network JSON a picture page carries."""
    found = re.search(r'<script type="application/json" id="geokg-data">(.*?)</script>',
                      html, re.S)
    assert found, "no network data in the page"
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def check_sizes_follow(sizes: dict[str, float], scores: dict[str, float]) -> None:
    """The node sizes are ordered as the scores: a higher score is never drawn smaller,
    the top actor is drawn largest (alone, when its score is alone at the top)."""
    assert sizes.keys() == scores.keys()
    for a in scores:
        for b in scores:
            if scores[a] > scores[b] + 1e-12:
                assert sizes[a] > sizes[b], (a, b, scores[a], scores[b], sizes[a], sizes[b])
            if abs(scores[a] - scores[b]) <= 1e-12:
                assert sizes[a] == pytest.approx(sizes[b], abs=0.01)
    top = max(scores, key=lambda n: scores[n])
    assert sizes[top] == max(sizes.values())


def check_colours_follow(fills: dict[str, str], communities: list[list[str]]) -> None:
    """Same community, same colour; different communities, different colours."""
    colour_of = {}
    for members in communities:
        colours = {fills[m] for m in members}
        assert len(colours) == 1, members
        colour_of[colours.pop()] = members
    assert len(colour_of) == len(communities), "two communities share a colour"


# --- over HTTP: exactly the analytics answers ---------------------------------------------

@pytest.mark.parametrize("algorithm", ["pagerank", "betweenness", "degree"])
def test_cypher_picture_sizes_follow_the_centrality(api: LiveApi,  # noqa: F811
                                                    algorithm: str) -> None:
    answer = api.http.get(f"/analytics/centrality?algorithm={algorithm}&limit=1000"
                          f"&query={quote(ALL_TIES)}").json()
    scores = {r["actor"]: r["score"] for r in answer["results"]}
    assert len(scores) >= 10
    r = api.http.post(f"/viz/cypher?size_by={algorithm}", json={"query": ALL_TIES})
    assert r.status_code == 200, r.text
    data = page_data(r.text)
    look = data["look"]
    check_sizes_follow({n: look["sizes"][n] for n in scores}, scores)
    assert {n["id"] for n in data["nodes"]} == set(scores)
    top = answer["results"][0]["actor"]
    if algorithm == "pagerank":
        assert top == "north-korea"
    # the tooltip and side panel print "<algorithm>: <score> (node size)" from these
    assert look["score_name"] == algorithm and look["scores"][top] == f"{scores[top]:.4f}"
    assert f"Node size: {algorithm} centrality" in r.text


def test_cypher_picture_colours_follow_the_communities(api: LiveApi) -> None:  # noqa: F811
    answer = api.http.get(f"/analytics/communities?limit=1000&query={quote(ALL_TIES)}").json()
    communities = [[m["actor"] for m in c["members"]] for c in answer["communities"]]
    assert len(communities) >= 2 and answer["total"] == len(communities)
    r = api.http.post("/viz/cypher?color_by=community", json={"query": ALL_TIES})
    look = page_data(r.text)["look"]
    fills = {n: look["fills"][n] for members in communities for n in members}
    check_colours_follow(fills, communities)
    assert fills[communities[0][0]] == COMMUNITY_PALETTE[0]  # 0 is the largest
    legend = re.search(r'id="legend-communities">(.*?)</ul>', r.text, re.S)
    assert legend and legend.group(1).count("<li>") == len(communities)
    # without the options, sizes and colours are the kind's, as before
    plain = page_data(api.http.post("/viz/cypher", json={"query": ALL_TIES}).text)
    assert not plain["look"].get("sizes") and not plain["look"].get("fills")


def test_diff_picture_matches_analytics_diff(api: LiveApi) -> None:  # noqa: F811
    answer = api.http.get(f"/analytics/diff?{DIFF}").json()
    r = api.http.get(f"/viz/diff?{DIFF}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    data = page_data(r.text)
    classes = data["look"]["classes"]
    assert set(classes) == {e["id"] for e in data["edges"]}  # every drawn edge has a class
    appeared = {e["key"] for e in answer["appeared"]}
    assert {k for k, c in classes.items() if c == "appeared"} == appeared
    assert {k for k, c in classes.items() if c == "ended"} == {
        e["key"] for e in answer["ended"]}
    assert sum(c == "unchanged" for c in classes.values()) == answer["counts"]["unchanged"]
    assert data["look"]["period"] == "2024-06-01 → 2024-12-31"
    # colours and tooltips as drawn: test_diff_view_marks_the_treaty_and_the_troops_...
    assert "2024-06-01" in r.text.split("</header>")[0]
    assert "2024-12-31" in r.text.split("</header>")[0]


@pytest.mark.parametrize(("path", "status", "location"), [
    ("/viz/actors/russia?size_by=closeness", 422, "query.size_by"),
    ("/viz/actors/russia?color_by=kind", 422, "query.color_by"),
    ("/viz/paths?source=choe-son-hui&target=nato&size_by=", 422, "query.size_by"),
    ("/viz/diff?actor=north-korea&compare_to=2024-12-31", 422, "query.at"),
    ("/viz/diff?actor=north-korea&at=2024-12-31&compare_to=2024-06-01", 422,
     "query.compare_to"),
    ("/viz/diff?actor=north-korea&at=2024-06-01&compare_to=2024-13-01", 422,
     "query.compare_to"),
    ("/viz/diff?actor=north-korea&depth=4&at=2024-06-01&compare_to=2024-12-31", 422,
     "query.depth"),
    ("/viz/diff?actor=north-korea&types=LOVES&at=2024-06-01&compare_to=2024-12-31", 422,
     "query.types.0"),
    ("/viz/diff?actor=nobody&at=2024-06-01&compare_to=2024-12-31", 404, "query.actor"),
    ("/viz/diff?scope=cypher&at=2024-06-01&compare_to=2024-12-31", 422, "query.query"),
])
def test_bad_options_get_the_one_json_error_body(api: LiveApi, path: str,  # noqa: F811
                                                 status: int, location: str) -> None:
    assert_json_error(api.http.get(path), status, location)


def test_cypher_picture_refuses_a_bad_option_and_a_write(api: LiveApi) -> None:  # noqa: F811
    r = api.http.post("/viz/cypher?color_by=pagerank", json={"query": ALL_TIES})
    assert r.status_code == 422
    assert r.json()["error"]["details"][0]["location"] == "query.color_by"
    r = api.http.post("/viz/cypher?size_by=pagerank", json={"query": "CREATE (n) RETURN n"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "query_rejected"
    r = api.http.get("/viz/diff?scope=cypher&query=CREATE%20(n)%20RETURN%20n"
                     "&at=2024-06-01&compare_to=2024-12-31")
    assert r.status_code == 403 and r.json()["error"]["code"] == "query_rejected"


# --- in Chromium ---------------------------------------------------------------------------

@pytest.mark.browser
def test_neighbourhood_sized_and_coloured_in_chromium(api: LiveApi,  # noqa: F811
                                                      browser: Browser) -> None:  # noqa: F811
    central = api.http.get("/analytics/centrality?actor=north-korea&depth=2").json()
    query = "depth=2&size_by=pagerank&color_by=community"
    with loaded(browser, api.origin, f"/viz/actors/north-korea?{query}") as v:
        assert v.foreign == [] and v.errors == []
        nodes = v.js("window.geokg.nodes.get().map(n => [n.id, n.size, "
                     "typeof n.color === 'string' ? n.color : n.color.background, "
                     "n.info.props])")
        sizes = {n[0]: n[1] for n in nodes}
        fills = {n[0]: n[2] for n in nodes}
        largest = max(sizes, key=lambda n: sizes[n])
        assert largest == central["results"][0]["actor"] == "north-korea"
        assert sorted(sizes.values(), reverse=True)[0] > sorted(sizes.values(),
                                                                reverse=True)[1]
        # the communities the page states are the colours it draws
        stated = {n[0]: dict(n[3])["community"] for n in nodes}
        groups: dict[str, list[str]] = {}
        for node, c in stated.items():
            groups.setdefault(c, []).append(node)
        check_colours_follow(fills, list(groups.values()))
        assert len(groups) >= 2
        legend = v.page.inner_text("#legend")
        assert "Colour: community" in legend and "community 0" in legend
        assert "Node size: pagerank" in legend


@pytest.mark.browser
def test_diff_view_marks_the_treaty_and_the_troops_as_appeared(api: LiveApi,  # noqa: F811
                                                               browser: Browser  # noqa: F811
                                                               ) -> None:
    with loaded(browser, api.origin, f"/viz/diff?{DIFF}") as v:
        assert v.requests == [f"{api.origin}/viz/diff?{DIFF}"]
        assert v.foreign == [] and v.errors == []
        edges = v.js("window.geokg.edges.get().map(e => [e.id, e.info.type, e.change, "
                     "e.color.color, e.title.textContent])")
        by_type = {e[1]: e for e in edges}
        for rel in ("SIGNED_AGREEMENT_WITH", "DEPLOYED_TROOPS_TO"):
            _, _, change, colour, tip = by_type[rel]
            assert change == "appeared"
            assert colour == DIFF_STYLES["appeared"].color
            assert tip.startswith("change: appeared (2024-06-01 → 2024-12-31)")
        assert {e[2] for e in edges} <= set(DIFF_STYLES)
        header = v.page.inner_text("header")
        assert "2024-06-01" in header and "2024-12-31" in header
        legend = v.page.inner_text("#legend")
        for cls in DIFF_STYLES:
            assert cls in legend
        # clicking is not needed for the class: the side panel shows it too
        treaty = by_type["SIGNED_AGREEMENT_WITH"][0]
        info = v.js("id => window.geokg.edges.get(id).info", treaty)
        assert info["change"].startswith("appeared")
        assert info["evidence"], "the diff edges carry their evidence"


# --- the CLI -------------------------------------------------------------------------------

def test_cli_size_colour_and_diff(geokg: Any, api: LiveApi,  # noqa: F811
                                  tmp_path: Path) -> None:
    out = tmp_path / "nk.html"
    code, stdout, stderr = geokg("actor", "north-korea", "--depth", "2", "--size-by",
                                 "pagerank", "--color-by", "community", "-o", str(out))
    assert code == 0, stderr
    assert stdout.startswith(f"wrote {out}")
    look = page_data(out.read_text(encoding="utf-8"))["look"]
    assert max(look["sizes"], key=lambda n: look["sizes"][n]) == "north-korea"
    assert len(set(look["fills"].values())) >= 2
    assert "--size-by pagerank --color-by community" in out.read_text(encoding="utf-8")

    out = tmp_path / "diff.html"
    code, _, stderr = geokg("diff", "--actor", "north-korea", "--at", "2024-06-01",
                            "--compare-to", "2024-12-31", "-o", str(out))
    assert code == 0, stderr
    answer = api.http.get(f"/analytics/diff?{DIFF}").json()
    classes = page_data(out.read_text(encoding="utf-8"))["look"]["classes"]
    assert {k for k, c in classes.items() if c == "appeared"} == {
        e["key"] for e in answer["appeared"]}

    bad = tmp_path / "bad.html"
    for args, message in [
        (("diff", "--actor", "north-korea", "--at", "2024-12-31", "--compare-to",
          "2024-06-01"), "--compare-to: must be after --at"),
        (("diff", "--actor", "north-korea", "--at", "2024-06-31", "--compare-to",
          "2024-12-31"), "--at: '2024-06-31' is not a date"),
        (("diff", "--actor", "nobody", "--at", "2024-06-01", "--compare-to", "2024-12-31"),
         "no actor with id 'nobody'"),
    ]:
        code, _, stderr = geokg(*args, "-o", str(bad))
        assert code == 1, stderr
        assert stderr.startswith("error: ") and message in stderr
        assert stderr.count("\n") == 1, stderr
    code, _, stderr = geokg("actor", "north-korea", "--size-by", "closeness", "-o", str(bad))
    assert code == 2 and "--size-by" in stderr
    assert not bad.exists()
