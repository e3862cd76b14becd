"""``geokg articles sync``: feeds in, one draft per story out (docs/articles.md).

One round, for each feed: a conditional GET (the ETag and Last-Modified kept from the last
round; a 304 ends the feed there), the items parsed, and for each new item:

1. its link, without tracking parameters, looked up among the pages already dealt with
   (nothing is fetched twice; a failure worth another try is retried);
2. the page fetched politely (:mod:`loaders.articles.fetch`), decoded by its declared
   charset, reduced to its main text and metadata (:func:`loaders.text.read.article_from_html`);
3. its story decided: the page's canonical URL (``<link rel=canonical>``, else the final URL
   without tracking parameters) or its text already known, or ≥ 90% of its shingles in an
   earlier story (:mod:`loaders.articles.dedup`), makes it a **duplicate** of that story;
4. otherwise drafted by the extractor of ``geokg extract`` and queued as a pending
   ``Draft`` (or, with ``--load``, loaded at once as ``geokg load`` would and queued as
   ``loaded``, its Source marked ``reviewed: false``).

Every item ends in exactly one list of the result: ``drafts``, ``duplicates``, ``skipped``
or ``failed``, each entry naming its URL.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from graph import repository_drafts as repo
from graph.db import Database
from graph.errors import DatabaseUnavailable, GeokgError, InvalidInput
from graph.settings import Settings
from loaders.articles import dedup
from loaders.articles.feeds import Feed, FeedItem, FeedUnreadable, parse_feed
from loaders.articles.fetch import Fetched, FetchFailed, PoliteFetcher, Skipped
from loaders.articles.urls import canonical_link, clean_url, is_web_url
from loaders.text.draft import ArticleMeta, Draft
from loaders.text.extract import LexiconCache, check_language, check_published, extract_text
from loaders.text.lexicon import Lexicon
from loaders.text.read import ArticleText, article_from_html, decode_html

Say = Callable[[str], None]
log = logging.getLogger("geokg.articles")

#: Stories compared exactly with a new page (those sharing most sampled shingles).
CANDIDATES = 5


@dataclass(frozen=True)
class SyncOptions:
    since: dt.date | None = None
    load: bool = False  # trusted feeds: load each draft at once, unreviewed


@dataclass
class SyncResult:
    """What one round did; every item is in exactly one of the four lists."""

    drafts: list[dict[str, Any]] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, Any]] = field(default_factory=list)
    feeds: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"drafts": self.drafts, "duplicates": self.duplicates,
                "skipped": self.skipped, "failed": self.failed, "feeds": self.feeds}


def draft_id_for(canonical_url: str) -> str:
    """A story's stable id, from its canonical URL."""
    return "draft-" + hashlib.sha1(canonical_url.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class _Page:
    """A fetched page, read: where it is and what it says."""

    link: str
    key: str
    fetched: Fetched
    final: str
    canonical: str
    article: ArticleText


class ArticleSync:
    """Rounds of feeds → drafts against one database, with one polite fetcher."""

    def __init__(self, db: Database, settings: Settings, *,
                 fetcher: PoliteFetcher | None = None, say: Say | None = None) -> None:
        self.db = db
        self.settings = settings
        self.fetcher = fetcher or PoliteFetcher(settings)
        self.say = say or (lambda _line: None)
        self.lexicons = LexiconCache()
        self._lexicon: Lexicon | None = None
        self._seen: dict[str, dict[str, Any]] = {}
        self._loading = False

    def close(self) -> None:
        self.fetcher.close()

    def __enter__(self) -> ArticleSync:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- a round ---------------------------------------------------------------------------

    def round(self, feeds: list[str], options: SyncOptions) -> SyncResult:
        """Sync every feed once. Raises DatabaseUnavailable when Neo4j cannot be reached
        (a feed or page that fails is reported in the result, never raised)."""
        from graph.db import ensure_available
        from graph.schema import apply_schema

        ensure_available(self.db)  # at once, before writes that the driver would retry
        apply_schema(self.db)
        self._lexicon = None  # read again each round (and after each load with --load)
        self.fetcher.new_round()
        self._loading = options.load
        result = SyncResult()
        for url in feeds:
            self._feed(url, options, result)
        return result

    def _feed(self, url: str, options: SyncOptions, result: SyncResult) -> None:
        if not is_web_url(url):
            result.failed.append({"url": url, "reason": "feed: not an http(s) URL"})
            result.feeds.append({"url": url, "status": "failed", "items": 0})
            return
        etag, last_modified = repo.feed_state(self.db, url)
        try:
            fetched = self.fetcher.fetch(url, "feed", etag=etag, last_modified=last_modified)
        except FetchFailed as exc:
            kind = "skipped" if isinstance(exc, Skipped) else "failed"
            getattr(result, kind).append({"url": url, "reason": f"feed: {exc.reason}"})
            result.feeds.append({"url": url, "status": kind, "items": 0})
            self.say(f"feed {url}: {exc.reason}")
            return
        if fetched.not_modified:
            result.feeds.append({"url": url, "status": "not_modified", "items": 0})
            self.say(f"feed {url}: not modified since the last round")
            return
        try:
            feed = parse_feed(fetched.body, url=fetched.final_url,
                              content_type=f"{fetched.content_type}; charset={fetched.charset}"
                              if fetched.charset else fetched.content_type or None)
        except FeedUnreadable as exc:
            result.failed.append({"url": url, "reason": f"feed: {exc.reason}"})
            result.feeds.append({"url": url, "status": "failed", "items": 0})
            self.say(f"feed {url}: {exc.reason}")
            return
        self.say(f"feed {url}: {len(feed.items)} item(s)")
        keys = [clean_url(i.link) for i in feed.items if i.link and is_web_url(i.link)]
        self._seen = repo.seen_pages(self.db, keys)  # one read for the feed's pages
        for n, item in enumerate(feed.items, start=1):
            try:
                self._item(n, item, feed, url, options, result)
            except DatabaseUnavailable:
                raise  # the round cannot go on
            except Exception as exc:  # noqa: BLE001 (one item's bug must not stop the others)
                reason = exc.message if isinstance(exc, GeokgError) else (
                    f"unexpected error ({type(exc).__name__}: {exc})")
                log.debug("articles sync: item %s of %s", n, url, exc_info=True)
                result.failed.append({"url": item.link or f"{url}#item-{n}", "reason": reason})
        # kept only once every item was dealt with: an interrupted round reads the feed again
        repo.save_feed(self.db, url, etag=fetched.etag, last_modified=fetched.last_modified,
                       title=feed.title, items=len(feed.items))
        result.feeds.append({"url": url, "status": "read", "items": len(feed.items)})

    # --- one item ----------------------------------------------------------------------------

    def _item(self, n: int, item: FeedItem, feed: Feed, feed_url: str, options: SyncOptions,
              result: SyncResult) -> None:
        link = item.link
        if not link:
            title = f" '{item.title}'" if item.title else ""
            result.failed.append({"url": f"{feed_url}#item-{n}",
                                  "reason": f"item {n}{title} has no link"})
            return
        if not is_web_url(link):
            result.failed.append({"url": link, "reason": "not an http(s) URL"})
            return
        if options.since and item.published and item.published < options.since:
            result.skipped.append({"url": link, "reason": f"published {item.published}, "
                                                          f"before --since {options.since}"})
            return
        key = clean_url(link)
        seen = self._seen.get(key)
        if seen and not (seen["status"] == "failed" and seen["retry"]):
            result.skipped.append({"url": link, "reason": _seen_reason(seen)})
            return
        try:
            page = self._read(link, key)
        except FetchFailed as exc:
            status = "skipped" if isinstance(exc, Skipped) else "failed"
            getattr(result, status).append({"url": link, "reason": exc.reason})
            self._record([_page_row(key, status, feed=feed_url, reason=exc.reason,
                                    retry=exc.retry)])
            self.say(f"{status}: {link}: {exc.reason}")
            return
        self._decide(page, item, feed, feed_url, options, result)

    def _read(self, link: str, key: str) -> _Page:
        fetched = self.fetcher.fetch(link, "page")
        try:
            html = decode_html(fetched.body, name=link, charset=fetched.charset)
            article = article_from_html(html, name=link)
        except InvalidInput as exc:
            raise FetchFailed(exc.message.removeprefix(f"{link}: ")) from None
        final = clean_url(fetched.final_url)
        canonical = canonical_link(html, fetched.final_url) or final
        return _Page(link, key, fetched, final, canonical, article)

    def _decide(self, page: _Page, item: FeedItem, feed: Feed, feed_url: str,
                options: SyncOptions, result: SyncResult) -> None:
        keys = list(dict.fromkeys([page.key, page.final]))
        text = page.article.text
        content_hash = dedup.content_hash(text)
        shingles = dedup.shingles(text, page.article.title)
        sketch = dedup.sketch(shingles)
        story, why, share = self._story_of(page, content_hash, shingles, sketch)
        if story is not None:
            row = {"url": page.link, "story": story["id"], "story_url": story["url"],
                   "why": why}
            if share is not None:
                row["overlap"] = round(share, 3)
            result.duplicates.append(row)
            self._record([
                _page_row(k, "duplicate", feed=feed_url, story=story["id"], why=why,
                          overlap=share, final_url=page.fetched.final_url) for k in keys])
            self.say(f"duplicate: {page.link} -> {story['id']} ({why})")
            return
        try:
            draft = self._extract(page, item, feed)
            status = self._load(draft) if options.load else "pending"
        except InvalidInput as exc:
            reason = exc.message + _details(exc.details)
            result.failed.append({"url": page.link, "reason": reason})
            self._record([_page_row(k, "failed", feed=feed_url, reason=reason)
                          for k in keys])
            self.say(f"failed: {page.link}: {reason}")
            return
        did = draft_id_for(page.canonical)
        props = _draft_props(did, status, draft, page, feed_url, content_hash, shingles,
                             sketch)
        pages = [_page_row(k, "draft", feed=feed_url, story=did,
                           final_url=page.fetched.final_url) for k in keys]
        created = repo.create_story(self.db, props, pages)
        self._remember(pages)
        if options.load:
            repo.mark_sources(self.db, [s["id"] for s in draft.document["sources"]],
                              reviewed=False, by=None, draft=did)
        if not created:  # another sync run queued this story a moment ago
            result.duplicates.append({"url": page.link, "story": did,
                                      "story_url": page.canonical,
                                      "why": "same canonical URL"})
            return
        source = draft.document["sources"][0]
        result.drafts.append({"id": did, "url": page.canonical, "fetched_url": page.link,
                              "title": source.get("title"), "status": status,
                              "source_id": source["id"], "feed": feed_url,
                              "summary": draft.summary})
        self.say(f"{'loaded' if options.load else 'draft'}: {did} {page.canonical} "
                 f"({draft.summary['events']} event(s), {draft.summary['claims']} claim(s), "
                 f"{draft.summary['review']} to review)")

    def _story_of(self, page: _Page, content_hash: str, shingles: list[int],
                  sketch: list[str]) -> tuple[dict[str, Any] | None, str, float | None]:
        """The earlier story this page repeats, why, and the overlap (None: not a copy)."""
        found = repo.story_lookup(self.db, list(dict.fromkeys([page.canonical, page.final])),
                                  content_hash, sketch, CANDIDATES)
        story = found["by_url"]
        if story is not None:
            same = story["canonical_url"] == page.canonical
            return story, "same canonical URL" if same else "same URL", None
        if found["by_hash"] is not None:
            return found["by_hash"], "same text", 1.0
        best: tuple[dict[str, Any] | None, float] = (None, 0.0)
        for cand in found["candidates"]:
            share = dedup.overlap(shingles, cand["shingles"] or [])
            if share > best[1]:
                best = (cand, share)
        threshold = self.settings.articles_duplicate_overlap
        if best[0] is not None and best[1] >= threshold:
            return best[0], (f"wire copy: {best[1]:.0%} of its shingles are in the story "
                             f"(threshold {threshold:.0%})"), best[1]
        return None, "", None

    def _extract(self, page: _Page, item: FeedItem, feed: Feed) -> Draft:
        art = page.article
        meta = ArticleMeta(
            language=_language(art.language), published=_published(art.published)
            or item.published, publisher=art.publisher or feed.title, url=page.canonical,
            title=art.title or item.title)
        return extract_text(art.text, meta, self._lexicon_now(), settings=self.settings)

    def _lexicon_now(self) -> Lexicon:
        """The graph's lexicon: read once a round; with --load, again when the graph grew."""
        if self._lexicon is None or self._loading:
            self._lexicon = self.lexicons.get(self.db)
        return self._lexicon

    def _record(self, rows: list[dict[str, Any]]) -> None:
        repo.record_pages(self.db, rows)
        self._remember(rows)

    def _remember(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:  # a later item of this round with the same URL is already seen
            self._seen[row["url"]] = {"url": row["url"], **row["props"]}

    def _load(self, draft: Draft) -> str:
        """Load a trusted feed's draft as ``geokg load`` would; raises InvalidInput."""
        from loaders.articles.review import load_document
        from loaders.document import Document

        load_document(self.db, Document.model_validate(draft.document))
        return "loaded"


# --- helpers -------------------------------------------------------------------------------

def _seen_reason(seen: dict[str, Any]) -> str:
    status = seen["status"]
    if status == "draft":
        return f"already seen (story {seen['story']})"
    if status == "duplicate":
        return f"already seen (a copy of story {seen['story']})"
    return f"already seen ({status}: {seen['reason']})"


def _page_row(url: str, status: str, *, feed: str, reason: str | None = None,
              retry: bool = False, story: str | None = None, why: str | None = None,
              overlap: float | None = None, final_url: str | None = None) -> dict[str, Any]:
    return {"url": url, "props": {"status": status, "feed": feed, "reason": reason,
                                  "retry": retry, "story": story, "why": why,
                                  "overlap": overlap, "final_url": final_url}}


def _draft_props(did: str, status: str, draft: Draft, page: _Page, feed_url: str,
                 content_hash: str, shingles: list[int], sketch: list[str]) -> dict[str, Any]:
    source = draft.document["sources"][0]
    return {
        "id": did, "status": status, "feed": feed_url,
        "url": page.canonical, "canonical_url": page.canonical, "fetched_url": page.link,
        "final_url": page.fetched.final_url, "title": source.get("title"),
        "publisher": source.get("publisher"), "published": source.get("published"),
        "language": draft.language, "source_id": source["id"],
        "document": json.dumps(draft.document, ensure_ascii=False),
        "review": draft.review, "warnings": draft.warnings,
        "linked_actors": draft.linked, "new_actors": draft.new_actors,
        "actors_linked": draft.summary["actors_linked"],
        "actors_new": draft.summary["actors_new"], "events": draft.summary["events"],
        "claims": draft.summary["claims"], "review_count": draft.summary["review"],
        "content_hash": content_hash, "shingles": shingles, "sketch": " ".join(sketch),
    }


def _language(code: str | None) -> str | None:
    """The page's language when it is an ISO 639-1 code (else detected by the extractor)."""
    if not code:
        return None
    try:
        return check_language(code)
    except InvalidInput:
        return None


def _published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return check_published(dt.date.fromisoformat(value))
    except (ValueError, InvalidInput):
        return None


def _details(details: Any) -> str:
    if not isinstance(details, list) or not details:
        return ""
    parts = [f"{d.get('location', '')}: {d.get('message', '')}" if isinstance(d, dict)
             else str(d) for d in details[:3]]
    more = f" (+{len(details) - 3} more)" if len(details) > 3 else ""
    return " (" + "; ".join(parts) + more + ")"
