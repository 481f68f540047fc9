"""HELD-C forms, part 3 (see forms_held_c.py): scored in aggregate only, never read while tuning."""

from __future__ import annotations

from forms_held_c import R  # noqa: F401  (forms register themselves on import)

import re

from common import HAN, is_han
from forms_common import Ctx, Gold, Inj, han_runs, is_digit

_Q = "“[^“”\n]{1,20}”"
_T = "《[^《》\n]{2,40}》"


def _body(ctx: Ctx):
    return list(ctx.body_range())


# ======================================================================================
# punct (fix)


@R.form("punct", "c1_doubled_mark")
def punct_doubled_mark(ctx: Ctx):
    """A full-width mark typed twice (a key held or pressed again): 加强管理，，完善制度 /
    落实。。下一步 / 北京、、上海 (fix: one mark)."""
    spans = [(s, e) for s, e, _ in ctx.matches(f"(?<=[{HAN}])[，、；](?=[{HAN}])")]
    spans += [(s, e) for s, e, _ in ctx.matches(f"(?<=[{HAN}])。(?=[{HAN}]|$)")]
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    mark = ctx.text[s]
    raw = mark * ctx.rng.choice((2, 2, 3))
    return Inj(s, e, raw, [Gold(0, len(raw), "punct", "fix", mark, where="inline")])


@R.form("punct", "c2_english_comma_space")
def punct_english_comma_space(ctx: Ctx):
    """A mark typed English-style with the space after it that English wants: 加强管理, 完善制度 /
    落实责任; 强化考核 (fix: the full-width mark, the space goes)."""
    mark, ascii_ = ctx.rng.choice([("，", ","), ("，", ","), ("；", ";")])
    spans = [(s, e) for s, e, _ in ctx.matches(f"(?<=[{HAN}]){mark}(?=[{HAN}])")]
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    raw = ascii_ + ctx.rng.choice([" ", " ", "  ", "\u00a0"])
    return Inj(s, e, raw, [Gold(0, len(raw), "punct", "fix", mark, where="inline")])


@R.form("punct", "c3_half_bracket_one_side")
def punct_half_bracket_one_side(ctx: Ctx):
    """One bracket of a full-width pair typed half-width, the other right: （试行) / (含民办学校）
    (fix: that bracket full-width)."""
    spans = [(s, e) for s, e, m in ctx.matches(r"（([^（）()\n]{1,16})）") if any(is_han(c) for c in m.group(1))
             and s > ctx.lines[ctx.line_of(s)][0] + 1 and is_han(ctx.text[s - 1])]
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    inner = ctx.text[s + 1:e - 1]
    if ctx.rng.random() < 0.5:
        raw = "(" + inner + "）"
        return Inj(s, e, raw, [Gold(0, 1, "punct", "fix", "（", where="inline")])
    raw = "（" + inner + ")"
    return Inj(s, e, raw, [Gold(len(raw) - 1, len(raw), "punct", "fix", "）", where="inline")])


@R.form("punct", "c4_dash_hyphens")
def punct_dash_hyphens(ctx: Ctx):
    """A 破折号 typed with hyphens or as a single em dash: --, ----, －－ (full-width hyphen-minus),
    — (one em dash) (fix: ——)."""
    spans = [(s, e) for s, e, _ in ctx.matches("——", range(1, len(ctx.lines)))
             if s > 0 and ctx.text[s - 1] != "—" and ctx.text[e:e + 1] != "—"]
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    raw = ctx.rng.choice(["--", "----", "\uff0d\uff0d", "\u2014", "\u2014"])
    return Inj(s, e, raw, [Gold(0, len(raw), "punct", "fix", "——", where="inline")])


@R.form("punct", "c5_colon_before_quote_or_figure")
def punct_colon_before_quote(ctx: Ctx):
    """A half-width colon (with or without a space) after Chinese text and before a quotation,
    a title or a figure: 提出:“…” / 目标是: 95% (fix: ：)."""
    spans = [(s, e) for s, e, _ in ctx.matches(f"(?<=[{HAN}])：(?=[“《0-9])")]
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    raw = ctx.rng.choice([":", ":", ": "])
    return Inj(s, e, raw, [Gold(0, len(raw), "punct", "fix", "：", where="inline")])


# ======================================================================================
# space (fix: the space goes)


