"""An ad split over two short lines, for rules/ads.py: a teaser, then where to get it.

Sites break their promotions into a line of goods (更多工作总结范文、述职报告模板) and a line
of address (请访问 www.… / 加V：…), and an injector copies both. Neither line need be an ad
by itself; read together their cues agree (material words alone on both are a notice's
topic). Two adjacent short lines are judged as one segment only when each carries a cue of
its own (a date or a signature line beside an ad has none, and stays) and the joined text
passes the verdict every ad line must pass, with its vetoes (a notice's own contact block,
an institution, words against ads).
Nothing here changes text.
"""

from __future__ import annotations

import regex

from cleaner import adcontacts, adcues, admaterial, adregister, adsplice, chars, lexicon
from cleaner.adcues import Scan
from cleaner.docmodel import Line, size

# A short line: a teaser or an address, not a sentence of the text.
_PAIR_LINE_MAX = 40
_SENTENCE_END = regex.compile(r"[\u3002!?;\uff01\uff1f\uff1b]\s*+$")
# A line opening with an outline marker (一、 （三） 1. 第二条) is the text's own heading.
_OUTLINE = regex.compile(r"\s*+(?:[(\u3008\uff08]?[一二三四五六七八九十\d]{1,3}+[)\u3009\uff09\u3001.\uff0e]|第[一二三四五六七八九十百\d]++[章条节])")


def _pairable(scan: Scan, line: Line) -> bool:
    seg = scan.folded[line.start:line.end]
    return (0 < size(line.text) <= _PAIR_LINE_MAX and not _SENTENCE_END.search(seg)
            and not _OUTLINE.match(seg) and scan.has_cue(seg))


def _addressed(scan: Scan, line: Line) -> bool:
    seg = adcontacts.without_id_labels(scan.folded[line.start:line.end])
    return scan.ad_only(seg) or admaterial.has_address(seg)


def _broken_word(upper: str, lower: str) -> bool:
    """Whether two lines are one line broken inside a word: a run of letters or digits goes on
    across the break (xiecai|liao365), or the Han characters on its two sides make a pair
    government text writes often (版权归互|联网用户, 工作总|结精选).

    >>> _broken_word("关注公众号 xiecai", "liao365"), _broken_word("本文内容由互", "联网用户"), _broken_word("回复领取", "附件：")
    (True, True, False)
    """
    a, b = upper.rstrip()[-1:], lower.lstrip()[:1]
    if not (a and b):
        return False
    if a.isascii() and a.isalnum() and b.isascii() and b.isalnum():
        return True
    return adsplice.joins_into_word(a, b)


def one_line_broken(scan: Scan, upper: Line, lower: Line, quotes: bool = False) -> bool:
    """Whether two short lines are one line broken in two: the upper one has no sentence end and
    stops inside a word of the general lexicon (定|制) or an id (wx|_wenmi2024), or on a word that
    needs what follows (的, 、, “), or the lower one opens on a mark that closes or continues a
    clause (，。”); with ``quotes``, or the upper one leaves a quote or bracket open that the lower
    one closes (:func:`_opened_across`). Such a line is judged whole, as it stood before the break,
    whether or not each half carries a cue. An outline heading is never a half, nor a date under a line.

    >>> from cleaner.docmodel import lines
    >>> from cleaner.types import Corpus
    >>> t = "正文。\\n欢迎订阅我们的\\n公众号，获取最新公文模板!\\n二、工作要求\\n2024年3月14日"
    >>> s, d = Scan(t, Corpus()), lines(t)
    >>> one_line_broken(s, d[1], d[2]), one_line_broken(s, d[2], d[3]), one_line_broken(s, d[3], d[4])
    (True, False, False)
    """
    up, low = scan.folded[upper.start:upper.end].strip(), scan.folded[lower.start:lower.end].strip()
    if not (0 < size(up) <= _PAIR_LINE_MAX and 0 < size(low) <= _PAIR_LINE_MAX) or _SENTENCE_END.search(up):
        return False
    if _OUTLINE.match(up) or _OUTLINE.match(low) or _DATE_OPENING.match(low):
        return False  # (a signature's date under an ad ending on digits: no id runs on into it)
    if up[-1] in _NEEDS_MORE or low[0] in _GOES_ON or _ID_CUT.search(up[-2:] + low[:2]):
        return True
    if quotes and _opened_across(up, low):
        return True  # (read by the line rule on the joined line only: the pair reading has none of its vetoes)
    a, b = up[-1], low[0]
    if a.isascii() and a.isalnum() and b.isascii() and b.isalnum():
        # a run of letters or digits goes on across the break, unless the lower line's run opens
        # words of its own (xz123 / 3号楼改造工程完工, QQ：2837461 / 5G基站: the text's line)
        return not _RUN_INTO_WORDS.match(low)
    # A word of the general lexicon, not a pair government text often writes across two words
    # (指导|农户: 导农); a date or an office closes a line of its own, whatever word its last
    # character starts (2023年1月16日|本文…: 日本; 江岭市教育局|局部…).
    return not _UNIT_END.search(up) and lexicon.is_word(a + b)


