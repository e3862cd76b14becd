"""What every export format carries, and how lists become text where a format has none.

A node of an export (``ExportNode``) is an actor with its kind, name, identifiers
(ISO 3166 alpha-3, CAMEO, Wikidata), aliases, country and description, or another node
of a Cypher result (an event, a source...) with what the API's node contract has. An
edge (``ExportEdge``) is the API's edge contract with the evidence's source url,
publisher and date added: type, certainty, validity, asserters, each quote with its
language and gloss, the claim and event it comes from, and its corroboration (how many
sources, contested or not).

Flat formats (GraphML, GEXF, CSV) hold one value per column: ``node_columns`` and
``edge_columns`` say which, with their type. A list becomes one string, its items joined
by ``LIST_DELIMITER`` (``|``); a ``|`` or ``\\`` inside an item is escaped with a
backslash (``\\|``, ``\\\\``), so ``split_list`` gives the items back exactly. The
evidence columns are parallel lists: item *i* of ``evidence_quotes``,
``evidence_languages``, ``evidence_glosses``, ``evidence_source_ids`` and
``evidence_source_urls`` describe the same quote (an unknown value is an empty item).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

#: Between the items of a list in one text value (GraphML, GEXF, CSV).
LIST_DELIMITER = "|"
_ESCAPE = "\\"

ColumnType = Literal["string", "int", "bool"]


def join_list(items: Iterable[Any]) -> str:
    """The items as one string: joined by ``|``, a ``|`` or ``\\`` inside an item escaped
    with a backslash. ``None`` items become empty ones."""
    return LIST_DELIMITER.join(
        ("" if x is None else str(x)).replace(_ESCAPE, _ESCAPE * 2)
        .replace(LIST_DELIMITER, _ESCAPE + LIST_DELIMITER)
        for x in items)


def split_list(text: str | None) -> list[str]:
    """The items of a ``join_list`` string (``[]`` for an empty or missing one)."""
    if not text:
        return []
    items: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == _ESCAPE and i + 1 < len(text):
            current.append(text[i + 1])
            i += 2
            continue
        if char == LIST_DELIMITER:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
        i += 1
    items.append("".join(current))
    return items


@dataclass(frozen=True)
class Evidence:
    """One quote behind an edge, with its source."""

    quote: str | None
    language: str | None = None
    gloss: str | None = None
    source_id: str | None = None
    source_title: str | None = None
    source_url: str | None = None
    publisher: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class EventInfo:
    """The event an edge summarises (FollowTheMoney writes it as an Event)."""

    id: str
    type: str | None = None
    summary: str | None = None
    date: str | None = None
    date_end: str | None = None
    location: str | None = None
    participants: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExportNode:
    """An actor (or another node of a Cypher result) with what identifies it."""

    id: str
    name: str | None = None
    kind: str | None = None
    label: str = "Actor"
    country: str | None = None
    country_iso3: str | None = None
    iso3: str | None = None
    cameo: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    description: str | None = None


@dataclass(frozen=True)
class ExportEdge:
    """An actor–actor edge (or a relationship of a Cypher result) with its evidence."""

    id: str
    type: str
    source: str
    target: str
    certainty: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    date_precision: str | None = None
    asserted_by: tuple[str, ...] = ()
    claim_id: str | None = None
    event_id: str | None = None
    sources: int = 0
    contested: bool = False
    evidence: tuple[Evidence, ...] = ()
    event: EventInfo | None = None


@dataclass
class ExportMeta:
    """What the file is of: a title, the command or request that made it, and whether the
    server's caps cut the subgraph (``truncated``)."""

    title: str
    query: str
    truncated: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


# --- columns of the flat formats ---------------------------------------------------------

#: (column, type) of a node in GraphML, GEXF and CSV, in this order.
NODE_COLUMNS: tuple[tuple[str, ColumnType], ...] = (
    ("name", "string"), ("kind", "string"), ("node_label", "string"),
    ("country", "string"), ("iso3", "string"), ("cameo", "string"),
    ("wikidata", "string"), ("aliases", "string"), ("description", "string"),
)

