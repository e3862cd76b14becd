"""The embedded extractor on the readings settled at the start of session 14 (GUIDELINES.md,
"Settled at the start of session 14"): an unnamed delegation with a state's adjective is an
unnamed group; an appeal to "all parties" has its appellant alone; a purpose ("sent to fight
against Ukraine") tells no event; cooperation characterised ("aimed at no one") is the
speaker's statement only; a sentence that only takes up the fact before gives it a claim of
its source; "earlier that day" and "the night from Monday to Tuesday" are dates. Sentences
written for these tests (not the gold texts'), in English, Italian and French.
"""

from __future__ import annotations

from tests.test_extract_embedded import actor_ids, claims, events, run

# --- an unnamed delegation ------------------------------------------------------------------


def test_delegation_with_a_state_adjective_is_a_group() -> None:
    for text, lang, group, kind, other in [
            ("A North Korean delegation arrived in Moscow on Thursday.", "en",
             "north-korean-delegation", "visit", ("russia", "host")),
            ("A Russian parliamentary delegation travelled to Pyongyang.", "en",
             "russian-parliamentary-delegation", "visit", ("north-korea", "host")),
            ("Kim Jong Un met a visiting Russian delegation on Tuesday.", "en",
             "russian-delegation", "meeting", ("kim-jong-un", "participant")),
            ("Una delegazione militare nordcoreana è arrivata ieri a Mosca.", "it",
             "delegazione-militare-nordcoreana", "visit", ("russia", "host")),
            ("Sergei Lavrov ha ricevuto una delegazione nordcoreana di alto livello.", "it",
             "delegazione-nordcoreana-di-alto-livello", "meeting",
             ("sergey-lavrov", "participant")),
            ("Kim Jong Un a reçu une délégation parlementaire russe à Pyongyang.", "fr",
             "delegation-parlementaire-russe", "meeting", ("kim-jong-un", "participant")),
            ("Une délégation nord-coréenne de haut niveau est arrivée mardi à Moscou.", "fr",
             "delegation-nord-coreenne-de-haut-niveau", "visit", ("russia", "host")),
    ]:
        d = run(text, language=lang, published="2024-12-05")
        role = "visitor" if kind == "visit" else "participant"
        assert events(d) == [(kind, {(group, role), other})], text
        assert group in actor_ids(d), text


def test_a_delegation_without_a_state_adjective_is_no_group() -> None:
    d = run("Sergei Lavrov met a delegation of businessmen in Moscow.")
    assert not any("delegation" in a for a in actor_ids(d))


# --- an appeal to all parties -----------------------------------------------------------------


def test_appeal_to_all_parties_has_its_appellant_alone() -> None:
    for text, lang, who in [
            ("China urged all parties to exercise restraint.", "en", "china"),
            ("NATO Secretary General Mark Rutte called on all sides to avoid escalation.", "en",
             "mark-rutte"),
            ("Beijing made an appeal to all parties concerned to show restraint.", "en", "china"),
            ("La Cina ha esortato tutte le parti alla moderazione.", "it", "china"),
            ("Pechino ha invitato tutte le parti coinvolte a dare prova di moderazione.", "it",
             "china"),
            ("Il segretario generale della Nato Mark Rutte ha lanciato un appello a tutte le "
             "parti perché evitino un'ulteriore escalation.", "it", "mark-rutte"),
            ("Pékin a appelé toutes les parties à la retenue.", "fr", "china"),
            ("La Chine a exhorté l'ensemble des parties à faire preuve de retenue.", "fr", "china"),
    ]:
        assert events(run(text, language=lang)) == [("appeal", {(who, "appellant")})], text


def test_no_appeal_to_all_parties_when_none_was_made() -> None:
    for text in ["China will urge all parties to exercise restraint at the summit.",
                 "China has not urged all parties to show restraint.",
                 "The treaty was signed by all parties in June."]:
        assert not [e for e in events(run(text)) if e[0] == "appeal"], text


# --- a purpose tells no event ---------------------------------------------------------------

NK_TO_RUSSIA = ("deployment", {("north-korea", "sender"), ("russia", "host")})


