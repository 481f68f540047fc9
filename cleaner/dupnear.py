"""Near copies: a unit repeated right after itself with a character dropped or changed, or a word put in.

A paste slip or an OCR pass that renders a sentence twice does not always copy it exactly:
the second rendering may lose a character or two ("无害化处率" for "无害化处理率") or carry one
wrong character ("金国" for "全国", "业物" for "业务"); an editor's revision accepted beside the
old wording adds or drops a word. Exact repeats are the other dup rules' business; here two
*adjacent* units (sentences of one line, or two paragraphs one under the other) are compared
on their skeletons (cleaner.dupspans) and decided by what the difference is (whether it is a
word by itself is read from the general lexicon, never from a list of the text's words):

- the shorter skeleton is the longer one with a few Han characters dropped, and one drop broke a
  word (the two characters it brought together stand side by side nowhere else in the
  document: "处率"): the shorter copy goes, as every character of it still stands in the kept
  one (nothing is lost). A word deleted between clauses ("，并接受" → "，接受") is an
  amendment's new wording, not a slip; nor is a lost negation (√…不会… / ×…会…, 非汛期 /
  汛期) or a lost run that is a word by itself (重度, 同步): the two units say two things;
- of two sentences of one paragraph, the longer skeleton is the shorter one with one word of
  two to four Han characters put in (进一步, 切实, 坚定不移: a word of the general lexicon,
  cleaner.lexicon; no figure's, 五千): an editor's revision accepted beside the old wording;
  the later copy goes, as for every repeat (the word it added or dropped is named). Two
  lines that differ so are left alone: a revision table's old and new rows, a list of rules
  and their opposites (√…/×…) stand that way;
- one Han character differs: this is a slip ("金国" for "全国") or a parallel sentence
  ("今年一季度全市出口总额…" / "…进口总额…", 正职/副职, 男性/女性: round 10's review), and only the
  meaning tells which (whether each reading makes a word does not: 中风险/低风险, 小班/中班,
  本市/外市 are parallel lines where one reading makes no *frequent* word). When the document writes
  both readings elsewhere, the two are parallel and left alone; otherwise the pair is flagged for
  a reviewer, with the reading the document attests named when it attests one, and nothing is
  removed; except a slip that shows (round 51): a structural particle retyped (的/地/得: no
  parallel sentence differs by one alone; the later copy goes), or a reading that makes no word
  of the whole dictionary at any frequency and is written nowhere else in the document, while the
  other makes a word of running text and is written elsewhere (业务/业物, 收入/收人: the copy with
  the slip goes, whichever comes first). 期终, 中班 and 外市 are dictionary words: those pairs stay
  flagged (on 92 parallel pairs of a helper's set placed in the 21 TUNE documents, 3 of 1,932
  placements were taken, all 加盖/钤盖, two words of one meaning).

Units that differ by a figure, a numeral or an ordinal are never near copies: parallel
sentences ("第一季度…12个。第二季度…12个。") differ exactly there; nor are two articles under
the same 第N条 (an amendment's old and new text side by side). Nothing here changes text.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from cleaner.dupspans import ARTICLE, MIN_SENTENCE, skeleton
from cleaner.lexicon import is_dictionary_word, is_term

# Characters that count or order: two sentences differing in one of them are parallel, not copies.
_COUNTING = frozenset("〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟第首末甲乙丙丁")
_MAX_DROPPED = 3  # characters a copy may lose and still be the same unit
_PER_DROPPED = 15  # skeleton characters per character lost: a short unit may lose only one
_REVISED = (2, 4)  # Han characters of the word an editor's revision puts in or takes out (切实, 进一步)
_PER_REVISED = 6  # skeleton characters per character of that word: a short unit's added word is its point
# A character that turns what a unit says into its opposite: a unit without it is no copy.
_NEGATIONS = frozenset("不非无未没勿莫否别")
_MAX_LEAD = 5  # Han characters of a lead clause put before a pasted sentence (另一方面)
# Connectors that add a sentence to the one before: a copy behind one reads as a new point.
# Leads that stress or sum up (同志们，总之，一句话，) repeat on purpose and are not among them.
_LEAD = regex.compile(r"\s*+(同时|此外|另外|与此同时|并且|而且|另一方面|同样)\uff0c")


class Near(NamedTuple):
    """How two adjacent units differ: ``kind`` "dropped" (``remove``: 0 the first unit is the
    copy to remove, 1 the second), "revised" (one word put in or taken out; the second goes),
    "changed" (never removed; ``remove`` names the unit whose reading the document does not
    attest) or "led" (one is the other with a lead clause put before it; never removed),
    whether the document attests one reading, and the characters in question (those lost,
    the word, "attested→other", or the lead)."""

    kind: str
    remove: int
    shown: bool
    detail: str


Skeleton = tuple[str, list[int]]


def compare(first: str, second: str, document: str,
            skeletons: tuple[Skeleton, Skeleton] | None = None, revisions: bool = True) -> Near | None:
    """How ``second`` (right after ``first``) is a near copy of it, or None.

    ``skeletons``: the two units' skeletons when the caller has them (each unit of a line
    stands in two pairs; its skeleton is read once). ``revisions``: whether a word put in reads
    as a revision: for two sentences of one paragraph; two lines that differ by a word are as
    often a revision table's old and new rows or a list of rules and their opposites (√…/×…).

    >>> compare("生活垃圾无害化处理率达到100%，城市污水集中处理率达到96.5%。",
    ...         "生活垃圾无害化处率达到100%，市污水集中处理率达到96.5%。", "")
    Near(kind='dropped', remove=1, shown=True, detail='理城')
    >>> doc = "全国各族人民。全国人民。从2004年7月1日起，金国提高企业退休人员基本养老金标准。"
    >>> compare("从2004年7月1日起，全国提高企业退休人员基本养老金标准。",
    ...         "从2004年7月1日起，金国提高企业退休人员基本养老金标准。", doc)
    Near(kind='changed', remove=1, shown=True, detail='全→金')
    >>> compare("第一季度完成投资十二亿元，同比增长百分之十。", "第二季度完成投资十二亿元，同比增长百分之十。", "")
    >>> compare("出口总额比上年增长百分之十，达到较高水平。", "进口总额比上年增长百分之十，达到较高水平。", "扩大出口。增加进口。")
    >>> compare("全面总结整治成效，建立健全长效机制。", "同时，全面总结整治成效，建立健全长效机制。", "")
    Near(kind='led', remove=1, shown=False, detail='同时')
    """
    if min(len(first), len(second)) < MIN_SENTENCE:  # a skeleton is never longer than its text
        return None
    (a, where_a), (b, where_b) = skeletons or (skeleton(first), skeleton(second))
    if a == b or min(len(a), len(b)) < MIN_SENTENCE or _same_article(first, second):
        return None
    lead = _lead_put_before(first, a, b) or _lead_put_before(second, b, a)
    if lead:
        return Near("led", 1, False, lead)
    if len(a) != len(b):
        if len(a) > len(b):
            longer, (shorter, where, unit), remove = a, (b, where_b, second), 1
        else:
            longer, (shorter, where, unit), remove = b, (a, where_a, first), 0
        found = _dropped(longer, shorter)
        rest = document.replace(unit, "", 1)
        if found and len(found[0]) <= min(_MAX_DROPPED, max(1, len(longer) // _PER_DROPPED)) and any(
                _broken_word(shorter, where, j, rest) for j in found[1]) and not _a_word_of_its_own(found):
            return Near("dropped", remove, True, found[0])
        word = revisions and _revision(longer, (where_a, where_b)[1 - remove], shorter)
        return Near("revised", 1, False, word) if word else None
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(diff) != 1 or not (_plain_han(a[diff[0]]) and _plain_han(b[diff[0]])):
        return None
    i = diff[0]
    seen_a, seen_b = _attested(a, i, document, first), _attested(b, i, document, second)
    if seen_a and seen_b:
        return None
    slipped = _slipped(a, b, i, seen_a, seen_b)
    if slipped is not None:
        kept, gone = (b, a) if slipped == 0 else (a, b)
        return Near("slipped", slipped, True, f"{kept[i]}\u2192{gone[i]}")
    if seen_b:
        return Near("changed", 0, True, f"{b[i]}→{a[i]}")
    return Near("changed", 1, seen_a, f"{a[i]}→{b[i]}")


def _lead_put_before(unit: str, skel: str, other: str) -> str:
    """The lead clause (同时，/ 此外，/ 与此同时，) ``unit`` opens with when the rest of it is
    ``other`` word for word, else "": a sentence pasted again with a connector put before it
    (or the connector's sentence kept and the plain one pasted); which one the author wrote is
    not in the text."""
    extra = len(skel) - len(other)
    if not 0 < extra <= _MAX_LEAD or not skel.endswith(other):
        return ""
    m = _LEAD.match(unit)
    return m.group(1) if m and len(m.group(1)) == extra and skeleton(m.group(1))[0] == skel[:extra] else ""


def _dropped(longer: str, shorter: str) -> tuple[str, list[int]] | None:
    """(the characters of ``longer`` missing from ``shorter``, the indices in ``shorter`` where
    they were lost) when ``shorter`` is ``longer`` with only Han characters (no figure, no
    numeral) dropped, else None."""
    lost, at, j = [], [], 0
    for ch in longer:
        if j < len(shorter) and shorter[j] == ch:
            j += 1
        elif _plain_han(ch):
            lost.append(ch)
            if not at or at[-1] != j:
                at.append(j)
        else:
            return None
    return ("".join(lost), at) if j == len(shorter) else None


def _revision(longer: str, where: list[int], shorter: str) -> str:
    """The word ``longer`` (a skeleton, ``where`` its offsets in the unit) has beyond ``shorter``
    when it is ``shorter`` with one run of two to four Han characters put in, written without a
    mark inside, that is a word of the lexicon (进一步, 坚定不移) and no figure's (五千 beside 一万):
    an editor's revision. Every place the run may stand is tried (坚持 / 坚定不移坚持). Else ""."""
    n = len(longer) - len(shorter)
    if not _REVISED[0] <= n <= _REVISED[1] or len(longer) < _PER_REVISED * n:
        return ""
    head = next((k for k, (x, y) in enumerate(zip(shorter, longer)) if x != y), len(shorter))
    tail = next((k for k, (x, y) in enumerate(zip(reversed(shorter), reversed(longer))) if x != y), len(shorter))
    for k in range(max(0, len(shorter) - tail), min(head, len(shorter)) + 1):
        word = longer[k:k + n]
        around = longer[k - 1:k] + longer[k + n:k + n + 1]
        if (where[k + n - 1] - where[k] == n - 1 and all("\u4e00" <= c <= "\u9fff" for c in word)
                and not any(c in _COUNTING for c in around) and not all(c in _COUNTING for c in word) and is_term(word)):
            return word
    return ""


def _a_word_of_its_own(found: tuple[str, list[int]]) -> bool:
    """Whether the characters a copy lacks (``found``: from :func:`_dropped`) mean something by
    themselves: a negation (不, 非, 未: √…不会… / ×…会…, 非汛期 / 汛期) or one run that is a word of
    the lexicon (重度, 同步). Two such units say two things; a slip loses part of a word."""
    lost, at = found
    return any(c in _NEGATIONS for c in lost) or len(at) == 1 and len(lost) >= 2 and is_term(lost)


def _broken_word(shorter: str, where: list[int], j: int, rest: str) -> bool:
    """True when the characters a drop brought together at ``shorter[j - 1:j + 1]`` touch in the
    unit (no mark between), are both Han, and stand side by side nowhere else in the document."""
    if not 0 < j < len(shorter) or where[j] != where[j - 1] + 1:
        return False
    pair = shorter[j - 1:j + 1]
    return all("\u4e00" <= c <= "\u9fff" for c in pair) and pair not in rest


def _same_article(first: str, second: str) -> bool:
    """Both units open with the same 第N条: an article's old and new wording."""
    m, n = ARTICLE.match(first), ARTICLE.match(second)
    return m is not None and n is not None and m.group(1) == n.group(1)


def _slipped(a: str, b: str, i: int, seen_a: bool, seen_b: bool) -> int | None:
    """Which of two skeletons differing only at ``i`` carries a slip (0 or 1), or None.

    A structural particle retyped (的/地/得) is a slip whichever it is: no parallel sentence
    differs by one alone; the later copy goes, as for a revision. Otherwise one reading must
    make a word of the general lexicon across ``i`` and be written elsewhere in the document,
    while the other makes no word of the whole dictionary (any frequency: 期终, 中班 and 外市 are
    words, so 期中/期终 stays parallel) and is written nowhere else (业务 / 业物, 收入 / 收人)."""
    if a[i] in PARTICLES and b[i] in PARTICLES:
        return 1
    if seen_a and not seen_b and _makes_word(a, i, is_term) and not _makes_word(b, i, is_dictionary_word):
        return 1
    if seen_b and not seen_a and _makes_word(b, i, is_term) and not _makes_word(a, i, is_dictionary_word):
        return 0
    return None


PARTICLES = frozenset("\u7684\u5730\u5f97")  # 的 地 得: structural particles


def _makes_word(skel: str, i: int, is_word) -> bool:
    """Whether a run of two to four characters of ``skel`` covering ``i`` is a word."""
    return any(is_word(skel[s:s + n]) for n in (2, 3, 4) for s in range(max(0, i - n + 1), min(i, len(skel) - n) + 1))


def _plain_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" and ch not in _COUNTING


def _attested(skel: str, i: int, document: str, unit: str) -> bool:
    """True when a two-character word around ``skel[i]`` stands in ``document`` outside ``unit``."""
    rest = document.replace(unit, "", 1)
    pairs = [skel[j:j + 2] for j in (i - 1, i) if 0 <= j and j + 2 <= len(skel)]
    return any(len(p) == 2 and p in rest for p in pairs)
