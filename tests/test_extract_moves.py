"""Movements told in the many ways wire reports tell them (session 14, moves round):
troops sent, moved, rushed or arriving; help told by its manner ("militarily") or by troops
backing, integrated in or under the command of another army; weapons used by another state;
trips told by a visit noun in a phrase of time or by the place left. Sentences written for
these tests in wire style, in EN, IT and FR (no database; the seed document's lexicon, as in
tests/test_extract_embedded.py).
"""

from __future__ import annotations

import pytest

from tests.test_extract_embedded import events, run

NK, RU = "north-korea", "russia"
DEPLOYED = ("deployment", {(NK, "sender"), (RU, "host")})
NK_SENT = ("deployment", {(NK, "sender")})
HELPS = ("military_assistance", {(NK, "provider"), (RU, "recipient")})
NK_TO_RU = ("supply", {(NK, "supplier"), (RU, "recipient")})


def _visit(visitor: str, host: str) -> tuple[str, set[tuple[str, str]]]:
    return ("visit", {(visitor, "visitor"), (host, "host")})


def _meeting(a: str, b: str) -> tuple[str, set[tuple[str, str]]]:
    return ("meeting", {(a, "participant"), (b, "participant")})


def _sorted(evs: list[tuple[str, set[tuple[str, str]]]]) -> list[tuple[str, list[tuple[str, str]]]]:
    return sorted((t, sorted(p)) for t, p in evs)


def check(lang: str, text: str, want: list[tuple[str, set[tuple[str, str]]]]) -> None:
    d = run(text, language=lang, published="2024-11-20")
    assert _sorted(events(d)) == _sorted(want), text


