"""GDELT export files for ``geokg load --bulk``: the converter's rows, as columns, to CSV.

The rows are the incremental loader's (``loaders.gdelt.convert``: ``Batch`` and
``ActorCatalog``), so the graph is the one ``load_gdelt_files`` builds. What the loader's
Cypher does per batch is done here over the whole load, with polars:

- each file becomes a polars frame (one row per event id, its first line: the event's
  values and counts, its claim, evidence, source and outlet, its two actors), converted
  over columns by ``loaders.gdelt.columnar`` (the per-record converter's values, line for
  line); nothing is written per row in Python, and polars writes the CSV files;
- an event named by several records is written once: everything from its first record,
  the counts (``COUNT_FIELDS``) from the first record of the file with the latest GDELT
  timestamp (``gdelt_file`` and ``gdelt_counts_file`` as the loader sets them); only the
  first record gives a claim, evidence and participants, as in ``WRITE_EVENTS``;
- a Source is written with the values of the last file whose new events cite it (the
  loader's ``MERGE_SOURCES`` ``SET +=``);
- the actors (and ``PART_OF`` roles) the catalog meets wait in the loader's
  ``ActorPool`` until a file's new events name them, and are then handed, as the pool's
  small Documents, to the document bulk path (``loaders.bulk.write_csv``), which resolves
  them as the shared writer does; participants and asserters then take the resolved ids;
- the ``INTERACTED_WITH`` edges are ``PROJECT_INTERACTIONS`` as a polars group-by over the
  final events: per (actor1, actor2, CAMEO root), events ordered by date (newest first)
  and id, the first ``EDGE_LIST_CAP`` listed, sums taken in that order (a running sum, so
  every float equals the one Cypher's ``reduce`` gives).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from graph.schema import CERTAINTY_RANK, Certainty
from loaders.bulk import ARRAY_DELIMITER, CsvSet, CsvSummary, write_csv
from loaders.crosswalk import Crosswalk, get_crosswalk
from loaders.document import Document
from loaders.gdelt.columnar import (
    ACTORS,
    BATCH,
    CLAIM,
    CLAIM_PREFIX,
    EVIDENCE,
    EVIDENCE_PREFIX,
    FILE,
    MEDIA,
    ORDER,
    SOURCE,
    FileColumns,
    convert_lines,
    iter_chunks,
)
from loaders.gdelt.convert import COUNT_FIELDS, ActorCatalog, ActorPool
from loaders.gdelt.load import (
    EDGE_LIST_CAP,
    PROGRESS_MIN_BYTES,
    FileReport,
    check_readable,
    check_strict,
    file_stamp,
    progress_bar,
)
from loaders.gdelt.reader import open_gdelt, source_language

#: Lines converted at a time here: the load's records are held until the CSV files are
#: written anyway, and each chunk has a fixed cost (50,000 events: 1.6 s in chunks of
#: 10,000 lines, 3.5 s in chunks of 1,000).
BULK_CHUNK_LINES = 20_000

_NEO_TYPES: dict[Any, str] = {pl.String: "string", pl.Int64: "long", pl.Int32: "long",
                              pl.Float64: "double", pl.Boolean: "boolean", pl.Date: "date"}


@dataclass
class GdeltBulk:
    """The records of the GDELT files of one bulk load, read and held as polars frames.

    ``read`` converts every file (malformed lines reported by file and line, as the
    loader does); ``documents`` are the actors the load met, for ``loaders.bulk.write_csv``
    (in order, after the extraction documents); ``resolved`` collects where that step put
    them; ``write`` writes the CSV files of events, claims, evidence, sources, their
    relationships, participants and INTERACTED_WITH edges.
    """

    cw: Crosswalk = field(default_factory=get_crosswalk)
    reports: list[FileReport] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    resolved: dict[str, str] = field(default_factory=dict)  # our actor id -> the graph's
    summary: dict[str, Any] = field(default_factory=dict)
    _catalog: ActorCatalog | None = None
    _pool: ActorPool = field(default_factory=ActorPool)
    _known: set[str] = field(default_factory=set)  # event ids met in earlier batches
    _records: list[pl.DataFrame] = field(default_factory=list)
    _sources: list[pl.DataFrame] = field(default_factory=list)
    _rows: int = 0

    def read(self, paths: Sequence[Path | str], *, strict: bool = False,
             progress: bool = False) -> None:
        """Read and convert every file (``progress``: a bar per file over
        ``PROGRESS_MIN_BYTES``). Raises InvalidInput for a missing or unreadable file and,
        with ``strict``, for any malformed line (``details``: file, line, message), before
        anything is written."""
        files = [Path(p) for p in paths]
        check_readable(files)
        catalog = self._catalog = ActorCatalog(self.cw)
        for path in files:
            report = FileReport(str(path))
            self.reports.append(report)
            language, stamp = source_language(path), file_stamp(path)
            seen: set[int] = set()  # the file's event ids
            with open_gdelt(path) as (text, nbytes), progress_bar(
                    progress and nbytes >= PROGRESS_MIN_BYTES, nbytes, path.name) as tick:
                for first, chunk in iter_chunks(text, BULK_CHUNK_LINES, progress=tick):
                    columns = convert_lines(chunk, cw=self.cw, catalog=catalog,
                                            language=language, stamp=stamp,
                                            first_line=first, seen=seen)
                    for err in columns.errors:
                        report.add_error(err)
                    self._take(columns, report)
        if strict:  # the loader's check, on the reports of this one read
            reports = iter(self.reports)
            check_strict([r.path for r in self.reports], check=lambda _: next(reports))

    def _take(self, columns: FileColumns, report: FileReport) -> None:
        # as the loader does: actors wait in the pool until an event not met before
        # (one that is written) names them
        catalog = self._catalog
        assert catalog is not None
        self._pool.add(catalog.take_new())
        records = columns.records
        if not records.height:
            return
        # membership in the set, per row of this chunk: the set grows with the load
        fresh = records.filter(pl.Series([i not in self._known for i in records["id"]],
                                         dtype=pl.Boolean))
        needed = {a for col in (*ACTORS.values(), MEDIA) for a in fresh[col].drop_nulls()}
        doc = self._pool.take(needed)
        if doc is not None:
            self.documents.append(doc)
        self._known.update(fresh["id"])
        n, seq = records.height, len(self._records)
        self._records.append(records.select(
            pl.Series(ORDER, range(self._rows, self._rows + n), dtype=pl.Int64),
            pl.lit(seq, dtype=pl.Int64).alias(BATCH), pl.all()))
        self._sources.append(columns.sources.select(
            "id", pl.lit(seq, dtype=pl.Int64).alias(BATCH), pl.exclude("id")))
        self._rows += n
        report.loaded += n

    def note_resolved(self, resolved: dict[str, str]) -> None:
        """Where ``write_csv`` put the actors of one of ``documents``."""
        self.resolved.update(resolved)

    def write(self, directory: Path) -> CsvSet:
        """Write the CSV files into ``directory`` (created); return them and their counts.

        Call after the actor documents went through ``write_csv`` (``note_resolved``).
        """
        directory.mkdir(parents=True, exist_ok=True)
        out = CsvSet(directory)
        if not self._records:
            self.summary = self._summary(0, 0)
            return out
        records = pl.concat(self._records, how="diagonal_relaxed")
        self._records.clear()
        mapping = self.resolved
        records = records.with_columns(
            *(pl.col(c).replace(mapping) for c in (*ACTORS.values(), MEDIA)))
        events, revised = _final_events(records)
        del records
        sources = _final_sources(pl.concat(self._sources, how="diagonal_relaxed"), events)
        self._sources.clear()
        w = _Writer(out)
        w.nodes("Event", events.select(
            "id", *(c for c in events.columns if c != "id" and not c.startswith(
                ("_", CLAIM_PREFIX, EVIDENCE_PREFIX)))))
        w.nodes("Source", sources)
        w.nodes("Claim", events.select(
            pl.col(CLAIM).alias("id"),
            *(pl.col(c).alias(c.removeprefix(CLAIM_PREFIX))
              for c in events.columns if c.startswith(CLAIM_PREFIX))))
        w.nodes("Evidence", events.select(
            pl.col(EVIDENCE).alias("id"),
            *(pl.col(c).alias(c.removeprefix(EVIDENCE_PREFIX))
              for c in events.columns if c.startswith(EVIDENCE_PREFIX))))
        w.rels("ABOUT", "Claim", "Event", events.select(CLAIM, "id"))
        w.rels("ASSERTED_BY", "Claim", "Actor", events.select(CLAIM, MEDIA))
        w.rels("SUPPORTED_BY", "Claim", "Evidence", events.select(CLAIM, EVIDENCE))
        w.rels("FROM_SOURCE", "Evidence", "Source", events.select(EVIDENCE, SOURCE))
        participants = pl.concat([
            events.filter(pl.col(col).is_not_null()).select(
                pl.col(col).alias("actor"), "id", pl.lit(role).alias("role"))
            for role, col in ACTORS.items()])
        w.rels("PARTICIPANT", "Actor", "Event", participants)
        edges = interactions(events, self.cw)
        w.rels("INTERACTED_WITH", "Actor", "Actor", edges)
        self.summary = self._summary(revised, edges.height)
        return out

    def _summary(self, revised: int, interactions: int) -> dict[str, Any]:
        by_reason: dict[str, int] = {}
        for r in self.reports:
            for k, v in (r.by_reason or {}).items():
                by_reason[k] = by_reason.get(k, 0) + v
        catalog = self._catalog or ActorCatalog(self.cw)
        return {
            "format": "gdelt",
            "loaded": sum(r.loaded for r in self.reports),
            "revised": revised,
            "skipped": sum(r.skipped for r in self.reports),
            "skipped_by_reason": by_reason,
            "files": [r.as_dict() for r in self.reports],
            "actors_by_rule": dict(catalog.rules),
            "unmapped_codes": dict(catalog.unmapped.most_common(20)),
            "interactions": interactions,
        }


def _final_events(records: pl.DataFrame) -> tuple[pl.DataFrame, int]:
    """One row per event (its first record) with the counts of its latest file's first
    record; and how many (event, later file) pairs revised an event."""
    first = records.unique("id", keep="first", maintain_order=True)
    latest = (records.sort(["id", FILE, ORDER], descending=[False, True, False])
              .unique("id", keep="first")
              .select("id", *COUNT_FIELDS, pl.col(FILE).alias("gdelt_counts_file")))
    events = (first.drop(*COUNT_FIELDS)
              .join(latest, on="id", how="left", maintain_order="left")
              .with_columns(pl.col(FILE).alias("gdelt_file")))
    revised = (records.join(first.select("id", pl.col(FILE).alias("_first_file")), on="id")
               .filter(pl.col(FILE) != pl.col("_first_file"))
               .select("id", FILE).unique().height)
    return events, revised


def _final_sources(sources: pl.DataFrame, events: pl.DataFrame) -> pl.DataFrame:
    """Each cited source with the values of the last batch whose new events cite it."""
    last = events.group_by(SOURCE).agg(pl.col(BATCH).max()).rename({SOURCE: "id"})
    return (sources.join(last, on=["id", BATCH], how="inner")
            .unique("id", keep="first").drop(BATCH).sort("id"))


def interactions(events: pl.DataFrame, cw: Crosswalk) -> pl.DataFrame:
    """``PROJECT_INTERACTIONS`` over the final events: one row per (actor1, actor2, CAMEO
    root) with the edge's key and properties (lists as lists)."""
    roots = {code: label for code, label in cw.event_labels.items() if len(code) == 2}
    a, b, root = pl.col(ACTORS["actor1"]), pl.col(ACTORS["actor2"]), pl.col("event_root_code")
    cap = EDGE_LIST_CAP

    def shown(col: str) -> pl.Expr:
        return pl.col(col).head(cap).unique(maintain_order=True)

    grouped = (
        events.filter(a.is_not_null() & b.is_not_null() & (a != b)
                      & (pl.col("type") == "coded") & pl.col("gdelt_id").is_not_null())
        .sort([ACTORS["actor1"], ACTORS["actor2"], "event_root_code", "date", "id"],
              descending=[False, False, False, True, False], nulls_last=True)
        .group_by([ACTORS["actor1"], ACTORS["actor2"], "event_root_code"],
                  maintain_order=True)
        .agg(pl.len().cast(pl.Int64).alias("count"),
             pl.col("date").min().alias("first_date"),
             pl.col("date").max().alias("last_date"),
             pl.col("id").head(cap).alias("event_ids"),
             shown(CLAIM).alias("claim_ids"),
             shown(EVIDENCE).alias("evidence_ids"),
             shown(SOURCE).alias("source_ids"),
             shown(MEDIA).alias("asserted_by"),
             pl.col("num_mentions").fill_null(0).sum().alias("num_mentions"),
             # running sums: Cypher's reduce adds in this order, polars' sum does not
             pl.col("goldstein").cast(pl.Float64).fill_null(0.0).cum_sum().last()
             .alias("_goldstein"),
             pl.col("avg_tone").cast(pl.Float64).fill_null(0.0).cum_sum().last()
             .alias("_tone"))
    )
    n = pl.col("count")
    return grouped.select(
        pl.col(ACTORS["actor1"]).alias("_start"),
        pl.col(ACTORS["actor2"]).alias("_end"),
        pl.concat_str(pl.lit("gdelt:INTERACTED_WITH:"), root, pl.lit(":"),
                      pl.col(ACTORS["actor1"]), pl.lit(":"), pl.col(ACTORS["actor2"])
                      ).alias("key"),
        pl.lit("gdelt").alias("source"),
        root.alias("root_code"),
        root.replace_strict(roots, default=None, return_dtype=pl.String).alias("root_label"),
        n,
        "first_date", "last_date",
        pl.col("first_date").alias("valid_from"), pl.col("last_date").alias("valid_to"),
        pl.when(pl.col("first_date") == pl.col("last_date")).then(pl.lit("day"))
        .otherwise(pl.lit("range")).alias("date_precision"),
        pl.lit(False).alias("date_inferred"),
        pl.lit(Certainty.REPORTED.value).alias("certainty"),
        pl.lit(CERTAINTY_RANK[Certainty.REPORTED], dtype=pl.Int64).alias("certainty_rank"),
        "asserted_by",
        pl.when(n == 1).then(pl.col("event_ids").list.first()).alias("event_id"),
        "event_ids", "claim_ids", "evidence_ids", "source_ids",
        pl.col("num_mentions").cast(pl.Int64),
        (pl.col("_goldstein") / n).alias("goldstein_mean"),
        (pl.col("_tone") / n).alias("avg_tone_mean"),
    )


