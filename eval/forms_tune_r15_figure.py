"""More TUNE forms (round 15): figure, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.

figure (flag), in shapes that spreadsheets, CMS templates and OCR leave and the earlier forms never
showed: a binary floating-point residue from a spreadsheet cell (增长12.600000000000001%,
3.1999999999999997亿元); a figure in scientific notation (1.2345E+04万元); a figure glued to the next
figure when the words between were lost (完成投资12.5亿元32.6%); a unit character misread by OCR
(12.5力元, 3500方元, 4.2忆元); a count zero-padded by an export (新建学校012所); an approximation said
twice in contradiction (近300余名, 超过120多家); a unit of another dimension after a money noun
(下达补助资金3500万人); a spreadsheet error or a template token where the figure belongs
(完成率#DIV/0!, 投资NaN万元, 增长undefined%).

protected (keep): tables whose unit sits in a header line and whose cells hold bare figures, and
real look-alikes of the shapes above (第05期, 编号001, 3#楼, 300余名, 近300名, 土方3500方, a
coordinate with six decimals, a figure and a rate separated by 、).
"""

from __future__ import annotations

import re

from common import HAN
from forms_common import Ctx, Gold, Inj, keep_lines
from forms_tune import R, _protect


def _flag(s: int, e: int, raw: str, base: str) -> Inj:
    return Inj(s, e, raw, [Gold(0, len(raw), "figure", "flag", raw, repair=base, where="inline")])


_DEC_UNIT = re.compile(r"(?<![0-9.,])([0-9]{1,4})\.([0-9]{1,2})(%|％|万元|亿元|万人|万吨|万亩)")
_WHOLE_MONEY = re.compile(r"(?<![0-9.,，])([1-9][0-9]{2,6})(万元|元|亿元)")
_ANY_MONEY = re.compile(r"(?<![0-9.,，])([1-9][0-9]{0,6}(?:\.[0-9]{1,4})?)(万元|亿元|万人)")
_COUNT = re.compile(rf"(?<=[{HAN}])(?<![第0-9号])([1-9][0-9]{{0,3}})([个家名所项座户处支条台])(?=[{HAN}，。、；])")


@R.form("figure", "t77_float_residue")
def fig_float_residue(ctx: Ctx):
    """A decimal carrying a spreadsheet's binary floating-point residue: 12.6% →
    12.600000000000001%, 3.2亿元 → 3.1999999999999997亿元."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(_DEC_UNIT))
    if site is None:
        return None
    s, e, m = site
    whole, frac = m.group(1), m.group(2)
    if rng.random() < 0.5:
        shown = f"{whole}.{frac}{'0' * rng.randint(11, 14)}{rng.choice('1234')}"
    else:
        value = int(whole + frac) - 1
        digits = f"{value:0{len(whole + frac)}d}"
        shown = f"{digits[:-len(frac)] or '0'}.{digits[-len(frac):]}{'9' * rng.randint(11, 14)}{rng.choice('6789')}"
    return _flag(s, e, shown + m.group(3), ctx.text[s:e])


@R.form("figure", "t78_scientific_notation")
def fig_scientific(ctx: Ctx):
    """A figure exported in scientific notation (a spreadsheet cell too narrow for it):
    46525万元 → 4.6525E+04万元, 1200元 → 1.2e+03元."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(_WHOLE_MONEY))
    if site is None:
        return None
    s, e, m = site
    d = m.group(1)
    mant = (d[0] + "." + d[1:]).rstrip("0").rstrip(".")
    exp = len(d) - 1
    e_mark = rng.choice(["E+", "E+", "e+", "E"])
    exp_s = f"{exp:02d}" if e_mark.endswith("+") else str(exp)
    return _flag(s, e, f"{mant}{e_mark}{exp_s}{m.group(2)}", ctx.text[s:e])


_RATE_AFTER = re.compile(r"(?<![0-9.,])([0-9]{1,6}(?:\.[0-9]{1,2})?(?:万元|亿元|万人|万吨|个|家|人|所|项))"
                         r"(，(?:同比|比上年|较上年)?(?:增长|下降|提高|减少|上升))([0-9]{1,3}(?:\.[0-9]{1,2})?[%％])")


