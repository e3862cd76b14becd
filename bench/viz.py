"""Pictures: time to build the HTML page of a subgraph, ours vs pyvis one call at a time.

The subgraph is what the API hands the renderer: actors with a name and kind, actor–actor
edges (about two per node, heavy-tailed: a few hubs hold many) with dates, certainty,
asserters and one evidence quote. Seeded, so every run draws the same graph.

- **ours**: ``viz.render.render_html`` as the API calls it on a repository answer
  (``trusted=True``: ids and edge ends checked, no pydantic re-validation); the page's
  script builds the vis-network items, tooltips and (above ``viz_physics_node_limit``
  nodes) the layout in the browser;
- **ours, validated**: the same for a dict of unknown origin (every field validated with
  pydantic first), the library's default;
- **pyvis**: ``Network.add_node`` for each node and ``Network.add_edge`` for each edge
  (each call scans the nodes added so far: quadratic), then ``generate_html()``.

Reported per size: the median of ``max(runs, MIN_RUNS)`` builds (each after a
``gc.collect()``), the page size per node, and since our
page does work in the browser that pyvis does in Python, what that work costs: our page
opened in Debian's headless Chromium (``/usr/bin/chromium``, through Playwright), the
median over ``runs`` loads of its script's item building and layout, and of its first
draw after navigation start.
"""

from __future__ import annotations

import bisect
import gc
import itertools
import random
import time
from typing import Any

from bench.harness import BenchConfig, log, machine, median, save, table
from bench.page_clock import CHROMIUM, clocks
from graph.settings import Settings
from viz.render import render_html

SIZES = (500, 2000, 5000)
KINDS = ("state", "person", "organization", "government_body", "alliance", "group", "media")
TYPES = ("MET_WITH", "VISITED", "SUPPLIED_ARMS_TO", "ACCUSED", "MADE_STATEMENT_ABOUT",
         "COOPERATES_WITH", "MEMBER_OF", "HEAD_OF_STATE_OF")
CERTAINTIES = ("confirmed", "reported", "alleged", "denied")


def subgraph(n: int, seed: int) -> dict[str, Any]:
    """``n`` actors and about ``2n`` edges, drawn with Zipf weights (a few hubs)."""
    rng = random.Random(seed * 1_000_003 + n)
    nodes = [{"id": f"actor-{i:05d}", "label": "Actor", "name": f"Actor {i}",
              "kind": KINDS[i % len(KINDS)]} for i in range(n)]
    cum = list(itertools.accumulate(1.0 / (i + 1) for i in range(n)))

    def pick() -> str:
        return nodes[min(bisect.bisect(cum, rng.random() * cum[-1]), n - 1)]["id"]

    edges = []
    for j in range(2 * n):
        s, t = pick(), pick()
        if s == t:
            t = nodes[rng.randrange(n)]["id"]
        if s == t:
            continue
        year = rng.randint(2000, 2025)
        edges.append({
            "id": f"claim-{j}:{s}:{t}", "type": rng.choice(TYPES), "source": s, "target": t,
            "valid_from": f"{year}-01-01", "valid_to": f"{year}-12-31",
            "date_precision": "year", "certainty": rng.choice(CERTAINTIES),
            "asserted_by": [pick()],
            "evidence": [{"source": "src-1", "source_title": "Wire 1",
                          "quote": f"Quote number {j} about {s} and {t}.", "language": "en",
                          "gloss": None}],
            "claim_id": f"claim-{j}", "event_id": None,
        })
    return {"nodes": nodes, "edges": edges, "truncated": False, "dropped_nodes": 0,
            "dropped_edges": 0}


def build_ours(g: dict[str, Any], settings: Settings, *, trusted: bool = True) -> str:
    """The page as the API builds it from a repository answer (``trusted``), or from a
    dict of unknown origin (every field validated with pydantic first)."""
    return render_html(g, title=f"{len(g['nodes'])} actors", query="bench", settings=settings,
                       trusted=trusted)


def build_pyvis(g: dict[str, Any]) -> str:
    from pyvis.network import Network

    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    for n in g["nodes"]:
        net.add_node(n["id"], label=n["name"], title=f"{n['name']} ({n['kind']})",
                     group=n["kind"])
    for e in g["edges"]:
        quote = e["evidence"][0]["quote"] if e["evidence"] else ""
        net.add_edge(e["source"], e["target"], title=f"{e['type']} {e['certainty']}: {quote}",
                     label=e["type"])
    html: str = net.generate_html()
    return html


#: Builds per size at least (each is well under a second): medians of 5 builds of 20 ms
#: swung by 30% between runs of the benchmark.
MIN_RUNS = 15


