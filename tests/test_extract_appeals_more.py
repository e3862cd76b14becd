"""Appeals and accusations in more of the words a wire report may use (session 13, issue 15,
appeals round 2): an appeal for troops to withdraw is addressed to the troops' state ("called
for the withdrawal of North Korean troops", "il ritiro delle truppe nordcoreane", "le retrait
des soldats de Pyongyang"), never to where they leave from; the world's states named as one
("the international community", "la comunità internazionale", "la communauté
internationale") are an unnamed group; blame laid on someone ("held Seoul responsible",
"ha attribuito all'Occidente la responsabilità", "a imputé à Kiev la responsabilité",
"pinned the blame on") is an accusation. Sentences written for these tests, in wire style,
not the gold texts'.
"""

from __future__ import annotations

from tests.test_extract_embedded import actor_ids, events, run


def _appeal(appellants: set[str], addressee: str) -> tuple[str, set[tuple[str, str]]]:
    return ("appeal", {(a, "appellant") for a in appellants} | {(addressee, "addressee")})


def _accusation(accuser: str, accused: str) -> tuple[str, set[tuple[str, str]]]:
    return ("accusation", {(accuser, "accuser"), (accused, "accused")})


# --- an appeal for a withdrawal ------------------------------------------------------------


def test_call_for_withdrawal_is_addressed_to_the_troops_state() -> None:
    d = run("NATO called for the withdrawal of North Korean troops from Russia.")
    assert events(d) == [_appeal({"nato"}, "north-korea")]
    d = run("Japan demanded the immediate pullout of Pyongyang's soldiers from the Kursk region.")
    assert events(d) == [_appeal({"japan"}, "north-korea")]
    d = run("Seoul and Tokyo have repeatedly called for the withdrawal of North Korean soldiers "
            "from Russian territory.")
    assert events(d) == [_appeal({"south-korea", "japan"}, "north-korea")]


def test_nominal_call_for_withdrawal() -> None:
    d = run("The European Union renewed its call for the withdrawal of all North Korean forces.")
    assert events(d) == [_appeal({"european-union"}, "north-korea")]
    d = run("L'Union européenne a lancé un appel au retrait des soldats nord-coréens.",
            language="fr")
    assert events(d) == [_appeal({"european-union"}, "north-korea")]


def test_withdrawal_in_italian() -> None:
    d = run("Il governo italiano ha chiesto il ritiro dei soldati nordcoreani dalla Russia.",
            language="it")
    assert events(d) == [_appeal({"italy"}, "north-korea")]
    d = run("Kiev chiede il ritiro immediato delle truppe di Pyongyang.", language="it")
    assert events(d) == [_appeal({"ukraine"}, "north-korea")]


def test_withdrawal_in_french() -> None:
    d = run("Berlin a exigé le retrait des soldats de Pyongyang.", language="fr")
    assert events(d) == [_appeal({"germany"}, "north-korea")]
    d = run("Kiev a réclamé le départ des troupes nord-coréennes de Russie.", language="fr")
    assert events(d) == [_appeal({"ukraine"}, "north-korea")]


# --- the international community ------------------------------------------------------------


def test_international_community_is_named_but_no_addressee() -> None:
    # GUIDELINES, settled at the start of session 16: an appeal to "the international
    # community" has its appellant alone (as "all parties"); the community stays named
    d = run("Seoul called on the international community to press Pyongyang.")
    assert events(d) == [("appeal", {("south-korea", "appellant")})]
    assert "international-community" in actor_ids(d)
    d = run("La Francia ha invitato la comunità internazionale a reagire.", language="it")
    assert events(d) == [("appeal", {("france", "appellant")})]
    d = run("La Pologne a appelé la communauté internationale à sanctionner Moscou.",
            language="fr")
    assert events(d) == [("appeal", {("poland", "appellant")})]


# --- blame laid on someone -------------------------------------------------------------------


def test_held_responsible_and_blame_in_english() -> None:
    assert events(run("Moscow held Kyiv responsible for the attack.")) == [
        _accusation("russia", "ukraine")]
    assert events(run("The Kremlin attributed responsibility for the strikes to Kyiv.")) == [
        _accusation("russia", "ukraine")]
    assert events(run("The Kremlin pinned the blame on Washington.")) == [
        _accusation("russia", "united-states")]
    assert events(run("Pyongyang blamed Seoul for the tensions.")) == [
        _accusation("north-korea", "south-korea")]
    assert events(run("South Korea's parliament held a hearing on Tuesday.")) == []


def test_responsibility_in_italian() -> None:
    d = run("Il Cremlino ha attribuito all'Occidente la responsabilità dell'escalation in "
            "Ucraina.", language="it")
    assert events(d) == [_accusation("russia", "the-west")]
    d = run("Pyongyang ritiene Seul responsabile delle tensioni.", language="it")
    assert events(d) == [_accusation("north-korea", "south-korea")]
    d = run("Mosca ha dato la colpa a Kiev per l'attacco.", language="it")
    assert events(d) == [_accusation("russia", "ukraine")]


def test_responsibility_in_french() -> None:
    d = run("Moscou a imputé à Kiev la responsabilité des frappes sur la région de Koursk.",
            language="fr")
    assert events(d) == [_accusation("russia", "ukraine")]
    d = run("Moscou a imputé la responsabilité à Kiev.", language="fr")
    assert events(d) == [_accusation("russia", "ukraine")]
    d = run("Pyongyang a tenu Séoul pour responsable de la dégradation de la situation.",
            language="fr")
    assert events(d) == [_accusation("north-korea", "south-korea")]
    d = run("Le Kremlin attribue à l'Occident la responsabilité du conflit.", language="fr")
    assert events(d) == [_accusation("russia", "the-west")]


# --- orders and help sought ------------------------------------------------------------------


def test_ordered_to_is_an_appeal_and_what_is_ordered_no_event() -> None:
    d = run("Washington ordered Pyongyang to withdraw its troops.")
    assert events(d) == [_appeal({"united-states"}, "north-korea")]
    d = run("Seul ha ordinato a Mosca di cessare la cooperazione militare con Pyongyang.",
            language="it")
    assert events(d) == [_appeal({"south-korea"}, "russia")]
    d = run("Séoul a ordonné à Moscou de mettre fin à sa coopération militaire avec Pyongyang.",
            language="fr")
    assert events(d) == [_appeal({"south-korea"}, "russia")]
    d = run("L'UE somme Pyongyang de retirer ses troupes.", language="fr")
    assert events(d) == [_appeal({"european-union"}, "north-korea")]
