"""More TUNE forms (round 21): numbering, written blind (before reading the numbering rules).

Shapes the earlier TUNE forms do not show, each from a cause of damage in the real world: OCR reading a
bracket or a digit as a Latin letter (C三）, （3J, S. for 5.); Word's list numbering restarted in the
middle of a list and counting on from 1 (（一）（二）（一）（二）（三）); a sub-list counting on across its
parent heading in a document whose other sub-lists restart (二、（四）（五） for （一）（二）); the reverse, a
sub-list (or a chapter's articles) restarting at 1 in a document that numbers on across parents; one
item's automatic number lost on export, the line left bare between its numbered siblings; the residue
of an HTML-to-Markdown crawl around a marker (## 三、, **（三）**, 3\\.); a Word multilevel list's
legal-style number (2.3 for （三） under 二、); an inline 一是…二是… list whose numeral OCR read as a
look-alike (—是, ニ是). Protected: paragraphs opening with codes that look like those misreads (C1、C2,
G15, 2.3万户, 5G) and lists that legitimately hold an unnumbered detail line or restart after a lead-in.

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers.
"""

from __future__ import annotations

import re

from forms_tune import R  # noqa: F401  (forms register themselves on import)

from common import int_to_cn, marker_text
from forms_common import Ctx, Gold, Inj, is_han
from forms_tune_r6_num import _RANK, _confirmed, _damage_confirmed, _protect_line

_LIST_KINDS = ("cn_dun", "cn_paren", "ar_dot", "ar_paren")
_ALL = _LIST_KINDS + ("article", "chapter")


def _fix_gold(raw_len_before: int, new: str, expected: str, where: str = "line") -> Gold:
    return Gold(raw_len_before, raw_len_before + len(new), "numbering", "fix", expected, where=where)


def _renumber(ctx: Ctx, ms, new_texts) -> Inj:
    """One injection over markers ``ms`` (in order), each replaced by its new text, each a fix."""
    s, e = ms[0].start, ms[-1].end
    raw, golds, at = "", [], s
    for m, new in zip(ms, new_texts):
        raw += ctx.text[at:m.start]
        golds.append(_fix_gold(len(raw), new, m.text))
        raw += new
        at = m.end
    return Inj(s, e, raw, golds)


def _runs_by_parent(ctx: Ctx, kind: str):
    """The markers of ``kind`` grouped by parent: a marker of a higher level closes a group."""
    runs, cur = [], None
    for m in ctx.markers:
        if m.kind == kind:
            if cur is None:
                cur = []
                runs.append(cur)
            cur.append(m)
        elif _RANK[m.kind] < _RANK[kind]:
            cur = None
    return runs


_MAX_SPAN = 2500  # characters a renumbered stretch may cover (it blocks other injections inside)


def _consecutive(run) -> bool:
    return all(b.value == a.value + 1 for a, b in zip(run, run[1:]))


# ======================================================================================
# numbering (fix: the expected marker)

_OCR_LETTER = {"0": ["O", "D"], "2": ["Z", "z"], "5": ["S", "s"], "6": ["b", "G"], "8": ["B"], "9": ["g", "q"]}


@R.form("numbering", "t201_ocr_latin_lookalike_r21")
def num_ocr_latin_lookalike(ctx: Ctx):
    """OCR of a scanned page reading a marker's bracket or digit as a Latin letter (a text layer with no
    CJK punctuation model): （ read as C or c, ） as J or 」, 5 as S, 2 as Z, 8 as B, 6 as b, 9 as g, 0 as O;
    C三）加强… / （三J / c3) / S.加强… / （B） / 1O. → （三） / （3） / 5. / （8） / 10. (both neighbours
    confirm the value)."""
    rng = ctx.rng

    def damage(m):
        opts = []
        digits = [i for i, c in enumerate(m.text) if c in _OCR_LETTER]
        if m.kind in ("ar_dot", "ar_paren") and digits:
            i = rng.choice(digits)
            opts.append(m.text[:i] + rng.choice(_OCR_LETTER[m.text[i]]) + m.text[i + 1:])
        if m.kind in ("cn_paren", "ar_paren"):
            num = m.text[1:-1]
            a = rng.choice(["C", "c", "C", "(", "（"])
            b = rng.choice(["J", "」", ")", "）", "J"])
            if a in "(（" and b in ")）":
                a = "C"
            opts.append(a + num + b)
        return rng.choice(opts) if opts else None
    return _damage_confirmed(ctx, ("cn_paren", "ar_paren", "ar_dot"), damage)


