"""Coreference: how well, and at what cost, loading merges reports of one event.

``geokg bench coreference [--documents N]`` generates ``N`` documents that report shared
true events (bench/coref_corpus.py: the truth is known), loads them into an empty
database (the ``corefbench`` instance on port 7720, wiped first) once with coreference
and once without, and reports:

- **pairwise precision and recall of merged events**: over all pairs of document events,
  "predicted same" is reaching the same graph event (each document event id is followed
  through ``(:Account {event_ref})-[:ACCOUNT_OF]->(:Event)``), "true same" is reporting the
  same true event; precision = pairs both / pairs predicted, recall = pairs both / pairs
  true (targets ≥ 0.95 each);
- **the load-time cost**: wall time of loading every document with coreference over
  without (target ≤ 1.5); the CPU time of this process and of the Neo4j server, steadier
  on a shared machine; and both per tenth of the documents (candidates grow with the
  graph: is the last tenth dearer than the first?);
- the peak resident memory of this process and of the Neo4j server;
- where it fails: every merge decision whose document event reports another true event
  than the event it joined (a false merge), and every report of an event already in the
  graph that did not join it (a miss), counted by status, date forms and variation.

The run with coreference goes first (after a short warm-up), so the ratio is not
flattered by a warmer server.
"""

from __future__ import annotations

import itertools
import os
import resource
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from math import comb
from pathlib import Path
from typing import Any, LiteralString

from bench.coref_corpus import DEFAULT_DOCUMENTS, Corpus, Report, TrueEvent, corpus
from bench.harness import BenchConfig, connect, log, machine, save, server, table, wipe
from graph.db import Database
from graph.schema import apply_schema
from loaders.coreference import SPEECH_ACTS, Decision
from loaders.writer import write_document

INSTANCE, PORT = "corefbench", 7720
WARM_UP_DOCUMENTS = 20
TARGET_SCORE, TARGET_RATIO = 0.95, 1.5

EVENT_OF_REFS: LiteralString = """
MATCH (a:Account)-[:ACCOUNT_OF]->(e:Event)
RETURN a.event_ref AS ref, e.id AS event
"""
ANY_NODE: LiteralString = "MATCH (n) RETURN count(n) > 0 AS found LIMIT 1"


class NotEmpty(RuntimeError):
    """The database already holds data: the benchmark's pairs would mix with it."""


