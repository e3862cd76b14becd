"""``geokg bench articles``: items per second through ``geokg articles sync`` and its peak
memory, for a feed of 500 pages served from this machine.

The pages are made here from the sentences of the extraction gold set
(``tests/data/extract_gold/cases``, English and Italian wire-style texts): each page is
a seeded draw of 20 sentences (about 400 words) of one language under its own headline,
in the markup of a news site (navigation, article, footer, a script); one page in ten is
a wire copy of an
earlier one (another headline, a dateline, a closing line), which sync must record as a
duplicate. They are served by a local ``http.server`` thread with one RSS feed listing
them all.

Each run empties the instance (``bench-articles``, port 7840), loads the seed (the graph a
fresh ``make run`` holds, the lexicon the extractor links against), then times the real
command in a child process: ``geokg articles sync --feed URL --json`` with
``GEOKG_ARTICLES_HOST_DELAY_S=0`` (the politeness delay would measure the sleep, not the
work: a real run asks one host at most every 2 s). The time covers the process's start,
the feed, every robots.txt check, fetch, main text, dedup lookup, extraction and write to
the queue. Peak memory is the child's ``ru_maxrss``.
"""

from __future__ import annotations

import html
import os
import random
import re
import subprocess
import sys
import time
from typing import Any

from bench.harness import BenchConfig, connect, log, machine, median, save, serve_html, table
from graph.settings import PROJECT_ROOT

INSTANCE, PORT = "bench-articles", 7840
PAGES = 500
COPY_EVERY = 10  # one page in ten is a wire copy of an earlier one
SENTENCES_PER_PAGE = 20
CASES = PROJECT_ROOT / "tests" / "data" / "extract_gold" / "cases"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"«“])")


def sentence_pools() -> dict[str, list[str]]:
    """The gold set's sentences, by language (files 01-08 English, 09-15 Italian)."""
    pools: dict[str, list[str]] = {"en": [], "it": []}
    for path in sorted(CASES.glob("*.txt")):
        lang = "en" if int(path.name[:2]) <= 8 else "it"
        for line in path.read_text(encoding="utf-8").splitlines():
            pools[lang] += [s.strip() for s in _SENTENCE.split(line) if len(s.split()) >= 5]
    return pools


def make_pages(n: int = PAGES, seed: int = 42) -> tuple[dict[str, bytes], list[str]]:
    """``n`` article pages (path -> HTML bytes) and their paths in feed order."""
    rng = random.Random(seed)
    pools = sentence_pools()
    bodies: dict[str, bytes] = {}
    order: list[str] = []
    originals: list[tuple[str, list[str]]] = []
    for i in range(n):
        if i % COPY_EVERY == COPY_EVERY - 1 and originals:
            lang, paras = rng.choice(originals)
            paras = [f"MOSCOW (Bench Agency {i}) - {paras[0]}", *paras[1:],
                     "Reporting by the Bench Agency desk."]
            title = f"Copy {i}: {paras[1][:60]}"
        else:
            lang = "en" if i % 2 == 0 else "it"
            paras = rng.sample(pools[lang], SENTENCES_PER_PAGE)
            originals.append((lang, paras))
            title = f"Story {i}: {paras[0][:60]}"
        path = f"/news/{i:04d}.html"
        bodies[path] = _page(title, paras, lang, i).encode("utf-8")
        order.append(path)
    return bodies, order


def _page(title: str, paras: list[str], lang: str, i: int) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
    day = 1 + i % 28
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title>"
            '<meta property="og:site_name" content="Bench Wire">'
            f'<meta property="article:published_time" content="2024-11-{day:02d}T09:00:00Z">'
            '</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>'
            f"<main><article><h1>{html.escape(title)}</h1>{body}</article></main>"
            "<footer><p>Bench Wire, all rights reserved.</p></footer>"
            "<script>var x = 1;</script></body></html>")


def _feed(base: str, order: list[str]) -> bytes:
    items = "".join(f"<item><title>Item {n}</title><link>{base}{p}</link>"
                    "<pubDate>Fri, 01 Nov 2024 09:00:00 GMT</pubDate></item>"
                    for n, p in enumerate(order))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Bench Wire</title>{items}</channel></rss>").encode()