class _Writer:
    """polars frames to neo4j-admin CSV files: one file per label or type, header
    ``name:type``, a null cell is no property, lists joined by ``ARRAY_DELIMITER``."""

    def __init__(self, out: CsvSet) -> None:
        self.out = out

    def _typed(self, frame: pl.DataFrame, keep: int) -> pl.DataFrame:
        """Rename the columns after the first ``keep`` to ``name:type``; drop all-null ones."""
        exprs: list[pl.Expr] = [pl.col(c) for c in frame.columns[:keep]]
        for name, dtype in list(frame.schema.items())[keep:]:
            if dtype == pl.Null or frame[name].null_count() == frame.height:
                continue
            col = pl.col(name)
            if isinstance(dtype, pl.List):
                inner = _NEO_TYPES.get(dtype.inner, "string")
                exprs.append(col.cast(pl.List(pl.String)).list.join(ARRAY_DELIMITER)
                             .alias(f"{name}:{inner}[]"))
            else:
                exprs.append(col.alias(f"{name}:{_NEO_TYPES.get(dtype, 'string')}"))
        typed = frame.select(exprs)
        if not self.out.multiline:
            text = [c for c, t in typed.schema.items() if t == pl.String]
            if text and typed.select(pl.any_horizontal(
                    pl.col(c).str.contains("[\r\n]").any() for c in text)).item():
                self.out.multiline = True
        return typed

    def nodes(self, label: str, frame: pl.DataFrame) -> None:
        if not frame.height:
            return
        typed = self._typed(frame, 1).rename({"id": f"id:ID({label})"})
        path = self.out.directory / f"gdelt-nodes-{label}.csv"
        typed.write_csv(path)
        self.out.nodes[label].append(path)
        self.out.node_counts[label] += frame.height

    def rels(self, rel_type: str, start: str, end: str, frame: pl.DataFrame) -> None:
        if not frame.height:
            return
        typed = self._typed(frame, 2)
        typed = typed.rename({typed.columns[0]: f":START_ID({start})",
                              typed.columns[1]: f":END_ID({end})"})
        path = self.out.directory / f"gdelt-rels-{rel_type}.csv"
        typed.write_csv(path)
        self.out.relationships[rel_type].append(path)
        self.out.relationship_counts[rel_type] += frame.height


