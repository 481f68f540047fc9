"""More TUNE forms (round 9): quote and entity, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.

entity (fix: the decoded text; flag where no character exists): a Chinese word or mark written
in another escape syntax than HTML's: JavaScript/JSON \\uXXXX (and \\u{XXXX}), percent-encoded
UTF-8 outside any URL (%E5%8C%BB), quoted-printable =E5=8C=BB, Python byte escapes \\xe5\\x8c\\xbb;
HTML references typed with full-width ＆ ＃ ； (an IME left in full-width mode); numeric references
that lost their # (&65292; &x4e2d;); references to code points that are no character (a surrogate,
a noncharacter, beyond U+10FFFF: flag, nothing to decode to).

quote (fix or flag): a quotation running to the paragraph end whose ” was lost (flag); a title
closed or opened by a single angle mark (《…〉, 〈…》, 《…>: fix); full-width straight ＂ on one side
of a curly quotation (“…＂, ＂…”: fix); an inner ‘ whose ’ was lost inside a “…” (flag); straight
quotes in a short heading line (fix); two quotations on a line with the marks between them
straight (“…"、"…”: fix).

protected (keep): percent escapes inside a URL's query, a spreadsheet formula (=E2/D2), geographic
coordinates with prime marks (120°15'30").
"""

from __future__ import annotations

import re

from common import HAN
from forms_common import Ctx, Gold, Inj, han_runs
from forms_tune import R, _protect  # noqa: F401  (forms register themselves on import)

# ======================================================================================
# entity


def _fix_span(s: int, e: int, raw: str, expected: str, family: str = "entity") -> Inj:
    return Inj(s, e, raw, [Gold(0, len(raw), family, "fix", expected, where="inline")])


def _han_word(ctx: Ctx):
    """A run of 2-4 Han characters (with Han on both sides) to encode."""
    n = ctx.rng.choice([1, 2, 2, 3, 4])
    return ctx.pick_span(han_runs(ctx, n))


def _utf8_hex(text: str, upper: bool) -> list[str]:
    return [f"{b:02X}" if upper else f"{b:02x}" for b in text.encode("utf-8")]


@R.form("entity", "t46_js_unicode_escapes")
def ent_js_unicode(ctx: Ctx):
    """A Chinese word (or the mark beside it) left as JavaScript/JSON escapes by a scraper that
    saved a script string: \\u533b\\u4fdd, \\u533B\\u4FDD, \\u{533b}\\u{4fdd}."""
    site = _han_word(ctx)
    if site is None:
        return None
    s, e = site
    word = ctx.text[s:e]
    style = ctx.rng.choice(["lower", "upper", "brace"])
    if style == "brace":
        raw = "".join(f"\\u{{{ord(c):x}}}" for c in word)
    else:
        raw = "".join(f"\\u{ord(c):04X}" if style == "upper" else f"\\u{ord(c):04x}" for c in word)
    return _fix_span(s, e, raw, word)


@R.form("entity", "t47_percent_encoded_in_text")
def ent_percent_text(ctx: Ctx):
    """A Chinese word percent-encoded in running text (a search keyword or a link label copied
    from the address bar, not inside any URL): 推进%E5%8C%BB%E4%BF%9D改革, lower-case hex too."""
    site = _han_word(ctx)
    if site is None:
        return None
    s, e = site
    word = ctx.text[s:e]
    raw = "".join("%" + h for h in _utf8_hex(word, ctx.rng.random() < 0.7))
    return _fix_span(s, e, raw, word)


@R.form("entity", "t48_quoted_printable")
def ent_quoted_printable(ctx: Ctx):
    """A Chinese word in quoted-printable from an e-mailed notice: =E5=8C=BB=E4=BF=9D."""
    site = _han_word(ctx)
    if site is None:
        return None
    s, e = site
    word = ctx.text[s:e]
    raw = "".join("=" + h for h in _utf8_hex(word, True))
    return _fix_span(s, e, raw, word)


@R.form("entity", "t49_python_byte_escapes")
def ent_python_bytes(ctx: Ctx):
    """A Chinese word printed as a Python bytes repr by a crawler log: \\xe5\\x8c\\xbb\\xe4\\xbf\\x9d."""
    site = _han_word(ctx)
    if site is None:
        return None
    s, e = site
    word = ctx.text[s:e]
    raw = "".join("\\x" + h for h in _utf8_hex(word, ctx.rng.random() < 0.3))
    return _fix_span(s, e, raw, word)


