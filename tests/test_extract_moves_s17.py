"""Movements, talks and milestones, session 17: a grid of sentences written for these tests
(wire style, EN, IT and FR, no database; the seed document's lexicon), on the constructions
behind the misses and false events of the released round session-15 and the older released
rounds: troops sent, deployed, stationed, arrived, present or spotted (an adverb between
the verb and its place, a passive with its agent, troops told before sent by a named
sender); arms delivered, shipped or transferred (with or without a recipient, a participle
after the weapons); meetings and receptions (in a relative clause, a fronted participle, an
inverted subject); trips (a place named by its state's adjective, a person before a title);
the treaty's milestones in relatives, "after" clauses and participles; and what must not
fire: negations, futures, things only close or announced, and a stance on a fact told
before.

Each row: language, text, event type, the participants' sets expected of that type
(exactly; an empty list: no event of that type)."""

from __future__ import annotations

import pytest

from tests.test_extract_embedded import events, run

P = "2024-11-06"

NK, RU = "north-korea", "russia"


def _of(d: object, kind: str) -> list[frozenset[tuple[str, str]]]:
    return sorted((frozenset(p) for t, p in events(d) if t == kind),  # type: ignore[arg-type]
                  key=sorted)


def _dep(sender: str = NK, host: str | None = RU) -> frozenset[tuple[str, str]]:
    return frozenset({(sender, "sender")} | ({(host, "host")} if host else set()))


def _sup(supplier: str = NK, recipient: str | None = RU) -> frozenset[tuple[str, str]]:
    return frozenset({(supplier, "supplier")}
                     | ({(recipient, "recipient")} if recipient else set()))


def _meet(*people: str) -> frozenset[tuple[str, str]]:
    return frozenset((p, "participant") for p in people)


def _visit(visitor: str, host: str = NK) -> frozenset[tuple[str, str]]:
    return frozenset({(visitor, "visitor"), (host, "host")})


def _help(provider: str = NK, recipient: str = RU) -> frozenset[tuple[str, str]]:
    return frozenset({(provider, "provider"), (recipient, "recipient")})


# --- deployments ------------------------------------------------------------------------

