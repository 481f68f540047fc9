"""Where an ad spliced into a sentence without brackets begins and ends, for rules/ads.py.

The cues of an ad mark its core (代写…加薇xz72, 加微信kx8899领取). A splice leaves a seam: the
text on either side of the ad joins into the document's own words once the ad is out
(营商|http://…/app.apk|环境 → 营商环境), while the two character pairs across its edges occur
nowhere else in the document. The cut reaches beyond the cues over spaces, Latin letters,
digits, marks and bracketed asides only: a bare Han character next to an ad is as often a
rare word of the document's own (采煤沉|下载APP…|陷区: cut one character wider each side, it
closes up 和区) as the ad's, and losing the text's words is worse than leaving an ad's.
When two seams disagree, only what both take goes.

Only the document itself is read (no corpus, no word list); the counts are plain character
pairs, built once per document. Nothing here changes text.
"""

from __future__ import annotations

from collections import Counter
from functools import cache, lru_cache

import regex

from cleaner import adforeign
from cleaner.data import table

# How far beyond its cues an ad's words may reach, each side (characters).
REACH = 14
# A clause mark or a line end bounds an ad spliced into a word: a cut across a comma takes
# the clause the text closes up with (江岭籍…可登录www…，市人才中心 → 江岭|市).
_STOP = frozenset("\n\u3002\uff01\uff1f\uff1b!?;\uff0c,\u3001\uff1a:")
_HAN = regex.compile(r"\p{Han}")
# Brackets of any type (full widths folded), as in rules/ads.py.
_OPEN = frozenset("([{<\u3010\u3016\u3014\u300c\u300e\u3008\u27e8\ufe5d\u2985\uff5f\u3018\u301a")
_CLOSE = frozenset(")]}>\u3011\u3017\u3015\u300d\u300f\u3009\u27e9\ufe5e\u2986\uff60\u3019\u301b")
# Kept pairs next to a cut that count against it (leftover words of the ad).
_NEAR = 3


class Pairs:
    """Character pair counts of one document (folded), to tell its own pairs from foreign ones."""

    def __init__(self, text: str):
        self.text = text
        self.counts = Counter(text[i:i + 2] for i in range(len(text) - 1))
        self._grams: dict[int, Counter] = {}

    def written(self, gram: str, w0: int, w1: int) -> bool:
        """Whether ``gram`` (four or five characters) occurs in the text outside ``w0:w1``.
        The counts of each length are built on first use, once per document: a walk of the
        text per question would make a document with many ads quadratic."""
        grams = self._grams.get(len(gram))
        if grams is None:
            n, t = len(gram), self.text
            grams = self._grams[n] = Counter(t[i:i + n] for i in range(len(t) - n + 1))
        if not grams[gram]:
            return False
        n = len(gram)  # an occurrence overlapping the window is no evidence from elsewhere
        return grams[gram] > self.text.count(gram, max(0, w0 - n + 1), w1 + n - 1)

    def known(self, pair: str, local: Counter) -> bool:
        """Whether ``pair`` occurs in the document outside the window counted in ``local``."""
        return self.counts[pair] - local[pair] > 0


@lru_cache(maxsize=4)
def pairs_of(text: str) -> Pairs:
    """The pair counts of ``text``, shared by the spliced ads of one document."""
    return Pairs(text)


