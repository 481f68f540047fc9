"""More TUNE forms (round 9): figure, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.

figure (flag): the seeds' defects in numeral systems they never showed — a count in Chinese
numerals, full-width digits or digits with 〇 that lost its measure word; a 其中 part above its
total with both written in one of those systems; a part in another unit scale than its total
(1.2亿元, 其中…15000万元); parts listed with 分别为, one above the total; a share-type rate above
100% written 百分之一百二十 or in full-width digits; a part with an implausible decimal in a
smaller scale than its total (2.6亿元, 其中…3.500万元).

protected (keep): right figures in those systems (三百二十五家, １２３４家, 百分之一百零五 for a
completion rate, parts in 万元 under a 亿元 total, 5优3良 tallies), and sibling figures with
分别为 that are not parts of anything.
"""

from __future__ import annotations

import re

from common import HAN
from forms_common import Ctx, Gold, Inj
from forms_tune import _SHARE, R, _part_sites, _protect  # noqa: F401  (forms register themselves on import)

# ======================================================================================
# numeral systems

_CN_DIGITS = "〇一二三四五六七八九"
_FW = str.maketrans("0123456789.", "０１２３４５６７８９．")


def cn_int(n: int) -> str:
    """325 -> 三百二十五, 1005 -> 一千零五, 18 -> 十八, 12000 -> 一万二千 (0 < n < 10**8)."""
    if n >= 10000:
        high, low = divmod(n, 10000)
        rest = "" if low == 0 else ("零" if low < 1000 else "") + cn_int(low)
        return cn_int(high) + "万" + rest
    out, zero = "", False
    for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, value)
        if d:
            if zero and out:
                out += "零"
            out += _CN_DIGITS[d] + name
            zero = False
        elif out:
            zero = True
    return out[1:] if out.startswith("一十") else out


def cn_decimal(s: str) -> str:
    """'12.5' -> 十二点五."""
    whole, _, frac = s.partition(".")
    head = cn_int(int(whole)) if int(whole) else "零"
    return head + ("点" + "".join(_CN_DIGITS[int(c)] for c in frac) if frac else "")


def render(rng, num: str, systems=("cn", "fw", "mixed")) -> str | None:
    """``num`` (Arabic) in another numeral system; None when the chosen one does not apply."""
    system = rng.choice(systems)
    if system == "fw":
        return num.translate(_FW)
    if system == "mixed":
        return num.replace("0", "〇") if "0" in num and "." not in num else num.translate(_FW)
    if "." in num:
        return cn_decimal(num)
    return cn_int(int(num)) if int(num) > 0 else None


def _flag(s: int, e: int, raw: str, base: str) -> Inj:
    return Inj(s, e, raw, [Gold(0, len(raw), "figure", "flag", raw, repair=base, where="inline")])


def _added(p: int, added: str) -> Inj:
    return Inj(p, p, added, [Gold(0, len(added), "figure", "flag", added, repair="", where="inline")])


# ======================================================================================
# figure (flag)

_COUNT = re.compile(rf"(?<![0-9.,第])([1-9][0-9]{{0,3}})([个家名所项座户支处条台辆])(?=[{HAN}]{{2}})")


@R.form("figure", "t49_measure_lost_other_numerals")
def fig_measure_lost_numerals(ctx: Ctx):
    """A count in Chinese numerals, full-width digits or digits with 〇 that lost its measure word
    while its siblings keep theirs: 新建三百二十五乡镇卫生院, 改造１２老旧小区, 完成1〇5村卫生室."""
    cands = []
    for s, e, m in ctx.matches(_COUNT):
        word = m.group(2)
        if int(m.group(1)) < 10 or ctx.text[e] in "以左次、之余多":
            continue
        if len(re.findall(rf"[0-9０-９]{re.escape(word)}", ctx.text)) >= 2:
            cands.append((s, e, m))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    shown = render(ctx.rng, m.group(1))
    if shown is None:
        return None
    return _flag(s, e + 1, shown + ctx.text[e], ctx.text[s:e + 1])


@R.form("figure", "t50_part_over_total_other_numerals")
def fig_part_over_numerals(ctx: Ctx):
    """A 其中 part above its total, both written in Chinese numerals, full-width digits or digits
    with 〇: 村卫生室一百五十八家，其中…二百一十家; ６８５０万元，其中…９２００万元."""
    rng = ctx.rng
    for ts, te, ps, pe, num, unit in ctx.shuffled(_part_sites(ctx)):
        total = ctx.text[ts:te - len(unit)]
        if "." in total or int(total) < 5 or not ctx.free(ts, pe):
            continue
        new = str(int(int(total) * rng.uniform(1.2, 2.2)) + 1)
        system = rng.choice(["cn", "fw", "mixed"])
        t_raw, p_raw = render(rng, total, (system,)), render(rng, new, (system,))
        if t_raw is None or p_raw is None:
            return None
        raw = t_raw + ctx.text[te - len(unit):ps] + p_raw
        return _flag(ts, pe, raw, ctx.text[ts:pe])
    return None


_TOTAL = re.compile(r"(?<![0-9.,])([1-9][0-9]*(?:\.[0-9]+)?)(亿元|万元)(?=[，。；])")
_SOURCES = ["中央资金", "省级补助", "市级配套", "社会资本", "专项债券", "县级自筹", "银行贷款"]