def _opened_across(up: str, low: str) -> bool:
    """Whether the upper line leaves a quote or a bracket open that the lower line closes
    (扫码关注‘公 / 考笔记本’，回复…): the pair was one line's.

    >>> _opened_across("扫码关注\u2018公", "考笔记本\u2019，回复"), _opened_across("关注后回复", '"要点"，自动发送')
    (True, False)
    """
    if any(up.count(a) > up.count(b) and low.count(b) > low.count(a) for a, b in _OPENS_CLOSES):
        return True
    return up.count('"') % 2 == 1 and low.count('"') % 2 == 1


# Quotes and brackets whose two halves stand on one line (folded widths and full ones).
_OPENS_CLOSES = tuple(chars.PAIRS.items()) + (("(", ")"), ("[", "]"), ("\u300c", "\u300d"), ("\u300e", "\u300f"),
                                              ("\u3016", "\u3017"), ("\u3014", "\u3015"))
# An id cut at its underscore, dot or hyphen (wx|_wenmi2024, xiecai.|com, 138-|0013).
_ID_CUT = regex.compile(r"[A-Za-z0-9][_.\-][A-Za-z0-9]|[A-Za-z0-9]{2}[_\-][A-Za-z0-9]|[A-Za-z0-9][_\-][A-Za-z0-9]{2}")
_RUN_INTO_WORDS = regex.compile(r"[A-Za-z0-9]++\p{Han}")
_UNIT_END = regex.compile(r"\d\s*+[\u5e74\u6708\u65e5\u53f7]\Z|[\u5c40\u59d4\u5e9c\u9662\u4f1a\u5385\u529e\u5904\u5ba4\u90e8\u6240\u7ad9\u961f\u5fc3]\Z")
_DATE_OPENING = regex.compile(r"\d{1,4}+\s*+[\u5e74\u6708\u65e5\-./]")  # 2023年 / 1月 / 2023-01


# A word or mark a line cannot stop on: an attribute's 的, a list's 、, an opening quote or bracket,
# an arrow or an at sign pointing to what follows (folded widths).
_NEEDS_MORE = frozenset("\u7684\u3001,\u201c\u300c\u300a(\u3010@\u2192#")
# A mark a line cannot open on: it closes or continues the clause above (folded widths).
_GOES_ON = frozenset(",\u3002\u3001;:\u201d\u300d\u300b)\u3011!?~")


def broken_partners(scan: Scan, all_lines: tuple[Line, ...] | list[Line],
                    quotes: bool = False) -> dict[int, tuple[Line, Line]]:
    """For each line that is one half of a line broken in two (:func:`one_line_broken`, with
    ``quotes``), by its index: the two halves, upper first (a line is read with the first partner found)."""
    kept = [line for line in all_lines if line.text.strip()]
    out: dict[int, tuple[Line, Line]] = {}
    for upper, lower in zip(kept, kept[1:]):
        if upper.index not in out and one_line_broken(scan, upper, lower, quotes):
            out[upper.index] = out[lower.index] = (upper, lower)
    return out


def pair_reasons(scan: Scan, all_lines: tuple[Line, ...], reasons: list[str | None]) -> list[str | None]:
    """``reasons`` (one per line, None for a line that is no ad) with the lines of two-line
    ads added: the two lines' reason names their joined cues. A line broken in two
    (:func:`one_line_broken`) is judged as the one line it was, then as two lines."""
    out = list(reasons)
    kept = [line for line in all_lines if line.text.strip()]
    for upper, lower in zip(kept, kept[1:]):
        if out[upper.index] and out[lower.index]:
            continue
        reason = _pair_reason(scan, upper, lower, out, one_line=True) if one_line_broken(scan, upper, lower) else None
        if not reason and _pairable(scan, upper) and _pairable(scan, lower):
            reason = _pair_reason(scan, upper, lower, out, one_line=False)
        if reason:
            for line in (upper, lower):
                out[line.index] = out[line.index] or reason
    return out


