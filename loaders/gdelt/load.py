"""Loading GDELT files: stream, convert in batches, write, project INTERACTED_WITH edges."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph import gdelt_cypher
from graph.db import Database
from graph.errors import InvalidInput
from graph.schema import CERTAINTY_RANK, Certainty, apply_schema
from loaders.crosswalk import Crosswalk, get_crosswalk
from loaders.gdelt.convert import DocumentBuilder
from loaders.gdelt.reader import RowError, iter_records, open_gdelt, read_gdelt, source_language
from loaders.writer import LoadSummary, write_document

#: How many event, claim, evidence, source and asserter ids an INTERACTED_WITH edge lists.
EDGE_LIST_CAP = 100
#: How many malformed lines a summary lists by number (all are counted).
ERROR_LIST_CAP = 1000
#: Files smaller than this load without a progress bar (a 15-minute GDELT file is ~2 MB).
PROGRESS_MIN_BYTES = 1_000_000


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


def project_interactions(db: Database, event_ids: Sequence[str], crosswalk: Crosswalk
                         ) -> list[str]:
    """(Re)compute the INTERACTED_WITH edges of every actor pair these events touch.

    Each edge is recomputed from all GDELT events of its (actor1, actor2, root code) in
    the graph, so the result does not depend on load order or repetition. Returns the
    keys of the edges written.
    """
    roots = {code: label for code, label in crosswalk.event_labels.items() if len(code) == 2}

    def work(tx: Any) -> list[str]:
        result = tx.run(gdelt_cypher.PROJECT_INTERACTIONS, event_ids=list(event_ids),
                        cap=EDGE_LIST_CAP, root_labels=roots,
                        certainty=Certainty.REPORTED.value,
                        certainty_rank=CERTAINTY_RANK[Certainty.REPORTED])
        return [r["key"] for r in result]

    return db.write(work)


def load_gdelt_files(db: Database, paths: Sequence[Path | str], *, strict: bool = False,
                     batch_size: int | None = None, progress: bool = False) -> dict[str, Any]:
    """Load GDELT 2.0 Events files; return a summary (JSON-ready dict).

    Parameters
    ----------
    db : Database
    paths : GDELT export files, plain ``.CSV`` or ``.CSV.zip``.
    strict : when True, every file is read first and any malformed line fails the whole
        load before anything is written.
    batch_size : events per Document (and rows per write transaction); default settings.
    progress : show a tqdm progress bar (on stderr) for files over ``PROGRESS_MIN_BYTES``.

    Returns
    -------
    dict with ``loaded`` and ``skipped`` totals, ``skipped_by_reason``, per-file reports
    (``files``: path, loaded, skipped, reasons, ``errors`` with line numbers), the
    actor resolution rules used (``actors_by_rule``), ``unmapped_codes``, the number of
    ``interactions`` edges written and the writer's node/relationship counts.

    Raises
    ------
    InvalidInput
        A missing or unreadable file (before anything is written), or with ``strict`` any
        malformed line: ``details`` lists ``{"file", "line", "message"}``.
    """
    size = batch_size or db.settings.batch_size
    files = [Path(p) for p in paths]
    for path in files:  # fail on a missing or broken file before writing anything
        with open_gdelt(path):
            pass
    if strict:
        problems: list[dict[str, Any]] = []
        bad: dict[str, int] = {}
        for path in files:
            report = check_gdelt_file(path)
            if report.skipped:
                bad[str(path)] = report.skipped
            problems += [{"file": str(path), "line": e.line, "message": e.reason}
                         for e in report.errors or []][:ERROR_LIST_CAP - len(problems)]
        if bad:
            where = ", ".join(f"{p} ({n})" for p, n in bad.items())
            raise InvalidInput(f"{sum(bad.values())} malformed GDELT line(s) in {where}; "
                               "strict mode: nothing written", problems)
    cw = get_crosswalk()
    apply_schema(db)
    totals = _Totals()
    reports: list[FileReport] = []
    for path in files:
        report = FileReport(str(path))
        reports.append(report)
        language = source_language(path)
        with open_gdelt(path) as (text, nbytes), \
                _bar(progress and nbytes >= PROGRESS_MIN_BYTES, nbytes, path.name) as tick:
            builder = DocumentBuilder(cw, language)
            for item in iter_records(text, tick):
                if isinstance(item, RowError):
                    report.add_error(item)
                    continue
                builder.add(item)
                if len(builder) >= size:
                    totals.flush(db, builder, size, cw, report)
                    builder = DocumentBuilder(cw, language)
            if len(builder):
                totals.flush(db, builder, size, cw, report)
    by_reason: Counter[str] = Counter()
    for r in reports:
        by_reason.update(r.by_reason or {})
    return {
        "format": "gdelt",
        "loaded": sum(r.loaded for r in reports),
        "skipped": sum(r.skipped for r in reports),
        "skipped_by_reason": dict(by_reason),
        "files": [r.as_dict() for r in reports],
        "actors_by_rule": dict(totals.rules),
        "unmapped_codes": dict(totals.unmapped.most_common(20)),
        "interactions": len(totals.edge_keys),
        "writer": {"nodes": totals.writer.nodes, "relationships": totals.writer.relationships},
    }


@dataclass
class _Totals:
    """Running totals of a load; ``flush`` writes one batch and projects its edges."""

    writer: LoadSummary = field(default_factory=LoadSummary)
    rules: Counter[str] = field(default_factory=Counter)
    unmapped: Counter[str] = field(default_factory=Counter)
    edge_keys: set[str] = field(default_factory=set)  # bounded by distinct actor pairs

    def flush(self, db: Database, builder: DocumentBuilder, size: int, cw: Crosswalk,
              report: FileReport) -> None:
        summary = write_document(db, builder.document(), batch_size=size, ensure_schema=False)
        summary.resolved.clear()  # per-batch actor mapping: not worth keeping in a summary
        self.writer.merge(summary)
        self.edge_keys.update(project_interactions(db, list(builder.events), cw))
        report.loaded += len(builder)
        self.rules.update(builder.rules)
        self.unmapped.update(builder.unmapped)


@contextmanager
def _bar(enabled: bool, total: int, name: str) -> Iterator[Callable[[int], None] | None]:
    if not enabled:
        yield None
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="B", unit_scale=True, desc=name, leave=False) as bar:
        yield bar.update
