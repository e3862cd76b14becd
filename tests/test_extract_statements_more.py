"""Statements, session 13 (dev cases 317-324): who speaks when the speaker is named after
the quotation, referred back to by a title or a common noun, or a ministry; and words of
saying that tell no statement. Sentences of our own, in EN, IT and FR."""

from __future__ import annotations

import pytest

from tests.test_extract_embedded import claims, events, run


def statements(d: object) -> list[set[tuple[str, str]]]:
    return [p for t, p in events(d) if t == "statement"]  # type: ignore[arg-type]


@pytest.mark.parametrize("language,text,who", [
    ("en", '"Our friendship is stronger than ever," Kim Jong Un told a banquet.', "kim-jong-un"),
    ("en", '"We will not be intimidated," said Yoon Suk Yeol.', "yoon-suk-yeol"),
    ("en", '"The region needs calm," Yoon Suk Yeol said on Tuesday.', "yoon-suk-yeol"),
    ("en", '"Our ties have been tested in hardship," said Kim Jong Un, speaking at a dinner.',
     "kim-jong-un"),
    ("it", "«La nostra amicizia è più forte che mai», ha detto Kim Jong Un.", "kim-jong-un"),
    ("it", "«Non ci faremo intimidire», Yoon Suk Yeol ha dichiarato ai giornalisti.",
     "yoon-suk-yeol"),
    ("fr", "« Notre amitié est plus forte que jamais », a déclaré Kim Jong-un.", "kim-jong-un"),
    ("fr", "« Nous ne céderons pas », a affirmé Yoon Suk Yeol.", "yoon-suk-yeol"),
])
def test_a_bare_name_after_a_quotation_speaks(language: str, text: str, who: str) -> None:
    d = run(text, language=language)
    assert statements(d) == [{(who, "speaker")}]


@pytest.mark.parametrize("language,text", [
    ("en", "The Kremlin said it would not comment on the figures."),
    ("en", "Dmitry Peskov said he had nothing to add to his earlier remarks."),
    ("en", "Asked whether North Korean soldiers were fighting in Kursk, Dmitry Peskov said he "
           "had nothing to add."),
    ("en", "Japan's Foreign Ministry declined to comment on the report."),
    ("it", "Il Cremlino ha detto di non voler commentare le cifre."),
    ("it", "Dmitry Peskov ha detto di non avere nulla da aggiungere."),
    ("fr", "Le Kremlin a dit n'avoir rien à ajouter."),
    ("fr", "Le ministère japonais des Affaires étrangères a refusé de commenter ces chiffres."),
])
def test_a_refusal_to_comment_is_no_statement(language: str, text: str) -> None:
    d = run(text, language=language)
    assert statements(d) == []
    assert not [t for t, _ in events(d) if t == "appeal"]  # a question asked is no appeal


@pytest.mark.parametrize("language,text,who", [
    ("en", "Seoul said it deeply regretted the deal, while Beijing declined to comment.",
     "south-korea"),
    ("it", "Seul ha detto di essere «profondamente preoccupata», mentre Pechino non ha voluto "
           "commentare.", "south-korea"),
    ("fr", "Séoul a exprimé sa « vive inquiétude », tandis que Pékin s'est refusé à tout "
           "commentaire.", "south-korea"),
])
def test_a_refusal_in_another_clause_leaves_the_statement(language: str, text: str,
                                                          who: str) -> None:
    d = run(text, language=language)
    assert statements(d) == [{(who, "speaker")}]


@pytest.mark.parametrize("language,text", [
    ("en", "Andrii Sybiha said Kyiv would ask its partners for more air defence systems."),
    ("en", "Andrii Sybiha said Ukraine will call on its allies to send more systems."),
    ("it", "Andrii Sybiha ha detto che Kiev chiederà ai partner nuovi sistemi di difesa aerea."),
    ("fr", "Andrii Sybiha a déclaré que Kiev demandera à ses partenaires davantage de systèmes."),
])
def test_an_appeal_to_come_is_no_appeal_but_its_speakers_statement(language: str,
                                                                  text: str) -> None:
    d = run(text, language=language)
    assert not [t for t, _ in events(d) if t == "appeal"]
    assert statements(d) == [{("andrii-sybiha", "speaker")}]


