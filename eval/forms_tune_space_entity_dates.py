"""More TUNE forms (second round of issue 16): other surface shapes of the same defects.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.

Families here: space (the stray whitespace goes), entity (the reference becomes its
character, or is flagged when escaped twice), dates (fixed when one reading exists,
flagged when the digits cannot be a date as written).
"""

from __future__ import annotations

from common import HAN, is_han
from forms_common import Ctx, Gold, Inj, is_digit
from forms_tune import R, _date_sites, _readings

# ======================================================================================
# space (fix: the space goes)

_ODD_SPACES = ["\u2002", "\u2003", "\u2009", "\u202f", "\u205f", "\u2005", "\u2006", "\u200a", "\u2008"]
_MARKS = "，。、；：？！"


def _one_gap(ctx: Ctx, points, raw: str):
    p = ctx.pick_point(points)
    if p is None:
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "space", "fix", "", where="inline")])


@R.form("space", "t5_unicode_space_han")
def space_unicode(ctx: Ctx):
    """An en/em/thin/narrow/medium space (U+2002-U+200A, U+202F, U+205F) inside a sentence,
    between two Chinese characters or between Chinese text and a figure."""
    rng = ctx.rng
    pts = ctx.han_gaps() + ctx.han_gaps(after=is_han, before=is_digit)
    raw = rng.choice(_ODD_SPACES) * rng.choice([1, 1, 2])
    return _one_gap(ctx, pts, raw)


@R.form("space", "t6_beside_fullwidth_mark")
def space_beside_mark(ctx: Ctx):
    """A space (ASCII, NBSP, tab or a run) just before or just after a full-width mark:
    落实 ，加强 / 落实， 加强 / 如下： 一是."""
    rng = ctx.rng
    before = ctx.han_gaps(after=is_han, before=lambda c: c in _MARKS)
    after = ctx.han_gaps(after=lambda c: c in _MARKS, before=is_han)
    raw = rng.choice([" ", " ", "\u00a0", "\t", "  ", " \u00a0"])
    return _one_gap(ctx, rng.choice([before, after]) or before + after, raw)


@R.form("space", "t7_figure_unit")
def space_figure_unit(ctx: Ctx):
    """A space inside a quantity: between the figure and its unit or %, or around a decimal
    point (95 %, 12.6 %, 620 名, 3 .5万元, 2021 年)."""
    rng = ctx.rng
    units = set("%‰年月日个万亿元人名家项次所台座户亩吨")
    unit_pts = ctx.han_gaps(after=is_digit, before=lambda c: c in units)
    dot_pts = [p for p in ctx.han_gaps(after=is_digit, before=lambda c: c == ".")
               + ctx.han_gaps(after=lambda c: c == ".", before=is_digit)]
    pts = unit_pts if (rng.random() < 0.7 or not dot_pts) else dot_pts
    return _one_gap(ctx, pts, rng.choice([" ", " ", "\u00a0", "\u2009"]))


@R.form("space", "t8_inside_brackets_quotes")
def space_inside_marks(ctx: Ctx):
    """A space just inside title marks, quotes or brackets: 《 关于…》, “放管服 ”, （ 试行）."""
    rng = ctx.rng
    opens, closes = "《“（【", "》”）】"
    after_open = ctx.han_gaps(after=lambda c: c in opens, before=lambda c: is_han(c) or is_digit(c))
    before_close = ctx.han_gaps(after=lambda c: is_han(c) or is_digit(c), before=lambda c: c in closes)
    return _one_gap(ctx, after_open + before_close, rng.choice([" ", " ", "\u00a0", "\u3000", "  "]))


