"""Appeals, accusations, support and cooperation, session 15 (issue 15, dev cases 473-476 and
the released rounds): an appeal told by its noun around another verb, received ("North Korea
received an appeal from the G7", "Mosca ha ricevuto da Pechino una richiesta", "Moscou a reçu
de Pékin un appel") or made in a passive ("Un appello è stato rivolto a Mosca dal governo
giapponese", "Un appel a été lancé à la Russie par le Japon"). Sentences written for these
tests, in wire style, not the gold texts'.
"""

from __future__ import annotations

from tests.test_extract_embedded import claims, events, run


def _app(a: str, b: str) -> tuple[str, set[tuple[str, str]]]:
    return ("appeal", {(a, "appellant"), (b, "addressee")})


# --- an appeal received ------------------------------------------------------------------


def test_appeal_received_in_english() -> None:
    assert events(run("North Korea received an appeal from the G7 to withdraw its troops.")) \
        == [_app("g7", "north-korea")]
    assert events(run("Moscow also received a call for restraint from Beijing.")) == [
        _app("china", "russia")]
    assert events(run("Pyongyang has received repeated requests from Seoul to release the "
                      "detainees.")) == [_app("south-korea", "north-korea")]
    assert events(run("Tokyo got a plea from Kyiv for air defence systems.")) == [
        _app("ukraine", "japan")]


def test_appeal_received_in_italian_and_french() -> None:
    assert events(run("La Corea del Nord ha ricevuto un appello dal G7 a ritirare le truppe.",
                      language="it")) == [_app("g7", "north-korea")]
    assert events(run("Mosca ha ricevuto da Pechino una richiesta di moderazione.",
                      language="it")) == [_app("china", "russia")]
    assert events(run("La Corée du Nord a reçu un appel du G7 à retirer ses troupes.",
                      language="fr")) == [_app("g7", "north-korea")]
    assert events(run("Moscou a également reçu de Pékin un appel à la retenue.",
                      language="fr")) == [_app("china", "russia")]


def test_a_call_received_is_a_phone_call_without_what_it_is_for() -> None:
    for text in ("Putin received a call from Kim Jong Un on Tuesday.",
                 "Putin received a phone call from Kim Jong Un to discuss the treaty."):
        assert [t for t, _ in events(run(text))] == ["meeting"]
    assert events(run("Poutine a reçu un appel téléphonique de Kim.", language="fr")) == []


def test_appeal_received_negated_or_to_come_is_none() -> None:
    assert events(run("North Korea has not received any request from Moscow to send "
                      "troops.")) == []
    assert events(run("North Korea will receive an appeal from the G7 next week.")) == []
    assert events(run("La Russia non ha ricevuto alcuna richiesta da Pyongyang.",
                      language="it")) == []
    # receiving troops or people stays what it was
    assert [t for t, _ in events(run("Russia received North Korean troops in October."))] \
        == ["deployment"]


# --- an appeal made, in a passive ----------------------------------------------------------


def test_appeal_noun_in_a_passive() -> None:
    assert events(run("Un appello analogo è stato rivolto a Mosca dal governo giapponese.",
                      language="it")) == [_app("japan", "russia")]
    assert events(run("Un invito a fermare le forniture è stato rivolto alla Corea del Nord "
                      "dall'Unione europea.", language="it")) == [
        _app("european-union", "north-korea")]
    assert events(run("Un appel a été lancé à la Russie par le Japon.", language="fr")) == [
        _app("japan", "russia")]
    assert events(run("Un appel similaire a été adressé à Pékin par l'Union européenne.",
                      language="fr")) == [_app("european-union", "china")]
    assert events(run("A fresh call was made to Beijing by the European Union to rein in "
                      "Pyongyang.")) == [_app("european-union", "china")]
    assert events(run("No appeal has been made to Pyongyang by Beijing.")) == []


# --- one's own appeal told by a verb of saying ----------------------------------------------


