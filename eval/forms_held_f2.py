"""HELD-F forms, part 2 (see forms_held_f.py). Do not read while working on the rules."""

from __future__ import annotations

import re

from common import HAN, is_han
from forms_common import Ctx, Gold, Inj, han_runs
from forms_held_f import R  # noqa: F401  (forms register themselves on import)

_DOCNUM = re.compile(r"[\u4e00-\u9fff]{1,6}〔[0-9]{4}〕[0-9]{1,3}号")
_DATE = re.compile(r"(?<![0-9])([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日")


def _all_lines(ctx: Ctx) -> range:
    return range(1, len(ctx.lines))


def _insert(ctx: Ctx, p: int, raw: str, cls: str, action: str, expected: str, margin: int = 2, where="inline"):
    if not ctx.free(p, p, margin):
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), cls, action, expected, where=where)])


def _replace(s: int, e: int, raw: str, cls: str, action: str, expected: str, repair=None, where="inline") -> Inj:
    return Inj(s, e, raw, [Gold(0, len(raw), cls, action, expected, repair=repair, where=where)])


# ======================================================================================
# space (fix: the blank goes)


@R.form("space", "f1_in_doc_number")
def space_doc_number(ctx: Ctx):
    """A blank inside a document number (its own line or cited): 江教发 〔2023〕31号, 〔2023〕 31号, 31 号."""
    rng = ctx.rng
    for s, e, m in ctx.shuffled(ctx.matches(_DOCNUM, _all_lines(ctx))):
        t = m.group(0)
        cuts = [s + t.index("〔"), s + t.index("〔") + 1, s + t.index("〕"), s + t.index("〕") + 1, e - 1]
        p = ctx.pick_point(cuts, 1)
        if p is None:
            continue
        blank = rng.choice([" ", " ", "\u3000", "  ", "\u00a0"])
        return _insert(ctx, p, blank, "space", "fix", "", 1)
    return None


@R.form("space", "f2_spaced_date")
def space_date(ctx: Ctx):
    """A written date whose parts were spaced out by a form field or a justified line: 2023 年 5 月 22 日,
    2023年 5月 22日, 2023年　5月22日 (the signature date or a date in the text)."""
    rng = ctx.rng
    for s, e, m in ctx.shuffled(ctx.matches(_DATE, _all_lines(ctx))):
        if not ctx.free(s, e):
            continue
        y, mo, d = m.group(1), m.group(2), m.group(3)
        style = rng.randrange(4)
        sp = rng.choice([" ", " ", "\u3000", "\u00a0"])
        if style == 0:
            raw = f"{y}{sp}年{sp}{mo}{sp}月{sp}{d}{sp}日"
        elif style == 1:
            raw = f"{y}年{sp}{mo}月{sp}{d}日"
        elif style == 2:
            raw = f"{y}{sp}年{mo}{sp}月{d}{sp}日"
        else:
            raw = f"{y}年{sp}{mo}月{d}日" if rng.random() < 0.5 else f"{y}年{mo}月{sp}{d}日"
        return _replace(s, e, raw, "space", "fix", m.group(0))
    return None


@R.form("space", "f3_inside_quoted_name")
def space_inside_name(ctx: Ctx):
    """A blank between two characters in the middle of a quoted term or a cited title (not at its edges):
    “三 农”, 《突发公共卫生事件 应急条例》."""
    rng = ctx.rng
    pts = []
    for s, e, m in ctx.matches(r"“[^”“\n]{2,24}”|《[^》《\n]{3,40}》", _all_lines(ctx)):
        for p in range(s + 2, e - 1):
            if is_han(ctx.text[p - 1]) and is_han(ctx.text[p]):
                pts.append(p)
    p = ctx.pick_point(pts, 3)
    if p is None:
        return None
    return _insert(ctx, p, rng.choice([" ", " ", "\u3000", "\u00a0", "  "]), "space", "fix", "", 3)


@R.form("space", "f4_after_outline_marker")
def space_after_marker(ctx: Ctx):
    """A blank between an outline marker and its text (一、 加强… / （二） 强化… / 1. 新建…)."""
    rng = ctx.rng
    pts = [m.end for m in ctx.markers if m.kind in ("cn_dun", "cn_paren", "ar_dot", "ar_paren")
           and m.end < len(ctx.text) and is_han(ctx.text[m.end])]
    p = ctx.pick_point(pts, 2)
    if p is None:
        return None
    return _insert(ctx, p, rng.choice([" ", " ", "  ", "\u00a0"]), "space", "fix", "", 2)


