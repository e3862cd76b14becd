"""GDELT 2.0 Events export files into the graph, streamed, batched and idempotent.

A GDELT 2.0 Events file (``YYYYMMDDHHMMSS.export.CSV`` or its ``.zip`` as GDELT publishes
it) has no header and 61 tab-separated fields per line, in the order of the GDELT Event
Codebook V2.0 (``FIELDS``). This module:

- reads it line by line (plain or the single member of the zip; never the whole file) into
  typed ``GdeltRecord`` objects, every code kept as a string (``"042"``, ``"0251"``);
  malformed lines become ``RowError(line, reason, kind)`` and are skipped;
- turns each batch of records into one ``loaders.document.Document`` (event, claim,
  evidence, source, media actor, actors through the crosswalk) and writes it with the
  shared writer ``loaders.writer.write_document``;
- aggregates the loaded events into ``INTERACTED_WITH`` actor–actor edges, one per
  (actor1, actor2, CAMEO root code), recomputed from the graph so reloading is a no-op.

``docs/gdelt.md`` describes the mapping for users.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

from graph import gdelt_cypher
from graph.db import Database
from graph.errors import InvalidInput
from graph.schema import CERTAINTY_RANK, ActorKind, Certainty, RoleType, apply_schema
from loaders.crosswalk import ActorFields, Crosswalk, ResolvedActor, get_crosswalk, slug
from loaders.document import (
    Actor,
    Claim,
    DateSpec,
    Document,
    Event,
    EventType,
    EvidenceRef,
    Participant,
    Role,
    Source,
)
from loaders.writer import LoadSummary, write_document

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

#: How many event, claim, evidence, source and asserter ids an INTERACTED_WITH edge lists.
EDGE_LIST_CAP = 100
#: How many malformed lines a summary lists by number (all are counted).
ERROR_LIST_CAP = 1000

CROSSWALK_SOURCE_ID = "geokg-crosswalk"

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
    try:
        return dt.datetime.strptime(raw.ljust(14, "0"), "%Y%m%d%H%M%S").replace(tzinfo=dt.UTC)
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


# --- conversion ----------------------------------------------------------------------------

def describe(rec: GdeltRecord, cw: Crosswalk) -> str:
    """One English line for an event: ``UNITED STATES — Make a visit (042) — CUBA``."""
    label = cw.event_label(rec.event_code) or "CAMEO event"
    verb = f"{label} ({rec.event_code})"
    a1 = rec.actor1.name or rec.actor1.code
    a2 = rec.actor2.name or rec.actor2.code
    return " — ".join(x for x in (a1, verb, a2) if x)


def media_actor(url: str) -> Actor:
    """The outlet behind a SOURCEURL: a ``media`` actor named after the URL's host."""
    host = _host(url)
    ident = re.sub(r"[^a-z0-9.-]+", "-", host.lower()).strip("-.") or slug(url)
    return Actor(id=f"media-{ident}"[:200], kind=ActorKind.MEDIA, name=host,
                 description="News outlet (the host of GDELT SOURCEURLs)")


