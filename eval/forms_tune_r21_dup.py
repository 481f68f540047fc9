"""More TUNE forms (round 21): dup, written blind (before reading the dup rules).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers.
Shapes the earlier rounds did not show: the last item of a list pasted again and renumbered by
Word's auto-numbering (（三）… / （四）… the same words; 三是…；四是…。), a paragraph broken in the
middle by a PDF page footer with the overlap of the scans repeated after it, the lead paragraph
printed again as a labelled summary above the body (摘要：…), the signature organisation or date
rendered twice on its line (the seal image's alt text), two lines repeated after a run of page
furniture (print view + normal view), a copy carrying an editor's one-word revision (进一步 added or
dropped), a heading and its paragraph repeated as ONE line (the break lost in the copy), and a
table row repeated at a page break (Word's repeated header row, or the row cut by the break).
No ``alt``: removing the original counts as content lost.
The protected forms are real repeats: reduplicated words and refrains of a speech (一项一项抓整改,
走一走、看一看, 研究研究), and annex titles listed and then heading their annexes, with an annex task
table restating a body sentence word for word.
"""

from __future__ import annotations

import re

from common import is_han, marker_text
from forms_common import Ctx, Gold, Inj, keep_lines
from forms_tune import R  # noqa: F401  (forms register themselves on import)

_CN_ORD = "一二三四五六七八九十"


def _loose(ctx: Ctx, orig: tuple[int, int], at: int, raw: str, where: str, rs: int = 0):
    """One dup span (raw[rs:]) inserted at ``at``; the original stays reserved. No alt."""
    if not ctx.free(orig[0], orig[1], 0) or not ctx.free(at, at):
        return None
    golds = [Gold(rs, len(raw), "dup", "remove", "", where=where)]
    inj = Inj(at, at, raw, golds)
    inj.reserve = [orig]
    return inj


def _page_mark(rng) -> str:
    n = rng.randint(2, 9)
    return rng.choice([f"— {n} —", f"－{n}－", f"- {n} -", f"第{n}页", f"第 {n} 页 共 {n + rng.randint(1, 6)} 页",
                       f"·{n}·", f"{n}/{n + rng.randint(1, 6)}", f"—{n}—", f"第{n}页/共{n + rng.randint(1, 6)}页"])


# ======================================================================================
# dup (remove the repeat)


@R.form("dup", "t201_copy_renumbered_next_ordinal_r21")
def dup_copy_renumbered_next_ordinal(ctx: Ctx):
    """The last item of a list pasted again under itself, the copy renumbered by Word's auto-numbering
    (or by the editor) to the next ordinal: （三）加强监管。… / （四）加强监管。… ; inline, the last
    一是/二是 item again with the next ordinal: …；三是物业服务管理水平参差不齐。 →
    …；三是物业服务管理水平参差不齐；四是物业服务管理水平参差不齐。 The renumbered copy goes.
    Raw → expected: 第五条　…\\n第六条　…(same words) → 第五条　…"""
    rng = ctx.rng
    body = set(ctx.body_range())
    inline = []
    for s, e, m in ctx.matches(r"(?<=；)([一二三四五六七八九])是([^；。]{4,50})。"):
        n = _CN_ORD.index(m.group(1)) + 1
        if n < 9:
            inline.append((s, e - 1, _CN_ORD[n] + "是" + m.group(2)))
    if inline and rng.random() < 0.45:
        for s, e, copy in ctx.shuffled(inline):
            sep = rng.choice(["；", "；", "，"])
            inj = _loose(ctx, (s, e), e, sep + copy, "inline")
            if inj:
                return inj
    ms = list(ctx.markers)
    for k in ctx.shuffled(range(len(ms))):
        m = ms[k]
        if m.line not in body or m.kind == "chapter":
            continue
        nxt = next((x for x in ms[k + 1:] if x.kind == m.kind), None)
        if nxt is not None and nxt.value != 1:
            continue  # not the last of its list: the auto-numbering would have shifted the rest
        s, e, line = ctx.lines[m.line]
        rest = ctx.text[m.end:e]
        if len(rest) < 6:
            continue
        copy = marker_text(m.kind, m.value + 1) + rest
        inj = _loose(ctx, (s, e), e, "\n" + copy, "line")
        if inj:
            return inj
    return None


