"""``geokg articles sync`` and ``geokg drafts`` as a person runs them (subprocesses), on the
local news site and a real Neo4j: JSON lists and exit status, a rerun, ``--load``,
``--follow`` stopped with Ctrl-C, and every bad input as one line with exit 1."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from graph.db import Database
from graph.settings import Settings
from tests.articles_site import RATIFICATION, Resource, Site, page, rss, serve
from tests.conftest import load_seed
from tests.test_drafts_api import small_site

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Cli:
    site: Site
    env: dict[str, str]

    def run(self, *args: str, env: dict[str, str] | None = None
            ) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "cli.main", *args], capture_output=True,
                              text=True, cwd=ROOT, env=env or self.env, timeout=300,
                              check=False)

    def json(self, *args: str) -> tuple[int, Any]:
        res = self.run(*args, "--json")
        assert "Traceback" not in res.stderr, res.stderr
        return res.returncode, json.loads(res.stdout)


@pytest.fixture(scope="module")
def cli(db: Database, settings: Settings) -> Iterator[Cli]:
    load_seed(db)
    assert settings.neo4j_password is not None
    env = {"PATH": "/usr/bin:/bin", "GEOKG_NEO4J_URI": settings.uri,
           "GEOKG_NEO4J_PASSWORD": settings.neo4j_password.get_secret_value(),
           "GEOKG_ARTICLES_ALLOW_PRIVATE_HOSTS": "true", "GEOKG_ARTICLES_HOST_DELAY_S": "0",
           "GEOKG_ARTICLES_TIMEOUT_S": "5", "GEOKG_ARTICLES_CONTACT": "desk@example.org"}
    with serve({}) as site:
        site.resources.update(small_site(site.base))
        site.resources["/world/gone-feed.xml"] = Resource(rss([
            {"title": "Gone", "link": site.url("/world/gone.html")}]),
            content_type="application/rss+xml")
        site.resources["/trusted.xml"] = Resource(rss([
            {"title": "Ratified", "link": site.url("/trusted/ratification.html")}]),
            content_type="application/rss+xml")
        site.resources["/trusted/ratification.html"] = Resource(
            page(RATIFICATION, title="Duma ratifies the treaty", site="Trusted Desk").encode())
        yield Cli(site, env)
    load_seed(db)


def test_sync_json_lists_and_exit_status(cli: Cli) -> None:
    code, out = cli.json("articles", "sync", "--feed", cli.site.url("/feeds/world.xml"),
                         "--feed", cli.site.url("/world/gone-feed.xml"))
    assert code == 1  # one page failed
    assert set(out) == {"drafts", "duplicates", "skipped", "failed", "feeds"}
    assert sorted(d["fetched_url"].removeprefix(cli.site.base) for d in out["drafts"]) == [
        "/it/trattato.html", "/wire/lavrov-choe.html", "/world/troops.html"]
    assert all(d["id"].startswith("draft-") and d["status"] == "pending" for d in out["drafts"])
    assert [(d["url"], d["story"]) for d in out["duplicates"]] == [
        (cli.site.url("/partner/lavrov-copy.html"),
         next(d["id"] for d in out["drafts"] if d["url"].endswith("lavrov-choe.html")))]
    assert out["failed"] == [{"url": cli.site.url("/world/gone.html"),
                              "reason": "HTTP 404 Not Found"}]
    ua = {h.headers["user-agent"] for h in cli.site.log}
    assert len(ua) == 1 and ua.pop().endswith("(+desk@example.org)")

    # the rerun: nothing new, nothing fetched but the feeds, exit 0
    start = len(cli.site.log)
    res = cli.run("articles", "sync", "--feed", cli.site.url("/feeds/world.xml"),
                  "--feed", cli.site.url("/world/gone-feed.xml"))
    assert res.returncode == 0, res.stderr
    assert "drafts: 0 new" in res.stdout
    assert "skipped: 5 (5 already seen)" in res.stdout and "failed: 0" in res.stdout
    assert [p for p in cli.site.paths()[start:] if p != "/robots.txt"] == [
        "/feeds/world.xml", "/world/gone-feed.xml"]


def test_drafts_list_show_approve_edited_and_reject(cli: Cli, db: Database,
                                                    tmp_path: Path) -> None:
    code, listed = cli.json("drafts", "list", "--status", "pending")
    assert code == 0 and len(listed["drafts"]) >= 3
    by_url = {d["url"].removeprefix(cli.site.base): d["id"] for d in listed["drafts"]}
    talks, trattato = by_url["/wire/lavrov-choe.html"], by_url["/it/trattato.html"]

    text = cli.run("drafts", "list")
    assert text.returncode == 0 and talks in text.stdout and "pending" in text.stdout

    shown = cli.run("drafts", "show", talks)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith(f"# {talks} (pending) from {cli.site.url('/wire/')}")
    assert f"# also at {cli.site.url('/partner/lavrov-copy.html')} (wire copy:" in shown.stdout
    saved = tmp_path / "talks.yaml"
    saved.write_text(shown.stdout, encoding="utf-8")
    assert cli.run("validate", str(saved)).returncode == 0  # the saved draft is a document

    # an invalid edit: the file and line named, nothing written, still pending
    doc = yaml.safe_load(shown.stdout)
    bad = dict(doc, claims=[dict(doc["claims"][0], certainty="sure")])
    bad_file = tmp_path / "bad.yaml"
    bad_file.write_text(yaml.safe_dump(bad, allow_unicode=True), encoding="utf-8")
    res = cli.run("drafts", "approve", talks, "--document", str(bad_file))
    assert res.returncode == 1 and f"{bad_file}:" in res.stderr
    assert "certainty" in res.stderr and "Traceback" not in res.stderr
    assert cli.json("drafts", "show", talks)[1]["status"] == "pending"

    # the edited document is what is loaded; who approved is on the Source
    doc["claims"] = doc["claims"][:2]
    good = tmp_path / "good.yaml"
    good.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    code, approved = cli.json("drafts", "approve", talks, "--document", str(good),
                              "--by", "desk editor")
    assert code == 0 and approved["draft"]["status"] == "approved"
    sid = doc["sources"][0]["id"]
    row = db.read("MATCH (s:Source {id: $id}) RETURN s.reviewed AS r, s.reviewed_by AS by, "
                  "COUNT { (:Evidence)-[:FROM_SOURCE]->(s) } AS evidence", {"id": sid})
    assert row == [{"r": True, "by": "desk editor", "evidence": 2}]

    res = cli.run("drafts", "reject", trattato)
    assert res.returncode == 2 and "--reason" in res.stderr  # a usage error
    res = cli.run("drafts", "reject", trattato, "--reason", "Italian copy of a known story")
    assert res.returncode == 0 and "rejected" in res.stdout and "Italian copy" in res.stdout
    res = cli.run("drafts", "reject", trattato, "--reason", "again")
    assert res.returncode == 1
    assert res.stderr.splitlines()[0] == (f"error: draft '{trattato}' is rejected: only a "
                                          "pending draft can be rejected")
    res = cli.run("drafts", "show", "draft-0000000000000000")
    assert res.returncode == 1 and "no draft with id 'draft-0000000000000000'" in res.stderr


def test_load_skips_the_queue_and_marks_the_source_unreviewed(cli: Cli, db: Database) -> None:
    code, out = cli.json("articles", "sync", "--feed", cli.site.url("/trusted.xml"), "--load")
    assert code == 0, out
    [draft] = out["drafts"]
    assert draft["status"] == "loaded"
    src = db.read("MATCH (s:Source {id: $id}) RETURN s.reviewed AS r, s.draft AS d, "
                  "s.publisher AS p", {"id": draft["source_id"]})
    assert src == [{"r": False, "d": draft["id"], "p": "Trusted Desk"}]
    code, listed = cli.json("drafts", "list", "--status", "loaded")
    assert [d["id"] for d in listed["drafts"]] == [draft["id"]]
    # a person may vouch for it afterwards
    code, approved = cli.json("drafts", "approve", draft["id"], "--by", "reviewer")
    assert code == 0 and approved["draft"]["status"] == "approved"
    assert db.read("MATCH (s:Source {id: $id}) RETURN s.reviewed AS r",
                   {"id": draft["source_id"]}) == [{"r": True}]


def test_follow_runs_rounds_until_ctrl_c(cli: Cli) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "cli.main", "articles", "sync", "--feed",
         cli.site.url("/trusted.xml"), "--follow", "--interval", "0.005", "--json"],
        cwd=ROOT, env=cli.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        rounds = [json.loads(proc.stdout.readline()) for _ in range(2)]
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert [r["round"] for r in rounds] == [1, 2]
    assert all(r["drafts"] == [] and r["failed"] == [] for r in rounds)  # seen already
    assert proc.returncode == 0 and "stopped after" in err


@pytest.mark.parametrize(("args", "message"), [
    ([], "error: no feed: give --feed URL (repeatable) or --feeds-file FILE"),
    (["--feed", "ftp://example.org/feed.xml"],
     "error: --feed: 'ftp://example.org/feed.xml' is not an http(s) URL"),
    (["--feed", "http://example.org/f.xml", "--since", "2024-13-01"],
     "error: --since: '2024-13-01' is not a date (YYYY-MM-DD)"),
    (["--feeds-file", "/no/such/feeds.txt"], "error: --feeds-file: cannot read /no/such/"),
])
def test_bad_input_is_one_line(cli: Cli, args: list[str], message: str) -> None:
    res = cli.run("articles", "sync", *args)
    assert res.returncode == 1, res.stderr
    assert res.stderr.startswith(message) and "Traceback" not in res.stderr


def test_a_feeds_file_names_its_bad_line(cli: Cli, tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# world desk\n{cli.site.url('/trusted.xml')}\n\nnot a url\n")
    res = cli.run("articles", "sync", "--feeds-file", str(feeds))
    assert res.returncode == 1
    assert res.stderr.startswith(f"error: {feeds}:4: 'not a url' is not an http(s) URL")


def test_neo4j_down_is_one_line(cli: Cli) -> None:
    env = dict(cli.env, GEOKG_NEO4J_URI="bolt://127.0.0.1:1")
    for args in (["articles", "sync", "--feed", cli.site.url("/trusted.xml")],
                 ["drafts", "list"]):
        res = cli.run(*args, env=env)
        assert res.returncode == 1 and "Traceback" not in res.stderr
        assert res.stderr.startswith("error: Neo4j is unavailable"), res.stderr
