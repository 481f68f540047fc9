"""Breadcrumb trails, for rules/chrome.py: which lines of a page are its navigation trail.

A trail is told by its shape, whatever the site's wording and separator: a label that
says where the reader is (当前位置, 您所在的位置, 当前栏目 … any short label ending on
位置/栏目/导航 and a colon), or a home link (首页, 主页, 网站首页) followed by a separator of
any kind (> » › → ＞ / | - — · ::; an English template's Home too), then short items with no sentence in them; without a
label or a home link, three or more short Chinese items on arrows at the page's top. A
trail may also come one token per line (首页 / > / 通知公告). Nothing here changes text.
"""

from __future__ import annotations

import regex

from cleaner.docmodel import Line, is_prose, size

ANY_SPACE = regex.compile(r"\s++")
# A label of the reader's place: 当前位置 / 您现在所在的位置 / 当前栏目 / 网站导航 and a colon.
# An icon may stand before it (▌ ◎ 📍: any symbol by category); an English template says "You are here:".
_CRUMB_LABEL = regex.compile(r"^[\p{So}\p{Sm}\s]*+(?:\p{Han}{0,8}?(?:位置|栏目|导航)\s*+(?:[:\uff1a]|(?=(?:网站)?+(?:首\s*+页|主页)))"
                             r"|(?i:you\s++are\s++here|(?:current\s++)?+location)\s*+[:\uff1a])")
_SEPARATORS = r"(?:&gt;|::|[>»›→\uff1e\u3009/|｜\-—–·•]++)"  # 〉 only after a label or a home link
_CRUMB_SEP_LINE = regex.compile(rf"^{_SEPARATORS}$")
# A home link, then a separator (any kind: the home link is the cue, not the arrow).
_HOME_CRUMB = regex.compile(rf"^(?:(?:网站|返回)?+(?:首\s*+页|主页)|(?i:home(?:\s*+page)?+)(?![A-Za-z]))\s*+(?:[-=]*+[>»›→\uff1e]|{_SEPARATORS})")
# Three or more short items strung on arrows ("政务公开 -> 通知公告 > 正文", "政务公开 :: 通知公告 :: 正文"):
# the shape of a trail even without its 首页; a slash, a bar and a lone hyphen are left out
# (dates, paths and toggles have them).
_ARROW_SEP = r"\s*+(?:[-=]*+[>»›→\uff1e]++|::|\s[-—]\s)\s*+"
_ARROW_TRAIL = regex.compile(rf"^[^\s>»›→\uff1e:]{{1,15}}+(?:{_ARROW_SEP}[^\s>»›→\uff1e:]{{1,15}}+){{2,}}+$")
_ARROW = regex.compile(_ARROW_SEP)
_CRUMB_SEPARATORS = (">", "»", "›", "/", "&gt;", "→", "\uff1e", "\u3009", "::", " - ", " — ", "|", "｜")
_SPACES = regex.compile(r"\s*+")


def arrow_trail(line: str) -> bool:
    """Short named items on arrows: every item holds Chinese ("温度 > 30 > 25" is a comparison),
    and none is a label ("办理流程：申请 > 受理 > 审核" is a process the document states).

    >>> arrow_trail("政务公开 -> 通知公告 > 正文"), arrow_trail("温度 > 30 > 25"), arrow_trail("政务公开 :: 通知公告 :: 正文")
    (True, False, True)
    """
    return (_ARROW_TRAIL.match(line) is not None and "\uff1a" not in line
            and all(regex.search(r"\p{Han}", item) for item in _ARROW.split(line)))


def last_crumb(line: str) -> str:
    """The last item of a trail line: what follows its last separator (and the spaces after it).

    Found from the right, not by splitting the line: a split tries a space pattern at
    every position of a long space run.

    >>> last_crumb("首页 > 政务公开 >  通知公告 "), last_crumb("网站首页 - 信息公开 - 通知公告")
    ('通知公告', '通知公告')
    """
    last = line.strip()
    cut = max((last.rfind(sep) + len(sep) for sep in _CRUMB_SEPARATORS if sep in last), default=0)
    return last[_SPACES.match(last, cut).end():] if cut else last


# A document's kind closing an item (政府工作报告, 实施方案): a title, not a column name (通知公告).
_TITLE_END = regex.compile(r"(?:报告|通知|意见|方案|办法|要点|总结|规划|决定|通报|细则|规定|纪要)$")


def title_like(line: str) -> bool:
    """A document's title, not a column name (通知公告, 工作动态): longer, or 关于…, or 《…》.

    >>> title_like("通知公告"), title_like("关于开展检查的通知")
    (False, True)
    """
    bare = "".join(line.split())
    return len(bare) > 10 or line.startswith("\u5173\u4e8e") or "\u300a" in line or (len(bare) >= 6 and _TITLE_END.search(bare) is not None)


