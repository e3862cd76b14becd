"""The treaty's milestones, second wave of session 15 (the released rounds' misses and false
events). Sentences written for these tests in wire style, EN, IT, FR (no database; the seed
document's lexicon)."""

from __future__ import annotations

from tests.test_extract_embedded import events, run

MILESTONE_TYPES = {"signing", "ratification", "entry_into_force", "submission"}


def _milestones(text: str, lang: str) -> list[tuple[str, set[tuple[str, str]]]]:
    return [(t, p) for t, p in events(run(text, language=lang, published="2024-12-04"))
            if t in MILESTONE_TYPES]


def _types(text: str, lang: str) -> list[str]:
    return sorted(t for t, _ in _milestones(text, lang))


def test_a_participle_naming_the_treaty_takes_no_date_from_the_main_verb() -> None:
    # the participle only identifies the treaty: the main clause's date is not its own
    for text, lang in [
        ("The treaty concluded between Russia and North Korea took effect on Wednesday.", "en"),
        ("The pact signed between Moscow and Pyongyang entered into force on Dec. 4.", "en"),
        ("Le traité de partenariat conclu entre la Russie et la Corée du Nord entre en "
         "vigueur ce mercredi.", "fr"),
        ("Le traité signé entre Moscou et Pyongyang est entré en vigueur mercredi.", "fr"),
        ("Il trattato concluso tra Russia e Corea del Nord entra in vigore oggi.", "it"),
        ("Il trattato firmato tra Mosca e Pyongyang è entrato in vigore mercoledì.", "it"),
    ]:
        assert _types(text, lang) == ["entry_into_force"], text


def test_a_participle_with_its_own_date_is_still_a_signing() -> None:
    for text, lang in [
        ("The treaty concluded between Russia and North Korea on June 19 took effect on "
         "Wednesday.", "en"),
        ("Le traité conclu entre Moscou et Pyongyang le 19 juin entre en vigueur mercredi.",
         "fr"),
        ("Il trattato firmato tra Russia e Corea del Nord il 19 giugno è entrato in vigore "
         "mercoledì.", "it"),
    ]:
        assert _types(text, lang) == ["entry_into_force", "signing"], text
