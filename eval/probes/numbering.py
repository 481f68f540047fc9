#!/usr/bin/env python3
"""Blind probe generator, family = numbering (outline markers of headings / list items).

Writes eval/out/probes/numbering.jsonl.  stdlib only, fixed seed.
Each probe = one clean base document (eval/base/tune) with ONE injected defect or ONE
legitimate look-alike ("keep").  Base docs that carry hand-labelled blemishes in their
.json sidecar are skipped so that raw/want differ only at the injected change.
"""
import glob
import json
import os
import random
import re

BASE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "base", "tune")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "out", "probes", "numbering.jsonl")
FAMILY = "numbering"
rng = random.Random(20240524)

CN = "零一二三四五六七八九十"


def cn(n):
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + CN[n - 10]
    t, u = divmod(n, 10)
    return CN[t] + "十" + (CN[u] if u else "")


def cn2int(s):
    if s == "十":
        return 10
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN.index(a) if a else 1) * 10 + (CN.index(b) if b else 0)
    return CN.index(s)


NUM = "[一二三四五六七八九十]+"
# marker types, ordered by outline level (lower rank = higher level)
PATS = [
    ("CH", 0, re.compile(r"^第(" + NUM + r")章(　)")),
    ("ART", 1, re.compile(r"^第(" + NUM + r")条(　)")),
    ("L1", 2, re.compile(r"^(" + NUM + r")、")),
    ("L2", 3, re.compile(r"^（(" + NUM + r")）")),
    ("L3", 4, re.compile(r"^(\d+)\.")),
    ("L4", 5, re.compile(r"^（(\d+)）")),
]


def render(typ, v):
    return {"CH": "第%s章" % cn(v), "ART": "第%s条" % cn(v), "L1": "%s、" % cn(v),
            "L2": "（%s）" % cn(v), "L3": "%d." % v, "L4": "（%d）" % v}[typ]


class Doc:
    def __init__(self, path):
        self.name = os.path.basename(path)[:-4]
        self.text = open(path, encoding="utf-8").read()
        self.lines = self.text.split("\n")  # trailing '' kept
        self.marks = []  # dicts: i (line), typ, rank, v, s (marker string incl. sep)
        for i, ln in enumerate(self.lines):
            if i == 0:
                continue
            for typ, rank, p in PATS:
                m = p.match(ln)
                if m:
                    s = m.group(0)
                    if typ in ("CH", "ART"):
                        s = s[:-1]  # marker without the ideographic space
                    v = cn2int(m.group(1)) if typ not in ("L3", "L4") else int(m.group(1))
                    self.marks.append(dict(i=i, typ=typ, rank=rank, v=v, s=s))
                    break
        # siblings: same type, consecutive, no higher-level marker between
        for k, m in enumerate(self.marks):
            m["k"] = k
            m["prev"] = m["next"] = None
        for k, m in enumerate(self.marks):
            for j in range(k + 1, len(self.marks)):
                n = self.marks[j]
                if n["rank"] < m["rank"]:
                    break
                if n["typ"] == m["typ"]:
                    m["next"] = n
                    n["prev"] = m
                    break
        # continuous numbering across higher-level headings (w01's （四） under 二、, 第N条 across 章):
        # if all markers of one type run 1..N in document order, they form one list
        for typ, _, _ in PATS:
            ms = [x for x in self.marks if x["typ"] == typ]
            if len(ms) > 1 and [x["v"] for x in ms] == list(range(1, len(ms) + 1)):
                for a, b in zip(ms, ms[1:]):
                    a["next"], b["prev"] = b, a
        self.sig = self.lines[-2] if re.match(r"^\d{4}年\d+月\d+日$", self.lines[-2]) else None
        self.has_attach = "附件" in self.text

    def body_range(self):
        """line indices of body paragraphs (not title, not signature block)."""
        end = len(self.lines) - 1
        if self.sig:
            end -= 2
        start = 1
        while start < end and (re.search(r"〔\d{4}〕\d+号$", self.lines[start]) or
                               self.lines[start].endswith("：") and len(self.lines[start]) < 40 or
                               self.lines[start].startswith("——") or self.lines[start] in ("政府工作报告", "各位代表：")):
            start += 1
        return start, end


