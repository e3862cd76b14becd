"""The review queue over real HTTP (uvicorn, a read key and a write key) on a real Neo4j:
drafts made by a sync round on the local news site, listed and read, approved (loaded as
``geokg load`` loads, coreference included; the approval recorded on the Source) or
rejected with a reason; bad requests refused with the one error body; nothing fetched."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from graph.db import Database
from graph.settings import Settings
from loaders.articles.sync import ArticleSync, SyncOptions
from tests.articles_site import (
    LAVROV,
    LAVROV_COPY,
    TRATTATO,
    TROOPS,
    Resource,
    Site,
    page,
    rss,
    serve,
)
from tests.conftest import load_seed
from tests.test_articles_sync import GRAPH_COUNTS, sync_settings
from tests.viz_live import LiveApi, serve_app

READ_KEY = "drafts-read-key-3"
WRITE_KEY = "drafts-write-key-8"
SEED_SUPPLY = "shell-supply"  # the seed's shells supplied by North Korea to Russia


@dataclass
class Queue:
    site: Site
    api: LiveApi
    drafts: dict[str, str]  # page path -> draft id

    def get(self, path: str, key: str = READ_KEY, **kw: Any) -> httpx.Response:
        return self.api.http.get(path, headers={"X-API-Key": key}, **kw)

    def post(self, path: str, key: str | None = WRITE_KEY, **kw: Any) -> httpx.Response:
        headers = {**({"X-API-Key": key} if key else {}), **kw.pop("headers", {})}
        return self.api.http.post(path, headers=headers, **kw)


def small_site(base: str) -> dict[str, Resource]:
    html = "text/html; charset=utf-8"
    items = [("Troops", "/world/troops.html"), ("Talks", "/wire/lavrov-choe.html"),
             ("Copy", "/partner/lavrov-copy.html"), ("Trattato", "/it/trattato.html")]
    return {
        "/feeds/world.xml": Resource(rss([
            {"title": t, "link": base + p, "pubDate": "Fri, 01 Nov 2024 09:00:00 GMT"}
            for t, p in items]), content_type="application/rss+xml"),
        "/world/troops.html": Resource(page(TROOPS, title="NATO: North Korean troops in Russia",
                                            published="2024-10-28").encode(), content_type=html),
        "/wire/lavrov-choe.html": Resource(page(LAVROV, title="Lavrov meets Choe").encode(),
                                           content_type=html),
        "/partner/lavrov-copy.html": Resource(page(LAVROV_COPY, title="Choe in Moscow",
                                                   site="Partner Agency").encode(),
                                              content_type=html),
        "/it/trattato.html": Resource(page(TRATTATO, title="Il trattato", lang="it",
                                           site="Agenzia Prova", published="2024-12-05",
                                           ).encode(), content_type=html),
    }


@pytest.fixture(scope="module")
def queue(db: Database, settings: Settings) -> Iterator[Queue]:
    load_seed(db)
    with serve({}) as site:
        site.resources.update(small_site(site.base))
        with ArticleSync(db, sync_settings(settings)) as syncer:
            result = syncer.round([site.url("/feeds/world.xml")], SyncOptions()).as_dict()
        assert len(result["drafts"]) == 3 and len(result["duplicates"]) == 1
        keyed = settings.model_copy(update={"read_api_key": SecretStr(READ_KEY),
                                            "write_api_key": SecretStr(WRITE_KEY)})
        with serve_app(keyed) as api:
            yield Queue(site, api, {d["fetched_url"].removeprefix(site.base): d["id"]
                                    for d in result["drafts"]})
    load_seed(db)


def error(r: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/json"
    body: dict[str, Any] = r.json()["error"]
    assert body["code"] == code and body["message"]
    return body


def test_list_pending_first_with_source_date_and_counts(queue: Queue, db: Database) -> None:
    r = queue.get("/drafts")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["counts"]["pending"] == 3
    listed = {d["id"]: d for d in body["drafts"]}
    talks = listed[queue.drafts["/wire/lavrov-choe.html"]]
    assert (talks["status"], talks["title"], talks["publisher"], talks["published"]) == (
        "pending", "Lavrov meets Choe", "Test Wire", "2024-11-01")
    assert talks["url"] == queue.site.url("/wire/lavrov-choe.html")
    assert talks["copies"] == 1
    stored = db.read("MATCH (d:Draft {id: $id}) RETURN d.events AS e, d.claims AS c, "
                     "d.review_count AS r", {"id": talks["id"]})[0]
    assert talks["counts"]["events"] == stored["e"] > 0
    assert talks["counts"]["review"] == stored["r"]
    assert queue.get("/drafts?status=approved").json()["drafts"] == []
    assert [d["id"] for d in queue.get("/drafts?limit=1&offset=1").json()["drafts"]] == [
        body["drafts"][1]["id"]]
    # no key: the read key is needed like on every data endpoint
    error(queue.api.http.get("/drafts"), 401, "unauthorized")
    bad = error(queue.get("/drafts?status=maybe"), 422, "invalid_input")
    assert bad["details"][0]["location"] == "query.status"


def test_one_draft_reads_like_an_extract_answer(queue: Queue, db: Database) -> None:
    did = queue.drafts["/wire/lavrov-choe.html"]
    r = queue.get(f"/drafts/{did}")
    assert r.status_code == 200, r.text
    d = r.json()
    stored = json.loads(db.read("MATCH (d:Draft {id: $id}) RETURN d.document AS d",
                                {"id": did})[0]["d"])
    assert d["document"] == stored
    assert d["summary"]["claims"] == len(stored["claims"])
    assert "sergey-lavrov" in d["linked_actors"] and isinstance(d["review"], list)
    [copy_] = d["copies"]
    assert copy_["url"] == queue.site.url("/partner/lavrov-copy.html")
    assert copy_["why"].startswith("wire copy: ") and copy_["overlap"] >= 0.9
    assert "shingles" not in d and "sketch" not in d
    error(queue.get("/drafts/draft-0000000000000000"), 404, "not_found")
    error(queue.get("/drafts/NOT%20AN%20ID"), 422, "invalid_input")


def _event_sources(db: Database, event_id: str) -> int:
    return int(db.read("MATCH (e:Event {id: $id})<-[:ABOUT]-(:Claim)-[:SUPPORTED_BY]->"
                       "(:Evidence)-[:FROM_SOURCE]->(s:Source) RETURN count(DISTINCT s) AS n",
                       {"id": event_id})[0]["n"])


def test_approve_loads_like_geokg_load_and_records_who(queue: Queue, db: Database) -> None:
    did = queue.drafts["/world/troops.html"]
    draft = queue.get(f"/drafts/{did}").json()
    sid = draft["document"]["sources"][0]["id"]
    assert queue.get(f"/sources/{sid}").status_code == 404
    before = _event_sources(db, SEED_SUPPLY)

    error(queue.post(f"/drafts/{did}/approve", key=None), 401, "unauthorized")
    error(queue.post(f"/drafts/{did}/approve", key=READ_KEY), 403, "forbidden")
    assert queue.get(f"/sources/{sid}").status_code == 404

    r = queue.post(f"/drafts/{did}/approve", params={"by": "Maria Rossi"})
    assert r.status_code == 200, r.text
    result = r.json()
    assert result["draft"]["status"] == "approved"
    assert result["draft"]["decided_by"] == "Maria Rossi"
    assert result["load"]["nodes"]["Source"] == {"created": 1, "matched": 0}
    assert result["load"]["nodes"]["Claim"]["created"] == len(draft["document"]["claims"])
    # coreference as geokg load does it: the article's shell supply is the seed's event
    merged = [e for e in result["load"]["events"] if e["target"] == SEED_SUPPLY]
    assert merged, json.dumps(result["load"]["events"], indent=1)
    assert _event_sources(db, SEED_SUPPLY) == before + 1

    source = queue.get(f"/sources/{sid}").json()
    assert (source["reviewed"], source["reviewed_by"], source["draft"]) == (
        True, "Maria Rossi", did)
    assert dt.datetime.fromisoformat(source["reviewed_at"]).year >= 2024
    assert source["url"] == queue.site.url("/world/troops.html")

    again = error(queue.post(f"/drafts/{did}/approve"), 409, "conflict")
    assert "is approved" in again["message"]
    error(queue.post(f"/drafts/{did}/reject", json={"reason": "late"}), 409, "conflict")
    assert queue.get("/drafts").json()["counts"]["approved"] == 1


def test_reject_keeps_the_reason_and_writes_nothing(queue: Queue, db: Database) -> None:
    did = queue.drafts["/it/trattato.html"]
    counts = db.read(GRAPH_COUNTS)
    bad = error(queue.post(f"/drafts/{did}/reject", json={}), 422, "invalid_input")
    assert "body.reason" in [d["location"] for d in bad["details"]]
    error(queue.post(f"/drafts/{did}/reject", json={"reason": "x", "extra": 1}), 422,
          "invalid_input")
    error(queue.post(f"/drafts/{did}/reject", key=READ_KEY, json={"reason": "x"}), 403,
          "forbidden")
    r = queue.post(f"/drafts/{did}/reject", json={"reason": "  Already covered by\nthe wire. "})
    assert r.status_code == 200, r.text
    d = r.json()["draft"]
    assert (d["status"], d["reason"], d["decided_by"]) == (
        "rejected", "Already covered by the wire.", "settings:write")
    assert db.read(GRAPH_COUNTS) == counts
    error(queue.post(f"/drafts/{did}/approve"), 409, "conflict")
    listed = [x["status"] for x in queue.get("/drafts").json()["drafts"]]
    assert listed[0] == "pending" and "rejected" in listed  # pending first


def test_an_edited_document_is_validated_then_loaded(queue: Queue, db: Database) -> None:
    did = queue.drafts["/wire/lavrov-choe.html"]
    original = queue.get(f"/drafts/{did}").json()["document"]
    sid = original["sources"][0]["id"]

    invalid = copy.deepcopy(original)
    invalid["claims"][0]["certainty"] = "certain"
    body = error(queue.post(f"/drafts/{did}/approve", content=json.dumps(invalid, indent=1),
                            headers={"Content-Type": "application/json"}), 422, "invalid_input")
    where = {d["location"]: d for d in body["details"]}
    assert "$.claims[0].certainty" in where and where["$.claims[0].certainty"]["line"] > 1

    server_file = copy.deepcopy(original)
    server_file["sources"][0]["text_file"] = "/etc/passwd"
    server_file["sources"][0].pop("text")
    body = error(queue.post(f"/drafts/{did}/approve", json=server_file), 422, "invalid_input")
    assert "$.sources[0].text_file" in [d["location"] for d in body["details"]]

    unknown = copy.deepcopy(original)
    unknown["events"][0]["same_as"] = "no-such-event-anywhere"
    body = error(queue.post(f"/drafts/{did}/approve", json=unknown), 422, "invalid_input")
    assert "no-such-event-anywhere" in json.dumps(body["details"])

    # after each refusal: nothing written, the draft still pending
    assert queue.get(f"/sources/{sid}").status_code == 404
    assert queue.get(f"/drafts/{did}").json()["status"] == "pending"

    edited = copy.deepcopy(original)
    edited["claims"] = edited["claims"][:1]
    edited["claims"][0]["certainty"] = "alleged"
    edited["claims"][0]["note"] = "checked against the ministry's statement"
    r = queue.post(f"/drafts/{did}/approve", json=edited)
    assert r.status_code == 200, r.text
    claims = db.read("MATCH (c:Claim)-[:SUPPORTED_BY]->(:Evidence)-[:FROM_SOURCE]->"
                     "(:Source {id: $sid}) RETURN c.certainty AS certainty", {"sid": sid})
    assert claims == [{"certainty": "alleged"}]
    kept = queue.get(f"/drafts/{did}").json()
    assert kept["document"]["claims"] == edited["claims"]
    assert kept["draft_document"] == original


def test_nothing_on_the_api_fetches_a_url(queue: Queue) -> None:
    start = len(queue.site.log)
    r = queue.post("/extract", key=READ_KEY, json={
        "text": "NATO confirmed that North Korea sent troops to Russia.", "language": "en",
        "url": queue.site.url("/world/troops.html")})
    assert r.status_code == 200, r.text
    # approving never fetches the document's URLs either; nor does reading the queue
    pending = [d["id"] for d in queue.get("/drafts?status=pending").json()["drafts"]]
    for did in pending:
        queue.get(f"/drafts/{did}")
    assert len(queue.site.log) == start
    # no route of the queue takes a URL
    schema = queue.get("/openapi.json").json()
    for path, item in schema["paths"].items():
        if path.startswith("/drafts"):
            for op in item.values():
                names = {p["name"] for p in op.get("parameters", [])}
                assert not names & {"url", "feed", "link"}, (path, names)
