"""The embedded extractor on who is who: people named without a title, acronyms that
speak, back-references to sources, organisations and people, appositive and relative
clauses, and coordinated subjects.

Sentences written for these tests in the style of wire reports (no database; the
lexicon is the seed document's, as in tests/test_extract_embedded.py).
"""

from __future__ import annotations

from tests.test_extract_embedded import actor_ids, claims, events, run

# --- people named without a title -------------------------------------------------------


def test_a_bare_name_after_by_is_a_person() -> None:
    d = run("Belarusian Foreign Minister Maxim Ryzhenkov arrived in Pyongyang on Monday and "
            "was received by Pak Thae Song the same day.", published="2025-01-14")
    assert "pak-thae-song" in actor_ids(d)
    assert ("meeting", {("maxim-ryzhenkov", "participant"),
                        ("pak-thae-song", "participant")}) in events(d)


def test_a_bare_name_before_a_verb_of_saying_speaks_and_its_surname_comes_back() -> None:
    d = run("Viktor Orban said Hungary would not send weapons. Orban also met Vladimir "
            "Putin in Moscow.")
    assert {"viktor-orban", "vladimir-putin"} <= actor_ids(d)
    assert ("meeting", {("viktor-orban", "participant"),
                        ("vladimir-putin", "participant")}) in events(d)


def test_a_bare_name_after_an_article_is_no_person() -> None:
    # a newspaper takes an article, a person's name does not
    d = run("Secondo fonti citate dal Financial Times, i soldati nordcoreani sarebbero già "
            "stati trasferiti in Russia.", language="it")
    # (a newspaper the extractor knows is an outlet: data/media.tsv)
    assert all(a["kind"] == "media" for a in d.document["actors"]
               if a["id"] == "financial-times")
    d = run("The Kalma Beach resort was opened on Tuesday.")
    assert not {a for a in actor_ids(d) if "kalma" in a}


def test_an_acronym_that_speaks_is_a_source() -> None:
    d = run("North Korea sent artillery shells to Russia, SBU said.")
    assert "sbu" in actor_ids(d)
    assert claims(d, "supply") == [("reported", ["sbu"])]


def test_the_agency_is_the_last_agency_not_the_last_source() -> None:
    d = run("North Korean leader Kim Jong Un inspected a missile factory, KCNA said. South "
            "Korea's Joint Chiefs of Staff said on Wednesday that North Korea had sent "
            "shells to Russia. Kim pledged support for Russia, the agency added.",
            published="2025-03-06")
    assert claims(d, "support") == [("reported", ["kcna"])]


# --- parenthetical clauses: "X, who arrived on Monday, met Y" --------------------------


def test_a_relative_clause_between_subject_and_verb() -> None:
    d = run("Belarusian Foreign Minister Maxim Ryzhenkov, who arrived in Pyongyang last "
            "Tuesday, was received by North Korean leader Kim Jong Un on Thursday.",
            published="2024-12-13")
    # the clause's own event is the head's, with the clause's own date
    visit = [e for e in d.document["events"] if e["type"] == "visit"]
    assert [(p["actor"], p["role"]) for p in visit[0]["participants"]] == [
        ("maxim-ryzhenkov", "visitor"), ("north-korea", "host")]
    assert visit[0]["date"]["value"] == "2024-12-10"
    meeting = [e for e in d.document["events"] if e["type"] == "meeting"]
    assert {p["actor"] for p in meeting[0]["participants"]} == {"maxim-ryzhenkov",
                                                                "kim-jong-un"}
    assert meeting[0]["date"]["value"] == "2024-12-12"


def test_the_verb_after_a_relative_clause_is_its_heads() -> None:
    d = run('Deputy Foreign Minister Sergei Ryabkov, who spoke for the government in the '
            'upper house, told senators the pact "threatens no other country at all".')
    assert events(d) == [("statement", {("sergei-ryabkov", "speaker")})]
    assert claims(d, "statement") == [("confirmed", ["sergei-ryabkov"])]


def test_an_apposition_with_a_date_before_the_verb() -> None:
    d = run("Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un, on "
            "Sunday denied reports that Pyongyang had sent shells to Russia.",
            published="2024-06-03")
    assert ("denied", ["kim-yo-jong"]) in claims(d, "supply")
    assert ("denied", ["kim-jong-un"]) not in claims(d, "supply")


