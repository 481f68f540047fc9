"""More shapes of page furniture, for cleaner.chromecues and rules/chrome.py (round 14 of issue 16).

Other content-management systems word the same furniture their own way: a count in brackets or in
English (阅读 (1234), Views: 123, Read 12 times), a comment count (共有0条评论), a page's feedback box
(本页面内容是否有用？ 有用 没用), a site's copyright badge, a tag bar (Tags: 卫生 健康), a pop-up's
buttons under its text, a weak link-box heading (相关信息) over link titles, and widgets glued before
a paragraph or after the signature date. Each test is a whole-segment shape with a word of its kind;
nothing here changes text.
"""

from __future__ import annotations

import regex

from cleaner import labels
from cleaner.docmodel import Line, is_prose, size

_OPEN = r"[\[【\uff08(〖『]?+\s*+"
_CLOSE = r"\s*+[\]】\uff09)〗』]?+"
_COLON = r"\s*+[:\uff1a]?+\s*+"

# The count in brackets after the noun: 阅读 (1234) / 阅读次数【12】 / 点击量：[45].
_BRACKET_COUNT = regex.compile(_OPEN + r"(?:本站|本页|本文|文章|总|累计)?+(?:阅读|浏览|点击|访问|人气)(?:次数|人次|人数|数|量)?+" + _COLON
                               + r"[(\uff08\[【]\s*+[0-9][0-9,]*+\s*+[)\uff09\]】]" + _CLOSE)
# An English template's counter: Views: 123 / Hits: 45 / Read 1,234 times / Viewed 12 times.
_EN_COUNTER = regex.compile(r"(?i:(?:page\s*+)?+(?:views?|hits|visits|reads|clicks)\s*+[:\uff1a]?+\s*+[0-9][0-9,]*+"
                            r"|(?:read|viewed|visited|clicked)\s++[0-9][0-9,]*+\s++times)")
# A comment count: 共有0条评论 / 已有3条评论 / 评论（0）.
_COMMENTS = regex.compile(_OPEN + r"(?:(?:共有|已有|共)?+\s*+[0-9][0-9,]*+\s*+条(?:评论|留言)|(?:评论|留言)\s*+[(\uff08][0-9]{1,6}+[)\uff09])"
                          + _CLOSE)
# The count first, the noun after it, nothing else: 123 阅读 / 1.2万+ 浏览.
_COUNT_NOUN = regex.compile(_OPEN + r"[0-9][0-9,.]*+\s*+万?+\+?+\s*+(?:阅读|浏览|点击)" + _CLOSE)
COUNTERS = (_BRACKET_COUNT, _EN_COUNTER, _COMMENTS, _COUNT_NOUN)

# A page's feedback box: a question about the page itself, then its answer buttons.
_FEEDBACK = regex.compile(
    r"^(?:本页面?|此页面?|该页面?|页面|本页内容|页面内容)\p{Han}{0,8}?(?:有用|有帮助|满意)"
    r"\p{Han}{0,3}[?\uff1f]?+(?:[\s\u3000|｜\[\]【】]*+(?:有用|没用|无用|有帮助|没帮助|没有帮助|满意|不满意|一般|是|否)){2,4}"
    r"[\s\u3000\]】]*+$")
# A site's own badge: 本站所有内容版权归…所有.
# (支持IPv6 withdrawn after the round-14 review: an IPv6 plan's own target lines read so.)
_BADGE = regex.compile(r"^(?:本网站|本站|本网)\p{Han}{0,8}?版权归\p{Han}{2,30}?所有$")


def page_box(s: str) -> str | None:
    """A feedback box or a site badge, wholly, or None.

    >>> page_box("本页面内容是否有用？ 有用 没用"), page_box("本站所有内容版权归某市人民政府所有"), page_box("网站支持IPv6")
    ('page feedback box', "site badge (the site's copyright)", None)
    >>> page_box("此信息是否满意？满意 一般 不满意")
    >>> page_box("本条信息是否有用将作为考核依据。")
    """
    if _FEEDBACK.match(s):
        return "page feedback box"
    if _BADGE.match(s):
        return "site badge (the site's copyright)"
    return None