def test_a_body_or_state_tells_its_own_appeal() -> None:
    d = run("Russia's Foreign Ministry said it had asked Seoul not to send weapons to Ukraine.")
    assert events(d) == [_app("russia-foreign-ministry", "south-korea")]
    assert claims(d, "appeal") == [("reported", ["russia-foreign-ministry"])]
    d = run("Russia said it had asked Seoul not to send weapons to Ukraine.")
    assert events(d) == [_app("russia", "south-korea")]
    d = run("Lavrov said he had asked Seoul not to send weapons to Ukraine.")
    assert claims(d, "appeal") == [("reported", ["sergey-lavrov"])]
    d = run("Lavrov ha detto di aver chiesto a Seul di non inviare armi a Kiev.", language="it")
    assert claims(d, "appeal") == [("reported", ["sergey-lavrov"])]
    d = run("Lavrov a affirmé avoir demandé à Séoul de ne pas livrer d'armes à Kiev.",
            language="fr")
    assert claims(d, "appeal") == [("reported", ["sergey-lavrov"])]
    # who makes the appeal in his own words asserts nothing of it
    d = run("Lavrov urged Seoul not to send weapons to Ukraine.")
    assert claims(d, "appeal") == [("confirmed", [])]


# --- gerunds, days inside a phrase, partners within an organisation, titles ------------------


def _acc(a: str, b: str) -> tuple[str, set[tuple[str, str]]]:
    return ("accusation", {(a, "accuser"), (b, "accused")})


def _sup(a: str, b: str) -> tuple[str, set[tuple[str, str]]]:
    return ("support", {(a, "supporter"), (b, "supported")})


def _same(got: list[tuple[str, set[tuple[str, str]]]],
          want: list[tuple[str, set[tuple[str, str]]]]) -> bool:
    return sorted(got, key=str) == sorted(want, key=str)


def test_support_voiced_in_a_gerund_clause_is_the_main_subjects() -> None:
    d = run("North Korea's ambassador to Moscow, Sin Hong Chol, accused Washington of "
            "provoking tensions, while pledging Pyongyang's backing for Russia.")
    assert _same(events(d), [_acc("sin-hong-chol", "united-states"),
                             _sup("sin-hong-chol", "russia")])
    assert claims(d, "support") == [("confirmed", [])]
    d = run("Lavrov criticised Seoul, reaffirming Moscow's support for Pyongyang.")
    assert _same(events(d), [_acc("sergey-lavrov", "south-korea"),
                             _sup("sergey-lavrov", "north-korea")])
    d = run("Lavrov a critiqué Séoul, en réaffirmant le soutien de la Russie à la Corée du "
            "Nord.", language="fr")
    assert _sup("sergey-lavrov", "north-korea") in events(d)
    d = run("Lavrov ha criticato Seul, ribadendo il sostegno della Russia alla Corea del Nord.",
            language="it")
    assert _sup("sergey-lavrov", "north-korea") in events(d)
    # another subject after "while" keeps its own support
    d = run("Lavrov met Choe in Moscow, while Seoul reaffirmed its support for Kyiv.")
    assert _sup("south-korea", "ukraine") in events(d)


def test_accusation_told_by_a_gerund_is_the_main_subjects() -> None:
    d = run("Il presidente ucraino Volodymyr Zelensky ha chiesto agli alleati di colpire le "
            "basi in Russia, accusando Mosca di usare i soldati di Pyongyang.", language="it")
    assert _acc("volodymyr-zelensky", "russia") in events(d)
    d = run("Japan summoned the Russian ambassador, accusing Moscow of violating UN sanctions.")
    assert _acc("japan", "russia") in events(d)
    d = run("Kiev a convoqué l'ambassadeur de Chine, en accusant Pékin d'aider la Russie.",
            language="fr")
    assert _acc("ukraine", "china") in events(d)


def test_each_condemnation_charges_its_own_clause() -> None:
    d = run("Il portavoce del Cremlino Dmitri Peskov ha accusato Seul di «ingerenza» e ha "
            "condannato le forniture di armi americane all'Ucraina.", language="it")
    assert claims(d, "supply") == [("alleged", ["dmitri-peskov"])]


