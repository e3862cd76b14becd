"""Statements in English, session 16: a grid of sentences written for these tests (not
taken from any case), one group per phenomenon behind the statements the extractor missed
on the released rounds: the verbs of saying and their inflections, the channels ("wrote on
Telegram", "told reporters", "in a statement"), speakers told by a title, an office, a
spokesperson, a pronoun or a relative clause, quotations with the speaker after, stances
("hailed X as", "called X ...", "branded"), addressees ("warned X against"), statements
beside another act, and the contrasts that tell no statement (negated, future, declined).
No database; the seed's lexicon, as in tests/test_extract_embedded.py.
"""

from __future__ import annotations

import pytest

from tests.test_extract_embedded import claims, events, run

S = "statement"
LAV = {("sergey-lavrov", "speaker")}


def statements(text: str) -> tuple[list[set[tuple[str, str]]], list[str]]:
    found = events(run(text))
    return [p for t, p in found if t == S], sorted(t for t, _ in found if t != S)


def check(text: str, want: list[set[tuple[str, str]]], others: list[str] | None) -> None:
    got, other = statements(text)
    assert sorted(map(sorted, got)) == sorted(map(sorted, want)), (text, got, other)
    if others is not None:
        assert other == sorted(others), (text, got, other)


# --- 1. the verbs of saying, in their inflections -----------------------------------------

VERBS = [
    "stated that the alliance was purely defensive",
    "remarked that relations were at their highest level in decades",
    "commented that the sanctions had failed",
    "stresses that the partnership is aimed at no third country",
    "has emphasized that the situation on the peninsula is dangerous",
    "insisted that the sanctions regime was illegitimate",
    "argues that the sanctions are counterproductive",
    "replied that the question was absurd",
    "responded that the criticism was unfair",
    "retorted that Washington's criticism was hypocritical",
    "acknowledged that ties with Seoul had been strained",
    "admitted that progress was slow",
    "conceded that progress had been slow",
    "posted on Telegram that the drills were reckless",
    "wrote on X that the drills were reckless",
    "tweeted that the drills were reckless",
    "has repeatedly claimed that the sanctions are illegal",
    "cautioned that the region was on the brink of conflict",
    "observed that the mood in Asia was changing",
]


@pytest.mark.parametrize("words", VERBS)
def test_a_verb_of_saying(words: str) -> None:
    check(f"Lavrov {words}.", [LAV], [])


# --- 2. stances: called, dubbed, branded, hailed as, described as -------------------------

STANCES = [
    ("Lavrov dubbed the drills a rehearsal for war.", [LAV]),
    ("Lavrov branded the sanctions illegal.", [LAV]),
    ("Lavrov called the drills a dangerous provocation.", [LAV]),
    ("Lavrov hailed the partnership as a model for the world.", [LAV]),
    ("KCNA hailed the treaty as a powerful legal basis for relations.",
     [{("kcna", "speaker")}]),
    ("North Korea's official KCNA news agency described the drills as a rehearsal for "
     "invasion.", [{("kcna", "speaker")}]),
    ("The state news agency KCNA called the drills a reckless provocation.",
     [{("kcna", "speaker")}]),
    ("Lavrov rejected the criticism as groundless.", [LAV]),
]


@pytest.mark.parametrize(("text", "want"), STANCES)
def test_a_stance_taken(text: str, want: list[set[tuple[str, str]]]) -> None:
    check(text, want, [])


# --- 3. speakers told by a title, an office, a pronoun, a relative clause ------------------

