"""HELD-C forms, part 2 (see forms_held_c.py): scored in aggregate only, never read while tuning."""

from __future__ import annotations

from forms_held_c import R  # noqa: F401  (forms register themselves on import)

import calendar
import re

from common import int_to_cn, marker_text
from forms_common import Ctx, Gold, Inj, doc_year

# ======================================================================================
# numbering (fix: the marker the list calls for)


def _sib_sites(ctx: Ctx, kinds, need_next=False, cond=None):
    """(marker, reserve) for markers whose previous (and next) sibling of the kind is in sequence."""
    out = []
    ms = ctx.markers
    for k, m in enumerate(ms):
        if m.kind not in kinds or m.line == 0 or m.value < 2:
            continue
        same = [n for n in ms if n.kind == m.kind]
        j = same.index(m)
        if j == 0 or same[j - 1].value != m.value - 1:
            continue
        nxt = same[j + 1] if j + 1 < len(same) else None
        if need_next and (nxt is None or nxt.value != m.value + 1):
            continue
        if cond is not None and not cond(m):
            continue
        res = [(same[j - 1].start, same[j - 1].end)] + ([(nxt.start, nxt.end)] if nxt and nxt.value == m.value + 1 else [])
        out.append((m, res))
    return out


def _num_inj(ctx: Ctx, sites, damage):
    for m, res in ctx.shuffled(sites):
        if not ctx.free(m.start, m.end):
            continue
        raw = damage(m)
        if not raw or raw == m.text:
            continue
        inj = Inj(m.start, m.end, raw, [Gold(0, len(raw), "numbering", "fix", m.text, where="line")])
        inj.reserve = res
        return inj
    return None


@R.form("numbering", "c1_level_style_swapped")
def num_level_style(ctx: Ctx):
    """A marker typed in the style of the other level of the same numeral kind while both its
    neighbours keep theirs: （三）→三、 among （二）（四）, 三、→（三） among 二、四、, （3）→3. among
    （2）（4）, 3.→（3） or (3) among 2. 4."""
    rng = ctx.rng

    def damage(m):
        if m.kind == "cn_paren":
            return int_to_cn(m.value) + rng.choice(["、", "、", "．"])
        if m.kind == "cn_dun":
            return rng.choice(["（%s）", "(%s)"]) % int_to_cn(m.value)
        if m.kind == "ar_paren":
            return f"{m.value}" + rng.choice([".", "、", "．"])
        if m.kind == "ar_dot":
            return rng.choice(["（%d）", "(%d)"]) % m.value
        return None
    return _num_inj(ctx, _sib_sites(ctx, ("cn_paren", "cn_dun", "ar_paren", "ar_dot"), need_next=True), damage)


_OCR_CN = {"八": ["人", "入"], "十": ["土", "士", "干"], "七": ["匕", "乜"], "九": ["力", "丸"], "六": ["亣"]}
_OCR_AR = {"8": ["B"], "5": ["S"], "2": ["Z"], "6": ["b"], "9": ["g"]}


@R.form("numbering", "c2_ocr_numeral_glyph")
def num_ocr_glyph(ctx: Ctx):
    """A marker numeral read by OCR as a similar glyph: （八）→（人）, 十二、→土二、, 第十七条→第十匕条,
    （九）→（力）, 8.→B., （5）→（S）."""
    rng = ctx.rng

    def cond(m):
        num = re.sub(r"[第章条（）、.()]", "", m.text)
        table = _OCR_AR if num.isdigit() else _OCR_CN
        return any(c in table for c in num)

    def damage(m):
        num = re.sub(r"[第章条（）、.()]", "", m.text)
        table = _OCR_AR if num.isdigit() else _OCR_CN
        idx = [i for i, c in enumerate(num) if c in table]
        i = rng.choice(idx)
        bad = num[:i] + rng.choice(table[num[i]]) + num[i + 1:]
        return m.text.replace(num, bad, 1)
    kinds = ("cn_paren", "cn_dun", "ar_paren", "ar_dot", "article", "chapter")
    return _num_inj(ctx, _sib_sites(ctx, kinds, cond=cond), damage)


