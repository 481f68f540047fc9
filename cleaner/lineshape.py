"""The shape of a line, read without any list of chrome words: what is in it, not what it says.

A page's chrome and metadata are told from the document by cues every kind of them shares,
whatever the site calls its widgets: a line with no Han character and no word at all (a
page number, a rule drawn with marks), a line that is only an address or a file name, a
row of short cells joined by separators with a date among them, a record of ASCII
``key: value`` pairs. Each function here answers for one line; the rules combine the
answer with where the line stands (see :mod:`cleaner.docmodel` zones) before they remove
anything.
"""

from __future__ import annotations

import unicodedata

import regex

from cleaner import labels
from cleaner.textutil import parse_date

_HAN = regex.compile(r"\p{Han}")
_LETTER = regex.compile(r"[A-Za-z\uff21-\uff3a\uff41-\uff5a]")
_SENTENCE = regex.compile(r"[。\uff01\uff1f\uff1b\uff0c,;!?]")

# A page number as a printed page shows it: the number alone or between dashes / dots, "n / m",
# "第 n 页", "Page n of m". Digits may be full width (NFKC reads them).
_PAGE_NUMBER = regex.compile(
    r"[-\u2014\u2013\u2012\u2212\u00b7\u30fb\u2022\s]*+[0-9]{1,3}+[-\u2014\u2013\u2012\u2212\u00b7\u30fb\u2022\s]*+"
    r"|[0-9]{1,3}+\s*+/\s*+[0-9]{1,3}+|第\s*+[0-9]{1,3}+\s*+页|Page\s++[0-9]{1,3}+(?:\s++of\s++[0-9]{1,3}+)?+",
    regex.IGNORECASE)


def mark_line(line: str) -> str | None:
    """What a line without any Han character or letter is: a page number or a drawn rule, else None.

    Neither carries a word, so removing it can lose no content.

    >>> mark_line("— 3 —"), mark_line("－３－"), mark_line("* * * *"), mark_line("==========")
    ('page number', 'page number', 'drawn rule', 'drawn rule')
    >>> mark_line("3 / 12"), mark_line("第 3 页"), mark_line("2021"), mark_line("9:00-12:00"), mark_line("一、")
    ('page number', 'page number', None, None, None)
    """
    s = unicodedata.normalize("NFKC", line).strip()
    if not s or len(s) > 80:
        return None
    if _PAGE_NUMBER.fullmatch(s):
        return "page number"
    if _HAN.search(s) or _LETTER.search(s) or regex.search(r"[0-9]", s):
        return None
    marks = s.replace(" ", "").replace("\u3000", "")
    if len(marks) >= 3 and len(set(marks)) == 1:
        return "drawn rule"
    return None


# A page address: scheme or www, a host with dots, and a path to a page (a file name with a
# page's extension, or two directories); a bare site address is a notice's own contact.
_URL = regex.compile(r"(?:https?://|www\.)[A-Za-z0-9.\-]++(?::[0-9]++)?+(?P<path>/[A-Za-z0-9_\-./%?=&]*+)", regex.IGNORECASE)
_PAGE_FILE = regex.compile(r"\.(?:s?html?|jsp|aspx?|php)(?:\?[^/]*+)?+$", regex.IGNORECASE)
_URL_LEAD = regex.compile(r"URL\s*+:\s*+|[\[【]?+\p{Han}{0,6}+[\]】]?+\s*+(?:[:\uff1a]\s*+)?+", regex.IGNORECASE)
_FILE_NAME = regex.compile(r"[A-Za-z0-9_\-]{2,40}+\.(?:jpe?g|png|gif|bmp|webp|tiff?)", regex.IGNORECASE)


