"""Every event the API returns says how many say so and whether anyone denies it.

Written for this test: one troop deployment claimed by four sources: two outlets carry the
same wire story (same quote: one publisher), a third confirms it, a fourth carries
Moscow's denial.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from graph.db import Database
from graph.settings import Settings
from loaders.extraction import validate_data
from loaders.writer import write_document
from tests.api_fixture_graph import api_client, ok
from tests.conftest import wipe

WIRE = "North Korea has sent troops to Russia, NATO said on Monday."
CONFIRM = "The Pentagon confirmed that North Korean troops are in Russia."
DENIAL = "Moscow denied that any North Korean troops are in Russia."


def _source(sid: str, publisher: str, text: str) -> dict[str, Any]:
    return {"id": sid, "title": sid, "language": "en", "publisher": publisher, "text": text}


def _claim(cid: str, certainty: str, who: list[str], sid: str, quote: str) -> dict[str, Any]:
    return {"id": cid, "event": "cor-deployment", "certainty": certainty, "asserted_by": who,
            "evidence": [{"source": sid, "quote": quote, "language": "en"}]}


DOC: dict[str, Any] = {
    "version": 1,
    "sources": [_source("cor-afp", "AFP", WIRE), _source("cor-daily", "Daily Paper", WIRE),
                _source("cor-ap", "AP", CONFIRM), _source("cor-tass", "TASS", DENIAL)],
    "actors": [{"id": "north-korea", "kind": "state", "name": "North Korea"},
               {"id": "russia", "kind": "state", "name": "Russia"},
               {"id": "nato", "kind": "alliance", "name": "NATO"},
               {"id": "pentagon", "kind": "government_body", "name": "Pentagon"}],
    "events": [{"id": "cor-deployment", "type": "deployment",
                "participants": [{"actor": "north-korea", "role": "sender"},
                                 {"actor": "russia", "role": "host"}]},
               {"id": "cor-quiet", "type": "meeting",
                "participants": [{"actor": "north-korea", "role": "participant"},
                                 {"actor": "russia", "role": "participant"}]}],
    "claims": [_claim("cor-c1", "reported", ["nato"], "cor-afp", WIRE),
               _claim("cor-c2", "reported", ["nato"], "cor-daily", WIRE),
               _claim("cor-c3", "confirmed", ["pentagon"], "cor-ap", CONFIRM),
               _claim("cor-c4", "denied", ["russia"], "cor-tass", DENIAL),
               {**_claim("cor-c5", "confirmed", [], "cor-ap", CONFIRM), "event": "cor-quiet"}],
}


@pytest.fixture(scope="module")
def client(db: Database, settings: Settings) -> Iterator[TestClient]:
    wipe(db)
    doc, problems = validate_data(DOC)
    assert doc is not None, problems
    write_document(db, doc)
    with api_client(settings) as c:
        yield c


def test_an_event_counts_its_sources_publishers_and_stances(client: TestClient) -> None:
    c = ok(client, "/events/cor-deployment")["corroboration"]
    assert c["sources"] == 4
    # AFP and the Daily Paper carry the same words: one story, counted once
    assert c["publishers"] == ["AFP", "AP", "TASS"]
    assert c["asserted_by"] == ["nato", "pentagon", "russia"]
    assert c["stances"] == {"confirmed": ["pentagon"], "reported": ["nato"],
                            "alleged": [], "denied": ["russia"]}
    assert c["contested"] is True


def test_an_uncontested_event_and_every_listing_carry_it(client: TestClient) -> None:
    quiet = ok(client, "/events/cor-quiet")["corroboration"]
    assert quiet == {"sources": 1, "publishers": ["AP"], "asserted_by": [],
                     "stances": {"confirmed": [], "reported": [], "alleged": [], "denied": []},
                     "contested": False}
    listed = {e["id"]: e["corroboration"] for e in ok(client, "/events")["items"]}
    assert listed["cor-deployment"]["contested"] and not listed["cor-quiet"]["contested"]
    timeline = {e["id"]: e["corroboration"]
                for e in ok(client, "/actors/north-korea/timeline")["items"]}
    assert timeline["cor-deployment"]["sources"] == 4
