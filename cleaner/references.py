"""Character references left in plain text (&nbsp; &ldquo; &#65292;): which are well formed,
which stand in a URL or code, which are a stray space between two words, which lost their "&".

Read-only helpers of :mod:`cleaner.rules.encoding` (its rule decode_character_references).
"""

from __future__ import annotations

import html.entities
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator

import regex

from cleaner.textutil import CJK_CHAR, HAN_CHAR
from cleaner.types import Edit, Flag

_REFERENCE = regex.compile(r"&(?:#[xX]([0-9A-Fa-f]{1,8}+)|#([0-9]{1,9}+)|([A-Za-z][A-Za-z0-9]{0,31}+))(;?)")
_ASCII_RUN = regex.compile(r"[!-~]++")  # a token: "a=1&amp;b=2", "R&amp;D"
_BIG = 1 << 62
# A token that is a URL or a query string keeps its references: they are its syntax.
_URL_TOKEN = regex.compile(r"://|\Awww\.|=")
_NAMED = html.entities.html5  # "amp;" and, for the legacy names HTML reads without ";", "amp"
# Of the 106 legacy names HTML5 reads without ";" (Latin-1 letters and signs: ETH, not, para
# ...), the ones a page's source really carries bare. The rest, bare, are far likelier
# letters of a word after a literal "&" (BTC&ETH, Rock&not) than a reference.
_BARE_NAMES = frozenset(("nbsp", "amp", "lt", "gt", "quot", "copy", "reg", "middot"))
_ASCII_ALNUM = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _referenced(m) -> str | None:
    """The character(s) a well-formed reference stands for, or None.

    Named references need their ";" unless HTML reads them without one and a page writes
    them so (&nbsp, &amp: ``_BARE_NAMES``); a numeric one may drop it. Code points no text means are refused (NUL, surrogates, C0
    controls, noncharacters, beyond U+10FFFF, unassigned); 0x80-0x9F are read as HTML reads them,
    as windows-1252.
    """
    hexa, dec, name, semi = m.groups()
    if name is not None:
        return _NAMED.get(name + semi) if semi or name in _BARE_NAMES else None
    n = int(hexa, 16) if hexa is not None else int(dec)
    if 0x80 <= n <= 0x9F:
        try:
            return bytes([n]).decode("cp1252")
        except UnicodeDecodeError:
            return None
    if n < 0x20 or n == 0x7F or n > 0x10FFFF or 0xD800 <= n <= 0xDFFF or 0xFDD0 <= n <= 0xFDEF or n & 0xFFFE == 0xFFFE:
        return None
    if unicodedata.category(chr(n)) == "Cn":
        return None  # unassigned: no character to decode to (escapes.references_to_no_character flags it)
    return chr(n)


def reference_value(reference: str) -> str | None:
    """What a whole reference with its ";" stands for (&nbsp; &#65292; &#x3001;), or None.

    >>> [reference_value(r) for r in ("&#65292;", "&ldquo;", "&#xD800;", "&nbsp")]
    ['，', '“', None, None]
    """
    m = _REFERENCE.fullmatch(reference)
    return _referenced(m) if m is not None and m[4] else None


def _well_formed(text: str, m) -> str | None:
    """What the reference at ``m`` stands for, when it ends where HTML would end it."""
    value = _referenced(m)
    if value is None and m[3] is not None:
        value = _loose_name(text, m)
    if value is None or (not m[4] and text[m.end():m.end() + 1] in _ASCII_ALNUM):
        return None  # "&copy2021", "&#12a": not where a reference ends
    if not m[4] and m[3] is not None and _glued_to_word(text, m.start(), m.end()):
        return None  # "AT&amp", "Tom&nbsp": a bare name glued to a Latin word is that word's ampersand
    if text[m.end():m.end() + 1] == "=":
        return None  # "&lang=zh": a query parameter
    return value


def line_references(line: str, offset: int) -> Iterator[Edit | Flag]:
    found = [(m, _well_formed(line, m)) for m in _REFERENCE.finditer(line)]
    found = [(m, value) for m, value in found if value is not None]
    chinese = CJK_CHAR.search(line) is not None
    spaced = list(_spaced_references(line)) if chinese and " " in line else []
    if spaced:  # "&nbsp ;": the bare "&nbsp" inside it is not a reference of its own
        found = [(m, v) for m, v in found if not any(a <= m.start() < b for a, b, _ in spaced)]
    chains = {m.start(): _chain(line, m.end()) for m, value in found if value == "&"}
    chains = {k: v for k, v in chains.items() if v is not None}
    if chinese and ";" in line:
        taken = {m.end() for m, _ in found} | {i for m, _ in found if m.start() in chains
                                                for i in range(m.end(), chains[m.start()][0])}
        for start, end, value in _stripped_references(line, taken):
            yield Edit(offset + start, offset + end, line[start:end], value,
                       f"character reference {line[start:end]} that lost its \"&\" in Chinese text")
    items = sorted([_Item(m.start(), *chains[m.start()], twice=True) if m.start() in chains
                    else _Item(m.start(), m.end(), value) for m, value in found]
                   + [_Item(a, b, v, spaced=True) for a, b, v in spaced], key=lambda x: x.s)
    if not items or not (chinese or any(CJK_CHAR.search(x.value) for x in items)):
        return  # no Chinese on the line: code or English keeps its references
    syntax = _url_token_spans(line)
    stray = _stray_space_runs(line, [(x, x.value) for x in items])
    for x in items:
        if _inside(syntax, x.s):
            continue
        if x.value == "&" and not x.twice and _reference_after(line, x.e):
            yield Flag(offset + x.s, offset + x.e, f"{line[x.s:x.e]} starts a reference escaped more than "
                                                   f"{_MAX_ESCAPES} times: decoding it once would leave a reference")
            continue
        old = line[x.s:x.e]
        value = "" if x.s in stray else x.value  # a stray space between two words goes, in a title line too
        why = ("escaped more than once" if x.twice else "split by a space" if x.spaced else "")
        yield Edit(offset + x.s, offset + x.e, old, value,
                   f"character reference {old} in Chinese text" + (f" ({why})" if why else ""))


