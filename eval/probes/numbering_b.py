#!/usr/bin/env python3
"""Blind probe generator, family = numbering_b (outline markers, second set).

Writes eval/out/probes/numbering_b.jsonl.  Standard library only, fixed seed (one random
stream per kind, seeded from SEED and the kind's name).  Written without reading any rule of
the cleaner, its tests, its held forms or its fuzzers.

Each probe = one clean TUNE base document (eval/base/tune/*.txt; documents whose .json sidecar
lists hand-labelled blemishes are skipped, so raw differs from the base only at the change)
with exactly ONE damage (label "defect") or ONE legitimate look-alike (label "keep").
  defect, repairable : want == the base document exactly, flag null
  defect, flag only  : want == raw, flag = [start, end] (the span where the loss shows)
  keep               : want == raw, flag null
Every kind has 8 defects and 4 keeps; the keeps of a kind are look-alikes of its damage.

Kinds (cause -> damage; example; keeps).  "held" kinds are scored in aggregate only.

 1 bullet_for_marker        [not held]  Word auto-numbering dropped on copy/paste: the list
   label is exported as the list's bullet glyph or as the tab that followed it.
   （二）有序推进疫苗接种 -> ●有序推进疫苗接种 / ▲ 有序推进… / \\t有序推进…
   keep: a list that is bulleted throughout (●…/●…), a checkbox line □已完成　□正在推进.
 2 first_item_unnumbered    [held]      Word list whose first paragraph lost its list style
   (the label of item 1 only): the list seems to start at 2.
   一、…⏎（一）健全监测预警体系。… -> 一、…⏎健全监测预警体系。…⏎（二）…
   keep: a lead-in paragraph standing between a heading and its first （一）/1. item.
 3 bracket_stripped         [not held]  CMS / rich-text filter deleting full-width brackets
   (one or both, or replacing them by a space): （三）提升… -> 三提升… / 三）提升… / （三提升… / 三 提升…
   keep: a paragraph after item （二） starting with the numeral word 三年来，/三季度，; a list
   numbered 1）2）3） throughout.
 4 ocr_glyph_b              [held]      OCR of a scanned paper copy, glyph confusions not in
   round 24: 一->l/丨/ー, 三->ミ/彡, 四->匹/西, 五->互, 七->士, 八->ハ/儿, 九->几, 十->廿/＋,
   2->己, 6->b, （）->【】/［］/〈〉/「」, 、->·/', 1. -> 1。/1:.
   （四）实施人才培训工程 -> （匹）实施… ; 二、 -> 二· ; （二） -> 【二】
   keep: continuation paragraphs after an item starting with a glyph-like word
   (工作中，/人均/大力/干部/——/互联网＋).
 5 fullwidth_digit_marker   [held]      input method left in full-width (全角) mode for one item:
   2.排查整治阶段 -> ２.排查… / ２．排查… ; （2）新建… -> （２）新建…
   keep: a paragraph after item 1. that starts with a decimal figure (2.3万名群众…, 2.6%的问题…).
 6 foreign_series           [not held]  Word multilevel list with one item set to another
   numbering format (circled, Roman, 大写, 天干, letters):
   （三）-> （叁）/（丙）/（Ⅲ）; 三、-> Ⅲ、/叁、; 2. -> ②/Ⅱ./B.
   keep: a ①②③ sub-list under an item; a paragraph starting with Ⅱ类/甲类/4A级/A级.
 7 ime_homophone            [not held]  pinyin input method picking a homophone for the numeral:
   （四）->（思）, （七）->（其）, 五、->无、, 第十条->第是条, （十一）->（是一）
   keep: bracketed non-numeral lines a document writes: （试行） under a 办法 title,
   （此页无正文） before the signature, （注）… after figures.
 8 label_displaced          [held]      PDF text extraction of hanging list labels: the label
   is read into the line above, or after its own paragraph:
   …有序。⏎（三）提升… -> …有序。（三）⏎提升… / 提升…⏎（三）
   keep: a paragraph ending in a cross-reference 第三部分第（二）项。; a line ending （第二批）.
 9 subheading_lost          [not held]  crawler / collapsed-block loss of a heading line that
   has numbered children: the children stand orphaned (1. straight under 一、, a list starting at
   （二）).  Text is lost: flag only, span from the first orphan line to the end of the next
   marker of the lost heading's level or above (where the jump shows).
   一、…⏎（一）高速公路建设。⏎1.梅南… -> 一、…⏎1.梅南…⏎…⏎（二）…
   keep: a 1. 2. list placed straight under a 一、 heading (legitimate level skip, as w07).
10 tail_dup_shift           [held]      editor inserted an item by copying the previous item's
   marker and did not renumber the tail: （一）（二）（二）（三） for （一）（二）（三）（四).
   keep: a line after the list citing its items out of order (其中，第（三）项、第（一）项…).
11 article_marker_form      [held]      第X条/第X章 damaged by OCR spacing, by a paste that
   repeated the article label, or by &emsp; collapsing:
   第十条　 -> 第十 条　 / 第 十一 条　 / 第十条　第十条　 / 第十条医疗机构… / 第二 章
   keep: an attachment with its own 第一条 第二条 (restart); a quoted statute article line.
12 word_list_restart        [held]      Word "restart numbering at 1" applied mid-list after a
   paste: （一）（二）（三）（四） -> （一）（二）（一）（二） within one parent.
   keep: legitimate restarts: 1. under each （一）, （1） under each 1., （一） under each 一、 in
   a 政府工作报告.
13 spaced_marker            [not held]  PDF / OCR extraction inserting spaces inside the label:
   （二） -> （ 二 ） / （二 ）; 二、 -> 二 、; 2. -> 2 .; （十一） -> （十 一）
   keep: tables and captions with spaced serials (一　　重点任务…, 表1　…).
14 word_list_continued      [not held]  Word "continue numbering" on paste: a sub-list under a
   later heading continues the previous sub-list although the document restarts each one:
   三、⏎（一）…（二）… -> 三、⏎（四）…（五）… (previous sub-list ended at （三）).
   keep: a list continuing across an interrupting table / quoted numbered lines.

Held kinds (scored in aggregate only): first_item_unnumbered, ocr_glyph_b,
fullwidth_digit_marker, label_displaced, tail_dup_shift, article_marker_form, word_list_restart.
"""
import difflib
import glob
import json
import os
import random
import re
import string
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
BASE = os.path.join(EVAL, "base", "tune")
OUT = os.path.join(EVAL, "out", "probes", "numbering_b.jsonl")
FAMILY = "numbering_b"
SEED = 20250611
N_DEFECT, N_KEEP = 8, 4

