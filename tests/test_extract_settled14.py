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


# --- an appeal to all parties -----------------------------------------------------------------


def test_appeal_to_all_parties_has_its_appellant_alone() -> None:
    for text, lang, who in [
            ("China urged all parties to exercise restraint.", "en", "china"),
            ("NATO Secretary General Mark Rutte called on all sides to avoid escalation.", "en",
             "mark-rutte"),
            ("Beijing made an appeal to all parties concerned to show restraint.", "en", "china"),
            ("La Cina ha esortato tutte le parti alla moderazione.", "it", "china"),
            ("Pechino ha invitato tutte le parti coinvolte a dare prova di moderazione.", "it",
             "china"),
            ("Il segretario generale della Nato Mark Rutte ha lanciato un appello a tutte le "
             "parti perché evitino un'ulteriore escalation.", "it", "mark-rutte"),
            ("Pékin a appelé toutes les parties à la retenue.", "fr", "china"),
            ("La Chine a exhorté l'ensemble des parties à faire preuve de retenue.", "fr", "china"),
    ]:
        assert events(run(text, language=lang)) == [("appeal", {(who, "appellant")})], text


def test_no_appeal_to_all_parties_when_none_was_made() -> None:
    for text in ["China will urge all parties to exercise restraint at the summit.",
                 "China has not urged all parties to show restraint.",
                 "The treaty was signed by all parties in June."]:
        assert not [e for e in events(run(text)) if e[0] == "appeal"], text
