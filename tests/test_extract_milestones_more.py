"""The treaty's milestones told in less common ways (session 14, milestones round, dev cases
401-408): steps still pending, bills adopted, approvals told by a noun with their agents,
parties that are states. Each mechanism is checked on sentences written for these tests in
wire style, in EN, IT and FR (no database; the seed document's lexicon)."""

from __future__ import annotations

from tests.test_extract_embedded import events, run


def _types(d: object) -> list[str]:
    return [t for t, _ in events(d)]  # type: ignore[arg-type]


def _ratifiers(d: object) -> list[str]:
    return sorted(a for t, p in events(d) if t == "ratification"  # type: ignore[arg-type]
                  for a, r in p if r == "ratifier")


# --- a step still pending is no event -----------------------------------------------------


def test_a_pending_ratification_is_no_event() -> None:
    for text, lang in [
        ("Pyongyang's ratification is still pending.", "en"),
        ("North Korea's ratification of the pact remains pending.", "en"),
        ("The ratification by North Korea is still pending.", "en"),
        ("La ratifica da parte di Pyongyang è ancora in attesa.", "it"),
        ("La ratifica nordcoreana del trattato resta in sospeso.", "it"),
        ("La ratification par Pyongyang est toujours en attente.", "fr"),
        ("La ratification nord-coréenne du traité reste en suspens.", "fr"),
    ]:
        assert "ratification" not in _types(run(text, language=lang)), text


def test_what_must_still_be_done_is_no_event() -> None:
    for text, lang in [
        ("La Corea del Nord deve ancora ratificare il trattato.", "it"),
        ("Pyongyang deve ancora approvare il trattato con Mosca.", "it"),
        ("I due Paesi devono ancora scambiarsi gli strumenti di ratifica del trattato.", "it"),
        ("La Corée du Nord doit encore ratifier le traité.", "fr"),
        ("Le traité n'a pas encore été ratifié par Pyongyang.", "fr"),
        ("North Korea has yet to ratify the treaty.", "en"),
        ("The treaty must still be approved by the Federation Council.", "en"),
    ]:
        assert "ratification" not in _types(run(text, language=lang)), text


# --- a bill adopted is a ratification, a bill submitted a submission ---------------------


def test_a_bill_adopted_is_ratified() -> None:
    d = run("Les députés russes ont adopté jeudi le projet de loi ratifiant le traité avec la "
            "Corée du Nord.", language="fr", published="2024-10-25")
    assert _ratifiers(d) == ["state-duma"]
    d = run("La Douma d'État a approuvé le projet de loi de ratification du traité avec "
            "Pyongyang.", language="fr")
    assert _ratifiers(d) == ["state-duma"]
    d = run("La Duma di Stato ha approvato il disegno di legge di ratifica del trattato con la "
            "Corea del Nord.", language="it")
    assert _ratifiers(d) == ["state-duma"]
    d = run("La Duma ha adottato giovedì il progetto di legge che ratifica il patto con "
            "Pyongyang.", language="it", published="2024-10-25")
    assert _ratifiers(d) == ["state-duma"]
    for text, lang in [
        ("Il disegno di legge di ratifica del trattato è stato presentato alla Duma da Putin "
         "il 14 ottobre.", "it"),
        ("Poutine a soumis à la Douma le projet de loi de ratification du traité.", "fr"),
        ("Vladimir Poutine a transmis le projet de loi sur le traité à la Douma.", "fr"),
    ]:
        d = run(text, language=lang)
        assert _types(d) == ["submission"], text


# --- who ratifies, named after a noun of approval ----------------------------------------


def _ratifications(d: object) -> dict[str, tuple[set[tuple[str, str]], str | None]]:
    out = {}
    for e in d.document["events"]:  # type: ignore[attr-defined]
        if e["type"] == "ratification":
            who = next((p["actor"] for p in e["participants"] if p["role"] == "ratifier"), "")
            out[who] = ({(p["actor"], p["role"]) for p in e["participants"]
                         if p["role"] != "ratifier"}, (e.get("date") or {}).get("value"))
    return out


