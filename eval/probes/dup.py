#!/usr/bin/env python3
"""Blind probe generator, family "dup" (text repeated by crawler / CMS / copy-paste / pagination join).

Writes eval/out/probes/dup.jsonl.  stdlib only, fixed seed.
Every defect probe = base document + ONE repeated copy; want = base document (first copy kept).
Every keep probe = base document + ONE legitimate look-alike (want == raw).
"""
import glob, json, os, random, re

from probetext import lines_of

SEED = 20240524
BASE_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "base", "tune")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "out", "probes", "dup.jsonl")

BASES = {}
for p in sorted(glob.glob(os.path.join(BASE_DIR, "*.txt"))):
    BASES[os.path.basename(p)[:-4]] = open(p, encoding="utf-8").read()
W_DOCS = [k for k in BASES if k.startswith("w")]
RULES = [k for k in BASES if re.search(r"^第[一二三四五六七八九十]+条", BASES[k], re.M)]   # 办法/细则
PLAN_DOCS = [k for k in W_DOCS if re.search("要点|方案|通知", BASES[k].split("\n")[0])]
NONRULE = [k for k in BASES if k not in RULES]
SIGNED = [k for k in W_DOCS if re.match(r"^\d{4}年\d{1,2}月\d{1,2}日$", BASES[k].rstrip("\n").split("\n")[-1])]

HEAD_RE = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+章)")
ITEM_RE = re.compile(r"^(（[一二三四五六七八九十]+）|（\d+）|\d+[.．、]|第[一二三四五六七八九十]+条)")
CJK = re.compile(r"^[\u4e00-\u9fff]+$")


def join(lines):
    return "\n".join(lines) + "\n"


def is_heading(l):
    return bool(HEAD_RE.match(l)) and len(l) <= 40 and "。" not in l


def body_idx(lines, minlen=25, need_stop=True):
    """indices of body paragraphs (not title, not heading, not signature)."""
    out = []
    n = len(lines)
    for i, l in enumerate(lines):
        if i == 0 or i >= n - 2 and not l.endswith("。"):
            continue
        if is_heading(l) or len(l) < minlen:
            continue
        if need_stop and "。" not in l:
            continue
        out.append(i)
    return out


def sentences(par):
    """split a paragraph into sentences ending in 。！？ ; returns list of (start, end)."""
    res, s = [], 0
    depth = 0
    for i, ch in enumerate(par):
        if ch in "“《（":
            depth += 1
        elif ch in "”》）":
            depth = max(0, depth - 1)
        elif ch in "。！？" and depth == 0:
            res.append((s, i + 1))
            s = i + 1
    return res


# ---------------------------------------------------------------- helpers for variant copies
ASCII_MAP = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "。": "."}


def to_halfwidth_punct(s, rng):
    # a second rendering (mobile template / RSS feed) that uses ASCII punctuation
    out = []
    for ch in s:
        if ch in ASCII_MAP and (ch != "。" or rng.random() < 0.5):
            out.append(ASCII_MAP[ch])
        else:
            out.append(ch)
    r = "".join(out)
    return r if r != s else None


def fw_digits(s):
    r = "".join(chr(ord(c) - 0x30 + 0xFF10) if "0" <= c <= "9" else c for c in s)
    r = r.replace(".", "．").replace("%", "％")
    return r


def hw_digits(s):
    r = "".join(chr(ord(c) - 0xFF10 + 0x30) if "０" <= c <= "９" else c for c in s)
    r = r.replace("．", ".").replace("％", "%")
    return r


