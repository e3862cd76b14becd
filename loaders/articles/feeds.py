"""RSS and Atom feeds, parsed by feedparser from bytes this package fetched.

feedparser is given the bytes and the answer's headers, never a URL: it fetches nothing
itself. A document in which it recognises no feed format (an HTML page, broken XML
before the first item) is :class:`FeedUnreadable`; a feed it reads in part (``bozo``
with a known version and some items) keeps the items it found, and each item without a
link is reported by the caller.
"""

from __future__ import annotations

import calendar
import datetime as dt
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin


class FeedUnreadable(Exception):
    """Not an RSS or Atom feed; ``reason`` says what feedparser saw."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class FeedItem:
    """One item (RSS) or entry (Atom): where the article is and what the feed says of it."""

    link: str | None
    title: str | None
    published: dt.date | None
    guid: str | None


@dataclass(frozen=True)
class Feed:
    title: str | None
    version: str  # feedparser's name of the format: rss20, atom10, rss10...
    items: list[FeedItem]


def parse_feed(body: bytes, *, url: str, content_type: str | None = None) -> Feed:
    """The feed in ``body`` (fetched from ``url``); relative links resolved against it.

    Raises FeedUnreadable when no RSS or Atom feed is recognised.
    """
    import feedparser

    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed: Any = feedparser.parse(body, response_headers=headers)
    version = parsed.get("version") or ""
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not version:
        raise FeedUnreadable("not an RSS or Atom feed" + (f" ({problem})" if problem else ""))
    if problem is not None and not parsed.entries:
        raise FeedUnreadable(f"not an RSS or Atom feed: it does not parse ({problem})")
    items = [FeedItem(link=_link(entry, url), title=_text(entry.get("title")),
                      published=_date(entry), guid=_text(entry.get("id")))
             for entry in parsed.entries]
    return Feed(title=_text(parsed.feed.get("title")), version=version, items=items)


def _text(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def _link(entry: Any, base: str) -> str | None:
    link = entry.get("link")
    if not link:
        for candidate in entry.get("links") or []:
            if candidate.get("href") and candidate.get("rel", "alternate") == "alternate":
                link = candidate["href"]
                break
    if not link and entry.get("guidislink") and entry.get("id"):
        link = entry["id"]
    return urljoin(base, str(link).strip()) if link else None


def _date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return dt.datetime.fromtimestamp(calendar.timegm(value), tz=dt.UTC).date()
    return None