CN = "零一二三四五六七八九十"


def cn(n):
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + CN[n - 10]
    t, u = divmod(n, 10)
    return CN[t] + "十" + (CN[u] if u else "")


def cn2int(s):
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN.index(a) if a else 1) * 10 + (CN.index(b) if b else 0)
    return CN.index(s)


NUM = "[一二三四五六七八九十]+"
PATS = [
    ("CH", 0, re.compile(r"^第(" + NUM + r")章(?=　)")),
    ("ART", 1, re.compile(r"^第(" + NUM + r")条(?=　)")),
    ("L1", 2, re.compile(r"^(" + NUM + r")、")),
    ("L2", 3, re.compile(r"^（(" + NUM + r")）")),
    ("L3", 4, re.compile(r"^(\d+)\.(?!\d)")),
    ("L4", 5, re.compile(r"^（(\d+)）")),
]
LIST_TYPES = ("L1", "L2", "L3", "L4")
CN_TYPES = ("CH", "ART", "L1", "L2")


def render(typ, v):
    return {"CH": "第%s章" % cn(v), "ART": "第%s条" % cn(v), "L1": "%s、" % cn(v),
            "L2": "（%s）" % cn(v), "L3": "%d." % v, "L4": "（%d）" % v}[typ]


class Doc:
    def __init__(self, path):
        self.name = os.path.basename(path)[:-4]
        self.text = open(path, encoding="utf-8").read()
        self.lines = self.text.split("\n")  # trailing '' kept
        self.marks = []
        for i, ln in enumerate(self.lines):
            if i == 0:
                continue
            for typ, rank, p in PATS:
                m = p.match(ln)
                if m:
                    v = int(m.group(1)) if typ in ("L3", "L4") else cn2int(m.group(1))
                    self.marks.append(dict(i=i, typ=typ, rank=rank, v=v, s=m.group(0),
                                           prev=None, next=None, parent=None, kids=[]))
                    break
        for k, m in enumerate(self.marks):
            m["k"] = k
            for j in range(k - 1, -1, -1):
                if self.marks[j]["rank"] < m["rank"]:
                    m["parent"] = self.marks[j]
                    self.marks[j]["kids"].append(m)
                    break
        for k, m in enumerate(self.marks):
            for j in range(k + 1, len(self.marks)):
                n = self.marks[j]
                if n["rank"] < m["rank"]:
                    break
                if n["typ"] == m["typ"]:
                    if n["v"] == m["v"] + 1:
                        m["next"], n["prev"] = n, m
                    break
        # one list numbered straight through its parents (w01's （四） under 二、, 第N条 across 章)
        self.continuous = set()
        for typ, _, _ in PATS:
            ms = [x for x in self.marks if x["typ"] == typ]
            if len(ms) > 1 and [x["v"] for x in ms] == list(range(1, len(ms) + 1)):
                self.continuous.add(typ)
                for a, b in zip(ms, ms[1:]):
                    a["next"], b["prev"] = b, a
        self.sig = bool(len(self.lines) > 3 and re.match(r"^\d{4}年\d+月\d+日$", self.lines[-2]))
        self.mark_at = {m["i"]: m for m in self.marks}

    def body_start(self):
        s = 1
        while s < len(self.lines) and (re.search(r"〔\d{4}〕\d+号$", self.lines[s]) or self.lines[s].startswith("——")
                                        or self.lines[s] in ("各位代表：",)
                                        or self.lines[s].endswith("：") and len(self.lines[s]) < 40 and s < 4):
            s += 1
        return s

    def body_end(self):
        """index one past the last body line (the signature block excluded)."""
        return len(self.lines) - (3 if self.sig else 1)

    def paras(self, minlen=20):
        """unmarked body paragraphs ending with 。"""
        return [i for i in range(self.body_start(), self.body_end())
                if i not in self.mark_at and self.lines[i].endswith("。") and len(self.lines[i]) >= minlen]

    def chain(self, m):
        out = [m]
        while out[-1]["next"] is not None:
            out.append(out[-1]["next"])
        return out

    def first(self, m):
        while m["prev"] is not None:
            m = m["prev"]
        return m

    def block_end(self, m):
        """line index one past the item m and everything under it."""
        for n in self.marks[m["k"] + 1:]:
            if n["rank"] <= m["rank"]:
                return n["i"]
        return self.body_end()


def load():
    docs = []
    for p in sorted(glob.glob(os.path.join(BASE, "*.txt"))):
        side = json.load(open(p[:-4] + ".json", encoding="utf-8"))
        if side.get("blemishes"):
            continue
        docs.append(Doc(p))
    return docs


DOCS = load()
BY_NAME = {d.name: d for d in DOCS}
PARA_DOCS = [d for d in DOCS if d.paras()]


def join(lines):
    return "\n".join(lines)


def line_off(lines, i):
    return sum(len(x) + 1 for x in lines[:i])


def marks_where(cond):
    return [(d, m) for d in DOCS for m in d.marks if cond(d, m)]


def in_list(d, m):
    return m["prev"] is not None or m["next"] is not None


def put_marker(lines, m, new):
    ln = lines[m["i"]]
    assert ln.startswith(m["s"]), (ln, m["s"])
    lines[m["i"]] = new + ln[len(m["s"]):]


def renumber(d, items, values):
    lines = d.lines[:]
    for m, v in zip(items, values):
        put_marker(lines, m, render(m["typ"], v))
    return lines


