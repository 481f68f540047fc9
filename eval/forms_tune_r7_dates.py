"""More TUNE forms (round 7 of issue 16): dates, kinds written first without reading the rules.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import datetime

from forms_common import Ctx, Gold, Inj
from forms_tune import _date_sites, _protect, _readings

_FW = str.maketrans("0123456789", "０１２３４５６７８９")


def _fix(s: int, e: int, raw: str, base: str):
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", base, where="inline")])


def _flag(s: int, e: int, raw: str, base: str):
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "flag", raw, repair=base, where="inline")])


def _year(ctx: Ctx) -> int:
    return int((ctx.doc.meta.get("written_date") or "2021")[:4])


def _site(ctx: Ctx, follow=None):
    site = ctx.pick_span(_date_sites(ctx, follow))
    if site is None:
        return None
    s, e, m = site
    return s, e, m.group(0), tuple(m.groups())


# ======================================================================================
# dates (fix when the cluster reads one way, else flag)


@R.form("dates", "t40_hao_for_ri")
def date_hao_for_ri(ctx: Ctx):
    """The day mark typed as the spoken 号 (a notice drafted in a chat app, dictated, or typed
    from a phone call): 2021年3月29号 → 2021年3月29日; when 月 was lost too, 2021年329号 (fix
    when the figures read one way, flag when 111号 is 1月11日 or 11月1日)."""
    site = _site(ctx)
    if site is None:
        return None
    s, e, base, (y, mo, d) = site
    if ctx.rng.random() < 0.6:
        return _fix(s, e, f"{y}年{mo}月{d}号", base)
    raw = f"{y}年{mo}{d}号"
    if len(_readings(f"{mo}{d}", int(y))) == 1:
        return _fix(s, e, raw, base)
    return _flag(s, e, raw, base)


_SEPS = ["/", "-", ".", "／", "－", "．"]


@R.form("dates", "t41_numeric_date_in_prose")
def date_numeric_in_prose(ctx: Ctx):
    """A purely numeric date in the prose of a document that writes its dates with 年月日 (a
    date pasted from a spreadsheet cell, a system export or an English-locale form):
    于2021/3/29前, 自2021-03-29起, 2021.3.29召开, 2021／03／29 (full-width too) → 2021年3月29日.
    No 日 is left, so the repair is to the document's own style."""
    site = _site(ctx)
    if site is None:
        return None
    s, e, base, (y, mo, d) = site
    rng = ctx.rng
    sep = rng.choice(_SEPS)
    pad = rng.random() < 0.4
    raw = f"{y}{sep}{int(mo):02d}{sep}{int(d):02d}" if pad else f"{y}{sep}{mo}{sep}{d}"
    if rng.random() < 0.2:
        raw = raw.translate(_FW)
    return _fix(s, e, raw, base)


@R.form("dates", "t42_ime_dun_separator")
def date_ime_dun(ctx: Ctx):
    """A date whose separators became the enumeration comma 、 (a Chinese IME in Chinese mode
    types 、 for the / and \\ keys): 2021、3、29, 2021、3、29日, 2021年3、29日, 2021、3月29日
    → 2021年3月29日."""
    site = _site(ctx)
    if site is None:
        return None
    s, e, base, (y, mo, d) = site
    raw = ctx.rng.choice([f"{y}、{mo}、{d}", f"{y}、{mo}、{d}日", f"{y}年{mo}、{d}日", f"{y}、{mo}月{d}日"])
    return _fix(s, e, raw, base)


_OCR_MARK = {"年": ["牛", "乍"], "月": ["冃", "⺝", "目", "用"], "日": ["目", "囗", "⺜", "臼"]}


@R.form("dates", "t43_ocr_mark_shapes")
def date_ocr_mark_shapes(ctx: Ctx):
    """A date mark read by OCR (or drawn from a radical block) as another character of similar
    shape: 2021牛3月29日, 2021年3冃29日, 2021年3⺝29日, 2021年3月29目, 3月29囗 → 2021年3月29日."""
    site = _site(ctx)
    if site is None:
        return None
    s, e, base, _ = site
    rng = ctx.rng
    mark = rng.choice(["年", "月", "月", "日", "日"])
    k = base.index(mark)
    raw = base[:k] + rng.choice(_OCR_MARK[mark]) + base[k + 1:]
    return _fix(s, e, raw, base)


@R.form("dates", "t44_short_year")
def date_short_year(ctx: Ctx):
    """A year written or read back in two figures (a drafter's shorthand, an OCR that lost the
    leading 20, an apostrophe year): 21年3月29日, ’21年3月29日, '21年3月29日 → 2021年3月29日
    (one reading: the document's century)."""
    site = _site(ctx)
    if site is None:
        return None
    s, e, base, (y, mo, d) = site
    if s > 0 and ctx.text[s - 1].isdigit():
        return None
    lead = ctx.rng.choice(["", "", "’", "'", "‘"])
    return _fix(s, e, f"{lead}{y[2:]}年{mo}月{d}日", base)


@R.form("dates", "t45_marks_blank")
def date_marks_blank(ctx: Ctx):
    """All marks of a date lost and blanks left in their place (the marks were images or styled
    spans of a template, or a table cell split): 2021 3 29, 2021　3　29日, 2021 03 29
    → 2021年3月29日."""
    site = _site(ctx)
    if site is None:
        return None
    s, e, base, (y, mo, d) = site
    rng = ctx.rng
    sp = rng.choice([" ", " ", "\u3000", "  ", "\u00a0"])
    if rng.random() < 0.3:
        mo, d = f"{int(mo):02d}", f"{int(d):02d}"
    raw = f"{y}{sp}{mo}{sp}{d}" + rng.choice(["", "日"])
    return _fix(s, e, raw, base)


