"""Who says so and when: attribution and dates of the embedded extractor (no database).
Sentences written here in the style of wire reports, one rule each."""

from __future__ import annotations

from typing import Any

from tests.test_extract_embedded import run


def claims(d: Any) -> set[tuple[str, tuple[str, ...]]]:
    return {(c["certainty"], tuple(c["asserted_by"])) for c in d.document["claims"]}


def dates(d: Any) -> dict[str, str | None]:
    return {e["type"]: (e.get("date") or {}).get("value") for e in d.document["events"]}


def test_the_date_of_an_accusation_is_not_the_date_of_what_it_charges() -> None:
    d = run("NATO accused North Korea on Thursday of shipping missiles to Russia.",
            published="2025-02-14")
    assert dates(d) == {"accusation": "2025-02-13", "supply": None}


def test_a_statement_is_dated_by_its_verb_of_saying() -> None:
    d = run('"We are deeply concerned," Volodymyr Zelensky said on Sunday.',
            published="2025-01-13")
    assert dates(d) == {"statement": "2025-01-12"}


def test_a_source_phrase_ends_at_its_verb_of_saying() -> None:
    d = run("Circa un milione di proiettili sono stati consegnati alla Russia dalla Corea del "
            "Nord, secondo stime dell'intelligence sudcoreana rese note martedì.",
            language="it")
    assert claims(d) == {("reported", ("intelligence-sudcoreana",))}


def test_a_group_of_experts_is_the_source() -> None:
    d = run("La Corée du Nord a livré à la Russie des missiles balistiques, a affirmé un "
            "groupe d'experts mandaté par onze pays.", language="fr")
    assert ("reported", ("groupe-d-experts",)) in claims(d)
    it = run("Secondo fonti dell'intelligence occidentale, la Corea del Nord avrebbe inviato "
             "soldati in Russia.", language="it")
    assert ("alleged", ("fonti-dell-intelligence-occidentale",)) in claims(it)


def test_a_denial_by_someone_with_no_part_in_the_fact_is_not_its_denial() -> None:
    d = run("La Nato ha condannato le forniture di munizioni di Pyongyang a Mosca.\n"
            "Pechino ha respinto le accuse.", language="it")
    assert not any(c["certainty"] == "denied" for c in d.document["claims"])
    moscow = run("La Nato ha condannato le forniture di munizioni di Pyongyang a Mosca.\n"
                 "Mosca ha respinto le accuse.", language="it")
    assert ("denied", ("russia",)) in claims(moscow)


def test_an_agency_named_after_its_description_is_the_source() -> None:
    d = run("Le traité entre la Russie et la Corée du Nord est entré en vigueur, a rapporté "
            "l'agence officielle nord-coréenne KCNA.", language="fr")
    assert ("reported", ("kcna",)) in claims(d)
    src = run("Selon les services de renseignement sud-coréens, Pyongyang aurait livré des "
              "obus à Moscou.", language="fr")
    assert ("alleged", ("services-de-renseignement-sud-coreens",)) in claims(src)


def test_what_follows_que_is_what_is_said_not_who_says_it() -> None:
    d = run("Le Pentagone a confirmé mardi que plus de 10 000 soldats nord-coréens avaient été "
            "déployés dans la région russe de Koursk.", language="fr")
    assert [(e["type"], {(p["actor"], p["role"]) for p in e["participants"]})
            for e in d.document["events"]] == [
        ("deployment", {("north-korea", "sender"), ("russia", "host")})]
    assert claims(d) == {("confirmed", ("pentagon",))}


def test_a_source_after_a_long_title_and_unnamed_lawmakers() -> None:
    d = run("Selon le porte-parole de la diplomatie américaine Matthew Miller, des soldats "
            "nord-coréens combattent aux côtés des forces russes.", language="fr")
    assert ("reported", ("matthew-miller",)) in claims(d)
    en = run("North Korea has sent about 15,000 troops to Russia, South Korean lawmakers said "
             "after a briefing by the National Intelligence Service.")
    assert claims(en) == {("reported", ("south-korean-lawmakers",))}


def test_claims_branded_propaganda_are_denied() -> None:
    d = run("La Corea del Nord ha consegnato alla Russia 150 obici, ha dichiarato Kyrylo "
            "Budanov, capo dell'intelligence militare ucraina.\n"
            "La portavoce della diplomazia russa Maria Zakharova ha bollato le affermazioni "
            "come «pura propaganda».", language="it")
    assert ("denied", ("maria-zakharova",)) in claims(d)


def test_state_television_is_one_source() -> None:
    d = run("Sergey Lavrov e Choe Son Hui hanno firmato un accordo di cooperazione "
            "economica, ha riferito la tv di Stato russa.", language="it")
    assert claims(d) == {("reported", ("tv-di-stato-russa",))}
    assert not any(p["actor"] == "russia" for e in d.document["events"]
                   for p in e["participants"])


def test_who_voices_support_does_it_and_does_not_report_it() -> None:
    d = run("Secondo l'agenzia Tass, Sergey Lavrov ha ribadito il «pieno sostegno» alla "
            "posizione di Pyongyang.", language="it")
    assert claims(d) == {("reported", ("tass",))}


def test_a_denunciation_of_a_violation_of_un_resolutions_is_a_statement() -> None:
    d = run("Séoul a dénoncé une « violation flagrante » des résolutions de l'ONU.",
            language="fr")
    assert [(e["type"], [(p["actor"], p["role"]) for p in e["participants"]])
            for e in d.document["events"]] == [("statement", [("south-korea", "speaker")])]