_DIGITS_CN = "〇一二三四五六七八九"


@R.form("numbering", "c3_digit_by_digit_numeral")
def num_digit_by_digit(ctx: Ctx):
    """A marker numeral of ten or more converted digit by digit by a script: （十二）→（一二）,
    十、→一〇、, 第十一条→第一一条, （二十）→（二〇）."""
    def damage(m):
        num = int_to_cn(m.value)
        bad = "".join(_DIGITS_CN[int(c)] for c in str(m.value))
        if m.kind == "cn_paren" and ctx.rng.random() < 0.3:
            bad = bad.replace("〇", "零")
        return m.text.replace(num, bad, 1)
    kinds = ("cn_paren", "cn_dun", "article", "chapter")
    return _num_inj(ctx, _sib_sites(ctx, kinds, cond=lambda m: 10 <= m.value < 100), damage)


@R.form("numbering", "c4_restart_mid_list")
def num_restart_mid_list(ctx: Ctx):
    """A list that falls back to one in the middle and goes on (a paste from another list):
    （一）（二）（一）（四）, 1. 2. 3. 1. 5., 第五条 第一条 第七条."""
    def damage(m):
        return marker_text(m.kind, 1)
    kinds = ("cn_paren", "ar_paren", "ar_dot", "article", "cn_dun")
    return _num_inj(ctx, _sib_sites(ctx, kinds, need_next=True, cond=lambda m: m.value >= 3), damage)


# ======================================================================================
# dates (fix when one reading exists, else flag)


def _date_lines(ctx: Ctx):
    return [i for i in range(1, len(ctx.lines)) if not re.search(r"〔[0-9]{4}〕", ctx.lines[i][2])]


def _md_readings(md: str, year: int) -> int:
    n = 0
    for k in range(1, len(md)):
        mo, d = md[:k], md[k:]
        if mo.startswith("0") or d.startswith("0"):
            continue
        mo, d = int(mo), int(d)
        if 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(year, mo)[1]:
            n += 1
    return n


_MD_NOYEAR = re.compile(r"(?<![0-9年])([0-9]{1,2})月([0-9]{1,2})日")


@R.form("dates", "c1_yearless_yue_lost")
def date_yearless_yue_lost(ctx: Ctx):
    """月 lost in a month-day date that has no year (ranges, schedules): 3月21日至4月15日 →
    321日至4月15日 (flag when the figures read two ways: 111日)."""
    site = ctx.pick_span(ctx.matches(_MD_NOYEAR, _date_lines(ctx)))
    if site is None:
        return None
    s, e, m = site
    mo, d = int(m.group(1)), int(m.group(2))
    raw = f"{mo}{d}日"
    base = ctx.text[s:e]
    if _md_readings(f"{mo}{d}", doc_year(ctx)) > 1:
        return Inj(s, e, raw, [Gold(0, len(raw), "dates", "flag", raw, repair=base, where="inline")])
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", base, where="inline")])


_RANGE_START = re.compile(r"(?<![0-9])([0-9]{1,2})月([0-9]{1,2})日(?=至|到|—|－|-|~|～)")


@R.form("dates", "c2_range_start_ri_lost")
def date_range_start_ri_lost(ctx: Ctx):
    """日 lost from the first date of a range, the end date keeping it: 3月1至3月20日,
    2023年4月16至5月31日."""
    site = ctx.pick_span(ctx.matches(_RANGE_START, _date_lines(ctx)))
    if site is None:
        return None
    s, e, m = site
    raw = f"{m.group(1)}月{m.group(2)}"
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", ctx.text[s:e], where="inline")])


_YM = re.compile(r"(?<![0-9])([0-9]{4})年([0-9]{1,2})月(?![0-9日])")


