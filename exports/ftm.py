"""FollowTheMoney entities (Aleph, OpenSanctions, ``ftm`` tools) as JSON lines, built and
validated with the ``followthemoney`` library: one entity per line.

What becomes what:

- actors: ``state`` and ``government_body`` are ``PublicBody``; ``person`` is ``Person``;
  ``organization``, ``alliance``, ``group`` and ``media`` are ``Organization``;
  ``location`` is ``Territory``; any other kind ``LegalEntity``. ``name``, ``alias``
  (the other names), ``country`` (a state's own ISO code, else its country's),
  ``wikidataId``, ``description``, and as ``keywords`` values the graph's kind
  (``kind:alliance``) and the CAMEO code (``CAMEO:<code>``);
- roles: a person's office (``HEAD_OF_STATE_OF``, ``FOREIGN_MINISTER_OF``...) is an
  ``Occupancy`` of a ``Position`` ("Foreign minister of Russia", its ``organization``
  the state); ``MEMBER_OF``, ``PART_OF``, ``MINISTRY_OF``, ``LEGISLATURE_OF`` are a
  ``Membership``; the rest (and a role whose ends do not fit those) an ``UnknownLink``;
- relations (``MET_WITH``, ``SUPPLIED_ARMS_TO``...): an ``UnknownLink`` from the edge's
  source to its target;
- every link: ``role`` (the relation type as the graph names it), ``startDate`` /
  ``endDate`` (its validity), ``status`` (its certainty: confirmed, reported, alleged,
  denied), ``description`` (certainty, asserters, source count, contested, the quotes'
  languages), ``summary`` (each quote), ``sourceUrl`` and ``publisher`` of the quotes'
  sources, ``proof`` (the sources as ``Article`` entities) and ``recordId`` (the edge's
  key in the graph);
- events behind edges: an ``Event`` (its summary or type as ``name``, dates, location)
  with its ``involved`` actors, and each quote about it as a ``Documentation`` of the
  event by its source's ``Article`` (``summary`` the quote, ``description`` the English
  gloss, ``role`` ``quote (<language>)``);
- sources: an ``Article`` (title, url, publisher, date, language).

Ids are stable across exports: ``geokg-<what>-<the graph's id>`` when that id is a valid
FollowTheMoney id, else ``geokg-<what>-<sha1 of it>``; links and documentation hash
the edge's key and the quote. A node of a Cypher result that is not an actor (an event,
a claim, a source) is left out, and so are edges to it.

A link, event or article is written once per page of an export. An ``--all`` export
reads many pages, so an event whose edges start at actors of two pages, or a source
quoted in both, is written twice with the same id: FollowTheMoney's entity fragments,
which ``ftm aggregate`` (and Aleph, and ``followthemoney-store``) merge into one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, BinaryIO

import orjson
from followthemoney import model, registry
from followthemoney.exc import InvalidData
from followthemoney.proxy import EntityProxy

from exports.model import Evidence, ExportEdge, ExportNode
from exports.subgraphs import Export
from graph.errors import GeokgError
from graph.schema import RoleType

#: Schema of an actor by its kind.
ACTOR_SCHEMA: dict[str, str] = {
    "state": "PublicBody", "government_body": "PublicBody", "person": "Person",
    "organization": "Organization", "alliance": "Organization", "group": "Organization",
    "media": "Organization", "location": "Territory",
}
DEFAULT_SCHEMA = "LegalEntity"

#: A person's offices: an Occupancy of a Position named "<words> of <organisation>".
OFFICES: dict[str, str] = {
    RoleType.HEAD_OF_STATE_OF: "Head of state",
    RoleType.HEAD_OF_GOVERNMENT_OF: "Head of government",
    RoleType.FOREIGN_MINISTER_OF: "Foreign minister",
    RoleType.MINISTER_OF: "Minister",
    RoleType.LEADER_OF: "Leader",
    RoleType.SPOKESPERSON_OF: "Spokesperson",
}
#: Roles that are a Membership of the target organisation.
MEMBERSHIPS = frozenset({RoleType.MEMBER_OF, RoleType.PART_OF, RoleType.MINISTRY_OF,
                         RoleType.LEGISLATURE_OF})

def ftm_id(what: str, natural: str) -> str:
    """A stable entity id for the graph's ``natural`` id of a ``what`` (actor, event...)."""
    candidate = f"geokg-{what}-{natural}"
    if len(candidate) <= 200 and registry.entity.validate(candidate):
        return candidate
    return f"geokg-{what}-{hashlib.sha1(natural.encode('utf-8')).hexdigest()}"


