"""Characters that no text means, text decoded in the wrong encoding, references left encoded.

Mojibake is repaired only when the wrong reading can be undone exactly (every byte
accounted for); what cannot be undone is left for ``garbled.flag_mojibake``. Control
characters are removed after the repair: a Latin-1 misreading is full of them. A file
whose bytes were Japanese or Korean cannot be repaired from its text: it is flagged.
Character references (&nbsp; &ldquo; &#65292;) that a scraper copied from a page's source
into Chinese text are decoded; those of URLs and ASCII code stay.
"""

from __future__ import annotations

import difflib
from bisect import bisect_right
from collections.abc import Iterator

import regex

from cleaner import compatchars, escapes, markup, references
from cleaner.scanning import changed_spans
from cleaner.textutil import CJK_CHAR, gbk_latin1_runs, gbk_mojibake_runs, only_if
from cleaner.types import Context, Edit, Flag

# C0 controls but tab and line feed, DEL, and C1 controls (a C1 control in decoded text is
# a byte that belonged to another encoding; it displays as nothing).
_CONTROL_RUN = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]+")


def remove_control_characters(text: str) -> Iterator[Edit]:
    """Control characters (NUL, form feed, C1 controls ...) are removed; tab and LF stay.

    >>> [e.old for e in remove_control_characters("正文\\x00\\x0c结束")]
    ['\\x00\\x0c']
    """
    for m in _CONTROL_RUN.finditer(text):
        yield Edit(m.start(), m.end(), m.group(), "", "control character (never text)")


def repair_compatibility_characters(text: str) -> Iterator[Edit]:
    """A compatibility code point put for an ordinary character is replaced by that character.

    Kangxi and simplified radicals, compatibility ideographs and vertical punctuation come
    from a PDF font's glyph map or a converter; each stands for exactly one character.

    >>> [(e.old, e.new) for e in repair_compatibility_characters("加强⽇常管理\ufe10确保安全")]
    [('⽇', '日'), ('\ufe10', '，')]
    """
    if not compatchars.RUN.search(text):
        return
    for start, end, new in compatchars.readings(text):
        yield Edit(start, end, text[start:end], new, "compatibility code point for an ordinary character (PDF font or converter)")


# A line read as Latin-1/cp1252 instead of UTF-8 holds a UTF-8 lead byte read as "Ã".."ï"
# followed by continuation bytes read as U+0080..U+00BF or cp1252 punctuation.
_LATIN_MOJIBAKE_HINT = regex.compile(r"[\u00c2-\u00ef][\u0080-\u00bf\u2018-\u203a\u0152-\u0178\u02c6\u02dc\u20ac\u2122]")


def repair_mojibake(text: str) -> Iterator[Edit]:
    """Text read in a wrong encoding is read again when that undoes the misreading exactly.

    UTF-8 read as Latin-1/cp1252 is undone by ftfy; UTF-8 read as GBK when the run's GBK
    bytes are whole UTF-8 that reads as Chinese; GBK read as Latin-1 ("¼ÓÇ¿" for 加强)
    when the run's bytes are whole GB2312 characters. Partial ones are flagged by the
    garbled family. A run of Latin-1 characters inside Chinese text is tried as GBK
    first: read as UTF-8 instead, "Í¼" would become one Greek letter ("ͼ"), which no
    Chinese sentence holds.

    >>> [e.new for e in repair_mojibake("标题：" + "工作要点".encode("utf-8").decode("latin-1"))]
    ['工作要点']
    >>> [e.new for e in repair_mojibake("通知：" + "年度工作总结".encode("utf-8").decode("gbk"))]
    ['年度工作总结']
    >>> [e.new for e in repair_mojibake("新建了一批" + "图书".encode("gbk").decode("latin-1") + "馆")]
    ['图书']
    >>> list(repair_mojibake("café 中华人民共和国“全面”……，××同志"))
    []
    """
    gbk_latin1 = [Edit(s, e, text[s:e], reading, "GBK that had been read as Latin-1")
                  for s, e, reading in gbk_latin1_runs(text) if reading and _sure_gbk_reading(text, s, e, reading)]
    yield from gbk_latin1
    if _LATIN_MOJIBAKE_HINT.search(text):
        starts, ends = [e.start for e in gbk_latin1], [e.end for e in gbk_latin1]  # in text order, disjoint
        yield from (e for e in _latin_repairs(text) if not _overlaps(starts, ends, e) and _plausible(e, text))
    yield from _gbk_repairs(text)


