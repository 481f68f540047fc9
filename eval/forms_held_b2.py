"""HELD-B forms, part 2 (see forms_held_b.py): scored in aggregate only, never read while tuning.

Families: numbering, dates, punct, space, figure, quote. Each form is a surface shape that the
TUNE forms do not have (or have only with other vocabulary or in another position), taken from
the way real scraped government pages go wrong: Word/WPS list numbering exported as text,
PDF copies, GBK conversions, input-method slips, CMS templates.
"""

from __future__ import annotations

import re

from common import int_to_cn, is_han, marker_text
from forms_common import Ctx, Gold, Inj, is_digit
from forms_held_b import R  # noqa: F401  (forms register themselves on import)

# ======================================================================================
# numbering (fix: the expected marker)


def _with_prev(ctx: Ctx, kinds):
    """(marker, previous sibling) pairs where the previous marker of the kind is value - 1."""
    out, last = [], {}
    for m in ctx.markers:
        prev = last.get(m.kind)
        if m.kind in kinds and m.value >= 2 and prev is not None and prev.value == m.value - 1:
            out.append((m, prev))
        last[m.kind] = m
    return out


def _damage_marker(ctx: Ctx, kinds, damage, where="line"):
    for m, prev in ctx.shuffled(_with_prev(ctx, kinds)):
        if m.line == 0 or not ctx.free(m.start, m.end):
            continue
        raw = damage(m)
        if raw is None or raw == m.text:
            continue
        inj = Inj(m.start, m.end, raw, [Gold(0, len(raw), "numbering", "fix", m.text, where=where)])
        inj.reserve = [(prev.start, prev.end)] + [(n.start, n.end) for n in ctx.markers
                                                   if n.kind == m.kind and n.value == m.value + 1]
        return inj
    return None


@R.form("numbering", "b1_extra_mark_after")
def num_extra_mark(ctx: Ctx):
    """A bracketed or dotted marker followed by a superfluous mark, as in hand-typed clause lists:
    （三）、加强… / （3）、 / （三）． / 3.、 / 三、、 (the extra mark goes)."""
    rng = ctx.rng

    def damage(m):
        if m.kind in ("cn_paren", "ar_paren"):
            return m.text + rng.choice(["、", "、", "．", ".", "，"])
        if m.kind == "ar_dot":
            return m.text + rng.choice(["、", "、", "，"])
        if m.kind == "cn_dun":
            return m.text + "、"
        return None
    return _damage_marker(ctx, ("cn_paren", "ar_paren", "ar_dot", "cn_dun"), damage)


@R.form("numbering", "b2_restart_continued")
def num_restart_continued(ctx: Ctx):
    """A sub-list that should restart at 1 under a new parent continues the numbering of the
    previous sub-list (Word list continuation) while its second item restarts: after 一、（一）（二）,
    二、（三）…（二）… for 二、（一）…（二）…; under （二）, 3. 2. for 1. 2."""
    kinds = ("cn_paren", "ar_paren", "ar_dot")
    cands = []
    for k, m in enumerate(ctx.markers):
        if m.kind not in kinds or m.value != 1 or m.line == 0:
            continue
        prev = next((p for p in reversed(ctx.markers[:k]) if p.kind == m.kind), None)
        nxt = next((n for n in ctx.markers[k + 1:] if n.kind == m.kind), None)
        if prev is None or nxt is None or nxt.value != 2:
            continue
        # a parent marker must stand between the two sub-lists
        if not any(p.line > prev.line and p.line < m.line and p.kind != m.kind for p in ctx.markers):
            continue
        cands.append((m, prev, nxt))
    for m, prev, nxt in ctx.shuffled(cands):
        if not ctx.free(m.start, m.end):
            continue
        raw = marker_text(m.kind, prev.value + 1)
        inj = Inj(m.start, m.end, raw, [Gold(0, len(raw), "numbering", "fix", m.text, where="line")])
        inj.reserve = [(prev.start, prev.end), (nxt.start, nxt.end)]
        return inj
    return None


@R.form("numbering", "b3_colon_or_stop_for_mark")
def num_colon_stop(ctx: Ctx):
    """A marker whose 、 or point was typed as a colon or an ideographic full stop while its
    siblings keep theirs: 三：加强… / 三。加强… / 2：… / 2。… (for 三、 / 2.)."""
    rng = ctx.rng

    def damage(m):
        return m.text[:-1] + rng.choice(["：", "：", "。", ":"])
    return _damage_marker(ctx, ("cn_dun", "ar_dot"), damage)


