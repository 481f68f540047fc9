"""More TUNE forms (round 11): dates, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from forms_common import Ctx, Gold, Inj
from forms_tune import _date_sites, _protect

_FW = str.maketrans("0123456789", "０１２３４５６７８９")


def _fix(s: int, e: int, raw: str, base: str, rs: int = 0, re_: int | None = None):
    re_ = len(raw) if re_ is None else re_
    return Inj(s, e, raw, [Gold(rs, re_, "dates", "fix", base, where="inline")])


def _year(ctx: Ctx) -> int:
    return int((ctx.doc.meta.get("written_date") or "2021")[:4])


# ======================================================================================
# dates (fix: every shape here reads one way in the document's frame)

# Separators a date meets when it passes through typesetting, Japanese/Korean IMEs or a PDF
# copy: the en dash, the hyphen, the minus sign, the small and the Katakana middle dots, the
# hyphenation point, the fraction and division slashes, the small hyphen-minus.
_ODD_SEPS = ["\u2013", "\u2010", "\u2212", "\ufe52", "\u2027", "\u00b7", "\u30fb", "\u2044",
             "\u2215", "\ufe63", "\u2011"]


@R.form("dates", "t65_numeric_odd_separator")
def date_numeric_odd_separator(ctx: Ctx):
    """A numeric date in prose whose separators are typographic look-alikes of . / - (an en dash
    from a word processor's autocorrect, a minus sign, a Katakana middle dot from a Japanese
    IME, a fraction slash from a PDF): 于2021–3–29前, 2021・03・29召开, 2021⁄3⁄29 → 2021年3月29日."""
    site = ctx.pick_span([t for t in _date_sites(ctx) if ctx.is_prose(ctx.line_of(t[0]))])
    if site is None:
        return None
    s, e, m = site
    y, mo, d = m.groups()
    rng = ctx.rng
    sep = rng.choice(_ODD_SEPS)
    raw = f"{y}{sep}{int(mo):02d}{sep}{int(d):02d}" if rng.random() < 0.4 else f"{y}{sep}{mo}{sep}{d}"
    if rng.random() < 0.15:
        raw = raw.translate(_FW)
    return _fix(s, e, raw, ctx.text[s:e])


_YM_PERIOD = re.compile(r"(?<![0-9])(20[0-9]{2})年([0-9]{1,2})月(?=底|末|份|上旬|中旬|下旬|起|以来|前|中|初)")


@R.form("dates", "t66_year_month_six_digits")
def date_year_month_six_digits(ctx: Ctx):
    """A year-month whose 年 and 月 were both lost, leaving six figures YYYYMM before a word that
    only a month takes (a report period field exported as 202106, a filename pasted as text):
    2021年6月底前 → 202106底前, 2023年12月底 → 202312底, 2021年3月起 → 202103起 → 2021年3月."""
    lines = [i for i in range(1, len(ctx.lines)) if not re.search(r"〔[0-9]{4}〕", ctx.lines[i][2])]
    site = ctx.pick_span(ctx.matches(_YM_PERIOD, lines))
    if site is None:
        return None
    s, e, m = site
    raw = f"{m.group(1)}{int(m.group(2)):02d}"
    if ctx.rng.random() < 0.2:
        raw = raw.translate(_FW)
    return _fix(s, e, raw, ctx.text[s:e])


_Y_WORD = re.compile(r"(?<![0-9〔\[（(])(20[0-9]{2})年(?=[\u4e00-\u9fff])(?![度底初末以上下全])")


@R.form("dates", "t67_year_mark_lost_before_word")
def date_year_mark_lost_before_word(ctx: Ctx):
    """年 lost between a year and the noun it qualifies (a title typed in a hurry, a CMS that
    strips 年 from its title template): 2021年工作要点 → 2021工作要点, 2019年国务院 → 2019国务院,
    2022年全市 → 2022全市 (the year is one of the document's, the next word is no unit)."""
    site = ctx.pick_span(ctx.matches(_Y_WORD, list(range(0, len(ctx.lines)))))
    if site is None:
        return None
    s, e, m = site
    raw = m.group(1)
    return _fix(s, e, raw, ctx.text[s:e])


# Letters (and a bar) that OCR and hand-typing put for digits.
_LOOKS = {"0": ["D", "Q", "o", "O"], "1": ["I", "|", "i", "l"], "2": ["Z", "z"], "5": ["S", "s"],
          "6": ["b", "G"], "8": ["B"], "9": ["g", "q"]}


@R.form("dates", "t68_ocr_letter_digits_other")
def date_ocr_letter_digits(ctx: Ctx):
    """One or two figures of a date read by OCR as letters other than the usual O and l (Z for 2,
    S for 5, B for 8, g/q for 9, b for 6, D/Q for 0, I or | for 1): 2Z21年3月29日, 2021年5月1S日,
    2O2I年 → 2021年3月29日 (inside the frame of 年 月 日 the figure can only be a digit)."""
    site = ctx.pick_span(_date_sites(ctx))
    if site is None:
        return None
    s, e, _ = site
    base = ctx.text[s:e]
    rng = ctx.rng
    spots = [k for k, ch in enumerate(base) if ch in _LOOKS]
    if not spots:
        return None
    chars = list(base)
    for k in rng.sample(spots, min(len(spots), 1 if rng.random() < 0.7 else 2)):
        chars[k] = rng.choice(_LOOKS[base[k]][:2] if rng.random() < 0.7 else _LOOKS[base[k]])
    return _fix(s, e, "".join(chars), base)


_ODD_BLANKS = ["\u2009", "\u202f", "\u2002", "\u200b", "\ufeff", "\u2006", "\u3000"]


@R.form("dates", "t69_break_inside_figure")
def date_break_inside_figure(ctx: Ctx):
    """A line break or an odd blank (thin, narrow no-break, en, zero-width, BOM) inside one figure
    of a date or between the day and its 日 (a PDF line wrap, an HTML span boundary):
    2021年3月2\\n9日, 20\\n21年, 2021年3月29\\n日, 2021年1 2月 (thin space) → 2021年3月29日."""
    sites = [t for t in _date_sites(ctx) if ctx.is_prose(ctx.line_of(t[0]))]
    site = ctx.pick_span(sites)
    if site is None:
        return None
    s, e, _ = site
    base = ctx.text[s:e]
    gaps = [k for k in range(1, len(base)) if base[k - 1].isdigit() and (base[k].isdigit() or base[k] == "日")]
    rng = ctx.rng
    k = rng.choice(gaps)
    blank = "\n" if rng.random() < 0.4 else rng.choice(_ODD_BLANKS)
    raw = base[:k] + blank + base[k:]
    return _fix(s, e, raw, base)


@R.form("dates", "t70_year_digit_grouping")
def date_year_digit_grouping(ctx: Ctx):
    """A year a spreadsheet or a number format grouped like an amount (a cell formatted as a
    number, then pasted): 2,021年3月29日, 2，021年, 2 021年 (thin or no-break space), 2.021年
    (a European grouping) → 2021年."""
    lines = [i for i in range(0, len(ctx.lines)) if not re.search(r"〔[0-9]{4}〕", ctx.lines[i][2])]
    spans = ctx.matches(re.compile(r"(?<![0-9,.])(20[0-9]{2})(?=年)"), lines)
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e, m = site
    y = m.group(1)
    sep = ctx.rng.choice([",", ",", "，", "\u2009", "\u00a0", "\u202f", "."])
    return _fix(s, e, y[0] + sep + y[1:], y)


# ======================================================================================
# protected (keep): real text that looks like a damaged date


@R.form("protected", "t20_r11_ranges_and_lists")
def prot_date_ranges_lists(ctx: Ctx):
    """Dates that are right as they stand although a mark seems missing: a day range sharing its
    month (3月1日-15日, 3月1—15日), days listed under one month (每月1日、15日), a span of years
    or months (2021—2025年, 1—3月份), a date in Chinese numerals (二〇二一年三月二十九日), a lunar
    date (农历三月初三)."""
    rng = ctx.rng
    y = _year(ctx)
    mo = rng.randint(3, 11)
    d1, d2 = rng.randint(1, 9), rng.randint(12, 28)
    dash = rng.choice(["-", "—", "～", "－"])
    r1 = f"{mo}月{d1}日{dash}{d2}日"
    r2 = f"{mo}月{d1}{dash}{d2}日"
    ys = f"{y}—{y + 4}年"
    ms = f"1{dash}{rng.randint(3, 9)}月份"
    cn = "二〇" + "".join("〇一二三四五六七八九"[int(c)] for c in str(y)[2:]) + "年" + rng.choice(["三", "五", "十"]) + "月二十九日"
    return rng.choice([
        lambda: _protect(ctx, f"集中申报时间为{r1}，逾期不再受理。", [r1]),
        lambda: _protect(ctx, f"现场核查安排在{r2}分批进行，每月1日、15日通报进度。", [r2, "1日、15日"]),
        lambda: _protect(ctx, f"对照{ys}规划目标，{ms}已完成序时进度。", [ys, ms]),
        lambda: _protect(ctx, f"该批复的成文日期为{cn}，农历三月初三前完成布展。", [cn, "农历三月初三"]),
    ])()


@R.form("protected", "t21_r11_date_shaped_codes")
def prot_date_shaped_codes(ctx: Ctx):
    """Codes whose figures spell a date of the document's year: a postcode (202103), a local
    phone number (021-20210329), a site's ICP number, a project code, a standard's number with its
    year (GB 50016-2014), a version (V2.3.29)."""
    rng = ctx.rng
    y = _year(ctx)
    mo, d = rng.randint(1, 12), rng.randint(10, 28)
    ymd = f"{y}{mo:02d}{d}"
    post = f"{y}{mo:02d}"
    tel = f"021-{ymd}"
    icp = f"沪ICP备{ymd}号-{rng.randint(1, 4)}"
    code = f"ZB{ymd}-{rng.randint(1, 9):02d}"
    std = f"GB{rng.choice(['50016', '50352', '55037'])}-{y - rng.randint(3, 8)}"
    ver = f"V{rng.randint(1, 4)}.{mo}.{d}"
    return rng.choice([
        lambda: _protect(ctx, f"材料寄送地址邮编{post}，咨询电话{tel}。", [post, tel]),
        lambda: _protect(ctx, f"申报系统备案号为{icp}，项目编号{code}。", [icp, code]),
        lambda: _protect(ctx, f"设计须符合{std}的要求，填报软件升级至{ver}版。", [std, ver]),
    ])()
