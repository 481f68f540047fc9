"""More TUNE forms (round 8): figure and entity shapes written before reading the rules.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms and without reading the figure or entity rules. See forms_tune.py for the
helpers a form uses.

entity (fix: the decoded character, "" for a space): names in mixed or upper case, a
reference escaped two or three times, a Han unit or measure word after a figure written as a
reference, the mark between two figures as a reference, a reference split by a space, mixed
runs of space and mark references, references inside 《》, dashes as numeric references, a
reference opening a paragraph, a reference without ";" closing a paragraph, HTML5 names of
ASCII marks inside figures (&period; &lpar;), a space reference between a figure and its %.

figure (flag): a count glued to its noun after 有/共/、, a whole unit word written twice,
a part's decimal point misplaced against a total in the same sentence, shares of parts that
add up to more than 100%, digits split by a line break, a percent sign between a figure and
its unit, a range whose ends are reversed, a count mixing digits with 十, two measure words
after one count, an ordinal 第 with a fraction, a decimal figure pasted twice.
"""

from __future__ import annotations

import re

from common import HAN, is_han
from forms_common import Ctx, Gold, Inj, is_digit
from forms_tune import R, _protect  # noqa: F401  (forms register themselves on import)

# ======================================================================================
# entity (fix)


def _fix(s: int, e: int, pieces) -> Inj:
    """``pieces``: (raw piece, expected or None for literal text) replacing base[s:e]."""
    raw, golds = "", []
    for piece, expected in pieces:
        if expected is not None:
            golds.append(Gold(len(raw), len(raw) + len(piece), "entity", "fix", expected, where="inline"))
        raw += piece
    return Inj(s, e, raw, golds)


def _insert(ctx: Ctx, points, raw: str, expected: str = ""):
    p = ctx.pick_point(points)
    if p is None:
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "entity", "fix", expected, where="inline")])


@R.form("entity", "t34_mixed_case_names")
def ent_mixed_case(ctx: Ctx):
    """A named reference typed in capitals or mixed case by a hand-written template:
    &LDQUO;…&RDQUO;, &Ldquo;…&Rdquo;, &MDASH;&MDASH;, &Nbsp; / &NbSp; between Chinese text."""
    rng = ctx.rng
    kind = rng.choice(["quote", "dash", "space"])
    if kind == "quote":
        site = ctx.pick_span(ctx.matches(r"“[^“”\n]{1,20}”"))
        if site is not None:
            s, e, _ = site
            a, b = rng.choice([("&LDQUO;", "&RDQUO;"), ("&Ldquo;", "&Rdquo;"), ("&lDquo;", "&rDquo;")])
            return _fix(s, e, [(a, "“"), (ctx.text[s + 1:e - 1], None), (b, "”")])
    if kind == "dash":
        site = ctx.pick_span(ctx.matches(r"——"))
        if site is not None:
            s, e, _ = site
            name = rng.choice(["&MDASH;", "&Mdash;", "&MDash;"])
            return _fix(s, e, [(name, "—"), (name, "—")])
    return _insert(ctx, ctx.han_gaps(), rng.choice(["&Nbsp;", "&NbSp;", "&nBSP;", "&Emsp;", "&ENSP;"]))


@R.form("entity", "t35_escaped_two_or_three_times")
def ent_multi_escaped(ctx: Ctx):
    """A reference escaped more than once by a chain of editors (&amp;amp;nbsp;,
    &amp;mdash;&amp;mdash;, &amp;#x3001;, &amp;amp;ldquo;): what it finally stands for is
    unique, so it decodes all the way."""
    rng = ctx.rng
    kind = rng.choice(["space", "dash", "mark"])
    if kind == "dash":
        site = ctx.pick_span(ctx.matches(r"——"))
        if site is not None:
            s, e, _ = site
            name = rng.choice(["&amp;mdash;", "&amp;amp;mdash;", "&amp;#8212;"])
            return _fix(s, e, [(name, "—"), (name, "—")])
    if kind == "mark":
        site = ctx.pick_span(ctx.matches(f"(?<=[{HAN}])[，、；：](?=[{HAN}])"))
        if site is not None:
            s, e, _ = site
            ch = ctx.text[s]
            ref = rng.choice([f"&amp;#x{ord(ch):x};", f"&amp;amp;#{ord(ch)};", f"&amp;#X{ord(ch):X};"])
            return _fix(s, e, [(ref, ch)])
    return _insert(ctx, ctx.han_gaps(), rng.choice(["&amp;amp;nbsp;", "&amp;emsp;", "&amp;#160;", "&amp;amp;#12288;"]))


