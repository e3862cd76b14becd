"""The treaty's milestones, session 15 (the released rounds' misses and false events): a
step still needed or missing and the purpose it is needed for are no events. Sentences
written for these tests in wire style, EN, IT, FR (no database; the seed document's
lexicon)."""

from __future__ import annotations

from tests.test_extract_embedded import events, run

MILESTONE_TYPES = {"signing", "ratification", "entry_into_force", "submission"}


def _milestones(text: str, lang: str) -> list[tuple[str, set[tuple[str, str]]]]:
    return [(t, p) for t, p in events(run(text, language=lang, published="2024-11-09"))
            if t in MILESTONE_TYPES]


def _types(text: str, lang: str) -> list[str]:
    return sorted(t for t, _ in _milestones(text, lang))


# --- a step still needed or missing -----------------------------------------------------


def test_a_step_still_needed_or_missing_is_no_event() -> None:
    for text, lang in [
        ("The treaty still has to be endorsed by the Federation Council, which is expected "
         "to vote on it next month.", "en"),
        ("The pact still needs the approval of the upper house before Putin can sign it into "
         "law.", "en"),
        ("The agreement must still be ratified by North Korea before it can take effect.", "en"),
        ("To take effect, the treaty requires the exchange of instruments of ratification.",
         "en"),
        ("Only Kim Jong Un's signature on the ratification decree is now missing.", "en"),
        ("Per l'entrata in vigore mancano ora la firma della legge da parte del presidente "
         "Vladimir Putin e la ratifica nordcoreana.", "it"),
        ("Per entrare in vigore, il trattato dovrà ora essere ratificato anche dalla parte "
         "nordcoreana.", "it"),
        ("Il trattato deve ancora essere approvato dal Consiglio della Federazione.", "it"),
        ("Manca ancora la firma di Putin sulla legge di ratifica del trattato con la Corea "
         "del Nord.", "it"),
        ("Pour entrer en vigueur, le traité doit encore être ratifié par la Corée du Nord.",
         "fr"),
        ("Il ne manque plus que la signature de Vladimir Poutine sur la loi de ratification "
         "du traité.", "fr"),
        ("Pour son entrée en vigueur, le traité nécessite l'échange des instruments de "
         "ratification.", "fr"),
    ]:
        assert _types(text, lang) == [], text


def test_a_step_done_next_to_one_still_needed_is_an_event() -> None:
    for text, lang in [
        ("Putin signed the law ratifying the treaty with North Korea on Saturday; only "
         "Pyongyang's ratification is now missing.", "en"),
        ("The Federation Council approved the treaty with North Korea on Wednesday, and the "
         "text still needs Putin's signature.", "en"),
        ("Il trattato con la Corea del Nord, che deve ancora entrare in vigore, è stato "
         "ratificato ieri dalla Duma di Stato.", "it"),
        ("Il Consiglio della Federazione ha approvato mercoledì il trattato con la Corea del "
         "Nord, che dovrà ora essere firmato da Putin.", "it"),
        ("Putin ha firmato sabato la legge di ratifica del trattato con la Corea del Nord, "
         "mentre la ratifica nordcoreana resta in attesa.", "it"),
        ("La Douma, qui doit encore examiner d'autres textes, a ratifié jeudi le traité avec "
         "la Corée du Nord.", "fr"),
        ("Le Conseil de la Fédération a approuvé mercredi le traité avec la Corée du Nord, "
         "qui doit encore être promulgué par Poutine.", "fr"),
        ("Le Conseil de la Fédération a approuvé mercredi le traité avec la Corée du Nord ; "
         "il ne manque plus que la signature de Poutine.", "fr"),
    ]:
        assert _types(text, lang) == ["ratification"], text


# --- who signs the treaty in its own clause ---------------------------------------------