@R.form("numbering", "b4_article_lost_char")
def num_article_lost(ctx: Ctx):
    """第X条 / 第X章 that lost its 第 or its 条/章 (a span boundary of the page cut it):
    十二条　… / 第十二　… for 第十二条　…."""
    rng = ctx.rng

    def damage(m):
        return m.text[1:] if rng.random() < 0.5 else m.text[:-1]
    return _damage_marker(ctx, ("article", "chapter"), damage)


@R.form("numbering", "b5_enclosed_digit")
def num_enclosed_digit(ctx: Ctx):
    """An Arabic marker turned into an enclosed digit by the editor's auto-format while its
    siblings stay typed: ⒊加强… for 3.; ③ / （③） for （3）."""
    rng = ctx.rng

    def damage(m):
        if m.value > 20:
            return None
        circled = chr(0x245F + m.value)  # ① …
        if m.kind == "ar_dot":
            return rng.choice([chr(0x2487 + m.value), chr(0x2487 + m.value), circled + "."])  # ⒈ …
        return rng.choice([circled, circled, "（" + circled + "）"])
    return _damage_marker(ctx, ("ar_dot", "ar_paren"), damage)


_ORDINAL = re.compile(r"(?<=[。；：])第([一二三四五六七八九十]+)，")


@R.form("numbering", "b6_inline_ordinal")
def num_inline_ordinal(ctx: Ctx):
    """An inline 第一，…第二，…第三， list broken inside a paragraph: a number repeated or skipped
    (第一，…第一，…第三，), or 第 lost (…。二，…)."""
    rng = ctx.rng
    values = {int_to_cn(v): v for v in range(1, 20)}
    cands = []
    for i in ctx.prose_lines():
        s, _e, line = ctx.lines[i]
        found = [(s + m.start(), s + m.end(), values.get(m.group(1))) for m in _ORDINAL.finditer(line)]
        for k in range(1, len(found)):
            (pa, pb, pv), (a, b, v) = found[k - 1], found[k]
            if pv is not None and v == pv + 1:
                nxt = found[k + 1] if k + 1 < len(found) else None
                cands.append((a, b, v, (pa, pb), nxt))
    for a, b, v, prev, nxt in ctx.shuffled(cands):
        if not ctx.free(a, b):
            continue
        how = rng.choice(["repeat", "skip", "lost"])
        if how == "skip" and nxt is None:
            how = "repeat"
        if how == "repeat":
            raw = f"第{int_to_cn(v - 1)}，"
        elif how == "skip":
            raw = f"第{int_to_cn(v + 1)}，"
        else:
            raw = f"{int_to_cn(v)}，"
        inj = Inj(a, b, raw, [Gold(0, len(raw), "numbering", "fix", ctx.text[a:b], where="inline")])
        inj.reserve = [prev] + ([nxt[:2]] if nxt else [])
        return inj
    return None


# ======================================================================================
# dates (fix when one reading exists, else flag)

_FULL = re.compile(r"(?<![0-9])([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日")


def _dates(ctx: Ctx):
    lines = [i for i in range(1, len(ctx.lines)) if not re.search(r"〔[0-9]{4}〕", ctx.lines[i][2])]
    return ctx.matches(_FULL, lines)


def _date_inj(ctx: Ctx, sites, make, action="fix"):
    for s, e, m in ctx.shuffled(sites):
        if not ctx.free(s, e):
            continue
        raw = make(ctx.text[s:e], m)
        if raw is None or raw == ctx.text[s:e]:
            continue
        base = ctx.text[s:e]
        if action == "fix":
            gold = Gold(0, len(raw), "dates", "fix", base, where="inline")
        else:
            gold = Gold(0, len(raw), "dates", "flag", raw, repair=base, where="inline")
        return Inj(s, e, raw, [gold])
    return None


