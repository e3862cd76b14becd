"""GDELT export lines converted over columns (polars), for the loader and ``--bulk``.

The per-record converter (``reader.parse_fields`` and ``convert.Batch``) costs about
135 µs a record in Python: the bulk path's largest cost after the import itself, and in
the incremental loader work that competed with the writes for the interpreter. Here the
same work is done over columns, a chunk of lines at a time (``iter_chunks``): polars
splits and checks the lines; what repeats (actor sides, outlets and sources, CAMEO
labels, days, the state of a FIPS code) goes through the converter's own Python
functions once per distinct value; the rest is column arithmetic. ``to_batches`` gives
the loader its ``Batch`` rows.

Exactness comes first. The column checks are stricter than ``parse_fields`` (plain
ASCII digits and decimals only): a line they do not pass as plainly well formed goes
through ``parse_fields`` (which words its error, or accepts it) and ``Batch``, so every
line gets exactly the per-record converter's values or its error. ``FileColumns.records``
has ``batch_frames``' columns (tests/test_gdelt_columnar.py compares the two).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

import polars as pl

from loaders.crosswalk import ActorFields, Crosswalk
from loaders.document import DateSpec, EventType, evidence_id
from loaders.gdelt.convert import CLAIM_PROPS, COUNT_FIELDS, ActorCatalog, Batch, source_row
from loaders.gdelt.reader import FIELDS, N_FIELDS, GdeltRecord, RowError, parse_fields
from loaders.writer import date_props

_INT = r"^-?[0-9]+$"
_UINT = r"^[0-9]+$"
_FLOAT = r"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$"
#: Whitespace to Python's ``str.strip`` but not to polars' (Unicode White_Space): a line
#: holding one goes the per-record way.
_PYTHON_ONLY_SPACE = "[\x1c-\x1f]"
_ACTOR_PARTS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEOS = ("Actor1Geo", "Actor2Geo", "ActionGeo")
_LINE = "_line"
#: Lines converted at a time by the incremental loader: a chunk's text and columns are
#: held while it is converted (the loader's peak memory: BENCHMARKS.md, "GDELT memory").
CHUNK_LINES = 2_000
#: Columns of the records frame that are not Event properties.
ORDER, BATCH, FILE = "_order", "_batch", "_file"
CLAIM, EVIDENCE, SOURCE, MEDIA = "_claim", "_evidence", "_source", "_media"
ACTORS = {"actor1": "_actor1", "actor2": "_actor2"}
CLAIM_PREFIX, EVIDENCE_PREFIX = "claim.", "evidence."


@dataclass
class FileColumns:
    """Lines of a file converted: ``records`` (``batch_frames``' columns but ``_order`` and
    ``_batch``, in line order, one row per event id: its first line), ``sources`` (id and
    properties), the ``errors`` of its malformed lines in line order."""

    records: pl.DataFrame
    sources: pl.DataFrame
    errors: list[RowError] = field(default_factory=list)


def _series(name: str, values: list[Any]) -> pl.Series:
    return pl.Series(name, values, strict=False)


def batch_frames(batch: Batch, seq: int, start: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(records, sources) of one ``Batch`` as polars frames (the per-record way)."""
    events, claims = batch.events, batch.claims
    if len(claims) != len(events):  # Batch.add makes one claim per record
        raise ValueError("a GDELT batch has not one claim per event")
    sides: dict[str, dict[str, str]] = {}
    for p in batch.participants:
        sides.setdefault(p["event"], {})[p["role"]] = p["actor"]
    n = len(events)
    cols: list[pl.Series] = [
        pl.Series(ORDER, range(start, start + n), dtype=pl.Int64),
        pl.Series(BATCH, [seq] * n, dtype=pl.Int64),
        pl.Series("id", [e["id"] for e in events], dtype=pl.String),
        pl.Series(FILE, [e["file"] for e in events], dtype=pl.String),
    ]
    for key in events[0]["values"]:
        cols.append(_series(key, [e["values"].get(key) for e in events]))
    for key in COUNT_FIELDS:
        cols.append(_series(key, [e["counts"].get(key) for e in events]))
    for role, col in ACTORS.items():
        cols.append(pl.Series(col, [sides.get(e["id"], {}).get(role) for e in events],
                              dtype=pl.String))
    cols += [pl.Series(CLAIM, [c["id"] for c in claims], dtype=pl.String),
             pl.Series(MEDIA, [c["asserted_by"][0] for c in claims], dtype=pl.String),
             pl.Series(EVIDENCE, [c["evidence"]["id"] for c in claims], dtype=pl.String),
             pl.Series(SOURCE, [c["evidence"]["source"] for c in claims], dtype=pl.String)]
    for key in claims[0]["props"]:
        cols.append(_series(CLAIM_PREFIX + key, [c["props"].get(key) for c in claims]))
    for key in claims[0]["evidence"]["props"]:
        cols.append(_series(EVIDENCE_PREFIX + key,
                            [c["evidence"]["props"].get(key) for c in claims]))
    sources = list(batch.sources.values())
    scols = [pl.Series("id", [s["id"] for s in sources], dtype=pl.String),
             pl.Series(BATCH, [seq] * len(sources), dtype=pl.Int64)]
    for key in sources[0]["props"]:
        scols.append(_series(key, [s["props"].get(key) for s in sources]))
    return pl.DataFrame(cols), pl.DataFrame(scols)


