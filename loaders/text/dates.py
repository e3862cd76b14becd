"""Date expressions of one sentence, resolved to partial dates.

``find_dates(text, language, published)`` returns the date expressions of ``text`` in text
order, without overlaps (where candidates overlap the longest wins), each as a
:class:`FoundDate`: its character span, its value (``"YYYY"``, ``"YYYY-MM"`` or
``"YYYY-MM-DD"``, ``None`` when it cannot be resolved), the last day of a range, whether
part of it comes from the publication date, and a note for a human reviewer. A sentence
without a date expression gives ``[]``: the publication date is never a default.

Understood
----------
Month names and weekday names come from CLDR through :mod:`babel` (wide and abbreviated,
format and stand-alone forms) for any language babel knows; matching is case- and
accent-insensitive. Language words CLDR lacks (relative words, prepositions, range words,
weekday modifiers, extra abbreviations) are data in ``data/dates.yaml``; English, Italian
and French have entries.

In every language babel knows (no data entry needed):

- day month [year]: ``19 June 2024``, ``4 dicembre 2024``, ``le 4 décembre 2024``,
  ``1er novembre``, ``am 19. Juni 2024``, ``4 de diciembre de 2024``, with an optional
  weekday in front (``Tuesday, 18 June``, ``mar. 18 juin``: it is part of the span and a
  note flags a weekday that does not fit the date);
- month year: ``June 2024``, ``giugno 2024``;
- ranges of days: ``18-19 June``, ``18 -19 giugno``, ``18/19 juin``, ``30 June - 2 July``;
- ISO dates ``2024-06-19`` (and ``2024/06/19``).

Only where the data file says so:

- month-first order (English): ``June 19, 2024``, ``Oct. 28``, ``June 18-19``;
- ranges with words: ``dal 18 al 19 giugno``, ``du 18 au 19 juin``,
  ``between 18 and 19 June``, ``from June 18 to 19``;
- a bare year after a preposition that places something in it: ``in 2024``, ``nel 2024``,
  ``en 2024``, ``in mid-2024``, ``fin 2024`` (the span is the year alone); any other 4-digit
  number is not a date, nor is a bound (``since 2000``, ``dal 2000``, ``depuis 2000``);
- a month alone after a preposition that places something in it: ``in June``,
  ``in early June``, ``a giugno``, ``nel mese di giugno``, ``a fine giugno``, ``en juin``,
  ``au mois de juin``, ``mi-juin`` -> ``YYYY-MM`` (``inferred``, see below). As for bare
  years the span is the month name alone, the preposition stays out of it (the note quotes
  both). Only full month names (CLDR wide forms): an abbreviation alone is too often
  something else ("in Jan" may be a person). A month name without one of these words
  (``June was hot``) or after a bound (``since June``, ``da giugno``, ``depuis juin``) is not
  a date; one with a day or a year next to it is read as above (``in June 2024`` is
  ``2024-06``, not inferred);
- weekdays alone: ``on Tuesday``, ``martedì``, ``mardi`` -> the most recent such day on or
  before the publication date (that day itself when it is that weekday; not after a bound:
  ``since Monday``, ``da lunedì``, ``depuis lundi`` are open periods); with a past
  modifier (``last Tuesday``, ``lunedì scorso``, ``mardi dernier``) the most recent one
  strictly before it (a week earlier when published on that weekday), with a future one
  (``next Tuesday``, ``martedì prossimo``) the first one strictly after it;
- the year, month or named month before the publication's: ``last year``/``l'anno
  scorso``/``l'an dernier`` (``YYYY``), ``last month``/``il mese scorso``/``le mois
  dernier`` (``YYYY-MM``), ``last September``/``lo scorso settembre``/``settembre
  scorso``/``septembre dernier`` (the latest such month before the publication's month),
  all ``inferred``; not after a bound (``since last year``, ``depuis l'an dernier``), a
  month (``since August last year``), "of" or "than" (``dello scorso anno``, ``à celle de
  l'an dernier``: part of another date, a comparison), nor ``the last month of``;
- relative words: ``today``/``oggi``/``aujourd'hui`` (0), ``yesterday``/``ieri``/``hier``
  (-1), ``the day before yesterday``/``l'altro ieri``/``avant-hier`` (-2),
  ``tomorrow``/``domani``/``demain`` (+1).

A day and month without a year take the year of the publication date (``inferred``); when
that date would fall more than two weeks after publication, the year before (the note says
so). A month alone likewise: the year of the publication date, or the year before when the
month would begin more than two weeks after publication ("in December" published on
1 March 2024 is 2023-12, "in June" published on 20 May 2024 is 2024-06). Weekdays and
relative words are resolved against the publication date (``inferred``). Without a
publication date all of these give ``value=None`` and a note. Impossible dates
(``31 June``) and backwards ranges are skipped.

Not understood
--------------
- a month name with neither a day, nor a year, nor one of the data file's prepositions
  next to it (``June was hot``, ``since June``, ``in Jan``): month names are common words
  (English "may", "march"); English ``May``, ``March`` and ``Mar`` are matched only
  capitalized (``in May``, not "gains made in may not last");
- a month alone is read as past or present, like a bare weekday: "elections will be held in
  December" published in March gives last December;
- all-numeric dates other than ISO (``19/06/2024``, ``6/19/24``: the order depends on the
  country), two-digit years (``June '24``), years before 1000 or after 2999;
- ordinal words (``the first of June``), month ranges (``June-July 2024``), seasons,
  quarters, decades, weeks (``last week``, ``la semaine dernière``), ``last night``;
- a day without its month (``on the 19th``), two listed days (``18 and 19 June`` gives
  ``19 June`` alone; ``between 18 and 19 June`` is a range);
- scripts written without spaces or with their own digits (Chinese, Japanese, Thai,
  Arabic-Indic digits), and month names in a grammatical case CLDR does not list (CLDR
  has the nominative and the form used in dates, e.g. Russian ``июня``, not the locative
  ``в марте``);
- in a language without a data entry: month-first order, bare years, bare weekdays,
  relative words and worded ranges (add an entry to ``data/dates.yaml``);
- a bare weekday is read as past or present: "will meet on Friday" gives the last Friday.

Known false positives: a number next to a month name is taken as its day or year
("in June 18 people died" -> June 18; "on 5 June 2000 troops" -> 2000-06-05); a bound or
a range ending in a listed preposition is read as a date: "fino a giugno" -> June,
"jusqu'en juin" -> June, "jusqu'en 2024" -> 2024, "da maggio a giugno" -> June.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names

DATA_FILE = Path(__file__).parent / "data" / "dates.yaml"

# a day and month without a year may be this far after publication and keep its year
ROLLOVER_GRACE = datetime.timedelta(days=14)


def _unpublished(span: str) -> tuple[None, None, bool, str]:
    """A relative date read in an article with no publication date: unknown, said why."""
    return None, None, False, f"'{span}' is relative and there is no publication date"


@dataclass(frozen=True)
class FoundDate:
    start: int  # [start, end) character offsets of the expression in `text`
    end: int
    value: str | None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"; None when it cannot be resolved
    end_value: str | None  # last day of a range
    inferred: bool  # the year (or the day) comes from the publication date
    note: str  # for a human reviewer


# --------------------------------------------------------------------------- folding

_SPECIAL = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
            "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
            "\u2212": "-"}


@lru_cache(maxsize=8192)
def _fold_char(c: str) -> str:
    if c in _SPECIAL:
        return _SPECIAL[c]
    base = "".join(x for x in unicodedata.normalize("NFKD", c)
                   if not unicodedata.combining(x)).lower()
    if len(base) == 1:
        return base
    low = c.lower()
    return low if len(low) == 1 else c


def _fold(text: str) -> str:
    """Case- and accent-folded text of the same length (offsets are kept)."""
    if text.isascii():
        return text.lower()
    return "".join(map(_fold_char, text))


def _norm_word(word: str) -> str:
    """A data-file word as it is compared: folded, single spaces."""
    return " ".join(_fold(word).split())


# --------------------------------------------------------------------------- language data


_DATA_KEYS = frozenset({
    "relative", "weekday_before", "weekday_after", "year_prepositions", "month_prepositions",
    "range_open",
    "range_to", "range_to_needs_open", "day_month_joiners", "month_year_joiners",
    "month_first", "bare_weekdays", "extra_months", "extra_weekdays", "capitalized_only",
    "last_week", "night_open", "night_to", "last_year", "last_month", "month_before",
    "month_after"})


@lru_cache(maxsize=1)
def _data_file() -> dict[str, dict[str, Any]]:
    with DATA_FILE.open(encoding="utf-8") as f:
        data = yaml.safe_load(f) or {}
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise ValueError(f"{DATA_FILE}: expected a mapping of language -> mapping")
    for language, entry in data.items():
        unknown = set(entry) - _DATA_KEYS
        if unknown:
            raise ValueError(f"{DATA_FILE}: {language}: unknown keys {sorted(unknown)}")
    return data


def _merged(language: str) -> dict[str, Any]:
    """The `_all` entry with the language's own added (lists joined, mappings merged)."""
    data = _data_file()
    out: dict[str, Any] = {}
    for entry in (data.get("_all", {}), data.get(language, {})):
        for key, value in entry.items():
            if isinstance(value, list) and isinstance(out.get(key), list):
                out[key] = out[key] + value
            elif isinstance(value, dict) and isinstance(out.get(key), dict):
                out[key] = {**out[key], **value}
            else:
                out[key] = value
    return out


