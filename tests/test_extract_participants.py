"""The embedded extractor on who takes part in an event: coordinated actors, "between X
and Y", passive agents, recipients and addressees in prepositional phrases, names that
belong to another clause or another event of the sentence. Each mechanism is checked on
sentences written for these tests (not taken from the gold texts), in English, Italian and
French; no database (the seed document's lexicon).
"""

from __future__ import annotations

from loaders.text.embedded import split_sentences
from tests.test_extract_embedded import claims, events, run

LAVROV_CHOE = ("meeting", {("sergey-lavrov", "participant"), ("choe-son-hui", "participant")})
PUTIN_LAVROV = ("meeting", {("vladimir-putin", "participant"), ("sergey-lavrov", "participant")})
RU_NK_COOP = ("cooperation", {("russia", "partner"), ("north-korea", "partner")})
LAVROV_VISIT_NK = ("visit", {("sergey-lavrov", "visitor"), ("north-korea", "host")})


def types(d: object) -> list[str]:
    return [t for t, _ in events(d)]  # type: ignore[arg-type]


# --- a milestone named by its noun is a time, it does not stop the talks -----------------


def test_the_signing_as_a_noun_leaves_the_talks_a_meeting() -> None:
    d = run("The signing followed two hours of talks between Vladimir Putin and Sergey Lavrov.")
    assert PUTIN_LAVROV in events(d)
    d = run("Before the signing, Sergey Lavrov held talks with Choe Son Hui.")
    assert LAVROV_CHOE in events(d)
    d = run("La firma è arrivata dopo un lungo colloquio tra Vladimir Putin e Sergej Lavrov.",
            language="it")
    assert PUTIN_LAVROV in events(d)
    d = run("La signature a suivi un entretien entre Vladimir Poutine et Sergueï Lavrov.",
            language="fr")
    assert PUTIN_LAVROV in events(d)


# --- a subordinate clause with its own subject has its own participants -------------------


def test_a_subordinate_clause_with_its_own_subject_keeps_its_names() -> None:
    d = run("Military cooperation between Moscow and Pyongyang has expanded since Sergey "
            "Lavrov travelled to North Korea.")
    assert RU_NK_COOP in events(d)
    assert LAVROV_VISIT_NK in events(d)
    d = run("Ties between Russia and North Korea have grown stronger since Lavrov visited "
            "Pyongyang last year.")
    assert RU_NK_COOP in events(d)
    d = run("La cooperazione militare tra Mosca e Pyongyang è cresciuta da quando Lavrov ha "
            "visitato la Corea del Nord.", language="it")
    assert RU_NK_COOP in events(d)
    assert LAVROV_VISIT_NK in events(d)
    d = run("La coopération entre Moscou et Pyongyang s'est renforcée depuis que Lavrov a "
            "visité la Corée du Nord.", language="fr")
    assert RU_NK_COOP in events(d)
    assert LAVROV_VISIT_NK in events(d)
    # "depuis" alone is a preposition: the names after it are still the sentence's
    d = run("La coopération militaire s'est intensifiée depuis le sommet entre la Russie et "
            "la Corée du Nord.", language="fr")
    assert RU_NK_COOP in events(d)


def test_cooperation_is_told_by_its_kind_or_its_growth() -> None:
    for text, lang in [
            ("Cooperation between Moscow and Pyongyang has strengthened.", "en"),
            ("Ties between Russia and North Korea have deepened.", "en"),
            ("La collaborazione tra Mosca e Pyongyang si è rafforzata.", "it"),
            ("La cooperazione tecnico-militare tra Russia e Corea del Nord è aumentata.", "it"),
            ("Les liens entre Moscou et Pyongyang se sont approfondis.", "fr"),
            ("La coopération stratégique entre la Russie et la Corée du Nord s'est accrue.",
             "fr")]:
        assert RU_NK_COOP in events(run(text, language=lang)), text


