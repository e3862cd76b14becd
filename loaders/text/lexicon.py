"""The names the extractor links to actors: the graph's, the crosswalk's and CLDR's.

Sources of names, per actor id:

- the graph: every actor's name and aliases (a capital or seat of power used for a state
  is an alias with a ``metonym`` note);
- the crosswalk (``data/crosswalk``): every state's name, capitals and seats of power,
  other names and English demonyms; the known groups (NATO, the EU, the UN...);
- CLDR (through babel): every state's name in the text's language and in English, so
  "Korea Utara" (Indonesian) is North Korea;
- ``data/forms.tsv`` beside this module: demonyms and adjectives ("nordcoreano",
  "russe") and capitals in the languages we keep rules for;
- surnames of people (``Lavrov``), at least four letters long.

Matching is accent-, case- and hyphen-insensitive, on word boundaries, longest match
first (``Corea del Nord`` before ``Corea``), in one pass (pyahocorasick). A name written
with a capital letter matches only a capitalised word in the text, and a code of up to
three capitals (``US``, ``PRK``) only itself, so "us", "un" and "mali" (Italian for
"evils") stay words; "NATO" also matches "Nato".
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick
import pycountry
from babel import Locale, UnknownLocaleError

from graph.text import fold as graph_fold
from loaders.crosswalk import Crosswalk, get_crosswalk
from loaders.document import Alias
from loaders.text.normalize import Folded, fold_key, fold_with_offsets

DATA_DIR = Path(__file__).resolve().parent / "data"

#: Which kind of name a form is, strongest first (a tie between two actors on the same
#: form is broken by this order, then reported as ambiguous).
FORM_RANK = {"name": 0, "alias": 1, "code": 1, "capital": 2, "demonym": 3, "surname": 4}


@dataclass(frozen=True)
class ActorInfo:
    id: str
    name: str
    kind: str
    country: str | None = None
    in_graph: bool = False


@dataclass(frozen=True)
class AgreementInfo:
    id: str
    name: str
    kind: str
    parties: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    in_graph: bool = False


@dataclass(frozen=True)
class Form:
    """One way of naming an actor (or, with ``agreement``, an agreement)."""

    target: str
    kind: str  # name, alias, code, capital, demonym, surname
    text: str  # the form as written in its source (its case matters, see the module doc)
    agreement: bool = False


@dataclass(frozen=True)
class Mention:
    """A name found in a text: ``[start, end)`` in the original text."""

    start: int
    end: int
    text: str
    target: str
    kind: str
    agreement: bool = False
    alternatives: tuple[str, ...] = ()  # other actors the same words could name


def _needs_capital(form: str) -> bool:
    return form[:1].isupper()


def _exact_code(form: str) -> bool:
    """A short code matched only as written: "US" is not "us", "UN" is not "un".
    Longer acronyms ("NATO", "DPRK") match any capitalised spelling ("Nato"), since the
    graph keeps one spelling per alias key."""
    letters = form.replace(".", "")
    return len(letters) <= 3 and letters.isupper() and letters.isalpha()


@dataclass
class Lexicon:
    """Actors and agreements with every form that names them."""

    actors: dict[str, ActorInfo] = field(default_factory=dict)
    agreements: dict[str, AgreementInfo] = field(default_factory=dict)
    forms: list[Form] = field(default_factory=list)
    crosswalk: Crosswalk | None = field(default=None, repr=False)
    _matchers: dict[str, Matcher] = field(default_factory=dict, repr=False)
    _agreement_words: frozenset[str] | None = field(default=None, repr=False)
    _state_words: tuple[dict[str, frozenset[str]], frozenset[str],
                        dict[str, frozenset[str]]] | None = field(default=None, repr=False)

    # --- building ------------------------------------------------------------------------

    def add_actor(self, info: ActorInfo, names: Iterable[tuple[str, str]]) -> None:
        """Add (or enrich) an actor with ``(form, kind)`` names."""
        old = self.actors.get(info.id)
        if old is None or (info.in_graph and not old.in_graph):
            self.actors[info.id] = info
        self._state_words = None
        for text, kind in names:
            if text and text.strip() and fold_key(text):
                self.forms.append(Form(info.id, kind, text.strip()))

    def state_words(self) -> tuple[dict[str, frozenset[str]], frozenset[str],
                                   dict[str, frozenset[str]]]:
        """The folded words of each state's names, all of them together, and for each state
        the other states' words (built once: every article asks)."""
        if self._state_words is None:
            by_state: dict[str, set[str]] = {}
            for f in self.forms:
                info = self.actors.get(f.target)
                if info is not None and info.kind == "state" and not f.agreement:
                    by_state.setdefault(f.target, set()).update(fold_key(f.text).split())
            own = {k: frozenset(v) for k, v in by_state.items()}
            every = frozenset().union(*own.values())
            counts: dict[str, int] = {}
            for words in own.values():
                for w in words:
                    counts[w] = counts.get(w, 0) + 1
            # (a word of another state: of any state but this one, or of two states or more)
            others = {k: frozenset(w for w in every if w not in v or counts[w] > 1)
                      for k, v in own.items()}
            self._state_words = (own, every, others)
        return self._state_words

    def body_of(self, state: str, name: str, state_words: str = "") -> str | None:
        """The graph's body of ``state`` that ``name`` names once the state's own words
        (and ``state_words``, how the text named the state: "russe") are left out
        ("Foreign Ministry" of Russia: "Russian Foreign Ministry"), or None."""
        key = fold_key(name)
        own = {w for f in self.forms if f.target == state and not f.agreement
               for w in fold_key(f.text).split()} | set(fold_key(state_words).split())
        concept = body_concept(" ".join(w for w in key.split() if w not in own))
        for f in self.forms:
            info = self.actors.get(f.target)
            if info is None or f.agreement or info.country != state or \
                    info.kind != "government_body":
                continue
            rest = " ".join(w for w in fold_key(f.text).split() if w not in own)
            if rest == key or concept is not None and body_concept(rest) == concept:
                return info.id
        return None

    def ministry_id(self, state: str, name: str, state_words: str = "") -> str | None:
        """The id a state's ministry the graph does not know takes by the convention of
        GUIDELINES.md, ``<state>-<portfolio>-ministry`` ("North Korea's Foreign Ministry",
        "le ministère sud-coréen de l'Unification": ``south-korea-unification-ministry``),
        when ``name`` less the state's own words names a ministry of ``data/bodies.tsv``;
        else None."""
        key = fold_key(name)
        own = {w for f in self.forms if f.target == state and not f.agreement
               for w in fold_key(f.text).split()} | set(fold_key(state_words).split())
        concept = body_concept(" ".join(w for w in key.split() if w not in own))
        if concept is None or not concept.endswith("-ministry"):
            return None
        return f"{state}-{concept}"

    def agreement_words(self) -> frozenset[str]:
        """The first six letters of the longer words of the agreements' names and aliases
        ("partne", "strate"): what tells a description of a known agreement, in any of
        the languages those words share a stem in."""
        if self._agreement_words is None:
            self._agreement_words = frozenset(
                w[:6] for g in self.agreements.values() for text in (g.name, *g.aliases)
                for w in fold_key(text).split() if len(w) > 6)
        return self._agreement_words

    def add_agreement(self, info: AgreementInfo) -> None:
        self.agreements[info.id] = info
        self._agreement_words = None
        for text in (info.name, *info.aliases):
            if text and fold_key(text):
                self.forms.append(Form(info.id, "name", text.strip(), agreement=True))

    @classmethod
    def build(cls, actor_rows: Sequence[Mapping[str, Any]],
              agreement_rows: Sequence[Mapping[str, Any]] = (),
              crosswalk: Crosswalk | None = None) -> Lexicon:
        """A lexicon from graph rows (see ``graph.repository_lexicon``) and the crosswalk."""
        cw = crosswalk or get_crosswalk()
        lex = cls(crosswalk=cw)
        for s in cw.states:
            names = [(s.name, "name")] + [(m, "capital") for m in s.metonyms]
            names += [(a, "code" if _exact_code(a) else
                       ("demonym" if _looks_demonym(a, s.name) else "alias")) for a in s.aliases]
            names += [(c, "code") for c in {s.iso3, s.cameo} if c]
            lex.add_actor(ActorInfo(s.id, s.name, s.kind.value, s.country), names)
        for g in cw.groups.values():
            lex.add_actor(ActorInfo(g.id, g.name, g.kind.value), [(g.name, "name")])
        for row in actor_rows:
            names = [(row["name"], "name")]
            for al in row.get("aliases") or []:
                text = al["text"] if isinstance(al, Mapping) else al
                note = (al.get("note") or "") if isinstance(al, Mapping) else ""
                kind = "capital" if note.startswith("metonym") else (
                    "code" if _exact_code(text) else "alias")
                names.append((text, kind))
            if row.get("kind") == "person":
                names += [(s, "surname") for s in _surnames(row["name"])]
            lex.add_actor(ActorInfo(row["id"], row["name"], row["kind"], row.get("country"),
                                    in_graph=True), names)
        for row in agreement_rows:
            lex.add_agreement(AgreementInfo(row["id"], row["name"], row.get("kind") or "treaty",
                                            tuple(row.get("parties") or ()),
                                            tuple(row.get("aliases") or ()), in_graph=True))
        return lex

    # --- matching ------------------------------------------------------------------------

    def matcher(self, language: str) -> Matcher:
        """The matcher for texts in ``language`` (CLDR names of that language and English),
        built once per language and kept with this lexicon."""
        if language not in self._matchers:
            self._matchers[language] = Matcher(self, language)
        return self._matchers[language]


