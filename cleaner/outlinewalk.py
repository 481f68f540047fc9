"""Walking one numbered sequence of the outline: each marker judged against the one its
predecessors call for (rules/numbering.py builds the sequences; see its docstring).

A marker that can only be the expected one is rewritten to it; a shifted tail is renumbered
with a flag; any other break is flagged and the walk goes on from what the document says.
Nothing here changes text: it yields edits and flags.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

import regex

from cleaner.docmodel import Line
from cleaner.outline import (
    FIGURE_AFTER,
    STROKE,
    STYLE,
    UNSURE,
    WHOLE,
    Item,
    bare_heading_at,
    is_bare_heading,
    is_heading,
    reads_as_count,
    reads_back,
)
from cleaner.outlinelevels import UNCLEAR
from cleaner.types import Edit, Flag

_N = "一二三四五六七八九十百零〇"
_SENTENCE_END = "\u3002\uff1b\uff01\uff1f"


def walk(sequence: list[Item], text_lines: tuple[Line, ...] = (), excerpt: bool = False) -> Iterator[Edit | Flag]:
    """Judge each marker against the one its predecessors call for (see the module docstring).

    In an excerpt of a law the numbers skip on purpose: a marker is repaired only where its
    own shape says how (a bracket lost), a number is never inferred, and a skip is no break.
    """
    following = _next_sure(sequence)
    current: int | None = 0  # the last number accepted; None after a break, until the next marker
    previous: Item | None = None  # the last marker accepted, if it is whole (or made whole)
    run = 0  # markers accepted in a row, each one more than the one before
    held = False  # a line that could be the expected marker was read as text: no shift past it
    swapped = -1  # the second marker of a swapped pair, fixed with the first
    first = None if excerpt else _glued_first(sequence, text_lines)
    if first is not None:  # the list's first marker stands in its lead-in paragraph
        yield first
        current, run = 1, 1
    for k, item in enumerate(sequence):
        nxt = following[k]
        if k == swapped:
            yield _fix(item, current + 1, previous, "swapped with the marker before")
            current, previous, run = current + 1, item, run + 1
            continue
        if current and not excerpt and _swapped(sequence, k, current + 1):
            yield _fix(item, current + 1, previous, "swapped with the next marker")
            current, previous, run, swapped = current + 1, item, run + 1, k + 1
            continue
        if current is None:  # after a break: go on from what the document says
            if item.kind in UNSURE:
                continue
            if item.value is None:
                yield _flag(item, None)
            current, previous, run, held = item.value, None, 1, False
            continue
        expected = current + 1
        if item.kind == STROKE:  # 王、李两位…: may be a damaged numeral, never repaired, no shift past it
            held = True
            continue
        if item.kind == FIGURE_AFTER:  # "20.2026年…" after 19.: the marker as it stands, else a decimal
            if previous is not None and _counted_through(sequence, k, expected):
                current, run, held = expected, run + 1, False
            continue
        if item.kind not in WHOLE and _shares_shape(sequence, k):
            held = held or item.value == expected  # "三加强" then "四完善": a style of its own (or text)
            continue
        verdict = _judge(item, expected, previous, nxt, first=current == 0, run=run)
        if verdict not in ("accept", "fix", "skip") and item.value == expected + 1 and previous is not None \
                and not excerpt and item.level in _MARKER_SHAPE:
            glued = (_glued(item, expected, text_lines[previous.line.index:item.line.index])
                     or _bare_item(item, expected, previous, text_lines, sequence[:k], nxt)
                     or _damaged_head(item, expected, previous, text_lines, sequence[:k], nxt)
                     or _damaged_heading(item, expected, previous, text_lines))
            if glued is not None:  # the missing marker stands inside the paragraph before, or was lost
                yield glued
                current, run, expected = expected, run + 1, expected + 1
                verdict = _judge(item, expected, previous, nxt, first=False, run=run)
        if excerpt and verdict != "accept" and not (verdict == "fix" and item.value == expected):
            verdict = "skip" if item.kind in UNSURE else "break" if item.value is not None else "flag"
        if verdict == "fix" and not reads_back(item.level, expected):
            verdict = "flag"  # a list past （一百九十九）: nothing a document numbers so, not repaired
        if verdict == "skip":  # a marker's shape in the gap may be the missing one: no shift past it
            held = held or item.value == expected or item.kind in _OTHER_SHAPES and item.value is not None
            continue
        if verdict == "fix":
            yield _fix(item, expected, previous or (nxt if nxt is not None and nxt.kind in WHOLE else None))
            current, previous, run, held = expected, item, run + 1, False
        elif verdict == "accept":
            run = run + 1 if item.value == expected else 1
            current, previous, held = item.value, (item if item.kind in WHOLE else None), False
        elif verdict == "break":  # an excerpt's skip: go on from this article
            current, previous, run, held = item.value, None, 1, False
        elif verdict == "shift" and _behind_other_text(item, expected, previous, text_lines):
            current, previous, run, held = item.value, item, 1, False  # the gap holds its marker: no break
        elif verdict == "shift" and item.level != "article" and not held and _runs_on(sequence, k) \
                and reads_back(item.level, expected + len(sequence) - k) \
                and not _gap_opens_with(item, expected, previous, text_lines):
            yield from _shift(sequence[k:], expected)
            return
        else:
            yield _flag(item, None if excerpt else expected)
            current, previous = None, None
    if not excerpt and previous is sequence[-1]:
        last = _glued_last(sequence, text_lines) or _damaged_last(sequence, text_lines)
        if last is not None:  # the list's last marker stands inside its last item
            yield last


_GLUABLE = ("l1", "l2", "l3", "l4")
_LEAD_IN_MAX = 30  # lines between a parent's heading and its list's second marker, at the most
_SENTENCE_END_MARK = regex.compile(f"[{_SENTENCE_END}]")
_HEAD_MAX = 30  # an item's head (its words up to the first sentence end), at the most


def _glued_first(sequence: list[Item], text_lines: tuple[Line, ...]) -> Edit | None:
    """A list that starts at its second marker, the first one glued into the lead-in paragraph
    after a sentence end (…着重抓好以下几个方面工作。（一）用改革的办法… / （二）… / （三）…): the
    break goes back before it, when the items' heads are alike (:func:`_alike_heads`)."""
    if len(sequence) < 2 or not text_lines:
        return None
    item, second = sequence[0], sequence[1]
    if item.level not in _GLUABLE or item.value != 2 or second.value != 3 or not all(
            i.kind in WHOLE for i in (item, second)):
        return None
    between = _lead_in(item, text_lines)
    edit = _glued(item, 1, between) if between else None
    if edit is None:
        return None
    line = _glued_line(edit, text_lines)
    if not _alike_heads(sequence[:3], _glued_head(edit, line)) or _inline_list(edit, item.level, line):
        return None
    if line.text.rstrip().endswith(("\uff1a", ":")):
        return None  # the line still leads in to the list (…（一）…已完成；…以下各项…：): the marker is a report's
    return edit