def test_the_agents_of_a_noun_of_approval_ratify() -> None:
    d = run("The move followed the pact's approval by the State Duma on Oct. 24 and by the "
            "Federation Council on Nov. 6.", published="2024-11-12")
    r = _ratifications(d)
    assert r["state-duma"] == (set(), "2024-10-24")
    assert r["federation-council"] == (set(), "2024-11-06")
    d = run("Putin signed the ratification law on Nov. 9, after a vote of the Federation "
            "Council on Nov. 6.", published="2024-11-12")
    assert set(_ratifications(d)) == {"vladimir-putin", "federation-council"}
    d = run("Putin ha firmato la legge di ratifica sabato, dopo l'approvazione da parte del "
            "Consiglio della Federazione il 6 novembre.", language="it", published="2024-11-12")
    r = _ratifications(d)
    assert r["federation-council"][1] == "2024-11-06"
    assert r["vladimir-putin"][1] == "2024-11-09"
    d = run("Il trattato tra Russia e Corea del Nord è entrato in vigore ieri. A Mosca, la "
            "legge di ratifica era stata promulgata da Vladimir Putin il 9 novembre, dopo il "
            "voto favorevole della Duma e del Consiglio della Federazione.",
            language="it", published="2024-12-05")
    r = _ratifications(d)
    assert set(r) == {"vladimir-putin", "state-duma", "federation-council"}
    assert r["state-duma"] == ({("russia", "party")}, None)  # no date of its own
    d = run("Vladimir Poutine a promulgué la loi de ratification du traité, après un vote de "
            "la Douma le 24 octobre.", language="fr", published="2024-11-12")
    assert set(_ratifications(d)) == {"vladimir-putin", "state-duma"}
    d = run("Côté russe, la loi de ratification a été promulguée samedi par Poutine, après son "
            "adoption par la Douma le 24 octobre et son approbation par le Conseil de la "
            "Fédération le 6 novembre.", language="fr", published="2024-11-12")
    r = _ratifications(d)
    assert r["federation-council"] == ({("russia", "party")}, "2024-11-06")
    assert r["state-duma"] == ({("russia", "party")}, "2024-10-24")


def test_a_decree_of_a_body_is_its_ratification() -> None:
    d = run("Da parte nordcoreana, la ratifica era stata sancita l'11 novembre con un decreto "
            "del Presidium dell'Assemblea popolare suprema.", language="it",
            published="2024-12-05")
    r = _ratifications(d)
    assert len(r) == 1 and next(iter(r)).startswith("presidium")
    assert next(iter(r.values())) == ({("north-korea", "party")}, "2024-11-11")


def test_a_missing_signature_ratifies_nothing() -> None:
    d = run("Il trattato con la Corea del Nord è stato ratificato dalla Duma il 24 ottobre; "
            "manca soltanto la firma del presidente Vladimir Putin.", language="it")
    assert set(_ratifications(d)) == {"state-duma"}


# --- a treaty's parties are states --------------------------------------------------------


def test_a_body_is_no_party() -> None:
    d = run("The pact, which the Duma adopted on Oct. 24, now goes to the Federation Council.")
    assert {k: v[0] for k, v in _ratifications(d).items()} == {"state-duma": set()}


def test_a_capital_opening_a_milestone_names_its_party() -> None:
    d = run("Il trattato tra Russia e Corea del Nord è entrato in vigore ieri. A Mosca, la "
            "legge di ratifica era stata promulgata da Vladimir Putin il 9 novembre.",
            language="it")
    assert _ratifications(d)["vladimir-putin"][0] == {("russia", "party")}
    d = run("In Moscow, the State Duma ratified the treaty on Thursday.")
    assert _ratifications(d)["state-duma"][0] == {("russia", "party")}
    # a place that is no party's stays a place
    d = run("In Seoul, officials said the State Duma had ratified the treaty on Thursday.")
    assert _ratifications(d)["state-duma"][0] == set()


# --- who votes for a ratification, however far the noun -----------------------------------


