"""HELD-E forms, part 2 (see forms_held_e.py). Do not read while working on the rules."""

from __future__ import annotations

from forms_held_e import R  # noqa: F401  (forms register themselves on import)

import re

from common import HAN, is_han
from forms_common import Ctx, Gold, Inj

_D = "0-9０-９"
_FW = str.maketrans("０１２３４５６７８９", "0123456789")
_CN = "〇一二三四五六七八九"


def _num(s: str) -> int:
    return int(s.translate(_FW))


def _fix1(s, e, raw, expected, cls):
    return Inj(s, e, raw, [Gold(0, len(raw), cls, "fix", expected, where="inline")])


def _all_lines(ctx: Ctx):
    return list(range(1, len(ctx.lines)))


def _no_docnum_lines(ctx: Ctx):
    return [i for i in range(1, len(ctx.lines)) if "〔" not in ctx.lines[i][2]]


# ======================================================================================
# dates (fix: every date here reads one way)

_FULL = re.compile(r"(?<![0-9])([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日")
_MD_ANY = re.compile(f"(?<![{_D}])(?:[{_D}]{{4}}年)?[{_D}]{{1,2}}月[{_D}]{{1,2}}日")


@R.form("dates", "e1_zero_padded_whole")
def date_zero_padded(ctx: Ctx):
    """A whole date whose month and day were given a leading zero (a form field or a CMS date
    widget, against 月、日不编虚位): 2021年3月9日 → 2021年03月09日, 2022年2月18日 → 2022年02月18日."""
    sites = [(s, e, m) for s, e, m in ctx.matches(_FULL, _no_docnum_lines(ctx))
             if int(m.group(2)) < 10 or int(m.group(3)) < 10]
    site = ctx.pick_span(sites)
    if site is None:
        return None
    s, e, m = site
    y, mo, d = m.group(1), int(m.group(2)), int(m.group(3))
    raw = f"{y}年{mo:02d}月{d:02d}日"
    return _fix1(s, e, raw, ctx.text[s:e], "dates")


@R.form("dates", "e2_hao_for_ri")
def date_hao(ctx: Ctx):
    """The day written with the colloquial 号 instead of 日 (typed as spoken): 3月29日前 → 3月29号前,
    ３月１５日电 → ３月１５号电 (fix: 日)."""
    site = ctx.pick_span(ctx.matches(_MD_ANY, _no_docnum_lines(ctx)))
    if site is None:
        return None
    s, e, _ = site
    inj = _fix1(e - 1, e, "号", "日", "dates")
    inj.reserve = [(s, e)]
    return inj


def _cn_digits(n: str, zero: str) -> str:
    return "".join(zero if c == "0" else _CN[int(c)] for c in n)


def _cn_count(n: int) -> str:
    if n < 10:
        return _CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "")


@R.form("dates", "e3_part_in_cn_numerals")
def date_part_cn(ctx: Ctx):
    """One part of an Arabic-figure date written in Chinese numerals (an older template's
    二〇二一年 or a spoken 三月 kept in an otherwise Arabic date): 二〇二一年3月29日, 二○二二年2月18日,
    2021年三月29日, 2021年3月二十九日 (fix: Arabic figures like the rest)."""
    site = ctx.pick_span(ctx.matches(_FULL, _no_docnum_lines(ctx)))
    if site is None:
        return None
    s, e, m = site
    rng = ctx.rng
    part = rng.choice([1, 1, 2, 3])
    a, b = m.start(part) - m.start(0), m.end(part) - m.start(0)
    fig = m.group(part)
    if part == 1:
        cn = _cn_digits(fig, rng.choice(["〇", "〇", "○", "零"]))
    else:
        cn = _cn_count(int(fig))
    return Inj(s + a, s + b, cn, [Gold(0, len(cn), "dates", "fix", fig, where="inline")], reserve=[(s, e)])


