"""Escapes of syntaxes other than HTML's left in Chinese text, and references to no character.

A scraper or an editor leaves a Chinese word escaped in the syntax of whatever carried it: a
script or JSON string (\\u533b\\u4fdd, \\u{533b}), an address bar (%E5%8C%BB), an e-mail
(quoted-printable =E5=8C=BB), a crawler's log of bytes (\\xe5\\x8c\\xbb), or an HTML reference
typed with full-width signs (＆nbsp；, ＆＃65292；) or without its "#" (&65292;). Each run is
read only when the reading is exact and sure:

- every unit decodes (whole UTF-8 or UTF-16; no lone surrogate, no byte left over) and every
  character it yields is assigned, printable and not ASCII (an escaped ASCII character is
  the syntax of a URL or of code, not text);
- the run sits beside Chinese text (a Chinese character or mark right before or after it);
- the run is the whole of its ASCII token: inside "q=%E5%8C%BB&p=2", "=E2/D2" or a path it is
  the syntax of a URL, a formula or code and stays.

A numeric reference to a code point that is no character (a surrogate, a noncharacter,
beyond U+10FFFF, unassigned) has nothing to decode to: it is reported to be flagged.

Read-only helpers of :mod:`cleaner.rules.encoding` (its rule decode_character_references).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import regex

from cleaner.references import reference_value
from cleaner.textutil import CJK_CHAR, HAN_CHAR

# One run of escapes of one syntax; each kind is decoded by the function named beside it.
# \u escapes may carry the extra backslashes of a string escaped twice (\\u533b); %u533b is the
# old JavaScript escape() form.
_UNICODE = regex.compile(r"(?:(?:\\++|%)u(?:\{[0-9A-Fa-f]{1,6}\}|[0-9A-Fa-f]{4}))++")
_PERCENT = regex.compile(r"(?:%[0-9A-Fa-f]{2})++")
_QUOTED_PRINTABLE = regex.compile(r"(?:=[0-9A-F]{2})++")  # the standard writes upper-case hex only
_BYTES = regex.compile(r"(?:\\++x[0-9A-Fa-f]{2})++")
# An HTML reference with a full-width sign in it (＆ ＃ ； or full-width digits), or a numeric one without "#".
_WIDE_REFERENCE = regex.compile("[&\uff06][#\uff03]?+(?:[xX\uff58\uff38][0-9A-Fa-f\uff10-\uff19]{1,6}+"
                                "|[0-9\uff10-\uff19]{1,7}+|[A-Za-z][A-Za-z0-9]{1,31}+)[;\uff1b]")
_NO_HASH = regex.compile(r"&(x[0-9A-Fa-f]{2,6}+|[0-9]{2,7}+);")
_NUMERIC = regex.compile(r"&#(?:[xX]([0-9A-Fa-f]{1,8}+)|([0-9]{1,9}+));?")
_TOKEN = regex.compile(r"[!-~]++")  # a run of printable ASCII: the token an escape run stands in
_SPACES = frozenset("\u00a0\u2002\u2003\u2009\u3000 ")
# Categories of characters no decoded text means: controls, surrogates, private use, unassigned.
_NO_TEXT = frozenset(("Cc", "Cs", "Co", "Cn"))


def _utf16(run: str) -> str | None:
    units = regex.findall(r"u\{([0-9A-Fa-f]+)\}|u([0-9A-Fa-f]{4})", run)
    codes = [int(a or b, 16) for a, b in units]
    if any(n > 0x10FFFF for n in codes):
        return None
    try:
        return "".join(map(chr, codes)).encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    except UnicodeDecodeError:
        return None  # a lone surrogate: half a character


def _utf8(run: str) -> str | None:
    try:
        return bytes.fromhex(regex.sub(r"\\++x|[%=]", "", run)).decode("utf-8")
    except (UnicodeDecodeError, ValueError):
        return None  # not whole UTF-8: the bytes were something else


_KINDS = ((_UNICODE, _utf16, "JavaScript/JSON \\u escapes"), (_PERCENT, _utf8, "percent-encoded UTF-8"),
          (_QUOTED_PRINTABLE, _utf8, "quoted-printable UTF-8"), (_BYTES, _utf8, "\\x byte escapes"))


def is_text(value: str) -> bool:
    """Whether every character of ``value`` is an assigned, printable, non-ASCII character.

    >>> [is_text(v) for v in ("医保", "，", "A", "\\ue000", "\\U0009ffff")]
    [True, True, False, False, False]
    """
    return bool(value) and all(not c.isascii() and unicodedata.category(c) not in _NO_TEXT for c in value)


def _beside_chinese(line: str, start: int, end: int) -> bool:
    return CJK_CHAR.match(line[start - 1:start]) is not None or CJK_CHAR.match(line[end:end + 1]) is not None


def _whole_token(line: str, start: int, end: int) -> bool:
    """Is line[start:end] the whole of its run of printable ASCII (not a piece of a URL or code)?
    A figure may stand before it (12%E5%AE%B6 for 12家: the unit escaped after the number).
    """
    first = start
    while first and ("0" <= line[first - 1] <= "9" or line[first - 1] == "."):
        first -= 1
    m = _TOKEN.match(line, first)
    before = first == 0 or not ("!" <= line[first - 1] <= "~")
    return before and m is not None and m.end() == end


def escape_runs(line: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, decoded, kind) of the escape runs of ``line`` that are read (see the module).

    >>> [(v, k) for _, _, v, k in escape_runs("推进\\\\u533b\\\\u4fdd改革，%E5%8C%BB%E4%BF%9D，=E5=8C=BB，%u533B")]
    [('医保', 'JavaScript/JSON \\\\u escapes'), ('医', 'JavaScript/JSON \\\\u escapes'), ('医保', 'percent-encoded UTF-8'), ('医', 'quoted-printable UTF-8')]
    >>> list(escape_runs("访问https://a.cn/s?q=%E5%8C%BB&p=2查询，完成率=E2/D2，%41%42加"))
    []
    """
    for pattern, decode, kind in _KINDS:
        for m in pattern.finditer(line):
            s, e = m.span()
            value = decode(m.group())
            if value and is_text(value) and _beside_chinese(line, s, e) and _whole_token(line, s, e):
                yield s, e, value, kind


