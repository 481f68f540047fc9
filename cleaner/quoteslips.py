"""Quotation and title marks typed or converted wrong, repaired where the line leaves one reading.

Two families of slips (rules/quote.py): marks that stand for “ ” or 《 》 but are other code
points or sequences (normalize_mark_lookalikes: „…“, ''…'', 〃…〃, JSON escapes \\" and
\\u201c, ＜＜…＞＞), and pairs of which one mark is the wrong one (repair_mark_slips: ““…”,
“…’, 《…）). A line's edits are kept only when, with all of them applied, its double quotes
alternate “ ” “ ” and its brackets and title marks pair: the repaired line then has one
reading. Nothing here changes text: it proposes edits only.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import regex

from cleaner import chars, quotenesting
from cleaner.docmodel import lines
from cleaner.scanning import LastMark
from cleaner.textutil import ANY_HAN
from cleaner.types import Edit

LQ, RQ = chars.LEFT_DOUBLE_QUOTE, chars.RIGHT_DOUBLE_QUOTE
LS, RS = chars.LEFT_SINGLE_QUOTE, chars.RIGHT_SINGLE_QUOTE
LT, RT = chars.LEFT_TITLE_MARK, chars.RIGHT_TITLE_MARK
LP, RP = chars.FULLWIDTH_LEFT_PAREN, chars.FULLWIDTH_RIGHT_PAREN
_SENTENCE_END = "\u3002\uff01\uff1f"
_NOT_QUOTED = f"{LQ}{RQ}{LS}{RS}'\"\uff07\n{_SENTENCE_END}"

# --- what must hold on a repaired line -----------------------------------------------------


def _unpaired(line: str) -> int:
    """How many marks of the line do not pair: double quotes must alternate (no nesting of
    the same mark), （ ） and 《 》 nest and close.

    >>> _unpaired("“甲”和《乙（丙）》"), _unpaired("““甲”"), _unpaired("《甲）"), _unpaired("”甲“")
    (0, 1, 2, 2)
    """
    stack: list[str] = []
    quote_open, bad = False, 0
    for c in line:
        if c == LQ:
            bad += quote_open
            quote_open = True
        elif c == RQ:
            bad += not quote_open
            quote_open = False
        elif c in (LP, LT):
            stack.append(c)
        elif c in (RP, RT):
            if stack and stack[-1] == (LP if c == RP else LT):
                stack.pop()
            else:
                bad += 1
    return bad + quote_open + len(stack)


def _line_edits(line, found: list[tuple[int, int, str]], reason: str, strict: bool = True) -> Iterator[Edit]:
    """Edits (start, end, new) of one line, all of them, when the line then pairs up (``strict``)
    or leaves no more marks unpaired than before (a look-alike pair replaced whole); else none."""
    if not found:
        return
    text, out, at = line.text, [], 0
    for a, b, new in sorted(found):
        if a < at:
            return  # overlapping readings: no single one
        out.append(text[at:a] + new)
        at = b
    after = _unpaired("".join(out) + text[at:])
    if after > (0 if strict else _unpaired(text)):
        return
    for a, b, new in found:
        yield Edit(line.start + a, line.start + b, text[a:b], new, reason)


# --- look-alikes and sequences for “ ” and 《 》 ---------------------------------------------

_QUOTE_LOOKALIKES = regex.compile(
    # „…“ / „…” (German marks), ''…'' / ＇＇…＇＇ / ´´…´´ (two apostrophes or accents each), ``…''
    # (TeX's marks), 〃…〃 / ʺ…ʺ (ditto, double prime)
    f"(?P<o>\u201e|''|``|\u00b4\u00b4|\uff07\uff07|{LS}{LS}|(?P<d>[\u3003\u02ba]))"
    f"(?P<i>[^{_NOT_QUOTED}`\u00b4\u201e\u3003\u02ba]{{1,30}}+)"
    f"(?P<c>(?(d)(?P=d)|(?:[{LQ}{RQ}]|''|\u00b4\u00b4|\uff07\uff07|{RS}{RS})))"
)
_ESCAPED_QUOTE = regex.compile(r'\\"')
_UNICODE_ESCAPE = regex.compile(r"\\u(201[cdCD89]|300[abAB])")
# <<…>> / ＜＜…＞＞ typed for 《…》, and the mathematical double angles ≪…≫ / ⟪…⟫ a symbol table offers.
_TITLE_SIGNS = regex.compile(f"(?P<o><<|\uff1c\uff1c|[\u226a\u27ea{LT}])(?P<i>[^<>\uff1c\uff1e\u226a\u226b\u27ea\u27eb{LT}{RT}\n]{{1,80}}+)"
                             f"(?P<c>>>|\uff1e\uff1e|[\u226b\u27eb{RT}])")


def _quoted_number(t: str, m) -> bool:
    """A figure quoted between Chinese words (a hotline's number): Han right outside both marks."""
    return (m.group("i").isdigit() and m.start() > 0 and ANY_HAN.match(t, m.start() - 1) is not None
            and ANY_HAN.match(t, m.end()) is not None)


def lookalike_edits(text: str) -> Iterator[Edit]:
    """The edits of quote.normalize_mark_lookalikes (see its docstring)."""
    for line in lines(text):
        t = line.text
        found: list[tuple[int, int, str]] = []
        for m in _QUOTE_LOOKALIKES.finditer(t):
            inner = ANY_HAN.search(m.group("i")) or _quoted_number(t, m)  # 畅通``12393''热线
            if m.group("o") == "''" and t[m.start() - 1:m.start()].isdigit():
                continue  # 长12''宽8'': inch marks after figures
            if inner and (m.group("d") is None or _beside_han(t, m.start(), m.end())):
                found += [(m.start("o"), m.end("o"), LQ), (m.start("c"), m.end("c"), RQ)]
        escaped = [m.start() for m in _ESCAPED_QUOTE.finditer(t)]
        if len(escaped) % 2 == 0:
            for a, b in zip(escaped[::2], escaped[1::2]):
                if ANY_HAN.search(t, a + 2, b):
                    found += [(a, a + 2, LQ), (b, b + 2, RQ)]
        for m in _UNICODE_ESCAPE.finditer(t):
            if _beside_han(t, m.start(), m.end()):
                found.append((m.start(), m.end(), chr(int(m.group(1), 16))))
        for m in _TITLE_SIGNS.finditer(t):
            if (m.group("o"), m.group("c")) != (LT, RT) and ANY_HAN.match(m.group("i")):
                found += [(m.start("o"), m.end("o"), LT), (m.start("c"), m.end("c"), RT)]
        taken = {k for a, b, _ in found for k in range(a, b)}  # a set: many marks on a long line stay linear
        found += [f for f in _named_quote_pairs(t) if not any(k in taken for k in range(f[0], f[1]))]
        yield from _line_edits(line, found, "marks typed or converted for \u201c \u201d / \u300a \u300b (GB/T 15834)",
                               strict=False)


@lru_cache(maxsize=1)
def _quote_like() -> tuple[frozenset[str], frozenset[str]]:
    """Quotation marks of other code points, found by their Unicode names (‟ ❝ ❞ ‶ ⹂ ‚ ‛ ❛ ❜ …):
    (double, single). Not the angle quotation marks (« ‹, titles' business), not the ASCII and
    full-width straight marks (units too: convert_straight_quotes reads them), not “ ” ‘ ’ themselves.

    >>> double, single = _quote_like()
    >>> sorted(c for c in "\u201f\u275d\u275e\u2036\u201c\u00ab\uff02" if c in double), "\u201a" in single
    (['‟', '‶', '❝', '❞'], True)
    """
    double, single = set(), set()
    for n in [*range(0x2010, 0x2E50), *range(0x3000, 0x3040), *range(0x1F670, 0x1F680)]:
        c = chr(n)
        name = unicodedata.name(c, "")
        if "ANGLE" in name or c in (LQ, RQ, LS, RS) or not ("QUOTATION MARK" in name or "REVERSED DOUBLE PRIME" == name):
            continue
        (double if "DOUBLE" in name else single).add(c)
    return frozenset(double), frozenset(single)


def quote_like_pattern() -> str:
    """A character class of the marks of :func:`_quote_like` (a rule's trigger)."""
    return "[" + regex.escape("".join(sorted(_quote_like()[0] | _quote_like()[1]))) + "]"


def _named_quote_pairs(t: str) -> list[tuple[int, int, str]]:
    """(start, end, new) for pairs of quotation marks of other code points around a short phrase
    with Chinese in it: ‟放管服”, ❝放管服❞, ‶放管服″ -> “放管服”; single ones nest inside “ ” only."""
    double, single = _quote_like()
    marks = [i for i, c in enumerate(t) if c in double or c in single]
    if not marks:
        return []
    found = []
    last_open = last_close = -1  # the latest “ and ” before i, advanced once over the line
    seen = 0
    for i in marks:
        for k in range(seen, i):
            if t[k] == LQ:
                last_open = k
            elif t[k] == RQ:
                last_close = k
        seen = max(seen, i)
        kind = double if t[i] in double else single
        closers = kind | ({LQ, RQ, "\u2033"} if kind is double else {LS, RS, "\u2032"})  # ‶…″: a prime closes
        j = i + 1
        while j < len(t) and j - i <= 31 and t[j] not in closers and t[j] not in _NOT_QUOTED:
            j += 1
        if j - i > 31 or j >= len(t) or t[j] not in closers or not ANY_HAN.search(t, i + 1, j):
            continue
        nested = kind is single and last_open > last_close
        left, right = (LS, RS) if nested else (LQ, RQ)
        found += [(i, i + 1, left)] + ([(j, j + 1, right)] if t[j] != right else [])
    return found


def _beside_han(t: str, a: int, b: int) -> bool:
    return bool(ANY_HAN.match(t[a - 1:a] if a else "") or ANY_HAN.match(t[b:b + 1]))


# --- pairs with one wrong mark ----------------------------------------------------------------

_SHORT = f"[^{_NOT_QUOTED}{LT}{RT}{LP}{RP}]{{1,30}}+"
_SLIP = regex.compile(
    f"(?P<dd>{LQ}{LQ}|{RQ}{RQ})"  # a doubled mark
    f"|{LQ}(?P<qs>{_SHORT})(?P<s1>[{RS}{LS}'])"  # “…’ / “…' / “…‘
    f"|(?P<s2>[{LS}'])(?P<sq>{_SHORT}){RQ}"  # ‘…” / '…”
    f"|{LT}(?P<tp>[^{LT}{RT}{LP}{RP}\n]{{1,40}}+)(?P<p1>{RP})"  # 《…）
    f"|(?P<p2>{LP})(?P<pt>[^{LT}{RT}{LP}{RP}\n]{{1,40}}+){RT}"  # （…》
)


def slip_edits(text: str) -> Iterator[Edit]:
    """The edits of quote.repair_mark_slips (see its docstring)."""
    blanks = _BLANK_PAIR.search(text) is not None  # the document uses “” as a form's blank (review r14)
    for line in lines(text):
        t = line.text
        if not blanks:
            yield from _empty_pairs(line)
        if not _unpaired(t) and not (LS in t and '"' in t):  # “…‘…"…” pairs its doubles
            continue
        nested = [] if LS in t or RS in t else list(quotenesting.nested_edits(t, _DOUBLES, LQ))
        if nested:  # “要落实“放管服”改革”: a quotation inside a quotation, in the wrong marks
            yield from _line_edits(line, nested, "a quotation inside a quotation: \u2018 \u2019 (GB/T 15834)")
            continue
        found: list[tuple[int, int, str]] = []
        single, double = _Open(_SINGLES, t, LS), _Open(_DOUBLES, t, LQ)
        for m in _SLIP.finditer(t):
            if m.group("dd"):
                found.append((m.start() + 1, m.end(), ""))
            elif (m.group("s1") and ANY_HAN.search(m.group("qs")) and not single.at(m.start("s1"))
                  and not _opens_nested(t, m.start("s1"))):
                found.append((m.start("s1"), m.end("s1"), RQ))
            elif m.group("s2") and ANY_HAN.search(m.group("sq")) and not double.at(m.start()):
                found.append((m.start("s2"), m.end("s2"), LQ))
            elif m.group("p1") and ANY_HAN.match(m.group("tp")):
                found.append((m.start("p1"), m.end("p1"), RT))
            elif m.group("p2") and ANY_HAN.match(m.group("pt")):
                found.append((m.start("p2"), m.end("p2"), LT))
        if not found:
            found = _same_way_pair(t)
        for m in _NESTED_STRAIGHT_CLOSE.finditer(t):  # “要落实‘放管服"改革”: the ‘ closed straight
            if ANY_HAN.search(m.group(1)) and double.at(m.start()):
                found.append((m.end() - 1, m.end(), RS))
        yield from _line_edits(line, found, "a quotation or title closed or opened with the wrong mark")


# An empty pair “” against another double mark (“”“放管服”, “放管服“””): an editor's pair left
# beside a pasted quotation. An empty pair on its own (在“”内打√) is a form's blank and stays.
_EMPTY_BY_MARK = regex.compile(f"(?<!{LQ}{RQ}){LQ}{RQ}(?=[{LQ}{RQ}])(?!{LQ}{RQ})|(?<=[{LQ}{RQ}])(?<!{LQ}{RQ}){LQ}{RQ}(?!{LQ}{RQ})")


# An empty pair with no double mark beside it: a form's blank (在“”内打√). A document that has
# one uses “” as a tick box, before its quoted options too (“”“四上”企业).
_BLANK_PAIR = regex.compile(f"(?<![{LQ}{RQ}]){LQ}{RQ}(?![{LQ}{RQ}])")
# An empty pair before a quoted option, twice in a line: a list of options with their tick boxes
# (设“”“优秀”“”“良好”“”“合格”三个等次).
_BOX_BEFORE_OPTION = regex.compile(f"{LQ}{RQ}{LQ}[^{LQ}{RQ}\n]{{1,40}}{RQ}")


def _empty_pairs(line) -> Iterator[Edit]:
    """The empty pair goes when the quotation beside it holds Chinese text and the line then pairs.

    >>> [(e.start, e.new) for e in _empty_pairs(lines("推进“”“放管服”改革")[0])]
    [(2, '')]
    >>> list(_empty_pairs(lines("设“”“优秀”“”“良好”两个等次")[0]))
    []
    """
    t = line.text
    if len(_BOX_BEFORE_OPTION.findall(t)) >= 2:
        return
    for m in _EMPTY_BY_MARK.finditer(t):
        rest = t[:m.start()] + t[m.end():]
        quoted = regex.search(f"{LQ}([^{LQ}{RQ}\n]{{1,40}}){RQ}", rest[max(0, m.start() - 41):m.start() + 41])
        if quoted and ANY_HAN.search(quoted.group(1)) and not _unpaired(rest):
            yield Edit(line.start + m.start(), line.start + m.end(), m.group(), "",
                       "an empty pair of quotation marks beside a quotation: a stray pair")


_LINE_END_AFTER_MARK = regex.compile("[\u3002\uff01\uff1f\uff1b\uff0c]*+\\s*+\\Z")


def _same_way_pair(t: str) -> list[tuple[int, int, str]]:
    """The only two double marks of a paragraph, both the same way, where one of them has one
    reading: a “ that ends the paragraph closes (他说“要落实责任。“), a ” after a word and before
    text opens (他说”要落实责任。”).

    >>> _same_way_pair("他说“要落实责任。“"), _same_way_pair("他说”要落实责任。”"), _same_way_pair("”甲。”")
    ([(9, 10, '”')], [(2, 3, '“')], [])
    """
    marks = [m.start() for m in _DOUBLES.finditer(t)]
    if len(marks) != 2 or t[marks[0]] != t[marks[1]] or not ANY_HAN.search(t, marks[0] + 1, marks[1]):
        return []
    a, b = marks
    if t[a] == LQ and _LINE_END_AFTER_MARK.match(t, b + 1):
        return [(b, b + 1, RQ)]
    if t[a] == RQ and a > 0 and (ANY_HAN.match(t, a - 1) or t[a - 1] in "\uff1a\uff0c") and ANY_HAN.match(t, a + 1):
        return [(a, a + 1, LQ)]
    return []


_NESTED_STRAIGHT_CLOSE = regex.compile(f"{LS}({_SHORT})\"(?=[^{LQ}{RQ}\"\\n]*{RQ})")


def _opens_nested(t: str, i: int) -> bool:
    """A ‘ closed by a ’ before the next double mark opens a quotation nested in the open “ (“要坚持‘两个
    毫不动摇’。 lost its ”): no slip for ”.

    >>> _opens_nested("“要坚持‘甲’。", 4), _opens_nested("“三个高于‘，落实", 5)
    (True, False)
    """
    if t[i] != LS:
        return False
    close = t.find(RS, i + 1)
    return (close > 0 and not _DOUBLES.search(t, i + 1, close)) or _NESTED_STRAIGHT_CLOSE.match(t, i) is not None


_SINGLES = regex.compile(f"[{LS}{RS}]")
_DOUBLES = regex.compile(f"[{LQ}{RQ}]")


class _Open:
    """Whether the last of a pair's marks before a position is its opening (a quotation is open).

    A ’ after an open ‘ closes a nested quotation, and a ‘ inside an open “ opens one: no slip.
    Positions are asked left to right (LastMark reads the line once).
    """

    def __init__(self, marks: regex.Pattern, line: str, opening: str):
        self._last, self._line, self._opening = LastMark(marks, line), line, opening

    def at(self, i: int) -> bool:
        end = self._last.end_before(i)
        return end > 0 and self._line[end - 1] == self._opening
