"""Schemathesis against /openapi.json on the seed data: no 5xx, every answer fits the schema.

Covers the read API's operations (actors, paths, relations, events, sources, stats,
cypher), each with a bounded number of generated requests, valid ones (positive) and
invalid ones (negative, which must be refused with a 4xx). The app is the real one, called
through its ASGI interface, on a real Neo4j.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from api.app import create_app
from graph.db import Database
from graph.settings import Settings

READ_API_TAGS = {"actors", "paths", "relations", "events", "sources", "stats", "cypher"}
EXAMPLES = 12

# The operations, read from the schema itself (building the app does not touch Neo4j).
OPERATIONS = sorted(
    (path, method)
    for path, item in create_app(Settings(neo4j_password=None)).openapi()["paths"].items()
    for method, op in item.items()
    if READ_API_TAGS & set(op.get("tags", []))
)


@pytest.fixture(scope="module")
def api_schema(seeded_db: Database, settings: Settings) -> schemathesis.BaseSchema:
    app = create_app(settings.model_copy(update={"query_timeout_s": 2.0}))
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_every_read_operation_is_covered() -> None:
    assert len(OPERATIONS) == 11, OPERATIONS


#: Not checked: "positive data acceptance" (a schema-valid request must not get a 4xx).
#: The schema cannot say that source and target differ, that since is before until, that
#: 2023-02-29 does not exist or that a string is valid Cypher; each such request gets the
#: documented 422 naming the parameter, which is the behaviour we want.
EXCLUDED = [schemathesis.checks.positive_data_acceptance]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize(("path", "method"), OPERATIONS)
def test_operation_conforms_to_its_schema(api_schema: schemathesis.BaseSchema, path: str,
                                          method: str, mode: GenerationMode) -> None:
    if mode is GenerationMode.NEGATIVE and path == "/stats":
        return  # no parameter to get wrong
    operation = api_schema[path][method.upper()]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate(excluded_checks=EXCLUDED)

    check()


#: Requests that find data in the seed, so the successful answers are checked too.
KNOWN_GOOD: list[tuple[str, str, dict[str, Any]]] = [
    ("/actors", "GET", {"query": {"q": "Corea del Nord"}}),
    ("/actors", "GET", {"query": {"kind": "person", "limit": 3}}),
    ("/actors/{id}", "GET", {"path_parameters": {"id": "north-korea"}}),
    ("/actors/{id}/neighbors", "GET", {"path_parameters": {"id": "russia"},
                                       "query": {"depth": 2, "limit": 5}}),
    ("/actors/{id}/timeline", "GET", {"path_parameters": {"id": "north-korea"}}),
    ("/paths", "GET", {"query": {"source": "choe-son-hui", "target": "nato", "mode": "k",
                                 "k": 3, "max_hops": 5}}),
    ("/relations", "GET", {"query": {"actor": "north-korea", "min_certainty": "alleged"}}),
    ("/events", "GET", {"query": {"since": "2024-06", "until": "2024-12"}}),
    ("/events/{id}", "GET", {"path_parameters": {"id": "treaty-signing"}}),
    ("/sources/{id}", "GET", {"path_parameters": {"id": "article-000-ea82c74684206790"}}),
    ("/stats", "GET", {}),
    ("/cypher", "POST", {"body": {"query": "MATCH p = (:Actor {id: 'north-korea'})-->(:Actor) "
                                           "RETURN p LIMIT 5"}}),
]


@pytest.mark.parametrize(("path", "method", "data"), KNOWN_GOOD,
                         ids=[f"{m} {p}" for p, m, _ in KNOWN_GOOD])
def test_successful_answers_conform(api_schema: schemathesis.BaseSchema, path: str, method: str,
                                    data: dict[str, Any]) -> None:
    case = api_schema[path][method].Case(**data)
    response = case.call_and_validate()
    assert response.status_code == 200, response.text
