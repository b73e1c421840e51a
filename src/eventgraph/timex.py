"""Temporal expressions: find them in text and normalise them to TIMEX3 values.

The tagger is a set of regular-expression rules (one per kind of expression)
whose matches are merged longest-first, then normalised in document order
against the publication date (the document creation time, DCT) and, for
anaphoric expressions ("two days later", "the day before"), against the last
day-precise date mentioned before them.

Values follow TimeML/TIMEX3: ``2023-12-10``, ``2023-12``, ``2023-W49``,
``2023-Q4``, ``2023-SU``, ``2023-12-10TMO``, ``2023-12-10T14:30``, ``P3D``,
``PT2H``, ``PXY``, ``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``, and
``XXXX-10-07`` when no publication date is known to supply the year.

Weekdays, months and yearless dates resolve by tense: past tense to the most
recent such day on or before the publication date, future tense to the next
one. :func:`tag` guesses the tense from the words around the expression;
:func:`tag_doc` reads it from the spaCy parse.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["TIMEX_TYPES", "Timex", "tag", "tag_doc", "day_of", "precision_of"]

#: The TimeML types of a temporal expression.
TIMEX_TYPES: tuple[str, ...] = ("DATE", "TIME", "DURATION", "SET")

Tense = Literal["past", "present", "future"] | None


@dataclass(frozen=True)
class Timex:
    """One temporal expression found in a text.

    ``start``/``end`` are character offsets into the tagged text, ``type`` is
    one of :data:`TIMEX_TYPES` and ``value`` the TIMEX3 value. ``mod`` is the
    TIMEX3 modifier (``START``, ``END``, ``MID``, ``APPROX``, ``LESS_THAN``,
    ``MORE_THAN``) and ``anchored`` says that the value was computed from an
    earlier date in the text rather than from the publication date.

    Examples
    --------
    >>> Timex(0, 9, "yesterday", "DATE", "2023-12-09").value
    '2023-12-09'
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    anchored: bool = False


# ---------------------------------------------------------------- lexicon

_MONTH_NAMES = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAY_NAMES = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6,
    "sat": 6, "sunday": 7, "sun": 7,
}  # fmt: skip
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12,
    "dozen": 12, "half a": 0.5, "half an": 0.5, "a half": 0.5,
}  # fmt: skip
_VAGUE_NUMBERS = ("a few", "few", "several", "many", "some", "numerous", "countless")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}
_UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "month": "M", "year": "Y", "decade": "DE", "century": "CE",
    "quarter": "Q", "fortnight": "W2",
}  # fmt: skip
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_DAY_PARTS = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "tonight": "NI", "midday": "MI", "dawn": "MO", "dusk": "EV",
}  # fmt: skip
_MODS = {
    "early": "START", "earlier": "START", "beginning": "START", "start": "START",
    "late": "END", "later": "END", "end": "END", "close": "END", "mid": "MID",
    "middle": "MID", "about": "APPROX", "around": "APPROX", "roughly": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "under": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS", "some": "APPROX",
    "approximately": "APPROX",
}  # fmt: skip
_HOLIDAYS = {
    "christmas day": "12-25", "christmas eve": "12-24", "christmas": "12-25",
    "new year's day": "01-01", "new year's eve": "12-31", "valentine's day": "02-14",
    "independence day": "07-04", "halloween": "10-31", "boxing day": "12-26",
}  # fmt: skip

_NUM_WORD_RE = "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True))
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS_DIGIT = "one|two|three|four|five|six|seven|eight|nine"
_NUM = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{_TENS})[- ](?:{_UNITS_DIGIT})|{_NUM_WORD_RE}"
    rf"|{'|'.join(_VAGUE_NUMBERS)})"
)
_UNIT = r"(?:second|minute|hour|day|night|week|weekend|month|year|decade|century|centurie|quarter|fortnight)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)"
)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[7-9]\d\d|20\d\d)"
_SEASON = r"(?i:spring|summer|autumn|fall|winter)"
_DAY_PART = r"(?i:morning|afternoon|evening|night|overnight)"
_CLOCK = (
    r"(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?i:[ap]\.?m\.?(?![a-z])))?"
    r"|(?:1[0-2]|0?[1-9])\s*(?i:[ap]\.m\.|[ap]m\b)|(?i:noon|midnight|midday)"
    r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:GMT|UTC|hrs|hours\b)))"
    r"(?:\s*\(?(?:GMT|UTC|EST|EDT|CET|CEST|BST|PST|PDT|ET|local time)(?:\s*[+-]\s*\d+)?\)?)?"
)
_REL = r"(?i:last|this|next|coming|past|previous|following|current)"
_NUMERIC_DATE = r"(?:(?:20|19)\d\d-[01]\d-[0-3]\d|[01]?\d/[0-3]?\d/(?:20|19)?\d\d)"


# ---------------------------------------------------------------- calendar helpers


def _shift_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _quarter(year: int, month: int) -> str:
    return f"{year}-Q{(month - 1) // 3 + 1}"


def _weekday_date(weekday: int, dct: dt.date, tense: Tense, relation: str | None = None) -> dt.date:
    """The date of an ISO weekday near ``dct``; ``relation`` is last/next/this or None."""
    delta = weekday - dct.isoweekday()
    if relation == "last":
        return dct + dt.timedelta(days=delta - 7 if delta >= 0 else delta)
    if relation in ("next", "coming"):
        return dct + dt.timedelta(days=delta + 7 if delta <= 0 else delta)
    if delta == 0:
        return dct
    if tense == "future":
        return dct + dt.timedelta(days=delta if delta > 0 else delta + 7)
    if tense == "present":
        # "the summit opens on Thursday": the nearer of the two
        ahead = delta if delta > 0 else delta + 7
        return dct + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)
    return dct + dt.timedelta(days=delta if delta < 0 else delta - 7)