DEPLOYMENTS = [
    ("en", "North Korea rushed another 1,500 troops to the Kursk region.", [NK_SENT]),
    ("en", "A battalion of North Korean marines was airlifted to Russia.", [DEPLOYED]),
    ("en", "Pyongyang has dispatched a second contingent to Russia.", [DEPLOYED]),
    ("en", "North Korean military engineers were sent to Russia.", [DEPLOYED]),
    ("en", "North Korean military personnel were sent to Russia.", [DEPLOYED]),
    ("en", "North Korean army engineers were sent to Russia.", [DEPLOYED]),
    ("en", "Pyongyang sent military engineers to Russia.", [DEPLOYED]),
    ("it", "Secondo Seul, nuovi contingenti nordcoreani sono giunti in Russia.", [DEPLOYED]),
    ("it", "Pyongyang ha mandato in Russia altri 1.500 militari.", [DEPLOYED]),
    ("fr", "De nouveaux contingents nord-coréens sont arrivés en Russie.", [DEPLOYED]),
    ("fr", "Des troupes nord-coréennes ont été acheminées vers la région de Koursk.", [NK_SENT]),
    ("fr", "Pyongyang a expédié des milliers de soldats en Russie.", [DEPLOYED]),
    ("it", "Circa 1.500 membri delle forze speciali nordcoreane sono stati trasportati "
           "nell'Estremo Oriente russo.", [DEPLOYED]),
    ("fr", "Quelque 1 500 membres des forces spéciales nord-coréennes ont été transportés dans "
           "l'Extrême-Orient russe.", [DEPLOYED]),
    ("en", "North Korean troops were transported to Russia by ship.", [DEPLOYED]),
    ("en", "Russia transported North Korean shells to the front.", []),
    # the troops named first, who sent them after, in a relative clause
    ("en", "The 11,000 soldiers North Korea sent to Russia in October have begun fighting "
           "alongside Russian troops, the Pentagon said.", [DEPLOYED, HELPS]),
    ("en", "The soldiers North Korea has sent to Russia number about 11,000.", [DEPLOYED]),
    ("it", "I soldati che Pyongyang ha inviato in Russia combattono al fianco delle truppe "
           "russe.", [DEPLOYED, HELPS]),
    ("fr", "Les soldats que Pyongyang a envoyés en Russie combattent aux côtés des troupes "
           "russes.", [DEPLOYED, HELPS]),
    ("en", "North Korea has sent 11,000 men to Russia.", [DEPLOYED]),
    ("it", "Pyongyang ha inviato nella regione di Kursk almeno 11.000 uomini.", [NK_SENT]),
    ("fr", "Pyongyang a envoyé 11 000 hommes en Russie.", [DEPLOYED]),
    ("it", "Secondo fonti ufficiali, Kim ha inviato un messaggio a Putin.", []),
    # who receives or hosts troops is where they went; a person hosts no troops sent
    ("en", "Russia has received about 10,000 North Korean troops.", [DEPLOYED]),
    ("en", "Russia is hosting thousands of North Korean soldiers.", [DEPLOYED]),
    ("it", "La Russia ha accolto migliaia di soldati nordcoreani.", [DEPLOYED]),
    ("fr", "La Russie a accueilli des milliers de soldats nord-coréens.", [DEPLOYED]),
    # sent to a state and then on to a region of it: two deployments (GUIDELINES, session 14)
    ("en", "North Korea sent 11,000 troops to Russia, then on to the Kursk region.",
     [DEPLOYED, NK_SENT]),
    ("en", "North Korea has sent 11,000 soldiers to Russia, who were later deployed to the "
           "Kursk region.", [DEPLOYED, NK_SENT]),
    ("it", "La Corea del Nord ha inviato in Russia circa 11 mila soldati, che sono stati poi "
           "schierati nella regione di Kursk.", [DEPLOYED, NK_SENT]),
    ("fr", "Pyongyang a déployé plus de 10.000 soldats en Russie, dont une partie a déjà été "
           "acheminée vers la région de Koursk.", [DEPLOYED, NK_SENT]),
    # (one place only, or a region named with its state, or a move only possible: one)
    ("en", "North Korea has sent 11,000 soldiers to Russia's Kursk region.", [DEPLOYED]),
    ("it", "La Corea del Nord ha inviato in Russia circa 11 mila soldati, schierati nella "
           "regione russa di Kursk.", [DEPLOYED]),
    ("en", "North Korea has sent troops to Russia, which may deploy them to the Kursk region.",
     [DEPLOYED]),
    # what is only possible, planned or negated is no deployment
    ("en", "North Korea is preparing to send more troops to Russia.", []),
    ("it", "La Corea del Nord potrebbe inviare altri soldati in Russia.", []),
    ("fr", "Pyongyang n'a pas envoyé de troupes en Russie.", []),
]

HELP = [
    ("en", "North Korea is helping Russia militarily.", [HELPS]),
    ("en", "North Korean troops are backing Russian forces in the Kursk region.", [HELPS]),
    ("en", "North Korean soldiers have been integrated into Russian airborne units.", [HELPS]),
    ("en", "North Korean soldiers are fighting under Russian command.", [HELPS]),
    ("en", "North Korea is backing Russia militarily in its war.", [HELPS]),
    ("en", "North Korean gunners are supporting Russian troops near the front.", [HELPS]),
    ("it", "Pyongyang sta aiutando militarmente Mosca.", [HELPS]),
    ("it", "La Corea del Nord sostiene militarmente la Russia.", [HELPS]),
    ("it", "Soldati nordcoreani sono stati integrati nelle unità russe.", [HELPS]),
    ("it", "Soldati nordcoreani si battono al fianco dei russi.", [HELPS]),
    ("fr", "Pyongyang aide militairement Moscou.", [HELPS]),
    ("fr", "La Corée du Nord soutient militairement la Russie.", [HELPS]),
    ("fr", "Les troupes nord-coréennes se battent aux côtés de l'armée russe dans la région "
           "de Koursk.", [HELPS]),
    ("fr", "Des soldats nord-coréens se battent au sein des unités russes.", [HELPS]),
    ("en", "North Korean artillery crews are now operating with Russian units in the Kursk "
           "region.", [HELPS]),
    ("fr", "Les troupes nord-coréennes ont été engagées dans des assauts aux côtés des "
           "fusiliers marins russes.", [HELPS]),
    ("fr", "Des artilleurs nord-coréens servent aux côtés des unités russes dans la région de "
           "Koursk.", [HELPS]),
    # support voiced without the manner stays support; a treaty's clause is no help
    ("it", "La Corea del Nord sostiene la Russia.", [("support", {(NK, "supporter"),
                                                                  (RU, "supported")})]),
    ("en", "The treaty obliges each side to help the other militarily in case of attack.", []),
    ("en", "North Korean troops have not yet entered combat.", []),
]