@R.form("dates", "b1_line_break_inside")
def date_line_break(ctx: Ctx):
    """A date broken over two lines by a PDF copy or a fixed-width page: 2021年3\\n月29日 /
    2021\\n年3月29日 / 2021年3月\\n　　29日 (fix: joined)."""
    rng = ctx.rng

    def make(base, m):
        cut = rng.randint(2, len(base) - 1)
        return base[:cut] + rng.choice(["\n", "\n", " \n", "\n\u3000\u3000"]) + base[cut:]
    return _date_inj(ctx, _dates(ctx), make)


@R.form("dates", "b2_ri_lost_before_word")
def date_ri_lost_word(ctx: Ctx):
    """日 lost before a following word (not 起/前/止, not punctuation): 2021年3月29召开 /
    3月5在第十届… / 18电 for …29日召开."""
    sites = [(s, e, m) for s, e, m in _dates(ctx)
             if is_han(ctx.text[e:e + 1]) and ctx.text[e] not in "起前止至到后内"]
    return _date_inj(ctx, sites, lambda base, m: base[:-1])


_LOOK_DIGIT = {"0": ["O", "o", "O"], "1": ["l", "I", "l"]}


@R.form("dates", "b3_digit_lookalike")
def date_digit_lookalike(ctx: Ctx):
    """A digit of a date replaced by a look-alike letter (OCR, hand-typed): 2O21年3月29日,
    202l年, 3月l9日, 1O月 (fix: the digit)."""
    rng = ctx.rng

    def make(base, m):
        spots = [i for i, c in enumerate(base) if c in _LOOK_DIGIT]
        if not spots:
            return None
        i = rng.choice(spots)
        return base[:i] + rng.choice(_LOOK_DIGIT[base[i]]) + base[i + 1:]
    return _date_inj(ctx, _dates(ctx), make)


_RANGE = re.compile(r"(?<![0-9])([0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4})"
                    r"(至|—|－|-|～|到)"
                    r"([0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}日|[0-9]{4}年)")


@R.form("dates", "b4_range_connector_lost")
def date_range_connector(ctx: Ctx):
    """A date range whose connector was lost, so two dates run together: 2021年3月1日3月31日,
    3月1日31日, 20212025年 (flag: 至 or — cannot be told)."""
    lines = [i for i in range(1, len(ctx.lines)) if not re.search(r"〔[0-9]{4}〕", ctx.lines[i][2])]
    sites = []
    for s, e, m in ctx.matches(_RANGE, lines):
        a, b = m.group(1), m.group(3)
        if a.isdigit() != b.endswith("年") or (a.isdigit() and not b[:-1].isdigit()):
            continue  # a bare year pairs only with a bare year + 年
        sites.append((s, e, m))
    return _date_inj(ctx, sites, lambda base, m: m.group(1) + m.group(3), action="flag")


@R.form("dates", "b5_part_repeated")
def date_part_repeated(ctx: Ctx):
    """A part of a date typed twice by a copy-and-paste slip: 2021年2021年3月29日,
    2021年3月3月29日, 2021年3月29日29日 (fix: the repeat goes)."""
    rng = ctx.rng

    def make(base, m):
        y, mo, d = m.group(1), m.group(2), m.group(3)
        part = rng.choice(["y", "y", "m", "d"])
        if part == "y":
            return f"{y}年{y}年{mo}月{d}日"
        if part == "m":
            return f"{y}年{mo}月{mo}月{d}日"
        return f"{y}年{mo}月{d}日{d}日"
    return _date_inj(ctx, _dates(ctx), make)


# ======================================================================================
# punct (fix: the right mark)


def _mark_sites(ctx: Ctx, mark: str, left, right, lines=None):
    out = []
    for s, e, _ in ctx.matches(re.escape(mark), lines):
        if s > 0 and left(ctx.text[s - 1]) and right(ctx.text[e:e + 1]):
            out.append((s, e))
    return out


def _punct(ctx: Ctx, sites, raw_of, expected_of=None):
    site = ctx.pick_span(sites)
    if site is None:
        return None
    s, e = site[0], site[1]
    base = ctx.text[s:e]
    raw = raw_of(base)
    exp = expected_of(base) if expected_of else base
    return Inj(s, e, raw, [Gold(0, len(raw), "punct", "fix", exp, where="inline")])


