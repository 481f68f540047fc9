"""A tolerant reader of date clusters: figures and whatever stands between them, read every way.

A date damaged by any cause (a mark lost, doubled, typed as a homophone, read by OCR as a
look-alike, replaced by a separator or a blank, a stray mark inside, a 0 typed as 〇/○, a
year shortened to two figures, 号 for 日) is still a cluster of figures with marks or
separators between them. Instead of one pattern per kind of damage, a cluster is cut into
figure groups and joints, every assignment of the figures to year, month and day that the
joints allow is enumerated, and the document decides: a reading counts only when it is a
calendar date in a year the document shows. One reading repairs the cluster to the
document's own date style (Y年M月D日); several are flagged with the readings.

What makes it a date and not a number is evidence every kind shares: at least two date marks
(true or slipped) in their places, or a final 日 after a four-figure year, or (for a purely
numeric cluster) the same separator twice in a document that writes its dates with 年月日,
in a date's place. Phone, ICP, index and ID numbers (a number's label before, a digit,
``-1`` or more figures after), times, ranges, amounts (a unit after a figure with no day
mark) and counts never read as one date.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex

from cleaner import chars
from cleaner.datecues import MAY_FOLLOW_DATE, month_day_readings, valid_date
from cleaner.dateplace import code_label_before, is_dateline
from cleaner.types import Edit, Flag

# Figures: ASCII and full-width digits, and the zeros a Chinese IME or OCR gives (〇 ○ ◯ Ｏ 零).
_ZERO_LIKE = "\u3007\u25cb\u25ef\uff2f\u96f6"
_FIG_CHARS = "0-9\uff10-\uff19" + _ZERO_LIKE
# What a mark position may hold: the mark itself, 号 for 日, homophones (念 越 约 阅) and the
# look-alikes of OCR and radical blocks (午 牛 乍, 冃 ⺝ ⽉ 丹 用, 曰 ⽇ 囗 ⺜ 臼; 目 is 月 or 日).
MARK_KINDS = {"年": "Y", "月": "M", "日": "D", "号": "D",
               "午": "Y", "牛": "Y", "乍": "Y", "念": "Y",
               "\u2f49": "M", "冃": "M", "\u2e9d": "M", "丹": "M", "用": "M", "越": "M", "约": "M", "阅": "M",
               "曰": "D", "\u2f47": "D", "囗": "D", "\u2e9c": "D", "臼": "D", "目": "MD"}
_TRUE_MARKS = "年月日"
_MARKS = "".join(MARK_KINDS)
# Separators a joint may hold: numeric-date separators, the IME's 、, blanks and stray marks.
# Typesetting, IMEs and PDF copies give look-alikes of . / - too: hyphens and dashes of other
# widths (‐ ‑ ‒ – − ﹣), middle and leader dots (· ・ ･ ‧ ﹒), fraction and division slashes (⁄ ∕).
_NUMERIC_SEPS = ("./\\-\uff0f\uff0d\uff0e\u3001" "\u2010\u2011\u2012\u2013\u2212\ufe63"
                 "\u00b7\u30fb\uff65\u2027\ufe52\u2044\u2215")
# Blanks of every width, and the invisible ones an HTML or PDF copy leaves (zero-width, BOM).
_BLANKS = " \u00a0\u3000\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u200b\u2060\ufeff"
_STRAY = "\uff0c\u3002,"
_SEPS = _NUMERIC_SEPS + _BLANKS + _STRAY
_CLUSTER = regex.compile(
    r"(?<![0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a_.\-/\\#=?&%+@~\uff0e\uff0d\uff0f第〔\[" + _ZERO_LIKE + "])"
    r"['\u2018\u2019]?+"
    rf"[{_FIG_CHARS}]{{2,8}}+"
    rf"(?:[{regex.escape(_SEPS)}{_MARKS}]{{1,3}}+[{_FIG_CHARS}]{{1,4}}+){{0,3}}+"
    rf"(?:[{regex.escape(_SEPS)}]?+[{_MARKS}]{{1,2}}+)?+")
_DIGIT = {**{chr(0xFF10 + i): str(i) for i in range(10)}, **{z: "0" for z in _ZERO_LIKE}}
# After a cluster: a figure, a separator and a figure, or 号 then a dash: a code, not a date.
_CODE_AFTER = regex.compile(r"[ \u00a0]?[0-9\uff10-\uff19]|[.\-/:\uff1a\uff0e\uff0d\uff0f][0-9\uff10-\uff19A-Za-z]")
# 、 joins list items: a 、-separated cluster is a date only next to a date word.
_DATE_WORD_BEFORE = regex.compile(r"(?:于|自|从|截至|截止|至|到|即|日期[:\uff1a]?)$")
# A range to a bare day after a day without its mark: "29至31日", "1—15号" (one 日 for both days).
_DAY_RANGE_AFTER = regex.compile(r"[至到\u2014\u2013\uff5e~\-\uff0d]{1,2}+[0-9\uff10-\uff19]{1,2}+[日号]")
# Days listed under one 日 after a day without its mark: "29、30日", "29和30日" (the 日 is theirs).
_DAY_LIST_AFTER = regex.compile(r"[\u3001\uff0c,和及与或]\s*+[0-9\uff10-\uff19]{1,2}+[日号]")
_DATE_WORD_AFTER = regex.compile(r"前|起|止|后|以前|以后|以来|之前|之后|召开|举行|施行|实施|生效|发布|印发")
# The document's written dates: do they say 年月日 (the style a repair goes back to)?
_CN_STYLE = regex.compile(r"(?<![0-9])(?:19|20)[0-9]{2}年|(?<![0-9])[0-9]{1,2}月[0-9]{1,2}日")
_NUMERIC_STYLE = regex.compile(r"(?<![0-9])(?:19|20)[0-9]{2}([\-/.])[0-9]{1,2}\1[0-9]{1,2}(?![0-9])")
# A written date's month and day figures: the document pads them (03月09日) or not (3月9日).
_MONTH_DAY = regex.compile(r"(?<![0-9])([0-9]{1,2})月([0-9]{1,2})日")


class Cluster:
    """A cluster cut into figure groups (digits as ASCII) and the joints between them."""

    def __init__(self, text: str, start: int, end: int):
        self.start, self.groups, self.joints, self.spans = start, [], [], []
        i = start
        if text[i] in "'\u2018\u2019":
            i += 1
        self.apostrophe = i > start
        while i < end:
            j = i
            while j < end and (text[j].isdigit() or text[j] in _ZERO_LIKE):
                j += 1
            self.groups.append("".join(_DIGIT.get(c, c) for c in text[i:j]))
            self.spans.append((i, j))
            k = j
            while k < end and not (text[k].isdigit() or text[k] in _ZERO_LIKE):
                k += 1
            self.joints.append(text[j:k])
            i = k
        self.fullwidth = all("\uff10" <= c <= "\uff19" for c in text[start:end] if c.isdigit())


def _joint_kinds(joint: str) -> str | None:
    """The mark kinds a joint allows ("" for separators only); None when it cannot be one mark.

    One mark (or the same mark doubled) and at most one stray mark or blank beside it.
    """
    marks = [c for c in joint if c in MARK_KINDS]
    others = [c for c in joint if c not in MARK_KINDS]
    if len(set(marks)) > 1 or len(marks) > 2:
        return None
    if marks and len(others) > 1:
        return None
    return MARK_KINDS[marks[0]] if marks else ""


def readings(c: Cluster, year_ok: Callable[[int], bool], shown: set[int]):
    """(year, month, day, used groups, trail joint index) for each way the cluster reads.

    >>> from cleaner.datereader import Cluster, readings
    >>> ok = lambda y: 2019 <= y <= 2022
    >>> [r[:3] for r in readings(Cluster("2021年111号", 0, 9), ok, {2021})]
    [(2021, 1, 11), (2021, 11, 1)]
    >>> [r[:3] for r in readings(Cluster("21年3月29日", 0, 8), ok, {2021})]
    [(2021, 3, 29)]
    """
    g, j = c.groups, c.joints
    kinds = [_joint_kinds(x) for x in j]
    if len(g[0]) >= 4:
        year, rest = int(g[0][:4]), g[0][4:]
    elif len(g[0]) == 2 and kinds[0] and "Y" in kinds[0] and 2000 + int(g[0]) in shown:
        year, rest = 2000 + int(g[0]), ""
    else:
        return []
    if not year_ok(year) or len(rest) > 4:
        return []
    # the fields after the year, with the joint after each; a lost 年 leaves no joint after the year
    if rest:
        segs, after, first_mark = [rest] + g[1:], list(range(len(g))), None
    else:
        segs, after, first_mark = g[1:], list(range(1, len(g))), 0
    if first_mark is not None and (kinds[0] is None or kinds[0] and "Y" not in kinds[0]):
        return []
    found = []
    for n in (2, 1):
        if len(segs) < n or not _fits(kinds, after[:n], ("M", "D")[2 - n:]):
            continue
        if n == 2:
            mo, d = segs[0], segs[1]
            if 1 <= len(mo) <= 2 and 1 <= len(d) <= 2 and valid_date(year, int(mo), int(d)):
                found.append((year, int(mo), int(d), after[1]))
        elif 2 <= len(segs[0]) <= 4:
            found += [(year, mo, d, after[0]) for mo, d in month_day_readings(segs[0], year)]
        if found:
            break
    return found


def _fits(kinds: list, at: list[int], want: tuple[str, ...]) -> bool:
    """Do the joints after the fields allow them (a mark of the field's kind, or separators)?

    The joint after the last field may be a separator or nothing (then the date ends there).
    """
    for k, w in zip(at, want):
        if kinds[k] is None or (kinds[k] and w not in kinds[k]):
            return False
    return True


def _used_end(c: Cluster, trail: int) -> int:
    """Where the date ends: after the last mark of the joint after its day (none: after the day)."""
    joint = c.joints[trail]
    last = max((i for i, ch in enumerate(joint) if ch in MARK_KINDS), default=-1)
    return c.spans[trail][1] + last + 1


def _evidence(text: str, c: Cluster, trail: int, end: int, marks_style: bool) -> bool:
    """Does the cluster say date, not a number, by the marks it keeps or its separators and place?"""
    used = c.joints[:trail] + [c.joints[trail]]
    marks = sum(any(ch in MARK_KINDS for ch in x) for x in used)
    after = text[end:end + 8]
    if _CODE_AFTER.match(after) or (c.joints[trail][-1:] == "号" and after[:1] and after[:1] in "-\uff0d"):
        return False
    if not any(ch in MARK_KINDS for ch in c.joints[trail]) and not MAY_FOLLOW_DATE.match(after):
        return False  # no day mark and a unit or a noun after: an amount, a count
    if not any(ch in MARK_KINDS for ch in c.joints[trail]) and _DAY_RANGE_AFTER.match(after):
        return False  # "3月29至31日": a day range shares the one 日 at its end
    if not any(ch in MARK_KINDS for ch in c.joints[trail]) and _DAY_LIST_AFTER.match(after):
        return False  # "2021年3月29、30日": days listed under one 日
    if marks >= 2:
        return True
    if marks == 1:
        # a final day mark after a four-figure year ("2021-329日", "2021329号"), or 年 kept, 月 a
        # separator and an event or deadline word after the day ("2021年3.29召开"; "2021年3.29亿元" is an amount)
        if len(c.groups[0]) < 4:
            return False
        return any(ch in "日号" for ch in c.joints[trail]) or (
            trail == 2 and "年" in c.joints[0] and c.joints[1] in _NUMERIC_SEPS and _DATE_WORD_AFTER.match(text, end) is not None)
    if trail == 1 and marks_style and not c.joints[0].strip(_NUMERIC_SEPS):
        # "于2021-415前": one separator, the day glued to its month: a date word on both sides, or
        # the date's own line under the signer ("南湖区市场监督管理局\n2023-710")
        before = text[max(0, c.start - 4):c.start]
        return bool(_DATE_WORD_BEFORE.search(before) and _DATE_WORD_AFTER.match(text, end)) or _closing_dateline(text, c.start, end)
    return marks_style and _numeric_date(text, c, trail, end)


# A line holding only a year, a separator and glued figures ("2023-710"): a dateline's shape.
_GLUED_LINE = regex.compile(r"(?m)^[ \u3000\t]*+(?:19|20)[0-9]{2}[\-/.\uff0d\uff0f\uff0e][0-9]{3,4}[ \u3000\t]*+$")


def _closing_dateline(text: str, start: int, end: int) -> bool:
    """The document's one dateline under its signer, closing the document (the last lines, after
    the body); not a list of numbers under unit names ("南湖区水利局\n2023-120", review r14)."""
    if not is_dateline(text, start, end) or text[end:].strip():
        return False
    return len(_GLUED_LINE.findall(text)) == 1


def _numeric_date(text: str, c: Cluster, trail: int, end: int) -> bool:
    """Y sep M sep D, the same separator twice, in a document that writes 年月日, where a date stands."""
    seps = c.joints[:trail]
    if trail != 2 or len(c.groups[0]) != 4 or seps[0] != seps[1] or seps[0].strip(_BLANKS + _NUMERIC_SEPS):
        return False
    before = _line_before(text, c.start)
    if before and not (regex.match(r"\p{Han}", before[-1]) or before[-1] in "\u3001\u3002\uff0c\uff1b\uff08"
                       or before == "\u2014\u2014" or _RANGE_FROM_DATE.search(before)):
        return False  # a label's value (发布时间：2021-03-29), a field of data ("date":"2021-04-19"): not prose
    if not seps[0].strip(_BLANKS) or "\u3001" in seps[0]:
        # blanks and 、 also part figures of a table row or a list: a date word or a clause start says date
        # (a dash opening a dateline, "——2003、3、5在…会议上", is the start of a clause too)
        return bool(_DATE_WORD_BEFORE.search(before) or _DATE_WORD_AFTER.match(text, end)
                    or not before.strip() or before[-1:] in "\u3002\uff0c\uff1b" or before == "\u2014\u2014")
    return True


# The end of a range's first date of the same shape (（2015.3.1—2015.7.30）): the second is a date where the
# first is, so the two are read alike (the first alone was repaired, the range left half in each style).
_RANGE_FROM_DATE = regex.compile(r"(?:19|20)[0-9]{2}([./])[0-9]{1,2}\1[0-9]{1,2}[\u2014\u2013\uff5e~\uff0d]{1,2}+$")
_LOOK_BACK = 32


def _line_before(text: str, start: int) -> str:
    """The line's text before ``start``, trailing blanks stripped, or only its last characters when
    the line is long: they answer every test made of it alike (its last character, whether it is
    empty or ——, a date word at its end). Slicing back to the line's start for each cluster of a long line
    of clusters was quadratic (2021、3、29、 repeated: 13 s for 128 kB)."""
    lo = max(0, start - _LOOK_BACK)
    line_start = text.rfind("\n", lo, start) + 1
    if line_start == 0 and lo > 0:  # no line start in reach: the line goes on before the window
        tail = text[lo:start].rstrip(_BLANKS)
        if len(tail) >= 4:  # as the whole line's would: not empty, not ——, a date word (日期：) whole in it
            return tail
        line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].rstrip(_BLANKS)


def _writes_marks(text: str) -> bool:
    """Does the document write its dates with 年月日 at least as often as with separators?

    Counted once per document (read_clusters), not once per cluster: a run of clusters stays linear.
    """
    cn = len(_CN_STYLE.findall(text))
    return cn > 0 and cn >= len(_NUMERIC_STYLE.findall(text)) - 1  # the cluster itself left out


def read_clusters(text: str, year_ok: Callable[[int], bool], shown: set[int]) -> Iterator[Edit | Flag]:
    """Read every date cluster of ``text``; repair the damaged ones with one reading, flag the others.

    >>> from cleaner.edits import apply
    >>> ok, t = (lambda y: 2018 <= y <= 2022), "2021年3月1日起。于2021年3月29号、2021/3/30前、2021年4冃2日、2021年111号召开"
    >>> out = list(read_clusters(t, ok, {2021}))
    >>> apply(t, [e for e in out if isinstance(e, Edit)])
    '2021年3月1日起。于2021年3月29日、2021年3月30日前、2021年4月2日、2021年111号召开'
    >>> [f.reason for f in out if isinstance(f, Flag)]
    ['date "2021年111号" reads as 2021年1月11日 or 2021年11月1日: check the source']
    >>> t = "2021年3月1日。浙ICP备20210329号-1，2021年3.29亿元，2021年1-6月，第2021329号，电话0571-2021.3.29"
    >>> list(read_clusters(t, ok, {2021}))
    []
    """
    pad, marks_style = _padding_style(text), _writes_marks(text)
    pos = 0
    while (m := _CLUSTER.search(text, pos)) is not None:
        c = Cluster(text, m.start(), m.end())
        found = readings(c, year_ok, shown) if len(c.groups) > 1 or c.joints[0] else []
        pos = c.spans[0][1] if not found else _used_end(c, found[0][3])
        pos = max(pos, m.start() + 1)
        if not found:
            continue
        end = _used_end(c, found[0][3])
        old = text[c.start:end]
        shown_dates = [_styled(y, mo, d, pad, c.fullwidth) for y, mo, d, _ in found]
        if len(found) == 1 and old == shown_dates[0]:
            continue
        if pad is None and _unpadded(old) == _unpadded(shown_dates[0]):
            continue  # only the padding differs, and the document has no padding style of its own
        if code_label_before(text, c.start) or not _evidence(text, c, found[0][3], end, marks_style):
            continue
        if CUT_SHORT.match(text, end):
            continue  # "于2021年4月1...": the text was cut there, its last figure may have gone on (4月10日)
        if len(found) == 1:
            yield Edit(c.start, end, old, shown_dates[0], f"date cluster \"{old}\" has one valid reading: {shown_dates[0]}")
        else:
            yield Flag(c.start, end, f"date \"{old}\" reads as {' or '.join(shown_dates)}: check the source")


# An ellipsis right after a figure: a teaser or a title cut at a width, not the end of the figure.
CUT_SHORT = regex.compile(rf"[ \u3000]*+{chars.ELLIPSIS_RUN}")


def _padding_style(text: str) -> bool | None:
    """Does the document pad its months and days (True), not pad them (False), or is it split (None)?

    Counted over the dates whose month or day is below 10: "03月09日" pads, "3月9日" does not.
    The style of the most is the document's; one padded date alone is no style (GB/T 9704 writes
    no padding zero), and a document split evenly is left as it is (None).

    >>> _padding_style("2021年03月09日，2021年04月06日"), _padding_style("2021年03月09日，3月9日"), _padding_style("3月29日")
    (True, None, False)
    >>> _padding_style("2021年03月09日")
    False
    """
    padded = plain = 0
    for m in _MONTH_DAY.finditer(text):
        figures = (m[1], m[2])
        if any(f[0] == "0" for f in figures):
            padded += 1
        elif any(len(f) == 1 for f in figures):
            plain += 1
    if padded > plain and padded >= 2:
        return True
    return None if padded and padded == plain else False


def _unpadded(date: str) -> str:
    return regex.sub(r"(?<!\d)[0\uff10](?=\d[月日])", "", date)


def _styled(year: int, month: int, day: int, pad: bool | None, fullwidth: bool) -> str:
    """The date in the document's style: 年月日, padded when the document pads, its digits' width."""
    out = f"{year}年{month:02d}月{day:02d}日" if pad else f"{year}年{month}月{day}日"
    return out.translate({ord(str(i)): 0xFF10 + i for i in range(10)}) if fullwidth else out
