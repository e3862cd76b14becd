"""``geokg extract`` and ``POST /extract`` against the real Neo4j holding the seed.

An article becomes a draft that ``geokg validate`` accepts and ``geokg load`` loads
unedited; actors are linked to the graph's; bad input is refused by name and leaves no
draft behind; the API drafts the same and writes nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient

from graph.db import Database
from graph.settings import Settings
from tests.api_fixture_graph import api_client
from tests.conftest import counts, load_seed

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = Path(__file__).parent / "data" / "articles"

# Written for this test in the style of a wire report.
ARTICLE = (
    "BRUSSELS, Oct. 29 — NATO Secretary General Mark Rutte said on Monday that North "
    "Korean troops had been sent to Russia and deployed to the Kursk region.\n"
    "Rutte called the deployment a dangerous expansion of the war.\n"
    "Moscow denied the reports.\n"
    "The Comprehensive Strategic Partnership Treaty was signed in Pyongyang on June 19, "
    "during Putin's visit to North Korea.\n"
)


def _geokg(settings: Settings, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "GEOKG_NEO4J_URI": settings.uri,
           "GEOKG_NEO4J_PASSWORD": settings.neo4j_password.get_secret_value()}  # type: ignore[union-attr]
    return subprocess.run([sys.executable, "-m", "cli.main", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=180, check=False)


@pytest.fixture
def seeded(db: Database) -> Database:
    load_seed(db)
    return db


def test_an_article_becomes_a_draft_that_validates_and_loads_unedited(
        seeded: Database, settings: Settings, tmp_path: Path) -> None:
    article = tmp_path / "rutte.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    draft = tmp_path / "rutte.draft.yaml"
    res = _geokg(settings, "extract", str(article), "--language", "en", "--published",
                 "2024-10-29", "--publisher", "Test Wire", "--source-id", "test-rutte",
                 "--output", str(draft))
    assert res.returncode == 0, res.stderr
    assert "actor(s) linked to the graph" in res.stdout and "Traceback" not in res.stderr
    doc = yaml.safe_load(draft.read_text(encoding="utf-8"))
    ids = {a["id"] for a in doc["actors"]}
    assert {"nato", "north-korea", "russia", "vladimir-putin", "mark-rutte"} <= ids
    deployment = next(e for e in doc["events"] if e["type"] == "deployment")
    assert {(p["actor"], p["role"]) for p in deployment["participants"]} == {
        ("north-korea", "sender"), ("russia", "host")}
    assert "value" not in deployment["date"]  # "on Monday" dates Rutte's words
    stances = {(c["certainty"], tuple(c["asserted_by"])) for c in doc["claims"]
               if c["event"] == deployment["id"]}
    assert stances == {("reported", ("mark-rutte",)), ("denied", ("russia",))}

    assert _geokg(settings, "validate", str(draft)).returncode == 0
    res = _geokg(settings, "load", str(draft), "--json")
    assert res.returncode == 0, res.stderr
    # the draft's actors are the graph's: no second Russia, the treaty kept its provisions
    rows = seeded.read("MATCH (a:Actor) WHERE a.name IN ['Russia', 'North Korea'] "
                       "RETURN count(a) AS n")
    assert rows[0]["n"] == 2
    treaty = seeded.read("MATCH (g:Agreement) RETURN g.provisions AS p, g.signed AS s")
    assert len(treaty) == 1 and len(treaty[0]["p"]) == 3
    # the seed's 18-19 June, narrowed by the article's "June 19" (a date inside it)
    assert str(treaty[0]["s"]) == "2024-06-19"
    got = seeded.read("MATCH (:Source {id: 'test-rutte'})<-[:FROM_SOURCE]-(:Evidence)"
                      "<-[:SUPPORTED_BY]-(c:Claim)-[:ABOUT]->(e:Event {type: 'deployment'})"
                      " RETURN e.id AS e, collect(c.certainty) AS c")
    # troops sent to Russia and deployed to the Kursk region: two deployments (GUIDELINES,
    # settled at the start of session 14), the region's with its sender alone; Moscow
    # denies the one to Russia
    assert sorted(sorted(r["c"]) for r in got) == [["denied", "reported"], ["reported"]]
    before = counts(seeded)
    assert _geokg(settings, "load", str(draft)).returncode == 0
    assert counts(seeded) == before  # loading the same draft again changes nothing


def test_several_articles_into_a_folder_with_html_metadata(
        seeded: Database, settings: Settings, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    html = ARTICLES / next(p.name for p in ARTICLES.iterdir() if p.suffix == ".html"
                           and "script" not in p.name and "latin" not in p.name)
    out = tmp_path / "drafts"
    res = _geokg(settings, "extract", str(tmp_path / "a.txt"), str(html), "--output",
                 str(out), "--json")
    assert res.returncode == 0, res.stderr
    summaries = json.loads(res.stdout)
    assert [Path(s["draft"]).parent for s in summaries] == [out, out]
    assert all(_geokg(settings, "validate", s["draft"]).returncode == 0 for s in summaries)
    assert summaries[0]["warnings"][0].startswith("language not given: detected 'en'")


@pytest.mark.parametrize(("content", "args", "message"), [
    (b"", (), "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", (), "binary"),
    (ARTICLE.encode(), ("--language", "xx"), "'xx' is not an ISO 639-1 language code"),
    (ARTICLE.encode(), ("--published", "2024-02-30"), "--published: '2024-02-30' is not a date"),
])
def test_bad_input_is_named_and_no_draft_is_written(
        settings: Settings, tmp_path: Path, content: bytes, args: tuple[str, ...],
        message: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    res = _geokg(settings, "extract", str(good), str(bad), *args, "--output",
                 str(tmp_path / "out"))
    assert res.returncode == 1
    assert message in res.stderr and "Traceback" not in res.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    assert not list(tmp_path.glob("*.draft.yaml"))


def test_a_file_over_the_size_limit_is_refused(settings: Settings, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 50, encoding="utf-8")
    env_limit = {"GEOKG_EXTRACT_MAX_BYTES": "1000"}
    res = subprocess.run(
        [sys.executable, "-m", "cli.main", "extract", str(big), "--lexicon",
         str(ROOT / "data" / "seed" / "russia-north-korea.yaml")],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=False,
        env={"PATH": "/usr/bin:/bin", **env_limit})
    assert res.returncode == 1
    assert "big.txt" in res.stderr and "over the limit of 1,000 bytes" in res.stderr
    assert not (tmp_path / "big.draft.yaml").exists()


def test_html_scripts_never_reach_the_draft(settings: Settings, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html lang='en'><head><title>Troops</title><script>var s = 'Atlantis invaded "
        "Russia';</script></head><body><article><p>NATO confirmed that North Korea sent "
        "troops to Russia, officials said on Tuesday in a statement to reporters.</p>"
        "</article><script>document.write('Atlantis')</script></body></html>",
        encoding="utf-8")
    res = _geokg(settings, "extract", str(page), "--output", "-", "--lexicon",
                 str(ROOT / "data" / "seed" / "russia-north-korea.yaml"))
    assert res.returncode == 0, res.stderr
    assert "Atlantis" not in res.stdout and "NATO confirmed" in res.stdout


# --- the API ----------------------------------------------------------------------------


@pytest.fixture
def client(seeded: Database, settings: Settings) -> Iterator[TestClient]:
    with api_client(settings) as c:
        yield c


def test_post_extract_drafts_and_writes_nothing(client: TestClient, seeded: Database) -> None:
    before = counts(seeded)
    r = client.post("/extract", json={"text": ARTICLE, "language": "en",
                                      "published": "2024-10-29", "source_id": "api-draft"})
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    assert body["document"]["sources"][0]["id"] == "api-draft"
    assert "north-korea" in body["linked_actors"] and "mark-rutte" in body["new_actors"]
    assert body["summary"]["events"] == len(body["document"]["events"]) > 0
    assert counts(seeded) == before
    # the draft is a valid document for POST /ingest as it is
    from loaders.document import Document
    Document.model_validate(body["document"])


@pytest.mark.parametrize(("body", "where"), [
    ({"text": ARTICLE, "language": "xx"}, "language"),
    ({"text": ARTICLE, "published": "2024-13-01"}, "published"),
    ({"text": "   "}, "text"),
    ({"text": ARTICLE, "surprise": 1}, "surprise"),
])
def test_post_extract_bad_input_is_a_422_naming_the_field(
        client: TestClient, body: dict[str, Any], where: str) -> None:
    r = client.post("/extract", json=body)
    assert r.status_code == 422
    err = r.json()["error"]
    assert where in json.dumps(err)


def test_the_llm_backend_is_off_until_configured(client: TestClient) -> None:
    r = client.post("/extract", json={"text": ARTICLE, "backend": "openai"})
    assert r.status_code == 404 and r.json()["error"]["code"] == "disabled"


def test_one_input_into_a_folder_and_a_page_language_that_is_no_code(
        settings: Settings, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html lang='xx'><body><article><p>NATO confirmed that North Korea "
                    "sent troops to Russia, officials said on Tuesday in a statement to "
                    "reporters in Brussels.</p></article></body></html>", encoding="utf-8")
    out = tmp_path / "drafts"
    out.mkdir()
    res = _geokg(settings, "extract", str(page), "-o", str(out), "--json", "--lexicon",
                 str(ROOT / "data" / "seed" / "russia-north-korea.yaml"))
    assert res.returncode == 0, res.stderr
    (summary,) = json.loads(res.stdout)
    assert summary["draft"] == str(out / "page.draft.yaml") and Path(summary["draft"]).exists()
    assert any("declares language 'xx'" in w for w in summary["warnings"])
    assert summary["language"] == "en"
