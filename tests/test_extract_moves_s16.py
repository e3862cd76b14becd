"""Visits and meetings, session 16: a grid of sentences written for these tests (wire style,
EN, IT and FR, no database; the seed document's lexicon) on trips and talks the extractor
missed in the released rounds: a traveller named after the verb, a trip told by its noun
with its traveller after it, a meeting told by its noun between two named people, talks by
phone told by a verb of discussing, a "where" clause that tells its own trip or talks, who
also took part in talks, and what is no side or no event (who sent the traveller, a summit
only prepared, a trip only possible)."""

from __future__ import annotations

import pytest

from tests.test_extract_embedded import events, run

P = "2024-11-06"


def _of(d: object, kind: str) -> list[frozenset[tuple[str, str]]]:
    return sorted((frozenset(p) for t, p in events(d) if t == kind),  # type: ignore[arg-type]
                  key=sorted)


def _meet(*people: str) -> frozenset[tuple[str, str]]:
    return frozenset((p, "participant") for p in people)


def _visit(visitor: str, host: str) -> frozenset[tuple[str, str]]:
    return frozenset({(visitor, "visitor"), (host, "host")})


# --- a traveller named after the verb of travel ----------------------------------------

INVERTED = [
    ("it", "Lo scorso luglio si era recato a Pyongyang il ministro della Difesa Sergei "
           "Shoigu.", "sergei-shoigu"),
    ("it", "A giugno era arrivato a Pyongyang il presidente russo Vladimir Putin, accolto "
           "con tutti gli onori.", "vladimir-putin"),
    ("it", "Nel settembre scorso era giunto a Pyongyang anche Sergei Shoigu.",
     "sergei-shoigu"),
    ("fr", "En juillet dernier s'était rendu à Pyongyang le ministre russe de la Défense "
           "Sergueï Choïgou.", "serguei-choigou"),
    ("fr", "Le chef de la diplomatie russe Sergueï Lavrov s'était lui-même rendu à "
           "Pyongyang en octobre.", "sergey-lavrov"),
    ("en", "Sergei Lavrov had himself travelled to Pyongyang in October.", "sergey-lavrov"),
    ("it", "Lo stesso Sergei Lavrov si era recato a Pyongyang in ottobre.", "sergey-lavrov"),
]


@pytest.mark.parametrize("language,text,visitor", INVERTED)
def test_a_traveller_named_after_the_verb(language: str, text: str, visitor: str) -> None:
    d = run(text, language=language, published=P)
    assert _of(d, "visit") == [_visit(visitor, "north-korea")]


# --- a trip told by its noun, the traveller after it ------------------------------------

NOUN_TRIPS = [
    ("en", "The trip followed a visit to Pyongyang in September by Kremlin security chief "
           "Sergei Shoigu.", "sergei-shoigu"),
    ("en", "It came after a trip to North Korea last year by Sergei Lavrov.", "sergey-lavrov"),
    ("it", "Si tratta del secondo viaggio di Sergei Lavrov in Corea del Nord.",
     "sergey-lavrov"),
    ("it", "La visita di Sergei Shoigu a Pyongyang, lo scorso settembre, era stata la prima "
           "dal 2019.", "sergei-shoigu"),
    ("fr", "Ce déplacement est le deuxième de Sergueï Lavrov en Corée du Nord en moins de "
           "deux ans.", "sergey-lavrov"),
    ("fr", "Le voyage de Sergueï Choïgou à Pyongyang, en septembre, avait été remarqué.",
     "serguei-choigou"),
]


@pytest.mark.parametrize("language,text,visitor", NOUN_TRIPS)
def test_a_trip_told_by_its_noun(language: str, text: str, visitor: str) -> None:
    d = run(text, language=language, published=P)
    assert _visit(visitor, "north-korea") in _of(d, "visit")


NO_TRIPS = [
    ("en", "A possible visit to Pyongyang by Sergei Shoigu was not ruled out."),
    ("it", "Si parla di una possibile visita di Sergei Shoigu a Pyongyang."),
    ("fr", "Une éventuelle visite de Sergueï Choïgou à Pyongyang est à l'étude."),
    ("it", "La prossima visita di Sergei Shoigu a Pyongyang è prevista a dicembre."),
]