def test_an_agreement_or_a_decision_to_cooperate_is_no_cooperation() -> None:
    for text, lang in [
            ("Moscow and Pyongyang agreed on expanding their military cooperation.", "en"),
            ("Russia and North Korea decided to deepen their cooperation.", "en"),
            ("Mosca e Pyongyang hanno deciso di ampliare la cooperazione militare.", "it"),
            ("Russia e Corea del Nord hanno concordato di rafforzare i legami.", "it"),
            ("Moscou et Pyongyang ont convenu de renforcer leur coopération militaire.", "fr"),
            ("La Russie et la Corée du Nord ont décidé de renforcer leurs liens.", "fr")]:
        assert "cooperation" not in types(run(text, language=lang)), text


# --- a meeting named again by its noun is the meeting told before --------------------------


def test_the_meeting_named_again_is_no_new_meeting() -> None:
    for text, lang in [
            ("Sergey Lavrov met Choe Son Hui in Moscow. The meeting came a week after the "
             "State Duma ratified the treaty between Russia and North Korea.", "en"),
            ("Sergej Lavrov ha incontrato Choe Son Hui a Mosca. Seul e Tokyo hanno condannato "
             "i colloqui.", "it"),
            ("Sergueï Lavrov a rencontré Choe Son Hui à Moscou. Séoul et Tokyo ont critiqué "
             "les entretiens, selon la Maison Bleue.", "fr")]:
        d = run(text, language=lang)
        meetings = [p for t, p in events(d) if t == "meeting"]
        assert meetings == [LAVROV_CHOE[1]], (text, events(d))
    # the talks "between", "with" someone tell who met
    d = run("Sergey Lavrov met Choe Son Hui in Moscow. The talks between Vladimir Putin and "
            "Choe Son Hui followed on Monday.")
    assert ("meeting", {("vladimir-putin", "participant"), ("choe-son-hui", "participant")}) \
        in events(d)


# --- two meeting nouns, each with its own "with": two meetings of the one subject ---------


def test_two_meeting_nouns_with_their_own_partners_are_two_meetings() -> None:
    lavrov_putin = ("meeting", {("sergey-lavrov", "participant"),
                                ("vladimir-putin", "participant")})
    for text, lang in [
            ("Lavrov held talks with Choe Son Hui on Saturday, followed by a meeting with "
             "President Vladimir Putin on Sunday.", "en"),
            ("Sergey Lavrov had a meeting with Choe Son Hui and then talks with Vladimir "
             "Putin.", "en"),
            ("Sabato Lavrov ha avuto un colloquio con la sua omologa Choe Son Hui, seguito "
             "domenica da un incontro con il presidente Vladimir Putin.", "it"),
            ("Lavrov a eu un entretien avec Choe Son Hui samedi, puis une rencontre avec le "
             "président Vladimir Poutine dimanche.", "fr")]:
        found = [e for e in events(run(text, language=lang)) if e[0] == "meeting"]
        assert LAVROV_CHOE in found and lavrov_putin in found and len(found) == 2, (text, found)


# --- whom support is told to is not whom it is for ------------------------------------------


def test_support_is_for_its_nouns_complement_not_whom_it_is_told_to() -> None:
    choe_for_russia = ("support", {("choe-son-hui", "supporter"), ("russia", "supported")})
    for text, lang, want in [
            ("Choe Son Hui a exprimé à Lavrov son soutien total à la Russie.", "fr",
             choe_for_russia),
            ("Choe Son Hui ha espresso a Lavrov il pieno sostegno alla Russia.", "it",
             choe_for_russia),
            ("Choe Son Hui expressed to Lavrov her full support for Russia.", "en",
             choe_for_russia),
            ("Choe Son Hui assured Lavrov of her country's full support for Russia.", "en",
             choe_for_russia),
            # a state's support voiced by a person is the person's, as "her country's"
            # (GUIDELINES, settled in session 13)
            ("Choe Son Hui ha ribadito a Lavrov il sostegno di Pyongyang a Mosca.", "it",
             choe_for_russia),
            ("Choe Son Hui a assuré Lavrov du soutien de Pyongyang à la Russie.", "fr",
             choe_for_russia)]:
        found = [e for e in events(run(text, language=lang)) if e[0] == "support"]
        assert found == [want], (text, found)
    # the verb's own object before the noun is whom it is for ("promised Moscow support")
    d = run("Choe Son Hui ha promesso a Mosca un sostegno totale.", language="it")
    assert choe_for_russia in events(d)
    # a name after "said" is what is said's subject, not whom it is said to
    d = run("Sergey Lavrov said Pyongyang had shipped shells to Moscow.")
    assert ("supply", {("north-korea", "supplier"), ("russia", "recipient")}) in events(d)


