"""The embedded extractor on troops sent and arms supplied, told in words the first rounds
of gold cases lacked: troop nouns of every arm, a date between a passive and its agent, a
seller after French "acheter à", a passive whose subject says what was sent, a place named
by a capitalised noun and its state's adjective. Sentences written for these tests (not
from the gold texts), in English, Italian and French; no database (the seed's lexicon).
"""

from __future__ import annotations

import pytest

from tests.test_extract_embedded import claims, events, run

NK_TO_RU = ("deployment", {("north-korea", "sender"), ("russia", "host")})
NK_ARMS_RU = ("supply", {("north-korea", "supplier"), ("russia", "recipient")})


@pytest.mark.parametrize(("language", "text"), [
    ("en", "North Korea sent infantrymen and paratroopers to Russia last month."),
    ("en", "About 3,000 North Korean servicemen arrived in Russia in October."),
    ("en", "Pyongyang has dispatched conscripts and snipers to Russia, Kyiv says."),
    ("it", "La Corea del Nord ha inviato fanti e paracadutisti in Russia."),
    ("it", "Reclute nordcoreane sono arrivate in Russia, secondo Seul."),
    ("fr", "Pyongyang a envoyé des fantassins en Russie."),
    ("fr", "Des recrues nord-coréennes sont arrivées en Russie, selon Séoul."),
])
def test_troops_of_every_arm_are_sent(language: str, text: str) -> None:
    assert NK_TO_RU in events(run(text, language=language))


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Two North Korean conscripts were captured by Ukrainian forces."),
    ("it", "Due fanti nordcoreani sono stati catturati dalle forze ucraine."),
    ("fr", "Deux fantassins nord-coréens ont été capturés par les forces ukrainiennes."),
    ("en", "The marines of South Korea held drills with U.S. forces."),
])
def test_troop_nouns_alone_send_no_one(language: str, text: str) -> None:
    assert not [t for t, _ in events(run(text, language=language)) if t == "deployment"]


@pytest.mark.parametrize(("language", "text", "certainty"), [
    ("en", "The deployment of North Korean troops to Russia was confirmed on Monday by the "
           "Pentagon.", "confirmed"),
    ("it", "Il dispiegamento di soldati nordcoreani in Russia è stato confermato lunedì dal "
           "Pentagono.", "confirmed"),
    ("fr", "Le déploiement de soldats nord-coréens en Russie a été confirmé le 4 novembre "
           "par le Pentagone.", "confirmed"),
    ("fr", "Le déploiement de soldats nord-coréens en Russie a été annoncé lundi par le "
           "Pentagone.", "reported"),
])
def test_a_date_between_the_passive_and_its_agent(language: str, text: str,
                                                  certainty: str) -> None:
    d = run(text, language=language)
    assert events(d) == [NK_TO_RU]
    assert claims(d, "deployment") == [(certainty, ["pentagon"])]


@pytest.mark.parametrize("text", [
    "La Russie a acheté des obus à la Corée du Nord.",
    "La Russie a acquis des missiles à la Corée du Nord, selon Kiev.",
    "Des obus ont été achetés à la Corée du Nord par la Russie.",
])
def test_french_buys_from_whom_it_buys_a(text: str) -> None:
    assert events(run(text, language="fr")) == [NK_ARMS_RU]


@pytest.mark.parametrize(("language", "text", "kind"), [
    ("en", "North Korean shells have been transferred to Russian forces by rail.", NK_ARMS_RU),
    ("it", "Proiettili nordcoreani sono stati trasferiti alle forze russe via treno.",
     NK_ARMS_RU),
    ("fr", "Des obus nord-coréens ont été transférés aux forces russes par train.", NK_ARMS_RU),
    ("en", "North Korean troops have been transferred to Russia by rail.", NK_TO_RU),
    ("fr", "Des soldats nord-coréens ont été transférés en Russie.", NK_TO_RU),
])
def test_a_passive_sending_is_of_what_its_subject_names(
        language: str, text: str, kind: tuple[str, set[tuple[str, str]]]) -> None:
    assert events(run(text, language=language)) == [kind]


def test_missiles_and_soldiers_sent_are_two_facts() -> None:
    got = events(run("North Korea has sent missiles and thousands of soldiers to Russia."))
    assert NK_ARMS_RU in got and NK_TO_RU in got


@pytest.mark.parametrize(("language", "text"), [
    ("it", "Circa 3.000 soldati nordcoreani sono giunti nell'Estremo Oriente russo."),
    ("fr", "Environ 3 000 soldats nord-coréens sont arrivés dans l'Extrême-Orient russe."),
    ("it", "Soldati nordcoreani sono stati schierati sul territorio russo."),
    ("fr", "Des soldats nord-coréens ont été déployés sur le territoire russe."),
    ("fr", "Des soldats nord-coréens ont été déployés sur le sol russe."),
])
def test_a_place_of_a_state_named_by_its_adjective_hosts(language: str, text: str) -> None:
    assert events(run(text, language=language)) == [NK_TO_RU]
