"""More TUNE forms (round 11): figure, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.

figure (flag): a count that lost its measure word after an approximation word (300余基层干部,
近200医务人员); a percentage whose sign was lost (同比增长12.6，); a part whose unit multiplier was
typed one scale up (其中市级配套2400亿元 inside a 6850万元 total); thousands separators of other
conventions (4,65,250元, 46'525万元, 46.525.000元); a share-type rate above 100% with rate nouns
and wordings the earlier rounds never used (由85%提高到106%, 占全市总量的112%); 其中 parts in
mixed scales that together exceed their total (1.2亿元，其中8000万元、5200万元), sometimes
opening the next sentence; the decimal slip put into the total instead of a part; an amount
that lost the 万 its sibling parts keep (3200万元、1800元).

protected (keep): digits glued to nouns that are names, not counts (12345热线, 5G基站, G60走廊,
4A级景区, 双11, PM2.5), and 其中 lists, rates and siblings that hold (a sub-part 含…, a tally of
days that sums exactly, a part whose total has another unit, a gross enrolment rate over 100%).
"""

from __future__ import annotations

import re

from common import HAN, int_to_cn
from forms_common import Ctx, Gold, Inj
from forms_tune import R, _protect

_FW = str.maketrans("0123456789", "０１２３４５６７８９")


def _flag(s: int, e: int, raw: str, base: str) -> Inj:
    return Inj(s, e, raw, [Gold(0, len(raw), "figure", "flag", raw, repair=base, where="inline")])


def _added(p: int, added: str) -> Inj:
    return Inj(p, p, added, [Gold(0, len(added), "figure", "flag", added, repair="", where="inline")])


# ======================================================================================
# figure (flag)

_COUNT_NOUN = re.compile(rf"(?<![0-9.,第])([1-9][0-9]{{1,4}})([个家名所项座户处支条])(?=[{HAN}]{{2}})")
_APPROX_AFTER = ["余", "多"]
_APPROX_BEFORE = ["近", "约", "超过", "逾", "将近", "累计近"]


@R.form("figure", "t61_measure_lost_after_approx")
def fig_measure_lost_approx(ctx: Ctx):
    """A count that lost its measure word next to an approximation word: 培训300余名基层干部 →
    300余基层干部, 组织近200名医务人员 → 近200医务人员 (sometimes in Chinese numerals: 三百余)."""
    rng = ctx.rng
    cands = [(s, e, m) for s, e, m in ctx.matches(_COUNT_NOUN) if ctx.text[e] not in "以左次、之余多"]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    n = int(m.group(1))
    num = m.group(1)
    if rng.random() < 0.3 and n % 10 == 0 and n < 1000:
        num = int_to_cn(n) if n < 100 else int_to_cn(n // 100) + "百" + ("" if n % 100 == 0 else int_to_cn(n % 100))
    if rng.random() < 0.5:
        raw = num + rng.choice(_APPROX_AFTER)
    else:
        raw = rng.choice(_APPROX_BEFORE) + num
    return _flag(s, e, raw, ctx.text[s:e])


_PCT = re.compile(r"(增长|下降|提高|降低|达到|达|为|占|保持在|稳定在)([0-9]{1,2}(?:\.[0-9])?)%(?=[，。；、])")


@R.form("figure", "t62_percent_sign_lost")
def fig_percent_lost(ctx: Ctx):
    """A percentage whose sign was lost (a cell's number format dropped on export): 同比增长12.6，
    覆盖率达到75，占比为35.6。 The figure is left bare before the punctuation."""
    cands = [(s + m.start(2) - m.start(), e, m) for s, e, m in ctx.matches(_PCT)]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    return _flag(s, e, m.group(2), ctx.text[s:e])


_PART_UNIT = re.compile(r"其中[^，。；0-9\n]{1,12}?([1-9][0-9]{1,4})(万元|平方米|人次|元|亩|吨)(?=[，。；、])")
_SCALE_UP = {"万元": ["亿元"], "平方米": ["平方公里", "万平方米"], "人次": ["万人次"], "元": ["万元"],
             "亩": ["万亩"], "吨": ["万吨"]}


@R.form("figure", "t63_part_multiplier_typo")
def fig_part_multiplier_typo(ctx: Ctx):
    """A 其中 part whose unit multiplier was typed one scale up, so the part dwarfs its total:
    总投资6850万元，其中市级配套2400亿元; 3.6万平方米，其中…12000平方公里."""
    rng = ctx.rng
    cands = [(s + m.start(1) - m.start(), e, m) for s, e, m in ctx.matches(_PART_UNIT)]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    raw = m.group(1) + rng.choice(_SCALE_UP[m.group(2)])
    return _flag(s, e, raw, ctx.text[s:e])


_BIG_NUM = re.compile(r"(?<![0-9.,，])([1-9][0-9]{4,7})(万元|元|人次|人|户|亩|吨)")


def _lakh(digits: str) -> str:
    head, tail = digits[:-3], digits[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head] + groups + [tail]) if head else ",".join(groups + [tail])


