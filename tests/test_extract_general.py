"""The embedded extractor on phrasings none of the gold cases use: general mechanisms
(passives, nominal events, implicit subjects, synonyms), each checked on sentences
written for these tests in wire style (no database; the seed document's lexicon, as in
tests/test_extract_embedded.py).
"""

from __future__ import annotations

from tests.test_extract_embedded import claims, events, run

NK_TO_RU = ("supply", {("north-korea", "supplier"), ("russia", "recipient")})
RU_TO_NK = ("supply", {("russia", "supplier"), ("north-korea", "recipient")})
DEPLOYED = ("deployment", {("north-korea", "sender"), ("russia", "host")})

# --- passives: the agent after "by", "da", "par" ----------------------------------------


def test_who_confirms_in_the_passive_is_the_agent_after_by() -> None:
    d = run("The shipment of North Korean missiles to Russia was confirmed by Kyiv.")
    assert events(d) == [NK_TO_RU]
    assert claims(d, "supply") == [("confirmed", ["ukraine"])]
    d = run("L'invio di truppe nordcoreane in Russia è stato confermato dalla Nato.",
            language="it")
    assert events(d) == [DEPLOYED]
    assert claims(d, "deployment") == [("confirmed", ["nato"])]
    d = run("Le déploiement de troupes nord-coréennes en Russie a été confirmé par Kiev.",
            language="fr")
    assert events(d) == [DEPLOYED]
    assert claims(d, "deployment") == [("confirmed", ["ukraine"])]


def test_a_passive_agent_far_after_its_participle() -> None:
    d = run("Thousands of artillery shells were shipped to Russia last autumn by North "
            "Korea, according to the report.")
    assert events(d) == [NK_TO_RU]
    d = run("Troops were sent to Russia's Kursk region in October by Pyongyang.")
    assert events(d) == [DEPLOYED]
    d = run("Migliaia di proiettili sono stati spediti in Russia lo scorso autunno dalla "
            "Corea del Nord.", language="it")
    assert events(d) == [NK_TO_RU]
    d = run("Des obus ont été livrés à la Russie au cours de l'automne par la Corée du "
            "Nord.", language="fr")
    assert events(d) == [NK_TO_RU]


def test_a_by_phrase_of_another_verb_is_not_the_agent() -> None:
    # not a passive participle: "taken by Moscow" is what the support is for
    d = run("Choe Son Hui voiced support for all the steps taken by Moscow.")
    assert ("support", {("choe-son-hui", "supporter"), ("russia", "supported")}) in events(d)


# --- who says so does it ----------------------------------------------------------------


def test_an_appeal_phrase_is_no_verb_of_saying() -> None:
    d = run("Ukraine called on South Korea to supply weapons.")
    assert events(d) == [("appeal", {("ukraine", "appellant"), ("south-korea", "addressee")})]
    d = run("Poland called on China to rein in North Korea.")
    assert events(d) == [("appeal", {("poland", "appellant"), ("china", "addressee")})]


def test_a_gerund_after_a_denial_is_the_deniers_act() -> None:
    d = run("Russia denied receiving weapons from North Korea.")
    assert events(d) == [NK_TO_RU]
    assert claims(d, "supply") == [("denied", ["russia"])]
    d = run("North Korea denied ever sending soldiers to Russia.")
    assert events(d) == [DEPLOYED]
    assert claims(d, "deployment") == [("denied", ["north-korea"])]
    d = run("La Corée du Nord a nié avoir envoyé des soldats en Russie.", language="fr")
    assert events(d) == [DEPLOYED]


def test_that_it_after_a_verb_of_saying_is_its_subject() -> None:
    d = run("North Korea has rejected reports that it sent troops to Russia.")
    assert events(d) == [DEPLOYED]
    assert claims(d, "deployment") == [("denied", ["north-korea"])]
    d = run("Moscow acknowledged that it supplied air-defence systems to Pyongyang.")
    assert events(d) == [RU_TO_NK]
