"""The embedded extractor on names it needs no cue for (news outlets of data/media.tsv)
and on titles: each checked on sentences written for these tests, in English, Italian
and French; no database (the seed document's lexicon).
"""

from __future__ import annotations

from tests.test_extract_embedded import actor_ids, claims, run

MEETING = "meeting"


def _kind(d, actor: str) -> str:  # type: ignore[no-untyped-def]
    return next(a["kind"] for a in d.document["actors"] if a["id"] == actor)


# --- news outlets ------------------------------------------------------------------------


def test_an_outlet_is_a_media_actor_wherever_it_stands() -> None:
    d = run("Vladimir Putin met Sergey Lavrov in Moscow on Monday, the Financial Times "
            "reported.")
    assert "financial-times" in actor_ids(d) and _kind(d, "financial-times") == "media"
    assert ("reported", ["financial-times"]) in claims(d, MEETING)
    d = run("Secondo la Kcna, Sergej Lavrov ha incontrato Choe Son Hui a Pyongyang.",
            language="it")
    assert ("reported", ["kcna"]) in claims(d, MEETING)
    d = run("D'après l'agence Yonhap, Sergueï Lavrov a rencontré Choe Son Hui à Moscou.",
            language="fr")
    assert ("reported", ["yonhap"]) in claims(d, MEETING)
    d = run("Il ministro Sergej Lavrov ha incontrato Choe Son Hui, ha riferito la Tass.",
            language="it")
    assert "tass" in actor_ids(d)


def test_an_outlet_with_its_short_name_in_parentheses_is_one_actor() -> None:
    d = run("Sergey Lavrov met Choe Son Hui in Pyongyang, the official Korean Central "
            "News Agency (KCNA) reported. KCNA said the talks were warm.")
    ids = actor_ids(d)
    # one actor, the settled id (GUIDELINES, settled at the start of session 16)
    assert "kcna" in ids and "korean-central-news-agency" not in ids
    assert ("reported", ["kcna"]) in claims(d, MEETING)


def test_an_outlet_name_inside_a_word_or_lower_case_is_no_outlet() -> None:
    d = run("Sergey Lavrov met Choe Son Hui in the rain, officials said.")
    assert not any(a["kind"] == "media" for a in d.document["actors"])
    d = run("The ANSAR group met Sergey Lavrov. A reuters-style report followed.")
    assert not any(a["kind"] == "media" for a in d.document["actors"])


# --- titles ------------------------------------------------------------------------------


def _people(d) -> set[str]:  # type: ignore[no-untyped-def]
    return {a["id"] for a in d.document["actors"] if a["kind"] == "person"}


def test_ranks_deputies_and_envoys_are_titles() -> None:
    assert "samuel-paparo" in _people(run("Admiral Samuel Paparo told senators that troops "
                                           "had been sent to Russia."))
    assert "lee-seong-kweun" in _people(run("South Korean lawmaker Lee Seong-kweun said the "
                                             "soldiers were in Russia."))
    assert "jean-dupont" in _people(run("Le député Jean Dupont a affirmé que les soldats "
                                         "étaient en Russie.", language="fr"))
    assert "mario-bianchi" in _people(run("Il deputato Mario Bianchi ha detto che i soldati "
                                           "sono in Russia.", language="it"))
    assert "paolo-verdi" in _people(run("Una delegazione guidata dal capo di stato maggiore "
                                         "Paolo Verdi è giunta a Mosca.", language="it"))
    assert "anna-neri" in _people(run("L'ammiraglio Anna Neri ha incontrato Sergej Lavrov.",
                                      language="it"))
    assert "kaja-kallas" in _people(run("L'Alta rappresentante Ue Kaja Kallas ha condannato "
                                         "l'invio di truppe.", language="it"))
    assert "jd-vance" in _people(run("Il vicepresidente americano JD Vance ha incontrato "
                                      "Sergej Lavrov.", language="it"))


def test_a_preposition_after_a_title_still_tells_a_role() -> None:
    # the titles' words ("capo di stato maggiore") do not hide who receives
    d = run("Il capo di stato maggiore Paolo Verdi ha detto che Pyongyang ha inviato "
            "missili alla Russia.", language="it")
    assert ("supply", {("north-korea", "supplier"), ("russia", "recipient")}) in [
        (e["type"], {(p["actor"], p["role"]) for p in e["participants"]})
        for e in d.document["events"]]


