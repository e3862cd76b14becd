"""Cypher of the read API: named constants and small builders, values only as ``$parameters``.

Fragments (``NODE``, ``EDGE``, ``EDGE_FILTER``, ``EVENT``) are concatenated into full
queries here, at import time or from a closed set of choices (depth 1..3, hops 1..6,
``k`` 1..10, with or without the corroboration filter), so every query stays a
``LiteralString``: nothing a client sends is ever formatted into Cypher. Relationship
types are filtered with ``type(r) IN $types``.

Conventions of the fragments:

- ``NODE`` renders the node bound to ``n`` as ``{id, label, name, kind}``;
- ``EDGE`` renders the actor–actor relationship bound to ``r`` as the edge contract of
  docs/api.md, its evidence fetched from ``r.evidence_ids`` in the same query and its
  ``corroboration`` computed by ``EDGE_CORROBORATION``;
- ``EDGE_FILTER`` is the predicate on ``r`` shared by neighbours, paths and relations
  (``$types``, ``$min_rank``, ``$since``, ``$until``, ``$include_undated``);
  ``edge_filter(True)`` adds ``EDGE_CORROBORATION_FILTER`` (``$min_sources``,
  ``$exclude_contested``);
- ``EVENT`` renders the event bound to ``e`` with its participants, agreements and claims.
"""

from __future__ import annotations

from typing import Literal, LiteralString, cast

from graph.schema import ACTOR_EDGE_TYPES

NODE: LiteralString = """{
  id: coalesce(n.id, n.key, elementId(n)),
  label: head(labels(n)),
  name: coalesce(n.name, n.title, n.quote, n.text, n.summary, n.id, n.key),
  kind: coalesce(n.kind, n.type, n.certainty)
}"""

EVIDENCE_OF_EDGE: LiteralString = """COLLECT {
  MATCH (evd:Evidence) WHERE evd.id IN coalesce(r.evidence_ids, [])
  OPTIONAL MATCH (evd)-[:FROM_SOURCE]->(src:Source)
  RETURN {source: coalesce(src.id, evd.source_id), source_title: src.title, quote: evd.quote,
          language: evd.language, gloss: evd.gloss}
  ORDER BY coalesce(src.id, evd.source_id), evd.span_start, evd.id
}"""

#: An edge passes when its type is asked for, its certainty reaches the minimum and its
#: validity overlaps [since, until]. A missing valid_to means "still holds", a missing
#: valid_from "held since before we know"; an edge with neither is undated and passes a
#: date filter only with $include_undated.
EDGE_FILTER: LiteralString = """type(r) IN $types
  AND coalesce(r.certainty_rank, 0) >= $min_rank
  AND (
    ($since IS NULL AND $until IS NULL)
    OR (
      (r.valid_from IS NOT NULL OR r.valid_to IS NOT NULL)
      AND ($since IS NULL OR r.valid_to IS NULL OR r.valid_to >= $since)
      AND ($until IS NULL OR r.valid_from IS NULL OR r.valid_from <= $until)
    )
    OR (r.valid_from IS NULL AND r.valid_to IS NULL AND $include_undated)
  )"""

#: Events overlap [since, until] the same way; undated events pass only with
#: $include_undated when a date filter is given.
EVENT_DATE_FILTER: LiteralString = """(
    ($since IS NULL AND $until IS NULL)
    OR (
      e.date IS NOT NULL
      AND ($since IS NULL OR coalesce(e.date_end, e.date) >= $since)
      AND ($until IS NULL OR e.date <= $until)
    )
    OR (e.date IS NULL AND $include_undated)
  )"""

