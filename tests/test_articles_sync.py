"""``geokg articles sync`` rounds against the local news site and a real Neo4j (the seed
loaded): every item lands in one list by URL and reason, a redirect and a canonical link
name the story, a tracking-query copy is not fetched, a wire copy on another path is a
duplicate, an ISO-8859-1 page keeps its accents, drafts stay out of the graph, and a rerun
fetches nothing again."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from graph.db import Database
from graph.settings import Settings
from loaders.articles.sync import ArticleSync, SyncOptions, draft_id_for
from tests.articles_site import Resource, Site, page, rss, serve, site_resources, world_feed_items
from tests.conftest import load_seed

GRAPH_COUNTS = """
MATCH (n) WHERE n:Actor OR n:Event OR n:Claim OR n:Evidence OR n:Source OR n:Agreement
RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label
"""


def sync_settings(settings: Settings, **update: Any) -> Settings:
    """The tests' settings for sync: the local site allowed, no delay, short limits."""
    return settings.model_copy(update={
        "articles_allow_private_hosts": True, "articles_host_delay_s": 0.0,
        "articles_timeout_s": 1.5, "articles_max_bytes": 200_000, **update})


@dataclass
class Run:
    site: Site
    settings: Settings
    result: dict[str, Any]
    before: list[dict[str, Any]]  # the graph's counts before the round
    first_hits: int  # requests the first round made

    def feeds(self) -> list[str]:
        return [self.site.url(p) for p in ("/feeds/world.xml", "/feeds/atom.xml",
                                           "/feeds/broken.xml")]

    def by_url(self, key: str) -> dict[str, Any]:
        return {row["url"].removeprefix(self.site.base): row for row in self.result[key]}


@pytest.fixture(scope="module")
def run(db: Database, settings: Settings) -> Iterator[Run]:
    load_seed(db)
    before = db.read(GRAPH_COUNTS)
    with serve({}) as site:
        site.resources.update(site_resources(site.base))
        s = sync_settings(settings)
        r = Run(site, s, {}, before, 0)
        with ArticleSync(db, s) as syncer:
            r.result = syncer.round(r.feeds(), SyncOptions(since=dt.date(2024, 6, 1))).as_dict()
        r.first_hits = len(site.log)
        yield r


def test_every_item_lands_in_one_list_named_by_url(run: Run) -> None:
    drafts = run.by_url("drafts")
    assert set(drafts) == {"/world/troops-in-kursk", "/wire/lavrov-choe.html",
                           "/analysis/moscow-talks.html", "/it/trattato.html",
                           "/atom/ratification.html"}
    dups = {u: d["why"] for u, d in run.by_url("duplicates").items()}
    assert dups["/partners/troops-syndicated.html"] == "same canonical URL"
    assert dups["/partner/2024/11/lavrov-copy.html"].startswith("wire copy: ")
    assert len(dups) == 2
    skipped = {u: s["reason"] for u, s in run.by_url("skipped").items()}
    assert skipped == {
        "/world/troops-in-kursk.html?utm_source=rss&utm_medium=feed&fbclid=abc":
            f"already seen (story {drafts['/world/troops-in-kursk']['id']})",
        "/private/dossier.html": f"disallowed by {run.site.base}/robots.txt",
        "/docs/report.pdf": "not an HTML page (Content-Type: application/pdf)",
        "/world/old.html": "published 2024-01-01, before --since 2024-06-01",
    }
    failed = {u: f["reason"] for u, f in run.by_url("failed").items()}
    assert failed == {
        "/world/gone.html": "HTTP 404 Not Found",
        "/slow/briefing.html": "timed out after 1.5 s (GEOKG_ARTICLES_TIMEOUT_S)",
        "/world/empty.html": "the text has only 4 letters (at least 20 needed)",
        "/loop/1": f"more than 5 redirects (last: {run.site.base}/loop/7)",
        "/r/file": "not an http(s) URL (file)",
        "/world/huge.html": "larger than 200,000 bytes (Content-Length 424,531; "
                            "GEOKG_ARTICLES_MAX_BYTES)",
        "/feeds/world.xml#item-16": "item 16 'An item without a link' has no link",
        "/feeds/broken.xml": "feed: not an RSS or Atom feed (<unknown>:2:73: mismatched tag)",
    }
    # 17 + 1 items, and the broken feed: each once
    assert sum(len(run.result[k]) for k in ("drafts", "duplicates", "skipped", "failed")) == 19
    assert [(f["status"], f["items"]) for f in run.result["feeds"]] == [
        ("read", 17), ("read", 1), ("failed", 0)]


