"""Following GDELT's feed: read a file list, download what is new, check it, load it.

GDELT 2.0 lists its files in ``lastupdate.txt`` (the latest 15-minute update) and
``masterfilelist.txt`` (every update since 2015), one ``SIZE MD5 URL`` per line. A sync:

1. reads the list (streamed, so the master list is never held whole) and keeps the
   export (and, when asked, mentions) files whose GDELT timestamp (``YYYYMMDDHHMMSS`` at
   the start of the name) is in ``[since, until]``; lines of other tables (``gkg``) are
   counted and ignored, a line that does not parse is reported with its number;
2. drops those already recorded in the graph as ``(:GdeltFile {name})``;
3. downloads each remaining file, checks its size and MD5 against the list, loads it with
   the table's loader and records it, one file at a time in time order (for one
   timestamp: export, then mentions). A file is recorded only after it has loaded in
   full, so an interrupted run loads it again next time (the loaders are idempotent).

A file that cannot be downloaded intact (404, dropped connection, size or MD5 mismatch)
or that its loader refuses is reported with its reason and skipped; the others load.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph import gdelt_feed_cypher
from graph.db import Database
from graph.errors import InvalidInput
from graph.schema import apply_schema
from loaders.gdelt.download import DownloadFailed, Expected, Fetcher, file_md5

#: Tables a sync can load, in the order they load for one timestamp.
TABLES: tuple[str, ...] = ("export", "mentions")
#: Unparsable list lines a result lists (all are counted).
PROBLEM_LIST_CAP = 100
#: Names per query when asking the graph which files are loaded.
LOADED_QUERY_CHUNK = 5000
#: The timestamp format of GDELT's names and of ``--since`` / ``--until``.
TIMESTAMP_FORMAT = "%Y%m%d%H%M%S"

#: GDELT 2.0 file names: ``20241009120000.export.CSV.zip``,
#: ``20241009120000.translation.mentions.CSV.zip``, ``20241009120000.gkg.csv.zip``.
FEED_NAME_RE = re.compile(
    r"^(?P<ts>\d{14})\.(?P<translation>translation\.)?(?P<table>[a-z]+)\.csv(\.zip)?$",
    re.IGNORECASE)
_MD5_RE = re.compile(r"^[0-9a-fA-F]{32}$")


@dataclass(frozen=True, slots=True)
class FeedFile:
    """One file of the list: where it is, what it must be, and when it was published."""

    line: int
    size: int
    md5: str  # lower-case hex
    url: str
    name: str
    timestamp: dt.datetime  # UTC, from the name
    table: str  # export | mentions | gkg | ...
    translation: bool

    @property
    def order(self) -> tuple[dt.datetime, int, bool, str]:
        rank = TABLES.index(self.table) if self.table in TABLES else len(TABLES)
        return (self.timestamp, rank, self.translation, self.name)

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "table": self.table, "url": self.url,
                "timestamp": _iso(self.timestamp), "size": self.size, "md5": self.md5}


@dataclass(frozen=True, slots=True)
class ListProblem:
    """A list line that does not parse."""

    line: int
    text: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"line": self.line, "text": self.text, "reason": self.reason}


@dataclass
class FeedList:
    """The files of a list that a sync wants, and what it left out."""

    files: list[FeedFile] = field(default_factory=list)
    problems: list[ListProblem] = field(default_factory=list)
    problem_count: int = 0
    other_tables: Counter[str] = field(default_factory=Counter)  # lines of tables not asked
    out_of_range: int = 0


# --- parameters ------------------------------------------------------------------------------

def parse_timestamp(value: str, param: str) -> dt.datetime:
    """``YYYYMMDDHHMMSS`` as a UTC datetime; raises InvalidInput naming ``param``."""
    text = value.strip()
    if not re.fullmatch(r"\d{14}", text):
        raise InvalidInput(f"{param}: '{value}' is not a GDELT timestamp YYYYMMDDHHMMSS "
                           "(14 digits, e.g. 20241009120000)")
    try:
        return dt.datetime.strptime(text, TIMESTAMP_FORMAT).replace(tzinfo=dt.UTC)
    except ValueError as exc:
        raise InvalidInput(f"{param}: '{value}' is not a date-time ({exc})") from None


def parse_tables(value: str) -> tuple[str, ...]:
    """``export,mentions`` as a tuple in load order; raises InvalidInput on an unknown table."""
    names = [t.strip().lower() for t in value.split(",") if t.strip()]
    unknown = [t for t in names if t not in TABLES]
    if unknown or not names:
        raise InvalidInput(f"--tables: '{value}' must name one or more of "
                           f"{', '.join(TABLES)} (comma-separated)")
    return tuple(t for t in TABLES if t in names)


# --- the list --------------------------------------------------------------------------------

def parse_line(text: str, line: int) -> FeedFile | ListProblem | None:
    """One ``SIZE MD5 URL`` line; None for a blank line."""
    parts = text.split()
    if not parts:
        return None
    shown = text.strip()[:200]
    if len(parts) != 3:
        return ListProblem(line, shown, f"expected 'SIZE MD5 URL', found {len(parts)} "
                                        f"field{'s' if len(parts) != 1 else ''}")
    size, md5, url = parts
    if not size.isdigit():
        return ListProblem(line, shown, f"size '{size}' is not a number of bytes")
    if not _MD5_RE.match(md5):
        return ListProblem(line, shown, f"'{md5}' is not an MD5 (32 hex digits)")
    if not url.lower().startswith(("http://", "https://")):
        return ListProblem(line, shown, f"'{url}' is not an http(s) URL")
    name = url.rsplit("/", 1)[-1]
    m = FEED_NAME_RE.match(name)
    if not m:
        return ListProblem(line, shown, f"'{name}' is not a GDELT 2.0 file name "
                                        "(YYYYMMDDHHMMSS.<table>.CSV.zip)")
    try:
        stamp = dt.datetime.strptime(m["ts"], TIMESTAMP_FORMAT).replace(tzinfo=dt.UTC)
    except ValueError:
        return ListProblem(line, shown, f"'{m['ts']}' in '{name}' is not a date-time")
    return FeedFile(line=line, size=int(size), md5=md5.lower(), url=url, name=name,
                    timestamp=stamp, table=m["table"].lower(),
                    translation=m["translation"] is not None)


def select(lines: Iterable[str], tables: Sequence[str], since: dt.datetime | None = None,
           until: dt.datetime | None = None) -> FeedList:
    """The files of ``tables`` in ``[since, until]`` (both inclusive), in time order."""
    result = FeedList()
    seen: set[str] = set()
    for number, text in enumerate(lines, start=1):
        item = parse_line(text, number)
        if item is None:
            continue
        if isinstance(item, ListProblem):
            result.problem_count += 1
            if len(result.problems) < PROBLEM_LIST_CAP:
                result.problems.append(item)
        elif item.table not in tables:
            result.other_tables[item.table] += 1
        elif (since and item.timestamp < since) or (until and item.timestamp > until):
            result.out_of_range += 1
        elif item.name not in seen:  # a name listed twice loads once
            seen.add(item.name)
            result.files.append(item)
    result.files.sort(key=lambda f: f.order)
    return result


def read_list(fetcher: Fetcher, feed: str, tables: Sequence[str],
              since: dt.datetime | None, until: dt.datetime | None) -> FeedList:
    """Read and select a list from an http(s) URL or a local file (a saved master list).

    Raises InvalidInput when the list cannot be read.
    """
    if not feed.lower().startswith(("http://", "https://")):
        path = Path(feed)
        try:
            with path.open(encoding="utf-8", errors="replace") as text:
                return select(text, tables, since, until)
        except OSError as exc:
            raise InvalidInput(f"--feed: cannot read {feed} ({exc.strerror or exc})") from None
    try:
        return fetcher.read_lines(feed, lambda lines: select(lines, tables, since, until))
    except DownloadFailed as exc:
        raise InvalidInput(f"--feed: cannot read the list at {feed}: {exc.reason}") from None


# --- the graph ---------------------------------------------------------------------------------

def loaded_names(db: Database, names: Sequence[str]) -> set[str]:
    """The names among ``names`` recorded as loaded."""
    found: set[str] = set()
    for i in range(0, len(names), LOADED_QUERY_CHUNK):
        rows = db.read(gdelt_feed_cypher.LOADED_FILES,
                       {"names": list(names[i:i + LOADED_QUERY_CHUNK])})
        found.update(r["name"] for r in rows)
    return found


def record_file(db: Database, file: FeedFile, rows: int, skipped_rows: int) -> None:
    """Record ``file`` as loaded in full (call only once its loader has returned)."""
    params = {"name": file.name, "url": file.url, "md5": file.md5, "size": file.size,
              "table": file.table, "timestamp": file.timestamp, "rows": rows,
              "skipped_rows": skipped_rows}
    db.write(lambda tx: tx.run(gdelt_feed_cypher.RECORD_FILE, file=params).consume())


# --- the sync ------------------------------------------------------------------------------------

Loader = Callable[..., dict[str, Any]]


def table_loaders(tables: Sequence[str]) -> dict[str, Loader]:
    """The loader function of each table; raises InvalidInput when one is not available."""
    from loaders.gdelt import load_gdelt_files

    loaders: dict[str, Loader] = {"export": load_gdelt_files}
    if "mentions" in tables:
        try:
            from loaders.gdelt.mentions import load_mentions_files
        except ImportError:
            raise InvalidInput("--tables mentions: this geokg has no Mentions loader "
                               "(loaders.gdelt.mentions)") from None
        loaders["mentions"] = load_mentions_files
    return loaders


@dataclass
class SyncOptions:
    """How a sync runs; ``None`` values come from the settings."""

    since: dt.datetime | None = None
    until: dt.datetime | None = None
    tables: tuple[str, ...] = ("export",)
    keep: Path | None = None
    batch_size: int | None = None
    strict: bool = False
    max_files: int = 1000
    timeout: float | None = None
    retries: int | None = None
    backoff: float | None = None


def sync(db: Database, feed: str, options: SyncOptions | None = None, *,
         retry: Sequence[FeedFile] = (), say: Callable[[str], None] | None = None
         ) -> dict[str, Any]:
    """Load the files of the list at ``feed`` that are in range and not loaded yet.

    Parameters
    ----------
    db : Database
    feed : URL (or local path) of a ``SIZE MD5 URL`` list such as GDELT's ``lastupdate.txt``.
    options : range, tables, download folder and limits (see ``SyncOptions``).
    retry : files that failed in an earlier round, tried again even when the list no
        longer holds them (``--follow`` with ``lastupdate.txt``).
    say : called with one progress line per file.

    Returns
    -------
    dict with ``files_loaded`` (each file with its loader's ``summary``), ``files_skipped``
    (names already loaded), ``files_failed`` (``name``, ``url``, ``reason``),
    ``list_problems`` (lines that do not parse, with their number), ``list_problem_count``,
    ``other_tables`` (lines ignored, by table), ``out_of_range`` and ``rows`` per table.

    Raises
    ------
    InvalidInput
        The list cannot be read, the mentions loader is missing, or more than
        ``max_files`` files would load.
    DatabaseUnavailable
        Neo4j cannot be reached (nothing is recorded for the file being loaded).
    """
    return _sync(db, feed, options or SyncOptions(), retry, say)[0]


#: Rounds of ``--follow`` in which a failed file is tried again after its list dropped it
#: (``lastupdate.txt`` names a file for 15 minutes only).
FOLLOW_RETRY_ROUNDS = 4


class Follower:
    """Rounds of ``sync`` on one feed (``--follow``): a file that failed is tried again in
    the next rounds, up to ``FOLLOW_RETRY_ROUNDS`` failures, even once the list drops it."""

    def __init__(self, feed: str, options: SyncOptions) -> None:
        self.feed, self.options = feed, options
        self.carry: dict[str, tuple[FeedFile, int]] = {}

    def round(self, db: Database, say: Callable[[str], None] | None = None) -> dict[str, Any]:
        """One sync; the result also lists ``retry_next_round`` (file names)."""
        result, failed = _sync(db, self.feed, self.options,
                               [f for f, _ in self.carry.values()], say)
        carry: dict[str, tuple[FeedFile, int]] = {}
        for f in failed:
            rounds = self.carry.get(f.name, (f, 0))[1] + 1
            if rounds < FOLLOW_RETRY_ROUNDS:
                carry[f.name] = (f, rounds)
        self.carry = carry
        result["retry_next_round"] = sorted(carry)
        return result


def _sync(db: Database, feed: str, opts: SyncOptions, retry: Sequence[FeedFile],
          say: Callable[[str], None] | None) -> tuple[dict[str, Any], list[FeedFile]]:
    if opts.since and opts.until and opts.since > opts.until:
        raise InvalidInput(f"--since {opts.since:%Y%m%d%H%M%S} is after --until "
                           f"{opts.until:%Y%m%d%H%M%S}")
    s = db.settings
    loaders = table_loaders(opts.tables)
    with Fetcher(timeout=opts.timeout or s.gdelt_feed_timeout_s,
                 retries=s.gdelt_feed_retries if opts.retries is None else opts.retries,
                 backoff=s.gdelt_feed_backoff_s if opts.backoff is None else opts.backoff
                 ) as fetcher:
        listed = read_list(fetcher, feed, opts.tables, opts.since, opts.until)
        wanted = {f.name: f for f in listed.files}
        for f in retry:
            wanted.setdefault(f.name, f)
        candidates = sorted(wanted.values(), key=lambda f: f.order)
        apply_schema(db)
        done = loaded_names(db, [f.name for f in candidates])
        todo = [f for f in candidates if f.name not in done]
        if len(todo) > opts.max_files:
            raise InvalidInput(
                f"--max-files: {len(todo)} files to load from {feed}, more than "
                f"{opts.max_files}; narrow the range with --since/--until or raise "
                "--max-files", [f.name for f in todo[:3]] + ["..."])
        result: dict[str, Any] = {
            "feed": feed, "tables": list(opts.tables),
            "since": _iso(opts.since), "until": _iso(opts.until),
            "files_loaded": [], "files_skipped": [f.name for f in candidates if f.name in done],
            "files_failed": [], "list_problems": [p.as_dict() for p in listed.problems],
            "list_problem_count": listed.problem_count,
            "other_tables": dict(listed.other_tables), "out_of_range": listed.out_of_range,
            "rows": {t: 0 for t in opts.tables},
        }
        failed: list[FeedFile] = []
        if say:
            for p in listed.problems:
                say(f"{feed}: line {p.line}: {p.reason}; skipped")
        with _folder(opts.keep) as folder:
            for i, file in enumerate(todo, start=1):
                where = f"[{i}/{len(todo)}] {file.name}"
                started = time.monotonic()
                try:
                    entry = _one(db, fetcher, loaders[file.table], file, folder, opts)
                except _Failed as exc:
                    failed.append(file)
                    result["files_failed"].append({**file.as_dict(), "reason": exc.reason})
                    if say:
                        say(f"{where}: FAILED: {exc.reason}")
                    continue
                result["files_loaded"].append(entry)
                result["rows"][file.table] += entry["rows"]
                if say:
                    say(f"{where}: {entry['rows']} {_unit(file.table)} loaded"
                        + (f", {entry['skipped_rows']} malformed lines skipped"
                           if entry["skipped_rows"] else "")
                        + f" ({time.monotonic() - started:.1f}s)")
    return result, failed


class _Failed(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _one(db: Database, fetcher: Fetcher, loader: Loader, file: FeedFile, folder: Path,
         opts: SyncOptions) -> dict[str, Any]:
    """Download, check, load and record one file; raises _Failed with the reason."""
    target = folder / file.name
    try:
        if not (opts.keep and _intact(target, file)):
            fetcher.download(file.url, target, Expected(file.size, file.md5))
    except DownloadFailed as exc:
        raise _Failed(exc.reason) from None
    try:
        summary = loader(db, [target], strict=opts.strict, batch_size=opts.batch_size,
                         progress=False)
    except InvalidInput as exc:
        raise _Failed(f"not loaded: {exc.message}") from None
    finally:
        if opts.keep is None:
            target.unlink(missing_ok=True)
    rows, skipped = int(summary.get("loaded", 0)), int(summary.get("skipped", 0))
    record_file(db, file, rows, skipped)
    return {**file.as_dict(), "rows": rows, "skipped_rows": skipped, "summary": summary}


def _intact(path: Path, file: FeedFile) -> bool:
    """True when a kept download is already there with the list's size and MD5."""
    return path.is_file() and path.stat().st_size == file.size and file_md5(path) == file.md5


@contextmanager
def _folder(keep: Path | None) -> Iterator[Path]:
    if keep is not None:
        try:
            keep.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InvalidInput(f"--keep: cannot create {keep} ({exc.strerror or exc})") from None
        yield keep
        return
    with tempfile.TemporaryDirectory(prefix="geokg-gdelt-") as tmp:
        yield Path(tmp)


def _unit(table: str) -> str:
    return "events" if table == "export" else "mentions"


def _iso(value: dt.datetime | None) -> str | None:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ") if value else None
