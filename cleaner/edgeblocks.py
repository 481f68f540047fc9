"""Chrome blocks at a page's edges, told by their shape and place, not by their words.

A site's menus, link rows and article lists are runs of short lines whose items a word list
never holds all of (康养视窗 | 港航直通车 | 侨务广角). What gives them away is their shape: lines
of several short items strung with spaces, bars or dots, no sentence mark, no frame label of a
document; and their place: above the title, between the title and the first paragraph, or after
the signature date, reaching the page's end. A block is judged as a whole: it goes only when its
place, the shape of every line and the count of items agree, and never when it reads as a row of
people's names, organisations alone, a heading or a document's frame (抄送, 附件, 联系人 …).
"""

from __future__ import annotations

import regex

from cleaner import labels
from cleaner.docmodel import Line, is_prose, size

_SENTENCE = regex.compile(r"[\u3002\uff0c\uff1b\uff01\uff1f\u3001;!?\u201c\u201d\u300a\u300b]|[,](?![0-9]{3})")
# Frame labels, outline markers, dashes and brackets of a document's own short lines.
_FRAME = regex.compile(r"^(?:抄送|抄报|主送|分送|报送|印发|附件|附表|主题词|联系|签发|备注|注[:\uff1a]|——|—|[(\uff08])"
                       r"|^(?:绝密|机密|秘密|内部|特急|加急|特提|平急|急件|明传|密电)"  # a header's secrecy and urgency marks
                       r"|^(?:[一二三四五六七八九十]+、|[0-9]{1,2}[.、\uff0e]|第[一二三四五六七八九十百0-9]+[章节条])"
                       r"|[:\uff1a]$|〔|号$|年[0-9〇○零一二三四五六七八九十]{1,2}月")
_SPLIT = regex.compile(r"[ \t\u3000\u00a0]++|\s*+[|\uff5c\u4e28\u00b7\u2022\u30fb/>\u00bb\u203a\uff1e]\s*+")
_LINK_SEP = regex.compile(r"[|\uff5c\u4e28\u00b7\u2022\u30fb/>\u00bb\u203a\uff1e]|\u3000{2,}|  ")
_BAR = regex.compile(r"[|\uff5c\u4e28>\u00bb\u203a\uff1e]")
_BRACKETED = regex.compile(r"^(?:[【\[〔『][^【\[〔『\]】〕』]{1,8}[\]】〕』]){3,}$")
_HAN_ITEM = regex.compile(r"\p{Han}{1,8}+|\p{Han}{2,6}+[0-9]{3,6}+\p{Han}{0,4}+|[0-9]{3,6}+\p{Han}{2,4}+")  # 12345热线
_LONG_ITEM = regex.compile(r"\p{Han}{9,10}+")
_LATIN_ITEM = regex.compile(r"[A-Za-z][A-Za-z+\-]{0,11}")
_URL = regex.compile(r"(?:https?://)?+(?:[a-z0-9\-]++\.)++(?:cn|com|net|org)/?+",
                     regex.IGNORECASE)
# A label over glued or listed words (大家都在搜：康养视窗人才驿站 / 热点标签：科普、文明、审计).
_LABEL_ITEMS = regex.compile(r"(?P<label>\p{Han}{2,6}+)[:\uff1a](?P<rest>\s*+(?:\p{Han}{4,40}+|\p{Han}{1,4}+(?:[\u3001 \u3000]\p{Han}{1,4}+){2,8}+))")
# A label whose row is the document's metadata (来源：…, 主题分类：…), not a bar of links.
_META_LABEL = regex.compile(r"来源|发布|机构|单位|分类|作者|日期|时间|文号|索引|主题|名称|类别|体裁|关键|标签")
_NUM_DATE = r"(?:(?:19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{2}-[0-9]{2})"
_DATED_LINK = regex.compile(
    rf"^[·•○▪\-\s]*+(?:[\[(\uff08]?+{_NUM_DATE}[\])\uff09]?+\s*+(?P<a>[^\s].{{5,40}}?)"
    rf"|(?P<b>[^\s].{{5,40}}?)\s*+[\[(\uff08]?+{_NUM_DATE}[\])\uff09]?+)$")
_SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
                "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
                "柴倪海鞠")
_SIGN_DATE = regex.compile(r"\s*+[0-9〇○零一二三四五六七八九十]{2,4}\s*+年\s*+[0-9一二三四五六七八九十]{1,2}\s*+月"
                           r"(?:\s*+[0-9一二三四五六七八九十]{1,3}\s*+日)?+\s*+")


def _items(s: str) -> list[str]:
    return [c for c in _SPLIT.split(s) if c]


def _names_row(items: list[str]) -> bool:
    """Most items are people's names (2-3 characters from a surname) or single characters of a
    name spaced into a cell (倪　青): a list of names, a document's own."""
    named = sum(1 for c in items if len(c) <= 3 and (c[0] in _SURNAMES or len(c) == 1))
    return named * 2 >= len(items)


def _spaced_names(solid: str) -> bool:
    """Characters spaced out that pair into people's names (倪 青 海 丽 柴 宏): a list of names."""
    firsts = solid[::2]
    return sum(c in _SURNAMES for c in firsts) * 5 >= len(firsts) * 3


def item_shape(line: str, in_menu: bool = False) -> tuple[str, int] | None:
    """The kind of short item line ``line`` is and how many items it holds, or None.

    ``in_menu``: the line stands inside a run of item lines, where a column name may name a kind
    of document (公告公示, 信息公开指南); alone, such a line may be a short title.

    >>> item_shape("康养视窗 | 港航直通车 | 侨务广角"), item_shape("首　页  康 养 视 窗  港 航 驿 站")
    (('link row', 3), ('spaced menu', 3))
    >>> item_shape("港航直通车"), item_shape("https://www.gov.cn/"), item_shape("【转发】【存档】【导出】")
    (('single item', 1), ('address', 1), ('link row', 3))
    >>> item_shape("柴丽宏　倪　青　徐旭英"), item_shape("一、总体要求"), item_shape("各区卫生健康委："), item_shape("省长　王予波")
    (None, None, None, None)
    >>> item_shape("临泉市卫生健康委员会"), item_shape("关于做好防汛工作的通知"), item_shape("现将有关事项通知如下。")
    (None, None, None)
    >>> item_shape("出席会议：张三 李四 王五"), item_shape("大家都在搜：康养视窗 港航驿站 侨务广角")
    (None, ('label and items', 3))
    """
    s = line.strip()
    if _BRACKETED.fullmatch(s):
        return "link row", s.count("】") + s.count("]") + s.count("〕") + s.count("』")
    m = _LABEL_ITEMS.fullmatch(s)
    listed = _items(m["rest"]) if m else []
    if m and not (_META_LABEL.search(m["label"]) or _FRAME.search(s) or labels.ORG.fullmatch(m["rest"].strip())
                  or regex.search(r"[一二三四五六七八九十]$", m["label"])  # 案件二：… is a heading
                  or _names_row(listed)  # 出席会议：张三 李四 王五 lists the document's people
                  or all(labels.ORG.fullmatch(c) for c in listed)):  # 参加：市发改委 市财政局, its organisations
        return ("label and glued words" if regex.fullmatch(r"\s*+\p{Han}++", m["rest"]) else "label and items"), 3
    solid = regex.sub(r"\s++", "", s)  # a title or heading spaced out (政 府 工 作 报 告, 第 一 章) is still one
    if not s or len(s) > 120 or _SENTENCE.search(s) or _FRAME.search(s) or _FRAME.search(solid):
        return None
    if labels.TITLE_WORDS.search(solid) and not (in_menu and all(_HAN_ITEM.fullmatch(c) for c in _items(s))):
        return None
    if _URL.fullmatch(s):
        return "address", 1
    items = _items(s)
    linked = _BAR.search(s) is not None  # a bar of links: names of up to ten, sites and organs alike
    singles = sum(len(c) == 1 for c in items)
    spaced = singles >= 8 and singles * 2 >= len(items)  # a menu of cells with spaced-out characters
    if len(s) > (120 if spaced else 80 if linked else 60):
        return None
    if not all(_HAN_ITEM.fullmatch(c) or _LATIN_ITEM.fullmatch(c) or (linked and _LONG_ITEM.fullmatch(c)) for c in items):
        return None
    if len(items) == 1:
        c = items[0]
        if len(c) > 8 or (len(c) >= 5 and labels.ORG.fullmatch(c)) or (len(c) <= 3 and c[0] in _SURNAMES):
            return None
        return "single item", 1
    if spaced and _spaced_names(solid):
        return None
    if spaced:
        cells = [c for c in regex.split(r"\s{2,}|\u3000{2,}", s) if c.strip()]
        return "spaced menu", max(len(cells), 3)
    if _names_row(items) or sum(bool(_HAN_ITEM.fullmatch(c)) for c in items) * 2 < len(items):
        return None  # people, or a subtitle in English (Work Plan of …)
    if all(labels.ORG.fullmatch(c) for c in items) and not (linked and any(c.endswith("网") for c in items)):
        return None  # organisations signing or copied together (市卫健委 | 市财政局); a bar of sites is the page's
    if len(items) == 2:
        return "pair", 2
    return ("link row" if _LINK_SEP.search(s) else "word row"), len(items)


