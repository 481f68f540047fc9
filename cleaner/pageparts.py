"""Parts of a CMS page that a crawler flattens into text, told by their shape (for rules/chrome.py).

Every government site renders its documents in a template: a navigation bar of short column
names, a pager under long articles, and the template's own code (HTML comments such as
``<!-- 正文开始 -->``, a stray ``</div>``, statistics and share scripts) that a careless
extractor keeps as text. None of them is a sentence: a pager is made only of page words and
numbers, template code only of ASCII code once its quoted strings and comments are set aside,
a navigation bar only of short column names. Each test here is a whole-line shape; nothing
here changes text.
"""

from __future__ import annotations

import unicodedata

import regex

# --- template remnants -------------------------------------------------------------------------

# A whole HTML comment, or one tag alone on its line (<div class="x">, </div>, <script ...>).
_COMMENT = regex.compile(r"<!--[^\n]{0,200}?-->")
_LONE_TAG = regex.compile(r"</?+[A-Za-z][A-Za-z0-9]{0,10}+(?:\s++[^<>\n]{0,200}+)?+/?+>")
# A statement of script or style: code words and the punctuation code ends with.
_CODE_WORD = regex.compile(r"\b(?:var|let|const|function|document\.|window\.|if|return|typeof)\b|\$\(|=>|\{[^{}\n]*+\}")
_CODE_END = regex.compile(r"(?:[;{}]|\);?+|\}\);?+)\s*+$")
_QUOTED = regex.compile(r"'[^'\n]*+'|\"[^\"\n]*+\"")
_STYLE = regex.compile(r"<style[^<>\n]*+>[^<\n]*+</style>|[.#]?[A-Za-z_][\w\-. ]*+\{[^{}\n]*+:[^{}\n]*+\}")


def template_remnant(line: str) -> bool:
    """A line of the page's template code: an HTML comment, a lone tag, a style or script line.

    Han characters may stand only inside the comment or a quoted string: a sentence of the
    document never matches.

    >>> template_remnant("<!-- 正文开始 -->"), template_remnant("</div>"), template_remnant("var _hmt = _hmt || [];")
    (True, True, True)
    >>> template_remnant("$(function(){ $('.share').share(); });"), template_remnant("<style>.TRS_Editor P{line-height:2;}</style>")
    (True, True)
    >>> template_remnant("参照《办法》<第三条>执行。"), template_remnant("x = 1"), template_remnant("if 条件满足 {执行};")
    (False, False, False)
    """
    s = line.strip()
    if not s or len(s) > 300:
        return False
    bare = _COMMENT.sub("", s)
    if not bare.strip():
        return True
    if _LONE_TAG.fullmatch(bare.strip()) or _STYLE.fullmatch(bare.strip()):
        return not regex.search(r"\p{Han}", _QUOTED.sub("", bare))
    code = _QUOTED.sub("''", bare)
    if regex.search(r"\p{Han}", code):
        return False
    return _CODE_END.search(code) is not None and _CODE_WORD.search(code) is not None


# --- pager -------------------------------------------------------------------------------------

# The words of a pager and its numbers; a pager line holds nothing else.
_PAGE_WORD = r"(?:首页|尾页|末页|上一页|下一页|前一页|后一页|上页|下页|跳转到?|转到|GO|Go|分页|页)"
_PAGE_COUNT = r"(?:(?:共|当前第|第)\s*+[0-9]{1,4}+\s*+页)"
# A list page's record counts beside its pager (共56条记录 当前第1/3页 每页20条 / 记录总数：56 | 页次：1/3): what
# the paging templates of many CMSs print; a count of records alone is no pager (it needs a page word too).
_RECORDS = (r"(?:(?:共有?|总计)\s*+)?+[0-9]{1,6}+\s*+条(?:记录)?+(?:\s*+/\s*+页)?+"
            r"|(?:记录总数|总记录数|总条数|总页数|当前页|页次)\s*+[:\uff1a]?+\s*+[0-9]{1,6}+(?:\s*+/\s*+[0-9]{1,4}+)?+"
            r"|(?:当前)?+第\s*+[0-9]{1,4}+\s*+/\s*+[0-9]{1,4}+\s*+页|[0-9]{1,4}+\s*+/\s*+[0-9]{1,4}+\s*+页"
            r"|每页(?:显示)?+\s*+[0-9]{1,3}+\s*+条")