_MEASURE_AFTER_DIGIT = re.compile(rf"(?<=[0-9])(个|家|名|所|项|万|亿|人|元|年|条|座|户)(?=[{HAN}，。、；])")


@R.form("entity", "t36_han_after_figure_as_ref")
def ent_han_after_figure(ctx: Ctx):
    """The Han character right after a figure (its measure word, unit or multiplier) written as
    a numeric reference by a GBK page or a converter: 12&#23478;医院, 3.5&#x4E07;元, 120&#20154;."""
    site = ctx.pick_span(ctx.matches(_MEASURE_AFTER_DIGIT))
    if site is None:
        return None
    s, e, _ = site
    ch = ctx.text[s]
    ref = ctx.rng.choice([f"&#{ord(ch)};", f"&#x{ord(ch):x};", f"&#x{ord(ch):X};", f"&#0{ord(ch)};"])
    return _fix(s, e, [(ref, ch)])


_BETWEEN_FIGURES = re.compile("(?<=[0-9０-９])[、—～－](?=[0-9０-９])")


@R.form("entity", "t37_mark_between_figures_ref")
def ent_mark_between_figures(ctx: Ctx):
    """The mark between two figures (a list 12、13, a span 2021—2025) written as a reference:
    12&#12289;13, 2021&#x2014;2025, 2021&mdash;2025. Falls back to a half-width % as
    &#x0025; where the document has no such mark."""
    site = ctx.pick_span(ctx.matches(_BETWEEN_FIGURES, range(1, len(ctx.lines))))
    if site is None:
        site = ctx.pick_span(ctx.matches(r"(?<=[0-9])%"))
        if site is None:
            return None
        s, e, _ = site
        return _fix(s, e, [(ctx.rng.choice(["&#x0025;", "&#0037;", "&#X25;"]), "%")])
    s, e, _ = site
    ch = ctx.text[s]
    refs = [f"&#{ord(ch)};", f"&#x{ord(ch):x};", f"&#X{ord(ch):X};"] + (["&mdash;"] if ch == "—" else [])
    return _fix(s, e, [(ctx.rng.choice(refs), ch)])


@R.form("entity", "t38_ref_split_by_space")
def ent_split_space(ctx: Ctx):
    """A reference with a space typed or justified into it (a typesetter's line fill):
    加强&nbsp ;管理, & nbsp;, &#65292 ; / &# 65292; for a comma."""
    rng = ctx.rng
    if rng.random() < 0.5:
        site = ctx.pick_span(ctx.matches(f"(?<=[{HAN}])[，、](?=[{HAN}])"))
        if site is not None:
            s, e, _ = site
            ch = ctx.text[s]
            ref = rng.choice([f"&#{ord(ch)} ;", f"&# {ord(ch)};", f"&#{ord(ch)} ;"])
            return _fix(s, e, [(ref, ch)])
    return _insert(ctx, ctx.han_gaps(), rng.choice(["&nbsp ;", "& nbsp;", "&nbsp ;&nbsp ;", "&emsp ;"]))


@R.form("entity", "t39_mixed_runs")
def ent_mixed_runs(ctx: Ctx):
    """A run of different references in one gap (a CMS's spacing and a mark together):
    &nbsp;&ensp;&#160;&emsp; between words (all go), &#65292;&nbsp;&nbsp; for a comma and
    its padding (the comma stays)."""
    rng = ctx.rng
    if rng.random() < 0.5:
        site = ctx.pick_span(ctx.matches(f"(?<=[{HAN}])[，；](?=[{HAN}])"))
        if site is not None:
            s, e, _ = site
            ch = ctx.text[s]
            pad = rng.choice(["&nbsp;&nbsp;", "&#160;", "&ensp;&nbsp;", "&nbsp;&#12288;"])
            lead = rng.random() < 0.3
            ref = rng.choice([f"&#{ord(ch)};", f"&#x{ord(ch):x};"])
            return _fix(s, e, [(pad, ""), (ref, ch)] if lead else [(ref, ch), (pad, "")])
    run = "".join(rng.choice(["&nbsp;", "&ensp;", "&#160;", "&emsp;", "&#xa0;", "&thinsp;", "&#8194;"])
                  for _ in range(rng.randint(3, 6)))
    return _insert(ctx, ctx.han_gaps(), run)


