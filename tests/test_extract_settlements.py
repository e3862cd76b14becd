"""The embedded extractor on the readings settled after the held-out round of session 12
(GUIDELINES.md): troops fighting alongside, with or for another state's army, or at its
front, are military assistance, and a sending followed by the fighting is two events; a
participant not named is left out (a deployment to a region only has its sender alone); a
phone call between two named people is a meeting; a milestone told in a participle, a
relative or a "since" clause is an event when its clause gives it a date or a place of its
own. Each mechanism is checked on sentences written for these tests (not taken from the
gold texts), in English, Italian and French; no database (the seed document's lexicon).
"""

from __future__ import annotations

from tests.test_extract_embedded import claims, events, run


def of_type(d: object, t: str) -> list[set[tuple[str, str]]]:
    return [p for k, p in events(d) if k == t]  # type: ignore[arg-type]


def date_of(d: object, t: str) -> str | None:
    (ev,) = [e for e in d.document["events"] if e["type"] == t]  # type: ignore[attr-defined]
    return ev.get("date", {}).get("value")


BOTH = {("russia", "party"), ("north-korea", "party")}
PUTIN_KIM = {("vladimir-putin", "signatory"), ("kim-jong-un", "signatory")}


# --- (d) a milestone in a participle, relative or "since" clause ---------------------------


def test_a_participle_milestone_with_a_date_or_place_is_an_event() -> None:
    for text, lang, parts, value in [
            ("The pact, signed by Vladimir Putin and Kim Jong Un in June, obliges both sides "
             "to help each other.", "en", PUTIN_KIM, "2024-06"),
            ("Il patto, firmato a giugno da Vladimir Putin e Kim Jong Un, impegna le due "
             "parti ad aiutarsi.", "it", PUTIN_KIM, "2024-06"),
            ("Le traité, signé le 19 juin par Vladimir Poutine et Kim Jong Un, engage les deux "
             "parties.", "fr", PUTIN_KIM, "2024-06-19"),
            # a place of its own: the capital named there is the party named
            ("Il trattato tra Russia e Corea del Nord, sottoscritto a Pyongyang, prevede "
             "l'assistenza reciproca.", "it", BOTH, None)]:
        d = run("Russia and North Korea have a mutual defence treaty. " + text, language=lang,
                published="2024-12-20")
        assert of_type(d, "signing") == [parts], text
        assert date_of(d, "signing") == value, text
        # the text tells it, whoever said the main clause
        assert claims(d, "signing") == [("confirmed", [])], text


def test_a_participle_that_only_identifies_the_treaty_is_no_event() -> None:
    for text, lang in [
            ("The treaty concluded between Russia and North Korea obliges both sides to help "
             "each other.", "en"),
            ("Il trattato concluso tra Russia e Corea del Nord prevede l'assistenza "
             "reciproca.", "it"),
            ("Depuis la signature du traité entre Moscou et Pyongyang, les échanges se sont "
             "multipliés.", "fr"),
            # a date that names the treaty is none of the signing's
            ("La cooperazione tra Mosca e Pyongyang si è intensificata dopo la firma del "
             "trattato di giugno.", "it")]:
        d = run(text, language=lang, published="2024-12-20")
        assert not of_type(d, "signing"), text


def test_a_relative_or_since_milestone_with_a_date_is_an_event() -> None:
    for text, lang, t, value in [
            ("Lavrov and Choe discussed the partnership treaty between Russia and North Korea, "
             "which entered into force on Dec. 4.", "en", "entry_into_force", "2024-12-04"),
            ("Il trattato tra Mosca e Pyongyang, che è entrato in vigore il 4 dicembre, "
             "prevede l'assistenza reciproca.", "it", "entry_into_force", "2024-12-04"),
            ("Depuis que le traité entre Moscou et Pyongyang est entré en vigueur en "
             "décembre, les échanges militaires se sont multipliés.", "fr",
             "entry_into_force", "2024-12"),
            ("Since the pact between Moscow and Pyongyang was signed in June, Seoul says, the "
             "two countries have expanded their military cooperation.", "en", "signing",
             "2024-06")]:
        d = run(text, language=lang, published="2024-12-20")
        assert of_type(d, t) == [BOTH], text
        assert date_of(d, t) == value, text


def test_a_milestone_with_one_party_named_has_that_party() -> None:
    d = run("Russia and North Korea have a mutual defence treaty. The two ministers discussed "
            "the treaty, which entered into force in Moscow on Dec. 4.",
            published="2024-12-20")
    assert of_type(d, "entry_into_force") == [{("russia", "party")}]
