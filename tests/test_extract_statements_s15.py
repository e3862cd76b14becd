"""Statements, session 15 (statements round): the phenomena behind the misses of the
released rounds, each checked on sentences written for these tests in wire style (EN, IT,
FR), not on the gold texts (no database; the seed's lexicon, as in
tests/test_extract_embedded.py).
"""

from __future__ import annotations

from tests.test_extract_embedded import claims, events, run


def statements(d: object) -> list[set[tuple[str, str]]]:
    return [p for t, p in events(d) if t == "statement"]  # type: ignore[arg-type]


def types(d: object) -> list[str]:
    return [t for t, _ in events(d)]  # type: ignore[arg-type]


# --- a fact only supposed, said by a named speaker, is the speaker's statement -------------


def test_a_fact_said_with_a_modal_is_a_statement() -> None:
    for text, lang, who in [
        ("Kyiv says North Korean soldiers could be sent to the front within weeks.", "en",
         "ukraine"),
        ("Seoul said more North Korean troops may be deployed to Russia next year.", "en",
         "south-korea"),
        ("Kiev sostiene che i soldati nordcoreani potrebbero essere inviati al fronte entro "
         "poche settimane.", "it", "ukraine"),
        ("Kiev affirme que des soldats nord-coréens pourraient être envoyés au front d'ici "
         "quelques semaines.", "fr", "ukraine"),
    ]:
        d = run(text, language=lang)
        assert statements(d) == [{(who, "speaker")}], text
        assert "deployment" not in types(d), text


def test_a_fact_in_a_clause_of_condition_is_no_event() -> None:
    d = run("Antony Blinken said North Korean soldiers would be legitimate targets if they "
            "entered Ukraine.")
    assert statements(d) == [{("antony-blinken", "speaker")}]
    d = run("If North Korea sends troops to Russia, Seoul could supply weapons to Ukraine, "
            "Yoon Suk Yeol said.")
    assert statements(d) == [{("yoon-suk-yeol", "speaker")}]
    assert types(d) == ["statement"]


def test_any_such_fact_with_a_modal_is_supposed() -> None:
    for text, lang, roles in [
        ("Japan warned that any transfer of missiles to Pyongyang would have serious "
         "consequences.", "en", {("japan", "speaker")}),
        ("Choe Son Hui said any such deployment of troops would be lawful.", "en",
         {("choe-son-hui", "speaker")}),
        ("Il segretario di Stato Antony Blinken ha avvertito Mosca che ogni trasferimento di "
         "tecnologia missilistica a Pyongyang avrebbe «gravi conseguenze».", "it",
         {("antony-blinken", "speaker"), ("russia", "addressee")}),
        ("Le Japon a averti que toute livraison d'armes à la Corée du Nord serait une "
         "violation grave.", "fr", {("japan", "speaker")}),
    ]:
        d = run(text, language=lang)
        assert statements(d) == [roles], text
        assert types(d) == ["statement"], text


def test_a_denial_of_any_delivery_still_denies_it() -> None:
    d = run("Pyongyang denied any transfer of North Korean missiles to Moscow.")
    assert claims(d, "supply") == [("denied", ["north-korea"])]
    d = run("Sent to Russia in October, the North Korean troops are now fighting, Kyiv said.")
    assert "statement" not in types(d)


# --- speakers referred back to by a courtesy title, or named after their title ----------


def test_a_courtesy_title_before_a_surname_is_the_person_named_before() -> None:
    for text, lang in [
        ("La cheffe de la diplomatie européenne Kaja Kallas est arrivée à Kiev. « C'est une "
         "escalade dangereuse », a déclaré Mme Kallas.", "fr"),
        ("L'Alto rappresentante Kaja Kallas è arrivata a Kiev. «È un'escalation pericolosa», "
         "ha dichiarato la signora Kallas.", "it"),
        ("EU foreign policy chief Kaja Kallas arrived in Kyiv. \"This is a dangerous "
         "escalation,\" Ms. Kallas said.", "en"),
    ]:
        d = run(text, language=lang)
        assert statements(d) == [{("kaja-kallas", "speaker")}], text
        assert claims(d, "statement") == [("confirmed", ["kaja-kallas"])]


