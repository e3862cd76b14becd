"""People referred back to, third round (session 15, second wave): a pronoun after a time
phrase that counts a span ("Two days later he was received by Kim", "Trois jours plus tard,
il a rencontré", "A week later she met"), and an Italian passive of receiving or greeting
that opens the sentence with its subject unsaid ("È stato ricevuto da Kim") are the person
named before. Sentences written for these tests (no database; the seed document's
lexicon)."""

from __future__ import annotations

from tests.test_extract_embedded import events, run


def _has(d: object, etype: str, parts: set[tuple[str, str]]) -> bool:
    return (etype, parts) in events(d)  # type: ignore[arg-type]


def _meets(d: object, a: str, b: str) -> bool:
    return _has(d, "meeting", {(a, "participant"), (b, "participant")})


# --- a pronoun after a counted span of time -----------------------------------------------


def test_pronoun_after_a_counted_span_before_a_passive() -> None:
    d = run("Russian Defence Minister Andrei Belousov arrived in Pyongyang on Friday. "
            "Two days later he was received by Kim Jong Un.", "en")
    assert _meets(d, "andrei-belousov", "kim-jong-un")


def test_pronoun_after_a_day_later_active() -> None:
    d = run("Foreign Minister Choe Son Hui arrived in Moscow on Monday. "
            "A day later she met President Vladimir Putin.", "en")
    assert _meets(d, "choe-son-hui", "vladimir-putin")


def test_pronoun_after_several_hours_and_a_comma() -> None:
    d = run("Foreign Minister Choe Son Hui arrived in Moscow on Monday. "
            "Several hours later, she held talks with Sergei Lavrov.", "en")
    assert _meets(d, "choe-son-hui", "sergey-lavrov")


def test_french_pronoun_after_a_counted_span() -> None:
    d = run("Le ministre russe de la Défense Andreï Belooussov est arrivé vendredi à "
            "Pyongyang. Deux jours plus tard, il a été reçu par Kim Jong Un.", "fr")
    assert any(t == "meeting" and ("kim-jong-un", "participant") in p and len(p) == 2
               and all(r == "participant" for _, r in p) for t, p in events(d))


# --- an Italian passive of receiving opening the sentence ---------------------------------


def test_italian_unsaid_subject_of_a_passive_greeting() -> None:
    d = run("Il ministro della Difesa russo Andrei Belousov è arrivato venerdì a Pyongyang. "
            "È stato accolto a Pyongyang dal leader Kim Jong Un.", "it")
    assert _meets(d, "andrei-belousov", "kim-jong-un")


def test_italian_unsaid_subject_of_a_passive_reception_feminine() -> None:
    d = run("La ministra degli Esteri Choe Son Hui è giunta lunedì a Mosca. "
            "È stata ricevuta dal presidente Vladimir Putin al Cremlino.", "it")
    assert _meets(d, "choe-son-hui", "vladimir-putin")


def test_italian_thing_received_after_the_participle_is_no_guest() -> None:
    d = run("Il ministro della Difesa russo Andrei Belousov è arrivato venerdì a Pyongyang. "
            "È stato ricevuto il messaggio di Kim Jong Un.", "it")
    assert not any(t == "meeting" for t, _ in events(d))


# --- "the country" a trip goes to ----------------------------------------------------------


def _visits(d: object, who: str, host: str) -> bool:
    return _has(d, "visit", {(who, "visitor"), (host, "host")})


def test_italian_visit_to_the_country_after_a_place_in_a_when_clause() -> None:
    d = run("Il percorso era iniziato il 19 giugno a Pyongyang, quando il documento fu "
            "firmato da Vladimir Putin e Kim Jong Un durante la prima visita del leader russo "
            "nel Paese in 24 anni.", "it")
    assert _visits(d, "vladimir-putin", "north-korea")


def test_italian_visit_to_the_country_in_the_next_sentence() -> None:
    d = run("Vladimir Putin è arrivato a Pyongyang. È la prima visita del presidente russo "
            "nel Paese dal 2000.", "it")
    assert _visits(d, "vladimir-putin", "north-korea")


def test_english_trip_to_the_country_after_a_place() -> None:
    d = run("The treaty was signed in Pyongyang by Vladimir Putin and Kim Jong Un during the "
            "Russian leader's first trip to the country since 2000.", "en")
    assert _visits(d, "vladimir-putin", "north-korea")


def test_french_visit_to_the_country_after_a_place() -> None:
    d = run("Le traité a été signé à Pyongyang par Vladimir Poutine et Kim Jong Un lors de la "
            "première visite du dirigeant russe dans le pays depuis 24 ans.", "fr")
    assert _visits(d, "vladimir-putin", "north-korea")


def test_the_country_with_no_place_named_before_is_no_host() -> None:
    d = run("Kim Jong Un met Sergei Shoigu, who was on his first trip to the country.", "en")
    assert not any(t == "visit" and any(r == "host" for _, r in p) for t, p in events(d))


# --- a person greeted in person by another, with no airport named -------------------------


def test_welcomed_in_a_capital_by_a_person_is_a_meeting_not_a_stance() -> None:
    d = run("Russian Foreign Minister Sergei Lavrov was welcomed in Pyongyang by Choe Son Hui "
            "on Thursday.", "en")
    assert _meets(d, "sergey-lavrov", "choe-son-hui")
    assert not any(t == "statement" for t, _ in events(d))


