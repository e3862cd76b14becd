"""Statements, session 17: a systematic grid of sentences written for these tests (not taken
from any case). Instead of one group per missed case, the vocabulary of saying is walked
through per language: every common reporting verb in the tenses and persons a lemmatiser may
not reduce (present, perfect, pluperfect, simple past; the Italian passato remoto and the
French passé simple), the periphrases ("made clear", "ha fatto sapere", "a fait savoir"),
stances, proposals and warnings; then the speaker (inversions after a quotation, titles and
appositions, pronouns pointing back), a gerund of saying after another act, words of no
event (possibilities, facts not yet happened), and the contrasts that must NOT give a
statement: words that tell an event of the model (attribution), "according to X" before
words of no event, a confirmation one cannot give, a refusal to comment.
No database; the seed's lexicon, as in tests/test_extract_embedded.py.
"""

from __future__ import annotations

import pytest

from tests.test_extract_embedded import events, run

S = "statement"
LAV = {("sergey-lavrov", "speaker")}
PUT = {("vladimir-putin", "speaker")}
ZEL = {("volodymyr-zelensky", "speaker")}
SK = {("south-korea", "speaker")}
JP = {("japan", "speaker")}
US = {("united-states", "speaker")}


def statements(text: str, language: str) -> tuple[list[set[tuple[str, str]]], list[str]]:
    found = events(run(text, language=language))
    return [p for t, p in found if t == S], sorted(t for t, _ in found if t != S)


def check(text: str, language: str, want: list[set[tuple[str, str]]],
          others: list[str] | None = None) -> None:
    got, other = statements(text, language)
    assert sorted(map(sorted, got)) == sorted(map(sorted, want)), (text, got, other)
    if others is not None:
        assert other == sorted(others), (text, got, other)


# --- 1. verbs of saying, every common one, in the tenses of the press ---------------------

EN_VERBS = [
    "says", "said", "has said", "had said", "stated", "states", "declared", "has declared",
    "asserted", "maintained", "argued", "argues", "insisted", "stressed", "underlined",
    "emphasised", "emphasized", "noted", "observed", "explained", "added", "warned",
    "cautioned", "pointed out", "reiterated", "repeated", "claimed", "contended",
    "remarked", "made clear", "made it clear", "has made clear", "underscored", "affirmed",
    "reaffirmed", "recalled", "suggested", "indicated", "hinted", "signalled", "signaled",
    "wrote", "posted", "told reporters", "told journalists", "told a news conference",
    "told a press conference", "went on to say", "had warned", "has long argued",
    "has repeatedly said", "concluded", "judged", "estimated",
]


@pytest.mark.parametrize("verb", EN_VERBS)
def test_en_verb_of_saying(verb: str) -> None:
    check(f"Lavrov {verb} that the sanctions regime was unfair to ordinary people.", "en",
          [LAV], [])


IT_VERBS = [
    "ha detto", "aveva detto", "dice", "disse", "ha dichiarato", "dichiara", "dichiarò",
    "aveva dichiarato", "ha affermato", "afferma", "affermò", "ha sostenuto", "sostiene",
    "ha ribadito", "ribadisce", "ribadì", "ha sottolineato", "sottolinea", "sottolineò",
    "ha spiegato", "spiega", "spiegò", "ha precisato", "precisa", "ha osservato",
    "ha aggiunto", "aggiunge", "ha avvertito", "avverte", "ha ricordato", "ricorda",
    "ha evidenziato", "ha chiarito", "ha fatto sapere", "fa sapere", "aveva fatto sapere",
    "ha fatto notare", "ha fatto presente", "ha messo in chiaro", "ha rimarcato",
    "ha assicurato", "assicura", "ha insistito", "ha ammonito", "ha scritto", "scrive",
    "ha risposto", "ha replicato", "ha commentato", "ha puntualizzato", "ha rilevato",
    "ha tenuto a precisare", "ha riferito", "ha annunciato", "ha dichiarato ai giornalisti",
    "ha detto ai giornalisti", "ha denunciato", "ha lamentato", "ha stimato", "ha concluso",
    "ha ripetuto",
]


@pytest.mark.parametrize("verb", IT_VERBS)
def test_it_verb_of_saying(verb: str) -> None:
    check(f"Lavrov {verb} che il regime delle sanzioni è ingiusto verso la popolazione.",
          "it", [LAV], [])


