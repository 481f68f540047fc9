"""Copies of numbered paragraphs for rules/dup.py: an item whose number is not its place's.

A list item pasted again keeps its number, and the outline around it shows the copy: right
under its own paragraph the number repeats with no sibling between ("（四）甲。乙。" then
"（四）甲。"); a few paragraphs on, past a heading (where a list may start again), it breaks a
sequence that goes on as if it were not there ("（五）… 三、 （六）… （四）… （七）…"). Parallel
lists that restart under each heading ("1." under 一、 and under 二、) go on from the repeated
number, and an edited one skips a number rather than repeating one: neither reads as a copy.
Within one list, and for plain paragraphs, see cleaner.dupcopies.
"""

from __future__ import annotations

from cleaner import chars
from cleaner.docmodel import Line, is_prose, size
from cleaner.dupcopies import FAR, MIN_PARAGRAPH, quoted_again
from cleaner.outline import PARENT, opens_part, read_marker, style_of

Mark = tuple[str, str, int] | None  # (level, the marker's shape with its numeral taken out, value)

_NEAR = 4  # lines: the opening copy stands under its paragraph's last line
_MIN_ITEM = 10  # characters: a numbered line long enough to be text, not a one-word heading
_SENTENCE_ENDS = "\u3002\uff01\uff1f\uff1b\uff1a"  # 。！？；：


def marks(doc: list[Line]) -> list[Mark]:
    """Each line's outline marker as (level, style, value), or None (no marker, or no value); an
    attachment's line (附件2) heads a part, under which every list starts again."""
    out: list[Mark] = []
    for line in doc:
        text = line.text.lstrip()
        if opens_part(text):
            out.append(("part", "", 0))
            continue
        found = read_marker(text)
        if found is None or found[2] is None or found[3] == "enclosed":
            out.append(None)
            continue
        level, observed, value, _kind, end = found
        out.append((level, style_of(text, observed, end), value))
    return out


def opening_again(doc: list[Line], keys: list[str], i: int, mark: list[Mark]) -> tuple[int, str] | None:
    """Line ``i`` is the opening sentence(s) of the numbered paragraph above it, number and all,
    with no other numbered line between: "（四）推动建筑业转型升级。" under "（四）推动建筑业转型升级。培育…"."""
    if mark[i] is None or size(doc[i].text) < _MIN_ITEM:
        return None
    j = next((j for j in range(i - 1, max(-1, i - 1 - _NEAR), -1) if mark[j] is not None), None)
    if j is None or mark[j] != mark[i] or not all(_continues(line.text) for line in doc[j + 1:i]):
        return None  # a label or heading between (重点群体：) opens a parallel list
    copy, source = keys[i].rstrip(_SENTENCE_ENDS), keys[j]
    if len(copy) < len(source) and source.startswith(copy) and source[len(copy)] in _SENTENCE_ENDS:
        return 1, "the opening of the numbered paragraph above repeated under it, number and all"
    return None


def out_of_turn(doc: list[Line], keys: list[str], i: int, mark: list[Mark]) -> tuple[int, str] | None:
    """Line ``i`` repeats a numbered line a few lines up across a heading of a level above it
    (where a list may start again, so the number alone proves nothing), and its list reads right only without
    it: the next sibling follows the one before (or starts the list under a new heading), while
    the copy's number does not, or the next sibling takes the copy's own number; with no sibling
    after it, its number follows neither the one before nor a new heading."""
    if mark[i] is None or size(doc[i].text) < _MIN_ITEM:
        return None
    source = next((j for j in range(i - 2, max(-1, i - 1 - FAR), -1) if keys[j] == keys[i]), None)
    level, style, value = mark[i]
    if source is None or not _parent_between(mark, level, source, i):
        return None  # within one list: cleaner.dupcopies.body_copy (a list never holds one number twice)
    if quoted_again(doc, i):
        return None  # after a lead-in (…牵头负责以下任务：) or over its note (解读：…): the text quotes it
    same = [k for k, m in enumerate(mark) if m is not None and m[:2] == (level, style)]
    at = same.index(i)
    before = mark[same[at - 1]][2] if at else 0
    restarts = not at or _parent_between(mark, level, same[at - 1], i)
    reason = f"numbered item repeated {i - source - 1} paragraphs after itself across a heading, its number out of sequence"
    if at + 1 < len(same) and not _parent_between(mark, level, i, same[at + 1]):
        # Between two siblings: the list reads right without it, and its own number does not. A number
        # that leads into the next (2. then 3. under a new heading) opens an edited parallel list, unless
        # the list holds that number already.
        after = mark[same[at + 1]][2]
        out = _fits(before, after, restarts) and (value == after or not _fits(before, value, restarts))
        if not out or value not in _own_list(mark, same, at) and not _unquoted_paste(doc, keys, mark, source, i, after - value):
            return None
        return 1, reason
    if _fits(before, value, restarts):  # the last of its list: its own number must not fit
        return None
    own = _own_list(mark, same, at)
    # A skipped number is an edited parallel list (（一）甲 （二）乙 （四）丁 under a second heading), not
    # a paste. An item alone under its heading has no list to be edited from: a paragraph of text
    # whose number starts no list there, and which nothing quotes, is the paste.
    if value in own or not own and _unquoted_paste(doc, keys, mark, source, i, 0):
        return 1, reason
    return None


