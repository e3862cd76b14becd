"""Statements and speech acts, session 14, round 2 (dev cases 425-427): an appeal or a
charge in the first person inside a quotation is the quoted speaker's act, no statement.
Sentences of our own, in EN, IT and FR."""

from __future__ import annotations

import pytest

from tests.test_extract_embedded import claims, events, run


@pytest.mark.parametrize("language,text,who,to", [
    ("en", '"We call on Beijing to use its influence on Pyongyang," Volodymyr Zelensky said.',
     "volodymyr-zelensky", "china"),
    ("en", 'Zelensky said: "We again urge China to press Pyongyang to withdraw its troops."',
     "volodymyr-zelensky", "china"),
    ("en", '"I ask Japan to tighten its sanctions on Moscow," Zelensky told reporters.',
     "volodymyr-zelensky", "japan"),
    ("it", "«Chiediamo alla Cina di fare pressione su Pyongyang», ha dichiarato Zelensky.",
     "volodymyr-zelensky", "china"),
    ("it", "«Noi esortiamo Pechino a usare la sua influenza», ha detto Zelensky.",
     "volodymyr-zelensky", "china"),
    ("it", "Zelensky ha dichiarato: «Chiedo al Giappone di inasprire le sanzioni».",
     "volodymyr-zelensky", "japan"),
    ("fr", "« Nous appelons la Chine à user de son influence sur Pyongyang », a ajouté "
     "Zelensky.", "volodymyr-zelensky", "china"),
    ("fr", "« J'appelle Pékin à agir », a déclaré Zelensky.", "volodymyr-zelensky", "china"),
    ("fr", "« Nous demandons à la Corée du Nord de retirer ses soldats », a affirmé Zelensky.",
     "volodymyr-zelensky", "north-korea"),
    ("fr", "Zelensky a déclaré : « Nous exhortons Moscou à cesser sa coopération avec "
     "Pyongyang ».", "volodymyr-zelensky", "russia"),
])
def test_a_quoted_appeal_in_the_first_person_is_the_speakers(language: str, text: str,
                                                             who: str, to: str) -> None:
    d = run(text, language=language)
    assert events(d) == [("appeal", {(who, "appellant"), (to, "addressee")})]
    assert claims(d, "appeal") == [("confirmed", [])]


@pytest.mark.parametrize("language,text", [
    ("en", '"We accuse Russia of prolonging the war," Zelensky told reporters.'),
    ("it", "«Accusiamo la Russia di prolungare la guerra», ha detto Zelensky."),
    ("fr", "« Nous accusons la Russie de prolonger la guerre », a dit Zelensky."),
])
def test_a_quoted_charge_in_the_first_person_is_the_speakers(language: str, text: str) -> None:
    d = run(text, language=language)
    assert events(d) == [("accusation", {("volodymyr-zelensky", "accuser"),
                                         ("russia", "accused")})]


@pytest.mark.parametrize("language,text", [
    # someone else appeals: the speaker reports it, no appeal of his
    ("en", '"They call on China to act," Zelensky said.'),
    # an appeal to come, a negated one
    ("en", '"We will ask China to help," Zelensky said.'),
    ("en", '"We have never asked Beijing for anything," Lavrov said.'),
    # a noun of charge is no charge of the speaker
    ("en", '"The accusations against Moscow are lies," Lavrov said.'),
    ("fr", "« Les accusations de Kiev sont absurdes », a déclaré Lavrov."),
    ("it", "«Le accuse di Kiev sono assurde», ha detto Lavrov."),
])
def test_no_first_person_act(language: str, text: str) -> None:
    d = run(text, language=language)
    assert {t for t, _ in events(d)} <= {"statement"}


NIS = "South Korea's spy agency NIS said 11,000 North Korean soldiers were in Russia. "
SEOUL = "Seul ha affermato che Pyongyang ha inviato in Russia oltre 10.000 soldati. "
KYIV = "Kiev affirme que Pyongyang a envoyé des soldats en Russie. "


@pytest.mark.parametrize("language,text,who", [
    ("en", 'The Kremlin dismissed Zelensky\'s remarks as "hysteria."', "russia"),
    ("en", "Peskov dismissed the comments as hysteria.", "peskov"),
    ("en", "Russia rejected the remarks by Sybiha as absurd.", "russia"),
    ("it", "Lavrov ha respinto le parole di Sybiha, definendole «isteria».", "sergey-lavrov"),
    ("it", "Il Cremlino ha respinto i commenti di Kiev.", "russia"),
    ("fr", "Le Kremlin a rejeté les propos de Barrot, qu'il a jugés « hystériques ».",
     "russia"),
])
def test_words_rejected_are_a_statement(language: str, text: str, who: str) -> None:
    d = run(text, language=language)
    assert events(d) == [("statement", {(who, "speaker")})]


