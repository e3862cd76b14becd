"""Meetings and visits, session 15: who takes part (a titled name closing an object before
an inverted verb of saying, a name with a capitalised "To", a delegation and its named
leader, "the delegation" referred back, an official's namesake of a known person), trips
told by where one comes back to or reaches, and what is no meeting or visit (a body's
session, a trip or talks only being prepared). Sentences written for these tests in wire
style, in EN, IT and FR (no database; the seed document's lexicon)."""

from __future__ import annotations

from tests.test_extract_embedded import claims, events, run


def _of(d: object, kind: str) -> list[frozenset[tuple[str, str]]]:
    return [frozenset(p) for t, p in events(d) if t == kind]  # type: ignore[arg-type]


def _meet(*people: str) -> frozenset[tuple[str, str]]:
    return frozenset((p, "participant") for p in people)


def _visit(visitor: str, host: str) -> frozenset[tuple[str, str]]:
    return frozenset({(visitor, "visitor"), (host, "host")})


# --- who takes part --------------------------------------------------------------------


def test_titled_object_before_an_inverted_verb_of_saying_is_met() -> None:
    d = run("Le président russe Vladimir Poutine a reçu mardi au Kremlin la ministre "
            "nord-coréenne des Affaires étrangères, Choe Son Hui, a annoncé le Kremlin.",
            language="fr", published="2024-01-17")
    assert _of(d, "meeting") == [_meet("vladimir-putin", "choe-son-hui")]
    assert claims(d, "meeting") == [("reported", ["russia"])]
    d = run("Kim Jong Un a reçu vendredi le ministre russe de la Défense, Andreï Belooussov, "
            "a rapporté l'agence KCNA.", language="fr", published="2024-11-30")
    assert _of(d, "meeting") == [_meet("kim-jong-un", "andrei-belooussov")]
    d = run("Lunedì il ministro della Difesa russo Andrei Belousov ha ricevuto a Mosca il capo "
            "di stato maggiore dell'esercito nordcoreano, Ri Yong Gil, ha riferito il ministero "
            "della Difesa russo.", language="it", published="2024-11-06")
    assert _of(d, "meeting") == [_meet("andrei-belousov", "ri-yong-gil")]
    d = run("Kim Jong Un ha incontrato il ministro degli Esteri russo, Sergei Lavrov, ha "
            "riferito la Kcna.", language="it", published="2024-11-06")
    assert _of(d, "meeting") == [_meet("kim-jong-un", "sergey-lavrov")]
    assert claims(d, "meeting") == [("reported", ["kcna"])]


def test_a_titled_name_in_apposition_still_speaks() -> None:
    d = run("Il portavoce del Cremlino, Dmitry Peskov, ha incontrato Kim Jong Un.",
            language="it", published="2024-11-06")
    assert _of(d, "meeting") == [_meet("dmitry-peskov", "kim-jong-un")]
    d = run("Il ministro degli Esteri russo, Sergei Lavrov, ha incontrato Kim Jong Un a "
            "Pyongyang.", language="it", published="2024-11-06")
    assert _of(d, "meeting") == [_meet("sergey-lavrov", "kim-jong-un")]


def test_a_name_beginning_with_to_after_a_title() -> None:
    d = run("Putin met Vietnamese President To Lam in Hanoi on Thursday.",
            published="2024-06-21")
    assert _of(d, "meeting") == [_meet("vladimir-putin", "to-lam")]
    d = run("Putin si è recato ad Hanoi, dove ha incontrato il presidente vietnamita To Lam.",
            language="it", published="2024-06-21")
    assert _meet("vladimir-putin", "to-lam") in _of(d, "meeting")
    d = run("M. Poutine a été reçu par le dirigeant vietnamien To Lam.", language="fr",
            published="2024-06-21")
    assert _of(d, "meeting") == [_meet("vladimir-putin", "to-lam")]


