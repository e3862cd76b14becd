"""Statements in the embedded extractor: a direct quotation, or a declaration that is itself
the news and tells no other event, is a statement of its speaker (confirmed, asserted by
the speaker); a reporting verb or a quotation in front of another event is attribution.
Each mechanism is checked on sentences written for these tests in wire style, not on the
gold texts (no database; the seed document's lexicon, as in tests/test_extract_embedded.py).
"""

from __future__ import annotations

from tests.test_extract_embedded import claims, events, run

NK_TO_RU = ("supply", {("north-korea", "supplier"), ("russia", "recipient")})
DEPLOYED = ("deployment", {("north-korea", "sender"), ("russia", "host")})


def statements(d: object) -> list[set[tuple[str, str]]]:
    return [p for t, p in events(d) if t == "statement"]  # type: ignore[arg-type]


# --- a stance taken is a declaration that is itself the news ------------------------------


def test_a_stance_taken_is_a_statement_of_its_speaker() -> None:
    d = run("Ukrainian Foreign Minister Andrii Sybiha welcomed the decision.")
    assert statements(d) == [{("andrii-sybiha", "speaker")}]
    assert claims(d, "statement") == [("confirmed", ["andrii-sybiha"])]
    d = run("Il ministro degli Esteri giapponese Takeshi Iwaya ha espresso «profondo "
            "rammarico».", language="it")
    assert statements(d) == [{("takeshi-iwaya", "speaker")}]
    d = run("Le chancelier allemand Olaf Scholz a exprimé sa « vive inquiétude ».",
            language="fr")
    assert statements(d) == [{("olaf-scholz", "speaker")}]


def test_whom_one_thanks_is_the_addressee() -> None:
    d = run("Volodymyr Zelensky thanked Germany for its humanitarian help to Kharkiv.")
    assert statements(d) == [{("volodymyr-zelensky", "speaker"), ("germany", "addressee")}]
    d = run("Volodymyr Zelensky ha ringraziato il Canada per gli aiuti.", language="it")
    assert statements(d) == [{("volodymyr-zelensky", "speaker"), ("canada", "addressee")}]


def test_what_a_stance_is_about_is_no_fact_told() -> None:
    # the names in the object of a stance are neither subjects nor a fact left out
    d = run("Sergey Lavrov hailed the friendship between Moscow and Pyongyang.")
    assert statements(d) == [{("sergey-lavrov", "speaker")}]


def test_a_person_welcomed_in_person_is_no_stance() -> None:
    d = run("Vladimir Putin welcomed Choe Son Hui at the airport.")
    assert statements(d) == []
    d = run("Russian President Vladimir Putin welcomed North Korean leader Kim Jong Un at "
            "the cosmodrome.")
    assert statements(d) == []


def test_speakers_joined_by_and_make_one_statement() -> None:
    d = run("Germany and France expressed concern.")
    assert statements(d) == [{("germany", "speaker"), ("france", "speaker")}]
    assert claims(d, "statement") == [("confirmed", ["france", "germany"])]
    # two verbs, two speakers: two statements
    d = run("Germany expressed concern, while France said it was monitoring the situation.")
    assert sorted(map(sorted, statements(d))) == [[("france", "speaker")],
                                                  [("germany", "speaker")]]


def test_a_stance_on_another_event_is_no_statement_and_reports_nothing() -> None:
    d = run("Vladimir Putin thanked North Korea for sending troops to Russia.")
    assert events(d) == [DEPLOYED]
    assert claims(d, "deployment") == [("confirmed", [])]


# --- a declaration: what is said ----------------------------------------------------------


def test_a_declaration_of_what_is_to_come_is_a_statement_of_its_speaker() -> None:
    d = run("Sergey Lavrov said Moscow would respond to any new sanctions.")
    assert statements(d) == [{("sergey-lavrov", "speaker")}]
    d = run("Moscow would respond to any new sanctions, Sergey Lavrov said.")
    assert statements(d) == [{("sergey-lavrov", "speaker")}]
    # a fact told first, a possibility further on: a clash is no event of the model, so
    # the whole is a declaration (GUIDELINES, statement settlement)
    d = run("Ukrainian Defence Minister Rustem Umerov said North Korean soldiers had clashed "
            "with Ukrainian forces in Kursk on Monday, and that more clashes could follow.")
    assert statements(d) == [{("rustem-umerov", "speaker")}]
    # an event of the model told first: its report, no declaration
    d = run("Ukrainian Defence Minister Rustem Umerov said North Korea had sent more troops "
            "to Kursk on Monday, and that more could follow.")
    assert statements(d) == []


def test_a_fact_of_no_event_told_before_the_verb_of_saying_is_a_declaration() -> None:
    # an attack is no event of the model: what a named speaker says of it is his statement
    # (GUIDELINES, statement settlement; it was no statement before)
    d = run("Russia fired dozens of missiles at Ukrainian cities last month, Ukrainian "
            "Prosecutor General Andriy Kostin said.")
    assert statements(d) == [{("andriy-kostin", "speaker")}]


def test_what_the_two_told_of_before_did_is_a_fact_not_a_declaration() -> None:
    d = run("Sergey Lavrov met Choe Son Hui in Moscow. The two ministers discussed "
            "military cooperation, the Russian Foreign Ministry said.")
    assert statements(d) == []
    d = run("Sergey Lavrov met Choe Son Hui in Moscow. The Kremlin said the two had "
            "discussed new projects.")
    assert statements(d) == []


def test_a_name_in_a_clause_said_without_that_is_not_spoken_to() -> None:
    d = run('Sergey Lavrov said the treaty with North Korea was "a shield for both our '
            'nations".')
    assert statements(d) == [{("sergey-lavrov", "speaker")}]
    # whom he speaks to, right after the verb, is
    d = run('"Our friendship has no limits," Sergey Lavrov told Choe Son Hui.')
    assert statements(d) == [{("sergey-lavrov", "speaker"), ("choe-son-hui", "addressee")}]


def test_who_will_speak_does_not_speak() -> None:
    d = run("Il segretario di Stato americano Antony Blinken ha avvertito che Washington "
            "risponderà «con fermezza».", language="it")
    assert statements(d) == [{("antony-blinken", "speaker")}]


# --- quotations -----------------------------------------------------------------------


def test_a_quotation_that_tells_an_event_is_its_report() -> None:
    d = run('"North Korea has shipped another million shells to Russia," Ukrainian '
            "intelligence chief Kyrylo Budanov said.")
    assert events(d) == [NK_TO_RU]
    assert claims(d, "supply") == [("reported", ["kyrylo-budanov"])]
    # a quotation that judges an event named by its noun is a declaration too
    d = run('"The deployment of North Korean troops to Russia is a dangerous escalation," '
            "NATO Secretary General Mark Rutte said.")
    assert {("mark-rutte", "speaker"), ("russia", "subject"),
            ("north-korea", "subject")} in statements(d)
    # a quotation that tells none is a statement
    d = run('"These are elite troops, trained for months," Ukrainian intelligence chief '
            "Kyrylo Budanov said.")
    assert statements(d) == [{("kyrylo-budanov", "speaker")}]


def test_a_verb_of_saying_after_a_quotation_with_its_subject_unsaid() -> None:
    d = run("«I nostri rapporti sono solidi come non mai», ha detto Sergej Lavrov. «Non "
            "temiamo alcuna sanzione occidentale», ha aggiunto.", language="it")
    assert statements(d) == [{("sergey-lavrov", "speaker")},
                             {("sergey-lavrov", "speaker")}]
    d = run("« Nos relations sont solides », a déclaré Sergueï Lavrov. « Nous ne "
            "craignons aucune sanction », a-t-il ajouté.", language="fr")
    assert len(statements(d)) == 2
    # a verb with its own subject after it is that one's
    d = run("«I nostri rapporti sono solidi come non mai», ha detto Sergej Lavrov. «Nessuno "
            "ci dividerà», ha aggiunto Choe Son Hui.", language="it")
    assert statements(d)[1] == {("choe-son-hui", "speaker")}


