"""The treaty's milestones, second wave of session 15 (the released rounds' misses and false
events). Sentences written for these tests in wire style, EN, IT, FR (no database; the seed
document's lexicon)."""

from __future__ import annotations

from tests.test_extract_embedded import events, run

MILESTONE_TYPES = {"signing", "ratification", "entry_into_force", "submission"}


def _milestones(text: str, lang: str) -> list[tuple[str, set[tuple[str, str]]]]:
    return [(t, p) for t, p in events(run(text, language=lang, published="2024-12-04"))
            if t in MILESTONE_TYPES]


def _types(text: str, lang: str) -> list[str]:
    return sorted(t for t, _ in _milestones(text, lang))


def test_a_participle_naming_the_treaty_takes_no_date_from_the_main_verb() -> None:
    # the participle only identifies the treaty: the main clause's date is not its own
    for text, lang in [
        ("The treaty concluded between Russia and North Korea took effect on Wednesday.", "en"),
        ("The pact signed between Moscow and Pyongyang entered into force on Dec. 4.", "en"),
        ("Le traité de partenariat conclu entre la Russie et la Corée du Nord entre en "
         "vigueur ce mercredi.", "fr"),
        ("Le traité signé entre Moscou et Pyongyang est entré en vigueur mercredi.", "fr"),
        ("Il trattato concluso tra Russia e Corea del Nord entra in vigore oggi.", "it"),
        ("Il trattato firmato tra Mosca e Pyongyang è entrato in vigore mercoledì.", "it"),
    ]:
        assert _types(text, lang) == ["entry_into_force"], text


def test_a_participle_with_its_own_date_is_still_a_signing() -> None:
    for text, lang in [
        ("The treaty concluded between Russia and North Korea on June 19 took effect on "
         "Wednesday.", "en"),
        ("Le traité conclu entre Moscou et Pyongyang le 19 juin entre en vigueur mercredi.",
         "fr"),
        ("Il trattato firmato tra Russia e Corea del Nord il 19 giugno è entrato in vigore "
         "mercoledì.", "it"),
    ]:
        assert _types(text, lang) == ["entry_into_force", "signing"], text


def _signing(text: str, lang: str) -> set[tuple[str, str]]:
    found = [p for t, p in _milestones(text, lang) if t == "signing"]
    assert len(found) == 1, (text, found)
    return found[0]


def test_a_signer_called_back_by_his_title_names_his_state_a_party() -> None:
    for text, lang in [
        ("The pact was signed by Putin and North Korean leader Kim Jong Un when the Russian "
         "president visited Pyongyang on June 19.", "en"),
        ("Putin arrived in Pyongyang on June 18. The next day the Russian leader signed the "
         "partnership treaty with North Korean leader Kim Jong Un.", "en"),
        ("Poutine est arrivé à Pyongyang le 18 juin. Le lendemain, le président russe et Kim "
         "Jong Un ont signé le traité de partenariat.", "fr"),
        ("Le traité a été signé par Poutine et Kim Jong Un lorsque le président russe s'est "
         "rendu à Pyongyang le 19 juin.", "fr"),
        ("Putin è arrivato a Pyongyang il 18 giugno. Il giorno dopo il presidente russo e Kim "
         "Jong Un hanno firmato il trattato di partenariato.", "it"),
        ("Il trattato è stato firmato da Putin e Kim Jong Un quando il presidente russo si è "
         "recato a Pyongyang il 19 giugno.", "it"),
    ]:
        got = _signing(text, lang)
        assert ("russia", "party") in got and ("vladimir-putin", "signatory") in got, text


def test_a_pronoun_signing_in_a_subordinate_clause_is_the_man_named_before() -> None:
    for text, lang in [
        ("President Vladimir Putin submitted the bill to the Duma on Oct. 14, four months "
         "after he and North Korean leader Kim Jong Un signed the pact in Pyongyang.", "en"),
        ("Putin flew to Pyongyang in June, where he signed the partnership treaty with Kim "
         "Jong Un.", "en"),
        ("Poutine a soumis le texte à la Douma le 14 octobre, quatre mois après qu'il a signé "
         "le traité avec Kim Jong Un à Pyongyang.", "fr"),
        ("Putin ha presentato il testo alla Duma il 14 ottobre, quattro mesi dopo che lui e "
         "Kim Jong Un hanno firmato il trattato a Pyongyang.", "it"),
        ("Putin si è recato a Pyongyang a giugno, dove lui e Kim Jong Un hanno firmato il "
         "trattato di partenariato.", "it"),
    ]:
        got = _signing(text, lang)
        assert {("vladimir-putin", "signatory"), ("kim-jong-un", "signatory")} <= got, text


def test_a_pronoun_before_another_verb_is_left_to_its_clause() -> None:
    # only a milestone's verb reads the pronoun after a subordinator here
    text = "Putin said on Friday that he and Kim had not signed any secret protocol."
    assert _types(text, "en") == []


def _ratifiers(text: str, lang: str) -> set[str]:
    return {a for t, p in _milestones(text, lang) if t == "ratification"
            for a, r in p if r == "ratifier"}


