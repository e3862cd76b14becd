"""Fixtures of the viz API and explorer tests: the real API served by uvicorn on a free
127.0.0.1 port (on the seeded test Neo4j) and Debian's Chromium driven by Playwright.

Import the fixtures into a test module: ``from tests.viz_live import api, browser``.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx
import pytest
import uvicorn
from playwright.sync_api import Browser, sync_playwright

from api.app import create_app
from graph.db import Database
from graph.settings import Settings
from tests.test_viz_render import CHROMIUM, CHROMIUM_ARGS


def assert_json_error(r: httpx.Response, status: int, location: str) -> None:
    """``r`` is the API's one JSON error body, with ``status``, naming ``location``."""
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/json"
    error = r.json()["error"]
    assert error["message"] and error["code"]
    assert location in [d["location"] for d in error["details"]], error


@dataclass
class LiveApi:
    """The API at ``origin`` and an HTTP client for it."""

    origin: str
    http: httpx.Client


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def api(settings: Settings, seeded_db: Database) -> Iterator[LiveApi]:
    """The real app (``create_app(settings)``) on the seeded database, over real HTTP."""
    with serve_app(settings) as live:
        yield live


@contextmanager
def serve_app(settings: Settings) -> Iterator[LiveApi]:
    """``create_app(settings)`` served by uvicorn on a free local port."""
    port = _free_port()
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port,
                            log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    origin = f"http://127.0.0.1:{port}"
    with httpx.Client(base_url=origin, timeout=30) as http:
        yield LiveApi(origin, http)
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's headless Chromium (never a downloaded one)."""
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True,
                                      args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
