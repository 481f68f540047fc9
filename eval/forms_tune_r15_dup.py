"""More TUNE forms (round 15): dup, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
Shapes the earlier rounds did not show: a copy separated from its paragraph by a page-tool line
(返回顶部, 上一页 1 2 下一页, （接上页）), a copy in traditional script (a site's 繁體 switch), a copy
with a list page's counter or date glued on, a sentence echoed where one of the two copies lost its
end mark (the copy before or after), the tail half of a sentence echoed before its mark, an outline
item or short heading printed twice with the same marker (or an inline 一是… item echoed), and a
copy whose whitespace differs (tab indent, trailing spaces, a break and tab before an inline copy).
No ``alt``: removing the original counts as content lost.
The protected forms are real repeats: refrains closing each item of a summary, a slogan closing
two paragraphs, 同上 rows; an amended article printed before and after its one-word change, a
forwarded notice quoting the original's signature, and two annexes sharing their filling notes.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from common import int_to_cn
from forms_common import Ctx, Gold, Inj
from forms_tune_chrome_dup import _dup_loose
from forms_tune_r6_dup_chrome import _keep_block

# ======================================================================================
# dup (remove the repeat)

_PAGE_TOOLS = ["返回顶部", "▲返回顶部", "上一页 1 2 下一页", "【上一页】【下一页】", "（接上页）", "(续上页)"]


@R.form("dup", "t73_copy_after_page_tool_line")
def dup_copy_after_page_tool_line(ctx: Ctx):
    """A paragraph printed again after a page-tool line (返回顶部 / 上一页 1 2 下一页 / （接上页）):
    the tool line is chrome, the copy under it dup."""
    rng = ctx.rng
    for i in ctx.shuffled(ctx.prose_lines(24)):
        s, e, line = ctx.lines[i]
        if not ctx.free(s, e, 0) or not ctx.free(e, e):
            continue
        tool = "\n" + rng.choice(_PAGE_TOOLS)
        copy = "\n" + line
        inj = Inj(e, e, tool + copy, [Gold(0, len(tool), "chrome", "remove", "", where="line"),
                                      Gold(len(tool), len(tool) + len(copy), "dup", "remove", "", where="line")])
        inj.reserve = [(s, e)]
        return inj
    return None


_SIMP = "发会国实为与进动开关经济务项设业区县级门长时对现体这质检监测农乡镇卫计划总结点过领导组织责任强"
_TRAD = "發會國實為與進動開關經濟務項設業區縣級門長時對現體這質檢監測農鄉鎮衛計劃總結點過領導組織責任強"
_TO_TRAD = dict(zip(_SIMP, _TRAD))


def _traditional(text: str) -> str:
    return "".join(_TO_TRAD.get(c, c) for c in text)


@R.form("dup", "t74_copy_in_traditional_script")
def dup_copy_in_traditional_script(ctx: Ctx):
    """A paragraph (next line) or a sentence (right after itself) repeated in traditional script, as
    a site's 繁體 rendering left in the page: 加强组织领导。加強組織領導。"""
    rng = ctx.rng
    if rng.random() < 0.5:
        for i in ctx.shuffled(ctx.prose_lines(24)):
            s, e, line = ctx.lines[i]
            copy = _traditional(line)
            if sum(a != b for a, b in zip(line, copy)) < 3:
                continue
            inj = _dup_loose(ctx, (s, e), e, "\n" + copy, "line")
            if inj:
                return inj
        return None
    for s, e in ctx.shuffled(ctx.sentences(min_len=12)):
        sent = ctx.text[s:e]
        copy = _traditional(sent)
        if sum(a != b for a, b in zip(sent, copy)) < 2:
            continue
        inj = _dup_loose(ctx, (s, e), e, copy, "inline")
        if inj:
            return inj
    return None


def _counter(rng) -> str:
    n = rng.randint(23, 9876)
    return rng.choice([f"（阅读：{n}次）", f" [{rng.randint(2019, 2024)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}]",
                       f"  点击数：{n}", f"　浏览{n}次", f"({n})"])


