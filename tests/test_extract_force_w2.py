"""Deployments, supplies and military assistance, second wave of session 15: troops
counted and sent with no place named (their sender alone), and more. Sentences written for
these tests in wire style, in EN, IT and FR (no database; the seed document's lexicon, as
in tests/test_extract_embedded.py).
"""

from __future__ import annotations

import pytest

from tests.test_extract_embedded import run
from tests.test_extract_forces_s15 import DEPLOYED, NK_SENT, check

UNPLACED = [
    # troops counted and sent, no place named: the sending, its sender alone
    ("en", "Pyongyang has deployed thousands of troops, the Pentagon said on Monday.", [NK_SENT]),
    ("en", "North Korea has sent about 12,000 soldiers so far, the Pentagon said.", [NK_SENT]),
    ("it", "Secondo Seul, Pyongyang avrebbe inviato finora circa 15.000 uomini.", [NK_SENT]),
    ("it", "La Corea del Nord ha mandato altri 3.000 soldati, secondo Seul.", [NK_SENT]),
    ("fr", "Selon Séoul, Pyongyang a envoyé plus de 10 000 soldats depuis octobre.", [NK_SENT]),
    # the place named after the verb, or in the fact joined before: the host
    ("en", "Pyongyang has supplied Russia with missiles and sent about 11,000 troops.",
     [("supply", {("north-korea", "supplier"), ("russia", "recipient")}), DEPLOYED]),
    ("fr", "Pyongyang a envoyé plus de 10 000 soldats en Russie.", [DEPLOYED]),
    # no number (who sent what is not sure enough), a future, a possibility, a negation
    ("en", "North Korea will send 5,000 more troops.", []),
    ("en", "North Korea could send 10,000 soldiers.", []),
    ("en", "North Korea has not sent any troops, Pyongyang said.", []),
    ("it", "La Corea del Nord non ha inviato 10.000 soldati.", []),
]


@pytest.mark.parametrize("lang,text,want", UNPLACED)
def test_sent_unplaced(lang: str, text: str, want: list[tuple[str, set[tuple[str, str]]]]) -> None:
    check(lang, text, want)


HELPS = ("military_assistance", {("north-korea", "provider"), ("russia", "recipient")})
ZELENSKY = "volodymyr-zelensky"

SAYING_GERUND = [
    # a gerund of saying after an appeal: what it tells is no part of what is asked, and
    # the main clause's subject reports it
    ("en", "Zelensky called for more pressure, saying North Korean soldiers were already "
           "fighting alongside Russian troops.", HELPS),
    ("en", "Zelensky urged Western allies to impose new sanctions, saying North Korea had "
           "sent troops to Russia.", DEPLOYED),
    ("it", "Zelensky ha chiesto più pressione, affermando che i soldati nordcoreani "
           "combattono già al fianco delle truppe russe.", HELPS),
    ("it", "Zelensky ha esortato gli alleati a reagire, sostenendo che Pyongyang ha inviato "
           "soldati in Russia.", DEPLOYED),
    ("fr", "Zelensky a appelé les alliés à réagir, en affirmant que la Corée du Nord avait "
           "envoyé des soldats en Russie.", DEPLOYED),
]


@pytest.mark.parametrize("lang,text,want", SAYING_GERUND)
def test_saying_gerund_after_appeal(lang: str, text: str,
                                    want: tuple[str, set[tuple[str, str]]]) -> None:
    d = run(text, language=lang, published="2024-11-20").document
    found = [e for e in d["events"] if e["type"] == want[0]
             and {(p["actor"], p["role"]) for p in e["participants"]} == want[1]]
    assert found, text
    claims = [(c["certainty"], c["asserted_by"]) for c in d["claims"]
              if c.get("event") == found[0]["id"]]
    assert claims == [("reported", [ZELENSKY])], text


def test_saying_gerund_after_said_keeps_its_verb() -> None:
    # a verb of saying before the gerund: its attribution, not the first name's
    d = run("The ministry said North Korea has sent 10,000 soldiers to Russia, adding that "
            "some were fighting in Kursk.", language="en", published="2024-11-20").document
    assert not any("north-korea" in c["asserted_by"] for c in d["claims"])