def test_who_signs_in_the_treatys_own_clause_ratifies_nothing() -> None:
    for text, lang in [
        ("Russia's State Duma on Thursday unanimously ratified the partnership treaty with "
         "North Korea, which Vladimir Putin and Kim Jong Un signed in Pyongyang in June.", "en"),
        ("La Duma di Stato ha ratificato oggi all'unanimità il trattato con la Corea del Nord, "
         "firmato a giugno da Vladimir Putin e Kim Jong Un.", "it"),
        ("La Douma a ratifié jeudi le traité avec la Corée du Nord, signé en juin à Pyongyang "
         "par Vladimir Poutine et Kim Jong Un.", "fr"),
        ("La Douma a ratifié jeudi le traité que Vladimir Poutine et Kim Jong Un avaient signé "
         "en juin à Pyongyang.", "fr"),
    ]:
        ms = _milestones(text, lang)
        rat = [p for t, p in ms if t == "ratification"]
        assert len(rat) == 1 and ("state-duma", "ratifier") in rat[0], (text, ms)
        sig = [p for t, p in ms if t == "signing"]
        assert len(sig) == 1 and {("vladimir-putin", "signatory"),
                                  ("kim-jong-un", "signatory")} <= sig[0], (text, ms)


def test_a_law_or_decree_signed_is_still_a_ratification() -> None:
    for text, lang, who in [
        ("Putin signed the law ratifying the treaty with North Korea on Saturday.", "en",
         "vladimir-putin"),
        ("Kim Jong Un signed a decree ratifying the treaty with Russia on Monday.", "en",
         "kim-jong-un"),
        ("Putin ha firmato sabato la legge di ratifica del trattato con la Corea del Nord.",
         "it", "vladimir-putin"),
        ("Vladimir Poutine a signé samedi la loi de ratification du traité avec la Corée du "
         "Nord.", "fr", "vladimir-putin"),
    ]:
        ms = _milestones(text, lang)
        assert [t for t, _ in ms] == ["ratification"], (text, ms)
        assert (who, "ratifier") in ms[0][1], (text, ms)


# --- a state's ratification and the act that made it ------------------------------------


def test_a_states_ratification_and_its_leaders_act_are_one_ratification() -> None:
    for text, lang, who in [
        ("North Korea has ratified its mutual defence treaty with Russia, with leader Kim Jong "
         "Un signing a decree on Monday, KCNA reported.", "en", "kim-jong-un"),
        ("North Korea has ratified the treaty with Russia: Kim Jong Un signed the decree on "
         "Monday.", "en", "kim-jong-un"),
        ("Russia completed its ratification of the treaty with North Korea on Saturday, when "
         "Putin signed the law.", "en", "vladimir-putin"),
        ("La Corea del Nord ha completato la ratifica del trattato di difesa reciproca con la "
         "Russia: il leader Kim Jong Un ha firmato il decreto che lo ratifica.", "it",
         "kim-jong-un"),
        ("La Corea del Nord ha ratificato il trattato con la Russia con un decreto firmato "
         "lunedì da Kim Jong Un.", "it", "kim-jong-un"),
        ("La Corée du Nord a ratifié le traité avec la Russie, Kim Jong Un ayant signé lundi "
         "le décret de ratification.", "fr", "kim-jong-un"),
    ]:
        ms = _milestones(text, lang)
        assert len(ms) == 1 and ms[0][0] == "ratification", (text, ms)
        assert {(who, "ratifier"), ("north-korea", "party"), ("russia", "party")} <= ms[0][1]


def test_two_states_ratifications_in_one_sentence_stay_two() -> None:
    for text in [
        "North Korea ratified the treaty with Russia on Monday, two days after Putin signed "
        "the ratification law.",
        "Russia ratified the treaty with North Korea in November, and Kim Jong Un signed his "
        "own decree two days later.",
        "North Korea has ratified the treaty with Russia, after the State Duma approved it on "
        "Oct. 24.",
    ]:
        assert _types(text, "en") == ["ratification", "ratification"], text


# --- a verb of concluding that concludes no agreement -----------------------------------


def test_a_process_or_talks_that_concluded_sign_nothing() -> None:
    for text, lang in [
        ("Sul fronte russo, l'iter si era concluso sabato, quando il presidente Vladimir Putin "
         "aveva promulgato la legge federale di ratifica dell'accordo.", "it"),
        ("La procedura di ratifica del trattato con la Corea del Nord si è conclusa sabato.",
         "it"),
        ("Côté russe, la procédure de ratification du traité avec la Corée du Nord s'est "
         "conclue samedi.", "fr"),
        ("The ratification process for the treaty with North Korea concluded on Saturday.",
         "en"),
        ("The talks on the treaty with North Korea concluded in Moscow on Friday.", "en"),
    ]:
        assert "signing" not in _types(text, lang), text


