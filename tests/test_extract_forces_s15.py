"""Deployments, supplies and military assistance told in more ways (session 15, forces
round): troops told present by their arrival, by being seen there or by a conditional of
hearsay; troop nouns that are also adjectives ("militari", "militaires", "units") used as
nouns. Sentences written for these tests in wire style, in EN, IT and FR (no database; the
seed document's lexicon, as in tests/test_extract_embedded.py).
"""

from __future__ import annotations

import pytest

from tests.test_extract_embedded import events, run

NK, RU = "north-korea", "russia"
DEPLOYED = ("deployment", {(NK, "sender"), (RU, "host")})
NK_SENT = ("deployment", {(NK, "sender")})
HELPS = ("military_assistance", {(NK, "provider"), (RU, "recipient")})
NK_TO_RU = ("supply", {(NK, "supplier"), (RU, "recipient")})
RU_TO_NK = ("supply", {(RU, "supplier"), (NK, "recipient")})


def _sorted(evs: list[tuple[str, set[tuple[str, str]]]]) -> list[tuple[str, list[tuple[str, str]]]]:
    return sorted((t, sorted(p)) for t, p in evs)


def check(lang: str, text: str, want: list[tuple[str, set[tuple[str, str]]]]) -> None:
    d = run(text, language=lang, published="2024-11-20")
    assert _sorted(events(d)) == _sorted(want), text


PRESENCE = [
    # arrival and sighting in a region (its sender alone) or in a state (its host)
    ("en", "North Korean troops arrived in the Kursk region last week.", [NK_SENT]),
    ("en", "North Korean troops arrived in Russia last week.", [DEPLOYED]),
    ("en", "North Korean soldiers have been spotted in the Kursk region, Kyiv said.", [NK_SENT]),
    ("en", "The first North Korean units arrived in the Kursk region last week.", [NK_SENT]),
    ("en", "North Korean forces are stationed in Russia, according to Seoul.", [DEPLOYED]),
    ("it", "Circa 10.000 soldati nordcoreani si troverebbero già nella regione di Kursk.",
     [NK_SENT]),
    ("it", "I primi reparti nordcoreani sono arrivati nella regione di Kursk.", [NK_SENT]),
    ("it", "Secondo Kiev, i primi reparti nordcoreani sarebbero già stati avvistati nella "
           "regione di Kursk.", [NK_SENT]),
    ("it", "Almeno 8.000 militari nordcoreani sono già nella regione di Kursk.", [NK_SENT]),
    ("it", "I militari nordcoreani si trovano in Russia, secondo Seul.", [DEPLOYED]),
    ("it", "Migliaia di soldati nordcoreani sono giunti in Russia.", [DEPLOYED]),
    ("fr", "Des militaires nord-coréens se trouveraient dans la région de Koursk, selon Kiev.",
     [NK_SENT]),
    ("fr", "Les premières unités nord-coréennes sont arrivées dans la région de Koursk.",
     [NK_SENT]),
    ("fr", "Quelque 3 000 militaires nord-coréens sont désormais en Russie, selon Séoul.",
     [DEPLOYED]),
    ("fr", "Des soldats nord-coréens ont été repérés dans la région de Koursk.", [NK_SENT]),
    # no presence told: an adjective, a future, a possibility, a negation
    ("en", "Russian forces are in Kursk.", []),
    ("en", "North Korean units will arrive in Russia next month.", []),
    ("en", "The North Korean units could be in Kursk by next week.", []),
    ("fr", "Les exercices militaires nord-coréens sont en cours.", []),
    ("fr", "Les unités nord-coréennes pourraient arriver en Russie le mois prochain.", []),
    ("it", "Le esercitazioni militari nordcoreane sono in corso nella regione.", []),
]


@pytest.mark.parametrize("lang,text,want", PRESENCE)
def test_troops_present(lang: str, text: str, want: list[tuple[str, set[tuple[str, str]]]]) -> None:
    check(lang, text, want)


