"""More TUNE forms (round 8): dup copies and legitimate repeats that stress a copy finder's precision.

Written before reading the dup rules. The dup forms give no ``alt`` (as the newest held sets do):
removing the original and keeping the injected copy counts as content lost. The protected forms
insert real-looking text whose repeats are legitimate (every copy must stay). Registered into the
TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from common import is_han
from forms_common import Ctx
from forms_tune_chrome_dup import _dup_loose
from forms_tune_r6_dup_chrome import _keep_block

# ======================================================================================
# dup (remove the injected copy): copies before their original, mid-paragraph, cut, split


def _headings(ctx: Ctx) -> list[int]:
    """Body lines that are outline headings (a marker, short, no sentence end)."""
    out = []
    for m in ctx.markers:
        i = m.line
        if i in ctx.body_range() and len(ctx.lines[i][2]) <= 30 and "。" not in ctx.lines[i][2]:
            out.append(i)
    return out


def _first_sentence(ctx: Ctx, i: int, min_len: int = 10):
    s, e, line = ctx.lines[i]
    a = ctx.marker_end(i)
    m = re.match(r"[^。！？]*。", ctx.text[a:e])
    if not m or len(m.group(0)) < min_len or a + m.end() >= e:
        return None
    return a, a + m.end()


@R.form("dup", "t45_teaser_line_above")
def dup_teaser_line_above(ctx: Ctx):
    """A pull quote / teaser set ABOVE its paragraph: a sentence of the paragraph (first or later)
    on a line of its own just before it, bare or in 【】 / “” / with a ▲ mark."""
    rng = ctx.rng
    prose = set(ctx.prose_lines(30))
    for a, b in ctx.shuffled(ctx.sentences(min_len=12)):
        i = ctx.line_of(a)
        if i not in prose or i - 1 not in ctx.body_range() or ctx.lines[i][1] == b and ctx.lines[i][0] == a:
            continue
        sent = ctx.text[a:b]
        line = rng.choice([sent, sent, f"【{sent[:-1]}】", f"“{sent[:-1]}”", f"▲{sent}"])
        inj = _dup_loose(ctx, (a, b), ctx.lines[i][0], line + "\n", "between")
        if inj:
            return inj
    return None


@R.form("dup", "t46_summary_restates_next")
def dup_summary_restates_next(ctx: Ctx):
    """A summary line that restates the next paragraph: its first one or two sentences copied as the
    last sentence of the paragraph before (glued, the copy precedes its original)."""
    rng = ctx.rng
    prose = set(ctx.prose_lines(20))
    for i in ctx.shuffled(sorted(prose)):
        if i - 1 not in prose:
            continue
        first = _first_sentence(ctx, i)
        if first is None:
            continue
        a, b = first
        inj = _dup_loose(ctx, (a, b), ctx.lines[i - 1][1], rng.choice(["", "", " "]) + ctx.text[a:b], "glued")
        if inj:
            return inj
    return None


@R.form("dup", "t47_sentence_into_earlier_paragraph")
def dup_sentence_into_earlier_paragraph(ctx: Ctx):
    """A sentence of one paragraph pasted between two sentences of the paragraph one or two above:
    the copy stands before its original, in the middle of a different real paragraph."""
    rng = ctx.rng
    prose = set(ctx.prose_lines(16))
    for a, b in ctx.shuffled(ctx.sentences(min_len=12)):
        j = ctx.line_of(a) - rng.choice([1, 1, 2])
        if j not in prose:
            continue
        s, e, line = ctx.lines[j]
        starts = [s + m.end() for m in re.finditer("。", line) if s + m.end() < e - 4 and is_han(ctx.text[s + m.end()])]
        if not starts:
            continue
        inj = _dup_loose(ctx, (a, b), rng.choice(starts), ctx.text[a:b], "inline")
        if inj:
            return inj
    return None


@R.form("dup", "t48_copy_across_heading")
def dup_copy_across_heading(ctx: Ctx):
    """A paragraph's last sentence repeated under the next outline heading, as a line of its own
    between the heading and that heading's first paragraph."""
    for h in ctx.shuffled(_headings(ctx)):
        if h - 1 not in ctx.prose_lines(16) or h + 1 >= ctx.signature_line:
            continue
        s, e, line = ctx.lines[h - 1]
        m = re.search(r"[^。！？]{8,}。$", line)
        if not m:
            continue
        a = s + m.start()
        inj = _dup_loose(ctx, (a, e), ctx.lines[h + 1][0], line[m.start():] + "\n", "between")
        if inj:
            return inj
    return None


