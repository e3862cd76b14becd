"""bench.compare: the reproducibility check reads saved runs and flags a moved ratio."""

from __future__ import annotations

import json
from pathlib import Path

from bench.compare import TOLERANCE, compare


def _save(out: Path, name: str, stamp: str, result: dict[str, object]) -> None:
    (out / f"{name}-{stamp}.json").write_text(json.dumps(result))


def test_ratios_within_the_band_reproduce(tmp_path: Path) -> None:
    _save(tmp_path, "load", "20261128T060000",
          {"ratio": {"naive_over_ours": 16.9, "naive_over_ours_edges_only": 58.3}})
    _save(tmp_path, "load", "20261128T070000",
          {"ratio": {"naive_over_ours": 16.2, "naive_over_ours_edges_only": 60.8}})
    md, ok = compare(["load"], tmp_path)
    assert ok
    assert "| load | naive / ours, full documents (x) | 16.9 (2026-11-28 06:00 UTC) | " \
           "16.2 (2026-11-28 07:00 UTC) | -4% | yes |" in md


def test_a_moved_ratio_or_a_single_run_fails(tmp_path: Path) -> None:
    _save(tmp_path, "viz", "20261128T060000", {"sizes": {"5000": {"ratio_pyvis_over_ours": 10}}})
    _save(tmp_path, "viz", "20261128T061000", {"sizes": {"5000": {"ratio_pyvis_over_ours": 13}}})
    _save(tmp_path, "viz", "20261128T070000", {"sizes": {"5000": {
        "ratio_pyvis_over_ours": 13 * (1 + TOLERANCE) + 0.1}}})
    md, ok = compare(["viz"], tmp_path)
    assert not ok
    assert "+25% | yes" not in md and "| **no** |" in md  # only the two newest are compared
    assert "not in this run" in md  # the 500-node ratio is in neither
    _, ok = compare(["ceiling"], tmp_path)
    assert not ok
