"""The graph as of a date, windows, and the diff between two dates, on a real Neo4j.

Each edge of the dated graph below is there to pin one rule of docs/analytics.md; the
diff between 2024-06-01 and 2024-12-31 is known edge by edge.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import networkx as nx
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from cli.main import app
from graph import analytics
from graph.db import Database
from graph.errors import InvalidInput
from graph.settings import Settings, get_settings
from tests.conftest import wipe
from tests.test_analytics import Edge, edge, write_graph

D = dt.date


def event(key: str, rel: str, s: str, t: str, start: D, end: D, precision: str,
          certainty: str = "reported") -> Edge:
    return edge(key, rel, s, t, certainty, valid_from=start, valid_to=end,
                date_precision=precision, event_id=f"ev-{key.split(':')[0]}")


def relation(key: str, rel: str, s: str, t: str, start: D | None, end: D | None,
             certainty: str = "reported") -> Edge:
    return edge(key, rel, s, t, certainty, valid_from=start, valid_to=end,
                date_precision="day" if start else "unknown")


SIGNING = "sign:SIGNED_AGREEMENT_WITH:s-1:s-2"
YEAR_EVENT = "deploy:DEPLOYED_TROOPS_TO:d-1:d-2"
EARLY_MEETING = "meet:MET_WITH:m-1:m-2"
ENDED_ROLE = "role:FOREIGN_MINISTER_OF:fm:st"
OPEN_ROLE = "role:HEAD_OF_STATE_OF:hd:st"
START_UNKNOWN_ROLE = "role:MEMBER_OF:st:bloc"
ALLEGED_SUPPLY = "c-alleged:SUPPLIED_ARMS_TO:x:y"
CONFIRMED_SUPPLY = "c-confirmed:SUPPLIED_ARMS_TO:x:y"
UNDATED = "c-undated:ACCUSED:x:z"
LATE_MEETING = "late:MET_WITH:x:w"


def dated_edges() -> list[Edge]:
    return [
        event(SIGNING, "SIGNED_AGREEMENT_WITH", "s-1", "s-2",
              D(2024, 6, 18), D(2024, 6, 19), "range"),
        event(YEAR_EVENT, "DEPLOYED_TROOPS_TO", "d-1", "d-2",
              D(2024, 1, 1), D(2024, 12, 31), "year"),
        event(EARLY_MEETING, "MET_WITH", "m-1", "m-2", D(2024, 3, 5), D(2024, 3, 5), "day"),
        event(LATE_MEETING, "MET_WITH", "x", "w", D(2025, 2, 1), D(2025, 2, 1), "day"),
        relation(ENDED_ROLE, "FOREIGN_MINISTER_OF", "fm", "st", D(2020, 1, 1), D(2024, 9, 30)),
        relation(OPEN_ROLE, "HEAD_OF_STATE_OF", "hd", "st", D(2024, 3, 1), None),
        relation(START_UNKNOWN_ROLE, "MEMBER_OF", "st", "bloc", None, D(2024, 8, 1)),
        relation(ALLEGED_SUPPLY, "SUPPLIED_ARMS_TO", "x", "y", D(2024, 2, 1), None, "alleged"),
        relation(CONFIRMED_SUPPLY, "SUPPLIED_ARMS_TO", "x", "y", D(2024, 10, 1), None,
                 "confirmed"),
        edge(UNDATED, "ACCUSED", "x", "z", event_id="ev-undated"),
    ]


@pytest.fixture(scope="module")
def dated(db: Database) -> Iterator[Database]:
    wipe(db)
    write_graph(db, dated_edges())
    yield db


@pytest.fixture(scope="module")
def whole(dated: Database, settings: Settings) -> nx.MultiDiGraph:
    return analytics.project(dated, analytics.make_scope(), settings)


def keys(g: nx.MultiDiGraph) -> set[str]:
    return {k for _, _, k in g.edges(keys=True)}


def test_dates_come_back_as_dates(whole: nx.MultiDiGraph) -> None:
    assert len(keys(whole)) == 10
    data = whole.get_edge_data("s-1", "s-2")[SIGNING]
    assert (data["valid_from"], data["valid_to"]) == (D(2024, 6, 18), D(2024, 6, 19))
    assert isinstance(data["valid_from"], dt.date)


def test_diff_between_june_and_december(whole: nx.MultiDiGraph) -> None:
    d = analytics.diff(whole, D(2024, 6, 1), D(2024, 12, 31))
    assert {e.key for e in d.appeared} == {SIGNING, YEAR_EVENT, CONFIRMED_SUPPLY}
    assert {e.key for e in d.ended} == {ENDED_ROLE, START_UNKNOWN_ROLE}
    assert [c.model_dump() for c in d.changed] == [{
        "source": "x", "target": "y", "type": "SUPPLIED_ARMS_TO",
        "before": ["alleged"], "after": ["confirmed", "alleged"],
        "edges": [CONFIRMED_SUPPLY]}]
    assert d.counts.model_dump() == {"at": 5, "compare_to": 6, "appeared": 3, "ended": 2,
                                     "changed": 1, "unchanged": 3, "undated": 1}


def test_as_of_counts_an_event_once_its_last_day_is_past(whole: nx.MultiDiGraph) -> None:
    assert SIGNING not in keys(analytics.as_of(whole, D(2024, 6, 18)))
    assert SIGNING in keys(analytics.as_of(whole, D(2024, 6, 19)))
    assert YEAR_EVENT not in keys(analytics.as_of(whole, D(2024, 12, 30)))
    june = analytics.as_of(whole, D(2024, 6, 1))
    assert keys(june) == {EARLY_MEETING, ENDED_ROLE, OPEN_ROLE, START_UNKNOWN_ROLE,
                          ALLEGED_SUPPLY}
    assert UNDATED in keys(analytics.as_of(whole, D(2024, 6, 1), include_undated=True))


def test_edge_classes_for_pictures(whole: nx.MultiDiGraph) -> None:
    classes = analytics.edge_classes(whole, D(2024, 6, 1), D(2024, 12, 31))
    assert classes == {
        SIGNING: "appeared", YEAR_EVENT: "appeared", CONFIRMED_SUPPLY: "changed",
        ENDED_ROLE: "ended", START_UNKNOWN_ROLE: "ended",
        EARLY_MEETING: "unchanged", OPEN_ROLE: "unchanged", ALLEGED_SUPPLY: "unchanged",
        UNDATED: "undated", LATE_MEETING: "absent",
    }


def test_diff_refuses_dates_in_the_wrong_order(whole: nx.MultiDiGraph) -> None:
    with pytest.raises(InvalidInput) as exc:
        analytics.diff(whole, D(2024, 6, 1), D(2024, 6, 1))
    assert exc.value.details[0]["location"] == "compare_to"


DATES = [D(2023, 12, 31), D(2024, 3, 5), D(2024, 6, 1), D(2024, 6, 18), D(2024, 6, 19),
         D(2024, 8, 1), D(2024, 8, 2), D(2024, 12, 31), D(2025, 2, 1)]


@pytest.mark.parametrize("at", DATES)
@pytest.mark.parametrize("undated", [False, True])
def test_cypher_as_of_agrees_with_python(dated: Database, settings: Settings,
                                         whole: nx.MultiDiGraph, at: D, undated: bool) -> None:
    g = analytics.project(dated, analytics.make_scope(at=at, include_undated=undated),
                          settings)
    assert keys(g) == keys(analytics.as_of(whole, at, include_undated=undated))


WINDOWS = [(D(2024, 6, 1), D(2024, 6, 30)), (None, D(2024, 1, 31)), (D(2024, 9, 1), None),
           (D(2024, 6, 19), D(2024, 6, 19)), (D(2024, 8, 2), D(2024, 9, 30)),
           (D(2025, 1, 1), D(2025, 12, 31))]


@pytest.mark.parametrize(("since", "until"), WINDOWS)
def test_cypher_window_agrees_with_python(dated: Database, settings: Settings,
                                          whole: nx.MultiDiGraph, since: D | None,
                                          until: D | None) -> None:
    g = analytics.project(dated, analytics.make_scope(since=since, until=until), settings)
    expected = {k for _, _, k, d in whole.edges(keys=True, data=True)
                if analytics.overlaps(d, since, until)}
    assert keys(g) == expected


def test_window_of_june(dated: Database, settings: Settings) -> None:
    g = analytics.project(dated, analytics.make_scope(since=D(2024, 6, 1),
                                                      until=D(2024, 6, 30)), settings)
    assert keys(g) == {SIGNING, YEAR_EVENT, ENDED_ROLE, OPEN_ROLE, START_UNKNOWN_ROLE,
                       ALLEGED_SUPPLY}


@pytest.fixture(scope="module")
def client(dated: Database, settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as c:
        yield c


def test_http_diff_of_a_neighbourhood(client: TestClient) -> None:
    r = client.get("/analytics/diff", params={"actor": "x", "depth": 1,
                                              "at": "2024-06-01", "compare_to": "2024-12-31"})
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    assert [e["key"] for e in body["appeared"]] == [CONFIRMED_SUPPLY]
    assert body["appeared"][0]["valid_from"] == "2024-10-01"
    assert body["changed"][0]["after"] == ["confirmed", "alleged"]
    assert body["counts"]["undated"] == 1
    assert body["scope"]["actor"] == "x"


def test_http_as_of_and_window_parameters(client: TestClient) -> None:
    r = client.get("/analytics/centrality", params={"at": "2024-06-01", "limit": 100})
    assert r.status_code == 200, r.text
    assert r.json()["graph"]["edges"] == 5
    r = client.get("/analytics/centrality", params={"at": "2024-06-01", "since": "2024-01-01"})
    assert r.status_code == 422
    assert r.json()["error"]["details"][0]["location"] == "query.at"
    r = client.get("/analytics/centrality", params={"since": "2024-07-01",
                                                    "until": "2024-06-01"})
    assert r.status_code == 422
    assert r.json()["error"]["details"][0]["location"] == "query.until"
    r = client.get("/analytics/centrality", params={"since": "June"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_input"
    # partial dates as elsewhere in the API: a month means its first (since) or last (until) day
    r = client.get("/analytics/centrality", params={"since": "2024-06", "until": "2024-06",
                                                    "limit": 100})
    assert r.status_code == 200, r.text
    assert r.json()["scope"]["since"] == "2024-06-01"
    assert r.json()["scope"]["until"] == "2024-06-30"
    assert r.json()["graph"]["edges"] == 6  # test_window_of_june


# --- CLI ------------------------------------------------------------------------------------

@pytest.fixture
def cli_env(dated: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch
            ) -> Iterator[None]:
    """Point the CLI's settings at the test server."""
    assert settings.neo4j_password is not None
    monkeypatch.setenv("GEOKG_NEO4J_URI", settings.uri)
    monkeypatch.setenv("GEOKG_NEO4J_PASSWORD", settings.neo4j_password.get_secret_value())
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_cli_diff_and_centrality(cli_env: None) -> None:
    runner = CliRunner()
    r = runner.invoke(app, ["analytics", "diff", "--at", "2024-06-01",
                            "--compare-to", "2024-12-31", "--json"])
    assert r.exit_code == 0, r.output
    body = json.loads(r.stdout)
    assert {e["key"] for e in body["appeared"]} == {SIGNING, YEAR_EVENT, CONFIRMED_SUPPLY}
    r = runner.invoke(app, ["analytics", "diff", "--at", "2024-06-01",
                            "--compare-to", "2024-12-31"])
    assert r.exit_code == 0 and "~ x SUPPLIED_ARMS_TO y: alleged -> confirmed, alleged" in r.stdout
    r = runner.invoke(app, ["analytics", "centrality", "--actor", "x", "--algorithm",
                            "degree", "-n", "1"])
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[1].split()[:2] == ["1", "x"]
    r = runner.invoke(app, ["analytics", "communities", "--at", "2024-06-01", "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["graph"]["edges"] == 5
    r = runner.invoke(app, ["analytics", "centrality", "--since", "2024-06", "--until",
                            "2024-06", "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["graph"]["edges"] == 6  # test_window_of_june


def test_cli_errors_name_the_option(cli_env: None) -> None:
    runner = CliRunner()
    r = runner.invoke(app, ["analytics", "centrality", "--since", "June"])
    assert r.exit_code == 1 and "--since" in r.stderr
    r = runner.invoke(app, ["analytics", "centrality", "--until", "2024-02-30"])
    assert r.exit_code == 1 and "--until" in r.stderr and "impossible" in r.stderr
    r = runner.invoke(app, ["analytics", "centrality", "--actor", "nobody"])
    assert r.exit_code == 1 and "no actor with id 'nobody'" in r.stderr
    r = runner.invoke(app, ["analytics", "diff", "--at", "2024-12-31",
                            "--compare-to", "2024-06-01"])
    assert r.exit_code == 1 and "compare_to" in r.stderr
