"""The date finder of the text extractor (loaders/text/dates.py); no Neo4j."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from loaders.text.dates import DATA_FILE, FoundDate, find_dates

PUB = dt.date(2024, 6, 20)  # a Thursday

Row = tuple[str, str | None, str | None, bool]


def found(text: str, language: str, published: dt.date | None = PUB) -> list[Row]:
    """(span text, value, end_value, inferred) of each date found."""
    return [(text[f.start:f.end], f.value, f.end_value, f.inferred)
            for f in find_dates(text, language, published)]


def one(text: str, language: str, published: dt.date | None = PUB) -> FoundDate:
    dates = find_dates(text, language, published)
    assert len(dates) == 1, dates
    return dates[0]


# ----------------------------------------------------------------- absolute dates

@pytest.mark.parametrize("language, text, expected", [
    ("en", "Putin and Kim signed the treaty in Pyongyang on 19 June 2024.",
     ("19 June 2024", "2024-06-19")),
    ("en", "The treaty, signed on June 19, 2024, entered into force later.",
     ("June 19, 2024", "2024-06-19")),
    ("en", "The agreement was ratified on Wednesday, 4 December 2024, by the Duma.",
     ("Wednesday, 4 December 2024", "2024-12-04")),
    ("en", "Pyongyang confirmed the deployment (2024-10-28) in a statement.",
     ("2024-10-28", "2024-10-28")),
    ("en", "The pact had been prepared since the 1st of June 2024 at least.",
     ("1st of June 2024", "2024-06-01")),
    ("it", "Il trattato è stato firmato a Pyongyang il 19 giugno 2024 da Putin e Kim.",
     ("19 giugno 2024", "2024-06-19")),
    ("it", "La Duma lo ha ratificato il 4 dicembre 2024, secondo la TASS.",
     ("4 dicembre 2024", "2024-12-04")),
    ("it", "L'accordo è entrato in vigore mercoledì 4 dicembre 2024.",
     ("mercoledì 4 dicembre 2024", "2024-12-04")),
    ("fr", "Le traité est entré en vigueur le 4 décembre 2024, selon Moscou.",
     ("4 décembre 2024", "2024-12-04")),
    ("fr", "Signé le 19 juin 2024, l'accord prévoit une assistance mutuelle.",
     ("19 juin 2024", "2024-06-19")),
    ("fr", "Le 1er novembre 2024, des soldats nord-coréens ont été vus à Koursk.",
     ("1er novembre 2024", "2024-11-01")),
    ("de", "Putin und Kim unterzeichneten am 19. Juni 2024 einen Vertrag.",
     ("19. Juni 2024", "2024-06-19")),
    ("es", "El tratado entró en vigor el 4 de diciembre de 2024.",
     ("4 de diciembre de 2024", "2024-12-04")),
])
def test_absolute_dates(language: str, text: str, expected: tuple[str, str]) -> None:
    span, value = expected
    assert found(text, language) == [(span, value, None, False)]


@pytest.mark.parametrize("language, text, span, value", [
    ("en", "Troops began arriving in Russia in October 2024, Seoul said.", "October 2024",
     "2024-10"),
    ("en", "Talks resumed in Sept. 2024 after a pause.", "Sept. 2024", "2024-09"),
    ("it", "Le truppe sono arrivate in Russia a ottobre 2024, secondo Seul.", "ottobre 2024",
     "2024-10"),
    ("it", "Il vertice si è tenuto nel giugno del 2024 a Pyongyang.", "giugno del 2024",
     "2024-06"),
    ("fr", "Les troupes sont arrivées en octobre 2024, selon Séoul.", "octobre 2024",
     "2024-10"),
    ("de", "Der Vertrag trat im Dezember 2024 in Kraft.", "Dezember 2024", "2024-12"),
])
def test_month_and_year(language: str, text: str, span: str, value: str) -> None:
    assert found(text, language) == [(span, value, None, False)]


@pytest.mark.parametrize("language, text, span, value", [
    ("en", "Kim visited the Vostochny cosmodrome on Sept. 13, state media said.", "Sept. 13",
     "2023-09-13"),
    ("en", "The envoys met again on June 19 in Pyongyang.", "June 19", "2024-06-19"),
    ("en", "The delegation left on 18 June for Vietnam.", "18 June", "2024-06-18"),
    ("en", "A deal is expected by July 1, officials said.", "July 1", "2024-07-01"),
    ("it", "I due leader si sono incontrati il 19 giugno a Pyongyang.", "19 giugno",
     "2024-06-19"),
    ("it", "Il 1° giugno la delegazione era già a Mosca.", "1° giugno", "2024-06-01"),
    ("fr", "Le 1er novembre, Séoul a accusé Pyongyang d'envoyer des troupes.", "1er novembre",
     "2023-11-01"),
    ("fr", "Les deux dirigeants se sont rencontrés le 19 juin à Pyongyang.", "19 juin",
     "2024-06-19"),
])
def test_day_and_month_take_the_publication_year(language: str, text: str, span: str,
                                                 value: str) -> None:
    assert found(text, language) == [(span, value, None, True)]


def test_inferred_year_note() -> None:
    d = one("I due leader si sono incontrati il 19 giugno a Pyongyang.", "it")
    assert d.note == "'19 giugno' has no year: 2024 from the publication date"


def test_two_weeks_grace_keeps_the_year() -> None:
    # an announced date shortly after publication stays in the publication year
    assert found("The talks will open on June 30.", "en") == [("June 30", "2024-06-30", None, True)]
    assert found("The talks will open on July 10.", "en") == [("July 10", "2023-07-10", None, True)]


def test_year_rollover() -> None:
    published = dt.date(2025, 1, 3)
    d = one("Lavrov and Choe met in Moscow on Dec. 30, the ministry said.", "en", published)
    assert (d.value, d.inferred) == ("2024-12-30", True)
    assert "2024" in d.note and "before publication" in d.note
    assert found("Il 30 dicembre le truppe sono rientrate.", "it", published) == [
        ("30 dicembre", "2024-12-30", None, True)]
    assert found("Le 30 décembre, les deux ministres se sont parlé.", "fr", published) == [
        ("30 décembre", "2024-12-30", None, True)]
    # and a range across New Year
    assert found("The drills ran from 30 December to 2 January.", "en", published) == [
        ("from 30 December to 2 January", "2024-12-30", "2025-01-02", True)]


def test_29_february_without_year() -> None:
    published = dt.date(2025, 3, 10)
    assert found("The envoy arrived on 29 February.", "en", published) == [
        ("29 February", "2024-02-29", None, True)]


# ----------------------------------------------------------------- ranges

@pytest.mark.parametrize("language, text, span", [
    ("en", "The summit took place on 18-19 June in Pyongyang.", "18-19 June"),
    ("en", "Putin was in North Korea on June 18-19, then in Vietnam.", "June 18-19"),
    ("en", "Putin visited the country between 18 and 19 June.", "between 18 and 19 June"),
    ("en", "The visit lasted from June 18 to 19, the Kremlin said.", "from June 18 to 19"),
    ("en", "The visit (18 – 19 June) was the first in decades.", "18 – 19 June"),
    ("it", "La visita di Stato si è svolta il 18 -19 giugno a Pyongyang.", "18 -19 giugno"),
    ("it", "Putin è stato in Corea del Nord dal 18 al 19 giugno.", "dal 18 al 19 giugno"),
    ("it", "La visita si è svolta tra il 18 e il 19 giugno.", "tra il 18 e il 19 giugno"),
    ("fr", "Le sommet s'est tenu les 18-19 juin à Pyongyang.", "18-19 juin"),
    ("fr", "Poutine était en Corée du Nord du 18 au 19 juin.", "du 18 au 19 juin"),
])
def test_ranges(language: str, text: str, span: str) -> None:
    assert found(text, language) == [(span, "2024-06-18", "2024-06-19", True)]


def test_ranges_with_years_and_months() -> None:
    assert found("Exercises ran from 28 Feb to 3 March 2024.", "en") == [
        ("from 28 Feb to 3 March 2024", "2024-02-28", "2024-03-03", False)]
    assert found("Les manœuvres ont eu lieu du 30 décembre 2023 au 2 janvier 2024.", "fr") == [
        ("du 30 décembre 2023 au 2 janvier 2024", "2023-12-30", "2024-01-02", False)]
    assert found("Dall'8 all'11 giugno 2024 si sono svolte le esercitazioni.", "it") == [
        ("Dall'8 all'11 giugno 2024", "2024-06-08", "2024-06-11", False)]


def test_range_without_year_and_without_publication_date() -> None:
    d = one("Putin è stato in Corea del Nord dal 18 al 19 giugno.", "it", None)
    assert (d.value, d.end_value, d.inferred) == (None, None, False)
    assert "no publication date" in d.note


def test_and_needs_between() -> None:
    # "18 and 19 June" lists two days: only the one with its month is a date
    assert found("Talks were held on 18 and 19 June.", "en") == [
        ("19 June", "2024-06-19", None, True)]


def test_backwards_range_is_not_a_range() -> None:
    assert found("Talks were held on 20-19 June.", "en") == [
        ("19 June", "2024-06-19", None, True)]


# ----------------------------------------------------------------- bare years

@pytest.mark.parametrize("language, text", [
    ("en", "North Korea sent troops to Russia in 2024, according to Seoul."),
    ("en", "Relations warmed in mid-2024, analysts say."),
    ("it", "I rapporti si sono intensificati alla fine del 2024."),
    ("it", "La Corea del Nord ha inviato truppe in Russia nel 2024."),
    ("fr", "La Corée du Nord a envoyé des troupes en Russie en 2024."),
])
def test_bare_year_after_a_preposition(language: str, text: str) -> None:
    assert found(text, language) == [("2024", "2024", None, False)]


@pytest.mark.parametrize("language, text", [
    ("en", "Some 2024 soldiers were reported, and 1500 more by other sources."),
    ("it", "Circa 2024 soldati sono stati inviati, secondo Seul."),
    ("fr", "Quelque 2024 soldats ont été envoyés, selon Séoul."),
    ("de", "Russland hat im Jahr 2024 Truppen erhalten."),  # no data entry: no bare years
    # a bound is not the date of the fact
    ("en", "It was the first visit since 2000."),
    ("it", "È la prima visita dal 2000."),
    ("fr", "C'est la première visite depuis 2000."),
])
def test_other_numbers_are_not_years(language: str, text: str) -> None:
    assert found(text, language) == []


# ----------------------------------------------------------------- months alone

@pytest.mark.parametrize("language, text, span, value", [
    ("en", "The two countries signed a pact in June.", "June", "2024-06"),
    ("en", "The agreement was signed in May.", "May", "2024-05"),
    ("en", "In March the first units crossed the border.", "March", "2024-03"),
    ("en", "Troops arrived in early October, Seoul said.", "October", "2024-10"),
    ("en", "Shelling intensified in late August.", "August", "2024-08"),
    ("en", "Relations warmed in mid-June, analysts say.", "June", "2024-06"),
    ("en", "Relations warmed in mid June, analysts say.", "June", "2024-06"),
    ("en", "Two ships docked during September.", "September", "2024-09"),
    ("en", "The treaty was ratified IN NOVEMBER.", "NOVEMBER", "2024-11"),
    ("it", "Il trattato è stato firmato a giugno.", "giugno", "2024-06"),
    ("it", "A marzo le truppe erano già al confine.", "marzo", "2024-03"),
    ("it", "Le truppe sono arrivate in ottobre.", "ottobre", "2024-10"),
    ("it", "Il vertice si è tenuto nel giugno scorso.", "giugno", "2024-06"),
    ("it", "Le esercitazioni si sono svolte nell'agosto di quest'anno.", "agosto", "2024-08"),
    ("it", "La delegazione è partita ad aprile.", "aprile", "2024-04"),
    ("it", "L'accordo è stato firmato nel mese di luglio.", "luglio", "2024-07"),
    ("it", "Le truppe sono arrivate a inizio settembre.", "settembre", "2024-09"),
    ("it", "Il trattato è entrato in vigore a metà febbraio.", "febbraio", "2024-02"),
    ("it", "I colloqui sono ripresi a fine gennaio.", "gennaio", "2024-01"),
    ("fr", "Le traité a été signé en juin à Pyongyang.", "juin", "2024-06"),
    ("fr", "En mai, les troupes étaient déjà à la frontière.", "mai", "2024-05"),
    ("fr", "Les troupes sont arrivées au mois de septembre.", "septembre", "2024-09"),
    ("fr", "Les manœuvres ont eu lieu au mois d'août.", "août", "2024-08"),
    ("fr", "Les combats ont repris début février.", "février", "2024-02"),
    ("fr", "Les combats ont repris fin fevrier.", "fevrier", "2024-02"),
    ("fr", "Les deux ministres se sont parlé mi-octobre.", "octobre", "2024-10"),
])
def test_month_alone_after_a_preposition(language: str, text: str, span: str,
                                         value: str) -> None:
    # the span is the month name alone, as for a bare year ("in 2024" -> "2024")
    published = dt.date(2024, 11, 30)
    assert found(text, language, published) == [(span, value, None, True)]


def test_month_alone_note_quotes_the_preposition() -> None:
    d = one("Il trattato è stato firmato a giugno.", "it", dt.date(2024, 11, 5))
    assert (d.value, d.inferred) == ("2024-06", True)
    assert d.note == "'a giugno' has no year: 2024 from the publication date"
    text = "The pact was signed in  early\u00a0June."
    d = one(text, "en", dt.date(2024, 11, 30))
    assert text[d.start:d.end] == "June"
    assert d.note == "'in  early\u00a0June' has no year: 2024 from the publication date"


def test_month_alone_after_publication_is_the_year_before() -> None:
    published = dt.date(2024, 3, 1)
    d = one("Pyongyang sent the first shells in December.", "en", published)
    assert (d.value, d.inferred) == ("2023-12", True)
    assert d.note == ("'in December' has no year: 2023, the year before publication "
                      "(2024-03-01): 2024-12 would begin after it")
    assert found("Les obus sont arrivés en décembre.", "fr", published) == [
        ("décembre", "2023-12", None, True)]
    # the month of publication, and one beginning within two weeks of it, keep its year
    assert found("The drills began in March.", "en", published) == [
        ("March", "2024-03", None, True)]
    assert found("Le esercitazioni inizieranno a marzo.", "it", dt.date(2024, 2, 20)) == [
        ("marzo", "2024-03", None, True)]
    assert found("Le esercitazioni inizieranno a marzo.", "it", dt.date(2024, 2, 10)) == [
        ("marzo", "2023-03", None, True)]


@pytest.mark.parametrize("language, text", [
    ("en", "The two countries signed a pact in June."),
    ("it", "Il trattato è stato firmato a giugno."),
    ("fr", "Le traité a été signé en juin."),
])
def test_month_alone_without_publication_date(language: str, text: str) -> None:
    d = one(text, language, None)
    assert (d.value, d.end_value, d.inferred) == (None, None, False)
    assert "no year" in d.note and "no publication date" in d.note


@pytest.mark.parametrize("language, text, span, value, end_value, inferred", [
    ("en", "The treaty was signed in June 2024.", "June 2024", "2024-06", None, False),
    ("en", "The treaty was signed in early June 2024.", "June 2024", "2024-06", None, False),
    ("en", "Putin was in North Korea in June 18-19.", "June 18-19", "2024-06-18",
     "2024-06-19", True),
    ("it", "Il trattato è stato firmato a giugno 2024.", "giugno 2024", "2024-06", None, False),
    ("it", "Il vertice si è tenuto nel giugno del 2024.", "giugno del 2024", "2024-06", None,
     False),
    ("fr", "Le traité a été signé en juin 2024.", "juin 2024", "2024-06", None, False),
])
def test_month_with_a_day_or_year_wins(language: str, text: str, span: str, value: str,
                                       end_value: str | None, inferred: bool) -> None:
    published = dt.date(2024, 11, 30)
    assert found(text, language, published) == [(span, value, end_value, inferred)]


def test_several_months_alone() -> None:
    text = "Troops arrived in June and left in early September, after shelling in 2024."
    assert found(text, "en", dt.date(2024, 11, 30)) == [
        ("June", "2024-06", None, True),
        ("September", "2024-09", None, True),
        ("2024", "2024", None, False),
    ]


def test_no_month_alone_without_data_entry() -> None:
    # German has no month_prepositions: "im Juni" is not a date
    assert found("Der Vertrag wurde im Juni unterzeichnet.", "de") == []


# ----------------------------------------------------------------- weekdays

@pytest.mark.parametrize("language, text, span, value", [
    ("en", "Putin arrived in Pyongyang on Tuesday for a two-day visit.", "Tuesday", "2024-06-18"),
    ("en", "The ministry said last Monday that the talks went well.", "last Monday",
     "2024-06-17"),
    ("it", "Putin è arrivato martedì a Pyongyang per una visita di due giorni.", "martedì",
     "2024-06-18"),
    ("it", "Lunedì scorso Lavrov ha incontrato Choe Son-hui.", "Lunedì scorso", "2024-06-17"),
    ("it", "Domenica scorsa il ministero ha smentito.", "Domenica scorsa", "2024-06-16"),
    ("fr", "Poutine est arrivé mardi à Pyongyang pour une visite de deux jours.", "mardi",
     "2024-06-18"),
    ("fr", "Mardi dernier, Séoul a convoqué l'ambassadeur russe.", "Mardi dernier",
     "2024-06-18"),
])
def test_weekdays(language: str, text: str, span: str, value: str) -> None:
    assert found(text, language) == [(span, value, None, True)]


def test_weekday_on_the_publication_day_is_that_day() -> None:
    # PUB is a Thursday
    assert found("Kim met the delegation on Thursday.", "en") == [
        ("Thursday", "2024-06-20", None, True)]
    assert found("Giovedì Kim ha ricevuto la delegazione.", "it") == [
        ("Giovedì", "2024-06-20", None, True)]
    assert found("Jeudi, Kim a reçu la délégation.", "fr") == [
        ("Jeudi", "2024-06-20", None, True)]


def test_past_and_next_modifiers_exclude_the_publication_day() -> None:
    assert found("Giovedì scorso Kim ha ricevuto la delegazione.", "it") == [
        ("Giovedì scorso", "2024-06-13", None, True)]
    assert found("The envoys will meet next Thursday.", "en") == [
        ("next Thursday", "2024-06-27", None, True)]
    assert found("Les ministres se verront vendredi prochain.", "fr") == [
        ("vendredi prochain", "2024-06-21", None, True)]


def test_weekday_without_publication_date() -> None:
    d = one("Putin arrived in Pyongyang on Tuesday.", "en", None)
    assert (d.value, d.inferred) == (None, False)
    assert "Tuesday" in d.note and "no publication date" in d.note


def test_weekday_before_a_date_is_part_of_it() -> None:
    text = "Putin arrived in Pyongyang on Tuesday, June 18, for a two-day visit."
    assert found(text, "en") == [("Tuesday, June 18", "2024-06-18", None, True)]
    assert found("Putin è arrivato martedì 18 giugno.", "it") == [
        ("martedì 18 giugno", "2024-06-18", None, True)]


def test_weekday_that_does_not_fit_is_noted() -> None:
    d = one("The treaty was signed on Tuesday, 19 June 2024.", "en")
    assert d.value == "2024-06-19"
    assert "Wednesday" in d.note


# ----------------------------------------------------------------- relative words

@pytest.mark.parametrize("language, text, span, value", [
    ("en", "The foreign ministry said today that the treaty is in force.", "today",
     "2024-06-20"),
    ("en", "Kim welcomed Putin at the airport yesterday.", "yesterday", "2024-06-19"),
    ("en", "The delegation left the day before yesterday.", "the day before yesterday",
     "2024-06-18"),
    ("en", "The two sides will sign the documents tomorrow.", "tomorrow", "2024-06-21"),
    ("it", "Oggi il ministero degli Esteri ha confermato l'accordo.", "Oggi", "2024-06-20"),
    ("it", "Kim ha accolto ieri Putin all'aeroporto.", "ieri", "2024-06-19"),
    ("it", "La delegazione è partita l'altro ieri.", "l'altro ieri", "2024-06-18"),
    ("it", "Domani i due leader firmeranno il trattato.", "Domani", "2024-06-21"),
    ("fr", "Le ministère a confirmé aujourd’hui l'accord.", "aujourd’hui", "2024-06-20"),
    ("fr", "Le ministère a confirmé aujourd'hui l'accord.", "aujourd'hui", "2024-06-20"),
    ("fr", "Kim a accueilli hier Poutine à l'aéroport.", "hier", "2024-06-19"),
    ("fr", "La délégation est partie avant-hier.", "avant-hier", "2024-06-18"),
    ("fr", "Les deux dirigeants signeront demain le traité.", "demain", "2024-06-21"),
])
def test_relative_words(language: str, text: str, span: str, value: str) -> None:
    assert found(text, language) == [(span, value, None, True)]


@pytest.mark.parametrize("language, text", [
    ("en", "Kim welcomed Putin at the airport yesterday."),
    ("it", "Kim ha accolto ieri Putin all'aeroporto."),
    ("fr", "Kim a accueilli hier Poutine à l'aéroport."),
])
def test_relative_words_without_publication_date(language: str, text: str) -> None:
    d = one(text, language, None)
    assert (d.value, d.end_value, d.inferred) == (None, None, False)
    assert "no publication date" in d.note


def test_absolute_date_needs_no_publication_date() -> None:
    assert found("Il trattato è stato firmato il 19 giugno 2024.", "it", None) == [
        ("19 giugno 2024", "2024-06-19", None, False)]
    d = one("I due leader si sono incontrati il 19 giugno.", "it", None)
    assert (d.value, d.inferred) == (None, False)
    assert "no year" in d.note


# ----------------------------------------------------------------- what is not a date

@pytest.mark.parametrize("language, text", [
    ("en", "The two leaders signed a comprehensive strategic partnership treaty."),
    ("en", "Officials may 12 times have denied the reports."),  # lowercase "may"
    ("en", "Both armies will march 20 kilometres."),
    # a month alone without a preposition, after a bound, or abbreviated
    ("en", "June was the hottest month on record."),
    ("en", "Talks have stalled since June, officials said."),
    ("en", "The deal was negotiated by Jan, the chief envoy."),
    ("en", "Progress was made in Jan's absence."),
    ("en", "The gains made in may not last, analysts warned."),  # lowercase "may"
    ("en", "Troops were seen in march formation near the border."),
    ("it", "Marzo è stato un mese difficile per le truppe."),
    ("it", "Da marzo le truppe erano già al confine."),
    ("it", "Kim ha ricevuto 300 delegati e 12 giornalisti."),
    ("fr", "Les deux dirigeants ont signé un traité de partenariat stratégique."),
    ("fr", "Depuis mai, les troupes étaient déjà à la frontière."),
    ("en", "The vote was set for 31 June, an impossible date."),
    ("en", ""),
])
def test_no_date(language: str, text: str) -> None:
    assert find_dates(text, language, PUB) == []


def test_never_the_publication_date_by_default() -> None:
    assert find_dates("Seoul summoned the Russian ambassador.", "en", PUB) == []
    assert find_dates("Seoul summoned the Russian ambassador.", "en", None) == []


def test_capitalized_may_is_a_month() -> None:
    assert found("The envoy arrived on 12 May.", "en") == [("12 May", "2024-05-12", None, True)]
    assert found("Talks opened May 12 in Moscow.", "en") == [
        ("May 12", "2024-05-12", None, True)]


# ----------------------------------------------------------------- several, order, spans

def test_several_dates_in_text_order_without_overlaps() -> None:
    text = ("Putin, who arrived on Tuesday, said yesterday that the treaty signed on "
            "19 June 2024 would enter into force in December 2024, as it did in 2024.")
    assert found(text, "en") == [
        ("Tuesday", "2024-06-18", None, True),
        ("yesterday", "2024-06-19", None, True),
        ("19 June 2024", "2024-06-19", None, False),
        ("December 2024", "2024-12", None, False),
        ("2024", "2024", None, False),
    ]


SENTENCES = [
    ("en", "Putin arrived in Pyongyang on Tuesday, June 18, for a two-day visit, the first "
           "in 2024, and left on 19-20 June 2024, yesterday or Oct. 28."),
    ("it", "Putin è arrivato martedì a Pyongyang, dal 18 al 19 giugno, nel 2024; ieri, "
           "l'altro ieri, il 1° luglio e giugno 2024."),
    ("fr", "Poutine est arrivé mardi, le 1er novembre, du 18 au 19 juin, en 2024, "
           "avant-hier et aujourd’hui, le 4 décembre 2024."),
]


@pytest.mark.parametrize("language, text", SENTENCES)
def test_spans_order_and_no_overlap(language: str, text: str) -> None:
    dates = find_dates(text, language, PUB)
    assert len(dates) >= 5
    for a, b in zip(dates, dates[1:], strict=False):
        assert a.end <= b.start
    for d in dates:
        span = text[d.start:d.end]
        assert span == span.strip() and not span.endswith(".")
        assert d.value is not None


def test_longest_expression_wins() -> None:
    assert [s for s, *_ in found("Il 19 giugno 2024, l'altro ieri.", "it")] == [
        "19 giugno 2024", "l'altro ieri"]
    assert [s for s, *_ in found("Elle est partie avant-hier.", "fr")] == ["avant-hier"]


# ----------------------------------------------------------------- languages

def test_language_without_data_entry_uses_babel() -> None:
    # German has no entry in dates.yaml: month names come from CLDR
    assert found("Putin und Kim trafen sich am 19. Juni 2024 in Pjöngjang.", "de") == [
        ("19. Juni 2024", "2024-06-19", None, False)]
    assert found("Am 19. Juni trafen sie sich.", "de") == [("19. Juni", "2024-06-19", None, True)]
    assert found("Das Abkommen trat am 4. Dezember 2024 in Kraft.", "de") == [
        ("4. Dezember 2024", "2024-12-04", None, False)]
    assert found("Putin chegou a Pyongyang em 19 de junho de 2024.", "pt") == [
        ("19 de junho de 2024", "2024-06-19", None, False)]
    # without an entry, no bare weekdays or relative words
    assert found("Am Dienstag kam er gestern an.", "de") == []


def test_language_tags_and_unknown_languages() -> None:
    assert found("Signed on 19 June 2024.", "en-GB") == [("19 June 2024", "2024-06-19", None,
                                                        False)]
    assert found("Firmato il 19 giugno 2024.", "it_IT") == [("19 giugno 2024", "2024-06-19",
                                                           None, False)]
    # a language babel does not know: only ISO dates
    assert found("Signed 19 June 2024, 2024-06-19.", "xx") == [("2024-06-19", "2024-06-19",
                                                              None, False)]


def test_case_and_accents_do_not_matter() -> None:
    assert found("FIRMATO IL 4 DICEMBRE 2024", "it") == [
        ("4 DICEMBRE 2024", "2024-12-04", None, False)]
    assert found("signe le 4 decembre 2024, arrive MARDI", "fr") == [
        ("4 decembre 2024", "2024-12-04", None, False), ("MARDI", "2024-06-18", None, True)]
    assert found("e arrivato lunedi", "it") == [("lunedi", "2024-06-17", None, True)]


def test_every_data_file_language_compiles() -> None:
    languages = [k for k in yaml.safe_load(DATA_FILE.read_text(encoding="utf-8")) if k != "_all"]
    assert {"en", "it", "fr"} <= set(languages)
    for language in languages:
        assert found("Signed 2024-06-19.", language) == [("2024-06-19", "2024-06-19", None,
                                                          False)]
