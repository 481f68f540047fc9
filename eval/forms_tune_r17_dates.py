"""More TUNE forms (round 17): dates, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
The kinds here are derived from causes of damage the earlier rounds did not model: a spreadsheet
or database export (a midnight time left on the date: 2021-03-29 00:00:00, 2021/3/29 0:00:00,
2021-03-29T00:00:00, a Java timestamp's .0; the date cell exported as its serial number 44284), an
IME that committed a mark twice (2021年年3月), an OCR that read a mark or a figure as another
character of similar shape than the ones earlier rounds used (月 as 丹/用, 日 as 口/且/旦, 1 as 丨),
a PDF text layer that carries Kangxi radicals for 日 and 月 (⽇ U+2F47, ⽉ U+2F49), a Chinese-numeral
day whose 十 was lost or read as + / 千 / 干, one date written in two numeral systems (a template
whose year was pre-filled: 二〇二一年3月29日, 2021年三月二十九日; GB/T 15835 and GB/T 9704 write the
date in Arabic figures), and a signature date wrapped over two lines by a narrow column. Two
protected forms hold the look-alikes (年年 / 日日 / 月月 that are words, five-figure counts, a real
midnight after a Chinese date, festival and period names in Chinese numerals).

Grounding: OCR confusion tables of Chinese shape-alike characters (日/曰/目/且/旦 in a Chinese
spelling-correction module; 1/l/I/| in OCR pair lists), Excel serial converters (day 0 is
1899-12-30, serials of this century lie between 36526 and 73050), a SPARQL clean-up "remove
incorrect 00:00:00 time" of exported dates, cn2date's 二零二一年九月十七日.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import calendar
import datetime

from forms_common import Ctx
from forms_tune import _date_sites, _protect
from forms_tune_r14_dates import _cn_number, _cn_year, _fix, _rand_date, _sentence

_FW = str.maketrans("0123456789", "０１２３４５６７８９")


def _signature_date(ctx: Ctx):
    """(start, end, y, mo, d) of the signature date line, or None."""
    i = ctx.signature_line + 1
    if i >= len(ctx.lines):
        return None
    s, e, line = ctx.lines[i]
    sites = [t for t in _date_sites(ctx) if t[0] == s and t[1] == e]
    if not sites or not ctx.free(s, e):
        return None
    return (s, e) + tuple(int(g) for g in sites[0][2].groups())


def _excel_serial(y: int, mo: int, d: int) -> int:
    return (datetime.date(y, mo, d) - datetime.date(1899, 12, 30)).days


# ======================================================================================
# dates


@R.form("dates", "t160_r17_export_midnight_time")
def date_export_midnight_time(ctx: Ctx):
    """A date exported by a spreadsheet or a database with its midnight time left on (a cell of
    type datetime, a CMS field printed with str()): 2021-03-29 00:00:00, 2021/3/29 0:00:00,
    2021-03-29T00:00:00, 2021-03-29 00:00:00.0 (a Java timestamp) → 2021年3月29日, in prose, in
    a heading's range or as the signature date (a midnight with seconds is no time anyone wrote)."""
    rng = ctx.rng
    site = ctx.pick_span(_date_sites(ctx))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = (int(g) for g in m.groups())
    raw = rng.choice([f"{y}-{mo:02d}-{d:02d} 00:00:00", f"{y}/{mo}/{d} 0:00:00", f"{y}-{mo:02d}-{d:02d}T00:00:00",
                      f"{y}-{mo:02d}-{d:02d} 00:00:00.0", f"{y}/{mo:02d}/{d:02d} 00:00:00",
                      f"{y}-{mo}-{d} 0:00:00"])
    return _fix(s, e, raw, ctx.text[s:e])


@R.form("dates", "t161_r17_excel_serial_signature")
def date_excel_serial_signature(ctx: Ctx):
    """The signature date line exported from a spreadsheet cell as its serial number (a cell
    formatted General, then pasted): 44284 → 2021年3月29日 (a line of five figures alone under the
    issuing organisation whose serial falls in the document's year is the date; sometimes in
    full-width figures or with the .0 of a float)."""
    sig = _signature_date(ctx)
    if sig is None:
        return None
    s, e, y, mo, d = sig
    rng = ctx.rng
    raw = str(_excel_serial(y, mo, d))
    r = rng.random()
    if r < 0.2:
        raw = raw.translate(_FW)
    elif r < 0.35:
        raw += ".0"
    return _fix(s, e, raw, ctx.text[s:e])