SUPPLIES = [
    ("it", "L'esercito russo utilizza proiettili nordcoreani.", [NK_TO_RU]),
    ("it", "Le forze russe impiegano missili nordcoreani contro Kiev.", [NK_TO_RU]),
    ("fr", "L'armée russe utilise des obus nord-coréens.", [NK_TO_RU]),
    ("fr", "Les forces russes tirent des missiles nord-coréens sur Kiev.", [NK_TO_RU]),
    ("en", "The shells that Pyongyang shipped to Moscow have been fired at Kharkiv.",
     [NK_TO_RU]),
    ("en", "North Korea has armed Russia with short-range ballistic missiles.", [NK_TO_RU]),
    # the side named after a long object ("to Moscow", "from Pyongyang")
    ("en", "Zelensky said Pyongyang had handed over 170-millimetre self-propelled guns and "
           "240-millimetre multiple rocket launchers to Moscow.", [NK_TO_RU]),
    ("en", "Russia has obtained more than 100 ballistic missiles from Pyongyang.", [NK_TO_RU]),
    ("it", "La Russia ha ricevuto oltre 100 missili balistici dalla Corea del Nord.",
     [NK_TO_RU]),
    ("en", "North Korea has dispatched more than 11,000 soldiers including special forces "
           "officers to Russia.", [DEPLOYED]),
    # (troops still deployed by the same verb)
    ("it", "La Russia ha impiegato truppe nordcoreane a Kursk.", [NK_SENT]),
]

VISITS = [
    ("en", "Russian Defence Minister Andrei Belousov held talks with Kim Jong Un in Pyongyang "
           "on Friday during a surprise visit.",
     [_visit("andrei-belousov", NK), _meeting("andrei-belousov", "kim-jong-un")]),
    ("en", "During his visit to Pyongyang, Lavrov met Choe Son Hui.",
     [_visit("sergey-lavrov", NK), _meeting("sergey-lavrov", "choe-son-hui")]),
    ("it", "Durante la sua visita a Pyongyang, Lavrov ha incontrato Choe Son Hui.",
     [_visit("sergey-lavrov", NK), _meeting("sergey-lavrov", "choe-son-hui")]),
    ("it", "Il ministro della Difesa russo Andrei Belousov ha avuto colloqui con Kim Jong Un a "
           "Pyongyang venerdì durante una visita a sorpresa.",
     [_visit("andrei-belousov", NK), _meeting("andrei-belousov", "kim-jong-un")]),
    ("fr", "Lors de sa visite à Pyongyang, Lavrov a rencontré Choe Son Hui.",
     [_visit("sergey-lavrov", NK), _meeting("sergey-lavrov", "choe-son-hui")]),
    ("fr", "Lavrov a rencontré Choe Son Hui lors d'une visite à Pyongyang.",
     [_visit("sergey-lavrov", NK), _meeting("sergey-lavrov", "choe-son-hui")]),
    # a trip told by the place left; a destination after it is the host instead
    ("en", "Vladimir Putin left Pyongyang on Thursday after a 21-hour visit to North Korea.",
     [_visit("vladimir-putin", NK)]),
    ("en", "Putin left Moscow for Pyongyang on Tuesday.", [_visit("vladimir-putin", NK)]),
    ("en", "Choe Son Hui left Moscow on Saturday.", [_visit("choe-son-hui", RU)]),
    ("en", "Putin then went on to Hanoi.", [_visit("vladimir-putin", "vietnam")]),
    ("it", "Putin ha lasciato Pyongyang giovedì dopo una visita di 21 ore in Corea del Nord.",
     [_visit("vladimir-putin", NK)]),
    ("it", "Lavrov ha fatto tappa a Pyongyang.", [_visit("sergey-lavrov", NK)]),
    ("fr", "Poutine a quitté Pyongyang jeudi après une visite de 21 heures en Corée du Nord.",
     [_visit("vladimir-putin", NK)]),
    ("fr", "Lavrov a fait escale à Pyongyang.", [_visit("sergey-lavrov", NK)]),
    # leaving talks, or a level reached, is no trip
    ("en", "Lavrov left the talks early.", []),
]