def family_name(name: str) -> str:
    """The name a text uses alone for a person: "Lavrov" for "Sergey Lavrov",
    "Thomas-Greenfield" for "Linda Thomas-Greenfield"; the first part when the name is
    written family name first, as Korean and Chinese names are (three short parts, or a
    hyphenated given name): "Choe" for "Choe Son Hui", "Cho" for "Cho Tae-yul"."""
    parts = name.split()
    if len(parts) >= 3 and all(len(p) <= 4 for p in parts):
        return parts[0]
    if len(parts) == 2 and "-" in parts[1] and parts[1].split("-", 1)[1][:1].islower():
        return parts[0]
    return parts[-1] if parts else name


def _surnames(name: str) -> list[str]:
    surname = family_name(name)
    return [surname] if len(name.split()) >= 2 and len(surname) >= 3 else []


def _looks_demonym(alias: str, name: str) -> bool:
    # crosswalk aliases mix other names ("Russian Federation") and demonyms ("Russian")
    return len(alias.split()) <= 2 and alias.endswith(("an", "ese", "ish", "ic", "i", "ch"))\
        and not alias.startswith(name + " ")


@lru_cache(maxsize=1)
def _iso2_to_iso3() -> dict[str, str]:
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


@lru_cache(maxsize=64)
def cldr_country_names(language: str) -> tuple[tuple[str, str], ...]:
    """``(ISO3, name)`` of every country CLDR names in ``language`` (empty if unknown)."""
    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError, TypeError):
        return ()
    iso3 = _iso2_to_iso3()
    return tuple((iso3[code], name) for code, name in territories.items() if code in iso3)


