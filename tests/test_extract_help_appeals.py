"""Military help, appeals and support in the words a wire report may use (session 13, issue
15): help told by its kind ("military aid", "aiuti militari", "appui militaire"), help to
another state's war ("backing Moscow's war effort"), troops fighting on a state's side, a
phrase with an adverb inside it ("stood firmly by"), the allies of a state named with them
("Kyiv's allies"), and what stays no event (a treaty's clause of mutual help, aid one does
not rule out sending). Sentences written for these tests, in wire style, not the gold
texts'.
"""

from __future__ import annotations

from tests.test_extract_embedded import claims, events, run

NK_HELPS_RU = ("military_assistance", {("north-korea", "provider"), ("russia", "recipient")})
US_HELPS_UA = ("military_assistance", {("united-states", "provider"), ("ukraine", "recipient")})


def _types(d: object) -> list[str]:
    return sorted(t for t, _ in events(d))  # type: ignore[arg-type]


# --- help told by its kind ----------------------------------------------------------------


def test_military_aid_given_is_military_assistance() -> None:
    d = run("Washington has provided Kyiv with more than $60 billion in military aid.")
    assert events(d) == [US_HELPS_UA]
    d = run("North Korea is giving Russia military assistance, Seoul said.")
    assert events(d) == [NK_HELPS_RU]
    assert claims(d, "military_assistance") == [("reported", ["south-korea"])]
    d = run("The United States has sent military aid to Ukraine since 2022.")
    assert events(d) == [US_HELPS_UA]


def test_military_aid_as_a_noun_with_its_giver() -> None:
    d = run("North Korea's military assistance to Russia has grown, the NIS said.")
    assert events(d) == [NK_HELPS_RU]


def test_military_aid_in_italian() -> None:
    d = run("Secondo Seul, la Corea del Nord ha fornito a Mosca assistenza militare.",
            language="it")
    assert events(d) == [NK_HELPS_RU]
    assert claims(d, "military_assistance") == [("reported", ["south-korea"])]
    # ("militari" of the aid is an adjective, no soldiers sent)
    d = run("Gli Stati Uniti hanno inviato aiuti militari all'Ucraina.", language="it")
    assert events(d) == [US_HELPS_UA]


def test_military_aid_in_french() -> None:
    d = run("Kiev accuse par ailleurs Pyongyang d'apporter un appui militaire direct à la "
            "Russie.", language="fr")
    assert NK_HELPS_RU in events(d)
    assert claims(d, "military_assistance") == [("alleged", ["ukraine"])]
    d = run("Washington a fourni à Kiev une aide militaire de 60 milliards de dollars.",
            language="fr")
    assert events(d) == [US_HELPS_UA]
    d = run("Les États-Unis ont envoyé une aide militaire à l'Ukraine.", language="fr")
    assert events(d) == [US_HELPS_UA]


def test_a_treaty_clause_of_mutual_help_is_no_event() -> None:
    assert events(run("The treaty provides for mutual military assistance in case of "
                      "aggression.")) == []
    assert events(run("Il trattato prevede assistenza militare reciproca in caso di "
                      "aggressione.", language="it")) == []
    assert events(run("Le traité prévoit une assistance militaire mutuelle en cas "
                      "d'agression.", language="fr")) == []


def test_aid_asked_for_or_not_ruled_out_is_no_event() -> None:
    d = run("Japan urged North Korea to halt its military assistance to Russia.")
    assert _types(d) == ["appeal"]
    # the aid is the object of a verb of sending ruled out, a dozen words before it
    d = run("L'Italia non esclude di inviare a Kiev un grande pacchetto di aiuti militari.",
            language="it")
    assert "military_assistance" not in _types(d)
    d = run("Il ministro della Difesa Guido Crosetto ha detto che l'Italia non esclude di "
            "inviare a Kiev un nuovo pacchetto di aiuti militari.", language="it")
    assert "military_assistance" not in _types(d)


# --- help to another state's war ----------------------------------------------------------


def test_backing_a_war_effort_helps_its_state() -> None:
    d = run("North Korea is backing Moscow's war effort, Seoul said.")
    assert events(d) == [NK_HELPS_RU]
    d = run("North Korea is backing the war effort of Russia.")
    assert events(d) == [NK_HELPS_RU]
    d = run("Iran and North Korea are fuelling Russia's war machine, Blinken said.")
    assert ("military_assistance", {("iran", "provider"), ("north-korea", "provider"),
                                    ("russia", "recipient")}) in events(d)