def test_an_event_with_one_side_named_does_not_hide_a_statement() -> None:
    # "for its support": thanks for support with no beneficiary named are support to the
    # thanker, no statement (GUIDELINES, settled at the start of session 17); a date between
    # the verb and whom one thanks; thanks for another stance ("sa « solidarité »") stay the
    # thanker's statement
    d = run("Volodymyr Zelensky a remercié jeudi le Japon pour son « soutien ».",
            language="fr", published="2024-11-21")
    assert statements(d) == []
    assert events(d) == [("support", {("japan", "supporter"), ("volodymyr-zelensky",
                                                                "supported")})]
    d = run("Volodymyr Zelensky thanked Japan for its support.")
    assert events(d) == [("support", {("japan", "supporter"), ("volodymyr-zelensky",
                                                                "supported")})]
    d = run("Volodymyr Zelensky a remercié jeudi le Japon pour sa « solidarité ».",
            language="fr", published="2024-11-21")
    assert statements(d) == [{("volodymyr-zelensky", "speaker"), ("japan", "addressee")}]


def test_an_abbreviated_title_ends_no_sentence() -> None:
    d = run("« Nos relations n'ont jamais été aussi solides », a déclaré M. Lavrov devant la "
            "presse.", language="fr")
    assert statements(d) == [{("sergey-lavrov", "speaker")}]


def test_a_condemned_treaty_accuses_its_parties_named_after_it() -> None:
    # the pact between two named states is their act (an accusation); a pact of no one
    # named is no one's (a statement of the condemner)
    d = run("Germany condemned the mutual defence treaty between Moscow and Pyongyang.")
    assert events(d) == [("accusation", {("germany", "accuser"), ("russia", "accused"),
                                         ("north-korea", "accused")})]
    d = run("Germany condemned the treaty as a threat to peace.")
    assert events(d) == [("statement", {("germany", "speaker")})]


def test_a_source_referred_back_to_reports_unless_it_is_a_government() -> None:
    # (a UN panel is the United Nations, GUIDELINES, settled at the start of session 17: the
    # monitors referred back are a named speaker; an unnamed group still only reports)
    d = run("A UN panel of sanctions monitors published a report on Monday. The monitors "
            "said debris found in Kharkiv came from a North Korean missile.")
    assert statements(d) == [{("united-nations", "speaker")}]
    d = run("A group of independent sanctions monitors published a report on Monday. The "
            "monitors said debris found in Kharkiv came from a North Korean missile.")
    assert statements(d) == []
    d = run("The Russian Foreign Ministry issued a statement on Monday. The ministry said it "
            "was deeply concerned.")
    assert statements(d) == [{("russia-foreign-ministry", "speaker")}]


def test_who_publishes_a_text_speaks_in_it() -> None:
    d = run("Il ministero degli Esteri russo ha diffuso un comunicato in cui definisce "
            "«inaccettabili» le esercitazioni.", language="it")
    assert statements(d) == [{("russia-foreign-ministry", "speaker")}]


def test_thanks_for_an_act_of_someone_else_tell_that_act() -> None:
    # "for the sending of soldiers": an event with its sender unnamed, still another fact
    # (not the addressee's own "support")
    d = run("Il presidente russo Vladimir Putin ha ringraziato Kim Jong Un per l'invio di "
            "soldati in Russia.", language="it")
    assert statements(d) == []


def test_a_verb_of_saying_in_the_infinitive_is_no_speaker() -> None:
    d = run("Kremlin spokesman Dmitry Peskov told reporters the Kremlin had nothing to add.")
    assert ("statement", {("russia", "speaker")}) not in events(d)


def test_a_quoted_noun_phrase_after_a_possessive_is_the_reporters_wording() -> None:
    d = run("Choe Son Hui a assuré Moscou de son « appui total et sans aucune réserve ».",
            language="fr")
    assert statements(d) == []


# --- merged onto the statement and attribution rules of main (session 11) ------------------


def test_a_verb_of_adding_after_a_comma_with_its_subject_after_it_reports() -> None:
    d = run("Selon Kiev, Moscou fournirait des missiles à la Corée du Nord, a ajouté "
            "Volodymyr Zelensky.", language="fr")
    assert claims(d, "supply") == [("alleged", ["ukraine", "volodymyr-zelensky"])]
    d = run("La Russia fornirebbe missili alla Corea del Nord, ha aggiunto il presidente "
            "ucraino Volodymyr Zelensky.", language="it")
    assert claims(d, "supply") == [("alleged", ["volodymyr-zelensky"])]


def test_the_relative_clause_of_who_speaks_is_the_texts_own_account() -> None:
    # the speaker acts in it, and what it tells is not what he says
    d = run("North Korea has sent more troops to Russia, added Volodymyr Zelensky, who met "
            "Mark Rutte in Kyiv on Monday.")
    assert claims(d, "deployment") == [("reported", ["volodymyr-zelensky"])]
    assert claims(d, "meeting") == [("confirmed", [])]
    assert ("meeting", {("volodymyr-zelensky", "participant"),
                        ("mark-rutte", "participant")}) in events(d)
    d = run("Moscou livrerait des missiles à Pyongyang, a ajouté Sergueï Lavrov, qui a "
            "rencontré mardi Choe Son Hui à Moscou.", language="fr")
    assert claims(d, "supply") == [("alleged", ["sergey-lavrov"])]
    assert claims(d, "meeting") == [("confirmed", [])]
    d = run("Pyongyang ha inviato altri soldati in Russia, ha aggiunto Zelensky, che lunedì "
            "ha incontrato Mark Rutte a Kiev.", language="it")
    assert claims(d, "meeting") == [("confirmed", [])]


def test_a_quotation_with_its_speaker_unsaid_after_a_stance_is_that_speakers() -> None:
    # the one speaker of the sentence before, a stance taken, not the last source named
    d = run("Secondo Kiev, Pyongyang ha inviato soldati in Russia. Il ministro degli Esteri "
            "giapponese Takeshi Iwaya ha espresso «profonda preoccupazione». «Il Giappone "
            "non resterà a guardare», ha aggiunto.", language="it")
    assert statements(d) == [{("takeshi-iwaya", "speaker")},
                             {("takeshi-iwaya", "speaker"), ("japan", "subject")}]


# --- session 11: more stances, continuations, threats ----------------------------------------


def test_a_threat_is_a_statement_and_whom_it_threatens_the_addressee() -> None:
    d = run("North Korean leader Kim Jong Un threatened Seoul with a nuclear response.")
    assert statements(d) == [{("kim-jong-un", "speaker"), ("south-korea", "addressee")}]
    d = run("Il leader nordcoreano Kim Jong Un ha minacciato la Corea del Sud di «ritorsioni».",
            language="it")
    assert statements(d) == [{("kim-jong-un", "speaker"), ("south-korea", "addressee")}]
    d = run("Le dirigeant nord-coréen Kim Jong Un a menacé les États-Unis d'une « riposte "
            "nucléaire ».", language="fr")
    assert statements(d) == [{("kim-jong-un", "speaker"), ("united-states", "addressee")}]
    # a threat to do something: the speaker alone
    d = run("Kim Yo Jong, the sister of North Korean leader Kim Jong Un, has threatened to cut "
            "all ties.")
    assert statements(d) == [{("kim-yo-jong", "speaker")}]


def test_a_judgement_or_what_one_speaks_of_is_a_stance() -> None:
    d = run("Il ministro degli Esteri russo Sergej Lavrov ha giudicato «inaccettabili» le nuove "
            "sanzioni.", language="it")
    assert statements(d) == [{("sergey-lavrov", "speaker")}]
    d = run("Le ministre russe des Affaires étrangères Sergueï Lavrov a jugé la situation « "
            "préoccupante ».", language="fr")
    assert statements(d) == [{("sergey-lavrov", "speaker")}]
    d = run("Sergueï Lavrov a parlé d'une « nouvelle ère » dans les relations.", language="fr")
    assert statements(d) == [{("sergey-lavrov", "speaker")}]
    d = run('Sergey Lavrov spoke of a "new era" in relations.')
    assert statements(d) == [{("sergey-lavrov", "speaker")}]
    # an impersonal "si parla di" has no speaker
    d = run("Al Cremlino si parla di una possibile visita di Kim Jong Un in Russia.",
            language="it")
    assert statements(d) == []