def test_a_source_named_before_its_noun() -> None:
    d = run("North Korea reportedly shipped ballistic missiles to Russia in March, according "
            "to a report by Japan's Kyodo news agency.", published="2025-04-24")
    assert claims(d) == {("reported", ("kyodo",))}
    assert dates(d) == {"supply": "2025-03"}


def test_signing_a_law_is_no_signing_of_a_treaty() -> None:
    d = run("Il presidente Vladimir Putin ha firmato lunedì la legge che ratifica il trattato "
            "di partenariato strategico globale con la Corea del Nord.", language="it",
            published="2024-10-17")
    assert [e["type"] for e in d.document["events"]] == ["ratification"]


def test_several_agents_of_a_passive_confirmation_all_assert_it() -> None:
    d = run("The deployment of North Korean troops to Russia was confirmed by NATO and the "
            "Pentagon.")
    assert claims(d) == {("confirmed", ("nato", "pentagon"))}
    en = run("The shipments of shells from North Korea to Russia were confirmed by Seoul and "
             "Washington.")
    assert claims(en) == {("confirmed", ("south-korea", "united-states"))}
    it = run("L'invio di truppe nordcoreane in Russia è stato confermato dalla Nato e dal "
             "Pentagono.", language="it")
    assert claims(it) == {("confirmed", ("nato", "pentagon"))}
    fr = run("Le déploiement de soldats nord-coréens en Russie a été confirmé par l'Otan et le "
             "Pentagone.", language="fr")
    assert claims(fr) == {("confirmed", ("nato", "pentagon"))}


def test_who_admits_a_fact_confirms_it() -> None:
    d = run("Pyongyang admitted sending troops to Russia.")
    assert claims(d) == {("confirmed", ("north-korea",))}
    it = run("Mosca ha ammesso che la Corea del Nord ha inviato truppe in Russia.",
             language="it")
    assert claims(it) == {("confirmed", ("russia",))}
    fr = run("Pyongyang a admis avoir envoyé des soldats en Russie.", language="fr")
    assert claims(fr) == {("confirmed", ("north-korea",))}
    rec = run("Moscou a reconnu que la Corée du Nord a envoyé des troupes en Russie.",
              language="fr")
    assert claims(rec) == {("confirmed", ("russia",))}


def test_according_to_the_report_is_the_source_named_before() -> None:
    # (a UN panel is the United Nations: GUIDELINES, settled at the start of session 17;
    # until then an unnamed group, the slug of its description)
    en = run("A UN panel of experts said North Korea shipped artillery shells to Russia.\n"
             "According to the report, Pyongyang also sent ballistic missiles to Moscow.")
    assert claims(en) == {("reported", ("united-nations",))}
    fr = run("Le Pentagone a affirmé que la Corée du Nord a livré des obus à la Russie.\n"
             "D'après le communiqué, Pyongyang a envoyé des troupes en Russie.", language="fr")
    assert claims(fr) == {("reported", ("pentagon",))}
    it = run("Il Pentagono ha affermato che la Corea del Nord ha consegnato proiettili alla "
             "Russia.\nSecondo il rapporto, Pyongyang ha inviato truppe in Russia.",
             language="it")
    assert claims(it) == {("reported", ("pentagon",))}
    agency = run("KCNA reported that North Korea sent troops to Russia.\nThe Pentagon said "
                 "North Korea shipped shells to Russia.\nAccording to the agency, Pyongyang "
                 "also sent missiles to Moscow.")
    assert ("reported", ("kcna",)) in claims(agency)
    assert ("reported", ("pentagon",)) in claims(agency)


def test_the_same_source_is_the_source_named_before() -> None:
    en = run("The Pentagon said North Korea shipped shells to Russia.\nThe same source said "
             "Pyongyang also sent troops to Russia.")
    assert claims(en) == {("reported", ("pentagon",))}
    fr = run("Le Pentagone a affirmé que la Corée du Nord a livré des obus à la Russie.\n"
             "Selon la même source, Pyongyang a envoyé des troupes en Russie.", language="fr")
    assert claims(fr) == {("reported", ("pentagon",))}
    it = run("Il Pentagono ha affermato che la Corea del Nord ha consegnato proiettili alla "
             "Russia.\nLa stessa fonte riferisce che Pyongyang ha inviato truppe in Russia.",
             language="it")
    assert claims(it) == {("reported", ("pentagon",))}


def test_a_study_or_a_statement_named_again_is_its_source() -> None:
    en = run("The Pentagon said North Korea shipped shells to Russia.\nThe study said "
             "Pyongyang also sent troops to Russia.")
    assert claims(en) == {("reported", ("pentagon",))}
    st = run("NATO said in a statement that North Korea shipped shells to Russia.\n"
             "According to the statement, Pyongyang also sent troops to Russia.")
    assert claims(st) == {("reported", ("nato",))}
    it = run("Il Pentagono ha affermato che la Corea del Nord ha consegnato proiettili alla "
             "Russia.\nSecondo lo studio, Pyongyang ha inviato truppe in Russia.",
             language="it")
    assert claims(it) == {("reported", ("pentagon",))}
    new = run("The Pentagon said North Korea shipped shells to Russia.\nAccording to a "
              "report, Pyongyang also sent troops to Russia.")
    assert [c["asserted_by"] for c in new.document["claims"]].count(["pentagon"]) == 1


