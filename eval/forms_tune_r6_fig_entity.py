"""More TUNE forms (round 6 of issue 16): defect kinds written first without reading the rules.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from common import HAN, is_han
from forms_common import Ctx, Gold, Inj, is_digit
from forms_tune import _protect

# ======================================================================================
# entity (fix: the character the reference or tag stands for; "" for markup)


def _fix_golds(parts):
    """``parts``: (raw piece, expected or None for literal text) -> raw and its golds."""
    raw, golds = "", []
    for piece, expected in parts:
        if expected is not None:
            golds.append(Gold(len(raw), len(raw) + len(piece), "entity", "fix", expected, where="inline"))
        raw += piece
    return raw, golds


_CP1252 = {"“": "&#147;", "”": "&#148;", "‘": "&#145;", "’": "&#146;", "—": "&#151;", "…": "&#133;"}


@R.form("entity", "t24_cp1252_numeric")
def ent_cp1252(ctx: Ctx):
    """Numeric references in the Windows-1252 range that an old editor (FrontPage, Word 97)
    wrote for curly quotes, dashes and ellipses: &#147;放管服&#148;, &#151;&#151;, &#133;.
    HTML reads them as the cp1252 characters, so the repair is unique."""
    site = ctx.pick_span(ctx.matches(r"“[^“”\n]{1,20}”|—{1,2}|…{1,2}", range(1, len(ctx.lines))))
    if site is None:
        return None
    s, e, _ = site
    seg = ctx.text[s:e]
    parts = [(_CP1252[c], c) if c in _CP1252 else (c, None) for c in seg]
    if ctx.rng.random() < 0.3 and not is_digit(ctx.text[e:e + 1] or "a"):  # some editors dropped the ';'
        parts = [(p[:-1], x) if x is not None else (p, x) for p, x in parts]
    raw, golds = _fix_golds(parts)
    return Inj(s, e, raw, golds)


@R.form("entity", "t25_zero_width_refs")
def ent_zero_width(ctx: Ctx):
    """A zero-width or soft-hyphen character written as a reference between Chinese
    characters (rich-text editors insert them at cursor joins): 加强&#8203;管理, &zwnj;,
    &#xFEFF;, &shy;. They stand for nothing, so they go."""
    raw = ctx.rng.choice(["&#8203;", "&#x200B;", "&#x200b;", "&zwnj;", "&zwj;", "&#xFEFF;", "&shy;", "&#173;",
                          "&lrm;", "&#8204;", "&#8203;&#8203;"])
    p = ctx.pick_point(ctx.han_gaps())
    if p is None:
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "entity", "fix", "", where="inline")])


@R.form("entity", "t26_quot_pair")
def ent_quot(ctx: Ctx):
    """Straight double quotes written as references around a Chinese phrase (an export that
    escaped '"'): &quot;放管服&quot;, &#34;…&#34;, &#x22;…&#x22;. Paired around Chinese text
    they are the Chinese quotes “…”."""
    site = ctx.pick_span(ctx.matches(r"“[^“”\n]{1,20}”"))
    if site is None:
        return None
    s, e, _ = site
    ref = ctx.rng.choice(["&quot;", "&quot;", "&#34;", "&#x22;", "&QUOT;"])
    raw, golds = _fix_golds([(ref, "“"), (ctx.text[s + 1:e - 1], None), (ref, "”")])
    return Inj(s, e, raw, golds)


_TITLE_REF = {"“": "&ldquo;", "”": "&rdquo;", "《": "&#12298;", "》": "&#12299;", "（": "&#65288;",
              "）": "&#65289;", "、": "&#12289;", "—": "&mdash;", "·": "&middot;", "，": "&#65292;"}


