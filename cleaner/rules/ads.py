"""Injected advertisements, found by independent cues that agree, not by a phrase list.

Spam injectors add paid-writing offers (代写材料 微信：…), template sites' repost notes
(本文由XX范文网整理), official-account promotions (关注公众号…回复“总结”获取全文) and the like
to scraped government pages: on a line of their own, in brackets of any type spliced into a
sentence, or glued after a paragraph's last sentence. The rules cut the text into those
segments (a line, a bracketed span, a sentence of a paragraph or its tail) and let
:mod:`cleaner.adcues` weigh each: an offer, a contact in any spelling, template-site
vocabulary, a repost or copyright note must agree, with the segment's position as one more,
weak cue; protective cues (words against ads, the publisher's own name, a notice's own
contact block) veto. Each removal's reason names the cues. It works on a single document.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Callable, Iterator

import regex

from cleaner import adblocks, adcells, adcues, adforeign, adfront, adpairs, adregister, adsplice, adstarts, chars, hardwrap
from cleaner.adcues import Scan, has_words
from cleaner.docmodel import Line, drop_line, lines, size
from cleaner.textutil import han_count, is_han
from cleaner.types import Context, Edit

# Segment limits (characters without spaces): an ad is short; a longer span is content.
_BRACKET_MAX = 100
_SHORT_LINE = 60
_BARE_LINE_MAX = 150
_PIECE_MAX = 80
_WINDOW = 240  # a spliced ad is looked for in windows of this size (an ad is under half of it)
# ( [ { 【 〖 〔 「 『 < 〈 ⟨ ﹝ ⦅ ｟ 〘 〚 (full widths folded): any bracket a CMS or an injector may use.
_OPEN = "(\\[{\u3010\u3016\u3014\u300c\u300e<\u3008\u27e8\ufe5d\u2985\uff5f\u3018\u301a"
_CLOSE = ")\\]}\u3011\u3017\u3015\u300d\u300f>\u3009\u27e9\ufe5e\u2986\uff60\u3019\u301b"
_NOT_BRACKET = rf"[^{_OPEN}{_CLOSE}\n]"
# A bracketed span of any type (the closer need not match the opener), one level of nesting.
_BRACKET = regex.compile(
    rf"[{_OPEN}]{_NOT_BRACKET}{{0,{_BRACKET_MAX}}}+"
    rf"(?:[{_OPEN}]{_NOT_BRACKET}{{0,{_BRACKET_MAX}}}+[{_CLOSE}]{_NOT_BRACKET}{{0,{_BRACKET_MAX}}}+){{0,3}}+"
    rf"[{_CLOSE}]")
_FLAT_BRACKET = regex.compile(rf"[{_OPEN}]{_NOT_BRACKET}{{1,{_BRACKET_MAX}}}+[{_CLOSE}]")
_ANY_BRACKET = regex.compile(rf"[{_OPEN}{_CLOSE}]")
# A bracket with Han characters right on both sides (past blanks): where a bracket splitting a word stands.
_BRACKET_IN_WORDS = regex.compile(rf"\p{{Han}}[ \t\u3000\u00a0]*+[{_OPEN}]{_NOT_BRACKET}{{1,{_BRACKET_MAX}}}+[{_CLOSE}][ \t\u3000\u00a0]*+\p{{Han}}")
# Pieces of a line: sentences and clauses with their end marks, and the tail after the last.
_PIECE = regex.compile(r"[^!?;\u3002\n]++[!?;\u3002]*+|[!?;\u3002]++")
_SENTENCE_MARKS = "!?;\u3002"
_SENTENCE_MARK = regex.compile(f"[{_SENTENCE_MARKS}]")
_PUNCT = frozenset(",;:" + chars.FULLWIDTH_COMMA + chars.IDEOGRAPHIC_COMMA + chars.FULLWIDTH_SEMICOLON
                   + chars.FULLWIDTH_COLON + chars.IDEOGRAPHIC_FULL_STOP)


def _sparing_own_starts(rule: Callable[[str, Context], Iterator[Edit]]) -> Callable[[str, Context], Iterator[Edit]]:
    """Each cut of ``rule`` stops before a line's own start it ran on to (cleaner.adstarts: a
    glued outline marker and its heading, the signature's date, the publisher's name, the words
    glued behind the ad's address) and keeps the half of a word it tore at either end: the ad's
    cues spoke for the words between, never for the document's own."""
    @functools.wraps(rule)
    def sparing(text: str, ctx: Context) -> Iterator[Edit]:
        scan = None
        for edit in rule(text, ctx):
            if edit.new:
                yield edit
                continue
            scan = scan or adcues.scan(text, ctx.corpus)
            yield _spared(text, edit, scan)
    return sparing


def _spared(text: str, edit: Edit, scan: Scan) -> Edit:
    """``edit`` (a removal) without the document's words it ran on to: a line's own start or the
    words glued behind the ad's address, the halves of a word it tore (cleaner.adstarts)."""
    start, end, reason = edit.start, edit.end, edit.reason
    at = _own_start(text, edit, scan)
    if at is not None:
        end, reason = start + at, reason + "; the line's own start after it stays"
    head, tail = adstarts.torn_word_edges(text[start:end], text[max(0, start - 4):start], text[end:end + 4],
                                          lambda seg: scan.has_cue(adcues.fold_width(seg)))
    if head or tail:
        start, end, reason = start + head, end - tail, reason + "; the half of a word it tore stays"
    return edit if (start, end) == (edit.start, edit.end) else Edit(start, end, text[start:end], "", reason)


def _own_start(text: str, edit: Edit, scan: Scan) -> int | None:
    """adstarts.own_start of the removal ``edit``; the line goes on after it unless the cut took its end."""
    line_end = edit.end if edit.old.endswith("\n") else text.find("\n", edit.end)
    goes_on = bool(text[edit.end:line_end if line_end >= 0 else len(text)].strip())
    return adstarts.own_start(edit.old, scan.publishers, scan.title,
                              lambda k: scan.has_cue(scan.folded[edit.start + k:edit.end]), goes_on=goes_on)


@_sparing_own_starts
def drop_front_glued_ads(text: str, ctx: Context) -> Iterator[Edit]:
    """An ad glued in front of a line's own outline marker is cut; the line stays.

    The marker is where the line's own text begins when the outline calls for it there
    (:mod:`cleaner.adfront`); the words before it go when the cues agree on them as on a
    line of their own, the seam being where an ad stands.

    >>> t = "一、总体要求\\n正文。\\n代写各类材料 微信xz8812二、主要任务\\n三、保障措施"
    >>> [e.old for e in drop_front_glued_ads(t, Context())]
    ['代写各类材料 微信xz8812']
    """
    scan = adcues.scan(text, ctx.corpus)
    foreign = _ForeignView(text)
    if not scan.possible and not adforeign.IDENTIFIER.search(foreign.plain):
        return
    front = adfront.outline_of(text)
    all_lines, wrapped = lines(text), hardwrap.wrapped_lines(text)
    for line in all_lines:
        seam = front.seam(line) if front.items else None
        if seam is None:
            if scan.possible and line.index not in wrapped:
                # (an ad's head may stand after the last sentence of the line above, not of a width-broken one)
                above = all_lines[line.index - 1] if line.index and line.index - 1 not in wrapped else None
                yield from _glued_before_sentences(text, scan, line, above)
            continue
        start, end = line.start, line.start + seam
        prefix = scan.folded[start:end]
        if size(prefix) > _FRONT_MAX or _SENTENCE_MARK.search(prefix.rstrip().rstrip(_SENTENCE_MARKS)):
            continue  # sentences, a paragraph run in by a lost line break: the text's own
        # Words before a line's own start may be a clause of the text (读者可登录…下载电子书): where the
        # trades' cues agree, most of the words must still be foreign to the document; without
        # them, beyond the document's own spread (the foreign rule's verdict on a sentence).
        reason = scan.verdict(prefix, _FRONT, whole=True) if scan.may_hold_ad(start, end) else None
        if not (reason and foreign.foreign(start, end)):
            reason = foreign.verdict(start, end, _FRONT, sentence=True)
        if reason:
            yield Edit(start, end, text[start:end], "", reason + "; the line's own text begins at its outline marker")


def _glued_before_sentences(text: str, scan: Scan, line: Line, above: Line | None = None) -> Iterator[Edit]:
    """Ads glued in front of a paragraph, or in front of a sentence after the one before it ended
    (…全面开展。代写…微信:xz01|深化资源税改革。): each sentence start of the line is read as a line's."""
    starts = [line.start] + [m.end() for m in _SENTENCE_MARK.finditer(scan.folded, line.start, line.end)
                             if m.end() < line.end and not scan.folded[m.end()].isspace()]
    for start in starts:
        glued = _glued_before_own_words(scan, start, line.end)
        if glued:
            end, reason = glued
            yield Edit(start, end, text[start:end], "", reason)
            if start == line.start and above is not None:  # its head may stand after the line above's last sentence
                head = _head_above(text, scan, above, scan.folded[start:end])
                if head:
                    yield head


def _glued_before_own_words(scan: Scan, start: int, stop: int) -> tuple[int, str] | None:
    """(end, reason) of an ad glued in front of a paragraph without an outline marker (or of a
    sentence, ``start``): the run of its cues opens it, and the words after it (past an account's
    letters, figures and marks) are the document's own, most of their character pairs written
    elsewhere in it (代写…微信:wx_wenmi2024|我们将坚定不移地贯彻…). Words of the ad's own after its cues
    (…当天交稿, 原创保障) are not the document's: then nothing is cut, the line stays whole."""
    seg = scan.folded[start:stop]
    run = scan.leading_run(seg[:_FRONT_SCAN])
    if run is None:
        return None
    end = run
    while end < len(seg) and not _HAN_OR_STOP.match(seg, end):
        end += 1
    prefix, rest = seg[:end], seg[end:]
    if _LEAD_MARKER.match(rest):
        return None  # a marker: the outline's seam or none (one it does not call for is no evidence)
    if not (prefix[-1:].isspace() or prefix[-1:].isascii() and prefix[-1:].isalnum()):
        return None  # a seam only after a blank or an account: Han words after a quote may be the ad's (…回复“全文”即可查看)
    sentence = _SENTENCE_MARK.search(rest)
    first = rest[:sentence.end() if sentence else len(rest)]
    if size(prefix) > _FRONT_MAX or _BLANK.search(first.strip()) or not scan.owns(first, prefix[-1:], glued=True):
        return None  # long, a blank further on (the ad runs to it: …代写 any 材料  国家…), or not the text's words
    reason = scan.verdict(prefix, _FRONT_WORDS, whole=True) if scan.ad_beyond_address(prefix) else None
    return (start + end, reason + "; the document's own words follow it") if reason else None