@lru_cache(maxsize=1)
def _forms_table() -> tuple[tuple[str, str, str, str], ...]:
    rows = []
    with (DATA_DIR / "forms.tsv").open(encoding="utf-8", newline="") as fh:
        lines = (ln for ln in fh if not ln.startswith("#"))
        for r in csv.DictReader(lines, delimiter="\t"):
            rows.append((r["actor"], r["lang"], r["kind"], r["form"]))
    return tuple(rows)


@lru_cache(maxsize=1)
def city_keys() -> frozenset[str]:
    """The folded names of the cities of ``data/forms.tsv`` that are no capital
    ("vladivostok", "wonsan"): a place that names no host (GUIDELINES, settled at the
    start of session 16), still a mention of its state."""
    return frozenset(fold_key(form) for _, _, kind, form in _forms_table() if kind == "city")


#: Words left out when names of bodies are compared ("ministry of foreign affairs of the").
_BODY_FILLERS = frozenset({"of", "the", "for", "di", "del", "della", "dello", "dei", "degli",
                           "delle", "dell", "de", "du", "des", "d", "la", "le", "l", "il",
                           "lo", "gli", "i", "les"})


def _body_key(key: str) -> str:
    return " ".join(w for w in key.split() if w not in _BODY_FILLERS)


@lru_cache(maxsize=1)
def _body_concepts() -> dict[str, str]:
    with (DATA_DIR / "bodies.tsv").open(encoding="utf-8", newline="") as fh:
        lines = (ln for ln in fh if not ln.startswith("#"))
        return {_body_key(fold_key(r["name"])): r["concept"]
                for r in csv.DictReader(lines, delimiter="\t")}