def by_type(d: Any) -> dict[str, set[tuple[str, tuple[str, ...]]]]:
    evs = {e["id"]: e["type"] for e in d.document["events"]}
    out: dict[str, set[tuple[str, tuple[str, ...]]]] = {}
    for c in d.document["claims"]:
        out.setdefault(evs[c["event"]], set()).add((c["certainty"], tuple(c["asserted_by"])))
    return out


def test_a_denial_denies_only_the_facts_it_names() -> None:
    d = run("North Korea shipped artillery shells to Russia and sent troops to Kursk, the "
            "Pentagon said.\nMoscow denied sending troops.")
    assert by_type(d) == {"deployment": {("reported", ("pentagon",)), ("denied", ("russia",))},
                          "supply": {("reported", ("pentagon",))}}
    arms = run("North Korea sent troops to Russia and shipped shells to Moscow, according to "
               "Seoul.\nMoscow dismissed reports of arms deliveries.")
    assert by_type(arms) == {"deployment": {("reported", ("south-korea",))},
                             "supply": {("reported", ("south-korea",)), ("denied", ("russia",))}}
    it = run("Secondo Seul, la Corea del Nord ha inviato truppe in Russia e ha consegnato "
             "proiettili a Mosca.\nPyongyang ha negato di aver inviato soldati.", language="it")
    assert by_type(it)["supply"] == {("reported", ("south-korea",))}
    assert ("denied", ("north-korea",)) in by_type(it)["deployment"]
    fr = run("Selon Séoul, la Corée du Nord a envoyé des troupes en Russie et a livré des obus "
             "à Moscou.\nMoscou a démenti les informations sur des livraisons d'armes.",
             language="fr")
    assert by_type(fr)["deployment"] == {("reported", ("south-korea",))}
    assert ("denied", ("russia",)) in by_type(fr)["supply"]
    both = run("North Korea sent troops to Russia and shipped shells to Moscow, according to "
               "Seoul.\nMoscow denied the reports.")
    assert all(("denied", ("russia",)) in v for v in by_type(both).values())


def test_a_named_source_with_a_conditional_of_hearsay_alleges() -> None:
    it = run("Il Pentagono ha detto che la Corea del Nord avrebbe inviato truppe in Russia.",
             language="it")
    assert claims(it) == {("alleged", ("pentagon",))}
    fr = run("La Corée du Nord aurait livré des missiles à la Russie, a indiqué Séoul.",
             language="fr")
    assert claims(fr) == {("alleged", ("south-korea",))}
    kyiv = run("Des soldats nord-coréens auraient été déployés en Russie, selon Kiev.",
               language="fr")
    assert claims(kyiv) == {("alleged", ("ukraine",))}
    bare = run("La Corea del Nord avrebbe consegnato missili alla Russia.", language="it")
    assert claims(bare) == {("alleged", ())}


def test_reportedly_is_reported_by_nobody_named() -> None:
    assert claims(run("North Korea has reportedly shipped missiles to Russia.")) == {
        ("reported", ())}
    assert claims(run("North Korean troops are said to have been deployed to Russia.")) == {
        ("reported", ())}
    assert claims(run("North Korea is reported to have sent troops to Russia.")) == {
        ("reported", ())}


def test_a_few_quoted_words_inside_a_told_fact_do_not_make_it_speech() -> None:
    en = run("North Korean leader Kim Jong Un received Sergei Shoigu in Pyongyang and promised "
             "\"firm support\" for Russia, KCNA said.")
    assert by_type(en)["meeting"] == {("reported", ("kcna",))}
    it = run("Il leader nordcoreano Kim Jong Un ha ricevuto Sergei Lavrov a Wonsan e ha "
             "promesso un sostegno «totale» alla Russia, riferisce l'agenzia Tass.",
             language="it")
    assert by_type(it) == {"meeting": {("reported", ("tass",))},
                           "support": {("reported", ("tass",))}}
    fr = run("Le dirigeant nord-coréen Kim Jong Un a reçu Sergueï Choïgou à Pyongyang et a "
             "promis un soutien « total » à la Russie, a rapporté l'agence KCNA.",
             language="fr")
    assert by_type(fr)["meeting"] == {("reported", ("kcna",))}
    said = run("Kim Jong Un met Sergei Shoigu in Pyongyang and said: \"We will always stand "
               "with Russia.\"")
    assert by_type(said)["meeting"] == {("confirmed", ())}


def test_the_military_said_is_the_military_source_named_before() -> None:
    en = run("South Korea's Joint Chiefs of Staff said North Korea sent troops to Russia.\n"
             "The military also said North Korea had shipped shells to Russia.")
    assert claims(en) == {("reported", ("joint-chiefs-of-staff",))}
    it = run("Lo Stato maggiore congiunto sudcoreano ha detto che la Corea del Nord ha inviato "
             "truppe in Russia.\nL'esercito ha aggiunto che Pyongyang ha consegnato proiettili "
             "a Mosca.", language="it")
    assert len(claims(it)) == 1 and len(it.document["claims"]) == 2
    fr = run("L'état-major interarmées sud-coréen a affirmé que la Corée du Nord a envoyé des "
             "troupes en Russie.\nL'armée a ajouté que Pyongyang a livré des obus à Moscou.",
             language="fr")
    assert len(claims(fr)) == 1 and len(fr.document["claims"]) == 2
    agency = run("KCNA said Kim Jong Un met Sergei Shoigu in Pyongyang.\nThe agency also said "
                 "North Korea had shipped shells to Russia.")
    assert claims(agency) == {("reported", ("kcna",))}


