"""Read and fully validate extraction documents (JSON or YAML) before anything is written.

Every problem is reported, not just the first: pydantic's field errors and the
cross-reference checks (unknown actor, duplicate id, a quote that is not in its source...),
each with its JSON path and, for JSON and YAML files, its line number.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from graph.errors import InvalidInput
from graph.text import fold
from loaders.document import Document

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    location: str
    line: int | None
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"location": self.location, "line": self.line, "message": self.message}

    def __str__(self) -> str:
        where = f"line {self.line}, " if self.line else ""
        return f"{where}{self.location}: {self.message}"


def json_path(loc: Loc) -> str:
    """``('claims', 3, 'certainty')`` -> ``$.claims[3].certainty``."""
    out = "$"
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


class LineMap:
    """Maps a JSON path to the line where it starts in the original YAML/JSON text."""

    def __init__(self, text: str) -> None:
        try:
            self.root: yaml.Node | None = yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.YAMLError:
            self.root = None

    def line(self, loc: Loc) -> int | None:
        node = self.root
        found: int | None = node.start_mark.line + 1 if node is not None else None
        for part in loc:
            if isinstance(node, yaml.MappingNode):
                nxt = next((v for k, v in node.value if getattr(k, "value", None) == part), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
                nxt = node.value[part] if 0 <= part < len(node.value) else None
            else:
                nxt = None
            if nxt is None:
                break
            node = nxt
            found = node.start_mark.line + 1
        return found


def parse_text(text: str, name: str) -> Any:
    """Parse JSON (``.json``) or YAML; raise InvalidInput with the line of a syntax error."""
    try:
        if name.endswith(".json"):
            return json.loads(text)
        return yaml.safe_load(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"{name}:{exc.lineno}: not valid JSON: {exc.msg}",
            [Problem("$", exc.lineno, f"not valid JSON: {exc.msg}").as_dict()],
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise InvalidInput(
            f"{name}:{line}: not valid YAML: {problem}",
            [Problem("$", line, f"not valid YAML: {problem}").as_dict()],
        ) from None


def validate_data(data: Any, *, base_dir: Path | None = None,
                  lines: LineMap | None = None) -> tuple[Document | None, list[Problem]]:
    """Validate parsed data as a Document; return it (or None) and every problem found.

    Field errors and cross-reference errors are both collected, so one run names all of
    them (an unknown actor is reported even when a date elsewhere is impossible).
    """

    def at(loc: Loc, message: str) -> Problem:
        return Problem(json_path(loc), lines.line(loc) if lines else None, message)

    problems: list[Problem] = []
    if isinstance(data, dict) and base_dir is not None:
        data, read_problems = _inline_texts(data, base_dir)
        problems += [at(loc, msg) for loc, msg in read_problems]
    doc: Document | None = None
    try:
        doc = Document.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            loc = tuple(p for p in err["loc"] if not str(p).startswith("function-"))
            problems.append(at(loc, err["msg"].removeprefix("Value error, ")))
    if isinstance(data, dict):
        problems += [at(loc, msg) for loc, msg in cross_reference_problems(data)]
    problems.sort(key=lambda p: (p.line or 0, p.location))
    return (None if problems else doc), problems


def _inline_texts(data: dict[str, Any], base_dir: Path) -> tuple[dict[str, Any], list[Any]]:
    """Replace each source's ``text_file`` by its text (read relative to the document)."""
    problems = []
    sources = []
    for i, src in enumerate(_list(data, "sources")):
        if isinstance(src, dict) and isinstance(src.get("text_file"), str) \
                and src.get("text") is None:
            path = base_dir / src["text_file"]
            try:
                path = path.resolve()
                src = {**src, "text": path.read_text(encoding="utf-8")}
            except (OSError, UnicodeDecodeError, ValueError) as exc:  # ValueError: a NUL
                problems.append((("sources", i, "text_file"), f"cannot read {path}: {exc}"))
        sources.append(src)
    return {**data, "sources": sources} if sources else data, problems


