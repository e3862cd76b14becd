"""The learned statement model (session 17, experimental, off by default): its features on
sentences of our own, its inference, its place behind GEOKG_EXTRACT_STATEMENT_MODEL, and
the shipped weights against the training script.

No Neo4j is needed: the extractor runs on text with the seed's lexicon."""

from __future__ import annotations

import hashlib
import json

import pytest

from bench import stmt_train
from graph.settings import Settings
from loaders.document import EventType
from loaders.text.draft import ArticleMeta
from loaders.text.embedded import (
    EmbeddedBackend,
    Extraction,
    FoundClaim,
    FoundEvent,
    make_sentence,
    split_sentences,
)
from loaders.text.extract import extract_text
from loaders.text.rules import rules_for
from loaders.text.stmt_model import MODEL_FILE, Candidate, Model, apply, candidates, load_model
from tests.test_extract_embedded import lexicon


def _found(text: str, language: str) -> tuple[Extraction, list]:  # type: ignore[type-arg]
    lex = lexicon()
    rules = rules_for(language)
    assert rules is not None
    found = EmbeddedBackend(lex.matcher(language), rules).run(text, None)
    sents = [make_sentence(text, sp, language) for sp in split_sentences(text, language)]
    return found, sents


def cands(text: str, language: str = "en") -> dict[str, Candidate]:
    found, sents = _found(text, language)
    rules = rules_for(language)
    assert rules is not None
    return {c.actor: c for c in candidates(text, sents, found, rules, lexicon(), language)}


# --- features ------------------------------------------------------------------------------


def test_a_speaker_before_a_verb_of_saying() -> None:
    c = cands("Sergey Lavrov said the treaty was a stabilising factor.")["sergey-lavrov"]
    f = set(c.features)
    assert {"lang=en", "cue=report", "cue_lemma=say", "kind=person", "pos=0", "cue_after",
            "cue_after_dist=1", "near_lemma_after=say", "n_other=0", "asserts_nothing",
            "no_role", "quotes=0"} <= f
    assert c.rule_event is not None  # the rules' statement, known to the candidate
    # the rules' decision is no feature: only where the candidate came from, blind to it
    assert not any(x.startswith("origin=rule") for x in f)


def test_a_reporter_of_another_event_asserts_it() -> None:
    cs = cands("NATO said North Korean troops had been sent to Russia.")
    f = set(cs["nato"].features)
    assert {"other=deployment", "n_other=1", "asserts=reported", "kind=alliance",
            "origin=asserter"} <= f
    assert cs["nato"].rule_event is None
    # the sides of the deployment are candidates too (named near the verb), with their roles
    assert "role=deployment:sender" in cs["north-korea"].features
    assert "cue_before" in cs["north-korea"].features


def test_an_italian_quotation_before_its_speaker() -> None:
    c = cands("«Il trattato è un fattore di stabilità», ha detto Lavrov.", "it")["sergey-lavrov"]
    f = set(c.features)
    assert {"lang=it", "quotes=1", "quote_opens", "cue_before", "kind=person"} <= f
    assert not any(x.startswith("lemma=trattato") for x in f)  # quoted words are no cue


def test_a_french_verb_of_saying_with_que() -> None:
    c = cands("Le Kremlin a affirmé que le traité renforçait la sécurité régionale.",
              "fr")["russia"]
    assert {"lang=fr", "cue_lemma=affirmer", "cue_that", "kind=state"} <= set(c.features)


def test_names_are_no_lexical_features() -> None:
    c = cands("Sergey Lavrov said the treaty was a stabilising factor.")["sergey-lavrov"]
    assert "lemma=treaty" in c.features
    assert not any(x in c.features for x in ("lemma=sergey", "lemma=lavrov"))


def test_no_candidate_without_a_speaker() -> None:
    assert cands("The treaty entered into force on December 4.") == {}


# --- inference -----------------------------------------------------------------------------


def test_score_is_the_logistic_of_the_weights() -> None:
    m = Model(bias=-1.0, weights={"a": 2.0, "b": -3.0}, add_above=0.9, drop_below=0.1)
    assert m.score([]) == pytest.approx(1 / (1 + 2.718281828 ** 1.0))
    assert m.score(["a"]) == pytest.approx(1 / (1 + 2.718281828 ** -1.0))
    assert m.score(["a", "a", "unknown"]) == m.score(["a"])  # a feature counts once
    assert m.score(["a", "b"]) == pytest.approx(1 / (1 + 2.718281828 ** 2.0))
    assert Model(-900.0, {}, 0.9, 0.1).score([]) == 0.0  # no overflow


