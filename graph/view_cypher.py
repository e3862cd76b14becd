"""Cypher of the explorer's views: aggregated edges, the opening overview, edges by id.

An **aggregated edge** stands for every actor–actor edge (passing the filters) between
the same two actors with the same type and direction. It is computed in the database, in
the same query that finds the neighbourhood or the paths (one round trip), by
``AGGREGATE``: rows ``x, y, r`` (``r`` from ``x`` to ``y``) in, one row per group with
``edge`` out, a list (a list of values crosses Bolt faster than a map of as many keys:
BENCHMARKS.md, "The workbench")::

    [id: "<TYPE>:<source>-><target>" (a group of one: its edge's own key), type, source,
     target, count,
     confirmed, reported, alleged, denied (how many edges of each certainty),
     first, last (the earliest start and the latest end of the dated edges: null when
     one is open on that side, a start before we know or a role that still holds, or when
     none is dated), undated (edges with no date at all), sources, contested
     (corroboration),
     edge_ids (the keys of the edges, in key order; null for a group of one: its id)]

``graph.repository_views`` then leaves out what is at its default (the answer's size is
a target: docs/api.md, "Aggregated edges").

``corroboration`` counts what stands behind the edges as ``queries.EDGE_CORROBORATION``
counts it for one edge (``_behind``): ``sources`` the distinct Source nodes (an edge with
an event: every source of its event's claims; a relation claim: those of its parallel
relation claims; any other edge: its own evidence's), ``contested`` when one of those
claims denies and another asserts.

Built from the fragments of ``graph.queries`` (``NODE``, ``EDGE``, ``edge_filter``) and
from closed choices only (depth 1..3, hops 1..6, k 1..10, with or without the
corroboration filter), so every query is a ``LiteralString``.
"""

from __future__ import annotations

from typing import Literal, LiteralString, cast

from graph import queries as q
from graph.gdelt_cypher import EDGE_LIST_CAP
from graph.schema import ACTOR_EDGE_TYPES

#: Every actor-actor type, from the closed vocabulary of graph/schema.py (never input): in
#: the patterns, so that walks skip the many PARTICIPANT and ALIAS_OF relationships.
_ACTOR_TYPES: LiteralString = cast(LiteralString, "|".join(ACTOR_EDGE_TYPES))

#: After rows ``x, y, r`` (and the carried variables), grouped by ``x, y, type(r)``: the
#: group's edges ``rs`` in key order and what ``_AGGREGATE_EDGE`` reads.
_GROUPING: LiteralString = """, type(r) AS t, collect(r) AS rs, count(r) AS n,
     min(r.valid_from) AS first_from, max(r.valid_to) AS last_to,
     sum(CASE WHEN r.valid_from IS NULL AND r.valid_to IS NOT NULL THEN 1 ELSE 0 END)
       AS open_start,
     sum(CASE WHEN r.valid_to IS NULL AND r.valid_from IS NOT NULL THEN 1 ELSE 0 END)
       AS open_end,
     sum(CASE WHEN r.valid_from IS NULL AND r.valid_to IS NULL THEN 1 ELSE 0 END) AS undated,
     sum(CASE r.certainty WHEN 'confirmed' THEN 1 ELSE 0 END) AS n_confirmed,
     sum(CASE r.certainty WHEN 'reported' THEN 1 ELSE 0 END) AS n_reported,
     sum(CASE r.certainty WHEN 'alleged' THEN 1 ELSE 0 END) AS n_alleged,
     sum(CASE r.certainty WHEN 'denied' THEN 1 ELSE 0 END) AS n_denied"""

#: The edges behind a group: its own, and for relation claims their parallel ones.
_RELATED: LiteralString = """
WITH *, rs + [crx IN CASE WHEN any(agr IN rs WHERE agr.claim_id IS NOT NULL
                                   AND agr.event_id IS NULL)
                        THEN COLLECT { MATCH (x)-[crx]->(y)
                                       WHERE type(crx) = t AND crx.event_id IS NULL
                                         AND crx.claim_id IS NOT NULL RETURN crx }
                        ELSE [] END WHERE NOT crx IN rs] AS behind"""

#: A group of GDELT ``INTERACTED_WITH`` edges whose lists are complete (fewer evidence and
#: source ids than the loader's cap) is counted from the source ids the edges list: the
#: loader recomputes them with every event, revision and mention of the edge (the sources
#: a lookup finds through its events), and GDELT's claims all report (none denies). Any
#: other group, or one with a list at its cap, is looked up.
_STORED: LiteralString = cast(LiteralString, f"""
WITH *, t = 'INTERACTED_WITH' AND all(agr IN rs WHERE coalesce(agr.source = 'gdelt', false)
          AND size(coalesce(agr.evidence_ids, [])) < {EDGE_LIST_CAP}
          AND size(coalesce(agr.source_ids, [])) < {EDGE_LIST_CAP}) AS stored""")