SPEAKERS = [
    ('Russian Foreign Minister Sergey Lavrov arrived in Pyongyang on Monday. "Ties are '
     'strong," the minister said.', [LAV], ["visit"]),
    ("Russian President Vladimir Putin arrived in Pyongyang on Monday. The president told "
     "reporters that ties were strong.", [{("vladimir-putin", "speaker")}], ["visit"]),
    ("Lavrov met Choe in Moscow. After the meeting, Lavrov told reporters that ties were "
     "strong.", [LAV], ["meeting"]),
    ("Lavrov met Choe in Moscow. Following the talks he said ties were strong.",
     [LAV], ["meeting"]),
    ("Russian Security Council secretary Sergei Shoigu met Kim Jong Un in Pyongyang. During "
     "the talks Shoigu said the West was waging a proxy war.",
     [{("sergei-shoigu", "speaker")}], ["meeting"]),
    ("Lavrov arrived in Pyongyang on Monday. After the talks he told reporters that ties "
     "were strong.", [LAV], ["visit"]),
    ("Kim Hong-kyun, who presented the findings in Seoul, told reporters the trade was "
     '"a blatant violation" of UN resolutions.', [{("kim-hong-kyun", "speaker")}], []),
    ("Antony Blinken, who spoke in Tokyo on Monday, said the drills were reckless.",
     [{("antony-blinken", "speaker")}], []),
    ("Japan's foreign ministry, which released the report on Friday, said the sanctions "
     "were being flouted.", [{("japan-foreign-ministry", "speaker")}], []),
    ("Choe Son Hui, who read out the findings in Pyongyang, later told reporters that the "
     "drills were a provocation.", [{("choe-son-hui", "speaker")}], []),
    ("Seoul said North Korean troops had been sent to Russia. Kremlin spokesman Dmitry "
     "Peskov dismissed the reports as fake, while North Korea's deputy foreign minister, "
     'Kim Jong Gyu, said any such move would be "lawful".',
     [{("kim-jong-gyu", "speaker")}], ["deployment"]),
    ("Choe Son Hui said ties with Moscow were stronger than ever, but Seoul denied the "
     "reports.", [{("choe-son-hui", "speaker")}], []),
    ("Seoul called the visit regrettable, while Japan's foreign minister, Takeshi Iwaya, "
     "said the region was less safe.",
     [{("south-korea", "speaker")}, {("takeshi-iwaya", "speaker")}], []),
    ("Putin met Kim Jong Un, North Korea's leader, who said the alliance was unbreakable.",
     [{("kim-jong-un", "speaker")}], ["meeting"]),
    ("The move followed remarks by Valery Gerasimov, Russia's chief of general staff, who "
     "declared that the offensive had failed.", [{("valery-gerasimov", "speaker")}], []),
    ("South Korea's unification ministry said it was following the trip closely, while "
     "Tokyo accused Moscow of flouting UN resolutions.",
     [{("south-korea-unification-ministry", "speaker")}], ["accusation"]),
    ("Lavrov met Choe in Moscow, while Seoul said it was watching the talks closely.",
     [{("south-korea", "speaker")}], ["meeting"]),
    ("The decision followed a statement by General Valery Gerasimov, Russia's chief of "
     "general staff, who declared that Ukrainian troops had been driven out of the region.",
     [{("valery-gerasimov", "speaker")}], []),
    ("Major General Kim Yong Bok said the offensive had failed.",
     [{("kim-yong-bok", "speaker")}], []),
    ("Asked by reporters about the drills, Putin replied that \"this is a provocation.\"",
     [{("vladimir-putin", "speaker")}], []),
    ("Asked by a journalist whether ties were strong, Lavrov answered that they had never "
     "been stronger.", [LAV], []),
]


@pytest.mark.parametrize(("text", "want", "others"), SPEAKERS)
def test_a_speaker_told_so(text: str, want: list[set[tuple[str, str]]],
                           others: list[str]) -> None:
    check(text, want, others)


# --- 3b. quotations with the speaker after, and channels ----------------------------------

QUOTES = [
    ('"The drills are reckless," said Russian Foreign Minister Sergey Lavrov.', [LAV]),
    ('"The drills are reckless," said Maria Zakharova, the Russian foreign ministry\'s '
     'spokeswoman.', [{("maria-zakharova", "speaker")}]),
    ('"The drills are reckless," the Russian foreign ministry said in a statement.',
     [{("russia-foreign-ministry", "speaker")}]),
    ("TASS quoted Lavrov as saying the drills were reckless.", [LAV]),
    ("In remarks to reporters, Lavrov said the drills were reckless.", [LAV]),
    ("Zelensky said in a post on X that the front was holding.",
     [{("volodymyr-zelensky", "speaker")}]),
    ("Lavrov, speaking to reporters in Moscow on Tuesday, said the drills were reckless.",
     [LAV]),
    ('"We will never accept this," Lavrov said of the sanctions.', [LAV]),
]


@pytest.mark.parametrize(("text", "want"), QUOTES)
def test_a_quotation_or_channel(text: str, want: list[set[tuple[str, str]]]) -> None:
    check(text, want, [])


# --- 4. addressees -------------------------------------------------------------------------

ADDRESSEES = [
    ("Lavrov warned Washington, Seoul and Tokyo against building up military alliances "
     "aimed at Pyongyang.", [LAV | {("united-states", "addressee"),
                                    ("south-korea", "addressee"), ("japan", "addressee")}]),
    ("Lavrov warned Washington against forming new military blocs in Asia.",
     [LAV | {("united-states", "addressee")}]),
    ("Choe cautioned Tokyo against any military build-up on the peninsula.",
     [{("choe-son-hui", "speaker"), ("japan", "addressee")}]),
]


@pytest.mark.parametrize(("text", "want"), ADDRESSEES)
def test_an_addressee_warned(text: str, want: list[set[tuple[str, str]]]) -> None:
    check(text, want, [])


# --- 5. a statement beside another act ------------------------------------------------------

