"""Paragraph copies for rules/dup.py (drop_repeated_paragraphs): a line that repeats the lines above it.

Each finder looks at line ``i`` of a document's non-blank lines and the few right above it:
two or three lines rendered twice, a paragraph again on the next line or a few paragraphs on
(in the other width, its outline marker restyled or dropped), the paragraph above hard-wrapped
over two lines, its last sentence standing again as a line or opening the next paragraph, a
page-break overlap. Nothing here changes text: a finder answers how many lines go and why (or
the edit of a part of a line), and the rule yields it.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner import chars
from cleaner import dupcues as cues
from cleaner.docmodel import Line, is_prose, size
from cleaner.outline import PARENT, read_marker
from cleaner.types import Edit

# Pieces end after each run of sentence ends (linear; a find-all of "[^。]+。" is quadratic on
# long lines, and a zero-width split tests a look-behind at every position).
# An ASCII full stop right after a Han character ends a sentence too (a copy in the other
# width: "加强领导,压实责任."); after a digit it is a decimal point.
_SENTENCE_END_RUN = regex.compile(r"[\u3002\uff01\uff1f]++|(?<=\p{Han})\.(?![0-9])")


MARKER = regex.compile(
    r"^(?:[一二三四五六七八九十百]+\u3001|[(\uff08][一二三四五六七八九十百\d]+[)\uff09]|\d{1,2}[.\uff0e]|[一二三四五六七八九十]+是"
    r"|第[一二三四五六七八九十百零〇\d]+[条章节]\s*+)"
)
_FIRST_MARKER = regex.compile(r"^(?:一\u3001|[(\uff08][一1][)\uff09]|1[.\uff0e\u3001]|一是|第一[条章节])")
MIN_PARAGRAPH = 20
_MIN_COPIED_SENTENCE = 10  # a copied last sentence: long enough not to be a slogan
FAR = 7  # lines: a copy further on is flagged, not removed
_MIN_OVERLAP = 8  # characters of a page-break overlap
_STOPS = frozenset("\u3002\uff01\uff1f\uff1b.;!?")


def body_copy(doc: list[Line], i: int, first: int | None) -> tuple[int, str] | None:
    """Line ``i`` repeats line ``first`` with its outline marker restyled or dropped, or further on.

    Next line: a sentence of ten characters or more (or a restyled heading). Up to seven lines
    on, with no heading of a parent level between (a new section may restart a list): a
    numbered item with its very number (a list never holds one number twice; bare headings
    that follow each other may be a contents list and stay); one paragraph on, a paragraph
    that ``_repeatable_paragraph`` accepts; two to six on, a long one with plain prose between.
    """
    if first is None or i - first > FAR:
        return None
    (copy, level, _), (orig, level0, _) = cues.body(doc[i].text), cues.body(doc[first].text)
    between = doc[first + 1:i]
    if not between:
        if (size(copy) >= _MIN_COPIED_SENTENCE and is_prose(copy) and is_prose(orig)) or (
                level and level0 and size(copy) >= 6):
            return 1, "paragraph repeated on the next line, its outline marker restyled or dropped"
        if level0 and not level and _bare_heading(orig) and size(copy) >= _MIN_HEADING_ECHO:
            # a heading's words again under it, alone on their line: the page rendered its
            # anchor text twice (no paragraph opens by restating its whole heading as a line)
            return 1, "heading repeated on the next line without its outline marker"
        return None
    levels = [cues.body(line.text)[1] for line in between]
    own = level0 or level  # the copy's marker may be restyled: the first one's level counts
    if own and any(other in PARENT[own] for other in levels if other):
        return None  # a heading of a parent level between: a list may restart under it
    if own and own == level and size(copy) >= _MIN_COPIED_SENTENCE and cues.key(doc[i].text) == cues.key(doc[first].text) and (
            is_prose(copy) or cues.body(between[0].text)[1] != own):  # a run of bare headings may be a contents list
        return 1, f"numbered item repeated {len(between)} paragraphs after itself, its number out of sequence"
    if not (_repeatable_paragraph(doc[first].text) and is_prose(copy)):
        return None
    if len(between) == 1 and is_prose(between[0].text):
        return 1, "paragraph repeated one paragraph after itself, its outline marker restyled or dropped"
    if all(_plain(line.text) for line in between) and size(copy) >= (30 if len(between) <= 3 else 40):
        return 1, f"paragraph repeated {len(between)} paragraphs after itself"
    return None


_MIN_HEADING_ECHO = 4


def _bare_heading(body: str) -> bool:
    """A heading's words: one phrase, no comma or inner sentence end (强化督查考核, 加强组织领导。)."""
    inner = cues.key(body).rstrip(cues.CLOSING)
    return bool(inner) and not any(c in inner for c in "\uff0c\u3002\uff1b\uff01\uff1f")