FIGHTING_TOLD_AFTER = [
    # troops sent, then their fighting in a clause pointing back to them: two events
    ("en", "Pyongyang has sent more than 10,000 soldiers to Russia, some of whom have already "
           "been engaged in combat in the Kursk region.", [DEPLOYED, HELPS]),
    ("en", "Pyongyang has sent 10,000 soldiers to Russia and committed them to the fighting in "
           "the Kursk region.", [DEPLOYED, HELPS]),
    ("en", "Pyongyang has sent 10,000 soldiers to Russia, where they helped repel a Ukrainian "
           "incursion.", [DEPLOYED, HELPS]),
    ("it", "Oltre 10.000 soldati nordcoreani sono stati schierati nella regione russa di Kursk, e "
           "alcuni hanno già preso parte ai combattimenti contro le forze ucraine.",
     [DEPLOYED, HELPS]),
    ("it", "Pyongyang ha inviato 10.000 soldati in Russia, dove hanno aiutato a respingere "
           "l'incursione ucraina.", [DEPLOYED, HELPS]),
    ("fr", "Pyongyang a envoyé 10 000 soldats en Russie, dont certains ont déjà pris part aux "
           "combats.", [DEPLOYED, HELPS]),
    # (a source's adjective is no provider: the troops pointed back to are the sender's)
    ("it", "Secondo fonti sudcoreane, oltre 10.000 soldati nordcoreani sono stati schierati "
           "nella regione russa di Kursk, e alcuni hanno già preso parte ai combattimenti.",
     [DEPLOYED, HELPS]),
    ("fr", "La Corée du Nord a déployé des troupes en Russie, affirmant que ses soldats avaient "
           "contribué à la « libération » de la région de Koursk.", [DEPLOYED, HELPS]),
    # help in an act of combat: whom it is given to is its object or the freed place's state,
    # never the attacker's adjective
    ("en", "North Korean soldiers helped repel a Ukrainian incursion in Russia's Kursk region.",
     [HELPS]),
    ("en", "North Korean units had helped Russian troops retake the Kursk region.", [HELPS]),
    ("en", "North Korean troops took part in the liberation of Russia's Kursk region.", [HELPS]),
    ("it", "I soldati nordcoreani hanno aiutato a respingere l'incursione ucraina nella regione "
           "russa di Kursk.", [HELPS]),
    ("it", "I soldati nordcoreani hanno preso parte ai combattimenti a fianco dell'esercito "
           "russo.", [HELPS]),
    ("fr", "Les soldats nord-coréens ont aidé à repousser l'incursion ukrainienne dans la région "
           "russe de Koursk.", [HELPS]),
    # taking part in no fighting is no help (the troops in Moscow are there: GUIDELINES,
    # troops told present somewhere)
    ("it", "I soldati nordcoreani hanno partecipato alla parata militare a Mosca.", [DEPLOYED]),
    ("en", "Pyongyang sent 10,000 soldiers to Russia, some of whom attended a parade in Moscow.",
     [DEPLOYED]),
]


@pytest.mark.parametrize("lang,text,want", FIGHTING_TOLD_AFTER)
def test_fighting_told_after(lang: str, text: str,
                             want: list[tuple[str, set[tuple[str, str]]]]) -> None:
    check(lang, text, want)


SUPPLIES = [
    # the "by" of a participle of the goods is that participle's agent: who uses the goods
    # received them, whoever supplies them
    ("en", "North Korea is supplying about half of the artillery shells fired by Russian forces.",
     [NK_TO_RU]),
    ("en", "North Korea supplies most of the shells used by the Russian army.", [NK_TO_RU]),
    ("it", "La Corea del Nord fornisce metà dei proiettili sparati dalle forze russe.",
     [NK_TO_RU]),
    ("fr", "La Corée du Nord fournit la moitié des obus tirés par l'armée russe.", [NK_TO_RU]),
    ("en", "Shells were shipped to Russia by North Korea.", [NK_TO_RU]),
    ("en", "North Korea sent Russia shells made by its own factories.", [NK_TO_RU]),
    # a past fact hedged by an adverb between "had" and its participle
    ("en", "Russia had likely given Pyongyang air-defence systems, Seoul said.", [RU_TO_NK]),
    ("en", "Russia has probably given North Korea air-defence systems.", [RU_TO_NK]),
    ("en", "Russia will likely give North Korea air-defence systems.", []),
    # buying told in every form: who buys receives
    ("en", "Moscow has been buying North Korean artillery shells, Seoul said.", [NK_TO_RU]),
    ("en", "Moscow is buying artillery shells from North Korea.", [NK_TO_RU]),
    ("it", "Mosca acquista proiettili d'artiglieria dalla Corea del Nord.", [NK_TO_RU]),
    ("fr", "Moscou achète des obus à la Corée du Nord.", [NK_TO_RU]),
    ("en", "Moscow is buying wheat from North Korea.", []),
]