# --- passive agents with their titles ----------------------------------------------------

SIGNED = ("signing", {("vladimir-putin", "signatory"), ("kim-jong-un", "signatory"),
                      ("russia", "party"), ("north-korea", "party")})


def test_each_titled_agent_of_a_passive_signing_signs() -> None:
    for text, lang in [
            ("The treaty between Russia and North Korea was signed on Wednesday by Russian "
             "President Vladimir Putin and North Korean leader Kim Jong Un.", "en"),
            ("Il trattato tra Russia e Corea del Nord è stato firmato ieri dal presidente "
             "russo Vladimir Putin e dal leader nordcoreano Kim Jong Un.", "it"),
            ("Le traité entre la Russie et la Corée du Nord a été signé mercredi par le "
             "président russe Vladimir Poutine et le dirigeant nord-coréen Kim Jong Un.", "fr")]:
        assert SIGNED in events(run(text, language=lang)), text
    d = run("Il trattato è stato firmato da Vladimir Putin e Sergej Lavrov.", language="it")
    assert any(t == "signing" and {("vladimir-putin", "signatory"),
                                   ("sergey-lavrov", "signatory")} <= p for t, p in events(d))
    # a name after another preposition signed nothing
    d = run("The treaty was signed in Pyongyang during a visit by Sergey Lavrov.")
    assert not any(("sergey-lavrov", "signatory") in p for _, p in events(d))


def test_each_agent_of_a_ratification_laws_passives_ratifies() -> None:
    duma = ("ratification", {("state-duma", "ratifier")})
    putin = ("ratification", {("vladimir-putin", "ratifier")})
    for text, lang in [
            ("The ratification law was passed by the State Duma on Oct. 24 and signed by "
             "President Vladimir Putin on Nov. 9.", "en"),
            ("La legge di ratifica era stata approvata dalla Duma di Stato il 24 ottobre e "
             "firmata dal presidente Vladimir Putin il 9 novembre.", "it"),
            ("La loi de ratification a été adoptée par la Douma le 24 octobre et signée par "
             "le président Vladimir Poutine le 9 novembre.", "fr")]:
        d = run(text, language=lang, published="2024-12-01")
        found = events(d)
        assert duma in found and putin in found, (text, found)
        assert "signing" not in types(d), text
        dates = sorted(e["date"]["value"] for e in d.document["events"])
        assert dates == ["2024-10-24", "2024-11-09"], (text, dates)


def test_a_ratification_is_of_the_treaty_named_before() -> None:
    d = run("The mutual defence treaty between Russia and North Korea entered into force on "
            "Wednesday. It followed a ratification decree signed by North Korean leader Kim "
            "Jong Un.")
    assert ("ratification", {("kim-jong-un", "ratifier"), ("north-korea", "party")}) \
        in events(d)


# --- coordinated addressees; what an appeal asks for is no event ---------------------------


def test_coordinated_addressees_of_an_appeal_are_all_addressed() -> None:
    both = {("ukraine", "appellant"), ("china", "addressee"), ("india", "addressee")}
    for text, lang in [
            ("Kyiv called on China and India to condemn the cooperation.", "en"),
            ("Kyiv appealed to China and to India for restraint.", "en"),
            ("Kiev ha chiesto alla Cina e all'India di condannare la cooperazione.", "it"),
            ("Kiev ha esortato la Cina e l'India a condannare la cooperazione.", "it"),
            ("Kiev a appelé la Chine et l'Inde à condamner cette coopération.", "fr"),
            ("Kiev a exhorté la Chine et l'Inde à agir.", "fr")]:
        d = run(text, language=lang)
        assert events(d) == [("appeal", both)], (text, events(d))
    d = run("Kiev ha chiesto alla Cina e alla Russia di rispettare le sanzioni.", language="it")
    assert ("appeal", {("ukraine", "appellant"), ("china", "addressee"),
                       ("russia", "addressee")}) in events(d)


