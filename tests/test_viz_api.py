"""The /viz routes served by the real API on the seeded Neo4j, loaded in real Chromium.

The pictures must hold exactly what the JSON twins (/paths, /actors/{id}/neighbors,
/cypher) answer, load nothing from any other host, log no console error, and fail with the
API's one JSON error body. The path view's screenshot goes to docs/img/path-view.png.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Route
from typer.testing import CliRunner

from cli.main import app as cli_app
from graph.settings import Settings, get_settings
from tests.test_viz_render import screen_point, wait_selected
from tests.viz_live import LiveApi, api, assert_json_error, browser  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "docs" / "img" / "path-view.png"


@dataclass
class Loaded:
    """A picture page loaded from the API, with every request it made and its errors."""

    page: Page
    requests: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)


@contextmanager
def loaded(chromium: Browser, origin: str, path: str) -> Iterator[Loaded]:
    """Open ``origin + path`` and wait until the picture is drawn (laid out)."""
    context = chromium.new_context(viewport={"width": 1400, "height": 820})
    page = context.new_page()
    out = Loaded(page)

    def record(url: str) -> None:
        out.requests.append(url)
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != origin:
            out.foreign.append(url)

    def guard(route: Route) -> None:  # nothing may leave the machine, even by mistake
        parts = urlsplit(route.request.url)
        if f"{parts.scheme}://{parts.netloc}" == origin:
            route.continue_()
        else:
            route.abort()

    page.on("request", lambda r: record(r.url))
    page.on("console", lambda m: out.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: out.errors.append(f"pageerror: {e}"))
    context.route("**/*", guard)
    try:
        response = page.goto(origin + path, wait_until="load")
        assert response is not None and response.status == 200
        assert response.headers["content-type"].startswith("text/html")
        page.wait_for_function("() => window.geokg && window.geokg.ready === true",
                               timeout=10_000)
        yield out
    finally:
        context.close()


def drawn(v: Loaded) -> tuple[list[str], list[tuple[str, str, str, str]]]:
    """The node ids and the (id, from, to, relation) of the edges in the page's network."""
    nodes = v.js("window.geokg.network.body.data.nodes.getIds()")
    edges = v.js("window.geokg.network.body.data.edges.get()"
                 ".map(e => [e.id, e.from, e.to, e.info.type])")
    return sorted(nodes), sorted(tuple(e) for e in edges)


def expected_from_paths(answer: dict[str, Any]) -> tuple[list[str], list[tuple[str, ...]]]:
    nodes = {n["id"] for p in answer["paths"] for n in p["nodes"]}
    edges = {(e["id"], e["source"], e["target"], e["type"])
             for p in answer["paths"] for e in p["edges"]}
    return sorted(nodes), sorted(edges)


# --- in Chromium -------------------------------------------------------------------------

@pytest.mark.browser
def test_path_picture_is_offline_clean_and_matches_paths_json(api: LiveApi,  # noqa: F811
                                                              browser: Browser) -> None:  # noqa: F811
    query = "source=choe-son-hui&target=nato"
    answer = api.http.get(f"/paths?{query}").json()
    assert answer["paths"], "the seed links Choe Son Hui to NATO"
    with loaded(browser, api.origin, f"/viz/paths?{query}") as v:
        assert v.requests == [f"{api.origin}/viz/paths?{query}"]
        assert v.foreign == []
        assert v.errors == []
        assert drawn(v) == expected_from_paths(answer)
        # Everyone on the path is the focus: drawn larger.
        sizes = v.js("Object.fromEntries(window.geokg.nodes.get().map(n => [n.id, n.size]))")
        assert all(sizes[n] == 22 for n in drawn(v)[0])
        header = v.page.inner_text("header")
        assert "Choe Son Hui → NATO: 1 path" in header
        assert f"/viz/paths?{query}" in header


@pytest.mark.browser
def test_path_view_screenshot(api: LiveApi, browser: Browser) -> None:  # noqa: F811
    """The picture of the README: the three shortest paths, an Italian quote in the panel."""
    query = "source=choe-son-hui&target=nato&mode=k&k=3"
    answer = api.http.get(f"/paths?{query}").json()
    with loaded(browser, api.origin, f"/viz/paths?{query}") as v:
        assert v.foreign == [] and v.errors == []
        assert drawn(v) == expected_from_paths(answer)
        italian = [e for p in answer["paths"] for e in p["edges"]
                   if any(ev["language"] == "it" for ev in e["evidence"])]
        edge = italian[-1]
        v.page.mouse.click(*screen_point(v, edge=edge["id"]))  # type: ignore[arg-type]
        wait_selected(v, edge=edge["id"])  # type: ignore[arg-type]
        quote = next(ev["quote"] for ev in edge["evidence"] if ev["language"] == "it")
        assert quote in v.page.inner_text("#details")
        # Move the pointer off the picture so no tooltip hides a node.
        v.page.mouse.move(5, 815)
        v.page.wait_for_function("() => { const t = document.querySelector('div.vis-tooltip');"
                                 " return !t || t.style.visibility === 'hidden'; }",
                                 timeout=5000)
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        v.page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 20_000  # a real picture, not a blank page


