"""The shape of a document's name, for restoring a lost 《 (rules/quote.py).

Where a title that lost its 《 can start: after the verb that governs it (根据, 落实, 印发,
填写 …: ``data/title_verbs.txt``), after 和 / 及 right after another title, at 关于, or at
the start of a clause a list opens; and where it ends, like the name of a law, plan or form
(…法, …条例, …方案: ``data/title_kinds.txt``). Nothing here changes text.
"""

from __future__ import annotations

from functools import cache

import regex

from cleaner import chars
from cleaner.data import phrases
from cleaner.docmodel import is_prose, size
from cleaner.textutil import alternation

_MIN_TITLE = 4

LONGEST_NAME = 60
_SHORTEST_NAME = 3  # characters before the kind: 安全生产法, not 该法


@cache
def title_kinds() -> tuple[str, ...]:
    return phrases("title_kinds")


@cache
def _governing_verbs() -> regex.Pattern:
    return regex.compile(alternation(phrases("title_verbs")))


# A title does not open with a function word ("为做好…方案》": the clause, not the title).
_NOT_A_TITLE_START = regex.compile("[\u4e3a\u5728\u5bf9\u5c06\u628a\u7531\u7ecf\u8981\u5df2\u5e76\u548c\u53ca"
                                   "\u4e0e\u7b49\u662f\u4e86\u88ab\u4f7f\u5411\u4ece\u4e8e\u7684\u5176\u6309]")
# Where a title opens: 关于…的…, 中华人民共和国…; a verb after this is the title's own (关于实施…的意见).
# 关于 with no 的 after it governs a name instead (关于《…规划纲要》的说明).
_ABOUT = "\u5173\u4e8e"
_OF = "\u7684"
_TITLE_OPENING = regex.compile("\u5173\u4e8e|\u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd")
# After a governing verb: 了 / 的 / 过 before the name (制定了《…》, 印发的《…》).
_PARTICLE = "\u4e86\u7684\u8fc7"
# Names in a row: a title starts after 和 / 及 / 与 / 以及 / 或 that follows a title.
_CONJUNCTION = regex.compile("\u4ee5\u53ca|[\u548c\u53ca\u4e0e\u6216]")
# A clause that opens after these (or at the line's start) can open with the name itself;
# after ，。；： it opens with a subject or a verb, which the verb list cannot all name.
_LIST_OPENING = "\u3001\u201c\uff08(\u3010"
_SUFFIX = regex.compile(r"[\uff08(][^\uff08()\uff09\u300a\u300b]{1,16}+[\uff09)]$")


def name_end(line: str, pos: int) -> int:
    """Where the name before ``pos`` ends, a bracketed suffix left out (…方案（2022—2024年））."""
    m = _SUFFIX.search(line, max(0, pos - 18), pos)
    return m.start() if m else pos


def _verb_chains(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of governing verbs in ``line[start:end]``, adjacent ones joined (贯彻落实)."""
    chains: list[tuple[int, int]] = []
    for m in _governing_verbs().finditer(line, start, end):
        if chains and chains[-1][1] == m.start():
            chains[-1] = (chains[-1][0], m.end())
        else:
            chains.append((m.start(), m.end()))
    return chains


def shaped_start(line: str, pos: int, core: int, clause: int) -> tuple[int | None, str, bool]:
    """The one place the title closed at ``pos`` can start, judged by its shape: (start, why,
    whether a verb governs it). ``core``: where the name ends before a bracketed suffix;
    ``clause``: where its clause starts."""
    if not any(line.endswith(kind, 0, core) for kind in title_kinds()):
        return None, "", False
    earliest = max(clause, pos - LONGEST_NAME)
    at_clause = earliest == clause  # else the clause is longer than any name: its start is not one
    while earliest < core and line[earliest] in " \u3000":
        earliest += 1
    after_name = at_clause and clause > 0 and line[clause - 1] == chars.RIGHT_TITLE_MARK
    chains = _verb_chains(line, earliest, core)
    if after_name and chains and chains[0][0] == earliest:
        chains = chains[1:]  # 《…法》修订草案: a verb right after a title is about that title
    candidates: dict[int, tuple[str, bool]] = {}
    governors = set()  # where a verb stands, the name follows it
    for verb_start, verb_end in chains:
        start = verb_end + (line[verb_end:verb_end + 1] in _PARTICLE)
        if core - start >= _SHORTEST_NAME + 1:  # else the verb is the name's own (实施方案)
            governors.add(verb_start)
            candidates.setdefault(start, (f"it follows {line[verb_start:start]}", True))
    openings = set()
    for m in _TITLE_OPENING.finditer(line, earliest, core):
        if m.group() == _ABOUT and _OF not in line[m.end():core]:
            governors.add(m.start())  # 关于《…规划纲要》: 关于 governs the name, no 关于…的 title
            candidates.setdefault(m.end(), (f"it follows {_ABOUT}", True))
        else:
            openings.add(m.start())  # 关于…的意见, 中华人民共和国…法: a title opens here
            candidates.setdefault(m.start(), (f"it opens with {m.group()}", False))
    verb_first = bool(chains) and chains[0][0] == earliest
    if at_clause and not verb_first and earliest not in governors and not _NOT_A_TITLE_START.match(line, earliest) and (
            earliest in openings or not governors and (clause == 0 or line[clause - 1] in _LIST_OPENING)):
        candidates.setdefault(earliest, ("its clause starts there", False))
    conjunction = _CONJUNCTION.match(line, earliest) if after_name else None
    if conjunction:  # 《…法》和…条例》: 和 between two names (inside one, 国民经济和社会发展, it is not)
        candidates[conjunction.end()] = (f"it follows {conjunction.group()} after a title", False)
    ordered = sorted((s, c) for s, c in candidates.items() if s not in governors)
    for k, (start, _) in enumerate(ordered):
        if start in openings:
            ordered = ordered[:k + 1]  # the rest lie inside this title (关于实施…的意见)
            break
    ordered = [(s, c) for s, c in ordered if core - s >= _SHORTEST_NAME + 1]
    if len(ordered) != 1:
        return None, "", False
    start, (cue, governed) = ordered[0]
    return start, cue, governed


def stated_titles(doc) -> set[str]:
    titles = set()
    for line in doc:
        stripped = line.text.strip()
        if _MIN_TITLE <= size(stripped) <= 60 and not is_prose(stripped):
            titles.add(stripped)
        titles.update(regex.findall("\u300a([^\u300a\u300b]{4,60})\u300b", line.text))
    if doc:
        titles.update(regex.findall(r"印发(.{4,60}?)的(?:通知|函)", doc[0].text))
    return titles


def title_start(line: str, pos: int, known: set[str], earliest: int) -> int | None:
    """Where the title that ends at ``pos`` starts, if a known title ends there (the longest
    first). ``earliest``: the clause start, or the longest title's length back from ``pos``
    if that is later (trying every start of a long clause is quadratic)."""
    for start in range(earliest, pos - _MIN_TITLE + 1):
        if line[start:pos] in known:
            return start
    return None