@pytest.mark.parametrize("language,text", NO_TRIPS)
def test_a_trip_only_possible_is_none(language: str, text: str) -> None:
    d = run(text, language=language, published=P)
    assert _of(d, "visit") == []


# --- a meeting told by its noun between two named people ---------------------------------

BETWEEN = [
    ("en", "The exchange took place during a meeting between deputy foreign ministers "
           "Andrei Rudenko and Kim Jong Gyu."),
    ("it", "Lo scambio è avvenuto nel corso di un incontro tra i viceministri degli Esteri "
           "Andrei Rudenko e Kim Jong Gyu."),
    ("fr", "L'échange a eu lieu lors d'une rencontre entre les vice-ministres des Affaires "
           "étrangères Andreï Roudenko et Kim Jong Gyu."),
]


@pytest.mark.parametrize("language,text", BETWEEN)
def test_a_meeting_between_two_titled_people(language: str, text: str) -> None:
    d = run(text, language=language, published=P)
    rudenko = "andrei-roudenko" if language == "fr" else "andrei-rudenko"
    assert _of(d, "meeting") == [_meet(rudenko, "kim-jong-gyu")]


# --- talks by phone told by a verb of discussing ----------------------------------------

PHONE = [
    ("en", "Yoon Suk Yeol and Mark Rutte discussed the situation by phone on Monday."),
    ("en", "Yoon Suk Yeol discussed the situation with Mark Rutte over the phone on Monday."),
    ("it", "Yoon Suk Yeol e Mark Rutte hanno discusso della situazione al telefono lunedì."),
    ("it", "Yoon Suk Yeol ha discusso lunedì telefonicamente con Mark Rutte della "
           "situazione."),
    ("fr", "Yoon Suk Yeol et Mark Rutte ont discuté de la situation par téléphone lundi."),
    ("fr", "Yoon Suk Yeol a évoqué la situation au téléphone avec Mark Rutte lundi."),
]


@pytest.mark.parametrize("language,text", PHONE)
def test_talks_by_phone_told_by_discussing(language: str, text: str) -> None:
    d = run(text, language=language, published=P)
    assert _of(d, "meeting") == [_meet("yoon-suk-yeol", "mark-rutte")]


NO_PHONE = [
    ("en", "Yoon Suk Yeol and Mark Rutte will discuss the situation by phone on Monday."),
    ("it", "Yoon Suk Yeol e Mark Rutte discuteranno della situazione al telefono lunedì."),
    ("fr", "Yoon Suk Yeol et Mark Rutte n'ont pas discuté de la situation par téléphone."),
]


@pytest.mark.parametrize("language,text", NO_PHONE)
def test_talks_by_phone_to_come_or_denied_are_none(language: str, text: str) -> None:
    d = run(text, language=language, published=P)
    assert _of(d, "meeting") == []


# --- a "where" clause with its own trip or talks -----------------------------------------

WHERE_ARRIVED = [
    ("en", "Sergei Lavrov held talks with Choe Son Hui on Saturday in the North Korean city "
           "of Wonsan, where he had arrived the day before."),
    ("it", "Sergei Lavrov ha avuto colloqui con Choe Son Hui sabato nella città nordcoreana "
           "di Wonsan, dove era arrivato il giorno prima."),
    ("fr", "Sergueï Lavrov s'est entretenu samedi avec Choe Son Hui dans la ville "
           "nord-coréenne de Wonsan, où il était arrivé la veille."),
]


@pytest.mark.parametrize("language,text", WHERE_ARRIVED)
def test_talks_where_one_had_arrived(language: str, text: str) -> None:
    d = run(text, language=language, published=P)
    assert _of(d, "visit") == [_visit("sergey-lavrov", "north-korea")]
    assert _of(d, "meeting") == [_meet("sergey-lavrov", "choe-son-hui")]