@R.form("figure", "t79_figure_glued_to_figure")
def fig_glued_figures(ctx: Ctx):
    """A figure glued to the next one when the words between were lost (a merged table row, an
    edit that cut too much): 完成投资12.5亿元，同比增长32.6% → 完成投资12.5亿元32.6%. Where the text
    has no such pair, a count is repeated with another value right after it (新增就业1.2万人1.5万人)."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(_RATE_AFTER))
    if site is not None:
        s, e, m = site
        return _flag(s, e, m.group(1) + m.group(3), ctx.text[s:e])
    site = ctx.pick_span(ctx.matches(_ANY_MONEY))
    if site is None:
        return None
    s, e, m = site
    other = f"{rng.randint(2, 95)}.{rng.randint(1, 9)}" + m.group(2)
    raw = ctx.text[s:e] + other
    return Inj(e, e, other, [Gold(0, len(other), "figure", "flag", other, repair="", where="inline")]) \
        if rng.random() < 0.5 else _flag(s, e, raw, ctx.text[s:e])


_OCR_UNIT = {"万": ["力", "方", "历"], "亿": ["忆", "乙"]}


@R.form("figure", "t80_unit_misread_by_ocr")
def fig_unit_ocr(ctx: Ctx):
    """A multiplier of a unit misread by OCR as a look-alike character: 12.5万元 → 12.5力元 /
    3500方元, 4.2亿元 → 4.2忆元 / 4.2乙元, 1.5万人 → 1.5力人."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(_ANY_MONEY))
    if site is None:
        return None
    s, e, m = site
    unit = m.group(2)
    bad = rng.choice(_OCR_UNIT[unit[0]]) + unit[1:]
    return _flag(s, e, m.group(1) + bad, ctx.text[s:e])


@R.form("figure", "t81_zero_padded_count")
def fig_zero_padded(ctx: Ctx):
    """A count zero-padded by an export (a fixed-width cell): 新建学校12所 → 新建学校012所,
    培训5名 → 培训05名, 检查86家 → 检查0086家."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(_COUNT))
    if site is None:
        return None
    s, e, m = site
    d = m.group(1)
    width = len(d) + rng.choice([1, 1, 2])
    return _flag(s, e, d.zfill(width) + m.group(2), ctx.text[s:e])


@R.form("figure", "t82_approximation_contradicts")
def fig_approx_twice(ctx: Ctx):
    """An approximation said twice in contradiction (an upper and a lower bound at once):
    培训300名 → 培训近300余名, 检查120家 → 检查超过120多家, 将近50多个."""
    rng = ctx.rng
    cands = [x for x in ctx.matches(_COUNT) if int(x[2].group(1)) >= 10
             and ctx.text[x[0] - 1] not in "近约余多超过逾"]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    pre = rng.choice(["近", "将近", "超过", "逾"])
    post = rng.choice(["余", "多"])
    return _flag(s, e, pre + m.group(1) + post + m.group(2), ctx.text[s:e])


_MONEY_NOUN = re.compile(r"(资金|投资|经费|补助|补贴|预算|拨款|奖补资金)(达到|达|为|共|合计|累计)?"
                         r"([1-9][0-9]{0,6}(?:\.[0-9]{1,4})?)(万元|亿元)")


@R.form("figure", "t83_unit_of_other_dimension")
def fig_unit_dimension(ctx: Ctx):
    """A unit of another dimension after a money noun (a column's unit pasted onto the wrong
    cell): 下达补助资金3500万元 → 下达补助资金3500万人 / 3500万户 / 3500万吨. Where the text has no
    money noun before its amount, the sentence is added: 落实奖补资金1260万人次。"""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(_MONEY_NOUN))
    scale_units = ["人", "户", "人次", "吨", "亩", "平方米"]
    if site is not None:
        s, e, m = site
        fig_start = s + m.start(3) - m.start(0)
        bad = m.group(3) + m.group(4)[0] + rng.choice(scale_units)
        return _flag(fig_start, e, bad, ctx.text[fig_start:e])
    ends = [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] == "。"]
    p = ctx.pick_point(ends)
    if p is None:
        return None
    raw = f"落实{rng.choice(['奖补资金', '专项经费', '财政补助'])}{rng.randint(120, 9800)}万{rng.choice(scale_units)}。"
    return Inj(p, p, raw, [Gold(0, len(raw), "figure", "flag", raw, repair="", where="inline")])


@R.form("figure", "t84_software_token_for_figure")
def fig_software_token(ctx: Ctx):
    """A spreadsheet error or a template token where the figure belongs (a formula that broke on
    export, a CMS field rendered empty): 完成率#DIV/0!, 投资#VALUE!万元, 增长NaN%, 培训undefined人,
    资金null万元, 完成####万元."""
    rng = ctx.rng
    cands = list(ctx.matches(_DEC_UNIT)) + list(ctx.matches(_WHOLE_MONEY)) + list(ctx.matches(_COUNT))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    unit = m.groups()[-1]
    token = rng.choice(["#DIV/0!", "#VALUE!", "#REF!", "#N/A", "NaN", "undefined", "null", "####", "#####"])
    return _flag(s, e, token + unit, ctx.text[s:e])