def test_a_verb_of_going_on_after_a_quotation_is_a_verb_of_saying() -> None:
    d = run('"Our ties are stronger than ever," Sergey Lavrov said. "Nobody can stop us," he '
            "continued.")
    assert statements(d) == [{("sergey-lavrov", "speaker")}] * 2
    d = run("«I nostri legami sono solidi», ha detto Sergej Lavrov. «Nessuno ci fermerà», ha "
            "proseguito.", language="it")
    assert statements(d) == [{("sergey-lavrov", "speaker")}] * 2
    d = run("« Nos liens sont solides », a déclaré Sergueï Lavrov. « Personne ne nous "
            "arrêtera », a-t-il poursuivi.", language="fr")
    assert statements(d) == [{("sergey-lavrov", "speaker")}] * 2
    # not before an object: "continued its offensive" says nothing
    d = run("Russia continued its offensive in the Kursk region.")
    assert statements(d) == []


def test_single_curly_quotes_are_a_quotation_and_an_apostrophe_is_none() -> None:
    d = run("‘We will not be intimidated by anyone,’ Kremlin spokesman Dmitry Peskov said, "
            "adding that Russia’s ties with North Korea concerned no third country.")
    assert statements(d) == [{("dmitry-peskov", "speaker")}]


def test_a_quotation_telling_an_event_by_a_verb_after_adverbs_or_its_noun_is_its_report() -> None:
    d = run('"Thousands of North Korean soldiers have already been sent to Russia\'s Kursk '
            'region," Ukrainian intelligence chief Kyrylo Budanov told reporters.')
    assert events(d) == [DEPLOYED]
    assert claims(d, "deployment") == [("reported", ["kyrylo-budanov"])]
    d = run("« Des soldats nord-coréens ont déjà été envoyés en Russie », a affirmé le chef du "
            "renseignement militaire ukrainien Kyrylo Boudanov.", language="fr")
    assert statements(d) == []
    d = run('"Pyongyang shipped more shells to Russia last month," Ukrainian intelligence chief '
            "Kyrylo Budanov said.")
    assert events(d) == [NK_TO_RU]
    # a noun the quotation judges is no fact it tells
    d = run('"The shipment of shells to Russia is a crime," Ukrainian intelligence chief Kyrylo '
            "Budanov said.")
    assert len(statements(d)) == 1


def test_a_quotation_after_a_colon_is_said_by_the_one_named_before_it() -> None:
    d = run('Ukrainian President Volodymyr Zelensky put it bluntly: "Pyongyang is now a direct '
            'party to this war."')
    assert statements(d) == [{("volodymyr-zelensky", "speaker"), ("north-korea", "subject")}]
    d = run("Pour le président ukrainien Volodymyr Zelensky, le message est clair : « La Corée "
            "du Nord est désormais en guerre contre l'Ukraine. »", language="fr")
    assert statements(d) == [{("volodymyr-zelensky", "speaker"), ("north-korea", "subject"),
                              ("ukraine", "subject")}]
    # a quotation after a colon that tells an event is its report
    d = run('Ukrainian intelligence chief Kyrylo Budanov gave a figure: "North Korea has sent '
            '12,000 soldiers to Russia."')
    assert events(d) == [DEPLOYED]
    assert claims(d, "deployment") == [("reported", ["kyrylo-budanov"])]


def test_the_allies_spoken_to_are_the_speakers_states_allies() -> None:
    d = run("Il presidente ucraino Volodymyr Zelensky ha lanciato un avvertimento agli alleati: "
            "“Senza una risposta forte, Pyongyang manderà altri soldati”.", language="it")
    assert statements(d) == [{("volodymyr-zelensky", "speaker"), ("north-korea", "subject"),
                              ("ukraine-allies", "addressee")}]
    d = run('"Time is running out," Volodymyr Zelensky told allies in Brussels.')
    assert statements(d) == [{("volodymyr-zelensky", "speaker"),
                              ("ukraine-allies", "addressee")}]
    d = run("« Le temps presse », a déclaré Volodymyr Zelensky à ses alliés.", language="fr")
    assert statements(d) == [{("volodymyr-zelensky", "speaker"),
                              ("ukraine-allies", "addressee")}]


def test_what_is_said_ends_where_a_clause_of_another_subject_opens() -> None:
    d = run('Seoul said it "deeply regretted" the deal, while Beijing declined to comment.')
    assert statements(d) == [{("south-korea", "speaker")}]
    d = run("Il governo giapponese si è detto «profondamente preoccupato», mentre Pechino ha "
            "ribadito la propria «posizione imparziale».", language="it")
    assert statements(d) == [{("japan", "speaker")}, {("china", "speaker")}]


def test_a_clause_said_that_tells_nothing_that_happened_is_a_declaration() -> None:
    # no verb in a past tense: a state, a view, an intention, of the speaker alone
    d = run('State Department spokesman Matthew Miller told reporters the United States was '
            '"deeply concerned" and would consult Seoul and Tokyo.')
    assert statements(d) == [{("matthew-miller", "speaker")}]
    d = run("Japanese Prime Minister Shigeru Ishiba said Tokyo is following the situation in "
            "Kursk closely.")
    assert statements(d) == [{("shigeru-ishiba", "speaker")}]
    d = run("Il portavoce del ministero degli Esteri cinese Lin Jian ha detto che Pechino "
            "«segue da vicino» la situazione nella penisola coreana.", language="it")
    assert statements(d) == [{("lin-jian", "speaker")}]
    d = run("Le ministre sud-coréen des Affaires étrangères Cho Tae-yul a déclaré que la Russie "
            "est « un partenaire dangereux » pour la Corée du Nord.", language="fr")
    assert statements(d) == [{("cho-tae-yul", "speaker")}]


def test_a_clause_said_that_tells_a_past_fact_of_no_event_is_a_declaration() -> None:
    # (GUIDELINES, statement settlement: civil works are no event of the model; these were
    # left out before)
    for text, language, who in (
            ("South Korean Foreign Minister Cho Tae-yul said North Korean workers built a new "
             "bridge for Russia last year.", "en", "cho-tae-yul"),
            ("South Korean Foreign Minister Cho Tae-yul said North Korean workers had built a "
             "new bridge for Russia.", "en", "cho-tae-yul"),
            ("Il ministro degli Esteri sudcoreano Cho Tae-yul ha detto che operai nordcoreani "
             "hanno costruito un ponte per la Russia.", "it", "cho-tae-yul"),
            ("Le ministre sud-coréen des Affaires étrangères Cho Tae-yul a déclaré que des "
             "ouvriers nord-coréens avaient construit un pont pour la Russie.", "fr",
             "cho-tae-yul")):
        assert statements(run(text, language=language)) == [{(who, "speaker")}], text
    # nor what confirms or denies, nor an announcement with an object and no clause
    d = run("Pentagon press secretary Pat Ryder said Washington could not yet independently "
            "confirm the transfers.")
    assert statements(d) == []
    d = run("Il Giappone ha annunciato nuove sanzioni contro entità russe e nordcoreane.",
            language="it")
    assert statements(d) == []


def test_a_title_alone_after_a_verb_of_saying_is_the_speaker_before() -> None:
    d = run("Il ministro della Difesa sudcoreano Kim Yong-hyun ha detto ai giornalisti che Seul "
            "è pronta. «Valuteremo ogni opzione», ha aggiunto il ministro.", language="it")
    assert statements(d) == [{("kim-yong-hyun", "speaker")}] * 2
    d = run("« Nos liens sont solides », a déclaré la porte-parole de la diplomatie russe Maria "
            "Zakharova. « Personne ne nous arrêtera », a ajouté la porte-parole.", language="fr")
    assert statements(d) == [{("maria-zakharova", "speaker")}] * 2


