#!/usr/bin/env python3
"""Blind probe generator, family "dup_b" (round-25 repeats: new shapes of crawler / CMS / page-join /
editor / OCR copies, and legitimate repetition of the same shapes).

Written without reading the cleaner, its tests, the held forms or the fuzzers; only eval/probes/README.md,
score.py, dup.py (record format, document loading, insertion approach) and the TUNE base documents
were read.  Writes eval/out/probes/dup_b.jsonl.  stdlib only, fixed seed, deterministic.

Every probe = one TUNE base document (eval/base/tune/*.txt) + ONE damage (label "defect") or ONE
legitimate repetition (label "keep").  Every change is a pure insertion into the base text (one
place, or for kinds whose single cause touches several places, several places), so the base is
always raw with the inserted spans taken out.
  * remove-defects: want == base document exactly (the copy the cause added is the one removed;
    for identical copies the later one; for a truncated / marker-changed / glued copy, that copy).
  * flag-defects:   want == raw, flag = [start, end] of the inserted copy in raw.
  * keeps:          want == raw, flag = null.
Record keys: id, family, kind, label, held, raw, want, flag, base (document id), note.

Kinds (12 each: 8 defect + 4 keep).  HELD kinds (held=true): renumbered_copy, teaser_copy,
split_overlap, ocr_overlap_copy, tail_after_signature, distant_sentence.  The other six
(block_twice, connector_copy, page_head_item, heading_glued, wrapline_twice, interleaved_copies)
are held=false.  Each half mixes easy kinds (renumbered, tail / block, interleaved) with hard ones
(flag-only, mid-sentence page joins, fixed-width windows).

 1. renumbered_copy  [held]  remove.  Cause: the page carries a desktop and a mobile rendering of the
    body; the mobile template renders the list with its own <ol> numbering, so the typed outline
    marker is stripped, replaced (（三）→3. / 3、/ 3． / (三)) or lost; the crawler keeps both.  The copy
    follows on the next line; the copy with the foreign marker goes.
      defect: （三）提升应急处置能力。组建…⏎3.提升应急处置能力。组建…
      keep:   a task-division list before the 落款 that repeats task names under new numbers with
              their own content: 各项重点任务分工如下：⏎1.健全监测预警体系。牵头单位：办公室；完成时限：…
 2. block_twice  [not held]  remove.  Cause: a paginated article / print view whose next page starts
    again with the last 2-3 paragraphs of the previous page; the join leaves the page footer between
    the block and its copy (blank line, "- 3 -", "－3－", "—3—", "第3页", "第3页 共5页") or nothing.
    The footer and the block copy go.
      defect: P1⏎P2⏎- 3 -⏎P1⏎P2
      keep:   two different tables with the same two header lines (单位：万元 / 序号　项目名称…).
 3. connector_copy  [not held]  FLAG.  Cause: an editor pasting a revised sentence after the old one
    without deleting the old one (the revision added 同时，/ 此外，/ 另外，/ 与此同时，, or dropped it).
    The two differ in words, so which one the author meant cannot be decided: flag the copy only.
      defect: …全面总结整治成效，建立健全长效机制。同时，全面总结整治成效，建立健全长效机制。 (sentence-level)
      keep:   市级财政安排专项资金…，用于支持…。同时，县级财政安排配套资金…，用于支持…。
 4. teaser_copy  [held]  remove.  Cause: the crawler keeps the listing page's summary (a cut-short copy
    of a paragraph ending in …/……/.../【详细】/[详细]/阅读全文/阅读全文>>) before the full paragraph,
    or a "related" box repeats it after; sometimes glued to the paragraph on the same line.  The
    teaser goes.
      defect: 2021年是“十四五”开局之年。全市卫生健康…【详细】⏎2021年是“十四五”开局之年。…
      keep:   ellipses and 详见 of the document's own: 开展“进机关、进企业、进学校、进社区……”系列活动；
              从“有没有”到“好不好”……；各单位要对照“完善多点触发预警机制……”的要求；具体评分标准详见附件。
 5. split_overlap  [held]  remove (rejoin).  Cause: a long article split into pages at a fixed
    length, mid-sentence; the next page re-displays the last few characters of the previous one
    (overlap for context), and the crawler joins pages with a line break (or blank line / page number
    line).  The break, page line and overlap go and the paragraph is whole again.
      defect: …新增核酸检测实验室6个，日最大检⏎个，日最大检测能力提升至3.2万管。
      keep:   顶真 between two paragraphs: …关键在于狠抓落实。⏎狠抓落实，必须…
 6. page_head_item  [not held]  remove.  Cause: print-view / PDF page join: page 2 opens with the
    running head (the document title), often with the page footer "第1页 共3页" / "- 2 -" / "2/3",
    and repeats the last list item of page 1.  Running head, footer and item copy go.
      defect: （二）其他医疗机构每半年至少开展1次全面自查；⏎江岭市医疗机构依法执业自查管理办法⏎（二）其他医疗机构…
      keep:   the same item in two separate lists: …自查报告应当包括下列内容：⏎（一）医疗机构资质管理情况；…
 7. heading_glued  [not held]  remove.  Cause: a CMS printing the heading field as a heading and the
    editor having typed it again as the first words of the body; the crawler glues it to the body
    (no separator or a full-width space), with or without its outline marker.
      defect: 一、毫不放松抓好常态化疫情防控⏎一、毫不放松抓好常态化疫情防控（一）健全监测预警体系。…
      keep:   a lead sentence that restates the heading: (三)巩固和加强农业基础地位⏎巩固和加强农业基础地位，是…
 8. ocr_overlap_copy  [held]  FLAG.  Cause: a scanned paper document OCR'd page by page with an
    overlapping scan area (or the same page scanned twice): a paragraph appears twice, the second
    reading with one character dropped or misread (已/己, 未/末, 人/入, 0/O…).  Which reading is right
    cannot be decided: flag the copy.
      defect: （六）完善分级诊疗制度。全年组建…320个…⏎（六）完善分级诊疗制度。全年组建…32O个…
      keep:   two lines that legitimately differ in one word and figure: 上半年开展…6次。⏎下半年开展…8次。
 9. tail_after_signature  [held]  remove.  Cause: the article template prints the body, the 落款, then
    the body again (print view / second body field): the whole document, the body without the title,
    or the last 1-3 paragraphs (with or without the 落款) repeated after the signature; for reports
    without a 落款, the whole document rendered twice.
      defect: …（十一）加强人才队伍建设。…⏎江岭市卫生健康委员会⏎2021年3月29日⏎（十一）加强人才队伍建设。…
      keep:   an attachment after the 落款 whose title repeats the 附件：… line of the body.
10. wrapline_twice  [not held]  remove.  Cause: text extracted from a hard-wrapped PDF (fixed N
    characters a line, N = 24..40) and re-flowed; overlapping text boxes emit one wrapped line twice,
    so a window of exactly N characters starting at a multiple of N repeats inside the paragraph,
    ignoring clause boundaries.
      defect: …（28-char window）（the same 28-char window）…
      keep:   a sentence whose two clauses legitimately share a long stretch: 市级医疗机构要在6月底前全部
              接入全民健康信息平台，县级医疗机构要在9月底前全部接入全民健康信息平台。
11. interleaved_copies  [not held]  remove.  Cause: a CMS migration that stored every paragraph of a
    section twice (old <p> with &nbsp; indentation + new plain <p>): each of 2-4 consecutive lines is
    followed by its copy indented with U+00A0 (from &nbsp;) or full-width spaces.  The indented copies go.
      defect: A⏎\\xa0\\xa0A⏎B⏎\\xa0\\xa0B
      keep:   责任单位 / 完成时限 lines repeated identically under each of consecutive tasks.
12. distant_sentence  [held]  FLAG.  Cause: an editor copying a sentence to move it and pasting it in
    another section without deleting the original; a distant repeat may also be deliberate emphasis,
    so it is only flagged.  A sentence of paragraph i inserted at a sentence boundary of paragraph j,
    |i-j| >= 3.
      defect: 二、存在的主要问题⏎一是…；三是物业服务管理水平参差不齐，群众投诉较多。棚户区改造新开工1200套，基本建成980套。
              (the last sentence belongs to （二）住房保障持续加强 four lines up)
      keep:   a refrain in two sections (坚持以人民为中心的发展思想不动摇。), the same deadline sentence
              under two items, legal text citing its own article (…未在发现之日起5个工作日内向所在地
              卫生健康行政部门报告的，…).

Self-checks: raw minus the inserted spans == base; remove-defects want == base; flag/keep want == raw;
copied pieces are substrings of the base; ASCII punctuation only where the cause types it (per-kind
allow list); flag spans inside raw; raw unique; 8 defects + 4 keeps per kind.

Run: cd /work/main && python3 eval/probes/dup_b.py
"""
import glob
import json
import os
import random
import re
from collections import Counter

