"""Participants of events (session 17, issue 15: events found with the wrong participants):
a title pointing back to the person given that title (not to another person of the same state
named since: "the North Korean leader" after Kim and Choe), a state's support voiced by a
person ("assured Russia of his country's support", "who assured him of Pyongyang's support"),
thanks for support (the one thanked supports), "the two leaders" as signatories of a treaty
in a relative clause or a passive, a pronoun inside a report denied ("Kyiv's claims that it
had sent"), with contrasts that must not change. Sentences written for these tests in wire
style, in EN, IT and FR (no database; the seed document's lexicon, as in
tests/test_extract_embedded.py).
"""

from __future__ import annotations

import pytest

from tests.test_extract_embedded import events, run

NK, RU, UA, SK = "north-korea", "russia", "ukraine", "south-korea"
KIM, LAV, CHOE, PUT = "kim-jong-un", "sergey-lavrov", "choe-son-hui", "vladimir-putin"

Want = list[tuple[str, set[tuple[str, str]]]]


def check(lang: str, text: str, want: Want, types: set[str]) -> None:
    d = run(text, language=lang, published="2025-07-13")
    got = sorted((t, sorted(p)) for t, p in events(d) if t in types)
    assert got == sorted((t, sorted(p)) for t, p in want), text


def supports(who: str, whom: str) -> tuple[str, set[tuple[str, str]]]:
    return ("support", {(who, "supporter"), (whom, "supported")})


LEADER_BACK = [
    # a title pointing back is the person given that title, not another person of the same
    # state named since with no title or another one
    ("en", "North Korean leader Kim Jong Un received Sergey Lavrov in Wonsan on Saturday. "
           "The day before, Lavrov had held talks with his counterpart Choe Son Hui. "
           "The North Korean leader pledged full support for Russia, KCNA said.",
     [supports(KIM, RU)]),
    ("it", "Il leader nordcoreano Kim Jong Un ha ricevuto sabato Sergey Lavrov a Wonsan. "
           "Il giorno prima Lavrov aveva avuto colloqui con la sua omologa Choe Son Hui. "
           "Secondo la Kcna, il leader nordcoreano ha espresso il pieno sostegno alla Russia.",
     [supports(KIM, RU)]),
    ("fr", "Le dirigeant nord-coréen Kim Jong Un a reçu samedi Sergueï Lavrov à Wonsan. "
           "La veille, M. Lavrov s'était entretenu avec son homologue Choe Son Hui. "
           "Selon KCNA, le dirigeant nord-coréen a exprimé son soutien total à la Russie.",
     [supports(KIM, RU)]),
    # contrast: the title given the minister points back to the minister
    ("en", "North Korean leader Kim Jong Un received Sergey Lavrov in Wonsan on Saturday. "
           "Lavrov had held talks with North Korean Foreign Minister Choe Son Hui. "
           "The North Korean foreign minister pledged full support for Russia, KCNA said.",
     [supports(CHOE, RU)]),
    ("it", "Il leader nordcoreano Kim Jong Un ha ricevuto sabato Sergey Lavrov a Wonsan. "
           "Lavrov aveva avuto colloqui con la ministra degli Esteri nordcoreana Choe Son Hui. "
           "Secondo la Kcna, la ministra degli Esteri nordcoreana ha espresso il pieno "
           "sostegno alla Russia.",
     [supports(CHOE, RU)]),
    ("fr", "Le dirigeant nord-coréen Kim Jong Un a reçu samedi Sergueï Lavrov à Wonsan. "
           "M. Lavrov s'était entretenu avec la ministre nord-coréenne des Affaires "
           "étrangères Choe Son Hui. Selon KCNA, la ministre nord-coréenne des Affaires "
           "étrangères a exprimé son soutien total à la Russie.",
     [supports(CHOE, RU)]),
    # a counterpart of a foreign minister is taken up by a minister's title, not a leader's
    ("en", "Russian Foreign Minister Sergei Lavrov held talks with his North Korean "
           "counterpart Choe Son Hui on Saturday. Kim Jong Un received him later that day. "
           "The North Korean leader pledged full support for Russia, KCNA said.",
     [supports(KIM, RU)]),
    ("en", "Russian Foreign Minister Sergei Lavrov held talks with his North Korean "
           "counterpart Choe Son Hui on Saturday. Kim Jong Un received him later that day. "
           "The North Korean minister pledged full support for Russia, KCNA said.",
     [supports(CHOE, RU)]),
    # contrast: one person of the state named: that person
    ("en", "Sergey Lavrov held talks with Choe Son Hui in Wonsan on Saturday. "
           "The North Korean foreign minister pledged full support for Russia, KCNA said.",
     [supports(CHOE, RU)]),
]