def test_a_delegation_led_by_a_named_person_is_the_side() -> None:
    d = run("A Russian parliamentary delegation led by Duma Speaker Vyacheslav Volodin "
            "arrived in Pyongyang on Wednesday.", published="2024-12-06")
    assert _of(d, "visit") == [_visit("russian-parliamentary-delegation", "north-korea")]
    d = run("Kim Jong Un received a Russian military delegation headed by Defence Minister "
            "Andrei Belousov.", published="2024-12-06")
    assert _of(d, "meeting") == [_meet("kim-jong-un", "russian-military-delegation")]
    d = run("Une délégation parlementaire russe conduite par le président de la Douma, "
            "Viatcheslav Volodine, est arrivée mercredi à Pyongyang.", language="fr",
            published="2024-12-06")
    assert _of(d, "visit") == [_visit("delegation-parlementaire-russe", "north-korea")]
    # the leader himself meeting someone is his meeting
    d = run("A Russian delegation led by Duma Speaker Vyacheslav Volodin arrived in Pyongyang "
            "on Wednesday. Volodin later met North Korean leader Kim Jong Un, KCNA said.",
            published="2024-12-06")
    assert _of(d, "meeting") == [_meet("vyacheslav-volodin", "kim-jong-un")]


def test_the_delegation_referred_back() -> None:
    d = run("A Russian parliamentary delegation arrived in Pyongyang on Wednesday. The "
            "delegation was received by Kim Jong Un.", published="2024-12-06")
    assert _meet("russian-parliamentary-delegation", "kim-jong-un") in _of(d, "meeting")
    d = run("Una delegazione militare russa è arrivata lunedì a Pyongyang. La delegazione è "
            "stata ricevuta da Kim Jong Un.", language="it", published="2024-12-06")
    assert _meet("delegazione-militare-russa", "kim-jong-un") in _of(d, "meeting")


def test_an_official_namesake_of_a_known_person_is_another_person() -> None:
    d = run("Lavrov was greeted at the airport by senior North Korean official Choe Ryong "
            "Hae.", published="2024-12-06")
    assert _of(d, "meeting") == [_meet("sergey-lavrov", "choe-ryong-hae")]
    d = run("Lavrov è stato accolto dall'alto funzionario nordcoreano Choe Ryong Hae.",
            language="it", published="2024-12-06")
    assert _of(d, "meeting") == [_meet("sergey-lavrov", "choe-ryong-hae")]
    d = run("Lavrov a été accueilli par le haut responsable nord-coréen Choe Ryong Hae.",
            language="fr", published="2024-12-06")
    assert _of(d, "meeting") == [_meet("sergey-lavrov", "choe-ryong-hae")]
    d = run("North Korean Foreign Minister Choe Son Hui met Lavrov.", published="2024-12-06")
    assert _of(d, "meeting") == [_meet("choe-son-hui", "sergey-lavrov")]


# --- trips told by where one comes (back) to ------------------------------------------------


def test_coming_back_to_another_state_is_a_visit() -> None:
    for text, lang in (("Lavrov last came to Pyongyang on June 4.", "en"),
                       ("Lavrov returned to Pyongyang on Friday.", "en"),
                       ("Lavrov è tornato venerdì a Pyongyang.", "it"),
                       ("Lavrov est revenu à Pyongyang le 4 juin.", "fr"),
                       ("Lavrov est venu à Pyongyang le 4 juin.", "fr")):
        d = run(text, language=lang, published="2024-11-15")
        assert _of(d, "visit") == [_visit("sergey-lavrov", "north-korea")], text
    d = run("M. Poutine s'est envolé jeudi pour Hanoï.", language="fr", published="2024-06-21")
    assert _of(d, "visit") == [_visit("vladimir-putin", "vietnam")]


def test_coming_back_home_or_to_an_end_is_no_visit() -> None:
    for text, lang in (("Lavrov returned to Moscow on Friday.", "en"),
                       ("Kim came to power in 2011.", "en"),
                       ("The talks came to an end on Friday.", "en"),
                       ("Lavrov est revenu à Moscou.", "fr"),
                       ("Lavrov ha raggiunto un accordo con Choe Son Hui.", "it"),
                       ("Choe said bilateral trade had reached a record level.", "en"),
                       ("Lavrov è tornato a Mosca da Pyongyang venerdì.", "it")):
        d = run(text, language=lang, published="2024-11-15")
        assert _of(d, "visit") in ([], [_visit("sergey-lavrov", "north-korea")]), text


# --- no meeting, no visit ---------------------------------------------------------------


