"""A key per person, limits per person, the audit trail, request ids.

Real Neo4j; real HTTP (uvicorn on 127.0.0.1) where the client address, concurrency or
the audit's worker id matter, FastAPI's TestClient elsewhere. Several worker processes
are in tests/test_security_workers.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import stat
import subprocess
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.app import create_app
from graph.db import Database
from graph.keys import add_key, list_keys, parse_key, revoke_key, verify_secret
from graph.settings import Settings
from tests.conftest import counts
from tests.keys_support import audit_lines, no_keys, wait_until
from tests.security_support import ROOT, LiveServer, geokg, server_env, synthetic_document

__all__ = ["no_keys"]  # the fixture, imported for pytest

SETTINGS_READ_KEY = "settings-read-key-3c5e7a9b1d"
SETTINGS_WRITE_KEY = "settings-write-key-8f6d4b2a0c"


def with_audit(settings: Settings, tmp_path: Path, **extra: Any) -> Settings:
    return settings.model_copy(update={"audit_log": tmp_path / "audit.jsonl",
                                       "api_key_cache_s": 0.3, **extra})


def hdr(key: str, rid: str | None = None) -> dict[str, str]:
    return {"X-API-Key": key, **({"X-Request-ID": rid} if rid else {})}


# --- keys in the database -----------------------------------------------------------------

def test_keys_are_stored_only_as_salted_scrypt_hashes(no_keys: Database) -> None:
    alice = add_key(no_keys, "alice", "read")
    bob = add_key(no_keys, "bob@example.org", "write")
    rows = no_keys.read("MATCH (k:ApiKey) RETURN properties(k) AS p ORDER BY k.name")
    assert [r["p"]["name"] for r in rows] == ["alice", "bob@example.org"]
    stored = [r["p"] for r in rows]
    assert set(stored[0]) == {"name", "role", "key_id", "hash", "created"}
    text = repr(rows)
    for key in (alice, bob):
        key_id, secret = parse_key(key) or ("", "")
        assert secret and secret not in text and key not in text
    salts = set()
    for record, key in zip(stored, (alice, bob), strict=True):
        scheme, n, r, p, salt, digest = record["hash"].split("$")
        assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**14, 8, 1)
        _, secret = parse_key(key) or ("", "")
        assert hashlib.scrypt(secret.encode(), salt=bytes.fromhex(salt), n=2**14, r=8, p=1,
                              dklen=32, maxmem=2**25) == bytes.fromhex(digest)
        assert verify_secret(secret, record["hash"])
        assert not verify_secret(secret[:-1] + ("A" if secret[-1] != "A" else "B"),
                                 record["hash"])
        salts.add(salt)
    assert len(salts) == 2  # a salt per key
    assert {r["name"]: r["role"] for r in list_keys(no_keys)} == {
        "alice": "read", "bob@example.org": "write"}
    assert all("hash" not in r and "key_id" not in r for r in list_keys(no_keys))


def test_a_personal_key_switches_keys_on_and_revoking_it_off(no_keys: Database,
                                                             settings: Settings,
                                                             tmp_path: Path) -> None:
    with TestClient(create_app(with_audit(settings, tmp_path))) as client:
        assert client.get("/stats").status_code == 200  # no key anywhere: open, as before
        key = add_key(no_keys, "alice", "read")
        wait_until(lambda: client.get("/stats").status_code == 401, 5, "a key is needed")
        r = client.get("/stats")
        assert r.json()["error"]["code"] == "unauthorized"
        assert r.headers["www-authenticate"].startswith("Bearer")
        assert client.get("/stats", headers={"X-API-Key": key}).status_code == 200
        assert client.get("/stats", headers={"Authorization": f"Bearer {key}"}).status_code == 200
        assert client.post("/cypher", json={"query": "RETURN 1 AS x"},
                           headers=hdr(key)).json()["rows"] == [[1]]
        for path in ("/health", "/ready", "/"):
            assert client.get(path).status_code == 200, path
        forged = key[:-4] + ("AAAA" if not key.endswith("AAAA") else "BBBB")
        r = client.get("/stats", headers=hdr(forged))
        assert r.status_code == 401 and r.json()["error"]["message"] == \
            "the API key was not accepted"
        assert client.get(f"/stats?api_key={key}").status_code == 401  # never in a URL

        revoke_key(no_keys, "alice")
        wait_until(lambda: client.get("/stats", headers=hdr(key)).status_code == 401, 5,
                   "the revoked key is refused")
        # no key left: the API is open again, as configured
        wait_until(lambda: client.get("/stats").status_code == 200, 5, "open again")


def test_read_key_writing_is_403_and_write_key_writes(clean_db: Database, no_keys: Database,
                                                      settings: Settings,
                                                      tmp_path: Path) -> None:
    reader = add_key(no_keys, "reader", "read")
    doc = synthetic_document("keyed", range(3), 3)
    with TestClient(create_app(with_audit(settings, tmp_path))) as client:
        before = counts(clean_db)
        r = client.post("/ingest", json=doc, headers=hdr(reader))
        assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
        assert "role write" in r.json()["error"]["message"]
        assert client.post("/ingest", json=doc).status_code == 401
        assert counts(clean_db) == before
        writer = add_key(no_keys, "writer", "write")
        r = client.post("/ingest", json=doc, headers=hdr(writer))
        assert r.status_code == 200, r.text
        assert r.json()["nodes"]["Actor"] == {"created": 3, "matched": 0}
        ids = {row["id"] for row in clean_db.read("MATCH (a:Actor) RETURN a.id AS id")}
        assert ids == {f"keyed-actor-{i}" for i in range(3)}
        # a write key reads too
        assert client.get("/actors/keyed-actor-1", headers=hdr(writer)).status_code == 200


def test_settings_keys_keep_working_beside_personal_keys(no_keys: Database,
                                                         settings: Settings,
                                                         tmp_path: Path) -> None:
    add_key(no_keys, "alice", "read")
    s = with_audit(settings, tmp_path, read_api_key=SecretStr(SETTINGS_READ_KEY),
                   write_api_key=SecretStr(SETTINGS_WRITE_KEY))
    with TestClient(create_app(s)) as client:
        assert client.get("/stats", headers=hdr(SETTINGS_READ_KEY)).status_code == 200
        assert client.get("/stats", headers=hdr(SETTINGS_WRITE_KEY)).status_code == 200
        r = client.post("/ingest", content=b"{", headers=hdr(SETTINGS_READ_KEY))
        assert r.status_code == 403
        r = client.post("/ingest", content=b"{", headers={"Content-Type": "application/json",
                                                          **hdr(SETTINGS_WRITE_KEY)})
        assert r.status_code == 422  # past the key check, the document is looked at
    keys = [line["key"] for line in audit_lines(tmp_path / "audit.jsonl")]
    assert keys == ["settings:read", "settings:write"]


def test_ingest_is_off_without_any_write_key(no_keys: Database, settings: Settings) -> None:
    with TestClient(create_app(settings)) as client:
        r = client.post("/ingest", json=synthetic_document("off2", range(2), 2))
        assert r.status_code == 404 and r.json()["error"]["code"] == "disabled"
        assert "geokg keys add" in r.json()["error"]["message"]


# --- the CLI --------------------------------------------------------------------------------

def run_cli(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(geokg("keys", *args), cwd=ROOT, env=server_env(settings),  # noqa: S603
                          capture_output=True, text=True, timeout=120)


def key_state(db: Database) -> list[dict[str, Any]]:
    return db.read("MATCH (k:ApiKey) RETURN properties(k) AS p ORDER BY k.name")


def test_cli_adds_lists_and_revokes(no_keys: Database, settings: Settings) -> None:
    added = run_cli(settings, "add", "carol", "--role", "write")
    assert added.returncode == 0, added.stderr
    key = added.stdout.strip()
    assert re.fullmatch(r"gk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}", key), added.stdout
    assert "shown once" in added.stderr and key not in added.stderr
    record = key_state(no_keys)[0]["p"]
    assert record["name"] == "carol" and record["role"] == "write"
    assert verify_secret((parse_key(key) or ("", ""))[1], record["hash"])

    listed = run_cli(settings, "list")
    assert listed.returncode == 0 and "carol" in listed.stdout and "write" in listed.stdout
    assert key not in listed.stdout and record["hash"] not in listed.stdout
    assert "never" in listed.stdout  # not used yet

    revoked = run_cli(settings, "revoke", "carol")
    assert revoked.returncode == 0 and "revoked" in revoked.stdout
    assert key_state(no_keys) == []


@pytest.mark.parametrize(("args", "fragment"), [
    (("add", "dave", "--role", "admin"), "'admin' is not one of"),
    (("add", "carol", "--role", "read"), "'carol' already has a key"),
    (("add", "bad name", "--role", "read"), "is not a key name"),
    (("revoke", "nobody"), "no key is named 'nobody'"),
])
def test_cli_bad_input_is_refused_and_changes_nothing(no_keys: Database, settings: Settings,
                                                      args: tuple[str, ...],
                                                      fragment: str) -> None:
    add_key(no_keys, "carol", "write")
    before = key_state(no_keys)
    result = run_cli(settings, *args)
    assert result.returncode != 0
    assert fragment in " ".join((result.stderr + result.stdout).split()), result.stderr
    assert "Traceback" not in result.stderr
    assert key_state(no_keys) == before


# --- the audit trail ------------------------------------------------------------------------

CYPHER = "UNWIND range(1, $n) AS x RETURN x"
PARAM_VALUE = "param-value-never-audited-4242"


def test_audit_lines_field_by_field(clean_db: Database, no_keys: Database,
                                    settings: Settings, tmp_path: Path) -> None:
    alice = add_key(no_keys, "alice", "read")
    writer = add_key(no_keys, "writer", "write")
    s = with_audit(settings, tmp_path, write_api_key=SecretStr(SETTINGS_WRITE_KEY))
    started = dt.datetime.now(dt.UTC)
    sent: list[tuple[str, httpx.Response]] = []
    with LiveServer(create_app(s)) as srv:
        def call(method: str, path: str, rid: str, key: str | None,
                 body: Any = None) -> None:
            headers = {"X-Request-ID": rid, **({"X-API-Key": key} if key else {})}
            sent.append((rid, httpx.request(method, srv.url + path, json=body,
                                            headers=headers, timeout=30)))

        call("POST", "/cypher", "a-ok", alice,
             {"query": CYPHER, "params": {"n": 3, "secret_word": PARAM_VALUE}})
        call("POST", "/cypher", "a-rejected", alice,
             {"query": "MATCH (n) DETACH DELETE n", "params": {}})
        call("GET", "/stats", "a-wrong-key", "gk_0123456789abcdef_" + "x" * 43)
        call("POST", "/ingest", "a-read-writes", alice, synthetic_document("au", range(2), 2))
        call("POST", "/ingest", "a-write", writer, synthetic_document("au", range(2), 2))
        call("GET", "/stats", "a-plain-read", alice)  # a read: not audited
        call("GET", "/analytics/centrality?query=MATCH%20(a)-[r]-(b)%20RETURN%20collect(r)",
             "a-analytics", alice)
    ended = dt.datetime.now(dt.UTC)
    status = {rid: r.status_code for rid, r in sent}
    assert status == {"a-ok": 200, "a-rejected": 403, "a-wrong-key": 401,
                      "a-read-writes": 403, "a-write": 200, "a-plain-read": 200,
                      "a-analytics": 200}
    for rid, r in sent:
        assert r.headers["x-request-id"] == rid

    lines = audit_lines(tmp_path / "audit.jsonl")
    assert [ln["request_id"] for ln in lines] == [
        "a-ok", "a-rejected", "a-wrong-key", "a-read-writes", "a-write", "a-analytics"]
    base = {"client": "127.0.0.1", "worker": os.getpid()}
    expected: list[dict[str, Any]] = [
        {"key": "alice", "role": "read", "method": "POST", "endpoint": "/cypher",
         "status": 200, "outcome": "ok", "reason": None, "rows": 3, "query": CYPHER,
         "params": ["n", "secret_word"]},
        {"key": "alice", "role": "read", "method": "POST", "endpoint": "/cypher",
         "status": 403, "outcome": "refused", "reason": "query_rejected", "rows": None,
         "query": "MATCH (n) DETACH DELETE n", "params": []},
        {"key": None, "role": None, "method": "GET", "endpoint": "/stats", "status": 401,
         "outcome": "refused", "reason": "unauthorized", "rows": None, "query": None,
         "params": None},
        {"key": "alice", "role": "read", "method": "POST", "endpoint": "/ingest",
         "status": 403, "outcome": "refused", "reason": "forbidden", "rows": None,
         "query": None, "params": None},
        {"key": "writer", "role": "write", "method": "POST", "endpoint": "/ingest",
         "status": 200, "outcome": "ok", "reason": None, "rows": None, "query": None,
         "params": None},
        {"key": "alice", "role": "read", "method": "GET", "endpoint": "/analytics/centrality",
         "status": 200, "outcome": "ok", "reason": None, "rows": None,
         "query": "MATCH (a)-[r]-(b) RETURN collect(r)", "params": None},
    ]
    fields = {"time", "request_id", "key", "role", "client", "method", "endpoint", "status",
              "outcome", "reason", "duration_ms", "rows", "query", "params", "worker"}
    for line, want in zip(lines, expected, strict=True):
        assert set(line) == fields, line  # no param_values unless the setting allows
        for name, value in {**base, **want}.items():
            assert line[name] == value, (line["request_id"], name, line[name])
        when = dt.datetime.fromisoformat(line["time"].replace("Z", "+00:00"))
        assert started - dt.timedelta(seconds=1) <= when <= ended + dt.timedelta(seconds=1)
        assert line["time"].endswith("Z")
        assert isinstance(line["duration_ms"], float) and line["duration_ms"] > 0

    raw = (tmp_path / "audit.jsonl").read_text()
    password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else "x"
    for secret in (alice, writer, SETTINGS_WRITE_KEY, PARAM_VALUE, password,
                   (parse_key(alice) or ("", ""))[1]):
        assert secret not in raw
    assert "authorization" not in raw.lower() and "x-api-key" not in raw.lower()
    assert stat.S_IMODE((tmp_path / "audit.jsonl").stat().st_mode) == 0o600


def test_draft_decisions_are_audited_writes(no_keys: Database, settings: Settings,
                                            tmp_path: Path) -> None:
    reader = add_key(no_keys, "reader", "read")
    writer = add_key(no_keys, "writer", "write")
    with TestClient(create_app(with_audit(settings, tmp_path))) as client:
        r = client.post("/drafts/draft-nowhere-1/approve", headers=hdr(reader, "d-read"))
        assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
        r = client.post("/drafts/draft-nowhere-1/approve", headers=hdr(writer, "d-write"))
        assert r.status_code == 404  # past the key check: there is no such draft
        r = client.post("/drafts/draft-nowhere-1/reject", json={"reason": "dup"},
                        headers=hdr(writer, "d-reject"))
        assert r.status_code == 404
    got = [(ln["request_id"], ln["key"], ln["endpoint"], ln["status"], ln["outcome"],
            ln["reason"]) for ln in audit_lines(tmp_path / "audit.jsonl")]
    assert got == [
        ("d-read", "reader", "/drafts/draft-nowhere-1/approve", 403, "refused", "forbidden"),
        ("d-write", "writer", "/drafts/draft-nowhere-1/approve", 404, "error", "not_found"),
        ("d-reject", "writer", "/drafts/draft-nowhere-1/reject", 404, "error", "not_found"),
    ]


def test_parameter_values_are_audited_only_when_allowed(no_keys: Database, settings: Settings,
                                                        tmp_path: Path) -> None:
    s = with_audit(settings, tmp_path, audit_param_values=True)
    with TestClient(create_app(s)) as client:
        r = client.post("/cypher", json={"query": CYPHER, "params": {"n": 2, "w": PARAM_VALUE}})
        assert r.status_code == 200
    (line,) = audit_lines(tmp_path / "audit.jsonl")
    assert line["param_values"] == {"n": 2, "w": PARAM_VALUE}
    assert line["params"] == ["n", "w"] and line["rows"] == 2 and line["key"] is None


def test_audit_tail_filters_by_user_time_and_outcome(no_keys: Database, settings: Settings,
                                                     tmp_path: Path) -> None:
    alice = add_key(no_keys, "alice", "read")
    bob = add_key(no_keys, "bob", "read")
    with TestClient(create_app(with_audit(settings, tmp_path))) as client:
        for key in (alice, bob, alice):
            client.post("/cypher", json={"query": "RETURN 1 AS x"}, headers=hdr(key))
        client.post("/cypher", json={"query": "CREATE (n)"}, headers=hdr(alice))
    audit_file = str(tmp_path / "audit.jsonl")

    def tail(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(geokg("audit", "tail", "--file", audit_file, *args), cwd=ROOT,  # noqa: S603
                              env=server_env(settings), capture_output=True, text=True,
                              timeout=120)

    import json
    out = tail("--user", "alice", "--json")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(x) for x in out.stdout.splitlines()]
    assert [(r["key"], r["outcome"]) for r in rows] == [
        ("alice", "ok"), ("alice", "ok"), ("alice", "refused")]
    out = tail("--outcome", "refused", "--json")
    assert [json.loads(x)["query"] for x in out.stdout.splitlines()] == ["CREATE (n)"]
    assert tail("--since", "1h", "--json").stdout.count("\n") == 4
    assert tail("--since", "2999-01-01", "--json").stdout == ""
    text = tail("--user", "bob").stdout.strip().splitlines()
    assert len(text) == 1 and "bob" in text[0] and "POST /cypher" in text[0] \
        and "query=RETURN 1 AS x" in text[0]
    bad = tail("--since", "yesterday-ish")
    assert bad.returncode != 0 and "--since" in bad.stderr and "Traceback" not in bad.stderr
    missing = subprocess.run(geokg("audit", "tail", "--file", str(tmp_path / "none.jsonl")),  # noqa: S603
                             cwd=ROOT, env=server_env(settings), capture_output=True,
                             text=True, timeout=120)
    assert missing.returncode != 0 and "no audit trail" in missing.stderr


# --- limits per key -------------------------------------------------------------------------

def test_rate_limit_per_key_is_429_with_retry_after(no_keys: Database, settings: Settings,
                                                    tmp_path: Path) -> None:
    alice = add_key(no_keys, "alice", "read")
    bob = add_key(no_keys, "bob", "read")
    s = with_audit(settings, tmp_path, rate_limit_per_minute=3)
    with TestClient(create_app(s)) as client:
        assert [client.get("/stats", headers=hdr(alice)).status_code for _ in range(3)] == \
            [200, 200, 200]
        r = client.get("/stats", headers=hdr(alice, "over-the-limit"))
        assert r.status_code == 429
        assert r.json()["error"]["code"] == "rate_limited"
        assert 1 <= int(r.headers["retry-after"]) <= 60
        assert client.get("/stats", headers=hdr(bob)).status_code == 200  # per key
        assert client.get("/health").status_code == 200  # probes are not counted
    (line,) = audit_lines(tmp_path / "audit.jsonl")
    assert (line["request_id"], line["key"], line["status"], line["outcome"],
            line["reason"]) == ("over-the-limit", "alice", 429, "refused", "rate_limited")


SLOW = "MATCH (a), (b), (c), (d) RETURN sum(size(coalesce(a.id, '') + b.id + c.id + d.id)) AS n"


def test_cypher_concurrency_per_key(seeded_db: Database, no_keys: Database,
                                    settings: Settings, tmp_path: Path) -> None:
    alice = add_key(no_keys, "alice", "read")
    bob = add_key(no_keys, "bob", "read")
    s = with_audit(settings, tmp_path, cypher_concurrency=1, query_timeout_s=5.0)
    with LiveServer(create_app(s)) as srv:
        slow: dict[str, httpx.Response] = {}

        def run_slow() -> None:
            slow["r"] = httpx.post(f"{srv.url}/cypher", json={"query": SLOW},
                                   headers=hdr(alice, "slow-one"), timeout=60)

        worker = threading.Thread(target=run_slow)
        worker.start()

        def slow_is_running() -> bool:
            assert worker.is_alive(), slow["r"].text[:300]
            rows = no_keys.read("SHOW TRANSACTIONS YIELD currentQuery "
                                "RETURN collect(currentQuery) AS q")
            return any("sum(size(coalesce" in q for q in rows[0]["q"])

        wait_until(slow_is_running, 30, "the slow query runs in Neo4j")
        refused = [httpx.post(f"{srv.url}/cypher", json={"query": "RETURN 1 AS x"},
                              headers=hdr(alice, "second"), timeout=30)]
        assert worker.is_alive() and refused[0].status_code == 429, refused[0].text
        assert refused[0].json()["error"]["code"] == "rate_limited"
        assert refused[0].headers["retry-after"] == "5"  # the query time limit
        other = httpx.post(f"{srv.url}/cypher", json={"query": "RETURN 1 AS x"},
                           headers=hdr(bob), timeout=30)
        assert worker.is_alive() and other.status_code == 200  # another key is not held up
        assert httpx.get(f"{srv.url}/stats", headers=hdr(alice)).status_code == 200  # not Cypher
        worker.join(60)
        assert slow["r"].status_code == 408
        after = httpx.post(f"{srv.url}/cypher", json={"query": "RETURN 1 AS x"},
                           headers=hdr(alice), timeout=30)
        assert after.status_code == 200  # the slot is free again
    by_id = {ln["request_id"]: ln for ln in audit_lines(tmp_path / "audit.jsonl")}
    assert (by_id["slow-one"]["outcome"], by_id["slow-one"]["reason"]) == \
        ("timeout", "query_timeout")
    assert by_id["slow-one"]["query"] == SLOW
    assert (by_id["second"]["outcome"], by_id["second"]["reason"], by_id["second"]["key"]) == \
        ("refused", "rate_limited", "alice")


# --- request ids ----------------------------------------------------------------------------

@pytest.mark.parametrize("sent", ["abc-123", "0f8fad5b-d9cb-469f-a165-70867728950e",
                                  "trace:1.2_3", "x" * 128])
def test_a_sane_request_id_is_kept(no_keys: Database, settings: Settings, sent: str) -> None:
    with TestClient(create_app(settings)) as client:
        for method, path in (("GET", "/stats"), ("GET", "/health"), ("GET", "/actors/nobody"),
                             ("GET", "/paths?source=a"), ("POST", "/cypher")):
            r = client.request(method, path, headers={"X-Request-ID": sent},
                               json={"query": "RETURN 1"} if method == "POST" else None)
            assert r.headers["x-request-id"] == sent, (path, r.status_code)


@pytest.mark.parametrize("sent", ["", "has space", "x" * 129, "semi;colon", "new\tline",
                                  "<script>"])
def test_an_odd_request_id_is_replaced(no_keys: Database, settings: Settings,
                                       sent: str) -> None:
    with TestClient(create_app(settings)) as client:
        r = client.get("/stats", headers={"X-Request-ID": sent})
        assert r.status_code == 200
        assert re.fullmatch(r"[0-9a-f]{32}", r.headers["x-request-id"])
        assert r.headers["x-request-id"] != client.get("/stats").headers["x-request-id"]


def test_refusals_of_the_middlewares_carry_the_request_id(no_keys: Database,
                                                          settings: Settings) -> None:
    s = settings.model_copy(update={"read_api_key": SecretStr(SETTINGS_READ_KEY),
                                    "max_body_bytes": 1024})
    with TestClient(create_app(s)) as client:
        r = client.get("/stats", headers={"X-Request-ID": "refused-401"})
        assert (r.status_code, r.headers["x-request-id"]) == (401, "refused-401")
        r = client.post("/cypher", content=b"x" * 5000,
                        headers={"X-Request-ID": "refused-413", **hdr(SETTINGS_READ_KEY)})
        assert (r.status_code, r.headers["x-request-id"]) == (413, "refused-413")
