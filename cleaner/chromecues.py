"""Shapes of page furniture that a word list alone does not catch, for rules/chrome.py.

A page wraps its document in small pieces of furniture whose wording varies from site to
site but whose *shape* does not: a counter is a viewing noun, a colon and a number
("阅读：1234", "【点击：】", "您是第123位访客"); an editor's note is an editorial role, a colon
and a name ("（责任编辑：张三 校对：李四）"); a QR label says only "scan" and "view on the
phone / share"; a date bar is a date with its weekday and the weather; a link to the
neighbouring article is 上一篇/下一篇 and a title; a hot-word bar is its label and a few
short words. Each test is a whole-segment shape (nothing else may stand in the segment),
so a sentence that merely mentions 阅读, 编辑 or 扫码 never matches: it holds more.
Nothing here changes text; the rules decide with the position as one more cue.
"""

from __future__ import annotations

import unicodedata

import regex

from cleaner import data, pagebits, pageparts
from cleaner.scanning import Tiling
from cleaner.textutil import alternation

# A site footer's strong words (Copyright, ICP备, 公网安备, 网站标识码): the chrome rules remove such a line,
# and the ad rules leave it to them.
FOOTER_STRONG = regex.compile(alternation(data.phrases("footer_strong")))

# Traditional furniture characters folded to simplified ones (one for one: offsets stay), so one
# vocabulary reads both scripts.
_TRAD = str.maketrans(dict(data.table("chrome_trad")))


def simplified(text: str) -> str:
    """``text`` with the traditional characters of page furniture folded to simplified ones.

    >>> simplified("列印 | 關閉 | 瀏覽人次：12")
    '列印 | 关闭 | 浏览人次：12'
    """
    return text.translate(_TRAD)


# A strong widget word (打印, 分享到, 字体, 浏览次数 …): read from data/chrome_strong.txt, the one
# list; the chrome rules and the metadata rules (a counter is no field of the document) share it.
WIDGET_WORD = regex.compile(alternation(data.phrases("chrome_strong")))

_OPEN = r"[\[【\uff08(〖『]?+\s*+"
_CLOSE = r"\s*+[\]】\uff09)〗』]?+"
_COLON = r"\s*+[:\uff1a]?+\s*+"

# A viewing noun with an optional count: 阅读：1234 / 浏览次数: / 点击量 56 次 / 本站访问量：9480377.
_COUNTER = regex.compile(
    _OPEN + r"(?:本站|本页|本文|文章|总|累计|已)?+(?:阅读|浏览|点击|点阅|访问|查看|人气|关注|热度)(?:次数|人次|人数|数|量|率)?+"
    + _COLON + r"[0-9,.]*+\s*+万?+\+?+\s*+(?:次|人次)?+" + _CLOSE
)
# Without a count, only a viewing noun proper ("阅读：", "【点击：】"), not 查看： or 关注：.
_BARE_COUNTER = regex.compile(_OPEN + r"(?:本站|本页|本文|文章|总|累计)?+(?:阅读|浏览|点击|访问|人气)(?:次数|人次|数|量)?+\s*+[:\uff1a]" + _CLOSE)
# The count first: 1234次阅读 / 已有56人浏览 / 阅读量 1.2万.
_COUNT_FIRST = regex.compile(_OPEN + r"(?:已有|共有|共)?+\s*+[0-9][0-9,.]*+\s*+万?+\s*+(?:次|人次|人)已?+(?:阅读|浏览|点击|访问|查看)过?+" + _CLOSE)
# The verb first: 本文已被浏览 1234 次 / 已阅读56次 / 被点击 7 次.
_VERB_COUNT = regex.compile(_OPEN + r"(?:本文|本页|此文|该文)?+(?:已经被|已被|已|被|共被)?+(?:阅读|浏览|点击|访问|查看)过?+\s*+"
                            r"[0-9][0-9,]*+\s*+(?:次|人次)" + _CLOSE)
_VISITOR = regex.compile(_OPEN + r"(?:您是|你是)?+(?:本站|本网)?+第\s*+[0-9,]++\s*+(?:位|个|名)(?:访客|访问者|浏览者|读者)" + _CLOSE)