@R.form("dup", "t202_overlap_across_midparagraph_page_break_r21")
def dup_overlap_across_midparagraph_page_break(ctx: Ctx):
    """A paragraph cut in the middle by a page break of a PDF or of overlapping scans, the next page
    repeating the last 4-16 characters before the break: …城镇住房保障家庭\\n— 2 —\\n保障家庭租赁补贴…
    (the footer line is chrome, the overlap dup) or, with no footer, …保障家庭\\n保障家庭租赁补贴… (the
    break and the overlap are the dup). Raw → expected: …补贴1860户\\n第2页\\n1860户、补贴资金… →
    …补贴1860户、补贴资金…"""
    rng = ctx.rng
    lines = [i for i in ctx.prose_lines(40)]
    for i in ctx.shuffled(lines):
        s, e, line = ctx.lines[i]
        start = ctx.marker_end(i)
        gaps = [p for p in range(start + 16, e - 8)
                if (is_han(ctx.text[p - 1]) or ctx.text[p - 1].isdigit()) and is_han(ctx.text[p])]
        if not gaps:
            continue
        p = rng.choice(gaps)
        k = rng.randint(4, 16)
        chunk = ctx.text[p - k:p]
        if "\n" in chunk or not ctx.free(p - k, p, 0) or not ctx.free(p, p):
            continue
        if rng.random() < 0.6:
            mark = "\n" + _page_mark(rng) + "\n"
            raw = mark + chunk
            inj = Inj(p, p, raw, [Gold(0, len(mark), "chrome", "remove", "", where="line"),
                                  Gold(len(mark), len(raw), "dup", "remove", "", where="inline")])
        else:
            raw = "\n" + chunk
            inj = Inj(p, p, raw, [Gold(0, len(raw), "dup", "remove", "", where="inline")])
        inj.reserve = [(p - k, p)]
        return inj
    return None


_SUMMARY_LABELS = ["摘要：", "【摘要】", "内容摘要：", "核心提示：", "【内容提要】", "导读：", "[摘要]", "内容提要：",
                   "【导语】", "摘要:"]


@R.form("dup", "t203_lead_copy_with_summary_label_r21")
def dup_lead_copy_with_summary_label(ctx: Ctx):
    """A CMS's summary field printed above the body with its label, filled with the lead paragraph
    (whole, or its first one or two sentences, not cut): 摘要：2020年，在市委…总结如下： / 2020年，在市委…
    The labelled copy line (label included) goes. Raw → expected: 【内容提要】为持续改善…制定本方案。\\n为持续
    改善…制定本方案。 → 为持续改善…制定本方案。"""
    rng = ctx.rng
    prose = ctx.prose_lines(20)
    if not prose:
        return None
    i = prose[0]
    s, e, line = ctx.lines[i]
    start = ctx.marker_end(i)
    text = ctx.text[start:e]
    sents = re.findall(r"[^。！？]*[。！？]", text)
    if len(text) > 150 or rng.random() < 0.4:
        if not sents:
            return None
        text = "".join(sents[:rng.choice([1, 1, 2])])
        if len(text) < 14:
            return None
    label = rng.choice(_SUMMARY_LABELS) + rng.choice(["", "", " ", "\u3000"])
    raw = label + text + "\n"
    return _loose(ctx, (start, start + len(text)), s, raw, "head")


@R.form("dup", "t204_signature_twice_on_line_r21")
def dup_signature_twice_on_line(ctx: Ctx):
    """The signature organisation (or the date) rendered twice on its own line: the seal image's alt
    text (alt="北屏市住房和城乡建设局") extracted beside the typed name, or a right-aligned two-cell
    layout: 南湖区市场监督管理局　南湖区市场监督管理局. The second copy and the space before it go.
    Raw → expected: 2023年7月10日  2023年7月10日 → 2023年7月10日"""
    rng = ctx.rng
    n = len(ctx.lines)
    if ctx.signature_line >= n:
        return None
    i = ctx.signature_line if rng.random() < 0.7 else n - 1
    s, e, line = ctx.lines[i]
    if len(line) < 6:
        return None
    sep = rng.choice([" ", "  ", "\u3000", "\u3000\u3000", "\t", "    "])
    alt = rng.random() < 0.25 and i == ctx.signature_line
    copy = rng.choice(["（印章）", "[印章]"]) + line if alt else line
    return _loose(ctx, (s, e), e, sep + copy, "tail")


