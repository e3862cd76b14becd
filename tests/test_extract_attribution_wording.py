"""Who asserts a fact and how sure, across the wordings of EN/IT/FR wire reports: verbs and
nouns of saying, confirming, denying and hedging, and where the source stands (no database).
Sentences written here, several per rule, in varied word orders and tenses."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_embedded import run


def claims(d: Any) -> set[tuple[str, tuple[str, ...]]]:
    return {(c["certainty"], tuple(sorted(c["asserted_by"]))) for c in d.document["claims"]}


def claims_of(d: Any, event_type: str) -> set[tuple[str, tuple[str, ...]]]:
    ids = {e["id"] for e in d.document["events"] if e["type"] == event_type}
    return {(c["certainty"], tuple(sorted(c["asserted_by"]))) for c in d.document["claims"]
            if c["event"] in ids}


@pytest.mark.parametrize("language,text,source", [
    ("en", "Pyongyang shipped artillery shells to Russia in March, the Joint Chiefs of Staff "
           "indicated.", "joint-chiefs-of-staff"),
    ("en", "Seoul stated that North Korea had sent troops to Russia.", "south-korea"),
    ("en", "NATO revealed on Monday that North Korean troops had been sent to Russia.", "nato"),
    ("en", "The Pentagon has disclosed that North Korea supplied missiles to Russia.",
     "pentagon"),
    ("en", "North Korea has sent troops to Russia, the Pentagon explained.", "pentagon"),
    ("en", "North Korea delivered shells to Russia, the Pentagon recalled.", "pentagon"),
    ("it", "La Corea del Nord ha inviato truppe in Russia, ha rivelato il Pentagono.",
     "pentagon"),
    ("it", "Il Pentagono ha indicato che la Corea del Nord ha fornito missili alla Russia.",
     "pentagon"),
    ("it", "La Corea del Nord ha fornito missili alla Russia, come riferito dall'agenzia "
           "Yonhap.", "yonhap"),
    ("it", "La Corea del Nord ha fornito missili alla Russia, a quanto riferisce l'agenzia "
           "Yonhap.", "yonhap"),
    ("it", "La Nato ha segnalato che la Corea del Nord ha inviato truppe in Russia.", "nato"),
    ("fr", "La Corée du Nord a envoyé des soldats en Russie, a révélé le Pentagone.",
     "pentagon"),
    ("fr", "L'Otan a signalé que la Corée du Nord avait envoyé des soldats en Russie.", "nato"),
    ("fr", "Le Pentagone a fait état de l'envoi de soldats nord-coréens en Russie.",
     "pentagon"),
    ("fr", "La Corée du Nord a livré des obus à la Russie, aux dires de l'Otan.", "nato"),
])
def test_verbs_and_phrases_of_saying_report(language: str, text: str, source: str) -> None:
    assert ("reported", (source,)) in claims(run(text, language=language))


@pytest.mark.parametrize("language,denial,denier", [
    ("en", "The Kremlin disputed the reports.", "russia"),
    ("en", "Moscow brushed off the allegations.", "russia"),
    ("en", "Pyongyang called the reports false.", "north-korea"),
    ("en", "North Korea dismissed the claims as a smear campaign.", "north-korea"),
    ("it", "Il Cremlino ha contestato le accuse.", "russia"),
    ("it", "Mosca ha confutato le notizie.", "russia"),
    ("it", "Pyongyang ha definito le notizie prive di ogni fondamento.", "north-korea"),
    ("it", "Il Cremlino ha parlato di «calunnie».", "russia"),
    ("fr", "Moscou a balayé ces accusations.", "russia"),
    ("fr", "Le Kremlin a contesté ces informations.", "russia"),
    ("fr", "Pyongyang a jugé ces informations dénuées de tout fondement.", "north-korea"),
    ("fr", "Moscou a qualifié ces accusations de « calomnies ».", "russia"),
])
def test_verbs_and_words_of_denial_deny_the_fact_told_before(
        language: str, denial: str, denier: str) -> None:
    told = {"en": "North Korea sent troops to Russia, NATO said.",
            "it": "La Corea del Nord ha inviato truppe in Russia, secondo la Nato.",
            "fr": "La Corée du Nord a envoyé des soldats en Russie, selon l'Otan."}[language]
    d = run(f"{told}\n{denial}", language=language)
    assert claims(d) == {("reported", ("nato",)), ("denied", (denier,))}


def test_words_of_denial_are_said_by_the_nearest_verb_before_them() -> None:
    # a verb of saying after the words tells the denial of another, it denies nothing
    told = "North Korea sent troops to Russia, NATO said.\n"
    d = run(told + 'Pyongyang rejected the reports as "a fabrication", KCNA said.')
    assert ("denied", ("north-korea",)) in claims(d)
    assert not any(c == ("denied", ("kcna",)) for c in claims(d))
    it = run("La Corea del Nord ha inviato truppe in Russia, secondo la Nato.\n"
             "Kim Yo Jong ha definito le notizie «voci infondate», ha riferito l'agenzia Tass.",
             language="it")
    assert ("denied", ("kim-yo-jong",)) in claims(it)
    assert not any(c == ("denied", ("tass",)) for c in claims(it))
    # a verb of saying before a verb of denial is no denial
    en = run("South Korea's spy agency said North Korea had sent troops to Russia, a claim "
             'the Kremlin dismissed as "another fake".')
    assert {c for c in claims(en) if c[0] == "denied"} == {("denied", ("russia",))}
    # with no verb before them, the words are the speaker's of the verb after them
    fr = run("La Corée du Nord a envoyé des soldats en Russie, selon l'Otan.\n"
             "« Ce sont des affirmations sans aucun fondement », a rétorqué le Kremlin.",
             language="fr")
    assert ("denied", ("russia",)) in claims(fr)


def test_who_confirms_and_who_told_it_before_are_two_claims() -> None:
    it = run("L'invio di soldati nordcoreani in Russia, rivelato ieri dall'intelligence "
             "sudcoreana, è stato confermato anche dal Pentagono.", language="it")
    assert claims(it) == {("reported", ("intelligence-sudcoreana",)),
                          ("confirmed", ("pentagon",))}
    en = run("The dispatch of North Korean troops to Russia, first reported by Seoul, was "
             "confirmed by NATO.")
    assert claims(en) == {("reported", ("south-korea",)), ("confirmed", ("nato",))}


@pytest.mark.parametrize("language,text,source", [
    ("en", "Putin received Choe Son Hui at the Kremlin, according to a statement released by "
           "the Kremlin.", "russia"),
    ("en", "According to a joint statement issued by NATO, North Korea sent troops to Russia.",
     "nato"),
    ("en", "North Korean troops were fighting alongside Russian forces, according to a report "
           "published by the Institute for the Study of War.",
     "institute-for-the-study-of-war"),
    ("it", "Secondo un comunicato diffuso dal Pentagono, la Corea del Nord ha inviato truppe "
           "in Russia.", "pentagon"),
    ("it", "Lavrov ha incontrato Choe Son Hui, secondo una nota ufficiale del Cremlino.",
     "russia"),
    ("fr", "Selon un communiqué publié jeudi par le Pentagone, la Corée du Nord a envoyé des "
           "soldats en Russie.", "pentagon"),
    ("fr", "D'après un rapport de l'Otan, la Corée du Nord a envoyé des soldats en Russie.",
     "nato"),
])
def test_the_source_after_a_document_is_its_author(language: str, text: str,
                                                    source: str) -> None:
    assert ("reported", (source,)) in claims(run(text, language=language))
