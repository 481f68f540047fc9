"""HELD-D forms, part 3 (see forms_held_d.py). Do not read while working on the rules."""

from __future__ import annotations

from forms_held_d import R  # noqa: F401  (forms register themselves on import)

import re

from common import HAN, is_han
from forms_common import Ctx, Gold, Inj

# ======================================================================================
# helpers


def _fix_parts(parts, cls="entity"):
    """``parts``: (raw piece, expected or None for literal text) -> raw and its fix golds."""
    raw, golds = "", []
    for piece, expected in parts:
        if expected is not None:
            golds.append(Gold(len(raw), len(raw) + len(piece), cls, "fix", expected, where="inline"))
        raw += piece
    return raw, golds


def _flag(cls: str, s: int, e: int, raw: str, base: str) -> Inj:
    return Inj(s, e, raw, [Gold(0, len(raw), cls, "flag", raw, repair=base, where="inline")])


def _all_lines(ctx):
    return range(1, len(ctx.lines))


def _ref(rng, ch: str, style: str | None = None) -> str:
    style = style or rng.choice(["dec", "hex", "HEX"])
    if style == "dec":
        return f"&#{ord(ch)};"
    if style == "hex":
        return f"&#x{ord(ch):x};"
    return f"&#x{ord(ch):X};"


# ======================================================================================
# entity (fix: the character the reference stands for)


@R.form("entity", "d1_article_gap_ideographic_ref")
def ent_article_gap(ctx: Ctx):
    """The full-width space after 第X条 / 第X章 (or after a 一、-style heading number when the
    document sets one) written as a numeric reference for U+3000 by a Word-to-HTML export:
    第五条&#12288;…, 第二章&#x3000;总则. The reference decodes to that very space, which the
    layout keeps: the fix is the ideographic space, not its removal."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(r"^第[一二三四五六七八九十百零]{1,4}[条章节](\u3000)", _all_lines(ctx), group=1))
    if site is None:
        return None
    s, e, _ = site
    raw = rng.choice(["&#12288;", "&#12288;", "&#x3000;", "&#X3000;"])
    return Inj(s, e, raw, [Gold(0, len(raw), "entity", "fix", "\u3000", where="inline")])


@R.form("entity", "d2_docnumber_brackets_refs")
def ent_docnumber(ctx: Ctx):
    """The hexagonal brackets of a document number written as references (a CMS whose font
    lacked 〔〕): 江卫发&#12308;2021&#12309;12号, 〔 as &#x3014; and 〕 as &#x3015;, sometimes
    only one of the two."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(r"〔[0-9]{4}〕", _all_lines(ctx)))
    if site is None:
        return None
    s, e, m = site
    style = rng.choice(["dec", "dec", "hex", "HEX"])
    which = rng.choice(["both", "both", "both", "open", "close"])
    seg = ctx.text[s:e]
    parts = []
    for k, c in enumerate(seg):
        if (k == 0 and which in ("both", "open")) or (k == len(seg) - 1 and which in ("both", "close")):
            parts.append((_ref(rng, c, style), c))
        else:
            parts.append((c, None))
    raw, golds = _fix_parts(parts)
    return Inj(s, e, raw, golds)


_DASHLIKE = {"—": ["&#8212;", "&#x2014;", "&#X2014;"], "…": ["&#8230;", "&#x2026;"], "·": ["&#183;", "&#xb7;"],
             "～": ["&#65374;", "&#xff5e;"], "×": ["&#215;", "&#xd7;"]}


