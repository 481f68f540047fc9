"""The shape of a document's name, for restoring a lost 《 (rules/quote.py).

Where a title that lost its 《 can start: after the verb that governs it (根据, 落实, 印发,
填写 …: ``data/title_verbs.txt``), after 和 / 及 right after another title, at 关于, or at
the start of a clause a list opens; and where it ends, like the name of a law, plan or form
(…法, …条例, …方案: ``data/title_kinds.txt``). Nothing here changes text.

Also the pairing of a line's quotation and title marks, for the rules that turn a pair the
wrong way round or doubled (”…“, “…“, 《《…》, 》…《) into one pair: they propose edits only.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from cleaner import chars
from cleaner.data import phrases
from cleaner.docmodel import is_prose, lines, size
from cleaner.textutil import alternation
from cleaner.types import Edit

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
_SENTENCE_END = "\u3002\uff1b\uff01\uff1f"
# After a name that opens its sentence: the verb that states what it says (…法》规定, …》明确).
_STATES = regex.compile("\u89c4\u5b9a|\u660e\u786e|\u6307\u51fa|\u8981\u6c42|\u63d0\u51fa|\u5f3a\u8c03|\u7b2c"
                        "[\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\d]")
_BY, _AS = "\u4ee5", "\u4e3a"  # 以…为: a frame around its object
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
    opens_sentence = clause == 0 or line[clause - 1] in _LIST_OPENING or (
        line[clause - 1] in _SENTENCE_END and _STATES.match(line, pos + 1) is not None)  # 。…法》规定: its subject
    if at_clause and not verb_first and earliest not in governors and not _NOT_A_TITLE_START.match(line, earliest) and (
            earliest in openings or not governors and opens_sentence):
        candidates.setdefault(earliest, ("its clause starts there", False))
    if at_clause and line.startswith(_BY, earliest) and line.startswith(_AS, pos + 1) and _AS not in line[earliest:core]:
        candidates.setdefault(earliest + 1, (f"{_BY}…》{_AS} frames it", True))  # 以…方案》为抓手
    conjunction = _CONJUNCTION.match(line, earliest) if after_name else None
    if conjunction:  # 《…法》和…条例》: 和 between two names (inside one, 国民经济和社会发展, it is not)
        candidates[conjunction.end()] = (f"it follows {conjunction.group()} after a title", False)
    ordered = sorted((s, c) for s, c in candidates.items() if s not in governors)
    for k, (start, (_, governed)) in enumerate(ordered):
        if start in openings:
            # the rest lie inside this title (关于实施…的意见); a verb right before the
            # opening governs it, so an earlier verb governs the clause (按照…印发的关于…意见》)
            ordered = ordered[k:k + 1] if governed else ordered[:k + 1]
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


# --- pairs turned round or doubled (quote.repair_quote_pairs, quote.repair_title_pairs) ---

_L, _R = chars.LEFT_DOUBLE_QUOTE, chars.RIGHT_DOUBLE_QUOTE
_LS, _RS = chars.LEFT_SINGLE_QUOTE, chars.RIGHT_SINGLE_QUOTE
_LT, _RT = chars.LEFT_TITLE_MARK, chars.RIGHT_TITLE_MARK
_DOUBLE = regex.compile(f"[{_L}{_R}]")
_SINGLE = regex.compile(f"[{_LS}{_RS}]")
_TITLE = regex.compile(f"[{_LT}{_RT}]")
# A quoted phrase or a title: short, Chinese, no sentence end and no other mark inside.
_PHRASE = regex.compile(r"[^\u3002\uff01\uff1f\uff1b\u201c\u201d\u2018\u2019\u300a\u300b\n]{1,30}+")
_HAN = regex.compile(r"\p{Han}")


def _phrase(text: str) -> bool:
    return _PHRASE.fullmatch(text) is not None and _HAN.search(text) is not None


def quote_pair_edits(text: str) -> Iterator[Edit]:
    """A pair of double quotes turned round or written with one mark twice becomes “…”; a
    top-level ‘…’ (no “ ” open around it) becomes “…”.

    >>> from cleaner.edits import apply
    >>> apply("推进\\u201d两客一危\\u201c整治，开展\\u201c双随机\\u201d检查", list(quote_pair_edits("推进\\u201d两客一危\\u201c整治，开展\\u201c双随机\\u201d检查")))
    '推进“两客一危”整治，开展“双随机”检查'
    >>> list(quote_pair_edits("他说：\\u201c要落实\\u2018三个必须\\u2019要求。\\u201d"))
    []
    """
    for line in lines(text):
        if _L in line.text or _R in line.text:
            yield from _double_pairs(line)
        if _LS in line.text or _RS in line.text:
            yield from _top_single(line)


def _double_pairs(line) -> Iterator[Edit]:
    marks = [m.start() for m in _DOUBLE.finditer(line.text)]
    if len(marks) % 2 or len(marks) > 40:
        return
    t = line.text
    pairs = [(marks[k], marks[k + 1]) for k in range(0, len(marks), 2)]
    wrong = [(a, b) for a, b in pairs if (t[a], t[b]) != (_L, _R)]
    doubled = _doubled_pairs(t, marks)
    if doubled:
        for at in doubled:
            yield Edit(line.start + at, line.start + at + 1, t[at], "", "quotation mark written twice (\u201c\u201c\u2026\u201d\u201d)")
        return
    if len(wrong) > 1 and all((t[a], t[b]) == (_R, _L) for a, b in pairs):
        pass  # every pair of the line turned round (a converter that swaps the two marks): each is one
    elif not wrong or len(wrong) > 1:
        return  # every pair right, or the marks do not read as pairs at all
    if not all(_phrase(t[a + 1:b]) for a, b in wrong):
        return
    for a, b in wrong:
        for at, want in ((a, _L), (b, _R)):
            if t[at] != want:
                yield Edit(line.start + at, line.start + at + 1, t[at], want,
                           f"quotation mark the wrong way round: the line's marks pair as {_L}{t[a + 1:b]}{_R}")


def _doubled_pairs(t: str, marks: list[int]) -> list[int]:
    """The second mark of each doubled pair (““…””) around a short phrase, when the line's
    marks pair rightly once those are gone; else none."""
    found = [m for m in _DOUBLED_QUOTE.finditer(t) if _phrase(m.group(1))]
    if not found:
        return []
    removed = {i for m in found for i in (m.start() + 1, m.end() - 1)}
    rest = [i for i in marks if i not in removed]
    if len(rest) % 2 or any((t[rest[k]], t[rest[k + 1]]) != (_L, _R) for k in range(0, len(rest), 2)):
        return []
    return sorted(removed)


_DOUBLED_QUOTE = regex.compile(f"{_L}{_L}([^{_L}{_R}\n]{{1,30}}+){_R}{_R}")


def _top_single(line) -> Iterator[Edit]:
    t = line.text
    marks = [m.start() for m in _SINGLE.finditer(t)]
    if len(marks) != 2 or (t[marks[0]], t[marks[1]]) != (_LS, _RS):
        return
    if t.count(_L, 0, marks[0]) != t.count(_R, 0, marks[0]) or _L in t[marks[0]:marks[1]] or _R in t[marks[0]:marks[1]]:
        return  # single marks inside a double quotation (or beside an unpaired one) are right
    a, b = marks
    if not _phrase(t[a + 1:b]) or (a and not _HAN.match(t, a - 1) and t[a - 1] not in "\uff0c\uff1a\u3001\uff08\u3002\uff1b\uff01\uff1f"):
        return
    yield Edit(line.start + a, line.start + a + 1, _LS, _L, "single quotation marks at the top level: written “ ”")
    yield Edit(line.start + b, line.start + b + 1, _RS, _R, "single quotation marks at the top level: written “ ”")


def title_pair_edits(text: str) -> Iterator[Edit]:
    """Title marks turned round (》…《), doubled (《《…》, 《…》》) or closed with an opening
    (《…《) become one 《…》, where the rest of the line pairs.

    >>> from cleaner.edits import apply
    >>> [apply(t, list(title_pair_edits(t))) for t in ("根据\\u300b安全生产法\\u300a规定", "印发\\u300a\\u300a实施方案\\u300b的通知")]
    ['根据《安全生产法》规定', '印发《实施方案》的通知']
    >>> list(title_pair_edits("《中华人民共和国《宪法》》"))
    []
    """
    for line in lines(text):
        if _LT in line.text or _RT in line.text:
            yield from _title_line(line)


def _title_line(line) -> Iterator[Edit]:
    t = line.text
    opens, strays = [], []
    for m in _TITLE.finditer(t):
        if t[m.start()] == _LT:
            opens.append(m.start())
        elif opens:
            opens.pop()
        else:
            strays.append(m.start())
    s = line.start
    if not opens and not strays:  # every mark pairs: only a title written with both marks twice is wrong
        for m in _DOUBLED_TITLE.finditer(t):
            if _phrase(m.group(1)):
                yield Edit(s + m.start(), s + m.start() + 1, _LT, "", "title marks written twice (\u300a\u300a\u2026\u300b\u300b)")
                yield Edit(s + m.end() - 1, s + m.end(), _RT, "", "title marks written twice (\u300a\u300a\u2026\u300b\u300b)")
        return
    typed = _typed_half(t, opens, strays)
    if typed is not None:
        yield Edit(s + typed[0], s + typed[1], t[typed[0]:typed[1]], typed[2], "title mark typed as << >> or guillemets")
        return
    if len(strays) == 1 and len(opens) == 1 and strays[0] < opens[0] and _phrase(t[strays[0] + 1:opens[0]]):
        c, o = strays[0], opens[0]  # 》title《
        yield Edit(s + c, s + c + 1, _RT, _LT, "title marks the wrong way round")
        yield Edit(s + o, s + o + 1, _LT, _RT, "title marks the wrong way round")
    elif len(opens) == 1 and not strays and t[opens[0] + 1:opens[0] + 2] == _LT and _closes_soon(t, opens[0] + 1):
        yield Edit(s + opens[0], s + opens[0] + 1, _LT, "", "title mark written twice")
    elif len(strays) == 1 and not opens and t[strays[0] - 1:strays[0]] == _RT and _opens_before(t, strays[0] - 1):
        yield Edit(s + strays[0], s + strays[0] + 1, _RT, "", "title mark written twice")
    elif len(opens) == 2 and not strays and _phrase(t[opens[0] + 1:opens[1]]) and _RT not in t[opens[0]:]:
        yield Edit(s + opens[1], s + opens[1] + 1, _LT, _RT, "title closed with an opening mark")


# 《《name》》: nothing but the name between the doubled marks (《中华人民共和国《宪法》》 nests).
_DOUBLED_TITLE = regex.compile(f"{_LT}{_LT}([^{_LT}{_RT}\n]{{1,30}}+){_RT}{_RT}")


def _closes_soon(t: str, at: int) -> bool:
    end = t.find(_RT, at)
    return end > 0 and _phrase(t[at + 1:end])


def _opens_before(t: str, at: int) -> bool:
    start = t.rfind(_LT, 0, at)
    return start >= 0 and _phrase(t[start + 1:at])


_TYPED_OPEN = ("<<", "\uff1c\uff1c", "\u00ab")
_TYPED_CLOSE = (">>", "\uff1e\uff1e", "\u00bb")


def _typed_half(t: str, opens: list[int], strays: list[int]) -> tuple[int, int, str] | None:
    """The one half of a title typed as << or >> (or « »): <<name》 or 《name>>, the only
    unpaired title mark of the line, the name a short phrase."""
    if len(strays) == 1 and not opens:
        c = strays[0]
        for mark in _TYPED_OPEN:
            at = t.rfind(mark, max(0, c - 32), c)
            if at >= 0 and _phrase(t[at + len(mark):c]):
                return at, at + len(mark), _LT
    if len(opens) == 1 and not strays:
        o = opens[0]
        for mark in _TYPED_CLOSE:
            at = t.find(mark, o + 1, o + 33)
            if at >= 0 and _phrase(t[o + 1:at]):
                return at, at + len(mark), _RT
    return None



# Kinds only a document's name ends with (a programme's name ends with 计划, 工程, 行动 too).
_DOCUMENT_ONLY = ("\u6761\u4f8b", "\u529e\u6cd5", "\u89c4\u5b9a", "\u7ec6\u5219", "\u610f\u89c1", "\u51b3\u5b9a",
                  "\u7eb2\u8981", "\u89c4\u5219", "\u51c6\u5219", "\u7ae0\u7a0b", "\u6cd5")
_QUOTED_NAME = regex.compile("\u201c([^\u201c\u201d\u300a\u300b\u3002\uff1b\n]{4,60}+)\u201d")


def _document_name(name: str) -> bool:
    """A name that ends like a document only (…条例, …办法) and reads like no slogan: long
    enough, with no count in it and its kind not said before ("谁执法谁普法", "一规划两纲要")."""
    kind = next((k for k in _DOCUMENT_ONLY if name.endswith(k)), None)
    return (kind is not None and size(name) >= 6 and _COUNT.search(name) is None
            and kind not in name[:-len(kind)])


_COUNT = regex.compile("[\u4e00\u4e8c\u4e24\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]")


def quoted_titles(line: str) -> Iterator[tuple[int, int]]:
    """Spans of a document's name put in “ ” instead of 《 》: right after a governing verb
    (根据, 落实, 印发 …, a 了 / 的 between), opening like a document's name (关于…,
    中华人民共和国…) and ending like one (…意见, …办法).

    >>> [("根据“关于加强安全生产工作的意见”要求"[a:b]) for a, b in quoted_titles("根据“关于加强安全生产工作的意见”要求")]
    ['“关于加强安全生产工作的意见”']
    >>> list(quoted_titles("开展“安全生产月”活动，落实“三个必须”要求，实施“学前教育三年行动计划”，落实“八项规定”"))
    []
    >>> list(quoted_titles("认真实施“宗教事务条例”"))
    [(4, 12)]
    >>> list(quoted_titles("推动落实“谁执法谁普法”责任，全面落实“一规划两纲要”"))
    []
    """
    if "\u201c" not in line:
        return
    kinds = title_kinds()
    for m in _QUOTED_NAME.finditer(line):
        name = m.group(1)
        if not name.endswith(kinds):
            continue
        if not _TITLE_OPENING.match(name) and not _document_name(name):
            continue  # a slogan or a programme's name ("三个代表", "兴滇英才支持计划", "八项规定") is quoted rightly
        before = m.start()
        if before and line[before - 1] in _PARTICLE:
            before -= 1
        chains = _verb_chains(line, max(0, before - 8), before)
        if chains and chains[-1][1] == before:
            yield m.start(), m.end()


_BRACKETED_NAME = regex.compile("[\u3010\u3014\uff3b](\\p{Han}[^\u3010\u3011\u3014\u3015\uff3b\uff3d\u3002\uff0c\uff1b\uff1a\n]{3,39}+)"
                                "[\u3011\u3015\uff3d]")


def bracketed_titles(line: str) -> Iterator[tuple[int, int]]:
    """Spans of a name in 【】 / 〔〕 / ［］ right after a verb that cites a document (深入实施［中国制造2025］):
    the wrong bracket key for 《 》, or a label; an editor decides.

    >>> list(bracketed_titles("深入实施［中国制造2025］，依据〔2021〕12号"))
    [(4, 14)]
    """
    for m in _BRACKETED_NAME.finditer(line):
        chains = _verb_chains(line, max(0, m.start() - 8), m.start())
        if chains and chains[-1][1] == m.start():
            yield m.start(), m.end()
