"""Cypher of the GDELT Mentions loader: mentions attached to their event, or pending.

A mention row (``loaders.gdelt.mention_graph``) is one article mentioning one GDELT event.
When the event is in the graph it becomes a ``reported`` Claim ABOUT the event, asserted by
the outlet's media actor, SUPPORTED_BY an Evidence FROM_SOURCE the article. When it is
not, the row waits whole on a ``(:PendingMention {key})`` node that nothing links to, so no
query counts it, and is attached (then deleted) when the event arrives.

``revision`` strings order the versions of one mention (later MentionTimeDate first): a
row never overwrites a later version, so files load in any order to the same graph.
"""

from typing import LiteralString

#: Parameters: ``$ids`` (event ids). Returns the ``id`` of each one in the graph.
EXISTING_EVENTS: LiteralString = """
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e.id AS id
"""

#: Parameters: ``$rows``, each ``{key, event_id, media_id, source_id, source_props,
#: source_name, mentioned_at, evidence_id, evidence_props, claim_props, revision}``.
#: A row whose event or media actor is missing writes nothing. The Source gets the
#: writer's properties only when it is new (an export row citing the same article sets
#: its own, whatever the order); ``mentioned_at`` and ``mention_source_name`` keep the
#: smallest value seen, so they do not depend on order either. Returns the ``key`` of
#: each mention written.
WRITE_MENTIONS: LiteralString = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event_id})
MATCH (m:Actor {id: row.media_id})
MERGE (s:Source {id: row.source_id})
ON CREATE SET s += row.source_props
SET s.mentioned_at = CASE WHEN s.mentioned_at IS NULL OR row.mentioned_at < s.mentioned_at
                          THEN row.mentioned_at ELSE s.mentioned_at END,
    s.mention_source_name = CASE
      WHEN s.mention_source_name IS NULL OR row.source_name < s.mention_source_name
      THEN row.source_name ELSE s.mention_source_name END
MERGE (ev:Evidence {id: row.evidence_id})
MERGE (c:Claim {id: row.key})
WITH e, m, s, ev, c, row, coalesce(ev.revision, '') <= row.revision AS newer
FOREACH (_ IN CASE WHEN newer THEN [1] ELSE [] END |
  SET ev += row.evidence_props, c += row.claim_props)
MERGE (ev)-[:FROM_SOURCE]->(s)
MERGE (c)-[:SUPPORTED_BY]->(ev)
MERGE (c)-[:ABOUT]->(e)
MERGE (c)-[:ASSERTED_BY]->(m)
RETURN row.key AS key
"""

#: Parameters: ``$rows`` (flat mention rows, stored whole). A later revision already
#: waiting is kept; ``first_mention_time`` keeps the earliest of all versions.
KEEP_PENDING: LiteralString = """
UNWIND $rows AS row
MERGE (p:PendingMention {key: row.key})
WITH p, row, CASE
  WHEN p.first_mention_time IS NULL OR row.first_mention_time < p.first_mention_time
  THEN row.first_mention_time ELSE p.first_mention_time END AS first
SET p.first_mention_time = first
WITH p, row, first
WHERE coalesce(p.revision, '') <= row.revision
SET p += row, p.first_mention_time = first
"""

#: Parameters: ``$ids`` (event ids). Returns the ``row`` of every mention waiting for one
#: of these events that is now in the graph.
PENDING_OF_EVENTS: LiteralString = """
UNWIND $ids AS id
MATCH (p:PendingMention {event_id: id})
WHERE EXISTS { MATCH (:Event {id: id}) }
RETURN properties(p) AS row
"""

#: Parameters: ``$rows`` (``{key, revision}`` of mentions just attached). Deletes the
#: pending copies no newer than what was attached.
DROP_PENDING: LiteralString = """
UNWIND $rows AS row
MATCH (p:PendingMention {key: row.key})
WHERE p.revision <= row.revision
DELETE p
"""

#: Parameters: ``$ids`` (event ids). Returns the (actor1, actor2) pairs of these events with
#: their CAMEO root codes: the INTERACTED_WITH edges that list the events' claims.
EVENT_PAIRS: LiteralString = """
UNWIND $ids AS id
MATCH (a:Actor)-[:PARTICIPANT {role: 'actor1'}]->(e:Event {id: id})
      <-[:PARTICIPANT {role: 'actor2'}]-(b:Actor)
WHERE a <> b AND e.event_root_code IS NOT NULL
RETURN a.id AS a, b.id AS b, collect(DISTINCT e.event_root_code) AS roots
"""
