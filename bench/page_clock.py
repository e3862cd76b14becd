"""Open picture pages in headless Chromium, alternately, and report when each was drawn.

Used to compare two versions of the page (e.g. before and after a change to
``viz/render.py`` and ``viz/page.js``) on the same machine in one run::

    python -m bench.page_clock before.html after.html --loads 7

For each page: the median over ``loads`` of ``firstDrawMs`` (the page script's clock: the
first frame vis-network drew, in ms after navigation start) and of the wall time from
``goto`` until the page says it is ready. The pages are served by a local HTTP server;
they load nothing else.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from bench.harness import median, serve_html, table

CHROMIUM = Path("/usr/bin/chromium")

#: The page script's own clocks (``window.geokg``), in ms: building the items, tooltips and
#: layout; the layout alone (null with physics on); the first frame after navigation start.
SCRIPT_CLOCKS = {"build_ms": "parseMs", "layout_ms": "layoutMs", "first_draw_ms": "firstDrawMs"}


def clocks(bodies: dict[str, bytes], loads: int) -> dict[str, dict[str, list[float]]]:
    """Open every page (path -> HTML) ``loads`` times in headless Chromium, round robin;
    return per path the page script's clocks and ``ready_wall_ms`` (from ``goto`` until
    the page says it is ready), one value per load."""
    from playwright.sync_api import sync_playwright

    got: dict[str, dict[str, list[float]]] = {
        path: {k: [] for k in [*SCRIPT_CLOCKS, "ready_wall_ms"]} for path in bodies}
    read = "[" + ", ".join(f"geokg.{js}" for js in SCRIPT_CLOCKS.values()) + "]"
    with serve_html(bodies) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                     args=["--no-sandbox", "--disable-gpu"])
        for _ in range(loads):
            for path, slot in got.items():
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                t0 = time.perf_counter()
                page.goto(base + path, wait_until="load")
                page.wait_for_function("() => window.geokg && window.geokg.ready",
                                       timeout=120_000)
                slot["ready_wall_ms"].append((time.perf_counter() - t0) * 1000)
                for key, value in zip(SCRIPT_CLOCKS, page.evaluate(read), strict=True):
                    slot[key].append(float(value or 0))
                page.close()
        browser.close()
    return got


def measure(pages: list[Path], loads: int) -> dict[str, dict[str, Any]]:
    """``clocks`` of HTML files, with the median of each clock, keyed by file name."""
    got = clocks({f"/{i}": p.read_bytes() for i, p in enumerate(pages)}, loads)
    return {str(p): {**c, **{f"{k}_median": median(v) for k, v in c.items()}}
            for p, c in zip(pages, got.values(), strict=True)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pages", nargs="+", type=Path)
    parser.add_argument("--loads", type=int, default=5)
    args = parser.parse_args()
    for p in args.pages:
        if not p.is_file():
            parser.error(f"{p}: no such file")
    if not CHROMIUM.exists():
        parser.error(f"{CHROMIUM} is missing: install Debian's chromium")
    res = measure(args.pages, args.loads)
    print(table(["page", "bytes", "first draw ms (median)", "ready, wall ms (median)"],
                [[name, Path(name).stat().st_size, r["first_draw_ms_median"],
                  r["ready_wall_ms_median"]] for name, r in res.items()]))


if __name__ == "__main__":
    main()
