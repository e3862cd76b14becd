"""Coreference across documents: is a document's event (or agreement) one already known?

Pure decisions over plain records, used by the shared writer (candidates read from Neo4j)
and by the bulk path (candidates kept in memory), so both build the same graph. The rules,
with examples, are in docs/data-model.md ("One event, many sources").

Events. A candidate is a graph event of the same type sharing at least one participant.
It is *compatible* when:

- participants agree: one actor set contains the other, and every shared actor has a
  role in common on both sides; speech acts (statement, accusation, appeal, support) need
  the same actors on both sides, since who speaks about whom is what tells two apart;
- agreements agree: when both name one, it is the same;
- dates agree: both known and overlapping; or both unknown (and, when both sides' sources
  give publication dates, two of them within ``window_days`` of each other); or one
  unknown and a source of that side was published within ``window_days`` after the other
  side's known date.

Among compatible candidates the strongest evidence wins: a shared agreement, then the
date evidence (overlap > publication window > both unknown), then the number of shared
participants. A document event merges only when one candidate is strictly best; a tie is
kept apart and reported. Machine-coded (GDELT) events are never merged: each is its own
record.

Agreements. A candidate is a graph agreement with the same set of parties and either a
similar name (any name or alias of one against any of the other, rapidfuzz
``token_set_ratio`` ≥ ``NAME_SIMILARITY``) or the same kind and the same known signing
date.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from rapidfuzz import fuzz

from graph.text import fold
from loaders.document import Event

SPEECH_ACTS = frozenset({"statement", "accusation", "appeal", "support"})
NEVER_MERGED = frozenset({"coded"})
NAME_SIMILARITY = 90.0
DEFAULT_WINDOW_DAYS = 30

Status = Literal["new", "matched", "forced", "ambiguous", "kept_apart"]


@dataclass(frozen=True)
class EventFacts:
    """What coreference compares of one event: a document's, or one in the graph."""

    id: str
    type: str
    roles: dict[str, frozenset[str]]  # actor id -> its roles in the event
    agreement: str | None = None
    start: dt.date | None = None
    last: dt.date | None = None
    published: tuple[dt.date, ...] = ()  # publication dates of the sources reporting it

    @property
    def known(self) -> bool:
        return self.start is not None


@dataclass
class Decision:
    """What became of one document event or agreement."""

    id: str  # the document's id
    target: str  # the graph id it is written to
    status: Status
    why: str
    candidates: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "target": self.target, "status": self.status, "why": self.why,
                "candidates": self.candidates}

    def describe(self) -> str:
        if self.status in ("matched", "forced"):
            return f"{self.id}: matched existing {self.target} ({self.why})"
        if self.status == "ambiguous":
            return (f"{self.id}: new, several candidates to review "
                    f"({', '.join(self.candidates)}): {self.why}")
        return f"{self.id}: new ({self.why})" if self.why else f"{self.id}: new"


def _fmt(start: dt.date | None, last: dt.date | None) -> str:
    if start is None or last is None:
        return "unknown"
    return start.isoformat() if start == last else f"{start.isoformat()}/{last.isoformat()}"


def compare_events(new: EventFacts, old: EventFacts, window_days: int
                   ) -> tuple[tuple[int, int, int], str] | None:
    """The evidence that ``new`` and ``old`` are one event, strongest first; None if not."""
    if new.type != old.type or new.type in NEVER_MERGED:
        return None
    a, b = set(new.roles), set(old.roles)
    shared = a & b
    if not shared or not (a <= b or b <= a):
        return None
    if new.type in SPEECH_ACTS and a != b:
        return None
    if any(not (new.roles[x] & old.roles[x]) for x in shared):
        return None
    why = [f"same {new.type}", "participants " + ", ".join(sorted(shared))]
    agreement = 0
    if new.agreement and old.agreement:
        if new.agreement != old.agreement:
            return None
        agreement = 1
        why.append(f"same agreement {new.agreement}")
    if new.known and old.known:
        assert new.start and new.last and old.start and old.last
        if new.last < old.start or old.last < new.start:
            return None
        date_score = 2
        why.append(f"dates overlap ({_fmt(new.start, new.last)} and "
                   f"{_fmt(old.start, old.last)})")
    elif not new.known and not old.known:
        # undated reports published far apart are about different events
        if new.published and old.published and not any(
                abs((p - q).days) <= window_days for p in new.published for q in old.published):
            return None
        date_score = 0
        why.append("both undated")
    else:
        dated, undated = (new, old) if new.known else (old, new)
        assert dated.start and dated.last
        limit = dated.last + dt.timedelta(days=window_days)
        inside = [p for p in undated.published if dated.start <= p <= limit]
        if not inside:
            return None
        date_score = 1
        why.append(f"undated report published {min(inside).isoformat()}, within "
                   f"{window_days} days of {_fmt(dated.start, dated.last)}")
    return (agreement, date_score, len(shared)), "; ".join(why)


