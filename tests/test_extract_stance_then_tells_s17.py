"""A stance, then "and" and a verb that warns or tells someone (session 17).

Three branches of session 16 each wrote this reading (``_stance_then_addresses``,
``_stance_then_tells``, ``_stance_then_warns``; their grids stay in
tests/test_extract_statements_fp_s16.py, _it_s16.py and _fr_s16.py). Made one in session 17
(``_stance_then_tells``, called once in the statements' last stage). This grid holds the
sentences where the three read differently, decided by GUIDELINES.md (two acts of one speaker
joined by "and", "et", "e" are two events; a feeling expressed to a named envoy has him as
addressee, session 14), with contrasts that must not give the stance's own statement.
Sentences written for these tests in wire style (EN, IT, FR), not the gold texts.
"""

from __future__ import annotations

import pytest

from tests.test_extract_embedded import events, run

SK, JP, RU, CN = "south-korea", "japan", "russia", "china"


def statements(text: str, lang: str) -> list[frozenset[tuple[str, str]]]:
    got = [frozenset(p) for t, p in events(run(text, language=lang)) if t == "statement"]
    return sorted(got, key=lambda p: (len(p), sorted(p)))


def two(speaker: str, addressee: str) -> list[frozenset[tuple[str, str]]]:
    return [frozenset({(speaker, "speaker")}),
            frozenset({(speaker, "speaker"), (addressee, "addressee")})]


# --- two statements: the stance, and the words told to someone --------------------------
TWO = [
    # adverbs between "and" and the verb (session 16's readings differed on which)
    ('Seoul expressed "deep regret" and then warned Moscow that any cooperation would have '
     "consequences.", "en", SK, RU),
    ("Seul ha espresso «profondo rammarico» e ha poi avvertito Mosca che ogni cooperazione "
     "avrà conseguenze.", "it", SK, RU),
    ("Séoul a exprimé ses « profonds regrets » et a ensuite averti Moscou que toute "
     "coopération aurait des conséquences.", "fr", SK, RU),
    ("Séoul a exprimé ses « profonds regrets » et a de nouveau averti Moscou que toute "
     "coopération aurait des conséquences.", "fr", SK, RU),
    ("Seul ha espresso «profondo rammarico» e ha già avvertito Mosca che ogni cooperazione "
     "avrà conseguenze.", "it", SK, RU),
    # a comma before "and"
    ('Seoul expressed "deep regret", and warned Moscow that any cooperation would have '
     "consequences.", "en", SK, RU),
    # a verb of saying that tells someone (not a verb of warning)
    ('Tokyo expressed "grave concern" and told Beijing that the situation was "very '
     'serious".', "en", JP, CN),
    ("Tokyo ha espresso «forte preoccupazione» e ha detto a Pechino che la situazione è "
     "«molto grave».", "it", JP, CN),
    ("Tokyo a exprimé sa « vive préoccupation » et a dit à Pékin que la situation était "
     "« très grave ».", "fr", JP, CN),
    # a verb that addresses whom it thanks (`spoken_to`; only _stance_then_addresses read it)
    ('Kim Jong Un expressed "deep gratitude" and thanked Vladimir Putin for his support.',
     "en", "kim-jong-un", "vladimir-putin"),
    ("Kim Jong Un ha espresso «profonda gratitudine» e ha ringraziato Vladimir Putin per il "
     "suo sostegno.", "it", "kim-jong-un", "vladimir-putin"),
    ("Kim Jong Un a exprimé sa « profonde gratitude » et a remercié Vladimir Poutine pour son "
     "soutien.", "fr", "kim-jong-un", "vladimir-putin"),
]


@pytest.mark.parametrize("text,lang,speaker,addressee", TWO)
def test_a_stance_then_words_told_to_someone(text: str, lang: str, speaker: str,
                                             addressee: str) -> None:
    assert statements(text, lang) == two(speaker, addressee), text