@R.form("entity", "t40_ref_inside_title_marks")
def ent_in_title_marks(ctx: Ctx):
    """A reference inside the name of a cited document or an aside: 《江岭市&nbsp;医疗…》,
    a Han character of the name as &#NNNNN;, （含&ensp;乡镇）."""
    rng = ctx.rng
    spans = [(s, e) for s, e, _ in ctx.matches(r"《[^《》\n]{4,30}》|（[^（）\n]{3,20}）")]
    rng.shuffle(spans)
    for s, e in spans:
        pts = [p for p in range(s + 2, e - 1) if is_han(ctx.text[p - 1]) and is_han(ctx.text[p])]
        pts = [p for p in pts if ctx.free(p, p)]
        if not pts:
            continue
        p = rng.choice(pts)
        if rng.random() < 0.5:
            raw = rng.choice(["&nbsp;", "&ensp;", "&#160;", "&nbsp;&nbsp;"])
            return Inj(p, p, raw, [Gold(0, len(raw), "entity", "fix", "", where="inline")])
        ch = ctx.text[p]
        return _fix(p, p + 1, [(rng.choice([f"&#{ord(ch)};", f"&#x{ord(ch):x};"]), ch)])
    return None


@R.form("entity", "t41_dash_numeric")
def ent_dash_numeric(ctx: Ctx):
    """A dash written as numeric references, or one numeric and one named: &#8212;&#8212;,
    &#x2014;&mdash;, &#X2014;&#X2014;, &#8213; never (only what the text had)."""
    site = ctx.pick_span(ctx.matches(r"——"))
    if site is None:
        return None
    s, e, _ = site
    a, b = ctx.rng.choice([("&#8212;", "&#8212;"), ("&#x2014;", "&mdash;"), ("&#X2014;", "&#X2014;"),
                           ("&mdash;", "&#8212;"), ("&#x02014;", "&#x02014;")])
    return _fix(s, e, [(a, "—"), (b, "—")])


@R.form("entity", "t42_ref_opens_paragraph")
def ent_opens_paragraph(ctx: Ctx):
    """A paragraph whose first character (a quote, a bracket or a Han character) is written as a
    reference (the editor escaped the first character of every block): &ldquo;放管服…,
    &#65288;一）…, &#21152;强…"""
    rng = ctx.rng
    starts = []
    for i in ctx.prose_lines():
        p = ctx.lines[i][0]
        if ctx.text[p] in "“（" or is_han(ctx.text[p]):
            starts.append((p, p + 1))
    site = ctx.pick_span(starts)
    if site is None:
        return None
    s, e = site
    ch = ctx.text[s]
    ref = "&ldquo;" if ch == "“" and rng.random() < 0.6 else rng.choice([f"&#{ord(ch)};", f"&#x{ord(ch):x};"])
    return _fix(s, e, [(ref, ch)])


@R.form("entity", "t43_ref_closes_paragraph_no_semicolon")
def ent_closes_paragraph(ctx: Ctx):
    """A paragraph's last mark written as a reference that lost its ";" at the line break:
    …工作&#12290⏎, …&#x3002⏎, or padding &nbsp at the very end."""
    rng = ctx.rng
    ends = [(ctx.lines[i][1] - 1, ctx.lines[i][1]) for i in ctx.prose_lines()
            if ctx.text[ctx.lines[i][1] - 1] in "。；"]
    site = ctx.pick_span(ends)
    if site is None:
        return None
    s, e = site
    ch = ctx.text[s]
    if rng.random() < 0.25:
        return _fix(s, e, [(ch, None), (rng.choice(["&nbsp", "&nbsp&nbsp", "&#160"]), "")])
    return _fix(s, e, [(rng.choice([f"&#{ord(ch)}", f"&#x{ord(ch):x}", f"&#X{ord(ch):X}"]), ch)])