def test_a_voice_between_commas_is_not_the_subject() -> None:
    d = run("L'Union européenne, par la voix de sa porte-parole Nabila Massrali, a appelé "
            "Moscou et Pyongyang à cesser leur coopération militaire.", language="fr")
    assert events(d) == [("appeal", {("european-union", "appellant"),
                                     ("russia", "addressee"), ("north-korea", "addressee")})]


def test_an_italian_participle_clause() -> None:
    d = run("Il ministro degli Esteri russo Sergej Lavrov, giunto venerdì nella città "
            "costiera nordcoreana di Wonsan, è stato ricevuto ieri dal leader Kim Jong Un.",
            language="it", published="2025-07-13")
    assert ("visit", {("sergey-lavrov", "visitor"), ("north-korea", "host")}) in events(d)
    assert ("meeting", {("sergey-lavrov", "participant"),
                        ("kim-jong-un", "participant")}) in events(d)


def test_a_list_of_names_between_commas_is_no_parenthetical() -> None:
    d = run("The foreign ministers of Poland and Lithuania, Radoslaw Sikorski and Kestutis "
            "Budrys, met in Vilnius on Monday.", published="2025-03-11")
    assert events(d) == [("meeting", {("radoslaw-sikorski", "participant"),
                                      ("kestutis-budrys", "participant")})]


# --- coordination ----------------------------------------------------------------------


def test_who_joins_and_who_is_joined_both_act() -> None:
    d = run("Australia and Canada joined Washington in calling on China to restrain "
            "Pyongyang.")
    assert ("appeal", {("australia", "appellant"), ("canada", "appellant"),
                       ("united-states", "appellant"), ("china", "addressee")}) in events(d)
    d = run("La Polonia e la Lituania si sono unite alla Francia nel chiedere alla Cina di "
            "frenare Pyongyang.", language="it")
    assert ("appeal", {("poland", "appellant"), ("lithuania", "appellant"),
                       ("france", "appellant"), ("china", "addressee")}) in events(d)


def test_an_object_relative_pronoun_gives_the_patient_and_the_subject() -> None:
    d = run("German Foreign Minister Annalena Baerbock held talks with Chinese Foreign "
            "Minister Wang Yi, whom she urged to press Pyongyang.")
    assert ("appeal", {("annalena-baerbock", "appellant"),
                       ("wang-yi", "addressee")}) in events(d)
    d = run("La ministre allemande des Affaires étrangères Annalena Baerbock a rencontré le "
            "ministre chinois des Affaires étrangères Wang Yi, qu'elle a exhorté à faire "
            "pression sur Pyongyang.", language="fr")
    assert ("appeal", {("annalena-baerbock", "appellant"),
                       ("wang-yi", "addressee")}) in events(d)


# --- back-references to organisations and to the two states of the story -------------


def test_the_alliance_is_the_alliance_named_before() -> None:
    d = run("I leader della Nato si sono riuniti a Washington. Nella dichiarazione finale "
            "l'Alleanza chiede inoltre alla Cina di cessare ogni aiuto a Mosca.",
            language="it")
    assert ("appeal", {("nato", "appellant"), ("china", "addressee")}) in events(d)


def test_the_lower_house_is_the_parliament_body_named_before() -> None:
    d = run("Russia's State Duma ratified the treaty on Thursday, two weeks after Putin "
            "submitted the bill to the lower house.", published="2024-10-25")
    assert ("submission", {("vladimir-putin", "submitter"),
                           ("state-duma", "recipient")}) in events(d)


def test_the_group_is_the_source_that_spoke() -> None:
    d = run("The Joint Sanctions Review Team, set up after the United Nations let its own "
            "panel lapse, said North Korea had sent artillery shells to Russia. The group "
            "accused North Korea of violating sanctions.")
    assert ("accusation", {("joint-sanctions-review-team", "accuser"),
                           ("north-korea", "accused")}) in events(d)


def test_the_two_countries_are_the_two_states_of_the_last_event() -> None:
    d = run("North Korea sent artillery shells to Russia. Japan later condemned the two "
            "countries for violating UN sanctions.")
    assert ("accusation", {("japan", "accuser"), ("north-korea", "accused"),
                           ("russia", "accused")}) in events(d)


