"""More TUNE forms (round 4 of issue 16): further real-world shapes of the same defects.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from common import marker_text
from forms_common import Ctx, Gold, Inj
from forms_tune import _numbering

# ======================================================================================
# numbering (fix: the expected marker)

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_FULLSTOP_DIGIT = "".join(chr(0x2488 + k) for k in range(20))  # ⒈ ⒉ …
_PAREN_IDEOGRAPH = "".join(chr(0x3220 + k) for k in range(10))  # ㈠ ㈡ … ㈩


@R.form("numbering", "t18_other_enumerator")
def num_other_enumerator(ctx: Ctx):
    """One marker written as a single enumerator character by a converter or an input method:
    ㈢ for （三）, ③ or ⑶ for （3）, ⒊ for 3. (its siblings keep theirs)."""
    rng = ctx.rng

    def damage(m):
        if m.kind == "cn_paren" and m.value <= 10:
            return _PAREN_IDEOGRAPH[m.value - 1]
        if m.kind == "ar_paren" and m.value <= 20:
            return rng.choice([_CIRCLED[m.value - 1], chr(0x2474 + m.value - 1)])
        if m.kind == "ar_dot" and m.value <= 20:
            return _FULLSTOP_DIGIT[m.value - 1]
        return None
    return _numbering(ctx, ("cn_paren", "ar_paren", "ar_dot"), damage)


@R.form("numbering", "t19_shifted_tail")
def num_shifted_tail(ctx: Ctx):
    """A shifted tail: one number skipped and every later sibling of the list continuing from it
    (一、二、四、五、六、 for 一、二、三、四、五、); each renumbered marker is a fix."""
    by_kind = {}
    for m in ctx.markers:
        by_kind.setdefault(m.kind, []).append(m)
    cands = []
    for kind, ms in by_kind.items():
        if kind not in ("cn_dun", "cn_paren", "ar_dot", "ar_paren"):
            continue
        for k in range(1, len(ms)):
            if ms[k].value >= 2 and ms[k - 1].value == ms[k].value - 1:
                tail = [ms[k]]
                for n in ms[k + 1:]:
                    if n.value != tail[-1].value + 1:
                        break
                    tail.append(n)
                if 2 <= len(tail) <= 6:
                    cands.append((ms[k - 1], tail))
    for prev, tail in ctx.shuffled(cands):
        s, e = tail[0].start, tail[-1].end
        if tail[0].line == 0 or not ctx.free(s, e):
            continue
        raw, golds, at = "", [], s
        for m in tail:
            raw += ctx.text[at:m.start]
            new = marker_text(m.kind, m.value + 1)
            golds.append(Gold(len(raw), len(raw) + len(new), "numbering", "fix", m.text, where="line"))
            raw += new
            at = m.end
        inj = Inj(s, e, raw, golds)
        inj.reserve = [(prev.start, prev.end)]
        return inj
    return None


@R.form("numbering", "t20_halfwidth_bracket_lost")
def num_halfwidth_bracket_lost(ctx: Ctx):
    """A bracketed marker typed in half-width brackets that lost one of them: (三加强…, 三)加强…,
    (3加强…, 3)加强…"""
    rng = ctx.rng

    def damage(m):
        num = m.text.strip("（）")
        return rng.choice(["(" + num, num + ")"])
    return _numbering(ctx, ("cn_paren", "ar_paren"), damage)


@R.form("numbering", "t21_empty_marker_variants")
def num_empty_variants(ctx: Ctx):
    """A marker whose numeral was lost, in other shapes: ( ), （ ）, (), 〔〕 for （三）; . or ． for 3.;
    、 with a space after it for 三、."""
    rng = ctx.rng

    def damage(m):
        if m.kind == "cn_paren":
            return rng.choice(["( )", "（ ）", "()", "（）", "〔〕"])
        if m.kind == "ar_dot":
            return rng.choice([".", "．"])
        if m.kind == "cn_dun":
            return rng.choice(["、", "、 ", " 、"])
        return None
    return _numbering(ctx, ("cn_paren", "ar_dot", "cn_dun"), damage)


@R.form("numbering", "t22_indented_damage")
def num_indented_damage(ctx: Ctx):
    """A damaged marker on a line the page indents (full-width or ASCII spaces, a tab): the previous
    number repeated or a numeral character lost, behind 　　 / four spaces / a tab."""
    rng = ctx.rng

    def damage(m):
        indent = rng.choice(["\u3000\u3000", "    ", "\t", "\u3000"])
        num = re.search(r"[0-9一二三四五六七八九十百]+", m.text).group()
        if len(num) >= 2 and rng.random() < 0.5:
            k = rng.randrange(len(num))
            return indent + m.text.replace(num, num[:k] + num[k + 1:], 1)
        return indent + marker_text(m.kind, m.value - 1)
    return _numbering(ctx, ("cn_dun", "cn_paren", "ar_dot", "ar_paren"), damage)


@R.form("numbering", "t23_mark_replaced_by_space")
def num_mark_space(ctx: Ctx):
    """A marker whose 、 / point / closing bracket the page turned into a space: 三 加强…, 三　加强…,
    3 加强…, （三 加强…"""
    rng = ctx.rng

    def damage(m):
        sp = rng.choice([" ", "\u3000", "  "])
        return m.text[:-1] + sp
    return _numbering(ctx, ("cn_dun", "ar_dot", "cn_paren"), damage)


# ======================================================================================
# quote (fix or flag)

_Q = r"“[^“”\n]{1,20}”"
_T = r"《[^《》\n]{2,30}》"


@R.form("quote", "t18_reversed_line")
def quote_reversed_line(ctx: Ctx):
    """Every double quotation of a line turned round by a converter that swaps the two marks:
    ”放管服“改革…”最多跑一次“ (each pair fixed)."""
    by_line = {}
    for s, e, _ in ctx.matches(_Q):
        by_line.setdefault(ctx.line_of(s), []).append((s, e))
    cands = []
    for i, spans in by_line.items():
        line_s, line_e, line = ctx.lines[i]
        if len(spans) >= 2 and line.count("“") == len(spans) and line.count("”") == len(spans):
            cands.append(spans)
    for spans in ctx.shuffled(cands):
        s, e = spans[0][0], spans[-1][1]
        if not ctx.free(s, e):
            continue
        raw, golds, at = "", [], s
        for a, b in spans:
            raw += ctx.text[at:a]
            piece = "”" + ctx.text[a + 1:b - 1] + "“"
            golds.append(Gold(len(raw), len(raw) + len(piece), "quote", "fix", ctx.text[a:b], where="inline"))
            raw += piece
            at = b
        return Inj(s, e, raw, golds)
    return None


_PARTICLE_BEFORE = re.compile(r"(?:印发|制定|出台|下发|发布|颁布|修订|联合印发|转发)的$")


@R.form("quote", "t19_lone_close_after_issuer")
def quote_lone_close_issuer(ctx: Ctx):
    """A lone 》 whose title follows 印发的 / 制定的 / 出台的 … (an issuer clause before it):
    按照省政府印发的关于…意见》 (fix: the 《 after 的 where a title opening confirms; else flag)."""
    cands = []
    for s, e, _ in ctx.matches(_T):
        before = ctx.text[max(0, s - 8):s]
        if _PARTICLE_BEFORE.search(before) or ctx.text[s + 1:s + 3] == "关于":
            cands.append((s, e))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    raw = ctx.text[s + 1:e]
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "flag", raw, repair=ctx.text[s:e], where="inline")])


@R.form("quote", "t20_apostrophe_like")
def quote_apostrophe_like(ctx: Ctx):
    """Apostrophe-like marks typed for a top-level quotation: ＇…＇ (full-width apostrophe), `…',
    ‵…′, ´…´ (fix: “ ”)."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(_Q)])
    if site is None:
        return None
    s, e = site
    a, b = ctx.rng.choice([("＇", "＇"), ("＇", "＇"), ("`", "'"), ("‵", "′"), ("´", "´")])
    raw = a + ctx.text[s + 1:e - 1] + b
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