@pytest.mark.parametrize(("lang", "text", "want"), DEPLOYMENTS)
def test_troops_sent_moved_or_arriving(lang: str, text: str, want: list) -> None:
    check(lang, text, want)


@pytest.mark.parametrize(("lang", "text", "want"), HELP)
def test_help_told_by_its_manner_or_by_troops_in_another_army(lang: str, text: str,
                                                              want: list) -> None:
    check(lang, text, want)


@pytest.mark.parametrize(("lang", "text", "want"), SUPPLIES)
def test_weapons_used_by_another_state(lang: str, text: str, want: list) -> None:
    check(lang, text, want)


@pytest.mark.parametrize(("lang", "text", "want"), VISITS)
def test_trips_told_by_a_noun_of_time_or_the_place_left(lang: str, text: str,
                                                        want: list) -> None:
    check(lang, text, want)


def test_a_trip_named_again_by_its_noun_adds_no_claim() -> None:
    d = run("Sergey Lavrov ended a two-day visit to North Korea on Friday, KCNA reported.\n"
            "During his stay in Pyongyang, Lavrov met Choe Son Hui.", published="2024-09-14")
    visits = [e for e in d.document["events"] if e["type"] == "visit"]
    assert len(visits) == 1
    cl = [(c["certainty"], c["asserted_by"]) for c in d.document["claims"]
          if c["event"] == visits[0]["id"]]
    assert cl == [("reported", ["kcna"])]


def test_a_denied_transfer_of_weapons_denies_the_supplies_not_the_troops() -> None:
    d = run("North Korea has dispatched 3,000 more troops to Russia, the NIS said.\n"
            "Pyongyang has also shipped artillery shells to Russia, according to Seoul.\n"
            "Moscow and Pyongyang have denied any transfer of weapons.")
    for kind, denied in (("deployment", False), ("supply", True)):
        ids = {e["id"] for e in d.document["events"] if e["type"] == kind}
        got = any(c["certainty"] == "denied" for c in d.document["claims"] if c["event"] in ids)
        assert got == denied, kind


def test_a_person_hosting_soldiers_hosts_no_deployment() -> None:
    d = run("Kim Jong Un hosted a banquet for North Korean soldiers returning from Russia.")
    assert not any(t == "deployment" for t, _ in events(d))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The dispatch of North Korean troops to Russia was confirmed in October by the "
           "Pentagon."),
    ("it", "L'invio di truppe nordcoreane in Russia era stato confermato a ottobre dal "
           "Pentagono."),
    ("fr", "L'envoi de troupes nord-coréennes en Russie a été confirmé en octobre par le "
           "Pentagone."),
])
def test_a_month_between_a_passive_confirmation_and_its_agent(lang: str, text: str) -> None:
    d = run(text, language=lang, published="2024-11-20")
    assert events(d) == [DEPLOYED]
    assert [(c["certainty"], c["asserted_by"]) for c in d.document["claims"]] == [
        ("confirmed", ["pentagon"])]