def _locale(*tags: str) -> Locale | None:
    for tag in tags:
        try:
            return Locale.parse(tag)
        except (UnknownLocaleError, ValueError, TypeError):
            continue
    return None


def _names(tables: Iterable[Mapping[Any, Any]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for table in tables:
        for number, name in table.items():
            key = _norm_word(name).rstrip(".")
            if len(key) >= 2 and not any(ch.isdigit() for ch in key):
                out.setdefault(key, int(number))
    return out


def _alt(words: Iterable[str], trailing: bool = False) -> str:
    """A regex matching any of `words` (folded), as a trie: Python's ``re`` tries the
    branches of an alternation one by one, a trie reads each character once.

    A space in a word matches any run of spaces; `trailing` adds the space after the word
    (optional after a word ending in an apostrophe or a hyphen: "dall'8", "mid-2024").
    """
    trie: dict[str, Any] = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = (r"\s*" if w.endswith(("'", "-")) else r"\s+") if trailing else ""

    def emit(node: dict[str, Any]) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        end: str | None = node.get("")
        if not branches:
            return end or ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end is None:
            return body
        return f"(?:{body}|{end})" if end else f"(?:{body})?"

    return "(?:" + emit(trie) + ")"


@dataclass(frozen=True)
class _Pattern:
    kind: str  # the _Resolver method that reads its matches
    regex: re.Pattern[str]
    # run only on text with a digit / with one of these words (a cheap filter: scanning
    # every position of a sentence is what costs)
    needs_digit: bool
    needs_word: frozenset[str] | None


_WORD = re.compile(r"\w+")


def _last_words(phrases: Iterable[str]) -> frozenset[str]:
    """The last word of each phrase ("l'altro ieri" -> "ieri")."""
    return frozenset(words[-1] for p in phrases if (words := _WORD.findall(p)))


@dataclass(frozen=True)
class _Lang:
    months: dict[str, int]
    weekdays: dict[str, int]  # every form, Monday 0
    relative: dict[str, int]
    modifiers: dict[str, str]  # weekday modifier -> past | next
    capitalized_only: frozenset[str]
    needs_open: frozenset[str]
    patterns: tuple[_Pattern, ...]


_START = r"(?<!\w)(?<![0-9][.,:])"
_YEAR = r"(?P<{}>[12][0-9]{{3}})(?![0-9]|[.,][0-9])"
_DAY = r"(?P<{}>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th|er|re|eme|o|°)?(?![\w°])\.?"


@lru_cache(maxsize=64)
def _lang(language: str) -> _Lang:
    tag = language.strip().replace("-", "_")
    code = tag.split("_")[0].lower()
    conf = _merged(code)
    loc = _locale(tag, code)

    months: dict[str, int] = {}
    wide_months: dict[str, int] = {}  # full names: the only ones read alone
    wide_days: dict[str, int] = {}
    all_days: dict[str, int] = {}
    if loc is not None:
        wide_months = _names(get_month_names("wide", context, loc)
                             for context in ("format", "stand-alone"))
        months = _names(get_month_names(width, context, loc)
                        for width in ("wide", "abbreviated")
                        for context in ("format", "stand-alone"))
        wide_days = _names(get_day_names("wide", context, loc)
                           for context in ("format", "stand-alone"))
        all_days = _names(get_day_names(width, context, loc)
                          for width in ("wide", "abbreviated")
                          for context in ("format", "stand-alone"))
    for name, number in (conf.get("extra_months") or {}).items():
        months.setdefault(_norm_word(name).rstrip("."), int(number))
    for name, number in (conf.get("extra_weekdays") or {}).items():
        all_days.setdefault(_norm_word(name).rstrip("."), int(number))

    def words(key: str) -> list[str]:
        return [_norm_word(str(w)) for w in conf.get(key) or []]

    relative = {_norm_word(k): int(v) for k, v in (conf.get("relative") or {}).items()}
    before = {_norm_word(k): str(v) for k, v in (conf.get("weekday_before") or {}).items()}
    after = {_norm_word(k): str(v) for k, v in (conf.get("weekday_after") or {}).items()}
    for mode in (*before.values(), *after.values()):
        if mode not in ("past", "next"):
            raise ValueError(f"{DATA_FILE}: {code}: weekday modifier mode {mode!r}")

    patterns: list[_Pattern] = []
    month_words = _last_words(months)

    def add(kind: str, regex: str, needs_word: frozenset[str] | None = month_words,
            needs_digit: bool = True) -> None:
        patterns.append(_Pattern(kind, re.compile(regex), needs_digit, needs_word))

    add("iso", r"(?<![\w-])(?P<y1>[12][0-9]{3})(?P<sep>[-/])(?P<mo>[01][0-9])(?P=sep)"
               r"(?P<d1>[0-3][0-9])(?![0-9]|[-/][0-9])", needs_word=None)
    if months:
        m_alt = _alt(months)

        def month(n: int) -> str:
            return rf"(?P<m{n}>{m_alt})(?!\w)\.?"

        def day(n: int) -> str:
            return _DAY.format(f"d{n}")

        def year(n: int) -> str:
            return _YEAR.format(f"y{n}")

        dm_join = words("day_month_joiners")
        my_join = words("month_year_joiners")
        dm = r"\s+" + (rf"(?:{_alt(dm_join)}\s+)?" if dm_join else "")
        ysep = r"(?:\s*,\s*|\s+)" + (rf"(?:{_alt(my_join)}\s+)?" if my_join else "")
        wdp = rf"(?:(?P<wp>{_alt(all_days)})(?!\w)\.?,?\s+)?" if all_days else ""
        opens, tos = words("range_open"), words("range_to")
        open_re = rf"(?:(?P<open>{_alt(opens, trailing=True)}))?" if opens else ""
        to_re = rf"|\s+(?P<to>{_alt(tos, trailing=True)})" if tos else ""
        sep = rf"(?:\s*[-/]\s*{to_re})"

        add("dmy", rf"{_START}{wdp}{day(1)}{dm}{month(1)}(?:{ysep}{year(1)})?")
        add("my", rf"{_START}{month(1)}{ysep}{year(1)}")
        add("dmy_range", rf"{_START}{open_re}{wdp}{day(1)}(?:{dm}{month(1)}(?:{ysep}{year(1)})?)?"
                         rf"{sep}{day(2)}{dm}{month(2)}(?:{ysep}{year(2)})?")
        if conf.get("month_first"):
            add("mdy", rf"{_START}{wdp}{month(1)}\s*{day(1)}(?:{ysep}{year(1)})?")
            add("mdy_range", rf"{_START}{open_re}{wdp}{month(1)}\s*{day(1)}(?:{ysep}{year(1)})?"
                             rf"{sep}(?:{month(2)}\s*)?{day(2)}(?:{ysep}{year(2)})?")
    preps = words("year_prepositions")
    if preps:
        add("year", rf"(?<!\w)(?P<prep>{_alt(preps, trailing=True)}){_YEAR.format('y1')}",
            needs_word=_last_words(preps))
    month_preps = words("month_prepositions")
    if month_preps and wide_months:
        add("bare_month", rf"(?<!\w)(?P<prep>{_alt(month_preps, trailing=True)})"
                          rf"(?P<m1>{_alt(wide_months)})(?!\w)",
            needs_word=_last_words(wide_months), needs_digit=False)
    bare = bool(conf.get("bare_weekdays") or before or after)
    if bare and wide_days:
        b = rf"(?P<before>{_alt(before, trailing=True)})?" if before else ""
        a = rf"(?:\s+(?P<after>{_alt(after)})(?!\w))?" if after else ""
        add("weekday", rf"(?<!\w){b}(?P<w>{_alt(wide_days)})(?!\w){a}",
            needs_word=_last_words(wide_days), needs_digit=False)
    if relative:
        add("relative", rf"(?<!\w)(?P<r>{_alt(relative)})(?!\w)",
            needs_word=_last_words(relative), needs_digit=False)
    last_week = words("last_week")
    if last_week:
        # "last week", "la settimana scorsa", "la semaine dernière": the calendar week
        # (Monday to Sunday) before the publication's
        add("last_week", rf"(?<!\w)(?:{_alt(last_week)})(?!\w)",
            needs_word=frozenset(w for p in last_week for w in _WORD.findall(p)),
            needs_digit=False)
    for key in ("last_year", "last_month"):
        phrases = words(key)
        if phrases:
            # "last year", "l'anno scorso", "l'an dernier": the year before the
            # publication's; "last month", "il mese scorso", "le mois dernier": the month
            # before the publication's (GUIDELINES, settled at the start of session 15)
            add(key, rf"(?<!\w)(?:{_alt(phrases)})(?!\w)",
                needs_word=frozenset(w for p in phrases for w in _WORD.findall(p)),
                needs_digit=False)
    month_before, month_after = words("month_before"), words("month_after")
    if wide_months and month_before:
        # "last September", "lo scorso settembre": the latest such month before the
        # publication's month
        add("past_month", rf"(?<!\w)(?:{_alt(month_before, trailing=True)})"
                          rf"(?P<m1>{_alt(wide_months)})(?!\w)",
            needs_word=_last_words(wide_months), needs_digit=False)
    if wide_months and month_after:
        # "settembre scorso", "en septembre dernier"
        add("past_month", rf"(?<!\w)(?P<m1>{_alt(wide_months)})\s+"
                          rf"(?:{_alt(month_after)})(?!\w)",
            needs_word=_last_words(wide_months), needs_digit=False)
    night_open, night_to = words("night_open"), words("night_to")
    if night_open and night_to and wide_days:
        # "the night from Monday to Tuesday", "nella notte tra martedì e mercoledì", "dans
        # la nuit du lundi au mardi": the two days, a range
        d_alt = _alt(wide_days)
        add("night", rf"(?<!\w)(?:{_alt(night_open)})\s+(?P<w1>{d_alt})\s+"
                     rf"(?:{_alt(night_to)})\s+(?P<w2>{d_alt})(?!\w)",
            needs_word=frozenset(w for p in night_open for w in _WORD.findall(p)[:1]),
            needs_digit=False)

    return _Lang(months=months, weekdays=all_days, relative=relative,
                 modifiers={**before, **after},
                 capitalized_only=frozenset(words("capitalized_only")),
                 needs_open=frozenset(words("range_to_needs_open")),
                 patterns=tuple(patterns))


# --------------------------------------------------------------------------- resolution


def _date(y: int, m: int, d: int) -> datetime.date | None:
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def _group(m: re.Match[str], name: str) -> str | None:
    return m.groupdict().get(name)


def _key(s: str) -> str:
    return " ".join(s.split()).rstrip(".")


_WEEKDAY_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class _Resolver:
    def __init__(self, text: str, lang: _Lang, published: datetime.date | None) -> None:
        self.text = text
        self.lang = lang
        self.published = published

    def month(self, m: re.Match[str], n: int) -> int | None:
        name = _group(m, f"m{n}")
        if name is None:
            return None
        key = _key(name)
        if key in self.lang.capitalized_only and not self.text[m.start(f"m{n}")].isupper():
            raise _Reject
        return self.lang.months[key]

    @staticmethod
    def number(m: re.Match[str], name: str) -> int | None:
        s = _group(m, name)
        return None if s is None else int(s)

    def year_for(self, month: int, day: int) -> tuple[int, str] | None:
        """The year of a day and month from the publication date, with the reason."""
        pub = self.published
        assert pub is not None
        latest = pub + ROLLOVER_GRACE
        for year in range(pub.year, pub.year - 9, -1):  # 29 February: back to a leap year
            d = _date(year, month, day)
            if d is None or d > latest:
                continue
            if year == pub.year:
                return year, f"{year} from the publication date"
            this_year = _date(pub.year, month, day)
            if year == pub.year - 1 and this_year is not None:
                return year, (f"{year}, the year before publication ({pub}): "
                              f"{this_year} would be after it")
            return year, f"{year}, the last year up to publication ({pub}) with that day"
        return None

    def weekday_note(self, m: re.Match[str], d: datetime.date) -> str:
        wp = _group(m, "wp")
        if wp is None:
            return ""
        w = self.lang.weekdays.get(_key(wp))
        if w is None or w == d.weekday():
            return ""
        return f"; the weekday does not fit: {d} is a {_WEEKDAY_EN[d.weekday()]}"

    # each returns (value, end_value, inferred, note) or None to drop the candidate

    def iso(self, m: re.Match[str], span: str) -> tuple[str | None, str | None, bool, str]:
        d = _date(int(m["y1"]), int(m["mo"]), int(m["d1"]))
        if d is None:
            raise _Reject
        return d.isoformat(), None, False, f"'{span}': ISO date"

    def dmy(self, m: re.Match[str], span: str) -> tuple[str | None, str | None, bool, str]:
        month, day = self.month(m, 1), self.number(m, "d1")
        assert month is not None and day is not None
        if _date(2000, month, day) is None:  # not a day of that month in any year
            raise _Reject
        year = self.number(m, "y1")
        if year is not None:
            d = _date(year, month, day)
            if d is None:
                raise _Reject
            return d.isoformat(), None, False, f"'{span}': {d}" + self.weekday_note(m, d)
        if self.published is None:
            return None, None, False, f"'{span}' has no year and there is no publication date"
        found = self.year_for(month, day)
        if found is None:
            raise _Reject
        y, why = found
        d = datetime.date(y, month, day)
        return (d.isoformat(), None, True,
                f"'{span}' has no year: {why}" + self.weekday_note(m, d))

    mdy = dmy

    def my(self, m: re.Match[str], span: str) -> tuple[str | None, str | None, bool, str]:
        month, year = self.month(m, 1), self.number(m, "y1")
        assert month is not None and year is not None
        return f"{year:04d}-{month:02d}", None, False, f"'{span}': month and year"

    def year(self, m: re.Match[str], span: str) -> tuple[str | None, str | None, bool, str]:
        return m["y1"], None, False, f"'{span}': year"

    def bare_month(self, m: re.Match[str], span: str) -> tuple[str | None, str | None, bool,
                                                                 str]:
        month = self.month(m, 1)
        assert month is not None
        said = self.text[m.start():m.end()]  # with its preposition: "a giugno"
        pub = self.published
        if pub is None:
            return None, None, False, f"'{said}' has no year and there is no publication date"
        year, why = pub.year, f"{pub.year} from the publication date"
        if datetime.date(year, month, 1) > pub + ROLLOVER_GRACE:
            year -= 1
            why = (f"{year}, the year before publication ({pub}): "
                   f"{pub.year}-{month:02d} would begin after it")
        return f"{year:04d}-{month:02d}", None, True, f"'{said}' has no year: {why}"

    def dmy_range(self, m: re.Match[str], span: str) -> tuple[str | None, str | None, bool, str]:
        to = _group(m, "to")
        if to is not None and _key(to) in self.lang.needs_open and _group(m, "open") is None:
            raise _Reject
        m1, m2 = self.month(m, 1), self.month(m, 2)
        m1, m2 = m1 or m2, m2 or m1
        d1, d2 = self.number(m, "d1"), self.number(m, "d2")
        assert m1 is not None and m2 is not None and d1 is not None and d2 is not None
        if _date(2000, m1, d1) is None or _date(2000, m2, d2) is None:
            raise _Reject
        y1, y2 = self.number(m, "y1"), self.number(m, "y2")
        inferred, why = False, ""
        if y1 is None and y2 is None:
            if self.published is None:
                return (None, None, False,
                        f"'{span}' has no year and there is no publication date")
            found = self.year_for(m1, d1)
            if found is None:
                raise _Reject
            y1, why = found
            inferred = True
        if (y1 is None or y2 is None) and m1 == m2 and d1 >= d2:
            raise _Reject  # "20-19 June"
        # a year given on one side only: the other side's is the same, or the next across
        # New Year ("30 December - 2 January 2025")
        if y1 is None:
            assert y2 is not None
            y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
        if y2 is None:
            y2 = y1 if (m1, d1) <= (m2, d2) else y1 + 1
        start, end = _date(y1, m1, d1), _date(y2, m2, d2)
        if start is None or end is None or end <= start:
            raise _Reject
        note = f"'{span}': {start} to {end}"
        if inferred:
            note = f"'{span}' has no year: {why}; {start} to {end}"
        return start.isoformat(), end.isoformat(), inferred, note + self.weekday_note(m, start)

    mdy_range = dmy_range

    def weekday(self, m: re.Match[str], span: str) -> tuple[str | None, str | None, bool, str]:
        w = self.lang.weekdays[_key(m["w"])]
        modifier = _group(m, "before") or _group(m, "after")
        mode = self.lang.modifiers.get(_key(modifier)) if modifier else None
        pub = self.published
        if pub is None:
            return None, None, False, f"'{span}' is a weekday and there is no publication date"
        if mode == "next":
            d = pub + datetime.timedelta(days=(w - pub.weekday()) % 7 or 7)
            how = "the first one after"
        elif mode == "past":
            d = pub - datetime.timedelta(days=(pub.weekday() - w) % 7 or 7)
            how = "the last one before"
        else:
            d = pub - datetime.timedelta(days=(pub.weekday() - w) % 7)
            how = "the last one on or before"
        return d.isoformat(), None, True, f"'{span}' is a weekday: {d}, {how} publication ({pub})"

    def relative(self, m: re.Match[str], span: str) -> tuple[str | None, str | None, bool, str]:
        offset = self.lang.relative[_key(m["r"])]
        pub = self.published
        if pub is None:
            return _unpublished(span)
        d = pub + datetime.timedelta(days=offset)
        return (d.isoformat(), None, True,
                f"'{span}' is relative: {d}, {offset:+d} day(s) from publication ({pub})")


    def last_week(self, m: re.Match[str], span: str
                  ) -> tuple[str | None, str | None, bool, str]:
        pub = self.published
        if pub is None:
            return _unpublished(span)
        monday = pub - datetime.timedelta(days=pub.weekday() + 7)
        sunday = monday + datetime.timedelta(days=6)
        return (monday.isoformat(), sunday.isoformat(), True,
                f"'{span}': the calendar week before the publication's ({pub})")

    def _a_period(self, m: re.Match[str]) -> bool:
        """ "the last month of the year", "in the last year": a period or another thing's
        last, not the one before publication."""
        before = self.text[max(0, m.start() - 4):m.start()].lower()
        after = self.text[m.end():m.end() + 4].lower()
        if before.endswith(("the ", "this ")) or after.startswith((" of ", " or ")):
            return True
        # "August of last year", "dall'agosto dello scorso anno", "since August last year":
        # a part of another date; "than last year", "di quella dell'anno scorso", "à celle
        # de l'an dernier": a comparison
        words = _WORD.findall(_fold(self.text[max(0, m.start() - 30):m.start()]))
        last = words[-1] if words else ""
        return last in _OF_THAN or last in self.lang.months


    def last_year(self, m: re.Match[str], span: str
                  ) -> tuple[str | None, str | None, bool, str]:
        if self._a_period(m):
            raise _Reject
        pub = self.published
        if pub is None:
            return _unpublished(span)
        return (f"{pub.year - 1:04d}", None, True,
                f"'{span}': the year before the publication's ({pub})")

    def last_month(self, m: re.Match[str], span: str
                   ) -> tuple[str | None, str | None, bool, str]:
        if self._a_period(m):
            raise _Reject
        pub = self.published
        if pub is None:
            return _unpublished(span)
        y, mo = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
        return (f"{y:04d}-{mo:02d}", None, True,
                f"'{span}': the month before the publication's ({pub})")

    def past_month(self, m: re.Match[str], span: str
                   ) -> tuple[str | None, str | None, bool, str]:
        month = self.month(m, 1)
        assert month is not None
        pub = self.published
        if pub is None:
            return None, None, False, f"'{span}' has no year and there is no publication date"
        year = pub.year if month < pub.month else pub.year - 1
        return (f"{year:04d}-{month:02d}", None, True,
                f"'{span}': the latest such month before the publication's ({pub})")

    def night(self, m: re.Match[str], span: str) -> tuple[str | None, str | None, bool, str]:
        w1, w2 = self.lang.weekdays[_key(m["w1"])], self.lang.weekdays[_key(m["w2"])]
        if (w1 + 1) % 7 != w2:
            raise _Reject
        pub = self.published
        if pub is None:
            return None, None, False, f"'{span}' is a night and there is no publication date"
        second = pub - datetime.timedelta(days=(pub.weekday() - w2) % 7)
        first = second - datetime.timedelta(days=1)
        return (first.isoformat(), second.isoformat(), True,
                f"'{span}' is a night: {first} to {second}, the last such days on or before "
                f"publication ({pub})")


#: words before "last year" that make it part of another date or a comparison
_OF_THAN = frozenset({"of", "than", "del", "dello", "della", "dell", "di", "de", "du", "que",
                      "qu", "rispetto", "a", "all", "al"})


class _Reject(Exception):
    """The candidate is not a date after all (invalid day, lowercase 'may'...)."""


_DIGIT = re.compile("[0-9]")

Handler = Callable[[re.Match[str], str], tuple[str | None, str | None, bool, str]]


#: The bound of an open period right before a weekday ("since Monday", "depuis lundi").
_BOUND_BEFORE = re.compile(r"(?:^|\W)(?:(?:since|depuis|da|dal|dalla|dallo)\s+|dall')$")


def find_dates(text: str, language: str, published: datetime.date | None) -> list[FoundDate]:
    """The date expressions of `text` (one sentence), in text order, without overlaps.

    Parameters
    ----------
    text
        A sentence (any text; offsets are into it).
    language
        ISO 639-1 code of the text, optionally with a region (``"it"``, ``"en-GB"``).
    published
        The publication date of the article: the year of dates and months without one,
        and the day weekdays and relative words count from. ``None``: those get
        ``value=None``.

    Returns
    -------
    list[FoundDate]
        Longest expressions first when candidates overlap; ``[]`` without any.
    """
    if not text:
        return []
    lang = _lang(language)
    folded = _fold(text)
    resolver = _Resolver(text, lang, published)
    candidates: list[tuple[int, int, str, re.Match[str]]] = []
    has_digit = _DIGIT.search(folded) is not None
    words: set[str] | None = None
    for pattern in lang.patterns:
        if pattern.needs_digit and not has_digit:
            continue
        if pattern.needs_word is not None:
            if words is None:
                words = set(_WORD.findall(folded))
            if pattern.needs_word.isdisjoint(words):
                continue
        kind = pattern.kind
        for m in pattern.regex.finditer(folded):
            if kind == "year":  # the span leaves the preposition out
                start, end = m.start("y1"), m.end("y1")
            elif kind == "bare_month" or kind == "past_month" and m.start("m1") == m.start():
                # (the span leaves the preposition out, and the modifier after the month:
                # "nel giugno scorso" is "giugno")
                start, end = m.start("m1"), m.end("m1")
            else:
                start, end = m.start(), m.end()
                if folded[end - 1] == ".":  # a full stop, or an abbreviation's own dot
                    end -= 1
            if kind in ("weekday", "last_year", "last_month", "past_month") and \
                    _BOUND_BEFORE.search(folded[max(0, start - 12):start]):
                # "since Monday", "da lunedì", "depuis lundi": a bound of an open period,
                # not the date of what the sentence tells
                continue
            candidates.append((start, end, kind, m))
    if not candidates:
        return []
    # longest first; among equals, earliest first
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken: list[FoundDate] = []
    for start, end, kind, m in candidates:
        if any(start < f.end and f.start < end for f in taken):
            continue
        handler: Handler = getattr(resolver, kind)
        try:
            value, end_value, inferred, note = handler(m, text[start:end])
        except _Reject:
            continue
        taken.append(FoundDate(start, end, value, end_value, inferred, note))
    taken.sort(key=lambda f: f.start)
    return taken
