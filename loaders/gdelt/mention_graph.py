"""GDELT mentions into the graph: attached to their event, or kept until it arrives.

A mention is handled as one flat *row* (built by ``loaders.gdelt.mentions``), the same
dict a ``PendingMention`` node stores while its event is missing:

``key`` (``gdelt-mention:<GLOBALEVENTID>:<sha1(MentionIdentifier)[:16]>``, also the
claim's id), ``event_id`` (``gdelt:<GLOBALEVENTID>``), ``gdelt_id``, ``identifier``,
``source_name``, ``language``, ``event_time``, ``mention_time``, ``mention_type``,
``sentence_id``, ``actor1_char_offset``, ``actor2_char_offset``, ``action_char_offset``,
``in_raw_text``, ``confidence``, ``doc_len``, ``doc_tone``, ``translation_info`` and
``revision`` (orders the versions of one mention: the later MentionTimeDate wins) and
``first_mention_time`` (the earliest MentionTimeDate of any version: the Source's
``mentioned_at``, whichever version is kept).

Attaching writes the outlet's media actor through the shared writer (so it resolves as the
export loader's does), then the Source, Evidence and ``reported`` Claim in one statement
(``graph.gdelt_mentions_cypher``). This module imports nothing of the export loader, which
calls ``attach_pending_mentions`` after each batch of events it writes.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import neo4j

from graph import gdelt_mentions_cypher as q
from graph.db import Database
from graph.schema import CERTAINTY_RANK, Certainty
from loaders.document import Actor, Document, Source
from loaders.gdelt.convert import media_actor, source_for
from loaders.writer import plan_document, write_document

Row = dict[str, Any]

#: The keys of a mention row (a PendingMention stores those that are not null).
ROW_KEYS = ("key", "event_id", "gdelt_id", "identifier", "source_name", "language",
            "event_time", "mention_time", "mention_type", "sentence_id", "actor1_char_offset",
            "actor2_char_offset", "action_char_offset", "in_raw_text", "confidence", "doc_len",
            "doc_tone", "translation_info", "revision", "first_mention_time")

#: GDELT's MentionType codes (Mentions codebook V2.0).
MENTION_TYPES = {1: "web", 2: "citation_only", 3: "core", 4: "dtic", 5: "jstor",
                 6: "non_textual"}


def mention_key(gdelt_id: int, identifier: str) -> str:
    """The claim id of one (event, article) pair; a revision of it keeps the id."""
    return f"gdelt-mention:{gdelt_id}:{hashlib.sha1(identifier.encode()).hexdigest()[:16]}"


def evidence_id(key: str) -> str:
    return "gdelt-mention-evidence:" + key.removeprefix("gdelt-mention:")


def media_of(row: Row) -> Actor:
    """The outlet: the URL's host as for export rows, else GDELT's MentionSourceName."""
    ident = row["identifier"]
    return media_actor(ident if urlsplit(ident).hostname else row["source_name"] or ident)


def source_of(row: Row) -> Source:
    """The article: export's ``gdelt-src:`` id and title, MentionSourceName as publisher."""
    src = source_for(row["identifier"], row["language"])
    return src.model_copy(update={"publisher": row["source_name"] or src.publisher})


def quote_of(row: Row) -> str:
    """GDELT gives no words of the article: the quote says what the record says, in English."""
    return (f"GDELT mention of event {row['gdelt_id']} in this article ({row['source_name']}, "
            f"{row['mention_time']}): sentence {row['sentence_id']}, confidence "
            f"{row['confidence']}%")


def _evidence_props(row: Row) -> Row:
    return {
        "quote": quote_of(row), "language": "en", "gloss": None, "span_start": None,
        "span_end": None, "source_id": source_of(row).id,
        "event_time": row["event_time"], "mention_time": row["mention_time"],
        "mention_type": row["mention_type"],
        "mention_type_name": MENTION_TYPES.get(row["mention_type"]),
        "mention_source_name": row["source_name"], "sentence_id": row["sentence_id"],
        "actor1_char_offset": row["actor1_char_offset"],
        "actor2_char_offset": row["actor2_char_offset"],
        "action_char_offset": row["action_char_offset"], "in_raw_text": row["in_raw_text"],
        "confidence": row["confidence"], "doc_len": row["doc_len"], "doc_tone": row["doc_tone"],
        "translation_info": row["translation_info"], "revision": row["revision"],
    }


_CLAIM_PROPS: Row = {
    "certainty": Certainty.REPORTED.value, "certainty_rank": CERTAINTY_RANK[Certainty.REPORTED],
    "subject_kind": "event", "note": "GDELT Mentions: this article mentions the event"}