@R.form("dates", "e4_han_zero_in_figure")
def date_han_zero(ctx: Ctx):
    """A zero of a date figure typed as the Han numeral 〇 or the circle ○ (the IME's ling):
    2〇21年3月29日, 2021年1○月8日, 20○3年3月5日 (fix: 0)."""
    sites = [(s, e, m) for s, e, m in ctx.matches(_FULL, _no_docnum_lines(ctx)) if "0" in m.group(0)]
    site = ctx.pick_span(sites)
    if site is None:
        return None
    ds, de, m = site
    g = ctx.rng.choice([g for g in (1, 2, 3) if "0" in m.group(g)])
    s, e = ds + m.start(g) - m.start(0), ds + m.end(g) - m.start(0)
    fig = ctx.text[s:e]
    zero = ctx.rng.choice(["〇", "〇", "○"])
    idx = [i for i, c in enumerate(fig) if c == "0"]
    if len(idx) > 1 and ctx.rng.random() < 0.5:
        raw = fig.replace("0", zero)
    else:
        k = ctx.rng.choice(idx)
        raw = fig[:k] + zero + fig[k + 1:]
    inj = _fix1(s, e, raw, fig, "dates")
    inj.reserve = [(ds, de)]
    return inj


# ======================================================================================
# punct (fix: the Chinese mark)


@R.form("punct", "e1_marker_ascii_parens")
def punct_marker_parens(ctx: Ctx):
    """An outline marker typed with half-width parentheses at the head of its line, while the
    document's other markers are full-width: (一)加强… / (3)开展… (fix: （一） / （3））."""
    sites = []
    for i in range(1, ctx.signature_line):
        s, e, line = ctx.lines[i]
        m = re.match(r"（([一二三四五六七八九十]{1,3}|[0-9]{1,2})）(?=[%s])" % HAN, line)
        if m:
            sites.append((s, s + m.end()))
    site = ctx.pick_span(sites)
    if site is None:
        return None
    s, e = site
    raw = "(" + ctx.text[s + 1:e - 1] + ")"
    return Inj(s, e, raw, [Gold(0, 1, "punct", "fix", "（", where="inline"),
                           Gold(len(raw) - 1, len(raw), "punct", "fix", "）", where="inline")])


@R.form("punct", "e2_ascii_mark_after_figure")
def punct_after_figure(ctx: Ctx):
    """An ASCII comma or semicolon right after a figure or a percent sign, before Chinese text
    (the figure typed in English mode, the mark with it): 增长9.9%,财政收入 / 12所;新增 (fix: ，/；)."""
    pat = re.compile(f"(?<=[{_D}%％])[，；](?=[{HAN}])")
    site = ctx.pick_span(ctx.matches(pat))
    if site is None:
        return None
    s, e, _ = site
    mark = ctx.text[s]
    return _fix1(s, e, {"，": ",", "；": ";"}[mark], mark, "punct")


@R.form("punct", "e3_title_marks_lookalike")
def punct_title_marks(ctx: Ctx):
    """Book-title marks typed as doubled less/greater-than signs or as the much-less-than
    signs of a symbol table: <<食品安全法>>, ＜＜…＞＞, ≪…≫ (fix: 《…》)."""
    sites = [(s, e) for s, e, _ in ctx.matches(r"《[^《》〈〉\n]{2,30}》", _all_lines(ctx))]
    site = ctx.pick_span(sites)
    if site is None:
        return None
    s, e = site
    a, b = ctx.rng.choice([("<<", ">>"), ("<<", ">>"), ("＜＜", "＞＞"), ("≪", "≫")])
    raw = a + ctx.text[s + 1:e - 1] + b
    return Inj(s, e, raw, [Gold(0, len(a), "punct", "fix", "《", where="inline"),
                           Gold(len(raw) - len(b), len(raw), "punct", "fix", "》", where="inline")])


@R.form("punct", "e4_dash_as_yi")
def punct_dash_yi(ctx: Ctx):
    """A 破折号 typed as two Han 一 (yi yi picked for the dash, or an OCR reading):
    ——2006年3月5日在… → 一一2006年…, 小康——全面 → 小康一一全面 (fix: ——)."""
    sites = []
    for s, e, m in ctx.matches("——", _all_lines(ctx)):
        nxt = ctx.text[e:e + 1]
        prv = ctx.text[s - 1:s] if s > 0 else ""
        # not between two 一-like neighbours, where 一一 could read as a word
        if nxt != "一" and prv != "一":
            sites.append((s, e))
    site = ctx.pick_span(sites)
    if site is None:
        return None
    s, e = site
    return _fix1(s, e, "一一", "——", "punct")


# ======================================================================================
# space (fix: the blank goes)


