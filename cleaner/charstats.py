"""Character statistics that tell garbled text from Chinese text, for rules/garbled.py.

Whatever damaged a span (bytes read with the wrong table, any pair of encodings, a font's
broken glyph map, a 7-bit gateway), the result shares one property: its characters are
not the characters of Chinese prose. The GB2312 level-1 repertoire (3755 characters,
computed here from the codec, not listed) covers nearly every Han character of government
text; level 2 holds rare but real ones (place and name characters: 亳, 衢); outside GB2312
are traditional, Japanese and extension characters. Letters of other scripts (kana, Hangul,
Cyrillic, Greek, Latin-1 and extended Latin), box drawing and C1 controls never sit inside a
Chinese word. Each character gets a weight; a cluster of heavy characters (one light
letter may stand between two heavy ones, no mark or space) touching Chinese text is garbled when it has
at least two heavy characters weighing three or more in all. Nothing here changes text.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from cleaner import chars


def _gb2312_rows(first: int, last: int) -> frozenset[str]:
    out = set()
    for lead in range(first, last + 1):
        for trail in range(0xA1, 0xFF):
            try:
                out.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return frozenset(out)


LEVEL_1 = _gb2312_rows(0xB0, 0xD7)
LEVEL_2 = _gb2312_rows(0xD8, 0xF7)
_HAN = regex.compile(chars.HAN)
# Scripts and pieces a wrong byte table leaves: C1 controls, Latin-1 and extended Latin
# letters, IPA, Greek, Cyrillic, Armenian, Hebrew, Arabic, box drawing and blocks, kana,
# bopomofo, Hangul, private use.
_FOREIGN = regex.compile(r"[\u0080-\u009f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u06ff\u2500-\u259f"
                         r"\u3041-\u30ff\u3100-\u312f\u3131-\u318e\uac00-\ud7a3\ue000-\uf8ff\uff66-\uff9f]")


@lru_cache(maxsize=8192)
def weight(ch: str) -> int:
    """How foreign ``ch`` is to Chinese prose: 0 common, 1 rare Han, 2 outside GB2312 Han or
    another script's letter.

    >>> [weight(c) for c in "加亳膿Жa，"]
    [0, 1, 2, 2, 0, 0]
    """
    if ch in LEVEL_1:
        return 0
    if _HAN.match(ch):
        return 1 if ch in LEVEL_2 else 2
    return 2 if _FOREIGN.match(ch) else 0


def _touches_cjk(text: str, s: int, e: int) -> bool:
    near = text[max(0, s - 2):s] + text[e:e + 2]
    return any(c in LEVEL_1 or "\u3001" <= c <= "\u303f" or "\uff01" <= c <= "\uff60" for c in near)


_CHINESE_MARKS = frozenset(map(chr, range(0x3001, 0x3040))) | frozenset(map(chr, range(0xFF01, 0xFF66))) | frozenset(
    "\u2014\u2026\u201c\u201d\u2018\u2019")


def clusters(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, weight) of each garbled cluster: two or more heavy characters, at most one
    letter apart (no mark or space between), weighing three or more, touching Chinese text.
    On the lines of a document written in traditional characters (see ``traditional_lines``)
    a Big5 Han character weighs nothing: it is the script, not damage.

    >>> t = "加强管理紗膿砿尖工作，亳州市谯城区，李堃同志，加强Е┼═Е╪╨建设，Müller先生，枸杞、藜麦"
    >>> [t[s:e] for s, e, _ in clusters(t)]
    ['紗膿砿', 'Е┼═Е╪╨']
    """
    found = list(_clusters(text, 0, len(text), weight))
    if not found:
        return iter(())
    lines = traditional_lines(text)
    if not lines:
        return iter(found)
    kept = [c for c in found if not any(s <= c[0] < e for s, e in lines)]
    for s, e in lines:
        if any(s <= c[0] < e for c in found):
            kept.extend(_clusters(text, s, e, _traditional_weight))
    return iter(sorted(kept))


def _clusters(text: str, lo: int, hi: int, weigh) -> Iterator[tuple[int, int, int]]:
    start = last = barrier = -1
    total = heavy = 0
    for i in range(lo, hi):
        ch = text[i]
        w = weigh(ch)
        if not w:
            if ch.isspace() or ch in _CHINESE_MARKS:
                barrier = i  # a Chinese mark or a space ends a word: 枸杞、藜麦 is two words
            continue
        if start >= 0 and i - last <= 2 and barrier < last:
            last, total, heavy = i, total + w, heavy + 1
            continue
        if start >= 0 and heavy >= 2 and total >= 3 and _touches_cjk(text, start, last + 1):
            yield start, last + 1, total
        start = last = i
        total, heavy = w, 1
    if start >= 0 and heavy >= 2 and total >= 3 and _touches_cjk(text, start, last + 1):
        yield start, last + 1, total


