"""The one writer every loader uses: a validated Document into Neo4j, batched and idempotent.

Steps: (1) resolve the document's actors onto actors already in the graph (by id, ISO
3166 alpha-3, Wikidata QID, CAMEO code, or any name/alias, accent- and case-insensitively);
(2) turn the document into rows with resolved ids; (3) write them statement by statement,
``batch_size`` rows per transaction, every statement a ``MERGE`` keyed on a stable id, so
loading the same document twice changes nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, LiteralString

import neo4j

from graph import write_cypher as q
from graph.db import Database
from graph.errors import InvalidInput
from graph.schema import ACTOR_EDGE_TYPES, CERTAINTY_RANK, Certainty, apply_schema
from graph.text import fold
from loaders.coreference import (
    DEFAULT_WINDOW_DAYS,
    AgreementFacts,
    Decision,
    EventFacts,
    decide_agreement,
    decide_document_events,
    decide_event,
    reconcile,
)
from loaders.crosswalk import get_crosswalk
from loaders.document import (
    PROJECTIONS,
    Actor,
    DateSpec,
    Document,
    EventType,
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
    events: list[Decision] = field(default_factory=list)
    agreements: list[Decision] = field(default_factory=list)
    actors: list[ActorBridge] = field(default_factory=list)

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
        self.events.extend(other.events)
        self.agreements.extend(other.agreements)
        self.actors.extend(other.actors)

    def as_dict(self) -> dict[str, Any]:
        return {"nodes": self.nodes, "relationships": self.relationships,
                "resolved": self.resolved, "skipped": self.skipped,
                "events": [d.as_dict() for d in self.events],
                "agreements": [d.as_dict() for d in self.agreements],
                "actors": [b.as_dict() for b in self.actors]}


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


@dataclass
class ActorBridge:
    """A document actor whose names match several graph actors."""

    actor: str  # the document's id
    candidates: list[str]
    merged: bool  # True: the candidates are merged into candidates[0] before the load
    why: str
    events: list[Decision] = field(default_factory=list)  # events merged after it

    def as_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "candidates": self.candidates, "merged": self.merged,
                "why": self.why, "events": [d.as_dict() for d in self.events]}


def resolve_actors(db: Database, actors: Sequence[Actor],
                   bridges: list[ActorBridge] | None = None) -> dict[str, str]:
    """Map each document actor id to the id of the graph actor it denotes.

    Order: the id (an actor the crosswalk knows -- a state, a known group -- is looked up
    by the crosswalk's id, so it gets that id whoever names it first), ISO3, Wikidata, a
    CAMEO code or an alias key naming exactly one actor; else the actor is new. When its
    alias keys name several actors, ``bridges`` hears it: they are to be merged (see
    ``_bridge``) or listed for review, and the document actor goes to the first.
    """
    cw = get_crosswalk()
    rows = [
        {"id": cw.canonical_id(a) or a.id, "doc": a.id, "kind": a.kind.value,
         "iso3": a.identifiers.iso3, "wikidata": a.identifiers.wikidata,
         "cameo": a.identifiers.cameo, "keys": actor_keys(a)}
        for a in actors
    ]
    mapping: dict[str, str] = {}
    for chunk in _chunks(rows, 500):
        for rec in db.read(q.RESOLVE_ACTORS, {"rows": chunk}):
            hits = rec["by_alias"]
            found = (rec["by_id"] or rec["by_iso3"] or rec["by_wikidata"]
                     or _only(rec["by_cameo"]) or _only(sorted({h["id"] for h in hits})))
            if found is None and len({h["id"] for h in hits}) > 1:
                bridge = _bridge(rec, hits)
                if bridges is not None:
                    bridges.append(bridge)
                found = bridge.candidates[0] if bridge.merged else None
            mapping[rec["doc"]] = found or rec["id"]
    return mapping


def _bridge(rec: Row, hits: list[Row]) -> ActorBridge:
    """Merge the actors a document actor's names bridge only when all have its kind, each
    is named by a key of two words or more (a surname alone names many people), and no two
    carry different ISO3 or Wikidata identifiers; else list them for review."""
    ids = sorted({h["id"] for h in hits})
    by_id: dict[str, list[Row]] = defaultdict(list)
    for h in hits:
        by_id[h["id"]].append(h)
    kinds_ok = all(h["kind"] == rec["kind"] for h in hits)
    keys_ok = all(any(len(h["key"].split()) >= 2 for h in by_id[i]) for i in ids)
    iso3 = {h["iso3"] for h in hits if h["iso3"]} | ({rec["iso3"]} if rec["iso3"] else set())
    wikidata = {h["wikidata"] for h in hits if h["wikidata"]} | (
        {rec["wikidata"]} if rec["wikidata"] else set())
    names = "; ".join(f"{i} by '{by_id[i][0]['key']}'" for i in ids)
    if kinds_ok and keys_ok and len(iso3) <= 1 and len(wikidata) <= 1:
        return ActorBridge(rec["doc"], ids, True, f"same kind, exact names: {names}")
    why = ("different kinds" if not kinds_ok else "a one-word name" if not keys_ok
           else "different identifiers")
    return ActorBridge(rec["doc"], ids, False, f"{why}: {names}")


def _only(ids: list[str]) -> str | None:
    return ids[0] if len(ids) == 1 else None


# --- coreference ---------------------------------------------------------------------------

def document_key(doc: Document) -> str:
    """What tells one document's accounts from another's: a digest of its source ids."""
    ids = "\x00".join(sorted(s.id for s in doc.sources))
    return hashlib.sha1(ids.encode()).hexdigest()[:12]


def _sources_by_event(doc: Document) -> dict[str, list[str]]:
    """The sources each event's claims quote, in order."""
    out: dict[str, list[str]] = defaultdict(list)
    for c in doc.claims:
        if c.event:
            for ev in c.evidence:
                if ev.source not in out[c.event]:
                    out[c.event].append(ev.source)
    return out


def _native(value: Any) -> Any:
    return value.to_native() if hasattr(value, "to_native") else value


def event_facts(doc: Document, mapping: dict[str, str],
                agreements_map: dict[str, str]) -> list[EventFacts]:
    """The document's events as coreference compares them (actor ids resolved)."""
    published = {s.id: s.published.start for s in doc.sources
                 if s.published is not None and s.published.start is not None}
    claimed = _sources_by_event(doc)
    out = []
    for e in doc.events:
        roles: dict[str, set[str]] = defaultdict(set)
        for part in e.participants:
            roles[mapping.get(part.actor, part.actor)].add(part.role)
        cited = claimed.get(e.id) or [s.id for s in doc.sources]
        out.append(EventFacts(
            id=e.id, type=e.type.value, roles={k: frozenset(v) for k, v in roles.items()},
            agreement=agreements_map.get(e.agreement, e.agreement) if e.agreement else None,
            start=e.date.start, last=e.date.last,
            published=tuple(sorted({published[x] for x in cited if x in published}))))
    return out


def reference_problems(doc: Document, known: dict[str, str]) -> list[dict[str, Any]]:
    """``same_as`` / ``distinct_from`` naming no event, or an event of another type; an
    event id the graph already gives to an event of another type. ``known`` maps event ids
    (own and merged) to their type."""
    out = []
    for i, e in enumerate(doc.events):
        if e.id in known and known[e.id] != e.type.value:
            out.append({"location": f"$.events[{i}].id", "line": None,
                        "message": f"event '{e.id}' is already in the graph as a "
                                   f"{known[e.id]} event, not a {e.type.value}"})
        if e.same_as is not None:
            if e.same_as not in known:
                out.append({"location": f"$.events[{i}].same_as", "line": None,
                            "message": f"same_as names no event in the graph: '{e.same_as}'"})
            elif known[e.same_as] != e.type.value:
                out.append({"location": f"$.events[{i}].same_as", "line": None,
                            "message": f"same_as names '{e.same_as}', a {known[e.same_as]} "
                                       f"event, not a {e.type.value}"})
    return out


def known_events(db: Database, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """For each id the graph knows (an Event's own, or an account's), (event id, type)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return {r["id"]: (r["event"], r["type"]) for r in db.read(q.EVENT_LOOKUP, {"ids": wanted})}


def check_event_references(db: Database, docs: Sequence[Document]) -> list[list[dict[str, Any]]]:
    """Per document, its coreference problems against the graph and the documents before
    it in ``docs`` (so that nothing is written when one of them is wrong)."""
    ids = [x for d in docs for e in d.events for x in (e.id, e.same_as) if x]
    graph = {k: t for k, (_, t) in known_events(db, ids).items()}
    out = []
    for doc in docs:
        out.append(reference_problems(doc, graph))
        for e in doc.events:
            graph.setdefault(e.id, e.type.value)
    return out


def agreement_facts(doc: Document, mapping: dict[str, str]) -> list[AgreementFacts]:
    """The document's agreements as coreference compares them (parties resolved)."""
    out = []
    for g in doc.agreements:
        signed = next((ms.date.start for ms in g.milestones
                       if ms.type.value == "signed" and ms.date.precision.value == "day"), None)
        out.append(AgreementFacts(
            id=g.id, kind=g.kind, names=(g.name, *(a.text for a in g.aliases)),
            parties=frozenset(mapping.get(x, x) for x in g.parties), signed=signed))
    return out


def resolve_agreements(db: Database, doc: Document, mapping: dict[str, str]
                       ) -> list[Decision]:
    """Send each document agreement to a known one when coreference says so."""
    if not doc.agreements:
        return []
    exists = {r["id"] for r in db.read(q.AGREEMENT_EXISTS,
                                        {"ids": [g.id for g in doc.agreements]})}
    facts = {f.id: f for f in agreement_facts(doc, mapping)}
    rows = [{"id": g.id, "parties": sorted(facts[g.id].parties)}
            for g in doc.agreements if g.id not in exists]
    candidates: dict[str, list[AgreementFacts]] = defaultdict(list)
    for r in db.read(q.AGREEMENT_CANDIDATES, {"rows": rows}) if rows else []:
        candidates[r["for"]].append(AgreementFacts(
            id=r["id"], kind=r["kind"] or "treaty",
            names=(r["name"], *(r["aliases"] or [])), parties=frozenset(r["parties"]),
            signed=_native(r["signed"])))
    decisions = []
    for g in doc.agreements:
        if g.id in exists:
            decisions.append(Decision(g.id, g.id, "matched", "same id"))
        else:
            decisions.append(decide_agreement(facts[g.id], candidates[g.id]))
    return decisions


def resolve_events(db: Database, doc: Document, mapping: dict[str, str],
                   agreements_map: dict[str, str], *, window_days: int = DEFAULT_WINDOW_DAYS,
                   coreference: bool = True) -> list[Decision]:
    """Decide, for each document event, the graph event it is written to (see
    loaders/coreference.py for the rules)."""
    if not doc.events:
        return []
    merged = [e for e in doc.events if e.type is not EventType.CODED]
    known = known_events(db, [x for e in merged for x in (e.id, e.same_as, *e.distinct_from)
                              if x])
    problems = reference_problems(doc, {k: t for k, (_, t) in known.items()})
    if problems:
        raise InvalidInput("the document's events do not fit the graph", problems)
    facts = {f.id: f for f in event_facts(doc, mapping, agreements_map)}
    open_ = [e for e in merged if e.id not in known and e.same_as is None]
    candidates: dict[str, list[EventFacts]] = defaultdict(list)
    if coreference and open_:
        rows = [{"id": e.id, "type": e.type.value, "actors": sorted(facts[e.id].roles),
                 "start": facts[e.id].start, "last": facts[e.id].last} for e in open_]
        for r in db.read(q.EVENT_CANDIDATES, {"rows": rows}):
            candidates[r["for"]].append(_candidate(r))
    return decide_document_events(merged, facts, known, candidates, window_days,
                                  coreference=coreference)


def _candidate(r: Row) -> EventFacts:
    roles: dict[str, set[str]] = defaultdict(set)
    for actor, role in r["roles"]:
        roles[actor].add(role)
    agreements = r["agreements"]
    return EventFacts(
        id=r["id"], type=r["type"], roles={k: frozenset(v) for k, v in roles.items()},
        agreement=agreements[0] if len(agreements) == 1 else None,
        start=_native(r["date"]), last=_native(r["date_end"]),
        published=tuple(sorted(_native(p) for p in r["published"])))


def reexamine_events(db: Database, actor_ids: Sequence[str], *,
                     window_days: int = DEFAULT_WINDOW_DAYS) -> list[Decision]:
    """After a merge of actors, the events of ``actor_ids`` that are now one event by the
    coreference rules are merged (never two events told by one document); returns what
    was merged into what. Repeats until nothing changes."""
    done: list[Decision] = []
    while True:
        rows = db.read(q.EVENTS_OF_ACTORS, {"ids": list(actor_ids)})
        facts = {r["id"]: _candidate(r) for r in rows}
        documents = {r["id"]: set(r["documents"]) for r in rows}
        merge: Decision | None = None
        for event_id in sorted(facts):
            others = [f for f in facts.values() if f.id != event_id
                      and not documents[event_id] & documents[f.id]]
            d = decide_event(facts[event_id], others, window_days)
            if d.status == "matched" and d.target < event_id:
                merge = Decision(event_id, d.target, "matched", d.why, d.candidates)
                break
        if merge is None:
            return done
        _write_one(db, q.MERGE_EVENT_INTO, {"old": merge.id, "keep": merge.target})
        reconcile_events(db, [merge.target], 1)
        done.append(merge)


def _write_one(db: Database, query: LiteralString, params: Row) -> None:
    def work(tx: neo4j.ManagedTransaction) -> None:
        tx.run(query, params).consume()
    db.write(work)


def reconcile_events(db: Database, event_ids: Iterable[str], batch_size: int) -> None:
    """Recompute each event's own values from all its accounts (order-independent)."""
    ids = sorted(set(event_ids))
    for i in range(0, len(ids), batch_size):
        rows: list[Row] = []
        for r in db.read(q.ACCOUNTS_OF, {"ids": ids[i:i + batch_size]}):
            accounts = [{k: _native(v) for k, v in a.items()} for a in r["accounts"]]
            props, _ = reconcile(accounts)
            rows.append({"id": r["event"], "props": props})
        if rows:
            _write_rows(db, q.SET_EVENT_VALUES, rows)


def _write_rows(db: Database, query: LiteralString, rows: list[Row]) -> None:
    def work(tx: neo4j.ManagedTransaction) -> None:
        tx.run(query, rows=rows).consume()
    db.write(work)


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
    accounts: list[Row] = field(default_factory=list)
    participants: list[Row] = field(default_factory=list)
    concerns: list[Row] = field(default_factory=list)
    claims: list[Row] = field(default_factory=list)
    edges: list[Row] = field(default_factory=list)


def plan_document(doc: Document, mapping: dict[str, str],
                  events_map: dict[str, str] | None = None,
                  agreements_map: dict[str, str] | None = None) -> Plan:
    """Turn a validated document into rows, with actor ids mapped through ``mapping``.

    ``events_map`` and ``agreements_map`` send the document's event and agreement ids to
    the graph's (coreference); an id they do not name stays as it is.
    """

    def m(actor_id: str) -> str:
        return mapping.get(actor_id, actor_id)

    def ev_id(event_id: str) -> str:
        return (events_map or {}).get(event_id, event_id)

    def ag_id(agreement_id: str) -> str:
        return (agreements_map or {}).get(agreement_id, agreement_id)

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
        gid = ag_id(g.id)
        aliases = [al.text for al in g.aliases]
        if gid != g.id:  # merged into a known agreement: this document's name is an alias
            aliases = [g.name, *aliases]
        props: Row = {"name": g.name, "kind": g.kind, "provisions": g.provisions,
                      "aliases": aliases,
                      "evidence_ids": [ev.id for ev in g.evidence]}
        for ms in g.milestones:
            props.update(date_props(ms.type.value, ms.date))
            if ms.event:
                p.concerns.append({"event": ev_id(ms.event), "agreement": gid,
                                   "milestone": ms.type.value})
        p.agreements.append({"id": gid, "props": props, "parties": [m(x) for x in g.parties]})

    events = {e.id: e for e in doc.events}
    claimed_sources = _sources_by_event(doc)
    doc_key = document_key(doc)
    for e in doc.events:
        said = {"summary": e.summary, "location": e.location, **date_props("date", e.date)}
        target = ev_id(e.id)
        if e.type is EventType.CODED:  # one record, one source: its values are the event's
            p.events.append({"id": target, "props": {"type": e.type.value, "cameo": e.cameo,
                                                     **said, **e.attributes}})
        else:
            p.events.append({"id": target, "props": {"type": e.type.value, "cameo": e.cameo}})
            p.accounts.append({
                "key": f"{e.id}@{doc_key}", "event": target,
                "source_ids": claimed_sources.get(e.id) or [s.id for s in doc.sources],
                "props": {"event_ref": e.id, **said,
                          "attributes": json.dumps(e.attributes, sort_keys=True)}})
        for part in e.participants:
            p.participants.append({"actor": m(part.actor), "event": target,
                                   "role": part.role})
        if e.agreement:
            p.concerns.append({"event": target, "agreement": ag_id(e.agreement),
                               "milestone": None})

    for c in doc.claims:
        all_evidence += c.evidence
        asserted = [m(x) for x in c.asserted_by]
        p.claims.append({"id": c.id, "event": ev_id(c.event) if c.event else None,
                         "asserted_by": asserted,
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
                    claim_id=c.id, event_id=ev_id(ev.id))))
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
    ("accounts", Step(q.MERGE_ACCOUNTS, nodes="Account", rels="ACCOUNT_OF/TOLD_IN",
                      expected_rels=lambda rows: sum(1 + len(r["source_ids"]) for r in rows))),
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
                   on_plan: Callable[[int], None] | None = None,
                   coreference: bool = True) -> LoadSummary:
    """Write a validated document; return what was created and matched.

    The schema's constraints are created first (``IF NOT EXISTS``) so every MERGE is
    backed by a uniqueness constraint. Re-running with the same document is a no-op.
    ``on_plan`` hears the number of rows to write before the first write (to size a
    progress bar); ``progress`` hears each batch's row count as it is written.
    ``coreference=False`` writes every event and agreement as its own (benchmarks compare).
    Raises InvalidInput, before writing anything, when a ``same_as`` names no event or one
    of another type, or an event id is already another type's.
    """
    size = batch_size or db.settings.batch_size
    if ensure_schema:
        apply_schema(db)
    summary = LoadSummary()
    bridges: list[ActorBridge] = []
    mapping = resolve_actors(db, doc.actors, bridges)
    summary.resolved = {k: v for k, v in mapping.items() if k != v}
    summary.actors = bridges
    summary.agreements = resolve_agreements(db, doc, mapping) if coreference else []
    agreements_map = {d.id: d.target for d in summary.agreements}
    summary.events = resolve_events(db, doc, mapping, agreements_map,
                                    window_days=db.settings.coreference_window_days,
                                    coreference=coreference)
    events_map = {d.id: d.target for d in summary.events}
    for bridge in bridges:  # the document fits the graph: now merge what it bridges
        if bridge.merged:
            from loaders.actor_merge import merge_actors
            merge_actors(db, bridge.candidates[0], bridge.candidates[1:],
                         reason=f"bridged by document actor {bridge.actor}: {bridge.why}")
            bridge.events = reexamine_events(
                db, bridge.candidates[:1], window_days=db.settings.coreference_window_days)
    p = plan_document(doc, mapping, events_map, agreements_map)
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
    reconcile_events(db, {a["event"] for a in p.accounts}, size)
    return summary