_ASCII_NAMES = {".": ["&period;", "&#46;"], "%": ["&percnt;", "&#x25;"], "(": ["&lpar;", "&#40;"],
                ")": ["&rpar;", "&#41;"], "+": ["&plus;", "&#43;"], "/": ["&sol;", "&#47;"], ":": ["&colon;"]}


@R.form("entity", "t44_html5_ascii_names_in_figures")
def ent_ascii_names(ctx: Ctx):
    """An ASCII mark inside a figure or an aside written with its HTML5 name (a converter that
    escapes all punctuation): 3&period;5万元, 12&period;6&percnt;, &lpar;…&rpar;, 5G&plus;."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(r"(?<=[0-9])\.(?=[0-9])|(?<=[0-9])%|\+|/"))
    if site is None:
        return None
    s, e, _ = site
    ch = ctx.text[s]
    return _fix(s, e, [(rng.choice(_ASCII_NAMES[ch]), ch)])


@R.form("entity", "t45_space_ref_before_percent")
def ent_space_before_percent(ctx: Ctx):
    """A space reference between a figure and its percent sign or after the sign before a
    Chinese word (a right-aligned table cell): 12.6&nbsp;%, 95&#160;%以上, 8%&ensp;左右."""
    rng = ctx.rng
    pts = [p for p, _, _ in ctx.matches(r"(?<=[0-9])(?=[%％])")]
    if rng.random() < 0.3:
        pts = [p for p, _, _ in ctx.matches(f"(?<=[%％])(?=[{HAN}])")] or pts
    return _insert(ctx, pts, rng.choice(["&nbsp;", "&#160;", "&ensp;", "&thinsp;", "&#x202F;"]))


# ======================================================================================
# figure (flag; ``repair`` is the base text)


def _flag(s: int, e: int, raw: str, base: str) -> Inj:
    return Inj(s, e, raw, [Gold(0, len(raw), "figure", "flag", raw, repair=base, where="inline")])


def _added(e: int, added: str) -> Inj:
    return Inj(e, e, added, [Gold(0, len(added), "figure", "flag", added, repair="", where="inline")])


_COUNT_NOUN = re.compile(rf"(?<=[有共计、，和及])([0-9]{{1,4}})([个家名所项座条户支处])(?=[{HAN}]{{2}})")


@R.form("figure", "t38_count_glued_to_noun")
def fig_count_glued(ctx: Ctx):
    """A count whose measure word was lost so the figure sits on its noun, after 有 / 共 / 、 / ，
    rather than after a counting verb: 全市共有81医务人员, 、12乡镇卫生院, ，3重点项目."""
    cands = [x for x in ctx.matches(_COUNT_NOUN) if ctx.text[x[1]] not in "以左次、之余多"]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    return _flag(s, e + 2, m.group(1) + ctx.text[e:e + 2], ctx.text[s:e + 2])


_UNIT_WORD = re.compile(r"(?<=[0-9])(万元|亿元|公里|万人|万亩|个百分点|平方米|万吨)")


@R.form("figure", "t39_unit_word_repeated")
def fig_unit_repeated(ctx: Ctx):
    """A whole unit word written twice after its figure (a paste over a cell that kept its
    unit): 3500万元万元, 12公里公里, 2.1个百分点个百分点."""
    site = ctx.pick_span(ctx.matches(_UNIT_WORD))
    if site is None:
        return None
    s, e, m = site
    return _flag(s, e, m.group(1) * 2, m.group(1))


_WAN = re.compile(r"(?<![0-9.,])([1-9][0-9]{3,5})(万元|亿元|万人|万亩)")