def _month_year(month: int, dct: dt.date, tense: Tense, relation: str | None = None) -> int:
    if relation == "last":
        return dct.year if month < dct.month else dct.year - 1
    if relation in ("next", "coming"):
        return dct.year if month > dct.month else dct.year + 1
    if relation == "this" or month == dct.month:
        return dct.year
    if tense == "future":
        return dct.year if month > dct.month else dct.year + 1
    if tense == "past":
        # a past event in a later month is last year's ("struck Beirut in March", in
        # January); plans told in the past ("said it would close in June") read as future
        return dct.year if month <= dct.month else dct.year - 1
    # no tense: the nearest such month
    return dct.year + (1 if month - dct.month < -6 else -1 if month - dct.month > 6 else 0)


def _yearless_date(month: int, day: int, dct: dt.date, tense: Tense) -> str:
    year = dct.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        return f"{year}-{month:02d}-{day:02d}"
    if tense == "past" and candidate > dct + dt.timedelta(days=2):
        year -= 1
    elif tense == "future" and candidate < dct - dt.timedelta(days=30):
        year += 1
    elif tense not in ("past", "future"):
        gap = (candidate - dct).days
        year += 1 if gap < -183 else -1 if gap > 183 else 0
    return f"{year}-{month:02d}-{day:02d}"


def _number(word: str) -> float | None:
    """A number word or numeral; None for vague quantities ("several")."""
    word = " ".join(word.lower().replace("-", " ").split()).replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    if word in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[word])
    parts = word.split()
    if len(parts) == 2 and parts[0] in _NUMBER_WORDS and parts[1] in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[parts[0]] + _NUMBER_WORDS[parts[1]])
    return None


def _duration(amount: float | None, unit: str) -> str:
    unit = unit.lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    code = _UNITS.get(unit, "D")
    if code == "WE":
        code = "WE"
        return "PXWE" if amount is None else f"P{_fmt(amount)}WE"
    if code == "W2":
        return f"P{_fmt(2 * amount)}W" if amount is not None else "PXW"
    if amount is not None and amount != int(amount):
        # "half an hour" is PT30M, "half a day" PT12H; "two and a half years" stays P2.5Y
        smaller = {"hour": ("PT", 60, "M"), "day": ("PT", 24, "H")}
        if unit in smaller:
            prefix, factor, code_small = smaller[unit]
            return f"{prefix}{_fmt(round(amount * factor, 2))}{code_small}"
    n = "X" if amount is None else _fmt(amount)
    if code == "DE":
        return f"P{n}DE" if amount is None else f"P{_fmt(amount * 10)}Y"
    if code == "CE":
        return f"P{n}CE" if amount is None else f"P{_fmt(amount * 100)}Y"
    if unit in ("second", "minute", "hour"):
        return f"PT{n}{code}"
    return f"P{n}{code}"


def _fmt(number: float) -> str:
    return str(int(number)) if number == int(number) else str(number)


def _offset(anchor: dt.date, amount: float | None, unit: str, sign: int) -> str | None:
    """The date ``amount`` units before (sign -1) or after (sign 1) ``anchor``."""
    unit = unit.lower().rstrip("s")
    if amount is None or amount != int(amount):
        return "PAST_REF" if sign < 0 else "FUTURE_REF"
    n = int(amount) * sign
    if unit in ("day", "night"):
        return (anchor + dt.timedelta(days=n)).isoformat()
    if unit in ("week", "fortnight"):
        return _week(anchor + dt.timedelta(weeks=n * (2 if unit == "fortnight" else 1)))
    if unit == "weekend":
        return _week(anchor + dt.timedelta(weeks=n)) + "-WE"
    if unit == "month":
        year, month = _shift_months(anchor.year, anchor.month, n)
        return f"{year}-{month:02d}"
    if unit == "quarter":
        year, month = _shift_months(anchor.year, anchor.month, 3 * n)
        return _quarter(year, month)
    if unit == "year":
        return str(anchor.year + n)
    if unit == "decade":
        return str(anchor.year + 10 * n)[:3]
    if unit in ("hour", "minute", "second"):
        return anchor.isoformat()
    return None


