"""The embedded extractor on long wire sentences: lists of people, titles after names,
verbs that need company, condemnations, requests, denials and sources read whole.

Sentences written for these tests in the style of wire reports (no database; the
lexicon is the seed document's, as in tests/test_extract_embedded.py).
"""

from __future__ import annotations

from tests.test_extract_embedded import actor_ids, claims, events, run

# --- people ----------------------------------------------------------------------------


def test_a_plural_title_introduces_the_people_listed_after_it() -> None:
    d = run("The foreign ministers of Poland and Lithuania, Radoslaw Sikorski and Kestutis "
            "Budrys, met in Vilnius on Monday.", published="2025-03-11")
    assert {"radoslaw-sikorski", "kestutis-budrys"} <= actor_ids(d)
    # the states of the description are mentions, not who met
    assert events(d) == [("meeting", {("radoslaw-sikorski", "participant"),
                                      ("kestutis-budrys", "participant")})]


def test_a_title_after_the_name_names_a_new_person() -> None:
    d = run("Oleksandr Syrskyi, commander of Ukraine's armed forces, said North Korean "
            "units had been sent to Russia.")
    assert "oleksandr-syrskyi" in actor_ids(d)
    assert ("deployment", {("north-korea", "sender"), ("russia", "host")}) in events(d)
    assert claims(d, "deployment") == [("reported", ["oleksandr-syrskyi"])]


def test_a_place_before_a_title_is_no_person() -> None:
    d = run("À New York, l'ambassadeur russe auprès de l'ONU, Vassili Nebenzia, a "
            "rejeté ces informations.", language="fr")
    assert "vassili-nebenzia" in actor_ids(d)
    assert not {a for a in actor_ids(d) if "york" in a}


def test_a_portfolio_between_title_and_name() -> None:
    d = run("Il ministro dell'Energia russo Sergei Tsivilev è arrivato ieri a Pyongyang.",
            language="it", published="2025-06-05")
    assert ("visit", {("sergei-tsivilev", "visitor"), ("north-korea", "host")}) in events(d)


def test_a_surname_followed_by_more_name_is_another_person() -> None:
    d = run("North Korean leader Kim Jong Un inspected a drone factory. Kim Yo Jong, the "
            "powerful sister of the leader, said Seoul was lying.")
    assert {"kim-jong-un", "kim-yo-jong"} <= actor_ids(d)


# --- which verbs make which events -----------------------------------------------------


def test_received_is_a_meeting_unless_things_were_received() -> None:
    d = run("North Korean leader Kim Jong Un received Belarusian Foreign Minister Maxim "
            "Ryzhenkov on Tuesday.", published="2024-12-12")
    assert events(d) == [("meeting", {("kim-jong-un", "participant"),
                                      ("maxim-ryzhenkov", "participant")})]
    d = run("Russia received artillery shells from North Korea.")
    assert events(d) == [("supply", {("north-korea", "supplier"), ("russia", "recipient")})]


def test_what_someone_is_asked_to_do_has_not_happened() -> None:
    d = run("Ukrainian President Volodymyr Zelensky asked Seoul to supply artillery shells.")
    assert events(d) == [("appeal", {("volodymyr-zelensky", "appellant"),
                                     ("south-korea", "addressee")})]


def test_two_bodies_approving_a_treaty_are_two_ratifications() -> None:
    d = run("The State Duma and the Federation Council approved the treaty with North Korea.")
    ratifiers = {a for t, parts in events(d) if t == "ratification"
                 for a, r in parts if r == "ratifier"}
    assert ratifiers == {"state-duma", "federation-council"}
    assert [t for t, _ in events(d)].count("ratification") == 2


def test_signing_a_ratification_law_is_no_signing() -> None:
    d = run("President Vladimir Putin signed the ratification law on Saturday.",
            published="2024-11-10")
    assert [t for t, _ in events(d)] == ["ratification"]


def test_talks_referred_back_to_are_the_same_meeting() -> None:
    d = run("Lavrov met Choe Son Hui in Moscow on Friday. At the talks, Lavrov thanked "
            "Pyongyang for its support.", published="2024-11-02")
    assert [t for t, _ in events(d)].count("meeting") == 1