#: How many say so, and does anyone deny it: the event ``e``'s claims summed up.
#: ``publishers`` counts a story once however many outlets carry it: sources whose
#: evidence has the same quote are one story (the first publisher, by source id).
CORROBORATION: LiteralString = """{
  sources: COUNT {
    MATCH (e)<-[:ABOUT]-(:Claim)-[:SUPPORTED_BY]->(:Evidence)-[:FROM_SOURCE]->(crs:Source)
    RETURN DISTINCT crs
  },
  publishers: reduce(cracc = {quotes: [], names: []}, crx IN COLLECT {
      MATCH (e)<-[:ABOUT]-(:Claim)-[:SUPPORTED_BY]->(crv:Evidence)-[:FROM_SOURCE]->(crs:Source)
      RETURN {quote: crv.quote, name: coalesce(crs.publisher, crs.id)} AS crx
      ORDER BY crs.id, crv.id
    } | CASE WHEN crx.quote IN cracc.quotes THEN cracc
        ELSE {quotes: cracc.quotes + crx.quote,
              names: CASE WHEN crx.name IN cracc.names THEN cracc.names
                          ELSE cracc.names + crx.name END} END).names,
  asserted_by: COLLECT {
    MATCH (e)<-[:ABOUT]-(:Claim)-[:ASSERTED_BY]->(crw:Actor) RETURN DISTINCT crw.id ORDER BY crw.id
  },
  stances: {
    confirmed: COLLECT { MATCH (e)<-[:ABOUT]-(:Claim {certainty: 'confirmed'})
                         -[:ASSERTED_BY]->(crw:Actor) RETURN DISTINCT crw.id ORDER BY crw.id },
    reported: COLLECT { MATCH (e)<-[:ABOUT]-(:Claim {certainty: 'reported'})
                        -[:ASSERTED_BY]->(crw:Actor) RETURN DISTINCT crw.id ORDER BY crw.id },
    alleged: COLLECT { MATCH (e)<-[:ABOUT]-(:Claim {certainty: 'alleged'})
                       -[:ASSERTED_BY]->(crw:Actor) RETURN DISTINCT crw.id ORDER BY crw.id },
    denied: COLLECT { MATCH (e)<-[:ABOUT]-(:Claim {certainty: 'denied'})
                      -[:ASSERTED_BY]->(crw:Actor) RETURN DISTINCT crw.id ORDER BY crw.id }
  },
  contested: EXISTS { MATCH (e)<-[:ABOUT]-(:Claim {certainty: 'denied'}) }
             AND EXISTS { MATCH (e)<-[:ABOUT]-(crc:Claim) WHERE crc.certainty <> 'denied' }
}"""

EVENT: LiteralString = """{
  id: e.id,
  type: e.type,
  cameo: e.cameo,
  date: toString(e.date),
  date_end: toString(e.date_end),
  date_precision: coalesce(e.date_precision, CASE WHEN e.date IS NULL THEN 'unknown' END),
  date_inferred: coalesce(e.date_inferred, false),
  date_text: e.date_text,
  date_known: e.date IS NOT NULL,
  summary: e.summary,
  location: e.location,
  conflicts: coalesce(e.conflicts, []),
  participants: COLLECT {
    MATCH (ptc:Actor)-[ptr:PARTICIPANT]->(e)
    RETURN {actor: ptc.id, name: ptc.name, kind: ptc.kind, role: ptr.role} ORDER BY ptr.role, ptc.id
  },
  agreements: COLLECT {
    MATCH (e)-[cnc:CONCERNS]->(agr:Agreement)
    RETURN {id: agr.id, name: agr.name, milestone: cnc.milestone} ORDER BY agr.id
  },
  claims: COLLECT {
    MATCH (clm:Claim)-[:ABOUT]->(e)
    RETURN {
      id: clm.id, certainty: clm.certainty, note: clm.note,
      asserted_by: COLLECT {
        MATCH (clm)-[:ASSERTED_BY]->(asr:Actor) RETURN asr.id ORDER BY asr.id
      },
      evidence: COLLECT {
        MATCH (clm)-[:SUPPORTED_BY]->(cev:Evidence)
        OPTIONAL MATCH (cev)-[:FROM_SOURCE]->(csrc:Source)
        RETURN {source: coalesce(csrc.id, cev.source_id), source_title: csrc.title,
                quote: cev.quote, language: cev.language, gloss: cev.gloss}
        ORDER BY coalesce(csrc.id, cev.source_id), cev.span_start, cev.id
      }
    } ORDER BY clm.id
  },
  corroboration: """ + CORROBORATION + """
}"""

# --- edges: corroboration and the edge map --------------------------------------------

#: The group of the edge ``r`` when it has no event: the relation claims of the same type
#: between the same two actors in the same direction (claims that a relation holds, or
#: deny it, stand side by side as parallel edges), or ``r`` alone (a role, a GDELT
#: ``INTERACTED_WITH`` aggregate).
_EDGE_GROUP: LiteralString = """CASE WHEN r.claim_id IS NOT NULL THEN COLLECT {
    WITH startNode(r) AS cra, endNode(r) AS crb
    MATCH (cra)-[crx]->(crb)
    WHERE type(crx) = type(r) AND crx.event_id IS NULL AND crx.claim_id IS NOT NULL
    RETURN crx ORDER BY crx.key
  } ELSE [r] END"""