@R.form("space", "c1_zero_width")
def space_zero_width(ctx: Ctx):
    """Zero-width characters a copy from a web editor leaves between Chinese characters: zero-width
    space U+200B, (non-)joiner U+200C/U+200D, word joiner U+2060, a BOM U+FEFF mid-text (fix: it goes)."""
    p = ctx.pick_point(ctx.han_gaps())
    if p is None:
        return None
    ch = ctx.rng.choice(["\u200b", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
    raw = ch * ctx.rng.choice((1, 1, 2))
    return Inj(p, p, raw, [Gold(0, len(raw), "space", "fix", "", where="inline")])


@R.form("space", "c2_digit_group_space")
def space_digit_group(ctx: Ctx):
    """A space as a thousands separator inside a figure (SI style or a justified table):
    1 250万元, 12 680人 (ASCII, no-break or thin space; fix: it goes)."""
    cands = []
    for s, e, m in ctx.matches(r"(?<![0-9.〔])[1-9][0-9]{3,6}(?![0-9.〕年])", _body(ctx)):
        if ctx.text[s - 1:s] in "〔" or ctx.text[e:e + 1] in ("年", "号"):
            continue
        cands.append((s, e))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    p = e - 3
    sp = ctx.rng.choice([" ", " ", "\u00a0", "\u2009"])
    return Inj(p, p, sp, [Gold(0, len(sp), "space", "fix", "", where="inline")])


@R.form("space", "c3_title_line")
def space_title_line(ctx: Ctx):
    """A space inside the title line (a title centred or wrapped by hand): 关于印发 …实施方案 的通知,
    江岭市卫生健康委员会 关于… (fix: it goes)."""
    s0, e0, line = ctx.lines[0]
    pts = [p for p in range(s0 + 2, e0 - 1) if is_han(ctx.text[p - 1]) and is_han(ctx.text[p])]
    p = ctx.pick_point(pts)
    if p is None:
        return None
    sp = ctx.rng.choice([" ", " ", "  ", "\u3000"])
    return Inj(p, p, sp, [Gold(0, len(sp), "space", "fix", "", where="inline")])


@R.form("space", "c4_spaced_date")
def space_spaced_date(ctx: Ctx):
    """A date typed Word-style with spaces around its figures: 2021 年 3 月 29 日, or with a gap
    after 年 / 月 only: 2021年 3月 29日 (fix: the spaces go)."""
    spans = [(s, e) for s, e, _ in ctx.matches(r"(?<![0-9])20[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日",
                                                range(1, len(ctx.lines)))]
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    date = ctx.text[s:e]
    m = re.fullmatch(r"([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日", date)
    y, mo, d = m.groups()
    sp = ctx.rng.choice([" ", " ", "\u00a0"])
    if ctx.rng.random() < 0.5:
        raw = f"{y}{sp}年{sp}{mo}{sp}月{sp}{d}{sp}日"
    else:
        raw = f"{y}年{sp}{mo}月{sp}{d}日"
    return Inj(s, e, raw, [Gold(0, len(raw), "space", "fix", date, where="inline")])


@R.form("space", "c5_leading_indent")
def space_leading_indent(ctx: Ctx):
    """A paragraph indent kept as characters at the line start: two ideographic spaces, four
    ASCII spaces, a tab, or a mix (fix: it goes)."""
    pts = [ctx.lines[i][0] for i in ctx.prose_lines()]
    p = ctx.pick_point(pts)
    if p is None:
        return None
    raw = ctx.rng.choice(["\u3000\u3000", "\u3000\u3000", "    ", "\t", "  \u3000", "\u00a0\u00a0\u00a0\u00a0"])
    return Inj(p, p, raw, [Gold(0, len(raw), "space", "fix", "", where="line")])


# ======================================================================================
# entity (fix)


@R.form("entity", "c1_fullwidth_semicolon_ref")
def entity_fullwidth_semicolon(ctx: Ctx):
    """A space reference whose ";" (or "&" too) an input method made full-width, so it stays as
    text: 加强&nbsp；管理 / ＆nbsp；/ &emsp；(fix: it goes)."""
    p = ctx.pick_point(ctx.han_gaps())
    if p is None:
        return None
    one = ctx.rng.choice(["&nbsp；", "&nbsp；", "＆nbsp；", "&emsp；", "＆nbsp;"])
    raw = one * ctx.rng.choice((1, 1, 2))
    return Inj(p, p, raw, [Gold(0, len(raw), "entity", "fix", "", where="inline")])


@R.form("entity", "c2_quot_pair")
def entity_quot_pair(ctx: Ctx):
    """A Chinese quotation whose marks were stored as &quot; (or &#34; / &#x22;), the straight
    quote an ASCII-only editor put for them: &quot;放管服&quot; (fix: “ ”)."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(_Q)])
    if site is None:
        return None
    s, e = site
    ref = ctx.rng.choice(["&quot;", "&quot;", "&#34;", "&#x22;"])
    raw = ref + ctx.text[s + 1:e - 1] + ref
    n = len(ref)
    return Inj(s, e, raw, [Gold(0, n, "entity", "fix", "“", where="inline"),
                           Gold(len(raw) - n, len(raw), "entity", "fix", "”", where="inline")])


@R.form("entity", "c3_numeric_dash")
def entity_numeric_dash(ctx: Ctx):
    """A 破折号 written as numeric references, decimal or hex, or one numeric and one named:
    &#8212;&#8212; / &#x2014;&#x2014; / &#8212;&mdash; (fix: ——)."""
    spans = [(s, e) for s, e, _ in ctx.matches("——", range(1, len(ctx.lines)))
             if ctx.text[s - 1:s] != "—" and ctx.text[e:e + 1] != "—"]
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    raw = ctx.rng.choice(["&#8212;&#8212;", "&#x2014;&#x2014;", "&#8212;&mdash;", "&#X2014;&#X2014;"])
    return Inj(s, e, raw, [Gold(0, len(raw), "entity", "fix", "——", where="inline")])


@R.form("entity", "c4_zero_width_refs")
def entity_zero_width_refs(ctx: Ctx):
    """References for invisible characters between Chinese characters: &#8203; &zwnj; &zwj;
    &shy; &#xFEFF; &#8288; (they stand for nothing: fix, they go)."""
    p = ctx.pick_point(ctx.han_gaps())
    if p is None:
        return None
    raw = ctx.rng.choice(["&#8203;", "&#8203;", "&zwnj;", "&zwj;", "&shy;", "&#xFEFF;", "&#8288;", "&#x200b;"])
    return Inj(p, p, raw, [Gold(0, len(raw), "entity", "fix", "", where="inline")])


@R.form("entity", "c5_ref_after_mark")
def entity_ref_after_mark(ctx: Ctx):
    """A space reference right after a full-width mark, where a CMS padded a sentence or a list
    item: 。&nbsp;下一步 / ：&#160;一是 / ；&nbsp;&nbsp;强化 (fix: it goes)."""
    pts = ctx.han_gaps(after=lambda c: c in "。；：，", before=is_han)
    p = ctx.pick_point(pts)
    if p is None:
        return None
    raw = ctx.rng.choice(["&nbsp;", "&nbsp;", "&#160;", "&nbsp;&nbsp;", "&#xa0;"])
    return Inj(p, p, raw, [Gold(0, len(raw), "entity", "fix", "", where="inline")])


# ======================================================================================
# quote (fix or flag)


@R.form("quote", "c1_much_less_than_title")
def quote_much_less_than(ctx: Ctx):
    """Title marks typed as the math signs ≪ ≫ (a Japanese or symbol input method) or as
    mathematical double angles ⟪ ⟫: ≪关于…意见≫ (fix: 《 》)."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(_T)])
    if site is None:
        return None
    s, e = site
    a, b = ctx.rng.choice([("\u226a", "\u226b"), ("\u226a", "\u226b"), ("\u27ea", "\u27eb")])
    raw = a + ctx.text[s + 1:e - 1] + b
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


@R.form("quote", "c2_single_double_mismatch")
def quote_single_double_mismatch(ctx: Ctx):
    """A top-level quotation whose one mark was typed as a single quote: “放管服’ / ‘放管服”
    (fix: “ ”)."""
    site = ctx.pick_span([(s, e) for s, e, m in ctx.matches(_Q) if "‘" not in m.group(0) and "’" not in m.group(0)])
    if site is None:
        return None
    s, e = site
    inner = ctx.text[s + 1:e - 1]
    raw = ctx.rng.choice(["“" + inner + "’", "‘" + inner + "”"])
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


@R.form("quote", "c3_one_mark_doubled")
def quote_one_mark_doubled(ctx: Ctx):
    """One mark of a quotation typed twice, the other once: ““放管服” / “放管服””
    (fix: one mark)."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(_Q)])
    if site is None:
        return None
    s, e = site
    inner = ctx.text[s + 1:e - 1]
    raw = ctx.rng.choice(["““" + inner + "”", "“" + inner + "””"])
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


@R.form("quote", "c4_list_lost_close")
def quote_list_lost_close(ctx: Ctx):
    """In a list of quotations, one item lost its closing ”: “两客一危、“放管服” / “A”、“B、“C”
    (flag; the repair is the base text)."""
    cands = [(s, e) for s, e, _ in ctx.matches("“[^“”\n]{1,20}”(?=[、和与及])")]
    cands += [(s, e) for s, e, _ in ctx.matches("“[^“”\n]{1,20}”(?=“)")]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    raw = ctx.text[s:e - 1]
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "flag", raw, repair=ctx.text[s:e], where="inline")])


