"""The one writer every loader uses: a validated Document into Neo4j, batched and idempotent.

Steps: (1) resolve the document's actors onto actors already in the graph (by id, ISO
3166 alpha-3, Wikidata QID, CAMEO code, or any name/alias, accent- and case-insensitively);
(2) turn the document into rows with resolved ids; (3) write them statement by statement,
``batch_size`` rows per transaction, every statement a ``MERGE`` keyed on a stable id, so
loading the same document twice changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, LiteralString

import neo4j

from graph import write_cypher as q
from graph.db import Database
from graph.schema import ACTOR_EDGE_TYPES, CERTAINTY_RANK, Certainty, apply_schema
from graph.text import fold
from loaders.document import (
    PROJECTIONS,
    Actor,
    DateSpec,
    Document,
    EvidenceRef,
)

Row = dict[str, Any]


@dataclass
class LoadSummary:
    """What a load did: per label / type, how many were created and how many matched."""

    nodes: dict[str, dict[str, int]] = field(default_factory=dict)
    relationships: dict[str, dict[str, int]] = field(default_factory=dict)
    resolved: dict[str, str] = field(default_factory=dict)
    skipped: list[dict[str, Any]] = field(default_factory=list)

    def add_nodes(self, label: str, rows: int, created: int) -> None:
        slot = self.nodes.setdefault(label, {"created": 0, "matched": 0})
        slot["created"] += created
        slot["matched"] += rows - created

    def add_rels(self, rel_type: str, rows: int, created: int) -> None:
        slot = self.relationships.setdefault(rel_type, {"created": 0, "matched": 0})
        slot["created"] += created
        slot["matched"] += rows - created

    def merge(self, other: LoadSummary) -> None:
        for label, c in other.nodes.items():
            self.add_nodes(label, c["created"] + c["matched"], c["created"])
        for t, c in other.relationships.items():
            self.add_rels(t, c["created"] + c["matched"], c["created"])
        self.resolved.update(other.resolved)
        self.skipped.extend(other.skipped)

    def as_dict(self) -> dict[str, Any]:
        return {"nodes": self.nodes, "relationships": self.relationships,
                "resolved": self.resolved, "skipped": self.skipped}


# --- dates -------------------------------------------------------------------------------

def date_props(prefix: str, spec: DateSpec | None) -> Row:
    """Neo4j properties for a DateSpec: ``<prefix>`` (first day), ``<prefix>_end`` (last)..."""
    if spec is None:
        spec = DateSpec()
    return {
        prefix: spec.start,
        f"{prefix}_end": spec.last,
        f"{prefix}_precision": spec.precision.value,
        f"{prefix}_inferred": spec.inferred,
        f"{prefix}_text": spec.text(),
    }


# --- resolution --------------------------------------------------------------------------

def actor_keys(actor: Actor) -> list[str]:
    keys = [fold(actor.name)] + [fold(a.text) for a in actor.aliases]
    return list(dict.fromkeys(k for k in keys if k))


def resolve_actors(db: Database, actors: Sequence[Actor]) -> dict[str, str]:
    """Map each document actor id to the id of the graph actor it denotes (itself if new)."""
    rows = [
        {"id": a.id, "iso3": a.identifiers.iso3, "wikidata": a.identifiers.wikidata,
         "cameo": a.identifiers.cameo, "keys": actor_keys(a)}
        for a in actors
    ]
    mapping: dict[str, str] = {}
    for chunk in _chunks(rows, 500):
        for rec in db.read(q.RESOLVE_ACTORS, {"rows": chunk}):
            mapping[rec["id"]] = (
                rec["by_id"] or rec["by_iso3"] or rec["by_wikidata"]
                or _only(rec["by_cameo"]) or _only(rec["by_alias"]) or rec["id"]
            )
    return mapping


def _only(ids: list[str]) -> str | None:
    return ids[0] if len(ids) == 1 else None


# --- rows ----------------------------------------------------------------------------------

def _evidence_rows(items: Iterable[EvidenceRef]) -> list[Row]:
    return [
        {"id": ev.id, "source": ev.source,
         "props": {"quote": ev.quote, "language": ev.language, "gloss": ev.gloss,
                   "span_start": ev.span[0] if ev.span else None,
                   "span_end": ev.span[1] if ev.span else None, "source_id": ev.source}}
        for ev in items
    ]


def _edge(rel_type: str, key: str, source: str, target: str, props: Row) -> Row:
    if rel_type not in ACTOR_EDGE_TYPES:  # closed vocabulary, checked before any Cypher
        raise ValueError(f"not an actor edge type: {rel_type}")
    return {"type": rel_type, "key": key, "source": source, "target": target,
            "props": {"key": key, **props}}


def _edge_props(*, certainty: Certainty, asserted_by: list[str], evidence: list[EvidenceRef],
                valid_from: DateSpec | None, valid_to: DateSpec | None,
                claim_id: str | None, event_id: str | None) -> Row:
    start = valid_from or DateSpec()
    end = valid_to
    return {
        "valid_from": start.start,
        # an event's edge ends with the event; a role's stays open unless it says otherwise
        "valid_to": end.last if end is not None else None,
        "date_precision": start.precision.value,
        "date_inferred": start.inferred,
        "certainty": certainty.value,
        "certainty_rank": CERTAINTY_RANK[certainty],
        "asserted_by": asserted_by,
        "claim_id": claim_id,
        "event_id": event_id,
        "evidence_ids": [ev.id for ev in evidence],
        "source_ids": list(dict.fromkeys(ev.source for ev in evidence)),
    }


@dataclass
class Plan:
    """The rows of one document, ready for the batched statements."""

    sources: list[Row] = field(default_factory=list)
    actors: list[Row] = field(default_factory=list)
    aliases: list[Row] = field(default_factory=list)
    evidence: list[Row] = field(default_factory=list)
    agreements: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    participants: list[Row] = field(default_factory=list)
    concerns: list[Row] = field(default_factory=list)
    claims: list[Row] = field(default_factory=list)
    edges: list[Row] = field(default_factory=list)


def plan_document(doc: Document, mapping: dict[str, str]) -> Plan:
    """Turn a validated document into rows, with actor ids mapped through ``mapping``."""

    def m(actor_id: str) -> str:
        return mapping.get(actor_id, actor_id)

    p = Plan()
    for s in doc.sources:
        p.sources.append({"id": s.id, "props": {
            "title": s.title, "url": s.url, "language": s.language, "publisher": s.publisher,
            "published": s.published.start if s.published else None,
            "published_precision": s.published.precision.value if s.published else "unknown",
            "kind": s.kind, "text": s.text}})
    for a in doc.actors:
        keys = actor_keys(a)
        p.actors.append({
            "id": m(a.id), "name": a.name, "kind": a.kind.value, "name_key": fold(a.name),
            "iso3": a.identifiers.iso3, "cameo": a.identifiers.cameo,
            "wikidata": a.identifiers.wikidata,
            "country": m(a.country) if a.country else None, "description": a.description,
            "aliases": [a.name] + [al.text for al in a.aliases], "keys": keys})
        p.aliases.append({"actor": m(a.id), "key": fold(a.name), "text": a.name,
                          "lang": None, "note": "name"})
        for al in a.aliases:
            p.aliases.append({"actor": m(a.id), "key": fold(al.text), "text": al.text,
                              "lang": al.lang, "note": al.note})

    all_evidence: list[EvidenceRef] = []
    for r in doc.roles:
        all_evidence += r.evidence
        p.edges.append(_edge(r.type.value, f"role:{r.type.value}:{m(r.actor)}:{m(r.of)}",
                             m(r.actor), m(r.of), _edge_props(
            certainty=r.certainty, asserted_by=[m(x) for x in r.asserted_by],
            evidence=r.evidence, valid_from=r.valid_from, valid_to=r.valid_to,
            claim_id=None, event_id=None)))
    for g in doc.agreements:
        all_evidence += g.evidence
        props: Row = {"name": g.name, "kind": g.kind, "provisions": g.provisions,
                      "aliases": [al.text for al in g.aliases],
                      "evidence_ids": [ev.id for ev in g.evidence]}
        for ms in g.milestones:
            d = date_props(ms.type.value, ms.date)
            d.pop(f"{ms.type.value}_end")
            props.update(d)
            if ms.event:
                p.concerns.append({"event": ms.event, "agreement": g.id,
                                   "milestone": ms.type.value})
        p.agreements.append({"id": g.id, "props": props, "parties": [m(x) for x in g.parties]})

    events = {e.id: e for e in doc.events}
    for e in doc.events:
        props = {"type": e.type.value, "cameo": e.cameo, "summary": e.summary,
                 "location": e.location, **date_props("date", e.date), **e.attributes}
        p.events.append({"id": e.id, "props": props})
        for part in e.participants:
            p.participants.append({"actor": m(part.actor), "event": e.id, "role": part.role})
        if e.agreement:
            p.concerns.append({"event": e.id, "agreement": e.agreement, "milestone": None})

    for c in doc.claims:
        all_evidence += c.evidence
        asserted = [m(x) for x in c.asserted_by]
        p.claims.append({"id": c.id, "event": c.event, "asserted_by": asserted,
                         "evidence_ids": [ev.id for ev in c.evidence],
                         "props": {"certainty": c.certainty.value,
                                   "certainty_rank": CERTAINTY_RANK[c.certainty],
                                   "subject_kind": "event" if c.event else "relation",
                                   "note": c.note}})
        if c.relation is not None:
            rel = c.relation
            src, tgt = m(rel.source), m(rel.target)
            p.edges.append(_edge(rel.type.value, f"{c.id}:{rel.type.value}:{src}:{tgt}",
                                 src, tgt, _edge_props(
                certainty=c.certainty, asserted_by=asserted, evidence=c.evidence,
                valid_from=rel.valid_from, valid_to=rel.valid_to, claim_id=c.id,
                event_id=None)))
            continue
        assert c.event is not None
        ev = events[c.event]
        by_role: dict[str, list[str]] = defaultdict(list)
        for part in ev.participants:
            by_role[part.role].append(m(part.actor))
        for proj in PROJECTIONS[ev.type]:
            if proj.source_role == proj.target_role:
                pairs = list(combinations(sorted(set(by_role[proj.source_role])), 2))
            else:
                pairs = [(a, b) for a in dict.fromkeys(by_role[proj.source_role])
                         for b in dict.fromkeys(by_role[proj.target_role]) if a != b]
            for src, tgt in pairs:
                p.edges.append(_edge(proj.type.value, f"{c.id}:{proj.type.value}:{src}:{tgt}",
                                     src, tgt, _edge_props(
                    certainty=c.certainty, asserted_by=asserted, evidence=c.evidence,
                    valid_from=ev.date, valid_to=ev.date if ev.date.value else None,
                    claim_id=c.id, event_id=ev.id)))
    p.evidence = list({r["id"]: r for r in _evidence_rows(all_evidence)}.values())
    return p


# --- writing -------------------------------------------------------------------------------

def _chunks(rows: Sequence[Row], size: int) -> Iterable[Sequence[Row]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


@dataclass(frozen=True)
class Step:
    """One batched statement and how to count what it did.

    ``nodes`` / ``rels`` name the label and type it creates; ``expected_nodes`` and
    ``expected_rels`` say how many of each a chunk of rows stands for (created + matched).
    """

    query: LiteralString
    nodes: str | None = None
    rels: str | None = None
    expected_nodes: Callable[[Sequence[Row]], int] = len
    expected_rels: Callable[[Sequence[Row]], int] = len


STEPS: tuple[tuple[str, Step], ...] = (
    ("sources", Step(q.MERGE_SOURCES, nodes="Source")),
    ("actors", Step(q.MERGE_ACTORS, nodes="Actor")),
    # rows naming the same alias share one Alias node
    ("aliases", Step(q.MERGE_ALIASES, nodes="Alias", rels="ALIAS_OF",
                     expected_nodes=lambda rows: len({r["key"] for r in rows}))),
    ("evidence", Step(q.MERGE_EVIDENCE, nodes="Evidence", rels="FROM_SOURCE")),
    ("agreements", Step(q.MERGE_AGREEMENTS, nodes="Agreement", rels="PARTY_TO",
                        expected_rels=lambda rows: sum(len(r["parties"]) for r in rows))),
    ("events", Step(q.MERGE_EVENTS, nodes="Event")),
    ("participants", Step(q.MERGE_PARTICIPANTS, rels="PARTICIPANT")),
    ("concerns", Step(q.MERGE_CONCERNS, rels="CONCERNS")),
    ("claims", Step(q.MERGE_CLAIMS, nodes="Claim", rels="ABOUT/ASSERTED_BY/SUPPORTED_BY",
                    expected_rels=lambda rows: sum(
                        (r["event"] is not None) + len(r["asserted_by"])
                        + len(r["evidence_ids"]) for r in rows))),
)


def _run_step(db: Database, step: Step, rows: Sequence[Row], batch_size: int,
              summary: LoadSummary, progress: Callable[[int], None] | None = None,
              rel_type: str | None = None) -> None:
    rel_name = rel_type or step.rels
    for chunk in _chunks(rows, batch_size):
        def work(tx: neo4j.ManagedTransaction, chunk: Sequence[Row] = chunk) -> Any:
            return tx.run(step.query, rows=list(chunk)).consume().counters
        counters = db.write(work)
        if step.nodes:
            summary.add_nodes(step.nodes, step.expected_nodes(chunk), counters.nodes_created)
        if rel_name:
            summary.add_rels(rel_name, step.expected_rels(chunk), counters.relationships_created)
        if progress:
            progress(len(chunk))


def plan_size(p: Plan) -> int:
    return sum(len(v) for v in vars(p).values())


def write_document(db: Database, doc: Document, *, batch_size: int | None = None,
                   ensure_schema: bool = True,
                   progress: Callable[[int], None] | None = None,
                   on_plan: Callable[[int], None] | None = None) -> LoadSummary:
    """Write a validated document; return what was created and matched.

    The schema's constraints are created first (``IF NOT EXISTS``) so every MERGE is
    backed by a uniqueness constraint. Re-running with the same document is a no-op.
    ``on_plan`` hears the number of rows to write before the first write (to size a
    progress bar); ``progress`` hears each batch's row count as it is written.
    """
    size = batch_size or db.settings.batch_size
    if ensure_schema:
        apply_schema(db)
    summary = LoadSummary()
    mapping = resolve_actors(db, doc.actors)
    summary.resolved = {k: v for k, v in mapping.items() if k != v}
    p = plan_document(doc, mapping)
    if on_plan:
        on_plan(plan_size(p))

    for field_name, step in STEPS:
        _run_step(db, step, getattr(p, field_name), size, summary, progress)
    by_type: dict[str, list[Row]] = defaultdict(list)
    for e in p.edges:
        by_type[e["type"]].append(e)
    for rel_type, rows in sorted(by_type.items()):
        _run_step(db, Step(q.MERGE_ACTOR_EDGES_BY_TYPE[rel_type]), rows, size, summary,
                  progress, rel_type=rel_type)
    return summary