@R.form("dates", "c3_year_month_yue_lost")
def date_year_month_yue_lost(ctx: Ctx):
    """月 lost from a year-and-month date (no day): 2020年10月底前 → 2020年10底前, 2012年3，
    2024年9完成."""
    site = ctx.pick_span(ctx.matches(_YM, _date_lines(ctx)))
    if site is None:
        return None
    s, e, m = site
    raw = f"{m.group(1)}年{m.group(2)}"
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", ctx.text[s:e], where="inline")])


_FULL = re.compile(r"(?<![0-9])([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日")


@R.form("dates", "c4_separators_with_ri_kept")
def date_separators_ri_kept(ctx: Ctx):
    """A date typed half numeric, half Chinese: separators for 年 and 月 but 日 kept:
    2021-3-29日, 2021.03.29日, 2021/3/29日, 2021．3．29日."""
    site = ctx.pick_span(ctx.matches(_FULL, _date_lines(ctx)))
    if site is None:
        return None
    s, e, m = site
    rng = ctx.rng
    y, mo, d = (int(g) for g in m.groups())
    sep = rng.choice(["-", ".", "/", "．", "－", "-", "."])
    if rng.random() < 0.4:
        raw = f"{y}{sep}{mo:02d}{sep}{d:02d}日"
    else:
        raw = f"{y}{sep}{mo}{sep}{d}日"
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", ctx.text[s:e], where="inline")])


# ======================================================================================
# dup (remove the repeat)


def _dup_c(ctx: Ctx, orig, at: int, raw: str, where: str, alt: bool):
    if not ctx.free(orig[0], orig[1], 0) or not ctx.free(at, at):
        return None
    inj = Inj(at, at, raw, [Gold(0, len(raw), "dup", "remove", "", alt=orig if alt else None, where=where)])
    inj.reserve = [orig]
    return inj


@R.form("dup", "c1_sentence_after_next")
def dup_sentence_after_next(ctx: Ctx):
    """A sentence repeated after the sentence that follows it in the same paragraph (A。B。A。):
    a CMS merge of two revisions."""
    sents = ctx.sentences(min_len=10)
    pairs = [(a, b) for a, b in zip(sents, sents[1:]) if a[1] == b[0] and ctx.line_of(a[0]) == ctx.line_of(b[1])]
    for (s, e), (s2, e2) in ctx.shuffled(pairs):
        inj = _dup_c(ctx, (s, e2), e2, ctx.text[s:e], "inline", alt=False)
        if inj:
            return inj
    return None


@R.form("dup", "c2_lead_paragraph_at_end")
def dup_lead_at_end(ctx: Ctx):
    """The first body paragraph repeated at the foot of the page (the page's summary field
    rendered below the text), after the signature or at the very end."""
    prose = ctx.prose_lines(20)
    if not prose:
        return None
    i = prose[0]
    s, e, line = ctx.lines[i]
    if ctx.rng.random() < 0.5 or ctx.signature_line >= len(ctx.lines):
        p = len(ctx.text)
        raw = "\n" + line
        where = "tail"
    else:
        p = ctx.lines[ctx.signature_line][0]
        raw = line + "\n"
        where = "tail"
    return _dup_c(ctx, (s, e), p, raw, where, alt=False)


@R.form("dup", "c3_indented_copy_next_line")
def dup_indented_copy(ctx: Ctx):
    """A paragraph repeated on the next line with the indentation of another rendering
    (two ideographic spaces, four ASCII spaces or a tab) before the copy."""
    indent = ctx.rng.choice(["\u3000\u3000", "    ", "\t", "\u3000\u3000", "  "])
    for i in ctx.shuffled(ctx.prose_lines(20)):
        s, e, line = ctx.lines[i]
        inj = _dup_c(ctx, (s, e), e, "\n" + indent + line, "line", alt=False)
        if inj:
            return inj
    return None


