"""Counts in Chinese prose and the clause around them: was a measure word lost?

Chinese counts a noun through a measure word ("81名医务人员", "3个县"); a figure right
before a noun, or bare before a comma, usually lost one. Which words may follow a
figure is a list (``cleaner/data/measure_words.txt`` and ``after_number.txt``), but
whether one was lost here is read from the clause: a sibling figure of the same enumeration keeps its measure word
("3个岗位推荐和1职业指导"), the document writes the same noun with a measure word
elsewhere ("个县"), a counting verb or scope stands before the figure ("成立5督导组",
"全县98药品零售企业"), the noun after it is one counted with a measure word
("81医务人员"). Read-only helpers for ``figure.flag_missing_measure_words``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import regex

from cleaner import chars
from cleaner.data import phrases
from cleaner.textutil import alternation


def _words(name: str) -> list[str]:
    return [w for line in phrases(name) for w in line.split()]


# Measure words, units, time words and multipliers: a figure before one is a quantity or a date.
MEASURE_WORD = regex.compile(alternation(_words("measure_words")))
AFTER_NUMBER = regex.compile(alternation(_words("measure_words") + _words("after_number")))
COUNT_NOUN = regex.compile(alternation(_words("count_nouns")))
MEASURE_LOOKALIKE = regex.compile(alternation(_words("measure_lookalikes")))
_COUNT_VERBS = frozenset(_words("count_verbs"))
_LONGEST_VERB = max(map(len, _COUNT_VERBS))
# Words of the list that open a clause without counting anything in it: scopes, changes, comparators.
_NOT_VERBS = frozenset("全省 全市 全县 全区 全国 全镇 全乡 全州 方面 超过 不少于 不低于 累计 "
                        "提高 下降 增长 上升 降低 减少 增加".split())
_WEAK_COUNTING_WORDS = frozenset(("\u5728", "\u5bf9", "\u9879\u76ee"))  # 在 对 项目
_NAME_DIGITS = 3
_COUNTED_HEAD = regex.compile(alternation(_words("counted_nouns")))
_COUNTED_HEAD_END = regex.compile(f"(?:{alternation(_words('counted_nouns'))})\\Z")
_LONGEST_COUNTED = max(map(len, _words("counted_nouns")))
# The two-character heads ("干部", "企业"; not 村, a part of place names such as 十八洞村): a
# Chinese numeral right before one is a count ("三十五基层干部" reads 三十五 as a figure).
COUNTED_PAIR = regex.compile(alternation([w for w in _words("counted_nouns") if len(w) >= 2]))
# Measure words of counted things (not units of measure, not time): the ones a sibling
# figure shows when the clause counts things.
COUNT_MEASURES = "个名位户家所项件次台辆张座条支批种类场处间套床例部只枚艘架份"
# A figure with its measure word and the noun after it: "3个岗位", "2.3万所乡镇", "1次全面",
# "医院12家"; not an ordinal ("第3位" is a rank, no count).
_MEASURED = regex.compile(
    rf"(?<![\d.\u7b2c])\d++(?:\.\d++)?(?:万|亿)?[多余]?(?P<measure>[{COUNT_MEASURES}])(?P<noun>[{chars.HAN}]{{0,2}})"
)
_PERSONS = regex.compile(r"(?<![\d.])\d++(?:万)?人(?![次均口数])")
# Clause breaks: a sibling figure counts only inside the same clause ("、", "和" join siblings).
_CLAUSE_BREAK = regex.compile(r"[\n\u3002\uff01\uff1f\uff1b\uff0c\uff1a,;:!?]")
_SENTENCE_BREAK = regex.compile(r"[\n\u3002\uff01\uff1f\uff1b\uff1a;:!?]")
_SIBLING_REACH = 30  # characters between a figure and its sibling
# A figure with a unit of measure ("12公里", "3000万元"): a sibling only when the two are
# items of one enumeration (joined by 、 和 及 与), as in "建成3个站点、12公里管网和5泵站".
_UNIT_FIGURE = regex.compile(
    r"(?<![\d.])\d++(?:\.\d++)?(?:万|亿)?(?P<unit>公里|平方米|平方公里|千米|公顷|千瓦|立方米|元|吨|亩)"
)
_JOINED = regex.compile(r"[\u3001\u548c\u53ca\u4e0e]")  # 、 和 及 与
_HAN_RUN = regex.compile(rf"[{chars.HAN}]{{1,8}}")
_RANGE_LINKS = "\u81f3\u5230"  # 至 到: "3至5所" is a range, not a tally like "3县5乡"
_RANGE_BEFORE = regex.compile(r"(?<![\d.])\d++(?:\.\d++)?(?:[\u81f3\u5230~\-\u2014\uff5e\uff0d])\Z")
# A tally's next item, or its item before: one character after a bare count, in a list joined by 、.
_TALLY_NEXT = regex.compile(r"\u3001\d++\p{Han}(?!\p{Han})")
_TALLY_BEFORE = regex.compile(r"(?<![\d.])\d++\p{Han}\u3001\Z")
_DATE_BEFORE = regex.compile(r"(?:19|20)\d\d年\Z")
_DAY_AFTER = regex.compile(rf"[{chars.HAN}]\d{{1,2}}日")
# A short modifier and the head of an institution or a facility right after a place noun:
# "18乡镇卫生院", "5村卫生室", "3县级医院": the place noun modifies the thing counted.
_FACILITY_AFTER = regex.compile(rf"[{chars.HAN}]{{1,2}}(?:院|站|室|所|馆|校|园|中心)")


@dataclass(frozen=True, slots=True)
class _Sibling:
    start: int
    end: int
    measure: str
    after_han: bool  # a noun stands before it ("医院12家")


def opening_verb(text: str, start: int) -> str:
    """The counting verb of two characters or more that opens the clause at ``start``
    ("修复治理退化草原517万亩" → "修复"), or "": a clause that opens so states an action of its own,
    not a part of a total listed before it. Scopes, changes and comparators are no such verb.

    >>> opening_verb("修复治理退化草原517万亩", 0), opening_verb("城镇职工1200万人", 0), opening_verb("全市12家", 0)
    ('修复', '', '')
    """
    for n in range(min(_LONGEST_VERB, len(text) - start), 1, -1):
        word = text[start:start + n]
        if _counting_verb(word, verbs_only=True):
            return word
    return ""


def _counting_verb(word: str, verbs_only: bool) -> bool:
    """A word of the list that counts what follows it, not a counted noun of the list; with
    ``verbs_only``, not a scope, a change or a comparator either."""
    return word in _COUNT_VERBS and not _COUNTED_HEAD_END.search(word) and not (verbs_only and word in _NOT_VERBS)


class Clauses:
    """The cues around counts of one text, read once: figures with a measure word
    (siblings), the nouns the document writes after a measure word, clause breaks.

    >>> t = "完成1次政策宣介、3个岗位推荐和1职业指导。玉树3县"
    >>> c = Clauses(t)
    >>> c.sibling_measure(t.index("1职"), t.index("1职") + 1), c.sibling_measure(len(t) - 2, len(t) - 1)
    ('个', '')
    >>> t = "建成12公里管网和5泵站，投入300万元建设365展贸网"
    >>> c = Clauses(t)
    >>> c.sibling_unit(t.index("5泵"), t.index("5泵") + 1), c.sibling_unit(t.index("365"), t.index("365") + 3)
    ('公里', '')
    """

    def __init__(self, text: str):
        self.text = text
        self._siblings = [_Sibling(m.start(), m.end("measure"), m.group("measure"),
                                   m.start() > 0 and _is_han(text[m.start() - 1]))
                          for m in _MEASURED.finditer(text)]
        self._starts = [s.start for s in self._siblings]
        # items of a list after their nouns ("培训校长45人，培训班主任120。"): 人 is a measure word there too
        self._items = sorted(self._siblings + [_Sibling(m.start(), m.end(), "人", True) for m in _PERSONS.finditer(text)
                                               if m.start() and _is_han(text[m.start() - 1])], key=lambda x: x.start)
        self._item_starts = [s.start for s in self._items]
        self._breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
        self._sentence_breaks = [m.start() for m in _SENTENCE_BREAK.finditer(text)]
        self._units = [(m.start(), m.end(), m.group("unit")) for m in _UNIT_FIGURE.finditer(text)]
        self._unit_starts = [u[0] for u in self._units]
        self._measured_nouns = set()  # "县", "县级", "百分": what follows a measure word somewhere
        for m in _MEASURED.finditer(text):
            if m.group("noun"):
                self._measured_nouns.update((m.group("noun")[:1], m.group("noun")))

    def sibling_measure(self, start: int, end: int, after_han: bool = False) -> str:
        """The measure word of a sibling figure in the same clause as ``text[start:end]``,
        near it, or "". ``after_han``: items of a list ("医院12家，社区卫生服务中心9，…"):
        siblings that follow a noun themselves, in the same sentence."""
        breaks = self._sentence_breaks if after_han else self._breaks
        siblings, starts = (self._items, self._item_starts) if after_han else (self._siblings, self._starts)
        k = bisect_left(starts, start)
        for j in (k - 1, k + 1 if k < len(starts) and starts[k] == start else k):
            if not 0 <= j < len(siblings):
                continue
            sib = siblings[j]
            gap = (sib.end, start) if sib.end <= start else (end, sib.start)
            if sib.start == start or gap[1] - gap[0] > _SIBLING_REACH or (after_han and not sib.after_han):
                continue
            if bisect_left(breaks, gap[0]) == bisect_left(breaks, gap[1]):
                return sib.measure
        return ""

    def sibling_unit(self, start: int, end: int) -> str:
        """The unit of a figure next to ``text[start:end]`` in the same clause, joined to it
        as an item of one enumeration (、 和 及 与 between them), or ""."""
        k = bisect_left(self._unit_starts, start)
        for j in (k - 1, k):
            if not 0 <= j < len(self._units):
                continue
            s, e, unit = self._units[j]
            gap = (e, start) if e <= start else (end, s)
            if gap[1] - gap[0] > _SIBLING_REACH or gap[1] < gap[0]:
                continue
            if (bisect_left(self._breaks, gap[0]) == bisect_left(self._breaks, gap[1])
                    and _JOINED.search(self.text, gap[0], gap[1])):
                return unit
        return ""

    def measured_elsewhere(self, noun: str) -> bool:
        """The document writes ``noun`` (its first one or two characters) after a measure word."""
        return noun[:2] in self._measured_nouns

    def counting_word_before(self, start: int, num: str = "") -> str:
        """A counting verb, scope or counted noun ending right before ``start``, or "".

        Before a figure ``num`` of three digits and more, 在 / 对 / 项目 are no cue: they take
        a name as readily as a count (在318国道, 对10086客服热线), and such a figure before a
        noun is likelier a name's number.
        """
        for n in range(min(_LONGEST_VERB, start), 0, -1):
            word = self.text[start - n:start]
            if word in _COUNT_VERBS:
                weak = word in _WEAK_COUNTING_WORDS and len(num) >= _NAME_DIGITS and "." not in num
                return "" if weak else word
        return ""

    def counting_verb_in_clause(self, start: int, verbs_only: bool = False) -> str:
        """A counting verb of two characters or more anywhere in the clause before ``start``
        ("新建、改扩建机场50"), or "": the one-character words (到, 为, 在 ...) and the nouns of
        the list stand before any figure, so only a verb that counts is a cue this far away.
        ``verbs_only``: not a scope (全市), a change (提高) or a comparator (超过) either, which
        open clauses of values as readily (全市平均成绩512, 排名提高12)."""
        k = bisect_left(self._breaks, start)
        begin = self._breaks[k - 1] + 1 if k else 0
        for at in range(begin, start):
            for n in range(2, min(_LONGEST_VERB, start - at) + 1):
                word = self.text[at:at + n]
                if _counting_verb(word, verbs_only):
                    return word
        return ""

    def counted_noun_before(self, start: int) -> str:
        """A head of counted nouns ending right before ``start`` ("基层干部120参加培训" → "干部"):
        the figure after such a noun needs a measure word before any verb or noun, or ""."""
        head = _COUNTED_HEAD_END.search(self.text, max(0, start - _LONGEST_COUNTED), start)
        return head.group() if head else ""

    def counted_noun_after(self, pos: int) -> str:
        """A head of counted nouns among the Han characters from ``pos`` ("医务人员" → "人员")."""
        run = _HAN_RUN.match(self.text, pos)
        head = _COUNTED_HEAD.search(run.group()) if run else None
        return head.group() if head else ""

    def counted_word_at(self, pos: int, terse: str) -> bool:
        """A counted noun longer than the terse one starts at ``pos``: "5社区卫生服务中心" is
        社区 (counted with 个), not 社 (which terse prose counts directly, "3社")."""
        head = _COUNTED_HEAD.match(self.text, pos)
        return head is not None and len(head.group()) > len(terse)

    def facility_after(self, pos: int) -> bool:
        """A place noun ending at ``pos`` modifies a facility ("乡镇卫生院"): terse prose counts
        places directly ("玉树3县5乡"), never the facilities named after them."""
        return _FACILITY_AFTER.match(self.text, pos) is not None

    def tally(self, start: int, after: int) -> bool:
        """Bare counts side by side ("3县5乡", "40桥24隧", "3优25良"), or one character each in a
        list ("9金、5银、6铜"): a style, not a loss."""
        t = self.text
        return ((after < len(t) and t[after].isdigit()) or (start >= 2 and t[start - 2].isdigit()
                                                             and _is_han(t[start - 1]) and t[start - 1] not in _RANGE_LINKS)
                or (t[after - 2:after - 1].isdigit() and not _is_han(t[after:after + 1] or "\n")
                    and (_TALLY_NEXT.match(t, after) is not None
                         or _TALLY_BEFORE.search(t, max(0, start - 8), start) is not None)))

    def range_start(self, start: int) -> int:
        """Where a range ends at the figure at ``start`` begins ("3至5", "2000-3000"), else ``start``."""
        m = _RANGE_BEFORE.search(self.text, max(0, start - 12), start)
        return m.start() if m else start

    def date_slip(self, start: int, pos: int) -> bool:
        """A month between 年 and 日 with another character for 月 ("2020年10曰29日")."""
        return (_DATE_BEFORE.search(self.text, max(0, start - 5), start) is not None
                and self.text[pos:pos + 1] != "月" and _DAY_AFTER.match(self.text, pos) is not None)


def _is_han(ch: str) -> bool:
    return regex.match(rf"[{chars.HAN}]", ch) is not None


_QUOTE_OR_BREAK = regex.compile(f"[\n{chars.LEFT_DOUBLE_QUOTE}{chars.RIGHT_DOUBLE_QUOTE}]")


class Quoted:
    """Is a position inside “…” on its line (a slogan or a name: "保7争6", "40桥24隧")?

    It is when the last “, ” or line end before it is a “. Positions are asked about left
    to right, so the text is read once, not back to the line start per figure.
    """

    def __init__(self, text: str):
        self.text = text
        self._read, self._last = 0, ""  # read up to, and the last mark seen before there

    def at(self, i: int) -> bool:
        if i < self._read:
            self._read, self._last = 0, ""
        for m in _QUOTE_OR_BREAK.finditer(self.text, self._read, i):
            self._last = m.group()
        self._read = i
        return self._last == chars.LEFT_DOUBLE_QUOTE