from probetext import lines_of, starts_of

SEED = 20250625
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
BASE_DIR = os.path.join(EVAL, "base", "tune")
OUT = os.path.join(EVAL, "out", "probes", "dup_b.jsonl")

BASES, META = {}, {}
for _p in sorted(glob.glob(os.path.join(BASE_DIR, "*.txt"))):
    _k = os.path.basename(_p)[:-4]
    BASES[_k] = open(_p, encoding="utf-8").read()
    _j = _p[:-4] + ".json"
    META[_k] = json.load(open(_j, encoding="utf-8")) if os.path.exists(_j) else {}
NAMES = list(BASES)
W_DOCS = [k for k in NAMES if k.startswith("w")]
G_DOCS = [k for k in NAMES if k.startswith("gwr")]
RULES = [k for k in NAMES if re.search(r"^第[一二三四五六七八九十]+条", BASES[k], re.M)]
DATE_RE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
SIGNED = [k for k in W_DOCS if DATE_RE.match(BASES[k].rstrip("\n").split("\n")[-1])]
W_PROSE = [k for k in W_DOCS if k not in RULES]                                  # 通知/要点/方案/总结
PLAN_DOCS = [k for k in W_PROSE if re.search("要点|方案|通知", BASES[k].split("\n")[0])]

CNUM = "一二三四五六七八九十"
HEAD_RE = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+章)")
MARK_RE = re.compile(r"^(?:（(?P<a>[一二三四五六七八九十]+)）|\((?P<b>[一二三四五六七八九十]+)\)|(?P<c>[一二三四五六七八九十]+)、"
                     r"|(?P<d>\d{1,2})[.．、](?!\d)|（(?P<e>\d{1,2})）|第(?P<f>[一二三四五六七八九十]+)[条章]　?)")
CONNECTORS = ["同时，", "此外，", "另外，", "与此同时，"]

TOPIC = {"w01": "卫生健康", "w03": "住房城乡建设", "w05": "市场监管", "w07": "道路运输安全", "w09": "乡村旅游",
         "w11": "依法执业", "w13": "医疗保障", "w15": "卫生健康", "w17": "就业服务", "w19": "交通运输",
         "w21": "大气污染防治", "w23": "安全生产", "w25": "市场监管"}
G_TOPICS = ["就业", "社会保障", "义务教育", "生态环境保护", "安全生产", "科技创新", "农村公路建设"]
UNITS = ["办公室", "规划财务科", "政策法规科", "行政审批科", "综合执法大队", "相关业务科室"]
PLACES = ["东城街道", "西城街道", "桃源镇", "柳湾镇", "石门乡", "青山镇", "河口镇", "新华街道"]


# ------------------------------------------------------------------ text helpers


def cn2int(s):
    if len(s) == 1:
        return CNUM.index(s) + 1
    if s[0] == "十":
        return 10 + CNUM.index(s[1]) + 1
    if s[-1] == "十":
        return (CNUM.index(s[0]) + 1) * 10
    a, b = s.split("十")
    return (CNUM.index(a) + 1) * 10 + CNUM.index(b) + 1


def mark_value(m):
    for g in "abcf":
        if m.group(g):
            return cn2int(m.group(g))
    for g in "de":
        if m.group(g):
            return int(m.group(g))
    return None


def is_heading(l):
    return bool(HEAD_RE.match(l)) and len(l) <= 40 and "。" not in l and l[-1] not in "；：，"


def year_of(name):
    d = META[name].get("written_date") or ""
    m = re.match(r"(\d{4})", d)
    return int(m.group(1)) if m else 2021