def _number(name: str, pattern: str, dtype: type[pl.DataType]) -> tuple[pl.Expr, pl.Expr]:
    """(the check, the typed value) of a numeric field."""
    value = pl.col(name).cast(dtype, strict=False)
    ok = pl.col(name).str.contains(pattern) & value.is_not_null()
    if dtype is pl.Float64:
        ok = ok & value.is_finite()
    return ok, value


def _optional_float(name: str) -> tuple[pl.Expr, pl.Expr]:
    ok, value = _number(name, _FLOAT, pl.Float64)
    return (pl.col(name) == "") | ok, pl.when(pl.col(name) != "").then(value)


def _checks() -> pl.Expr:
    """True for a line of 61 stripped fields that ``parse_fields`` surely accepts."""
    checks = [
        _number("GLOBALEVENTID", _INT, pl.Int64)[0],
        pl.col("SQLDATE").str.contains(r"^[1-9][0-9]{7}$")
        & pl.col("SQLDATE").str.to_date("%Y%m%d", strict=False).is_not_null(),
        ~((pl.col("Actor1Code") == "") & (pl.col("Actor1Name") == "")
          & (pl.col("Actor2Code") == "") & (pl.col("Actor2Name") == "")),
        pl.col("IsRootEvent").is_in(["0", "1"]),
        _number("QuadClass", _INT, pl.Int64)[0]
        & pl.col("QuadClass").cast(pl.Int64, strict=False).is_between(1, 4),
        pl.col("SOURCEURL") != "",
        pl.col("EventCode").str.contains(r"^[0-9]{2,4}$"),
        pl.col("EventBaseCode").str.contains(r"^[0-9]{2,4}$"),
        pl.col("EventRootCode").str.contains(r"^[0-9]{2}$"),
        _number("GoldsteinScale", _FLOAT, pl.Float64)[0],
        _number("AvgTone", _FLOAT, pl.Float64)[0],
        *(_number(n, _INT, pl.Int64)[0] for n in ("NumMentions", "NumSources", "NumArticles")),
        pl.col("DATEADDED").str.contains(r"^[1-9][0-9]{7}([01][0-9]|2[0-3])[0-5][0-9][0-5][0-9]$")
        | pl.col("DATEADDED").str.contains(r"^[1-9][0-9]{7}$"),
        pl.col("DATEADDED").str.slice(0, 8).str.to_date("%Y%m%d", strict=False).is_not_null(),
    ]
    for geo in _GEOS:
        kind = pl.col(f"{geo}_Type")
        checks.append(kind.is_in(["", "0"]) | (
            _number(f"{geo}_Type", _UINT, pl.Int64)[0]
            & _optional_float(f"{geo}_Lat")[0] & _optional_float(f"{geo}_Long")[0]))
    return pl.all_horizontal(checks)


def _lines(text: str, first_line: int) -> pl.DataFrame:
    """Every non-blank line: its number, text, fields (stripped, when 61) and whether the
    column checks pass it (``_fast``)."""
    raw = pl.Series("text", text.split("\n")).str.strip_chars_end("\r\n")
    frame = pl.DataFrame([pl.Series(_LINE, range(first_line, first_line + len(raw)),
                                    dtype=pl.Int64), raw])
    odd = pl.col("text").str.contains(_PYTHON_ONLY_SPACE)
    frame = frame.filter(odd | (pl.col("text").str.strip_chars() != ""))
    parts = pl.col("text").str.split("\t")
    frame = frame.with_columns(parts.alias("_fields"),
                               (~odd & (parts.list.len() == N_FIELDS)).alias("_fast"))
    fields = pl.col("_fields")
    frame = frame.with_columns(
        pl.when(pl.col("_fast")).then(fields.list.get(i, null_on_oob=True).str.strip_chars())
        .alias(name) for i, name in enumerate(FIELDS))
    return frame.with_columns(pl.col("_fast") & _checks().fill_null(False))