@R.form("dup", "t49_title_line_with_extra_words")
def dup_title_line_with_extra_words(ctx: Ctx):
    """The title again under the head or above the first paragraph, with words around it: 【全文】…,
    …（全文）, …政策解读, 附件：… as an article template's caption line."""
    rng = ctx.rng
    s, e, title = ctx.lines[0]
    if len(title) < 8:
        return None
    line = rng.choice([f"{title}（全文）", f"【全文】{title}", f"{title}政策解读", f"{title}全文如下", f"正文：{title}"])
    p = ctx.pick_point(ctx.boundaries("head"))
    if p is None:
        return None
    return _dup_loose(ctx, (s, e), p, line + "\n", "head")


@R.form("dup", "t50_copy_as_two_half_lines")
def dup_copy_as_two_half_lines(ctx: Ctx):
    """A paragraph repeated after itself as two half lines (the copy hard-wrapped once at a random
    point, as a narrow column's text layer gives it)."""
    rng = ctx.rng
    for i in ctx.shuffled(ctx.prose_lines(30)):
        s, e, line = ctx.lines[i]
        if len(line) > 160:
            continue
        k = rng.randint(len(line) // 3, 2 * len(line) // 3)
        inj = _dup_loose(ctx, (s, e), e, "\n" + line[:k] + "\n" + line[k:], "line")
        if inj:
            return inj
    return None


@R.form("dup", "t51_cut_copy_above")
def dup_cut_copy_above(ctx: Ctx):
    """A cut copy of a paragraph placed above it (a list page's abstract left in the article): its
    first 40-70% followed by …… / ... / nothing, on a line of its own."""
    rng = ctx.rng
    for i in ctx.shuffled(ctx.prose_lines(40)):
        s, e, line = ctx.lines[i]
        if i - 1 not in ctx.body_range():
            continue
        k = rng.randint(int(len(line) * 0.4), int(len(line) * 0.7))
        copy = line[:k] + rng.choice(["……", "...", "…", ""])
        inj = _dup_loose(ctx, (s, s + k), s, copy + "\n", "between")
        if inj:
            return inj
    return None


@R.form("dup", "t52_heading_copied_below_paragraph")
def dup_heading_copied_far(ctx: Ctx):
    """A paragraph under a heading repeated after the NEXT paragraph (one paragraph between them),
    with a sentence less at its end (the copy is the cut one)."""
    prose = ctx.prose_lines(30)
    ps = set(prose)
    for i in ctx.shuffled(prose):
        if i + 1 not in ps or i + 2 >= ctx.signature_line:
            continue
        s, e, line = ctx.lines[i]
        m = re.search(r"。[^。]{6,}。$", line)
        if not m or m.start() < 12:
            continue
        copy = line[:m.start() + 1]
        inj = _dup_loose(ctx, (s, s + len(copy)), ctx.lines[i + 1][1], "\n" + copy, "line")
        if inj:
            return inj
    return None


# ======================================================================================
# protected (keep): legitimate repeats of real 工作总结 / 方案 prose


@R.form("protected", "t11_dup_slogan_in_paragraphs")
def prot_slogan_in_paragraphs(ctx: Ctx):
    """Several paragraphs opening with the same long political phrase, and 一是…二是… items sharing
    a long stem: every repeat is real."""
    rng = ctx.rng
    p = ctx.pick_point(ctx.boundaries("between"))
    if p is None:
        return None
    slogan = rng.choice(["深入贯彻落实习近平新时代中国特色社会主义思想", "坚持以习近平新时代中国特色社会主义思想为指导",
                         "深入学习贯彻党的二十大精神"])
    lines = [f"一年来，我们{slogan}，扎实推进各项重点工作，全年目标任务顺利完成。",
             f"在队伍建设方面，{slogan}，把政治建设摆在首位，全年开展集中学习12次。",
             "一是进一步加强组织领导，健全工作机制；二是进一步加强组织领导，压实属地责任；"
             "三是进一步加强督促检查，确保各项措施落到实处。"]
    return _keep_block(ctx, lines, p)


@R.form("protected", "t12_dup_heading_restated_in_opening")
def prot_heading_restated(ctx: Ctx):
    """An outline heading restated word for word as the opening clause of its own paragraph (（一）
    加强组织领导 / 加强组织领导，成立…), and a sentence ending a paragraph restated to open the next."""
    rng = ctx.rng
    p = ctx.pick_point(ctx.boundaries("between"))
    if p is None:
        return None
    head = rng.choice(["加强组织领导", "强化资金保障", "严格督导考核", "营造良好氛围"])
    lines = [f"（{rng.choice('一二三')}）{head}",
             f"{head}，成立由分管负责同志任组长的工作专班，定期研究解决推进中的重大问题。",
             "各地要把这项工作列入重要议事日程，确保责任到人、措施到位。",
             "确保责任到人、措施到位，是做好今年工作的关键所在，各地要逐项对照落实。"]
    return _keep_block(ctx, lines, p)


@R.form("protected", "t13_dup_title_cited_and_signature_repeated")
def prot_title_cited_signature(ctx: Ctx):
    """The document's own title cited in 《》 in a paragraph, and the signature organisation named
    again in the closing paragraph (本方案由…负责解释)."""
    rng = ctx.rng
    title = ctx.lines[0][2]
    sig = ctx.lines[ctx.signature_line][2] if ctx.signature_line < len(ctx.lines) else None
    if len(title) < 8:
        return None
    p = ctx.pick_point(ctx.boundaries("between"))
    if p is None:
        return None
    lines = [f"为确保《{title}》各项任务落到实处，现就有关事项补充说明如下。"]
    if sig and 4 <= len(sig) <= 30:
        lines.append(f"本{rng.choice(['方案', '办法', '要点'])}由{sig}负责解释，{sig}将适时组织督导。")
    return _keep_block(ctx, lines, p)


@R.form("protected", "t14_dup_near_copies_numbers_words")
def prot_near_copies(ctx: Ctx):
    """Parallel sentences whose skeleton differs by one word or one figure (two years, two levels):
    they are not copies of each other."""
    rng = ctx.rng
    p = ctx.pick_point(ctx.boundaries("between"))
    if p is None:
        return None
    y = rng.choice([2021, 2022, 2023])
    a, b = rng.randint(11, 19), rng.randint(21, 29)
    lines = [f"{y}年全市新增城镇就业{a}.{rng.randint(1, 9)}万人，完成年度目标任务的10{rng.randint(1, 4)}%。",
             f"{y + 1}年全市新增城镇就业{b}.{rng.randint(1, 9)}万人，完成年度目标任务的10{rng.randint(5, 9)}%。",
             "加强市级督导检查，每季度通报一次工作进展情况；加强县级督导检查，每月通报一次工作进展情况。",
             "市级财政安排专项资金，用于支持重点项目建设和运行维护。",
             "县级财政安排专项资金，用于支持重点项目建设和运行维护。"]
    return _keep_block(ctx, lines, p)


@R.form("protected", "t15_dup_same_duty_clause_inline")
def prot_duty_clause_inline(ctx: Ctx):
    """Task paragraphs that each end with the same inline 责任单位/完成时限 clause, longer than 12
    characters: the clause repeats word for word and every copy is real."""
    rng = ctx.rng
    p = ctx.pick_point(ctx.boundaries("between"))
    if p is None:
        return None
    clause = rng.choice(["（责任单位：市发展改革委、市财政局，完成时限：2024年12月底前）",
                         "责任单位：各县（市、区）人民政府，完成时限：2025年6月底前。",
                         "（牵头单位：市卫生健康委；配合单位：市教育局、市民政局）"])
    end = "" if clause.endswith("。") else "。"
    lines = [f"1.推进基层医疗机构标准化建设，年内完成改造提升30家。{clause}{end}",
             f"2.完善家庭医生签约服务，重点人群签约率达到75%以上。{clause}{end}",
             f"3.健全分级诊疗制度，县域就诊率稳定在90%以上。{clause}{end}"]
    return _keep_block(ctx, lines, p)
