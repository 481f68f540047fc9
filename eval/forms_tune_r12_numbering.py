"""More TUNE forms (round 12): numbering, written blind (before reading the numbering rules).

Shapes the earlier TUNE forms do not cover: the FIRST marker of a (restarted) list damaged, the LAST
marker of a list damaged (only the previous sibling vouches for it), a marker typed in the full
style of another level, a marker standing alone on its line with the heading on the next, two
siblings two apart exchanged, a tail shifted back (a number repeated and every later sibling
counting from it), two adjacent siblings damaged at once, and a 第X条 / 第X章 slip that also lost
its full-width space. Protected: lists that restart legitimately as paragraphs of their own,
table rows with item numbers, 第N条 citations and years or amounts opening a paragraph, and a
list quoted from another document.

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

from common import int_to_cn, marker_text
from forms_common import Ctx, Gold, Inj
from forms_tune_r6_num import _RANK, _confirmed, _protect_line

_LIST_KINDS = ("cn_dun", "cn_paren", "ar_dot", "ar_paren")
_FWD = str.maketrans("0123456789", "０１２３４５６７８９")


def _fix(m, raw: str, reserve) -> Inj:
    inj = Inj(m.start, m.end, raw, [Gold(0, len(raw), "numbering", "fix", m.text, where="line")])
    inj.reserve = [(r.start, r.end) for r in reserve]
    return inj


def _next_sibling(ctx: Ctx, i: int):
    """The next marker of the same list (same kind, no higher level between), or None."""
    m = ctx.markers[i]
    for n in ctx.markers[i + 1:]:
        if _RANK[n.kind] < _RANK[m.kind]:
            return None
        if n.kind == m.kind:
            return n
    return None


def _prev_sibling(ctx: Ctx, i: int):
    m = ctx.markers[i]
    for p in reversed(ctx.markers[:i]):
        if _RANK[p.kind] < _RANK[m.kind]:
            return None
        if p.kind == m.kind:
            return p
    return None


def _damage_any(ctx: Ctx, m, choices_for_kind) -> str | None:
    opts = [o for o in choices_for_kind(m) if o and o != m.text]
    return ctx.rng.choice(opts) if opts else None


def _other_shapes(m) -> list[str]:
    """Common damage to one marker: numeral lost, a bracket or the mark lost, Arabic for Chinese."""
    v, cn = m.value, int_to_cn(m.value)
    if m.kind == "cn_paren":
        return ["（）", f"（{cn}", f"{cn}）", f"（{v}）", f"({v})"]
    if m.kind == "cn_dun":
        return [f"{v}、", f"{cn}.", f"（{cn}）"] if v > 1 else [f"{v}、", f"{cn}.", "、"]
    if m.kind == "ar_dot":
        return [f"{v}、", f"{v}", f"（{v}）", f"{str(v).translate(_FWD)}、"]
    return [f"（{v}", f"{v}）", "（）", f"{v}."]


# ======================================================================================
# numbering (fix: the expected marker)


@R.form("numbering", "t55_first_of_run_damaged")
def num_first_of_run(ctx: Ctx):
    """The FIRST marker of a list damaged while the second confirms it, often a list that restarts
    under its parent after a longer list under the previous parent: （） / （一 / 一） / （1） / (1) for
    （一）; 1、 / 一. for 一、; 1、 / 1 / （1） for 1.; （1 / 1） / （） / 1. for （1） → the first marker."""
    cands = []
    for i, m in enumerate(ctx.markers):
        if m.kind in _LIST_KINDS and m.value == 1 and m.line > 0:
            n = _next_sibling(ctx, i)
            if n is not None and n.value == 2:
                cands.append((m, n))
    for m, n in ctx.shuffled(cands):
        if not ctx.free(m.start, m.end):
            continue
        raw = _damage_any(ctx, m, _other_shapes)
        if raw is None:
            continue
        return _fix(m, raw, [n])
    return None


@R.form("numbering", "t56_last_of_run_damaged")
def num_last_of_run(ctx: Ctx):
    """The LAST marker of a list damaged, with no later sibling to confirm it (the next marker is
    of a higher level, or the body ends): the previous number repeated, the numeral or one bracket
    lost, an Arabic numeral among Chinese ones → the expected marker (the previous sibling + 1)."""
    cands = []
    for i, m in enumerate(ctx.markers):
        if m.kind in _LIST_KINDS and m.value >= 3 and m.line > 0 and _next_sibling(ctx, i) is None:
            p = _prev_sibling(ctx, i)
            if p is not None and p.value == m.value - 1:
                cands.append((m, p))
    for m, p in ctx.shuffled(cands):
        if not ctx.free(m.start, m.end):
            continue
        raw = _damage_any(ctx, m, lambda mk: _other_shapes(mk) + [marker_text(mk.kind, mk.value - 1)])
        if raw is None:
            continue
        return _fix(m, raw, [p])
    return None


@R.form("numbering", "t57_other_level_full_style")
def num_other_level_style(ctx: Ctx):
    """A marker typed in the FULL style of another level with its own value, its two siblings keeping
    theirs: 3. or 3．for （三）; （3） or ３、 for 三、; （三） for 3.; 3. for （3）; （3） for 3. → its list's style."""
    rng = ctx.rng

    def restyle(m):
        v, cn = m.value, int_to_cn(m.value)
        if m.kind == "cn_paren":
            return rng.choice([f"{v}.", f"{v}．", f"{str(v).translate(_FWD)}．"])
        if m.kind == "cn_dun":
            return rng.choice([f"（{v}）", f"{str(v).translate(_FWD)}、", f"{v}."])
        if m.kind == "ar_dot":
            return rng.choice([f"（{cn}）", f"（{v}）"])
        return rng.choice([f"{v}.", f"{v}．", f"（{cn}）"])
    for m, prev, nxt in ctx.shuffled(_confirmed(ctx, _LIST_KINDS)):
        if ctx.free(m.start, m.end):
            return _fix(m, restyle(m), [prev, nxt])
    return None


