"""People referred back to, second round (session 14, dev cases 431-433): Italian and
French object clitics before a verb of urging, telling or accusing ("Le ha chiesto di", "Gli
ha detto che", "Il l'a exhortée à", "Elle lui a demandé de") are the addressee, resolved for
that slot only and never when two people fit equally near; a person who only owns another
person's title ("Putin's top diplomat, Sergey Lavrov", "il ministro degli Esteri di Kim Jong
Un, Choe Son Hui", "la sœur de Kim Jong Un, Kim Yo Jong") is no side and no antecedent; an
English object pronoun in a sentence naming two people is the one who is not its subject.
Sentences written for these tests (no database; the seed document's lexicon)."""

from __future__ import annotations

from tests.test_extract_embedded import events, run


def _has(d: object, etype: str, parts: set[tuple[str, str]]) -> bool:
    return (etype, parts) in events(d)  # type: ignore[arg-type]


# --- clitics before a verb of urging or telling: the addressee ---------------------------


def test_italian_dative_clitic_of_an_appeal() -> None:
    d = run("Sergei Lavrov ha ricevuto a Mosca la ministra nordcoreana Choe Son Hui. "
            "Le ha chiesto di rafforzare la cooperazione militare.", "it")
    assert _has(d, "appeal", {("sergey-lavrov", "appellant"), ("choe-son-hui", "addressee")})


def test_italian_dative_clitic_of_a_statement() -> None:
    d = run("Sergei Lavrov ha incontrato la ministra nordcoreana Choe Son Hui a Mosca. "
            "Le ha detto che i rapporti tra i due Paesi sono eccellenti.", "it")
    assert _has(d, "statement", {("sergey-lavrov", "speaker"), ("choe-son-hui", "addressee")})


def test_italian_direct_clitic_of_urging_with_an_unsaid_subject() -> None:
    d = run("La ministra nordcoreana Choe Son Hui ha incontrato Sergei Lavrov a Mosca. "
            "Lo ha esortato a sostenere Pyongyang all'Onu.", "it")
    assert _has(d, "appeal", {("choe-son-hui", "appellant"), ("sergey-lavrov", "addressee")})


def test_a_name_after_the_verb_is_in_what_is_asked_not_the_doer() -> None:
    d = run("Il leader nordcoreano Kim Jong Un ha ricevuto Sergei Lavrov. Lavrov ha poi "
            "incontrato la ministra Choe Son Hui. Le ha chiesto di preparare il viaggio di "
            "Kim in Russia.", "it")
    assert _has(d, "appeal", {("sergey-lavrov", "appellant"), ("choe-son-hui", "addressee")})


def test_french_object_clitic_of_urging() -> None:
    d = run("Sergueï Lavrov a reçu mardi à Moscou la ministre nord-coréenne Choe Son Hui. "
            "Il l'a exhortée à approfondir la coopération militaire.", "fr")
    assert _has(d, "appeal", {("sergey-lavrov", "appellant"), ("choe-son-hui", "addressee")})


def test_french_dative_clitic_is_the_addressee_not_a_name_in_the_request() -> None:
    d = run("Sergueï Lavrov a reçu mardi à Moscou la ministre nord-coréenne Choe Son Hui. "
            "Elle lui a demandé de soutenir Pyongyang au Conseil de sécurité de l'ONU.", "fr")
    assert _has(d, "appeal", {("choe-son-hui", "appellant"), ("sergey-lavrov", "addressee")})


def test_a_clitic_with_two_people_equally_near_is_not_resolved() -> None:
    d = run("Sergueï Lavrov a rencontré à Pyongyang Choe Son Hui et Kim Jong Un. "
            "Il lui a demandé de renforcer la coopération.", "fr")
    assert not [p for t, p in events(d) if t == "appeal"
                and any(r == "addressee" for _, r in p)]


def test_english_object_pronoun_is_the_other_person_of_its_sentence() -> None:
    d = run("Kim Jong Un received Sergey Lavrov in Pyongyang. Choe Son Hui also held talks "
            "with Lavrov and urged him to deepen military cooperation.")
    assert _has(d, "appeal", {("choe-son-hui", "appellant"), ("sergey-lavrov", "addressee")})


# --- a person who owns another's title: no side, no antecedent ---------------------------


def test_the_owner_of_a_title_in_apposition_is_no_side() -> None:
    d = run("Putin's top diplomat, Sergey Lavrov, met Choe Son Hui in Moscow on Tuesday.")
    assert _has(d, "meeting", {("sergey-lavrov", "participant"),
                               ("choe-son-hui", "participant")})
    assert not any(a == "vladimir-putin" for _, p in events(d) for a, _ in p)