def extent(pairs: Pairs, start: int, end: int, lo: int, hi: int) -> tuple[int, int, bool]:
    """The ad's (start, end) around its core ``start:end`` within ``lo:hi`` (its line), and
    whether the cut is a seam: the pair it closes up is the document's own and the two pairs
    across its edges are not. The cut reaches beyond the cues only over spaces, Latin letters,
    digits, marks and a bracketed aside, never over a bare Han character: those next to an ad
    are as often the document's own rare words as the ad's.

    >>> doc = "持续优化营商环境。营商环境。" + "持续优化营商 http://t.cn/app(领红包)环境。"
    >>> p = Pairs(doc)
    >>> s = doc.index("http"); e = doc.index("(领", s)
    >>> a, b, seam = extent(p, s, e, 14, len(doc))
    >>> doc[a:b], seam
    (' http://t.cn/app(领红包)', True)
    >>> doc = "整治行动取得实效。整治行动。" + "确保整治行长期承接各类文稿写作服务动取得实效"
    >>> s = doc.index("承接"); e = doc.index("动取得实效", s)
    >>> extent(Pairs(doc), s, e, 14, len(doc))[2]  # the seam is two words away: not taken
    False
    """
    text = pairs.text
    lefts = _edges(text, start, max(lo, start - REACH), -1)
    rights = _edges(text, end, min(hi, end + REACH), 1)
    left, right = lefts[-1], rights[-1]
    w0, w1 = max(lo, left - _NEAR - 1), min(hi, right + _NEAR + 1)
    local = Counter(text[i:i + 2] for i in range(w0, w1 - 1))
    # known[i - w0]: the pair text[i], text[i+1] occurs outside the window; prefix sums make
    # every candidate's cost a constant-time sum (an ad's reach is bounded: REACH**2 cuts).
    known = [pairs.known(text[i:i + 2], local) for i in range(w0, w1 - 1)]
    sums = [0]
    for flag in known:
        sums.append(sums[-1] + flag)

    def n_known(i: int, j: int) -> int:  # known pairs starting in [i, j)
        i, j = max(i, w0), min(j, w1 - 1)
        return sums[j - w0] - sums[i - w0] if j > i else 0

    def n_unknown(i: int, j: int) -> int:
        i, j = max(i, w0), min(j, w1 - 1)
        return (j - i) - n_known(i, j) if j > i else 0

    def cost(ab: tuple[int, int]) -> tuple[int, int]:
        a, b = ab
        taken = n_known(a, start - 1) + n_known(end, b - 1)
        kept = n_unknown(a - 1 - _NEAR, a - 1) + n_unknown(b, b + _NEAR)
        join = _joins(text, a, b, lo, hi, local, pairs)
        return 2 * taken + kept - 2 * join, (start - a) + (b - end)

    def closes(ab: tuple[int, int]) -> bool:  # a seam: joins the document's own pair, edges foreign
        a, b = ab
        return (_joins(text, a, b, lo, hi, local, pairs) == 1 and a > lo and b < hi
                and not n_known(a - 1, a) and not n_known(b - 1, b))

    cuts = [(a, b) for a in lefts for b in rights]
    seams = [ab for ab in cuts if closes(ab) and not _takes_words(text, ab, start, end)]
    if not seams:
        return (*min(cuts, key=cost), False)
    # Two seams that both close up disagree on where the ad ends: one of them eats the text's
    # own rare words (研究制定|排污权有偿使加微信…领取|资料用 joins 定资 as 使用 does). Only
    # what every seam takes is surely the ad's.
    return max(a for a, _ in seams), min(b for _, b in seams), True


def _takes_words(text: str, ab: tuple[int, int], start: int, end: int) -> bool:
    """Whether the cut takes a Han character beyond the cues ``start:end`` outside a bracket:
    an address alone says nothing of the words around it (采煤沉|下载APP http://…|陷区 closes
    up 和区 by eating 采煤沉 and 陷, a rare word of the document's own)."""
    a, b = ab
    return _bare_han(text[a:start]) or _bare_han(text[end:b])


def _bare_han(part: str) -> bool:
    """A Han character of ``part`` outside its bracketed asides."""
    depth = 0
    for ch in part:
        depth += (ch in _OPEN) - (ch in _CLOSE)
        if depth <= 0 and _HAN.match(ch):
            return True
    return False


def _edges(text: str, at: int, limit: int, step: int) -> list[int]:
    """Where the ad may end, walking from ``at`` towards ``limit`` (``step`` 1: rightwards): up
    to a sentence mark, and never inside a bracket. A bracketed aside is whole or not at all
    (材料润色 in （…）); a bracket the core stands in (系统(http://…)中) is the bracket rule's:
    the walk stops at it."""
    out, depth = [at], 0
    pos = at
    while pos != limit:
        ch = text[pos] if step > 0 else text[pos - 1]
        if ch in _STOP:
            break
        depth += (ch in _OPEN) - (ch in _CLOSE) if step > 0 else (ch in _CLOSE) - (ch in _OPEN)
        if depth < 0:
            break
        pos += step
        if depth == 0:
            out.append(pos)
    return out