_FURNITURE = ["【打印本页】【关闭窗口】", "打印 | 关闭", "分享到：微信 微博 QQ空间", "扫一扫在手机打开当前页",
              "【字体：大 中 小】", "【我要纠错】", "上一篇：没有了", "相关链接：", "【返回顶部】",
              "浏览次数：{n}", "【收藏】【打印】【关闭】", "责任编辑：{ed}"]


@R.form("dup", "t205_two_lines_again_after_furniture_r21")
def dup_two_lines_again_after_furniture(ctx: Ctx):
    """The print view and the normal view captured together: after two or three rows of page furniture
    (打印 | 关闭 / 分享到… / 浏览次数) two consecutive lines of the text (a heading and its paragraph,
    or two paragraphs) stand again. The furniture rows are chrome, the two copied lines dup.
    Raw → expected: 甲\\n乙\\n【打印本页】【关闭窗口】\\n分享到：微信 微博\\n甲\\n乙 → 甲\\n乙"""
    rng = ctx.rng
    body = list(ctx.body_range())
    pairs = [(i, i + 1) for i in body[:-1] if i + 1 in body and len(ctx.lines[i][2]) >= 6
             and ctx.is_prose(i + 1, 20)]
    for i, j in ctx.shuffled(pairs):
        s, e = ctx.lines[i][0], ctx.lines[j][1]
        rows = [r.format(n=rng.randint(30, 5000), ed=rng.choice(["张明", "李华", "王芳", "赵敏"]))
                for r in rng.sample(_FURNITURE, rng.randint(2, 3))]
        raw, golds = "", []
        for r in rows:
            golds.append(Gold(len(raw), len(raw) + 1 + len(r), "chrome", "remove", "", where="line"))
            raw += "\n" + r
        copy = "\n" + ctx.lines[i][2] + "\n" + ctx.lines[j][2]
        golds.append(Gold(len(raw), len(raw) + len(copy), "dup", "remove", "", where="line"))
        raw += copy
        if not ctx.free(s, e, 0) or not ctx.free(e, e):
            continue
        inj = Inj(e, e, raw, golds)
        inj.reserve = [(s, e)]
        return inj
    return None


_ADVERBS = ["进一步", "切实", "全面", "持续", "大力", "扎实", "不断", "着力", "认真"]
_VERBS = "加强|推进|完善|落实|提升|强化|做好|推动|开展|健全|提高|优化|深化|规范|加快|抓好|实施|巩固"


def _revised(rng, text: str) -> str | None:
    """The text with one adverb added before a verb, or one adverb dropped."""
    drops = [m for m in re.finditer("|".join(_ADVERBS), text)]
    adds = [m for m in re.finditer(f"(?<![{''.join(set(''.join(_ADVERBS)))}])({_VERBS})", text) if m.start() > 0]
    if drops and (not adds or rng.random() < 0.35):
        m = rng.choice(drops)
        return text[:m.start()] + text[m.end():]
    if adds:
        m = rng.choice(adds)
        return text[:m.start()] + rng.choice(_ADVERBS) + text[m.start():]
    return None


@R.form("dup", "t206_copy_with_one_word_revision_r21")
def dup_copy_with_one_word_revision(ctx: Ctx):
    """A paragraph (next line) or a long sentence (right after itself) left twice after an editor's
    revision: the copy gains or loses one adverb (进一步 / 切实 / 全面 / 持续 …), as Word's track
    changes accepted both versions or an editor pasted the reworded sentence without deleting the old.
    The later copy goes. Raw → expected: 加强执法队伍建设。进一步加强执法队伍建设。 → 加强执法队伍建设。"""
    rng = ctx.rng
    if rng.random() < 0.5:
        for i in ctx.shuffled(ctx.prose_lines(30)):
            s, e, line = ctx.lines[i]
            copy = _revised(rng, line)
            if copy is None:
                continue
            inj = _loose(ctx, (s, e), e, "\n" + copy, "line")
            if inj:
                return inj
        return None
    for s, e in ctx.shuffled(ctx.sentences(min_len=20)):
        copy = _revised(rng, ctx.text[s:e])
        if copy is None:
            continue
        inj = _loose(ctx, (s, e), e, copy, "inline")
        if inj:
            return inj
    return None


