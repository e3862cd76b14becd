"""GDELT 2.0 Mentions files: every article that mentions an event, as a sourced claim on it.

A Mentions file (``YYYYMMDDHHMMSS.mentions.CSV[.zip]``, beside each export file) has no
header and 16 tab-separated fields per line (GDELT Event Mentions codebook V2.0,
``FIELDS``). Each line says that one article (MentionIdentifier, from the outlet
MentionSourceName, seen at MentionTimeDate) mentions one event (GLOBALEVENTID). It is read
with the export reader's ``open_gdelt`` (plain or zipped, streamed) into a
``MentionRecord`` or a ``RowError(line, reason, kind)``, then written by
``loaders.gdelt.mention_graph``: attached to its event as a ``reported`` claim, or kept on a
``PendingMention`` node until the event is loaded (``docs/gdelt.md``, "Mentions").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.db import Database
from graph.schema import apply_schema
from loaders.crosswalk import get_crosswalk
from loaders.gdelt.load import (
    PROGRESS_MIN_BYTES,
    FileReport,
    check_readable,
    check_strict,
    progress_bar,
    project_interactions,
)
from loaders.gdelt.mention_graph import (
    MENTION_TYPES,
    Row,
    WriteState,
    attach_pending,
    attach_pending_mentions,
    event_pairs,
    mention_key,
    write_mentions,
)
from loaders.gdelt.reader import RowError, open_gdelt, source_language

__all__ = [
    "FIELDS", "MENTIONS_FILENAME_RE", "N_FIELDS", "MentionRecord", "attach_pending_mentions",
    "check_mentions_file", "check_mentions_strict", "is_mentions_file", "iter_mentions",
    "load_mentions_files", "parse_mention", "read_mentions",
]

#: GDELT 2.0 Mentions columns, in file order (Event Mentions codebook V2.0).
FIELDS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras",
)
N_FIELDS = len(FIELDS)
_IX = {name: i for i, name in enumerate(FIELDS)}

#: ``20170701234500.mentions.CSV[.zip]``, ``...translation.mentions.CSV.zip``; any infix
#: after ``mentions`` (``.mentions.sample.CSV``) is accepted, as for export files.
MENTIONS_FILENAME_RE = re.compile(
    r"^\d{14}\.(translation\.)?mentions(\.[a-z0-9_-]+)?\.csv(\.zip)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class MentionRecord:
    """One well-formed mention: an article (``identifier``) that mentions an event."""

    line: int
    global_event_id: int
    event_time: dt.datetime
    mention_time: dt.datetime
    mention_type: int
    source_name: str
    identifier: str
    sentence_id: int
    actor1_char_offset: int | None  # None where GDELT writes -1 (not found in the sentence)
    actor2_char_offset: int | None
    action_char_offset: int | None
    in_raw_text: bool
    confidence: int
    doc_len: int
    doc_tone: float
    translation_info: str
    revision: str  # orders versions of the same mention: later MentionTimeDate wins

    @property
    def key(self) -> str:
        return mention_key(self.global_event_id, self.identifier)

    def row(self, language: str) -> Row:
        """The flat row ``mention_graph`` writes (and a PendingMention stores)."""
        return {
            "key": self.key, "event_id": f"gdelt:{self.global_event_id}",
            "gdelt_id": self.global_event_id, "identifier": self.identifier,
            "source_name": self.source_name, "language": language,
            "event_time": _iso(self.event_time), "mention_time": _iso(self.mention_time),
            "mention_type": self.mention_type, "sentence_id": self.sentence_id,
            "actor1_char_offset": self.actor1_char_offset,
            "actor2_char_offset": self.actor2_char_offset,
            "action_char_offset": self.action_char_offset, "in_raw_text": self.in_raw_text,
            "confidence": self.confidence, "doc_len": self.doc_len, "doc_tone": self.doc_tone,
            "translation_info": self.translation_info or None, "revision": self.revision,
            "first_mention_time": _iso(self.mention_time),
        }


def _iso(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class _Bad(Exception):
    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind, self.reason = kind, reason


def _integer(fields: list[str], name: str, low: int, high: int | None = None,
             kind: str = "bad_number") -> int:
    raw = fields[_IX[name]].strip()
    if not raw.lstrip("-").isdigit():
        raise _Bad(kind, f"{name} '{raw}' is not an integer")
    value = int(raw)
    if value < low or (high is not None and value > high):
        limit = f"{low}-{high}" if high is not None else f">= {low}"
        raise _Bad(kind, f"{name} {value} is out of range ({limit})")
    return value


def _offset(fields: list[str], name: str) -> int | None:
    value = _integer(fields, name, -1)
    return None if value == -1 else value


def _timestamp(fields: list[str], name: str) -> dt.datetime:
    raw = fields[_IX[name]].strip()
    if len(raw) != 14 or not raw.isdigit():
        raise _Bad("bad_date", f"{name} '{raw}' is not YYYYMMDDHHMMSS")
    try:
        return dt.datetime.strptime(raw, "%Y%m%d%H%M%S").replace(tzinfo=dt.UTC)
    except ValueError as exc:
        raise _Bad("bad_date", f"{name} '{raw}' is not a date-time ({exc})") from None


def _revision(mention_time: dt.datetime, confidence: int, sentence_id: int,
              fields: list[str]) -> str:
    """Sorts as the rule: later MentionTimeDate, then higher Confidence, then the earlier
    sentence; a digest of the whole line breaks the last ties, never the load order."""
    digest = hashlib.sha1("\t".join(fields).encode()).hexdigest()[:12]
    return (f"{mention_time:%Y%m%d%H%M%S}.{confidence:03d}."
            f"{999_999 - min(sentence_id, 999_999):06d}.{digest}")


def parse_mention(fields: list[str], line: int) -> MentionRecord | RowError:
    """One line's fields as a mention, or the RowError that says why it is malformed."""
    if len(fields) != N_FIELDS:
        hint = " (an Events export line? load it as gdelt)" if len(fields) == 61 else ""
        return RowError(line, f"expected {N_FIELDS} tab-separated fields, found "
                        f"{len(fields)}{hint}", "field_count")
    try:
        event_id = _integer(fields, "GLOBALEVENTID", 1, kind="bad_id")
        event_time = _timestamp(fields, "EventTimeDate")
        mention_time = _timestamp(fields, "MentionTimeDate")
        mention_type = _integer(fields, "MentionType", 1, max(MENTION_TYPES))
        identifier = fields[_IX["MentionIdentifier"]].strip()
        if not identifier:
            raise _Bad("no_source", "MentionIdentifier is empty: the mention has no source")
        sentence = _integer(fields, "SentenceID", 0)
        raw_text = fields[_IX["InRawText"]].strip()
        if raw_text not in ("0", "1"):
            raise _Bad("bad_number", f"InRawText '{raw_text}' is not 0 or 1")
        confidence = _integer(fields, "Confidence", 0, 100)
        tone_raw = fields[_IX["MentionDocTone"]].strip()
        try:
            tone = float(tone_raw)
        except ValueError:
            raise _Bad("bad_number", f"MentionDocTone '{tone_raw}' is not a number") from None
        return MentionRecord(
            line=line, global_event_id=event_id, event_time=event_time,
            mention_time=mention_time, mention_type=mention_type,
            source_name=fields[_IX["MentionSourceName"]].strip(), identifier=identifier,
            sentence_id=sentence, actor1_char_offset=_offset(fields, "Actor1CharOffset"),
            actor2_char_offset=_offset(fields, "Actor2CharOffset"),
            action_char_offset=_offset(fields, "ActionCharOffset"),
            in_raw_text=raw_text == "1", confidence=confidence,
            doc_len=_integer(fields, "MentionDocLen", 0), doc_tone=tone,
            translation_info=fields[_IX["MentionDocTranslationInfo"]].strip(),
            revision=_revision(mention_time, confidence, sentence, fields))
    except _Bad as bad:
        return RowError(line, bad.reason, bad.kind)