def load():
    docs = []
    for p in sorted(glob.glob(os.path.join(BASE, "*.txt"))):
        side = json.load(open(p[:-4] + ".json", encoding="utf-8"))
        if side.get("blemishes"):
            continue
        docs.append(Doc(p))
    return docs


DOCS = load()


def join(lines):
    return "\n".join(lines)


def line_off(lines, i):
    return sum(len(x) + 1 for x in lines[:i])


def pick_mark(cond, docs=None):
    cands = [(d, m) for d in (docs or DOCS) for m in d.marks if cond(d, m)]
    return rng.choice(cands) if cands else (None, None)


def replace_marker(d, m, new):
    lines = d.lines[:]
    ln = lines[m["i"]]
    assert ln.startswith(m["s"])
    lines[m["i"]] = new + ln[len(m["s"]):]
    return lines


LIST_TYPES = ("L1", "L2", "L3", "L4")


# ---------------------------------------------------------------- defect kinds
def k_cms_marker_dropped():
    """CMS template / rich-text filter: auto-numbering kept in a <span>/list style that the
    CMS strips, so the marker (or only its numeral glyph) vanishes; fix = restore marker."""
    d, m = pick_mark(lambda d, m: m["typ"] in LIST_TYPES and m["prev"] is not None)
    var = rng.choice(["whole", "numeral", "numeral"])
    if var == "whole":
        new = ""
    else:
        new = {"L1": "、", "L2": rng.choice(["（）", "（ ）"]), "L3": ".", "L4": "（）"}[m["typ"]]
    return d, replace_marker(d, m, new), d.lines, None, "marker %s lost (%s) after %s" % (m["s"], var, m["prev"]["s"])


OCR_NUM = {"一": ["—", "-", "－", "一一"], "二": ["=", "ニ", "工"], "三": ["≡", "王"], "四": ["囚", "M"],
           "五": ["丑", "玉"], "六": ["穴", "大"], "七": ["匕", "乜"], "八": ["人", "入"], "九": ["丸", "力"],
           "十": ["+", "干", "千"]}
OCR_DIG = {"1": ["l", "I", "|"], "2": ["Z"], "3": ["B"], "5": ["S"], "8": ["B"], "0": ["O"]}


def k_ocr_misread():
    """OCR of a scanned 红头文件: numeral / bracket / 、 misread (一→—, 二→=, 1→l, （→C, 、→丶)."""
    d, m = pick_mark(lambda d, m: m["typ"] in LIST_TYPES + ("ART",) and m["prev"] is not None)
    s = m["s"]
    opts = []
    for idx, ch in enumerate(s):
        if ch in OCR_NUM and not (m["typ"] == "ART" and idx == 0):
            for r in OCR_NUM[ch]:
                opts.append(s[:idx] + r + s[idx + 1:])
        if ch in OCR_DIG:
            for r in OCR_DIG[ch]:
                opts.append(s[:idx] + r + s[idx + 1:])
    if s.startswith("（"):
        opts += ["C" + s[1:], "〔" + s[1:], s[:-1] + "〕", s[:-1] + "}"]
    if s.endswith("、"):
        opts += [s[:-1] + "丶", s[:-1] + "`", s[:-1] + "\u3002"]
    if m["typ"] == "L3":
        opts += [s[:-1] + ",", s[:-1] + "·"]
    new = rng.choice(opts)
    return d, replace_marker(d, m, new), d.lines, None, "OCR read %s as %s" % (s, new)


