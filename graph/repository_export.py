"""Reads of the exports (``exports/``): actors with identifiers and aliases, the sources
and events behind edges, and the whole graph page by page.

Plain dicts out, only ``graph.errors`` raised, as in ``graph.repository``. Every read is
bounded by its arguments (a list of ids, a page size), so ``--all`` exports of any size
run in many short transactions, never one that holds the graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, LiteralString

import neo4j
from neo4j import RoutingControl

from graph import export_cypher as xq
from graph.db import Database, translate_errors
from graph.repository import EdgeFilter

Row = dict[str, Any]


def actor_details(db: Database, ids: Iterable[str]) -> dict[str, Row]:
    """``{actor id: export node}`` for the ids that are actors (others are left out).

    An export node is ``{id, label: "Actor", name, kind, country, country_iso3,
    description, iso3, cameo, wikidata, aliases}``.
    """
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return {r["actor"]["id"]: r["actor"] for r in db.read(xq.ACTORS_BY_ID, {"ids": wanted})}


def actors_page(db: Database, after: str, limit: int) -> list[Row]:
    """The next ``limit`` actors after the id ``after`` ('' for the first), by id."""
    return [r["actor"] for r in db.read(xq.ACTORS_PAGE, {"after": after, "limit": limit})]


def actor_count(db: Database) -> int:
    """How many actors the graph holds."""
    return int(db.read(xq.ACTOR_COUNT)[0]["n"])


def source_details(db: Database, ids: Iterable[str]) -> dict[str, Row]:
    """``{source id: {id, url, title, publisher, published, language}}``."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    return {r["id"]: r for r in db.read(xq.SOURCES_BY_ID, {"ids": wanted})}


def event_details(db: Database, ids: Iterable[str]) -> dict[str, Row]:
    """``{event id: {id, type, summary, date, date_end, location, participants}}``;
    ``participants`` are ``{actor, role}``."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    return {r["id"]: r for r in db.read(xq.EVENTS_BY_ID, {"ids": wanted})}


def iter_actor_pages(db: Database, page_size: int) -> Iterator[list[Row]]:
    """Every actor, in pages of ``page_size`` by id (one short read per page)."""
    after = ""
    while True:
        page = actors_page(db, after, page_size)
        if not page:
            return
        yield page
        if len(page) < page_size:
            return
        after = page[-1]["id"]


def iter_edges_from(db: Database, actor_ids: list[str], filters: EdgeFilter,
                    page_size: int, timeout: float | None = None) -> Iterator[list[Row]]:
    """The filtered edges starting at ``actor_ids``, in pages of at most ``page_size``
    edges (a hub's edges too), as the API's edge maps, by start actor and key.

    Raises QueryTimedOut when one page takes longer than ``timeout`` seconds (default:
    the read timeout setting).
    """
    query = xq.edges_from(filters.corroborated)
    after_actor, after_key = "", ""
    while True:
        rows = _read_plain(db, query, {"ids": actor_ids, "after_actor": after_actor,
                                       "after_key": after_key, "limit": page_size,
                                       **filters.params()}, timeout)
        if not rows:
            return
        yield [r[2] for r in rows]
        if len(rows) < page_size:
            return
        after_actor, after_key = rows[-1][0], rows[-1][1]


def _read_plain(db: Database, query: LiteralString, params: dict[str, Any],
                timeout: float | None) -> list[tuple[Any, ...]]:
    """``Database.read`` for queries that return only maps, lists and scalars: the values
    as the driver decoded them, without ``Record.data()``'s walk over every nested value
    (a third of an ``--all`` export's time, measured with cProfile on 97,000 edges)."""
    limit = db.settings.neo4j_read_timeout_s if timeout is None else timeout
    with translate_errors():
        records, _, _ = db.driver.execute_query(
            neo4j.Query(query, timeout=limit), params, database_=db.name,
            routing_=RoutingControl.READ)
    return [tuple(r) for r in records]
