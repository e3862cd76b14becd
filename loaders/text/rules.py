"""The per-language rules of the embedded extractor, read from ``data/<language>.yaml``.

Words there are lemmas (simplemma) or folded forms; a word with a space is a phrase,
matched on the folded sentence. A language without a file still has its actors linked
(the lexicon does not depend on these rules) but gets no events.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import yaml

from graph.errors import InvalidInput
from loaders.document import EventType
from loaders.text.lexicon import DATA_DIR
from loaders.text.normalize import fold_key


@dataclass(frozen=True)
class WordSet:
    """Single words (folded) and phrases (folded, space-separated)."""

    words: frozenset[str]
    phrases: tuple[str, ...]
    #: ``(first word, phrase)`` of each phrase: a phrase can only start on a token whose
    #: fold is its first word (so a sentence without that word is not searched for it)
    firsts: tuple[tuple[str, str], ...] = field(init=False, compare=False, repr=False)
    #: the phrases by their first word (a sentence's folds met with its keys, not every
    #: phrase tried on every sentence)
    by_first: dict[str, tuple[str, ...]] = field(init=False, compare=False, repr=False)
    first_words: frozenset[str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "firsts", tuple((p.split(" ", 1)[0], p) for p in self.phrases))
        by_first: dict[str, list[str]] = {}
        for first, phrase in self.firsts:
            by_first.setdefault(first, []).append(phrase)
        object.__setattr__(self, "by_first", {k: tuple(v) for k, v in by_first.items()})
        object.__setattr__(self, "first_words", frozenset(by_first))

    @classmethod
    def of(cls, items: Any) -> WordSet:
        folded = [fold_key(str(x)) for x in (items or [])]
        return cls(frozenset(w for w in folded if " " not in w),
                   tuple(p for p in folded if " " in p))

    def __bool__(self) -> bool:
        return bool(self.words or self.phrases)


@dataclass(frozen=True)
class EventRule:
    type: EventType
    words: WordSet
    needs: WordSet
    not_with: WordSet
    converse: WordSet  # words whose subject is the patient ("receive")
    # when the trigger is only a noun it needs ("soldiers"), words that tell another story
    # ("two North Korean soldiers captured in Kursk": their fate, not their deployment)
    bare_not_with: WordSet = WordSet(frozenset(), ())


@dataclass(frozen=True)
class LanguageRules:
    language: str
    events: tuple[EventRule, ...]
    to_patient: frozenset[str]
    to_agent: frozenset[str]
    confirm: WordSet
    report: WordSet
    deny: WordSet
    allege: WordSet
    according_to: WordSet
    report_nouns: WordSet
    source_nouns: frozenset[str]
    media_nouns: frozenset[str]
    source_collectives: frozenset[str]  # "a group of experts": the group is the source
    titles: dict[str, str | None]  # folded title -> role type (or None)
    plural_titles: frozenset[str]  # "ministers": a list of names follows
    implicit_subject: WordSet  # "confirmed that it had sent": the speaker did it
    back_reference: WordSet  # before a meeting noun: the talks told before ("after the")
    indefinite: frozenset[str]  # "an agreement": not a back-reference
    anaphors: frozenset[str]  # "the agency said": the source named before
    clause_breaks: frozenset[str]  # after a comma, a word that opens another clause
    relatives: frozenset[str]  # relative pronouns ("who", "che", "qui"): a clause of a name
    object_relatives: frozenset[str]  # "whom", "que": the name before is the object
    subject_pronouns: frozenset[str]  # "he", "il": the main clause's subject again
    org_refs: dict[str, frozenset[str]]  # "the Alliance" -> kinds of actor it refers to
    pair_refs: WordSet  # "the two countries": the two states of the story
    people_pair_refs: WordSet  # "the two leaders", "i due ministri": the two people of the story
    place_refs: frozenset[str]  # "there", "là-bas": the last place named
    collective_heads: frozenset[str]  # "the countries of the G7": the G7 is the object
    future_endings: tuple[str, ...]  # "entrerà", "enverra": a verb in the future tense
    subordinators: frozenset[str]  # "after", "dopo", "après": another clause begins
    join_words: WordSet  # "A joined B in calling on C": A and B both call
    join_preps: frozenset[str]  # the word between the joined one and the act ("in", "nel")
    title_words: frozenset[str]  # every word of a title
    title_modifiers: frozenset[str]  # "outgoing", "uscente": between a title and a name
    org_heads: frozenset[str]
    agreement_refs: WordSet
    articles: frozenset[str]
    future: WordSet  # an event only expected or possible is no event
    # an intention, a promise, an agreement to act, a warning against it, no evidence of it:
    # what follows has not happened (a support promised is still given: only other types)
    intent: WordSet
    # a meeting as the purpose of another act ("arrived for talks with", "pour des
    # consultations avec"): the phrase ends at the trigger, which is no event
    purpose: WordSet
    conditional: WordSet  # "if": the rest of its clause has not happened
    negation: WordSet  # an event denied by the text itself ("did not send") is no event
    allies_words: frozenset[str]  # "allies" with no ally named
    hearsay: WordSet  # "is said to", "reportedly": reported, by nobody named
    # verbs of saying only before what is said ("added that", "added:", at the end), not
    # before an object ("added two officers to its list")
    report_before_clause: WordSet
    spoken_to: frozenset[str]  # the word before whom a speaker addresses ("told", "a")
    deny_words: WordSet  # words that make a speaker's words a denial ("unfounded")
    subject_after: int  # how far after a verb of saying its subject may stand
    # "travailleraient", "invierebbe": a verb in the conditional tells hearsay (alleged),
    # except these words (modals, nouns that end alike: "pourrait", "retrait")
    conditional_endings: tuple[str, ...] = ()
    conditional_not: frozenset[str] = frozenset()
    # "according to a statement released by the Kremlin", "selon un communiqué publié par
    # le ministère": the nouns of a document and the verbs that put one out, between
    # "according to" and the source
    document_nouns: frozenset[str] = frozenset()
    document_verbs: WordSet = WordSet(frozenset(), ())
    # "C'est ce qu'a affirmé X", "Lo ha confermato X", "X said so": words that make a
    # verb of saying refer to what the sentence before told
    said_before: WordSet = WordSet(frozenset(), ())
    # "the Duma approved the law", "le Conseil l'a adopté": once a ratification is told,
    # the law, the text or "it" approved is the treaty's ratification
    law_refs: WordSet = WordSet(frozenset(), ())
    # "followed suit", "ha fatto lo stesso", "a fait de même": the act told just before, done
    # again by the phrase's subject (past forms only: "will follow suit" has not happened)
    same_act: WordSet = WordSet(frozenset(), ())
    # what a milestone or a meeting named by its noun has not done: "the ratification has not
    # yet been announced", "une rencontre pourrait avoir lieu", "la ratifica non è ancora
    # avvenuta": the words after a negation or a modal that say it did not happen
    unhappened: WordSet = WordSet(frozenset(), ())
    # a treaty's step still needed or still missing ("still needs the approval of the
    # Council", "mancano la firma della legge e la ratifica nordcoreana", "il ne manque que
    # la signature"), or the purpose it is needed for ("Per entrare in vigore", "To take
    # effect"): the milestones after these words in their clause have not happened
    pending: WordSet = WordSet(frozenset(), ())
    # the words of a state's lower house or its members ("lawmakers", "camera bassa",
    # "députés"): a ratification by them is that state's lower house's (the graph's body)
    chambers: WordSet = WordSet(frozenset(), ())
    # a stance taken ("welcomed the report", "thanked Japan", "ha espresso «preoccupazione»"):
    # its subject speaks (a statement when nothing else is told) and reports nothing
    stance: WordSet = WordSet(frozenset(), ())
    # verbs that report only right after a quotation ('"...," he continued', "a-t-il poursuivi")
    report_after_quotation: WordSet = WordSet(frozenset(), ())
    # a verb in a past tense in what is said tells a fact; without one, a declaration
    # ("said Beijing follows the situation closely", "was deeply concerned")
    past_auxiliaries: frozenset[str] = frozenset()
    # "no", "alcun", "aucun" before troops or arms: what is said denies there were any
    negative_determiners: frozenset[str] = frozenset()
    participle_endings: tuple[str, ...] = ()
    past_forms: frozenset[str] = frozenset()
    state_participles: frozenset[str] = frozenset()
    # a refusal to comment ("declined to comment", "had nothing to add", "nessun commento",
    # "rien à ajouter"): no claim and no statement (GUIDELINES)
    no_comment: WordSet = WordSet(frozenset(), ())
    # weapons of one state used, fired or carried across a border by or into another
    # ("North Korean-made missiles fired by Russian forces", "convogli di munizioni
    # nordcoreane hanno attraversato il confine con la Russia"): the weapons went from the
    # one to the other, a supply. `weapon_use`: verbs of using or firing a weapon;
    # `crossing`: verbs of crossing, with `borders` (the nouns of a border) after them;
    # `origin_words`: the words between a weapon and the state it comes from ("made",
    # "from", "di fabbricazione", "en provenance de")
    weapon_use: WordSet = WordSet(frozenset(), ())
    crossing: WordSet = WordSet(frozenset(), ())
    borders: frozenset[str] = frozenset()
    origin_words: frozenset[str] = frozenset()
    # "any", "qualsiasi", "toute": a denial of every fact of a kind, not of the last one
    universals: frozenset[str] = frozenset()


#: Regular endings of an infinitive and the participles and gerunds made from it, per
#: language: simplemma does not bring every inflection back to its lemma ("spediti",
#: "livrées"), so a verb of a trigger list matches its regular forms as written.
_INFLECTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "it": {"are": ("ato", "ata", "ati", "ate", "ando"),
           "ere": ("uto", "uta", "uti", "ute", "endo"),
           "ire": ("ito", "ita", "iti", "ite", "endo")},
    "fr": {"er": ("e", "ee", "es", "ees", "ant"),
           "ir": ("i", "ie", "is", "ies", "issant"),
           "re": ("u", "ue", "us", "ues", "ant")},
}


def with_inflections(ws: WordSet, language: str) -> WordSet:
    """``ws`` with the regular participles and gerunds of its verbs (folded single words
    ending as an infinitive of ``language``)."""
    endings = _INFLECTIONS.get(language)
    if not endings:
        return ws
    extra: set[str] = set()
    for w in ws.words:
        for inf, forms in endings.items():
            if w.endswith(inf) and len(w) > len(inf) + 3:
                extra.update(w[:-len(inf)] + f for f in forms)
                break
    return WordSet(ws.words | frozenset(extra), ws.phrases)


def available_languages() -> list[str]:
    """Languages with a rules file."""
    return sorted(p.stem for p in DATA_DIR.glob("*.yaml") if len(p.stem) in (2, 3))


@lru_cache(maxsize=16)
def rules_for(language: str) -> LanguageRules | None:
    """The rules of ``language``, or None when there is no rules file for it.

    Raises InvalidInput naming the file when a rules file is malformed.
    """
    path = DATA_DIR / f"{language}.yaml"
    if not path.is_file():
        return None
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        events: list[EventRule] = []
        borrowed: list[tuple[int, list[str]]] = []  # rule index -> types whose needs it avoids
        for name, specs in (data.get("events") or {}).items():
            # one rule, or several for one type when words need different company
            # ("talks" always a meeting, "received" only without shells)
            for spec in specs if isinstance(specs, list) else [specs or {}]:
                words = WordSet.of([*(spec.get("words") or []), *(spec.get("phrases") or [])])
                converse = WordSet.of(spec.get("converse"))
                converse = with_inflections(converse, language)
                words = with_inflections(
                    WordSet(words.words | converse.words, words.phrases), language)
                if spec.get("not_with_needs_of"):
                    borrowed.append((len(events), list(spec["not_with_needs_of"])))
                events.append(EventRule(EventType(name), words, WordSet.of(spec.get("needs")),
                                        WordSet.of(spec.get("not_with")), converse,
                                        WordSet.of(spec.get("bare_not_with"))))
        for k, types in borrowed:
            # "received Belousov" a meeting, "received howitzers" not: every word another
            # type needs ("not_with_needs_of: [supply, deployment]") rules the meeting out
            rule = events[k]
            extra = [r.needs for r in events if r.type.value in types]
            events[k] = replace(rule, not_with=WordSet(
                rule.not_with.words.union(*(w.words for w in extra)),
                rule.not_with.phrases + tuple(p for w in extra for p in w.phrases)))
        return LanguageRules(
            language=language,
            events=tuple(events),
            to_patient=frozenset(fold_key(w) for w in data.get("to_patient") or []),
            to_agent=frozenset(fold_key(w) for w in data.get("to_agent") or []),
            confirm=with_inflections(WordSet.of(data.get("confirm")), language),
            report=with_inflections(WordSet.of(data.get("report")), language),
            deny=with_inflections(WordSet.of(data.get("deny")), language),
            allege=WordSet.of(data.get("allege")),
            according_to=WordSet.of(data.get("according_to")),
            report_nouns=WordSet.of(data.get("report_nouns")),
            source_nouns=frozenset(fold_key(w) for w in data.get("source_nouns") or []),
            media_nouns=frozenset(fold_key(w) for w in data.get("media_nouns") or []),
            source_collectives=frozenset(fold_key(w)
                                         for w in data.get("source_collectives") or []),
            titles={fold_key(k): v for k, v in (data.get("titles") or {}).items()},
            clause_breaks=frozenset(fold_key(w) for w in data.get("clause_breaks") or []),
            relatives=frozenset(fold_key(w) for w in data.get("relatives") or []),
            object_relatives=frozenset(fold_key(w)
                                       for w in data.get("object_relatives") or []),
            subject_pronouns=frozenset(fold_key(w)
                                       for w in data.get("subject_pronouns") or []),
            org_refs={fold_key(k): frozenset(v) for k, v in (data.get("org_refs") or {}).items()},
            pair_refs=WordSet.of(data.get("pair_refs")),
            people_pair_refs=WordSet.of(data.get("people_pair_refs")),
            place_refs=frozenset(fold_key(w) for w in data.get("place_refs") or []),
            subordinators=frozenset(fold_key(w) for w in data.get("subordinators") or []),
            future_endings=tuple(str(w) for w in data.get("future_endings") or []),
            collective_heads=frozenset(fold_key(w)
                                       for w in data.get("collective_heads") or []),
            join_words=WordSet.of(data.get("join_words")),
            join_preps=frozenset(fold_key(w) for w in data.get("join_preps") or []),
            anaphors=frozenset(fold_key(w) for w in data.get("anaphors") or []),
            indefinite=frozenset(fold_key(w) for w in data.get("indefinite") or []),
            back_reference=WordSet.of(data.get("back_reference")),
            implicit_subject=WordSet.of(data.get("implicit_subject")),
            plural_titles=frozenset(fold_key(w) for w in data.get("plural_titles") or []),
            title_words=frozenset(w for k in (data.get("titles") or {}) for w in
                                  fold_key(k).split() if len(w) > 3),
            org_heads=frozenset(fold_key(w) for w in data.get("org_heads") or []),
            title_modifiers=frozenset(fold_key(w) for w in data.get("title_modifiers") or []),
            agreement_refs=WordSet.of(data.get("agreement_refs")),
            articles=frozenset(fold_key(w) for w in data.get("articles") or []),
            future=WordSet.of(data.get("future")),
            intent=WordSet.of(data.get("intent")),
            purpose=WordSet.of(data.get("purpose")),
            conditional=WordSet.of(data.get("conditional")),
            negation=WordSet.of(data.get("negation")),
            allies_words=frozenset(fold_key(w) for w in data.get("allies_words") or []),
            hearsay=WordSet.of(data.get("hearsay")),
            report_before_clause=WordSet.of(data.get("report_before_clause")),
            spoken_to=frozenset(fold_key(w) for w in data.get("spoken_to") or []),
            deny_words=WordSet.of(data.get("deny_words")),
            subject_after=int(data.get("subject_after", 8)),
            conditional_endings=tuple(str(w) for w in data.get("conditional_endings") or []),
            conditional_not=frozenset(fold_key(w) for w in data.get("conditional_not") or []),
            document_nouns=frozenset(fold_key(w) for w in data.get("document_nouns") or []),
            document_verbs=with_inflections(WordSet.of(data.get("document_verbs")), language),
            said_before=WordSet.of(data.get("said_before")),
            law_refs=WordSet.of(data.get("law_refs")),
            same_act=WordSet.of(data.get("same_act")),
            chambers=WordSet.of(data.get("chambers")),
            pending=WordSet.of(data.get("pending")),
            unhappened=with_inflections(WordSet.of(data.get("unhappened")), language),
            stance=with_inflections(WordSet.of(data.get("stance")), language),
            report_after_quotation=WordSet.of(data.get("report_after_quotation")),
            past_auxiliaries=frozenset(fold_key(w) for w in data.get("past_auxiliaries") or []),
            negative_determiners=frozenset(fold_key(w)
                                           for w in data.get("negative_determiners") or []),
            participle_endings=tuple(fold_key(w) for w in data.get("participle_endings") or []),
            past_forms=frozenset(fold_key(w) for w in data.get("past_forms") or []),
            state_participles=frozenset(fold_key(w)
                                        for w in data.get("state_participles") or []),
            no_comment=WordSet.of(data.get("no_comment")),
            weapon_use=with_inflections(WordSet.of(data.get("weapon_use")), language),
            crossing=with_inflections(WordSet.of(data.get("crossing")), language),
            borders=frozenset(fold_key(w) for w in data.get("borders") or []),
            origin_words=frozenset(fold_key(w) for w in data.get("origin_words") or []),
            universals=frozenset(fold_key(w) for w in data.get("universals") or []),
        )
    except (yaml.YAMLError, ValueError, AttributeError, TypeError) as exc:
        raise InvalidInput(f"{path}: malformed extraction rules: {exc}") from None