# --- reading -------------------------------------------------------------------------------

def is_mentions_file(path: Path | str) -> bool:
    """True when the file name is GDELT's (``20170701234500.mentions.CSV[.zip]``)."""
    return bool(MENTIONS_FILENAME_RE.match(Path(path).name))


def iter_mentions(stream: Iterable[str], progress: Callable[[int], None] | None = None
                  ) -> Iterator[MentionRecord | RowError]:
    """Parse lines one by one; blank lines are ignored, every other line yields one item."""
    for number, line in enumerate(stream, start=1):
        if progress is not None:
            progress(len(line))
        text = line.rstrip("\r\n")
        if text.strip():
            yield parse_mention(text.split("\t"), number)


def read_mentions(path: Path | str) -> Iterator[MentionRecord | RowError]:
    """Stream the mentions (and RowErrors) of one Mentions file, plain or zipped."""
    with open_gdelt(path) as (text, _):
        yield from iter_mentions(text)


def check_mentions_file(path: Path | str) -> FileReport:
    """Read a whole file without writing; the report counts good lines and lists bad ones."""
    report = FileReport(str(path))
    for item in read_mentions(path):
        if isinstance(item, RowError):
            report.add_error(item)
        else:
            report.loaded += 1
    return report


# --- loading -------------------------------------------------------------------------------

def check_mentions_strict(paths: Sequence[Path | str]) -> None:
    """Read every file whole; raise InvalidInput listing each malformed line's
    ``{"file", "line", "message"}`` if there is any (``--strict``: nothing written)."""
    check_strict(paths, check_mentions_file, "GDELT mentions")