class R:
    """one result of a generator."""

    def __init__(self, d, raw, want, note, change, flag=None):
        self.d, self.raw, self.want, self.note, self.change, self.flag = d, raw, want, note, change, flag


def keep_insert(d, at, new, note):
    lines = d.lines[:]
    lines[at:at] = new
    return R(d, lines, lines, note, "insert")


def keep_append(d, i, sent, note):
    lines = d.lines[:]
    lines[i] = lines[i] + sent
    return R(d, lines, lines, note, "insert")


# ----------------------------------------------------------------------------- text pools
ITEMS = ["完善工作机制。建立定期会商制度，及时研究解决重点难点问题。",
         "加强要素保障。统筹用好各类资金，优先保障重点项目建设。",
         "强化督促检查。定期通报工作进展，推动各项任务按期完成。",
         "做好总结评估。及时梳理经验做法，形成可复制推广的成果。",
         "抓好队伍建设。分层分类开展业务培训，提升履职能力。",
         "畅通反映渠道。及时回应群众关切，主动接受社会监督。"]
SHORT = ["建立问题清单", "明确整改时限", "实行销号管理", "落实属地责任", "加强部门联动", "定期通报进展",
         "强化结果运用", "完善档案资料"]


def items(rng, n, short=False):
    pool = SHORT if short else ITEMS
    return rng.sample(pool, n)


# ----------------------------------------------------------------------------- 1 bullet_for_marker
BULLETS = ["•", "●", "▲", "□", "■", "◆", "○", "◇"]


def d_bullet_for_marker(rng, n):
    d, m = rng.choice(marks_where(lambda d, m: m["typ"] in LIST_TYPES and in_list(d, m)))
    if rng.random() < 0.2:
        new = "\t"
    else:
        new = rng.choice(BULLETS) + rng.choice(["", "", " ", "　"])
    lines = d.lines[:]
    put_marker(lines, m, new)
    return R(d, lines, d.lines, "label %s exported as %r" % (m["s"], new), "marker")


def k_bullet_for_marker(rng, n):
    d = rng.choice(PARA_DOCS)
    i = rng.choice(d.paras())
    if n % 4 == 3:
        line = "请对照检查并在相应选项前标注：□已完成　□正在推进　□尚未启动"
        return keep_insert(d, i + 1, [line], "checkbox line after a paragraph")
    g = rng.choice(["●", "▲", "■", "◆", "•"])
    intro = rng.choice(["重点做好以下工作：", "主要包括以下内容：", "具体安排如下：", "有关事项提示如下："])
    its = items(rng, rng.choice([2, 3]), short=True)
    new = [intro] + [g + t + ("；" if k < len(its) - 1 else "。") for k, t in enumerate(its)]
    return keep_insert(d, i + 1, new, "list bulleted %s throughout" % g)


# ----------------------------------------------------------------------------- 2 first_item_unnumbered
def d_first_item_unnumbered(rng, n):
    d, m = rng.choice(marks_where(lambda d, m: m["typ"] in LIST_TYPES and m["prev"] is None and m["next"] is not None))
    new = rng.choice(["", "", "", "　"])
    lines = d.lines[:]
    put_marker(lines, m, new)
    return R(d, lines, d.lines, "first item %s lost its label (%r); list starts at %s" % (m["s"], new, m["next"]["s"]),
             "marker")


LEADINS = ["围绕上述目标，重点抓好以下几个方面的工作。", "今年以来，各项工作总体进展顺利，主要做法如下。",
           "对照年初确定的目标任务，逐项推进落实。", "坚持问题导向和目标导向，统筹推进各项任务。",
           "为确保各项任务落到实处，提出如下要求。"]


def k_first_item_unnumbered(rng, n):
    d, m = rng.choice(marks_where(lambda d, m: m["typ"] in LIST_TYPES and m["prev"] is None and m["parent"] is not None
                                  and m["parent"]["i"] == m["i"] - 1 and m["v"] == 1))
    return keep_insert(d, m["i"], [rng.choice(LEADINS)], "lead-in paragraph between %s and its first item %s" % (
        m["parent"]["s"], m["s"]))


# ----------------------------------------------------------------------------- 3 bracket_stripped
def d_bracket_stripped(rng, n):
    d, m = rng.choice(marks_where(lambda d, m: m["typ"] in ("L2", "L4") and in_list(d, m)))
    inner = m["s"][1:-1]
    var = rng.choice(["both", "both", "left", "right", "space"])
    new = {"both": inner, "left": inner + "）", "right": "（" + inner,
           "space": inner + rng.choice([" ", "　"])}[var]
    lines = d.lines[:]
    put_marker(lines, m, new)
    return R(d, lines, d.lines, "brackets of %s stripped (%s) -> %r" % (m["s"], var, new), "marker")


NUMWORD = {2: "二季度，各地加快推进项目建设，进度明显加快。", 3: "三年来，相关制度体系逐步健全，工作基础不断夯实。",
           4: "四季度，将集中开展一次专项督查。", 5: "五年来，服务能力实现较大提升。",
           6: "六月份以来，各单位加大工作力度，进展总体顺利。", 7: "七月以来，结合汛期特点开展了专项检查。",
           8: "八成以上的任务已按时序进度完成。", 9: "九成以上的问题已整改到位。", 10: "十年来，各项事业取得长足进步。"}


def k_bracket_stripped(rng, n):
    if n % 2 == 0:
        d, m = rng.choice(marks_where(lambda d, m: m["typ"] == "L2" and m["v"] + 1 in NUMWORD))
        at = d.block_end(m)
        return keep_insert(d, at, [NUMWORD[m["v"] + 1]], "paragraph after %s opens with numeral word %s" % (
            m["s"], cn(m["v"] + 1)))
    d = rng.choice(PARA_DOCS)
    i = rng.choice(d.paras())
    its = items(rng, 3, short=True)
    new = [rng.choice(["具体要求如下：", "主要措施包括："])] + ["%d）%s%s" % (k + 1, t, "；" if k < 2 else "。")
                                                        for k, t in enumerate(its)]
    return keep_insert(d, i + 1, new, "list numbered 1）2）3） throughout")