def content_range(name):
    L = lines_of(BASES[name])
    first = next(i for i in range(1, len(L)) if "。" in L[i])
    last = len(L) - 3 if name in SIGNED else len(L) - 1
    while L[last].startswith("附件"):
        last -= 1
    return first, last


def body(name, minlen=20, maxlen=100000):
    L = lines_of(BASES[name])
    a, b = content_range(name)
    return [i for i in range(a, b + 1) if not is_heading(L[i]) and "。" in L[i] and minlen <= len(L[i]) <= maxlen]


def sentences(par):
    """(start, end) of sentences ending in 。！？ outside quotes/brackets."""
    res, s, depth = [], 0, 0
    for i, ch in enumerate(par):
        if ch in "“《（":
            depth += 1
        elif ch in "”》）":
            depth = max(0, depth - 1)
        elif ch in "。！？" and depth == 0:
            res.append((s, i + 1))
            s = i + 1
    return res


def build(base, ins):
    """ins: list of (pos_in_base, [(text, 'copy'|'typed'), ...]); returns raw and spans in raw."""
    ins = sorted(ins, key=lambda x: x[0])
    assert len({p for p, _ in ins}) == len(ins)
    out, spans, last, shift = [], [], 0, 0
    for pos, pieces in ins:
        text = "".join(t for t, _ in pieces)
        out.append(base[last:pos])
        out.append(text)
        spans.append((pos + shift, pos + shift + len(text)))
        shift += len(text)
        last = pos
    out.append(base[last:])
    return "".join(out), spans


def R(name, ins, mode, note, flag_i=0):
    return {"name": name, "ins": ins, "mode": mode, "note": note, "flag_i": flag_i}


def T(s):
    return (s, "typed")


def C(s):
    return (s, "copy")


def insert_lines_after(name, i, new_lines):
    L = lines_of(BASES[name])
    S = starts_of(L)
    return (S[i] + len(L[i]), [T("\n" + "\n".join(new_lines))])


def insert_sentence(rng, name, sent, idx=None):
    L = lines_of(BASES[name])
    S = starts_of(L)
    cand = idx if idx is not None else body(name, 30)
    if not cand:
        return None
    i = rng.choice(cand)
    ss = sentences(L[i])
    if not ss:
        return None
    cut = rng.choice([e for _, e in ss])
    return (S[i] + cut, [T(sent)]), i


def plain_digits_split(par, p):
    """True when position p splits a run of digits / a decimal."""
    return p > 0 and p < len(par) and re.match(r"[0-9０-９.．%％]", par[p - 1]) and re.match(r"[0-9０-９.．%％]", par[p])


# ====================================================================== 1 renumbered_copy
def d_renumbered(rng):
    name = rng.choice(NAMES)
    L = lines_of(BASES[name])
    S = starts_of(L)
    cand = [i for i in body(name, 20) if MARK_RE.match(L[i]) and not MARK_RE.match(L[i]).group("f")]
    if not cand:
        return None
    i = rng.choice(cand)
    l = L[i]
    m = MARK_RE.match(l)
    n, rest = mark_value(m), l[m.end():]
    if len(rest) < 12:
        return None
    v = rng.choice(["dot", "dot", "dun", "fwdot", "lost", "lost", "width", "paren"])
    if v == "dot":
        nm = f"{n}."
    elif v == "dun":
        nm = f"{n}、"
    elif v == "fwdot":
        nm = f"{n}．"
    elif v == "lost":
        nm = ""
    elif v == "paren":
        nm = f"({n})"
    else:
        if m.group("a"):
            nm = f"({m.group('a')})"
        elif m.group("b"):
            nm = f"（{m.group('b')}）"
        elif m.group("e"):
            nm = f"({m.group('e')})"
        elif m.group("d"):
            nm = m.group(0).replace(".", "．") if "." in m.group(0) else m.group(0).replace("．", ".").replace("、", ".")
        else:
            nm = f"{n}."
    if nm == m.group(0) or (nm and nm[-1] in ".．、" and rest[0].isdigit()):
        return None
    ins = [(S[i] + len(l), [T("\n"), T(nm), C(rest)])]
    return R(name, ins, "remove", f"line {i} repeated on the next line with marker {m.group(0)!r} -> {nm!r} ({v})")


def k_renumbered(rng):
    name = rng.choice([k for k in SIGNED if k not in RULES])
    L = lines_of(BASES[name])
    leads = []
    for i in body(name, 20):
        m = MARK_RE.match(L[i])
        if m and m.group("a") and "。" in L[i]:
            lead = L[i][m.end():L[i].index("。")]
            if 4 <= len(lead) <= 20 and "，" not in lead:
                leads.append(lead)
    if len(leads) < 2:
        return None
    k = min(len(leads), rng.choice([2, 3]))
    pick = sorted(rng.sample(range(len(leads)), k))
    y = year_of(name)
    rows = ["各项重点任务分工如下："]
    for r, j in enumerate(pick, 1):
        rows.append(f"{r}.{leads[j]}。牵头单位：{rng.choice(UNITS)}；完成时限：{y}年{rng.randint(6, 12)}月底前。")
    a, b = content_range(name)
    return R(name, [insert_lines_after(name, b, rows)], "keep",
             f"task-division list before the signature repeats {k} task names under new numbers")


# ====================================================================== 2 block_twice
def d_block_twice(rng):
    name = rng.choice(NAMES)
    L = lines_of(BASES[name])
    S = starts_of(L)
    a, b = content_range(name)
    m = rng.choice([2, 2, 3])
    cand = [i for i in range(a, b - m + 2) if any("。" in L[x] for x in range(i, i + m))
            and sum(len(L[x]) for x in range(i, i + m)) <= 3000]
    if not cand:
        return None
    i = rng.choice(cand)
    j = i + m - 1
    p = rng.randint(2, 6)
    sep = rng.choice(["", "- {p} -", "－{p}－", "—{p}—", "第{p}页", "第{p}页 共{q}页", None])
    block = "\n".join(L[i:j + 1])
    pieces = [T("\n")]
    if sep is not None:
        pieces += [T(sep.format(p=p, q=p + rng.randint(1, 4))), T("\n")]
    pieces.append(C(block))
    return R(name, [(S[j] + len(L[j]), pieces)], "remove",
             f"lines {i}-{j} rendered twice, copy after page footer {sep!r}")


