"""The article feed's records and the review queue, as plain data (Cypher in
:mod:`graph.drafts_cypher`). Nothing here loads a document: approving one is
:func:`loaders.articles.review.approve_draft`'s work."""

from __future__ import annotations

import json
from typing import Any

import neo4j

from graph import drafts_cypher as q
from graph.db import Database
from graph.errors import NotFound
from graph.repository import plain

#: Every status a draft can have; ``pending`` waits for a person, ``loaded`` is in the graph
#: unreviewed (``geokg articles sync --load``), ``approving`` is a load under way.
DRAFT_STATUSES = ("pending", "approved", "rejected", "loaded", "approving")


# --- feeds -------------------------------------------------------------------------------

def feed_state(db: Database, url: str) -> tuple[str | None, str | None]:
    """``(etag, last_modified)`` kept for a feed (both None for a new feed)."""
    rows = db.read(q.FEED_STATE, {"url": url})
    return (rows[0]["etag"], rows[0]["last_modified"]) if rows else (None, None)


def save_feed(db: Database, url: str, *, etag: str | None, last_modified: str | None,
              title: str | None, items: int) -> None:
    _write(db, q.SAVE_FEED, {"url": url, "etag": etag, "last_modified": last_modified,
                             "title": title, "items": items})


# --- pages and stories ---------------------------------------------------------------------

def seen_pages(db: Database, urls: list[str]) -> dict[str, dict[str, Any]]:
    """The recorded state of each of ``urls`` that sync has dealt with before."""
    if not urls:
        return {}
    return {r["url"]: r for r in db.read(q.SEEN_PAGES, {"urls": urls})}


def story_lookup(db: Database, urls: list[str], content_hash: str, sketch: list[str],
                 limit: int = 5) -> dict[str, Any]:
    """``{by_url, by_hash, candidates}``: the story a page repeats by URL or by text, else
    the stories sharing most sampled shingles (``{id, url, shingles}``), in one read."""
    rows = db.read(q.STORY_LOOKUP, {"urls": urls, "hash": content_hash,
                                    "query": " ".join(sketch), "limit": limit})
    return rows[0]


def create_story(db: Database, draft: dict[str, Any], pages: list[dict[str, Any]]) -> bool:
    """Write a new Draft and its pages in one transaction; False when the id existed."""
    def work(tx: neo4j.ManagedTransaction) -> bool:
        created = bool(tx.run(q.CREATE_DRAFT, {"draft": draft}).single(strict=True)["created"])
        tx.run(q.RECORD_PAGES, {"rows": pages}).consume()
        return created

    return db.write(work)


def record_pages(db: Database, rows: list[dict[str, Any]]) -> None:
    """``rows``: ``{url, props: {status, reason, story, retry, ...}}``."""
    if rows:
        _write(db, q.RECORD_PAGES, {"rows": rows})


# --- the queue -----------------------------------------------------------------------------

def list_drafts(db: Database, *, status: str | None = None, limit: int = 100,
                offset: int = 0) -> dict[str, Any]:
    """``{drafts: [...], counts: {status: n}}``: pending first, then newest first."""
    rows = db.read(q.LIST_DRAFTS, {"status": status, "limit": limit, "offset": offset})
    counts = {s: 0 for s in DRAFT_STATUSES}
    counts.update({r["status"]: r["n"] for r in db.read(q.COUNT_DRAFTS)})
    drafts = [{**plain(r["draft"]), "copies": r["copies"]} for r in rows]
    return {"drafts": drafts, "counts": counts}


def get_draft(db: Database, draft_id: str) -> dict[str, Any]:
    """One draft: its summary, its document (parsed), notes and copies.

    Raises NotFound for an unknown id.
    """
    rows = db.read(q.GET_DRAFT, {"id": draft_id})
    if not rows:
        raise NotFound(f"no draft with id '{draft_id}'",
                       [{"location": "id", "message": "unknown draft id"}])
    row = rows[0]
    detail = plain(row["detail"])
    out: dict[str, Any] = plain(row["draft"])
    out["document"] = json.loads(detail.pop("document"))
    original = detail.pop("draft_document")
    out["draft_document"] = json.loads(original) if original else None
    for key in ("review", "warnings", "linked_actors", "new_actors"):
        out[key] = detail.pop(key) or []
    out.update(detail)
    out["summary"] = out["counts"]
    out["copies"] = plain(row["copies"])
    return out


def move_draft(db: Database, draft_id: str, *, allowed: tuple[str, ...], to: str,
               by: str | None = None, reason: str | None = None,
               decided: bool = False) -> tuple[str, bool]:
    """Set the draft's status to ``to`` if it is one of ``allowed``; ``(before, changed)``.

    Raises NotFound for an unknown id.
    """
    params = {"id": draft_id, "from": list(allowed), "to": to, "by": by, "reason": reason,
              "decided": decided}

    def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
        return [r.data() for r in tx.run(q.MOVE_DRAFT, params)]

    rows = db.write(work)
    if not rows:
        raise NotFound(f"no draft with id '{draft_id}'",
                       [{"location": "id", "message": "unknown draft id"}])
    return rows[0]["before"], bool(rows[0]["changed"])


def keep_loaded_document(db: Database, draft_id: str, document: str,
                         draft_document: str | None) -> None:
    _write(db, q.KEEP_LOADED_DOCUMENT, {"id": draft_id, "document": document,
                                        "draft_document": draft_document})


def mark_sources(db: Database, source_ids: list[str], *, reviewed: bool, by: str | None,
                 draft: str) -> int:
    """Record on each Source whether a person approved it (who, when) or not; the count."""
    params = {"ids": source_ids, "reviewed": reviewed, "by": by, "draft": draft}

    def work(tx: neo4j.ManagedTransaction) -> int:
        return int(tx.run(q.MARK_SOURCES, params).single(strict=True)["marked"])

    return db.write(work)


def _write(db: Database, query: Any, params: dict[str, Any]) -> None:
    db.write(lambda tx: tx.run(query, params).consume())