def test_the_two_countries_in_a_declaration_are_not_its_subjects() -> None:
    d = run("North Korea sent artillery shells to Russia. Kim called the pact the "
            "strongest the two countries had ever concluded, KCNA said.")
    assert not any(t == "statement" and ("russia", "subject") in ps for t, ps in events(d))


# --- words: verbs of saying, refusals, fears, trigger synonyms --------------------------


def test_a_refusal_to_comment_is_no_statement() -> None:
    d = run("Il portavoce del Cremlino Dmitry Peskov si è rifiutato di commentare.",
            language="it")
    assert events(d) == []
    d = run('«È un passo naturale», ha commentato il portavoce del Cremlino Dmitry Peskov.',
            language="it")
    assert events(d) == [("statement", {("dmitry-peskov", "speaker")})]


def test_a_capital_before_the_speaker_is_where_he_spoke() -> None:
    d = run("À Tokyo, le porte-parole du gouvernement japonais, Yoshimasa Hayashi, a fait "
            "part jeudi de sa « vive préoccupation » au sujet du traité.", language="fr",
            published="2024-06-21")
    assert events(d) == [("statement", {("yoshimasa-hayashi", "speaker")})]


def test_what_is_feared_has_not_happened() -> None:
    d = run("Séoul redoute qu'en échange, Moscou ne transfère à Pyongyang des technologies "
            "militaires sensibles.", language="fr")
    assert events(d) == []


def test_trigger_synonyms_a_wire_writer_uses() -> None:
    d = run("More than 10,000 North Korean soldiers have been moved to Russia.")
    assert events(d) == [("deployment", {("north-korea", "sender"), ("russia", "host")})]
    d = run("Russia bought millions of artillery shells from North Korea.")
    assert events(d) == [("supply", {("north-korea", "supplier"), ("russia", "recipient")})]
    d = run("Il ministro degli Esteri russo Sergej Lavrov è volato ieri a Pyongyang.",
            language="it", published="2025-07-12")
    assert events(d) == [("visit", {("sergey-lavrov", "visitor"), ("north-korea", "host")})]
    d = run("Le président Volodymyr Zelensky a invité la Chine à faire pression sur Moscou.",
            language="fr")
    assert ("appeal", {("volodymyr-zelensky", "appellant"),
                       ("china", "addressee")}) in events(d)


def test_the_west_in_english() -> None:
    d = run("Ukrainian President Volodymyr Zelensky urged the West on Wednesday to act.",
            published="2024-10-24")
    assert events(d) == [("appeal", {("volodymyr-zelensky", "appellant"),
                                     ("the-west", "addressee")})]


# --- pronouns ----------------------------------------------------------------------------


def test_a_subject_pronoun_is_the_last_sentences_subject() -> None:
    d = run("Russian Foreign Minister Sergei Lavrov met Choe Son Hui in Moscow. He accused "
            "Washington of stoking tension.")
    assert ("accusation", {("sergey-lavrov", "accuser"),
                           ("united-states", "accused")}) in events(d)
    d = run("Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé à Pyongyang. "
            "Il a accusé Washington d'attiser les tensions.", language="fr")
    assert ("accusation", {("sergey-lavrov", "accuser"),
                           ("united-states", "accused")}) in events(d)


def test_a_pronoun_after_the_trigger_is_another_clauses_subject() -> None:
    d = run('Russian Foreign Minister Sergei Lavrov met Choe Son Hui in Moscow. He pledged '
            'support for Pyongyang, and he accused Washington of stoking tension.')
    assert ("support", {("sergey-lavrov", "supporter"),
                        ("north-korea", "supported")}) in events(d)


def test_a_pronoun_in_a_quotation_is_no_back_reference() -> None:
    d = run('North Korean leader Kim Jong Un inspected troops. "He has sent soldiers to '
            'Russia," Ukrainian spokesman Heorhii Tykhyi said.')
    assert not any(("kim-jong-un", "subject") in ps for _, ps in events(d))


# --- clauses and coordinated nominal acts ------------------------------------------------


