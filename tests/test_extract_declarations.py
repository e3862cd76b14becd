"""Declarations about facts outside the model (GUIDELINES, settled after the held-out round
of session 12): a verb of saying with a named speaker whose words tell no event of the model
(a strike, a missile falling, soldiers killed or wounded, a forecast, "does not rule out")
is a statement of that speaker alone; an "according to X" in front of such words gives
none; a verb of saying in front of an event of the model is attribution.

No Neo4j is needed: the extractor runs on text with the seed's lexicon."""

from __future__ import annotations

import pytest

from tests.test_extract_embedded import claims, events, run
from tests.test_extract_statements import statements

# --- a named speaker, words telling no event of the model: a statement ---------------------


@pytest.mark.parametrize("text, language, who", [
    # strikes and casualties, any tense, either word order
    ("Ukrainian Foreign Minister Andrii Sybiha said Russian strikes had killed nine "
     "civilians in Odesa overnight.", "en", "andrii-sybiha"),
    ("Russian missiles hit a power plant near Lviv on Sunday, Ukrainian Energy Minister "
     "Herman Halushchenko said.", "en", "herman-halushchenko"),
    ("Ukrainian President Volodymyr Zelensky says dozens of drones struck Kharkiv.", "en",
     "volodymyr-zelensky"),
    ("Il presidente ucraino Volodymyr Zelensky ha dichiarato che un attacco russo ha ucciso "
     "dodici persone a Dnipro.", "it", "volodymyr-zelensky"),
    ("Un missile è caduto su un quartiere residenziale di Kharkiv, ha riferito il ministro "
     "degli Esteri ucraino Andrii Sybiha.", "it", "andrii-sybiha"),
    ("Le ministre ukrainien des Affaires étrangères, Andrii Sybiha, a affirmé que des frappes "
     "russes avaient fait trois morts à Odessa.", "fr", "andrii-sybiha"),
    # soldiers killed, wounded, lost: their fate, no sending
    ("South Korean lawmaker Lee Seong-kweun said about 300 North Korean soldiers had been "
     "killed in the fighting.", "en", "lee-seong-kweun"),
    ("Le ministre sud-coréen de la Défense Kim Yong-hyun a indiqué que Pyongyang avait perdu "
     "plusieurs centaines de soldats.", "fr", "kim-yong-hyun"),
    ("Il capo dell'intelligence militare ucraina Kyrylo Budanov ha detto che centinaia di "
     "soldati nordcoreani sono morti o sono rimasti feriti.", "it", "kyrylo-budanov"),
    # trade, civil works, humanitarian aid: no event type of the model
    ("Kremlin spokesman Dmitry Peskov said trade between Russia and North Korea had grown "
     "fivefold.", "en", "dmitry-peskov"),
    ("Le porte-parole du Kremlin, Dmitri Peskov, a déclaré que des ouvriers nord-coréens "
     "avaient reconstruit un pont ferroviaire.", "fr", "dmitri-peskov"),
    # a forecast, what is not ruled out
    ("Russian Defence Minister Andrei Belousov said the two countries would hold joint naval "
     "drills next year.", "en", "andrei-belousov"),
    ("Il ministro della Difesa Guido Crosetto ha detto che l'Italia non esclude di inviare "
     "nuovi aiuti a Kiev.", "it", "guido-crosetto"),
])
def test_words_telling_no_event_of_the_model_are_the_speakers_statement(
        text: str, language: str, who: str) -> None:
    d = run(text, language=language)
    assert statements(d) == [{(who, "speaker")}], text
    assert [t for t, _ in events(d)] == ["statement"], text
    assert claims(d, "statement") == [("confirmed", [who])], text


def test_a_named_news_agency_declares_too() -> None:
    d = run("North Korean leader Kim Jong Un visited a munitions factory, KCNA reported.")
    assert statements(d) == [{("kcna", "speaker")}]


def test_whom_the_speaker_told_is_the_addressee() -> None:
    d = run("Ukrainian forces clashed with North Korean troops in the Kursk region, Defence "
            "Minister Rustem Umerov told South Korea's KBS television.")
    assert statements(d) == [{("rustem-umerov", "speaker"), ("kbs", "addressee")}]


# --- no statement ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, language", [
    # an "according to" in front of such words
    ("According to Ukrainian President Volodymyr Zelensky, Russian strikes killed nine "
     "civilians in Odesa.", "en"),
    ("Secondo il ministro degli Esteri ucraino Andrii Sybiha, un attacco russo ha ucciso dodici "
     "persone.", "it"),
    ("Selon le ministre ukrainien des Affaires étrangères Andrii Sybiha, des frappes russes ont "
     "fait trois morts.", "fr"),
    # an unnamed source
    ("South Korean officials said about 300 North Korean soldiers had been killed.", "en"),
    ("Des sources diplomatiques ont affirmé que la récolte de riz serait mauvaise.", "fr"),
    # what the two told of before did
    ("The two ministers discussed humanitarian aid, the Russian Foreign Ministry said.", "en"),
    ("Japan's Foreign Minister Takeshi Iwaya told reporters the two countries had agreed to "
     "strengthen coordination.", "en"),
])
def test_no_statement_without_a_named_speaker_of_a_clause(text: str, language: str) -> None:
    assert statements(run(text, language=language)) == [], text


