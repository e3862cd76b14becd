"""Cypher of the article feed and its review queue (``geokg articles sync``, ``/drafts``).

Three labels, outside the graph's model (no relationship joins them to actors, events or
claims, so no graph query, path or picture reaches them):

* ``(:Draft {id})`` — one story: its draft extraction document (JSON text), what the
  reviewer should check, its canonical URL, content hash and shingles, and its fate:
  ``status`` pending | approved | rejected | loaded (``--load``: in the graph, unreviewed);
* ``(:ArticlePage {url})`` — a URL (tracking parameters removed) sync has dealt with:
  ``status`` draft | duplicate | failed | skipped, ``story`` (the Draft id it belongs to),
  ``reason``, ``retry`` (a failure worth another try when the URL shows up again);
* ``(:ArticleFeed {url})`` — a followed feed's ``etag`` and ``last_modified``.
"""

from typing import LiteralString

# --- feeds -------------------------------------------------------------------------------

#: Parameters: ``$url``. Returns the feed's ``etag`` and ``last_modified`` (no row: new).
FEED_STATE: LiteralString = """
MATCH (f:ArticleFeed {url: $url})
RETURN f.etag AS etag, f.last_modified AS last_modified
"""

#: Parameters: ``$url``, ``$etag``, ``$last_modified``, ``$title``, ``$items``.
SAVE_FEED: LiteralString = """
MERGE (f:ArticleFeed {url: $url})
SET f.etag = $etag, f.last_modified = $last_modified, f.title = coalesce($title, f.title),
    f.items = $items, f.fetched_at = datetime()
"""

# --- pages and stories ---------------------------------------------------------------------

#: Parameters: ``$urls``. Returns each recorded page's state.
SEEN_PAGES: LiteralString = """
UNWIND $urls AS url
MATCH (p:ArticlePage {url: url})
RETURN p.url AS url, p.status AS status, p.retry AS retry, p.story AS story,
       p.reason AS reason
"""

#: Parameters: ``$urls`` (the page's canonical and final URLs), ``$hash`` (content hash of
#: its folded text), ``$query`` (its sketch words separated by spaces; '' for none),
#: ``$limit``. One round trip: the earliest story with one of those URLs, else with that
#: text, else the stories sharing most sketch words with their shingles (for the exact
#: overlap).
STORY_LOOKUP: LiteralString = """
OPTIONAL MATCH (u:Draft) WHERE u.canonical_url IN $urls
WITH u ORDER BY u.created_at LIMIT 1
OPTIONAL MATCH (h:Draft {content_hash: $hash})
WITH u, h ORDER BY h.created_at LIMIT 1
CALL (u, h) {
  WITH u, h WHERE u IS NULL AND h IS NULL AND $query <> ''
  CALL db.index.fulltext.queryNodes('draft_sketch', $query, {limit: $limit})
  YIELD node
  RETURN collect(node {.id, .url, .canonical_url, .shingles}) AS candidates
}
RETURN u {.id, .url, .canonical_url} AS by_url, h {.id, .url} AS by_hash, candidates
"""

#: Parameters: ``$draft`` (every property of the new Draft, ``id`` included). Creates it
#: unless a Draft with that id exists; returns ``created``.
CREATE_DRAFT: LiteralString = """
MERGE (d:Draft {id: $draft.id})
ON CREATE SET d += $draft, d.created_at = datetime(), d.new = true
WITH d, coalesce(d.new, false) AS created
REMOVE d.new
RETURN created
"""

#: Parameters: ``$rows`` ({url, props}). A page seen again keeps one node, updated.
RECORD_PAGES: LiteralString = """
UNWIND $rows AS row
MERGE (p:ArticlePage {url: row.url})
SET p += row.props, p.fetched_at = datetime()
"""

# --- the queue -----------------------------------------------------------------------------

_SUMMARY: LiteralString = """d {.id, .status, .title, .url, .publisher, .published, .language,
       .feed, .source_id, .decided_by, .reason,
       created_at: toString(d.created_at), decided_at: toString(d.decided_at),
       counts: {actors_linked: d.actors_linked, actors_new: d.actors_new,
                events: d.events, claims: d.claims, review: d.review_count}}"""

#: Parameters: ``$status`` (or null for all), ``$offset``, ``$limit``. Pending first, then
#: newest first; each with its number of copies found elsewhere.
LIST_DRAFTS: LiteralString = """
MATCH (d:Draft)
WHERE $status IS NULL OR d.status = $status
WITH d ORDER BY CASE d.status WHEN 'pending' THEN 0 ELSE 1 END, d.created_at DESC, d.id
SKIP $offset LIMIT $limit
RETURN """ + _SUMMARY + """ AS draft,
       COUNT { MATCH (p:ArticlePage {story: d.id}) WHERE p.status = 'duplicate' } AS copies
"""

#: Number of drafts per status.
COUNT_DRAFTS: LiteralString = """
MATCH (d:Draft)
RETURN d.status AS status, count(*) AS n
"""

#: Parameters: ``$id``. The draft's summary, its documents and notes, and its copies.
GET_DRAFT: LiteralString = """
MATCH (d:Draft {id: $id})
RETURN """ + _SUMMARY + """ AS draft,
       d {.document, .draft_document, .review, .warnings, .linked_actors, .new_actors,
          .fetched_url, .final_url, .canonical_url, .content_hash} AS detail,
       COLLECT {
         MATCH (p:ArticlePage {story: d.id}) WHERE p.status = 'duplicate'
         RETURN p {.url, .final_url, .why, .overlap, .feed} AS copy ORDER BY copy.url
       } AS copies
"""

#: Parameters: ``$id``, ``$from`` (statuses that may change), ``$to``, ``$by``, ``$reason``,
#: ``$decided`` (true: record by, reason and the time). The draft is locked before its
#: status is read, so two processes never both move it. Returns ``before`` (the status it
#: had) and ``changed``.
MOVE_DRAFT: LiteralString = """
MATCH (d:Draft {id: $id})
SET d.touched_at = datetime()
WITH d, d.status AS before
WITH d, before, before IN $from AS changed
SET d.status = CASE WHEN changed THEN $to ELSE before END,
    d.decided_by = CASE WHEN changed AND $decided THEN $by ELSE d.decided_by END,
    d.decided_at = CASE WHEN changed AND $decided THEN datetime() ELSE d.decided_at END,
    d.reason = CASE WHEN changed AND $decided THEN $reason ELSE d.reason END
RETURN before, changed
"""

#: Parameters: ``$id``, ``$document`` (JSON text loaded), ``$draft_document`` (the draft
#: as it was, when the reviewer edited it; else null).
KEEP_LOADED_DOCUMENT: LiteralString = """
MATCH (d:Draft {id: $id})
SET d.draft_document = coalesce($draft_document, d.draft_document),
    d.document = $document
"""

#: Parameters: ``$ids`` (Source ids), ``$reviewed``, ``$by``, ``$draft``. Marks the sources
#: of a loaded draft: approved by a person (reviewed true, who and when) or loaded
#: unreviewed by ``--load`` (reviewed false).
MARK_SOURCES: LiteralString = """
UNWIND $ids AS sid
MATCH (s:Source {id: sid})
SET s.reviewed = $reviewed, s.draft = $draft,
    s.reviewed_by = CASE WHEN $reviewed THEN $by ELSE null END,
    s.reviewed_at = CASE WHEN $reviewed THEN datetime() ELSE null END
RETURN count(s) AS marked
"""