_FRONT_SCAN = 60  # characters of a line read for the ad opening it
_BLANK = regex.compile(r"\s")
_HAN_OR_STOP = regex.compile(r"[\p{Han}!?;\u3002]")
_FRONT_WORDS = "glued in front of a paragraph"
_FRONT = "glued in front of a line's own start"
_FRONT_MAX = 32  # characters (without spaces) of an ad glued in front of a line: a slogan and a contact


@_sparing_own_starts
def drop_solicitation_lines(text: str, ctx: Context) -> Iterator[Edit]:
    """A line that is an advertisement is removed whole.

    The line must stand where an ad stands (short, or without sentence punctuation) and its
    cues must agree once any bracketed ad in it is set aside: a sentence that carries a
    bracketed ad keeps its words (:func:`drop_inline_solicitations` cuts the brackets). A copy
    site's note bracketed after a sentence goes alone (:func:`_appended_notes`).

    >>> [e.reason for e in drop_solicitation_lines("正文。\\n本文由好范文网整理，仅供学习参考", Context())]
    ['advertisement: template-site vocabulary + template-site name + repost note + copyright notice (short stand-alone line)']
    >>> list(drop_solicitation_lines("正文。\\n请关注“健康福州”微信公众号，及时了解最新动态", Context()))
    []
    """
    scan = adcues.scan(text, ctx.corpus)
    all_lines = lines(text)
    # Without a trade's cue a line has a verdict of its own only where it stands alone in foreign
    # words; a site's voice or a block of weak lines may still be an ad.
    foreign = _ForeignView(text)
    reasons: list[str | None] = (_trade_reasons(scan, all_lines, foreign) if scan.possible else adpairs.pair_reasons(
        scan, all_lines, [_foreign_line_verdict(scan, line, foreign) for line in all_lines]))
    reasons = _rejoined_reasons(text, ctx, scan, all_lines, reasons)
    quoted = _quoted_lists(scan, all_lines, reasons)  # (before the blocks and halves, and after: they spread reasons)
    reasons = _without(reasons, quoted)
    voice = adblocks.Voice(text)
    reasons = adblocks.block_reasons(voice, all_lines, reasons)
    reasons = _without(adpairs.halves_left(scan, all_lines, reasons), quoted)
    wrapped = hardwrap.wrapped_lines(text)  # a piece of a paragraph broken at a width is no line of its own
    # (the outline is read only for a line to remove, and once per text: adfront.outline_of)
    dropped = [reason if reason and line.index not in wrapped and adfront.outline_of(text).seam(line) is None else None
               for line, reason in zip(all_lines, reasons)]  # a line's own start behind words: the front rule judges them
    yield from _heads_left_above(text, scan, all_lines, dropped, reasons)
    for line, reason in zip(all_lines, reasons):
        reason = None if line.index in wrapped else reason
        if dropped[line.index]:
            yield drop_line(line, reason, text)
        elif line.text.strip():  # a voice in brackets inside a sentence of the text: the brackets alone
            glued = None if line.index in wrapped else voice.glued_promotion(voice.plain[line.start:line.end])
            tail = glued[0] if glued else len(line.text)  # a promotion glued on goes whole, its brackets with it
            found = voice.bracketed_voices(voice.plain[line.start:line.start + tail])
            for start, end, why in found:
                yield _cut(text, line.start + start, line.start + end, why)
            for start, end, why in _appended_notes(voice, foreign, line, tail, found):
                yield _cut(text, start, end, why)
            if glued:
                yield Edit(line.start + glued[0], line.end, text[line.start + glued[0]:line.end], "", glued[1])


def _heads_left_above(text: str, scan: Scan, all_lines: list[Line], dropped: list[str | None],
                      reasons: list[str | None]) -> Iterator[Edit]:
    """The head of an ad that a line break cut from the ad line under it (:func:`_head_above`),
    ``dropped``: the reason of each line removed whole; ``reasons``: of each line found an ad."""
    wrapped = hardwrap.wrapped_lines(text)
    for upper, lower in zip(all_lines, all_lines[1:]):
        if dropped[lower.index] and not reasons[upper.index] and upper.index not in wrapped:
            edit = _head_above(text, scan, upper, scan.folded[lower.start:lower.end])
            # a width-broken paragraph the ad line was put into: without the ad, the upper line runs on
            if edit and upper.index not in hardwrap.wrapped_lines(text[:lower.start] + text[lower.end + 1:]):
                yield edit


def _head_above(text: str, scan: Scan, upper: Line, rest: str) -> Edit | None:
    """The cut of the head of an ad (its rest ``rest``, folded, opening the next line) that a line
    break left glued after the last sentence of the paragraph above (…起落。驾校招生 C1C2学车 /
    包拿证 报名电话：138…), or None. Three cues agree: it stands after the paragraph's last sentence
    with no sentence mark of its own, right above an ad; its words are in an ad's register
    throughout (adregister, learned); and it reads as one ad with its rest. A paragraph's own words
    broken off there (。一年来的成 / 就集中表现在) are in government text's register. (That its words
    occur nowhere else is no cue here: a report's 招生 makes 驾校招生 half its own.)"""
    m = _HEAD_LEFT.search(scan.folded, upper.start, upper.end)
    if m is None or _OUTLINE.match(m.group("head")) or _ANY_BRACKET.search(m.group("head")):
        return None
    head = m.group("head")
    if not adregister.ad_register(head, scan.has_cue) or scan.weak_cues_only(head):
        return None
    reason = scan.verdict(head + rest.strip(), "glued after the last sentence", learned=True)
    if not reason:
        return None
    cut = m.start("blanks")
    return Edit(cut, m.end("head"), text[cut:m.end("head")], "",
                reason + ", its head left after the last sentence of the line above")


# A paragraph's last sentence mark, then blanks and a short piece without one to the line's end.
_HEAD_LEFT = regex.compile(rf"[{_SENTENCE_MARKS}](?P<blanks>[ \t\u3000\u00a0]*+)(?P<head>[^{_SENTENCE_MARKS}\n]{{2,24}}?)[ \t\u3000\u00a0]*+$",
                           regex.MULTILINE)


def _rejoined_reasons(text: str, ctx: Context, scan: Scan, all_lines: list[Line],
                      reasons: list[str | None]) -> list[str | None]:
    """``reasons`` with each line broken in two (adpairs.one_line_broken) judged as the line it
    was: the breaks of such pairs taken out of one copy of the text, and the line they make read
    by :func:`_line_verdict` there, in its document, as any line is (本文由…整理 / ，首发于…网~). The
    pair's two halves go together or stay together; a half that has a verdict of its own keeps
    its pair to the pair reading (adpairs.pair_reasons)."""
    partners = adpairs.broken_partners(scan, all_lines, quotes=True)
    pairs = sorted({upper.index: (upper, lower) for upper, lower in partners.values()}.values(),
                   key=lambda pair: pair[0].index)
    pairs = [(upper, lower) for upper, lower in pairs if not reasons[upper.index] and not reasons[lower.index]]
    if not pairs:
        return reasons
    pieces, at, starts = [], 0, []
    for upper, lower in pairs:
        pieces.append(text[at:upper.end])
        starts.append(sum(map(len, pieces)) - (upper.end - upper.start))
        at = lower.start
    pieces.append(text[at:])
    joined = "".join(pieces)
    # (not the cached adcues.scan: the document's own view stays cached for the rules after this one)
    joined_scan, joined_foreign = adcues.Scan(joined, ctx.corpus), _ForeignView(joined)
    by_start = {line.start: line for line in lines(joined)}
    out = list(reasons)
    for (upper, lower), start in zip(pairs, starts):
        line = by_start.get(start)
        reason = _line_verdict(joined_scan, line, joined_foreign) if line is not None else None
        if reason:
            out[upper.index] = out[lower.index] = reason + ", read as the one line a line break split"
    return out