def test_a_day_inside_a_phrase_of_appeal() -> None:
    d = run("Le ministre ukrainien des Affaires étrangères Andriï Sybiha a demandé mercredi à "
            "l'Inde de cesser ses achats de pétrole russe.", language="fr",
            published="2024-12-12")
    assert events(d) == [_app("andrii-sybiha", "india")]
    assert d.document["events"][0]["date"]["value"] == "2024-12-11"
    assert events(run("Le Japon a demandé hier aux États-Unis de renforcer les sanctions.",
                      language="fr")) == [_app("japan", "united-states")]


def test_partners_within_an_organisation_are_it() -> None:
    assert events(run("Le Japon a appelé mardi ses partenaires du G7 à coordonner de "
                      "nouvelles sanctions.", language="fr")) == [_app("japan", "g7")]
    assert events(run("Japan urged its G7 partners to coordinate new sanctions.")) == [
        _app("japan", "g7")]
    assert events(run("Il Giappone ha esortato i partner del G7 a coordinare nuove sanzioni.",
                      language="it")) == [_app("japan", "g7")]
    # a state's allies stay the graph's group
    assert events(run("Zelensky urged Kyiv's allies to act.")) == [
        _app("volodymyr-zelensky", "ukraine-allies")]


def test_a_representative_acts_as_the_person() -> None:
    d = run("Il rappresentante russo Vassily Nebenzia ha accusato gli Stati Uniti di "
            "prolungare la guerra.", language="it")
    assert events(d) == [_acc("vassily-nebenzia", "united-states")]
    d = run("Le représentant russe Vassili Nebenzia a accusé les États-Unis de prolonger la "
            "guerre.", language="fr")
    assert events(d) == [_acc("vassili-nebenzia", "united-states")]


# --- cooperation ---------------------------------------------------------------------------


def _coop(*sides: str) -> tuple[str, set[tuple[str, str]]]:
    return ("cooperation", {(a, "partner") for a in sides})


def test_a_finite_verb_of_cooperating_is_cooperation() -> None:
    d = run("Russia and North Korea cooperate closely in space technology, Seoul said.")
    assert _coop("russia", "north-korea") in events(d)
    assert claims(d, "cooperation") == [("reported", ["south-korea"])]
    assert events(run("Moscow has cooperated with Pyongyang on satellites since 2023.")) == [
        _coop("russia", "north-korea")]
    d = run("Russia e Corea del Nord collaborano ormai anche nel settore spaziale, ha riferito "
            "il ministero della Difesa sudcoreano.", language="it")
    assert _coop("russia", "north-korea") in events(d)
    assert events(run("Moscou et Pyongyang coopèrent désormais dans le domaine spatial.",
                      language="fr")) == [_coop("russia", "north-korea")]


def test_cooperating_asked_planned_or_negated_is_none() -> None:
    assert events(run("Ukraine urged Pyongyang to cooperate with the United Nations.")) == [
        _app("ukraine", "north-korea")]
    assert events(run("Russia and North Korea agreed to work together on energy.")) == []
    assert events(run("North Korea did not cooperate with the inspectors.")) == []
    assert events(run("Mosca e Pyongyang non collaborano nel settore nucleare.",
                      language="it")) == []
    assert events(run("Séoul a demandé à Pyongyang de coopérer avec l'ONU.", language="fr")) \
        == [_app("south-korea", "north-korea")]


def test_who_condemns_a_cooperation_is_no_partner() -> None:
    d = run("The European Union condemned Pyongyang's deepening military cooperation with "
            "Moscow.")
    assert _coop("north-korea", "russia") in events(d)
    d = run("Seoul and Tokyo denounced the growing military cooperation between Russia and "
            "North Korea.")
    assert _coop("north-korea", "russia") in events(d)
    assert [t for t, _ in events(run("Kyiv urged Beijing to end its military cooperation with "
                                     "Moscow."))] == ["appeal"]


# --- who is urged or accused, named before ---------------------------------------------------