@pytest.mark.parametrize("lang,text,want", LEADER_BACK)
def test_leader_title_back(lang: str, text: str, want: Want) -> None:
    check(lang, text, want, {"support"})


MINISTER_BACK = [
    # the foreign minister's title pointing back in a sentence that names the other side
    ("it", "Il ministro degli Esteri russo Sergey Lavrov è stato ricevuto da Kim Jong Un a "
           "Pyongyang. Durante l'incontro con Kim, il capo della diplomazia russa ha ribadito "
           "il pieno sostegno di Mosca a Pyongyang.",
     [supports(LAV, NK)]),
    ("fr", "Le ministre russe des Affaires étrangères Sergueï Lavrov a été reçu par Kim Jong "
           "Un à Pyongyang. Lors de l'entretien avec Kim, le chef de la diplomatie russe a "
           "réaffirmé le soutien total de Moscou à Pyongyang.",
     [supports(LAV, NK)]),
    ("en", "Russian Foreign Minister Sergey Lavrov was received by Kim Jong Un in Pyongyang. "
           "During the meeting with Kim, Russia's top diplomat reaffirmed Moscow's full "
           "support for Pyongyang.",
     [supports(LAV, NK)]),
    ("en", "Russian Foreign Minister Sergey Lavrov was received by Kim Jong Un in Pyongyang. "
           "Together with Kim, Lavrov reaffirmed Moscow's full support for Pyongyang.",
     [supports(LAV, NK)]),
    # contrast: the person named as subject keeps the support
    ("it", "Il ministro degli Esteri russo Sergey Lavrov è stato ricevuto da Kim Jong Un a "
           "Pyongyang. Durante l'incontro, Kim ha ribadito il pieno sostegno alla Russia.",
     [supports(KIM, RU)]),
]


@pytest.mark.parametrize("lang,text,want", MINISTER_BACK)
def test_minister_title_back(lang: str, text: str, want: Want) -> None:
    check(lang, text, want, {"support"})


PERSON_VOICES_STATE = [
    # a state's support voiced by a person: the person supports, whom it is for is
    # supported; the person's own state and whom it is told to are no participants
    ("fr", "Vladimir Poutine est arrivé à Pyongyang mercredi et a été accueilli par Kim Jong "
           "Un. Kim a pour sa part assuré la Russie du soutien total de son pays dans la "
           "guerre en Ukraine.",
     [supports(KIM, RU)]),
    ("it", "Sergey Lavrov è arrivato a Pyongyang venerdì. Sabato è stato ricevuto dal leader "
           "Kim Jong Un, che gli ha assicurato il pieno sostegno di Pyongyang alle azioni di "
           "Mosca in Ucraina.",
     [supports(KIM, RU)]),
    ("en", "Sergey Lavrov arrived in Pyongyang on Friday. On Saturday he was received by Kim "
           "Jong Un, who assured him of Pyongyang's full support for Moscow's actions in "
           "Ukraine.",
     [supports(KIM, RU)]),
    # contrast: the state itself supports
    ("en", "North Korea reaffirmed its full support for Russia's actions in Ukraine.",
     [supports(NK, RU)]),
    ("fr", "La Corée du Nord a réaffirmé son soutien total à la Russie.",
     [supports(NK, RU)]),
    ("it", "La Corea del Nord ha ribadito il pieno sostegno alla Russia.",
     [supports(NK, RU)]),
]