@R.form("figure", "t40_part_point_misplaced")
def fig_part_point(ctx: Ctx):
    """A part of a total in the same sentence with its decimal point slipped in after the first
    digit, so it is a thousandth of its size: 总投资46525万元，…1.4025 万元 (14025万元)."""
    rng = ctx.rng
    cands = []
    for i in ctx.prose_lines():
        ls, le, line = ctx.lines[i]
        for sent in re.finditer(r"[^。；]+", line):
            ms = list(_WAN.finditer(sent.group(0)))
            for a in ms:
                for b in ms:
                    if a is not b and a.group(2) == b.group(2) and int(a.group(1)) < int(b.group(1)):
                        off = ls + sent.start()
                        cands.append((off + a.start(), off + a.end(), a))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    num = m.group(1)
    k = rng.randint(1, min(2, len(num) - 3))
    raw = num[:k] + "." + num[k:] + rng.choice(["", " ", ""]) + m.group(2)
    return _flag(s, e, raw, ctx.text[s:e])


@R.form("figure", "t41_shares_over_100")
def fig_shares_over(ctx: Ctx):
    """Shares of the parts of a whole that add up to more than 100% (one of them mistyped):
    …，其中城镇占62%、农村占45%."""
    rng = ctx.rng
    ends = [(p, p) for p, _, _ in ctx.matches(r"(?<=[0-9][%％])(?=[，。；])")]
    site = ctx.pick_span(ends)
    if site is None:
        return None
    p = site[0]
    a = rng.randint(52, 80)
    b = 100 - a + rng.randint(6, 30)
    pair = rng.choice([("城镇", "农村"), ("市区", "县域"), ("公办", "民办"), ("线上", "线下"), ("男性", "女性")])
    added = f"，其中{pair[0]}占{a}%、{pair[1]}占{b}%"
    return _added(p, added)


_NUM = re.compile(r"(?<![0-9.,])[0-9]{4,7}(?=[万亿元人户家个项名吨亩])")


@R.form("figure", "t42_digits_split_by_line_break")
def fig_split_break(ctx: Ctx):
    """A figure cut in two by a hard line break inside its digits (a fixed-width export):
    465⏎25万元."""
    site = ctx.pick_span(ctx.matches(_NUM))
    if site is None:
        return None
    s, e, m = site
    num = m.group(0)
    k = ctx.rng.randint(1, len(num) - 1)
    return _flag(s, e, num[:k] + "\n" + num[k:], num)


_NUM_UNIT = re.compile(rf"(?<=[{HAN}])(?<![第0-9.])([0-9]{{1,5}})(万元|亿元|家|人|个|所|项|户|名)")


@R.form("figure", "t43_percent_before_unit")
def fig_percent_unit(ctx: Ctx):
    """A percent sign between a figure and its unit or measure word (a cell formatted as a
    percentage): 完成投资3500%万元, 新建12%家."""
    site = ctx.pick_span(ctx.matches(_NUM_UNIT))
    if site is None:
        return None
    s, e, m = site
    return _flag(s, e, m.group(1) + ctx.rng.choice(["%", "％"]) + m.group(2), m.group(0))


_COUNT2 = re.compile(rf"(?<=[{HAN}])(?<![第0-9.])([1-9][0-9]{{0,2}})(个|家|所|项|天|年|名|人)(?=[{HAN}，。])")