def test_an_agreement_concluded_is_signed() -> None:
    for text, lang in [
        ("Russia e Corea del Nord hanno concluso a giugno un trattato di partenariato "
         "strategico.", "it"),
        ("La Russie et la Corée du Nord ont conclu en juin un traité de partenariat "
         "stratégique.", "fr"),
        ("Russia and North Korea concluded a strategic partnership treaty in June.", "en"),
    ]:
        assert "signing" in _types(text, lang), text
    # one side named after "with" in the treaty's participle only names the treaty, its date
    # and place notwithstanding (GUIDELINES, settled at the start of session 17; until then
    # these two were signings)
    for text, lang in [
        ("The Duma ratified the pact concluded with North Korea in Pyongyang on June 19.", "en"),
        ("La Douma a ratifié jeudi le traité de partenariat stratégique global conclu le 19 "
         "juin à Pyongyang avec la Corée du Nord.", "fr"),
    ]:
        assert "signing" not in _types(text, lang), text


# --- the treaty referred back by "it", "the document", "the text" -----------------------


def _doc(text: str, lang: str) -> list[tuple[str, set[tuple[str, str]], bool]]:
    d = run(text, language=lang, published="2024-12-05")
    return [(e["type"], {(p["actor"], p["role"]) for p in e["participants"]},
             bool(e.get("agreement"))) for e in d.document["events"]
            if e["type"] in MILESTONE_TYPES]


def test_the_treaty_signed_before_and_approved_as_it_is_ratified() -> None:
    for text, lang in [
        ("The pact was signed by Vladimir Putin and Kim Jong Un in Pyongyang on June 19. "
         "Russia's State Duma approved it unanimously on Oct. 24.", "en"),
        ("Il trattato tra Russia e Corea del Nord è stato firmato a Pyongyang il 19 giugno. "
         "La Duma di Stato lo ha approvato all'unanimità il 24 ottobre.", "it"),
        ("Le traité entre la Russie et la Corée du Nord a été signé à Pyongyang le 19 juin. "
         "La Douma d'État l'a approuvé à l'unanimité le 24 octobre.", "fr"),
    ]:
        ms = _doc(text, lang)
        assert any(t == "ratification" and ("state-duma", "ratifier") in p and ag
                   for t, p, ag in ms), (text, ms)


def test_the_document_signed_or_submitted_is_the_treaty_told_before() -> None:
    for text, lang in [
        ("The treaty between Russia and North Korea took effect on Wednesday. The document "
         "was signed by Moscow and Pyongyang on June 19. Putin had submitted the document to "
         "the Duma for ratification on Oct. 14.", "en"),
        ("Il trattato tra Russia e Corea del Nord è entrato in vigore mercoledì. Il documento "
         "era stato firmato da Mosca e Pyongyang il 19 giugno. Putin aveva presentato il "
         "testo alla Duma il 14 ottobre.", "it"),
        ("Le traité entre la Russie et la Corée du Nord est entré en vigueur mercredi. Le "
         "document avait été signé par Moscou et Pyongyang le 19 juin. Vladimir Poutine avait "
         "soumis le texte à la Douma le 14 octobre.", "fr"),
    ]:
        ms = _doc(text, lang)
        assert ("signing", {("russia", "party"), ("north-korea", "party")}, True) in ms, ms
        assert ("submission", {("vladimir-putin", "submitter"), ("state-duma", "recipient")},
                True) in ms, ms
        assert [t for t, _, _ in ms].count("ratification") == 0, ms


def test_a_law_approved_after_a_signing_alone_is_no_ratification() -> None:
    text = ("The treaty with North Korea was signed in Pyongyang on June 19. The Duma approved "
            "the law on foreign agents on Tuesday.")
    assert [t for t, _, _ in _doc(text, "en")] == ["signing"]


# --- who ratifies, named past a decree's noun, a title or a state's possessive -----------


def test_who_ratifies_by_a_decree_or_past_a_states_possessive() -> None:
    for text, lang, who in [
        ("In Pyongyang, the treaty was ratified by a decree of North Korean leader Kim Jong Un "
         "on Nov. 11.", "en", "kim-jong-un"),
        ("The treaty with North Korea was ratified by Russia's State Duma on Oct. 24.", "en",
         "state-duma"),
        ("A Pyongyang il trattato è stato ratificato con un decreto del leader nordcoreano Kim "
         "Jong Un l'11 novembre.", "it", "kim-jong-un"),
        ("À Pyongyang, le traité a été ratifié par un décret du dirigeant nord-coréen Kim Jong "
         "Un le 11 novembre.", "fr", "kim-jong-un"),
    ]:
        ms = _milestones(text, lang)
        assert len(ms) == 1 and (who, "ratifier") in ms[0][1], (text, ms)


