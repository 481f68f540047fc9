"""More TUNE forms (round 5 of issue 16): defect kinds derived from the causes of damage.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from common import is_han
from forms_common import Ctx, Gold, Inj
from forms_tune import _protect

_Q = "“[^“”\n]{1,20}”"
_T = "《[^《》\n]{1,40}》"

# ======================================================================================
# punct (fix: the mark of GB/T 15834)


def _swap(ctx: Ctx, mark: str, variants, left=is_han, right=None):
    """Replace one ``mark`` that has ``left`` before it (and ``right`` after it) by a variant."""
    spans = [(s, e) for s, e, _ in ctx.matches(re.escape(mark))
             if s > 0 and left(ctx.text[s - 1]) and (right is None or right(ctx.text[e:e + 1]))]
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    raw = ctx.rng.choice(variants)
    return Inj(s, e, raw, [Gold(0, len(raw), "punct", "fix", mark, where="inline")])


@R.form("punct", "t5_ascii_full_stop")
def punct_ascii_full_stop(ctx: Ctx):
    """An English-mode full stop after Chinese text, at a paragraph end or before the next
    sentence (the input method was in English mode): 加强管理. / 加强管理.下一步 (fix: 。)."""
    return _swap(ctx, "。", [".", ".", "\uff0e"], right=lambda c: c in ("", "\n") or is_han(c))


@R.form("punct", "t6_compatibility_forms")
def punct_compat_forms(ctx: Ctx):
    """A PDF or vertical-layout converter's compatibility code point for a Chinese mark: small
    forms ﹐﹑﹔﹕, vertical forms ︐︑︒︔︓, half-width ｡､ (fix: ，、。；：)."""
    mark, variants = ctx.rng.choice([("，", ["\ufe50", "\ufe10"]), ("、", ["\ufe51", "\ufe11", "\uff64"]),
                                     ("。", ["\uff61", "\ufe12"]), ("；", ["\ufe54", "\ufe14"]),
                                     ("：", ["\ufe55", "\ufe13"])])
    return _swap(ctx, mark, variants)


@R.form("punct", "t7_backslash_dunhao")
def punct_backslash(ctx: Ctx):
    """A backslash or a slash-like mark where 、 was typed: the 、 key of a Chinese input method
    gives \\ in English mode; 北京\\上海 (fix: 、)."""
    return _swap(ctx, "、", ["\\", "\\", "\uff3c"], right=is_han)


@R.form("punct", "t8_ratio_colon")
def punct_ratio_colon(ctx: Ctx):
    """The ratio sign ∶ (U+2236) or another colon look-alike (︰ U+FE30) that Word and some
    input methods put for a colon after Chinese text: 通知如下∶ (fix: ：)."""
    return _swap(ctx, "：", ["\u2236", "\u2236", "\ufe30"])


@R.form("punct", "t9_dash_lookalike")
def punct_dash_lookalike(ctx: Ctx):
    """A 破折号 typed or converted as two box-drawing lines, horizontal bars, en dashes or the
    two-em dash: ──, ――, ––, ⸺ (fix: ——)."""
    spans = [(s, e) for s, e, _ in ctx.matches("——") if s > 0 and ctx.text[s - 1] != "—"
             and ctx.text[e:e + 1] != "—"]
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    raw = ctx.rng.choice(["\u2500\u2500", "\u2015\u2015", "\u2013\u2013", "\u2e3a", "\u2501\u2501"])
    return Inj(s, e, raw, [Gold(0, len(raw), "punct", "fix", "——", where="inline")])


@R.form("punct", "t10_fullwidth_stop_line_end")
def punct_fullwidth_stop(ctx: Ctx):
    """A full-width full stop ．(U+FF0E, the Japanese and Word style) ending a paragraph of
    Chinese text (fix: 。)."""
    return _swap(ctx, "。", ["\uff0e"], right=lambda c: c in ("", "\n"))


# ======================================================================================
# quote (fix: “ ” and 《 》)


def _pair(ctx: Ctx, pattern: str, marks):
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(pattern)])
    if site is None:
        return None
    s, e = site
    a, b = ctx.rng.choice(marks)
    raw = a + ctx.text[s + 1:e - 1] + b
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


@R.form("quote", "t26_low_nine_pair")
def quote_low_nine(ctx: Ctx):
    """A quotation in German-style marks from a converter or a foreign keyboard layout: „…“,
    „…” (fix: “ ”)."""
    return _pair(ctx, _Q, [("\u201e", "\u201c"), ("\u201e", "\u201d")])


@R.form("quote", "t27_double_apostrophes")
def quote_double_apostrophes(ctx: Ctx):
    """Two apostrophes typed for each double quote (a typewriter habit): ''放管服'', ＇＇…＇＇
    (fix: “ ”)."""
    return _pair(ctx, _Q, [("''", "''"), ("\uff07\uff07", "\uff07\uff07"), ("''", "\u2019\u2019")])


@R.form("quote", "t28_halfwidth_corner")
def quote_halfwidth_corner(ctx: Ctx):
    """Half-width corner brackets ｢…｣ (U+FF62/FF63) from a Japanese code page (fix: “ ”)."""
    return _pair(ctx, _Q, [("\uff62", "\uff63")])


@R.form("quote", "t29_vertical_forms")
def quote_vertical_forms(ctx: Ctx):
    """Vertical presentation forms of quotation and title marks from a vertical PDF: ﹁…﹂,
    ﹃…﹄, ︽…︾, ︿…﹀ (fix: “ ” / 《 》)."""
    if ctx.rng.random() < 0.5:
        return _pair(ctx, _Q, [("\ufe41", "\ufe42"), ("\ufe43", "\ufe44")])
    return _pair(ctx, _T, [("\ufe3d", "\ufe3e"), ("\ufe3d", "\ufe3e"), ("\ufe3f", "\ufe40")])


@R.form("quote", "t30_fullwidth_signs_title")
def quote_fullwidth_signs(ctx: Ctx):
    """A title between full-width less/greater-than signs doubled, or mixed with an angle mark:
    ＜＜…＞＞, 《…＞＞, ＜＜…》 (fix: 《 》)."""
    return _pair(ctx, _T, [("\uff1c\uff1c", "\uff1e\uff1e"), ("《", "\uff1e\uff1e"), ("\uff1c\uff1c", "》")])


# ======================================================================================
# space (fix: the blank goes)


def _blank(ctx: Ctx, points, variants):
    p = ctx.pick_point(points)
    if p is None:
        return None
    raw = ctx.rng.choice(variants)
    return Inj(p, p, raw, [Gold(0, len(raw), "space", "fix", "", where="inline")])


def _inner_han_gaps(ctx: Ctx):
    return [p for p in ctx.han_gaps() if all(is_han(c) for c in ctx.text[p - 2:p + 2])]


@R.form("space", "t20_soft_hyphen")
def space_soft_hyphen(ctx: Ctx):
    """A soft hyphen U+00AD (Word's optional line-break hyphen) left between Chinese characters
    by a converter; invisible on screen, it splits words for search (fix: it goes)."""
    return _blank(ctx, _inner_han_gaps(ctx), ["\u00ad", "\u00ad", "\u00ad\u00ad"])


@R.form("space", "t21_blank_lookalike")
def space_blank_lookalike(ctx: Ctx):
    """A character that only looks blank, used by CMS editors and copy-paste to force a gap:
    Hangul filler U+3164, braille blank U+2800, Mongolian vowel separator U+180E (fix: it goes)."""
    return _blank(ctx, _inner_han_gaps(ctx), ["\u3164", "\u2800", "\u180e", "\u3164\u3164"])


@R.form("space", "t22_around_decimal_figure")
def space_around_decimal(ctx: Ctx):
    """A space between Chinese text and a decimal figure, or between the decimal and its unit:
    约 3.5亿元, 达到3.5 亿元 (the decimal is no reason to keep it; fix: it goes)."""
    pts = [s for s, e, _ in ctx.matches(r"(?<=[\u4e00-\u9fff])[0-9]+\.[0-9]+")] + \
          [e for s, e, _ in ctx.matches(r"[0-9]+\.[0-9]+(?=[\u4e00-\u9fff])")]
    return _blank(ctx, pts, [" ", " ", "\u00a0", "\u3000"])


@R.form("space", "t23_mixed_html_run")
def space_mixed_run(ctx: Ctx):
    """A run of mixed blanks between Chinese characters in a sentence, as HTML &nbsp; runs and
    an ideographic space leave it: 加强\u00a0\u00a0\u3000管理 (fix: the run goes)."""
    return _blank(ctx, _inner_han_gaps(ctx), ["\u00a0\u00a0\u3000", "\u3000\u00a0", " \u3000 ", "\u3000\u3000"])


@R.form("space", "t24_space_before_sentence_mark_wide")
def space_before_mark_wide(ctx: Ctx):
    """An ideographic or no-break space before a clause or sentence mark, where a justified
    line was copied: 加强管理\u3000，完善制度 / 工作\u00a0。 (fix: it goes)."""
    pts = ctx.han_gaps(after=is_han, before=lambda c: c in "，。；：、")
    return _blank(ctx, pts, ["\u3000", "\u00a0", "\u3000\u3000", "\u2002"])


# ======================================================================================
# protected (keep): correct marks that look like the defects above


@R.form("protected", "t5_ratio_and_range_dash")
def prot_ratio_range(ctx: Ctx):
    """Correct marks that look like look-alikes: a map scale 1∶500 with the ratio sign, a year
    range with the 一字线 连接号 2021—2025 (GB/T 15834 4.13)."""
    rng = ctx.rng
    scale = rng.choice(["1\u2236500", "1\u22362000", "1\u223610000"])
    years = rng.choice(["2021\u20142025年", "2019\u20142023年"])
    return rng.choice([
        lambda: _protect(ctx, f"测绘成果比例尺为{scale}。", [scale]),
        lambda: _protect(ctx, f"编制{years}发展规划。", [years]),
        lambda: _protect(ctx, f"按{scale}比例绘制{years}项目分布图。", [scale, years]),
    ])()


@R.form("protected", "t6_latin_and_name_dot")
def prot_latin_dot(ctx: Ctx):
    """Correct text that looks like a stray space or mark: a Latin term with spaces around it
    (使用 App 办理), a transliterated name with the 间隔号 (让-雅克·卢梭 style), a file name."""
    rng = ctx.rng
    name = rng.choice(["马克思·恩格斯", "阿卜杜拉·买买提"])
    fname = rng.choice(["附件1.docx", "申报表.xlsx"])
    return rng.choice([
        lambda: _protect(ctx, f"学习{name}的有关论述。", [name]),
        lambda: _protect(ctx, f"请填写{fname}并按时报送。", [fname]),
    ])()