@R.form("entity", "t27_ref_in_title")
def ent_title(ctx: Ctx):
    """A reference in the title line itself (the page's <title> or h1 copied raw):
    关于印发&lt;&ldquo;十四五&rdquo;…, 《…》 as &#12298;…&#12299;, or &nbsp; between two words."""
    rng = ctx.rng
    s0, e0, title = ctx.lines[0]
    marks = [(s0 + m.start(), s0 + m.end()) for m in re.finditer("[“”《》（）、—·，]", title)]
    marks = [sp for sp in marks if ctx.free(*sp)]
    if marks and rng.random() < 0.7:
        s, e = rng.choice(marks)
        ch = ctx.text[s]
        raw = _TITLE_REF[ch] if rng.random() < 0.6 else rng.choice([f"&#{ord(ch)};", f"&#x{ord(ch):x};"])
        return Inj(s, e, raw, [Gold(0, len(raw), "entity", "fix", ch, where="inline")])
    pts = [s0 + k for k in range(2, len(title) - 1) if is_han(title[k - 1]) and is_han(title[k])]
    p = ctx.pick_point(pts)
    if p is None:
        return None
    raw = rng.choice(["&nbsp;", "&nbsp;&nbsp;", "&#160;", "&emsp;"])
    return Inj(p, p, raw, [Gold(0, len(raw), "entity", "fix", "", where="inline")])


@R.form("entity", "t28_signature_padding")
def ent_signature_pad(ctx: Ctx):
    """A signature or its date pushed to the right with a long run of references (Word's
    HTML export right-aligns with &nbsp;): &nbsp;×12 江岭市卫生健康委员会. The padding goes."""
    rng = ctx.rng
    n = len(ctx.lines)
    if ctx.signature_line < n:
        i = rng.choice([ctx.signature_line, n - 1])
    else:  # no signature: a centred byline or heading padded the same way
        short = [i for i in range(1, n) if 4 <= len(ctx.lines[i][2]) <= 30 and not ctx.is_prose(i)]
        if not short:
            return None
        i = rng.choice(short)
    p = ctx.lines[i][0]
    if not ctx.free(p, p):
        return None
    unit = rng.choice(["&nbsp;", "&nbsp;", "&nbsp; ", "&#160;", "&emsp;", "&#12288;"])
    raw = unit * rng.randint(6, 24)
    return Inj(p, p, raw, [Gold(0, len(raw), "entity", "fix", "", where="inline")])


_WRAPS = [("<p>", "</p>"), ('<p style="text-indent:2em;">', "</p>"), ("<P>", "</P>"), ("<div>", "</div>"),
          ('<p class="MsoNormal">', "</p>"), ("", "<br>"), ("", "<br />"), ("", "<BR>"), ("<p>", "<br/>"),
          ('<p align="justify">', "</p>")]


@R.form("entity", "t29_paragraph_tags")
def ent_para_tags(ctx: Ctx):
    """A paragraph still wrapped in its block tags, or ended by a line-break tag (a feed or
    a copy of the page source): <p>…</p>, <p style="text-indent:2em;">…</p>, …。<br />.
    The tags carry no text: they go."""
    i = ctx.pick_point(ctx.prose_lines())
    if i is None:
        return None
    s, e, line = ctx.lines[i]
    if not ctx.free(s, e):
        return None
    a, b = ctx.rng.choice(_WRAPS)
    raw, golds = _fix_golds([(a, "") if a else ("", None), (line, None), (b, "")])
    golds = [g for g in golds if g.re > g.rs]
    return Inj(s, e, raw, golds)


_INLINE = [("<strong>", "</strong>"), ("<b>", "</b>"), ('<span style="color:#ff0000;">', "</span>"), ("<u>", "</u>"),
           ("<em>", "</em>"), ('<font color="red">', "</font>"), ("<STRONG>", "</STRONG>"),
           ('<span lang="EN-US">', "</span>"), ('<span style="font-family:仿宋_GB2312">', "</span>")]


@R.form("entity", "t30_inline_tag_pair")
def ent_inline_tags(ctx: Ctx):
    """Emphasis or font tags left around a phrase inside a sentence (rich text pasted as
    source): 加强<strong>基层医疗</strong>能力, <span style="color:#ff0000;">…</span>.
    The tags go, the phrase stays."""
    n = ctx.rng.randint(2, 6)
    site = ctx.pick_span(ctx.matches(f"(?<=[{HAN}，])[{HAN}]{{{n}}}(?=[{HAN}，。])"))
    if site is None:
        return None
    s, e, _ = site
    a, b = ctx.rng.choice(_INLINE)
    raw, golds = _fix_golds([(a, ""), (ctx.text[s:e], None), (b, "")])
    return Inj(s, e, raw, golds)