@dataclass
class _Load:
    """The state of one load: which mentions it saw and where each one ended up."""

    db: Database
    seen: set[str]
    attached: set[str]
    pending: set[str]
    writes: WriteState
    edges: set[str]
    pairs: dict[tuple[str, str], set[str]]
    earlier: int = 0  # mentions of earlier loads attached now (their event came meanwhile)

    def flush(self, batch: dict[str, Row]) -> None:
        rows = list(batch.values())
        self.seen.update(batch)
        attached, waiting = write_mentions(self.db, rows, self.writes)
        self.attached.update(attached)
        self.pending.update(waiting)
        # mentions left waiting by a load that ran before these events existed (or by a
        # concurrent load of their events) are attached here too
        late = attach_pending(self.db, sorted({r["event_id"] for r in rows}), self.writes)
        for key in late:
            if key in self.seen:
                self.attached.add(key)
            else:
                self.earlier += 1
        self.pending -= self.attached
        events = {batch[k]["event_id"] for k in attached} | {_event_of(k) for k in late}
        if events:
            for pair, roots in event_pairs(self.db, events).items():
                self.pairs.setdefault(pair, set()).update(roots)

    def project(self) -> None:
        """Recompute the INTERACTED_WITH edges of the events that got claims (they list
        their claims, outlets and sources), once per file as the export loader does."""
        if self.pairs:
            self.edges.update(project_interactions(self.db, self.pairs, get_crosswalk()))
            self.pairs = {}


def _event_of(key: str) -> str:
    return "gdelt:" + key.split(":")[1]


def load_mentions_files(db: Database, paths: Sequence[Path | str], *, strict: bool = False,
                        batch_size: int | None = None, progress: bool = False) -> dict[str, Any]:
    """Load GDELT 2.0 Mentions files; return a summary (JSON-ready dict).

    Each mention becomes a ``reported`` claim on its event (``gdelt:<GLOBALEVENTID>``),
    asserted by the outlet, with evidence from the article; one (event, article) pair is
    one claim however often it is loaded (a later MentionTimeDate updates it). A mention
    whose event is not in the graph waits on a ``PendingMention`` node and is attached
    when the event is loaded, so mentions and exports load in any order to the same graph.

    Parameters
    ----------
    db : Database
    paths : Mentions files, plain ``.CSV`` or ``.CSV.zip``.
    strict : when True, every file is read first and any malformed line fails the whole
        load before anything is written.
    batch_size : mentions per write transaction; default the settings' ``batch_size``.
    progress : show a progress bar (on stderr) for files over ``PROGRESS_MIN_BYTES``.

    Returns
    -------
    dict: ``format`` (``gdelt-mentions``), ``loaded`` (well-formed lines), ``skipped``,
    ``skipped_by_reason``, ``files`` (per file: path, loaded, skipped, reasons, ``errors``
    with line numbers), ``mentions`` (distinct (event, article) pairs among the loaded
    lines), ``duplicates`` (loaded lines that repeat a pair), ``attached`` (pairs whose
    event is in the graph), ``pending`` (pairs waiting for their event), ``attached_earlier``
    (pairs left waiting by earlier loads, attached now), ``interactions`` (INTERACTED_WITH
    edges recomputed) and ``created`` (nodes and relationships this load created).

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
        check_mentions_strict(files)
    apply_schema(db)
    state = _Load(db, set(), set(), set(), WriteState(), set(), {})
    reports: list[FileReport] = []
    for path in files:
        report = FileReport(str(path))
        reports.append(report)
        language = source_language(path)
        with open_gdelt(path) as (text, nbytes), \
                progress_bar(progress and nbytes >= PROGRESS_MIN_BYTES, nbytes, path.name) as tick:
            batch: dict[str, Row] = {}
            for item in iter_mentions(text, tick):
                if isinstance(item, RowError):
                    report.add_error(item)
                    continue
                report.loaded += 1
                row = item.row(language)
                kept = batch.get(row["key"])
                if kept is not None:
                    first = min(kept["first_mention_time"], row["first_mention_time"])
                    if kept["revision"] > row["revision"]:
                        row = kept
                    row["first_mention_time"] = first
                batch[row["key"]] = row
                if len(batch) >= size:
                    state.flush(batch)
                    batch = {}
            if batch:
                state.flush(batch)
        state.project()
    by_reason: Counter[str] = Counter()
    for r in reports:
        by_reason.update(r.by_reason or {})
    loaded = sum(r.loaded for r in reports)
    return {
        "format": "gdelt-mentions",
        "loaded": loaded,
        "skipped": sum(r.skipped for r in reports),
        "skipped_by_reason": dict(by_reason),
        "files": [r.as_dict() for r in reports],
        "mentions": len(state.seen),
        "duplicates": loaded - len(state.seen),
        "attached": len(state.attached),
        "pending": len(state.pending),
        "attached_earlier": state.earlier,
        "interactions": len(state.edges),
        "created": {"nodes": state.writes.created["nodes"],
                    "relationships": state.writes.created["relationships"]},
    }