@pytest.mark.parametrize("lang,text,want", SUPPLIES)
def test_supplies(lang: str, text: str, want: list[tuple[str, set[tuple[str, str]]]]) -> None:
    check(lang, text, want)


WEAPONS_COME_FROM = [
    # the weapons a state uses come from another: the user named by "by" or as the subject
    # of the verb of use right after the weapons; a conditional of hearsay of coming
    ("en", "Roughly half of the artillery shells Russia fires in Ukraine now come from North "
           "Korea.", [NK_TO_RU]),
    ("en", "Most of the missiles Moscow launched at Kyiv came from North Korea.", [NK_TO_RU]),
    ("it", "Quasi la metà dei proiettili d'artiglieria sparati dalle forze russe al fronte "
           "proverrebbe dalla Corea del Nord.", [NK_TO_RU]),
    ("fr", "La moitié des obus tirés par l'armée russe proviendraient de Corée du Nord.",
     [NK_TO_RU]),
    # a front's state is named beside it, not where something comes from
    ("it", "I soldati nordcoreani combattono al fronte della Russia.", [HELPS]),
    ("en", "Half of the grain Russia exports comes from Ukraine.", []),
]


@pytest.mark.parametrize("lang,text,want", WEAPONS_COME_FROM)
def test_weapons_come_from(lang: str, text: str,
                           want: list[tuple[str, set[tuple[str, str]]]]) -> None:
    check(lang, text, want)


TROOPS_USED = [
    # another state's troops used by a state: their state helps the user (as weapons used
    # were supplied); the accused of using them is the user alone
    ("en", "Russia is using North Korean soldiers in the Kursk region.", [HELPS]),
    ("en", "Russian commanders have employed North Korean troops in assaults.", [HELPS]),
    ("it", "La Russia utilizza truppe nordcoreane nella regione di Kursk.", [HELPS]),
    ("fr", "La Russie utilise des soldats nord-coréens dans la région de Koursk.", [HELPS]),
    ("en", "Zelensky accused Moscow of using North Korean soldiers as cannon fodder.",
     [HELPS, ("accusation", {("volodymyr-zelensky", "accuser"), (RU, "accused")})]),
    # troops attacked, or weapons used, are no help of troops
    ("en", "Ukraine used drones against North Korean soldiers in Kursk.", []),
    ("it", "L'Ucraina ha usato droni contro i soldati nordcoreani.", []),
    ("fr", "L'armée ukrainienne a utilisé des drones contre les soldats nord-coréens.", []),
    ("en", "Russian forces used North Korean artillery in Kursk.", [NK_TO_RU]),
]


@pytest.mark.parametrize("lang,text,want", TROOPS_USED)
def test_troops_used(lang: str, text: str, want: list[tuple[str, set[tuple[str, str]]]]) -> None:
    check(lang, text, want)


NUMBERS = [
    # a number's comma opens no clause set between commas ("more than 10,000 troops to
    # Russia, a charge that ...": Russia is the host)
    ("en", "Seoul and Washington say North Korea has sent more than 10,000 troops to Russia, a "
           "charge that neither Moscow nor Pyongyang has confirmed.", [DEPLOYED]),
    ("en", "North Korea has shipped 20,000 containers of munitions to Russia, a figure Moscow "
           "disputes.", [NK_TO_RU]),
]


@pytest.mark.parametrize("lang,text,want", NUMBERS)
def test_numbers(lang: str, text: str, want: list[tuple[str, set[tuple[str, str]]]]) -> None:
    check(lang, text, want)


