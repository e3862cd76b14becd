"""The rules' data files (loaders/text/data/<language>.yaml) hold no key twice: YAML would
silently keep the last one, and a merge of two branches that both add a title or a list
makes exactly that mistake. No database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from loaders.text.lexicon import DATA_DIR


class _StrictLoader(yaml.SafeLoader):
    """A SafeLoader that fails on a key given twice in one mapping, naming it and its line."""


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> Any:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
        if key in seen:
            raise AssertionError(f"line {key_node.start_mark.line + 1}: key {key!r} again "
                                 f"(first on line {seen[key]})")
        seen[key] = key_node.start_mark.line + 1
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("path", sorted(DATA_DIR.glob("*.yaml")), ids=lambda p: p.name)
def test_no_key_twice(path: Path) -> None:
    with path.open(encoding="utf-8") as fh:
        yaml.load(fh, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader


def test_a_key_twice_is_caught(tmp_path: Path) -> None:
    twice = tmp_path / "twice.yaml"
    twice.write_text("titles:\n  deputato: null\n  senatore: null\n  deputato: null\n",
                     encoding="utf-8")
    with pytest.raises(AssertionError, match="line 4: key 'deputato' again"):
        test_no_key_twice(twice)