# The pop-up's buttons on the line after it: two or three short button words and nothing else.
_POPUP_BUTTONS = regex.compile(r"^(?:[\[【]?+(?:继续访问|继续|确定|确认|取消|放弃访问|放弃|关闭|返回)[\]】]?+[\s\u3000|｜]*+){2,3}$")


def popup_buttons(line: str) -> bool:
    """The buttons of a pop-up (继续访问 放弃 / 确定 取消 / [继续] [关闭]), alone on a line.

    >>> popup_buttons("继续访问  取消"), popup_buttons("[继续] [关闭]"), popup_buttons("确定")
    (True, True, False)
    """
    return _POPUP_BUTTONS.match(line.strip()) is not None


# A tag bar (标签：乡村振兴 营商环境 / Tags: 卫生 健康): tags stand apart by spaces or bars only; a list
# with 、 is the document's (标签：品名、规格、生产日期).
# 标签：品名 产地 生产日期 is a regulation's label fields (round-14 review): only the English label.
_TAGS = regex.compile(r"^(?:(?i:tags?))\s*+[:\uff1a]\s*+\p{Han}{2,8}+(?:[\s\u3000|｜]++\p{Han}{2,8}+)++\s*+$")


def tag_bar(line: str) -> bool:
    """A tag bar, wholly.

    >>> tag_bar("Tags: 卫生 健康"), tag_bar("标签：品名、规格、生产日期")
    (True, False)
    """
    return _TAGS.match(line.strip()) is not None


# A heading a notice may use of its own (相关信息, 相关内容): a link box's only over link titles.
_WEAK_RELATED = regex.compile(r"^[【\[]?(?:相关|关联)(?:信息|内容|政策|公告|资讯)[】\]]?\s*+(?:[:\uff1a]|>>|》》|更多)?\s*+$")
_BULLET = regex.compile(r"^[\u00b7\u2022\u25cf\u25cb\u25c6\u25c7\u25aa\u25a0\u25a1\u25ba\u25b6\u30fb*-]")
_DATED_ITEM = regex.compile(r"\p{Han}[\s\u3000]++[(\uff08\[]?+(?:19|20)[0-9]{2}[-./][0-9]{1,2}[-./][0-9]{1,2}[)\uff09\]]?+$")


def weak_heading_over_titles(doc: list[Line], k: int, tail: int) -> bool:
    """A heading a document may use itself (相关信息, 相关内容) opens a link box only where three cues
    agree: after the last sentence, alone on its line, and over a bulleted or dated title."""
    if doc[k].index < tail or k + 1 >= len(doc) or _WEAK_RELATED.match(doc[k].text.strip()) is None:
        return False
    item = doc[k + 1].text.strip()
    return (size(item) <= 60 and not is_prose(item) and labels.TITLE_WORDS.search(item) is not None
            and (_BULLET.match(item) is not None or _DATED_ITEM.search(item) is not None))


# A share bar that lost its label: three or more platforms and nothing else (微信　微博　QQ空间).
_PLATFORM = r"(?:微信好友|微信|朋友圈|新浪微博|腾讯微博|人民微博|微博|QQ空间|QQ好友|QQ|抖音|今日头条|头条|钉钉|豆瓣|人人网|Facebook|Twitter|LINE)"
_PLATFORM_ROW = regex.compile(rf"^{_PLATFORM}(?:[\s\u3000|｜/·]++{_PLATFORM}){{2,7}}$")  # 微信、微博、抖音 is a list
# With its label the bar may list its platforms with 、 (分享至：豆瓣、QQ空间).
_LABELLED_SHARE = regex.compile(rf"^(?:一键)?+分享(?:至|到)\s*+[:\uff1a]\s*+{_PLATFORM}(?:[\s\u3000|｜/·\u3001]++{_PLATFORM}){{1,7}}$")