def _list(data: Any, key: str) -> list[Any]:
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, list) else []


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def cross_reference_problems(data: dict[str, Any]) -> list[tuple[Loc, str]]:
    """Every reference that does not resolve inside the document, and other semantic errors.

    Works on the raw parsed data so it can run even when some fields are invalid.
    """
    out: list[tuple[Loc, str]] = []
    actor_ids = _unique(_list(data, "actors"), "actors", out)
    source_ids = _unique(_list(data, "sources"), "sources", out)
    event_ids = _unique(_list(data, "events"), "events", out)
    agreement_ids = _unique(_list(data, "agreements"), "agreements", out)
    _unique(_list(data, "claims"), "claims", out)
    texts = {s["id"]: _str(s.get("text")) for s in _list(data, "sources")
             if isinstance(s, dict) and isinstance(s.get("id"), str)}

    def actor(loc: Loc, ref: Any) -> None:
        if isinstance(ref, str) and ref not in actor_ids:
            out.append((loc, f"unknown actor '{ref}' (not among this document's actors)"))

    def actors(loc: Loc, obj: dict[str, Any], key: str) -> None:
        for j, who in enumerate(_list(obj, key)):
            actor((*loc, key, j), who)

    def evidence(loc: Loc, obj: dict[str, Any]) -> None:
        for j, ev in enumerate(_list(obj, "evidence")):
            here = (*loc, "evidence", j)
            if not isinstance(ev, dict):
                continue
            source, quote, span = ev.get("source"), _str(ev.get("quote")), ev.get("span")
            if isinstance(source, str) and source not in source_ids:
                out.append(((*here, "source"), f"unknown source '{source}'"))
                continue
            text = texts.get(source) if isinstance(source, str) else None
            if text is None or quote is None:
                continue
            if isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span):
                if text[span[0]:span[1]] != quote:
                    out.append(((*here, "span"), f"span {span} does not hold the quote "
                                f"in source '{source}'"))
            elif quote not in text:
                out.append(((*here, "quote"), f"quote not found in the text of '{source}'"))

    alias_owner: dict[str, str] = {}
    for i, a in enumerate(_list(data, "actors")):
        if not isinstance(a, dict):
            continue
        actor(("actors", i, "country"), a.get("country"))
        names = [(("actors", i, "name"), a.get("name"))] + [
            (("actors", i, "aliases", j), al.get("text") if isinstance(al, dict) else None)
            for j, al in enumerate(_list(a, "aliases"))]
        for loc, name in names:
            if not isinstance(name, str) or not isinstance(a.get("id"), str):
                continue
            owner = alias_owner.setdefault(fold(name), a["id"])
            if owner != a["id"]:
                out.append((loc, f"alias '{name}' already names actor '{owner}'"))
    for i, r in enumerate(_list(data, "roles")):
        if isinstance(r, dict):
            actor(("roles", i, "actor"), r.get("actor"))
            actor(("roles", i, "of"), r.get("of"))
            actors(("roles", i), r, "asserted_by")
            evidence(("roles", i), r)
    for i, g in enumerate(_list(data, "agreements")):
        if not isinstance(g, dict):
            continue
        actors(("agreements", i), g, "parties")
        for j, ms in enumerate(_list(g, "milestones")):
            ref = ms.get("event") if isinstance(ms, dict) else None
            if isinstance(ref, str) and ref not in event_ids:
                out.append((("agreements", i, "milestones", j, "event"),
                            f"unknown event '{ref}'"))
        evidence(("agreements", i), g)
    for i, e in enumerate(_list(data, "events")):
        if not isinstance(e, dict):
            continue
        for j, part in enumerate(_list(e, "participants")):
            if isinstance(part, dict):
                actor(("events", i, "participants", j, "actor"), part.get("actor"))
        ref = e.get("agreement")
        if isinstance(ref, str) and ref not in agreement_ids:
            out.append((("events", i, "agreement"), f"unknown agreement '{ref}'"))
        same = e.get("same_as")
        if isinstance(same, str) and same in event_ids and same != e.get("id"):
            out.append((("events", i, "same_as"), f"'{same}' is an event of this document: "
                        "a document's own events are always distinct"))
    for i, c in enumerate(_list(data, "claims")):
        if not isinstance(c, dict):
            continue
        ref = c.get("event")
        if isinstance(ref, str) and ref not in event_ids:
            out.append((("claims", i, "event"), f"unknown event '{ref}'"))
        rel = c.get("relation")
        if isinstance(rel, dict):
            actor(("claims", i, "relation", "source"), rel.get("source"))
            actor(("claims", i, "relation", "target"), rel.get("target"))
        actors(("claims", i), c, "asserted_by")
        evidence(("claims", i), c)
    return out


def _unique(items: Iterable[Any], name: str, out: list[tuple[Loc, str]]) -> set[str]:
    seen: set[str] = set()
    for i, item in enumerate(items):
        item_id = item.get("id") if isinstance(item, dict) else None
        if not isinstance(item_id, str):
            continue
        if item_id in seen:
            out.append(((name, i, "id"), f"duplicate id '{item_id}'"))
        seen.add(item_id)
    return seen


def check_file(path: Path) -> tuple[Document | None, list[Problem]]:
    """Read and validate one file; return the document (None if invalid) and its problems."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem("$", None, f"cannot read {path}: {exc}")]
    try:
        data = parse_text(text, path.name)
    except InvalidInput as exc:
        return None, [Problem(**d) for d in exc.details]
    return validate_data(data, base_dir=path.parent, lines=LineMap(text))


def load_file(path: Path | str) -> Document:
    """Return the validated Document in ``path``.

    Raises
    ------
    InvalidInput
        With ``details`` listing every problem as ``{"location", "line", "message"}``.
    """
    path = Path(path)
    doc, problems = check_file(path)
    if problems or doc is None:
        raise InvalidInput(
            f"{path}: {len(problems)} error(s)",
            [{"file": str(path), **p.as_dict()} for p in problems],
        )
    return doc
