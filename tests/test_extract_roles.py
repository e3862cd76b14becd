"""Who did what to whom: participants and roles of the embedded extractor (no database).

Sentences written here in the style of wire reports, one rule each.
"""

from __future__ import annotations

from tests.test_extract_embedded import events, run


def test_an_object_of_to_is_not_the_subject_of_the_next_verb_of_saying() -> None:
    # "added" after "to Russia" is no report by Russia: the shipment keeps its recipient
    d = run("NATO accused North Korea of shipping missiles to Russia and added two "
            "officers to its list.")
    assert ("supply", {("north-korea", "supplier"), ("russia", "recipient")}) in events(d)
    assert not any(c["asserted_by"] == ["russia"] for c in d.document["claims"])


def test_the_recipient_is_named_after_the_trigger_not_where_the_speakers_met() -> None:
    d = run("I leader della Nato riuniti a Washington hanno condannato le forniture di "
            "munizioni di Pyongyang a Mosca.", language="it")
    assert ("supply", {("north-korea", "supplier"), ("russia", "recipient")}) in events(d)
    assert not any(("united-states", "recipient") in ps for _, ps in events(d))


def test_an_object_right_before_the_trigger_is_still_its_patient() -> None:
    d = run("Choe Son Hui ha promesso a Mosca un sostegno incondizionato per la "
            "soluzione del conflitto in Ucraina.", language="it")
    assert ("support", {("choe-son-hui", "supporter"), ("russia", "supported")}) in events(d)


def test_a_short_quoted_phrase_is_part_of_the_report() -> None:
    d = run('Choe Son Hui pledged to "always stand with" Russia.')
    assert ("support", {("choe-son-hui", "supporter"), ("russia", "supported")}) in events(d)


def test_the_subject_of_two_coordinated_verbs_is_the_agent_of_the_second() -> None:
    d = run("Vladimir Putin received Choe Son Hui for talks and pledged support for "
            "Pyongyang.")
    assert ("support", {("vladimir-putin", "supporter"),
                        ("north-korea", "supported")}) in events(d)


def test_a_by_phrase_of_another_verb_is_no_passive_agent() -> None:
    d = run("Choe Son Hui voiced support for all the measures taken by Moscow.")
    assert ("support", {("choe-son-hui", "supporter"), ("russia", "supported")}) in events(d)
    passive = run("Millions of shells were delivered to Russia by Pyongyang.")
    assert ("supply", {("north-korea", "supplier"),
                       ("russia", "recipient")}) in events(passive)


def test_an_event_with_one_side_only_is_left_out_and_said_so() -> None:
    d = run('"Every shell Pyongyang sends prolongs this war," Volodymyr Zelensky said.')
    assert not any(t == "supply" for t, _ in events(d))
    assert any("possible supply with only north-korea (supplier)" in r for r in d.review)


def test_a_denial_of_reports_still_finds_the_event_it_denies() -> None:
    d = run("North Korea sent troops to Russia, NATO said.\n"
            "Choe Son Hui dismissed reports of a troop deployment as lies.")
    claims = {(c["certainty"], tuple(c["asserted_by"])) for c in d.document["claims"]}
    assert ("denied", ("choe-son-hui",)) in claims
    assert [t for t, _ in events(d)] == ["deployment"]


def test_a_ministry_named_by_its_state_is_the_graphs_ministry() -> None:
    d = run("Sergey Lavrov arrived in Pyongyang on Friday, according to Russia's Foreign "
            "Ministry.")
    assert "russia-foreign-ministry" in d.linked
    assert not d.new_actors
    claims = [(c["certainty"], c["asserted_by"]) for c in d.document["claims"]]
    assert ("reported", ["russia-foreign-ministry"]) in claims


def test_relations_in_a_quotation_are_not_reports_denied() -> None:
    d = run("«I rapporti tra i nostri popoli sono diventati una fratellanza», ha dichiarato "
            "Sergey Lavrov.", language="it")
    assert events(d) == [("statement", {("sergey-lavrov", "speaker")})]


def test_a_title_with_the_states_adjective_inside_still_names_its_person() -> None:
    d = run("Le ministre chinois des Affaires étrangères Wang Yi a reçu jeudi à Pékin son "
            "homologue Sergey Lavrov.", language="fr", published="2024-12-05")
    assert "wang-yi" in d.new_actors
    assert ("meeting", {("wang-yi", "participant"),
                        ("sergey-lavrov", "participant")}) in events(d)
    it = run("«Il vertice manda un messaggio chiaro a Mosca», ha detto il segretario generale "
             "uscente Jens Stoltenberg.", language="it")
    assert ("statement", {("jens-stoltenberg", "speaker"), ("russia", "subject")}) in events(it)


