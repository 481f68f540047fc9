"""More TUNE forms (round 13): dup, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
The shapes are ways crawlers and editors repeat text that the earlier rounds did not show: a
paragraph repeated on the next page (a pager line between, the copy reflowed at ragged widths), a
copy glued to the start of the next paragraph, a block of three lines printed twice, the lead
paragraph appended again at the page's end, a heading echoed with a marker of another numeral
system, a copy that lost a character or two (OCR), and a sentence copy typed in English mode with
spaces (or NBSP) after its marks. No ``alt``: removing the original counts as content lost.
The protected forms are real repeats: table rows with the same values, 一是…二是… clauses sharing a
long stem, parallel legal articles sharing their sentences, the same 牵头单位 line under several
items, and a form's sign-off rows.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from common import int_to_cn, is_han
from forms_common import Ctx, Gold, Inj
from forms_tune_chrome_dup import _dup_loose
from forms_tune_r6_dup_chrome import _keep_block

# ======================================================================================
# dup (remove the repeat)


def _pager(rng, n: int) -> str:
    return rng.choice([f"- {n} -", f"—{n}—", f"第{n}页", f"第 {n} 页 共 {n + rng.randint(1, 3)} 页", f"{n}"])


def _reflow(rng, line: str) -> str:
    """``line`` broken into rows of ragged width (13-27 characters), as another page's layout."""
    rows, k = [], 0
    while k < len(line):
        w = rng.randint(13, 27)
        rows.append(line[k:k + w])
        k += w
    return "\n".join(rows)


@R.form("dup", "t66_copy_after_pager_reflowed")
def dup_copy_after_pager_reflowed(ctx: Ctx):
    """A paragraph printed again at the top of the next page: a pager line (- 3 - / 第3页) after the
    paragraph, then the paragraph again broken into ragged rows. The pager is chrome, the copy dup."""
    rng = ctx.rng
    for i in ctx.shuffled(ctx.prose_lines(36)):
        s, e, line = ctx.lines[i]
        if not ctx.free(s, e, 0) or not ctx.free(e, e):
            continue
        pager = "\n" + _pager(rng, rng.randint(2, 9))
        copy = "\n" + _reflow(rng, line)
        inj = Inj(e, e, pager + copy, [Gold(0, len(pager), "chrome", "remove", "", where="line"),
                                       Gold(len(pager), len(pager) + len(copy), "dup", "remove", "", where="line")])
        inj.reserve = [(s, e)]
        return inj
    return None


@R.form("dup", "t67_copy_glued_before_next")
def dup_copy_glued_before_next(ctx: Ctx):
    """A paragraph repeated glued to the START of the next paragraph (the break between the copy and
    the next paragraph lost): A / A+B on one line."""
    prose = set(ctx.prose_lines(20))
    for i in ctx.shuffled(sorted(prose)):
        if i + 1 not in prose:
            continue
        s, e, line = ctx.lines[i]
        inj = _dup_loose(ctx, (s, e), ctx.lines[i + 1][0], line, "glued")
        if inj:
            return inj
    return None


@R.form("dup", "t68_three_line_block_twice")
def dup_three_line_block_twice(ctx: Ctx):
    """Three consecutive body lines (a heading among them allowed) printed twice: A B C A B C,
    sometimes with an ideographic-space indent on the copy's first line."""
    rng = ctx.rng
    body = set(ctx.body_range())
    prose = set(ctx.prose_lines(16))
    for i in ctx.shuffled(sorted(prose)):
        if not all(j in body for j in (i, i + 1, i + 2)) or sum(j in prose for j in (i, i + 1, i + 2)) < 2:
            continue
        s, e = ctx.lines[i][0], ctx.lines[i + 2][1]
        inj = _dup_loose(ctx, (s, e), e, "\n" + rng.choice(["", "", "\u3000\u3000"]) + ctx.text[s:e], "line")
        if inj:
            return inj
    return None


@R.form("dup", "t69_lead_appended_at_end")
def dup_lead_appended_at_end(ctx: Ctx):
    """The lead paragraph (the first prose paragraph of the body, whole or its first two sentences)
    appended again after the signature and date, as a CMS that prints the summary field last."""
    prose = ctx.prose_lines(24)
    if not prose or ctx.signature_line >= len(ctx.lines):
        return None
    s, e, line = ctx.lines[prose[0]]
    m = re.match(r"(?:[^。]{6,}。){2}", line)
    if m and m.end() < len(line) and ctx.rng.random() < 0.5:
        e = s + m.end()
    return _dup_loose(ctx, (s, e), len(ctx.text), "\n" + ctx.text[s:e], "tail")


_SYSTEMS = {
    "cn_dun": lambda v: [f"{v}.", f"{v}、", f"（{int_to_cn(v)}）"],
    "cn_paren": lambda v: [f"（{v}）", f"{v}.", f"{int_to_cn(v)}、"],
    "ar_dot": lambda v: [f"（{v}）", f"{int_to_cn(v)}、", f"{v})"],
    "ar_paren": lambda v: [f"{v}.", f"{v})", f"（{int_to_cn(v)}）"],
}