def test_a_bodys_session_is_no_meeting() -> None:
    d = run("The United States accused North Korea during a meeting of the UN Security "
            "Council on Monday.", published="2024-11-15")
    assert _of(d, "meeting") == []
    d = run("Les États-Unis ont accusé lundi la Corée du Nord, lors d'une réunion du Conseil "
            "de sécurité de l'ONU.", language="fr", published="2024-11-15")
    assert _of(d, "meeting") == []
    d = run("L'ambasciatore russo Vassily Nebenzia aveva definito le accuse «pura propaganda» "
            "durante una riunione del Consiglio di Sicurezza.", language="it",
            published="2024-11-15")
    assert _of(d, "meeting") == []
    # the sides met are named
    d = run("A meeting of NATO and South Korea took place on Monday.", published="2024-11-15")
    assert _of(d, "meeting") == [_meet("nato", "south-korea")]


def test_a_trip_or_talks_being_prepared_are_no_event() -> None:
    for text, lang in (("A visit by Putin to North Korea is being prepared, Lavrov said.", "en"),
                       ("Une visite de Vladimir Poutine en Corée du Nord est en préparation, "
                        "a indiqué Lavrov.", "fr"),
                       ("Une visite de Kim Jong Un en Russie reste à l'étude, a précisé "
                        "Lavrov.", "fr"),
                       ("Una visita di Putin in Corea del Nord è in preparazione, ha detto "
                        "Lavrov.", "it"),
                       ("M. Kim devait être reçu jeudi par le président chinois Xi Jinping.",
                        "fr"),
                       ("La Nato ha convocato per lunedì una riunione con una delegazione di "
                        "Seul.", "it")):
        d = run(text, language=lang, published="2024-11-15")
        assert _of(d, "visit") == [] and _of(d, "meeting") == [], text


def test_talk_of_and_a_thing_hosted_are_no_meeting() -> None:
    d = run("Russia's ambassador to the United Nations, Vassily Nebenzia, dismissed talk of "
            "North Korean troops in Russia as \"a lie\" on Wednesday.", published="2024-10-24")
    assert _of(d, "meeting") == []
    d = run("Kim Jong Un held talks with Vladimir Putin in Beijing on Wednesday, hours after "
            "both attended a military parade hosted by Chinese President Xi Jinping.",
            published="2025-09-04")
    assert _of(d, "meeting") == [_meet("kim-jong-un", "vladimir-putin")]
    d = run("Kim a assisté à un défilé militaire accueilli par le président chinois Xi "
            "Jinping.", language="fr", published="2025-09-04")
    assert _of(d, "meeting") == []
    # people hosted or received are met
    d = run("A Russian delegation hosted by Kim Jong Un toured a factory.",
            published="2025-09-04")
    assert _of(d, "meeting") == [_meet("russian-delegation", "kim-jong-un")]
    d = run("Vendredi soir, Vladimir Poutine et Kim Jong Un se sont par ailleurs entretenus "
            "par visioconférence, a indiqué le Kremlin.", language="fr",
            published="2024-09-14")
    assert _of(d, "meeting") == [_meet("vladimir-putin", "kim-jong-un")]


def test_names_in_a_relative_clause_after_the_met_are_no_side() -> None:
    d = run("Russian Security Council Secretary Sergei Shoigu was received by Kim Jong Un on "
            "Friday, to whom he passed on greetings from Vladimir Putin.",
            published="2025-03-22")
    assert _of(d, "meeting") == [_meet("sergei-shoigu", "kim-jong-un")]
    d = run("Sergueï Choïgou, secrétaire du Conseil de sécurité russe, a été reçu vendredi par "
            "Kim Jong Un, à qui il a transmis les salutations de Vladimir Poutine.",
            language="fr", published="2025-03-22")
    assert _of(d, "meeting") == [_meet("serguei-choigou", "kim-jong-un")]
    d = run("Il segretario del Consiglio di sicurezza russo Sergei Shoigu è stato ricevuto "
            "venerdì da Kim Jong Un, al quale ha trasmesso i saluti di Vladimir Putin.",
            language="it", published="2025-03-22")
    assert _of(d, "meeting") == [_meet("sergei-shoigu", "kim-jong-un")]


