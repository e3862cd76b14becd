"""The graph as of a date, and what changed between two dates.

The rules (the same as ``cypher.EDGE_FILTER``; docs/analytics.md states them for users):

- an edge with neither ``valid_from`` nor ``valid_to`` is *undated*: it is in no dated
  picture (unless the caller includes undated edges, then it is in every one);
- an **event's edge** (``event_id`` set: a meeting, a signing, a deployment...) is in the
  picture as of ``D`` once the event is known to have happened by ``D``: the last day of
  its date (``valid_to``, else ``valid_from``) is on or before ``D``. A signing on
  2024-06-18/19 is there as of 2024-06-19, not as of 2024-06-18; an event dated only
  "2024" is there as of 2024-12-31. Events do not end: they stay in later pictures;
- a **role or relation edge** (no ``event_id``) is in the picture while it holds:
  ``valid_from <= D <= valid_to``, a missing bound being open.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

import networkx as nx

from graph.analytics.models import CertaintyChange, DiffCounts, DiffResult, EdgeChange
from graph.analytics.scope import Scope, invalid
from graph.schema import CERTAINTY_RANK

Edge = Mapping[str, Any]

_RANK = {c.value: rank for c, rank in CERTAINTY_RANK.items()}


def is_undated(e: Edge) -> bool:
    return e.get("valid_from") is None and e.get("valid_to") is None


def present_at(e: Edge, at: dt.date, include_undated: bool = False) -> bool:
    """True when the edge is in the picture as of ``at`` (module docstring)."""
    start: dt.date | None = e.get("valid_from")
    end: dt.date | None = e.get("valid_to")
    if start is None and end is None:
        return include_undated
    if e.get("event_id") is not None:
        last = end if end is not None else start
        return last is not None and last <= at
    return (start is None or start <= at) and (end is None or at <= end)


def overlaps(e: Edge, since: dt.date | None, until: dt.date | None,
             include_undated: bool = False) -> bool:
    """True when the edge's period meets the window ``[since, until]`` (open where None)."""
    start, end = e.get("valid_from"), e.get("valid_to")
    if start is None and end is None:
        return include_undated or (since is None and until is None)
    if end is None and e.get("event_id") is not None:
        end = start  # an event without a last day lasted one day
    if until is not None and start is not None and start > until:
        return False
    return not (since is not None and end is not None and end < since)


def passes(e: Edge, scope: Scope) -> bool:
    """True when an edge passes the scope's filters (``cypher.EDGE_FILTER`` in Python)."""
    if e.get("type") not in scope.types:
        return False
    if _RANK.get(str(e.get("certainty")), -1) < CERTAINTY_RANK[scope.min_certainty]:
        return False
    if scope.at is not None:
        return present_at(e, scope.at, scope.include_undated)
    if scope.dated:
        return overlaps(e, scope.since, scope.until, scope.include_undated)
    return True


def as_of(g: nx.MultiDiGraph, at: dt.date, include_undated: bool = False) -> nx.MultiDiGraph:
    """The subgraph of the edges present at ``at``, with their ends (and the centre, if any).

    Returns a new MultiDiGraph (a copy); ``graph["at"]`` is the date.
    """
    keep = [(u, v, k) for u, v, k, d in g.edges(keys=True, data=True)
            if present_at(d, at, include_undated)]
    sub = nx.MultiDiGraph(g.edge_subgraph(keep))
    center = g.graph.get("center")
    if center is not None and center in g and center not in sub:
        sub.add_node(center, **g.nodes[center])
    sub.graph.update(g.graph, at=at)
    return sub


def _certainties(edges: list[Edge]) -> list[str]:
    """The distinct certainties of some edges, surest first."""
    names = {str(e["certainty"]) for e in edges}
    return sorted(names, key=lambda c: (-_RANK.get(c, -1), c))


def _change(u: str, v: str, key: str, d: Edge) -> EdgeChange:
    return EdgeChange(key=key, source=u, target=v, type=d["type"], certainty=d["certainty"],
                      valid_from=d["valid_from"], valid_to=d["valid_to"],
                      event_id=d["event_id"], claim_id=d["claim_id"])


def check_order(at: dt.date, compare_to: dt.date, where: str = "") -> None:
    """Raise InvalidInput naming ``compare_to`` (after ``where``) unless ``at < compare_to``."""
    if not at < compare_to:
        raise invalid(f"{where}compare_to", f"must be after at ({at}), got {compare_to}")


def diff(g: nx.MultiDiGraph, at: dt.date, compare_to: dt.date) -> DiffResult:
    """What changed in the projected scope between ``at`` and ``compare_to``.

    - ``appeared``: edges present at ``compare_to`` and not at ``at``;
    - ``ended``: edges present at ``at`` and not at ``compare_to``;
    - ``changed``: (source, type, target) triples with edges present at both dates whose
      set of certainties differs (a claim confirmed, contested or withdrawn); the edges
      that made the difference are also in ``appeared`` or ``ended``.

    Undated edges are in neither picture, so never in the diff (counted in ``undated``).

    Raises InvalidInput naming ``compare_to`` unless ``at < compare_to``.
    """
    check_order(at, compare_to)
    before: dict[tuple[str, str, str], list[tuple[str, Edge]]] = defaultdict(list)
    after: dict[tuple[str, str, str], list[tuple[str, Edge]]] = defaultdict(list)
    appeared: list[EdgeChange] = []
    ended: list[EdgeChange] = []
    undated = unchanged = 0
    for u, v, key, d in sorted(g.edges(keys=True, data=True), key=lambda x: x[2]):
        if is_undated(d):
            undated += 1
            continue
        then, now = present_at(d, at), present_at(d, compare_to)
        triple = (u, str(d["type"]), v)
        if then:
            before[triple].append((key, d))
        if now:
            after[triple].append((key, d))
        if now and not then:
            appeared.append(_change(u, v, key, d))
        elif then and not now:
            ended.append(_change(u, v, key, d))
        elif then and now:
            unchanged += 1
    changed: list[CertaintyChange] = []
    for triple in sorted(before.keys() & after.keys()):
        was = _certainties([d for _, d in before[triple]])
        now_ = _certainties([d for _, d in after[triple]])
        if was != now_:
            keys_then = {k for k, _ in before[triple]}
            keys_now = {k for k, _ in after[triple]}
            changed.append(CertaintyChange(
                source=triple[0], type=triple[1], target=triple[2], before=was, after=now_,
                edges=sorted(keys_then ^ keys_now)))
    counts = DiffCounts(
        at=sum(len(x) for x in before.values()),
        compare_to=sum(len(x) for x in after.values()),
        appeared=len(appeared), ended=len(ended), changed=len(changed),
        unchanged=unchanged, undated=undated)
    return DiffResult(scope=dict(g.graph.get("scope", {})), at=at, compare_to=compare_to,
                      appeared=appeared, ended=ended, changed=changed, counts=counts)