@R.form("figure", "t44_range_reversed")
def fig_range_reversed(ctx: Ctx):
    """A range whose lower end is larger than its upper end (the two were swapped or one
    mistyped): 15-10个, 30～20天."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(_COUNT2))
    if site is None:
        return None
    s, e, m = site
    n = int(m.group(1))
    raw = f"{n + rng.randint(2, 9)}{rng.choice(['-', '～', '—', '~'])}{n}{m.group(2)}"
    return _flag(s, e, raw, m.group(0))


_TWO_DIGIT = re.compile(rf"(?<=[{HAN}])(?<![第0-9.])([1-9])([1-9])(个|家|所|项|名|人|户)")


@R.form("figure", "t45_digits_with_shi")
def fig_digits_shi(ctx: Ctx):
    """A count mixing Arabic digits with 十 (a figure half retyped in words): 3十5家, 2十人."""
    site = ctx.pick_span(ctx.matches(_TWO_DIGIT))
    if site is None:
        return None
    s, e, m = site
    return _flag(s, e, f"{m.group(1)}十{m.group(2)}{m.group(3)}", m.group(0))


_SECOND_MW = {"家": "所", "所": "家", "个": "项", "项": "个", "名": "人", "人": "名", "座": "个", "户": "家"}
_MW = re.compile(rf"(?<=[{HAN}])(?<![第0-9.])([0-9]{{1,5}})([家所个项名人座户])(?=[{HAN}])")


@R.form("figure", "t46_two_measure_words")
def fig_two_mw(ctx: Ctx):
    """Two different measure words after one count (an edit that kept both): 新增12家所医院,
    开展3个项培训, 培训120名人."""
    cands = [x for x in ctx.matches(_MW) if ctx.text[x[1]] not in "次以左"]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    return _flag(s, e, m.group(0) + _SECOND_MW[m.group(2)], m.group(0))


_ORD = re.compile(r"第([0-9]{1,2}|[一二三四五六七八九十]{1,3})(批|季度|届|次|轮|年度)")


@R.form("figure", "t47_ordinal_with_fraction")
def fig_ordinal_fraction(ctx: Ctx):
    """An ordinal with a fraction (a decimal typed into a 第 number): 第3.5批, 第2.5季度, 第三次
    as 第3.5次 (not an article or chapter: a standard's clause 第3.2条 is a real number)."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(_ORD, range(1, len(ctx.lines))))
    if site is None:
        return None
    s, e, m = site
    n = m.group(1)
    digit = n if n.isdigit() else str(rng.randint(2, 4))
    raw = f"第{digit}.{rng.randint(1, 9)}{m.group(2)}"
    return _flag(s, e, raw, m.group(0))


_DEC = re.compile(r"(?<![0-9.,])([0-9]{1,3}\.[0-9]{1,2})(%|％|万元|亿元|个百分点|万人)")


@R.form("figure", "t48_decimal_pasted_twice")
def fig_decimal_twice(ctx: Ctx):
    """A decimal figure pasted twice into itself, leaving a number with two points:
    12.512.5%, 3.63.6亿元."""
    site = ctx.pick_span(ctx.matches(_DEC))
    if site is None:
        return None
    s, e, m = site
    return _flag(s, e, m.group(1) * 2 + m.group(2), m.group(0))


# ======================================================================================
# protected (keep)


@R.form("protected", "t11_figures_right_r8")
def prot_figures_r8(ctx: Ctx):
    """Correct figures of the shapes above: a range 3-5个, 1.5万元, 第3季度, a ratio, a year,
    a phone number, a completion rate over 100%, shares that add up to 100%."""
    rng = ctx.rng
    return rng.choice([
        lambda: _protect(ctx, "办理时限为3-5个工作日，补助标准为每户1.5万元。", ["3-5个", "1.5万元"]),
        lambda: _protect(ctx, "第3季度完成全年任务的105%，城乡比为1:1.2。", ["第3季度", "105%", "1:1.2"]),
        lambda: _protect(ctx, "2021年共有81名医务人员参加培训，咨询电话0571-12345678。",
                         ["2021年", "81名", "0571-12345678"]),
        lambda: _protect(ctx, "全年服务12.5万人次，其中城镇占62%、农村占38%。", ["12.5万人次", "62%", "38%"]),
        lambda: _protect(ctx, "总投资46525万元，其中省级补助14025万元、市级配套3200万元。",
                         ["46525万元", "14025万元", "3200万元"]),
    ])()


@R.form("protected", "t12_ampersands_kept_r8")
def prot_amp_r8(ctx: Ctx):
    """Ampersands that are not references: query strings whose keys begin like entity names
    (&copy= &times= &para= &not=), a company's R&D or AT&T, a Q&A session."""
    rng = ctx.rng
    url = rng.choice(["http://www.example.gov.cn/list.jsp?id=12&copy=1&lang=zh",
                      "https://zwfw.example.gov.cn/search?q=1&timestamp=1617000000&type=2",
                      "http://wjw.example.gov.cn/a.do?col=3&para=2&not=0",
                      "http://www.example.gov.cn/view?id=7&sect=2&reg=1"])
    return rng.choice([
        lambda: _protect(ctx, f"详情请登录{url}查看。", [url]),
        lambda: _protect(ctx, f"申报系统地址：{url}。", [url]),
        lambda: _protect(ctx, "江岭R&D中心与AT&T合作开展Q&A专场答疑。", ["R&D", "AT&T", "Q&A"]),
    ])()