def _dep(a: str, b: str) -> tuple[str, set[tuple[str, str]]]:
    return ("deployment", {(a, "sender"), (b, "host")})


def test_it_and_both_urged_are_the_states_named_before() -> None:
    d = run("Seoul's foreign ministry said the admission showed that Pyongyang had committed "
            "a war crime, and urged it to withdraw its troops at once.")
    assert _app("south-korea-foreign-ministry", "north-korea") in events(d)
    d = run("The EU accused China of helping Russia and urged it to stop.")
    assert _app("european-union", "china") in events(d)
    d = run("South Korea's Unification Ministry said the visit showed deepening military "
            "cooperation between Moscow and Pyongyang and urged both to halt their exchanges.")
    assert ("appeal", {("south-korea-unification-ministry", "appellant"),
                       ("russia", "addressee"), ("north-korea", "addressee")}) in events(d)
    # a state's own "it" is no object
    assert [t for t, _ in events(run("Russia said it would respond."))] == ["statement"]


def test_accused_in_a_relative_clause() -> None:
    d = run("The EU adopted new sanctions against North Korea, which it accuses of sending "
            "troops to Russia.")
    assert _same(events(d), [_acc("european-union", "north-korea"),
                             _dep("north-korea", "russia")])
    assert claims(d, "deployment") == [("alleged", ["european-union"])]
    d = run("The EU adopted new sanctions against North Korea, which Seoul accuses of sending "
            "troops to Russia.")
    assert _acc("south-korea", "north-korea") in events(d)
    d = run("Sanctions were imposed on North Korea, which Japan has repeatedly urged to halt "
            "its missile launches.")
    assert events(d) == [_app("japan", "north-korea")]
    d = run("L'Union européenne a adopté lundi de nouvelles sanctions contre la Corée du Nord, "
            "qu'elle accuse d'avoir envoyé des troupes en Russie.", language="fr")
    assert _acc("european-union", "north-korea") in events(d)
    d = run("L'Union européenne a adopté de nouvelles sanctions contre la Corée du Nord, que "
            "Séoul accuse d'avoir envoyé des troupes en Russie.", language="fr")
    assert _same(events(d), [_acc("south-korea", "north-korea"), _dep("north-korea", "russia")])
    d = run("L'Ue ha adottato nuove sanzioni contro la Corea del Nord, che Seul accusa di aver "
            "inviato truppe in Russia.", language="it")
    assert _same(events(d), [_acc("south-korea", "north-korea"), _dep("north-korea", "russia")])
    d = run("L'Ue ha adottato nuove sanzioni contro la Corea del Nord, che accusa di aver "
            "inviato truppe in Russia.", language="it")
    assert _acc("european-union", "north-korea") in events(d)
    # a subject relative stays the antecedent's act; the passive participle stays passive
    assert events(run("North Korea, which sent troops to Russia, denied the report.")) == [
        _dep("north-korea", "russia")]
    d = run("La Corée du Nord, accusée d'avoir envoyé des troupes, a démenti.", language="fr")
    assert events(d) == [("accusation", {("north-korea", "accused")})]


# --- the UN's council, occasions, pronoun doers ------------------------------------------------


def test_the_security_council_is_the_un() -> None:
    for text, lang in (("Japan asked the UN Security Council to act.", "en"),
                       ("Japan asked the Security Council to act.", "en"),
                       ("Le Japon a demandé au Conseil de sécurité de l'ONU d'agir.", "fr"),
                       ("Le Japon a demandé au Conseil de sécurité des Nations unies d'agir.",
                        "fr"),
                       ("Il Giappone ha chiesto al Consiglio di sicurezza dell'Onu di agire.",
                        "it")):
        assert events(run(text, language=lang)) == [_app("japan", "united-nations")], text
    # a state's own council is not
    d = run("Il Consiglio di sicurezza russo si è riunito.", language="it")
    assert "united-nations" not in {a["id"] for a in d.document["actors"]}
    d = run("The Russian Security Council met on Friday.")
    assert "united-nations" not in {a["id"] for a in d.document["actors"]}