def test_an_appeal_in_other_words_is_an_appeal() -> None:
    for text, lang in [
            ("Kyiv pleaded with Beijing to restrain Pyongyang.", "en"),
            ("Ukraine lobbied China to stop buying Russian oil.", "en"),
            ("Kiev ha pregato Pechino di intervenire.", "it"),
            ("L'Ucraina ha sollecitato la Cina a intervenire.", "it"),
            ("Kiev a prié Pékin d'intervenir.", "fr"),
            ("L'Ukraine a enjoint la Chine de cesser ses achats.", "fr")]:
        d = run(text, language=lang)
        assert ("appeal", {("ukraine", "appellant"), ("china", "addressee")}) in events(d), \
            (text, events(d))


# --- a part of a country is the country; what is not said; abbreviated titles -------------

DEPLOYED = ("deployment", {("north-korea", "sender"), ("russia", "host")})


def test_a_part_of_a_country_hosts_as_the_country() -> None:
    for text, lang in [
            ("North Korean troops were moved to the west of Russia.", "en"),
            ("North Korea sent troops to the border region of Russia.", "en"),
            ("Pyongyang ha inviato soldati nell'ovest della Russia.", "it"),
            ("Quelque 3 000 soldats nord-coréens ont été acheminés vers l'ouest de la Russie.",
             "fr")]:
        assert DEPLOYED in events(run(text, language=lang)), text


def test_a_verb_of_saying_after_without_says_nothing() -> None:
    for text, lang in [
            ("The Pentagon confirmed the presence of North Korean troops in Russia without "
             "saying how many.", "en"),
            ("Il Pentagono ha confermato la presenza di truppe nordcoreane in Russia, senza "
             "precisarne il numero.", "it"),
            ("Le Pentagone a confirmé la présence de troupes nord-coréennes en Russie, sans "
             "préciser leur nombre.", "fr")]:
        d = run(text, language=lang)
        assert DEPLOYED in events(d), text
        assert claims(d, "deployment") == [("confirmed", ["pentagon"])], text


def test_an_abbreviated_title_ends_no_sentence() -> None:
    d = run("Sergueï Lavrov a reçu Choe Son Hui. La Corée du Nord a livré des obus à la "
            "Russie, a affirmé M. Lavrov devant les journalistes.", language="fr")
    assert claims(d, "supply") == [("reported", ["sergey-lavrov"])]
    for text, lang in [("North Korea shipped shells to Russia, said Maj. Gen. Pat Ryder.", "en"),
                       ("Lo ha detto il Sig. Rossi ai giornalisti.", "it"),
                       ("« C'est faux », a déclaré M. Peskov. Il a ajouté que Mme Zakharova "
                        "parlerait.", "fr")]:
        spans = split_sentences(text, lang)
        assert len(spans) == (2 if lang == "fr" else 1), [text[a:b] for a, b in spans]


def test_a_relative_clause_after_the_speaker_is_his_and_told_by_the_text() -> None:
    d = run("NATO chief Mark Rutte spoke in Brussels. Russia has supplied North Korea "
            "with air-defence systems, added Mr. Rutte, who met Sergey Lavrov on Wednesday.")
    assert ("meeting", {("mark-rutte", "participant"), ("sergey-lavrov", "participant")}) \
        in events(d)
    assert claims(d, "meeting") == [("confirmed", [])]
    assert ("reported", ["mark-rutte"]) in claims(d, "supply")
    d = run("En échange, Moscou fournirait à la Corée du Nord des systèmes de défense "
            "aérienne, a ajouté le secrétaire général de l'Otan Mark Rutte, qui a rencontré "
            "mercredi Sergueï Lavrov.",
            language="fr")
    assert claims(d, "meeting") == [("confirmed", [])]
    assert ("alleged", ["mark-rutte"]) in claims(d, "supply")


# --- visits in other words; what arrives is what was sent -----------------------------------