@R.form("space", "t9_hard_wrap")
def space_hard_wrap(ctx: Ctx):
    """A hard-wrapped paragraph whose line breaks became spaces: one space (or a line-end
    space and an indent) every 20-40 characters of a long paragraph."""
    rng = ctx.rng
    lines = [i for i in ctx.prose_lines(60)]
    for i in ctx.shuffled(lines):
        e = ctx.lines[i][1]
        start = ctx.marker_end(i) + 2
        if not ctx.free(start, e):
            continue
        width = rng.randint(20, 40)
        sep = rng.choice([" ", " ", "  ", " \u3000\u3000", "\u00a0"])
        cuts, p = [], start + width
        while p < e - 3:
            if (is_han(ctx.text[p - 1]) or ctx.text[p - 1] in "，、") and is_han(ctx.text[p]):
                cuts.append(p)
                p += width
            else:
                p += 1
        if len(cuts) < 2:
            continue
        raw, golds, last = "", [], cuts[0]
        for c in cuts:
            raw += ctx.text[last:c]
            golds.append(Gold(len(raw), len(raw) + len(sep), "space", "fix", "", where="inline"))
            raw += sep
            last = c
        raw += ctx.text[last:cuts[-1] + 1]
        return Inj(cuts[0], cuts[-1] + 1, raw, golds)
    return None


@R.form("space", "t10_ideographic_in_sentence")
def space_ideographic(ctx: Ctx):
    """One or two U+3000 in the middle of a running sentence, between two words of a clause
    (a justified line's padding): 进一步　加强, 全面　推进."""
    rng = ctx.rng
    pts = []
    for p in ctx.han_gaps():
        # inside a clause: Chinese on both sides for a few characters, no number nearby
        window = ctx.text[p - 3:p + 3]
        if all(is_han(c) for c in window):
            pts.append(p)
    return _one_gap(ctx, pts, rng.choice(["\u3000", "\u3000", "\u3000\u3000", " \u3000"]))


@R.form("space", "t11_line_end_space")
def space_line_end(ctx: Ctx):
    """Spaces left at a paragraph's end before its line break, or before the first word after
    an outline marker: …工作。␣␣ / （一）　加强."""
    rng = ctx.rng
    ends = [ctx.lines[i][1] for i in ctx.prose_lines()]
    raw = rng.choice([" ", "  ", "\u00a0", "\u3000", "\t", " \u00a0 "])
    return _one_gap(ctx, ends, raw)


# ======================================================================================
# entity (fix: the character)


def _ref_at(ctx: Ctx, points, raw: str, expected: str):
    p = ctx.pick_point(points)
    if p is None:
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "entity", "fix", expected, where="inline")])


def _ref_for(ctx: Ctx, pattern: str, make, lines=None):
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


@R.form("entity", "t5_bare_nbsp")
def ent_bare(ctx: Ctx):
    """&nbsp written without its semicolon (once, twice, or as &NBSP-free &nbsp&nbsp) between
    Chinese characters or before a figure: 加强&nbsp管理."""
    rng = ctx.rng
    raw = rng.choice(["&nbsp", "&nbsp", "&nbsp&nbsp", "&nbsp;&nbsp"])
    pts = ctx.han_gaps() + ctx.han_gaps(after=is_han, before=is_digit)
    return _ref_at(ctx, pts, raw, "")


@R.form("entity", "t6_hex_ref")
def ent_hex(ctx: Ctx):
    """A hexadecimal reference, lower or upper x and digits, for a Chinese mark or a Han
    character: &#xff0c; &#XFF1B; &#x4E2D;."""
    rng = ctx.rng

    def make(ch):
        x = rng.choice(["x", "x", "X"])
        h = f"{ord(ch):x}" if rng.random() < 0.5 else f"{ord(ch):X}"
        return f"&#{x}{h};"

    if rng.random() < 0.6:
        return _ref_for(ctx, f"(?<=[{HAN}])[，。、：；！？](?=[{HAN}])", make)
    return _ref_for(ctx, f"(?<=[，。])[{HAN}](?=[{HAN}])", make)


@R.form("entity", "t7_zero_padded")
def ent_zero_padded(ctx: Ctx):
    """A numeric reference with leading zeros, decimal or hex: &#065292; &#0012290; &#x03001;."""
    rng = ctx.rng

    def make(ch):
        z = "0" * rng.randint(1, 3)
        return f"&#{z}{ord(ch)};" if rng.random() < 0.6 else f"&#x{z}{ord(ch):x};"

    return _ref_for(ctx, f"(?<=[{HAN}])[，。、：；](?=[{HAN}])", make)