# An editorial role, a colon and a name (or two): the credit line of a news page.
_ROLE = r"(?:责任编辑|值班编辑|网络编辑|来源编辑|责编|编辑|编审|校对|审核|审校|终审|初审|复审|[一二三]审|签发|供稿|撰稿|审稿|核稿)"
_CREDIT = regex.compile(
    _OPEN + _ROLE + r"\s*+[:\uff1a]\s*+\p{Han}{2,4}+(?:[\s\u3000、,\uff0c]++(?!" + _ROLE + r")\p{Han}{2,4}+)?+"
    + r"(?:[\s\u3000|｜]++" + _ROLE + r"\s*+[:\uff1a]\s*+\p{Han}{2,4}+)*+" + _CLOSE
)
_BRACKETED = regex.compile(r"^[\[【\uff08(〖『].*[\]】\uff09)〗』]$")
_NEWSROOM = regex.compile(r"^" + _OPEN + r"(?:责任编辑|值班编辑|网络编辑|来源编辑|责编|编审)")

# A QR or share label: made only of these words (scan, the code, the phone, view, share).
_QR_WORDS = Tiling(
    ["扫一扫", "扫描", "扫码", "手机扫", "微信扫", "二维码", "用微信", "用手机", "微信", "手机", "手机上", "在手机", "在手机上",
     "打开", "查看", "浏览", "阅读", "分享", "分享至", "分享到", "转发", "转发到", "好友", "和", "朋友圈", "长按", "识别", "图中", "关注", "我们", "当前页", "当前页面",
     "本页", "本文", "此页", "页面", "手机版", "看", "随时", "文章", "移动端", "下载", "客户端", "至", "到"],
    r"[\s|｜/·:\uff1a【】\[\]()\uff08\uff09]",
)
# A label framed by one symbol on both sides (◆ 扫码在手机上阅读 ◆); one before it alone is a list's bullet
# (▶ 长按识别图中二维码, a step of the document's).
_FRAME = regex.compile(r"^(\p{So})\s*+(.+?)\s*+\1$")
_SCAN = regex.compile(r"扫一扫|扫描|扫码|手机扫|微信扫|二维码")


def scan_prompt(line: str) -> bool:
    """Whether ``line`` speaks of scanning a code (扫一扫在手机打开当前页)."""
    return _SCAN.search(line) is not None


# A pop-up's text: 您即将离开本网站，是否继续？ / 温馨提示：您将要离开XX政府网站 (and its buttons, if any).
_LEAVING = regex.compile(r"^(?:温馨提示\s*+[:\uff1a]?+\s*+)?+(?:(?:您|你)(?:访问的链接|所访问的页面|点击的链接)?+)?+(?:即将|将要|正在)离开"
                      r"[\u201c\"]?+\p{Han}{0,16}?[\u201d\"]?+(?:网站|本站|网页|页面)")
# 您即将访问外部链接: a campaign's sentence may open so; a pop-up's only with its buttons below (rules/chrome.py).
_VISITING = regex.compile(r"^(?:温馨提示\s*+[:\uff1a]?+\s*+)?+(?:您|你)?+(?:即将|将要|正在)访问(?:的是)?+(?:非本站|外部|第三方|其他)(?:链接|网站|页面)")

# Advice on the browser or the screen: 建议使用IE8以上浏览器，1024×768分辨率浏览.
_BROWSER = regex.compile(r"(?:建议|推荐|最佳)[^\u3002\uff0c,]{0,16}?(?:浏览器|分辨率)")

# ... with a technical detail: a browser's name or version, a resolution (建议使用国产浏览器开展办公
# is a document's advice, not a footer's).
_SCREEN_TECH = regex.compile(r"IE|Chrome|Firefox|Edge|谷歌|火狐|以上|版本|分辨率|[0-9]{3,4}\s*+[×xX*]\s*+[0-9]{3,4}")