def test_a_state_after_by_is_no_ratifier() -> None:
    ms = _milestones("The treaty was ratified by North Korea on Monday.", "en")
    assert ms == [("ratification", {("north-korea", "party")})], ms


# --- a milestone in a "since" clause dated by a time counted back ------------------------


def test_a_since_clause_dated_by_a_time_counted_back_is_an_event() -> None:
    for text, lang in [
        ("Trade has grown since Russia and North Korea sealed their pact last year.", "en"),
        ("Lavrov arrived in Pyongyang, his first trip since Moscow and Pyongyang sealed their "
         "mutual defence pact a year ago.", "en"),
        ("Il commercio è cresciuto da quando Russia e Corea del Nord hanno firmato il patto "
         "l'anno scorso.", "it"),
        ("Les échanges ont augmenté depuis que la Russie et la Corée du Nord ont signé le "
         "traité il y a un an.", "fr"),
    ]:
        ms = _milestones(text, lang)
        assert ("signing", {("russia", "party"), ("north-korea", "party")}) in ms, (text, ms)


def test_a_since_clause_with_no_time_of_its_own_is_background() -> None:
    ms = _milestones("Trade has grown since Russia and North Korea signed their pact.", "en")
    assert ms == [], ms


# --- the decree of a ratification told before ---------------------------------------------


def test_the_decree_signed_after_a_ratification_is_told_ratifies() -> None:
    for text, lang in [
        ("Putin signed the law ratifying the treaty with North Korea on Nov. 9. Kim Jong Un "
         "signed the corresponding decree two days later.", "en"),
        ("Putin ha firmato il 9 novembre la legge di ratifica del trattato con la Corea del "
         "Nord. Kim Jong Un ha firmato il relativo decreto due giorni dopo.", "it"),
        ("Vladimir Poutine avait promulgué le 9 novembre la loi de ratification du traité avec "
         "la Corée du Nord. Côté nord-coréen, le dirigeant Kim Jong Un a signé le décret "
         "correspondant deux jours plus tard.", "fr"),
    ]:
        ms = _doc(text, lang)
        assert any(t == "ratification" and ("kim-jong-un", "ratifier") in p
                   for t, p, _ in ms), (text, ms)


def test_a_decree_or_law_on_something_else_ratifies_nothing() -> None:
    for text in [
        "Putin signed the law ratifying the treaty with North Korea on Nov. 9. Putin signed a "
        "decree on conscription on Nov. 11.",
        "The Duma ratified the treaty with North Korea on Oct. 24. On Tuesday it approved the "
        "law on foreign agents.",
    ]:
        ms = _doc(text, "en")
        assert [t for t, _, _ in ms] == ["ratification"], (text, ms)


# --- the treaty's signing in a participle of a sentence about its ratification law ------


def test_a_participle_signing_after_the_ratification_law_names_no_signer() -> None:
    # GUIDELINES, settled at the start of session 16: "signé le 19 juin à Pyongyang" names
    # no signer: the ratification alone
    for text, lang in [
        ("Le président russe Vladimir Poutine a promulgué samedi la loi ratifiant le traité "
         "avec la Corée du Nord, signé le 19 juin à Pyongyang.", "fr"),
        ("Putin signed on Saturday the law ratifying the treaty with North Korea, signed in "
         "Pyongyang on June 19.", "en"),
        ("Putin ha promulgato sabato la legge che ratifica il trattato con la Corea del Nord, "
         "firmato a Pyongyang il 19 giugno.", "it"),
    ]:
        ms = _milestones(text, lang)
        assert sorted(t for t, _ in ms) == ["ratification"], (text, ms)
        assert any(t == "ratification" and ("vladimir-putin", "ratifier") in p
                   for t, p in ms), (text, ms)


# --- more words of the milestones ---------------------------------------------------------


