"""Whether a line of ``label: value`` pairs is metadata: its pairs, the labels' strength where
the line stands, each value's shape (read-only helpers of :mod:`cleaner.rules.metadata`).
"""

from __future__ import annotations

import regex

from cleaner import chars, labels
from cleaner.docmodel import is_prose, size
from cleaner.labels import DATE_FIELDS, field_of
from cleaner.textutil import is_date_only, parse_date

_BULLET = regex.compile(r"^[\s•·●■▪◆◇○*\-]*+")
_PARENS = regex.compile(r"^[(\uff08](.*)[)\uff09]$")
_LONG_FIELDS = {"title", "keywords"}


def parse(line: str) -> list[tuple[str, str]]:
    """The (label, value) pairs of a line made only of them (a bullet or parentheses
    around it allowed), else []."""
    body = _BULLET.sub("", line.strip(), count=1)
    if (m := _PARENS.match(body)) is not None:
        body = m.group(1)
    return labels.parse_line(body)


def acceptable(pairs: list[tuple[str, str]], in_head: bool, at_edge: bool) -> bool:
    vouched = _vouched(pairs)
    for label, value in pairs:
        field, strength = field_of(label)
        if not vouched and ((strength == "edge" and not at_edge) or (strength == "head" and not in_head)):
            return False
        if strength == "shaped" and not at_edge:
            return False  # a label read from its parts counts only where a page's fields stand
        if strength == "shaped" and value and not labels.strict_value(field, value):
            return False  # a label read from its parts vouches for nothing: the value must
        if not _valid_value(field, value):
            return False
    return True


def _vouched(pairs: list[tuple[str, str]]) -> bool:
    """A line of two or more pairs, one a strong label (or a source that is an organisation), one a
    whole date, every value there: a
    page header wherever it stands (page 2 of a paged article stitched on brings its header into
    the body: 发布日期：2007年03月09日 来源：国务院), so 来源 and 时间 count there too.

    >>> _vouched([("时间", "2005-3-7 14:53:32"), ("信息来源", "中国政府网")]), _vouched([("时间", "2005-3-7"), ("来源", "国务院")])
    (True, True)
    >>> _vouched([("时间", "2005-3-7"), ("来源", "群众来信反映")]), _vouched([("时间", "每季度末"), ("来源", "国务院")])
    (False, False)
    """
    return (len(pairs) >= 2 and all(value for _, value in pairs)
            and any(field_of(label)[1] == "strong" or (field_of(label)[0] == "publisher" and labels.ORG.fullmatch(value))
                    for label, value in pairs)
            and any(field_of(label)[0] in DATE_FIELDS and is_date_only(value) for label, value in pairs))


def _valid_value(field: str, value: str) -> bool:
    if not value:
        return True
    if field in DATE_FIELDS:
        return (parse_date(value) is not None or labels.chinese_date(value) is not None) and size(value) <= 30
    if field == "-":
        return regex.fullmatch(r"\d+\s*次?", value) is not None
    if field in ("disclosure", "validity"):  # 主动公开, 继续有效: one short term, not a list
        return size(value) <= 10 and "\u3001" not in value
    limit = 120 if field in _LONG_FIELDS else 60
    return size(value) <= limit and not is_prose(value)


_NAME = regex.compile(r"[\p{Han}A-Za-z0-9]{2,16}+")
_PERSON = regex.compile(rf"\p{{Han}}{{2,4}}+(?:[\s{chars.IDEOGRAPHIC_COMMA}{chars.FULLWIDTH_COMMA}]++\p{{Han}}{{2,4}}+){{0,3}}")


def fits_as_value(field: str, text: str) -> bool:
    """Is the line under a label-only line that label's value? Only when it has the field's
    shape: a date, an index or document number, an organisation or a short source name
    that is no title (an empty 主题词 must not take the document's first line)."""
    if labels.strict_value(field, text):
        return True
    if field in ("editor", "author"):
        return _PERSON.fullmatch(text) is not None
    if field == "-":  # a counter's number (阅读量： / 4292)
        return text.isascii() and text.isdigit()
    return field == "publisher" and _NAME.fullmatch(text) is not None and not labels.TITLE_WORDS.search(text)