def test_a_war_effort_in_italian_and_french() -> None:
    for text in ("La Corea del Nord sostiene lo sforzo bellico della Russia.",
                 "Pyongyang alimenta lo sforzo bellico di Mosca.",
                 "La Corea del Nord alimenta lo sforzo bellico russo."):
        assert events(run(text, language="it")) == [NK_HELPS_RU], text
    for text in ("La Corée du Nord aide l'effort de guerre de la Russie.",
                 "Pyongyang soutient l'effort de guerre de Moscou.",
                 "La Corée du Nord soutient l'effort de guerre russe, selon l'OTAN."):
        assert events(run(text, language="fr")) == [NK_HELPS_RU], text


# --- troops on a state's side -------------------------------------------------------------


def test_troops_fighting_on_a_states_side() -> None:
    d = run("North Korea on Monday confirmed for the first time that its soldiers had fought "
            "on Russia's side to drive Ukrainian forces out of the Kursk region.")
    assert events(d) == [NK_HELPS_RU]
    assert claims(d, "military_assistance") == [("confirmed", ["north-korea"])]
    assert events(run("North Korean troops are fighting on the side of Russia.")) == \
        [NK_HELPS_RU]
    # ("dalla parte della Russia": "dalla" is no "by")
    assert events(run("I soldati nordcoreani combattono dalla parte della Russia.",
                      language="it")) == [NK_HELPS_RU]
    assert events(run("Des soldats nord-coréens ont combattu du côté de la Russie.",
                      language="fr")) == [NK_HELPS_RU]


# --- a phrase with an adverb inside -------------------------------------------------------


def test_a_phrase_of_support_with_an_adverb_inside() -> None:
    d = run("Pyongyang has stood firmly by Moscow since the start of the war.")
    assert events(d) == [("support", {("north-korea", "supporter"), ("russia", "supported")})]
    d = run("China has sided openly with Russia.")
    assert events(d) == [("support", {("china", "supporter"), ("russia", "supported")})]
    d = run("La Corea del Nord resterà sempre al fianco della Russia.", language="it")
    assert events(d) == [("support", {("north-korea", "supporter"), ("russia", "supported")})]


def test_an_appeal_phrase_with_an_adverb_inside() -> None:
    d = run("Japan called repeatedly on China to act.")
    assert events(d) == [("appeal", {("japan", "appellant"), ("china", "addressee")})]


# --- the allies of a state named with them ------------------------------------------------


def test_the_allies_of_a_state_named_with_them() -> None:
    d = run("Ukrainian Foreign Minister Andrii Sybiha urged Kyiv's allies to respond firmly.")
    assert events(d) == [("appeal", {("andrii-sybiha", "appellant"),
                                     ("ukraine-allies", "addressee")})]
    d = run("Il ministero degli Esteri ucraino ha esortato gli alleati di Kiev a rafforzare "
            "le sanzioni.", language="it")
    assert ("ukraine-allies", "addressee") in events(d)[0][1]
    d = run("Le ministre Andrii Sybiha a appelé les alliés de l'Ukraine à agir.",
            language="fr")
    assert [t for t, _ in events(d)] == ["appeal"]
    assert ("ukraine-allies", "addressee") in events(d)[0][1]


# --- more words of appeal and support -----------------------------------------------------


