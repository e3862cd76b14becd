"""Cypher of the analytics projections: named constants with ``$parameters`` only.

Every query filters relationships with the same predicate, ``EDGE_FILTER`` on ``r``:

- ``type(r) IN $types``: only actor–actor types (a subset of ``ACTOR_EDGE_TYPES``,
  validated in Python; never formatted into the text);
- ``r.certainty_rank >= $min_rank``: the certainty floor;
- dates: with no date parameter every edge passes; otherwise an edge with neither
  ``valid_from`` nor ``valid_to`` passes only when ``$undated`` is true, and a dated edge
  must overlap ``[$since, $until]`` and be present at ``$at`` (see docs/analytics.md).
  An event's edge (``event_id`` set) lasts from ``valid_from`` to ``valid_to`` (the
  event's own period) for windows, and counts "as of" a date once that period is over;
  a role or relation edge lasts from ``valid_from`` to ``valid_to``, open where unknown.

``timeline.present_at`` and ``timeline.overlaps`` are the same rules in Python; a test
checks that both agree.
"""

from typing import LiteralString

EDGE_FILTER: LiteralString = """
type(r) IN $types AND r.certainty_rank >= $min_rank
AND CASE
  WHEN r.valid_from IS NULL AND r.valid_to IS NULL THEN $undated
  ELSE ($until IS NULL OR r.valid_from IS NULL OR r.valid_from <= $until)
   AND ($since IS NULL
        OR coalesce(r.valid_to,
                    CASE WHEN r.event_id IS NULL THEN null ELSE r.valid_from END) IS NULL
        OR coalesce(r.valid_to,
                    CASE WHEN r.event_id IS NULL THEN null ELSE r.valid_from END) >= $since)
   AND ($at IS NULL OR CASE
        WHEN r.event_id IS NOT NULL THEN coalesce(r.valid_to, r.valid_from) <= $at
        ELSE (r.valid_from IS NULL OR r.valid_from <= $at)
         AND (r.valid_to IS NULL OR r.valid_to >= $at)
        END)
END
"""

#: The projection comes back as ONE row of parallel lists (one entry per edge) plus the
#: distinct end actors as ``[id, name, kind]``: decoding a few long lists is several times
#: faster in the Python driver than one record (or one map) per edge. Dates come as
#: ISO strings (``datetime.date.fromisoformat`` is cheaper than driver Date objects).
#: ``collect`` skips nulls, so a missing value comes back as '' to keep the lists aligned.
EDGE_COLUMNS: LiteralString = """
collect(a.id) AS sources, collect(b.id) AS targets, collect(type(r)) AS types,
collect(r.key) AS keys, collect(coalesce(r.certainty, '')) AS certainties,
collect(coalesce(toString(r.valid_from), '')) AS valid_from,
collect(coalesce(toString(r.valid_to), '')) AS valid_to,
collect(coalesce(r.event_id, '')) AS event_ids, collect(coalesce(r.claim_id, '')) AS claim_ids,
collect(DISTINCT a) + collect(DISTINCT b) AS ends
"""

#: ``edges`` counts them; over ``$cap`` the lists stay on the server (``columns`` null),
#: so refusing an oversized scope costs the scan, not the transfer.
EDGE_LISTS: LiteralString = """
size(keys) AS edges,
CASE WHEN size(keys) > $cap THEN null ELSE {
  sources: sources, targets: targets, types: types, keys: keys, certainties: certainties,
  valid_from: valid_from, valid_to: valid_to, event_ids: event_ids, claim_ids: claim_ids,
  nodes: [n IN ends | [n.id, n.name, n.kind]]
} END AS columns
"""

#: Every actor–actor edge that passes the filter, at most ``$limit`` of them (the caller
#: passes its cap + 1 and refuses the scope when the extra edge comes back).
ALL_EDGES: LiteralString = (
    """
MATCH (a:Actor)-[r]->(b:Actor)
WHERE """
    + EDGE_FILTER
    + """
WITH a, b, r LIMIT $limit
WITH """
    + EDGE_COLUMNS
    + """
RETURN """
    + EDGE_LISTS
)

#: The neighbourhood of ``$actor``: every edge that passes the filter and has an end at
#: most ``$depth - 1`` hops from the actor (so every edge of a walk of at most ``$depth``
#: hops), expanded ring by ring with DISTINCT so the work grows with the edges touched,
#: not with the number of paths. The expansion stops as soon as the inner rings hold more
#: than ``$limit`` actors (``$limit`` is the edge cap + 1): every actor but the centre was
#: reached by its own edge, so the scope already has too many edges (the row then says
#: ``complete = false`` and carries no edges). Each ring is capped at ``$limit`` actors for
#: the same reason, so a hub with a million neighbours costs ``$limit`` rows, not a million.
#: No row means no such actor.
NEIGHBOURHOOD_EDGES: LiteralString = (
    """
MATCH (c:Actor {id: $actor})
CALL (c) {
  UNWIND CASE WHEN $depth >= 2 THEN [c] ELSE [] END AS f
  MATCH (f)-[r]-(m:Actor)
  WHERE """
    + EDGE_FILTER
    + """
  WITH DISTINCT m LIMIT $limit
  RETURN collect(m) AS ring1
}
CALL (c, ring1) {
  UNWIND [c] + ring1 AS x
  RETURN collect(DISTINCT x) AS s1
}
CALL (s1) {
  UNWIND CASE WHEN $depth >= 3 AND size(s1) <= $limit THEN s1 ELSE [] END AS f
  MATCH (f)-[r]-(m:Actor)
  WHERE """
    + EDGE_FILTER
    + """
  WITH DISTINCT m LIMIT $limit
  RETURN collect(m) AS ring2
}
CALL (s1, ring2) {
  UNWIND s1 + ring2 AS x
  RETURN collect(DISTINCT x) AS s2
}
WITH c, CASE WHEN $depth >= 3 THEN s2 ELSE s1 END AS inner
WITH c, inner, size(inner) <= $limit AS complete
CALL (inner, complete) {
  UNWIND CASE WHEN complete THEN inner ELSE [] END AS f
  MATCH (f)-[r]-(:Actor)
  WHERE """
    + EDGE_FILTER
    + """
  WITH DISTINCT r LIMIT $limit
  WITH startNode(r) AS a, endNode(r) AS b, r
  WITH """
    + EDGE_COLUMNS
    + """
  RETURN """
    + EDGE_LISTS
    + """
}
RETURN c.id AS actor, c.name AS name, c.kind AS kind, size(inner) AS inner_actors,
       complete, edges, columns
"""
)