TABLE_PROJECTS = {"w03": ["老旧小区改造", "污水管网改造", "城市道路新建"], "w09": ["乡村旅游公路", "旅游厕所", "生态停车场"],
                  "w19": ["农村公路提质", "危桥改造", "国省干线改造"], "w21": ["清洁取暖改造", "工业炉窑治理", "燃煤锅炉淘汰"],
                  "w01": ["乡镇卫生院改造", "发热门诊改造", "核酸检测实验室"], "w15": ["社区卫生服务中心提档", "村卫生室标准化"]}


def k_block_twice(rng):
    name = rng.choice(list(TABLE_PROJECTS))
    cand = body(name, 30)
    i = rng.choice(cand)
    y = year_of(name)
    unit = rng.choice(["单位：万元", "金额单位：万元"])
    head = rng.choice(["序号　项目名称　实施地点　投资额", "序号　项目名称　实施地点　计划投资", "序号　项目名称　建设地点　总投资"])
    projs = rng.sample(TABLE_PROJECTS[name], 2)
    rows = []
    for t, pj in enumerate(projs, 1):
        rows += [f"表{t}　{y}年{pj}项目安排", unit, head]
        for r, pl in enumerate(rng.sample(PLACES, rng.randint(1, 3)), 1):
            rows.append(f"{r}　{pj}项目　{pl}　{rng.randint(12, 98) * 10}")
    return R(name, [insert_lines_after(name, i, rows)], "keep",
             f"two different tables with the same unit line and header row ({head[:8]}…)")


# ====================================================================== 3 connector_copy
def d_connector(rng):
    name = rng.choice(NAMES)
    L = lines_of(BASES[name])
    S = starts_of(L)
    cand = []
    for i in body(name, 30):
        ss = sentences(L[i])
        for k, (s, e) in enumerate(ss):
            sent = L[i][s:e]
            if 12 <= len(sent) <= 120 and not MARK_RE.match(sent) and not sent.startswith(("——", "“")):
                cand.append((i, s, e))
    if not cand:
        return None
    i, s, e = rng.choice(cand)
    sent = L[i][s:e]
    hit = [c for c in CONNECTORS if sent.startswith(c)]
    if hit:
        pieces = [C(sent[len(hit[0]):])]
        note = f"sentence repeated right after itself with connector {hit[0]!r} dropped"
    else:
        c = rng.choice(CONNECTORS)
        if L[i][e:].startswith(c):
            return None
        pieces = [T(c), C(sent)]
        note = f"sentence repeated right after itself with connector {c!r} added"
    return R(name, [(S[i] + e, pieces)], "flag", note)


def k_connector(rng):
    name = rng.choice(W_PROSE)
    t = TOPIC.get(name) or rng.choice(G_TOPICS)
    a, b = rng.randint(2, 9) * 100, rng.randint(1, 9) * 50
    mth = rng.randint(3, 11)
    forms = [
        f"市级财政安排专项资金{a}万元，用于支持{t}重点项目建设。同时，县级财政安排配套资金{b}万元，用于支持{t}重点项目建设。",
        f"市直各部门要在{mth}月底前报送{t}工作总结。与此同时，各县区要在{mth}月底前报送{t}工作总结。",
        f"各乡镇要确定1名分管领导具体负责{t}工作。此外，各村（社区）要确定1名专干具体负责{t}工作。",
        f"市级层面要建立{t}工作月调度机制。同时，县级层面也要建立{t}工作月调度机制。",
    ]
    s = rng.choice(forms)
    r = insert_sentence(rng, name, s)
    if not r:
        return None
    ins, i = r
    return R(name, [ins], "keep", f"parallel sentence pair joined by a connector, inserted in line {i}: {s[:14]}…")


# ====================================================================== 4 teaser_copy
TEASER_END = ["……", "…", "...", "…【详细】", "【详细】", "[详细]", "...阅读全文", "阅读全文>>", "…查看全文"]


def d_teaser(rng):
    name = rng.choice(NAMES)
    L = lines_of(BASES[name])
    S = starts_of(L)
    cand = body(name, 40)
    i = rng.choice(cand)
    par = L[i]
    hi = min(len(par) - 8, 90)
    if hi < 16:
        return None
    if rng.random() < 0.4:
        ps = [m.start() for m in re.finditer("[，、；]", par) if 16 <= m.start() <= hi]
        if not ps:
            return None
        k = rng.choice(ps)
    else:
        k = rng.randint(16, hi)
    if plain_digits_split(par, k):
        return None
    end = rng.choice(TEASER_END)
    where = rng.choice(["before", "before", "after", "after", "glued"])
    head = par[:k]
    if where == "before":
        ins = (S[i], [C(head), T(end), T("\n")])
    elif where == "after":
        ins = (S[i] + len(par), [T("\n"), C(head), T(end)])
    else:
        ins = (S[i], [C(head), T(end)])
    return R(name, [ins], "remove", f"teaser ({k} chars + {end!r}) of line {i}, {where}")


def k_teaser(rng):
    name = rng.choice(W_PROSE)
    L = lines_of(BASES[name])
    t = TOPIC.get(name) or rng.choice(G_TOPICS)
    v = rng.choice(["enum", "quote", "annex", "enum2"])
    if v == "enum":
        s = f"组织开展{t}宣传“进机关、进企业、进学校、进社区……”系列活动，营造浓厚氛围。"
    elif v == "enum2":
        s = f"从“有没有”到“好不好”……{t}工作的着力点正在发生深刻变化。"
    elif v == "annex":
        s = rng.choice(["具体评分标准详见附件。", "具体实施细则详见附件2。", f"{t}工作考核细则另行制定，详细内容见附件。"])
    else:
        cl = []
        for i in body(name, 30):
            for s0, e0 in sentences(L[i]):
                sent = L[i][s0:e0]
                c = sent.split("，")[0]
                if 8 <= len(c) <= 20 and re.match("坚持|落实|推进|加强|完善|深化|强化|严格|建立|健全|推动|提升|实施|开展", c) \
                        and not re.search(r"[“”\d]", c):
                    cl.append(c)
        if not cl:
            return None
        s = f"各单位要对照“{rng.choice(cl)}……”的要求，逐项抓好落实。"
    r = insert_sentence(rng, name, s)
    if not r:
        return None
    ins, i = r
    return R(name, [ins], "keep", f"legitimate ellipsis / 详见 ({v}) in line {i}: {s[:14]}…")