def test_who_published_a_report_is_the_source_it_refers_to_later() -> None:
    # (a UN panel is the United Nations: GUIDELINES, settled at the start of session 17;
    # until then an unnamed group, the slug of its description)
    en = run("A UN panel of experts published a report on Monday.\nAccording to the report, "
             "North Korea shipped artillery shells to Russia.")
    assert claims(en) == {("reported", ("united-nations",))}
    it = run("Il Pentagono ha pubblicato un rapporto martedì.\nSecondo il rapporto, la Corea "
             "del Nord ha inviato truppe in Russia.", language="it")
    assert claims(it) == {("reported", ("pentagon",))}
    fr = run("L'Otan a publié un communiqué mardi.\nSelon le communiqué, la Corée du Nord a "
             "envoyé des troupes en Russie.", language="fr")
    assert claims(fr) == {("reported", ("nato",))}
    st = run("NATO issued a statement on Tuesday.\nThe statement said North Korea sent troops "
             "to Russia.")
    assert claims(st) == {("reported", ("nato",))}


def evidence(d: Any) -> list[tuple[str, tuple[str, ...], int]]:
    return [(c["certainty"], tuple(c["asserted_by"]), len(c["evidence"]))
            for c in d.document["claims"]]


def test_a_claim_told_again_is_one_claim_with_both_quotes() -> None:
    d = run("Kim Jong Un met Vladimir Putin in Moscow.\nKim Jong Un also met Vladimir Putin at "
            "the Kremlin.")
    assert evidence(d) == [("confirmed", (), 2)]
    it = run("La Corea del Nord ha inviato truppe in Russia, secondo Seul.\nSeul ha detto che "
             "la Corea del Nord ha inviato truppe in Russia.", language="it")
    assert evidence(it) == [("reported", ("south-korea",), 2)]
    fr = run("Moscou a démenti que la Corée du Nord a envoyé des troupes en Russie.\nMoscou a "
             "encore démenti que la Corée du Nord a envoyé des troupes en Russie.",
             language="fr")
    assert evidence(fr) == [("denied", ("russia",), 2)]


def test_a_report_by_nobody_named_joins_the_named_report() -> None:
    d = run("North Korea shipped shells to Russia, the Pentagon said.\nNorth Korea has "
            "reportedly shipped shells to Russia.")
    assert evidence(d) == [("reported", ("pentagon",), 2)]
    first = run("North Korea has reportedly shipped shells to Russia.\nNorth Korea shipped "
                "shells to Russia, the Pentagon said.")
    assert evidence(first) == [("reported", ("pentagon",), 1)]
    alone = run("North Korea has reportedly shipped shells to Russia.")
    assert evidence(alone) == [("reported", (), 1)]


def test_an_unnamed_source_of_a_capital_keeps_the_capital_in_its_name() -> None:
    it = run("La Corea del Nord avrebbe inviato truppe in Russia, secondo l'intelligence di "
             "Seul.", language="it")
    assert claims(it) == {("alleged", ("intelligence-di-seul",))}
    kyiv = run("Secondo un alto funzionario di Kiev, la Corea del Nord ha consegnato missili "
               "alla Russia.", language="it")
    assert claims(kyiv) == {("reported", ("alto-funzionario-di-kiev",))}
    fr = run("Selon une source diplomatique de Séoul, la Corée du Nord a envoyé des troupes en "
             "Russie.", language="fr")
    assert claims(fr) == {("reported", ("source-diplomatique-de-seoul",))}


def test_a_denial_of_a_sources_claims_denies_what_that_source_told() -> None:
    en = run("Seoul said North Korea shipped missiles to Russia.\nNorth Korea has allegedly "
             "also sent troops to Russia.\nMoscow called Seoul's claims \"unfounded\".")
    assert by_type(en) == {"supply": {("reported", ("south-korea",)), ("denied", ("russia",))},
                           "deployment": {("alleged", ())}}
    pentagon = run("The Pentagon said North Korea shipped missiles to Russia.\nKyiv said North "
                   "Korea also sent troops to Russia.\nMoscow dismissed the Pentagon's claims.")
    assert by_type(pentagon)["deployment"] == {("reported", ("ukraine",))}
    assert ("denied", ("russia",)) in by_type(pentagon)["supply"]
    it = run("Secondo Seul, la Corea del Nord ha consegnato missili alla Russia.\nKiev ha detto "
             "che la Corea del Nord ha inviato truppe in Russia.\nMosca ha respinto le accuse "
             "di Seul.", language="it")
    assert by_type(it)["deployment"] == {("reported", ("ukraine",))}
    assert ("denied", ("russia",)) in by_type(it)["supply"]
    fr = run("Selon Séoul, la Corée du Nord a livré des missiles à la Russie.\nKiev a affirmé "
             "que la Corée du Nord a envoyé des troupes en Russie.\nMoscou a rejeté les "
             "accusations de Séoul.", language="fr")
    assert by_type(fr)["deployment"] == {("reported", ("ukraine",))}
    assert ("denied", ("russia",)) in by_type(fr)["supply"]