def test_talks_told_with_their_day_before_with() -> None:
    d = run("Nei colloqui di ieri con il ministro degli Esteri Sergei Lavrov, Choe Son Hui "
            "aveva definito la Russia «il più fedele compagno».", language="it",
            published="2024-01-17")
    assert _meet("sergey-lavrov", "choe-son-hui") in _of(d, "meeting")
    assert ("confirmed", []) in claims(d, "meeting")
    d = run("Lors des entretiens de lundi avec Sergueï Lavrov, Choe Son Hui a qualifié la "
            "Russie de « camarade le plus fidèle ».", language="fr", published="2024-01-17")
    assert _meet("sergey-lavrov", "choe-son-hui") in _of(d, "meeting")
    d = run("I colloqui di ieri sono durati tre ore.", language="it", published="2024-01-17")
    assert _of(d, "meeting") == []


def test_talks_on_a_treaty_signed_before_are_held() -> None:
    d = run("Russian Defence Minister Andrei Belousov arrived in Pyongyang on Friday. "
            "Belousov also held talks with his North Korean counterpart No Kwang Chol on "
            "implementing the partnership treaty signed in June, the Russian Defence Ministry "
            "said.", published="2024-12-02")
    assert _meet("andrei-belousov", "no-kwang-chol") in _of(d, "meeting")


def test_two_predicates_of_one_subject_each_have_their_sides() -> None:
    d = run("Russian Security Council Secretary Sergei Shoigu arrived in Pyongyang on "
            "Wednesday with a message from President Vladimir Putin and was received by leader "
            "Kim Jong Un hours later.", published="2025-06-05")
    assert _of(d, "meeting") == [_meet("sergei-shoigu", "kim-jong-un")]
    d = run("Sergey Lavrov held talks with Choe Son Hui and was then received by Kim Jong Un.",
            published="2025-06-05")
    assert sorted(_of(d, "meeting"), key=sorted) == sorted(
        [_meet("sergey-lavrov", "choe-son-hui"), _meet("sergey-lavrov", "kim-jong-un")],
        key=sorted)
    d = run("Sergei Lavrov è arrivato a Pyongyang con un messaggio di Vladimir Putin ed è stato "
            "ricevuto da Kim Jong Un.", language="it", published="2025-06-05")
    assert _of(d, "meeting") == [_meet("sergey-lavrov", "kim-jong-un")]
    d = run("Sabato Sergei Lavrov ha avuto colloqui con l'omologa Choe Son Hui, che lo ha "
            "ringraziato per il sostegno di Mosca, e nello stesso giorno è stato ricevuto dal "
            "leader Kim Jong Un.", language="it", published="2025-07-14")
    assert _meet("sergey-lavrov", "kim-jong-un") in _of(d, "meeting")
    assert _meet("sergey-lavrov", "choe-son-hui") in _of(d, "meeting")
    d = run("Lavrov s'est entretenu avec son homologue Choe Son Hui, puis a été reçu par Kim "
            "Jong Un.", language="fr", published="2024-09-14")
    assert sorted(_of(d, "meeting"), key=sorted) == sorted(
        [_meet("sergey-lavrov", "choe-son-hui"), _meet("sergey-lavrov", "kim-jong-un")],
        key=sorted)
    # a list of people met is no second predicate
    d = run("Sergey Lavrov met Choe Son Hui and Kim Jong Un in Pyongyang.",
            published="2024-09-14")
    assert _of(d, "meeting") == [_meet("sergey-lavrov", "choe-son-hui", "kim-jong-un")]
    # a second subject has its own meeting
    d = run("Putin met Kim in Pyongyang and Lavrov met Choe Son Hui in Moscow.",
            published="2024-09-14")
    assert _meet("sergey-lavrov", "choe-son-hui") in _of(d, "meeting")


def test_companions_among_others() -> None:
    for text, lang in (
            ("Kim Jong Un arrived in Russia on Tuesday, accompanied among others by Foreign "
             "Minister Choe Son Hui.", "en"),
            ("Kim Jong Un est arrivé mardi en Russie, accompagné notamment de la ministre des "
             "Affaires étrangères Choe Son Hui.", "fr"),
            ("Kim Jong Un era arrivato in Russia martedì, accompagnato tra gli altri dalla "
             "ministra degli Esteri Choe Son Hui.", "it")):
        d = run(text, language=lang, published="2023-09-14")
        assert _of(d, "visit") == [frozenset({("kim-jong-un", "visitor"),
                                              ("choe-son-hui", "visitor"),
                                              ("russia", "host")})], text