def k_word_autonum_shift():
    """Copy from Word: one item loses its auto-numbering (style changed to 正文), Word renumbers
    the following items down by one; fix = marker back on the item, run restored."""
    d, m = pick_mark(lambda d, m: m["typ"] in LIST_TYPES and m["next"] is not None and m["prev"] is not None)
    lines = replace_marker(d, m, "")
    n = m["next"]
    cnt = 0
    while n is not None:
        ln = lines[n["i"]]
        lines[n["i"]] = render(n["typ"], n["v"] - 1) + ln[len(n["s"]):]
        cnt += 1
        n = n["next"]
    return d, lines, d.lines, None, "item %s lost its number, %d following items renumbered down" % (m["s"], cnt)


def k_editor_slip():
    """Editor's slip when hand-numbering: one marker typed twice (dup of previous), one number
    skipped for a single item (next is correct), or two adjacent markers swapped."""
    var = rng.choice(["dup", "skip", "swap"])
    if var == "dup":
        d, m = pick_mark(lambda d, m: m["typ"] in LIST_TYPES and m["prev"] is not None)
        new = render(m["typ"], m["v"] - 1)
        return d, replace_marker(d, m, new), d.lines, None, "%s typed as %s (duplicate of previous)" % (m["s"], new)
    if var == "skip":
        d, m = pick_mark(lambda d, m: m["typ"] in LIST_TYPES and m["prev"] is not None and m["next"] is not None)
        new = render(m["typ"], m["v"] + 1)
        return d, replace_marker(d, m, new), d.lines, None, "%s typed as %s (skip, next item is correct)" % (m["s"], new)
    d, m = pick_mark(lambda d, m: m["typ"] in LIST_TYPES and m["next"] is not None)
    n = m["next"]
    lines = replace_marker(d, m, n["s"])
    ln = lines[n["i"]]
    lines[n["i"]] = m["s"] + ln[len(n["s"]):]
    return d, lines, d.lines, None, "markers %s and %s swapped" % (m["s"], n["s"])


def k_width_conversion():
    """HTML/Word-to-text or half-width input method: full-width brackets become ASCII, 、 becomes
    . or ，, ASCII dot becomes full-width ．/、 — inconsistent with the rest of the outline."""
    d, m = pick_mark(lambda d, m: m["typ"] in LIST_TYPES)
    s, t = m["s"], m["typ"]
    if t == "L1":
        new = s[:-1] + rng.choice([".", "．", "，", ",", " 、"])
    elif t in ("L2", "L4"):
        inner = s[1:-1]
        new = rng.choice(["(%s)" % inner, "(%s）" % inner, "（%s)" % inner, "(%s) " % inner])
    else:
        new = s[:-1] + rng.choice(["．", "、", ". "])
    return d, replace_marker(d, m, new), d.lines, None, "marker %s converted to %s" % (s, new)


def k_marker_own_line():
    """HTML-to-text: the marker sat in its own <span>/<td> or Word list label frame and the
    converter emitted it as a separate paragraph; fix = join marker back onto its text."""
    d, m = pick_mark(lambda d, m: m["typ"] in LIST_TYPES + ("ART",))
    lines = d.lines[:]
    ln = lines[m["i"]]
    rest = ln[len(m["s"]):]
    if m["typ"] == "ART":
        rest = rest.lstrip("　")
    lines[m["i"]:m["i"] + 1] = [m["s"], rest]
    return d, lines, d.lines, None, "marker %s split onto its own line" % m["s"]


def k_marker_glued_prev():
    """Crawler / HTML-to-text lost the paragraph break (<br> or </p> dropped), so the marked
    line is glued to the end of the previous paragraph; fix = restore the line break."""
    d, m = pick_mark(lambda d, m: m["typ"] in LIST_TYPES + ("ART",) and m["i"] > d.body_range()[0])
    lines = d.lines[:]
    i = m["i"]
    sep = rng.choice(["", "", " ", "　"])
    lines[i - 1:i + 1] = [lines[i - 1] + sep + lines[i]]
    return d, lines, d.lines, None, "line %s glued to previous paragraph (sep=%r)" % (m["s"], sep)