def test_a_visit_in_other_words_is_a_visit() -> None:
    for text, lang in [
            ("Lavrov had flown into the North Korean capital shortly after midnight.", "en"),
            ("Lavrov touched down in Pyongyang on Friday.", "en"),
            ("Lavrov è partito alla volta di Pyongyang.", "it"),
            ("Lavrov è approdato a Pyongyang venerdì.", "it"),
            ("Lavrov a effectué une visite en Corée du Nord.", "fr"),
            ("Lavrov a débarqué vendredi à Pyongyang.", "fr")]:
        assert LAVROV_VISIT_NK in events(run(text, language=lang)), text


def test_troops_or_arms_arriving_are_their_transfer_not_a_visit() -> None:
    for text, lang in [
            ("North Korean troops arrived in Russia last month.", "en"),
            ("The shells supplied by Pyongyang keep arriving in Russia.", "en"),
            ("I proiettili forniti da Pyongyang alle forze russe continuano ad arrivare al "
             "fronte.", "it"),
            ("Les soldats nord-coréens sont arrivés en Russie.", "fr")]:
        assert "visit" not in types(run(text, language=lang)), text
    # a person's arrival stays a visit
    assert LAVROV_VISIT_NK in events(run("Sergey Lavrov arrived in Pyongyang to discuss arms "
                                         "supplies."))


# --- "both governments" in the sentence of the charge; a denier's own appeal ----------------


def test_both_governments_of_a_charge_are_its_sides() -> None:
    for text, lang in [
            ("Washington accuses Pyongyang of supplying Moscow with artillery shells for the "
             "war in Ukraine, a charge both governments deny.", "en"),
            ("Washington accuse Pyongyang de livrer des obus à Moscou, ce que les deux "
             "gouvernements démentent.", "fr")]:
        d = run(text, language=lang)
        found = claims(d, "supply")
        assert ("denied", ["north-korea"]) in found and ("denied", ["russia"]) in found, \
            (text, found)
    # the names of a relative clause are not the two
    d = run("The group, whose members include the United States, Japan and South Korea, "
            "accused the two countries of violating UN sanctions.")
    assert not any(("japan", "accused") in p for _, p in events(d))


def test_a_denier_does_not_deny_his_own_appeal() -> None:
    d = run("U.S. envoy Dorothy Shea said Pyongyang had shipped missiles to Moscow. Russian "
            "Ambassador Vassily Nebenzia rejected the accusations as \"lies\" and urged "
            "Washington to stop arming Kyiv.")
    assert claims(d, "appeal") == [("confirmed", [])]
    assert ("denied", ["vassily-nebenzia"]) in claims(d, "supply")
    d = run("Pyongyang ha fornito missili a Mosca, secondo Kiev. Il Cremlino ha respinto le "
            "accuse e ha esortato Kiev a negoziare.", language="it")
    assert claims(d, "appeal") == [("confirmed", [])]
    assert ("denied", ["russia"]) in claims(d, "supply")


# --- whom troops are sent to help is not who sends them; the partitive is no genitive ------


def test_the_army_helped_is_not_the_sender_nor_accused() -> None:
    for text, lang in [
            ("Kyiv accused Pyongyang of sending troops to help Russian forces.", "en"),
            ("Kiev ha accusato Pyongyang di aver inviato soldati per aiutare l'esercito russo.",
             "it"),
            ("Kiev a accusé Pyongyang d'avoir envoyé des soldats pour aider l'armée russe.",
             "fr")]:
        found = events(run(text, language=lang))
        assert ("accusation", {("ukraine", "accuser"), ("north-korea", "accused")}) in found, \
            (text, found)
        assert DEPLOYED in found, (text, found)
    # the adjective of the troops sent is their sender
    assert DEPLOYED in events(run("Pyongyang sent North Korean troops to Russia."))


def test_a_partitive_after_a_verb_names_no_agent() -> None:
    for text, lang in [("Pyongyang a envoyé des soldats de l'armée nord-coréenne en Russie.",
                        "fr"),
                       ("Pyongyang ha inviato dei soldati in Russia.", "it")]:
        assert DEPLOYED in events(run(text, language=lang)), text
    # after a noun, the genitive is the agent
    assert LAVROV_VISIT_NK in events(run(
        "La visita del ministro degli Esteri russo Sergej Lavrov in Corea del Nord è durata "
        "tre giorni.", language="it"))


