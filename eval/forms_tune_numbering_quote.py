"""More TUNE forms (second round of issue 16): other surface shapes of the same defects.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

import re

from common import HAN, int_to_cn, marker_text
from forms_common import Ctx, Gold, Inj
from forms_tune import R, _numbering  # noqa: F401  (forms register themselves on import)

# ======================================================================================
# numbering (fix: the expected marker)

_ALL_KINDS = ("cn_dun", "cn_paren", "ar_dot", "ar_paren", "chapter", "article")


@R.form("numbering", "t5_wrong_punctuation")
def num_wrong_punct(ctx: Ctx):
    """A marker typed with the wrong kind or width of punctuation while its siblings keep theirs:
    三. 三， 三． 三) for 三、; (三) （三) (三） for （三）; 3、 3． 3， 3) for 3.; (3) 3) 3） for （3）."""
    rng = ctx.rng

    def damage(m):
        num = m.text.strip("（）、.")
        if m.kind == "cn_dun":
            return num + rng.choice([".", "，", "．", ",", "．"])
        if m.kind == "cn_paren":
            return rng.choice([f"({num})", f"（{num})", f"({num}）"])
        if m.kind == "ar_dot":
            return num + rng.choice(["、", "．", "，", ")", "）"])
        if m.kind == "ar_paren":
            return rng.choice([f"({num})", f"{num})", f"{num}）", f"（{num})"])
        return None
    return _numbering(ctx, ("cn_dun", "cn_paren", "ar_dot", "ar_paren"), damage)


@R.form("numbering", "t6_arabic_levels")
def num_arabic_levels(ctx: Ctx):
    """Levels three and four (1. and （1）) damaged like the upper ones: repeated (3. 3.), skipped
    (2. 4. 4.), numeral lost (（）加强…, .加强…), one bracket or the point lost (（3加强…, 3）加强…, 3加强…)."""
    rng = ctx.rng

    def damage(m):
        how = rng.choice(["repeat", "skip", "lost", "mark"])
        if how == "repeat":
            return marker_text(m.kind, m.value - 1)
        if how == "skip":
            return marker_text(m.kind, m.value + 1)
        if how == "lost":
            return "（）" if m.kind == "ar_paren" else None
        if m.kind == "ar_paren":
            return rng.choice([m.text[:-1], m.text[1:]])
        return None
    return _numbering(ctx, ("ar_dot", "ar_paren"), damage)


# Characters a numeral is mistaken for (OCR, input methods): 一 as a dash or ー, 二 as ニ, 0 as O, 1 as l.
_LOOKALIKE_CN = {"一": ["—", "－", "ー", "一一"], "二": ["ニ", "=", "二二"], "十": ["+", "＋"], "〇": ["O", "○"]}
_LOOKALIKE_AR = {"0": ["O", "o"], "1": ["l", "I"]}


@R.form("numbering", "t7_numeral_lookalike")
def num_lookalike(ctx: Ctx):
    """A numeral character replaced by a look-alike: （十一）→（十—）, 二、→ニ、, （十二）→（＋二）, 10.→1O., 11.→l1."""
    rng = ctx.rng

    def damage(m):
        table = _LOOKALIKE_AR if m.kind.startswith("ar") else _LOOKALIKE_CN
        num = re.search(r"[0-9一二三四五六七八九十百〇]+", m.text)
        spots = [i for i in range(num.start(), num.end()) if m.text[i] in table]
        if not spots:
            return None
        i = rng.choice(spots)
        return m.text[:i] + rng.choice(table[m.text[i]]) + m.text[i + 1:]
    return _numbering(ctx, ("cn_dun", "cn_paren", "ar_dot", "ar_paren", "chapter", "article"), damage)


@R.form("numbering", "t8_chapter_article")
def num_chapter_article(ctx: Ctx):
    """第X章 / 第X条 sequences broken: the previous number repeated (第五条 第五条 where 第六条 is due),
    a numeral character lost (第十二条→第十条, 第十二条→第二条) or a skip that doubles the next (第七条 第七条)."""
    rng = ctx.rng

    def damage(m):
        how = rng.choice(["repeat", "skip", "lost"])
        if how == "repeat":
            return marker_text(m.kind, m.value - 1)
        if how == "skip":
            return marker_text(m.kind, m.value + 1)
        num = m.text[1:-1]
        if len(num) < 2:
            return marker_text(m.kind, m.value - 1)
        k = rng.randrange(len(num))
        return m.text[0] + num[:k] + num[k + 1:] + m.text[-1]
    return _numbering(ctx, ("chapter", "article"), damage)


_SHI = re.compile(f"(?<=[。；：])([一二三四五六七八九十]+)是(?=[{HAN}])")


@R.form("numbering", "t9_shi_inline")
def num_shi_inline(ctx: Ctx):
    """An inline 一是…二是… list broken inside a paragraph: a number repeated (一是…二是…二是…四是…)
    or skipped with the next confirming (一是…二是…四是…四是…)."""
    rng = ctx.rng
    cands = []
    for i in ctx.prose_lines():
        s, e, line = ctx.lines[i]
        found = [(s + m.start(), s + m.end(), m.group(1)) for m in _SHI.finditer(line)]
        values = [(a, b, {int_to_cn(v): v for v in range(1, 20)}.get(n)) for a, b, n in found]
        for k in range(1, len(values) - 1):
            (pa, pb, pv), (a, b, v), (na, nb, nv) = values[k - 1], values[k], values[k + 1]
            if pv is not None and v == pv + 1 and nv == v + 1:
                cands.append((a, b, v, (pa, pb), (na, nb)))
    for a, b, v, prev, nxt in ctx.shuffled(cands):
        if not ctx.free(a, b):
            continue
        raw = int_to_cn(v + rng.choice([-1, 1])) + "是"
        inj = Inj(a, b, raw, [Gold(0, len(raw), "numbering", "fix", ctx.text[a:b], where="inline")])
        inj.reserve = [prev, nxt]
        return inj
    return None


def _marker_lines(ctx: Ctx, kinds):
    """Markers (with siblings before and after) whose line follows a line ending in 。 or ：."""
    out = []
    by_kind = {}
    for m in ctx.markers:
        by_kind.setdefault(m.kind, []).append(m)
    for kind in kinds:
        ms = by_kind.get(kind, [])
        for k in range(1, len(ms) - 1):
            m = ms[k]
            if ms[k - 1].value == m.value - 1 and ms[k + 1].value == m.value + 1 and m.line > 1:
                prev_end = ctx.lines[m.line - 1][1]
                if ctx.text[prev_end - 1] in "。；" and m.line - 1 in ctx.body_range():
                    out.append((m, ms[k - 1], ms[k + 1]))
    return out


@R.form("numbering", "t10_glued_to_previous")
def num_glued(ctx: Ctx):
    """A heading glued to the end of the paragraph before (its line break lost):
    …全面完成。三、加强组织保障 for …全面完成。\\n三、加强组织保障."""
    for m, prev, nxt in ctx.shuffled(_marker_lines(ctx, ("cn_dun", "cn_paren", "ar_dot", "ar_paren"))):
        s, e = m.start - 2, m.end + 1
        if not ctx.free(s, e):
            continue
        raw = ctx.text[s:m.start - 1] + ctx.text[m.start:e]
        inj = Inj(s, e, raw, [Gold(0, len(raw), "numbering", "fix", ctx.text[s:e], where="glued")])
        inj.reserve = [(prev.start, prev.end), (nxt.start, nxt.end)]
        return inj
    return None


@R.form("numbering", "t11_marker_on_line_before")
def num_marker_before(ctx: Ctx):
    """A heading's marker moved to the end of the line before: …全面完成。三、\\n加强组织保障."""
    for m, prev, nxt in ctx.shuffled(_marker_lines(ctx, ("cn_dun", "cn_paren", "ar_dot", "ar_paren"))):
        s, e = m.start - 2, m.end + 1
        if not ctx.free(s, e):
            continue
        raw = ctx.text[s:m.start - 1] + m.text + "\n" + ctx.text[m.end:e]
        inj = Inj(s, e, raw, [Gold(0, len(raw), "numbering", "fix", ctx.text[s:e], where="line")])
        inj.reserve = [(prev.start, prev.end), (nxt.start, nxt.end)]
        return inj
    return None