# ====================================================================== DEFECT KINDS
def k_sent_repeat(rng):
    """Cause: crawler / CMS — a <span> or sentence node emitted twice (rich-text editor double insert).
    One or two consecutive sentences repeated immediately, anywhere in a paragraph (often mid-paragraph)."""
    name = rng.choice(list(BASES))
    L = lines_of(BASES[name])
    cand = [i for i in body_idx(L, 30) if len(sentences(L[i])) >= 2]
    if not cand:
        return None
    i = rng.choice(cand)
    par = L[i]
    ss = sentences(par)
    j = rng.randrange(len(ss))
    span = 1 if rng.random() < 0.7 or j == len(ss) - 1 else 2
    s0, e0 = ss[j][0], ss[min(j + span, len(ss)) - 1][1]
    seg = par[s0:e0]
    if len(seg) < 8:
        return None
    raw_par = par[:e0] + seg + par[e0:]
    raw = L[:i] + [raw_par] + L[i + 1:]
    return join(raw), join(L), None, f"{span} sentence(s) repeated right after itself in para {i} ({'mid' if e0 < len(par) else 'end'} of paragraph)"


def k_para_repeat_next(rng):
    """Cause: CMS template renders the article body twice (desktop + mobile div) / crawler grabs <p> twice:
    a whole paragraph repeated on the next line."""
    name = rng.choice(list(BASES))
    L = lines_of(BASES[name])
    cand = body_idx(L, 20)
    i = rng.choice(cand)
    raw = L[:i + 1] + [L[i]] + L[i + 1:]
    return join(raw), join(L), None, f"paragraph {i} ({len(L[i])} chars) repeated on the next line"


def k_para_repeat_later(rng):
    """Cause: editor's copy-paste slip in Word (block pasted twice) / pagination join that re-renders
    a paragraph from the previous page: a paragraph repeated one or two paragraphs later."""
    name = rng.choice(list(BASES))
    L = lines_of(BASES[name])
    gap = rng.choice([1, 1, 2])
    cand = [i for i in body_idx(L, 30) if i + gap < len(L) - 2 and not is_heading(L[i + gap]) and
            all(not is_heading(L[i + g]) for g in range(1, gap + 1))]
    if not cand:
        return None
    i = rng.choice(cand)
    raw = L[:i + gap + 1] + [L[i]] + L[i + gap + 1:]
    return join(raw), join(L), None, f"paragraph {i} repeated again {gap} paragraph(s) later"


def k_title_repeat(rng):
    """Cause: CMS template prints the title in the page header AND the article body starts with the
    title again (crawler keeps both): title repeated as the first body line, sometimes centred with spaces."""
    name = rng.choice(list(BASES))
    L = lines_of(BASES[name])
    t = L[0]
    v = rng.choice(["exact", "exact", "indent", "spaced", "trail"])
    if v == "exact":
        c = t
    elif v == "indent":
        c = "　　" + t
    elif v == "spaced":
        c = "  " + t + "  "
    else:
        c = t + " "
    pos = 1
    if name.startswith("w") and re.search(r"〔\d{4}〕", L[1]) and rng.random() < 0.5:
        pos = 2   # after the 文号 line
    raw = L[:pos] + [c] + L[pos:]
    return join(raw), join(L), None, f"title repeated as body line {pos} ({v})"


def k_heading_repeat(rng):
    """Cause: Word-to-HTML export / CMS table of contents anchor: a section heading emitted twice,
    the copy on the next line."""
    name = rng.choice(list(BASES))
    L = lines_of(BASES[name])
    cand = [i for i, l in enumerate(L) if i > 0 and is_heading(l) and i + 1 < len(L)]
    if not cand:
        return None
    i = rng.choice(cand)
    c = L[i] if rng.random() < 0.75 else L[i] + rng.choice([" ", "　"])
    raw = L[:i + 1] + [c] + L[i + 1:]
    return join(raw), join(L), None, f"heading {L[i][:12]!r} repeated on the next line"


