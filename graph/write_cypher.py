"""Cypher of the shared writer: every statement is ``UNWIND $rows AS row ... MERGE``.

Actor–actor edges are written with one statement per relationship type
(``MERGE_ACTOR_EDGES_BY_TYPE``), built from the schema's closed vocabulary: with a static
type, the MERGE seeks the edge's ``key`` in that type's uniqueness constraint, where a
dynamic type (``MERGE_ACTOR_EDGES``, ``[r:$(row.type)]``) scans every relationship between
the two actors, and hub pairs hold thousands.
"""

from typing import LiteralString, cast

from graph.schema import ACTOR_EDGE_TYPES

RESOLVE_ACTORS: LiteralString = """
UNWIND $rows AS row
OPTIONAL MATCH (own:Actor {id: row.id})
// an id merged into another actor (geokg actors merge) keeps reaching it
OPTIONAL MATCH (:ActorRedirect {id: row.id})-[:REDIRECTS_TO]->(moved:Actor)
WITH row, coalesce(own, moved) AS byId
OPTIONAL MATCH (byIso:Actor {iso3: row.iso3})
OPTIONAL MATCH (byWd:Actor {wikidata: row.wikidata})
CALL (row) {
  OPTIONAL MATCH (c:Actor {cameo: row.cameo})
  RETURN collect(DISTINCT c.id) AS byCameo
}
CALL (row) {
  UNWIND row.keys AS k
  MATCH (:Alias {key: k})-[:ALIAS_OF]->(x:Actor)
  RETURN collect(DISTINCT {id: x.id, kind: x.kind, key: k, iso3: x.iso3,
                           wikidata: x.wikidata}) AS byAlias
}
RETURN row.id AS id, row.doc AS doc, row.kind AS kind, row.iso3 AS iso3,
       row.wikidata AS wikidata, byId.id AS by_id, byIso.id AS by_iso3,
       byWd.id AS by_wikidata, byCameo AS by_cameo, byAlias AS by_alias
"""

MERGE_SOURCES: LiteralString = """
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += row.props
"""

MERGE_ACTORS: LiteralString = """
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.name = row.name, a.kind = row.kind, a.name_key = row.name_key
SET a.iso3 = coalesce(a.iso3, row.iso3),
    a.cameo = coalesce(a.cameo, row.cameo),
    a.wikidata = coalesce(a.wikidata, row.wikidata),
    a.country = coalesce(a.country, row.country),
    a.description = coalesce(a.description, row.description),
    a.aliases = reduce(acc = coalesce(a.aliases, []), x IN row.aliases |
                       CASE WHEN x IN acc THEN acc ELSE acc + x END),
    a.alias_keys = reduce(acc = coalesce(a.alias_keys, []), x IN row.keys |
                          CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET a.search_text = reduce(s = '', k IN a.alias_keys | s + ' ' + k)
"""

MERGE_ALIASES: LiteralString = """
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MERGE (al:Alias {key: row.key})
ON CREATE SET al.text = row.text, al.lang = row.lang, al.note = row.note
MERGE (al)-[:ALIAS_OF]->(a)
"""

MERGE_EVIDENCE: LiteralString = """
UNWIND $rows AS row
MATCH (s:Source {id: row.source})
MERGE (e:Evidence {id: row.id})
SET e += row.props
MERGE (e)-[:FROM_SOURCE]->(s)
"""

# A second document naming the same agreement (a draft of `geokg extract` does) adds its
# provisions, aliases and evidence and fills milestone dates still unknown; it never
# overwrites what the first one wrote (the milestone's own event keeps its date).
MERGE_AGREEMENTS: LiteralString = """
UNWIND $rows AS row
MERGE (g:Agreement {id: row.id})
ON CREATE SET g += row.props
ON MATCH SET
  g.provisions = reduce(acc = coalesce(g.provisions, []), x IN row.props.provisions |
                        CASE WHEN x IN acc THEN acc ELSE acc + x END),
  g.aliases = reduce(acc = coalesce(g.aliases, []), x IN row.props.aliases |
                     CASE WHEN x IN acc THEN acc ELSE acc + x END),
  g.evidence_ids = reduce(acc = coalesce(g.evidence_ids, []), x IN row.props.evidence_ids |
                          CASE WHEN x IN acc THEN acc ELSE acc + x END)
WITH g, row
// a milestone is filled whole (date, last day, precision, inferred, text) when unknown, or
// made more precise by a date inside the known one (18-19 June, then 19 June: 19 June,
// in either order); a date outside it changes nothing
FOREACH (t IN [k IN keys(row.props) WHERE k + '_precision' IN keys(row.props)
               AND row.props[k] IS NOT NULL
               AND (g[k] IS NULL
                    OR (g[k + '_end'] IS NOT NULL
                        AND g[k] <= row.props[k] AND row.props[k + '_end'] <= g[k + '_end']
                        AND (g[k] < row.props[k] OR row.props[k + '_end'] < g[k + '_end'])))] |
  SET g[t] = row.props[t], g[t + '_end'] = row.props[t + '_end'],
      g[t + '_precision'] = row.props[t + '_precision'],
      g[t + '_inferred'] = row.props[t + '_inferred'], g[t + '_text'] = row.props[t + '_text'])
WITH g, row
UNWIND row.parties AS party
MATCH (a:Actor {id: party})
MERGE (a)-[:PARTY_TO]->(g)
"""

