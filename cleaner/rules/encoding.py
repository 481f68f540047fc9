"""Characters that no text means, and text decoded in the wrong encoding.

Mojibake is repaired only when the wrong reading can be undone exactly (every byte
accounted for); what cannot be undone is left for ``garbled.flag_mojibake``. Control
characters are removed after the repair: a Latin-1 misreading is full of them. A file
whose bytes were Japanese or Korean cannot be repaired from its text: it is flagged.
"""

from __future__ import annotations

import difflib
from bisect import bisect_right
from collections.abc import Iterator

import regex

from cleaner.scanning import changed_spans
from cleaner.textutil import CJK_CHAR, gbk_latin1_runs, gbk_mojibake_runs
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
                  for s, e, reading in gbk_latin1_runs(text) if reading]
    yield from gbk_latin1
    if _LATIN_MOJIBAKE_HINT.search(text):
        starts, ends = [e.start for e in gbk_latin1], [e.end for e in gbk_latin1]  # in text order, disjoint
        yield from (e for e in _latin_repairs(text) if not _overlaps(starts, ends, e) and _plausible(e, text))
    yield from _gbk_repairs(text)


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
                yield from _diff_edits(line, fixed, pos, "UTF-8 that had been read as Latin-1/cp1252")
        pos += len(line) + 1


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
