"""More TUNE forms (round 6 of issue 16): defect kinds written first without reading the rules.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from common import is_han
from forms_common import Ctx, Gold, Inj
from forms_tune import _protect

_Q = r"“[^“”\n]{1,20}”"
_T = r"《[^《》\n]{2,40}》"
_CITE = ("根据", "依据", "按照", "贯彻", "落实", "执行", "对照", "参照", "遵照", "依照", "学习", "实施")


def _fix_pair(ctx: Ctx, pattern: str, make, cands=None):
    """Replace one base span matching ``pattern`` by ``make(base_text)``; the gold is the base text."""
    spans = cands if cands is not None else [(s, e) for s, e, _ in ctx.matches(pattern)]
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    base = ctx.text[s:e]
    raw = make(base)
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", base, where="inline")])


# ======================================================================================
# quote (fix when the repair is unique, else flag)


@R.form("quote", "t31_break_at_mark")
def quote_break_at_mark(ctx: Ctx):
    """A hard wrap of the source page falls right after an opening mark or right before a closing
    one, so a line ends with “ / 《 or the next line starts with ” / 》 (seen in scraped provincial
    reports: 锚定“\\n3815”战略, 在“八八战略\\n”的正确指引下) (fix: the line break goes)."""
    rng = ctx.rng
    brk = rng.choice(["\n", "\n", " \n", "\n\u3000\u3000"])
    cands = [(s, e) for s, e, _ in ctx.matches(f"{_Q}|{_T}") if e - s >= 4]
    after_open = rng.random() < 0.5

    def make(t):
        return t[0] + brk + t[1:] if after_open else t[:-1] + brk + t[-1]
    return _fix_pair(ctx, None, make, cands)


@R.form("quote", "t32_one_side_doubled")
def quote_one_side_doubled(ctx: Ctx):
    """One mark of a quotation typed twice (a key bounce, or an editor that auto-inserts a pair
    while the user types one too): ““放管服” / “放管服”” (fix: one mark)."""
    rng = ctx.rng
    left = rng.random() < 0.5
    return _fix_pair(ctx, _Q, lambda t: t[0] + t if left else t + t[-1])


@R.form("quote", "t33_mixed_double_single")
def quote_mixed_double_single(ctx: Ctx):
    """A quotation opened with a double mark and closed with a single one, or the other way
    round (the IME toggles between ‘ and “ on the same key): “放管服’, ‘放管服”, “放管服' (fix: “ ”)."""
    a, b = ctx.rng.choice([("“", "’"), ("‘", "”"), ("“", "'"), ("'", "”"), ("“", "‘")])
    return _fix_pair(ctx, _Q, lambda t: a + t[1:-1] + b)


@R.form("quote", "t34_adjacent_straight_pairs")
def quote_adjacent_straight(ctx: Ctx):
    """A run of quotations side by side, all typed with straight quotes, so the four marks touch:
    "两重""两新" / "两重"、"两新" (fix: each pair “ ”, paired left to right)."""
    cands = [(s, e) for s, e, _ in ctx.matches(r"“[^“”\n]{1,20}”[、]?“[^“”\n]{1,20}”")]
    return _fix_pair(ctx, None, lambda t: t.replace("“", '"').replace("”", '"'), cands)


@R.form("quote", "t35_blank_inside_marks")
def quote_blank_inside(ctx: Ctx):
    """Blanks padded inside quotation or title marks by a CMS editor or a justified Word line:
    “ 放管服 ”, 《 安全生产法 》, “放管服\u00a0” (fix: the blanks go)."""
    rng = ctx.rng
    sp = rng.choice([" ", " ", "\u00a0", "\u3000", "\u00a0\u00a0"])
    side = rng.choice(["both", "both", "left", "right"])

    def make(t):
        a = sp if side in ("both", "left") else ""
        b = sp if side in ("both", "right") else ""
        return t[0] + a + t[1:-1] + b + t[-1]
    return _fix_pair(ctx, f"{_Q}|{_T}", make)


@R.form("quote", "t36_json_escaped_quotes")
def quote_json_escaped(ctx: Ctx):
    """Quotation marks left as JSON escapes by a scraper that saved an API's JSON string without
    decoding it (scraped bulk dumps): \\"放管服\\" or \\u201c放管服\\u201d (fix: “ ”)."""
    if ctx.rng.random() < 0.5:
        return _fix_pair(ctx, _Q, lambda t: '\\"' + t[1:-1] + '\\"')
    return _fix_pair(ctx, _Q, lambda t: "\\u201c" + t[1:-1] + "\\u201d")