REPORTED_RELATIVES = [
    # a fact told in a relative clause with a source of its own: the main clause's word of
    # talk is about the noun; the relative clause tells the sending, reported by its source
    ("en", "They discussed the North Korean soldiers that Seoul says have been sent to Russia.",
     [DEPLOYED]),
    ("fr", "Ils ont évoqué les soldats nord-coréens que Séoul dit avoir été envoyés en Russie.",
     [DEPLOYED]),
    ("it", "Hanno discusso dei soldati nordcoreani che secondo Seul sono stati inviati in Russia.",
     [DEPLOYED]),
    # a sending discussed, with no source telling it happened, is none
    ("en", "They discussed sending more soldiers to Russia.", []),
]


@pytest.mark.parametrize("lang,text,want", REPORTED_RELATIVES)
def test_reported_relatives(lang: str, text: str,
                            want: list[tuple[str, set[tuple[str, str]]]]) -> None:
    check(lang, text, want)


USER_IN_RELATIVE = [
    # weapons supplied whose user is the subject of an object relative after them: who used
    # them received them; who shot them down did not
    ("en", "North Korea supplied about a hundred ballistic missiles, which Moscow fired at "
           "Ukrainian cities.", [NK_TO_RU]),
    ("fr", "Pyongyang a fourni une centaine de missiles balistiques, que Moscou a tirés sur des "
           "villes ukrainiennes.", [NK_TO_RU]),
    ("it", "La Corea del Nord ha fornito un centinaio di missili balistici, che la Russia ha "
           "lanciato contro le città ucraine.", [NK_TO_RU]),
    ("en", "North Korea supplied missiles, which Ukraine later shot down.", []),
]


@pytest.mark.parametrize("lang,text,want", USER_IN_RELATIVE)
def test_user_in_relative(lang: str, text: str,
                          want: list[tuple[str, set[tuple[str, str]]]]) -> None:
    check(lang, text, want)


CONDITIONS = [
    # a name in a clause of condition after the trigger is no side of what happened
    ("fr", "Antony Blinken a averti que les soldats nord-coréens seraient des cibles légitimes "
           "s'ils entraient en Ukraine.", []),
    ("en", "Blinken warned that North Korean troops would be legitimate targets if they entered "
           "Ukraine.", []),
    ("en", "North Korean troops are stationed in Russia, as if nothing happened.", [DEPLOYED]),
]


@pytest.mark.parametrize("lang,text,want", CONDITIONS)
def test_conditions(lang: str, text: str, want: list[tuple[str, set[tuple[str, str]]]]) -> None:
    d = run(text, language=lang, published="2024-11-20")
    got = [(t, p) for t, p in events(d) if t in ("deployment", "supply", "military_assistance")]
    assert _sorted(got) == _sorted(want), text


DESTINED = [
    # troops or goods destined for a front: a purpose, no help told (GUIDELINES, session 14:
    # a purpose tells no event, the sending alone)
    ("it", "Pyongyang ha inviato in Russia oltre 10.000 soldati destinati al fronte ucraino.",
     [DEPLOYED]),
    ("fr", "Pyongyang a envoyé en Russie 10 000 soldats destinés au front ukrainien.",
     [DEPLOYED]),
    ("en", "Pyongyang sent 10,000 soldiers to Russia destined for the front line.", [DEPLOYED]),
    # troops sent to be trained are trained, they help nobody yet
    ("en", "Around 3,000 North Korean soldiers had been moved to Russia for training.",
     [DEPLOYED]),
    ("it", "Circa 3.000 soldati nordcoreani sono stati trasferiti in Russia per l'addestramento.",
     [DEPLOYED]),
    ("fr", "Quelque 3 000 soldats nord-coréens ont été envoyés en Russie pour y être formés.",
     [DEPLOYED]),
    ("en", "North Korean instructors are training Russian soldiers.", [HELPS]),
    # a purpose after a number of two tokens and an adverb: the sending alone
    ("fr", "Pyongyang aurait envoyé depuis plus de 14 000 soldats combattre aux côtés des forces "
           "russes.", [DEPLOYED]),
    ("en", "Pyongyang has since sent more than 14,000 soldiers to fight alongside Russian forces.",
     [DEPLOYED]),
]


@pytest.mark.parametrize("lang,text,want", DESTINED)
def test_destined(lang: str, text: str, want: list[tuple[str, set[tuple[str, str]]]]) -> None:
    check(lang, text, want)