def test_a_purpose_gives_the_deployment_alone() -> None:
    for text, lang in [
            ("North Korean troops had been sent to Russia to fight against Ukraine.", "en"),
            ("Pyongyang sent about 10,000 soldiers to Russia to back up the Russian army.", "en"),
            ("North Korea sent soldiers to Russia to fight alongside Russian forces.", "en"),
            ("Circa 10.000 soldati nordcoreani sono stati inviati in Russia per combattere contro "
             "l'Ucraina.", "it"),
            ("La Corea del Nord ha mandato soldati in Russia a combattere contro le forze "
             "ucraine.", "it"),
            ("Des soldats nord-coréens ont été envoyés en Russie pour combattre l'armée "
             "ukrainienne.", "fr"),
            ("Pyongyang a envoyé des milliers de soldats en Russie afin de soutenir l'armée russe "
             "contre l'Ukraine.", "fr"),
    ]:
        assert events(run(text, language=lang)) == [NK_TO_RUSSIA], text


def test_a_purpose_names_no_place() -> None:
    d = run("North Korean troops have been sent to the Kursk region to fight against Ukraine.")
    assert events(d) == [("deployment", {("north-korea", "sender")})]


def test_the_army_fought_is_not_helped() -> None:
    for text, lang in [("Des soldats nord-coréens combattent l'armée ukrainienne.", "fr"),
                       ("I soldati nordcoreani hanno combattuto l'esercito ucraino.", "it")]:
        assert not [e for e in events(run(text, language=lang))
                    if e[0] == "military_assistance"], text
    d = run("I soldati nordcoreani combattono nelle file dell'esercito russo.", language="it")
    assert events(d) == [("military_assistance", {("north-korea", "provider"),
                                                  ("russia", "recipient")})]


# --- cooperation characterised -------------------------------------------------------------


def test_cooperation_said_to_threaten_nobody_is_a_statement_only() -> None:
    for text, lang, speaker in [
            ('Russian Defence Minister Andrei Belousov said military cooperation with Pyongyang '
             'was "aimed at no one".', "en", "andrei-belousov"),
            ("Lavrov insisted that Russia's military cooperation with North Korea was not "
             "directed against any third country.", "en", "sergey-lavrov"),
            ("Il ministero degli Esteri nordcoreano ha affermato che la cooperazione militare "
             "con Mosca «non è diretta contro Paesi terzi».", "it",
             "north-korea-foreign-ministry"),
            ("Le porte-parole du Kremlin Dmitri Peskov a affirmé que la coopération militaire "
             "avec Pyongyang ne visait « personne ».", "fr", "dmitri-peskov"),
    ]:
        assert events(run(text, language=lang)) == [("statement", {(speaker, "speaker")})], text


def test_ties_that_grew_are_still_cooperation() -> None:
    d = run("Russia and North Korea have expanded their military cooperation, Seoul said.")
    assert events(d) == [("cooperation", {("russia", "partner"), ("north-korea", "partner")})]


# --- an outlet described by its state ---------------------------------------------------------


def test_the_state_of_an_outlet_is_no_source() -> None:
    d = run("The treaty entered into force on Wednesday. This was confirmed by North Korea's "
            "official KCNA news agency.", published="2024-12-05")
    assert claims(d, "entry_into_force") == [("confirmed", ["kcna"])]
    d = run("North Korean leader Kim Jong Un met Russian Security Council Secretary Sergei "
            "Shoigu in Pyongyang, North Korea's official KCNA news agency said.")
    assert claims(d, "meeting") == [("reported", ["kcna"])]


# --- dates -------------------------------------------------------------------------------------


def _dated(d: object, t: str) -> list[tuple[str | None, str | None]]:
    return [((e.get("date") or {}).get("value"), (e.get("date") or {}).get("end"))
            for e in d.document["events"] if e["type"] == t]  # type: ignore[attr-defined]


def test_a_day_counted_from_the_fact_before() -> None:
    for text, lang, day in [
            ("South Korean Prime Minister Han Duck-soo on Wednesday appealed to all parties to "
             "refrain from escalation. Earlier that day, Han met U.S. Ambassador Philip "
             "Goldberg in Seoul.", "en", "2024-12-04"),
            ("Russian Foreign Minister Sergey Lavrov arrived in Pyongyang on Monday. Three days "
             "later, he met North Korean leader Kim Jong Un.", "en", "2024-12-05"),
            ("Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé lundi à "
             "Pyongyang. Le lendemain, il a rencontré le dirigeant nord-coréen Kim Jong Un.",
             "fr", "2024-12-03"),
            ("Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé lundi à "
             "Pyongyang. Deux jours plus tard, il a été reçu par le dirigeant nord-coréen Kim "
             "Jong Un.", "fr", "2024-12-04"),
    ]:
        assert _dated(run(text, language=lang, published="2024-12-05"), "meeting") == [
            (day, None)], text