def test_an_envoy_to_an_organisation_named_after_the_title_speaks() -> None:
    d = run("« Pyongyang a franchi une nouvelle ligne rouge », a lancé la représentante "
            "adjointe américaine, Dorothy Shea.", language="fr")
    assert statements(d) == [{("dorothy-shea", "speaker"), ("north-korea", "subject")}]
    d = run("La représentante permanente de la France, Nathalie Broadhurst, a dit que le "
            "Conseil devait agir.", language="fr")
    assert statements(d) == [{("nathalie-broadhurst", "speaker")}]
    d = run("«Pyongyang ha superato una nuova linea rossa», ha detto il rappresentante "
            "permanente britannico, James Kariuki.", language="it")
    assert statements(d) == [{("james-kariuki", "speaker"), ("north-korea", "subject")}]
    d = run("The deputy US ambassador to the UN, Dorothy Shea, said the council had to act.")
    assert statements(d) == [{("dorothy-shea", "speaker")}]


# --- where the speaker stands -----------------------------------------------------------


def test_a_phrase_of_ones_own_part_after_the_verb_keeps_the_speaker_after_it() -> None:
    d = run("« Nous ne reconnaîtrons jamais cette annexion », a déclaré de son côté le "
            "porte-parole de la diplomatie ukrainienne, Heorhiy Tykhyi.", language="fr")
    assert statements(d) == [{("heorhiy-tykhyi", "speaker")}]
    d = run("« C'est inacceptable », a affirmé pour sa part le ministre japonais des Affaires "
            "étrangères Takeshi Iwaya.", language="fr")
    assert statements(d) == [{("takeshi-iwaya", "speaker")}]
    d = run("«È inaccettabile», ha dichiarato dal canto suo il ministro degli Esteri "
            "giapponese Takeshi Iwaya.", language="it")
    assert statements(d) == [{("takeshi-iwaya", "speaker")}]


def test_whom_one_tells_that_is_no_speaker_of_a_verb_in_what_is_said() -> None:
    d = run("Ukrainian President Volodymyr Zelensky warned Beijing that the alliance "
            "threatened China's own interests.")
    assert statements(d) == [{("volodymyr-zelensky", "speaker"), ("china", "addressee")}]
    d = run("Volodymyr Zelensky told Japan that the pact threatened Asia.")
    assert statements(d) == [{("volodymyr-zelensky", "speaker"), ("japan", "addressee")}]


def test_words_of_denial_with_nothing_to_deny_are_a_declaration() -> None:
    d = run("Maria Zakharova said the partnership was aimed at no third country. «These are "
            "the fantasies of people who want a new war in Asia,» Zakharova told reporters.")
    assert statements(d) == [{("maria-zakharova", "speaker")}] * 2
    # troops told before: the words deny their sending
    d = run("North Korea sent troops to Russia, Seoul said. «These are fantasies,» Maria "
            "Zakharova said.")
    assert "statement" not in types(d)
    assert ("denied", ["maria-zakharova"]) in claims(d, "deployment")
    d = run("Secondo Kiev, soldati nordcoreani sono in Russia. «Sono pure menzogne», ha "
            "replicato Maria Zakharova.", language="it")
    assert "statement" not in types(d)


# --- what is being prepared, what a modal governs, reports as background -----------------


def test_a_fact_being_prepared_is_no_event_and_leaves_the_statement() -> None:
    for text, lang in [
        ("Une visite de Vladimir Poutine en Corée du Nord est en préparation, a indiqué "
         "Sergueï Lavrov.", "fr"),
        ("Una visita di Putin in Corea del Nord è in preparazione, ha detto Sergej Lavrov.",
         "it"),
        ("A visit by Putin to North Korea is in preparation, Sergey Lavrov said.", "en"),
        ("Sergey Lavrov said a visit by Putin to Pyongyang was being prepared.", "en"),
        ("Sergueï Lavrov a dit qu'une visite de Poutine à Pyongyang était en préparation.",
         "fr"),
    ]:
        d = run(text, language=lang)
        assert statements(d) == [{("sergey-lavrov", "speaker")}], text
        assert types(d) == ["statement"], text