def iter_chunks(stream: Iterable[str], lines: int = CHUNK_LINES,
                progress: Callable[[int], None] | None = None) -> Iterator[tuple[int, str]]:
    """A file's lines (``reader.open_gdelt``'s stream), ``lines`` at a time: (the number of
    the chunk's first line, its text)."""
    it, first = iter(stream), 1
    while part := list(islice(it, lines)):
        text = "".join(part)
        if progress is not None:
            progress(len(text))
        yield first, text
        first += len(part)


def convert_lines(text: str, *, cw: Crosswalk, catalog: ActorCatalog, language: str,
                  stamp: str, first_line: int = 1, seen: set[int] | None = None
                  ) -> FileColumns:
    """Convert lines of a file (``iter_chunks``' text, its first line ``first_line``) as
    ``Batch.add`` would, line by line: a GLOBALEVENTID met before in the file (``seen``,
    updated) or earlier in the text keeps its first line only."""
    frame = _lines(text, first_line)
    slow = frame.filter(~pl.col("_fast")).select(_LINE, "text")
    errors: list[RowError] = []
    parsed: list[GdeltRecord] = []
    for line, row in slow.iter_rows():
        item = parse_fields(row.split("\t"), line)
        if isinstance(item, RowError):
            errors.append(item)
        else:
            parsed.append(item)
    fast = frame.filter(pl.col("_fast")).drop("_fields", "text", "_fast")
    # the first line of each event id, over both ways (``Batch.seen``)
    ids = pl.concat([
        fast.select(_LINE, pl.col("GLOBALEVENTID").cast(pl.Int64).alias("_gid")),
        pl.DataFrame({_LINE: [r.line for r in parsed],
                      "_gid": [r.global_event_id for r in parsed]},
                     schema={_LINE: pl.Int64, "_gid": pl.Int64}),
    ]).sort(_LINE).filter(pl.col("_gid").is_first_distinct())
    if seen:
        ids = ids.filter(pl.Series([g not in seen for g in ids["_gid"]],
                                   dtype=pl.Boolean))
    if seen is not None:
        seen.update(ids["_gid"].to_list())
    ids = ids.select(_LINE)
    fast = fast.join(ids, on=_LINE, how="semi", maintain_order="left")
    firsts = set(ids[_LINE].to_list()) if parsed else set()
    kept = [r for r in parsed if r.line in firsts]
    parts = []
    sources: list[pl.DataFrame] = []
    if fast.height:
        records, srcs = _convert(fast, cw, catalog, language, stamp)
        parts.append(records)
        sources.append(srcs)
    if kept:
        batch = Batch(cw, catalog, language, stamp)
        for rec in kept:
            batch.add(rec)
        records, srcs = batch_frames(batch, 0, 0)
        parts.append(records.drop(ORDER, BATCH).with_columns(
            pl.Series(_LINE, [r.line for r in kept], dtype=pl.Int64)))
        sources.append(srcs.drop(BATCH))
    if not parts:
        return FileColumns(pl.DataFrame(), pl.DataFrame(), errors)
    records = pl.concat(parts, how="diagonal_relaxed").sort(_LINE).drop(_LINE)
    return FileColumns(records, pl.concat(sources, how="diagonal_relaxed")
                       .unique("id", keep="first", maintain_order=True), errors)


def _distinct_map(frame: pl.DataFrame, keys: list[str], out: str,
                  fn: Any, dtype: type[pl.DataType] | pl.DataType = pl.String) -> pl.DataFrame:
    """``frame`` with ``out`` = ``fn(*keys)``, called once per distinct key tuple."""
    distinct = frame.select(keys).unique(maintain_order=True)
    values = [fn(*row) for row in distinct.iter_rows()]
    table = distinct.with_columns(pl.Series(out, values, dtype=dtype, strict=False))
    return frame.join(table, on=keys, how="left", maintain_order="left", nulls_equal=True)