@R.form("entity", "t31_escaped_markup")
def ent_escaped_markup(ctx: Ctx):
    """Markup escaped once too often, so the tag shows as text after decoding (a CMS that
    escapes its own editor's output): …工作。&lt;br&gt;…, &lt;/p&gt;&lt;p&gt;, &lt;br /&gt;.
    It stands for a break the text already has or does not need: it goes."""
    rng = ctx.rng
    ends = [ctx.lines[i][1] for i in ctx.prose_lines()]
    mids = [p for p, _, _ in ctx.matches(r"(?<=。)(?=[^\n])")]
    raw = rng.choice(["&lt;br&gt;", "&lt;br /&gt;", "&lt;br/&gt;", "&lt;/p&gt;&lt;p&gt;", "&lt;p&gt;&lt;/p&gt;",
                      "&lt;BR&gt;"])
    p = ctx.pick_point(ends + mids)
    if p is None:
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "entity", "fix", "", where="inline")])


_MARKER = re.compile(r"^(（)([一二三四五六七八九十]{1,3}|[0-9]{1,2})(）)|^([一二三四五六七八九十]{1,3})(、)")


@R.form("entity", "t32_marker_encoded")
def ent_marker(ctx: Ctx):
    """An outline marker whose marks were written as references (the heading was styled in
    the CMS, its text escaped): &#65288;一&#65289;加强…, 二&#12289;总体要求, &#xff08;3&#xff09;."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(_MARKER, ctx.body_range()))
    if site is None:
        return None
    s, e, m = site
    parts = []
    for c in m.group(0):
        if c in "（）、":
            parts.append((rng.choice([f"&#{ord(c)};", f"&#x{ord(c):x};", f"&#X{ord(c):X};"]), c))
        else:
            parts.append((c, None))
    raw, golds = _fix_golds(parts)
    return Inj(s, e, raw, golds)


@R.form("entity", "t33_ref_split_by_wrap")
def ent_split_wrap(ctx: Ctx):
    """A reference cut in two by a hard wrap (a text export wrapping at a fixed width, blind
    to references): 加强&nb⏎sp;管理. The whole of it, break included, goes."""
    rng = ctx.rng
    ref = rng.choice(["&nbsp;", "&nbsp;", "&emsp;", "&#160;"])
    k = rng.randint(1, len(ref) - 2)
    raw = ref[:k] + "\n" + ref[k:]
    p = ctx.pick_point([q for q in ctx.han_gaps() if ctx.text[q - 2:q + 2].isalpha()])
    if p is None:
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "entity", "fix", "", where="inline")])


# ======================================================================================
# figure (flag; ``repair`` is the base text)


def _flag(s: int, e: int, raw: str, base: str) -> Inj:
    return Inj(s, e, raw, [Gold(0, len(raw), "figure", "flag", raw, repair=base, where="inline")])


_NUM_UNIT = re.compile(rf"(?<=[{HAN}])(?<![0-9.第])([0-9]+(?:\.[0-9]+)?)(万元|亿元|万人|万亩|万吨|%|％|个百分点|万户)")
_COUNT = "家个所人项户名座处支"


@R.form("figure", "t28_percent_and_points")
def fig_percent_and_points(ctx: Ctx):
    """A change in percentage points that keeps a percent sign too (提高2.1%个百分点), or a
    percentage given 个百分点 after its sign: the author mixed the two ways of saying it."""
    rng = ctx.rng
    cands = [(s, e, m) for s, e, m in ctx.matches(_NUM_UNIT) if m.group(2) in ("个百分点", "%", "％")]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    if m.group(2) == "个百分点":
        raw = m.group(1) + rng.choice(["%", "％"]) + "个百分点"
    else:
        raw = m.group(0) + "个百分点"
    return _flag(s, e, raw, ctx.text[s:e])


_LEVEL = re.compile(rf"(达到|达|为|共有)([0-9]{{2,5}})([{_COUNT}])(?=[，。；])")


_ANY_COUNT = re.compile(rf"(?<=[{HAN}])(?<![第0-9])([0-9]{{2,5}})([{_COUNT}])(?=[，。；])")


@R.form("figure", "t29_change_contradicts_figures")
def fig_change_contradicts(ctx: Ctx):
    """A change stated with its start and end figures pointing the other way: 由150家增加到120家,
    由80人减少到95人, or a rise larger than the level it reached (达到120家，比上年增加150家):
    one figure mistyped."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(_LEVEL))
    if site is None:  # else: a rise larger than the level it reached (达到120家，比上年增加150家)
        site = ctx.pick_span(ctx.matches(_ANY_COUNT))
        if site is None:
            return None
        s, e, m = site
        n = int(m.group(1))
        added = f"，{rng.choice(['比上年增加', '比上年新增', '较上年净增', '同比增加'])}{n + rng.randint(2, max(3, n))}{m.group(2)}"
        return Inj(e, e, added, [Gold(0, len(added), "figure", "flag", added, repair="", where="inline")])
    s, e, m = site
    n, unit = int(m.group(2)), m.group(3)
    if rng.random() < 0.5:
        raw = f"由{n + rng.randint(max(2, n // 10), max(3, n // 2))}{unit}{rng.choice(['增加到', '增长到', '提高到', '扩大到'])}{n}{unit}"
    else:
        raw = f"由{max(1, n - rng.randint(1, max(2, n // 2)))}{unit}{rng.choice(['减少到', '下降到', '压减到', '降低到'])}{n}{unit}"
    return _flag(s, e, raw, ctx.text[s:e])