def k_page_stutter(rng):
    """Cause: pagination join (article split over several web pages / PDF pages; page 2 starts again with
    the last words of page 1): a half sentence stuttered, e.g. 推进重点项目建设推进重点项目建设，"""
    for _ in range(50):
        name = rng.choice(list(BASES))
        L = lines_of(BASES[name])
        cand = body_idx(L, 40)
        i = rng.choice(cand)
        par = L[i]
        at_punct = rng.random() < 0.5
        if at_punct:
            ps = [m.start() for m in re.finditer("[，、；]", par) if 12 < m.start() < len(par) - 5]
            if not ps:
                continue
            p = rng.choice(ps)
        else:
            p = rng.randrange(12, len(par) - 5)
        k = rng.randint(4, 11)
        frag = par[p - k:p]
        if not CJK.match(frag):
            continue
        if par[p:p + k] == frag or par[p - 2 * k:p - k] == frag:
            continue
        raw_par = par[:p] + frag + par[p:]
        raw = L[:i] + [raw_par] + L[i + 1:]
        return join(raw), join(L), None, f"{k}-char fragment {frag!r} stuttered at a page join ({'before punctuation' if at_punct else 'mid clause'})"
    return None


def k_variant_copy(rng):
    """Cause: two renderings of the same node glued together (mobile/RSS template with ASCII punctuation,
    PDF text layer with line wraps, old/new CMS with full-width digits, trailing period dropped): the copy
    on the next line differs only in punctuation width, spaces, a full stop or a line wrap."""
    for _ in range(50):
        name = rng.choice(list(BASES))
        L = lines_of(BASES[name])
        cand = body_idx(L, 30)
        i = rng.choice(cand)
        par = L[i]
        v = rng.choice(["ascii", "ascii", "space", "nostop", "wrap", "wrap", "digits", "indent"])
        if v == "ascii":
            c = to_halfwidth_punct(par, rng)
            if not c:
                continue
            cl = [c]
        elif v == "space":
            # justified-text extraction: spaces after punctuation
            c = re.sub("([，。；：、])", lambda m: m.group(1) + " ", par).rstrip()
            if c == par:
                continue
            cl = [c]
        elif v == "nostop":
            if not par.endswith("。"):
                continue
            cl = [par[:-1]]
        elif v == "wrap":
            if len(par) < 45:
                continue
            a = rng.randrange(15, len(par) - 10)
            if re.match(r"[0-9.．０-９%％]{2}", par[a - 1:a + 1]):
                continue
            b = rng.randrange(a + 8, len(par) - 2) if rng.random() < 0.4 and a + 8 < len(par) - 2 else None
            if b is not None and re.match(r"[0-9.．０-９%％]{2}", par[b - 1:b + 1]):
                continue
            cl = [par[:a], par[a:]] if b is None else [par[:a], par[a:b], par[b:]]
        elif v == "digits":
            if re.search("[0-9]", par):
                c = fw_digits(par)
            elif re.search("[０-９]", par):
                c = hw_digits(par)
            else:
                continue
            if c == par:
                continue
            cl = [c]
        else:
            cl = ["　　" + par]
        raw = L[:i + 1] + cl + L[i + 1:]
        return join(raw), join(L), None, f"paragraph {i} repeated on next line(s) as a variant copy ({v})"
    return None


def k_carry_over(rng):
    """Cause: pagination join (next page begins with the last line of the previous page; the crawler
    concatenates pages): last sentence of a paragraph repeated at the start of the next paragraph."""
    for _ in range(50):
        name = rng.choice(list(BASES))
        L = lines_of(BASES[name])
        cand = [i for i in body_idx(L, 30) if i + 1 < len(L) - 2 and len(sentences(L[i])) >= 2
                and len(L[i + 1]) >= 10]
        if not cand:
            continue
        i = rng.choice(cand)
        s, e = sentences(L[i])[-1]
        last = L[i][s:e]
        if e != len(L[i]) or len(last) < 8:
            continue
        raw = L[:i + 1] + [last + L[i + 1]] + L[i + 2:]
        return join(raw), join(L), None, f"last sentence of para {i} repeated at the start of para {i+1}"
    return None


