"""Loading GDELT files: stream, convert in batches, write, project INTERACTED_WITH edges.

Where the time goes (profiled on the 1,000-row sample repeated five times, issue 17): the
first loader turned each batch into a Document for the shared writer (coreference, actor
resolution by name for every actor of every batch, eleven statements) and recomputed the
INTERACTED_WITH edges after every batch, from every event of each actor pair touched.
Now distinct actors go through the shared writer once per load (``ActorCatalog``), a
batch is four statements in one transaction with the rows built directly, and the edges
of every pair a file touched are recomputed once, after the file.
"""

from __future__ import annotations

import queue
import re
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph import gdelt_cypher, write_cypher
from graph.db import Database
from graph.errors import InvalidInput
from graph.gdelt_cypher import EDGE_LIST_CAP
from graph.schema import CERTAINTY_RANK, Certainty, apply_schema
from loaders.crosswalk import Crosswalk, get_crosswalk
from loaders.gdelt.convert import ActorCatalog, ActorPool, Batch
from loaders.gdelt.mention_graph import attach_pending_mentions
from loaders.gdelt.reader import RowError, open_gdelt, read_gdelt, source_language
from loaders.writer import LoadSummary, write_document

#: How many malformed lines a summary lists by number (all are counted).
ERROR_LIST_CAP = 1000
#: Files smaller than this load without a progress bar (a 15-minute GDELT file is ~2 MB).
PROGRESS_MIN_BYTES = 1_000_000
#: Batches read ahead of the one being written.
_AHEAD = 2
#: Actor pairs per INTERACTED_WITH projection transaction.
PROJECTION_CHUNK = 2000


@dataclass
class FileReport:
    """What happened to one file."""

    path: str
    loaded: int = 0
    skipped: int = 0
    by_reason: Counter[str] | None = None
    errors: list[RowError] | None = None

    def add_error(self, err: RowError) -> None:
        if self.by_reason is None or self.errors is None:
            self.by_reason, self.errors = Counter(), []
        self.skipped += 1
        self.by_reason[err.kind] += 1
        if len(self.errors) < ERROR_LIST_CAP:
            self.errors.append(err)

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "loaded": self.loaded, "skipped": self.skipped,
                "skipped_by_reason": dict(self.by_reason or {}),
                "errors": [e.as_dict() for e in self.errors or []]}


def check_gdelt_file(path: Path | str) -> FileReport:
    """Read a whole file without writing; the report counts good lines and lists bad ones."""
    report = FileReport(str(path))
    for item in read_gdelt(path):
        if isinstance(item, RowError):
            report.add_error(item)
        else:
            report.loaded += 1
    return report


def project_interactions(db: Database, pairs: dict[tuple[str, str], set[str]],
                         crosswalk: Crosswalk, *, chunk: int = PROJECTION_CHUNK) -> list[str]:
    """(Re)compute the INTERACTED_WITH edges of these (actor1, actor2) -> root code pairs.

    Each edge is recomputed from all GDELT events of its (actor1, actor2, root code) in
    the graph, so the result does not depend on load order or repetition. Returns the
    keys of the edges written.
    """
    roots = {code: label for code, label in crosswalk.event_labels.items() if len(code) == 2}
    rows = [{"a": a, "b": b, "roots": sorted(r)} for (a, b), r in sorted(pairs.items())]
    keys: list[str] = []
    for i in range(0, len(rows), chunk):
        part = rows[i:i + chunk]

        def work(tx: Any, part: list[dict[str, Any]] = part) -> list[str]:
            result = tx.run(gdelt_cypher.PROJECT_INTERACTIONS, pairs=part,
                            cap=EDGE_LIST_CAP, root_labels=roots,
                            certainty=Certainty.REPORTED.value,
                            certainty_rank=CERTAINTY_RANK[Certainty.REPORTED])
            return [r["key"] for r in result]

        keys += db.write(work)
    return keys