# ====================================================================== 5 split_overlap
def d_split_overlap(rng):
    name = rng.choice(NAMES)
    L = lines_of(BASES[name])
    S = starts_of(L)
    i = rng.choice(body(name, 60))
    par = L[i]
    p = rng.randint(20, len(par) - 15)
    if par[p - 1] in "。！？" or plain_digits_split(par, p):
        return None
    k = rng.randint(3, 14)
    frag = par[p - k:p]
    if par[p:p + k] == frag or plain_digits_split(par, p - k):
        return None
    pg = rng.randint(2, 5)
    sep = rng.choice(["\n", "\n", "\n", "\n\n", f"\n- {pg} -\n", f"\n第{pg}页\n"])
    return R(name, [(S[i] + p, [T(sep), C(frag)])], "remove",
             f"line {i} broken at {p} with page join {sep!r} and {k}-char overlap {frag!r}")


def k_split_overlap(rng):
    name = rng.choice(NAMES)
    t = TOPIC.get(name) or rng.choice(G_TOPICS)
    pairs = [
        ("各项工作能否见到成效，关键在于狠抓落实。", "狠抓落实，必须压实责任、细化措施、强化督办，确保各项任务按期完成。"),
        (f"做好{t}工作，根本在于人民群众的支持和参与。", f"人民群众的支持和参与，是做好{t}工作的力量源泉。"),
        ("推动高质量发展，必须持续优化营商环境。", "持续优化营商环境，就是解放生产力、提高竞争力。"),
        (f"要把{t}作为一项长期任务，常抓不懈。", "常抓不懈，才能见到实效。"),
        ("抓改革、促发展，最终要落到惠民生上。", "落到惠民生上，就要多办顺民意、惠民生、暖民心的实事。"),
    ]
    pr = rng.choice(pairs)
    i = rng.choice(body(name, 30))
    return R(name, [insert_lines_after(name, i, list(pr))], "keep", f"顶真 paragraph pair after line {i}: {pr[1][:8]}…")


# ====================================================================== 6 page_head_item
def d_page_head_item(rng):
    name = rng.choice(NAMES)
    L = lines_of(BASES[name])
    S = starts_of(L)
    a, b = content_range(name)
    cand = [i for i in range(a, b + 1) if MARK_RE.match(L[i]) and 8 <= len(L[i]) <= 80 and L[i][-1] in "；。"]
    if not cand:
        return None
    i = rng.choice(cand)
    title = L[0]
    p = rng.randint(1, 4)
    q = p + rng.randint(1, 3)
    chrome = rng.choice([[title], [f"第{p}页 共{q}页", title], [title, f"- {p + 1} -"], [f"- {p} -", title],
                         [f"{p}/{q}", title], [title, f"第{p + 1}页"]])
    pieces = [T("\n")]
    for c in chrome:
        pieces += [C(c) if c == title else T(c), T("\n")]
    pieces.append(C(L[i]))
    return R(name, [(S[i] + len(L[i]), pieces)], "remove",
             f"item line {i} repeated after page chrome {chrome!r}")


SECOND_LISTS = [
    # (document, the article / paragraph the second list follows, its lead-in, its items); one item of each
    # is word for word an item of a first list of the same document (a report, a check, a query covering
    # the same items)
    ("w11", "第八条", "自查报告应当包括下列内容：",
     ["（一）医疗机构资质管理情况；", "（二）医务人员资质管理情况；", "（三）自查发现问题的整改情况。"]),
    ("w11", "第九条", "卫生健康行政部门开展医疗机构校验时，应当重点核查下列事项：",
     ["（一）医疗机构资质管理情况；", "（二）依法执业自查工作制度建立情况；", "（三）自查报告报送情况。"]),
    ("w23", "第八条", "举报人可以通过下列方式查询举报办理情况：",
     ["（一）拨打“12350”安全生产举报投诉电话；", "（二）通过区应急管理局门户网站举报信箱查询。"]),
    ("w21", "（三）严格考核问责", "年度考核重点包括下列事项：",
     ["（1）严禁新增钢铁、水泥熟料、平板玻璃等产能。", "（2）重污染天气应急减排措施落实情况。"]),
    ("w23", "第十条", "举报奖励资金的发放应当符合下列要求：",
     ["（一）专款专用，不得挪作他用；", "（二）按照核查结果据实发放；", "（三）单个举报事项的奖励金额最高不超过30万元。"]),
]


def k_page_head_item(rng):
    name, after, intro, items = rng.choice(SECOND_LISTS)
    L = lines_of(BASES[name])
    j = next(k for k, l in enumerate(L) if l.startswith(after))
    dup = [it for it in items if it in L]
    assert dup, (name, after)
    return R(name, [insert_lines_after(name, j, [intro] + items)], "keep",
             f"item {dup[0][:14]!r} listed again in a second list after line {j}")


# ====================================================================== 7 heading_glued
def d_heading_glued(rng):
    name = rng.choice(NAMES)
    L = lines_of(BASES[name])
    S = starts_of(L)
    a, b = content_range(name)
    cand = [i for i in range(1, b) if is_heading(L[i]) and i + 1 <= b and not is_heading(L[i + 1])
            and "。" in L[i + 1] and len(L[i + 1]) >= 10]
    if not cand:
        return None
    i = rng.choice(cand)
    h = L[i]
    m = HEAD_RE.match(h)
    keep_marker = rng.random() < 0.6
    head = h if keep_marker else h[m.end():].lstrip("　")
    if len(head) < 2:
        return None
    sep = rng.choice(["", "", "　"])
    return R(name, [(S[i + 1], [C(head), T(sep)])], "remove",
             f"heading {h[:14]!r} glued again to the start of its paragraph ({'with' if keep_marker else 'without'} marker, sep {sep!r})")