def numbered_below(doc: list[Line], i: int) -> bool:
    """Line ``i`` is the bare prose line above it again, with an outline marker of its own."""
    (copy, level, _), (orig, level0, _) = cues.body(doc[i].text), cues.body(doc[i - 1].text)
    return level is not None and level0 is None and size(orig) >= _MIN_COPIED_SENTENCE and is_prose(orig) \
        and cues.core(copy) == cues.core(orig)


def tail_overlap(doc: list[Line], i: int) -> Edit | None:
    """Line ``i`` opens with the tail of the line above (a page-break overlap of a PDF or a scrape).

    The repeated end is eight characters or more, it is not the whole line above, the line
    goes on after it, and it closes on a sentence end (or the line above was cut mid-sentence).
    The line above is running text: a metadata row ending in the publisher's name, above a
    title that opens with that name, is no page break.
    """
    if not i:
        return None
    above, below = doc[i - 1].text, doc[i].text
    if not is_prose(above):  # an overlap happens in running text: a table row or a byline ending in a name is no page
        return None
    for at in sorted({0, cues.body(below)[2]}):
        k = cues.overlap(above, below[at:])
        copy = below[at:at + k]
        if size(copy) < _MIN_OVERLAP or size(above) - size(copy) < 4 or size(below) - at - k < 4:
            continue
        if cues.fold1(copy.rstrip())[-1:] in _STOPS or cues.fold1(above.rstrip())[-1:] not in _STOPS:
            if at and _lead_sentence(copy) and _whole_last_sentence(above, copy):
                # a numbered heading's own words (五、提升服务水平。一是…) glued to the end of the
                # paragraph above as a sentence of its own: the heading keeps them
                return _glued_lead(doc, i, copy)
            start = doc[i].start + at
            return Edit(start, start + k, copy, "", "the previous paragraph's last words repeated at this one's start")
    return None


def _glued_lead(doc: list[Line], i: int, lead: str) -> Edit:
    """Remove ``lead``, the opening sentence of line ``i``, from the end of the line above, with
    the spaces that glued it on."""
    above, end = doc[i - 1].text, doc[i - 1].end
    start = end - len(lead)
    while start > doc[i - 1].start and above[start - doc[i - 1].start - 1] in " \u3000":
        start -= 1
    return Edit(start, end, above[start - doc[i - 1].start:], "", "the next paragraph's opening sentence glued to this one's end")


def _whole_last_sentence(above: str, copy: str) -> bool:
    """``copy`` ends ``above`` as a sentence of its own (a sentence end, maybe a space, before it)."""
    rest = above[:len(above) - len(copy)].rstrip(" \u3000")
    return above.endswith(copy) and cues.fold1(rest)[-1:] in _STOPS


def block_copy(doc: list[Line], keys: list[str], i: int) -> tuple[int, str] | None:
    """Lines ``i``… repeat the two or three lines right before them (A B A B)."""
    for n in (3, 2):
        if i >= n and i + n <= len(doc) and keys[i:i + n] == keys[i - n:i] and len(set(keys[i - n:i])) == n:
            block = doc[i - n:i]
            if all(size(line.text) >= 6 for line in block) and sum(is_prose(line.text) for line in block) >= n - 1:
                return n, f"{n} paragraphs repeated right after themselves"
    return None