def test_who_voted_for_the_ratification_ratifies() -> None:
    d = run("La Douma d'État a voté jeudi à l'unanimité en faveur de la ratification du traité "
            "de partenariat stratégique global conclu avec la Corée du Nord.", language="fr",
            published="2024-10-25")
    assert _ratifications(d) == {"state-duma": ({("north-korea", "party")}, "2024-10-24")}
    d = run("La Duma di Stato ha votato giovedì all'unanimità a favore della ratifica del "
            "trattato con la Corea del Nord.", language="it", published="2024-10-25")
    assert _ratifications(d) == {"state-duma": ({("north-korea", "party")}, "2024-10-24")}
    d = run("The State Duma on Thursday voted unanimously in favour of ratifying the treaty "
            "with North Korea.", published="2024-10-25")
    assert _ratifications(d) == {"state-duma": ({("north-korea", "party")}, "2024-10-24")}
    d = run("The State Duma voted in favor of the treaty with North Korea.")
    assert set(_ratifications(d)) == {"state-duma"}


# --- what is to come "before" a step still to come has not happened ------------------------


def test_a_step_after_one_still_to_come_is_no_event() -> None:
    for text, lang in [
        ("The two sides must still exchange instruments of ratification before the treaty "
         "can take effect.", "en"),
        ("The treaty must still be approved by the Federation Council before it can enter "
         "into force.", "en"),
        ("The treaty must be approved by the Federation Council before being signed into law "
         "by Putin.", "en"),
        ("Il trattato dovrà ora essere esaminato dal Consiglio della Federazione, la camera "
         "alta, prima di essere firmato da Putin.", "it"),
        ("Le texte doit encore être approuvé par le Conseil de la Fédération avant d'être "
         "promulgué par Vladimir Poutine.", "fr"),
        ("Le traité devra être ratifié par les deux pays avant qu'il puisse entrer en "
         "vigueur.", "fr"),
    ]:
        assert _types(run(text, language=lang)) == [], text
    # a step told before "before" that happened: the one after it happened too
    d = run("Il trattato era stato approvato dalla Duma prima di essere firmato da Putin il 9 "
            "novembre.", language="it")
    assert set(_ratifications(d)) == {"state-duma", "vladimir-putin"}


# --- the law approved, told as the subject of a passive -----------------------------------


def test_the_law_passed_by_a_chamber_is_its_ratification() -> None:
    d = run("Il presidente russo Vladimir Putin ha firmato sabato la legge che ratifica il "
            "trattato con la Corea del Nord. La legge era stata approvata il 6 novembre dal "
            "Consiglio della Federazione e il 24 ottobre dalla Duma di Stato.", language="it",
            published="2024-11-11")
    r = _ratifications(d)
    assert r["federation-council"][1] == "2024-11-06"
    assert r["state-duma"][1] == "2024-10-24"
    d = run("Putin signed the law ratifying the treaty with North Korea on Saturday. The law "
            "had been passed by the State Duma on Oct. 24.", published="2024-11-11")
    assert set(_ratifications(d)) == {"vladimir-putin", "state-duma"}
    d = run("Poutine a promulgué samedi la loi ratifiant le traité avec la Corée du Nord. Le "
            "texte avait été adopté par la Douma le 24 octobre.", language="fr",
            published="2024-11-11")
    assert set(_ratifications(d)) == {"vladimir-putin", "state-duma"}
    # no ratification told before: a law passed is no treaty's
    d = run("The law had been passed by the State Duma on Oct. 24.")
    assert _ratifications(d) == {}


# --- a chamber's backing is its vote; a state's is a stance -------------------------------


def test_a_chamber_backing_the_treaty_ratifies_it() -> None:
    d = run("The pact was backed by the State Duma, the lower house, on Oct. 24.",
            published="2024-11-07")
    assert _ratifications(d) == {"state-duma": (set(), "2024-10-24")}
    d = run("The State Duma backed the treaty with North Korea on Oct. 24.")
    assert events(d) == [("ratification", {("state-duma", "ratifier"),
                                           ("north-korea", "party")})]
    d = run("Russian lawmakers on Thursday backed the treaty with North Korea.")
    assert set(_ratifications(d)) == {"state-duma"}
    assert "support" not in _types(d)
    d = run("China backed the pact between Russia and North Korea.")
    assert "ratification" not in _types(d)


# --- a milestone taken up by its noun is the one told before -------------------------------


