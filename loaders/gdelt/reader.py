"""Reading GDELT 2.0 Events files: 61 tab-separated fields, plain or zipped, streamed.

Every line becomes a typed ``GdeltRecord`` (all codes kept as the strings found in the
file) or a ``RowError(line, reason, kind)`` saying why it was skipped.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from graph.errors import InvalidInput
from loaders.crosswalk import ActorFields

#: GDELT 2.0 Events columns, in file order (Event Codebook V2.0).
_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
FIELDS: tuple[str, ...] = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{f}" for f in _ACTOR) + tuple(f"Actor2{f}" for f in _ACTOR)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
       "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{f}" for f in _GEO) + tuple(f"Actor2Geo_{f}" for f in _GEO)
    + tuple(f"ActionGeo_{f}" for f in _GEO)
    + ("DATEADDED", "SOURCEURL")
)
N_FIELDS = len(FIELDS)
_IX = {name: i for i, name in enumerate(FIELDS)}
assert N_FIELDS == 61

#: GDELT's own names: ``20170701234500.export.CSV[.zip]``, ``...translation.export.CSV.zip``
#: (any infix after ``export``, e.g. ``.export.sample.CSV``, is accepted).
GDELT_FILENAME_RE = re.compile(
    r"^\d{14}\.(translation\.)?export(\.[a-z0-9_-]+)?\.csv(\.zip)?$", re.IGNORECASE)

_CODE_RE = re.compile(r"^\d{2,4}$")
_ROOT_RE = re.compile(r"^\d{2}$")

# --- records -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Geo:
    """One GDELT geography block (Actor1Geo_*, Actor2Geo_* or ActionGeo_*)."""

    type: int
    full_name: str
    country_code: str  # FIPS 10-4
    adm1_code: str
    adm2_code: str
    lat: float | None
    long: float | None
    feature_id: str


@dataclass(frozen=True, slots=True)
class GdeltRecord:
    """One well-formed GDELT 2.0 event; every code is the string found in the file."""

    line: int
    global_event_id: int
    day: dt.date
    actor1: ActorFields
    actor2: ActorFields
    is_root_event: bool
    event_code: str
    event_base_code: str
    event_root_code: str
    quad_class: int
    goldstein: float
    num_mentions: int
    num_sources: int
    num_articles: int
    avg_tone: float
    actor1_geo: Geo | None
    actor2_geo: Geo | None
    action_geo: Geo | None
    date_added: dt.datetime
    source_url: str


@dataclass(frozen=True, slots=True)
class RowError:
    """A line that was skipped: its 1-based number, why, and a stable kind for counting."""

    line: int
    reason: str
    kind: str

    def as_dict(self) -> dict[str, Any]:
        return {"line": self.line, "reason": self.reason, "kind": self.kind}


class _Bad(Exception):
    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind, self.reason = kind, reason


def _int(fields: list[str], name: str, kind: str = "bad_number") -> int:
    raw = fields[_IX[name]].strip()
    if not raw.lstrip("-").isdigit():
        raise _Bad(kind, f"{name} '{raw}' is not an integer")
    return int(raw)


def _float(fields: list[str], name: str) -> float:
    raw = fields[_IX[name]].strip()
    try:
        return float(raw)
    except ValueError:
        raise _Bad("bad_number", f"{name} '{raw}' is not a number") from None


def _opt_float(raw: str, name: str) -> float | None:
    raw = raw.strip()
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        raise _Bad("bad_number", f"{name} '{raw}' is not a number") from None


def _code(fields: list[str], name: str, pattern: re.Pattern[str]) -> str:
    raw = fields[_IX[name]].strip()
    if not pattern.match(raw):
        raise _Bad("bad_code", f"{name} '{raw}' is not a CAMEO event code")
    return raw


def _sqldate(raw: str) -> dt.date:
    raw = raw.strip()
    if len(raw) != 8 or not raw.isdigit():
        raise _Bad("bad_date", f"SQLDATE '{raw}' is not YYYYMMDD")
    try:
        return dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))
    except ValueError as exc:
        raise _Bad("bad_date", f"SQLDATE '{raw}' is not a date ({exc})") from None


def _dateadded(raw: str) -> dt.datetime:
    raw = raw.strip()
    if not raw.isdigit() or len(raw) not in (8, 14):
        raise _Bad("bad_date", f"DATEADDED '{raw}' is not YYYYMMDDHHMMSS")
    raw = raw.ljust(14, "0")
    try:  # slicing: strptime costs a third of a line's parsing
        return dt.datetime(int(raw[:4]), int(raw[4:6]), int(raw[6:8]), int(raw[8:10]),
                           int(raw[10:12]), int(raw[12:14]), tzinfo=dt.UTC)
    except ValueError as exc:
        raise _Bad("bad_date", f"DATEADDED '{raw}' is not a date-time ({exc})") from None


def _actor(fields: list[str], n: int) -> ActorFields:
    f = [fields[_IX[f"Actor{n}{name}"]].strip() for name in _ACTOR]
    return ActorFields(code=f[0], name=f[1], country_code=f[2], known_group_code=f[3],
                       ethnic_code=f[4], religion1_code=f[5], religion2_code=f[6],
                       type1_code=f[7], type2_code=f[8], type3_code=f[9],
                       geo_country_code=fields[_IX[f"Actor{n}Geo_CountryCode"]].strip())


def _geo(fields: list[str], prefix: str) -> Geo | None:
    base = _IX[f"{prefix}_Type"]
    raw = [f.strip() for f in fields[base:base + len(_GEO)]]
    if not raw[0] or raw[0] == "0":
        return None
    if not raw[0].isdigit():
        raise _Bad("bad_number", f"{prefix}_Type '{raw[0]}' is not an integer")
    return Geo(int(raw[0]), raw[1], raw[2], raw[3], raw[4],
               _opt_float(raw[5], f"{prefix}_Lat"), _opt_float(raw[6], f"{prefix}_Long"), raw[7])


def parse_fields(fields: list[str], line: int) -> GdeltRecord | RowError:
    """One line's fields as a record, or the RowError that says why it is malformed."""
    if len(fields) != N_FIELDS:
        hint = " (GDELT 1.0 layout? only 2.0 Events are supported)" \
            if len(fields) in (57, 58) else ""
        return RowError(line, f"expected {N_FIELDS} tab-separated fields, found "
                        f"{len(fields)}{hint}", "field_count")
    try:
        event_id = _int(fields, "GLOBALEVENTID", "bad_id")
        day = _sqldate(fields[_IX["SQLDATE"]])
        actor1, actor2 = _actor(fields, 1), _actor(fields, 2)
        if actor1.empty and actor2.empty:
            raise _Bad("no_actor", "neither Actor1 nor Actor2 has a code or a name")
        root = fields[_IX["IsRootEvent"]].strip()
        if root not in ("0", "1"):
            raise _Bad("bad_number", f"IsRootEvent '{root}' is not 0 or 1")
        quad = _int(fields, "QuadClass")
        if not 1 <= quad <= 4:
            raise _Bad("bad_number", f"QuadClass '{quad}' is not 1-4")
        url = fields[_IX["SOURCEURL"]].strip()
        if not url:
            raise _Bad("no_source", "SOURCEURL is empty: the event would have no evidence")
        return GdeltRecord(
            line=line, global_event_id=event_id, day=day, actor1=actor1, actor2=actor2,
            is_root_event=root == "1",
            event_code=_code(fields, "EventCode", _CODE_RE),
            event_base_code=_code(fields, "EventBaseCode", _CODE_RE),
            event_root_code=_code(fields, "EventRootCode", _ROOT_RE),
            quad_class=quad, goldstein=_float(fields, "GoldsteinScale"),
            num_mentions=_int(fields, "NumMentions"), num_sources=_int(fields, "NumSources"),
            num_articles=_int(fields, "NumArticles"), avg_tone=_float(fields, "AvgTone"),
            actor1_geo=_geo(fields, "Actor1Geo"), actor2_geo=_geo(fields, "Actor2Geo"),
            action_geo=_geo(fields, "ActionGeo"),
            date_added=_dateadded(fields[_IX["DATEADDED"]]), source_url=url,
        )
    except _Bad as bad:
        return RowError(line, bad.reason, bad.kind)