# --- bodies of a state -------------------------------------------------------------------


def _asserters(d) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [c["asserted_by"] for c in d.document["claims"]]


def test_a_state_after_a_body_name_is_part_of_it() -> None:
    d = run("The Security Service of Ukraine said North Korea sent shells to Russia.")
    assert ["security-service-of-ukraine"] in _asserters(d)
    d = run("Il Dipartimento di Stato americano ha detto che Pyongyang ha inviato missili "
            "alla Russia.", language="it")
    assert ["dipartimento-di-stato-americano"] in _asserters(d)
    d = run("Le Conseil de sécurité nationale américain a affirmé que Pyongyang a livré "
            "des missiles à la Russie.", language="fr")
    assert ["conseil-de-securite-nationale-americain"] in _asserters(d)


def test_a_body_written_in_lower_case_with_its_state_adjective() -> None:
    d = run("Lo Stato maggiore congiunto sudcoreano ha riferito che Pyongyang ha inviato "
            "missili alla Russia.", language="it")
    assert ["stato-maggiore-congiunto-sudcoreano"] in _asserters(d)
    d = run("L'état-major sud-coréen a affirmé que Pyongyang a livré des missiles à la "
            "Russie.", language="fr")
    assert ["etat-major-sud-coreen"] in _asserters(d)
    # a description is no body's name: "l'agenzia russa" is an unnamed source, if any
    d = run("L'agenzia russa ha riferito che Sergej Lavrov ha incontrato Choe Son Hui.",
            language="it")
    assert not any(a["kind"] == "government_body" for a in d.document["actors"])
    # the end of a title is no body: "capo di stato maggiore russo Valery Gerasimov"
    d = run("Secondo il capo di stato maggiore russo Valery Gerasimov, i soldati "
            "nordcoreani hanno combattuto a Kursk.", language="it")
    assert "valery-gerasimov" in actor_ids(d) and "stato-maggiore-russo" not in actor_ids(d)


def test_a_body_named_in_another_language_is_the_graphs() -> None:
    # the graph knows "Russian Foreign Ministry", "ministero degli Esteri russo"
    for lang, text in (
            ("fr", "Le ministère russe des Affaires étrangères a démenti que des soldats "
                   "nord-coréens aient été envoyés en Russie."),
            ("it", "Il ministero degli Affari esteri russo ha smentito che soldati "
                   "nordcoreani siano stati inviati in Russia."),
            ("en", "Russia's Ministry of Foreign Affairs denied that North Korean soldiers "
                   "were sent to Russia.")):
        d = run(text, language=lang)
        assert ["russia-foreign-ministry"] in _asserters(d), (lang, _asserters(d))
    # a body of another concept is not it
    d = run("Russia's Ministry of Defence denied that North Korean soldiers were sent to "
            "Russia.")
    assert "russia-foreign-ministry" not in actor_ids(d)


def test_a_title_before_a_body_found_in_the_text_still_finds_the_person() -> None:
    d = run("Il segretario del Consiglio di sicurezza russo Sergei Shoigu è stato ricevuto "
            "a Pyongyang dal leader nordcoreano Kim Jong Un.", language="it")
    assert "sergei-shoigu" in actor_ids(d)


def test_more_kinds_of_organisation_name() -> None:
    d = run("The ministers met in Lima on the sidelines of the Asia-Pacific Economic "
            "Cooperation summit.")
    assert "asia-pacific-economic-cooperation" in actor_ids(d)
    d = run("The Workers' Party Central Committee met Sergey Lavrov in Pyongyang.")
    assert any(a["kind"] in ("organization", "government_body") for a in d.document["actors"])
    d = run("Il Fondo Europeo per la Pace ha incontrato Sergej Lavrov.", language="it")
    assert "fondo-europeo-per-la-pace" in actor_ids(d)
    # an organisation of the crosswalk named in another language is the graph's
    d = run("Il Fondo Monetario Internazionale ha incontrato Sergej Lavrov.", language="it")
    assert "imf" in actor_ids(d)
    d = run("La Cour Pénale Internationale a reçu Sergueï Lavrov.", language="fr")
    assert "cour-penale-internationale" in actor_ids(d)