#: ``r`` summarises an event of the graph (else its corroboration is its group's).
_EDGE_HAS_EVENT: LiteralString = (
    "r.event_id IS NOT NULL AND EXISTS { MATCH (:Event {id: r.event_id}) }"
)

#: The evidence ids of the group ``crg`` (a list of edges).
_GROUP_EVIDENCE: LiteralString = (
    "reduce(cri = [], crx IN crg | cri + coalesce(crx.evidence_ids, []))"
)

_GROUP_SOURCES: LiteralString = """COUNT {
    MATCH (crv:Evidence)-[:FROM_SOURCE]->(crs:Source) WHERE crv.id IN """ + _GROUP_EVIDENCE + """
    RETURN DISTINCT crs
  }"""

_GROUP_CONTESTED: LiteralString = (
    "(any(crx IN crg WHERE crx.certainty = 'denied')"
    " AND any(crx IN crg WHERE crx.certainty <> 'denied'))"
)


def _group_stance(certainty: Literal["confirmed", "reported", "alleged", "denied"]
                    ) -> LiteralString:
    return ("""COLLECT {
      UNWIND crg AS crx WITH crx WHERE crx.certainty = '""" + certainty + """'
      UNWIND coalesce(crx.asserted_by, []) AS crw RETURN DISTINCT crw ORDER BY crw
    }""")


#: The corroboration of an edge without an event, from its group ``crg``: what
#: ``CORROBORATION`` says of an event, computed from the edges' own properties (each
#: edge's certainty is its asserters' stance).
_GROUP_CORROBORATION: LiteralString = (
    """{
    sources: """ + _GROUP_SOURCES + """,
    publishers: reduce(cracc = {quotes: [], names: []}, cry IN COLLECT {
        MATCH (crv:Evidence)-[:FROM_SOURCE]->(crs:Source) WHERE crv.id IN """
    + _GROUP_EVIDENCE + """
        RETURN {quote: crv.quote, name: coalesce(crs.publisher, crs.id)} AS cry
        ORDER BY crs.id, crv.id
      } | CASE WHEN cry.quote IN cracc.quotes THEN cracc
          ELSE {quotes: cracc.quotes + cry.quote,
                names: CASE WHEN cry.name IN cracc.names THEN cracc.names
                            ELSE cracc.names + cry.name END} END).names,
    asserted_by: COLLECT {
      UNWIND crg AS crx UNWIND coalesce(crx.asserted_by, []) AS crw
      RETURN DISTINCT crw ORDER BY crw
    },
    stances: {confirmed: """ + _group_stance("confirmed") + """,
              reported: """ + _group_stance("reported") + """,
              alleged: """ + _group_stance("alleged") + """,
              denied: """ + _group_stance("denied") + """},
    contested: """ + _GROUP_CONTESTED + """
  }"""
)

#: How many say so, and does anyone deny it, for the actor–actor edge ``r`` (the shape
#: of ``CORROBORATION``). An edge with an event has its event's corroboration; any other
#: edge its group's (``_EDGE_GROUP``: parallel relation claims, or the edge alone).
EDGE_CORROBORATION: LiteralString = (
    "CASE WHEN " + _EDGE_HAS_EVENT + """
  THEN head(COLLECT { MATCH (e:Event {id: r.event_id}) RETURN """ + CORROBORATION + """ })
  ELSE head([crg IN [""" + _EDGE_GROUP + "] | " + _GROUP_CORROBORATION + """])
END"""
)

#: ``EDGE_CORROBORATION.sources`` alone, for filters (the same counts, less work).
EDGE_SOURCES: LiteralString = (
    "CASE WHEN " + _EDGE_HAS_EVENT + """
  THEN COUNT {
    MATCH (:Event {id: r.event_id})<-[:ABOUT]-(:Claim)-[:SUPPORTED_BY]->(:Evidence)
          -[:FROM_SOURCE]->(crs:Source)
    RETURN DISTINCT crs
  }
  ELSE head([crg IN [""" + _EDGE_GROUP + "] | " + _GROUP_SOURCES + """])
END"""
)