@pytest.mark.parametrize("lang,text,want", PERSON_VOICES_STATE)
def test_person_voices_state_support(lang: str, text: str, want: Want) -> None:
    check(lang, text, want, {"support"})


THANKS = [
    # thanks for support: the one thanked supports the beneficiary named, else the thanker
    ("it", "Putin ha ringraziato la Corea del Nord per il «fermo sostegno» all'operazione "
           "militare russa in Ucraina.",
     [supports(NK, RU)]),
    ("it", "Putin ha ringraziato la Corea del Nord per il fermo sostegno all'operazione "
           "militare russa in Ucraina.",
     [supports(NK, RU)]),
    ("en", "Putin thanked North Korea for its \"firm support\" for the Russian military "
           "operation in Ukraine.",
     [supports(NK, RU)]),
    ("fr", "Poutine a remercié la Corée du Nord pour son « soutien ferme » à l'opération "
           "militaire russe en Ukraine.",
     [supports(NK, RU)]),
    ("en", "Putin thanked North Korea for its support.", [supports(NK, PUT)]),
    # contrast: thanks for something else are no support
    ("en", "Putin thanked the North Korean soldiers for their heroism.", []),
    ("it", "Putin ha ringraziato i soldati nordcoreani per il loro eroismo.", []),
]


@pytest.mark.parametrize("lang,text,want", THANKS)
def test_thanks_for_support(lang: str, text: str, want: Want) -> None:
    check(lang, text, want, {"support"})


SIGNATORIES = [
    # "the two leaders" named before sign the treaty in a relative clause with a date or place
    ("en", "Russian President Vladimir Putin signed the law ratifying the pact on Saturday, "
           "after Kim Jong Un ratified it. Under the treaty, which the two leaders signed in "
           "Pyongyang in June, each country must help the other if attacked.",
     [("signing", {(PUT, "signatory"), (KIM, "signatory"), (NK, "party")})]),
    ("it", "Il presidente russo Vladimir Putin ha firmato sabato la legge di ratifica, dopo "
           "che Kim Jong Un aveva ratificato il patto. Il trattato, che i due leader hanno "
           "firmato a Pyongyang a giugno, prevede l'assistenza reciproca.",
     [("signing", {(PUT, "signatory"), (KIM, "signatory"), (NK, "party")})]),
    # a passive with the signers after "by", one of them a title pointing back
    ("en", "Russian President Vladimir Putin arrived in Pyongyang on June 18. The treaty was "
           "signed in Pyongyang on June 19 by the Russian leader and North Korea's Kim Jong Un.",
     [("signing", {(PUT, "signatory"), (KIM, "signatory"), (RU, "party"), (NK, "party")})]),
    ("en", "The treaty was signed on June 19 by Vladimir Putin and North Korea's Kim Jong Un.",
     [("signing", {(PUT, "signatory"), (KIM, "signatory"), (NK, "party")})]),
    # contrast: the treaty only named by its signing with no signer: no event
    ("en", "The treaty signed in June obliges each side to help the other.", []),
]


@pytest.mark.parametrize("lang,text,want", SIGNATORIES)
def test_signatories(lang: str, text: str, want: Want) -> None:
    check(lang, text, want, {"signing"})