@R.form("numbering", "t12_doubled_marker")
def num_doubled(ctx: Ctx):
    """A marker written twice at the head of its line: （三）（三）加强…, 3.3.加强…, 三、三、加强…, （3）（3）."""
    rng = ctx.rng
    return _numbering(ctx, ("cn_dun", "cn_paren", "ar_dot", "ar_paren"),
                      lambda m: m.text + rng.choice(["", "", " "]) + m.text)


# ======================================================================================
# quote (fix or flag)

_QUOTED = r"“[^“”\n]{1,20}”"
_TITLED = r"《[^《》\n]{2,30}》"


@R.form("quote", "t5_close_without_open")
def quote_close_only(ctx: Ctx):
    """A closing ” whose opening “ was lost: 打造医心党建”品牌 (flag)."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(_QUOTED)])
    if site is None:
        return None
    s, e = site
    raw = ctx.text[s + 1:e]
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "flag", raw, repair=ctx.text[s:e], where="inline")])


@R.form("quote", "t6_corner_and_mixed")
def quote_corner(ctx: Ctx):
    """Corner brackets or a mixed pair for Chinese quotes: 「两客一危」, 『两客一危』, “两客一危」, 「两客一危”."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(_QUOTED)])
    if site is None:
        return None
    s, e = site
    a, b = ctx.rng.choice([("「", "」"), ("「", "」"), ("『", "』"), ("“", "」"), ("「", "”")])
    raw = a + ctx.text[s + 1:e - 1] + b
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