FR_VERBS = [
    "a dit", "avait dit", "dit", "a déclaré", "déclare", "déclara", "avait déclaré",
    "a affirmé", "affirme", "affirma", "affirmait", "a souligné", "souligne", "souligna",
    "a estimé", "estime", "estima", "a assuré", "assure", "assura", "a expliqué",
    "explique", "a précisé", "précise", "a indiqué", "indique", "a rappelé", "rappelle",
    "a ajouté", "ajoute", "a averti", "avertit", "a prévenu", "a martelé", "martèle",
    "a fait savoir", "fait savoir", "a fait valoir", "a soutenu", "soutient", "a répété",
    "a réaffirmé", "a relevé", "a noté", "a observé", "a insisté sur le fait", "a répondu",
    "a répliqué", "a rétorqué", "a écrit", "écrit", "a jugé", "juge", "a tenu à souligner",
    "a tenu à rappeler", "a fait remarquer", "a fait observer", "a dénoncé le fait",
    "a déploré le fait", "a conclu", "a confié", "a lancé", "a insisté",
]


@pytest.mark.parametrize("verb", FR_VERBS)
def test_fr_verb_of_saying(verb: str) -> None:
    check(f"Lavrov {verb} que le régime des sanctions est injuste envers la population.",
          "fr", [LAV], [])


# --- 2. stances, proposals, warnings: the speaker alone ------------------------------------

STANCES = [
    ("Tokyo voiced concern over the growing ties.", "en", [JP]),
    ("Tokyo expressed deep concern.", "en", [JP]),
    ("Tokyo said it was alarmed by the growing ties.", "en", [JP]),
    ("Seoul offered to mediate between the two sides.", "en", [SK]),
    ("Seoul proposed a new round of humanitarian dialogue.", "en", [SK]),
    ("Seoul vowed a firm response.", "en", [SK]),
    ("Tokyo ha espresso «profonda preoccupazione» per i legami.", "it", [JP]),
    ("Tokyo si è detta preoccupata per i legami sempre più stretti.", "it", [JP]),
    ("Seul ha proposto di ospitare un nuovo ciclo di dialogo umanitario.", "it", [SK]),
    ("Seul si è offerta di mediare tra le due parti.", "it", [SK]),
    ("Tokyo a exprimé sa « vive inquiétude » face à ces liens.", "fr", [JP]),
    ("Tokyo s'est dit « préoccupé » par ces liens.", "fr", [JP]),
    ("Séoul a proposé d'accueillir un nouveau cycle de dialogue humanitaire.", "fr", [SK]),
    ("Séoul s'est proposé de jouer les médiateurs entre les deux parties.", "fr", [SK]),
]


@pytest.mark.parametrize(("text", "language", "want"), STANCES)
def test_a_stance_or_proposal(text: str, language: str, want: list[set[tuple[str, str]]]
                              ) -> None:
    check(text, language, want, [])


# --- 3. the speaker: inversions, titles, appositions, pronouns ----------------------------

SPEAKERS = [
    ('"The sanctions are unfair," Lavrov said.', "en", [LAV]),
    ('"The sanctions are unfair," said Lavrov.', "en", [LAV]),
    ('"The sanctions are unfair," Russian Foreign Minister Sergey Lavrov told reporters.',
     "en", [LAV]),
    ("The sanctions are unfair, Lavrov said on Monday.", "en", [LAV]),
    ("«Le sanzioni sono ingiuste», ha detto Lavrov.", "it", [LAV]),
    ("«Le sanzioni sono ingiuste», ha affermato il ministro degli Esteri russo Sergei "
     "Lavrov.", "it", [LAV]),
    ("Le sanzioni sono ingiuste, ha dichiarato ieri Lavrov.", "it", [LAV]),
    ("Lo ha detto Lavrov: le sanzioni sono ingiuste.", "it", [LAV]),
    ("« Les sanctions sont injustes », a déclaré Lavrov.", "fr", [LAV]),
    ("« Les sanctions sont injustes », a assuré le chef de la diplomatie russe, Sergueï "
     "Lavrov.", "fr", [LAV]),
    ("Les sanctions sont injustes, a estimé lundi Lavrov.", "fr", [LAV]),
    ("Lavrov est arrivé hier à Pékin. « Les sanctions sont injustes », a-t-il déclaré.",
     "fr", None),
    ("Lavrov arrived in Beijing on Monday. He said the sanctions were unfair.", "en", None),
    ("Reçu par Kim Jong Un, Lavrov a déclaré que les sanctions sont injustes.", "fr", None),
]