def k_numeral_partial_loss():
    """CMS/encoding truncation of multi-character numerals: one character of 十一/十二 lost
    (（十一）→（十）or（一）, 第十二条→第二条); the sequence tells the real value."""
    d, m = pick_mark(lambda d, m: m["typ"] in ("L1", "L2", "ART", "CH") and m["v"] > 10)
    num = cn(m["v"])
    pos = m["s"].index(num)
    drop = rng.randrange(len(num))
    new = m["s"][:pos] + num[:drop] + num[drop + 1:] + m["s"][pos + len(num):]
    return d, replace_marker(d, m, new), d.lines, None, "numeral of %s partly lost -> %s" % (m["s"], new)


def k_level_mixup():
    """Word multilevel list pasted without its level info: an item is rendered with the label
    format of another outline level ((二) shown as 2. or 二、, 2. shown as (2)); fix = own level."""
    opts = []
    for d in DOCS:
        types = {x["typ"] for x in d.marks}
        for m in d.marks:
            if m["prev"] is None:
                continue
            if m["typ"] == "L2" and "L3" not in types:
                opts.append((d, m, "%d." % m["v"]))
                opts.append((d, m, "%d、" % m["v"]))
            if m["typ"] == "L3" and "L4" not in types:
                opts.append((d, m, "（%d）" % m["v"]))
                opts.append((d, m, "（%s）" % cn(m["v"])))
            if m["typ"] == "L2" and m["next"] is not None:
                opts.append((d, m, "%s、" % cn(m["v"])))
    d, m, new = rng.choice(opts)
    return d, replace_marker(d, m, new), d.lines, None, "%s rendered at wrong level as %s" % (m["s"], new)


SHI = re.compile(r"(?:(?<=[；。：，])|^)(" + NUM + r")是")


def inline_enums(d):
    out = []
    for i, ln in enumerate(d.lines):
        if i == 0:
            continue
        found = [(mm.start(1), mm.end(0), cn2int(mm.group(1))) for mm in SHI.finditer(ln)]
        for a, b in zip(found, found[1:]):
            if b[2] == a[2] + 1:
                out.append((i, b[0], b[1], b[2], a))
    return out


def k_inline_enum_damage():
    """Editor's slip / CMS glyph drop inside running 一是…二是…三是 enumerations: numeral
    dropped (；是…), repeated (二是…二是), or skipped (二是…四是 with no 三是)."""
    cands = [(d, e) for d in DOCS for e in inline_enums(d)]
    d, (i, s, e, v, prev) = rng.choice(cands)
    var = rng.choice(["drop", "dup", "skip"])
    new = {"drop": "是", "dup": cn(v - 1) + "是", "skip": cn(v + 1) + "是"}[var]
    lines = d.lines[:]
    ln = lines[i]
    lines[i] = ln[:s] + new + ln[e:]
    return d, lines, d.lines, None, "inline %s是 -> %s (%s)" % (cn(v), new, var)


def k_article_number():
    """Editor's slip in 办法/细则 articles and chapters: 第N条/第N章 typed as the previous number
    (repeated), the next one (skipped, following article correct), or two swapped."""
    var = rng.choice(["dup", "skip", "swap"])
    if var == "swap":
        d, m = pick_mark(lambda d, m: m["typ"] in ("ART", "CH") and m["next"] is not None)
        n = m["next"]
        lines = replace_marker(d, m, n["s"])
        ln = lines[n["i"]]
        lines[n["i"]] = m["s"] + ln[len(n["s"]):]
        return d, lines, d.lines, None, "%s and %s swapped" % (m["s"], n["s"])
    if var == "dup":
        d, m = pick_mark(lambda d, m: m["typ"] in ("ART", "CH") and m["prev"] is not None)
        new = render(m["typ"], m["v"] - 1)
    else:
        d, m = pick_mark(lambda d, m: m["typ"] in ("ART", "CH") and m["prev"] is not None and m["next"] is not None)
        new = render(m["typ"], m["v"] + 1)
    return d, replace_marker(d, m, new), d.lines, None, "%s typed as %s (%s)" % (m["s"], new, var)