@R.form("quote", "t7_other_double_marks")
def quote_other_double(ctx: Ctx):
    """Other double marks for “ ”: full-width ＂…＂, 〝…〞, a half-straight pair “…" / "…”, primes ″…″."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(_QUOTED)])
    if site is None:
        return None
    s, e = site
    a, b = ctx.rng.choice([("＂", "＂"), ("〝", "〞"), ("〝", "〟"), ("“", '"'), ('"', "”"), ("″", "″")])
    raw = a + ctx.text[s + 1:e - 1] + b
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


@R.form("quote", "t8_ascii_single")
def quote_ascii_single(ctx: Ctx):
    """ASCII single quotes for a (top-level) Chinese quotation: '两客一危' → “两客一危”."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(_QUOTED)])
    if site is None:
        return None
    s, e = site
    raw = "'" + ctx.text[s + 1:e - 1] + "'"
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


# Verbs and clauses before a title other than the ones of t3 (根据/落实/印发 …).
_OTHER_VERBS = ("学习", "发布", "修订", "制定", "废止", "实施", "颁布", "出台", "编制", "宣传", "解读", "审议",
                "通过", "修改", "起草", "研究", "遵守", "转发", "施行", "结合", "围绕", "出台了", "制定了")


@R.form("quote", "t9_lone_close_other_verbs")
def quote_lone_close_other(ctx: Ctx):
    """A lone 》 whose 《 was lost after any other word: 认真学习关于…意见》, 深入推进…规划》实施 (flag;
    a repair to the base text counts too)."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(_TITLED)
                          if ctx.text[max(0, s - 2):s] not in ("根据", "依据", "按照", "贯彻", "落实", "印发", "执行",
                                                               "对照", "参照", "遵照", "依照")])
    if site is None:
        return None
    s, e = site
    raw = ctx.text[s + 1:e]
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "flag", raw, repair=ctx.text[s:e], where="inline")])


@R.form("quote", "t10_title_broken_line")
def quote_title_broken(ctx: Ctx):
    """A 《title》 (or a “quotation”) broken over two lines by the page: 根据《关于进一步加强\\n安全生产的意见》 (fix: joined)."""
    cands = [(s, e) for s, e, _ in ctx.matches(f"{_TITLED}|{_QUOTED}") if e - s >= 6]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    cut = ctx.rng.randint(s + 2, e - 2)
    raw = ctx.text[s:cut] + ctx.rng.choice(["\n", "\n", " \n", "\n　　"]) + ctx.text[cut:e]
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


@R.form("quote", "t11_angle_marks")
def quote_angle_marks(ctx: Ctx):
    """A top-level title in single angle brackets or less-than signs: 〈…〉, ＜…＞, <…>, ‹…› for 《…》."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(_TITLED)])
    if site is None:
        return None
    s, e = site
    a, b = ctx.rng.choice([("〈", "〉"), ("〈", "〉"), ("＜", "＞"), ("<", ">"), ("‹", "›"), ("《", "〉"), ("〈", "》")])
    raw = a + ctx.text[s + 1:e - 1] + b
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