BAD_HEAD_END = ("要求", "措施", "目标", "重点", "步骤", "情况", "问题", "不足", "打算", "计划", "总则", "附则", "回顾", "内容",
                "管理", "监督", "建设", "任务", "工作", "建议")


def k_heading_glued(rng):
    name = rng.choice(PLAN_DOCS + G_DOCS)
    L = lines_of(BASES[name])
    a, b = content_range(name)
    cand = []
    for i in range(1, b):
        if is_heading(L[i]):
            m = HEAD_RE.match(L[i])
            ht = L[i][m.end():].strip("　")
            if 8 <= len(ht) <= 24 and not ht.endswith(BAD_HEAD_END) and not re.search(r"[“”《》（）()，、]", ht) \
                    and not re.match(r"\d", ht) and not L[i][m.end():].startswith("第"):
                cand.append((i, ht))
    if not cand:
        return None
    i, ht = rng.choice(cand)
    suf = rng.choice(["，是当前和今后一个时期的一项重要任务。", "，事关改革发展稳定大局。", "，必须坚持不懈、久久为功。",
                      "，关键是要抓好以下几项工作。"])
    return R(name, [insert_lines_after(name, i, [ht + suf])], "keep",
             f"lead sentence restating heading {ht[:10]!r} after line {i}")


# ====================================================================== 8 ocr_overlap_copy
OCR_SWAP = {"已": "己", "己": "已", "未": "末", "末": "未", "人": "入", "入": "人", "日": "曰", "土": "士", "士": "土",
            "于": "干", "干": "于", "问": "间", "间": "问", "大": "太", "今": "令", "令": "今", "王": "玉", "力": "刀",
            "万": "方", "方": "万", "见": "贝", "自": "白", "白": "自", "目": "日", "治": "冶", "准": "淮", "拨": "拔",
            "候": "侯", "0": "O", "1": "l", "5": "S", "8": "B", "率": "串", "责": "贵", "设": "没"}


def d_ocr(rng):
    name = rng.choice(NAMES)
    L = lines_of(BASES[name])
    S = starts_of(L)
    cand = body(name, 20, 220)
    if not cand:
        return None
    i = rng.choice(cand)
    par = L[i]
    v = rng.choice(["drop", "drop", "swap", "swap", "swap", "punct"])
    if v == "drop":
        pos = [k for k, ch in enumerate(par) if "\u4e00" <= ch <= "\u9fff" and k > 2]
        if not pos:
            return None
        k = rng.choice(pos)
        pieces = [C(par[:k]), C(par[k + 1:])]
        what = f"dropped {par[k]!r}"
    elif v == "swap":
        pos = [k for k, ch in enumerate(par) if ch in OCR_SWAP]
        if not pos:
            return None
        k = rng.choice(pos)
        pieces = [C(par[:k]), T(OCR_SWAP[par[k]]), C(par[k + 1:])]
        what = f"misread {par[k]!r} as {OCR_SWAP[par[k]]!r}"
    else:
        pos = [k for k, ch in enumerate(par) if ch in "，、；" and k > 2]
        if not pos:
            return None
        k = rng.choice(pos)
        pieces = [C(par[:k]), C(par[k + 1:])]
        what = f"dropped {par[k]!r}"
    pieces = [T("\n")] + [p for p in pieces if p[0]]
    return R(name, [(S[i] + len(par), pieces)], "flag", f"line {i} read twice by OCR, the second reading {what}")


def k_ocr(rng):
    name = rng.choice(W_PROSE)
    t = TOPIC.get(name) or rng.choice(G_TOPICS)
    n1, n2 = rng.sample(range(3, 15), 2)
    x = rng.randint(85, 99)
    a1, a2 = rng.randint(10, 40), rng.randint(10, 40)
    pairs = [
        (f"上半年开展{t}联合执法检查{n1}次。", f"下半年开展{t}联合执法检查{n2}次。"),
        (f"城区学校食堂“明厨亮灶”覆盖率达到{x}%。", "农村学校食堂“明厨亮灶”覆盖率达到100%。"),
        (f"市级财政安排{t}补助资金{a1 * 10}万元。", f"县级财政安排{t}补助资金{a2 * 10}万元。"),
        (f"一季度受理{t}领域群众诉求{a1 * 10}件。", f"二季度受理{t}领域群众诉求{a2 * 10}件。"),
        (f"{PLACES[0]}建成{t}工作站{n1}个。", f"{PLACES[1]}建成{t}工作站{n2}个。"),
    ]
    pr = rng.choice(pairs)
    if pr[0][2:] == pr[1][2:]:
        return None
    i = rng.choice(body(name, 30))
    return R(name, [insert_lines_after(name, i, list(pr))], "keep",
             f"two lines differing in one word and figure after line {i}: {pr[0][:8]}/{pr[1][:8]}")


# ====================================================================== 9 tail_after_signature
def d_tail(rng):
    name = rng.choice(NAMES)
    base = BASES[name]
    L = lines_of(base)
    blank = rng.random() < 0.3
    lead = [T("\n")] if blank else []
    if name not in SIGNED:
        if name in RULES:
            return None
        copy = base
        return R(name, [(len(base), lead + [C(copy)])], "remove", f"whole document rendered twice (blank={blank})")
    a, b = content_range(name)
    v = rng.choice(["whole", "body", "last", "last", "last_sig"])
    if v == "whole":
        copy = base
    elif v == "body":
        copy = "\n".join(L[1:]) + "\n"
    else:
        m = rng.randint(1, 3)
        tail = L[b - m + 1:b + 1]
        if v == "last_sig":
            tail += L[-2:]
        copy = "\n".join(tail) + "\n"
    return R(name, [(len(base), lead + [C(copy)])], "remove", f"{v} repeated after the signature (blank={blank})")


def k_tail(rng):
    name = rng.choice([k for k in SIGNED if k not in RULES])
    L = lines_of(BASES[name])
    a, b = content_range(name)
    ann = [l for l in L if l.startswith("附件：")]
    if ann:
        x = ann[0][3:]
        ins = []
    else:
        x = rng.choice([f"{year_of(name)}年重点工作任务分解表", "工作进展情况统计表", "联络员信息表", "问题整改台账"])
        ins = [insert_lines_after(name, b, [f"附件：{x}"])]
    head = rng.choice(["序号　问题描述　整改措施　责任单位　整改时限", "序号　单位名称　工作任务　完成情况　备注",
                       "序号　单位　姓名　职务　联系电话"])
    after = ["附件", x, head, "填报单位（盖章）：　　　　填报人：　　　　填报日期："]
    S = starts_of(L)
    ins.append((len(BASES[name]), [T("\n".join(after) + "\n")]))
    return R(name, ins, "keep", f"attachment after the signature repeating the body's 附件 line {x!r}", flag_i=len(ins) - 1)