# ----------------------------------------------------------------------------- 4 ocr_glyph_b
OCR_B = {"一": ["l", "丨", "ー"], "三": ["ミ", "彡"], "四": ["匹", "西"], "五": ["互"], "七": ["士"],
         "八": ["ハ", "儿"], "九": ["几"], "十": ["廿", "＋"], "2": ["己"], "6": ["b"], "3": ["ョ"]}
BR_L = ["【", "［", "〈", "「"]
BR_R = {"【": "】", "［": "］", "〈": "〉", "「": "」"}


def d_ocr_glyph_b(rng, n):
    d, m = rng.choice(marks_where(lambda d, m: m["typ"] in LIST_TYPES and in_list(d, m)))
    s = m["s"]
    opts = []
    for idx, ch in enumerate(s):
        for r in OCR_B.get(ch, []):
            opts.append(s[:idx] + r + s[idx + 1:])
    if s.startswith("（"):
        for b in BR_L:
            opts += [b + s[1:-1] + BR_R[b], b + s[1:], s[:-1] + BR_R[b]]
    if s.endswith("、"):
        opts += [s[:-1] + "·", s[:-1] + "'"]
    if m["typ"] == "L3":
        opts += [s[:-1] + "。", s[:-1] + ":"]
    new = rng.choice(opts)
    lines = d.lines[:]
    put_marker(lines, m, new)
    return R(d, lines, d.lines, "OCR read %s as %s" % (s, new), "marker")


OCR_KEEP = ["工作中，各单位要加强信息共享，形成工作合力。", "人均受益水平稳步提高，群众获得感持续增强。",
            "大力弘扬求真务实作风，确保各项措施落地见效。", "干部队伍建设不断加强，履职能力明显提升。",
            "——坚持问题导向，聚焦群众反映强烈的突出问题。", "——坚持系统观念，统筹推进各项工作。",
            "互联网＋政务服务深入推进，线上办理事项不断增加。", "士气高昂、作风过硬的工作队伍逐步形成。"]


def k_ocr_glyph_b(rng, n):
    d, m = rng.choice(marks_where(lambda d, m: m["typ"] in LIST_TYPES and in_list(d, m) and not m["kids"]))
    return keep_insert(d, m["i"] + 1, [rng.choice(OCR_KEEP)], "glyph-like paragraph start after %s" % m["s"])


# ----------------------------------------------------------------------------- 5 fullwidth_digit_marker
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def d_fullwidth_digit_marker(rng, n):
    d, m = rng.choice(marks_where(lambda d, m: m["typ"] in ("L3", "L4")))
    s = m["s"]
    if m["typ"] == "L3":
        new = s[:-1].translate(FW) + rng.choice([".", "．"])
    else:
        new = s.translate(FW)
    lines = d.lines[:]
    put_marker(lines, m, new)
    return R(d, lines, d.lines, "%s typed in full-width mode as %s" % (s, new), "marker")


FIG = ["{n}.{d}万名群众参与志愿服务活动，社会氛围日益浓厚。", "{n}.{d}亿元奖补资金已全部拨付到位。",
       "{n}.{d}%的问题已整改销号，其余问题正在加快推进。", "{n}.{d}公里配套道路同步建成。"]


def k_fullwidth_digit_marker(rng, n):
    d, m = rng.choice(marks_where(lambda d, m: m["typ"] in ("L3", "L4") and not m["kids"]))
    n = m["v"] + 1
    sent = rng.choice(FIG).format(n=n, d=rng.randint(1, 9))
    return keep_insert(d, m["i"] + 1, [sent], "figure paragraph %s after item %s" % (sent[:5], m["s"]))


# ----------------------------------------------------------------------------- 6 foreign_series
CIRC = "⓪①②③④⑤⑥⑦⑧⑨⑩"
ROMAN = ["", "Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ", "Ⅷ", "Ⅸ", "Ⅹ"]
DAXIE = "零壹贰叁肆伍陆柒捌玖拾"
TIANGAN = "〇甲乙丙丁戊己庚辛壬癸"


def d_foreign_series(rng, n):
    d, m = rng.choice(marks_where(lambda d, m: m["typ"] in LIST_TYPES and m["prev"] is not None and m["v"] <= 10))
    v, t = m["v"], m["typ"]
    if t == "L1":
        new = rng.choice([ROMAN[v] + "、", DAXIE[v] + "、", TIANGAN[v] + "、"])
    elif t == "L2":
        new = rng.choice(["（%s）" % DAXIE[v], "（%s）" % TIANGAN[v], "（%s）" % ROMAN[v]])
    elif t == "L3":
        new = rng.choice([CIRC[v], ROMAN[v] + ".", "ABCDEFGHIJ"[v - 1] + "."])
    else:
        new = rng.choice([CIRC[v], "（%s）" % "abcdefghij"[v - 1], "（%s）" % "ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹ"[v - 1]])
    lines = d.lines[:]
    put_marker(lines, m, new)
    return R(d, lines, d.lines, "%s set to another numbering format: %s" % (m["s"], new), "marker")


SERIES_KEEP = ["Ⅱ类以上水质断面比例保持稳定。", "甲类传染病防控措施全面落实到位。", "4A级以上旅游景区新增3家。",
               "A级纳税信用企业数量持续增加。", "乙类大型医用设备配置进一步规范。"]


def k_foreign_series(rng, n):
    d, m = rng.choice(marks_where(lambda d, m: m["typ"] in ("L2", "L3") and not m["kids"]))
    if n % 2 == 0:
        its = items(rng, 3, short=True)
        new = ["%s%s%s" % (CIRC[k + 1], t, "；" if k < 2 else "。") for k, t in enumerate(its)]
        return keep_insert(d, m["i"] + 1, new, "①②③ sub-list under %s" % m["s"])
    return keep_insert(d, m["i"] + 1, [rng.choice(SERIES_KEEP)], "series-word paragraph after %s" % m["s"])