def test_a_condemnation_of_a_fact_told_before_alleges_it() -> None:
    en = run("North Korea confirmed that it had sent troops to Russia.\nSeoul condemned "
             "Pyongyang and Moscow for the deployment.")
    assert by_type(en)["deployment"] == {("confirmed", ("north-korea",)),
                                         ("alleged", ("south-korea",))}
    it = run("La Corea del Nord ha confermato di aver inviato truppe in Russia.\nSeul ha "
             "condannato Pyongyang e Mosca per il dispiegamento.", language="it")
    assert ("alleged", ("south-korea",)) in by_type(it)["deployment"]
    fr = run("La Corée du Nord a confirmé avoir envoyé des troupes en Russie.\nSéoul a condamné "
             "Pyongyang et Moscou pour ce déploiement.", language="fr")
    assert ("alleged", ("south-korea",)) in by_type(fr)["deployment"]


# --- round of 137-148: other ways of telling who says so ---------------------------------


def claims_of(d: Any, event_type: str) -> set[tuple[str, tuple[str, ...]]]:
    ids = {e["id"] for e in d.document["events"] if e["type"] == event_type}
    return {(c["certainty"], tuple(c["asserted_by"])) for c in d.document["claims"]
            if c["event"] in ids}


def test_the_conditional_of_any_verb_is_hearsay() -> None:
    d = run("D'après Kiev, des ingénieurs militaires nord-coréens épauleraient les troupes "
            "russes.", language="fr")
    assert claims_of(d, "military_assistance") == {("alleged", ("ukraine",))}
    d = run("Secondo Kiev, la Corea del Nord spedirebbe proiettili alla Russia.",
            language="it")
    assert claims_of(d, "supply") == {("alleged", ("ukraine",))}
    # a modal tells a possible fact, no hearsay; a noun ending alike is no verb
    d = run("Selon Kiev, la Corée du Nord a livré des obus à la Russie, ce qui pourrait "
            "prolonger la guerre.", language="fr")
    assert claims_of(d, "supply") == {("reported", ("ukraine",))}
    # the conditional of a relative clause is that clause's
    d = run("La Corée du Nord a envoyé des troupes en Russie, ce qui violerait les "
            "résolutions de l'ONU, selon Séoul.", language="fr")
    assert claims_of(d, "deployment") == {("reported", ("south-korea",))}
    d = run("La Corea del Nord ha inviato truppe in Russia, il che violerebbe le risoluzioni "
            "dell'Onu, secondo Seul.", language="it")
    assert claims_of(d, "deployment") == {("reported", ("south-korea",))}


def test_a_capitalised_adjective_before_a_source_noun_is_no_name() -> None:
    d = run("North Korean soldiers are fighting alongside Russian units, Western diplomats "
            "told reporters.")
    assert claims_of(d, "military_assistance") == {("reported", ("western-diplomats",))}
    # a name before a source noun still names the source
    d = run("North Korea shipped missiles to Russia, Japan's Kyodo news agency said.")
    assert claims_of(d, "supply") == {("reported", ("kyodo",))}


def test_an_unnamed_source_keeps_the_words_before_its_demonym() -> None:
    d = run("La Corea del Nord ha inviato soldati in Russia, secondo i servizi segreti "
            "sudcoreani.", language="it")
    assert claims_of(d, "deployment") == {("reported", ("servizi-segreti-sudcoreani",))}
    d = run("Des soldats nord-coréens se trouvent en Russie, ont annoncé les médias "
            "officiels sud-coréens.", language="fr")
    assert claims_of(d, "deployment") == {("reported", ("medias-officiels-sud-coreens",))}
    # a singular collective before "de": the whole phrase
    d = run("Des soldats nord-coréens se trouvent en Russie, a affirmé le service de "
            "renseignement sud-coréen.", language="fr")
    assert claims_of(d, "deployment") == {
        ("reported", ("national-intelligence-service",))}


def test_a_source_named_after_its_description_in_apposition_or_parentheses() -> None:
    d = run("North Korea has shipped artillery systems to Moscow, Ukraine's military "
            "intelligence agency, the HUR, said.")
    assert claims_of(d, "supply") == {("reported", ("hur",))}
    d = run("La Corée du Nord a fourni des obus à la Russie, selon l'agence de renseignement "
            "militaire ukrainienne (HUR).", language="fr")
    assert claims_of(d, "supply") == {("reported", ("hur",))}
    # a person after the title that holds the source noun, between commas
    d = run("Des soldats nord-coréens combattent aux côtés des forces russes, a déclaré le "
            "chef du renseignement militaire ukrainien, Kyrylo Boudanov.", language="fr")
    assert claims_of(d, "military_assistance") == {("reported", ("kyrylo-boudanov",))}
    # a state after the source's comma is what is told, not the source's name
    d = run("Secondo fonti diplomatiche, Mosca ha fornito missili alla Corea del Nord.",
            language="it")
    assert claims_of(d, "supply") == {("reported", ("fonti-diplomatiche",))}


def test_a_verb_of_saying_after_a_name_ending_in_an_article_like_word() -> None:
    # "Un" of "Kim Jong Un" is no article: "riferisce" stays a verb of saying
    d = run("Il ministro russo Sergei Shoigu è stato ricevuto dal leader nordcoreano Kim "
            "Jong Un, riferisce l'agenzia russa Tass.", language="it")
    assert claims_of(d, "meeting") == {("reported", ("tass",))}