WHERE_TALKS = [
    ("en", "Kim Jong Un arrived on Tuesday at the Vostochny cosmodrome, in Russia's Far East, "
           "where he held talks with Vladimir Putin."),
    ("it", "Kim Jong Un è arrivato ieri al cosmodromo di Vostochny, nell'Estremo Oriente "
           "russo, dove ha avuto con Vladimir Putin colloqui durati oltre quattro ore."),
    ("fr", "Kim Jong Un est arrivé mardi au cosmodrome de Vostotchny, dans l'Extrême-Orient "
           "russe, où il a eu des entretiens avec Vladimir Poutine."),
]


@pytest.mark.parametrize("language,text", WHERE_TALKS)
def test_talks_in_a_where_clause_are_the_travellers(language: str, text: str) -> None:
    d = run(text, language=language, published=P)
    assert _of(d, "meeting") == [_meet("kim-jong-un", "vladimir-putin")]


# --- who also took part in talks ---------------------------------------------------------

ATTENDED = [
    ("en", "Antony Blinken spoke after a meeting with Cho Tae-yul, which was also attended "
           "by Lloyd Austin."),
    ("it", "Antony Blinken ha parlato dopo un incontro con Cho Tae-yul, al quale ha "
           "partecipato anche Lloyd Austin."),
    ("fr", "Antony Blinken a parlé à l'issue d'une réunion avec Cho Tae-yul, à laquelle a "
           "également participé Lloyd Austin."),
]


@pytest.mark.parametrize("language,text", ATTENDED)
def test_who_also_attended_takes_part(language: str, text: str) -> None:
    d = run(text, language=language, published=P)
    assert _of(d, "meeting") == [_meet("antony-blinken", "cho-tae-yul", "lloyd-austin")]


AFTER_MEETING = [
    ("en", "Mark Rutte spoke to reporters after a meeting with Yoon Suk Yeol."),
    ("fr", "Des unités ont été déployées, a confirmé lundi Mark Rutte, à l'issue d'une réunion "
           "avec Yoon Suk Yeol."),
    ("it", "Le truppe sono state inviate, ha confermato lunedì Mark Rutte, dopo un incontro "
           "con Yoon Suk Yeol."),
]


@pytest.mark.parametrize("language,text", AFTER_MEETING)
def test_a_meeting_told_in_an_adjunct_is_the_subjects(language: str, text: str) -> None:
    d = run(text, language=language, published=P)
    assert _of(d, "meeting") == [_meet("mark-rutte", "yoon-suk-yeol")]


# --- no side, no event -------------------------------------------------------------------

SENT_BY = [
    ("en", "Arriving in Pyongyang on the instructions of Vladimir Putin, Sergei Shoigu held "
           "talks with Kim Jong Un."),
    ("it", "Arrivato a Pyongyang su istruzione di Vladimir Putin, Sergei Shoigu ha avuto "
           "colloqui con Kim Jong Un."),
    ("fr", "Arrivé à Pyongyang sur instruction du président Vladimir Poutine, Sergueï Choïgou "
           "s'est entretenu pendant plusieurs heures avec Kim Jong Un."),
]


@pytest.mark.parametrize("language,text", SENT_BY)
def test_who_sent_the_traveller_is_no_side(language: str, text: str) -> None:
    d = run(text, language=language, published=P)
    shoigu = "serguei-choigou" if language == "fr" else "sergei-shoigu"
    assert _of(d, "meeting") == [_meet(shoigu, "kim-jong-un")]


PREPARED = [
    ("en", "Sergei Lavrov's visit should pave the way for a new summit between Putin and Kim."),
    ("it", "La visita di Sergei Lavrov dovrebbe preparare il terreno per un nuovo vertice tra "
           "Putin e Kim."),
    ("fr", "La visite de Sergueï Lavrov devrait préparer le terrain pour un nouveau sommet "
           "entre Poutine et Kim."),
]


@pytest.mark.parametrize("language,text", PREPARED)
def test_a_summit_prepared_is_none(language: str, text: str) -> None:
    d = run(text, language=language, published=P)
    assert _of(d, "meeting") == []


# --- the host named further in the clause, past a time ----------------------------------