def test_redirect_canonical_and_tracking_copy(run: Run, db: Database) -> None:
    troops = run.by_url("drafts")["/world/troops-in-kursk"]
    assert troops["fetched_url"] == run.site.url("/r/troops")
    assert troops["id"] == draft_id_for(run.site.url("/world/troops-in-kursk"))
    [row] = db.read("MATCH (d:Draft {id: $id}) RETURN d.final_url AS final, d.url AS url",
                    {"id": troops["id"]})
    assert row == {"final": run.site.url("/world/troops-in-kursk.html"),
                   "url": run.site.url("/world/troops-in-kursk")}
    # the page was fetched once, through the redirect; its tracking-query copy never
    assert [p for p in run.site.paths()[:run.first_hits]
            if p.startswith("/world/troops-in-kursk")] == ["/world/troops-in-kursk.html"]
    # the document's Source carries the canonical URL
    doc = json.loads(db.read("MATCH (d:Draft {id: $id}) RETURN d.document AS d",
                             {"id": troops["id"]})[0]["d"])
    assert doc["sources"][0]["url"] == run.site.url("/world/troops-in-kursk")
    syndicated = run.by_url("duplicates")["/partners/troops-syndicated.html"]
    assert syndicated["story"] == troops["id"]


def test_a_wire_copy_is_a_duplicate_and_an_analysis_a_story(run: Run, db: Database) -> None:
    story = run.by_url("drafts")["/wire/lavrov-choe.html"]
    copy = run.by_url("duplicates")["/partner/2024/11/lavrov-copy.html"]
    assert copy["story"] == story["id"] and copy["story_url"] == story["url"]
    assert 0.9 <= copy["overlap"] < 1.0
    assert copy["why"] == (f"wire copy: {copy['overlap']:.0%} of its shingles are in the story "
                           "(threshold 90%)")
    pages = db.read("MATCH (p:ArticlePage {story: $id}) RETURN p.url AS url, p.status AS s "
                    "ORDER BY url", {"id": story["id"]})
    assert pages == [{"url": run.site.url("/partner/2024/11/lavrov-copy.html"), "s": "duplicate"},
                     {"url": run.site.url("/wire/lavrov-choe.html"), "s": "draft"}]
    assert db.read("MATCH (d:Draft) RETURN count(d) AS n")[0]["n"] == 5  # no second draft
    assert "/analysis/moscow-talks.html" in run.by_url("drafts")