def test_a_milestone_taken_up_by_its_noun_is_no_new_one() -> None:
    d = run("Il presidente russo Vladimir Putin ha firmato sabato la legge che ratifica il "
            "trattato con la Corea del Nord. Con la firma del capo del Cremlino si è conclusa "
            "la procedura di ratifica da parte russa.", language="it")
    assert _types(d) == ["ratification"]
    d = run("The State Duma ratified the treaty with North Korea on Oct. 24. The ratification "
            "process ended with the signature of the Russian president.")
    assert _types(d) == ["ratification"]
    d = run("Poutine a promulgué samedi la loi ratifiant le traité avec la Corée du Nord. La "
            "signature du chef du Kremlin clôt la procédure de ratification côté russe.",
            language="fr")
    assert _types(d) == ["ratification"]
    # with a date of its own, another ratification
    d = run("The State Duma ratified the treaty with North Korea on Oct. 24. North Korea's "
            "ratification followed on Nov. 11.", published="2024-11-12")
    assert len(_types(d)) == 2


# --- a ministry written in lower case after its state -------------------------------------


def test_a_lowercase_ministry_after_its_state_is_the_ministry() -> None:
    d = run('South Korea\'s foreign ministry said the treaty posed "a serious threat" to '
            "regional security.")
    assert events(d) == [("statement", {("south-korea-foreign-ministry", "speaker")})]
    d = run("The South Korean defence ministry said North Korea had sent troops to Russia.")
    claims = d.document["claims"]  # type: ignore[attr-defined]
    assert claims[0]["asserted_by"] == ["south-korea-defence-ministry"]
    d = run("The Russian foreign ministry said the treaty had entered into force.")
    assert d.document["claims"][0]["asserted_by"] == [  # type: ignore[attr-defined]
        "russia-foreign-ministry"]


# --- entry into force: every form, its source, its parties --------------------------------

_SIGNED = "Putin signed the treaty with North Korea in June. "


def _in_force(d: object) -> list[tuple[set[tuple[str, str]], list[tuple[str, list[str]]]]]:
    doc = d.document  # type: ignore[attr-defined]
    return [({(p["actor"], p["role"]) for p in e["participants"]},
             [(c["certainty"], c["asserted_by"]) for c in doc["claims"] if c["event"] == e["id"]])
            for e in doc["events"] if e["type"] == "entry_into_force"]


BOTH = {("russia", "party"), ("north-korea", "party")}


def test_a_treaty_taking_effect_is_told_by_its_source() -> None:
    # after the treaty's noun, a verb of taking effect is the main verb, no participle
    assert _in_force(run(_SIGNED + "The treaty took effect on Wednesday, Lavrov said.")) == [
        (BOTH, [("reported", ["sergey-lavrov"])])]
    assert _in_force(run(_SIGNED + "The treaty entered into force on Wednesday, the Kremlin "
                         "said.")) == [(BOTH, [("reported", ["russia"])])]
    assert _in_force(run(_SIGNED + "The pact came into force on Dec. 4, according to the "
                         "Russian foreign ministry.")) == [
        (BOTH, [("reported", ["russia-foreign-ministry"])])]


def test_every_form_of_taking_effect() -> None:
    for text, lang in [
        (_SIGNED + "The mutual defence treaty became effective on Wednesday.", "en"),
        (_SIGNED + "The exchange of instruments of ratification on Wednesday brought the "
         "treaty into force.", "en"),
        (_SIGNED + "The treaty's entry into force on Wednesday drew condemnation from Seoul.",
         "en"),
        ("Poutine et Kim ont signé le traité entre la Russie et la Corée du Nord en juin. Le "
         "pacte a pris effet le 4 décembre.", "fr"),
    ]:
        assert [p for p, _ in _in_force(run(text, language=lang))] == [BOTH], text
    for text, lang in [
        (_SIGNED + "Ahead of the treaty's entry into force, Seoul voiced concern.", "en"),
        (_SIGNED + "The treaty is due to enter into force once instruments of ratification "
         "are exchanged.", "en"),
        ("Poutine et Kim ont signé le traité entre la Russie et la Corée du Nord en juin. Le "
         "pacte prendra effet après l'échange des instruments de ratification.", "fr"),
    ]:
        assert _in_force(run(text, language=lang)) == [], text


# --- a bill sent or received is no ratification --------------------------------------------


