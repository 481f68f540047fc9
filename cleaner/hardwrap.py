"""Lines of a hard-wrapped paragraph: a document broken at a fixed width, mid-sentence.

A scraped PDF or an old page breaks every paragraph every 30 or 40 characters, wherever the
width falls: a line of such a paragraph may open with 免费领取 or end with 微信：wg_zhang, and read
alone it has the shape of an ad's short stand-alone line. It is not stand-alone: the line above
runs into it mid-sentence, or it runs into the line below. The ad rules judge such a line as the
piece of a paragraph it is (its brackets and glued tails still go), never as a line of its own.

A document is hard-wrapped when several of its body lines break mid-sentence (a long line that
ends in a word, a figure or a comma, with the next line going on): a heading, a title or a
signature line ends without a mark too, but is short or followed by a new start. Plain counts
over the lines, computed once per text. Nothing here changes text.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from cleaner.docmodel import lines, size

# A line this long that ends mid-sentence is a wrapped body line (a heading, a signature, a two-line ad are shorter).
_WRAP_MIN = 24
# Breaks mid-sentence a document needs before it is read as hard-wrapped, and their share of its long lines.
_BREAKS_MIN = 2
_BREAKS_SHARE = 0.25
_WIDTH_SLACK = 3  # characters (without spaces) a wrapped line's length strays from the page's width
# Mid-sentence: the line ends in a word, a figure, a comma or an opening mark.
_MID = regex.compile(r"[\p{Han}A-Za-z0-9_,\u3001\uff0c\u201c\u300a\uff08(/.:\-]\s*+$")
# A line opening with an outline marker starts a new item, whatever the line above ends with.
_NEW_ITEM = regex.compile(r"\s*+(?:[(\uff08]?[一二三四五六七八九十\d]{1,3}+[)\uff09\u3001.\uff0e]|第[一二三四五六七八九十百\d]++[章条节])")


@lru_cache(maxsize=4)
def wrapped_lines(text: str) -> frozenset[int]:
    """Indices of the lines of ``text`` inside hard-wrapped paragraphs: each line broken
    mid-sentence and the line it runs into, when the document breaks so often enough.

    >>> t = ("通知\\n为做好秋冬季防疫工作，社区将向辖区居民发放健康包，凭户口簿\\n"
    ...      "免费领取。行动不便的老人，可添加社区网格员微信：wg_zhang\\n"
    ...      "san88，由网格员上门送达，请各位居民相互转告，错峰领取。")
    >>> sorted(wrapped_lines(t))
    [1, 2, 3]
    >>> sorted(wrapped_lines("通知\\n一、总体要求\\n加强管理，提升服务。\\n代写材料 微信xz123\\n二、主要任务"))
    []
    """
    all_lines = [ln for ln in lines(text) if ln.text.strip()]
    all_text = {ln.index: ln.text for ln in all_lines}
    long_lines = sum(size(ln.text) >= _WRAP_MIN for ln in all_lines)
    breaks = [(upper.index, lower.index) for upper, lower in zip(all_lines[1:], all_lines[2:])  # (not the title)
              if size(upper.text) >= _WRAP_MIN and _MID.search(upper.text) and not _NEW_ITEM.match(lower.text)]
    # A width: the breaks' upper lines are of one length, give or take a few characters (a page's
    # title broken over two lines or a menu above a text is not).
    width = _common_width([size(all_text[i]) for i, _ in breaks])
    breaks = [(i, j) for i, j in breaks if width is not None and abs(size(all_text[i]) - width) <= _WIDTH_SLACK]
    if len(breaks) < _BREAKS_MIN or len(breaks) < _BREAKS_SHARE * long_lines:
        return frozenset()
    return frozenset(i for pair in breaks for i in pair)


def _common_width(sizes: list[int]) -> int | None:
    """The length most of ``sizes`` share within :data:`_WIDTH_SLACK`, or None."""
    best, count = None, 0
    for w in sizes:
        n = sum(abs(v - w) <= _WIDTH_SLACK for v in sizes)
        if n > count:
            best, count = w, n
    return best
