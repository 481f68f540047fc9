"""More TUNE forms (round 7 of issue 16): dup, kinds written first without reading the rules.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from common import is_han
from forms_common import Ctx, Gold, Inj
from forms_tune_chrome_dup import _dup_loose
from forms_tune_r6_dup_chrome import _keep_block

# ======================================================================================
# dup (remove the repeat): copies whose position, cut or punctuation TUNE had not shown

_PUNCT = "，。；：、！？“”（）《》"


def _first_prose(ctx: Ctx, min_len: int = 20):
    prose = ctx.prose_lines(min_len)
    return prose[0] if prose else None


@R.form("dup", "t36_title_tag_line")
def dup_title_tag_line(ctx: Ctx):
    """The page's <title> element flattened into the text above or under the heading: the title
    again followed by the column and the portal (关于…的通知__2007年第23号国务院公报_中国政府网,
    标题 - 山西省人民政府门户网站), as gne / readability extractors leave it."""
    rng = ctx.rng
    s, e, title = ctx.lines[0]
    if len(title) < 6:
        return None
    city = rng.choice(["江岭市", "青山县", "临川区", "南溪市", "云阳县"])
    site = rng.choice([f"{city}人民政府门户网站", f"{city}人民政府", "中国政府网", f"{city}政务服务网"])
    column = rng.choice(["政策文件", "通知公告", "政府信息公开", "部门文件", "工作动态"])
    sep = rng.choice(["_", "__", " - ", "－", " | ", "_"])
    line = title + sep + (column + sep if rng.random() < 0.6 else "") + site
    p = rng.choice([0, e + 1 if e < len(ctx.text) else None])
    if p is None:
        return None
    inj = _dup_loose(ctx, (s, e), p, line + "\n", "top" if p == 0 else "head")
    return inj


@R.form("dup", "t37_title_glued_to_body")
def dup_title_glued_to_body(ctx: Ctx):
    """The title rendered a second time by the content template and glued, without a break, to the
    front of the first body paragraph (a hidden <h2> in the article div): 关于…的通知各县（市、区）…"""
    rng = ctx.rng
    s, e, title = ctx.lines[0]
    i = _first_prose(ctx, 16)
    if i is None or len(title) < 6:
        return None
    at = ctx.lines[i][0]
    raw = title + rng.choice(["", "", " ", "\u3000"])
    return _dup_loose(ctx, (s, e), at, raw, "inline")


def _spaced(text: str, rng) -> str:
    gap = rng.choice([" ", " ", "\u3000", "  "])
    return gap.join(text)


@R.form("dup", "t38_copy_letter_spaced")
def dup_copy_letter_spaced(ctx: Ctx):
    """A sentence (inline) or paragraph (next line) repeated with a space between every character,
    as a justified PDF's text layer gives it (加 强 组 织 领 导 ，…)."""
    rng = ctx.rng
    if rng.random() < 0.5:
        for a, b in ctx.shuffled(ctx.sentences(min_len=10)):
            inj = _dup_loose(ctx, (a, b), b, _spaced(ctx.text[a:b], rng), "inline")
            if inj:
                return inj
        return None
    for i in ctx.shuffled(ctx.prose_lines(16)):
        s, e, line = ctx.lines[i]
        if len(line) > 120:
            continue
        inj = _dup_loose(ctx, (s, e), e, "\n" + _spaced(line, rng), "line")
        if inj:
            return inj
    return None


@R.form("dup", "t39_copy_punct_stripped")
def dup_copy_punct_stripped(ctx: Ctx):
    """A paragraph repeated on the next line with its punctuation dropped or turned into spaces (a
    text-only / screen-reader rendering or a search index's description field)."""
    rng = ctx.rng
    for i in ctx.shuffled(ctx.prose_lines(24)):
        s, e, line = ctx.lines[i]
        rep = rng.choice([" ", "", " "])
        copy = re.sub(f"[{_PUNCT}]+", rep, line).strip()
        if copy == line:
            continue
        inj = _dup_loose(ctx, (s, e), e, "\n" + copy, "line")
        if inj:
            return inj
    return None


@R.form("dup", "t40_copy_lost_head")
def dup_copy_lost_head(ctx: Ctx):
    """A partial copy: a paragraph repeated on the next line without its first 5-25 characters (cut
    inside a word), as a scroll capture or an OCR of overlapping page strips leaves it."""
    rng = ctx.rng
    for i in ctx.shuffled(ctx.prose_lines(40)):
        s, e, line = ctx.lines[i]
        k = rng.randint(5, 25)
        inj = _dup_loose(ctx, (s + k, e), e, "\n" + line[k:], "line")
        if inj:
            return inj
    return None


def _sentence_starts(ctx: Ctx, i: int) -> list[int]:
    s, e, line = ctx.lines[i]
    return [s + m.end() for m in re.finditer("。", line) if s + m.end() < e - 4 and is_han(ctx.text[s + m.end()])]