@R.form("quote", "t21_doubled_marks")
def quote_doubled_marks(ctx: Ctx):
    """Both marks of a quotation or title written twice (a converter that emits each mark twice):
    ““放管服””, 《《关于…意见》》 (fix: one pair)."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(f"{_Q}|{_T}")])
    if site is None:
        return None
    s, e = site
    t = ctx.text[s:e]
    raw = t[0] + t + t[-1]
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", t, where="inline")])


@R.form("quote", "t22_lone_close_sentence_start")
def quote_lone_close_subject(ctx: Ctx):
    """A lone 》 whose title opens its sentence or clause (the name is the subject): 。安全生产法》规定…,
    ，实施方案》明确… (flag; a repair to the base text counts)."""
    cands = [(s, e) for s, e, _ in ctx.matches(_T) if s == 0 or ctx.text[s - 1] in "。；，：！？\n"]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    raw = ctx.text[s + 1:e]
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "flag", raw, repair=ctx.text[s:e], where="inline")])


@R.form("quote", "t23_quote_spaced_straight")
def quote_spaced_straight(ctx: Ctx):
    """Straight quotes with the spaces an English-minded editor puts outside them: 推进 "放管服" 改革
    (fix: the spaces go, the marks become “ ”)."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(_Q)
                          if s > 0 and ctx.text[s - 1] not in "\n" and e < len(ctx.text) and ctx.text[e] != "\n"])
    if site is None:
        return None
    s, e = site
    raw = ' "' + ctx.text[s + 1:e - 1] + '" '
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