class _Item:
    """A reference found on a line, read like a match by :func:`_stray_space_runs`."""

    __slots__ = ("s", "e", "value", "twice", "spaced")

    def __init__(self, s: int, e: int, value: str, twice: bool = False, spaced: bool = False):
        self.s, self.e, self.value, self.twice, self.spaced = s, e, value, twice, spaced

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e


_MAX_ESCAPES = 4


def _chain(line: str, i: int) -> tuple[int, str] | None:
    """(end, character) of a reference escaped more than once whose "&amp;" ends at ``i``:
    "&amp;nbsp;", "&amp;amp;mdash;", "&amp;#x3001;" stand for one character each, whatever
    the number of escapes (a chain of editors each escaping the "&" again).

    >>> [_chain(t, 5) for t in ("&amp;nbsp;管理", "&amp;amp;#x3001;", "&amp; 公司", "&amp;amp;")]
    [(10, '\\xa0'), (16, '、'), None, (9, '&')]
    """
    start = i
    for _ in range(_MAX_ESCAPES):
        inner = _reference_after(line, i)
        if not inner:
            return (i, "&") if i > start else None  # "&amp;amp;": an ampersand escaped twice
        probe = "&" + line[i:i + inner]
        value = _well_formed(probe, _REFERENCE.match(probe))
        i += inner
        if value != "&":
            return i, value
    return None


# A reference with one space typed into it: "&nbsp ;", "& nbsp;", "&# 65292;", "&#65292 ;".
_SPACED = regex.compile(r"&( ?+)(#?+)( ?+)([0-9A-Za-z]{1,32}+)( ?+);")


