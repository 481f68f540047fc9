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
_PAGE_WORD = r"(?:首页|尾页|末页|上一页|下一页|前一页|后一页|上页|下页|跳转到?|转到|GO|Go|页)"
_PAGE_COUNT = r"(?:(?:共|当前第|第)\s*+[0-9]{1,4}+\s*+页)"
_PAGE_TOKEN = regex.compile(rf"{_PAGE_COUNT}|{_PAGE_WORD}|[0-9]{{1,4}}+|[<>«»‹›]|[\[\]【】\s|｜/:\uff1a]++")
_STRONG_PAGE = regex.compile(r"上一页|下一页|前一页|后一页|共\s*+[0-9]{1,4}+\s*+页")


def pager(line: str) -> bool:
    """A pager: page words (首页 上一页 下一页 尾页, 共N页 第N页) and page numbers, nothing else.

    >>> pager("首页 上一页 1 2 3 下一页 尾页"), pager("共3页 第1页"), pager("【上一页】【下一页】"), pager("< 1 2 3 >")
    (True, True, True, True)
    >>> pager("第1页"), pager("见第3页"), pager("首页"), pager("1 2 3")
    (False, False, False, False)
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


_ARROW_NUMBERS = regex.compile(r"[<«‹]\s*+1(?:\s++[0-9]{1,4}+){1,20}+\s*+[>»›]")

# --- navigation bar ----------------------------------------------------------------------------

# Column names a portal's navigation bar holds; a bar needs two of them and nothing but short
# names split by white space, so a list of people or places never reads as one.
_NAV_WORD = regex.compile(
    r"(?:网站)?首页|政务公开|政府信息公开|信息公开|新闻中心|新闻动态|办事服务|政务服务|网上办事|互动交流|公众参与|政民互动|"
    r"机构概况|走进\p{Han}{2,4}|专题专栏|数据开放|领导之窗|政策文件|政策解读|投资环境|便民服务|在线访谈|通知公告|工作动态"
)
_NAV_ITEM = regex.compile(r"\p{Han}{2,8}+")


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