def test_more_words_of_signing_ratification_and_entry_into_force() -> None:
    for text, lang, kind in [
        ("Putin and Kim Jong Un put pen to paper on the partnership treaty in Pyongyang on "
         "June 19.", "en", "signing"),
        ("The treaty between Russia and North Korea became operative on Dec. 4.", "en",
         "entry_into_force"),
        ("The Federation Council gave its consent to the treaty with North Korea on Nov. 6.",
         "en", "ratification"),
        ("Il trattato tra Russia e Corea del Nord è diventato operativo il 4 dicembre.", "it",
         "entry_into_force"),
        ("Il trattato tra Russia e Corea del Nord è divenuto effettivo il 4 dicembre.", "it",
         "entry_into_force"),
        ("Il Consiglio della Federazione ha dato il suo assenso al trattato con la Corea del "
         "Nord il 6 novembre.", "it", "ratification"),
        ("Le traité entre la Russie et la Corée du Nord est devenu effectif le 4 décembre.",
         "fr", "entry_into_force"),
        ("Le traité entre la Russie et la Corée du Nord s'applique depuis le 4 décembre.",
         "fr", "entry_into_force"),
        ("Le Conseil de la Fédération a donné son aval au traité avec la Corée du Nord le 6 "
         "novembre.", "fr", "ratification"),
    ]:
        assert _types(text, lang) == [kind], text


def test_an_initial_agreement_is_no_signing() -> None:
    assert _types("The initial agreement with North Korea was discussed in Moscow.", "en") == []


# --- the instruments of ratification exchanged --------------------------------------------


def test_the_instruments_of_ratification_exchanged_are_no_ratification() -> None:
    for text, lang in [
        ("The two sides exchanged instruments of ratification in Moscow on Wednesday.", "en"),
        ("Rudenko and Sin Hong Chol exchanged the ratification documents at a ceremony in "
         "Moscow on Dec. 4.", "en"),
        ("Le due parti si sono scambiate mercoledì a Mosca gli strumenti di ratifica.", "it"),
        ("Rudenko e Sin Hong Chol si sono scambiati i documenti di ratifica a Mosca il 4 "
         "dicembre.", "it"),
        ("Roudenko et Sin Hong Chol ont échangé les documents de ratification lors d'une "
         "cérémonie à Moscou le 4 décembre.", "fr"),
    ]:
        assert "ratification" not in _types(text, lang), text


def test_a_ratification_in_a_sentence_that_also_tells_the_exchange_stays() -> None:
    for text in [
        "Putin signed the law ratifying the treaty with North Korea on Nov. 9, and the "
        "instruments of ratification were exchanged in Moscow on Dec. 4.",
        "Putin signed the law ratifying the treaty with North Korea on Nov. 9, and the "
        "ratification documents were exchanged in Moscow on Dec. 4.",
    ]:
        ms = _milestones(text, "en")
        assert [t for t, _ in ms] == ["ratification"], ms
        assert ("vladimir-putin", "ratifier") in ms[0][1], ms


# --- a signing named as the setting of another fact ---------------------------------------


def test_the_signing_ceremony_as_a_setting_is_no_signing() -> None:
    for text, lang in [
        ("At the signing ceremony, Putin said the treaty was a breakthrough.", "en"),
        ("Alla cerimonia della firma, Putin ha definito il trattato una svolta.", "it"),
        ("Lors de la cérémonie de signature, Poutine a qualifié le traité de percée.", "fr"),
    ]:
        assert "signing" not in _types(text, lang), text


def test_a_signing_ceremony_with_its_own_date_or_signers_is_a_signing() -> None:
    for text, lang in [
        ("At the signing ceremony in Pyongyang on June 19, Putin said the treaty was a "
         "breakthrough.", "en"),
        ("The treaty was hailed at its signing by Putin and Kim Jong Un in Pyongyang.", "en"),
        ("La signature du traité par Poutine et Kim a eu lieu à Pyongyang le 19 juin.", "fr"),
    ]:
        assert "signing" in _types(text, lang), text


# --- the treaty's signing named by its noun, with the objects of another verb -------------


def test_the_treatys_signing_by_its_noun_keeps_the_treatys_parties() -> None:
    for text, lang in [
        ("Russia and North Korea signed a comprehensive strategic partnership treaty in "
         "Pyongyang. The treaty's signing in June alarmed Seoul and Tokyo.", "en"),
        ("Russia e Corea del Nord hanno firmato un trattato di partenariato strategico globale. "
         "La firma del trattato a giugno ha allarmato Seul e Tokyo.", "it"),
        ("La Russie et la Corée du Nord ont signé un traité de partenariat stratégique global. "
         "La signature du traité en juin a inquiété Séoul et Tokyo.", "fr"),
    ]:
        ms = _doc(text, lang)
        assert all(p == {("russia", "party"), ("north-korea", "party")}
                   for t, p, _ in ms if t == "signing"), (text, ms)
        assert all(ag for t, _, ag in ms if t == "signing"), (text, ms)


