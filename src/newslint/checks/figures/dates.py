# ruff: noqa: E501  (long regular expressions read better unbroken)
"""Dates against the calendar and the publication date: weekdays, ages and birth
years, relative dates ('last week', 'three years ago'), founding years, streaks."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from newslint import lazyre
from newslint.checks.base import Context, rule
from newslint.checks.figures.change import (
    _CHANGE_VERB,
    _DOWN,
    _UP,
)
from newslint.checks.figures.common import (
    _WEEKDAY_NAMES,
    _Base,
)
from newslint.document import Document
from newslint.model import Finding
from newslint.quantities import (
    _MONTH_RE,
    _WEEKDAY_RE,
    COMMON_CAPS,
    MONTHS,
    NUMBER_RE,
    WEEKDAYS,
    Analysis,
    SentenceInfo,
    analyse,
    context_entities,
    number_value,
    ordinal_value,
)

_WD_DATE = lazyre.compile(
    rf"\b(?P<wd>{_WEEKDAY_RE})\.?(?:\s+(?:night|morning|evening|afternoon))?,?\s+(?:\(\s*)?(?:the\s+)?"
    rf"(?:(?P<mon>{_MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE}))"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
)


# "Tuesday night's meeting (Jan. 22)": the date in brackets after the weekday's event.
_WD_PAREN = lazyre.compile(
    rf"\b(?P<wd>{_WEEKDAY_RE})(?:['’]s)?(?:\s+(?:night|morning|evening|afternoon)(?:['’]s)?)?"
    # "Monday's NCDC board meeting (June 29)": up to three words, an acronym among them.
    rf"(?:\s+(?:[a-z]+|[A-Z]{{2,6}})){{0,3}}\s*\(\s*"
    rf"(?:(?P<mon>{_MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE}))"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?\s*\)"
)
_WEEKDAY_HINT = lazyre.compile(r"day\b|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b")
_RANGE_WORD_BEFORE = lazyre.compile(r"\b(?:through|thru|to|until|till|and|or)\s*$|[-–]\s*$", re.I)
# The second end of a range is a day, a month or a day of the month: "to 1.4 million
# customers" after "from Monday 22 July" is not one.
_RANGE_WORD_AFTER = lazyre.compile(
    rf"\s*(?:to|through|thru|until|-|–)\s+(?:the\s+)?(?:{_WEEKDAY_RE}|{_MONTH_RE}|"
    r"\d{1,2}(?:st|nd|rd|th)?\b(?![.,]\d|\s*(?:%|per\b|percent\b|million\b|billion\b|thousand\b|hundred\b)))",
    re.I,
)


# A machine-readable publication stamp (HTML meta, JSON-LD, <time datetime>).
_STAMPED = lazyre.compile(
    r"published_time|datePublished|<time[^>]+datetime=|name=\"(?:pubdate|publish-date|date)\"", re.I
)
# Every _STAMPED match holds one of these, lower-cased (exact on ASCII text only).
_STAMP_WORDS = ("time", "date", 'name="')


def _stamped(text: str) -> bool:
    """Whether `text` carries a publication stamp; a literal screen spares most pages
    the case-insensitive scan."""
    return _may_hold(text, _ascii_lower(text), *_STAMP_WORDS) and _STAMPED.search(text) is not None


_UPDATED = lazyre.compile(
    r"\b(?:updated?|modified|dateModified|modified_time|reposted|republished)\b", re.I
)


def _names_year_as_date(text: str, year: int) -> bool:
    """Whether `year` is written as a date's year ("3 March 2024", "2024-03-03", a
    URL's "/2024/"): a reposted story keeps its first date so. A bare year in prose
    ("claims rejected in 2023 and 2024", "in March 2024") is an event's: it does not
    excuse the weekday of a date in the days just before publication."""
    y = str(year)
    if y not in text:
        return False
    return (
        re.search(
            rf"(?:{_MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{y}\b|\b\d{{1,2}}\s+(?:{_MONTH_RE})\.?,?\s+{y}\b|[/-]{y}\b|\b{y}[/-]\d",
            text,
        )
        is not None
    )


def _resolve_year(month: int, day: int, pub: date | None) -> int | None:
    """The year of a yearless date: the one that puts it nearest the publication date."""
    if pub is None:
        return None
    best = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((d - pub).days) < abs((best - pub).days):
            best = d
    return best.year if best else None


class WeekdayDateCheck(_Base):
    """'Tuesday, March 5, 2024' when March 5, 2024 was a Tuesday: check it."""

    rules = (
        rule(
            "NL307",
            "weekday-date-mismatch",
            "warning",
            "The weekday does not match the date",
            """A date given with its weekday ("Monday, Sept. 25, 2023") must agree
            with the calendar. Dates without a year are checked against the
            publication date (front matter `date`, a 'Published on' line, or the
            `publication-date` setting) when one is known.""",
            bad=[
                "The hearing is set for Tuesday, March 5, 2025.",
                "The board voted at Tuesday night's meeting (Jan. 22, 2025).",
            ],
            good=[
                "The hearing is set for Wednesday, March 5, 2025.",
                "The board voted at Tuesday night's meeting (Jan. 21, 2025).",
            ],
        ),
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        an = analyse(doc, ctx.option("publication-date"))
        # A story reposted or updated a year on names the year before somewhere (a
        # date, a URL); only then may a yearless date belong to that year.
        pub = an.story_date
        lenient = pub is not None and str(pub.year - 1) in doc.text
        # A date in the days just before publication is the news of the day; only a
        # previous year written as a date (a repost's first date) excuses its weekday.
        dated_before = pub is not None and _names_year_as_date(doc.text, pub.year - 1)
        if lenient and _stamped(doc.text) and not _UPDATED.search(doc.text):
            # A page stamped with its publication time and never "updated" is that
            # date's story: a year named in the text is an event's, not the story's.
            lenient = ctx.option("publication-date") is not None
        for s in an.sentences:
            # Both date patterns need a day of the month (a digit) and a weekday; most
            # sentences hold no digit, the cheaper test.
            if not _DIGIT.search(s.text) or not _WEEKDAY_HINT.search(s.text):
                continue
            for m in [*_WD_DATE.finditer(s.text), *_WD_PAREN.finditer(s.text)]:
                finding = self._check(s, m, pub, lenient, dated_before)
                if finding:
                    yield finding

    def _check(
        self,
        s: SentenceInfo,
        m: re.Match[str],
        pub: date | None,
        lenient: bool = True,
        dated_before: bool = True,
    ) -> Finding | None:
        before = s.text[max(0, m.start() - 10) : m.start()]
        after = s.text[m.end() : m.end() + 24]
        if _RANGE_WORD_BEFORE.search(before) or _RANGE_WORD_AFTER.match(after):
            return None  # "Friday through Sunday, June 7 to June 9": a range, not a pair
        wd_text = m.group("wd")
        if len(wd_text) <= 4 and not m.group("year"):
            return None  # "Sun 5 May" without a year is too ambiguous
        wd = WEEKDAYS.get(wd_text.lower().rstrip("."))
        mon = MONTHS.get((m.group("mon") or m.group("mon2")).lower().rstrip("."))
        day = int(m.group("day") or m.group("day2"))
        if wd is None or mon is None:
            return None
        year = int(m.group("year")) if m.group("year") else _resolve_year(mon, day, pub)
        if year is None:
            return None
        try:
            real = date(year, mon, day)
        except ValueError:
            if not m.group("year") and mon == 2 and day == 29:
                return None  # 29 February of a year we only guessed
            return self.finding("NL307", s, m, f"{m.group(0).strip()} is not a date")
        if real.weekday() == wd:
            return None
        recent = pub is not None and 0 <= (pub - real).days <= 10
        if not m.group("year") and lenient and (dated_before or not recent):
            # The year was inferred from the publication date, which may be an
            # "Updated" date a year after the story: accept the year before too.
            try:
                if date(year - 1, mon, day).weekday() == wd:
                    return None
            except ValueError:
                pass
        msg = f"{real:%B} {day}, {year} was a {_WEEKDAY_NAMES[real.weekday()]}, not a {_WEEKDAY_NAMES[wd]}"
        return self.finding("NL307", s, m, msg)


# ---------------------------------------------------------------- NL308

_NAME = r"(?P<name>(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+)"
_AGE = lazyre.compile(
    rf"{_NAME},\s+(?P<age>\d{{1,3}})(?:,|\.(?!\d)|$)|(?P<age2>\d{{1,3}})-year-old\s+(?:[\w-]+\s+){{0,3}}?(?P<name2>(?:[A-Z][\w'’-]+\s+){{0,3}}[A-Z][\w'’-]+)"
    rf"|(?P<name3>(?:[A-Z][\w'’.-]+\s+){{0,3}}[A-Z][\w'’-]+)\s+\((?P<age3>\d{{1,3}})\)|(?P<name4>(?:[A-Z][\w'’.-]+\s+){{0,3}}[A-Z][\w'’-]+),\s+aged\s+(?P<age4>\d{{1,3}})"
    # "At 23, Morandi becomes ...": the age opens the sentence.
    rf"|^At\s+(?P<age5>\d{{1,3}}),\s+(?P<name5>(?:[A-Z][\w'’.-]+\s+){{0,2}}[A-Z][\w'’-]+)\b"
)
# Every _AGE match holds ", 34" then "," "." or the end ("said Osei, 34."), "(34)",
# "-year-old", "aged" or an opening "At": far fewer sentences than hold a figure.
# (_AGED_THEN needs "-year-old" too.)
_AGE_HINT = lazyre.compile(r",\s+\d{1,3}(?:,|\.(?!\d)|$)|-year-old|\(\d{1,3}\)|aged|^At\s")
# A full birth date: "14 March 1966", "March 14, 1966", "19 Feb 2003".
_FULL_BIRTH = lazyre.compile(
    rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_RE})\.?|(?P<m2>{_MONTH_RE})\.?\s+(?P<d2>\d{{1,2}}),?)\s+(?P<y>(?:18|19|20)\d\d)$"
)


def _birth_date(text: str) -> date | None:
    """The full date a birth-year match ends with, if it names month and day."""
    m = _FULL_BIRTH.search(text)
    if not m:
        return None
    mon = MONTHS.get((m.group("m1") or m.group("m2")).lower().rstrip("."))
    try:
        return date(int(m.group("y")), mon, int(m.group("d1") or m.group("d2"))) if mon else None
    except ValueError:
        return None


_DIGIT = lazyre.compile(r"\d")
_YEAR_TOKEN = lazyre.compile(r"\b((?:19|20)\d\d)\b")
_AGE_IS = lazyre.compile(
    r"\b(?:is|was|turned|turns|aged)\s+(?P<age>\d{1,3})\b(?!\s*(?:%|per|percent|years? (?:ago|later|earlier)|million|billion|thousand|days?|weeks?|months?|times|[-–]))"
)
_BORN = lazyre.compile(
    r"\bborn\s+(?:in\s+|on\s+)?(?:[\w ,]{0,30}?\s)?(?P<year>(?:18|19|20)\d\d)\b"
    r"|(?P<name2>(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+)\s+\((?:born\s+|b\.\s*)?(?P<year2>(?:18|19|20)\d\d)\s*[-–]\s*\)"
)


_BORN_OPENER = lazyre.compile(
    r"Born\s+(?:in\s+|on\s+)?(?:[\w ,]{0,30}?\s)?(?P<year>(?:18|19|20)\d\d),"
    # "Born March 14, 1966, in Lakemont's East End, Castellano spent ...": the subject.
    r"(?:\s+(?:in|at|near)\s+[^,.;]{1,40},)?\s+(?:(?P<pron>she|he)\b|(?P<who>(?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)\s+(?!of\b|and\b)[a-z])"
)
_CAP_WORD = lazyre.compile(r"\b[A-Z][\w'’-]+")
_WHO_BORN = lazyre.compile(r"\bwho (?:was )?born$")


def _last_name_before(text: str, pos: int) -> str:
    """The last capitalised, non-common word in the 70 characters before `pos`."""
    words = [
        w for w in _CAP_WORD.findall(text[max(0, pos - 70) : pos]) if w.lower() not in COMMON_CAPS
    ]
    return words[-1] if words else ""


def _surname(name: str) -> str:
    return re.sub(r"['’]s$", "", name.split()[-1]).lower()


class AgeBirthYearCheck(_Base):
    """'Smith, 45' and 'Smith was born in 1970' in the same article."""

    rules = (
        rule(
            "NL308",
            "age-birth-year-mismatch",
            "warning",
            "A person's age contradicts their birth year",
            """An age ("Smith, 45,") and a birth year ("born in 1970") for the same
            person must agree with the publication year (or, when it is unknown,
            with some year between the latest year the article mentions and
            today).""",
            bad=[
                "---\ndate: 2024-05-01\n---\nJane Smith, 45, leads the team. Smith was born in 1970 in Ohio.",
                "---\ndate: 2024-05-01\n---\nDr. Jane Smith, 45, a chemist at Yale who was born in "
                "1970, led the study.",
                '---\ndate: 2024-05-01\n---\nSmith, born in Ohio in 1970, joined in 2020. "We won," '
                "said Smith, 45.",
                "---\ndate: 2025-11-05\n---\nShe is a 47-year-old operator who has worked at the mill "
                "since 2004, when she was 24.",
            ],
            good=[
                "---\ndate: 2024-05-01\n---\nJane Smith, 53, leads the team. Smith was born in 1970 in Ohio.",
                "---\ndate: 2025-11-05\n---\nShe is a 45-year-old operator who has worked at the mill "
                "since 2004, when she was 24.",
            ],
        ),
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        an = analyse(doc, ctx.option("publication-date"))
        ages: list[tuple[str, int, SentenceInfo, re.Match[str]]] = []
        births: dict[str, set[int]] = {}
        dates: dict[str, set[date]] = {}  # full birth dates ("born on 19 Feb 2003")
        years: list[int] = []
        aged_then: list[SentenceInfo] = []  # "a 47-year-old ... since 2004, when she was 24"
        previous = None
        for s in an.sentences:
            if not _DIGIT.search(s.text):
                previous = s
                continue
            years.extend(int(y) for y in _YEAR_TOKEN.findall(s.text))
            hinted = _AGE_HINT.search(s.text)
            if hinted and "when " in s.text and "year-old" in s.text:
                aged_then.append(s)
            for m in _AGE.finditer(s.text) if hinted else ():
                name = (
                    m.group("name")
                    or m.group("name2")
                    or m.group("name3")
                    or m.group("name4")
                    or m.group("name5")
                )
                age = (
                    m.group("age")
                    or m.group("age2")
                    or m.group("age3")
                    or m.group("age4")
                    or m.group("age5")
                )
                if name and age and 0 < int(age) < 120:
                    ages.append((_surname(name), int(age), s, m))
            if "born" in s.text:
                # "Hale, who was born in 1962, is 48": an age stated beside the birth year.
                for m in _AGE_IS.finditer(s.text):
                    name = _last_name_before(s.text, m.start())
                    if name and 0 < int(m.group("age")) < 120:
                        ages.append((_surname(name), int(m.group("age")), s, m))
            if "born" in s.text or "(" in s.text:
                here = {a[0] for a in ages if a[2] is s}
                for m in _BORN.finditer(s.text):
                    name = m.group("name2") or _last_name_before(s.text, m.start())
                    year = m.group("year") or m.group("year2")
                    if name and year:
                        births.setdefault(_surname(name), set()).add(int(year))
                        if m.group("year") and (full := _birth_date(s.text[: m.end("year")])):
                            dates.setdefault(_surname(name), set()).add(full)
                        # "Marsh, 51, an epidemiologist at Leeds who was born in 1968": the
                        # relative clause belongs to the one person aged in the sentence,
                        # not to the last capitalised word (a place or an employer).
                        if len(here) == 1 and _WHO_BORN.search(s.text[: m.start() + 4]):
                            births.setdefault(next(iter(here)), set()).add(int(year))
            elif s.text.startswith("Born") and (opener := _BORN_OPENER.match(s.text)):
                # "Tremblay, 47, is ... . Born in Sudbury in 1981, she trained ...": the
                # pronoun is the one person aged in the sentence before.
                before = {a[0] for a in ages if a[2] is previous and previous.para == s.para}
                who = opener.group("who")
                if who and who.split()[0].lower() not in COMMON_CAPS:
                    before = {_surname(who)}
                if len(before) == 1:
                    births.setdefault(next(iter(before)), set()).add(int(opener.group("year")))
                    if full := _birth_date(s.text[: opener.end("year")]):
                        dates.setdefault(next(iter(before)), set()).add(full)
            previous = s
        yield from self._self_aged(an)
        if aged_then:
            yield from self._aged_then(doc, an, aged_then)
        if not ages or not births:
            return
        if an.pubdate:
            refs = [an.pubdate.year]
        else:
            refs = list(range(max(years) if years else 1900, date.today().year + 1))
        ages_of: dict[str, set[int]] = {}
        for surname, age, _s, _m in ages:
            ages_of.setdefault(surname, set()).add(age)
        for surname, age, s, m in ages:
            born = births.get(surname)
            # Two ages for one surname (a couple, a family): cannot tell who was born when.
            if not born or len(born) != 1 or len(ages_of[surname]) != 1 or not refs:
                continue
            by = next(iter(born))
            full = dates.get(surname, set())
            if an.pubdate and len(full) == 1:
                # A full birth date and a publication date give one age exactly.
                bd = next(iter(full))
                # The event may be a few days before the story: allow a week.
                allowed = {
                    d.year - bd.year - ((d.month, d.day) < (bd.month, bd.day))
                    for d in (an.pubdate, an.pubdate - timedelta(days=7))
                }
                exact = max(allowed)
                if age in allowed:
                    continue
                yield self.finding(
                    "NL308",
                    s,
                    m,
                    f"Age {age} does not fit a birth date of {bd:%B %-d, %Y} on {an.pubdate:%B %-d, %Y} ({exact})",
                )
                continue
            if any(ref - by - 1 <= age <= ref - by for ref in refs):
                continue
            when = f"in {refs[0]}" if len(refs) == 1 else "at any date the article allows"
            yield self.finding("NL308", s, m, f"Age {age} does not fit a birth year of {by} {when}")

    def _self_aged(self, an: Analysis) -> Iterator[Finding]:
        """'The 24-year-old, who was born in March 1999': an age and the birth date of
        one person in one phrase, against the publication date."""
        pub = an.pubdate
        if pub is None:
            return
        for s in an.sentences:
            if "born" not in s.text or "year-old" not in s.text:
                continue
            for m in _AGED_BORN.finditer(s.text):
                age, by = int(m.group("age")), int(m.group("year"))
                if _OTHER_PERSON.search(m.group(0)) or not 0 < age < 120:
                    continue
                mon = MONTHS.get((m.group("mon") or "").lower().rstrip("."), 0)
                if mon and mon != pub.month:
                    allowed = {pub.year - by - (1 if mon > pub.month else 0)}
                else:
                    allowed = {pub.year - by - 1, pub.year - by}
                if age in allowed:
                    continue
                born = f"{m.group('mon')} {by}" if mon else str(by)
                yield self.finding(
                    "NL308",
                    s,
                    m,
                    f"Age {age} does not fit a birth date of {born} on {pub:%B %-d, %Y}",
                )

    def _aged_then(
        self, doc: Document, an: Analysis, sentences: list[SentenceInfo]
    ) -> Iterator[Finding]:
        """'A 47-year-old operator who has worked there since 2004, when she was 24':
        the two ages are as many years apart as the year is from publication."""
        pub = an.story_date
        if pub is None:
            return
        for s in sentences:
            for m in _AGED_THEN.finditer(s.text):
                age, then, year = int(m.group("age")), int(m.group("then")), int(m.group("year"))
                gap = pub.year - year
                if not 0 < then < age < 120 or gap < 0 or abs(age - then - gap) <= 1:
                    continue
                yield self.finding(
                    "NL308",
                    s,
                    m,
                    f"Aged {then} in {year} makes about {then + gap} in {pub.year}, not {age}",
                )


# "a 47-year-old operator who has worked there since 2004, when she was 24".
_AGED_THEN = lazyre.compile(
    r"\b(?P<age>\d{1,3})-year-old(?!['’])\b[^.;:()\"“”]{0,80}?\b(?:in|since|from)\s+"
    r"(?:(?:early|late|mid-?)\s*)?(?P<year>(?:19|20)\d\d),?\s+when\s+(?:he|she|they)\s+(?:was|were)\s+"
    r"(?:just\s+|only\s+|aged\s+)?(?P<then>\d{1,3})\b(?!\s*(?:%|per|years?\s+into|months?|weeks?|days?))"
)

# "The 24-year-old, who was born in Braga in March 1999", "a 31-year-old born in 1990".
_AGED_BORN = lazyre.compile(
    rf"\b(?P<age>\d{{1,3}})-year-old(?!['’])\b[^.;:()]{{0,40}}?\bborn\b"
    rf"(?:\s+(?:in|on)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
    rf"\s+(?:in\s+|on\s+)?(?:(?:\d{{1,2}}\s+)?(?P<mon>{_MONTH_RE})\.?\s+(?:\d{{1,2}},?\s+)?)?"
    rf"(?P<year>(?:19|20)\d\d)\b"
)
_OTHER_PERSON = lazyre.compile(
    r"\b(?:whose|son|daughter|child|children|baby|wife|husband|partner|mother|father|brother|"
    r"sister|twins?|grandson|granddaughter)\b",
    re.I,
)


# ---------------------------------------------------------------- NL309 / NL310 / NL311

_FOUNDED = lazyre.compile(
    r"\b(?i:founded|established|launched|started|created|formed|set up|incorporated|its founding)\s+(?:in\s+)?(?:(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?)?(?P<year>(?:18|19|20)\d\d)\b"
)
_STRICT_FOUNDING = lazyre.compile(r"\b(?:founded|established|incorporated|its founding)\b", re.I)
_ANNIVERSARY = lazyre.compile(
    r"\b(?P<ord>\w+(?:-\w+)?|\d+(?:st|nd|rd|th))\s+anniversary\b(?!\s+of\s+(?!(?:its|the|their|our)\s+(?:\w+\s+)?founding))",
    re.I,
)
_N_DAY = lazyre.compile(
    rf"\b(?P<n>{NUMBER_RE})-day\b(?:(?!-day|\band\b|,)[^.;]){{0,80}}?\b(?:from\s+)?(?P<w1>{_WEEKDAY_RE})\s+(?:through|thru|to|until|till|-|–)\s+(?P<w2>{_WEEKDAY_RE})\b"
    rf"|\b(?:from\s+)?(?P<w3>{_WEEKDAY_RE})\s+(?:through|thru|to|until|till|-|–)\s+(?P<w4>{_WEEKDAY_RE})\b(?:(?!-day|\band\b|,)[^.;]){{0,60}}?\b(?P<n2>{NUMBER_RE})-day\b"
    rf"|\b(?P<n3>{NUMBER_RE})-day\b(?:(?!-day|\band\b|,)[^.;]){{0,80}}?\b(?:from\s+)?(?P<mon>{_MONTH_RE})\s+(?P<d1>\d{{1,2}})\s*(?:through|thru|to|until|-|–)\s*(?:(?P<mon2>{_MONTH_RE})\s+)?(?P<d2>\d{{1,2}})\b",
    re.I,
)
_YEARS_AGO = lazyre.compile(
    rf"\b(?P<n>{NUMBER_RE}|a)\s+years?\s+ago,?\s+(?:in|since|back in)\s+(?P<year>(?:19|20)\d\d)\b"
    rf"|\bin\s+(?P<year2>(?:19|20)\d\d),?\s+(?:some\s+|about\s+|nearly\s+|just\s+)?(?P<n2>{NUMBER_RE}|a)\s+years?\s+ago\b",
    re.I,
)
_REL_YEAR = lazyre.compile(
    r"\b(?P<rel>last|this|next)\s+year\s*(?:,\s*|\(\s*)(?:in\s+)?(?P<year>(?:19|20)\d\d)\b"
    r"|\b(?:in\s+)?(?P<year2>(?:19|20)\d\d)\s*(?:,\s*|\(\s*)(?P<rel2>last|this|next)\s+year\b",
    re.I,
)
# "raised its first funding last year, a £9 million seed round in 2023": the relative
# year and an apposition that dates the same event.
_REL_YEAR_APPOS = lazyre.compile(
    r"\b(?P<rel>last|this|next)\s+year,\s+(?:a|an|the|its|their|his|her)\s+"
    r"(?P<np>(?:[^\s,;:()]+\s+){0,6}?)in\s+(?P<year>(?:19|20)\d\d)\b(?![-–/]|\s*(?:and|or|to)\b)",
    re.I,
)
# Words that turn the apposition into another event or a comparison ("a year after it
# was planned in 2019", "up from the level in 2023", "the deal he signed in 2021").
_APPOS_OTHER = lazyre.compile(
    r"^(?:after|before|since|following|than|ago|from|until|till|by|when|while|compared|versus|"
    r"vs|and|or|but|which|that|who|whose|where|last|next|previous|earlier|later|up|down|as|"
    r"with|against|over|under|same|like|unlike|held|made|built|set|won|paid|sold|done|given|"
    r"taken|seen|begun|run|put|bought|\w{3,}ed|(?:19|20)\d\d)$",
    re.I,
)


# How far "last/this/next" (year, month) and "yesterday/today/tomorrow" point.
_REL_OFFSET = {"last": -1, "this": 0, "next": 1}
_DAY_OFFSET = {"yesterday": -1, "today": 0, "tomorrow": 1}


def _relative_years(text: str) -> Iterator[tuple[re.Match[str], str, int, bool]]:
    """(match, last/this/next, year, whether the year dates the same event by
    apposition) for "last year (2021)" and "last year, a ... round in 2023"."""
    for m in _REL_YEAR.finditer(text):
        rel = (m.group("rel") or m.group("rel2")).lower()
        yield m, rel, int(m.group("year") or m.group("year2")), False
    for m in _REL_YEAR_APPOS.finditer(text):
        if not any(_APPOS_OTHER.match(w.strip("'’\"")) for w in m.group("np").split()):
            yield m, m.group("rel").lower(), int(m.group("year")), True


_FOUNDED_AGO = lazyre.compile(
    rf"\b(?:founded|established|launched|started|created|formed|set up)\s+(?:about\s+|roughly\s+|nearly\s+|approximately\s+|some\s+|more than\s+)?(?P<n>{NUMBER_RE})\s+years?\s+ago\b",
    re.I,
)
# "In the eight years since launch": the time since the founding, like "founded N years ago".
_YEARS_SINCE_FOUNDING = lazyre.compile(
    rf"\bthe\s+(?:(?:first|past|last)\s+)?(?P<n>{NUMBER_RE})\s+years\s+since\s+(?:its\s+|the\s+)?"
    r"(?:launch|founding|foundation|inception|creation|it was (?:founded|launched|established|set up))\b",
    re.I,
)
# "the three-year-old startup": an organisation's age, checked against its founding year.
_ORG_AGE = lazyre.compile(
    rf"\b(?P<n>{NUMBER_RE})[- ]year[- ]old\s+(?:[a-z-]+\s+)?(?:startup|start-up|company|firm|"
    r"business|bank|group|chain|brand|band|venture|charity|organi[sz]ation|newspaper|magazine|"
    r"label|studio|club|party|company's"
    # "a 28-year-old daily founded in 2001": a paper, a broadcaster, an institution;
    # not one who works there ("the 28-year-old orchestra player").
    r"|(?:daily|weekly|tabloid|broadsheet|publication|broadcaster|orchestra|festival|museum|"
    r"airline|cooperative|co-operative)(?![\w-]|\s+(?:[a-z]+(?:er|or|ist|ian|ant|ent)|staff|"
    r"member|pupil|head|chief|boss)s?\b))\b",
    re.I,
)
_DAY_WORD = lazyre.compile(
    r"\b(?P<rel>yesterday|today|tomorrow)\s*(?:,\s*|\(\s*)(?P<wd>" + _WEEKDAY_RE + r")\b", re.I
)


_DATE_AFTER = (
    rf"(?:(?P<mon>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})\b"
    rf"|(?P<mon3>{_MONTH_RE})\b(?!\s+\d))"
)
# "earlier this month, on February 27", "last month (in May)".
_REL_MONTH = lazyre.compile(
    rf"\b(?P<rel>this|last|next)\s+month\s*(?:,\s*|\(\s*|\s+)(?:when\s+)?(?:on\s+|in\s+)?(?:the\s+)?{_DATE_AFTER}",
    re.I,
)
# "only last week on February 4", "next week, on Tuesday 12 May": a day in the week
# before, of or after publication; also "last week's talks in Beijing on 12 June".
_REL_WEEK = lazyre.compile(
    rf"\b(?P<rel>this|last|next)\s+week(?:\s*(?:,\s*|\(\s*|\s+)(?:when\s+)?|['’]s(?:\s+[A-Za-z-]+){{1,5}}\s+)on\s+"
    rf"(?:{_WEEKDAY_RE},?\s+)?(?:the\s+)?"
    rf"(?:(?P<mon>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})\b)",
    re.I,
)
# "last Friday (Oct 10)", "next Saturday, 4 October": a weekday named relative to the
# publication date, then dated.
_REL_WEEKDAY = lazyre.compile(
    rf"\b(?P<rel>last|next)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*(?:,\s*|\(\s*)(?:the\s+)?"
    rf"(?:(?P<mon>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})\b)",
    re.I,
)
# Days from publication a "last/this/next week" date may lie, generously: a week
# runs Monday to Sunday, and writers use "last week" for the past seven to ten days.
_WEEK_GAP = {"last": (-13, -1), "this": (-6, 6), "next": (1, 13)}
# A wire dateline without a year: "Kathmandu, Mar 7 (SAN)", "LAGOS, June 3 (Reuters) -".
_DATELINE_DAY = lazyre.compile(
    rf"^[A-Z][\w.'’ -]{{1,40}},\s+(?:[A-Z]{{2,}}[\w.]*,\s+)?(?P<mon>{_MONTH_RE})\.?\s+"
    r"(?P<day>\d{1,2})\s*(?:\([A-Za-z .]+\)|[-–—]|\(\w+\))"
)
# "The last strike, in March this year" / "earlier this year, in March": a past event
# in a month of this year that must not come after the publication month.
_PAST_THIS_YEAR = lazyre.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:last|previous|most recent)\s+"
    rf"(?:[a-z-]+\s+){{0,2}}?[a-z-]+,?\s+(?:(?:was|came|took place|held)\s+)?"
    rf"in\s+(?P<mon>{_MONTH_RE})\.?\s+this\s+year\b"
    rf"|\b[Ee]arlier this year,?\s+in\s+(?P<mon2>{_MONTH_RE})\b"
)
# "came two weeks after ..., on March 3" / "three days ago, on May 2": a span back from
# the day of the news to a dated event.
_SPAN_BACK = lazyre.compile(
    rf"\b(?:(?:came|comes|follows|followed|arrives|arrived)\s+(?:just\s+|only\s+|about\s+|nearly\s+)?"
    rf"(?P<n>{NUMBER_RE}|a|an)\s+(?P<unit>days?|weeks?|months?)\s+after\b"
    rf"|(?P<n2>{NUMBER_RE}|a|an)\s+(?P<unit2>days?|weeks?|months?)\s+ago\b)"
    rf"[^.;]{{0,80}}?\bon\s+(?:{_WEEKDAY_RE},?\s+)?(?:the\s+)?"
    rf"(?:(?P<mon>{_MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})\b)",
    re.I,
)
# "on 1 June, six weeks ago": the date first, then how long ago it was.
_DATE_AGO = lazyre.compile(
    rf"\bon\s+(?:{_WEEKDAY_RE},?\s+)?(?:the\s+)?"
    rf"(?:(?P<mon>{_MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})\b)"
    rf"(?:,?\s+(?:just|only|about|some|nearly|almost|more than))?,?\s+"
    rf"(?P<n2>{NUMBER_RE}|a|an)\s+(?P<unit2>days?|weeks?|months?)\s+ago\b",
    re.I,
)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30.4}
# A dated start and the years since it: "five years since March 2021", "work began in
# March 2021, and after five years of construction".
_SPAN_HEDGE = r"(?:(?P<hedge>nearly|almost|close to|more than|over|about|some|roughly)\s+)?"
_SINCE_START = lazyre.compile(
    rf"\b{_SPAN_HEDGE}(?P<n>{NUMBER_RE})\s+years?\s+since\s+(?:(?P<mon>{_MONTH_RE})\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/])",
    re.I,
)
_START_SINCE = lazyre.compile(
    rf"\b(?:began|started|broke ground|got under way|got underway|commenced)\s+in\s+"
    rf"(?:(?P<mon>{_MONTH_RE})\s+)?(?P<year>(?:19|20)\d\d)\b[^.;:]{{0,60}}?"
    rf"\b(?:after|in|for|over)\s+{_SPAN_HEDGE}(?P<n>{NUMBER_RE})\s+years?\s+of\b",
    re.I,
)
# "was first tabled in parliament in 2019 and has now been stalled for eight years": a
# state that began at (or after) a dated event and lasts to now. It cannot be longer
# than the time since that event (it may be shorter: the stall may have begun later).
_BEEN_FOR = lazyre.compile(
    rf"\bin\s+(?:(?P<mon>{_MONTH_RE})\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/]),?\s+(?:and|but)\s+"
    rf"(?:(?:it|they|he|she)\s+)?(?:has|have)\s+(?:now\s+|since\s+)?been\s+(?:[a-z]+\s+){{1,2}}?"
    rf"for\s+(?:(?P<hedge>nearly|almost|close to|about|some|roughly)\s+)?(?P<n>{NUMBER_RE})\s+years\b",
    re.I,
)
# "gave the ministry 60 days, until 16 October, to decide": a deadline given both as a
# span from the news and as the date it ends.
_SPAN_UNTIL = lazyre.compile(
    rf"\b(?P<n>\d{{1,3}}|{NUMBER_RE})\s+(?P<unit>days|weeks),? until\s+"
    rf"(?:(?:{_WEEKDAY_RE}),?\s+)?(?:the\s+)?"
    rf"(?:(?P<mon>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})\b)"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?,",
)
# Every _SPAN_UNTIL match holds one of these ("60 days, until", "four weeks until").
# ("till" is rare in news copy, and every "still" holds it: a literal test for it
# would pass most articles.)
_SPAN_UNTIL_WORDS = ("s, until ", "s until ")
_DEADLINE_CUE = lazyre.compile(
    r"\b(?:gave|give|gives|given|giving|granted|grants|allowed|allows|has|have|set|extended|"
    r"deadline|ultimatum|within)\b",
    re.I,
)
# A span that ended before publication or is counted to another day.
_SPAN_ENDED = lazyre.compile(
    r"\b(?:until|till|ended|finished|completed|closed|ran|lasted|by the time|before|then|had)\b",
    re.I,
)
# An event's dated start: "broke out on the afternoon of Sunday 10 August", "a lockout
# that began on Sept. 22", "was closed at midday on Sunday".
_STARTED = lazyre.compile(
    rf"\b(?:broke out|began|started|erupted|was closed|were closed|was shut|went on strike|"
    rf"walked out)\s+(?:[a-z]+\s+){{0,3}}?on\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
    rf"(?P<wd>{_WEEKDAY_RE}\b)?,?\s*(?:the\s+)?"
    rf"(?:(?P<mon>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})\b)?",
)
_STARTED_HINT = ("broke out", "began", "started", "erupted", "closed", "shut", "strike", "walked")
# The time since that start: "four days after it started", "now in its third week",
# "has now been closed for five days".
_ELAPSED = lazyre.compile(
    rf"\b(?P<n>{NUMBER_RE})\s+(?P<unit>days?|weeks?)\s+after\s+(?:it|the\s+[a-z]+)\s+"
    rf"(?:started|began|broke out|erupted)\b"
    rf"|\bnow\s+in\s+its\s+(?P<ord>\w+)\s+(?P<ounit>day|week|month)\b"
    rf"|\b(?:has|have)\s+now\s+been\s+(?:closed|shut|burning|on strike|locked out)\s+for\s+"
    rf"(?P<n2>{NUMBER_RE})\s+(?P<unit2>days?|weeks?)\b",
    re.I,
)
_ELAPSED_HINT = lazyre.compile(
    r"\bafter (?:it|the [a-z]+) (?:started|began|broke out|erupted)\b|\bnow in its |\bnow been "
)
_OTHER_DAY = lazyre.compile(rf"\b({_WEEKDAY_RE})\b")


def _started(text: str) -> list[re.Match[str]]:
    """The dated starts in a sentence (a weekday or a day and month)."""
    if not any(w in text for w in _STARTED_HINT):
        return []
    return [
        m for m in _STARTED.finditer(text) if m.group("wd") or m.group("mon") or m.group("mon2")
    ]


def _match_date(m: re.Match[str], pub: date) -> date | None:
    """The date a match spells with its mon/mon2 and day/day2 groups, in the year the
    publication date makes likeliest; None if it is not a calendar date."""
    mon = MONTHS.get((m.group("mon") or m.group("mon2")).lower().rstrip("."))
    day = int(m.group("day") or m.group("day2"))
    year = _resolve_year(mon, day, pub) if mon else None
    try:
        return date(year, mon, day) if year and mon else None
    except ValueError:
        return None


def _start_day(m: re.Match[str], pub: date) -> date | None:
    """The date a _STARTED match names: its day and month in the publication's year,
    or the weekday last before publication."""
    if m.group("mon") or m.group("mon2"):
        return _match_date(m, pub)
    wd = WEEKDAYS.get(m.group("wd").lower())
    back = (pub.weekday() - wd) % 7 if wd is not None else 0
    return pub - timedelta(days=back) if back else None


def _elapsed_days(m: re.Match[str]) -> tuple[float, float]:
    """The days an _ELAPSED match allows since the start."""
    if m.group("ord"):
        n = ordinal_value(m.group("ord")) or 0
        unit = _UNIT_DAYS[m.group("ounit").lower()]
        return (n - 1) * unit, n * unit - 1
    n = number_value(m.group("n") or m.group("n2")) or 0
    unit = _UNIT_DAYS[(m.group("unit") or m.group("unit2")).lower().rstrip("s")]
    return n * unit, n * unit


# "yesterday, April 16" / "yesterday (Wednesday 16 April)".
_DAY_DATE = lazyre.compile(
    rf"\b(?P<rel>yesterday|today|tomorrow)\s*(?:,\s*|\(\s*)(?:(?P<wd>{_WEEKDAY_RE})\.?,?\s+)?(?:the\s+)?"
    rf"(?:(?P<mon>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})\b)",
    re.I,
)


_PRESENT = lazyre.compile(
    r"\b(?:celebrates|celebrating|marks|marking|is marking|this (?:week|month|year)|today|now)\b",
    re.I,
)


# Every _FOUNDED match holds a year (18xx-20xx); every _YEARS_AGO and _REL_YEAR match
# one from 19xx-20xx. Digits have no case, so these gates are exact under re.I too.
_FOUNDING_YEAR = lazyre.compile(r"(?:18|19|20)\d\d")
_RECENT_YEAR = lazyre.compile(r"(?:19|20)\d\d")
_YEAR_WORD = lazyre.compile(r"year|yesterday|today|tomorrow", re.I)
_DAY_RELATIVE = ("yesterday", "today", "tomorrow")
_YEAR_OLD = ("year-old", "year old")  # in every _ORG_AGE match, lower-cased
_REL_WORDS = ("this", "last", "next")  # in every _REL_MONTH and _REL_WEEK match


def _founded(text: str) -> list[re.Match[str]]:
    """_FOUNDED matches in a sentence; most sentences hold no year and cannot match
    (and a year starts "18", "19" or "20": literal tests cheaper than a scan)."""
    if not ("20" in text or "19" in text or "18" in text):
        return []
    return list(_FOUNDED.finditer(text)) if _FOUNDING_YEAR.search(text) else []


def _ascii_lower(text: str) -> str | None:
    """The text lower-cased when it is ASCII, else None: what `_may_hold` reads."""
    return text.lower() if text.isascii() else None


def _may_hold(text: str, low: str | None, *words: str) -> bool:
    """Whether a case-insensitive pattern needing one of `words` can match `text`.

    `low` is the lower-cased text when it is ASCII (where re.I matches exactly what
    lower-casing does), else None: then the pattern must be run to know.
    """
    return low is None or any(w in low for w in words)


def _doc_years(an: Analysis) -> list[int]:
    return [int(y) for s in an.sentences for y in re.findall(r"\b((?:19|20)\d\d)\b", s.text)]


# One event dated two ways: "handed down yesterday" / "handed down on Tuesday, 11 March".
_EVENT_VERB = (
    r"(?P<verb>[a-z]{3,}(?:ed|en|wn|ld|nt|ck|ung|ade|ote|uck)(?:\s+(?:down|up|out|off|over))?)"
)
_VERB_YESTERDAY = lazyre.compile(rf"\b{_EVENT_VERB}\s+yesterday\b")
_VERB_ON_DATE = lazyre.compile(
    rf"\b{_EVENT_VERB}\s+on\s+(?:(?P<wd>{_WEEKDAY_RE})\b,?\s*)?(?:the\s+)?"
    rf"(?:(?P<mon>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})\b)?"
)
_NOUN_WORD = lazyre.compile(r"[A-Za-z]{5,}")
_NOT_EVENT_NOUN = frozenset({"which", "their", "there", "where", "after", "before", "about"})


def _nouns_before(text: str, pos: int) -> set[str]:
    """The longer words in the 40 characters before a verb: what the event is."""
    return {
        w.lower()
        for w in _NOUN_WORD.findall(text, max(0, pos - 40), pos)
        if w.lower() not in _NOT_EVENT_NOUN
    }


def _dated_day(m: re.Match[str], pub: date) -> date | None:
    """The day a _VERB_ON_DATE match names: its date, or a weekday in the week
    before publication."""
    if m.group("mon") or m.group("mon2"):
        return _match_date(m, pub)
    wd = WEEKDAYS.get((m.group("wd") or "").lower())
    if wd is None:
        return None
    return pub - timedelta(days=(pub.weekday() - wd) % 7)


# One event named by a noun with a relative day ("yesterday's vote", "the decision ...
# was taken yesterday", "the announcement of the new price last week") and dated by a
# verb of the same kind elsewhere ("parliament on Tuesday approved", "announced on
# Wednesday"). Each noun maps to the verbs that report the same event.
_EVENT_KINDS = {
    "vote": "vote", "ballot": "vote", "ruling": "ruling", "judgment": "ruling",
    "judgement": "ruling", "verdict": "ruling", "order": "ruling", "injunction": "ruling",
    "decision": "decision", "announcement": "announce",
}  # fmt: skip
_KIND_VERBS = {
    "vote": r"voted|approved|passed|backed|rejected|endorsed|adopted",
    "ruling": r"ruled|ordered|issued|handed\s+down|granted|quashed|struck\s+down|halted",
    "decision": r"decided|announced|agreed",
    "announce": r"announced|unveiled",
}
_REL_EVENT = lazyre.compile(
    r"\b(?:(?P<rel1>[Yy]esterday|[Ll]ast\s+week)['’]s\s+(?P<n1>[a-z]+)"
    r"|(?P<n2>vote|ballot|ruling|judge?ment|verdict|order|injunction|decision|announcement)\b"
    r"(?:\s+(?!yesterday\b|on\b|last\b)[\w'’-]+){0,6}?\s+(?P<rel2>yesterday|last\s+week)\b)"
)
_DAY_AT = (
    rf"on\s+(?:(?P<wd>{_WEEKDAY_RE})\b,?\s*)?(?:the\s+)?"
    rf"(?:(?P<mon>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})\b)?"
)
_DAY_ON = lazyre.compile(rf"\b{_DAY_AT}")
# The verb of the event in the clause around "on <day>": before it ("approved ... on
# Tuesday") or right after it ("on Tuesday approved").
_KIND_BEFORE = {
    k: re.compile(rf"\b(?:{v})\b(?:\s+[\w'’,-]+){{0,6}}?\s+$") for k, v in _KIND_VERBS.items()
}
_KIND_AFTER = {k: re.compile(rf",?\s*(?:{v})\b") for k, v in _KIND_VERBS.items()}


# "yesterday (Tuesday)", "last week, on 12 June": the relative day dated in place,
# which the other NL311 checks read.
_DATE_IN = lazyre.compile(rf"\s*[,(]\s*(?:on\s+)?(?:{_WEEKDAY_RE}|{_MONTH_RE}|\d)")


def _event_kind(m: re.Match[str]) -> str:
    """The kind of event a relative-day match names ('' if none)."""
    return _EVENT_KINDS.get((m.group("n1") or m.group("n2") or "").lower(), "")


def _kind_at(kind: str, text: str, m: re.Match[str]) -> bool:
    """Whether a verb of this kind of event reports the day `m` names."""
    if m.end() == m.start() + 2 or not (m.group("wd") or m.group("day") or m.group("day2")):
        return False  # "on" with no day
    before = text[max(0, m.start() - 60) : m.start()]
    return bool(_KIND_BEFORE[kind].search(before) or _KIND_AFTER[kind].match(text, m.end()))


def _rel_wrong(rel: str, day: date, pub: date) -> bool:
    """Whether a dated day cannot be 'yesterday' / 'last week' for a story of `pub`."""
    if rel.lower() == "yesterday":
        return day != pub - timedelta(days=1)
    # "last week": the calendar week before the story's (a few days' slack either way).
    monday = pub - timedelta(days=pub.weekday())
    return day >= monday and day < pub and (pub - day).days < 5


class DateArithmeticCheck(_Base):
    """Anniversaries, durations and relative dates that contradict their dates."""

    rules = (
        rule(
            "NL309",
            "anniversary-mismatch",
            "warning",
            "An anniversary does not match the founding year",
            """"Founded in 2012" and "its fifth anniversary" in 2024 do not agree.
            The anniversary year is the one named in the same sentence or, failing
            that, the publication year. Anniversaries of other events ("the fifth
            anniversary of the attack") are not compared with a founding year.""",
            bad=[
                "The studio was founded in 2012. In 2024 it celebrated its fifth anniversary with a party."
            ],
            good=[
                "The studio was founded in 2012. In 2017 it celebrated its fifth anniversary with a party."
            ],
        ),
        rule(
            "NL310",
            "duration-span-mismatch",
            "warning",
            "A stated duration does not match its start and end days",
            """"A two-day festival from Friday through Sunday" is three days. The
            check counts days inclusively between the weekdays or dates given in
            the same sentence.""",
            bad=["The two-day festival runs from Friday through Sunday."],
            good=["The three-day festival runs from Friday through Sunday."],
        ),
        rule(
            "NL311",
            "relative-date-mismatch",
            "warning",
            "A relative date contradicts the publication date",
            """"Two years ago, in 2019" or "last year (2021)" must agree with the
            publication date (front matter `date`, a 'Published on' line, or the
            `publication-date` setting). So must "founded two years ago" with
            "founded in 2015" elsewhere, "earlier this month, on February 27",
            "yesterday, April 16" and "last Friday (Oct 10)"; and the time since an
            event's one dated start ("broke out on Sunday 10 August" ... "four days
            after it started", "now in its third week"), "on 1 June, six weeks ago",
            "handed down yesterday" against "handed down on Tuesday, 11 March", and
            "in the eight years since launch" against "launched in April 2019".
            Checked only when the publication date is known.""",
            bad=[
                "---\ndate: 2024-06-01\n---\nThe plant closed two years ago, in 2019.",
                "---\ndate: 2025-03-14\n---\nThe plan was unveiled earlier this month, on "
                "February 27.",
                "---\ndate: 2025-04-18\n---\nThe airline announced it yesterday, April 16.",
                "---\ndate: 2023-09-25\n---\nAnthropic was founded in 2021. The three-year-old "
                "startup makes Claude.",
                "---\ndate: 2024-04-10\n---\nThe news came two weeks after the startup, on "
                "March 3, released new models.",
            ],
            good=[
                "---\ndate: 2024-06-01\n---\nThe plant closed five years ago, in 2019.",
                "---\ndate: 2025-03-14\n---\nThe plan was unveiled last month, on February 27.",
                "---\ndate: 2025-04-18\n---\nThe airline announced it yesterday, April 17.",
                "---\ndate: 2023-09-25\n---\nAnthropic was founded in 2021. The two-year-old "
                "startup makes Claude.",
                "---\ndate: 2024-04-10\n---\nThe news came five weeks after the startup, on "
                "March 3, released new models.",
            ],
        ),
    )

    def run(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        an = analyse(doc, ctx.option("publication-date"))
        out: list[Finding] = []
        if ctx.wants("NL309"):
            out.extend(self._anniversaries(an))
        if ctx.wants("NL310"):
            out.extend(self._durations(an))
        pub = an.story_date if ctx.wants("NL311") else None
        if pub:
            out.extend(self._relative(an, pub))
            out.extend(self._elapsed(doc, an, pub))
            out.extend(self._deadlines(an, pub, doc.text))
            out.extend(self._yesterday_dated(doc, an, pub))
            out.extend(self._event_days(doc, an, pub))
        elif ctx.wants("NL311"):
            day = self._dateline_day(an)
            if day:
                # Only month and day are known: check dates within weeks of it.
                for s in an.sentences:
                    if not s.drafting and any(w in s.text for w in ("month", "week", "day")):
                        out.extend(self._relative_dates(s, day, _ascii_lower(s.text)))
        return out

    def _deadlines(self, an: Analysis, pub: date, text: str) -> Iterator[Finding]:
        """'gave the ministry 60 days, until 16 October' in an article of 18 September:
        counted back from the date, the span must start near the news (within the ten
        days before publication, or the day after)."""
        if not any(w in text for w in _SPAN_UNTIL_WORDS):
            return  # literal tests of the whole text spare most articles the loop
        for s in an.sentences:
            if s.drafting or not any(w in s.text for w in _SPAN_UNTIL_WORDS):
                continue
            for m in _SPAN_UNTIL.finditer(s.text):
                n = number_value(m.group("n"))
                mon = MONTHS.get((m.group("mon") or m.group("mon2")).lower().rstrip("."))
                day = int(m.group("day") or m.group("day2"))
                year = int(m.group("year")) if m.group("year") else _resolve_year(mon, day, pub)
                if not n or not mon or year is None:
                    continue
                try:
                    end = date(year, mon, day)
                except ValueError:
                    continue
                days = int(n) * (7 if m.group("unit").lower() == "weeks" else 1)
                start = end - timedelta(days=days)
                if end <= pub or -10 <= (start - pub).days <= 1:
                    continue
                if not _DEADLINE_CUE.search(s.text, max(0, m.start() - 60), m.start()):
                    continue  # "worked 60 days, until ...": no deadline set from the news
                yield self.finding(
                    "NL311",
                    s,
                    m,
                    f"{n:g} {m.group('unit')} until {end:%d %B %Y} starts on {start:%d %B}, not "
                    f"near the publication date ({pub}); {(end - pub).days} days remain",
                )

    def _elapsed(self, doc: Document, an: Analysis, pub: date) -> Iterator[Finding]:
        """'The fire broke out on Sunday 10 August' ... 'Four days after it started',
        'a lockout that began on Sept. 22' ... 'now in its third week', 'closed at
        midday on Sunday' ... 'has now been closed for five days': the time since the
        one dated start, counted to the publication date."""
        text = doc.text
        if not any(w in text for w in ("now in its", "now been", "days after", "weeks after")):
            return  # most articles count no time since a start
        told = [
            s
            for s in an.sentences
            if ("now " in s.text or "fter " in s.text)
            and not s.drafting
            and _ELAPSED_HINT.search(s.text)
        ]
        if not told:
            return  # most articles count no time since a start
        starts = [(s, m) for s in an.sentences if not s.drafting for m in _started(s.text)]
        begun = {_start_day(m, pub) for _, m in starts} - {None}
        if len(begun) != 1:
            return  # no dated start, or several: which one is meant is unclear
        day = next(iter(begun))
        actual = (pub - day).days  # type: ignore[operator]
        ss, sm = starts[0]
        for s in told:
            for m in _ELAPSED.finditer(s.text):
                lo, hi = _elapsed_days(m)
                other = _OTHER_DAY.findall(s.text)
                if any(WEEKDAYS.get(w.lower()) != pub.weekday() for w in other):
                    break  # counted to another day than publication
                if lo - 1 <= actual <= hi + 1 or actual < 0:
                    continue
                line = self.line_of(doc, ss, ss.start + sm.start())
                yield self.finding(
                    "NL311",
                    s,
                    m,
                    f"'{m.group(0)}', but the start on {day:%B} {day.day} (line {line}) is "  # type: ignore[union-attr]
                    f"{actual} days before the article's date ({pub:%B} {pub.day})",
                    related=(
                        (doc.path, *self.span(ss, ss.start + sm.start(), ss.start + sm.end())),
                    ),
                )

    def _yesterday_dated(self, doc: Document, an: Analysis, pub: date) -> Iterator[Finding]:
        """'Judgment was handed down yesterday' in an article of 13 March, after 'a
        judgment handed down on Tuesday, 11 March': one event (the same noun and
        verb) given a relative day and a dated one that disagree."""
        if "yesterday" not in doc.text:
            return
        rel = [
            (s, m, _nouns_before(s.text, m.start()))
            for s in an.sentences
            if "yesterday" in s.text and not (s.drafting or s.heading)
            for m in _VERB_YESTERDAY.finditer(s.text)
        ]
        # Only sentences that put one of those verbs before "on" can date the event.
        verbs = tuple({m.group("verb").lower() + " on " for _, m, _ in rel})
        dated = [
            (s, m, _nouns_before(s.text, m.start()))
            for s in (an.sentences if verbs else ())
            if any(v in s.text for v in verbs) and not (s.drafting or s.heading)
            for m in _VERB_ON_DATE.finditer(s.text)
        ]
        want = pub - timedelta(days=1)
        for s, m, nouns in rel:
            verb = m.group("verb").lower()
            days: set[date] = set()
            for ds, dm, dnouns in dated:
                if ds is s or dm.group("verb").lower() != verb or not nouns & dnouns:
                    continue
                then = _dated_day(dm, pub)
                if then:
                    days.add(then)
                    src = (ds, dm)
            if len(days) != 1 or want in days:
                continue  # not dated elsewhere, dated twice, or agreeing
            then = next(iter(days))
            ds, dm = src
            line = self.line_of(doc, ds, ds.start + dm.start())
            yield self.finding(
                "NL311",
                s,
                m,
                f"'yesterday' is {want:%A} {want.day} {want:%B} for an article dated "
                f"{pub.day} {pub:%B}, but line {line} dates it {then:%A} {then.day} {then:%B}",
                related=((doc.path, *self.span(ds, ds.start + dm.start(), ds.start + dm.end())),),
            )

    def _event_days(self, doc: Document, an: Analysis, pub: date) -> Iterator[Finding]:
        """'Yesterday's vote' in a story of Thursday 12 June after 'parliament on Tuesday
        approved ...': an event noun with a relative day against the one day the story
        gives a verb of the same kind. Several dated days of that kind are left alone."""
        text = doc.text
        if "esterday" not in text and "ast week" not in text:
            return  # most articles use neither
        for s in an.sentences:
            if s.drafting or s.heading or not ("esterday" in s.text or "ast week" in s.text):
                continue
            for m in _REL_EVENT.finditer(s.text):
                kind = _event_kind(m)
                if not kind or _DATE_IN.match(s.text, m.end()):
                    continue  # not an event noun, or the sentence dates it itself
                rel = m.group("rel1") or m.group("rel2")
                dated = [
                    (ds, dm, day)
                    for ds in an.sentences
                    if ds is not s and not (ds.drafting or ds.heading) and "on " in ds.text
                    for dm in _DAY_ON.finditer(ds.text)
                    if _kind_at(kind, ds.text, dm)
                    and (day := _dated_day(dm, pub))
                    and 0 < (pub - day).days <= 14
                ]
                if len({d for _, _, d in dated}) != 1 or not _rel_wrong(rel, dated[0][2], pub):
                    continue
                ds, dm, day = dated[0]
                line = self.line_of(doc, ds, ds.start + dm.start())
                yield self.finding(
                    "NL311",
                    s,
                    m,
                    f"'{m.group(0)}' in an article dated {pub:%A} {pub.day} {pub:%B}, but "
                    f"line {line} dates it {day:%A} {day.day} {day:%B}",
                    related=(
                        (doc.path, *self.span(ds, ds.start + dm.start(), ds.start + dm.end())),
                    ),
                )

    def _years_since(self, s: SentenceInfo, pub: date) -> Iterator[Finding]:
        """'Work began in March 2021, and after five years of construction...' or 'five
        years since March 2021' in an article of August 2025: the years from a dated
        start to the publication date (`_relative` passes the sentences naming a year)."""
        if " year" in s.text:
            for m in (*_SINCE_START.finditer(s.text), *_START_SINCE.finditer(s.text)):
                n = number_value(m.group("n"))
                year = int(m.group("year"))
                if n is None or not 0 < n < 100 or year > pub.year:
                    continue
                if _SPAN_ENDED.search(s.text) or len(_RECENT_YEAR.findall(s.text)) > 1:
                    continue  # "...until 2019", "completed after two years": not up to now
                now = pub.year + (pub.month - 0.5) / 12
                mon = MONTHS.get((m.group("mon") or "").lower().rstrip("."))
                lo = hi = now - (year + (mon - 0.5) / 12) if mon else 0.0
                if not mon:
                    lo, hi = now - year - 1, now - year
                hedge = (m.group("hedge") or "").lower()
                if hedge in ("nearly", "almost", "close to"):
                    ok = n - 1 <= hi and lo <= n + 0.1
                elif hedge in ("more than", "over"):
                    ok = n - 0.1 <= hi and lo <= n + 1
                else:
                    ok = n - 0.5 <= hi and lo <= n + 0.5
                if ok:
                    continue
                since = f"{m.group('mon')} {year}" if mon else str(year)
                yield self.finding(
                    "NL311",
                    s,
                    m,
                    f"{since} is about {round(lo if lo == hi else (lo + hi) / 2, 1):g} years before "
                    f"publication ({pub}), not {n:g}",
                )

    def _been_for(self, s: SentenceInfo, pub: date) -> Iterator[Finding]:
        """'tabled in 2019 and has now been stalled for eight years' in an article of
        2025: the state is at most as old as the event it followed."""
        if "been" not in s.text:
            return
        for m in _BEEN_FOR.finditer(s.text):
            n = number_value(m.group("n"))
            year = int(m.group("year"))
            if n is None or year > pub.year:
                continue
            mon = MONTHS.get((m.group("mon") or "").lower().rstrip("."))
            # From the start of the month (or year) named to the end of the publication month.
            most = pub.year - year + (pub.month - (mon or 1) + 1) / 12
            if n <= most + 0.5:
                continue
            yield self.finding(
                "NL311",
                s,
                m,
                f"{m.group('year')} is at most {most:.1f} years before publication ({pub}), "
                f"so what has lasted since cannot have lasted {n:g} years",
            )

    @staticmethod
    def _dateline_day(an: Analysis) -> date | None:
        """The day of a wire dateline without a year ('Kathmandu, Mar 7 (SAN)'), in a
        nominal year: only good for comparing months and days."""
        for s in an.sentences[:8]:
            m = _DATELINE_DAY.match(s.text)
            if m:
                mon = MONTHS.get(m.group("mon").lower().rstrip("."))
                try:
                    return date(
                        2024 if (mon, int(m.group("day"))) == (2, 29) else 2025,
                        mon,
                        int(m.group("day")),
                    )  # type: ignore[arg-type]
                except (TypeError, ValueError):
                    return None
        return None

    def _anniversaries(self, an: Analysis) -> Iterator[Finding]:
        founded: set[int] = set()
        founding_names: set[str] = set()
        strict = True  # every founding mention says founded/established/incorporated
        annivs: list[tuple[int, SentenceInfo, re.Match[str], int]] = []
        if "anniversary" not in an.joined.lower():
            return  # no sentence names one (the test below, for the whole text at once)
        for si, s in enumerate(an.sentences):
            if s.drafting:
                continue
            found = _founded(s.text)
            if found:
                founded.update(int(m.group("year")) for m in found)
                founding_names |= context_entities(an, si, back=0)
                strict = strict and all(_STRICT_FOUNDING.search(m.group(0)) for m in found)
            if "anniversary" in s.text.lower():
                for m in _ANNIVERSARY.finditer(s.text):
                    n = ordinal_value(m.group("ord"))
                    if n:
                        annivs.append((si, s, m, n))
        if len(founded) != 1 or not annivs:
            return
        fy = next(iter(founded))
        for si, s, m, n in annivs:
            names = context_entities(an, si, back=0)
            if names and not names & founding_names and (founding_names or not strict):
                continue  # "The iPhone, launched in 2007" is not Apple's founding
            explicit = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", s.text) if int(y) != fy]
            if len(explicit) == 1:
                ref, slack = explicit[0], 0
            elif an.pubdate and not explicit:
                ref, slack = an.pubdate.year, 1
            elif not explicit and _PRESENT.search(s.text):
                # No date: the article is at least as recent as the latest past year it
                # names, and not later than today.
                past = [y for y in _doc_years(an) if y <= date.today().year]
                latest = max(past) if past else fy
                anniversary = fy + n
                if anniversary < latest - 1:
                    ref, slack = latest, 1
                elif anniversary > date.today().year + 1:
                    ref, slack = date.today().year, 1
                else:
                    continue
            else:
                continue
            if abs(ref - fy - n) > slack:
                yield self.finding(
                    "NL309",
                    s,
                    m,
                    f"Founded in {fy}, so {ref} is its {ref - fy}th anniversary, not its {m.group('ord')}",
                )

    def _durations(self, an: Analysis) -> Iterator[Finding]:
        for s in an.sentences:
            if "-day" not in s.text:
                continue
            for m in _N_DAY.finditer(s.text):
                n = number_value(m.group("n") or m.group("n2") or m.group("n3") or "")
                if not n:
                    continue
                if m.group("n3"):
                    span = self._date_span(m)
                    if span is None:
                        continue
                else:
                    w1 = WEEKDAYS.get((m.group("w1") or m.group("w3")).lower())
                    w2 = WEEKDAYS.get((m.group("w2") or m.group("w4")).lower())
                    if w1 is None or w2 is None:
                        continue
                    span = (w2 - w1) % 7 + 1
                if span != n:
                    yield self.finding(
                        "NL310", s, m, f"Said to last {n:g} days, but the days given span {span}"
                    )

    @staticmethod
    def _date_span(m: re.Match[str]) -> int | None:
        mon1 = MONTHS.get(m.group("mon").lower().rstrip("."))
        mon2 = MONTHS.get((m.group("mon2") or m.group("mon")).lower().rstrip("."))
        try:
            d1 = date(2001, mon1, int(m.group("d1")))
            d2 = date(2001 if mon2 >= mon1 else 2002, mon2, int(m.group("d2")))
        except (ValueError, TypeError):
            return None
        return (d2 - d1).days + 1

    def _rel_weekday(self, s: SentenceInfo, pub: date, low: str | None) -> Iterator[Finding]:
        """'last Friday (Oct 10)' in an article of October 8: a past day dated after
        publication, or a coming one dated before it (or more than a fortnight off)."""
        if low is not None and not (("last " in low or "next " in low) and "day" in low):
            return  # "last Friday (Oct 10)": a weekday named after "last" or "next"
        for m in _REL_WEEKDAY.finditer(s.text):
            said = f"{m.group(0).split()[0]} {m.group(0).split()[1].rstrip(',(')}"
            yield from self._week_gap(s, m, pub, said)

    def _week_gap(
        self, s: SentenceInfo, m: re.Match[str], pub: date, said: str
    ) -> Iterator[Finding]:
        """A date given with 'last'/'next' (week or weekday) outside the days that word
        allows around the publication date."""
        then = _match_date(m, pub)
        if then is None:
            return
        lo, hi = _WEEK_GAP[m.group("rel").lower()]
        gap = (then - pub).days
        if lo <= gap <= hi:
            return
        when = f"{-gap} days before" if gap < 0 else f"{gap} days after"
        yield self.finding(
            "NL311",
            s,
            m,
            f"'{said}', but {then:%B} {then.day} is {when} the article's date ({pub:%B} {pub.day})",
        )

    def _relative_dates(self, s: SentenceInfo, pub: date, low: str | None) -> Iterator[Finding]:
        """'Earlier this month, on February 27' or 'yesterday, April 16' against the
        publication date. `low`: the text lower-cased if ASCII, else None (`_may_hold`)."""
        rel_word = _may_hold(s.text, low, *_REL_WORDS)
        for m in (
            _REL_MONTH.finditer(s.text) if rel_word and _may_hold(s.text, low, "month") else ()
        ):
            mon = MONTHS.get(
                (m.group("mon") or m.group("mon2") or m.group("mon3")).lower().rstrip(".")
            )
            if mon is None:
                continue
            rel = m.group("rel").lower()
            want = (pub.month - 1 + _REL_OFFSET[rel]) % 12 + 1
            if mon != want:
                yield self.finding(
                    "NL311",
                    s,
                    m,
                    f"'{rel} month' is {_MONTH_NAMES[want - 1].title()} for an article "
                    f"published {pub}, not {_MONTH_NAMES[mon - 1].title()}",
                )
        yield from self._rel_weekday(s, pub, low)
        for m in _REL_WEEK.finditer(s.text) if rel_word and _may_hold(s.text, low, "week") else ():
            yield from self._week_gap(s, m, pub, f"{m.group('rel').lower()} week")
        for m in _PAST_THIS_YEAR.finditer(s.text) if _may_hold(s.text, low, "this year") else ():
            mon = MONTHS.get((m.group("mon") or m.group("mon2")).lower().rstrip("."))
            if mon and mon > pub.month:
                yield self.finding(
                    "NL311",
                    s,
                    m,
                    f"A past event in {_MONTH_NAMES[mon - 1].title()} this year, but the "
                    f"article is published {pub}, before that month",
                )
        spans = (
            *(_SPAN_BACK.finditer(s.text) if _may_hold(s.text, low, "after", "ago") else ()),
            *(_DATE_AGO.finditer(s.text) if _may_hold(s.text, low, "ago") else ()),
        )
        for m in spans:
            g = m.groupdict()
            raw = (g.get("n") or g["n2"]).lower()
            n = 1.0 if raw in ("a", "an") else number_value(raw)
            then = _match_date(m, pub)
            if n is None or then is None:
                continue
            unit = (g.get("unit") or g["unit2"]).lower().rstrip("s")
            want = n * _UNIT_DAYS[unit]
            gap = (pub - then).days
            # Weeks and months are rounded, but not by more than one unit (or a quarter).
            slack = max(_UNIT_DAYS[unit] + 3, want / 4) if unit != "day" else want / 2 + 3
            if not (want * 0.5 - 3 <= gap <= want * 1.5 + 3) or abs(gap - want) > slack:
                yield self.finding(
                    "NL311",
                    s,
                    m,
                    f"{then:%B} {then.day} is {gap} days before publication ({pub}), not "
                    f"{n:g} {unit}{'s' if n != 1 else ''}",
                )
        for m in _DAY_DATE.finditer(s.text) if _may_hold(s.text, low, *_DAY_RELATIVE) else ():
            mon = MONTHS.get((m.group("mon") or m.group("mon2")).lower().rstrip("."))
            day = int(m.group("day") or m.group("day2"))
            rel = m.group("rel").lower()
            real = pub + timedelta(days=_DAY_OFFSET[rel])
            wd = WEEKDAYS.get((m.group("wd") or "").lower().rstrip("."))
            if wd is not None and wd != real.weekday():
                continue  # the weekday check below reports it
            if mon is not None and (real.month, real.day) != (mon, day):
                yield self.finding(
                    "NL311", s, m, f"'{rel}' is {real:%B} {real.day} for an article published {pub}"
                )

    def _relative(self, an: Analysis, pub: date) -> Iterator[Finding]:
        founded: set[int] = set()
        founding_names: set[str] = set()
        ago: list[tuple[SentenceInfo, re.Match[str], float]] = []
        ages: list[tuple[SentenceInfo, re.Match[str], float]] = []
        for si, s in enumerate(an.sentences):
            if s.drafting:
                continue
            found = [int(m.group("year")) for m in _founded(s.text)]
            if found:
                founded.update(found)
                founding_names |= context_entities(an, si, back=0)
            text = s.text
            low = _ascii_lower(text)
            # Literal tests chained, not a generator: they run on every sentence.
            if (
                "day" in text
                or "month" in text
                or "week" in text
                or " ago" in text
                or "this year" in text
                or "omorrow" in text
            ):
                yield from self._relative_dates(s, pub, low)
            if low is not None:
                if not ("year" in low or "today" in low or "yesterday" in low or "tomorrow" in low):
                    continue
            elif not _YEAR_WORD.search(s.text):
                continue
            recent = _RECENT_YEAR.search(s.text) is not None
            if recent:
                yield from self._years_since(s, pub)
                yield from self._been_for(s, pub)
            for m in _YEARS_AGO.finditer(s.text) if recent else ():
                n = number_value(m.group("n") or m.group("n2"))
                y = int(m.group("year") or m.group("year2"))
                if n is not None and abs(pub.year - y - n) >= 2:
                    yield self.finding(
                        "NL311",
                        s,
                        m,
                        f"{y} was {pub.year - y} years before publication ({pub}), not {n:g}",
                    )
            for m, rel, y, same_event in _relative_years(s.text) if recent else ():
                want = pub.year + _REL_OFFSET[rel]
                if y != want:
                    tail = f"but the same event is dated {y}" if same_event else f"not {y}"
                    yield self.finding(
                        "NL311",
                        s,
                        m,
                        f"'{rel} year' is {want} for an article published {pub}, {tail}",
                    )
            for m in _DAY_WORD.finditer(s.text) if _may_hold(s.text, low, *_DAY_RELATIVE) else ():
                wd = WEEKDAYS.get(m.group("wd").lower())
                rel = m.group("rel").lower()
                real = pub + timedelta(days=_DAY_OFFSET[rel])
                if wd is not None and real.weekday() != wd:
                    yield self.finding(
                        "NL311",
                        s,
                        m,
                        f"'{rel}' is a {_WEEKDAY_NAMES[real.weekday()]} for an article published {pub}",
                    )
            for m in _ORG_AGE.finditer(s.text) if _may_hold(s.text, low, *_YEAR_OLD) else ():
                n = number_value(m.group("n"))
                if n is not None and n < 200:
                    ages.append((s, m, n))
            since = (
                _YEARS_SINCE_FOUNDING.finditer(s.text)
                if _may_hold(s.text, low, "years since")
                else ()
            )
            ago_or_since = (
                *(_FOUNDED_AGO.finditer(s.text) if _may_hold(s.text, low, "ago") else ()),
                *since,
            )
            for m in ago_or_since:
                n = number_value(m.group("n"))
                names = context_entities(an, si, back=0)
                if n is not None and not (names and founding_names and not names & founding_names):
                    ago.append((s, m, n))
        if len(founded) == 1:
            fy = next(iter(founded))
            for s, m, n in ages:
                # Founded in 2021, published in 2023: one or two years old, not three.
                if n not in (pub.year - fy - 1, pub.year - fy) and pub.year >= fy:
                    yield self.finding(
                        "NL311",
                        s,
                        m,
                        f"Founded in {fy} (stated elsewhere), so {pub.year - fy - 1} or "
                        f"{pub.year - fy} years old at publication ({pub}), not {n:g}",
                    )
            for s, m, n in ago:
                if abs(pub.year - fy - n) >= 2:
                    yield self.finding(
                        "NL311",
                        s,
                        m,
                        f"Founded in {fy} (stated elsewhere), which is {pub.year - fy} years before publication, not {n:g}",
                    )


# ---------------------------------------------------------------- NL312

_STREAK = lazyre.compile(
    rf"\b(?P<noun>[a-z]+)\s+(?:(?:have|has|had)\s+)?(?P<verb>{_UP}|{_DOWN})\b(?:[^.;]{{0,60}}?)\bfor\s+(?:a|the)\s+"
    r"(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:straight|consecutive|successive|running)\s+(?P<unit>month)\b",
    re.I,
)
_MONTH_WORD = lazyre.compile(rf"\b(?P<mon>{_MONTH_RE})(?!\s+\d)", re.I)
_MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


def _nearest_month(text: str, start: int, end: int) -> int | None:
    """The month named closest to text[start:end] (after it within 30 characters, else before)."""
    after = _MONTH_WORD.search(text[end : end + 30])
    if after and after.group("mon")[0].isupper():
        return MONTHS.get(after.group("mon").lower().rstrip("."))
    befores = [
        m
        for m in _MONTH_WORD.finditer(text[max(0, start - 40) : start])
        if m.group("mon")[0].isupper()
    ]
    return MONTHS.get(befores[-1].group("mon").lower().rstrip(".")) if befores else None


def _month_of(text: str) -> int | None:
    months = {
        MONTHS[m.group("mon").lower().rstrip(".")]
        for m in _MONTH_WORD.finditer(text)
        if m.group("mon")[0].isupper()
    }
    return next(iter(months)) if len(months) == 1 else None


class StreakCheck(_Base):
    """'Sales rose for a third straight month in March' while February's fell."""

    rules = (
        rule(
            "NL312",
            "streak-contradiction",
            "warning",
            "A streak of rises or falls is contradicted by a month in it",
            """"Retail sales rose for a third straight month in March" needs rises
            in January, February and March. When the article says the same measure
            fell (or rose, for a losing streak) in one of those months, one of the
            statements is wrong.""",
            bad=[
                "Retail sales rose for a third straight month in March, the agency said. In February, retail sales fell 0.4%."
            ],
            good=[
                "Retail sales rose for a third straight month in March, the agency said. In February, retail sales rose 0.4%."
            ],
        ),
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        an = analyse(doc, ctx.option("publication-date"))
        streaks = []
        for si, s in enumerate(an.sentences):
            if "straight" in s.text or "consecutive" in s.text or "successive" in s.text:
                for m in _STREAK.finditer(s.text):
                    streaks.append((si, s, m))
        for si, s, m in streaks:
            n = ordinal_value(m.group("ord"))
            first = _MONTH_WORD.search(s.text[m.end() : m.end() + 25])
            month = (
                MONTHS.get(first.group("mon").lower().rstrip("."))
                if first and first.group("mon")[0].isupper()
                else None
            )
            if not n or not month:
                continue
            up = bool(re.fullmatch(_UP, m.group("verb"), re.I))
            covered = {((month - 1 - k) % 12) + 1 for k in range(1, n)}
            noun = m.group("noun").lower()
            for other in an.sentences[max(0, si - 3) : si + 4]:
                text = other.text if other is not s else s.text[m.end() :]
                for v in _CHANGE_VERB.finditer(text):
                    if bool(v.group("up")) == up or v.group(0).lower() in ("up", "down", "cut"):
                        continue
                    before = text[max(0, v.start() - 40) : v.start()].lower()
                    if other is not s and noun not in before:
                        continue
                    mon = _nearest_month(text, v.start(), v.end())
                    if mon in covered:
                        word = _MONTH_NAMES[mon - 1].title()
                        yield self.finding(
                            "NL312",
                            s,
                            m,
                            f"A {m.group('ord')} straight month of {'rises' if up else 'falls'} to "
                            f"{_MONTH_NAMES[month - 1].title()}, but {noun} {v.group(0)} in {word}",
                        )
                        break
                else:
                    continue
                break
