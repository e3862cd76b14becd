"""Boundaries between event types told of the same actors, and the participants of support
(session 16, the type boundaries of the released rounds): troops fighting in a state's
region or where they are present help that state (`military_assistance`, the presence or
sending its own `deployment`, a purpose none); a trip told by a noun or a verb of travel
with its subject after it or a pronoun between is a `visit` (talks are a `meeting`); a
pledge voiced by a person is that person's `support`; a condemnation of a delivery "by" a
state is an `accusation` and names no recipient. Sentences written for these tests in wire
style, in EN, IT and FR, as minimal pairs where one word moves the type (no database; the
seed document's lexicon, as in tests/test_extract_embedded.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_embedded import run

Key = tuple[str, frozenset[tuple[str, str]]]


def _events(text: str, language: str) -> set[Key]:
    d = run(text, language=language, published="2024-11-14")
    return {(e["type"], frozenset((p["actor"], p["role"]) for p in e["participants"]))
            for e in d.document["events"]}


def ev(kind: str, *parts: str) -> Key:
    return kind, frozenset(tuple(p.split(":")) for p in parts)  # type: ignore[misc]


NK_RU_MA = ev("military_assistance", "north-korea:provider", "russia:recipient")
NK_RU_DEP = ev("deployment", "north-korea:sender", "russia:host")
NK_DEP = ev("deployment", "north-korea:sender")

# (language, text, events that must be drafted, events that must not be)
FIGHTING: list[Any] = [
    # fighting in a region named with its state, the troops' sending there told before:
    # that state is helped (the fighting draws no deployment of its own)
    ("en", "North Korea has sent thousands of soldiers to Russia.\nNorth Korean troops have "
           "taken part in the fighting in Russia's Kursk region.", [NK_RU_MA], []),
    ("en", "Some North Korean soldiers have joined the fighting against Ukrainian forces in "
           "the Russian region of Kursk.", [NK_RU_MA], [NK_RU_DEP]),
    ("en", "North Korean units were engaged in combat against the Ukrainian army in the "
           "Russian region of Kursk.", [NK_RU_MA], []),
    ("it", "Pyongyang ha inviato migliaia di soldati in Russia.\nSoldati nordcoreani hanno "
           "preso parte ai combattimenti nella regione russa di Kursk.", [NK_RU_MA], []),
    pytest.param(
        "it", "Alcune unità nordcoreane sono state impegnate in combattimento contro "
              "l'esercito ucraino nella regione russa di Kursk.", [NK_RU_MA], [],
        marks=pytest.mark.xfail(reason="'unità' is no troop noun (docs/extract.md, misses)",
                                strict=True)),
    ("fr", "Pyongyang a envoyé des milliers de soldats en Russie.\nDes soldats nord-coréens "
           "ont pris part aux combats dans la région russe de Koursk.", [NK_RU_MA], []),
    ("fr", "Des unités nord-coréennes ont été engagées dans des combats contre l'armée "
           "ukrainienne dans la région russe de Koursk.", [NK_RU_MA], []),
    # present in a state, some of them fighting there: the deployment and the help
    ("en", "More than 10,000 North Korean soldiers are now in the Russian region of Kursk, "
           "where some have already taken part in combat.", [NK_RU_DEP, NK_RU_MA], []),
    ("it", "Oltre 10.000 soldati nordcoreani si trovano nella regione russa di Kursk, dove "
           "alcuni avrebbero già preso parte ai combattimenti.", [NK_RU_DEP, NK_RU_MA], []),
    ("it", "Oltre 10.000 soldati di Pyongyang si troverebbero già in Russia e alcuni "
           "avrebbero preso parte ai combattimenti nella regione di Kursk.",
     [NK_RU_DEP, NK_RU_MA], []),
    ("fr", "Plus de 10 000 soldats nord-coréens se trouvent en Russie, où certains ont déjà "
           "pris part aux combats.", [NK_RU_DEP, NK_RU_MA], []),
    # killed in a region where they fight alongside an army: the help alone
    ("en", "North Korean soldiers have been killed in the Kursk region, where they are "
           "fighting alongside the Russian army.", [NK_RU_MA], [NK_DEP, NK_RU_DEP]),
    ("fr", "Des soldats nord-coréens ont été tués ou blessés dans la région de Koursk, où "
           "ils combattent aux côtés de l'armée russe.", [NK_RU_MA], [NK_DEP, NK_RU_DEP]),
    ("it", "Soldati nordcoreani sono stati uccisi nella regione di Kursk, dove combattono al "
           "fianco dell'esercito russo.", [NK_RU_MA], [NK_DEP, NK_RU_DEP]),
    # the participation in a liberation (a noun)
    ("en", "Pyongyang hailed the participation of North Korean soldiers in the liberation of "
           "the Russian region of Kursk.", [NK_RU_MA], []),
    ("it", "Pyongyang ha celebrato la partecipazione dei soldati nordcoreani alla liberazione "
           "della regione russa di Kursk.", [NK_RU_MA], []),
    ("fr", "Pyongyang a salué la participation des soldats nord-coréens à la libération de la "
           "région russe de Koursk.", [NK_RU_MA], []),
    # contrasts: present (no fighting), sent to fight (a purpose), negated, possible
    ("en", "North Korean troops are stationed in the Russian region of Kursk.",
     [NK_RU_DEP], [NK_RU_MA]),
    ("it", "Soldati nordcoreani si trovano nella regione russa di Kursk.",
     [NK_RU_DEP], [NK_RU_MA]),
    ("fr", "Des soldats nord-coréens se trouvent dans la région russe de Koursk.",
     [NK_RU_DEP], [NK_RU_MA]),
    ("en", "North Korea has sent troops to Russia to fight against Ukraine.",
     [NK_RU_DEP], [NK_RU_MA]),
    ("fr", "Pyongyang a envoyé des soldats en Russie pour combattre l'Ukraine.",
     [NK_RU_DEP], [NK_RU_MA]),
    ("en", "North Korean troops have not yet taken part in the fighting in the Russian "
           "region of Kursk.", [], [NK_RU_MA]),
    ("it", "I soldati nordcoreani non hanno ancora preso parte ai combattimenti nella "
           "regione russa di Kursk.", [], [NK_RU_MA]),
    ("fr", "Les soldats nord-coréens pourraient bientôt prendre part aux combats dans la "
           "région russe de Koursk.", [], [NK_RU_MA]),
    # fighting in a state's region with nothing told of the troops there, or against that
    # state's forces: no help read from the place
    ("en", "Ukrainian troops took part in the fighting in Russia's Kursk region.", [],
     [ev("military_assistance", "ukraine:provider", "russia:recipient")]),
    ("en", "North Korean soldiers are fighting Ukrainian troops in the Ukrainian region of "
           "Donetsk.", [], [ev("military_assistance", "north-korea:provider",
                               "ukraine:recipient")]),
    ("en", "Ukrainian troops fought against Russian forces in Russia's Kursk region.", [],
     [ev("military_assistance", "ukraine:provider", "russia:recipient")]),
    # fighting in a state's land against it helps nobody there
    ("en", "North Korean soldiers are fighting against Ukrainian forces in Ukraine.",
     [], [ev("military_assistance", "north-korea:provider", "ukraine:recipient")]),
]


@pytest.mark.parametrize(("language", "text", "want", "not_want"), FIGHTING)
def test_fighting_in_a_states_region_helps_that_state(language: str, text: str,
                                                     want: list[Key],
                                                     not_want: list[Key]) -> None:
    got = _events(text, language)
    assert set(want) <= got, got
    assert not set(not_want) & got, got


LAVROV_NK = ev("visit", "sergey-lavrov:visitor", "north-korea:host")
VISITS: list[Any] = [
    ("en", "The talks followed a visit to Pyongyang in October by Russian Foreign Minister "
           "Sergei Lavrov.", [LAVROV_NK], []),
    ("en", "It was the second trip to North Korea by Sergei Lavrov in two years.",
     [LAVROV_NK], []),
    ("en", "Sergei Lavrov himself had travelled to Pyongyang in October.", [LAVROV_NK], []),
    ("it", "Lo scorso ottobre si era recato a Pyongyang il ministro degli Esteri Sergei "
           "Lavrov.", [LAVROV_NK], []),
    ("it", "In ottobre era giunto a Pyongyang anche Sergei Lavrov.", [LAVROV_NK], []),
    ("it", "Si è recato a Pyongyang Sergei Lavrov.", [LAVROV_NK], []),
    ("it", "Si è recato a Pyongyang per incontrare Kim Jong Un.", [], [
        ev("visit", "kim-jong-un:visitor", "north-korea:host")]),
    ("it", "Si tratta del secondo viaggio di Lavrov in Corea del Nord.", [LAVROV_NK], []),
    ("it", "È la seconda visita di Sergei Lavrov a Pyongyang in due anni.", [LAVROV_NK], []),
    ("fr", "Sergueï Lavrov s'était lui-même rendu à Pyongyang en octobre.", [LAVROV_NK], []),
    ("fr", "Ce déplacement est le deuxième de Sergueï Lavrov en Corée du Nord.",
     [LAVROV_NK], []),
    ("fr", "C'est la deuxième visite de Sergueï Lavrov à Pyongyang en deux ans.",
     [LAVROV_NK], []),
    # contrasts: talks are a meeting, a trip planned is none
    ("en", "Sergei Lavrov held talks with Choe Son Hui in Moscow.",
     [ev("meeting", "sergey-lavrov:participant", "choe-son-hui:participant")], [LAVROV_NK]),
    ("it", "Sergei Lavrov dovrebbe recarsi a Pyongyang il mese prossimo.", [], [LAVROV_NK]),
    ("fr", "Sergueï Lavrov ne s'est jamais rendu à Pyongyang.", [], [LAVROV_NK]),
]


@pytest.mark.parametrize(("language", "text", "want", "not_want"), VISITS)
def test_a_trip_told_by_a_noun_or_an_inverted_verb_is_a_visit(language: str, text: str,
                                                              want: list[Key],
                                                              not_want: list[Key]) -> None:
    got = _events(text, language)
    assert set(want) <= got, got
    assert not set(not_want) & got, got


LAVROV_SUPPORTS_NK = ev("support", "sergey-lavrov:supporter", "north-korea:supported")
RU_SUPPORTS_NK = ev("support", "russia:supporter", "north-korea:supported")
CHOE_SUPPORTS_RU = ev("support", "choe-son-hui:supporter", "russia:supported")
NK_SUPPORTS_RU = ev("support", "north-korea:supporter", "russia:supported")
SUPPORT: list[tuple[str, str, list[Key], list[Key]]] = [
    # a person pledging that the state will stand by another: the person supports
    ("en", "Sergei Lavrov assured his hosts that Moscow would stand by Pyongyang.",
     [LAVROV_SUPPORTS_NK], [RU_SUPPORTS_NK]),
    ("en", "Sergei Lavrov pledged that Russia would always stand with North Korea.",
     [LAVROV_SUPPORTS_NK], [RU_SUPPORTS_NK]),
    ("en", "Choe Son Hui reaffirmed that Pyongyang would always stand with its Russian "
           "comrades.", [CHOE_SUPPORTS_RU], [NK_SUPPORTS_RU]),
    ("it", "Sergei Lavrov ha assicurato che Mosca resterà sempre al fianco di Pyongyang.",
     [LAVROV_SUPPORTS_NK], [RU_SUPPORTS_NK]),
    ("it", "Choe Son Hui ha ribadito che Pyongyang resterà «sempre al fianco dei compagni "
           "russi».", [CHOE_SUPPORTS_RU], [NK_SUPPORTS_RU]),
    ("fr", "Sergueï Lavrov a assuré ses hôtes que Moscou resterait aux côtés de Pyongyang.",
     [LAVROV_SUPPORTS_NK], [RU_SUPPORTS_NK]),
    ("fr", "Choe Son Hui a réaffirmé que Pyongyang se tiendrait toujours aux côtés de la "
           "Russie.", [CHOE_SUPPORTS_RU], [NK_SUPPORTS_RU]),
    # said, not pledged, or restated in the present: the state's support, the speaker its
    # source (as tests/test_extract_help_appeals.py reads "said")
    ("en", "Choe Son Hui said Pyongyang would always stand with its Russian comrades.",
     [NK_SUPPORTS_RU], [CHOE_SUPPORTS_RU]),
    ("en", "Sergei Lavrov reaffirmed that Moscow stands by Pyongyang.",
     [RU_SUPPORTS_NK], [LAVROV_SUPPORTS_NK]),
    # the state's support voiced by a person: the person, the one after "to"/"a"/"à"
    ("en", "Sergei Lavrov reaffirmed Moscow's full support for Pyongyang.",
     [LAVROV_SUPPORTS_NK], [RU_SUPPORTS_NK]),
    ("it", "Sergei Lavrov ha ribadito il pieno sostegno di Mosca a Pyongyang.",
     [LAVROV_SUPPORTS_NK], [RU_SUPPORTS_NK]),
    ("fr", "Sergueï Lavrov a réaffirmé le plein soutien de Moscou à Pyongyang.",
     [LAVROV_SUPPORTS_NK], [RU_SUPPORTS_NK]),
    # contrasts: the state itself pledging, with no person
    ("en", "Moscow will always stand by Pyongyang, the Kremlin said.", [], [LAVROV_SUPPORTS_NK]),
    # another state's stand told by a speaker: not the speaker's support
    ("en", "Volodymyr Zelensky said Moscow would always stand by Pyongyang.", [],
     [ev("support", "volodymyr-zelensky:supporter", "north-korea:supported")]),
    ("fr", "Volodymyr Zelensky a réaffirmé que Moscou resterait aux côtés de Pyongyang.", [],
     [ev("support", "volodymyr-zelensky:supporter", "north-korea:supported")]),
]


@pytest.mark.parametrize(("language", "text", "want", "not_want"), SUPPORT)
def test_a_pledge_voiced_by_a_person_is_the_persons_support(language: str, text: str,
                                                            want: list[Key],
                                                            not_want: list[Key]) -> None:
    got = _events(text, language)
    assert set(want) <= got, got
    assert not set(not_want) & got, got


BORRELL_NK = ev("accusation", "josep-borrell:accuser", "north-korea:accused")
CONDEMN: list[tuple[str, str, list[Key], list[Key]]] = [
    # a condemnation of a delivery "by" a state: an accusation; the condemner receives nothing
    ("en", "EU foreign policy chief Josep Borrell condemned the delivery of these missiles by "
           "Pyongyang.", [BORRELL_NK],
     [ev("supply", "north-korea:supplier", "josep-borrell:recipient")]),
    ("it", "L'alto rappresentante dell'Ue Josep Borrell ha condannato la consegna di questi "
           "missili da parte di Pyongyang.", [BORRELL_NK],
     [ev("supply", "north-korea:supplier", "josep-borrell:recipient")]),
    ("fr", "Le chef de la diplomatie européenne, Josep Borrell, a condamné la livraison de ces "
           "missiles par Pyongyang.", [BORRELL_NK],
     [ev("supply", "north-korea:supplier", "josep-borrell:recipient"),
      ev("statement", "josep-borrell:speaker")]),
    ("en", "EU foreign policy chief Josep Borrell condemned the delivery of North Korean "
           "missiles to Russia.", [BORRELL_NK,
                                   ev("supply", "north-korea:supplier", "russia:recipient")],
     []),
    ("fr", "Le chef de la diplomatie européenne, Josep Borrell, a condamné la livraison de "
           "missiles nord-coréens à la Russie.",
     [BORRELL_NK, ev("supply", "north-korea:supplier", "russia:recipient")], []),
]


@pytest.mark.parametrize(("language", "text", "want", "not_want"), CONDEMN)
def test_a_condemned_delivery_by_a_state_is_an_accusation(language: str, text: str,
                                                          want: list[Key],
                                                          not_want: list[Key]) -> None:
    got = _events(text, language)
    assert set(want) <= got, got
    assert not set(not_want) & got, got


NATO_NK = ev("accusation", "nato:accuser", "north-korea:accused")
HELP_OF: list[tuple[str, str, list[Key], list[Key]]] = [
    # help named by its noun, its adjectives between it and its giver: the giver helps
    ("en", "NATO denounced North Korea's growing support for the Russian war effort.",
     [NATO_NK, NK_RU_MA], [ev("military_assistance", "nato:provider",
                               "north-korea:recipient")]),
    ("it", "La Nato ha denunciato il crescente sostegno della Corea del Nord allo sforzo "
           "bellico russo.", [NATO_NK, NK_RU_MA], []),
    ("fr", "L'OTAN a dénoncé le soutien croissant de la Corée du Nord à l'effort de guerre "
           "russe.", [NATO_NK, NK_RU_MA],
     [ev("military_assistance", "nato:provider", "north-korea:recipient")]),
    ("fr", "L'OTAN a dénoncé l'aide militaire de la Corée du Nord à la Russie.",
     [NATO_NK, NK_RU_MA], [ev("military_assistance", "nato:provider",
                               "north-korea:recipient")]),
    ("it", "La Nato ha condannato l'aiuto militare della Corea del Nord alla Russia.",
     [NATO_NK, NK_RU_MA], []),
    # the support voiced by a person: the person (no substitution by the noun's giver)
    ("fr", "Kim Jong Un a exprimé le soutien indéfectible de la Corée du Nord à la Russie.",
     [ev("support", "kim-jong-un:supporter", "russia:supported")], []),
]


@pytest.mark.parametrize(("language", "text", "want", "not_want"), HELP_OF)
def test_the_giver_of_help_named_after_its_noun_helps(language: str, text: str,
                                                      want: list[Key],
                                                      not_want: list[Key]) -> None:
    got = _events(text, language)
    assert set(want) <= got, got
    assert not set(not_want) & got, got


KIM_PUTIN = ev("meeting", "kim-jong-un:participant", "vladimir-putin:participant")
KIM_RU = ev("visit", "kim-jong-un:visitor", "russia:host")
WHERE_TALKS: list[tuple[str, str, list[Key], list[Key]]] = [
    # arrival, a place between commas, talks in a clause of the place: the arrival is the
    # visit, the talks the traveller's meeting; the place's adjective no side
    ("en", "Kim Jong Un arrived on Wednesday at the Vostochny cosmodrome, in Russia's Far "
           "East, where he held talks with Vladimir Putin.", [KIM_RU, KIM_PUTIN],
     [ev("meeting", "russia:participant", "vladimir-putin:participant")]),
    ("it", "Kim Jong Un è arrivato ieri al cosmodromo di Vostochny, nell'Estremo Oriente "
           "russo, dove ha avuto con Vladimir Putin colloqui durati oltre quattro ore.",
     [KIM_RU, KIM_PUTIN], [ev("meeting", "russia:participant", "vladimir-putin:participant")]),
    ("fr", "Kim Jong Un est arrivé mercredi au cosmodrome de Vostotchny, dans l'Extrême-Orient "
           "russe, où il a eu des entretiens avec Vladimir Poutine.", [KIM_RU, KIM_PUTIN],
     [ev("meeting", "russia:participant", "vladimir-putin:participant")]),
    ("it", "Il leader nordcoreano Kim Jong Un è giunto martedì al cosmodromo di Vostochny, "
           "nella regione russa dell'Amur, dove ha avuto colloqui con Vladimir Putin.",
     [KIM_PUTIN], [ev("meeting", "russia:participant", "vladimir-putin:participant")]),
    # the talks held at a place named with "of": the place no side
    ("fr", "Vladimir Poutine a eu des entretiens avec Kim Jong Un au cosmodrome de "
           "Vostotchny.", [KIM_PUTIN], []),
    ("it", "Vladimir Putin ha avuto colloqui con Kim Jong Un al cosmodromo di Vostochny.",
     [KIM_PUTIN], []),
]


@pytest.mark.parametrize(("language", "text", "want", "not_want"), WHERE_TALKS)
def test_talks_where_the_traveller_arrived_are_his_meeting(language: str, text: str,
                                                           want: list[Key],
                                                           not_want: list[Key]) -> None:
    got = _events(text, language)
    assert set(want) <= got, got
    assert not set(not_want) & got, got


YOON_RUTTE = ev("meeting", "yoon-suk-yeol:participant", "mark-rutte:participant")
CALLS: list[tuple[str, str, list[Key], list[Key]]] = [
    # what two named people discussed by phone: a call, a meeting (GUIDELINES, session 12)
    ("en", "South Korean President Yoon Suk Yeol and Mark Rutte discussed the situation by "
           "phone on Monday.", [YOON_RUTTE], []),
    ("en", "Yoon Suk Yeol discussed the situation with Mark Rutte by phone on Monday.",
     [YOON_RUTTE], []),
    ("it", "Yoon Suk Yeol e Mark Rutte hanno discusso della situazione al telefono lunedì.",
     [YOON_RUTTE], []),
    ("fr", "Yoon Suk Yeol et Mark Rutte ont évoqué la situation par téléphone lundi.",
     [YOON_RUTTE], []),
    # contrasts: a call to come, a call denied
    ("en", "Yoon Suk Yeol and Mark Rutte will discuss the situation by phone on Monday.", [],
     [YOON_RUTTE]),
    ("fr", "Yoon Suk Yeol et Mark Rutte n'ont pas évoqué la situation par téléphone.", [],
     [YOON_RUTTE]),
]


@pytest.mark.parametrize(("language", "text", "want", "not_want"), CALLS)
def test_what_two_discussed_by_phone_is_a_meeting(language: str, text: str,
                                                   want: list[Key],
                                                   not_want: list[Key]) -> None:
    got = _events(text, language)
    assert set(want) <= got, got
    assert not set(not_want) & got, got