# --- a milestone after "after" is a time; condemnations in other words -----------------------


def test_a_signing_after_after_is_a_time_unless_its_agent_is_named() -> None:
    for text, lang in [
            ("La cooperazione militare tra Russia e Corea del Nord si è intensificata dopo la "
             "firma del trattato di giugno.", "it"),
            ("Ties between Russia and North Korea have deepened after the signing of the "
             "treaty.", "en"),
            ("La coopération entre Moscou et Pyongyang s'est renforcée après la signature du "
             "traité.", "fr")]:
        found = events(run(text, language=lang))
        assert RU_NK_COOP in found and "signing" not in [t for t, _ in found], (text, found)
    d = run("Cette visite intervient quelques semaines après la ratification du traité par "
            "la Douma.", language="fr")
    assert ("ratification", {("state-duma", "ratifier")}) in events(d)


def test_a_denunciation_of_what_is_between_two_accuses_both() -> None:
    both = ("accusation", {("united-states", "accuser"), ("south-korea", "accuser"),
                           ("russia", "accused"), ("north-korea", "accused")})
    for text, lang in [
            ("Washington et Séoul ont dénoncé une « escalade dangereuse » de la coopération "
             "militaire entre la Russie et la Corée du Nord.", "fr"),
            ("Washington and Seoul decried the dangerous growth of military cooperation "
             "between Russia and North Korea.", "en"),
            ("Washington e Seul hanno denunciato la crescente cooperazione militare tra "
             "Russia e Corea del Nord.", "it")]:
        d = run(text, language=lang)
        assert both in events(d), (text, events(d))
        assert ("alleged", ["south-korea", "united-states"]) in claims(d, "cooperation"), text


def test_a_denunciation_of_nobody_is_a_statement_beside_another() -> None:
    d = run("Le secrétaire d'État américain Antony Blinken a dénoncé mercredi une menace pour "
            "la paix, tandis que le Japon s'est dit « profondément préoccupé ».", language="fr")
    assert ("statement", {("antony-blinken", "speaker")}) in events(d)
    assert ("statement", {("japan", "speaker")}) in events(d)


# --- supplies in other words; the adjective of the act's noun; thanks for support ----------

NK_TO_RU = ("supply", {("north-korea", "supplier"), ("russia", "recipient")})


def test_a_supply_in_other_words_has_its_sides() -> None:
    for text, lang in [
            ("Moscow took delivery of North Korean missiles.", "en"),
            ("Pyongyang has been arming Moscow with ballistic missiles.", "en"),
            ("North Korea resupplied Russia with shells.", "en"),
            ("Mosca ha preso in consegna missili nordcoreani.", "it"),
            ("Pyongyang ha dotato Mosca di missili balistici.", "it"),
            ("Moscou a pris livraison de missiles nord-coréens.", "fr"),
            ("Pyongyang a doté Moscou de missiles balistiques.", "fr"),
            ("Pyongyang a approvisionné Moscou en obus.", "fr")]:
        assert NK_TO_RU in events(run(text, language=lang)), text


def test_the_adjective_after_an_acts_noun_is_who_does_it() -> None:
    for text, lang in [
            ("Les envois nord-coréens de munitions à Moscou se poursuivent.", "fr"),
            ("Les livraisons nord-coréennes d'obus à la Russie ont doublé.", "fr"),
            ("Gli invii nordcoreani di proiettili alla Russia continuano.", "it"),
            ("North Korean shipments of shells to Russia continued.", "en")]:
        assert NK_TO_RU in events(run(text, language=lang)), text


def test_thanks_for_support_told_for_someone_is_that_support() -> None:
    # (thanks alone are a statement, as the gold cases read them: "a remercié la Corée du
    # Sud pour son soutien constant")
    d = run("Lavrov thanked Pyongyang for its \"unwavering support\" for Russia's war.")
    assert ("support", {("north-korea", "supporter"), ("russia", "supported")}) in events(d)