@R.form("quote", "t37_ditto_and_prime_marks")
def quote_ditto_marks(ctx: Ctx):
    """Marks picked from the IME symbol table next to the quotes: the ditto mark 〃 or the modifier
    double prime ʺ for both ends: 〃放管服〃, ʺ放管服ʺ (fix: “ ”)."""
    a = ctx.rng.choice(["\u3003", "\u3003", "\u02ba"])
    return _fix_pair(ctx, _Q, lambda t: a + t[1:-1] + a)


@R.form("quote", "t38_title_in_square_brackets")
def quote_title_square(ctx: Ctx):
    """A cited document's name put in 【】 / 〔〕 / ［］ after a citing verb instead of 《》 (the
    writer reached for the wrong bracket key): 根据【安全生产法】 (flag: 【】 also mark labels, so an
    editor checks; a repair to 《》 counts)."""
    cands = [(s, e) for s, e, _ in ctx.matches(_T) if ctx.text[max(0, s - 2):s] in _CITE]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    a, b = ctx.rng.choice([("【", "】"), ("〔", "〕"), ("［", "］")])
    raw = a + ctx.text[s + 1:e - 1] + b
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "flag", raw, repair=ctx.text[s:e], where="inline")])


@R.form("quote", "t39_title_closed_by_paren")
def quote_title_closed_by_paren(ctx: Ctx):
    """A title whose closing 》 was typed as a parenthesis (the neighbouring key), or opened by one:
    《安全生产法） / 《安全生产法) / （安全生产法》 (fix: 《 》; the other mark of the pair is sure)."""
    a, b = ctx.rng.choice([("《", "）"), ("《", "）"), ("《", ")"), ("（", "》")])
    return _fix_pair(ctx, _T, lambda t: a + t[1:-1] + b)


# ======================================================================================
# punct (fix)


def _swap_at(ctx: Ctx, spans, variants, mark=None):
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    base = ctx.text[s:e]
    raw = ctx.rng.choice(variants) if not callable(variants) else variants(base)
    return Inj(s, e, raw, [Gold(0, len(raw), "punct", "fix", mark or base, where="inline")])


@R.form("punct", "t11_ascii_exclamation")
def punct_ascii_exclamation(ctx: Ctx):
    """An English-mode or vertical-form exclamation mark after Chinese text (a speech's 各位代表!
    typed with the IME off, or a vertical PDF's ︕): 各位代表! (fix: ！)."""
    spans = [(s, e) for s, e, _ in ctx.matches("！") if s > 0 and is_han(ctx.text[s - 1])]
    return _swap_at(ctx, spans, ["!", "!", "\ufe15"])


@R.form("punct", "t12_doubled_mark")
def punct_doubled_mark(ctx: Ctx):
    """A clause or sentence mark typed twice (key bounce, or two edits that each added one):
    加强管理，，完善制度 / 。。 / 、、 / ；； (fix: one mark)."""
    spans = [(s, e) for s, e, _ in ctx.matches("[，。、；]") if s > 0 and is_han(ctx.text[s - 1])
             and ctx.text[e:e + 1] not in ("，", "。", "、", "；")]
    return _swap_at(ctx, spans, lambda t: t + t)


@R.form("punct", "t13_comma_before_stop")
def punct_comma_before_stop(ctx: Ctx):
    """A comma, 、 or semicolon left before the full stop where an editor cut the last clause:
    完善制度，。 / 完善制度、。 (fix: the stray mark goes)."""
    spans = [(s, e) for s, e, _ in ctx.matches("。") if s > 0 and is_han(ctx.text[s - 1])]
    return _swap_at(ctx, spans, lambda t: ctx.rng.choice(["，", "，", "、", "；"]) + t)


@R.form("punct", "t14_mixed_width_parens")
def punct_mixed_parens(ctx: Ctx):
    """An aside with one full-width and one half-width parenthesis (only one side retyped):
    （含民办学校) / (含民办学校） (fix: both full-width)."""
    spans = []
    for s, e, m in ctx.matches(r"（([^（）\n]{1,16})）"):
        if s > ctx.lines[ctx.line_of(s)][0] + 1 and any(is_han(c) for c in m.group(1)):
            spans.append((s, e))
    left = ctx.rng.random() < 0.5
    return _swap_at(ctx, spans, lambda t: ("(" + t[1:]) if left else (t[:-1] + ")"))