def _convert(lines: pl.DataFrame, cw: Crosswalk, catalog: ActorCatalog, language: str,
             stamp: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The records and sources frames of lines that passed the checks."""
    frame = lines
    # actor sides, each distinct one resolved once (the catalog counts every record)
    for n in (1, 2):
        keys = [f"Actor{n}{p}" for p in _ACTOR_PARTS] + [f"Actor{n}Geo_CountryCode"]
        counts = frame.group_by(keys, maintain_order=True).len()
        ids = [catalog.side(ActorFields(*row[:-1]), times=row[-1])
               for row in counts.iter_rows()]
        table = counts.drop("len").with_columns(
            pl.Series(ACTORS[f"actor{n}"], ids, dtype=pl.String))
        frame = frame.join(table, on=keys, how="left", maintain_order="left")
    # outlets and sources, once per URL
    urls = frame.select("SOURCEURL").unique(maintain_order=True)["SOURCEURL"].to_list()
    media, src_ids, src_rows = [], [], []
    for url in urls:
        split = urlsplit(url)
        media.append(catalog.media(url, split))
        row = source_row(url, language, split)
        src_ids.append(row["id"])
        src_rows.append({"id": row["id"], **row["props"]})
    frame = frame.join(pl.DataFrame({"SOURCEURL": urls, MEDIA: media, SOURCE: src_ids},
                                    schema={"SOURCEURL": pl.String, MEDIA: pl.String,
                                            SOURCE: pl.String}),
                       on="SOURCEURL", how="left", maintain_order="left")
    sources = pl.DataFrame(src_rows, infer_schema_length=None).unique(
        "id", keep="first", maintain_order=True)
    # labels, days and the state of the action's place
    frame = _distinct_map(frame, ["EventCode"], "_label",
                          lambda c: cw.event_label(c) or "CAMEO event")
    frame = frame.with_columns(pl.col("SQLDATE").str.to_date("%Y%m%d").alias("_day"))
    day_keys = list(date_props("date", DateSpec()).keys())
    days = frame.select("_day").unique(maintain_order=True)
    day_rows = [date_props("date", DateSpec(value=d.isoformat())) for d in days["_day"]]
    day_frame = pl.concat([days, pl.DataFrame(day_rows, infer_schema_length=None)
                           .select(day_keys)], how="horizontal")
    frame = frame.join(day_frame, on="_day", how="left", maintain_order="left")
    geo = ~pl.col("ActionGeo_Type").is_in(["", "0"])

    def blank_null(name: str) -> pl.Expr:
        return pl.when(pl.col(name) != "").then(pl.col(name))

    def on_geo(expr: pl.Expr) -> pl.Expr:
        return pl.when(geo).then(expr)

    gid = pl.col("GLOBALEVENTID").cast(pl.Int64)

    def shown(n: int) -> pl.Expr:  # ``describe``: a side's name, else its code
        name = pl.col(f"Actor{n}Name")
        return pl.when(name != "").then(name).otherwise(pl.col(f"Actor{n}Code"))

    a1, a2 = shown(1), shown(2)
    verb = pl.concat_str(pl.col("_label"), pl.lit(" ("), pl.col("EventCode"), pl.lit(")"))
    summary = (pl.concat_list(a1, verb, a2).list.eval(pl.element().filter(pl.element() != ""))
               .list.join(" — "))
    added = pl.col("DATEADDED").str.pad_end(14, "0")
    date_added = pl.concat_str(added.str.slice(0, 4), pl.lit("-"), added.str.slice(4, 2),
                               pl.lit("-"), added.str.slice(6, 2), pl.lit("T"),
                               added.str.slice(8, 2), pl.lit(":"), added.str.slice(10, 2),
                               pl.lit(":"), added.str.slice(12, 2), pl.lit("Z"))
    geo_name = on_geo(blank_null("ActionGeo_FullName"))
    # ``pack_fields``: PACKED_FIELDS tab-separated, a missing value an empty field
    packed = pl.concat_str(
        pl.when(pl.col("IsRootEvent") == "1").then(pl.lit("1")).otherwise(pl.lit("0")),
        date_added,
        pl.col("Actor1Code"), pl.col("Actor1Name"), pl.col("Actor2Code"),
        pl.col("Actor2Name"),
        on_geo(pl.col("ActionGeo_Type").cast(pl.Int64).cast(pl.String)).fill_null(""),
        on_geo(pl.col("ActionGeo_CountryCode")).fill_null(""),
        on_geo(pl.col("ActionGeo_ADM1Code")).fill_null(""),
        on_geo(pl.col("ActionGeo_FeatureID")).fill_null(""),
        separator="\t")
    out = frame.select(
        pl.lit("gdelt:").add(gid.cast(pl.String)).alias("id"),
        pl.lit(stamp).alias(FILE),
        pl.lit(EventType.CODED.value).alias("type"),
        pl.col("EventCode").alias("cameo"),
        summary.alias("summary"),
        *day_keys,
        gid.alias("gdelt_id"),
        pl.col("EventBaseCode").alias("event_base_code"),
        pl.col("EventRootCode").alias("event_root_code"),
        pl.col("QuadClass").cast(pl.Int64).alias("quad_class"),
        pl.col("GoldsteinScale").cast(pl.Float64).alias("goldstein"),
        geo_name.alias("location"),
        on_geo(_optional_float("ActionGeo_Lat")[1]).alias("action_geo_lat"),
        on_geo(_optional_float("ActionGeo_Long")[1]).alias("action_geo_long"),
        packed.alias("gdelt_fields"),
        pl.col("SOURCEURL").alias("source_url"),
        pl.col("NumMentions").cast(pl.Int64).alias(COUNT_FIELDS[0]),
        pl.col("NumSources").cast(pl.Int64).alias(COUNT_FIELDS[1]),
        pl.col("NumArticles").cast(pl.Int64).alias(COUNT_FIELDS[2]),
        pl.col("AvgTone").cast(pl.Float64).alias(COUNT_FIELDS[3]),
        *ACTORS.values(),
        pl.lit("gdelt-claim:").add(gid.cast(pl.String)).alias(CLAIM),
        MEDIA, SOURCE, _LINE,
    )
    quotes = out.select(pl.concat_str(
        pl.lit("GDELT event "), pl.col("gdelt_id").cast(pl.String),
        pl.lit(" coded from this article: "), pl.col("summary")))[:, 0]
    evidence = [evidence_id(s, q) for s, q in zip(out[SOURCE], quotes, strict=True)]
    out = out.with_columns(
        pl.Series(EVIDENCE, evidence, dtype=pl.String),
        *(pl.lit(v, dtype=pl.Int64 if isinstance(v, int) else None).alias(CLAIM_PREFIX + k)
          for k, v in CLAIM_PROPS.items()),
        quotes.alias(EVIDENCE_PREFIX + "quote"),
        pl.lit("en").alias(EVIDENCE_PREFIX + "language"),
        *(pl.lit(None).alias(EVIDENCE_PREFIX + k) for k in ("gloss", "span_start", "span_end")),
        pl.col(SOURCE).alias(EVIDENCE_PREFIX + "source_id"),
    )
    return out, sources


def to_batches(columns: FileColumns, size: int, *, cw: Crosswalk, catalog: ActorCatalog,
               language: str, stamp: str) -> Iterator[Batch]:
    """``convert_lines``' records as the incremental loader's batches of ``size`` events
    (not closed), with the rows ``Batch.add`` would have made for the same lines."""
    records = columns.records
    if not records.height:
        return
    sources = {row["id"]: {"id": row["id"], "props": {k: v for k, v in row.items() if k != "id"}}
               for row in columns.sources.iter_rows(named=True)}
    evidence_keys = [c for c in records.columns if c.startswith(EVIDENCE_PREFIX)]
    own = {"id", FILE, CLAIM, MEDIA, EVIDENCE, SOURCE, *ACTORS.values(), *COUNT_FIELDS}
    value_keys = [c for c in records.columns
                  if c not in own and not c.startswith((CLAIM_PREFIX, EVIDENCE_PREFIX))]
    for start in range(0, records.height, size):
        batch = Batch(cw, catalog, language, stamp)
        for row in records.slice(start, size).iter_rows(named=True):
            event = row["id"]
            for role, col in ACTORS.items():
                if row[col] is not None:
                    batch.participants.append({"actor": row[col], "event": event, "role": role})
            src = row[SOURCE]
            if src not in batch.sources:
                batch.sources[src] = sources[src]
            batch.events.append({"id": event, "values": {k: row[k] for k in value_keys},
                                 "counts": {k: row[k] for k in COUNT_FIELDS},
                                 "file": row[FILE]})
            batch.claims.append({
                "id": row[CLAIM], "event": event, "asserted_by": [row[MEDIA]],
                "evidence_ids": [row[EVIDENCE]], "props": CLAIM_PROPS, "evidence": {
                    "id": row[EVIDENCE], "source": src,
                    "props": {k.removeprefix(EVIDENCE_PREFIX): row[k] for k in evidence_keys}}})
        yield batch
