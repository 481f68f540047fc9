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
from collections.abc import Iterator

import regex

from cleaner import chars
from cleaner.textutil import han_count, only_if, parse_date
from cleaner.types import Edit, Field

# A page or fragment: opens with markup and holds at least one element that ends a line.
_LOOKS_LIKE_HTML = regex.compile(
    r"\A[\s\ufeff]*(?:<!DOCTYPE\s+html|<html\b|<head\b|<body\b|<meta\b|<div\b|<p\b|<table\b|<span\b|<!--)",
    regex.IGNORECASE,
)
_TOKEN = regex.compile(
    r"(?P<comment><!--.*?(?:-->|\Z))"
    r"|(?P<raw><(?P<rawtag>script|style|noscript|template|textarea|svg|iframe|object|select|button|head|title)\b"
    r"(?:[^>]*[^/>])?>.*?</(?P=rawtag)\s*>)"  # only with its closing tag: never to the end of the page
    r"|(?P<decl><![^>]*>|<\?[^>]*>)"
    r"|(?P<tag></?(?P<name>[A-Za-z][A-Za-z0-9:-]*)(?:\s[^<>]*)?/?>)"
    r"|(?P<entity>&(?:\#\d{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)",
    regex.IGNORECASE | regex.DOTALL,
)
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
_NEWLINE_RUN = regex.compile(r"[ \t\r\f]*\n[\s]*")
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
    total_han = han_count(text) or 1
    skip_to = 0
    for m in _TOKEN.finditer(text):
        if m.start() < skip_to or m.lastgroup != "tag" or not _is_navigation(m):
            continue
        end = _whole_element(text, m, total_han)
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
    total_han = han_count(text) or 1
    pos, skip_to = 0, 0
    for m in _TOKEN.finditer(text):
        if m.start() < skip_to:
            continue
        if pos < m.start():
            yield from _text_run(text, pos, m.start())
        pos = m.end()
        kind = m.lastgroup  # the outer group of the alternative that matched
        if kind == "tag" and _HIDDEN.search(m.group()):
            end = _whole_element(text, m, total_han)
            if end is not None:
                yield Edit(m.start(), end, text[m.start():end], "", f"hidden element <{m['name'].lower()}>")
                pos = skip_to = end
                continue
        yield _token_edit(m, kind)
    if pos < len(text):
        yield from _text_run(text, pos, len(text))


def _token_edit(m: regex.Match, kind: str) -> Edit:
    old = m.group()
    if kind == "entity":
        return Edit(m.start(), m.end(), old, html_lib.unescape(old), "HTML entity written as its character")
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


def _text_run(text: str, start: int, end: int) -> Iterator[Edit]:
    """Source layout inside a text run: a whitespace-only run goes, line breaks become spaces."""
    run = text[start:end]
    if not run.strip():
        yield Edit(start, end, run, "", "white space between HTML elements")
        return
    for m in _NEWLINE_RUN.finditer(run):
        edge = m.start() == 0 or m.end() == len(run)
        new = "" if edge else " "
        yield Edit(start + m.start(), start + m.end(), m.group(), new, "line break of the HTML source (not a paragraph)")


def _is_navigation(m: regex.Match) -> bool:
    """Does the tag ``m`` open navigation or a footer (by its name, class or id)?"""
    return m["name"].lower() in _CHROME_TAGS or any(_CHROME_NAME.search(_value(a)) for a in _ATTRIBUTE.finditer(m.group()))


def _whole_element(text: str, m: regex.Match, total_han: int) -> int | None:
    """Where the element the tag ``m`` opens ends, when it can go whole: it closes, and it
    holds less than the content share of the page's Han characters."""
    old = m.group()
    name = m["name"].lower()
    if old.startswith("</") or name in _VOID or old.endswith("/>"):
        return None
    end = _element_end(text, name, m.end())
    if end is None or han_count(text[m.start():end]) >= _CONTENT_SHARE * total_han:
        return None
    return end


def _value(attribute: regex.Match) -> str:
    """The value of a matched ``name=value`` attribute, whichever quoting it used."""
    return next(g for g in attribute.groups()[1:] if g is not None)


def _element_end(text: str, name: str, pos: int) -> int | None:
    """Where the element opened before ``pos`` closes (nesting of the same name counted)."""
    pattern = regex.compile(rf"<(/?){name}\b[^>]*>", regex.IGNORECASE)
    depth = 1
    for m in pattern.finditer(text, pos):
        if m.group().endswith("/>"):
            continue
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return m.end()
    return None


_META = regex.compile(r"<meta\b[^>]*>", regex.IGNORECASE)
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
    for m in _META.finditer(head):
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