def test_a_participle_in_the_predicate_of_a_modal_tells_no_past() -> None:
    d = run("After the meeting Sergei Shoigu told reporters that North Korea would send 1,000 "
            "sappers to Russia's Kursk region to rebuild infrastructure destroyed in the "
            "fighting.")
    assert statements(d) == [{("sergei-shoigu", "speaker")}]
    # a past of its own clause is still told
    d = run("Seoul said North Korea would soon send more troops, after it shipped shells to "
            "Russia.")
    assert ("supply", {("north-korea", "supplier"), ("russia", "recipient")}) in events(d)
    assert "statement" not in types(d)


def test_reports_as_the_background_of_the_words_leave_the_statement() -> None:
    d = run("South Korea's Foreign Ministry said it was closely watching the visit, amid "
            "reports that the North is preparing to send workers to Russia.")
    assert statements(d) == [{("south-korea-foreign-ministry", "speaker")}]
    d = run("Le ministère sud-coréen des Affaires étrangères a dit suivre la visite de près, "
            "sur fond d'informations selon lesquelles le Nord se prépare à envoyer des "
            "ouvriers en Russie.", language="fr")
    assert statements(d) == [{("south-korea-foreign-ministry", "speaker")}]
    # reports that are what is said about: no statement
    d = run("The Kremlin said the reports were false.")
    assert statements(d) == []


# --- a gerund of saying after a report of another fact -----------------------------------


def test_a_gerund_of_saying_after_a_fact_reported_is_the_speakers_statement() -> None:
    d = run("NATO Secretary General Mark Rutte confirmed that North Korean units had been sent "
            "to Russia, calling the move \"a significant escalation\".")
    assert ("deployment", {("north-korea", "sender"), ("russia", "host")}) in events(d)
    assert statements(d) == [{("mark-rutte", "speaker")}]
    d = run("North Korea sent troops to Russia, Mark Rutte said, calling the move a "
            "significant escalation.")
    assert statements(d) == [{("mark-rutte", "speaker")}]
    d = run("Le Pentagone a confirmé l'envoi de soldats nord-coréens en Russie, en qualifiant "
            "la décision de « dangereuse ».", language="fr")
    assert statements(d) == [{("pentagon", "speaker")}]
    d = run("Il Pentagono ha confermato l'invio di soldati nordcoreani in Russia, definendo la "
            "decisione «pericolosa».", language="it")
    assert statements(d) == [{("pentagon", "speaker")}]


def test_a_gerund_that_goes_on_with_a_condemnation_a_denial_or_a_past_is_none() -> None:
    for text, lang in [
        ("Seoul condemned Pyongyang and Moscow for the deployment, calling it a criminal act.",
         "en"),
        ("Pyongyang denied sending troops, calling the reports lies.", "en"),
        ("North Korea confirmed that it had sent troops to Russia, saying the deployment had "
         "been ordered under the treaty.", "en"),
        ("Il ministero degli Esteri russo ha respinto le accuse sulle forniture di armi, "
         "definendole «una montatura».", "it"),
    ]:
        d = run(text, language=lang)
        assert statements(d) == [], text


def test_a_name_given_in_a_relative_clause_is_no_act_of_saying() -> None:
    for text, lang in [
        ("The missiles, which Pyongyang calls the Hwasong-11, have been used in strikes on "
         "Kharkiv, Kyrylo Budanov said.", "en"),
        ("I missili, che Pyongyang chiama Hwasong-11, sono stati usati contro Kharkiv, ha "
         "detto Kyrylo Budanov.", "it"),
    ]:
        d = run(text, language=lang)
        assert statements(d) == [{("kyrylo-budanov", "speaker")}], text
    # a judgment in such a clause is still the speaker's words
    d = run("Yoon Suk Yeol called the treaty a grave threat.")
    assert statements(d) == [{("yoon-suk-yeol", "speaker")}]