FURTHER = [
    ("fr", "Vladimir Poutine s'est envolé le lendemain du sommet pour Hanoï.", "vietnam"),
    ("en", "Vladimir Putin left the day after the summit for Hanoi.", "vietnam"),
    ("it", "Vladimir Putin è partito il giorno dopo il vertice per Hanoi.", "vietnam"),
    ("fr", "Arrivé dans la nuit pour sa première visite en Corée du Nord depuis 24 ans, "
           "Vladimir Poutine a été accueilli par Kim Jong Un.", "north-korea"),
    ("en", "Arriving overnight for his first visit to North Korea in 24 years, Vladimir Putin "
           "was greeted at the airport by Kim Jong Un.", "north-korea"),
    ("it", "Arrivato nella notte per la sua prima visita in Corea del Nord, Vladimir Putin è "
           "stato accolto all'aeroporto da Kim Jong Un.", "north-korea"),
]


@pytest.mark.parametrize("language,text,host", FURTHER)
def test_the_host_named_past_a_time(language: str, text: str, host: str) -> None:
    d = run(text, language=language, published=P)
    putin = "vladimir-putin"
    assert _of(d, "visit") == [_visit(putin, host)]


NO_FURTHER_HOST = [
    ("en", "Kim Jong Un arrived on Tuesday for talks with Vladimir Putin on the war in "
           "Ukraine."),
    ("it", "Kim Jong Un è arrivato martedì per colloqui con Vladimir Putin sulla guerra in "
           "Ucraina."),
    ("fr", "Kim Jong Un est arrivé mardi pour des entretiens avec Vladimir Poutine sur la "
           "guerre en Ukraine."),
]


@pytest.mark.parametrize("language,text", NO_FURTHER_HOST)
def test_a_place_past_talks_is_no_host(language: str, text: str) -> None:
    d = run(text, language=language, published=P)
    assert all(("ukraine", "host") not in v for v in _of(d, "visit"))


# --- received in a "where" clause ---------------------------------------------------------

WHERE_RECEIVED = [
    ("it", "Una delegazione militare nordcoreana guidata dal generale Kim Yong Bok è giunta "
           "lunedì a Mosca, dove è stata ricevuta dal ministro della Difesa Andrei Belousov.",
     "delegazione-militare-nordcoreana"),
    ("fr", "Vladimir Poutine est arrivé dans la nuit dans la capitale nord-coréenne, où il a été "
           "accueilli à l'aéroport par Kim Jong Un.", "vladimir-putin"),
    ("en", "Vladimir Putin arrived overnight in the North Korean capital, where he was "
           "welcomed at the airport by Kim Jong Un.", "vladimir-putin"),
]


@pytest.mark.parametrize("language,text,visitor", WHERE_RECEIVED)
def test_received_in_a_where_clause(language: str, text: str, visitor: str) -> None:
    d = run(text, language=language, published=P)
    meetings = _of(d, "meeting")
    assert len(meetings) == 1 and (visitor, "participant") in meetings[0]


# --- verbs of consulting and conferring ----------------------------------------------------

CONSULTED = [
    ("en", "Choe Son Hui consulted with Sergei Lavrov in Moscow on Friday."),
    ("it", "Choe Son Hui si è consultata con Sergei Lavrov a Mosca venerdì."),
    ("it", "Choe Son Hui e Sergei Lavrov si sono confrontati a Mosca."),
    ("fr", "Choe Son Hui s'est concertée avec Sergueï Lavrov à Moscou."),
    ("fr", "Choe Son Hui et Sergueï Lavrov se sont concertés vendredi à Moscou."),
]


@pytest.mark.parametrize("language,text", CONSULTED)
def test_consulting_is_a_meeting(language: str, text: str) -> None:
    d = run(text, language=language, published=P)
    assert _of(d, "meeting") == [_meet("choe-son-hui", "sergey-lavrov")]


NOT_CONSULTED = [
    ("en", "Choe Son Hui will consult with Sergei Lavrov in Moscow."),
    ("it", "Choe Son Hui non si è consultata con Sergei Lavrov."),
    ("fr", "Choe Son Hui ne s'est pas concertée avec Sergueï Lavrov."),
]


@pytest.mark.parametrize("language,text", NOT_CONSULTED)
def test_consulting_to_come_or_denied_is_none(language: str, text: str) -> None:
    d = run(text, language=language, published=P)
    assert _of(d, "meeting") == []


