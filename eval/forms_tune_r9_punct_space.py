"""More TUNE forms (round 9): punct and space, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from common import is_han
from forms_common import Ctx, Gold, Inj, is_digit
from forms_tune import _protect

_ASCII_OF = {"，": ",", "；": ";", "：": ":", "。": ".", "！": "!"}


def _site(ctx: Ctx, pattern: str, ok, lines=None):
    spans = [(s, e) for s, e, _ in ctx.matches(pattern, lines) if s > 0 and ok(s, e)]
    return ctx.pick_span(spans)


def _mark_fix(ctx: Ctx, site, raw: str, mark: str):
    if site is None:
        return None
    s, e = site
    return Inj(s, e, raw, [Gold(0, len(raw), "punct", "fix", mark, where="inline")])


def _after(ctx: Ctx, e: int) -> str:
    return ctx.text[e:e + 1]


# ======================================================================================
# punct (fix: the full-width mark)


@R.form("punct", "t26_blanks_both_sides")
def punct_blanks_both_sides(ctx: Ctx):
    """An ASCII mark with blanks on both sides between Chinese clauses (a text typed in an English
    editor and justified): 加强管理 , 完善制度 / 两项任务 ; 一是 / 如下 : 一 (fix: the mark, no blanks)."""
    rng = ctx.rng
    mark = rng.choice(["，", "，", "；", "："])
    site = _site(ctx, mark, lambda s, e: is_han(ctx.text[s - 1]) and is_han(_after(ctx, e)))
    a = rng.choice([" ", " ", "\u00a0", "\u3000", "\t", "  "])
    b = rng.choice([" ", " ", "\u00a0", "\u3000", "  "])
    return _mark_fix(ctx, site, a + _ASCII_OF[mark] + b, mark)


@R.form("punct", "t27_mark_after_figure")
def punct_mark_after_figure(ctx: Ctx):
    """An ASCII comma or semicolon right after a figure, a percent sign or a unit, before the next
    Chinese clause (the IME stayed in English mode after the figure): 达到95%,较上年 / 3.2万户;二是
    (fix: the full-width mark)."""
    rng = ctx.rng
    mark = rng.choice(["，", "，", "；"])
    site = _site(ctx, mark, lambda s, e: (is_digit(ctx.text[s - 1]) or ctx.text[s - 1] in "%％")
                 and is_han(_after(ctx, e)))
    return _mark_fix(ctx, site, rng.choice([_ASCII_OF[mark], _ASCII_OF[mark], _ASCII_OF[mark] + " "]), mark)


@R.form("punct", "t28_mark_before_figure_spaced")
def punct_mark_before_figure(ctx: Ctx):
    """An ASCII comma or semicolon between Chinese text and a following figure, with or without a
    blank after it (English habits around numbers): 截至目前, 2021年 / 任务;3.完善 (fix: the mark)."""
    rng = ctx.rng
    mark = rng.choice(["，", "，", "；"])
    site = _site(ctx, mark, lambda s, e: is_han(ctx.text[s - 1]) and is_digit(_after(ctx, e)))
    return _mark_fix(ctx, site, rng.choice([_ASCII_OF[mark] + " ", _ASCII_OF[mark] + "\u00a0",
                                            " " + _ASCII_OF[mark] + " "]), mark)


@R.form("punct", "t29_stop_before_figure")
def punct_stop_before_figure(ctx: Ctx):
    """An ASCII or half-width full stop between two sentences where the next one opens with a
    figure or a Latin word: 顺利完成.2022年，… / 完成目标｡2023年 (fix: 。)."""
    site = _site(ctx, "。", lambda s, e: is_han(ctx.text[s - 1]) and (is_digit(_after(ctx, e))
                                                                  or _after(ctx, e).isascii() and _after(ctx, e).isalpha()))
    if site is None:
        site = _site(ctx, "。", lambda s, e: is_han(ctx.text[s - 1]) and _after(ctx, e) in "“《（")
    return _mark_fix(ctx, site, ctx.rng.choice([".", ". ", "\uff61", "\uff0e"]), "。")


@R.form("punct", "t30_midline_stop_lookalike")
def punct_midline_stop(ctx: Ctx):
    """A look-alike of 。 between two sentences inside a paragraph (a Japanese-style converter or
    a PDF font): 完善制度．加强 / 完善制度｡加强 / 完善制度. 加强 (fix: 。)."""
    site = _site(ctx, "。", lambda s, e: is_han(ctx.text[s - 1]) and is_han(_after(ctx, e)))
    return _mark_fix(ctx, site, ctx.rng.choice(["\uff0e", "\uff61", ". ", "\uff0e ", "\uff0e"]), "。")


@R.form("punct", "t31_parens_around_marked_aside")
def punct_parens_marked_aside(ctx: Ctx):
    """ASCII parentheses around an aside that itself holds marks (quotes, 、, ，, 《》) or ends a
    clause: (含县、乡两级) / (以下简称“方案”)，/ 《方案》(试行) (fix: （ and ）)."""
    spans = []
    for s, e, m in ctx.matches(r"（([^（）\n]{2,24})）"):
        inner = m.group(1)
        if s > ctx.lines[ctx.line_of(s)][0] + 1 and any(is_han(c) for c in inner) \
                and (re.search(r"[、，“”《》：；]", inner) or ctx.text[s - 1] in "》”、"):
            spans.append((s, e))
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    rng = ctx.rng
    lo, hi = rng.choice([("(", ")"), ("(", ")"), (" (", ") "), ("(", ") ")])
    raw = lo + ctx.text[s + 1:e - 1] + hi
    if hi.endswith(" ") and not is_han(_after(ctx, e)):
        hi = ")"
        raw = lo + ctx.text[s + 1:e - 1] + hi
    return Inj(s, e, raw, [Gold(0, len(lo), "punct", "fix", "（", where="inline"),
                           Gold(len(raw) - len(hi), len(raw), "punct", "fix", "）", where="inline")])


@R.form("punct", "t32_ornament_parens")
def punct_ornament_parens(ctx: Ctx):
    """Parentheses of an aside set in another code point by a font substitution or a Word
    export: ornament ❨❩, superscript ⁽⁾, subscript ₍₎, or full-width on one side and ornament
    on the other (fix: （ and ）)."""
    spans = []
    for s, e, m in ctx.matches(r"（([^（）\n]{1,16})）"):
        if s > ctx.lines[ctx.line_of(s)][0] + 1 and any(is_han(c) for c in m.group(1)):
            spans.append((s, e))
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    a, b = ctx.rng.choice([("\u2768", "\u2769"), ("\u207d", "\u207e"), ("\u208d", "\u208e"), ("\u276a", "\u276b")])
    raw = a + ctx.text[s + 1:e - 1] + b
    return Inj(s, e, raw, [Gold(0, 1, "punct", "fix", "（", where="inline"),
                           Gold(len(raw) - 1, len(raw), "punct", "fix", "）", where="inline")])


@R.form("punct", "t33_colon_spaced_line_end")
def punct_colon_spaced(ctx: Ctx):
    """An ASCII colon after a label or an addressee with a blank before or after it, at a line
    end or before a clause: 各区县卫生健康局 : / 通知如下: \\n / 重点任务 :一是 (fix: ：)."""
    lines = list(range(1, ctx.signature_line))
    site = _site(ctx, "：", lambda s, e: is_han(ctx.text[s - 1]), lines)
    if site is None:
        return None
    at_end = _after(ctx, site[1]) in ("", "\n")
    raw = ctx.rng.choice([" :", " : ", ": "] if not at_end else [" :", "\u3000:", " :"])
    return _mark_fix(ctx, site, raw, "：")


# ======================================================================================
# space (fix: the blank goes)


def _gap(ctx: Ctx, points, raw: str):
    p = ctx.pick_point(points)
    if p is None:
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "space", "fix", "", where="inline")])


def _gaps_in(ctx: Ctx, s: int, e: int, points, blanks):
    """Put a blank at each of ``points`` (offsets inside s..e) of the span s..e."""
    raw, golds, last = "", [], s
    for p in points:
        raw += ctx.text[last:p]
        b = ctx.rng.choice(blanks)
        golds.append(Gold(len(raw), len(raw) + len(b), "space", "fix", "", where="inline"))
        raw += b
        last = p
    raw += ctx.text[last:e]
    return Inj(s, e, raw, golds)


@R.form("space", "t34_wide_space_after_midline_article")
def space_after_midline_article(ctx: Ctx):
    """An ideographic space after 第X条 / 第X章 / 第X次 inside a sentence (an editor copying the
    heading style of 第一条　 into a cross-reference): 依照本办法第十二条　的规定 (fix: it goes;
    only a heading's own 第X条　 keeps it)."""
    pts = [e for s, e, _ in ctx.matches(r"第[一二三四五六七八九十百零〇0-9]{1,4}[条章款项节次批届轮]")
           if s > ctx.lines[ctx.line_of(s)][0] + 2 and is_han(_after(ctx, e))]
    return _gap(ctx, pts, ctx.rng.choice(["\u3000", "\u3000", "\u3000\u3000", "\u00a0"]))


@R.form("space", "t35_spaced_date_parts")
def space_spaced_date(ctx: Ctx):
    """A date inside a sentence with a blank between every figure and its 年/月/日 (a CMS that
    pads figures): 2021 年 3 月 29 日 / 2021年 3月 (fix: every blank goes)."""
    rng = ctx.rng
    spans = [(s, e, m) for s, e, m in ctx.matches(r"[0-9]{4}年[0-9]{1,2}月(?:[0-9]{1,2}日)?")]
    for s, e, m in ctx.shuffled(spans):
        if not ctx.free(s, e) or s == ctx.lines[ctx.line_of(s)][0]:
            continue
        txt = ctx.text[s:e]
        cuts = [s + i for i in range(1, len(txt)) if is_digit(txt[i - 1]) != is_digit(txt[i])]
        if rng.random() < 0.4:
            cuts = [c for c in cuts if is_digit(ctx.text[c])]
        blanks = [" "] if rng.random() < 0.6 else [" ", "\u00a0", "\u2002"]
        return _gaps_in(ctx, s, e, cuts, blanks)
    return None


@R.form("space", "t36_tab_or_run_before_figure")
def space_tab_figure(ctx: Ctx):
    """A tab, or a tab mixed with spaces, between Chinese text and a figure (a cell boundary of a
    pasted spreadsheet row inside a sentence): 完成投资\\t1.2亿元 / 培训 \\t620名 (fix: it goes)."""
    pts = ctx.han_gaps(after=is_han, before=is_digit) + ctx.han_gaps(after=lambda c: c in "%％" or is_digit(c),
                                                                      before=is_han)
    return _gap(ctx, pts, ctx.rng.choice(["\t", "\t", " \t", "\t\u3000", "\u3000\t "]))


@R.form("space", "t37_blank_after_outline_marker")
def space_after_marker(ctx: Ctx):
    """A blank between an outline marker and its heading or item text (a Word list's tab or a
    CMS's padding): 一、 总体要求 / （二）　加强… / 1.  完善… (fix: it goes)."""
    pts = []
    for i in ctx.body_range():
        me = ctx.marker_end(i)
        if me > ctx.lines[i][0] and is_han(ctx.text[me:me + 1]) and not re.match(r"第", ctx.lines[i][2]):
            pts.append(me)
    return _gap(ctx, pts, ctx.rng.choice([" ", "  ", "\u3000", "\u00a0", "\t"]))


@R.form("space", "t38_letter_spaced_word_in_sentence")
def space_letter_spaced_word(ctx: Ctx):
    """An emphasised word inside a sentence letter-spaced by the page's CSS, copied with a blank
    after each character: 坚持 安 全 第 一 方针 (fix: every blank goes)."""
    rng = ctx.rng
    n = rng.randint(3, 5)
    spans = [(s, e) for s, e, _ in ctx.matches(f"(?<=[\u4e00-\u9fff])[\u4e00-\u9fff]{{{n}}}(?=[\u4e00-\u9fff])")]
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    return _gaps_in(ctx, s, e, list(range(s + 1, e)), [rng.choice([" ", "\u3000", "\u00a0"])])


@R.form("space", "t39_blanks_around_range")
def space_around_range(ctx: Ctx):
    """Blanks around the connector of a figure range or a period (English spacing of dashes):
    2021 — 2025年 / 3 至 5 个 / 2021年—— 2025年 (fix: the blanks go, the connector stays)."""
    spans = [(s, e, m) for s, e, m in ctx.matches(r"[0-9](—|－|-|至|到|——)[0-9]", group=1)]
    for s, e, m in ctx.shuffled(spans):
        if not ctx.free(s - 1, e + 1):
            continue
        which = ctx.rng.choice(["both", "both", "left", "right"])
        pts = ([s] if which in ("both", "left") else []) + ([e] if which in ("both", "right") else [])
        return _gaps_in(ctx, s - 1, e + 1, pts, [" ", " ", "\u00a0"])
    return None


@R.form("space", "t40_mixed_run_beside_bracket")
def space_mixed_run_beside_bracket(ctx: Ctx):
    """Blanks of two kinds in one run between Chinese text and a following full-width opener or
    after a closer followed by a figure (a CMS joining two inline elements): 印发\\u00a0 《方案》 /
    “一网通办”\\u3000 2.0 (fix: the run goes)."""
    pts = ctx.han_gaps(after=is_han, before=lambda c: c in "《“（") + \
        ctx.han_gaps(after=lambda c: c in "》”）", before=lambda c: is_han(c) or is_digit(c))
    return _gap(ctx, pts, ctx.rng.choice(["\u00a0 ", " \u3000", "\u3000\u00a0", " \t"]))


# ======================================================================================
# protected (keep): correct text that looks like the defects above


@R.form("protected", "t16_ps_ascii_marks_in_values")
def prot_ascii_marks_in_values(ctx: Ctx):
    """ASCII marks that belong to values inside a Chinese sentence: a ratio 1:1, a clock time
    10:30, a version V2.1.3, an e-mail address with dots, a figure range 1,200-1,500 and a
    standard's number with a colon."""
    rng = ctx.rng
    ratio = rng.choice(["1:1", "1:2", "3:7", "1:0.5"])
    time_ = f"{rng.randint(8, 16)}:{rng.choice(['00', '30', '15', '45'])}"
    ver = f"V{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}"
    mail = rng.choice(["zhang.ming@jl-wjw.gov.cn", "bgs_2021@example.gov.cn", "xxzx.office@163.com"])
    rng_ = f"{rng.randint(1, 3)},{rng.randint(100, 999)}-{rng.randint(4, 6)},{rng.randint(100, 999)}"
    std = rng.choice(["GB/T 19001-2016", "ISO 9001:2015", "DB33/T 2345-2021"])
    return rng.choice([
        lambda: _protect(ctx, f"市县两级按{ratio}比例配套，会议于{time_}开始。", [ratio, time_]),
        lambda: _protect(ctx, f"系统升级至{ver}版本，意见请发送至{mail}。", [ver, mail]),
        lambda: _protect(ctx, f"补助标准为每人{rng_}元，执行{std}标准。", [rng_, std]),
    ])()


@R.form("protected", "t17_ps_latin_text_and_gaps")
def prot_latin_text_gaps(ctx: Ctx):
    """Correct blanks and ASCII marks of Latin text inside a Chinese sentence: an English name,
    a product with its version number, an English slogan in quotes."""
    rng = ctx.rng
    name = rng.choice(["Smart City Operation Center", "Open Data Platform", "Digital Health Card"])
    prod = rng.choice(["Windows 10", "Office 2019", "Android 12", "iOS 16"])
    slogan = rng.choice(["Think globally, act locally.", "Safety first, prevention oriented.",
                         "Open, share, connect."])
    return rng.choice([
        lambda: _protect(ctx, f"建成城市运行中心（{name}），终端统一安装{prod}系统。", [name, prod]),
        lambda: _protect(ctx, f"活动主题为“{slogan}”，终端安装{prod}。", [slogan, prod]),
        lambda: _protect(ctx, f"平台英文名称为{name}，宣传语为“{slogan}”。", [name, slogan]),
    ])()
