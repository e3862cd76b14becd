"""Property tests: malformed extraction documents get clean Problems, never an exception.

Hypothesis throws arbitrary JSON, documents with fields of the wrong type, deleted or
unknown keys, broken references and deep nesting at ``loaders.extraction.validate_data``.
Whatever comes in, the validator answers ``(Document, [])`` or ``(None, [Problem...])``
with a JSON path starting at ``$`` and a message, and the HTTP body check
(``api.routes.ingest.validate_body``) answers a Document or InvalidInput (422).
"""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.routes.ingest import validate_body
from graph.errors import InvalidInput
from loaders.document import Document
from loaders.extraction import LineMap, Problem, validate_data
from tests.security_support import synthetic_document

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["", "2024-02-30", "2024-13", "0000", "confirmed", "state", "meeting",
                     "participant", "x" * 300, "../../etc/passwd", "\x00", "日本", "-1"]),
)
json_values = st.recursive(
    scalars,
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.text(max_size=12), children, max_size=4)),
    max_leaves=25,
)

BASE = synthetic_document("fz", range(3), 3)
BASE["roles"] = [{"type": "MEMBER_OF", "actor": "fz-actor-0", "of": "fz-actor-1",
                  "valid_from": "2020", "evidence": []}]
BASE["agreements"] = [{"id": "fz-treaty", "name": "Treaty", "parties": ["fz-actor-0"],
                       "milestones": [{"type": "signed", "date": "2024-06-19",
                                       "event": "fz-event-0"}]}]
BASE["claims"].append({"id": "fz-rel", "relation": {"type": "COOPERATES_WITH",
                                                    "source": "fz-actor-0",
                                                    "target": "fz-actor-2"},
                       "certainty": "alleged",
                       "evidence": [{"source": "fz-source", "quote": "Meeting fz-0",
                                     "language": "en", "span": [0, 12]}]})


def paths_of(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside ``node`` (dict keys and list indexes)."""
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out += paths_of(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += paths_of(v, (*prefix, i))
    return out


BASE_PATHS = [p for p in paths_of(BASE) if p]


def mutate(doc: dict[str, Any], path: tuple[Any, ...], action: str, value: Any) -> Any:
    doc = copy.deepcopy(doc)
    parent: Any = doc
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if action == "replace":
        parent[last] = value
    elif action == "delete":
        del parent[last]
    elif action == "duplicate" and isinstance(parent, list):
        parent.append(copy.deepcopy(parent[last]))
    elif action == "extra" and isinstance(parent, dict):
        parent[f"unknown_{last}"] = value
    return doc


def check_answer(data: Any, lines: LineMap | None = None) -> None:
    doc, problems = validate_data(data, lines=lines)
    assert isinstance(problems, list)
    if doc is None:
        assert problems, "no document and no problem"
    else:
        assert isinstance(doc, Document) and problems == []
    for p in problems:
        assert isinstance(p, Problem)
        assert isinstance(p.location, str) and p.location.startswith("$")
        assert isinstance(p.message, str) and p.message
        assert p.line is None or (isinstance(p.line, int) and p.line >= 1)


def test_the_base_document_is_valid() -> None:
    doc, problems = validate_data(BASE)
    assert problems == [] and doc is not None


@FUZZ
@given(json_values)
def test_any_json_value_gets_clean_problems(data: Any) -> None:
    check_answer(data)


@FUZZ
@given(st.dictionaries(st.sampled_from(["version", "sources", "actors", "roles", "agreements",
                                        "events", "claims", "extra"]),
                       json_values, max_size=7))
def test_documents_with_random_sections_get_clean_problems(data: dict[str, Any]) -> None:
    check_answer(data)


@FUZZ
@given(st.sampled_from(BASE_PATHS),
       st.sampled_from(["replace", "delete", "duplicate", "extra"]),
       json_values)
def test_one_mutation_of_a_valid_document_gets_clean_problems(
        path: tuple[Any, ...], action: str, value: Any) -> None:
    data = mutate(BASE, path, action, value)
    text = json.dumps(data, indent=1, default=str)
    check_answer(data, LineMap(text))


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(BASE_PATHS),
                          st.sampled_from(["replace", "delete", "extra"]), json_values),
                min_size=2, max_size=6))
def test_several_mutations_get_clean_problems(changes: list[tuple[Any, str, Any]]) -> None:
    data: Any = BASE
    for path, action, value in changes:
        try:
            data = mutate(data, path, action, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed or retyped the parent
    check_answer(data)


@FUZZ
@given(st.integers(min_value=1, max_value=3000), st.sampled_from(["list", "dict"]))
def test_deep_nesting_gets_clean_problems(depth: int, kind: str) -> None:
    inner: Any = "x"
    for _ in range(depth):
        inner = [inner] if kind == "list" else {"a": inner}
    data = {"version": 1, "actors": [{"id": "a", "kind": "state", "name": inner}]}
    check_answer(data)


@FUZZ
@given(st.text(max_size=200) | st.sampled_from(
    ['{"version": 1', "[" * 5000, '{"a": ' * 3000, "\ufeff{}", '{"sources": null}',
     '{"version": 1e999}', "NaN", '{"actors": [{"id": "x", "kind": "state"}]}']))
def test_http_bodies_get_422_or_a_document(text: str) -> None:
    try:
        doc = validate_body(text)
    except InvalidInput as exc:
        assert exc.status == 422
        assert isinstance(exc.details, list) and exc.details
        for d in exc.details:
            assert d["location"].startswith("$") and d["message"]
    else:
        assert isinstance(doc, Document)


_TEXT_DIR = Path(tempfile.mkdtemp(prefix="geokg-fuzz-"))
(_TEXT_DIR / "article.txt").write_text("Meeting fz-0 between 0 and 1.", encoding="utf-8")
(_TEXT_DIR / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))


@FUZZ
@given(st.sampled_from(["article.txt", "missing.txt", "latin1.txt", "", ".", "..",
                        "\x00bad", "a" * 5000]) | st.text(max_size=20))
def test_text_files_that_cannot_be_read_are_problems(name: str) -> None:
    data = copy.deepcopy(BASE)
    data["sources"][0].pop("text")
    data["sources"][0]["text_file"] = name
    doc, problems = validate_data(data, base_dir=_TEXT_DIR)
    assert doc is not None or problems
    assert all(p.location.startswith("$") for p in problems)