def test_welcoming_a_states_stance_is_a_stance_and_greeting_a_person_none() -> None:
    d = run('Japan\'s Chief Cabinet Secretary Yoshimasa Hayashi welcomed Seoul\'s "firm stance".')
    assert statements(d) == [{("yoshimasa-hayashi", "speaker")}]
    d = run("Vladimir Putin welcomed Choe Son Hui at the airport.")
    assert statements(d) == []


def test_calling_something_something_is_a_declaration_unless_it_denies() -> None:
    d = run("Il ministro degli Esteri russo Sergej Lavrov ha definito oggi il trattato con la "
            "Corea del Nord «un pilastro della sicurezza regionale».", language="it")
    assert statements(d) == [{("sergey-lavrov", "speaker")}]  # "con" after a noun: no one
    d = run("Le chef de la diplomatie russe, Sergueï Lavrov, a qualifié lundi le traité avec "
            "Pyongyang de « garantie de paix » pour toute la région.", language="fr")
    assert statements(d) == [{("sergey-lavrov", "speaker")}]
    d = run("South Korean Foreign Minister Cho Tae-yul described the pact as a danger to the "
            "region.")
    assert statements(d) == [{("cho-tae-yul", "speaker")}]
    # a denial: no statement ("prive di fondamento" and its kind are words of denial)
    d = run("Secondo Kiev, Pyongyang ha fornito missili a Mosca. Il portavoce del Cremlino "
            "Dmitrij Peskov ha definito le accuse «prive di fondamento».", language="it")
    assert statements(d) == []
    assert ("denied", ["dmitrij-peskov"]) in claims(d, "supply")
    # a gerund is an adjunct of the main verb
    d = run("Il presidente sudcoreano Yoon Suk Yeol ha condannato la decisione di Pyongyang, "
            "definendola «una minaccia».", language="it")
    assert statements(d) == []


def test_whom_a_message_is_sent_to_is_the_addressee() -> None:
    d = run('"We will never forget the heroism of your soldiers," Russian President Vladimir '
            "Putin said in a message of thanks to North Korean leader Kim Jong Un.")
    assert statements(d) == [{("vladimir-putin", "speaker"), ("kim-jong-un", "addressee")}]


def test_a_warning_that_is_a_french_verb_of_saying() -> None:
    d = run("La cheffe de la diplomatie européenne, Kaja Kallas, a averti mardi que l'Union "
            "européenne « ne restera pas les bras croisés ».", language="fr")
    assert statements(d) == [{("kaja-kallas", "speaker")}]


def test_a_part_of_a_country_is_in_that_country() -> None:
    for text, language in (
            ("Des militaires nord-coréens ont été envoyés dans l'est de la Russie, selon Kiev.",
             "fr"),
            ("North Korean troops were sent to the east of Russia, Kyiv said.", "en"),
            ("Truppe nordcoreane sono state inviate nell'est della Russia, secondo Kiev.", "it")):
        d = run(text, language=language)
        assert events(d) == [DEPLOYED], text
        assert claims(d, "deployment") == [("reported", ["ukraine"])], text


def test_a_pronoun_before_an_adverb_and_its_verb_is_the_person_before() -> None:
    d = run("Le président sud-coréen Yoon Suk Yeol a dénoncé un pacte « dirigé contre la paix ». "
            "Il a également exhorté Pékin à user de son influence sur Pyongyang.", language="fr")
    assert ("appeal", {("yoon-suk-yeol", "appellant"), ("china", "addressee")}) in events(d)


def test_the_subject_before_a_short_aside_speaks() -> None:
    d = run("Le Kremlin, de son côté, a salué la « retenue » de Pékin.", language="fr")
    assert statements(d) == [{("russia", "speaker")}]
    d = run("Il Cremlino, dal canto suo, ha elogiato la «prudenza» di Pechino.", language="it")
    assert statements(d) == [{("russia", "speaker")}]
    # a long clause between commas before an inverted subject keeps that subject
    d = run("Il presidente russo Vladimir Putin ha ricevuto ieri al Cremlino la ministra degli "
            "Esteri nordcoreana Choe Son Hui, giunta giovedì scorso in Russia per una visita di "
            "una settimana, ha riferito il portavoce del Cremlino Dmitry Peskov.", language="it",
            published="2024-11-05")
    assert ("reported", ["dmitry-peskov"]) in claims(d, "meeting")


def test_a_quotation_after_a_denial_with_its_speaker_unsaid_is_the_deniers() -> None:
    d = run("Selon Kiev, Pyongyang a envoyé des soldats en Russie. À Moscou, le porte-parole du "
            "Kremlin, Dmitri Peskov, a rejeté ces « allégations sans fondement ». « La "
            "coopération entre Moscou et Pyongyang ne regarde que nos deux pays », a-t-il "
            "poursuivi.", language="fr")
    assert statements(d) == [{("dmitri-peskov", "speaker"), ("russia", "subject"),
                              ("north-korea", "subject")}]
    assert ("denied", ["dmitri-peskov"]) in claims(d, "deployment")


def test_officers_and_other_military_ranks_are_troops_sent() -> None:
    for text, language in (
            ("Selon Kiev, des officiers nord-coréens ont déjà été envoyés en Russie.", "fr"),
            ("According to Kyiv, North Korean officers have been sent to Russia.", "en"),
            ("Secondo Kiev, comandanti nordcoreani sono stati inviati in Russia.", "it")):
        d = run(text, language=language)
        assert events(d) == [DEPLOYED], text


def test_support_is_no_verb_of_saying_claim_is() -> None:
    # "sostenere Mosca" supports; "sostiene (inoltre) che" claims
    d = run("Secondo l'agenzia Kcna, Kim Jong Un ha promesso di sostenere Mosca «fino alla "
            "vittoria».", language="it")
    assert claims(d, "support") == [("reported", ["kcna"])]
    d = run("L'intelligence ucraina sostiene inoltre che Pyongyang ha fornito a Mosca obici "
            "semoventi.", language="it")
    assert events(d) == [NK_TO_RU]
    assert claims(d, "supply") == [("reported", ["intelligence-ucraina"])]


def test_whom_a_message_is_sent_to_after_a_stance_is_the_addressee() -> None:
    d = run("Il leader nordcoreano Kim Jong Un ha lodato l'«amicizia invincibile» con la Russia "
            "in un messaggio inviato ieri al presidente Vladimir Putin.", language="it",
            published="2024-12-05")
    assert statements(d) == [{("kim-jong-un", "speaker"), ("vladimir-putin", "addressee")}]


def test_a_spokesman_of_the_government_is_a_person_and_a_milestone_talked_of_no_new_one() -> None:
    d = run("La Duma ha ratificato il trattato con la Corea del Nord. Da Tokyo, il portavoce del "
            "governo Yoshimasa Hayashi ha definito la ratifica «motivo di seria inquietudine».",
            language="it")
    assert events(d) == [("ratification", {("state-duma", "ratifier"), ("north-korea", "party")}),
                         ("statement", {("yoshimasa-hayashi", "speaker")})]
    d = run("The Duma ratified the treaty with North Korea. Government spokesman Yoshimasa "
            'Hayashi called the ratification "a grave concern".')
    assert statements(d) == [{("yoshimasa-hayashi", "speaker")}]
    assert len(events(d)) == 2
    d = run("Le porte-parole du gouvernement japonais Yoshimasa Hayashi a jugé la situation « "
            "préoccupante ».", language="fr")
    assert statements(d) == [{("yoshimasa-hayashi", "speaker")}]


def test_a_stance_and_another_fact_joined_by_and_are_both_told() -> None:
    for text, language, who in (
            ("Il ministero degli Esteri sudcoreano ha espresso «grave preoccupazione» e ha "
             "chiesto a Mosca di rispettare le risoluzioni dell'Onu.", "it",
             "south-korea-foreign-ministry"),
            ("Japan expressed deep concern and urged Moscow to respect UN sanctions.", "en",
             "japan"),
            ("Le Japon a exprimé sa « profonde inquiétude » et a appelé Moscou à respecter les "
             "sanctions de l'ONU.", "fr", "japan")):
        d = run(text, language=language)
        assert ("appeal", {(who, "appellant"), ("russia", "addressee")}) in events(d), text
        assert statements(d) == [{(who, "speaker")}], text
    # a stance whose object is the other fact tells that fact alone
    d = run("Vladimir Putin thanked North Korea for sending troops to Russia.")
    assert statements(d) == []