@dataclass
class WriteState:
    """What a load wrote (``created`` nodes and relationships) and the outlets it has
    written already (media actor id -> the graph's id, as the shared writer resolved it)."""

    created: Counter[str] = field(default_factory=Counter)
    media: dict[str, str] = field(default_factory=dict)


def _write_media(db: Database, rows: Sequence[Row], state: WriteState) -> list[str]:
    """The graph id of each row's outlet; outlets new to this load go through the shared
    writer (so they resolve, and get their aliases, as the export loader's do)."""
    ours = [media_of(r) for r in rows]
    new = list({a.id: a for a in ours if a.id not in state.media}.values())
    if new:
        written = write_document(db, Document(actors=new), batch_size=len(new),
                                 ensure_schema=False)
        state.created["nodes"] += sum(c["created"] for c in written.nodes.values())
        state.created["relationships"] += sum(
            c["created"] for c in written.relationships.values())
        state.media.update({a.id: written.resolved.get(a.id, a.id) for a in new})
    return [state.media[a.id] for a in ours]


def _write_rows(db: Database, rows: Sequence[Row], state: WriteState) -> list[str]:
    """Write the mentions whose event is in the graph; return their keys."""
    if not rows:
        return []
    media_ids = _write_media(db, rows, state)
    sources = {s.id: s for s in (source_of(r) for r in rows)}
    source_props = {r["id"]: r["props"]
                    for r in plan_document(Document(sources=list(sources.values())), {}).sources}
    params = []
    for r, media_id in zip(rows, media_ids, strict=True):
        src = source_of(r).id
        params.append({
            "key": r["key"], "event_id": r["event_id"], "media_id": media_id,
            "source_id": src, "source_props": source_props[src],
            "source_name": r["source_name"], "mentioned_at": r["first_mention_time"],
            "evidence_id": evidence_id(r["key"]), "evidence_props": _evidence_props(r),
            "claim_props": _CLAIM_PROPS, "revision": r["revision"]})

    def work(tx: neo4j.ManagedTransaction) -> tuple[list[str], Any]:
        result = tx.run(q.WRITE_MENTIONS, rows=params)
        keys = [rec["key"] for rec in result]
        counters = result.consume().counters
        done = set(keys)
        tx.run(q.DROP_PENDING, rows=[{"key": p["key"], "revision": p["revision"]}
                                     for p in params if p["key"] in done]).consume()
        return keys, counters

    keys, counters = db.write(work)
    state.created["nodes"] += counters.nodes_created
    state.created["relationships"] += counters.relationships_created
    return keys


def existing_events(db: Database, event_ids: Iterable[str]) -> set[str]:
    """The ids among ``event_ids`` of events in the graph."""
    return {r["id"] for r in db.read(q.EXISTING_EVENTS, {"ids": sorted(set(event_ids))})}


def event_pairs(db: Database, event_ids: Iterable[str]) -> dict[tuple[str, str], set[str]]:
    """The (actor1, actor2) -> CAMEO root codes of these events, for the projection."""
    return {(r["a"], r["b"]): set(r["roots"])
            for r in db.read(q.EVENT_PAIRS, {"ids": sorted(set(event_ids))})}


def write_mentions(db: Database, rows: Sequence[Row], state: WriteState
                   ) -> tuple[list[str], list[str]]:
    """Attach the rows whose event is in the graph, keep the others pending.

    Returns (keys attached, keys kept pending). Pending rows are written before the
    events are looked up again, so an event written meanwhile by another load still
    finds them (its loader attaches after writing it).
    """
    present = existing_events(db, (r["event_id"] for r in rows))
    attached = _write_rows(db, [r for r in rows if r["event_id"] in present], state)
    waiting = [r for r in rows if r["event_id"] not in present]
    if waiting:
        kept = db.write(lambda tx: tx.run(q.KEEP_PENDING, rows=waiting).consume().counters)
        state.created["nodes"] += kept.nodes_created
    return attached, [r["key"] for r in waiting]


def attach_pending(db: Database, event_ids: Sequence[str], state: WriteState | None = None
                   ) -> list[str]:
    """Attach every mention waiting for one of these events now in the graph; its keys."""
    if not event_ids:
        return []
    rows = [dict.fromkeys(ROW_KEYS) | r["row"]  # Neo4j keeps no null properties
            for r in db.read(q.PENDING_OF_EVENTS, {"ids": list(event_ids)})]
    return _write_rows(db, rows, state if state is not None else WriteState())


def attach_pending_mentions(db: Database, event_ids: list[str]) -> int:
    """Attach the GDELT mentions that wait for these events; return how many.

    Call it right after a batch of events is written and before their INTERACTED_WITH
    edges are projected (the edges list the claims of their events). Costs one indexed
    lookup when nothing waits.
    """
    return len(attach_pending(db, event_ids))