@R.form("punct", "b1_western_full_stop")
def punct_full_stop(ctx: Ctx):
    """A sentence closed with a Western full stop instead of 。: 工作. / 工作． / 工作. 加强
    (an English-mode input method; sometimes a space after it)."""
    rng = ctx.rng
    sites = _mark_sites(ctx, "。", is_han, lambda c: c in ("", "\n") or is_han(c))
    s = ctx.pick_span(sites)
    if s is None:
        return None
    a, b = s
    nxt = ctx.text[b:b + 1]
    raw = rng.choice([".", ".", "．"])
    if is_han(nxt) and rng.random() < 0.4:
        raw += " "
    return Inj(a, b, raw, [Gold(0, len(raw), "punct", "fix", "。", where="inline")])


@R.form("punct", "b2_doubled_mark")
def punct_doubled(ctx: Ctx):
    """A mark typed twice: 加强，，推进 / 工作。。 / 教育、、卫生 / 建设；；(one goes)."""
    mark = ctx.rng.choice(["，", "，", "。", "、", "；"])
    sites = _mark_sites(ctx, mark, is_han, lambda c: c in ("", "\n") or is_han(c))
    return _punct(ctx, sites, lambda base: base * 2)


@R.form("punct", "b3_stray_mark_before_stop")
def punct_stray_before_stop(ctx: Ctx):
    """A comma, semicolon or 、 left before the full stop after an edit: …工作，。 / …建设；。 /
    …卫生、。 (the stray mark goes)."""
    stray = ctx.rng.choice(["，", "，", "；", "、"])
    sites = _mark_sites(ctx, "。", is_han, lambda c: True)
    return _punct(ctx, sites, lambda base: stray + base)


@R.form("punct", "b4_backslash_for_dun")
def punct_backslash(ctx: Ctx):
    """The enumeration comma typed with the input method in English mode, which gives a
    backslash: 教育\\卫生\\住建 / 教育＼卫生 for 教育、卫生."""
    ch = ctx.rng.choice(["\\", "\\", "＼"])
    sites = _mark_sites(ctx, "、", is_han, is_han)
    return _punct(ctx, sites, lambda base: ch)


@R.form("punct", "b5_dash_other_chars")
def punct_dash(ctx: Ctx):
    """The Chinese dash —— written with other characters: -- / －－ / ―― (U+2015, GBK converters) /
    a single — (fix: ——)."""
    rng = ctx.rng
    lines = list(range(1, ctx.signature_line))
    sites = [(s, e) for s, e, _ in ctx.matches(r"(?<!—)——(?!—)", lines)]
    choice = rng.choice(["--", "--", "－－", "――", "――", "—"])
    return _punct(ctx, sites, lambda base: choice)


@R.form("punct", "b6_colon_lookalike")
def punct_colon_lookalike(ctx: Ctx):
    """The full-width colon replaced by a look-alike: the ratio sign ∶ (U+2236, Word symbol
    fonts), the small colon ﹕ or the vertical two-dot ︰: 各单位∶ / 其中﹕."""
    ch = ctx.rng.choice(["∶", "∶", "﹕", "︰"])
    lines = list(range(1, ctx.signature_line))
    sites = _mark_sites(ctx, "：", is_han, lambda c: True, lines)
    return _punct(ctx, sites, lambda base: ch)


# ======================================================================================
# space (fix: the space goes)


def _insert(ctx: Ctx, points, raw: str, where="inline"):
    p = ctx.pick_point(points)
    if p is None:
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "space", "fix", "", where=where)])


@R.form("space", "b1_zero_width")
def space_zero_width(ctx: Ctx):
    """Zero-width characters left inside a sentence by a web editor (&#8203; pasted as text, a
    BOM in the middle of a copied fragment, word joiners): 加强\\u200b管理 / 推进\\ufeff建设."""
    rng = ctx.rng
    ch = rng.choice(["\u200b", "\u200b", "\ufeff", "\u200c", "\u200d", "\u2060"])
    raw = ch * rng.choice([1, 1, 2])
    pts = ctx.han_gaps() + ctx.han_gaps(after=is_han, before=is_digit)
    return _insert(ctx, pts, raw)


_BIGNUM = re.compile(r"(?<![0-9.,，])([0-9]{4,})(?![0-9年月日号,，])")