DEPLOYMENTS = [
    ("en", "North Korea has sent about 11,000 troops to Russia.", [_dep()]),
    ("en", "Pyongyang has also deployed thousands of soldiers to Russia.", [_dep()]),
    ("en", "Pyongyang has reportedly already dispatched more troops to Russia.", [_dep()]),
    ("en", "More than 10,000 North Korean soldiers are now stationed in Russia.", [_dep()]),
    ("en", "North Korean troops have been spotted in Russia, Ukrainian intelligence said.",
     [_dep()]),
    ("en", "North Korean troops arrived in Russia in October.", [_dep()]),
    ("en", "Some 3,000 North Korean soldiers are present in Russia.", [_dep()]),
    ("en", "Thousands of North Korean soldiers were deployed to Russia last month.", [_dep()]),
    ("en", "About 500 North Korean officers have been deployed to Russia.", [_dep()]),
    ("en", "The troops, about 11,000 of them, were sent by Pyongyang in October.",
     [_dep(host=None)]),
    ("en", "Pyongyang confirmed that it had sent the troops on the orders of its leader.",
     [_dep(host=None)]),
    ("it", "Pyongyang avrebbe già inviato in Russia altri mille soldati.", [_dep()]),
    ("it", "Oltre 10.000 soldati nordcoreani si trovano ormai in Russia.", [_dep()]),
    pytest.param("it", "Circa 500 ufficiali nordcoreani sono stati schierati in Russia.",
                 [_dep()], marks=pytest.mark.xfail(strict=True, reason="the officers' "
                 "adjective inside the trigger's phrase names no sender (still missed)")),
    ("it", "Truppe nordcoreane sono state avvistate in Russia.", [_dep()]),
    ("it", "La Corea del Nord ha inoltre dispiegato migliaia di soldati in Russia.", [_dep()]),
    ("it", "Soldati nordcoreani sono arrivati in Russia a ottobre.", [_dep()]),
    ("it", "I soldati, circa 11.000, sono stati inviati da Pyongyang a ottobre.",
     [_dep(host=None)]),
    ("it", "Oltre 10.000 soldati nordcoreani sono stati trasferiti in Russia e una parte di "
           "loro si troverebbe già nella regione di Kursk.", [_dep(), _dep(host=None)]),
    ("fr", "Pyongyang a en outre envoyé des milliers de soldats en Russie.", [_dep()]),
    ("fr", "Plus de 10 000 soldats nord-coréens se trouvent désormais en Russie.", [_dep()]),
    ("fr", "Des troupes nord-coréennes sont stationnées en Russie.", [_dep()]),
    ("fr", "Pyongyang aurait également dépêché 3 000 soldats supplémentaires en Russie.",
     [_dep()]),
    ("fr", "Des soldats nord-coréens ont été repérés en Russie.", [_dep()]),
    ("fr", "Les troupes, environ 11 000 hommes, ont été envoyées par Pyongyang en octobre.",
     [_dep(host=None)]),
    ("fr", "Plus de 10 000 soldats nord-coréens ont été transférés en Russie et une partie "
           "d'entre eux se trouverait déjà dans la région de Koursk.",
     [_dep(), _dep(host=None)]),
    ("en", "More than 10,000 North Korean soldiers have been moved to Russia and some of them "
           "are already in the Kursk region.", [_dep(), _dep(host=None)]),
    # a part with no verb of its own is the same deployment (GUIDELINES, session 17)
    ("en", "About 8,000 North Korean soldiers have been moved to Russia, most of them to the "
           "Kursk region.", [_dep()]),
    # must not fire
    ("en", "North Korea will send more troops to Russia next year.", []),
    ("en", "Pyongyang is preparing to send more troops to Russia.", []),
    ("en", "Kim Jong Un has promised to send troops to Russia.", []),
    ("it", "La Corea del Nord potrebbe inviare altri soldati in Russia.", []),
    ("it", "Pyongyang non ha inviato soldati in Russia.", []),
    ("fr", "Sergueï Choïgou a annoncé que la Corée du Nord enverrait 5 000 soldats en "
           "Russie.", []),
    ("fr", "Pyongyang s'apprête à envoyer des soldats en Russie.", []),
    ("it", "Sergei Shoigu ha annunciato che la Corea del Nord avrebbe inviato 5.000 soldati "
           "in Russia.", []),
    ("en", "Sergei Shoigu announced that North Korea would send 5,000 soldiers to Russia.", []),
    # an announcement of a fact already done stays one
    ("fr", "Séoul a annoncé que la Corée du Nord a envoyé 5 000 soldats en Russie.", [_dep()]),
]


@pytest.mark.parametrize("language,text,expected", DEPLOYMENTS)
def test_deployments(language: str, text: str,
                     expected: list[frozenset[tuple[str, str]]]) -> None:
    d = run(text, language=language, published=P)
    assert _of(d, "deployment") == sorted(expected, key=sorted)


# --- supplies ---------------------------------------------------------------------------

SUPPLIES = [
    ("en", "North Korea has also shipped millions of artillery shells to Russia.", [_sup()]),
    ("en", "Pyongyang has delivered KN-23 missiles to Moscow.", [_sup()]),
    ("en", "Dozens of KN-23 missiles delivered to Russia by North Korea have hit Kharkiv.",
     [_sup()]),
    ("en", "Pyongyang is also said to have sent Moscow large stocks of ammunition.", [_sup()]),
    ("en", "North Korea has transferred 170mm howitzers to Russia.", [_sup()]),
    ("en", "Russia has received millions of shells from North Korea.", [_sup()]),
    ("en", "North Korea has also supplied millions of artillery shells, Seoul said.",
     [_sup(recipient=None)]),
    ("it", "Pyongyang avrebbe inoltre fornito a Mosca missili balistici.", [_sup()]),
    ("it", "La Corea del Nord ha consegnato alla Russia milioni di proiettili.", [_sup()]),
    ("it", "Razzi nordcoreani sono stati consegnati all'esercito russo via ferrovia.",
     [_sup()]),
    ("it", "Pyongyang ha spedito in Russia migliaia di container di munizioni.", [_sup()]),
    ("it", "Pyongyang ha inoltre fornito milioni di proiettili d'artiglieria.",
     [_sup(recipient=None)]),
    ("fr", "Pyongyang aurait également fourni à Moscou des missiles balistiques KN-23.",
     [_sup()]),
    ("fr", "Pyongyang a en outre livré des millions d'obus à la Russie.", [_sup()]),
    ("fr", "Kiev a détecté des missiles livrés par Pyongyang à la Russie.", [_sup()]),
    ("fr", "Pyongyang a en outre fourni des millions d'obus d'artillerie, estime Séoul.",
     [_sup(recipient=None)]),
    # weapons used by a state's forces that come from another, an adverb of time between
    ("en", "Half of the shells fired by Russian forces come increasingly from North Korea.",
     [_sup()]),
    ("it", "Metà dei proiettili sparati dalle forze russe provengono ormai dalla Corea del "
           "Nord.", [_sup()]),
    ("fr", "La moitié des obus tirés par l'armée russe provenaient désormais de Corée du "
           "Nord.", [_sup()]),
    # must not fire
    ("en", "Russia transported North Korean shells to the front.", []),
    ("en", "Washington warned that the North was close to handing over artillery ammunition "
           "to Russia.", []),
    ("en", "No independent body has tracked arms transfers between Russia and North Korea.",
     []),
    ("en", "North Korea could supply more missiles to Russia.", []),
    ("it", "La Corea del Nord si prepara a consegnare missili alla Russia.", []),
    ("it", "La Corea del Nord non ha fornito armi alla Russia.", []),
    ("fr", "La Corée du Nord s'apprête à livrer des obus à la Russie.", []),
    ("fr", "La Corée du Nord est sur le point de livrer des obus à la Russie.", []),
]


