"""Page widgets where the document's own lines hold them: glued before the title or a line of the
document, after the signature's date, and the platforms of a share bar at the page's edge. Helpers of
:mod:`cleaner.rules.chrome` (they decide; the rules there make the edits' records)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner import chars, chromecues, pagebits, uirows
from cleaner.docmodel import Line, is_prose, lines, non_blank, size
from cleaner.scanning import Tiling
from cleaner.types import Edit


def glued_to_lines(text: str, shape: Tiling, strong_re: regex.Pattern) -> Iterator[Edit]:
    """Bracketed widgets glued before a line of the document (【打印】【关闭】为切实做好…), and a widget glued
    after the signature's date (2024年3月5日　【打印】【关闭】): the line's own words stay."""
    def bracketed(s: str) -> bool:  # two widget words, or one long one, and nothing else
        return has_widget and ((chromecues.enough_widget(s, strong_re) and shape.covers(s)) or chromecues.button_row(s))

    def widget(s: str) -> bool:  # a form's sign-off (审核：李华 签发：王伟) after its date is no widget
        kind = chromecues.furniture(s)
        return bracketed(s) or bool(kind and kind != "editor credit" or uirows.ui_row(s))

    def lead_widget(s: str) -> bool:  # a row of widget cells: one word or a counter before a gap may label the sentence
        return (uirows.ui_row(s) or "").startswith("widget row") and any(c.isspace() or c in "|｜[]【】" for c in s)

    has_widget = strong_re.search(text) is not None
    for line in non_blank(lines(text))[1:]:  # the title line is glued_lead's
        cut = pagebits.bracket_lead(line.text, bracketed) or _gap_lead(line.text, lead_widget)
        if cut and (uirows.ui_row(_LEAD_SEPARATORS.sub("", line.text[cut:])) or "").startswith("widget row"):
            continue  # more widgets after the lead, no line of the document: the line rules judge the row whole
        if cut:
            yield Edit(line.start, line.start + cut, line.text[:cut], "", "page widget glued before a line of the document")
        elif cut := pagebits.after_lead_date(line.text, widget):
            yield Edit(line.start + cut, line.end, line.text[cut:], "", "page widget glued after the date")


_GAP = regex.compile(r"[ \t\u3000]++")
_LEAD_SEPARATORS = regex.compile(r"^[^\p{Han}A-Za-z0-9\[【(\uff08〖]++")  # the cells' bar, before the first
_WIDE_GAP = regex.compile(chars.WIDE_GAP)  # where a widget's cell ended


def _gap_lead(line: str, is_widget) -> int:
    """Where a paragraph's sentence starts after a widget row glued before it across a wide gap
    (👁 2.0万 | [打印]　要顺应…), or 0: the lead must be a widget row (``is_widget``) and the rest a
    sentence of the document. One word before the gap labels the sentence (政务微博  全年发布…).

    >>> _gap_lead("👁 2.0万 | [打印]　要顺应群众期待。", lambda s: s == "👁 2.0万 | [打印]"), _gap_lead("阅读  各单位要精读。", lambda s: False)
    (14, 0)
    """
    m = _WIDE_GAP.search(line, 0, 40)
    if m is None or m.start() == 0 or not is_prose(line[m.end():]) or not is_widget(line[:m.start()].strip()):
        return 0
    return m.end()


def glued_lead(text: str, shape: Tiling, strong_re: regex.Pattern) -> Iterator[Edit]:
    """A widget or date bar glued before the title on the first line ("无障碍 | 长者模式  关于…的通知"):
    the longest run of widget words ending at a space, with a strong one, and a title after it; and
    a widget glued after the title ("…工作要点【字号：大 中 小】"), after a gap or at a bracket."""
    doc = non_blank(lines(text))
    if not doc:
        return
    line, cut = doc[0], 0
    if chromecues.date_bar(line.text) or shape.covers(line.text.strip()):
        return  # the whole line is the bar: drop_furniture / drop_widgets take it
    for m in _GAP.finditer(line.text, 0, 80):
        lead, rest = line.text[:m.start()].strip(), line.text[m.end():]
        bar = (shape.covers(lead) and strong_re.search(lead)) or chromecues.date_bar(lead)
        if lead and bar and size(rest) >= 6 and not shape.covers(rest.strip()):
            cut = m.end()
    if cut:
        yield Edit(line.start, line.start + cut, line.text[:cut], "", "page widget glued before the title")
    end = uirows.title_tail(line.text, lambda s: bool(uirows.ui_row(s) or chromecues.furniture(s) or chromecues.button_row(s)
                                                      or (strong_re.search(s) and shape.covers(s))))
    if end > cut and not is_prose(line.text):  # the widget ran into the title's end on one line: the title stays
        yield Edit(line.start + end, line.end, line.text[end:], "", "page widget glued after the title")


def share_bar(doc: list[Line], k: int, head_end: int) -> bool:
    """Platforms as a share bar (微信　微博　QQ): with their label at an edge; without it only as the page's
    first or last line beside another furniture line (a report's 抖音　今日头条　微博 under 入驻平台 stays)."""
    s = doc[k].text.strip()
    if not pagebits.share_targets(s):
        return False
    if "分享" in s:
        return True
    if k not in (0, len(doc) - 1) or len(doc) < 2:
        return False  # a page of that one line has no furniture beside it
    near = doc[k + 1] if k == 0 else doc[k - 1]
    in_head = near.index < head_end
    return bool(chromecues.line_furniture(near.text, in_head=in_head) or uirows.ui_row(near.text) or pagebits.access_bar(near.text))