def test_an_adjective_after_another_noun_is_that_nouns() -> None:
    for text, lang in [
            ("Pyongyang a approvisionné l'armée russe en obus.", "fr"),
            ("Pyongyang ha rifornito l'esercito russo di proiettili.", "it")]:
        assert NK_TO_RU in events(run(text, language=lang)), text
    # the adjective of the arms or troops themselves is their sender
    d = run("Circa 1.500 militari delle forze speciali nordcoreane sono stati trasferiti in "
            "Russia.", language="it")
    assert DEPLOYED in events(d)
    assert NK_TO_RU in events(run("Des obus nord-coréens ont été livrés à la Russie.",
                                  language="fr"))


def test_a_relative_clause_of_the_speaker_before_his_verb_is_told_by_the_text() -> None:
    for text, lang in [
            ("Lavrov, who met Choe Son Hui on Friday, said North Korea had sent troops to "
             "Russia.", "en"),
            ("Lavrov, che venerdì ha incontrato Choe Son Hui, ha detto che la Corea del Nord "
             "ha inviato truppe in Russia.", "it")]:
        d = run(text, language=lang)
        assert claims(d, "meeting") == [("confirmed", [])], text
        assert claims(d, "deployment") == [("reported", ["sergey-lavrov"])], text


# --- a target is no side; an infinitive after "to" says nothing ---------------------------


def test_a_target_after_against_is_no_recipient() -> None:
    for text, lang in [
            ("Le forze russe hanno lanciato contro l'Ucraina missili balistici forniti dalla "
             "Corea del Nord.", "it"),
            ("Russian forces launched missiles supplied by North Korea against Ukraine.", "en"),
            ("Les forces russes ont tiré contre l'Ukraine des missiles livrés par la Corée du "
             "Nord.", "fr")]:
        found = events(run(text, language=lang))
        assert NK_TO_RU in found, (text, found)
        assert not any(("ukraine", "recipient") in p for _, p in found), text
    # "called on X" is whom it is asked of
    d = run("Tokyo called on Beijing to restrain Pyongyang.")
    assert ("appeal", {("japan", "appellant"), ("china", "addressee")}) in events(d)


def test_an_infinitive_of_saying_after_to_is_what_is_asked() -> None:
    d = run("Kyiv urged its allies to respond with new sanctions.")
    assert events(d) == [("appeal", {("ukraine", "appellant"), ("ukraine-allies", "addressee")})]
    d = run("L'Ucraina ha chiesto agli alleati di rispondere con nuove sanzioni.", language="it")
    assert ("appeal", {("ukraine", "appellant"), ("ukraine-allies", "addressee")}) in events(d)


# --- signings in other words; an entry into force has parties only --------------------------


def test_a_signing_in_other_words_is_a_signing() -> None:
    ru_nk = ("signing", {("russia", "party"), ("north-korea", "party")})
    for text, lang in [
            ("Russia and North Korea sealed a strategic partnership treaty.", "en"),
            ("Russia and North Korea concluded a defence agreement.", "en"),
            ("Mosca e Pyongyang hanno sottoscritto un trattato di partenariato.", "it"),
            ("Russia e Corea del Nord hanno stipulato un patto di difesa.", "it"),
            ("Moscou et Pyongyang ont scellé un pacte de défense mutuelle.", "fr"),
            ("La Russie et la Corée du Nord ont conclu un traité de défense.", "fr")]:
        assert ru_nk in events(run(text, language=lang)), text


def test_an_entry_into_force_has_no_signatory_for_party() -> None:
    d = run("The treaty between Russia and North Korea, signed by Vladimir Putin and Sergey "
            "Lavrov, took effect.")
    assert ("entry_into_force", {("russia", "party"), ("north-korea", "party")}) in events(d)
    assert DEPLOYED in events(run("North Korea has dispatched troops to the Kursk region of "
                                  "Russia."))


# --- a source named once is found again by its name ----------------------------------------