@R.form("entity", "t8_double_escaped")
def ent_double(ctx: Ctx):
    """A reference escaped twice (&amp;nbsp; &amp;ldquo; &amp;#65292;): flagged, since
    decoding once leaves a reference; its repair is the character."""
    rng = ctx.rng
    kind = rng.choice(["nbsp", "quote", "mark"])
    if kind == "nbsp":
        p = ctx.pick_point(ctx.han_gaps())
        if p is None:
            return None
        raw = "&amp;nbsp;"
        return Inj(p, p, raw, [Gold(0, len(raw), "entity", "flag", raw, repair="", where="inline")])
    if kind == "quote":
        site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"“[^“”\n]{1,20}”")])
        if site is None:
            return None
        s, e = site
        inner = ctx.text[s + 1:e - 1]
        a, b = "&amp;ldquo;", "&amp;rdquo;"
        raw = a + inner + b
        return Inj(s, e, raw, [Gold(0, len(a), "entity", "flag", a, repair="“", where="inline"),
                               Gold(len(raw) - len(b), len(raw), "entity", "flag", b, repair="”", where="inline")])
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(f"(?<=[{HAN}])[，。、；](?=[{HAN}])")])
    if site is None:
        return None
    s, e = site
    raw = f"&amp;#{ord(ctx.text[s])};"
    return Inj(s, e, raw, [Gold(0, len(raw), "entity", "flag", raw, repair=ctx.text[s], where="inline")])


@R.form("entity", "t9_indent_refs")
def ent_indent(ctx: Ctx):
    """A paragraph indent kept as references at the line start: &nbsp;×4, &#12288;&#12288;,
    &emsp;&emsp;, &#x3000;&#x3000; (it goes, like any indent)."""
    rng = ctx.rng
    raw = rng.choice(["&nbsp;" * 4, "&nbsp;" * 2, "&#12288;&#12288;", "&emsp;&emsp;", "&#x3000;&#x3000;",
                      "&ensp;&ensp;&ensp;&ensp;", "&#160;&#160;"])
    starts = [ctx.lines[i][0] for i in ctx.prose_lines()]
    return _ref_at(ctx, starts, raw, "")


@R.form("entity", "t10_bracket_quote_refs")
def ent_brackets(ctx: Ctx):
    """Numeric references for a pair of title marks, brackets or quotes: &#12298;…&#12299;,
    &#xff08;…&#xff09;, &#8220;…&#8221;."""
    rng = ctx.rng
    pair = rng.choice(["《》", "（）", "“”", "【】"])
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(f"{pair[0]}[^{pair}\n]{{1,24}}{pair[1]}")])
    if site is None:
        return None
    s, e = site
    hexa = rng.random() < 0.4
    refs = [f"&#x{ord(c):x};" if hexa else f"&#{ord(c)};" for c in (ctx.text[s], ctx.text[e - 1])]
    raw = refs[0] + ctx.text[s + 1:e - 1] + refs[1]
    return Inj(s, e, raw, [Gold(0, len(refs[0]), "entity", "fix", ctx.text[s], where="inline"),
                           Gold(len(raw) - len(refs[1]), len(raw), "entity", "fix", ctx.text[e - 1], where="inline")])


@R.form("entity", "t11_beside_figure")
def ent_beside_figure(ctx: Ctx):
    """A reference glued to a figure inside a Chinese sentence: 12.6&#37; / 95&percnt;,
    or a space reference between a figure and Chinese text (620&nbsp;名, 达到&#160;95%)."""
    rng = ctx.rng
    if rng.random() < 0.5:
        site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"(?<=[0-9])%")])
        if site is not None:
            s, e = site
            raw = rng.choice(["&#37;", "&percnt;", "&#x25;"])
            return Inj(s, e, raw, [Gold(0, len(raw), "entity", "fix", "%", where="inline")])
    pts = ctx.han_gaps(after=is_han, before=is_digit) + ctx.han_gaps(after=lambda c: is_digit(c) or c == "%",
                                                                      before=is_han)
    return _ref_at(ctx, pts, rng.choice(["&nbsp;", "&#160;", "&#xA0;", "&nbsp"]), "")


