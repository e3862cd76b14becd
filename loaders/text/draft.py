"""A backend's findings as a draft extraction document, with what a reviewer should check.

The draft is an ordinary extraction document (``loaders.document``): ``geokg validate``
accepts it and ``geokg load`` loads it unedited. Linked actors keep the graph's ids, new
ones get slugs of their names; every claim quotes its sentence with the span computed
against the text, which the draft's source carries in full. What the extractor is unsure
of is said in each claim's ``note`` and listed in ``review`` (as comments at the top of
the YAML file).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import yaml
from pydantic import ValidationError

from graph.errors import InvalidInput
from loaders.crosswalk import get_crosswalk, slug
from loaders.document import Document
from loaders.text.embedded import CAMEO, MILESTONES, Extraction, FoundEvent
from loaders.text.lexicon import Lexicon


@dataclass(frozen=True)
class ArticleMeta:
    """What the analyst says about the article (all optional but the text)."""

    language: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    url: str | None = None
    title: str | None = None
    source_id: str | None = None


@dataclass
class Draft:
    """A draft document and what to tell the person who reviews it."""

    document: dict[str, Any]
    language: str
    summary: dict[str, int]
    review: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    linked: list[str] = field(default_factory=list)
    new_actors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"document": self.document, "language": self.language,
                "summary": self.summary, "linked_actors": self.linked,
                "new_actors": self.new_actors, "review": self.review,
                "warnings": self.warnings}

    def to_yaml(self) -> str:
        head = [f"# Draft extraction written by geokg extract ({self.language}).",
                "# Review it, then: geokg validate FILE && geokg load FILE"]
        # one comment line each: a name spanning a line break must not leave the comment
        head += [f"# warning: {' '.join(w.split())}" for w in self.warnings]
        if self.review:
            head.append("# To review:")
            head += [f"#  - {' '.join(line.split())}" for line in self.review]
        body = yaml.dump(self.document, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                         width=100)
        return "\n".join(head) + "\n" + body


class _Dumper(yaml.SafeDumper):
    """Multi-line text (the article) as a literal block, as a person would write it."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value and not any(ln != ln.rstrip() for ln in value.split("\n")) \
        else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def source_id_for(text: str, meta: ArticleMeta) -> str:
    """``--source-id`` as given, else a stable id from the text."""
    if meta.source_id:
        return meta.source_id
    return "article-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def build_draft(text: str, meta: ArticleMeta, language: str, lexicon: Lexicon,
                found: Extraction) -> Draft:
    """Turn a backend's findings into a validated draft.

    Raises InvalidInput when the result is not a valid document (a bug of the backend,
    reported rather than written).
    """
    sid = source_id_for(text, meta)
    review: list[str] = list(found.review)
    used: dict[str, None] = {}

    def use(actor_id: str) -> str:
        used.setdefault(actor_id, None)
        return actor_id

    events_out: list[dict[str, Any]] = []
    claims_out: list[dict[str, Any]] = []
    milestones: dict[str, list[dict[str, Any]]] = {}
    counts: Counter[str] = Counter()
    for ev in found.events:
        counts[ev.type.value] += 1
        eid = f"{sid}-{ev.type.value.replace('_', '-')}-{counts[ev.type.value]}"
        out: dict[str, Any] = {"id": eid, "type": ev.type.value}
        if ev.type in CAMEO:
            out["cameo"] = CAMEO[ev.type]
        out["date"] = _date(ev)
        out["participants"] = [{"actor": use(a), "role": r} for a, r in ev.participants]
        if ev.agreement and ev.agreement in lexicon.agreements:
            out["agreement"] = ev.agreement
            if ev.type in MILESTONES and ev.date is not None and ev.date.value:
                milestones.setdefault(ev.agreement, []).append(
                    {"type": MILESTONES[ev.type].value, "date": _date(ev), "event": eid})
        events_out.append(out)
        for note in ev.notes:
            review.append(f"{eid}: {note}")
        # one claim per certainty and asserters: the same claim told again in another
        # sentence adds its evidence; so does a report by nobody named when the event has
        # a report of that certainty by someone named ("reportedly" and "X said")
        own: dict[tuple[str, frozenset[str]], dict[str, Any]] = {}
        named = {c.certainty for c in ev.claims if c.asserted_by}
        n = 0
        for c in ev.claims:
            start, end = c.sentence
            evidence = {"source": sid, "quote": text[start:end], "language": language,
                        "span": [start, end]}
            key = (c.certainty, frozenset(c.asserted_by))
            same = own.get(key)
            if same is None and not c.asserted_by and c.certainty in named and \
                    c.certainty in ("reported", "alleged"):
                same = next((v for (cert, who), v in own.items()
                             if cert == c.certainty and who), None)
                if same is None:
                    continue  # the named report comes later and keeps its own evidence
            if same is not None:
                if evidence not in same["evidence"]:
                    same["evidence"].append(evidence)
                continue
            n += 1
            cid = f"claim-{eid}" if n == 1 else f"claim-{eid}-{n}"
            claim: dict[str, Any] = {
                "id": cid, "event": eid, "certainty": c.certainty,
                "asserted_by": [use(a) for a in c.asserted_by],
                "evidence": [evidence]}
            own[key] = claim
            if c.note:
                claim["note"] = c.note
                if c.note.startswith("review:"):
                    review.append(f"{cid}: {c.note.removeprefix('review:').strip()}")
            claims_out.append(claim)

    agreements_out = []
    for gid in sorted({e["agreement"] for e in events_out if "agreement" in e}):
        g = lexicon.agreements[gid]
        agreements_out.append({"id": g.id, "name": g.name, "kind": g.kind,
                               "parties": [use(p) for p in g.parties],
                               "milestones": milestones.get(gid, [])})

    # every actor a mention found is in the draft, so the analyst sees what was linked
    for m in found.mentions:
        if not m.agreement:
            use(m.target)
    roles_out: list[dict[str, Any]] = []
    for a in found.new_actors.values():
        if a.id not in used:
            continue
        if a.role and a.role[0]:
            role_type, of = a.role
            start, end = a.evidence or (0, 0)
            roles_out.append({"type": role_type, "actor": a.id, "of": use(of),
                              "certainty": "confirmed", "asserted_by": [],
                              "evidence": [{"source": sid, "quote": text[start:end],
                                            "language": language, "span": [start, end]}]})
        if a.country:
            use(a.country)

    actors_out, linked, new = _actors(list(used), lexicon, found)
    for aid in new:
        info = found.new_actors[aid]
        review.append(f"new actor '{aid}' ({info.kind}) from {info.cue!r}: check it is not "
                      "already in the graph under another name")
    for m in found.mentions:
        if m.alternatives and not m.agreement:
            review.append(f"'{m.text}' at {m.start}: linked to {m.target}, could also be "
                          + ", ".join(m.alternatives))

    source: dict[str, Any] = {"id": sid, "kind": "article",
                              "title": meta.title or _title_from(text)}
    if meta.url:
        source["url"] = meta.url
    source["language"] = language
    if meta.publisher:
        source["publisher"] = meta.publisher
    if meta.published:
        source["published"] = meta.published.isoformat()
    source["text"] = text
    document = {"version": 1, "sources": [source], "actors": actors_out, "roles": roles_out,
                "agreements": agreements_out, "events": events_out, "claims": claims_out}
    try:
        Document.model_validate(document)
    except ValidationError as exc:  # the backend wrote something the model refuses
        raise InvalidInput("the extractor produced an invalid draft",
                           [{"location": ".".join(map(str, e["loc"])), "message": e["msg"]}
                            for e in exc.errors()]) from None
    summary = {"actors_linked": len(linked), "actors_new": len(new),
               "events": len(events_out), "claims": len(claims_out),
               "review": len(review)}
    return Draft(document, language, summary, review, warnings=list(found.warnings),
                 linked=linked, new_actors=new)


