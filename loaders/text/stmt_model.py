"""A learned decision on statements (session 17, experimental, off by default).

The rules of :mod:`loaders.text.embedded` decide which sentences hold a ``statement``
event and whose. This module looks at the same sentences from the outside: for each
*candidate* (a sentence and an actor who may speak in it: a speaker of a statement the
rules drafted, an asserter of a claim the rules drafted there, or an actor named next to
a word of saying) it computes a few dozen binary features (the cue words and their
lemmas, where the actor stands, quotation marks, which other events the rules found in
the sentence, the actor's kind, the language) and a logistic model scores them:
``p = sigmoid(bias + sum of the weights of the features present)``.

The model never sees the rules' own decision on the statement as a feature: it is an
independent reader, trained on the dev golds (``bench/stmt_train.py`` rebuilds its
weights, ``loaders/text/data/stmt_model.json``, deterministically). Its verdict overrides
the rules only when it is confident: a statement the rules drafted is dropped when
``p < drop_below``; a statement the rules did not draft is added (the actor as speaker
alone) when ``p > add_above``. Both thresholds ship with the weights.

Pure Python inference (a dictionary lookup per feature): no model download, no library.
Enabled by the setting ``GEOKG_EXTRACT_STATEMENT_MODEL=true`` (see docs/extract.md for
what it measured).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from loaders.text.lexicon import DATA_DIR

if TYPE_CHECKING:  # pragma: no cover
    from loaders.text.embedded import Extraction, FoundEvent, Sentence
    from loaders.text.lexicon import Lexicon
    from loaders.text.rules import LanguageRules

MODEL_FILE = DATA_DIR / "stmt_model.json"

#: Roles of an actor who acts by speaking, in the events the rules draft.
_SPEECH_ROLES = frozenset({"speaker", "accuser", "appellant", "supporter"})
#: Words of the three languages that open what is said ("said that", "ha detto che").
_THAT = frozenset({"that", "che", "que", "qu", "di"})
_NEGATION = frozenset({"not", "never", "no", "non", "mai", "ne", "pas", "jamais", "nt"})
_FUTURE = frozenset({"will", "would", "could", "might", "may", "shall"})
_QUOTE_CHARS = re.compile(r"[“”«»\"]")


@dataclass
class Candidate:
    """A sentence and an actor who may have made a statement in it."""

    sentence: int  # index of the sentence
    span: tuple[int, int]
    actor: str
    features: list[str]
    rule_event: FoundEvent | None = None  # the rules' statement of this speaker here
    score: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)


def _bucket(n: int, edges: tuple[int, ...] = (0, 1, 2, 4, 8)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _cue_kinds(s: Sentence, rules: LanguageRules) -> dict[int, str]:
    """Token index -> the kind of cue word there (say, confirm, deny, stance, according)."""
    out: dict[int, str] = {}
    for name in ("report", "confirm", "deny", "according_to", "stance", "allege", "hearsay"):
        ws = getattr(rules, name, None)
        if ws is None or not hasattr(ws, "words"):
            continue
        for i in s.hits(ws):
            out.setdefault(i, name)
    return out


def _actor_kind(actor: str, extraction: Extraction, lexicon: Lexicon | None) -> str:
    new = extraction.new_actors.get(actor)
    if new is not None:
        return new.kind
    if lexicon is not None:
        info = lexicon.actors.get(actor)
        if info is not None:
            return info.kind
    return "unknown"


def candidates(text: str, sentences: list[Sentence], extraction: Extraction,
               rules: LanguageRules, lexicon: Lexicon | None,
               language: str) -> list[Candidate]:
    """Every (sentence, actor) that may hold a statement, with its features."""
    by_sent: dict[tuple[int, int], int] = {(s.start, s.end): k for k, s in enumerate(sentences)}

    def sent_of(span: tuple[int, int]) -> int | None:
        k = by_sent.get(span)
        if k is not None:
            return k
        for j, s in enumerate(sentences):
            if s.start <= span[0] < s.end:
                return j
        return None

    stmts: dict[tuple[int, str], FoundEvent] = {}
    others: dict[int, list[FoundEvent]] = {}
    asserted: dict[tuple[int, str], list[str]] = {}
    roles_of: dict[tuple[int, str], set[str]] = {}
    for ev in extraction.events:
        if ev.partial:
            continue
        k = sent_of(ev.sentence)
        if k is None:
            continue
        if ev.type.value == "statement":
            for a, r in ev.participants:
                if r == "speaker":
                    stmts.setdefault((k, a), ev)
        else:
            others.setdefault(k, []).append(ev)
            for a, r in ev.participants:
                roles_of.setdefault((k, a), set()).add(f"{ev.type.value}:{r}")
        if ev.type.value == "statement":
            continue  # (its claim is the statement's own: the rules' decision, not a cue)
        for c in ev.claims:
            kc = sent_of(c.sentence)
            if kc is None:
                continue
            for a in c.asserted_by:
                asserted.setdefault((kc, a), []).append(c.certainty)
    mentions_by_sent: dict[int, list[tuple[int, int, str]]] = {}
    for m in extraction.mentions:
        k = sent_of((m.start, m.end))
        if k is not None:
            mentions_by_sent.setdefault(k, []).append((m.start, m.end, m.target))
    out: list[Candidate] = []
    for k, s in enumerate(sentences):
        cues = _cue_kinds(s, rules)
        pool: dict[str, str] = {}
        for (kk, a) in stmts:
            if kk == k:
                pool.setdefault(a, "rule_speaker")
        for (kk, a) in asserted:
            if kk == k:
                pool.setdefault(a, "asserter")
        ms = mentions_by_sent.get(k, [])
        if cues:
            cue_pos = [s.tokens[i].start for i in cues]
            for m_start, _m_end, target in ms:
                if s.quoted(m_start):
                    continue
                if any(abs(m_start - p) < 60 for p in cue_pos):
                    pool.setdefault(target, "near_cue")
        if not pool:
            continue
        base = _sentence_features(s, cues, others.get(k, []), language)
        for actor, origin in pool.items():
            feats = list(base)
            feats.append(f"origin={origin}")
            if origin == "rule_speaker":  # (the origin says the rules drafted it: hidden)
                feats[-1] = "origin=asserter" if (k, actor) in asserted else "origin=near_cue"
            feats += _actor_features(s, cues, actor, ms, extraction, lexicon,
                                     asserted.get((k, actor), []),
                                     roles_of.get((k, actor), set()), language)
            out.append(Candidate(k, (s.start, s.end), actor, feats, stmts.get((k, actor))))
    return out


def _sentence_features(s: Sentence, cues: dict[int, str], others: list[FoundEvent],
                       language: str) -> list[str]:
    f = [f"lang={language}"]
    toks = s.tokens
    n = len(toks)
    f.append(f"len={_bucket(n, (8, 15, 25, 40))}")
    quotes = [(a, b) for a, b in s.quotes if b - a > 2]
    f.append(f"quotes={_bucket(len(quotes), (0, 1))}")
    if quotes:
        words_q = sum(len(s.text[a - s.start:b - s.start].split()) for a, b in quotes)
        f.append(f"quoted_words={_bucket(words_q, (2, 5, 10, 20))}")
        if quotes[0][0] == s.start:
            f.append("quote_opens")
        if s.text.rstrip(". ").endswith(("»", "”", '"')):
            f.append("quote_closes")
    types = sorted({e.type.value for e in others})
    f.append(f"n_other={_bucket(len(others), (0, 1, 2))}")
    for ty in types:
        f.append(f"other={ty}")
    kinds = sorted(set(cues.values()))
    f.append(f"n_cues={_bucket(len(cues), (0, 1, 2))}")
    for kd in kinds:
        f.append(f"cue={kd}")
    for i in cues:
        f.append(f"cue_lemma={toks[i].lemma}")
        if i + 1 < n and toks[i + 1].fold in _THAT:
            f.append("cue_that")
        if s.quoted(toks[i].start):
            f.append("cue_quoted")
    folds = {t.fold for t in toks}
    if folds & _NEGATION:
        f.append("negation")
    if folds & _FUTURE:
        f.append("modal")
    if ":" in s.text:
        f.append("colon")
    for t in toks:  # the reporter's words (names left out: they would be learnt by heart)
        if not s.quoted(t.start) and not t.text[:1].isupper():
            f.append(f"lemma={t.lemma}")
    return f


def _actor_features(s: Sentence, cues: dict[int, str], actor: str,
                    ms: list[tuple[int, int, str]], extraction: Extraction,
                    lexicon: Lexicon | None, certs: list[str], roles: set[str],
                    language: str) -> list[str]:
    f = [f"kind={_actor_kind(actor, extraction, lexicon)}"]
    mine = [(a, b) for a, b, t in ms if t == actor]
    if not mine:
        f.append("not_named_here")
    else:
        a, b = mine[0]
        i = s.token_at(a)
        j = s.token_at(b) - 1 if b > a else i
        f.append(f"pos={_bucket(i, (0, 2, 5, 10))}")
        if s.quoted(a):
            f.append("actor_quoted")
        if all(s.quoted(x) for x, _ in mine):
            f.append("actor_only_quoted")
        if cues:
            best = min(cues, key=lambda c: min(abs(c - i), abs(c - j)))
            d = best - j if best > j else best - i
            side = "after" if best > j else "before"
            f.append(f"cue_{side}")
            f.append(f"cue_{side}_dist={_bucket(abs(d), (1, 2, 4, 8))}")
            f.append(f"near_cue={cues[best]}")
            f.append(f"near_lemma={s.tokens[best].lemma}")
            f.append(f"near_lemma_{side}={s.tokens[best].lemma}")
            if i > 0:
                f.append(f"prev={s.tokens[i - 1].fold}")
        if i > 0 and s.tokens[i - 1].fold in ("by", "da", "dal", "dalla", "par", "of", "di"):
            f.append("after_prep")
    for c in sorted(set(certs)):
        f.append(f"asserts={c}")
    if not certs:
        f.append("asserts_nothing")
    for r in sorted(roles):
        f.append(f"role={r}")
        if r.split(":")[1] in _SPEECH_ROLES:
            f.append("speech_role")
    if not roles:
        f.append("no_role")
    return f


# --- the model ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Model:
    bias: float
    weights: dict[str, float]
    add_above: float
    drop_below: float

    def score(self, features: list[str]) -> float:
        z = self.bias + sum(self.weights.get(x, 0.0) for x in set(features))
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Model:
        return cls(float(d["bias"]), {k: float(v) for k, v in d["weights"].items()},
                   float(d["add_above"]), float(d["drop_below"]))


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_FILE) -> Model | None:
    if not path.exists():
        return None
    return Model.from_dict(json.loads(path.read_text(encoding="utf-8")))


def apply(text: str, sentences: list[Sentence], extraction: Extraction,
          rules: LanguageRules, lexicon: Lexicon | None, language: str,
          model: Model) -> None:
    """Add and drop statements of ``extraction`` where the model is confident."""
    from loaders.document import EventType
    from loaders.text.embedded import FoundClaim, FoundEvent

    cands = candidates(text, sentences, extraction, rules, lexicon, language)
    drop: set[int] = set()
    for c in cands:
        p = model.score(c.features)
        c.score = p
        if c.rule_event is not None:
            if p < model.drop_below:
                drop.add(id(c.rule_event))
        elif p > model.add_above:
            span = c.span
            ev = FoundEvent(type=EventType.STATEMENT, participants=[(c.actor, "speaker")],
                            sentence=span, trigger=span,
                            claims=[FoundClaim("confirmed", [c.actor], span)])
            ev.notes.append("statement added by the learned model (experimental)")
            extraction.events.append(ev)
    if drop:
        extraction.events = [e for e in extraction.events if id(e) not in drop]