@R.form("space", "b2_digit_group_space")
def space_digit_group(ctx: Ctx):
    """A figure split into thousands groups by a space (a thin, no-break or ASCII space, as an
    English style sheet writes it): 2 600人次, 10 493元, 1 234 567 (fix: the spaces go)."""
    rng = ctx.rng
    cands = []
    for s, e, m in ctx.matches(_BIGNUM):
        if ctx.text[e:e + 1] in (".", "—", "－", "~", "～", "至") or ctx.text[max(0, s - 1):s] in ("〔", "第", "—", "－"):
            continue
        if len(m.group(1)) == 4 and 1900 <= int(m.group(1)) <= 2099:
            continue  # a year: nobody groups it
        cands.append((s, e))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    num = ctx.text[s:e]
    sp = rng.choice(["\u2009", "\u202f", "\u00a0", " ", " "])
    cuts = list(range(len(num) - 3, 0, -3))[::-1]
    raw, golds, last = "", [], 0
    for c in cuts:
        raw += num[last:c]
        golds.append(Gold(len(raw), len(raw) + len(sp), "space", "fix", "", where="inline"))
        raw += sp
        last = c
    raw += num[last:]
    return Inj(s, e, raw, golds)


@R.form("space", "b3_paragraph_indent")
def space_indent(ctx: Ctx):
    """A paragraph indent kept as characters at the line start: two ideographic spaces, four
    ASCII spaces, NBSPs, a tab, or a mix (fix: the indent goes, as any indent does)."""
    rng = ctx.rng
    starts = [ctx.lines[i][0] for i in ctx.body_range() if ctx.lines[i][2]]
    raw = rng.choice(["\u3000\u3000", "\u3000\u3000", "    ", "  ", "\u00a0\u00a0\u00a0\u00a0", "\t",
                      " \u3000\u3000", "\u00a0 \u00a0 "])
    return _insert(ctx, starts, raw, where="line")


@R.form("space", "b4_tab_in_sentence")
def space_tab(ctx: Ctx):
    """A tab (or a tab and a space) in the middle of a running sentence, where a table cell or
    a tab stop of the source document was: 加强\\t管理 / 达到\\t95% / 培训\\t 620名."""
    rng = ctx.rng
    pts = ctx.han_gaps() + ctx.han_gaps(after=is_han, before=is_digit)
    return _insert(ctx, pts, rng.choice(["\t", "\t", "\t\t", "\t ", " \t"]))


@R.form("space", "b5_outside_brackets_quotes")
def space_outside_marks(ctx: Ctx):
    """A space just outside title marks, quotes or brackets, left by an inline tag's padding:
    落实 《关于…》 / “放管服” 改革 / 规划 （2021—2025年）."""
    rng = ctx.rng
    pts = []
    for i in ctx.prose_lines():
        s, _e, line = ctx.lines[i]
        for k in range(max(2, ctx.marker_end(i) - s + 2), len(line) - 1):
            a, b = line[k - 1], line[k]
            if (is_han(a) and b in "《“（") or (a in "》”）" and (is_han(b) or is_digit(b))):
                pts.append(s + k)
    return _insert(ctx, pts, rng.choice([" ", " ", "  ", "\u00a0"]))


@R.form("space", "b6_range_and_number_parts")
def space_range_number(ctx: Ctx):
    """Spaces around a range dash between figures or inside a document number:
    2021 — 2025年 / 6.5% －7% / 云教发〔 2021 〕5 号 (fix: the spaces go)."""
    rng = ctx.rng
    cands = []
    for s, e, m in ctx.matches(r"[0-9%](—|－|～|~)[0-9]", range(1, len(ctx.lines))):
        cands.append(("dash", s + 1, s + 2))
    for s, e, m in ctx.matches(r"〔[0-9]{4}〕[0-9]+号", range(1, len(ctx.lines))):
        cands.append(("docnum", s, e))
    for kind, s, e in ctx.shuffled(cands):
        if not ctx.free(s, e):
            continue
        base = ctx.text[s:e]
        sp = rng.choice([" ", " ", "\u00a0"])
        if kind == "dash":
            shape = rng.choice(["both", "both", "before", "after"])
            pre = sp if shape in ("both", "before") else ""
            post = sp if shape in ("both", "after") else ""
            raw = pre + base + post
            golds = []
            if pre:
                golds.append(Gold(0, len(pre), "space", "fix", "", where="inline"))
            if post:
                golds.append(Gold(len(raw) - len(post), len(raw), "space", "fix", "", where="inline"))
            return Inj(s, e, raw, golds)
        # document number: spaces inside the brackets and/or before 号
        y = base[1:5]
        n = base[6:-1]
        shape = rng.choice(["in", "hao", "both"])
        golds = []
        raw = "〔"
        if shape in ("in", "both"):
            golds.append(Gold(len(raw), len(raw) + len(sp), "space", "fix", "", where="inline"))
            raw += sp + y
            golds.append(Gold(len(raw), len(raw) + len(sp), "space", "fix", "", where="inline"))
            raw += sp + "〕" + n
        else:
            raw += y + "〕" + n
        if shape in ("hao", "both"):
            golds.append(Gold(len(raw), len(raw) + len(sp), "space", "fix", "", where="inline"))
            raw += sp
        raw += "号"
        return Inj(s, e, raw, golds)
    return None