def _spaced_references(line: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, character) of references with one space inside, beside Chinese text.

    >>> [(v, e - s) for s, e, v in _spaced_references("加强&nbsp ;管理& nbsp;改革&#65292 ;落实&# 65292;完成，R& D;，a&b ;")]
    [('\xa0', 7), ('\xa0', 7), ('，', 9), ('，', 9)]
    """
    for m in _SPACED.finditer(line):
        if len(m[1]) + len(m[3]) + len(m[5]) != 1 or (m[3] and not m[2]):
            continue
        joined = "&" + m[2] + m[4] + ";"
        ref = _REFERENCE.fullmatch(joined)
        value = _referenced(ref) if ref is not None else None
        if value is None:
            continue
        before, after = line[m.start() - 1:m.start()], line[m.end():m.end() + 1]
        if CJK_CHAR.match(before) or CJK_CHAR.match(after):
            yield m.start(), m.end(), value


_SPACES = frozenset("\u00a0\u2002\u2003\u2009\u3000 ")
_LAYOUT_GAP_AFTER = frozenset("\u7ae0\u6761\u8282\u6b3e")  # 章 条 节 款: 第一条　… keeps its gap


def _stray_space_runs(line: str, found) -> set[int]:
    """Starts of the space references that stand, alone or in a run of them, between two
    Chinese characters (not after 第N条, whose gap is layout): 政&nbsp;&nbsp;府 -> 政府.

    >>> line = "政&nbsp;&nbsp;府 第一条&#12288;为 a&nbsp;b"
    >>> sorted(_stray_space_runs(line, [(m, _well_formed(line, m)) for m in _REFERENCE.finditer(line)]))
    [1, 7]
    """
    out: set[int] = set()
    run: list[int] = []
    end = -1
    for m, value in [*found, (None, None)]:
        if m is not None and value in _SPACES and (not run or m.start() == end):
            run.append(m.start())
            end = m.end()
            continue
        if run and _between_words(line, run[0], end):
            out.update(run)
        run, end = ([m.start()], m.end()) if m is not None and value in _SPACES else ([], -1)
    return out


def _between_words(line: str, start: int, end: int) -> bool:
    """Is line[start:end] between two Chinese characters (not after 第N条)?"""
    before, after = line[start - 1:start], line[end:end + 1]
    return (HAN_CHAR.fullmatch(before) is not None and HAN_CHAR.fullmatch(after) is not None
            and before not in _LAYOUT_GAP_AFTER)


def _loose_name(text: str, m) -> str | None:
    """A named reference HTML would not read, but a Chinese sentence leaves no doubt about:
    written in capitals (&NBSP;, &Nbsp;) or without its ";" right before or after Chinese
    text or another reference (&ldquo放管服&rdquo, &mdash&mdash).

    >>> [_loose_name(t, _REFERENCE.match(t)) for t in ("&NBSP;管理", "&ldquo放管服", "&mdash&mdash", "&ldquo abc", "&para文")]
    ['\xa0', '“', '—', None, None]
    """
    name, semi = m[3], m[4]
    lower = name.lower()
    value = _NAMED.get(name + ";") or _CASE_FOLDED.get(lower)
    if value is None or semi:
        return value
    if lower not in _BARE_NAMES and (len(name) < 4 or ord(value[0]) <= 0xFF):
        return None  # bare Latin-1 names (&para, &sect) are likelier a word after a literal "&"
    before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
    chained = _BARE_REFERENCE_END.search(text, max(0, m.start() - 33), m.start()) is not None  # &hellip&hellip
    beside_chinese = CJK_CHAR.match(after) or after == "&" or chained or (before and CJK_CHAR.match(before))
    return value if beside_chinese and not _glued_to_word(text, m.start(), m.end()) else None


def _case_folded() -> dict[str, str]:
    """Names by their lower case, where every spelling of that name in the table stands for
    one character (&MDash; &lDquo; -> mdash, ldquo); not where case tells two apart (&darr;
    ↓, &dArr; ⇓, &Darr; ↡: a name in the wrong case is then left alone)."""
    values: dict[str, set[str]] = {}
    for key, value in _NAMED.items():
        if key.endswith(";"):
            values.setdefault(key[:-1].lower(), set()).add(value)
    return {name: next(iter(v)) for name, v in values.items() if len(v) == 1}


_CASE_FOLDED = _case_folded()
_BARE_REFERENCE_END = regex.compile(r"&[A-Za-z][A-Za-z0-9]{0,31}+\Z")


def _glued_to_word(text: str, start: int, end: int) -> bool:
    """Does a Latin word end right before ``start`` ("AT&amp", "Tom&nbsp")? A bare reference
    before it is no word: "&mdash&mdash" is two references; nor is a figure when Chinese
    text follows the reference ("12&nbsp月底前")."""
    if not start or text[start - 1] not in _ASCII_ALNUM:
        return False
    if text[start - 1].isdigit() and CJK_CHAR.match(text, end) is not None:
        return False
    return _BARE_REFERENCE_END.search(text, max(0, start - 33), start) is None


# A named reference that lost its "&" (a filter stripped it): "加强nbsp;管理", "ldquo;放管服rdquo;".
_STRIPPED = regex.compile(r"(?<![&#A-Za-z])([a-z]{4,8}+);")


def _stripped_references(line: str, taken: set[int]) -> Iterator[tuple[int, int, str]]:
    """(start, end, character) of names that lost their "&", glued to Chinese text.

    Only names of spaces and punctuation (nbsp; ldquo; mdash; …): a Latin word before a
    semicolon is a word ("sum;" would be ∑). Not right after a reference ("&amp;nbsp;"
    is escaped twice, flagged elsewhere).

    >>> [v for _, _, v in _stripped_references("加强nbsp;管理ldquo;放管服rdquo;，sum;求和，拨打ldquo;12350rdquo;", set())]
    ['\xa0', '“', '”', '“', '”']
    """
    for m in _STRIPPED.finditer(line):
        value = _NAMED.get(m[0])
        if value is None or len(value) != 1 or m.start() in taken or unicodedata.category(value)[0] not in "PZ":
            continue
        before, after = line[m.start() - 1:m.start()], line[m.end():m.end() + 1]
        chain = _STRIPPED.match(line, m.end()) is not None  # "nbsp;nbsp;"
        # Chinese on one side at least; a figure may stand on the other ("拨打ldquo;12350rdquo;")
        left, right = CJK_CHAR.match(before) or before == ";", CJK_CHAR.match(after) or after == "" or chain
        if (left and right) or (left and after.isdigit()) or (right and before.isdigit()):
            yield m.start(), m.end(), value


def _url_token_spans(line: str) -> list[tuple[int, int]]:
    """Spans of the runs of printable ASCII that are URLs or query strings, in order."""
    return [m.span() for m in _ASCII_RUN.finditer(line) if "&" in m[0] and _URL_TOKEN.search(m[0])]


def _inside(spans: list[tuple[int, int]], i: int) -> bool:
    k = bisect_right(spans, (i, _BIG)) - 1
    return k >= 0 and spans[k][0] <= i < spans[k][1]


def _reference_after(line: str, i: int) -> int:
    """The length of what "&" followed by ``line[i:]`` makes a reference of (&amp;lt; -> &lt;), or 0."""
    probe = "&" + line[i:i + 40]
    m = _REFERENCE.match(probe)
    return m.end() - 1 if m is not None and _well_formed(probe, m) is not None else 0