def test_more_words_of_asking_someone_to_act() -> None:
    blinken_china = ("appeal", {("antony-blinken", "appellant"), ("china", "addressee")})
    assert events(run("Antony Blinken encouraged China to rein in Pyongyang.")) == \
        [blinken_china]
    assert events(run("Antony Blinken ha incoraggiato la Cina a frenare Pyongyang.",
                      language="it")) == [blinken_china]
    assert events(run("Antony Blinken a encouragé la Chine à freiner Pyongyang.",
                      language="fr")) == [blinken_china]
    eu_nk = ("appeal", {("european-union", "appellant"), ("north-korea", "addressee")})
    assert events(run("The EU requested that North Korea withdraw its troops.")) == [eu_nk]
    japan_russia = ("appeal", {("japan", "appellant"), ("russia", "addressee")})
    for text, language in (
            ("Il Giappone ha preteso che Mosca interrompa la cooperazione.", "it"),
            ("Le Japon a exigé que Moscou cesse sa coopération avec Pyongyang.", "fr"),
            ("Le Japon a réclamé à Moscou l'arrêt de la coopération.", "fr")):
        assert events(run(text, language=language)) == [japan_russia], text
    japan_china = ("appeal", {("japan", "appellant"), ("china", "addressee")})
    for text in ("Le Japon a plaidé auprès de la Chine pour une action.",
                 "Le Japon a fait pression sur la Chine pour qu'elle agisse."):
        assert events(run(text, language="fr")) == [japan_china], text
    assert events(run("Volodymyr Zelensky a adressé un appel à la Chine.", language="fr")) == \
        [("appeal", {("volodymyr-zelensky", "appellant"), ("china", "addressee")})]


def test_more_words_of_support() -> None:
    nk_ru = ("support", {("north-korea", "supporter"), ("russia", "supported")})
    assert events(run("North Korea threw its weight behind Moscow.")) == [nk_ru]
    assert events(run("La Corea del Nord si è schierata con la Russia.", language="it")) == \
        [nk_ru]
    assert events(run("Washington endorsed Seoul's decision.")) == \
        [("support", {("united-states", "supporter"), ("south-korea", "supported")})]
    # a treaty endorsed is ratified, no support
    assert [t for t, _ in events(run("The Federation Council endorsed the treaty."))] == \
        ["ratification"]


def test_an_appeal_named_by_its_noun_to_the_allies() -> None:
    # the allies four words after the noun; the sentence may end with them
    zelensky_allies = ("appeal", {("volodymyr-zelensky", "appellant"),
                                  ("ukraine-allies", "addressee")})
    assert events(run("L'appello di Zelensky agli alleati è arrivato ieri.",
                      language="it")) == [zelensky_allies]
    assert events(run("L'appel de Zelensky aux alliés est arrivé hier.",
                      language="fr")) == [zelensky_allies]
    assert events(run("Zelensky ha rinnovato l'appello agli alleati.",
                      language="it")) == [zelensky_allies]


def test_asked_that_someone_act() -> None:
    assert events(run("Le G7 a demandé que Pyongyang cesse ses transferts d'armes.",
                      language="fr")) == \
        [("appeal", {("g7", "appellant"), ("north-korea", "addressee")})]


# --- a state's support voiced by a person -------------------------------------------------


def test_a_states_support_voiced_by_a_person_is_the_persons() -> None:
    d = run("Il ministro degli Esteri Antonio Tajani ha ribadito il pieno sostegno "
            "dell'Italia all'Ucraina.", language="it")
    assert events(d) == [("support", {("antonio-tajani", "supporter"),
                                      ("ukraine", "supported")})]
    d = run("Le ministre français des Armées Sébastien Lecornu a réaffirmé le soutien « "
            "indéfectible » de la France à l'Ukraine.", language="fr")
    assert events(d) == [("support", {("sebastien-lecornu", "supporter"),
                                      ("ukraine", "supported")})]
    d = run("Russian Foreign Minister Sergey Lavrov reaffirmed Russia's unwavering support "
            "for Pyongyang.")
    assert events(d) == [("support", {("sergey-lavrov", "supporter"),
                                      ("north-korea", "supported")})]


def test_whom_support_is_told_to_is_not_whom_it_is_for() -> None:
    d = run("Kim Jong Un a assuré mercredi Vladimir Poutine du « soutien total » de la Corée "
            "du Nord à l'opération militaire russe.", language="fr")
    assert ("support", {("kim-jong-un", "supporter"), ("russia", "supported")}) in events(d)


def test_a_states_support_with_no_person_or_thanked_for_stays_the_states() -> None:
    assert events(run("Russia reaffirmed its support for North Korea.")) == \
        [("support", {("russia", "supporter"), ("north-korea", "supported")})]
    assert events(run("Moscow thanked Pyongyang for its firm support for Russia.")) == \
        [("support", {("north-korea", "supporter"), ("russia", "supported")})]