def test_a_pronoun_after_with_is_the_person_named_before() -> None:
    d = run("North Korean Foreign Minister Choe Son Hui arrived in Moscow on Tuesday. She was "
            "received on Wednesday by Russian President Vladimir Putin, state media said. The "
            "Russian leader also held talks with her, the Kremlin said.",
            published="2024-11-15")
    assert _of(d, "meeting") == [_meet("choe-son-hui", "vladimir-putin")]
    assert sorted(claims(d, "meeting")) == [("reported", ["russia"]),
                                            ("reported", ["state-media"])]
    d = run("La ministre nord-coréenne des Affaires étrangères, Choe Son Hui, a été reçue lundi "
            "au Kremlin par Vladimir Poutine. Le président russe s'est entretenu avec elle "
            "pendant près d'une heure, selon l'agence RIA Novosti.", language="fr",
            published="2024-11-05")
    assert _of(d, "meeting") == [_meet("choe-son-hui", "vladimir-putin")]
    assert ("reported", ["ria-novosti"]) in claims(d, "meeting")
    d = run("La ministra Choe Son Hui è arrivata lunedì a Mosca. Il presidente russo Vladimir "
            "Putin ha avuto colloqui con lei martedì, riferisce la Tass.", language="it",
            published="2024-11-15")
    assert _of(d, "meeting") == [_meet("vladimir-putin", "choe-son-hui")]
    d = run("Sergey Lavrov arrived in Pyongyang on Friday. Kim Jong Un met with him on "
            "Saturday.", published="2024-11-17")
    assert _of(d, "meeting") == [_meet("kim-jong-un", "sergey-lavrov")]


def test_the_visit_of_a_person_is_his() -> None:
    d = run("I missili sarebbero stati consegnati a Mosca da Pyongyang dopo la visita di Kim "
            "Jong Un in Russia a settembre, secondo gli inquirenti ucraini.", language="it",
            published="2024-02-20")
    assert _of(d, "visit") == [_visit("kim-jong-un", "russia")]
    d = run("Les missiles auraient été livrés à Moscou par Pyongyang après la visite de Kim "
            "Jong Un en Russie en septembre.", language="fr", published="2024-02-20")
    assert _of(d, "visit") == [_visit("kim-jong-un", "russia")]
    d = run("Dopo la visita di Putin e Lavrov a Pyongyang, Seul ha protestato.", language="it",
            published="2024-06-21")
    assert _of(d, "visit") == [frozenset({("vladimir-putin", "visitor"),
                                          ("sergey-lavrov", "visitor"),
                                          ("north-korea", "host")})]


def test_unnamed_officials_met_are_a_group() -> None:
    d = run("Kim Jong Un era arrivato martedì nella capitale cinese, accolto alla stazione da "
            "alti funzionari del governo di Pechino.", language="it", published="2025-09-04")
    assert _meet("kim-jong-un", "alti-funzionari-del-governo-di-pechino") in _of(d, "meeting")
    d = run("Kim Jong Un was greeted at the station by senior Chinese officials.",
            published="2025-09-04")
    assert _of(d, "meeting") == [_meet("kim-jong-un", "senior-chinese-officials")]
    d = run("Lavrov met South Korean officials in Moscow on Monday.", published="2025-09-04")
    assert _of(d, "meeting") == [_meet("sergey-lavrov", "south-korean-officials")]
    d = run("Kim Jong Un a été accueilli à la gare par de hauts responsables chinois.",
            language="fr", published="2025-09-04")
    assert _of(d, "meeting") == [_meet("kim-jong-un", "hauts-responsables-chinois")]
    # officials who only report are no side
    d = run("Lavrov met Choe Son Hui on Monday, South Korean officials said.",
            published="2025-09-04")
    assert _of(d, "meeting") == [_meet("sergey-lavrov", "choe-son-hui")]