def write_csv_with_gdelt(docs: Iterable[Document], paths: Sequence[Path | str],
                         directory: Path, *, strict: bool = False,
                         progress: bool = False) -> tuple[CsvSummary, dict[str, Any]]:
    """The CSV files of extraction documents and GDELT export files, for one import.

    The documents come first, then the GDELT actors (as ``geokg load`` writes documents
    before GDELT files), through ``write_csv`` into ``directory`` (emptied first); then the
    GDELT events and the rest beside them. Returns the CSV summary of both and the GDELT
    summary (``load_gdelt_files``' keys and ``timings``). Raises InvalidInput for a
    missing or unreadable file or, with ``strict``, any malformed line, before any file is
    written.
    """
    t0 = time.perf_counter()
    gdelt = GdeltBulk()
    gdelt.read(paths, strict=strict, progress=progress)
    read_s = time.perf_counter() - t0
    given = list(docs)
    doc_resolved: dict[str, str] = {}

    def resolved(index: int, mapping: dict[str, str]) -> None:
        (doc_resolved if index < len(given) else gdelt.resolved).update(mapping)

    t = time.perf_counter()
    docs_csv = write_csv([*given, *gdelt.documents], directory, on_resolved=resolved)
    actors_s = time.perf_counter() - t
    t = time.perf_counter()
    docs_csv.csv.extend(gdelt.write(directory))
    write_s = time.perf_counter() - t
    summary = {**gdelt.summary, "timings": {"read_s": round(read_s, 3),
                                            "documents_csv_s": round(actors_s, 3),
                                            "gdelt_csv_s": round(write_s, 3)}}
    return CsvSummary(docs_csv.csv, len(given), time.perf_counter() - t0, doc_resolved), summary
