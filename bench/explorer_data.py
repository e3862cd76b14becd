"""The explorer benchmark's graph: the seed plus a GDELT file grown from the shared sample.

The 1,000-row sample names no North Korean actor, so North Korea's two-hop neighbourhood
on the seed + sample is small (about 40 actors, 100 edges). The issue that asked for
aggregated edges measured it on a bigger GDELT sample (311 actors, 1,994 edges at depth
2), which is not in the repository. ``write_gdelt`` builds a file of that scale from the
shared sample, deterministically:

- copy 0 is the sample as it is;
- copy ``c`` (1..copies-1) is every sample row again, with a new GLOBALEVENTID, its own
  SOURCEURL, its dates moved ``c * DAYS_PER_COPY`` days later, its CAMEO root code moved
  ``c`` codes on (``04`` Consult becomes ``05`` in copy 1, ``06`` in copy 2...: event code
  ``<root>0``), and every state code of its actors (the first three letters of
  ``Actor1Code`` / ``Actor2Code``, and ``Actor1CountryCode`` / ``Actor2CountryCode``) sent
  through one of ``MAPPINGS`` seeded permutations of the crosswalk's states (copy ``c``
  takes permutation ``(c - 1) % MAPPINGS``). Each permutation sends the sample's most
  common state code to North Korea (``PRK``) and the next to Russia (``RUS``).

So the same pairs of actors meet again in every copy under other root codes: parallel
GDELT ``INTERACTED_WITH`` edges between the same two actors (one per root code and
direction), as a day of real GDELT has between two states that are in the news, reaching
the seed's North Korea and Russia. Everything else in a row (counts, tone, geography)
stays GDELT's.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections import Counter
from pathlib import Path

from loaders.crosswalk import CROSSWALK_DIR
from loaders.gdelt import FIELDS

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "gdelt" / "20170701234500.export.sample.CSV"
ID_STRIDE = 10_000_000_000  # GLOBALEVENTIDs are ~1e9: copies never collide
DAYS_PER_COPY = 97
#: Copy c sends the sample's (c-1)-th most common state code to PRK and the next to RUS.
PINNED = ("PRK", "RUS")
#: Permutations of the state codes that the copies take in turn.
MAPPINGS = 3

_I = {name: FIELDS.index(name) for name in (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "DATEADDED",
    "SOURCEURL", "EventCode", "EventBaseCode", "EventRootCode", "Actor1Code", "Actor2Code",
    "Actor1Name", "Actor2Name",
    "Actor1CountryCode", "Actor2CountryCode")}


def _state_codes() -> list[str]:
    with (CROSSWALK_DIR / "states.csv").open(encoding="utf-8", newline="") as f:
        return sorted({r["cameo"] for r in csv.DictReader(f) if r["kind"] == "state"
                       and r["cameo"]})


def _shift(day: str, days: int) -> str:
    """A GDELT YYYYMMDD date moved ``days`` later."""
    d = dt.date(int(day[:4]), int(day[4:6]), int(day[6:8])) + dt.timedelta(days=days)
    return d.strftime("%Y%m%d")


def _mapping(codes: list[str], pool: list[str], seed: int) -> dict[str, str]:
    """The state-code permutation: the sample's codes (most common first) to states of the
    pool, the first ones to ``PINNED``."""
    rng = random.Random(seed)
    targets = [c for c in pool if c not in PINNED]
    rng.shuffle(targets)
    return dict(zip(codes, [*PINNED, *targets], strict=False))


def _root(root: str, copy: int) -> str:
    """CAMEO root code ``root`` (01..20) moved ``copy`` codes on, wrapping after 20."""
    return f"{(int(root) - 1 + copy) % 20 + 1:02d}"


def write_gdelt(target: Path, copies: int = 5, seed: int = 42) -> int:
    """Write ``copies`` copies of the sample to ``target`` (rules above); return the rows."""
    rows = [line.split("\t") for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    pool = _state_codes()
    states = set(pool)
    used: Counter[str] = Counter()
    for f in rows:
        for key in ("Actor1CountryCode", "Actor2CountryCode"):
            if f[_I[key]] in states:
                used[f[_I[key]]] += 1
    codes = [c for c, _ in used.most_common()]
    mappings = [_mapping(codes, pool, seed * 31 + m) for m in range(MAPPINGS)]
    n = 0
    with target.open("w", encoding="utf-8", newline="\n") as out:
        for copy in range(copies):
            mapping = mappings[(copy - 1) % MAPPINGS]
            for row in rows:
                f = list(row)
                if copy:
                    f[_I["GLOBALEVENTID"]] = str(int(f[_I["GLOBALEVENTID"]]) + copy * ID_STRIDE)
                    url = f[_I["SOURCEURL"]]
                    f[_I["SOURCEURL"]] = f"{url}{'&' if '?' in url else '?'}geokg-copy={copy}"
                    day = _shift(f[_I["SQLDATE"]], copy * DAYS_PER_COPY)
                    f[_I["SQLDATE"]], f[_I["MonthYear"]], f[_I["Year"]] = day, day[:6], day[:4]
                    f[_I["FractionDate"]] = f"{day[:4]}.{int(day[4:6]) * 83:04d}"
                    root = _root(f[_I["EventRootCode"]], copy)
                    f[_I["EventRootCode"]] = root
                    f[_I["EventBaseCode"]] = f[_I["EventCode"]] = root + "0"
                    added = f[_I["DATEADDED"]]
                    f[_I["DATEADDED"]] = _shift(added[:8], copy * DAYS_PER_COPY) + added[8:]
                    for side in ("1", "2"):
                        code = f[_I[f"Actor{side}Code"]]
                        if code[:3] in mapping:
                            f[_I[f"Actor{side}Code"]] = mapping[code[:3]] + code[3:]
                            f[_I[f"Actor{side}Name"]] = ""  # the name was the old state's
                        country = f[_I[f"Actor{side}CountryCode"]]
                        if country in mapping:
                            f[_I[f"Actor{side}CountryCode"]] = mapping[country]
                out.write("\t".join(f) + "\n")
                n += 1
    return n
