"""Query parameters shared by several routes: dates, edge filters, paging."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Depends, Path, Query

from api.models import ActorEdgeType, MinCertainty
from graph.dates import parse_partial_date
from graph.errors import InvalidInput
from graph.repository import EdgeFilter
from graph.schema import Certainty

ID_PATTERN = r"^[a-z0-9][a-z0-9._:-]*$"
#: YYYY, YYYY-MM or YYYY-MM-DD, year 0001 to 9999 (Python's dates have no year 0).
DATE_PATTERN = (r"^(000[1-9]|00[1-9]\d|0[1-9]\d{2}|[1-9]\d{3})"
                r"(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")

ActorId = Annotated[str, Path(pattern=ID_PATTERN, max_length=200,
                              description="Actor id, e.g. north-korea")]
OptActorId = Annotated[str | None, Query(pattern=ID_PATTERN, max_length=200)]

Limit = Annotated[int, Query(ge=1, le=1000, description="Page size")]
Offset = Annotated[int, Query(ge=0, le=100_000, description="Items to skip")]

_DATE_RULES = ("Years 0001 to 9999; a day that does not exist (2023-02-29, 2024-04-31) is "
               "a 422 naming the parameter.")
_SINCE_DOC = ("Keep what overlaps the period from this date on: YYYY, YYYY-MM or YYYY-MM-DD "
              "(a year or month means its first day). " + _DATE_RULES + " Must not be after "
              "`until` (that is a 422 naming `query.until`).")
_UNTIL_DOC = ("Keep what overlaps the period up to this date: YYYY, YYYY-MM or YYYY-MM-DD "
              "(a year or month means its last day). " + _DATE_RULES + " Must not be before "
              "`since` (422 naming `query.until`): since=2024-06&until=2024-06 is June 2024.")
_UNDATED_DOC = "With since/until: also keep what has no known date (left out by default)"

SinceText = Annotated[str | None, Query(pattern=DATE_PATTERN, description=_SINCE_DOC,
                                        examples=["2024-06"])]
UntilText = Annotated[str | None, Query(pattern=DATE_PATTERN, description=_UNTIL_DOC,
                                        examples=["2024-12"])]
IncludeUndated = Annotated[bool, Query(description=_UNDATED_DOC)]
MinSources = Annotated[int | None, Query(
    ge=1, le=10_000, description="Keep edges with at least this many distinct sources (as "
    "their `corroboration.sources` counts them); applies to every hop")]
Aggregate = Annotated[bool, Query(
    description="One edge per pair of actors, relation type and direction, with `count`, "
                "the certainty mix `by_certainty`, `first` / `last` dates, its sources and "
                "whether it is contested, and the `edge_ids` it stands for; fields at their "
                "default are left out (docs/api.md, Aggregated edges). Not with `format`: a "
                "file carries every edge.")]
ExcludeContested = Annotated[bool, Query(
    description="Leave out contested edges (`corroboration.contested`: some claim denies "
                "what another asserts); applies to every hop")]


def refuse_aggregate_with_format(aggregate: bool, format: object) -> None:
    """Raise InvalidInput naming ``query.aggregate`` when both are asked: an export
    (``format=``) carries every edge with its evidence, never aggregates."""
    if aggregate and format is not None:
        raise InvalidInput("aggregate=true does not apply to format=: a file carries every "
                           "edge with its evidence",
                           [{"location": "query.aggregate",
                             "message": "leave it out (or false) with format"}])


def parse_date(text: str | None, name: str, *, end: bool) -> dt.date | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as a date (first day, or last with ``end``).

    Raises InvalidInput naming ``name`` for an impossible date (month 13, 30 February).
    """
    if text is None:
        return None
    try:
        first, last, _ = parse_partial_date(text)
    except ValueError as exc:
        raise InvalidInput(f"{name}: {exc}",
                           [{"location": f"query.{name}", "message": str(exc)}]) from None
    return last if end else first


def _edge_filter(types: list[ActorEdgeType] | None, since: str | None, until: str | None,
                 min_certainty: MinCertainty | None, include_undated: bool,
                 types_name: str, min_sources: int | None = None,
                 exclude_contested: bool = False) -> EdgeFilter:
    return EdgeFilter(
        types=tuple(t.value for t in types) if types else EdgeFilter.types,
        since=parse_date(since, "since", end=False),
        until=parse_date(until, "until", end=True),
        min_certainty=Certainty(min_certainty.value) if min_certainty else None,
        include_undated=include_undated,
        min_sources=min_sources,
        exclude_contested=exclude_contested,
        names={"types": f"query.{types_name}", "since": "query.since", "until": "query.until",
               "min_sources": "query.min_sources"},
    )


def rel_types_filter(
    rel_types: Annotated[list[ActorEdgeType] | None, Query(
        description="Relationship types to walk (repeat the parameter); all by default")] = None,
    since: SinceText = None,
    until: UntilText = None,
    min_certainty: Annotated[MinCertainty | None, Query(
        description="Keep edges at least this sure (confirmed > reported > alleged); "
                    "applies to every hop")] = None,
    include_undated: IncludeUndated = False,
    min_sources: MinSources = None,
    exclude_contested: ExcludeContested = False,
) -> EdgeFilter:
    """The edge filter of /neighbors and /paths (``rel_types=``), with the corroboration
    filters (``min_sources``, ``exclude_contested``)."""
    return _edge_filter(rel_types, since, until, min_certainty, include_undated, "rel_types",
                        min_sources, exclude_contested)


def type_filter(
    type: Annotated[list[ActorEdgeType] | None, Query(
        description="Relationship types (repeat the parameter); all by default")] = None,
    since: SinceText = None,
    until: UntilText = None,
    min_certainty: Annotated[MinCertainty | None, Query(
        description="Keep edges at least this sure (confirmed > reported > alleged)")] = None,
    include_undated: IncludeUndated = False,
) -> EdgeFilter:
    """The edge filter of /relations (``type=``)."""
    return _edge_filter(type, since, until, min_certainty, include_undated, "type")


RelTypesFilter = Annotated[EdgeFilter, Depends(rel_types_filter)]
TypeFilter = Annotated[EdgeFilter, Depends(type_filter)]


PathMode = Literal["shortest", "all_shortest", "k"]


@dataclass(frozen=True)
class PathRequest:
    """The parameters of /paths and /viz/paths."""

    source: str
    target: str
    filters: EdgeFilter
    max_hops: int
    mode: PathMode
    k: int


def path_request(
    source: Annotated[str, Query(pattern=ID_PATTERN, max_length=200,
                                 description="Actor id where the paths start; must differ "
                                 "from `target` (422)", examples=["choe-son-hui"])],
    target: Annotated[str, Query(pattern=ID_PATTERN, max_length=200,
                                 description="Actor id where the paths end; must differ from "
                                 "`source` (422: source and target are the same actor)",
                                 examples=["nato"])],
    filters: RelTypesFilter,
    max_hops: Annotated[int, Query(ge=1, le=6, description="Longest path considered")] = 4,
    mode: Annotated[PathMode, Query(
        description="shortest: one shortest path; all_shortest: every shortest path; "
                    "k: the k shortest paths")] = "shortest",
    k: Annotated[int, Query(ge=1, le=10, description="How many paths with mode=k")] = 3,
) -> PathRequest:
    return PathRequest(source, target, filters, max_hops, mode, k)


PathQuery = Annotated[PathRequest, Depends(path_request)]