def body_concept(key: str) -> str | None:
    """The body a folded name without its state's words names in any language
    (``data/bodies.tsv``: "ministere des affaires etrangeres" -> foreign-ministry)."""
    return _body_concepts().get(_body_key(key))


@lru_cache(maxsize=1)
def canonical_names() -> tuple[tuple[str, str | None, tuple[str, ...]], ...]:
    """The settled ids of ``data/canonical.tsv``: (id, state or None, the name's folded
    words without articles and prepositions), longest names first."""
    with (DATA_DIR / "canonical.tsv").open(encoding="utf-8", newline="") as fh:
        lines = (ln for ln in fh if not ln.startswith("#"))
        rows = [(r["id"], None if r["state"] in ("", "-") else r["state"],
                 tuple(_body_key(fold_key(r["name"])).split()))
                for r in csv.DictReader(lines, delimiter="\t")]
    return tuple(sorted(rows, key=lambda r: -len(r[2])))


@lru_cache(maxsize=64)
def state_body_name(state: str, concept: str) -> str | None:
    """The English name ``data/bodies.tsv`` gives ``state``'s body of ``concept`` (concept
    ``<state>:<body>``: "russia:upper-house" -> "Federation Council"), or None."""
    with (DATA_DIR / "bodies.tsv").open(encoding="utf-8", newline="") as fh:
        lines = (ln for ln in fh if not ln.startswith("#"))
        return next((r["name"] for r in csv.DictReader(lines, delimiter="\t")
                     if r["concept"] == f"{state}:{concept}" and r["lang"] == "en"), None)


@lru_cache(maxsize=1)
def _known_people() -> dict[str, tuple[str | None, str | None]]:
    with (DATA_DIR / "people.tsv").open(encoding="utf-8", newline="") as fh:
        lines = (ln for ln in fh if not ln.startswith("#"))
        return {_person_key(r["name"]): (None if r["country"] in ("", "-") else r["country"],
                                        r["gender"] or None)
                for r in csv.DictReader(lines, delimiter="\t")}


def _person_key(name: str) -> str:
    return " ".join(fold_key(name.replace("-", " ")).split())


def known_person(name: str) -> tuple[str | None, str | None]:
    """The state a person of ``data/people.tsv`` serves and their gender ("f"/"m"), each None
    when unknown: what tells a title, pronoun or "counterpart" referring back which person it
    can be; a name of the list written in full is a person's name where no cue stands
    ("Kim Jong Un issued a decree", session 14)."""
    return _known_people().get(_person_key(name), (None, None))


@lru_cache(maxsize=1)
def media_pattern() -> re.Pattern[str]:
    """The news media of ``data/media.tsv`` as one pattern, longest names first, matched
    with their case as written (an acronym also capitalised: "Kcna"), on word bounds."""
    with (DATA_DIR / "media.tsv").open(encoding="utf-8") as fh:
        names = [ln.strip() for ln in fh if ln.strip() and not ln.startswith("#")]
    forms: set[str] = set()
    for name in names:
        forms.add(name)
        if name.isupper() and len(name) > 2:
            forms.add(name[0] + name[1:].lower())
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])")