@R.form("dup", "t70_heading_echo_other_numeral_system")
def dup_heading_echo_other_system(ctx: Ctx):
    """An outline heading echoed on the next line with its marker in another numeral system or
    shape ((一)→(1), 一、→1., 1.→（1）), sometimes with a colon added: a CMS's anchor list."""
    rng = ctx.rng
    for m in ctx.shuffled(list(ctx.markers)):
        i = m.line
        if i not in ctx.body_range() or m.kind not in _SYSTEMS or i + 1 >= ctx.signature_line:
            continue
        s, e, line = ctx.lines[i]
        words = ctx.text[m.end:e]
        if not 4 <= len(words) <= 30 or "。" in words[:-1]:
            continue
        copy = rng.choice(_SYSTEMS[m.kind](m.value)) + words + ("：" if rng.random() < 0.3 and words[-1] not in "。：" else "")
        inj = _dup_loose(ctx, (s, e), e, "\n" + copy, "line")
        if inj:
            return inj
    return None


@R.form("dup", "t71_copy_chars_dropped")
def dup_copy_chars_dropped(ctx: Ctx):
    """A paragraph repeated on the next line or after the next paragraph with one or two Han
    characters dropped (an OCR pass over the second copy lost them)."""
    rng = ctx.rng
    prose = ctx.prose_lines(28)
    ps = set(prose)
    for i in ctx.shuffled(prose):
        s, e, line = ctx.lines[i]
        ks = [k for k in range(3, len(line) - 3) if is_han(line[k])]
        if len(ks) < 6:
            continue
        drop = sorted(rng.sample(ks, rng.choice([1, 2])))
        if len(drop) == 2 and drop[1] - drop[0] < 3:
            drop = drop[:1]
        copy = "".join(c for k, c in enumerate(line) if k not in drop)
        at = ctx.lines[i + 1][1] if i + 1 in ps and rng.random() < 0.4 else e
        inj = _dup_loose(ctx, (s, e), at, "\n" + copy, "line")
        if inj:
            return inj
    return None


_ENGLISH_MODE = {"，": ",", "。": ".", "；": ";", "：": ":", "、": ",", "！": "!", "？": "?"}


@R.form("dup", "t72_sentence_copy_english_mode_spaced")
def dup_sentence_copy_english_mode_spaced(ctx: Ctx):
    """A sentence repeated right after itself, the copy typed in English mode with a space (ASCII,
    NBSP or ideographic) after each mark: 加强领导, 压实责任. (an editor retyped it)."""
    rng = ctx.rng
    sp = rng.choice([" ", "\u00a0", " "])
    sites = [(s, e) for s, e in ctx.sentences(min_len=14) if "，" in ctx.text[s:e]]
    for s, e in ctx.shuffled(sites):
        sent = ctx.text[s:e]
        copy = "".join(_ENGLISH_MODE[c] + sp if c in _ENGLISH_MODE else c for c in sent).rstrip()
        lead = rng.choice(["", sp])
        inj = _dup_loose(ctx, (s, e), e, lead + copy, "inline")
        if inj:
            return inj
    return None


# ======================================================================================
# protected (keep): real repeats a copy finder must leave alone


@R.form("protected", "t64_dup13_table_rows_and_clauses")
def prot_table_rows_and_clauses(ctx: Ctx):
    """Table rows whose cells repeat the same values (已完成 / 100%), and a summary's 一是…二是…
    clauses sharing a long stem word for word: every repeat is real."""
    rng = ctx.rng
    p = ctx.pick_point(ctx.boundaries("between"))
    if p is None:
        return None
    sep = "\u3000"
    towns = rng.sample(["城关镇", "河西镇", "东湖乡", "南山街道", "青石镇", "白马乡"], 3)
    val = rng.choice(["已完成", "已验收", "按期推进"])
    rows = [sep.join([str(k + 1), t, val, val, "100%"]) for k, t in enumerate(towns)]
    stem = rng.choice(["坚持问题导向，聚焦群众急难愁盼问题，", "坚持系统观念，统筹推进城乡协调发展，"])
    summary = (f"一是{stem}建立问题整改台账；二是{stem}实行清单销号管理；"
               f"三是{stem}健全长效工作机制。")
    return _keep_block(ctx, rows + [summary], p)


@R.form("protected", "t65_dup13_parallel_articles_and_duty_lines")
def prot_parallel_articles_and_duty_lines(ctx: Ctx):
    """Two legal articles sharing their penalty sentences word for word, the same 牵头单位 line under
    several items, and a form's sign-off rows (单位（盖章）/ 年 月 日 twice): all real."""
    rng = ctx.rng
    p = ctx.pick_point(ctx.boundaries(rng.choice(["between", "tail"])))
    if p is None:
        return None
    n = rng.randint(8, 20)
    dept = rng.choice(["卫生健康", "市场监督管理", "生态环境", "交通运输"])
    tail = "对直接负责的主管人员和其他直接责任人员，依法给予处分。"
    arts = [f"违反本办法第{int_to_cn(n)}条规定的，由县级以上{dept}主管部门责令限期改正；"
            f"逾期不改正的，处五千元以上二万元以下罚款。{tail}",
            f"违反本办法第{int_to_cn(n + 2)}条规定的，由县级以上{dept}主管部门责令限期改正；"
            f"逾期不改正的，处一万元以上三万元以下罚款。{tail}"]
    lead = rng.choice(["牵头单位：市发展改革委", "责任单位：市财政局", "牵头单位：各县（市、区）人民政府"])
    items = rng.sample(["完善项目储备库，实行动态管理。", "建立月调度制度，及时通报进展。",
                        "加强要素保障，优先安排用地指标。", "强化考核评价，结果纳入年度考核。"], 3)
    duty = [x for it in items for x in (it, lead)]
    sign = ["填报单位（盖章）", "审核意见：同意", "审核单位（盖章）", "审核意见：同意"]
    return _keep_block(ctx, arts + duty + sign, p)
