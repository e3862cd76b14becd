"""Meetings and visits told in less common ways (session 13, meetings and visits round):
a trip told by its end (a return from a place, a departure from it), a trip to several
states (one visit to each), talks by video, ministers of any portfolio named with their
title. Each mechanism is checked on sentences written for these tests in wire style, in
EN, IT and FR (no database; the seed document's lexicon)."""

from __future__ import annotations

from tests.test_extract_embedded import actor_ids, events, run


def _visits(d: object) -> list[tuple[frozenset[str], frozenset[str]]]:
    return sorted((frozenset(a for a, r in p if r == "visitor"),
                   frozenset(a for a, r in p if r == "host"))
                  for t, p in events(d) if t == "visit")  # type: ignore[arg-type]


def _v(visitor: str, host: str) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset({visitor}), frozenset({host})


# --- a trip told by its end: the place come back from or left is the host ----------------


def test_a_return_from_a_place_is_a_visit_to_it() -> None:
    d = run("Sergey Lavrov returned from Pyongyang on Friday.", published="2024-11-10")
    assert _visits(d) == [_v("sergey-lavrov", "north-korea")]
    d = run("Sergey Lavrov flew back from North Korea on Friday after two days of talks.",
            published="2024-11-10")
    assert _visits(d) == [_v("sergey-lavrov", "north-korea")]
    assert not [t for t, _ in events(d) if t == "support"]  # "back" is no backing
    d = run("Sergej Lavrov è rientrato ieri da Pyongyang.", language="it",
            published="2024-11-10")
    assert _visits(d) == [_v("sergey-lavrov", "north-korea")]
    d = run("Choe Son Hui è tornata sabato dalla Russia.", language="it",
            published="2024-11-10")
    assert _visits(d) == [_v("choe-son-hui", "russia")]
    d = run("Sergueï Lavrov est rentré vendredi de Pyongyang.", language="fr",
            published="2024-11-10")
    assert _visits(d) == [_v("sergey-lavrov", "north-korea")]


def test_coming_home_is_no_visit() -> None:
    d = run("Sergej Lavrov è rientrato ieri a Mosca.", language="it", published="2024-11-10")
    assert _visits(d) == []
    d = run("Sergueï Lavrov est rentré à Moscou vendredi.", language="fr",
            published="2024-11-10")
    assert _visits(d) == []
    d = run("Russia returned the favour to North Korea.", published="2024-11-10")
    assert _visits(d) == []


def test_setting_off_again_from_a_place_is_a_visit_to_it() -> None:
    d = run("Sergej Lavrov è ripartito ieri da Pyongyang.", language="it",
            published="2024-11-10")
    assert _visits(d) == [_v("sergey-lavrov", "north-korea")]
    d = run("Sergueï Lavrov est reparti samedi de Corée du Nord.", language="fr",
            published="2024-11-10")
    assert _visits(d) == [_v("sergey-lavrov", "north-korea")]


# --- a trip to several states is a visit to each ------------------------------------------


def test_a_trip_to_several_states_is_one_visit_to_each() -> None:
    d = run("Sergey Lavrov travelled to China and Vietnam last week.", published="2024-11-10")
    assert _visits(d) == sorted([_v("sergey-lavrov", "china"), _v("sergey-lavrov", "vietnam")])
    d = run("Sergey Lavrov was on a tour of Asia, with stops in Beijing and Hanoi.",
            published="2024-11-10")
    assert _visits(d) == sorted([_v("sergey-lavrov", "china"), _v("sergey-lavrov", "vietnam")])
    d = run("Il ministro Sergej Lavrov si è recato in Cina e Vietnam.", language="it",
            published="2024-11-10")
    assert _visits(d) == sorted([_v("sergey-lavrov", "china"), _v("sergey-lavrov", "vietnam")])


# --- talks by video are a meeting ---------------------------------------------------------


def test_talks_by_video_are_a_meeting() -> None:
    pair = ("meeting", {("choe-son-hui", "participant"), ("vladimir-putin", "participant")})
    d = run("Choe Son Hui spoke by video link with Vladimir Putin on Friday.",
            published="2024-11-10")
    assert pair in events(d)
    d = run("Choe Son Hui held a courtesy call with Vladimir Putin.", published="2024-11-10")
    assert pair in events(d)
    d = run("Choe Son Hui e Vladimir Putin hanno avuto un colloquio in videocollegamento.",
            language="it", published="2024-11-10")
    assert pair in events(d)
    d = run("Choe Son Hui et Vladimir Poutine se sont entretenus par liaison vidéo.",
            language="fr", published="2024-11-10")
    assert pair in events(d)