@R.form("dup", "t75_copy_with_counter_trailer")
def dup_copy_with_counter_trailer(ctx: Ctx):
    """A paragraph repeated on the next line as a list page's entry: the copy followed by its
    counter or date (（阅读：356次） / [2021-03-15] / 点击数：1024). The whole copy line goes."""
    for i in ctx.shuffled(ctx.prose_lines(20)):
        s, e, line = ctx.lines[i]
        inj = _dup_loose(ctx, (s, e), e, "\n" + line + _counter(ctx.rng), "line")
        if inj:
            return inj
    return None


@R.form("dup", "t76_echo_one_copy_lost_mark")
def dup_echo_one_copy_lost_mark(ctx: Ctx):
    """A sentence echoed where one copy lost its end mark: the markless copy glued BEFORE the sentence
    (加强领导压实责任加强领导压实责任。) or after it (…。加强领导压实责任 then the next sentence or the
    paragraph's end). The markless copy is the one that goes."""
    rng = ctx.rng
    for s, e in ctx.shuffled(ctx.sentences(min_len=10)):
        bare = ctx.text[s:e - 1]
        if rng.random() < 0.5:
            inj = _dup_loose(ctx, (s, e), s, bare, "inline")
            if inj:  # 甲甲。: removing either 甲 leaves the same text
                inj.golds[0].alt = (s, e - 1)
                return inj
        else:
            inj = _dup_loose(ctx, (s, e), e, bare, "inline")
            if inj:
                return inj
    return None


@R.form("dup", "t77_tail_half_echoed_before_mark")
def dup_tail_half_echoed_before_mark(ctx: Ctx):
    """The tail half of a sentence (its last clause, 6-24 characters) pasted twice before the end
    mark: …，确保按期完成确保按期完成。 (or with a comma between: 确保按期完成，确保按期完成。)."""
    rng = ctx.rng
    for s, e in ctx.shuffled(ctx.sentences(min_len=16)):
        sent = ctx.text[s:e]
        k = sent.rfind("，", 0, len(sent) - 1)
        if k < 0:
            continue
        tail = sent[k + 1:-1]
        if not 6 <= len(tail) <= 24:
            continue
        raw = rng.choice(["", "，"]) + tail
        inj = _dup_loose(ctx, (s + k + 1, e - 1), e - 1, raw, "inline")
        if inj:  # 乙乙。 / 乙，乙。: removing either 乙 leaves the same text
            inj.golds[0].alt = (s + k + 1 - (len(raw) - len(tail)), e - 1)  # the comma, when echoed, too
            return inj
    return None


@R.form("dup", "t78_item_twice_same_marker")
def dup_item_twice_same_marker(ctx: Ctx):
    """An outline item or short heading (6+ characters, marker kept) printed twice on consecutive
    lines, or an inline 一是…； item echoed at once (一是加强领导；一是加强领导；二是…)."""
    rng = ctx.rng
    inline = ctx.matches(r"[一二三四五六七八九十]是[^；。一二三四五六七八九十]{4,40}[；。]")
    if inline and rng.random() < 0.5:
        for s, e, _m in ctx.shuffled(inline):
            inj = _dup_loose(ctx, (s, e), e, ctx.text[s:e], "inline")
            if inj:
                return inj
    for m in ctx.shuffled(list(ctx.markers)):
        i = m.line
        if i not in ctx.body_range():
            continue
        s, e, line = ctx.lines[i]
        if len(line) < 6 or m.end - s > 5:
            continue
        inj = _dup_loose(ctx, (s, e), e, "\n" + line, "line")
        if inj:
            return inj
    return None