PRONOUN_IN_REPORT = [
    # a pronoun inside a report the subject denies is the subject
    ("fr", "Pyongyang a rejeté les affirmations de Kiev selon lesquelles il aurait envoyé des "
           "soldats en Russie.",
     [("deployment", {(NK, "sender"), (RU, "host")})]),
    ("en", "Pyongyang rejected Kyiv's claims that it had sent troops to Russia.",
     [("deployment", {(NK, "sender"), (RU, "host")})]),
    ("it", "Pyongyang ha respinto le accuse di Kiev secondo cui avrebbe inviato soldati in "
           "Russia.",
     [("deployment", {(NK, "sender"), (RU, "host")})]),
    # contrast: the report's own subject named
    ("fr", "Kiev affirme que la Corée du Nord a envoyé des soldats en Russie.",
     [("deployment", {(NK, "sender"), (RU, "host")})]),
]


@pytest.mark.parametrize("lang,text,want", PRONOUN_IN_REPORT)
def test_pronoun_in_report(lang: str, text: str, want: Want) -> None:
    check(lang, text, want, {"deployment"})


RELATIVE_AFTER_PAIR = [
    # a relative clause after two names joined by "and" is the last one's
    ("en", "Vladimir Putin arrived in Pyongyang on June 18. The treaty was signed on June 19 "
           "by the Russian leader and North Korea's Kim Jong Un, who hailed it as the start "
           "of an \"alliance\".",
     [("statement", {(KIM, "speaker")})]),
    ("en", "The treaty was signed on June 19 by Vladimir Putin and Kim Jong Un, who hailed it "
           "as the start of an \"alliance\".",
     [("statement", {(KIM, "speaker")})]),
    ("fr", "Le traité a été signé le 19 juin par Vladimir Poutine et Kim Jong Un, qui l'a "
           "salué comme le début d'une « alliance ».",
     [("statement", {(KIM, "speaker")})]),
    ("it", "Il trattato è stato firmato il 19 giugno da Vladimir Putin e Kim Jong Un, che lo "
           "ha salutato come l'inizio di una «alleanza».",
     [("statement", {(KIM, "speaker")})]),
]


@pytest.mark.parametrize("lang,text,want", RELATIVE_AFTER_PAIR)
def test_relative_after_pair(lang: str, text: str, want: Want) -> None:
    check(lang, text, want, {"statement"})


SAME_TITLE = [
    # "the same Russian president", "lo stesso presidente russo", "le même président russe":
    # the person named before, after the agent's preposition
    ("it", "Il presidente russo Vladimir Putin ha firmato la legge. Il testo era stato "
           "sottoposto all'esame della Duma il 14 ottobre dallo stesso presidente russo.",
     [("submission", {(PUT, "submitter"), ("state-duma", "recipient")})]),
    ("fr", "Le président russe Vladimir Poutine a signé la loi. Le texte avait été soumis à la "
           "Douma le 14 octobre par le même président russe.",
     [("submission", {(PUT, "submitter"), ("state-duma", "recipient")})]),
    ("en", "Russian President Vladimir Putin signed the law. The text had been submitted to the "
           "Duma on Oct. 14 by the same Russian president.",
     [("submission", {(PUT, "submitter"), ("state-duma", "recipient")})]),
    # contrast: "the same day" names no one
    ("it", "Il presidente russo Vladimir Putin ha firmato la legge. Lo stesso giorno il testo "
           "è stato sottoposto alla Duma dal governo.",
     [("submission", {("state-duma", "recipient")})]),
]


@pytest.mark.parametrize("lang,text,want", SAME_TITLE)
def test_same_title(lang: str, text: str, want: Want) -> None:
    check(lang, text, want, {"submission"})


APPOSITION_BEFORE_REFLEXIVE = [
    # a person's title between commas, with an organisation in it, before a reflexive verb:
    # the person does it, the organisation is a mention
    ("fr", "Sergueï Choïgou, secrétaire du Conseil de sécurité russe, s'est rendu mardi à "
           "Pyongyang.",
     [("visit", {("serguei-choigou", "visitor"), (NK, "host")})]),
    ("it", "Sergei Shoigu, segretario del Consiglio di sicurezza russo, si è recato martedì a "
           "Pyongyang.",
     [("visit", {("sergei-shoigu", "visitor"), (NK, "host")})]),
    ("en", "Sergei Shoigu, secretary of Russia's Security Council, travelled to Pyongyang on "
           "Tuesday.",
     [("visit", {("sergei-shoigu", "visitor"), (NK, "host")})]),
    # contrast: the body itself as the subject
    ("fr", "Le Conseil de sécurité russe s'est réuni mardi à Moscou.", []),
]