def k_arabic_chinese_swap():
    """Input method / editor retyping: numeral system swapped inside one marker ((三)→(3),
    三、→3、, 2.→二., 第五条→第5条) against the document's own convention."""
    d, m = pick_mark(lambda d, m: m["typ"] in LIST_TYPES + ("ART",))
    t, v = m["typ"], m["v"]
    new = {"L1": "%d、" % v, "L2": "（%d）" % v, "L3": "%s." % cn(v), "L4": "（%s）" % cn(v),
           "ART": "第%d条" % v}[t]
    return d, replace_marker(d, m, new), d.lines, None, "%s retyped as %s" % (m["s"], new)


def k_item_gap_flag():
    """Crawler lost a whole numbered paragraph (pagination / collapsed block not fetched): the
    sequence jumps (一 二 四). Not fixable — renumbering would hide the loss; flag the marker."""
    d, m = pick_mark(lambda d, m: m["typ"] in LIST_TYPES + ("ART",) and m["prev"] is not None and
                     m["next"] is not None and m["next"]["i"] == m["i"] + 1)
    lines = d.lines[:]
    del lines[m["i"]]
    n = m["next"]
    off = line_off(lines, n["i"] - 1)
    return d, lines, lines, [off, off + len(n["s"])], "item %s dropped by crawler; %s follows %s" % (
        m["s"], n["s"], m["prev"]["s"])


def k_marker_doubled():
    """Word copy-paste: list label exported as text AND the author's hand-typed number kept,
    giving a doubled marker ((二)(二), 2.2., 二、二、); fix = keep one."""
    d, m = pick_mark(lambda d, m: m["typ"] in LIST_TYPES)
    s = m["s"]
    sep = rng.choice(["", "", " ", "\t", "　"])
    first = s
    if m["typ"] in ("L2", "L4") and rng.random() < 0.3:
        first = "(" + s[1:-1] + ")"
    new = first + sep + s
    return d, replace_marker(d, m, new), d.lines, None, "marker %s doubled as %r" % (s, new)


# ---------------------------------------------------------------- keep kinds
TOPICS = ["重点任务分工表", "工作进度报送表", "联系人回执", "考核评分细则", "问题整改台账", "项目清单",
          "责任单位联系表", "专项资金分配表", "督导检查安排表", "信息报送模板"]


def insert_before_sig(d):
    return len(d.lines) - 3  # index of the signature-issuer line


def k_keep_attachment_list():
    """Look-alike: 附件 list numbered 1. 2. after the body — restarts at 1 legitimately even when
    the body uses 1. items; must not be renumbered, merged or 'fixed'."""
    d = rng.choice([x for x in DOCS if x.sig and not x.has_attach])
    title = d.lines[0]
    m = re.search(r"《(.+?)》", title)
    stem = m.group(1) if m else re.sub(r"^(.*?)(关于印发|关于)", "", title)
    stem = re.sub(r"(的通知|工作要点|工作总结.*|实施方案|办法)$", "", stem)[:14]
    stem = rng.choice(["", "", stem if len(stem) <= 12 else ""])
    n = rng.choice([2, 2, 3])
    items = rng.sample(TOPICS, n)
    dot = "." if "L3" in {x["typ"] for x in d.marks} else rng.choice([".", "．", "."])
    style = rng.choice(["lines", "lines", "inline", "block"])
    if style == "block":
        new = ["附件："] + ["%d%s%s%s" % (j + 1, dot, stem, it) for j, it in enumerate(items)]
    elif style == "lines":
        new = ["附件：1%s%s%s" % (dot, stem, items[0])] + \
              ["%d%s%s%s" % (j + 1, dot, stem, it) for j, it in enumerate(items) if j]
    else:
        new = ["附件：" + "　".join("%d%s%s" % (j + 1, dot, it) for j, it in enumerate(items))]
    lines = d.lines[:]
    at = insert_before_sig(d)
    lines[at:at] = new
    return d, lines, lines, None, "attachment list %s numbered from 1 (%s)" % (dot, style)


