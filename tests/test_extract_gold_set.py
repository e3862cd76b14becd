"""The gold set itself: every case is a valid document whose quotes are in its text, every
case is in SPLIT.tsv once with a known split, and a held-out round named in SPLIT.tsv's
third column is scored on its own as well as within its split."""

from __future__ import annotations

import csv
import dataclasses

from bench.extract import GOLD_DIR, SEED, Scores, _plain, agreement, cases, evaluate, score
from loaders.extraction import load_file
from loaders.text.lexicon import Lexicon, rows_from_documents

SPLIT = GOLD_DIR / "cases" / "SPLIT.tsv"


def _rows() -> list[list[str]]:
    with SPLIT.open(encoding="utf-8") as fh:
        return [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]


def test_every_case_is_split_once() -> None:
    names = [r[0] for r in _rows()]
    assert len(names) == len(set(names)), "a case listed twice in SPLIT.tsv"
    stems = {p.stem for p in (GOLD_DIR / "cases").glob("*.yaml")}
    assert set(names) == stems
    assert {p.stem for p in (GOLD_DIR / "cases").glob("*.txt")} == stems
    assert {r[1] for r in _rows()} <= {"dev", "test"}
    # a round is a held-out round, or a held-out round since released to dev ("released-...")
    rounds = [r for r in _rows() if len(r) > 2 and r[2].strip()]
    assert all(r[1] == "test" or (r[1] == "dev" and r[2].startswith("released-"))
               for r in rounds)
    assert any(r[1] == "test" for r in rounds)


def test_every_gold_quote_is_in_its_text() -> None:
    for case in cases():
        if case.split == "seed":
            continue
        for claim in case.gold.claims:
            for ev in claim.evidence:
                assert ev.quote in case.text, (case.name, claim.id)
                if ev.span is not None:
                    assert case.text[ev.span[0]:ev.span[1]] == ev.quote, (case.name, claim.id)


def test_a_round_is_scored_on_its_own() -> None:
    some = [c for c in cases() if c.split == "test"][:2]
    assert len(some) == 2
    tagged = [dataclasses.replace(some[0], held_round="r1"),
              dataclasses.replace(some[1], held_round="")]
    lexicon = Lexicon.build(*rows_from_documents([load_file(SEED)]))
    by_split, _ = evaluate(tagged, lexicon)
    assert set(by_split) == {"test", "all", "test (r1)"}
    one, _ = evaluate([some[0]], lexicon)
    assert by_split["test (r1)"].as_dict() == one["test"].as_dict()
    assert by_split["test"].events.tp + by_split["test"].events.fn >= \
        by_split["test (r1)"].events.tp + by_split["test (r1)"].events.fn


def test_the_second_annotation_is_scored_against_the_gold() -> None:
    all_cases = cases()
    n, scores = agreement(all_cases)
    second = {p.stem for p in (GOLD_DIR / "second").glob("*.yaml")}
    assert n == len(second) > 0
    # each document of the second annotator is of a case written blind (held out, or held out
    # until its round was released to dev), with its text
    names = {c.name: c for c in all_cases}
    for stem in second:
        assert names[stem].split == "test" or names[stem].held_round.startswith("released-")
        assert (GOLD_DIR / "second" / f"{stem}.txt").read_text(encoding="utf-8") == \
            names[stem].text
    # a gold against itself agrees fully; the second annotator is scored on real counts
    same = Scores()
    for stem in second:
        g = _plain(names[stem].gold)
        score(g, g, same)
    assert same.events.fp == same.events.fn == 0 and same.events.tp > 0
    assert scores.events.tp + scores.events.fn == same.events.tp