@pytest.mark.parametrize("language,text,expected", SUPPLIES)
def test_supplies(language: str, text: str,
                  expected: list[frozenset[tuple[str, str]]]) -> None:
    d = run(text, language=language, published=P)
    assert _of(d, "supply") == sorted(expected, key=sorted)


# --- meetings ---------------------------------------------------------------------------

L, C, K = "sergey-lavrov", "choe-son-hui", "kim-jong-un"

MEETINGS = [
    ("en", "Choe Son Hui held talks with Sergey Lavrov in Moscow.", [_meet(C, L)]),
    ("en", "Leader Kim Jong Un hosted Sergey Lavrov in Pyongyang.", [_meet(K, L)]),
    ("en", "Sergey Lavrov, who had received Choe Son Hui in Moscow on Monday, said ties were "
           "strong.", [_meet(L, C)]),
    ("en", "Sergey Lavrov arrived in Pyongyang on Friday. Received by leader Kim Jong Un, he "
           "praised the alliance.", [_meet(L, K)]),
    ("en", "Choe Son Hui and Sergey Lavrov voiced concern over the ties between Seoul and "
           "Tokyo in a phone call on Thursday.", [_meet(C, L)]),
    ("it", "Sergei Lavrov, che lunedì aveva ricevuto a Mosca Choe Son Hui, ha detto che i "
           "rapporti sono solidi.", [_meet(L, C)]),
    ("it", "Ricevuto dal leader Kim Jong Un, Sergei Lavrov ha ribadito il sostegno di Mosca.",
     [_meet(L, K)]),
    ("it", "Sergei Lavrov è arrivato venerdì a Pyongyang. Ad accoglierlo c'era la collega "
           "Choe Son Hui.", [_meet(L, C)]),
    ("it", "Sergei Lavrov è arrivato venerdì a Pyongyang, dove ha incontrato Choe Son Hui. "
           "Sabato è stato ricevuto dal leader Kim Jong Un.", [_meet(L, C), _meet(L, K)]),
    pytest.param("it", "Sergei Lavrov e Choe Son Hui, che si erano incontrati a Mosca il 1° "
                 "novembre, hanno avuto ieri un colloquio telefonico.",
                 [_meet(L, C), _meet(L, C)], marks=pytest.mark.xfail(
                     strict=True, reason="two meetings of the same two people in one "
                     "sentence are read as one (still missed)")),
    ("fr", "Sergueï Lavrov, qui avait reçu Choe Son Hui lundi à Moscou, a salué des liens "
           "solides.", [_meet(L, C)]),
    ("fr", "Sergueï Lavrov est arrivé mardi à Pyongyang. Reçu par le dirigeant Kim Jong Un, "
           "il a salué l'amitié entre les deux pays.", [_meet(L, K)]),
    ("fr", "Choe Son Hui s'est entretenue vendredi avec Sergueï Lavrov.", [_meet(C, L)]),
    # the source of what follows tells its own meeting in its relative clause
    ("en", "NATO Secretary General Mark Rutte, who had received Choe Son Hui in Brussels on "
           "Monday, confirmed that North Korean troops had been sent to Russia.",
     [_meet("mark-rutte", C)]),
    ("it", "Il segretario generale della Nato Mark Rutte, che lunedì aveva ricevuto Choe Son "
           "Hui a Bruxelles, ha confermato che truppe nordcoreane sono state inviate in Russia.",
     [_meet("mark-rutte", C)]),
    ("fr", "Le secrétaire général de l'Otan Mark Rutte, qui avait reçu Choe Son Hui lundi à "
           "Bruxelles, a confirmé que des troupes nord-coréennes avaient été envoyées en Russie.",
     [_meet("mark-rutte", C)]),
    ("en", "NATO Secretary General Mark Rutte, who had not met Choe Son Hui, confirmed that "
           "North Korean troops had been sent to Russia.", []),
    # must not fire
    ("en", "Vladimir Putin will meet leader Kim Jong Un next month.", []),
    ("en", "Sergey Lavrov did not meet Choe Son Hui.", []),
    ("en", "Leader Kim Jong Un is expected to receive Sergey Lavrov on Friday.", []),
    ("it", "Vladimir Putin non incontrerà il leader Kim Jong Un.", []),
    ("fr", "Vladimir Poutine doit rencontrer le dirigeant Kim Jong Un la semaine prochaine.",
     []),
]


