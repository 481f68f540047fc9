"""More TUNE forms (round 12): dates, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
The shapes here are positions and systems the earlier rounds did not use: a year closing its
clause, the signature date line, date ranges and year-month ranges, month-day dates with no
year, numeric ranges and full-width separators.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from forms_common import Ctx, Gold, Inj
from forms_tune import _date_sites, _protect

_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_CN_DIGIT = "〇一二三四五六七八九"


def _fix(s: int, e: int, raw: str, base: str, rs: int = 0, re_: int | None = None):
    re_ = len(raw) if re_ is None else re_
    return Inj(s, e, raw, [Gold(rs, re_, "dates", "fix", base, where="inline")])


def _year(ctx: Ctx) -> int:
    return int((ctx.doc.meta.get("written_date") or "2021")[:4])


def _cn_number(n: int) -> str:
    """1..31 in Chinese numerals as a date writes them: 十, 十一, 二十九, 三十一."""
    tens, ones = divmod(n, 10)
    out = ("" if tens == 0 else ("十" if tens == 1 else _CN_DIGIT[tens] + "十"))
    return out + (_CN_DIGIT[ones] if ones else "")


def _lines_no_docnum(ctx: Ctx, first: int = 1) -> list[int]:
    return [i for i in range(first, len(ctx.lines)) if not re.search(r"〔[0-9]{4}〕", ctx.lines[i][2])]


# ======================================================================================
# dates


_Y_CLAUSE = re.compile(r"(?<![0-9〔\[（(—－-])(20[0-9]{2})年(?=[，。；起前完])")


@R.form("dates", "t71_r12_year_mark_lost_clause")
def date_year_mark_lost_clause(ctx: Ctx):
    """年 lost from a year that closes its clause or meets 起/前/完成 (到2025，全市…, 2020完成。,
    从2015起, 2023，县医保局…): the year of a plan's target or a report's look back, a figure
    that is one of the document's years where a count would need its unit → 2025年."""
    site = ctx.pick_span(ctx.matches(_Y_CLAUSE, _lines_no_docnum(ctx)))
    if site is None:
        return None
    s, e, m = site
    return _fix(s, e, m.group(1), ctx.text[s:e])


_RANGE = re.compile(r"(?<![0-9])((?:[0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})日(至|—|－|～|-)([0-9]{1,2})月([0-9]{1,2})日")


@R.form("dates", "t72_r12_range_ri_lost")
def date_range_ri_lost(ctx: Ctx):
    """A date range whose start or end lost its 日 (a cell edited in place, a copy that ate the
    mark): 2021年5月1至9月30日 (the end has its own month, so 1 is a day, not the start of a
    day range like 3月1至15日), 2021年5月1日至9月30在全市 / 至9月30）→ 9月30日."""
    site = ctx.pick_span(ctx.matches(_RANGE, _lines_no_docnum(ctx)))
    if site is None:
        return None
    s, e, m = site
    base = ctx.text[s:e]
    if ctx.rng.random() < 0.5:
        k = m.start(4) - m.start(0) - 1  # the start's 日
    else:
        k = len(base) - 1  # the end's 日
    raw = base[:k] + base[k + 1:]
    return _fix(s, e, raw, base)


_SIG_DATE = re.compile(r"^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$")


@R.form("dates", "t73_r12_signature_date_damaged")
def date_signature_damaged(ctx: Ctx):
    """The signature date line (the line under the issuing organisation) typed or exported in
    another shape: 2021.3.29, 2021-03-29, 2021/3/29, 20210329, 2021329日, 2021年0329, 2021年3月29,
    sometimes in full-width digits (２０２１．３．２９) → 2021年3月29日: a line that is only a
    date under the organisation can be nothing else."""
    i = ctx.signature_line + 1
    if i >= len(ctx.lines):
        return None
    s, e, line = ctx.lines[i]
    m = _SIG_DATE.match(line)
    if m is None or not ctx.free(s, e):
        return None
    y, mo, d = (int(g) for g in m.groups())
    rng = ctx.rng
    shapes = [f"{y}.{mo}.{d}", f"{y}-{mo:02d}-{d:02d}", f"{y}/{mo}/{d}", f"{y}{mo:02d}{d:02d}",
              f"{y}年{mo:02d}{d:02d}", f"{y}年{mo}月{d}", f"{y}.{mo:02d}.{d:02d}", f"{y}年{mo}月{d}曰"]
    if len(str(mo) + str(d)) == 4 or (mo >= 10 and d >= 10):
        shapes.append(f"{y}{mo}{d}日")
    raw = rng.choice(shapes)
    if rng.random() < 0.2:
        raw = raw.translate(_FW).replace(".", "．").replace("-", "－").replace("/", "／")
    return _fix(s, e, raw, line)