#: ``EDGE_CORROBORATION.contested`` alone, for filters.
EDGE_CONTESTED: LiteralString = (
    "CASE WHEN " + _EDGE_HAS_EVENT + """
  THEN EXISTS { MATCH (:Event {id: r.event_id})<-[:ABOUT]-(:Claim {certainty: 'denied'}) }
       AND EXISTS { MATCH (:Event {id: r.event_id})<-[:ABOUT]-(crc:Claim)
                    WHERE crc.certainty <> 'denied' }
  ELSE r.claim_id IS NOT NULL
       AND head([crg IN [""" + _EDGE_GROUP + "] | " + _GROUP_CONTESTED + """])
END"""
)

#: The corroboration filter on ``r`` (``$min_sources``: at least that many distinct
#: sources, null for any; ``$exclude_contested``), added to ``EDGE_FILTER`` only when a
#: request asks for it, so the walks without it keep their plans.
EDGE_CORROBORATION_FILTER: LiteralString = (
    "($min_sources IS NULL OR " + EDGE_SOURCES + """ >= $min_sources)
  AND (NOT $exclude_contested OR NOT (""" + EDGE_CONTESTED + "))"
)

EDGE: LiteralString = (
    """{
  id: coalesce(r.key, elementId(r)),
  type: type(r),
  source: startNode(r).id,
  target: endNode(r).id,
  valid_from: toString(r.valid_from),
  valid_to: toString(r.valid_to),
  date_precision: r.date_precision,
  certainty: r.certainty,
  asserted_by: coalesce(r.asserted_by, []),
  evidence: """
    + EVIDENCE_OF_EDGE
    + """,
  claim_id: r.claim_id,
  event_id: r.event_id,
  corroboration: """
    + EDGE_CORROBORATION
    + """
}"""
)


def edge_filter(corroborated: bool) -> LiteralString:
    """``EDGE_FILTER``, with ``EDGE_CORROBORATION_FILTER`` when ``corroborated``."""
    return EDGE_FILTER + "\n  AND " + EDGE_CORROBORATION_FILTER if corroborated else EDGE_FILTER


# --- actors -----------------------------------------------------------------------------

#: Exact matches (alias key, folded name, id) rank above every full-text hit.
ACTOR_SEARCH: LiteralString = """
CALL () {
  MATCH (al:Alias {key: $key})-[:ALIAS_OF]->(a:Actor) RETURN a, 1000.0 AS score
  UNION ALL
  MATCH (a:Actor {name_key: $key}) RETURN a, 1000.0 AS score
  UNION ALL
  MATCH (a:Actor {id: $id_guess}) RETURN a, 1000.0 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('actor_search', $lucene, {limit: $fulltext_limit})
    YIELD node, score
  RETURN node AS a, score
}
WITH a, max(score) AS score
WHERE a:Actor AND ($kind IS NULL OR a.kind = $kind)
WITH a, score ORDER BY score DESC, a.name, a.id
WITH collect({a: a, score: score}) AS hits
RETURN size(hits) AS total,
       [h IN hits[$offset..($offset + $limit)] | {
         id: h.a.id, name: h.a.name, kind: h.a.kind, country: h.a.country,
         aliases: coalesce(h.a.aliases, []), score: h.score
       }] AS items
"""

ACTOR_LIST: LiteralString = """
MATCH (a:Actor) WHERE $kind IS NULL OR a.kind = $kind
WITH a ORDER BY a.name, a.id
WITH collect(a) AS everyone
RETURN size(everyone) AS total,
       [a IN everyone[$offset..($offset + $limit)] | {
         id: a.id, name: a.name, kind: a.kind, country: a.country,
         aliases: coalesce(a.aliases, []), score: null
       }] AS items
"""

ACTOR_DETAIL: LiteralString = (
    """
MATCH (a:Actor {id: $id})
RETURN a {.id, .name, .kind, .country, .description, .iso3, .cameo, .wikidata,
          aliases_text: coalesce(a.aliases, [])} AS actor,
  COLLECT {
    MATCH (al:Alias)-[:ALIAS_OF]->(a) RETURN al {.text, .lang, .note} ORDER BY al.text
  } AS aliases,
  COLLECT {
    MATCH (a)-[r]-(:Actor) WHERE type(r) IN $role_types
    WITH DISTINCT r ORDER BY type(r), r.key
    RETURN """
    + EDGE
    + """
  } AS roles,
  COLLECT {
    MATCH (a)-[r]-(:Actor) WHERE type(r) IN $edge_types
    WITH DISTINCT r
    WITH type(r) AS t, count(r) AS c ORDER BY t
    RETURN {type: t, count: c}
  } AS relation_counts,
  COUNT { (a)-[:PARTICIPANT]->(:Event) } AS event_count,
  COLLECT {
    MATCH (a)-[:PARTY_TO]->(g:Agreement) RETURN g {.id, .name, .kind} ORDER BY g.id
  } AS agreements
"""
)