def test_a_quotation_that_there_are_no_troops_denies_their_deployment() -> None:
    for text, language, who in (
            ("Secondo Seul, soldati nordcoreani sono stati trasferiti in Russia. «Non c'è alcun "
             "soldato nordcoreano in Russia», ha replicato la portavoce della diplomazia russa "
             "Maria Zakharova.", "it", "maria-zakharova"),
            ('According to Seoul, North Korean troops were sent to Russia. "There are no North '
             'Korean troops in Russia," Kremlin spokesman Dmitry Peskov said.', "en",
             "dmitry-peskov"),
            ("Selon Séoul, des soldats nord-coréens ont été envoyés en Russie. « Il n'y a aucun "
             "soldat nord-coréen en Russie », a répliqué le porte-parole du Kremlin Dmitri "
             "Peskov.", "fr", "dmitri-peskov")):
        d = run(text, language=language)
        assert events(d) == [DEPLOYED], text
        assert ("denied", [who]) in claims(d, "deployment"), text
    # a negative determiner before another noun denies nothing
    d = run('According to Seoul, North Korean troops were sent to Russia. "We have no '
            'comment," Kremlin spokesman Dmitry Peskov said.')
    assert claims(d, "deployment") == [("reported", ["south-korea"])]


def test_a_ministry_named_in_another_language_is_the_graphs() -> None:
    d = run("Le ministère russe des Affaires étrangères a salué la décision.", language="fr")
    assert statements(d) == [{("russia-foreign-ministry", "speaker")}]
    d = run("Le ministère américain de la Défense a confirmé l'envoi de soldats nord-coréens en "
            "Russie.", language="fr")
    assert claims(d, "deployment") == [("confirmed", ["pentagon"])]
    d = run("Il ministero della Difesa statunitense ha confermato l'invio di soldati nordcoreani "
            "in Russia.", language="it")
    assert claims(d, "deployment") == [("confirmed", ["pentagon"])]
    # a ministry the graph does not have stays a new body
    d = run("Il ministero degli Esteri sudcoreano ha espresso «preoccupazione».", language="it")
    assert statements(d) == [{("south-korea-foreign-ministry", "speaker")}]


def test_civil_works_are_no_military_assistance() -> None:
    for text, language in (
            ("Sergey Lavrov said North Korean engineers had helped repair railway bridges in "
             "the Russian Far East.", "en"),
            ("Ingegneri nordcoreani hanno aiutato a ricostruire i ponti ferroviari in Russia.",
             "it"),
            ("Des ingénieurs nord-coréens ont aidé à réparer des ponts en Russie.", "fr")):
        assert events(run(text, language=language)) == [], text
    d = run("North Korean military engineers are helping Russian forces in Kursk, Kyiv said.")
    assert ("military_assistance", {("north-korea", "provider"), ("russia", "recipient")}) \
        in events(d)


def test_a_promise_to_send_arms_or_troops_is_that_fact_to_come_no_statement() -> None:
    d = run("Britain and France promised to send additional launchers to Ukraine.")
    assert statements(d) == []
    d = run("Il governo tedesco ha promesso di inviare altri sistemi di difesa aerea a Kiev.",
            language="it")
    assert statements(d) == []
    # a promise of no such fact is a declaration
    d = run('South Korean President Yoon Suk Yeol promised a "step-by-step response".')
    assert statements(d) == [{("yoon-suk-yeol", "speaker")}]
    d = run("Il leader nordcoreano Kim Jong Un ha promesso di «rafforzare ancora» i legami con "
            "la Russia.", language="it")
    assert statements(d) == [{("kim-jong-un", "speaker")}]


def test_no_name_in_the_quotation_or_right_after_told_is_the_speaker() -> None:
    d = run('"We have sent our best units to help our Russian comrades," Kim Jong Un said.')
    # (since session 13 a bare name after a quotation speaks: Kim, never "Russian")
    assert all(("russia", "speaker") not in p for p in statements(d))
    d = run('"Russia has risen up in a sacred struggle," Kim told Putin.')
    assert statements(d) == []
    d = run('"Our ties are strong," Sergey Lavrov told Choe Son Hui.')
    assert statements(d) == [{("sergey-lavrov", "speaker"), ("choe-son-hui", "addressee")}]


#: a report of the troops and the weapons, told before their denial (session 14: a negated
#: fact nobody had reported is no denial but the speaker's statement)
_REPORTED = {
    "en": "North Korea has sent troops and supplied weapons to Russia, Seoul said.",
    "it": "La Corea del Nord ha inviato truppe in Russia, secondo Seul.",
    "fr": "La Corée du Nord a envoyé des soldats en Russie, selon Séoul.",
}


def test_troops_said_not_to_be_somewhere_are_a_denial() -> None:
    for text, language in (
            ("Lavrov told reporters that North Korean troops were not in Russia.", "en"),
            ("Lavrov ha detto che i soldati nordcoreani non sono in Russia.", "it"),
            ("Sergueï Lavrov a affirmé que les soldats nord-coréens ne sont pas en Russie.",
             "fr")):
        d = run(_REPORTED[language] + "\n" + text, language=language)
        assert ("denied", ["sergey-lavrov"]) in claims(d, "deployment"), text
        # (with nothing reported before, no event: the speaker's statement; session 14)
        assert statements(run(text, language=language)) == [
            {("sergey-lavrov", "speaker")}], text


def test_a_name_then_its_title_after_the_verb_and_un_is_no_article() -> None:
    d = run("«La Russia non è sola», ha dichiarato Kim Jong Un, il leader nordcoreano.",
            language="it")
    assert statements(d) == [{("kim-jong-un", "speaker"), ("russia", "subject")}]
    d = run("« La Russie n'est pas seule », a déclaré Kim Jong Un, le dirigeant nord-coréen.",
            language="fr")
    assert statements(d) == [{("kim-jong-un", "speaker"), ("russia", "subject")}]


def test_words_quoted_after_that_beside_another_fact_are_indirect_speech() -> None:
    d = run("Pyongyang ha inviato altri 5.000 soldati in Russia, ha detto il ministro della "
            "Difesa ucraino Rustem Umerov, aggiungendo che le truppe «sono già al fronte».",
            language="it")
    assert events(d) == [DEPLOYED]
    # a verb of support before "that" claims
    d = run("Il ministero degli Esteri russo ha definito «illegittime» le nuove misure, "
            "sostenendo che l'Ue «non ha alcuna prova».", language="it")
    assert statements(d) == [{("russia-foreign-ministry", "speaker")}]


def test_a_quotation_given_with_according_to_is_no_statement() -> None:
    # GUIDELINES, settled at the start of session 16: "selon X" before words that tell no
    # event of the model gives no statement (until session 16 read as the source's)
    d = run("Secondo il portavoce del Cremlino Dmitrij Peskov, i rapporti con Pyongyang «non "
            "sono rivolti contro nessuno».", language="it")
    assert statements(d) == []
    d = run('According to Kremlin spokesman Dmitry Peskov, ties with Pyongyang are "not '
            'directed against anyone".')
    assert statements(d) == []
    d = run("Selon le porte-parole du Kremlin Dmitri Peskov, les liens avec Pyongyang « ne "
            "visent aucun pays tiers ».", language="fr")
    assert statements(d) == []
    d = run("Secondo il ministero della Difesa russo, le parti hanno discusso «l'attuazione "
            "degli accordi militari».", language="it")
    assert statements(d) == []
    # with a verb of saying, the words are the speaker's statement
    d = run("Kremlin spokesman Dmitry Peskov said ties with Pyongyang were \"not directed "
            "against anyone\".")
    assert statements(d) == [{("dmitry-peskov", "speaker")}]


