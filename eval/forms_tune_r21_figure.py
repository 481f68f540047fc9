"""More TUNE forms (round 21): figure, written blind (before reading the figure rules).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers.

figure (flag), in shapes the earlier rounds never showed, each one a figure that a careful editor
calls wrong from the text alone, found by the shape of its clause rather than by a list:

- t201 a year standing alone (not in a full date) with a digit doubled or dropped by a key bounce,
  a dropped keystroke or OCR: 2021年工作计划 → 20221年工作计划, 到2025年 → 到225年;
- t202 a fraction whose numerator and denominator were swapped (the Western order 2/3 read into the
  Chinese one), so a share of a whole is above one: 三分之二的行政村 → 二分之三的行政村, 2/3 → 3/2;
- t203 a share stated beside its part and total that their arithmetic contradicts (a share kept from
  an older draft, two digits transposed): 总投资6850万元，其中省级补助2400万元（占53%）;
- t204 parts of a breakdown that summed exactly to their total, one of them now short by a dropped
  or transposed digit, so the complete set no longer adds up: 4862户，其中企业1375户、个体工商户3487户 →
  企业1357户; 共有学员120人，其中男性58人、女性52人;
- t205 a time figure over its calendar bound (a slipped key, two digits swapped): 7×24小时 → 7×42小时,
  第四季度 → 第五季度, 全天24小时 → 全天26小时, 每周开放8天, 全年385天;
- t206 a percentage that lost its sign while its sibling in the same change or list keeps it (one
  cell's number format lost): 比重从0.64%提高到1.13% → 从0.64提高到1.13%; 分别增长7.7%和6.8 ;
- t207 a count word below the number of items it sums up (an item added in a later edit while the
  count stayed): 工业、交通、建筑三大领域 → 工业、交通、建筑两大领域; 主要做了三方面工作：一是…四是….

protected (keep): figures of the same shapes whose arithmetic holds, and figures that pass a bound
by definition or are not parts (增长率150%, 完成率112%, 毛入学率, 3优2良, 个百分点, 2.3倍, a partial
其中 list marked by 等 or 包括, years, 第N批, codes, times).
"""

from __future__ import annotations

import re
import unicodedata

from common import int_to_cn
from forms_common import Ctx, Gold, Inj
from forms_tune import R, _protect

_FW = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
_D = "0-9０-９"


def _fw(s: str) -> str:
    return s.translate(_FW)


def _asc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _like(s: str, model: str) -> str:
    """``s`` (ASCII) in the width of ``model``'s digits."""
    return _fw(s) if re.search("[０-９]", model) else s


def _flag(s: int, e: int, raw: str, base: str) -> Inj:
    return Inj(s, e, raw, [Gold(0, len(raw), "figure", "flag", raw, repair=base, where="inline")])


def _sentence(ctx: Ctx, parts: list):
    """Append a sentence built from ``parts`` at the end of a prose paragraph.

    Each part is ``(text, kind, repair)``: kind None (plain), "keep" (a right figure the tool must
    leave: it makes the sentence an inserted one, which the self-check drops whole) or "flag" (the
    malformed figure, flagged exactly)."""
    ends = [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] == "。"]
    p = ctx.pick_point(ends)
    if p is None:
        return None
    raw, golds = "", []
    for text, kind, repair in parts:
        if kind == "keep":
            golds.append(Gold(len(raw), len(raw) + len(text), "protected", "keep", text, where="inline"))
        elif kind == "flag":
            golds.append(Gold(len(raw), len(raw) + len(text), "figure", "flag", text, repair=repair, where="inline"))
        raw += text
    assert any(g.cls == "protected" for g in golds)
    return Inj(p, p, raw, golds)


def _w(rng, s: str) -> str:
    return _fw(s) if rng.random() < 0.3 else s


_YEAR_LEAD = ["截至{y}年底，", "{y}年，", "{y}年以来，", "到{y}年，"]


def _lead(ctx: Ctx):
    """A right year clause opening an inserted sentence: (text, keep token)."""
    rng = ctx.rng
    y = rng.randint(2018, 2025)
    text = rng.choice(_YEAR_LEAD).format(y=y)
    return [(text[:text.index(str(y))], None, None), (f"{y}年", "keep", None),
            (text[text.index(str(y)) + 5:], None, None)]


# ======================================================================================
# t201 year with a digit doubled or dropped

