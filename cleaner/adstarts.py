"""A line's own start inside an ad's cut, for rules/ads.py: where the cut must stop.

An ad glued in front of a line leaves the line's own start right behind its last cue: an
outline marker and its heading (…请先注册会员|二、坚决守住安全底线), the signature's date
(…回复关键词获取原文！|2021年4月26日) or the issuing body's name (…代笔　|南湖区卫生健康局). The
rules that weigh an ad's cues read the whole segment, so their cut may run on to the line's
end and take that start with it. What stands from such a start to the end of the cut is the
document's by its shape, when no cue of an ad stands in it (an ad's own list, 一、工作总结
二、述职报告，微信…, or its 一、二级建造师资料免费领取, goes whole): the cut stops before it. A
marker counts only glued behind other text or after a wide gap, not in a run of numerals (一、二、三轮),
and followed by words or a year; a date or a name only as all that is left of the cut, a name as a
whole run of Han characters shaped as a place's office (…县…局, …市…委员会, …人民政府; not 店铺内所)
or as the one the document gives itself.

The same holds inside a line: the words glued straight behind the ad's address (…vx：bigan_pro|远程
会诊1850例。) and the half of a word the cut tore (…的统|ad|筹协调) are the document's. Nothing here
changes text.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from cleaner.adcues import fold_width
from cleaner.lexicon import is_term
from cleaner.textutil import han_count, is_han

_NUMERAL = "一二三四五六七八九十"
# An outline marker glued behind other text, or set apart from it by a wide gap (one blank is an ad's own
# list: 一、总结 二、汇报; no numeral before or after it: 一、二级, 十、十一、十二月份 count): 二、 （三） 第五条,
# the enumerator of a paragraph's points (…转载请注明出处|四是重民生); its heading in words or opening on a
# year (一、2006年工作回顾).
_MARKER = regex.compile(rf"(?:(?<=[^\s{_NUMERAL}\u3001])|(?<=\S[ \u3000]{{2,}}))"
                        rf"(?:[{_NUMERAL}]{{1,3}}\u3001|[(\uff08][{_NUMERAL}]{{1,3}}[)\uff09]"
                        rf"|第[{_NUMERAL}百零〇\d]{{1,4}}[条章节]|[{_NUMERAL}]是)"
                        rf"(?=[ \u3000]?+(?:\p{{Han}}|(?:19|20)\d\d\s*+年))(?![{_NUMERAL}])")
_CN_YEAR = "〇○零一二三四五六七八九"
# A full date closing the cut: the signature's, its year in figures or in numerals (二〇二三年).
_DATE_END = regex.compile(rf"(?:(?<!\d)(?:19|20)\d\d|(?<![{_CN_YEAR}])[{_CN_YEAR}]{{4}})\s*+年\s*+[\d{_NUMERAL}]{{1,3}}\s*+月"
                          rf"\s*+[\d{_NUMERAL}]{{1,3}}\s*+日\s*+$")
# An office's name closing the cut, a whole run of Han characters: a place's and an office's (青山县水利局,
# 江岭市人民政府办公室); a word that merely ends like one (店铺内所, 研究会) is none.
_OFFICE_END = regex.compile(r"(?<![\p{Han}])\p{Han}{1,10}?[省市县区州盟旗镇乡]\p{Han}{0,14}?(?:局|厅|委员会|办公室|人民政府|政府)$")
# An address the ad closes on, glued straight to the words behind it (…vx：bigan_pro|远程会诊1850例。,
# …扣扣 77218903|通过国家认证。, …wendang88.com|实施…工程): an account with a figure or an underscore in it,
# seven figures and more, a host name. An ad ends on its address; words glued on behind it without a blank
# or a mark are the sentence it was spliced into. (Folded widths; a quantity's figures are fewer: 12000人次.)
_ADDRESS_GLUED = regex.compile(
    r"(?<![A-Za-z0-9_.@-])(?:[A-Za-z][A-Za-z0-9_.-]*?(?:\d|_)[A-Za-z0-9_.-]*|\d(?:-?\d){6,}|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,4})"
    r"(?<=[A-Za-z0-9])(?=\p{Han}{2})")
_SENTENCE_ENDS = "\u3002\uff01\uff1f\uff1b!?;\uff1a:"  # a sentence's end, or an addressee's colon (…各单位：)
_GLUED_MIN = 2  # Han characters glued behind an address that run on into the line's text
_GLUED_SENTENCE_MIN = 5  # Han characters glued behind an address that end a sentence of their own
_TORN_MAX = 3  # characters of a word the cut tore, kept at the most at each end
_MIN_AD = 4  # characters of the ad left to cut before the start, at the fewest
_MIN_NAME = 4  # characters of a publisher's name that may close a cut


def own_start(removed: str, publishers: tuple[str, ...], title: str = "",
              cued_from: Callable[[int], bool] = lambda at: False, goes_on: bool = False) -> int | None:
    """Where a line's own start begins inside ``removed`` (the text a cut takes), or None;
    ``publishers`` are the names the document gives itself, ``title`` its first line, and
    ``cued_from(at)`` tells whether ``removed[at:]`` holds a cue of an ad (then it is no line's own);
    ``goes_on``: the line goes on after the cut (it ended inside a sentence).

    >>> own_start("下载本文档需要登录，请先注册会员二、坚决守住安全底线\\n", ())
    16
    >>> own_start("微信扫一扫，关注“笔记侠材料库”，回复关键词获取原文！2021年4月26日\\n", ())
    27
    >>> own_start("代写各类材料，联系微信xz20238812二〇二三年五月二十九日", ())
    21
    >>> own_start("Tel/WeChat 159-0000-5532 professional 代笔\\u3000南湖区卫生健康局\\n", ())
    41
    >>> own_start("代写各类材料，联系微信xz8812", ()), own_start("公务员考试培训，一、二、三轮系统复习", ())
    (None, None)
    """
    body = removed.rstrip("\n")
    if "\n" in body:
        return None  # a cut over several lines took whole lines: each is judged as one
    at = _start_by_shape(body, publishers, title, goes_on)
    return at if at is not None and not cued_from(at) else None


def _sentence_after(tail: str, goes_on: bool) -> bool:
    """Whether the words glued behind an address are a sentence's, not the ad's own close (…微信xz2024详谈,
    …电话138…包您满意): they run on into the line's text the cut left, or make a sentence's end of
    their own (…bigan_pro|远程会诊1850例。) or close the addressee's line (…neibu_zl|各区县文化旅游主管部门：)."""
    han = han_count(tail)
    return han >= _GLUED_MIN if goes_on else han >= _GLUED_SENTENCE_MIN and tail.rstrip()[-1:] in _SENTENCE_ENDS


def _start_by_shape(body: str, publishers: tuple[str, ...], title: str, goes_on: bool) -> int | None:
    m = _MARKER.search(body, _MIN_AD) or _DATE_END.search(body, _MIN_AD)
    if m:
        return m.start()
    m = _ADDRESS_GLUED.search(fold_width(body), _MIN_AD)
    if m and _sentence_after(body[m.end():], goes_on):
        return m.end()
    stripped = body.rstrip()
    for name in publishers:
        if len(name) >= _MIN_NAME and stripped.endswith(name) and len(stripped) - len(name) >= _MIN_AD:
            return len(stripped) - len(name)
    m = _OFFICE_END.search(stripped, _MIN_AD)
    if m and (len(m.group()) >= _MIN_NAME or title.startswith(m.group())):
        return m.start()
    return None


def torn_word_edges(removed: str, before: str, after: str, cued: Callable[[str], bool]) -> tuple[int, int]:
    """How many characters at the start and at the end of a cut ``removed`` are half of the
    document's word the ad was spliced into, and stay: the cut ran one or two characters past the
    ad (举报奖励的统|d@i写述职报告…|筹协调: 统 and 筹 make 统筹), glued to Han text on the kept run's side
    (after a mark, the cut took an ad sentence's own start: 。更多…|下一步). A kept run is one to three Han
    characters with no cue of an ad (``cued``), that make a word of the lexicon with the text on the
    cut's other side (``after`` its start, ``before`` its end) where that side's edge character is
    left without a word (面启动, not 深入开展), and no word with the ad's first or last character: an ad
    that opens on a word (免费领取…) keeps it. Returns (head, tail); (0, 0) for none.

    >>> no = lambda seg: False
    >>> torn_word_edges("的统d@i写述职报告 q：5830291", "举报奖励", "筹协调和监督", no)
    (2, 0)
    >>> torn_word_edges("更多精彩请访问wap.rrwk40.com", "工作的落实。", "下一步", no)  # a sentence's start, no torn word
    (0, 0)
    >>> torn_word_edges("更多精彩请访问wap。rrwk40。com。cn。", "工作的落实。", "深入开展", no)
    (0, 0)
    """
    if "\n" in removed:
        return 0, 0  # a cut over a line's end took whole lines: no word of the text runs across it
    before, after = before.rpartition("\n")[2], after.partition("\n")[0]
    # A cut between two Han characters tore a word; one after a mark took a sentence's start (。更多…|下一步).
    glued_before, glued_after = is_han(before[-1:]), is_han(after[:1])
    head = next((k for k in range(1, _TORN_MAX + 1)
                 if glued_before and _torn(removed[:k], removed[k:k + 1], after, cued, lead=True)), 0)
    rest = removed[head:]
    tail = next((k for k in range(1, _TORN_MAX + 1)
                 if glued_after and k < len(rest) and _torn(rest[-k:], rest[-k - 1:-k], before, cued, lead=False)), 0)
    return (head, tail) if len(removed) - head - tail >= _MIN_AD else (0, 0)


def _torn(kept: str, ad_edge: str, other: str, cued: Callable[[str], bool], lead: bool) -> bool:
    if not (_all_han(kept) and is_han(other[:1] if lead else other[-1:])):
        return False
    edge = other[:2] if lead else other[-2:]
    if len(edge) == 2 and is_term(edge):
        return False  # the other side opens (closes) on a word of its own: nothing of it was torn off
    seam = kept[-1] + ad_edge if lead else ad_edge + kept[0]
    if len(seam) == 2 and is_han(ad_edge) and is_term(seam):
        return False  # the ad's own word runs on from the kept characters
    joined = kept + other[:_TORN_MAX] if lead else other[-_TORN_MAX:] + kept
    at = len(kept) if lead else len(joined) - len(kept)  # where the kept run meets the other side
    words = (joined[i:j] for i in range(max(0, at - 3), at) for j in range(at + 1, min(len(joined), i + 4) + 1))
    return any(_all_han(w) and is_term(w) for w in words) and not cued(kept)


def _all_han(run: str) -> bool:
    return bool(run) and han_count(run) == len(run)