# --- an upper house after a state's possessive --------------------------------------------


def test_an_upper_house_after_a_states_possessive_is_that_states() -> None:
    for text in [
        "The Russian parliament's upper house rubber-stamped the treaty with North Korea on "
        "Nov. 6.",
        "Russia's upper house approved the treaty with North Korea on Nov. 6.",
    ]:
        ms = _milestones(text, "en")
        assert len(ms) == 1 and ("federation-council", "ratifier") in ms[0][1], (text, ms)


# --- a source telling the exchange of the instruments makes no declaration ----------------


def test_the_exchange_of_instruments_told_by_a_source_is_no_statement() -> None:
    for text, lang in [
        ("Il trattato tra Russia e Corea del Nord è entrato in vigore mercoledì. Gli strumenti "
         "di ratifica sono stati scambiati a Mosca da Rudenko e Sin Hong Chol, ha precisato il "
         "ministero degli Esteri russo.", "it"),
        ("Le traité entre la Russie et la Corée du Nord est entré en vigueur mercredi. Les "
         "documents ont été échangés à Moscou par Roudenko et Sin Hong Chol, a précisé Maria "
         "Zakharova.", "fr"),
        ("The treaty between Russia and North Korea took effect on Wednesday. The documents "
         "were handed over in Moscow by Rudenko and Sin Hong Chol, Maria Zakharova said.", "en"),
    ]:
        d = run(text, language=lang, published="2024-12-05")
        assert [t for t, _ in events(d)] == ["entry_into_force"], (text, events(d))


def test_documents_handed_over_in_no_treatys_story_are_what_is_said() -> None:
    d = run("Maria Zakharova said the documents handed over to the court were forged.",
            language="en", published="2024-12-05")
    assert [t for t, _ in events(d)] == ["statement"]


def test_a_need_in_another_clause_leaves_the_milestone() -> None:
    ms = _milestones("Moscow says the treaty requires each side to help the other, and it took "
                     "effect on Dec. 4.", "en")
    assert [t for t, _ in ms] == ["entry_into_force"], ms


# --- the same ratification told again ---------------------------------------------------


def test_the_same_ratification_told_again_is_one_event_and_no_statement() -> None:
    for text, lang in [
        ("The State Duma ratified the treaty with North Korea on Thursday. The treaty was "
         "approved unanimously by the 397 deputies present, TASS reported.", "en"),
        ("La Duma di Stato ha ratificato giovedì il trattato con la Corea del Nord. Il testo è "
         "stato approvato all'unanimità dai 397 deputati presenti, riferisce la Tass.", "it"),
        ("La Douma a ratifié jeudi le traité avec la Corée du Nord. Le texte a été adopté à "
         "l'unanimité par les 397 députés présents, selon TASS.", "fr"),
    ]:
        d = run(text, language=lang, published="2024-10-24")
        assert [t for t, _ in events(d)] == ["ratification"], (text, events(d))


# --- a second ratifier with its verb left out ---------------------------------------------


def test_a_second_ratifier_with_the_verb_left_out_ratifies_too() -> None:
    for text, lang, second in [
        ("The treaty with North Korea is in force. The State Duma ratified it on Oct. 24, the "
         "Federation Council on Nov. 6.", "en", "federation-council"),
        ("Il trattato con la Corea del Nord è in vigore. La Duma lo ha ratificato il 24 "
         "ottobre, il Consiglio della Federazione il 6 novembre.", "it",
         "federation-council"),
        ("Le traité avec la Corée du Nord est en vigueur. La Douma l'a ratifié le 24 octobre, "
         "le Conseil de la Fédération le 6 novembre.", "fr", "federation-council"),
    ]:
        ms = _doc(text, lang)
        who = {a for t, p, _ in ms if t == "ratification" for a, r in p if r == "ratifier"}
        assert who == {"state-duma", second}, (text, ms)


def test_a_source_after_the_comma_is_no_second_ratifier() -> None:
    for text in [
        "The State Duma ratified the treaty with North Korea on Oct. 24, Interfax reported.",
        "The State Duma ratified the treaty with North Korea on Oct. 24, NATO said on Friday.",
    ]:
        assert _types(text, "en") == ["ratification"], text