def line_copy(doc: list[Line], keys: list[str], i: int, first: int | None) -> tuple[int, str] | None:
    """Line ``i`` repeats line ``first`` (one, two, three or four lines up) or the last
    sentence of the line right above it."""
    if first is None:
        return _last_sentence_copy(doc, keys, i)
    body, between = doc[first].text, doc[first + 1:i]
    if not between:
        if size(body) >= 6 and doc[i].start == doc[first].end + 1 and (is_prose(body) or MARKER.match(body) or first == 0):
            return 1, "paragraph repeated on the next line"  # the title too (in another width)
        return None
    if len(between) == 1 and _repeatable_paragraph(body) and (
            is_prose(between[0].text) or (MARKER.match(body) and not _FIRST_MARKER.match(body) and not quoted_again(doc, i)
                                          and not _sibling_sections(doc, first, between[0]))):
        # Text under each of two headings may be parallel structure (the same rule, or a
        # （一） restarting, under 一、 and 二、); an item repeated with a later number is a copy,
        # unless the text quotes it there: after a lead-in (…牵头负责以下任务：), with its note under it
        # (解读：…), or under each of two sibling headings alike (（一）梅山县 3.… （二）白石县 3.…).
        return 1, "paragraph repeated one paragraph after itself"
    if (len(between) == 1 and _plain(body) and _repeatable_paragraph(body) and size(body) >= _ACROSS_HEADING
            and _heading(between[0].text) and not _sibling_sections(doc, first, between[0])):
        # The last paragraph of a section standing again as the first of the next: parallel
        # text under two headings is short or numbered; a long plain paragraph is a paste,
        # unless it opens both sections of sibling headings alike.
        return 1, "paragraph repeated right under the heading after it"
    if len(between) <= 3 and _repeatable_paragraph(body) and size(body) >= 30 and all(_plain(l.text) for l in between):
        return 1, f"paragraph repeated {len(between)} paragraphs after itself"
    if (len(between) <= 3 and _plain(body) and _repeatable_paragraph(body) and size(body) >= _ACROSS_SECTIONS
            and all(_section_line(l.text) for l in between)
            and not _both_open_sections(doc, first, i)):
        # A long plain paragraph is parallel text under two headings only where it opens both
        # sections alike; standing again a few paragraphs on, past a heading, it is a paste.
        return 1, f"paragraph repeated {len(between)} paragraphs after itself, past a heading"
    return None


def quoted_again(doc: list[Line], i: int) -> bool:
    """Whether line ``i`` stands where a text quotes an item again: after a lead-in ending on a colon, or
    over a label line (解读：, 整改情况：, 牵头单位：) that says what it is quoted for."""
    return (doc[i - 1].text.rstrip().endswith((chars.FULLWIDTH_COLON, ":"))
            or i + 1 < len(doc) and _LABEL_OPENING.match(doc[i + 1].text) is not None)


_ACROSS_HEADING = 40  # characters of a paragraph repeated across a heading
_ACROSS_SECTIONS = 50  # characters of a paragraph repeated two or three paragraphs on, past a heading


def _section_heading(body: str) -> bool:
    """A heading line, numbered or not: short, no sentence in it."""
    return size(body) <= 40 and not is_prose(body)


def _section_line(body: str) -> bool:
    """A line of running text or structure: prose (numbered or not, no label opening it) or a heading."""
    return (is_prose(body) and _LABEL_OPENING.match(body) is None) or _section_heading(body)


def _opens_section(body: str) -> bool:
    return MARKER.match(body) is not None or _section_heading(body)


def _both_open_sections(doc: list[Line], first: int, i: int) -> bool:
    """Lines ``first`` and ``i`` each stand right under a heading or a numbered line: parallel
    text that opens (or follows) two items of one list alike. Not so when the first stands under
    the title, or the second under an item of running text (1.梅南高速公路全线建成通车，…。) that
    is not of the first's kind: the text that opens a document, or follows an item of another
    level, pasted. Under two headings of different levels it may be parallel still (一、市级项目
    and （一）申报条件 over one rule), so it stays."""
    if not (first > 0 and _opens_section(doc[first - 1].text) and _opens_section(doc[i - 1].text)):
        return False
    above, below = read_marker(doc[first - 1].text.lstrip()), read_marker(doc[i - 1].text.lstrip())
    alike = (above is None) == (below is None) and (above is None or above[0] == below[0])
    return alike or not (first == 1 or below is not None and is_prose(doc[i - 1].text))


def _sibling_sections(doc: list[Line], first: int, heading: Line) -> bool:
    """Whether line ``first`` opens the section of the heading right above it, and ``heading`` is
    that heading's next sibling: the two paragraphs open two sections of one list alike, as a
    shared finding or rule does (（一）甲公司 经检查，该单位… （二）乙公司 经检查，该单位…). A
    section's last paragraph pasted as the next one's first stands apart from its own heading."""
    below = read_marker(heading.text.lstrip())
    above = read_marker(doc[first - 1].text.lstrip()) if first else None
    return (below is not None and above is not None and below[0] == above[0]
            and None not in (below[2], above[2]) and below[2] == above[2] + 1)


def _heading(body: str) -> bool:
    """A numbered heading line with no sentence in it ("二、主要目标")."""
    return MARKER.match(body) is not None and _section_heading(body)