@R.form("dates", "t162_r17_mark_doubled")
def date_mark_doubled(ctx: Ctx):
    """A date mark committed twice by an IME (the candidate key pressed again, a word-completion
    that repeats the last character): 2021年年3月29日, 2021年3月月29日, 2021年3月29日日 before
    punctuation or 起/前 → 2021年3月29日 (the doubled 年 and 月 sit between figures; 日日 only where
    no word such as 日均 or 日间 follows)."""
    rng = ctx.rng
    site = ctx.pick_span(_date_sites(ctx))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = m.groups()
    nxt = ctx.text[e:e + 1]
    marks = ["年", "月"] + (["日"] if nxt in set("，。；、起前止（\n") or nxt == "" else [])
    mark = rng.choice(marks)
    raw = {"年": f"{y}年年{mo}月{d}日", "月": f"{y}年{mo}月月{d}日", "日": f"{y}年{mo}月{d}日日"}[mark]
    return _fix(s, e, raw, ctx.text[s:e])


_OCR_SHAPES = {"月": ["丹", "用", "冂"], "日": ["口", "且", "旦"]}


@R.form("dates", "t163_r17_ocr_shape_alike")
def date_ocr_shape_alike(ctx: Ctx):
    """A date mark or figure read by an OCR as another character of similar shape, other than
    those earlier rounds used: 月 as 丹 / 用 / 冂, 日 as 口 / 且 / 旦, the figure 1 as the stroke 丨
    (U+4E28): 2021年3丹29日, 2021年3月29口, 2021年1丨月5日 → 2021年3月29日 (between the figures of a
    year-month-day frame the character can only be the mark or the digit)."""
    rng = ctx.rng
    site = ctx.pick_span(_date_sites(ctx))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = m.groups()
    choices = ["月", "日"] + (["1"] if "1" in mo + d else [])
    what = rng.choice(choices)
    if what == "月":
        raw = f"{y}年{mo}{rng.choice(_OCR_SHAPES['月'])}{d}日"
    elif what == "日":
        raw = f"{y}年{mo}月{d}{rng.choice(_OCR_SHAPES['日'])}"
    else:
        raw = f"{y}年{mo.replace('1', '丨', 1)}月{d}日" if "1" in mo else f"{y}年{mo}月{d.replace('1', '丨', 1)}日"
    return _fix(s, e, raw, ctx.text[s:e])


_KANGXI = {"日": "\u2f47", "月": "\u2f49", "一": "\u2f00", "二": "\u2f06", "十": "\u2f17"}


@R.form("dates", "t164_r17_kangxi_radical_marks")
def date_kangxi_radical_marks(ctx: Ctx):
    """A date copied from a PDF whose text layer maps 日 and 月 (and 一 二 十 of a Chinese-numeral
    date) to the Kangxi radicals that look the same (⽇ U+2F47, ⽉ U+2F49, ⼀, ⼆, ⼗): 2021年3⽉29⽇,
    ⼆〇⼆⼀年三⽉⼆⼗九⽇ → the unified characters (NFKC gives the same)."""
    rng = ctx.rng
    if rng.random() < 0.65:
        site = ctx.pick_span(_date_sites(ctx))
        if site is None:
            return None
        s, e, m = site
        base = ctx.text[s:e]
        raw = base.translate(str.maketrans({k: v for k, v in _KANGXI.items() if k in "日月" and rng.random() < 0.8}))
        if raw == base:
            raw = base.replace("日", _KANGXI["日"])
        return _fix(s, e, raw, base)
    y, mo, d = _rand_date(ctx)
    cn = f"{_cn_year(y)}年{_cn_number(mo)}月{_cn_number(d)}日"
    raw = cn.translate(str.maketrans(_KANGXI))
    docno = f"〔{y}〕{rng.randint(2, 40)}号"
    return _sentence(ctx, [("本办法原件落款为", None, None), (raw, "fix", cn), ("，文号为", None, None),
                           (docno, "keep", None), ("。", None, None)])


@R.form("dates", "t165_r17_cn_day_ten_lost")
def date_cn_day_ten_lost(ctx: Ctx):
    """A Chinese-numeral day whose 十 was lost or read by an OCR as + / 千 / 干 (a seal-dated page
    scanned, a retyped signature): 二〇二一年三月二九日, 二〇二一年五月三一日, 二〇二一年三月二千九日 →
    二十九日, 三十一日 (a day of two numerals without 十 reads only one way: 二九 is 29)."""
    rng = ctx.rng
    y, mo, d = _rand_date(ctx)
    last = calendar.monthrange(y, mo)[1]
    d = rng.choice([x for x in list(range(21, 30)) + [31] if x <= last])
    day = _cn_number(d)
    bad_day = day.replace("十", rng.choice(["", "", "+", "千", "干", "\uff0b"]))
    head = f"{_cn_year(y)}年{_cn_number(mo)}月"
    docno = f"〔{y}〕{rng.randint(2, 40)}号"
    return rng.choice([
        lambda: _sentence(ctx, [("该文件", None, None), (docno, "keep", None), ("落款日期为", None, None), (head, None, None),
                                (bad_day + "日", "fix", day + "日"), ("，现予废止。", None, None)]),
        lambda: _sentence(ctx, [("自", None, None), (head, None, None), (bad_day + "日", "fix", day + "日"),
                                ("起，", None, None), (docno, "keep", None), ("同时停止执行。", None, None)]),
    ])()