#: (column, type) of an edge in GraphML, GEXF and CSV, in this order. ``relation`` is
#: the edge's type (``MET_WITH``...): Gephi keeps the name ``type`` for directed or not.
EDGE_COLUMNS: tuple[tuple[str, ColumnType], ...] = (
    ("relation", "string"), ("certainty", "string"), ("valid_from", "string"),
    ("valid_to", "string"), ("date_precision", "string"), ("asserted_by", "string"),
    ("claim_id", "string"), ("event_id", "string"), ("sources", "int"),
    ("contested", "bool"), ("evidence_quotes", "string"), ("evidence_languages", "string"),
    ("evidence_glosses", "string"), ("evidence_source_ids", "string"),
    ("evidence_source_urls", "string"),
)


def node_columns(node: ExportNode) -> dict[str, str | int | bool | None]:
    """The node's values by ``NODE_COLUMNS`` (lists joined; None when unknown)."""
    return {
        "name": node.name, "kind": node.kind, "node_label": node.label,
        "country": node.country, "iso3": node.iso3, "cameo": node.cameo,
        "wikidata": node.wikidata, "aliases": join_list(node.aliases) or None,
        "description": node.description,
    }


def edge_columns(edge: ExportEdge) -> dict[str, str | int | bool | None]:
    """The edge's values by ``EDGE_COLUMNS`` (lists joined; None when unknown)."""
    ev = edge.evidence

    def joined(values: list[str | None]) -> str | None:
        return join_list(values) if values else None

    return {
        "relation": edge.type, "certainty": edge.certainty, "valid_from": edge.valid_from,
        "valid_to": edge.valid_to, "date_precision": edge.date_precision,
        "asserted_by": join_list(edge.asserted_by) or None, "claim_id": edge.claim_id,
        "event_id": edge.event_id, "sources": edge.sources, "contested": edge.contested,
        "evidence_quotes": joined([e.quote for e in ev]),
        "evidence_languages": joined([e.language for e in ev]),
        "evidence_glosses": joined([e.gloss for e in ev]),
        "evidence_source_ids": joined([e.source_id for e in ev]),
        "evidence_source_urls": joined([e.source_url for e in ev]),
    }


# --- from the API's dicts ------------------------------------------------------------------


def node_from(row: Mapping[str, Any], details: Mapping[str, Any] | None = None) -> ExportNode:
    """An export node from the API's node contract and, for an actor, its export details
    (``graph.repository_export.actor_details``)."""
    d = details or {}
    return ExportNode(
        id=str(row["id"]), name=_text(d.get("name", row.get("name"))),
        kind=_text(d.get("kind", row.get("kind"))), label=str(row.get("label") or "Actor"),
        country=d.get("country"), country_iso3=d.get("country_iso3"), iso3=d.get("iso3"),
        cameo=d.get("cameo"), wikidata=d.get("wikidata"),
        aliases=tuple(str(a) for a in d.get("aliases") or ()),
        description=d.get("description"),
    )


def edge_from(row: Mapping[str, Any], sources: Mapping[str, Mapping[str, Any]],
              events: Mapping[str, Mapping[str, Any]] | None = None) -> ExportEdge:
    """An export edge from the API's edge contract, its evidence completed from
    ``sources`` (``graph.repository_export.source_details``) and its event from
    ``events`` when given."""
    evidence = []
    for e in row.get("evidence") or []:
        src = sources.get(e.get("source") or "", {})
        evidence.append(Evidence(
            quote=e.get("quote"), language=e.get("language"), gloss=e.get("gloss"),
            source_id=e.get("source"), source_title=e.get("source_title") or src.get("title"),
            source_url=src.get("url"), publisher=src.get("publisher"),
            published=src.get("published")))
    corroboration = row.get("corroboration") or {}
    event = None
    ev = (events or {}).get(row.get("event_id") or "")
    if ev:
        event = EventInfo(id=ev["id"], type=ev.get("type"), summary=ev.get("summary"),
                          date=ev.get("date"), date_end=ev.get("date_end"),
                          location=ev.get("location"),
                          participants=tuple(p["actor"] for p in ev.get("participants") or []))
    return ExportEdge(
        id=str(row["id"]), type=str(row["type"]), source=str(row["source"]),
        target=str(row["target"]), certainty=row.get("certainty"),
        valid_from=row.get("valid_from"), valid_to=row.get("valid_to"),
        date_precision=row.get("date_precision"),
        asserted_by=tuple(str(a) for a in row.get("asserted_by") or ()),
        claim_id=row.get("claim_id"), event_id=row.get("event_id"),
        sources=int(corroboration.get("sources") or 0),
        contested=bool(corroboration.get("contested")),
        evidence=tuple(evidence), event=event,
    )


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