# Machine-coded events (GDELT) carry their one record's values; every other event gets
# its values from its accounts (reconcile_events in loaders/writer.py), never from the
# last document loaded.
MERGE_EVENTS: LiteralString = """
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e.type = row.props.type
SET e.cameo = coalesce(e.cameo, row.props.cameo)
FOREACH (_ IN CASE WHEN row.props.type = 'coded' THEN [1] ELSE [] END | SET e += row.props)
"""

# What one document says of one event: its date, location, summary and attributes, kept
# whole, keyed by the document's own event id and its sources.
MERGE_ACCOUNTS: LiteralString = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event})
MERGE (a:Account {key: row.key})
SET a += row.props
MERGE (a)-[:ACCOUNT_OF]->(e)
WITH a, row
UNWIND row.source_ids AS sid
MATCH (s:Source {id: sid})
MERGE (a)-[:TOLD_IN]->(s)
"""

ACCOUNTS_OF: LiteralString = """
UNWIND $ids AS id
MATCH (e:Event {id: id})<-[:ACCOUNT_OF]-(a:Account)
RETURN e.id AS event, collect(properties(a)) AS accounts
"""

SET_EVENT_VALUES: LiteralString = """
UNWIND $rows AS row
MATCH (e:Event {id: row.id})
SET e += row.props
"""

# A document's event ids as the graph knows them: an Event's own id, or the id another
# document gave an event that was merged into it.
EVENT_LOOKUP: LiteralString = """
UNWIND $ids AS id
OPTIONAL MATCH (own:Event {id: id})
CALL (id) {
  OPTIONAL MATCH (:Account {event_ref: id})-[:ACCOUNT_OF]->(r:Event)
  RETURN collect(DISTINCT r)[0] AS merged
}
WITH id, coalesce(own, merged) AS hit
WHERE hit IS NOT NULL
RETURN id, hit.id AS event, hit.type AS type
"""

#: What coreference compares of the graph event ``c`` (loaders/writer.py ``_candidate``).
_EVENT_FACTS: LiteralString = """c.id AS id, c.type AS type, c.date AS date,
  c.date_end AS date_end,
  COLLECT { MATCH (a:Actor)-[p:PARTICIPANT]->(c) RETURN [a.id, p.role] } AS roles,
  COLLECT { MATCH (c)-[:CONCERNS]->(g:Agreement) RETURN g.id } AS agreements,
  COLLECT {
    MATCH (c)<-[:ACCOUNT_OF]-(:Account)-[:TOLD_IN]->(s:Source)
    WHERE s.published IS NOT NULL
    RETURN DISTINCT s.published
  } AS published"""

# Events of the same type sharing a participant with a document's event, with what
# coreference compares (loaders/coreference.py). Candidates whose participants do not
# nest with the event's, or whose known dates cannot overlap its own, are dropped here,
# before their roles, agreements and sources are read.
EVENT_CANDIDATES: LiteralString = """
UNWIND $rows AS row
CALL (row) {
  UNWIND row.actors AS aid
  MATCH (:Actor {id: aid})-[:PARTICIPANT]->(c:Event)
  WHERE c.type = row.type
    AND (row.start IS NULL OR c.date IS NULL
         OR (c.date <= row.last AND c.date_end >= row.start))
  RETURN collect(DISTINCT c) AS found
}
UNWIND found AS c
WITH row, c, COLLECT { MATCH (a:Actor)-[:PARTICIPANT]->(c) RETURN DISTINCT a.id } AS actors
WHERE all(x IN actors WHERE x IN row.actors) OR all(x IN row.actors WHERE x IN actors)
RETURN row.id AS for, """ + _EVENT_FACTS + """
"""

# The events of some actors, as coreference compares them: after a merge of actors,
# events kept apart before may now be one (loaders/writer.py reexamine_events).
EVENTS_OF_ACTORS: LiteralString = """
UNWIND $ids AS aid
MATCH (:Actor {id: aid})-[:PARTICIPANT]->(c:Event)
WHERE c.type <> 'coded'
WITH DISTINCT c
RETURN """ + _EVENT_FACTS + """,
  COLLECT { MATCH (c)<-[:ACCOUNT_OF]-(a:Account) RETURN split(a.key, '@')[1] } AS documents
