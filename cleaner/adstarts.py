"""A line's own start inside an ad's cut, for rules/ads.py: where the cut must stop.

An ad glued in front of a line leaves the line's own start right behind its last cue: an
outline marker and its heading (…请先注册会员|二、坚决守住安全底线), the signature's date
(…回复关键词获取原文！|2021年4月26日) or the issuing body's name (…代笔　|南湖区卫生健康局). The
rules that weigh an ad's cues read the whole segment, so their cut may run on to the line's
end and take that start with it. What stands from such a start to the end of the cut is the
document's by its shape, when no cue of an ad stands in it (an ad's own list, 一、工作总结
二、述职报告，微信…, or its 一、二级建造师资料免费领取, goes whole): the cut stops before it. A
marker counts only glued behind other text, not in a run of numerals (一、二、三轮), and followed
by words; a date or a name only as all that is left of the cut, a name as a whole run of Han
characters shaped as a place's office (…县…局, …市…委员会, …人民政府; not 店铺内所) or as the one
the document gives itself. Nothing here changes text.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

_NUMERAL = "一二三四五六七八九十"
# An outline marker glued behind other text (no blank before it, no numeral before or after it: 一、二级,
# 十、十一、十二月份 count): 二、 （三） 第五条.
_MARKER = regex.compile(rf"(?<=[^\s{_NUMERAL}\u3001])(?:[{_NUMERAL}]{{1,3}}\u3001|[(\uff08][{_NUMERAL}]{{1,3}}[)\uff09]"
                        rf"|第[{_NUMERAL}百零〇\d]{{1,4}}[条章节])(?=[ \u3000]?+\p{{Han}})(?![{_NUMERAL}])")
_CN_YEAR = "〇○零一二三四五六七八九"
# A full date closing the cut: the signature's, its year in figures or in numerals (二〇二三年).
_DATE_END = regex.compile(rf"(?:(?<!\d)(?:19|20)\d\d|(?<![{_CN_YEAR}])[{_CN_YEAR}]{{4}})\s*+年\s*+[\d{_NUMERAL}]{{1,3}}\s*+月"
                          rf"\s*+[\d{_NUMERAL}]{{1,3}}\s*+日\s*+$")
# An office's name closing the cut, a whole run of Han characters: a place's and an office's (青山县水利局,
# 江岭市人民政府办公室); a word that merely ends like one (店铺内所, 研究会) is none.
_OFFICE_END = regex.compile(r"(?<![\p{Han}])\p{Han}{1,10}?[省市县区州盟旗镇乡]\p{Han}{0,14}?(?:局|厅|委员会|办公室|人民政府|政府)$")
_MIN_AD = 4  # characters of the ad left to cut before the start, at the fewest
_MIN_NAME = 4  # characters of a publisher's name that may close a cut


def own_start(removed: str, publishers: tuple[str, ...], title: str = "",
              cued_from: Callable[[int], bool] = lambda at: False) -> int | None:
    """Where a line's own start begins inside ``removed`` (the text a cut takes), or None;
    ``publishers`` are the names the document gives itself, ``title`` its first line, and
    ``cued_from(at)`` tells whether ``removed[at:]`` holds a cue of an ad (then it is no line's own).

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
    at = _start_by_shape(body, publishers, title)
    return at if at is not None and not cued_from(at) else None


def _start_by_shape(body: str, publishers: tuple[str, ...], title: str) -> int | None:
    m = _MARKER.search(body, _MIN_AD) or _DATE_END.search(body, _MIN_AD)
    if m:
        return m.start()
    stripped = body.rstrip()
    for name in publishers:
        if len(name) >= _MIN_NAME and stripped.endswith(name) and len(stripped) - len(name) >= _MIN_AD:
            return len(stripped) - len(name)
    m = _OFFICE_END.search(stripped, _MIN_AD)
    if m and (len(m.group()) >= _MIN_NAME or title.startswith(m.group())):
        return m.start()
    return None
