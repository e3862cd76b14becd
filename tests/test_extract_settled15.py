"""Readings settled at the start of session 15 that are about no single event type (the
session-15 settlements round, dev cases 481-484): the same fact told again by a new source
giving a figure ("put the number of troops at"), a denial of "these accusations" covering
what the accuser alleged, a negated fact nobody reported as the speaker's statement, two
acts of one subject joined by "and" or a participle, a news agency's state no party, "last
year" the year before publication. Sentences written for these tests in wire style, in EN, IT and
FR (no database; the seed document's lexicon, as in tests/test_extract_embedded.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from loaders.text.dates import find_dates
from tests.test_extract_embedded import run

NK_RU_DEPLOYMENT = ("deployment", frozenset({("north-korea", "sender"), ("russia", "host")}))


def _claims(text: str, language: str) -> dict[tuple[str, frozenset[tuple[str, str]]],
                                             set[tuple[str, tuple[str, ...]]]]:
    d = run(text, language=language, published="2024-11-14")
    out: dict[tuple[str, frozenset[tuple[str, str]]], set[tuple[str, tuple[str, ...]]]] = {}
    for e in d.document["events"]:
        key = (e["type"], frozenset((p["actor"], p["role"]) for p in e["participants"]))
        out.setdefault(key, set()).update(
            (c["certainty"], tuple(sorted(c["asserted_by"])))
            for c in d.document["claims"] if c["event"] == e["id"])
    return out


TOLD_AGAIN = [
    ("en", "North Korea has sent about 10,000 soldiers to Russia, Seoul said.\n"
           "The Pentagon put the number of North Korean troops in Russia at 11,000.",
     "pentagon"),
    ("en", "North Korea has sent about 10,000 soldiers to Russia, Seoul said.\n"
           "Washington puts the figure at 12,000 North Korean soldiers in Russia.",
     "united-states"),
    ("en", "North Korea has sent about 10,000 soldiers to Russia, Seoul said.\n"
           "The Pentagon estimated the number of North Korean soldiers in Russia at 11,000.",
     "pentagon"),
    ("it", "La Corea del Nord ha inviato circa 10.000 soldati in Russia, secondo Seul.\n"
           "Il Pentagono parla di 11.000 soldati nordcoreani in Russia.", "pentagon"),
    ("it", "La Corea del Nord ha inviato circa 10.000 soldati in Russia, secondo Seul.\n"
           "Washington ha quantificato in 12.000 i soldati nordcoreani in Russia.",
     "united-states"),
    ("fr", "La Corée du Nord a envoyé environ 10 000 soldats en Russie, selon Séoul.\n"
           "Washington avance le chiffre de 12 000 soldats nord-coréens en Russie.",
     "united-states"),
    ("fr", "La Corée du Nord a envoyé environ 10 000 soldats en Russie, selon Séoul.\n"
           "Le Pentagone évalue à 11 000 le nombre de soldats nord-coréens en Russie.",
     "pentagon"),
]


@pytest.mark.parametrize(("language", "text", "source"), TOLD_AGAIN)
def test_a_figure_given_again_is_the_same_fact_with_its_source(language: str, text: str,
                                                                source: str) -> None:
    found = _claims(text, language)
    assert list(found) == [NK_RU_DEPLOYMENT]  # no second deployment
    assert ("reported", ("south-korea",)) in found[NK_RU_DEPLOYMENT]
    assert ("reported", (source,)) in found[NK_RU_DEPLOYMENT]


def test_an_impersonal_si_parla_names_no_speaker() -> None:
    d = run("Al Cremlino si parla di una possibile visita di Kim in Russia.", language="it")
    assert not any(c["asserted_by"] for c in d.document["claims"])


ACCUSATIONS_DENIED = [
    ("it", "Secondo l'intelligence sudcoreana, migliaia di soldati nordcoreani combattono a "
           "fianco delle truppe russe nella regione di Kursk.\n"
           "Kiev ha accusato Pyongyang di aver fornito a Mosca anche milioni di proiettili "
           "d'artiglieria.\nIl Cremlino ha respinto queste accuse come «menzogne».",
     ("military_assistance", frozenset({("north-korea", "provider"), ("russia", "recipient")})),
     "russia"),
    ("en", "North Korean troops are in Russia's Kursk region, the Pentagon confirmed.\n"
           "Zelensky accused Pyongyang of shipping missiles to Moscow.\n"
           "The Kremlin dismissed the accusations as lies.", NK_RU_DEPLOYMENT, "russia"),
    ("fr", "Des soldats nord-coréens se trouvent en Russie, a confirmé l'Otan.\n"
           "Kiev a accusé Pyongyang de livrer des obus à Moscou.\n"
           "Moscou a rejeté ces accusations.", NK_RU_DEPLOYMENT, "russia"),
]


@pytest.mark.parametrize(("language", "text", "told", "denier"), ACCUSATIONS_DENIED)
def test_a_denial_of_the_accusations_denies_what_was_alleged(
        language: str, text: str, told: tuple[str, frozenset[tuple[str, str]]],
        denier: str) -> None:
    found = _claims(text, language)
    supply = ("supply", frozenset({("north-korea", "supplier"), ("russia", "recipient")}))
    assert ("denied", (denier,)) in found[supply]
    assert not any(c == "denied" for c, _ in found[told])  # the fact not alleged stays


def test_a_denial_of_the_charges_denies_each_fact_charged() -> None:
    found = _claims("Washington accused North Korea of sending troops to Russia and of "
                    "supplying it with shells.\nPyongyang rejected the charges.", "en")
    supply = ("supply", frozenset({("north-korea", "supplier"), ("russia", "recipient")}))
    assert ("denied", ("north-korea",)) in found[supply]
    assert ("denied", ("north-korea",)) in found[NK_RU_DEPLOYMENT]


NOTHING_SIGNED = [
    ("en", "Russia's Natural Resources Minister Alexander Kozlov arrived in Pyongyang on Sunday.\n"
           "Kozlov said the two sides had not signed any new agreement on military matters.",
     "alexander-kozlov"),
    ("en", "Russia's Natural Resources Minister Alexander Kozlov arrived in Pyongyang on Sunday.\n"
           "Kozlov said the two countries had signed no new agreement.", "alexander-kozlov"),
    ("en", "Kremlin spokesman Dmitry Peskov said Putin and Kim did not sign any military "
           "agreement during the visit.", "dmitry-peskov"),
    ("it", "Il portavoce del Cremlino Dmitry Peskov ha detto che Putin e Kim non hanno firmato "
           "alcun accordo militare.", "dmitry-peskov"),
    ("it", "Il portavoce del Cremlino Dmitry Peskov ha detto che i due Paesi non hanno firmato "
           "nessun accordo.", "dmitry-peskov"),
    ("fr", "Le porte-parole du Kremlin Dmitri Peskov a affirmé que Poutine et Kim n'avaient "
           "signé aucun accord militaire.", "dmitri-peskov"),
    ("fr", "Le porte-parole du Kremlin Dmitri Peskov a affirmé que la Russie n'avait conclu "
           "aucun accord secret avec Pyongyang.", "dmitri-peskov"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), NOTHING_SIGNED)
def test_a_negated_fact_nobody_reported_is_the_speakers_statement(language: str, text: str,
                                                                  speaker: str) -> None:
    found = _claims(text, language)
    statement = ("statement", frozenset({(speaker, "speaker")}))
    assert found.get(statement) == {("confirmed", (speaker,))}
    assert not any(t in ("signing", "deployment") for t, _ in found)


def test_no_soldier_is_still_a_denial_of_the_troops() -> None:
    found = _claims("La Corée du Nord a envoyé des soldats en Russie, selon Séoul.\n"
                    "Le porte-parole du Kremlin Dmitri Peskov a affirmé qu'aucun soldat "
                    "nord-coréen ne se trouvait en Russie.", "fr")
    assert any(c == "denied" for c, _ in found[NK_RU_DEPLOYMENT])


JOINED_SUPPORT = [
    ("en", "Russian Foreign Minister Sergey Lavrov met his North Korean counterpart Choe Son Hui "
           "in Moscow and pledged Russia's full support for Pyongyang.",
     "sergey-lavrov", "north-korea"),
    ("en", "Russian Foreign Minister Sergey Lavrov met Choe Son Hui in Moscow, pledging "
           "Moscow's full support for North Korea.", "sergey-lavrov", "north-korea"),
    ("en", "North Korean leader Kim Jong Un received Russian Defence Minister Andrei Belousov, "
           "assuring him of his country's support for Russia.", "kim-jong-un", "russia"),
    ("fr", "Le dirigeant nord-coréen Kim Jong Un a reçu le ministre russe de la Défense Andreï "
           "Belooussov, l'assurant du soutien de son pays à la Russie.", "kim-jong-un", "russia"),
    ("it", "Il leader nordcoreano Kim Jong Un ha ricevuto il ministro della Difesa russo Andrei "
           "Belousov, assicurandogli il sostegno del suo Paese alla Russia.",
     "kim-jong-un", "russia"),
    ("it", "Il ministro degli Esteri russo Sergej Lavrov ha incontrato Choe Son Hui a Mosca e ha "
           "ribadito il pieno sostegno della Russia a Pyongyang.", "sergey-lavrov", "north-korea"),
    ("fr", "Le ministre russe des Affaires étrangères Sergueï Lavrov a rencontré Choe Son Hui à "
           "Moscou et a réaffirmé le soutien de la Russie à Pyongyang.",
     "sergey-lavrov", "north-korea"),
]


@pytest.mark.parametrize(("language", "text", "supporter", "supported"), JOINED_SUPPORT)
def test_two_acts_of_one_subject_are_two_events_his_own(language: str, text: str,
                                                        supporter: str, supported: str) -> None:
    found = _claims(text, language)
    assert ("support", frozenset({(supporter, "supporter"), (supported, "supported")})) in found
    assert any(t == "meeting" for t, _ in found)


def test_thanked_and_assured_is_one_statement() -> None:
    found = _claims("Putin thanked Kim Jong Un in a message, assuring him that Russia would "
                    "never forget the courage of the Korean soldiers.", "en")
    assert list(found) == [("statement", frozenset({("vladimir-putin", "speaker"),
                                                    ("kim-jong-un", "addressee")}))]


OUTLET_STATES = [
    ("en", "Russia's TASS news agency reported that Putin had signed the law ratifying the "
           "treaty.", {("vladimir-putin", "ratifier")}),
    ("en", "North Korea's official KCNA news agency said Kim Jong Un had signed a decree "
           "ratifying the treaty with Russia.", {("kim-jong-un", "ratifier"), ("russia", "party")}),
    ("it", "Secondo l'agenzia di stampa russa Tass, Putin ha firmato la legge di ratifica del "
           "trattato.", {("vladimir-putin", "ratifier")}),
    ("fr", "Selon l'agence officielle nord-coréenne KCNA, Kim Jong Un a signé le décret de "
           "ratification du traité.", {("kim-jong-un", "ratifier")}),
]


@pytest.mark.parametrize(("language", "text", "sides"), OUTLET_STATES)
def test_a_state_named_by_a_news_agencys_adjective_is_no_party(
        language: str, text: str, sides: set[tuple[str, str]]) -> None:
    found = _claims(text, language)
    assert list(found) == [("ratification", frozenset(sides))]
    assert any(c == "reported" and a in (("tass",), ("kcna",)) for c, a in next(
        iter(found.values())))


LAST_YEAR = [
    ("en", "Kim visited Russia last year.", "2023", "last year"),
    ("en", "He came to Moscow last month.", "2024-10", "last month"),
    ("en", "Kim met Putin last September in Vostochny.", "2024-09", "last September"),
    ("en", "Kim met Putin last November.", "2023-11", "last November"),
    ("it", "Kim è stato in Russia l'anno scorso.", "2023", "l'anno scorso"),
    ("it", "Lo scorso anno Kim è stato in Russia.", "2023", "Lo scorso anno"),
    ("it", "Il mese scorso Shoigu è tornato a Pyongyang.", "2024-10", "Il mese scorso"),
    ("it", "Lo scorso settembre Kim ha visitato la Russia.", "2024-09", "Lo scorso settembre"),
    ("fr", "Pyongyang a livré l'an dernier des millions d'obus.", "2023", "l'an dernier"),
    ("fr", "Le mois dernier, Choïgou est revenu à Pyongyang.", "2024-10", "Le mois dernier"),
    ("fr", "Kim s'est rendu en Russie en septembre dernier.", "2024-09", "septembre"),
]


@pytest.mark.parametrize(("language", "text", "value", "span"), LAST_YEAR)
def test_last_year_is_the_year_before_publication(language: str, text: str, value: str,
                                                  span: str) -> None:
    found = find_dates(text, language, dt.date(2024, 11, 14))
    assert [(text[f.start:f.end], f.value, f.inferred) for f in found] == [(span, value, True)]


NOT_LAST_YEAR = [
    ("en", "Shipments have continued since last year."),
    ("en", "North Korea has shipped containers since August last year."),
    ("en", "Trade grew faster than last year."),
    ("en", "It was the last month of the year."),
    ("it", "Sono stati spediti container dall'agosto dello scorso anno."),
    ("fr", "Les livraisons continuent depuis l'an dernier."),
    ("fr", "La récolte serait inférieure à celle de l'an dernier."),
]


@pytest.mark.parametrize(("language", "text"), NOT_LAST_YEAR)
def test_last_year_as_a_bound_part_or_comparison_is_no_date(language: str, text: str) -> None:
    assert find_dates(text, language, dt.date(2024, 11, 14)) == []


def _dates(text: str, language: str, published: str) -> list[tuple[str, str | None]]:
    d = run(text, language=language, published=published)
    return [(e["type"], (e.get("date") or {}).get("value")) for e in d.document["events"]]


COUNTED = [
    ("fr", "2025-01-10", "Le ministre russe de la Défense Andreï Belooussov est arrivé le 29 "
     "novembre à Pyongyang pour une visite de deux jours.\nLe dirigeant nord-coréen Kim Jong "
     "Un l'a reçu le lendemain.\nDeux semaines après cette visite, une délégation militaire "
     "nord-coréenne s'est rendue à Moscou.", "2024-12-13"),
    ("en", "2024-11-30", "Russian Defence Minister Andrei Belousov arrived in Pyongyang on "
     "Nov. 1.\nTwo weeks later, North Korean Foreign Minister Choe Son Hui travelled to "
     "Moscow.", "2024-11-15"),
    ("it", "2024-12-20", "Il ministro della Difesa russo Andrei Belousov è arrivato a Pyongyang "
     "il 29 novembre.\nUn mese dopo, la ministra degli Esteri nordcoreana Choe Son Hui si è "
     "recata a Mosca.", "2024-12"),
]


@pytest.mark.parametrize(("language", "published", "text", "value"), COUNTED)
def test_weeks_and_months_count_from_the_fact_referred_to(language: str, published: str,
                                                          text: str, value: str) -> None:
    assert _dates(text, language, published)[-1] == ("visit", value)


def test_a_week_after_a_clause_dates_nothing_here() -> None:
    found = _dates("Russian Defence Minister Andrei Belousov arrived in Pyongyang on Nov. 1.\n"
                   "The visit came a week after the State Duma ratified the treaty.", "en",
                   "2024-11-14")
    assert ("ratification", None) in found


LATER_DATE = [
    ("en", "Russian Foreign Minister Sergey Lavrov met his North Korean counterpart Choe Son "
           "Hui in Moscow.\nThe talks were held on Nov. 1."),
    ("it", "Il ministro degli Esteri russo Sergej Lavrov ha incontrato a Mosca l'omologa "
           "nordcoreana Choe Son Hui.\nI colloqui si sono svolti venerdì 1° novembre."),
    ("fr", "Le ministre russe des Affaires étrangères Sergueï Lavrov a rencontré à Moscou son "
           "homologue nord-coréenne Choe Son Hui.\nLa rencontre a eu lieu le 1er novembre."),
]


@pytest.mark.parametrize(("language", "text"), LATER_DATE)
def test_a_date_given_later_dates_the_fact_told_before(language: str, text: str) -> None:
    assert _dates(text, language, "2024-11-14") == [("meeting", "2024-11-01")]


def test_a_future_round_of_talks_dates_nothing() -> None:
    assert _dates("Russian Foreign Minister Sergey Lavrov met his North Korean counterpart "
                  "Choe Son Hui in Moscow.\nThe next round of talks will be held on Dec. 5.",
                  "en", "2024-11-14") == [("meeting", None)]


def test_the_first_to_report_a_fact_told_before_is_its_source() -> None:
    found = _claims("North Korean units are deployed in Russia, Budanov said.\n"
                    "South Korea's National Intelligence Service was the first to report the "
                    "dispatch of North Korean troops to Russia.", "en")
    assert list(found) == [NK_RU_DEPLOYMENT]
    assert ("reported", ("national-intelligence-service",)) in found[NK_RU_DEPLOYMENT]


FIGURE_AGAIN = [
    ("en", "North Korea has sent about 10,000 soldiers to Russia, Seoul said.\n"
           "Ukrainian intelligence put the figure higher, at 12,000.", None),
    ("en", "North Korea has sent about 10,000 soldiers to Russia, Seoul said.\n"
           "The Pentagon said the number was closer to 11,000.", "pentagon"),
    ("it", "La Corea del Nord ha inviato circa 10.000 soldati in Russia, secondo Seul.\n"
           "Il Pentagono stima la cifra in 11.000.", "pentagon"),
    ("fr", "La Corée du Nord a envoyé environ 10 000 soldats en Russie, selon Séoul.\n"
           "Le Pentagone évalue ce chiffre à 11 000.", "pentagon"),
]


@pytest.mark.parametrize(("language", "text", "source"), FIGURE_AGAIN)
def test_a_figure_for_the_fact_before_is_a_claim_not_a_statement(
        language: str, text: str, source: str | None) -> None:
    found = _claims(text, language)
    assert list(found) == [NK_RU_DEPLOYMENT]
    assert len(found[NK_RU_DEPLOYMENT]) == 2
    if source is not None:
        assert ("reported", (source,)) in found[NK_RU_DEPLOYMENT]


def test_a_figure_of_something_else_is_no_claim() -> None:
    found = _claims("North Korea has sent about 10,000 soldiers to Russia, Seoul said.\n"
                    "The IMF said the figure for Russia's growth would be 3% in 2025.", "en")
    assert found[NK_RU_DEPLOYMENT] == {("reported", ("south-korea",))}


AGENCY_SPEAKS = [
    ("en", "Kim Jong Un visited a munitions factory, North Korea's official KCNA news agency "
           "reported."),
    ("en", "Kim Jong Un oversaw a missile test on Tuesday, North Korea's state news agency KCNA "
           "reported."),
    ("it", "Kim Jong Un ha visitato una fabbrica di munizioni, ha riferito l'agenzia nordcoreana "
           "KCNA."),
    ("fr", "Kim Jong Un a visité une usine de munitions, a rapporté l'agence officielle "
           "nord-coréenne KCNA."),
]


@pytest.mark.parametrize(("language", "text"), AGENCY_SPEAKS)
def test_the_agency_speaks_not_its_state(language: str, text: str) -> None:
    found = _claims(text, language)
    assert list(found) == [("statement", frozenset({("kcna", "speaker")}))]


VETOED = [
    ("en", "Russia vetoed a resolution condemning North Korea's arms transfers to Moscow."),
    ("en", "China abstained on a resolution that condemned the deployment of North Korean "
           "troops to Russia."),
    ("it", "La Russia ha posto il veto su una risoluzione che condannava l'invio di truppe "
           "nordcoreane in Russia."),
    ("fr", "La Russie a opposé son veto à un projet de résolution dénonçant les livraisons "
           "d'armes nord-coréennes à Moscou."),
    ("en", "Seoul summoned the Russian ambassador, Georgy Zinoviev, on Friday."),
    ("it", "La Cina si è astenuta nel voto."),
    ("fr", "Les forces ukrainiennes ont capturé deux soldats nord-coréens dans la région de "
           "Koursk."),
]


@pytest.mark.parametrize(("language", "text"), VETOED)
def test_a_veto_an_abstention_a_summons_a_capture_are_no_events(language: str,
                                                                 text: str) -> None:
    assert _claims(text, language) == {}


def test_a_fact_after_the_vetoed_texts_clause_is_told() -> None:
    found = _claims("Russia vetoed a resolution on Tuesday, and North Korea sent more troops "
                    "to Russia, Seoul said.", "en")
    assert list(found) == [NK_RU_DEPLOYMENT]


COUNTED_TROOPS = [
    ("it", "Secondo l'intelligence sudcoreana, migliaia di soldati nordcoreani combattono a "
           "fianco delle truppe russe nella regione di Kursk.\n"
           "Il Pentagono parla di 11.000 militari nordcoreani impegnati al fronte.",
     ("military_assistance", frozenset({("north-korea", "provider"), ("russia", "recipient")})),
     "pentagon"),
    ("fr", "Selon Séoul, près de 11 000 soldats nord-coréens se trouvent en Russie.\n"
           "Le Pentagone parle de 12 000 militaires nord-coréens.",
     NK_RU_DEPLOYMENT, "pentagon"),
    ("en", "North Korea has sent about 10,000 soldiers to Russia, Seoul said.\n"
           "The Pentagon spoke of 11,000 North Korean personnel.", NK_RU_DEPLOYMENT, "pentagon"),
]


@pytest.mark.parametrize(("language", "text", "told", "source"), COUNTED_TROOPS)
def test_a_number_of_the_same_troops_is_the_fact_told_before(
        language: str, text: str, told: tuple[str, frozenset[tuple[str, str]]],
        source: str) -> None:
    found = _claims(text, language)
    assert list(found) == [told]
    assert ("reported", (source,)) in found[told]


def test_troops_killed_are_no_figure_of_the_fact_before() -> None:
    found = _claims("North Korea has sent about 10,000 soldiers to Russia, Seoul said.\n"
                    "Zelensky said 3,000 North Korean soldiers had been killed or wounded.",
                    "en")
    assert found[NK_RU_DEPLOYMENT] == {("reported", ("south-korea",))}


FORECASTS = [
    ("en", "Russian Foreign Minister Sergey Lavrov forecast that trade with North Korea would "
           "double by 2026."),
    ("en", "The Kremlin estimated that trade with North Korea would double next year."),
    ("it", "Il ministro degli Esteri russo Sergej Lavrov ritiene che gli scambi commerciali "
           "raddoppieranno."),
    ("it", "Il ministro degli Esteri russo Sergej Lavrov sostiene che nessuna sanzione potrà "
           "fermare la cooperazione tra i due Paesi."),
    ("fr", "Le ministre russe des Affaires étrangères Sergueï Lavrov pense que les échanges "
           "doubleront."),
    ("fr", "Le ministre russe des Affaires étrangères Sergueï Lavrov estime que la coopération "
           "militaire va s'intensifier."),
]


@pytest.mark.parametrize(("language", "text"), FORECASTS)
def test_a_forecast_said_is_the_speakers_statement(language: str, text: str) -> None:
    found = _claims(text, language)
    assert len(found) == 1
    (kind, sides), = found
    assert kind == "statement" and len(sides) == 1


def test_a_treaty_that_provides_says_nothing() -> None:
    d = run("Il patto, firmato a giugno da Putin e Kim Jong Un, prevede che ciascuna parte "
            "fornisca assistenza militare all'altra.", language="it", published="2024-12-05")
    assert not any(e["type"] == "statement" for e in d.document["events"])


def test_three_days_after_a_fact_of_the_same_sentence_counts_from_it() -> None:
    found = _dates("Three days after the treaty entered into force on December 4, North Korean "
                   "Foreign Minister Choe Son Hui arrived in Moscow.", "en", "2024-12-20")
    assert ("entry_into_force", "2024-12-04") in found and ("visit", "2024-12-07") in found
    found = _dates("North Korean Foreign Minister Choe Son Hui arrived in Moscow on Dec. 7, "
                   "three days after the treaty entered into force.", "en", "2024-12-20")
    assert ("visit", "2024-12-07") in found
    assert ("entry_into_force", "2024-12-07") not in found  # (the visit's date, not its own)