@R.form("numbering", "t58_marker_alone_on_line")
def num_marker_alone(ctx: Ctx):
    """A marker left alone on its line, its heading pushed to the next line (a PDF or a CMS that put
    the number in its own cell or paragraph): 三、\\n加强… / （三）\\n加强… / 3.\\n加强… / 第六条\\n… (the
    full-width space after 第X条 becomes the break) → the marker and its heading on one line."""
    rng = ctx.rng
    for m, prev, nxt in ctx.shuffled(_confirmed(ctx, _LIST_KINDS + ("article", "chapter"))):
        e = m.end
        sep = ctx.text[e:e + 1]
        if m.kind in ("article", "chapter"):
            if sep != "\u3000":
                continue
            base, raw = m.text + sep, m.text + rng.choice(["\n", " \n", "\n"])
            span_end = e + 1
        else:
            if not sep or sep in "\n \u3000":
                continue
            base, raw = m.text, m.text + rng.choice(["\n", "\n", " \n"])
            span_end = e
        if not ctx.free(m.start, span_end):
            continue
        inj = Inj(m.start, span_end, raw, [Gold(0, len(raw), "numbering", "fix", base, where="line")])
        inj.reserve = [(prev.start, prev.end), (nxt.start, nxt.end)]
        return inj
    return None