def k_list_item_repeat(rng):
    """Cause: CMS list rendering / copy-paste from Word numbered list: a list item repeated (a numbered line
    on the next line, or an inline 一是/二是 item or ；-item repeated inside the paragraph)."""
    for _ in range(50):
        name = rng.choice(list(BASES))
        L = lines_of(BASES[name])
        if rng.random() < 0.55:
            cand = [i for i, l in enumerate(L) if i > 0 and ITEM_RE.match(l) and not (is_heading(l) and len(l) < 14)]
            if not cand:
                continue
            i = rng.choice(cand)
            raw = L[:i + 1] + [L[i]] + L[i + 1:]
            return join(raw), join(L), None, f"list item line {L[i][:10]!r} repeated on the next line"
        cand = []
        for i, l in enumerate(L):
            for m in re.finditer(r"(?:^|[；：。])((?:[一二三四五六七八九]是)[^；。]{6,80}[；])", l):
                cand.append((i, m.start(1), m.end(1)))
        if not cand:
            continue
        i, s, e = rng.choice(cand)
        item = L[i][s:e]
        raw_par = L[i][:e] + item + L[i][e:]
        return join(L[:i] + [raw_par] + L[i + 1:]), join(L), None, f"inline item {item[:6]!r}… repeated immediately"
    return None


def k_clause_repeat(rng):
    """Cause: editor's slip when pasting in the rich-text editor (clause pasted twice) or an input-method
    commit repeated: a clause between commas (or an enumeration element between 、) repeated inside a sentence."""
    for _ in range(80):
        name = rng.choice(list(BASES))
        L = lines_of(BASES[name])
        i = rng.choice(body_idx(L, 30))
        par = L[i]
        sep = "，" if rng.random() < 0.7 else "、"
        pos = [m.start() for m in re.finditer(sep, par)]
        if len(pos) < 2:
            continue
        k = rng.randrange(len(pos) - 1)
        a, b = pos[k] + 1, pos[k + 1] + 1      # clause = par[a:b] including trailing sep
        cl = par[a:b]
        lim = (4, 30) if sep == "，" else (2, 12)
        if not (lim[0] <= len(cl) - 1 <= lim[1]) or re.search("[。；“”《》（）]", cl):
            continue
        if par[b:b + len(cl)] == cl:
            continue
        raw_par = par[:b] + cl + par[b:]
        return join(L[:i] + [raw_par] + L[i + 1:]), join(L), None, f"clause {cl!r} repeated inside a sentence"
    return None


MARKERS = ["[2]", "[3]", "【2】", "【3】", "- 2 -", "－2－", "—3—", "2/3", "(2)", "第2页", "[1]"]


def k_marker_copy(rng):
    """Cause: paginated article / PDF join: the copy of the previous text is preceded by a stray page marker
    (page number '- 2 -', '2/3', '第2页', '[2]', '【2】'); marker and copy both go."""
    name = rng.choice(list(BASES))
    L = lines_of(BASES[name])
    mk = rng.choice(MARKERS)
    if rng.random() < 0.5:
        cand = [i for i in body_idx(L, 30) if len(sentences(L[i])) >= 2]
        if not cand:
            return None
        i = rng.choice(cand)
        par = L[i]
        ss = sentences(par)
        j = rng.randrange(len(ss))
        s0, e0 = ss[j]
        if e0 - s0 < 10:
            return None
        glue = rng.choice(["", " ", "  "])
        raw_par = par[:e0] + glue + mk + glue + par[s0:e0] + par[e0:]
        return join(L[:i] + [raw_par] + L[i + 1:]), join(L), None, f"sentence repeated after stray marker {mk!r}"
    i = rng.choice(body_idx(L, 20))
    if rng.random() < 0.5:
        cl = [mk, L[i]]
    else:
        cl = [mk + rng.choice(["", " "]) + L[i]]
    return join(L[:i + 1] + cl + L[i + 1:]), join(L), None, f"paragraph repeated after stray marker {mk!r}"


def k_signature_repeat(rng):
    """Cause: CMS template appends the 落款 (issuing body + date) from metadata while the body already
    contains it: the signature block (or one of its lines) repeated at the end."""
    name = rng.choice(SIGNED)
    L = lines_of(BASES[name])
    org, date = L[-2], L[-1]
    v = rng.choice(["both", "both", "org", "date", "both_sp"])
    if v == "both":
        add = [org, date]
    elif v == "both_sp":
        add = ["", org, date]
    elif v == "org":
        raw = L[:-1] + [org, date]
        return join(raw), join(L), None, "issuing body line repeated before the date"
    else:
        add = [date]
    raw = L + add
    return join(raw), join(L), None, f"signature block repeated at the end ({v})"