def test_a_source_with_its_demonym_after_it_before_the_verb() -> None:
    d = run("L'intelligence ucraina sostiene che Pyongyang abbia fornito a Mosca obici "
            "semoventi.", language="it")
    assert claims_of(d, "supply") == {("reported", ("intelligence-ucraina",))}
    d = run("Le renseignement sud-coréen affirme que Pyongyang a livré des obus à Moscou.",
            language="fr")
    assert claims_of(d, "supply") == {("reported", ("renseignement-sud-coreen",))}


def test_the_source_noun_again_is_the_source_named_before() -> None:
    d = run("North Korea has shipped munitions to Russia, American defence officials said. "
            "Moscow has provided Pyongyang with air-defence systems in return, the officials "
            "added.")
    assert claims_of(d, "supply") == {("reported", ("american-defence-officials",))}
    # with no source of that noun before, the phrase is a source of its own
    d = run("North Korea has shipped munitions to Russia, the officials said.")
    assert claims_of(d, "supply") == {("reported", ("officials",))}


def test_according_to_him_opening_a_sentence_is_the_person_who_spoke() -> None:
    d = run("Des soldats nord-coréens combattent aux côtés des forces russes, a déclaré le "
            "chef du renseignement militaire ukrainien Kyrylo Boudanov. Selon lui, Pyongyang a "
            "aussi livré des lance-roquettes à Moscou.", language="fr")
    assert claims_of(d, "supply") == {("reported", ("kyrylo-boudanov",))}
    d = run("North Korean troops are fighting alongside Russian units, Ukrainian Foreign "
            "Minister Andrii Sybiha said. According to him, Pyongyang has also shipped "
            "missiles to Moscow.")
    assert claims_of(d, "supply") == {("reported", ("andrii-sybiha",))}


def test_the_allegations_are_every_fact_of_their_kind_their_source_told() -> None:
    d = run("North Korea has shipped munitions to Russia, American defence officials said. "
            "Moscow has provided Pyongyang with air-defence systems in return, the officials "
            "added. Russia's ambassador in Washington, Anatoly Antonov, called the "
            "allegations \"a fabrication\" and insisted that his country had received no "
            "weapons from Pyongyang.")
    assert {(e["participants"][0]["actor"], c["certainty"], tuple(c["asserted_by"]))
            for e in d.document["events"] for c in d.document["claims"]
            if c["event"] == e["id"] and c["certainty"] == "denied"} == {
        ("north-korea", "denied", ("anatoly-antonov",)),
        ("russia", "denied", ("anatoly-antonov",))}


def test_these_reports_are_every_report_since_the_last_denial() -> None:
    d = run("Quelque 10 000 soldats nord-coréens se trouvent en Russie, a affirmé le service "
            "de renseignement sud-coréen. Des soldats nord-coréens auraient combattu aux "
            "côtés des forces russes, selon le Pentagone. Pyongyang a qualifié ces "
            "informations de « rumeurs sans fondement ».", language="fr")
    assert ("denied", ("north-korea",)) in claims_of(d, "deployment")
    assert ("denied", ("north-korea",)) in claims_of(d, "military_assistance")
    # a fact charged by accusers is no report
    d = run("Seoul and Tokyo condemned Moscow's transfer of military technology to "
            "Pyongyang. More than 10,000 North Korean soldiers have been moved to Russia, "
            "according to a senior South Korean military official. Russia's ambassador to "
            "the United Nations, Vassily Nebenzia, called the reports \"a lie\".")
    assert ("denied", ("vassily-nebenzia",)) in claims_of(d, "deployment")
    assert ("denied", ("vassily-nebenzia",)) not in claims_of(d, "supply")


def test_a_confirmation_with_no_fact_of_its_own_confirms_the_fact_told_before() -> None:
    d = run("North Korea has shipped munitions to Russia, American defence officials said. "
            "Moscow has provided Pyongyang with air-defence systems in return, the officials "
            "added. Seoul confirmed the munitions shipments later in the day.")
    assert {(e["participants"][0]["actor"], c["certainty"], tuple(c["asserted_by"]))
            for e in d.document["events"] for c in d.document["claims"]
            if c["event"] == e["id"] and c["certainty"] == "confirmed"} == {
        ("north-korea", "confirmed", ("south-korea",))}
    # no confirmation: "neither ... nor"
    d = run("Seoul says North Korean troops have been sent to Russia. Neither Moscow nor "
            "Pyongyang has publicly confirmed the deployment.")
    assert claims_of(d, "deployment") == {("reported", ("south-korea",))}


def test_who_cites_a_source_says_it_too() -> None:
    d = run("South Korea's Yonhap news agency, citing a government source, said North Korea "
            "had sent about 1,000 more troops to Russia.")
    assert claims_of(d, "deployment") == {("reported", ("government-source", "yonhap"))}
    d = run("Seoul, citing intelligence officials, said North Korea had sent troops to "
            "Russia.")
    assert claims_of(d, "deployment") == {
        ("reported", ("intelligence-officials", "south-korea"))}
    d = run("L'agenzia Yonhap, citando fonti governative, ha riferito che la Corea del Nord "
            "ha inviato truppe in Russia.", language="it")
    assert claims_of(d, "deployment") == {("reported", ("fonti-governative", "yonhap"))}
    # citing no actor: the one who cites alone
    d = run("Le renseignement sud-coréen, citant des images satellites, a affirmé que la "
            "Corée du Nord a envoyé des troupes en Russie.", language="fr")
    assert claims_of(d, "deployment") == {("reported", ("renseignement-sud-coreen",))}