@R.form("figure", "t30_number_lost")
def fig_number_lost(ctx: Ctx):
    """The figure itself missing before its unit (a template field left empty, a cell that
    failed to render): 完成投资万元, 同比增长%, 提高个百分点."""
    site = ctx.pick_span(ctx.matches(_NUM_UNIT))
    if site is None:
        return None
    s, e, m = site
    return _flag(s, e, m.group(2), ctx.text[s:e])


@R.form("figure", "t31_placeholder_figure")
def fig_placeholder(ctx: Ctx):
    """A placeholder never filled in where a figure belongs (a draft's template): 完成投资XX万元,
    增长××%, 培训＿＿人, 建成***所."""
    rng = ctx.rng
    cands = list(ctx.matches(_NUM_UNIT)) + list(ctx.matches(rf"(?<=[{HAN}])(?<![第0-9])([0-9]{{1,5}})([{_COUNT}])(?=[{HAN}，。、])"))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    ph = rng.choice(["XX", "XXX", "××", "xx", "＿＿", "__", "***", "X.X", "○○", "XX.X"])
    return _flag(s, e, ph + m.group(2), ctx.text[s:e])


_PAIR = re.compile(rf"(?<![0-9、，])([0-9]{{1,4}})([{_COUNT}])[、，][{HAN}]{{1,10}}?([0-9]{{1,4}})\2(?=[，。；])")


