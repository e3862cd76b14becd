"""Cypher of the exports (``exports/``): what a file needs beyond the API's subgraph.

The API's node contract (``queries.NODE``) has id, label, name and kind; an export also
keeps an actor's identifiers, aliases, country and description (``ACTOR``). Evidence in
the edge contract names its source; an export adds the source's url, publisher and date
(``SOURCES_BY_ID``) and, for FollowTheMoney, the events behind the edges
(``EVENTS_BY_ID``). ``--all`` walks the whole graph in pages of actors ordered by id
(``ACTORS_PAGE``: an index seek, no sort of the whole label) and each page's outgoing
actor–actor edges (``edges_from``), so no transaction holds more than a page.

Values only as ``$parameters``; the edge filter and the edge map are the read API's own
fragments (``queries.edge_filter``, ``queries.EDGE``).
"""

from __future__ import annotations

from typing import LiteralString

from graph import queries as q

#: The actor bound to ``a`` as an export node. ``country_iso3`` is the ISO 3166 alpha-3 of
#: the actor named by ``a.country`` (a person's or a ministry's state).
ACTOR: LiteralString = """{
  id: a.id, label: 'Actor', name: a.name, kind: a.kind, country: a.country,
  country_iso3: head(COLLECT { MATCH (cty:Actor {id: a.country}) RETURN cty.iso3 }),
  description: a.description, iso3: a.iso3, cameo: a.cameo, wikidata: a.wikidata,
  aliases: coalesce(a.aliases, [])
}"""

ACTORS_BY_ID: LiteralString = (
    """
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN """ + ACTOR + """ AS actor
"""
)

#: The next ``$limit`` actors after ``$after`` (an id; '' for the first page), by id.
ACTORS_PAGE: LiteralString = (
    """
MATCH (a:Actor) WHERE a.id > $after
WITH a ORDER BY a.id LIMIT $limit
RETURN """ + ACTOR + """ AS actor
"""
)

ACTOR_COUNT: LiteralString = "MATCH (a:Actor) RETURN count(a) AS n"

SOURCES_BY_ID: LiteralString = """
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id, s.url AS url, s.title AS title, s.publisher AS publisher,
       toString(s.published) AS published, s.language AS language
"""

EVENTS_BY_ID: LiteralString = """
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e.id AS id, e.type AS type, e.summary AS summary, toString(e.date) AS date,
       toString(e.date_end) AS date_end, e.location AS location,
       COLLECT { MATCH (p:Actor)-[pt:PARTICIPANT]->(e)
                 RETURN {actor: p.id, role: pt.role} ORDER BY p.id, pt.role } AS participants
"""

_EDGES_FROM_HEAD: LiteralString = """
UNWIND $ids AS id
MATCH (x:Actor {id: id})-[r]->(:Actor)
WHERE (x.id > $after_actor OR (x.id = $after_actor AND r.key > $after_key))
  AND """

_EDGES_FROM_TAIL: LiteralString = (
    """
WITH x, r ORDER BY x.id, r.key LIMIT $limit
RETURN x.id AS start, r.key AS key, """ + q.EDGE + """ AS edge
"""
)


def edges_from(corroborated: bool = False) -> LiteralString:
    """At most ``$limit`` filtered actor–actor edges that start at the actors ``$ids``,
    after the cursor (``$after_actor``, ``$after_key``; '' for the first page), as the
    API's edge map, by start actor and key (``start``, ``key``, ``edge``). Every edge
    starts at exactly one actor, so pages of actors export each edge once, and a hub's
    edges come in pages too."""
    return _EDGES_FROM_HEAD + q.edge_filter(corroborated) + _EDGES_FROM_TAIL
