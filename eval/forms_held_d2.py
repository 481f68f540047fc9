"""HELD-D forms, part 2 (see forms_held_d.py). Do not read while working on the rules."""

from __future__ import annotations

from forms_held_d import R  # noqa: F401  (forms register themselves on import)

import re

from common import int_to_cn, is_han
from forms_common import Ctx, Gold, Inj, is_digit

# ======================================================================================
# numbering (fix: the expected marker)


def _kin(ctx: Ctx, kinds, need_next: bool):
    """(marker, previous sibling, next sibling or None) for markers continuing their list."""
    out = []
    ms = ctx.markers
    for k, m in enumerate(ms):
        if m.kind not in kinds or m.line == 0 or m.value < 2:
            continue
        prev = next((p for p in reversed(ms[:k]) if p.kind == m.kind), None)
        if prev is None or prev.value != m.value - 1:
            continue
        nxt = next((n for n in ms[k + 1:] if n.kind == m.kind), None)
        if nxt is not None and nxt.value != m.value + 1:
            nxt = None
        if need_next and nxt is None:
            continue
        out.append((m, prev, nxt))
    return out


def _num_inj(ctx: Ctx, cands, damage):
    for m, prev, nxt in ctx.shuffled(cands):
        if not ctx.free(m.start, m.end):
            continue
        raw = damage(m)
        if raw is None or raw == m.text:
            continue
        inj = Inj(m.start, m.end, raw, [Gold(0, len(raw), "numbering", "fix", m.text, where="line")])
        inj.reserve = [(prev.start, prev.end)] + ([(nxt.start, nxt.end)] if nxt else [])
        return inj
    return None


def _numeral(m) -> str:
    if m.kind in ("chapter", "article"):
        return m.text[1:-1]
    return m.text.strip("（）、.")


@R.form("numbering", "d1_circled_digit")
def num_circled_digit(ctx: Ctx):
    """One marker written as a circled digit (Word's enclosed characters, a symbol palette) while
    its siblings keep their own style: ③ for （三）, ④ for （4）, ② for 2., ⑪ for （十一）."""
    cands = []
    for m in ctx.markers:
        if m.kind not in ("cn_paren", "ar_paren", "ar_dot") or m.line == 0 or m.value > 20:
            continue
        sib = [n for n in ctx.markers if n.kind == m.kind and n is not m and abs(n.value - m.value) == 1]
        if sib:
            cands.append((m, sib[0], None))
    return _num_inj(ctx, cands, lambda m: chr(0x2460 + m.value - 1))


@R.form("numbering", "d2_far_wrong_number")
def num_far_wrong(ctx: Ctx):
    """A marker carrying a number far from the one its two neighbours call for (a slip on another
    key, a number pasted from another list): 一、二、七、四、, （2）（9）（4）, neither ±1 nor a restart."""
    def damage(m):
        choices = [v for v in range(2, 13) if abs(v - m.value) >= 2]
        v = ctx.rng.choice(choices)
        if m.kind in ("ar_dot", "ar_paren"):
            return m.text.replace(str(m.value), str(v), 1)
        return m.text.replace(_numeral(m), int_to_cn(v), 1)
    return _num_inj(ctx, _kin(ctx, ("cn_dun", "cn_paren", "ar_dot", "ar_paren"), need_next=True), damage)


@R.form("numbering", "d3_mismatched_bracket")
def num_mismatched_bracket(ctx: Ctx):
    """A bracketed marker whose one bracket is of another kind than its partner: （三】, 〔三）,
    （3］, ［3）, （二十〕 (one side retyped or converted)."""
    def damage(m):
        rng = ctx.rng
        if rng.random() < 0.5:
            return m.text[:-1] + rng.choice(["】", "〕", "］", "」", "〉", "]"])
        return rng.choice(["【", "〔", "［", "「", "〈", "["]) + m.text[1:]
    cands = [(m, p, n) for m, p, n in _kin(ctx, ("cn_paren", "ar_paren"), need_next=False)]
    ones = []
    for k, m in enumerate(ctx.markers):
        if m.kind in ("cn_paren", "ar_paren") and m.value == 1 and m.line > 0:
            nxt = next((n for n in ctx.markers[k + 1:] if n.kind == m.kind), None)
            if nxt is not None and nxt.value == 2:
                ones.append((m, nxt, None))
    return _num_inj(ctx, cands + ones, damage)


_PAREN_IDEO = {v: chr(0x3220 + v - 1) for v in range(1, 11)}  # ㈠ … ㈩
_CIRCLED_IDEO = {v: chr(0x3280 + v - 1) for v in range(1, 11)}  # ㊀ … ㊉


