"""The LLM backend against a real local HTTP server that replays recorded answers.

The server (``http.server`` on 127.0.0.1, a free port, in a thread) implements
``POST /v1/chat/completions`` as an OpenAI-compatible server does and answers with the
JSON files of ``tests/data/llm/`` (written by hand in the shape Ollama and vLLM return);
it keeps every request so the tests see what was sent. No network, no mock of HTTP: the
official ``openai`` client talks to it as to any endpoint. The lexicon is the seed
document's, as in tests/test_extract_embedded.py (no database).
"""

from __future__ import annotations

import datetime as dt
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from graph.errors import InvalidInput, ServiceDisabled
from graph.settings import Settings
from loaders.document import EVENT_ROLES, Document
from loaders.extraction import load_file
from loaders.text.draft import ArticleMeta, Draft
from loaders.text.extract import extract_text
from loaders.text.lexicon import Lexicon, rows_from_documents
from loaders.text.llm import QuoteFinder
from tests.conftest import SEED_DIR

DATA = Path(__file__).resolve().parent / "data" / "llm"
SEED = f"{SEED_DIR}/russia-north-korea.yaml"
MODEL = "llama3.1"
TREATY = "russia-north-korea-comprehensive-strategic-partnership-treaty"


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon.build(*rows_from_documents([load_file(SEED)]))