@R.form("numbering", "t59_far_swap")
def num_far_swap(ctx: Ctx):
    """Two siblings two places apart exchanged (a heading moved with its number): 一、四、三、二、五、 for
    一、二、三、四、五、, also （2）and（4）; each of the two is confirmed by its own neighbours → both fixed."""
    by_kind: dict = {}
    for m in ctx.markers:
        by_kind.setdefault(m.kind, []).append(m)
    cands = []
    for kind, ms in by_kind.items():
        if kind not in _LIST_KINDS:
            continue
        for k in range(1, len(ms) - 3):
            run = ms[k - 1:k + 4]
            if [x.value for x in run] == list(range(run[0].value, run[0].value + 5)) and run[3].line - run[1].line <= 20:
                cands.append(run)
    for p, a, mid, b, n in ctx.shuffled(cands):
        if a.line == 0 or not ctx.free(a.start, b.end):
            continue
        between = ctx.text[a.end:b.start]
        raw = b.text + between + a.text
        inj = Inj(a.start, b.end, raw, [Gold(0, len(b.text), "numbering", "fix", a.text, where="line"),
                                        Gold(len(raw) - len(a.text), len(raw), "numbering", "fix", b.text,
                                             where="line")])
        inj.reserve = [(p.start, p.end), (n.start, n.end)]
        return inj
    return None


@R.form("numbering", "t60_tail_shifted_back")
def num_tail_shifted_back(ctx: Ctx):
    """A tail shifted BACK: one number repeated and every later sibling counting on from the repeat
    (一、二、二、三、四、 for 一、二、三、四、五、, a heading inserted by copying the one before); each marker
    of the tail is fixed. The repeat is 二 or more: 一、一、二、 reads as a list that starts again."""
    by_kind: dict = {}
    for m in ctx.markers:
        by_kind.setdefault(m.kind, []).append(m)
    cands = []
    for kind, ms in by_kind.items():
        if kind not in _LIST_KINDS:
            continue
        for k in range(1, len(ms)):
            if ms[k - 1].value != ms[k].value - 1 or ms[k].value < 3:  # a repeated 一 reads as a restart
                continue
            tail = [ms[k]]
            for n in ms[k + 1:]:
                if n.value != tail[-1].value + 1:
                    break
                tail.append(n)
            if 3 <= len(tail) <= 7:
                cands.append((ms[k - 1], tail))
    for prev, tail in ctx.shuffled(cands):
        s, e = tail[0].start, tail[-1].end
        if tail[0].line == 0 or not ctx.free(s, e):
            continue
        raw, golds, at = "", [], s
        for m in tail:
            raw += ctx.text[at:m.start]
            new = marker_text(m.kind, m.value - 1)
            golds.append(Gold(len(raw), len(raw) + len(new), "numbering", "fix", m.text, where="line"))
            raw += new
            at = m.end
        inj = Inj(s, e, raw, golds)
        inj.reserve = [(prev.start, prev.end)]
        return inj
    return None


@R.form("numbering", "t61_two_adjacent_damaged")
def num_two_adjacent(ctx: Ctx):
    """Two consecutive siblings damaged at once, each in its own way (a page that lost the marks of a
    whole stretch): 二、 三 四 五、 (two 、 lost), （二）（）（4）（五）, 2. 3、 4 5. → both fixed; the
    outer siblings confirm the pair."""
    ms = ctx.markers
    cands = []
    for i, m in enumerate(ms):
        if m.kind not in _LIST_KINDS or m.line == 0:
            continue
        n = _next_sibling(ctx, i)
        p = _prev_sibling(ctx, i)
        if n is None or p is None or p.value != m.value - 1 or n.value != m.value + 1:
            continue
        j = ms.index(n)
        nn = _next_sibling(ctx, j)
        if nn is not None and nn.value == n.value + 1:
            cands.append((p, m, n, nn))
    for p, a, b, nn in ctx.shuffled(cands):
        if not ctx.free(a.start, b.end):
            continue
        ra, rb = _damage_any(ctx, a, _other_shapes), _damage_any(ctx, b, _other_shapes)
        if ra is None or rb is None:
            continue
        between = ctx.text[a.end:b.start]
        raw = ra + between + rb
        inj = Inj(a.start, b.end, raw, [Gold(0, len(ra), "numbering", "fix", a.text, where="line"),
                                        Gold(len(raw) - len(rb), len(raw), "numbering", "fix", b.text,
                                             where="line")])
        inj.reserve = [(p.start, p.end), (nn.start, nn.end)]
        return inj
    return None