@R.form("numbering", "d4_enclosed_ideograph")
def num_enclosed_ideograph(ctx: Ctx):
    """One （X） marker written as a single enclosed-ideograph character from a symbol palette or a
    PDF font: ㈢ or ㊂ for （三）, while its siblings keep their full-width brackets."""
    cands = []
    for k, m in enumerate(ctx.markers):
        if m.kind != "cn_paren" or m.line == 0 or m.value > 10:
            continue
        sib = [n for n in ctx.markers if n.kind == m.kind and n is not m and abs(n.value - m.value) == 1]
        if sib:
            cands.append((m, sib[0], None))

    def damage(m):
        table = _PAREN_IDEO if ctx.rng.random() < 0.7 else _CIRCLED_IDEO
        return table[m.value]
    return _num_inj(ctx, cands, damage)


# ======================================================================================
# dates (fix: one reading)

_YM = re.compile(r"(?<![0-9])([0-9]{4})年([0-9]{1,2})月(?:([0-9]{1,2})日)?(?![0-9])")


def _ym_sites(ctx: Ctx):
    lines = [i for i in range(1, len(ctx.lines)) if not re.search(r"〔[0-9]{4}〕", ctx.lines[i][2])]
    return [(s, e, m) for s, e, m in ctx.matches(_YM, lines)]


def _date_inj(ctx: Ctx, make):
    for s, e, m in ctx.shuffled(_ym_sites(ctx)):
        if not ctx.free(s, e):
            continue
        y, mo = int(m.group(1)), int(m.group(2))
        d = int(m.group(3)) if m.group(3) else None
        raw = make(m.group(0), y, mo, d)
        if raw is None or raw == m.group(0):
            continue
        return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", m.group(0), where="inline")])
    return None


@R.form("dates", "d1_group_repeated")
def date_group_repeated(ctx: Ctx):
    """A date with one of its groups typed twice (an edit that re-typed the year, a merged copy):
    2021年2021年3月29日, 2021年3月3月29日, 2019年2019年12月."""
    def make(text, y, mo, d):
        rng = ctx.rng
        if d is None or rng.random() < 0.55:
            return f"{y}年{y}年{mo}月" + (f"{d}日" if d else "")
        return f"{y}年{mo}月{mo}月{d}日"
    return _date_inj(ctx, make)


def _cn_day(d: int) -> str:
    return int_to_cn(d)


@R.form("dates", "d2_mixed_numeral_scripts")
def date_mixed_scripts(ctx: Ctx):
    """A date whose month or day is written in Chinese numerals while the rest is Arabic (one
    field retyped in another style): 2021年三月29日, 2021年3月二十九日, 2019年十二月."""
    def make(text, y, mo, d):
        if d is not None and ctx.rng.random() < 0.45:
            return f"{y}年{mo}月{_cn_day(d)}日"
        return f"{y}年{int_to_cn(mo)}月" + (f"{d}日" if d else "")
    return _date_inj(ctx, make)


@R.form("dates", "d3_cjk_zero")
def date_cjk_zero(ctx: Ctx):
    """A zero inside a date's Arabic figures written as 〇 or ○ (the zero of 二〇二一 leaking into
    Arabic figures): 2〇21年3月29日, 2○19年10月, 2021年3月2○日."""
    def make(text, y, mo, d):
        zs = [i for i, c in enumerate(text) if c == "0"]
        if not zs:
            return None
        i = ctx.rng.choice(zs)
        z = ctx.rng.choice(["〇", "〇", "○"])
        return text[:i] + z + text[i + 1:]
    return _date_inj(ctx, make)


@R.form("dates", "d4_year_mark_shifted")
def date_year_mark_shifted(ctx: Ctx):
    """The 年 of a date moved by one figure (a cursor slip in an edit): 20213年月29日 or
    202年13月29日 for 2021年3月29日; 202年112月 for 2021年12月."""
    def make(text, y, mo, d):
        ys, day = str(y), (f"{d}日" if d else "")
        opts = []
        if mo < 10:  # 年 one figure right: 20213年月29日
            opts.append(f"{ys}{mo}年月{day}")
        if int(ys[3] + str(mo)) > 12:  # 年 one figure left: 202年13月29日 (no month reads 13)
            opts.append(f"{ys[:3]}年{ys[3]}{mo}月{day}")
        return ctx.rng.choice(opts) if opts else None
    return _date_inj(ctx, make)


# ======================================================================================
# punct (fix: the Chinese mark)


def _mark_sites(ctx: Ctx, mark: str, ok):
    out = []
    for s, e, m in ctx.matches(re.escape(mark)):
        if ok(ctx.text[s - 1:s], ctx.text[e:e + 1]):
            out.append((s, e))
    return out


def _punct_inj(ctx: Ctx, spans, raw_of):
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    base = ctx.text[s:e]
    raw = raw_of(base)
    return Inj(s, e, raw, [Gold(0, len(raw), "punct", "fix", base, where="inline")])


@R.form("punct", "d1_halfwidth_ideographic")
def punct_halfwidth_ideo(ctx: Ctx):
    """The half-width ideographic full stop or comma of the Halfwidth Forms block (a Japanese-locale
    converter): ｡ (U+FF61) for 。, ､ (U+FF64) for 、."""
    spans = (_mark_sites(ctx, "。", lambda a, b: is_han(a))
             + _mark_sites(ctx, "、", lambda a, b: is_han(a) and is_han(b)))
    return _punct_inj(ctx, spans, lambda base: {"。": "\uff61", "、": "\uff64"}[base])