@pytest.mark.parametrize("lang,text,want", APPOSITION_BEFORE_REFLEXIVE)
def test_apposition_before_reflexive(lang: str, text: str, want: Want) -> None:
    check(lang, text, want, {"visit"})


NO_JOIN_ACROSS_CLAUSES = [
    # a name after "of" ending one clause is no subject joined by ", and" to the next one's
    ("en", "Seoul said the deal would violate resolutions of the United Nations, and Japan "
           "expressed concern.",
     [("statement", {(SK, "speaker")}), ("statement", {("japan", "speaker")})]),
    ("it", "Seul ha detto che l'accordo viola le risoluzioni delle Nazioni Unite, e il Giappone "
           "ha espresso preoccupazione.",
     [("statement", {(SK, "speaker")}), ("statement", {("japan", "speaker")})]),
    ("fr", "Séoul a dit que l'accord viole les résolutions des Nations unies, et le Japon a "
           "exprimé son inquiétude.",
     [("statement", {(SK, "speaker")}), ("statement", {("japan", "speaker")})]),
    # contrast: names joined inside one subject stay joined
    ("en", "The foreign ministers of Japan and South Korea voiced concern.",
     [("statement", {("japan", "speaker"), (SK, "speaker")})]),
    ("it", "I leader di Francia, Germania e Italia hanno espresso preoccupazione.",
     [("statement", {("france", "speaker"), ("germany", "speaker"), ("italy", "speaker")})]),
]


@pytest.mark.parametrize("lang,text,want", NO_JOIN_ACROSS_CLAUSES)
def test_no_join_across_clauses(lang: str, text: str, want: Want) -> None:
    check(lang, text, want, {"statement"})


PAIR_FURTHER_BACK = [
    # "the two leaders": the only two people named in the last four sentences
    ("en", "Kim Jong Un has signed a decree ratifying the treaty, KCNA said. The decree takes "
           "effect once the instruments are exchanged. Russian President Vladimir Putin "
           "signed the law on Saturday. The Duma had backed it in October. The treaty, which "
           "the two leaders signed in Pyongyang in June, provides for mutual assistance.",
     [("signing", {(PUT, "signatory"), (KIM, "signatory"), (NK, "party")})]),
    ("it", "Kim Jong Un ha firmato il decreto di ratifica del trattato, ha riferito la Kcna. "
           "Il decreto entrerà in vigore con lo scambio degli strumenti. Il presidente russo "
           "Vladimir Putin ha firmato la legge sabato. La Duma l'aveva approvata in ottobre. "
           "Il trattato, che i due leader hanno firmato a Pyongyang a giugno, prevede "
           "l'assistenza reciproca.",
     [("signing", {(PUT, "signatory"), (KIM, "signatory"), (NK, "party")})]),
    # contrast: three people named, "the two leaders" is none of them for sure
    ("en", "Kim Jong Un has signed a decree ratifying the treaty, KCNA said. Sergey Lavrov "
           "welcomed the decree. Russian President Vladimir Putin signed the law on Saturday. "
           "The Duma had backed it in October. The treaty, which the two leaders signed in "
           "Pyongyang in June, provides for mutual assistance.",
     [("signing", {(NK, "party")})]),
]


@pytest.mark.parametrize("lang,text,want", PAIR_FURTHER_BACK)
def test_pair_further_back(lang: str, text: str, want: Want) -> None:
    check(lang, text, want, {"signing"})
