"""Reading GDELT 2.0 Events files: layout, strings kept, malformed lines, zips (no Neo4j)."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.errors import InvalidInput
from loaders.gdelt import (
    FIELDS,
    GdeltRecord,
    RowError,
    check_gdelt_file,
    is_gdelt_file,
    iter_records,
    parse_fields,
    read_gdelt,
    source_language,
)

DATA = Path(__file__).parent / "data" / "gdelt"
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "gdelt" / "20170701234500.export.sample.CSV"
MALFORMED = DATA / "20170701234500.export.malformed.CSV"
SEED_ACTORS = DATA / "20241010120000.export.CSV"


def _raw_lines(path: Path) -> list[list[str]]:
    """The file split independently of the loader: one list of fields per line."""
    return [line.split("\t") for line in path.read_bytes().decode("utf-8").split("\n") if line]


def _records(path: Path) -> list[GdeltRecord]:
    return [r for r in read_gdelt(path) if isinstance(r, GdeltRecord)]


def _fields(**overrides: str) -> list[str]:
    fields = _raw_lines(SEED_ACTORS)[0]
    for key, value in overrides.items():
        fields[FIELDS.index(key)] = value
    return fields


def test_codebook_order() -> None:
    assert len(FIELDS) == 61
    assert FIELDS[:2] == ("GLOBALEVENTID", "SQLDATE")
    assert FIELDS[5] == "Actor1Code" and FIELDS[15] == "Actor2Code"
    assert FIELDS[25:29] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode")
    assert FIELDS[35] == "Actor1Geo_Type" and FIELDS[51] == "ActionGeo_Type"
    assert FIELDS[-2:] == ("DATEADDED", "SOURCEURL")


def test_sample_one_record_per_well_formed_line() -> None:
    raw = _raw_lines(SAMPLE)
    records = _records(SAMPLE)
    assert len(records) == sum(1 for f in raw if len(f) == 61) == 1000
    assert [r.global_event_id for r in records] == [int(f[0]) for f in raw]
    assert [r.line for r in records] == list(range(1, 1001))


def test_codes_stay_strings_with_leading_zeros() -> None:
    raw = _raw_lines(SAMPLE)
    records = _records(SAMPLE)
    assert [r.event_code for r in records] == [f[26] for f in raw]
    assert [r.event_base_code for r in records] == [f[27] for f in raw]
    assert [r.event_root_code for r in records] == [f[28] for f in raw]
    codes = {r.event_code for r in records}
    assert {"040", "042", "0214", "0841"} <= codes
    assert all(isinstance(c, str) for c in codes)


def test_record_fields_are_typed() -> None:
    rec = _records(SAMPLE)[7]  # 669666357: all three geographies
    assert rec.global_event_id == 669666357
    assert rec.day == dt.date(2016, 7, 1)
    assert rec.actor1.code == "BUS" and rec.actor1.name == "COMPANY"
    assert rec.actor2.code == "USA" and rec.actor2.geo_country_code == "US"
    assert (rec.quad_class, rec.goldstein, rec.num_mentions) == (1, 2.8, 8)
    assert rec.is_root_event is False
    assert rec.action_geo is not None and rec.action_geo.country_code == "US"
    assert rec.action_geo.lat == pytest.approx(38.8951)
    assert rec.date_added == dt.datetime(2017, 7, 1, 23, 45, tzinfo=dt.UTC)
    assert rec.source_url.startswith("http://www.nbcnews.com/")


def test_malformed_lines_are_reported_with_their_numbers() -> None:
    items = list(read_gdelt(MALFORMED))
    errors = [i for i in items if isinstance(i, RowError)]
    assert [(e.line, e.kind) for e in errors] == [(2, "field_count"), (4, "bad_date")]
    assert "found 40" in errors[0].reason
    assert "20171345" in errors[1].reason
    assert [r.line for r in items if isinstance(r, GdeltRecord)] == [1, 3, 5, 6]
    report = check_gdelt_file(MALFORMED)
    assert (report.loaded, report.skipped) == (4, 2)
    assert report.as_dict()["skipped_by_reason"] == {"field_count": 1, "bad_date": 1}


@pytest.mark.parametrize("overrides,kind,words", [
    ({"GLOBALEVENTID": "12x"}, "bad_id", "GLOBALEVENTID"),
    ({"SQLDATE": "2017071"}, "bad_date", "YYYYMMDD"),
    ({"SQLDATE": "20170230"}, "bad_date", "20170230"),
    ({"EventCode": "42"}, None, None),  # two digits is still a CAMEO code
    ({"EventCode": "4a2"}, "bad_code", "EventCode"),
    ({"EventRootCode": "4"}, "bad_code", "EventRootCode"),
    ({"QuadClass": "5"}, "bad_number", "QuadClass"),
    ({"GoldsteinScale": "high"}, "bad_number", "GoldsteinScale"),
    ({"ActionGeo_Lat": "north"}, "bad_number", "ActionGeo_Lat"),
    ({"DATEADDED": "2017-07-01"}, "bad_date", "DATEADDED"),
    ({"SOURCEURL": ""}, "no_source", "SOURCEURL"),
    ({"Actor1Code": "", "Actor1Name": "", "Actor2Code": "", "Actor2Name": ""},
     "no_actor", "Actor1"),
])
def test_each_kind_of_malformed_line(overrides: dict[str, str], kind: str | None,
                                     words: str | None) -> None:
    item = parse_fields(_fields(**overrides), 7)
    if kind is None:
        assert isinstance(item, GdeltRecord)
        return
    assert isinstance(item, RowError)
    assert (item.line, item.kind) == (7, kind)
    assert words is not None and words in item.reason


def test_gdelt_1_layout_is_named() -> None:
    item = parse_fields(_fields()[:57], 3)
    assert isinstance(item, RowError) and "GDELT 1.0" in item.reason


def test_zip_streams_the_same_records(tmp_path: Path) -> None:
    archive = tmp_path / "20170701234500.export.CSV.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.write(SAMPLE, "20170701234500.export.CSV")
    assert _records(archive) == _records(SAMPLE)


def test_zip_must_hold_one_file(tmp_path: Path) -> None:
    archive = tmp_path / "20170701234500.export.CSV.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a.CSV", "x")
        zf.writestr("b.CSV", "y")
    with pytest.raises(InvalidInput, match="exactly one file"):
        list(read_gdelt(archive))
    broken = tmp_path / "20170701234500.export.CSV.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InvalidInput, match="not a readable zip"):
        list(read_gdelt(broken))


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="no such file"):
        list(read_gdelt(tmp_path / "nope.export.CSV"))


def test_crlf_and_blank_lines(tmp_path: Path) -> None:
    lines = SEED_ACTORS.read_text(encoding="utf-8").splitlines()
    path = tmp_path / "20241010120000.export.CSV"
    path.write_bytes(("\r\n".join(lines[:3]) + "\r\n\r\n").encode())
    items = list(read_gdelt(path))
    assert [i.line for i in items] == [1, 2, 3]
    assert all(isinstance(i, GdeltRecord) for i in items)
    first = items[0]
    assert isinstance(first, GdeltRecord) and first.source_url.endswith("talks")  # no \r


def test_reading_is_lazy() -> None:
    """Records come out line by line: a stream that fails later is not read ahead."""
    first = SEED_ACTORS.read_text(encoding="utf-8").splitlines(keepends=True)[0]

    def stream() -> Iterator[str]:
        yield first
        raise AssertionError("read past the first line")

    items = iter_records(stream())
    assert isinstance(next(items), GdeltRecord)


@pytest.mark.parametrize("name,ok", [
    ("20170701234500.export.CSV", True), ("20170701234500.export.CSV.zip", True),
    ("20170701234500.translation.export.CSV.zip", True),
    ("20170701234500.export.sample.CSV", True), ("20170701234500.mentions.CSV.zip", False),
    ("20170701234500.gkg.csv.zip", False), ("events.csv", False),
])
def test_gdelt_file_names(name: str, ok: bool) -> None:
    assert is_gdelt_file(name) is ok


def test_source_language_by_stream() -> None:
    assert source_language("20170701234500.export.CSV.zip") == "en"
    assert source_language("20170701234500.translation.export.CSV.zip") == "und"
