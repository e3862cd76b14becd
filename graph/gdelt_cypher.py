"""Cypher of the GDELT loader: the aggregated ``INTERACTED_WITH`` projection.

GDELT events are ``coded`` events with participants in roles ``actor1`` and ``actor2``.
For analysts and path queries they are summarised into one ``INTERACTED_WITH`` edge per
(actor1, actor2, CAMEO root code), recomputed from every GDELT event of that triple in the
graph, so loading the same file twice (or files in any order) gives the same edge.
"""

from typing import LiteralString

#: Parameters: ``$event_ids`` (events just written), ``$cap`` (list length limit),
#: ``$root_labels`` (CAMEO root code -> label), ``$certainty``, ``$certainty_rank``.
#: Returns one row per edge written, with its ``key``.
PROJECT_INTERACTIONS: LiteralString = """
UNWIND $event_ids AS eid
MATCH (a:Actor)-[:PARTICIPANT {role: 'actor1'}]->(s:Event {id: eid})
      <-[:PARTICIPANT {role: 'actor2'}]-(b:Actor)
WHERE a <> b AND s.event_root_code IS NOT NULL
WITH DISTINCT a, b, s.event_root_code AS root
CALL (a, b, root) {
  MATCH (a)-[:PARTICIPANT {role: 'actor1'}]->(e:Event {type: 'coded'})
        <-[:PARTICIPANT {role: 'actor2'}]-(b)
  WHERE e.event_root_code = root AND e.gdelt_id IS NOT NULL
  WITH e ORDER BY e.date DESC, e.id ASC
  WITH collect(e) AS events
  WITH events, events[..$cap] AS shown
  CALL (shown) {
    UNWIND shown AS e
    OPTIONAL MATCH (c:Claim)-[:ABOUT]->(e)
    OPTIONAL MATCH (c)-[:SUPPORTED_BY]->(ev:Evidence)
    OPTIONAL MATCH (c)-[:ASSERTED_BY]->(m:Actor)
    RETURN collect(DISTINCT c.id)[..$cap] AS claim_ids,
           collect(DISTINCT ev.id)[..$cap] AS evidence_ids,
           collect(DISTINCT ev.source_id)[..$cap] AS source_ids,
           collect(DISTINCT m.id)[..$cap] AS asserted_by
  }
  RETURN size(events) AS n, events[-1].date AS first, events[0].date AS last,
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