def test_a_word_an_event_cannot_stand_with_counts_only_in_its_clause() -> None:
    d = run("Russia's State Duma ratified the treaty on Thursday, two weeks after Putin "
            "submitted the ratification bill.", published="2024-10-25")
    assert ("ratification", {("state-duma", "ratifier"), ("russia", "party")}) in events(d)
    d = run("Ukrainian President Volodymyr Zelensky received a Polish delegation in Kyiv on "
            "Sunday and asked Warsaw to supply air-defence systems.", published="2025-01-13")
    # (an unnamed delegation with a state's adjective is a group: GUIDELINES, session 14)
    assert ("meeting", {("volodymyr-zelensky", "participant"),
                        ("polish-delegation", "participant")}) in events(d)
    # in its own clause it still counts: things received are no meeting
    d = run("Russia received air-defence systems from North Korea.")
    assert not [e for e in events(d) if e[0] == "meeting"]


def test_two_condemned_acts_accuse_both_doers() -> None:
    d = run("Tokyo and Seoul condemned North Korea's deployment of troops to Russia and "
            "Moscow's transfer of military technology to Pyongyang.")
    assert ("accusation", {("japan", "accuser"), ("south-korea", "accuser"),
                           ("north-korea", "accused"), ("russia", "accused")}) in events(d)
    assert ("supply", {("russia", "supplier"), ("north-korea", "recipient")}) in events(d)


def test_one_event_per_clause_and_there_is_the_place_named_before() -> None:
    d = run("Lavrov's previous trip to Pyongyang was in October 2023, while Kremlin aide "
            "Nikolai Patrushev travelled there in June.", published="2025-07-13")
    assert ("visit", {("sergey-lavrov", "visitor"), ("north-korea", "host")}) in events(d)
    assert ("visit", {("nikolai-patrushev", "visitor"), ("north-korea", "host")}) in events(d)
    # "there" of "there were" is no place
    d = run("Officials met in Pyongyang. There were no talks on troops.")
    assert all(e[0] != "deployment" for e in events(d))


def test_who_is_received_in_another_states_capital_visits_it() -> None:
    d = run("Le Premier ministre vietnamien Pham Minh Chinh a été accueilli mardi à "
            "Pyongyang par le dirigeant nord-coréen Kim Jong Un.", language="fr",
            published="2025-10-08")
    assert ("visit", {("pham-minh-chinh", "visitor"), ("north-korea", "host")}) in events(d)
    assert ("meeting", {("pham-minh-chinh", "participant"),
                        ("kim-jong-un", "participant")}) in events(d)


def test_a_parenthetical_with_the_same_subject_dates_a_main_clause_without_a_date() -> None:
    d = run("Le Premier ministre vietnamien Pham Minh Chinh, arrivé mardi à Pyongyang pour "
            "une visite officielle, a été reçu par le dirigeant nord-coréen Kim Jong Un.",
            language="fr", published="2025-10-10")
    meeting = [e for e in d.document["events"] if e["type"] == "meeting"]
    assert meeting and meeting[0]["date"]["value"] == "2025-10-07"


def test_the_countries_of_a_group_are_the_group() -> None:
    d = run("Le président Volodymyr Zelensky a appelé jeudi les pays du G7 à durcir les "
            "sanctions contre Moscou.", language="fr", published="2025-07-04")
    assert ("appeal", {("volodymyr-zelensky", "appellant"), ("g7", "addressee")}) in events(d)


def test_after_a_meeting_with_someone_the_subject_met_them() -> None:
    d = run("Il segretario generale della Nato Mark Rutte ha confermato oggi che unità "
            "militari nordcoreane sono state schierate in Russia, dopo un incontro con una "
            "delegazione sudcoreana.", language="it", published="2024-10-28")
    assert ("meeting", {("mark-rutte", "participant"),
                        ("delegazione-sudcoreana", "participant")}) in events(d)
    # what he confirmed is the deployment, not his own meeting
    assert claims(d, "meeting") == [("confirmed", [])]
    assert claims(d, "deployment") == [("confirmed", ["mark-rutte"])]


