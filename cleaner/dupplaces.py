"""Copies a page template makes at fixed places of a document (for rules/dup.py).

A PDF prints the title as a running header on each page, so a text layer holds the title
again where a page broke, between two paragraphs of the body; a page template prints the
signing organisation and the date under the text the document already closes with. Both
copies repeat a line with a fixed role (the title, the signature block) word for word, which
no document does on purpose. Nothing here changes text.
"""

from __future__ import annotations

import regex

from cleaner.docmodel import Line, is_prose, size
from cleaner.textutil import is_date_only
from cleaner.types import Edit

_MIN_TITLE = 8  # characters: a short title ("通知") may stand as a heading of its own


def title_copy(doc: list[Line], keys: list[str], i: int, head_lines: int) -> tuple[int, str] | None:
    """Line ``i`` (or ``i`` and the next) repeats the title, with only head lines between them.

    A page shows its title, then the document its own: after the document number, the date
    or the addressee, spaced out or broken over two lines. Nothing between may be prose.
    """
    if not 1 <= i <= head_lines or size(doc[0].text) < 6 or is_prose(doc[0].text):
        return None
    if any(is_prose(line.text) for line in doc[1:i + 1]):
        return None
    if keys[i] == keys[0] and i > 1:
        return 1, f"the title repeated on line {i + 1}, in the head"
    if i + 1 < len(doc) and size(doc[i].text) >= 2 and keys[i] + keys[i + 1] == keys[0] and not is_prose(doc[i + 1].text):
        return 2, "the title repeated, broken over two lines"
    return None


def running_header(doc: list[Line], keys: list[str], i: int, head_lines: int) -> tuple[int, str] | None:
    """Line ``i``, past the head and with prose both before and after it, repeats the title.

    >>> from cleaner.docmodel import lines
    >>> d = lines("关于做好防汛工作的通知\\n甲，乙。\\n丙，丁。\\n关于做好防汛工作的通知\\n戊，己。")
    >>> running_header(d, [l.text for l in d], 3, 2)
    (1, 'the title repeated between two paragraphs (a page header)')
    >>> running_header(d, [l.text for l in d], 3, 6) is None
    True
    """
    if i <= head_lines or i + 1 >= len(doc) or keys[i] != keys[0] or size(doc[0].text) < _MIN_TITLE:
        return None
    if is_prose(doc[0].text) or not (is_prose(doc[i - 1].text) and is_prose(doc[i + 1].text)):
        return None
    return 1, "the title repeated between two paragraphs (a page header)"


def signature_copy(doc: list[Line], keys: list[str], i: int) -> tuple[int, str] | None:
    """The last two lines repeat the two before them, an organisation and a date (a template
    printed the signature block under the document's own).

    >>> from cleaner.docmodel import lines
    >>> d = lines("正文。\\n江岭市卫生健康委员会\\n2021年3月29日\\n江岭市卫生健康委员会\\n2021年3月29日")
    >>> signature_copy(d, [l.text for l in d], 3)
    (2, 'the signature block repeated at the end')
    >>> signature_copy(d, [l.text for l in d], 2) is None
    True
    """
    if _signature_line_twice(doc, keys, i):
        return 1, "a line of the signature block repeated at once"  # (the name or the date twice)
    if i < 2 or i + 2 != len(doc) or keys[i:i + 2] != keys[i - 2:i]:
        return None
    org, date = doc[i].text.strip(), doc[i + 1].text.strip()
    if not is_date_only(date) or is_prose(org) or not 4 <= size(org) <= 40:
        return None
    return 2, "the signature block repeated at the end"


def _signature_line_twice(doc: list[Line], keys: list[str], i: int) -> bool:
    """Line ``i`` repeats the line above it in a one-signer block at the end: the organisation
    twice above its date (…局 / …局 / 2021年3月29日), or the date twice under the organisation.
    Two bodies signing together, a form's placeholders (（盖章）, 法定代表人) and a list of units
    repeat lines of their own: no line above the block may be a name too."""
    n = len(doc)
    if i < 2 or keys[i] != keys[i - 1]:
        return False
    line = doc[i].text.strip()
    if i == n - 2 and _ORG_NAME.fullmatch(line) and is_date_only(doc[i + 1].text.strip()):
        return not _ORG_NAME.fullmatch(doc[i - 2].text.strip())
    if i == n - 1 and is_date_only(line) and _ORG_NAME.fullmatch(doc[i - 2].text.strip()):
        return i < 3 or not (_ORG_NAME.fullmatch(doc[i - 3].text.strip()) or doc[i - 3].text.rstrip().endswith((":", "\uff1a")))
    return False


# An organisation's name as it signs: Han characters ending in a body's word.
_ORG_NAME = regex.compile(r"\p{Han}{2,38}?(?:人民政府|政府|委员会|办公室|办公厅|局|厅|委|办|院|中心|公司|党委|党组|协会|学会|部|署|所|站|队)")


# The signing organisation twice on its line, a seal's label between (the seal image's alt text
# extracted beside the typed name): 江岭市交通运输局　[印章]江岭市交通运输局.
_SEALED_TWICE = regex.compile(r"\s*+(?P<org>\p{Han}{4,30}?)(?P<copy>[\s\u3000]*+[\[\u3010(\uff08]?+(?:印章|公章|盖章|签章)"
                              r"[\]\u3011)\uff09]?+[\s\u3000]*+(?P=org))\s*+")


def sealed_signature_copy(doc: list[Line], i: int) -> Edit | None:
    """Line ``i``, in the last lines, is an organisation, a seal's label and the organisation
    again: the label and the second name go.

    >>> from cleaner.docmodel import lines
    >>> d = lines("正文。\\n江岭市交通运输局\u3000[印章]江岭市交通运输局\\n2021年3月29日")
    >>> sealed_signature_copy(d, 1).old
    '\u3000[印章]江岭市交通运输局'
    """
    if i < len(doc) - 3:
        return None
    m = _SEALED_TWICE.fullmatch(doc[i].text)
    if m is None:
        return None
    start, end = doc[i].start + m.start("copy"), doc[i].start + m.end("copy")
    return Edit(start, end, m["copy"], "", "the signing organisation repeated on its line after a seal's label")