# ======================================================================================
# blind forms (written after the round-4 rule work, not tuned on)

@R.form("numbering", "t24_chinese_for_arabic")
def num_chinese_for_arabic(ctx: Ctx):
    """A marker of an Arabic-numbered list written with a Chinese numeral: （三） among （1）（2）（4）,
    三. among 1. 2. 4."""
    from common import int_to_cn

    def damage(m):
        cn = int_to_cn(m.value)
        return "（" + cn + "）" if m.kind == "ar_paren" else cn + "."
    return _numbering(ctx, ("ar_paren", "ar_dot"), damage)


@R.form("numbering", "t25_stray_mark_after")
def num_stray_mark_after(ctx: Ctx):
    """A stray punctuation mark typed after a whole marker: （三）、加强…, 三、，加强…, 3.、加强…"""
    rng = ctx.rng
    return _numbering(ctx, ("cn_dun", "cn_paren", "ar_dot", "ar_paren"),
                      lambda m: m.text + rng.choice(["、", "，", "．", ":"]))


@R.form("quote", "t24_doubled_single_angles")
def quote_doubled_single_angles(ctx: Ctx):
    """Title marks typed as two single angle brackets: 〈〈关于…意见〉〉 (fix: 《…》)."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(_T)])
    if site is None:
        return None
    s, e = site
    raw = "〈〈" + ctx.text[s + 1:e - 1] + "〉〉"
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


@R.form("quote", "t25_lone_close_after_verb_particle")
def quote_lone_close_verb_particle(ctx: Ctx):
    """A lone 》 whose title follows a verb and 了 / 的 (制定了…办法》, 出台的…意见》), the 《 lost
    (flag; a repair to the base text counts)."""
    cands = [(s, e) for s, e, _ in ctx.matches(_T) if ctx.text[s - 1:s] in ("了", "的")]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    raw = ctx.text[s + 1:e]
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "flag", raw, repair=ctx.text[s:e], where="inline")])