# ====================================================================== 10 wrapline_twice
def d_wrapline(rng):
    name = rng.choice(NAMES)
    L = lines_of(BASES[name])
    S = starts_of(L)
    n = rng.randint(24, 40)
    cand = [i for i in body(name, 2 * n + 10)]
    if not cand:
        return None
    i = rng.choice(cand)
    par = L[i]
    ks = [k for k in range(0, len(par) // n) if (k + 1) * n <= len(par) - 5]
    if not ks:
        return None
    k = rng.choice(ks[:12])
    s, e = k * n, (k + 1) * n
    seg = par[s:e]
    if par[e:e + n] == seg or plain_digits_split(par, s) or plain_digits_split(par, e):
        return None
    return R(name, [(S[i] + e, [C(seg)])], "remove", f"wrapped line {k} (width {n}) of line {i} emitted twice")


def k_wrapline(rng):
    name = rng.choice(W_PROSE)
    t = TOPIC[name]
    m1, m2 = sorted(rng.sample(range(3, 12), 2))
    p1, p2 = rng.sample(PLACES, 2)
    forms = [
        f"{p1}要在{m1}月底前完成{t}领域问题整改并报送整改报告，{p2}要在{m2}月底前完成{t}领域问题整改并报送整改报告。",
        f"市级财政补助资金要在{m1}月底前全部拨付到位，县级配套资金要在{m2}月底前全部拨付到位。",
        f"新建项目要同步规划、同步建设{t}配套设施，改扩建项目也要同步规划、同步建设{t}配套设施。",
    ]
    if name in ("w01", "w13", "w15"):
        forms.append(f"市级医疗机构要在{m1}月底前全部接入全民健康信息平台，县级医疗机构要在{m2}月底前全部接入全民健康信息平台。")
    if name in ("w07", "w21", "w05", "w25"):
        forms.append("对发现重大隐患的，一律责令停产停业整顿并依法从重处罚；对拒不整改重大隐患的，一律责令停产停业整顿并依法从重处罚。")
    s = rng.choice(forms)
    r = insert_sentence(rng, name, s)
    if not r:
        return None
    ins, i = r
    return R(name, [ins], "keep", f"sentence with two clauses sharing a long stretch in line {i}: {s[:12]}…")


# ====================================================================== 11 interleaved_copies
def d_interleaved(rng):
    name = rng.choice(NAMES)
    L = lines_of(BASES[name])
    S = starts_of(L)
    a, b = content_range(name)
    m = rng.choice([2, 2, 3, 4])
    cand = [i for i in range(a, b - m + 2) if sum(len(L[x]) for x in range(i, i + m)) <= 2500
            and any("。" in L[x] for x in range(i, i + m))]
    if not cand:
        return None
    i = rng.choice(cand)
    ind = rng.choice(["\u00a0\u00a0", "\u00a0\u00a0\u00a0\u00a0", "　　", "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0"])
    ins = [(S[x] + len(L[x]), [T("\n" + ind), C(L[x])]) for x in range(i, i + m)]
    return R(name, ins, "remove", f"lines {i}-{i + m - 1} each followed by a copy indented with {ind!r}")


def k_interleaved(rng):
    name = rng.choice(PLAN_DOCS)
    L = lines_of(BASES[name])
    a, b = content_range(name)
    runs = []
    for i in range(a, b):
        m0, m1 = MARK_RE.match(L[i]), MARK_RE.match(L[i + 1])
        if m0 and m1 and "。" in L[i] and "。" in L[i + 1] and not is_heading(L[i]) and not is_heading(L[i + 1]):
            runs.append(i)
    if not runs:
        return None
    i = rng.choice(runs)
    m = 3 if i + 2 <= b and MARK_RE.match(L[i + 2]) and "。" in L[i + 2] and rng.random() < 0.5 else 2
    y = year_of(name)
    lab = rng.choice([f"完成时限：{y}年12月底前", "责任单位：各县（市、区）人民政府", f"牵头单位：{rng.choice(UNITS)}；完成时限：长期坚持",
                      f"责任单位：{rng.choice(UNITS)}"])
    S = starts_of(L)
    ins = [(S[x] + len(L[x]), [T("\n" + lab)]) for x in range(i, i + m)]
    return R(name, ins, "keep", f"the same label line {lab!r} under each of {m} consecutive tasks")


# ====================================================================== 12 distant_sentence
def d_distant(rng):
    name = rng.choice(NAMES)
    L = lines_of(BASES[name])
    S = starts_of(L)
    base = BASES[name]
    src = []
    for i in body(name, 30):
        for s, e in sentences(L[i]):
            sent = L[i][s:e]
            if 15 <= len(sent) <= 150 and not MARK_RE.match(sent) and not sent.startswith("——") \
                    and base.count(sent) == 1:
                src.append((i, sent))
    if not src:
        return None
    i, sent = rng.choice(src)
    tgt = [j for j in body(name, 30) if abs(j - i) >= 3]
    if not tgt:
        return None
    j = rng.choice(tgt)
    ends = [e for _, e in sentences(L[j])]
    if not ends:
        return None
    e = rng.choice(ends)
    return R(name, [(S[j] + e, [C(sent)])], "flag", f"sentence of line {i} pasted again into line {j}")


def k_distant(rng):
    v = rng.choice(["refrain", "deadline", "legal", "legal"])
    if v == "legal":
        name = rng.choice(["w11", "w23"])
        L = lines_of(BASES[name])
        if name == "w11":
            j = next(k for k, l in enumerate(L) if l.startswith("第十条"))
            s = "医疗机构发现涉及违法违规行为的问题后，未在发现之日起5个工作日内向所在地卫生健康行政部门报告的，依照前款规定处理。"
        else:
            j = next(k for k, l in enumerate(L) if l.startswith("第九条"))
            s = "受理举报的部门工作人员违反本办法第八条规定，泄露举报人的个人信息的，依法给予处分。"
        S = starts_of(L)
        return R(name, [(S[j] + len(L[j]), [T(s)])], "keep", f"legal text citing its own article, appended to line {j}")
    if v == "refrain":
        name = rng.choice([k for k in NAMES if k not in RULES])
        s = rng.choice(["要始终坚持以人民为中心的发展思想不动摇。", "坚持稳中求进工作总基调不动摇。",
                        "坚持把人民群众生命安全和身体健康放在第一位不动摇。"])
        L = lines_of(BASES[name])
        b = [x for x in body(name, 30) if L[x].endswith("。")]
        if len(b) < 4:
            return None
        i = rng.choice(b[:len(b) // 2])
        j = rng.choice([x for x in b if x - i >= 3] or [None])
        if j is None:
            return None
    else:
        name = rng.choice(PLAN_DOCS)
        L = lines_of(BASES[name])
        b = [x for x in body(name, 20) if MARK_RE.match(L[x])]
        pairs = [(x, y) for x in b for y in b if y - x >= 2]
        if not pairs:
            return None
        i, j = rng.choice(pairs)
        s = f"进展情况请于{year_of(name)}年{rng.randint(6, 11)}月底前报送{rng.choice(UNITS)}。"
    L = lines_of(BASES[name])
    S = starts_of(L)
    ins = [(S[i] + len(L[i]), [T(s)]), (S[j] + len(L[j]), [T(s)])]
    return R(name, ins, "keep", f"{v} sentence {s[:12]!r} at the end of lines {i} and {j}")


# ====================================================================== driver
KINDS = [
    ("renumbered_copy", d_renumbered, k_renumbered, True),
    ("block_twice", d_block_twice, k_block_twice, False),
    ("connector_copy", d_connector, k_connector, False),
    ("teaser_copy", d_teaser, k_teaser, True),
    ("split_overlap", d_split_overlap, k_split_overlap, True),
    ("page_head_item", d_page_head_item, k_page_head_item, False),
    ("heading_glued", d_heading_glued, k_heading_glued, False),
    ("ocr_overlap_copy", d_ocr, k_ocr, True),
    ("tail_after_signature", d_tail, k_tail, True),
    ("wrapline_twice", d_wrapline, k_wrapline, False),
    ("interleaved_copies", d_interleaved, k_interleaved, False),
    ("distant_sentence", d_distant, k_distant, True),
]
N_DEFECT, N_KEEP = 8, 4
# ASCII punctuation (incl. space) each cause may TYPE; copies may carry whatever the base has
ALLOWED = {
    ("renumbered_copy", "defect"): set(".()"), ("renumbered_copy", "keep"): set("."),
    ("block_twice", "defect"): set("- "), ("teaser_copy", "defect"): set(".[]>"),
    ("split_overlap", "defect"): set("- "), ("page_head_item", "defect"): set("- /"),
    ("ocr_overlap_copy", "keep"): set("%"),
}


def check(kind, label, rec):
    name = rec["name"]
    base = BASES[name]
    raw, spans = build(base, rec["ins"])
    # raw minus the inserted spans is the base document
    rebuilt, last = [], 0
    for s, e in spans:
        rebuilt.append(raw[last:s])
        last = e
    rebuilt.append(raw[last:])
    assert "".join(rebuilt) == base, (kind, name)
    allowed = ALLOWED.get((kind, label), set())
    for _, pieces in rec["ins"]:
        for text, tag in pieces:
            if tag == "copy":
                assert text in base, (kind, text[:30])
            else:
                bad = {c for c in text if ord(c) < 128 and not c.isalnum() and c != "\n"} - allowed
                assert not bad, (kind, label, bad, text[:40])
    assert raw != base
    return raw, spans


def main():
    rng = random.Random(SEED)
    probes, seen = [], set()
    for kind, dfn, kfn, held in KINDS:
        for label, fn, n in (("defect", dfn, N_DEFECT), ("keep", kfn, N_KEEP)):
            got, tries = 0, 0
            while got < n:
                tries += 1
                assert tries < 5000, (kind, label)
                rec = fn(rng)
                if rec is None:
                    continue
                assert (rec["mode"] == "keep") == (label == "keep")
                raw, spans = check(kind, label, rec)
                if raw in seen:
                    continue
                seen.add(raw)
                flag = None
                if rec["mode"] == "remove":
                    want = BASES[rec["name"]]
                elif rec["mode"] == "flag":
                    want = raw
                    s, e = spans[rec["flag_i"]]
                    while raw[s] == "\n":
                        s += 1
                    while raw[e - 1] == "\n":
                        e -= 1
                    flag = [s, e]
                else:
                    want = raw
                probes.append({"id": None, "family": "dup_b", "kind": kind, "label": label, "held": held,
                               "raw": raw, "want": want, "flag": flag, "base": rec["name"], "note": rec["note"]})
                got += 1
    for k, p in enumerate(probes, 1):
        p["id"] = f"dup_b-{k:04d}"
    # ---- self-check of the records
    assert len({p["raw"] for p in probes}) == len(probes)
    held_kinds = {k for k, _, _, h in KINDS if h}
    assert len(held_kinds) * 2 == len(KINDS)
    for p in probes:
        base = BASES[p["base"]]
        if p["label"] == "keep":
            assert p["raw"] == p["want"] and p["flag"] is None, p["id"]
        elif p["flag"]:
            s, e = p["flag"]
            assert p["raw"] == p["want"] and 0 <= s < e <= len(p["raw"]), p["id"]
        else:
            assert p["want"] == base and p["raw"] != base, p["id"]
        assert p["held"] == (p["kind"] in held_kinds)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for p in probes:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    c = Counter((p["kind"], p["label"], p["held"]) for p in probes)
    for (k, l, h), n in sorted(c.items()):
        print(f"{k:22} {l:6} held={str(h):5} {n}")
    print("total", len(probes), "defects", sum(p["label"] == "defect" for p in probes),
          "(flag", sum(bool(p["flag"]) for p in probes), ") keeps", sum(p["label"] == "keep" for p in probes))


if __name__ == "__main__":
    main()