def test_a_source_is_found_again_by_its_name() -> None:
    d = run("Secondo l'agenzia sudcoreana Yonhap, Mosca avrebbe ricevuto proiettili da "
            "Pyongyang. In cambio, la Russia avrebbe fornito alla Corea del Nord tecnologia "
            "missilistica, sempre secondo Yonhap.", language="it")
    assert all(c == ("alleged", ["yonhap"]) for c in claims(d, "supply")), claims(d, "supply")
    d = run("Le dirigeant nord-coréen Kim Jong Un a reçu Sergueï Lavrov, a rapporté l'agence "
            "officielle KCNA. Selon KCNA, Kim a exprimé à Lavrov son soutien total à la "
            "Russie.", language="fr")
    assert claims(d, "support") == [("reported", ["kcna"])]
    d = run("Andrei Belousov met Sergey Lavrov in Moscow on Tuesday, according to TASS.")
    assert claims(d, "meeting") == [("reported", ["tass"])]


def test_an_italian_subject_left_unsaid_is_the_last_sentences_person() -> None:
    for text in [
            "Il leader nordcoreano Kim Jong Un ha ricevuto Sergej Lavrov a Wonsan. Ha poi "
            "espresso pieno sostegno alla Russia.",
            "Il leader nordcoreano Kim Jong Un ha parlato a Pyongyang. Poi ha espresso "
            "sostegno alla Russia."]:
        d = run(text, language="it")
        assert ("support", {("kim-jong-un", "supporter"), ("russia", "supported")}) \
            in events(d), (text, events(d))
    d = run("Il presidente ucraino Volodymyr Zelensky ha parlato a Kiev. Ha esortato la Cina a "
            "fare pressione su Pyongyang.", language="it")
    assert ("appeal", {("volodymyr-zelensky", "appellant"), ("china", "addressee")}) \
        in events(d)


def test_a_clause_after_comes_as_has_its_own_sides() -> None:
    d = run("Lavrov's visit to Pyongyang came as Moscow and Pyongyang deepened their military "
            "cooperation.")
    assert LAVROV_VISIT_NK in events(d) and RU_NK_COOP in events(d), events(d)
    d = run("Lavrov's visit comes as Moscow and Pyongyang deepen their military cooperation.")
    assert events(d) == [RU_NK_COOP]


def test_a_passive_condemnation_accuses_the_doer_of_the_act_before_it() -> None:
    want = ("accusation", {("south-korea", "accuser"), ("north-korea", "accused")})
    for text, lang in [
            ("Le transfert de missiles de Pyongyang vers Moscou a été dénoncé par Séoul.", "fr"),
            ("Le transfert de missiles de Pyongyang vers Moscou a été condamné par Séoul.",
             "fr"),
            ("Il trasferimento di missili da Pyongyang a Mosca è stato condannato da Seul.",
             "it"),
            ("The transfer of missiles from Pyongyang to Moscow was condemned by Seoul.", "en")]:
        d = run(text, language=lang)
        assert want in events(d), (text, events(d))
        assert claims(d, "supply") == [("alleged", ["south-korea"])], text


def test_asking_of_someone_is_an_appeal_to_them() -> None:
    for text, lang, want in [
            ("Seoul called for China to rein in Pyongyang.", "en", ("south-korea", "china")),
            ("Zelensky a demandé à Séoul des systèmes de défense aérienne.", "fr",
             ("volodymyr-zelensky", "south-korea")),
            ("Kiev a demandé à la Chine et à l'Inde de condamner la coopération.", "fr",
             ("ukraine", "china"))]:
        found = events(run(text, language=lang))
        assert any(t == "appeal" and {(want[0], "appellant"), (want[1], "addressee")} <= p
                   for t, p in found), (text, found)
    # a call for something of nobody, or the noun "la demande", is none
    assert events(run("Seoul called for restraint.")) == []
    assert events(run("La demande a été rejetée par Moscou.", language="fr")) == []


def test_fighting_side_by_side_is_help_not_a_sending_to_whom_they_fight_with() -> None:
    help_ru = ("military_assistance", {("north-korea", "provider"), ("russia", "recipient")})
    for text, lang in [
            ("North Korean soldiers are fighting side by side with Russian troops.", "en"),
            ("Soldati nordcoreani combattono fianco a fianco con le truppe russe.", "it"),
            ("Des soldats nord-coréens combattent côte à côte avec les troupes russes.", "fr"),
            ("Des instructeurs nord-coréens forment des soldats russes.", "fr")]:
        assert events(run(text, language=lang)) == [help_ru], text