def test_greeted_by_a_person_after_a_pronoun_and_an_adverb() -> None:
    d = run("Russian Defence Minister Andrei Belousov arrived in Pyongyang on Friday. "
            "He was warmly welcomed by leader Kim Jong Un.", "en")
    assert _meets(d, "andrei-belousov", "kim-jong-un")


def test_greeted_in_a_relative_clause() -> None:
    d = run("Foreign Minister Choe Son Hui, who was welcomed by Sergei Lavrov in Moscow, "
            "praised the treaty.", "en")
    assert _meets(d, "choe-son-hui", "sergey-lavrov")


def test_a_thing_welcomed_by_a_person_is_no_meeting() -> None:
    for text in ("The treaty was welcomed by Japanese Prime Minister Shigeru Ishiba.",
                 "Kim Jong Un's proposal was welcomed by Vladimir Putin."):
        assert not any(t == "meeting" for t, _ in events(run(text, "en")))


def test_a_negated_or_future_welcome_is_no_meeting() -> None:
    for text in ("Sergei Lavrov was not welcomed by Kim Jong Un.",
                 "Lavrov said he would be welcomed by Kim Jong Un next week."):
        assert not any(t == "meeting" for t, _ in events(run(text, "en")))


# --- a pronoun after a meeting in an adjunct opening the sentence -------------------------


def test_pronoun_after_the_talks_on_a_day_with_someone() -> None:
    d = run("Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Sunday. At the "
            "talks on Monday with Choe Son Hui, he said Moscow backed Pyongyang.", "en")
    assert _meets(d, "sergey-lavrov", "choe-son-hui")


def test_pronoun_after_talks_with_someone_english_feminine() -> None:
    d = run("Foreign Minister Choe Son Hui arrived in Moscow. During her talks with Sergei "
            "Lavrov, she praised the treaty.", "en")
    assert _meets(d, "choe-son-hui", "sergey-lavrov")


def test_french_pronoun_after_talks_with_someone() -> None:
    d = run("Le ministre russe Sergueï Lavrov est arrivé dimanche à Pyongyang. Lors de ses "
            "entretiens avec Choe Son Hui, il a salué le traité.", "fr")
    assert _meets(d, "sergey-lavrov", "choe-son-hui")


def test_italian_pronoun_after_talks_with_someone() -> None:
    d = run("Il ministro russo Sergei Lavrov è arrivato domenica a Pyongyang. Durante i "
            "colloqui con Choe Son Hui, lui ha elogiato il trattato.", "it")
    assert _meets(d, "sergey-lavrov", "choe-son-hui")


def test_the_pronoun_is_not_whom_the_subject_met() -> None:
    d = run("Kim Jong Un hosted Vladimir Putin on Wednesday. After talks with Kim, he left "
            "for Hanoi.", "en")
    assert _has(d, "visit", {("vladimir-putin", "visitor"), ("vietnam", "host")})
    assert not any(t == "visit" and ("kim-jong-un", "visitor") in p for t, p in events(d))


# --- "the minister" after a minister of a portfolio --------------------------------------


def test_french_the_minister_after_the_head_of_diplomacy() -> None:
    d = run("Le chef de la diplomatie ukrainienne, Andriï Sybiha, a dénoncé « l'axe des "
            "dictatures ». Le ministre a également affirmé avoir parlé au téléphone avec son "
            "homologue japonais Takeshi Iwaya.", "fr")
    assert _meets(d, "andrii-sybiha", "takeshi-iwaya")
    assert not any(t == "statement" and ("takeshi-iwaya", "speaker") in p
                   for t, p in events(d))


def test_italian_the_minister_after_the_head_of_diplomacy() -> None:
    d = run("Il capo della diplomazia russa Sergei Lavrov è arrivato a Pyongyang. Il ministro "
            "è stato ricevuto da Kim Jong Un.", "it")
    assert _meets(d, "sergey-lavrov", "kim-jong-un")


def test_the_minister_after_two_ministers_is_no_one() -> None:
    d = run("Foreign Minister Sergei Lavrov and Defence Minister Andrei Belousov arrived in "
            "Pyongyang. The minister was received by Kim Jong Un.", "en")
    assert not any(t == "meeting" for t, _ in events(d))


# --- the guest of a clitic is given no title of his host's; a name after a place ---------


def test_a_guest_referred_back_by_a_clitic_keeps_his_own_title() -> None:
    d = run("Il segretario del Consiglio di sicurezza russo Sergei Shoigu è arrivato venerdì a "
            "Pyongyang. Il leader nordcoreano Kim Jong Un lo ha ricevuto sabato. Il portavoce "
            "di Putin, Dmitry Peskov, ha definito la visita «molto proficua». Il segretario "
            "russo ha poi affermato di aver parlato con il suo omologo cinese Wang Yi.", "it")
    assert _meets(d, "sergei-shoigu", "wang-yi")


def test_a_counterpart_named_after_a_place_is_that_name() -> None:
    d = run("Russian Foreign Minister Sergey Lavrov held talks with Choe Son Hui in Pyongyang. "
            "Lavrov later said he had spoken by phone with his counterpart in Beijing, Wang "
            "Yi.", "en")
    assert _meets(d, "sergey-lavrov", "wang-yi")
    assert not any(t == "meeting" and len(p) == 3 for t, p in events(d))