# A date bar: a date with its weekday, and the weather, a temperature, the lunar date or a greeting.
_DATE = r"[0-9]{4}\s*+(?:年\s*+[0-9]{1,2}\s*+月\s*+[0-9]{1,2}\s*+日|[-/.][0-9]{1,2}[-/.][0-9]{1,2})"
_WEEKDAY = r"(?:星期|礼拜|周)[一二三四五六日天]"
_TEMP = r"-?[0-9]{1,2}\s*+(?:℃|°C|°|度)?+\s*+[~～\-至]\s*+-?[0-9]{1,2}\s*+(?:℃|°C|°|度)|-?[0-9]{1,2}\s*+(?:℃|°C|度)"
_WEATHER = r"(?:晴|多云|阴|小雨|中雨|大雨|暴雨|阵雨|雷阵雨|雨夹雪|小雪|中雪|大雪|雾|霾|转){1,4}+"
_LUNAR = r"农历\p{Han}{2,6}+"
_GREETING = r"(?:您好|你好)?+[!\uff01,\uff0c]?+\s*+(?:今天是|今日|今天)\s*+[:\uff1a]?+"
_BAR_TOKEN = regex.compile(f"{_DATE}|{_WEEKDAY}|{_TEMP}|{_WEATHER}|{_LUNAR}|{_GREETING}")
_BAR_FILLER = regex.compile(r"[\s|｜/·,\uff0c()\uff08\uff09\[\]【】]*+")

# 上一篇：<title> / 下一篇：<title>: a link to the neighbouring article.
_NEIGHBOUR = regex.compile(r"^(?:[<\[【〔(\uff08«‹◀]\s*+)?+(?:上一|下一|前一|后一|上|下)(?:篇|条|则)(?:文章|信息|新闻|稿件)?+"
                          r"\s*+(?:[\]】〕)\uff09]\s*+)?+[:\uff1a>»›]?+")
# 热词：乡村振兴 营商环境: the label of a hot-word bar, then short words.
_HOTWORDS = regex.compile(
    r"^(?:热词|热搜|热搜词|热门搜索|热点搜索|热门关键词|热门关键字|搜索热词|热门标签|热点词)\s*+[:\uff1a]\s*+"
    r"\p{Han}{2,8}+(?:[\s\u3000、|｜,\uff0c]++\p{Han}{2,8}+)++\s*+$"
)


def furniture(segment: str) -> str | None:
    """What kind of page furniture ``segment`` wholly is, or None.

    >>> furniture("【点击：】"), furniture("（责任编辑：张明 校对：李华）"), furniture("扫描二维码在手机上浏览")
    ('view counter', 'editor credit', 'QR or share label')
    >>> furniture("阅读：123 | 评论：4 | 点赞：5"), furniture("男：12 女：15")
    ('view counter', None)
    >>> furniture("阅读全文并填写报名表"), furniture("扫码关注公众号获取政策原文"), furniture("审核：李华"), furniture("阅读")
    (None, None, None, None)
    """
    s = segment.strip()
    if not s or len(s) > 60:
        return None
    if _counter(s) or _counter_bar(s):
        return "view counter"  # a bare 阅读 is a word; with its colon or a count, a counter
    if (_CREDIT.fullmatch(s) and (_BRACKETED.match(s) or _NEWSROOM.match(s) or s.count(":") + s.count("\uff1a") >= 2)
            and not (regex.search(r"[一二]审", s) and "三审" not in s)):  # 一审：…二审：… alone is a case's two instances
        return "editor credit"  # "审核：李华" alone may sign a form; bracketed or newsroom roles do not
    if _SCAN.search(s) and _QR_WORDS.covers(_FRAME.sub(r"\2", s)):
        return "QR or share label"
    if _LEAVING.match(s):
        return "leaving-the-site notice"
    return pagebits.page_box(s)


def line_furniture(line: str, in_head: bool) -> str | None:
    """What kind of furniture a whole line is: a ``furniture`` segment, a link to the
    neighbouring article, a hot-word bar, or (only in the page's head) a date bar.

    >>> line_furniture("上一篇：关于防汛的通知", False), line_furniture("2026年11月30日 星期一 晴", False)
    ('link to the neighbouring article', None)
    """
    s = line.strip()
    if kind := furniture(s):
        return kind
    if neighbour_link(s):
        return "link to the neighbouring article"
    if hotword_bar(s):
        return "hot-word bar"
    if pageparts.template_remnant(s):
        return "template code left as text"
    if pageparts.pager(s):
        return "pager"
    if kind := pageparts.letter_widget(s):
        return kind
    if in_head and pageparts.nav_bar(s):
        return "navigation bar"
    return "date and weather bar" if in_head and date_bar(s) else None


def visiting(line: str) -> bool:
    """您即将访问外部链接…: the text of a pop-up only when its buttons follow (see rules/chrome.py)."""
    return _VISITING.match(line.strip()) is not None