# What a GBK reading of Chinese text may hold: Han, CJK and full-width punctuation. Bopomofo,
# pinyin letters, box pieces, kana, Greek and Cyrillic also sit in GB2312's table: a reading
# that yields them read bytes that were not GBK (a cp1252 run cut into pieces).
_GBK_TEXT = regex.compile(r"[\p{Han}\u3000-\u303f\uff01-\uff5e\u2014\u2026\u2018\u2019\u201c\u201d\u00b7]++")
# Beside a Latin-1 run, a cp1252-only sign (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ' ' " " • – — ˜ ™ š › œ ž Ÿ)
# means the misread run is longer than its Latin-1 part: UTF-8 read as cp1252, not GBK.
_CP1252_ONLY = regex.compile(r"[\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def _sure_gbk_reading(text: str, start: int, end: int, reading: str) -> bool:
    """Is reading ``text[start:end]`` as GBK the only exact undoing? Its reading holds only
    Chinese text, no cp1252-only sign touches the run, and its bytes are not whole UTF-8 too
    (then both readings round-trip and neither is sure: the run is flagged, not guessed).

    >>> t = "招" + "务人".encode("gbk").decode("latin-1") + "员"
    >>> _sure_gbk_reading(t, 1, 5, "务人"), _sure_gbk_reading("ç–¾", 0, 1, "x")
    (True, False)
    """
    if not _GBK_TEXT.fullmatch(reading):
        return False
    if _CP1252_ONLY.match(text, max(0, start - 1)) or _CP1252_ONLY.match(text, end):
        return False
    try:
        text[start:end].encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


# Letters of scripts a Chinese document does not mix into its sentences: a Latin-1
# "repair" that yields one of them next to Han text read the bytes wrongly.
_FOREIGN_LETTER = regex.compile(r"[\u0370-\u052f\u0530-\u08ff\u0250-\u02af]")


def _overlaps(starts: list[int], ends: list[int], edit: Edit) -> bool:
    """Does ``edit`` overlap one of the disjoint, sorted spans ``starts[i]:ends[i]``?"""
    i = bisect_right(starts, edit.end - 1) - 1  # the last span starting inside or before the edit
    return i >= 0 and ends[i] > edit.start


def _plausible(edit: Edit, text: str) -> bool:
    """A Latin-1 repair is kept unless it gives Greek, Cyrillic, Hebrew, Arabic ... or IPA
    letters beside Chinese text."""
    if not _FOREIGN_LETTER.search(edit.new):
        return True
    window = text[max(0, edit.start - 1):edit.end + 1]
    return not CJK_CHAR.search(window)


def _latin_repairs(text: str) -> Iterator[Edit]:
    import ftfy  # only documents with Latin-1 debris pay for it

    # Only the encoding steps: ftfy's width and quote fixes would turn Chinese full-width
    # punctuation (，：（）“”) into ASCII, its other fixes are other rules' business.
    config = ftfy.TextFixerConfig(unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
                                  fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
                                  remove_control_chars=False, normalization=None)
    pos = 0
    for line in text.split("\n"):
        if _LATIN_MOJIBAKE_HINT.search(line):
            fixed = ftfy.fix_encoding(line, config)
            if fixed != line:
                yield from (e for e in _diff_edits(line, fixed, pos, "UTF-8 that had been read as Latin-1/cp1252")
                            if _whole_repair(text, e))
        pos += len(line) + 1


# Debris of a misreading: Latin-1 letters and signs, cp1252-only signs, "?" or U+FFFD standing for a byte.
_DEBRIS = regex.compile(r"[\u0080-\u00ff?\ufffd]|" + _CP1252_ONLY.pattern)


def _whole_repair(text: str, edit: Edit) -> bool:
    """A cp1252 repair counts only where the misread run ends with it: debris left touching it
    ("炭消费é‡?较": a byte was lost) means a part was guessed; the run is flagged instead."""
    return not (_DEBRIS.match(text, max(0, edit.start - 1)) and edit.start > 0) and not _DEBRIS.match(text, edit.end)


def _gbk_repairs(text: str) -> Iterator[Edit]:
    for start, end, reading, exact in gbk_mojibake_runs(text):
        if exact:
            yield Edit(start, end, text[start:end], reading, "UTF-8 that had been read as GBK")


# difflib's cost grows with the pairs of equal characters (quadratic to cubic: a line of
# 600 characters of Chinese and mojibake in turns took 0.4 s, a long one minutes); past
# this size (two lines of 50 characters: under a millisecond) a line is aligned in one
# linear walk instead (scanning.changed_spans).
_DIFFLIB_BUDGET = 2_500


def _diff_edits(old: str, new: str, offset: int, reason: str) -> Iterator[Edit]:
    """The edits that turn ``old`` into ``new`` (at ``offset`` in the text): difflib's
    smallest, or on a long line a linear alignment."""
    if len(old) * len(new) > _DIFFLIB_BUDGET:
        spans = changed_spans(old, new)
    else:
        matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
        spans = ((i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal")
    for i1, i2, j1, j2 in spans:
        yield Edit(offset + i1, offset + i2, old[i1:i2], new[j1:j2], reason)


def flag_doubtful_decoding(text: str, context: Context) -> Iterator[Flag]:
    """A file whose bytes look Japanese or Korean although they read as Chinese is flagged.

    Reading the bytes decides (:func:`cleaner.decoding.misreading`: the detector and the
    other encoding's script agree); the text cannot be repaired here, only converted from
    its real encoding, so the whole first line carries the flag and the reason.

    >>> [f.reason[:10] for f in flag_doubtful_decoding("擔杮崙寷朄\\n", Context(decoding_doubt="the bytes ..."))]
    ['the bytes ']
    >>> list(flag_doubtful_decoding("通知\\n", Context()))
    []
    """
    if context.decoding_doubt:
        end = text.find("\n")
        yield Flag(0, len(text) if end < 0 else end, context.decoding_doubt)


# A reference as HTML writes it: named (the html5 table, case-sensitive), decimal or hex.
# Bounded runs, each tried once per "&": linear.
@only_if("&", ";")
def join_split_references(text: str) -> Iterator[Edit]:
    """A reference a hard wrap cut in two is one reference: 加强&nb⏎sp;管理 -> 加强\xa0管理.

    A text export that wraps at a fixed width is blind to references; the two halves
    only make sense joined, so the break goes with them (see :func:`cleaner.markup.split_references`).

    >>> [(e.old, e.new) for e in join_split_references("加强&nb\\nsp;管理\\n末行&amp;\\n续")]
    [('&nb\\nsp;', '\\xa0')]
    """
    for start, end, value in markup.split_references(text):
        yield Edit(start, end, text[start:end], value, "character reference cut in two by a line break")

def remove_tag_remnants(text: str) -> Iterator[Edit]:
    """HTML tags left in lines of Chinese text go; the words between them stay.

    A copy of a page's source (or markup escaped once too often, decoded by
    :func:`decode_character_references`) leaves <p>, <br />, <strong>…</strong> in the
    text: they carry no words. Only the names of HTML elements count as tags, so a
    less-than sign in prose stays (see :mod:`cleaner.markup`). A paragraph or line-break tag
    between two pieces of text (第一段。</p><p>第二段。) becomes the line break the page showed.

    >>> [e.old for e in remove_tag_remnants('加强<span style="color:red">医疗</span>建设。<br>\\n浓度<35微克')]
    ['<span style="color:red">', '</span>', '<br>']
    """
    for start, end, new in markup.replacements(text, list(markup.tag_remnants(text))):
        tag = text[start:end]
        why = "line-breaking HTML tag between two pieces of text: a line break" if new else "HTML tag left in plain text"
        yield Edit(start, end, tag, new, f"{why}: {tag}")

def _escape_findings(line: str, pos: int) -> Iterator[Edit | Flag]:
    """Escapes of other syntaxes on one line (at ``pos``), decoded, and references to no character, flagged."""
    found = [(s, e, v, f"{kind} beside Chinese text") for s, e, v, kind in escapes.escape_runs(line)]
    found += [(s, e, v, "character reference with full-width signs or without its \"#\" beside Chinese text")
              for s, e, v in escapes.wide_references(line)]
    end = -1
    for s, e, value, why in sorted(found):
        if s >= end:  # runs of two syntaxes never share a character; keep the first if they do
            yield Edit(pos + s, pos + e, line[s:e], value, f"{why}: {line[s:e]}")
            end = e
    for s, e in escapes.references_to_no_character(line):
        yield Flag(pos + s, pos + e, f"numeric reference {line[s:e]} to a code point that is no character")


def decode_character_references(text: str) -> Iterator[Edit | Flag]:
    """Character references in Chinese text become their characters: &ldquo;放管服&rdquo; -> “放管服”.

    A page's source copied as text keeps its references (&nbsp; &mdash; &#65292;); on a
    line with Chinese in it they are the characters they stand for. &nbsp; becomes U+00A0
    (the spacing rules decide whether it stays). References in a URL or a query string
    (a token with "://" or "=") are syntax and stay, and so does a line without Chinese
    (code, English). A reference escaped twice or more ("&amp;nbsp;", "&amp;amp;#x3001;")
    still stands for one character: it is decoded all the way, in one edit (decoding it
    once would leave a reference the next pass would decode again).

    Escapes of other syntaxes are read on the same lines (:mod:`cleaner.escapes`):
    \\u533b\\u4fdd (a script string), %E5%8C%BB (an address bar), =E5=8C=BB (an e-mail),
    \\xe5\\x8c\\xbb (a log of bytes), ＆nbsp； / ＆＃65292； (an IME in full-width mode) and
    &65292; (a "#" stripped), when the reading is exact, every character it yields is assigned
    text, it touches Chinese text and it is the whole of its ASCII token (in a URL, a formula
    or code it is syntax). &#xD800; / &#1114112; stand for no character: flagged, not decoded.

    >>> t2 = "推进\\u533b\\u4fdd改革，%E5%8C%BB%E4%BF%9D和＆ldquo；两新＆rdquo；见https://a.cn/?q=%E5%8C%BB"
    >>> from cleaner.edits import apply
    >>> apply(t2, [e for e in decode_character_references(t2) if isinstance(e, Edit)])
    '推进医保改革，医保和“两新”见https://a.cn/?q=%E5%8C%BB'
    >>> [f.reason[:25] for f in decode_character_references("加强&#xD83D;管理")]
    ['numeric reference &#xD83D']

    >>> from cleaner.edits import apply
    >>> t = "推进&ldquo;放管服&rdquo;改革&#65292;R&amp;D投入&mdash;&mdash;见http://a.cn/?a=1&amp;b=2\\nx &amp; y"
    >>> apply(t, [e for e in decode_character_references(t) if isinstance(e, Edit)])
    '推进“放管服”改革，R&D投入——见http://a.cn/?a=1&amp;b=2\\nx &amp; y'
    """
    pos = 0
    for line in text.split("\n"):
        read = list(_escape_findings(line, pos))
        taken = [(f.start, f.end) for f in read if isinstance(f, Edit)]
        yield from read
        if "&" in line or ";" in line:
            # a reference inside an escape run read above ("&#65292；") is not read twice
            yield from (f for f in references.line_references(line, pos)
                        if not any(a < f.end and f.start < b for a, b in taken))
        pos += len(line) + 1
