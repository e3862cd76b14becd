"""``geokg gdelt sync`` against a real local HTTP server and a real Neo4j (issue 17, part 2).

The server serves a ``SIZE MD5 URL`` list and zips made here from slices of the project's
GDELT sample, each slice under its own 15-minute timestamp. Routes can answer with the
file, a corrupt copy (same size, other bytes), a 404, or a connection dropped half-way
(a full ``Content-Length``, half the body, then close).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import signal
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from graph.db import Database
from graph.errors import InvalidInput
from graph.settings import Settings
from loaders.gdelt.feed import (
    FeedFile,
    ListProblem,
    SyncOptions,
    parse_line,
    parse_tables,
    parse_timestamp,
    select,
    sync,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "gdelt" / "20170701234500.export.sample.CSV"
MENTIONS_SAMPLE = ROOT / "data" / "gdelt" / "20170701234500.mentions.sample.CSV"
#: Four 15-minute updates; each gets its own slice of the sample.
STAMPS = ("20170701230000", "20170701231500", "20170701233000", "20170701234500")
SLICE = 8
MD5_X = "0" * 32


def _slices() -> dict[str, list[str]]:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    return {ts: lines[i * SLICE:(i + 1) * SLICE] for i, ts in enumerate(STAMPS)}


SLICES = _slices()


def _ids(ts: str) -> set[int]:
    return {int(line.split("\t", 1)[0]) for line in SLICES[ts]}


def _zip(member: str, lines: list[str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(member, "\n".join(lines) + "\n")
    return buf.getvalue()


def export_name(ts: str) -> str:
    return f"{ts}.export.CSV.zip"


def mention_lines(ts: str, n: int) -> list[str]:
    """``n`` real Mentions sample rows, each pointed at one event of ``ts``'s export slice
    (the sample's own events are in no export file)."""
    rows = MENTIONS_SAMPLE.read_text(encoding="utf-8").splitlines()[:n]
    events = sorted(_ids(ts))[:n]
    return ["\t".join([str(gid), ts, *row.split("\t")[2:]])
            for gid, row in zip(events, rows, strict=True)]


@dataclass
class Route:
    body: bytes
    mode: str = "ok"  # ok | corrupt | 404 | drop | 500 | hang


@dataclass
class FeedServer:
    """A local GDELT: ``routes`` by path, ``listed`` (paths in list order), ``log``."""

    base: str = ""
    routes: dict[str, Route] = field(default_factory=dict)
    listed: list[str] = field(default_factory=list)
    extra_lines: list[str] = field(default_factory=list)
    log: list[str] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)  # ends every hang

    @property
    def list_url(self) -> str:
        return self.base + "/lastupdate.txt"

    def add_export(self, ts: str, mode: str = "ok") -> str:
        name = export_name(ts)
        self.routes["/" + name] = Route(_zip(f"{ts}.export.CSV", SLICES[ts]), mode)
        self.listed.append("/" + name)
        return name

    def add_mentions(self, ts: str, n: int) -> str:
        name = f"{ts}.mentions.CSV.zip"
        self.routes["/" + name] = Route(_zip(f"{ts}.mentions.CSV", mention_lines(ts, n)))
        self.listed.append("/" + name)
        return name

    def list_text(self) -> str:
        out = []
        for path in self.listed:
            body = self.routes[path].body
            out.append(f"{len(body)} {hashlib.md5(body).hexdigest()} {self.base}{path}")
        return "\n".join(out + self.extra_lines) + "\n"

    def zip_requests(self) -> list[str]:
        return [p.lstrip("/") for p in self.log if p.endswith(".zip")]