@R.form("dates", "t46_stray_mark_inside")
def date_stray_mark_inside(ctx: Ctx):
    """A stray punctuation mark inside a date (an OCR speck read as a mark, a key hit on the
    way): 2021年，3月29日, 2021年3月。29日, 2021年3月29，日, 2021.年3月29日 → 2021年3月29日."""
    site = _site(ctx)
    if site is None:
        return None
    s, e, base, _ = site
    rng = ctx.rng
    cuts = [k for k in range(1, len(base)) if base[k - 1] in "年月" or base[k] in "年月日"]
    k = rng.choice(cuts)
    raw = base[:k] + rng.choice(["，", "。", "、", ".", ",", "·"]) + base[k:]
    return _fix(s, e, raw, base)


@R.form("dates", "t47_separator_and_glued")
def date_separator_and_glued(ctx: Ctx):
    """年 typed as a separator and 月 lost (two slips in one date): 2021-329日, 2021/329,
    2021.1112日 (fix when the four or three figures read one way; 2021.111 is flagged)."""
    site = _site(ctx)
    if site is None:
        return None
    s, e, base, (y, mo, d) = site
    rng = ctx.rng
    raw = f"{y}{rng.choice(_SEPS)}{mo}{d}" + rng.choice(["日", "日", ""])
    if len(_readings(f"{mo}{d}", int(y))) == 1:
        return _fix(s, e, raw, base)
    return _flag(s, e, raw, base)


_ZERO = ["〇", "○", "Ｏ", "◯", "零"]


@R.form("dates", "t48_zero_as_circle")
def date_zero_as_circle(ctx: Ctx):
    """A 0 of a date figure typed as a Chinese zero or a circle (二〇二一 habits, the IME's 〇 /
    ○ / 零 candidates): 2〇21年3月29日, 2○21年3月1○日, 2021年1〇月 → 2021年3月29日."""
    sites = [x for x in _date_sites(ctx) if "0" in x[2].group(0)]
    site = ctx.pick_span(sites)
    if site is None:
        return None
    s, e, m = site
    base = m.group(0)
    z = ctx.rng.choice(_ZERO)
    raw = base.replace("0", z) if ctx.rng.random() < 0.4 else base.replace("0", z, 1)
    return _fix(s, e, raw, base)


@R.form("dates", "t49_glued_hao")
def date_glued_ambiguous_hao(ctx: Ctx):
    """Two marks lost with the day mark kept as 号 and the year kept (a phone-typed date):
    2021111号 (flag: 1月11日 or 11月1日), 2021329号 (fix: one reading)."""
    site = _site(ctx)
    if site is None:
        return None
    s, e, base, (y, mo, d) = site
    raw = f"{y}{mo}{d}号"
    if len(_readings(f"{mo}{d}", int(y))) == 1:
        return _fix(s, e, raw, base)
    return _flag(s, e, raw, base)


# ======================================================================================
# protected (keep): correct text a tolerant date reader could take for a damaged date


@R.form("protected", "t9_date_shaped_amounts_ranges")
def prot_date_shaped_amounts(ctx: Ctx):
    """Figures after a year that are amounts, counts or month ranges, not a month and day:
    2021年3.29亿元, 2021年1-6月, 2021年12个月, 2021年329件, 3月29日24时."""
    rng = ctx.rng
    y = _year(ctx)
    mo, d = rng.randint(1, 12), rng.randint(10, 28)
    amt = f"{y}年{mo}.{d}亿元"
    rg = f"{y}年1-{rng.randint(3, 11)}月"
    cnt = f"{y}年{mo}{d}件"
    hr = f"{mo}月{d}日24时"
    return rng.choice([
        lambda: _protect(ctx, f"{amt}专项资金已全部下达到位。", [amt]),
        lambda: _protect(ctx, f"{rg}累计受理咨询{rng.randint(200, 900)}人次。", [rg]),
        lambda: _protect(ctx, f"全市{cnt}投诉均已办结。", [cnt]),
        lambda: _protect(ctx, f"申报截止时间为{hr}，逾期不予受理。", [hr]),
    ])()


@R.form("protected", "t10_date_shaped_numbers_hao")
def prot_date_shaped_numbers(ctx: Ctx):
    """Numbers that carry date-like figures and a 号 or separators but are identifiers: an ICP
    filing number (浙ICP备20210329号-1), a receipt number (第2021329号), a phone number
    (0571-20210329), a standard (GB/T 2021.3-2019)."""
    rng = ctx.rng
    y, mo, d = _year(ctx), rng.randint(1, 12), rng.randint(1, 28)
    icp = f"{rng.choice(['浙', '苏', '京', '粤'])}ICP备{y}{mo:02d}{d:02d}号-{rng.randint(1, 3)}"
    rcpt = f"第{y}{mo}{d}号"
    tel = f"0{rng.randint(10, 999)}-{y}{mo:02d}{d:02d}"
    std = f"GB/T {y}.{mo}-{rng.randint(2015, 2020)}"
    return rng.choice([
        lambda: _protect(ctx, f"网站备案号为{icp}。", [icp]),
        lambda: _protect(ctx, f"回执编号{rcpt}，请妥善保存。", [rcpt]),
        lambda: _protect(ctx, f"咨询电话：{tel}。", [tel]),
        lambda: _protect(ctx, f"检测方法按照{std}执行。", [std]),
    ])()