ACTORS_EXIST: LiteralString = """
UNWIND $ids AS id
OPTIONAL MATCH (a:Actor {id: id})
RETURN id, a IS NOT NULL AS found
"""

# --- neighbourhood ----------------------------------------------------------------------

_NEIGHBOR_REACH_HEAD: LiteralString = """
MATCH (a:Actor {id: $id})
CALL (a) {
  MATCH p = ANY SHORTEST (a)-[r WHERE """

_NEIGHBOR_REACH_TAIL: LiteralString = """(b:Actor)
  WHERE b <> a
  WITH b, length(p) AS dist ORDER BY dist, b.name, b.id
  RETURN collect(b.id) AS reach
}
WITH a AS n, reach
RETURN """ + NODE + """ AS center, reach
"""

_DEPTH_QUANTIFIER: dict[int, LiteralString] = {1: "{1,1}", 2: "{1,2}", 3: "{1,3}"}


def neighbor_reach(depth: Literal[1, 2, 3], corroborated: bool = False) -> LiteralString:
    """Every actor within ``depth`` filtered hops of ``$id``, nearest first: ``center, reach``.

    ``corroborated`` adds the corroboration filter (``$min_sources``, ``$exclude_contested``).
    """
    return (_NEIGHBOR_REACH_HEAD + edge_filter(corroborated) + "]-" + _DEPTH_QUANTIFIER[depth]
            + _NEIGHBOR_REACH_TAIL)


_NEIGHBOR_EDGES_HEAD: LiteralString = """
MATCH (x:Actor)-[r]->(y:Actor)
WHERE x.id IN $all AND y.id IN $all AND """

_NEIGHBOR_EDGES_TAIL: LiteralString = (
    """
WITH r, (x.id IN $kept AND y.id IN $kept) AS inside ORDER BY r.key
WITH count(r) AS total, collect(CASE WHEN inside THEN r END) AS shown
RETURN total, [r IN shown[0..$edge_cap] | """
    + EDGE
    + """] AS edges
"""
)


def neighbor_edges(corroborated: bool = False) -> LiteralString:
    """The filtered edges among ``$all`` (every reachable actor), those among ``$kept``
    shown up to ``$edge_cap``; ``total`` says how many the full neighbourhood has.
    ``corroborated`` adds the corroboration filter."""
    return _NEIGHBOR_EDGES_HEAD + edge_filter(corroborated) + _NEIGHBOR_EDGES_TAIL


NEIGHBOR_EDGES: LiteralString = neighbor_edges(False)

NODES_BY_ID: LiteralString = (
    """
UNWIND $ids AS id
MATCH (n:Actor {id: id})
RETURN """
    + NODE
    + """ AS node
"""
)

#: Actor–actor edges named by (source id, target id, key), with their evidence: the edges a
#: diff picture draws. Looked up from their ends (Actor.id is indexed), not by key alone.
EDGES_BY_KEY: LiteralString = (
    """
UNWIND $edges AS e
MATCH (x:Actor {id: e.source})-[r]->(y:Actor {id: e.target})
WHERE r.key = e.key
WITH r ORDER BY r.key
RETURN """
    + EDGE
    + """ AS edge
"""
)