# ----------------------------------------------------------------------------- 7 ime_homophone
HOMO = {"一": "以已亿依", "二": "而儿尔耳", "三": "散伞", "四": "思司似丝", "五": "无午武舞", "六": "流留柳",
        "七": "其期起齐", "八": "把吧巴", "九": "就久酒旧", "十": "是时事实"}


def d_ime_homophone(rng, n):
    d, m = rng.choice(marks_where(lambda d, m: m["typ"] in CN_TYPES and m["prev"] is not None))
    s = m["s"]
    num = cn(m["v"])
    pos = s.index(num)
    k = rng.randrange(len(num))
    new = s[:pos] + num[:k] + rng.choice(HOMO[num[k]]) + num[k + 1:] + s[pos + len(num):]
    lines = d.lines[:]
    put_marker(lines, m, new)
    return R(d, lines, d.lines, "IME homophone: %s typed as %s" % (s, new), "marker")


def k_ime_homophone(rng, n):
    var = ["trial", "nopage", "note", "trial"][n % 4]
    if var == "trial":
        d = rng.choice([x for x in DOCS if x.lines[0].endswith("办法")])
        return keep_insert(d, 1, ["（试行）"], "（试行） line under the title")
    if var == "nopage":
        d = rng.choice([x for x in DOCS if x.sig])
        return keep_insert(d, d.body_end(), ["（此页无正文）"], "（此页无正文） before the signature")
    d = rng.choice([x for x in PARA_DOCS if x.name.startswith("w")])
    i = rng.choice([k for k in d.paras() if re.search(r"\d", d.lines[k])] or d.paras())
    note = rng.choice(["（注）以上数据均为初步统计数。", "（注）有关数据由各责任单位提供。"])
    return keep_insert(d, i + 1, [note], "（注） note after a paragraph with figures")


# ----------------------------------------------------------------------------- 8 label_displaced
def d_label_displaced(rng, n):
    d, m = rng.choice(marks_where(lambda d, m: m["typ"] in LIST_TYPES and in_list(d, m) and m["i"] > d.body_start()
                                  and len(d.lines[m["i"]]) > len(m["s"]) + 2))
    lines = d.lines[:]
    i = m["i"]
    rest = lines[i][len(m["s"]):]
    var = rng.choice(["up", "up", "below", "end"])
    if var == "up":
        lines[i - 1:i + 1] = [lines[i - 1] + m["s"], rest]
    elif var == "below":
        lines[i:i + 1] = [rest, m["s"]]
    else:
        lines[i] = rest + m["s"]
    return R(d, lines, d.lines, "label %s displaced (%s)" % (m["s"], var), "move")


DOC_WORD = [("方案", "本方案"), ("要点", "本要点"), ("办法", "本办法"), ("通知", "本通知")]


def k_label_displaced(rng, n):
    if n % 2 == 0:
        cands = [(d, m) for d, m in marks_where(lambda d, m: m["typ"] == "L2" and m["parent"] is not None
                                                and m["parent"]["typ"] == "L1")
                 if any(w in d.lines[0] for w, _ in DOC_WORD)]
        d, m = rng.choice(cands)
        word = next(x for w, x in DOC_WORD if w in d.lines[0])
        i = rng.choice([k for k in d.paras() + [x["i"] for x in d.marks if x["typ"] == "L2"]
                        if k != m["i"] and d.lines[k].endswith("。")])
        sent = rng.choice(["具体要求按照%s第%s部分第%s项执行。", "具体要求详见%s第%s部分%s。"]) % (
            word, cn(m["parent"]["v"]), m["s"])
        return keep_append(d, i, sent, "cross-reference ending in %s appended" % m["s"])
    d = rng.choice([x for x in DOCS if x.sig and "附件" not in x.text])
    topic = rng.choice(["乡村旅游重点村", "重点建设项目", "示范创建单位", "专项整治任务"])
    batch = rng.choice(["第二批", "第三批"])
    return keep_insert(d, d.body_end(), ["附件：%s名单（%s）" % (topic, batch)], "line ending in （%s）" % batch)


# ----------------------------------------------------------------------------- 9 subheading_lost (flag)
def sub_cands():
    out = []
    for d in DOCS:
        for h in d.marks:
            if not h["kids"] or h["kids"][0]["i"] > h["i"] + 2:
                continue
            nxt = [x for x in d.marks[h["k"] + 1:] if x["rank"] <= h["rank"]]
            if not nxt:
                continue
            e = nxt[0]
            a = line_off(d.lines, h["i"])  # in raw, the orphan line starts where the heading was
            b = line_off(d.lines, e["i"]) - (len(d.lines[h["i"]]) + 1) + len(e["s"])
            if b - a <= 700:
                out.append((d, h, a, b, e))
    return out


def d_subheading_lost(rng, n):
    cands = sub_cands()
    low = n % 2 == 0  # alternate: sub-headings / articles, and top headings / chapters
    d, h, a, b, e = rng.choice([c for c in cands if (c[1]["typ"] in ("L2", "L3", "ART")) == low])
    lines = d.lines[:]
    del lines[h["i"]]
    return R(d, lines, lines, "heading %s with %d numbered children lost; flag to %s" % (
        h["s"], len(h["kids"]), e["s"]), "delete", flag=[a, b])


def k_subheading_lost(rng, n):
    cands = []
    for d in DOCS:
        for m in d.marks:
            if m["typ"] == "L1" and not m["kids"]:
                end = d.block_end(m)
                ps = [k for k in range(m["i"] + 1, end) if d.lines[k].endswith("。")]
                if ps:
                    cands.append((d, m, ps[-1]))
    d, m, i = rng.choice(cands)
    its = items(rng, rng.choice([2, 3]))
    new = ["%d.%s" % (k + 1, t) for k, t in enumerate(its)]
    return keep_insert(d, i + 1, new, "1. list straight under %s" % m["s"])


