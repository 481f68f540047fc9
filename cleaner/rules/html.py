"""HTML pages become text: markup, scripts and navigation go, paragraphs become lines.

A saved page or a scraped body fragment is cleaned in place, as edits on its own text, so
every removal keeps its position in the page and ``cleaner restore`` rebuilds the HTML
byte for byte. Block elements (p, div, li, tr, h1-h6, br ...) end lines; table cells are
separated by an ideographic space; entities become their characters; the source's own
line breaks inside a paragraph become spaces (the spacing rules decide what stays).
Non-content elements go whole: scripts, styles, the page head, forms' controls, hidden
elements, and <nav>/<footer>/<aside> or an element whose class or id names navigation,
menus, sharing or the footer, unless it holds a large share of the page's Chinese text
(then it is the content, whatever its name). What is left of the chrome is text, for the
chrome family. The page's <meta> fields (ArticleTitle, PubDate, ContentSource ...) feed the
metadata; they are read, not removed separately (they go with the head).
"""

from __future__ import annotations

import html as html_lib
from bisect import bisect_left
from collections.abc import Iterator
from itertools import accumulate

import regex

from cleaner import chars
from cleaner.textutil import han_count, only_if, parse_date
from cleaner.types import Edit, Field

# A page or fragment: opens with markup and holds at least one element that ends a line.
_LOOKS_LIKE_HTML = regex.compile(
    r"\A[\s\ufeff]*(?:<!DOCTYPE\s+html|<html\b|<head\b|<body\b|<meta\b|<div\b|<p\b|<table\b|<span\b|<!--)",
    regex.IGNORECASE,
)
# Tokens: comment | raw-text element | declaration | tag | entity, the first that fits.
# A raw-text element (<script>…</script>) and a declaration (<!…>, <?…>) are only found
# here by their start: whether the element closes, or the declaration has its ">", is
# decided by :func:`_tokens` (a pattern tried at every "<script" of a page without one
# walks to the end of the page each time: quadratic).
_TAG_PATTERN = r"(?P<tag></?(?P<name>[A-Za-z][A-Za-z0-9:-]*+)(?:\s[^<>]*+)?/?>)"
_TOKEN = regex.compile(
    r"(?P<comment><!--.*?(?:-->|\Z))"
    r"|<(?P<rawtag>script|style|noscript|template|textarea|svg|iframe|object|select|button|head|title)\b"
    r"|(?P<decl><[!?])"
    rf"|{_TAG_PATTERN}"
    r"|(?P<entity>&(?:\#\d{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)",
    regex.IGNORECASE | regex.DOTALL,
)
_TAG = regex.compile(_TAG_PATTERN, regex.IGNORECASE)
_REFERENCE_BODY = regex.compile(r"\#[0-9]{1,8}+;?|\#[xX][0-9a-fA-F]{1,8}+;?|[A-Za-z][A-Za-z0-9]{0,31}+;?")
_GT = regex.compile(">")
_BLOCK = frozenset(
    "address article aside blockquote br caption center dd div dl dt figcaption figure footer form h1 h2 h3 "
    "h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot title tr ul body html".split()
)
_CELL = frozenset({"td", "th"})
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_CHROME_TAGS = frozenset({"nav", "footer", "aside"})
_CHROME_NAME = regex.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|submenu|footer|foot|breadcrumbs?|crumbs?|location|position|share|bdshare"
    r"|sidebar|toolbar|topbar|copyright|sitemap|friendlink|links)(?:$|[\s_\d-])",
    regex.IGNORECASE,
)
# An element the page never shows (CMS variables, templates): style display:none or hidden.
_HIDDEN = regex.compile(r"""\bstyle\s*=\s*["'][^"']*display\s*:\s*none|\shidden(?:\s|=|/?>)""", regex.IGNORECASE)
_ATTRIBUTE = regex.compile(r"""\b(class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", regex.IGNORECASE)
_SHOWN_SPACE = regex.compile(f"[{chars.NO_BREAK_SPACE}{chars.IDEOGRAPHIC_SPACE}]")
_UNSHOWN_SPACE = regex.compile(f"[^{chars.NO_BREAK_SPACE}{chars.IDEOGRAPHIC_SPACE}]++")
_NEWLINE_RUN = regex.compile(r"(?<![ \t\r\f])[ \t\r\f]*+\n\s*+")  # from a run's start only: linear
# A chrome-named element holding this share of the page's Han characters is the content.
_CONTENT_SHARE = 0.3

looks_like_html = _LOOKS_LIKE_HTML.search


@only_if("<")
def remove_navigation(text: str) -> Iterator[Edit]:
    """Navigation and footer elements go whole (HTML pages only), unless they hold the content.

    <nav>, <footer>, <aside> and elements whose class or id names menus, breadcrumbs,
    sharing or the footer; "the content" is a large share of the page's Han characters.
    A rule of its own: what it removes is text the page showed, decided by the markup's
    names, not by the words (reviewed apart from the markup :func:`extract_text` removes).

    >>> page = '<div class="nav">首页 &gt; 通知</div><p>为做好工作，现通知如下：</p>'
    >>> [e.old for e in remove_navigation(page)]
    ['<div class="nav">首页 &gt; 通知</div>']
    """
    if not looks_like_html(text):
        return
    page = _Page(text)
    skip_to = 0
    for m in _tokens(text):
        if m.start() < skip_to or m.lastgroup != "tag" or not _is_navigation(m):
            continue
        end = page.whole_element(m)
        if end is not None:
            yield Edit(m.start(), end, text[m.start():end], "", f"page navigation or footer element <{m['name'].lower()}>")
            skip_to = end


@only_if("<")
def extract_text(text: str) -> Iterator[Edit]:
    """Markup goes, hidden elements go whole, block elements end lines (HTML pages only).

    Entities become their characters; table cells are set apart by an ideographic space.

    >>> from cleaner.edits import apply
    >>> page = '<p>为做好工作，&nbsp;现通知如下：</p><div style="display:none">{{var}}</div><p>一、总体要求</p>'
    >>> apply(page, list(extract_text(page)))
    '\\n为做好工作，\\xa0现通知如下：\\n\\n一、总体要求\\n'
    >>> list(extract_text("正文<b>不是网页"))
    []
    """
    if not looks_like_html(text):
        return
    page = _Page(text)
    pos, skip_to = 0, 0
    for m in _tokens(text):
        if m.start() < skip_to:
            continue
        if pos < m.start():
            yield from _text_run(text, pos, m.start())
        pos = m.end()
        kind = m.lastgroup  # the outer group of the alternative that matched
        if kind == "tag" and _HIDDEN.search(m.group()):
            end = page.whole_element(m)
            if end is not None:
                yield Edit(m.start(), end, text[m.start():end], "", f"hidden element <{m['name'].lower()}>")
                pos = skip_to = end
                continue
        edit = _token_edit(m, kind)
        if edit is not None:
            yield edit
    if pos < len(text):
        yield from _text_run(text, pos, len(text))


def _tokens(text: str) -> Iterator:
    """The page's tokens, left to right, in linear time: the matches of :data:`_TOKEN`,
    with each raw-text element or declaration start resolved (a :class:`_Resolved`).

    A raw-text element is a token only with its closing tag (never to the end of the
    page), a declaration only with its ">"; otherwise "<script" may still be a plain
    tag. The next ">" and the next closing tag of each name are searched for once and
    remembered while the scan moves right.
    """
    gt, closings, pos = _Ahead(text, _GT), {}, 0
    while True:
        for m in _TOKEN.finditer(text, pos):
            kind = m.lastgroup  # the outer group of the alternative that matched
            if kind != "rawtag" and kind != "decl":
                yield m
                continue
            token = _raw_element(text, m, gt, closings) if kind == "rawtag" else _declaration(text, m, gt)
            if token is not None:
                yield token
            pos = token.end() if token is not None else m.start() + 1
            break  # go on after it, with a fresh scan
        else:
            return


class _Resolved:
    """A raw-text element or a declaration that :func:`_tokens` resolved, read like a match."""

    __slots__ = ("lastgroup", "_text", "_span", "_name")

    def __init__(self, kind: str, text: str, start: int, end: int, name: str | None = None):
        self.lastgroup, self._text, self._span, self._name = kind, text, (start, end), name

    def start(self) -> int:
        return self._span[0]

    def end(self) -> int:
        return self._span[1]

    def group(self) -> str:
        return self._text[self._span[0]:self._span[1]]

    def __getitem__(self, group: str) -> str | None:
        return self._name if group == "rawtag" else None


def _raw_element(text: str, m: regex.Match, gt: "_Ahead", closings: dict):
    """<script …>…</script> from its start ``m``; else the plain tag there, if any."""
    name = m["rawtag"].lower()
    opening = gt.find(m.end())
    if opening is not None and (opening.start() == m.end() or text[opening.start() - 1] != "/"):
        if name not in closings:
            closings[name] = _Ahead(text, regex.compile(rf"</{name}\s*+>", regex.IGNORECASE))
        closing = closings[name].find(opening.end())
        if closing is not None:
            return _Resolved("raw", text, m.start(), closing.end(), m["rawtag"])
    return _TAG.match(text, m.start())


def _declaration(text: str, m: regex.Match, gt: "_Ahead") -> _Resolved | None:
    """<!…> or <?…> up to its ">", if it has one."""
    end = gt.find(m.start())
    return _Resolved("decl", text, m.start(), end.end()) if end is not None else None


class _Ahead:
    """The first match of ``pattern`` at or after a position, for positions that only grow.

    A match found is the answer until the position passes it; finding none from one
    position answers for every later one. Each stretch of the page is searched once.
    """

    def __init__(self, text: str, pattern: regex.Pattern):
        self.text, self.pattern = text, pattern
        self._from: int | None = None
        self._match: regex.Match | None = None

    def find(self, pos: int) -> regex.Match | None:
        known = self._from is not None and self._from <= pos
        if not (known and (self._match is None or self._match.start() >= pos)):
            self._from, self._match = pos, self.pattern.search(self.text, pos)
        return self._match


def _token_edit(m, kind: str) -> Edit | None:
    old = m.group()
    if kind == "entity":
        new = html_lib.unescape(old)
        if new == "&" and _starts_reference(m.string, m.end()):
            return None  # "&amp;lt;" escaped twice: decoded once, the text rules would decode it again
        return Edit(m.start(), m.end(), old, new, "HTML entity written as its character")
    if kind == "raw":
        return Edit(m.start(), m.end(), old, "", f"<{m['rawtag'].lower()}> element: not document text")
    if kind in ("comment", "decl"):
        return Edit(m.start(), m.end(), old, "", "HTML comment or declaration")
    name = m["name"].lower()
    if name in _BLOCK:
        return Edit(m.start(), m.end(), old, "\n", f"<{name}> ends a line")
    if name in _CELL and not old.startswith("</"):
        return Edit(m.start(), m.end(), old, chars.IDEOGRAPHIC_SPACE, f"<{name}> table cell: separated by a space")
    return Edit(m.start(), m.end(), old, "", "HTML tag")


def _starts_reference(text: str, i: int) -> bool:
    """Would an "&" before ``text[i:]`` start a reference (what follows "&amp;" in "&amp;lt;")?"""
    m = _REFERENCE_BODY.match(text, i)
    return m is not None and html_lib.unescape("&" + m.group()) != "&" + m.group()


def _text_run(text: str, start: int, end: int) -> Iterator[Edit]:
    """Source layout inside a text run: a whitespace-only run goes, line breaks become spaces.

    A no-break or ideographic space between two elements stays: it is spacing the page
    shows ("第一章<span>&nbsp;</span>总则"), not the source's indentation; the spacing
    rules decide what becomes of it.
    """
    run = text[start:end]
    if not run.strip():
        if _SHOWN_SPACE.search(run) is None:
            yield Edit(start, end, run, "", "white space between HTML elements")
            return
        for m in _UNSHOWN_SPACE.finditer(run):
            yield Edit(start + m.start(), start + m.end(), m.group(), "", "white space between HTML elements")
        return
    for m in _NEWLINE_RUN.finditer(run):
        edge = m.start() == 0 or m.end() == len(run)
        new = "" if edge else " "
        yield Edit(start + m.start(), start + m.end(), m.group(), new, "line break of the HTML source (not a paragraph)")


def _is_navigation(m: regex.Match) -> bool:
    """Does the tag ``m`` open navigation or a footer (by its name, class or id)?"""
    return m["name"].lower() in _CHROME_TAGS or any(_CHROME_NAME.search(_value(a)) for a in _ATTRIBUTE.finditer(m.group()))


def _value(attribute: regex.Match) -> str:
    """The value of a matched ``name=value`` attribute, whichever quoting it used."""
    return next(g for g in attribute.groups()[1:] if g is not None)


class _Page:
    """Where the page's elements close and how many Han characters a span holds, found once.

    Walking from each candidate tag to its closing tag and counting the Han characters in
    between is quadratic on nested elements (12,000 nested <div class="nav"> took 12 s).
    Here the tags of one name are listed once, with where the nesting first drops below
    each one's depth; Han characters are counted per block of the page once.
    """

    _BLOCK = 1024

    def __init__(self, text: str):
        self.text = text
        self.total_han = han_count(text) or 1
        self._names: dict[str, tuple[list[int], list[int], list[int | None]]] = {}
        self._tags: dict[str, tuple[list[int], list[int], list[int]]] | None = None
        self._han_blocks: list[int] | None = None

    def whole_element(self, m: regex.Match) -> int | None:
        """Where the element the tag ``m`` opens ends, when it can go whole: it closes, and
        it holds less than the content share of the page's Han characters."""
        old = m.group()
        name = m["name"].lower()
        if old.startswith("</") or name in _VOID or old.endswith("/>"):
            return None
        end = self._element_end(name, m.end())
        if end is None or self._han(m.start(), end) >= _CONTENT_SHARE * self.total_han:
            return None
        return end

    def _element_end(self, name: str, pos: int) -> int | None:
        """Where the element opened before ``pos`` closes (nesting of the same name counted)."""
        if name not in self._names:
            self._names[name] = self._nesting(*self._tags_by_name().get(name, ([], [], [])))
        starts, ends, closes = self._names[name]
        k = closes[bisect_left(starts, pos)]
        return ends[k] if k is not None else None

    def _tags_by_name(self) -> dict[str, tuple[list[int], list[int], list[int]]]:
        """Every tag of the page, once, by lower-case name: (starts, ends, depth steps).

        One scan for all names: a scan per name is quadratic on a page of many distinct
        names. ``finditer`` from 0 meets the same tags as a scan from any position just
        after a ">" (a tag runs to the first ">"); none can end past the page's last ">".
        """
        if self._tags is None:
            self._tags = {}
            for m in _ANY_TAG.finditer(self.text, 0, self.text.rfind(">") + 1):
                starts, ends, steps = self._tags.setdefault(m[2].lower(), ([], [], []))
                starts.append(m.start())
                ends.append(m.end())
                steps.append(0 if m.group().endswith("/>") else -1 if m[1] else 1)
        return self._tags

    @staticmethod
    def _nesting(starts: list[int], ends: list[int], steps: list[int]) -> tuple[list[int], list[int], list[int | None]]:
        """The tags of one name and, from before each one, the tag that closes an element
        opened there: the first where the running depth falls below its value."""
        depth = list(accumulate(steps, initial=0))
        closes: list[int | None] = [None] * len(depth)
        lower: list[int] = []  # positions to the right, depths strictly increasing from the bottom
        for i in range(len(depth) - 1, -1, -1):
            while lower and depth[lower[-1]] >= depth[i]:
                lower.pop()
            closes[i] = lower[-1] - 1 if lower else None  # the tag that brings the depth below
            lower.append(i)
        return starts, ends, closes

    def _han(self, start: int, end: int) -> int:
        if end - start <= 2 * self._BLOCK:  # a short element: counting it costs less than two block ends
            return han_count(self.text[start:end])
        return self._han_before(end) - self._han_before(start)

    def _han_before(self, pos: int) -> int:
        size = self._BLOCK
        if self._han_blocks is None:
            self._han_blocks = list(accumulate((han_count(self.text[i:i + size]) for i in range(0, len(self.text), size)),
                                               initial=0))
        block = pos // size
        return self._han_blocks[block] + han_count(self.text[block * size:pos])


_ANY_TAG = regex.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*+)(?=[\s/>])[^>]*+>")
_META = regex.compile(r"<meta\b[^>]*+>", regex.IGNORECASE)
_META_ATTR = regex.compile(r"""\b(name|content)\s*=\s*(?:"([^"]*)"|'([^']*)')""", regex.IGNORECASE)
# <meta name=...> of Chinese government CMSs (Hanweb, TRS) and the general ones.
_META_FIELDS = {
    "articletitle": "title", "pubdate": "publish_date", "firstpublishedtime": "publish_date",
    "contentsource": "publisher", "keywords": "keywords", "columnname": "topic",
    "url": "url",
}


def extract_page_metadata(text: str) -> Iterator[Field]:
    """<meta> fields (ArticleTitle, PubDate, ContentSource …) become metadata.

    <title> is not taken: it usually carries the site's name too; the title rule finds
    the title in the page.

    >>> page = '<html><head><meta name="PubDate" content="2016-11-22 09:53"><title>某某通知</title></head>'
    >>> [(f.name, f.value) for f in extract_page_metadata(page)]
    [('publish_date', '2016-11-22')]
    """
    if not looks_like_html(text):
        return
    head_end = text.lower().find("<body")
    head = text if head_end < 0 else text[:head_end]
    for m in _META.finditer(head, 0, head.rfind(">") + 1):  # none ends past the last ">": no walk to the end per "<meta"
        yield from _meta_field(m)


def _meta_field(m: regex.Match) -> Iterator[Field]:
    attrs = {a.group(1).lower(): _value(a) for a in _META_ATTR.finditer(m.group())}
    field = _META_FIELDS.get(attrs.get("name", "").lower())
    value = " ".join(html_lib.unescape(attrs.get("content", "")).split())
    if not field or not value:
        return
    if field == "publish_date":
        value = parse_date(value)
        if not value:
            return
    yield Field(field, value, m.start(), m.end())