def test_ties_one_is_worried_about_are_no_fact_and_the_worry_a_declaration() -> None:
    d = run("NATO spokesperson Farah Dakhlallah said the Alliance remained deeply concerned "
            "about the growing military ties between Moscow and Pyongyang.")
    assert events(d) == [("statement", {("farah-dakhlallah", "speaker")})]
    d = run("Il governo giapponese si è detto «preoccupato» per la crescente cooperazione "
            "militare tra Mosca e Pyongyang.", language="it")
    assert events(d) == [("statement", {("japan", "speaker")})]
    d = run("Le Japon s'est dit « inquiet » de la coopération militaire entre Moscou et "
            "Pyongyang.", language="fr")
    assert events(d) == [("statement", {("japan", "speaker")})]
    # an act of the model one is worried about is still told
    d = run("Japan said it was concerned about North Korea's deployment of troops to Russia.")
    assert events(d) == [DEPLOYED]
    # ties told as a fact stay a cooperation
    d = run("Moscow and Pyongyang have deepened their military cooperation.")
    assert events(d) == [("cooperation", {("russia", "partner"), ("north-korea", "partner")})]


def test_the_subject_of_a_second_verb_of_saying_after_and_is_the_firsts() -> None:
    # (the thanks for support are South Korea's support to him, session 17 settlement)
    d = run("Ukrainian President Volodymyr Zelensky thanked South Korea for its support and said "
            "he hoped Seoul would send air-defence systems.")
    # (thanks for support: South Korea's support to the thanker, no statement of thanks,
    # GUIDELINES, settled at the start of session 17; the words said after "and" his own)
    assert statements(d) == [{("volodymyr-zelensky", "speaker")}]
    assert ("support", {("south-korea", "supporter"), ("volodymyr-zelensky", "supported")}) \
        in events(d)
    d = run("Ukrainian President Volodymyr Zelensky thanked South Korea for its firmness and "
            "said he hoped Seoul would send air-defence systems.")
    assert statements(d) == [{("volodymyr-zelensky", "speaker"), ("south-korea", "addressee")}]


def test_what_is_said_opens_at_that_after_the_verb_and_its_adjuncts() -> None:
    d = run("Kim Yo Jong, the sister of North Korean leader Kim Jong Un, said in a statement "
            "carried by KCNA that Seoul would pay a heavy price.")
    assert statements(d) == [{("kim-yo-jong", "speaker")}]
    d = run("« Nous ne laisserons pas faire », a prévenu le président sud-coréen Yoon Suk Yeol.",
            language="fr")
    assert statements(d) == [{("yoon-suk-yeol", "speaker")}]


def test_a_gerund_of_saying_before_words_of_denial_denies() -> None:
    for text, language in (
            ("Selon Séoul, Pyongyang a envoyé des soldats en Russie. Moscou a réagi en "
             "qualifiant ces accusations de « mensonges ».", "fr"),
            ("Secondo Seul, Pyongyang ha inviato soldati in Russia. Mosca ha reagito definendo "
             "le accuse «fantasie».", "it"),
            ("According to Seoul, Pyongyang sent troops to Russia. Moscow responded by calling "
             "the allegations lies.", "en")):
        d = run(text, language=language)
        assert claims(d, "deployment") == [("reported", ["south-korea"]),
                                           ("denied", ["russia"])], text
        assert statements(d) == [], text


def test_relations_said_about_are_no_addressee_nor_a_fact() -> None:
    d = run('Lavrov said relations with North Korea were developing "very successfully".')
    assert statements(d) == [{("sergey-lavrov", "speaker")}]
    d = run("Le Kremlin a assuré que la coopération avec Pyongyang respectait le droit "
            "international.", language="fr")
    assert events(d) == [("statement", {("russia", "speaker")})]
    # ties told by a verb of their own stay a fact reported
    d = run("Lavrov said that Moscow and Pyongyang had expanded their military cooperation.")
    assert claims(d, "cooperation") == [("reported", ["sergey-lavrov"])]
    d = run("Lavrov ha ricordato che il trattato prevede l'assistenza militare reciproca.",
            language="it")
    assert statements(d) == [{("sergey-lavrov", "speaker")}]


def test_reaffirming_that_reports_and_hammering_home_is_saying() -> None:
    d = run("Sergey Lavrov reaffirmed that Moscow stands by Pyongyang.")
    assert claims(d, "support") == [("reported", ["sergey-lavrov"])]
    # before an object it reports nothing
    d = run("Selon le ministère russe des Affaires étrangères, les deux ministres ont réaffirmé "
            "leur attachement au traité.", language="fr")
    assert statements(d) == []
    d = run("Le ministre russe des Affaires étrangères Sergueï Lavrov a martelé que Moscou ne "
            "céderait pas.", language="fr")
    assert statements(d) == [{("sergey-lavrov", "speaker")}]


# --- session 12: who speaks, and a stance beside another fact -----------------------------


def test_a_place_opening_the_sentence_is_no_side_of_the_act() -> None:
    for text, language in (
            ("From Kyiv, Ukrainian President Volodymyr Zelensky accused Pyongyang of "
             "supplying shells to Russia.", "en"),
            ("Da Kiev, il presidente ucraino Volodymyr Zelensky ha accusato Pyongyang di "
             "fornire munizioni alla Russia.", "it"),
            ("Depuis Kiev, le président ukrainien Volodymyr Zelensky a accusé Pyongyang de "
             "livrer des obus à la Russie.", "fr")):
        d = run(text, language=language)
        assert ("accusation", {("volodymyr-zelensky", "accuser"),
                               ("north-korea", "accused")}) in events(d), text
        assert claims(d, "supply") == [("alleged", ["volodymyr-zelensky"])], text


def test_a_name_after_against_is_no_subject_of_the_verb_before() -> None:
    d = run("Il Giappone ha espresso «seria preoccupazione» per gli sviluppi e ha annunciato "
            "nuove sanzioni contro Pyongyang.", language="it")
    assert statements(d) == [{("japan", "speaker")}]
    d = run("Le Japon a exprimé sa « vive inquiétude » et a annoncé des sanctions contre "
            "Pyongyang.", language="fr")
    assert {("north-korea", "speaker")} not in statements(d)


def test_support_expressed_for_nobody_is_a_stance() -> None:
    for text, language in (
            ("Chinese President Xi Jinping expressed support for efforts to find a political "
             "solution.", "en"),
            ("Il presidente cinese Xi Jinping ha espresso sostegno agli sforzi per una "
             "soluzione politica della crisi.", "it"),
            ("Le président chinois Xi Jinping a exprimé son soutien aux efforts de paix.",
             "fr")):
        d = run(text, language=language)
        assert statements(d) == [{("xi-jinping", "speaker")}], text
    # support for an actor is a support, no statement
    d = run("Il presidente cinese Xi Jinping ha espresso sostegno alla Russia.", language="it")
    assert events(d) == [("support", {("xi-jinping", "supporter"), ("russia", "supported")})]
    d = run("Seoul voiced solidarity with the victims.")
    assert statements(d) == [{("south-korea", "speaker")}]


def test_who_accused_or_appealed_before_is_who_adds_a_quotation() -> None:
    d = run("Le ministre français des Affaires étrangères, Jean-Noël Barrot, a dénoncé mardi "
            "l'envoi de soldats nord-coréens en Russie. « C'est une escalade inacceptable », "
            "a-t-il ajouté.", language="fr")
    assert {("jean-noel-barrot", "speaker")} in statements(d)
    d = run("Il ministro degli Esteri italiano Antonio Tajani ha condannato l'invio di truppe "
            "nordcoreane in Russia. «È inaccettabile», ha aggiunto.", language="it")
    assert {("antonio-tajani", "speaker")} in statements(d)
    d = run('Ukrainian Foreign Minister Andrii Sybiha urged China to restrain Pyongyang. '
            '"Beijing has the leverage," he added.')
    assert {("andrii-sybiha", "speaker"), ("china", "subject")} in statements(d)