def _document(db: Database, draft_id: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(db.read(
        "MATCH (d:Draft {id: $id}) RETURN d.document AS d", {"id": draft_id})[0]["d"])
    return doc


def test_iso_8859_1_page_keeps_its_accents(run: Run, db: Database) -> None:
    draft = run.by_url("drafts")["/it/trattato.html"]
    source = _document(db, draft["id"])["sources"][0]
    assert "l'accordo è entrato in vigore il 4 dicembre 2024" in source["text"]
    assert "perché la cooperazione militare sia più stretta" in source["text"]
    assert source["title"] == "Russia-Corea del Nord: il trattato è in vigore"
    assert (source["language"], source["publisher"], source["published"]) == (
        "it", "Agenzia Prova", "2024-12-05")


def test_metadata_from_the_page_and_the_feed(run: Run, db: Database) -> None:
    lavrov = _document(db, run.by_url("drafts")["/wire/lavrov-choe.html"]["id"])
    src = lavrov["sources"][0]
    assert (src["title"], src["publisher"], src["published"], src["language"]) == (
        "Lavrov meets Choe in Moscow, backs Pyongyang", "Test Wire", "2024-11-01", "en")
    assert "Copyright" not in src["text"] and "never text" not in src["text"]  # main text only
    # the extraction of issue 15 ran: the talks are a meeting of the two ministers
    meetings = [e for e in lavrov["events"] if e["type"] == "meeting"]
    assert any({p["actor"] for p in e["participants"]} >= {"sergey-lavrov", "choe-son-hui"}
               for e in meetings)
    atom = _document(db, run.by_url("drafts")["/atom/ratification.html"]["id"])["sources"][0]
    assert (atom["title"], atom["publisher"]) == ("Duma ratifies the treaty", "Atom Desk")


def test_drafts_stay_out_of_the_graph(run: Run, db: Database) -> None:
    assert db.read(GRAPH_COUNTS) == run.before
    ids = [d["source_id"] for d in run.result["drafts"]]
    assert db.read("MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id", {"ids": ids}) == []
    statuses = db.read("MATCH (d:Draft) RETURN d.status AS s, count(*) AS n")
    assert statuses == [{"s": "pending", "n": 5}]


def test_a_rerun_fetches_nothing_again(run: Run, db: Database) -> None:
    start = len(run.site.log)
    with ArticleSync(db, run.settings) as syncer:
        again = syncer.round(run.feeds(), SyncOptions(since=dt.date(2024, 6, 1))).as_dict()
    hits = run.site.log[start:]
    # the feeds, asked conditionally, and robots.txt: no page
    assert [h.path for h in hits if h.path != "/robots.txt"] == [
        "/feeds/world.xml", "/feeds/atom.xml", "/feeds/broken.xml"]
    world, atom = hits[1], hits[2]
    assert world.headers["if-none-match"] == '"world-1"'
    assert world.headers["if-modified-since"] == "Fri, 01 Nov 2024 09:00:00 GMT"
    assert atom.headers["if-none-match"] == '"atom-1"'
    assert "if-none-match" not in hits[3].headers  # a feed that failed keeps no state
    assert again["drafts"] == again["duplicates"] == again["skipped"] == []
    assert [f["url"] for f in again["failed"]] == [run.site.url("/feeds/broken.xml")]
    assert [f["status"] for f in again["feeds"]] == ["not_modified", "not_modified", "failed"]


def test_a_changed_feed_fetches_only_its_new_item_and_retries_time_outs(
        run: Run, db: Database) -> None:
    site = run.site
    site.resources["/world/new-statement.html"] = Resource(page(
        ["Pentagon Deputy Spokesperson Sabrina Singh said on Thursday that North Korean "
         "troops had entered combat against Ukrainian forces in the Kursk region.",
         "Russia denied that North Korean soldiers were fighting in Ukraine."],
        title="Pentagon: North Korean troops in combat").encode())
    items = world_feed_items(site.base) + [
        {"title": "Pentagon statement", "link": site.url("/world/new-statement.html"),
         "pubDate": "Thu, 07 Nov 2024 15:00:00 GMT"}]
    site.resources["/feeds/world.xml"] = Resource(
        rss(items), content_type="application/rss+xml", etag='"world-2"')
    start = len(site.log)
    with ArticleSync(db, run.settings) as syncer:
        third = syncer.round([site.url("/feeds/world.xml")],
                             SyncOptions(since=dt.date(2024, 6, 1))).as_dict()
    asked = [h.path for h in site.log[start:]
             if not h.path.startswith(("/feeds/", "/robots.txt"))]
    # the new page, and the page that timed out (worth another try): nothing else
    assert asked == ["/slow/briefing.html", "/world/new-statement.html"]
    assert [d["url"] for d in third["drafts"]] == [site.url("/world/new-statement.html")]
    assert [f["url"] for f in third["failed"]] == [
        site.url("/slow/briefing.html"), site.url("/feeds/world.xml") + "#item-16"]
    reasons = {s["url"].removeprefix(site.base): s["reason"] for s in third["skipped"]}
    assert reasons["/world/gone.html"] == "already seen (failed: HTTP 404 Not Found)"
    assert reasons["/partner/2024/11/lavrov-copy.html"].startswith(
        "already seen (a copy of story draft-")
    assert reasons["/docs/report.pdf"] == (
        "already seen (skipped: not an HTML page (Content-Type: application/pdf))")


def test_private_addresses_are_refused_by_default(run: Run, db: Database) -> None:
    start = len(run.site.log)
    with ArticleSync(db, run.settings.model_copy(
            update={"articles_allow_private_hosts": False})) as syncer:
        result = syncer.round([run.site.url("/feeds/atom.xml")], SyncOptions()).as_dict()
    assert result["failed"] == [{
        "url": run.site.url("/feeds/atom.xml"),
        "reason": "feed: host '127.0.0.1' is on the non-public address 127.0.0.1: refused "
                  "(GEOKG_ARTICLES_ALLOW_PRIVATE_HOSTS=true allows it)"}]
    assert len(run.site.log) == start
