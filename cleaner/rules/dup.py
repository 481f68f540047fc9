"""Repeated sentences and paragraphs: an immediate repeat is removed once, a distant one flagged.

A scraper that stitches a heading to its first sentence, or a CMS that renders a block twice,
leaves "提升基本公共卫生服务能力。提升基本公共卫生服务能力。" behind. Only exact repeats count:
a heading followed by a sentence that merely starts with the same words is not one.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner import chars
from cleaner import dupcopies as copies
from cleaner import dupcues as cues
from cleaner import dupitems as items
from cleaner import dupnear
from cleaner import dupplaces
from cleaner import dupreflow as reflow
from cleaner import dupspans as spans
from cleaner import dupwindows
from cleaner.docmodel import Line, is_prose, lines, non_blank, size
from cleaner.types import Edit, Flag

_MIN_SENTENCE = 4  # characters: "是。是。" is not a repeated sentence worth a change
_HEAD_LINES = 6  # a title copy stands within the first lines (document number, date, addressee between)
_MAX_RUN = 16  # sentences: a CMS renders a whole paragraph twice; the bound keeps the scan linear
_MIN_CLAUSE = 6  # a doubled clause, or a copy with no full stop: "是，是，" may be speech
# A run of four Han characters or more typed twice with nothing between ("全面推进全面推进"):
# reduplication doubles one or two characters (研究研究, 一步一步), and three-character runs
# meet in real text (a name and a father's name that lost their ·: 吐尔逊吐尔逊), so four is
# the floor; a run that is itself a repeated unit (加油加油加油加油) is a chant, not a stutter.
_DOUBLED_RUN = regex.compile(f"({chars.HAN}{{4,16}}?)\\1")


def drop_repeated_sentences(text: str) -> Iterator[Edit]:
    """A sentence (or a run of two or three, or a clause) repeated right after itself is removed once.

    The copy is compared by its key (widths, spaces and its closing mark folded: a copy that
    ends on "；" or loses its "。" at the line end is the same sentence); it may follow its own
    heading ("（七）甲。甲。"), stand three times, be glued on with no sentence end ("甲甲。"),
    or be broken over a line. A clause doubled inside a sentence ("甲，甲，乙。") goes too
    when it is six characters or more; shorter doublings ("是，是，") may be speech.

    >>> [e.old for e in drop_repeated_sentences("（七）提升基本公共卫生服务能力。提升基本公共卫生服务能力。将基本公共卫生纳入考核。")]
    ['提升基本公共卫生服务能力。']
    >>> list(drop_repeated_sentences("（七）提升服务能力。提升服务能力的关键在基层。"))
    []
    >>> [e.old for e in drop_repeated_sentences("加强领导，压实责任。 加强领导,压实责任；其他。")]
    [' 加强领导,压实责任；']
    >>> [e.old for e in drop_repeated_sentences("为此，加强组织领导，加强组织领导，压实责任。")]
    ['加强组织领导，']
    """
    doc = lines(text)
    marks = cues.page_marks(text)
    for line in doc:
        yield from _line_repeats(line, marks)
    for above, below in zip(doc, doc[1:]):
        edit = _broken_copy(text, above, below)
        if edit:
            yield edit


def _key_past_page(piece: str, kept: list[tuple[int, int, str]], opening: str, marks: cues.PageMarks) -> str:
    """The key of a sentence after the first of a line: past a page number that opens it when
    what follows is a sentence kept before it in the line (a copy across a page join, 甲。[2]甲。);
    a sentence whose page-like number is its own (a note's, a share's) keeps it."""
    mark = cues.page_mark(piece)
    if mark is not None and marks.allowed(mark[0]):
        key = cues.key(mark[1])
        if key == opening or any(k == key for _, _, k in kept):
            return key
    return cues.key(cues.past_page_number(piece))


def _line_repeats(line: Line, marks: cues.PageMarks) -> Iterator[Edit]:
    kept: list[tuple[int, int, str]] = []  # (start, end, key) of the sentences kept so far
    opening = ""  # the line's first sentence with its outline marker: a copy of the whole line keeps it
    for a, b in cues.pieces(line.text):
        piece = line.text[a:b]
        if not piece.strip():
            continue
        # the line's first sentence is compared without its outline marker
        if not kept:
            opening = cues.key(piece)
        kept.append((a, b, cues.key(cues.body(piece)[0]) if not kept else _key_past_page(piece, kept, opening, marks)))
        n = _repeated_run(line.text, kept, opening)
        if n:
            start = kept[-n][0]
            yield Edit(line.start + start, line.start + b, line.text[start:b], "",
                       "sentence repeated right after itself" if n == 1 else f"{n} sentences repeated right after themselves")
            del kept[-n:]
            continue
        yield from _inner_repeats(line, a, piece)


def _repeated_run(text: str, kept: list[tuple[int, int, str]], opening: str = "") -> int:
    """n when the last n sentences kept repeat the n before them (n up to _MAX_RUN), else 0.

    A run that starts the line may be copied with the line's outline marker ("（一）甲。乙。（一）甲。乙。").
    """
    for n in range(1, _MAX_RUN + 1):
        if len(kept) < 2 * n:
            break
        copy, first = kept[-n:], kept[-2 * n:-n]
        copied = "".join(k for _, _, k in copy).rstrip(cues.CLOSING)
        if copied != "".join(k for _, _, k in first).rstrip(cues.CLOSING) and not (
                len(kept) == 2 * n and copied == (opening + "".join(k for _, _, k in first[1:])).rstrip(cues.CLOSING)):
            continue
        body = text[copy[0][0]:copy[-1][1]]
        least = _MIN_SENTENCE if body.rstrip()[-1:] in cues.FULL_END else _MIN_CLAUSE
        if size(body) >= least:
            return n
    return 0


def _inner_repeats(line: Line, a: int, piece: str) -> Iterator[Edit]:
    """A sentence written twice with no end between, or a clause doubled inside it."""
    copy = cues.doubled(piece)
    if copy:
        half, end = copy
        yield Edit(line.start + a + half, line.start + a + end, piece[half:end], "",
                   "sentence written twice with no end between")
        return
    doubled = _doubled_run(piece)
    if doubled:
        s, e = doubled
        yield Edit(line.start + a + s, line.start + a + e, piece[s:e], "", "run of characters typed twice or more with nothing between")
        return
    parts = cues.clauses(piece)
    for (s1, e1), (s2, e2) in zip(parts, parts[1:]):
        first, second = piece[s1:e1], piece[s2:e2]
        if size(first) >= _MIN_CLAUSE and cues.core(first) == cues.core(second) and cues.key(first)[-1:] == "\uff0c":
            s, e = (s2, e2) if cues.key(second)[-1:] == "\uff0c" else (s1, e1)  # the copy that keeps the sentence end
            yield Edit(line.start + a + s, line.start + a + e, piece[s:e], "", "clause repeated right after itself")
            return


def _doubled_run(piece: str) -> tuple[int, int] | None:
    """The span of the copies after the first of a run of four Han characters or more typed
    twice or more in ``piece`` (all of them at once: one per cleaning round left copies behind).

    >>> _doubled_run("各地要全面推进全面推进乡村振兴。"), _doubled_run("齐声高喊加油加油加油加油，吐尔逊吐尔逊同志。")
    ((7, 11), None)
    >>> _doubled_run("0一一一丁一一一丁一一一丁一一一丁")
    (5, 17)
    """
    for m in _DOUBLED_RUN.finditer(piece):
        run = m.group(1)
        if not _periodic(run):  # not one character or one word over and over
            end = m.end()
            while piece.startswith(run, end):
                end += len(run)
            return m.start() + len(run), end
    return None


def _periodic(run: str) -> bool:
    """True when ``run`` is a shorter unit repeated ("加油加油", "好好好好")."""
    return (run + run).find(run, 1) < len(run)


def _broken_copy(text: str, above: Line, below: Line) -> Edit | None:
    """A sentence repeated right after itself whose copy is broken over a line end."""
    parts = cues.pieces(above.text)
    if len(parts) < 2 or above.text.rstrip()[-1:] in "\u3002\uff01\uff1f\uff1b" or not below.text.strip():
        return None
    (a0, b0), (a1, b1) = parts[-2], parts[-1]
    head = cues.pieces(below.text)[0]
    copy = above.text[a1:] + below.text[:head[1]]
    if size(copy) >= _MIN_CLAUSE and cues.core(copy) == cues.core(above.text[a0:b0]) and head[1] < len(below.text):
        start, end = above.start + a1, below.start + head[1]
        return Edit(start, end, text[start:end], "", "sentence repeated right after itself, broken over a line")
    return None


def drop_repeated_paragraphs(text: str) -> Iterator[Edit]:
    """A paragraph (or a run of two or three) rendered twice close together is removed once.

    A CMS that renders a block twice leaves the copy right after it or a few paragraphs on,
    sometimes in the other punctuation width. The further the copy, the more must agree:
    on the next line any prose or numbered paragraph (a table's equal cells stay); one
    paragraph on, a sentence-length prose paragraph with prose between (a label line
    "责任单位：市卫健委", "答：可以…", or a paragraph under each of two headings recurs
    legitimately); two or three on, the same with only plain prose paragraphs between.
    A paragraph's last sentence standing again as the next line, or opening the next
    paragraph, is a copy too (a scraper that splits a paragraph keeps both halves); but a
    sentence alone on its line above the paragraph it opens, a short lead sentence glued to the
    end of the paragraph before, or a bare line above its own numbered line is the copy there.

    >>> [e.old for e in drop_repeated_paragraphs("今天新增确诊病例0例。\\n今天新增确诊病例0例。\\n其他。")]
    ['\\n今天新增确诊病例0例。']
    >>> [e.old for e in drop_repeated_paragraphs("加强领导，压实责任，确保各项工作落到实处。\\n其他。\\n加强领导，压实责任，确保各项工作落到实处。")]
    ['\\n加强领导，压实责任，确保各项工作落到实处。']
    >>> list(drop_repeated_paragraphs("责任单位：市卫健委、市财政局、市发展改革委。\\n（二）任务。\\n责任单位：市卫健委、市财政局、市发展改革委。"))
    []
    """
    doc = non_blank(lines(text))
    marks = cues.page_marks(text)
    keys = _keys_past_pages(doc, marks)
    page_lines = cues.lone_page_lines([line.text for line in doc], marks)
    bodies = [cues.core(cues.body(line.text)[0]) for line in doc]  # marker and closing mark left out
    mark = items.marks(doc)
    last: dict[str, int] = {}  # key -> the latest line holding it (copies removed are not kept)
    last_body: dict[str, int] = {}
    taken = 0  # end of the last edit: an edit on the line above must not overlap it
    i = 0
    while i < len(doc):
        found = (copies.block_copy(doc, keys, i) or copies.split_copy(doc, keys, i) or copies.joined_copy(doc, keys, i)
                 or copies.line_copy(doc, keys, i, last.get(keys[i]))
                 or items.opening_again(doc, keys, i, mark)
                 or dupplaces.title_copy(doc, keys, i, _HEAD_LINES) or dupplaces.running_header(doc, keys, i, _HEAD_LINES)
                 or dupplaces.signature_copy(doc, keys, i) or reflow.reflowed_copy(doc, i)
                 or reflow.appended_after_date(doc, i))
        above = last_body.get(bodies[i])
        if not found and above == i - 1 and i >= 2 and doc[i - 2].end >= taken and copies.numbered_below(doc, i):
            # the same paragraph without and then with its number: the numbered one is the
            # outline's own line, the bare one above it the copy
            yield Edit(doc[i - 2].end, doc[i - 1].end, text[doc[i - 2].end:doc[i - 1].end], "",
                       "the numbered paragraph below repeated above it without its number")
            taken = doc[i - 1].end
        elif not found:
            found = copies.body_copy(doc, i, above) or items.out_of_turn(doc, keys, i, mark)
        if found:
            n, reason = found
            start = doc[i - 1].end
            if _across_page_number(doc, keys, i, n, taken, page_lines):  # the page number the copy restarted after goes with it
                start, reason = doc[i - 2].end, reason + ", after the page number where the page broke"
            yield Edit(start, doc[i + n - 1].end, text[start:doc[i + n - 1].end], "", reason)
            taken = doc[i + n - 1].end
            i += n
            continue
        opening = (copies.summary_copy(doc, i) or dupplaces.sealed_signature_copy(doc, i) or copies.opening_copy(doc, i)
                   or copies.tail_overlap(doc, i))
        if opening and opening.start >= taken:
            yield Edit(opening.start, opening.end, text[opening.start:opening.end], "", opening.reason)
            taken = opening.end
        last[keys[i]] = i
        last_body[bodies[i]] = i
        i += 1


def _keys_past_pages(doc: list[Line], marks: cues.PageMarks) -> list[str]:
    """Each line's key, past a page number between dashes it opens with; past a bracketed number
    or a page count ([2], 【2】, 2/3) only where what follows repeats a line above that opens with
    no such number: the copy after a page join. A list whose lines all open so (notes [1] [2],
    a log 3/15 3/22, shares 1/2 2/3) keeps its numbers in its keys, so its lines stay apart."""
    keys, plain = [], set()
    for line in doc:
        mark = cues.page_mark(line.text)
        key = cues.key(cues.past_page_number(line.text))
        if mark is None:
            plain.add(key)
        elif cues.key(mark[1]) in plain and marks.allowed(mark[0]):
            key = cues.key(mark[1])
        keys.append(key)
    return keys


def _across_page_number(doc: list[Line], keys: list[str], i: int, n: int, taken: int, page_lines: set[int]) -> bool:
    """The ``n`` lines copied at ``i`` repeat the ``n`` lines right above a line that is a page
    number and nothing else (a print view's page join): that line is the join's, not the text's."""
    return (i - 1 - n >= 0 and doc[i - 2].end >= taken and i - 1 in page_lines
            and keys[i - 1 - n:i - 1] == keys[i:i + n])


def flag_distant_repeats(text: str) -> Iterator[Flag]:
    """A paragraph that stands again further down is flagged (a reviewer decides), not removed.

    A numbered item that recurs under another heading is a parallel list ("1.市属医院…"
    under both （一） and （二）), not a copy: it is left alone.

    >>> [f.reason for f in flag_distant_repeats("加强领导，压实责任，确保各项工作落到实处。\\n其他。\\n另一段。\\n加强领导，压实责任，确保各项工作落到实处。")]
    ['paragraph repeats line 1 of the clean text']
    >>> list(flag_distant_repeats("（一）甲类：\\n1.市属二级及以上医疗机构（每家限报2个项目）；\\n（二）乙类：\\n1. 市属二级及以上医疗机构（每家限报2个项目）；"))
    []
    """
    seen: dict[str, tuple[int, int]] = {}  # key -> (line index, headings before it)
    headings = 0
    for line in lines(text):
        body = line.text
        if _is_heading(body):
            headings += 1
        if size(body) < copies.MIN_PARAGRAPH or not is_prose(body):
            continue
        key = cues.key(body)  # a copy in the other width is a repeat too
        if key in seen and seen[key][0] < line.index - 1 and not (copies.MARKER.match(body) and seen[key][1] < headings):
            yield Flag(line.start, line.end, f"paragraph repeats line {seen[key][0] + 1} of the clean text")
        seen.setdefault(key, (line.index, headings))


def _is_heading(body: str) -> bool:
    """A heading line: short, and no sentence (or a lead-in ending on a colon)."""
    body = body.strip()
    return 0 < size(body) <= 40 and (not is_prose(body) or body.endswith(("\uff1a", ":")))


def drop_skeleton_copies(text: str) -> Iterator[Edit | Flag]:
    """A copy whose words equal a whole unit of the text around it goes, whatever its cut or marks.

    The comparison is on the skeleton (Han, digits, letters: cleaner.dupspans), so a copy with
    its punctuation dropped, spaced out, hard-wrapped, bracketed, cut at either end or
    straddling a paragraph break is found the same way: a plain line inside the lines above
    it, a sentence equal to one a few lines up, the title opening a head line or the first
    paragraph, a heading's words opening the paragraph under it. Headings, list items and
    label lines never count as copies (they recur on purpose).

    Of two equal units the copy is the one outside the flow (a line of its own, a quote set off
    or a cut teaser above the paragraph that holds it): that one goes, whichever comes first. A
    sentence that stands inside two paragraphs (plain or numbered items) shows no such place: the
    copy its neighbours disown goes (_pasted_of_two), else both are flagged, neither removed.
    A line removed as a copy is no source for the lines after it.

    >>> [e.old for e in drop_skeleton_copies("标题\\n加强领导，压实责任，确保落实。\\n加强领导 压实责任 确保落实")]
    ['\\n加强领导 压实责任 确保落实']
    >>> list(drop_skeleton_copies("标题\\n1.排查整治。完成时限：2024年6月底前。\\n2.建立台账。完成时限：2024年6月底前。"))
    []
    """
    doc = non_blank(lines(text))
    first_prose = next((i for i, line in enumerate(doc) if is_prose(line.text)), len(doc))
    page_lines = cues.lone_page_lines([line.text for line in doc], cues.page_marks(text))
    skip = 0
    gone: set[int] = set()  # lines removed as copies: no source for a later line
    for i in range(1, len(doc)):
        line = doc[i]
        found = spans.unit_copy(doc, i, first_prose, _HEAD_LINES, gone) if i >= skip else None
        if found:
            start, end, reason = found
            if start == doc[i - 1].end and end == line.end and i >= 2 and i - 1 in page_lines \
                    and spans.skel(doc[i - 2].text) == spans.skel(line.text):  # the page join's number goes with it
                start, reason = doc[i - 2].end, reason + ", after the page number where the page broke"
            yield Edit(start, end, text[start:end], "", reason)
            if end - start >= len(line.text):
                gone.add(i)
            continue
        for a, b, source in spans.sentence_copies(doc, i, gone) if i >= skip else ():
            if b - a < len(line.text):
                if source is None:
                    yield Edit(line.start + a, line.start + b, line.text[a:b], "", "a sentence of the lines above pasted again")
                else:  # both copies inside running text, numbered or not: the one its neighbours disown was pasted
                    yield _pasted_of_two(text, source, line.start + a, line.start + b)
        cut = spans.broken_tail_copy(line.text, doc[i + 1].text) if i + 1 < len(doc) and i >= skip else None
        if cut is not None:
            start = line.start + cut
            yield Edit(start, doc[i + 1].end, text[start:doc[i + 1].end], "", "the last sentence repeated, broken over a line")
            skip = i + 2
    for start, end in spans.heading_copies(text, doc, copies.MARKER):
        yield Edit(start, end, text[start:end], "", "the heading of another item pasted between two sentences of this "
                                                     "paragraph: it shares no words with the sentences around it")


def _pasted_of_two(text: str, first: int, start: int, end: int) -> Edit | Flag:
    """Of a sentence standing twice inside running text (at ``first``, and at ``start:end`` below),
    the copy that shares no character pair with the sentences around it while the other shares
    several goes (spans.cohesion), when it stands between two sentences of its paragraph (a lead or
    a last sentence restates on purpose: a speech's thesis, an open letter's opening line); when
    the two places do not differ so, or the document is a regulation (made of articles, or titled
    办法, 条例, 细则: a 罚则 clause recurs on purpose, with or without its article's number), both
    stay, flagged."""
    if spans.regulation(text):  # a regulation repeats its penalty clauses on purpose, numbered or not
        return Flag(first, end, "a sentence stands twice, at both ends of this span: one is pasted")
    here, there = spans.cohesion(text, start), spans.cohesion(text, first)
    if here == 0 and there >= _COHESIVE and spans.between_sentences(text, start):
        return Edit(start, end, text[start:end], "", f"a sentence of a paragraph above pasted again: it shares no words with "
                                                     f"the sentences around it here, {there} character pairs where it stands first")
    if there == 0 and here >= _COHESIVE and spans.between_sentences(text, first):
        a, b = spans.sentence_at(text, first)
        return Edit(a, b, text[a:b], "", f"a sentence of a paragraph below pasted in above: it shares no words with the "
                                         f"sentences around it here, {here} character pairs where it stands again")
    return Flag(first, end, "a sentence stands twice, at both ends of this span: one is pasted")


_COHESIVE = 3  # character pairs a sentence in its own place shares with its neighbours, at least


def drop_near_copies(text: str) -> Iterator[Edit | Flag]:
    """A sentence or paragraph repeated right after itself with a character lost or changed.

    The two units stand side by side (two sentences of a line, or two prose paragraphs one
    under the other) and their skeletons differ by a few dropped Han characters or by one
    changed Han character, or (two sentences of a paragraph) by one word put in or taken out
    (cleaner.dupnear). A copy that only lost characters goes, whichever comes first, as all its
    words stand in the other; of an editor's revision left beside the old wording (加强… /
    进一步加强…) the later copy goes. A pair with one character changed may be a slip or two
    parallel sentences (出口/进口): it is flagged, unless the document writes both readings
    elsewhere (parallel: left alone) or the slip shows (a particle 的/地/得 retyped, or a reading
    that makes no dictionary word beside one the document writes: cleaner.dupnear), when the copy
    with the slip goes.

    >>> [e.old for e in drop_near_copies("新增城市绿地面积42万平方米，城市污水集中处理率达到96.5%。新增城市绿地面积42万平方米，城市污水集中处率达到96.5%。")]
    ['新增城市绿地面积42万平方米，城市污水集中处率达到96.5%。']
    >>> list(drop_near_copies("第一季度完成投资十二亿元，同比增长百分之十。第二季度完成投资十二亿元，同比增长百分之十。"))
    []
    """
    doc = non_blank(lines(text))
    taken = 0  # end of the last edit: none overlaps another
    for k, line in enumerate(doc):
        units = _sentence_units(line)
        skeletons = [spans.skeleton(text[a:b]) for a, b in units]  # each unit stands in two pairs: read once
        for n, ((a0, b0), (a1, b1)) in enumerate(zip(units, units[1:])):
            found = _near_pair(text, (a0, b0), (a1, b1), taken, skeletons=(skeletons[n], skeletons[n + 1]))
            if found:
                taken = found[0].end
                yield from found
        if k and doc[k - 1].end >= taken and is_prose(doc[k - 1].text) and is_prose(line.text):
            above = doc[k - 1]
            # a whole paragraph copied: the removal takes the line with one of its line breaks
            found = _near_pair(text, (above.start, above.end), (line.start, line.end), taken,
                               ((above.start, line.start), (above.end, line.end)))
            if found:
                taken = found[0].end
                yield from found


def _sentence_units(line: Line) -> list[tuple[int, int]]:
    """Absolute (start, end) of the sentences of ``line``, the first without its outline marker."""
    out = []
    for a, b in cues.pieces(line.text):
        if not out:
            a = cues.body(line.text[a:b])[2] + a
        if line.text[a:b].strip():
            out.append((line.start + a, line.start + b))
    return out


def _near_pair(text: str, first: tuple[int, int], second: tuple[int, int], taken: int,
               cuts: tuple[tuple[int, int], tuple[int, int]] | None = None,
               skeletons: tuple[dupnear.Skeleton, dupnear.Skeleton] | None = None) -> list[Edit | Flag]:
    """The removal of the copy that lost characters, or the flag on a pair with one character
    changed, for two adjacent units that are near copies; or nothing.

    ``cuts`` are the spans removed for the first or the second unit (by default the units)."""
    if first[0] < taken:
        return []
    near = dupnear.compare(text[first[0]:first[1]], text[second[0]:second[1]], text, skeletons, revisions=cuts is None)
    if near is None:
        return []
    if near.kind == "led":
        return [Flag(first[0], second[1], f"a sentence repeated right after itself with {near.detail}{chars.FULLWIDTH_COMMA} put before one copy:"
                                          " one is pasted")]
    if near.kind == "changed":
        attested = f"; the rest of the document writes {near.detail[0]}" if near.shown else ""
        return [Flag(first[0], second[1], f"a sentence repeated right after itself with one character changed ({near.detail}):"
                                          f" a slip or a parallel sentence{attested}")]
    start, end = (cuts or (first, second))[near.remove]
    return [Edit(start, end, text[start:end], "", _near_reason(near))]


def _near_reason(near: dupnear.Near) -> str:
    side = "after" if near.remove else "before"
    if near.kind == "slipped":
        kept, slipped = near.detail.split("\u2192")
        return (f"repeated right {side} itself with one character changed ({near.detail}): "
                + ("a structural particle retyped; the later copy goes" if {kept, slipped} <= dupnear.PARTICLES else
                   f"the copy kept reads a word the document writes elsewhere, the one removed makes no word with {slipped}"))
    if near.kind == "revised":
        return (f"repeated right after itself with the word {near.detail} put in or taken out: an editor's revision"
                " left beside the old wording; the later copy goes")
    return f"repeated right {side} itself with {near.detail} lost: every character of it stands in the copy kept"


def drop_doubled_windows(text: str) -> Iterator[Edit]:
    """A stretch of a line written twice in a row, starting and ending anywhere, is removed once.

    A re-flow or a re-read buffer repeats a window of the line right after itself, cut inside
    words and across sentences (cleaner.dupwindows): twelve characters or more, eight of them
    Han, cut inside a word at either end, and not one unit over and over. A whole unit twice
    (a chant between quotes, two equal banners or cells) is the writer's and stays, unless the
    two copies meet inside a word: then the first lost its end mark and goes. Otherwise the
    second copy goes; removing either gives the same text.

    >>> [e.old for e in drop_doubled_windows("依托劳动保障所，为高校毕业生提供服务，即至少1次政策宣保障所，为高校毕业生提供服务，即至少1次政策宣介。")]
    ['保障所，为高校毕业生提供服务，即至少1次政策宣']
    """
    for line in lines(text):
        for start, end, why in dupwindows.doubled_windows(line.text):
            yield Edit(line.start + start, line.start + end, line.text[start:end], "", _WINDOW_REASONS[why] % (end - start))


_WINDOW_REASONS = {
    "cut inside words": "a stretch of %d characters written twice in a row (a line re-flowed or re-read)",
    "lost its end mark": "%d characters written twice in a row, the first copy run into the second without its end mark (a paste)",
}