_LOOKED_UP: LiteralString = """
CALL (behind, stored) {
  WITH behind WHERE NOT stored
  UNWIND behind AS agr
  OPTIONAL MATCH (age:Event {id: agr.event_id})
  CALL (agr, age) {
    WITH agr, age WHERE age IS NULL
    OPTIONAL MATCH (agv:Evidence)-[:FROM_SOURCE]->(ags:Source)
    WHERE agv.id IN coalesce(agr.evidence_ids, [])
    RETURN ags, agr.certainty AS cert
    UNION ALL
    WITH age WHERE age IS NOT NULL
    MATCH (age)<-[:ABOUT]-(agc:Claim)
    OPTIONAL MATCH (agc)-[:SUPPORTED_BY]->(:Evidence)-[:FROM_SOURCE]->(ags:Source)
    RETURN ags, agc.certainty AS cert
  }
  RETURN count(DISTINCT ags) AS looked_up,
         count(CASE WHEN cert = 'denied' THEN 1 END) AS denials,
         count(CASE WHEN cert <> 'denied' THEN 1 END) AS assertions
}
WITH *, CASE WHEN stored
             THEN size(COLLECT { UNWIND behind AS agr
                                 UNWIND coalesce(agr.source_ids, []) AS sid
                                 RETURN DISTINCT sid })
             ELSE looked_up END AS sources"""


def _behind(stored: bool) -> LiteralString:
    """What stands behind a group ``rs`` of ``t`` edges from ``x`` to ``y``, as
    ``queries.EDGE_CORROBORATION`` sees each edge: an edge with an event of the graph, its
    event's claims (their sources and stances); a relation claim, the relation claims of
    its group (the same type, ends and direction, filtered or not: a denial left out by
    ``min_certainty`` still contests); any other edge (a role, a GDELT aggregate), itself.
    Out: the distinct ``sources``, and how many stances deny (``denials``) or assert.
    ``stored``: complete GDELT groups are counted from their lists (``_STORED``);
    otherwise every group is looked up (the same counts: tests compare the two)."""
    return (_RELATED + (_STORED if stored else "\nWITH *, false AS stored") + _LOOKED_UP)


_AGGREGATE_EDGE: LiteralString = """[
  CASE n WHEN 1 THEN head(rs).key ELSE t + ':' + x.id + '->' + y.id END,
  t, x.id, y.id, n,
  n_confirmed, n_reported, n_alleged, n_denied,
  CASE WHEN open_start = 0 THEN toString(first_from) END,
  CASE WHEN open_end = 0 THEN toString(last_to) END,
  undated,
  sources, denials > 0 AND assertions > 0,
  CASE WHEN n > 1 THEN [agr IN rs | agr.key] END
]"""


def _aggregate(keep: LiteralString, stored: bool = True) -> LiteralString:
    """Rows ``x, y, r`` (``r`` from actor ``x`` to actor ``y``) and the variables in
    ``keep`` (``""`` or ``", a, b"``) in; one row per group out: ``x, y``, ``keep`` and
    ``edge`` (the aggregated edge)."""
    return ("\nWITH x, y, r" + keep + " ORDER BY r.key\nWITH x, y" + keep + _GROUPING
            + _behind(stored) + "\nWITH x, y" + keep + ", " + _AGGREGATE_EDGE + " AS edge")


# --- neighbourhood ----------------------------------------------------------------------

_DEPTH: dict[int, LiteralString] = {1: "{1,1}", 2: "{1,2}", 3: "{1,3}"}


