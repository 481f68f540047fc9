"""More TUNE forms (round 5 of issue 16): defect kinds derived from the causes of damage.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from common import HAN
from forms_common import Ctx, Gold, Inj
from forms_tune import _dup, _part_sites, _protect
from forms_tune_chrome_dup import _dup_loose

# ======================================================================================
# dup (remove the repeat)


def _ends(line: str) -> list[int]:
    return [m.end() for m in re.finditer("[。！？]", line)]


@R.form("dup", "t23_long_run_inline")
def dup_long_run_inline(ctx: Ctx):
    """A CMS or scraper renders a run of four to six sentences twice inside one paragraph
    (甲。乙。丙。丁。甲。乙。丙。丁。戊。), the copy right after the run."""
    rng = ctx.rng
    for i in ctx.shuffled(ctx.prose_lines(40)):
        s, e, line = ctx.lines[i]
        ends = _ends(line)
        if len(ends) < 4:
            continue
        n = rng.randint(4, min(6, len(ends)))
        k0 = rng.randint(0, len(ends) - n)
        a = ends[k0 - 1] if k0 else ctx.marker_end(i) - s
        b = ends[k0 + n - 1]
        inj = _dup(ctx, (s + a, s + b), s + b, line[a:b], "inline")
        if inj:
            return inj
    return None


@R.form("dup", "t24_tail_run_own_line")
def dup_tail_run_own_line(ctx: Ctx):
    """PDF page-break overlap or a scraper's split: a paragraph's last two to four sentences
    stand again as a line of their own right under it."""
    rng = ctx.rng
    for i in ctx.shuffled(ctx.prose_lines(30)):
        s, e, line = ctx.lines[i]
        ends = _ends(line)
        n = rng.choice([2, 3, 4])
        if len(ends) <= n or ends[-1] != len(line):
            continue
        k = ends[-n - 1]
        inj = _dup(ctx, (s + k, e), e, "\n" + line[k:], "line")
        if inj:
            return inj
    return None


@R.form("dup", "t25_numbered_paragraph_doubled_in_line")
def dup_numbered_doubled_in_line(ctx: Ctx):
    """A numbered paragraph of two or more sentences glued twice on its line, the copy with its
    outline marker (（一）甲。乙。（一）甲。乙。)."""
    for m in ctx.shuffled(ctx.markers):
        s, e, line = ctx.lines[m.line]
        if m.start != s or line.count("。") < 2 or not line.endswith("。") or len(line) > 400:
            continue
        inj = _dup(ctx, (s, e), e, line, "inline")
        if inj:
            return inj
    return None


@R.form("dup", "t26_paragraph_split_copy")
def dup_paragraph_split_copy(ctx: Ctx):
    """A PDF converter repeats a paragraph after itself hard-wrapped into two lines (the copy
    broken at a sentence end inside it)."""
    for i in ctx.shuffled(ctx.prose_lines(40)):
        s, e, line = ctx.lines[i]
        ends = _ends(line)
        if len(ends) < 3 or ends[-1] != len(line):
            continue
        k = ends[len(ends) // 2 - 1]
        inj = _dup_loose(ctx, (s, e), e, "\n" + line[:k] + "\n" + line[k:], "line")
        if inj:
            return inj
    return None


@R.form("dup", "t27_half_width_copy_long")
def dup_half_width_copy_long(ctx: Ctx):
    """Copy-paste from another rendering: a run of three or more sentences repeated right
    after itself with its punctuation in ASCII (，。 -> , .)."""
    table = str.maketrans({"，": ",", "；": ";", "：": ":", "。": "."})
    for i in ctx.shuffled(ctx.prose_lines(40)):
        s, e, line = ctx.lines[i]
        ends = _ends(line)
        if len(ends) < 3 or ctx.marker_end(i) != s:
            continue
        b = ends[2]
        if re.search(r"[0-9]\。|[“”（）]", line[:b]):
            continue
        inj = _dup_loose(ctx, (s, s + b), s + b, line[:b].translate(table), "inline")
        if inj:
            return inj
    return None


# ======================================================================================
# figure (flag)


def _flag(s: int, e: int, raw: str, base: str) -> Inj:
    return Inj(s, e, raw, [Gold(0, len(raw), "figure", "flag", raw, repair=base, where="inline")])


_PERCENT = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?[%％]")


@R.form("figure", "t23_percent_sign_doubled")
def fig_percent_doubled(ctx: Ctx):
    """A percent sign typed twice or in both widths (8.2%% / 8.2％% / 8.2%％): a doubled key."""
    site = ctx.pick_span(ctx.matches(_PERCENT))
    if site is None:
        return None
    s, e, m = site
    raw = ctx.text[s:e] + ctx.rng.choice(["%", "％"])
    return _flag(s, e, raw, ctx.text[s:e])


@R.form("figure", "t24_percent_twice_worded")
def fig_percent_twice_worded(ctx: Ctx):
    """A percentage written both ways at once (百分之8.2% / 百分之8.2): the author retyped
    the figure in words and kept the sign, or the converter kept the words."""
    site = ctx.pick_span(ctx.matches(rf"(?<=[{HAN}])(?<![0-9.])([0-9]+(?:\.[0-9]+)?)%"))
    if site is None:
        return None
    s, e, m = site
    raw = "百分之" + ctx.text[s:e]
    return _flag(s, e, raw, ctx.text[s:e])


_CHANGE_TO = re.compile(rf"(?<=[{HAN}])(达到|达|为|共)([0-9]+)([{HAN}]{{0,2}}?)(?=，其中)")


@R.form("figure", "t25_part_over_total_after_change_to")
def fig_part_over_total_after_change_to(ctx: Ctx):
    """A 其中 part above its total where the total is stated as a new level after a change word
    (扩大到 / 提高到 / 增加到 …万亩，其中…): the total must still bound its parts."""
    for ts, te, ps, pe, num, unit in ctx.shuffled(_part_sites(ctx)):
        total = float(ctx.text[ts:te - len(unit)])
        before = ctx.text[max(0, ts - 2):ts]
        if not ctx.free(ts - 2, pe) or total < 2 or before not in ("达到", "共有", "总数") and not before.endswith("为"):
            continue
        word = ctx.rng.choice(["扩大到", "提高到", "增加到", "增长到", "提升至"])
        cut = 2 if before in ("达到", "共有", "总数") else 1
        new = int(total * ctx.rng.uniform(1.2, 2.5)) + 1
        raw = word + ctx.text[ts:ps] + str(new)
        return _flag(ts - cut, pe, raw, ctx.text[ts - cut:pe])
    return None


_COUNT_CHANGE = re.compile(rf"(?<=[{HAN}])(增加|新增|减少|下降|净增|增长)([0-9]+)([{HAN}])(?=，)")


@R.form("figure", "t26_part_over_change")
def fig_part_over_change(ctx: Ctx):
    """A change followed by a single 其中 part larger than it (减少3000人，其中农村贫困人口3500人):
    the part of a change cannot exceed the change."""
    rng = ctx.rng
    for s, e, m in ctx.shuffled(list(ctx.matches(_COUNT_CHANGE))):
        n, unit = int(m.group(2)), m.group(3)
        if n < 5 or unit not in "人户家个所名项吨亩元" or not ctx.free(s, e + 1):
            continue
        word = rng.choice(["其中农村", "其中城镇", "其中重点", "其中新建"])
        added = f"，{word}{int(n * rng.uniform(1.2, 2.0)) + 1}{unit}"  # inserted after the change
        return Inj(e, e, added, [Gold(0, len(added), "figure", "flag", added, repair="", where="inline")])
    return None


_ITEM_MEASURED = re.compile(rf"(?<=[{HAN}]{{2}})([0-9]{{2,4}})([人家所个名户项])(?=[，、；。])")


@R.form("figure", "t27_measure_lost_after_noun")
def fig_measure_lost_after_noun(ctx: Ctx):
    """A count that follows its noun loses its measure word at the end of its item while a
    sibling of the same sentence keeps its one (培训校长45人，培训班主任120。)."""
    cands = []
    for s, e, m in ctx.matches(_ITEM_MEASURED):
        sent = ctx.text[max(0, s - 40):s]
        sent = sent[max(sent.rfind("。"), sent.rfind("\n")) + 1:]
        if re.search(rf"[{HAN}][0-9]+{m.group(2)}", sent) and not re.search(r"[0-9.]$", ctx.text[s - 1:s]):
            cands.append((s, e, m))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    return _flag(s, e, m.group(1), ctx.text[s:e])


# ======================================================================================
# protected (keep): real text the dup and figure rules could wrongly touch


@R.form("protected", "t5_refrain_and_names_with_figures")
def prot_refrain_and_names(ctx: Ctx):
    """Correct text that looks like a defect: a slogan repeated on purpose, a name with a
    number (365展贸网, 12345热线), a count written as a range with its unit once."""
    rng = ctx.rng
    return rng.choice([
        lambda: _protect(ctx, "投入300万元建设365展贸网，开设网店20家。", ["365展贸网"]),
        lambda: _protect(ctx, "畅通12345热线，全年受理诉求1.2万件，办结率达到98.5%。", ["12345热线", "98.5%"]),
        lambda: _protect(ctx, "每组配备3—5名志愿者，服务时长为2至3小时。", ["3—5名", "2至3小时"]),
    ])()


@R.form("protected", "t6_level_after_change_and_percent")
def prot_level_after_change(ctx: Ctx):
    """Correct breakdowns and percentages: parts below a total stated after 扩大到, a change
    with its parts (减少3000人，其中农村2100人), a rise in percentage points."""
    rng = ctx.rng
    return rng.choice([
        lambda: _protect(ctx, "耕地面积扩大到120万亩，其中高标准农田85万亩。", ["120万亩", "85万亩"]),
        lambda: _protect(ctx, "贫困人口减少3000人，其中农村2100人。", ["3000人", "2100人"]),
        lambda: _protect(ctx, "优良天数比例提高到86.3%，比上年提高2.1个百分点。", ["86.3%", "2.1"]),
    ])()