@R.form("entity", "d3_dash_ellipsis_numeric")
def ent_dash_numeric(ctx: Ctx):
    """Dashes, ellipses and middle dots written as numeric references by a Unicode-escaping
    export (not the named ones): ——2004年3月5日 as &#8212;&#8212;2004年3月5日, ……
    as &#8230;&#8230;, 2019—2021年 as 2019&#x2014;2021年."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(r"—{1,2}|…{1,2}|[·～×]", _all_lines(ctx)))
    if site is None:
        return None
    s, e, _ = site
    seg = ctx.text[s:e]
    k = rng.randrange(len(_DASHLIKE[seg[0]]))
    raw, golds = _fix_parts([(_DASHLIKE[c][k], c) for c in seg])
    return Inj(s, e, raw, golds)


_PUNCT_SET = "，。、；：“”《》（）！？"


@R.form("entity", "d4_paragraph_punct_all_escaped")
def ent_paragraph_escaped(ctx: Ctx):
    """A whole short paragraph (or one sentence of a long one) whose Chinese punctuation was
    all escaped (a feed or API that escaped every non-ideograph character of one field):
    加强组织领导&#65292;压实责任&#12290; every mark a reference of one style, the Han plain."""
    rng = ctx.rng
    cands = []
    for i in ctx.prose_lines():
        s, e, line = ctx.lines[i]
        n = sum(1 for c in line if c in _PUNCT_SET)
        if 2 <= n <= 3 and len(line) <= 70:
            cands.append((s, e))
    if not cands:  # long paragraphs: the escaped field was one sentence of it
        cands = [(a, b) for a, b in ctx.sentences() if 2 <= sum(1 for c in ctx.text[a:b] if c in _PUNCT_SET) <= 3]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    style = rng.choice(["dec", "dec", "hex"])
    raw, golds = _fix_parts([(_ref(rng, c, style), c) if c in _PUNCT_SET else (c, None) for c in ctx.text[s:e]])
    return Inj(s, e, raw, golds)


# ======================================================================================
# figure (flag; ``repair`` is the base text)

_FIG = re.compile(rf"(?<=[{HAN}])(?<![第])([0-9]+(?:\.[0-9]+)?)(?=[%％]|万|亿|元|人|户|家|个|所|吨|亩|公里|千米|平方米|项|名|座|台)")


def _sci(rng, num: str) -> str | None:
    v = float(num)
    if v < 100:
        return None
    digits = rng.choice([2, 2, 3, 4])
    mant, exp = f"{v:.{digits}E}".split("E")
    return f"{mant}{rng.choice(['E', 'E', 'e'])}+{int(exp):02d}"


@R.form("figure", "d1_spreadsheet_scientific")
def fig_scientific(ctx: Ctx):
    """A figure pasted from a spreadsheet cell in scientific notation: 投资1.25E+04万元,
    服务3.6E+05人次, 1.2346e+03户 (the cell was too narrow or formatted General)."""
    rng = ctx.rng
    for s, e, m in ctx.shuffled(ctx.matches(_FIG)):
        if ctx.free(s, e):
            raw = _sci(rng, m.group(1))
            if raw:
                return _flag("figure", s, e, raw, ctx.text[s:e])
    return None


@R.form("figure", "d2_spreadsheet_error_value")
def fig_error_value(ctx: Ctx):
    """A spreadsheet error or overflow shown where a linked figure belonged (a report merged
    from a workbook): 增长#DIV/0!%, 完成投资#REF!万元, 共####家, #VALUE!人, #N/A."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(_FIG))
    if site is None:
        return None
    s, e, _ = site
    raw = rng.choice(["#DIV/0!", "#REF!", "#VALUE!", "#N/A", "#NUM!", "#" * rng.randint(4, 8), "#NAME?"])
    return _flag("figure", s, e, raw, ctx.text[s:e])


@R.form("figure", "d3_float_rounding_residue")
def fig_float_residue(ctx: Ctx):
    """A computed figure printed with binary floating-point residue (a page filled by a
    script): 增长12.300000000000001%, 占比56.99999999999999%, 3.1000000000000005亿元."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(rf"(?<=[{HAN}])([0-9]{{1,4}}\.[0-9]{{1,2}})(?=[%％]|万|亿|个百分点|倍)"))
    if site is None:
        return None
    s, e, m = site
    num = m.group(1)
    if rng.random() < 0.5:
        raw = num + "0" * rng.randint(11, 14) + rng.choice("1245")
    else:
        whole, frac = num.split(".")
        last = int(frac[-1])
        if last == 0:
            raw = num + "0" * 12 + "2"
        else:
            raw = whole + "." + frac[:-1] + str(last - 1) + "9" * rng.randint(12, 15) + rng.choice(["", "8", "6"])
    return _flag("figure", s, e, raw, num)


