"""More TUNE forms (round 6 of issue 16): defect kinds written first without reading the rules.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from common import is_han
from forms_common import Ctx, Gold, Inj, is_digit
from forms_tune import _date_sites, _protect, _readings

_FW = str.maketrans("0123456789", "０１２３４５６７８９")


def _fix(s: int, e: int, raw: str, base: str, cls: str = "dates"):
    return Inj(s, e, raw, [Gold(0, len(raw), cls, "fix", base, where="inline")])


def _fix_or_flag(s: int, e: int, raw: str, base: str, unique: bool):
    if unique:
        return _fix(s, e, raw, base)
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "flag", raw, repair=base, where="inline")])


def _year(ctx: Ctx) -> int:
    return int((ctx.doc.meta.get("written_date") or "2021")[:4])


# ======================================================================================
# dates (fix when the figures read one way, else flag)

_MD = re.compile(r"(?<![0-9０-９年月])([0-9]{1,2})月([0-9]{1,2})日")
_YM = re.compile(r"(?<![0-9])([0-9]{4})年([0-9]{1,2})月(?![0-9])")
_RANGE = re.compile(r"([0-9]{1,2})月([0-9]{1,2})日(至|到|—|－|-|～)([0-9]{1,2})月([0-9]{1,2})日")


@R.form("dates", "t31_md_glued_no_year")
def date_md_glued(ctx: Ctx):
    """A month-day date with no year whose 月 was lost (a tag or a pasted span dropped it):
    每年1月31日前 → 每年131日前, 9月30日前报送 → 930日前 (flag when the figures read two ways:
    111日 is 1月11日 or 11月1日)."""
    sites = [(s, e, m) for s, e, m in ctx.matches(_MD)]
    site = ctx.pick_span(sites)
    if site is None:
        return None
    s, e, m = site
    mo, d = int(m.group(1)), int(m.group(2))
    raw = f"{mo}{d}日"
    return _fix_or_flag(s, e, raw, ctx.text[s:e], len(_readings(f"{mo}{d}", _year(ctx))) == 1)


@R.form("dates", "t32_year_month_year_mark_lost")
def date_ym_year_lost(ctx: Ctx):
    """A year-month without a day that lost its 年 (the year glued to the month):
    2021年6月底前 → 20216月底前, 2024年5月至8月 → 20245月至8月, 2021年3月起 → 20213月起."""
    site = ctx.pick_span(ctx.matches(_YM))
    if site is None:
        return None
    s, e, m = site
    return _fix(s, e, f"{m.group(1)}{m.group(2)}月", ctx.text[s:e])


@R.form("dates", "t33_year_mark_as_separator")
def date_year_sep(ctx: Ctx):
    """年 replaced by a separator while 月 and 日 stay (a half-converted numeric date):
    2021-3月29日, 2021.3月29日, 2021/03月29日, 2021·3月29日."""
    site = ctx.pick_span(_date_sites(ctx))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = (int(g) for g in m.groups())
    sep = ctx.rng.choice(["-", ".", "/", "·", "－", "．"])
    month = f"{mo:02d}" if ctx.rng.random() < 0.3 else str(mo)
    return _fix(s, e, f"{y}{sep}{month}月{d}日", ctx.text[s:e])


@R.form("dates", "t34_numeric_with_ri")
def date_numeric_ri(ctx: Ctx):
    """年 and 月 both replaced by separators, 日 kept (a numeric date an editor half turned
    into Chinese): 2021-3-29日, 2021.03.29日, 2021/3/29日, 2021－03－29日."""
    site = ctx.pick_span(_date_sites(ctx))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = (int(g) for g in m.groups())
    sep = ctx.rng.choice(["-", ".", "/", "－", "．"])
    pad = ctx.rng.random() < 0.4
    body = f"{y}{sep}{mo:02d}{sep}{d:02d}" if pad else f"{y}{sep}{mo}{sep}{d}"
    return _fix(s, e, body + "日", ctx.text[s:e])


@R.form("dates", "t35_range_end_glued")
def date_range_end_glued(ctx: Ctx):
    """The end of a date range lost its 月: 5月1日至9月30日 → 5月1日至930日, 3月29日—4月2日 →
    3月29日—42日 (fixed when three or four figures have one reading after the start; else flagged)."""
    sites = ctx.matches(_RANGE)
    site = ctx.pick_span(sites)
    if site is None:
        return None
    s, e, m = site
    m1, d1, sep, m2, d2 = m.group(1), m.group(2), m.group(3), int(m.group(4)), int(m.group(5))
    k = s + m.start(4) - m.start(0)
    readings = [(a, b) for a, b in _readings(f"{m2}{d2}", _year(ctx)) if (a, b) >= (int(m1), int(d1))]
    raw = f"{m2}{d2}日"
    # two figures ("42日") may be a mistyped day as well: flagged, as dates.t23 has it
    return _fix_or_flag(k, e, raw, ctx.text[k:e], len(readings) == 1 and len(raw) >= 4)


@R.form("dates", "t36_mixed_width_digits")
def date_mixed_width(ctx: Ctx):
    """A date whose figures mix full-width and ASCII digits (an IME switched mid-typing, two
    sources pasted together): 2021年３月29日, ２０21年3月２９日, 2021年3月2９日."""
    site = ctx.pick_span(_date_sites(ctx))
    if site is None:
        return None
    s, e, m = site
    base = ctx.text[s:e]
    digits = [i for i, c in enumerate(base) if is_digit(c)]
    rng = ctx.rng
    pick = set(rng.sample(digits, rng.randint(1, max(1, len(digits) - 2))))
    raw = "".join(c.translate(_FW) if i in pick else c for i, c in enumerate(base))
    return _fix(s, e, raw, base)


_HOMOPHONE = {"年": "念廿黏", "月": "越约阅", "日": "曰"}


@R.form("dates", "t37_ime_homophone_mark")
def date_homophone(ctx: Ctx):
    """A date mark typed as its pinyin homophone (the IME picked the wrong candidate):
    2021念3月29日, 2021年3约29日, 2021年3越29日, 2021年3阅29日."""
    site = ctx.pick_span(_date_sites(ctx))
    if site is None:
        return None
    s, e, m = site
    base = ctx.text[s:e]
    which = ctx.rng.choice(["年", "月", "月"])
    raw = base.replace(which, ctx.rng.choice(_HOMOPHONE[which][:2] if which == "年" else _HOMOPHONE[which]), 1)
    return _fix(s, e, raw, base)


@R.form("dates", "t38_space_inside_figure")
def date_space_in_figure(ctx: Ctx):
    """A space splitting one figure of a date (a justified PDF line, an HTML span break):
    20 21年3月29日, 2021年1 2月10日, 2021年3月2 9日."""
    sites = [(s, e, m) for s, e, m in _date_sites(ctx)]
    rng = ctx.rng
    for s, e, m in ctx.shuffled(sites):
        base = ctx.text[s:e]
        cuts = [i for i in range(1, len(base)) if is_digit(base[i - 1]) and is_digit(base[i])]
        if not cuts or not ctx.free(s, e):
            continue
        k = rng.choice(cuts)
        raw = base[:k] + rng.choice([" ", " ", "\u3000", "\u00a0"]) + base[k:]
        return _fix(s, e, raw, base)
    return None


@R.form("dates", "t39_mark_as_other_mark")
def date_mark_swapped(ctx: Ctx):
    """One date mark written as another (OCR reads 月 as 日, a slip types 月 for 年):
    2021年3日29日, 2021月3月29日, 2021年3月29月 before punctuation or a word."""
    site = ctx.pick_span(_date_sites(ctx))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = m.groups()
    raw = ctx.rng.choice([f"{y}年{mo}日{d}日", f"{y}月{mo}月{d}日", f"{y}年{mo}月{d}月"])
    return _fix(s, e, raw, ctx.text[s:e])


# ======================================================================================
# space (fix: the blank goes)


def _gap(ctx: Ctx, points, raw: str):
    p = ctx.pick_point(points)
    if p is None:
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "space", "fix", "", where="inline")])


@R.form("space", "t25_zero_width")
def space_zero_width(ctx: Ctx):
    """An invisible zero-width character inside a sentence (a CMS editor's cursor marks, a
    copy from a web page): U+200B, U+200C, U+200D, U+2060, U+FEFF between two Chinese
    characters or beside a figure (fix: it goes)."""
    pts = ctx.han_gaps() + ctx.han_gaps(after=is_han, before=is_digit) + ctx.han_gaps(after=is_digit, before=is_han)
    return _gap(ctx, pts, ctx.rng.choice(["\u200b", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",
                                          "\u200b\u200b"]))


def _spread(ctx: Ctx, i: int, lo: int, sp: str):
    """Letter-space line i from offset lo: a blank after every character but the last."""
    s, e, line = ctx.lines[i]
    if not ctx.free(lo, e):
        return None
    raw, golds = "", []
    for p in range(lo, e):
        raw += ctx.text[p]
        if p < e - 1:
            golds.append(Gold(len(raw), len(raw) + len(sp), "space", "fix", "", where="inline"))
            raw += sp
    return Inj(lo, e, raw, golds)


@R.form("space", "t26_letter_spaced_title")
def space_letter_spaced(ctx: Ctx):
    """A title or a short heading letter-spaced by the page's CSS, copied with a blank after
    every character: 关 于 做 好 … 的 通 知, 工　作　要　点 (fix: every blank goes)."""
    rng = ctx.rng
    cands = [0] if len(ctx.lines[0][2]) <= 30 else []
    cands += [i for i in ctx.body_range() if 4 <= len(ctx.lines[i][2]) <= 16 and "。" not in ctx.lines[i][2]]
    cands = [i for i in cands if not re.search(r"\s", ctx.lines[i][2])]  # a byline's own gap stays
    for i in ctx.shuffled(cands):
        lo = ctx.marker_end(i) if i else ctx.lines[i][0]
        if ctx.lines[i][1] - lo < 4:
            continue
        inj = _spread(ctx, i, lo, rng.choice([" ", "\u3000", "\u00a0", "  "]))
        if inj is not None:
            return inj
    return None


@R.form("space", "t27_figure_digits_split")
def space_in_figure(ctx: Ctx):
    """A blank splitting the digits of one figure (a justified line, thousands grouped by a
    space as some editors do): 8 650户, 3 200个, 1 860户 (flag, repair: it goes)."""
    spans = [(s, e, m) for s, e, m in ctx.matches(r"(?<![0-9.])[0-9]{3,}(?=[个户套名人万元亿项家所条公里])")]
    rng = ctx.rng
    for s, e, m in ctx.shuffled(spans):
        if not ctx.free(s, e):
            continue
        k = rng.randint(1, e - s - 1)
        num = ctx.text[s:e]
        raw = num[:k] + rng.choice([" ", " ", "\u2009", "\u00a0"]) + num[k:]
        # flagged with its repair, as figure.t18 has it: the split may also be two figures
        return Inj(s, e, raw, [Gold(0, len(raw), "space", "flag", raw, repair=num, where="inline")])
    return None


@R.form("space", "t28_paragraph_indent")
def space_indent(ctx: Ctx):
    """A paragraph's first-line indent left in the text: two ideographic spaces, four ASCII
    spaces, a run of no-break spaces or a tab before the first word (fix: it goes)."""
    starts = [ctx.lines[i][0] for i in ctx.prose_lines()]
    raw = ctx.rng.choice(["\u3000\u3000", "\u3000\u3000", "    ", "\u00a0" * 4, "\t", " \u3000\u3000"])
    return _gap(ctx, starts, raw)


@R.form("space", "t29_break_mid_sentence")
def space_break_mid(ctx: Ctx):
    """A line break inside a running sentence, where a PDF copy or a fixed-width page ended
    its line, the sentence going on on the next line: …进一步加\\n强管理… (fix: it goes)."""
    pts = [p for p in ctx.han_gaps() if all(is_han(c) for c in ctx.text[p - 2:p + 2])]
    return _gap(ctx, pts, ctx.rng.choice(["\n", "\n", " \n", "\n\u3000\u3000"]))


@R.form("space", "t30_signature_padding")
def space_sig_padding(ctx: Ctx):
    """The run of blanks a page used to right-align the signature organisation or its date
    (&nbsp; runs, ideographic spaces), left before the line's text (fix: the run goes)."""
    n = len(ctx.lines)
    if ctx.signature_line >= n:
        return None
    starts = [ctx.lines[i][0] for i in range(ctx.signature_line, n)]
    rng = ctx.rng
    raw = rng.choice(["\u3000" * rng.randint(6, 20), "\u00a0" * rng.randint(10, 40), " " * rng.randint(8, 30),
                      "\u3000" * 8 + " " * 6])
    return _gap(ctx, starts, raw)