def _shift_period(period: str, amount: float | None, unit: str, sign: int) -> str | None:
    """Shift a month, quarter or year value by whole months, quarters or years."""
    if amount is None or amount != int(amount):
        return None
    unit = unit.lower().rstrip("s")
    months = {"year": 12, "quarter": 3, "month": 1}[unit] * int(amount) * sign
    if match := re.fullmatch(r"(\d{4})-Q([1-4])", period):
        if months % 3:
            return None
        year, month = _shift_months(int(match[1]), 3 * int(match[2]) - 2, months)
        return _quarter(year, month)
    if match := re.fullmatch(r"(\d{4})-(\d\d)", period):
        year, month = _shift_months(int(match[1]), int(match[2]), months)
        return f"{year}-{month:02d}"
    if re.fullmatch(r"\d{4}", period) and unit == "year":
        return str(int(period) + months // 12)
    return None


def day_of(value: str) -> dt.date | None:
    """The calendar day a TIMEX3 value names, or None when it names no single day.

    Examples
    --------
    >>> day_of("2023-12-10TMO")
    datetime.date(2023, 12, 10)
    >>> day_of("2023-12") is None
    True
    """
    match = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def precision_of(value: str) -> Literal["day", "month", "year"] | None:
    """How precisely a TIMEX3 value dates an event: day, month, year or not at all.

    Weeks count as month precision, as event dates are days, months or years
    ("last week" dates an event to its month); quarters, halves and seasons
    count as years.

    Examples
    --------
    >>> [precision_of(v) for v in ("2023-12-10T14:00", "2023-W49", "2023-Q4", "PRESENT_REF")]
    ['day', 'month', 'year', None]
    """
    if day_of(value):
        return "day"
    if re.fullmatch(r"\d{4}-(?:\d\d|W\d\d(?:-WE)?)", value):
        return "month"
    if re.fullmatch(r"\d{4}(?:-(?:Q\d|H\d|SP|SU|FA|WI))?", value):
        return "year"
    return None


# ---------------------------------------------------------------- rules


@dataclass
class _Context:
    """What normalisation needs: the DCT, the tense at an offset, the reference date."""

    dct: dt.date | None
    tense_at: Callable[[int, int], Tense]
    reference: dt.date | None = None
    period: str | None = None  # the last absolute DATE value: a day, month, quarter or year
    reference_end: int | None = None


_Resolution = tuple[str, str, str | None] | None  # (type, value, mod)
_Handler = Callable[[re.Match[str], _Context, int, int], _Resolution]


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    handler: _Handler


_RULES: list[_Rule] = []


def _rule(pattern: str) -> Callable[[_Handler], _Handler]:
    """Register a rule; group ``t``, ``t2``, ``t3`` or ``t4`` (else the whole match) is the extent.

    Groups outside the extent are context that must be there ("for" in "for years").
    """

    def register(handler: _Handler) -> _Handler:
        # starting only at word starts keeps the scan fast (the tagger runs on every document)
        _RULES.append(_Rule(handler.__name__, re.compile(rf"(?<!\w)(?:{pattern})"), handler))
        return handler

    return register


def _g(match: re.Match[str], name: str) -> str | None:
    try:
        return match.group(name)
    except IndexError:
        return None


def _mod_of(word: str | None) -> str | None:
    if not word:
        return None
    return _MODS.get(" ".join(word.lower().replace("-", " ").split()))


def _month_of(word: str) -> int:
    return _MONTH_NAMES[word.lower().rstrip(".")]


def _weekday_of(word: str) -> int:
    return _WEEKDAY_NAMES[word.lower().rstrip(".")]


def _day_number(word: str) -> int:
    return int(re.match(r"\d+", word)[0])  # type: ignore[index]


def _clock(text: str) -> str | None:
    """``HH:MM`` of a clock expression ("2:30 p.m.", "noon", "1430 GMT")."""
    text = text.lower()
    if text.startswith(("noon", "midday")):
        return "12:00"
    if text.startswith("midnight"):
        return "24:00"
    match = re.match(r"(\d{1,2})(?:[:.]?(\d\d))?\s*(?:([ap])\.?m\.?)?", text)
    if not match:
        return None
    hour, minute = int(match[1]), int(match[2] or 0)
    if match[3] == "p" and hour < 12:
        hour += 12
    elif match[3] == "a" and hour == 12:
        hour = 0
    zone = "Z" if re.search(r"\b(?:utc|gmt)\b(?!\s*[+-])", text) else ""
    return f"{hour:02d}:{minute:02d}{zone}"


_PREFIX_MOD = r"(?:(?P<mod>(?i:early|late|mid|the (?:beginning|start|end|middle) of|(?:the )?end of|beginning of))[- ]?(?:in |on )?(?:the )?)?"


@_rule(
    rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?\b"
)
def _day_month(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    return _calendar(ctx, start, end, _month_of(match["m"]), _day_number(match["d"]), match["y"])


@_rule(
    rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<m>{_MONTH})\s+(?:the\s+)?(?P<d>{_DAY})(?![\d:])(?:,?\s+(?P<y>{_YEAR}))?\b"
)
def _month_day(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    return _calendar(ctx, start, end, _month_of(match["m"]), _day_number(match["d"]), match["y"])


def _calendar(
    ctx: _Context, start: int, end: int, month: int, day: int, year: str | None
) -> _Resolution:
    if year:
        return "DATE", f"{year}-{month:02d}-{day:02d}", None
    if ctx.dct is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", None
    return "DATE", _yearless_date(month, day, ctx.dct, ctx.tense_at(start, end)), None


@_rule(rf"\b{_NUMERIC_DATE}\b")
def _numeric(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    text = match[0]
    if "-" in text:
        return "DATE", text, None
    month, day, year = (int(p) for p in text.split("/"))
    if year < 100:
        year += 2000 if year < 50 else 1900
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return "DATE", f"{year}-{month:02d}-{day:02d}", None


@_rule(
    rf"{_PREFIX_MOD}(?P<m>{_MONTH})(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}|(?i:this|last|next) year))?\b"
)
def _month(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    word = match["m"]
    if word == "May" and not (match["y"] or match["mod"]):
        # "May" alone is usually the modal verb at the start of a sentence
        before = _text_before(match, 12)
        if not re.search(
            r"(?i:in|since|until|by|of|through|during|before|after|from|to|last|next|this|early|late|mid)\s+$",
            before,
        ):
            return None
    if (
        len(word) <= 4
        and word not in ("May", "June", "July")
        and not (match["y"] or word.endswith("."))
    ):
        # "Jan Egeland": a bare abbreviation is a name, not a month
        return None
    month = _month_of(word)
    mod = _mod_of(_first_word(match["mod"]))
    year_text = match["y"]
    if year_text and year_text[0].isdigit():
        return "DATE", f"{year_text}-{month:02d}", mod
    if ctx.dct is None:
        return "DATE", f"XXXX-{month:02d}", mod
    if year_text:
        shift = {"this": 0, "last": -1, "next": 1}[year_text.split()[0].lower()]
        return "DATE", f"{ctx.dct.year + shift}-{month:02d}", mod
    year = _month_year(month, ctx.dct, ctx.tense_at(start, end))
    return "DATE", f"{year}-{month:02d}", mod


def _first_word(text: str | None) -> str | None:
    if not text:
        return None
    words = re.findall(r"[A-Za-z]+", text.lower())
    for word in words:
        if word in _MODS:
            return word
    return words[0] if words else None


@_rule(rf"(?P<rel>{_REL})\s+(?P<m>{_MONTH})\b")
def _rel_month(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    month = _month_of(match["m"])
    if ctx.dct is None:
        return "DATE", f"XXXX-{month:02d}", None
    rel = match["rel"].lower()
    rel = (
        "last" if rel in ("past", "previous") else "next" if rel in ("coming", "following") else rel
    )
    return "DATE", f"{_month_year(month, ctx.dct, ctx.tense_at(start, end), rel)}-{month:02d}", None


_YEAR_FOLLOWERS = (
    r"\s*(?:was|is|has|as|saw|marks|sees|will|levels|figures|results|earnings|sales|models)\b"
)


@_rule(rf"{_PREFIX_MOD}(?P<y>{_YEAR})(?!\s*(?:%|percent|per cent))(?![-\d,.]\d)\b")
def _year(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    before = _text_before(match, 2)
    if re.search(r"[$£€\d,.#-]\s?$", before) and not before.endswith(", "):
        return None
    after = _text_after(match, 24)
    # "2000 troops" is a count, not a year
    if (
        not match["mod"]
        and re.match(
            r"\s*(?:[a-z]+s\b(?<!was)(?<!is)(?<!has))|\s*(?:-|to|and)\s*\d{4}\s+[a-z]+s\b", after
        )
        and not re.match(_YEAR_FOLLOWERS, after)
    ):
        return None
    return "DATE", match["y"], _mod_of(_first_word(match["mod"]))


@_rule(rf"(?:(?i:the)\s+)?{_PREFIX_MOD}(?:(?P<y>1[7-9]\d|20\d)0s|'?(?P<yy>[1-9])0s)\b")
def _decade(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    if match["yy"] and re.search(r"(?i:their|his|her|its)\s+$", _text_before(match, 8)):
        # "in their 90s" is an age
        return None
    value = match["y"] or ("19" + match["yy"])
    return "DATE", value, _mod_of(_first_word(match["mod"]))


@_rule(
    rf"(?:(?i:the)\s+)?{_PREFIX_MOD}(?P<q>(?i:first|second|third|fourth|final|last))[- ](?i:quarter|half)"
    rf"(?:\s+(?i:of)\s+(?:(?P<y>{_YEAR})|(?P<rel>(?i:this|last|next|the)) (?i:year|fiscal year)))?"
    rf"|\b(?P<qq>Q[1-4])(?:\s+(?P<y2>{_YEAR}))?\b"
)
def _quarter_rule(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    text = match[0].lower()
    half = "half" in text
    if match["qq"]:
        number, year_text = int(match["qq"][1]), match["y2"]
    else:
        number, year_text = _ORDINALS[match["q"].lower()], match["y"]
        if half:
            number = min(number, 2)
    if year_text:
        year: int | None = int(year_text)
    elif ctx.dct is None:
        year = None
    else:
        rel = (match["rel"] or "").lower()
        year = ctx.dct.year + {"last": -1, "next": 1}.get(rel, 0)
        if not rel:
            current = (ctx.dct.month - 1) // (6 if half else 3) + 1
            # a later quarter is last year's only when clearly past ("rose in the fourth quarter")
            if number > current + 1 and ctx.tense_at(start, end) == "past":
                year -= 1
    prefix = "XXXX" if year is None else str(year)
    return "DATE", f"{prefix}-{'H' if half else 'Q'}{number}", _mod_of(_first_word(match["mod"]))


@_rule(rf"(?:(?i:the)\s+)?{_PREFIX_MOD}(?P<rel>{_REL})\s+(?P<s>{_SEASON})\b")
@_rule(rf"{_PREFIX_MOD}(?P<s>{_SEASON})(?:\s+(?:of\s+)?(?P<y>{_YEAR}))\b")
@_rule(
    rf"(?i:(?:in|during|by|until|since|through|over|before|after) (?:the )?)(?P<t>(?P<s>{_SEASON}))\b(?! of)"
)
@_rule(r"(?P<s>Spring|Summer|Autumn|Winter)(?=,)")
def _season(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    code = _SEASONS[match["s"].lower()]
    mod = _mod_of(_first_word(_g(match, "mod")))
    if _g(match, "y"):
        return "DATE", f"{match['y']}-{code}", mod
    if ctx.dct is None:
        return "DATE", f"XXXX-{code}", mod
    order = ["WI", "SP", "SU", "FA"]
    current = order[(ctx.dct.month % 12) // 3]
    rel = (_g(match, "rel") or "").lower()
    year = ctx.dct.year
    if rel in ("last", "past", "previous"):
        if order.index(code) >= order.index(current):
            year -= 1
    elif rel in ("next", "coming", "following"):
        if order.index(code) <= order.index(current):
            year += 1
    elif ctx.tense_at(start, end) == "past" and order.index(code) > order.index(current):
        year -= 1
    elif ctx.tense_at(start, end) == "future" and order.index(code) < order.index(current):
        year += 1
    return "DATE", f"{year}-{code}", mod


@_rule(
    rf"(?:(?P<mod>(?i:early|late))\s+(?:(?i:on)\s+)?)?(?:(?P<rel>(?i:last|this|next|coming|past))\s+)?(?P<wd>{_WEEKDAY})"
    rf"(?:\s+(?P<part>{_DAY_PART})|,?\s+(?P<clock>{_CLOCK}))?(?!\w)"
)
def _weekday(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    weekday = _weekday_of(match["wd"])
    rel = (match["rel"] or "").lower() or None
    rel = "last" if rel == "past" else rel
    if ctx.dct is None:
        day_value = f"XXXX-WXX-{weekday}"
    else:
        day = _weekday_date(weekday, ctx.dct, ctx.tense_at(start, end), rel)
        day_value = day.isoformat()
    return _with_time(day_value, match["part"], match["clock"], match["mod"])


def _with_time(day_value: str, part: str | None, clock: str | None, mod: str | None) -> _Resolution:
    if clock:
        time = _clock(clock)
        if time:
            return "TIME", f"{day_value}T{time}", None
    if part:
        return "TIME", f"{day_value}T{_DAY_PARTS[part.lower()]}", _mod_of(mod)
    return "DATE", day_value, _mod_of(mod)


@_rule(
    rf"(?:(?P<mod>(?i:early|late|earlier|later))\s+)?(?P<w>(?i:today|yesterday|tomorrow|tonight))"
    rf"(?:(?:'s)?\s+(?P<part>{_DAY_PART})|,?\s+(?P<clock>{_CLOCK}))?(?!\w)"
    rf"|(?P<w2>(?i:last|this|tomorrow|yesterday))\s+(?P<part2>{_DAY_PART})\b"
)
def _deictic_day(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    word = (match["w"] or match["w2"]).lower()
    part = match["part"] or match["part2"]
    if ctx.dct is None:
        return "DATE", "XXXX-XX-XX", None
    shift = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(word, 0)
    if word == "last" and part and part.lower() != "night":
        shift = -1
    day = (ctx.dct + dt.timedelta(days=shift)).isoformat()
    if word == "tonight":
        return "TIME", f"{day}TNI", None
    if word == "last" and not part:
        return None
    mod = match["mod"] if match["mod"] and match["mod"].lower() in ("early", "late") else None
    return _with_time(day, part, match["clock"], mod)


# "killed 73 people overnight", "Overnight, warplanes struck": the night before the
# publication, told as the publication day (an "overnight curfew" or "an overnight stay"
# is no time; "overnight into Monday" takes its weekday from that rule)
@_rule(
    r"(?<!\b[Aa]n )(?P<t>(?i:overnight))(?!-|\s+(?i:into|to|on|from|stay|stays|curfew|flight|train|bus|shift|trip))\b"
)
def _overnight(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    if ctx.dct is None:
        return "TIME", "XXXX-XX-XXTNI", None
    return "TIME", f"{ctx.dct.isoformat()}TNI", None


@_rule(rf"(?P<c>{_CLOCK})(?:,?\s+(?P<wd>{_WEEKDAY})|\s+(?P<w>(?i:today|yesterday|tomorrow)))?")
def _clock_rule(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    text = match[0]
    if re.fullmatch(r"\d{1,2}[.:]\d\d", text.strip()):
        # a bare "3.5" or "2:1" is a number or a score unless a clock word follows
        after = _text_after(match, 12)
        if not re.match(r"\s*(?:[ap]\.?m|GMT|UTC|local|hrs)", after, re.I):
            return None
    time = _clock(match["c"])
    if time is None:
        return None
    if ctx.dct is None:
        day = "XXXX-XX-XX"
    elif match["wd"]:
        day = _weekday_date(_weekday_of(match["wd"]), ctx.dct, ctx.tense_at(start, end)).isoformat()
    else:
        shift = {"yesterday": -1, "tomorrow": 1}.get((match["w"] or "").lower(), 0)
        day = (ctx.dct + dt.timedelta(days=shift)).isoformat()
        if not match["w"] and ctx.reference is not None and ctx.reference_end is not None:
            between = match.string[ctx.reference_end : start]
            if not re.search(r"[.!?]\s|\n", between):
                # "on Monday ... at 10 a.m.": a clock time takes the day of its sentence
                day = ctx.reference.isoformat()
    return "TIME", f"{day}T{time}", None


@_rule(
    r"(?i:(?:(?P<mod>earlier|later|early|late|the (?:beginning|start|end|middle|rest|remainder) of|(?:the )?end of|the entire|the whole|all)\s+)?(?:(?P<in>in|of)\s+)?(?P<rel>this past|this|last|next|the|the coming|the current|the past|past|coming|current)\s+(?P<u>week|weekend|month|year|quarter|decade|century|fiscal year))\b"
)
def _relative_period(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    rel = match["rel"].lower().replace("the ", "").replace("this past", "last")
    unit = match["u"].lower()
    mod_word = (match["mod"] or "").lower()
    if rel == "the":
        # "the year" on its own is not an expression; "earlier in the year" is
        if not (
            mod_word
            and (match["in"] or " of" in mod_word or mod_word in ("the entire", "the whole", "all"))
        ):
            if unit != "weekend":
                return None
            rel = "weekend"
        else:
            rel = "this"
    if rel == "weekend":
        if ctx.dct is None:
            return "DATE", "XXXX-WXX-WE", None
        weekday = ctx.dct.isoweekday()
        shift_days = 0 if weekday >= 6 or ctx.tense_at(start, end) == "future" else -7
        return "DATE", _week(ctx.dct + dt.timedelta(days=shift_days)) + "-WE", None
    if rel == "past" and unit != "weekend":
        # "the past year": a period up to now
        amount = 1.0
        return "DURATION", _duration(amount, unit.replace("fiscal ", "")), None
    if ctx.dct is None:
        return "DATE", {"week": "XXXX-WXX", "month": "XXXX-XX"}.get(unit, "XXXX"), None
    shift = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    mod = (
        _mod_of(_first_word(mod_word))
        if mod_word not in ("the entire", "the whole", "all")
        else None
    )
    dct = ctx.dct
    if unit == "week":
        value = _week(dct + dt.timedelta(weeks=shift))
    elif unit == "weekend":
        value = _week(dct + dt.timedelta(weeks=shift)) + "-WE"
    elif unit == "month":
        year, month = _shift_months(dct.year, dct.month, shift)
        value = f"{year}-{month:02d}"
    elif unit == "quarter":
        year, month = _shift_months(dct.year, dct.month, 3 * shift)
        value = _quarter(year, month)
    elif unit == "decade":
        value = str(dct.year + 10 * shift)[:3]
    elif unit == "century":
        value = str(dct.year // 100 + shift)
    else:
        value = str(dct.year + shift)
    return "DATE", value, mod


@_rule(
    rf"(?i:(?P<n>{_NUM})\s+(?P<u>{_UNIT})s?\s+(?P<dir>ago|earlier|later|before(?=\s*[.,;)])|after(?=\s*[.,;)])|afterwards|on(?=\s*[.,;)])|from now|previously|prior(?=\s*[.,;)])|hence|back(?=\s*[.,;)])))"
)
def _offset_rule(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    amount = _number(match["n"])
    unit = match["u"].lower()
    direction = match["dir"].lower()
    sign = -1 if direction in ("ago", "earlier", "before", "previously", "prior", "back") else 1
    deictic = direction in ("ago", "from now", "hence", "back")
    if not deictic and ctx.period and unit.rstrip("s") in ("year", "quarter", "month"):
        # "a year earlier" after "the fourth quarter" is that quarter a year before
        shifted = _shift_period(ctx.period, amount, unit, sign)
        if shifted:
            return "DATE", shifted, None
    anchor = ctx.dct if deictic or ctx.reference is None else ctx.reference
    if anchor is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None
    value = _offset(anchor, amount, unit, sign)
    if value is None:
        return None
    return "DATE", value, None


@_rule(
    r"(?i:(?:the\s+)?(?P<w>previous|next|following|preceding|same|prior)\s+(?P<u>day|week|month|year|morning|evening|night|afternoon|weekend)"
    r"|the\s+(?P<u2>day|week|month|year|night|evening)\s+(?P<w2>before|after|earlier)"
    r"|(?P<w3>that|the)\s+(?P<u3>day|morning|evening|night|afternoon)(?!\s+(?:of|before|after|when|that)\b))\b"
)
def _anaphoric(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    word = (match["w"] or match["w2"] or match["w3"]).lower()
    unit = (match["u"] or match["u2"] or match["u3"]).lower()
    if (
        word == "the"
        and unit == "day"
        and not re.search(
            r"(?i:\b(?:on|for|of|during|in|late in|early in|end|ended|ending|ends|finish|finished|"
            r"finishing|close|closed|closing|start|started|starting|began|begin))\s+$",
            _text_before(match, 12),
        )
    ):
        # "the day" is a duration or vague unless anchored ("on the day", "the day before")
        return None
    sign = {"previous": -1, "preceding": -1, "prior": -1, "before": -1, "earlier": -1}.get(word, 1)
    if word in ("same", "that", "the"):
        sign = 0
    if ctx.period and unit in ("year", "month"):
        shifted = _shift_period(ctx.period, 1, unit, sign) if sign else None
        if shifted:
            # "the following year" names a year even after "October 2019"
            return "DATE", shifted[:4] if unit == "year" else shifted[:7], None
    anchor = ctx.reference or ctx.dct
    if anchor is None:
        return "DATE", "XXXX-XX-XX", None
    if unit in _DAY_PARTS:
        day = anchor + dt.timedelta(days=sign)
        return "TIME", f"{day.isoformat()}T{_DAY_PARTS[unit]}", None
    value = _offset(anchor, 1, unit, sign) if sign else _offset(anchor, 0, unit, 1)
    return ("DATE", value, None) if value else None


@_rule(
    rf"(?i:(?P<mod>about|around|nearly|almost|less than|more than|over(?!\s+the\b)|at least|up to|roughly|approximately|some)\s+)?"
    rf"(?:(?i:(?:the\s+)?(?P<rel>past|last|next|previous|first|coming|following|final))\s+)?"
    rf"(?P<n>(?i:{_NUM}))(?:\s+(?i:and a half))?[- ](?:(?i:trading|business|working|consecutive|straight|full|calendar|successive)\s+)?(?P<u>(?i:{_UNIT}))(?P<pl>s)?(?P<half>\s+(?i:and a half))?(?:[- ](?i:long|old))?\b"
    rf"(?!\s*(?i:ago|earlier|later|from now|hence|back)\b)"
)
def _duration_rule(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    number = match["n"].lower()
    amount = _number(number)
    unit = match["u"].lower()
    if number in ("a", "an", "one") and match["pl"]:
        return None
    if number in ("a", "an", "one") and unit == "second":
        # "a second term", "a second time": an ordinal, not a duration
        return None
    if (
        number in ("a", "an")
        and not match["rel"]
        and re.search(
            r"(?i:\d|%|million|billion|trillion|percent|cents?|dollars|euros|pounds|times|twice|once)\s+$",
            _text_before(match, 12),
        )
    ):
        # "$2 billion a year", "twice a day": a rate
        return "SET", _duration(1, unit), None
    if amount is not None and "and a half" in match[0].lower():
        amount += 0.5
        if unit == "hour" and amount == int(amount) + 0.5:
            # PT1.5H is not TIMEX3; "an hour and a half" is PT90M
            return "DURATION", f"PT{int(amount * 60)}M", _mod_of(match["mod"])
    mod = _mod_of(match["mod"])
    after = _text_after(match, 12)
    if number in ("a", "an") and unit == "day" and re.match(r"\s*(?:of|when|that)\b", after):
        return None
    if match["rel"] and match["rel"].lower() == "first" and number in ("a", "an"):
        return None
    return "DURATION", _duration(amount, unit), mod


@_rule(
    r"(?i:(?:(?:for|over|in|within|after|during|than|took|spent|lasted|last|nearly|almost|about)\s+(?:the\s+(?:past|last|next|coming)\s+)?)(?P<t>(?:many\s+|several\s+|a\s+few\s+)?(?P<u>years|decades|months|weeks|days|hours|minutes|centuries)))\b"
    r"|(?i:\b(?P<t3>(?P<u3>years|decades|months|weeks|hours))(?=\s+of\s+[a-z]|-long|-old))"
    r"|(?i:over\s+(?P<t4>the\s+(?P<u4>years|decades|months|weeks)))\b"
    r"|(?i:(?P<t2>(?:several|many|a\s+few|few)\s+(?P<u2>years|decades|months|weeks|days|hours|minutes)))\b"
)
def _vague_duration(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    unit = (match["u"] or match["u2"] or match["u3"] or match["u4"]).lower()
    if re.match(r"\s*(?:ago|earlier)\b", _text_after(match, 10)):
        return "DATE", "PAST_REF", None
    if re.match(r"\s*(?:later|before|after)\b", _text_after(match, 10)):
        return None
    return "DURATION", _duration(None, unit), None


@_rule(
    r"(?i:(?:in|over|during)\s+)?(?P<t>(?i:recent|coming|the next few|the past few|the last few|the past several|the last several)\s+(?P<u>years|decades|months|weeks|days|hours))\b"
)
def _recent(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    text = match["t"].lower()
    if text.startswith("coming"):
        return "DATE", "FUTURE_REF", None
    if text.startswith("recent"):
        return "DATE", "PAST_REF", None
    return "DURATION", _duration(None, match["u"]), None


@_rule(
    r"(?i:\b(?P<w>now|currently|recently|nowadays|these days|at present|at the moment|presently|the past|the future|the present|in the near future|the near term|the time being|soon|shortly|lately|so far|to date|formerly|previously|once|later))\b"
)
def _vague_reference(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    word = match["w"].lower()
    if word in ("once", "previously", "formerly", "so far", "later", "to date", "shortly", "soon"):
        return None
    after = _text_after(match, 15)
    if word in ("the past", "the future", "the present") and re.match(
        r"\s+(?:\w+\s+)?(?:years|months|weeks|days|decades|\d)", after
    ):
        return None
    if word == "now" and re.match(r"[- ](?:defunct|famous|former|closed|retired)", after):
        return None
    if word in (
        "now",
        "currently",
        "nowadays",
        "these days",
        "at present",
        "at the moment",
        "presently",
        "the present",
    ):
        return "DATE", "PRESENT_REF", None
    if word == "the time being":
        return "DATE", "PRESENT_REF", None
    if word in ("soon", "the future", "in the near future", "the near term"):
        return "DATE", "FUTURE_REF", None
    return "DATE", "PAST_REF", None


@_rule(
    rf"(?i:\b(?P<e>every|each|per)\s+(?:(?P<n>other|{_NUM})\s+)?(?P<u>{_UNIT}|morning|evening|night|afternoon)s?)\b"
    rf"|\b(?P<e2>every|each)\s+(?P<wd>{_WEEKDAY})"
    rf"|(?i:\b(?P<adv>daily|weekly|monthly|yearly|annually|hourly|quarterly|nightly|biannually|annual)\b)"
    rf"|(?i:\b(?P<times>once|twice|\w+ times)\s+(?:a|an|per|each|every)\s+(?P<u3>{_UNIT}))\b"
)
def _set(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    if match["wd"]:
        return "SET", f"XXXX-WXX-{_weekday_of(match['wd'])}", None
    if match["adv"]:
        adverb = match["adv"].lower()
        after = _text_after(match, 20)
        if adverb in ("daily", "weekly", "monthly", "annual", "quarterly") and re.match(
            r"\s+(?:[A-Z]|newspaper|paper|magazine|basis)", after
        ):
            return None
        code = {
            "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
            "annually": "P1Y", "annual": "P1Y", "hourly": "PT1H", "quarterly": "P3M",
            "biannually": "P6M",
        }[adverb]  # fmt: skip
        return "SET", code, None
    if match["u3"]:
        return "SET", _duration(1, match["u3"]), None
    unit = match["u"].lower()
    if unit in _DAY_PARTS:
        return "SET", f"XXXX-XX-XXT{_DAY_PARTS[unit]}", None
    amount = _number(match["n"]) if match["n"] and match["n"].lower() != "other" else 1.0
    if match["n"] and match["n"].lower() == "other":
        amount = 2.0
    return "SET", _duration(amount, unit), None


@_rule(
    r"(?i:(?P<t>christmas(?: day| eve)?|new year's (?:day|eve)|valentine's day|halloween|boxing day))\b"
    # "a Christmas market", "the Christmas tree": a thing named after the day, not a time
    r"(?!\s+(?i:markets?|trees?|cards?|shopping|lights|decorations|fairs?|gifts?|carols?|parties|party)\b)"
)
def _holiday(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    month_day = _HOLIDAYS[match["t"].lower()]
    month, day = (int(p) for p in month_day.split("-"))
    if ctx.dct is None:
        return "DATE", f"XXXX-{month_day}", None
    return "DATE", _yearless_date(month, day, ctx.dct, ctx.tense_at(start, end)), None


@_rule(
    r"(?i:(?P<t>the\s+(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century|the\s+(?P<w>twentieth|twenty-first|nineteenth)\s+century))\b"
)
def _century(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    number = (
        int(match["n"])
        if match["n"]
        else {"nineteenth": 19, "twentieth": 20, "twenty-first": 21}[match["w"].lower()]
    )
    return "DATE", f"{number - 1:02d}", None


@_rule(r"(?i:in|since|of|until|by) (?P<t>'(?P<yy>\d\d))\b")
def _short_year(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    yy = int(match["yy"])
    century = 20 if ctx.dct and 2000 + yy <= ctx.dct.year + 1 else 19
    return "DATE", f"{century}{yy:02d}", None


# "fiscal 2013", "FY2013", "the 2012 fiscal year"
@_rule(rf"(?i:fiscal(?: year)?\s+)(?P<y>{_YEAR})\b|\bFY\s?(?P<y2>{_YEAR}|\d\d)\b")
def _fiscal(match: re.Match[str], ctx: _Context, start: int, end: int) -> _Resolution:
    year = match["y"] or match["y2"]
    if len(year) == 2:
        year = "20" + year
    return "DATE", year, None


# ---------------------------------------------------------------- matching


def _text_before(match: re.Match[str], n: int) -> str:
    """Up to ``n`` characters before the match (``n == 0``: the whole prefix)."""
    start = match.start()
    return match.string[max(0, start - n) if n else 0 : start]


def _text_after(match: re.Match[str], n: int) -> str:
    """Up to ``n`` characters after the match."""
    return match.string[match.end() : match.end() + n]


def _candidates(text: str) -> list[tuple[int, int, _Rule, re.Match[str]]]:
    found = []
    for rule in _RULES:
        for match in rule.pattern.finditer(text):
            group = next((g for g in ("t", "t2", "t3", "t4") if _g(match, g)), None)
            start, end = match.span(group) if group else match.span()
            if end <= start or "\n" in text[start:end]:
                continue
            if start > 0 and text[start - 1].isalnum() and text[start].isalnum():
                continue
            if start > 1 and text[start - 1] in ",." and text[start - 2].isdigit():
                continue
            if end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
                continue
            found.append((start, end, rule, match))
    # longest first, then earliest; overlapping shorter candidates lose
    found.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    return found


_UNTIL = re.compile(r"\b(?:until|till|starting|effective)\s+(?:on\s+)?$", re.I)


def _tag(
    text: str, published: dt.date | None, tense_at: Callable[[int, int], Tense]
) -> list[Timex]:
    def tense(start: int, end: int) -> Tense:
        # "closed until Friday" looks ahead whatever the verb's tense
        if _UNTIL.search(text, max(0, start - 20), start):
            return "future"
        return tense_at(start, end)

    ctx = _Context(published, tense)
    chosen: list[tuple[int, int, _Rule, re.Match[str]]] = []
    taken = bytearray(len(text))
    for candidate in _candidates(text):
        start, end = candidate[0], candidate[1]
        if any(taken[start:end]):
            continue
        chosen.append(candidate)
        taken[start:end] = b"\x01" * (end - start)
    chosen.sort(key=lambda c: c[0])
    timexes = []
    for start, end, rule, match in chosen:
        resolved = rule.handler(match, ctx, start, end)
        if resolved is None:
            continue
        type_, value, mod = resolved
        start, end = _trim(text, start, end)
        anchored = rule.name in ("_anaphoric", "_offset_rule") and value[:1].isdigit()
        timexes.append(Timex(start, end, text[start:end], type_, value, mod, anchored))
        day = day_of(value)
        if day is not None and type_ in ("DATE", "TIME"):
            ctx.reference, ctx.reference_end = day, end
        if type_ == "DATE" and value[:4].isdigit():
            ctx.period = value if day is None else None
    return _date_clock_times(text, timexes)


def _date_clock_times(text: str, timexes: list[Timex]) -> list[Timex]:
    """Give "3 p.m. on Monday" the day of its Monday (resolved after the clock time)."""
    for index, (clock, day) in enumerate(zip(timexes, timexes[1:], strict=False)):
        if clock.type != "TIME" or "T" not in clock.value or day_of(day.value) is None:
            continue
        if re.fullmatch(r"\s+on\s+", text[clock.end : day.start]):
            time = clock.value.split("T", 1)[1]
            value = f"{day.value[:10]}T{time}"
            timexes[index] = Timex(clock.start, clock.end, clock.text, clock.type, value, clock.mod)
    return timexes


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,;:(":
        end -= 1
    while start < end and text[start] in " ,;:)":
        start += 1
    # TimeML extents leave out a leading preposition ("in the past decade")
    if match := _LEADING_PREPOSITION.match(text, start, end):
        start = match.end()
    return start, end


_LEADING_PREPOSITION = re.compile(r"(?i:in|of|on|at|for|during)\s+(?=\S)")


_FUTURE_CUE = re.compile(
    r"\b(?:will|would|'ll|shall|going to|plans? to|planned|planning to|scheduled|expected to|due to|set to|is to|are to|intends? to|aims? to|next|upcoming|wo n't|won't)\b",
    re.I,
)
_PAST_CUE = re.compile(
    r"\b(?:was|were|had|did|said|told|met|spoke|began|held|left|took|made|came|went|gave|fought|"
    r"struck|fell|rose|won|lost|sent|saw|knew|thought|brought|led|ran|shot|wrote|became|broke|"
    r"chose|drew|flew|got|kept|paid|sat|stood|sold|bought|caught|felt|found|heard|meant|threw|"
    r"ago|last|\w{3,}ed)\b",
    re.I,
)


def _text_tense(text: str) -> Callable[[int, int], Tense]:
    """Guess the tense around an offset from the words of its sentence."""

    def tense_at(start: int, end: int) -> Tense:
        left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 120)
        right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
        right = min([*right_candidates, end + 120])
        # the cue nearest to the expression decides ("said on Monday that he plans to ...")
        best: tuple[int, Tense] | None = None
        cues: tuple[tuple[re.Pattern[str], Tense], ...] = (
            (_FUTURE_CUE, "future"),
            (_PAST_CUE, "past"),
        )
        for cue, tense in cues:
            for match in cue.finditer(text, left + 1, right):
                if start <= match.start() < end:
                    continue
                distance = start - match.end() if match.end() <= start else match.start() - end
                if best is None or distance < best[0]:
                    best = (distance, tense)
        return best[1] if best else None

    return tense_at


def tag(text: str, published: dt.date | None = None) -> list[Timex]:
    """Find and normalise the temporal expressions of a text.

    Parameters
    ----------
    text : str
        The text to tag.
    published : datetime.date, optional
        The publication date that relative expressions resolve against.

    Returns
    -------
    list of Timex
        In text order, not overlapping.

    Examples
    --------
    >>> [(t.text, t.value) for t in tag("He called on Sunday.", dt.date(2023, 12, 11))]
    [('Sunday', '2023-12-10')]
    >>> [(t.text, t.type, t.value) for t in tag("Talks lasted three days.", None)]
    [('three days', 'DURATION', 'P3D')]
    """
    return _tag(text, published, _text_tense(text))


def tag_doc(doc: Doc, published: dt.date | None = None) -> list[Timex]:
    """Find and normalise the temporal expressions of a parsed text, tense from the parse.

    A weekday in a past-tense clause resolves to the most recent such day on
    or before ``published``, in a future-tense clause to the next one.

    Examples
    --------
    >>> from eventgraph.nlp import load_nlp
    >>> doc = load_nlp()("They will meet on Friday. They met on Friday.")
    >>> [t.value for t in tag_doc(doc, dt.date(2023, 12, 13))]
    ['2023-12-15', '2023-12-08']
    """
    fallback = _text_tense(doc.text)

    def tense_at(start: int, end: int) -> Tense:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return fallback(start, end)
        tense = _parse_tense(span.root)
        return tense if tense is not None else fallback(start, end)

    return _tag(doc.text, published, tense_at)


_INTENTION = frozenset(
    {
        "plan",
        "expect",
        "schedule",
        "set",
        "intend",
        "aim",
        "due",
        "go",
        "be",
        "hope",
        "agree",
        "want",
    }
)
_REPORTING = frozenset({"say", "tell", "report", "announce", "state", "claim", "add", "note"})


def _parse_tense(token) -> Tense:  # type: ignore[no-untyped-def]
    """The tense of the clause a token belongs to, read from its verb and auxiliaries."""
    verb = token
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for _ in range(3):
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        words = {a.lower_ for a in auxes}
        if words & {"will", "'ll", "shall", "wo", "would"}:
            return "future"
        if "to" in words and verb.head.i != verb.i:
            lemma = verb.head.lemma_
            # "is to meet", "plans to vote", "is expected to sign"
            if lemma in _INTENTION and (
                verb.head.tag_ != "VBD" or lemma in ("be", "schedule", "set", "expect", "due")
            ):
                return "future"
            verb = verb.head
            continue
        if any(a.tag_ in ("VBD",) for a in auxes) or verb.tag_ in ("VBD",):
            return "past"
        if verb.tag_ == "VBN" and (words & {"has", "have", "had", "was", "were"} or not auxes):
            return "past"
        if verb.tag_ in ("VBZ", "VBP") or words & {"is", "are", "am"}:
            # reporting verbs in the present ("says Tuesday") report the past
            return "past" if verb.lemma_ in _REPORTING else "present"
        if verb.dep_ in ("xcomp", "advcl", "conj", "ccomp") and verb.head.i != verb.i:
            verb = verb.head
            continue
        return None
    return None