@R.form("dup", "t207_heading_and_paragraph_copy_joined_r21")
def dup_heading_and_paragraph_copy_joined(ctx: Ctx):
    """A heading line and the paragraph under it (or two paragraphs) repeated under them as ONE line,
    the break between them lost in the copy (a reader view or a list page's excerpt flattening the
    block): 一、工作目标\\n2024年，全市…以内。\\n一、工作目标2024年，全市…以内。 The joined line goes.
    Raw → expected: 一、工作目标\\n甲。\\n一、工作目标 甲。 → 一、工作目标\\n甲。"""
    rng = ctx.rng
    body = list(ctx.body_range())
    marked = {m.line for m in ctx.markers}
    heads = [i for i in body[:-1] if i + 1 in body and i in marked and i + 1 not in marked
             and not ctx.lines[i][2].endswith("。") and 4 <= len(ctx.lines[i][2]) <= 40 and ctx.is_prose(i + 1, 20)]
    paras = [i for i in body[:-1] if i + 1 in body and i + 1 not in marked and ctx.is_prose(i, 16)
             and ctx.is_prose(i + 1, 16) and len(ctx.lines[i][2]) + len(ctx.lines[i + 1][2]) <= 260]
    cands = ctx.shuffled(heads) + ctx.shuffled(paras) if rng.random() < 0.75 else ctx.shuffled(paras) + ctx.shuffled(heads)
    for i in cands:
        s, e = ctx.lines[i][0], ctx.lines[i + 1][1]
        a, b = ctx.lines[i][2], ctx.lines[i + 1][2]
        sep = rng.choice(["", "", " ", "\u3000"]) if i in heads else rng.choice(["", "", " "])
        inj = _loose(ctx, (s, e), e, "\n" + a + sep + b, "line")
        if inj:
            return inj
    return None


_TASKS = ["老旧小区改造", "农村供水保障", "城市道路提升", "污水管网建设", "中小学校舍维修", "基层医疗机构建设",
          "农贸市场升级", "智慧监管平台建设", "河道综合治理", "公共停车场建设", "养老服务设施建设", "高标准农田建设"]
_UNITS = ["市住建局", "市水利局", "市交通运输局", "市教育局", "市卫健委", "市市场监管局", "市农业农村局", "各区县政府"]


@R.form("dup", "t208_table_row_repeated_at_page_break_r21")
def dup_table_row_repeated_at_page_break(ctx: Ctx):
    """A flattened table (one row a line, cells on tabs, ideographic spaces or bars) whose header row
    stands again in the middle (Word's "repeat as header row" at a page break) or whose row cut by the
    page break is printed on both pages; a page footer may stand before the copy (chrome). The table's
    own rows are protected, the repeated row goes.
    Raw → expected: 序号\\t项目\\t…\\n1\\t…\\n2\\t…\\n序号\\t项目\\t…\\n3\\t… → the table without the second header."""
    rng = ctx.rng
    where = rng.choice(["between", "between", "tail"])
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    sep = rng.choice(["\t", "\u3000", " | ", "  "])
    year = re.search(r"20[0-9]{2}", ctx.text[:200])
    year = int(year.group(0)) if year else 2021
    caption = rng.choice([f"附表：{year}年重点项目推进情况", "重点任务完成情况一览表", f"表1　{year}年民生实事项目进度表"])
    header = sep.join(rng.choice([["序号", "项目名称", "责任单位", "完成时限", "进度"],
                                  ["序号", "项目名称", "投资额（万元）", "责任单位", "完成情况"]]))
    ncol = header.count(sep) + 1
    rows = []
    for k, task in enumerate(rng.sample(_TASKS, rng.randint(4, 6)), 1):
        unit = rng.choice(_UNITS)
        if ncol == 5 and "进度" in header:
            cells = [str(k), task, unit, f"{year}年{rng.randint(6, 12)}月底", rng.choice(["已完成", "推进中", f"{rng.randint(40, 95)}%"])]
        else:
            cells = [str(k), task, str(rng.randint(120, 9800)), unit, rng.choice(["已完成", "已开工", "前期准备"])]
        rows.append(sep.join(cells))
    lines = [caption, header] + rows
    cut = rng.randint(3, len(lines) - 1)  # the page breaks before lines[cut]
    copy = header if rng.random() < 0.5 else lines[cut - 1]
    footer = _page_mark(rng) if rng.random() < 0.4 else None
    at_end = p == len(ctx.text)
    raw, golds = "", []

    def put(text, cls, action, expected):
        nonlocal raw
        if at_end:
            a = len(raw)
            raw += "\n" + text
            golds.append(Gold(a + (1 if cls == "protected" else 0), len(raw), cls, action, expected, where="tail"))
        else:
            a = len(raw)
            raw += text + "\n"
            golds.append(Gold(a, len(raw) - (1 if cls == "protected" else 0), cls, action, expected, where="between"))

    for k, line in enumerate(lines):
        if k == cut:
            if footer:
                put(footer, "chrome", "remove", "")
            put(copy, "dup", "remove", "")
        put(line, "protected", "keep", line)
    return Inj(p, p, raw, golds)