_YEAR = re.compile(rf"(?<![{_D}.．\-－—～~/／])([12１２][0０9９][{_D}]{{2}})年(?![{_D}]|月)")
_YEAR_BEFORE_DROP = ("到", "至", "在", "于", "自", "从", "截至", "，", "。", "；", "：", "是", "为", "前")


@R.form("figure", "t201_year_digit_slip_r21")
def fig_year_digit_slip(ctx: Ctx):
    """A year standing alone (no month after it) with one digit doubled by a key bounce or dropped
    by a missed keystroke or OCR: 2021年工作计划 → 20221年工作计划 / 22021年; 到2025年 → 到225年.
    No calendar year of a government document has five or three digits; a date's own month or
    day is the dates family's, so only years not followed by a month are taken."""
    rng = ctx.rng
    lines = [i for i in ctx.body_range() if i > 0 and not re.search(r"〔[0-9]{4}〕", ctx.lines[i][2])]
    for s, e, m in ctx.shuffled(ctx.matches(_YEAR, lines)):
        if not ctx.free(s, e):
            continue
        digits = m.group(1)
        before = ctx.text[max(0, s - 2):s]
        line_start = ctx.lines[ctx.line_of(s)][0]
        may_drop = s == line_start or before.endswith(_YEAR_BEFORE_DROP)
        if may_drop and rng.random() < 0.4:
            k = rng.randrange(1, 4)
            new = digits[:k] + digits[k + 1:]
        else:
            k = rng.randrange(4)
            new = digits[:k + 1] + digits[k:]
        if new == digits:
            continue
        return _flag(s, e, new + "年", ctx.text[s:e])
    return None


# ======================================================================================
# t202 a fraction turned upside down

_CN_DIG = "一二三四五六七八九十"
_FRACTION = re.compile(rf"([{_CN_DIG}]{{1,2}})分之([{_CN_DIG}]{{1,2}})")


def _cn_val(s: str) -> int:
    vals = {c: i + 1 for i, c in enumerate("一二三四五六七八九")}
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + vals[s[1]]
    if s.endswith("十"):
        return vals[s[0]] * 10
    if "十" in s:
        return vals[s[0]] * 10 + vals[s[2]]
    return vals[s] if len(s) == 1 else -1


@R.form("figure", "t202_fraction_inverted_r21")
def fig_fraction_inverted(ctx: Ctx):
    """A fraction with its numerator and denominator swapped, so a part of a whole is more than
    the whole: 精简四分之一 → 精简一分之四, 超过三分之二的行政村 → 超过二分之三的行政村, 2/3的 → 3/2的.
    Cause: a figure read in the Western order (2/3, "two thirds") and typed in the Chinese one
    (denominator first), or the two numerals retyped the wrong way round. Where the document holds
    no fraction, the form adds a sentence with a share of a set (its year clause is kept)."""
    rng = ctx.rng
    cands = []
    for s, e, m in ctx.matches(_FRACTION):
        den, num = _cn_val(m.group(1)), _cn_val(m.group(2))
        if 0 < num < den:
            cands.append((s, e, m))
    site = ctx.pick_span(cands)
    if site is not None:
        s, e, m = site
        return _flag(s, e, f"{m.group(2)}分之{m.group(1)}", ctx.text[s:e])
    den = rng.choice([3, 4, 5, 10])
    num = rng.choice({3: [1, 2], 4: [1, 3], 5: [1, 2, 3, 4], 10: [3, 7, 9]}[den])
    if rng.random() < 0.6:
        right, bad = f"{int_to_cn(den)}分之{int_to_cn(num)}", f"{int_to_cn(num)}分之{int_to_cn(den)}"
    else:
        right, bad = f"{num}/{den}", f"{den}/{num}"
        if rng.random() < 0.3:
            right, bad = _fw(right), _fw(bad)
    noun = rng.choice(["的行政村", "的乡镇（街道）", "的规上工业企业", "的中小学校", "的社区", "的二级以上医院"])
    verb = rng.choice(["完成了标准化建设", "实现了网上办理", "建立了联络员制度", "接入了监管平台", "达到了考核要求"])
    pre = rng.choice(["全市", "全县", "全区", "辖区内"]) + rng.choice(["超过", "已有", "近", "约"])
    return _sentence(ctx, _lead(ctx) + [(pre, None, None), (bad, "flag", right), (noun + verb + "。", None, None)])