def test_the_soldiers_told_before_are_no_new_deployment() -> None:
    d = run('North Korea sent troops to Russia. Kim Jong Un, quoted by state media, called '
            'the soldiers "heroes" and promised to build a monument to them in Pyongyang.')
    # one deployment (the first sentence's), and Kim's words are his own statement: who
    # quotes him is no speaker
    assert [e for e in events(d) if e[0] == "deployment"] == [
        ("deployment", {("north-korea", "sender"), ("russia", "host")})]
    assert [e for e in events(d) if e[0] == "statement"] == [
        ("statement", {("kim-jong-un", "speaker")})]


def test_a_word_of_denial_inside_a_name_is_no_denial() -> None:
    d = run("North Korean troops fought alongside Russian units in Kursk, Russian General "
            "Staff chief Valery Gerasimov said. Andriy Kovalenko, who heads Ukraine's Center "
            "for Countering Disinformation, said Pyongyang had lost thousands of men there.")
    assert all(c[0] != "denied" for c in claims(d, "military_assistance"))


def test_a_list_subject_is_the_subject_of_both_verbs_joined_by_and() -> None:
    d = run("Japan, South Korea and the United States condemned North Korea and urged China "
            "to act.")
    assert ("appeal", {("japan", "appellant"), ("south-korea", "appellant"),
                       ("united-states", "appellant"), ("china", "addressee")}) in events(d)
    # the appeal is another verb's, not what the condemnation charges
    assert claims(d, "appeal") == [("confirmed", [])]


def test_and_before_a_noun_the_rules_need_opens_no_clause() -> None:
    d = run("Il governo sudcoreano ha accusato Pyongyang di aver inviato a Mosca armi e "
            "soldati e ha annunciato sanzioni contro dirigenti nordcoreani e russi.",
            language="it")
    assert [e for e in events(d) if e[0] == "deployment"] == [
        ("deployment", {("north-korea", "sender"), ("russia", "host")})]


def test_a_verb_in_the_future_tense_tells_no_event_yet() -> None:
    d = run("L'accordo entrerà in vigore con lo scambio degli strumenti di ratifica.",
            language="it")
    assert events(d) == []
    d = run("La Corée du Nord enverra des troupes en Russie.", language="fr")
    assert events(d) == []
    # a support promised is given by saying so
    d = run("La Corea del Nord resterà al fianco della Russia.", language="it")
    assert ("support", {("north-korea", "supporter"), ("russia", "supported")}) in events(d)


def test_the_troops_after_a_contracted_article_are_those_told_before() -> None:
    d = run("Mosca avrebbe dato a Pyongyang petrolio in cambio delle truppe.", language="it")
    assert all(e[0] != "deployment" for e in events(d))


def test_inflected_triggers_and_an_article_inside_a_ministrys_name() -> None:
    d = run("Le ministère sud-coréen de l'Unification a condamné ces envois, contraires "
            "selon lui aux sanctions de l'ONU.", language="fr")
    # "selon lui" is the ministry's own view: no other source
    assert events(d) == [("statement", {("south-korea-unification-ministry", "speaker")})]
    assert claims(d, "statement") == [
        ("confirmed", ["south-korea-unification-ministry"])]
    d = run("Il G7 ha condannato la Corea del Nord.", language="it")
    assert events(d) == [("accusation", {("g7", "accuser"), ("north-korea", "accused")})]


def test_the_head_of_a_clause_acts_however_far_its_trigger() -> None:
    d = run("Il ministro degli Esteri nordcoreano Choe Son Hui, che si era recata a Mosca nel "
            "novembre 2024, ha espresso «pieno e incondizionato sostegno» alla Russia.",
            language="it", published="2025-07-13")
    support = [e for e in d.document["events"] if e["type"] == "support"]
    assert [(p["actor"], p["role"]) for p in support[0]["participants"]] == [
        ("choe-son-hui", "supporter"), ("russia", "supported")]
    # the clause's date is its trip's, not the support's
    assert "value" not in support[0].get("date", {})


def test_a_reply_is_a_verb_of_saying() -> None:
    d = run("Kremlin spokesman Dmitry Peskov replied that North Korean troops had been sent "
            "to Russia under the treaty.")
    assert claims(d, "deployment") == [("reported", ["dmitry-peskov"])]
    d = run("Il portavoce del Cremlino Dmitry Peskov ha replicato che truppe nordcoreane "
            "sono state inviate in Russia.", language="it")
    assert claims(d, "deployment") == [("reported", ["dmitry-peskov"])]