def _joins(text: str, a: int, b: int, lo: int, hi: int, local: Counter, pairs: Pairs) -> int:
    """1 when the pair the cut closes up is the document's own, else 0."""
    if a <= lo or b >= hi or not (_HAN.match(text[a - 1]) and _HAN.match(text[b])):
        return 0  # a pair with a mark or a digit in it (一、 设， 02) is in every document: no evidence
    return int(pairs.known(text[a - 1] + text[b], local))


def foreign_share(pairs: Pairs, a: int, b: int) -> float:
    """The share of the pairs of ``a:b`` with a letter in them found nowhere else in the document."""
    seg = pairs.text[a:b]
    # Pairs of digits and marks (00, 1-) are in every document with figures: no evidence.
    own = Counter(seg[i:i + 2] for i in range(len(seg) - 1) if seg[i].isalpha() or seg[i + 1].isalpha())
    if not own:
        return 0.0
    alien = sum(n for p, n in own.items() if pairs.counts[p] <= n)
    return alien / sum(own.values())


def crosses_stop(gap: str) -> bool:
    """Whether ``gap`` holds a clause mark or a line end (no ad's words reach across one)."""
    return any(ch in _STOP for ch in gap)


@cache
def _word_pairs() -> frozenset[str]:
    return frozenset(row[0] for row in table("han_pairs"))


def joins_into_word(left: str, right: str) -> bool:
    """Whether the Han characters ``left`` and ``right`` make a pair clean government text
    writes often (``data/han_pairs.tsv``, bench/build_han_pairs.py): a bracket between them cut
    a word (分|〔…〕|流, 安全|【…】|生产), where an aside closes after the word it explains
    (考试网|（网址：…）|进行: 网进 is no such pair). One cue of where a bracket stands.

    >>> joins_into_word("分", "流"), joins_into_word("网", "进")
    (True, False)
    """
    return left + right in _word_pairs()


def splits_word(pairs: Pairs, start: int, end: int) -> bool:
    """Whether the bracketed span ``start:end`` stands between two Han characters that join
    into a pair the document writes elsewhere (新【…】开工, 管{…}理): an aside follows a word,
    a splice cuts one. One cue of where it stands, never the decision.

    >>> doc = "全年新开工项目12个。" + "新【回收购物卡】开工。"
    >>> s = doc.index("【"); splits_word(Pairs(doc), s, doc.index("】") + 1)
    True
    >>> doc = "城乡居民（含农村）参保。"
    >>> splits_word(Pairs(doc), doc.index("（"), doc.index("）") + 1)
    False
    """
    join = join_around(pairs.text, start, end)
    return join is not None and pairs.counts[join] > 0  # the bracket stands between them: never this pair here


def join_around(text: str, start: int, end: int) -> str | None:
    """The two Han characters on either side of ``text[start:end]``, past the blanks that glued it
    on (分|〔…〕|流 → 分流), or None where a side has none (a line's edge, a mark, a letter)."""
    before, after = beside(text, start, end)
    if not (_HAN.match(before) and _HAN.match(after)):
        return None
    return before + after


def beside(text: str, start: int, end: int) -> tuple[str, str]:
    """The characters right before and right after ``text[start:end]``, past the blanks that glued
    it on ("" at the text's edge)."""
    while start > 0 and text[start - 1] in GAP:
        start -= 1
    while end < len(text) and text[end] in GAP:
        end += 1
    return text[start - 1:start], text[end:end + 1]


GAP = frozenset(" \t\u3000\u00a0")


def tied_aside(text: str, start: int, end: int) -> bool:
    """Whether the bracket ``text[start:end]`` is tied to the words right before it, as a notice's
    aside is to what it explains: it stands right after an office's or a channel's name and speaks
    in a notice's voice, an official's title, office hours, an instruction (…就业服务中心（咨询：王科长，
    139…）; not …服务热线（代开发票，联系139…）), or it repeats a word of its own clause (免费体检（体检当日
    请空腹…）, 培训费（培训费每人每年600元…）). An ad dropped into a sentence stands wherever the paste
    put it. One cue of where a bracket stands, never the decision.

    >>> t = "为老年人免费体检（体检当日请空腹）并建立档案。"
    >>> tied_aside(t, t.index("（"), t.index("）") + 1)
    True
    >>> t = "组建城市（2000+份公文写作素材打包领取）医疗集团。"
    >>> tied_aside(t, t.index("（"), t.index("）") + 1)
    False
    """
    before = text[max(0, start - _TIE_REACH):start]
    before = before[max((before.rfind(c) for c in _CLAUSE_END), default=-1) + 1:]
    inner = text[start + 1:end - 1]
    if _TIED_HEAD.search(before) and _NOTICE_VOICE.search(inner):
        return True
    own = {before[i:i + 2] for i in range(len(before) - 1) if _HAN_PAIR.fullmatch(before, i, i + 2)}
    return any(inner[i:i + 2] in own for i in range(len(inner) - 1))