@R.form("space", "e1_in_doc_number")
def space_doc_number(ctx: Ctx):
    """A blank inside a document number (a table cell or a justified line): 江教发 〔2023〕31号,
    江教发〔2023〕 31号, 江教发〔2023〕31 号, 江教发〔 2023〕31号 (fix: it goes)."""
    pts = []
    for s, e, m in ctx.matches(r"[%s]+(〔)[0-9]{4}(〕)[0-9]{1,3}(号)" % HAN, _all_lines(ctx)):
        o = s - m.start(0)
        pts += [o + m.start(1), o + m.start(1) + 1, o + m.start(2) + 1, o + m.start(3)]
    p = ctx.pick_point(pts)
    if p is None:
        return None
    raw = ctx.rng.choice([" ", " ", "\u3000", "\u00a0", "  "])
    return Inj(p, p, raw, [Gold(0, len(raw), "space", "fix", "", where="inline")])


@R.form("space", "e2_blank_only_line")
def space_blank_line(ctx: Ctx):
    """A line holding only blanks between two paragraphs (an empty <p>&nbsp;</p> or a
    paragraph of indent only, copied as text): 　　⏎, ␣␣⏎, NBSP⏎ (fix: the line goes)."""
    p = ctx.pick_point(ctx.boundaries("between"))
    if p is None:
        return None
    rng = ctx.rng
    ws = rng.choice(["\u3000\u3000", "\u3000\u3000", "  ", "    ", "\u00a0", "\u00a0\u00a0", " \u3000", "\t"])
    return ctx.line_inj(p, ws, {"cls": "space", "action": "fix", "expected": ""}, "line")


@R.form("space", "e3_inside_article_number")
def space_article_number(ctx: Ctx):
    """Blanks inside a chapter or article number at a line's head (a PDF's spaced characters):
    第 三 条, 第三 条, 第 十二 章 (fix: they go; the space after 第三条 stays)."""
    sites = []
    for i in range(1, ctx.signature_line):
        s, e, line = ctx.lines[i]
        m = re.match(r"第[一二三四五六七八九十百]+[章条节]", line)
        if m:
            sites.append((s, s + m.end()))
    site = ctx.pick_span(sites)
    if site is None:
        return None
    s, e = site
    num = ctx.text[s + 1:e - 1]
    rng = ctx.rng
    blank = rng.choice([" ", " ", "\u3000", "\u00a0"])
    mode = rng.choice(["both", "both", "before", "after"])
    raw = "第"
    golds = []
    if mode in ("both", "before"):
        golds.append(Gold(len(raw), len(raw) + len(blank), "space", "fix", "", where="line"))
        raw += blank
    raw += num
    if mode in ("both", "after"):
        golds.append(Gold(len(raw), len(raw) + len(blank), "space", "fix", "", where="line"))
        raw += blank
    raw += ctx.text[e - 1]
    return Inj(s, e, raw, golds)


@R.form("space", "e4_title_centring_run")
def space_title_centring(ctx: Ctx):
    """The title line centred with a run of leading blanks (a text export of a centred
    heading): ␣×12关于…的通知, 　×6云溪县… (fix: the run goes)."""
    if not ctx.free(0, 0):
        return None
    rng = ctx.rng
    raw = rng.choice(["\u3000" * rng.randint(4, 10), " " * rng.randint(8, 24), "\u00a0" * rng.randint(6, 16),
                      "\t\t", "\u3000" * 3 + " " * 4])
    return Inj(0, 0, raw, [Gold(0, len(raw), "space", "fix", "", where="top")])


# ======================================================================================
# entity (fix: what the reference stands for)


@R.form("entity", "e1_spaced_nbsp")
def ent_spaced_nbsp(ctx: Ctx):
    """A space reference broken by a blank after its & (a filter that spaced out & before
    escaping): 加强& nbsp;管理, & nbsp;& nbsp;, & #160; (a stray space: it goes)."""
    p = ctx.pick_point(ctx.han_gaps())
    if p is None:
        return None
    raw = ctx.rng.choice(["& nbsp;", "& nbsp;", "& nbsp;& nbsp;", "& nbsp; & nbsp;", "& #160;"])
    return Inj(p, p, raw, [Gold(0, len(raw), "entity", "fix", "", where="inline")])


_MARKS = "，。、：；"


