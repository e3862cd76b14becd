"""The bulk path's column converter against the per-record one (no Neo4j): the same
records, values, errors and actors, line for line, on the sample and on lines made to
be malformed, odd or repeated."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from loaders.crosswalk import get_crosswalk
from loaders.gdelt import ActorCatalog, Batch, GdeltRecord, RowError, read_gdelt
from loaders.gdelt.columnar import (
    BATCH,
    ORDER,
    FileColumns,
    batch_frames,
    convert_lines,
    iter_chunks,
    to_batches,
)
from loaders.gdelt.reader import FIELDS, open_gdelt

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "gdelt" / "20170701234500.export.sample.CSV"
SEED_ACTORS = Path(__file__).parent / "data" / "gdelt" / "20241010120000.export.CSV"
STAMP = "20170701234500"
_IX = {name: i for i, name in enumerate(FIELDS)}


def _record_batches(path: Path, size: int = 10**9
                    ) -> tuple[list[Batch], list[RowError], ActorCatalog]:
    """The loader's old way: every line through the reader and ``Batch.add``."""
    cw = get_crosswalk()
    catalog = ActorCatalog(cw)
    seen: set[str] = set()
    batches = [Batch(cw, catalog, "en", STAMP, seen=seen)]
    errors = []
    for item in read_gdelt(path):
        if not isinstance(item, GdeltRecord):
            errors.append(item)
            continue
        if len(batches[-1]) >= size:
            batches.append(Batch(cw, catalog, "en", STAMP, seen=seen))
        batches[-1].add(item)
    return batches, errors, catalog


def _per_record(path: Path) -> tuple[pl.DataFrame, list[RowError], ActorCatalog]:
    (batch,), errors, catalog = _record_batches(path)
    records, _ = batch_frames(batch, 0, 0)
    return records.drop(ORDER, BATCH), errors, catalog


def _column_chunks(path: Path, lines: int) -> tuple[list[FileColumns], ActorCatalog]:
    cw = get_crosswalk()
    catalog = ActorCatalog(cw)
    seen: set[int] = set()
    with open_gdelt(path) as (text, _):
        chunks = [convert_lines(chunk, cw=cw, catalog=catalog, language="en", stamp=STAMP,
                                first_line=first, seen=seen)
                  for first, chunk in iter_chunks(text, lines)]
    return chunks, catalog


def _columns(path: Path, lines: int) -> tuple[pl.DataFrame, list[RowError], ActorCatalog]:
    chunks, catalog = _column_chunks(path, lines)
    records = pl.concat([c.records for c in chunks if c.records.height],
                        how="diagonal_relaxed")
    return records, [e for c in chunks for e in c.errors], catalog


def _same(path: Path, lines: int = 10_000) -> tuple[pl.DataFrame, list[RowError]]:
    want, want_errors, want_catalog = _per_record(path)
    got, got_errors, got_catalog = _columns(path, lines)
    assert got_errors == want_errors
    # all-null columns come out as Null in one way and typed in the other: values compared
    assert_frame_equal(got.select(want.columns), want, check_dtypes=False)
    for name, dtype in want.schema.items():
        if dtype != pl.Null and got[name].dtype != pl.Null:
            assert got[name].dtype == dtype, name
    assert got_catalog.rules == want_catalog.rules
    assert got_catalog.unmapped == want_catalog.unmapped
    want_doc, got_doc = want_catalog.take_new(), got_catalog.take_new()
    assert want_doc is not None and got_doc is not None
    assert sorted(a.id for a in got_doc.actors) == sorted(a.id for a in want_doc.actors)
    assert (sorted(r.model_dump_json() for r in got_doc.roles)
            == sorted(r.model_dump_json() for r in want_doc.roles))
    return got, got_errors


def _line(base: str, **changes: str) -> str:
    fields = base.rstrip("\n").split("\t")
    for name, value in changes.items():
        fields[_IX[name]] = value
    return "\t".join(fields)


@pytest.mark.parametrize("path", [SAMPLE, SEED_ACTORS], ids=["sample", "seed-actors"])
def test_real_files_convert_as_the_per_record_way(path: Path) -> None:
    got, errors = _same(path)
    assert got.height > 0


def test_chunks_of_a_file_convert_as_the_whole_file() -> None:
    """Line numbers run on across chunks; an id met in an earlier chunk is not taken again."""
    whole, _ = _same(SAMPLE)
    chunked, _ = _same(SAMPLE, lines=97)
    assert_frame_equal(chunked, whole)