@pytest.mark.parametrize(("text", "language", "want"), SPEAKERS)
def test_the_speaker(text: str, language: str, want: list[set[tuple[str, str]]] | None
                     ) -> None:
    got, _ = statements(text, language)
    if want is None:
        assert LAV in got, (text, got)
    else:
        check(text, language, want)


# --- 4. two speakers in one sentence, each its own statement --------------------------------

TWO = [
    ("Seoul said the deal was dangerous, and Tokyo voiced concern.", "en", [SK, JP]),
    ("Seul ha definito l'intesa pericolosa, e Tokyo ha espresso preoccupazione.", "it",
     [SK, JP]),
    ("Séoul a jugé l'accord dangereux, et Tokyo a exprimé son inquiétude.", "fr", [SK, JP]),
    ("Seoul said any arms deal would violate resolutions of the UN Security Council, and "
     "Tokyo voiced concern.", "en", [SK, JP]),
    ("Seul ha detto che l'intesa viola le risoluzioni del Consiglio di sicurezza dell'Onu, e "
     "Tokyo ha espresso preoccupazione.", "it", [SK, JP]),
    ("Séoul a dit que l'accord viole les résolutions du Conseil de sécurité de l'ONU, et "
     "Tokyo a exprimé son inquiétude.", "fr", [SK, JP]),
    # contrast: two speakers of one verb
    ("Seoul and Tokyo voiced concern.", "en", [SK | JP]),
    ("Seul e Tokyo hanno espresso preoccupazione.", "it", [SK | JP]),
]


@pytest.mark.parametrize(("text", "language", "want"), TWO)
def test_two_speakers(text: str, language: str, want: list[set[tuple[str, str]]]) -> None:
    check(text, language, want)


# --- 5. a gerund of saying after another act: a second event --------------------------------

GERUNDS = [
    ("Zelensky urged Ukraine's partners to step up pressure on Pyongyang, arguing that "
     "the war could not go on without it.", "en", [ZEL], ["appeal"]),
    ("Zelensky ha esortato i partner dell'Ucraina ad aumentare la pressione su Pyongyang, "
     "sostenendo che la guerra non potrebbe continuare.", "it", [ZEL], ["appeal"]),
    ("Zelensky a appelé les partenaires de l'Ukraine à accroître la pression sur "
     "Pyongyang, estimant que la guerre ne pourrait pas continuer.", "fr", [ZEL],
     ["appeal"]),
    ("Lavrov held talks with Choe Son Hui, calling the two countries brothers in arms.",
     "en", [LAV], ["meeting"]),
    ("Lavrov ha tenuto colloqui con Choe Son Hui, definendo i due Paesi «fratelli "
     "d'armi».", "it", [LAV], ["meeting"]),
    ("Lavrov a eu des entretiens avec Choe Son Hui, qualifiant les deux pays de « frères "
     "d'armes ».", "fr", [LAV], ["meeting"]),
    # an opening phrase of channel or time before the subject
    ("In a video address, Zelensky urged Ukraine's partners to act, arguing that the war "
     "could not go on without it.", "en", [ZEL], ["appeal"]),
    ("In un videomessaggio, Zelensky ha esortato i partner dell'Ucraina ad agire, "
     "sostenendo che la guerra non potrebbe continuare.", "it", [ZEL], ["appeal"]),
    ("Dans un message vidéo, Zelensky a appelé les partenaires de l'Ukraine à agir, "
     "estimant que la guerre ne pourrait pas continuer.", "fr", [ZEL], ["appeal"]),
    ("Il giorno dopo Lavrov ha incontrato Choe Son Hui, definendo i due Paesi «fratelli "
     "d'armi».", "it", [LAV], ["meeting"]),
    ("Le lendemain, Lavrov a rencontré Choe Son Hui, qualifiant les deux pays de « frères "
     "d'armes ».", "fr", [LAV], ["meeting"]),
    # contrasts: an appeal's gerund that tells a fact, an appeal by a gerund
    ("Zelensky urged Ukraine's partners to act, saying North Korea had sent troops to "
     "Russia.", "en", [], ["appeal", "deployment"]),
    ("Lavrov held talks with Choe Son Hui, calling on Seoul to halt the drills.", "en", [],
     ["appeal", "meeting"]),
]