def _handler(feed: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            feed.log.append(self.path)
            if self.path == "/lastupdate.txt":
                self._send(200, feed.list_text().encode())
                return
            route = feed.routes.get(self.path)
            if route is None or route.mode == "404":
                self._send(404, b"not found")
            elif route.mode == "500":
                self._send(500, b"oops")
            elif route.mode == "corrupt":  # same size, one byte changed
                body = bytearray(route.body)
                body[len(body) // 2] ^= 0xFF
                self._send(200, bytes(body))
            elif route.mode in ("drop", "hang"):  # half the body, then close (or wait)
                self.send_response(200)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body[: len(route.body) // 2])
                self.wfile.flush()
                if route.mode == "hang":
                    feed.release.wait(60)
                self.close_connection = True
            else:
                self._send(200, route.body)

        def _send(self, status: int, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture
def feed() -> Iterator[FeedServer]:
    state = FeedServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield state
    state.release.set()
    httpd.shutdown()
    httpd.server_close()


def _env(settings: Settings) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "GEOKG_NEO4J_URI": settings.uri,
            "GEOKG_NEO4J_PASSWORD": settings.neo4j_password.get_secret_value(),  # type: ignore[union-attr]
            "GEOKG_GDELT_FEED_RETRIES": "1", "GEOKG_GDELT_FEED_BACKOFF_S": "0.01",
            "GEOKG_GDELT_FEED_TIMEOUT_S": "10"}


def _geokg(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cli.main", "gdelt", "sync", *args],
                          capture_output=True, text=True, cwd=ROOT, env=_env(settings),
                          timeout=300, check=False)


@contextmanager
def _running(env: dict[str, str], *args: str) -> Iterator[subprocess.Popen[str]]:
    """``geokg gdelt sync ARGS`` in the background, killed if the test leaves it running."""
    proc = subprocess.Popen([sys.executable, "-m", "cli.main", "gdelt", "sync", *args],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _ctrl_c(proc: subprocess.Popen[str]) -> str:
    """Send Ctrl-C; return the process's stderr once it has ended."""
    proc.send_signal(signal.SIGINT)
    return proc.communicate(timeout=60)[1]


def _events(db: Database) -> set[int]:
    return {r["g"] for r in db.read("MATCH (e:Event) WHERE e.gdelt_id IS NOT NULL "
                                    "RETURN e.gdelt_id AS g")}


def _recorded(db: Database) -> list[dict[str, Any]]:
    return db.read("MATCH (f:GdeltFile) RETURN f.name AS name, f.table AS table, "
                   "f.size AS size, f.md5 AS md5, f.rows AS rows, f.url AS url, "
                   "f.timestamp AS ts, f.loaded_at AS at ORDER BY f.loaded_at, f.name")


# --- the list and the parameters (no server, no database) -------------------------------------

def test_list_lines_parse_or_say_why() -> None:
    ok = parse_line(f"1234 {'A' * 32} http://h/gdeltv2/20241009120000.export.CSV.zip", 3)
    assert isinstance(ok, FeedFile)
    assert (ok.line, ok.size, ok.md5, ok.table, ok.translation, ok.name) == (
        3, 1234, "a" * 32, "export", False, "20241009120000.export.CSV.zip")
    assert ok.timestamp == dt.datetime(2024, 10, 9, 12, tzinfo=dt.UTC)
    tr = parse_line(f"1 {MD5_X} http://h/20241009120000.translation.mentions.CSV.zip", 1)
    assert isinstance(tr, FeedFile) and (tr.table, tr.translation) == ("mentions", True)
    assert parse_line("   ", 9) is None
    bad = {
        "garbage here": "expected 'SIZE MD5 URL', found 2 fields",
        f"12k {MD5_X} http://h/20241009120000.export.CSV.zip": "size '12k' is not a number",
        "12 xyz http://h/20241009120000.export.CSV.zip": "'xyz' is not an MD5",
        f"12 {MD5_X} ftp://h/20241009120000.export.CSV.zip": "is not an http(s) URL",
        f"12 {MD5_X} http://h/latest.zip": "'latest.zip' is not a GDELT 2.0 file name",
        f"12 {MD5_X} http://h/20241399120000.export.CSV.zip": "'20241399120000' in",
    }
    for text, reason in bad.items():
        item = parse_line(text, 7)
        assert isinstance(item, ListProblem) and item.line == 7, text
        assert reason in item.reason, (text, item.reason)


def test_select_keeps_tables_and_range_in_time_order() -> None:
    lines = [
        f"1 {MD5_X} http://h/20170701233000.export.CSV.zip",
        f"2 {MD5_X} http://h/20170701231500.mentions.CSV.zip",
        f"3 {MD5_X} http://h/20170701231500.gkg.csv.zip",
        "not a line",
        f"4 {MD5_X} http://h/20170701231500.export.CSV.zip",
        f"5 {MD5_X} http://h/20170701230000.export.CSV.zip",
        f"6 {MD5_X} http://h/20170701234500.export.CSV.zip",
        f"4 {MD5_X} http://h/20170701231500.export.CSV.zip",  # listed twice: once
    ]
    both = select(lines, ("export", "mentions"), parse_timestamp("20170701231500", "--since"),
                  parse_timestamp("20170701233000", "--until"))
    assert [f.name for f in both.files] == [
        "20170701231500.export.CSV.zip", "20170701231500.mentions.CSV.zip",
        "20170701233000.export.CSV.zip"]
    assert both.other_tables == {"gkg": 1} and both.out_of_range == 2
    assert [(p.line, p.text) for p in both.problems] == [(4, "not a line")]
    export = select(lines, ("export",))
    assert [f.size for f in export.files] == [5, 4, 1, 6]
    assert export.other_tables == {"gkg": 1, "mentions": 1}


def test_bad_parameters_are_named() -> None:
    for value, words in (("2017070123", "not a GDELT timestamp YYYYMMDDHHMMSS"),
                         ("20171345000000", "is not a date-time"),
                         ("yesterday", "not a GDELT timestamp")):
        with pytest.raises(InvalidInput) as err:
            parse_timestamp(value, "--since")
        assert err.value.message.startswith(f"--since: '{value}'") and words in err.value.message
    assert parse_tables("mentions, export") == ("export", "mentions")
    for value in ("export,gkg", "", ","):
        with pytest.raises(InvalidInput, match="--tables"):
            parse_tables(value)


def test_cli_refuses_bad_parameters_without_a_trace(settings: Settings) -> None:
    url = "http://127.0.0.1:9/lastupdate.txt"  # never read: the parameters fail first
    for args, words in (
        (["--since", "201707012345"], "error: --since: '201707012345' is not a GDELT"),
        (["--since", "20170701234500", "--until", "20170701230000"],
         "error: --since 20170701234500 is after --until 20170701230000"),
    ):
        res = _geokg(settings, "--feed", url, *args)
        assert res.returncode == 1, (args, res.stderr)
        assert words in res.stderr, (args, res.stderr)
        assert "Traceback" not in res.stderr


# --- syncing -----------------------------------------------------------------------------------

def test_sync_reports_each_failure_then_resumes_and_skips(clean_db: Database,
                                                           settings: Settings,
                                                           feed: FeedServer) -> None:
    db = clean_db
    good = feed.add_export(STAMPS[0])
    corrupt = feed.add_export(STAMPS[1], "corrupt")
    missing = feed.add_export(STAMPS[2], "404")
    dropped = feed.add_export(STAMPS[3], "drop")
    feed.listed.reverse()  # the list out of order: loading is in time order anyway
    feed.extra_lines = [f"2048 {MD5_X} {feed.base}/{STAMPS[3]}.gkg.csv.zip", "garbage line"]

    res = _geokg(settings, "--feed", feed.list_url, "--json")
    assert res.returncode == 1, res.stderr
    out = json.loads(res.stdout)
    assert [f["name"] for f in out["files_loaded"]] == [good]
    assert out["files_loaded"][0]["rows"] == SLICE
    assert out["files_loaded"][0]["summary"]["loaded"] == SLICE  # the loader's own summary
    failed = {f["name"]: f["reason"] for f in out["files_failed"]}
    assert list(failed) == [corrupt, missing, dropped]
    assert failed[corrupt].startswith("MD5 mismatch: the list says ")
    assert failed[missing] == "HTTP 404 Not Found"
    body = feed.routes["/" + dropped].body
    assert failed[dropped].startswith(
        f"connection dropped mid-transfer after {len(body) // 2} of {len(body)} bytes")
    assert failed[dropped].endswith("(2 attempts)")
    assert out["files_skipped"] == []
    assert out["other_tables"] == {"gkg": 1}
    assert out["list_problems"] == [{"line": 6, "text": "garbage line",
                                     "reason": "expected 'SIZE MD5 URL', found 2 fields"}]
    # a 404 and a bad checksum are not retried, a dropped transfer is (GEOKG_..._RETRIES=1),
    # the gkg file is never fetched
    assert feed.zip_requests() == [good, corrupt, missing, dropped, dropped]
    assert _events(db) == _ids(STAMPS[0])
    rec = _recorded(db)
    assert [(r["name"], r["table"], r["rows"], r["url"]) for r in rec] == [
        (good, "export", SLICE, f"{feed.base}/{good}")]
    zbody = feed.routes["/" + good].body
    assert (rec[0]["size"], rec[0]["md5"]) == (len(zbody), hashlib.md5(zbody).hexdigest())
    assert rec[0]["ts"].to_native() == dt.datetime(2017, 7, 1, 23, 0, tzinfo=dt.UTC)

    # the server is fixed: the rerun loads only what failed, in time order
    for path in feed.listed:
        feed.routes[path].mode = "ok"
    feed.log.clear()
    res = _geokg(settings, "--feed", feed.list_url, "--json")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert [f["name"] for f in out["files_loaded"]] == [corrupt, missing, dropped]
    assert out["files_skipped"] == [good] and out["files_failed"] == []
    assert out["rows"] == {"export": 3 * SLICE}
    assert feed.zip_requests() == [corrupt, missing, dropped]
    assert _events(db) == set().union(*(_ids(ts) for ts in STAMPS))
    assert [r["name"] for r in _recorded(db)] == [good, corrupt, missing, dropped]

    # nothing new: nothing downloaded, nothing loaded
    feed.log.clear()
    before = db.read("MATCH (n) RETURN count(n) AS n")
    res = _geokg(settings, "--feed", feed.list_url, "--json")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert out["files_loaded"] == [] and out["files_failed"] == []
    assert out["files_skipped"] == [good, corrupt, missing, dropped]
    assert feed.zip_requests() == []
    assert db.read("MATCH (n) RETURN count(n) AS n") == before


def test_progress_lines_and_text_summary(clean_db: Database, settings: Settings,
                                         feed: FeedServer) -> None:
    good = feed.add_export(STAMPS[0])
    missing = feed.add_export(STAMPS[1], "404")
    feed.extra_lines = ["junk"]
    res = _geokg(settings, "--feed", feed.list_url)
    assert res.returncode == 1
    err = res.stderr.splitlines()
    assert f"{feed.list_url}: line 3: expected 'SIZE MD5 URL', found 1 field; skipped" in err
    assert any(line.startswith(f"[1/2] {good}: {SLICE} events loaded (") for line in err), err
    assert f"[2/2] {missing}: FAILED: HTTP 404 Not Found" in err
    out = res.stdout.splitlines()
    assert out[:4] == [f"loaded: 1 file(s) ({SLICE} export rows)", "already loaded: 0 file(s)",
                       "failed: 1 file(s)", f"  {missing}: HTTP 404 Not Found"]
    assert "list: 1 line(s) not parsed, skipped" in out
    assert "Traceback" not in res.stderr


def test_range_filter_and_time_order(clean_db: Database, feed: FeedServer) -> None:
    for ts in reversed(STAMPS):
        feed.add_export(ts)
    lines: list[str] = []
    options = SyncOptions(since=parse_timestamp(STAMPS[1], "--since"),
                          until=parse_timestamp(STAMPS[2], "--until"), retries=0)
    out = sync(clean_db, feed.list_url, options, say=lines.append)
    names = [export_name(STAMPS[1]), export_name(STAMPS[2])]
    assert [f["name"] for f in out["files_loaded"]] == names
    assert out["out_of_range"] == 2 and out["since"] == "2017-07-01T23:15:00Z"
    assert feed.zip_requests() == names  # downloaded and loaded oldest first
    assert [r["name"] for r in _recorded(clean_db)] == names  # loaded_at in that order
    assert _events(clean_db) == _ids(STAMPS[1]) | _ids(STAMPS[2])
    assert [line.split(":")[0] for line in lines] == [f"[1/2] {names[0]}", f"[2/2] {names[1]}"]
    # --until alone: everything up to it not loaded yet
    out = sync(clean_db, feed.list_url, SyncOptions(until=parse_timestamp(STAMPS[2], "u")))
    assert [f["name"] for f in out["files_loaded"]] == [export_name(STAMPS[0])]
    assert out["files_skipped"] == names


def test_max_files_refuses_before_downloading(clean_db: Database, feed: FeedServer) -> None:
    for ts in STAMPS:
        feed.add_export(ts)
    with pytest.raises(InvalidInput, match="--max-files: 4 files to load .* more than 3"):
        sync(clean_db, feed.list_url, SyncOptions(max_files=3))
    assert feed.zip_requests() == [] and _recorded(clean_db) == []


def test_keep_folder_holds_downloads_and_is_reused(clean_db: Database, feed: FeedServer,
                                                   tmp_path: Path) -> None:
    name = feed.add_export(STAMPS[0])
    keep = tmp_path / "gdelt"
    out = sync(clean_db, feed.list_url, SyncOptions(keep=keep))
    assert [f["name"] for f in out["files_loaded"]] == [name]
    assert sorted(p.name for p in keep.iterdir()) == [name]
    assert (keep / name).read_bytes() == feed.routes["/" + name].body
    clean_db.write(lambda tx: tx.run("MATCH (n) DETACH DELETE n").consume())
    feed.log.clear()
    out = sync(clean_db, feed.list_url, SyncOptions(keep=keep))  # loads again, from the copy
    assert [f["name"] for f in out["files_loaded"]] == [name]
    assert feed.zip_requests() == [] and _events(clean_db) == _ids(STAMPS[0])


def test_unreachable_feed_is_one_line(settings: Settings, feed: FeedServer) -> None:
    res = _geokg(settings, "--feed", feed.base + "/nothing.txt")
    assert res.returncode == 1
    assert res.stderr.strip() == (f"error: --feed: cannot read the list at "
                                  f"{feed.base}/nothing.txt: HTTP 404 Not Found")


def test_follow_runs_rounds_until_ctrl_c(clean_db: Database, settings: Settings,
                                         feed: FeedServer) -> None:
    first = feed.add_export(STAMPS[0])
    with _running(_env(settings), "--feed", feed.list_url, "--follow", "--interval", "0.2",
                  "--json") as proc:
        assert proc.stdout is not None
        rounds = [json.loads(proc.stdout.readline())]
        assert rounds[0]["round"] == 1
        assert [f["name"] for f in rounds[0]["files_loaded"]] == [first]
        second = feed.add_export(STAMPS[1])  # GDELT publishes the next update
        while not any(r["files_loaded"] for r in rounds[1:]):
            line = proc.stdout.readline()
            assert line, proc.stderr.read() if proc.stderr else ""
            rounds.append(json.loads(line))
        new = [r for r in rounds[1:] if r["files_loaded"]]
        assert [f["name"] for f in new[0]["files_loaded"]] == [second]
        assert new[0]["files_skipped"] == [first]
        assert all(r["files_loaded"] == [] for r in rounds[1:-1])
        err = _ctrl_c(proc)
    assert proc.returncode == 0, err
    assert "stopped after" in err and "Traceback" not in err
    assert _events(clean_db) == _ids(STAMPS[0]) | _ids(STAMPS[1])


def test_follow_tries_a_failed_file_again_after_the_list_drops_it(
        clean_db: Database, feed: FeedServer) -> None:
    from loaders.gdelt.feed import FOLLOW_RETRY_ROUNDS, Follower

    name = feed.add_export(STAMPS[0], "500")
    follower = Follower(feed.list_url, SyncOptions(retries=0))
    out = follower.round(clean_db)
    assert [f["reason"] for f in out["files_failed"]] == ["HTTP 500 Internal Server Error "
                                                          "(1 attempt)"]
    assert out["retry_next_round"] == [name]
    feed.listed.clear()  # lastupdate.txt has moved on
    feed.routes["/" + name].mode = "ok"
    out = follower.round(clean_db)
    assert [f["name"] for f in out["files_loaded"]] == [name]
    assert out["retry_next_round"] == [] and _events(clean_db) == _ids(STAMPS[0])
    # a file that keeps failing is given up after FOLLOW_RETRY_ROUNDS rounds
    gone = feed.add_export(STAMPS[1], "404")
    feed.listed.clear()
    follower.carry.clear()
    follower.round(clean_db)  # not listed, not carried: nothing
    feed.listed.append("/" + gone)
    tries = [follower.round(clean_db)["retry_next_round"]]
    feed.listed.clear()
    while tries[-1]:
        tries.append(follower.round(clean_db)["retry_next_round"])
    assert tries == [[gone]] * (FOLLOW_RETRY_ROUNDS - 1) + [[]]



def test_a_stalled_transfer_times_out(clean_db: Database, feed: FeedServer) -> None:
    stalled = feed.add_export(STAMPS[0], "hang")
    good = feed.add_export(STAMPS[1])
    out = sync(clean_db, feed.list_url, SyncOptions(timeout=0.5, retries=1, backoff=0.01))
    body = feed.routes["/" + stalled].body
    assert out["files_failed"] == [{
        "name": stalled, "table": "export", "url": f"{feed.base}/{stalled}",
        "timestamp": "2017-07-01T23:00:00Z", "size": len(body),
        "md5": hashlib.md5(body).hexdigest(),
        "reason": f"timed out mid-transfer after {len(body) // 2} of {len(body)} bytes "
                  "(2 attempts)"}]
    assert [f["name"] for f in out["files_loaded"]] == [good]
    assert [r["name"] for r in _recorded(clean_db)] == [good]


def test_ctrl_c_mid_run_then_the_rerun_resumes(clean_db: Database, settings: Settings,
                                               feed: FeedServer, tmp_path: Path) -> None:
    first = feed.add_export(STAMPS[0])
    stalled = feed.add_export(STAMPS[1], "hang")
    third = feed.add_export(STAMPS[2])
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    with _running({**_env(settings), "TMPDIR": str(tmp)}, "--feed", feed.list_url) as proc:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        assert line.startswith(f"[1/3] {first}: {SLICE} events loaded"), line
        deadline = time.monotonic() + 60
        while "/" + stalled not in feed.log:  # the second download has begun, and stalls
            assert time.monotonic() < deadline
            time.sleep(0.05)
        err = _ctrl_c(proc)
    assert proc.returncode == 130, err
    assert "interrupted: the files loaded so far are recorded" in err
    assert "Traceback" not in err
    assert list(tmp.iterdir()) == []  # the download folder is gone, partial file and all
    assert [r["name"] for r in _recorded(clean_db)] == [first]
    assert _events(clean_db) == _ids(STAMPS[0])
    feed.routes["/" + stalled].mode = "ok"
    feed.log.clear()
    res = _geokg(settings, "--feed", feed.list_url, "--json")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert out["files_skipped"] == [first]
    assert [f["name"] for f in out["files_loaded"]] == [stalled, third]
    assert feed.zip_requests() == [stalled, third]
    assert _events(clean_db) == _ids(STAMPS[0]) | _ids(STAMPS[1]) | _ids(STAMPS[2])


def test_export_and_mentions_in_time_order(clean_db: Database, settings: Settings,
                                            feed: FeedServer) -> None:
    db = clean_db
    # the list names mentions before exports and the later update first
    m2, e2 = feed.add_mentions(STAMPS[1], 3), feed.add_export(STAMPS[1])
    m1, e1 = feed.add_mentions(STAMPS[0], 4), feed.add_export(STAMPS[0])
    feed.extra_lines = [f"99 {MD5_X} {feed.base}/{STAMPS[0]}.gkg.csv.zip"]

    res = _geokg(settings, "--feed", feed.list_url, "--json")  # export only, by default
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert [f["name"] for f in out["files_loaded"]] == [e1, e2]
    assert out["other_tables"] == {"gkg": 1, "mentions": 2}

    feed.log.clear()
    res = _geokg(settings, "--feed", feed.list_url, "--tables", "export,mentions", "--json")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert out["files_skipped"] == [e1, e2]
    assert [(f["name"], f["table"], f["rows"]) for f in out["files_loaded"]] == [
        (m1, "mentions", 4), (m2, "mentions", 3)]
    # each mentions file's events were loaded before it: every mention attached at once
    assert [(f["summary"]["attached"], f["summary"]["pending"])
            for f in out["files_loaded"]] == [(4, 0), (3, 0)]
    assert out["rows"] == {"export": 0, "mentions": 7}
    assert out["other_tables"] == {"gkg": 1}
    assert feed.zip_requests() == [m1, m2]
    mentioned = db.read("MATCH (c:Claim)-[:ABOUT]->(e:Event) WHERE c.id STARTS WITH "
                        "'gdelt-mention:' RETURN e.gdelt_id AS g")
    assert sorted(r["g"] for r in mentioned) == sorted(
        sorted(_ids(STAMPS[0]))[:4] + sorted(_ids(STAMPS[1]))[:3])
    assert db.read("MATCH (p:PendingMention) RETURN count(p) AS n") == [{"n": 0}]
    assert [(r["name"], r["table"]) for r in _recorded(db)] == [
        (e1, "export"), (e2, "export"), (m1, "mentions"), (m2, "mentions")]


def test_both_tables_of_one_update_load_export_first(clean_db: Database,
                                                     feed: FeedServer) -> None:
    m1 = feed.add_mentions(STAMPS[0], 5)
    e1 = feed.add_export(STAMPS[0])
    out = sync(clean_db, feed.list_url, SyncOptions(tables=parse_tables("mentions,export")))
    assert [f["name"] for f in out["files_loaded"]] == [e1, m1]
    assert feed.zip_requests() == [e1, m1]
    assert out["files_loaded"][1]["summary"]["attached"] == 5
    assert out["files_loaded"][1]["summary"]["pending"] == 0


def test_a_saved_list_file_is_a_feed(clean_db: Database, feed: FeedServer,
                                     tmp_path: Path) -> None:
    name = feed.add_export(STAMPS[2])
    saved = tmp_path / "masterfilelist.txt"
    saved.write_text(feed.list_text(), encoding="utf-8")
    lines: list[str] = []
    out = sync(clean_db, str(saved), say=lines.append)
    assert [f["name"] for f in out["files_loaded"]] == [name]
    assert lines[0].startswith(f"[1/1] {name}: {SLICE} events loaded (")
    with pytest.raises(InvalidInput, match=r"^--feed: cannot read .*nothing\.txt"):
        sync(clean_db, str(tmp_path / "nothing.txt"))
