"""Cypher of actor merging (loaders/actor_merge.py) and of merged ids (graph/actor_ids.py).

A merged actor leaves an ``(:ActorRedirect {id})-[:REDIRECTS_TO]->(:Actor)`` behind, so
its id keeps resolving. Every statement of one merge runs in the same write transaction;
relationships are addressed by ``elementId`` only inside that transaction.
"""

from typing import LiteralString, cast

from graph.schema import ACTOR_EDGE_TYPES

#: Parameters: ``$ids``. One row per id: the actor it names (or null) and, when it names a
#: merged actor instead, the id of the actor it was merged into.
ACTORS_FOR_MERGE: LiteralString = """
UNWIND $ids AS id
OPTIONAL MATCH (a:Actor {id: id})
CALL (id) {
  OPTIONAL MATCH (:ActorRedirect {id: id})-[:REDIRECTS_TO]->(b:Actor)
  RETURN collect(b.id)[0] AS redirected_to
}
RETURN id, elementId(a) AS element_id,
       a {.id, .name, .kind, .iso3, .wikidata, .cameo, .country, .description, .aliases,
          .alias_keys, .merged_ids} AS actor,
       redirected_to
"""

#: Parameters: ``$merge`` (actor ids). Every relationship that touches one of them, once,
#: with its ends; ``*_merged`` says whether an end is one of the merged actors.
RELATIONSHIPS_OF: LiteralString = """
MATCH (m:Actor)-[r]-()
WHERE m.id IN $merge
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
RETURN type(r) AS type, properties(r) AS props,
       elementId(s) AS start, s.id AS start_id, (s:Actor AND s.id IN $merge) AS start_merged,
       elementId(t) AS end, t.id AS end_id, (t:Actor AND t.id IN $merge) AS end_merged
"""

#: Parameters: ``$merge``. The merged actors go, with their relationships (recreated on
#: the kept actor by the statements below, in the same transaction) and with their iso3 and
#: wikidata (unique), which the kept actor may then take.
DELETE_ACTORS: LiteralString = """
MATCH (m:Actor)
WHERE m.id IN $merge
DETACH DELETE m
RETURN count(*) AS deleted
"""

#: Parameters: ``$keep``, ``$props`` (identifiers filled, country), ``$aliases``,
#: ``$alias_keys``, ``$merged_ids`` (each unioned in order). ``search_text`` is rebuilt as
#: the writer builds it (write_cypher.MERGE_ACTORS).
UPDATE_KEPT_ACTOR: LiteralString = """
MATCH (k:Actor {id: $keep})
SET k += $props,
    k.aliases = reduce(acc = coalesce(k.aliases, []), x IN $aliases |
                       CASE WHEN x IN acc THEN acc ELSE acc + x END),
    k.alias_keys = reduce(acc = coalesce(k.alias_keys, []), x IN $alias_keys |
                          CASE WHEN x IN acc THEN acc ELSE acc + x END),
    k.merged_ids = reduce(acc = coalesce(k.merged_ids, []), x IN $merged_ids |
                          CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET k.search_text = reduce(s = '', x IN k.alias_keys | s + ' ' + x)
RETURN elementId(k) AS element_id
"""

#: Parameters: ``$rows`` ``{type, start, end, key, props}`` (ends as element ids). An
#: actor–actor edge is recreated unless one of that type with that key already joins the
#: two actors (the same claim or role, the same pair). Returns the count per type.
CREATE_KEYED_EDGES: LiteralString = """
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.start
MATCH (b) WHERE elementId(b) = row.end
WITH a, b, row
WHERE NOT EXISTS {
  MATCH (a)-[x]-(b)
  WHERE type(x) = row.type AND x.key = row.key
}
CREATE (a)-[n:$(row.type)]->(b)
SET n = row.props
RETURN row.type AS type, count(*) AS created
"""

#: Parameters: ``$rows`` ``{type, start, end, props}``. Any other relationship is
#: recreated unless the same one (type, direction, ends, properties) already exists: an
#: alias, a participation in one role, an assertion of one claim, counted once.
CREATE_PLAIN_RELATIONSHIPS: LiteralString = """
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.start
MATCH (b) WHERE elementId(b) = row.end
WITH a, b, row
WHERE NOT EXISTS {
  MATCH (a)-[x]->(b)
  WHERE type(x) = row.type AND properties(x) = row.props
}
CREATE (a)-[n:$(row.type)]->(b)
SET n = row.props
RETURN row.type AS type, count(*) AS created
"""