def decide_event(new: EventFacts, candidates: Iterable[EventFacts], window_days: int,
                 distinct_from: Sequence[str] = ()) -> Decision:
    """Merge ``new`` into the one strictly best compatible candidate, or keep it new."""
    if new.type in NEVER_MERGED:
        return Decision(new.id, new.id, "new", "")
    scored: list[tuple[tuple[int, int, int], str, str]] = []
    for old in candidates:
        if old.id == new.id:
            continue
        if old.id in distinct_from:
            continue
        found = compare_events(new, old, window_days)
        if found is not None:
            scored.append((found[0], old.id, found[1]))
    if not scored:
        return Decision(new.id, new.id, "new", "")
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    best = scored[0]
    ties = [s for s in scored if s[0] == best[0]]
    if len(ties) > 1:
        return Decision(new.id, new.id, "ambiguous", "equally good: " + best[2],
                        sorted(s[1] for s in ties))
    return Decision(new.id, best[1], "matched", best[2], sorted(s[1] for s in scored))


def decide_document_events(events: Sequence[Event], facts: dict[str, EventFacts],
                           known: dict[str, tuple[str, str]],
                           candidates: dict[str, list[EventFacts]], window_days: int, *,
                           coreference: bool = True) -> list[Decision]:
    """Decide where each of one document's (not machine-coded) events goes.

    ``known`` maps the event ids the graph already knows (an event's own id or an id an
    earlier document gave it) to (graph event id, type); ``candidates`` lists, per
    document event, the graph events to compare it with. An id already known is that
    event (a document reloaded, or a reused id); ``same_as`` forces a merge; two events
    of one document never become one event.
    """
    decisions: list[Decision] = []
    for e in events:
        if e.id in known:
            target = known[e.id][0]
            why = "same id" if target == e.id else f"loaded before as part of {target}"
            decisions.append(Decision(e.id, target, "matched", why))
        elif e.same_as is not None:
            decisions.append(Decision(e.id, known[e.same_as][0], "forced",
                                      f"same_as {e.same_as} in the document"))
        elif not coreference:
            decisions.append(Decision(e.id, e.id, "new", "coreference off"))
        else:
            apart = [known[x][0] if x in known else x for x in e.distinct_from]
            decisions.append(decide_event(facts[e.id], candidates.get(e.id, []), window_days,
                                          apart))
    taken: dict[str, list[Decision]] = {}
    for d in decisions:
        if d.status == "matched" and d.target != d.id and not d.why.startswith("loaded"):
            taken.setdefault(d.target, []).append(d)
    for target, ds in taken.items():
        if len(ds) > 1:
            for d in ds:
                d.status, d.candidates, d.target = "ambiguous", [target], d.id
                d.why = f"{len(ds)} events of this document match {target}"
    return decisions


@dataclass(frozen=True)
class AgreementFacts:
    id: str
    kind: str
    names: tuple[str, ...]
    parties: frozenset[str]
    signed: dt.date | None = None


def compare_agreements(new: AgreementFacts, old: AgreementFacts) -> tuple[float, str] | None:
    if new.parties != old.parties:
        return None
    best = max((fuzz.token_set_ratio(fold(x), fold(y)) for x in new.names for y in old.names),
               default=0.0)
    if best >= NAME_SIMILARITY:
        return best, f"same parties; names {best:.0f}% similar"
    if new.kind == old.kind and new.signed is not None and new.signed == old.signed:
        return 50.0, f"same parties, kind and signing date {new.signed.isoformat()}"
    return None