@R.form("quote", "c5_title_close_as_quote")
def quote_title_close_as_quote(ctx: Ctx):
    """A title whose closing mark came out as a closing quotation mark (a converter mapping
    the wrong pair): 《关于…意见” (fix: 《…》)."""
    site = ctx.pick_span([(s, e) for s, e, m in ctx.matches(_T) if "“" not in m.group(0) and "”" not in m.group(0)])
    if site is None:
        return None
    s, e = site
    raw = ctx.text[s:e - 1] + ctx.rng.choice(["”", "\"", "”"])
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


# ======================================================================================
# garbled (flag; the repair is the base text)


def _flag_run(ctx: Ctx, lengths, make, tries: int = 20):
    for _ in range(tries):
        site = ctx.pick_span(han_runs(ctx, ctx.rng.choice(lengths)))
        if site is None:
            continue
        s, e = site
        raw = make(ctx.text[s:e])
        if not raw or raw == ctx.text[s:e]:
            continue
        return Inj(s, e, raw, [Gold(0, len(raw), "garbled", "flag", raw, repair=ctx.text[s:e], where="inline")])
    return None


_KANA = {"工": "エ", "力": "カ", "口": "ロ", "二": "ニ", "八": "ハ", "夕": "タ", "千": "チ", "卜": "ト", "三": "ミ"}