@pytest.mark.parametrize("language,text", [
    ("en", "Asked whether more troops had arrived, Andrii Sybiha said the front was holding."),
    ("it", "Interpellato sulla presenza di truppe, Andrii Sybiha ha detto che il fronte "
           "regge."),
    ("fr", "Interrogé sur la présence de troupes, Andrii Sybiha a affirmé que le front tenait."),
    ("en", "Reporters asked Andrii Sybiha whether the front was holding."),
    ("it", "I giornalisti hanno chiesto ad Andrii Sybiha se il fronte regge."),
    ("fr", "Les journalistes ont demandé à Andrii Sybiha si le front tenait."),
])
def test_a_question_asked_is_no_appeal(language: str, text: str) -> None:
    d = run(text, language=language)
    assert not [t for t, _ in events(d) if t == "appeal"]


@pytest.mark.parametrize("language,text,who", [
    ("en", "Kremlin spokesman Dmitry Peskov spoke to reporters. The spokesman also said the "
           "ties were strong.", "dmitry-peskov"),
    ("en", "Pentagon spokeswoman Sabrina Singh briefed reporters. The spokeswoman said the "
           "situation was tense.", "sabrina-singh"),
    ("en", "Ukrainian Foreign Minister Andrii Sybiha spoke on Monday. The Ukrainian minister "
           "said Kyiv needed more air defence.", "andrii-sybiha"),
    ("en", "Ukrainian Foreign Minister Andrii Sybiha spoke on Monday. The minister said Kyiv "
           "needed more air defence.", "andrii-sybiha"),
    ("en", "Russian President Vladimir Putin spoke in Moscow. \"It is a good treaty,\" the "
           "Kremlin chief said.", "vladimir-putin"),
    ("it", "Il portavoce Koo Byoung-sam ha parlato ieri. Il portavoce ha inoltre precisato che "
           "il governo convocherà una riunione.", "koo-byoung-sam"),
    ("it", "Il ministro degli Esteri russo Sergej Lavrov ha parlato ieri. «Non abbiamo nulla "
           "da nascondere», ha aggiunto il capo della diplomazia russa.", "sergey-lavrov"),
    ("it", "Il presidente russo Vladimir Putin ha parlato a Mosca. «È un buon trattato», ha "
           "detto il capo del Cremlino.", "vladimir-putin"),
    ("fr", "Le président russe Vladimir Poutine a parlé à Moscou. « C'est un document "
           "révolutionnaire », a déclaré le chef du Kremlin.", "vladimir-putin"),
])
def test_a_title_referring_back_is_the_person_named_before(language: str, text: str,
                                                           who: str) -> None:
    d = run(text, language=language)
    assert {(who, "speaker")} in statements(d)
    assert all(p == {(who, "speaker")} for p in statements(d))


def test_a_bare_title_is_nobody_when_two_people_had_it() -> None:
    d = run("Kremlin spokesman Dmitry Peskov and Pentagon spokesman Pat Ryder spoke. The "
            "spokesman said the situation was tense.")
    assert statements(d) == []


@pytest.mark.parametrize("language,text,who", [
    ("en", "North Korea's Foreign Ministry called the treaty a success. The agreement will "
           "help both countries withstand sanctions, the ministry said.",
     "north-korea-foreign-ministry"),
    ("en", "South Korea's Unification Ministry spoke on Monday. North Korea had launched two "
           "missiles, the ministry said.", "south-korea-unification-ministry"),
    ("it", "Il ministero dell'Unificazione sudcoreano ha parlato ieri. Pyongyang ha lanciato "
           "due missili, ha detto il ministero.", "south-korea-unification-ministry"),
    ("fr", "Le ministère japonais des Affaires étrangères a parlé lundi. La situation est "
           "grave, a indiqué le ministère.", "japan-foreign-ministry"),
])
def test_the_ministry_after_what_it_said_is_the_ministry_named_before(
        language: str, text: str, who: str) -> None:
    d = run(text, language=language)
    assert statements(d)[-1] == {(who, "speaker")}