# --- reading -------------------------------------------------------------------------------

def is_gdelt_file(path: Path | str) -> bool:
    """True when the file name is GDELT's (``20170701234500.export.CSV[.zip]``)."""
    return bool(GDELT_FILENAME_RE.match(Path(path).name))


def source_language(path: Path | str) -> str:
    """``en`` for GDELT's English export, ``und`` (undetermined) for the translated one."""
    return "und" if ".translation." in Path(path).name.lower() else "en"


@contextmanager
def open_gdelt(path: Path | str) -> Iterator[tuple[TextIO, int]]:
    """Open a plain or zipped GDELT file for streaming; yield (text stream, size in bytes).

    Raises InvalidInput naming the file when it is missing, unreadable, or a zip that does
    not hold exactly one file.
    """
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(f"{path}: no such file")
    try:
        if path.suffix.lower() == ".zip" or zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                members = [i for i in zf.infolist() if not i.is_dir()]
                if len(members) != 1:
                    raise InvalidInput(f"{path}: a GDELT zip holds exactly one file, this one "
                                       f"holds {len(members)}")
                with zf.open(members[0]) as raw, io.TextIOWrapper(
                        raw, encoding="utf-8", errors="replace", newline="\n") as text:
                    yield text, members[0].file_size
        else:
            with path.open(encoding="utf-8", errors="replace", newline="\n") as text:
                yield text, path.stat().st_size
    except zipfile.BadZipFile as exc:
        raise InvalidInput(f"{path}: not a readable zip file ({exc})") from None
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read ({exc})") from None


def iter_records(stream: Iterable[str], progress: Callable[[int], None] | None = None
                 ) -> Iterator[GdeltRecord | RowError]:
    """Parse lines one by one; blank lines are ignored, every other line yields one item."""
    for number, line in enumerate(stream, start=1):
        if progress is not None:
            progress(len(line))
        text = line.rstrip("\r\n")
        if not text.strip():
            continue
        yield parse_fields(text.split("\t"), number)


def read_gdelt(path: Path | str) -> Iterator[GdeltRecord | RowError]:
    """Stream the records (and RowErrors) of one GDELT file, plain or zipped."""
    with open_gdelt(path) as (text, _):
        yield from iter_records(text)