def test_a_fact_considered_in_a_past_tense_is_no_event() -> None:
    for text, lang in [
        ("La Corée du Sud a fait savoir qu'elle envisageait désormais de livrer des armes à "
         "l'Ukraine.", "fr"),
        ("Seoul said it was considering sending weapons to Ukraine.", "en"),
        ("Seul ha fatto sapere che stava valutando di inviare armi all'Ucraina.", "it"),
    ]:
        d = run(text, language=lang)
        assert statements(d) == [{("south-korea", "speaker")}], text
        assert types(d) == ["statement"], text


def test_a_trip_or_talks_named_again_leave_the_declaration() -> None:
    d = run("Vladimir Poutine est arrivé à Pyongyang. Washington a dit suivre la visite « de "
            "très près ».", language="fr")
    assert statements(d) == [{("united-states", "speaker")}]
    d = run("Sergey Lavrov held talks with Choe Son Hui in Moscow. Japan said it was watching "
            "the talks closely.")
    assert statements(d) == [{("japan", "speaker")}]
    assert [t for t in types(d) if t == "meeting"] == ["meeting"]


# --- whom a statement is said to ----------------------------------------------------------


def test_every_name_of_a_list_joined_by_and_is_addressed() -> None:
    d = run("Lavrov, dal canto suo, ha messo in guardia Stati Uniti, Corea del Sud e Giappone "
            "dal formare un'alleanza militare contro Pyongyang.", language="it")
    assert statements(d) == [{("sergey-lavrov", "speaker"), ("united-states", "addressee"),
                              ("south-korea", "addressee"), ("japan", "addressee")}]
    d = run("Volodymyr Zelensky a remercié le Japon, la Corée du Sud et l'Allemagne.",
            language="fr")
    assert statements(d) == [{("volodymyr-zelensky", "speaker"), ("japan", "addressee"),
                              ("south-korea", "addressee"), ("germany", "addressee")}]
    # names joined in what is said are no one spoken to
    d = run("Kim Jong Un said relations with Russia and China were excellent.")
    assert statements(d) == [{("kim-jong-un", "speaker")}]


def test_whom_one_holds_talks_with_before_the_speaker_is_no_addressee() -> None:
    d = run("Nei colloqui di ieri con il ministro degli Esteri Sergei Lavrov, Choe aveva "
            "definito la Russia «il più fedele compagno».", language="it")
    assert statements(d) == [{("choe-son-hui", "speaker")}]
    # whom one says it to after the verb still is
    d = run("«La Russia è il nostro più fedele amico», ha detto Choe Son Hui a Sergej Lavrov.",
            language="it")
    assert statements(d) == [{("choe-son-hui", "speaker"), ("russia", "subject"),
                              ("sergey-lavrov", "addressee")}]


def test_troops_thanked_by_their_states_adjective_after_them_address_that_state() -> None:
    d = run("Il capo di stato maggiore russo Valery Gerasimov ha ringraziato i militari "
            "nordcoreani per il loro «eroismo».", language="it")
    assert statements(d) == [{("valery-gerasimov", "speaker"), ("north-korea", "addressee")}]
    d = run("Le chef d'état-major russe Valeri Guerassimov a remercié les soldats "
            "nord-coréens pour leur « héroïsme ».", language="fr")
    assert [r for p in statements(d) for r in p if r[1] == "addressee"] == [
        ("north-korea", "addressee")]
    # praised, not thanked: no one spoken to
    d = run("Valery Gerasimov ha elogiato i soldati nordcoreani.", language="it")
    assert statements(d) == [{("valery-gerasimov", "speaker")}]