@R.form("figure", "d4_decrease_with_minus")
def fig_decrease_minus(ctx: Ctx):
    """A fall given with a minus sign after a word that already says fall (a table's signed
    change copied into prose): 同比下降-3.2%, 减少-120户, 降低－1.5个百分点: falls or rises?"""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(r"(?<=下降|减少|降低|缩减|回落)([0-9]+(?:\.[0-9]+)?)"))
    if site is None:
        return None
    s, e, m = site
    raw = rng.choice(["-", "-", "－", "−"]) + m.group(1)
    return _flag("figure", s, e, raw, m.group(1))


# ======================================================================================
# quote (fix or flag)


@R.form("quote", "d1_much_less_than_titles")
def quote_much_less(ctx: Ctx):
    """A title between mathematical double angle signs picked from the symbol table instead
    of 《》: ≪安全生产法≫, ⟪…⟫ (fix: 《 》)."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(r"《[^《》\n]{2,40}》", _all_lines(ctx)))
    if site is None:
        return None
    s, e, _ = site
    a, b = rng.choice([("≪", "≫"), ("≪", "≫"), ("⟪", "⟫")])
    raw, golds = _fix_parts([(a, "《"), (ctx.text[s + 1:e - 1], None), (b, "》")], "quote")
    return Inj(s, e, raw, golds)


@R.form("quote", "d2_reversed_nine_quotes")
def quote_reversed_nine(ctx: Ctx):
    """A quotation opened with a high-reversed-9 or reversed double prime mark (a font's or
    an IME's look-alike of “): ‟放管服”, ‶放管服″, ‟放管服‟ (fix: “ ”)."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(r"“[^“”\n]{1,24}”", _all_lines(ctx)))
    if site is None:
        return None
    s, e, _ = site
    a, b = rng.choice([("‟", "”"), ("‟", "”"), ("‶", "″"), ("‟", "‟"), ("‶", "”")])
    mid = ctx.text[s + 1:e - 1]
    parts = [(a, "“"), (mid, None), (b, "”") if b != "”" else (b, None)]
    raw, golds = _fix_parts(parts, "quote")
    return Inj(s, e, raw, golds)


@R.form("quote", "d3_mark_kinds_crossed")
def quote_crossed(ctx: Ctx):
    """A quotation closed by a title mark or a title closed by a quotation mark (two
    kinds of pair crossed): “放管服》, 《安全生产法”, “…〉 (flag; a repair to the base counts)."""
    rng = ctx.rng
    cands = ctx.matches(r"“[^“”《》\n]{1,24}”|《[^《》“”\n]{2,40}》", _all_lines(ctx))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, _ = site
    seg = ctx.text[s:e]
    if seg[0] == "“":
        raw = seg[:-1] + rng.choice(["》", "》", "〉"]) if rng.random() < 0.7 else rng.choice(["《", "〈"]) + seg[1:]
    else:
        raw = seg[:-1] + "”" if rng.random() < 0.7 else "“" + seg[1:]
    return _flag("quote", s, e, raw, seg)


@R.form("quote", "d4_marks_lost_to_question")
def quote_question(ctx: Ctx):
    """Both curly quotes of a quotation turned into question marks by a conversion through
    a code page without them (the text around survived): ?放管服?, ？最多跑一次？ (flag: the
    marks are known to be lost, which pair they were is not certain)."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(r"“[^“”\n]{1,20}”", _all_lines(ctx)))
    if site is None:
        return None
    s, e, _ = site
    q = rng.choice(["?", "?", "？"])
    raw = q + ctx.text[s + 1:e - 1] + q
    return _flag("quote", s, e, raw, ctx.text[s:e])


# ======================================================================================
# garbled (flag)


def _garble(ctx: Ctx, sizes, make, tries: int = 20):
    pat_cache = {}
    for _ in range(tries):
        n = ctx.rng.choice(sizes)
        pat = pat_cache.setdefault(n, re.compile(f"(?<=[{HAN}])[{HAN}]{{{n}}}(?=[{HAN}，。；、])"))
        site = ctx.pick_span(ctx.matches(pat))
        if site is None:
            continue
        s, e, _ = site
        raw = make(ctx.text[s:e])
        if not raw or raw == ctx.text[s:e] or "\n" in raw:
            continue
        return _flag("garbled", s, e, raw, ctx.text[s:e])
    return None


def _gbk_as_utf16(h: str) -> str | None:
    try:
        b = h.encode("gbk")
        out = b.decode("utf-16-le")
    except (UnicodeError, LookupError):
        return None
    if any(0xD800 <= ord(c) <= 0xDFFF or not c.isprintable() for c in out):
        return None
    return out


@R.form("garbled", "d1_gbk_bytes_as_utf16")
def garbled_utf16(ctx: Ctx):
    """GBK bytes taken as UTF-16 (a BOM-sniffing reader's wrong guess): each character's two
    bytes make one unrelated character, Han, Hangul or symbol: 加强建设 → 퓼뿇ɨ…-like runs."""
    return _garble(ctx, (2, 3, 4, 5), _gbk_as_utf16)


@R.form("garbled", "d2_hz_escape_residue")
def garbled_hz(ctx: Ctx):
    """HZ-GB-2312 text (old mail and newsgroup archives) left undecoded: ~{<SG?~} for 加强,
    the ~{ … ~} shift sequences around ASCII-looking letters."""
    def make(h):
        try:
            return h.encode("hz").decode("ascii")
        except UnicodeError:
            return None
    return _garble(ctx, (2, 3, 4), make)


@R.form("garbled", "d3_fake_bold_doubled")
def garbled_fake_bold(ctx: Ctx):
    """PDF text of a heading or phrase set in fake bold (each glyph printed twice with a
    small offset), so extraction gives every character twice: 加加强强组组织织领领导导."""
    rng = ctx.rng

    def make(h):
        k = rng.choice([2, 2, 3]) if rng.random() < 0.2 else 2
        return "".join(c * k for c in h)
    return _garble(ctx, (3, 4, 5, 6), make)


_PINYIN = {"建设": "jianshe", "管理": "guanli", "工作": "gongzuo", "发展": "fazhan", "服务": "fuwu",
           "安全": "anquan", "推进": "tuijin", "加强": "jiaqiang", "落实": "luoshi", "完善": "wanshan",
           "健康": "jiankang", "改革": "gaige", "经济": "jingji", "机制": "jizhi", "企业": "qiye",
           "农村": "nongcun", "教育": "jiaoyu", "制度": "zhidu", "监管": "jianguan", "保障": "baozhang",
           "提高": "tigao", "组织": "zuzhi", "项目": "xiangmu", "社会": "shehui", "群众": "qunzhong",
           "政府": "zhengfu", "市场": "shichang", "生态": "shengtai", "环境": "huanjing", "医疗": "yiliao"}


@R.form("garbled", "d4_pinyin_ime_residue")
def garbled_pinyin(ctx: Ctx):
    """An input method's pinyin composition left in the text instead of the word (the
    writer pressed Enter too early): 加强jianshe工作, 推进jian she, 完善zhid度 (partial),
    jian'she."""
    rng = ctx.rng
    words = "|".join(_PINYIN)
    site = ctx.pick_span(ctx.matches(rf"(?<=[{HAN}])(?:{words})(?=[{HAN}，。；])"))
    if site is None:
        return None
    s, e, _ = site
    w = ctx.text[s:e]
    py = _PINYIN[w]
    mode = rng.choice(["whole", "whole", "spaced", "apos", "partial"])
    if mode == "whole":
        raw = py
    elif mode in ("spaced", "apos"):
        # split at the syllable boundary of the second character
        cut = next(k for k in range(len(py) - 1, 0, -1) if _syll_split(py, k, w))
        raw = py[:cut] + (" " if mode == "spaced" else "'") + py[cut:]
    else:
        raw = _first_syllable(py, w) + w[1]
    return _flag("garbled", s, e, raw, w)


def _first_syllable(py: str, w: str) -> str:
    for k in range(len(py) - 1, 0, -1):
        if _syll_split(py, k, w):
            return py[:k]
    return py


_SECOND = {"建设": "she", "管理": "li", "工作": "zuo", "发展": "zhan", "服务": "wu", "安全": "quan", "推进": "jin",
           "加强": "qiang", "落实": "shi", "完善": "shan", "健康": "kang", "改革": "ge", "经济": "ji", "机制": "zhi",
           "企业": "ye", "农村": "cun", "教育": "yu", "制度": "du", "监管": "guan", "保障": "zhang", "提高": "gao",
           "组织": "zhi", "项目": "mu", "社会": "hui", "群众": "zhong", "政府": "fu", "市场": "chang",
           "生态": "tai", "环境": "jing", "医疗": "liao"}


def _syll_split(py: str, k: int, w: str) -> bool:
    return py[k:] == _SECOND[w]


def _octal(h: str) -> str:
    return "".join(f"\\{b:03o}" for b in h.encode("utf-8"))


@R.form("garbled", "d5_octal_byte_escapes")
def garbled_octal(ctx: Ctx):
    """UTF-8 bytes shown as octal escapes (a shell tool's or git's quoted output pasted in):
    \\345\\212\\240\\345\\274\\272 for 加强."""
    return _garble(ctx, (1, 2, 3), _octal)


_OLE = ["ÐÏà¡±á", "ÐÏ\u00e0\u00a1\u00b1\u00e1"]


@R.form("garbled", "d6_binary_file_residue")
def garbled_binary(ctx: Ctx):
    """A line of an attachment's binary read as text by a scraper that saved the .doc/.docx
    into the page: ÐÏà¡±á… Root Entry WordDocument, PK…[Content_Types].xml word/document.xml
    (flag; the repair is the line gone)."""
    rng = ctx.rng
    junk = "".join(rng.choice("ÿþýÐÏà¡±á¤¥¦§©®°ÂÃÄÅ") for _ in range(rng.randint(4, 12)))
    line = rng.choice([
        f"{rng.choice(_OLE)}{junk}Root Entry{junk[:3]}WordDocument{junk[3:]}SummaryInformation",
        f"PK{junk}[Content_Types].xml{junk[:4]}word/document.xml{junk[4:]}docProps/app.xml",
        f"{rng.choice(_OLE)}{junk}Microsoft Office Word{junk[:2]}Normal.dotm{junk[2:]}",
    ])
    p = ctx.pick_point(ctx.boundaries("between") + ctx.boundaries("tail"))
    if p is None:
        return None
    raw = "\n" + line if p == len(ctx.text) else line + "\n"
    return Inj(p, p, raw, [Gold(0, len(raw), "garbled", "flag", raw, repair="", where="line")])


# ======================================================================================
# protected (keep): correct text that looks like the entity, figure, quote and garbled defects


def _protect(ctx: Ctx, sentence: str, tokens: list[str]):
    ends = [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] == "。"]
    p = ctx.pick_point(ends)
    if p is None:
        return None
    golds, pos = [], 0
    for tok in tokens:
        k = sentence.index(tok, pos)
        golds.append(Gold(k, k + len(tok), "protected", "keep", tok, where="inline"))
        pos = k + len(tok)
    return Inj(p, p, sentence, golds)