# ====================================================================== KEEP KINDS
TOPICS = ["安全生产", "食品安全", "疫情防控", "环境保护", "信访维稳", "耕地保护", "消防安全", "防汛抗旱",
          "校园安全", "燃气安全", "医保基金监管", "农民工工资支付"]
DEPTS = ["市发展改革委", "市财政局", "市教育局", "市民政局", "市住房城乡建设局", "市交通运输局", "市卫生健康委",
         "市市场监管局", "市生态环境局", "市自然资源局", "市农业农村局", "市应急管理局"]
PLACES = ["城东街道", "城西街道", "南湖镇", "北山镇", "白河乡", "清水镇", "临江街道", "石桥镇", "新城街道", "东湖镇"]
QUARTERS = ["一季度", "二季度", "三季度", "四季度"]


def parallel_sentence(rng):
    t = rng.choice(TOPICS)
    forms = [
        "严格落实管行业必须管{t}、管业务必须管{t}、管生产经营必须管{t}的要求，压紧压实各方责任。",
        "坚持问题导向、目标导向、结果导向，做到发现一起、查处一起、曝光一起。",
        "要以更高的标准、更严的要求、更实的举措抓好{t}工作，确保不出问题、少出问题。",
        "切实做到思想认识到位、组织领导到位、工作措施到位、责任落实到位。",
        "做到应查尽查、应改尽改、应处尽处，不留死角、不留盲区、不留隐患。",
        "坚持谁主管、谁负责，谁审批、谁监管，谁经营、谁负责的原则，落实{t}主体责任。",
        "把问题找准、把原因析透、把措施定实、把责任压紧，推动{t}工作取得实效。",
        "既要抓好当前{t}工作，又要谋划长远{t}工作；既要立足于防，又要着眼于治。",
        "一是抓宣传，营造良好氛围；二是抓排查，摸清风险底数；三是抓整改，消除风险隐患。",
        "一是加强组织领导，二是加强督促检查，三是加强宣传引导，四是加强队伍建设。",
        "能快则快、能早则早、能多则多，全力推动{t}各项任务落地见效。",
        "要全面排查有没有、够不够、好不好的问题，切实做到底数清、情况明、措施实。",
        "坚持党政同责、一岗双责、齐抓共管、失职追责，层层压实{t}责任。",
    ]
    return rng.choice(forms).format(t=t)


def insert_sentence_in_body(rng, sent, names=None):
    names = names or NONRULE
    name = rng.choice(names)
    L = lines_of(BASES[name])
    i = rng.choice(body_idx(L, 30))
    par = L[i]
    ss = sentences(par)
    cut = rng.choice([e for _, e in ss]) if ss else len(par)
    raw_par = par[:cut] + sent + par[cut:]
    raw = join(L[:i] + [raw_par] + L[i + 1:])
    return raw, i


def keep_parallel(rng):
    """Look-alike of clause_repeat / list_item_repeat. Real government usage: 排比 clauses and 一是…二是…
    refrains that share words or even repeat an identical short ending (确保责任落实到位；…确保责任落实到位)."""
    s = parallel_sentence(rng)
    raw, i = insert_sentence_in_body(rng, s)
    return raw, raw, None, f"parallel/refrain sentence inserted in para {i}: {s[:16]}…"