@R.form("entity", "t12_other_space_names")
def ent_space_names(ctx: Ctx):
    """Other space references between Chinese characters: &ensp; &emsp; &thinsp; &#8194;
    &#x2003; &#12288; (a stray space written as a reference: it goes)."""
    rng = ctx.rng
    raw = rng.choice(["&ensp;", "&emsp;", "&thinsp;", "&#8194;", "&#x2003;", "&#12288;", "&emsp;&emsp;"])
    pts = [p for p in ctx.han_gaps() if all(is_han(c) for c in ctx.text[p - 3:p + 3])]
    return _ref_at(ctx, pts, raw, "")


# ======================================================================================
# dates (fix when one reading exists, else flag)

_FW = str.maketrans("0123456789", "０１２３４５６７８９")


def _date_fix(ctx: Ctx, make, follow=None):
    site = ctx.pick_span(_date_sites(ctx, follow))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = (int(g) for g in m.groups())
    raw = make(y, mo, d)
    if raw is None:
        return None
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", ctx.text[s:e], where="inline")])


def _date_flag(ctx: Ctx, make):
    site = ctx.pick_span(_date_sites(ctx))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = (int(g) for g in m.groups())
    raw = make(y, mo, d)
    if raw is None:
        return None
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "flag", raw, repair=ctx.text[s:e], where="inline")])


@R.form("dates", "t5_fullwidth_compacted")
def date_fullwidth(ctx: Ctx):
    """A compacted date in full-width digits: ２０２１３２９日 / ２０２１年３２９日 / ２０２１年３月２９
    before 起/前/punctuation (flagged when the compacted figures read two ways)."""
    rng = ctx.rng
    shape = rng.choice(["glued", "yue", "ri"])
    site = ctx.pick_span(_date_sites(ctx, set("起前止，。、；") | {""} if shape == "ri" else None))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = (int(g) for g in m.groups())
    raw = {"glued": f"{y}{mo}{d}日", "yue": f"{y}年{mo}{d}日", "ri": f"{y}年{mo}月{d}"}[shape].translate(_FW)
    if shape != "ri" and len(_readings(f"{mo}{d}", y)) > 1:
        return Inj(s, e, raw, [Gold(0, len(raw), "dates", "flag", raw, repair=ctx.text[s:e], where="inline")])
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", ctx.text[s:e], where="inline")])


@R.form("dates", "t6_spaced")
def date_spaced(ctx: Ctx):
    """A date with spaces around its figures (a justified line, a PDF copy):
    2021 年 3 月 29 日 / 2021年 3月 29日 / 2021 年3 月29 日."""
    rng = ctx.rng
    sp = rng.choice([" ", " ", "\u00a0", "\u2009"])
    style = rng.randint(0, 2)

    def make(y, mo, d):
        if style == 0:
            return f"{y}{sp}年{sp}{mo}{sp}月{sp}{d}{sp}日"
        if style == 1:
            return f"{y}年{sp}{mo}月{sp}{d}日"
        return f"{y}{sp}年{mo}{sp}月{d}{sp}日"

    return _date_fix(ctx, make)


_LOOKALIKE = {"年": ["午", "牛", "⽣"], "月": ["⽉", "冃", "丹"], "日": ["曰", "⽇", "目"]}


@R.form("dates", "t7_lookalike_mark")
def date_lookalike(ctx: Ctx):
    """年, 月 or 日 replaced by a look-alike (OCR or a PDF's Kangxi radicals): 2021午3月29日,
    3⽉29日, 29曰, 29⽇."""
    rng = ctx.rng
    mark = rng.choice(["年", "月", "日", "日"])
    look = rng.choice(_LOOKALIKE[mark])

    def make(y, mo, d):
        full = f"{y}年{mo}月{d}日"
        return full.replace(mark, look)

    return _date_fix(ctx, make)