_EDGE_COUNT = regex.compile(r"\+|^\s*+[\[【\uff08(]?+已|留言|万.*[0-9].*万")


def edge_counter(line: str) -> bool:
    """A count a report may give of its own (阅读量10万+, 已浏览 300万次, 共有1200条留言, 120万次  56万次):
    a page's counter only at the page's edges, never inside the body."""
    return _EDGE_COUNT.search(line) is not None


def _counter(s: str) -> bool:
    counted = _COUNTER.fullmatch(s) is not None and regex.search(r"[0-9]", s) is not None
    return counted or any(p.fullmatch(s) for p in (_BARE_COUNTER, _VISITOR, _COUNT_FIRST, _VERB_COUNT, *pagebits.COUNTERS))


_BAR_ONLY = regex.compile(r"\s*+[|｜丨]\s*+|\s{2,}+|\u3000++")
_BAR_SEP = regex.compile(r"\s*+[|｜丨/·]\s*+|\s++")
_COUNT_PAIR = regex.compile(r"[\[【\uff08(]?+\p{Han}{1,4}+\s*+[:\uff1a]?+\s*+[0-9][0-9,]*+\s*+次?+[\]】\uff09)]?+"
                         r"|\p{Han}{1,4}+\s*+[(\uff08\[【][0-9][0-9,]*+[)\uff09\]】]")
# A space before a bracketed count joins it to its label (阅读 (12) is one cell of the bar).
_SPACED_COUNT = regex.compile(r"(?<=\p{Han})\s++(?=[(\uff08\[【][0-9])")


def _counter_bar(s: str) -> bool:
    """Counters side by side: 阅读：123 | 评论：4 | 点赞：5 (every part a label and a count, one a
    viewing counter)."""
    barred = [p.strip() for p in _BAR_ONLY.split(s) if p.strip()]  # Read 12 times | Print: a bar of whole cells
    if 2 <= len(barred) <= 6 and all(_counter(p) or _button_cell(p) for p in barred) and any(_counter(p) for p in barred):
        return True
    parts = [p for p in _BAR_SEP.split(_SPACED_COUNT.sub("", s)) if p]
    # A page button may stand in the bar (阅读 (12) | Print, 【打印】 | 点击数：56): a widget word alone in its cell.
    return (2 <= len(parts) <= 6 and all(_COUNT_PAIR.fullmatch(p) or _button_cell(p) for p in parts)
            and any(_counter(p) for p in parts))


def _button_cell(cell: str) -> bool:
    bare = cell.strip("[]【】()\uff08\uff09")
    return bool(bare) and (WIDGET_WORD.fullmatch(bare) is not None or pageparts.letter_widget(bare) == "English buttons")


def date_bar(line: str) -> bool:
    """A portal's date bar: a date, its weekday, and weather, a temperature, the lunar date or
    a greeting; nothing else.

    >>> date_bar("2026年11月30日 星期一 晴 5℃"), date_bar("今天是：2024-10-10 周六"), date_bar("2021年3月5日（星期五）")
    (True, True, False)
    """
    s = line.strip()
    if len(s) > 60:
        return False
    kinds, pos = set(), 0
    for m in _BAR_TOKEN.finditer(s):
        if _BAR_FILLER.fullmatch(s, pos, m.start()) is None:
            return False
        token = m.group()
        kinds.add("date" if regex.match(_DATE, token) else "week" if regex.match(_WEEKDAY, token) else "extra")
        pos = m.end()
    # 今天是 + a date alone is a speech's line (round-14 review): the weekday stays required.
    return _BAR_FILLER.fullmatch(s, pos) is not None and kinds == {"date", "week", "extra"}


def neighbour_link(line: str) -> bool:
    """A link to the previous or next article: 上一篇 and a title, without a sentence in it.

    >>> neighbour_link("上一篇：关于做好春季森林防火的通知"), neighbour_link("上一篇文章讲了三点。")
    (True, False)
    >>> neighbour_link("[上一篇] 关于防汛的通知"), neighbour_link("« 上一篇　关于防汛的通知"), neighbour_link("上篇　总则")
    (True, True, False)
    """
    s = line.strip()
    m = _NEIGHBOUR.match(s)
    return bool(m) and len(s) <= 120 and regex.search(r"[\u3002\uff01\uff1f\uff1b;]", s) is None and (
        m.end() < len(s) and (s[m.end() - 1] in ":\uff1a>»›]】〕)\uff09" or s[m.end()] in " \u3000"
                              or (s[m.end() - 1].isspace() and ("一" in m.group() or s[0] in "<[【〔(\uff08«‹◀"))))