# ======================================================================================
# entity (fix: the decoded text)


@R.form("entity", "f1_doc_number_brackets")
def ent_doc_number(ctx: Ctx):
    """The brackets of a document number's year written as references: 江教发&#12308;2023&#12309;31号,
    &#x3014;…&#x3015;."""
    rng = ctx.rng
    for s, e, m in ctx.shuffled(ctx.matches(_DOCNUM, _all_lines(ctx))):
        t = m.group(0)
        a, b = s + t.index("〔"), s + t.index("〕") + 1
        if not ctx.free(a, b):
            continue
        style = rng.randrange(3)
        o, c = [("&#12308;", "&#12309;"), ("&#x3014;", "&#x3015;"), ("&#X3014;", "&#X3015;")][style]
        inner = ctx.text[a + 1:b - 1]
        return _replace(a, b, o + inner + c, "entity", "fix", ctx.text[a:b])
    return None


@R.form("entity", "f2_digits_as_refs")
def ent_digits(ctx: Ctx):
    """The digits of a figure written as numeric references (a page hiding its figures from scrapers):
    &#49;&#52;&#52;&#48;个, &#x35;&#x35;%."""
    rng = ctx.rng
    sites = [(s, e) for s, e, _ in ctx.matches(r"(?<![0-9.])[0-9]{2,5}(\.[0-9]{1,2})?(?![0-9.])")]
    site = ctx.pick_span(sites)
    if site is None:
        return None
    s, e = site
    hexa = rng.random() < 0.4
    up = rng.random() < 0.3
    out = []
    for ch in ctx.text[s:e]:
        if hexa:
            out.append(("&#X%X;" if up else "&#x%x;") % ord(ch))
        else:
            out.append(f"&#{ord(ch)};")
    return _replace(s, e, "".join(out), "entity", "fix", ctx.text[s:e])


_WIDE_NUM = {"，": "65292", "。": "12290", "、": "12289", "：": "65306", "；": "65307"}


@R.form("entity", "f3_widened_refs")
def ent_widened(ctx: Ctx):
    """References whose & and ; were widened by a full-width input mode or a converter: 加强＆nbsp；管理,
    ＆ldquo；三农＆rdquo；, ＆#65292；."""
    rng = ctx.rng
    semi = rng.choice(["；", "；", ";"])
    kind = rng.randrange(3)
    if kind == 0:
        site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"“[^”“\n]{2,12}”")])
        if site:
            s, e = site
            raw = f"＆ldquo{semi}{ctx.text[s + 1:e - 1]}＆rdquo{semi}"
            return _replace(s, e, raw, "entity", "fix", ctx.text[s:e])
    if kind == 1:
        site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"(?<=[%s])[，、：；](?=[%s])" % (HAN, HAN))])
        if site:
            s, e = site
            raw = f"＆#{_WIDE_NUM[ctx.text[s]]}{semi}"
            return _replace(s, e, raw, "entity", "fix", ctx.text[s:e])
    p = ctx.pick_point(ctx.han_gaps())
    if p is None:
        return None
    raw = f"＆nbsp{semi}" * rng.choice([1, 1, 2])
    return _insert(ctx, p, raw, "entity", "fix", "")


@R.form("entity", "f4_guillemet_refs_for_titles")
def ent_guillemets(ctx: Ctx):
    """A cited title's marks written as guillemet references by a converter that mapped 《》 to «»:
    &laquo;…&raquo;, &#171;…&#187;, &#xab;…&#xbb; (fix: 《…》)."""
    rng = ctx.rng
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"《[^》《\n]{2,40}》", _all_lines(ctx))])
    if site is None:
        return None
    s, e = site
    o, c = rng.choice([("&laquo;", "&raquo;"), ("&laquo;", "&raquo;"), ("&#171;", "&#187;"), ("&#xab;", "&#xbb;")])
    return _replace(s, e, o + ctx.text[s + 1:e - 1] + c, "entity", "fix", ctx.text[s:e])


# ======================================================================================
# dup (remove the repeat)


