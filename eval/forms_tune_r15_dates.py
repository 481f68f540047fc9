"""More TUNE forms (round 15): dates, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
The shapes here are sites and editors the earlier rounds did not use: a 日 lost before a weekday
in brackets or before a verb, a 月 lost before a part-of-month word (份, 底, 上旬, in figures or in
Chinese numerals), marks read by an OCR as look-alike characters (午 for 年, 曰/目 for 日), a
signature date spaced out by distributed alignment, a Chinese-numeral year whose 〇 was typed as
a circle or as 零 beside a 〇, a two-digit year, and a dotted month-day in a deadline. Two protected
forms hold the look-alikes (counts after a month, amounts and versions spelling a date, document
numbers, periods, month-by-month figures) and dates right as written at the same sites.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import calendar
import datetime

from forms_common import Ctx, Gold, Inj
from forms_tune import _date_sites, _protect
from forms_tune_r14_dates import _cn_number, _cn_year, _fix, _rand_date, _sentence, _year

_WEEKDAYS = "一二三四五六日"


def _weekday(y: int, mo: int, d: int) -> str:
    return _WEEKDAYS[datetime.date(y, mo, d).weekday()]


# ======================================================================================
# dates


@R.form("dates", "t86_r15_ri_lost_before_weekday")
def date_ri_lost_before_weekday(ctx: Ctx):
    """日 lost between a day and its weekday (a meeting notice, a 活动安排 row): 3月29（星期一）,
    2021年3月29(周一), 3月29 星期一 → 3月29日（星期一） (a month frames the figures; a weekday can
    only follow a day)."""
    rng = ctx.rng
    y, mo, d = _rand_date(ctx)
    wd = _weekday(y, mo, d)
    with_year = rng.random() < 0.5
    good = (f"{y}年" if with_year else "") + f"{mo}月{d}日"
    bad = good[:-1]
    after = rng.choice([f"（星期{wd}）", f"（周{wd}）", f"(星期{wd})", f"星期{wd}"])
    time = f"{rng.randint(8, 16)}:{rng.choice(['00', '30'])}"
    return rng.choice([
        lambda: _sentence(ctx, [("现场培训安排在", None, None), (bad, "fix", good), (after + "上午，", None, None),
                                ("签到截止", None, None), (time, "keep", None), ("。", None, None)]),
        lambda: _sentence(ctx, [("评审会暂定于", None, None), (bad, "fix", good), (after + "举行，报到时间为", None, None),
                                (time, "keep", None), ("。", None, None)]),
    ])()


@R.form("dates", "t87_r15_yue_lost_before_part_of_month")
def date_yue_lost_before_part_of_month(ctx: Ctx):
    """月 lost between a month and a part-of-month word (份, 底, 初, 上旬/中旬/下旬), in figures or
    in Chinese numerals: 2021年3份 → 3月份, 于6底前 → 6月底前, 十二底前 → 十二月底前,
    至9中旬 → 9月中旬 (a year or a deadline word before, a part-of-month word after)."""
    rng = ctx.rng
    y = _year(ctx)
    mo = rng.randint(1, 12)
    num = str(mo) if rng.random() < 0.6 else _cn_number(mo)
    part = rng.choice(["份", "底", "初", "上旬", "中旬", "下旬"])
    amount = f"{rng.randint(11, 98)}.{rng.randint(1, 9)}万元"
    if part == "份":
        lead, bad, good = "截至", f"{y}年{num}{part}", f"{y}年{num}月{part}"
        tail = "，累计拨付资金"
    else:
        lead, bad, good = rng.choice(["于", "在", "到"]), f"{num}{part}", f"{num}月{part}"
        tail = rng.choice(["前完成项目验收，预算", "前全部开工，计划投资"])
    return _sentence(ctx, [(lead, None, None), (bad, "fix", good), (tail, None, None), (amount, "keep", None),
                           ("。", None, None)])


_OCR_MARKS = {"年": ["午", "牛"], "日": ["曰", "目"]}


@R.form("dates", "t88_r15_ocr_mark_lookalike")
def date_ocr_mark_lookalike(ctx: Ctx):
    """A date mark read by an OCR as a look-alike character (a scanned notice): 2021午3月29日,
    2021牛3月29日 → 年; 2021年3月29曰, 3月29目前 → 日 (the look-alike sits where the mark goes,
    between figures of a date)."""
    rng = ctx.rng
    mark = rng.choice(["年", "日", "日"])

    def damaged(y, mo, d):
        look = rng.choice(_OCR_MARKS[mark])
        return f"{y}{look}{mo}月{d}日" if mark == "年" else f"{y}年{mo}月{d}{look}"
    site = ctx.pick_span(_date_sites(ctx))
    if site is None:
        return None
    s, e, m = site
    return _fix(s, e, damaged(*m.groups()), ctx.text[s:e])


@R.form("dates", "t89_r15_signature_spaced_out")
def date_signature_spaced_out(ctx: Ctx):
    """The signature date spaced out by distributed alignment (Word's 分散对齐 pasted as text, a
    PDF that keeps the tracking): 2 0 2 1 年 3 月 2 9 日, 2021 年 3 月 29 日, or with full-width
    blanks → 2021年3月29日 (a date line of its own, blanks between every character)."""
    rng = ctx.rng
    last = len(ctx.lines) - 1
    sites = _date_sites(ctx) if ctx.signature_line < len(ctx.lines) else []
    sites = [t for t in sites if ctx.line_of(t[0]) == last]
    if not sites:
        sites = [t for t in _date_sites(ctx) if ctx.text[t[1]:t[1] + 1] in ("\n", "")]
    site = ctx.pick_span(sites)
    if site is None:
        return None
    s, e, m = site
    base = ctx.text[s:e]
    blank = rng.choice([" ", " ", "\u3000"])
    if rng.random() < 0.5:
        raw = blank.join(base)
    else:
        y, mo, d = m.groups()
        raw = blank.join([y, "年", mo, "月", d, "日"])
    return _fix(s, e, raw, base)


_CIRCLES = ["\u25cb", "\u25ef", "\u039f", "\u00b0"]


@R.form("dates", "t90_r15_cn_zero_as_circle")
def date_cn_zero_as_circle(ctx: Ctx):
    """A Chinese-numeral year whose 〇 was typed as a look-alike circle (○ U+25CB, ◯, Greek Ο, a
    degree sign) or as 零 beside a real 〇 in the same year: 二○二一年, 二〇二零年 → 二〇二一年,
    二〇二〇年 (inside one year of Chinese numerals the round figure is 〇)."""
    rng = ctx.rng
    y, mo, d = _rand_date(ctx)
    y = rng.choice([2020, 2010, y])
    cy = _cn_year(y)
    if cy.count("〇") >= 2 and rng.random() < 0.4:
        k = cy.rindex("〇")
        bad_y = cy[:k] + "零" + cy[k + 1:]
    else:
        bad_y = cy.replace("〇", rng.choice(_CIRCLES))
    tail = f"{_cn_number(mo)}月{_cn_number(d)}日"
    docno = f"〔{y}〕{rng.randint(2, 40)}号"
    return rng.choice([
        lambda: _sentence(ctx, [("本方案经", None, None), (docno, "keep", None), ("文件批准，自", None, None),
                                (bad_y + "年", "fix", cy + "年"), (tail + "起执行。", None, None)]),
        lambda: _sentence(ctx, [("原件落款日期为", None, None), (bad_y + "年", "fix", cy + "年"),
                                (tail + "，文号为", None, None), (docno, "keep", None), ("。", None, None)]),
    ])()


@R.form("dates", "t91_r15_two_digit_year")
def date_two_digit_year(ctx: Ctx):
    """A full date with a two-digit year (a form filled in by hand, a date picker set to yy):
    21年3月29日, ’21年3月29日 → flagged, repair 2021年3月29日 (GB/T 9704 writes the year in full;
    which century is a reading, so the tool flags)."""
    rng = ctx.rng
    site = ctx.pick_span(_date_sites(ctx))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = m.groups()
    raw = rng.choice(["", "", "'", "\u2019"]) + f"{y[2:]}年{mo}月{d}日"
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "flag", raw, repair=ctx.text[s:e], where="inline")])


@R.form("dates", "t92_r15_ri_lost_before_verb")
def date_ri_lost_before_verb(ctx: Ctx):
    """日 lost between a day and the verb of its clause (a sentence retyped): 于2021年3月29召开,
    定于3月29举行, 3月29开始 → 29日 (于/定于 before, a date verb after; 3月29个项目 is a count
    and stays, see the protected form)."""
    rng = ctx.rng
    y, mo, d = _rand_date(ctx)
    good = (f"{y}年" if rng.random() < 0.5 else "") + f"{mo}月{d}日"
    lead = rng.choice(["于", "定于", "拟于", "将于"])
    verb = rng.choice(["召开", "举行", "开始", "启动", "开展", "截止"])
    phone = f"0{rng.randint(371, 898)}-{rng.randint(6000000, 8999999)}"
    return _sentence(ctx, [("全市联席会议", None, None), (lead, None, None), (good[:-1], "fix", good),
                           (verb + "，联系电话", None, None), (phone, "keep", None), ("。", None, None)])


@R.form("dates", "t93_r15_dotted_month_day_deadline")
def date_dotted_month_day_deadline(ctx: Ctx):
    """A month-day written with a dot in a deadline or a start (a notice typed in a chat app):
    于3.29前, 3.29起, 请于12.5前 → flagged, repair 3月29日 (a dot between two figures may be a
    decimal, so the tool flags; the deadline words and a valid month-day make it a date)."""
    rng = ctx.rng
    y, mo, d = _rand_date(ctx)
    raw = f"{mo}.{d}"
    good = f"{mo}月{d}日"
    lead, tail = rng.choice([("请各单位于", "前报送汇总表，"), ("本系统自", "起试运行，"), ("材料须在", "前提交，")])
    pct = f"{rng.randint(1, 9)}.{rng.randint(1, 9)}%"
    return _sentence(ctx, [(lead, None, None), (raw, "flag", good), (tail + "逾期率不得超过", None, None),
                           (pct, "keep", None), ("。", None, None)])


# ======================================================================================
# protected (keep)


@R.form("protected", "t85_r15_date_lookalike_counts")
def prot_date_lookalike_counts(ctx: Ctx):
    """Figures beside date words that no date repair may touch: a count after a month
    (3月29个项目开工), an amount spelling a year (2021.5万元), a version (V2021.3.29), a percent
    after a dotted month (3.29%), a document number (〔2021〕5号), a period (2021—2025年),
    month-by-month figures (1月56、2月48)."""
    rng = ctx.rng
    y = _year(ctx)
    mo, d = rng.randint(1, 12), rng.randint(10, 28)
    count = f"{mo}月{d}个"
    amount = f"{y}.{rng.randint(1, 9)}万元"
    version = f"V{y}.{mo}.{d}"
    pct = f"{mo}.{d}%"
    docno = f"〔{y}〕{rng.randint(2, 40)}号"
    period = f"{y}—{y + 4}年"
    months = f"1月{rng.randint(30, 90)}、2月{rng.randint(30, 90)}、3月{rng.randint(30, 90)}件"
    return rng.choice([
        lambda: _protect(ctx, f"{count}项目集中开工，总投资{amount}。", [count, amount]),
        lambda: _protect(ctx, f"系统升级至{version}版本，故障率下降{pct}。", [version, pct]),
        lambda: _protect(ctx, f"按照{docno}文件，{period}期间逐年推进。", [docno, period]),
        lambda: _protect(ctx, f"一季度各月受理量分别为{months}。", [months]),
    ])()


@R.form("protected", "t86_r15_dates_other_sites_right")
def prot_dates_other_sites_right(ctx: Ctx):
    """Dates right as written at the sites this round repairs: with a weekday
    (3月29日（星期一）), a deadline (于6月底前), a part of a month (3月份, 9月中旬), a range to a
    month's end (3月1日至4月底), a Chinese-numeral date, a time (14:30)."""
    rng = ctx.rng
    y, mo, d = _rand_date(ctx)
    wd = f"{mo}月{d}日（星期{_weekday(y, mo, d)}）"
    mo2 = min(mo, 11)
    rng_end = f"{mo2}月1日至{mo2 + 1}月底"
    part = f"{mo2}月{rng.choice(['份', '中旬', '下旬', '底前'])}"
    cn = f"{_cn_year(y)}年{_cn_number(mo)}月{_cn_number(d)}日"
    time = f"{rng.randint(13, 17)}:{rng.choice(['00', '30'])}"
    last = calendar.monthrange(y, mo2)[1]
    return rng.choice([
        lambda: _protect(ctx, f"集中签约定于{wd}{time}举行。", [wd, time]),
        lambda: _protect(ctx, f"整改时间为{rng_end}，{part}开展复查。", [rng_end, part]),
        lambda: _protect(ctx, f"本细则印发日期为{cn}，各地于{mo2}月{last}日前上报。", [cn, f"{mo2}月{last}日前"]),
    ])()