# ======================================================================================
# protected (keep)


@R.form("protected", "t95_table_unit_header_bare_cells")
def prot_table_unit_header(ctx: Ctx):
    """A table flattened into lines whose unit sits in a header line and whose cells hold bare
    figures (no measure word, no unit), with decimals and a total row."""
    rng = ctx.rng
    unit = rng.choice(["单位：万元", "单位：个", "（单位：家、人）", "金额单位：万元"])
    sep = rng.choice([" | ", "\uff5c"])
    y = rng.choice([2021, 2022, 2023])
    rows = [unit, sep.join(["项目", f"{y}年", f"{y + 1}年", "增减"])]
    total_a = total_b = 0
    for name in rng.sample(["中央资金", "省级补助", "市级配套", "县级自筹", "社会资本"], 3):
        a, b = rng.randint(80, 9000), rng.randint(80, 9000)
        total_a, total_b = total_a + a, total_b + b
        rows.append(sep.join([name, str(a), str(b), f"{(b - a) / a * 100:.1f}%"]))
    rows.append(sep.join(["合计", str(total_a), str(total_b), f"{(total_b - total_a) / total_a * 100:.1f}%"]))
    return keep_lines(ctx, rows, "between")


@R.form("protected", "t96_figure_lookalikes_r15")
def prot_lookalikes(ctx: Ctx):
    """Real look-alikes of the round-15 shapes: issue numbers and codes with leading zeros
    (第05期, 编号001), building numbers with # (3#楼), one approximation word (近300名, 300余名),
    earthwork in 方, a coordinate with six decimals, a figure and a rate separated by 、."""
    rng = ctx.rng
    n = rng.randint(120, 980)
    issue = f"第0{rng.randint(1, 9)}期"
    code = f"00{rng.randint(1, 9)}"
    bld = f"{rng.randint(1, 9)}#楼"
    near = f"近{n}名"
    more = f"{n // 3}余名"
    earth = f"{rng.randint(1200, 9800)}方"
    coord = f"东经{rng.randint(110, 122)}.{rng.randint(100000, 999999)}"
    pair = f"{rng.randint(2, 60)}.{rng.randint(1, 9)}亿元、{rng.randint(2, 40)}.{rng.randint(1, 9)}%"
    return rng.choice([
        lambda: _protect(ctx, f"相关经验刊发于《工作简报》{issue}，编号{code}。", [issue, code]),
        lambda: _protect(ctx, f"{bld}改造工程完成土方开挖{earth}。", [bld, earth]),
        lambda: _protect(ctx, f"累计培训{near}，其中骨干{more}。", [near, more]),
        lambda: _protect(ctx, f"监测点位于{coord}处。", [coord]),
        lambda: _protect(ctx, f"两项指标分别为{pair}。", [pair]),
    ])()
