"""A GraphML export opened in a reader: networkx reads the file the API sent, and the
project's own picture draws what networkx read, in real headless Chromium. The
screenshot is docs/img/export-graphml.png (docs/export.md)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from fastapi.testclient import TestClient
from playwright.sync_api import Browser

from api.app import create_app
from exports import split_list
from graph.db import Database
from graph.settings import Settings
from loaders.extraction import load_file
from loaders.writer import write_document
from tests.test_viz_render import visit
from tests.viz_live import browser  # noqa: F401 (fixture)
from viz import render_html

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "docs" / "img" / "export-graphml.png"
DATA = Path(__file__).resolve().parent / "data" / "export"


@pytest.fixture(scope="module")
def client(seeded_db: Database, settings: Settings) -> Iterator[TestClient]:
    write_document(seeded_db, load_file(DATA / "wire-shells.yaml"))
    with TestClient(create_app(settings)) as c:
        yield c


def subgraph_of_graphml(g: nx.MultiDiGraph) -> dict[str, Any]:
    """What a reader of the file sees, as the picture's subgraph (lists split back)."""
    nodes = [{"id": n, "label": d.get("node_label", "Actor"), "name": d.get("name"),
              "kind": d.get("kind")} for n, d in g.nodes(data=True)]
    edges = []
    for u, v, key, d in g.edges(keys=True, data=True):
        quotes = split_list(d.get("evidence_quotes"))
        langs = split_list(d.get("evidence_languages")) or [""] * len(quotes)
        srcs = split_list(d.get("evidence_source_ids")) or [""] * len(quotes)
        edges.append({"id": key, "type": d["relation"], "source": u, "target": v,
                      "valid_from": d.get("valid_from"), "valid_to": d.get("valid_to"),
                      "certainty": d.get("certainty"),
                      "asserted_by": split_list(d.get("asserted_by")),
                      "evidence": [{"quote": q, "language": lang or None, "source": s or None}
                                   for q, lang, s in zip(quotes, langs, srcs, strict=True)]})
    return {"nodes": nodes, "edges": edges}


@pytest.mark.browser
def test_graphml_export_read_back_and_drawn(client: TestClient, browser: Browser,  # noqa: F811
                                            tmp_path: Path) -> None:
    r = client.get("/actors/north-korea/neighbors",
                   params={"depth": 2, "format": "graphml"})
    assert r.status_code == 200, r.text
    g = nx.read_graphml(io.BytesIO(r.content))
    graph = subgraph_of_graphml(g)
    page = tmp_path / "export.html"
    page.write_text(render_html(graph, title="GraphML export of North Korea's neighbourhood, "
                                "read back by networkx",
                                query="GET /actors/north-korea/neighbors?depth=2&format=graphml",
                                focus=["north-korea"]), encoding="utf-8")
    v = visit(browser, page.as_uri())
    try:
        drawn = v.js("window.geokg.edges.getIds()")
        assert sorted(drawn) == sorted(k for _, _, k in g.edges(keys=True))
        assert v.errors == []
        v.page.wait_for_function("() => window.geokg.stabilizedMs !== null", timeout=15_000)
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        v.page.screenshot(path=str(SCREENSHOT))
    finally:
        v.page.context.close()
    assert SCREENSHOT.stat().st_size > 10_000