_TIE_REACH = 12  # characters before a bracket read for the words it explains
_CLAUSE_END = "\n\u3002\uff1b\uff01\uff1f;!?"
_HAN_PAIR = regex.compile(r"\p{Han}{2}")
# A notice's voice in an aside of contacts: an official's title, its office hours, an instruction.
_NOTICE_VOICE = regex.compile(r"科长|处长|主任|股长|所长|站长|同志|干事|\p{Han}工(?=[\s,:;\d\uff0c\uff1a\uff1b]|$)"
                              r"|工作日|工作时间|办公时间|[请须]|可(?!能|以领|领)")
# An office's or a channel's name that an aside of contacts follows.
_TIED_HEAD = regex.compile(r"(?:中心|科|股|处|室|局|委|办|站|所|院|队|窗口|平台|专线|热线|电话|邮箱|网站|系统|小程序|公众号|客户端)\s*+\Z")


def seam_cut(pairs: Pairs, a: int, b: int, room: tuple[int, int]) -> tuple[int, int] | None:
    """The ad's full extent around its cues ``a:b`` when the text closes up without it (a
    seam: :func:`extent`) and its words are foreign to the document."""
    a, b = _grow_core(pairs.text, a, b, *room)
    s, e, seam = extent(pairs, a, b, *room)
    if not seam or foreign_share(pairs, s, e) < _SEAM_FOREIGN:
        return None
    return s, e


_SEAM_FOREIGN = 0.8
# Call words within a few characters of an ad's address are its own (加微信kx8899领取): the seam
# is looked for beyond them, not inside them (一|加微信kx8899…|是 closes up the real 一是; a cut
# from 微信 on would leave 加 and close up 加是).
_CALL_REACH = 3


def _grow_core(text: str, a: int, b: int, lo: int, hi: int) -> tuple[int, int]:
    """The cues ``a:b`` widened over the call words and Latin or digit runs next to them, by
    at most an ad's reach each side (a line of spaced digits would otherwise grow it to the
    whole line, once per identifier in it: quadratic)."""
    lo, hi = max(lo, a - REACH), min(hi, b + REACH)
    while True:
        left = _near_call(text, max(lo, a - _CALL_REACH - 4), a, a - _CALL_REACH)
        right = _near_call(text, b, min(hi, b + _CALL_REACH + 4), None, b + _CALL_REACH)
        left = left if left is not None and left < a else None
        right = right if right is not None and right > b else None
        if left is None and right is None:
            return a, b
        a, b = left if left is not None else a, right if right is not None else b


def _near_call(text: str, lo: int, hi: int, min_start: int | None, max_start: int | None = None) -> int | None:
    """The far edge of a call word or Latin/digit run in ``text[lo:hi]`` with no sentence mark
    between it and the cues (left side: ``min_start`` given, the run must end within reach of
    ``hi``; right side: it must start within reach of ``lo``)."""
    best = None
    for m in _CORE_PART.finditer(text, lo, hi):
        gap = text[m.end():hi] if min_start is not None else text[lo:m.start()]
        if crosses_stop(gap) or len(gap) > _CALL_REACH:
            continue
        if min_start is not None:
            best = m.start() if best is None else min(best, m.start())
        elif max_start is not None and m.start() <= max_start:
            best = max(best or 0, m.end())
    return best


_CORE_PART = regex.compile(adforeign.CALL.pattern + r"|[A-Za-z0-9][A-Za-z0-9 ]*+")