def split_copy(doc: list[Line], keys: list[str], i: int) -> tuple[int, str] | None:
    """Lines ``i`` and ``i + 1`` are the paragraph above hard-wrapped at a sentence end (a PDF
    converter's second rendering of it)."""
    if not i or i + 1 >= len(doc) or size(doc[i - 1].text) < 30 or keys[i][-1:] not in cues.FULL_END:
        return None
    if keys[i] + keys[i + 1] == keys[i - 1] and _repeatable_paragraph(doc[i - 1].text):
        return 2, "the paragraph above repeated, broken over two lines"
    return None


def _plain(body: str) -> bool:
    """A prose paragraph with no heading marker or label: nothing that restarts a structure."""
    return is_prose(body) and MARKER.match(body) is None and _LABEL_OPENING.match(body) is None


def _sentence_pieces(text: str) -> Iterator[str]:
    """``text`` cut after each run of sentence ends ("甲。乙！？丙" -> 甲。 / 乙！？ / 丙)."""
    pos = 0
    for m in _SENTENCE_END_RUN.finditer(text):
        yield text[pos:m.end()]
        pos = m.end()
    yield text[pos:]


def _last_sentence(body: str) -> str:
    """The last sentence of a paragraph of two or more ("" otherwise)."""
    pieces = [p for p in _sentence_pieces(body) if p.strip()]
    return pieces[-1] if len(pieces) >= 2 and _SENTENCE_END_RUN.search(pieces[-1][-1]) else ""


def _last_sentence_copy(doc: list[Line], keys: list[str], i: int) -> tuple[int, str] | None:
    if not i or size(doc[i].text) < _MIN_COPIED_SENTENCE:
        return None
    above = doc[i - 1].text
    if keys[i] == cues.key(_last_sentence(above)):
        return 1, "the previous paragraph's last sentence repeated as a line"
    tail = cues.key(above)  # or its last sentences: a page-break overlap or a split keeps both
    if len(tail) > len(keys[i]) and tail.endswith(keys[i]) and tail[-len(keys[i]) - 1] in cues.FULL_END \
            and _SENTENCE_END_RUN.search(keys[i][:-1]):
        return 1, "the previous paragraph's last sentences repeated as a line"
    if is_prose(above) and MARKER.match(above) and keys[i] == cues.key(MARKER.sub("", above)):
        return 1, "the numbered paragraph above repeated without its number"
    return None


def joined_copy(doc: list[Line], keys: list[str], i: int) -> tuple[int, str] | None:
    """Line ``i`` is the two lines above it again, joined into one (a reader view or an excerpt
    that flattened the block: "一、工作目标 2024年，全市…" under "一、工作目标" / "2024年，全市…")."""
    if i < 2 or size(doc[i].text) < MIN_PARAGRAPH or not keys[i - 2] or not keys[i - 1]:
        return None
    if keys[i] != keys[i - 2] + keys[i - 1]:
        return None
    return 1, "the two lines above repeated as one line"


# A CMS's summary field printed with its label above the body: 摘要：…, 【内容提要】…, 核心提示：…
_SUMMARY_LABEL = regex.compile(r"\s*+[\[\u3010\u3014(\uff08]?+(?:内容)?+(?:摘要|提要|核心提示|导读|导语)"
                               r"[\]\u3011\u3015)\uff09]?+\s*+[:\uff1a]?+\s*+")


def summary_copy(doc: list[Line], i: int) -> Edit | None:
    """The line above ``i`` is a labelled summary (摘要：…) whose words open line ``i``: the
    summary field printed above the body it was taken from. The labelled line is the copy; the
    body keeps its opening."""
    if i < 2:
        return None
    label = _SUMMARY_LABEL.match(doc[i - 1].text)
    if label is None or not label.group().strip():
        return None
    copy = cues.core(doc[i - 1].text[label.end():])
    below = cues.key(doc[i].text)
    if size(copy) < _MIN_COPIED_SENTENCE or not (below.startswith(copy) or cues.key(cues.body(doc[i].text)[0]).startswith(copy)):
        return None
    return Edit(doc[i - 2].end, doc[i - 1].end, "", "", "a labelled summary repeating the opening of the paragraph below")