@R.form("entity", "t50_fullwidth_reference")
def ent_fullwidth_ref(ctx: Ctx):
    """An HTML reference typed with full-width ＆ / ＃ / ； (an IME left in full-width mode):
    加强＆nbsp；管理, ＆ldquo；…＆rdquo；, ＆＃65292； for a comma, ＆#x3001；."""
    rng = ctx.rng
    kind = rng.choice(["space", "quote", "mark"])
    if kind == "quote":
        site = ctx.pick_span(ctx.matches(r"“[^“”\n]{1,20}”"))
        if site is not None:
            s, e, _ = site
            raw_a, raw_b = "＆ldquo；", "＆rdquo；"
            inner = ctx.text[s + 1:e - 1]
            raw = raw_a + inner + raw_b
            return Inj(s, e, raw, [Gold(0, len(raw_a), "entity", "fix", "“", where="inline"),
                                   Gold(len(raw) - len(raw_b), len(raw), "entity", "fix", "”", where="inline")])
    if kind == "mark":
        site = ctx.pick_span(ctx.matches(f"(?<=[{HAN}])[，、；](?=[{HAN}])"))
        if site is not None:
            s, e, _ = site
            ch = ctx.text[s]
            raw = rng.choice([f"＆＃{ord(ch)}；", f"＆#{ord(ch)}；", f"＆#x{ord(ch):x}；", f"&#{ord(ch)}；"])
            return _fix_span(s, e, raw, ch)
    p = ctx.pick_point(ctx.han_gaps())
    if p is None:
        return None
    raw = rng.choice(["＆nbsp；", "＆nbsp；＆nbsp；", "&nbsp；", "＆nbsp;"])
    return Inj(p, p, raw, [Gold(0, len(raw), "entity", "fix", "", where="inline")])


@R.form("entity", "t51_numeric_without_hash")
def ent_without_hash(ctx: Ctx):
    """A numeric reference whose # was dropped by a filter that strips '#': 加强&65292;管理,
    &12289;, &x3001;, &xff1b;."""
    site = ctx.pick_span(ctx.matches(f"(?<=[{HAN}])[，、；：](?=[{HAN}])"))
    if site is None:
        return None
    s, e, _ = site
    ch = ctx.text[s]
    raw = ctx.rng.choice([f"&{ord(ch)};", f"&x{ord(ch):x};", f"&{ord(ch)};"])
    return _fix_span(s, e, raw, ch)


@R.form("entity", "t52_reference_to_no_character")
def ent_no_character(ctx: Ctx):
    """A numeric reference to a code point that is no character (a lone surrogate from a UTF-16
    split, a noncharacter, a number beyond U+10FFFF): nothing to decode to, so flag it."""
    p = ctx.pick_point(ctx.han_gaps())
    if p is None:
        return None
    raw = ctx.rng.choice(["&#xD83D;", "&#55357;", "&#xFFFF;", "&#65535;", "&#xFDD0;",
                          "&#1114112;", "&#x110000;", "&#xDC4D;"])
    return Inj(p, p, raw, [Gold(0, len(raw), "entity", "flag", raw, repair="", where="inline")])


@R.form("protected", "t_r9_escape_lookalikes")
def prot_escape_lookalikes(ctx: Ctx):
    """Correct text that looks like an escape: percent escapes in a URL's query, a spreadsheet
    formula with =E2, an ampersand in a name."""
    rng = ctx.rng
    url = rng.choice(["https://www.example.gov.cn/search?q=%E5%8C%BB%E4%BF%9D&page=2",
                      "http://zwfw.example.gov.cn/s?kw=%e4%b8%ad%e5%8c%bb&type=1"])
    return rng.choice([
        lambda: _protect(ctx, f"政策原文可访问{url}检索。", [url]),
        lambda: _protect(ctx, "完成率按=E2/D2计算，结果保留一位小数。", ["=E2/D2"]),
        lambda: _protect(ctx, "联合发布单位包括A&E医疗集团。", ["A&E"]),
    ])()


# ======================================================================================
# quote


def _flag(s: int, e: int, raw: str, base: str) -> Inj:
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "flag", raw, repair=base, where="inline")])