def keep_reduplication(rng):
    """Look-alike of page_stutter. Real usage: 一个问题一个问题解决, 一茬接着一茬干, 一张蓝图绘到底,
    层层压实, 逐户逐人 — a phrase legitimately repeated right after itself."""
    t = rng.choice(TOPICS)
    forms = [
        "坚持一张蓝图绘到底，一任接着一任干，推动各项任务落地见效。",
        "要一个问题一个问题解决，一个项目一个项目推进，一件事情一件事情落实。",
        "发扬钉钉子精神，一锤接着一锤敲，一茬接着一茬干。",
        "对排查出的问题，逐一建立台账，一项一项整改、一条一条销号。",
        "层层签订{t}责任书，层层传导压力，层层压实责任。",
        "组织干部逐村逐户走访，做到户户见面、人人知晓。",
        "推行一企一策、一园一策，分类分级开展{t}帮扶。",
        "坚持月月有主题、周周有活动，持续营造浓厚氛围。",
        "年年有新进展、年年有新变化，{t}工作取得明显成效。",
        "做到一户一档、一人一卡，实行动态管理。",
        "要一件一件抓落实、一项一项抓推进，确保事事有回音、件件有着落。",
    ]
    s = rng.choice(forms).format(t=t)
    raw, i = insert_sentence_in_body(rng, s)
    return raw, raw, None, f"legit reduplication sentence inserted in para {i}: {s[:16]}…"


def keep_near_copy(rng):
    """Look-alike of sent_repeat / para_repeat_next. Real usage: two adjacent sentences (or list lines)
    that differ only in one figure or one place name — not copies."""
    v = rng.choice(["place", "figure", "quarter", "lines"])
    n = rng.randint(2, 12)
    if v == "place":
        a, b = rng.sample(PLACES, 2)
        tpl = rng.choice(["在{p}设立便民服务站1个，配备专职工作人员{n}名。",
                          "{p}完成老旧小区改造{n}个，惠及居民群众。",
                          "在{p}开展“{t}进社区”集中宣传活动，发放宣传资料{m}份。"])
        m = rng.randint(3, 20) * 100
        t = rng.choice(TOPICS)
        s = tpl.format(p=a, n=n, m=m, t=t) + tpl.format(p=b, n=n, m=m, t=t)
        raw, i = insert_sentence_in_body(rng, s)
        return raw, raw, None, f"two adjacent sentences differing only in the place name ({a}/{b})"
    if v == "figure":
        x, y = rng.sample(range(15, 99), 2)
        pair = rng.choice([("城镇居民人均可支配收入增长{x}%。", "城镇", "农村"),
                           ("2022年完成项目投资{x}亿元。", "2022", "2023"),
                           ("上半年投诉举报按期办结率达到{x}%。", "上半年", "下半年"),
                           ("男性平均预期寿命达到{x}岁。", "男性", "女性")])
        tpl, a, b = pair
        if "岁" in tpl:
            x, y = rng.randint(74, 78), rng.randint(79, 83)
        elif "%" in tpl:
            x, y = x / 10 + 80 if "办结" in tpl else x / 10, y / 10 + 80 if "办结" in tpl else y / 10
            x, y = round(x, 1), round(y, 1)
        s = tpl.format(x=x) + tpl.format(x=y).replace(a, b)
        note = f"two sentences differing only in one qualifier ({a}/{b}) and one figure"
        raw, i = insert_sentence_in_body(rng, s)
        return raw, raw, None, note
    if v == "quarter":
        q = rng.sample(range(4), 2)
        q.sort()
        t = rng.choice(["检查经营主体{n}家次", "完成抽检{n}批次", "受理群众诉求{n}件", "开展联合执法{n}次"])
        n1, n2 = rng.randint(50, 900), rng.randint(50, 900)
        s = f"{QUARTERS[q[0]]}{t.format(n=n1)}，{QUARTERS[q[1]]}{t.format(n=n2)}。"
        raw, i = insert_sentence_in_body(rng, s)
        return raw, raw, None, "two clauses differing only in quarter and figure"
    # lines: two consecutive list lines in a w doc identical except the place
    name = rng.choice(W_DOCS)
    L = lines_of(BASES[name])
    i = rng.choice(body_idx(L, 20))
    a, b = rng.sample(PLACES, 2)
    tpl = rng.choice(["{p}：完成任务{n}项，完成率100%。", "{p}：建成示范点{n}个。"])
    lines = [tpl.format(p=a, n=n), tpl.format(p=b, n=n)]
    raw = join(L[:i + 1] + lines + L[i + 1:])
    return raw, raw, None, f"two list lines differing only in the place name ({a}/{b})"