def test_a_stance_in_a_relative_clause_after_a_meeting_is_its_heads() -> None:
    for text, language in (
            ("Russian Defence Minister Andrei Belousov held talks with Kim Jong Un, who hailed "
             "the invincible alliance between the two countries.", "en"),
            ("Il ministro della Difesa russo Andrej Belousov ha incontrato Kim Jong Un, che ha "
             "elogiato l'alleanza invincibile tra i due Paesi.", "it"),
            ("Le ministre russe de la Défense, Andreï Belooussov, est arrivé à Pyongyang. Il "
             "s'est entretenu avec Kim Jong Un, qui a salué « l'alliance invincible » entre les "
             "deux pays.", "fr")):
        d = run(text, language=language)
        assert [t for t, _ in events(d) if t == "meeting"] == ["meeting"], text
        assert statements(d) == [{("kim-jong-un", "speaker")}], text
    # a promise that names another actor is a fact left out, no statement
    d = run("Il presidente ucraino Volodymyr Zelensky ha incontrato il primo ministro "
            "giapponese Fumio Kishida, che ha promesso nuovi aiuti a Kiev.", language="it")
    assert statements(d) == []


def test_a_title_with_no_name_is_the_person_named_before_with_it() -> None:
    for text, language in (
            ("North Korean leader Kim Jong Un received Sergey Lavrov in Wonsan. \"Our two "
             "countries are brothers in arms,\" the North Korean leader said.", "en"),
            ("Il leader nordcoreano Kim Jong Un ha ricevuto Sergej Lavrov a Wonsan. «I nostri "
             "due Paesi sono fratelli d'armi», ha dichiarato il leader nordcoreano.", "it"),
            ("Le dirigeant nord-coréen Kim Jong Un a reçu Sergueï Lavrov à Wonsan. « Nos deux "
             "pays sont des frères d'armes », a déclaré le dirigeant nord-coréen.", "fr")):
        d = run(text, language=language)
        speakers = {a for p in statements(d) for a, r in p if r == "speaker"}
        assert speakers == {"kim-jong-un"}, text


def test_a_promise_of_a_response_to_any_new_delivery_is_a_declaration() -> None:
    for text, language in (
            ("Washington promised a firm response to any new arms delivery from North Korea.",
             "en"),
            ("Washington ha promesso una «risposta ferma» a qualsiasi nuova fornitura di armi "
             "nordcoreane.", "it"),
            ("Washington a promis une « réponse ferme » à toute nouvelle livraison d'armes "
             "nord-coréennes.", "fr")):
        d = run(text, language=language)
        assert events(d) == [("statement", {("united-states", "speaker")})], text
    # a promise to do the fact is that fact to come
    d = run("Britain and France promised to send additional launchers to Ukraine.")
    assert statements(d) == []
    # any further transfer is no transfer told
    d = run("Japan warned against any further transfer of North Korean arms to Russia.")
    assert [t for t, _ in events(d) if t == "supply"] == []


def test_the_gerund_after_a_verb_of_reacting_is_the_stance_taken() -> None:
    for text, language in (
            ("Washington responded by promising a firm response.", "en"),
            ("Washington ha reagito promettendo una «risposta ferma».", "it"),
            ("Washington a réagi en promettant une « réponse ferme ».", "fr")):
        d = run(text, language=language)
        assert statements(d) == [{("united-states", "speaker")}], text
    # a gerund after another verb is still no stance of its own
    d = run("Il Cremlino ha diffuso una nota, definendo le notizie «prive di fondamento».",
            language="it")
    assert statements(d) == []


def test_a_quotation_saying_the_fact_did_not_happen_denies_it() -> None:
    for text, language, who in (
            ('Seoul said Pyongyang had shipped missiles to Russia. "Not a single North Korean '
             'missile has been delivered to Russia," Kremlin spokesman Dmitry Peskov told '
             'reporters.', "en", "dmitry-peskov"),
            ("Secondo Seul, Pyongyang ha fornito missili alla Russia. «La Corea del Nord non ha "
             "mai consegnato missili alla Russia», ha detto il portavoce del Cremlino Dmitrij "
             "Peskov.", "it", "dmitrij-peskov"),
            ("Selon Séoul, Pyongyang a livré des missiles à la Russie. « La Corée du Nord n'a "
             "jamais livré de missiles à la Russie », a affirmé le porte-parole du Kremlin, "
             "Dmitri Peskov.", "fr", "dmitri-peskov")):
        d = run(text, language=language)
        assert claims(d, "supply") == [("reported", ["south-korea"]), ("denied", [who])], text
        assert statements(d) == [], text
    # a quotation that tells the fact reports it
    d = run('"North Korea has sent 3,000 more soldiers to Russia," Budanov said.')
    assert ("denied", ["budanov"]) not in claims(d, "deployment")


def test_a_clause_said_in_a_past_tense_tells_a_fact_no_declaration() -> None:
    for text, language in (
            ("Kremlin spokesman Dmitry Peskov said the talks had focused on bilateral "
             "relations.", "en"),
            ("Japan's Foreign Minister Takeshi Iwaya told reporters the two countries had "
             "agreed to strengthen coordination.", "en"),
            ("Il portavoce del Cremlino Dmitrij Peskov ha detto che i colloqui si sono "
             "concentrati sulle relazioni bilaterali.", "it"),
            ("Le porte-parole du Kremlin, Dmitri Peskov, a indiqué que les entretiens avaient "
             "porté sur les relations bilatérales.", "fr")):
        assert statements(run(text, language=language)) == [], text
    # a judgement, a state, a present or a clause saying nothing happened is declared
    for text, language in (
            ("Lavrov said the talks had been productive.", "en"),
            ("South Korean President Yoon Suk Yeol said his government was deeply concerned.",
             "en"),
            ("Kremlin spokesman Dmitry Peskov said no agreements had been signed.", "en"),
            ("Il ministro degli Esteri russo Sergej Lavrov ha detto che il trattato è un "
             "fattore di stabilità.", "it"),
            ("Le ministre russe des Affaires étrangères, Sergueï Lavrov, a déclaré que le "
             "traité était un facteur de stabilité.", "fr")):
        assert len(statements(run(text, language=language))) == 1, text


def test_an_acronym_of_an_organisation_named_before_is_that_organisation() -> None:
    d = run("South Korea's National Intelligence Service said North Korea had sent troops to "
            "Russia. The NIS also said Pyongyang had shipped shells to Russia.")
    assert claims(d, "supply") == [("reported", ["national-intelligence-service"])]
    # an acronym of no organisation named before is one of its own
    d = run("The SBU said North Korean missiles had hit Kharkiv. KCNA said Pyongyang had "
            "sent no weapons to Russia.")
    assert "sbu" in {a["id"] for a in d.document["actors"]}


def test_a_quotation_telling_a_fact_still_going_on_is_its_report() -> None:
    for text, language in (
            ('"Pyongyang keeps shipping shells to Moscow," South Korean Defence Minister Kim '
             'Yong-hyun told lawmakers.', "en"),
            ("«Pyongyang continua a fornire proiettili a Mosca», ha detto il ministro della "
             "Difesa sudcoreano Kim Yong-hyun.", "it"),
            ("« Pyongyang continue de livrer des obus à Moscou », a déclaré le ministre "
             "sud-coréen de la Défense, Kim Yong-hyun.", "fr")):
        d = run(text, language=language)
        assert events(d) == [NK_TO_RU], text
        assert claims(d, "supply") == [("reported", ["kim-yong-hyun"])], text


def test_more_verbs_of_saying_before_what_is_said() -> None:
    for verb in ("highlighted", "remarked", "suggested", "affirmed", "stressed", "noted"):
        d = run(f"Russian Foreign Minister Sergey Lavrov {verb} that the treaty strengthens "
                "stability in the region.")
        assert statements(d) == [{("sergey-lavrov", "speaker")}], verb
    for verb in ("osservato", "insistito", "garantito", "notato", "rilevato"):
        d = run(f"Il ministro degli Esteri russo Sergej Lavrov ha {verb} che il trattato "
                "rafforza la stabilità nella regione.", language="it")
        assert statements(d) == [{("sergey-lavrov", "speaker")}], verb
    for verb in ("noté", "observé", "soutenu", "constaté"):
        d = run(f"Le ministre russe des Affaires étrangères, Sergueï Lavrov, a {verb} que le "
                "traité renforçait la stabilité dans la région.", language="fr")
        assert statements(d) == [{("sergey-lavrov", "speaker")}], verb
    # "soutenir" with an object supports
    d = run("Le président chinois Xi Jinping a soutenu la Russie.", language="fr")
    assert events(d) == [("support", {("xi-jinping", "supporter"), ("russia", "supported")})]