def test_no_day_counted_without_a_dated_fact_before() -> None:
    d = run("Russian Foreign Minister Sergey Lavrov met Choe Son Hui in Moscow. Three days "
            "later, he met North Korean leader Kim Jong Un.", published="2024-12-05")
    assert _dated(d, "meeting") == [(None, None), (None, None)]


def test_a_night_is_two_days_and_last_week_a_range() -> None:
    for text, lang, value, end in [
            ("North Korean troops were deployed to the Kursk region during the night from "
             "Monday to Tuesday, Kyiv said.", "en", "2024-12-02", "2024-12-03"),
            ("Selon Kiev, des soldats nord-coréens ont été déployés dans la nuit de lundi à "
             "mardi dans la région de Koursk.", "fr", "2024-12-02", "2024-12-03"),
            ("Secondo Kiev, truppe nordcoreane sono state schierate nella regione di Kursk "
             "nella notte tra lunedì e martedì.", "it", "2024-12-02", "2024-12-03"),
            ("North Korean troops were deployed to the Kursk region last week, Kyiv said.",
             "en", "2024-11-25", "2024-12-01"),
            ("Secondo fonti diplomatiche, la settimana scorsa truppe nordcoreane sono state "
             "schierate nella regione di Kursk.", "it", "2024-11-25", "2024-12-01"),
            ("Des soldats nord-coréens ont été déployés la semaine dernière dans la région de "
             "Koursk, selon Kiev.", "fr", "2024-11-25", "2024-12-01"),
    ]:
        assert _dated(run(text, language=lang, published="2024-12-05"), "deployment") == [
            (value, end)], text


# --- a title's adjective names no side --------------------------------------------------------


def test_the_state_of_an_unnamed_titled_person_is_no_side() -> None:
    for text, lang, host in [
            ("Kim Jong Un received the Chinese ambassador in Pyongyang on Monday.", "en",
             "kim-jong-un"),
            ("Russian Foreign Minister Sergey Lavrov met his North Korean counterpart in "
             "Moscow.", "en", "sergey-lavrov"),
            ("A Seul il ministro della Difesa sudcoreano Kim Yong-hyun ha ricevuto "
             "l'ambasciatore ucraino.", "it", "kim-yong-hyun"),
            ("La cheffe de la diplomatie nord-coréenne Choe Son Hui a reçu à Pyongyang "
             "l'ambassadeur de Chine.", "fr", "choe-son-hui"),
    ]:
        assert events(run(text, language=lang)) == [("meeting", {(host, "participant")})], text


def test_a_titled_person_named_or_referred_back_to_is_that_person() -> None:
    d = run("Russian Foreign Minister Sergey Lavrov met his North Korean counterpart Choe Son "
            "Hui in Moscow.")
    assert events(d) == [("meeting", {("sergey-lavrov", "participant"),
                                      ("choe-son-hui", "participant")})]
    d = run("Russian President Vladimir Putin arrived in Pyongyang. North Korean leader Kim Jong "
            "Un welcomed the Russian president at the airport.")
    assert ("meeting", {("kim-jong-un", "participant"),
                        ("vladimir-putin", "participant")}) in events(d)


# --- an appeal to an ambassador ---------------------------------------------------------------


def test_an_appeal_to_an_ambassador_named_after_his_post() -> None:
    for text, lang in [
            ("South Korean Foreign Minister Cho Tae-yul urged the Russian ambassador in Seoul, "
             "Georgy Zinoviev, to halt military cooperation with Pyongyang.", "en"),
            ("Il ministro degli Esteri sudcoreano Cho Tae-yul ha chiesto all'ambasciatore russo "
             "a Seul, Georgy Zinoviev, il ritiro immediato delle truppe nordcoreane.", "it"),
            ("Il ministro degli Esteri sudcoreano Cho Tae-yul ha chiesto all'ambasciatore russo "
             "Georgy Zinoviev di porre fine alla cooperazione militare.", "it"),
    ]:
        assert events(run(text, language=lang)) == [
            ("appeal", {("cho-tae-yul", "appellant"), ("georgy-zinoviev", "addressee")})], text


