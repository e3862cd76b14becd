"""The treaty's milestones, second round (session 14, dev cases 434-436): an upper house
named by its kind, the same act done again by a new subject ("followed suit", "ha fatto lo
stesso", "a fait de même"), names of bodies with lower-case adjectives, a bare name as the
one who ratifies by decree. Sentences written for these tests in wire style, EN, IT, FR
(no database; the seed document's lexicon)."""

from __future__ import annotations

from tests.test_extract_embedded import events, run


def _ratifiers(d: object) -> list[str]:
    return sorted(a for t, p in events(d) if t == "ratification"  # type: ignore[arg-type]
                  for a, r in p if r == "ratifier")


def _dated(d: object) -> dict[str, str | None]:
    return {next(p["actor"] for p in e["participants"] if p["role"] == "ratifier"):
            (e.get("date") or {}).get("value")
            for e in d.document["events"]  # type: ignore[attr-defined]
            if e["type"] == "ratification"
            and any(p["role"] == "ratifier" for p in e["participants"])}


# --- an upper house named by its kind -----------------------------------------------------


def test_an_upper_house_named_by_its_kind_is_the_states_upper_house() -> None:
    for text, lang in [
        ("The upper chamber of the Russian parliament endorsed the treaty with Pyongyang "
         "on Nov. 6.", "en"),
        ("The State Duma approved the treaty on Oct. 24. The upper house approved it on "
         "Nov. 6.", "en"),
        ("La camera alta del Parlamento russo ha approvato il trattato con Pyongyang il 6 "
         "novembre.", "it"),
        ("La Duma ha ratificato il trattato il 24 ottobre. La camera alta lo ha approvato "
         "il 6 novembre.", "it"),
        ("La chambre haute du Parlement russe a approuvé le traité avec Pyongyang le 6 "
         "novembre.", "fr"),
        ("La Douma a adopté le traité le 24 octobre. La chambre haute l'a approuvé le 6 "
         "novembre.", "fr"),
    ]:
        assert "federation-council" in _ratifiers(run(text, language=lang)), text


def test_an_upper_house_of_no_known_state_or_in_apposition_is_none() -> None:
    assert _ratifiers(run("The upper house approved the bill on Tuesday.")) == []  # no state
    # the name before is the council itself: one ratifier, its settled id (session 16)
    assert _ratifiers(run("Le Conseil de la Fédération, chambre haute du Parlement russe, a "
                          "ratifié mercredi le traité.", language="fr")) == ["federation-council"]


# --- the same act done again by a new subject -----------------------------------------


def test_the_same_act_by_a_new_subject_is_its_own_ratification() -> None:
    for text, lang, who in [
        ("The State Duma ratified the treaty with North Korea on Oct. 24, and the Federation "
         "Council followed suit on Nov. 6.", "en", "federation-council"),
        ("Russia's lower house approved the pact on Oct. 24. The upper house did the same "
         "on Nov. 6.", "en", "federation-council"),
        ("The Duma voted for the treaty on Oct. 24; the Federation Council had done likewise "
         "on Nov. 6.", "en", "federation-council"),
        ("La Duma ha ratificato il trattato il 24 ottobre e il 6 novembre il Consiglio della "
         "Federazione ha fatto lo stesso.", "it", "federation-council"),
        ("La Duma di Stato ha approvato il patto il 24 ottobre. Il 6 novembre la camera alta "
         "ha fatto altrettanto.", "it", "federation-council"),
        ("La Douma a ratifié le traité le 24 octobre, et le Conseil de la Fédération a fait "
         "de même le 6 novembre.", "fr", "federation-council"),
        ("La Douma d'État a adopté le texte le 24 octobre. La chambre haute en a fait autant "
         "le 6 novembre.", "fr", "federation-council"),
    ]:
        d = run(text, language=lang, published="2024-11-13")
        assert _ratifiers(d) == sorted(["state-duma", who]), text
        assert _dated(d) == {"state-duma": "2024-10-24", who: "2024-11-06"}, text


def test_the_same_act_not_done_or_after_another_act_is_none() -> None:
    for text, lang in [
        ("The State Duma ratified the treaty on Oct. 24. The Federation Council is expected "
         "to follow suit next week.", "en"),
        ("The State Duma ratified the treaty on Oct. 24, but the Federation Council has not "
         "yet done the same.", "en"),
        ("The State Duma ratified the treaty on Oct. 24. Japan condemned the move, and South "
         "Korea did the same.", "en"),
        ("La Duma ha ratificato il trattato il 24 ottobre. Il Consiglio della Federazione "
         "farà lo stesso la settimana prossima.", "it"),
        ("La Duma ha ratificato il trattato il 24 ottobre, ma il Consiglio della Federazione "
         "non ha ancora fatto lo stesso.", "it"),
        ("La Douma a ratifié le traité le 24 octobre. Le Conseil de la Fédération devrait "
         "faire de même.", "fr"),
        ("La Douma a ratifié le traité le 24 octobre; le Conseil de la Fédération n'a pas "
         "encore fait de même.", "fr"),
    ]:
        assert _ratifiers(run(text, language=lang)) == ["state-duma"], text


# --- a body's name with lower-case adjectives -------------------------------------------