REGS = [("《中华人民共和国安全生产法》", "第四十一条"), ("《医疗机构管理条例》", "第二十四条"),
        ("《大气污染防治法》", "第二十条"), ("《社会保险法》", "第五十八条"), ("《公路安全保护条例》", "第十八条"),
        ("《食品安全法》", "第三十三条"), ("《就业促进法》", "第十九条"), ("《医疗保障基金使用监督管理条例》", "第十五条"),
        ("《旅游法》", "第四十五条"), ("《建设工程质量管理条例》", "第十条")]
REG_ITEMS = ["建立健全管理制度", "明确岗位责任", "定期开展检查", "如实记录有关情况", "及时报告发现的问题",
             "配备必要的设施设备", "加强从业人员培训", "落实整改措施"]


def has_para(d, minlen=40):
    a, b = d.body_range()
    return [i for i in range(a, b) if len(d.lines[i]) >= minlen and "。" in d.lines[i][:-1]]


def body_para_with_period(d, minlen=40):
    i = rng.choice(has_para(d, minlen))
    ln = d.lines[i]
    cuts = [k + 1 for k, ch in enumerate(ln[:-1]) if ch == "。"]
    return i, rng.choice(cuts)


def k_keep_quoted_regulation():
    """Look-alike: a quoted statute's own item numbers （一）（二）/1.2. mid-paragraph — these are the
    regulation's numbering, not a glued outline marker and not part of the document's sequence."""
    d = rng.choice([x for x in DOCS if has_para(x)])
    i, cut = body_para_with_period(d)
    reg, art = rng.choice(REGS)
    items = rng.sample(REG_ITEMS, rng.choice([2, 3]))
    style = rng.choice(["cn", "cn", "ar"])
    if style == "cn":
        body = "；".join("（%s）%s" % (cn(j + 1), it) for j, it in enumerate(items))
    else:
        body = "；".join("%d.%s" % (j + 1, it) for j, it in enumerate(items))
    sent = "按照%s%s规定，有关单位应当：%s。" % (reg, art, body)
    lines = d.lines[:]
    ln = lines[i]
    lines[i] = ln[:cut] + sent + ln[cut:]
    return d, lines, lines, None, "quoted regulation items (%s) inside paragraph" % style


DIGIT_LINES = [
    "2.3万户农村低收入家庭纳入动态监测范围，实现应纳尽纳。",
    "5G基站累计建成1860个，重点场所实现5G网络全覆盖。",
    "3月1日起，全面推行“一网通办”，企业群众办事实现“最多跑一次”。",
    "12345政务服务便民热线全年受理诉求4.2万件，办结率99.6%。",
    "1.8万名困难群众纳入医疗救助范围，救助资金全部足额发放。",
    "2023年全年共组织专项检查46次，发现并整改问题213个。",
    "110千伏及以上输变电工程建设有序推进，新增变电容量52万千伏安。",
    "4.5米以上货车通行路段实行全天候监测。",
    "3.5万平方米老旧小区改造任务已全部开工。",
    "6月底前，完成全部摸底排查工作，建立问题清单。",
]


def k_keep_digit_start():
    """Look-alike: a paragraph / table row that legitimately starts with digits (2.3万户, 5G基站,
    3月1日起, 12345热线, '1　项目　完成'), not a list marker to renumber or re-punctuate."""
    d = rng.choice([x for x in DOCS if not any(m["typ"] == "ART" for m in x.marks)])
    a, b = d.body_range()
    i = rng.choice([k for k in range(a + 1, b) if d.lines[k - 1].endswith("。")])
    if rng.random() < 0.25:
        unit = rng.choice(["万户", "公里", "个"])
        new = ["序号　任务名称　目标值　完成时限",
               "1　%s　%d%s　%d月底前" % (rng.choice(["城区重点区域整治", "老旧小区改造", "农村公路提升"]),
                                      rng.randint(2, 90), unit, rng.choice([6, 9, 10])),
               "2　%s　%d%s　12月底前" % (rng.choice(["农村人居环境改善", "背街小巷整治", "危桥改造"]),
                                      rng.randint(2, 90), unit)]
        text = "table rows 1　2　"
    else:
        text = rng.choice(DIGIT_LINES)
        new = [text]
    lines = d.lines[:]
    lines[i:i] = new
    return d, lines, lines, None, "paragraph starting with digits: %s" % text[:10]