@R.form("punct", "d2_radical_dot_dunhao")
def punct_radical_dot(ctx: Ctx):
    """The enumeration comma 、 typed as the look-alike character 丶 (U+4E36, the 'dot' radical an
    input method offers on the same key): 教育丶卫生丶文化."""
    spans = _mark_sites(ctx, "、", lambda a, b: is_han(a) and is_han(b))
    return _punct_inj(ctx, spans, lambda base: "丶")


@R.form("punct", "d3_ocr_circle_stop")
def punct_ocr_circle(ctx: Ctx):
    """A paragraph's final 。 read by OCR as a round letter or symbol: o, O, ○, 〇 or °."""
    spans = []
    for i in ctx.prose_lines():
        s, e, line = ctx.lines[i]
        if line.endswith("。") and is_han(line[-2:-1]) and line[-2] not in "一二三四五六七八九十百千万亿零〇两":
            spans.append((e - 1, e))
    return _punct_inj(ctx, spans, lambda base: ctx.rng.choice(["o", "O", "○", "〇", "°", "o"]))


@R.form("punct", "d4_ascii_after_figure")
def punct_ascii_after_figure(ctx: Ctx):
    """An English-mode , ; or . typed right after a figure or a percent sign, before Chinese text
    or the paragraph end: 增长1.8%,高于…, 达到52万亩;…, 提高到95%."""
    def ok(a, b):
        return (is_digit(a) or a in "%％") and (b == "" or b == "\n" or is_han(b))
    spans = (_mark_sites(ctx, "，", ok) + _mark_sites(ctx, "；", ok)
             + [sp for sp in _mark_sites(ctx, "。", ok) if ctx.text[sp[1]:sp[1] + 1] in ("", "\n")])
    return _punct_inj(ctx, spans, lambda base: {"，": ",", "；": ";", "。": "."}[base])


# ======================================================================================
# space (fix: the space goes)


def _blank(rng) -> str:
    return rng.choice([" ", " ", "  ", "\u3000", "\u00a0", " \u3000"])


def _space_inj(ctx: Ctx, points, raw: str, where="inline"):
    p = ctx.pick_point(points)
    if p is None:
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "space", "fix", "", where=where)])


@R.form("space", "d1_after_outline_marker")
def space_after_marker(ctx: Ctx):
    """A blank between an outline marker and its heading text (a word processor's tab stop or an
    indent copied as blanks): 一、 加强…, （二） 强化…, 3. 推进…, （4）\u3000落实…."""
    pts = []
    for m in ctx.markers:
        if m.kind in ("chapter", "article") or m.line == 0:
            continue
        if is_han(ctx.text[m.end:m.end + 1]):
            pts.append(m.end)
    return _space_inj(ctx, pts, _blank(ctx.rng), where="line")


@R.form("space", "d2_in_doc_number")
def space_in_doc_number(ctx: Ctx):
    """A blank inside a document number (a table cell or a justified header line):
    江卫发 〔2021〕12号, 江卫发〔2021〕 12号, 江卫发〔 2021〕12号, 江卫发〔2021〕12 号."""
    pts = []
    for i in range(len(ctx.lines)):
        s, e, line = ctx.lines[i]
        for m in re.finditer(r"[\u4e00-\u9fff]〔[0-9]{4}〕[0-9]+号", line):
            a = s + m.start()
            j = line.index("〕", m.start())
            pts += [a + 1, a + 2, s + j, s + j + 1, s + m.end() - 1]
    return _space_inj(ctx, pts, ctx.rng.choice([" ", " ", "  ", "\u3000"]))


@R.form("space", "d3_in_salutation_line")
def space_in_salutation(ctx: Ctx):
    """A blank inside the addressee or salutation line ending in ： (a centred or justified line):
    各位 代表：, 各乡镇人民政府， 县直各单位：, 各区县 卫生健康局："""
    pts = []
    for i in range(1, len(ctx.lines)):
        s, e, line = ctx.lines[i]
        if line.startswith("各") and line.endswith("：") and len(line) < 60 and "。" not in line \
                and i < ctx.signature_line:
            for p in range(s + 1, e - 1):
                if is_han(ctx.text[p - 1]) and is_han(ctx.text[p]):
                    pts.append(p)
    return _space_inj(ctx, pts, ctx.rng.choice([" ", " ", "  ", "\u3000", "\u00a0"]), where="line")


@R.form("space", "d4_after_inline_enumerator")
def space_after_enumerator(ctx: Ctx):
    """A blank after an inline enumerator of a running list (an editor's pause, a copied tab):
    一是 加强…，二是\u3000完善…, 首先 要…, 其次 … (the enumerator opening a clause)."""
    pts = [e for s, e, m in ctx.matches(r"(?:(?<=[。；，：])|^)(?:[一二三四五六七八九十]是|首先|其次)(?=[\u4e00-\u9fff])")]
    return _space_inj(ctx, pts, _blank(ctx.rng))