#: Each source's words behind the edges named by (source id, target id, key), with the
#: stance (certainty) and asserters of the claim they support: every claim of the edge's
#: event, or of its group (parallel relation claims). Roles and GDELT aggregates are left
#: out: their own ``evidence`` and ``certainty`` say it all. At most ``$cap`` per edge;
#: ``total`` counts them all.
EDGE_STATEMENTS: LiteralString = (
    """
UNWIND $edges AS k
MATCH (x:Actor {id: k.source})-[r]->(y:Actor {id: k.target})
WHERE r.key = k.key AND (r.event_id IS NOT NULL OR r.claim_id IS NOT NULL)
WITH r, CASE WHEN """ + _EDGE_HAS_EVENT + """
  THEN COLLECT {
    MATCH (:Event {id: r.event_id})<-[:ABOUT]-(stc:Claim)-[:SUPPORTED_BY]->(stv:Evidence)
    OPTIONAL MATCH (stv)-[:FROM_SOURCE]->(sts:Source)
    WITH stc, stv, sts ORDER BY coalesce(sts.id, stv.source_id), stc.id, stv.span_start, stv.id
    RETURN {claim_id: stc.id, certainty: stc.certainty,
            asserted_by: COLLECT { MATCH (stc)-[:ASSERTED_BY]->(sta:Actor)
                                   RETURN sta.id ORDER BY sta.id },
            source: coalesce(sts.id, stv.source_id), source_title: sts.title,
            publisher: sts.publisher, quote: stv.quote, language: stv.language,
            gloss: stv.gloss}
  }
  ELSE head([crg IN [""" + _EDGE_GROUP + """] | COLLECT {
    UNWIND crg AS crx
    MATCH (stv:Evidence) WHERE stv.id IN coalesce(crx.evidence_ids, [])
    OPTIONAL MATCH (stv)-[:FROM_SOURCE]->(sts:Source)
    WITH crx, stv, sts
    ORDER BY coalesce(sts.id, stv.source_id), crx.claim_id, stv.span_start, stv.id
    RETURN {claim_id: crx.claim_id, certainty: crx.certainty,
            asserted_by: coalesce(crx.asserted_by, []),
            source: coalesce(sts.id, stv.source_id), source_title: sts.title,
            publisher: sts.publisher, quote: stv.quote, language: stv.language,
            gloss: stv.gloss}
  }])
END AS said
RETURN r.key AS key, size(said) AS total, said[..$cap] AS statements
"""
)

# --- paths ------------------------------------------------------------------------------

PathMode = Literal["shortest", "all_shortest", "k"]

_PATH_SELECTOR: dict[int, LiteralString] = {
    1: "SHORTEST 1", 2: "SHORTEST 2", 3: "SHORTEST 3", 4: "SHORTEST 4", 5: "SHORTEST 5",
    6: "SHORTEST 6", 7: "SHORTEST 7", 8: "SHORTEST 8", 9: "SHORTEST 9", 10: "SHORTEST 10",
}
_HOPS_QUANTIFIER: dict[int, LiteralString] = {
    1: "{1,1}", 2: "{1,2}", 3: "{1,3}", 4: "{1,4}", 5: "{1,5}", 6: "{1,6}",
}
MAX_HOPS = max(_HOPS_QUANTIFIER)
MAX_K = max(_PATH_SELECTOR)

_PATHS_HEAD: LiteralString = """
MATCH (a:Actor {id: $source}), (b:Actor {id: $target})
MATCH p = """

_PATHS_RETURN: LiteralString = (
    """
WITH p LIMIT $path_cap
RETURN length(p) AS length,
       [n IN nodes(p) | """
    + NODE
    + """] AS nodes,
       [r IN relationships(p) | """
    + EDGE
    + """] AS edges
ORDER BY length
"""
)


# Every actor-actor type, from the closed vocabulary of graph/schema.py (never input).
_ACTOR_TYPES: LiteralString = cast(LiteralString, "|".join(ACTOR_EDGE_TYPES))
_VAR_LENGTH: dict[int, LiteralString] = {
    1: "*1..1", 2: "*1..2", 3: "*1..3", 4: "*1..4", 5: "*1..5", 6: "*1..6",
}
_SHORTEST_FUNCTION: dict[str, LiteralString] = {
    "shortest": "shortestPath", "all_shortest": "allShortestPaths",
}


def paths_query(mode: PathMode, max_hops: int, k: int = 1,
                corroborated: bool = False) -> LiteralString:
    """The bounded, anchored path query for ``mode`` (``$source`` to ``$target``):
    ``paths_match`` and the paths with their nodes and edges (rows ``length, nodes,
    edges``, at most ``$path_cap``)."""
    return paths_match(mode, max_hops, k, corroborated) + _PATHS_RETURN