def _hash_id(what: str, *parts: str | None) -> str:
    text = "\x1f".join(p or "" for p in parts)
    return f"geokg-{what}-{hashlib.sha1(text.encode('utf-8')).hexdigest()}"


def _words(relation: str) -> str:
    return relation.replace("_", " ").lower()


class _Page:
    """The entities of one page, merged by id before they are written."""

    def __init__(self) -> None:
        self.entities: dict[str, EntityProxy] = {}
        self._shared: set[int] = set()  # entities the writer reuses: merged into a copy

    def add(self, proxy: EntityProxy, shared: bool = False) -> EntityProxy:
        """Add ``proxy`` (``shared``: the writer keeps and reuses it, it is never changed
        here); an entity of the same id already on the page gets its values."""
        assert proxy.id is not None
        seen = self.entities.get(proxy.id)
        if seen is None:
            self.entities[proxy.id] = proxy
            if shared:
                self._shared.add(id(proxy))
            return proxy
        if seen is proxy:
            return seen
        if id(seen) in self._shared:
            self._shared.discard(id(seen))
            seen = self.entities[proxy.id] = seen.clone()
        seen.merge(proxy)
        return seen


class FtmWriter:
    """Turns export nodes and edges into FollowTheMoney entities."""

    def __init__(self) -> None:
        #: actor id -> (entity id, schema name, name) of the actors written so far
        self.actors: dict[str, tuple[str, str, str]] = {}

    # --- actors ---------------------------------------------------------------------

    def actor(self, node: ExportNode) -> EntityProxy | None:
        """The entity of an actor node (None for other nodes: events, claims...)."""
        if node.label != "Actor":
            return None
        schema = ACTOR_SCHEMA.get(node.kind or "", DEFAULT_SCHEMA)
        proxy = model.make_entity(schema)
        proxy.id = ftm_id("actor", node.id)
        name = node.name or node.id
        proxy.add("name", name)
        proxy.add("alias", [a for a in node.aliases if a != name])
        country = node.iso3 if node.kind == "state" else node.country_iso3
        proxy.add("country", country or node.iso3)
        proxy.add("wikidataId", node.wikidata)
        proxy.add("description", node.description)
        proxy.add("keywords", f"kind:{node.kind}" if node.kind else None)
        if node.cameo:
            proxy.add("keywords", f"CAMEO:{node.cameo}")
        self.actors[node.id] = (proxy.id, schema, name)
        return proxy

    # --- edges ----------------------------------------------------------------------

    def edge(self, edge: ExportEdge, page: _Page) -> None:
        """Add the entities of one edge (its link, sources, event, documentation)."""
        start, end = self.actors.get(edge.source), self.actors.get(edge.target)
        if start is None or end is None:
            return
        articles = [page.add(self.article(e), shared=True)
                    for e in edge.evidence if e.source_id]
        link = self._link(edge, start, end, page)
        link.id = _hash_id("link", edge.id)
        if "role" in link.schema.properties:  # an Occupancy's role is its Position's name
            link.add("role", edge.type)
        link.add("startDate", edge.valid_from)
        link.add("endDate", edge.valid_to)
        link.add("status", edge.certainty)
        link.add("recordId", edge.id)
        link.add("description", self._describe(edge))
        link.add("summary", [e.quote for e in edge.evidence if e.quote])
        link.add("sourceUrl", [_clean_url(e.source_url) for e in edge.evidence
                               if e.source_url], cleaned=True)
        link.add("publisher", [e.publisher for e in edge.evidence if e.publisher])
        link.add("proof", [a.id for a in articles])
        page.add(link)
        if edge.event is not None:
            self._event(edge, page)

    def _link(self, edge: ExportEdge, start: tuple[str, str, str],
              end: tuple[str, str, str], page: _Page) -> EntityProxy:
        start_schema, end_schema = model.get(start[1]), model.get(end[1])
        assert start_schema is not None and end_schema is not None
        if (edge.type in OFFICES and start_schema.is_a("Person")
                and end_schema.is_a("Organization")):
            post = model.make_entity("Position")
            post.id = _hash_id("position", edge.type, end[0])
            post.add("name", f"{OFFICES[edge.type]} of {end[2]}")
            post.add("organization", end[0])
            page.add(post)
            link = model.make_entity("Occupancy")
            link.add("holder", start[0])
            link.add("post", post.id)
            return link
        if (edge.type in MEMBERSHIPS and start_schema.is_a("LegalEntity")
                and end_schema.is_a("Organization")):
            link = model.make_entity("Membership")
            link.add("member", start[0])
            link.add("organization", end[0])
            return link
        link = model.make_entity("UnknownLink")
        link.add("subject", start[0])
        link.add("object", end[0])
        return link

    def _describe(self, edge: ExportEdge) -> str:
        parts = [f"{edge.type}", f"certainty: {edge.certainty or 'unknown'}"]
        if edge.asserted_by:
            parts.append("asserted by: " + ", ".join(edge.asserted_by))
        parts.append(f"sources: {edge.sources}")
        if edge.contested:
            parts.append("contested")
        languages = sorted({e.language for e in edge.evidence if e.language})
        if languages:
            parts.append("quote languages: " + ", ".join(languages))
        return "; ".join(parts)

    def _event(self, edge: ExportEdge, page: _Page) -> None:
        ev = edge.event
        assert ev is not None
        event = model.make_entity("Event")
        event.id = ftm_id("event", ev.id)
        event.add("name", ev.summary or f"{ev.type or 'event'} {ev.id}")
        event.add("summary", ev.summary)
        event.add("startDate", ev.date)
        event.add("endDate", ev.date_end if ev.date_end != ev.date else None)
        event.add("location", ev.location)
        event.add("keywords", ev.type)
        event.add("recordId", ev.id)
        for actor_id in (*ev.participants, edge.source, edge.target):
            found = self.actors.get(actor_id)
            if found is not None and model.get(found[1]).is_a("LegalEntity"):  # type: ignore[union-attr]
                event.add("involved", found[0])
        event = page.add(event)
        for e in edge.evidence:
            if not e.source_id or not e.quote:
                continue
            doc = model.make_entity("Documentation")
            doc.id = _hash_id("doc", ev.id, e.source_id, e.quote)
            doc.add("document", ftm_id("source", e.source_id))
            doc.add("entity", event.id)
            doc.add("role", f"quote ({e.language})" if e.language else "quote")
            doc.add("summary", e.quote)
            doc.add("description", e.gloss)
            doc.add("sourceUrl", _clean_url(e.source_url) if e.source_url else None,
                    cleaned=True)
            page.add(doc)

    def article(self, e: Evidence) -> EntityProxy:
        """The Article entity of an evidence's source (one object per distinct source
        and language: callers must not change it)."""
        assert e.source_id is not None
        return _article(e.source_id, e.source_title, e.source_url, e.publisher,
                        e.published, e.language)