@R.form("dates", "t8_doubled_mark")
def date_doubled(ctx: Ctx):
    """A date mark doubled by an editing slip: 2021年年3月29日, 3月月29日, 29日日 (before
    punctuation, 起/前 or a verb)."""
    rng = ctx.rng
    mark = rng.choice(["年", "月", "日"])

    def make(y, mo, d):
        return f"{y}年{mo}月{d}日".replace(mark, mark * 2)

    follow = set("起前，。、；）") | {""} if mark == "日" else None
    return _date_fix(ctx, make, follow)


@R.form("dates", "t9_year_digits")
def date_year_digits(ctx: Ctx):
    """A year that lost or gained a digit in a full date: 202年3月29日, 20211年3月29日,
    2201年 (flagged: the year cannot be read back for sure)."""
    rng = ctx.rng

    def make(y, mo, d):
        ys = str(y)
        k = rng.randrange(4)
        shape = rng.choice(["drop", "dup"])
        ys = ys[:k] + ys[k + 1:] if shape == "drop" else ys[:k] + ys[k] + ys[k:]
        return f"{ys}年{mo}月{d}日"

    return _date_flag(ctx, make)


@R.form("dates", "t10_out_of_range")
def date_out_of_range(ctx: Ctx):
    """A month or day that no calendar has: month and day swapped (2021年29月3日), digits
    transposed (3月92日), 2月30日, 13月 (flagged)."""
    rng = ctx.rng

    def make(y, mo, d):
        if d > 12 and rng.random() < 0.5:
            return f"{y}年{d}月{mo}日"
        if d >= 10 and d % 10 >= 4 and d % 10 != 0:
            return f"{y}年{mo}月{str(d)[::-1]}日"
        if mo <= 9:
            return f"{y}年1{mo + 3 if mo + 3 <= 9 else mo}月{d}日" if mo + 3 <= 9 else None
        return None

    return _date_flag(ctx, make)


@R.form("dates", "t11_year_mark_lost")
def date_year_mark_lost(ctx: Ctx):
    """年 lost, 月 and 日 kept: 2021年3月29日 → 20213月29日 / 2021 3月29日."""
    rng = ctx.rng
    return _date_fix(ctx, lambda y, mo, d: f"{y}{rng.choice(['', '', ' '])}{mo}月{d}日")


@R.form("dates", "t12_two_marks_lost")
def date_two_marks(ctx: Ctx):
    """月 and 日 both lost before 起/前/punctuation, or 年 and 日: 2021年329起 / 20213月29，
    (only where the figures read one way)."""
    rng = ctx.rng

    def make(y, mo, d):
        if rng.random() < 0.5:
            if not (mo < 10 and d >= 10):
                return None  # "2021年1112" would read several ways
            return f"{y}年{mo}{d}"
        return f"{y}{mo}月{d}"

    return _date_fix(ctx, make, follow=set("起前止，。、；") | {""})


# entity forms added after a first look: shapes the rules did not read yet


@R.form("entity", "t13_lost_ampersand")
def ent_lost_amp(ctx: Ctx):
    """A reference whose "&" was stripped by a filter: 加强nbsp;管理, nbsp;nbsp; at a gap,
    ldquo;放管服rdquo; for a pair of quotes."""
    rng = ctx.rng
    if rng.random() < 0.5:
        site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"“[^“”\n]{1,20}”")])
        if site is not None:
            s, e = site
            a, b = "ldquo;", "rdquo;"
            raw = a + ctx.text[s + 1:e - 1] + b
            return Inj(s, e, raw, [Gold(0, len(a), "entity", "fix", "“", where="inline"),
                                   Gold(len(raw) - len(b), len(raw), "entity", "fix", "”", where="inline")])
    return _ref_at(ctx, ctx.han_gaps(), rng.choice(["nbsp;", "nbsp;nbsp;", "nbsp;nbsp;nbsp;"]), "")