def share_targets(line: str) -> bool:
    """Platforms only, three or more, each once and apart by spaces or bars: a share bar without its 分享到
    (rules/chrome.py: only on a page's first or last line, beside another furniture line); or the
    platforms after their label (分享至：豆瓣、QQ空间, at a page's edge).

    >>> share_targets("微信　微博　QQ空间"), share_targets("微信 微信 微信"), share_targets("微信、微博、抖音")
    (True, False, False)
    >>> share_targets("分享至：豆瓣、QQ空间")
    True
    """
    s = line.strip()
    if _LABELLED_SHARE.match(s):
        return True
    if _PLATFORM_ROW.match(s) is None:
        return False
    names = regex.findall(_PLATFORM, s)
    return len(set(names)) == len(names)


# An accessibility bar's and an interaction box's buttons (老年模式 | 读屏专用 | 大鼠标): each may be an item
# of an accessibility plan's list, one a line; a bar holds two or more on one line, or one in 【】.
_ACCESS = r"(?:老年模式|读屏专用|盲人通道|大鼠标|放大镜|纯文本|进入关怀版|退出关怀版|关怀版|无障碍|退出无障碍|页面纠错|我要评价|我要留言|我要纠错)"
_ACCESS_ROW = regex.compile(rf"^{_ACCESS}(?:[\s\u3000|｜/·]++{_ACCESS}){{1,7}}$|^[【\[]{_ACCESS}[】\]]$")


def access_bar(line: str) -> bool:
    """Two or more accessibility or interaction buttons on one line, or one in brackets (at a page's edge only).

    >>> access_bar("老年模式  |  读屏专用  |  大鼠标"), access_bar("【我要评价】"), access_bar("老年模式"), access_bar("打印、关闭")
    (True, True, False, False)
    """
    return _ACCESS_ROW.match(line.strip()) is not None


# --- widgets glued to a line of the document ----------------------------------------------

# A run of bracketed cells at a line's start: 【打印】【关闭】 / [关闭窗口] (each cell short).
_BRACKET_RUN = regex.compile(r"^[\s\u3000]*+(?:[【\[〔「『(\uff08]\s*+[^\s【】\[\]〔〕「」『』()\uff08\uff09]{1,8}+\s*+[】\]〕」』)\uff09][\s\u3000]*+)++")
# The signature's date opening a line, something after it.
_LEAD_DATE = regex.compile(r"^[\s\u3000]*+(?:19|20)[0-9]{2}\s*+年\s*+[0-9]{1,2}\s*+月\s*+[0-9]{1,2}\s*+日(?=[\s\u3000]*+\S)")


# The run is the sentence's subject (【分享】【评论】三个按钮应…, 【打印】【关闭】按钮应…): a spec's words.
_BRACKETS_SUBJECT = regex.compile(r"[\s\u3000]*+(?:[一二三四五六七八九十两0-9]++(?:个|项|种)|按钮|按键|图标|功能|字样|链接|栏目|等|应|须|均)")


def bracket_lead(line: str, is_widget) -> int:
    """Where the document's text starts after a run of bracketed widgets glued before it, or 0:
    the run must be widgets (``is_widget``) and a line of the document's follow.

    >>> bracket_lead("【打印】【关闭】为切实做好春季农业生产工作", lambda s: "打印" in s), bracket_lead("【政策解读】关于印发…", lambda s: False)
    (8, 0)
    """
    m = _BRACKET_RUN.match(line)
    if m is None or size(line[m.end():]) < 6 or _BRACKETS_SUBJECT.match(line, m.end()) or not is_widget(m.group().strip()):
        return 0
    return m.end()


def after_lead_date(line: str, is_widget) -> int:
    """Where a widget glued after a line's leading date starts (2024年3月5日　【打印】【关闭】), or 0.

    >>> after_lead_date("2024年3月5日　【打印】【关闭】", lambda s: "打印" in s), after_lead_date("2024年3月5日召开会议", lambda s: False)
    (9, 0)
    """
    m = _LEAD_DATE.match(line)
    return m.end() if m is not None and is_widget(line[m.end():].strip()) else 0