def dated_link(line: str) -> bool:
    """A link to another article with its date (…推进会顺利召开　2023-05-12 / [03-28] …), no sentence.

    >>> dated_link("临泉市康养工作推进会顺利召开　2023-05-12"), dated_link("2021-03-12 关于开展防汛检查的通知")
    (True, True)
    >>> dated_link("2021年3月29日"), dated_link("现将方案印发，2021-03-12"), dated_link("2021-03-12")
    (False, False, False)
    """
    s = line.strip()
    if len(s) > 60 or _SENTENCE.search(s) or _FRAME.search(s):
        return False  # 附件：关于…的意见 2023-05-06 lists the document's own attachments
    m = _DATED_LINK.match(s)
    return bool(m) and len(regex.findall(r"\p{Han}", m["a"] or m["b"] or "")) >= 6


# --- a site footer in words no list holds: contact rows beside a row that credits the site ---------------

_PAIR = regex.compile(r"(?P<label>\p{Han}{2,6}+|(?i:e-?mail|tel|fax))\s*+[:\uff1a]\s*+(?P<value>[^\s|\uff5c]++)")
_PAIR_GAP = regex.compile(r"[ \t\u3000]*+[|\uff5c]?+[ \t\u3000]*+")
_VALUE = regex.compile(r"(?:\(?+0[0-9]{2,3}+\)?+-?+)?+[0-9]{7,8}+(?:-[0-9]{1,4}+)?+|1[3-9][0-9]{9}|[1-8][0-9]{5}"
                       r"|[A-Za-z0-9_.\-]++@[A-Za-z0-9\-]++(?:\.[A-Za-z0-9\-]++)++|\p{Han}{2,30}+[0-9]{1,4}+号\p{Han}{0,10}+")
_PERSON_LABEL = regex.compile(r"人$|姓名|老师")  # 联系人 / 负责人: a notice's own contact, never a site's
_CREDIT = regex.compile(r"(?P<org>\p{Han}{5,24}+)[ \t\u3000]++(?!印发|提醒|宣|通知|敬告|公告)\p{Han}{2}+|本(?:网|站|网站)由\p{Han}{4,30}+")
_SCREEN = regex.compile(r"[\p{Han}A-Za-z]{2,16}+[ \t\u3000]*+[0-9]{3,4}+\s*+[×xX*]\s*+[0-9]{3,4}+")


def footer_row(line: str) -> str | None:
    """What row of a site footer ``line`` is by its shape: contact pairs whose values are all a
    telephone, post code, e-mail or street address; an organisation crediting itself (…中心　编制,
    本网由…运行维护); a screen size advice (…浏览器 1440×900). None otherwise.

    >>> footer_row("通讯地址：临泉市人民路128号　邮政编码：236400"), footer_row("本网由临泉市数字港航中心运行维护")
    ('contact row', 'credit row')
    >>> footer_row("联系人：张华　电话：0558-6123456"), footer_row("临泉市卫生健康委员会")
    (None, None)
    """
    s = line.strip()
    if len(s) > 80 or _SENTENCE.search(s):
        return None
    pairs, pos = [], 0
    while pos < len(s) and (m := _PAIR.match(s, pos)):
        pairs.append(m)
        pos = _PAIR_GAP.match(s, m.end()).end()
    if pairs and pos >= len(s):
        ok = all(_VALUE.fullmatch(m["value"]) and not _PERSON_LABEL.search(m["label"]) for m in pairs)
        return "contact row" if ok else None
    m = _CREDIT.fullmatch(s)
    if m and (not m["org"] or labels.ORG.fullmatch(m["org"])):
        return "credit row"
    return "screen advice" if _SCREEN.fullmatch(s) else None