_PAGE_TOKEN = regex.compile(rf"{_RECORDS}|{_PAGE_COUNT}|{_PAGE_WORD}|[0-9]{{1,4}}+|[<>«»‹›]|[\[\]【】\s|｜/:\uff1a,\uff0c]++")
_STRONG_PAGE = regex.compile(r"上一页|下一页|前一页|后一页|共\s*+[0-9]{1,4}+\s*+页|^分页\s*+[:\uff1a]|条记录|记录总数|总页数|页次"
                             r"|第\s*+[0-9]{1,4}+\s*+/\s*+[0-9]{1,4}+\s*+页|[0-9]\s*+/\s*+[0-9]{1,4}+\s*+页|每页(?:显示)?+\s*+[0-9]|上页|下页")


def pager(line: str) -> bool:
    """A pager: page words (首页 上一页 下一页 尾页, 共N页 第N页) and page numbers, nothing else.

    >>> pager("首页 上一页 1 2 3 下一页 尾页"), pager("共3页 第1页"), pager("【上一页】【下一页】"), pager("< 1 2 3 >")
    (True, True, True, True)
    >>> pager("分页：1 2 3"), pager("< 1 2 [3] 4 >")
    (True, True)
    >>> pager("共56条记录 当前第1/3页 首页 上一页 下一页 尾页"), pager("记录总数：56 | 总页数：3 | 当前页：1"), pager("共301条　页次：6/21　15条/页")
    (True, True, True)
    >>> pager("第1页"), pager("见第3页"), pager("首页"), pager("1 2 3"), pager("分页 1 2"), pager("共15条"), pager("第3条")
    (False, False, False, False, False, False, False)
    """
    s = line.strip()
    if not s or len(s) > 120:
        return False
    pos, words = 0, 0
    while pos < len(s):
        m = _PAGE_TOKEN.match(s, pos)
        if m is None:
            return False
        words += bool(regex.search(r"[^\s\[\]【】|｜/:\uff1a]", m.group()))
        pos = m.end()
    if _STRONG_PAGE.search(s):
        return words >= 2
    return _ARROW_NUMBERS.fullmatch(s) is not None


# The current page may stand in brackets: < 1 2 [3] 4 >.
_ARROW_NUMBERS = regex.compile(r"[<«‹]\s*+\[?+1\]?+(?:\s++\[?+[0-9]{1,4}+\]?+){1,20}+\s*+[>»›]")

# --- navigation bar ----------------------------------------------------------------------------

# Column names a portal's navigation bar holds; a bar needs two of them and nothing but short
# names split by white space, so a list of people or places never reads as one.
_NAV_WORD = regex.compile(
    r"(?:网站)?首页|政务公开|政府信息公开|信息公开|新闻中心|新闻动态|办事服务|政务服务|网上办事|互动交流|公众参与|政民互动|"
    r"机构概况|走进\p{Han}{2,4}|专题专栏|数据开放|领导之窗|政策文件|政策解读|投资环境|便民服务|在线访谈|通知公告|工作动态|"
    r"政策法规|办事指南|在线办事|领导信箱|机构设置|数据发布|更多栏目|部门动态|县区动态|图片新闻|新闻发布会"
)
_NAV_ITEM = regex.compile(r"\p{Han}{2,8}+")
NAV_WORD = _NAV_WORD  # shared with cleaner.uirows: one vocabulary of column names


def nav_bar(line: str) -> bool:
    """A navigation bar flattened to text: four or more short column names split by white space,
    two of them a portal's column names.

    >>> nav_bar("网站首页 政务公开 新闻中心 办事服务 互动交流"), nav_bar("首页\\u3000机构概况\\u3000政策文件\\u3000数据开放")
    (True, True)
    >>> nav_bar("张明 李华 王强 赵敏"), nav_bar("政务公开 工作 要求 明确"), nav_bar("政务公开和政务服务")
    (False, False, False)
    """
    items = line.split()
    if len(items) < 4 or len(items) > 12 or not all(_NAV_ITEM.fullmatch(i) for i in items):
        return False
    return sum(_NAV_WORD.fullmatch(i) is not None for i in items) >= 2 and len({len(i) for i in items} - {2}) > 0


# A line holding only the bar a template draws between two links.
_BAR_LINE = regex.compile(r"[|｜丨·/>»›]")


def nav_column(texts: list[str]) -> int:
    """How many lines at the start of ``texts`` are a navigation menu flattened one link per line
    (政务公开 / | / 新闻动态 / | / 办事服务): three or more short column names, two of them a
    portal's, with nothing between them but lines holding only a bar. 0 when there is none.

    >>> nav_column(["政务公开", "|", "新闻动态", "|", "办事服务", "关于做好防汛工作的通知"])
    5
    >>> nav_column(["首页", "通知公告", "工作动态", "正文。"]), nav_column(["张明", "李华", "政务公开"])
    (3, 0)
    """
    items, end, k = 0, 0, 0
    names = 0
    while k < len(texts):
        s = texts[k].strip()
        if _NAV_ITEM.fullmatch(s) and size_ok(s):
            items += 1
            names += _NAV_WORD.fullmatch(s) is not None
            end = k + 1
        elif not (_BAR_LINE.fullmatch(s) and items):
            break
        k += 1
    return end if items >= 3 and names >= 2 else 0