def keep_repeated_label(rng):
    """Look-alike of heading_repeat / para_repeat_later. Real usage in 实施方案: every task carries the same
    责任单位/完成时限 line, or the same closing sentence once per item, or sub-headings 主要做法/存在问题
    under different parents."""
    v = rng.choice(["resp", "resp", "deadline", "closing", "subhead"])
    name = rng.choice(PLAN_DOCS if v in ("resp", "deadline", "closing") else [k for k in W_DOCS if k not in RULES])
    L = lines_of(BASES[name])
    cand = [i for i in range(1, len(L) - 3) if ITEM_RE.match(L[i]) and ITEM_RE.match(L[i + 1])
            and len(L[i]) > 14 and len(L[i + 1]) > 14]
    if not cand:
        return None
    i = rng.choice(cand)
    if v == "resp":
        d = rng.choice(DEPTS)
        lab = rng.choice(["责任单位：{d}", "牵头单位：{d}，配合单位：各区县人民政府", "责任单位：{d}、各区县人民政府"]).format(d=d)
        raw = L[:i + 1] + [lab] + [L[i + 1]] + [lab] + L[i + 2:]
    elif v == "deadline":
        lab = rng.choice(["完成时限：2024年12月底前", "完成时限：长期坚持", "时间安排：2023年6月底前完成"])
        raw = L[:i + 1] + [lab] + [L[i + 1]] + [lab] + L[i + 2:]
    elif v == "closing":
        s = rng.choice(["所需经费由县财政统筹解决。", "所需经费从部门预算中列支。", "具体方案另行制定。"])
        if not (L[i].endswith("。") and L[i + 1].endswith("。")):
            return None
        raw = L[:i] + [L[i] + s, L[i + 1] + s] + L[i + 2:]
        lab = s
    else:
        a, b = rng.sample(PLACES, 2)
        lab = "主要做法"
        blk = [f"①{a}", "主要做法：" + rng.choice(["推行网格化管理，落实包保责任。", "建立周调度机制，挂图作战。"]),
               "存在问题：" + rng.choice(["基层力量较为薄弱。", "资金保障不够有力。"]),
               f"②{b}", "主要做法：" + rng.choice(["引入第三方机构开展评估。", "开展“回头看”专项检查。"]),
               "存在问题：" + rng.choice(["群众参与度不高。", "部门协同有待加强。"])]
        raw = L[:i + 1] + blk + L[i + 1:]
    raw = join(raw)
    return raw, raw, None, f"same label/closing repeated once per item ({v}): {lab[:14]}"


def keep_table_rows(rng):
    """Look-alike of para_repeat_next / list_item_repeat. Real usage: an HTML table flattened to text (one row
    per line, cells separated by tabs/full-width spaces) whose rows share the same label/values."""
    name = rng.choice([k for k in W_DOCS if k not in RULES])
    L = lines_of(BASES[name])
    cand = [i for i in body_idx(L, 20) if i + 1 < len(L) and is_heading(L[i + 1])]
    if not cand:
        return None
    i = rng.choice(cand)
    sep = rng.choice(["\t", "　", " "])
    proj, d = rng.choice([("老旧小区改造", "市住房城乡建设局"), ("污水管网改造", "市住房城乡建设局"),
                          ("农村公路提质", "市交通运输局"), ("乡镇卫生院改造", "市卫生健康委"),
                          ("中小学校舍维修", "市教育局"), ("高标准农田建设", "市农业农村局")])
    rows = [sep.join(["序号", "项目名称", "实施地点", "责任单位", "完成时限"])]
    places = rng.sample(PLACES, rng.randint(2, 4))
    for k, p in enumerate(places, 1):
        rows.append(sep.join([str(k), proj, p, d, "2024年12月"]))
    if rng.random() < 0.5:
        rows.append(sep.join(["合计", f"{len(places)}个项目"]))
    raw = join(L[:i + 1] + rows + L[i + 1:])
    return raw, raw, None, f"flattened table, {len(places)} rows sharing project/department/deadline"