@pytest.mark.parametrize("text, language, kind, who", [
    ("Ukrainian Foreign Minister Andrii Sybiha said North Korea had delivered more than 150 "
     "artillery pieces to Russia.", "en", "supply", "andrii-sybiha"),
    ("Il portavoce del Cremlino Dmitry Peskov ha confermato che soldati nordcoreani hanno "
     "combattuto al fianco delle truppe russe.", "it", "military_assistance", "dmitry-peskov"),
    ("Des soldats nord-coréens ont été envoyés en Russie, a affirmé le ministre ukrainien des "
     "Affaires étrangères Andrii Sybiha.", "fr", "deployment", "andrii-sybiha"),
])
def test_a_verb_of_saying_in_front_of_an_event_of_the_model_is_attribution(
        text: str, language: str, kind: str, who: str) -> None:
    d = run(text, language=language)
    assert statements(d) == [], text
    assert [t for t, _ in events(d)] == [kind], text
    assert [w for _, w in claims(d, kind)] == [[who]], text


def test_the_soldiers_fate_beside_their_sending_is_the_sending() -> None:
    # a verb of sending with the soldiers: the deployment, reported; no declaration
    d = run("Budanov said North Korea had sent 11,000 soldiers to Russia, and that hundreds "
            "had been killed.")
    assert statements(d) == []
    assert ("deployment", {("north-korea", "sender"), ("russia", "host")}) in events(d)


@pytest.mark.parametrize("text, language, who", [
    # the future of a past verb of saying, even of "the two countries"
    ("Le ministre russe de la Défense, Andreï Belooussov, a indiqué que les deux pays "
     "mèneraient des manœuvres navales conjointes l'an prochain.", "fr", "andrei-belooussov"),
    ("Il ministro Sergej Shoigu ha detto che i due Paesi terrebbero esercitazioni congiunte in "
     "autunno.", "it", "sergej-shoigu"),
    # the soldiers told of before, honoured: no sending
    ("Le dirigeant nord-coréen Kim Jong Un a déclaré que les soldats tombés au combat seraient "
     "honorés par un monument.", "fr", "kim-jong-un"),
    # international organisations named in Italian or French are the graph's
    ("Il Programma alimentare mondiale ha avvertito che oltre dieci milioni di nordcoreani "
     "soffrono la fame.", "it", "world-food-programme"),
    ("Le Programme alimentaire mondial a averti que la récolte de riz serait mauvaise.", "fr",
     "world-food-programme"),
    ("Le CICR a indiqué que ses équipes avaient livré des médicaments à Kharkiv.", "fr",
     "icrc"),
])
def test_more_declarations(text: str, language: str, who: str) -> None:
    assert statements(run(text, language=language)) == [{(who, "speaker")}], text


def test_what_the_two_did_by_a_past_conditional_is_no_declaration() -> None:
    d = run("Il ministro Sergej Shoigu ha detto che i due Paesi avrebbero discusso di "
            "esercitazioni.", language="it")
    assert statements(d) == []


@pytest.mark.parametrize("text, language", [
    ("Blinken said Russia had given North Korea satellite technology in return.", "en"),
    ("Secondo Blinken, Mosca avrebbe fornito a Pyongyang tecnologia satellitare.", "it"),
    ("Selon Blinken, Moscou a livré à Pyongyang des technologies spatiales.", "fr"),
])
def test_satellite_technology_handed_over_is_a_supply_no_declaration(
        text: str, language: str) -> None:
    d = run(text, language=language)
    assert ("supply", {("russia", "supplier"), ("north-korea", "recipient")}) in events(d)
    assert statements(d) == []


@pytest.mark.parametrize("text, language", [
    ("Pyongyang has not said when its own parliament will ratify the document.", "en"),
    ("Moscow did not say how many missiles had been fired.", "en"),
    ("Il Cremlino non ha detto quanti missili siano stati lanciati.", "it"),
    ("Le Kremlin n'a pas précisé combien de missiles avaient été tirés.", "fr"),
    ("Peskov refused to say whether North Korean soldiers had been killed.", "en"),
    ("Zakharova dismissed reports of heavy North Korean losses as propaganda.", "en"),
])
def test_a_verb_of_saying_negated_or_refused_declares_nothing(text: str, language: str) -> None:
    assert statements(run(text, language=language)) == [], text


@pytest.mark.parametrize("text, language, who", [
    ("North Korea has sent more troops to Russia, South Korea's Joint Chiefs of Staff said. "
     "The Joint Chiefs also said North Korean units had suffered heavy casualties.", "en",
     "joint-chiefs-of-staff"),
    ("South Korea's Joint Chiefs of Staff met on Monday. Pyongyang fired two missiles into "
     "the sea on Sunday, the Joint Chiefs added.", "en", "joint-chiefs-of-staff"),
])
def test_a_body_told_again_by_the_head_of_its_name_speaks(
        text: str, language: str, who: str) -> None:
    assert {(who, "speaker")} in statements(run(text, language=language)), text


def test_the_head_of_a_name_with_more_after_it_is_another_body() -> None:
    d = run("South Korea's Joint Chiefs of Staff met on Monday. The Joint Chiefs Council said "
            "the harvest had been poor.")
    assert {("joint-chiefs-of-staff", "speaker")} not in statements(d)