@R.form("dup", "c4_signature_block_repeated")
def dup_signature_block(ctx: Ctx):
    """The signature block (organisation and date) rendered twice at the foot of the page,
    on two lines again or run together on one line."""
    n = len(ctx.lines)
    if ctx.signature_line >= n or n < 4:
        return None
    org = ctx.lines[ctx.signature_line]
    date = ctx.lines[-1]
    orig = (org[0], date[1])
    if ctx.rng.random() < 0.6:
        return _dup_c(ctx, orig, len(ctx.text), "\n" + org[2] + "\n" + date[2], "tail", alt=True)
    sep = ctx.rng.choice(["\u3000", " ", "  ", "\u3000\u3000"])
    return _dup_c(ctx, orig, len(ctx.text), "\n" + org[2] + sep + date[2], "tail", alt=False)


# ======================================================================================
# figure (flag; repair = the base figure)

_NUM = r"[0-9]+(?:\.[0-9]+)?"
_LOST_UNIT = re.compile(r"(?<=[\u4e00-\u9fff])(" + _NUM + r")(?=万元|亿元|万人|万亩|万个|万户|%)")


def _flag(raw: str, base: str, where="inline"):
    return Gold(0, len(raw), "figure", "flag", raw, repair=base, where=where)


@R.form("figure", "c1_figure_lost_before_unit")
def fig_lost_before_unit(ctx: Ctx):
    """A figure lost before its multiplier or percent sign, the unit left behind:
    项目总投资万元, 提供就业岗位万个, 结案率达到%."""
    for s, e, m in ctx.shuffled(ctx.matches(_LOST_UNIT)):
        if not ctx.free(s - 1, e + 2):
            continue
        # keep the site one character wide: the unit's first character carries the flag
        base = ctx.text[s:e + 1]
        raw = ctx.text[e:e + 1]
        return Inj(s, e + 1, raw, [_flag(raw, base)])
    return None


_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])(" + _NUM + r")(?=万元|亿元|万人|万亩|个|家|人|名|场|件|所|座|%|公里|元)")


@R.form("figure", "c2_placeholder_left")
def fig_placeholder(ctx: Ctx):
    """A template placeholder left where the figure belongs: 新增××家, 投资XX万元, 达到X%,
    举办□□场, 完成＿＿万人."""
    site = ctx.pick_span(ctx.matches(_COUNT))
    if site is None:
        return None
    s, e, m = site
    raw = ctx.rng.choice(["××", "XX", "xx", "X", "×", "□□", "＿＿", "XXX", "××××", "○○"])
    return Inj(s, e, raw, [_flag(raw, ctx.text[s:e])])


_DECLINE = re.compile(r"(?:下降|减少|降低|回落|下滑)(?:了)?(" + _NUM + r")(?=%|％|个百分点)")


@R.form("figure", "c3_decline_over_100")
def fig_decline_over_100(ctx: Ctx):
    """A decline of more than 100% (a digit 1 typed before it or a digit doubled):
    同比下降108.6%, 减少112%."""
    site = ctx.pick_span(ctx.matches(_DECLINE, group=1))
    if site is None:
        return None
    s, e, m = site
    num = m.group(1)
    if not ctx.text[e:].startswith(("%", "％")):
        return None
    whole, _, frac = num.partition(".")
    if int(whole) >= 100:
        return None
    if ctx.rng.random() < 0.5 or len(whole) != 2:
        bad = "1" + whole.zfill(2)
    else:
        bad = whole[0] + whole
        if int(bad) <= 100:
            bad = "1" + whole
    raw = bad + ("." + frac if frac else "")
    return Inj(s, e, raw, [_flag(raw, num)])


@R.form("figure", "c4_decline_with_minus")
def fig_decline_with_minus(ctx: Ctx):
    """A minus sign before the figure of a decline word (a spreadsheet's signed change pasted
    after 下降): 下降-8.6%, 减少－12%, 降低−0.5个百分点."""
    site = ctx.pick_span(ctx.matches(_DECLINE, group=1))
    if site is None:
        return None
    s, e, m = site
    raw = ctx.rng.choice(["-", "－", "−", "-"]) + m.group(1)
    return Inj(s, e, raw, [_flag(raw, m.group(1))])