# ======================================================================================
# figure (flag)

_MONEY_PART = re.compile(r"(?<![0-9.])([0-9]+(?:\.[0-9]+)?)(亿|万)元[^。；\n]{0,24}?其中[^。；\n]{0,60}")
_PART_WAN = re.compile(r"(?<![0-9.])([0-9]+(?:\.[0-9]+)?)万元")


@R.form("figure", "b1_unit_swapped")
def fig_unit_swapped(ctx: Ctx):
    """A multiplier swapped in a total-and-parts sentence, so a part exceeds its total:
    经费3.86亿元，其中…基建投入9200亿元 (a part's 万 became 亿), or 总投资1.2万元，其中…4800万元
    (the total's 亿 became 万) (flag)."""
    cands = []
    for s, e, m in ctx.matches(_MONEY_PART):
        total = float(m.group(1)) * (1e8 if m.group(2) == "亿" else 1e4)
        off = m.end(2) + 1 - m.start()
        parts = [(s + off + pm.start(1), s + off + pm.end(1), float(pm.group(1)) * 1e4)
                 for pm in _PART_WAN.finditer(m.group(0)[off:])]
        if not parts:
            continue
        # a part's 万 -> 亿
        for ps, pe, val in parts:
            if val * 1e4 > total:
                cands.append((ps, pe + 1, ctx.text[ps:pe] + "亿"))
        # the total's 亿 -> 万 (only when a part then exceeds it)
        if m.group(2) == "亿" and any(val > total / 1e4 for _, _, val in parts):
            ts, te = s, s + len(m.group(1)) + 1
            cands.append((ts, te, m.group(1) + "万"))
    for fs, fe, raw in ctx.shuffled(cands):
        if not ctx.free(fs, fe):
            continue
        inj = Inj(fs, fe, raw, [Gold(0, len(raw), "figure", "flag", raw, repair=ctx.text[fs:fe],
                                     where="inline")])
        # the other figures of the sentence stay intact: they show what is wrong
        line = ctx.lines[ctx.line_of(fs)]
        others = [(line[0] + x.start(), line[0] + x.end()) for x in re.finditer(r"[0-9.]+[万亿]元", line[2])]
        inj.reserve = [(a, b) for a, b in others if b <= fs or a >= fe]
        return inj
    return None


_NUM_RANGE = re.compile(r"(?<![0-9.])([0-9]+(?:\.[0-9]+)?)(%?)(—|－|～|~|至|到)([0-9]+(?:\.[0-9]+)?)"
                        r"(%|个百分点|倍|万|亿|年|岁)")


@R.form("figure", "b2_range_reversed")
def fig_range_reversed(ctx: Ctx):
    """A range of figures whose ends were swapped, the larger first: 增长7%—6.5%, 2025—2021年,
    提高3至2个百分点 (flag: the order a range is written in is upward)."""
    cands = []
    for s, e, m in ctx.matches(_NUM_RANGE, range(1, len(ctx.lines))):
        a, b = float(m.group(1)), float(m.group(4))
        if a < b and (m.group(2) == "" or m.group(5) == "%"):
            cands.append((s, e, m))
    for s, e, m in ctx.shuffled(cands):
        if not ctx.free(s, e):
            continue
        pa, pb = m.group(1), m.group(4)
        raw = pb + m.group(2) + m.group(3) + pa + m.group(5)
        return Inj(s, e, raw, [Gold(0, len(raw), "figure", "flag", raw, repair=ctx.text[s:e], where="inline")])
    return None


