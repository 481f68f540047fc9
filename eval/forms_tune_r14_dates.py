"""More TUNE forms (round 14): dates, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
The shapes here are those the earlier rounds did not use: dates in Chinese numerals (a zero
typed as a letter or a digit, a mark lost), a year whose 年 became a blank or was lost before a
full month-day, a 日 lost before a time of day, a line break inside a month-day with no year,
zero-padded months and days (GB/T 9704: 1 is not written 01) and a period whose end year lost
its 年. Base documents rarely hold Chinese-numeral dates, times or periods, so several forms
insert a sentence of their own (with a protected token in it, so the self-check drops the
sentence with its defect); the others damage dates the base documents hold.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import calendar
import re

from forms_common import Ctx, Gold, Inj
from forms_tune import _date_sites, _protect

_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_CN_DIGIT = "〇一二三四五六七八九"


def _fix(s: int, e: int, raw: str, base: str):
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", base, where="inline")])


def _year(ctx: Ctx) -> int:
    return int((ctx.doc.meta.get("written_date") or "2021")[:4])


def _cn_number(n: int) -> str:
    """1..31 as a date writes it in Chinese numerals: 十, 十一, 二十九, 三十一."""
    tens, ones = divmod(n, 10)
    out = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGIT[tens] + "十")
    return out + (_CN_DIGIT[ones] if ones else "")


def _cn_year(y: int) -> str:
    return "".join(_CN_DIGIT[int(c)] for c in str(y))


_CN_VALUES = {_cn_number(n): n for n in range(1, 32)}


def _cn_md_readings(s: str, year: int) -> list[tuple[int, int]]:
    """Calendar-valid (month, day) splits of Chinese numerals that lost the 月 between them."""
    out = []
    for k in range(1, len(s)):
        mo, d = _CN_VALUES.get(s[:k]), _CN_VALUES.get(s[k:])
        if mo and d and mo <= 12 and d <= calendar.monthrange(year, mo)[1]:
            out.append((mo, d))
    return out


def _sentence(ctx: Ctx, parts: list[tuple[str, str | None, str | None]]):
    """Append a sentence built of (raw, action, expected) parts to a prose paragraph ending in 。.

    action None: plain text; "keep": a protected token; "fix"/"flag": a dates defect whose
    expected text (fix) or repair (flag) is given. The sentence must hold one protected token.
    """
    ends = [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] == "。"]
    p = ctx.pick_point(ends)
    if p is None:
        return None
    raw, golds = "", []
    for text, action, want in parts:
        k = len(raw)
        raw += text
        if action == "keep":
            golds.append(Gold(k, len(raw), "protected", "keep", text, where="inline"))
        elif action == "fix":
            golds.append(Gold(k, len(raw), "dates", "fix", want, where="inline"))
        elif action == "flag":
            golds.append(Gold(k, len(raw), "dates", "flag", text, repair=want, where="inline"))
    return Inj(p, p, raw, golds)


def _rand_date(ctx: Ctx) -> tuple[int, int, int]:
    y = _year(ctx)
    mo = ctx.rng.randint(1, 12)
    return y, mo, ctx.rng.randint(1, calendar.monthrange(y, mo)[1])


# ======================================================================================
# dates

_ZERO_LOOKALIKES = ["O", "0", "Ｏ", "０", "o", "〇"]


@R.form("dates", "t78_r14_cn_numeral_zero_lookalike")
def date_cn_numeral_zero_lookalike(ctx: Ctx):
    """A date in Chinese numerals whose 〇 was typed as the letter O, the digit 0 or their
    full-width forms (an IME without 〇, an OCR of a seal-dated page): 二O二一年三月二十九日,
    二0二一年, 二Ｏ二Ｏ年 → 二〇二一年 (inside a year of Chinese numerals the round figure can
    only be 〇). The sentence keeps a clock time."""
    rng = ctx.rng
    y, mo, d = _rand_date(ctx)
    y = rng.choice([2010, 2020, y, y])  # years with a zero beyond the second figure too
    good = f"{_cn_year(y)}年{_cn_number(mo)}月{_cn_number(d)}日"
    zero = rng.choice(_ZERO_LOOKALIKES[:-1])
    bad = good.replace("〇", zero)
    time = f"{rng.randint(8, 16)}:{rng.choice(['00', '30'])}"
    return rng.choice([
        lambda: _sentence(ctx, [("本细则自", None, None), (bad, "fix", good), ("起施行，每日受理时间截至", None, None),
                                (time, "keep", None), ("。", None, None)]),
        lambda: _sentence(ctx, [("附件所列表格的填报日期统一写作", None, None), (bad, "fix", good),
                                ("，现场核查于当日", None, None), (time, "keep", None), ("开始。", None, None)]),
    ])()


@R.form("dates", "t79_r14_cn_numeral_mark_lost")
def date_cn_numeral_mark_lost(ctx: Ctx):
    """A date in Chinese numerals that lost one mark (a signature line retyped, an OCR that
    dropped a thin character): 二〇二一三月二十九日 (年 lost: four numeral figures before a month
    can only be a year), 二〇二一年三二十九日 (月 lost: fixed when one split is a date, flagged
    when 十二十 reads 十月二十 or 十二月十), 二〇二一年三月二十九 before 起/前/punctuation
    (日 lost)."""
    rng = ctx.rng
    y, mo, d = _rand_date(ctx)
    cy, cm, cd = _cn_year(y), _cn_number(mo), _cn_number(d)
    good = f"{cy}年{cm}月{cd}日"
    kind = rng.choice(["nian", "yue", "ri"])
    action = "fix"
    if kind == "nian":
        bad = f"{cy}{cm}月{cd}日"
    elif kind == "yue":
        bad = f"{cy}年{cm}{cd}日"
        if len(_cn_md_readings(cm + cd, y)) > 1:
            action = "flag"
    else:
        bad = f"{cy}年{cm}月{cd}"
    tail = "起施行，" if kind == "ri" else "起施行，"
    docno = f"〔{y}〕{rng.randint(2, 40)}号"
    return _sentence(ctx, [("依据市政府办公室", None, None), (docno, "keep", None), ("文件，本办法自", None, None),
                           (bad, action, good), (tail + "原办法同时废止。", None, None)])


def _damage_date_site(ctx: Ctx, sites, damaged, full_width_share: float):
    """One of the document's full dates (``sites``) written as ``damaged(year, month, day)``, in
    full-width figures at ``full_width_share`` of the draws; the fix is the date as it stood."""
    site = ctx.pick_span(sites)
    if site is None:
        return None
    s, e, m = site
    raw = damaged(*m.groups())
    if ctx.rng.random() < full_width_share:
        raw = raw.translate(_FW)
    return _fix(s, e, raw, ctx.text[s:e])


_BLANKS = [" ", "\u3000", "\u00a0", "  "]


@R.form("dates", "t80_r14_year_mark_blank")
def date_year_mark_blank(ctx: Ctx):
    """年 replaced by a blank while 月 and 日 stay (a template whose 年 was an image or a styled
    span, a cell split after the year): 2021 3月29日, ２０２１　３月２９日, 2021\u00a03月29日
    → 2021年3月29日 (a four-figure year of the document's, then a full month-day)."""
    return _damage_date_site(ctx, _date_sites(ctx), lambda y, mo, d: f"{y}{ctx.rng.choice(_BLANKS)}{mo}月{d}日", 0.25)


@R.form("dates", "t81_r14_ri_lost_before_time")
def date_ri_lost_before_time(ctx: Ctx):
    """日 lost before a time of day (a notice of a meeting typed fast, a mark eaten by a tag):
    2021年3月29上午9:30, 3月29下午2时, 3月29晚7:30 → 29日 (the clock time stays)."""
    rng = ctx.rng
    y, mo, d = _rand_date(ctx)
    with_year = rng.random() < 0.6
    good = (f"{y}年" if with_year else "") + f"{mo}月{d}日"
    bad = good[:-1]
    if rng.random() < 0.6:
        tail, time = rng.choice(["上午", "下午", "晚", "中午"]), f"{rng.randint(1, 11)}:{rng.choice(['00', '30'])}"
    else:
        tail, time = rng.choice(["上午", "下午"]), f"{rng.randint(1, 11)}时{rng.choice(['', '30分'])}"
    parts = [("会议定于", None, None), (bad, "fix", good), (tail, None, None)]
    parts += [(time, "keep", None), ("在市政务中心召开，请准时参加。", None, None)]
    return _sentence(ctx, parts)


_MD_NO_YEAR = re.compile(r"(?<![0-9年月])([0-9]{1,2})月([0-9]{1,2})日")


@R.form("dates", "t82_r14_md_break_no_year")
def date_md_break_no_year(ctx: Ctx):
    """A line break or a blank inside a month-day date with no year (a PDF wrap, a justified
    line): 3月3\\n1日前, 3\\n月31日, 3月 31日, 12月2 5日 → 3月31日 (the month frames the figures)."""
    lines = [i for i in range(1, len(ctx.lines)) if not re.search(r"〔[0-9]{4}〕", ctx.lines[i][2])]
    site = ctx.pick_span(ctx.matches(_MD_NO_YEAR, lines))
    rng = ctx.rng
    if site is None:
        mo, d = rng.randint(1, 12), rng.randint(10, 28)
        good = f"{mo}月{d}日"
        bad = f"{mo}月{str(d)[0]}\n{str(d)[1]}日"
        return _sentence(ctx, [("各单位于", None, None), (bad, "fix", good), ("前报送材料，咨询电话0571-", None, None),
                               (f"8{rng.randint(1000000, 9999999)}", "keep", None), ("。", None, None)])
    s, e, m = site
    base = ctx.text[s:e]
    mo, d = m.group(1), m.group(2)
    cuts = [len(mo), len(mo) + 1]
    if len(d) == 2:
        cuts.append(len(mo) + 2)
    k = rng.choice(cuts)
    raw = base[:k] + rng.choice(["\n", "\n", " "]) + base[k:]
    return _fix(s, e, raw, base)


@R.form("dates", "t83_r14_zero_padded")
def date_zero_padded(ctx: Ctx):
    """Month or day written with a leading zero in a date that has its marks (a CMS date
    template, a form's date picker): 2021年03月09日, 2021年3月09日, 2021年03月29日 → 2021年3月9日
    (GB/T 9704: month and day take no padding zero, 1 is not written 01)."""
    sites = [t for t in _date_sites(ctx) if int(t[2].group(2)) < 10 or int(t[2].group(3)) < 10]
    return _damage_date_site(ctx, sites, lambda y, mo, d: f"{y}年{int(mo):02d}月{int(d):02d}日", 0.2)


@R.form("dates", "t84_r14_year_glued_full_date")
def date_year_glued_full_date(ctx: Ctx):
    """年 lost between a year and a full month-day (a CMS that strips 年 from a template):
    2021年3月29日 → 20213月29日, 2021年12月5日 → 202112月5日 (the year is four figures of the
    document's years; what follows is a month with its day)."""
    return _damage_date_site(ctx, _date_sites(ctx), lambda y, mo, d: f"{y}{mo}月{d}日", 0.2)


@R.form("dates", "t85_r14_period_end_year_lost")
def date_period_end_year_lost(ctx: Ctx):
    """A period whose end year lost its 年 before a clause or a period word (a plan's span typed
    in a hurry): 2021年至2025期间 → 2025年期间, 2021年—2023，→ 2023年， (the start's 年 makes the
    end a year; 2021—2023年 with one 年 after the end is right as written)."""
    rng = ctx.rng
    y = _year(ctx)
    a, b = y - rng.randint(0, 2), y + rng.randint(2, 5)
    conn = rng.choice(["至", "—", "－", "～", "到"])
    after = rng.choice(["期间", "，", "间"])
    money = f"{rng.randint(2, 9)}.{rng.randint(1, 9)}亿元"
    return _sentence(ctx, [(f"{a}年{conn}", None, None), (f"{b}", "fix", f"{b}年"),
                           (f"{after}计划投入", None, None), (money, "keep", None), ("。", None, None)])


# ======================================================================================
# protected (keep)


@R.form("protected", "t24_r14_date_lookalike_figures")
def prot_date_lookalike_figures(ctx: Ctx):
    """Figures beside date words that no date repair may touch: a year then a day count
    (全年累计运行329日), a count after a year (上升到2021家), 第2021号, the 12345 hotline, a
    standard with its year (GB/T 9704-2012), a serial 2021-0329号, a decimal amount after a
    month (3月3.29万元), a clock time (9时30分)."""
    rng = ctx.rng
    y = _year(ctx)
    mo, d = rng.randint(1, 9), rng.randint(10, 28)
    count = f"{mo}{d}日"
    firms = f"{y}家"
    serial = f"{y}-0{mo}{d}号"
    amount = f"{mo}.{d}万元"
    clock = f"{rng.randint(8, 11)}时{rng.choice(['30', '15'])}分"
    return rng.choice([
        lambda: _protect(ctx, f"{y}年全年累计运行{count}，无安全事故。", [count]),
        lambda: _protect(ctx, f"规上企业由上年的1980家上升到{firms}，第{y}号公告同步发布。", [firms, f"第{y}号"]),
        lambda: _protect(ctx, f"群众可拨打12345热线反映，公文格式执行GB/T 9704-2012。", ["12345", "GB/T 9704-2012"]),
        lambda: _protect(ctx, f"登记编号为{serial}的项目于{mo}月拨付{amount}。", [serial, amount]),
        lambda: _protect(ctx, f"{y}年{mo}月{d}日{clock}起停水检修。", [clock]),
    ])()


@R.form("protected", "t25_r14_dates_right_as_written")
def prot_dates_right_as_written(ctx: Ctx):
    """Dates right as they stand next to the shapes this round repairs: a Chinese-numeral date
    (二〇二一年三月二十九日), a lunar date (农历三月初三), a day range sharing its month
    (3月1日-15日), a range of two month-days (3月1日—4月15日), a period (2021—2023年), a
    deadline (于3月31日前), a time (14:30)."""
    rng = ctx.rng
    y, mo, d = _rand_date(ctx)
    cn = f"{_cn_year(y)}年{_cn_number(mo)}月{_cn_number(d)}日"
    mo = min(mo, 10)
    drange = f"{mo}月1日-15日"
    mrange = f"{mo}月1日—{mo + 1}月15日"
    period = f"{y}—{y + 2}年"
    due = f"{mo}月31日前" if mo in (1, 3, 5, 7, 8, 10) else f"{mo}月30日前"
    time = f"{rng.randint(13, 17)}:{rng.choice(['00', '30'])}"
    return rng.choice([
        lambda: _protect(ctx, f"本办法成文于{cn}，农历三月初三当日不安排检查。", [cn, "农历三月初三"]),
        lambda: _protect(ctx, f"申报时间为{drange}，复核时间为{mrange}。", [drange, mrange]),
        lambda: _protect(ctx, f"{period}期间，各县于每年{due}报送，每日{time}前录入系统。", [period, due, time]),
    ])()