@R.form("protected", "d1_reduplicated_words")
def prot_redup(ctx: Ctx):
    """Reduplicated words of ordinary prose, which look like doubled extraction:
    家家户户, 实实在在, 清清楚楚, 常常, 人人."""
    rng = ctx.rng
    return rng.choice([
        lambda: _protect(ctx, "要把惠民政策送到家家户户，让群众实实在在得到实惠。", ["家家户户", "实实在在"]),
        lambda: _protect(ctx, "各项收费标准要公示得清清楚楚，做到明明白白消费。", ["清清楚楚", "明明白白"]),
        lambda: _protect(ctx, "努力营造人人参与、人人共享的良好氛围。", ["人人参与、人人共享"]),
        lambda: _protect(ctx, "基层反映的问题常常涉及多个部门，需要统筹协调、件件落实。", ["常常", "件件落实"]),
    ])()


@R.form("protected", "d2_nested_titles_and_quotes")
def prot_nested(ctx: Ctx):
    """Correct nesting of marks: a title inside a title in 〈〉, a quotation inside a
    quotation in ‘’: 《关于印发〈…〉的通知》, “…‘最多跑一次’…”."""
    rng = ctx.rng
    plan = rng.choice(["十四五", "2024年", "三年行动"])
    return rng.choice([
        lambda: _protect(ctx, f"按照《关于印发〈{plan}基层卫生服务能力提升方案〉的通知》要求抓好落实。",
                         [f"《关于印发〈{plan}基层卫生服务能力提升方案〉的通知》"]),
        lambda: _protect(ctx, "群众评价说：“办事‘最多跑一次’，真正方便了老百姓。”",
                         ["“办事‘最多跑一次’，真正方便了老百姓。”"]),
        lambda: _protect(ctx, "对照《〈安全生产法〉实施细则》逐条开展自查。", ["《〈安全生产法〉实施细则》"]),
    ])()