@R.form("punct", "t15_ascii_mark_with_space")
def punct_ascii_mark_space(ctx: Ctx):
    """An English-style ASCII mark followed by a space between Chinese clauses (text typed in an
    English editor): 加强管理, 完善制度 / 三项任务: 一是 / 到位; 二是 (fix: the full-width mark, no space)."""
    mark, ascii_ = ctx.rng.choice([("，", ","), ("，", ","), ("；", ";"), ("：", ":")])
    spans = [(s, e) for s, e, _ in ctx.matches(mark) if s > 0 and is_han(ctx.text[s - 1])
             and is_han(ctx.text[e:e + 1] or "a")]
    return _swap_at(ctx, spans, [ascii_ + " ", ascii_ + " ", ascii_ + "\u00a0"])


@R.form("punct", "t16_ascii_mark_by_closing_mark")
def punct_ascii_by_closer(ctx: Ctx):
    """An ASCII comma, semicolon or full stop right after a closing quote, title mark or bracket
    (the IME was switched off to type the quote and left off): 实施“放管服”,推进… / 《…》.
    (fix: the full-width mark)."""
    spans = [(s, e) for s, e, _ in ctx.matches("[，；。]") if s > 0 and ctx.text[s - 1] in "”》）"]
    ascii_of = {"，": ",", "；": ";", "。": "."}
    return _swap_at(ctx, spans, lambda t: ascii_of[t])


@R.form("punct", "t17_ascii_dash")
def punct_ascii_dash(ctx: Ctx):
    """A 破折号 typed as ASCII hyphens or full-width hyphen-minus signs, or split by a space:
    -- / --- / －－ / — — (fix: ——). (A single — is no sure slip: it is also the connecting
    mark, 中国—东盟.)"""
    spans = [(s, e) for s, e, _ in ctx.matches("——") if s > 0 and ctx.text[s - 1] != "—"
             and ctx.text[e:e + 1] != "—"]
    return _swap_at(ctx, spans, ["--", "--", "---", "\uff0d\uff0d", "\u2014 \u2014"])


@R.form("punct", "t18_ascii_semicolon_line_end")
def punct_semicolon_line_end(ctx: Ctx):
    """An ASCII semicolon or comma ending a list item's line (each item typed in a spreadsheet
    cell, then pasted): 加强队伍建设;\\n (fix: ；/，)."""
    spans = [(s, e) for s, e, _ in ctx.matches("[；，]$", lines=range(1, ctx.signature_line))
             if s > 0 and is_han(ctx.text[s - 1])]
    return _swap_at(ctx, spans, lambda t: {"；": ";", "，": ","}[t])


# ======================================================================================
# protected (keep): correct text that looks like the defects above


@R.form("protected", "t7_latin_aside_ascii_marks")
def prot_latin_aside(ctx: Ctx):
    """An English name or abbreviation in an aside keeps its ASCII comma, colon and spaces:
    人工智能（Artificial Intelligence, AI）, 标准代号: GB/T 15834-2011 inside Latin text."""
    rng = ctx.rng
    term = rng.choice(["Artificial Intelligence, AI", "Geographic Information System, GIS",
                       "Internet of Things, IoT"])
    code = rng.choice(["ISO 9001:2015", "GB/T 15834-2011", "ISO/IEC 27001:2013"])
    return rng.choice([
        lambda: _protect(ctx, f"推广相关技术（{term}）。", [term]),
        lambda: _protect(ctx, f"严格执行{code}标准要求。", [code]),
        lambda: _protect(ctx, f"推广应用新技术（{term}），执行{code}标准。", [term, code]),
    ])()


@R.form("protected", "t8_adjacent_quotes_nested_titles")
def prot_adjacent_quotes(ctx: Ctx):
    """Correct marks that look doubled or nested: quotations side by side “两重”“两新”, a title
    that cites a title with 〈〉 inside 《》, a quotation ending a sentence inside 。”."""
    rng = ctx.rng
    pair = rng.choice(["“两重”“两新”", "“三农”“四化”", "“一网通办”“跨省通办”"])
    title = rng.choice(["《关于印发〈示范区建设管理办法〉的通知》", "《关于转发〈安全生产专项整治方案〉的通知》"])
    return rng.choice([
        lambda: _protect(ctx, f"统筹推进{pair}工作。", [pair]),
        lambda: _protect(ctx, f"按照{title}要求抓好落实。", [title]),
        lambda: _protect(ctx, f"用好{pair}政策，落实{title}。", [pair, title]),
    ])()