def test_batches_hold_the_rows_batch_add_makes() -> None:
    want, _, _ = _record_batches(SAMPLE, size=300)
    cw = get_crosswalk()
    chunks, catalog = _column_chunks(SAMPLE, 450)
    got = [b for c in chunks
           for b in to_batches(c, 300, cw=cw, catalog=catalog, language="en", stamp=STAMP)]
    assert len(got) > 1 and max(len(b) for b in got) == 300
    # the same events, claims, participants and sources, in the same order
    assert [e for b in got for e in b.events] == [e for b in want for e in b.events]
    assert [c for b in got for c in b.claims] == [c for b in want for c in b.claims]
    assert ([p for b in got for p in b.participants]
            == [p for b in want for p in b.participants])
    for g in got:  # each batch carries the source of each of its events
        assert {c["evidence"]["source"] for c in g.claims} == set(g.sources)
    sources = {k: v for b in want for k, v in b.sources.items()}
    assert all(sources[k] == v for b in got for k, v in b.sources.items())


def test_odd_malformed_and_repeated_lines_convert_as_the_per_record_way(tmp_path: Path) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    base = lines[0]
    made = [
        lines[1],
        "",  # blank lines are no records
        "   \t  ",
        _line(base, GLOBALEVENTID="900000001", GoldsteinScale="+2.5"),  # Python's float reads it
        _line(base, GLOBALEVENTID="900000002", AvgTone="1e-3", DATEADDED="20170701"),
        _line(base, GLOBALEVENTID="0900000003", ActionGeo_Type="00"),  # leading zeros
        _line(base, GLOBALEVENTID="900000004", Actor1Name=" RUSSIA\x1c"),  # Python-only space
        _line(base, GLOBALEVENTID="900000005", ActionGeo_Type="4", ActionGeo_FullName="Kursk",
              ActionGeo_CountryCode="RS", ActionGeo_Lat="51.73", ActionGeo_Long="",
              ActionGeo_FeatureID="-2953"),
        _line(base, GLOBALEVENTID="900000006", Actor1Code="PRK", Actor1Name="NORTH KOREA",
              Actor2Code="RUSGOV", Actor2Name="RUSSIA", EventCode="0421",
              EventBaseCode="042", EventRootCode="04"),
        _line(base, GLOBALEVENTID="900000001", GoldsteinScale="9.0"),  # repeated: first kept
        lines[1],  # repeated too
        "\t".join(["1"] * 57),  # GDELT 1.0's width
        _line(base, GLOBALEVENTID="12x"),
        _line(base, GLOBALEVENTID="900000010", SQLDATE="20170231"),
        _line(base, GLOBALEVENTID="900000011", Actor1Code="", Actor1Name="", Actor2Code="",
              Actor2Name=""),
        _line(base, GLOBALEVENTID="900000012", IsRootEvent="2"),
        _line(base, GLOBALEVENTID="900000013", QuadClass="7"),
        _line(base, GLOBALEVENTID="900000014", SOURCEURL=" "),
        _line(base, GLOBALEVENTID="900000015", EventCode="4a"),
        _line(base, GLOBALEVENTID="900000016", GoldsteinScale="high"),
        _line(base, GLOBALEVENTID="900000017", ActionGeo_Type="x", ActionGeo_Lat="1"),
        _line(base, GLOBALEVENTID="900000018", ActionGeo_Type="1", ActionGeo_Lat="north"),
        _line(base, GLOBALEVENTID="900000019", DATEADDED="20170701246000"),
        _line(base, GLOBALEVENTID="900000020", NumMentions="-3"),  # accepted as it is
        lines[2] + "\r",  # a CRLF ending
    ]
    path = tmp_path / "20170701234500.export.CSV"
    path.write_text("\n".join(made) + "\n", encoding="utf-8")
    got, errors = _same(path)
    chunked, chunked_errors = _same(path, lines=5)
    assert_frame_equal(chunked, got)
    assert chunked_errors == errors
    ids = got["id"].to_list()
    assert ids.count("gdelt:900000001") == 1
    assert got.filter(pl.col("id") == "gdelt:900000001")["goldstein"].item() == 2.5
    assert "gdelt:900000003" in ids and "gdelt:900000004" in ids
    assert "gdelt:900000020" in ids
    kinds = {e.kind for e in errors}
    assert {"field_count", "bad_id", "bad_date", "no_actor", "bad_number", "no_source",
            "bad_code"} <= kinds
    assert len(errors) == 12