def test_a_french_ministry_with_its_adjective_before_the_portfolio() -> None:
    d = run("Le ministère nord-coréen des Affaires étrangères a qualifié ces informations "
            "de « rumeurs sans fondement ».", language="fr")
    assert "north-korea-foreign-ministry" in d.new_actors


def test_the_accused_is_who_did_what_it_is_charged_with() -> None:
    d = run("The United States accused Russia on Wednesday of violating UN sanctions by "
            "transferring air-defence systems to North Korea.")
    assert ("supply", {("russia", "supplier"), ("north-korea", "recipient")}) in events(d)
    assert ("accusation", {("united-states", "accuser"), ("russia", "accused")}) in events(d)


def test_travel_and_talks_in_more_words() -> None:
    d = run("Choe Son Hui had crossed into Russia aboard a special train, Russian state "
            "media reported.")
    assert ("visit", {("choe-son-hui", "visitor"), ("russia", "host")}) in events(d)
    fr = run("Choe Son Hui s'est entretenue mercredi avec Sergey Lavrov.", language="fr")
    assert ("meeting", {("choe-son-hui", "participant"),
                        ("sergey-lavrov", "participant")}) in events(fr)


def test_the_subject_of_the_first_of_two_verbs_however_far() -> None:
    d = run("Ukrainian President Volodymyr Zelensky received a South Korean parliamentary "
            "delegation in Kyiv on Sunday and asked Seoul to supply air-defence systems.")
    assert ("appeal", {("volodymyr-zelensky", "appellant"),
                       ("south-korea", "addressee")}) in events(d)
    assert not any(t == "supply" for t, _ in events(d))


def test_no_one_is_asked_in_a_place() -> None:
    d = run("Secondo un alto funzionario di Seul, che ha chiesto l'anonimato, i soldati "
            "nordcoreani in Russia sarebbero ormai più di 11.000.", language="it")
    assert not any(t == "appeal" for t, _ in events(d))


def test_troops_sent_to_help_are_a_deployment_to_the_helped() -> None:
    d = run("About 11,000 North Korean troops were sent to help Moscow retake the Kursk "
            "region, according to South Korea's National Intelligence Service.")
    assert events(d) == [("deployment", {("north-korea", "sender"), ("russia", "host")})]
    assert {(c["certainty"], tuple(c["asserted_by"])) for c in d.document["claims"]} == {
        ("reported", ("national-intelligence-service",))}


def test_what_a_meeting_is_to_discuss_is_neither_a_side_nor_an_event() -> None:
    d = run("NATO Secretary General Mark Rutte met the leaders of the European Union in "
            "Brussels on Wednesday to discuss support for Ukraine.")
    assert events(d) == [("meeting", {("mark-rutte", "participant"),
                                      ("european-union", "participant")})]


def test_fighter_jets_are_arms_supplied() -> None:
    d = run("Japan condemned Russia on Wednesday for transferring fighter jets to North Korea.")
    assert ("supply", {("russia", "supplier"), ("north-korea", "recipient")}) in events(d)


def test_a_name_in_what_is_said_is_no_addressee() -> None:
    d = run('Sergey Lavrov said that Moscow\'s ties with Pyongyang "violate no international '
            'rules whatsoever".')
    assert events(d) == [("statement", {("sergey-lavrov", "speaker")})]


def test_the_one_just_named_is_asked_by_a_clitic() -> None:
    d = run("Il presidente ucraino Volodymyr Zelensky ha incontrato ieri a Kiev il segretario "
            "generale della Nato Mark Rutte e gli ha chiesto altri sistemi di difesa aerea.",
            language="it")
    assert ("appeal", {("volodymyr-zelensky", "appellant"),
                       ("mark-rutte", "addressee")}) in events(d)
    kyiv = run("Kiev ha chiesto a Seul sistemi di difesa aerea.", language="it")
    assert ("appeal", {("ukraine", "appellant"), ("south-korea", "addressee")}) in events(kyiv)


def test_a_direction_adjective_keeps_the_host() -> None:
    d = run("Around 10,000 North Korean soldiers had been deployed to eastern Russia, "
            "Sabrina Singh said.")
    assert ("deployment", {("north-korea", "sender"), ("russia", "host")}) in events(d)


def test_a_submission_of_the_treaty_naming_a_party_is_a_valid_draft() -> None:
    # the treaty's parties are no roles of a submission: this draft was refused before
    d = run("Vladimir Putin submitted to the State Duma a bill to ratify the treaty with "
            "North Korea.")
    assert events(d) == [("submission", {("vladimir-putin", "submitter"),
                                         ("state-duma", "recipient")})]
