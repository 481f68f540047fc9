"""Page chrome: what a site wraps around every document (breadcrumbs, widgets, footers ...).

Rules here recognize *classes* of chrome by their vocabulary and position, not the exact
strings of one site: a widget line is made only of widget words; a footer line holds a
footer marker and no sentence; a breadcrumb starts with its label or with 首页 and a
separator. Removing one real line is worse than leaving one line of chrome, so weak words
("大", "首页", "联系电话") count only next to strong evidence.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from cleaner import chromecues, chromeplaces, data, edgeblocks, gluedwidgets, labels, lineshape, pagebits, pageparts, uirows
from cleaner import crumbs as crumbs_
from cleaner.docmodel import TEASER, Line, drop_line, is_prose, lines, non_blank, size, zones
from cleaner.scanning import Tiling
from cleaner.textutil import alternation, is_date_only, only_if
from cleaner.types import Context, Edit


# Separators and brackets that widgets are strung with (either width), and digits (counters).
# Tool icons (🖨 ✉ ♥ ◎ ⊕, a back button's ◀ ←; not a ✔ a list ticks with, nor a questionnaire's □ or an
# arrow a list of steps runs on →) are filler too; a block still needs a strong word.
_FILLER = r"[\s|｜丨│┃>»›<«/\\·•●◆■▶►\u25b8\u25aa\u25c0\u25c4\u2190↑↓▲▼∨☆★\U0001F44D\U0001F50A×✕:\uff1a【】\[\]()\uff08\uff09〖〗『』〔〕「」\uff3b\uff3d—\-…;\uff1b,\uff0c+\U0001F5A8\u2709\u2665\u25ce\u2295\u2764\U0001F4AC\U0001F50D\u2764\ufe0f]|\d"
_DOUBLED_BRACKETS = ("》》", "《《")
_HEX_ID = regex.compile(r"^[0-9a-f]{32}[:\uff1a]?$")
_CAPTION = regex.compile(r"(?:记者|摄影|通讯员)\s*+[:\uff1a]?\s*+\p{Han}{2,4}(?:\s++\p{Han}{2,4})*\s*+摄(?:影)?\s*+$")
_OUTLINE = regex.compile(r"^(?:[一二三四五六七八九十百]+、|[(\uff08][一二三四五六七八九十百\d]+[)\uff09]|\d+[.、．]|第[一二三四五六七八九十百\d]+[章节条部分])")


@lru_cache(maxsize=8)
def _widget_patterns(extra: tuple = ()) -> tuple[Tiling, regex.Pattern]:
    """What a widget line is made of, and a strong widget word (the user's words added).

    A line is tiled left to right, never matched as an alternation under ``+``: words
    that contain each other (返回, 返回顶部) would make that exponential.
    """
    strong = data.phrases("chrome_strong") + tuple(extra)
    line = Tiling(strong + data.phrases("chrome_weak") + _DOUBLED_BRACKETS, _FILLER)
    return line, regex.compile(alternation(strong)) if extra else chromecues.WIDGET_WORD


_WIDGET_LINE, _WIDGET_STRONG = _widget_patterns()
_FOOTER_WEAK = regex.compile(alternation(data.phrases("footer_weak")))


@only_if("位置", "栏目", "导航", "首页", "主页", "首\u3000页",  # two separators, mixed too; an English template's Home
         pattern=r"(?:[>»›→\uff1e]|::|\s[-—]\s)[^>»›→\uff1e:\n]+?(?:[>»›→\uff1e]|::|\s[-—]\s)|(?i:home)\s*+[/>|»›]")
def drop_breadcrumbs(text: str) -> Iterator[Edit]:
    """Breadcrumb trails ("当前位置：首页 > 政务公开 > 通知", also one token per line) go.

    A column name repeated right after the trail goes with it.

    >>> [e.old for e in drop_breadcrumbs("您的位置:\\n首页\\n>\\n云南要闻\\n云南要闻\\n2026年政府工作报告")]
    ['您的位置:\\n', '首页\\n', '>\\n', '云南要闻\\n', '云南要闻\\n']
    >>> [e.old for e in drop_breadcrumbs("首页 -> 工作动态 -> 政策文件\\n通知\\n甲 > 乙。\\n")]
    ['首页 -> 工作动态 -> 政策文件\\n']
    >>> [e.old for e in drop_breadcrumbs("首页 > 通知公告  关于开展检查的通知\\n正文。")]
    ['首页 > 通知公告  ']
    """
    doc = non_blank(lines(text))
    first_prose = next((k for k, l in enumerate(doc) if is_prose(l.text)), len(doc))
    i = 0
    while i < len(doc):
        crumbs = crumbs_.crumb_run(doc, i, first_prose)
        if not crumbs:
            i += 1
            continue
        after_trail = doc[i + 1].text if i + 1 < len(doc) else ""
        glued = crumbs_.glued_title(crumbs[-1], after_trail) if len(crumbs) == 1 else 0
        if glued:  # the trail ran into the title on one line: the title stays
            line = crumbs[0]
            yield Edit(line.start, line.start + glued, line.text[:glued], "", "breadcrumb navigation glued before the title")
            i += 1
            continue
        for line in crumbs:
            yield drop_line(line, "breadcrumb navigation", text)
        i = crumbs_.after(doc, i, crumbs[-1].index)  # from here, not from the top: linear in the lines
        if i < len(doc) and doc[i].text.strip() == crumbs_.last_crumb(crumbs[-1].text) and not crumbs_.title_like(doc[i].text.strip()):
            yield drop_line(doc[i], "column name repeated after the breadcrumb", text)
            i += 1


@only_if("相关", "关联", "热点", "热门", "精彩", "最新", "延伸", "更多", "推荐", "猜你", pattern=r"[0-9a-f]{32}")
def drop_related_links(text: str) -> Iterator[Edit]:
    """A "相关链接" block (its heading, CMS ids and the linked titles) goes.

    >>> [e.old.strip() for e in drop_related_links(
    ...     "正文。\\n相关链接>>\\nabcd39f1fb7f426d9dfb6bd0fa1f2146:\\n关于政府工作报告的决议\\n打印本页")]
    ['相关链接>>', 'abcd39f1fb7f426d9dfb6bd0fa1f2146:', '关于政府工作报告的决议']
    """
    doc = non_blank(lines(text))
    in_block, tail = False, zones(doc).tail_start
    bulleted = None  # whether the block's first title had a bullet: its siblings have one too
    for k, line in enumerate(doc):
        stripped = line.text.strip()
        if chromecues.related_heading(stripped, in_tail=line.index >= tail) or pagebits.weak_heading_over_titles(doc, k, tail):
            in_block, bulleted = True, None
            yield drop_line(line, "related-links heading", text)
        elif _HEX_ID.match(stripped):
            yield drop_line(line, "CMS identifier of a related link", text)
        elif (in_block and size(stripped) <= 60 and not is_prose(stripped) and not _WIDGET_LINE.covers(stripped)
              and not chromeplaces.document_structure(doc, k, _OUTLINE) and not _signature_at(doc, k)
              and bulleted in (None, bool(_BULLET.match(stripped)))):
            bulleted = bool(_BULLET.match(stripped)) if bulleted is None else bulleted
            yield drop_line(line, "title of a related link", text)
        else:
            in_block = False


def _signature_at(doc: list[Line], k: int) -> bool:
    """Line ``k`` names an organisation alone and a date line follows it: the document's
    signature, which ends a related-links box set right above it (a linked title names a
    document, not its issuer alone)."""
    name = doc[k].text.strip()
    if k + 1 >= len(doc) or not labels.ORG.fullmatch(name) or labels.TITLE_WORDS.search(name):
        return False
    return _DATE_LINE.match(doc[k + 1].text) is not None


# A date line, its day possibly damaged (2023年7月|0日): the year opens it.
_DATE_LINE = regex.compile(r"\s*+(?:[12\uff11\uff12][\d\uff10-\uff19\uff2f\u25cb]{3}|\u4e8c[\u3007\u25cb\u96f6O\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d]{3})\s*+年")


# A list bullet: a box whose titles carry one ends at the first line without it.
_BULLET = regex.compile(r"^[\u00b7\u2022\u25cf\u25cb\u25c6\u25c7\u25aa\u25a0\u25a1\u25ba\u25b6\u30fb*-]")


def drop_widgets(text: str, ctx: Context) -> Iterator[Edit]:
    """Widget lines (字体大小：大 中 小, 打印, 分享到, 收藏 0 有帮助 0, 扫一扫…) go.

    A widget exploded one token per line is one block: its weak words ("大", "0", "】")
    go with it, and only with it.

    >>> [e.old.strip() for e in drop_widgets("标题\\n【字体：\\n大\\n中\\n小\\n】\\n正文。\\n小", Context())]
    ['【字体：', '大', '中', '小', '】']
    """
    shape, strong_re = (_widget_patterns(ctx.corpus.chrome_phrases) if ctx.corpus.chrome_phrases
                        else (_WIDGET_LINE, _WIDGET_STRONG))
    read = chromecues.simplified(text)  # a traditional-character site's words read as the same widgets
    if strong_re.search(read) is None and strong_re.search(chromecues.ANY_SPACE.sub("", read)) is None:
        return  # a block goes only with a strong widget word in it
    block: list[Line] = []  # consecutive widget-shaped lines (blank lines between are fine)
    words: list[str] = []  # their text, letter-spaced buttons ("打 印") closed up
    doc = non_blank(lines(read))
    for k, line in enumerate(doc + [None]):
        word = chromecues.widget_text(line.text, shape) if line is not None and not is_date_only(line.text) else None
        if word is not None:
            block.append(line)  # a bare date is the page's date, not a widget
            words.append(word)
            continue
        if any(strong_re.search(w) for w in words) and not chromeplaces.lone_word_in_body(words, doc, k, strong_re):
            first = k - len(block)  # 您即将访问外部链接… over its pop-up's buttons (继续访问 放弃访问) goes with them
            if first > 0 and len(block) == 1 and pagebits.popup_buttons(block[0].text) and chromecues.visiting(doc[first - 1].text):
                yield drop_line(doc[first - 1], "page furniture: leaving-the-site notice", text)
            for l in block:
                yield drop_line(l, "page widget (print, share, font size, counters ...)", text)
        block, words = [], []


# A widget glued to the end of a paragraph: after the last sentence end (and any closing
# quote), to the line's end. Its own sentence end would make it prose, not a widget.
_GLUED_TAIL = regex.compile(r"[\u3002\uff01\uff1f!?][\u201d\u2019\u300d\u300f]?+(?P<tail>[^\u3002\uff01\uff1f!?\n]{2,40}+)$",
                            regex.MULTILINE)
# Or after a clause's semicolon, the end of an item in a list of measures (…开展1次全面自查；　【打印】【关闭】):
# a tail of its own, tried when the line's sentence-end tail holds more than the widget; set apart by a
# blank and holding a widget word (a count alone may be the item's own figure).
_GLUED_CLAUSE_TAIL = regex.compile(r"[\uff1b;](?P<tail>[^\u3002\uff01\uff1f!?\uff1b;\n]{2,40}+)$", regex.MULTILINE)


def drop_glued_widgets(text: str, ctx: Context) -> Iterator[Edit]:
    """A widget glued after a paragraph's last sentence or clause ("…重要。 【打印】【关闭】") goes.

    Two cues must agree: the segment follows a sentence end or a semicolon at the end of
    its line (where a page's links land when a scraper loses the line break), and it is
    made only of widget words and separators with a strong one among them, or is wholly a
    counter (after a sentence), a pager or a link to the neighbouring article. A sentence that names 打印 or
    分享 keeps its words: it has more than widget words, or no sentence end before them.

    >>> [e.old for e in drop_glued_widgets("要切实做好。  【打印】【关闭】\\n请各单位下载打印。", Context())]
    ['  【打印】【关闭】']
    >>> [e.old for e in drop_glued_widgets("（二）每半年开展1次自查；\u3000【打印】【关闭】\\n", Context())]
    ['\u3000【打印】【关闭】']
    >>> list(drop_glued_widgets("会后分享经验。分享到基层\\n", Context()))
    []
    """
    shape, strong_re = (_widget_patterns(ctx.corpus.chrome_phrases) if ctx.corpus.chrome_phrases
                        else (_WIDGET_LINE, _WIDGET_STRONG))
    read = chromecues.simplified(text)  # one for one: offsets into ``read`` are offsets into ``text``
    has_widget = strong_re.search(read) is not None
    taken = -1  # where the last removed tail ends: a clause's tail inside it is the same widget
    for m in sorted([*_GLUED_TAIL.finditer(read), *_GLUED_CLAUSE_TAIL.finditer(read)], key=lambda m: m.start("tail")):
        clause = m.re is _GLUED_CLAUSE_TAIL
        if m.end("tail") <= taken or (clause and not (m["tail"][:1].isspace() and strong_re.search(m["tail"]))):
            continue
        if why := _glued_widget(m["tail"], shape, strong_re, has_widget, counters=not clause):
            taken = m.end("tail")
            yield Edit(m.start("tail"), m.end("tail"), text[m.start("tail"):m.end("tail")], "", why)
    yield from gluedwidgets.glued_lead(text, shape, strong_re)
    yield from gluedwidgets.glued_to_lines(text, shape, strong_re)


_BUTTON_FRAMES = regex.compile(r"[\s\[\]【】]++")
_BUTTON_CELL = regex.compile(r"[\[【][^\]】]++[\]】]")


def _glued_widget(tail: str, shape: Tiling, strong_re: regex.Pattern, has_widget: bool, counters: bool = True) -> str | None:
    """Why ``tail``, glued after a paragraph's sentence, is page furniture, or None. ``counters``:
    a count may be the furniture (not after a clause of a summary's list, which ends on its own
    figures: …；　总访问量：45625次)."""
    kind = chromecues.furniture(tail)
    if kind and (counters or kind != "view counter"):  # a counter or an editor's credit glued on: the same fault
        return f"page furniture glued after the paragraph: {kind}"
    if (has_widget and ((chromecues.enough_widget(tail, strong_re) and shape.covers(tail.strip()))
                        or chromecues.button_row(tail)) or (uirows.ui_row(tail) or "").startswith("widget row")
            # 【返回】【顶部】: one button in two cells
            or counters and len(_BUTTON_CELL.findall(tail)) >= 2 and strong_re.fullmatch(_BUTTON_FRAMES.sub("", tail))):
        return "page widget glued after the paragraph (print, share ...)"
    if pageparts.pager(tail) or pageparts.letter_widget(tail) == "English buttons":  # TOP, Print | Close, 第2页 共5页
        what = "pager" if pageparts.pager(tail) else "English page buttons"
        return f"{what} glued after the paragraph's last sentence"
    if chromecues.neighbour_link(tail.strip()):
        return "link to the neighbouring article glued after the paragraph"
    return None


def drop_furniture(text: str) -> Iterator[Edit]:
    """Furniture lines a word list cannot enumerate go, told by their whole shape.

    A view counter (阅读：1234, 【点击：】, 您是第N位访客), an editor's credit (（责任编辑：张明）),
    a QR or share label, a link to the neighbouring article (上一篇：<title>) or a hot-word
    bar hold nothing else (see cleaner.chromecues); a date bar (date, weekday, weather)
    goes only in the page's head, before the first sentence, where a portal prints it.

    >>> [e.old for e in drop_furniture("2026年11月30日 星期一 晴 5℃\\n标题\\n正文。\\n【阅读：12】\\n上一篇：关于防汛的通知")]
    ['2026年11月30日 星期一 晴 5℃\\n', '【阅读：12】\\n', '上一篇：关于防汛的通知']
    """
    doc = non_blank(lines(chromecues.simplified(text)))  # one for one: the lines' offsets are the text's
    head_end, tail_start = zones(doc).head_end, zones(doc).tail_start
    k = 0
    while k < len(doc):
        line = doc[k]
        menu = pageparts.nav_column([l.text for l in doc[k:]]) if line.index < head_end else 0
        for l in doc[k:k + menu]:  # a menu one link per line stands only in the page's head
            yield drop_line(l, "page furniture: navigation menu, one link per line", text)
        k += menu
        kind = None if menu else chromecues.line_furniture(line.text, in_head=line.index < head_end)
        in_body = head_end <= line.index < tail_start
        if kind == "view counter" and in_body and chromecues.edge_counter(line.text):
            kind = None  # 10万+ / 已浏览 / two counts on a line: a report's own figures inside its body
        if not (kind or menu) and k + 1 < len(doc) and pagebits.popup_buttons(doc[k + 1].text) and chromecues.visiting(line.text):
            kind = "leaving-the-site notice"  # 您即将访问外部链接… only with the pop-up's buttons under it
        if not (kind or menu) and not in_body:  # a row of interface cells, at an edge only
            kind = (uirows.ui_row(line.text) or (pagebits.access_bar(line.text) and "accessibility or interaction bar")
                    or (gluedwidgets.share_bar(doc, k, head_end) and "share bar"))
        if not (kind or menu) and k < 3 and k + 1 < len(doc) and not any(is_prose(l.text) for l in doc[:k] + [doc[k + 1]]):
            kind = uirows.site_banner(line.text)  # above the title (a line of no sentence follows), at the top only
        if kind:
            yield drop_line(line, f"page furniture: {kind}", text)
            if kind.startswith("leaving") and k + 1 < len(doc) and pagebits.popup_buttons(doc[k + 1].text):
                k += 1  # the pop-up's buttons go with its text, and only with it
                yield drop_line(doc[k], "page furniture: the buttons of the leaving-the-site notice", text)
        k += not menu


@only_if(*data.phrases("footer_strong"), "网站", "本站", "本网", "浏览器", "分辨率", "访客", "维护", "主办", "承办", "技术支持")  # a strong line or a site cue
def drop_footers(text: str) -> Iterator[Edit]:
    """Site footer lines (Copyright, 版权所有, ICP备, 公网安备, 网站标识码 …) go.

    A line with a weak footer word (主办单位, 技术支持, 联系电话) goes only inside a block
    of footer lines: a notice's own contact line stays.

    >>> [e.old.strip() for e in drop_footers("正文。\\n主办单位：某市政府办公室\\n蜀ICP备08108490号-1")]
    ['主办单位：某市政府办公室', '蜀ICP备08108490号-1']
    >>> list(drop_footers("正文。\\n技术支持：王老师，电话：62181513"))
    []
    """
    doc = non_blank(lines(text))
    tail = zones(doc).tail_start
    footer = [(chromecues.FOOTER_STRONG.search(l.text) is not None or chromecues.browser_advice(l.text)
               or (l.index >= tail and (chromecues.footer_pairs(l.text) >= 2 or chromecues.SITE_OWNER.match(l.text.strip()))))
              and _footer_shaped(l.text) for l in doc]
    weak = [not f and _FOOTER_WEAK.search(l.text) is not None and _footer_shaped(l.text) for f, l in zip(footer, doc)]
    # A run of weak footer lines joins the block it touches: one sweep down, one sweep up
    # (not a pass over the page per line the block grows by).
    for k in range(1, len(doc)):
        footer[k] = footer[k] or (weak[k] and footer[k - 1])
    for k in range(len(doc) - 2, -1, -1):
        footer[k] = footer[k] or (weak[k] and footer[k + 1])
    chromeplaces.site_blocks(doc, footer, weak)
    for k, line in enumerate(doc):
        if footer[k]:
            yield drop_line(line, "site footer (copyright, ICP record, site owner)", text)


def _footer_shaped(line: str) -> bool:
    return size(line) <= 200 and not is_prose(line)


@only_if("摄")
def drop_photo_captions(text: str) -> Iterator[Edit]:
    """A photo caption line ("…作政府工作报告。 宁夏日报记者 王鼎 摄") goes: the photo is gone.

    >>> [e.old for e in drop_photo_captions("殷勇同志作政府工作报告。本报记者 戴冰摄\\n各位代表：")]
    ['殷勇同志作政府工作报告。本报记者 戴冰摄\\n']
    """
    for line in lines(text):
        if size(line.text) <= 150 and _CAPTION.search(line.text.strip()):
            yield drop_line(line, "photo caption (the photo is not in the text)", text)


@only_if("[", "【")
def drop_teasers(text: str) -> Iterator[Edit]:
    """A teaser before the title ("[202年上半年工作总结]中医药事业…金寨、霍山全国基") goes.

    Teasers are cut-off excerpts of another article in a page's header: a bracketed
    label, then running text (a comma or a full stop inside) that stops mid-sentence. A
    tagged title ("【政策解读】…实施意见解读") has no punctuation inside: it stays.

    >>> [e.old[:6] for e in drop_teasers("[上半年工作总结]中医药事业创新发展。金寨、霍山全国基\\n关于印发的通知")]
    ['[上半年工作']
    """
    for line in non_blank(lines(text))[:3]:
        stripped = line.text.strip()
        if (TEASER.match(stripped) and not regex.search(r"[。”」』)\uff09\uff01\uff1f]$", stripped)
                and regex.search(r"[\u3002\uff0c\u3001\uff1b]", stripped)):  # running text, not a tagged title
            yield drop_line(line, "teaser excerpt of another page, cut off mid-sentence", text)


def drop_recurring_lines(text: str, ctx: Context) -> Iterator[Edit]:
    """A short line that recurs on many pages of the corpus, above the document, goes.

    Which lines recur is computed over the whole corpus first (a share of its documents).
    Recurrence alone is no evidence of chrome: the notices of one office share their
    addressee line (各有关单位：), their signature and sometimes their date, a run of reports
    its salutation (各位代表：) and a lead-in (一年来，我们主要做了以下工作：). So a recurring
    line goes only if it is short, holds no sentence, is no outline heading, does not read
    like a title, plays no part in the document's structure (an addressee or lead-in, a
    signature, a date, an attachment line), and stands above the document's first title or
    sentence, where a site's template puts its header. Below the title the lines an office's
    documents share are its own (a byline, 联系人, （此件公开发布）, 抄送); a footer the worded rules
    do not know stays: a line of chrome left is better than a line of the document lost.

    >>> from cleaner.types import Corpus
    >>> ctx = Context(corpus=Corpus(recurring_lines=frozenset({"智慧卫健服务平台", "各有关单位："})))
    >>> [e.old for e in drop_recurring_lines("智慧卫健服务平台\\n关于印发要点的通知\\n各有关单位：\\n现将要点印发。", ctx)]
    ['智慧卫健服务平台\\n']
    """
    recurring = ctx.corpus.recurring_lines
    if not recurring:
        return
    doc = non_blank(lines(text))
    start = next((k for k, l in enumerate(doc) if _opens_document(l.text.strip())), len(doc))
    for k in range(start):
        if _template_line(doc, k, recurring):
            yield drop_line(doc[k], "line repeated on many pages of the corpus, above the document (site chrome)", text)


def _template_line(doc: list[Line], k: int, recurring: frozenset) -> bool:
    """Line ``k``, above the document (so no title and no sentence), is a site's recurring header line."""
    stripped = doc[k].text.strip()
    return (stripped in recurring and size(stripped) <= 40
            and not chromeplaces.document_structure(doc, k, _OUTLINE) and not _signature_at(doc, k))


def _opens_document(line: str) -> bool:
    """A title or a sentence: what a site's header stands above."""
    return is_prose(line) or labels.TITLE_WORDS.search(line) is not None


def drop_title_repeats(text: str, ctx: Context) -> Iterator[Edit]:
    """The page repeats its header: later copies of the title and of header lines go.

    Also the share-summary residue at the end of a page: the title again, then the first
    words of the body.

    >>> ctx = Context(metadata={"title": "政府工作报告"})
    >>> t = "政府工作报告\\n副标题\\n副标题\\n各位代表：\\n现在我代表政府报告工作。\\n政府工作报告\\n各位代表：现在我代表政府"
    >>> [e.old.strip() for e in drop_title_repeats(t, ctx)]
    ['副标题', '政府工作报告', '各位代表：现在我代表政府']
    """
    doc = non_blank(lines(text))
    title = ctx.metadata.get("title")
    z = zones(lines(text))
    has_prose = z.head_end < len(lines(text))  # no sentence at all: a list, not a page with a head
    seen: set[str] = set()
    loose_title = chromecues.loose(title) if title else None  # a copy in the other width is the title too
    first_title = next((k for k, l in enumerate(doc) if chromecues.loose(l.text) == loose_title), None)
    for k, line in enumerate(doc):
        stripped = line.text.strip()
        if has_prose and z.in_head(line.index):
            if stripped in seen:
                yield drop_line(line, "header line repeated", text)
            seen.add(stripped)
        elif title and first_title is not None and k > first_title and chromecues.loose(stripped) == loose_title:
            # Only the second-to-last line can open a share summary: checked first, because
            # chromeplaces.is_body_start reads the whole body (a repeated title must not cost that each time).
            if k + 2 == len(doc) and chromeplaces.is_body_start(doc, doc[k + 1]):
                yield drop_line(line, "title repeated at the end of the page", text)
                yield drop_line(doc[k + 1], "share summary: the body's first words repeated", text)
            elif z.in_tail(line.index):
                yield drop_line(line, "title repeated at the end of the page", text)


def drop_shaped_lines(text: str) -> Iterator[Edit]:
    """Lines that carry no word of the document go, told by their shape and place, not a word list.

    A line with no Han character and no letter (a page number "— 3 —", a rule drawn with marks)
    goes where it splits the running text (prose beside it, no short cell around it); an image's file
    name or a media placeholder ([视频] 00:00 / 02:15) goes anywhere; a page's own address (a
    URL with a path to a page, after a short label at most) goes only outside the running
    text, in the page's head or tail; a row of link words, options or tags (关于我们 | 站点地图,
    内容评价：有用 一般 无用) goes after the text, unless a table row follows it.

    >>> [e.old for e in drop_shaped_lines("标题\\n第一段。\\n— 3 —\\n第二段。\\n本文链接：http://a.gov.cn/art/2021/3/31/art_1_2.html")]
    ['— 3 —\\n', '本文链接：http://a.gov.cn/art/2021/3/31/art_1_2.html']
    >>> [e.old for e in drop_shaped_lines("标题\\n正文。\\n关于我们 | 站点地图 | 法律声明")]
    ['关于我们 | 站点地图 | 法律声明']
    >>> list(drop_shaped_lines("标题\\n序号\\n3\\n项目\\n第一段。\\n网址：http://a.gov.cn/art/2021/3/31/art_1_2.html\\n第二段。"))
    []
    """
    doc = non_blank(lines(text))
    z = zones(doc)
    prose = [is_prose(l.text) for l in doc]
    for k, line in enumerate(doc):
        if kind := k and chromeplaces.app_furniture(doc, prose, k, z.tail_start):  # prose-shaped (点个“在看”，…) too
            yield drop_line(line, f"page chrome: {kind}", text)
        if k == 0 or prose[k] or kind:
            continue
        mark, link = lineshape.mark_line(line.text), lineshape.link_line(line.text)
        if mark and (mark == "drawn rule" or chromeplaces.splits_text(doc, prose, k)):
            yield drop_line(line, f"page chrome: {mark} (no word, splits the text)", text)
        elif link in ("file name", "media placeholder") or (link and not (z.tail_start > line.index >= z.head_end)):
            yield drop_line(line, f"page chrome: {link} alone on a line outside the text", text)
        elif line.index >= z.tail_start and (row := lineshape.tail_row(line.text)) and not chromeplaces.table_follows(doc, k):
            yield drop_line(line, f"page chrome: {row} after the text", text)


def drop_edge_blocks(text: str) -> Iterator[Edit]:
    """Blocks of short item lines at the page's edges go, told by their shape and place, not their words.

    Above the title, under it or after the signature date, when lines and items agree (cleaner.edgeblocks).
    >>> [e.old for e in drop_edge_blocks("康养视窗\\n港航直通车\\n侨务广角\\n关于做好防汛工作的通知\\n现将有关事项通知如下。")]
    ['康养视窗\\n', '港航直通车\\n', '侨务广角\\n']
    >>> list(drop_edge_blocks("关于表彰的通知\\n现将名单公布如下。\\n临泉市教育局\\n2021年3月29日\\n张华　李明　王强　赵丽"))
    []
    """
    doc = non_blank(lines(text))
    for first, end, kind in edgeblocks.head_blocks(doc) + [b for b in [edgeblocks.tail_block(doc)] if b]:
        for line in doc[first:end]:
            yield drop_line(line, f"page chrome at the page's edge: {kind}, every line short items, no sentence", text)