@R.form("figure", "t32_total_after_parts_mismatch")
def fig_total_after_parts(ctx: Ctx):
    """A total given after its listed parts that does not match their sum (医院12家、卫生院9家，
    共计25家): the parts or the total were mistyped."""
    rng = ctx.rng
    cands = [(s, e, m) for s, e, m in ctx.matches(_PAIR) if "、" not in ctx.text[max(0, s - 10):s]]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    total = int(m.group(1)) + int(m.group(3))
    wrong = total + rng.choice([-1, 1]) * rng.randint(1, max(2, total // 4))
    if wrong <= max(int(m.group(1)), int(m.group(3))):
        wrong = total + rng.randint(2, 9)
    added = f"，{rng.choice(['共计', '合计', '总计', '共'])}{wrong}{m.group(2)}"
    return Inj(e, e, added, [Gold(0, len(added), "figure", "flag", added, repair="", where="inline")])


_DIGITS = re.compile(r"(?<![0-9.])[0-9]{2,6}(?![0-9年月日号])")


@R.form("figure", "t33_letter_for_digit")
def fig_letter_digit(ctx: Ctx):
    """A letter typed or recognised in place of a digit (OCR, a touch keyboard): 1O0人, 2l家,
    3o5万元, I20名."""
    rng = ctx.rng
    cands = [(s, e, m) for s, e, m in ctx.matches(_DIGITS) if re.search("[01]", m.group(0))]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    num = m.group(0)
    ks = [k for k, c in enumerate(num) if c in "01"]
    k = rng.choice(ks)
    sub = rng.choice(["O", "o"]) if num[k] == "0" else rng.choice(["l", "I"])
    return _flag(s, e, num[:k] + sub + num[k + 1:], num)


_FW = str.maketrans("0123456789", "０１２３４５６７８９")


@R.form("figure", "t34_mixed_width_digits")
def fig_mixed_width(ctx: Ctx):
    """One figure typed half in full-width digits (the input method switched mid-number):
    1２0人, ３50万元, 2０21家."""
    rng = ctx.rng
    site = ctx.pick_span([x for x in ctx.matches(_DIGITS) if len(x[2].group(0)) >= 3])
    if site is None:
        return None
    s, e, m = site
    num = m.group(0)
    a = rng.randint(0, len(num) - 2)
    b = rng.randint(a + 1, len(num) - 1)
    raw = num[:a] + num[a:b].translate(_FW) + num[b:]
    return _flag(s, e, raw, num)


_DEC = re.compile(r"(?<![0-9.,])([0-9]{1,3})\.([0-9]{1,2})(%|％|万元|亿元|万人)")


@R.form("figure", "t35_decimal_point_as_comma_or_dot")
def fig_decimal_comma(ctx: Ctx):
    """A decimal point written as a comma or a middle dot (European habit, old typesetting):
    增长12,5%, 3·6亿元, 8·25%."""
    site = ctx.pick_span(ctx.matches(_DEC))
    if site is None:
        return None
    s, e, m = site
    sep = ctx.rng.choice([",", "·", "·", "・"])
    return _flag(s, e, m.group(1) + sep + m.group(2) + m.group(3), ctx.text[s:e])


_MEASURED = re.compile(rf"(?<=[{HAN}])(?<![第0-9])([0-9]{{1,5}})([{_COUNT}])(?=[{HAN}])")


@R.form("figure", "t36_measure_word_doubled")
def fig_measure_doubled(ctx: Ctx):
    """A measure word typed twice after a count (a key bounce, a merge of two edits):
    新增12家家医院, 开展3个个项目."""
    cands = [x for x in ctx.matches(_MEASURED) if ctx.text[x[1]] != x[2].group(2)]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    return _flag(s, e, m.group(0) + m.group(2), m.group(0))


_WRONG = {"家": "名", "所": "名", "座": "人", "个": "名", "名": "家", "人": "座", "项": "人", "户": "所", "处": "名"}


@R.form("figure", "t37_measure_word_of_another_noun")
def fig_measure_wrong(ctx: Ctx):
    """A count with a measure word that belongs to another kind of thing (copied from a
    sibling item): 建成3名卫生院, 培训120座乡村医生, 新增5人企业."""
    site = ctx.pick_span([x for x in ctx.matches(_MEASURED) if x[2].group(2) in _WRONG])
    if site is None:
        return None
    s, e, m = site
    return _flag(s, e, m.group(1) + _WRONG[m.group(2)], m.group(0))


# ======================================================================================
# protected (keep): real text that looks like the figure and entity defects


@R.form("protected", "t7_figures_that_look_odd")
def prot_figures_odd(ctx: Ctx):
    """Correct figures that look like the defects: grades and versions (4A级, 2.0版), counts
    with 余/多, a 100% share, listed article numbers, a hotline number, a year span."""
    rng = ctx.rng
    return rng.choice([
        lambda: _protect(ctx, "新增4A级景区2家、3A级景区5家，推进“互联网+政务服务”2.0版建设。", ["4A级", "3A级", "2.0版"]),
        lambda: _protect(ctx, "培训基层干部120余人次，覆盖率达100%，较上年翻了一番。", ["120余人次", "100%"]),
        lambda: _protect(ctx, "依照第12、13条办理，咨询电话0571-12345678，受理时段8:30-17:00。",
                         ["第12、13条", "0571-12345678", "8:30-17:00"]),
        lambda: _protect(ctx, "2019—2021年累计完成投资1,250万元，年均增长6.5%。", ["2019—2021年", "1,250万元", "6.5%"]),
    ])()


@R.form("protected", "t8_ampersand_and_angle_in_prose")
def prot_amp_angle(ctx: Ctx):
    """Correct text with characters that look like markup: R&D, a less-than sign in a limit
    value (<35微克/立方米), an ampersand in a programme's name."""
    rng = ctx.rng
    return rng.choice([
        lambda: _protect(ctx, "全社会研究与试验发展（R&D）经费投入强度达到2.4%。", ["R&D", "2.4%"]),
        lambda: _protect(ctx, "细颗粒物年均浓度控制在<35微克/立方米，优良天数比例达到90%以上。", ["<35微克/立方米"]),
        lambda: _protect(ctx, "引进“B&B乡村民宿”品牌运营商3家。", ["B&B"]),
    ])()