@pytest.mark.browser
def test_neighbourhood_picture_matches_neighbors_json(api: LiveApi,  # noqa: F811
                                                     browser: Browser) -> None:  # noqa: F811
    query = "depth=1&min_certainty=confirmed&since=2024-06&include_undated=true"
    answer = api.http.get(f"/actors/russia/neighbors?{query}").json()
    with loaded(browser, api.origin, f"/viz/actors/russia?{query}") as v:
        assert v.foreign == [] and v.errors == []
        assert drawn(v) == (sorted(n["id"] for n in answer["nodes"]),
                            sorted((e["id"], e["source"], e["target"], e["type"])
                                   for e in answer["edges"]))
        assert v.js("window.geokg.edges.get().every(e => e.info.certainty === 'confirmed')")


# --- over HTTP ---------------------------------------------------------------------------

def test_cypher_picture_draws_the_graph_of_cypher(api: LiveApi) -> None:  # noqa: F811
    body = {"query": "MATCH p = (:Actor {id: $a})-[*1..2]-(:Actor {id: 'nato'}) "
                     "RETURN p LIMIT 10", "params": {"a": "choe-son-hui"}}
    graph = api.http.post("/cypher", json=body).json()["graph"]
    assert graph and graph["edges"]
    r = api.http.post("/viz/cypher", json=body)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    for node in graph["nodes"]:
        assert f'"id":"{node["id"]}"' in html
    for edge in graph["edges"]:
        assert f'"id":"{edge["id"]}"' in html
    assert "Content-Security-Policy" in html and "https://" not in html.split("<script", 1)[0]


def test_cypher_picture_refuses_writes_with_the_json_error(api: LiveApi) -> None:  # noqa: F811
    r = api.http.post("/viz/cypher", json={"query": "CREATE (n:Actor {id: 'x'}) RETURN n"})
    assert r.status_code == 403
    assert r.headers["content-type"] == "application/json"
    assert r.json()["error"]["code"] == "query_rejected"
    assert api.http.post("/cypher", json={"query": "MATCH (n {id: 'x'}) RETURN n"}
                         ).json()["rows"] == []


@pytest.mark.parametrize(("path", "status", "location"), [
    ("/viz/actors/nobody", 404, "id"),
    ("/viz/actors/russia?depth=4", 422, "query.depth"),
    ("/viz/actors/russia?since=2024-13", 422, "query.since"),
    ("/viz/actors/russia?rel_types=LOVES", 422, "query.rel_types.0"),
    ("/viz/actors/russia?min_certainty=denied", 422, "query.min_certainty"),
    ("/viz/paths?source=choe-son-hui&target=nobody", 404, "target"),
    ("/viz/paths?source=choe-son-hui&target=nato&max_hops=7", 422, "query.max_hops"),
    ("/viz/paths?source=choe-son-hui&target=nato&mode=all", 422, "query.mode"),
    ("/viz/paths?source=nato&target=nato", 422, "target"),
    ("/viz/paths?source=choe-son-hui", 422, "query.target"),
])
def test_bad_requests_get_the_one_json_error_body(api: LiveApi, path: str,  # noqa: F811
                                                  status: int, location: str) -> None:
    assert_json_error(api.http.get(path), status, location)


def test_cypher_picture_validates_its_body(api: LiveApi) -> None:  # noqa: F811
    r = api.http.post("/viz/cypher", json={"query": ""})
    assert r.status_code == 422 and r.json()["error"]["details"][0]["location"] == "body.query"


# --- the CLI -----------------------------------------------------------------------------

@pytest.fixture
def geokg(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Run ``geokg viz ...`` in this process (the real Typer app) against the test Neo4j;
    returns ``(exit code, stdout, stderr)``."""
    monkeypatch.setenv("GEOKG_NEO4J_URI", str(settings.neo4j_uri))
    if settings.neo4j_password is not None:
        monkeypatch.setenv("GEOKG_NEO4J_PASSWORD", settings.neo4j_password.get_secret_value())
    get_settings.cache_clear()
    runner = CliRunner()

    def run(*args: str) -> tuple[int, str, str]:
        result = runner.invoke(cli_app, ["viz", *args])
        return result.exit_code, result.stdout, result.stderr

    yield run
    get_settings.cache_clear()


def test_cli_writes_path_and_refuses_bad_input_on_one_line(geokg: Any, api: LiveApi,  # noqa: F811
                                                            tmp_path: Path) -> None:
    out = tmp_path / "path.html"
    code, stdout, stderr = geokg("path", "choe-son-hui", "nato", "-o", str(out),
                                 "--min-certainty", "confirmed", "--max-hops", "3")
    assert code == 0, stderr
    assert stdout.startswith(f"wrote {out}")
    html = out.read_text(encoding="utf-8")
    answer = api.http.get("/paths?source=choe-son-hui&target=nato&min_certainty=confirmed"
                          "&max_hops=3").json()
    for edge in answer["paths"][0]["edges"]:
        assert f'"id":"{edge["id"]}"' in html
    assert "Choe Son Hui → NATO: 1 path" in html

    for args, message in [
        (("actor", "nobody", "-o", str(tmp_path / "a.html")), "no actor with id 'nobody'"),
        (("actor", "russia", "-o", str(tmp_path / "a.html"), "--since", "2024-13"),
         "--since: '2024-13'"),
        (("actor", "russia", "-o", str(tmp_path / "a.html"), "-t", "LOVES"),
         "--rel-type: unknown relationship type 'LOVES'"),
        (("cypher", "CREATE (n) RETURN n", "-o", str(tmp_path / "c.html")), "query refused"),
    ]:
        code, _, stderr = geokg(*args)
        assert code == 1
        assert stderr.startswith("error: ") and message in stderr
        assert stderr.count("\n") == 1, stderr
    assert not (tmp_path / "a.html").exists() and not (tmp_path / "c.html").exists()