def _pair_reason(scan: Scan, upper: Line, lower: Line, out: list[str | None], one_line: bool) -> str | None:
    """The reason two adjacent lines are one ad, read as one line broken in two or as two lines."""
    gap = "" if one_line else " "
    joined = scan.folded[upper.start:upper.end].strip() + gap + scan.folded[lower.start:lower.end].strip()
    # The two in words government text does not write (adregister): each line of it is too,
    # or too short to say.
    alien = adregister.foreign_register(joined) and all(
        (adregister.known_share(scan.folded[line.start:line.end]) or 0) <= adregister.ALIEN_SHARE for line in (upper, lower))
    broken = one_line or _broken_word(scan.folded[upper.start:upper.end], scan.folded[lower.start:lower.end])
    # Beside a line that is an ad already, a line joins it only with an ad's own cue or an
    # address, in the ad's words, or as the rest of a word the break cut: a notice's own line
    # under an injected one (请关注“江岭发布”微信公众号, 附件：述职报告模板) carries cues too.
    if any(out[line.index] for line in (upper, lower)) and not all(
            out[line.index] or alien or broken or _addressed(scan, line) for line in (upper, lower)):
        return None
    # A group's name above its number (征文材料交流群 / QQ群: …) is a label and its value: a
    # notice gives its own group so as often as a seller does.
    if scan.folded[upper.start:upper.end].rstrip().endswith("\u7fa4") and "\u7fa4" in scan.folded[lower.start:lower.end]:
        return None
    if not (alien or (scan.ad_only(joined) if one_line else scan.may_hold_ad(upper.start, lower.end))):
        return None  # (a cue the break cut in two is read on the line joined)
    # A line pointing to the document's own channel (扫码下载江城公交APP) is the notice's, no half of a pair.
    halves = (joined,) if one_line else (scan.folded[line.start:line.end] for line in (upper, lower))
    if any(scan.own_channel(half) for half in halves):
        return None
    # Writing-material words and nothing else on the two (着力培养机关笔杆子队伍 / 学员每人发放公文范文
    # 汇编一册) are a notice's two lines on its topic: a seller's pair says more (a site, an offer, an address).
    if not (alien or broken) and scan.material_words_only(joined):
        return None
    where = "a short stand-alone line broken over a line break" if one_line else "two short stand-alone lines"
    return scan.verdict(joined, where, register=alien)


# The other half of an ad line a break cut in two, at the most.
_HALF_MAX = 24


def halves_left(scan: Scan, all_lines: tuple[Line, ...] | list[Line], reasons: list[str | None]) -> list[str | None]:
    """``reasons`` with the other half of each ad line a break cut in two: a short line beside a
    line that is an ad, the two reading as one line (no sentence ends above the break), that
    holds no outline marker, date or office's name and no channel of the document's own, and is
    the ad's by two more cues: the break cut a word, an id or a cue of an ad in two
    (:func:`one_line_broken`, :func:`_cue_across`: 想要本文的d / ocx文档？加V：…, 同类文章代 / 写服务…)
    and its words are in an ad's register throughout (adregister, learned). Either alone is chance:
    an ad ending in 范文 makes a word with 文明…, 更多范文免费领取 with 消防… (取消); a festival's
    转发朋友圈集赞可获赠门票 reads as an ad's words."""
    out = list(reasons)
    kept = [line for line in all_lines if line.text.strip()]
    for upper, lower in zip(kept, kept[1:]):
        if bool(reasons[upper.index]) == bool(reasons[lower.index]):
            continue
        if _SENTENCE_END.search(scan.folded[upper.start:upper.end].rstrip()):
            continue
        ad, other = (upper, lower) if reasons[upper.index] else (lower, upper)
        seg = scan.folded[other.start:other.end].strip()
        if not 0 < size(seg) <= _HALF_MAX or _OUTLINE.match(seg) or _DATE_OPENING.match(seg) or _UNIT_END.search(seg):
            continue
        if scan.own_channel(seg) or any(p in seg for p in scan.publishers):
            continue
        broken = one_line_broken(scan, upper, lower) or _cue_across(scan, upper, lower)
        if broken and adregister.ad_register(seg, scan.has_cue):
            out[other.index] = reasons[ad.index] + ", with the other half of the line a break cut in two"
    return out


def _cue_across(scan: Scan, upper: Line, lower: Line) -> bool:
    """Whether a cue of an ad stands across the break of two lines read as one (同类文章代 / 写服务: 代写)."""
    up, low = scan.folded[upper.start:upper.end].strip(), scan.folded[lower.start:lower.end].strip()
    cut = len(up)
    return any(start < cut < end for start, end, _ in adcues.cue_spans(up + low, scan.pats))