@R.form("dates", "t166_r17_mixed_numeral_systems")
def date_mixed_numeral_systems(ctx: Ctx):
    """One date written in two numeral systems (a template whose year was pre-filled, an editor
    who retyped half): 二〇二一年3月29日, 2021年三月二十九日, 2021年3月二十九日 → 2021年3月29日, in
    the signature line or in prose (GB/T 15835: a date of the Gregorian calendar takes Arabic
    figures throughout; GB/T 9704-2012 writes the signature date in Arabic figures)."""
    rng = ctx.rng
    site = ctx.pick_span(_date_sites(ctx))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = (int(g) for g in m.groups())
    raw = rng.choice([f"{_cn_year(y)}年{mo}月{d}日", f"{y}年{_cn_number(mo)}月{_cn_number(d)}日",
                      f"{y}年{mo}月{_cn_number(d)}日", f"{_cn_year(y)}年{mo}月{d}日"])
    return _fix(s, e, raw, ctx.text[s:e])


@R.form("dates", "t167_r17_signature_date_wrapped")
def date_signature_wrapped(ctx: Ctx):
    """The signature date broken over two lines (a narrow right-aligned text box, a table cell
    of a PDF): 2021年3月\\n29日, 2021年\\n3月29日, 2021\\n年3月29日 → one line 2021年3月29日 (the last
    two lines of the document join into a date and nothing else)."""
    sig = _signature_date(ctx)
    if sig is None:
        return None
    s, e, y, mo, d = sig
    base = ctx.text[s:e]
    cut = ctx.rng.choice([base.index("月") + 1, base.index("年") + 1, 4])
    raw = base[:cut] + "\n" + base[cut:]
    return _fix(s, e, raw, base)


# ======================================================================================
# protected (keep)


@R.form("protected", "t168_r17_doubled_marks_and_counts_right")
def prot_doubled_marks_and_counts(ctx: Ctx):
    """Text a doubled-mark, serial or midnight repair could take for damage: 年年 / 日日 / 月月
    that are words (2021年年底前, 3月29日日均客流, 每月月初), a five-figure count or amount
    (受理44284件, 44284万元), a real midnight after a Chinese date (自2021年3月29日0时起,
    3月29日0:00至24:00), a count measured in 口 (新打机井29口)."""
    rng = ctx.rng
    y, mo, d = _rand_date(ctx)
    serial = str(_excel_serial(y, mo, d))
    yd = f"{y}年年底前"
    avg = f"{mo}月{d}日日均"
    count = f"{serial}件"
    amount = f"{serial}万元"
    midnight = f"{y}年{mo}月{d}日0时"
    span = f"{mo}月{d}日0:00至24:00"
    wells = f"{rng.randint(12, 48)}口"
    return rng.choice([
        lambda: _protect(ctx, f"全部整改任务于{yd}完成，{avg}客流回升。", [yd, avg]),
        lambda: _protect(ctx, f"全年受理群众诉求{count}，带动投资{amount}。", [count, amount]),
        lambda: _protect(ctx, f"自{midnight}起实行交通管制，管制时段为{span}。", [midnight, span]),
        lambda: _protect(ctx, f"每月月初报送进度，{y}年{mo}月新打机井{wells}。", ["每月月初", wells]),
    ])()


@R.form("protected", "t169_r17_cn_numeral_terms_right")
def prot_cn_numeral_terms_right(ctx: Ctx):
    """Chinese numerals next to dates that are right as written: a winter term (进入二九天), a
    lunar festival (农历二月二, 三月三), two months (一二月份, 三四月间), a quarter after an Arabic
    year (2021年三季度), a Chinese-numeral date in full (二〇二一年三月二十九日), a plan's name (十四五)."""
    rng = ctx.rng
    y, mo, d = _rand_date(ctx)
    cn = f"{_cn_year(y)}年{_cn_number(mo)}月{_cn_number(d)}日"
    quarter = f"{y}年{rng.choice('一二三四')}季度"
    return rng.choice([
        lambda: _protect(ctx, "进入二九天后，一二月份供暖负荷最高。", ["二九", "一二月份"]),
        lambda: _protect(ctx, "农历二月二、三月三期间，三四月间客流集中。", ["二月二", "三月三", "三四月间"]),
        lambda: _protect(ctx, f"“十四五”规划于{cn}印发，{quarter}完成中期评估。", ["十四五", cn, quarter]),
    ])()
