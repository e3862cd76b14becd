"""The embedded extractor on short sentences written for each rule (no database).

The lexicon is built from the seed document (the same rows the graph gives), so these
tests check the rules; tests/test_extract_cli.py checks the same path against Neo4j.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

import pytest

from graph.errors import InvalidInput
from loaders.document import Document
from loaders.extraction import load_file
from loaders.text.draft import ArticleMeta, Draft
from loaders.text.extract import extract_text
from loaders.text.lexicon import Lexicon, rows_from_documents
from tests.conftest import SEED_DIR

SEED = f"{SEED_DIR}/russia-north-korea.yaml"


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon.build(*rows_from_documents([load_file(SEED)]))


def run(text: str, language: str | None = "en", published: str | None = None) -> Draft:
    meta = ArticleMeta(language=language,
                       published=dt.date.fromisoformat(published) if published else None,
                       source_id="t")
    draft = extract_text(text, meta, lexicon())
    Document.model_validate(draft.document)  # always a valid document
    return draft


def events(d: Draft) -> list[tuple[str, set[tuple[str, str]]]]:
    return [(e["type"], {(p["actor"], p["role"]) for p in e["participants"]})
            for e in d.document["events"]]


def claims(d: Draft, event_type: str) -> list[tuple[str, list[str]]]:
    ids = {e["id"] for e in d.document["events"] if e["type"] == event_type}
    return [(c["certainty"], c["asserted_by"]) for c in d.document["claims"]
            if c["event"] in ids]


def actor_ids(d: Draft) -> set[str]:
    return {a["id"] for a in d.document["actors"]}


def the(d: Draft, event_type: str) -> dict[str, Any]:
    found = [e for e in d.document["events"] if e["type"] == event_type]
    assert len(found) == 1, events(d)
    return found[0]


# --- actors ---------------------------------------------------------------------------


def test_names_demonyms_capitals_and_possessives_link_to_the_graphs_actors() -> None:
    d = run("Moscow and Pyongyang signed the pact. North Korean officers met "
            "Russia's defence chiefs, and the Kremlin welcomed Lavrov's remarks.")
    assert {"russia", "north-korea", "sergey-lavrov"} <= actor_ids(d)
    assert set(d.linked) >= {"russia", "north-korea", "sergey-lavrov"}


def test_italian_adjectives_and_accents() -> None:
    d = run("I soldati nordcoreani sono arrivati in territorio russo, secondo Seul.",
            language="it")
    assert {"north-korea", "russia", "south-korea"} <= actor_ids(d)


def test_capitals_in_italian_and_french_name_their_states() -> None:
    d = run("Il ministro è arrivato a Bruxelles, poi all'Aia e infine a Lisbona.",
            language="it")
    assert {"belgium", "netherlands", "portugal"} <= actor_ids(d)
    d = run("Le ministre s'est rendu à Bruxelles, puis au Caire et à La Haye.",
            language="fr")
    assert {"belgium", "egypt", "netherlands"} <= actor_ids(d)
    d = run("Un'aia piena di galline e una lisbona qualsiasi.", language="it")
    assert actor_ids(d) == set()  # a capital's form matches only capitalised


def test_country_names_in_a_language_without_rules_are_linked_with_a_warning() -> None:
    d = run("Korea Utara dan Rusia menandatangani perjanjian di Pyongyang.", language="id")
    assert {"north-korea", "russia"} <= actor_ids(d)
    assert d.document["events"] == []
    assert any("no trigger data for 'id'" in w for w in d.warnings)


def test_lower_case_words_and_pronouns_are_not_actors() -> None:
    d = run("Officials told us that the talks would resume.")
    assert "united-states" not in actor_ids(d)
    d = run("I mali della regione sono noti.", language="it")
    assert "mali" not in actor_ids(d)


def test_a_titled_person_is_a_new_actor_with_a_role_and_is_found_again_by_surname() -> None:
    d = run("NATO Secretary General Mark Rutte said on Monday that North Korean troops "
            "had been sent to Russia. Rutte called it a dangerous expansion.",
            published="2024-10-28")
    assert "mark-rutte" in d.new_actors
    person = next(a for a in d.document["actors"] if a["id"] == "mark-rutte")
    assert person["kind"] == "person"
    assert {"type": "LEADER_OF", "of": "nato"}.items() <= d.document["roles"][0].items()
    assert "nato" not in {a for _, ps in events(d) for a, _ in ps}  # a description
    assert any("new actor 'mark-rutte'" in r for r in d.review)


def test_no_actor_is_made_from_nothing() -> None:
    d = run("The talks went on for hours in a tense atmosphere.")
    assert d.document["actors"] == [] and d.new_actors == []


# --- events and roles -----------------------------------------------------------------


def test_direction_of_a_deployment_in_active_and_passive_voice() -> None:
    active = run("Pyongyang sent thousands of troops to Russia.")
    passive = run("Thousands of troops were sent to Russia by Pyongyang.")
    want = ("deployment", {("north-korea", "sender"), ("russia", "host")})
    assert want in events(active)
    assert want in events(passive)


def test_supply_with_its_recipient_not_the_war_it_is_for() -> None:
    d = run("La Corea del Nord ha fornito milioni di proiettili alla Russia per la guerra "
            "con l'Ucraina.", language="it")
    assert ("supply", {("north-korea", "supplier"), ("russia", "recipient")}) in events(d)


def test_a_visit_named_as_a_noun_takes_its_visitor_from_the_genitive() -> None:
    d = run("Il trattato è stato firmato durante la visita del presidente russo Putin in "
            "Corea del Nord.", language="it")
    assert ("visit", {("vladimir-putin", "visitor"), ("north-korea", "host")}) in events(d)


def test_a_meeting_needs_two_named_sides() -> None:
    d = run("Lavrov met Choe Son Hui in Moscow on Friday.", published="2024-11-02")
    meeting = the(d, "meeting")
    assert {(p["actor"], p["role"]) for p in meeting["participants"]} == {
        ("sergey-lavrov", "participant"), ("choe-son-hui", "participant")}
    assert meeting["date"]["value"] == "2024-11-01" and meeting["date"]["inferred"]
    d = run("Lavrov held talks in the afternoon.")
    assert [t for t, _ in events(d)] == []


def test_signing_links_the_treaty_its_parties_and_a_milestone() -> None:
    d = run("Russia and North Korea signed the Comprehensive Strategic Partnership Treaty "
            "on 19 June 2024.")
    signing = the(d, "signing")
    assert signing["agreement"] == "russia-north-korea-comprehensive-strategic-partnership-treaty"
    assert signing["date"] == {"value": "2024-06-19"}
    (agreement,) = d.document["agreements"]
    assert agreement["milestones"] == [{"type": "signed", "date": {"value": "2024-06-19"},
                                        "event": signing["id"]}]


def test_the_treaty_by_back_reference_and_ratification_events() -> None:
    d = run("The State Duma ratified the treaty on Thursday.", published="2024-10-25")
    rat = the(d, "ratification")
    assert ("state-duma", "ratifier") in {(p["actor"], p["role"])
                                          for p in rat["participants"]}
    assert rat["agreement"] == "russia-north-korea-comprehensive-strategic-partnership-treaty"
    assert rat["date"]["value"] == "2024-10-24"


def test_no_date_in_the_sentence_is_an_unknown_date_never_the_publication_date() -> None:
    d = run("North Korea sent troops to Russia.", published="2024-10-28")
    assert "value" not in the(d, "deployment")["date"]


# --- attribution ----------------------------------------------------------------------


def test_confirmed_by_the_named_asserters_who_are_not_participants() -> None:
    d = run("The Pentagon and NATO confirmed that North Korean troops are in Russia.")
    assert ("deployment", {("north-korea", "sender"), ("russia", "host")}) in events(d)
    assert claims(d, "deployment") == [("confirmed", ["nato", "pentagon"])]


def test_according_to_and_said_are_reported() -> None:
    d = run("According to Western sources, North Korea supplied artillery shells to Russia.")
    assert claims(d, "supply") == [("reported", ["western-sources"])]
    d = run("Fonti occidentali riferiscono che la Corea del Nord ha fornito proiettili alla "
            "Russia.", language="it")
    assert claims(d, "supply") == [("reported", ["western-sources"])]


def test_a_denial_is_a_separate_claim_of_the_denier() -> None:
    d = run("NATO confirmed that North Korea deployed troops to Russia, but Moscow denied it.")
    assert sorted(claims(d, "deployment")) == [("confirmed", ["nato"]),
                                               ("denied", ["russia"])]


def test_a_denial_of_the_reports_refers_to_the_event_before_it() -> None:
    d = run("North Korea sent troops to Russia, Seoul said. Pyongyang denied the reports.")
    assert sorted(claims(d, "deployment")) == [("denied", ["north-korea"]),
                                               ("reported", ["south-korea"])]
    assert any("denial with no event of its own" in r for r in d.review)


def test_hedges_make_a_claim_alleged() -> None:
    d = run("Ingegneri militari nordcoreani stanno presumibilmente aiutando le forze russe.",
            language="it")
    assert claims(d, "military_assistance") == [("alleged", [])]
    assert ("military_assistance", {("north-korea", "provider"), ("russia", "recipient")}) \
        in events(d)


def test_unnamed_sources_become_group_or_media_actors() -> None:
    d = run("Russian state media said Pyongyang had sent shells to Russia.")
    assert claims(d, "supply") == [("reported", ["russian-state-media"])]
    media = next(a for a in d.document["actors"] if a["id"] == "russian-state-media")
    assert media["kind"] == "media"


def test_no_cue_means_the_article_states_it() -> None:
    d = run("Putin visited North Korea in June 2024.")
    assert claims(d, "visit") == [("confirmed", [])]
    assert the(d, "visit")["date"] == {"value": "2024-06"}


# --- evidence -------------------------------------------------------------------------


def test_every_quote_is_the_exact_sentence_with_its_span() -> None:
    text = ("Background paragraph with no event at all.\n"
            "The Pentagon confirmed that North Korean troops are in Russia. Kyiv urged "
            "allies to act.")
    d = run(text)
    assert d.document["claims"]
    for c in d.document["claims"]:
        for ev in c["evidence"]:
            start, end = ev["span"]
            assert text[start:end] == ev["quote"] and ev["language"] == "en"


def test_quoted_words_are_a_statement_of_the_speaker() -> None:
    d = run("“The treaty stabilises Eurasia”, Lavrov said at the talks with Choe Son Hui.")
    st = the(d, "statement")
    assert ("sergey-lavrov", "speaker") in {(p["actor"], p["role"]) for p in st["participants"]}
    assert claims(d, "statement") == [("confirmed", ["sergey-lavrov"])]
    # the talks themselves are the article's, not what Lavrov said
    assert claims(d, "meeting") == [("confirmed", [])]


# --- bad input ------------------------------------------------------------------------


def test_an_invalid_language_code_is_an_error() -> None:
    with pytest.raises(InvalidInput, match="'xx' is not an ISO 639-1"):
        run("North Korea sent troops to Russia.", language="xx")


def test_the_language_is_detected_when_not_given() -> None:
    d = run("La Corea del Nord ha inviato truppe in Russia, ha confermato la Nato.",
            language=None)
    assert d.language == "it"
    assert any("detected 'it'" in w for w in d.warnings)


# --- the rules added for wire reports ---------------------------------------------------


def test_a_dateline_is_where_the_report_was_filed() -> None:
    d = run("MOSCOW, Nov. 6 — The Federation Council ratified the treaty with North Korea.",
            published="2024-11-06")
    rat = the(d, "ratification")
    assert ("russia", "party") not in {(p["actor"], p["role"]) for p in rat["participants"]}
    assert "value" not in rat["date"]  # the dateline's date is the report's
    assert "russia" in actor_ids(d)  # still linked


def test_what_is_only_expected_or_denied_by_the_text_is_no_event() -> None:
    assert events(run("Pyongyang is expected to send more troops to Russia.")) == []
    assert events(run("North Korea did not send troops to Russia.")) == []
    assert events(run("La Corea del Nord potrebbe inviare altre truppe in Russia.",
                      language="it")) == []


def test_hearsay_is_reported_by_nobody_named() -> None:
    d = run("Pyongyang is said to have shipped artillery shells to Moscow.")
    assert claims(d, "supply") == [("reported", [])]
    assert ("supply", {("north-korea", "supplier"), ("russia", "recipient")}) in events(d)


def test_a_list_of_asserters_and_accused() -> None:
    d = run("Kyiv, Seoul and Washington said North Korea sent troops to Russia.")
    assert claims(d, "deployment") == [("reported", ["south-korea", "ukraine", "united-states"])]
    d = run("North Korea sent troops to Russia, NATO said.")
    assert claims(d, "deployment") == [("reported", ["nato"])]
    d = run("Lavrov accused Washington, Seoul and Tokyo of provocations.")
    assert ("accusation", {("sergey-lavrov", "accuser"), ("united-states", "accused"),
                           ("south-korea", "accused"), ("japan", "accused")}) in events(d)


def test_words_of_denial_make_the_speaker_a_denier() -> None:
    d = run("Seoul said North Korea sent shells to Russia. Moscow's envoy called the "
            "claims groundless.")
    assert ("denied", ["russia"]) in claims(d, "supply")


def test_a_receiver_is_the_recipient() -> None:
    d = run("Secondo Seul, Mosca avrebbe ricevuto da Pyongyang munizioni e missili.",
            language="it")
    assert ("supply", {("north-korea", "supplier"), ("russia", "recipient")}) in events(d)
    assert claims(d, "supply") == [("alleged", ["south-korea"])]


def test_urged_allies_is_the_appellant_states_allies_when_the_graph_has_them() -> None:
    d = run("Zelensky urged allies to act before the winter.")
    assert ("appeal", {("volodymyr-zelensky", "appellant"), ("ukraine-allies", "addressee")}) \
        in events(d)


# --- odd input --------------------------------------------------------------------------


def test_underscores_handles_and_urls_are_just_words() -> None:
    d = run("Russia sent troops to Ukraine, x_y_z_w_v according to Moscow, see "
            "https://example.org/a_b_c and @nk_watch.")
    Document.model_validate(d.document)


def test_a_publication_date_outside_the_years_read_is_refused() -> None:
    with pytest.raises(InvalidInput, match="outside the years 1000-2999"):
        run("Russia and North Korea met tomorrow.", published="9999-12-31")


def test_a_titled_person_only_mentioned_keeps_the_role_the_title_gives() -> None:
    d = run("NATO Secretary General Mark Rutte was in Brussels all week.")
    assert "mark-rutte" in d.new_actors
    assert [(r["type"], r["actor"], r["of"]) for r in d.document["roles"]] == [
        ("LEADER_OF", "mark-rutte", "nato")]


def test_review_notes_stay_comments_whatever_the_names() -> None:
    d = run("NATO Secretary General Mark\nRutte said North Korea sent troops to Russia.")
    head = d.to_yaml().split("version: 1", 1)[0]
    assert all(line.startswith("#") for line in head.splitlines())


def test_one_spelling_of_an_acronym_in_the_graph_matches_the_others() -> None:
    # the graph keeps one Alias per folded key: "NATO" stands for "Nato" too
    lex = Lexicon.build([{"id": "nato", "name": "NATO", "kind": "alliance",
                          "aliases": [{"text": "NATO", "note": None}]},
                         {"id": "united-states", "name": "United States", "kind": "state",
                          "aliases": [{"text": "US", "note": None}]}])
    found = [(m.text, m.target) for m in lex.matcher("it").find(
        "Il Pentagono e la Nato: a noi, ha detto un funzionario US.")]
    assert ("Nato", "nato") in found and ("US", "united-states") in found
    assert not any(t == "noi" for t, _ in found)