@R.form("figure", "t64_foreign_thousands")
def fig_foreign_thousands(ctx: Ctx):
    """A figure grouped by another convention than 1,234,567: Indian lakh groups (4,65,250元),
    a Swiss apostrophe (46'525万元), European points (46.525.000元) or a full-width comma in a
    group of two (46，52,500人)."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(_BIG_NUM))
    if site is None:
        return None
    s, e, m = site
    d = m.group(1)
    style = rng.choice(["lakh", "lakh", "swiss", "euro", "mixed"])
    if style == "lakh" and len(d) >= 6:
        shown = _lakh(d)
    elif style == "swiss":
        shown = f"{d[:-3]}'{d[-3:]}" if rng.random() < 0.5 else f"{d[:-3]}\u2019{d[-3:]}"
    elif style == "euro" and len(d) >= 7:
        shown = f"{int(d):,}".replace(",", ".")
    else:
        shown = d[:-5] + "\uff0c" + d[-5:-3] + "," + d[-3:] if len(d) >= 6 else d[:-2] + "," + d[-2:]
    return _flag(s, e, shown + m.group(2), ctx.text[s:e])


_RATE_NOUNS = ["家庭医生签约率", "生活垃圾无害化处理率", "政务服务事项网上办结率", "疫苗接种率", "持证上岗率",
               "设施完好率", "监测点位达标率", "特殊群体参保率", "村级站点覆盖率"]


@R.form("figure", "t65_share_over_100_new_wording")
def fig_share_new_wording(ctx: Ctx):
    """A share-type rate above 100% said in wordings the earlier forms never used: a change of
    level (…签约率由85%提高到106%), a share of a whole (占全市总量的112%), a rate noun after its
    figure (112%的覆盖率), or a rate in a 、 list (到位率、完好率分别为98%、104%)."""
    rng = ctx.rng
    ends = [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] == "。"]
    p = ctx.pick_point(ends)
    if p is None:
        return None
    hi = rng.choice([str(rng.randint(101, 140)), f"{rng.randint(101, 125)}.{rng.randint(1, 9)}"])
    lo = rng.randint(70, 96)
    pct = rng.choice(["%", "%", "％"])
    noun = rng.choice(_RATE_NOUNS)
    other = rng.choice([n for n in _RATE_NOUNS if n != noun])
    sentence = rng.choice([
        f"{noun}由{lo}{pct}提高到{hi}{pct}。",
        f"新增就业人员中，高校毕业生占全市总量的{hi}{pct}。",
        f"重点区域实现了{hi}{pct}的{rng.choice(['网络覆盖率', '监测覆盖率', '设施达标率'])}。",
        f"{noun}、{other}分别为{lo}{pct}、{hi}{pct}。",
    ])
    return _added(p, sentence)


_MONEY_TOTAL = re.compile(r"(?:投资|总额|安排|投入|筹集|下达|累计|共计|合计|资金|支出|收入)[^，。；0-9、\n]{0,6}?"
                          r"([1-9][0-9]{0,4}(?:\.[0-9])?)(万元|亿元)(?=[，。；])")
_SOURCES = ["中央资金", "省级补助", "市级配套", "县级自筹", "社会资本", "专项债券"]


@R.form("figure", "t66_parts_sum_over_mixed_scales")
def fig_parts_sum_mixed(ctx: Ctx):
    """其中 parts in mixed scales that together exceed their total although each alone is below
    it: 总投资1.2亿元，其中中央资金8000万元、省级补助5200万元 (the total in 亿元, the parts in 万元),
    sometimes opening the next sentence (…1.2亿元。其中，…)."""
    rng = ctx.rng
    cands = [(s + m.start(1) - m.start(), e, m) for s, e, m in ctx.matches(_MONEY_TOTAL)
             if "其中" not in ctx.text[e:e + 4]]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    wan = float(m.group(1)) * (10000 if m.group(2) == "亿元" else 1)
    if wan < 200:
        return None
    a = int(wan * rng.uniform(0.55, 0.8))
    b = int(wan * rng.uniform(0.4, 0.6))
    x, y = rng.sample(_SOURCES, 2)

    def fmt(v: int) -> str:
        if v >= 10000 and rng.random() < 0.6:
            return f"{v / 10000:.2f}".rstrip("0").rstrip(".") + "亿元"
        return f"{v}万元"

    lead = rng.choice(["，其中", "，其中：", "。其中，"])
    return _added(e, f"{lead}{x}{fmt(a)}、{y}{fmt(b)}")


_SLIP_TOTAL = re.compile(r"(?<![0-9.,])([1-9][0-9]{4,5})(万元)(?=，其中)")


@R.form("figure", "t67_decimal_slip_in_total")
def fig_decimal_slip_total(ctx: Ctx):
    """The decimal slip in the total instead of a part, so every part is above it: 总投资4.6525万元，
    其中中央资金12000万元 (46525万元)."""
    site = ctx.pick_span(ctx.matches(_SLIP_TOTAL))
    if site is None:
        return None
    s, e, m = site
    d = m.group(1)
    raw = d[0] + "." + d[1:] + m.group(2)
    return _flag(s, e, raw, ctx.text[s:e])


_WAN_PARTS = re.compile(r"[1-9][0-9]*万元、[^，。；0-9\n]{1,10}?([1-9][0-9]{2,4})(万)元")


@R.form("figure", "t68_multiplier_lost_among_parts")
def fig_multiplier_lost_parts(ctx: Ctx):
    """An amount that lost the 万 its siblings keep, so it is ten thousand times too small:
    其中中央资金3200万元、省级补助1800元、县级配套1200万元 (1800万元)."""
    cands = [(s + m.start(1) - m.start(), s + m.end(2) - m.start() + 1, m) for s, e, m in ctx.matches(_WAN_PARTS)]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    return _flag(s, e, m.group(1) + "元", ctx.text[s:e])


# ======================================================================================
# protected (keep)


@R.form("protected", "t16_digit_names_r11")
def prot_digit_names(ctx: Ctx):
    """Digits glued to a noun that are a name, not a count: a hotline, a network generation, a
    corridor or road code, a grade of scenic spot, a shopping day, a pollutant, a 1+N policy."""
    rng = ctx.rng
    return rng.choice([
        lambda: _protect(ctx, "群众可拨打12345政务服务便民热线反映诉求，120急救电话24小时畅通。", ["12345", "120"]),
        lambda: _protect(ctx, "新建5G基站860个，G60科创走廊沿线企业全部接入。", ["5G", "860个", "G60"]),
        lambda: _protect(ctx, "全县现有4A级旅游景区3家，双11期间快递业务量同比增长36%。", ["4A级", "3家", "双11", "36%"]),
        lambda: _protect(ctx, "PM2.5平均浓度下降到32微克/立方米，构建“1+N”政策体系。", ["PM2.5", "32微克", "1+N"]),
        lambda: _protect(ctx, "沿318国道布设服务站6处，覆盖95后返乡创业青年1200余人。", ["318国道", "6处", "1200余人"]),
    ])()


@R.form("protected", "t17_parts_and_rates_that_hold_r11")
def prot_parts_hold(ctx: Ctx):
    """其中 lists and rates that hold: a sub-part marked 含, a tally of days that sums exactly, a
    part whose nearest total has another unit, a gross enrolment or self-sufficiency rate over 100%."""
    rng = ctx.rng
    return rng.choice([
        lambda: _protect(ctx, "招聘教师120名，其中男教师45名、女教师75名（含研究生12名）。", ["120名", "45名", "75名", "12名"]),
        lambda: _protect(ctx, "全年空气质量优良天数312天，其中优128天、良184天。", ["312天", "128天", "184天"]),
        lambda: _protect(ctx, "实施项目12个，总投资8.5亿元，其中中央资金3亿元、省级补助2.6亿元。", ["12个", "8.5亿元", "3亿元", "2.6亿元"]),
        lambda: _protect(ctx, "高中阶段毛入学率达到102.6%，粮食自给率达到118%。", ["102.6%", "118%"]),
        lambda: _protect(ctx, "总面积3.6万平方米，其中绿化面积12000平方米、道路8600平方米。", ["3.6万平方米", "12000平方米", "8600平方米"]),
    ])()
