"""Two actors that are one: find the likely pairs, merge one into the other, keep ids alive.

Candidates (:func:`merge_candidates`): two actors of the same ``kind`` that share an
identifier (``iso3``, ``wikidata`` or ``cameo``), or that share an alias key of two or
more words (keys are folded names, see graph/text.py: "Sergei Lavrov" and "sergei
lavrov" are one key; a lone "Lavrov" is not enough).

Merging (:func:`merge_actors`), in one write transaction: every relationship of a merged
actor is recreated on the kept one with its type, direction and properties, then the
merged actor is deleted. Actor–actor edges whose ``key`` the writer built from their ends
(``role:<TYPE>:<a>:<b>``, ``<claim>:<TYPE>:<a>:<b>``) get the key the writer would now
build, so reloading the original documents changes nothing; a projected edge of a
symmetric relation (``MET_WITH``...) then runs from the smaller id to the larger, as the
writer writes it. Two edges left with one key (the same claim or role, the same pair)
are kept once; other relationships left identical (an alias, a participation in one
role, an assertion) once; edges between the merged actors become self-loops and are
dropped. The kept actor unions ``aliases`` and ``alias_keys`` (``search_text`` rebuilt),
takes ``iso3``, ``wikidata``, ``cameo``, ``country`` and ``description`` only where it
has none, and lists the merged ids in ``merged_ids``; each merged id gets an
``ActorRedirect`` so that :func:`canonical_actor_ids` (and the API) still resolve it.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from functools import partial
from typing import Any

import neo4j

from graph import actor_merge_cypher as c
from graph.actor_ids import canonical_actor_ids
from graph.db import Database
from graph.errors import InvalidInput
from graph.schema import ACTOR_EDGE_TYPES
from loaders.document import PROJECTIONS

__all__ = ["canonical_actor_ids", "merge_actors", "merge_candidates", "plan_relationships"]

Row = dict[str, Any]

#: Relations projected between two actors of one role: the writer draws them from the
#: smaller id to the larger (write order does not matter for a meeting).
SYMMETRIC_TYPES: frozenset[str] = frozenset(
    p.type.value for projections in PROJECTIONS.values() for p in projections
    if p.source_role == p.target_role)

#: Identifiers two actors may not disagree on (both unique in the graph).
CONFLICTING = ("iso3", "wikidata")

#: Taken from a merged actor only where the kept one has none.
FILLED = ("iso3", "wikidata", "cameo", "description")

#: Rows per statement when recreating relationships (one transaction throughout).
CHUNK = 5000


# --- candidates --------------------------------------------------------------------------

def merge_candidates(db: Database) -> list[dict[str, Any]]:
    """Pairs of actors that probably are one, each with why.

    Returns ``[{"a", "b", "reasons", "keep", "merge"}]`` ordered by id: ``a`` and ``b``
    are ``{id, name, kind, iso3, wikidata, cameo, degree}``, ``reasons`` are
    ``{field, value, text}`` (``field`` is ``iso3``, ``wikidata``, ``cameo`` or
    ``alias``), ``keep`` / ``merge`` a suggestion: keep the actor with more identifiers,
    then more relationships, then the smaller id.
    Raises DatabaseUnavailable when Neo4j cannot be reached.
    """
    out = []
    for r in db.read(c.MERGE_CANDIDATES):
        a, b = r["a"], r["b"]
        keep, other = sorted((a, b), key=_keep_rank)
        out.append({"a": a, "b": b, "keep": keep["id"], "merge": other["id"],
                    "reasons": [{**x, "text": _reason_text(x)} for x in r["reasons"]]})
    return out


def _keep_rank(actor: Row) -> tuple[int, int, str]:
    identifiers = sum(actor.get(f) is not None for f in ("iso3", "wikidata", "cameo"))
    return (-identifiers, -actor["degree"], actor["id"])


def _reason_text(reason: Row) -> str:
    if reason["field"] == "alias":
        return f"shared alias key '{reason['value']}'"
    return f"same {reason['field']} '{reason['value']}'"


# --- merging -------------------------------------------------------------------------------

def merge_actors(db: Database, keep: str, merge: Sequence[str], *,
                 reason: str) -> dict[str, Any]:
    """Merge each actor of ``merge`` into ``keep`` (one transaction), keeping every edge.

    Returns ``{"keep", "merged", "reason", "relationships", "rekeyed", "filled",
    "aliases_added", "references"}``: ``relationships`` maps each relationship type of the
    merged actors to ``{"moved", "collapsed", "self_loops"}`` (recreated on ``keep``,
    already there once, dropped as keep–keep edges), ``rekeyed`` counts the edges that
    got a new key, ``filled`` the properties ``keep`` took, ``references`` the actors
    whose ``country`` and the edges whose ``asserted_by`` named a merged id.

    Raises InvalidInput, having written nothing, when an id names no actor (or an actor
    already merged), ``keep`` is among ``merge``, ``merge`` is empty, ``reason`` is
    blank, kinds differ, or two of the actors have different ``iso3`` or ``wikidata``.
    """
    merged = list(dict.fromkeys(merge))
    if not merged:
        raise InvalidInput(f"name at least one actor to merge into '{keep}'")
    if keep in merged:
        raise InvalidInput(f"cannot merge '{keep}' into itself")
    if not reason.strip():
        raise InvalidInput("give a reason for the merge")
    return db.write(partial(_merge, keep, merged, reason))


def _merge(keep: str, merged: list[str], reason: str,
           tx: neo4j.ManagedTransaction) -> dict[str, Any]:
    found = {r["id"]: r for r in tx.run(c.ACTORS_FOR_MERGE, ids=[keep, *merged]).data()}
    actors = _check(keep, merged, found)
    kept = actors[keep]
    rels = tx.run(c.RELATIONSHIPS_OF, merge=merged).data()
    keyed, plain, seen, self_loops, rekeyed = plan_relationships(
        rels, keep, found[keep]["element_id"])

    tx.run(c.DELETE_ACTORS, merge=merged).consume()
    filled = _filled(kept, [actors[m] for m in merged], keep, set(merged))
    aliases = [x for m in merged for x in actors[m].get("aliases") or []]
    alias_keys = [x for m in merged for x in actors[m].get("alias_keys") or []]
    merged_ids = [x for m in merged for x in (m, *(actors[m].get("merged_ids") or []))]
    tx.run(c.UPDATE_KEPT_ACTOR, keep=keep, props=filled, aliases=aliases,
           alias_keys=alias_keys, merged_ids=merged_ids).consume()

    created: Counter[str] = Counter()
    for query, rows in ((c.CREATE_KEYED_EDGES, keyed), (c.CREATE_PLAIN_RELATIONSHIPS, plain)):
        for i in range(0, len(rows), CHUNK):
            for r in tx.run(query, rows=rows[i:i + CHUNK]):
                created[r["type"]] += r["created"]

    tx.run(c.DELETE_STALE_REDIRECT, keep=keep).consume()
    tx.run(c.CREATE_REDIRECTS, keep=keep, reason=reason,
           rows=[{"id": m, "name": actors[m].get("name")} for m in merged]).consume()
    country = tx.run(c.REPOINT_COUNTRY, keep=keep, merge=merged).single(strict=True)
    asserted = tx.run(c.REPOINT_ASSERTED_BY, keep=keep, merge=merged).single(strict=True)

    known_aliases = set(kept.get("aliases") or [])
    return {
        "keep": keep, "merged": merged, "reason": reason,
        "relationships": {
            t: {"moved": created[t], "collapsed": seen[t] - self_loops[t] - created[t],
                "self_loops": self_loops[t]}
            for t in sorted(seen)},
        "rekeyed": rekeyed,
        "filled": filled,
        "aliases_added": [a for a in dict.fromkeys(aliases) if a not in known_aliases],
        "references": {"country": country["updated"], "asserted_by": asserted["updated"]},
    }


def _check(keep: str, merged: list[str], found: dict[str, Row]) -> dict[str, Row]:
    """The actors by id, or InvalidInput naming what is wrong."""
    actors: dict[str, Row] = {}
    for i in [keep, *merged]:
        row = found[i]
        if row["actor"] is None:
            if row["redirected_to"]:
                raise InvalidInput(f"'{i}' was already merged into '{row['redirected_to']}'")
            raise InvalidInput(f"no actor with id '{i}'")
        actors[i] = row["actor"]
    kind = actors[keep].get("kind")
    for m in merged:
        if actors[m].get("kind") != kind:
            raise InvalidInput(
                f"'{keep}' is a {kind} and '{m}' a {actors[m].get('kind')}: actors of "
                "different kinds are not merged")
    for field in CONFLICTING:
        first: tuple[str, str] | None = None
        for i in [keep, *merged]:
            value = actors[i].get(field)
            if value is None:
                continue
            if first is None:
                first = (i, value)
            elif value != first[1]:
                raise InvalidInput(
                    f"'{first[0]}' has {field} '{first[1]}' and '{i}' has {field} "
                    f"'{value}': not the same actor")
    return actors


def _filled(kept: Row, others: list[Row], keep: str, merged: set[str]) -> dict[str, Any]:
    """The properties ``keep`` takes from the merged actors (only those it lacks)."""
    out: dict[str, Any] = {}
    for field in FILLED:
        if kept.get(field) is None:
            value = next((o[field] for o in others if o.get(field) is not None), None)
            if value is not None:
                out[field] = value
    country = kept.get("country") or next(
        (o["country"] for o in others if o.get("country") is not None), None)
    if country in merged:
        country = keep
    if country == keep:  # an actor is never its own country
        country = None
    if country != kept.get("country"):
        out["country"] = country
    return out


def plan_relationships(rels: list[Row], keep: str, keep_element: str
                       ) -> tuple[list[Row], list[Row], Counter[str], Counter[str], int]:
    """Turn the merged actors' relationships (rows of ``RELATIONSHIPS_OF``) into rows to
    create on ``keep``.

    Returns ``(keyed, plain, seen, self_loops, rekeyed)``: rows for
    ``CREATE_KEYED_EDGES`` (one per type and key) and ``CREATE_PLAIN_RELATIONSHIPS``
    (identical ones once), the relationships seen and the keep–keep ones dropped, per type,
    and how many edges got a new key.
    """
    keyed: dict[tuple[str, str], Row] = {}
    plain: dict[tuple[str, str, str, str], Row] = {}
    seen: Counter[str] = Counter()
    self_loops: Counter[str] = Counter()
    rekeyed = 0
    for r in rels:
        t, props = r["type"], dict(r["props"])
        start, start_id = (keep_element, keep) if r["start_merged"] else (r["start"], r["start_id"])
        end, end_id = (keep_element, keep) if r["end_merged"] else (r["end"], r["end_id"])
        seen[t] += 1
        if start == end:
            self_loops[t] += 1
            continue
        key = props.get("key")
        if t in ACTOR_EDGE_TYPES and isinstance(key, str):
            new_key, swap = _new_key(t, props, r["start_id"], r["end_id"], start_id, end_id)
            if swap:
                start, end = end, start
            rekeyed += new_key != key
            keyed.setdefault((t, new_key), {"type": t, "start": start, "end": end,
                                            "key": new_key, "props": {**props, "key": new_key}})
        else:
            ident = json.dumps(props, sort_keys=True, default=str)
            plain.setdefault((t, start, end, ident),
                             {"type": t, "start": start, "end": end, "props": props})
    return list(keyed.values()), list(plain.values()), seen, self_loops, rekeyed


def _new_key(rel_type: str, props: Row, old_start: str, old_end: str, start: str,
             end: str) -> tuple[str, bool]:
    """The key the writer would give this edge with its new ends, and whether its
    direction flips (a symmetric projection runs from the smaller id)."""
    key = props["key"]
    if key == f"role:{rel_type}:{old_start}:{old_end}":
        return f"role:{rel_type}:{start}:{end}", False
    claim = props.get("claim_id")
    if claim is not None and key == f"{claim}:{rel_type}:{old_start}:{old_end}":
        swap = (rel_type in SYMMETRIC_TYPES and props.get("event_id") is not None
                and start > end)
        a, b = (end, start) if swap else (start, end)
        return f"{claim}:{rel_type}:{a}:{b}", swap
    return key, False  # another form (GDELT's aggregates): the key stays