@R.form("protected", "d3_latin_names_in_prose")
def prot_latin(ctx: Ctx):
    """Latin letters and codes that belong to the text and look like residue: the “i江岭”
    App, a Wi-Fi hotspot, a standard's code, an H7N9 or PM2.5 reading."""
    rng = ctx.rng
    city = rng.choice(["江岭", "青川", "临溪", "南屏"])
    return rng.choice([
        lambda: _protect(ctx, f"依托“i{city}”App和政务服务网，实现事项网上办理。", [f"“i{city}”App"]),
        lambda: _protect(ctx, "在主要公共场所开通免费Wi-Fi热点120个。", ["Wi-Fi"]),
        lambda: _protect(ctx, "公文格式严格执行GB/T 9704—2012标准。", ["GB/T 9704—2012"]),
        lambda: _protect(ctx, "做好H7N9流感防控，PM2.5平均浓度持续下降。", ["H7N9", "PM2.5"]),
    ])()


@R.form("protected", "d4_signs_that_belong")
def prot_signs(ctx: Ctx):
    """Signs inside figures that are correct: building numbers with # (3#楼), a temperature
    below zero (-12℃), a rise stated as a multiple, a ratio range with a dash."""
    rng = ctx.rng
    a, b = rng.randint(1, 6), rng.randint(7, 12)
    t = rng.randint(5, 18)
    d = rng.randint(1, 9)
    return rng.choice([
        lambda: _protect(ctx, f"完成{a}#楼、{b}#楼主体结构施工。", [f"{a}#楼", f"{b}#楼"]),
        lambda: _protect(ctx, f"入冬以来最低气温达-{t}℃，做好防寒防冻工作。", [f"-{t}℃"]),
        lambda: _protect(ctx, f"服务人次比上年增长{a}.{d}倍。", [f"{a}.{d}倍"]),
        lambda: _protect(ctx, f"年均增速保持在{a}%—{b}%之间。", [f"{a}%—{b}%"]),
    ])()