@R.form("entity", "e2_json_unicode_escape")
def ent_json_escape(ctx: Ctx):
    """A Chinese mark left as a JSON/JavaScript \\u escape (text taken from an API response
    without decoding it): 加强\\uff0c完善, \\u3001, \\u201c放管服\\u201d (fix: the mark)."""
    rng = ctx.rng
    upper = rng.random() < 0.3

    def esc(ch):
        h = f"{ord(ch):04x}"
        return "\\u" + (h.upper() if upper else h)

    if rng.random() < 0.35:
        site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"“[^“”\n]{1,20}”")])
        if site is not None:
            s, e = site
            a, b = esc("“"), esc("”")
            raw = a + ctx.text[s + 1:e - 1] + b
            return Inj(s, e, raw, [Gold(0, len(a), "entity", "fix", "“", where="inline"),
                                   Gold(len(raw) - len(b), len(raw), "entity", "fix", "”", where="inline")])
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(f"(?<=[{HAN}])[{_MARKS}](?=[{HAN}])")])
    if site is None:
        return None
    s, e = site
    ch = ctx.text[s]
    return _fix1(s, e, esc(ch), ch, "entity")


def _pct(ch: str, lower: bool) -> str:
    out = "".join(f"%{b:02X}" for b in ch.encode("utf-8"))
    return out.lower() if lower else out


@R.form("entity", "e3_percent_encoded")
def ent_percent_encoded(ctx: Ctx):
    """A character left percent-encoded (text taken from a URL or a form post): a blank as %20
    or %E3%80%80 between Chinese words (it goes), a mark as %EF%BC%8C / %E3%80%81 (the mark)."""
    rng = ctx.rng
    lower = rng.random() < 0.25
    if rng.random() < 0.5:
        p = ctx.pick_point(ctx.han_gaps())
        if p is None:
            return None
        raw = rng.choice(["%20", "%20", "%E3%80%80", "%20%20"]) if not lower else rng.choice(["%20", "%e3%80%80"])
        return Inj(p, p, raw, [Gold(0, len(raw), "entity", "fix", "", where="inline")])
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(f"(?<=[{HAN}])[{_MARKS}](?=[{HAN}])")])
    if site is None:
        return None
    s, e = site
    ch = ctx.text[s]
    return _fix1(s, e, _pct(ch, lower), ch, "entity")


@R.form("entity", "e4_docnum_brackets_refs")
def ent_docnum_brackets(ctx: Ctx):
    """The hexagonal brackets of a document number written as references (a CMS escaping
    what its font lacks): 江教发&#12308;2023&#12309;31号, &#x3014;…&#x3015; (fix: 〔…〕)."""
    sites = [(s, e) for s, e, _ in ctx.matches(r"〔[0-9]{4}〕", _all_lines(ctx))]
    site = ctx.pick_span(sites)
    if site is None:
        return None
    s, e = site
    rng = ctx.rng
    style = rng.choice(["dec", "dec", "hex", "HEX"])
    a, b = {"dec": ("&#12308;", "&#12309;"), "hex": ("&#x3014;", "&#x3015;"),
            "HEX": ("&#X3014;", "&#X3015;")}[style]
    raw = a + ctx.text[s + 1:e - 1] + b
    return Inj(s, e, raw, [Gold(0, len(a), "entity", "fix", "〔", where="inline"),
                           Gold(len(raw) - len(b), len(raw), "entity", "fix", "〕", where="inline")])


@R.form("entity", "e5_python_escape_literal")
def ent_python_escape(ctx: Ctx):
    """A blank left as the literal escape a crawler's repr() wrote (\\xa0, \\u3000) between
    Chinese words or as a paragraph's indent: 加强\\xa0管理, \\u3000\\u3000各地区… (it goes)."""
    rng = ctx.rng
    if rng.random() < 0.5:
        p = ctx.pick_point([ctx.lines[i][0] for i in ctx.prose_lines()])
        raw = rng.choice(["\\u3000\\u3000", "\\xa0\\xa0", "\\xa0\\xa0\\xa0\\xa0", "\\u3000"])
    else:
        p = ctx.pick_point(ctx.han_gaps())
        raw = rng.choice(["\\xa0", "\\xa0", "\\u3000", "\\xa0\\xa0"])
    if p is None:
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "entity", "fix", "", where="inline")])