@dataclass
class LoadRun:
    """One load of the whole corpus."""

    coreference: bool
    seconds: float
    doc_seconds: list[float]
    predicted: dict[str, str]  # document event id -> graph event id
    decisions: dict[str, Decision] = field(default_factory=dict)
    agreements: Counter[str] = field(default_factory=Counter)
    load_avg_start: float = 0.0
    cpu_client_s: float = 0.0  # this process
    cpu_server_s: float | None = None  # the Neo4j server's process, when it is local
    #: (documents written, client CPU s, server CPU s) at the start and every tenth
    cpu_marks: list[tuple[int, float, float | None]] = field(default_factory=list)

    def deciles(self) -> dict[str, list[float] | None]:
        """Per tenth of the documents: wall and CPU (client + server) ms per document."""
        n = len(self.doc_seconds)
        bounds = [n * i // 10 for i in range(11)]
        wall = [1000 * sum(self.doc_seconds[a:b]) / (b - a)
                for a, b in itertools.pairwise(bounds) if b > a]
        cpu: list[float] | None = []
        for (d0, c0, s0), (d1, c1, s1) in itertools.pairwise(self.cpu_marks):
            if s0 is None or s1 is None or cpu is None:
                cpu = None
            elif d1 > d0:
                cpu.append(1000 * ((c1 - c0) + (s1 - s0)) / (d1 - d0))
        return {"wall_ms": wall, "cpu_ms": cpu}


def _proc_cpu_s(pid: int | None) -> float | None:
    """User + system CPU seconds process ``pid`` has used so far (Linux), or None."""
    stat = Path(f"/proc/{pid}/stat")
    if pid is None or not stat.exists():
        return None
    fields = stat.read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def graph_events(db: Database) -> dict[str, str]:
    """Each document event id the graph holds -> the graph event it reaches."""
    return {r["ref"]: r["event"] for r in db.read(EVENT_OF_REFS)}


def load(db: Database, c: Corpus, *, coreference: bool, documents: int | None = None,
         every: int = 1000, server_pid: int | None = None) -> LoadRun:
    """Write the corpus's documents in order, timing each; read back where events went.

    Wall time, and CPU time of this process and (``server_pid``) of the Neo4j server: on
    a shared machine CPU time moves less with other processes' load than wall time.

    Raises NotEmpty when the database holds anything: the pairs are scored over the
    whole graph.
    """
    if db.read(ANY_NODE)[0]["found"]:
        raise NotEmpty(f"database '{db.name}' is not empty: the coreference benchmark "
                       "loads into an empty one")
    docs = c.documents[:documents]
    times: list[float] = []
    decisions: dict[str, Decision] = {}
    agreements: Counter[str] = Counter()
    load_avg = os.getloadavg()[0]
    cpu0, server0 = time.process_time(), _proc_cpu_s(server_pid)
    marks = [(0, cpu0, server0)]
    tenths = {len(docs) * i // 10 for i in range(1, 11)}
    t0 = time.perf_counter()
    for i, doc in enumerate(docs):
        t = time.perf_counter()
        summary = write_document(db, doc, ensure_schema=i == 0, coreference=coreference)
        times.append(time.perf_counter() - t)
        decisions.update((d.id, d) for d in summary.events)
        agreements.update(d.status for d in summary.agreements)
        if i + 1 in tenths:
            marks.append((i + 1, time.process_time(), _proc_cpu_s(server_pid)))
        if every and (i + 1) % every == 0:
            log(f"coreference {'on' if coreference else 'off'}: {i + 1:,} documents, "
                f"{(i + 1) / (time.perf_counter() - t0):.1f}/s")
    seconds = time.perf_counter() - t0
    cpu, server1 = time.process_time() - cpu0, _proc_cpu_s(server_pid)
    return LoadRun(coreference, seconds, times, graph_events(db), decisions, agreements,
                   load_avg, cpu, server1 - server0
                   if server0 is not None and server1 is not None else None, marks)


def pair_scores(predicted: Mapping[str, str], truth: Mapping[str, str]) -> dict[str, Any]:
    """Pairwise precision and recall of ``predicted`` clusters against ``truth`` ones.

    Both map document event ids to a cluster (graph event, true event); every id of
    ``truth`` must be in ``predicted``. Counted by cluster sizes, never pair by pair.
    Precision is None when no pair is predicted the same, recall when no pair is truly so.
    Raises ValueError naming a document event the prediction lacks.
    """
    missing = [e for e in truth if e not in predicted]
    if missing:
        raise ValueError(f"{len(missing)} document events reach no graph event, e.g. "
                         f"{missing[0]}")
    cells = Counter((predicted[e], truth[e]) for e in truth)
    by_pred = Counter(predicted[e] for e in truth)
    by_true = Counter(truth.values())
    both = sum(comb(n, 2) for n in cells.values())
    pred = sum(comb(n, 2) for n in by_pred.values())
    true = sum(comb(n, 2) for n in by_true.values())
    return {"document_events": len(truth), "graph_events": len(by_pred),
            "true_events": len(by_true), "pairs_true": true, "pairs_predicted": pred,
            "pairs_both": both, "precision": both / pred if pred else None,
            "recall": both / true if true else None}


def _relation(a: TrueEvent, b: TrueEvent) -> str:
    """How two distinct true events that were merged relate."""
    if a.distractor_of == b.id or b.distractor_of == a.id or (
            a.distractor_of is not None and a.distractor_of == b.distractor_of):
        kind = "distractor (same type and actors, another day)"
    elif a.type == b.type and a.actor_set == b.actor_set:
        kind = "same type and actors, drawn independently"
    elif a.actor_set <= b.actor_set or b.actor_set <= a.actor_set:
        kind = "nested actors"
    else:
        kind = "other"
    days = abs((a.day - b.day).days)
    gap = "≤ 30 days" if days <= 30 else "31-180 days" if days <= 180 else "> 180 days"
    return f"{kind}; {gap} apart"


def _evidence(why: str) -> str:
    if "dates overlap" in why:
        return "dates overlap"
    if "undated report published" in why:
        return "undated, published within the window"
    if "both undated" in why:
        return "both undated"
    return why.split(";")[0] or "?"


def _form(r: Report) -> str:
    """A report's date form, and whether it leaves a participant out."""
    return r.date_form + (", actor left out" if r.left_out else "")


def _type_group(ev: TrueEvent) -> str:
    if ev.type.value in SPEECH_ACTS:
        return "speech act"
    return "signing" if ev.agreement is not None else "other types"


def _miss_cause(c: Corpus, run: LoadRun, eid: str, before: list[str]) -> str:
    """Why document event ``eid`` did not join the ``before`` reports of its event."""
    d, mine = run.decisions[eid], c.reports[eid]
    if d.status == "matched":
        return "joined another event"
    if d.status == "ambiguous":
        return "tie between candidates, kept apart"
    # a graph event's id is its first report's: was any of the earlier reports' graph
    # events founded by a report of this event?
    if all(c.truth.get(run.predicted[x]) != c.truth[eid] for x in before):
        return "its earlier reports had joined another event"
    mine_set = frozenset(a for a, _ in mine.participants)
    sets = [frozenset(a for a, _ in c.reports[x].participants) for x in before]
    if mine.event.type.value in SPEECH_ACTS:
        if all(s != mine_set for s in sets):
            return "speech act: a participant left out on one side"
    elif not any(s <= mine_set or mine_set <= s for s in sets):
        return "participants not nested (each side left out another)"
    return "no compatible candidate, other"


def failures(c: Corpus, run: LoadRun, examples: int = 3) -> dict[str, Any]:
    """False merges and misses of a load with coreference, by pattern, with ``examples``
    of each pattern.

    A false merge: a document event matched into a graph event founded by a report of
    another true event (a graph event's id is its first report's id). A miss: a report
    of a true event already in the graph that did not end up with its earlier reports.
    """
    wrong: Counter[tuple[str, str, str]] = Counter()
    wrong_examples: dict[str, list[dict[str, Any]]] = {}
    for eid, d in run.decisions.items():
        if d.status not in ("matched", "forced") or d.target not in c.truth:
            continue
        if c.truth[eid] == c.truth[d.target]:
            continue
        mine, founder = c.reports[eid], c.reports[d.target]
        pattern = (_relation(mine.event, founder.event), _evidence(d.why),
                   f"{_form(mine)} → {_form(founder)}")
        wrong[pattern] += 1
        shown = wrong_examples.setdefault(" | ".join(pattern), [])
        if len(shown) < examples:
            shown.append({"event": eid, "target": d.target, "why": d.why,
                                   "truth": c.truth[eid], "target_truth": c.truth[d.target]})
    missed: Counter[tuple[str, str, str]] = Counter()
    missed_examples: dict[str, list[dict[str, Any]]] = {}
    earlier: dict[str, list[str]] = {}
    for doc in c.documents:
        for ev in doc.events:
            t = c.truth[ev.id]
            before = earlier.setdefault(t, [])
            if before and run.predicted[ev.id] not in {run.predicted[x] for x in before}:
                d = run.decisions[ev.id]
                cause = _miss_cause(c, run, ev.id, before)
                key = (cause, _type_group(c.reports[ev.id].event), c.reports[ev.id].date_form)
                missed[key] += 1
                shown = missed_examples.setdefault(" | ".join(key), [])
                if len(shown) < examples:
                    shown.append({"event": ev.id, "status": d.status, "why": d.why,
                                            "cause": cause, "candidates": d.candidates,
                                            "truth": t, "earlier": before[:3]})
            before.append(ev.id)
    return {
        "false_merges": sum(wrong.values()),
        "false_merge_patterns": [[*k, n] for k, n in wrong.most_common()],
        "false_merge_examples": wrong_examples,
        "misses": sum(missed.values()),
        "miss_patterns": [[*k, n] for k, n in missed.most_common()],
        "miss_examples": missed_examples,
    }


def _vm_hwm_mb(pid: int | None) -> float | None:
    """Peak resident memory of process ``pid`` since it started (Linux), in MB."""
    status = Path(f"/proc/{pid}/status")
    if pid is None or not status.exists():
        return None
    for line in status.read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return None


def _run_result(run: LoadRun, truth: Mapping[str, str]) -> dict[str, Any]:
    return {"seconds": run.seconds, "documents_per_s": len(run.doc_seconds) / run.seconds,
            "cpu_s": {"client": run.cpu_client_s, "server": run.cpu_server_s},
            "ms_per_document_by_tenth": run.deciles(),
            "load_avg_1m_at_start": round(run.load_avg_start, 2),
            "scores": pair_scores(run.predicted, truth)}


def _last_ratio(a: LoadRun, b: LoadRun, measure: str) -> float | None:
    xs, ys = a.deciles()[measure], b.deciles()[measure]
    return xs[-1] / ys[-1] if xs and ys and ys[-1] else None


def score(c: Corpus, with_run: LoadRun, without_run: LoadRun) -> dict[str, Any]:
    """The result of the two loads of ``c``: scores, times, their ratio, failures."""
    on, off = _run_result(with_run, c.truth), _run_result(without_run, c.truth)
    disagree = sum(1 for e, d in with_run.decisions.items()
                   if with_run.predicted.get(e) != d.target)
    ratio = with_run.seconds / without_run.seconds
    cpu_ratio = None
    if with_run.cpu_server_s is not None and without_run.cpu_server_s is not None:
        cpu_ratio = ((with_run.cpu_client_s + with_run.cpu_server_s)
                     / (without_run.cpu_client_s + without_run.cpu_server_s))
    p, r = on["scores"]["precision"], on["scores"]["recall"]
    return {
        "benchmark": "coreference",
        "corpus": c.stats,
        "with": {**on, "decisions": dict(Counter(d.status for d in
                                                 with_run.decisions.values())),
                 "agreement_decisions": dict(with_run.agreements),
                 "decision_targets_not_in_graph": disagree},
        "without": off,
        "ratio": {"with_over_without": ratio, "cpu_with_over_without": cpu_ratio,
                  # candidates grow with the graph: the last tenth of the documents alone
                  "last_tenth_with_over_without": _last_ratio(with_run, without_run, "wall_ms"),
                  "last_tenth_cpu_with_over_without": _last_ratio(with_run, without_run,
                                                                  "cpu_ms")},
        "failures": failures(c, with_run),
        "targets": {"precision_0_95": p is not None and p >= TARGET_SCORE,
                    "recall_0_95": r is not None and r >= TARGET_SCORE,
                    "ratio_1_5": ratio <= TARGET_RATIO},
    }


def run(cfg: BenchConfig, *, documents: int = DEFAULT_DOCUMENTS) -> dict[str, Any]:
    """Generate, load with and without coreference on the ``corefbench`` instance, score."""
    log(f"coreference: generating {documents:,} documents (seed {cfg.seed})")
    t0 = time.perf_counter()
    c = corpus(documents, cfg.seed)
    gen_s = time.perf_counter() - t0
    log(f"coreference: {len(c.documents):,} documents, {len(c.truth):,} document events "
        f"of {c.stats['true_events']:,} true events, generated in {gen_s:.1f}s")
    with connect(cfg, INSTANCE, PORT) as db:
        info = machine(db)
        wipe(db)  # the benchmark's own instance
        apply_schema(db)
        pid = server(cfg, INSTANCE, PORT).pid()
        load(db, c, coreference=True, documents=WARM_UP_DOCUMENTS, every=0)
        wipe(db)
        with_run = load(db, c, coreference=True, server_pid=pid)
        log(f"coreference: with {with_run.seconds:.1f}s")
        wipe(db)
        without_run = load(db, c, coreference=False, server_pid=pid)
        log(f"coreference: without {without_run.seconds:.1f}s")
        wipe(db)
    res = score(c, with_run, without_run)
    res["machine"] = info
    res["generate_s"] = gen_s
    res["memory"] = {
        "python_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                                    1),
        "neo4j_peak_rss_mb": _vm_hwm_mb(pid),
        "neo4j_heap": cfg.heap, "neo4j_pagecache": cfg.pagecache}
    return res


def _num(x: float | None, digits: int = 3) -> str:
    return "n/a" if x is None else f"{x:.{digits}f}"


def _first_last(xs: list[float] | None) -> str:
    return "n/a" if not xs else f"{xs[0]:.0f} → {xs[-1]:.0f}"


def _cpu(cpu: dict[str, float | None]) -> str:
    client, srv = cpu["client"] or 0.0, cpu["server"]
    return f"{client:.0f}" if srv is None else f"{client:.0f} + {srv:.0f}"


def markdown(res: dict[str, Any]) -> str:
    on, off = res["with"], res["without"]
    rows = []
    for label, r in (("with coreference", on), ("without", off)):
        s = r["scores"]
        rows.append([label, res["corpus"]["documents"], s["document_events"],
                     s["graph_events"], f"{r['seconds']:.1f}", f"{r['documents_per_s']:.1f}",
                     _first_last(r["ms_per_document_by_tenth"]["wall_ms"]),
                     _cpu(r["cpu_s"]),
                     _first_last(r["ms_per_document_by_tenth"]["cpu_ms"]),
                     f"{s['pairs_predicted']:,}", f"{s['pairs_both']:,}",
                     _num(s["precision"]), _num(s["recall"])])
    out = [table(["load", "documents", "document events", "graph events", "seconds",
                  "documents/s", "ms/document, first → last 10%",
                  "CPU s (client + Neo4j)", "CPU ms/document, first → last 10%",
                  "pairs predicted", "pairs right", "precision", "recall"], rows)]
    mem = res["memory"]
    out.append(
        f"\ntrue events {on['scores']['true_events']:,}, true pairs "
        f"{on['scores']['pairs_true']:,}; time with / without: "
        f"**{res['ratio']['with_over_without']:.2f}** (CPU, client + Neo4j: "
        f"{_num(res['ratio']['cpu_with_over_without'], 2)}; last tenth of the documents: "
        f"{_num(res['ratio']['last_tenth_with_over_without'], 2)}, CPU "
        f"{_num(res['ratio']['last_tenth_cpu_with_over_without'], 2)}); "
        f"decisions {on['decisions']}; "
        f"agreements {on['agreement_decisions']}; peak RSS: this process "
        f"{mem['python_peak_rss_mb']} MB, Neo4j {mem['neo4j_peak_rss_mb']} MB")
    f = res["failures"]
    out.append(f"\nfalse merges ({f['false_merges']:,} decisions):\n")
    out.append(table(["the two true events", "merged on", "reports (date form)", "decisions"],
                     f["false_merge_patterns"][:8]))
    out.append(f"\nmisses ({f['misses']:,} reports of an event already in the graph):\n")
    out.append(table(["cause", "type", "date in the report", "reports"],
                     f["miss_patterns"][:10]))
    return "\n".join(out)


def main(cfg: BenchConfig, **kw: Any) -> tuple[dict[str, Any], str]:
    res = run(cfg, **kw)
    save("coreference", res, cfg)
    return res, markdown(res)