def test_a_states_support_pledged_by_a_person_is_the_persons() -> None:
    d = run("Russian Foreign Minister Sergey Lavrov pledged that Moscow would always stand "
            "by Pyongyang.")
    assert events(d) == [("support", {("sergey-lavrov", "supporter"),
                                      ("north-korea", "supported")})]
    d = run("Choe Son Hui a promis que Pyongyang soutiendrait toujours Moscou.",
            language="fr")
    assert events(d) == [("support", {("choe-son-hui", "supporter"),
                                      ("russia", "supported")})]
    # said, not pledged: the state's support, reported by the speaker
    d = run("Lavrov said Moscow would always stand by Pyongyang.")
    assert events(d) == [("support", {("russia", "supporter"), ("north-korea", "supported")})]
    assert claims(d, "support") == [("reported", ["sergey-lavrov"])]


# --- a phrase of duration between the verb and its object ---------------------------------


def test_a_phrase_of_duration_before_the_object() -> None:
    # ("da settimane": a "da" of time, no agent's "by"; its words do not push the object
    # out of reach)
    for text, language in (
            ("Ufficiali nordcoreani addestrano da settimane reparti russi.", "it"),
            ("Istruttori nordcoreani addestrano da mesi i soldati russi all'uso dei droni.",
             "it"),
            ("Des officiers nord-coréens entraînent depuis des semaines des unités russes.",
             "fr"),
            ("North Korean officers have been training for several weeks Russian units.",
             "en")):
        assert events(run(text, language=language)) == [NK_HELPS_RU], text
    assert events(run("Shells were shipped to Russia for months by North Korea.")) == \
        [("supply", {("north-korea", "supplier"), ("russia", "recipient")})]


# --- thanked for its support --------------------------------------------------------------


def test_who_is_thanked_for_its_support_supports_whom_is_named_after_it() -> None:
    nk_ru = ("support", {("north-korea", "supporter"), ("russia", "supported")})
    assert events(run("Mosca ha invece ringraziato Pyongyang per il suo «fermo sostegno» alla "
                      "Russia.", language="it")) == [nk_ru]
    assert events(run("Moscou a remercié Pyongyang pour son soutien à la Russie.",
                      language="fr")) == [nk_ru]
    assert events(run("Moscow thanked Pyongyang for its firm support for Russia.")) == [nk_ru]


def test_thanks_for_support_with_no_one_it_is_for_in_its_clause() -> None:
    # ("appealed to the European Union" is another verb's: no support for the EU)
    # (GUIDELINES, settled at the start of session 17: thanks for support with no one named
    # it is for are support to the thanker; until then a statement, as dev 301 read it)
    d = run("Ukrainian President Volodymyr Zelensky thanked Washington for its backing and "
            "appealed to the European Union to speed up deliveries of air defence systems.")
    assert sorted(t for t, _ in events(d)) == ["appeal", "support"]
    assert ("support", {("united-states", "supporter"),
                        ("volodymyr-zelensky", "supported")}) in events(d)


# --- "their summit" -----------------------------------------------------------------------


def test_their_summit_is_a_meeting_of_the_two_people_before_it() -> None:
    kim_putin = ("meeting", {("kim-jong-un", "participant"), ("vladimir-putin", "participant")})
    d = run("Kim Jong Un a assuré mercredi Vladimir Poutine du « soutien total » de la Corée "
            "du Nord à l'opération militaire russe, lors de leur sommet à Pyongyang.",
            language="fr")
    assert kim_putin in events(d)
    assert claims(d, "meeting") == [("confirmed", [])]  # told by the text
    d = run("Kim Jong Un ha ringraziato Vladimir Putin durante il loro incontro a Pyongyang.",
            language="it")
    assert kim_putin in events(d)


def test_assured_someone_of_ones_support() -> None:
    # with no one named after the noun, whom one assures is whom it is for
    assert events(run("North Korean leader Kim Jong Un assured Moscow of his support.")) == \
        [("support", {("kim-jong-un", "supporter"), ("russia", "supported")})]
    assert events(run("Le dirigeant nord-coréen Kim Jong Un a assuré Moscou de son soutien "
                      "total.", language="fr")) == \
        [("support", {("kim-jong-un", "supporter"), ("russia", "supported")})]
    # named after it, it is for that one
    assert events(run("Choe Son Hui assured Lavrov of her country's full support for "
                      "Russia.")) == \
        [("support", {("choe-son-hui", "supporter"), ("russia", "supported")})]