@R.form("space", "t31_in_heading")
def space_in_heading(ctx: Ctx):
    """A stray blank inside an outline heading (a short line with no sentence mark):
    一、2020年工作 完成情况, （二）住房保障 持续加强 (fix: it goes)."""
    lines = [i for i in ctx.body_range() if i > 0 and "。" not in ctx.lines[i][2][:-1] and 6 <= len(ctx.lines[i][2]) <= 40]
    pts = [p for p in ctx.han_gaps(lines) if all(is_han(c) for c in ctx.text[p - 1:p + 1])]
    return _gap(ctx, pts, ctx.rng.choice([" ", "\u3000", "\u00a0", "  "]))


@R.form("space", "t32_inside_signature_org")
def space_in_org(ctx: Ctx):
    """A blank splitting the one organisation of the signature line (a wrapped table cell):
    北屏市住房和城乡 建设局 (not a joint signature of two organisations; fix: it goes)."""
    if ctx.signature_line >= len(ctx.lines):
        return None
    s, e, line = ctx.lines[ctx.signature_line]
    pts = [p for p in range(s + 2, e - 1) if is_han(ctx.text[p - 1]) and is_han(ctx.text[p])]
    return _gap(ctx, pts, ctx.rng.choice([" ", "\u3000", "  ", "\u00a0"]))