# ----------------------------------------------------------------------------- 10 tail_dup_shift
def d_tail_dup_shift(rng, n):
    d, m = rng.choice(marks_where(lambda d, m: m["prev"] is not None and m["next"] is not None))
    tail = d.chain(m)
    lines = renumber(d, tail, [x["v"] - 1 for x in tail])
    return R(d, lines, d.lines, "item %s inserted with the copied label %s; %d items not renumbered" % (
        m["s"], m["prev"]["s"], len(tail)), "multi")


def cite(m, v):
    return "第（%s）项" % cn(v) if m["typ"] == "L2" else "第%d项" % v


def k_tail_dup_shift(rng, n):
    cands = []
    for d in DOCS:
        for m in d.marks:
            if m["typ"] in ("L2", "L3") and m["prev"] is None and m["typ"] not in d.continuous:
                ch = d.chain(m)
                if len(ch) >= 3:
                    cands.append((d, ch))
    d, ch = rng.choice(cands)
    vs = rng.sample([x["v"] for x in ch], 3)
    a, b, c = [cite(ch[0], v) for v in vs]
    sent = ["其中，%s、%s由牵头单位会同有关部门组织实施，%s由各地自行组织。",
            "以上%s已于上半年完成，本期不再重复部署；%s、%s按原计划推进。",
            "上述任务中，%s为约束性任务，%s、%s为预期性任务。"][n % 3] % (a, b, c)
    return keep_insert(d, d.block_end(ch[-1]), [sent], "line citing items %s out of order" % vs)


# ----------------------------------------------------------------------------- 11 article_marker_form
def d_article_marker_form(rng, n):
    d, m = rng.choice(marks_where(lambda d, m: m["typ"] in ("ART", "CH")))
    s = m["s"]
    num = cn(m["v"])
    unit = s[-1]
    var = rng.choice(["space", "space", "space", "dup", "dup", "glued"] if m["typ"] == "ART" else ["space"])
    lines = d.lines[:]
    ln = lines[m["i"]]
    if var == "space":
        opts = ["第%s %s" % (num, unit), "第 %s %s" % (num, unit), "第%s　%s" % (num, unit), "第 %s%s" % (num, unit)]
        if len(num) == 2:
            opts += ["第%s %s%s" % (num[0], num[1], unit)]
        new = rng.choice(opts)
        lines[m["i"]] = new + ln[len(s):]
    elif var == "dup":
        new = s + rng.choice(["　", ""]) + s
        lines[m["i"]] = new + ln[len(s):]
    else:
        new = s + rng.choice(["", " "])
        lines[m["i"]] = new + ln[len(s) + 1:]
    return R(d, lines, d.lines, "%s damaged (%s) -> %r" % (s, var, new), "marker")


ATT_TITLES = ["举报受理工作规程", "自查工作规程", "资金拨付工作规程", "信息报送工作规程"]
ATT_ARTS = ["为规范相关工作流程，提高工作效率，制定本规程。", "本规程适用于本单位承担的相关工作。",
            "相关工作实行首问负责制，受理人员应当做好登记。", "本规程自印发之日起施行。"]
QUOTES = [("《中华人民共和国安全生产法》第七十四条规定：",
           "“第七十四条　任何单位或者个人对事故隐患或者安全生产违法行为，均有权向负有安全生产监督管理职责的部门报告或者举报。”"),
          ("《医疗机构管理条例》第二十四条规定：",
           "“第二十四条　任何单位或者个人，未取得《医疗机构执业许可证》或者未经备案，不得开展诊疗活动。”"),
          ("《道路运输条例》第三十六条规定：",
           "“第三十六条　客运经营者、货运经营者应当加强对从业人员的安全教育、职业道德教育。”")]


QUOTE_DOCS = [["w23", "w07"], ["w11", "w01", "w15"], ["w07", "w19"]]  # the statute's own field


def k_article_marker_form(rng, n):
    if n % 2 == 0:
        arts_docs = [x for x in DOCS if "ART" in x.continuous]
        d = rng.choice(arts_docs if n == 0 else
                       [x for x in DOCS if x.name.startswith("w") and x.sig and "附件" not in x.text])
        arts = [ATT_ARTS[0], rng.choice(ATT_ARTS[1:3]), ATT_ARTS[3]]
        new = ["附件", rng.choice(ATT_TITLES)] + ["第%s条　%s" % (cn(k + 1), t) for k, t in enumerate(arts)]
        return keep_insert(d, len(d.lines) - 1, new, "attachment restarting at 第一条")
    qi = rng.randrange(len(QUOTES))
    lead, quote = QUOTES[qi]
    d = BY_NAME[rng.choice(QUOTE_DOCS[qi])]
    i = rng.choice(d.paras(30) + [m["i"] for m in d.marks if m["typ"] == "ART" and d.lines[m["i"]].endswith("。")])
    return keep_insert(d, i + 1, [lead, quote], "quoted statute article %s" % quote[1:7])


# ----------------------------------------------------------------------------- 12 word_list_restart
def d_word_list_restart(rng, n):
    d, m = rng.choice(marks_where(lambda d, m: m["prev"] is not None and m["prev"]["prev"] is not None
                                  and m["next"] is not None and m["prev"]["parent"] is m["parent"]))
    tail = d.chain(m)
    lines = renumber(d, tail, range(1, len(tail) + 1))
    return R(d, lines, d.lines, "numbering restarted at 1 from %s (%d items)" % (m["s"], len(tail)), "multi")


def k_word_list_restart(rng, n):
    var = ["L3", "L4", "L2gwr", "L3"][n % 4]
    if var == "L3":
        d, m = rng.choice(marks_where(lambda d, m: m["typ"] == "L2" and not m["kids"]
                                      and any(x["typ"] == "L3" for x in d.marks)))
        new = ["%d.%s" % (k + 1, t) for k, t in enumerate(items(rng, 2))]
        return keep_insert(d, m["i"] + 1, new, "1. 2. restart under %s" % m["s"])
    if var == "L4":
        d, m = rng.choice(marks_where(lambda d, m: m["typ"] == "L3" and not m["kids"]))
        new = ["（%d）%s" % (k + 1, t) for k, t in enumerate(items(rng, 2))]
        return keep_insert(d, m["i"] + 1, new, "（1）（2） restart under %s" % m["s"])
    d, m = rng.choice(marks_where(lambda d, m: d.name.startswith("gwr") and m["typ"] == "L1" and not m["kids"]))
    new = ["（%s）%s" % (cn(k + 1), t) for k, t in enumerate(items(rng, 2))]
    return keep_insert(d, d.block_end(m), new, "（一）（二） restart at the end of %s" % m["s"])