def aggregated_neighbors(depth: Literal[1, 2, 3], corroborated: bool = False,
                         stored: bool = True) -> LiteralString:
    """The neighbourhood of ``$id`` (or of the actor it was merged into) with aggregated
    edges, in one query.

    Every actor within ``depth`` filtered hops, nearest first; the first ``$node_cap``
    are kept. Edges among all the reached actors are aggregated; the groups among kept
    actors are shown, at most ``$edge_cap``. Returns one row ``center, nodes, total,
    edges`` (``total``: groups among all reached actors), none for an unknown ``$id``.
    """
    hop = q.edge_filter(corroborated)
    return ("""
CALL () {
  // ``$id``, or the actor it was merged into (``geokg actors merge``): in this query, not
  // in a round trip of its own
  OPTIONAL MATCH (own:Actor {id: $id})
  OPTIONAL MATCH (:ActorRedirect {id: $id})-[:REDIRECTS_TO]->(moved:Actor)
  WITH own, collect(moved) AS moved
  RETURN coalesce(own, head(moved)) AS a
}
WITH a WHERE a IS NOT NULL
CALL (a) {
  MATCH p = ANY SHORTEST (a)-[r:""" + _ACTOR_TYPES + " WHERE " + hop + "]-" + _DEPTH[depth]
            + """(b:Actor)
  WHERE b <> a
  WITH b, length(p) AS dist ORDER BY dist, b.name, b.id
  RETURN collect(b) AS reach
}
WITH a, [a] + reach AS everyone, [a] + reach[..$node_cap] AS kept
CALL (everyone, kept) {
  UNWIND everyone AS x
  MATCH (x)-[r:""" + _ACTOR_TYPES + """]->(y:Actor)
  WHERE y IN everyone AND """ + hop + _aggregate(", kept", stored) + """
  WITH edge, x IN kept AND y IN kept AS inside ORDER BY edge[0]
  RETURN count(edge) AS total, collect(CASE WHEN inside THEN edge END) AS shown
}
WITH a, kept, size(everyone) - 1 AS reached, total, shown
RETURN head([n IN [a] | """ + q.NODE + """]) AS center,
       [n IN kept | """ + q.NODE + """] AS nodes,
       reached, total, shown[..$edge_cap] AS edges
""")


# --- paths ------------------------------------------------------------------------------

#: After ``queries.paths_query``'s match (``p`` bound, at most ``$path_cap`` paths): the
#: paths that differ only in which parallel edge they take become one, and each hop
#: becomes the aggregate of the filtered edges of its type and direction between its two
#: actors.
def _paths_tail(corroborated: bool, stored: bool = True) -> LiteralString:
    hop = q.edge_filter(corroborated)
    return ("""
WITH p LIMIT $path_cap
WITH DISTINCT nodes(p) AS ns,
     [h IN relationships(p) | {x: startNode(h), y: endNode(h), t: type(h)}] AS hops
CALL (hops) {
  UNWIND range(0, size(hops) - 1) AS i
  WITH i, hops[i].x AS x, hops[i].y AS y, hops[i].t AS ht
  CALL (x, y, ht) {
    MATCH (x)-[r]->(y)
    WHERE type(r) = ht AND """ + hop + _aggregate("", stored) + """
    RETURN edge
  }
  WITH i, edge ORDER BY i
  RETURN collect(edge) AS edges
}
RETURN size(hops) AS length, [n IN ns | """ + q.NODE + """] AS nodes, edges
ORDER BY length, [n IN nodes | n.id]
""")


def aggregated_paths(mode: q.PathMode, max_hops: int, k: int = 1,
                     corroborated: bool = False, stored: bool = True) -> LiteralString:
    """``queries.paths_match`` with aggregated hops (``_paths_tail``): rows ``length,
    nodes, edges``. Raises KeyError for ``max_hops`` / ``k`` outside their ranges."""
    return q.paths_match(mode, max_hops, k, corroborated) + _paths_tail(corroborated, stored)


# --- the opening overview ---------------------------------------------------------------

def overview(filtered: bool, corroborated: bool = False, stored: bool = True) -> LiteralString:
    """The ``$limit`` actors with the most actor–actor edges (ties by name, id) and the
    aggregated edges among them (at most ``$edge_cap``): one row ``nodes, degrees, total,
    edges, edges_total``; ``total`` counts the actors that have an edge at all.

    ``filtered``: the degree counts only the edges passing the filter (every actor's
    edges are read); otherwise it is every actor–actor edge, read from the degree store.
    """
    hop = q.edge_filter(corroborated)
    degree: LiteralString = ("COUNT { MATCH (n)-[r:" + _ACTOR_TYPES + "]-(:Actor) WHERE " + hop
                             + " }" if filtered
                             else "COUNT { (n)-[:" + _ACTOR_TYPES + "]-() }")
    return ("""
CALL () {
  MATCH (n:Actor)
  WITH n, """ + degree + """ AS degree
  WHERE degree > 0
  WITH n, degree ORDER BY degree DESC, n.name, n.id
  RETURN count(n) AS total, collect({n: n, degree: degree})[..$limit] AS top
}
WITH total, top, [t IN top | t.n] AS kept
CALL (kept) {
  UNWIND kept AS x
  MATCH (x)-[r:""" + _ACTOR_TYPES + """]->(y:Actor)
  WHERE y IN kept AND """ + hop + _aggregate("", stored) + """
  WITH edge ORDER BY edge[0]
  RETURN collect(edge) AS edges
}
RETURN [t IN top | head([n IN [t.n] | """ + q.NODE + """])] AS nodes,
       [t IN top | t.degree] AS degrees, total, size(edges) AS edges_total,
       edges[..$edge_cap] AS edges
""")