def test_more_stances_taken() -> None:
    for text, language in (
            ("Japanese Prime Minister Shigeru Ishiba blasted the decision.", "en"),
            ("Japanese Prime Minister Shigeru Ishiba lauded the decision.", "en"),
            ("Japanese Prime Minister Shigeru Ishiba took note of the decision.", "en"),
            ("Il premier giapponese Shigeru Ishiba ha apprezzato la decisione.", "it"),
            ("Il premier giapponese Shigeru Ishiba ha preso atto della decisione.", "it"),
            ("Le Premier ministre japonais Shigeru Ishiba a applaudi la décision.", "fr"),
            ("Le Premier ministre japonais Shigeru Ishiba a accueilli favorablement la "
             "décision.", "fr")):
        d = run(text, language=language)
        assert statements(d) == [{("shigeru-ishiba", "speaker")}], text
    # whom one congratulates is the addressee
    for text, language in (
            ("Japanese Prime Minister Shigeru Ishiba congratulated South Korea on its firm "
             "stance.", "en"),
            ("Le Premier ministre japonais Shigeru Ishiba a félicité la Corée du Sud pour sa "
             "fermeté.", "fr"),
            ("Il premier giapponese Shigeru Ishiba si è congratulato con Seul.", "it")):
        d = run(text, language=language)
        assert statements(d) == [{("shigeru-ishiba", "speaker"),
                                  ("south-korea", "addressee")}], text


def test_a_contested_fact_said_not_to_have_happened_is_denied() -> None:
    for text, language, who in (
            ("North Korea sent no troops to Russia, Kremlin spokesman Dmitry Peskov said.",
             "en", "dmitry-peskov"),
            ("Kremlin spokesman Dmitry Peskov said Moscow had received no weapons from "
             "Pyongyang.", "en", "dmitry-peskov"),
            ("La Corea del Nord non ha inviato truppe in Russia, ha detto il portavoce del "
             "Cremlino Dmitrij Peskov.", "it", "dmitrij-peskov"),
            ("La Corée du Nord n'a envoyé aucun soldat en Russie, a affirmé le porte-parole du "
             "Kremlin, Dmitri Peskov.", "fr", "dmitri-peskov")):
        d = run(_REPORTED[language] + "\n" + text, language=language)
        kind = "supply" if "weapons" in text else "deployment"
        assert ("denied", [who]) in claims(d, kind), text
        assert statements(d) == [], text
        # (with nothing reported before, no event: the speaker's statement; session 14)
        assert statements(run(text, language=language)) == [{(who, "speaker")}], text
    # beside a quotation, "adding that" Moscow received none denies it too
    d = run(_REPORTED["en"] + "\n" + '"Our ties are not directed against third countries," '
            'Kremlin spokesman Dmitry Peskov said, adding that Moscow had received no weapons '
            'from Pyongyang.')
    assert ("denied", ["dmitry-peskov"]) in claims(d, "supply")


def test_a_pronoun_at_the_sentence_start_is_no_source_of_its_own() -> None:
    d = run('Choe vowed that her country would stand by Russia until victory. She also warned '
            'Washington against "dangerous provocations" on the Korean peninsula.')
    assert {("choe-son-hui", "speaker"), ("united-states", "addressee")} in statements(d)
    assert "she" not in {a["id"] for a in d.document["actors"]}


def test_a_stance_about_troops_sent_is_told_beside_the_sending() -> None:
    for text, language in (
            ("Russian Foreign Minister Sergey Lavrov praised the courage of North Korean "
             "soldiers sent to Russia.", "en"),
            ("Il ministro degli Esteri russo Sergej Lavrov ha elogiato il coraggio dei soldati "
             "nordcoreani inviati nella regione russa di Kursk.", "it"),
            ("Le ministre russe des Affaires étrangères, Sergueï Lavrov, a salué le courage des "
             "soldats nord-coréens envoyés en Russie.", "fr")):
        d = run(text, language=language)
        assert DEPLOYED in events(d), text
        assert statements(d) == [{("sergey-lavrov", "speaker")}], text
    # concern over the act itself: that act, no statement
    d = run("Japan expressed concern over North Korea's shipment of shells to Russia.")
    assert statements(d) == []


def test_a_stance_after_an_opening_meeting_adjunct_is_told_beside_it() -> None:
    for text, language in (
            ("During talks with his counterpart Choe Son Hui, Russian Foreign Minister Sergey "
             "Lavrov hailed the courage of North Korean soldiers.", "en"),
            ("Nel corso dei colloqui con l'omologa Choe Son Hui, il ministro degli Esteri russo "
             "Sergej Lavrov ha elogiato il coraggio dei soldati nordcoreani.", "it")):
        d = run(text, language=language)
        assert ("meeting", {("sergey-lavrov", "participant"),
                            ("choe-son-hui", "participant")}) in events(d), text
        assert statements(d) == [{("sergey-lavrov", "speaker")}], text


def test_a_view_given_with_for_in_a_few_quoted_words_is_no_statement() -> None:
    # GUIDELINES, settled at the start of session 16: "Per Seul", "selon X" before words
    # that tell no event of the model give no statement (until session 16 read as the
    # holder's statement)
    for text, language in (
            ("Pour Kiev, il s'agit d'une « escalade dangereuse ».", "fr"),
            ("Per Seul, si tratta di una «grave provocazione».", "it"),
            ('For Tokyo, the pact is "a serious threat".', "en")):
        d = run(text, language=language)
        assert statements(d) == [], text
    # words of denial quoted so deny, no statement
    d = run("Pour Moscou, ces informations sont des « fake news ».", language="fr")
    assert statements(d) == []


def test_the_source_after_according_to_is_no_addressee() -> None:
    # (support in the first person inside a quotation is the quoted speaker's, no statement,
    # as dev 239 reads "We stand with our Russian comrades": session 17; whom it is told to
    # and the source after "according to" are no side of it)
    d = run('"We stand with Russia," North Korean leader Kim Jong Un said, according to KCNA.')
    assert events(d) == [("support", {("kim-jong-un", "supporter"), ("russia", "supported")})]
    assert claims(d, "support") == [("reported", ["kcna"])]
    d = run('"We stand with Russia," North Korean leader Kim Jong Un told Putin.')
    assert events(d) == [("support", {("kim-jong-un", "supporter"), ("russia", "supported")})]
    d = run('"Relations with Russia have never been closer," North Korean leader Kim Jong Un '
            'said, according to KCNA.')
    assert statements(d) == [{("kim-jong-un", "speaker"), ("russia", "subject")}]


def test_who_denies_the_hearsay_does_not_allege_it() -> None:
    for text, language in (
            ("Il Cremlino ha respinto le notizie secondo cui Pyongyang avrebbe inviato truppe "
             "in Russia.", "it"),
            ("Le Kremlin a rejeté les informations selon lesquelles Pyongyang aurait envoyé des "
             "troupes en Russie.", "fr")):
        d = run(text, language=language)
        assert claims(d, "deployment") == [("alleged", []), ("denied", ["russia"])], text
        assert statements(d) == [], text


def test_a_declaration_with_no_quotation_is_its_speakers_alone() -> None:
    d = run("Ukrainian President Volodymyr Zelensky wrote on Telegram that the world must "
            "respond to North Korea's involvement.")
    assert statements(d) == [{("volodymyr-zelensky", "speaker")}]
    d = run("Su Telegram, il presidente ucraino Volodymyr Zelensky ha scritto che il mondo deve "
            "reagire al coinvolgimento della Corea del Nord.", language="it")
    assert statements(d) == [{("volodymyr-zelensky", "speaker")}]
    # the names inside a quotation are its subjects
    d = run('"The world must respond to North Korea\'s involvement," Ukrainian President '
            'Volodymyr Zelensky wrote.')
    assert statements(d) == [{("volodymyr-zelensky", "speaker"), ("north-korea", "subject")}]