def test_two_bodies_before_an_apposition_both_ratify() -> None:
    for text, lang in [
        ("The State Duma and the Federation Council, the upper house of parliament, had both "
         "approved the partnership treaty with North Korea.", "en"),
        ("Putin signed the law ratifying the partnership treaty with North Korea on Saturday, "
         "after the State Duma and the Federation Council, the upper house of parliament, "
         "had both approved the pact.", "en"),
        ("La Duma di Stato e il Consiglio della Federazione, la camera alta del parlamento, "
         "hanno entrambi approvato il trattato con la Corea del Nord.", "it"),
        ("La Douma d'État et le Conseil de la Fédération, la chambre haute du Parlement, ont "
         "tous deux approuvé le traité avec la Corée du Nord.", "fr"),
    ]:
        got = _ratifiers(text, lang)
        assert "state-duma" in got and len(got - {"vladimir-putin"}) == 2, (text, got)


def test_an_upper_house_in_apposition_is_no_lower_house() -> None:
    text = ("The Federation Council, the upper house of parliament, approved the partnership "
            "treaty with North Korea on Wednesday.")
    assert _ratifiers(text, "en") == {"federation-council"}


def test_since_the_signing_with_a_date_or_place_of_its_own_and_no_signer_is_none() -> None:
    # GUIDELINES, settled at the start of session 16: "since the signing of the pact in June"
    # with no signer named only names the treaty
    for text, lang in [
        ("Since the signing of the partnership treaty in Pyongyang in June, Seoul has "
         "accused Moscow of supplying arms to North Korea.", "en"),
        ("Military cooperation has grown since the signing of the Russia-North Korea pact on "
         "June 19.", "en"),
        ("Dalla firma del trattato di partenariato a Pyongyang nel giugno scorso, la "
         "cooperazione militare tra Russia e Corea del Nord è cresciuta.", "it"),
        ("Depuis la signature du traité de partenariat à Pyongyang le 19 juin, la coopération "
         "militaire entre la Russie et la Corée du Nord s'est renforcée.", "fr"),
    ]:
        assert "signing" not in _types(text, lang), text


def test_since_the_signing_alone_is_a_time() -> None:
    for text, lang in [
        ("Since the signing of the partnership treaty, Seoul has accused Moscow of arming "
         "North Korea.", "en"),
        ("Dalla firma del trattato con la Corea del Nord, la cooperazione è cresciuta.", "it"),
        ("Depuis la signature du traité avec la Corée du Nord, la coopération s'est "
         "renforcée.", "fr"),
    ]:
        assert "signing" not in _types(text, lang), text


def test_goods_sent_are_no_submission_when_the_treaty_is_named() -> None:
    for text, lang in [
        ("Since the signing of the partnership treaty in Pyongyang in June, Seoul has accused "
         "Moscow of sending arms to North Korea.", "en"),
        ("Depuis la signature du traité à Pyongyang en juin, Séoul accuse Moscou d'envoyer "
         "des armes à la Corée du Nord.", "fr"),
        ("Dopo la firma del trattato a Pyongyang, Seul accusa Mosca di inviare armi alla "
         "Corea del Nord.", "it"),
    ]:
        assert "submission" not in _types(text, lang), text


def test_a_text_sent_to_a_chamber_is_still_a_submission() -> None:
    for text, lang in [
        ("Putin sent the treaty to the State Duma for ratification on Monday.", "en"),
        ("Putin submitted the treaty to the Duma on Oct. 14, as reports of North Korean arms "
         "shipments grew.", "en"),
        ("Poutine a transmis le traité à la Douma lundi.", "fr"),
        ("Putin ha trasmesso il trattato alla Duma lunedì.", "it"),
    ]:
        assert "submission" in _types(text, lang), text


def _claims(text: str, lang: str) -> list[tuple[str, tuple[str, ...]]]:
    doc = run(text, language=lang, published="2024-12-05")
    return sorted((c["certainty"], tuple(sorted(c["asserted_by"])))
                  for c in doc.document["claims"])


def test_the_treaty_in_force_told_again_by_a_new_source_is_its_claim() -> None:
    # "è", "est", "is" after the treaty's noun is the main verb, no participle
    for text, lang in [
        ("Il trattato tra Russia e Corea del Nord è entrato in vigore mercoledì. Il trattato è "
         "in vigore da mercoledì, ha riferito la Kcna.", "it"),
        ("Il trattato tra Russia e Corea del Nord è entrato in vigore mercoledì. La Kcna ha "
         "riferito che il trattato è in vigore da mercoledì.", "it"),
        ("Le traité entre la Russie et la Corée du Nord est entré en vigueur mercredi. Selon "
         "l'agence KCNA, le traité est en vigueur depuis mercredi.", "fr"),
        ("The treaty between Russia and North Korea entered into force on Wednesday. "
         "According to KCNA, the treaty is in force since Wednesday.", "en"),
    ]:
        assert _types(text, lang) == ["entry_into_force"], text
        assert ("reported", ("kcna",)) in _claims(text, lang), text