def _footer_block(doc: list[Line], last_prose: int) -> tuple[int, int, str] | None:
    """Two or more footer rows of two kinds at least, right after the signature date, up to the end."""
    start = len(doc)
    while start - 1 > last_prose and footer_row(doc[start - 1].text):
        start -= 1
    kinds = {footer_row(l.text) for l in doc[start:]}
    if len(doc) - start >= 2 and len(kinds) >= 2 and _SIGN_DATE.fullmatch(doc[start - 1].text):
        return start, len(doc), "site footer rows (" + ", ".join(sorted(kinds)) + ")"
    return None


_TABLE_ROW = regex.compile(r"^\s*+[0-9]{1,3}+(?:[\s|\uff5c.\uff0e\u3001]|$)|序号")
_CELL_GAP = regex.compile(r"\u3000{2,}|\s*+[|\uff5c]\s*+|\t")


def _table_at(doc: list[Line], first: int, end: int) -> bool:
    """The run heads a table: a 序号 cell, the line under it is a row (a row number, or cells with
    figures, or as many wide-gapped cells as the run's last line), or two lines of the run hold as
    many items, three or more (城关区 东溪镇 上溪村 / 临江县 白沙镇 青石村)."""
    if any(_TABLE_ROW.search(l.text) for l in doc[first:end]):
        return True
    below = doc[end].text if end < len(doc) else ""
    cells = [c for c in _CELL_GAP.split(below.strip()) if c.strip()]
    head = [c for c in _CELL_GAP.split(doc[end - 1].text.strip()) if c.strip()] if end > first else []
    if _TABLE_ROW.search(below) or (len(cells) >= 3 and (regex.search(r"[0-9]", below) or len(cells) == len(head))):
        return True
    counts = [len(_items(l.text)) if not _BAR.search(l.text) else 0 for l in doc[first:end]]
    return any(a == b >= 3 for a, b in zip(counts, counts[1:]))


def _shapes(doc: list[Line], k0: int, k1: int) -> list[tuple[str, int]]:
    return [item_shape(l.text, in_menu=True) for l in doc[k0:k1]]


def _agree(shapes: list[tuple[str, int]], place: str) -> str | None:
    """The block's cues agree: enough items, and either several lines or a row strung with link marks.

    Single words alone need a menu of three; a row of plain words alone needs a neighbour, or the
    place after the signature date; above the title (``top``) two lines of three items are enough.
    """
    kinds = [k for k, _ in shapes]
    items = sum(n for _, n in shapes)
    if place.startswith("after") and kinds.count("single item") == len(kinds):
        return None  # words one a line after the text: the document's own list (阅读 / 演讲 / 征文)
    strong = sum(k in ("link row", "spaced menu", "label and items", "label and glued words", "address") for k in kinds)
    if len(shapes) == 1:
        # A label over items alone under the title or after the text may be the document's (会议议程：听取汇报 研究部署 …)
        edge = place in ("top", "after date")
        alone = (("link row", "spaced menu") + (("label and items",) if edge else ())
                 + (("word row",) if place == "after date" or items >= 5 else ())
                 + (("label and glued words",) if place == "top" else ()))
        return kinds[0] if kinds[0] in alone and items >= 3 else None
    if kinds.count("single item") == len(kinds):
        return "menu one item a line" if len(kinds) >= 3 else None
    rows = kinds.count("word row") + kinds.count("pair")
    if place.startswith("after") and not strong:
        return None  # rows of plain words after the text may be its own (slogans, an attached list)
    if place == "under title" and not (strong or items >= 6):
        return None  # a header stack of the document (密级 / 紧急程度) stands there too
    if strong or rows >= 2 or (items >= 4 and rows) or (place == "top" and items >= 3):
        return f"block of {len(shapes)} short item lines ({', '.join(sorted(set(kinds)))})"
    return None