def _stmt(actor: str, span: tuple[int, int]) -> FoundEvent:
    return FoundEvent(type=EventType.STATEMENT, participants=[(actor, "speaker")],
                      sentence=span, trigger=span,
                      claims=[FoundClaim("confirmed", [actor], span)])


def test_apply_adds_where_confident_and_drops_where_confident() -> None:
    text = "Sergey Lavrov said the treaty was a stabilising factor."
    found, sents = _found(text, "en")
    rules = rules_for("en")
    assert rules is not None
    assert [e.type.value for e in found.events] == ["statement"]
    # a model sure that no one states anything drops the rules' statement
    never = Model(bias=-20.0, weights={}, add_above=0.9, drop_below=0.1)
    apply(text, sents, found, rules, lexicon(), "en", never)
    assert found.events == []
    # a model sure that every candidate states something adds the missing statement
    always = Model(bias=20.0, weights={}, add_above=0.9, drop_below=0.1)
    apply(text, sents, found, rules, lexicon(), "en", always)
    assert [(e.type.value, e.participants) for e in found.events] == [
        ("statement", [("sergey-lavrov", "speaker")])]
    assert found.events[0].claims[0].asserted_by == ["sergey-lavrov"]
    # in between, the rules' decision stands
    unsure = Model(bias=0.0, weights={}, add_above=0.9, drop_below=0.1)
    before = [(e.type, e.participants) for e in found.events]
    apply(text, sents, found, rules, lexicon(), "en", unsure)
    assert [(e.type, e.participants) for e in found.events] == before


def test_the_setting_is_off_by_default() -> None:
    assert Settings().extract_statement_model is False
    text = "Sergey Lavrov said the treaty was a stabilising factor."
    meta = ArticleMeta(language="en", source_id="t")
    plain = extract_text(text, meta, lexicon()).document["events"]
    on = extract_text(text, meta, lexicon(),
                      settings=Settings(extract_statement_model=True)).document["events"]
    assert [e["type"] for e in plain] == ["statement"]
    assert [e["type"] for e in on] == ["statement"]  # the model keeps a clear statement


def test_the_shipped_model_loads() -> None:
    m = load_model()
    assert m is not None
    assert 0.0 <= m.drop_below < 0.5 < m.add_above <= 1.0
    assert len(m.weights) > 100
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    # the shipped file was written with the script's settings
    assert (data["l2"], data["steps"], data["rate"], data["min_count"],
            data["add_above"], data["drop_below"]) == (
        stmt_train.L2, stmt_train.STEPS, stmt_train.RATE, stmt_train.MIN_COUNT,
        stmt_train.ADD_ABOVE, stmt_train.DROP_BELOW)


# --- training ------------------------------------------------------------------------------


def _toy_runs() -> list[dict]:  # type: ignore[type-arg]
    cands_ = []
    for i in range(40):
        f = ["say" if i % 2 else "deny", f"pos={i % 3}", "kind=person" if i % 5 else "kind=state"]
        cands_.append({"f": f, "y": int(i % 2 == 1 and i % 5 != 0), "rule": None, "actor": "x"})
    return [{"name": "toy", "round": "", "cands": cands_}]


def test_training_is_deterministic_with_a_fixed_digest() -> None:
    bias, weights = stmt_train.train(_toy_runs())
    again = stmt_train.train(_toy_runs())
    assert (bias, weights) == again
    assert weights["say"] > 0 > weights["deny"]
    assert weights["kind=person"] > weights["kind=state"]
    digest = hashlib.sha256(json.dumps([bias, sorted(weights.items())]).encode()).hexdigest()
    assert digest[:16] == TOY_DIGEST, (bias, weights)


TOY_DIGEST = "23508b38b8cb1c36"


def test_the_fair_round_is_never_trained_on() -> None:
    names = stmt_train.case_names()
    assert names and all(r != stmt_train.FAIR_ROUND for _, r in names)
    nums = {int(n.split("-")[0]) for n, _ in names if n.split("-")[0].isdigit()}
    assert not nums & set(range(437, 461))
    assert not nums & set(range(485, 10_000))  # held-out rounds stay unread


@pytest.mark.slow
def test_the_shipped_weights_equal_a_fresh_training_run() -> None:
    """Fails when the rules change what the candidates look like: rebuild the weights with
    ``python -m bench.stmt_train train``."""
    runs = stmt_train.dump(stmt_train.case_names(), stmt_train._lexicon())
    bias, weights = stmt_train.train(runs)
    shipped = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert shipped["bias"] == bias
    assert shipped["weights"] == weights
    assert shipped["training_cases"] == len(runs)
