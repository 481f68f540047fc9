"""Figures that lost their percent sign: a share or a change left as a bare number.

Helper of :func:`cleaner.rules.figure.flag_figure_slips`. A share (…率, 占比, 比重, 比例) or a
relative change (增长, 下降, 提高 …) is a percentage; a bare number right after it that closes
its clause ("同比增长12.6，", "参保率稳定在97。") lost its sign (a cell's number format dropped
on export, a converter that ate the %). Two cues must agree: that shape, and the document's
own usage (a percentage after the same word elsewhere, after any share for a share, or after
a share or change word in the same sentence), or a change compared with a period (较上年下降3). Rates that are no percentage (容积率, 汇率, growth written as a multiple) stay
silent: a rate counts only when it names a share (:func:`cleaner.shares.rate_name`).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner import chars, shares

# A change word, a bare figure after it (了 at most between), then a clause break.
_CHANGE = "增长|下降|提高|降低|上升|增幅|降幅|增速|回落"
# What may stand between a share word and its level ("覆盖率达到97", "占比稳定在35").
_LEVEL_LINK = r"(?:为|达|达到|达到了|保持在|稳定在|提高到|提升到|提高至|提升至|下降到|下降至|降至|升至|约为|超过)?"
_END = r"(?=[\uff0c\u3002\uff1b,;\u3001])"
_BARE_AFTER_CHANGE = regex.compile(rf"(?P<word>{_CHANGE})了?\s?(?P<num>(?<![\d.])\d{{1,3}}(?:\.\d{{1,2}})?){_END}")
_BARE_AFTER_SHARE = regex.compile(
    rf"(?P<word>率|占比|比重|比例|占){_LEVEL_LINK}\s?(?P<num>(?<![\d.])\d{{1,3}}(?:\.\d{{1,2}})?){_END}")
# The items after a figure in a list: "29.2、39.4%、65.4%和23.1%".
_LIST_AFTER = regex.compile(r"(?:[\u3001和及与]\s?\d++(?:\.\d++)?\s?[%\uff05]?)++")
_SHARE_WORDS = frozenset(("率", "占比", "比重", "比例", "占"))
# A change against last year or period given as a bare figure ("较上年下降3。") is a rate.
_COMPARED = regex.compile(r"(?:比|较)(?:上年|去年|上年同期|上期|上月)|同比|环比")
_PERCENT_AFTER = r"[^\n\u3002\uff0c\uff1b\d]{0,8}\d++(?:\.\d++)?\s?[%\uff05]"
_SIBLING_PERCENT = regex.compile(rf"(?:{_CHANGE}|率|占比|比重|比例){_PERCENT_AFTER}")


def lost_percent_signs(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, reason) of figures that lost their percent sign.

    >>> t = "地区生产总值同比增长12.6，固定资产投资增长9.6%。城乡居民参保率稳定在97，满意率达到99.2%。"
    >>> [t[s:e] for s, e, _ in lost_percent_signs(t)]
    ['12.6', '97']
    >>> list(lost_percent_signs("容积率为2.5，绿地率35%。增长1.5倍，指数提高到105.6，增长12.6%。"))
    []
    """
    used = _words_with_percent(text)
    for m in (*_BARE_AFTER_CHANGE.finditer(text), *_BARE_AFTER_SHARE.finditer(text)):
        word = _word(text, m)
        if word is None or _shared_list(text, m) or float(m.group("num")) == 0:
            continue
        sentence = text[_sentence_start(text, m.start()):m.start()] + text[m.end():_sentence_end(text, m.end())]
        sibling = _SIBLING_PERCENT.search(sentence) is not None
        compared = m.group("word") not in _SHARE_WORDS and _COMPARED.search(text, max(0, m.start() - 6), m.start())
        if not sibling and not compared and word not in used and not (m.group("word") in _SHARE_WORDS and _SHARES in used):
            continue
        cue = ("a share or change in its sentence has one" if sibling else
               f"a change against {compared.group()}" if compared else f"the document writes {word} with a %")
        yield m.start("num"), m.end("num"), (
            f"{word} {m.group('num')} has no percent sign ({cue}): the % was probably lost")


_REACH = 120  # a sentence's figures stand this close to the bare one (a bounded look: linear)


def _sentence_start(text: str, at: int) -> int:
    lo = max(0, at - _REACH)
    return max(text.rfind(c, lo, at) for c in "\n\u3002\uff01\uff1f") + 1 or lo


def _sentence_end(text: str, at: int) -> int:
    hi = min(len(text), at + _REACH)
    ends = [p for p in (text.find(c, at, hi) for c in "\n\u3002\uff01\uff1f") if p >= 0]
    return min(ends) if ends else hi


def _word(s: str, m: regex.Match) -> str | None:
    """The share or change word of ``m`` as the document names it, or None for a rate that
    names no share ("容积率", "汇率", "增长率" written as a multiple)."""
    return m.group("word") if m.group("word") != "率" else _rate_at(s, m.start("word"))


def _rate_at(s: str, at: int) -> str | None:
    """The name of the share whose 率 stands at ``at``, or None (a rate that may pass 100%)."""
    word = shares.SHARE_WORD.match(s, at)
    return shares.rate_name(s, word) if word else None


def _shared_list(s: str, m: regex.Match) -> bool:
    """"分别增长12、15%": bare figures of a list may share the sign of the last; lost only when
    two items after it carry their own ("增长29.2、39.4%、65.4%")."""
    items = _LIST_AFTER.match(s, m.end("num"))
    if items is None:
        return False
    return items.group().count("%") + items.group().count("\uff05") < 2


_SHARES = "shares"  # in the set of words used: the document writes some share with a %


def _words_with_percent(text: str) -> set[str]:
    """The share and change words the document writes with a percentage after them, and
    :data:`_SHARES` when one of them names a share (a share is a percentage whatever its name)."""
    found = set()
    for m in regex.finditer(rf"(?P<word>{_CHANGE}|占比|比重|比例|[{chars.HAN}]{{2,3}}率)(?={_PERCENT_AFTER})", text):
        word = m.group("word")
        found.add(word[-3:] if word.endswith("率") else word)
        if word in _SHARE_WORDS or word.endswith("率") and _rate_at(text, m.end("word") - 1) is not None:
            found.add(_SHARES)
    return found