@R.form("numbering", "t62_article_slip_space_lost")
def num_article_slip_space(ctx: Ctx):
    """A 第X条 / 第X章 marker with two slips: the number repeated or skipped AND its full-width space
    lost or turned into ASCII spaces (第五条 加强… / 第七条加强… where 第六条　 is due) → 第六条 + the
    full-width space."""
    rng = ctx.rng
    for m, prev, nxt in ctx.shuffled(_confirmed(ctx, ("article", "chapter"))):
        if ctx.text[m.end:m.end + 1] != "\u3000" or not ctx.free(m.start, m.end + 1):
            continue
        wrong = marker_text(m.kind, m.value + rng.choice([-1, 1]))
        raw = wrong + rng.choice(["", " ", "  ", "\u00a0"])
        inj = Inj(m.start, m.end + 1, raw, [Gold(0, len(raw), "numbering", "fix", m.text + "\u3000", where="line")])
        inj.reserve = [(prev.start, prev.end), (nxt.start, nxt.end)]
        return inj
    return None


# ======================================================================================
# protected: numbering that is right as it stands


@R.form("protected", "t_r12_num_restart_paragraphs")
def prot_restart_paragraphs(ctx: Ctx):
    """A list that restarts at 1 as paragraphs of its own under a lead-in line ending in ：(materials
    to submit, an attachment list), whatever the document's own lists reached; a paragraph opening
    with a 第N条 citation, a year or an amount."""
    rng = ctx.rng
    a = rng.choice(["申报单位需提交以下材料：", "附件：", "有关要求如下："])
    items = rng.sample(["申请表", "承诺书", "项目实施方案", "资金使用计划", "营业执照复印件", "验收报告"], 3)
    style = rng.choice(["ar_dot", "ar_paren", "cn_paren"])
    lines = [marker_text(style, k + 1) + t + ("；" if k < 2 else "。") for k, t in enumerate(items)]
    b = f"依据第{int_to_cn(rng.randint(11, 29))}条规定"
    c = f"{rng.randint(2019, 2024)}年"
    d = f"{rng.randint(1, 9)}.{rng.randint(1, 9)}亿元"
    return rng.choice([
        lambda: _protect_line(ctx, "\n".join([a] + lines), lines),
        lambda: _protect_line(ctx, f"{b}，相关单位应当在十五日内完成整改。", [b]),
        lambda: _protect_line(ctx, f"{c}，全市共完成项目验收{rng.randint(12, 90)}个。", [c]),
        lambda: _protect_line(ctx, f"{d}专项资金已于年中全部下达。", [d]),
    ])()


@R.form("protected", "t_r12_num_table_rows_and_quotes")
def prot_table_rows_quotes(ctx: Ctx):
    """Item numbers in table rows (序号 columns separated by tabs or full-width spaces; only the numbers
    are kept spans, the cell gaps belong to the space family) and a list
    quoted from another document inside a sentence (《…》提出“一是…二是…”, （一）…（二）… inline)."""
    rng = ctx.rng
    sep = rng.choice(["\t", "\u3000\u3000", "  "])
    names = rng.sample(["道路改造", "管网更新", "校舍维修", "绿地提升", "停车设施"], 3)
    rows = [f"序号{sep}项目名称{sep}完成时限"] + [f"{k + 1}{sep}{n}{sep}{rng.choice(['6月底前', '9月底前', '年底前'])}"
                                            for k, n in enumerate(names)]
    numbers = [str(k + 1) for k in range(len(names))]  # the item numbers (the cell gaps are the space family's)
    q = f"（一）{rng.choice(['坚持问题导向', '强化组织领导'])}；（二）{rng.choice(['压实工作责任', '加强督促检查'])}"
    return rng.choice([
        lambda: _protect_line(ctx, "\n".join(rows), numbers),
        lambda: _protect_line(ctx, f"上级通知明确了两项要求：{q}。", [q]),
    ])()
