"""More TUNE forms (round 10): figure and numbering, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from common import HAN, int_to_cn, marker_text
from forms_common import Ctx, Gold, Inj
from forms_tune import _SHARE, _protect

# ======================================================================================
# figure (flag)


def _flag(s: int, e: int, raw: str, base: str) -> Inj:
    return Inj(s, e, raw, [Gold(0, len(raw), "figure", "flag", raw, repair=base, where="inline")])


def _added(p: int, added: str) -> Inj:
    return Inj(p, p, added, [Gold(0, len(added), "figure", "flag", added, repair="", where="inline")])


_COMPOUND = re.compile(r"(?<![0-9.,第])([1-9][0-9]*(?:\.[0-9]+)?)(万平方米|平方米|平方公里|公里|千米|万人次|人次|万亩|亩|万吨|吨|千瓦|立方米|张床位|床)(?=[、，；])")


@R.form("figure", "t55_compound_unit_lost")
def fig_compound_unit_lost(ctx: Ctx):
    """A figure whose compound unit was lost while a sibling of its sentence keeps the same unit:
    新建绿道35、改造管网12公里; 改造老旧小区8.6，新增停车位…（万平方米 kept elsewhere in the sentence)."""
    cands = []
    for s, e, m in ctx.matches(_COMPOUND):
        unit = m.group(2)
        line_s = ctx.lines[ctx.line_of(s)][0]
        line = ctx.lines[ctx.line_of(s)][2]
        k = s - line_s
        sent_s = max(line.rfind(c, 0, k) for c in "。；") + 1
        sent_e = min([p for p in (line.find(c, k) for c in "。；") if p >= 0] or [len(line)])
        sentence = line[sent_s:sent_e]
        if len(re.findall(rf"[0-9]{re.escape(unit)}", sentence)) >= 2:
            cands.append((s, e, m))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    return _flag(s, e, m.group(1), ctx.text[s:e])


_COUNT_SENT = re.compile(r"(?<![0-9.,第])([1-9][0-9]{1,4})(个|家|所|户|名|人|座|处|项|万元)(?=。)")


@R.form("figure", "t56_part_over_total_next_sentence")
def fig_part_next_sentence(ctx: Ctx):
    """A total closing its sentence and a part above it in the next sentence, referred back by
    上述 / 以上 / 这些 / 在…中 rather than 其中: …村卫生室158个。上述村卫生室中，达标的有203个。"""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(_COUNT_SENT))
    if site is None:
        return None
    s, e, m = site
    if not ctx.free(e + 1, e + 1, 4):
        return None
    n, word = int(m.group(1)), m.group(2)
    big = int(n * rng.uniform(1.15, 1.9)) + 1
    lead = rng.choice(["上述", "以上", "这些", "在此基础上，上述"])
    tail = rng.choice(["中，已完成验收的有", "中，达到标准的", "中，纳入监测的共", "中有"])
    added = f"{lead}{rng.choice(['项目', '单位', '对象'])}{tail}{big}{word}。"
    return _added(e + 1, added)


@R.form("figure", "t57_share_range_over_100")
def fig_share_range(ctx: Ctx):
    """A share-type rate given as a range whose upper end exceeds 100%: 合格率保持在98%～112%,
    覆盖率达到95%-105%, 占比为百分之九十至百分之一百一十."""
    rng = ctx.rng
    cands = [(s + m.start(3) - m.start(), e) for s, e, m in ctx.matches(_SHARE) if float(m.group(3)) <= 100]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    low, high = rng.randint(85, 99), rng.randint(101, 135)
    how = rng.choice(["sign", "sign", "words"])
    if how == "words":
        raw = f"百分之{int_to_cn(low)}至百分之{int_to_cn(high)}"
    else:
        dash = rng.choice(["～", "-", "—", "至", "~", "－"])
        raw = f"{low}%{dash}{high}%" if rng.random() < 0.6 else f"{low}{dash}{high}%"
    return _flag(s, e, raw, ctx.text[s:e])


_LINE_TOTAL = re.compile(r"(?<![0-9.,])([1-9][0-9]{2,5})(万元|户|人|家|个|名|人次|亩)(?=[，。；])")
_LABELS = {"万元": ["中央资金", "省级补助", "市级配套", "县级自筹", "社会资本"],
           "户": ["城镇", "农村", "脱贫户", "一般农户"], "人": ["男性", "女性", "城镇", "农村"],
           "家": ["国有", "民营", "外资", "个体"], "个": ["城区", "乡镇", "村级"], "名": ["专职", "兼职"],
           "人次": ["门诊", "住院", "线上"], "亩": ["水田", "旱地", "林地"]}


@R.form("figure", "t58_table_as_lines")
def fig_table_lines(ctx: Ctx):
    """A total and its parts flattened from a table into label：value lines after the paragraph
    (合计：6850万元 / 其中：省级补助：2.400万元, or a part line above the total line)."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(_LINE_TOTAL))
    if site is None:
        return None
    s, e, m = site
    line_end = ctx.lines[ctx.line_of(s)][1]
    if not ctx.free(line_end, line_end, 4):
        return None
    total, unit = int(m.group(1)), m.group(2)
    a, b = rng.sample(_LABELS[unit], 2)
    colon = rng.choice(["：", "\t", "\u3000"])
    ok_part = rng.randint(1, max(1, total // 3))
    if rng.random() < 0.5 and total >= 1000:
        bad_num = f"{rng.randint(1, 9)}.{rng.randint(1, 9)}{rng.choice(['00', '50', '20'])}"
    else:
        bad_num = str(int(total * rng.uniform(1.2, 2.0)) + 1)
    head = f"\n{rng.choice(['合计', '总计', '小计'])}{colon}{total}{unit}\n其中{colon}{a}{colon}{ok_part}{unit}\n"
    raw = head + f"{b}{colon}{bad_num}{unit}"
    return Inj(line_end, line_end, raw, [Gold(0, len(raw), "figure", "flag", raw, repair="", where="line")])


_NOUN_AFTER = ["的行政村", "的企业", "的学校", "的乡镇", "的社区", "的家庭医生签约对象", "的项目"]


@R.form("figure", "t59_share_prefix_over_100")
def fig_share_prefix(ctx: Ctx):
    """A share of a set written as a prefix ``N%的<noun>`` (or 百分之N的) above 100%:
    全市112%的行政村实现…, 百分之一百零五的企业完成…; or 占比 written 百分之108 (mixed)."""
    rng = ctx.rng
    cands = []
    for i in ctx.prose_lines():
        s, e, line = ctx.lines[i]
        for mm in re.finditer("。", line):
            if mm.end() < len(line) - 8:
                cands.append(s + mm.end())
    p = ctx.pick_point(cands)
    if p is None:
        return None
    v = rng.randint(101, 140)
    noun = rng.choice(_NOUN_AFTER)
    num = rng.choice([f"{v}%", f"{v}％", f"百分之{int_to_cn(v)}", f"百分之{v}"])
    verb = rng.choice(["实现了数据共享", "完成了年度任务", "建立了工作台账", "通过了年度考核"])
    added = f"全{rng.choice(['市', '县', '区'])}{num}{noun}{verb}。"
    return _added(p, added)


_RANGE_SITE = re.compile(rf"(?<![0-9.,第])([1-9][0-9]{{0,3}})(个|家|所|名|项|座|处|支|条)(?=[{HAN}]{{2}})")


@R.form("figure", "t60_range_measure_lost")
def fig_range_measure_lost(ctx: Ctx):
    """A count given as a range that lost its measure word before its noun (a clause shape:
    verb + range + noun): 新建3至5所示范校 → 新建3至5示范校, 培训2000-3000名 → 培训2000-3000基层干部."""
    rng = ctx.rng
    cands = [(s, e, m) for s, e, m in ctx.matches(_RANGE_SITE) if ctx.text[e] not in "以左次、之余多"]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    n = int(m.group(1))
    low = max(1, n - rng.randint(1, max(1, n // 3)))
    dash = rng.choice(["至", "-", "～", "—", "到"])
    if low == n:
        n += rng.randint(1, 3)
    raw = f"{low}{dash}{n}" + ctx.text[e]
    return _flag(s, e + 1, raw, ctx.text[s:e + 1])


@R.form("protected", "t15_figures_not_defects_r10")
def prot_figures_r10(ctx: Ctx):
    """Right figures a figure rule could take for a defect: a growth or completion rate above
    100%, a range with its measure word, tallies, codes and batch numbers, siblings without a total,
    a table line with its total."""
    rng = ctx.rng
    return rng.choice([
        lambda: _protect(ctx, "全年新增就业岗位同比增长125%，任务完成率达到112%。", ["125%", "112%"]),
        lambda: _protect(ctx, "每个乡镇建设3至5个示范点，每点配备2-3名专职人员。", ["3至5个", "2-3名"]),
        lambda: _protect(ctx, "年度考核结果为3优2良1合格，项目编号ZJ-2023-015已备案。", ["3优2良1合格", "ZJ-2023-015"]),
        lambda: _protect(ctx, "城区学校58所，农村学校45所，均已完成第3批改造。", ["58所", "45所", "第3批"]),
        lambda: _protect(ctx, "服务中心位于1号楼2单元，开放时间为8:30-17:00。", ["1号楼2单元", "8:30-17:00"]),
        lambda: _protect(ctx, "改造面积1.25公里，投资3.5亿元，其中市级配套8600万元。", ["1.25公里", "3.5亿元", "8600万元"]),
    ])()


# ======================================================================================
# numbering (fix: the expected marker, in the style its own list uses)

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN_NUM = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_FWD = str.maketrans("0123456789", "０１２３４５６７８９")

_ENCL_CN = "\u3220\u3221\u3222\u3223\u3224\u3225\u3226\u3227\u3228\u3229"  # ㈠ .. ㈩
_FULL_STOP_NUM = "".join(chr(0x2488 + i) for i in range(20))  # ⒈ .. ⒛


def _fix_inj(m, raw, prev, nxt) -> Inj:
    inj = Inj(m.start, m.end, raw, [Gold(0, len(raw), "numbering", "fix", m.text, where="line")])
    inj.reserve = [(prev.start, prev.end), (nxt.start, nxt.end)]
    return inj


@R.form("numbering", "t49_previous_in_other_style")
def num_previous_other_style(ctx: Ctx):
    """The previous heading's marker pasted in another style where this one is due (a copied
    heading from another site, a symbol list): ② ⒉ 2、 B. for 3.; ⑵ (2) ２) for （3）; ㈡ (二)
    二． 第二、 for 三、 / （三） → the expected marker."""
    rng = ctx.rng
    for m, prev, nxt in ctx.shuffled(_confirmed(ctx, ("ar_dot", "ar_paren", "cn_dun", "cn_paren"))):
        v = m.value - 1
        if not ctx.free(m.start, m.end) or not 1 <= v <= 10:
            continue
        cn = int_to_cn(v)
        if m.kind == "ar_dot":
            raw = rng.choice([_CIRCLED[v - 1], _FULL_STOP_NUM[v - 1], f"{v}、", f"{chr(64 + v)}."])
        elif m.kind == "ar_paren":
            raw = rng.choice([_PAREN_NUM[v - 1], f"({v})", f"{str(v).translate(_FWD)})"])
        elif m.kind == "cn_paren":
            raw = rng.choice([_ENCL_CN[v - 1], f"({cn})"])
        else:
            raw = rng.choice([f"{cn}．", f"第{cn}、", _ENCL_CN[v - 1]])
        return _fix_inj(m, raw, prev, nxt)
    return None


def _runs(ctx: Ctx, kinds, min_len: int = 3):
    """Runs of sibling markers 1, 2, 3 … of one kind, nothing of a higher level between them."""
    rank = {"chapter": 0, "cn_dun": 0, "article": 1, "cn_paren": 2, "ar_dot": 3, "ar_paren": 4}
    out, cur = [], []
    for m in ctx.markers:
        if cur and m.kind == cur[0].kind and m.value == cur[-1].value + 1:
            cur.append(m)
            continue
        if cur and m.kind != cur[0].kind and rank[m.kind] > rank[cur[0].kind]:
            continue  # a deeper marker inside the run
        if len(cur) >= min_len:
            out.append(cur)
        cur = [m] if m.kind in kinds and m.value == 1 and m.line > 0 else []
    if len(cur) >= min_len:
        out.append(cur)
    return out


@R.form("numbering", "t50_converter_all_ones")
def num_all_ones(ctx: Ctx):
    """An HTML list converted item by item, each <li> in its own <ol>: every marker of the run
    reads 1. (or （1）, 一、, （一）) → 1. 2. 3. … (every item after the first fixed)."""
    for run in ctx.shuffled(_runs(ctx, ("ar_dot", "ar_paren", "cn_dun", "cn_paren"))):
        if not ctx.free(run[0].start, run[-1].end):
            continue
        first = run[0].text
        raw, golds, pos = "", [], run[0].start
        for i, m in enumerate(run):
            raw += ctx.text[pos:m.start]
            if i:
                golds.append(Gold(len(raw), len(raw) + len(first), "numbering", "fix", m.text, where="line"))
            raw += first
            pos = m.end
        return Inj(run[0].start, run[-1].end, raw, golds)
    return None


_OCR_DIGIT = {"1": "7", "7": "1", "3": "8", "8": "3", "5": "6", "6": "8", "4": "9", "9": "4", "2": "7"}
_OCR_CN = {"八": "人", "六": "大", "十": "千", "三": "二", "七": "匕", "九": "力", "四": "囗", "五": "王"}


def _confirmed(ctx: Ctx, kinds):
    """Markers whose previous and next sibling of the same list confirm their value."""
    out = []
    ms = ctx.markers
    for i in range(1, len(ms) - 1):
        m = ms[i]
        if m.kind not in kinds or m.line == 0:
            continue
        prev = next((p for p in reversed(ms[:i]) if p.kind == m.kind), None)
        nxt = next((n for n in ms[i + 1:] if n.kind == m.kind), None)
        if prev and nxt and prev.value == m.value - 1 and nxt.value == m.value + 1:
            out.append((m, prev, nxt))
    return out


@R.form("numbering", "t51_ocr_numeral_misread")
def num_ocr_misread(ctx: Ctx):
    """A marker's numeral misread by OCR as another digit or a look-alike character, both
    neighbours confirming the value: 8. for 3., （6） for （5）, 1. for 7., 人、 for 八、, （大） for （六）,
    千、 for 十、 → the expected marker."""
    rng = ctx.rng
    for m, prev, nxt in ctx.shuffled(_confirmed(ctx, ("ar_dot", "ar_paren", "cn_dun", "cn_paren"))):
        if not ctx.free(m.start, m.end):
            continue
        table = _OCR_DIGIT if m.kind.startswith("ar") else _OCR_CN
        spots = [i for i, c in enumerate(m.text) if c in table]
        if not spots:
            continue
        i = rng.choice(spots)
        raw = m.text[:i] + table[m.text[i]] + m.text[i + 1:]
        inj = Inj(m.start, m.end, raw, [Gold(0, len(raw), "numbering", "fix", m.text, where="line")])
        inj.reserve = [(prev.start, prev.end), (nxt.start, nxt.end)]
        return inj
    return None


@R.form("numbering", "t52_mark_lookalike")
def num_mark_lookalike(ctx: Ctx):
    """A marker's 、 / point / brackets replaced by a look-alike character (OCR, a symbol font):
    三丶 三﹑ 三ヽ 三､ for 三、; 3。 3· 3﹒ for 3.; ﹙三﹚ ❨三❩ 〈三〉 for （三）; ﹙3﹚ for （3）."""
    rng = ctx.rng
    for m, prev, nxt in ctx.shuffled(_confirmed(ctx, ("ar_dot", "ar_paren", "cn_dun", "cn_paren"))):
        if not ctx.free(m.start, m.end):
            continue
        num = m.text.strip("（）、.")
        if m.kind == "cn_dun":
            raw = num + rng.choice(["丶", "﹑", "ヽ", "､"])
        elif m.kind == "ar_dot":
            raw = num + rng.choice(["。", "·", "﹒", "∙"])
        else:
            a, b = rng.choice([("﹙", "﹚"), ("❨", "❩"), ("〈", "〉"), ("⁽", "⁾")])
            raw = a + num + b
        inj = Inj(m.start, m.end, raw, [Gold(0, len(raw), "numbering", "fix", m.text, where="line")])
        inj.reserve = [(prev.start, prev.end), (nxt.start, nxt.end)]
        return inj
    return None


@R.form("numbering", "t53_old_marker_left_before")
def num_old_marker_left(ctx: Ctx):
    """A heading renumbered by hand with the old marker left in front of the new one:
    （三）（四）加强… / 三、四、 / （3）（4） where （四） is due (not 3.4., a section number; the old number one
    less or one more) → the expected marker once."""
    rng = ctx.rng
    for m, prev, nxt in ctx.shuffled(_confirmed(ctx, ("ar_paren", "cn_dun", "cn_paren"))):
        if not ctx.free(m.start, m.end):
            continue
        old = marker_text(m.kind, m.value + rng.choice([-1, 1]))
        raw = old + rng.choice(["", "", " "]) + m.text
        if m.kind == "ar_dot" and not raw[len(old):len(old) + 1].strip():
            raw = old + m.text
        return _fix_inj(m, raw, prev, nxt)
    return None


@R.form("numbering", "t54_slip_with_space_residue")
def num_slip_space_residue(ctx: Ctx):
    """A repeated or skipped marker that also carries the spaces a justified or bold heading
    left (spaces inside and after it): （ 二 ）for （三）, 二 、 for 三、, 3 . for 4., （ 5） for （4）."""
    rng = ctx.rng
    for m, prev, nxt in ctx.shuffled(_confirmed(ctx, ("ar_dot", "ar_paren", "cn_dun", "cn_paren"))):
        if not ctx.free(m.start, m.end):
            continue
        v = m.value + rng.choice([-1, 1])
        num = int_to_cn(v) if m.kind.startswith("cn") else str(v)
        sp = rng.choice([" ", "\u3000", "\u00a0", "  "])
        if m.kind == "cn_dun":
            raw = f"{num}{sp}、"
        elif m.kind == "ar_dot":
            raw = f"{num}{sp}."
        else:
            raw = rng.choice([f"（{sp}{num}{sp}）", f"（{sp}{num}）", f"（{num}{sp}）"])
        inj = Inj(m.start, m.end, raw, [Gold(0, len(raw), "numbering", "fix", m.text, where="line")])
        inj.reserve = [(prev.start, prev.end), (nxt.start, nxt.end)]
        return inj
    return None


@R.form("protected", "t16_numbering_restarts_r10")
def prot_numbering_r10(ctx: Ctx):
    """Numbering that is right as it stands: references to articles and items (第三条第（二）项),
    an inline list restarting at 1 inside a paragraph, circled items, 附件1、附件2, table numbers."""
    rng = ctx.rng
    a = f"依据第{int_to_cn(rng.randint(2, 9))}条第（{int_to_cn(rng.randint(1, 4))}）项规定"
    b = "主要包括：1.资料审核；2.现场核查；3.结果公示"
    c = "①申请表；②身份证明；①②两项须加盖公章"
    d = "按附件1、附件2格式填报，并同步报送表1至表3"
    return rng.choice([
        lambda: _protect(ctx, f"{a}办理。", [a]),
        lambda: _protect(ctx, f"{b}。", [b]),
        lambda: _protect(ctx, f"需提交{c}。", [c]),
        lambda: _protect(ctx, f"{d}。", [d]),
    ])()