@pytest.mark.parametrize("language,text,expected", MEETINGS)
def test_meetings(language: str, text: str,
                  expected: list[frozenset[tuple[str, str]]]) -> None:
    d = run(text, language=language, published=P)
    assert _of(d, "meeting") == sorted(expected, key=sorted)


# --- visits -----------------------------------------------------------------------------

VISITS = [
    ("en", "Sergey Lavrov arrived on Friday in the North Korean resort town of Wonsan.",
     [_visit(L)]),
    ("en", "Vladimir Putin landed in Pyongyang on Wednesday.", [_visit("vladimir-putin")]),
    ("en", "Sergey Lavrov flew to Pyongyang on Thursday.", [_visit(L)]),
    ("en", "Sergei Shoigu, secretary of Russia's Security Council, travelled on Tuesday to "
           "Pyongyang.", [_visit("sergei-shoigu")]),
    ("it", "Il ministro degli Esteri russo Sergei Lavrov è arrivato venerdì nella località "
           "balneare nordcoreana di Wonsan.", [_visit(L)]),
    ("it", "Vladimir Putin è atterrato a Pyongyang mercoledì.", [_visit("vladimir-putin")]),
    ("it", "Sergei Lavrov si è recato a Pyongyang.", [_visit(L)]),
    ("fr", "Sergueï Lavrov est arrivé vendredi dans la station balnéaire nord-coréenne de "
           "Wonsan.", [_visit(L)]),
    ("fr", "Vladimir Poutine a atterri mercredi à Pyongyang.", [_visit("vladimir-putin")]),
    ("fr", "Sergueï Choïgou, secrétaire du Conseil de sécurité russe, s'est rendu mardi à "
           "Pyongyang.", [_visit("serguei-choigou")]),
    # a dateline with its state in parentheses is where the report was filed, no traveller
    ("it", "WONSAN (Corea del Nord), 13 luglio — Il ministro degli Esteri russo Sergei Lavrov "
           "è arrivato venerdì nella località balneare nordcoreana di Wonsan.", [_visit(L)]),
    ("en", "WONSAN (North Korea), July 13 — Sergey Lavrov arrived on Friday in the North "
           "Korean resort town of Wonsan.", [_visit(L)]),
    ("fr", "WONSAN (Corée du Nord), 13 juillet — Sergueï Lavrov est arrivé vendredi dans la "
           "station balnéaire nord-coréenne de Wonsan.", [_visit(L)]),
    # must not fire
    ("en", "Vladimir Putin will travel to Pyongyang next week.", []),
    ("en", "Sergey Lavrov did not travel to Pyongyang.", []),
    ("it", "Sergei Lavrov è atteso oggi a Pyongyang.", []),
    ("fr", "Vladimir Poutine doit se rendre à Pyongyang.", []),
]


@pytest.mark.parametrize("language,text,expected", VISITS)
def test_visits(language: str, text: str,
                expected: list[frozenset[tuple[str, str]]]) -> None:
    d = run(text, language=language, published=P)
    assert _of(d, "visit") == sorted(expected, key=sorted)


# --- military assistance ----------------------------------------------------------------