def paths_match(mode: PathMode, max_hops: int, k: int = 1,
                corroborated: bool = False) -> LiteralString:
    """The match of the bounded, anchored path query for ``mode``: binds ``p``.

    ``shortest`` and ``all_shortest`` use Cypher's bidirectional ``shortestPath`` /
    ``allShortestPaths`` over typed, bounded patterns with the filter on every hop: on
    hub-heavy graphs it answers in milliseconds where ``SHORTEST k`` over a quantified
    pattern takes seconds for some pairs (BENCHMARKS.md, "Paths"). ``k`` needs
    ``SHORTEST k``. ``corroborated`` adds the corroboration filter (``$min_sources``,
    ``$exclude_contested``) to every hop. Raises KeyError when ``max_hops`` or ``k`` is
    outside 1..MAX_HOPS / 1..MAX_K (the callers validate first).
    """
    hop = edge_filter(corroborated)
    if mode == "k":
        return (_PATHS_HEAD + _PATH_SELECTOR[k] + " (a)-[r WHERE " + hop + "]-"
                + _HOPS_QUANTIFIER[max_hops] + "(b)")
    return ("""
MATCH (a:Actor {id: $source}), (b:Actor {id: $target})
MATCH p = """ + _SHORTEST_FUNCTION[mode] + "((a)-[:" + _ACTOR_TYPES + _VAR_LENGTH[max_hops]
            + """]-(b))
WHERE all(r IN relationships(p) WHERE """ + hop + ")")


# --- relations --------------------------------------------------------------------------

RELATIONS: LiteralString = (
    """
CALL () {
  MATCH (a:Actor {id: $actor})-[r]-(o:Actor)
  WHERE $actor IS NOT NULL AND ($other IS NULL OR o.id = $other)
  RETURN DISTINCT r
  UNION
  MATCH (:Actor)-[r]->(:Actor)
  WHERE $actor IS NULL AND type(r) IN $types
  RETURN r
}
WITH r WHERE """
    + EDGE_FILTER
    + """
WITH r ORDER BY r.valid_from IS NULL, r.valid_from, type(r), r.key
WITH collect(r) AS rs
RETURN size(rs) AS total, [r IN rs[$offset..($offset + $limit)] | """
    + EDGE
    + """] AS items
"""
)

# --- timeline and events ----------------------------------------------------------------

#: Events the actor takes part in, and events about agreements it is party to (a treaty's
#: ratification bill belongs on each party's timeline even when the party did not act).
TIMELINE: LiteralString = (
    """
MATCH (a:Actor {id: $id})
CALL (a) {
  CALL (a) {
    MATCH (a)-[pt:PARTICIPANT]->(e:Event)
    RETURN e, pt.role AS role, null AS via
    UNION
    MATCH (a)-[:PARTY_TO]->(g:Agreement)<-[:CONCERNS]-(e:Event)
    RETURN e, null AS role, g.id AS via
  }
  WITH e, role, via WHERE """
    + EVENT_DATE_FILTER
    + """
  WITH e, collect(DISTINCT role) AS roles, collect(DISTINCT via) AS via
  ORDER BY e.date IS NULL, e.date, e.date_end, e.id
  RETURN collect({e: e, roles: roles, via: via}) AS rows
}
WITH a, size(rows) AS total, rows[$offset..($offset + $limit)] AS page
CALL (page) {
  UNWIND range(0, size(page) - 1) AS i
  WITH i, page[i] AS x
  WITH i, x, x.e AS e
  WITH i, x, """
    + EVENT
    + """ AS evmap
  ORDER BY i
  RETURN collect(evmap {.*, roles: x.roles, via_agreements: x.via}) AS items
}
WITH a AS n, total, items
RETURN """
    + NODE
    + """ AS actor, total, items
"""
)

EVENT_LIST: LiteralString = (
    """
CALL () {
  MATCH (:Actor {id: $actor})-[:PARTICIPANT]->(e:Event)
  WHERE $actor IS NOT NULL
  RETURN DISTINCT e
  UNION
  MATCH (e:Event) WHERE $actor IS NULL
  RETURN e
}
WITH e WHERE ($type IS NULL OR e.type = $type) AND """
    + EVENT_DATE_FILTER
    + """
WITH e ORDER BY e.date IS NULL, e.date, e.date_end, e.id
WITH collect(e) AS es
RETURN size(es) AS total, [e IN es[$offset..($offset + $limit)] | """
    + EVENT
    + """] AS items
"""
)

EVENT_DETAIL: LiteralString = (
    """
CALL () {
  MATCH (e:Event {id: $id})
  RETURN e
  UNION
  // an id a document gave an event that coreference merged into another
  MATCH (:Account {event_ref: $id})-[:ACCOUNT_OF]->(e:Event)
  RETURN e
}
WITH e LIMIT 1
RETURN """
    + EVENT
    + """ AS event,
  properties(e) AS properties,
  COLLECT {
    MATCH (e)<-[:ACCOUNT_OF]-(acc:Account)
    RETURN {id: acc.event_ref, key: acc.key,
            sources: COLLECT { MATCH (acc)-[:TOLD_IN]->(accs:Source)
                               RETURN accs.id ORDER BY accs.id },
            date: toString(acc.date), date_end: toString(acc.date_end),
            date_precision: acc.date_precision, date_text: acc.date_text,
            location: acc.location, summary: acc.summary, attributes: acc.attributes}
    ORDER BY acc.key
  } AS accounts,
  COLLECT {
    MATCH (x:Actor)-[:PARTICIPANT]->(e)
    MATCH (x)-[r]-(:Actor) WHERE r.event_id = e.id
    WITH DISTINCT r ORDER BY type(r), r.key
    RETURN """
    + EDGE
    + """
  } AS edges
"""
)