class Matcher:
    """Finds every actor and agreement mention in a text of one language."""

    def __init__(self, lexicon: Lexicon, language: str) -> None:
        self.lexicon = lexicon
        self.language = language
        forms = list(lexicon.forms)
        cw = lexicon.crosswalk or get_crosswalk()
        state_by_iso3 = {s.iso3: s.id for s in cw.states if s.iso3}
        for lang in dict.fromkeys((language, "en")):
            for iso3, name in cldr_country_names(lang):
                sid = state_by_iso3.get(iso3)
                if sid and sid in lexicon.actors:
                    forms.append(Form(sid, "name", name))
        for actor, lang, kind, form in _forms_table():
            if lang in (language, "en") and actor in lexicon.actors:
                # a city that is no capital is a place of its state, read as its capital is
                # ("arrived in Wonsan", "si è recato a Vladivostok": the host)
                forms.append(Form(actor, "capital" if kind == "city" else kind, form))
        # folded key -> the forms (several actors may share one key)
        table: dict[str, list[Form]] = {}
        for f in forms:
            key = fold_key(f.text)
            if key:
                bucket = table.setdefault(key, [])
                if all((g.target, g.agreement, g.text) != (f.target, f.agreement, f.text)
                       for g in bucket):
                    bucket.append(f)
        self.table = table
        automaton = ahocorasick.Automaton()
        for key in table:
            automaton.add_word(" " + key + " ", key)
        automaton.make_automaton()
        self.automaton = automaton

    def find(self, text: str, folded: Folded | None = None) -> list[Mention]:
        """Every mention in ``text``, longest first, none overlapping, in text order."""
        folded = folded or fold_with_offsets(text)
        padded = " " + folded.text + " "
        candidates: list[tuple[int, int, str]] = []
        for end_idx, key in self.automaton.iter(padded):
            # padded[end_idx] is the closing space; the key starts after the opening one
            start = end_idx - len(key)  # index in padded of the key's first char
            candidates.append((start - 1, start - 1 + len(key), key))
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        taken = bytearray(len(folded.text) + 1)  # folded characters already in a mention
        out: list[Mention] = []
        for fs, fe, key in candidates:
            if any(taken[fs:fe]):
                continue
            start, end = folded.span(fs, fe)
            surface = text[start:end]
            forms = [f for f in self.table[key] if _case_fits(f.text, surface)]
            if not forms:
                continue
            forms.sort(key=lambda f: (f.agreement, FORM_RANK.get(f.kind, 9)))
            best = forms[0]
            rivals = tuple(sorted({f.target for f in forms
                                   if f.agreement == best.agreement
                                   and FORM_RANK.get(f.kind, 9) == FORM_RANK.get(best.kind, 9)
                                   and f.target != best.target}))
            taken[fs:fe] = b"\x01" * (fe - fs)
            out.append(Mention(start, end, surface, best.target, best.kind, best.agreement,
                               rivals))
        out.sort(key=lambda m: m.start)
        return out


def _case_fits(form: str, surface: str) -> bool:
    if _exact_code(form):
        return surface.replace(".", "") == form.replace(".", "")
    if _needs_capital(form):
        return surface[:1].isupper()
    return True



def rows_from_documents(docs: Iterable[Any]) -> tuple[list[dict[str, Any]],
                                                      list[dict[str, Any]]]:
    """Lexicon rows (the shape ``graph.repository_lexicon`` returns) from Documents.

    For offline use (benchmarks, a draft against a document instead of the graph).
    """
    actors: dict[str, dict[str, Any]] = {}
    agreements: dict[str, dict[str, Any]] = {}
    seen: set[str] = set()  # as in the graph: one alias per folded key, the first text
    for doc in docs:
        for a in doc.actors:
            row = actors.setdefault(a.id, {"id": a.id, "name": a.name, "kind": a.kind.value,
                                           "country": a.country, "aliases": []})
            for al in [Alias(text=a.name), *a.aliases]:
                key = graph_fold(al.text)
                if key in seen:
                    continue
                seen.add(key)
                row["aliases"].append({"text": al.text, "note": al.note, "lang": al.lang})
        for g in doc.agreements:
            agreements[g.id] = {"id": g.id, "name": g.name, "kind": g.kind,
                                "aliases": [al.text for al in g.aliases],
                                "parties": sorted(g.parties)}
    return list(actors.values()), list(agreements.values())