def test_a_bill_sent_for_ratification_is_a_submission_only() -> None:
    for text, lang in [
        ("Putin sent the treaty with North Korea to the Duma for ratification on Monday.",
         "en"),
        ("Putin ha inviato il trattato alla Duma per la ratifica il 14 ottobre.", "it"),
        ("Poutine a envoyé le traité à la Douma pour ratification.", "fr"),
    ]:
        assert events(run(text, language=lang)) == [
            ("submission", {("vladimir-putin", "submitter"), ("state-duma", "recipient")})], text


def test_a_ratification_bill_only_named_is_no_ratification() -> None:
    for text, lang in [
        ("The State Duma received the ratification bill from Putin on Oct. 14.", "en"),
        ("La Douma a reçu de Poutine le projet de loi de ratification du traité.", "fr"),
        ("La Douma a commencé l'examen du projet de loi de ratification du traité avec "
         "Pyongyang.", "fr"),
    ]:
        assert _types(run(text, language=lang)) == [], text
    # passed or signed, it is one
    d = run("La Douma a adopté le projet de loi de ratification du traité.", language="fr")
    assert _ratifiers(d) == ["state-duma"]
    d = run("Russian President Vladimir Putin signed the ratification bill into law on "
            "Saturday.")
    assert _ratifiers(d) == ["vladimir-putin"]


def test_steps_only_planned_or_negated_are_no_events() -> None:
    for text, lang in [
        ("The ratification vote in the Duma is scheduled for Oct. 24.", "en"),
        ("The State Duma began debating the ratification bill on Wednesday.", "en"),
        ("Russian lawmakers are set to approve the treaty with North Korea.", "en"),
        ("The Duma's vote on the treaty was postponed.", "en"),
        ("Putin non ha ancora firmato la legge di ratifica.", "it"),
        ("Il voto della Duma sul trattato è stato rinviato.", "it"),
        ("La Duma inizierà mercoledì l'esame del disegno di legge di ratifica.", "it"),
        ("Poutine n'a pas encore promulgué la loi de ratification.", "fr"),
        ("La Douma examinera le projet de loi de ratification le 24 octobre.", "fr"),
    ]:
        assert "ratification" not in _types(run(text, language=lang)), text


def test_a_ratification_told_again_is_the_same_with_its_source() -> None:
    d = run("La Duma di Stato ha approvato giovedì la legge di ratifica del trattato con la "
            "Corea del Nord. Secondo il presidente della Duma Vyacheslav Volodin, il testo è "
            "stato approvato dalla Duma all'unanimità.", language="it")
    doc = d.document  # type: ignore[attr-defined]
    assert [e["type"] for e in doc["events"]] == ["ratification"]
    assert {(c["certainty"], tuple(c["asserted_by"])) for c in doc["claims"]} == {
        ("confirmed", ()), ("reported", ("vyacheslav-volodin",))}


def test_the_date_of_the_chambers_is_not_the_signer_s() -> None:
    d = run("Vladimir Poutine a signé la loi ratifiant le traité, adoptée par la Douma le 24 "
            "octobre et par le Conseil de la Fédération le 6 novembre.", language="fr",
            published="2024-11-12")
    r = _ratifications(d)
    assert r["vladimir-putin"][1] is None
    assert r["state-duma"][1] == "2024-10-24"
    assert r["federation-council"][1] == "2024-11-06"


def test_signed_into_law_of_the_treaty_told_before() -> None:
    d = run("The State Duma ratified the treaty with North Korea on Oct. 24. Putin signed it "
            "into law on Nov. 9.", published="2024-11-12")
    assert set(_ratifications(d)) == {"state-duma", "vladimir-putin"}
    d = run("The State Duma ratified the treaty with North Korea on Oct. 24. Putin signed the "
            "bill into law on Nov. 9.", published="2024-11-12")
    assert _ratifications(d)["vladimir-putin"][1] == "2024-11-09"
    # a law of no treaty, or a signature still to come, is none
    assert _types(run("Putin signed into law a bill on foreign agents on Monday.")) == []
    d = run("The Federation Council endorsed the treaty with North Korea on Wednesday, "
            "clearing the way for President Vladimir Putin to sign it into law.")
    assert set(_ratifications(d)) == {"federation-council"}
    assert _types(run("The vote paved the way for Putin to ratify the treaty.")) == []


