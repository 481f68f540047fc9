"""More TUNE forms (round 4 of issue 16): further real-world shapes of the same defects.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

import re

from common import HAN
from forms_common import Ctx, Gold, Inj
from forms_tune import R  # forms register themselves on import

# ======================================================================================
# figure (flag), round 4: the shapes a scrape, an OCR pass or an editor really leaves.
#   t12 a measure word lost where the siblings of the clause carry other measure words or units
#   t13 a bare count closing its item of a list (医院12家、卫生院9、…)
#   t14 a 其中 part larger than the total of the sentence before, in other multipliers/separators
#   t15 parts listed after 其中 that add up to more than their total
#   t16 a share above 100% written another way (spaced, full-width, 百分之…)
#   t17 a decimal point typed as 。 or doubled (12。5万元, 12..5万元)
#   t18 digits split by a wide space (1　2345人, 12  345万元)
#   t19 two multipliers stacked (3.5亿万元, 12万千元)
#   t20 a fraction of a whole machine or set (3.5辆, 2.5台, 12.5套)


def _flag(s: int, e: int, raw: str, base: str, where: str = "inline") -> Inj:
    return Inj(s, e, raw, [Gold(0, len(raw), "figure", "flag", raw, repair=base, where=where)])


_MEASURE12 = "个名家所座处条套台辆支张项户批"
_SIBLING12 = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:万|亿)?(?:[个名家所座处条套台辆支张项户批人次]|公里|平方米|万元|元|吨|亩)")


@R.form("figure", "t12_measure_lost_among_units")
def fig_measure_among_units(ctx: Ctx):
    """A measure word lost where a sibling of the clause carries another measure word or a
    unit: 建成3个站点、12公里管网和5泵站 (5座泵站), 培训120乡村医生、发放3万元补助."""
    cands = []
    for s, e, m in ctx.matches(rf"(?<=[{HAN}])(?<![0-9.第年月])([0-9]{{1,4}})([{_MEASURE12}])(?=[{HAN}]{{2}})"):
        nxt = ctx.text[e:e + 2]
        if nxt[0] in "以左次、之多余" or nxt in ("百分", "月份", "工作", "小时"):
            continue
        lo, hi = max(0, s - 30), min(len(ctx.text), e + 30)
        clause_lo = max(ctx.text.rfind(c, lo, s) for c in "，。；：\n") + 1
        clause_hi = min([i for i in (ctx.text.find(c, e, hi) for c in "，。；：\n") if i >= 0] or [hi])
        sibs = [x for x in _SIBLING12.finditer(ctx.text, clause_lo, clause_hi) if x.end() <= s or x.start() >= e]
        if any(not x.group().endswith(m.group(2)) for x in sibs):
            cands.append((s, e, m))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    raw = m.group(1) + ctx.text[e:e + 2]
    return _flag(s, e + 2, raw, ctx.text[s:e + 2])


@R.form("figure", "t13_bare_count_closing_item")
def fig_bare_closing(ctx: Ctx):
    """A count closing its item with no measure word, its siblings keeping theirs:
    医院12家、卫生院9、诊所30家 / 共检查企业86，发现隐患120处."""
    cands = []
    for s, e, m in ctx.matches(rf"(?<=[{HAN}])(?<![0-9.第年月])([0-9]{{1,5}})([个名家所座处条套台辆支张项户批])(?=[、，；])"):
        line_s = ctx.lines[ctx.line_of(s)][0]
        sent_lo = max(ctx.text.rfind(c, line_s, s) for c in "。；\n") + 1
        sent_hi = min([i for i in (ctx.text.find(c, e) for c in "。；\n") if i >= 0] or [len(ctx.text)])
        near = ctx.text[max(sent_lo, s - 30):min(sent_hi, e + 30)]
        sibs = re.findall(rf"[{HAN}][0-9]+(?:万|亿)?[个名家所座处条套台辆支张项户批]", near)
        if len(sibs) >= 2:
            cands.append((s, e, m))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    return _flag(s, e, m.group(1), ctx.text[s:e])


_TOTAL14 = re.compile(rf"(?<=[{HAN}])(?<![0-9.,])([0-9]+(?:\.[0-9]+)?)(万亿|亿|万)?(元|人次|人|户|家|个|所|吨|亩|公里)(?=。)")
_LABELS = ["市级", "新增部分", "农村地区", "中央资金", "企业", "城镇", "重点项目", "当年", "社会资本", "省级以上"]
_MULT = {"": 1, "万": 10 ** 4, "亿": 10 ** 8, "万亿": 10 ** 12}


def _written(value: float, rng) -> str:
    """``value`` (in units) written as a figure with a multiplier, maybe with separators."""
    choices = []
    for mult in ("", "万", "亿"):
        n = value / _MULT[mult]
        if 1 <= n < 10 ** 7:
            choices.append((mult, n))
    mult, n = rng.choice(choices)
    if n >= 1000 and n == int(n) and rng.random() < 0.5:
        text = f"{int(n):,}"
    elif n == int(n):
        text = str(int(n))
    else:
        text = f"{n:.2f}".rstrip("0").rstrip(".")
    return text + mult


# A total given as a bound (不少于3000个, 超过55万亿元, 最高不超过30万元) may be exceeded by a part.
_BOUND = re.compile(r"超过|超|不少于|不低于|以上|最高|不超过|约|近|逾|多于")


@R.form("figure", "t14_part_exceeds_previous_sentence")
def fig_part_next_sentence(ctx: Ctx):
    """A 其中 opening its own sentence whose part exceeds the total that ends the sentence
    before, in another multiplier or with separators: …6850万元。其中市级1.2亿元。"""
    cands = [(s, e, m) for s, e, m in ctx.matches(_TOTAL14) if not _BOUND.search(ctx.text[max(0, s - 6):s])]
    site = ctx.pick_span([(e + 1, e + 1, m, s) for s, e, m in cands if ctx.free(s, e + 1)])
    if site is None:
        return None
    p, _, m, s = site
    sent_lo = max(ctx.text.rfind(c, 0, s) for c in "。；\n") + 1
    unit = m.group(3)
    values = [float(x.group(1)) * _MULT[x.group(2) or ""]
              for x in _TOTAL14.finditer(ctx.text[sent_lo:p]) if x.group(3) == unit]
    values += [float(x.group(1)) * _MULT[x.group(2) or ""] for x in re.finditer(
        rf"(?<![0-9.,])([0-9]+(?:\.[0-9]+)?)(万亿|亿|万)?{unit}", ctx.text[sent_lo:p])]
    total = max(values)
    rng = ctx.rng
    bigger = round(total * rng.uniform(1.3, 3.0)) if total >= 10 else total + rng.randint(5, 40)
    if unit in ("元", "吨", "亩") and bigger >= 10 ** 5:
        bigger = round(bigger, -4)
    raw = rng.choice(["其中", "其中，", "其中："]) + rng.choice(_LABELS) + _written(bigger, rng) + unit + "。"
    return Inj(p, p, raw, [Gold(0, len(raw), "figure", "flag", raw, repair="", where="splice")])


_TOTAL15 = re.compile(rf"(?<=[{HAN}])(?<![0-9.,])([1-9][0-9]{{1,4}})(家|个|所|人|户|项|名)(?=[。；])")
_KINDS = [("城区", "农村"), ("公办", "民办"), ("新建", "改扩建"), ("市级", "县级"), ("一类", "二类", "三类")]


@R.form("figure", "t15_parts_sum_exceeds")
def fig_parts_sum(ctx: Ctx):
    """Parts listed after 其中 that add up to more than their total, none above it alone:
    共有医院30家，其中公办18家、民办17家。"""
    cands = []
    for s, e, m in ctx.matches(_TOTAL15):
        unit = m.group(2)
        sent_lo = max(ctx.text.rfind(c, 0, max(0, s - 1)) for c in "。；\n") + 1
        before = ctx.text[max(0, ctx.text.rfind("。", 0, max(0, sent_lo - 1)) + 1):s]
        if all(int(x) < int(m.group(1)) for x in re.findall(rf"(?<![0-9.])([0-9]+){unit}", before)) \
                and not _BOUND.search(ctx.text[max(0, s - 6):s]):
            cands.append((s, e, m))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    total, unit = int(m.group(1)), m.group(2)
    rng = ctx.rng
    kinds = rng.choice(_KINDS)
    n = len(kinds)
    target = total + max(2, round(total * rng.uniform(0.15, 0.5)))
    cuts = sorted(rng.sample(range(1, target), n - 1)) if target > n else None
    if cuts is None:
        return None
    parts = [b - a for a, b in zip([0, *cuts], [*cuts, target])]
    if max(parts) >= total or min(parts) < 1:
        return None
    sep = rng.choice(["、", "、", "，"])
    raw = rng.choice(["，其中", "，其中：", "。其中"]) + sep.join(k + str(v) + unit for k, v in zip(kinds, parts))
    return Inj(e, e, raw, [Gold(0, len(raw), "figure", "flag", raw, repair="", where="splice")])


_SHARE16 = re.compile(rf"(占比|比重|比例|[{HAN}]{{2}}率|占[^，。；0-9\n]{{1,10}}?的)([^，。；0-9\n%％]{{0,6}})([0-9]+(?:\.[0-9]+)?)[%％]")
_CAN_PASS16 = ("增长率", "完成率", "毛入学率", "贡献率", "执行率", "到位率", "使用率", "赤字率", "比率", "收益率", "利率",
               "增速率", "负债率", "开工率", "税率", "汇率", "效率")
_CN = "零一二三四五六七八九"


def _cn_number(n: int) -> str:
    """101..199 in Chinese numerals: 一百零五, 一百二十, 一百三十六."""
    tens, ones = divmod(n - 100, 10)
    if tens == 0:
        return "一百零" + _CN[ones]
    return "一百" + _CN[tens] + "十" + (_CN[ones] if ones else "")


@R.form("figure", "t16_share_over_100_written_otherwise")
def fig_share_otherwise(ctx: Ctx):
    """A share above 100% written otherwise: 覆盖率达 112 %, 占比１０８％, 比重为百分之一百一十五."""
    cands = []
    for s, e, m in ctx.matches(_SHARE16):
        if m.group(1).endswith(_CAN_PASS16) or float(m.group(3)) > 100:
            continue
        if re.search("比|较|提高|增长|下降|上升|降低|增加|减少", m.group(2)):
            continue
        cands.append((s + m.start(3) - m.start(), e))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    rng = ctx.rng
    n = rng.randint(101, 180)
    style = rng.choice(["space", "wide", "cn", "decimal"])
    if style == "space":
        raw = f"{n} " + rng.choice(["%", "％"])
    elif style == "wide":
        raw = "".join(chr(ord(c) + 0xFEE0) for c in str(n)) + "％"
    elif style == "cn":
        raw = "百分之" + _cn_number(n)
    else:
        raw = f"{n}.{rng.randint(1, 9)}" + rng.choice(["%", "％"])
    return _flag(s, e, raw, ctx.text[s:e])


_DECIMAL17 = re.compile(rf"(?<=[{HAN}])(?<![0-9.,])([0-9]+)\.([0-9]+)(?=万|亿|%|元|吨|公里|平方米|个百分点)")


@R.form("figure", "t17_decimal_point_mistyped")
def fig_decimal_mistyped(ctx: Ctx):
    """A decimal point typed as a full stop or doubled: 12。5万元, 3..6亿元, 46．．5%."""
    site = ctx.pick_span(ctx.matches(_DECIMAL17))
    if site is None:
        return None
    s, e, m = site
    point = ctx.rng.choice(["\u3002", "..", "\uff0e\uff0e", "\u3002"])
    raw = m.group(1) + point + m.group(2)
    return _flag(s, e, raw, ctx.text[s:e])


_PLAIN18 = re.compile(rf"(?<=[{HAN}])(?<![0-9.,])([0-9]{{3,6}})(?=万元|万人|亿元|万|元|人|户|吨|亩|家|个|名|辆|台|套|公里)")


@R.form("figure", "t18_digits_split_wide_space")
def fig_digits_wide_space(ctx: Ctx):
    """Digits split by a space of another kind or width: 1　2345人, 12  345万元, 68\u2009500元."""
    site = ctx.pick_span(ctx.matches(_PLAIN18))
    if site is None:
        return None
    s, e, m = site
    num = m.group(1)
    k = ctx.rng.randrange(1, len(num))
    raw = num[:k] + ctx.rng.choice(["\u3000", "  ", "\u2009", "\u00a0 ", "\u3000"]) + num[k:]
    return _flag(s, e, raw, num)


_AMOUNT19 = re.compile(rf"(?<=[{HAN}])(?<![0-9.,])([0-9]+(?:\.[0-9]+)?)(万|亿)(元|人|户|吨|亩|千瓦|平方米)")


@R.form("figure", "t19_stacked_multipliers")
def fig_stacked_multipliers(ctx: Ctx):
    """Two multipliers stacked where one belongs: 3.5亿万元, 120万千元, 86万亿人."""
    site = ctx.pick_span(ctx.matches(_AMOUNT19))
    if site is None:
        return None
    s, e, m = site
    num, mult, unit = m.groups()
    extra = {"万": ["千", "百"], "亿": ["万", "千万"]}[mult]
    raw = num + mult + ctx.rng.choice(extra) + unit
    return _flag(s, e, raw, ctx.text[s:e])


@R.form("figure", "t20_fraction_of_machines")
def fig_fraction_machines(ctx: Ctx):
    """A count of machines, vehicles or sets with a fraction: 购置救护车3.5辆, 新增设备12.5台."""
    cands = []
    for s, e, m in ctx.matches(rf"(?<=[{HAN}])(?<![0-9.,])([0-9]{{2,4}})([台辆套艘架张座])(?![次均])"):
        clause = re.split("[，。；：]", ctx.text[max(0, s - 30):s])[-1]
        if re.search(r"均|每|平均|人口|千人|万人|百户|百人", clause):
            continue
        cands.append((s, e, m))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    num = m.group(1)
    k = ctx.rng.randrange(1, len(num))
    raw = num[:k] + "." + num[k:] + m.group(2)
    return _flag(s, e, raw, ctx.text[s:e])


# Blind forms: written after the round-4 rule work and not tuned on (a small held-out reading).

_WAN_TOTAL = re.compile(rf"(?<=[{HAN}])(?<![0-9.,])([0-9]+(?:\.[0-9]+)?)万(人次|人|户|元|吨|亩)(?=[。；，])")


@R.form("figure", "t21_part_in_smaller_multiplier")
def fig_part_smaller_multiplier(ctx: Ctx):
    """A 其中 part written without the total's multiplier and larger than it:
    累计服务12.5万人次，其中：线上服务156,000人次."""
    cands = [(s, e, m) for s, e, m in ctx.matches(_WAN_TOTAL) if not _BOUND.search(ctx.text[max(0, s - 6):s])]
    site = ctx.pick_span([(e, e, m) for s, e, m in cands if ctx.free(s, e + 1)])
    if site is None:
        return None
    p, _, m = site
    rng = ctx.rng
    total = float(m.group(1)) * 10 ** 4
    part = int(total * rng.uniform(1.2, 2.0))
    text = f"{part:,}" if rng.random() < 0.5 else str(part)
    raw = rng.choice(["，其中：", "；其中", "，其中，"]) + rng.choice(["线上", "农村", "重点人群", "市本级"]) + text + m.group(2)
    return Inj(p, p, raw, [Gold(0, len(raw), "figure", "flag", raw, repair="", where="splice")])


_COUNT_VERB22 = re.compile(rf"(?<=[员生者户业院校位构])(?<![0-9.])([0-9]{{2,5}})([名人家个所户])(?=[{HAN}]{{2}})")


@R.form("figure", "t22_measure_lost_before_verb")
def fig_measure_before_verb(ctx: Ctx):
    """A measure word lost between a count that follows its noun and the verb after it:
    医务人员120参加培训, 企业36通过认证."""
    site = ctx.pick_span(ctx.matches(_COUNT_VERB22))
    if site is None:
        return None
    s, e, m = site
    raw = m.group(1) + ctx.text[e:e + 2]
    return _flag(s, e + 2, raw, ctx.text[s:e + 2])