def in_browser(html: str, loads: int) -> dict[str, Any]:
    """Open ``html`` ``loads`` times in headless Chromium (``bench.page_clock.clocks``):
    ``build_ms`` (parse the JSON, build items and tooltips, lay out), ``layout_ms``, and
    ``first_draw_ms`` (first frame drawn, after navigation start), with their medians."""
    got = clocks({"/": html.encode("utf-8")}, loads)["/"]
    del got["ready_wall_ms"]
    return {**got, **{f"{k}_median": median(v) for k, v in got.items()}}


def run(cfg: BenchConfig, *, sizes: tuple[int, ...] = SIZES,
        browser: bool = True) -> dict[str, Any]:
    settings = Settings(viz_node_cap=max(sizes))
    out: dict[str, Any] = {"benchmark": "viz", "machine": machine(), "runs": cfg.runs,
                           "sizes": {}}
    build_ours(subgraph(100, cfg.seed), settings)  # warm-up: templates, imports
    build_ours(subgraph(100, cfg.seed), settings, trusted=False)
    build_pyvis(subgraph(100, cfg.seed))
    browser = browser and CHROMIUM.exists()
    runs = max(cfg.runs, MIN_RUNS)
    out["runs"] = runs
    for n in sizes:
        g = subgraph(n, cfg.seed)
        ours_s: list[float] = []
        validated_s: list[float] = []
        pyvis_s: list[float] = []
        ours_html = pyvis_html = ""
        for i in range(runs):
            # each build starts from a collected heap, so that a collection the previous
            # build left due does not land in the next one's time (the GC stays on)
            gc.collect()
            t0 = time.perf_counter()
            ours_html = build_ours(g, settings)
            ours_s.append(time.perf_counter() - t0)
            gc.collect()
            t0 = time.perf_counter()
            build_ours(g, settings, trusted=False)
            validated_s.append(time.perf_counter() - t0)
            gc.collect()
            t0 = time.perf_counter()
            pyvis_html = build_pyvis(g)
            pyvis_s.append(time.perf_counter() - t0)
            log(f"viz: {n} nodes run {i + 1}: ours {ours_s[-1]:.4f}s validated "
                f"{validated_s[-1]:.4f}s pyvis {pyvis_s[-1]:.3f}s")
        out["sizes"][str(n)] = {
            "nodes": n, "edges": len(g["edges"]),
            "ours_s": ours_s, "ours_validated_s": validated_s, "pyvis_s": pyvis_s,
            "ours_median_s": median(ours_s), "ours_validated_median_s": median(validated_s),
            "pyvis_median_s": median(pyvis_s),
            "ratio_pyvis_over_ours": median(pyvis_s) / median(ours_s),
            "ratio_pyvis_over_ours_validated": median(pyvis_s) / median(validated_s),
            "ours_bytes": len(ours_html.encode()), "pyvis_bytes": len(pyvis_html.encode()),
            "ours_bytes_per_node": len(ours_html.encode()) / n,
            "pyvis_bytes_per_node": len(pyvis_html.encode()) / n,
            "browser": in_browser(ours_html, cfg.runs) if browser else None,
        }
    biggest = out["sizes"][str(max(sizes))]
    out["targets"] = {"ratio_10x_at_largest": biggest["ratio_pyvis_over_ours"] >= 10}
    return out


def markdown(res: dict[str, Any]) -> str:
    rows = [[s["nodes"], s["edges"], s["ours_median_s"] * 1000,
             s["ours_validated_median_s"] * 1000, s["pyvis_median_s"] * 1000,
             s["ratio_pyvis_over_ours"], s["ratio_pyvis_over_ours_validated"],
             s["ours_bytes_per_node"], s["pyvis_bytes_per_node"]]
            for s in res["sizes"].values()]
    main = table(["nodes", "edges", "ours ms", "ours validated ms", "pyvis ms",
                  "pyvis / ours", "pyvis / ours validated", "ours bytes/node",
                  "pyvis bytes/node"], rows)
    browser = [[s["nodes"], s["browser"]["build_ms_median"], s["browser"]["layout_ms_median"],
                s["browser"]["first_draw_ms_median"]]
               for s in res["sizes"].values() if s.get("browser")]
    if not browser:
        return main + "\n\n(our page in Chromium: not measured, no /usr/bin/chromium)"
    return main + "\n\n" + table(["nodes", "page script: items + tooltips + layout ms",
                                   "of which layout ms", "first draw ms after navigation"],
                                  browser)


def main(cfg: BenchConfig, **kw: Any) -> tuple[dict[str, Any], str]:
    res = run(cfg, **kw)
    save("viz", res, cfg)
    return res, markdown(res)