SOURCE_DETAIL: LiteralString = """
MATCH (s:Source {id: $id})
RETURN properties(s) AS source,
  COLLECT {
    MATCH (ev:Evidence)-[:FROM_SOURCE]->(s)
    RETURN ev {.id, .quote, .language, .gloss, .span_start, .span_end}
    ORDER BY ev.span_start, ev.id
  } AS evidence,
  COLLECT {
    MATCH (c:Claim)-[:SUPPORTED_BY]->(:Evidence)-[:FROM_SOURCE]->(s)
    RETURN DISTINCT c.id AS id ORDER BY id
  } AS claims
"""

# --- statistics -------------------------------------------------------------------------

#: Counts from the count store (constant time, every label and type that exists).
STATS: LiteralString = """
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
RETURN [x IN data.nodes WHERE x.label IS NOT NULL | [x.label, x.count]] AS nodes,
       [x IN data.relationships
          WHERE x.relationshipType IS NOT NULL AND x.startLabel IS NULL AND x.endLabel IS NULL
        | [x.relationshipType, x.count]] AS relationships
"""

# --- analysts' Cypher support -----------------------------------------------------------

#: Endpoints, evidence and corroboration for the relationships found in an analyst's
#: result, one query (``$rel_ids``: element ids of the relationships).
CYPHER_GRAPH_EXTRAS: LiteralString = (
    """
CALL () {
  UNWIND $element_ids AS eid
  MATCH (n) WHERE elementId(n) = eid
  RETURN collect({element_id: eid, node: """
    + NODE
    + """}) AS nodes
}
CALL () {
  UNWIND $evidence_ids AS evid
  MATCH (ev:Evidence {id: evid})
  OPTIONAL MATCH (ev)-[:FROM_SOURCE]->(s:Source)
  RETURN collect({id: ev.id, source: coalesce(s.id, ev.source_id), source_title: s.title,
                  quote: ev.quote, language: ev.language, gloss: ev.gloss}) AS evidence
}
CALL () {
  UNWIND $rel_ids AS rid
  MATCH ()-[r]->() WHERE elementId(r) = rid
  RETURN collect({element_id: rid, corroboration: """
    + EDGE_CORROBORATION
    + """}) AS corroboration
}
RETURN nodes, evidence, corroboration
"""
)

#: Transactions of one analyst run (tagged with ``geokg_run`` metadata), for the watchdog.
ANALYST_TRANSACTIONS: LiteralString = """
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.geokg_run = $run_id
RETURN transactionId
"""

TERMINATE_TRANSACTIONS: LiteralString = "TERMINATE TRANSACTIONS $ids"

# --- the extractor's lexicon: every actor with its names, every agreement ------------------

LEXICON_ACTORS: LiteralString = """
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.country AS country,
       COLLECT { MATCH (al:Alias)-[:ALIAS_OF]->(a)
                 RETURN {text: al.text, note: al.note, lang: al.lang} } AS aliases
ORDER BY id
"""

LEXICON_AGREEMENTS: LiteralString = """
MATCH (g:Agreement)
RETURN g.id AS id, g.name AS name, g.kind AS kind, coalesce(g.aliases, []) AS aliases,
       COLLECT { MATCH (p:Actor)-[:PARTY_TO]->(g) RETURN p.id ORDER BY p.id } AS parties
ORDER BY id
"""

#: Changes whenever an actor, alias or agreement is added: the extractor's lexicon cache key.
LEXICON_VERSION: LiteralString = """
CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
CALL () { MATCH (al:Alias) RETURN count(al) AS aliases }
CALL () { MATCH (g:Agreement) OPTIONAL MATCH (p)-[:PARTY_TO]->(g)
          RETURN count(DISTINCT g) + sum(size(coalesce(g.aliases, []))) + count(p)
                 AS agreements }
RETURN actors, aliases, agreements
"""