# --- edges by id, with every claim under them -------------------------------------------

#: The edges named by ``$ids`` (keys) from actor ``$source`` to actor ``$target`` (as
#: ``queries.EDGE``), and every claim under them, each quote once (``statements``, at
#: most ``$cap``; ``statements_total`` counts them): for an edge with an event, every
#: claim about the event (its date the event's); for a relation claim, the relation
#: claims of its group (parallel claims of the same type and direction, denials
#: included); for any other edge (a role, a GDELT aggregate), its own evidence with its
#: own certainty, asserters and dates. Each statement names the ``edge_ids`` it is under
#: and its source's ``source_url``; ordered by date (undated last), source, claim.
EDGES_WITH_CLAIMS: LiteralString = ("""
MATCH (x:Actor {id: $source})-[r]->(y:Actor {id: $target})
WHERE r.key IN $ids
WITH r ORDER BY r.valid_from IS NULL, r.valid_from, r.key
WITH collect(r) AS rs
WITH rs, COLLECT {
  CALL (rs) {
    UNWIND rs AS r
    MATCH (ev:Event {id: r.event_id})<-[:ABOUT]-(stc:Claim)-[:SUPPORTED_BY]->(stv:Evidence)
    RETURN r.key AS edge_id, stc.id AS claim_id, stc.certainty AS certainty,
           COLLECT { MATCH (stc)-[:ASSERTED_BY]->(sta:Actor) RETURN sta.id ORDER BY sta.id }
             AS asserted_by,
           ev.date AS date_from, ev.date_end AS date_to, ev.date_precision AS precision, stv
    UNION
    UNWIND rs AS r
    WITH r WHERE r.event_id IS NULL OR NOT EXISTS { MATCH (:Event {id: r.event_id}) }
    UNWIND CASE WHEN r.claim_id IS NOT NULL THEN COLLECT {
        WITH startNode(r) AS cra, endNode(r) AS crb
        MATCH (cra)-[crx]->(crb)
        WHERE type(crx) = type(r) AND crx.event_id IS NULL AND crx.claim_id IS NOT NULL
        RETURN crx
      } ELSE [r] END AS crx
    MATCH (stv:Evidence) WHERE stv.id IN coalesce(crx.evidence_ids, [])
    RETURN r.key AS edge_id, crx.claim_id AS claim_id, crx.certainty AS certainty,
           coalesce(crx.asserted_by, []) AS asserted_by, crx.valid_from AS date_from,
           crx.valid_to AS date_to, crx.date_precision AS precision, stv
  }
  WITH claim_id, certainty, asserted_by, date_from, date_to, precision, stv,
       collect(DISTINCT edge_id) AS edge_ids
  OPTIONAL MATCH (stv)-[:FROM_SOURCE]->(sts:Source)
  WITH claim_id, certainty, asserted_by, date_from, date_to, precision, stv, sts, edge_ids
  ORDER BY date_from IS NULL, date_from, coalesce(sts.id, stv.source_id), claim_id,
           stv.span_start, stv.id
  RETURN {edge_ids: edge_ids, claim_id: claim_id, certainty: certainty,
          asserted_by: asserted_by, date_from: toString(date_from),
          date_to: toString(date_to), date_precision: precision,
          source: coalesce(sts.id, stv.source_id), source_title: sts.title,
          source_url: sts.url, publisher: sts.publisher,
          published: toString(sts.published), quote: stv.quote,
          language: stv.language, gloss: stv.gloss}
} AS said
RETURN [r IN rs | """ + q.EDGE + """] AS edges, said[..$cap] AS statements,
       size(said) AS statements_total
""")

# --- a drawn view, for exports -----------------------------------------------------------

#: What an explorer view draws, for ``POST /cypher?format=`` (the explorer sends it with
#: the drawn actors and edges: ``$nodes`` actor ids, ``$edges`` ``[{source, target, ids}]``
#: the keys under each drawn edge): the actors and those edges, as analysts' Cypher (the
#: same read-only guards), so an export is exactly the view, expansions and drops included.
EXPORT_VIEW: LiteralString = """CALL () {
  UNWIND $nodes AS id
  MATCH (n:Actor {id: id})
  RETURN collect(n) AS actors
}
CALL () {
  UNWIND $edges AS e
  MATCH (a:Actor {id: e.source})-[r]->(b:Actor {id: e.target})
  WHERE r.key IN e.ids
  RETURN collect(r) AS relationships
}
RETURN actors, relationships"""