@pytest.mark.parametrize("language,text,who", [
    ("en", NIS + 'Kim Yo Jong said the claims were "absurd."', "kim-yo-jong"),
    ("en", NIS + "Pyongyang dismissed them as absurd.", "north-korea"),
    ("en", NIS + "Pyongyang rejected the reports, calling them ridiculous.", "north-korea"),
    ("it", SEOUL + "Mosca ha detto che le accuse erano «assurde».", "russia"),
    ("it", SEOUL + "Il Cremlino le ha definite assurde.", "russia"),
    # the words of who told the fact: the fact denied
    ("it", SEOUL + "Mosca ha respinto le parole di Seul.", "russia"),
    ("fr", KYIV + "Moscou a jugé ces affirmations ridicules.", "russia"),
    ("fr", KYIV + "Le Kremlin a rejeté les propos de Kiev.", "russia"),
])
def test_claims_called_absurd_are_denied(language: str, text: str, who: str) -> None:
    d = run(text, language=language)
    assert [t for t, _ in events(d)] == ["deployment"]
    assert ("denied", [who]) in claims(d, "deployment")


@pytest.mark.parametrize("language,text", [
    ("en", NIS + "Lavrov said it was absurd to see the treaty as a threat."),
    ("it", SEOUL + "Peskov ha detto che è assurdo considerare il trattato una minaccia."),
    ("fr", KYIV + "Lavrov a déclaré qu'il était absurde de voir dans le traité une menace."),
])
def test_a_view_called_absurd_denies_nothing(language: str, text: str) -> None:
    d = run(text, language=language)
    assert not [c for c in claims(d, "deployment") if c[0] == "denied"]
    assert [t for t, _ in events(d)] == ["deployment", "statement"]


@pytest.mark.parametrize("language,text,who", [
    ("en", 'Speaking during a visit to Pyongyang, Putin said the partnership was "aimed at no '
     'one."', "vladimir-putin"),
    ("en", "Putin, speaking during a visit to Pyongyang, said the partnership was aimed at no "
     "one.", "vladimir-putin"),
    ("en", "During a visit to Pyongyang, Lavrov said the ties were strong.", "sergey-lavrov"),
    ("en", "Lavrov said during a visit to Pyongyang that ties were strong.", "sergey-lavrov"),
    ("en", "On a visit to Pyongyang, Lavrov said ties were strong.", "sergey-lavrov"),
    ("en", "Lavrov, on a visit to Pyongyang, said ties were strong.", "sergey-lavrov"),
    ("it", "Parlando durante una visita a Pyongyang, Lavrov ha detto che la cooperazione con la "
     "Corea del Nord era «senza limiti».", "sergey-lavrov"),
    ("it", "In visita a Pyongyang, Lavrov ha detto che i legami sono solidi.", "sergey-lavrov"),
    ("it", "Lavrov ha dichiarato nel corso di una visita a Pyongyang che i legami sono solidi.",
     "sergey-lavrov"),
    ("fr", "S'exprimant lors d'une visite à Pyongyang, Lavrov a déclaré que les liens étaient "
     "solides.", "sergey-lavrov"),
    ("fr", "En visite à Pyongyang, Lavrov a déclaré que les liens étaient solides.",
     "sergey-lavrov"),
    ("fr", "Lavrov a affirmé lors de sa visite à Pyongyang que les liens étaient solides.",
     "sergey-lavrov"),
])
def test_the_speakers_trip_beside_his_words(language: str, text: str, who: str) -> None:
    d = run(text, language=language)
    assert sorted(events(d), key=lambda e: e[0]) == [
        ("statement", {(who, "speaker")}), ("visit", {(who, "visitor"), ("north-korea", "host")})]
    assert claims(d, "visit") == [("confirmed", [])]


@pytest.mark.parametrize("text", [
    "Lavrov said Kim had praised Choe during a visit to Moscow.",
    "Lavrov said Choe was on a visit to Moscow.",
])
def test_another_ones_trip_in_what_is_said_is_reported(text: str) -> None:
    d = run(text)
    assert ("visit", {("choe-son-hui", "visitor"), ("russia", "host")}) in events(d)
    assert claims(d, "visit") == [("reported", ["sergey-lavrov"])]


@pytest.mark.parametrize("text,who", [
    ("Lavrov a déclaré que les liens sont solides.", "sergey-lavrov"),
    ("Le ministre Jean-Noël Barrot a déclaré que la coopération militaire entre la Russie et "
     "la Corée du Nord était une menace pour l'Europe.", "jean-noel-barrot"),
    ("Lavrov a affirmé que les relations entre les deux pays étaient « excellentes ».",
     "sergey-lavrov"),
])
def test_a_french_adjective_in_e_is_no_participle(text: str, who: str) -> None:
    d = run(text, language="fr")
    assert events(d) == [("statement", {(who, "speaker")})]


def test_a_french_participle_after_etre_still_tells_a_fact() -> None:
    d = run("Lavrov a déclaré que les soldats étaient arrivés.", language="fr")
    assert events(d) == []