# --- a ministry in lower case ----------------------------------------------------------------


def test_an_english_ministry_in_lower_case_is_the_ministry() -> None:
    for text, who in [
            ("North Korea has sent troops to Russia, the North Korean foreign ministry said.",
             "north-korea-foreign-ministry"),
            ("North Korea has sent troops to Russia, South Korea's defence ministry said.",
             "south-korea-defence-ministry"),
            ("North Korea has sent troops to Russia, the South Korean defense ministry said in "
             "a statement carried by Yonhap.", "south-korea-defence-ministry"),
    ]:
        assert claims(run(text), "deployment") == [("reported", [who])], text


# --- an appeal told by a gerund ----------------------------------------------------------------


def test_an_appeal_by_a_gerund_is_the_subjects_to_the_object() -> None:
    for text, lang, addressee in [
            ("South Korean Vice Foreign Minister Kim Hong-kyun summoned Russian Ambassador "
             "Georgy Zinoviev, urging him to end military cooperation with Pyongyang.", "en",
             "georgy-zinoviev"),
            ("Il vice ministro degli Esteri sudcoreano Kim Hong-kyun ha convocato l'ambasciatore "
             "russo Georgy Zinoviev, chiedendogli di porre fine alla cooperazione militare con "
             "Pyongyang.", "it", "georgy-zinoviev"),
            ("Le vice-ministre sud-coréen des Affaires étrangères Kim Hong-kyun a convoqué "
             "l'ambassadeur russe Gueorgui Zinoviev, lui demandant de mettre fin à la "
             "coopération militaire avec Pyongyang.", "fr", "gueorgui-zinoviev"),
    ]:
        assert events(run(text, language=lang)) == [
            ("appeal", {("kim-hong-kyun", "appellant"), (addressee, "addressee")})], text
    d = run("Zelensky met NATO Secretary General Mark Rutte in Brussels, urging him to speed up "
            "air defence deliveries.")
    assert ("appeal", {("volodymyr-zelensky", "appellant"),
                       ("mark-rutte", "addressee")}) in events(d)


# --- Ukraine's partners ----------------------------------------------------------------------


def test_ukraines_partners_are_its_allies() -> None:
    for text, lang in [
            ("Zelensky urged Kyiv's Western partners to deliver more air defence systems.", "en"),
            ("Ukrainian President Volodymyr Zelensky called on his country's partners to step "
             "up pressure on Moscow.", "en"),
            ("Zelensky ha chiesto ai partner occidentali dell'Ucraina di fornire più sistemi di "
             "difesa aerea.", "it"),
            ("Zelensky a appelé les alliés de l'Ukraine à livrer davantage de systèmes de défense "
             "aérienne.", "fr"),
    ]:
        assert events(run(text, language=lang)) == [
            ("appeal", {("volodymyr-zelensky", "appellant"), ("ukraine-allies", "addressee")})], \
            text


# --- acknowledged, admitted -------------------------------------------------------------------


def test_an_admission_confirms() -> None:
    for text, lang, who in [
            ("Pyongyang acknowledged sending troops to Russia.", "en", "north-korea"),
            ("Il Cremlino ha riconosciuto che soldati nordcoreani sono stati inviati in Russia.",
             "it", "russia"),
            ("Pyongyang ha ammesso di aver inviato truppe in Russia.", "it", "north-korea"),
            ("Moscou a admis que des soldats nord-coréens avaient été déployés en Russie.", "fr",
             "russia"),
            ("Pyongyang a reconnu avoir envoyé des troupes en Russie.", "fr", "north-korea"),
    ]:
        assert claims(run(text, language=lang), "deployment") == [("confirmed", [who])], text


def test_an_appeal_to_an_unnamed_ambassador_is_the_appellants_alone() -> None:
    d = run("South Korean Foreign Minister Cho Tae-yul urged the Russian ambassador to halt "
            "military cooperation with Pyongyang.")
    assert events(d) == [("appeal", {("cho-tae-yul", "appellant")})]
    d = run("South Korean Foreign Minister Cho Tae-yul urged Moscow and the Russian ambassador "
            "to halt military cooperation with Pyongyang.")
    assert events(d) == [("appeal", {("cho-tae-yul", "appellant"), ("russia", "addressee")})]