# A placeholder a media element leaves: a bracketed noun of a picture or a player (any bracket),
# with at most a number inside, then at most the player's clock (00:00 / 02:15).
_MEDIA = regex.compile(r"[\[【〔<＜(\uff08「]\s*+(?:图片|图|视频|音频|附图|image|img|video|audio)\s*+[0-9]{0,2}+\s*+[\]】〕>＞)\uff09」]"
                       r"(?:\s*+[0-9]{1,2}:[0-9]{2}(?:\s*+/\s*+[0-9]{1,2}:[0-9]{2})?+)?+", regex.IGNORECASE)


def link_line(line: str) -> str | None:
    """A line that is only a page's address (after a short label) or an image's file name.

    >>> link_line("本文链接：http://wjw.jl.gov.cn/art/2021/3/31/art_12_345.html"), link_line("IMG_20210329_1015.jpg")
    ('page address', 'file name')
    >>> link_line("[视频] 00:00 / 01:56"), link_line("<图片 2>"), link_line("【背景】"), link_line("（图）")
    ('media placeholder', 'media placeholder', None, 'media placeholder')
    >>> link_line("网址：www.jl.gov.cn"), link_line("详见http://a.gov.cn/b/c/d.html。"), link_line("URL: http://a.gov.cn/x.html")
    (None, None, 'page address')
    """
    s = line.strip()
    if len(s) > 300:
        return None
    if _FILE_NAME.fullmatch(s):
        return "file name"
    if _MEDIA.fullmatch(s):
        return "media placeholder"
    lead = _URL_LEAD.match(s)
    rest = s[lead.end():] if lead else s
    if "http" not in rest[:8].lower() and not rest[:4].lower() == "www.":
        return None
    m = _URL.fullmatch(rest)
    if m is None:
        return None
    path = m["path"].split("?")[0]
    return "page address" if path.count("/") >= 3 or _PAGE_FILE.search(m["path"]) else None


# An ASCII key (pubDate, publish_time, ContentSource) and its value: ``key: v``, ``key=v``,
# ``"key": "v",`` or a <meta name="key" content="v"> tag.
_KV = regex.compile(r'<meta\s++name="(?P<k>[A-Za-z][A-Za-z_]{1,24}+)"\s++content="(?P<v>[^"<>\n]{1,60}+)"\s*+/?+>'
                    r'|"(?P<k>[A-Za-z][A-Za-z_]{1,24}+)"\s*+:\s*+"(?P<v>[^"\n]{1,60}+)",?+'
                    r"|(?P<k>[A-Za-z][A-Za-z_]{1,24}+)\s*+[:=\uff1a]\s*+(?P<v>[^\s|;\t=:\uff1a][^|;\t=\n]{0,60}?)(?=[ ]*+[|;]|\s{2}|\t|\s*+\Z)")
_KV_GAP = regex.compile(r"[\s|;]*+")
_DATE_KEY = regex.compile(r"date|time", regex.IGNORECASE)
_SOURCE_KEY = regex.compile(r"source|publisher|author|site|org", regex.IGNORECASE)


def key_values(line: str) -> list[tuple[str, str]] | None:
    """The (key, value) pairs of a line made only of ASCII-keyed pairs, each value a date or Han.

    A crawler's record printed into the text: the keys are identifiers, the values the page's
    fields. A value that is neither a date nor Han text (a URL, code) makes it no record.

    >>> key_values('pubDate: 2021-03-31 09:30  source=江岭市卫生健康委员会')
    [('pubDate', '2021-03-31 09:30'), ('source', '江岭市卫生健康委员会')]
    >>> key_values('<meta name="PubDate" content="2021-03-31">'), key_values("var a = 1;"), key_values("QQ: 12345")
    ([('PubDate', '2021-03-31')], None, None)
    """
    s = line.strip()
    pairs, pos = [], 0
    while pos < len(s):
        m = _KV.match(s, pos)
        if m is None:
            return None
        key, value = m["k"], m["v"].strip()
        if not (parse_date(value) or (_HAN.search(value) and not _SENTENCE.search(value))):
            return None
        pairs.append((key, value))
        pos = _KV_GAP.match(s, m.end()).end()
    return pairs or None