# --- talks with a place before "with"; a gerund of welcoming opening the sentence --------

AT_PLACE_WITH = [
    ("en", "During talks in Moscow with Sergei Lavrov, Choe Son Hui said the treaty was "
           "historic."),
    ("en", "Choe Son Hui said during talks in Moscow with Sergei Lavrov that the treaty was "
           "historic."),
    ("it", "Nel corso dei colloqui a Mosca con Sergei Lavrov, Choe Son Hui ha detto che il "
           "trattato è storico."),
    ("fr", "Lors de ses entretiens à Moscou avec Sergueï Lavrov, Choe Son Hui a déclaré que le "
           "traité était historique."),
]


@pytest.mark.parametrize("language,text", AT_PLACE_WITH)
def test_talks_with_a_place_before_with(language: str, text: str) -> None:
    d = run(text, language=language, published=P)
    assert _of(d, "meeting") == [_meet("choe-son-hui", "sergey-lavrov")]


def test_talks_at_a_place_to_come_are_none() -> None:
    d = run("Choe Son Hui will say during talks in Moscow with Sergei Lavrov that the treaty "
            "is historic.", published=P)
    assert _of(d, "meeting") == []


WELCOMING = [
    ("en", "Welcoming Russian Defence Minister Andrei Belousov to Pyongyang, Kim Jong Un "
           "praised the treaty."),
    ("en", "While welcoming Defence Minister Andrei Belousov to Pyongyang, Kim Jong Un praised "
           "the treaty."),
    ("it", "Accogliendo a Pyongyang il ministro russo Andrei Belousov, Kim Jong Un ha elogiato "
           "il trattato."),
    ("fr", "En accueillant à Pyongyang le ministre russe de la Défense Andreï Belooussov, Kim "
           "Jong Un a salué le traité."),
]


@pytest.mark.parametrize("language,text", WELCOMING)
def test_a_gerund_of_welcoming_someone_is_a_meeting(language: str, text: str) -> None:
    d = run(text, language=language, published=P)
    belousov = "andrei-belooussov" if language == "fr" else "andrei-belousov"
    assert _of(d, "meeting") == [_meet("kim-jong-un", belousov)]


def test_welcoming_a_thing_is_no_meeting() -> None:
    d = run("Welcoming the treaty, Kim Jong Un praised Vladimir Putin.", published=P)
    assert _of(d, "meeting") == []


# --- consultations as a trip's purpose ---------------------------------------------------

FOR_CONSULTATIONS = [
    ("en", "Kim Yong-hyun travelled to Washington for consultations with Lloyd Austin."),
    ("it", "Kim Yong-hyun si è recato a Washington per consultazioni con Lloyd Austin."),
    ("fr", "Kim Yong-hyun s'est rendu à Washington pour des consultations avec Lloyd Austin."),
]


@pytest.mark.parametrize("language,text", FOR_CONSULTATIONS)
def test_consultations_as_a_purpose_are_no_meeting(language: str, text: str) -> None:
    d = run(text, language=language, published=P)
    assert _of(d, "meeting") == []
    assert _of(d, "visit") == [_visit("kim-yong-hyun", "united-states")]


# --- a host told by his title after an article joined to its preposition ----------------

TITLED_HOST = [
    ("it", "Kim Jong Un ha elogiato il trattato. Sergei Lavrov è stato ricevuto venerdì dal "
           "leader nordcoreano."),
    ("it", "Kim Jong Un ha elogiato il trattato. Sergei Lavrov è stato accolto all'aeroporto "
           "dal leader nordcoreano."),
    ("en", "Kim Jong Un praised the treaty. Sergei Lavrov was received on Friday by the North "
           "Korean leader."),
    ("fr", "Kim Jong Un a salué le traité. Sergueï Lavrov a été reçu vendredi par le dirigeant "
           "nord-coréen."),
]


@pytest.mark.parametrize("language,text", TITLED_HOST)
def test_a_host_told_by_his_title(language: str, text: str) -> None:
    d = run(text, language=language, published=P)
    assert _meet("kim-jong-un", "sergey-lavrov") in _of(d, "meeting")