def test_the_owner_of_a_title_is_no_antecedent() -> None:
    d = run("Putin's top diplomat, Sergey Lavrov, arrived in Pyongyang on Friday. "
            "Kim Jong Un received him on Saturday.")
    assert _has(d, "meeting", {("kim-jong-un", "participant"), ("sergey-lavrov", "participant")})


def test_italian_owner_after_di_is_no_side() -> None:
    d = run("Il ministro degli Esteri di Kim Jong Un, Choe Son Hui, ha incontrato Sergei "
            "Lavrov a Mosca.", "it")
    assert _has(d, "meeting", {("sergey-lavrov", "participant"),
                               ("choe-son-hui", "participant")})
    assert not any(a == "kim-jong-un" for _, p in events(d) for a, _ in p)


def test_french_kin_owner_is_no_side() -> None:
    d = run("La ministre des Affaires étrangères de Kim Jong Un, Choe Son Hui, a rencontré "
            "Sergueï Lavrov à Moscou.", "fr")
    assert _has(d, "meeting", {("sergey-lavrov", "participant"),
                               ("choe-son-hui", "participant")})
    assert not any(a == "kim-jong-un" for _, p in events(d) for a, _ in p)


def test_a_title_of_an_owner_names_the_person_after_the_comma() -> None:
    d = run("Il portavoce di Putin, Dmitry Peskov, ha definito la visita «molto proficua».",
            "it")
    assert ("statement", {("dmitry-peskov", "speaker")}) in events(d)


def test_french_dative_clitic_of_a_statement() -> None:
    d = run("Kim Jong Un a reçu samedi à Pyongyang Sergueï Lavrov. Il lui a dit que les "
            "relations entre les deux pays étaient excellentes.", "fr")
    assert _has(d, "statement", {("kim-jong-un", "speaker"), ("sergey-lavrov", "addressee")})


# --- "a affirmé avoir parlé avec son homologue X": the speaker talked with X ---------------


def test_a_conversation_told_by_its_speaker_is_a_meeting() -> None:
    for text, lang in (
            ("Le ministre russe de la Défense, Andreï Belooussov, s'est rendu mardi à "
             "Pyongyang. Le ministre a affirmé avoir parlé avec son homologue No Kwang Chol.",
             "fr"),
            ("Il ministro della Difesa russo Andrei Belousov è arrivato martedì a Pyongyang. "
             "Il ministro ha poi affermato di aver parlato con il suo omologo No Kwang Chol.",
             "it"),
            ("Russian Defence Minister Andrei Belousov arrived in Pyongyang on Tuesday. He "
             "said he had spoken with his counterpart No Kwang Chol.", "en")):
        d = run(text, lang)
        assert [p for t, p in events(d) if t == "meeting" and ("no-kwang-chol", "participant")
                in p and len(p) == 2 and any("belo" in a for a, _ in p)], text
    for text, lang in (("Sergueï Lavrov a parlé avec des journalistes à Moscou.", "fr"),
                       ("Sergey Lavrov spoke with reporters in Moscow.", "en"),
                       ("Sergei Lavrov non ha parlato con Choe Son Hui.", "it")):
        assert not [t for t, _ in events(run(text, lang)) if t == "meeting"], text


# --- whose visit: the one not at home, or the one whose trip was told before -------------


def test_his_visit_is_the_one_not_at_home() -> None:
    for text, lang in (
            ("Kim Jong Un met Sergey Lavrov in Pyongyang during his visit to North Korea.", "en"),
            ("Kim Jong Un ha incontrato Sergei Lavrov durante la sua visita in Corea del Nord.",
             "it"),
            ("Kim Jong Un a rencontré Sergueï Lavrov lors de sa visite en Corée du Nord.", "fr")):
        d = run(text, lang)
        assert ("visit", {("sergey-lavrov", "visitor"), ("north-korea", "host")}) in events(d)
        assert not [p for t, p in events(d) if t == "visit"
                    and ("kim-jong-un", "visitor") in p], text
    d = run("Vladimir Putin met Kim Jong Un during his visit to Russia.")
    assert ("visit", {("kim-jong-un", "visitor"), ("russia", "host")}) in events(d)


def test_two_people_away_leave_the_visit_untold() -> None:
    d = run("Sergey Lavrov and Sergei Shoigu met Kim Jong Un during his visit to North Korea.")
    assert not [t for t, _ in events(d) if t == "visit"]
