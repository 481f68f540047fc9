"""Page furniture glued before a paragraph: where the widget ends and the paragraph begins.

A scraper that loses the line break under a tool bar, a counter or a breadcrumb glues it to
the first words of the next paragraph ("【打印】【关闭】各县（市、区）要…"). Two cues must agree
before anything goes: the lead is wholly furniture by its shape (widget words and separators
with a strong word, a counter, a trail of short items from a root), and what follows it is a
paragraph of running text that starts with a word, not with more filler.
"""

from __future__ import annotations

import regex

from cleaner import chromecues, crumbs
from cleaner.docmodel import is_prose, lines, size
from cleaner.scanning import Tiling

# Where a lead can end: after a run of spaces, or right after a closing bracket.
_CUT = regex.compile(r"[ \t\u3000]++|(?<=[\]\u3011\uff3d\u3017\u300f\u3015\uff09)>])")
# A paragraph starts with a word, a quote or an outline marker, not with a separator or a digit run.
_WORD_START = regex.compile(r"[\p{Han}\u201c\u300a\uff08(]")
_BRACKETED = regex.compile(r"^[\[\u3010\uff3b\u3016\u300e\u3014<].*[\]\u3011\uff3d\u3017\u300f\u3015>]$")
# A trail's root or label: without one, arrows between short items are a process the text states.
_TRAIL_ROOT = regex.compile(r"\u9996\u9875|\u4e3b\u9875|\u4f4d\u7f6e|\u680f\u76ee|(?i:home)")
_MAX_LEAD = 60
_MIN_REST = 10


def _lead_kind(lead: str, shape: Tiling, strong_re: regex.Pattern) -> str | None:
    """What kind of furniture the lead wholly is, or None."""
    kind = chromecues.furniture(lead)
    if kind in ("view counter", "QR or share label"):
        return kind
    words = chromecues.widget_text(lead, shape)
    if words is not None and strong_re.search(words) and (
            chromecues.enough_widget(words, strong_re) or _BRACKETED.match(lead)):
        return "page widget"
    if _TRAIL_ROOT.search(lead) and not is_prose(lead) and (
            crumbs.arrow_trail(lead) or crumbs.crumb_run(lines(lead), 0, 1)):
        return "breadcrumb"
    return None


def leading_furniture(line: str, shape: Tiling, strong_re: regex.Pattern) -> tuple[int, str] | None:
    """(end of the glued lead, its kind) when ``line`` is furniture glued before a paragraph, else None.

    The longest lead that qualifies wins; the rest must be running text of its own.

    >>> t = Tiling(["打印", "关闭"], r"[\\s\\[\\]\u3010\u3011]")
    >>> leading_furniture("\u3010\u6253\u5370\u3011\u3010\u5173\u95ed\u3011\u5404\u5355\u4f4d\u8981\u8ba4\u771f\u843d\u5b9e\u5404\u9879\u5de5\u4f5c\u4efb\u52a1\u3002", t, regex.compile("打印|关闭"))
    (8, 'page widget')
    >>> leading_furniture("\u6253\u5370 \u76f8\u5173\u6750\u6599\u987b\u4e8e\u6708\u5e95\u524d\u62a5\u9001\u5e02\u5c40\u3002", t, regex.compile("打印|关闭"))
    """
    best = None
    for m in _CUT.finditer(line, 0, _MAX_LEAD):
        lead, rest = line[:m.start()].strip(), line[m.end():]
        if not lead or size(rest) < _MIN_REST or not _WORD_START.match(rest) or not is_prose(rest):
            continue
        kind = _lead_kind(lead, shape, strong_re)
        if kind:
            best = (m.end(), kind)
    return best


# Interface icons: pictographs, arrows, technical symbols (⎙), dingbats (✉ ✕) and miscellaneous symbols
# (☞ ☎). Not the shapes and stars a document uses as bullets (◆ ● ■ ★ ☆), nor the circled numbers
# of its lists (❶ …): an icon font puts these glyphs beside a button's label, a writer does not.
_UI_ICON = regex.compile(r"[\U0001F000-\U0001FAFF\u2190-\u21FF\u2B00-\u2B2F\u2300-\u23FF\u2700-\u2775\u2794-\u27BF"
                         r"\u2600-\u2604\u2607-\u26FF]")
_ICON_FILLER = regex.compile(r"[\s\p{So}\p{Sm}\p{Sk}\p{P}\uFE0F\u200D]++")
_SENTENCE_MARK = regex.compile(r"[\u3002\uff0c\uff1b\uff01\uff1f,;!?]")
_LABEL_MAX = 10  # what an icon labels: a button's words, not a clause


def icon_label(line: str) -> bool:
    """A short button label beside an interface icon, with no sentence: 🖨 打印 ✕ 关闭 / ⬆ 返回顶部 / ▲TOP.

    >>> icon_label("\u2b06 \u8fd4\u56de\u9876\u90e8"), icon_label("\u2605\u91cd\u70b9\u4efb\u52a1"), icon_label("\u2192 \u5e02\u5c40\u5ba1\u6838\uff0c\u7ed3\u679c\u516c\u793a\u3002")
    (True, False, False)
    """
    s = line.strip()
    if not s or _UI_ICON.search(s) is None or _SENTENCE_MARK.search(s) or is_prose(s):
        return False
    label = _ICON_FILLER.sub("", s)
    return 0 < len(label) <= _LABEL_MAX and not regex.search(r"\d{2}", label)