CODE_SENTS = [
    "新增C1、C2驾驶证考场2个，缩短群众考试等待时间。",
    "全市A2、B2驾驶证持证人员全部纳入教育管理。",
    "G15、G25高速公路沿线服务区完成提档升级。",
    "第1季度各项指标完成情况良好，第2季度将进一步加大推进力度。",
    "一、二季度分别完成年度任务的23%和51%。",
    "一、二级医院全部接入区域检验检查结果互认平台。",
    "地铁1、2号线沿线站点周边环境整治同步推进。",
    "Ⅱ、Ⅲ类水质断面比例达到92.5%。",
    "2021、2022年连续两年获评全省先进单位。",
    "“十四五”期间，累计投入资金3.6亿元。",
    "一、二、三产业协调发展，三次产业结构调整为8.1：41.3：50.6。",
    "S1、S2线延伸段前期工作加快推进。",
]


def k_keep_codes_years():
    """Look-alike: codes and ordinals inside a sentence that resemble markers — C1、C2驾照,
    G15、G25, 第1季度, 一、二季度, 一、二级医院, 1、2号线, 2021、2022年, 一、二、三产业."""
    d = rng.choice([x for x in DOCS if has_para(x)])
    i, cut = body_para_with_period(d)
    sent = rng.choice(CODE_SENTS)
    lines = d.lines[:]
    ln = lines[i]
    lines[i] = ln[:cut] + sent + ln[cut:]
    return d, lines, lines, None, "code/ordinal sentence: %s" % sent[:12]


SUB_ITEMS = ["加强统筹协调。建立工作专班，定期研究解决重大问题。",
             "强化督导考核。将工作完成情况纳入年度绩效考核。",
             "做好宣传引导。及时总结推广好经验好做法，营造良好氛围。",
             "落实资金保障。统筹用好各级专项资金，提高资金使用效益。",
             "健全长效机制。完善日常监管制度，防止问题反弹。"]
ENUM_SENTS = ["下一步，将重点抓好三项工作：一是完善制度机制；二是加强队伍建设；三是强化督促检查。",
              "主要做法：一是压实责任，二是细化措施，三是跟踪问效。",
              "存在的问题主要有：一是基层力量薄弱；二是资金缺口较大。"]


def k_keep_legit_restart():
    """Look-alike: numbering that legitimately restarts — a new （一）（二） sub-list under another
    一、 heading, or a fresh 一是/二是 run in another paragraph; not a duplicate to renumber."""
    var = rng.choice(["sublist", "sublist", "inline"])
    if var == "sublist":
        opts = []
        for d in DOCS:
            if d.name.startswith("gwr"):
                continue
            l1 = [m for m in d.marks if m["typ"] == "L1"]
            for m in l1:
                if m["next"] is None:
                    continue
                span = [x for x in d.marks if m["i"] < x["i"] < m["next"]["i"]]
                if not span and m["next"]["i"] - m["i"] >= 2 and any(x["typ"] == "L2" for x in d.marks):
                    opts.append((d, m))
        d, m = rng.choice(opts)
        n = rng.choice([2, 3])
        items = rng.sample(SUB_ITEMS, n)
        new = ["（%s）%s" % (cn(j + 1), it) for j, it in enumerate(items)]
        lines = d.lines[:]
        at = m["next"]["i"]
        lines[at:at] = new
        return d, lines, lines, None, "sub-list restarting at （一） under %s" % m["s"]
    d = rng.choice([x for x in DOCS if inline_enums(x) and has_para(x)])
    i, cut = body_para_with_period(d)
    sent = rng.choice(ENUM_SENTS)
    lines = d.lines[:]
    ln = lines[i]
    lines[i] = ln[:cut] + sent + ln[cut:]
    return d, lines, lines, None, "fresh 一是/二是 run inside paragraph"