# --- the feeling addressed, then words said: two statements too -------------------------
# (session 16: _stance_then_addresses wanted the addressee after the second verb, the two
# others read before the envoy was found; GUIDELINES: two acts joined by "and" are two
# events, a feeling expressed to a named envoy has him as addressee)
ENVOY = [
    ('Seoul expressed "deep regret" to Russian Ambassador Georgy Zinoviev on Thursday and '
     'said that the talks had been "frank".', "en", "georgy-zinoviev"),
    ('Seoul expressed "deep regret" to Russian Ambassador Georgy Zinoviev and said the '
     'situation was "very grave".', "en", "georgy-zinoviev"),
    ("Séoul a exprimé jeudi ses « vifs regrets » à l'ambassadeur de Russie, Gueorgui "
     "Zinoviev, et a déclaré que la situation était « très grave ».", "fr",
     "gueorgui-zinoviev"),
    ("Seul ha espresso giovedì «profondo rammarico» all'ambasciatore russo Georgy Zinoviev e "
     "ha detto che la situazione è «molto grave».", "it", "georgy-zinoviev"),
]


@pytest.mark.parametrize("text,lang,envoy", ENVOY)
def test_a_feeling_told_to_an_envoy_then_words_said(text: str, lang: str,
                                                    envoy: str) -> None:
    assert statements(text, lang) == two(SK, envoy), text


# --- contrasts: one statement per speaker -----------------------------------------------
ONE = [
    # one act: the warning alone
    ("Seoul warned Moscow that any military cooperation would have consequences.", "en",
     [frozenset({(SK, "speaker"), (RU, "addressee")})]),
    ("Seul ha avvertito Mosca che qualsiasi cooperazione militare avrà conseguenze.", "it",
     [frozenset({(SK, "speaker"), (RU, "addressee")})]),
    ("Séoul a averti Moscou que toute coopération militaire aurait des conséquences.", "fr",
     [frozenset({(SK, "speaker"), (RU, "addressee")})]),
    # the stance, then words said to nobody: the two acts have the same participants
    ('Seoul expressed "deep regret" and said that Moscow would face consequences.', "en",
     [frozenset({(SK, "speaker")})]),
    ("Seul ha espresso «profondo rammarico» e ha detto che Mosca ne subirà le conseguenze.",
     "it", [frozenset({(SK, "speaker")})]),
    ("Séoul a exprimé ses « profonds regrets » et a déclaré que Moscou en subirait les "
     "conséquences.", "fr", [frozenset({(SK, "speaker")})]),
    # a feeling told to an unnamed envoy, then words said: the speaker's alone
    ("Séoul a exprimé jeudi ses « vifs regrets » à l'ambassadeur de Russie et a déclaré que "
     "la situation était « très grave ».", "fr", [frozenset({(SK, "speaker")})]),
]


@pytest.mark.parametrize("text,lang,want", ONE)
def test_one_act_one_statement(text: str, lang: str,
                               want: list[frozenset[tuple[str, str]]]) -> None:
    assert statements(text, lang) == want, text


# another subject after "and": the stance is the first speaker's, the warning the second's;
# the second has no stance of his own
OTHER_SUBJECT = [
    ('Seoul expressed "deep concern" and Tokyo warned Moscow that it would respond.', "en"),
    ("Seul ha espresso «profonda preoccupazione» e Tokyo ha avvertito Mosca che risponderà.",
     "it"),
    ("Séoul a exprimé sa « vive inquiétude » et Tokyo a averti Moscou qu'il réagirait.",
     "fr"),
]


@pytest.mark.parametrize("text,lang", OTHER_SUBJECT)
def test_another_subject_after_and_takes_no_stance(text: str, lang: str) -> None:
    got = statements(text, lang)
    assert frozenset({(JP, "speaker")}) not in got, text
    assert any((JP, "speaker") in p and (RU, "addressee") in p for p in got), text