# ----------------------------------------------------------------------------- 13 spaced_marker
def d_spaced_marker(rng, n):
    d, m = rng.choice(marks_where(lambda d, m: m["typ"] in LIST_TYPES and in_list(d, m)))
    s, t = m["s"], m["typ"]
    sp = rng.choice([" ", " ", "　"])
    if t == "L1":
        num = s[:-1]
        opts = [num + sp + "、"] + ([num[0] + sp + num[1:] + "、"] if len(num) > 1 else [])
    elif t in ("L2", "L4"):
        inner = s[1:-1]
        opts = ["（%s%s%s）" % (sp, inner, sp), "（%s%s）" % (inner, sp), "（%s%s）" % (sp, inner)]
        if len(inner) > 1:
            opts.append("（%s%s%s）" % (inner[0], sp, inner[1:]))
    else:
        opts = [s[:-1] + sp + "."]
    new = rng.choice(opts)
    lines = d.lines[:]
    put_marker(lines, m, new)
    return R(d, lines, d.lines, "spaces inside %s -> %r" % (s, new), "marker")


TASKS = ["老旧小区改造", "农村公路提升", "背街小巷整治", "污水管网建设", "公共厕所改造"]
UNITS = ["住建局", "交通运输局", "城管局", "生态环境局", "各乡镇"]


def k_spaced_marker(rng, n):
    d = rng.choice(PARA_DOCS)
    i = rng.choice(d.paras())
    ts = rng.sample(TASKS, 2)
    us = rng.sample(UNITS, 2)
    if n % 2 == 0:
        new = ["序号　　重点任务　　责任单位　　完成时限",
               "一　　%s　　%s　　%d月底前" % (ts[0], us[0], rng.choice([6, 9, 10])),
               "二　　%s　　%s　　12月底前" % (ts[1], us[1])]
        note = "table rows serialled 一　　二　　"
    else:
        new = ["表%d　%s重点任务分解表" % (rng.choice([1, 2]), rng.choice(["年度", "专项行动"])),
               "序号　　重点任务　　责任单位",
               "1　　%s　　%s" % (ts[0], us[0]),
               "2　　%s　　%s" % (ts[1], us[1])]
        note = "caption 表N　 and table rows"
    return keep_insert(d, i + 1, new, note)


# ----------------------------------------------------------------------------- 14 word_list_continued
def sublists(d, typ):
    return [d.chain(m) for m in d.marks if m["typ"] == typ and m["prev"] is None and m["v"] == 1]


def d_word_list_continued(rng, n):
    cands = []
    for d in DOCS:
        for typ in LIST_TYPES:
            if typ in d.continuous:
                continue
            sl = sublists(d, typ)
            if len(sl) >= 3:
                for k in range(1, len(sl)):
                    cands.append((d, sl[k - 1], sl[k]))
    d, prev, cur = rng.choice(cands)
    start = prev[-1]["v"] + 1
    lines = renumber(d, cur, range(start, start + len(cur)))
    return R(d, lines, d.lines, "sub-list under %s continued from %s as %s" % (
        cur[0]["parent"]["s"] if cur[0]["parent"] else "-", prev[-1]["s"], render(cur[0]["typ"], start)), "multi")


def k_word_list_continued(rng, n):
    d, m = rng.choice(marks_where(lambda d, m: m["typ"] == "L2" and m["next"] is not None and not m["kids"]
                                  and m["next"]["i"] == m["i"] + 1))
    if n % 2 == 0:
        its = items(rng, 3, short=True)
        new = [rng.choice(["文件明确了三项具体要求：", "会议提出三点要求："])] + \
              ["%s%d.%s%s" % ("“" if k == 0 else "", k + 1, t, "；" if k < 2 else "。”") for k, t in enumerate(its)]
        note = "quoted 1. 2. 3. lines between %s and %s" % (m["s"], m["next"]["s"])
    else:
        ts = rng.sample(TASKS, 2)
        new = ["序号　　项目名称　　建设内容", "1　　%s　　按计划推进" % ts[0], "2　　%s　　年内完工" % ts[1]]
        note = "table rows 1　2　 between %s and %s" % (m["s"], m["next"]["s"])
    return keep_insert(d, m["i"] + 1, new, note)


# ----------------------------------------------------------------------------- registry
# name, defect fn, keep fn, held, ASCII punctuation/whitespace the cause may type (defect, keep)
KINDS = [
    ("bullet_for_marker", d_bullet_for_marker, k_bullet_for_marker, False, " \t", ""),
    ("first_item_unnumbered", d_first_item_unnumbered, k_first_item_unnumbered, True, "", ""),
    ("bracket_stripped", d_bracket_stripped, k_bracket_stripped, False, " ", ""),
    ("ocr_glyph_b", d_ocr_glyph_b, k_ocr_glyph_b, True, "':", ""),
    ("fullwidth_digit_marker", d_fullwidth_digit_marker, k_fullwidth_digit_marker, True, "", ".%"),
    ("foreign_series", d_foreign_series, k_foreign_series, False, ".", ""),
    ("ime_homophone", d_ime_homophone, k_ime_homophone, False, "", ""),
    ("label_displaced", d_label_displaced, k_label_displaced, True, "", ""),
    ("subheading_lost", d_subheading_lost, k_subheading_lost, False, "", "."),
    ("tail_dup_shift", d_tail_dup_shift, k_tail_dup_shift, True, "", ""),
    ("article_marker_form", d_article_marker_form, k_article_marker_form, True, " ", ""),
    ("word_list_restart", d_word_list_restart, k_word_list_restart, True, "", "."),
    ("spaced_marker", d_spaced_marker, k_spaced_marker, False, " ", ""),
    ("word_list_continued", d_word_list_continued, k_word_list_continued, False, "", "."),
]