@R.form("garbled", "c1_ocr_kana_lookalikes")
def garbled_ocr_kana(ctx: Ctx):
    """OCR of a scanned page that read Chinese characters as look-alike katakana (a Japanese
    recognition model): 加强エ作 for 加强工作, 人カ资源, 出ロ, 第ニ (flag)."""
    cands = []
    for s, e, m in ctx.matches(f"[{HAN}]*[工力口八夕千][{HAN}]*"):
        for i, c in enumerate(m.group(0)):
            if c in _KANA:
                cands.append((s + i, s + i + 1))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    raw = _KANA[ctx.text[s]]
    return Inj(s, e, raw, [Gold(0, 1, "garbled", "flag", raw, repair=ctx.text[s:e], where="inline")])


_PINYIN = {"建设": "jianshe", "管理": "guanli", "服务": "fuwu", "发展": "fazhan", "工作": "gongzuo",
           "推进": "tuijin", "加强": "jiaqiang", "落实": "luoshi", "安全": "anquan", "改革": "gaige",
           "质量": "zhiliang", "创新": "chuangxin", "治理": "zhili", "完善": "wanshan",
           "制度": "zhidu", "机制": "jizhi", "保障": "baozhang", "提升": "tisheng", "经济": "jingji",
           "企业": "qiye", "社会": "shehui", "健康": "jiankang", "教育": "jiaoyu", "项目": "xiangmu",
           "农村": "nongcun", "城市": "chengshi", "群众": "qunzhong", "政府": "zhengfu", "责任": "zeren"}


@R.form("garbled", "c2_pinyin_residue")
def garbled_pinyin(ctx: Ctx):
    """A word left as the pinyin typed into an input method that was never converted:
    加强jianshe, 推进guan li, 完善zhidu (flag)."""
    cands = [(s, e) for s, e, _ in ctx.matches("|".join(_PINYIN))
             if is_han(ctx.text[s - 1:s]) or ctx.text[e:e + 1] and is_han(ctx.text[e])]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    word = ctx.text[s:e]
    py = _PINYIN[word]
    style = ctx.rng.random()
    if style < 0.5:
        raw = py
    elif style < 0.8:
        # split into its syllables by the characters' count: first syllable guessed at the vowel end
        raw = re.sub(r"^((?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv]+(?:ng|n(?![aeiouv]))?)", r"\1 ", py, count=1)
    else:
        raw = word[0] + py[len(re.match(r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv]+(?:ng|n(?![aeiouv]))?", py).group(0)):]
    if raw.strip() == "" or raw == word:
        return None
    return Inj(s, e, raw, [Gold(0, len(raw), "garbled", "flag", raw, repair=word, where="inline")])


@R.form("garbled", "c3_utf8_as_mac_roman")
def garbled_mac_roman(ctx: Ctx):
    """UTF-8 bytes read as Mac OS Roman (a page saved on an old Mac): 加强 → Âä†Âº∫ (flag)."""
    return _flag_run(ctx, (1, 2, 3), lambda h: h.encode("utf-8").decode("mac_roman"))


@R.form("garbled", "c4_hz_encoding")
def garbled_hz(ctx: Ctx):
    """HZ-encoded GB2312 (7-bit mail and news gateways) left undecoded: 加强 → ~{<SG?~} (flag)."""
    def make(h):
        try:
            return h.encode("hz").decode("ascii")
        except UnicodeError:
            return None
    return _flag_run(ctx, (2, 3, 4), make)


@R.form("garbled", "c5_utf7")
def garbled_utf7(ctx: Ctx):
    """UTF-7 residue of a mail or form gateway: 加强工作 → +UqBfOl3lT1w- (flag)."""
    return _flag_run(ctx, (2, 3, 4), lambda h: h.encode("utf-7").decode("ascii"))