def _dup(ctx: Ctx, orig, at: int, raw: str, where: str, alt=True):
    if not ctx.free(orig[0], orig[1], 0) or not ctx.free(at, at):
        return None
    inj = Inj(at, at, raw, [Gold(0, len(raw), "dup", "remove", "", alt=orig if alt else None, where=where)])
    inj.reserve = [orig]
    return inj


@R.form("dup", "f1_clause_opening_stutter")
def dup_stutter(ctx: Ctx):
    """The first two to four characters of a clause typed twice (a retyping slip): ，加强加强组织领导."""
    rng = ctx.rng
    sites = []
    for i in ctx.prose_lines():
        s, e, line = ctx.lines[i]
        starts = [ctx.marker_end(i)] + [s + m.end() for m in re.finditer("[，；。：]", line)]
        for a in starts:
            n = rng.choice([2, 2, 3, 4])
            w = ctx.text[a:a + n]
            if len(w) == n and all(is_han(c) for c in w) and ctx.text[a + n:a + 2 * n] != w and a + n < e:
                sites.append((a, a + n))
    for a, b in ctx.shuffled(sites):
        inj = _dup(ctx, (a, b), b, ctx.text[a:b], "inline")
        if inj:
            return inj
    return None


@R.form("dup", "f2_sentence_after_next")
def dup_after_next(ctx: Ctx):
    """A sentence repeated after the sentence that follows it, inside the same paragraph (A。B。A。)."""
    sents = ctx.sentences(min_len=8)
    pairs = [(a, b) for a, b in zip(sents, sents[1:]) if a[1] == b[0] and ctx.line_of(a[0]) == ctx.line_of(b[1])]
    for (s, e), (_, e2) in ctx.shuffled(pairs):
        if e - s > 120:
            continue
        if not ctx.free(s, e2, 0):
            continue
        inj = _dup(ctx, (s, e), e2, ctx.text[s:e], "inline", alt=False)
        if inj:
            return inj
    return None


@R.form("dup", "f3_short_line_repeated")
def dup_short_line(ctx: Ctx):
    """A short line that is no paragraph repeated on the next line: the document number, the addressee
    line (各位代表：), an outline heading with no sentence mark."""
    cands = []
    for i in range(1, ctx.signature_line):
        s, e, line = ctx.lines[i]
        if not line or len(line) > 40:
            continue
        if _DOCNUM.fullmatch(line) or (line.endswith("：") and len(line) < 30) or \
                (any(m.line == i for m in ctx.markers) and not re.search("[，。；]", line)):
            cands.append(i)
    for i in ctx.shuffled(cands):
        s, e, line = ctx.lines[i]
        inj = _dup(ctx, (s, e), e, "\n" + line, "line")
        if inj:
            return inj
    return None


@R.form("dup", "f4_paragraph_inside_next")
def dup_para_inside_next(ctx: Ctx):
    """A whole short paragraph pasted again between two sentences of the paragraph after it."""
    prose = ctx.prose_lines(20)
    for i in ctx.shuffled(prose):
        if i + 1 not in prose:
            continue
        s, e, line = ctx.lines[i]
        if len(line) > 160 or not line.endswith("。"):
            continue
        a0 = ctx.marker_end(i)
        body = ctx.text[a0:e]
        if len(body) < 20:
            continue
        nxt = [b for a, b in ctx.sentences([i + 1]) if b < ctx.lines[i + 1][1]]
        for at in ctx.shuffled(nxt):
            inj = _dup(ctx, (a0, e), at, body, "inline", alt=False)
            if inj:
                return inj
    return None


# ======================================================================================
# figure (flag; repair = the base figure)


def _fig_sites(ctx: Ctx, pattern):
    return [(s, e, m) for s, e, m in ctx.matches(pattern)]