_MD = re.compile(r"(?<![0-9年月])([0-9]{1,2})月([0-9]{1,2})日(?=[前起止，。；在集报完])")


@R.form("dates", "t74_r12_month_day_ri_lost")
def date_month_day_ri_lost(ctx: Ctx):
    """A month-day date with no year (the year is the document's, or 每年) whose 日 was lost
    before 前/起/止, punctuation or a verb: 每年1月31前, 9月30前报送, 至12月31集中 → 日 back.
    The month frames the figure: 9月30 before 前 is a day, not a count."""
    site = ctx.pick_span(ctx.matches(_MD, _lines_no_docnum(ctx)))
    if site is None:
        return None
    s, e, m = site
    base = ctx.text[s:e]
    return _fix(s, e, base[:-1], base)


_YM = re.compile(r"(?<![0-9])([0-9]{4})年([0-9]{1,2})月(?=底|末|份|起|至|开工|前)")


@R.form("dates", "t75_r12_year_month_mark_lost")
def date_year_month_mark_lost(ctx: Ctx):
    """A year-month (no day) that lost its 月 before a word only a month takes, or whose 年 became
    a separator: 2021年6底前, 2023年12底, 2021.6月底前, 2021-3月起, 2021/6月 → 2021年6月 (not
    2024年5至8月: a month range sharing its 月 is right as written)."""
    site = ctx.pick_span(ctx.matches(_YM, _lines_no_docnum(ctx)))
    if site is None:
        return None
    s, e, m = site
    y, mo = m.group(1), m.group(2)
    nxt = ctx.text[e:e + 1]
    rng = ctx.rng
    if nxt in "底末" and rng.random() < 0.5:
        raw = f"{y}年{mo}"
    else:
        raw = f"{y}{rng.choice(['.', '-', '/', '．', '·'])}{mo}月"
    return _fix(s, e, raw, ctx.text[s:e])


@R.form("dates", "t76_r12_numeric_range")
def date_numeric_range(ctx: Ctx):
    """A date range whose two ends were typed as numeric dates, the connector kept (a schedule
    pasted from a spreadsheet): 2021.5.1至9.30, 2021/5/16至8/31, 2021-05-01至09-30 → 2021年5月1日至
    9月30日 (after a numeric start, 9.30 is the range's end, not a decimal; the connector stays)."""
    site = ctx.pick_span(ctx.matches(_RANGE, _lines_no_docnum(ctx)))
    if site is None:
        return None
    s, e, m = site
    y = m.group(1)
    if not y:
        return None
    mo1, d1, mo2, d2 = (int(m.group(k)) for k in (2, 3, 5, 6))
    rng = ctx.rng
    sep = rng.choice([".", "/", "-"])
    conn = m.group(4)
    if sep == "-" and conn == "-":
        return None
    if rng.random() < 0.3:
        a, b = f"{y[:4]}{sep}{mo1:02d}{sep}{d1:02d}", f"{mo2:02d}{sep}{d2:02d}"
    else:
        a, b = f"{y[:4]}{sep}{mo1}{sep}{d1}", f"{mo2}{sep}{d2}"
    return _fix(s, e, f"{a}{conn}{b}", ctx.text[s:e])


