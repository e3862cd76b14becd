"""The OpenAPI document states the rules the API enforces.

Read from the app's own /openapi.json (building the app does not touch Neo4j): the key
schemes and the shared answers of every keyed operation, the request id on every answer,
and every rule between parameters in the description of the parameter it binds. The
behaviour behind each rule is tested where it lives (test_security_keys.py, the API and
analytics tests); schemathesis checks the answers against this document
(test_security_schema.py).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from pydantic import SecretStr

from api.app import create_app
from api.openapi import write_operations
from api.security import OPEN_PATHS
from graph.settings import Settings


def document(**settings: Any) -> dict[str, Any]:
    doc: dict[str, Any] = create_app(Settings(neo4j_password=None, **settings)).openapi()
    return doc


DOC = document()
OPERATIONS = [(path, method, op) for path, item in DOC["paths"].items()
              for method, op in item.items()]


def params(op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in op.get("parameters", [])}


def test_every_keyed_operation_states_keys_limits_and_errors() -> None:
    keyed = [(p, m, op) for p, m, op in OPERATIONS if p not in OPEN_PATHS]
    assert len(keyed) >= 20
    assert set(DOC["components"]["securitySchemes"]) == {"ApiKeyHeader", "BearerKey"}
    assert DOC["components"]["securitySchemes"]["ApiKeyHeader"]["name"] == "X-API-Key"
    for path, method, op in keyed:
        where = f"{method.upper()} {path}"
        # no read key configured: a key is optional ({}) until a personal key exists
        assert op["security"] == [{}, {"ApiKeyHeader": []}, {"BearerKey": []}], where
        for status in ("401", "429", "503"):
            assert status in op["responses"], (where, status)
        error = op["responses"]["401"]["content"]["application/json"]["schema"]
        assert error == {"$ref": "#/components/schemas/ErrorBody"}, where
        assert "Retry-After" in op["responses"]["429"]["headers"], where
        if method == "post":
            assert "413" in op["responses"], where
    for path in OPEN_PATHS:
        for op in DOC["paths"].get(path, {}).values():
            assert op["security"] == [], path


def test_with_a_read_key_the_key_is_required() -> None:
    doc = document(read_api_key=SecretStr("contract-read-key-1234"))
    op = doc["paths"]["/stats"]["get"]
    assert op["security"] == [{"ApiKeyHeader": []}, {"BearerKey": []}]
    assert doc["paths"]["/health"]["get"]["security"] == []


def test_write_operations_document_403() -> None:
    app = create_app(Settings(neo4j_password=None))
    writes = write_operations(app)
    assert ("/ingest", "post") in writes
    assert all(method == "post" for _, method in writes)
    for path, method in writes:
        op = DOC["paths"][path][method]
        assert op["responses"]["403"]["content"]["application/json"]["schema"] == \
            {"$ref": "#/components/schemas/ErrorBody"}, path
    assert "role `write`" in DOC["paths"]["/ingest"]["post"]["responses"]["403"]["description"]
    # a read endpoint does not claim a 403 for keys
    assert "403" not in DOC["paths"]["/stats"]["get"]["responses"]


def test_every_answer_of_every_operation_has_the_request_id_header() -> None:
    for path, method, op in OPERATIONS:
        for status, response in op["responses"].items():
            header = response["headers"]["X-Request-ID"]
            assert header["required"] is True, (path, method, status)
            assert header["schema"]["pattern"] == "^[A-Za-z0-9._:-]{1,128}$"


def ops_with(*names: str) -> list[tuple[str, str, dict[str, dict[str, Any]]]]:
    return [(f"{m.upper()} {p}", m, params(op)) for p, m, op in OPERATIONS
            if set(names) <= set(params(op))]


def test_since_and_until_state_their_order_and_the_dates_that_exist() -> None:
    found = ops_with("since", "until")
    assert len(found) >= 8, [w for w, _, _ in found]
    for where, _, ps in found:
        until = ps["until"]["description"]
        assert "Must not be before `since`" in until, where
        assert "Must not be after `until`" in ps["since"]["description"], where
        for name in ("since", "until"):
            text = ps[name]["description"]
            assert "2023-02-29" in text and "0001 to 9999" in text, (where, name)
            pattern = ps[name]["schema"]["anyOf"][0]["pattern"] \
                if "anyOf" in ps[name]["schema"] else ps[name]["schema"]["pattern"]
            assert not re.match(pattern, "0000") and not re.match(pattern, "0000-06")
            assert re.match(pattern, "0001") and re.match(pattern, "2024-02-29")


def test_paths_state_that_source_and_target_differ() -> None:
    found = [f for f in ops_with("source", "target") if f[0].endswith("/paths")]
    assert {w for w, _, _ in found} == {"GET /paths", "GET /viz/paths"}
    for where, _, ps in found:
        assert "must differ from `source`" in ps["target"]["description"], where
        assert "must differ from `target`" in ps["source"]["description"], where


@pytest.mark.parametrize("path", ["/analytics/centrality", "/analytics/communities",
                                  "/analytics/diff", "/viz/diff"])
def test_analytics_scope_rules_are_stated(path: str) -> None:
    ps = params(DOC["paths"][path]["get"])
    assert "Only with scope=neighbourhood" in ps["actor"]["description"]
    assert "Only with scope=cypher" in ps["query"]["description"]
    assert "neighbourhood needs `actor` and cypher needs `query`" in ps["scope"]["description"]
    if "compare_to" in ps:
        assert "must be after `at`" in ps["compare_to"]["description"]
        assert "before `compare_to`" in ps["at"]["description"]
    else:
        assert "Not with since/until" in ps["at"]["description"]