def test_a_bodys_name_goes_on_with_its_lower_case_adjectives() -> None:
    it = "presidium-dell-assemblea-popolare-suprema"
    fr = "presidium-de-l-assemblee-populaire-supreme"
    for text, lang, who in [
        ("Il Presidium dell'Assemblea popolare suprema ha ratificato il trattato con la "
         "Russia.", "it", it),
        ("Il trattato di partenariato strategico globale con la Russia è stato ratificato con "
         "un decreto del Presidium dell'Assemblea popolare suprema l'11 novembre.", "it", it),
        ("Il Presidium dell'Assemblea popolare suprema ha approvato ieri il patto con Mosca.",
         "it", it),
        ("Le Présidium de l'Assemblée populaire suprême a ratifié le traité avec la Russie.",
         "fr", fr),
        ("Le traité de partenariat stratégique global avec la Russie a été ratifié par un "
         "décret du Présidium de l'Assemblée populaire suprême le 11 novembre.", "fr", fr),
        ("Le Présidium de l'Assemblée populaire suprême a adopté hier le traité avec Moscou.",
         "fr", fr),
    ]:
        assert _ratifiers(run(text, language=lang)) == [who], text


# --- a person of the lexicon named in full without a title ------------------------------


def test_a_known_person_named_in_full_without_a_cue_ratifies() -> None:
    for text, lang in [
        ("Kim Jong Un issued a decree ratifying the treaty with Russia.", "en"),
        ("Kim Jong Un put out a decree on Monday ratifying the pact with Moscow.", "en"),
        ("Il trattato con la Russia è stato ratificato con un decreto di Kim Jong Un.", "it"),
        ("Il decreto di Kim Jong Un che ratifica il trattato con la Russia è stato pubblicato "
         "lunedì.", "it"),
        ("Le traité avec la Russie a été ratifié par un décret de Kim Jong Un.", "fr"),
        ("Kim Jong Un a publié lundi un décret ratifiant le traité avec la Russie.", "fr"),
    ]:
        assert _ratifiers(run(text, language=lang)) == ["kim-jong-un"], text


def test_a_decree_still_to_come_is_no_ratification() -> None:
    for text, lang in [
        ("Kim Jong Un is expected to issue a decree ratifying the treaty with Russia.", "en"),
        ("Il decreto di Kim Jong Un che ratificherà il trattato con la Russia è atteso la "
         "settimana prossima.", "it"),
        ("Kim Jong Un doit encore signer le décret ratifiant le traité avec la Russie.", "fr"),
    ]:
        assert _ratifiers(run(text, language=lang)) == [], text


# --- deputies as the agent: the lower house ---------------------------------------------


def test_deputies_as_the_agent_are_the_lower_house() -> None:
    for text, lang in [
        ("The partnership treaty with North Korea was approved by all 397 deputies of the "
         "State Duma on Oct. 24.", "en"),
        ("The partnership treaty with North Korea was approved by Russian lawmakers on "
         "Oct. 24.", "en"),
        ("Il trattato di partenariato strategico con la Corea del Nord è stato approvato da "
         "tutti i deputati della Duma il 24 ottobre.", "it"),
        ("La Duma si è riunita giovedì. Il trattato di partenariato strategico con la Corea "
         "del Nord è stato approvato da tutti i 397 deputati presenti.", "it"),
        ("Le traité de partenariat stratégique avec la Corée du Nord a été adopté par les "
         "députés russes le 24 octobre.", "fr"),
    ]:
        assert _ratifiers(run(text, language=lang)) == ["state-duma"], text


def test_deputies_of_another_state_are_not_the_duma() -> None:
    text = ("Il trattato di partenariato strategico con la Corea del Nord è stato approvato "
            "dai deputati sudcoreani.")
    assert "state-duma" not in _ratifiers(run(text, language="it"))


def test_a_visit_to_a_person_is_to_the_state_named_after() -> None:
    # (a person is never the visitor of his own state: the Russian Lavrov does not visit
    # Putin in Russia, the North Korean Choe does)
    for text, lang, visitor, host in [
        ("Sergey Lavrov paid a visit to Kim Jong Un in North Korea.", "en", "sergey-lavrov",
         "north-korea"),
        ("Choe Son Hui a rendu visite à Vladimir Poutine en Russie.", "fr", "choe-son-hui",
         "russia"),
        ("Sergueï Lavrov a rendu visite à Kim Jong Un en Corée du Nord.", "fr",
         "sergey-lavrov", "north-korea"),
    ]:
        assert ("visit", {(visitor, "visitor"), (host, "host")}) in events(
            run(text, language=lang)), text


def test_the_decree_taken_up_with_no_signer_is_the_ratification_told() -> None:
    for text, lang in [
        ("Kim Jong Un issued a decree ratifying the treaty with Russia, KCNA said, without "
         "saying when the decree was signed.", "en"),
        ("Kim Jong Un ha ratificato il trattato con la Russia, senza precisare quando il "
         "decreto è stato firmato.", "it"),
    ]:
        rats = [p for t, p in events(run(text, language=lang)) if t == "ratification"]
        assert rats == [{("kim-jong-un", "ratifier"), ("russia", "party")}], text
    # a signer named is a ratification of its own
    d = run("The Duma ratified the treaty with North Korea on Oct. 24, and the law was "
            "signed by Putin on Nov. 9.")
    assert _ratifiers(d) == ["state-duma", "vladimir-putin"]