FIGHT_AFTER_PLACE = [
    # troops' fighting told in a clause of the place after a comma: that clause's trigger,
    # not a noun of fighting before it
    ("en", "The ministers discussed the battle in Kursk, where North Korean troops fought "
           "alongside Russian units earlier this year.", [HELPS]),
    # joining another army in combat, the army between the verb and the fighting
    ("en", "About 10,000 North Korean soldiers have been moved to Russia's Kursk region, where "
           "some have already joined Russian units in combat.", [DEPLOYED, HELPS]),
    ("fr", "Quelque 10 000 soldats nord-coréens ont été envoyés dans la région russe de "
           "Koursk, où certains ont déjà rejoint les unités russes au combat.",
     [DEPLOYED, HELPS]),
    ("it", "Circa 10.000 soldati nordcoreani sono stati inviati nella regione russa di Kursk, "
           "dove alcuni si sono già uniti alle unità russe in combattimento.",
     [DEPLOYED, HELPS]),
    ("en", "North Korea sent 10,000 soldiers to Russia, where they joined the Russian army in "
           "the fight against Ukraine.", [DEPLOYED, HELPS]),
    # training near a front is training: its trainees' state is helped
    ("en", "North Korean artillery crews have been training Russian soldiers near the front "
           "line.", [HELPS]),
]


@pytest.mark.parametrize("lang,text,want", FIGHT_AFTER_PLACE)
def test_fight_after_place(lang: str, text: str,
                           want: list[tuple[str, set[tuple[str, str]]]]) -> None:
    check(lang, text, want)


NK_TO_RU = ("supply", {("north-korea", "supplier"), ("russia", "recipient")})

PRESS = [
    # "la presse" after an article is the press, no verb of pressing that rules out the fact
    ("fr", "Le ministre a déclaré devant la presse que Pyongyang avait livré des obus à "
           "Moscou.", [NK_TO_RU]),
    ("fr", "Le ministre a indiqué à la presse que la Corée du Nord avait envoyé des soldats en "
           "Russie.", [DEPLOYED]),
    ("fr", "« C'est une escalade », a déclaré Kaja Kallas devant la presse, en affirmant que "
           "Pyongyang avait livré à Moscou « des millions d'obus ».",
     [NK_TO_RU, ("statement", {("kaja-kallas", "speaker")})]),
    # pressing someone to act still tells what is asked, no fact
    ("fr", "Kiev a pressé Séoul de livrer des armes à l'Ukraine.",
     [("appeal", {("ukraine", "appellant"), ("south-korea", "addressee")})]),
]


@pytest.mark.parametrize("lang,text,want", PRESS)
def test_the_press_is_no_pressing(lang: str, text: str,
                                  want: list[tuple[str, set[tuple[str, str]]]]) -> None:
    check(lang, text, want)


REGION_BACK = [
    # "the region" with nothing after it: the region told before, the same deployment
    ("en", "North Korea has sent troops to Russia's Kursk region, Kyiv said. About 11,000 North "
           "Korean soldiers are now in the region, according to the Pentagon.", [DEPLOYED]),
    ("it", "La Corea del Nord ha inviato soldati nella regione russa di Kursk. Circa 11.000 "
           "soldati nordcoreani si trovano ormai nella regione, secondo Seul.", [DEPLOYED]),
    ("fr", "Des unités nord-coréennes ont été déployées dans la région russe de Koursk. Selon "
           "Kiev, quelque 11 000 soldats nord-coréens se trouvent désormais dans la région.",
     [DEPLOYED]),
    # with none told before, or a region named: its sender alone
    ("en", "About 11,000 North Korean soldiers are now in the region, according to the "
           "Pentagon.", [NK_SENT]),
    ("en", "North Korea has sent troops to Russia. About 11,000 North Korean soldiers are now "
           "in the Kursk region.", [DEPLOYED, NK_SENT]),
]


@pytest.mark.parametrize("lang,text,want", REGION_BACK)
def test_region_told_before(lang: str, text: str,
                            want: list[tuple[str, set[tuple[str, str]]]]) -> None:
    check(lang, text, want)