@R.form("dup", "t41_sentence_into_later_paragraph")
def dup_sentence_into_later_paragraph(ctx: Ctx):
    """A sentence of one paragraph pasted again between two sentences of the next or the one after
    (a copy-paste slip while editing): the copy stands away from its source, mid-paragraph."""
    rng = ctx.rng
    prose = set(ctx.prose_lines(16))
    for a, b in ctx.shuffled(ctx.sentences(min_len=12)):
        i = ctx.line_of(a)
        j = i + rng.choice([1, 1, 2])
        if j not in prose:
            continue
        starts = _sentence_starts(ctx, j)
        if not starts:
            continue
        inj = _dup_loose(ctx, (a, b), rng.choice(starts), ctx.text[a:b], "inline")
        if inj:
            return inj
    return None


@R.form("dup", "t42_pull_quote")
def dup_pull_quote(ctx: Ctx):
    """A pull quote: a sentence of a paragraph set again as a line of its own one or two paragraphs
    later, in brackets or with a leading mark (【…】, “…”, ▲…, ——…), as magazine-style templates do."""
    rng = ctx.rng
    body = set(ctx.body_range())
    for a, b in ctx.shuffled(ctx.sentences(min_len=12)):
        i = ctx.line_of(a)
        j = i + rng.choice([1, 2])
        if j not in body or j + 1 >= ctx.signature_line:
            continue
        sent = ctx.text[a:b].rstrip("。")
        line = rng.choice([f"【{sent}】", f"“{sent}”", f"▲{sent}", f"——{sent}", f"{sent}。"])
        inj = _dup_loose(ctx, (a, b), ctx.lines[j][1] + 1, line + "\n", "between")
        if inj:
            return inj
    return None


@R.form("dup", "t43_copy_across_paragraph_break")
def dup_copy_across_paragraph_break(ctx: Ctx):
    """A PDF page-overlap strip that crossed a paragraph break: the tail of one paragraph and the
    head of the next, joined flat (nothing or a space between), repeated as a line under the next."""
    rng = ctx.rng
    prose = set(ctx.prose_lines(30))
    for i in ctx.shuffled(sorted(prose)):
        if i + 1 not in prose:
            continue
        s1, e1, l1 = ctx.lines[i]
        s2, e2, l2 = ctx.lines[i + 1]
        k1, k2 = rng.randint(8, 20), rng.randint(8, 20)
        if len(l2) - k2 < 6:
            continue
        copy = l1[-k1:] + rng.choice(["", " ", ""]) + l2[:k2]
        inj = _dup_loose(ctx, (e1 - k1, s2 + k2), e2, "\n" + copy, "line")
        if inj:
            return inj
    return None


@R.form("dup", "t44_sentence_copy_broken_by_newline")
def dup_sentence_copy_broken(ctx: Ctx):
    """A paragraph's last sentence repeated after it, the copy broken by a line break in mid-word
    (its first part glued to the paragraph, the rest on a line of its own): a page break fell
    inside the repeated line."""
    rng = ctx.rng
    for a, b in ctx.shuffled(ctx.sentences(min_len=14)):
        i = ctx.line_of(a)
        if ctx.lines[i][1] != b:
            continue
        sent = ctx.text[a:b]
        k = rng.randint(4, len(sent) - 5)
        raw = sent[:k] + "\n" + sent[k:]
        inj = _dup_loose(ctx, (a, b), b, raw, "inline")
        if inj:
            return inj
    return None


# ======================================================================================
# protected (keep): legitimate repeats


@R.form("protected", "t9_dup_same_headings_per_part")
def prot_same_headings_per_part(ctx: Ctx):
    """An outline whose sub-headings repeat word for word under different parts (一、城区… （一）建设
    内容 … 二、乡镇… （一）建设内容): every copy is real."""
    rng = ctx.rng
    p = ctx.pick_point(ctx.boundaries("between"))
    if p is None:
        return None
    parts = rng.sample(["城区项目", "乡镇项目", "农村项目", "园区项目"], 2)
    subs = rng.sample(["建设内容", "资金安排", "进度要求", "责任分工"], 2)
    body = ["按照既定方案组织实施，确保年内完工。", "资金由市县两级财政按比例分担。"]
    lines = []
    for k, part in enumerate(parts):
        lines.append(f"{'一二'[k]}、{part}")
        for m, sub in enumerate(subs):
            lines.append(f"（{'一二'[m]}）{sub}")
            lines.append(body[m] if k == 0 else body[m].replace("。", "，并做好验收。", 1))
    return _keep_block(ctx, lines, p)


@R.form("protected", "t10_dup_list_items_same_clause")
def prot_list_items_same_clause(ctx: Ctx):
    """Task-list items whose tails repeat a whole clause (责任单位：同上；完成时限：2024年6月底前), and
    a slogan repeated on purpose in two sentences: legitimate repeats of a skeleton-equal clause."""
    rng = ctx.rng
    p = ctx.pick_point(ctx.boundaries("between"))
    if p is None:
        return None
    deadline = rng.choice(["完成时限：2024年6月底前", "完成时限：2025年12月底前", "完成时间：长期坚持"])
    lines = [f"1.开展专项排查整治。责任单位：市住建局；{deadline}。",
             f"2.建立问题整改台账。责任单位：同上；{deadline}。",
             "坚持人民至上，坚持问题导向，做到应检尽检、应治尽治；对重点场所，同样做到应检尽检、应治尽治。"]
    return _keep_block(ctx, lines, p)