def decide_agreement(new: AgreementFacts, candidates: Iterable[AgreementFacts]) -> Decision:
    scored = []
    for old in candidates:
        if old.id == new.id:
            continue
        found = compare_agreements(new, old)
        if found is not None:
            scored.append((found[0], old.id, found[1]))
    if not scored:
        return Decision(new.id, new.id, "new", "")
    scored.sort(reverse=True)
    ties = [s for s in scored if s[0] == scored[0][0]]
    if len(ties) > 1:
        return Decision(new.id, new.id, "ambiguous", "equally good: " + scored[0][2],
                        sorted(s[1] for s in ties))
    return Decision(new.id, scored[0][1], "matched", scored[0][2],
                    sorted(s[1] for s in scored))


# --- reconciling what the sources say --------------------------------------------------------

#: What a source says of an event, as stored on its Account node.
ACCOUNT_FIELDS = ("date", "date_end", "date_precision", "date_inferred", "date_text",
                  "location", "summary", "attributes")


def reconcile(accounts: Sequence[dict[str, Any]]) -> tuple[dict[str, Any], list[str]]:
    """An event's own values from all its accounts, whatever order they came in.

    Dates: the most precise one consistent with every source (the narrowest account range
    lying inside all the others; failing that, the intersection as a range). When the
    known dates do not overlap, the date is a *conflict*: the value most accounts give is
    shown (the earliest on a tie) and the field is listed in the returned conflicts.
    Locations and attribute values: the shared value; differing values are a conflict,
    shown the same way. Summary: the first account's by key (each account keeps its own).
    """
    ordered = sorted(accounts, key=lambda a: a["key"])
    props: dict[str, Any] = {}
    conflicts: list[str] = []
    dated = [a for a in ordered if a.get("date") is not None]
    if dated:
        lo = max(a["date"] for a in dated)
        hi = min(a["date_end"] for a in dated)
        if lo <= hi:
            inside = [a for a in dated if lo <= a["date"] and a["date_end"] <= hi]
            if inside:
                best = min(inside, key=lambda a: (a["date_end"] - a["date"], a["key"]))
                props.update({k: best.get(k) for k in
                              ("date", "date_end", "date_precision", "date_inferred",
                               "date_text")})
                props["date_inferred"] = all(a.get("date_inferred") for a in inside)
            else:
                props.update({"date": lo, "date_end": hi, "date_precision": "range",
                              "date_inferred": any(a.get("date_inferred") for a in dated),
                              "date_text": f"{lo.isoformat()}/{hi.isoformat()}"})
        else:
            conflicts.append("date")
            votes = Counter((a["date"], a["date_end"]) for a in dated)
            top = max(votes.values())
            pick = min(k for k, v in votes.items() if v == top)
            best = next(a for a in dated if (a["date"], a["date_end"]) == pick)
            props.update({k: best.get(k) for k in
                          ("date", "date_end", "date_precision", "date_inferred",
                           "date_text")})
    else:
        first = ordered[0] if ordered else {}
        props.update({"date": None, "date_end": None, "date_precision": "unknown",
                      "date_inferred": False, "date_text": first.get("date_text", "unknown")})
    props["location"] = _agreed("location", [a.get("location") for a in ordered], conflicts)
    props["summary"] = next((a["summary"] for a in ordered if a.get("summary")), None)
    attrs: dict[str, list[Any]] = {}
    for a in ordered:
        for k, v in json.loads(a.get("attributes") or "{}").items():
            attrs.setdefault(k, []).append(v)
    for k, values in attrs.items():
        props[k] = _agreed(k, values, conflicts)
    props["conflicts"] = conflicts
    return props, conflicts


def _agreed(name: str, values: Sequence[Any], conflicts: list[str]) -> Any:
    known = [v for v in values if v is not None and v != ""]
    if not known:
        return None
    keys = Counter(fold(str(v)) for v in known)
    if len(keys) > 1:
        conflicts.append(name)
    top = max(keys.values())
    pick = min(k for k, v in keys.items() if v == top)
    return next(v for v in known if fold(str(v)) == pick)