_AMOUNT = re.compile(r"(?<![0-9.])([0-9]+(?:\.[0-9]+)?)(?=(万元|亿元|万人|万吨|万户|元|人|户|所|家|个|%|公里|亩))")


@R.form("figure", "b3_digit_lookalike")
def fig_digit_lookalike(ctx: Ctx):
    """A digit of an amount read as a look-alike letter (OCR, a scanned annex): 92O0万元,
    l350万元, l.2亿元, 1O.6% (O/o for 0, l/I for 1; flag: the repair is the figure)."""
    rng = ctx.rng
    cands = [(s, e) for s, e, m in ctx.matches(_AMOUNT) if any(c in "01" for c in m.group(1))]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    num = ctx.text[s:e]
    spots = [i for i, c in enumerate(num) if c in "01"]
    k = rng.randint(1, min(2, len(spots)))
    chosen = set(rng.sample(spots, k))
    raw = "".join(rng.choice(["O", "O", "o"]) if i in chosen and c == "0" else
                  rng.choice(["l", "l", "I"]) if i in chosen else c for i, c in enumerate(num))
    return Inj(s, e, raw, [Gold(0, len(raw), "figure", "flag", raw, repair=num, where="inline")])


_RATE = re.compile(r"(率|比重|比例|占比|增长|下降|提高|降低|上涨|增加)([^，。；0-9\n]{0,6})([0-9]+(?:\.[0-9]+)?)%(?=[，。；）\u4e00-\u9fff])(?![和与及或至到])")


@R.form("figure", "b4_percent_lost")
def fig_percent_lost(ctx: Ctx):
    """A rate or a growth that lost its % sign, so the figure reads as a bare number:
    覆盖率达到88，… / 比上年增长9.9； (flag: % or 个百分点 or a count cannot be told)."""
    cands = []
    for s, e, m in ctx.matches(_RATE):
        ns = s + m.start(3) - m.start()
        cands.append((ns, e))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    raw = ctx.text[s:e - 1]
    return Inj(s, e, raw, [Gold(0, len(raw), "figure", "flag", raw, repair=ctx.text[s:e], where="inline")])


_MULT = re.compile(r"(?<![0-9.])([0-9]+(?:\.[0-9]+)?)(万|亿)(元|人)")


@R.form("figure", "b5_multiplier_lost")
def fig_multiplier_lost(ctx: Ctx):
    """An amount that lost its 万 or 亿 while the amounts beside it keep theirs: 全年安排教育经费
    3.86元，其中…9200万元 / 城镇新增就业970人 (flag: the size of the amount is wrong)."""
    cands = []
    for i in ctx.prose_lines():
        s0, _e0, line = ctx.lines[i]
        for sent in re.finditer(r"[^。；]+[。；]?", line):
            ms = list(_MULT.finditer(sent.group(0)))
            if len(ms) < 2:
                continue
            for m in ms:
                sib = [x for x in ms if x is not m and x.group(2) == m.group(2) and x.group(3) == m.group(3)]
                if not sib:
                    continue
                off = s0 + sent.start()
                cands.append((off + m.start(), off + m.end(), m, [(off + x.start(), off + x.end()) for x in sib]))
    for s, e, m, sibs in ctx.shuffled(cands):
        if not ctx.free(s, e) or not all(ctx.free(a, b, 0) for a, b in sibs):
            continue
        raw = m.group(1) + m.group(3)
        inj = Inj(s, e, raw, [Gold(0, len(raw), "figure", "flag", raw, repair=ctx.text[s:e], where="inline")])
        inj.reserve = sibs  # the amounts that show the size stay intact
        return inj
    return None


_DECIMAL = re.compile(r"(?<![0-9.,])([0-9]+)\.([0-9]+)(?=(%|万|亿|元|倍|个百分点))")


@R.form("figure", "b6_decimal_comma")
def fig_decimal_comma(ctx: Ctx):
    """A decimal written with a comma (a European locale export): 增长9,9% / 18,23万亿元 /
    3，86亿元 (flag: a thousands group or a decimal cannot be told)."""
    ch = ctx.rng.choice([",", ",", "，"])
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(_DECIMAL)])
    if site is None:
        return None
    s, e = site
    base = ctx.text[s:e]
    raw = base.replace(".", ch)
    return Inj(s, e, raw, [Gold(0, len(raw), "figure", "flag", raw, repair=base, where="inline")])