def _unquoted_paste(doc: list[Line], keys: list[str], mark: list[Mark], source: int, i: int, step: int) -> bool:
    """Whether the numbered line ``i`` (a copy of line ``source``), out of its place's sequence, reads
    as a paste rather than an item the text quotes again (:func:`cleaner.dupcopies.quoted_again` is
    asked first): a paragraph of prose (not a short heading such as （三）保障措施) standing after a
    sentence (between two siblings, ``step`` != 0, after a heading too; not under a name it is cited
    for, （一）梅山县), with no third copy near (an item cited under each of several parts), not leading
    into the next sibling (``step`` 1: 2. then 3. under a new heading opens an edited parallel list),
    and, alone under its heading, not under one parallel to its original's (一、求职创业补贴 and
    二、吸纳就业补贴 share their rule)."""
    text, above = doc[i].text, doc[i - 1].text.strip()
    if step == 1 or size(text) < MIN_PARAGRAPH or not is_prose(text):
        return False
    if not (above.endswith(_SENTENCE_CLOSE) or step and read_marker(above) is not None):
        return False
    third = keys[max(0, source - FAR):source].count(keys[i]) + keys[i + 1:i + 1 + FAR].count(keys[i])
    return not third and (step != 0 or not _parallel_parts(doc, mark, source, i))


def _parallel_parts(doc: list[Line], mark: list[Mark], a: int, b: int) -> bool:
    """Whether the headings right above lines ``a`` and ``b`` (a few lines up), at the level over theirs,
    close on one word (…补贴 and …补贴, 市级标准 and 县级标准): two parts of one kind, whose items may be one rule."""
    level = mark[a][0]
    heads = [next((doc[k].text.strip() for k in range(j - 1, max(-1, j - 1 - FAR), -1)
                   if mark[k] is not None and mark[k][0] in PARENT[level]), "") for j in (a, b)]
    return all(heads) and heads[0][-1:] == heads[1][-1:]


_SENTENCE_CLOSE = (chars.IDEOGRAPHIC_FULL_STOP, chars.FULLWIDTH_SEMICOLON, chars.FULLWIDTH_EXCLAMATION, chars.FULLWIDTH_QUESTION,
                   ";", "!", "?")


def _own_list(mark: list[Mark], same: list[int], at: int) -> list[int]:
    """The numbers of the other items of the list the item ``same[at]`` stands in: its siblings,
    cut where a heading above their level stands between two of them, unless the document numbers
    them through its sections (across two headings or more, never starting again). The gap the
    item itself fills never joins two lists: "2." under a new heading, then "3.", is no list running on."""
    level = mark[same[at]][0]
    others = same[:at] + same[at + 1:]
    crossings = [k for k in range(1, len(others)) if k != at and _parent_between(mark, level, others[k - 1], others[k])]
    through = len(crossings) >= 2 and all(mark[others[k]][2] == mark[others[k - 1]][2] + 1 for k in crossings)
    part: list[int] = []  # each sibling's list, counted from 0
    for k, line in enumerate(others):
        cut = k > 0 and _parent_between(mark, level, others[k - 1], line) and (k == at or not through)
        part.append(part[-1] + cut if k else 0)
    if at and not _parent_between(mark, level, others[at - 1], same[at]):
        own = part[at - 1]
    elif at < len(others) and not _parent_between(mark, level, same[at], others[at]):
        own = part[at]
    else:
        return []  # alone between two headings
    return [mark[line][2] for line, p in zip(others, part) if p == own]


def _continues(text: str) -> bool:
    """Whether a line under a numbered paragraph goes on with it: prose, not a label (重点群体：)."""
    text = text.strip()
    return is_prose(text) and not text.endswith(("\uff1a", ":"))


def _fits(before: int, value: int, restarts: bool) -> bool:
    """Whether ``value`` follows ``before`` in a list (or starts it again under a new heading)."""
    return value == before + 1 or (restarts and value == 1)


def _parent_between(mark: list[Mark], level: str, a: int, b: int) -> bool:
    """Whether a heading of a level above ``level`` stands between lines ``a`` and ``b``."""
    return any(m is not None and m[0] in PARENT[level] for m in mark[a + 1:b])