@R.form("figure", "f1_float_residue")
def fig_float(ctx: Ctx):
    """A figure with the binary residue of a spreadsheet or script float: 12.300000000000001亿元,
    54.99999999999999%, 87.69999999999999万."""
    rng = ctx.rng
    for s, e, m in ctx.shuffled(_fig_sites(ctx, r"(?<![0-9.])[1-9][0-9]{0,3}(\.[0-9]{1,2})?(?=[%万亿])")):
        if not ctx.free(s, e):
            continue
        t = m.group(0)
        intpart, _, dec = t.partition(".")
        total = 16 if rng.random() < 0.5 else 17
        if rng.random() < 0.5 or (dec and dec[-1] == "0"):
            # just above: pad with zeros and a last 1 or 2
            frac = dec or ""
            pad = max(total - len(intpart) - len(frac) - 1, 3)
            raw = f"{intpart}.{frac}{'0' * pad}{rng.choice('12')}"
        else:
            # just below: the last digit one less, then nines
            digits = intpart + dec
            n = int(digits) - 1
            k = len(dec)
            s_n = str(n).rjust(k + 1, "0")
            ip, fp = (s_n[:-k], s_n[-k:]) if k else (s_n, "")
            if not ip:
                continue
            pad = max(total - len(ip) - len(fp), 3)
            raw = f"{ip}.{fp}{'9' * pad}"
        return _replace(s, e, raw, "figure", "flag", raw, repair=t)
    return None


@R.form("figure", "f2_scientific_notation")
def fig_sci(ctx: Ctx):
    """A figure pasted from a spreadsheet in scientific notation: 1.44E+03个, 2.1e+04人, 3.065E3万元."""
    rng = ctx.rng
    for s, e, m in ctx.shuffled(_fig_sites(ctx, r"(?<![0-9.])[1-9][0-9]{2,6}(?![0-9.])(?=[%s%%])(?![年月日号])" % HAN)):
        if not ctx.free(s, e):
            continue
        t = m.group(0)
        exp = len(t) - 1
        mant = (t[0] + "." + t[1:]).rstrip("0").rstrip(".")
        style = rng.randrange(3)
        raw = [f"{mant}E+{exp:02d}", f"{mant}e+{exp:02d}", f"{mant}E{exp}"][style]
        return _replace(s, e, raw, "figure", "flag", raw, repair=t)
    return None


@R.form("figure", "f3_cell_too_narrow")
def fig_hashes(ctx: Ctx):
    """A figure shown as the hash run of a spreadsheet cell too narrow for it: 新增学位#####个."""
    rng = ctx.rng
    site = ctx.pick_span([(s, e) for s, e, _ in
                          _fig_sites(ctx, r"(?<![0-9.])[0-9]+(\.[0-9]+)?(?![0-9.])(?=[%s%%])(?![年月日号])" % HAN)])
    if site is None:
        return None
    s, e = site
    raw = "#" * rng.randint(4, 10)
    return _replace(s, e, raw, "figure", "flag", raw, repair=ctx.text[s:e])


@R.form("figure", "f4_leading_zero_count")
def fig_leading_zero(ctx: Ctx):
    """A count or amount padded with a leading zero (a fixed-width field or a lost digit): 08所, 0210名."""
    rng = ctx.rng
    site = ctx.pick_span([(s, e) for s, e, _ in
                          _fig_sites(ctx, r"(?<![0-9.])[1-9][0-9]{0,3}(?=[所个名家人项户座条万亿元])")])
    if site is None:
        return None
    s, e = site
    raw = rng.choice(["0", "0", "00"]) + ctx.text[s:e]
    return _replace(s, e, raw, "figure", "flag", raw, repair=ctx.text[s:e])


# ======================================================================================
# quote (fix, or flag)


@R.form("quote", "f1_lookalike_double_angles")
def quote_lookalike_angles(ctx: Ctx):
    """Title marks typed as look-alike double angles from a Japanese IME or a math palette: ≪…≫, ⟪…⟫
    (fix: 《…》)."""
    rng = ctx.rng
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"《[^》《\n]{2,40}》", _all_lines(ctx))])
    if site is None:
        return None
    s, e = site
    o, c = rng.choice([("≪", "≫"), ("≪", "≫"), ("⟪", "⟫"), ("≪", "》"), ("《", "≫")])
    return _replace(s, e, o + ctx.text[s + 1:e - 1] + c, "quote", "fix", ctx.text[s:e])


_MOJI = {"“": "â€œ", "”": "â€", "《": "ã€Š", "》": "ã€‹"}


@R.form("quote", "f2_marks_mojibake")
def quote_mojibake(ctx: Ctx):
    """Only the marks of a quotation or title mangled, UTF-8 read as cp1252 (the text itself intact):
    â€œ三农â€, ã€Šâ€¦ã€‹ (fix: the marks)."""
    rng = ctx.rng
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"“[^”“\n]{2,16}”|《[^》《\n]{2,40}》", _all_lines(ctx))])
    if site is None:
        return None
    s, e = site
    t = ctx.text[s:e]
    close = _MOJI[t[-1]]
    if t[-1] == "”" and rng.random() < 0.4:
        close = "â€\u009d"
    return _replace(s, e, _MOJI[t[0]] + t[1:-1] + close, "quote", "fix", t)