@R.form("entity", "t14_named_without_semicolon")
def ent_named_bare(ctx: Ctx):
    """Named references written without their ";" in Chinese text: &ldquo放管服&rdquo,
    &mdash&mdash, &hellip&hellip, &middot."""
    rng = ctx.rng
    if rng.random() < 0.5:
        site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"“[^“”\n]{1,20}”")])
        if site is not None:
            s, e = site
            a, b = "&ldquo", "&rdquo"
            raw = a + ctx.text[s + 1:e - 1] + b
            return Inj(s, e, raw, [Gold(0, len(a), "entity", "fix", "“", where="inline"),
                                   Gold(len(raw) - len(b), len(raw), "entity", "fix", "”", where="inline")])
    names = {"—": "&mdash", "…": "&hellip", "·": "&middot"}
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"—+|…+|·", range(1, len(ctx.lines)))])
    if site is None:
        return None
    s, e = site
    raw = "".join(names[c] for c in ctx.text[s:e])
    return Inj(s, e, raw, [Gold(0, len(raw), "entity", "fix", ctx.text[s:e], where="inline")])


@R.form("entity", "t15_uppercase_name")
def ent_upper(ctx: Ctx):
    """A space reference typed in capitals, which no browser decodes (&NBSP;, &NBSP, &Nbsp;),
    between Chinese characters: it stands for a stray space and goes."""
    rng = ctx.rng
    return _ref_at(ctx, ctx.han_gaps(), rng.choice(["&NBSP;", "&NBSP;", "&NBSP", "&Nbsp;", "&NBSP;&NBSP;"]), "")


# dates forms of round 3: other damage of a date on scraped pages

@R.form("dates", "t13_marks_swapped")
def date_marks_swapped(ctx: Ctx):
    """月 and 日 swapped with their figures: 2021年29日3月 / 2021年3日29月 (flagged)."""
    def make(y, mo, d):
        return f"{y}年{d}日{mo}月" if ctx.rng.random() < 0.5 else f"{y}年{mo}日{d}月"
    return _date_flag(ctx, make)


@R.form("dates", "t14_yue_as_separator")
def date_yue_separator(ctx: Ctx):
    """月 replaced by a separator between month and day: 2021年3-29日, 2021年3/29日, 2021年3.29日."""
    sep = ctx.rng.choice(["-", "/", ".", "\uff0d", "\uff0f", "\uff0e"])
    return _date_fix(ctx, lambda y, mo, d: f"{y}年{mo}{sep}{d}日")


@R.form("dates", "t15_yue_lost_spaced")
def date_yue_spaced(ctx: Ctx):
    """月 lost and a space left in its place: 2021年3 29日, 2021年3\u3000 29日."""
    sp = ctx.rng.choice([" ", "\u3000", "  ", "\u00a0"])
    return _date_fix(ctx, lambda y, mo, d: f"{y}年{mo}{sp}{d}日")


@R.form("dates", "t16_full_stop_separators")
def date_full_stops(ctx: Ctx):
    """A date whose separators became ideographic full stops or commas: 2021。3。29 / 2021，3，29
    (flagged: the marks were lost)."""
    sep = ctx.rng.choice(["\u3002", "\uff0c", "\u3001"])
    return _date_flag(ctx, lambda y, mo, d: f"{y}{sep}{mo}{sep}{d}")


@R.form("dates", "t17_range_end_out_of_range")
def date_range_end(ctx: Ctx):
    """A date range whose end day no calendar has: 2021年3月1日—35日, 3月12日至41日 (flagged)."""
    rng = ctx.rng
    site = ctx.pick_span(_date_sites(ctx))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = (int(g) for g in m.groups())
    end = rng.choice([d + 30, d * 10 + rng.randint(0, 9), 32 + rng.randint(0, 30)])
    if end <= 31:
        return None
    dash = rng.choice(["\u2014", "至", "-", "\u2014\u2014", "\uff5e"])
    raw = f"{y}年{mo}月{d}日{dash}{end}日"
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "flag", raw, repair=ctx.text[s:e], where="inline")])