@R.form("numbering", "t202_tail_restarted_at_one_r21")
def num_tail_restarted(ctx: Ctx):
    """Word's list numbering restarted in the middle of one list ('restart at 1' after a paragraph in
    another style broke the list) and the rest of the list counting on from the new 1, all under the
    same parent with no lead-in line: （一）（二）（三）（一）（二） for （一）…（五）; 1. 2. 1. 2. for 1. … 4.
    → every marker of the restarted tail back to its count."""
    cands = []
    for kind in _LIST_KINDS:
        for run in _runs_by_parent(ctx, kind):
            if len(run) < 4 or run[0].value != 1 or not _consecutive(run):
                continue
            for k in range(2, len(run) - 1):  # the restart at value >= 3, a tail of two or more
                cands.append((run[k - 1], run[k:]))
    for prev, tail in ctx.shuffled(cands):
        first = tail[0]
        before = ctx.text[ctx.lines[first.line - 1][1] - 1] if first.line > 0 else ""
        if first.line == 0 or before == "：" or not ctx.free(first.start, tail[-1].end):
            continue
        if ctx.rng.random() < 0.5 and len(tail) > 2:
            tail = tail[:ctx.rng.randint(2, len(tail))]
            # a shorter tail: the sibling after it goes on counting from the right value
        while len(tail) > 2 and tail[-1].end - tail[0].start > _MAX_SPAN:
            tail = tail[:-1]  # keep the injection short enough to leave room for other defects
        if tail[-1].end - tail[0].start > _MAX_SPAN:
            continue
        inj = _renumber(ctx, tail, [marker_text(m.kind, i + 1) for i, m in enumerate(tail)])
        inj.reserve = [(prev.start, prev.end)]
        return inj
    return None


@R.form("numbering", "t203_sublist_continues_across_parent_r21")
def num_continues_across_parent(ctx: Ctx):
    """A sub-list counting on from the sub-list under the previous parent where it should restart (Word's
    'continue previous list' chosen for the second list, or one list style shared by every level-2
    heading), in a document whose other sub-lists restart at 1: 一、（一）（二）（三）二、（四）（五）三、（一）…
    → （一）（二） under 二、; also 1. 2. under each （一）, （1）（2） under each 1."""
    cands = []
    for kind in ("cn_paren", "ar_dot", "ar_paren"):
        runs = _runs_by_parent(ctx, kind)
        good = [r for r in runs if r[0].value == 1 and _consecutive(r)]
        for k in range(1, len(runs)):
            run, prev_run = runs[k], runs[k - 1]
            if run not in good or prev_run not in good:
                continue
            evidence = [r for r in runs[1:] if r is not run and r in good]
            if evidence:
                cands.append((prev_run[-1], run, evidence))
    for last, run, evidence in ctx.shuffled(cands):
        if run[0].line == 0 or run[-1].end - run[0].start > _MAX_SPAN or not ctx.free(run[0].start, run[-1].end):
            continue
        inj = _renumber(ctx, run, [marker_text(m.kind, last.value + i + 1) for i, m in enumerate(run)])
        ev = ctx.rng.choice(evidence)[0]
        inj.reserve = [(last.start, last.end), (ev.start, ev.end)]
        return inj
    return None


@R.form("numbering", "t204_restarts_where_document_numbers_on_r21")
def num_restart_where_numbered_on(ctx: Ctx):
    """The reverse slip: a group restarting at 1 in a document that numbers on across parents (chapters
    pasted from separate files, a multilevel list set to 'restart after a higher level'): the articles
    of 第三章 numbered 第一条 第二条 again where 第七条 第八条 are due, with the next chapter going on from
    the right count; a sub-list （一）（二）（三） where the document's sub-lists run on (（七）（八）（九))
    → the continued numbers."""
    cands = []
    for kind in ("article", "cn_paren", "ar_dot", "ar_paren"):
        runs = _runs_by_parent(ctx, kind)
        for k in range(1, len(runs) - 1):
            prev_run, run, next_run = runs[k - 1], runs[k], runs[k + 1]
            if not (_consecutive(prev_run) and _consecutive(run) and _consecutive(next_run)):
                continue
            if run[0].value == prev_run[-1].value + 1 and next_run[0].value == run[-1].value + 1 and run[0].value > 1:
                cands.append((prev_run[-1], run, next_run[0]))
    for last, run, nxt in ctx.shuffled(cands):
        if run[-1].end - run[0].start > _MAX_SPAN or not ctx.free(run[0].start, run[-1].end):
            continue
        inj = _renumber(ctx, run, [marker_text(m.kind, i + 1) for i, m in enumerate(run)])
        inj.reserve = [(last.start, last.end), (nxt.start, nxt.end)]
        return inj
    return None