#: Parameters: ``$keep``. A redirect named like the kept actor is stale (the id was merged
#: once and is an actor again): the actor wins.
DELETE_STALE_REDIRECT: LiteralString = """
MATCH (r:ActorRedirect {id: $keep})
DETACH DELETE r
"""

#: Parameters: ``$keep``, ``$rows`` ``{id, name}`` (the merged actors), ``$reason``.
CREATE_REDIRECTS: LiteralString = """
MATCH (k:Actor {id: $keep})
UNWIND $rows AS row
MERGE (r:ActorRedirect {id: row.id})
SET r.name = row.name, r.reason = $reason, r.merged_at = datetime()
WITH k, r
CALL (r) {
  OPTIONAL MATCH (r)-[old:REDIRECTS_TO]->()
  DELETE old
}
CREATE (r)-[:REDIRECTS_TO]->(k)
RETURN count(r) AS redirects
"""

#: Parameters: ``$keep``, ``$merge``. Other actors whose ``country`` names a merged actor.
REPOINT_COUNTRY: LiteralString = """
MATCH (x:Actor)
WHERE x.country IN $merge
SET x.country = $keep
RETURN count(x) AS updated
"""

#: Parameters: ``$keep``, ``$merge``. Actor–actor edges whose ``asserted_by`` lists a
#: merged actor name the kept one instead (once). Any edge may (a claim's asserter is rarely
#: one of its ends), so every actor–actor edge is read: the types are spelled out from the
#: schema so that the structural relationships are not.
REPOINT_ASSERTED_BY: LiteralString = cast(LiteralString, """
MATCH ()-[r:""" + "|".join(ACTOR_EDGE_TYPES) + """]->()
WHERE any(x IN coalesce(r.asserted_by, []) WHERE x IN $merge)
SET r.asserted_by = reduce(
  acc = [], x IN [y IN r.asserted_by | CASE WHEN y IN $merge THEN $keep ELSE y END] |
  CASE WHEN x IN acc THEN acc ELSE acc + x END)
RETURN count(r) AS updated
""")

#: Pairs of actors of one kind that share an identifier (iso3, wikidata, cameo) or the key
#: of an alias of two or more words (keys are folded: words are single-space separated).
#: Returns ``a``, ``b`` (a.id < b.id) with their degree and ``reasons`` ``[{field, value}]``.
MERGE_CANDIDATES: LiteralString = """
CALL () {
  UNWIND ['iso3', 'wikidata', 'cameo'] AS field
  MATCH (a:Actor)
  WHERE a[field] IS NOT NULL
  WITH field, a.kind AS kind, a[field] AS value, collect(a.id) AS ids
  WHERE size(ids) > 1
  RETURN field, value, ids
  UNION ALL
  MATCH (al:Alias)-[:ALIAS_OF]->(a:Actor)
  WHERE al.key CONTAINS ' '
  WITH al.key AS value, a.kind AS kind, collect(DISTINCT a.id) AS ids
  WHERE size(ids) > 1
  RETURN 'alias' AS field, value, ids
}
UNWIND ids AS x
UNWIND ids AS y
WITH field, value, x, y
WHERE x < y
WITH x, y, field, value ORDER BY field, value
WITH x, y, collect({field: field, value: value}) AS reasons
MATCH (a:Actor {id: x}), (b:Actor {id: y})
RETURN a {.id, .name, .kind, .iso3, .wikidata, .cameo, degree: COUNT { (a)--() }} AS a,
       b {.id, .name, .kind, .iso3, .wikidata, .cameo, degree: COUNT { (b)--() }} AS b,
       reasons
ORDER BY x, y
"""

#: Parameters: ``$ids``. Each id that names an actor, or a merged actor, with the id of the
#: actor it is now. Merges re-point older redirects, so one hop always arrives.
CANONICAL_ACTOR_IDS: LiteralString = """
UNWIND $ids AS id
OPTIONAL MATCH (a:Actor {id: id})
CALL (id) {
  OPTIONAL MATCH (:ActorRedirect {id: id})-[:REDIRECTS_TO]->(b:Actor)
  RETURN collect(b.id)[0] AS redirected_to
}
WITH id, coalesce(a.id, redirected_to) AS current
WHERE current IS NOT NULL
RETURN id, current
"""