@R.form("quote", "f3_csv_doubled_straight")
def quote_csv(ctx: Ctx):
    """Straight quotes doubled by a CSV export's escaping: ""三农"" (fix: “三农”)."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"“[^”“\n]{2,16}”")])
    if site is None:
        return None
    s, e = site
    t = ctx.text[s:e]
    return _replace(s, e, '""' + t[1:-1] + '""', "quote", "fix", t)


@R.form("quote", "f4_escaped_angle_titles")
def quote_lt_gt(ctx: Ctx):
    """A cited title between escaped less/greater-than signs: &lt;&lt;…&gt;&gt;, &lt;…&gt; (fix: 《…》)."""
    rng = ctx.rng
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"《[^》《\n]{2,40}》", _all_lines(ctx))])
    if site is None:
        return None
    s, e = site
    o, c = rng.choice([("&lt;&lt;", "&gt;&gt;"), ("&lt;&lt;", "&gt;&gt;"), ("&lt;", "&gt;"), ("&#60;&#60;", "&#62;&#62;")])
    return _replace(s, e, o + ctx.text[s + 1:e - 1] + c, "quote", "fix", ctx.text[s:e])


# ======================================================================================
# garbled (flag; repair = the base text)


def _garble(ctx: Ctx, n_choices, make, tries: int = 20):
    for _ in range(tries):
        n = ctx.rng.choice(n_choices)
        site = ctx.pick_span(han_runs(ctx, n))
        if site is None:
            continue
        s, e = site
        raw = make(ctx.text[s:e])
        if not raw or "\n" in raw:
            continue
        return _replace(s, e, raw, "garbled", "flag", raw, repair=ctx.text[s:e])
    return None


@R.form("garbled", "f1_utf7")
def garbled_utf7(ctx: Ctx):
    """Characters left in UTF-7 (an old mail gateway's encoding): 加强 → +UqBfOg-."""
    def make(h):
        raw = h.encode("utf-7").decode("ascii")
        return raw if ctx.rng.random() < 0.7 else raw.rstrip("-")
    return _garble(ctx, (2, 2, 3, 4), make)


_PUNCT_MOJI = {"，": "ï¼Œ", "。": "ã€‚", "：": "ï¼š", "；": "ï¼›", "（": "ï¼ˆ", "）": "ï¼‰"}


@R.form("garbled", "f2_punct_mojibake")
def garbled_punct(ctx: Ctx):
    """A full-width mark alone turned into UTF-8-read-as-cp1252 letters, the characters around it intact:
    加强管理ï¼Œ确保安全, 工作ã€‚."""
    sites = [(s, e) for s, e, _ in ctx.matches(r"(?<=[%s])[，。：；（）](?=[%s]|$)" % (HAN, HAN))]
    site = ctx.pick_span(sites)
    if site is None:
        return None
    s, e = site
    raw = _PUNCT_MOJI[ctx.text[s]]
    return _replace(s, e, raw, "garbled", "flag", raw, repair=ctx.text[s:e])


@R.form("garbled", "f3_utf8_as_utf16")
def garbled_utf16(ctx: Ctx):
    """UTF-8 bytes read as UTF-16 (a detector's wrong guess): Han turns into other Han, Hangul and
    private-use characters (加强 → 諥…몼)."""
    def make(h):
        b = h.encode("utf-8")
        if len(b) % 2:
            b = b[:-1]
        raw = b.decode("utf-16-le", "replace")
        raw = "".join(c for c in raw if c.isprintable() or 0xE000 <= ord(c) <= 0xF8FF)
        return raw if raw and raw != h else None
    return _garble(ctx, (2, 3, 4), make)


@R.form("garbled", "f4_utf8_as_cp1250")
def garbled_cp1250(ctx: Ctx):
    """UTF-8 bytes read as Windows-1250 (a Central European default): 加强 → ĺŠ ĺĽş (undefined bytes
    dropped)."""
    def make(h):
        raw = h.encode("utf-8").decode("cp1250", "ignore")
        return raw.replace("\u00a0", " ") if raw else None
    return _garble(ctx, (2, 3, 4), make)