def test_a_negation_of_another_clause_leaves_the_verb_of_saying() -> None:
    d = run("The Pentagon, which had earlier declined to comment, confirmed on Monday that "
            "North Korean troops were in Russia.")
    assert claims_of(d, "deployment") == {("confirmed", ("pentagon",))}
    d = run("The Pentagon declined to confirm that North Korean troops were in Russia.")
    assert ("confirmed", ("pentagon",)) not in claims_of(d, "deployment")


def test_a_denial_in_a_relative_clause_after_the_fact() -> None:
    d = run("Pyongyang a fourni des missiles à Moscou, ce que le Kremlin a toujours nié.",
            language="fr")
    assert claims_of(d, "supply") == {("confirmed", ()), ("denied", ("russia",))}
    d = run("Pyongyang ha fornito missili a Mosca, cosa che il Cremlino ha sempre negato.",
            language="it")
    assert claims_of(d, "supply") == {("confirmed", ()), ("denied", ("russia",))}
    # the fact told as what is denied: no claim of the text's own
    d = run("La Corée du Nord a envoyé des troupes en Russie, a démenti Moscou.",
            language="fr")
    assert claims_of(d, "deployment") == {("denied", ("russia",))}
    d = run("Moscou dément avoir reçu des armes de Pyongyang.", language="fr")
    assert claims_of(d, "supply") == {("denied", ("russia",))}


def test_a_verb_of_saying_with_no_subject_named_is_the_source_before() -> None:
    d = run("North Korea sent troops to Russia, the National Intelligence Service said on "
            "Monday. It added that Russia had supplied North Korea with air-defence systems.")
    assert claims_of(d, "supply") == {("reported", ("national-intelligence-service",))}
    assert claims_of(d, "deployment") == {("reported", ("national-intelligence-service",))}
    d = run("Selon le Pentagone, la Corée du Nord a envoyé des troupes en Russie. Moscou a "
            "livré en échange des missiles à Pyongyang, précise-t-il.", language="fr")
    assert claims_of(d, "supply") == {("reported", ("pentagon",))}
    d = run("Il ministro degli Esteri ucraino Andrii Sybiha ha affermato che la Corea del Nord "
            "ha inviato truppe in Russia. Pyongyang ha anche fornito missili a Mosca, ha poi "
            "aggiunto.", language="it")
    assert claims_of(d, "supply") == {("reported", ("andrii-sybiha",))}
    # "it" is no person
    d = run("Ukrainian Foreign Minister Andrii Sybiha said North Korea had sent troops to "
            "Russia. It added that Russia had supplied North Korea with air-defence systems.")
    assert ("reported", ("andrii-sybiha",)) not in claims_of(d, "supply")


def test_a_state_before_an_organisation_across_a_comma_is_not_its_state() -> None:
    d = run("North Korea sent troops to Russia, the Multilateral Sanctions Monitoring Team "
            "said.")
    assert claims_of(d, "deployment") == {
        ("reported", ("multilateral-sanctions-monitoring-team",))}


def test_the_source_before_an_aside_or_after_an_inverted_verb() -> None:
    d = run("Un haut responsable américain, s'exprimant sous couvert d'anonymat, a pour sa "
            "part confirmé la présence de soldats nord-coréens en Russie.", language="fr")
    assert claims_of(d, "deployment") == {("confirmed", ("haut-responsable-americain",))}
    d = run("Un alto funzionario sudcoreano, parlando in condizione di anonimato, ha "
            "confermato la presenza di truppe nordcoreane in Russia.", language="it")
    assert claims_of(d, "deployment") == {("confirmed", ("alto-funzionario-sudcoreano",))}
    d = run("Le renseignement sud-coréen a pour sa part confirmé que des soldats "
            "nord-coréens combattent aux côtés des forces russes.", language="fr")
    assert claims_of(d, "military_assistance") == {
        ("confirmed", ("renseignement-sud-coreen",))}
    d = run("North Korea has sent troops to Russia, said a spokesman for the Pentagon.")
    assert claims_of(d, "deployment") == {("reported", ("pentagon",))}
    # "said Russia had supplied": the name after is what is told
    d = run("Seoul said Russia had supplied North Korea with air-defence systems.")
    assert claims_of(d, "supply") == {("reported", ("south-korea",))}


def test_a_collective_source_keeps_its_whole_description() -> None:
    d = run("North Korea has supplied Russia with ballistic missiles, a panel of United "
            "Nations sanctions monitors said.")
    # (with an organisation's name the description is that organisation: GUIDELINES, settled
    # at the start of session 17; until then these were groups named by their description)
    assert claims_of(d, "supply") == {("reported", ("united-nations",))}
    d = run("Secondo un gruppo di esperti delle Nazioni Unite, missili balistici sono stati "
            "forniti a Mosca da Pyongyang.", language="it")
    assert claims_of(d, "supply") == {("reported", ("united-nations",))}
    d = run("North Korea has supplied Russia with ballistic missiles, a panel of independent "
            "sanctions monitors said.")
    assert claims_of(d, "supply") == {
        ("reported", ("panel-of-independent-sanctions-monitors",))}