def first_diff(a, b):
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k


def main():
    probes, seen, places = [], set(), set()
    for kind, dfn, kfn, held, _, _ in KINDS:
        for label, fn, count in (("defect", dfn, N_DEFECT), ("keep", kfn, N_KEEP)):
            rng = random.Random("%d-%s-%s" % (SEED, kind, label))
            made = tries = 0
            while made < count:
                tries += 1
                assert tries < 2000, (kind, label, made)
                r = fn(rng, made)
                raw, want = join(r.raw), join(r.want)
                if raw in seen or raw == r.d.text:
                    continue
                at = first_diff(r.d.text, raw)
                if (kind, label, r.d.name, at) in places:  # one probe per place and kind: spread them out
                    continue
                seen.add(raw)
                places.add((kind, label, r.d.name, at))
                made += 1
                probes.append({"id": "%s-%04d" % (FAMILY, len(probes) + 1), "family": FAMILY, "kind": kind,
                               "label": label, "held": held, "raw": raw, "want": want, "flag": r.flag,
                               "note": "[%s] %s" % (r.d.name, r.note), "_doc": r.d.name, "_change": r.change})
    selfcheck(probes)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for p in probes:
            q = {k: v for k, v in p.items() if not k.startswith("_")}
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    with open(OUT, encoding="utf-8") as f:
        assert sum(1 for _ in f) == len(probes)
    c = Counter((p["kind"], p["label"]) for p in probes)
    for kind, _, _, held, _, _ in KINDS:
        print("%-24s %-5s defect %d  keep %d" % (kind, "held" if held else "-", c[(kind, "defect")], c[(kind, "keep")]))
    print("total %d  defects %d  keeps %d  held %d" % (len(probes), sum(p["label"] == "defect" for p in probes),
                                                      sum(p["label"] == "keep" for p in probes),
                                                      sum(p["held"] for p in probes)))


ASCII_P = set(string.punctuation) | {" ", "\t"}


def ascii_added(base, raw):
    cb = Counter(ch for ch in base if ch in ASCII_P)
    cr = Counter(ch for ch in raw if ch in ASCII_P)
    return {ch for ch in cr if cr[ch] > cb[ch]}


def selfcheck(probes):
    assert [hex(ord(c)) for c in "，：；（）、。　"] == ["0xff0c", "0xff1a", "0xff1b", "0xff08", "0xff09", "0x3001",
                                                     "0x3002", "0x3000"]
    allowed = {k: (set(a), set(b)) for k, _, _, _, a, b in KINDS}
    held_of = {k: h for k, _, _, h, _, _ in KINDS}
    assert sum(held_of.values()) * 2 == len(KINDS)
    ids = [p["id"] for p in probes]
    assert len(ids) == len(set(ids))
    assert len({p["raw"] for p in probes}) == len(probes), "probes not unique"
    for p in probes:
        base = BY_NAME[p["_doc"]].text
        raw, want = p["raw"], p["want"]
        assert p["held"] == held_of[p["kind"]]
        assert raw != base, p["id"]
        assert raw.split("\n")[0] == base.split("\n")[0], p["id"]  # title untouched
        if p["label"] == "keep":
            assert want == raw and p["flag"] is None, p["id"]
        elif p["flag"] is None:
            assert want == base, p["id"]  # a repairable defect restores the base exactly
        else:
            assert want == raw, p["id"]
            a, b = p["flag"]
            assert 0 <= a < b <= len(raw) and raw[a - 1] == "\n", p["id"]
        # ASCII punctuation only where the cause types it
        extra = ascii_added(base, raw)
        ok = allowed[p["kind"]][0 if p["label"] == "defect" else 1]
        assert extra <= ok, (p["id"], extra)
        # raw differs from the base only by the one change
        bl, rl = base.split("\n"), raw.split("\n")
        ops = [o for o in difflib.SequenceMatcher(None, bl, rl, autojunk=False).get_opcodes() if o[0] != "equal"]
        ch = p["_change"]
        if ch == "insert":
            n = 0
            while n < min(len(base), len(raw)) and base[n] == raw[n]:
                n += 1
            ins = len(raw) - len(base)
            assert ins > 0 and raw[:n] + raw[n + ins:] == base, p["id"]
        elif ch == "delete":
            assert len(ops) == 1 and ops[0][0] == "delete" and ops[0][2] - ops[0][1] == 1, p["id"]
        elif ch == "marker":
            assert len(ops) == 1 and ops[0][0] == "replace" and ops[0][2] - ops[0][1] == 1 == ops[0][4] - ops[0][3], p["id"]
            b1, r1 = bl[ops[0][1]], rl[ops[0][3]]
            m = BY_NAME[p["_doc"]].mark_at[ops[0][1]]
            tail = b1[len(m["s"]):].lstrip("　")
            assert r1.endswith(tail) and len(r1) - len(tail) <= len(m["s"]) * 2 + 3, p["id"]
        elif ch == "multi":
            assert len(bl) == len(rl), p["id"]
            diff = [k for k in range(len(bl)) if bl[k] != rl[k]]
            assert len(diff) >= 2, p["id"]
            for k in diff:
                m = BY_NAME[p["_doc"]].mark_at[k]
                assert bl[k][len(m["s"]):] == rl[k][len(rl[k]) - len(bl[k]) + len(m["s"]):], p["id"]
        elif ch == "move":
            assert Counter(raw.replace("\n", "")) == Counter(base.replace("\n", "")), p["id"]
            assert len(ops) == 1 and ops[0][2] - ops[0][1] <= 2 and ops[0][4] - ops[0][3] <= 2, p["id"]
        else:
            raise AssertionError(ch)
    c = Counter((p["kind"], p["label"]) for p in probes)
    for k, *_ in KINDS:
        assert c[(k, "defect")] == N_DEFECT and c[(k, "keep")] == N_KEEP, k


if __name__ == "__main__":
    main()
