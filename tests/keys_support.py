"""Helpers of the personal-key tests: no key left behind, audit lines, polling.

A personal key left in the session's database would make every later test's API need a
key, so :func:`no_keys` deletes them before and after each test that uses it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.db import Database


def delete_keys(db: Database) -> None:
    db.write(lambda tx: tx.run("MATCH (k:ApiKey) DELETE k").consume())


@pytest.fixture
def no_keys(db: Database) -> Iterator[Database]:
    """The database without personal keys, before and after the test."""
    delete_keys(db)
    try:
        yield db
    finally:
        delete_keys(db)


def audit_lines(path: Path) -> list[dict[str, Any]]:
    """Every line of an audit file, parsed (a malformed line fails the test)."""
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def wait_until(check: Callable[[], bool], timeout_s: float, what: str,
               interval_s: float = 0.1) -> float:
    """Poll ``check`` until true; return the seconds it took. Fails after ``timeout_s``."""
    t0 = time.monotonic()
    while not check():
        if time.monotonic() - t0 > timeout_s:
            raise AssertionError(f"not within {timeout_s} s: {what}")
        time.sleep(interval_s)
    return time.monotonic() - t0