def article(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


# --- the replaying server -----------------------------------------------------------------


@dataclass
class Replay:
    """What the server answers next, and what it received."""

    status: int = 200
    body: bytes = b"{}"
    requests: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""
    delay_s: float = 0.0

    def answer(self, name: str, status: int = 200) -> None:
        self.status = status
        self.body = (DATA / name).read_bytes()


def _handler(replay: Replay) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            headers = {k.lower(): v for k, v in self.headers.items()}
            replay.requests.append({"path": self.path, "headers": headers,
                                    "json": json.loads(raw)})
            if self.path != "/v1/chat/completions":
                self._send(404, b'{"error": {"message": "not found"}}')
                return
            time.sleep(replay.delay_s)
            self._send(replay.status, replay.body)

        def _send(self, status: int, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass  # quiet test output

    return Handler


@pytest.fixture
def server() -> Iterator[Replay]:
    replay = Replay()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(replay))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    replay.url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    try:
        yield replay
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def settings_for(url: str | None, model: str | None = MODEL, **kw: Any) -> Settings:
    return Settings(llm_base_url=url, llm_model=model, neo4j_password=None,
                    llm_timeout_s=kw.pop("timeout", 10.0), **kw)


def run(text: str, settings: Settings, published: str = "2024-11-14") -> Draft:
    meta = ArticleMeta(language="en", published=dt.date.fromisoformat(published),
                       source_id="art")
    draft = extract_text(text, meta, lexicon(), backend="openai", settings=settings)
    Document.model_validate(draft.document)  # always a valid document
    return draft


def events(d: Draft) -> dict[str, set[tuple[str, str]]]:
    return {e["type"]: {(p["actor"], p["role"]) for p in e["participants"]}
            for e in d.document["events"]}


def event(d: Draft, event_type: str) -> dict[str, Any]:
    found = [e for e in d.document["events"] if e["type"] == event_type]
    assert len(found) == 1, events(d)
    return found[0]


def claims(d: Draft, event_type: str) -> list[tuple[str, list[str]]]:
    eid = event(d, event_type)["id"]
    return [(c["certainty"], c["asserted_by"]) for c in d.document["claims"]
            if c["event"] == eid]


# --- a good answer --------------------------------------------------------------------------


def test_a_good_answer_is_relinked_and_every_quote_points_at_the_text(server: Replay) -> None:
    text = article("shells_article.txt")
    server.answer("shells_good.json")
    d = run(text, settings_for(server.url))

    # actors: "Moscow", "North Korea", "NATO" are the graph's; Mark Rutte is new
    ids = {a["id"] for a in d.document["actors"]}
    assert {"russia", "north-korea", "nato", "choe-son-hui", "vladimir-putin",
            "mark-rutte"} <= ids
    assert "moscow" not in ids and "putin" not in ids
    assert d.new_actors == ["mark-rutte"]
    assert {"russia", "north-korea", "nato"} <= set(d.linked)
    rutte = next(a for a in d.document["actors"] if a["id"] == "mark-rutte")
    assert rutte["kind"] == "person" and rutte["name"] == "Mark Rutte"
    assert "aliases" not in rutte  # the model's "Rutte": the text never uses it alone
    assert any("new actor 'mark-rutte'" in r for r in d.review)

    # events: types, re-linked participants, dates
    assert events(d) == {
        "supply": {("north-korea", "supplier"), ("russia", "recipient")},
        "visit": {("choe-son-hui", "visitor"), ("russia", "host")},
        "meeting": {("choe-son-hui", "participant"), ("vladimir-putin", "participant")},
    }
    assert event(d, "supply")["date"] == {"note": "no date in the sentence"}
    visit_date = event(d, "visit")["date"]
    assert visit_date["value"] == "2024-11-04" and visit_date["inferred"] is True

    # claims: certainty and re-linked asserters; the denial is Moscow's -> russia
    assert sorted(claims(d, "supply")) == [("denied", ["russia"]),
                                           ("reported", ["mark-rutte"])]
    assert claims(d, "visit") == [("confirmed", [])]

    # every evidence span points at the exact original text
    for c in d.document["claims"]:
        for ev in c["evidence"]:
            start, end = ev["span"]
            assert text[start:end] == ev["quote"]
    quotes = {c["evidence"][0]["quote"] for c in d.document["claims"]}
    # located across the line break the model wrote as a space...
    assert ("NATO Secretary General Mark Rutte said on Wednesday that North Korea had sent\n"
            "artillery shells to Russia.") in quotes
    # ...and with the typographic apostrophe the model wrote straight
    assert "North Korea’s foreign minister Choe Son Hui visited Moscow on 4 November" in quotes

    # the role of the new person toward NATO, with its quote; Putin's (known) is ignored
    assert [(r["type"], r["actor"], r["of"], r["evidence"][0]["quote"])
            for r in d.document["roles"]] == [
        ("LEADER_OF", "mark-rutte", "nato", "NATO Secretary General Mark Rutte")]


def test_the_request_carries_model_schema_prompt_and_article(server: Replay) -> None:
    text = article("shells_article.txt")
    server.answer("shells_good.json")
    run(text, settings_for(server.url, llm_api_key=SecretStr("sk-local-test")))

    assert len(server.requests) == 1  # no retry
    req = server.requests[0]
    assert req["path"] == "/v1/chat/completions"
    assert req["headers"]["authorization"] == "Bearer sk-local-test"
    body = req["json"]
    assert body["model"] == MODEL
    fmt = body["response_format"]
    assert fmt["type"] == "json_schema"
    assert fmt["json_schema"]["name"] == "extraction"
    assert fmt["json_schema"]["strict"] is False
    assert fmt["json_schema"]["schema"] == Document.model_json_schema()
    system, user = body["messages"]
    assert system["role"] == "system" and user["role"] == "user"
    assert user["content"] == text
    prompt = system["content"]
    assert "published 2024-11-14" in prompt and "language en" in prompt
    for etype, roles in EVENT_ROLES.items():  # generated from the model
        if etype.value != "coded":
            assert f"- {etype.value}: " in prompt
            assert all(r in prompt for r in roles)
    assert "- coded:" not in prompt
    assert "verbatim" in prompt and "denied" in prompt and '"inferred": true' in prompt


def test_no_key_is_sent_as_none(server: Replay) -> None:
    server.answer("shells_good.json")
    run(article("shells_article.txt"), settings_for(server.url))
    assert server.requests[0]["headers"]["authorization"] == "Bearer none"


def test_an_answer_in_a_markdown_fence_is_read(server: Replay) -> None:
    server.answer("shells_fenced.json")  # what a server without structured output may say
    d = run(article("shells_article.txt"), settings_for(server.url))
    assert set(events(d)) == {"supply", "visit", "meeting"}


# --- what the checks drop ----------------------------------------------------------------


def test_a_quote_not_in_the_text_drops_its_claim_only(server: Replay) -> None:
    text = article("shells_article.txt")
    server.answer("shells_missing_quote.json")
    d = run(text, settings_for(server.url))

    assert claims(d, "supply") == [("reported", ["mark-rutte"])]  # the denial is gone
    assert set(events(d)) == {"supply", "visit", "meeting"}
    assert len(d.document["claims"]) == 3
    dropped = [w for w in d.warnings if "'c2'" in w]
    assert dropped and "not in the text" in dropped[0] and "dropped" in dropped[0]
    assert "rejected the report" in dropped[0]
    for c in d.document["claims"]:
        start, end = c["evidence"][0]["span"]
        assert text[start:end] == c["evidence"][0]["quote"]


def test_wrong_roles_unknown_agreements_and_unquoted_events_are_dropped(
        server: Replay) -> None:
    text = article("treaty_article.txt")
    server.answer("treaty_lenient.json")
    d = run(text, settings_for(server.url))

    # a wrong role goes, the rest of the event stays; the agreement is the seed's
    # treaty, found by its name despite "Agreement" for "Treaty"
    ratification = event(d, "ratification")
    assert {(p["actor"], p["role"]) for p in ratification["participants"]} == {
        ("state-duma", "ratifier"), ("north-korea", "party")}
    assert ratification["agreement"] == TREATY
    assert ratification["date"] == {"value": "2024-10-24"}
    assert [g["id"] for g in d.document["agreements"]] == [TREATY]
    milestones = d.document["agreements"][0]["milestones"]
    assert [(m["type"], m["date"]["value"]) for m in milestones] == [("ratified", "2024-10-24")]
    assert claims(d, "ratification") == [("reported", ["russian-state-media"])]
    assert "russian-state-media" in d.new_actors

    # an agreement the graph does not know is dropped, the event kept
    assert "agreement" not in event(d, "entry_into_force")
    # an asserter the answer never declared is not silently turned into the article
    assert claims(d, "entry_into_force") == [("reported", [])]
    assert any("asserted by kcna" in r for r in d.review)
    # the accusation's only quote is not in the text; the statement had no fitting role
    assert set(events(d)) == {"ratification", "entry_into_force"}

    dropped = "\n".join(d.warnings)  # what the answer lost is a warning of the run
    assert "role 'approver'" in dropped
    assert "'friendship-1961'" in dropped
    assert "'c3'" in dropped and "LLM event 'e3'" in dropped
    assert "LLM event 'e4'" in dropped and "'c4'" in dropped


# --- answers that are refused ------------------------------------------------------------


def test_an_answer_that_is_not_json_is_refused(server: Replay) -> None:
    server.answer("not_json.json")
    with pytest.raises(InvalidInput) as err:
        run(article("shells_article.txt"), settings_for(server.url))
    assert "not JSON" in err.value.message
    assert "Sure! Here are the facts" in err.value.message


def test_an_answer_that_is_not_a_valid_document_is_refused(server: Replay) -> None:
    server.answer("invalid_document.json")
    with pytest.raises(InvalidInput) as err:
        run(article("shells_article.txt"), settings_for(server.url))
    message = err.value.message
    assert "not a valid extraction document" in message
    assert "events.0.type" in message and "claims.0.certainty" in message
    locations = {d["location"] for d in err.value.details}
    assert {"events.0.type", "claims.0.certainty"} <= locations


def test_an_http_500_names_the_endpoint_and_the_problem(server: Replay) -> None:
    server.answer("error_500.json", status=500)
    with pytest.raises(InvalidInput) as err:
        run(article("shells_article.txt"), settings_for(server.url))
    message = err.value.message
    assert server.url in message and "HTTP 500" in message
    assert "CUDA error: out of memory" in message
    assert "Traceback" not in message
    assert len(server.requests) == 1  # no retry


def test_an_endpoint_slower_than_the_time_limit_is_a_clear_error(server: Replay) -> None:
    server.answer("shells_good.json")
    server.delay_s = 2.0
    with pytest.raises(InvalidInput) as err:
        run(article("shells_article.txt"), settings_for(server.url, timeout=0.3))
    assert f"the LLM endpoint {server.url} did not answer within 0.3 s" in err.value.message
    assert "GEOKG_LLM_TIMEOUT_S" in err.value.message


def test_a_server_that_is_not_listening_names_the_url() -> None:
    with socket.socket() as s:  # a port that was free a moment ago, nobody listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    with pytest.raises(InvalidInput) as err:
        run(article("shells_article.txt"), settings_for(url, timeout=5.0))
    assert f"cannot reach the LLM endpoint {url}" in err.value.message
    assert "GEOKG_LLM_BASE_URL" in err.value.message


@pytest.mark.parametrize(("url", "model", "missing"), [
    (None, MODEL, "GEOKG_LLM_BASE_URL"),
    ("http://127.0.0.1:9/v1", None, "GEOKG_LLM_MODEL"),
    (None, None, "GEOKG_LLM_BASE_URL and GEOKG_LLM_MODEL"),
])
def test_missing_settings_disable_the_backend(url: str | None, model: str | None,
                                              missing: str) -> None:
    with pytest.raises(ServiceDisabled) as err:
        run(article("shells_article.txt"), settings_for(url, model))
    assert missing in err.value.message


# --- locating quotes ------------------------------------------------------------------------


def test_quotes_are_found_exactly_or_loosely_but_spans_are_the_original() -> None:
    text = "He said:  “We are\nready,” and left. It’s over."
    f = QuoteFinder(text)
    assert f.find("and left.") == (text.index("and left."), text.index("and left.") + 9)
    span = f.find('"We are ready," and left.')
    assert span is not None
    assert text[span[0]:span[1]] == "“We are\nready,” and left."
    span = f.find("  It's over. ")
    assert span is not None and text[span[0]:span[1]] == "It’s over."
    assert f.find("We are ready, and left") is None  # words must match exactly
    assert f.find("it’s over.") is None  # so must case
    assert f.find("   ") is None