def _date(ev: FoundEvent) -> Any:
    d = ev.date
    if d is None or d.value is None:
        return {"note": "no date in the sentence"}
    out: dict[str, Any] = {"value": d.value}
    if d.end_value and d.end_value != d.value:
        out["end"] = d.end_value
    if d.inferred:
        out["inferred"] = True
        out["note"] = d.note
    return out


def _title_from(text: str) -> str:
    first = text.strip().splitlines()[0] if text.strip() else "article"
    return first if len(first) <= 120 else first[:117].rstrip() + "..."


def _actors(ids: list[str], lexicon: Lexicon, found: Extraction) -> tuple[
        list[dict[str, Any]], list[str], list[str]]:
    cw = get_crosswalk()
    groups = {g.id: g for g in cw.groups.values()}
    out: list[dict[str, Any]] = []
    linked: list[str] = []
    new: list[str] = []
    for aid in ids:
        if aid in found.new_actors and aid not in lexicon.actors:
            a = found.new_actors[aid]
            row: dict[str, Any] = {"id": a.id, "kind": a.kind, "name": a.name}
            if a.aliases:
                row["aliases"] = [{"text": t, "note": "surname, as the text uses it"}
                                  for t in a.aliases if slug(t) != a.id]
            if a.country:
                row["country"] = a.country
            out.append(row)
            new.append(aid)
            continue
        info = lexicon.actors[aid]
        linked.append(aid)
        if info.in_graph:
            out.append({"id": aid, "kind": info.kind, "name": info.name})
        elif aid in cw.by_id:  # a state the crosswalk knows and the graph not yet
            state = cw.by_id[aid].actor()
            out.append(state.model_dump(mode="json", exclude_none=True,
                                        exclude_defaults=True) | {"kind": state.kind.value})
        elif aid in groups:
            g = groups[aid].actor()
            out.append(g.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
                       | {"kind": g.kind.value})
        else:
            out.append({"id": aid, "kind": info.kind, "name": info.name})
    for row in out:  # a person's country must be in the document too
        if row.get("country") and row["country"] not in {r["id"] for r in out}:
            row.pop("country")
    return out, linked, new
