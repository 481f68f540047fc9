"""Dates as a metadata value prints them beyond the numeric and 年月日 forms of
:func:`cleaner.textutil.parse_date`: a crawler's compact 20210329 (with its time) and an English
template's "March 29, 2021" / "29 Mar 2021" (read-only helpers of :mod:`cleaner.labels`).

Only a whole value is read: a date field's label already says the value is a date, so the
shape need not prove it, but a value with anything else in it is no date here.
"""

from __future__ import annotations

import datetime

import regex

_COMPACT = regex.compile(r"\s*+(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:\s*+\d{1,2}:\d{2}(?::\d{2})?+)?+\s*+")
_MONTHS = {name: i for i, names in enumerate(
    (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
     ("december", "dec")), start=1) for name in names}
_MONTH = r"(?P<mon>[A-Za-z]{3,9})\.?+"
_TIME = r"(?:,?+\s++\d{1,2}:\d{2}(?::\d{2})?+(?:\s*+[AaPp][Mm])?+)?+"
_ENGLISH = regex.compile(rf"\s*+(?:{_MONTH}\s++(?P<d>\d{{1,2}}),?+\s++(?P<y>(?:19|20)\d{{2}})"
                         rf"|(?P<d>\d{{1,2}})\s++{_MONTH},?+\s++(?P<y>(?:19|20)\d{{2}})){_TIME}\s*+")


def _iso(y: str, m: int | None, d: str) -> str | None:
    try:
        return datetime.date(int(y), m or 0, int(d)).isoformat()
    except ValueError:
        return None


def other_date(value: str) -> str | None:
    """The ISO date of a whole value in a compact or an English form, else None.

    >>> other_date("20210329"), other_date("20210329 14:30"), other_date("March 29, 2021"), other_date("29 Mar 2021")
    ('2021-03-29', '2021-03-29', '2021-03-29', '2021-03-29')
    >>> other_date("20211399"), other_date("2021032"), other_date("Marching 29, 2021"), other_date("March 29, 2021 起")
    (None, None, None, None)
    """
    if (m := _COMPACT.fullmatch(value)) is not None:
        return _iso(m["y"], int(m["m"]), m["d"])
    if (m := _ENGLISH.fullmatch(value)) is not None:
        return _iso(m["y"], _MONTHS.get(m["mon"].lower()), m["d"])
    return None