def key_fields(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The fields a record's pairs name: a date key gives publish_date, a source key an organisation.

    >>> key_fields([("pubDate", "2021-03-31 09:30"), ("source", "江岭市卫生健康委员会"), ("x", "甲")])
    [('publish_date', '2021-03-31'), ('publisher', '江岭市卫生健康委员会')]
    """
    out = []
    for key, value in pairs:
        if _DATE_KEY.search(key) and parse_date(value):
            out.append(("publish_date", parse_date(value)))
        elif _SOURCE_KEY.search(key) and labels.ORG.fullmatch(value):
            out.append(("publisher", value))
    return out


# Cells of a row: split by bars, middle dots, a slash between spaces (never a date's), or spaces.
_CELL_SPLIT = regex.compile(r"\s*+[|\uff5c\u4e28\u00b7\u30fb\u2022]\s*+|\s++/\s++|\s++")
_DATE_CELL = regex.compile(r"(?P<d>[0-9]{4}(?:[-/.][0-9]{1,2}[-/.][0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日))"
                           r"(?:\s*+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?+)?+(?P<tail>\p{Han}{0,4}+)")
_TIME_CELL = regex.compile(r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?+")
# A counter's label may take a colon (访问：7135次); another label's colon makes a record (名额：300人), not a counter.
_COUNT_CELL = regex.compile(r"\p{Han}{0,4}+\s*+[0-9]{1,7}+\s*+\p{Han}{0,3}+|\S{1,2}\s*+[0-9]{1,7}+"
                            r"|\p{Han}{0,2}?(?:浏览|访问|阅读|点击)(?:量|次数|人次)?+\s*+[:\uff1a]\s*+[0-9]{1,7}+\s*+次?+")
# An icon glyph before a cell (📅 2021-03-29, 👁 1234, ⏰10:21) is a separator: the strip's icons, not its words.
_ICON = regex.compile(r"[\p{So}\ufe0f]")
_WORD_CELL = regex.compile(r"\p{Han}{1,6}+")


def card_row(line: str) -> tuple[str, str | None] | None:
    """(publication date, organisation or None) of a row of short cells around one date.

    A list card or a dateline (2021-03-31 发布 / 政策文件 · 2021-03-31 · 江岭市卫健委 · 阅读 1234 /
    江岭市卫生健康委员会供稿　2021年3月31日发布): no sentence mark, two cells or more, one a date
    (with at most a verb after it), the others an organisation (with at most a two-character
    verb), a count, a time or a word of at most six characters.

    >>> card_row("政策文件 · 2021-03-31 · 江岭市卫生健康委员会 · 阅读 1234")
    ('2021-03-31', '江岭市卫生健康委员会')
    >>> card_row("2021-03-31 发布"), card_row("江岭市卫生健康委员会供稿\u30002021年3月31日发布")
    (('2021-03-31', None), ('2021-03-31', '江岭市卫生健康委员会'))
    >>> card_row("——2003年3月5日在第十届全国人民代表大会第一次会议上"), card_row("2021年3月29日")
    (None, None)
    >>> card_row("2021年3月29日 全市卫生健康工作会议在市行政中心召开")
    >>> card_row("📅 2020-02-23 17:02 | 今日浏览 19 次 · 总浏览 72754 次"), card_row("⏰2020/01/09 11:59:44|访问：７１３５次")
    (('2020-02-23', None), ('2020-01-09', None))
    """
    s = _ICON.sub(" ", unicodedata.normalize("NFKC", line)).strip()  # full-width digits read as digits
    if not s or len(s) > 80 or _SENTENCE.search(s):
        return None
    cells = [c for c in _CELL_SPLIT.split(s) if c]
    if len(cells) < 2:
        return None
    date, org = None, None
    for cell in cells:
        m = _DATE_CELL.fullmatch(cell)
        if m and date is None:
            date = parse_date(m["d"])
            if date is None:
                return None
            continue
        if org is None and (o := _org_cell(cell)):
            org = o
            continue
        if not (_TIME_CELL.fullmatch(cell) or _COUNT_CELL.fullmatch(cell) or _WORD_CELL.fullmatch(cell)):
            return None
    return (date, org) if date else None


_NOT_IN_NAME = regex.compile(r"[在的了和与及将于对]|召开|举行")


def _org_cell(cell: str) -> str | None:
    """The organisation a cell names, with at most a two-character verb after it (供稿, 发布).

    A name is short and holds no function word: a cell that does is the start of a sentence.
    """
    if len(cell) > 18 or _NOT_IN_NAME.search(cell):
        return None
    for cut in (0, 1, 2):
        name = cell[:len(cell) - cut] if cut else cell
        if labels.ORG.fullmatch(name) and not labels.TITLE_WORDS.search(name):
            return name
    return None


# A cell "label, a mark that is no colon, value": 发布日期 » 2021-03-31 / 索引号……000014349/2021-00123.
_MARKED_PAIR = regex.compile(r"(?P<label>\p{Han}{2,8}+)\s*+[^\p{Han}\p{L}\p{N}\s:\uff1a]{1,3}+\s*+(?P<value>\S[^\n\u3000]*+)")
_WIDE_GAP = regex.compile(r"\u3000++|\s{2,}+")


def marked_pairs(line: str) -> list[tuple[str, str]] | None:
    """The (field, value) pairs of a line made only of cells "label, a mark, value" whose value
    has the one shape the label's field takes (a date, an organisation, a number); else None.

    The mark between label and value is any: sites draw an arrow, a leader or an icon there.

    >>> marked_pairs("发布日期 » 2021-03-31\u3000发布机构 → 江岭市卫生健康委员会")
    [('publish_date', '2021-03-31'), ('publisher', '江岭市卫生健康委员会')]
    >>> marked_pairs("索引号……000014349/2021-00123"), marked_pairs("工作目标 —— 全面提升服务水平")
    ([('index_number', '000014349/2021-00123')], None)
    """
    out = []
    for cell in _WIDE_GAP.split(line.strip()):
        m = _MARKED_PAIR.fullmatch(cell)
        if m is None:
            return None
        field, strength = labels.field_of(m["label"])
        value = m["value"].strip()
        if strength == "none" or not labels.strict_value(field, value):
            return None
        out.append((field, labels.normalized(field, value)))
    return out or None


# A tail row's optional label (内容评价：, 热门标签 #); the labels a document's own frame writes
# after its text (抄送, 附件 …) make the row the document's.
_ROW_LABEL = regex.compile(r"[\[【]?+(?P<label>\p{Han}{2,6}+)[\]】]?+\s*+[:\uff1a#]\s*+")
_FRAME_LABEL = regex.compile(r"抄送|抄报|主送|分送|报送|发送|印发|附件|主题词|联系|签发|备注|注")
_BAR_SPLIT = regex.compile(r"\s*+[|\uff5c\u4e28\u00b7\u30fb\u2022#/]\s*+")
_SPACE_SPLIT = regex.compile(r"\s++")
_SHORT_WORD = regex.compile(r"\p{Han}{1,6}+")


def tail_row(line: str) -> str | None:
    """What a short row that can only be the page's is: a row of link words joined by bars or
    dots (关于我们 | 站点地图 | 法律声明), a label over options or tags (内容评价：有用 一般 无用 /
    热门标签 # 教育 # 医保), or a label over marks (文章评价：★★★★★); else None.

    No cell holds a sentence mark, a digit or an organisation; the labels of a document's own
    frame (抄送, 附件, 主题词 …) never make such a row. The caller checks the place (after the text).

    >>> tail_row("关于我们 | 站点地图 | 法律声明"), tail_row("内容评价：有用 一般 无用"), tail_row("文章评价：★★★★★")
    ('link row', 'options row', 'rating row')
    >>> tail_row("抄送：市委办　市人大办　市政协办"), tail_row("市卫健委 | 市财政局 | 市人社局"), tail_row("序号　任务　完成时限")
    (None, None, None)
    """
    s = line.strip()
    if not s or len(s) > 60 or _SENTENCE.search(s) or regex.search(r"[0-9]", s):
        return None
    m = _ROW_LABEL.match(s)
    if m and _FRAME_LABEL.search(m["label"]):
        return None
    rest = s[m.end():] if m else s
    if m and len(rest) >= 3 and not (_HAN.search(rest) or _LETTER.search(rest)):
        return "rating row"
    bar_cells = [c for c in _BAR_SPLIT.split(rest) if c]
    cells = bar_cells if len(bar_cells) >= 3 else ([c for c in _SPACE_SPLIT.split(rest) if c] if m else [])
    if len(cells) < 3 or any(not _SHORT_WORD.fullmatch(c) or labels.ORG.fullmatch(c) for c in cells):
        return None
    return "link row" if cells is bar_cells else "options row"


# --- app furniture: a WeChat article's layout marks (attachment links and a PDF's running head were withdrawn in
# review: a notice's own 附件 list and a table's cells one per line have their shapes)

_MARKS = r"[\s\u25bc\u25b2\u25bd\u25b3\u2193\u2191\u2b07\u2b06\U0001F447\U0001F446\u261f\u261d()\uff08\uff09\-\u2014\u2500\u00b7]"
# Arrows alone: a WeChat layout pointing at the picture or card below (▼ / ↓↓↓ / 👇👇👇).
_ARROWS = regex.compile(r"[\s\u25bc\u25b2\u25bd\u25b3\u2193\u2191\u2b07\u2b06\U0001F447\U0001F446\u261f\u261d]{1,12}+")
# A swipe or picture prompt, the account's end card and its follow-up labels, with marks around at most.
_PROMPT = regex.compile(
    _MARKS + r"*+(?:(?:点击)?(?:上下|左右|向上|向左)?滑动(?:查看|阅览|浏览)(?:更多|全文|下一个)?+|(?:点击)?(?:下方)?(?:图片)?查看大图"
    r"|长图|(?:点击)?下方(?:卡片|名片|小程序)(?:关注(?:我们)?+)?+|往期(?:推荐|回顾|精彩)|推荐阅读\s*+[\u25bc\u2193\U0001F447]++|(?i:(?:the\s++)?end)"
    r"|(?:点个|点击)[\u201c\"]?在看[\u201d\"]?[\uff0c,]?+\p{Han}{0,8}+|分享\s*+[|\uff5c]?\s*+收藏\s*+[|\uff5c]?\s*+在看(?:\s*+[|\uff5c]?\s*+点赞)?+)"
    + _MARKS + r"*+")


def app_mark(line: str) -> str | None:
    """A WeChat or app article's layout mark alone on a line: arrows, a swipe or picture prompt, the end card.

    None of them is a word of the document; the rule wants the line between paragraphs or after the text.

    >>> app_mark("▼"), app_mark("↓↓↓点击下方卡片关注↓↓↓"), app_mark("— END —"), app_mark("（滑动查看更多）")
    ('layout arrows', 'app layout prompt', 'app layout prompt', 'app layout prompt')
    >>> app_mark("往期推荐"), app_mark("点个“在看”，让更多人看到")
    ('app layout prompt', 'app layout prompt')
    >>> app_mark("向上滑动阅览全部工作安排。"), app_mark("长图展示了全年工作"), app_mark("END of year"), app_mark("推荐阅读")
    (None, None, None, None)
    """
    s = unicodedata.normalize("NFKC", line).strip()
    if not s or len(s) > 30:
        return None
    if _ARROWS.fullmatch(s):
        return "layout arrows"
    return "app layout prompt" if _PROMPT.fullmatch(s) else None