@pytest.mark.parametrize("language,text", [
    ("en", "Sergey Lavrov held talks with Choe Son Hui in Moscow, the Russian Foreign Ministry "
           "said. The talks focused on the situation in the region, the ministry added."),
    ("it", "Sergej Lavrov ha incontrato Choe Son Hui a Mosca, ha reso noto il ministero degli "
           "Esteri russo. I colloqui si sono concentrati sulla situazione nella regione, ha "
           "aggiunto il ministero."),
    ("fr", "Sergueï Lavrov s'est entretenu avec Choe Son Hui à Moscou, a indiqué le ministère "
           "russe des Affaires étrangères. Les entretiens ont porté sur la situation dans la "
           "région, a ajouté le ministère."),
])
def test_what_talks_told_before_were_about_is_no_statement(language: str, text: str) -> None:
    d = run(text, language=language)
    assert statements(d) == []
    assert [t for t, _ in events(d)] == ["meeting"]


@pytest.mark.parametrize("language,text,who", [
    ("en", "North Korea's Foreign Ministry called the pact a success.",
     "north-korea-foreign-ministry"),
    ("en", "South Korea's Defence Ministry said the drills would go ahead.",
     "south-korea-defence-ministry"),
    ("it", "Il ministero della Difesa giapponese ha dichiarato che la situazione è grave.",
     "japan-defence-ministry"),
    ("it", "Il ministero dell'Unificazione sudcoreano ha espresso «profonda preoccupazione».",
     "south-korea-unification-ministry"),
    ("fr", "Le ministère japonais des Affaires étrangères a exprimé sa « vive inquiétude ».",
     "japan-foreign-ministry"),
    ("fr", "Le ministère sud-coréen de l'Unification a qualifié la situation de « grave ».",
     "south-korea-unification-ministry"),
])
def test_a_ministry_the_graph_lacks_is_named_by_state_and_portfolio(
        language: str, text: str, who: str) -> None:
    d = run(text, language=language)
    assert statements(d) == [{(who, "speaker")}]


@pytest.mark.parametrize("language,text", [
    ("it", "Il portavoce del dipartimento di Stato Matthew Miller ha affermato che la situazione "
           "è grave."),
    ("it", "Da Washington, il portavoce del dipartimento di Stato Matthew Miller ha detto che "
           "gli Stati Uniti «seguono con attenzione» la situazione."),
    ("fr", "Le porte-parole du département d'État Matthew Miller a affirmé que la situation "
           "était grave."),
    ("en", "State Department spokesman Matthew Miller said the situation was serious."),
])
def test_a_person_after_a_title_and_a_body_of_the_title_speaks(language: str,
                                                               text: str) -> None:
    d = run(text, language=language)
    assert statements(d) == [{("matthew-miller", "speaker")}]


@pytest.mark.parametrize("language,text", [
    ("en", '"The situation is grave," Matthew Miller reacted.'),
    ("en", "Matthew Miller commented that the situation was grave."),
    ("en", "Matthew Miller cautioned that the situation was grave."),
    ("en", '"The situation is grave," Matthew Miller tweeted.'),
    ("en", "Matthew Miller predicted that the talks would fail."),
    ("it", "«La situazione è grave», ha reagito Matthew Miller."),
    ("it", "«La situazione è grave», ha twittato Matthew Miller."),
    ("it", "«La situazione è grave», ha esordito Matthew Miller."),
    ("fr", "« La situation est grave », a réagi Matthew Miller."),
    ("fr", "« La situation est grave », a renchéri Matthew Miller."),
    ("fr", "« La situation est grave », a lancé Matthew Miller."),
    ("fr", "Matthew Miller a plaidé pour le dialogue."),
])
def test_more_verbs_of_saying(language: str, text: str) -> None:
    d = run(text, language=language)
    assert statements(d) == [{("matthew-miller", "speaker")}]