# ======================================================================================
# breakdowns: a total and its 其中 parts (t203, t204)

_NUM = rf"[{_D}]+(?:[.．][{_D}]+)?"
_UNITS = "元|户|家|人次|人|个|名|所|公里|千瓦|套|亩|平方米|吨|项|处|座|张"
_AMOUNT = re.compile(rf"(?<![{_D}.．])({_NUM})(万|亿)?({_UNITS})")
_SCALE = {"": 1, "万": 10 ** 4, "亿": 10 ** 8}


def _value(m) -> float:
    return float(_asc(m.group(1))) * _SCALE[m.group(2) or ""]


def _breakdowns(ctx: Ctx):
    """(total match, [part matches]) with the total's absolute offset base, per sentence."""
    out = []
    for i in ctx.prose_lines(12):
        s0, e0, line = ctx.lines[i]
        for sm in re.finditer(r"[^。；！？]+", line):
            sent = sm.group(0)
            k = sent.find("其中")
            if k < 0:
                continue
            totals = [m for m in _AMOUNT.finditer(sent) if m.end() <= k and k - m.end() <= 24]
            if not totals:
                continue
            tot = totals[-1]
            if re.search(rf"[{_D}]", sent[tot.end():k]):
                continue
            parts = []
            for m in _AMOUNT.finditer(sent, k):
                if m.group(3) != tot.group(3):
                    break
                parts.append(m)
            if parts:
                out.append((s0 + sm.start(), tot, parts, sent))
    return out


def _digit_slip_down(rng, digits: str):
    """A smaller figure from ``digits`` (ASCII integer): two adjacent digits swapped or one dropped."""
    opts = []
    for k in range(len(digits) - 1):
        if digits[k] > digits[k + 1]:
            opts.append(digits[:k] + digits[k + 1] + digits[k] + digits[k + 2:])
    for k in range(len(digits)):
        opts.append(digits[:k] + digits[k + 1:])
    opts = [o for o in opts if o and o[0] != "0" and int(o) < int(digits)]
    return rng.choice(opts) if opts else None