HELP = [
    ("en", "Russia acknowledged that North Korean troops had fought on its side in the Kursk "
           "region.", [_help()]),
    ("it", "Mosca ha ammesso che truppe nordcoreane hanno combattuto al suo fianco a Kursk.",
     [_help()]),
    ("fr", "Moscou a reconnu que des troupes nord-coréennes avaient combattu à ses côtés à "
           "Koursk.", [_help()]),
    ("en", "North Korean troops are fighting alongside Russian forces.", [_help()]),
    # the enemy driven out is no recipient
    ("en", "North Korean units helped drive Ukrainian forces out of the region.", []),
    ("fr", "Les unités nord-coréennes ont aidé à chasser les forces ukrainiennes de la "
           "région.", []),
    ("it", "Le unità nordcoreane hanno aiutato a respingere le forze ucraine.", []),
    # told again after the help told before: that help
    ("en", "Russia acknowledged that North Korean troops had fought on its side. The North "
           "Korean units had helped drive Ukrainian forces out of the region.", [_help()]),
    ("en", "North Korean units helped Russia in the Kursk region.", [_help()]),
]


@pytest.mark.parametrize("language,text,expected", HELP)
def test_military_assistance(language: str, text: str,
                             expected: list[frozenset[tuple[str, str]]]) -> None:
    d = run(text, language=language, published=P)
    assert _of(d, "military_assistance") == sorted(expected, key=sorted)


# --- the treaty's milestones ------------------------------------------------------------

PARTIES = {(RU, "party"), (NK, "party")}

MILESTONES = [
    ("en", "Putin signed the ratification law on Nov. 9, after the State Duma backed it on "
           "Oct. 24.", "ratification",
     [frozenset({("vladimir-putin", "ratifier")}), frozenset({("state-duma", "ratifier")})]),
    ("en", "The treaty with North Korea, ratified by the State Duma on Oct. 24, is now in "
           "force.", "ratification",
     [frozenset({("state-duma", "ratifier"), (NK, "party")})]),
    ("it", "Il trattato con la Corea del Nord è stato ratificato dalla Duma il 24 ottobre.",
     "ratification", [frozenset({("state-duma", "ratifier"), (NK, "party")})]),
    ("fr", "Le traité avec la Corée du Nord, qui est entré en vigueur le 4 décembre, prévoit "
           "une assistance mutuelle.", "entry_into_force", [frozenset({(NK, "party")})]),
    ("en", "The pact between Russia and North Korea, which took effect on Dec. 4, provides "
           "for mutual assistance.", "entry_into_force", [frozenset(PARTIES)]),
    ("it", "Putin ha firmato la legge di ratifica il 9 novembre, dopo che la Duma l'aveva "
           "approvata il 24 ottobre.", "ratification",
     [frozenset({("vladimir-putin", "ratifier")}), frozenset({("state-duma", "ratifier")})]),
    ("fr", "Poutine a signé la loi de ratification le 9 novembre, après que la Douma l'a "
           "approuvée le 24 octobre.", "ratification",
     [frozenset({("vladimir-putin", "ratifier")}), frozenset({("state-duma", "ratifier")})]),
    # must not fire
    ("en", "Vladimir Putin is expected to sign the ratification law next week.",
     "ratification", []),
    ("fr", "La Douma doit ratifier le traité avec la Corée du Nord.", "ratification", []),
    ("en", "The treaty signed in June provides for mutual assistance.", "signing", []),
    ("it", "Vladimir Putin ha firmato la legge di ratifica del trattato con la Corea del "
           "Nord. Per Seul, la ratifica rappresenta una minaccia diretta.", "ratification",
     [frozenset({("vladimir-putin", "ratifier"), (NK, "party")})]),
    ("it", "Vladimir Putin ha firmato la legge di ratifica del trattato con la Corea del "
           "Nord. Per Seul, la ratifica rappresenta «una minaccia diretta».", "ratification",
     [frozenset({("vladimir-putin", "ratifier"), (NK, "party")})]),
    ("fr", "Poutine a signé la loi ratifiant le traité avec la Corée du Nord. Pour Séoul, la "
           "ratification constitue « une menace directe ».", "ratification",
     [frozenset({("vladimir-putin", "ratifier"), (NK, "party")})]),
]


@pytest.mark.parametrize("language,text,kind,expected", MILESTONES)
def test_milestones(language: str, text: str, kind: str,
                    expected: list[frozenset[tuple[str, str]]]) -> None:
    d = run(text, language=language, published=P)
    assert _of(d, kind) == sorted(expected, key=sorted)