def keep_slogan_twice(rng):
    """Look-alike of clause_repeat / sent_repeat. Real usage: a slogan or policy formula quoted twice in one
    passage (once introduced, once applied)."""
    sl = rng.choice(["绿水青山就是金山银山", "人民城市人民建、人民城市为人民", "两个毫不动摇", "放管服",
                     "最多跑一次", "四个最严", "马上就办、办就办好", "安全第一、预防为主、综合治理"])
    forms = [
        "牢固树立“{s}”理念，自觉把“{s}”贯穿于工作全过程。",
        "认真落实“{s}”要求。各级各部门要对照“{s}”要求查找差距，逐项抓好整改。",
        "坚持“{s}”，以“{s}”的实际成效取信于民。",
        "围绕“{s}”开展专题学习，推动“{s}”落地落实。",
    ]
    s = rng.choice(forms).format(s=sl)
    raw, i = insert_sentence_in_body(rng, s)
    return raw, raw, None, f"slogan “{sl}” quoted twice in para {i}"


KINDS = [
    ("sent_repeat", "defect", k_sent_repeat, 11),
    ("para_repeat_next", "defect", k_para_repeat_next, 10),
    ("para_repeat_later", "defect", k_para_repeat_later, 10),
    ("title_repeat", "defect", k_title_repeat, 10),
    ("heading_repeat", "defect", k_heading_repeat, 10),
    ("page_stutter", "defect", k_page_stutter, 11),
    ("variant_copy", "defect", k_variant_copy, 12),
    ("carry_over", "defect", k_carry_over, 10),
    ("list_item_repeat", "defect", k_list_item_repeat, 10),
    ("clause_repeat", "defect", k_clause_repeat, 10),
    ("marker_copy", "defect", k_marker_copy, 10),
    ("signature_repeat", "defect", k_signature_repeat, 8),
    ("keep_parallel", "keep", keep_parallel, 11),
    ("keep_reduplication", "keep", keep_reduplication, 11),
    ("keep_near_copy", "keep", keep_near_copy, 10),
    ("keep_repeated_label", "keep", keep_repeated_label, 10),
    ("keep_table_rows", "keep", keep_table_rows, 9),
    ("keep_slogan_twice", "keep", keep_slogan_twice, 9),
]


def main():
    rng = random.Random(SEED)
    probes = []
    seen = set()
    for kind, label, fn, n in KINDS:
        got, tries = 0, 0
        while got < n:
            tries += 1
            assert tries < 2000, kind
            r = fn(rng)
            if r is None:
                continue
            raw, want, flag, note = r
            if raw in seen:
                continue
            seen.add(raw)
            probes.append({"id": None, "kind": kind, "label": label, "raw": raw, "want": want,
                           "flag": flag, "note": note})
            got += 1
    for k, p in enumerate(probes, 1):
        p["id"] = f"dup-{k:04d}"
    # ---- self-check
    ids = set()
    for p in probes:
        assert p["id"] not in ids
        ids.add(p["id"])
        if p["label"] == "keep" or p["flag"]:
            assert p["raw"] == p["want"], p["id"]
        else:
            assert p["raw"] != p["want"], p["id"]
            assert p["want"] in BASES.values(), p["id"]
        if p["flag"]:
            s, e = p["flag"]
            assert 0 <= s < e <= len(p["raw"])
        assert p["raw"].split("\n")[0] == p["want"].split("\n")[0] or p["kind"] == "title_repeat"
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for p in probes:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter((p["kind"], p["label"]) for p in probes)
    for (k, l), n in c.items():
        print(f"{l:6} {k:22} {n}")
    print("total", len(probes), "keeps", sum(1 for p in probes if p["label"] == "keep"))


if __name__ == "__main__":
    main()