def test_names_of_an_occasion_aside_are_no_sides() -> None:
    d = run("The United States, Britain and France accused North Korea on Monday, during a "
            "meeting of the UN Security Council, of sending troops to Russia.")
    assert ("accusation", {("united-states", "accuser"), ("united-kingdom", "accuser"),
                           ("france", "accuser"), ("north-korea", "accused")}) in events(d)
    assert _dep("north-korea", "russia") in events(d)
    d = run("Les États-Unis, le Royaume-Uni et la France ont accusé lundi la Corée du Nord, "
            "lors d'une réunion du Conseil de sécurité de l'ONU, d'avoir envoyé des troupes en "
            "Russie.", language="fr")
    assert ("accusation", {("united-states", "accuser"), ("united-kingdom", "accuser"),
                           ("france", "accuser"), ("north-korea", "accused")}) in events(d)


def test_a_subject_pronoun_does_what_is_asked_of_the_clitic() -> None:
    for text, lang in (
            ("Lavrov a reçu Choe Son Hui. Elle lui a demandé de soutenir Pyongyang.", "fr"),
            ("Lavrov ha ricevuto Choe Son Hui. Lei gli ha chiesto di sostenere Pyongyang.",
             "it")):
        assert _app("choe-son-hui", "sergey-lavrov") in events(run(text, language=lang)), text


def test_demanded_of_whom_in_french() -> None:
    d = run("Séoul a condamné le déploiement de troupes nord-coréennes et exigé de Pyongyang le "
            "retrait immédiat de ses soldats.", language="fr")
    assert _app("south-korea", "north-korea") in events(d)
    assert events(run("Séoul a exigé de Pyongyang le retrait de ses soldats.", language="fr")) \
        == [_app("south-korea", "north-korea")]
    assert events(run("Le Japon réclame de la Russie des explications.", language="fr")) == [
        _app("japan", "russia")]


def test_the_press_and_questions_about_things_are_no_appeals() -> None:
    d = run("Kallas a déclaré devant la presse que Pyongyang avait livré des obus.",
            language="fr")
    assert "appeal" not in [t for t, _ in events(d)]
    assert events(run("Séoul a pressé Moscou de renvoyer les soldats.", language="fr")) == [
        _app("south-korea", "russia")]
    d = run("«Ci sono prospettive», ha risposto Putin ai giornalisti che gli chiedevano di una "
            "possibile cooperazione militare con Kim.", language="it")
    assert "appeal" not in [t for t, _ in events(d)]
    assert events(run("Seul ha chiesto a Mosca di ritirare le truppe.", language="it")) == [
        _app("south-korea", "russia")]


def test_the_council_named_alone_after_the_uns() -> None:
    d = run("Il Consiglio di sicurezza dell'Onu si è riunito lunedì. L'ambasciatore ucraino "
            "Sergiy Kyslytsya ha chiesto al Consiglio di condannare Pyongyang.", language="it")
    assert _app("sergiy-kyslytsya", "united-nations") in events(d)
    d = run("Le Conseil de sécurité de l'ONU s'est réuni. Kiev a demandé au Conseil de "
            "condamner Pyongyang.", language="fr")
    assert _app("ukraine", "united-nations") in events(d)
    # another council, and the council with no UN's named before, are not
    d = run("Le Conseil de sécurité de l'ONU s'est réuni. Le Conseil de la Fédération a "
            "ratifié le traité.", language="fr")
    assert all(a != "united-nations" for _, ps in events(d) for a, _ in ps)
    assert events(run("Kyiv urged the Council to condemn Pyongyang.")) == []


def test_who_support_is_for_may_report_it() -> None:
    d = run("During the talks Kim Jong Un pledged his full support for Russia, according to "
            "the Kremlin.")
    assert claims(d, "support") == [("reported", ["russia"])]
    d = run("Lavrov ha ribadito il pieno sostegno della Russia a Pyongyang.", language="it")
    assert claims(d, "support") == [("confirmed", [])]