_BRACKETED = r"（[^（）\n]{2,24}）|【[^【】\n]{2,24}】"


@R.form("quote", "t12_unbalanced_brackets")
def quote_unbalanced_brackets(ctx: Ctx):
    """A round or square bracket of an aside lost on one side: 城乡居民（含农村低保对象 / 含农村低保对象）参保 (flag)."""
    cands = []
    for s, e, m in ctx.matches(_BRACKETED):
        line = ctx.lines[ctx.line_of(s)]
        if s - line[0] >= 3:  # not an outline marker at the line's start
            cands.append((s, e))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    raw = ctx.text[s:e - 1] if ctx.rng.random() < 0.5 else ctx.text[s + 1:e]
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "flag", raw, repair=ctx.text[s:e], where="inline")])


# ======================================================================================
# round 3: numbering

_FW_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


@R.form("numbering", "t13_numeral_other_script")
def num_other_script(ctx: Ctx):
    """A marker's numeral written in another script or width while its siblings keep theirs:
    ３. / （３） (full-width digits), 3、 / （3） for 三、 / （三） (Arabic for Chinese numerals)."""
    rng = ctx.rng

    def damage(m):
        if m.kind in ("ar_dot", "ar_paren"):
            return m.text.translate(_FW_DIGITS)
        digits = str(m.value) if rng.random() < 0.7 else str(m.value).translate(_FW_DIGITS)
        if m.kind == "cn_dun":
            return digits + "、"
        return "（" + digits + "）"
    return _numbering(ctx, ("cn_dun", "cn_paren", "ar_dot", "ar_paren"), damage)


@R.form("numbering", "t14_other_brackets")
def num_other_brackets(ctx: Ctx):
    """A bracketed marker written with another kind of bracket: 〔三〕, ［三］, [三], 【三】, ⑶ / ⒊ for
    （三） / （3）."""
    rng = ctx.rng

    def damage(m):
        num = m.text.strip("（）")
        if m.kind == "ar_paren" and m.value <= 20 and rng.random() < 0.3:
            return chr(0x2474 + m.value)  # parenthesized digit
        a, b = rng.choice([("〔", "〕"), ("［", "］"), ("[", "]"), ("【", "】"), ("｛", "｝")])
        return a + num + b
    return _numbering(ctx, ("cn_paren", "ar_paren"), damage)


@R.form("numbering", "t15_space_inside")
def num_space_inside(ctx: Ctx):
    """A marker split by a space the page put in: 三 、, （ 三 ）, （三 ）, 3 ., 第 六 条."""
    rng = ctx.rng

    def damage(m):
        sp = rng.choice([" ", " ", "　", "  "])
        if m.kind in ("cn_dun", "ar_dot"):
            return m.text[:-1] + sp + m.text[-1]
        if m.kind in ("cn_paren", "ar_paren"):
            return rng.choice([m.text[0] + sp + m.text[1:], m.text[:-1] + sp + m.text[-1],
                               m.text[0] + sp + m.text[1:-1] + sp + m.text[-1]])
        return m.text[0] + sp + m.text[1:-1] + sp + m.text[-1]
    return _numbering(ctx, _ALL_KINDS, damage)


@R.form("numbering", "t16_article_arabic")
def num_article_arabic(ctx: Ctx):
    """A 第X条 / 第X章 marker whose numeral is Arabic (or full-width) among Chinese siblings: 第6条, 第１２条."""
    rng = ctx.rng

    def damage(m):
        digits = str(m.value) if rng.random() < 0.6 else str(m.value).translate(_FW_DIGITS)
        return m.text[0] + digits + m.text[-1]
    return _numbering(ctx, ("chapter", "article"), damage)