def size_ok(s: str) -> bool:
    """A column name is two to six characters: a longer line is a title or a heading."""
    return 2 <= len(s) <= 6


# --- widgets without a word: letter icons, English buttons, script notices ---------------------

# A font-size widget drawn with letters (A+ A A- / [A+] [A-] / Ａ＋ Ａ－ / T+ T- / 大A 中A 小A).
_GLYPH_ROW = regex.compile(r"(?:(?i:font(?:\s*+size)?+)\s*+[:\uff1a]?+\s*+)?+(?:[\[【(\uff08]?+[大中小]?+[AＡT][+\-\uff0b\uff0d↑↓]?+[\]】)\uff09]?+[\s|｜]*+){2,4}+")
_GLYPH_SIGN = regex.compile(r"[+\-\uff0b\uff0d↑↓]|[大中小][AＡ]")
# The English labels of a bilingual template's buttons; one of the first row must be there.
_EN_BUTTON = {"print", "close", "share", "top", "back", "previous", "next", "prev", "email", "e-mail", "font", "related"}
_EN_FILLER = {"to", "this", "page", "window", "go", "home", "article", "wechat", "weibo", "qq", "favorite", "feedback",
              "size", "text", "large", "medium", "small", "articles", "links", "list", "a", "t", "error",
              "dayin", "guanbi", "shoucang", "fenxiang", "fanhui", "jiucuo"}  # pinyin ids of the same buttons
# Separators and icons between the labels (any symbol by category: an icon font's glyphs).
_EN_SPLIT = regex.compile(r"[\s|｜\[\]【】<>«»:\uff1a↑↓()/·\p{So}\p{Sm}]++")
# A like / vote bar: every cell a vote word and its count (赞 12 | 踩 0 / 点赞(12) 在看(3)).
_VOTES = regex.compile(r"(?:(?:[赞踩顶]|点赞|在看|喜欢|推荐|收藏)\s*+[(\uff08]?+[0-9]{1,6}+[)\uff09]?+[\s|｜]*+){1,4}+")
# What a script or a plug-in shows before the page works.
_NOTICE = regex.compile(
    r"(?:正在|数据|视频|页面|内容)?+加载中?+[\uff0c,]?+(?:请稍[候后等])?+[.…。]*+|(?i:loading)[.…]*+"
    r"|(?:您的|你的|当前)浏览器[^\n。]{0,30}?(?:不支持|版本过低|版本太低)[^\n。]{0,30}+。?+"
    r"|(?:本页面|该页面|此页面)需要\s*+(?:Flash|JavaScript)[^\n。]{0,20}+。?+"
    r"|请(?:开启|启用|打开)\s*+(?i:javascript)[^\n。]{0,20}+。?+|(?i:your browser does not support)[^\n]{0,40}+"
)


def letter_widget(line: str) -> str | None:
    """What kind of widget a line drawn without Chinese words is, or None: a letter font-size
    row, a row of English button labels, or the notice a script shows while it loads.

    >>> letter_widget("A+ A A-"), letter_widget("[Print] [Close]"), letter_widget("加载中，请稍候...")
    ('font size letters', 'English buttons', 'script or plug-in notice')
    >>> letter_widget("您的浏览器版本过低，请升级浏览器"), letter_widget("赞 281 | 踩 25")
    ('script or plug-in notice', 'vote counts')
    >>> letter_widget("AA"), letter_widget("Next Generation"), letter_widget("如浏览器版本过低，请升级。")
    (None, None, None)
    """
    s = unicodedata.normalize("NFKC", line).strip()  # ＰＲＩＮＴ　｜　ＣＬＯＳＥ: full-width labels read as ASCII
    if not s or len(s) > 60:
        return None
    if _GLYPH_ROW.fullmatch(s) and _GLYPH_SIGN.search(s):
        return "font size letters"
    words = [w.lower() for w in _EN_SPLIT.split(s) if w]
    if 0 < len(words) <= 5 and all(w in _EN_BUTTON or w in _EN_FILLER for w in words) and _EN_BUTTON & set(words):
        return "English buttons"
    if _VOTES.fullmatch(s):
        return "vote counts"
    return "script or plug-in notice" if _NOTICE.fullmatch(s) else None
