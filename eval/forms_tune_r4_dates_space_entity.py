"""More TUNE forms (round 4 of issue 16): further real-world shapes of the same defects.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from common import HAN, is_han
from forms_common import Ctx, Gold, Inj, is_digit
from forms_tune import _date_sites, _readings

_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_UNITS = set("号日时点分秒个家人名位项件次批所条户座天周年月万亿千百十元岁多余届期种类台辆套吨米亩倍场栋部本篇份张支只")

# ======================================================================================
# dates (fix when one reading exists, else flag)


def _fix(s, e, raw, expected):
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", expected, where="inline")])


@R.form("dates", "t18_year_mark_lost_period")
def date_year_period(ctx: Ctx):
    """年 lost before a period word: 2021年度 -> 2021度, 2020年底 -> 2020底, 2022年初 / 年末 /
    年以来 / 年上半年 / 年全年 (the year glued to what follows it)."""
    site = ctx.pick_span([(s, e, m) for s, e, m in ctx.matches(
        r"(?<![0-9])((?:19|20)[0-9]{2})年(?=度|底|初|末|以来|上半年|下半年|全年)")])
    if site is None:
        return None
    s, e, m = site
    return _fix(s, e, m[1].translate(_FW) if ctx.rng.random() < 0.2 else m[1], ctx.text[s:e])


@R.form("dates", "t19_ri_lost_before_word")
def date_ri_lost_word(ctx: Ctx):
    """日 lost before a word (a verb, a place, 的 ...): 于2021年3月29召开, 2021年4月6在北京,
    2021年10月9的会议 (not before a unit: 29个)."""
    sites = [x for x in _date_sites(ctx) if is_han(ctx.text[x[1]:x[1] + 1] or "a")
             and ctx.text[x[1]] not in _UNITS]
    site = ctx.pick_span(sites)
    if site is None:
        return None
    s, e, m = site
    y, mo, d = (int(g) for g in m.groups())
    return _fix(s, e, f"{y}年{mo}月{d}", ctx.text[s:e])


@R.form("dates", "t20_eight_digits_other_place")
def date_eight_other(ctx: Ctx):
    """Eight digits YYYYMMDD where the date stands in a place t2 does not use: after a noun,
    为/是, in brackets, opening a clause, before 的 or a verb (2021032９ in full width too)."""
    sites = []
    for s, e, m in _date_sites(ctx):
        before, after = ctx.text[max(0, s - 2):s], ctx.text[e:e + 1]
        if re.search("(于|在|自|至|到|从|截至)$", before) or after in set("前起止，。、；）\n") | {""}:
            continue
        sites.append((s, e, m))
    site = ctx.pick_span(sites)
    if site is None:
        return None
    s, e, m = site
    y, mo, d = (int(g) for g in m.groups())
    raw = f"{y}{mo:02d}{d:02d}"
    return _fix(s, e, raw.translate(_FW) if ctx.rng.random() < 0.25 else raw, ctx.text[s:e])


@R.form("dates", "t21_compacted_spaced")
def date_compacted_spaced(ctx: Ctx):
    """A compacted date with a stray space left inside: 2021 329日, 2021年 329日, 2021年329 日
    (one reading only; flagged when two)."""
    sp = ctx.rng.choice([" ", "\u00a0", " ", "\u3000"])
    site = ctx.pick_span(_date_sites(ctx))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = (int(g) for g in m.groups())
    raw = ctx.rng.choice([f"{y}{sp}{mo}{d}日", f"{y}年{sp}{mo}{d}日", f"{y}年{mo}{d}{sp}日"])
    if len(_readings(f"{mo}{d}", y)) > 1:
        return Inj(s, e, raw, [Gold(0, len(raw), "dates", "flag", raw, repair=ctx.text[s:e], where="inline")])
    return _fix(s, e, raw, ctx.text[s:e])


@R.form("dates", "t22_zero_padded_compacted")
def date_zero_padded(ctx: Ctx):
    """Zero-padded figures with a mark lost: 2021年0329日, 20210329日 (8 digits kept 日),
    2021年03月09 before 起/前/punctuation, 202103月29日."""
    site = ctx.pick_span(_date_sites(ctx, set("起前止，。、；") | {""}))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = (int(g) for g in m.groups())
    raw = ctx.rng.choice([f"{y}年{mo:02d}{d:02d}日", f"{y}{mo:02d}{d:02d}日", f"{y}年{mo:02d}月{d:02d}",
                          f"{y}{mo:02d}月{d:02d}日"])
    return _fix(s, e, raw, ctx.text[s:e])


@R.form("dates", "t23_range_end_day_compacted")
def date_range_compacted(ctx: Ctx):
    """A day range whose end day no month has but whose digits read as a month and day:
    3月5日～37日, 3月12日至41日 (flagged: the range end is impossible, not a compacted date)."""
    rng = ctx.rng
    site = ctx.pick_span(_date_sites(ctx))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = (int(g) for g in m.groups())
    end = rng.choice([k for k in range(32, 100) if k % 10])
    dash = rng.choice(["～", "至", "—", "－", "~", "到"])
    raw = f"{y}年{mo}月{d}日{dash}{end}日"
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "flag", raw, repair=ctx.text[s:e], where="inline")])


# ======================================================================================
# space (fix: the space goes)


def _gap(ctx: Ctx, points, raw: str):
    p = ctx.pick_point(points)
    if p is None:
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "space", "fix", "", where="inline")])


@R.form("space", "t12_wide_space_han_figure")
def space_wide_figure(ctx: Ctx):
    """An ideographic or en/em space (or two) between Chinese text and a figure inside a
    sentence: 达到\u30003.5万元, 共\u2003620名."""
    pts = ctx.han_gaps(after=is_han, before=is_digit) + ctx.han_gaps(after=is_digit, before=is_han)
    return _gap(ctx, pts, ctx.rng.choice(["\u3000", "\u3000\u3000", "\u2003", "\u2002", " \u3000"]))


@R.form("space", "t13_tab_in_sentence")
def space_tab(ctx: Ctx):
    """A tab (or a tab and spaces) left inside a sentence between two Chinese characters."""
    pts = [p for p in ctx.han_gaps() if all(is_han(c) for c in ctx.text[p - 2:p + 2])]
    return _gap(ctx, pts, ctx.rng.choice(["\t", "\t", "\t\t", " \t"]))


@R.form("space", "t14_several_in_clause")
def space_several(ctx: Ctx):
    """Two or three stray single spaces in one clause (a justified line's word gaps):
    进一步 加强 组织 领导."""
    rng = ctx.rng
    for i in ctx.shuffled(ctx.prose_lines(30)):
        s, e, line = ctx.lines[i]
        pts = [p for p in range(ctx.marker_end(i) + 2, e - 1)
               if is_han(ctx.text[p - 1]) and is_han(ctx.text[p]) and all(is_han(c) for c in ctx.text[p - 2:p + 2])]
        if len(pts) < 6:
            continue
        k = rng.randint(2, 3)
        first = rng.randrange(len(pts) - 6)
        chosen = sorted({pts[first + 2 * j] for j in range(k)})
        if any(chosen[j + 1] - chosen[j] < 2 for j in range(len(chosen) - 1)) or not ctx.free(chosen[0], chosen[-1]):
            continue
        sp = rng.choice([" ", " ", "\u00a0"])
        raw, golds, last = "", [], chosen[0]
        for c in chosen:
            raw += ctx.text[last:c]
            golds.append(Gold(len(raw), len(raw) + 1, "space", "fix", "", where="inline"))
            raw += sp
            last = c
        raw += ctx.text[last:chosen[-1] + 1]
        return Inj(chosen[0], chosen[-1] + 1, raw, golds)
    return None


@R.form("space", "t15_outside_brackets_quotes")
def space_outside_marks(ctx: Ctx):
    """A space just outside title marks, quotes or brackets: 落实 《方案》, “放管服” 改革,
    （试行） 的通知."""
    opens, closes = "《“（【", "》”）】"
    pts = ctx.han_gaps(after=is_han, before=lambda c: c in opens) + ctx.han_gaps(
        after=lambda c: c in closes, before=lambda c: is_han(c) or is_digit(c))
    return _gap(ctx, pts, ctx.rng.choice([" ", "\u00a0", " ", "\u2009"]))


@R.form("space", "t16_space_decimal_point")
def space_decimal(ctx: Ctx):
    """A space around a decimal point or between a figure and its percent sign, a thin or
    no-break one: 3 .5万元, 12. 6%, 95\u00a0%."""
    pts = (ctx.han_gaps(after=is_digit, before=lambda c: c == ".")
           + ctx.han_gaps(after=lambda c: c == ".", before=is_digit)
           + ctx.han_gaps(after=is_digit, before=lambda c: c in "%％"))
    return _gap(ctx, pts, ctx.rng.choice([" ", "\u00a0", "\u2009", "\u202f"]))


@R.form("space", "t17_around_dash_ellipsis")
def space_dash(ctx: Ctx):
    """A space beside a dash, an ellipsis, a middle dot or a closing sentence mark at a
    clause end: 决胜 ——全面, 等 ……, 工作 。"""
    pts = ctx.han_gaps(after=is_han, before=lambda c: c in "—…·。") + ctx.han_gaps(
        after=lambda c: c in "—…·", before=is_han)
    return _gap(ctx, pts, ctx.rng.choice([" ", "\u3000", "\u00a0", "  "]))


# ======================================================================================
# entity (fix: the character)


def _ent(ctx: Ctx, points, raw: str, expected: str):
    p = ctx.pick_point(points)
    if p is None:
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "entity", "fix", expected, where="inline")])


def _encode_span(ctx: Ctx, pattern: str, make, lines=None):
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(pattern, lines)])
    if site is None:
        return None
    s, e = site
    golds, raw = [], ""
    for ch in ctx.text[s:e]:
        ref = make(ch)
        golds.append(Gold(len(raw), len(raw) + len(ref), "entity", "fix", ch, where="inline"))
        raw += ref
    return Inj(s, e, raw, golds)


@R.form("entity", "t16_numeric_without_semicolon")
def ent_numeric_bare(ctx: Ctx):
    """A numeric reference without its ";" between Chinese characters: 加强&#65292管理,
    &#x3001, &#X3002 (HTML reads them so)."""
    rng = ctx.rng

    def make(ch):
        if rng.random() < 0.5:
            return f"&#{ord(ch)}"
        return f"&#{rng.choice('xX')}{ord(ch):x}" if rng.random() < 0.5 else f"&#x{ord(ch):X}"

    return _encode_span(ctx, f"(?<=[{HAN}])[，。、；：](?=[{HAN}])", make)


@R.form("entity", "t17_han_word_encoded")
def ent_han_word(ctx: Ctx):
    """A whole Chinese word written as decimal references (an editor escaping non-ASCII):
    &#20581;&#24247; for 健康."""
    return _encode_span(ctx, f"(?<=[{HAN}，])[{HAN}]{{2,4}}(?=[{HAN}，。])", lambda ch: f"&#{ord(ch)};")


@R.form("entity", "t18_trailing_refs")
def ent_trailing(ctx: Ctx):
    """Space references left at a paragraph's end (a CMS's padding): …工作。&nbsp;&nbsp;,
    &#160;, &emsp; (it goes, like any trailing space)."""
    ends = [ctx.lines[i][1] for i in ctx.prose_lines()]
    raw = ctx.rng.choice(["&nbsp;", "&nbsp;&nbsp;", "&#160;", "&emsp;", "&nbsp; &nbsp;", "&#12288;"])
    return _ent(ctx, ends, raw, "")


@R.form("entity", "t19_nbsp_mixed_spaces")
def ent_nbsp_mixed(ctx: Ctx):
    """A CMS's alternating run of &nbsp; and spaces inside a sentence: 加强&nbsp; &nbsp;管理,
    依法 &nbsp;行政 (all of it goes)."""
    pts = [p for p in ctx.han_gaps() if all(is_han(c) for c in ctx.text[p - 2:p + 2])]
    raw = ctx.rng.choice(["&nbsp; &nbsp;", " &nbsp;", "&nbsp; ", "&nbsp;\u3000", " &nbsp; &nbsp; "])
    return _ent(ctx, pts, raw, "")


@R.form("entity", "t20_ref_in_heading")
def ent_heading(ctx: Ctx):
    """A reference in a short heading line or after an outline marker (not prose):
    （一）加强&ldquo;…&rdquo; / 一、&nbsp;总体要求 / 第一章&mdash;总则 -> the character."""
    rng = ctx.rng
    heads = [i for i in ctx.body_range() if 4 <= len(ctx.lines[i][2]) <= 30 and not ctx.is_prose(i)]
    marks = [(s, e) for s, e, _ in ctx.matches(r"[，、：；（）“”《》]", heads)]
    marks = [(s, e) for s, e in marks if is_han(ctx.text[s - 1:s] or "a") or is_han(ctx.text[e:e + 1] or "a")]
    site = ctx.pick_span(marks)
    if site is None:
        return None
    s, e = site
    ch = ctx.text[s]
    named = {"“": "&ldquo;", "”": "&rdquo;", "、": "&#12289;", "，": "&#65292;", "：": "&#xFF1A;",
             "；": "&#65307;", "（": "&#xff08;", "）": "&#xff09;", "《": "&#12298;", "》": "&#12299;"}
    raw = named[ch] if rng.random() < 0.7 else f"&#{ord(ch)};"
    return Inj(s, e, raw, [Gold(0, len(raw), "entity", "fix", ch, where="inline")])


@R.form("entity", "t21_ref_after_latin_or_digit")
def ent_after_ascii(ctx: Ctx):
    """A reference glued after a figure or a Latin letter and before Chinese text:
    2021&nbsp;年, 5G&ensp;基站, 95%&nbsp;以上, 12&#12289;13."""
    pts = ctx.han_gaps(after=lambda c: is_digit(c) or c.isascii() and c.isalpha() or c == "%", before=is_han)
    raw = ctx.rng.choice(["&nbsp;", "&#160;", "&ensp;", "&#xA0;", "&NBSP;"])
    return _ent(ctx, pts, raw, "")


# ======================================================================================
# blind forms (written after the rule work, read once, not tuned on)


@R.form("dates", "t24_both_marks_lost_padded")
def date_both_lost_padded(ctx: Ctx):
    """月 and 日 lost from a zero-padded date before 起/前/止 or punctuation: 2021年0329起,
    2021年1105，(four digits: one reading)."""
    site = ctx.pick_span(_date_sites(ctx, set("起前止，。；") | {""}))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = (int(g) for g in m.groups())
    return _fix(s, e, f"{y}年{mo:02d}{d:02d}", ctx.text[s:e])


@R.form("dates", "t25_ri_lost_fullwidth_spaced")
def date_ri_lost_fw(ctx: Ctx):
    """A full-width date with spaces after its marks and its 日 lost before 起/前/punctuation:
    ２０２１年 ３月 ２９起."""
    site = ctx.pick_span(_date_sites(ctx, set("起前止，。；") | {""}))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = (int(g) for g in m.groups())
    sp = ctx.rng.choice([" ", "\u3000", "\u00a0"])
    return _fix(s, e, f"{y}年{sp}{mo}月{sp}{d}".translate(_FW), ctx.text[s:e])


@R.form("space", "t18_figure_space_chars")
def space_figure_chars(ctx: Ctx):
    """A figure space, punctuation space or medium math space (U+2007, U+2008, U+205F)
    between Chinese text and a figure or between two Chinese characters."""
    pts = ctx.han_gaps() + ctx.han_gaps(after=is_han, before=is_digit) + ctx.han_gaps(after=is_digit, before=is_han)
    return _gap(ctx, pts, ctx.rng.choice(["\u2007", "\u2008", "\u205f", "\u2007\u2007"]))


@R.form("space", "t19_short_sentence_line")
def space_short_sentence(ctx: Ctx):
    """A stray space in a short paragraph of one sentence (a closing line, a brief item):
    特此 通知。 / 请认真 贯彻落实。"""
    lines = [i for i in ctx.body_range() if 6 <= len(ctx.lines[i][2]) <= 30 and ctx.lines[i][2].endswith("。")]
    pts = []
    for i in lines:
        s, e, _ = ctx.lines[i]
        pts += [p for p in range(s + 2, e - 1) if is_han(ctx.text[p - 1]) and is_han(ctx.text[p])]
    return _gap(ctx, pts, ctx.rng.choice([" ", "\u00a0", "  "]))


@R.form("entity", "t22_ideographic_ref_beside_figure")
def ent_ideo_figure(ctx: Ctx):
    """An ideographic or em space written as a reference between Chinese text and a figure:
    达到&#12288;95%, 共&emsp;620名, 1000&#x3000;元."""
    pts = ctx.han_gaps(after=is_han, before=is_digit) + ctx.han_gaps(after=is_digit, before=is_han)
    return _ent(ctx, pts, ctx.rng.choice(["&#12288;", "&emsp;", "&#x3000;", "&#8195;"]), "")


@R.form("entity", "t23_final_mark_ref")
def ent_final_mark(ctx: Ctx):
    """A paragraph's final full stop written as a reference at the line end: …工作&#12290;
    / &#x3002; (and the line break right after it)."""
    ends = [(ctx.lines[i][1] - 1, ctx.lines[i][1]) for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] == "。"]
    site = ctx.pick_span(ends)
    if site is None:
        return None
    s, e = site
    raw = ctx.rng.choice(["&#12290;", "&#x3002;", "&#X3002;", "&#12290"])
    return Inj(s, e, raw, [Gold(0, len(raw), "entity", "fix", "。", where="inline")])