def _lead_in(item: Item, text_lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """The lines between ``item`` and the nearest line before it that opens with a marker (its
    parent's heading), at most :data:`_LEAD_IN_MAX`: the lead-in and the first item's paragraphs."""
    at = item.line.index
    first = at
    while first > 0 and at - first < _LEAD_IN_MAX and not _ANY_MARKER.match(text_lines[first - 1].text):
        first -= 1
    return text_lines[first:at]


def _glued_last(sequence: list[Item], text_lines: tuple[Line, ...]) -> Edit | None:
    """A list whose last marker is glued into its last item after a sentence end, in a list of
    one line per item (…（三）实施基础设施完善工程。新建…40个。（四）实施人才培训工程。每年…), or
    of bare headings (…机会。三、工作要求 at a line's end): the break goes back before it when
    the items' heads are alike (:func:`_alike_heads`) and the place is the only one."""
    tail = _running_tail(sequence, _GLUABLE)
    if tail is None or not text_lines:
        return None
    last = tail[-1]
    if last.level != "l1" and last.line.index - tail[-2].line.index != 1:
        return None  # a list of one line per item: anything longer is its own paragraphs
    end = len(text_lines) if last.level == "l1" else last.line.index + 1
    edit = _glued(last, last.value + 1, text_lines[last.line.index:end])
    if edit is None:
        return None
    line = _glued_line(edit, text_lines)
    if not _alike_heads(tail, _glued_head(edit, line)) or _inline_list(edit, last.level, line):
        return None
    if last.level == "l1" and not _bare_heading_before_items(edit, line, text_lines):
        return None  # a top-level marker anywhere after the last heading: only a bare heading over its items
    return edit


def _running_tail(sequence: list[Item], levels: tuple[str, ...]) -> list[Item] | None:
    """The last two or three markers of a list at one of ``levels``, whole and running on by one
    (（二）（三）), or None: the siblings a glued or damaged next marker is read against."""
    tail = sequence[-3:]
    last = tail[-1] if tail else None
    if len(tail) < 2 or last.level not in levels or last.value is None or not all(
            i.kind in WHOLE and i.value == last.value - (len(tail) - 1 - n) for n, i in enumerate(tail)):
        return None
    return tail


def _glued_line(edit: Edit, text_lines: tuple[Line, ...]) -> Line:
    """The line the ``edit`` starts in (lines are in order: a binary search, not a walk)."""
    return text_lines[bisect_right(text_lines, edit.start, key=lambda line: line.start) - 1]


def _glued_head(edit: Edit, line: Line) -> str:
    """What follows the glued marker the ``edit`` breaks off, to the end of its ``line``."""
    return line.text[edit.end - line.start:]


def _inline_list(edit: Edit, level: str, line: Line) -> bool:
    """Whether the marker the ``edit`` would break off is inline text: another marker of its level
    stands inline before it on its line (…包括：（一）虚报冒领；（二）截留挪用；（三）…；（四）…, an
    enumeration written in the sentence), or a word that makes it a citation follows it
    (（四）项因征地拆迁…, （一）部分内容请登录…)."""
    at = edit.start - line.start
    lead = _ANY_MARKER.match(line.text)
    before = line.text[lead.end() if lead else 0:at]
    return _INLINE_MARKER[level].search(before) is not None or _CITED.match(_glued_head(edit, line)) is not None


_INLINE_MARKER = {
    "l1": regex.compile(rf"[{_N}]++\u3001"),
    "l2": regex.compile(rf"[(\uff08][{_N}]++[)\uff09]"),
    "l3": regex.compile(r"(?<![\d.\uff0e])\d{1,2}+[.\uff0e\u3001](?!\d)"),
    "l4": regex.compile(r"[(\uff08]\d{1,2}+[)\uff09]"),
}
# After a marker, a word that cites it (（四）项, （二）类, （一）部分, （一）至（三）, （一）中).
_CITED = regex.compile(rf"\s*+(?:[{_N}\d]++[\u3001.\uff0e]|[(\uff08][{_N}\d]++[)\uff09])?"
                       r"[\u3000 ]*+(?:项|类|部分|条|款|至|中|和|或|的|与|及|级|[\u3001\uff0c,])")


def _bare_heading_before_items(edit: Edit, line: Line, text_lines: tuple[Line, ...]) -> bool:
    """Whether the top-level marker the ``edit`` breaks off heads a bare heading at its line's end
    (…机会。三、工作要求) and the next line opens with a marker (（一）…): a heading over its items."""
    head = _head(_after_marker(_glued_head(edit, line)))
    following = line.index + 1
    return (head is not None and not head[1] and following < len(text_lines)
            and _ANY_MARKER.match(text_lines[following].text) is not None)


def _alike_heads(siblings: list[Item], glued: str) -> bool:
    """Whether the text after a glued marker opens as its siblings do: a short head ending in
    a sentence mark when theirs all do (实施…工程。), a bare heading to the line's end when they
    are bare headings (工作要求)."""
    heads = [_head(i.line.text[i.end:]) for i in siblings]
    glued_head = _head(_after_marker(glued))
    if glued_head is None or any(h is None for h in heads):
        return False
    return all(h[1] == glued_head[1] for h in heads)


def _after_marker(text: str) -> str:
    m = _ANY_MARKER.match(text)
    return text[m.end():] if m else text


def _head(text: str) -> tuple[int, bool] | None:
    """The head of an item's text (to its first sentence end, or the line's end) as its length and
    whether a sentence mark ends it; None when it is longer than :data:`_HEAD_MAX`."""
    m = _SENTENCE_END_MARK.search(text)
    head = text[:m.start()] if m else text
    if len(head.strip()) > _HEAD_MAX or not head.strip():
        return None
    return len(head), m is not None


def _gap_opens_with(item: Item, expected: int, previous: Item | None, text_lines: tuple[Line, ...]) -> bool:
    """A line between the previous marker and this one opens with the missing numeral and a mark
    no reader knows ("3·15期间…" where 3. is due): the gap may be held, so no tail is shifted."""
    if previous is None or not text_lines:
        return False
    numeral = item.spelled(expected)
    return any(line.text.startswith(numeral) and _MARK_AFTER.match(line.text, len(numeral))
               for line in text_lines[previous.line.index + 1:item.line.index])


_MARK_AFTER = regex.compile(r"[^\p{Han}\d\s]")  # a mark right after the numeral ("3·", not "3月", "三年")


def _behind_other_text(item: Item, expected: int, previous: Item | None, text_lines: tuple[Line, ...]) -> bool:
    """A line between the previous marker and this one holds the missing marker whole behind
    something that is no sentence ("视力保护色：□ □ □（四）推进…": a widget glued before the
    heading): the number is not skipped, so no tail is shifted and nothing is flagged."""
    if previous is None or not text_lines or item.level not in _MARKER_SHAPE:
        return False
    shape = _MARKER_SHAPE[item.level].format(n=regex.escape(item.spelled(expected)))
    pattern = regex.compile(rf"(?<=[^\p{{Han}}\d{_SENTENCE_END}]\s*+)(?:{shape})(?=\p{{Han}})")
    return any(pattern.search(line.text, 1)
               for line in text_lines[previous.line.index + 1:item.line.index])


def _swapped(sequence: list[Item], k: int, expected: int) -> bool:
    """Two whole markers in swapped order (一、 三、 二、 四、): this one is one too high, the
    next is the expected one, and the one after them confirms (a heading level, not articles).

    """
    item = sequence[k]
    if item.level not in _GLUABLE or k + 2 >= len(sequence):
        return False
    second, third = sequence[k + 1], sequence[k + 2]
    return (item.value == expected + 1 and second.value == expected and third.value == expected + 2
            and all(i.kind in WHOLE for i in (item, second, third)))
_MARKER_SHAPE = {"l1": "{n}[\u3001]", "l2": "[(\uff08]{n}[)\uff09]", "l3": "{n}[.\uff0e\u3001]", "l4": "[(\uff08]{n}[)\uff09]",
                 # 第N条 / 第N章 only with the GB/T 9704 gap after it: a citation (…。第九条规定) has none
                 "article": "\u7b2c{n}\u6761(?=[\u3000 ])", "chapter": "\u7b2c{n}\u7ae0(?=[\u3000 ])"}
# What a lost line break may have left between a sentence end and the marker glued to it.
_GLUE_GAP = "[ \u3000\u00a0]*+"


def _one_line_gap(item: Item, previous: Item, before: list[Item], nxt: Item | None) -> bool:
    """One line stands between two siblings that skip a number, in a list of one line per item
    (the sibling before them, or the one after, also stands on the adjacent line)."""
    if item.level not in _GLUABLE or item.line.index - previous.line.index != 2:
        return False
    siblings = [i for i in before if i.level == item.level]
    if not siblings or siblings[-1] is not previous:
        return False
    one_line_before = len(siblings) >= 2 and siblings[-2].line.index + 1 == previous.line.index
    one_line_after = nxt is not None and nxt.level == item.level and nxt.line.index == item.line.index + 1
    return one_line_before or one_line_after


def _damaged_head(item: Item, expected: int, previous: Item, text_lines: tuple[Line, ...],
                  before: list[Item], nxt: Item | None) -> Edit | None:
    """The one line between two siblings that skip a number, in a list of one line per item,
    opening with what is left of a marker no reader knows: OCR's look-alike of the numeral due
    in its brackets (（≡） for 三), the numeral due in a bracket of another kind ((二}, C二）), or
    the list's mark alone (.完善…, its numeral lost). The marker the sequence calls for goes
    back in the list's style."""
    if not _one_line_gap(item, previous, before, nxt):
        return None
    line = text_lines[previous.line.index + 1]
    m = _DAMAGED_HEAD.match(line.text)
    if m is None:
        return None
    due = item.spelled(expected)
    if m.group("numeral") and m.group("numeral") != due or m.group("symbol") and _LOOKALIKE.get(m.group("symbol")) != due:
        return None  # a legend's mark ((※), (√), (A)) reads as no numeral, and the one it reads as must be due
    if m.group("mark") and m.group("mark") not in previous.line.text[:previous.end]:
        return None  # a lone mark is the list's own only where its siblings end with it
    marker = _respelled(previous, expected, None)
    head = m.group("head")
    return Edit(line.start + m.start("head"), line.start + m.end("head"), head, marker,
                f"outline marker {head} damaged between {previous.line.text[:previous.end]} and "
                f"{item.line.text[:item.end]}: the sequence calls for {marker}")


# What OCR makes of a numeral's strokes: 二 an equals sign, 三 a triple bar (a gap's due number is 2 or more).
_LOOKALIKE = {"=": "二", "\uff1d": "二", "\u2261": "三"}
_DAMAGED_HEAD = regex.compile(
    r"\s*+(?P<head>[(\uff08](?P<symbol>[^\p{Han}\d\s()\uff08\uff09]{1,2}+)[)\uff09]"
    r"|[(\uff08](?P<numeral>[一二三四五六七八九十]{1,3}+)[}\]\u3015\u3011\u300dJ]"
    r"|[C\u3014\[\u3010{](?P<numeral>[一二三四五六七八九十]{1,3}+)[)\uff09]"
    r"|(?P<mark>[.\uff0e\u3001]))(?=\p{Han})")


def _damaged_heading(item: Item, expected: int, previous: Item, text_lines: tuple[Line, ...]) -> Edit | None:
    """Between two top-level headings that skip a number (二、 … 四、), the only line that opens
    with the numeral due and another mark (三。安全生产形势总体平稳), a bare heading like its
    siblings (no mark of a clause in it), after a line that ends a sentence or is a heading
    itself: the marker the sequence calls for. A paragraph's wrapped piece (…特色小镇十 / 六。其中…)
    and a quiz's row (三。答对得2分，答错不得分) stay. OCR's look-alike characters (大、 for 六、)
    are not read: 大、中型…, 王、李两位… and 丸、散、膏、丹 open lines as often."""
    if item.level != "l1" or not text_lines or not is_bare_heading(previous):
        return None
    due = item.spelled(expected)
    found = []
    for line in text_lines[previous.line.index + 1:item.line.index]:
        m = _DAMAGED_L1.match(line.text)
        if m is None or m.group("numeral") != due or _CLAUSE_MARK.search(line.text, m.end()):
            continue
        before = text_lines[line.index - 1].text.rstrip()
        if not bare_heading_at(line.text, m.end()) or not (before.endswith(tuple(_SENTENCE_END)) or _ANY_MARKER.match(before)):
            continue
        found.append((line, m))
    if len(found) != 1:
        return None
    line, m = found[0]
    marker = _respelled(previous, expected, None)
    head = m.group("head")
    return Edit(line.start + m.start("head"), line.start + m.end("head"), head, marker,
                f"outline marker {head} damaged between {previous.line.text[:previous.end]} and "
                f"{item.line.text[:item.end]}: the sequence calls for {marker}")


# A legend line's mark is explained, not headed (（≡）表示与上年持平).
_LEGEND = regex.compile(r"(?:表示|为|即|指|代表|是|号)")


def _damaged_last(sequence: list[Item], text_lines: tuple[Line, ...]) -> Edit | None:
    """The line right after the last item of a list of one line per item, opening with what is left
    of the next marker (（≡）医联体建设成效明显。 after （二）): as :func:`_damaged_head` reads it in a
    gap, the next number in the list's style, when its head is alike its siblings'."""
    tail = _running_tail(sequence, ("l2", "l4"))
    if tail is None or not text_lines:
        return None
    last = tail[-1]
    if last.line.index - tail[-2].line.index != 1 or last.line.index + 1 >= len(text_lines):
        return None
    line = text_lines[last.line.index + 1]
    m = _DAMAGED_HEAD.match(line.text)
    if m is None or m.group("mark") or not _alike_heads(tail, line.text[m.end():]):
        return None
    following = line.index + 1
    if following >= len(text_lines) or not _ANY_MARKER.match(text_lines[following].text) \
            or _LEGEND.match(line.text, m.end()):
        return None  # the last item stands right before the next section's heading; a legend's mark explains
    due = last.spelled(last.value + 1)
    if (m.group("numeral") or _LOOKALIKE.get(m.group("symbol"))) != due:
        return None
    marker = _respelled(last, last.value + 1, None)
    head = m.group("head")
    return Edit(line.start + m.start("head"), line.start + m.end("head"), head, marker,
                f"outline marker {head} damaged after {last.line.text[:last.end]}: the list's next is {marker}")


# A top-level head the reader does not take: the numeral with another mark (三。 三． 三.).
_DAMAGED_L1 = regex.compile(r"\s*+(?P<head>(?P<numeral>[一二三四五六七八九十]{1,3}+)[\u3002.\uff0e])(?=\p{Han})")
_CLAUSE_MARK = regex.compile(r"[\uff0c,\u3001\uff1b;\uff1a:\t]|\u3000\u3000|  ")


def _bare_item(item: Item, expected: int, previous: Item, text_lines: tuple[Line, ...],
               before: list[Item], nxt: Item | None) -> Edit | None:
    """The one line between two siblings that skip a number, in a list of one line per item
    (the sibling before them, or the one after, also stands on the adjacent line): the item
    whose automatic number was lost on export (（二）… / 加强… / （四）…). Its number goes back
    in the list's style."""
    if not _one_line_gap(item, previous, before, nxt):
        return None
    bare = text_lines[previous.line.index + 1]
    if not _BARE_ITEM.match(bare.text.lstrip()) or _ANY_MARKER.match(bare.text) \
            or bare.text.lstrip().startswith(("\u7b2c", item.spelled(expected))) or bare.text.rstrip().endswith(("\uff1a", ":")):
        return None  # a lead-in (…如下：), a heading of another level, a line that opens with no word,
        # or one that opens with the numeral itself (第三、第四季度…: the walk reads it as held)
    marker = _respelled(previous, expected, None)
    at = bare.start + len(bare.text) - len(bare.text.lstrip())
    return Edit(at, at, "", marker,
                f"outline marker {marker} lost from the item between {previous.line.text[:previous.end]} and "
                f"{item.line.text[:item.end]}: put back")


_BARE_ITEM = regex.compile(r"\p{Han}")
_ANY_MARKER = regex.compile(r"\s*+(?:[一二三四五六七八九十百]++[\u3001.\uff0e]|[(\uff08][^)\uff09]{1,4}[)\uff09]|[0-9]{1,2}[.\uff0e\u3001]"
                            r"|第[^\s]{1,4}?[条章节]|[一二三四五六七八九十]{1,3}是)")


def _glued(item: Item, expected: int, between: tuple[Line, ...]) -> Edit | None:
    """The marker a gap in the sequence calls for, standing after a sentence end inside the
    paragraph before: glued to it (…完成。三、加强…, or through the space the lost break left:
    …完成。 三、加强…) or left at its end, its heading on the next line (…完成。三、 / 加强…).
    Exactly one such place, or none is taken.
    """
    shape = _MARKER_SHAPE[item.level].format(n=regex.escape(item.spelled(expected)))
    digits = "" if item.level in ("l3", "l4") else r"\d"  # 二、2015年工作部署, never 。3.5亿元
    pattern = regex.compile(rf"(?<=[{_SENTENCE_END}])({_GLUE_GAP})({shape})"
                            rf"(?:(?=[\p{{Han}}\u3000 \u201c\u300a{digits}])(?![{_N}])|$)")
    found = [(line, m) for line in between for m in pattern.finditer(line.text)]
    if len(found) != 1:
        return None
    line, m = found[0]
    marker = m.group(2)
    if m.end() < len(line.text):
        return Edit(line.start + m.start(), line.start + m.start(2), m.group(1), "\n",
                    f"outline marker {marker} glued to the paragraph before: the sequence calls for it here")
    if m.group(1):
        return None  # a marker left at a line's end keeps no gap before it
    return Edit(line.start + m.start(), line.end + 1, marker + "\n", "\n" + marker,
                f"outline marker {marker} left at the end of the line before its heading: moved to it")


def _counted_through(sequence: list[Item], k: int, expected: int) -> bool:
    """Markers from ``k`` on count up from ``expected`` through the figure-led ones ("20.2026年…",
    "21.5+2…") to a sure marker that goes on from them (22.): a hard-wrapped line opening with a
    decimal ("3.5万元…" above "3.强化督导") breaks the count and stays text."""
    for item in sequence[k:]:
        if item.value != expected:
            return False
        if item.kind != FIGURE_AFTER:
            return item.kind not in UNSURE
        expected += 1
    return False


def _judge(item: Item, expected: int, previous: Item | None, nxt: Item | None, first: bool, run: int = 0) -> str:
    """fix, accept, shift, skip (not a marker after all) or flag."""
    whole = (previous is not None) or (nxt is not None and nxt.kind in WHOLE)  # a list of whole markers
    if item.kind in UNSURE:
        fits = item.value == expected and whole and _between(item, expected, previous, nxt, run)
        return "fix" if fits or _repeat_restyled(item, expected, previous, nxt) else "skip"
    if item.kind == UNCLEAR:
        return "flag"
    if item.value == expected:
        return "fix" if _odd_shape(item, previous, nxt) and whole else "accept"  # else a style of its own
    if item.value == 1 and item.kind in WHOLE and nxt is not None and nxt.value == 2:
        return "accept"  # a new list starts
    confirmed = _fits(nxt, expected + 1) if nxt is not None else True
    if (item.value == expected - 1 and nxt is None and previous is not None
            and item.style() != previous.style()):
        return "flag"  # "3、工作要求" after "3.…": no repeat of the last item, likelier another level's heading
    full = item.spelled(expected)
    if confirmed and (_lost_from(item.observed, full) or item.value == expected - 1
                      or item.value is None and len(item.observed) == len(full) + 1 and _lost_from(full, item.observed)):
        return "fix"  # lost, cut short, repeated or a character doubled (二二、), and the next marker agrees
    if (confirmed and nxt is not None and previous is not None and previous.value == expected - 1
            and item.kind in WHOLE and item.value is not None and nxt.value == expected + 1):
        return "fix"  # any other number between its two neighbours (一、二、一、四、): they agree on it
    if item.value == expected + 1:
        if nxt is not None and nxt.value == expected + 1:
            return "fix"  # one too high, and the next marker is that number
        if not first and _continues(item, nxt):
            return "shift"
    if first and item.value is not None and item.kind in WHOLE:
        return "accept"  # the list's first items may stand inside the previous paragraph
    return "flag"


# Unsure kinds that still have a whole marker's shape (二． 第二、 二丶 for 三、), not a bare numeral.
_OTHER_SHAPES = frozenset({"look-alike numeral", "misshapen mark"})


def _repeat_restyled(item: Item, expected: int, previous: Item | None, nxt: Item | None) -> bool:
    """The previous (or the next) marker again in another shape (二． 第二、 四． or "二 加强…", its 、
    typed as a space, between 二、 and 四、): both neighbours are whole and agree on the number it
    stands for, so two slips in one marker still leave one reading."""
    shaped = item.kind in _OTHER_SHAPES or (item.kind == "lost mark" and _spaced(item) and is_heading(item))
    numeral_after = item.line.text[item.end:item.end + 1] in _N  # 五.一劳动节: a name, not a marker
    return (shaped and not numeral_after and item.value in (expected - 1, expected + 1) and previous is not None
            and previous.value == expected - 1 and nxt is not None and nxt.kind in WHOLE and nxt.value == expected + 1)


def _spaced(item: Item) -> bool:
    """Whether a space stands right after the numeral (the mark typed as a space: "二 加强…")."""
    return item.line.text[len(item.observed):len(item.observed) + 1] in (" ", "\u3000")


def _shares_shape(sequence: list[Item], k: int) -> bool:
    """Whether an unsure marker's neighbour in the list has its very shape and counts on with
    it ("1）" then "2）", "三加强" then "四完善"), a heading as it is or a paragraph as it is. A
    neighbour that does not count on, reads as a count or has another shape is text that opens
    with a numeral ("六加强…" over "一年来，我们…", "四强化作风建设" under "三农领域…。"), no style."""
    item = sequence[k]
    if item.kind not in UNSURE or item.value is None:
        return False
    return any(0 <= j < len(sequence) and sequence[j].kind == item.kind and sequence[j].style() == item.style()
               and sequence[j].value == item.value + step and not reads_as_count(sequence[j])
               and is_bare_heading(sequence[j]) == is_bare_heading(item)
               for j, step in ((k - 1, -1), (k + 1, 1)))


def _odd_shape(item: Item, previous: Item | None, nxt: Item | None) -> bool:
    """Whether the marker's shape is not its list's: damaged, or a style (⑶, 〔三〕) its
    siblings do not share (the nearest whole sibling, the one before first, decides)."""
    if item.kind == "ok":
        return False
    if item.kind not in STYLE:
        return True
    sibling = previous if previous is not None else nxt
    return sibling is not None and sibling.kind in WHOLE and sibling.style() != item.style()


_NEAR_SIBLING = 3  # lines: a list's last item follows the one before it closely


def _between(item: Item, expected: int, previous: Item | None, nxt: Item | None, run: int) -> bool:
    """An unsure shape is the marker only where the evidence agrees ("三加强领导" between 二、
    and 四、; "3家企业…" or "三农工作是重中之重。" in running text never is):

    - with the next marker confirming it: a heading, and a bare one if its numeral reads as
      a count ("三加强领导" yes, "三大攻坚战取得决定性成就。" no);
    - last in its list, with nothing after it to confirm: no count, at least two siblings
      before it (one for a digit: no word opens with one), and its siblings' shape: a bare heading after a bare heading, a short
      sentence close after a sentence ("2.强化督查。" then "3完善考核。").
    """
    if item.kind != "lost mark":
        return nxt.value == expected + 1 if nxt is not None else expected > 1
    count = reads_as_count(item)
    if nxt is not None:
        return nxt.value == expected + 1 and is_heading(item) and (not count or is_bare_heading(item))
    if count or previous is None or run < (1 if item.observed.isdigit() else 2):
        return False  # a digit glued to its words ("2推进…") may close a two-item list; 二手车… may not
    if is_bare_heading(previous):
        return is_bare_heading(item)
    near = item.line.index - previous.line.index <= _NEAR_SIBLING
    return near and is_heading(item)


def _lost_from(observed: str, full: str) -> bool:
    """``observed`` is ``full`` with characters lost (an empty numeral included)."""
    if len(observed) >= len(full):
        return False
    it = iter(full)
    return all(c in it for c in observed)


def _fits(item: Item, value: int) -> bool:
    return item.value == value or _lost_from(item.observed, item.spelled(value))


def _continues(item: Item, nxt: Item | None) -> bool:
    return nxt is None or nxt.value == (item.value or 0) + 1


def _runs_on(sequence: list[Item], k: int) -> bool:
    """Every sure marker from ``k`` on is one more than the one before. Read up to the first
    that is not, so a walk that asks at each break reads each marker a bounded number of times."""
    value = None
    for item in sequence[k:]:
        if item.kind in UNSURE:
            continue
        if item.value is None or (value is not None and item.value != value + 1):
            return False
        value = item.value
    return True


_SKIPPED = ("a section may be missing before {shown}: one number is skipped and the markers after it "
            "continue from it; renumbered from {new}", "one number skipped, the rest continuing: renumbered")



def _shift(tail: list[Item], expected: int, why: tuple[str, str] = _SKIPPED) -> Iterator[Edit | Flag]:
    """Renumber a shifted tail from ``expected``, with a flag naming the break (a number skipped:
    a section may be missing; a number repeated: the rest counted on from the repeat)."""
    sure = [i for i in tail if i.kind not in UNSURE]
    first = sure[0]
    shown = first.line.text[:first.end]
    yield Flag(first.line.start, first.line.start + first.end,
               why[0].format(shown=shown, new=first.canonical(expected)))
    for n, item in enumerate(sure):
        yield _fix(item, expected + n, None, why[1])


def _next_sure(sequence: list[Item]) -> list[Item | None]:
    """For each item, the next item after it that is surely a marker (one pass from the end)."""
    found: list[Item | None] = [None] * len(sequence)
    nxt = None
    for k in range(len(sequence) - 1, -1, -1):
        found[k] = nxt
        if sequence[k].kind not in UNSURE:
            nxt = sequence[k]
    return found


def _fix(item: Item, expected: int, sibling: Item | None, why: str = "") -> Edit:
    old = item.line.text[:item.end]
    new = _respelled(item, expected, sibling)
    if why:
        pass
    elif not item.observed:
        why = "numeral lost"
    elif item.value == expected:
        why = item.kind
    elif item.value == expected + 1:
        why = f"numeral {item.observed} one too high, the next marker is {item.observed}"
    else:
        why = f"numeral {item.observed} cut short or repeated"
    if _lost_gap(item, sibling):
        new += _GB_GAP  # 第三条丙 among 第二条　乙: the article's full-width space is put back with it
    return Edit(item.line.start, item.line.start + item.end, old, new,
                f"outline marker repaired ({why}): the sequence calls for {new}")


_GB_GAP = "\u3000"


def _lost_gap(item: Item, sibling: Item | None) -> bool:
    """An article or chapter marker run into its text while its sibling keeps the GB/T 9704 gap."""
    if item.level not in ("article", "chapter") or sibling is None or sibling.level != item.level:
        return False
    text = item.line.text
    return text[item.end:item.end + 1] not in ("", " ", _GB_GAP, "\t", "\u00a0") \
        and sibling.line.text[sibling.end:sibling.end + 1] == _GB_GAP


def _respelled(item: Item, value: int, sibling: Item | None) -> str:
    """The marker for ``value`` in the list's own style: the marker's own shape when whole
    (（二十）→（二十一）, 3．→4．), else a whole sibling's ((二)→(三)), else the standard one."""
    for model in (item, sibling):
        if model is None or not model.observed or model.kind not in WHOLE:
            continue
        if model is item and item.kind in STYLE and item.value == value:
            continue  # a stray style (⑶ among （1）（2）): its sibling's shape
        if model.kind == "enclosed":
            spelled = model.enclosed(value)
            if spelled is not None:
                return spelled
            continue
        return model.line.text[:model.end].replace(model.observed, model.spelled(value), 1)
    return item.canonical(value)


def _flag(item: Item, expected: int | None) -> Flag:
    shown = item.line.text[:item.end]
    want = f"where the sequence expects {item.canonical(expected)}" if expected else "with no number"
    return Flag(item.line.start, item.line.start + item.end, f"outline numbering breaks: {shown} {want}")
