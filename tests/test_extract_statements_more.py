"""Statements, session 13 (dev cases 317-324): who speaks when the speaker is named after
the quotation, referred back to by a title or a common noun, or a ministry; and words of
saying that tell no statement. Sentences of our own, in EN, IT and FR."""

from __future__ import annotations

import pytest

from tests.test_extract_embedded import events, run


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