@R.form("numbering", "t205_autonumber_lost_bare_line_r21")
def num_autonumber_lost(ctx: Ctx):
    """One item's automatic number lost on export (Word's list number is not text: a copy, a 'save as
    text', a CMS paste keep the typed markers of the other items but drop the field of this one), the
    item left bare, sometimes with the tab or indent that followed the number, between siblings on the
    lines right before and after it: （二）…；\\n医务人员资质…；\\n（四）… → （三） back at the head of the
    bare line. The skipped number and the one bare line between are the evidence."""
    rng = ctx.rng
    for m, prev, nxt in ctx.shuffled(_confirmed(ctx, _LIST_KINDS)):
        if prev.line != m.line - 1 or nxt.line != m.line + 1:
            continue
        prev_end = ctx.lines[prev.line][1]
        if ctx.text[prev_end - 1] == "：" or not is_han(ctx.text[m.end:m.end + 1]):
            continue
        s, e = m.start - 1, m.end + 1
        if not ctx.free(s, e):
            continue
        resid = rng.choice(["", "", "", "\t", "\u3000\u3000", " "])
        raw = "\n" + resid + ctx.text[m.end]
        inj = Inj(s, e, raw, [Gold(0, len(raw), "numbering", "fix", ctx.text[s:e], where="line")])
        inj.reserve = [(prev.start, prev.end), (nxt.start, nxt.end)]
        return inj
    return None


@R.form("numbering", "t206_markdown_residue_r21")
def num_markdown_residue(ctx: Ctx):
    """The residue of a crawler's HTML-to-Markdown step (html2text, markdownify, turndown) around a
    marker: a heading's ## left in front, the bold marks of a number set in <strong>, the backslash
    that escapes an ordered-list number: ## 三、加强… / **（三）**加强… / ### 第六条 / 3\\.加强… / 3\\. 加强…
    → the bare marker."""
    rng = ctx.rng

    def damage(m):
        opts = ["#" * rng.randint(1, 4) + " " + m.text, "**" + m.text + "**"]
        if m.kind == "ar_dot":
            opts += [f"{m.value}\\.", f"{m.value}\\. "] * 2
        elif m.kind in ("cn_dun", "cn_paren"):
            opts.append(rng.choice(["## ", "### ", "#### "]) + "**" + m.text + "**")
        return rng.choice(opts)
    return _damage_confirmed(ctx, _ALL, damage)


def _ancestors(ctx: Ctx, m):
    """The chain of parents of marker m (nearest first): each the last marker of a higher level before it."""
    out, cur = [], m
    i = ctx.markers.index(m)
    for p in reversed(ctx.markers[:i]):
        if _RANK[p.kind] < _RANK[cur.kind]:
            out.append(p)
            cur = p
    return out


@R.form("numbering", "t207_legal_style_number_r21")
def num_legal_style(ctx: Ctx):
    """One heading numbered by a Word multilevel list in legal style (正规形式编号) or pasted from a
    document that numbers 1.1 / 1.1.1: 2.3 加强… for （三） under 二、; 2.1.2 for 2. under （一） of 二、;
    2.3. / 2.3\\t / 2．3 variants → the marker in its list's style (its siblings keep theirs)."""
    rng = ctx.rng

    def damage(m):
        chain = _ancestors(ctx, m)
        if not chain or chain[-1].kind != "cn_dun" or any(p.kind not in _LIST_KINDS for p in chain):
            return None
        num = ".".join(str(p.value) for p in reversed(chain)) + "." + str(m.value)
        if rng.random() < 0.2:
            num = num.replace(".", "．")
        return num + rng.choice(["", " ", "\t", "\u3000", ".", " "])
    return _damage_confirmed(ctx, ("cn_paren", "ar_dot", "ar_paren"), damage)


_SHI = re.compile(r"(?:^|(?<=[。；：，]))([一二三四五六七八九十]{1,2})是(?=[\u4e00-\u9fff])")
_SHI_OCR = {"一": ["—", "-", "ー", "－", "―"], "二": ["ニ", "=", "＝"], "三": ["≡", "彡"], "八": ["人", "ハ"],
            "六": ["大", "穴"], "十": ["+", "＋"], "七": ["匕"], "九": ["力", "丸"], "五": ["王"], "四": ["囗", "西"]}
_CN_VALUE = {int_to_cn(v): v for v in range(1, 20)}