# --- a minister of any portfolio is a person named with a cue -----------------------------


def test_ministers_of_any_portfolio_are_named() -> None:
    d = run("Il ministro russo delle Risorse naturali Aleksandr Kozlov è arrivato ieri a "
            "Pyongyang.", language="it", published="2024-11-14")
    assert "aleksandr-kozlov" in actor_ids(d)
    assert _visits(d) == [_v("aleksandr-kozlov", "north-korea")]
    d = run("Il ministro dell'Economia nordcoreano Kim Tok Hun ha incontrato Sergej Lavrov.",
            language="it", published="2024-11-14")
    assert ("meeting", {("kim-tok-hun", "participant"), ("sergey-lavrov", "participant")}) \
        in events(d)
    d = run("Le ministre russe des Ressources naturelles Alexandre Kozlov est arrivé à "
            "Pyongyang.", language="fr", published="2024-11-14")
    assert _visits(d) == [_v("alexandre-kozlov", "north-korea")]
    d = run("Russia's Minister of Natural Resources Alexander Kozlov arrived in Pyongyang.",
            published="2024-11-14")
    assert _visits(d) == [_v("alexander-kozlov", "north-korea")]


def test_where_one_sets_off_to_is_visited_too() -> None:
    d = run("Putin è ripartito oggi da Pyongyang alla volta di Hanoi, al termine di una "
            "visita di Stato.", language="it", published="2024-06-20")
    assert _visits(d) == sorted([_v("vladimir-putin", "north-korea"),
                                 _v("vladimir-putin", "vietnam")])
    d = run("Sergueï Lavrov est reparti vendredi de Pyongyang pour Pékin.", language="fr",
            published="2024-11-10")
    assert _visits(d) == sorted([_v("sergey-lavrov", "north-korea"),
                                 _v("sergey-lavrov", "china")])
    # coming back home: home is no host
    d = run("Sergej Lavrov è rientrato ieri da Pyongyang per Mosca.", language="it",
            published="2024-11-10")
    assert _visits(d) == [_v("sergey-lavrov", "north-korea")]


def test_a_second_state_with_its_own_preposition_is_visited_too() -> None:
    d = run("Sergej Lavrov si è recato in Cina e in Vietnam.", language="it",
            published="2024-11-10")
    assert _visits(d) == sorted([_v("sergey-lavrov", "china"), _v("sergey-lavrov", "vietnam")])
    d = run("Sergueï Lavrov s'est rendu en Chine et au Vietnam.", language="fr",
            published="2024-11-10")
    assert _visits(d) == sorted([_v("sergey-lavrov", "china"), _v("sergey-lavrov", "vietnam")])
    d = run("Le président Yoon Suk Yeol, en tournée au Kazakhstan et en Ouzbékistan, a "
            "rencontré jeudi le président Kassym-Jomart Tokaïev.", language="fr",
            published="2024-09-14")
    assert {h for _, hs in _visits(d) for h in hs} == {"kazakhstan", "uzbekistan"}


def test_adjectives_of_more_states_name_them() -> None:
    # an unknown adjective between a title and a name hid the person: the demonyms of more
    # states (Central Asia, the Caucasus, Asia, others) are listed in Italian and French
    d = run("Yoon Suk Yeol a rencontré jeudi à Astana son homologue kazakh Kassym-Jomart "
            "Tokaïev.", language="fr", published="2024-09-14")
    assert ("meeting", {("yoon-suk-yeol", "participant"),
                        ("kassym-jomart-tokaiev", "participant")}) in events(d)
    assert "kazakhstan" in actor_ids(d)
    d = run("Il presidente kazako Kassym-Jomart Tokayev ha incontrato Vladimir Putin.",
            language="it", published="2024-09-14")
    assert ("meeting", {("kassym-jomart-tokayev", "participant"),
                        ("vladimir-putin", "participant")}) in events(d)
    d = run("Le ministre ouzbek des Affaires étrangères Bakhtiyor Saidov est arrivé à Moscou.",
            language="fr", published="2024-09-14")
    assert {"uzbekistan", "bakhtiyor-saidov"} <= set(actor_ids(d))
