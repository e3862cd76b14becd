"""Who asserts a fact and how sure, across the wordings of EN/IT/FR wire reports: verbs and
nouns of saying, confirming, denying and hedging, and where the source stands (no database).
Sentences written here, several per rule, in varied word orders and tenses."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_embedded import events, run


def claims(d: Any) -> set[tuple[str, tuple[str, ...]]]:
    return {(c["certainty"], tuple(sorted(c["asserted_by"]))) for c in d.document["claims"]}


def claims_of(d: Any, event_type: str) -> set[tuple[str, tuple[str, ...]]]:
    ids = {e["id"] for e in d.document["events"] if e["type"] == event_type}
    return {(c["certainty"], tuple(sorted(c["asserted_by"]))) for c in d.document["claims"]
            if c["event"] in ids}


@pytest.mark.parametrize("language,text,source", [
    ("en", "Pyongyang shipped artillery shells to Russia in March, the Joint Chiefs of Staff "
           "indicated.", "joint-chiefs-of-staff"),
    ("en", "Seoul stated that North Korea had sent troops to Russia.", "south-korea"),
    ("en", "NATO revealed on Monday that North Korean troops had been sent to Russia.", "nato"),
    ("en", "The Pentagon has disclosed that North Korea supplied missiles to Russia.",
     "pentagon"),
    ("en", "North Korea has sent troops to Russia, the Pentagon explained.", "pentagon"),
    ("en", "North Korea delivered shells to Russia, the Pentagon recalled.", "pentagon"),
    ("it", "La Corea del Nord ha inviato truppe in Russia, ha rivelato il Pentagono.",
     "pentagon"),
    ("it", "Il Pentagono ha indicato che la Corea del Nord ha fornito missili alla Russia.",
     "pentagon"),
    ("it", "La Corea del Nord ha fornito missili alla Russia, come riferito dall'agenzia "
           "Yonhap.", "yonhap"),
    ("it", "La Corea del Nord ha fornito missili alla Russia, a quanto riferisce l'agenzia "
           "Yonhap.", "yonhap"),
    ("it", "La Nato ha segnalato che la Corea del Nord ha inviato truppe in Russia.", "nato"),
    ("fr", "La Corée du Nord a envoyé des soldats en Russie, a révélé le Pentagone.",
     "pentagon"),
    ("fr", "L'Otan a signalé que la Corée du Nord avait envoyé des soldats en Russie.", "nato"),
    ("fr", "Le Pentagone a fait état de l'envoi de soldats nord-coréens en Russie.",
     "pentagon"),
    ("fr", "La Corée du Nord a livré des obus à la Russie, aux dires de l'Otan.", "nato"),
])
def test_verbs_and_phrases_of_saying_report(language: str, text: str, source: str) -> None:
    assert ("reported", (source,)) in claims(run(text, language=language))


@pytest.mark.parametrize("language,denial,denier", [
    ("en", "The Kremlin disputed the reports.", "russia"),
    ("en", "Moscow brushed off the allegations.", "russia"),
    ("en", "Pyongyang called the reports false.", "north-korea"),
    ("en", "North Korea dismissed the claims as a smear campaign.", "north-korea"),
    ("it", "Il Cremlino ha contestato le accuse.", "russia"),
    ("it", "Mosca ha confutato le notizie.", "russia"),
    ("it", "Pyongyang ha definito le notizie prive di ogni fondamento.", "north-korea"),
    ("it", "Il Cremlino ha parlato di «calunnie».", "russia"),
    ("fr", "Moscou a balayé ces accusations.", "russia"),
    ("fr", "Le Kremlin a contesté ces informations.", "russia"),
    ("fr", "Pyongyang a jugé ces informations dénuées de tout fondement.", "north-korea"),
    ("fr", "Moscou a qualifié ces accusations de « calomnies ».", "russia"),
])
def test_verbs_and_words_of_denial_deny_the_fact_told_before(
        language: str, denial: str, denier: str) -> None:
    told = {"en": "North Korea sent troops to Russia, NATO said.",
            "it": "La Corea del Nord ha inviato truppe in Russia, secondo la Nato.",
            "fr": "La Corée du Nord a envoyé des soldats en Russie, selon l'Otan."}[language]
    d = run(f"{told}\n{denial}", language=language)
    assert claims(d) == {("reported", ("nato",)), ("denied", (denier,))}


def test_words_of_denial_are_said_by_the_nearest_verb_before_them() -> None:
    # a verb of saying after the words tells the denial of another, it denies nothing
    told = "North Korea sent troops to Russia, NATO said.\n"
    d = run(told + 'Pyongyang rejected the reports as "a fabrication", KCNA said.')
    assert ("denied", ("north-korea",)) in claims(d)
    assert not any(c == ("denied", ("kcna",)) for c in claims(d))
    it = run("La Corea del Nord ha inviato truppe in Russia, secondo la Nato.\n"
             "Kim Yo Jong ha definito le notizie «voci infondate», ha riferito l'agenzia Tass.",
             language="it")
    assert ("denied", ("kim-yo-jong",)) in claims(it)
    assert not any(c == ("denied", ("tass",)) for c in claims(it))
    # a verb of saying before a verb of denial is no denial
    en = run("South Korea's spy agency said North Korea had sent troops to Russia, a claim "
             'the Kremlin dismissed as "another fake".')
    assert {c for c in claims(en) if c[0] == "denied"} == {("denied", ("russia",))}
    # with no verb before them, the words are the speaker's of the verb after them
    fr = run("La Corée du Nord a envoyé des soldats en Russie, selon l'Otan.\n"
             "« Ce sont des affirmations sans aucun fondement », a rétorqué le Kremlin.",
             language="fr")
    assert ("denied", ("russia",)) in claims(fr)


def test_who_confirms_and_who_told_it_before_are_two_claims() -> None:
    it = run("L'invio di soldati nordcoreani in Russia, rivelato ieri dall'intelligence "
             "sudcoreana, è stato confermato anche dal Pentagono.", language="it")
    assert claims(it) == {("reported", ("intelligence-sudcoreana",)),
                          ("confirmed", ("pentagon",))}
    en = run("The dispatch of North Korean troops to Russia, first reported by Seoul, was "
             "confirmed by NATO.")
    assert claims(en) == {("reported", ("south-korea",)), ("confirmed", ("nato",))}


@pytest.mark.parametrize("language,text,source", [
    ("en", "Putin received Choe Son Hui at the Kremlin, according to a statement released by "
           "the Kremlin.", "russia"),
    ("en", "According to a joint statement issued by NATO, North Korea sent troops to Russia.",
     "nato"),
    ("en", "North Korean troops were fighting alongside Russian forces, according to a report "
           "published by the Institute for the Study of War.",
     "institute-for-the-study-of-war"),
    ("it", "Secondo un comunicato diffuso dal Pentagono, la Corea del Nord ha inviato truppe "
           "in Russia.", "pentagon"),
    ("it", "Lavrov ha incontrato Choe Son Hui, secondo una nota ufficiale del Cremlino.",
     "russia"),
    ("fr", "Selon un communiqué publié jeudi par le Pentagone, la Corée du Nord a envoyé des "
           "soldats en Russie.", "pentagon"),
    ("fr", "D'après un rapport de l'Otan, la Corée du Nord a envoyé des soldats en Russie.",
     "nato"),
])
def test_the_source_after_a_document_is_its_author(language: str, text: str,
                                                    source: str) -> None:
    assert ("reported", (source,)) in claims(run(text, language=language))


@pytest.mark.parametrize("language,text,expected", [
    ("fr", "Pyongyang aurait reçu de Moscou des systèmes de défense antiaérienne. C'est ce qu'a "
           "affirmé lundi le NIS, le service de renseignement sud-coréen.",
     {("alleged", ("national-intelligence-service",))}),
    ("fr", "La Corée du Nord a envoyé des soldats en Russie. Le Pentagone l'a confirmé mardi.",
     {("confirmed", ("pentagon",))}),
    ("it", "La Corea del Nord ha inviato truppe in Russia, secondo Seul. Lo ha confermato anche "
           "il capo di stato maggiore russo Valery Gerasimov.",
     {("reported", ("south-korea",)), ("confirmed", ("valery-gerasimov",))}),
    ("it", "La Corea del Nord ha inviato truppe in Russia. È quanto ha dichiarato il Pentagono.",
     {("reported", ("pentagon",))}),
    ("it", "La Corea del Nord avrebbe inviato truppe in Russia. A riferirlo è l'agenzia "
           "sudcoreana Yonhap.", {("alleged", ("yonhap",))}),
    ("it", "La Corea del Nord ha inviato truppe in Russia. La Nato lo conferma.",
     {("confirmed", ("nato",))}),
    ("en", "North Korea has sent troops to Russia. NATO said so on Monday.",
     {("reported", ("nato",))}),
    ("en", "North Korea has sent troops to Russia. This was confirmed by the Pentagon.",
     {("confirmed", ("pentagon",))}),
])
def test_a_source_named_in_the_sentence_after_says_what_it_told(
        language: str, text: str, expected: set[tuple[str, tuple[str, ...]]]) -> None:
    d = run(text, language=language)
    assert claims(d) == expected
    assert not any(e["type"] == "statement" for e in d.document["events"])


def test_calling_a_fact_something_is_no_source_of_the_sentence_before() -> None:
    d = run("North Korea has sent troops to Russia.\nKim Jong Un called it \"a sacred duty\".")
    assert ("confirmed", ()) in claims_of(d, "deployment")


@pytest.mark.parametrize("language,text", [
    ("en", "Park Sun-won told reporters North Korea had sent troops to Russia. Pyongyang has "
           "also shipped missiles to Moscow, he added."),
    ("en", "Park Sun-won said North Korea had sent troops to Russia. He said Pyongyang had "
           "also shipped missiles to Moscow."),
    ("fr", "Selon Park Sun-won, la Corée du Nord a envoyé des soldats en Russie. Pyongyang a "
           "aussi livré des missiles à Moscou, a-t-il ajouté."),
    ("fr", "Park Sun-won a affirmé que la Corée du Nord a envoyé des soldats en Russie. Il a "
           "ajouté que Pyongyang a livré des missiles à Moscou."),
    ("it", "Secondo Park Sun-won, la Corea del Nord ha inviato truppe in Russia. Pyongyang ha "
           "anche fornito missili a Mosca, ha aggiunto."),
    ("it", "Park Sun-won ha detto che la Corea del Nord ha inviato truppe in Russia. Ha poi "
           "precisato che Pyongyang ha fornito missili a Mosca."),
])
def test_a_pronoun_or_no_subject_is_the_source_named_before(language: str, text: str) -> None:
    d = run(text, language=language)
    assert claims_of(d, "deployment") == {("reported", ("park-sun-won",))}
    assert claims_of(d, "supply") == {("reported", ("park-sun-won",))}


def test_a_verb_of_saying_with_no_subject_after_it_takes_none_from_the_fact() -> None:
    d = run("Pyongyang ha anche fornito missili a Mosca, ha aggiunto.", language="it")
    assert claims_of(d, "supply") == {("confirmed", ())}


@pytest.mark.parametrize("language,text,source", [
    ("fr", "La Corée du Nord a envoyé des soldats en Russie, a affirmé le NIS.",
     "national-intelligence-service"),
    ("fr", "La Corée du Nord a envoyé des soldats en Russie, a indiqué mardi le NIS, le "
           "service de renseignement sud-coréen.", "national-intelligence-service"),
    ("it", "La Corea del Nord ha inviato truppe in Russia, ha riferito la KCNA.", "kcna"),
    ("en", "North Korea has sent troops to Russia, the NIS said.", "national-intelligence-service"),
])
def test_an_acronym_after_its_verb_of_saying_is_the_source(language: str, text: str,
                                                           source: str) -> None:
    assert claims(run(text, language=language)) == {("reported", (source,))}


@pytest.mark.parametrize("language,text", [
    ("fr", "Lavrov a rencontré Choe Son Hui, d'après un communiqué du ministère russe des "
           "Affaires étrangères."),
    ("fr", "Lavrov a rencontré Choe Son Hui, a indiqué la diplomatie russe."),
    ("en", "Lavrov met Choe Son Hui, the Russian Ministry of Foreign Affairs said."),
    ("it", "Lavrov ha incontrato Choe Son Hui, ha fatto sapere il ministero degli Affari esteri "
           "russo."),
])
def test_the_russian_foreign_ministry_in_its_several_names(language: str, text: str) -> None:
    assert claims(run(text, language=language)) == {("reported", ("russia-foreign-ministry",))}


def test_an_agency_named_after_its_adjectives_is_no_back_reference() -> None:
    d = run("Il Cremlino ha detto che Putin e Kim Jong Un hanno firmato un trattato. Secondo "
            "l'agenzia nordcoreana Kcna, i due leader hanno avuto colloqui.", language="it")
    assert claims_of(d, "meeting") == {("reported", ("kcna",))}
    back = run("Il Cremlino ha pubblicato un comunicato. Secondo il comunicato, Putin ha "
               "incontrato Kim Jong Un.", language="it")
    assert claims_of(back, "meeting") == {("reported", ("russia",))}


def test_a_noun_after_a_contracted_article_is_no_verb_of_saying() -> None:
    d = run("I ministri del G7 hanno condannato i trasferimenti di missili dalla Corea del Nord "
            "alla Russia, nel comunicato finale.", language="it")
    assert not any(e["type"] == "statement" for e in d.document["events"])


def test_a_quoted_denial_of_several_claims_denies_every_fact_they_told() -> None:
    d = run("La Corée du Nord a envoyé des soldats en Russie, selon Séoul.\nSelon Kiev, "
            "Pyongyang livre des obus à l'armée russe.\n« Ce sont des affirmations sans aucun "
            "fondement », a rétorqué l'ambassadeur russe Alexandre Matsegora.", language="fr")
    assert ("denied", ("alexandre-matsegora",)) in claims_of(d, "deployment")
    assert ("denied", ("alexandre-matsegora",)) in claims_of(d, "supply")


@pytest.mark.parametrize("language,text,source", [
    ("en", "North Korea has sent troops to Russia, Yonhap reported.", "yonhap"),
    ("en", "According to Yonhap, North Korea has sent troops to Russia.", "yonhap"),
    ("it", "La Corea del Nord ha inviato truppe in Russia, riferisce Yonhap.", "yonhap"),
    ("it", "Secondo Yonhap, la Corea del Nord ha inviato truppe in Russia.", "yonhap"),
    ("fr", "La Corée du Nord a envoyé des soldats en Russie, rapporte Yonhap.", "yonhap"),
    ("fr", "Selon Yonhap, la Corée du Nord a envoyé des soldats en Russie.", "yonhap"),
    ("en", "North Korea has sent troops to Russia (Yonhap).", "yonhap"),
    ("it", "La Corea del Nord ha inviato truppe in Russia (Ansa).", "ansa"),
    ("fr", "La Corée du Nord a envoyé des soldats en Russie (AFP).", "afp"),
])
def test_one_unknown_name_that_speaks_or_is_credited_is_the_source(
        language: str, text: str, source: str) -> None:
    d = run(text, language=language)
    assert claims(d) == {("reported", (source,))}
    assert {"north-korea", "russia"} <= {p["actor"] for e in d.document["events"]
                                         for p in e["participants"]}


def test_a_surname_or_a_place_is_no_unknown_source() -> None:
    d = run("Sergei Shoigu arrived in Pyongyang.\n«Il trattato ha aperto una nuova era», ha "
            "detto Shoigu.", language="it")
    assert "shoigu" not in {a["id"] for a in d.document["actors"]}
    place = run("Kim Jong Un met Vladimir Putin in Vladivostok (Russia).")
    assert claims(place) == {("confirmed", ())}


@pytest.mark.parametrize("language,text", [
    ("en", "Yonhap reported, citing a government source, that North Korea had sent troops to "
           "Russia."),
    ("fr", "La Corée du Nord a envoyé des soldats en Russie, selon l'agence Yonhap, qui cite "
           "des sources gouvernementales."),
    ("it", "La Corea del Nord ha inviato truppe in Russia, secondo l'agenzia Yonhap, che cita "
           "fonti governative."),
])
def test_who_a_source_cites_asserts_with_it(language: str, text: str) -> None:
    (certainty, who), = claims(run(text, language=language))
    assert certainty == "reported" and "yonhap" in who and len(who) == 2


@pytest.mark.parametrize("language,text,source", [
    ("it", "Stando all'intelligence sudcoreana, la Corea del Nord ha inviato truppe in Russia.",
     "intelligence-sudcoreana"),
    ("it", "A detta dei servizi segreti sudcoreani, la Corea del Nord ha inviato truppe in "
           "Russia.", "servizi-segreti-sudcoreani"),
    ("fr", "Selon des sources concordantes, la Corée du Nord a envoyé des soldats en Russie.",
     "sources-concordantes"),
    ("en", "North Korea has sent troops to Russia, unnamed officials said.",
     "unnamed-officials"),
])
def test_unnamed_sources_with_their_words(language: str, text: str, source: str) -> None:
    assert claims(run(text, language=language)) == {("reported", (source,))}


@pytest.mark.parametrize("language,text,expected", [
    ("it", "La Corea del Nord ha inviato truppe in Russia: lo ha confermato il Pentagono.",
     {("confirmed", ("pentagon",))}),
    ("fr", "Le ministre sud-coréen de la Défense, Kim Yong-hyun, a déclaré devant le Parlement "
           "que la Corée du Nord avait envoyé des soldats en Russie.",
     {("reported", ("kim-yong-hyun",))}),
    ("en", "Kim Yong-hyun told lawmakers on Tuesday that North Korea had sent troops to "
           "Russia.", {("reported", ("kim-yong-hyun",))}),
])
def test_the_speaker_before_or_after_the_verb_is_not_a_name_of_the_fact(
        language: str, text: str, expected: set[tuple[str, tuple[str, ...]]]) -> None:
    assert claims(run(text, language=language)) == expected


@pytest.mark.parametrize("language,text,denier", [
    ("it", "La Corea del Nord ha inviato truppe in Russia, secondo la Nato.\nAccuse respinte "
           "da Mosca.", "russia"),
    ("fr", "La Corée du Nord a envoyé des soldats en Russie, selon l'Otan.\nDes accusations "
           "rejetées par Moscou.", "russia"),
    ("en", "North Korea sent troops to Russia, NATO said.\nThe claim was denied by Moscow.",
     "russia"),
])
def test_a_denial_in_a_participle_with_no_auxiliary(language: str, text: str,
                                                    denier: str) -> None:
    assert ("denied", (denier,)) in claims(run(text, language=language))


def test_a_fact_told_with_its_denial_in_an_apposition_is_told_and_denied() -> None:
    d = run("La Corea del Nord ha inviato truppe in Russia, notizia poi smentita da Mosca.",
            language="it")
    assert claims(d) == {("confirmed", ()), ("denied", ("russia",))}
    en = run("North Korea has sent troops to Russia, a claim denied by Moscow.")
    assert claims(en) == {("confirmed", ()), ("denied", ("russia",))}


@pytest.mark.parametrize("language,text,speaker", [
    ("en", "Kremlin spokesman Dmitry Peskov told reporters that North Korea had not sent troops "
           "to Russia.", "dmitry-peskov"),
    ("en", "Dmitry Peskov said North Korea had never supplied any weapons to Russia.",
     "dmitry-peskov"),
    ("it", "Dmitry Peskov ha detto che la Corea del Nord non ha inviato truppe in Russia.",
     "dmitry-peskov"),
    ("fr", "Dmitri Peskov a affirmé que la Corée du Nord n'avait pas envoyé de soldats en "
           "Russie.", "dmitri-peskov"),
])
def test_a_fact_said_not_to_have_happened_is_denied_by_who_says_so(
        language: str, text: str, speaker: str) -> None:
    # a denial of the fact reported before (session 14, second moves round)...
    before = {"en": "North Korea has sent troops and supplied weapons to Russia, Seoul said.",
              "it": "La Corea del Nord ha inviato truppe in Russia, secondo Seul.",
              "fr": "La Corée du Nord a envoyé des soldats en Russie, selon Séoul."}[language]
    d = run(before + "\n" + text, language=language)
    assert ("denied", (speaker,)) in claims(d)
    assert not [e for e in d.document["events"] if e["type"] == "statement"]
    # ... and with nothing reported before, no event: the speaker's statement (GUIDELINES)
    alone = run(text, language=language)
    assert events(alone) == [("statement", {(speaker, "speaker")})]


def test_a_fact_the_text_negates_is_no_event() -> None:
    assert run("North Korea has not sent troops to Russia.").document["events"] == []


@pytest.mark.parametrize("language,text,denier", [
    ("fr", "Pour Moscou, il s'agit de « fausses informations ».", "russia"),
    ("it", "Per Mosca si tratta di «fake news».", "russia"),
    ("en", "For Moscow, the reports are \"fake news\".", "russia"),
    ("fr", "Pyongyang a opposé un démenti formel.", "north-korea"),
])
def test_whose_view_it_is_denies_with_words_of_denial(language: str, text: str,
                                                      denier: str) -> None:
    told = {"en": "North Korea sent troops to Russia, NATO said.\n",
            "it": "La Corea del Nord ha inviato truppe in Russia, secondo la Nato.\n",
            "fr": "La Corée du Nord a envoyé des soldats en Russie, selon l'Otan.\n"}[language]
    assert ("denied", (denier,)) in claims(run(told + text, language=language))


@pytest.mark.parametrize("language,text", [
    ("it", "Il Pentagono ha confermato le notizie secondo cui la Corea del Nord ha inviato "
           "truppe in Russia."),
    ("fr", "Le Pentagone a confirmé les informations selon lesquelles la Corée du Nord a envoyé "
           "des soldats en Russie."),
    ("en", "The Pentagon confirmed reports that North Korea had sent troops to Russia."),
])
def test_secondo_cui_is_a_relative_no_source(language: str, text: str) -> None:
    assert claims(run(text, language=language)) == {("confirmed", ("pentagon",))}


@pytest.mark.parametrize("language,text,source", [
    ("en", "Sources familiar with the matter said North Korea had sent troops to Russia.",
     "sources-familiar-with-the-matter"),
    ("en", "North Korea has sent troops to Russia, sources close to the Kremlin said.",
     "sources-close-to-the-kremlin"),
    ("it", "Secondo fonti vicine al Cremlino, la Corea del Nord ha inviato truppe in Russia.",
     "fonti-vicine-al-cremlino"),
    ("fr", "La Corée du Nord a envoyé des soldats en Russie, selon des sources proches du "
           "dossier.", "sources-proches-du-dossier"),
])
def test_sources_close_to_or_familiar_with(language: str, text: str, source: str) -> None:
    d = run(text, language=language)
    assert claims(d) == {("reported", (source,))}
    assert {"north-korea", "russia"} == {p["actor"] for e in d.document["events"]
                                         for p in e["participants"]}


@pytest.mark.parametrize("language,text", [
    ("en", "Ukrainian President Volodymyr Zelensky on Tuesday called on his allies to respond "
           "with force."),
    ("it", "Il presidente ucraino Volodymyr Zelensky ha esortato gli alleati a rispondere con "
           "fermezza."),
    ("fr", "Le président ukrainien Volodymyr Zelensky a appelé ses alliés à réagir."),
])
def test_a_verb_of_saying_in_what_someone_is_asked_to_do_is_no_cue(language: str,
                                                                 text: str) -> None:
    d = run(text, language=language)
    assert [e["type"] for e in d.document["events"]] == ["appeal"]
    assert claims(d) == {("confirmed", ())}


@pytest.mark.parametrize("language,text,source", [
    ("it", "Il ministro degli Esteri sudcoreano Cho Tae-yul ha incontrato a Washington il "
           "segretario di Stato Antony Blinken, ha reso noto il dipartimento di Stato.",
     "dipartimento-di-stato"),
    ("it", "Cho Tae-yul ha incontrato Antony Blinken, secondo il ministero della Difesa.",
     "ministero-della-difesa"),
    ("fr", "Cho Tae-yul a rencontré Antony Blinken, a indiqué le ministère de la Défense.",
     "ministere-de-la-defense"),
])
def test_a_body_named_with_no_state_speaks_after_its_verb(language: str, text: str,
                                                          source: str) -> None:
    d = run(text, language=language)
    assert [e["type"] for e in d.document["events"]] == ["meeting"]
    assert claims(d) == {("reported", (source,))}


def test_a_name_in_apposition_before_its_verb_speaks() -> None:
    d = run("Le secrétaire général de l'OTAN, Mark Rutte, a confirmé jeudi l'envoi par "
            "Pyongyang de plusieurs milliers de soldats en Russie.", language="fr")
    assert claims(d) == {("confirmed", ("mark-rutte",))}


@pytest.mark.parametrize("language,text", [
    ("en", "Seoul suspects Moscow of transferring missile technology to Pyongyang."),
    ("en", "South Korea suspects that Russia supplied air-defence systems to North Korea."),
    ("it", "Seul sospetta che Mosca abbia fornito sistemi antiaerei a Pyongyang."),
    ("fr", "Séoul soupçonne Moscou d'avoir livré des systèmes antiaériens à Pyongyang."),
    ("fr", "Séoul, qui soupçonne Moscou d'avoir transféré des technologies de missiles à "
           "Pyongyang, n'a pas commenté la visite."),
])
def test_who_suspects_alleges(language: str, text: str) -> None:
    d = run(text, language=language)
    assert claims(d) == {("alleged", ("south-korea",))}
    assert [e["type"] for e in d.document["events"]] == ["supply"]


@pytest.mark.parametrize("language,text,source", [
    ("it", "La consegna di proiettili da parte di Pyongyang a Mosca prosegue da oltre un anno, "
           "ha aggiunto il portavoce del Pentagono Pat Ryder.", "pat-ryder"),
    ("fr", "La Corée du Nord a livré des obus à la Russie, a ajouté le porte-parole du "
           "Pentagone Pat Ryder.", "pat-ryder"),
])
def test_added_with_its_subject_after_it_reports(language: str, text: str,
                                                 source: str) -> None:
    assert claims(run(text, language=language)) == {("reported", (source,))}


def test_an_unnamed_subject_after_a_comma_is_no_name_of_the_fact() -> None:
    d = run("North Korea has supplied Russia with howitzers, the ministry said.")
    assert [(e["type"], len(e["participants"])) for e in d.document["events"]] == [("supply", 2)]


def test_an_ambassador_to_a_capital_belongs_to_the_state_that_sent_him() -> None:
    d = run("North Korea has supplied Russia with howitzers, the Pentagon said.\nRussia's "
            "ambassador to Seoul, Georgy Zinoviev, dismissed the claims as groundless "
            "speculation.")
    assert ("denied", ("georgy-zinoviev",)) in claims(d)
    assert {a["id"]: a.get("country") for a in d.document["actors"]}["georgy-zinoviev"] == \
        "russia"


@pytest.mark.parametrize("language,text", [
    ("fr", "D'après des responsables américains, Moscou aurait fourni des missiles antiaériens "
           "à la Corée du Nord.\nC'est ce qu'a répété le ministre de la Défense Kim Yong-hyun "
           "devant les députés."),
    ("it", "Secondo funzionari statunitensi, Mosca avrebbe fornito missili antiaerei alla Corea "
           "del Nord.\nLo ha ripetuto il ministro della Difesa Kim Yong-hyun."),
])
def test_who_says_it_again_adds_a_claim(language: str, text: str) -> None:
    d = run(text, language=language)
    (certainty, _), = [c for c in claims(d) if "kim-yong-hyun" in c[1]]
    assert certainty == "reported"
    assert len(claims(d)) == 2


@pytest.mark.parametrize("language,text,source", [
    ("en", "North Korea has sent troops to Russia, The New York Times reported.",
     "new-york-times"),
    ("it", "La Corea del Nord ha inviato truppe in Russia, scrive il New York Times.",
     "new-york-times"),
    ("fr", "La Corée du Nord a envoyé des soldats en Russie, rapporte le New York Times.",
     "new-york-times"),
    ("it", "Secondo il quotidiano sudcoreano Chosun Ilbo, la Corea del Nord ha inviato truppe "
           "in Russia.", "chosun-ilbo"),
    ("fr", "Selon le quotidien sud-coréen Chosun Ilbo, la Corée du Nord a envoyé des soldats "
           "en Russie.", "chosun-ilbo"),
])
def test_a_newspaper_of_several_words_is_the_source(language: str, text: str,
                                                    source: str) -> None:
    assert claims(run(text, language=language)) == {("reported", (source,))}


@pytest.mark.parametrize("language,text", [
    ("en", "North Korea has sent troops to Russia, the Wall Street Journal reported, citing "
           "Western officials."),
    ("it", "La Corea del Nord ha inviato truppe in Russia, riporta il Wall Street Journal "
           "citando funzionari statunitensi."),
    ("fr", "La Corée du Nord a envoyé des soldats en Russie, écrit le Wall Street Journal, qui "
           "cite des responsables américains."),
])
def test_a_newspaper_and_who_it_cites(language: str, text: str) -> None:
    (certainty, who), = claims(run(text, language=language))
    assert certainty == "reported" and "wall-street-journal" in who and len(who) == 2


@pytest.mark.parametrize("language,text", [
    ("en", "North Korea supposedly shipped missiles to Russia."),
    ("en", "North Korea is suspected of shipping missiles to Russia."),
    ("it", "Si sospetta che la Corea del Nord abbia fornito missili alla Russia."),
    ("fr", "On soupçonne la Corée du Nord d'avoir livré des missiles à la Russie."),
    ("fr", "Les livraisons supposées de missiles nord-coréens à la Russie inquiètent Séoul."),
])
def test_a_hedge_with_nobody_named_alleges_for_nobody(language: str, text: str) -> None:
    d = run(text, language=language)
    assert claims_of(d, "supply") == {("alleged", ())}


@pytest.mark.parametrize("language,text,accuser", [
    ("it", "La Corea del Nord, accusata da Kiev di aver fornito missili a Mosca, ha smentito.",
     "ukraine"),
    ("fr", "La Corée du Nord, accusée par Kiev d'avoir livré des missiles à Moscou, a démenti.",
     "ukraine"),
])
def test_the_head_of_a_clause_between_commas_denies_what_it_is_charged_with(
        language: str, text: str, accuser: str) -> None:
    d = run(text, language=language)
    assert claims_of(d, "supply") == {("alleged", (accuser,)), ("denied", ("north-korea",))}


def test_a_passive_verb_of_saying_with_no_agent_names_nobody() -> None:
    d = run("The deployment of North Korean troops to Russia was confirmed on Monday.")
    assert claims(d) == {("confirmed", ())}
    by = run("L'invio di soldati nordcoreani in Russia è stato confermato anche dal Pentagono.",
             language="it")
    assert claims(by) == {("confirmed", ("pentagon",))}


def test_likely_before_a_past_fact_hedges_it_and_before_an_infinitive_plans_it() -> None:
    d = run("North Korea likely shipped missiles to Russia, Seoul said.")
    assert claims(d) == {("alleged", ("south-korea",))}
    assert run("North Korea is likely to send more troops to Russia.").document["events"] == []