# Traditional script. Hong Kong, Macao and Taiwan government texts are written in traditional
# characters: outside GB2312 on nearly every line, yet their lines read as prose, because the
# structural characters both scripts share (的 是 在 和 之) keep their share of running text
# (5-7%). A wrong byte table gives the same kind of characters but never that share: GBK read
# as Big5 gives 0 in 20,000 Han characters on the reference reports. So a long line is
# traditional prose when its heavy Han characters are Big5 characters and its shared structural
# characters make at least 2% of its Han; a document is traditional when most of its long lines
# are. Its short lines (titles, 各位議員：) go with it; a long line of Big5 garbage does not.
_SHARED_STRUCTURE = frozenset("的是在和之")
_LONG_LINE = 20  # Han characters: below this a line's share of structural characters says nothing


@lru_cache(maxsize=8192)
def _big5_han(ch: str) -> bool:
    try:
        ch.encode("big5")
    except UnicodeEncodeError:
        return False
    return bool(_HAN.match(ch))


def _traditional_weight(ch: str) -> int:
    return 0 if _big5_han(ch) else weight(ch)


def traditional_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines to read as traditional script; none unless most long lines of
    ``text`` are traditional prose.

    >>> t = "施政報告\\n政府將繼續推動經濟發展，鞏固香港作為國際金融中心的地位，並積極融入國家發展大局。\\n"
    >>> [t[s:e] for s, e in traditional_lines(t)]
    ['施政報告', '政府將繼續推動經濟發展，鞏固香港作為國際金融中心的地位，並積極融入國家發展大局。']
    >>> traditional_lines("加强管理紗膿砿尖工作，推进改革发展，在全市范围内开展专项行动，取得了明显成效。")
    []
    """
    spans, long_lines, prose = [], 0, []
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        han = [c for c in line if _HAN.match(c)]
        if len(han) < _LONG_LINE:
            spans.append((s, e, None))
            continue
        long_lines += 1
        heavy = [c for c in han if weight(c) == 2]
        ok = bool(heavy) and all(map(_big5_han, heavy)) and sum(c in _SHARED_STRUCTURE for c in han) >= 0.02 * len(han)
        prose.append(ok)
        spans.append((s, e, ok))
    if not long_lines or sum(prose) * 2 <= long_lines:
        return []
    return [(s, e) for s, e, ok in spans if ok is not False and s < e]


# Byte debris: a token of ASCII and Latin-1 touching Chinese text that mixes letters or digits
# with signs no word, figure, code or address holds in pairs: a 7-bit gateway's "<SG?9\\@m",
# undecoded HZ "~{<SG?~}", UTF-16 read byte by byte "wmãS¸\\". Addresses, markup and
# entities are the text's own; a unit sign next to a digit (30°, ±5, 10×10) is a figure's.
_TOKEN = regex.compile(r"[\x21-\x7e\u00a1-\u00ff]{3,40}+")
_ODD_SIGNS = frozenset("~{}<>?@\\^|#$=[]`")
_UNIT_SIGNS = frozenset("\u00b0\u00b1\u00b2\u00b3\u00b5\u00b7\u00d7\u00f7")
_ADDRESS = regex.compile(r"://|www\.|/|&|\.(?:com|cn|net|org|html?)\b|^[\w.+-]+@[\w-]+\.[\w.]+$|^<[^<>]*>$")


def _odd(tok: str, k: int) -> bool:
    c = tok[k]
    if c in _ODD_SIGNS:
        return True
    if c.isascii():
        return False
    if c in _UNIT_SIGNS:
        return not (k and tok[k - 1].isdigit() or tok[k + 1:k + 2].isdigit())
    return True


def ascii_debris(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of byte-debris tokens touching Chinese text.

    >>> t = "加强<SG?9\\\\@m建设，推进~{6S>x~}工作，G?9+管理，陆wmãS¸\\\\支点，以÷N<P为"
    >>> [t[s:e] for s, e in ascii_debris(t)]
    ['<SG?9\\\\@m', '~{6S>x~}', 'G?9+', 'wmãS¸\\\\', '÷N<P']
    >>> t = "详见www.a.gov.cn，邮箱a@b.cn，ISO9001:2015，C++语言，Müller先生，北纬30°，误差±5%以内"
    >>> list(ascii_debris(t))
    []
    """
    for m in _TOKEN.finditer(text):
        tok, s, e = m.group(), m.start(), m.end()
        if not _touches_cjk(text, s, e) or _ADDRESS.search(tok):
            continue
        if not any(c.isascii() and c.isalnum() for c in tok) or tok.strip("?") == "":
            continue
        odd = sum(_odd(tok, k) for k in range(len(tok)))
        kinds = (any(c.isupper() for c in tok) + any(c.islower() for c in tok) + any(c.isdigit() for c in tok)
                 + any(not c.isalnum() for c in tok))
        if odd >= 2 or (odd == 1 and kinds >= 3 and tok[-1] != "?" and tok[0] != "#"):
            yield s, e