def test_whose_war_it_is_is_no_fact_told() -> None:
    d = run("Mark Rutte ha parlato a Bruxelles. Si tratta, ha detto Rutte, di «una "
            "significativa escalation» della guerra della Russia.", language="it")
    assert statements(d) == [{("mark-rutte", "speaker")}]
    d = run("Mark Rutte said this was a dangerous expansion of Russia's war.")
    assert statements(d) == [{("mark-rutte", "speaker")}]
    d = run("Jean-Noël Barrot a estimé qu'il s'agissait d'une escalade de la guerre de la "
            "Russie.", language="fr")
    assert statements(d) == [{("jean-noel-barrot", "speaker")}]


def test_a_clause_of_saying_after_comma_and_with_its_own_speaker_is_a_declaration() -> None:
    d = run("Russia's Foreign Ministry confirmed the visit. Sergey Lavrov met Choe Son Hui in "
            "Moscow, and the ministry said the talks were constructive.")
    assert statements(d) == [{("russia-foreign-ministry", "speaker")}]
    assert ("meeting", {("sergey-lavrov", "participant"), ("choe-son-hui", "participant")}) \
        in events(d)
    # the sides of the facts pledging after ", and" make no declaration of their own
    d = run("Choe Son Hui held talks with Sergey Lavrov on Friday, and the two ministers "
            "pledged to deepen military cooperation, according to the Russian Foreign "
            "Ministry.")
    assert statements(d) == []


def test_accusations_rejected_are_no_declaration_of_who_rejects_them() -> None:
    for text, lang in [
        ("Seoul said North Korea shipped shells to Russia. Pyongyang rejected the accusations "
         "of arms transfers as groundless.", "en"),
        ("Seul ha detto che la Corea del Nord ha inviato proiettili alla Russia. Pyongyang ha "
         "respinto le accuse di trasferimenti di armi, definendole «infondate».", "it"),
    ]:
        d = run(text, language=lang)
        assert statements(d) == [], text
        assert "accusation" not in types(d), text
        assert ("denied", ["north-korea"]) in claims(d, "supply"), text


def test_the_sides_of_a_meeting_named_again_with_what_they_discussed_declare_nothing() -> None:
    for text, lang in [
        ("Sergey Lavrov met Choe Son Hui in Moscow. Lavrov and Choe also discussed the "
         "situation on the Korean peninsula, the Russian Foreign Ministry said in a statement.",
         "en"),
        ("Sergej Lavrov ha incontrato Choe Son Hui a Mosca. Lavrov e Choe hanno inoltre "
         "discusso della situazione nella penisola coreana, ha riferito il ministero degli "
         "Esteri russo.", "it"),
        ("Sergueï Lavrov a rencontré Choe Son Hui à Moscou. Lavrov et Choe ont également "
         "évoqué la situation dans la péninsule coréenne, a indiqué le ministère russe des "
         "Affaires étrangères.", "fr"),
    ]:
        d = run(text, language=lang)
        assert statements(d) == [], text
    # what the ministry says of them that is no topic of talks is its declaration
    d = run("Sergey Lavrov met Choe Son Hui in Moscow. Lavrov and Choe are old friends, the "
            "Russian Foreign Ministry said.")
    assert statements(d) == [{("russia-foreign-ministry", "speaker")}]


def test_thanks_and_words_said_joined_by_and_are_two_statements() -> None:
    for text, lang in [
        ("Volodymyr Zelensky thanked Japan for its firmness and said that the war would not "
         "end soon.", "en"),
        ("Volodymyr Zelensky ha ringraziato il Giappone per la sua fermezza e ha detto che la "
         "guerra «non finirà presto».", "it"),
        ("Volodymyr Zelensky a remercié le Japon et a déclaré que la guerre ne finirait pas "
         "bientôt.", "fr"),
    ]:
        d = run(text, language=lang)
        assert sorted(statements(d), key=len) == [
            {("volodymyr-zelensky", "speaker")},
            {("volodymyr-zelensky", "speaker"), ("japan", "addressee")}], text
    # "thanked Japan, saying that ...": one statement (GUIDELINES, session 15)
    d = run("Volodymyr Zelensky thanked Japan, saying that the war would not end soon.")
    assert statements(d) == [{("volodymyr-zelensky", "speaker"), ("japan", "addressee")}]