def hotword_bar(line: str) -> bool:
    """A hot-word bar: its label, a colon and two or more short words.

    >>> hotword_bar("热词：乡村振兴 营商环境 医保"), hotword_bar("热词：指网上搜索较多的词语。")
    (True, False)
    """
    return _HOTWORDS.match(line.strip()) is not None or pagebits.tag_bar(line)


# --- link boxes (trails are in cleaner/crumbs.py) ---------------------------------------------

# A link box's heading: a "which links" word and a "what they are" word (相关报道, 热点新闻,
# 猜你喜欢, 推荐阅读 ...), alone on its line. The headings a CMS's own related-links box uses
# (相关链接, 相关附件 ...) count anywhere on the page; the others only after the last sentence,
# where a page's link boxes stand (a bulletin may have a section 热点新闻 of its own).
_RELATED_HEAD = regex.compile(
    r"^[【\[]?(?:(?:相关|关联|热点|热门|精彩|最新|延伸|更多|推荐|猜你)(?:链接|报道|文档|附件|新闻|阅读|稿件|文章|解读|推荐|喜欢|发布|专题|文件))"
    r"[】\]]?\s*+(?:[:\uff1a]|>>|》》|更多)?\s*+$"
)
_CMS_HEAD = regex.compile(r"^[【\[]?(?:相关(?:链接|报道|文档|附件|新闻|阅读|稿件|文章|解读)|延伸阅读)[】\]]?\s*+(?:[:\uff1a]|>>|》》)?\s*+$")


def related_heading(line: str, in_tail: bool = True) -> bool:
    """The heading of a box of links to other pages (相关链接>>, 【猜你喜欢】, 热点新闻：).

    >>> related_heading("【猜你喜欢】"), related_heading("相关信息："), related_heading("热点问题解答")
    (True, False, False)
    >>> related_heading("热点新闻", in_tail=False), related_heading("相关链接>>", in_tail=False)
    (False, True)
    """
    return _CMS_HEAD.match(line) is not None or (in_tail and _RELATED_HEAD.match(line) is not None)


# A signature date, also a damaged one ("202018日", "2020年3月"), still below its organisation.
# A damaged date too: 2024年4日12月, 2023、7、10, ２０２３．７．１０ (any separator a typist or converter leaves).
_DATE_LIKE = regex.compile(
    r"^(?:19|20|\uff11\uff19|\uff12\uff10)[0-9\uff10-\uff19]{2}"
    r"[0-9\uff10-\uff19年月日号\-./\s\u3001\uff0c,\uff0e\u3002\u00b7\u2013\u2014~\uff5e]{1,9}+$")
# Words only a web site says of itself ("主办单位 / 承办单位" alone are an event's organisers).
SITE_CUE = regex.compile(r"网站|本站|浏览器|分辨率|访客|维护")


def date_like(line: str) -> bool:
    """A line that reads as a date in digits, even with a character lost.

    >>> date_like("202018日"), date_like("2021年3月26日"), date_like("2021年工作要点"), date_like("2023\u30017\u300110")
    (True, True, False, True)
    """
    return _DATE_LIKE.match(line.strip()) is not None


def browser_advice(line: str) -> bool:
    """A footer's advice on the browser or screen resolution, alone on a short line.

    >>> browser_advice("建议使用IE8以上浏览器，1024×768分辨率浏览"), browser_advice("建议使用国产浏览器和操作系统开展办公")
    (True, False)
    """
    s = line.strip()
    return (len(s) <= 80 and regex.search(r"[\u3002\uff01\uff1f\uff1b;]", s) is None and _BROWSER.search(s) is not None
            and _SCREEN_TECH.search(s) is not None)


def loose(s: str) -> str:
    """``s`` compared loosely: full and half width alike (NFKC), spaces dropped.

    >>> loose("关于开展检查（试行）的通知") == loose("关于开展检查 (试行) 的通知")
    True
    """
    return "".join(unicodedata.normalize("NFKC", s).split())


