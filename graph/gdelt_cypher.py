"""Cypher of the GDELT loader: events, claims and evidence in batches, and the aggregated
``INTERACTED_WITH`` projection.

GDELT events are ``coded`` events with participants in roles ``actor1`` and ``actor2``.
The loader writes a batch of records with the statements below in one transaction (rows in
the shared writer's plan shapes, so the graph is the writer's; sources use the writer's
``MERGE_SOURCES``). For analysts and path queries the events are summarised into one
``INTERACTED_WITH`` edge per (actor1, actor2, CAMEO root code), recomputed from every
GDELT event of that triple in the graph, so loading the same file twice (or files in any
order) gives the same edge.
"""

from typing import LiteralString

#: How many event, claim, evidence, source and asserter ids an INTERACTED_WITH edge lists.
#: An edge whose evidence and source lists are shorter is complete: the explorer's
#: aggregates count its sources from its list (``graph.view_cypher``).
EDGE_LIST_CAP = 100

#: ``$ids``: event ids; returns those already in the graph.
EVENTS_PRESENT: LiteralString = """
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id
"""

#: ``$rows``: ``{id, values, counts, file}``, one per event id. An event not in the graph
#: is created with all of them. An event already written from another file is a revision:
#: its counts (NumMentions, NumSources, NumArticles, AvgTone) become those of the later
#: file (by the GDELT timestamp of the file's name), everything else stays. Returns the ids
#: created (only those get a claim, evidence and participants) and the ids revised.
WRITE_EVENTS: LiteralString = """
UNWIND $rows AS row
OPTIONAL MATCH (old:Event {id: row.id})
FOREACH (_ IN CASE WHEN old IS NOT NULL AND old.gdelt_file <> row.file
                        AND row.file > coalesce(old.gdelt_counts_file, '')
                   THEN [1] ELSE [] END |
  SET old += row.counts, old.gdelt_counts_file = row.file)
WITH row, old
CALL (row, old) {
  WITH row WHERE old IS NULL
  CREATE (e:Event {id: row.id})
  SET e += row.values, e += row.counts, e.gdelt_file = row.file,
      e.gdelt_counts_file = row.file
}
WITH collect(CASE WHEN old IS NULL THEN row.id END) AS created,
     collect(CASE WHEN old IS NOT NULL AND old.gdelt_file <> row.file THEN row.id END)
       AS revised
RETURN created, revised
"""

#: ``$rows``: the writer's claim rows of new events (``WRITE_EVENTS`` created them in this
#: transaction), each with its one piece of evidence (``evidence``: the writer's evidence
#: row, whose id names the event) and its outlet, both new with the event; the source and
#: the outlet are written before. A claim or evidence id already taken fails the batch.
WRITE_CLAIMS: LiteralString = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event}), (m:Actor {id: row.asserted_by[0]}),
      (s:Source {id: row.evidence.source})
CREATE (ev:Evidence {id: row.evidence.id})
SET ev += row.evidence.props
CREATE (c:Claim {id: row.id})
SET c += row.props
CREATE (ev)-[:FROM_SOURCE]->(s), (c)-[:ABOUT]->(e), (c)-[:ASSERTED_BY]->(m),
       (c)-[:SUPPORTED_BY]->(ev)