# How far a spliced ad's own words may reach beyond its cues when they are Han characters
# (仁爱男科医院哪家好，预约热线400…: a clinic and a hotline, with a clause between them).
WORD_REACH = 24
# Sentence marks a spliced ad's words never cross; a comma does (…医院哪家好，预约热线…).
_SENTENCE_STOP = frozenset("\n\u3002\uff01\uff1f\uff1b!?;")


def word_seam(pairs: Pairs, a: int, b: int, room: tuple[int, int]) -> list[tuple[int, int]]:
    """The candidate extents ``L:R`` of an ad around its cues ``a:b`` whose edges lie between
    Han characters, narrowest first: the characters either side close up into five
    characters the document writes elsewhere (社会|公考…139…|主义市 -> 社会主义市), the four
    characters across each edge are written nowhere else, and the cut's pairs are mostly
    foreign to the document. A bare Han character next to an ad may be a rare word of the
    document's own, so this takes more evidence than :func:`seam_cut` (five characters
    joined, not two). The edges may fall inside the cues' run by a few characters (三年|仁爱
    男科医院哪家好: a clinic's name pattern takes the word before it).

    >>> own = "坚持社会主义市场经济体制。完善社会主义制度。"
    >>> doc = own + "是社会公考一对一辅导，不过退费，联系13912345678主义市场经济的基石。"
    >>> s = doc.index("不过"); e = s + 4
    >>> [doc[L:R] for L, R in word_seam(Pairs(doc), s, e, (len(own), len(doc)))][:1]
    ['公考一对一辅导，不过退费，联系13912345678']
    """
    text = pairs.text
    lo, hi = room
    lefts = _word_edges(text, min(b, a + _INSIDE), max(lo + 2, a - WORD_REACH), -1)
    rights = _word_edges(text, max(a, b - _INSIDE), min(hi - 2, b + WORD_REACH), 1)
    if not lefts or not rights:
        return []
    w0, w1 = lefts[-1] - 2, rights[-1] + 2
    seams = [(s, e) for s in lefts for e in rights if e - s > 2 * _INSIDE
             and not pairs.written(text[s - 2:s + 2], w0, w1)
             and not pairs.written(text[e - 2:e + 2], w0, w1)
             and _joins_words(pairs, s, e, w0, w1)
             and foreign_share(pairs, s, e) >= _WORD_FOREIGN]
    return sorted(seams, key=lambda se: (abs(se[0] - a) + abs(se[1] - b), se))


# How far inside the cues' run an edge may fall, each side (characters).
_INSIDE = 6
# A spliced ad's own words are common ones (一对一辅导, 联系): half its pairs foreign will do
# where five characters join across it.
_WORD_FOREIGN = 0.5


def foreign_words(pairs: Pairs, a: int, b: int) -> bool:
    """Whether the Han words of ``a:b`` (an ad's words beyond its cues) are foreign to the
    document: half their pairs or more occur nowhere else. No words: nothing against."""
    text = pairs.text
    own = Counter(text[i:i + 2] for i in range(a, b - 1) if _HAN.match(text[i]) and _HAN.match(text[i + 1]))
    return sum(n for p, n in own.items() if pairs.counts[p] <= n) * 2 >= sum(own.values())


def _word_edges(text: str, at: int, limit: int, step: int) -> list[int]:
    """Where a spliced ad may end, walking from ``at`` towards ``limit``: positions with two
    Han characters on the text's side, up to a sentence mark."""
    out, pos = [], at
    while True:
        outer = text[pos - 2:pos] if step < 0 else text[pos:pos + 2]
        if len(outer) == 2 and all(_HAN.match(ch) for ch in outer):
            out.append(pos)
        if pos == limit or (text[pos - 1] if step < 0 else text[pos]) in _SENTENCE_STOP:
            return out
        pos += step


def _joins_words(pairs: Pairs, s: int, e: int, w0: int, w1: int) -> bool:
    """Whether the cut ``s:e`` closes up five Han characters the document writes outside
    ``w0:w1`` (社会|…|主义市, 效三年|…|行动): four alone coincide too often in a long text."""
    text = pairs.text
    return any(_HAN_RUN.fullmatch(gram) and pairs.written(gram, w0, w1)
               for gram in (text[s - 3:s] + text[e:e + 2], text[s - 2:s] + text[e:e + 3]))


_HAN_RUN = regex.compile(r"\p{Han}{5}")