# --- widget lines (moved here from rules/chrome.py) -------------------------------------------

ANY_SPACE = regex.compile(r"\s++")
_WEAK_SHARE = regex.compile(r"微信|微博|QQ|朋友圈|豆瓣|钉钉")


# A row of buttons whatever their wording: short cells between brackets or separators, each
# holding a button's word (打印此文, 关闭此页, 字号调整, 放大, 超大), one of them a strong one.
_CELL_SPLIT = regex.compile(r"[【】\[\]『』〔〕「」〖〗()\uff08\uff09|｜/\s:\uff1a]++")
_BUTTON = regex.compile(r"打印|关闭|收藏|分享|字体|字号|文字|纠错|顶部|返回|放大|缩小|默认|超大|扫一扫|复制|转发|保存|[大中小]|[TA][+\-]?")
_STRONG_BUTTON = regex.compile(r"打印|关闭|收藏|分享|字体|字号|纠错|扫一扫")


def button_row(segment: str) -> bool:
    """A row of page buttons in any wording: two or more short cells, each a button's word.

    >>> button_row("【字体 放大 缩小】【关闭此页】【打印】"), button_row("『字号调整默认 大 超大』  『返回顶部』")
    (True, True)
    >>> button_row("【打印】"), button_row("关闭 违法企业"), button_row("收藏家 大会")
    (False, False, False)
    """
    cells = [c for c in _CELL_SPLIT.split(segment.strip()) if c]
    if not 2 <= len(cells) <= 12 or len(segment) > 80:
        return False
    if not all(len(c) <= 8 and _BUTTON.sub("", c) in ("", "此页", "此文", "本页", "本文", "文章", "窗口", "我要", "调整", "到", "至",
                                                                   "上页", "列表", "加入", "首页")
               for c in cells):
        return False
    return sum(_STRONG_BUTTON.search(c) is not None for c in cells) >= 1 and sum(len(c) > 1 for c in cells) >= 1


# A line that names the site's owner: 本网站由XX市人民政府办公室主办.
SITE_OWNER = regex.compile(r"^(?:本网站|本站|本网)由\p{Han}{2,30}+(?:主办|承办|维护|建设|提供|负责)")
# A footer's pairs: a footer word and a colon (主办：… 维护：… 技术支持：…).
_FOOTER_PAIR = regex.compile(r"(?:网站)?(?:主办|承办|协办|维护|技术支持|运维|管理)(?:单位)?\s*+[:\uff1a]")


def footer_pairs(line: str) -> int:
    """How many footer pairs (主办：…, 维护：…, 技术支持：…) a line holds.

    >>> footer_pairs("主办:北平区人民政府  维护：北平区信息中心"), footer_pairs("主办单位：市卫健委")
    (2, 1)
    """
    return len(_FOOTER_PAIR.findall(line))


def widget_text(line: str, shape: Tiling) -> str | None:
    """The line as widget words, or None: as it stands, or with its spaces closed up when a
    page letter-spaces its buttons ("【打 印】【关 闭】").

    >>> widget_text("【打 印】", Tiling(["打印"], r"[\\s【】]"))
    '【打印】'
    """
    stripped = simplified(line.strip())
    if shape.covers(stripped):
        return stripped
    wide = unicodedata.normalize("NFKC", stripped).upper()  # ＴＯＰ, Ａ＋, Print: the labels in one dress
    if wide != stripped and shape.covers(wide):
        return wide
    closed = ANY_SPACE.sub("", stripped)
    if closed != stripped and len(closed) <= 40 and shape.covers(closed):
        return closed
    return closed if button_row(stripped) else None


def enough_widget(tail: str, strong_re: regex.Pattern) -> bool:
    """Two widget words (打印 + 关闭, 分享 + its targets), or one of four characters or more
    (扫一扫在手机打开当前页, 打印本页): a lone 关闭 or 下载 after a sentence is a table cell.

    >>> enough_widget("【打印】【关闭】", regex.compile("打印|关闭")), enough_widget("关闭", regex.compile("打印|关闭"))
    (True, False)
    """
    words = [m.group() for m in strong_re.finditer(tail)]
    return len(words) >= 2 or any(len(w) >= 4 for w in words) or (
        bool(words) and _WEAK_SHARE.search(tail) is not None)