BESIDE = [
    ("Lavrov met Choe in Moscow on Monday, saying relations were at their highest level.",
     [LAV], ["meeting"]),
    # (a charge goes on in its gerund, as the golds read "condemned ..., saying")
    ("Choe accused Washington of raising tensions, saying the drills were a rehearsal for "
     "war.", [], ["accusation"]),
    ("Japan's foreign ministry said the sanctions had been flouted and urged Pyongyang to "
     "halt its missile launches.", [{("japan-foreign-ministry", "speaker")}], ["appeal"]),
    ("Putin visited Pyongyang on Wednesday, saying ties had reached a new level.",
     [{("vladimir-putin", "speaker")}], ["visit"]),
    ("Lavrov held talks with Choe in Moscow, adding that the partnership threatened no one.",
     [LAV], ["meeting"]),
    ("Lavrov met Choe to discuss the drills, which he said were a rehearsal for war.",
     [LAV], ["meeting"]),
    ("Putin visited Pyongyang to sign the pact, which he said would last for decades.",
     [{("vladimir-putin", "speaker")}], None),
    ("Lavrov held talks with Choe, after which he told reporters the drills were reckless.",
     [LAV], ["meeting"]),
    ("Lavrov arrived in Pyongyang, where he said ties were stronger than ever.",
     [LAV], ["visit"]),
    ("Choe struck a defiant tone, saying Pyongyang would never bow to pressure.",
     [{("choe-son-hui", "speaker")}], []),
    ("Lavrov went further, insisting that the drills were a rehearsal for war.", [LAV], []),
    ("Japan's foreign ministry said the situation was grave, and it urged Pyongyang to halt "
     "its missile launches.", [{("japan-foreign-ministry", "speaker")}], ["appeal"]),
    ("The Kremlin said the drills were reckless and it accused Washington of raising "
     "tensions.", [{("russia", "speaker")}], ["accusation"]),
    ("Zelensky thanked the EU for the new sanctions, saying they would weaken Moscow.",
     [{("volodymyr-zelensky", "speaker"), ("european-union", "addressee")}], None),
    ("The Ukrainian military dismissed Moscow's claim that its forces had retaken the "
     "region, saying its units were still holding positions there.",
     [{("ukraine", "speaker")}], []),
]


@pytest.mark.parametrize(("text", "want", "others"), BESIDE)
def test_a_statement_beside_another_act(text: str, want: list[set[tuple[str, str]]],
                                        others: list[str] | None) -> None:
    check(text, want, others)


# --- 6. contrasts: no statement ------------------------------------------------------------

NONE = [
    "Lavrov did not say whether the talks would continue.",
    "Lavrov declined to comment on the drills.",
    "Lavrov is expected to say that ties are strong.",
    "Lavrov will address reporters on Monday.",
    "Lavrov may speak at the forum next week.",
    "Lavrov refused to respond to questions about the drills.",
    "Lavrov did not respond to a request for comment.",
    "Lavrov is due to comment on the drills later on Tuesday.",
    "The situation on the peninsula is grave, according to South Korean officials.",
    "Pyongyang dismissed the reports, saying they were lies.",
    "When asked about the troops, Peskov declined to comment.",
    "Lavrov is set to address the UN General Assembly next week.",
    "Lavrov would not say whether the talks had succeeded.",
    "Lavrov will tell reporters on Monday that the drills were reckless.",
    "If asked, Lavrov would say the drills were reckless.",
    "Lavrov has yet to respond to the drills.",
    "Lavrov made no comment on the drills.",
]


# --- 7. contrasts of the mechanisms above: the other fact stays, no statement is added -----

OTHER_FACT = [
    ("Pyongyang dismissed reports that it had sent troops to Russia.", ["deployment"]),
    ("Seoul said North Korea had shipped shells to Russia. Pyongyang rejected claims that "
     "it had armed Moscow.", ["supply"]),
    ("Putin and Kim Jong Un signed the treaty in Pyongyang, pledging to help each other if "
     "attacked.", ["signing"]),
    ("The G7 condemned North Korea for sending missiles to Russia, saying the transfers "
     "were prolonging the war.", ["accusation", "supply"]),
    ("Zelensky asked Seoul to send air defence systems.", ["appeal"]),
    ("Seoul said North Korea had sent troops to Russia, while Pyongyang denied it.",
     ["deployment"]),
    ("Lavrov met Choe in Moscow, while Seoul said Pyongyang had shipped shells to Russia.",
     ["meeting", "supply"]),
    ("Lavrov met Choe in Moscow, where he said North Korean troops had been sent to Russia.",
     ["deployment", "meeting"]),
    ("Lavrov met Choe in Moscow, saying nothing about the troops.", ["meeting"]),
    ("Putin met Kim Jong Un in Pyongyang. At the meeting, the two leaders discussed "
     "military cooperation, Kremlin spokesman Dmitry Peskov said.", ["meeting"]),
    ("Iwaya condemned the military cooperation between Moscow and Pyongyang, which he said "
     "breached UN resolutions.", ["accusation", "cooperation"]),
]


@pytest.mark.parametrize(("text", "others"), OTHER_FACT)
def test_no_statement_beside_a_fact(text: str, others: list[str]) -> None:
    check(text, [], others)


def test_talks_retold_after_their_setting_keep_the_source() -> None:
    d = run("Putin met Kim Jong Un in Pyongyang. At the meeting, the two leaders discussed "
            "military cooperation, Kremlin spokesman Dmitry Peskov said.")
    assert claims(d, "meeting") == [("confirmed", []), ("reported", ["dmitry-peskov"])]


@pytest.mark.parametrize("text", NONE)
def test_no_statement(text: str) -> None:
    assert statements(text)[0] == [], text