def run(cfg: BenchConfig, *, pages: int = PAGES, runs: int | None = None) -> dict[str, Any]:
    from bench.harness import server

    bodies, order = make_pages(pages, cfg.seed)
    srv = server(cfg, INSTANCE, PORT)
    n_runs = runs or min(cfg.runs, 3)
    results: list[dict[str, Any]] = []
    with connect(cfg, INSTANCE, PORT) as db, serve_html(bodies) as base:
        info = machine(db)
        bodies["/feed.xml"] = _feed(base, order)
        env = {**os.environ, "GEOKG_NEO4J_URI": srv.uri,
               "GEOKG_NEO4J_PASSWORD": srv.password(),
               "GEOKG_ARTICLES_ALLOW_PRIVATE_HOSTS": "true", "GEOKG_ARTICLES_HOST_DELAY_S": "0",
               "GEOKG_ARTICLES_CONTACT": "bench@localhost"}
        for k in range(n_runs):
            load_seed(db)  # an empty queue and the seed's lexicon, every run
            log(f"articles: run {k + 1}/{n_runs}: sync of {pages} pages")
            rss_mb, one = _measured(env, base + "/feed.xml")
            lists = one["result"]
            row = {"seconds": round(one["seconds"], 2),
                   "items_per_s": round(pages / one["seconds"], 2),
                   "peak_rss_mb": round(rss_mb, 1),
                   "drafts": len(lists["drafts"]), "duplicates": len(lists["duplicates"]),
                   "skipped": len(lists["skipped"]), "failed": len(lists["failed"])}
            results.append(row)
            log(f"articles: {row}")
        queued = db.read("MATCH (d:Draft) RETURN count(d) AS n")[0]["n"]
    return {"machine": info, "pages": pages, "copies": pages // COPY_EVERY,
            "runs": results, "drafts_in_queue": queued,
            "median_items_per_s": median([r["items_per_s"] for r in results]),
            "median_seconds": median([r["seconds"] for r in results]),
            "max_peak_rss_mb": max(r["peak_rss_mb"] for r in results)}


def _measured(env: dict[str, str], feed: str) -> tuple[float, dict[str, Any]]:
    """Run the sync in a child; its peak RSS (MB) from wait4 and what it printed."""
    import json
    import tempfile

    cmd = [sys.executable, "-m", "cli.main", "articles", "sync", "--feed", feed, "--json"]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=err, cwd=PROJECT_ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        secs = time.perf_counter() - t0
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if code not in (0, 1):  # 1: some item failed, reported in the lists
            raise RuntimeError(f"geokg articles sync failed ({code}): "
                               f"{err.read().decode()[-2000:]}")
        result = json.loads(out.read())
    return usage.ru_maxrss / 1024, {"seconds": secs, "result": result}


def load_seed(db: Any) -> None:
    """Empty the instance and load the seed documents (the graph of a fresh make run)."""
    from bench.harness import wipe
    from loaders.extraction import load_file
    from loaders.writer import write_document

    wipe(db)
    for path in sorted((PROJECT_ROOT / "data" / "seed").glob("*.yaml")):
        write_document(db, load_file(path))


def markdown(res: dict[str, Any]) -> str:
    rows = [[k + 1, r["seconds"], r["items_per_s"], r["peak_rss_mb"], r["drafts"],
             r["duplicates"], r["failed"]] for k, r in enumerate(res["runs"])]
    head = (f"{res['pages']} pages ({res['copies']} wire copies) from a local server through "
            f"`geokg articles sync` (fetch, main text, dedup, extraction, queue), one process:"
            f" median **{res['median_items_per_s']:.1f} items/s**, peak RSS "
            f"{res['max_peak_rss_mb']:.0f} MB.\n\n")
    return head + table(["run", "seconds", "items/s", "peak RSS MB", "drafts", "duplicates",
                         "failed"], rows)


def main(cfg: BenchConfig, **kw: Any) -> tuple[dict[str, Any], str]:
    res = run(cfg, **kw)
    save("articles", res, cfg)
    return res, markdown(res)