@R.form("figure", "t203_share_contradicts_part_r21")
def fig_share_contradicts(ctx: Ctx):
    """A share given beside a 其中 part that the part and its total contradict by ten points or
    more (a share kept from an earlier draft, two digits transposed, a share of another total):
    总投资6850万元，其中省级补助2400万元（占53%） where 2400/6850 is 35%. The injected share clause
    is flagged (its repair drops it). Where the document holds no breakdown, the form adds a
    sentence of a total, a part and a wrong share (its total is kept)."""
    rng = ctx.rng
    cands = []
    for base, tot, parts, sent in _breakdowns(ctx):
        t = _value(tot)
        k = sent.find("其中", tot.end())
        for n, pm in enumerate(parts):
            v = _value(pm)
            # the first part right after 其中, or a later one joined to it by 、 alone
            joined = n == 0 and pm.start() - k <= 16 or n > 0 and "、" in sent[parts[n - 1].end():pm.start()] \
                and not re.search("[，,；]", sent[k:pm.start()])
            in_change = sent[pm.start() - 1:pm.start()] in "由从" or re.match("(增加|提高|减少|下降|上升|扩大)", sent[pm.end():])
            if 0 < v < t and joined and not in_change:
                cands.append((base + pm.end(), 100.0 * v / t, pm.group(0)))
    for p, true, fig in ctx.shuffled(cands):
        if not ctx.free(p - 1, p + 1) or ctx.text[p:p + 1] in "（(" or "占" in ctx.text[p:p + 3]:
            continue
        wrong = _wrong_share(rng, true)
        if wrong is None:
            continue
        share = _like(wrong + "%", fig)
        nxt = ctx.text[p:p + 1]
        if nxt in "，。；" and rng.random() < 0.5:
            raw = rng.choice(["，占", "，占比", "，占总量的"]) + share
        else:
            o, c = rng.choice([("（", "）"), ("（", "）"), ("(", ")")])
            raw = o + rng.choice(["占", "占比"]) + share + c
        return Inj(p, p, raw, [Gold(0, len(raw), "figure", "flag", raw, repair="", where="inline")])
    total = rng.choice([rng.randint(120, 980), rng.randint(1200, 9800)])
    part = rng.randint(total // 8, total * 7 // 8)
    wrong = _wrong_share(rng, 100.0 * part / total)
    if wrong is None:
        return None
    noun, sub, unit = rng.choice([("培训医务人员", "乡村医生", "人"), ("检查企业", "小微企业", "家"),
                                  ("完成投资", "社会资本", "万元"), ("受理投诉举报", "网络渠道受理", "件"),
                                  ("新增就业", "高校毕业生", "人"), ("改造老旧小区", "完成验收的", "个")])
    kept = _w(rng, str(total)) + unit
    return _sentence(ctx, [(rng.choice(["全年", "上半年", "今年以来", ""]) + noun, None, None), (kept, "keep", None),
                           (f"，其中{sub}{_like(str(part), kept)}{unit}", None, None),
                           (rng.choice(["，占", "，占比"]) + _like(wrong + "%", kept), "flag", ""), ("。", None, None)])


def _wrong_share(rng, true: float):
    """A share at least ten points off ``true`` and still below 100: its digits swapped or another
    share; None when none fits."""
    shown = f"{true:.1f}" if rng.random() < 0.5 else f"{round(true)}"
    whole = shown.split(".")[0]
    opts = []
    if len(whole) == 2 and whole[0] != whole[1]:
        opts.append(whole[::-1] + shown[len(whole):])
    opts.append(f"{rng.randint(5, 95)}" + (f".{rng.randint(0, 9)}" if "." in shown else ""))
    opts = [o for o in opts if abs(float(o) - true) >= 10 and 0 < float(o) < 100 and o[0] != "0"]
    return rng.choice(opts) if opts else None


@R.form("figure", "t204_complete_parts_fall_short_r21")
def fig_parts_fall_short(ctx: Ctx):
    """The parts of a breakdown that add up exactly to their total, one of them short by a dropped
    or transposed digit, so a complete set (省级、市级、县级; 企业 and 个体工商户; 男性 and 女性) no longer
    adds up: 新增市场主体4862户，其中企业1375户、个体工商户3487户 → 企业1357户. The breakdown (total to
    last part) is flagged: the text cannot tell which figure slipped. Where the document holds no
    breakdown that adds up, the form adds a complementary pair that falls short (its year is kept)."""
    rng = ctx.rng
    cands = []
    for base, tot, parts, sent in _breakdowns(ctx):
        t = _value(tot)
        acc = 0.0
        for n, pm in enumerate(parts):
            acc += _value(pm)
            if n >= 1 and abs(acc - t) < 1e-6 * max(t, 1):
                cands.append((base, tot, parts[:n + 1]))
                break
    for base, tot, parts in ctx.shuffled(cands):
        s, e = base + tot.start(), base + parts[-1].end()
        if not ctx.free(s, e):
            continue
        order = ctx.shuffled(parts)
        for pm in order:
            digits = _asc(pm.group(1))
            if not digits.isdigit():
                continue
            new = _digit_slip_down(rng, digits)
            if new is None:
                continue
            ps, pe = base + pm.start(1), base + pm.end(1)
            raw = ctx.text[s:ps] + _like(new, pm.group(1)) + ctx.text[pe:e]
            return _flag(s, e, raw, ctx.text[s:e])
    pair, unit, noun = rng.choice([(("男性", "女性"), "人", "参训学员"), (("公办", "民办"), "所", "幼儿园"),
                                   (("城镇", "农村"), "人", "低保对象"), (("线上", "线下"), "件", "受理事项"),
                                   (("公立", "民营"), "家", "医院"), (("在职", "退休"), "人", "参保职工")])
    total = rng.randint(40, 9800)
    a = rng.randint(total // 4, total * 3 // 4)
    b = total - a
    short = _digit_slip_down(rng, str(b)) if b >= 10 else None
    if short is None:
        return None
    if rng.random() < 0.5:  # the short part first
        a, b = b, a
        fa, fb = short, str(b)
    else:
        fa, fb = str(a), short
    bad = f"{total}{unit}，其中{pair[0]}{fa}{unit}、{pair[1]}{fb}{unit}"
    right = f"{total}{unit}，其中{pair[0]}{a}{unit}、{pair[1]}{b}{unit}"
    if rng.random() < 0.3:
        bad, right = _fw(bad), _fw(right)
    return _sentence(ctx, _lead(ctx) + [(rng.choice(["全市共有", "共有", "累计"]) + noun, None, None),
                                        (bad, "flag", right), ("。", None, None)])


# ======================================================================================
# t205 a time figure over its calendar bound

_CLOCK = re.compile(rf"(7|７|七)([×xX*＊])(24|２４)(小时)")
_DAYLONG = re.compile(rf"(全天|每天|每日|一天|昼夜)(24|２４|二十四)(小时)")
_QUARTER = re.compile(rf"(第?)([一二三四1-4１-４])(季度)")


@R.form("figure", "t205_calendar_bound_exceeded_r21")
def fig_calendar_bound(ctx: Ctx):
    """A time figure above the bound of its calendar unit (two digits swapped, a neighbouring key):
    7×24小时 → 7×42小时 / 8×24小时, 全天24小时 → 全天26小时, 一季度 → 五季度 / 第5季度, 每周开放8天,
    全年385天. Where the document holds none, the form adds a service or schedule sentence (its
    year is kept)."""
    rng = ctx.rng
    cands = []
    for s, e, m in ctx.matches(_CLOCK):
        h = _like(rng.choice(["42", "34", "25", "48"]), m.group(3))
        cands.append((s, e, m.group(1) + m.group(2) + h + m.group(4)))
    for s, e, m in ctx.matches(_DAYLONG):
        h = rng.choice(["二十五", "四十二"]) if m.group(2) == "二十四" else _like(rng.choice(["25", "42", "26"]), m.group(2))
        cands.append((s, e, m.group(1) + h + m.group(3)))
    for s, e, m in ctx.matches(_QUARTER):
        if ctx.text[s - 1:s] in "每各本上下该" or ctx.text[s - 1:s].isdigit():
            continue
        q = m.group(2)
        new = rng.choice("五六") if q in "一二三四" else _like(rng.choice("56"), q)
        cands.append((s, e, m.group(1) + new + m.group(3)))
    site = ctx.pick_span(cands)
    if site is not None:
        s, e, raw = site
        return _flag(s, e, raw, ctx.text[s:e])
    kind = rng.randrange(5)
    if kind == 0:
        right = "7×24小时"
        bad = rng.choice(["7×42小时", "7×34小时", "8×24小时", "7×25小时"])
        pre, post = rng.choice(["政务服务热线实行", "重点时段实行", "防汛值班室实行"]), rng.choice(["值班值守。", "在线受理。", "不间断值守。"])
    elif kind == 1:
        right, bad = "24小时", rng.choice(["26小时", "42小时", "25小时"])
        pre, post = rng.choice(["对重点污染源全天", "应急指挥中心每天", "自助服务区每日"]), rng.choice(["在线监控。", "开放。", "有人值守。"])
    elif kind == 2:
        q = rng.choice("一二三四")
        right, bad = f"第{q}季度", rng.choice(["第五季度", "第六季度", "第5季度", "五季度"])
        pre, post = rng.choice(["计划于", "力争在", "项目将于"]), rng.choice(["完成主体工程。", "启动第二批试点。", "组织中期评估。"])
    elif kind == 3:
        n = rng.choice([5, 6, 7])
        right, bad = f"{n}天", rng.choice(["8天", "9天"])
        pre, post = rng.choice(["城市书房每周开放", "便民服务站每周开放", "体育场馆每周免费开放"]), rng.choice(["。", "，每天不少于8小时。"])
    else:
        right, bad = "365天", rng.choice(["385天", "395天", "375天"])
        pre, post = rng.choice(["实现全年", "确保全年"]), rng.choice(["不打烊。", "无休服务。", "供水不间断。"])
    if rng.random() < 0.3:
        right, bad = _fw(right), _fw(bad)
    return _sentence(ctx, _lead(ctx) + [(pre, None, None), (bad, "flag", right), (post, None, None)])


# ======================================================================================
# t206 a percent sign lost beside a sibling that keeps it

_PCT = rf"({_NUM})([%％])"
_CHANGE_PAIR = re.compile(rf"{_PCT}((?:提高|下降|上升|增加|降低|减少|回落|扩大)(?:到|至))(?:了)?{_PCT}")
_LIST_PAIR = re.compile(rf"{_PCT}(?:(?:、|和|与){_PCT})+")


@R.form("figure", "t206_percent_lost_beside_sibling_r21")
def fig_percent_lost_sibling(ctx: Ctx):
    """A percentage that lost its sign while its sibling keeps it: in a change (比重从0.64%提高到
    1.13% → 从0.64提高到1.13%, 由85%提高到96 ), or in a list (分别增长7.7%和6.8, 29.2%、39.4、41.3%).
    Cause: one cell's percent format lost on export, a retyped clause. In a list the first sibling
    keeps its sign (8～10% style shortening is not this shape). Where the document holds none, the
    form adds a change of a rate (its kept sibling is a protected token)."""
    rng = ctx.rng
    cands = []
    for s, e, m in ctx.matches(_CHANGE_PAIR):
        for g in (1, 4):
            cands.append((s + m.start(g) - m.start(), s + m.end(g + 1) - m.start()))
    for s, e, m in ctx.matches(_LIST_PAIR):
        figs = list(re.finditer(_PCT, m.group(0)))
        for fm in figs[1:]:
            cands.append((s + fm.start(), s + fm.end()))
    site = ctx.pick_span(cands)
    if site is not None:
        s, e = site
        return _flag(s, e, ctx.text[s:e - 1], ctx.text[s:e])
    noun = rng.choice(["家庭医生签约率", "生活垃圾分类覆盖率", "政务服务事项网办率", "农村自来水普及率", "绿色建筑占比"])
    a = rng.randint(40, 85)
    b = rng.randint(a + 2, 99)
    fa = f"{a}.{rng.randint(1, 9)}" if rng.random() < 0.5 else str(a)
    fb = f"{b}.{rng.randint(1, 9)}" if rng.random() < 0.5 else str(b)
    if rng.random() < 0.3:
        fa, fb = _fw(fa), _fw(fb)
    pct = "％" if re.search("[０-９]", fa) else "%"
    verb = rng.choice(["提高到", "提升至", "上升到"])
    if rng.random() < 0.5:
        parts = [(noun + "由", None, None), (fa, "flag", fa + pct), (verb, None, None), (fb + pct, "keep", None)]
    else:
        parts = [(noun + "由", None, None), (fa + pct, "keep", None), (verb, None, None), (fb, "flag", fb + pct)]
    return _sentence(ctx, parts + [(rng.choice(["。", "，超额完成年度目标。"]), None, None)])


# ======================================================================================
# t207 a count word below the number of items it sums up

_CN_COUNT = {2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}
_CN_VAL = {v: k for k, v in _CN_COUNT.items()} | {"二": 2}
_LIST_COUNT = re.compile(r"((?:[^、，。；：“”（）\n]{2,14}、)+[^、，。；：“”（）\n]{2,14}?)(等)?([两二三四五六七八九十])(个|项|类|大|种|条|方面|家|所|批)")


@R.form("figure", "t207_count_below_listed_items_r21")
def fig_count_below_items(ctx: Ctx):
    """A count word below the number of items it sums up (an item added in a later edit while the
    count stayed): 工业、交通、建筑三大领域 → 工业、交通、建筑两大领域; 主要做了三方面工作：一是…；二是…；
    三是…；四是…. Only lists whose count matched their items in the text are damaged, and the count
    is made smaller than the items named, which no reading of 等 allows. Where the document holds
    none, the form adds a list with its count (its year is kept)."""
    rng = ctx.rng
    cands = []
    for s, e, m in ctx.matches(_LIST_COUNT):
        items = m.group(1).split("、")
        n = _CN_VAL.get(m.group(3))
        if m.group(1)[-1] in "一二三四五六七八九十百零两第":
            continue
        if n is None or n != len(items) or n < 3:
            continue
        cs = s + m.start(3) - m.start()
        cands.append((cs, cs + 1, n))
    site = ctx.pick_span(cands)
    if site is not None:
        s, e, n = site
        new = _CN_COUNT[rng.randint(2, n - 1)]
        if ctx.text[s] == "二" and new == "两":
            new = "二"
        return _flag(s, e, new, ctx.text[s:e])
    pool = rng.choice([["安全生产", "食品安全", "消防安全", "校园安全", "交通安全"],
                       ["老旧小区改造", "城市道路建设", "雨污分流改造", "口袋公园建设", "停车设施建设"],
                       ["家庭医生签约", "慢病管理", "妇幼保健", "老年健康", "健康教育"],
                       ["信息公开", "政策解读", "回应关切", "平台建设", "制度建设"]])
    k = rng.randint(4, 5)
    items = pool[:k]
    low = rng.randint(max(2, k - 2), k - 1)
    if rng.random() < 0.5:
        unit = rng.choice(["项", "个方面", "方面"])
        return _sentence(ctx, _lead(ctx) + [("重点抓好" + "、".join(items) + "等", None, None),
                                            (_CN_COUNT[low] + unit, "flag", _CN_COUNT[k] + unit),
                                            ("工作。", None, None)])
    marks = "一二三四五"
    body = "；".join(f"{marks[i]}是{it}" for i, it in enumerate(items))
    unit = rng.choice(["方面", "项", "个方面"])
    return _sentence(ctx, _lead(ctx) + [("主要做了", None, None), (_CN_COUNT[low] + unit, "flag", _CN_COUNT[k] + unit),
                                        (f"工作：{body}。", None, None)])


# ======================================================================================
# protected (keep)


@R.form("protected", "t208_figures_that_hold_r21")
def prot_figures_hold(ctx: Ctx):
    """Right figures of the shapes above: a share that its part and total bear out, parts that add
    up, a list whose count matches it, 7×24小时, 第四季度, 三分之二, a change with both signs kept,
    a year alone."""
    rng = ctx.rng
    total = rng.randint(200, 980)
    part = rng.randint(total // 5, total * 4 // 5)
    share = f"{100 * part / total:.1f}%"
    a = rng.randint(total // 4, total * 3 // 4)
    q = rng.choice("一二三四")
    y = rng.randint(2019, 2025)
    pa, pb = rng.randint(40, 80), rng.randint(81, 99)
    return rng.choice([
        lambda: _protect(ctx, f"全年培训医务人员{total}人，其中乡村医生{part}人，占{share}。",
                         [f"{total}人", f"{part}人", share]),
        lambda: _protect(ctx, f"全市共有参训学员{total}人，其中男性{a}人、女性{total - a}人。",
                         [f"{total}人", f"{a}人", f"{total - a}人"]),
        lambda: _protect(ctx, "重点抓好安全生产、食品安全、消防安全等三项工作，政务热线实行7×24小时受理。",
                         ["三项", "7×24小时"]),
        lambda: _protect(ctx, f"项目计划于{y}年第{q}季度完工，超过三分之二的行政村已完成改造。",
                         [f"{y}年", f"第{q}季度", "三分之二"]),
        lambda: _protect(ctx, f"签约率由{pa}%提高到{pb}%，{y}年底前实现全覆盖。", [f"{pa}%", f"{pb}%", f"{y}年"]),
    ])()


@R.form("protected", "t209_bounds_by_definition_r21")
def prot_bounds_definition(ctx: Ctx):
    """Figures that pass a bound by definition or are not parts: 增长率150%, 完成率112%, 毛入学率
    102.6%, 3优2良, N个百分点, 同比增长2.3倍, a partial 其中 list (其中…等, 包括) that sums short, 第N批,
    a year range, a hotline, a quarter of a year named in figures."""
    rng = ctx.rng
    g = f"{rng.randint(101, 260)}%"
    c = f"{rng.randint(101, 130)}.{rng.randint(1, 9)}%"
    x, yv = rng.randint(2, 6), rng.randint(1, 4)
    times = f"{rng.randint(1, 4)}.{rng.randint(1, 9)}倍"
    pts = f"{rng.randint(1, 9)}.{rng.randint(1, 9)}个百分点"
    total = rng.randint(200, 900)
    p1, p2 = rng.randint(10, total // 4), rng.randint(10, total // 4)
    return rng.choice([
        lambda: _protect(ctx, f"重点项目投资增长率达到{g}，年度计划完成率{c}。", [g, c]),
        lambda: _protect(ctx, f"高中阶段毛入学率{c}，考核结果为{x}优{yv}良。", [c, f"{x}优{yv}良"]),
        lambda: _protect(ctx, f"研发投入同比增长{times}，占比提高{pts}。", [times, pts]),
        lambda: _protect(ctx, f"全区现有医疗卫生机构{total}家，其中医院{p1}家、社区卫生服务中心{p2}家等。",
                         [f"{total}家", f"{p1}家", f"{p2}家"]),
        lambda: _protect(ctx, f"第{x}批试点名单已公布，2021—2025年每年开展一次评估，咨询电话12345。",
                         [f"第{x}批", "2021—2025年", "12345"]),
    ])()