def test_a_denial_of_a_sources_findings_named_by_its_noun() -> None:
    d = run("North Korea has supplied Russia with ballistic missiles, a panel of United "
            "Nations sanctions monitors said. Pyongyang has allegedly also shipped shells to "
            "Moscow. Russia's envoy Dmitry Polyanskiy called the panel's findings "
            "\"unfounded\".")
    evs = {e["id"]: e for e in d.document["events"]}
    denied = [c for c in d.document["claims"] if c["certainty"] == "denied"]
    assert len(denied) == 1
    assert ("reported", ["united-nations"]) in [  # (the UN panel: session 17)
        (c["certainty"], c["asserted_by"]) for c in d.document["claims"]
        if c["event"] == denied[0]["event"]]
    assert evs[denied[0]["event"]]["type"] == "supply"


def test_a_denial_that_names_one_side_denies_the_fact_with_that_side() -> None:
    d = run("La Corea del Nord ha fornito alla Russia pezzi d'artiglieria, secondo Seul. "
            "Secondo fonti dell'intelligence sudcoreana, in cambio Mosca avrebbe trasferito a "
            "Pyongyang sistemi antiaerei. L'ambasciatore russo a Seul, Georgy Zinoviev, ha "
            "negato che il suo Paese abbia ricevuto armamenti nordcoreani.", language="it")
    denied = {(e["participants"][0]["actor"], e["participants"][0]["role"])
              for e in d.document["events"] for c in d.document["claims"]
              if c["event"] == e["id"] and c["certainty"] == "denied"}
    assert denied == {("north-korea", "supplier")}


def test_a_source_closing_a_clause_between_commas_is_not_the_verbs_subject() -> None:
    d = run("The Multilateral Sanctions Monitoring Team (MSMT), set up after Moscow vetoed "
            "the renewal of a UN panel of experts, said Russia had supplied Pyongyang with "
            "air defence systems.")
    assert claims_of(d, "supply") == {
        ("reported", ("multilateral-sanctions-monitoring-team",))}


def test_who_tells_a_denial_of_another_denies_nothing() -> None:
    d = run("North Korea shipped shells to Russia, Seoul said. Pyongyang rejected the report "
            "as \"a fabrication by hostile forces\", the official Korean Central News Agency "
            "said.")
    assert claims_of(d, "supply") == {("reported", ("south-korea",)),
                                      ("denied", ("north-korea",))}
    # two denials, one by a verb of denial, one by the words a speaker calls it
    d = run("North Korea sent troops to Russia, Seoul said. The Kremlin has dismissed such "
            "reports as \"fake news\", while Pyongyang has called them \"groundless "
            "rumours\".")
    assert ("denied", ("north-korea",)) in claims_of(d, "deployment")
    assert ("denied", ("russia",)) in claims_of(d, "deployment")


def test_the_source_before_a_participle_clause_and_hedges_of_belief() -> None:
    d = run("South Korean lawmakers, briefed by the spy agency, said North Korea had sent "
            "troops to Russia.")
    assert claims_of(d, "deployment") == {("reported", ("south-korean-lawmakers",))}
    d = run("North Korea is thought to have sent more troops to Russia, according to Seoul.")
    assert claims_of(d, "deployment") == {("alleged", ("south-korea",))}


def test_adverbs_of_likelihood_hedge() -> None:
    d = run("La Corée du Nord a vraisemblablement livré des missiles à la Russie.",
            language="fr")
    assert claims_of(d, "supply") == {("alleged", ())}
    d = run("La Corea del Nord ha probabilmente fornito missili alla Russia, secondo Seul.",
            language="it")
    assert claims_of(d, "supply") == {("alleged", ("south-korea",))}
    d = run("North Korea has probably shipped missiles to Russia, the Pentagon said.")
    assert claims_of(d, "supply") == {("alleged", ("pentagon",))}
    d = run("À en croire Kiev, Pyongyang a livré des obus à Moscou.", language="fr")
    assert claims_of(d, "supply") == {("reported", ("ukraine",))}


def test_who_confirms_that_its_soldiers_did_it_is_the_doer() -> None:
    for text, language in (
            ("North Korea confirmed that its soldiers had fought alongside Russian forces.",
             "en"),
            ("La Corea del Nord ha ammesso che i suoi soldati hanno combattuto a fianco delle "
             "forze russe.", "it"),
            ("La Corée du Nord a reconnu que ses soldats avaient combattu aux côtés des "
             "forces russes.", "fr")):
        d = run(text, language=language)
        assert claims_of(d, "military_assistance") == {("confirmed", ("north-korea",))}
    # a person's "his country" is not the person
    d = run("L'ambasciatore russo Georgy Zinoviev ha negato che il suo Paese abbia ricevuto "
            "armamenti nordcoreani.", language="it")
    assert all(p["actor"] != "georgy-zinoviev" for e in d.document["events"]
               for p in e["participants"])


def test_make_known_is_a_verb_of_saying() -> None:
    d = run("La Corea del Nord ha inviato truppe in Russia, ha fatto sapere il Pentagono.",
            language="it")
    assert claims_of(d, "deployment") == {("reported", ("pentagon",))}
    d = run("Le Pentagone a fait savoir que la Corée du Nord a envoyé des troupes en Russie.",
            language="fr")
    assert claims_of(d, "deployment") == {("reported", ("pentagon",))}