def wide_references(line: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, character) of references typed with full-width signs, or numeric without "#",
    beside Chinese text. A space reference between two Han characters stands for a stray space: "".

    >>> [v for _, _, v in wide_references("加强＆nbsp；管理，＆ldquo；放管服＆rdquo；，落实&65292;完成＆＃６５２９２；好，R&D；")]
    ['', '“', '”', '，', '，']
    """
    found = [(m.start(), m.end(), reference_value(unicodedata.normalize("NFKC", m.group())))
             for m in _WIDE_REFERENCE.finditer(line) if not m.group().isascii()]
    found += [(m.start(), m.end(), _no_hash_value(m[1])) for m in _NO_HASH.finditer(line)]
    for s, e, value in sorted(found):
        if value is None or not _beside_chinese(line, s, e):
            continue
        if value in _SPACES and HAN_CHAR.match(line[s - 1:s]) and HAN_CHAR.match(line[e:e + 1]):
            value = ""
        yield s, e, value


def _no_hash_value(number: str) -> str | None:
    """The character "&65292;" / "&x3001;" stands for, when it is a Chinese character or a mark."""
    n = int(number[1:], 16) if number[0] == "x" else int(number)
    if n > 0x10FFFF:
        return None
    c = chr(n)
    if not is_text(c) or not (HAN_CHAR.match(c) or unicodedata.category(c)[0] in "PZ"):
        return None
    return c


def references_to_no_character(line: str) -> Iterator[tuple[int, int]]:
    """Spans of numeric references beside Chinese text whose code point is no character.

    >>> [line[s:e] for line in ["加强&#xD83D;管理，&#1114112;好，&#65292;中，&#xFDD0;"] for s, e in references_to_no_character(line)]
    ['&#xD83D;', '&#1114112;', '&#xFDD0;']
    """
    for m in _NUMERIC.finditer(line):
        n = int(m[1], 16) if m[1] is not None else int(m[2])
        if (n > 0x10FFFF or not is_text(chr(n))) and n >= 0x80 and _beside_chinese(line, m.start(), m.end()):
            if not 0x80 <= n <= 0x9F:  # HTML reads 0x80-0x9F as windows-1252
                yield m.start(), m.end()