def _title_like(line: str) -> bool:
    """A title under a run: it names a kind of document, or it is a headline (twelve Han and more,
    no label, no sentence's end)."""
    return bool(labels.TITLE_WORDS.search(line) or (len(regex.findall(r"\p{Han}", line)) >= 12
                and not regex.search(r"[:\uff1a\u3002]", line) and not is_prose(line)))


def head_blocks(doc: list[Line]) -> list[tuple[int, int, str]]:
    """Blocks (first, end, kind) of the head: above the title, and between the title and the
    first paragraph. The title is the first line of the page that is no item line."""
    first_prose = next((k for k, l in enumerate(doc) if is_prose(l.text)), len(doc))
    out = []
    top = 0
    while top < first_prose and item_shape(doc[top].text, in_menu=True):
        top += 1
    titled = [k for k in range(top) if not item_shape(doc[k].text)]  # lines that name a kind of document
    if titled and not (top < len(doc) and _title_like(doc[top].text)):
        top = titled[-1]  # no title below the run: the last such line is the title (通知 / 会议纪要), kept with all under it
    if 0 < top < first_prose and (kind := _agree(_shapes(doc, 0, top), "top")) and not _table_at(doc, 0, top):
        out.append((0, top, kind))
    k = top + 1  # the title
    while k < first_prose:
        j = k
        while j < first_prose and item_shape(doc[j].text):
            j += 1
        kind = _agree(_shapes(doc, k, j), "under title") if j > k else None
        if kind and kind != "menu one item a line" and not _table_at(doc, k, j):
            out.append((k, j, kind))
        k = j + 1
    return out


_COLUMN_NAME = regex.compile(r"\p{Han}{4}")


def _column_names_after_date(doc: list[Line], last_prose: int) -> tuple[int, int, str] | None:
    """Three words or more one a line after the signature date to the page's end, each of four Han
    characters (栏目导航 / 政策解读 / 通知公告): a site's column names; a list of the document's own
    (names, 阅读 / 演讲) is not so uniform, and an attachment opens with its label."""
    start = len(doc)
    while start - 1 > last_prose and _COLUMN_NAME.fullmatch(doc[start - 1].text.strip()):
        start -= 1
    if len(doc) - start >= 3 and start - 1 > last_prose and _SIGN_DATE.fullmatch(doc[start - 1].text):
        return start, len(doc), "menu of column names one a line after the date"
    return None


def tail_block(doc: list[Line]) -> tuple[int, int, str] | None:
    """The block after the last paragraph (and after the signature date, when there is one) that
    reaches the page's end: item lines, or two or more links to other articles with dates."""
    last_prose = max((k for k, l in enumerate(doc) if is_prose(l.text)), default=-1)
    if last_prose < 0:
        return None
    if footer := _footer_block(doc, last_prose):
        return footer
    if menu := _column_names_after_date(doc, last_prose):
        return menu
    start = len(doc)
    while start - 1 > last_prose and (item_shape(doc[start - 1].text) or dated_link(doc[start - 1].text)):
        start -= 1
    if start == len(doc):
        return None
    above = doc[start - 1].text
    if start - 1 != last_prose and not _SIGN_DATE.fullmatch(above):
        return None  # a heading or a signature without its date above: the block may be the document's
    dated = [dated_link(l.text) for l in doc[start:]]
    if sum(dated) >= 2 and all(dated) and start - 1 != last_prose:
        # after the signature date only: straight after the text, dated titles may be what it forwards
        return start, len(doc), "list of other articles with dates"
    shapes = _shapes(doc, start, len(doc))
    if None in shapes or size("".join(l.text for l in doc[start:])) > 200 or _table_at(doc, start, len(doc)):
        return None
    kind = _agree(shapes, "after date" if start - 1 != last_prose else "after text")
    return (start, len(doc), kind) if kind else None