KINDS = [
    # name, fn, label, count
    ("cms_marker_dropped", k_cms_marker_dropped, "defect", 9),
    ("ocr_misread", k_ocr_misread, "defect", 9),
    ("word_autonum_shift", k_word_autonum_shift, "defect", 8),
    ("editor_slip", k_editor_slip, "defect", 9),
    ("width_conversion", k_width_conversion, "defect", 9),
    ("marker_own_line", k_marker_own_line, "defect", 8),
    ("marker_glued_prev", k_marker_glued_prev, "defect", 9),
    ("numeral_partial_loss", k_numeral_partial_loss, "defect", 8),
    ("level_mixup", k_level_mixup, "defect", 8),
    ("inline_enum_damage", k_inline_enum_damage, "defect", 9),
    ("article_number", k_article_number, "defect", 9),
    ("arabic_chinese_swap", k_arabic_chinese_swap, "defect", 8),
    ("item_gap_flag", k_item_gap_flag, "defect", 8),
    ("marker_doubled", k_marker_doubled, "defect", 8),
    ("keep_attachment_list", k_keep_attachment_list, "keep", 12),
    ("keep_quoted_regulation", k_keep_quoted_regulation, "keep", 12),
    ("keep_digit_start", k_keep_digit_start, "keep", 12),
    ("keep_codes_years", k_keep_codes_years, "keep", 12),
    ("keep_legit_restart", k_keep_legit_restart, "keep", 12),
]
FIX_KINDS = {k for k, _, lab, _ in KINDS if lab == "defect" and k != "item_gap_flag"}


def main():
    probes = []
    seen = set()
    n = 0
    for kind, fn, label, count in KINDS:
        made = 0
        tries = 0
        while made < count and tries < 500:
            tries += 1
            d, raw_lines, want_lines, flag, note = fn()
            raw, want = join(raw_lines), join(want_lines)
            if raw in seen:
                continue
            seen.add(raw)
            n += 1
            made += 1
            probes.append({"id": "%s-%04d" % (FAMILY, n), "kind": kind, "label": label, "raw": raw,
                           "want": want, "flag": flag, "note": "[%s] %s" % (d.name, note)})
        assert made == count, (kind, made)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for p in probes:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    selfcheck(probes)


def selfcheck(probes):
    ids = [p["id"] for p in probes]
    assert len(ids) == len(set(ids)), "dup ids"
    bases = {d.text for d in DOCS}
    for p in probes:
        raw, want = p["raw"], p["want"]
        if p["label"] == "keep" or p["flag"] is not None:
            assert raw == want, p["id"]
        else:
            assert raw != want, p["id"]
            assert want in bases, p["id"]  # defects restore the base exactly
        if p["flag"] is not None:
            a, b = p["flag"]
            assert 0 <= a < b <= len(raw), p["id"]
            assert re.match(r"^(" + NUM + r"、|（" + NUM + r"）|\d+\.|（\d+）|第" + NUM + r"条)$", raw[a:b]), raw[a:b]
            assert a == 0 or raw[a - 1] == "\n"
        assert raw.split("\n")[0] == want.split("\n")[0]  # title untouched
    # full-width code points (checked by code point, not by look)
    assert [hex(ord(c)) for c in "，：；（）、。"] == ["0xff0c", "0xff1a", "0xff1b", "0xff08", "0xff09", "0x3001", "0x3002"]
    with open(OUT, encoding="utf-8") as f:
        assert sum(1 for _ in f) == len(probes)
    from collections import Counter
    c = Counter((p["kind"], p["label"]) for p in probes)
    for (k, l), v in sorted(c.items()):
        print("%-26s %-6s %d" % (k, l, v))
    print("total", len(probes), "keeps", sum(1 for p in probes if p["label"] == "keep"))


if __name__ == "__main__":
    main()