@R.form("quote", "t40_unclosed_at_paragraph_end")
def quote_unclosed_para_end(ctx: Ctx):
    """A quotation that ends its paragraph (…“最多跑一次”。) with its ” lost, so the “ runs to the
    line end: …“最多跑一次。 (flag)."""
    site = ctx.pick_span(ctx.matches(r"“[^“”\n]{1,20}”[。！]?$", lines=None))
    if site is None:
        site = ctx.pick_span(ctx.matches(r"“[^“”\n]{1,20}”"))
        if site is None:
            return None
    s, e, m = site
    base = ctx.text[s:e]
    raw = base.replace("”", "", 1)
    return _flag(s, e, raw, base)


@R.form("quote", "t41_title_mixed_angle")
def quote_title_mixed_angle(ctx: Ctx):
    """A title opened by 《 and closed by a single angle mark or a less-than sign, or the other
    way round (the two keys sit together on a Chinese IME): 《…〉, 〈…》, 《…>, 《…＞ (fix: 《…》)."""
    site = ctx.pick_span(ctx.matches(r"《[^《》〈〉\n]{2,30}》"))
    if site is None:
        return None
    s, e, _ = site
    inner = ctx.text[s + 1:e - 1]
    a, b = ctx.rng.choice([("《", "〉"), ("〈", "》"), ("《", ">"), ("《", "＞"), ("＜", "》")])
    return _fix_span(s, e, a + inner + b, ctx.text[s:e], "quote")


@R.form("quote", "t42_fullwidth_straight_with_curly")
def quote_fw_straight_curly(ctx: Ctx):
    """One mark of a curly quotation typed as the full-width straight ＂: “放管服＂, ＂放管服”
    (fix: the curly mark the other side asks for)."""
    site = ctx.pick_span(ctx.matches(r"“[^“”\n]{1,20}”"))
    if site is None:
        return None
    s, e, _ = site
    inner = ctx.text[s + 1:e - 1]
    raw = ctx.rng.choice(["“" + inner + "＂", "＂" + inner + "”"])
    return _fix_span(s, e, raw, ctx.text[s:e], "quote")


@R.form("quote", "t43_inner_single_unclosed")
def quote_inner_single_unclosed(ctx: Ctx):
    """An inner quotation mark ‘ inside a “…” whose ’ was lost: “推进‘放管服改革” (flag; the
    repair is the base text without the stray ‘)."""
    site = ctx.pick_span(ctx.matches(r"“[^“”‘’\n]{3,20}”"))
    if site is None:
        return None
    s, e, _ = site
    base = ctx.text[s:e]
    k = ctx.rng.randint(1, len(base) - 3)
    raw = base[:k] + "‘" + base[k:]
    return _flag(s, e, raw, base)


@R.form("quote", "t44_straight_in_heading")
def quote_straight_heading(ctx: Ctx):
    """Straight quotes in a short heading or table-cell line (not prose): （一）推进"放管服"改革
    (fix: “ ”)."""
    lines = [i for i in ctx.body_range() if len(ctx.lines[i][2]) < 30]
    site = ctx.pick_span(ctx.matches(r"“[^“”\n]{1,20}”", lines=lines))
    if site is None:
        return None
    s, e, _ = site
    raw = '"' + ctx.text[s + 1:e - 1] + '"'
    return _fix_span(s, e, raw, ctx.text[s:e], "quote")


@R.form("quote", "t45_straight_between_two_quotations")
def quote_straight_between(ctx: Ctx):
    """Two quotations on one line where the marks between them were typed straight, so each
    straight mark pairs with a curly one already on the line: “放管服"、"最多跑一次” (fix: ” “)."""
    site = ctx.pick_span(ctx.matches(r"“[^“”\n]{1,20}”[^“”\n]{0,3}“[^“”\n]{1,20}”"))
    if site is None:
        return None
    s, e, _ = site
    base = ctx.text[s:e]
    k1 = base.index("”")
    k2 = base.index("“", k1)
    raw = base[:k1] + '"' + base[k1 + 1:k2] + '"' + base[k2 + 1:]
    return _fix_span(s, e, raw, base, "quote")


@R.form("protected", "t_r9_prime_marks")
def prot_prime_marks(ctx: Ctx):
    """Correct prime marks and inch marks that look like straight quotes: coordinates and a
    screen size."""
    rng = ctx.rng
    c = f"东经120°{rng.randint(10, 59)}'{rng.randint(10, 59)}\""
    return rng.choice([
        lambda: _protect(ctx, f"监测点位于{c}处。", [c]),
        lambda: _protect(ctx, "配备55\"液晶显示屏2台。", ['55"']),
    ])()