def _host(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    if not host:  # GDELT cites some sources by name ("BBC Monitoring")
        return url.strip()[:100]
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def source_for(url: str, language: str) -> Source:
    """The article a GDELT event was coded from: id ``gdelt-src:<sha1(url)[:16]>``."""
    digest = hashlib.sha1(url.encode()).hexdigest()[:16]
    parts = urlsplit(url)
    if parts.hostname:
        title = (_host(url) + parts.path)[:300]
        return Source(id=f"gdelt-src:{digest}", title=title, url=url, language=language,
                      publisher=_host(url), kind="article")
    return Source(id=f"gdelt-src:{digest}", title=url[:300], language=language,
                  publisher=url[:100], kind="article")


def crosswalk_source() -> Source:
    return Source(id=CROSSWALK_SOURCE_ID, kind="reference", language="en",
                  title="geokg crosswalk of CAMEO actor codes (data/crosswalk)")


def event_attributes(rec: GdeltRecord, cw: Crosswalk) -> dict[str, str | int | float | bool | None]:
    """The GDELT fields kept on the Event node (codes as strings, numbers typed)."""
    geo = rec.action_geo
    state = cw.state_by_fips(geo.country_code) if geo else None
    return {
        "gdelt_id": rec.global_event_id,
        "event_base_code": rec.event_base_code,
        "event_root_code": rec.event_root_code,
        "quad_class": rec.quad_class,
        "goldstein": rec.goldstein,
        "num_mentions": rec.num_mentions,
        "num_sources": rec.num_sources,
        "num_articles": rec.num_articles,
        "avg_tone": rec.avg_tone,
        "is_root_event": rec.is_root_event,
        "date_added": rec.date_added.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "actor1_code": rec.actor1.code or None,
        "actor1_name": rec.actor1.name or None,
        "actor2_code": rec.actor2.code or None,
        "actor2_name": rec.actor2.name or None,
        "action_geo_type": geo.type if geo else None,
        "action_geo_name": geo.full_name or None if geo else None,
        "action_geo_country": geo.country_code or None if geo else None,
        "action_geo_iso3": state.iso3 if state else None,
        "action_geo_adm1": geo.adm1_code or None if geo else None,
        "action_geo_lat": geo.lat if geo else None,
        "action_geo_long": geo.long if geo else None,
        "action_geo_feature_id": geo.feature_id or None if geo else None,
        "source_url": rec.source_url,
    }


class DocumentBuilder:
    """Accumulates records into one Document (deduplicating shared actors and sources)."""

    def __init__(self, cw: Crosswalk, language: str) -> None:
        self.cw, self.language = cw, language
        self.sources: dict[str, Source] = {}
        self.actors: dict[str, Actor] = {}
        self.roles: dict[str, Role] = {}
        self.events: dict[str, Event] = {}
        self.claims: dict[str, Claim] = {}
        self.rules: Counter[str] = Counter()
        self.unmapped: Counter[str] = Counter()

    def __len__(self) -> int:
        return len(self.events)

    def _add_actor(self, actor: Actor) -> None:
        self.actors.setdefault(actor.id, actor)

    def _participant(self, resolved: ResolvedActor | None, side: ActorFields,
                     role: str) -> Participant | None:
        if resolved is None:
            return None
        self.rules[resolved.rule] += 1
        if resolved.rule == "unmapped":
            self.unmapped[side.known_group_code or side.code] += 1
        self._add_actor(resolved.actor)
        if resolved.scope is not None and resolved.basis is not None:
            self._add_actor(resolved.scope)
            key = f"{resolved.actor.id}>{resolved.scope.id}"
            if key not in self.roles:
                self.sources.setdefault(CROSSWALK_SOURCE_ID, crosswalk_source())
                self.roles[key] = Role(
                    type=RoleType.PART_OF, actor=resolved.actor.id, of=resolved.scope.id,
                    certainty=Certainty.CONFIRMED if resolved.certain else Certainty.REPORTED,
                    evidence=[EvidenceRef(source=CROSSWALK_SOURCE_ID, quote=resolved.basis,
                                          language="en")])
        if resolved.actor.country:
            country = self.cw.by_id.get(resolved.actor.country)
            if country is not None:
                self._add_actor(country.actor())
        return Participant(actor=resolved.actor.id, role=role)

    def add(self, rec: GdeltRecord) -> None:
        """Add one record: its source, media actor, actors, event and claim."""
        parts = [p for p in (
            self._participant(self.cw.resolve(rec.actor1), rec.actor1, "actor1"),
            self._participant(self.cw.resolve(rec.actor2), rec.actor2, "actor2"),
        ) if p is not None]
        source = self.sources.setdefault(
            f"gdelt-src:{hashlib.sha1(rec.source_url.encode()).hexdigest()[:16]}",
            source_for(rec.source_url, self.language))
        media = media_actor(rec.source_url)
        self._add_actor(media)
        text = describe(rec, self.cw)
        event_id = f"gdelt:{rec.global_event_id}"
        self.events[event_id] = Event(
            id=event_id, type=EventType.CODED, cameo=rec.event_code,
            date=DateSpec(value=rec.day.isoformat()), participants=parts, summary=text,
            location=rec.action_geo.full_name or None if rec.action_geo else None,
            attributes=event_attributes(rec, self.cw))
        self.claims[event_id] = Claim(
            id=f"gdelt-claim:{rec.global_event_id}", event=event_id,
            certainty=Certainty.REPORTED, asserted_by=[media.id],
            evidence=[EvidenceRef(source=source.id, language="en",
                                  quote=f"GDELT event {rec.global_event_id} coded from this "
                                        f"article: {text}")])

    def document(self) -> Document:
        return Document(sources=list(self.sources.values()), actors=list(self.actors.values()),
                        roles=list(self.roles.values()), events=list(self.events.values()),
                        claims=list(self.claims.values()))


def documents(records: Iterable[GdeltRecord], *, batch_size: int, language: str = "en",
              crosswalk: Crosswalk | None = None) -> Iterator[Document]:
    """Group records into Documents of at most ``batch_size`` events each."""
    cw = crosswalk or get_crosswalk()
    builder = DocumentBuilder(cw, language)
    for rec in records:
        builder.add(rec)
        if len(builder) >= batch_size:
            yield builder.document()
            builder = DocumentBuilder(cw, language)
    if len(builder):
        yield builder.document()


# --- loading -------------------------------------------------------------------------------

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
    progress : show a tqdm progress bar per file (on stderr).

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
        bad_lines = 0
        for path in files:
            report = check_gdelt_file(path)
            bad_lines += report.skipped
            problems += [{"file": str(path), "line": e.line, "message": e.reason}
                         for e in report.errors or []][:ERROR_LIST_CAP - len(problems)]
        if bad_lines:
            raise InvalidInput(f"{bad_lines} malformed GDELT line(s) (strict mode): nothing "
                               "written", problems)
    cw = get_crosswalk()
    apply_schema(db)
    writer_total = LoadSummary()
    rules: Counter[str] = Counter()
    unmapped: Counter[str] = Counter()
    edge_keys: set[str] = set()
    reports: list[FileReport] = []
    for path in files:
        report = FileReport(str(path))
        reports.append(report)
        language = source_language(path)
        with open_gdelt(path) as (text, nbytes), _bar(progress, nbytes, path.name) as tick:
            builder = DocumentBuilder(cw, language)
            for item in iter_records(text, tick):
                if isinstance(item, RowError):
                    report.add_error(item)
                    continue
                builder.add(item)
                if len(builder) >= size:
                    _flush(db, builder, size, cw, writer_total, edge_keys)
                    report.loaded += len(builder)
                    rules.update(builder.rules)
                    unmapped.update(builder.unmapped)
                    builder = DocumentBuilder(cw, language)
            if len(builder):
                _flush(db, builder, size, cw, writer_total, edge_keys)
                report.loaded += len(builder)
                rules.update(builder.rules)
                unmapped.update(builder.unmapped)
    by_reason: Counter[str] = Counter()
    for r in reports:
        by_reason.update(r.by_reason or {})
    return {
        "format": "gdelt",
        "loaded": sum(r.loaded for r in reports),
        "skipped": sum(r.skipped for r in reports),
        "skipped_by_reason": dict(by_reason),
        "files": [r.as_dict() for r in reports],
        "actors_by_rule": dict(rules),
        "unmapped_codes": dict(unmapped.most_common(20)),
        "interactions": len(edge_keys),
        "writer": {"nodes": writer_total.nodes, "relationships": writer_total.relationships},
    }


def _flush(db: Database, builder: DocumentBuilder, size: int, cw: Crosswalk,
           total: LoadSummary, edge_keys: set[str]) -> None:
    summary = write_document(db, builder.document(), batch_size=size, ensure_schema=False)
    summary.resolved.clear()  # per-batch actor mapping: not worth keeping for a summary
    total.merge(summary)
    edge_keys.update(project_interactions(db, list(builder.events), cw))


@contextmanager
def _bar(enabled: bool, total: int, name: str) -> Iterator[Callable[[int], None] | None]:
    if not enabled:
        yield None
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="B", unit_scale=True, desc=name, leave=False) as bar:
        yield bar.update
