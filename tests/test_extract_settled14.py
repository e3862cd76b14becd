"""The embedded extractor on the readings settled at the start of session 14 (GUIDELINES.md,
"Settled at the start of session 14"): an unnamed delegation with a state's adjective is an
unnamed group; an appeal to "all parties" has its appellant alone; a purpose ("sent to fight
against Ukraine") tells no event; cooperation characterised ("aimed at no one") is the
speaker's statement only; a sentence that only takes up the fact before gives it a claim of
its source; "earlier that day" and "the night from Monday to Tuesday" are dates. Sentences
written for these tests (not the gold texts'), in English, Italian and French.
"""

from __future__ import annotations

from tests.test_extract_embedded import actor_ids, events, run

# --- an unnamed delegation ------------------------------------------------------------------


def test_delegation_with_a_state_adjective_is_a_group() -> None:
    for text, lang, group, kind, other in [
            ("A North Korean delegation arrived in Moscow on Thursday.", "en",
             "north-korean-delegation", "visit", ("russia", "host")),
            ("A Russian parliamentary delegation travelled to Pyongyang.", "en",
             "russian-parliamentary-delegation", "visit", ("north-korea", "host")),
            ("Kim Jong Un met a visiting Russian delegation on Tuesday.", "en",
             "russian-delegation", "meeting", ("kim-jong-un", "participant")),
            ("Una delegazione militare nordcoreana è arrivata ieri a Mosca.", "it",
             "delegazione-militare-nordcoreana", "visit", ("russia", "host")),
            ("Sergei Lavrov ha ricevuto una delegazione nordcoreana di alto livello.", "it",
             "delegazione-nordcoreana-di-alto-livello", "meeting",
             ("sergey-lavrov", "participant")),
            ("Kim Jong Un a reçu une délégation parlementaire russe à Pyongyang.", "fr",
             "delegation-parlementaire-russe", "meeting", ("kim-jong-un", "participant")),
            ("Une délégation nord-coréenne de haut niveau est arrivée mardi à Moscou.", "fr",
             "delegation-nord-coreenne-de-haut-niveau", "visit", ("russia", "host")),
    ]:
        d = run(text, language=lang, published="2024-12-05")
        role = "visitor" if kind == "visit" else "participant"
        assert events(d) == [(kind, {(group, role), other})], text
        assert group in actor_ids(d), text


def test_a_delegation_without_a_state_adjective_is_no_group() -> None:
    d = run("Sergei Lavrov met a delegation of businessmen in Moscow.")
    assert not any("delegation" in a for a in actor_ids(d))