def load_gdelt_files(db: Database, paths: Sequence[Path | str], *, strict: bool = False,
                     batch_size: int | None = None, progress: bool = False,
                     writers: int | None = None) -> dict[str, Any]:
    """Load GDELT 2.0 Events files; return a summary (JSON-ready dict).

    Parameters
    ----------
    db : Database
    paths : GDELT export files, plain ``.CSV`` or ``.CSV.zip``.
    strict : when True, every file is read first and any malformed line fails the whole
        load before anything is written.
    batch_size : events per write transaction; default ``GEOKG_BATCH_SIZE`` (1000).
    progress : show a tqdm progress bar (on stderr) for files over ``PROGRESS_MIN_BYTES``.
    writers : batches written at once, each in a transaction of its own (default
        ``GEOKG_GDELT_WRITERS``); the next batch's actors are resolved meanwhile. A
        GLOBALEVENTID repeated within a file keeps its first record, so two batches in
        flight never write the same event.

    Returns
    -------
    dict with ``loaded`` and ``skipped`` totals, ``revised`` (events already in the graph
    from another file, whose counts the later file's values replace), ``skipped_by_reason``,
    per-file reports (``files``: path, loaded, skipped, reasons, ``errors`` with line
    numbers), the actor resolution rules used (``actors_by_rule``), ``unmapped_codes``,
    the number of ``interactions`` edges written and the node/relationship counts.

    Raises
    ------
    InvalidInput
        A missing or unreadable file (before anything is written), or with ``strict`` any
        malformed line: ``details`` lists ``{"file", "line", "message"}``.
    """
    size = batch_size or db.settings.batch_size
    files = [Path(p) for p in paths]
    check_readable(files)
    if strict:
        check_strict(files)
    cw = get_crosswalk()
    apply_schema(db)
    catalog = ActorCatalog(cw)
    totals = _Totals()
    reports: list[FileReport] = []
    lanes = writers or db.settings.gdelt_writers
    with ThreadPoolExecutor(max_workers=lanes, thread_name_prefix="gdelt-write") as pool:
        for path in files:
            report = FileReport(str(path))
            reports.append(report)
            pairs: dict[tuple[str, str], set[str]] = {}
            inflight: deque[tuple[Batch, Future[_Written]]] = deque()
            try:
                for batch in _batches(path, cw, catalog, report, size, progress):
                    totals.prepare(db, batch, pairs)
                    if len(inflight) >= lanes:
                        totals.finish(*inflight.popleft(), report)
                    inflight.append((batch, pool.submit(_write, db, batch)))
                while inflight:
                    totals.finish(*inflight.popleft(), report)
            finally:  # an error: the batches in flight end (committed or not) first
                wait([f for _, f in inflight])
            totals.edge_keys.update(project_interactions(db, pairs, cw))
    by_reason: Counter[str] = Counter()
    for r in reports:
        by_reason.update(r.by_reason or {})
    return {
        "format": "gdelt",
        "loaded": sum(r.loaded for r in reports),
        "revised": totals.revised,
        "skipped": sum(r.skipped for r in reports),
        "skipped_by_reason": dict(by_reason),
        "files": [r.as_dict() for r in reports],
        "actors_by_rule": dict(catalog.rules),
        "unmapped_codes": dict(catalog.unmapped.most_common(20)),
        "interactions": len(totals.edge_keys),
        "writer": {"nodes": totals.writer.nodes, "relationships": totals.writer.relationships},
    }


def check_strict(paths: Sequence[Path | str],
                 check: Callable[[Path | str], FileReport] = check_gdelt_file,
                 what: str = "GDELT") -> None:
    """Read every file whole (``check``: one file's report, export lines by default);
    raise InvalidInput listing each malformed line's ``{"file", "line", "message"}`` if
    there is any (``--strict``: nothing written)."""
    problems: list[dict[str, Any]] = []
    bad: dict[str, int] = {}
    for path in paths:
        report = check(path)
        if report.skipped:
            bad[str(path)] = report.skipped
        problems += [{"file": str(path), "line": e.line, "message": e.reason}
                     for e in report.errors or []][:ERROR_LIST_CAP - len(problems)]
    if bad:
        where = ", ".join(f"{p} ({n})" for p, n in bad.items())
        raise InvalidInput(f"{sum(bad.values())} malformed {what} line(s) in {where}; "
                           "strict mode: nothing written", problems)


def check_readable(paths: Sequence[Path]) -> None:
    """Open every file (plain or zipped) before anything is written; InvalidInput names
    the first one missing or broken."""
    for path in paths:
        with open_gdelt(path):
            pass


def file_stamp(path: Path) -> str:
    """The GDELT timestamp of a file (``20170701234500`` from its name), which orders
    revisions of an event; a file not named the GDELT way gets ``00000000000000`` so any
    GDELT-named file revises it."""
    m = re.match(r"^(\d{14})\.", path.name)
    return m[1] if m else "0" * 14


@dataclass
class _Totals:
    """Running totals of a load; ``flush`` writes one batch in one transaction."""

    writer: LoadSummary = field(default_factory=LoadSummary)
    edge_keys: set[str] = field(default_factory=set)  # bounded by distinct actor pairs
    revised: int = 0

    mapping: dict[str, str] = field(default_factory=dict)  # our actor id -> the graph's
    pool: ActorPool = field(default_factory=ActorPool)

    def prepare(self, db: Database, batch: Batch,
                pairs: dict[tuple[str, str], set[str]]) -> None:
        """Before a batch is written: write the actors its new events name (the shared
        writer resolves them against the graph's), send its rows to the graph's ids and
        note the actor pairs whose INTERACTED_WITH edges the file's end recomputes."""
        self.pool.add(batch.new_actors)
        known = {r["id"] for r in db.read(gdelt_cypher.EVENTS_PRESENT,
                                          {"ids": [e["id"] for e in batch.events]})}
        needed = {p["actor"] for p in batch.participants if p["event"] not in known}
        needed |= {c["asserted_by"][0] for c in batch.claims if c["event"] not in known}
        doc = self.pool.take(needed)
        if doc is not None:
            summary = write_document(db, doc, batch_size=max(len(doc.actors), 1),
                                     ensure_schema=False)
            self.mapping.update(summary.resolved)
            summary.resolved.clear()
            self.writer.merge(summary)
        batch.map_actors(self.mapping)
        for (a, b), roots in batch.pairs().items():
            pairs.setdefault((a, b), set()).update(roots)

    def finish(self, batch: Batch, written: Future[_Written], report: FileReport) -> None:
        """After a batch is written (raises what its transaction raised)."""
        result = written.result()
        self.writer.merge(result.summary)
        self.revised += len(result.revised)
        report.loaded += len(batch)


