"""Every query in docs/queries.md runs on the seed and gives the answer an analyst expects."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, LiteralString, cast

import pytest

from graph.db import Database

DOC = Path(__file__).resolve().parent.parent / "docs" / "queries.md"
QUERIES = re.findall(r"^### (\d+)\..*?```cypher\n(.*?)```", DOC.read_text(), re.S | re.M)

Rows = list[dict[str, Any]]


def _q1(rows: Rows) -> None:
    assert rows == [{"supplier": "North Korea", "recipient": "Russia", "certainty": "reported",
                     "asserted_by": ["western-sources"]}]


def _q2(rows: Rows) -> None:
    by_event = {r["event"]: sorted(r["confirmed_by"]) for r in rows}
    assert by_event["north-korean-troops-in-russia"] == ["NATO", "Pentagon"]
    assert "shell-supply" not in by_event  # only reported
    assert "treaty-signing" in by_event


def _q3(rows: Rows) -> None:
    quotes = " ".join(r["quote"] for r in rows)
    assert "stabilizzante" in quotes or "Eurasia" in quotes
    assert "politica aggressiva" in quotes
    assert all(r["occasion"] == ["lavrov-choe-talks"] for r in rows)


def _q4(rows: Rows) -> None:
    assert len(rows) == 1
    assert rows[0]["actors"][0] == "choe-son-hui" and rows[0]["actors"][-1] == "nato"


def _q5(rows: Rows) -> None:
    assert [r["event"] for r in rows] == ["putin-visit-north-korea", "treaty-signing",
                                          "ratification-bill-submission"]
    assert all(r["year_inferred"] for r in rows)


def _q6(rows: Rows) -> None:
    assert len(rows) == 1
    assert sorted(rows[0]["parties"]) == ["North Korea", "Russia"]
    assert rows[0]["signed"].isoformat() == "2024-06-18"
    assert rows[0]["submitted_for_ratification"].isoformat() == "2024-10-14"
    assert len(rows[0]["provisions"]) == 3


def _q7(rows: Rows) -> None:
    assert {(r["event"], r["certainty"]) for r in rows} == {
        ("shell-supply", "reported"), ("north-korean-personnel-assistance", "alleged")}


def _q8(rows: Rows) -> None:
    assert {r["accuser"] for r in rows} == {"Russia", "North Korea"}
    assert all("Stati Uniti" in r["quote"] for r in rows)


def _q9(rows: Rows) -> None:
    fm = next(r for r in rows if r["role"] == "FOREIGN_MINISTER_OF")
    assert fm["of"] == "Russia" and fm["since"].isoformat() == "2004-03-09"
    assert fm["until"] is None


def _q10(rows: Rows) -> None:
    relations = {r["relation"] for r in rows}
    assert {"SUPPLIED_ARMS_TO", "DEPLOYED_TROOPS_TO", "SIGNED_AGREEMENT_WITH"} <= relations
    assert all(r["sources"] for r in rows)


CHECKS: dict[str, Callable[[Rows], None]] = {
    "1": _q1, "2": _q2, "3": _q3, "4": _q4, "5": _q5, "6": _q6, "7": _q7, "8": _q8,
    "9": _q9, "10": _q10,
}


def test_doc_has_at_least_eight_checked_queries() -> None:
    assert len(QUERIES) >= 8
    assert {n for n, _ in QUERIES} == set(CHECKS)


@pytest.mark.parametrize(("number", "query"), QUERIES, ids=[n for n, _ in QUERIES])
def test_query_answers(seeded_db: Database, number: str, query: str) -> None:
    rows = seeded_db.read(cast(LiteralString, query))
    assert rows, f"query {number} returned nothing"
    CHECKS[number](rows)