@R.form("numbering", "t208_shi_numeral_ocr_r21")
def num_shi_ocr(ctx: Ctx):
    """An inline 一是…二是…三是… list from a scanned page whose numeral OCR read as a look-alike (the
    numeral is one or two strokes, the classifier has no context): —是 / -是 / ー是 for 一是, ニ是 / =是 for
    二是, ≡是 for 三是, 人是 for 八是, +是 for 十是 → the numeral (the siblings around it confirm the count;
    一是 needs 二是 and 三是 after it)."""
    rng = ctx.rng
    cands = []
    for i in ctx.prose_lines(8):
        s, e, line = ctx.lines[i]
        start = ctx.marker_end(i) - s
        found = [(s + m.start(1), s + m.end(), _CN_VALUE.get(m.group(1)))
                 for m in _SHI.finditer(line, start) if m.start() >= start]
        for k, (a, b, v) in enumerate(found):
            if v is None or not any(c in _SHI_OCR for c in ctx.text[a:b - 1]):
                continue
            nxt = found[k + 1] if k + 1 < len(found) else None
            prv = found[k - 1] if k > 0 else None
            if v == 1:
                n2 = found[k + 2] if k + 2 < len(found) else None
                if nxt and n2 and nxt[2] == 2 and n2[2] == 3:
                    cands.append((a, b, [(nxt[0], nxt[1]), (n2[0], n2[1])]))
            elif prv and nxt and prv[2] == v - 1 and nxt[2] == v + 1:
                cands.append((a, b, [(prv[0], prv[1]), (nxt[0], nxt[1])]))
    for a, b, reserve in ctx.shuffled(cands):
        if not ctx.free(a, b):
            continue
        num = ctx.text[a:b - 1]
        spots = [j for j, c in enumerate(num) if c in _SHI_OCR]
        j = rng.choice(spots)
        raw = num[:j] + rng.choice(_SHI_OCR[num[j]]) + num[j + 1:] + "是"
        inj = Inj(a, b, raw, [Gold(0, len(raw), "numbering", "fix", ctx.text[a:b], where="inline")])
        inj.reserve = reserve
        return inj
    return None


# ======================================================================================
# protected: text that looks like those slips and is right as it stands


@R.form("protected", "t209_num_line_head_codes_r21")
def prot_line_head_codes(ctx: Ctx):
    """A paragraph opening with a code or a figure that looks like an OCR-misread or legal-style marker:
    driving-licence classes (C1、C2), expressway and metro numbers (G15, S2线), floors (B1层), 5G, a
    decimal amount (2.3万户) → all kept as written."""
    rng = ctx.rng
    lic = rng.choice(["C1、C2", "A1、A2", "B1、B2"])
    road = rng.choice(["G15", "G25", "G60", "S2", "S15"])
    dec = f"{rng.randint(1, 9)}.{rng.randint(1, 9)}万户"
    floor = rng.choice(["B1层", "B2层"])
    n = rng.randint(120, 2600)
    return rng.choice([
        lambda: _protect_line(ctx, f"{lic}准驾车型驾驶人须按期参加审验教育。", [lic]),
        lambda: _protect_line(ctx, f"{road}高速公路改扩建工程已完成路基施工。", [road]),
        lambda: _protect_line(ctx, f"{dec}城镇老旧小区居民纳入年度改造计划。", [dec]),
        lambda: _protect_line(ctx, f"{floor}停车场新增充电桩{rng.randint(20, 90)}个。", [floor]),
        lambda: _protect_line(ctx, f"5G基站累计建成{n}个，实现城区全覆盖。", ["5G"]),
    ])()


@R.form("protected", "t210_num_detail_line_and_second_list_r21")
def prot_detail_line_second_list(ctx: Ctx):
    """Lists that are right although they show what the slips above show: after a lead-in line, an item
    ending in ： followed by an unnumbered detail line before the next item (no number skipped); two lists
    under one heading each restarting at 1 after its own lead-in line ending in ： (主要任务：1. 2. 保障措施：
    1. 2.) → every line kept as written."""
    rng = ctx.rng
    style = rng.choice(["ar_dot", "ar_paren"])
    mk = lambda k: marker_text(style, k)  # noqa: E731
    detail = [rng.choice(["申报有关事项如下：", "具体要求如下："]),
              f"{mk(1)}申报条件：",
              rng.choice(["申报单位应具有独立法人资格，近三年无不良信用记录。",
                          "项目应符合国土空间规划，前期手续齐全。"]),
              f"{mk(2)}申报材料：",
              rng.choice(["申请表、实施方案及承诺书各一份。", "项目申请书、资金使用计划及相关证明材料。"])]
    a, b = rng.sample(["排查摸底", "集中整治", "巩固提升", "建章立制"], 2)
    c, d = rng.sample(["加强组织领导", "强化资金保障", "严格督导考核", "做好宣传引导"], 2)
    two = ["主要任务：", f"{mk(1)}{a}；", f"{mk(2)}{b}。", "保障措施：", f"{mk(1)}{c}；", f"{mk(2)}{d}。"]
    lines = rng.choice([detail, two])
    return _protect_line(ctx, "\n".join(lines), lines)