def test_a_background_trip_in_the_pluperfect() -> None:
    d = run("Lavrov, qui s'était rendu à Pyongyang en octobre 2023, doit de nouveau se rendre en "
            "Corée du Nord l'an prochain.", language="fr", published="2024-11-05")
    assert _of(d, "visit") == [_visit("sergey-lavrov", "north-korea")]
    assert d.document["events"][0]["date"]["value"] == "2023-10"
    d = run("Sergei Lavrov e Choe Son Hui si erano recati a Pechino.", language="it",
            published="2024-11-05")
    assert _of(d, "visit") == [frozenset({("sergey-lavrov", "visitor"),
                                          ("choe-son-hui", "visitor"), ("china", "host")})]


def test_an_audience_is_a_meeting() -> None:
    for text, lang in (("Kim Jong Un received Sergey Lavrov in audience on Friday.", "en"),
                       ("Kim Jong Un ha ricevuto in udienza Sergei Lavrov venerdì.", "it"),
                       ("Kim Jong Un a reçu en audience Sergueï Lavrov vendredi.", "fr"),
                       ("Kim Jong Un a accordé une audience à Sergueï Lavrov.", "fr")):
        d = run(text, language=lang, published="2024-11-15")
        assert _of(d, "meeting") == [_meet("kim-jong-un", "sergey-lavrov")], text
    assert _of(run("The audience applauded Kim Jong Un.", published="2024-11-15"),
               "meeting") == []


def test_received_in_a_capital_beside_a_trip_without_host() -> None:
    d = run("Le ministre russe des Affaires étrangères Sergueï Lavrov a été accueilli mercredi à "
            "Pyongyang par son homologue nord-coréenne Choe Son Hui, au début d'une visite de "
            "deux jours.", language="fr", published="2023-10-19")
    assert _of(d, "visit") == [_visit("sergey-lavrov", "north-korea")]
    assert _of(d, "meeting") == [_meet("sergey-lavrov", "choe-son-hui")]
    d = run("Il ministro degli Esteri russo Sergei Lavrov è stato accolto mercoledì a Pyongyang "
            "dall'omologa Choe Son Hui.", language="it", published="2023-10-19")
    assert _of(d, "visit") == [_visit("sergey-lavrov", "north-korea")]
    # a seat of power is no trip
    d = run("La ministre Choe Son Hui a été reçue mardi au Kremlin par son homologue Sergueï "
            "Lavrov.", language="fr", published="2023-10-19")
    assert _of(d, "visit") == []


def test_an_organisations_seat_opening_the_sentence_is_a_place() -> None:
    for text, lang, group in (
            ("Au siège de l'Otan, le secrétaire général Mark Rutte a reçu lundi une délégation "
             "sud-coréenne.", "fr", "delegation-sud-coreenne"),
            ("Alla sede della Nato, il segretario generale Mark Rutte ha ricevuto lunedì una "
             "delegazione sudcoreana.", "it", "delegazione-sudcoreana"),
            ("At NATO headquarters, Secretary General Mark Rutte received a South Korean "
             "delegation on Monday.", "en", "south-korean-delegation")):
        d = run(text, language=lang, published="2024-10-29")
        assert _of(d, "meeting") == [_meet("mark-rutte", group)], text


def test_talks_an_outlet_reports_in_its_relative_clause() -> None:
    d = run("Viatcheslav Volodine a été reçu vendredi par le dirigeant Kim Jong Un, selon "
            "l'agence officielle KCNA, qui fait état d'entretiens « chaleureux » sur la mise en "
            "œuvre du traité.", language="fr", published="2024-12-14")
    assert _of(d, "meeting") == [_meet("viatcheslav-volodine", "kim-jong-un")]
    d = run("Kim Jong Un, who met Putin in Vladivostok, praised Russia.",
            published="2024-12-14")
    assert _of(d, "meeting") == [_meet("kim-jong-un", "vladimir-putin")]


def test_an_interview_to_a_news_outlet_is_no_meeting() -> None:
    d = run("« Ce sont des affirmations sans aucun fondement », a rétorqué l'ambassadeur de "
            "Russie à Pyongyang, Alexandre Matsegora, dans un entretien à l'agence TASS.",
            language="fr", published="2024-10-25")
    assert _of(d, "meeting") == []
    d = run("Lavrov s'est entretenu avec Choe Son Hui, selon l'agence TASS.", language="fr",
            published="2024-10-25")
    assert _of(d, "meeting") == [_meet("sergey-lavrov", "choe-son-hui")]