@R.form("dates", "t77_r12_fullwidth_separators")
def date_fullwidth_separators(ctx: Ctx):
    """A date in full-width digits whose marks became full-width separators (an IME in full-width
    mode, a CMS that widens every ASCII character): ２０２１．３．２９, ２０２１－０３－２９前,
    ２０２１／３／２９日, ２０２１年３．２９日 (月 only) → 2021年3月29日."""
    sites = [t for t in _date_sites(ctx) if ctx.is_prose(ctx.line_of(t[0])) or ctx.text[t[1]:t[1] + 1] in "前起"]
    site = ctx.pick_span(sites)
    if site is None:
        return None
    s, e, m = site
    y, mo, d = (int(g) for g in m.groups())
    rng = ctx.rng
    sep = rng.choice(["．", "－", "／", "．"])
    mo_s, d_s = (f"{mo:02d}", f"{d:02d}") if rng.random() < 0.4 else (str(mo), str(d))
    shape = rng.random()
    if shape < 0.5:
        raw = f"{y}{sep}{mo_s}{sep}{d_s}"
    elif shape < 0.8:
        raw = f"{y}{sep}{mo_s}{sep}{d_s}日"
    else:
        raw = f"{y}年{mo}{sep}{d}日"
    return _fix(s, e, raw.translate(_FW), ctx.text[s:e])


# ======================================================================================
# protected (keep)


@R.form("protected", "t22_r12d_date_shaped_identifiers")
def prot_date_shaped_identifiers(ctx: Ctx):
    """Identifiers and amounts whose figures spell a date of the document's year, with date words
    near: a document number 〔2021〕329号 (reads 2021年3月29日 if the brackets were marks), an
    identity number with the birth date inside, a batch number after 生产日期, a phone number,
    an index number 2021-00329, an amount after a year (2021年3.29亿元 is not a date)."""
    rng = ctx.rng
    y = _year(ctx)
    mo, d = rng.randint(1, 9), rng.randint(10, 28)
    docno = f"江卫发〔{y}〕{mo}{d}号"
    ident = f"33010219{rng.randint(70, 99)}{mo:02d}{d}{rng.randint(100, 999)}X"
    batch = f"批号{y}{mo:02d}{d}"
    tel = f"0571-{y}{mo:02d}{d}"
    index = f"索引号为11330100MB{rng.randint(1000, 9999)}/{y}-00{mo}{d}"
    amount = f"{y}年{mo}.{d}亿元"
    return rng.choice([
        lambda: _protect(ctx, f"按照{docno}文件要求，于本月底前完成自查。", [docno]),
        lambda: _protect(ctx, f"经核验，申请人身份证号码{ident}与档案一致。", [ident]),
        lambda: _protect(ctx, f"抽检样品生产日期为本月，{batch}的样品合格。", [batch]),
        lambda: _protect(ctx, f"咨询电话{tel}，该文件{index}。", [tel, index]),
        lambda: _protect(ctx, f"全市安排资金{amount}，同比增长。", [amount]),
    ])()


@R.form("protected", "t23_r12d_dates_right_as_written")
def prot_dates_right_as_written(ctx: Ctx):
    """Dates that are right as they stand, next to the shapes a 日-lost repair reads: days listed
    under one month (3月29、30日), a day range with one 日 after a full date (2021年3月29—31日),
    a Chinese-numeral year-month (二〇二一年三月), months listed (3、4月份), a year-month range
    (2021年3月—2022年2月), 每月5日、20日前, a year listed before 年度 (2020、2021年度)."""
    rng = ctx.rng
    y = _year(ctx)
    mo = rng.randint(3, 10)
    d = rng.randint(10, 26)
    listed = f"{mo}月{d}、{d + 1}日"
    drange = f"{y}年{mo}月{d}—{d + 2}日"
    cn = "".join(_CN_DIGIT[int(c)] for c in str(y)) + "年" + _cn_number(mo) + "月"
    months = f"{mo}、{mo + 1}月份"
    ymr = f"{y}年{mo}月—{y + 1}年{mo - 1}月"
    monthly = f"每月{rng.randint(1, 9)}日、{d}日前"
    years = f"{y - 1}、{y}年度"
    return rng.choice([
        lambda: _protect(ctx, f"现场评审定于{listed}分两批进行，{months}完成整改。", [listed, months]),
        lambda: _protect(ctx, f"集中培训安排在{drange}，成文于{cn}的细则同步施行。", [drange, cn]),
        lambda: _protect(ctx, f"考核周期为{ymr}，各单位于{monthly}报送进度。", [ymr, monthly]),
        lambda: _protect(ctx, f"对{years}的项目开展审计，{listed}公示结果。", [years, listed]),
    ])()