def test_the_law_signed_or_promulgated_once_a_ratification_is_told() -> None:
    told = {"it": "La Duma ha ratificato il trattato con la Corea del Nord il 24 ottobre. ",
            "fr": "La Douma a ratifié le traité avec la Corée du Nord le 24 octobre. ",
            "en": "The State Duma ratified the treaty with North Korea on Oct. 24. "}
    for text, lang in [
        ("Putin l'ha firmato il 9 novembre.", "it"),
        ("Il 9 novembre Putin ha promulgato la legge.", "it"),
        ("Poutine l'a promulgué le 9 novembre.", "fr"),
        ("Le 9 novembre, Vladimir Poutine a signé la loi.", "fr"),
        ("Putin signed the law on Nov. 9.", "en"),
    ]:
        d = run(told[lang] + text, language=lang, published="2024-11-12")
        assert _ratifications(d)["vladimir-putin"][1] == "2024-11-09", text
    # the treaty signed, a law of no treaty: no ratification
    for text, lang in [
        ("Putin e Kim hanno firmato il trattato tra Russia e Corea del Nord a giugno.", "it"),
        ("Putin ha firmato una legge sui media stranieri.", "it"),
        ("Poutine et Kim ont signé le traité entre la Russie et la Corée du Nord en juin.", "fr"),
        ("Putin and Kim signed the treaty between Russia and North Korea in June.", "en"),
        ("Putin signed a law on foreign agents.", "en"),
    ]:
        assert "ratification" not in _types(run(text, language=lang)), text


def test_the_signature_of_the_ratification_law_is_a_ratification() -> None:
    d = run("Putin's signature of the ratification law on Saturday completed the process.",
            published="2024-11-12")
    assert _ratifications(d) == {"vladimir-putin": (set(), "2024-11-09")}
    d = run("La signature par Poutine de la loi de ratification du traité avec la Corée du "
            "Nord est intervenue samedi.", language="fr", published="2024-11-12")
    assert _ratifications(d) == {"vladimir-putin": ({("north-korea", "party")}, "2024-11-09")}


def test_a_ratification_debated_or_defended_is_none() -> None:
    for text, lang in [
        ("Addressing the Duma before the vote, Rudenko defended the ratification of the "
         "treaty.", "en"),
        ("The State Duma debated the ratification of the treaty on Thursday.", "en"),
        ("Intervenendo alla Duma, il viceministro Andrei Rudenko ha difeso la ratifica del "
         "trattato.", "it"),
        ("Avant le vote, le vice-ministre Andreï Roudenko a défendu la ratification du traité "
         "devant la Douma.", "fr"),
        ("La Douma a débattu jeudi de la ratification du traité.", "fr"),
    ]:
        assert "ratification" not in _types(run(text, language=lang)), text
    d = run("La Douma a achevé jeudi la ratification du traité avec la Corée du Nord.",
            language="fr")
    assert _ratifiers(d) == ["state-duma"]


def test_an_approval_with_no_object_once_a_ratification_is_told() -> None:
    for text, lang, who in [
        ("The State Duma ratified the treaty with North Korea on Oct. 24. The Federation "
         "Council gave its approval on Nov. 6.", "en", "federation-council"),
        ("The State Duma ratified the treaty with North Korea on Oct. 24. The Federation "
         "Council gave the green light on Nov. 6.", "en", "federation-council"),
        ("La Duma ha ratificato il trattato con la Corea del Nord il 24 ottobre. Il 6 novembre "
         "è arrivato il via libera del Consiglio della Federazione.", "it",
         "federation-council"),
        ("La Douma a ratifié le traité avec la Corée du Nord le 24 octobre. Le Conseil de la "
         "Fédération a donné son feu vert le 6 novembre.", "fr", "federation-council"),
    ]:
        d = run(text, language=lang, published="2024-11-12")
        assert _ratifications(d)[who][1] == "2024-11-06", text
    d = run("The State Duma ratified the treaty with North Korea on Oct. 24. Seoul gave its "
            "approval to new sanctions on Nov. 6.", published="2024-11-12")
    assert set(_ratifications(d)) == {"state-duma"}