def glued_title(line: Line, next_line: str = "") -> int:
    """Where a title starts inside a trail's last item ("首页 > 通知公告  关于开展检查的通知"), or 0.

    The last item itself is the title when it names a document's kind and is not repeated on
    the next line ("网站首页 » 通知公告 »　2017政府工作报告" is the trail glued to the title line).

    >>> from cleaner.docmodel import lines
    >>> glued_title(lines("网站首页 » 通知公告 »\u30002017政府工作报告")[0]), glued_title(lines("首页 > 通知公告")[0])
    (14, 0)
    >>> glued_title(lines("首页 > 通知公告 > 2017政府工作报告")[0], "2017政府工作报告")
    0
    """
    last = last_crumb(line.text)
    gap = ANY_SPACE.search(last)
    if gap is not None and title_like(last[gap.end():]):
        return line.text.rfind(last) + gap.end()
    if gap is None and title_like(last) and last not in next_line:  # 2024年…政府工作报告 below: the trail goes whole
        return line.text.rfind(last)
    return 0


def after(doc: list[Line], i: int, index: int) -> int:
    """The position in ``doc``, from ``i`` on, of the first line past line number ``index``."""
    while i < len(doc) and doc[i].index <= index:
        i += 1
    return i


def crumb_run(doc: list[Line], i: int, first_prose: int) -> list[Line]:
    """The lines of a breadcrumb trail starting at ``doc[i]``, or [].

    >>> from cleaner.docmodel import lines
    >>> [l.text for l in crumb_run(lines("您所在的位置：主页 >> 部门文件\\n标题"), 0, 2)]
    ['您所在的位置：主页 >> 部门文件']
    >>> crumb_run(lines("位置：本市东部，面积120平方公里。"), 0, 0)
    []
    """
    first = doc[i].text.strip()
    labelled = _CRUMB_LABEL.match(first)
    if (labelled and size(first) <= 120 and not is_prose(first[labelled.end():]) and not _sentence(first)
            and _trail_after_label(first[:labelled.end()], first[labelled.end():], i < first_prose)):
        run = [doc[i]]
        if first[labelled.end():].strip():
            return run  # the whole trail is on this line
        j = i + 1
    elif _HOME_CRUMB.match(first) and size(first) <= 120 and not is_prose(first) and not _sentence(first):
        return [doc[i]]
    elif (arrow_trail(first) and size(first) <= 120 and not is_prose(first) and i < min(first_prose, 4)
          and not (i and doc[i - 1].text.rstrip().endswith(("\uff1a", ":")))):
        return [doc[i]]  # without 首页 or a label: at the page's top, and not a flow a lead-in announces
    elif first in ("首页", "主页", "网站首页") and i + 1 < len(doc) and _CRUMB_SEP_LINE.match(doc[i + 1].text.strip()):
        run, j = [], i
    else:
        return []
    # one token per line: item, separator, item, ... ending on an item
    if j < len(doc) and _is_crumb_item(doc[j].text):
        run.append(doc[j])
        j += 1
        while j + 1 < len(doc) and _CRUMB_SEP_LINE.match(doc[j].text.strip()) and _is_crumb_item(doc[j + 1].text):
            run += [doc[j], doc[j + 1]]
            j += 2
    return run if len(run) >= 2 else []


_SENTENCE_MARK = regex.compile(r"[\u3002\uff0c\uff1b\uff01\uff1f;!?]")


def _sentence(line: str) -> bool:
    """A trail holds no sentence mark (位置：本市东部，面积… is a description)."""
    return _SENTENCE_MARK.search(line) is not None


# A label that says "where you are now" (当前位置, 您的位置, 当前栏目), not any place (活动位置, 地理位置).
_HERE_LABEL = regex.compile(r"(?:当前|目前|现在|您|你|(?i:you|current))")
_STRONG_SEP = regex.compile(r"[>»›→\uff1e\u3009]|::|&gt;")
_HOME = regex.compile(r"^(?:网站|返回)?+(?:首\s*+页|主页)|^(?i:home)")


def _trail_after_label(label: str, rest: str, in_head: bool) -> bool:
    """What follows a place label is a trail: nothing (the trail's items come one a line), a home link,
    or items on arrows; after a "where you are" label also items on any separator, or one short
    column name in the page's head. 活动位置：市民中心三楼 is a place the document names.

    >>> _trail_after_label("活动位置：", "市民中心三楼多功能厅", True), _trail_after_label("当前位置：", "通知公告", True)
    (False, True)
    >>> _trail_after_label("位置：", "首页 - 通知", False), _trail_after_label("所在位置：", "A区 > B栋", False)
    (True, True)
    """
    rest = rest.strip()
    if not rest or _HOME.match(rest) or _STRONG_SEP.search(rest):
        return True
    here = _HERE_LABEL.search(label) is not None
    return here and (regex.search(_SEPARATORS, rest) is not None or (in_head and size(rest) <= 10))


def _is_crumb_item(text: str) -> bool:
    text = text.strip()
    return 0 < size(text) <= 20 and not is_prose(text)