# ======================================================================================
# quote (fix or flag)

_QUOTED = re.compile(r"“[^“”\n]{1,20}”")
_TITLED = re.compile(r"《[^《》\n]{2,30}》")


def _requote(ctx: Ctx, pattern, pairs, action="fix"):
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(pattern)])
    if site is None:
        return None
    s, e = site
    a, b = ctx.rng.choice(pairs)
    raw = a + ctx.text[s + 1:e - 1] + b
    base = ctx.text[s:e]
    if action == "fix":
        return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", base, where="inline")])
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "flag", raw, repair=base, where="inline")])


@R.form("quote", "b1_doubled_quote_marks")
def quote_doubled(ctx: Ctx):
    """Double quotes typed twice on one or both sides: ““两客一危””, ““两客一危”, “两客一危””
    (fix: one pair)."""
    return _requote(ctx, _QUOTED, [("““", "””"), ("““", "”"), ("“", "””"), ("“", "””")])


@R.form("quote", "b2_latex_and_low_marks")
def quote_latex_low(ctx: Ctx):
    """Quotes written the TeX way or with low-9 marks by a converter: ``两客一危'', „两客一危“,
    „两客一危”, ''两客一危'' (fix: “…”)."""
    return _requote(ctx, _QUOTED, [("``", "''"), ("``", "''"), ("„", "“"), ("„", "”"), ("''", "''")])


@R.form("quote", "b3_vertical_forms")
def quote_vertical(ctx: Ctx):
    """Vertical presentation forms from a vertically set source: ﹁两客一危﹂, ﹃两客一危﹄ for “…”;
    ︽关于…意见︾, ︿关于…意见﹀ for 《…》 (fix)."""
    quotes = (_QUOTED, [("﹁", "﹂"), ("﹁", "﹂"), ("﹃", "﹄")])
    titles = (_TITLED, [("︽", "︾"), ("︽", "︾"), ("︿", "﹀")])
    first, second = (quotes, titles) if ctx.rng.random() < 0.5 else (titles, quotes)
    return _requote(ctx, *first) or _requote(ctx, *second)


@R.form("quote", "b4_title_double_single_angle")
def quote_double_single_angle(ctx: Ctx):
    """Title marks typed as two single angle brackets or mathematical double angles:
    〈〈关于…意见〉〉, 〈〈关于…意见》, 《关于…意见〉〉, ⟪关于…意见⟫ (fix: 《…》)."""
    return _requote(ctx, _TITLED, [("〈〈", "〉〉"), ("〈〈", "〉〉"), ("〈〈", "》"), ("《", "〉〉"), ("⟪", "⟫")])


@R.form("quote", "b5_ditto_and_prime_open")
def quote_ditto(ctx: Ctx):
    """A quotation whose marks an OCR read as ditto marks or as a prime and a quote: 〃两客一危〃,
    〃两客一危”, “两客一危〃 (fix: “…”)."""
    return _requote(ctx, _QUOTED, [("〃", "〃"), ("〃", "〃"), ("〃", "”"), ("“", "〃")])


_TITLE_ENDS = ("意见", "通知", "办法", "规定", "条例", "方案", "规划", "决定", "细则", "法", "纲要", "计划", "要点", "标准")


@R.form("quote", "b6_title_in_corner_brackets")
def quote_title_corner(ctx: Ctx):
    """A document's name in corner or lenticular brackets instead of 《》 (a traditional-script
    or CMS template habit): 根据「关于…的意见」, 落实『…规划』, 按照【…办法】 (flag: the repair is 《…》,
    though a quotation cannot be ruled out for sure)."""
    cands = []
    for s, e, _ in ctx.matches(_TITLED):
        if ctx.text[s + 1:e - 1].endswith(_TITLE_ENDS) or "（" in ctx.text[s + 1:e - 1]:
            cands.append((s, e))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    a, b = ctx.rng.choice([("「", "」"), ("「", "」"), ("『", "』"), ("【", "】"), ("〖", "〗")])
    raw = a + ctx.text[s + 1:e - 1] + b
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "flag", raw, repair=ctx.text[s:e], where="inline")])
