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

from cleaner import adcontacts, admaterial, adregister, adsplice
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


def pair_reasons(scan: Scan, all_lines: tuple[Line, ...], reasons: list[str | None]) -> list[str | None]:
    """``reasons`` (one per line, None for a line that is no ad) with the lines of two-line
    ads added: the two lines' reason names their joined cues."""
    out = list(reasons)
    kept = [line for line in all_lines if line.text.strip()]
    for upper, lower in zip(kept, kept[1:]):
        if out[upper.index] and out[lower.index]:
            continue
        if not (_pairable(scan, upper) and _pairable(scan, lower)):
            continue
        joined = scan.folded[upper.start:upper.end].strip() + " " + scan.folded[lower.start:lower.end].strip()
        # The two in words government text does not write (adregister): each line of it is too,
        # or too short to say.
        alien = adregister.foreign_register(joined) and all(
            (adregister.known_share(scan.folded[line.start:line.end]) or 0) <= adregister.ALIEN_SHARE for line in (upper, lower))
        broken = _broken_word(scan.folded[upper.start:upper.end], scan.folded[lower.start:lower.end])
        # Beside a line that is an ad already, a line joins it only with an ad's own cue or an
        # address, in the ad's words, or as the rest of a word the break cut: a notice's own line
        # under an injected one (请关注“江岭发布”微信公众号, 附件：述职报告模板) carries cues too.
        if any(out[line.index] for line in (upper, lower)) and not all(
                out[line.index] or alien or broken or _addressed(scan, line) for line in (upper, lower)):
            continue
        # A group's name above its number (征文材料交流群 / QQ群: …) is a label and its value: a
        # notice gives its own group so as often as a seller does.
        if scan.folded[upper.start:upper.end].rstrip().endswith("\u7fa4") and "\u7fa4" in scan.folded[lower.start:lower.end]:
            continue
        if not (alien or scan.may_hold_ad(upper.start, lower.end)):
            continue
        # A line pointing to the document's own channel (扫码下载江城公交APP) is the notice's, no half of a pair.
        if any(scan.own_channel(scan.folded[line.start:line.end]) for line in (upper, lower)):
            continue
        # Writing-material words and nothing else on the two (着力培养机关笔杆子队伍 / 学员每人发放公文范文
        # 汇编一册) are a notice's two lines on its topic: a seller's pair says more (a site, an offer, an address).
        if not (alien or broken) and scan.material_words_only(joined):
            continue
        reason = scan.verdict(joined, "two short stand-alone lines", register=alien)
        if reason:
            for line in (upper, lower):
                out[line.index] = out[line.index] or reason
    return out