@pytest.mark.parametrize("language,text", [
    ("en", "Moscow did not respond to a request for comment."),
    ("it", "Mosca non ha risposto a una richiesta di commento."),
    ("fr", "Moscou n'a pas répondu aux sollicitations."),
])
def test_no_answer_is_no_statement(language: str, text: str) -> None:
    assert statements(run(text, language=language)) == []


@pytest.mark.parametrize("language,text", [
    ("en", "North Korea launched two missiles, Seoul said."),
    ("fr", "La Corée du Nord a lancé deux missiles, a indiqué Séoul."),
    ("en", "Russia concluded a new agreement with North Korea on fisheries, Seoul said."),
])
def test_verbs_of_saying_only_after_a_quotation_stay_other_verbs(language: str,
                                                                 text: str) -> None:
    d = run(text, language=language)
    assert all(("south-korea", "speaker") in p or not p for p in statements(d))


@pytest.mark.parametrize("language,text", [
    ("it", "Volodymyr Zelensky ha accusato Mosca di voler prolungare la guerra. «Il mondo deve "
           "vedere che cosa sta succedendo», ha detto nel suo videomessaggio serale."),
    ("it", "Volodymyr Zelensky ha detto che la guerra è lunga. «Il mondo deve vedere», ha "
           "aggiunto in un'intervista."),
    ("en", "Volodymyr Zelensky accused Moscow of prolonging the war. \"The world must see what "
           "is happening,\" he said in his nightly address."),
    ("fr", "Volodymyr Zelensky a accusé Moscou de prolonger la guerre. « Le monde doit voir ce "
           "qui se passe », a-t-il déclaré lors de son allocution du soir."),
    ("it", "Volodymyr Zelensky ha detto che la situazione è grave. «Il mondo deve vedere», "
           "ha detto ai giornalisti."),
])
def test_an_unsaid_speaker_with_the_circumstances_of_his_words(language: str,
                                                                text: str) -> None:
    d = run(text, language=language)
    assert statements(d)[-1] == {("volodymyr-zelensky", "speaker")}


@pytest.mark.parametrize("language,text", [
    ("en", "Volodymyr Zelensky accused Moscow of wanting to prolong the war. The Kremlin "
           "dismissed the accusations as propaganda."),
    ("it", "Volodymyr Zelensky ha accusato Mosca di voler prolungare la guerra. Il Cremlino ha "
           "bollato le accuse come «propaganda»."),
    ("fr", "Volodymyr Zelensky a accusé Moscou de vouloir prolonger la guerre. Le Kremlin a "
           "qualifié ces accusations de « propagande »."),
])
def test_a_denial_of_charges_no_event_denies_no_accusation(language: str, text: str) -> None:
    d = run(text, language=language)
    assert [c for c, _ in claims(d, "accusation")] == ["confirmed"]


@pytest.mark.parametrize("text,who", [
    ('"The situation is grave," KCNA quoted Sergey Lavrov as saying.', "sergey-lavrov"),
    ("KCNA quoted Sergey Lavrov as saying the situation was grave.", "sergey-lavrov"),
    ("KCNA quoted Kim Jong Un as saying the friendship was strong.", "kim-jong-un"),
    ("Yonhap quoted Yoon Suk Yeol as telling his cabinet that the region needed calm.",
     "yoon-suk-yeol"),
])
def test_who_is_quoted_as_saying_speaks_not_who_quotes(text: str, who: str) -> None:
    assert statements(run(text)) == [{(who, "speaker")}]


def test_a_fact_quoted_as_said_is_reported_by_the_one_quoted() -> None:
    d = run("Yonhap quoted Sergey Lavrov as saying North Korea had sent troops to Russia.")
    assert claims(d, "deployment") == [("reported", ["sergey-lavrov"])]