@R.form("figure", "t51_part_over_total_other_scale")
def fig_part_other_scale(ctx: Ctx):
    """A 其中 part written in another unit scale than its total, and larger than it once both are
    read whole: 总投资1.2亿元，其中中央资金15800万元; 投入860万元，其中省级补助1.1亿元."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(_TOTAL))
    if site is None:
        return None
    s, e, m = site
    value, unit = float(m.group(1)), m.group(2)
    big = value * (10000 if unit == "亿元" else 1) * rng.uniform(1.15, 1.9)  # in 万元
    if unit == "亿元" or big < 10000:
        part = f"{int(big)}万元" if big >= 10 else f"{int(big * 10000)}元"
    else:
        part = f"{big / 10000:.1f}亿元"
    return _added(e, f"，其中{rng.choice(_SOURCES)}{part}")


_COUNT_END = re.compile(rf"(?<![0-9.,第])([1-9][0-9]{{1,4}})([个家所名人户项座处])(?=[，。；])")
_PAIRS = [("城区", "农村"), ("市直", "县区"), ("公办", "民办"), ("新建", "改扩建"), ("一级", "二级"), ("东片", "西片")]


@R.form("figure", "t52_parts_fenbiewei_exceed")
def fig_fenbiewei(ctx: Ctx):
    """Parts of a count listed with 分别为, one of them above the total: 村卫生室158个，
    城区和农村分别为203个、21个 (or 分别是 / 分别有, 和 or 、 between the names)."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(_COUNT_END))
    if site is None:
        return None
    s, e, m = site
    n, word = int(m.group(1)), m.group(2)
    big = int(n * rng.uniform(1.2, 1.8)) + 1
    small = rng.randint(1, max(1, n // 3))
    a, b = rng.choice(_PAIRS)
    parts = [f"{big}{word}", f"{small}{word}"]
    rng.shuffle(parts)
    link = rng.choice(["和", "、"])
    added = f"，{a}{link}{b}{rng.choice(['分别为', '分别是', '分别有'])}{parts[0]}{rng.choice(['、', '和'])}{parts[1]}"
    return _added(e, added)


@R.form("figure", "t53_share_over_in_words")
def fig_share_words(ctx: Ctx):
    """A share-type rate above 100% written in words or full-width digits: 覆盖率达到百分之一百二十,
    合格率达１１８．５％, 占比为百分之一百零八点二."""
    rng = ctx.rng
    cands = [(s + m.start(3) - m.start(), e) for s, e, m in ctx.matches(_SHARE) if float(m.group(3)) <= 100]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    value = rng.choice([str(rng.randint(101, 160)), f"{rng.randint(101, 130)}.{rng.randint(1, 9)}"])
    if rng.random() < 0.6:
        raw = "百分之" + cn_decimal(value)
    else:
        raw = value.translate(_FW) + rng.choice(["％", "%"])
    return _flag(s, e, raw, ctx.text[s:e])


_BIG = re.compile(r"(?<![0-9.,])([1-9][0-9]*(?:\.[0-9]+)?)(亿元|万人次|万亩|万吨)(?=[，。；])")


@R.form("figure", "t54_part_decimal_other_scale")
def fig_part_decimal_scale(ctx: Ctx):
    """A part in a smaller scale than its total with an implausible decimal (a thousands
    separator typed as a point): 总投资2.6亿元，其中省级补助3.500万元; 12万人次，其中…1.250人次."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(_BIG))
    if site is None:
        return None
    s, e, m = site
    unit = m.group(2)
    whole = rng.randint(1, 9)
    tail = f"{rng.randint(1, 9)}{rng.choice(['00', '50', '20'])}"
    small = {"亿元": "万元", "万人次": "人次", "万亩": "亩", "万吨": "吨"}[unit]
    label = rng.choice(_SOURCES) if unit == "亿元" else rng.choice(["农村地区", "重点片区", "试点乡镇"])
    return _added(e, f"，其中{label}{whole}.{tail}{small}")


# ======================================================================================
# protected (keep)


@R.form("protected", "t13_figures_other_numerals_r9")
def prot_numerals_r9(ctx: Ctx):
    """Right figures in other numeral systems and scales: counts in Chinese numerals and
    full-width digits with their measure words, a completion rate over 100% in words, parts in
    万元 under a 亿元 total, a 5优3良 tally."""
    rng = ctx.rng
    return rng.choice([
        lambda: _protect(ctx, "全市三百二十五家医疗机构接入平台，其中乡镇卫生院一百零八家。", ["三百二十五家", "一百零八家"]),
        lambda: _protect(ctx, "全年共有１２３４家企业参与，其中小微企业９８６家。", ["１２３４家", "９８６家"]),
        lambda: _protect(ctx, "项目总投资1.2亿元，其中省级补助3500万元、市级配套2800万元。", ["1.2亿元", "3500万元", "2800万元"]),
        lambda: _protect(ctx, "年度任务完成率达到百分之一百零五，考核结果为5优3良1合格。", ["百分之一百零五", "5优3良1合格"]),
        lambda: _protect(ctx, "累计服务12.5万人次，其中老年人3.2万人次、儿童8600人次。", ["12.5万人次", "3.2万人次", "8600人次"]),
    ])()


@R.form("protected", "t14_siblings_not_parts_r9")
def prot_siblings_r9(ctx: Ctx):
    """Figures listed with 分别为 that are not parts of a total (rates, two years, levels), a
    full-width year and batch number, and 分别为 parts that do add up."""
    rng = ctx.rng
    return rng.choice([
        lambda: _protect(ctx, "两项指标分别为98.5%和96.2%，均高于全省平均水平。", ["98.5%", "96.2%"]),
        lambda: _protect(ctx, "全市有学校45所，城区和农村分别为30所、15所。", ["45所", "30所", "15所"]),
        lambda: _protect(ctx, "２０２３年第３批项目共１２个，分别为新建８个、改建４个。", ["２０２３年", "第３批", "１２个"]),
        lambda: _protect(ctx, "两批补助标准分别为每户1.5万元和2万元，较上年分别提高300元和500元。",
                         ["1.5万元", "2万元", "300元", "500元"]),
    ])()