"""

#: ``$rows``: ``{actor, event, role}`` of new events.
WRITE_PARTICIPANTS: LiteralString = """
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor}), (e:Event {id: row.event})
CREATE (a)-[:PARTICIPANT {role: row.role}]->(e)
"""

#: Parameters: ``$pairs`` (``{a, b, roots}``: actor1 id, actor2 id and the CAMEO root codes
#: to recompute), ``$cap`` (list length limit), ``$root_labels`` (CAMEO root code ->
#: label), ``$certainty``, ``$certainty_rank``. Returns one row per edge written, with its
#: ``key``. The events of a pair are found once, from the pair's two actors.
PROJECT_INTERACTIONS: LiteralString = """
UNWIND $pairs AS pair
MATCH (a:Actor {id: pair.a}), (b:Actor {id: pair.b})
CALL (a, b, pair) {
  CALL (a, b, pair) {
    // from the side with fewer events: a state takes part in thousands, a place in few
    WITH a, b, pair
    WHERE COUNT { (a)-[:PARTICIPANT]->() } <= COUNT { (b)-[:PARTICIPANT]->() }
    MATCH (a)-[:PARTICIPANT {role: 'actor1'}]->(e:Event)
    WHERE e.event_root_code IN pair.roots
      AND EXISTS { (e)<-[:PARTICIPANT {role: 'actor2'}]-(b) }
    RETURN e
    UNION
    WITH a, b, pair
    WHERE COUNT { (a)-[:PARTICIPANT]->() } > COUNT { (b)-[:PARTICIPANT]->() }
    MATCH (b)-[:PARTICIPANT {role: 'actor2'}]->(e:Event)
    WHERE e.event_root_code IN pair.roots
      AND EXISTS { (e)<-[:PARTICIPANT {role: 'actor1'}]-(a) }
    RETURN e
  }
  WITH e WHERE e.type = 'coded' AND e.gdelt_id IS NOT NULL
  WITH e ORDER BY e.date DESC, e.id ASC
  WITH e.event_root_code AS root, collect(e) AS events
  WITH root, events, events[..$cap] AS shown
  CALL (shown) {
    UNWIND range(0, size(shown) - 1) AS i
    WITH i, shown[i] AS e
    OPTIONAL MATCH (c:Claim)-[:ABOUT]->(e)
    OPTIONAL MATCH (c)-[:SUPPORTED_BY]->(ev:Evidence)
    OPTIONAL MATCH (c)-[:ASSERTED_BY]->(m:Actor)
    // the lists follow the events' order (newest first), then ids: any load order gives
    // the same lists, also when the cap cuts them (an event with many mentions)
    WITH c, ev, m ORDER BY i, c.id, ev.id, m.id
    RETURN collect(DISTINCT c.id)[..$cap] AS claim_ids,
           collect(DISTINCT ev.id)[..$cap] AS evidence_ids,
           collect(DISTINCT ev.source_id)[..$cap] AS source_ids,
           collect(DISTINCT m.id)[..$cap] AS asserted_by
  }
  RETURN root, size(events) AS n, events[-1].date AS first, events[0].date AS last,
         [x IN shown | x.id] AS event_ids, claim_ids, evidence_ids, source_ids, asserted_by,
         reduce(t = 0, x IN events | t + coalesce(x.num_mentions, 0)) AS mentions,
         reduce(t = 0.0, x IN events | t + coalesce(x.goldstein, 0.0)) AS goldstein_sum,
         reduce(t = 0.0, x IN events | t + coalesce(x.avg_tone, 0.0)) AS tone_sum
}
WITH a, b, root, n, first, last, event_ids, claim_ids, evidence_ids, source_ids,
     asserted_by, mentions, goldstein_sum, tone_sum
WHERE n > 0
MERGE (a)-[r:INTERACTED_WITH {key: 'gdelt:INTERACTED_WITH:' + root + ':' + a.id + ':' + b.id}]
      ->(b)
SET r += {
  source: 'gdelt',
  root_code: root,
  root_label: $root_labels[root],
  count: n,
  first_date: first,
  last_date: last,
  valid_from: first,
  valid_to: last,
  date_precision: CASE WHEN first = last THEN 'day' ELSE 'range' END,
  date_inferred: false,
  certainty: $certainty,
  certainty_rank: $certainty_rank,
  asserted_by: asserted_by,
  claim_id: null,
  event_id: CASE WHEN n = 1 THEN event_ids[0] ELSE null END,
  event_ids: event_ids,
  claim_ids: claim_ids,
  evidence_ids: evidence_ids,
  source_ids: source_ids,
  num_mentions: mentions,
  goldstein_mean: goldstein_sum / n,
  avg_tone_mean: tone_sum / n
}
RETURN r.key AS key
"""