def opening_copy(doc: list[Line], i: int) -> Edit | None:
    """Line ``i`` opens (after its marker) with the last sentence of the line above."""
    if not i:
        return None
    above = doc[i - 1].text
    framed = _FRAMED_LINE.match(above)
    if framed:  # a teaser line in brackets (【…】) above the paragraph it repeats: compare its words
        above = framed.group(1)
    tail, least = _last_sentence(above), _MIN_COPIED_SENTENCE
    if not tail and (framed or len(list(_sentence_pieces(above))) == 2 and _SENTENCE_END_RUN.search(above[-1:])):
        # one sentence: a numbered heading restated (its structure is the cue) or a plain paragraph
        tail, least = (MARKER.sub("", above), 6) if MARKER.match(above) else (above, _MIN_COPIED_SENTENCE)
    if size(tail) < least:
        return None
    body = doc[i].text
    marker = MARKER.match(body)
    at = marker.end() if marker else len(body) - len(body.lstrip())
    head = next(_sentence_pieces(body[at:]))
    if framed and cues.core(head) == cues.core(tail) and i >= 2:
        return Edit(doc[i - 2].end, doc[i - 1].end, "", "", "the next paragraph's opening repeated above it, in brackets")
    above_marker = MARKER.match(above)
    if marker and above_marker and above_marker.group().strip() == marker.group().strip() and tail != above \
            and cues.key(head) == cues.key(tail) and head != body[at:]:
        # the numbered paragraph above again, its number with it, glued before the next one
        # (第八条　甲。 / 第八条　甲。第九条　乙): the copy goes with its number
        start = doc[i].start + len(body) - len(body.lstrip())
        return Edit(start, doc[i].start + at + len(head), body[start - doc[i].start:at + len(head)], "",
                    "the numbered paragraph above repeated, its number with it, before the next paragraph")
    if marker and MARKER.match(tail.lstrip()) and cues.key(head) != cues.key(tail):
        # the copy carries the marker too (…增强。三是抓好…。 / 三是抓好…。我们…): compare with it
        at = len(body) - len(body.lstrip())
        head = next(_sentence_pieces(body[at:]))
    if head != body[at:] and cues.key(head) == cues.key(tail):
        if tail == above and MARKER.match(above) is None and i >= 2:
            # a sentence alone on its line above a paragraph that opens with it: the line is
            # the copy (a teaser or summary set above the text), the paragraph keeps its opening
            return Edit(doc[i - 2].end, doc[i - 1].end, "", "", "the next paragraph's opening repeated above it")
        if tail != above and _lead_sentence(tail) and (marker or not MARKER.match(body[at + len(head):].lstrip())):
            # a short lead sentence (no comma) ends the paragraph above and opens this one: it
            # belongs at the head of its own paragraph, the copy is the one glued on above (unless
            # an outline marker follows it: a paragraph opens with its marker, not before it)
            return _glued_lead(doc, i, tail)
        start = doc[i].start + at
        return Edit(start, start + len(head), head, "", "the previous paragraph's last sentence repeated at this one's start")
    return None


# A line that is all one bracketed span: 【…】, 〖…〗, [ … ].
# A teaser is a sentence (a comma in it, fifteen characters or more); a short 【加强组织领导】 is a heading.
_FRAMED_LINE = regex.compile(r"^\s*+[\u3010\u3016\[]((?=[^\n]*?[\uff0c,])[^\u3010\u3011\u3016\u3017\[\]\n]{15,}+)[\u3011\u3017\]]\s*+$")


def _lead_sentence(sentence: str) -> bool:
    """A paragraph's lead: one short sentence with no comma (深化公立医院综合改革。), or one
    that opens with the paragraph's ordinal (三是毫不放松地抓好“三农”工作，…): an ordinal
    counts the paragraphs it opens, it never closes the one before."""
    if _ORDINAL_LEAD.match(sentence.lstrip()):
        return True
    return size(sentence) <= 20 and not any(c in sentence for c in "\uff0c,\u3001\uff1b;\uff1a:")


_ORDINAL_LEAD = regex.compile(r"[一二三四五六七八九十]{1,3}+是(?=\p{Han})")


# "责任单位：" / "牵头部门:" open a label line, which recurs after each task on purpose.
_LABEL_OPENING = regex.compile(r"^\s*+\p{Han}{1,8}[:\uff1a]")  # 答：… answers recur too


def _repeatable_paragraph(body: str) -> bool:
    """A paragraph whose second copy one paragraph on is a rendering fault, not a list."""
    return (size(body) >= MIN_PARAGRAPH and is_prose(body) and _LABEL_OPENING.match(body) is None
            and ("\uff0c" in body or MARKER.match(body) is not None))