# ======================================================================================
# protected (keep): real repeats a copy finder must leave alone


_REDUP = [
    "对排查出的问题，要一项一项抓整改、一件一件抓落实，确保条条有回应、件件有着落。",
    "各级领导干部要经常下去走一走、看一看、问一问，面对面听取群众意见。",
    "要坚持一张蓝图绘到底，一任接着一任干，一年接着一年抓，久久为功。",
    "对这项工作，各部门要再研究研究、再商量商量，拿出切实可行的办法。",
    "安全生产，人人有责；安全生产，人人受益。",
    "检查组逐村逐户、逐人逐项进行核查，做到村不漏户、户不漏人。",
    "要时时放心不下，事事落实到位，确保家家户户用上放心水。",
    "我们要常学常新、常抓常严，抓一件成一件，干一件是一件。",
    "办好一件事，赢得万人心；办砸一件事，失去万人心。",
    "问题不解决不放过，整改不到位不放过，群众不满意不放过。",
]


@R.form("protected", "t209_reduplicated_words_and_refrains_r21")
def prot_reduplicated_words_and_refrains(ctx: Ctx):
    """Real repeats inside a sentence that a doubled-run or doubled-clause rule could take: verbs and
    measure words reduplicated (研究研究, 一项一项, 走一走、看一看), AABB words (家家户户), and a refrain
    whose halves differ by one word (人人有责；…人人受益). One or two paragraphs of two or three such
    sentences, each kept whole."""
    rng = ctx.rng
    picks = rng.sample(_REDUP, rng.randint(2, 4))
    if rng.random() < 0.5 or len(picks) < 3:
        lines = ["".join(picks)]
    else:
        lines = ["".join(picks[:2]), "".join(picks[2:])]
    return keep_lines(ctx, lines, "between")


@R.form("protected", "t210_annex_titles_and_restated_task_r21")
def prot_annex_titles_and_restated_task(ctx: Ctx):
    """An annex list after the body (附件：1．X / 2．Y) whose titles stand again as the headings of the
    annexes (附件1 / X …), and an annex task table whose row restates a sentence of the body word for
    word: every repeat is real and stays."""
    rng = ctx.rng
    sents = [(s, e) for s, e in ctx.sentences(min_len=18) if e - s <= 70]
    if not sents:
        return None
    s, e = rng.choice(sents)
    sent = ctx.text[s:e]
    year = re.search(r"20[0-9]{2}", ctx.text[:200])
    year = year.group(0) if year else "2021"
    a = rng.choice([f"{year}年重点工作任务分解表", "重点任务责任清单", "工作任务分工方案"])
    b = rng.choice(["工作进展情况统计表", "联络员名单回执", "自查情况报告提纲"])
    unit = rng.choice(_UNITS)
    lines = [f"附件：1．{a}", f"2．{b}", "附件1", a, "序号\t重点任务\t牵头单位\t完成时限",
             f"1\t{sent}\t{unit}\t{year}年12月底前", "附件2", b,
             rng.choice(["填报单位（盖章）：　　　　　填报日期：　　年　　月　　日", "单位名称：　　　　联系人：　　　　联系电话："])]
    p = len(ctx.text)
    if not ctx.free(p, p) or not ctx.free(s, e, 0):
        return None
    raw, golds = "", []
    for line in lines:
        golds.append(Gold(len(raw) + 1, len(raw) + 1 + len(line), "protected", "keep", line, where="tail"))
        raw += "\n" + line
    inj = Inj(p, p, raw, golds)
    inj.reserve = [(s, e)]
    return inj