@R.form("numbering", "t17_swapped_pair")
def num_swapped(ctx: Ctx):
    """Two consecutive sibling markers swapped: 一、… 三、… 二、… 四、 (both fixed)."""
    cands = []
    by_kind = {}
    for m in ctx.markers:
        by_kind.setdefault(m.kind, []).append(m)
    for kind, ms in by_kind.items():
        if kind not in ("cn_dun", "cn_paren", "ar_dot", "ar_paren"):
            continue
        for k in range(1, len(ms) - 2):
            p, a, b, n = ms[k - 1], ms[k], ms[k + 1], ms[k + 2]
            if (p.value + 1, p.value + 2, p.value + 3) == (a.value, b.value, n.value) and b.line - a.line <= 12:
                cands.append((p, a, b, n))
    for p, a, b, n in ctx.shuffled(cands):
        if a.line == 0 or not ctx.free(a.start, b.end):
            continue
        mid = ctx.text[a.end:b.start]
        raw = b.text + mid + a.text
        inj = Inj(a.start, b.end, raw, [Gold(0, len(b.text), "numbering", "fix", a.text, where="line"),
                                        Gold(len(raw) - len(a.text), len(raw), "numbering", "fix", b.text,
                                             where="line")])
        inj.reserve = [(p.start, p.end), (n.start, n.end)]
        return inj
    return None


# ======================================================================================
# round 3: quote

@R.form("quote", "t13_single_curly_top")
def quote_single_curly(ctx: Ctx):
    """Curly single quotes used for a top-level quotation: ‘两客一危’ for “两客一危” (no “ around it)."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(_QUOTED)])
    if site is None:
        return None
    s, e = site
    raw = "‘" + ctx.text[s + 1:e - 1] + "’"
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


@R.form("quote", "t14_double_wrong_way")
def quote_double_wrong(ctx: Ctx):
    """A pair of double quotes the wrong way round or with the same mark twice: ”两客一危“, “两客一危“,
    ”两客一危”."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(_QUOTED)])
    if site is None:
        return None
    s, e = site
    a, b = ctx.rng.choice([("”", "“"), ("”", "“"), ("“", "“"), ("”", "”")])
    raw = a + ctx.text[s + 1:e - 1] + b
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


@R.form("quote", "t15_title_wrong_way")
def quote_title_wrong(ctx: Ctx):
    """Title marks reversed or doubled: 》关于…意见《, 《《关于…意见》, 《关于…意见》》, 《关于…意见《."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(_TITLED)])
    if site is None:
        return None
    s, e = site
    a, b = ctx.rng.choice([("》", "《"), ("》", "《"), ("《《", "》"), ("《", "》》"), ("《", "《")])
    raw = a + ctx.text[s + 1:e - 1] + b
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


@R.form("quote", "t16_ascii_double_angle")
def quote_ascii_double_angle(ctx: Ctx):
    """Title marks typed as ASCII or guillemets: <<关于…意见>>, «关于…意见», 《关于…意见>>, <<关于…意见》."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(_TITLED)])
    if site is None:
        return None
    s, e = site
    a, b = ctx.rng.choice([("<<", ">>"), ("<<", ">>"), ("«", "»"), ("《", ">>"), ("<<", "》"), ("＜＜", "＞＞")])
    raw = a + ctx.text[s + 1:e - 1] + b
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


@R.form("quote", "t17_title_in_quotes")
def quote_title_as_quote(ctx: Ctx):
    """A document's name after a citing verb put in quotation marks or corner brackets instead of 《》:
    根据“关于…的意见” / 根据"…办法" (flag: the reader cannot tell a title from a quotation for sure)."""
    cands = []
    for s, e, _ in ctx.matches(_TITLED):
        inner = ctx.text[s + 1:e - 1]
        if inner[-2:] in ("意见", "通知", "办法", "规定", "条例", "方案", "规划", "决定", "细则", "法"):
            cands.append((s, e))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    a, b = ctx.rng.choice([("“", "”"), ("“", "”"), ('"', '"')])
    raw = a + ctx.text[s + 1:e - 1] + b
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "flag", raw, repair=ctx.text[s:e], where="inline")])