def _appended_notes(voice: adblocks.Voice, foreign: _ForeignView, line: Line, tail: int,
                    found: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """(start, end, reason) of each bracketed note a copy site appended to a sentence of the text
    (…以内。【本文仅供参考，请勿直接套用】, …阅读。<未完，请点击下一页继续阅读。>): it stands right
    after a sentence's mark, speaks of the page to its reader (adblocks' voice classes), and its
    words occur nowhere else in the document. A notice's own notes there (（此件公开发布）, （完）)
    speak in none of those classes; in round brackets, the notice's own kind, two classes must
    agree (（请关注“江岭发布”公众号）: one)."""
    plain = voice.plain
    for m in _FLAT_BRACKET.finditer(plain, line.start, line.start + tail):
        start, end = m.span()
        if any(s <= start - line.start < e for s, e, _ in found) or not _AFTER_SENTENCE.search(plain, line.start, start):
            continue
        inner = m.group()[1:-1]
        if han_count(inner) < _NOTE_HAN or size(inner) > _NOTE_MAX or voice.vetoed(inner) or _naming_aside(m.group()):
            continue
        classes = [c for c in voice.classes(inner) if c in _NOTE_CLASSES]
        if not classes or m.group()[0] in _ROUND and len(classes) < 2 or not foreign.foreign(start + 1, end - 1):
            continue
        if not plain[end:line.end].strip():  # at the line end: with the blanks that glued it on
            start = line.start + len(plain[line.start:start].rstrip())
        yield start, end, ("advertisement: " + " + ".join(classes)
                           + " + foreign vocabulary (a copy site's note bracketed after a sentence)")


# A sentence's closing mark, then blanks, right before a bracket (width-folded).
_AFTER_SENTENCE = regex.compile(r"[\u3002!?][ \t\u3000\u00a0]*+\Z")
_NOTE_HAN = 4  # Han characters of a note, at the fewest
_NOTE_MAX = 40
_NOTE_CLASSES = frozenset(("reader addressed", "site speaking of itself", "page action", "sale", "paid-reading wall",
                           "writing material"))
_ROUND = "(" + chars.FULLWIDTH_LEFT_PAREN


def _trade_reasons(scan: Scan, all_lines: list[Line], foreign: _ForeignView) -> list[str | None]:
    """Each line's verdict by the trades' cues, a contact continuing an ad line, and the pairs' reasons."""
    reasons: list[str | None] = []
    for line in all_lines:
        reason = _line_verdict(scan, line, foreign)
        if (not reason and reasons and reasons[-1] and size(line.text) <= _SHORT_LINE
                and not _OUTLINE.match(scan.folded, line.start, line.end)):
            reason = scan.continued_contact(scan.folded[line.start:line.end])
        reasons.append(reason)
    return adpairs.pair_reasons(scan, all_lines, reasons)


@_sparing_own_starts
def drop_inline_solicitations(text: str, ctx: Context) -> Iterator[Edit]:
    """An ad inside a line, in brackets or glued to a sentence, is cut out.

    The sentence closes up: no doubled or orphaned punctuation is left behind.

    >>> from cleaner.edits import apply
    >>> t = "全力支援宿州(代写文章:微信:13258028938)、蚌埠等市"
    >>> apply(t, list(drop_inline_solicitations(t, Context())))
    '全力支援宿州、蚌埠等市'
    >>> list(drop_inline_solicitations("请关注“健康福州”微信公众号（微信号：jkfz2021）。", Context()))
    []
    """
    scan = adcues.scan(text, ctx.corpus)
    if not scan.possible and not _BRACKET_IN_WORDS.search(scan.folded):
        return
    foreign = _ForeignView(text)
    for line in lines(text):
        if not (scan.possible and scan.may_hold_ad(line.start, line.end)):
            # no ad-only cue in the line: only a bracket splitting a word may be an ad (its place,
            # its foreign words and two classes of cues agree: _bracket_ads)
            if _BRACKET_IN_WORDS.search(scan.folded, line.start, line.end):
                for start, end, reason in _bracket_ads(scan, line, foreign, spliced_only=True):
                    yield _cut(text, start, end, reason)
            continue
        if foreign.whole_line(line):
            continue  # a line that is an ad whole is the foreign rule's to remove whole
        brackets = _disjoint(list(_bracket_ads(scan, line, foreign)) + list(_delimited_ads(scan, line)))
        # A line of a paragraph broken at a width: its first and last pieces are halves of sentences.
        pieces = ([] if line.index in hardwrap.wrapped_lines(text)
                  else list(_piece_ads(scan, line, [(s, e) for s, e, _ in brackets])))
        spans = [(s, e) for s, e, _ in pieces]
        taken = sorted(spans + [(s, e) for s, e, _ in brackets])
        pieces += _splice_ads(scan, line, taken)
        whole = foreign.rest_of_line(line, pieces + brackets)
        if whole:
            yield drop_line(line, whole, text)
            continue
        for start, end, reason in pieces:
            yield _cut(text, _after_marker(text, line, start, end), end, reason)
        for start, end, reason in brackets:
            if not _overlapping(spans, start, end):  # a bracket inside an ad sentence goes with it
                if not text[end:line.end].strip():  # at the line end: with the spaces that glued it on
                    start = line.start + len(text[line.start:start].rstrip())
                yield _cut(text, start, end, reason)


def _after_marker(text: str, line: Line, start: int, end: int) -> int:
    """Where the cut of an ad opening a line starts: after the line's outline marker when the
    paragraph goes on after the ad ("（八）本文档由用户上传，仅供参考。推进…": the marker is the
    paragraph's, the ad was dropped in behind it)."""
    if start != line.start or not text[end:line.end].strip():
        return start
    marker = _LEAD_MARKER.match(text, start, end)
    return marker.end() if marker else start


_LEAD_MARKER = regex.compile(r"\s*+(?:[一二三四五六七八九十百]++\u3001|[(\uff08][一二三四五六七八九十百\d]++[)\uff09]"
                             r"|\d{1,2}[.\uff0e\u3001](?!\d)|第[一二三四五六七八九十百零〇\d]++[条章节][\u3000 ]*+)")


@_sparing_own_starts
def drop_reader_voice(text: str, ctx: Context) -> Iterator[Edit]:
    """A site's voice to the reader glued at the start or the end of a paragraph is cut out.

    >>> t = "通知\\n各地要加强管理。喜欢的话请点个赞支持一下，您的鼓励是我们更新的动力！"
    >>> [e.old for e in drop_reader_voice(t, Context())]
    ['喜欢的话请点个赞支持一下，您的鼓励是我们更新的动力！']
    """
    voice = adblocks.Voice(text)
    for line in lines(text)[1:]:
        for start, end, reason in adblocks.edge_voices(voice, line):
            yield _cut(text, start, end, reason)


def _delimited_ads(scan: Scan, line: Line) -> Iterator[tuple[int, int, str]]:
    """(start, end, reason) of an ad framed by rules of dashes, or standing in a cell at the
    line's edge that a tab, a pipe or a run of spaces joins to the text: the mark is where the
    ad ends, as a bracket's is, and one more cue; the cell's words must all be the ad's."""
    for cell in adcells.framed(scan.folded, line.start, line.end):
        seg = scan.folded[cell.start:cell.end]
        reason = scan.verdict(seg, "framed by rules", whole=False)
        if reason and scan.ad_beyond_material(seg):
            yield cell.cut_start, cell.cut_end, reason
    for cells in (adcells.trailing_cells(scan.folded, line.start, line.end),
                  adcells.leading_cells(scan.folded, line.start, line.end)[::-1]):
        for cell in cells:  # the widest first: an ad of several cells goes whole
            if size(scan.folded[cell.start:cell.end]) > _PIECE_MAX or not scan.may_hold_ad(cell.start, cell.end):
                continue
            seg = scan.folded[cell.start:cell.end]
            if cell.start == line.start and _opens_item(seg[:max(0, scan.cues_start(seg))]):
                continue  # a leading cell opening an item of the text (（一）开展…专项|材料互助群|…)
            reason = scan.verdict(seg, "cell joined to the text by a tab, pipe or spaces")
            if reason and scan.ad_beyond_material(seg):
                # a cell that closes on the text's own words after the ad's address (…｜代写材料加微信
                # jy2024|，提升课后服务质量。, an ad spliced into a sentence): the cut ends at the address
                closed = _closed_by_contact(scan, cell.start, cell.end)
                if closed < cell.end and _own_tail(scan, scan.folded[closed:cell.end]):
                    yield cell.cut_start, closed, reason
                    break
                if cell.end == line.end and _own_tail(scan, seg[max(0, scan.ad_cues_end(seg)):]):
                    continue  # a trailing cell closing on the text's own sentence (…|群号：…|行动。2024年…)
                yield cell.cut_start, cell.cut_end, reason
                break


def _own_tail(scan: Scan, tail: str) -> bool:
    """Whether ``tail`` (folded), the words of a cell past the ad's address or its last ad-only
    cue, reads as the text's own: a clause of Han words (more than an ad's 欢迎来电咨询, 原创保过)
    whose character pairs the document writes elsewhere."""
    return han_count(tail) > _GLUED_TAIL and scan.own_words(tail, min_pairs=3)


def _opens_item(lead: str) -> bool:
    """Whether ``lead`` (folded), the words of a leading cell before its first cue, open an item
    of the document's outline with its own words, or close a clause of them: an ad does not
    number itself, and its title runs on into its cue (七星区教育局2024年工作要点范文 | …)."""
    marker = _LEAD_MARKER.match(lead)
    if marker is not None and han_count(lead[marker.end():]) >= 2:
        return True
    words = lead.rstrip()
    return han_count(words) >= 2 and words[-1:] in _CLAUSE_ENDS


_CLAUSE_ENDS = frozenset(_SENTENCE_MARKS + ",:")  # a sentence mark, a comma or a colon (folded)
_GLUED_TAIL = 5  # Han characters an ad's closing call (欢迎来电咨询) runs to, at most


def _disjoint(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans in order, each one overlapping an earlier (wider or first) one left out."""
    out: list[tuple[int, int, str]] = []
    for s, e, reason in sorted(spans, key=lambda x: (x[0], -x[1])):
        if out and s < out[-1][1]:
            continue
        out.append((s, e, reason))
    return out


def _line_verdict(scan: Scan, line: Line, foreign: _ForeignView) -> str | None:
    """Why the whole line is an ad, or None."""
    n = size(line.text)
    if n == 0 or n > _BARE_LINE_MAX:
        return None
    if not scan.may_hold_ad(line.start, line.end):
        return _foreign_line_verdict(scan, line, foreign)
    if _OUTLINE.match(scan.folded, line.start, line.end) or adcues.glued_own_text(scan.folded[line.start:line.end]):
        return None  # a heading or a date line with an ad glued on: the inline rule cuts the ad, the line stays
    # (an attachment's label holds no cue of its own: 活动手册（PDF格式，大小：3.2MB）)
    labels = _attachment_labels(scan, line.start, line.end)
    ads = list(_bracket_ads(scan, line, labels=labels))
    masked = _masked(scan, line.start, line.end, sorted([(s, e) for s, e, _ in ads] + labels))
    if ads and not has_words(masked):
        return ads[0][2]  # nothing but the bracketed ad on the line
    pieces = _PIECE.findall(masked)
    if len(pieces) > 1 and (n > _SHORT_LINE or not all(scan.has_cue(p) for p in pieces if has_words(p))):
        return None  # a sentence without a cue is content: the inline rule takes what is an ad
    registered = learned = alone = False
    if _SENTENCE_MARK.search(masked.rstrip()[-1:]):
        # A sentence stands alone by its cues; where its words occur nowhere else in the document
        # it stands where an ad stands, for two cues no government text writes of itself
        # (承接代写心得体会，包写包过！): one such cue is also a notice's own rule or offer
        # (不得请人代笔。 学员可免费领取教材。), and so is a sentence in rare words (公交1路途经本站，请乘客注意安全。);
        # not one in an ad's register throughout (the learned one: 公考辅导名师一对一，面试包过班火热招生中！).
        alone = n <= _SHORT_LINE and not _ANY_BRACKET.search(masked) and foreign.foreign(line.start, line.end)
        two_cues = alone and scan.two_ad_only(masked)
        learned = alone and not two_cues and adregister.ad_register(masked, scan.has_cue)
        position = "short stand-alone sentence, its words foreign to the document" if two_cues or learned else None
    elif n <= _SHORT_LINE:
        # in words government text does not write, where its cues say what it sells (adregister,
        # read throughout by the verdict: …试听课  各位代表！ is two pieces)
        registered = not _ANY_BRACKET.search(masked)
        alone = registered and foreign.foreign(line.start, line.end) and not _among_its_own(scan, line)
        position = "short stand-alone line"
    else:
        position = "line without sentence punctuation"
    if n > _SHORT_LINE and (position is None or _unbalanced(masked)):
        return None  # prose, or a bracket left unpaired: an ad spliced into content
    recurring = line.text.strip() in scan.recurring
    reason = scan.verdict(masked, None if learned else position, recurring=recurring, register=registered,
                          alone=alone)
    if not reason and learned:  # the learned register opened this place: the verdict must read it (欢迎在评论区留言，…吧！)
        reason = scan.verdict(masked, position, recurring=recurring, learned=True,
                              alone=alone and not _among_its_own(scan, line))
        reason = reason if reason and adcues.LEARNED_REGISTER in reason else None
    if not reason and ads and position and scan.has_cue(masked):  # QQ:188…（代写）: the rest is the ad's too
        reason = scan.verdict(scan.folded[line.start:line.end], position, recurring=recurring)
    return reason


def _foreign_line_verdict(scan: Scan, line: Line, foreign: _ForeignView) -> str | None:
    """Why a short line with no ad-only cue is an ad, or None: it stands alone, no heading, no
    bracket (the bracket rule judges those) and no row of a notice's own, its words occur nowhere
    else in the document, and its cues are the trade's (Scan.material_trade: 百套讲话稿素材包，付费9.9元
    即可下载). Where it stands and what it is made of are two cues; what it says gives the rest.
    Any two classes would not do: a notice's own rows are new words too (学生公交月票60元/月，可关注
    “畅行梅城”公众号在线办理)."""
    seg = _unframed(scan.folded[line.start:line.end])
    if not 0 < size(seg) <= _SHORT_LINE or _OUTLINE.match(seg) or _ANY_BRACKET.search(seg) or _NAMED_WORK in seg \
            or _CELL_GAP.search(seg.strip()):
        return None  # (a line naming a work is a notice's link to it: 《…条例》全文下载; a row of cells is a table's)
    # Or a line in words government text does not write whose cues say what it sells (adregister,
    # adcues._what_is_sold); a sentence of a notice's own instructions reads so too (网友可私信回复
    # “路况”查询实时路况。).
    sentence = _SENTENCE_MARK.search(seg.rstrip()[-1:]) is not None
    learned = not sentence and adregister.ad_register(seg, scan.has_cue)
    alien = not sentence and (adregister.foreign_register(seg) or learned)
    traded = not sentence and scan.material_trade(seg)
    if not (alien or traded):
        return None  # a sentence stands alone by two ad-only cues (_line_verdict)
    if adcues.glued_own_text(seg) or adcues.own_or_against(seg, scan.publishers, promised=learned):
        return None  # (a notice's own row: 咨询热线：400…, 联系人：…)
    if not foreign.foreign(line.start, line.end):
        return None
    return scan.verdict(seg, "short stand-alone line, its words foreign to the document", spliced=traded,
                        register=alien, alone=not _among_its_own(scan, line))


def _among_its_own(scan: Scan, line: Line) -> bool:
    """Whether a short line stands where a document quotes or lists lines of its own: the line above
    ends with a colon (…当事人张贴海报： / 新店开业，全场五折), or a neighbour is a short line of the same
    shape (a list of slogans, lures or jobs: 充值100元送20元 / 年卡特惠，仅限今天). An ad dropped into a
    document stands alone between sentences, headings, the title or the signature, or above them all."""
    above = _neighbour(scan.folded, line.start, -1)
    below = _neighbour(scan.folded, line.end, 1)
    if above.rstrip()[-1:] in (":", chars.FULLWIDTH_COLON):
        return True
    # (nothing above: the line opens the document, and the one below is its title)
    return any(_listed_line(scan, n) for n in ((above, below) if above else ()))


def _quoted_lists(scan: Scan, all_lines, reasons: list[str | None]) -> set[int]:
    """The indices of the lines of each list the document introduces with a colon (two or more short
    lines of a list's shape under a line ending with one) that reads as ads in half of its lines or
    more (``reasons``): the document quotes them (以下是诈骗分子常用的原话： / 刷单返利，日赚300元… /
    低息贷款，无需抵押…) or lists its own (本次活动设置以下服务摊位： / 家政保洁、管道疏通…). One ad among the
    document's own items is the odd one out, dropped in (参考标语如下： / 人人讲安全… / 想考编的朋友欢迎进群)."""
    quoted: set[int] = set()
    for intro, run in _introduced_runs(scan, all_lines):
        if not reasons[intro] and 2 * sum(1 for i in run if reasons[i]) >= len(run):
            quoted.update(run)  # (an ad's own head with a colon lists the ad's items: 代写服务项目：…)
    return quoted


def _without(reasons: list[str | None], indices: set[int]) -> list[str | None]:
    """``reasons`` with those of the lines ``indices`` taken back."""
    return [None if i in indices else reason for i, reason in enumerate(reasons)]


def _introduced_runs(scan: Scan, all_lines) -> Iterator[tuple[int, list[int]]]:
    """(the introducing line's index, the run's indices) of each run of two or more list-shaped lines
    (:func:`_listed_line`) under a line ending with a colon, blank lines between them passed over."""
    run: list[int] = []
    intro = None
    for line in all_lines:
        text = scan.folded[line.start:line.end]
        if not has_words(text):
            continue
        if intro is not None and _listed_line(scan, text):
            run.append(line.index)
            continue
        if len(run) >= 2:
            yield intro, run
        colon = text.rstrip()[-1:] in (":", chars.FULLWIDTH_COLON)
        run, intro = [], line.index if colon and not _ADDRESSEE.search(text) else None
    if len(run) >= 2:
        yield intro, run


# A notice's addressees (各县（市、区）交通运输局：) open its body, not a list.
_ADDRESSEE = regex.compile(r"^\s*+各|(?:政府|委员会|办公室|办公厅|局|厅|委|院|中心|单位|部门|学校|企业|公司)\s*+:\s*+$")


def _neighbour(folded: str, at: int, step: int) -> str:
    """The nearest line with words above (``step`` -1, from a line's start) or below (1, from its end)."""
    while 0 < at if step < 0 else at < len(folded):
        if step < 0:
            start = folded.rfind("\n", 0, at - 1) + 1
            text, at = folded[start:at - 1], start
        else:
            end = folded.find("\n", at + 1)
            end = len(folded) if end < 0 else end
            text, at = folded[at + 1:end], end
        if has_words(text):
            return text
    return ""


def _listed_line(scan: Scan, text: str) -> bool:
    """Whether ``text`` is a short line as a list's item is: no sentence mark at its end, no heading,
    no date, no organisation signing, not the title."""
    s = text.strip()
    return (0 < size(s) <= _SHORT_LINE and not _SENTENCE_MARK.search(s[-1:]) and not _OUTLINE.match(s)
            and not _DATE_ONLY.fullmatch(s) and not _ORG_ONLY.fullmatch(s) and s != (scan.title or "").strip())


# (folded: full-width digits and letters are ASCII here)
_DATE_ONLY = regex.compile(r"[0-9\s]{4,6}年[0-9\s]{1,3}月[0-9\s]{1,3}日|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}"
                           r"|[〇零一二三四五六七八九十○O0]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日")
_ORG_ONLY = regex.compile(r"\p{Han}{2,30}?(?:人民政府|政府|委员会|办公室|办公厅|局|厅|委|院|中心|协会|学会|公司|站|所|队)")


_FRAMED = regex.compile(rf"\s*+[{_OPEN}\u2014\u2015\-]++({_NOT_BRACKET}*?)[{_CLOSE}\u2014\u2015\-]++\s*+")


def _unframed(seg: str) -> str:
    """``seg`` without the brackets or dashes framing all of it (【本文由…整理】, ——本文摘自…——)."""
    m = _FRAMED.fullmatch(seg)
    return m.group(1) if m else seg


# Clause and sentence marks (width-folded) a bracket opening a clause or a sentence stands after.
_SEAM_MARKS = frozenset(",\u3001;:\u3002!?")
_AFTER_SPLICE = 16  # characters read after a spliced bracket for the rest of its ad
_NAMED_WORK = "\u300a"  # 《
_CELL_GAP = regex.compile(r"\t|[|\uff5c\u2502]| {2,}|\u3000")  # between the cells of a table's row
# A clause mark between words inside a bracket: the bracket holds a clause of its own, not a name.
_OWN_CLAUSE = regex.compile(r"\p{Han}[^,\uff0c!\uff01?\uff1f~\uff5e]*+[,\uff0c!\uff01?\uff1f~\uff5e]\s*+\S")


class _ForeignView:
    """The foreign-segment evidence of one document, built when first asked for: a bracket
    or a line the trades' cues do not decide may still be foreign to its document."""

    def __init__(self, text: str):
        self.plain = adcues.fold_width(text)
        self._doc: adforeign.Document | None = None
        self._own: tuple[str, ...] | None = None

    def verdict(self, start: int, end: int, position: str, sentence: bool = False) -> str | None:
        self._ensure()
        plain = self.plain[start:end]
        return adforeign.segment_verdict(adforeign.fold(plain), position, self._doc, self._own, plain, sentence=sentence)

    def foreign(self, start: int, end: int) -> bool:
        """Whether most of the words ``start:end`` occur nowhere else in the document but in
        copies of them."""
        seg = adforeign.fold(self.plain[start:end])
        share = self._alien_share(seg, adforeign.identifiers(seg))
        return share is not None and share >= adforeign.FOREIGN_SHARE

    def _alien_share(self, seg: str, ids: list = ()) -> float | None:
        """:meth:`adforeign.Document.alien_share` of ``seg`` (folded), its own copies left out: an
        injector repeats its ad word for word."""
        self._ensure()
        return self._doc.alien_share(seg, ids, max(1, self._doc.text.count(seg)))

    def splice(self, start: int, end: int, line: Line) -> bool:
        """Whether the bracket ``start:end`` cuts a word of the text: the Han characters on its
        two sides join into a pair government text writes often (分|〔…〕|流; an aside closes after
        the word it explains, 考试网|（网址：…）|进行), most of its words occur nowhere else in the
        document (an aside speaks of the text's topic in the text's words), and its sentence does
        not speak against ads (查处以（保证通过、不过退费）为噱头的…)."""
        join = adsplice.join_around(self.plain, start, end)
        if join is None or not adsplice.joins_into_word(*join):
            return False
        return self._foreign_aside(start, end, line)

    def inside_clause(self, start: int, end: int, line: Line) -> bool:
        """Whether the bracket ``start:end`` stands inside a clause, a Han character right on each
        side, as an aside does, but holds a clause of its own (a clause mark inside: an aside
        names, lists or points, 市卫健委（市中医药局）, 各县（市、区）) in words that occur nowhere
        else in the document, and its sentence does not speak against ads. Where it stands and
        what it is made of are two cues; what it says must be the trade's (Scan.material_trade)."""
        if adsplice.join_around(self.plain, start, end) is None:
            return False
        inner = self.plain[start + 1:end - 1]
        if not _OWN_CLAUSE.search(inner) or _SENTENCE_MARK.search(inner):
            return False  # (a bracketed sentence is an aside of the text: （公交1路途经本站，请乘客注意安全。）)
        return self._foreign_aside(start, end, line)

    def at_clause_seam(self, start: int, end: int, line: Line) -> bool:
        """Whether the bracket ``start:end`` opens a clause or a sentence of its paragraph: a clause
        mark or a sentence's end right before it, the paragraph's words going on right after it
        (…工作，〔…〕层层落实…, …责任。【…】组织…), its words foreign to the document, and its line
        not speaking against ads. A notice's aside closes after the word it explains; a list's
        number opens its item there (，（2）…) and names no trade."""
        before, after = adsplice.beside(self.plain, start, end)  # (a line break is neither)
        if not before or before not in _SEAM_MARKS or not is_han(after):
            return False
        return self._foreign_aside(start, end, line)

    def between_words(self, start: int, end: int, line: Line) -> bool:
        """Whether the bracket ``start:end`` stands between two Han characters of a clause without
        being tied to the words before it (adsplice.tied_aside: an aside explains the word it follows,
        免费体检（体检当日请空腹）), holds no sentence of its own, its words are foreign to the
        document, and its line does not speak against ads."""
        if adsplice.join_around(self.plain, start, end) is None or adsplice.tied_aside(self.plain, start, end):
            return False
        if _SENTENCE_MARK.search(self.plain, start + 1, end - 1):
            return False  # a bracketed sentence: _placed judges it (…（范文统一在江岭干部学习网下载。）…)
        return self._foreign_aside(start, end, line)

    def _foreign_aside(self, start: int, end: int, line: Line) -> bool:
        """Whether the bracket ``start:end`` holds words most of which occur nowhere else in the
        document, and its line does not speak against ads: what every placed bracket must be."""
        return self.foreign(start + 1, end - 1) and not adcues.against(self.plain[line.start:line.end])

    def own_topic(self, scan: Scan, start: int, end: int) -> bool:
        """Whether the bracketed words ``start:end`` are mostly the document's own (its topic
        named in an aside: 稿费（优秀稿件500元/篇）, 申报条件（发表论文2篇以上）), with no
        address or evasive spelling among them: an ad's words are foreign to the page."""
        seg = scan.folded[start:end]
        if scan.evasive(seg) or adforeign.identifiers(seg) or adforeign.accounts(seg):
            return False
        alien = self._alien_share(adforeign.fold(self.plain[start:end]))
        return alien is not None and 1 - alien >= _OWN_SHARE

    def rest_of_line(self, line: Line, ads: list[tuple[int, int, str]]) -> str | None:
        """Why the whole ``line`` goes with the ``ads`` found in it (:func:`_rest_foreign`), or None."""
        if not ads or adfront.outline_of(self.plain).seam(line) is not None:
            return None
        self._ensure()
        first = min(ads)
        return _rest_foreign(self.plain, line, [(s, e) for s, e, _ in ads], first[2], self._doc, self._own)

    def _ensure(self) -> None:
        if self._doc is None:
            self._doc = adforeign.Document(adforeign.fold(self.plain))
            self._own = adcues.publishers(self.plain)

    def whole_line(self, line: Line) -> bool:
        if line.index in hardwrap.wrapped_lines(self.plain):
            return False
        seg = self.plain[line.start:line.end]
        if size(seg) > _FOREIGN_LINE_MAX or _SENTENCE_MARK.search(seg) or _OUTLINE.match(seg) or _ANY_BRACKET.search(seg) \
                or adfront.outline_of(self.plain).seam(line) is not None:
            # a bracket may hold the ad and the rest be the text's own: the bracket rule decides
            return False
        return self.verdict(line.start, line.end, "short stand-alone line") is not None


def _bracket_ads(scan: Scan, line: Line, foreign: _ForeignView | None = None, spliced_only: bool = False,
                 labels: list[tuple[int, int]] | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, reason) of each bracketed ad in the line, outermost first; with
    ``foreign``, a bracket foreign to its document too. A bracket without an ad-only cue is
    judged only where it splits a word (``spliced_only``: the line holds no such cue)."""
    folded = scan.folded[line.start:line.end]
    first, last = len(folded) - len(folded.lstrip()), len(folded.rstrip())
    labels = _attachment_labels(scan, line.start, line.end) if labels is None else labels
    for m in _BRACKET.finditer(folded):
        start, end = line.start + m.start(), line.start + m.end()
        if size(m.group()) > _BRACKET_MAX or _naming_aside(m.group()) or _quoting_aside(folded, m.start(), m.end()) \
                or (start, end) in labels:
            continue
        cued = not spliced_only and scan.may_hold_ad(start, end)
        if not cued and (foreign is None or adsplice.join_around(scan.folded, start, end) is None):
            continue
        if foreign and foreign.own_topic(scan, start + 1, end - 1):
            continue
        # spliced, unless the ad goes on past the bracket (〖…工作室〗承接述职、总结…): the splice rule takes it whole
        goes_on = foreign is not None and scan.may_hold_ad(end, min(line.end, end + _AFTER_SPLICE))
        spliced = foreign is not None and foreign.splice(start, end, line) and not goes_on
        # or, without an ad-only cue (one is judged where it stands), inside a clause, holding one of its
        # own in foreign words: where it stands is evidence too
        inside = spliced or (not cued and not goes_on and foreign is not None and foreign.inside_clause(start, end, line))
        # (or, splitting a word, in words foreign to the document and far more an ad's than government
        # text's: the learned register alone, adregister.AD_ALONE; an aside inside a clause is a notice's
        # own there too: 促销活动（限时特惠，买一送一）等)
        alone = spliced and _ad_alone(scan, foreign, m.group()[1:-1], start, end)
        if not cued and not (inside and (alone or _offered_there(scan, m.group()[1:-1], spliced))
                             and not adsplice.tied_aside(scan.folded, start, end)):
            continue  # without an ad-only cue: a word split or a clause of its own, foreign words, the trade's cues
        position = ("bracketed, splitting a word" if spliced else "bracketed inside a clause, its words foreign to the document"
                    if inside else _placed(scan, foreign, line, folded, m.start(), m.end(), first, last))
        reason = scan.verdict(m.group()[1:-1], position, whole=False, spliced=inside)
        if not reason and not inside and not goes_on and foreign is not None:
            reason = _dropped_in(scan, foreign, line, start, end)
        if not reason and position and foreign is not None and foreign.foreign(start + 1, end - 1):
            # in words foreign to the document, the learned register may agree (its verdict names it)
            reason = scan.verdict(m.group()[1:-1], position, whole=False, spliced=inside, learned=True, alone=alone)
        if reason:
            yield line.start + m.start(), line.start + m.end(), reason
            continue
        inner_ads = 0
        for inner in _FLAT_BRACKET.finditer(folded, m.start() + 1, m.end() - 1):
            position = _placed(scan, foreign, line, folded, inner.start(), inner.end(), first, last)
            reason = scan.verdict(inner.group()[1:-1], position, whole=False)
            if reason:
                inner_ads += 1
                yield line.start + inner.start(), line.start + inner.end(), reason
        reason = foreign and not inner_ads and foreign.verdict(line.start + m.start() + 1, line.start + m.end() - 1, "bracketed")
        if reason:
            yield line.start + m.start(), line.start + m.end(), reason


def _ad_alone(scan: Scan, foreign: _ForeignView, inner: str, start: int, end: int) -> bool:
    """Whether a bracket's words ``inner`` (folded) are foreign to the document and read far more as an
    ad's than as government text's (adregister.AD_ALONE), with no row or widget shape of a page's own."""
    return (adregister.ad_likeness(inner) >= adregister.AD_ALONE and adregister.ad_register(inner, scan.has_cue)
            and not adcues.row_or_widget(inner) and foreign.foreign(start + 1, end - 1))


def _offered_there(scan: Scan, inner: str, spliced: bool) -> bool:
    """Whether a bracket holding no ad-only cue, standing inside a clause in foreign words, says what
    an ad says there: the writing-material trade's cues; or, splitting a word (推「…」进), an account's
    id (Scan.names_account)."""
    return scan.material_trade(inner) or spliced and scan.names_account(inner)


# An aside that lists what the text speaks of, quoted or closed by 等: （“不看征信”“黑户可贷”等）,
# （专业搬家、拆装空调等）: the phrases are named, not offered.
_NAMED_LIST = regex.compile(r"\s*+(?:(?:[\"\u201c\u300c][^\"\u201d\u300d]{1,20}+[\"\u201d\u300d]\s*+[\u3001,]?\s*+)++(?:\u7b49{1,2})?"
                            r"|[^\u3001,:\u7b49]{1,16}+(?:\u3001[^\u3001,:\u7b49]{1,16}+)++\u7b49{1,2})\s*+")  # 等


def _dropped_in(scan: Scan, foreign: _ForeignView, line: Line, start: int, end: int) -> str | None:
    """Why the bracket ``start:end`` (an ad-only cue inside, not enough where it stands) is an ad
    dropped into its paragraph, or None: it opens a clause or a sentence (…工作，【…】层层落实), or it
    stands between two words of a clause without explaining the words before it (…组织农技人员【…】
    深入…) and offers a trade (adcues.Scan.trade_offered: a notice's （网址：…）, （电话：…，微信同号）,
    （稿酬每千字100元） stand there too); its words are foreign to the document. Where it stands and
    what it is made of agree, as for a bracket splitting a word; but not for writing-material words
    alone, a contest's or a notice's own rule on writing (作品须为原创，严禁套用网络范文), nor a title
    the notice cites (参照《…范文汇编》)."""
    inner = scan.folded[start + 1:end - 1]
    if foreign.at_clause_seam(start, end, line):
        position = _AT_SEAM
    elif foreign.between_words(start, end, line) and scan.trade_offered(inner):
        position = _BETWEEN_WORDS
    else:
        return None
    inner = _CITED_TITLE.sub(lambda t: "\u25a1" * len(t.group()), inner)
    return None if scan.material_words_only(inner) else scan.verdict(inner, position, whole=False, spliced=True)


def _naming_aside(bracket: str) -> bool:
    """Whether the bracketed span (brackets included, folded) explains or lists what the text
    names, and holds no private account or host: a seller's address speaks for it whatever the
    aside opens with (（含免费领取模板，加V:gwmb666）)."""
    if _EXPLAINING.match(bracket, 1) is None and _NAMED_LIST.fullmatch(bracket, 1, len(bracket) - 1) is None:
        return False
    inner = bracket[1:-1]
    return not adforeign.accounts(inner) and not any(m.lastgroup in _HOSTS for m in adforeign.identifiers(inner))


_HOSTS = frozenset({"url", "domain", "mail"})
# A file's format or size, the whole of a bracket after an attachment's name: PDF格式, 格式：docx, 大小：3.2MB,
# 25KB, Word版. A sharing site's strip lists pages, points or an upload time too.
_EXTENSION = r"(?i:pdf|docx?|xlsx?|pptx?|wps|txt|zip|rar|ofd|word|excel)"
_FILE_FIELD = (rf"(?:(?:\p{{Han}}{{2}})?(?:格式|类型)\s*+[:\uff1a]?\s*+{_EXTENSION}|{_EXTENSION}(?:\s*+(?:格式|文件|文档|版))?"
               r"|(?:\p{Han}{2})?大小\s*+[:\uff1a]?\s*+\d++(?:\.\d++)?\s*+[KMGkmg][Bb]?|\d++(?:\.\d++)?\s*+(?:[KMGkmg][Bb]|[KMkm](?![A-Za-z])))")
_ATTACHMENT_LABEL = regex.compile(rf"\s*+{_FILE_FIELD}(?:\s*+[,\uff0c\u3001;\uff1b/|]?\s*+{_FILE_FIELD})*+\s*+")


def _naming_asides(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the brackets in ``folded[start:end]`` that explain or list what the text
    names: the cues inside them are named, not offered, for every rule."""
    return [m.span() for m in _FLAT_BRACKET.finditer(folded, start, end) if _naming_aside(m.group())]


def _attachment_labels(scan: Scan, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the brackets in ``scan.folded[start:end]`` (a line) that label an attachment: a
    file's format and size right after its name (活动手册（PDF格式，大小：3.2MB）), the name no heading
    and no cue of an ad (not 工作总结范文（Word版）, 一、活动安排（格式：docx 大小：20KB）)."""
    return [m.span() for m in _FLAT_BRACKET.finditer(scan.folded, start, end)
            if _ATTACHMENT_LABEL.fullmatch(m.group(), 1, len(m.group()) - 1)
            and _named_file(scan, start, m.start(), bool(scan.folded[m.end():end].strip()))]


def _named_file(scan: Scan, start: int, at: int, goes_on: bool) -> bool:
    """Whether the sentence before a bracket at ``at`` (its line from ``start``) ends in a name that
    holds no cue of an ad and is no heading: an item's marker is set aside where the line goes on
    after the bracket (（一）竞赛题库（PDF格式，大小：1.2MB）可在官网下载), not where the bracket ends a
    heading (一、活动安排（格式：docx 大小：20KB）)."""
    name = scan.folded[start:at]
    name = name[max(name.rfind(c) for c in _SENTENCE_MARKS) + 1:]
    outline = _OUTLINE.match(name)
    if outline and goes_on:
        name, outline = name[outline.end():], None
    return bool(name) and (is_han(name[-1]) or name[-1].isalnum()) and not outline and not scan.has_cue(name)


_OWN_SHARE = 0.5  # of a bracket's words the document uses elsewhere: its own topic, not an ad's

# An aside that opens by explaining the words before it names what the text speaks of, in its
# own words: 组织网络赌博（包括百家乐、老虎机等）, 整治虚假广告（如“包过”“不过退费”）.
# (Not an ad's own openers: 如需原文, 如有侵权, 即可领取.)
_EXPLAINING = regex.compile(r"\s*+(?:包括|包含|含(?![泪量])|如(?![需有果要想您])|例如|比如|诸如|即(?![可刻时日])|涉及|主要(?:有|是|包括|涉及)"
                            r"|指(?![导定南引])|特别是|尤其是|以下简称|简称)")


# A title cited in 《》 (width-folded text keeps them): a document's name, not an offer's words.
_CITED_TITLE = regex.compile(r"\u300a[^\u300a\u300b\n]{1,40}+\u300b")
_AT_SEAM = "bracketed, opening a clause or a sentence of its paragraph, its words foreign to the document"
_BETWEEN_WORDS = "bracketed between two words of a clause, its words foreign to the document"
_SENTENCE_IN_CLAUSE = "bracketed sentence inside a clause, its words foreign to the document"


def _placed(scan: Scan, foreign: _ForeignView | None, line: Line, folded: str, start: int, end: int, first: int,
            last: int) -> str | None:
    """:func:`_bracket_position` of the bracket ``folded[start:end]`` (``folded``: the line's folded text), a
    bracketed sentence inside a clause counted only where it was dropped in: its words foreign to
    the document and two kinds of a seller's cues among them. A notice's own aside there speaks of
    its topic or of its training material (…（范文统一在江岭干部学习网下载。）…, …人员（须在核心期刊
    发表论文2篇以上。）…)."""
    position = _bracket_position(folded, start, end, first, last)
    if position != _SENTENCE_IN_CLAUSE:
        return position
    inner = (line.start + start + 1, line.start + end - 1)
    dropped = foreign is not None and foreign.foreign(*inner) and scan.seller_cues(scan.folded[inner[0]:inner[1]]) >= 2
    return position if dropped else None


def _bracket_position(folded: str, start: int, end: int, first: int, last: int) -> str | None:
    """How the bracket ``folded[start:end]`` stands in its line (words from ``first`` to ``last``)."""
    if _SENTENCE_MARK.search(folded, start + 1, end - 1):
        # A bracketed sentence is an aside of the text, after the words it speaks of; one between
        # two Han characters of a clause (组建（…欢迎咨询。）城市医疗集团) was dropped in whole.
        if adsplice.join_around(folded, start, end) is None or adsplice.tied_aside(folded, start, end):
            return None
        return _SENTENCE_IN_CLAUSE
    after = folded[end:last].strip() if last - end <= 8 else "..."
    if start <= first and not after:
        return "bracketed line"
    if not after or _SENTENCE_MARK.fullmatch(after):
        return "bracketed after the last sentence"
    return "bracketed inside a sentence" if start > first else "bracketed at a line start"


def _pieces(scan: Scan, line: Line) -> list[regex.Match]:
    return [m for m in _PIECE.finditer(scan.folded, line.start, line.end) if m.group().strip()]


def _piece_ads(scan: Scan, line: Line, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """A sentence of a paragraph, or its tail after the last sentence, that is an ad."""
    pieces = _pieces(scan, line)
    if len(pieces) < 2:
        return  # a line of one piece is the line rule's to judge
    undecided = None  # the piece before, when it holds a cue but is no ad by itself
    for k, m in enumerate(pieces):
        start, end = m.span()
        reason = _piece_verdict(scan, pieces, k, start, end, taken)
        if reason:
            undecided = None
            yield start, _closed_by_contact(scan, start, end), reason  # with the spaces that glued it on
            continue
        # An ad cut in two by a full stop or a semicolon (wx…；承接讲话稿撰写，质量保证。): two
        # pieces that each hold a cue are judged together, as one sentence; the second by a cue that
        # counts fully or in words the document writes nowhere else (a sentence of the text after an
        # ad says 关注 or 下载 of its own too: …材料修改 关于经济增长目标。这是一个综合性指标，各方面高度关注。).
        piece = scan.folded[start:end]
        cued = scan.has_cue(piece)
        if undecided is not None and cued and (scan.strong_cue(piece) or not scan.own_words(piece, adcues.KNOWN_PAIRS_MIN)):
            reason = _piece_verdict(scan, pieces, k, undecided, end, taken)
            if reason:
                undecided = None
                yield pieces[k - 1].start(), end, reason
                continue
        undecided = start if cued else None


def _closed_by_contact(scan: Scan, start: int, end: int) -> int:
    """Where the ad of the piece ``start:end`` ends: at its last cue, an address (a number, an
    id), when the words after it carry no cue and read as the text's own: a sentence set off
    by a blank (…群号：583920147　|多措并举降成本。, an ad glued in front of a line), or words
    that close a sentence in the document's own words (培训执法人…wx：xiecai365|员200人次。).
    An ad closes on its contact; else the piece's end."""
    seg = scan.folded[start:end]
    last = scan.cues_end(seg)
    if last <= 0 or not any(m.end() == last for m in adforeign.identifiers(seg[:last])):
        return end
    words = _WORDS_AFTER_ID.match(seg, last)
    if words is None or scan.has_cue(seg[last:]):
        return end
    rest = words.group("words")
    if not _SENTENCE_MARK.search(rest.rstrip()[-1:]):
        return end
    set_off = words.start("words") > last and han_count(rest) >= _OWN_WORDS  # a sentence of its own
    # glued on: the close of a sentence in the document's own words, or words run into the address
    # with no mark between (…wx：xiecai365|员200人次。): an ad's own words after its address are a call
    # (领取, 咨询), which is a cue
    glued = words.start("words") == last and han_count(rest) >= _GLUED_WORDS
    return start + words.start("words") if set_off or glued or scan.own_words(rest) else end


# Blanks, then the Han words of a sentence to the piece's end (员200人次。).
_WORDS_AFTER_ID = regex.compile(r"[ \t\u3000\u00a0]*+(?P<words>\p{Han}[^\n]*+)$")
_OWN_WORDS = 4  # Han characters of a sentence set off after an ad's address, at the fewest (an ad's 详谈 is shorter)
_GLUED_WORDS = 3  # Han characters run into an ad's address, at the fewest


def _piece_verdict(scan: Scan, pieces: list[regex.Match], k: int, start: int, end: int,
                   taken: list[tuple[int, int]]) -> str | None:
    """Why the span ``start:end`` of the line, ending with its ``k``-th piece, is an ad, or None."""
    if size(scan.folded[start:end]) > _PIECE_MAX or not scan.may_hold_ad(start, end):
        return None
    masked = _masked(scan, start, end, taken)
    if not has_words(masked) or _unbalanced(masked):
        return None
    tail = k == len(pieces) - 1 and k > 0 and not _SENTENCE_MARK.search(masked.rstrip()[-1:])
    reason = scan.verdict(masked, "glued after the last sentence" if tail else None, learned=tail)
    if not reason and masked != scan.folded[start:end] and scan.has_cue(masked):
        reason = scan.verdict(scan.folded[start:end], None)  # a bracketed ad set aside: the sentence may be its rest
    if not reason and not tail and _SENTENCE_MARK.search(masked.rstrip()[-1:]):
        # A sentence that opens with an ad's cues is the ad's own: its slogan clause (，全站免费。) goes with it.
        lead = _LEAD_MARKER.match(masked)
        body = masked[lead.end():] if lead else masked
        if scan.opens_with_cue(body):
            reason = scan.verdict(body, "a sentence that opens with its cues")
    return reason


def _splice_ads(scan: Scan, line: Line, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """An ad spliced into a sentence without brackets: the run of its cues goes.

    Where such an ad ends is not marked, so only the run from its first cue to its last is
    cut, and only when the cues agree as they must in a sentence of their own (no position
    point) and nothing in the sentence speaks against ads.
    """
    out: list[tuple[int, int, str]] = []
    named = _naming_asides(scan.folded, line.start, line.end)
    # Weak cues chain a run on only where it is spliced into sentences: a line all of ads (two
    # glued side by side) is the line rules' to take whole.
    prose = _SENTENCE_MARK.search(scan.folded, line.start, line.end) is not None
    for m in _pieces(scan, line):
        start, end = m.span()
        if _overlapping(taken, start, end) or not scan.may_hold_ad(start, end) or adcues.against(m.group()):
            continue
        # Windows of bounded size, each overlapping the next by an ad's length: linear in the piece.
        for w in range(start, max(start + 1, end - _WINDOW // 2), _WINDOW // 2):
            seg = scan.folded[w:min(end, w + _WINDOW)]
            for a, b, reach in scan.clusters(seg, chain=prose):
                if out and out[-1][1] > w + a or reach == len(seg) and w + reach < end:
                    continue  # found in the window before, or cut by this window's end: the next sees it
                if any(s0 < w + reach and w + a < e0 for s0, e0 in named) or _quoted(scan.folded, w + a, w + b):
                    continue  # cues named in an aside (（如“包过”“不过退费”）) or quoted (打着“包过”“不过退费”的旗号)
                run = seg[a:b]
                if adcues.own_site(scan.folded[max(start, w + a - _OWNER_REACH):w + b]):
                    continue  # the site is named as an office's own just before the run (可在本馆官网www…下载)
                # A contact or domain spelled to dodge filters is an ad wherever it stands.
                reason = scan.verdict(run, None, whole=False) or (
                    scan.evasive(run) and scan.verdict(run, "evasive spelling", whole=False))
                # The seller's cues chained after the run are the ad's too: its address, once the run is
                # an ad (…汇报材料 联系139…); its price or offer, to make it one (…党课讲稿，价格优惠). A
                # notice's own clause is no ad for its hotline or message box after it (…秒批秒办，咨询热线…).
                if reach > b and scan.seller_words(seg[b:reach], contact=bool(reason)):
                    reason = reason or scan.verdict(seg[a:reach], None, whole=False)
                    b = reach if reason else b
                room = _room(taken, out, start, end, w + a, w + b)
                cut = adsplice.seam_cut(adsplice.pairs_of(scan.folded), w + a, w + b, room)
                if cut and not reason:  # the seam is where the ad stands: one more cue
                    reason = scan.verdict(scan.folded[cut[0]:cut[1]], "spliced into a word", whole=False)
                if not cut and not reason:  # the run alone is no ad: its own words may reach beyond it
                    cut, reason = _word_seam(scan, w + a, w + b, room) or (cut, reason)
                if reason:
                    s, e = cut or (w + a, w + b)
                    out.append((s, e, reason + (" (spliced into a sentence; the text closes up without it)" if cut
                                                else " (spliced into a sentence)")))
    return out


_OWNER_REACH = 12  # characters before a run of cues read for the office whose site it names


def _quoted(folded: str, start: int, end: int) -> bool:
    """Whether the cues at ``start:end`` are words the sentence quotes: set in its quotation
    marks whole (以“包拿证”为噱头), or running from one quotation into the next (打着“包过”“不过退费”的
    旗号: a quote closes, then one opens). An ad spliced in is no quotation of the text's; the quotes
    it holds are its own (回复“总结”获取) or close an account's name (关注“机关文秘之家”，回复…)."""
    if 0 < start and end < len(folded) and folded[start - 1] in chars.OPENING_QUOTES and folded[end] in chars.CLOSING_QUOTES:
        return True
    depth = lowest = 0
    for c in folded[start:end]:
        depth += (c in chars.OPENING_QUOTES) - (c in chars.CLOSING_QUOTES)
        lowest = min(lowest, depth)
    return lowest < 0 and depth == 0


def _quoting_aside(line: str, start: int, end: int) -> bool:
    """Whether the bracket ``line[start:end]`` (folded) quotes what its sentence warns against: it
    opens by introducing a quotation (内容为“…”, 如“…”) or follows the message it quotes (…宣传（“…”）),
    most of it stands in the quotation marks, and its sentence speaks against ads or scams
    (部分群众收到陌生短信（内容为“…请加微信yb07311领取补贴”）后受骗). An ad set in quotation marks after
    any words introduces nothing (严厉打击侵犯知识产权（“专业代写各类材料，微信dx8888”））."""
    inner = line[start + 1:end - 1]
    intro = _QUOTE_INTRO.match(inner)
    closes = [k for k, c in enumerate(inner) if c in chars.CLOSING_QUOTES]
    if intro is None or not closes or 2 * size(inner[intro.end() - 1:closes[-1] + 1]) < size(inner):
        return False
    if not intro.group("word") and _SPEECH_BEFORE.search(line, max(0, start - 4), start) is None:
        return False  # a bare quotation must follow what it quotes: 轻信培训机构宣传（“包过…”）
    a = max(line.rfind(c, 0, start) for c in _SENTENCE_MARKS) + 1
    b = min((k for k in (line.find(c, end) for c in _SENTENCE_MARKS) if k >= 0), default=len(line))
    rest = line[a:start] + line[end:b]
    return adcues.against(rest) or _WARNING.search(rest) is not None


# Words that introduce a quotation inside an aside, then its opening mark.
_QUOTE_INTRO = regex.compile(rf"\s*+(?P<word>内容为|内容是|内容|如|例如|诸如|比如|类似|称|谎称|声称|宣称|涉及|打着|以)?\s*+:?\s*+"
                             rf"[{''.join(chars.OPENING_QUOTES)}]")
# What a bare quotation in an aside may quote: a message, an advertisement, a pitch (…宣传（“包过…”）).
_SPEECH_BEFORE = regex.compile(r"(?:宣传|短信|信息|广告|话术|口号|噱头|旗号|承诺|说法)\s*+\Z")
# A sentence that warns of a scam (受骗, 注意甄别, 轻信…宣传): the words it quotes are the scam's.
_WARNING = regex.compile(r"受骗|被骗|上当|甄别|提防|诱骗|轻信|损失")


def _word_seam(scan: Scan, a: int, b: int, room: tuple[int, int]) -> tuple[tuple[int, int], str] | None:
    """The cut and reason of an ad spliced between two Han characters whose own words reach
    beyond its cues ``a:b`` (adsplice.word_seam), when the cues alone are no ad: the narrowest
    candidate that is an ad whole and sells a trade with a contact, its words beyond its cues
    a few and foreign to the document, with no clause of their own; two such, nothing.
    A notice's own clause beside a contact closes up as well (推行营业执照秒批秒办，咨询热线400…，
    企业开办: its comma tells it; 纳税人可扫码下载…APP办理: a channel, no trade sold)."""
    pairs = adsplice.pairs_of(scan.folded)
    found = []
    for s, e in adsplice.word_seam(pairs, a, b, room):
        seg = scan.folded[s:e]
        bounds = None if seg[0] in _PUNCT or seg[-1] in _PUNCT else scan.sold_with_contact(seg)
        if not bounds or not (adsplice.foreign_words(pairs, s, s + bounds[0])
                              and adsplice.foreign_words(pairs, s + bounds[1], e)):
            continue
        reason = scan.verdict(seg, "spliced into a word")
        if reason:
            found.append(((s, e), reason))
            if len(found) == 2:
                break
    if not found or len(found) == 2 and _spread(found[0][0], a, b) == _spread(found[1][0], a, b):
        return None
    return found[0]


def _spread(cut: tuple[int, int], a: int, b: int) -> int:
    return abs(cut[0] - a) + abs(cut[1] - b)


def _room(taken: list[tuple[int, int]], found: list[tuple[int, int, str]], start: int, end: int,
          a: int, b: int) -> tuple[int, int]:
    """The stretch of the piece ``start:end`` around the run ``a:b`` that no other ad holds
    (``taken`` sorted and disjoint; ``found`` in order, all before ``a``): a bisection."""
    k = bisect_left(taken, (a,))
    if k > 0:
        start = max(start, taken[k - 1][1])
    if k < len(taken):
        end = min(end, taken[k][0]) if taken[k][0] >= b else end
    if found:
        start = max(start, found[-1][1])
    return start, end


def _masked(scan: Scan, start: int, end: int, taken: list[tuple[int, int]]) -> str:
    """The folded span with the ads already found (sorted, disjoint spans) blanked out."""
    seg = scan.folded[start:end]
    for s, e in _overlapping(taken, start, end):
        a, b = max(s, start) - start, min(e, end) - start
        seg = seg[:a] + " " * (b - a) + seg[b:]
    return seg


def _overlapping(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the sorted, disjoint ``spans`` that overlap ``start:end`` (a bisection,
    not a walk over all of them: a line may hold thousands)."""
    k = bisect_left(spans, (end,))
    out = []
    while k > 0 and spans[k - 1][1] > start:
        k -= 1
        out.append(spans[k])
    return out


def _unbalanced(folded: str) -> bool:
    """A bracket character left over once the paired brackets are set aside."""
    return _ANY_BRACKET.search(_FLAT_BRACKET.sub("", folded)) is not None


def _cut(text: str, start: int, end: int, reason: str) -> Edit:
    """Remove ``text[start:end]``; take one of two punctuation marks it would leave side by side."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before and after and before in _PUNCT and after in _PUNCT:
        end += 1
    return Edit(start, end, text[start:end], "", reason)


@_sparing_own_starts
def drop_foreign_segments(text: str, ctx: Context) -> Iterator[Edit]:
    """A segment foreign to its document, addressing the reader elsewhere, is removed.

    This rule knows no trade: a line, a bracketed span or a sentence of a paragraph goes when
    three independent cues of :mod:`cleaner.adforeign` agree (an identifier of any spelling,
    a call to act, vocabulary found nowhere else in the document, where it stands), and
    nothing in it is the notice's own or speaks against ads. An ad glued in front of a
    sentence's own words and ending on its address, or spliced into a word with its words
    reaching beyond the address, needs a cue beyond an address and a call (an evasive
    spelling, a spam trade) or words that sell: a notice's instruction has those two as well.

    >>> t = "江岭市关于加强管理的通知\\n加强管理，提升服务。\\nUSDT承兑 飞机:@usdt_zs"
    >>> [e.old for e in drop_foreign_segments(t, Context())]
    ['USDT承兑 飞机:@usdt_zs']
    >>> list(drop_foreign_segments("通知\\n加强管理。\\n联系电话:0571-12345678", Context()))
    []
    """
    plain = adcues.fold_width(text)  # full-width forms are a notice's own spelling too
    folded = adforeign.fold(plain)
    if not adforeign.IDENTIFIER.search(folded) and not _LIST_HINT.search(folded) and not adforeign.accounts(folded):
        return
    doc = adforeign.Document(folded)
    own = adcues.publishers(text)
    scan = adcues.scan(text, ctx.corpus)
    front = adfront.outline_of(text)
    wrapped = hardwrap.wrapped_lines(text)
    all_lines = lines(text)
    halves = adpairs.broken_partners(scan, all_lines)  # a line broken in two is judged as the line it was
    done: set[int] = set()
    for line in all_lines:
        n = size(line.text)
        if n == 0 or line.index in done:
            continue
        seg = folded[line.start:line.end]
        if line.index in wrapped:
            continue  # a piece of a paragraph broken at a width: judged as no line of its own
        if line.index in halves:
            upper, lower = halves[line.index]
            joined = folded[upper.start:upper.end].strip() + folded[lower.start:lower.end].strip()
            shown = plain[upper.start:upper.end].strip() + plain[lower.start:lower.end].strip()
            found = _alone_shaped(joined, size(joined)) and _stand_alone_verdict(
                joined, shown, "short stand-alone line broken over a line break", doc, own, scan)
            if found:
                done.update((upper.index, lower.index))
                yield from (drop_line(half, found, text) for half in (upper, lower))
                continue
        elif _alone_shaped(seg, n) and front.seam(line) is None:
            reason = _stand_alone_verdict(seg, plain[line.start:line.end], "short stand-alone line", doc, own, scan)
            if reason:
                yield drop_line(line, reason, text)
                continue
        edits = list(_foreign_cuts(text, folded, plain, line, doc, own, scan))
        whole = edits and front.seam(line) is None and _rest_foreign(plain, line, [(e.start, e.end) for e in edits],
                                                                      edits[0].reason, doc, own)
        if whole:
            yield drop_line(line, whole, text)
        else:
            yield from edits


def _alone_shaped(seg: str, n: int) -> bool:
    """Whether a line (``seg`` folded, ``n`` its size) has the shape of one standing alone: short,
    no sentence mark, no outline marker."""
    return n <= _FOREIGN_LINE_MAX and not _SENTENCE_MARK.search(seg) and not _OUTLINE.match(seg)


def _stand_alone_verdict(seg: str, shown: str, where: str, doc: adforeign.Document, own: tuple[str, ...],
                         scan: Scan) -> str | None:
    """Why a short line standing alone (``seg`` folded, ``shown`` width-folded) is foreign to its
    document, or None. A line broken in two (adpairs.one_line_broken) is read joined: half a
    notice's own contact line (技术支持QQ群：56712 / 3489，咨询电话…) is no line of its own."""
    reason = adforeign.segment_verdict(seg, where, doc, own, shown)
    return reason if reason and not scan.own_after_address(seg) else None


def _foreign_cuts(text: str, folded: str, plain: str, line: Line, doc: adforeign.Document,
                  own: tuple[str, ...], scan: Scan) -> Iterator[Edit]:
    """The bracketed spans, the sentences and the splices of ``line`` foreign to the document."""
    seg = folded[line.start:line.end]
    cut = []
    labels = _attachment_labels(scan, line.start, line.end)
    for m in _FLAT_BRACKET.finditer(seg):
        if size(m.group()) > _BRACKET_MAX or _naming_aside(m.group()) or _quoting_aside(seg, m.start(), m.end()) \
                or (line.start + m.start(), line.start + m.end()) in labels:
            continue
        s, e = line.start + m.start(), line.start + m.end()
        if adsplice.tied_aside(plain, s, e) and adcues.quiet_cues(m.group()[1:-1]):
            continue  # a notice's aside to the office, channel or term before it (…服务中心（咨询：王科长，139…）)
        # A bracket of a label and an address (（网址：www…）) is a notice's own aside wherever it stands.
        seam = adsplice.splits_word(adsplice.pairs_of(folded), s, e) and _worded(m.group()[1:-1])
        reason = adforeign.segment_verdict(m.group()[1:-1], "bracketed, splitting a word" if seam else "bracketed",
                                           doc, own, plain[s + 1:e - 1], seam=seam)
        if reason:
            cut.append((s, e))
            yield _cut(text, s, e, reason)
    pieces = _pieces_of(seg)
    for k, (a, b) in enumerate(pieces):
        start, end = line.start + a, line.start + b
        piece = seg[a:b]
        if _overlapping(cut, start, end):
            continue
        tail = k == len(pieces) - 1 and not _SENTENCE_MARK.search(piece.rstrip()[-1:])
        reason = len(pieces) > 1 and size(piece) <= _PIECE_MAX and adforeign.segment_verdict(
            piece, "glued after the last sentence" if tail else None, doc, own, plain[start:end])
        if reason:
            cut.append((start, end))
            yield _cut(text, start, end, reason)
            continue
        lead = _glued_before_sentence(folded, plain, start, end, doc, own, scan)
        if lead:
            cut.append((start, lead[0]))
            yield _cut(text, start, lead[0], lead[1])
    yield from _foreign_splices(text, folded, plain, line, doc, own, cut, scan)


_BRACKET_WORDS = 4  # Han bigrams beside its addresses: a bracket that says something of its own


def _beyond_plain(reason: str | None) -> bool:
    """Whether a verdict of :mod:`cleaner.adforeign` names a cue no notice's own instruction holds
    (an evasive spelling, a spam trade, another script, a stuffed list, a web flyer's register):
    an address, a call and words of its own are a notice's contact sentence too."""
    return bool(reason) and any(cue in reason for cue in adforeign.TELLING_BEYOND_PLAIN)


_GLUED_BEFORE = "glued before a sentence"


def _glued_before_sentence(folded: str, plain: str, start: int, end: int, doc: adforeign.Document,
                           own: tuple[str, ...], scan: Scan) -> tuple[int, str] | None:
    """(end, reason) of an ad glued between two sentences of a paragraph, in front of the
    second one's words (…重托。公考一对一辅导，不过退费，联系139…设立…), or in front of a paragraph:
    it ends on its address, the words after it are no more foreign than the document's own
    sentences are to each other, its opening words are not government text's, and the stretch
    up to the address is foreign as a segment of its own, with a cue beyond an address and a
    call, or words that sell."""
    ids = adforeign.identifiers(folded[start:end])
    if not ids:
        return None
    cut = start + ids[-1].end()
    words = _SENTENCE_AFTER_ID.match(folded, cut, end)
    if words is None or han_count(words.group("words")) < _SENTENCE_AFTER or han_count(folded[start:cut]) < _OWN_WORDS:
        return None
    share = doc.alien_share(words.group("words"))
    if share is None or share >= doc.needed_share():
        return None  # the words after the address are as foreign as an ad's: no sentence of the text
    register = adregister.known_share(_OPENING.match(folded, start, cut).group())
    if register is None or register >= _GLUED_REGISTER:
        return None  # it opens in government words (or too few to tell): the ad may be spliced into the text's sentence
    reason = adforeign.segment_verdict(folded[start:cut], _GLUED_BEFORE, doc, own, plain[start:cut], sentence=True)
    # 拨打热线186…，群众可了解… is a notice's instruction before its sentence: an address and a call are not enough
    if not reason or not (_beyond_plain(reason) or scan.sells(scan.folded[start:cut])):
        return None
    return words.start("words"), reason  # with the blanks that glued it on


_SENTENCE_AFTER = 8  # Han characters of the text's sentence after an ad glued in front of it, at the fewest
# Blanks after an ad's address, then the Han words of the text's sentence (…联系139…|设立…). A comma
# there makes the address a clause of the sentence (推行营业执照秒批秒办，咨询热线400…，企业开办…): the notice's.
_SENTENCE_AFTER_ID = regex.compile(r"[ \t\u3000\u00a0]*+(?P<words>[\p{Han}\d][^\n]*+)$")
# The opening words of a stretch: up to its sixth Han character.
_OPENING = regex.compile(r"(?:[^\p{Han}]*+\p{Han}){1,6}+")
_GLUED_REGISTER = 0.5  # of the pairs of an ad's opening words government text writes: below this (推行营业执照: 0.6)


def _worded(inner: str) -> bool:
    return adforeign.words_beside(inner, adforeign.identifiers(inner)) >= _BRACKET_WORDS


def _rest_foreign(plain: str, line: Line, spans: list[tuple[int, int]], reason: str, doc: adforeign.Document,
                  own: tuple[str, ...]) -> str | None:
    """Why ``line`` goes whole with the ads at ``spans`` (cut for ``reason``), or None: it
    stands as a paragraph of its own, and what the ads leave of it is theirs too, their
    slogans (:meth:`adforeign.Document.rest_of_ad`), not the text's."""
    if line.index == 0 or size(line.text) > _BARE_LINE_MAX or _OUTLINE.match(plain, line.start, line.end):
        return None
    parts, at = [], line.start
    for s, e in sorted(spans):
        parts += [plain[at:max(at, s)], " "]
        at = max(at, e)
    rest = adforeign.fold("".join(parts) + plain[at:line.end])
    if not has_words(rest) or size(rest) > _PIECE_MAX or adcues.own_or_against(rest, own) or not doc.rest_of_ad(rest):
        return None
    return reason + "; the rest of its line is the ad's too (words found nowhere else in the document)"


def _foreign_splices(text: str, folded: str, plain: str, line: Line, doc: adforeign.Document,
                     own: tuple[str, ...], cut: list[tuple[int, int]], scan: Scan) -> Iterator[Edit]:
    """An address spliced into a sentence without brackets (…设置接http://…/app.apk种点…): the
    seam around it closes up into the document's own words, and what it cuts is foreign."""
    seg = folded[line.start:line.end]
    found = adforeign.identifiers(seg)  # (accounts on a channel are the cue rules' to find)
    if not found:
        return
    pairs = adsplice.pairs_of(folded)
    taken = sorted(cut)
    pieces = [(line.start + a, line.start + b) for a, b in _pieces_of(seg)]
    done: list[tuple[int, int, str]] = []
    for m in found:
        s, e = line.start + m.start(), line.start + m.end()
        k = bisect_left(pieces, (s + 1,)) - 1
        if k < 0 or pieces[k][1] < e or _overlapping(taken, s, e) or done and done[-1][1] > s:
            continue
        room = _room(taken, done, pieces[k][0], pieces[k][1], s, e)
        cut = adsplice.seam_cut(pairs, s, e, room)
        if cut is None:
            found = _worded_splice(folded, plain, pairs, s, e, room, doc, own, scan)
            if found:
                done.append(found)
                yield _cut(text, found[0], found[1], found[2] + "; the text closes up without it")
            continue
        x0, x1 = cut
        reason = adforeign.segment_verdict(folded[x0:x1], "spliced into a word", doc, own, plain[x0:x1], seam=True)
        if reason:
            done.append((x0, x1, reason))
            yield _cut(text, x0, x1, reason + "; the text closes up without it")


def _worded_splice(folded: str, plain: str, pairs: adsplice.Pairs, s: int, e: int, room: tuple[int, int],
                   doc: adforeign.Document, own: tuple[str, ...], scan: Scan) -> tuple[int, int, str] | None:
    """(start, end, reason) of an ad spliced between two Han characters around its address
    ``s:e`` whose words reach beyond the address (社会|公考一对一辅导，不过退费，联系139…|主义市场):
    the narrowest cut that closes up into five characters the document writes elsewhere
    (adsplice.word_seam), whose words beside the address are foreign to the document and which,
    as a segment spliced into a word, the evidence every ad shares calls an ad, with a cue beyond an
    address and a call or words that sell (高校毕业生|可登录江岭人才网www…了解|就业创业政策 is a notice's
    own instruction closing up as well). Two cuts as narrow as each other that both pass: the ad's
    edge is not known, nothing is cut."""
    found = []
    for x0, x1 in adsplice.word_seam(pairs, s, e, room):
        if folded[x0] in _PUNCT or folded[x1 - 1] in _PUNCT:
            continue  # a clause of the sentence, set off by its marks (…办，咨询热线400…，企业…): the notice's
        if not (adsplice.foreign_words(pairs, x0, s) and adsplice.foreign_words(pairs, e, x1)):
            continue
        reason = adforeign.segment_verdict(folded[x0:x1], "spliced into a word", doc, own, plain[x0:x1], seam=True)
        if reason and (_beyond_plain(reason) or scan.sells(scan.folded[x0:x1])):
            found.append((x0, x1, reason))
            if len(found) == 2:
                break
    if not found or len(found) == 2 and _spread(found[0][:2], s, e) == _spread(found[1][:2], s, e):
        return None
    return found[0]


_FOREIGN_LINE_MAX = 80

# A line that opens with an outline marker (一、 （三） 1. 第二条) is the text's own.
_OUTLINE = regex.compile(r"\s*+(?:[(\u3008]?[一二三四五六七八九十\d]{1,3}+[)\u3009\u3001.]|第[一二三四五六七八九十百\d]++[章条节])")
_LIST_HINT = regex.compile(r"\p{Han}[ |\u3001/]++\p{Han}")
def _pieces_of(seg: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PIECE.finditer(seg) if m.group().strip()]
