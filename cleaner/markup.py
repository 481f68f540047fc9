"""Markup left in plain text: tags a copy of a page's source kept, references a hard wrap cut.

Helpers of :mod:`cleaner.rules.encoding`. A tag is recognised only by the name of an HTML
element a CMS really writes (p, br, span, strong, font ...) right after "<", with well-formed
attributes and its ">", so a less-than sign in prose ("浓度<35微克/立方米", "P<0.05") is text.
"""

from __future__ import annotations

import html
from collections.abc import Iterator

import regex

_ELEMENTS = ("p|br|span|strong|b|em|i|u|font|div|sup|sub|o:p|a|h[1-6]|li|ul|ol|table|tbody|tr|td|th|center"
             "|section|article|blockquote|hr|img|small|big|s|strike|ins|del|label|wbr|nobr")
# Attributes are possessive and each ends where the next starts (a space), so a long run of
# them is read once.
TAG = regex.compile(
    rf"</?+(?:{_ELEMENTS})(?![A-Za-z0-9:-])"
    r"(?:\s++[A-Za-z][A-Za-z:-]*+(?:\s*+=\s*+(?:\"[^\"<>\n]*+\"|'[^'<>\n]*+'|[^\s<>\"']++))?+)*+\s*+/?>",
    regex.IGNORECASE)
_HAN = regex.compile(r"\p{Han}")
# Elements a browser shows as a line break: between two pieces of text they part two lines.
_BREAKING = regex.compile(r"</?+(?:p|br|div|li|h[1-6]|tr|table|ul|ol|section|article|blockquote|hr|center)"
                          r"(?![A-Za-z0-9:-])", regex.IGNORECASE)
# A reference cut by a line break: "&nb" at a line's end, "sp;" at the next line's start.
_SPLIT = regex.compile(r"&(#?[0-9A-Za-z]{0,8}+)\n([0-9A-Za-z#]{0,8}+;)")
_WHOLE = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def tag_remnants(text: str) -> Iterator[regex.Match]:
    """HTML tags standing in lines of Chinese text.

    >>> [m.group() for m in tag_remnants('加强<strong>医疗</strong>建设。<br />\\n浓度<35微克，P<0.05\\n<p>x</p>')]
    ['<strong>', '</strong>', '<br />']
    >>> [m.group() for m in tag_remnants('加强<b>医疗</b>\\na<b>c，选项<A>与<B>')]
    ['<b>', '</b>']
    """
    pos = 0
    for line in text.split("\n"):
        if "<" in line and _HAN.search(line):
            found = list(TAG.finditer(line))
            shown = {m.group().lower() for m in found}
            for m in found:
                if _paired_if_bare(m.group().lower(), shown):
                    yield _Shifted(m, pos)
        pos += len(line) + 1


_BARE_LETTER = regex.compile(r"</?([a-z])>")


def _paired_if_bare(tag: str, shown: set[str]) -> bool:
    """A bare one-letter tag (<b>, </i>) counts only with its partner on the line: "a<b>c"
    and "选项<A>与<B>" are prose.

    >>> _paired_if_bare("<b>", {"<b>", "</b>"}), _paired_if_bare("<b>", {"<b>"}), _paired_if_bare("<br>", set())
    (True, False, True)
    """
    m = _BARE_LETTER.fullmatch(tag)
    if m is None:
        return True
    return {f"<{m[1]}>", f"</{m[1]}>"} <= shown


class _Shifted:
    """A match on one line, with offsets in the whole text."""

    def __init__(self, m: regex.Match, offset: int):
        self._m, self._offset = m, offset

    def start(self) -> int:
        return self._m.start() + self._offset

    def end(self) -> int:
        return self._m.end() + self._offset

    def group(self) -> str:
        return self._m.group()


def split_references(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, value) of references a line break cut in two, break included.

    >>> list(split_references("加强&nb\\nsp;管理，&#12\\n290;完"))
    [(2, 9, '\\xa0'), (12, 21, '。')]
    >>> list(split_references("a&\\nb;c&amp\\n;d&\\nnbsp;"))
    [(13, 20, '\\xa0')]
    """
    for m in _SPLIT.finditer(text):
        whole = "&" + m[1] + m[2]
        if m[2] == ";" or not _WHOLE.fullmatch(whole):
            continue
        value = html.unescape(whole)
        if value != whole and len(value) == 1:
            yield m.start(), m.end(), value


def replacements(text: str, tags: list) -> Iterator[tuple[int, int, str]]:
    """(start, end, replacement) for each tag: a run of adjacent tags that holds a line-breaking
    element (</p><p>, <br />) between two pieces of text on one line becomes one line break, as
    the page showed it; any other tag goes.

    >>> t = "第一段。</p><p>第二段。<br>\\n<strong>加强</strong>管理"
    >>> [(t[s:e], r) for s, e, r in replacements(t, list(tag_remnants(t)))]
    [('</p>', '\\n'), ('<p>', ''), ('<br>', ''), ('<strong>', ''), ('</strong>', '')]
    """
    runs: list[list] = []
    for m in tags:
        if runs and runs[-1][-1].end() == m.start():
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in runs:
        start, end = run[0].start(), run[-1].end()
        inside = (start > 0 and text[start - 1] != "\n" and end < len(text) and text[end] != "\n")
        breaks = inside and any(_BREAKING.match(m.group()) for m in run)
        for k, m in enumerate(run):
            yield m.start(), m.end(), "\n" if breaks and k == 0 else ""