def test_a_dateline_with_a_country_and_may_is_no_modal_and_no_date() -> None:
    d = run("KYIV, Ukraine, May 12 — North Korea shipped artillery shells to Russia.",
            published="2025-05-12")
    supply = [e for e in d.document["events"] if e["type"] == "supply"]
    assert len(supply) == 1
    assert supply[0]["date"].get("value") is None  # the dateline dates the report


# --- condemnations ---------------------------------------------------------------------


def test_a_condemnation_of_nobody_is_the_speakers_statement() -> None:
    d = run("German Chancellor Olaf Scholz condemned the summit in Vladivostok.")
    assert events(d) == [("statement", {("olaf-scholz", "speaker")})]
    assert claims(d, "statement") == [("confirmed", ["olaf-scholz"])]


def test_a_condemned_act_accuses_its_doer_and_is_alleged_by_the_condemner() -> None:
    d = run("The European Union condemned the transfer of ballistic missiles from North "
            "Korea to Russia.")
    assert ("accusation", {("european-union", "accuser"),
                           ("north-korea", "accused")}) in events(d)
    assert ("supply", {("north-korea", "supplier"), ("russia", "recipient")}) in events(d)
    assert claims(d, "supply") == [("alleged", ["european-union"])]


# --- attribution -----------------------------------------------------------------------


def test_who_confirms_that_it_did_it_is_the_doer() -> None:
    d = run("North Korea confirmed on Monday that it had sent troops to Russia.",
            published="2025-04-28")
    assert events(d) == [("deployment", {("north-korea", "sender"), ("russia", "host")})]
    assert claims(d, "deployment") == [("confirmed", ["north-korea"])]


def test_dismissing_the_accusations_denies_the_charge_not_the_accusation() -> None:
    d = run("Washington accused Pyongyang of supplying missiles to Moscow. Kremlin "
            "spokesman Dmitry Peskov dismissed the accusations as baseless.")
    assert [t for t, _ in events(d)].count("accusation") == 1
    assert "statement" not in [t for t, _ in events(d)]
    assert ("denied", ["dmitry-peskov"]) in claims(d, "supply")
    assert ("denied", ["dmitry-peskov"]) not in claims(d, "accusation")


def test_a_phrase_quoted_inside_another_fact_is_no_statement() -> None:
    d = run('Choe Son Hui pledged that her country would stand by Russia "until victory".')
    assert [t for t, _ in events(d)] == ["support"]


def test_an_unnamed_source_is_read_whole_and_its_adjective_asserts_nothing() -> None:
    d = run("About 3,000 North Korean soldiers have been moved to Russia, according to a "
            "senior South Korean military official.")
    assert claims(d, "deployment") == [("reported", ["senior-south-korean-military-official"])]


def test_the_agency_is_the_source_named_before() -> None:
    d = run("South Korea's National Intelligence Service said North Korea had sent 1,500 "
            "special forces to Russia. The agency said Russia had supplied air-defence "
            "systems to Pyongyang.")
    assert ("reported", ["national-intelligence-service"]) in claims(d, "supply")


def test_a_signing_by_nobody_named_is_the_parties_and_a_missing_one_is_none() -> None:
    d = run("The Comprehensive Strategic Partnership Treaty was signed in Pyongyang on "
            "June 19, during Putin's visit to North Korea.", published="2024-10-29")
    assert ("signing", {("north-korea", "party"), ("russia", "party")}) in events(d)
    d = run("Ora manca soltanto la firma del presidente Vladimir Putin sul trattato con la "
            "Corea del Nord.", language="it")
    assert "signing" not in [t for t, _ in events(d)]


def test_whom_a_quotation_is_told_to_stands_before_the_title() -> None:
    d = run('"Your soldiers fought bravely," Russian President Vladimir Putin said in a '
            "letter to North Korean leader Kim Jong Un.")
    assert events(d) == [("statement", {("vladimir-putin", "speaker"),
                                        ("kim-jong-un", "addressee")})]


def test_one_armys_men_helping_anothers_is_military_assistance() -> None:
    d = run("North Korean gunners are fighting alongside Russian troops, Ukrainian President "
            "Volodymyr Zelensky said.")
    assert events(d) == [("military_assistance", {("north-korea", "provider"),
                                                  ("russia", "recipient")})]
    d = run("Soldati nordcoreani combattono a fianco delle truppe russe nella regione di "
            "Kursk, ha confermato il Pentagono.", language="it")
    assert ("military_assistance", {("north-korea", "provider"),
                                    ("russia", "recipient")}) in events(d)