@R.form("space", "t33_in_title")
def space_in_title(ctx: Ctx):
    """One stray blank in the title line, where the page's <title> or a heading split the
    issuer from the subject or a word in two: 北屏市住房和城乡建设局 2020年工作总结 (fix)."""
    s, e, line = ctx.lines[0]
    pts = [p for p in range(s + 2, e - 1) if (is_han(ctx.text[p - 1]) or is_digit(ctx.text[p - 1]))
           and (is_han(ctx.text[p]) or is_digit(ctx.text[p]))]
    return _gap(ctx, pts, ctx.rng.choice([" ", "\u3000", "  ", "\u00a0"]))


# ======================================================================================
# protected (keep)


@R.form("protected", "t7_legit_blank_gaps")
def prot_blank_gaps(ctx: Ctx):
    """Blanks and figures that belong to the text: a form's blank date to fill in (    年  月  日),
    a date followed by an hour range (2月19日0-24时)."""
    rng = ctx.rng
    blank = rng.choice(["    年  月  日", "\u3000\u3000年\u3000\u3000月\u3000\u3000日", "      年    月    日"])
    mo, d = rng.randint(1, 12), rng.randint(1, 28)
    hrs = f"{mo}月{d}日0{rng.choice(['-', '—', '时至'])}24时"
    return rng.choice([
        lambda: _protect(ctx, f"回执须加盖公章并注明填报日期{blank}。", [blank]),
        lambda: _protect(ctx, f"{hrs}，全市无新增病例。", [hrs]),
    ])()


@R.form("protected", "t8_date_like_identifiers")
def prot_date_ids(ctx: Ctx):
    """Figures that begin like a compacted date but are identifiers or counts: 项目编号
    202103290012, 批次号20210329-3, 受理号2021329, 12345热线."""
    rng = ctx.rng
    y, mo, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    code = f"{y}{mo:02d}{d:02d}{rng.randint(1000, 9999)}"
    batch = f"{y}{mo:02d}{d:02d}-{rng.randint(1, 9)}"
    acc = f"{y}{mo}{d}{rng.randint(10, 99)}"
    return rng.choice([
        lambda: _protect(ctx, f"项目编号为{code}，请在申报时填写。", [code]),
        lambda: _protect(ctx, f"抽检样品批次号{batch}，结果均为合格。", [batch]),
        lambda: _protect(ctx, f"群众可拨打12345热线反映，受理号{acc}可查询办理进度。", ["12345", acc]),
    ])()