"""

# One event into another: its accounts, claims, participants and agreement links move,
# the edges projected from it name the kept event, and it is deleted (its id keeps
# reaching the kept event through its account's event_ref).
MERGE_EVENT_INTO: LiteralString = """
MATCH (old:Event {id: $old}), (keep:Event {id: $keep})
CALL (old, keep) {
  MATCH (x:Actor)-[p:PARTICIPANT]->(old)
  MATCH (x)-[r]-(:Actor) WHERE r.event_id = old.id
  WITH DISTINCT r, keep
  SET r.event_id = keep.id
}
CALL (old, keep) {
  MATCH (a:Account)-[r:ACCOUNT_OF]->(old)
  MERGE (a)-[:ACCOUNT_OF]->(keep)
  DELETE r
}
CALL (old, keep) {
  MATCH (c:Claim)-[r:ABOUT]->(old)
  MERGE (c)-[:ABOUT]->(keep)
  DELETE r
}
CALL (old, keep) {
  MATCH (x:Actor)-[r:PARTICIPANT]->(old)
  MERGE (x)-[:PARTICIPANT {role: r.role}]->(keep)
  DELETE r
}
CALL (old, keep) {
  MATCH (old)-[r:CONCERNS]->(g:Agreement)
  MERGE (keep)-[c:CONCERNS]->(g)
  SET c.milestone = coalesce(c.milestone, r.milestone)
  DELETE r
}
SET keep.cameo = coalesce(keep.cameo, old.cameo)
DETACH DELETE old
"""

AGREEMENT_CANDIDATES: LiteralString = """
UNWIND $rows AS row
CALL (row) {
  UNWIND row.parties AS pid
  MATCH (:Actor {id: pid})-[:PARTY_TO]->(g:Agreement)
  RETURN collect(DISTINCT g) AS found
}
UNWIND found AS g
RETURN row.id AS for, g.id AS id, g.kind AS kind, g.name AS name, g.aliases AS aliases,
  CASE WHEN g.signed_precision = 'day' THEN g.signed END AS signed,
  COLLECT { MATCH (a:Actor)-[:PARTY_TO]->(g) RETURN a.id } AS parties
"""

AGREEMENT_EXISTS: LiteralString = """
UNWIND $ids AS id
MATCH (g:Agreement {id: id})
RETURN g.id AS id
"""

MERGE_PARTICIPANTS: LiteralString = """
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor}), (e:Event {id: row.event})
MERGE (a)-[:PARTICIPANT {role: row.role}]->(e)
"""

MERGE_CONCERNS: LiteralString = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event}), (g:Agreement {id: row.agreement})
MERGE (e)-[c:CONCERNS]->(g)
// an event's plain `agreement:` link never erases the milestone another row gave it
SET c.milestone = coalesce(row.milestone, c.milestone)
"""

MERGE_CLAIMS: LiteralString = """
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
SET c += row.props
WITH c, row
CALL (c, row) {
  OPTIONAL MATCH (e:Event {id: row.event})
  FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | MERGE (c)-[:ABOUT]->(e))
}
CALL (c, row) {
  UNWIND row.asserted_by AS who
  MATCH (a:Actor {id: who})
  MERGE (c)-[:ASSERTED_BY]->(a)
}
CALL (c, row) {
  UNWIND row.evidence_ids AS eid
  MATCH (ev:Evidence {id: eid})
  MERGE (c)-[:SUPPORTED_BY]->(ev)
}
"""

MERGE_ACTOR_EDGES: LiteralString = """
UNWIND $rows AS row
MATCH (a:Actor {id: row.source}), (b:Actor {id: row.target})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
SET r += row.props
"""


def _merge_edges_of(rel_type: str) -> LiteralString:
    # rel_type comes from ACTOR_EDGE_TYPES (a closed vocabulary), never from input
    return cast(LiteralString, f"""
UNWIND $rows AS row
MATCH (a:Actor {{id: row.source}}), (b:Actor {{id: row.target}})
MERGE (a)-[r:{rel_type} {{key: row.key}}]->(b)
SET r += row.props
""")


MERGE_ACTOR_EDGES_BY_TYPE: dict[str, LiteralString] = {
    t: _merge_edges_of(t) for t in ACTOR_EDGE_TYPES
}

COUNT_BY_LABEL: LiteralString = """
CALL db.labels() YIELD label
CALL (label) {
  MATCH (n:$(label))
  RETURN count(n) AS c
}
RETURN label, c ORDER BY label
"""

COUNT_BY_TYPE: LiteralString = """
CALL db.relationshipTypes() YIELD relationshipType AS type
CALL (type) {
  MATCH ()-[r:$(type)]->()
  RETURN count(r) AS c
}
RETURN type, c ORDER BY type
"""
