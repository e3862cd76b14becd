"""Appeals, accusations, support and cooperation, session 15 (issue 15, dev cases 473-476 and
the released rounds): an appeal told by its noun around another verb, received ("North Korea
received an appeal from the G7", "Mosca ha ricevuto da Pechino una richiesta", "Moscou a reçu
de Pékin un appel") or made in a passive ("Un appello è stato rivolto a Mosca dal governo
giapponese", "Un appel a été lancé à la Russie par le Japon"). Sentences written for these
tests, in wire style, not the gold texts'.
"""

from __future__ import annotations

from tests.test_extract_embedded import claims, events, run


def _app(a: str, b: str) -> tuple[str, set[tuple[str, str]]]:
    return ("appeal", {(a, "appellant"), (b, "addressee")})


# --- an appeal received ------------------------------------------------------------------


def test_appeal_received_in_english() -> None:
    assert events(run("North Korea received an appeal from the G7 to withdraw its troops.")) \
        == [_app("g7", "north-korea")]
    assert events(run("Moscow also received a call for restraint from Beijing.")) == [
        _app("china", "russia")]
    assert events(run("Pyongyang has received repeated requests from Seoul to release the "
                      "detainees.")) == [_app("south-korea", "north-korea")]
    assert events(run("Tokyo got a plea from Kyiv for air defence systems.")) == [
        _app("ukraine", "japan")]


def test_appeal_received_in_italian_and_french() -> None:
    assert events(run("La Corea del Nord ha ricevuto un appello dal G7 a ritirare le truppe.",
                      language="it")) == [_app("g7", "north-korea")]
    assert events(run("Mosca ha ricevuto da Pechino una richiesta di moderazione.",
                      language="it")) == [_app("china", "russia")]
    assert events(run("La Corée du Nord a reçu un appel du G7 à retirer ses troupes.",
                      language="fr")) == [_app("g7", "north-korea")]
    assert events(run("Moscou a également reçu de Pékin un appel à la retenue.",
                      language="fr")) == [_app("china", "russia")]


def test_a_call_received_is_a_phone_call_without_what_it_is_for() -> None:
    for text in ("Putin received a call from Kim Jong Un on Tuesday.",
                 "Putin received a phone call from Kim Jong Un to discuss the treaty."):
        assert [t for t, _ in events(run(text))] == ["meeting"]
    assert events(run("Poutine a reçu un appel téléphonique de Kim.", language="fr")) == []


def test_appeal_received_negated_or_to_come_is_none() -> None:
    assert events(run("North Korea has not received any request from Moscow to send "
                      "troops.")) == []
    assert events(run("North Korea will receive an appeal from the G7 next week.")) == []
    assert events(run("La Russia non ha ricevuto alcuna richiesta da Pyongyang.",
                      language="it")) == []
    # receiving troops or people stays what it was
    assert [t for t, _ in events(run("Russia received North Korean troops in October."))] \
        == ["deployment"]


# --- an appeal made, in a passive ----------------------------------------------------------


def test_appeal_noun_in_a_passive() -> None:
    assert events(run("Un appello analogo è stato rivolto a Mosca dal governo giapponese.",
                      language="it")) == [_app("japan", "russia")]
    assert events(run("Un invito a fermare le forniture è stato rivolto alla Corea del Nord "
                      "dall'Unione europea.", language="it")) == [
        _app("european-union", "north-korea")]
    assert events(run("Un appel a été lancé à la Russie par le Japon.", language="fr")) == [
        _app("japan", "russia")]
    assert events(run("Un appel similaire a été adressé à Pékin par l'Union européenne.",
                      language="fr")) == [_app("european-union", "china")]
    assert events(run("A fresh call was made to Beijing by the European Union to rein in "
                      "Pyongyang.")) == [_app("european-union", "china")]
    assert events(run("No appeal has been made to Pyongyang by Beijing.")) == []


# --- one's own appeal told by a verb of saying ----------------------------------------------


def test_a_body_or_state_tells_its_own_appeal() -> None:
    d = run("Russia's Foreign Ministry said it had asked Seoul not to send weapons to Ukraine.")
    assert events(d) == [_app("russia-foreign-ministry", "south-korea")]
    assert claims(d, "appeal") == [("reported", ["russia-foreign-ministry"])]
    d = run("Russia said it had asked Seoul not to send weapons to Ukraine.")
    assert events(d) == [_app("russia", "south-korea")]
    d = run("Lavrov said he had asked Seoul not to send weapons to Ukraine.")
    assert claims(d, "appeal") == [("reported", ["sergey-lavrov"])]
    d = run("Lavrov ha detto di aver chiesto a Seul di non inviare armi a Kiev.", language="it")
    assert claims(d, "appeal") == [("reported", ["sergey-lavrov"])]
    d = run("Lavrov a affirmé avoir demandé à Séoul de ne pas livrer d'armes à Kiev.",
            language="fr")
    assert claims(d, "appeal") == [("reported", ["sergey-lavrov"])]
    # who makes the appeal in his own words asserts nothing of it
    d = run("Lavrov urged Seoul not to send weapons to Ukraine.")
    assert claims(d, "appeal") == [("confirmed", [])]