@dataclass
class _Written:
    created: list[str]
    revised: list[str]
    summary: LoadSummary


def _write(db: Database, batch: Batch) -> _Written:
    """Write one batch (in a writer thread), then attach the mentions that waited for its
    new events."""
    summary = LoadSummary()
    created, revised = write_batch(db, batch, summary)
    attach_pending_mentions(db, created)
    return _Written(created, revised, summary)


def _batches(path: Path, cw: Crosswalk, catalog: ActorCatalog, report: FileReport,
             size: int, progress: bool) -> Iterator[Batch]:
    """The file's batches, read and built in a thread while the caller writes the last one.

    The lines are converted over columns, ``CHUNK_LINES`` at a time
    (``loaders.gdelt.columnar``: the rows ``Batch.add`` makes, at a fraction of its Python
    work, which competed with the writing for the GIL and slowed it). At most ``_AHEAD``
    batches wait, so memory stays bounded; an error in the reader is raised here.
    """
    # polars is imported with the first load, not with every command of the CLI
    from loaders.gdelt.columnar import convert_lines, iter_chunks, to_batches

    out: queue.Queue[Batch | BaseException | None] = queue.Queue(maxsize=_AHEAD)
    stop = threading.Event()

    def put(item: Batch | BaseException | None) -> bool:
        while not stop.is_set():
            try:
                out.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            language, stamp = source_language(path), file_stamp(path)
            with open_gdelt(path) as (text, nbytes), progress_bar(
                    progress and nbytes >= PROGRESS_MIN_BYTES, nbytes, path.name) as tick:
                seen: set[int] = set()  # the file's event ids
                for first, chunk in iter_chunks(text, progress=tick):
                    columns = convert_lines(chunk, cw=cw, catalog=catalog, language=language,
                                            stamp=stamp, first_line=first, seen=seen)
                    for err in columns.errors:
                        report.add_error(err)
                    for batch in to_batches(columns, size, cw=cw, catalog=catalog,
                                            language=language, stamp=stamp):
                        if not put(batch.close()):
                            return
            put(None)
        except BaseException as exc:  # handed to the caller's thread
            put(exc)

    reader = threading.Thread(target=read, name=f"gdelt-read-{path.name}", daemon=True)
    reader.start()
    try:
        while True:
            item = out.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        reader.join()


def write_batch(db: Database, batch: Batch, summary: LoadSummary
                ) -> tuple[list[str], list[str]]:
    """Write one batch in one transaction; return the ids of the events it created and
    of those it revised.

    Events first: a new event gets its claim, evidence, source and participants; an event
    already in the graph is not written again (a file loaded twice changes nothing), except
    that a later file's counts revise it. Everything of a new event is written in the same
    transaction as the event, so an event in the graph always has all of it.
    """
    events = batch.events  # one row per event id (Batch.add keeps the first)

    def work(tx: Any) -> tuple[list[str], list[str], list[tuple[str, int, Any]]]:
        record = tx.run(gdelt_cypher.WRITE_EVENTS, rows=events).single()
        created, revised = (record["created"], record["revised"]) if record else ([], [])
        new = set(created)
        claims = [c for c in batch.claims if c["event"] in new]
        source_ids = {c["evidence"]["source"] for c in claims}
        sources = [s for s in batch.sources.values() if s["id"] in source_ids]
        participants = [p for p in batch.participants if p["event"] in new]
        done = []
        for label, query, rows in (
                ("Source", write_cypher.MERGE_SOURCES, sources),
                ("Claim", gdelt_cypher.WRITE_CLAIMS, claims),
                ("PARTICIPANT", gdelt_cypher.WRITE_PARTICIPANTS, participants)):
            if rows:
                done.append((label, len(rows), tx.run(query, rows=rows).consume().counters))
        return created, revised, done

    created, revised, done = db.write(work)
    summary.add_nodes("Event", len(events), len(created))
    for label, n, counters in done:
        if label == "Source":
            summary.add_nodes(label, n, counters.nodes_created)
        elif label == "Claim":  # a claim and its evidence, both created (or the batch failed)
            summary.add_nodes("Claim", n, n)
            summary.add_nodes("Evidence", n, n)
            summary.add_rels("FROM_SOURCE", n, n)
            summary.add_rels("ABOUT/ASSERTED_BY/SUPPORTED_BY", 3 * n, 3 * n)
        else:
            summary.add_rels(label, n, counters.relationships_created)
    return created, revised


@contextmanager
def progress_bar(enabled: bool, total: int, name: str) -> Iterator[Callable[[int], None] | None]:
    if not enabled:
        yield None
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="B", unit_scale=True, desc=name, leave=False) as bar:
        yield bar.update
