"""Exports (issue 18) on the real Neo4j with the seed and two invented wire reports
(tests/data/export/wire-shells.yaml: quotes with commas, quotes, a line break, '|', '\\',
Korean and Russian text; sources with urls).

Every format is read back by another reader (networkx, the csv module, lxml against the
GEXF 1.3 rules, followthemoney) and compared with the API's own JSON answer of the same
request. The API goes through FastAPI's TestClient, the CLI through typer's runner.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from fastapi.testclient import TestClient
from followthemoney import model
from lxml import etree
from typer.testing import CliRunner

import exports
from api.app import create_app
from cli.main import app as cli_app
from exports.model import Evidence, ExportMeta, join_list, split_list
from graph.db import Database
from graph.repository import EdgeFilter
from graph.schema import Certainty
from graph.settings import Settings, get_settings
from loaders.extraction import load_file
from loaders.writer import write_document

DATA = Path(__file__).resolve().parent / "data" / "export"
GEXF_XSD = DATA / "gexf-1.3-subset.xsd"
GEXF_NS = "{http://gexf.net/1.3}"

WIRE_QUOTE = ('"artillery shells, rockets and so-called\nadvisers" had reached Russia | '
              'by rail \\ and sea.')
KOREAN_QUOTE = "우크라이나 정보당국은 북한이 러시아에 포탄을 보냈다고 주장했다."
WIRE_URL = "https://example.org/wire/2024-11-04/shells?ref=a,b"
WIRE_EDGE = "wire-claim-shells:SUPPLIED_ARMS_TO:north-korea:russia"


@pytest.fixture(scope="module")
def export_db(seeded_db: Database) -> Database:
    """The seed plus the wire reports (module-scoped: the tests here only read)."""
    write_document(seeded_db, load_file(DATA / "wire-shells.yaml"))
    return seeded_db


@pytest.fixture(scope="module")
def client(export_db: Database, settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture
def geokg(settings: Settings, monkeypatch: pytest.MonkeyPatch,
          export_db: Database) -> Iterator[Any]:
    """Run ``geokg export ...`` (the real Typer app) against the test Neo4j."""
    monkeypatch.setenv("GEOKG_NEO4J_URI", str(settings.neo4j_uri))
    if settings.neo4j_password is not None:
        monkeypatch.setenv("GEOKG_NEO4J_PASSWORD", settings.neo4j_password.get_secret_value())
    get_settings.cache_clear()
    runner = CliRunner()

    def run(*args: str) -> tuple[int, str, str]:
        result = runner.invoke(cli_app, ["export", *args])
        return result.exit_code, result.stdout, result.stderr

    yield run
    get_settings.cache_clear()


def hood(client: TestClient, **params: Any) -> dict[str, Any]:
    r = client.get("/actors/north-korea/neighbors", params={"depth": 2, **params})
    assert r.status_code == 200, r.text
    return dict(r.json())


def download(client: TestClient, url: str, fmt: str, **params: Any) -> bytes:
    r = client.get(url, params={**params, "format": fmt})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith(exports.MEDIA_TYPES[exports.Format(fmt)])
    assert r.headers["content-disposition"].startswith("attachment; filename=")
    return r.content


# --- the list delimiter ------------------------------------------------------------------


@pytest.mark.parametrize("items", [
    ["a", "b"], ["with | pipe", "back\\slash", ""], ["\\|", "|", "\\"], ["x"], [],
    ['"quoted, text"\nnext line', "조선"],
])
def test_list_delimiter_round_trips(items: list[str]) -> None:
    joined = join_list(items)
    assert split_list(joined) == (items if items != [""] else [])
    assert join_list(["a|b", "c\\"]) == "a\\|b|c\\\\"


# --- GraphML -----------------------------------------------------------------------------


def test_graphml_read_back_by_networkx_has_every_edge_field(client: TestClient) -> None:
    answer = hood(client)
    g = nx.read_graphml(io.BytesIO(download(client, "/actors/north-korea/neighbors",
                                            "graphml", depth=2)))
    assert isinstance(g, nx.MultiDiGraph)
    assert set(g.nodes) == {n["id"] for n in answer["nodes"]}
    by_key = {k: (u, v, d) for u, v, k, d in g.edges(keys=True, data=True)}
    assert set(by_key) == {e["id"] for e in answer["edges"]}
    assert WIRE_EDGE in by_key
    for e in answer["edges"]:
        u, v, d = by_key[e["id"]]
        assert (u, v, d["relation"]) == (e["source"], e["target"], e["type"])
        assert d.get("certainty") == e["certainty"]
        assert d.get("valid_from") == e["valid_from"] and d.get("valid_to") == e["valid_to"]
        assert split_list(d.get("asserted_by")) == e["asserted_by"]
        assert split_list(d.get("evidence_quotes")) == [x["quote"] for x in e["evidence"]]
        assert split_list(d.get("evidence_languages")) == [x["language"] for x in e["evidence"]]
        assert split_list(d.get("evidence_source_ids")) == [x["source"] for x in e["evidence"]]
        assert d["sources"] == e["corroboration"]["sources"]
        assert d["contested"] is e["corroboration"]["contested"]
    wire = by_key[WIRE_EDGE][2]
    assert split_list(wire["evidence_quotes"]) == [WIRE_QUOTE, KOREAN_QUOTE]
    assert split_list(wire["evidence_source_urls"]) == [
        WIRE_URL, "https://example.org/yonhap/2024-11-05/포탄"]
    assert wire["certainty"] == "alleged" and wire["asserted_by"] == "ukraine"
    assert (wire["valid_from"], wire["valid_to"]) == ("2024-11-01", "2024-11-30")
    nk = g.nodes["north-korea"]
    assert (nk["name"], nk["kind"], nk["iso3"], nk["cameo"], nk["wikidata"]) == (
        "North Korea", "state", "PRK", "PRK", "Q423")
    assert "Corea del Nord" in split_list(nk["aliases"])
    assert g.graph["list_delimiter"] == "|"


# --- GEXF --------------------------------------------------------------------------------


def check_gexf_rules(data: bytes) -> etree._ElementTree:
    """Validate against the GEXF 1.3 rules (tests/data/export/gexf-1.3-subset.xsd) and the
    references XSD cannot express: attvalues name declared attributes of their class with
    values of their type, edges join declared nodes, ids are unique, start <= end."""
    doc = etree.parse(io.BytesIO(data))
    schema = etree.XMLSchema(etree.parse(str(GEXF_XSD)))
    assert schema.validate(doc), schema.error_log
    graph = doc.getroot().find(f"{GEXF_NS}graph")
    assert graph is not None
    declared = {(a.getparent().get("class"), a.get("id")): a.get("type")
                for a in graph.iter(f"{GEXF_NS}attribute")}
    node_ids = [n.get("id") for n in graph.iter(f"{GEXF_NS}node")]
    assert len(node_ids) == len(set(node_ids))
    edge_ids = [e.get("id") for e in graph.iter(f"{GEXF_NS}edge")]
    assert len(edge_ids) == len(set(edge_ids))
    for cls, tag in (("node", "node"), ("edge", "edge")):
        for el in graph.iter(f"{GEXF_NS}{tag}"):
            for av in el.iter(f"{GEXF_NS}attvalue"):
                kind = declared[(cls, av.get("for"))]
                value = av.get("value")
                if kind == "integer":
                    int(value)
                elif kind == "boolean":
                    assert value in ("true", "false")
    for e in graph.iter(f"{GEXF_NS}edge"):
        assert e.get("source") in node_ids and e.get("target") in node_ids
        if e.get("start") and e.get("end"):
            assert e.get("start") <= e.get("end")
    return doc


def test_gexf_is_dynamic_valid_and_read_back(client: TestClient) -> None:
    answer = hood(client)
    data = download(client, "/actors/north-korea/neighbors", "gexf", depth=2)
    doc = check_gexf_rules(data)
    graph = doc.getroot().find(f"{GEXF_NS}graph")
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    g = nx.read_gexf(io.BytesIO(data))
    assert g.graph["mode"] == "dynamic"
    edges = {d["id"]: d for _, _, d in g.edges(data=True)}
    assert set(edges) == {e["id"] for e in answer["edges"]}
    for e in answer["edges"]:
        d = edges[e["id"]]
        assert d.get("start") == e["valid_from"] and d.get("end") == e["valid_to"]
        assert d["label"] == d["relation"] == e["type"]
    # the treaty's signing starts on its day; Lavrov's office has no end
    assert edges[WIRE_EDGE]["start"] == "2024-11-01"
    assert edges[WIRE_EDGE]["end"] == "2024-11-30"
    assert split_list(edges[WIRE_EDGE]["evidence_quotes"]) == [WIRE_QUOTE, KOREAN_QUOTE]


def test_gexf_of_the_whole_graph_from_the_cli(geokg: Any, tmp_path: Path,
                                              export_db: Database) -> None:
    out = tmp_path / "all.gexf"
    code, stdout, stderr = geokg("--format", "gexf", "--all", "-o", str(out),
                                 "--page-size", "3", "--quiet")
    assert code == 0, stderr
    check_gexf_rules(out.read_bytes())
    g = nx.read_gexf(out)
    actors = export_db.read("MATCH (a:Actor) RETURN count(a) AS n")[0]["n"]
    edges = export_db.read("MATCH (:Actor)-[r]->(:Actor) RETURN count(r) AS n")[0]["n"]
    assert (g.number_of_nodes(), g.number_of_edges()) == (actors, edges)
    assert stdout.strip() == f"wrote {out}: {actors:,} nodes, {edges:,} edges (gexf)"


# --- CSV ---------------------------------------------------------------------------------


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_quotes_commas_quotes_line_breaks_and_korean(geokg: Any, tmp_path: Path,
                                                         client: TestClient) -> None:
    out = tmp_path / "hood"
    code, _, stderr = geokg("--format", "csv", "--actor", "north-korea", "--depth", "2",
                            "-o", str(out))
    assert code == 0, stderr
    assert sorted(p.name for p in out.iterdir()) == ["edges.csv", "nodes.csv"]
    raw = (out / "edges.csv").read_bytes()
    assert raw.startswith(b"Source,Target,Type,Id,Label,relation,certainty,")
    edges = {r["Id"]: r for r in read_csv(raw.decode("utf-8"))}
    answer = hood(client)
    assert set(edges) == {e["id"] for e in answer["edges"]}
    wire = edges[WIRE_EDGE]
    assert (wire["Source"], wire["Target"], wire["Type"], wire["Label"]) == (
        "north-korea", "russia", "Directed", "SUPPLIED_ARMS_TO")
    assert split_list(wire["evidence_quotes"]) == [WIRE_QUOTE, KOREAN_QUOTE]
    assert split_list(wire["evidence_source_urls"])[0] == WIRE_URL
    assert (wire["sources"], wire["contested"]) == ("2", "false")
    nodes = {r["Id"]: r for r in read_csv((out / "nodes.csv").read_text(encoding="utf-8"))}
    assert nodes["choe-son-hui"]["Label"] == "Choe Son Hui"
    assert "최선희" in split_list(nodes["choe-son-hui"]["aliases"])
    # the API sends the same two files in a zip
    with zipfile.ZipFile(io.BytesIO(download(client, "/actors/north-korea/neighbors", "csv",
                                             depth=2))) as z:
        assert sorted(z.namelist()) == ["edges.csv", "nodes.csv"]
        assert {r["Id"] for r in read_csv(z.read("edges.csv").decode("utf-8"))} == set(edges)


def test_csv_neo4j_headers(geokg: Any, tmp_path: Path) -> None:
    out = tmp_path / "neo.zip"
    code, _, stderr = geokg("--format", "csv", "--csv-header", "neo4j", "--source",
                            "choe-son-hui", "--target", "nato", "-o", str(out))
    assert code == 0, stderr
    with zipfile.ZipFile(out) as z:
        nodes = read_csv(z.read("nodes.csv").decode("utf-8"))
        edges = read_csv(z.read("edges.csv").decode("utf-8"))
    assert list(nodes[0])[:3] == ["id:ID", ":LABEL", "name"]
    assert "aliases:string[]" in nodes[0]
    assert list(edges[0])[:4] == [":START_ID", ":END_ID", ":TYPE", "key"]
    assert {"valid_from:date", "sources:int", "contested:boolean",
            "evidence_quotes:string[]"} <= set(edges[0])
    choe = next(n for n in nodes if n["id:ID"] == "choe-son-hui")
    assert sorted(choe["aliases:string[]"].split("\x1f")) == sorted(
        ["최선희", "Choe Son Hui", "Choe Son-hui"])


# --- node-link JSON ----------------------------------------------------------------------


def test_node_link_json_read_back_by_networkx(client: TestClient) -> None:
    r = client.post("/cypher?format=json", json={
        "query": "MATCH p = (:Actor {id: 'north-korea'})-[r:SUPPLIED_ARMS_TO]->(:Actor) RETURN p"})
    assert r.status_code == 200, r.text
    assert r.headers["content-disposition"] == 'attachment; filename="cypher-result.json"'
    data = r.json()
    g = nx.node_link_graph(data, edges="edges")
    assert isinstance(g, nx.MultiDiGraph)
    assert g.has_edge("north-korea", "russia", key=WIRE_EDGE)
    wire = g.edges["north-korea", "russia", WIRE_EDGE]
    assert [e["quote"] for e in wire["evidence"]] == [WIRE_QUOTE, KOREAN_QUOTE]
    assert wire["evidence"][0]["source_url"] == WIRE_URL
    assert wire["evidence"][1]["language"] == "ko"
    assert wire["evidence"][1]["publisher"] == "Yonhap Test"
    assert g.nodes["russia"]["wikidata"] == "Q159"


# --- FollowTheMoney ----------------------------------------------------------------------


def ftm_entities(data: bytes) -> dict[str, dict[str, Any]]:
    """Every line an entity that followthemoney validates, every reference resolved."""
    entities: dict[str, dict[str, Any]] = {}
    for line in data.decode("utf-8").splitlines():
        item = json.loads(line)
        proxy = model.get_proxy(item)
        assert proxy.schema.validate(item) is None
        assert all(proxy.get(p) for p in proxy.schema.required), item
        if item["id"] in entities:  # fragments of one entity merge
            merged = model.get_proxy(entities[item["id"]])
            merged.merge(proxy)
            item = merged.to_dict()
        entities[item["id"]] = item
    for item in entities.values():
        proxy = model.get_proxy(item)
        for prop, value in proxy.itervalues():
            if prop.type.name == "entity":
                assert value in entities, (item["id"], prop.name, value)
    return entities


def test_ftm_entities_validate_and_keep_their_ids(client: TestClient, geokg: Any,
                                                  tmp_path: Path) -> None:
    api = ftm_entities(download(client, "/actors/north-korea/neighbors", "ftm", depth=2))
    out = tmp_path / "all.ftm.json"
    code, _, stderr = geokg("--format", "ftm", "--all", "-o", str(out), "--page-size", "4",
                            "--quiet")
    assert code == 0, stderr
    everything = ftm_entities(out.read_bytes())
    assert set(api) <= set(everything)  # the same ids in both exports
    for eid in ("geokg-actor-north-korea", "geokg-actor-sergey-lavrov"):
        assert api[eid]["properties"] == everything[eid]["properties"]
    russia = everything["geokg-actor-russia"]
    assert russia["schema"] == "PublicBody"
    assert russia["properties"]["country"] == ["ru"]
    assert russia["properties"]["wikidataId"] == ["Q159"]
    assert sorted(russia["properties"]["keywords"]) == ["CAMEO:RUS", "kind:state"]
    assert "kind:alliance" in everything["geokg-actor-nato"]["properties"]["keywords"]
    lavrov = everything["geokg-actor-sergey-lavrov"]
    assert lavrov["schema"] == "Person" and "Сергей Лавров" in lavrov["properties"]["alias"]
    by_schema: dict[str, list[dict[str, Any]]] = {}
    for item in everything.values():
        by_schema.setdefault(item["schema"], []).append(item)
    posts = {p["properties"]["name"][0] for p in by_schema["Position"]}
    assert "Foreign minister of Russia" in posts
    assert any(o["properties"]["holder"] == ["geokg-actor-sergey-lavrov"]
               for o in by_schema["Occupancy"])
    assert by_schema["Membership"]
    shells = everything["geokg-event-wire-shells-to-russia"]
    assert shells["schema"] == "Event"
    assert set(shells["properties"]["involved"]) == {"geokg-actor-north-korea",
                                                     "geokg-actor-russia"}
    docs = [d for d in by_schema["Documentation"]
            if d["properties"]["entity"] == ["geokg-event-wire-shells-to-russia"]]
    assert {d["properties"]["summary"][0] for d in docs} == {WIRE_QUOTE, KOREAN_QUOTE}
    assert {d["properties"]["role"][0] for d in docs} == {"quote (en)", "quote (ko)"}
    link = next(x for x in by_schema["UnknownLink"]
                if x["properties"]["recordId"] == [WIRE_EDGE])
    assert link["properties"]["status"] == ["alleged"]
    assert link["properties"]["startDate"] == ["2024-11-01"]
    assert WIRE_URL in link["properties"]["sourceUrl"]
    article = everything[link["properties"]["proof"][0]]
    assert article["schema"] == "Article"


# --- the whole graph in pages -------------------------------------------------------------


def test_pages_export_every_edge_once(export_db: Database) -> None:
    def edge_ids(page_actors: int, page_edges: int) -> list[str]:
        ex = exports.whole_graph(export_db, page_actors=page_actors, page_edges=page_edges)
        assert sum(len(p) for p in ex.node_pages()) == export_db.read(
            "MATCH (a:Actor) RETURN count(a) AS n")[0]["n"]
        return [e.id for page in ex.edge_pages() for e in page]

    one_page = edge_ids(10_000, 10_000)
    small = edge_ids(2, 1)  # a page per two actors, a page per edge: the cursor at work
    assert len(small) == len(set(small)) == len(one_page)
    assert set(small) == set(one_page)


def test_all_with_filters_keeps_only_passing_edges(export_db: Database) -> None:
    f = exports.whole_graph(export_db, filters=EdgeFilter(min_certainty=Certainty.CONFIRMED))
    certainties = {e.certainty for page in f.edge_pages() for e in page}
    assert certainties == {"confirmed"}


# --- bad input -----------------------------------------------------------------------------


def test_cli_bad_input_one_line_and_nothing_at_output(geokg: Any, tmp_path: Path) -> None:
    kept = tmp_path / "kept.gexf"
    kept.write_text("before")
    for args, message in [
        (("--format", "xls", "--actor", "russia"), "--format: 'xls' is not one of"),
        (("--format", "gexf", "--actor", "nobody"), "no actor with id 'nobody'"),
        (("--format", "gexf", "--actor", "russia", "--since", "2024-13"), "--since: '2024-13'"),
        (("--format", "gexf", "--actor", "russia", "-t", "LOVES"),
         "--rel-type: unknown relationship type 'LOVES'"),
        (("--format", "gexf", "--actor", "russia", "--min-sources", "0"),
         "--min-sources must be at least 1"),
        (("--format", "gexf", "--actor", "russia", "--all"), "give exactly one of"),
        (("--format", "gexf", "--source", "russia"), "--target: a path export needs both"),
        (("--format", "json", "--cypher", "MATCH (n) RETURN count(n)"), "no graph to export"),
        (("--format", "json", "--cypher", "CREATE (n) RETURN n"), "query refused"),
        (("--format", "json", "--cypher", "MATCH p=()-->() RETURN p", "--since", "2024"),
         "--since: filters apply to --actor"),
        (("--format", "json", "--actor", "russia", "--params", "{}"), "--params: only with"),
    ]:
        code, stdout, stderr = geokg(*args, "-o", str(kept))
        assert code == 1, (args, stdout)
        assert message in stderr, (args, stderr)
        assert "Traceback" not in stderr
        assert kept.read_text() == "before"
    code, _, stderr = geokg("--format", "gexf", "--actor", "russia", "-o",
                            str(tmp_path / "missing" / "x.gexf"))
    assert code == 1 and "--output: the directory" in stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.gexf"]


def test_failure_while_writing_leaves_nothing(tmp_path: Path) -> None:
    node = exports.ExportNode(id="a", name="A")

    def failing_edges() -> Iterator[list[exports.ExportEdge]]:
        yield [exports.ExportEdge(id="e1", type="MET_WITH", source="a", target="a")]
        raise RuntimeError("the database went away")

    for fmt, name in [(exports.Format.GRAPHML, "x.graphml"), (exports.Format.CSV, "dir"),
                      (exports.Format.CSV, "x.zip"), (exports.Format.FTM, "x.ftm.json")]:
        ex = exports.Export(ExportMeta("t", "q"), lambda: iter([[node]]), failing_edges)
        with pytest.raises(RuntimeError):
            exports.write_file(fmt, ex, tmp_path / name)
        assert list(tmp_path.iterdir()) == [], fmt


def test_api_bad_input_uses_the_error_body(client: TestClient) -> None:
    for url, params, status, location in [
        ("/actors/north-korea/neighbors", {"format": "xls"}, 422, "query.format"),
        ("/actors/nobody/neighbors", {"format": "gexf"}, 404, "id"),
        ("/actors/north-korea/neighbors", {"format": "gexf", "since": "2024-13"}, 422,
         "query.since"),
        ("/paths", {"source": "nobody", "target": "nato", "format": "graphml"}, 404, "source"),
    ]:
        r = client.get(url, params=params)
        assert r.status_code == status, (url, params, r.text)
        body = r.json()["error"]
        assert body["details"][0]["location"] == location
    r = client.post("/cypher?format=gexf", json={"query": "RETURN 1 AS one"})
    assert r.status_code == 422 and r.json()["error"]["details"][0]["location"] == "query"
    r = client.post("/cypher?format=gexf", json={"query": "CREATE (n) RETURN n"})
    assert r.status_code == 403


def test_paths_download_names_the_file(client: TestClient) -> None:
    r = client.get("/paths", params={"source": "choe-son-hui", "target": "nato",
                                     "format": "graphml", "min_certainty": "confirmed"})
    assert r.status_code == 200, r.text
    assert r.headers["content-disposition"] == (
        'attachment; filename="paths-choe-son-hui-nato.graphml"')
    g = nx.read_graphml(io.BytesIO(r.content))
    answer = client.get("/paths", params={"source": "choe-son-hui", "target": "nato",
                                          "min_certainty": "confirmed"}).json()
    # no parallel edges here: networkx reads a DiGraph and keeps each edge's id as "id"
    assert {d["id"] for _, _, d in g.edges(data=True)} == {
        e["id"] for p in answer["paths"] for e in p["edges"]}
    assert all(d["certainty"] == "confirmed" for _, _, d in g.edges(data=True))


def test_ftm_source_quoted_in_two_languages_on_one_page() -> None:
    """A source's Article is built once and reused (exports/ftm.py caches it): quotes of
    one source in two languages on a page give one Article with both languages, and the
    next export is not changed by the first one's merge."""
    nodes = [exports.ExportNode(id="a", name="A", kind="state"),
             exports.ExportNode(id="b", name="B", kind="state")]

    def ev(lang: str) -> Evidence:
        return Evidence(quote=f"q-{lang}", language=lang, source_id="s1",
                                source_title="Wire", source_url="https://news.example/a",
                                publisher="Wire", published="2024-10-29")

    edges = [exports.ExportEdge(id="e1", type="MET_WITH", source="a", target="b",
                                certainty="confirmed", evidence=(ev("it"),)),
             exports.ExportEdge(id="e2", type="ACCUSED", source="b", target="a",
                                certainty="reported", evidence=(ev("en"),))]

    def write(page_edges: list[exports.ExportEdge]) -> list[dict[str, Any]]:
        out = io.BytesIO()
        ex = exports.Export(ExportMeta("t", "q"), lambda: iter([nodes]),
                            lambda: iter([page_edges]))
        exports.write_to(exports.Format.FTM, ex, out)
        return [json.loads(line) for line in out.getvalue().splitlines()]

    def article(entities: list[dict[str, Any]]) -> dict[str, Any]:
        (found,) = [e for e in entities if e["schema"] == "Article"]
        return found["properties"]

    both = article(write(edges))
    assert sorted(both["language"]) == ["eng", "ita"]
    assert both["sourceUrl"] == ["https://news.example/a"]
    alone = write(edges[:1])
    assert article(alone)["language"] == ["ita"]  # the cached Article was not merged into
    links = [e for e in alone if e["schema"] == "UnknownLink"]
    assert links[0]["properties"]["sourceUrl"] == ["https://news.example/a"]