# A source's Article and its cleaned url are built once for all the quotes of that source
# (cleaning urls and dates again for each quote took a third of an --all export's time,
# cProfile on 6,000 edges); the caches are bounded, so is an export's memory.
@lru_cache(maxsize=4096)
def _article(source_id: str, title: str | None, url: str | None, publisher: str | None,
             published: str | None, language: str | None) -> EntityProxy:
    art = model.make_entity("Article")
    art.id = ftm_id("source", source_id)
    art.add("title", title)
    art.add("name", title or source_id)
    art.add("sourceUrl", url)
    art.add("publisher", publisher)
    art.add("publishedAt", published)
    art.add("language", language)
    return art


@lru_cache(maxsize=4096)
def _clean_url(url: str) -> str | None:
    return registry.url.clean(url)


def checked(proxy: EntityProxy) -> dict[str, Any]:
    """The entity as a dict, validated by its schema (values, required properties).

    Raises GeokgError when followthemoney refuses it (a bug in the mapping, never input).
    """
    data = proxy.to_dict()
    try:
        proxy.schema.validate(data)  # type: ignore[arg-type]
    except InvalidData as exc:
        raise GeokgError(f"FollowTheMoney refused entity {proxy.id}: {exc}") from None
    missing = [p for p in proxy.schema.required if not proxy.get(p)]
    if missing:
        raise GeokgError(f"FollowTheMoney entity {proxy.id} ({proxy.schema.name}) lacks "
                         + ", ".join(missing))
    return data


def _lines(entities: Iterable[EntityProxy]) -> bytes:
    return b"".join(orjson.dumps(checked(p)) + b"\n" for p in entities)


def write(export: Export, out: BinaryIO) -> tuple[int, int]:
    """Write ``export`` as FollowTheMoney JSON lines; return (actors, edges) written."""
    writer = FtmWriter()
    nodes = edges = 0
    for page in export.node_pages():
        entities = [p for p in (writer.actor(n) for n in page) if p is not None]
        out.write(_lines(entities))
        nodes += len(entities)
    for epage in export.edge_pages():
        collected = _Page()
        for edge in epage:
            before = len(collected.entities)
            writer.edge(edge, collected)
            edges += len(collected.entities) > before
        out.write(_lines(collected.entities.values()))
    return nodes, edges
