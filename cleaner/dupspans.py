"""Repeated spans on a skeleton: copies found whatever their punctuation, spacing or cut.

A copy made by a template, a PDF text layer, a teaser or a paste slip keeps the *words* of the
text it repeats and loses or changes everything else: punctuation dropped or in the other width,
a space between every character, a line break in mid-word, an outline marker or a bracket
around it, a head or a tail cut off. The *skeleton* keeps only Han characters, digits and
letters (NFKC-folded, lower case), so every such copy becomes a plain substring of the text it
repeats. The evidence is then the same for any kind of copy:

a whole unit (a line, a sentence, a title, a heading) whose skeleton equals or lies inside the
skeleton of the text right around it, with no heading between, is a copy
(dup.drop_skeleton_copies). A shared run that is no whole unit is left alone: on real text
long runs recur on purpose (the names of laws and plans cited again and again).

Legitimate repeats are whole units too, so the units that recur on purpose stay out: lines
with an outline marker (headings repeat under each part, list items share a tail), label
lines ("责任单位：同上"), and anything short. Nothing here changes text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Set as AbstractSet
from functools import lru_cache

import regex

from cleaner import chars
from cleaner.docmodel import Line, is_prose, lines, non_blank
from cleaner.dupcues import body, pieces

MIN_LINE = 12  # skeleton characters of a line that stands inside its neighbours
MIN_SENTENCE = 14  # of a sentence repeated a few lines on
MIN_TITLE = 8  # of a title copied into the head or glued to the first paragraph
WINDOW = 3  # lines before a copy searched for its source

# A line opened by an article number (第十条): near copies compare it, and a document of two or more is
# made of articles, whose penalty clauses recur on purpose.
ARTICLE = regex.compile(r"(?m)^\s*+(第[〇零一二三四五六七八九十百千0-9]++条)")
# "责任单位：" / "答：" open a label line that recurs after each item on purpose.
_LABEL = regex.compile(r"^\s*+\p{Han}{1,8}[:\uff1a]")
_HAN = regex.compile(r"\p{Han}")
# A cut copy (a teaser) ends on an ellipsis.
# A line set off as a quote: opened by a bracket, a quotation mark or a bullet, or closed by one.
_SET_OFF = regex.compile(r"^\s*+(?:[\u3010\u201c\u300c\u300e\u25b2\u25b3\u25a0\u25cf\u25c6\u2605]|\u2014\u2014)|[\u3011\u201d\u300d\u300f]\s*+$")
_OPENERS = " \u3000\t(\uff08[\u3010\u3014"  # what a note's label may stand behind: （责任单位：…）
_ELLIPSIS_END = regex.compile(rf"{chars.ELLIPSIS_RUN}\s*+$")
_CLAUSE_CLOSE = frozenset("\uff1a:\uff1b;\u3002")  # ： ; 。: where a cited opening ends
_DATE_CUT = regex.compile(r"\d{1,2}+\u6708")  # 6月 after a cut 2024年: the rest of a date the cut fell in


def skeleton(s: str) -> tuple[str, list[int]]:
    """(Han, digits and letters of ``s`` folded, and a decimal point between two digits, the
    offset in ``s`` of each). The point stays because 1.2万人 and 12万人 are other figures.

    >>> skeleton("加 强，领导(２０２１)")
    ('加强领导2021', [0, 2, 4, 5, 7, 8, 9, 10])
    >>> skel("就业1.2万人") == skel("就业12万人"), skel("就业1.2万人") == skel("就业１．２万人")
    (False, True)
    """
    out, where = [], []
    for i, ch in enumerate(s):
        if ch.isalnum():
            for c in _folded(ch):
                out.append(c)
                where.append(i)
        elif ch in _POINTS and out and out[-1].isdigit() and i + 1 < len(s) and unicodedata.normalize("NFKC", s[i + 1]).isdigit():
            out.append(".")
            where.append(i)
    return "".join(out), where


@lru_cache(maxsize=65536)
def _folded(ch: str) -> str:
    """The letters and digits ``ch`` stands for, NFKC-folded and lower-cased (２ -> 2, Ａ -> a):
    one normalisation per distinct character, not one per character of every line."""
    return "".join(c.lower() for c in unicodedata.normalize("NFKC", ch) if c.isalnum())


_POINTS = frozenset((".", chars.FULLWIDTH_FULL_STOP))  # a decimal point, ASCII or full width


@lru_cache(maxsize=8192)
def skel(s: str) -> str:
    """The skeleton string alone (cached: the dup rules ask it of the same lines and sentences
    again and again).

    >>> skel("全 国 社 会 保 障 基 金 ，") == skel("全国社会保障基金,")
    True
    """
    return skeleton(s)[0]


def plain(line: str) -> bool:
    """A line that may be a copy: no outline marker, no label opening.

    >>> plain("加强监管，严格执法。"), plain("（二）加强监管"), plain("责任单位：同上")
    (True, False, False)
    """
    return body(line)[1] is None and _LABEL.match(line) is None


def line_inside(doc: list[Line], i: int, gone: AbstractSet[int] = frozenset()) -> str | None:
    """Why line ``i`` is a copy of the text around it, or None.

    Its skeleton (twelve characters or more) lies inside the skeleton of the lines just before
    it (joined: a copy may straddle a paragraph break), with no heading between; or it is the
    cut opening of the next line (a teaser ending on an ellipsis). Lines with an outline marker
    or a label opening never count: headings and list tails recur on purpose.

    >>> from cleaner.docmodel import lines
    >>> d = list(lines("标题\\n加强领导，压实责任，确保落实。\\n加强领导 压实责任 确保落实"))
    >>> line_inside(d, 2)
    'the text of the lines above repeated (punctuation, spacing or cut aside)'
    >>> line_inside(list(lines("标题\\n（一）加强领导，压实责任。\\n（一）加强领导，压实责任。")), 2) is None
    True
    """
    text = doc[i].text
    if i + 1 < len(doc) and _cut_opening(text, doc[i + 1].text):
        return "the next paragraph's opening repeated above it, cut"
    if not plain(text) or (i + 1 < len(doc) and _DATE_LINE.fullmatch(doc[i + 1].text) and _SIGNER_SHAPE.fullmatch(text)):
        return None  # the signer above its date: its name is written in the text too (本办法由…局负责解释)
    s = skel(text)
    if len(s) < MIN_LINE or _HAN.subn("", s)[1] < MIN_LINE // 2:
        return None  # words, not a run of letters or figures ("ntttnttt" left by escapes)
    window, held = [], []
    for j in range(i - 1, max(0, i - WINDOW) - 1, -1):
        if j in gone:
            continue  # a copy removed already is no source
        if not _source(doc[j].text, j):
            break  # the title, a heading or a label between: parallel text may follow it
        window.insert(0, skel(doc[j].text))
        held.insert(0, j)
    if window and s in "".join(window) and not any(_part_of(doc[j].text, s, is_prose(text)) for j in held):
        return "the text of the lines above repeated (punctuation, spacing or cut aside)"
    if i + 1 < len(doc) and _ELLIPSIS_END.search(text) and plain(doc[i + 1].text) and \
            skel(doc[i + 1].text).startswith(s) and is_prose(doc[i + 1].text):
        return "the next paragraph's opening repeated above it, cut"
    return None


# A date alone on its line (the document's date under its signer), in figures or in Chinese numerals.
# A signer's line: a name, no clause or sentence mark (a pasted copy above the date has them).
_SIGNER_SHAPE = regex.compile(r"[ \u3000\t]*+[^\uff0c\u3002\u3001\uff1b\uff1a,;:.!?\uff01\uff1f]{2,40}+")
_CN_DIGIT = "\u3007\u96f6\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d"  # 〇零一二三四五六七八九
_DATE_LINE = regex.compile(rf"[ \u3000\t]*+(?:(?:19|20)[0-9]{{2}}|[{_CN_DIGIT}]{{4}})[ \u3000]*+\u5e74[ \u3000]*+"
                           rf"[0-9{_CN_DIGIT}\u5341]{{1,3}}[ \u3000]*+\u6708[ \u3000]*+[0-9{_CN_DIGIT}\u5341]{{1,3}}[ \u3000]*+\u65e5[ \u3000\t]*+")


def _source(line: str, j: int) -> bool:
    """Whether line ``j`` may hold the text a later line copies: running text, numbered or not;
    not the title, a heading or a label line (parallel text may follow those).

    >>> _source("第五条　医疗机构应当自查。", 3), _source("（二）加强监管", 3), _source("责任单位：同上", 3)
    (True, False, False)
    """
    return bool(j) and bool(line.strip()) and _LABEL.match(line) is None and (body(line)[1] is None or is_prose(line))


def _part_of(line: str, s: str, sentence: bool) -> bool:
    """Whether skeleton ``s`` stands in ``line`` as a part a later line may restate: in quotation
    or title marks (印发《…》 cites the title that follows), or, for a line with no sentence end
    (a title, a heading), less than half of the line.

    >>> _part_of("现将《2021年卫生健康工作要点》印发给你们。", "2021年卫生健康工作要点", True)
    True
    >>> _part_of("加强领导，压实责任，确保落实。", "加强领导压实责任确保落实", False)
    False
    """
    text, where = skeleton(line)
    k = text.find(s)
    if k < 0:
        return False
    if not sentence and 2 * len(s) < len(text):
        return all(skel(line[a:b]) != s for a, b in pieces(line))  # a whole sentence again is a copy
    a, b = where[k], where[k + len(s) - 1] + 1
    return line[max(0, a - 1):a] in _OPENING and line[b:b + 2].lstrip("\uff09)")[:1] in _CLOSING_MARK


_CLAUSE_GOES_ON = frozenset("\uff0c\u3001\uff1a\uff1b\u3002\u300b\u201d,:;")
_OPENING = frozenset("\u300a\u201c\u300c\u300e\u3008\"'")
_CLOSING_MARK = frozenset("\u300b\u201d\u300d\u300f\u3009\"'")


def sentence_copies(doc: list[Line], i: int, gone: AbstractSet[int] = frozenset()) -> list[tuple[int, int, int | None]]:
    """(start, end, source) in line ``i`` of sentences whose skeleton equals a whole sentence of
    the lines just before (or earlier in the line), fourteen characters or more, no heading between.

    Which of two equal sentences is the copy shows only where one stands outside the flow: a
    sentence repeated inside its own line, or standing as a line of its own, is the copy (source
    None: it goes); one inside a paragraph that stands again above, alone on its line or inside
    another paragraph, cannot be told from its original (source: where that one starts in the
    document: dup.drop_skeleton_copies weighs the two places, or flags both). A numbered line
    (（二）…) is read past its heading sentence, and its sentences always have a source, except
    those its items share on purpose (a closing sentence, a formula three items share).

    >>> from cleaner.docmodel import lines
    >>> d = list(lines("标题\\n加强基层组织领导，压实各方主体责任。其他。\\n另外，做好宣传。加强基层组织领导，压实各方主体责任。再者。"))
    >>> [(d[2].text[a:b], src) for a, b, src in sentence_copies(d, 2)]
    [('加强基层组织领导，压实各方主体责任。', 3)]
    """
    text = doc[i].text
    if _LABEL.match(text) is not None:
        return []
    # A numbered line's first sentence is its heading (parallel items share headings on purpose);
    # the sentences after it are running text, compared like a plain line's, never copies on sight.
    numbered = body(text)[1] is not None
    if numbered and ARTICLE.match(text):
        return []  # articles restate their clauses on purpose (另有规定的，从其规定。)
    # Of a numbered line: its heading sentence, its repeats inside itself (the window rules') and a last
    # sentence that closes the items above too (（责任单位：…）。 after each item) are no copies.
    tails: set[str] = set()
    seen: dict[str, int | None] = {}  # skeleton -> where it stands above (None: earlier in this line)
    for j in range(i - 1, max(0, i - WINDOW) - 1, -1):
        if j in gone or (numbered and _same_marker(doc[j].text, text)):
            continue  # a copy removed already is no source; nor an item of the same number (an amendment's old text)
        if not _source(doc[j].text, j):
            break
        theirs = pieces(doc[j].text)
        for a, b in theirs:
            seen.setdefault(skel(doc[j].text[a:b]), doc[j].start + a)  # the nearest above wins
        if numbered and body(doc[j].text)[1] is not None and theirs:
            tails.add(skel(doc[j].text[slice(*theirs[-1])]))
    out = []
    own = pieces(text)
    for k, (a, b) in enumerate(own):
        s = skel(text[a:b])
        if len(s) >= MIN_SENTENCE and s in seen and _LABEL.match(text[a:b].lstrip(_OPENERS)) is None \
                and not (numbered and (k == 0 or seen[s] is None or (k == len(own) - 1 and s in tails)
                                       or _formula(doc, i, s))):
            out.append((a, b, None if len(own) == 1 else seen[s]))
        seen[s] = None
    return out


def _formula(doc: list[Line], i: int, s: str) -> bool:
    """Whether sentence skeleton ``s`` stands in two more lines around line ``i`` (within the window
    either side): a sentence three items share is their formula (各牵头单位要于每月5日前报送…), no paste."""
    around = [j for j in range(max(0, i - WINDOW), min(len(doc), i + 1 + WINDOW)) if j != i]
    return sum(any(skel(doc[j].text[a:b]) == s for a, b in pieces(doc[j].text)) for j in around) >= 2


def _same_marker(line: str, other: str) -> bool:
    """Whether both lines open with the same outline marker (第十条 above 第十条: an amendment's
    old and new wording, which share their sentences on purpose)."""
    return body(line)[1] is not None and line[:body(line)[2]].strip() == other[:body(other)[2]].strip()


def _cut_opening(text: str, below: str) -> bool:
    """Whether ``text`` is the opening of ``below`` letter for letter, marker and all, cut off by an
    ellipsis (a teaser of the paragraph under it, which goes on well past the cut). A heading
    that recurs on purpose is whole; a question whose blank the next line fills ("…标准为每人
    每年……" over "…每人每年380元。", "…也可以选择参加……" over "…参加城乡居民医疗保险。") leaves a
    few words or a figure after it; an article cited in part before its new wording ("…符合下列
    条件……" over "…符合下列条件：…") is cut where its clause ends.

    >>> below = "（五）深化公立医院综合改革。落实《关于加强公立医院运营管理的指导意见》，开展绩效考核。"
    >>> _cut_opening("（五）深化公立医院综合改革。落实《关于加……", below)
    True
    >>> _cut_opening("1.个人缴费标准为每人每年……", "1.个人缴费标准为每人每年380元。")
    False
    """
    cut = _ELLIPSIS_END.search(text)
    if cut is None:
        return False
    head = text[:cut.start()]
    if len(skel(head)) < MIN_LINE or not below.startswith(head) or not is_prose(below):
        return False
    rest = below[len(head):]
    # A figure to fill in, not a figure cut; nor a date cut after its year (于2024年……|6月30日前) or a
    # figure inside a bracket the cut left open (阶段（2021年5月16日至……|8月31日）): a blank stands in a clause.
    blank = (rest[:1].isdigit() and not head[-1:].isdigit() and not (head.endswith("\u5e74") and _DATE_CUT.match(rest))
             and not _left_open(head))
    return len(rest) >= max(MIN_LINE, 0.4 * len(head)) and rest[:1] not in _CLAUSE_CLOSE and not blank


def _left_open(head: str) -> bool:
    """Whether ``head`` opens more brackets than it closes (a cut fell inside one)."""
    opened = head.count(chars.FULLWIDTH_LEFT_PAREN) + head.count("(")
    return opened > head.count(chars.FULLWIDTH_RIGHT_PAREN) + head.count(")")


def teaser_above(doc: list[Line], i: int) -> str | None:
    """Why line ``i`` is a copy of part of the paragraph right under it, or None.

    A pull quote or a summary set above its paragraph: line ``i`` is one sentence (fourteen
    characters or more) that opens the next paragraph, or that the paragraph holds among others
    while the line is set off as a quote (【…】, “…”, ▲…); or the next paragraph's opening cut in
    mid-sentence (twenty or more). Its source stands below, so this line goes. A bare sentence
    line whose words stand inside the next paragraph may be its own paragraph: it stays.

    >>> from cleaner.docmodel import lines
    >>> d = list(lines("标题\\n【加强基层组织领导，压实各方主体责任】\\n全年目标完成。加强基层组织领导，压实各方主体责任。"))
    >>> teaser_above(d, 1)
    'a sentence of the paragraph below set above it'
    """
    text = doc[i].text
    if i + 1 >= len(doc) or not plain(text) or len(pieces(text)) > 1 or _ELLIPSIS_END.search(text):
        return None
    below = doc[i + 1].text
    if not plain(below) or not is_prose(below):
        return None
    s, whole = skel(text), skel(below)
    if len(s) < MIN_SENTENCE or _HAN.subn("", s)[1] < MIN_SENTENCE // 2 or len(whole) < len(s) + 4:
        return None
    parts = [skel(below[a:b]) for a, b in pieces(below)]
    starts = range(len(parts)) if _SET_OFF.search(text) else range(1)
    if len(parts) >= 2 and any(_run_equals(parts, k, s) for k in starts):
        return "a sentence of the paragraph below set above it"
    if len(s) >= 20 and whole.startswith(s) and text.rstrip()[-1:] not in "\u3002\uff01\uff1f\uff1b":
        return "the next paragraph's opening repeated above it, cut"
    return None


def _run_equals(parts: list[str], k: int, s: str) -> bool:
    """Whether sentences ``k``, ``k + 1`` … of ``parts`` (skeletons) join to ``s`` (linear in s)."""
    acc = ""
    for part in parts[k:]:
        acc += part
        if len(acc) >= len(s):
            return acc == s
    return False


def title_in_line(title: str, line: str) -> int | None:
    """The end offset in ``line`` of a copy of ``title`` that opens it, or None.

    >>> title_in_line("关于做好防汛工作的通知", "关于做好防汛工作的通知_通知公告_江岭市人民政府")
    11
    >>> title_in_line("关于做好防汛工作的通知", "关于做好防汛工作的安排") is None
    True
    """
    t = skel(title)
    s, where = skeleton(line)
    if len(t) < MIN_TITLE or not s.startswith(t) or len(s) == len(t):
        return None
    return where[len(t) - 1] + 1


def _named_page(title: str, line: str) -> bool:
    """Whether ``line`` is ``title`` followed by a separator and a short name (a page's <title>).

    >>> _named_page("关于做好防汛工作的通知", "关于做好防汛工作的通知 - 江岭市人民政府门户网站")
    True
    """
    found = title_in_line(title, line)
    if found is None or is_prose(line):
        return False
    rest = line[found:]
    return 0 < len(rest.strip()) <= 40 and not rest[0].isalnum()


def title_again(title: str, line: str) -> bool:
    """Whether ``line`` is the title again (a PDF's running header), punctuation and spacing aside.

    >>> title_again("2003年国务院政府工作报告", "2003年 国务院政府工作报告"), title_again("通知", "通知")
    (True, False)
    """
    t = skel(title)
    return len(t) >= MIN_TITLE and skel(line) == t


def unit_copy(doc: list[Line], i: int, first_prose: int, head_lines: int,
              gone: AbstractSet[int] = frozenset()) -> tuple[int, int, str] | None:
    """(start, end, reason) of a whole unit at line ``i`` that copies the text around it, or None:
    the title with the page's name in the head, the title glued to the first paragraph, the
    title again in the body, a line inside the lines above, a heading's words opening the
    paragraph under it.

    >>> from cleaner.docmodel import lines
    >>> d = list(lines("关于做好防汛工作的通知\\n关于做好防汛工作的通知_通知公告_江岭市人民政府\\n各地要做好防汛。"))
    >>> unit_copy(d, 1, 2, 6)
    (11, 36, "the title repeated with the page's name")
    """
    line, above, title = doc[i], doc[i - 1], doc[0].text
    if i == 1 and _named_page(line.text, title):  # the <title> line above the title
        return above.start, line.start, "the title repeated with the page's name"
    found = title_in_line(title, line.text) if i <= min(first_prose, head_lines) else None
    if found is not None:
        if _named_page(title, line.text):
            return above.end, line.end, "the title repeated with the page's name"
        rest = line.text[found:]
        # a title cited (《…》, “…”) or going on as a clause of the sentence (…的通知，现印发给你们)
        # is the paragraph's own words: only a title glued straight to the text is a copy
        if i == first_prose and not _OPENING.intersection(line.text[:2]) and rest[:1] not in _CLAUSE_GOES_ON:
            return line.start, line.start + len(line.text) - len(rest.lstrip()), "the title repeated, glued to the first paragraph"
    if i > first_prose and not is_prose(line.text) and title_again(title, line.text):
        return above.end, line.end, "the title repeated in the body (a page header)"
    why = line_inside(doc, i, gone) or (teaser_above(doc, i) if i >= first_prose else None)
    if why:
        return above.end, line.end, why
    end = heading_opening(above.text, line.text)
    if end:
        return line.start, line.start + end, "the heading above repeated as the lead-in"
    return None


def broken_tail_copy(line: str, below: str) -> int | None:
    """Where in ``line`` a copy of its last sentence starts when the copy runs on to the whole
    next line (a page break fell inside the repeated sentence), or None.

    >>> broken_tail_copy("甲乙。全年组建家庭医生团队320个。全年组建", "家庭医生团队320个。")
    18
    >>> broken_tail_copy("甲乙。全年组建家庭医生团队320个。", "家庭医生团队320个。") is None
    True
    """
    parts = pieces(line)
    if len(parts) < 2 or not plain(below):
        return None
    (a0, b0), (a1, _) = parts[-2], parts[-1]
    frag = line[a1:]
    if not skel(frag) or frag.rstrip()[-1:] in "\u3002\uff01\uff1f\uff1b":
        return None
    s = skel(body(line[a0:b0])[0] if not a0 else line[a0:b0])
    if len(s) >= MIN_SENTENCE and skel(frag + below) == s:
        return a1
    return None


_CUT = ("...", "\u2026", "\u22ef")  # a teaser cut with an ellipsis is no heading


def heading_opening(heading: str, line: str) -> int | None:
    """The end of a copy of the heading above that opens ``line``, or None.

    A heading rendered twice: its words again as the paragraph's lead-in. The copy is a whole
    unit when a sentence end, a colon, a space or the next level's marker closes it, or when it
    carries the heading's own number; after a comma it is often the author's own restatement
    (工作总结 do it), so it stays.

    >>> heading_opening("（二）加强市场监管", "加强市场监管。各地要……")
    7
    >>> heading_opening("（二）加强市场监管", "加强市场监管，严格执法。") is None
    True
    >>> heading_opening("（二）加强市场监管", "加强市场监管的关键在基层。") is None
    True

    A line that opens with the heading's own number and words, then the next level's marker, is
    the heading rendered twice; so is one without the number, the marker glued on:

    >>> heading_opening("三、2021年工作计划", "三、2021年工作计划（一）加快推进城市更新。")
    11
    >>> heading_opening("一、疫情防控", "一、疫情防控工作取得显著成效（一）严格落实。") is None
    True
    >>> heading_opening("一、2020年工作完成情况", "2020年工作完成情况（一）城市更新有序推进。")
    11
    >>> heading_opening("（二）加强组织领导", "（二）加强组织领导。各单位主要负责人为第一责任人。") is None
    True
    """
    words, level, marker_end = body(heading)
    h = skel(words)
    if level is None or len(h) < 4 or is_prose(heading) or heading.rstrip().endswith(_CUT):
        return None
    _, own_level, own_end = body(line)
    same_marker = own_level == level and skel(line[:own_end]) == skel(heading[:marker_end]) and _LABEL.match(line) is None
    if not (plain(line) or same_marker):
        return None
    start = own_end if same_marker else 0
    s, where = skeleton(line[start:])
    if not s.startswith(h) or len(s) <= len(h):
        return None
    end = start + where[len(h) - 1] + 1
    follows = line[end:end + 1]
    rest = line[end:].lstrip(" \u3000")
    # a bracketed or numbered marker of the next level (（一）, 1.); 一是 also opens sentences
    marker_follows = (rest[:1] in ("\uff08", "(") or rest[:1].isdigit()) and body(rest)[1] is not None
    if same_marker:
        # with its number the line is the heading again only where the next level's marker
        # follows the words (…工作计划（一）加快…): closed by a mark or a gap it is a numbered
        # paragraph of its own (（二）加强领导。各单位…) and the line above, a teaser or a heading
        # cut from it, is the copy; run on into words it may be a longer heading of its own
        if not marker_follows:
            return None
    elif follows in ("\u3002", "\uff1a", ":", "."):
        end += 1
    elif follows not in ("\u3000", " ") and not marker_follows:
        # without its number the copy must be closed: a mark, a gap, or the next level's
        # marker glued on (…工作完成情况（一）城市更新…); glued to words it may be the
        # paragraph's own subject (加强市场监管的关键…)
        return None
    while line[end:end + 1] in ("\u3000", " "):
        end += 1
    return end


def _sentences_around(text: str, start: int) -> tuple[int, str, list[tuple[int, int]], int | None]:
    """(where the line holding offset ``start`` begins, the line, its sentences, the index of the
    one holding ``start`` or None)."""
    top = text.rfind("\n", 0, start) + 1
    bottom = text.find("\n", start)
    line = text[top:bottom if bottom >= 0 else len(text)]
    own = pieces(line)
    return top, line, own, next((n for n, (a, b) in enumerate(own) if a <= start - top < b), None)


def sentence_at(text: str, start: int) -> tuple[int, int]:
    """(start, end) in ``text`` of the sentence of its line that holds offset ``start``."""
    top, _, own, k = _sentences_around(text, start)
    a, b = own[k] if k is not None else (start - top, start - top)
    return top + a, top + b


def heading_copies(text: str, doc: list[Line], marker: regex.Pattern) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of each sentence that repeats the heading of another numbered item
    (the words after its marker, up to its first full stop) inside running text: between two
    sentences of a paragraph, sharing no character pair with them (…（三）推动建筑业转型升级。|提升城市
    精细化管理水平。|培育年产值超10亿元的建筑企业3家… under （四）提升城市精细化管理水平。). An item's
    heading names it once; pasted into another item it stands out of the flow, wherever it comes.

    >>> t = "（一）加强组织领导。各地要压实责任。\\n（二）推动转型升级。强化服务保障。培育骨干企业3家。\\n（三）强化服务保障。做好协调工作。"
    >>> [t[a:b] for a, b in heading_copies(t, non_blank(lines(t)), regex.compile("（[一二三]）"))]
    ['强化服务保障。']
    """
    heads: dict[str, int] = {}
    for line in doc:
        m = marker.match(line.text)
        own = pieces(line.text) if m else []
        head = skel(line.text[m.end():own[0][1]]) if own else ""
        if _HEADING_MIN <= len(head) <= _HEADING_MAX:
            heads.setdefault(head, line.index)
    out = []
    for line in doc:
        for k, (a, b) in enumerate(pieces(line.text)):
            where = heads.get(skel(line.text[a:b]))
            if where is None or where == line.index or k == 0 and marker.match(line.text):
                continue
            if between_sentences(text, line.start + a) and cohesion(text, line.start + a) == 0:
                out.append((line.start + a, line.start + b))
    return out


_HEADING_MIN, _HEADING_MAX = 6, 24  # characters of an item's heading copied (a word or two is no copy)


def between_sentences(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` has a sentence before and after it in its paragraph: only
    there does a lack of shared words say it is out of place (a paragraph's lead or last sentence,
    a one-sentence paragraph, restates or sums up what stands apart from it)."""
    _, line, own, k = _sentences_around(text, start)
    return k is not None and own[k][0] > 0 and bool(line[own[k][1]:].strip())


def regulation(text: str) -> bool:
    """Whether ``text`` is a regulation: made of articles (第N条), or titled as one (…管理办法,
    …条例, …实施细则): its penalty clauses recur on purpose, numbered or not.

    >>> regulation("江城市农村公路管理办法（试行）\\n违反规定的，依法给予处分。"), regulation("2024年工作要点\\n正文。")
    (True, False)
    """
    return len(ARTICLE.findall(text)) >= 2 or _REGULATION_TITLE.match(text) is not None


_REGULATION_TITLE = regex.compile(r"\s*+[^\n]{0,60}?(?:\u529e\u6cd5|\u6761\u4f8b|\u89c4\u5b9a|\u7ec6\u5219|\u89c4\u5219|\u7ae0\u7a0b|\u51c6\u5219)"
                                  r"(?:[(\uff08]\u8bd5\u884c[)\uff09])?[ \t\u3000]*+(?:\n|\Z)")


def cohesion(text: str, start: int) -> int:
    """How many character pairs the sentence of ``text`` starting at ``start`` shares with the
    sentences on either side of it in its paragraph: a sentence in its own place picks up the
    words of its neighbours (国有企业…改革 beside 国有大中型骨干企业), one pasted into another
    paragraph shares few."""
    _, line, own, k = _sentences_around(text, start)
    if k is None:
        return 0
    mine = _pairs(line[own[k][0]:own[k][1]])
    around = set().union(*(_pairs(line[a:b]) for a, b in own[max(0, k - _REACH):k] + own[k + 1:k + 1 + _REACH]))
    return len(mine & around)


_REACH = 2  # sentences on either side whose words a sentence in its place shares


def _pairs(s: str) -> set[str]:
    sk = skel(s)
    return {sk[n:n + 2] for n in range(len(sk) - 1)}