@pytest.mark.parametrize(("text", "language", "want", "others"), GERUNDS)
def test_a_gerund_of_saying_after_another_act(text: str, language: str,
                                              want: list[set[tuple[str, str]]],
                                              others: list[str]) -> None:
    check(text, language, want, others)


# --- 6. words of no event: not yet, about to, possibilities, futures ------------------------

NO_EVENT = [
    ("Washington warned that Pyongyang was close to handing over artillery shells to "
     "Russia.", "en", [US]),
    ("Washington warned that Pyongyang was about to hand over artillery shells to Russia.",
     "en", [US]),
    ("Washington said Pyongyang was on the verge of delivering artillery shells to Russia.",
     "en", [US]),
    ("Putin said Moscow saw possibilities for military cooperation with Pyongyang.", "en",
     [PUT]),
    ("Washington ha avvertito che Pyongyang stava per consegnare proiettili alla Russia.",
     "it", [US]),
    ("Washington ha avvertito che Pyongyang era sul punto di consegnare proiettili alla "
     "Russia.", "it", [US]),
    ("Putin ha detto che Mosca vede possibilità di cooperazione militare con Pyongyang.",
     "it", [PUT]),
    ("Washington a averti que Pyongyang était sur le point de livrer des obus à la Russie.",
     "fr", [US]),
    ("Washington a averti que Pyongyang s'apprêtait à livrer des obus à la Russie.", "fr",
     [US]),
    ("Poutine a dit que Moscou voyait des possibilités de coopération militaire avec "
     "Pyongyang.", "fr", [PUT]),
    ("Il governo sudcoreano ha fatto sapere che rivedrà la propria posizione.", "it", [SK]),
    ("Le gouvernement sud-coréen a fait savoir qu'il réexaminerait sa position.", "fr",
     [SK]),
    ("The South Korean government made clear it would review its position.", "en", [SK]),
]


@pytest.mark.parametrize(("text", "language", "want"), NO_EVENT)
def test_words_of_no_event(text: str, language: str, want: list[set[tuple[str, str]]]
                           ) -> None:
    check(text, language, want)


# --- 7. contrasts: no statement -------------------------------------------------------------

NONE = [
    # words that tell an event of the model: attribution
    ("Lavrov said North Korea had sent troops to Russia.", "en"),
    ("The troops were sent by Pyongyang in October, the Pentagon added.", "en"),
    ("Lavrov ha detto che la Corea del Nord ha inviato truppe in Russia.", "it"),
    ("Le truppe sono state inviate da Pyongyang in ottobre, ha aggiunto il Pentagono.", "it"),
    ("Lavrov a déclaré que la Corée du Nord avait envoyé des troupes en Russie.", "fr"),
    ("Les troupes ont été envoyées par Pyongyang en octobre, a ajouté le Pentagone.", "fr"),
    # a confirmation one cannot give
    ("Lavrov said he could not confirm the sending of troops.", "en"),
    ("Lavrov said he was not yet able to confirm the deployment of troops.", "en"),
    ("Lavrov ha detto di non essere ancora in grado di confermare l'invio di truppe.", "it"),
    ("Lavrov ha detto di non poter confermare l'invio di truppe.", "it"),
    ("Lavrov a dit ne pas être en mesure de confirmer l'envoi de troupes.", "fr"),
    ("Lavrov a affirmé ne pas pouvoir confirmer l'envoi de troupes.", "fr"),
    # "according to X" before words of no event
    ("According to Lavrov, the sanctions regime is unfair.", "en"),
    ("Secondo Lavrov, il regime delle sanzioni è ingiusto.", "it"),
    ("Selon Lavrov, le régime des sanctions est injuste.", "fr"),
    # refusals to comment
    ("Lavrov declined to comment.", "en"),
    ("Lavrov non ha voluto commentare.", "it"),
    ("Lavrov s'est refusé à tout commentaire.", "fr"),
]


@pytest.mark.parametrize(("text", "language"), NONE)
def test_no_statement(text: str, language: str) -> None:
    got, _ = statements(text, language)
    assert got == [], (text, got)