@R.form("dup", "t79_copy_other_whitespace")
def dup_copy_other_whitespace(ctx: Ctx):
    """A copy whose whitespace differs from its original: a paragraph repeated on the next line led
    by a tab and ended with spaces, or a sentence repeated after a line break and a tab."""
    rng = ctx.rng
    if rng.random() < 0.5:
        for i in ctx.shuffled(ctx.prose_lines(20)):
            s, e, line = ctx.lines[i]
            raw = "\n" + rng.choice(["\t", "\t\t", " \t"]) + line + rng.choice(["  ", " ", "\t"])
            inj = _dup_loose(ctx, (s, e), e, raw, "line")
            if inj:
                return inj
        return None
    for s, e in ctx.shuffled(ctx.sentences(min_len=12)):
        if ctx.lines[ctx.line_of(s)][1] == e:
            continue
        raw = "\n\t" + ctx.text[s:e] + "\n"
        inj = _dup_loose(ctx, (s, e), e, raw, "inline")
        if inj:
            return inj
    return None


# ======================================================================================
# protected (keep): real repeats a copy finder must leave alone


@R.form("protected", "dup15_refrains_slogans_same_rows")
def prot_refrains_slogans_same_rows(ctx: Ctx):
    """A summary whose items each close with the same sentence (全年目标任务全部完成。), a slogan
    closing two paragraphs, and table rows whose cells say 同上: every repeat is real."""
    rng = ctx.rng
    p = ctx.pick_point(ctx.boundaries("between"))
    if p is None:
        return None
    refrain = rng.choice(["全年目标任务全部完成。", "各项工作取得明显成效。", "群众满意度持续提升。"])
    tasks = [n + t for n, t in zip("一二三", rng.sample(["强化组织保障，召开专题会议4次，研究解决重点问题12个。",
                                                      "完善制度机制，修订管理办法3项，建立工作台账2本。",
                                                      "加强督导检查，开展专项督查6轮，发现并整改问题31个。",
                                                      "推进数字化建设，上线业务系统2个，办理事项1.2万件。"], 3))]
    slogan = rng.choice(["守护一方平安，我们一直在行动！", "安全第一，预防为主，综合治理。"])
    paras = ["全体干部职工以饱满的热情投入各项工作，圆满完成了年度目标。" + slogan,
             "下一步，我们将继续压实责任，巩固提升工作成效。" + slogan]
    town = rng.choice(["城关镇", "青石镇", "东湖乡"])
    rows = [f"1\u3000{town}\u3000张明\u3000综合办公室", "2\u3000同上\u3000李华\u3000同上", "3\u3000同上\u3000王强\u3000同上"]
    return _keep_block(ctx, [t + refrain for t in tasks] + paras + rows, p)


@R.form("protected", "dup15_amended_forwarded_annexes")
def prot_amended_forwarded_annexes(ctx: Ctx):
    """An amended article printed before and after its one-word change, a forwarded notice quoting
    the original's signature (the same organisation line twice), and two annexes whose filling notes
    are the same sentence: all real."""
    rng = ctx.rng
    p = ctx.pick_point(ctx.boundaries(rng.choice(["between", "tail"])))
    if p is None:
        return None
    n = int_to_cn(rng.randint(5, 18))
    body = "人民政府应当加强农村饮水工程的建设和管理，建立健全运行维护机制，保障供水安全。"
    amend = [f"将第{n}条修改如下：", f"修改前：县级{body}", f"修改后：县级以上{body}"]
    org = rng.choice(["江城市教育局", "青山县卫生健康局", "临河市交通运输局"])
    fwd = [f"现将《{org}关于开展安全隐患排查整治的通知》转发给你们，请结合实际认真贯彻落实。",
           org, "2023年9月4日", f"{org}关于开展安全隐患排查整治的通知", "各科室、各直属单位：",
           "为切实做好安全隐患排查整治工作，现将有关事项通知如下。", org, "2023年8月28日"]
    note = "填报说明：本表由各单位如实填写，经主要负责人审核签字后，于每月5日前报送。"
    annex = ["附件1", "安全隐患排查情况统计表", note, "附件2", "安全隐患整改情况统计表", note]
    return _keep_block(ctx, amend + fwd + annex, p)
