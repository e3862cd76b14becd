"""The explorer's "Review" tab in real Chromium, on the real API (a read key and a write key)
and a real Neo4j holding drafts that a sync round made from the local news site: the queue
listed, a draft read in the article panel (its claims highlighted in the text), approved
with a wrong key then the right one, another rejected with a reason. Nothing may be
requested from another host; no key may appear in a URL. Screenshot:
docs/img/explorer-review.png."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Route, expect
from pydantic import SecretStr

from graph.db import Database
from graph.settings import Settings
from loaders.articles.sync import ArticleSync, SyncOptions
from tests.articles_site import serve
from tests.conftest import load_seed
from tests.test_articles_sync import sync_settings
from tests.test_drafts_api import small_site
from tests.viz_live import LiveApi, browser, serve_app  # noqa: F401 (fixtures)

READ_KEY = "review-read-key-4"
WRITE_KEY = "review-write-key-7"
SCREENSHOT = Path(__file__).resolve().parents[1] / "docs" / "img" / "explorer-review.png"


@dataclass
class Live:
    api: LiveApi
    drafts: dict[str, str]  # page path -> draft id
    base: str  # the news site's origin


@pytest.fixture(scope="module")
def live(db: Database, settings: Settings) -> Iterator[Live]:
    load_seed(db)
    with serve({}) as site:
        site.resources.update(small_site(site.base))
        with ArticleSync(db, sync_settings(settings)) as syncer:
            result = syncer.round([site.url("/feeds/world.xml")], SyncOptions()).as_dict()
        drafts = {d["fetched_url"].removeprefix(site.base): d["id"] for d in result["drafts"]}
        keyed = settings.model_copy(update={"read_api_key": SecretStr(READ_KEY),
                                            "write_api_key": SecretStr(WRITE_KEY)})
        with serve_app(keyed) as api:
            yield Live(api, drafts, site.base)
    load_seed(db)


@dataclass
class Tab:
    page: Page
    requests: list[tuple[str, str, str | None]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def state(self, expr: str) -> Any:
        return self.page.evaluate(f"window.explorer.review.{expr}")

    def open_draft(self, title: str) -> None:
        n = self.state("opened")
        self.page.locator("#review-list button", has_text=title).click()
        self.page.wait_for_function("n => window.explorer.review.opened > n", arg=n,
                                    timeout=20_000)

    def decide(self, button: str) -> None:
        n = self.state("lists")
        self.page.get_by_role("button", name=button, exact=True).click()
        self.page.wait_for_function(
            "n => !window.explorer.review.busy && (window.explorer.review.error || "
            "window.explorer.review.lists > n)", arg=n, timeout=30_000)

    def result(self) -> str:
        return self.page.locator("#review-result").inner_text()


@pytest.fixture
def tab(live: Live, browser: Browser) -> Iterator[Tab]:  # noqa: F811
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    t = Tab(page)
    origin = live.api.origin

    def guard(route: Route) -> None:  # let nothing leave the machine
        parts = urlsplit(route.request.url)
        if f"{parts.scheme}://{parts.netloc}" == origin:
            route.continue_()
        else:
            route.abort()

    page.on("request", lambda r: t.requests.append((r.method, r.url, r.headers.get("x-api-key"))))
    page.on("pageerror", lambda e: t.errors.append(f"pageerror: {e}"))
    context.route("**/*", guard)
    assert page.goto(origin + "/", wait_until="load").status == 200  # type: ignore[union-attr]
    page.get_by_label("API key").fill(READ_KEY)
    page.get_by_role("tab", name="Review").click()
    page.wait_for_function("() => window.explorer.review.lists > 0", timeout=20_000)
    yield t
    context.close()
    urls = [u for _, u, _ in t.requests]
    assert [u for u in urls if not (u.startswith(origin + "/") or u == "about:srcdoc")] == []
    assert all(READ_KEY not in u and WRITE_KEY not in u for u in urls)


@pytest.mark.browser
def test_review_lists_reads_approves_and_rejects(tab: Tab, live: Live, db: Database) -> None:
    page = tab.page
    expect(page.get_by_role("tabpanel", name="Review")).to_be_visible()
    items = page.locator("#review-list button.draft-item")
    expect(items).to_have_count(3)
    expect(page.locator("#review-count")).to_contain_text("3 pending")
    talks_id = live.drafts["/wire/lavrov-choe.html"]
    talks_item = items.filter(has_text="Lavrov meets Choe")
    expect(talks_item).to_contain_text("Test Wire · 2024-11-01")
    expect(talks_item).to_contain_text("1 copy elsewhere")

    # reading a draft: the article panel's view, borrowed, with each claim marked
    tab.open_draft("Lavrov meets Choe")
    stored = json.loads(db.read("MATCH (d:Draft {id: $id}) RETURN d.document AS d",
                                {"id": talks_id})[0]["d"])
    view = page.locator("#review-draft-slot #article-draft-view")
    expect(view).to_be_visible()
    marks = page.locator("#article-marked mark")
    marked = {c for m in marks.evaluate_all("ms => ms.map(m => m.dataset.claims)")
              for c in m.split(" ")}
    assert marked == {c["id"] for c in stored["claims"]}
    first = stored["claims"][0]
    assert marks.filter(has_text=first["evidence"][0]["quote"]).count() >= 1
    source = page.locator("#review-source")
    expect(source.locator("dd[data-key=url] a")).to_have_attribute(
        "href", live.base + "/wire/lavrov-choe.html")
    expect(source).to_contain_text(live.base + "/partner/lavrov-copy.html — wire copy:")
    # clicking a claim in the list highlights its mark, as in "Add an article"
    page.locator("#article-claims button").first.click()
    assert page.locator("#article-marked mark.current").count() >= 1

    # approving: without a key, with a wrong key, then the right one
    tab.page.get_by_role("button", name="Approve and load").click()
    assert "Type the write key" in tab.result()
    page.get_by_label("Key to approve or reject").fill("not-the-key")
    tab.decide("Approve and load")
    assert "The key was not accepted for approving (HTTP 401)" in tab.result()
    assert db.read("MATCH (d:Draft {id: $id}) RETURN d.status AS s",
                   {"id": talks_id}) == [{"s": "pending"}]
    page.get_by_label("Key to approve or reject").fill(WRITE_KEY)
    page.get_by_label("Your name").fill("Giulia Bianchi")
    tab.decide("Approve and load")
    assert tab.state("error") is None
    sid = stored["sources"][0]["id"]
    assert f"source “{sid}” is marked reviewed by Giulia Bianchi" in tab.result()
    assert db.read("MATCH (s:Source {id: $id}) RETURN s.reviewed AS r, s.reviewed_by AS by",
                   {"id": sid}) == [{"r": True, "by": "Giulia Bianchi"}]
    expect(items).to_have_count(2)  # the list shows pending drafts: one fewer

    # rejecting needs a reason, which is kept
    tab.open_draft("Il trattato")
    page.get_by_role("button", name="Reject", exact=True).click()
    assert "Say why in “Reason to reject”" in tab.result()
    page.get_by_label("Reason to reject").fill("An Italian summary of a story we have.")
    tab.decide("Reject")
    trattato = live.drafts["/it/trattato.html"]
    assert db.read("MATCH (d:Draft {id: $id}) RETURN d.status AS s, d.reason AS r",
                   {"id": trattato}) == [{"s": "rejected",
                                          "r": "An Italian summary of a story we have."}]
    expect(items).to_have_count(1)
    page.locator("#review-status").select_option("all")
    page.wait_for_function("() => window.explorer.review.list.length === 3", timeout=20_000)
    assert [s for s in items.evaluate_all("bs => bs.map(b => b.dataset.status)")][0] == "pending"

    decisions = [(m, u.removeprefix(live.api.origin), k) for m, u, k in tab.requests
                 if "/approve" in u or "/reject" in u]
    assert decisions == [
        ("POST", f"/drafts/{talks_id}/approve", "not-the-key"),
        ("POST", f"/drafts/{talks_id}/approve?by=Giulia%20Bianchi", WRITE_KEY),
        ("POST", f"/drafts/{trattato}/reject?by=Giulia%20Bianchi", WRITE_KEY)]

    tab.open_draft("NATO: North Korean troops")
    page.locator("#article-draft-view").evaluate("e => e.scrollTop = 0")
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 20_000
    assert tab.errors == []  # no script error on the page


@pytest.mark.browser
def test_the_article_tab_gets_its_view_back(tab: Tab, live: Live) -> None:
    page = tab.page
    tab.open_draft("NATO: North Korean troops")
    expect(page.locator("#review-draft-slot #article-draft-view")).to_be_visible()
    page.get_by_role("tab", name="Add an article").click()
    expect(page.locator("#article-panel #article-draft-view")).to_be_visible()
    expect(page.locator("#article-draft-hint")).to_be_visible()  # no article drafted there
    expect(page.locator("#article-draft-body")).to_be_hidden()
    # keyboard: from "Add an article" the right arrow reaches "Review"
    page.get_by_role("tab", name="Add an article").focus()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("tab", name="Review")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tabpanel", name="Review")).to_be_visible()
    assert tab.errors == []