# --- 8. a passive sending counted, told by a verb of saying after it: attribution ----------

PASSIVES = [
    ("About 11,000 troops were sent by Pyongyang, the Pentagon added.", "en"),
    ("The troops, about 11,000 of them, were sent by Pyongyang in October, the Pentagon "
     "added.", "en"),
    ("Environ 11 000 soldats ont été envoyés par Pyongyang en octobre, a ajouté le "
     "Pentagone.", "fr"),
]


@pytest.mark.parametrize(("text", "language"), PASSIVES)
def test_a_passive_sending_is_its_report(text: str, language: str) -> None:
    got, other = statements(text, language)
    assert got == [] and other == ["deployment"], (text, got, other)


# --- 9. a figure put on a sending: the sending's report, no statement ----------------------

FIGURES = [
    ("Seoul put the total number of soldiers dispatched by Pyongyang at around 10,000.", "en",
     []),
    ("Seul ha stimato in 10.000 il numero dei soldati inviati da Pyongyang.", "it", []),
    ("Séoul a chiffré à 10 000 le nombre de soldats envoyés par Pyongyang.", "fr", []),
    # contrast: a figure of casualties is words of no event, the speaker's statement
    ("The Pentagon put the number of North Korean soldiers killed at 300.", "en",
     [{("pentagon", "speaker")}]),
]


@pytest.mark.parametrize(("text", "language", "want"), FIGURES)
def test_a_figure_of_a_sending(text: str, language: str,
                               want: list[set[tuple[str, str]]]) -> None:
    got, _ = statements(text, language)
    assert got == want, (text, got)


# --- 10. a long title after the verb, the name closing the sentence -------------------------

LONG_TITLES = [
    ("« Le traité ne vise aucun pays tiers », a assuré le président de la commission des "
     "Affaires étrangères du Conseil, Grigori Karassine.", "fr",
     [{("grigori-karassine", "speaker")}]),
    ("«Il trattato non è rivolto contro nessuno», ha assicurato il presidente della "
     "commissione Esteri del Consiglio della Federazione, Grigori Karasin.", "it",
     [{("grigori-karasin", "speaker")}]),
]


@pytest.mark.parametrize(("text", "language", "want"), LONG_TITLES)
def test_a_long_title_then_the_name(text: str, language: str,
                                    want: list[set[tuple[str, str]]]) -> None:
    check(text, language, want)


def test_releve_de_is_no_verb_of_saying() -> None:
    # "relève de" (belongs to) says nothing: Moscow and Pyongyang are no speakers
    got, _ = statements("La coopération entre Moscou et Pyongyang relève de « leurs affaires "
                        "bilatérales », a répondu Lin Jian.", "fr")
    assert not any(("russia", "speaker") in p or ("north-korea", "speaker") in p
                   for p in got), got


# --- 11. the future seen from the past; a participle's agent is not "il" -------------------

FUTURE_IN_PAST = [
    ("Lavrov a annoncé que la Corée du Nord enverrait 1 000 démineurs dans la région de "
     "Koursk.", "fr", [LAV], []),
    ("Lavrov ha annunciato che la Corea del Nord avrebbe inviato 1.000 genieri nella regione "
     "di Kursk.", "it", [LAV], []),
    # contrasts: a hearsay compound conditional, a past told
    ("Selon Lavrov, la Corée du Nord aurait livré des obus à la Russie.", "fr", [], ["supply"]),
    ("Lavrov a annoncé que la Corée du Nord avait envoyé des troupes en Russie.", "fr", [],
     ["deployment"]),
]


@pytest.mark.parametrize(("text", "language", "want", "others"), FUTURE_IN_PAST)
def test_the_future_seen_from_the_past(text: str, language: str,
                                       want: list[set[tuple[str, str]]],
                                       others: list[str]) -> None:
    check(text, language, want, others)


def test_a_pronoun_after_a_participle_of_being_received() -> None:
    got, _ = statements("Sergei Lavrov arrived in Pyongyang on Monday. Received by Kim Jong "
                        "Un, he said the sanctions were unfair.", "en")
    assert got == [LAV], got
    got, _ = statements("Lavrov est arrivé lundi à Pyongyang. Reçu par Kim Jong Un, il a "
                        "déclaré que les sanctions sont injustes.", "fr")
    assert ("kim-jong-un", "speaker") not in {p for g in got for p in g}, got
