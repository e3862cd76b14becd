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
    assert "korean-central-news-agency" in ids and "kcna" not in ids
    assert ("reported", ["korean-central-news-agency"]) in claims(d, MEETING)


def test_an_outlet_name_inside_a_word_or_lower_case_is_no_outlet() -> None:
    d = run("Sergey Lavrov met Choe Son Hui in the rain, officials said.")
    assert not any(a["kind"] == "media" for a in d.document["actors"])
    d = run("The ANSAR group met Sergey Lavrov. A reuters-style report followed.")
    assert not any(a["kind"] == "media" for a in d.document["actors"])
