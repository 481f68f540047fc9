#!/usr/bin/env python3
"""Blind probe generator, family "ads_b" (advertisements injected into government documents, and
legitimate look-alikes a government document writes of its own).

Written without reading the cleaner, its tests, the held forms, the fuzzers, ads.py or keeps.py;
only eval/probes/README.md, score.py, dates_b.py and dup_b.py (record format, document loading,
insertion approach) and the TUNE base documents were read.  It measures how far an ad remover
generalises to ad shapes it was never tuned on.  stdlib only, fixed seed, deterministic; writes
eval/out/probes/ads_b.jsonl.

Every probe = one TUNE base document (eval/base/tune/*.txt) + exactly ONE insertion at one place
(an ad broken over a line break is still one insertion):
  * defect (label "defect", flag null): an ad.  want == the base document exactly; the inserted
    span (the ad and the glue it brought: a line break, a separating space) is what a perfect
    cleaner removes.
  * keep (label "keep", flag null): a legitimate look-alike the document writes of its own at a
    plausible place (a contact line before the signature, a sentence about the topic inside a
    paragraph, a source note under the title, ...).  want == raw.
Record keys: id, family, kind, label, held, raw, want, flag, base (document id), note.

Contacts, ids, numbers and domains are random and fictional (mobile numbers 13x/15x/18x with random
digits, landlines area code + 8 random digits, made-up domains, made-up names); nothing is real
personal data.  Ads use whatever punctuation their authors type (ASCII colons, spaces, | and
dots); look-alikes use full-width Chinese punctuation except in URLs, e-mails and clock times.

Kinds: 16, each 8 defects + 4 keeps (192 probes).  Half of them are held (held=true; scored in
aggregate only).  The 8 kinds that are NOT held:

 farm_slogan_line   cause: a 范文/公文/模板 content farm republishes the document; its page template
                    prints the site's banner or slogan as a paragraph of its own, and whoever copies
                    the text from the farm takes it along.  No contact at all: "XX范文网——专业的公文
                    写作与范文模板下载平台", "本文由XX文库整理发布", "更多工作总结范文请访问XX公文网",
                    "下载word版 | 打印本文 | 收藏本页", "猜你喜欢：…".  A line of its own before the
                    title, between paragraphs or after the signature / at the end.
                    Keeps, lines of their own at the same places: the publisher's source note under
                    the title (来源：XX市人民政府办公室), （此件公开发布）, 抄送 and 印发 lines after the
                    signature, an 附件 line naming a 模板, a 办法's adoption note under its title.
 writing_bracket    cause: paid-writing (代写/材料代笔) studios copy government documents onto their
                    sample pages and stamp a bracketed ad glued to a sentence, so it survives
                    copy-paste.  WeChat/QQ ids with or without a colon (微信：gw_xxx, 微信gwxxx,
                    QQ:123…, Q：123…).  Brackets of every type: （）【】〖〗[]［］「」〔〕 and misused
                    《》; glued after a sentence, between two sentences or at a paragraph's end,
                    sometimes with a space before the bracket.
                    Keeps, bracketed notes glued after a sentence: （联系人：张三，联系电话：0736-8xxxxxxx）
                    after a 报送 sentence, （牵头单位：…；配合单位：…） at a task's end, （问题清单模板见附件）
                    or （报送模板可从XX门户网站下载） after a 报送 sentence, （咨询电话：…） after a service
                    sentence.
 loan_prefix        cause: a hacked CMS template (SEO "parasite" script) prepends loan and credit-card
                    spam to <p> elements; the text lands glued before the first word of a
                    paragraph (before its outline marker or right after it).  Mobile numbers with
                    digits split by spaces or dashes (138 1234 5678, 138-1234-5678, 1 3 8 …).
                    Keeps: loan / credit wording the document means, at a paragraph start or as a
                    paragraph of its own after a related one (创业担保贷款, 住房公积金贷款, a
                    campaign against "无抵押、秒到账" flyers, a 信用卡/消费信贷 sentence at the start of a
                    report paragraph, enterprise names with 科技有限公司).
 invoice_between    cause: hidden spans injected by a compromised site after a 。 inside a paragraph
                    (display:none for visitors, indexed by search engines); a crawler that strips
                    CSS keeps them between two sentences.  Invoices and certificates (代开发票, 办证,
                    刻章, 毕业证); phone numbers in homoglyph digits (O for 0, l for 1, З, б, B),
                    full-width digits or a mix.
                    Keeps, sentences between or after sentences: a 12345/12315 hotline sentence,
                    电子发票 in a tax or business sentence, 办证 in a 不动产登记 sentence, a campaign
                    against 虚开发票 and 伪造证照.
 flyer_ocr          cause: the notice was photographed on a residential compound's bulletin board
                    with street flyers (开锁, 疏通下水道, 搬家, 旧房翻新, 空调加氟, 甲醛治理) pasted
                    over it; OCR glues the flyer to the end of the paragraph it covers.  Numbers in
                    circled / parenthesized / full-stop / negative-circled digits (①③⑧…, ⑴⑶⑻, ⒈⒊,
                    ❶❸) or plain mobile numbers.
                    Keeps, glued after the last sentence of a paragraph: the notice's own
                    联系人/联系电话, a residents' hotline sentence in a housing summary, a campaign
                    against 开锁/疏通 小广告 in a market-regulation summary.
 coupon_link        cause: clipboard hijackers and shopping-assistant browser extensions append a
                    coupon / 淘口令 / short link to text copied from the page, so it lands after the
                    last sentence of the copied paragraph or at the end of the document; some add
                    two (a coupon and a link) on one line.  Short links (t.cn, url.cn, dwz.cn,
                    m.tb.cn, u.jd.com), 淘口令 (￥AbC123xyz￥), URLs.
                    Keeps: e-commerce words in an economic sentence at a paragraph end (直播带货,
                    淘宝村, 网络交易额, 农村电商服务站, 快递进村, 网上零售额).
 parttime_qr        cause: part-time / 刷单 scam gangs post QR-code posters in comments and reposts;
                    image-to-text (OCR or alt text) renders the poster as a line of its own: "招聘
                    兼职打字员 日结200-500元 扫码加好友", "长按识别二维码进群", "微信扫一扫领任务".
                    Between paragraphs, under the title or at the end.
                    Keeps, lines of their own: a government service's registration URL with a QR
                    note, "扫码关注“XX人社”微信公众号", an anti-fraud line quoting "刷单返利"
                    "兼职点赞", a 扫码 line of a health or medical-insurance service.
 seo_mail           cause: SEO and backlink sellers (友情链接, 外链, 快排, 蜘蛛池) spam guestbooks and
                    comment boxes of government sites and content farms; merged text keeps their
                    e-mail (@, # or (at) for @) and domains with 。 / [点] / 点 for the dot.  A line
                    of its own before the title, between paragraphs or after the signature, or
                    glued after a paragraph's last sentence.
                    Keeps: a 举报邮箱 line, the publisher's own .gov.cn site in a download / 模板
                    note before the signature, a 政府网站集约化 sentence in a summary, the
                    department's .gov.cn mailbox glued after a 报送 sentence.

Held: 8 held kinds, not described here.

Positions, contact spellings, trades and look-alike types are spread over the 16 kinds; each kind
has several templates, random ids/numbers/domains/names, random bracket types where brackets
apply, a random base document and a random position of the right type.

Self-check (run on every build): defects raw != want == base, keeps raw == want != base; raw with
the inserted span removed == base; ids and raws unique; 16 kinds x (8 defects + 4 keeps); exactly
8 held kinds; look-alikes contain no ASCII , ; ( ) and no ASCII : outside URLs and clock times;
the set as a whole covers the trades, contact spellings, bracket types and look-alike types listed
in COVER_DEFECT / COVER_KEEP.  Notes of held probes name only their kind and label.

Run: cd /work/main && python3 eval/probes/ads_b.py
"""
import glob
import json
import os
import random
import re
import string
from collections import Counter

from probetext import lines_of, starts_of

SEED = 20250917
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
BASE_DIR = os.path.join(EVAL, "base", "tune")
OUT = os.path.join(EVAL, "out", "probes", "ads_b.jsonl")
FAMILY = "ads_b"

rng = random.Random(SEED)

BASES, META = {}, {}
for _p in sorted(glob.glob(os.path.join(BASE_DIR, "*.txt"))):
    _k = os.path.basename(_p)[:-4]
    BASES[_k] = open(_p, encoding="utf-8").read()
    _j = _p[:-4] + ".json"
    META[_k] = json.load(open(_j, encoding="utf-8")) if os.path.exists(_j) else {}
NAMES = list(BASES)
W_DOCS = [k for k in NAMES if k.startswith("w")]
G_DOCS = [k for k in NAMES if k.startswith("gwr")]
DATE_RE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")


def pick(seq):
    return seq[rng.randrange(len(seq))]


def rnd(a, b):
    return rng.randint(a, b)


# ------------------------------------------------------------------ documents
# org, place (with level), pinyin of the place, site prefix, area code, genre, topic, hotline
INFO = {
    "w01": ("江岭市卫生健康委员会", "江岭市", "jianglingshi", "wjw", "0736", "工作要点", "卫生健康", "12320"),
    "w03": ("北屏市住房和城乡建设局", "北屏市", "beipingshi", "zjj", "0738", "工作总结", "住房城乡建设", "12345"),
    "w05": ("南湖区市场监督管理局", "南湖区", "nanhuqu", "scjgj", "0739", "工作总结", "市场监管", "12315"),
    "w07": ("江岭市交通运输局", "江岭市", "jianglingshi", "jtysj", "0736", "通知", "道路运输安全", "12328"),
    "w09": ("青湾市文化广电旅游局", "青湾市", "qingwanshi", "wglyj", "0745", "实施方案", "乡村旅游", "12345"),
    "w11": ("江岭市卫生健康委员会", "江岭市", "jianglingshi", "wjw", "0736", "管理办法", "依法执业", "12320"),
    "w13": ("云溪县医疗保障局", "云溪县", "yunxixian", "ybj", "0737", "工作要点", "医疗保障", "12393"),
    "w15": ("南湖区卫生健康局", "南湖区", "nanhuqu", "wjj", "0739", "工作总结", "卫生健康", "12320"),
    "w17": ("白河县人力资源和社会保障局", "白河县", "baihexian", "rsj", "0734", "通知", "就业服务", "12333"),
    "w19": ("梅山市交通运输局", "梅山市", "meishanshi", "jtysj", "0746", "工作总结", "交通运输", "12328"),
    "w21": ("青湾市生态环境局", "青湾市", "qingwanshi", "sthjj", "0745", "实施方案", "大气污染防治", "12369"),
    "w23": ("南湖区应急管理局", "南湖区", "nanhuqu", "yjglj", "0739", "管理办法", "安全生产", "12350"),
    "w25": ("白河县市场监督管理局", "白河县", "baihexian", "scjgj", "0734", "工作要点", "市场监管", "12315"),
}
for _g in G_DOCS:
    INFO[_g] = ("国务院", "全国", "", "www", "010", "政府工作报告", "经济社会发展", "12345")


def org(n):
    return INFO[n][0]


def place(n):
    return INFO[n][1]


def city(n):  # 江岭市 -> 江岭
    return INFO[n][1][:-1]


def gov_site(n):
    return f"{INFO[n][3]}.{INFO[n][2]}.gov.cn"


def area(n):
    return INFO[n][4]


def genre(n):
    return INFO[n][5]


def topic(n):
    return INFO[n][6]


def hotline(n):
    return INFO[n][7]


def signed(n):
    return n.startswith("w") and bool(DATE_RE.match(lines_of(BASES[n])[-1]))


SIGNED = [n for n in W_DOCS if signed(n)]
HEAD_RE = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+章)")
MARK_RE = re.compile(r"^(?:（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、|\d{1,2}[.．、]"
                     r"|第[一二三四五六七八九十]+条　)")


def is_heading(l):
    return bool(HEAD_RE.match(l)) and len(l) <= 40 and "。" not in l


def blem_lines(n):
    """indices of lines overlapping a hand-labelled blemish: no probe touches them."""
    L = lines_of(BASES[n])
    S = starts_of(L)
    bad = set()
    for b in META[n].get("blemishes", []):
        for i, s in enumerate(S):
            if s < b[1] and b[0] < s + len(L[i]) + 1:
                bad.add(i)
    return bad


def sig_start(n):
    L = lines_of(BASES[n])
    return len(L) - 2 if n in SIGNED else len(L)


def content_range(n):
    L = lines_of(BASES[n])
    bad = blem_lines(n)
    first = next(i for i in range(1, len(L)) if "。" in L[i] and i not in bad)
    last = sig_start(n) - 1
    while L[last].startswith("附件"):
        last -= 1
    return first, last


def body(n, minlen=20):
    L = lines_of(BASES[n])
    a, b = content_range(n)
    bad = blem_lines(n)
    return [i for i in range(a, b + 1) if i not in bad and not is_heading(L[i]) and "。" in L[i]
            and len(L[i]) >= minlen and "?" not in L[i]]


def sentences(par):
    """(start, end) of sentences ending in 。！？ outside quotes and brackets."""
    res, s, depth = [], 0, 0
    for i, ch in enumerate(par):
        if ch in "“《（(":
            depth += 1
        elif ch in "”》）)":
            depth = max(0, depth - 1)
        elif ch in "。！？" and depth == 0:
            res.append((s, i + 1))
            s = i + 1
    return res


def cjk(ch):
    return "\u4e00" <= ch <= "\u9fff"


# ------------------------------------------------------------------ positions (pos, prefix, suffix)
# Every position is an offset into the base; prefix/suffix are the glue the insertion brings.
def P_before_title(n):
    return 0, "", "\n", "before title"


def P_after_end(n):
    return len(BASES[n]), "", "\n", "after signature" if n in SIGNED else "after last line"


def P_between(n, with_sig=True):
    L = lines_of(BASES[n])
    S = starts_of(L)
    a, b = content_range(n)
    bad = blem_lines(n)
    js = [j for j in range(a, b + 1) if j not in bad and j - 1 not in bad]
    if with_sig and n in SIGNED:
        js.append(sig_start(n))
    j = pick(js)
    return S[j], "", "\n", f"line of its own before line {j}"


def P_under_title(n):
    L = lines_of(BASES[n])
    S = starts_of(L)
    if 1 in blem_lines(n):
        return None
    return S[1], "", "\n", "line of its own under the title"


def P_para_end(n, pool=None):
    L = lines_of(BASES[n])
    S = starts_of(L)
    c = [i for i in (pool if pool is not None else body(n)) if L[i][-1] in "。！"]
    if not c:
        return None
    i = pick(c)
    return S[i] + len(L[i]), "", "", f"glued after the last sentence of line {i}"


def P_para_start(n, after_marker=False):
    L = lines_of(BASES[n])
    S = starts_of(L)
    c = body(n)
    if after_marker:
        c = [i for i in c if MARK_RE.match(L[i])]
    if not c:
        return None
    i = pick(c)
    off = MARK_RE.match(L[i]).end() if after_marker else 0
    return S[i] + off, "", "", f"glued before the first word of line {i}" + (" (after its marker)" if off else "")


def is_lead(par, e):
    """the cut right after an item's lead phrase: （三）强化考核评估。| …"""
    ss = sentences(par)
    return bool(MARK_RE.match(par)) and bool(ss) and e == ss[0][1] and e <= 30


def sentence_cuts(n, i, inner=True, nolead=False):
    L = lines_of(BASES[n])
    par = L[i]
    return [e for _, e in sentences(par) if (e < len(par) if inner else True) and e > 0
            and not (nolead and is_lead(par, e))]


def P_between_sents(n, pool=None, inner=True, nolead=False):
    L = lines_of(BASES[n])
    S = starts_of(L)
    c = [(i, e) for i in (pool if pool is not None else body(n)) for e in sentence_cuts(n, i, inner, nolead)]
    if not c:
        return None
    i, e = pick(c)
    where = "between two sentences" if e < len(L[i]) else "after the last sentence"
    return S[i] + e, "", "", f"{where} of line {i}"


def P_mid_clause(n):
    L = lines_of(BASES[n])
    S = starts_of(L)
    c = []
    for i in body(n, 30):
        par = L[i]
        c += [(i, k) for k in range(4, len(par) - 3) if cjk(par[k - 1]) and cjk(par[k])]
    if not c:
        return None
    i, k = pick(c)
    return S[i] + k, "", "", f"spliced into line {i} between {L[i][k - 1]!r} and {L[i][k]!r}"


def line_idx(n, pred, pool=None):
    L = lines_of(BASES[n])
    return [i for i in (pool if pool is not None else body(n, 10)) if pred(L[i])]


def P_after_line(n, i):
    L = lines_of(BASES[n])
    S = starts_of(L)
    return S[i] + len(L[i]), "\n", "", f"line of its own after line {i}"


def P_before_sig(n):
    L = lines_of(BASES[n])
    S = starts_of(L)
    return S[sig_start(n)], "", "\n", "line of its own before the signature"


def P_end_of(n, i):
    L = lines_of(BASES[n])
    S = starts_of(L)
    return S[i] + len(L[i]), "", "", f"glued after the last sentence of line {i}"


def P_sent_with(n, kw, inner=None):
    """after a sentence containing kw (any body line), never right after an item's lead phrase."""
    L = lines_of(BASES[n])
    S = starts_of(L)
    c = []
    for i in body(n, 10):
        for s, e in sentences(L[i]):
            if re.search(kw, L[i][s:e]) and (inner is None or (e < len(L[i])) == inner) and not is_lead(L[i], e):
                c.append((i, e))
    if not c:
        return None
    i, e = pick(c)
    return S[i] + e, "", "", f"after a sentence matching {kw!r} in line {i}"


# ------------------------------------------------------------------ random material
SURN = "张王李刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许傅沈彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔崔康毛邱秦史顾侯邵孟万段雷钱汤尹黎易常武乔贺龚"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉兰萍红鹏飞斌宇浩凯文建志远晓燕慧琳婷雪梅海峰俊辉思佳欣怡宏亮"
MOB_PRE = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156",
           "157", "158", "159", "166", "173", "176", "177", "180", "181", "182", "183", "185", "186", "187", "188",
           "189", "191", "198", "199"]
TLDS = ["com", "cn", "net", "com.cn", "top", "cc", "vip", "xyz", "net.cn", "co"]


def person():
    return pick(SURN) + "".join(pick(GIVEN) for _ in range(rnd(1, 2)))


def digits(k, first="123456789"):
    return pick(first) + "".join(pick(string.digits) for _ in range(k - 1))


def mobile():
    return pick(MOB_PRE) + "".join(pick(string.digits) for _ in range(8))


def landline(n):
    return f"{area(n)}-{digits(8, '2345678')}"


def qq():
    return digits(rnd(8, 10))


def wxid(stems):
    s = pick(stems)
    v = rnd(0, 4)
    if v == 0:
        return f"{s}{digits(rnd(3, 6), string.digits)}"
    if v == 1:
        return f"{s}_{digits(rnd(3, 5), string.digits)}"
    if v == 2:
        return f"{s}-{rnd(1, 99)}{pick(string.ascii_lowercase)}"
    if v == 3:
        return f"{pick(string.ascii_lowercase)}{s}{rnd(10, 999)}"
    return f"{s.upper()}{digits(4, string.digits)}"


def domain(stems, www=None):
    d = f"{pick(stems)}{pick(['', str(rnd(1, 999)), pick(string.ascii_lowercase) * 2])}.{pick(TLDS)}"
    if www is None:
        www = rng.random() < 0.5
    return ("www." + d) if www else d


def obf_dot(d, style=None):
    style = style or pick(["。", "。", "[点]", "[点]", "点", "．", "(点)", "【点】", " . "])
    return d.replace(".", style)


def code(k):
    return "".join(pick(string.ascii_letters + string.digits) for _ in range(k))


def split_digits(m, sep=None):
    sep = sep if sep is not None else pick([" ", "-", "—", " - ", "  "])
    if rng.random() < 0.2:
        return " ".join(m)
    return f"{m[:3]}{sep}{m[3:7]}{sep}{m[7:]}"


FW = str.maketrans("0123456789", "０１２３４５６７８９")
HOMO = {"0": ["O", "o", "〇", "Ｏ"], "1": ["l", "I", "丨", "ⅰ"], "2": ["Z", "ᒿ"], "3": ["З", "ㄋ"], "4": ["Ꮞ"],
        "5": ["S", "Ƽ"], "6": ["б", "b"], "7": ["𝟕", "ㄱ"], "8": ["B", "ȣ"], "9": ["g", "q"]}


def homoglyph(m):
    out = list(m)
    ks = rng.sample(range(len(m)), rnd(2, max(2, len(m) // 2)))
    for k in ks:
        out[k] = pick(HOMO[m[k]])
    return "".join(out)


def fullwidth(m, part=None):
    if part is None:
        part = rng.random() < 0.4
    if not part:
        return m.translate(FW)
    k = rnd(3, len(m) - 3)
    return m[:k].translate(FW) + m[k:] if rng.random() < 0.5 else m[:k] + m[k:].translate(FW)


ENCLOSED = {
    "circled": "⓪①②③④⑤⑥⑦⑧⑨",
    "paren": "0⑴⑵⑶⑷⑸⑹⑺⑻⑼",
    "stop": "0⒈⒉⒊⒋⒌⒍⒎⒏⒐",
    "neg": "⓿❶❷❸❹❺❻❼❽❾",
    "dbl": "0⓵⓶⓷⓸⓹⓺⓻⓼⓽",
    "sans": "0➀➁➂➃➄➅➆➇➈",
}


def enclosed(m, style=None):
    style = style or pick(sorted(ENCLOSED))
    t = ENCLOSED[style]
    return "".join(t[int(c)] for c in m)


CN_DIG = ["〇一二三四五六七八九", "零壹贰叁肆伍陆柒捌玖", "零一二三四五六七八九"]


def cn_digits(m):
    t = pick(CN_DIG)
    return "".join(t[int(c)] for c in m)


def short_link():
    v = rnd(0, 5)
    if v == 0:
        return f"http://t.cn/{code(7)}"
    if v == 1:
        return f"url.cn/{code(6)}"
    if v == 2:
        return f"https://dwz.cn/{code(8)}"
    if v == 3:
        return f"https://m.tb.cn/h.{code(7)}"
    if v == 4:
        return f"https://u.jd.com/{code(7)}"
    return f"https://s.{pick(['quan', 'yhq', 'juan'])}{rnd(10, 99)}.cn/{code(5)}"


def email(stems):
    user = pick([f"{pick(stems)}{rnd(10, 9999)}", digits(rnd(8, 10)), f"{pick(stems)}_{code(3).lower()}"])
    host = pick(["qq.com", "163.com", "126.com", "foxmail.com", "sina.com", "outlook.com", domain(stems, False)])
    at = pick(["@", "@", "@", "#", "(at)", "＠"])
    return f"{user}{at}{host}"


def handle():
    return "".join(pick(string.ascii_lowercase) for _ in range(rnd(4, 8))) + pick(
        ["", str(rnd(1, 999)), "_" + code(3).lower(), "88", "666"])


BRACKETS = [("（", "）"), ("【", "】"), ("〖", "〗"), ("[", "]"), ("［", "］"), ("「", "」"), ("《", "》"), ("〔", "〕"),
            ("『", "』")]


class Deck:
    """random draws that show every 'must' item first (in random order), then random extras."""

    def __init__(self, must, extra=()):
        self.order = rng.sample(list(must), len(must))
        self.extra = list(must) + list(extra)
        self.k = 0

    def draw(self):
        self.k += 1
        return self.order[self.k - 1] if self.k <= len(self.order) else pick(self.extra)


def year_of(n):
    d = META[n].get("written_date") or ""
    m = re.match(r"(\d{4})", d)
    return int(m.group(1)) if m else 2021


def sig_date(n):
    return lines_of(BASES[n])[-1]


# ------------------------------------------------------------------ probe records
def R(n, P, text, note):
    """one insertion: text with the position's glue, at P = (pos, prefix, suffix, where)."""
    if P is None:
        return None
    pos, pre, suf, where = P
    return {"name": n, "pos": pos, "ins": pre + text + suf, "text": text, "note": f"{note}; {where}"}


# ====================================================================== farm_slogan_line
# cause: a 范文/公文/模板 content farm republishes the document; its page template prints the site's
# banner / slogan as a paragraph, and a copy from the farm carries it.  No contact at all.
def farm_site():
    return pick(["笔耕", "妙笔", "金笔", "墨香", "文海", "公文通", "材料汇", "笔杆", "文秘", "写手", "文汇", "才子", "智文",
                 "公文帮", "范本", "学海", "好文"]) + pick(["范文网", "公文网", "文库", "材料网", "范文大全", "文档网", "模板网",
                                                           "写作网", "范文之家"])


def d_farm_slogan():
    n = pick(NAMES)
    g, site, y = genre(n), farm_site(), year_of(n)
    sep = pick(["　｜　", " | ", "　", "丨", "  "])
    t = pick([
        f"{site}——专业的公文写作与范文模板下载平台",
        f"本文由{site}整理发布，仅供学习参考，请勿用于商业用途",
        f"更多{g}范文请访问{site}",
        f"更多精彩{g}范文，尽在{site}",
        f"下载word版{sep}打印本文{sep}收藏本页",
        f"【{site}】精选{y}年最新{g}范文{rnd(5, 30)}篇，欢迎阅读参考",
        f"{site}{sep}海量精品范文{sep}一键下载{sep}免费使用",
        f"声明：本站内容由网友投稿或从网络整理，{site}仅提供信息存储空间，如有侵权请联系删除",
        f"温馨提示：本篇{g}共{rnd(1500, 9000)}字，下载word文档可自由编辑修改",
        f"猜你喜欢：{y}年{g}范文{sep}{g}模板{sep}{topic(n)}工作总结大全",
        f"本文档由{site}用户上传分享，全文共{rnd(2, 9)}页，点击下载完整版",
    ])
    P = pick([P_before_title, P_after_end, P_between])(n)
    return R(n, P, t, "template-site slogan line")


def k_farm_slogan(v):
    # v: which look-alike template (the driver gives each of a kind's keeps another one)
    n = pick(W_DOCS)
    if v == 1 and rng.random() < 0.3:
        n = "w11"
    if v == 0:
        t = pick([f"来源：{org(n)}", f"来源：{place(n)}人民政府办公室", f"信息来源：{org(n)}办公室"])
        return R(n, P_under_title(n), t, "publisher's own source note")
    if v == 1 and n == "w11":
        t = f"（2021年9月{rnd(10, 28)}日{org(n)}第{rnd(5, 18)}次主任办公会议审议通过）"
        return R(n, P_under_title(n), t, "adoption note of a 办法 under its title")
    if n not in SIGNED:
        return None
    if v == 1:
        t = pick(["（此件公开发布）", "（此件主动公开）", "公开方式：主动公开"])
        return R(n, P_after_end(n), t, "disclosure note after the signature")
    if v == 2:
        t = f"抄送：{place(n)}人民政府办公室。" if not place(n).endswith("区") else f"抄送：{place(n)}人民政府办公室，区纪委监委驻区政府办纪检监察组。"
        return R(n, P_after_end(n), t, "抄送 line after the signature")
    if v == 3:
        t = f"{org(n)}办公室{pick(['　　　　', '　　'])}{sig_date(n)}印发"
        return R(n, P_after_end(n), t, "印发 line after the signature")
    n = pick(["w01", "w17", "w09", "w21"])
    t = f"附件：{topic(n)}{pick(['工作情况统计表（模板）', '工作进展报送模板', '典型案例素材报送模板'])}"
    return R(n, P_before_sig(n), t, "附件 line naming a 模板 before the signature")


# ====================================================================== writing_bracket
# cause: paid-writing (代写/材料代笔) studios copy government documents onto their sample pages and
# stamp a bracketed ad glued to a sentence, so that it survives copy-paste.
WX_WRITE = ["gw", "gongwen", "bigan", "xiezuo", "cailiao", "wenmi", "bgz", "daixie", "mbz", "wenshu"]


WB_DECK = Deck([b for b in BRACKETS if b != ("『", "』")], [("『", "』")])


def d_writing_bracket():
    n = pick(NAMES)
    wx, q = wxid(WX_WRITE), qq()
    ch = pick([f"微信：{wx}", f"微信{wx}", f"微信 {wx}", f"加微信：{wx}", f"QQ:{q}", f"QQ{q}", f"Q：{q}", f"qq号{q}",
               f"QQ/微信：{q}", f"wx：{wx}"])
    studio = pick(["笔杆子", "妙笔", "文胆", "一支笔", "老秘", "金牌笔杆"]) + pick(["工作室", "文案", "写作团队", ""])
    t = pick([
        f"专业代写各类公文材料，{ch}",
        f"材料代写：总结、汇报、讲话稿，原创可查重，{ch}",
        f"代写工作总结 心得体会 述职报告 {ch}",
        f"{studio}代笔 当天交稿 {ch}",
        f"各类讲话稿、调研报告代写，满意再付款 {ch}",
        f"材料写不完？找{studio}，{ch}",
        f"{genre(n)}代写 {rnd(1, 3)}小时出稿 {ch}",
        f"承接党建材料、述职述廉、民主生活会对照检查材料代写，{ch}",
    ])
    o, c = WB_DECK.draw()
    glue = pick(["", "", "", " ", "　"])
    P = P_between_sents(n, inner=rng.random() < 0.5)
    return R(n, P, glue + o + t + c, f"paid-writing ad in {o}{c}")


def k_writing_bracket(v):
    # v: which look-alike template (the driver gives each of a kind's keeps another one)
    n = pick(W_DOCS)
    if v == 0:
        n = pick(["w01", "w07", "w17"])
        t = f"（联系人：{person()}，联系电话：{landline(n)}）"
        return R(n, P_sent_with(n, "报送"), t, "bracketed contact after a 报送 sentence")
    if v == 1:
        if n in ("w05", "w11", "w23", "w03", "w15", "w19"):
            return None
        unit = place(n)[-1] + org(n)[len(place(n)):]
        t = pick([f"（牵头单位：{unit}；配合单位：各{'区县' if place(n).endswith('市') else '乡镇'}）",
                  f"（责任单位：{unit}相关科室）"])
        return R(n, P_para_end(n, [i for i in body(n) if MARK_RE.match(lines_of(BASES[n])[i])]), t, "bracketed 牵头单位 at a task's end")
    if v == 2:
        n = pick(["w01", "w07", "w17"])
        t = ("（问题清单模板见附件）" if n == "w07" else
             pick([f"（报送模板可从{org(n)}门户网站下载）", f"（报告模板可在{org(n)}门户网站下载）"]))
        return R(n, P_sent_with(n, "报送"), t, "bracketed 模板/范文 note after a 报送 sentence")
    n = pick(["w13", "w17", "w05", "w25"])
    t = f"（咨询电话：{pick([landline(n), hotline(n)])}）"
    L = lines_of(BASES[n])
    i = next(k for k, l in enumerate(L) if re.match("五、提升医保经办服务水平|（五）提升公共就业服务水平|（[二三]）做好消费维权工作", l))
    return R(n, P_end_of(n, i), t, "bracketed 咨询电话 after a service paragraph")


# ====================================================================== loan_prefix
# cause: a hacked CMS template (SEO "parasite" script) prepends loan / credit-card spam to <p>
# elements; the text lands glued before the first word of a paragraph.
def d_loan_prefix():
    n = pick(NAMES)
    m = split_digits(mobile())
    t = pick([
        f"无抵押信用贷款，当天放款，电话{m}",
        f"信用卡代还、提额、养卡，手续费低，联系{m}",
        f"征信花了也能贷 额度{rnd(3, 10)}-{rnd(20, 50)}万 咨询{m}",
        f"急用钱找{pick(SURN)}经理 {m} 秒批秒到",
        f"大额信用卡办理 白户可下卡 热线{m}",
        f"企业经营贷 房抵贷 月息低至{rnd(2, 4)}厘 {m}",
        f"网贷逾期协商 停息挂账 {m}",
        f"公积金贷 社保贷 保单贷 {pick(SURN)}经理：{m}",
    ])
    glue = pick(["", " ", "　", "，"])
    P = P_para_start(n, after_marker=rng.random() < 0.35)
    return R(n, P, t + glue, "loan / credit-card spam")


def k_loan_prefix(v):
    # v: which look-alike template (the driver gives each of a kind's keeps another one)
    if v == 0:
        n = "w17"
        L = lines_of(BASES[n])
        i = next(k for k, l in enumerate(L) if l.startswith("（二）落实就业扶持政策"))
        t = f"对自主创业的高校毕业生，可申请最高{pick([20, 30])}万元创业担保贷款，财政按规定给予贴息，咨询电话：{landline(n)}。"
        return R(n, P_after_line(n, i), t, "创业担保贷款 paragraph after the related item")
    if v == 1:
        n = "w03"
        L = lines_of(BASES[n])
        i = next(k for k, l in enumerate(L) if l.startswith("（二）完善住房保障体系"))
        t = f"住房公积金个人住房贷款最高额度提高至{rnd(5, 8)}0万元，全年计划发放公积金贷款{rnd(8, 20)}亿元。"
        return R(n, P_after_line(n, i), t, "公积金贷款 paragraph after the housing item")
    if v == 2:
        n = pick(["w05", "w25"])
        L = lines_of(BASES[n])
        i = pick([k for k, l in enumerate(L) if re.match("（一）加大执法办案力度|（二）依照", l)])
        t = (f"联合金融监管部门开展非法放贷广告清理整治，清理“无抵押、秒到账”等违法小广告{rnd(120, 900)}处，"
             f"查处{pick(['违规发布贷款广告', '违法广告'])}案件{rnd(3, 15)}件。" if n == "w05" else
             "联合金融监管部门开展非法放贷广告清理整治，重点清理“无抵押、秒到账”等违法小广告。")  # w25 is a plan
        return R(n, P_after_line(n, i), t, "campaign against loan flyers quoting their wording")
    if v == 3:
        n = pick(G_DOCS)
        L = lines_of(BASES[n])
        S = starts_of(L)
        c = [i for i in body(n) if re.search("信贷|贷款|金融|银行", L[i]) and not MARK_RE.match(L[i])]
        i = pick(c)
        t = pick(["金融机构要加大对小微企业的信贷支持，切实缓解融资难、融资贵问题。",
                  "要规范信用卡业务和消费信贷管理，防范金融风险。",
                  "引导银行业金融机构增加县域信贷投放，更好服务“三农”。"])
        return R(n, (S[i], "", "", f"glued before the first word of line {i}"), t, "credit sentence at a paragraph's start")
    n = "w05"
    L = lines_of(BASES[n])
    i = pick([k for k in body(n) if re.search("市场主体|企业开办", L[k])])
    co = f"{city(n)}{pick(['恒信', '博远', '启明', '华拓', '绿源', '中科汇'])}{pick(['科技', '新能源科技', '信息技术'])}有限公司"
    t = pick([f"{co}等{rnd(3, 12)}家企业获得“银税互动”信用贷款{rnd(2, 9)}千万元。",
              f"{co}通过知识产权质押获得银行贷款{rnd(500, 3000)}万元。"])
    return R(n, P_after_line(n, i), t, "enterprise loan sentence with 科技有限公司")


# ====================================================================== invoice_between
# cause: hidden spans injected by a compromised site after a 。 inside a paragraph (display:none for
# visitors, indexed by search engines); a crawler that strips CSS keeps them between two sentences.
def d_invoice_between():
    n = pick(NAMES)
    m = mobile()
    num = pick([homoglyph(m), homoglyph(m), fullwidth(m), fullwidth(m, True)])
    t = pick([
        f"代开各类发票，验证后付款，电话{num}。",
        f"办理各类证件、刻章，联系{num}。",
        f"代开增值税专用发票 点数优惠 手机{num}",
        f"专业办证：毕业证、学位证、资格证，可查可验，{num}",
        f"本地开票 税点低 {pick(SURN)}先生{num}。",
        f"各类发票代开 餐饮 住宿 建筑 {num}",
        f"真实毕业证办理，学信网可查，微信同号{num}。",
    ])
    glue = pick(["", "", " "])
    P = P_between_sents(n, inner=True)
    return R(n, P, glue + t, "invoice / certificate spam")


def k_invoice_between(v):
    # v: which look-alike template (the driver gives each of a kind's keeps another one)
    if v == 0:
        n = pick(W_DOCS)
        h = hotline(n)
        names = {"12320": "卫生健康", "12315": "市场监管投诉举报", "12328": "交通运输服务监督", "12333": "人力资源社会保障咨询",
                 "12369": "环保举报", "12350": "安全生产举报", "12393": "医疗保障服务", "12345": "政务服务便民"}
        if h not in ("12345", "12315"):
            h = "12345"
        t = pick([f"群众可通过{h}{names[h]}热线反映问题。", f"畅通{h}{names[h]}热线，及时回应群众诉求。",
                  f"对群众通过12345政务服务便民热线反映的问题，做到件件有落实、事事有回音。"])
        return R(n, P_between_sents(n, inner=True, nolead=True), t, "hotline sentence")
    if v == 1:
        n = pick(["w05", "w05", "gwr_13", "gwr_15"])
        if n == "w05":
            t = f"推行电子发票和“非接触式”办税，{rnd(300, 2000)}户新办企业实现发票网上申领。"
            return R(n, P_sent_with(n, "企业开办|营商", inner=True), t, "电子发票 in a business sentence")
        t = "全面推开营改增试点，推行电子发票，纳税人办税更加便利。"
        return R(n, P_sent_with(n, "营改增|税", inner=True), t, "电子发票 in a tax sentence")
    if v == 2:
        n = "w03"
        L = lines_of(BASES[n])
        i = pick([k for k, l in enumerate(L) if re.match("（二）(住房保障持续加强|完善住房保障体系)", l)])
        t = f"不动产登记推行“一窗受理”，办证时间压缩至{rnd(3, 5)}个工作日。"
        return R(n, P_end_of(n, i), t, "办证 in a 不动产登记 sentence")
    n = pick(["w05", "w25"])
    L = lines_of(BASES[n])
    i = pick([k for k, l in enumerate(L) if re.match("（一）加大执法办案力度|（二）依照", l)])
    t = f"依法查处虚开发票、伪造证照等违法行为{rnd(3, 20)}起。" if n == "w05" else "依法查处虚开发票、伪造证照等违法行为。"
    return R(n, P_between_sents(n, [i], inner=False, nolead=True), t, "campaign against 虚开发票 and 伪造证照")


# ====================================================================== flyer_ocr
# cause: the notice was photographed on a residential compound's bulletin board with street flyers
# pasted over it; OCR glues the flyer text to the end of the paragraph it covers.
def d_flyer_ocr():
    n = pick(NAMES)
    m = mobile()
    num = pick([enclosed(m), enclosed(m), enclosed(m), m, split_digits(m, " ")])
    t = pick([
        f"开锁换锁修锁 24小时上门 {num}",
        f"专业疏通下水道 马桶 化粪池清理 {num}",
        f"{pick(SURN)}师傅搬家 居民搬家 公司搬迁 长途运输 {num}",
        f"旧房翻新 刷墙 防水补漏 {num}",
        f"空调清洗 加氟 移机 {num}",
        f"甲醛检测治理 新房 办公室 {num}",
        f"家电维修 热水器 洗衣机 上门服务 {num}",
        f"专业开锁 公安备案 汽车锁 保险柜 {num}",
    ])
    glue = pick(["", "", " ", "　"])
    P = P_para_end(n)
    return R(n, P, glue + t, "street flyer read by OCR")


def k_flyer_ocr(v):
    # v: which look-alike template (the driver gives each of a kind's keeps another one)
    if v <= 1:
        n = pick(["w01", "w07", "w17"])
        L = lines_of(BASES[n])
        c = [i for i in range(len(L)) if "报送" in L[i] and L[i].endswith("。")]
        i = pick(c)
        t = pick([f"联系人：{person()}，联系电话：{landline(n)}。", f"联系人：{person()}，电话：{landline(n)}，邮箱：{INFO[n][3]}bgs@163.com。"])
        return R(n, P_end_of(n, i), t, "the notice's own contact after the 报送 sentence")
    if v == 2:
        n = "w03"
        L = lines_of(BASES[n])
        i = pick([k for k, l in enumerate(L) if re.match("（[一二三四]）(城市更新|加快推进城市更新)", l)])
        t = pick([f"老旧小区改造中涉及的房屋修缮、管线改造等问题，居民可拨打{landline(n)}咨询。",
                  "物业服务投诉可拨打12345政务服务便民热线。"])
        return R(n, P_end_of(n, i), t, "residents' hotline sentence at a housing paragraph's end")
    n = pick(["w05", "w25"])
    L = lines_of(BASES[n])
    i = pick([k for k in body(n) if re.search("秩序|执法|消费|安全", L[k])])
    t = (f"联合城管部门清理违规张贴的开锁、疏通、搬家等“牛皮癣”小广告{rnd(200, 1500)}处。" if n == "w05"
         else "联合城管部门集中清理违规张贴的开锁、疏通、搬家等“牛皮癣”小广告。")
    return R(n, P_end_of(n, i), t, "campaign against flyers quoting their trades")


# ====================================================================== coupon_link
# cause: clipboard hijackers and shopping-assistant browser extensions append a coupon / 淘口令 /
# short link to text copied from the page; pasted into the document it lands after the copied
# paragraph, or at the end.  Some add two (a coupon and a link) on one line.
def tkl():
    o = pick(["￥", "€", "₴", "¢", "$"])
    return f"{rnd(1, 9)}{o}{code(11)}{o}/" if rng.random() < 0.5 else f"{o}{code(11)}{o}"


def coupon_ad(avoid=None):
    item = pick(["空气炸锅", "扫地机器人", "羽绒服", "蓝牙耳机", "电动牙刷", "保温杯", "四件套", "零食大礼包"])
    forms = [
        f"【淘宝】{item}限时领券立减{rnd(10, 80)}元 {short_link()} 复制这条信息{tkl()}打开手机淘宝",
        f"{rnd(5, 50)}元无门槛优惠券已到账，点击领取：{short_link()}",
        f"帮我砍一刀，助力领{rnd(50, 200)}元现金 {short_link()}",
        f"京东{item}爆款直降{rnd(100, 500)}元 {short_link()}",
        f"{tkl()} 复制打开淘宝，{item}内部优惠券",
        f"【{pick(['每日好券', '省钱助手', '领券中心'])}】{item}券后{rnd(9, 99)}.9元 {short_link()}",
        f"点击链接领取外卖红包 {short_link()}",
        f"【拼多多】{item}百亿补贴 仅需{rnd(9, 99)}元 {short_link()}",
    ]
    k = rng.randrange(len(forms))
    while k == avoid:
        k = rng.randrange(len(forms))
    return forms[k], k


COUPON_DECK = Deck(["two", "one", "one"], ["one", "one", "two", "end"])


def d_coupon_link():
    n = pick(NAMES)
    shape = COUPON_DECK.draw()
    if shape == "two":
        a, k = coupon_ad()
        t = a + pick(["　", " ", "  "]) + coupon_ad(k)[0]
        P = pick([P_after_end, P_between])(n)
        return R(n, P, t, "two coupon ads on one line")
    t = coupon_ad()[0]
    if shape == "one":
        return R(n, P_para_end(n), pick(["", " ", "\u3000"]) + t, "clipboard-appended coupon")
    return R(n, P_after_end(n), t, "clipboard-appended coupon at the end")


def k_coupon_link(v):
    # v: which look-alike template (the driver gives each of a kind's keeps another one)
    if v == 0:
        n = pick(["w05", "w25"])
        t = (pick([f"直播带货等新业态快速发展，辖区网络交易额同比增长{rnd(8, 35)}.{rnd(1, 9)}%。",
                   f"加强网络交易监管，对直播带货、社区团购等新业态开展行政指导{rnd(5, 30)}次。"]) if n == "w05"
             else "加强网络交易监管，规范直播带货、社区团购等新业态经营行为。")
        L = lines_of(BASES[n])
        return R(n, P_para_end(n, [i for i in body(n) if re.search("市场主体|营商|秩序|消费", L[i])]), t, "直播带货 in a market summary")
    if v == 1:
        n = "w09"
        t = pick([f"支持乡村旅游重点村发展直播带货，培育“淘宝村”{rnd(3, 12)}个。",
                  f"推动乡村旅游与农村电商融合发展，建设“淘宝村”和网红打卡点{rnd(5, 20)}个。"])
        L = lines_of(BASES[n])
        return R(n, P_para_end(n, [i for i in body(n) if MARK_RE.match(L[i]) and re.search("乡村旅游|民宿", L[i])]), t,
                 "淘宝村 in a tourism plan")
    if v == 2:
        n = "w19"
        L = lines_of(BASES[n])
        i = next(k for k, l in enumerate(L) if "快递" in l)
        t = f"农村电商快递服务站覆盖{rnd(80, 98)}%的建制村，“快递进村”工程加快推进。"
        return R(n, P_end_of(n, i), t, "农村电商 in a transport summary")
    n = pick(G_DOCS[-2:])
    t = pick([f"网上零售额增长{rnd(20, 33)}%以上。", "电子商务、快递等新业态蓬勃发展，带动大量就业。"])
    return R(n, P_sent_with(n, "消费|电子商务|网购|快递|新业态"), t, "网上零售 in a report")


# ====================================================================== parttime_qr
# cause: part-time / 刷单 scam gangs post QR-code posters in comments and reposts; image-to-text
# (OCR or alt text) renders the poster as a line of its own.
def d_parttime_qr():
    n = pick(NAMES)
    a = rnd(1, 3) * 100
    sp = pick([" ", "　", "  "])
    who = pick(["宝妈", "学生党", "上班族", "宝妈学生党", "在家人员"])
    qr = pick(["扫码加好友", "长按识别二维码进群", "扫描下方二维码", "微信扫一扫领任务", "扫码进群", "↓↓扫码咨询↓↓",
               "识别图中二维码添加客服", "扫码添加客服vx"])
    t = sp.join(pick([
        ["招聘兼职打字员", f"日结{a}-{a + rnd(2, 5) * 100}元", "手机即可操作", qr],
        [f"{who}兼职", "在家刷单", pick(["一单一结", "佣金秒返"]), qr],
        ["淘宝刷单员", f"佣金{rnd(5, 15)}%", qr, "备注：兼职"],
        ["点赞员招募", f"日赚{a}+", qr],
        [f"{pick(['抖音', '快手', '小红书'])}点赞兼职", f"一单{rnd(2, 8)}元", qr, "名额有限"],
        ["手机兼职", "无需押金", "当天结算", qr],
        ["招聘网络兼职", f"{rnd(16, 45)}岁以上", "有手机就能做", qr],
        [f"↑↑{qr.strip('↓')}，加入兼职群，日结{a}元↑↑"],
    ]))
    P = pick([P_between, P_between, P_under_title, P_after_end])(n)
    return R(n, P, t, "part-time / 刷单 poster")


def k_parttime_qr(v):
    # v: which look-alike template (the driver gives each of a kind's keeps another one)
    if v == 0:
        n = "w17"
        L = lines_of(BASES[n])
        i = pick([k for k, l in enumerate(L) if re.match("（[一二三四五]）", l) and "。" in l])
        t = pick([f"网上报名网址：http://{gov_site(n)}/zpbm/，也可扫描下方二维码报名。",
                  f"毕业生可登录{gov_site(n)}或扫描二维码进行失业登记和求职登记。"])
        return R(n, P_after_line(n, i), t, "a government service's registration URL with a QR note")
    if v == 1:
        n = "w17"
        L = lines_of(BASES[n])
        i = pick([k for k, l in enumerate(L) if re.match("（[一二三四五]）", l) and "。" in l])
        t = f"毕业生可扫码关注“{city(n)}人社”微信公众号，查询岗位信息、在线报名。"
        return R(n, P_after_line(n, i), t, "扫码关注 the department's account")
    if v == 2:
        n = pick(["w17", "w05", "w25"])
        L = lines_of(BASES[n])
        if n == "w17":
            i = pick([k for k, l in enumerate(L) if re.match("（[一二三四五]）", l) and "。" in l])
            t = pick(["加强求职防骗宣传，提醒毕业生警惕“高薪兼职”“日结刷单”等招聘陷阱。",
                      "提醒毕业生警惕“刷单返利”“兼职点赞”等网络诈骗，切勿向陌生账户转账。"])
        else:
            i = pick([k for k in body(n) if re.search("消费|执法", L[k])])
            t = (f"联合公安机关开展反诈宣传{rnd(10, 40)}场次，提醒群众警惕“刷单返利”“兼职点赞”等网络诈骗。" if n == "w05"
                 else "联合公安机关开展反诈宣传，提醒群众警惕“刷单返利”“兼职点赞”等网络诈骗。")
        return R(n, P_after_line(n, i), t, "anti-fraud line quoting 刷单 wording")
    n = pick(["w01", "w13"])
    L = lines_of(BASES[n])
    i = next(k for k, l in enumerate(L) if l.startswith("（二）有序推进疫苗接种") or l.startswith("五、提升医保经办服务水平"))
    t = ("市民可扫描二维码查询全市新冠病毒疫苗接种点信息。" if n == "w01"
         else "参保群众可扫码登录医保服务平台，在线办理异地就医备案。")
    return R(n, P_after_line(n, i), t, "扫码 line of a public service")


# ====================================================================== seo_mail
# cause: SEO and backlink sellers spam guestbooks and comment boxes of government sites and content
# farms; merged text keeps their e-mail and their domains written with 。 or [点] for the dot.
SEO_STEMS = ["seo", "kuaipai", "wailian", "zhizhu", "youlian", "paiming", "shoulu", "quanzhong", "linkbuy"]


def d_seo_mail():
    n = pick(NAMES)
    mail = email(SEO_STEMS)
    dom = obf_dot(domain(SEO_STEMS))
    t = pick([
        f"出售高权重友情链接　政府站gov外链　收录快　联系邮箱：{mail}",
        f"SEO快速排名 {rnd(3, 15)}天上首页 不上首页不收费 {mail}",
        f"代发外链 权重{rnd(3, 8)} 网址：{dom}",
        f"蜘蛛池出租 网站秒收录 {dom} 咨询邮箱 {mail}",
        f"百度快排 关键词整站优化 {mail}",
        f"gov.cn/edu.cn高权重外链出售，详情见{dom}",
        f"网站优化 友链交换 请发邮件至{mail}",
    ])
    if rng.random() < 0.25:
        return R(n, P_para_end(n), pick([" ", "　", ""]) + t, "SEO / backlink spam")
    P = pick([P_before_title, P_between, P_after_end])(n)
    return R(n, P, t, "SEO / backlink spam line")


def k_seo_mail(v):
    # v: which look-alike template (the driver gives each of a kind's keeps another one)
    if v == 0:
        n = pick(["w23", "w05", "w25", "w21", "w13"])
        t = pick([f"举报邮箱：jubao@{gov_site(n)}", f"举报电子邮箱：{INFO[n][3]}jb@{INFO[n][2]}.gov.cn"])
        if n == "w23":
            L = lines_of(BASES[n])
            i = next(k for k, l in enumerate(L) if l.startswith("（三）向区应急管理局书面举报"))
            return R(n, P_after_line(n, i), t, "举报邮箱 line under the reporting channels")
        if n not in SIGNED:
            return None
        return R(n, P_before_sig(n), t, "举报邮箱 line before the signature")
    if v == 1:
        n = pick(SIGNED)
        t = pick([f"本文件可在{org(n)}门户网站（{gov_site(n)}）“通知公告”栏目查询下载。",
                  f"相关表格模板可登录{org(n)}门户网站（http://{gov_site(n)}）下载。"])
        return R(n, P_before_sig(n), t, "the publisher's own .gov.cn site")
    if v == 2:
        n = pick(["w05", "w15", "w19", "w03"])  # summaries: a line in the review part, before the plans
        L = lines_of(BASES[n])
        plan = next(k for k, l in enumerate(L) if re.match("^[一二三四五六]、.*(计划|打算)", l))
        t = f"完成部门网站集约化迁移，{org(n)}门户网站（{gov_site(n)}）全年发布政务信息{rnd(200, 900)}条。"
        return R(n, P_after_line(n, pick([i for i in body(n) if content_range(n)[0] < i < plan - 1])), t,
                 "own site in a 政府网站集约化 sentence")
    n = pick(["w07", "w17", "w01"])
    L = lines_of(BASES[n])
    i = pick([k for k, l in enumerate(L) if "报送" in l and l.endswith("。")])
    t = f"电子版请发送至{INFO[n][3]}bgs@{INFO[n][2]}.gov.cn。"
    return R(n, P_end_of(n, i), t, "the department's own mailbox glued after the 报送 sentence")


# ====================================================================== held kinds (h1..h8)
# Their causes are stated inside their functions only.

H1_DECK = Deck(["薇信", "V信", "扣扣", "威❤", "vx", "企鹅"], ["v信", "VX", "徽信", "嶶信", "➕V", "口口", "Q群"])


def h1_d():
    # cause: a black-hat SEO "parasite" program on a hacked site stuffs exam / course keywords at
    # random offsets inside paragraph text, spliced without brackets into a word or clause;
    # the contact channel is spelled so that keyword filters miss it.
    n = pick(NAMES)
    chn = H1_DECK.draw()
    ident = qq() if chn in ("扣扣", "企鹅", "口口", "Q群") else wxid(["kaoshi", "kao", "gwy", "jiaozi", "xueli", "peixun", "tiku"])
    sep = pick(["", "：", ":", " "])
    exam = pick(["公务员考试", "事业单位考试", "教师资格证", "一建二建", "会计职称", "成人高考", "护士资格证", "消防工程师"])
    t = pick([
        f"{exam}包过班咨询{chn}{sep}{ident}",
        f"{exam}真题答案{chn}{sep}{ident}",
        f"{year_of(n) + 1}年{exam}考前押题{chn}{sep}{ident}",
        f"学历提升成人高考{chn}{sep}{ident}",
        f"{exam}培训不过退费{chn}{sep}{ident}",
        f"{exam}网课资料免费领{chn}{sep}{ident}",
    ])
    return R(n, P_mid_clause(n), t, "h1")


def h1_k(v):
    # v: which look-alike template (the driver gives each of a kind's keeps another one)
    if v == 0:
        n = pick(["w05", "w25"])
        L = lines_of(BASES[n])
        pool = [k for k, l in enumerate(L) if re.match("（一）加大执法办案力度|（二）依照", l)]
        t = pick([f"严厉打击教育培训领域“包过”“不过退费”等虚假宣传行为，查处违法广告{rnd(3, 20)}件。",
                  f"严厉打击“代写论文”“包过”等虚假宣传，立案查处{rnd(2, 9)}起。"])
        if n == "w25":  # a plan
            t = pick(["严厉打击教育培训领域“包过”“不过退费”等虚假宣传行为。", "严厉打击“代写论文”“包过”等虚假宣传。"])
        return R(n, P_between_sents(n, pool, inner=False, nolead=True), t, "h1")
    if v == 1:
        n = "w17"
        L = lines_of(BASES[n])
        pool = [i for i in body(n) if re.search("就业服务|见习|帮扶", L[i])]
        t = f"组织开展职业技能培训{rnd(4, 12)}期，参训人员经考核合格后可申领职业技能等级证书。"
        return R(n, P_between_sents(n, pool, inner=False, nolead=True), t, "h1")
    if v == 2:
        n = "w15"
        L = lines_of(BASES[n])
        i = next(k for k, l in enumerate(L) if l.startswith("全年开展各类卫生监督检查"))
        t = f"组织医务人员参加依法执业知识培训考试，考试合格率达到{rnd(92, 99)}%。"
        return R(n, P_end_of(n, i), t, "h1")
    n = pick(G_DOCS)
    t = pick(["严格规范各类考试和招生管理，坚决查处考试作弊和虚假招生宣传。",
              "规范校外培训机构办学行为，严禁夸大培训效果的虚假宣传。"])
    return R(n, P_sent_with(n, "教育", inner=True), t, "h1")


def h2_d():
    # cause: black-hat SEO on a hacked government site injects gambling / lottery link bait as
    # paragraphs of their own, so search engines index it under the government domain; domains
    # and numbers are spelled to dodge filters (。 / [点] for the dot, Chinese numerals).
    n = pick(NAMES)
    stems = ["yl", "bet", "amxpj", "cp", "pk10", "ssc", "dafa", "jinsha", "hg", "yh"]
    def one():
        dom = obf_dot(domain(stems))
        cnd = cn_digits(digits(rnd(4, 6))) + pick(["点com", "。com", "[点]net", "点cc"])
        brand = pick(["澳门", "葡京", "皇冠", "银河", "金沙", "威尼斯", "永利"]) + pick(["娱乐城", "国际", "娱乐", "娱乐场"])
        return pick([
            f"{brand}官方网站 {dom} 注册即送{rnd(18, 88)}元",
            f"时时彩人工计划群 稳赚不赔 {dom}",
            f"{brand} 真人百家乐 网址：{cnd}",
            f"北京赛车PK10计划 {dom} 邀请码{digits(6)}",
            f"体育投注 足球外围 首存送{rnd(20, 100)}% 网址{cnd}",
            f"六合彩资料大全 {dom}",
            f"{brand}{digits(4, string.digits)}.com 手机版下载 {dom}",
        ])
    t = one()
    if rng.random() < 0.35:
        t2 = one()
        while t2[:4] == t[:4]:
            t2 = one()
        t += pick(["　", "  ", " "]) + t2
    P = pick([P_between, P_between, P_before_title, P_after_end])(n)
    return R(n, P, t, "h2")


def h2_k(v):
    # v: which look-alike template (the driver gives each of a kind's keeps another one)
    if v == 0:
        n = pick(G_DOCS)
        L = lines_of(BASES[n])
        c = [i for i in body(n) if re.search("治安|违法犯罪|平安", L[i])]
        if not c:
            return None
        t = pick(["严厉打击黄赌毒等违法犯罪活动，依法整治网络赌博和跨境赌博。", "依法严厉打击各类违法犯罪活动，坚决遏制网络赌博蔓延势头。"])
        return R(n, P_after_line(n, pick(c)), t, "h2")
    if v == 1:
        n = pick(["w05", "w25"])
        L = lines_of(BASES[n])
        c = [k for k, l in enumerate(L) if re.match("（一）加大执法办案力度|（二）依照", l)]
        t = (f"配合公安机关开展打击网络赌博专项行动，清理涉赌违法广告{rnd(20, 200)}条，移送涉赌案件线索{rnd(2, 9)}条。"
             if n == "w05" else "配合公安机关开展打击网络赌博专项行动，及时清理涉赌违法广告。")
        return R(n, P_after_line(n, pick(c)), t, "h2")
    if v == 2:
        n = pick(["w05", "w25"])
        L = lines_of(BASES[n])
        c = [k for k, l in enumerate(L) if re.match("（一）加大执法办案力度|（二）依照|（二）做好消费维权|（三）做好消费维权", l)]
        t = "涉赌、涉诈等违法和不良信息线索，可通过12377违法和不良信息举报平台举报。"
        return R(n, P_after_line(n, pick(c)), t, "h2")
    n = pick(["w09", "w17"])
    L = lines_of(BASES[n])
    c = [i for i in body(n) if "资金" in L[i] or "补贴" in L[i]]
    t = ("统筹使用体育彩票公益金，支持乡村旅游重点村建设健身步道和露营设施。" if n == "w09"
         else "统筹使用福利彩票公益金，对困难高校毕业生给予一次性求职创业补贴。")
    return R(n, P_after_line(n, pick(c)), t, "h2")


def h3_d():
    # cause: a hacked site's footer / template injection carries a private clinic's paid
    # promotion, rendered after the article; the crawler keeps it after the signature or between
    # paragraphs.  Contact: 400 / 800 hotlines.
    n = pick(NAMES)
    hl = pick([f"400-{digits(3, string.digits)}-{digits(4, string.digits)}", f"4008-{digits(3, string.digits)}-{digits(3, string.digits)}",
               f"800{digits(7, string.digits)}", f"400{digits(7, string.digits)}", f"800-{digits(3, string.digits)}-{digits(4, string.digits)}",
               f"４００-{digits(3, string.digits).translate(FW)}-{digits(4, string.digits).translate(FW)}"])
    c = city(n) if n.startswith("w") else pick(["东阳", "明州", "华亭", "新安"])
    clinic = c + pick(["仁爱", "博爱", "华夏", "协和", "长江", "现代", "阳光"])
    t = pick([
        f"{clinic}男科医院　专业治疗前列腺炎　预约热线：{hl}",
        f"{c}男科哪家好？{clinic}医院，医保定点，咨询热线{hl}",
        f"无痛人流3分钟　不住院　{clinic}妇科医院　{hl}",
        f"治疗痔疮到{clinic}肛肠医院　免费咨询　{hl}",
        f"{clinic}植发医院　毛囊种植　专家免费面诊　{hl}",
        f"近视手术找{clinic}眼科　全飞秒限时优惠　{hl}",
        f"{clinic}皮肤病医院　银屑病、白癜风专科　{hl}",
    ])
    P = pick([P_after_end, P_after_end, P_after_end, P_between])(n)
    return R(n, P, t, "h3")


def h3_k(v):
    # v: which look-alike template (the driver gives each of a kind's keeps another one)
    n = pick(["w01", "w15", "w13"])
    if v == 0:
        kind = {"w01": "发热门诊医疗机构", "w15": "医联体成员单位", "w13": "定点医疗机构"}[n]
        t = f"附件：{place(n)}第一人民医院等{rnd(5, 30)}家{kind}名单"
        return R(n, P_before_sig(n), t, "h3")
    if v == 1:
        t = (f"医保服务热线：12393　　{place(n)}人民医院医保办电话：{landline(n)}" if n == "w13"
             else f"健康咨询热线：12320　　{place(n)}人民医院预约挂号电话：{landline(n)}")
        return R(n, P_before_sig(n), t, "h3")
    if v == 2:
        t = f"联系电话：{landline(n)}（工作日上午8:30—12:00，下午14:30—17:30）"
        return R(n, P_before_sig(n), t, "h3")
    n = "w15"
    L = lines_of(BASES[n])
    i = next(k for k, l in enumerate(L) if l.startswith("（一）加快推进区人民医院新院区建设"))
    t = f"新院区开诊后预约挂号电话：{landline(n)}。"
    return R(n, P_end_of(n, i), t, "h3")


def h4_d():
    # cause: a hidden <div> link farm for game private servers injected into hacked pages; the
    # crawler turns its <br> / <p> into line breaks, so the ad straddles a line break: glued to a
    # paragraph's end and continued on a line of its own, or split over two lines of its own.
    n = pick(NAMES)
    stems = ["cq", "sf", "chuanqi", "mir", "my", "176", "xyx"]
    dom = pick([domain(stems), obf_dot(domain(stems))])
    part = pick([
        (f"新开{pick(['1.76', '1.80', '1.85'])}复古传奇", f"今晚{rnd(7, 9)}点首区开放　官网：{dom}"),
        ("传奇私服发布网", f"{dom}　每日新开　QQ群{qq()}"),
        ("魔域私服 无限魔石 满V满级", f"下载地址：{dom}"),
        ("热血传奇sf 一秒一刀 装备全靠打", f"客服QQ：{qq()}　{dom}"),
        ("梦幻西游私服 全新版本", f"{dom} 公益服 玩家QQ群：{qq()}"),
    ])
    v = rnd(0, 2)
    if v == 0:
        P = P_para_end(n)
        return R(n, P, part[0] + "\n" + part[1], "h4")
    if v == 1:
        P = P_between(n)
        return R(n, P, part[0] + "\n" + part[1], "h4")
    L = lines_of(BASES[n])
    S = starts_of(L)
    i = pick(body(n))
    return R(n, (S[i], "", "", f"start of line {i}"), part[0] + "\n" + part[1], "h4")


def h4_k(v):
    # v: which look-alike template (the driver gives each of a kind's keeps another one)
    if v == 0:
        n = pick(SIGNED)
        t = f"联系人：{person()}，联系电话：{landline(n)}\n工作QQ群：{qq()}"
        return R(n, P_before_sig(n), t, "h4")
    if v == 1:
        n = pick(["w01", "w07", "w17"])
        L = lines_of(BASES[n])
        i = pick([k for k, l in enumerate(L) if "报送" in l and l.endswith("。")])
        t = f"报送邮箱：{INFO[n][3]}bgs@{INFO[n][2]}.gov.cn\n工作QQ群：{qq()}"
        return R(n, P_after_line(n, i), t, "h4")
    if v == 2:
        n = "w17"
        L = lines_of(BASES[n])
        i = pick([k for k, l in enumerate(L) if l.startswith("（一）各乡镇") or l.startswith("（二）县直")])
        t = f"各乡镇就业服务工作QQ群：{qq()}，请各乡镇联络员于2024年4月{rnd(16, 26)}日前入群。"
        return R(n, P_after_line(n, i), t, "h4")
    n = pick(G_DOCS[-3:])
    L = lines_of(BASES[n])
    c = [i for i in body(n) if re.search("文化|互联网|网络", L[i])]
    t = "加强网络游戏管理，落实未成年人防沉迷措施，净化网络文化环境。"
    return R(n, P_after_line(n, pick(c)), t, "h4")


def h5_d():
    # cause: crypto OTC / USDT "承兑" operators buy space on hacked government subdomains so their
    # Telegram handles rank; the injected text lands in brackets or bare between two sentences.
    n = pick(NAMES)
    h = handle()
    tg = pick([f"飞机@{h}", f"电报：@{h}", f"TG@{h}", f"纸飞机 {h}", f"@{h}", f"Telegram: @{h}", f"tg：{h}"])
    t = pick([
        f"USDT承兑 高价回收 {tg}",
        f"币圈带单 日收益{rnd(3, 20)}% {tg}",
        f"虚拟币搬砖 稳定无风险 {tg}",
        f"USDT兑换人民币 秒到账 {tg}",
        f"BTC ETH 合约喊单 {tg}",
        f"收U 出U 大额可谈 {tg}",
    ])
    if rng.random() < 0.5:
        o, c = pick(BRACKETS)
        t = o + t + c
    else:
        t = pick([" ", "", "　"]) + t + pick(["", " ", "。"])
    return R(n, P_between_sents(n, inner=rng.random() < 0.6), t, "h5")


def h5_k(v):
    # v: which look-alike template (the driver gives each of a kind's keeps another one)
    if v == 0:
        n = pick(["w05", "w25"])
        L = lines_of(BASES[n])
        i = next(k for k, l in enumerate(L) if re.match("（一）加大执法办案力度|（二）依照", l))
        t = "严厉打击以“USDT承兑”“虚拟币搬砖”为名的非法集资和洗钱活动。"
        return R(n, P_between_sents(n, [i], inner=False, nolead=True), t, "h5")
    if v == 1:
        n = "w17"
        L = lines_of(BASES[n])
        i = next(k for k, l in enumerate(L) if l.startswith("（四）加强宣传引导"))
        t = f"毕业生也可通过官方微博@{city(n)}人社 咨询就业政策。"
        return R(n, P_between_sents(n, [i], inner=False, nolead=True), t, "h5")
    if v == 2:
        n = "w05"
        L = lines_of(BASES[n])
        pool = [i for i in body(n) if re.search("消费|市场主体", L[i])]
        t = f"推广数字人民币在农贸市场、商超等场景应用，新增受理商户{rnd(300, 1500)}户。"
        return R(n, P_between_sents(n, pool, inner=True, nolead=True), t, "h5")
    n = pick(["w05", "w25", "w03", "w19"])
    t = f"{pick(['欢迎', '群众可'])}通过官方微博@{city(n)}{pick(['发布', '政务'])} 反映{topic(n)}领域问题。"
    L = lines_of(BASES[n])
    pool = [i for i in body(n) if re.search("投诉|群众|消费|服务", L[i])]
    return R(n, P_between_sents(n, pool, inner=False, nolead=True), t, "h5")


def h6_d():
    # cause: real-estate agents and sales teams buy native ad slots on local portals that
    # syndicate government news; the portal's injection puts a listing between paragraphs
    # or under the title, with a sales hotline or an agent's mobile.
    n = pick(NAMES)
    c = city(n) if n.startswith("w") else pick(["东阳", "明州", "华亭"])
    est = pick(["翡翠", "君悦", "御景", "滨江", "锦绣", "天玺", "壹号"]) + pick(["湾", "府", "华庭", "公馆", "院", "城"])
    m = pick([mobile(), split_digits(mobile()), f"{area(n)}-{digits(8, '2345678')}"])
    t = pick([
        f"{c}{est}　地铁口现房　首付{rnd(5, 30)}万起　售楼热线{m}",
        f"{c}{est} 精装三房 团购特价 咨询{m}",
        f"学区房急售 {rnd(60, 140)}平 {rnd(80, 300)}万 带车位 {pick(SURN)}经理{m}",
        f"商铺出租出售 {c}{est}临街旺铺 年回报{rnd(5, 9)}% {m}",
        f"{est}VIP认筹中，{rnd(1, 5)}万抵{rnd(6, 10)}万，置业顾问{pick(SURN)}：{m}",
        f"{c}二手房 {est} 满五唯一 诚心出售 {m}",
    ])
    P = pick([P_between, P_between, P_under_title])(n)
    return R(n, P, t, "h6")


def h6_k(v):
    # v: which look-alike template (the driver gives each of a kind's keeps another one)
    if v == 0:
        n = "w03"
        L = lines_of(BASES[n])
        i = pick([k for k in body(n) if re.search("住房保障|保障体系", L[k])])
        t = f"保障性租赁住房申请咨询电话：{landline(n)}，受理地点：{place(n)}政务服务中心{rnd(2, 4)}楼住房保障窗口。"
        return R(n, P_after_line(n, i), t, "h6")
    if v == 1:
        n = "w03"
        L = lines_of(BASES[n])
        i = pick([k for k in body(n) if "建筑" in L[k]])
        co = f"{city(n)}{pick(['华城', '安居', '宏达', '东方'])}{pick(['房地产开发有限公司', '建设集团有限公司'])}"
        t = f"{co}等{rnd(3, 9)}家企业被评为年度诚信企业。"
        return R(n, P_after_line(n, i), t, "h6")
    if v == 2:
        n = pick(["w05", "w19"])
        co = f"{city(n)}{pick(['恒信', '博远', '启明', '华拓', '绿源', '中科汇'])}{pick(['科技', '智能科技', '信息科技'])}有限公司"
        t = pick([f"{co}等{rnd(3, 12)}家企业获评“守合同重信用”企业。", f"{co}承建的监管信息平台完成一期建设。"])
        return R(n, P_after_line(n, pick(body(n))), t, "h6")
    n = pick(G_DOCS[-2:])
    L = lines_of(BASES[n])
    c = [i for i in body(n) if "房地产" in L[i] or "住房" in L[i]]
    t = "坚持住房的居住属性，促进房地产市场平稳健康发展。"
    return R(n, P_after_line(n, pick(c)), t, "h6")


def h7_d():
    # cause: document resellers and content-farm operators stamp their own contact into pirated
    # copies as a watermark -- a bare contact with no trade words -- so readers find them.
    n = pick(NAMES)
    m, q, w = mobile(), qq(), wxid(["wd", "doc", "wk", "zl", "ziliao", "wenku", "xz"])
    t = pick([
        f"微信：{w}", f"微信号{w}", f"QQ：{q}", f"V：{w}", f"加V：{w}", f"（微信同号{m}）", f"tel：{m}",
        f"加微信：{cn_digits(m)}", f"扣扣：{cn_digits(q)}", f"QQ/微信：{q}", f"vx {w}", f"Tel/WeChat: {m}",
        f"联系QQ{enclosed(q)}", f"@{handle()}",
    ])
    v = rnd(0, 3)
    if v == 0:
        P = P_para_end(n)
        t = pick(["", " ", "　"]) + t
    elif v == 1:
        P = P_between_sents(n, inner=True)
        t = pick(["", " "]) + t + pick(["", " "])
    elif v == 2:
        P = pick([P_under_title, P_between])(n)
    else:
        P = P_after_end(n)
    return R(n, P, t, "h7")


def h7_k(v):
    # v: which look-alike template (the driver gives each of a kind's keeps another one)
    if v == 0:
        n = pick(SIGNED)
        t = f"联系人：{person()}，联系电话：{landline(n)}。"
        return R(n, P_before_sig(n), t, "h7")
    if v == 1:
        n = pick(SIGNED)
        t = f"联系人：{person()}　　电话：{landline(n)}　　邮箱：{INFO[n][3]}@{INFO[n][2]}.gov.cn"
        return R(n, P_before_sig(n), t, "h7")
    if v == 2:
        n = pick(["w01", "w07", "w17"])
        L = lines_of(BASES[n])
        i = pick([k for k, l in enumerate(L) if "报送" in l and l.endswith("。")])
        t = f"联系电话：{landline(n)}。"
        return R(n, P_end_of(n, i), t, "h7")
    n = "w17"
    L = lines_of(BASES[n])
    i = next(k for k, l in enumerate(L) if l.startswith("（五）提升公共就业服务水平"))
    t = f"咨询电话：{landline(n)}（县公共就业服务中心）。"
    return R(n, P_end_of(n, i), t, "h7")


def h8_d():
    # cause: self-media accounts and 范文 sites repost government documents behind a follow gate
    # ("关注公众号…回复关键词获取全文"); text copied from them carries the gate.
    n = pick(NAMES)
    acct = pick(["公文", "材料", "笔杆子", "体制内", "机关", "秘书"]) + pick(["写作", "研习社", "圈", "宝典", "加油站", "俱乐部", "干货"])
    kw = pick(["范文", "要点", "总结", "材料", "模板", str(rnd(100, 999)), f"{genre(n)}"])
    t = pick([
        f"关注公众号“{acct}”，回复“{kw}”免费获取word版全文",
        f"微信搜索公众号【{acct}】回复{kw}，领取{rnd(50, 500)}篇同类范文",
        f"更多{genre(n)}范文，请关注微信公众号：{acct}",
        f"本文完整版已上传至公众号“{acct}”，后台回复“{kw}”即可下载",
        f"长按关注{acct}，每天分享公文写作干货",
        f"（关注“{acct}”公众号，回复关键词“{kw}”获取更多范文）",
    ])
    v = rnd(0, 3)
    if v == 0:
        return R(n, P_para_end(n), t, "h8")
    if v == 1:
        return R(n, P_between_sents(n, inner=True), t, "h8")
    if v == 2:
        return R(n, P_between(n), t, "h8")
    return R(n, P_after_end(n), t, "h8")


def h8_k(v):
    # v: which look-alike template (the driver gives each of a kind's keeps another one)
    if v == 0:
        n = "w17"
        L = lines_of(BASES[n])
        i = next(k for k, l in enumerate(L) if l.startswith("（四）加强宣传引导"))
        t = f"毕业生可关注“{city(n)}人社”微信公众号，回复“岗位”查询最新招聘信息。"
        return R(n, P_between_sents(n, [i], inner=False, nolead=True), t, "h8")
    if v == 1:
        n = pick(["w01", "w15"])
        L = lines_of(BASES[n])
        pool = [i for i in body(n) if re.search("预约诊疗|疫苗|家庭医生|免疫", L[i])]
        t = f"市民可关注“健康{city(n)}”微信公众号，查询预约诊疗和疫苗接种信息。"
        return R(n, P_between_sents(n, pool, inner=False, nolead=True), t, "h8")
    if v == 2:
        n = "w13"
        L = lines_of(BASES[n])
        i = next(k for k, l in enumerate(L) if l.startswith("五、提升医保经办服务水平"))
        t = f"参保群众可关注“{city(n)}医保”微信公众号，在线办理参保缴费和异地就医备案。"
        return R(n, P_end_of(n, i), t, "h8")
    n = pick(["w05", "w21"])
    L = lines_of(BASES[n])
    i = next(k for k, l in enumerate(L) if re.match("（二）做好消费维权工作|（三）严格考核问责", l))
    t = f"请关注“{city(n)}发布”微信公众号，及时了解{'消费警示和维权信息' if n == 'w05' else '每月空气质量排名情况'}。"
    return R(n, P_end_of(n, i), t, "h8")


# ====================================================================== driver
KINDS = [
    ("farm_slogan_line", d_farm_slogan, k_farm_slogan, False),
    ("h1", h1_d, h1_k, True),
    ("writing_bracket", d_writing_bracket, k_writing_bracket, False),
    ("h2", h2_d, h2_k, True),
    ("loan_prefix", d_loan_prefix, k_loan_prefix, False),
    ("h3", h3_d, h3_k, True),
    ("invoice_between", d_invoice_between, k_invoice_between, False),
    ("h4", h4_d, h4_k, True),
    ("flyer_ocr", d_flyer_ocr, k_flyer_ocr, False),
    ("h5", h5_d, h5_k, True),
    ("coupon_link", d_coupon_link, k_coupon_link, False),
    ("h6", h6_d, h6_k, True),
    ("parttime_qr", d_parttime_qr, k_parttime_qr, False),
    ("h7", h7_d, h7_k, True),
    ("seo_mail", d_seo_mail, k_seo_mail, False),
    ("h8", h8_d, h8_k, True),
]
N_DEFECT, N_KEEP = 8, 4
# coverage the set must show (regexes over the inserted spans): trades, contact spellings, positions
COVER_DEFECT = {
    "exam/course": "包过|押题|成人高考", "loan/credit card": "贷|信用卡", "gambling/lottery": "百家乐|时时彩|投注|六合彩",
    "invoice/certificate": "发票|办证|毕业证", "clinic": "医院|妇科|男科", "renovation/moving/locksmith": "开锁|搬家|翻新",
    "private server": "私服|传奇", "coupon/short link": "券|砍一刀|t\\.cn|url\\.cn|dwz\\.cn", "crypto/USDT": "USDT|BTC|收U",
    "part-time/刷单": "刷单|兼职", "real estate": "售楼|置业顾问|学区房|二手房|商铺", "SEO/backlinks": "外链|友情链接|快排|蜘蛛池",
    "paid writing/template site": "代写|范文|模板|文库",
    "WeChat with colon": "微信：", "WeChat without colon": "微信[a-zA-Z0-9 ]", "QQ": "QQ|qq",
    "薇信": "薇信", "V信": "V信", "扣扣": "扣扣", "威❤": "威❤", "vx": "vx", "企鹅": "企鹅",
    "homoglyph digits": "[OlIЗбBᒿƼ丨]", "full-width digits": "[０-９]", "circled digits": "[①-⑨⑴-⑼⒈-⒐❶-❾➀-➈⓵-⓽]",
    "digits split by spaces/dashes": "1[3-9][0-9]( |-|—| - |  )[0-9]{4}", "Chinese-numeral digits": "[〇零壹贰叁肆伍陆柒捌玖一二三四五六七八九]{5,}",
    "公众号 + reply keyword": "公众号.*回复", "400/800 hotline": "(400|800|４００)[-0-9０-９]", "mobile": "1[3-9][0-9]{9}",
    "e-mail": "[@＃#＠]|\\(at\\)", "domain with 。": "。(com|net|cn|cc|xyz|top|vip|co)", "domain with [点]": "\\[点\\]",
    "short link": "t\\.cn/|url\\.cn/|dwz\\.cn/|m\\.tb\\.cn/", "@handle": "@[a-z]", "QR code": "二维码|扫码|扫一扫",
    "line break inside": "[^\\n]\\n[^\\n]", "bracket （）": "^[ 　]?（", "bracket 【】": "^[ 　]?【", "bracket 〖〗": "^[ 　]?〖",
    "bracket []": "^[ 　]?\\[", "bracket 「」": "^[ 　]?「", "bracket 《》": "^[ 　]?《",
    "no contact (本文由/更多范文/下载word版)": "本文由|更多.*范文请访问|下载word版",
}
COVER_KEEP = {
    "contact line": "联系人：.*电话：0", "12345/12315": "12345|12315", "请关注“XX发布”微信公众号": "关注“.*发布”微信公众号",
    "source note": "来源：", ".gov.cn site": "\\.gov\\.cn", "quoted ad wording": "“代写论文”“包过”", "QQ work group": "QQ群",
    "模板/范文/素材 in own sense": "模板|范文|素材", "淘宝村/直播带货": "淘宝村|直播带货", "举报邮箱": "举报(电子)?邮箱",
    "registration URL": "报名网址|登录.*gov\\.cn", "科技有限公司": "科技有限公司",
}
BAD_KEEP_ASCII = re.compile(r"[,;()]|(?<![0-9a-z]):(?![0-9/])")


def keep_text_ok(t):
    """look-alikes are written with full-width punctuation (ASCII only in URLs, e-mails, clock times)."""
    bare = re.sub(r"https?://\S+?(?=[，。；）\n]|$)|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", "", t)
    return not BAD_KEEP_ASCII.search(bare)


def main():
    probes, seen = [], set()
    for kind, dfn, kfn, held in KINDS:
        nvar = 5 if kfn in (k_farm_slogan, k_loan_prefix) else 4
        variants = [0] + rng.sample(range(1, nvar), N_KEEP - 1)  # each keep of a kind from another template
        rng.shuffle(variants)
        for label, fn, want_n in (("defect", dfn, N_DEFECT), ("keep", kfn, N_KEEP)):
            got, tries = 0, 0
            while got < want_n:
                tries += 1
                assert tries < 5000, (kind, label)
                rec = fn() if label == "defect" else fn(variants[got])
                if rec is None:
                    continue
                n, pos, ins = rec["name"], rec["pos"], rec["ins"]
                base = BASES[n]
                raw = base[:pos] + ins + base[pos:]
                if raw in seen:
                    continue
                if label == "keep":
                    assert keep_text_ok(rec["text"]), (kind, rec["text"])
                seen.add(raw)
                probes.append({"id": None, "family": FAMILY, "kind": kind, "label": label, "held": held,
                               "raw": raw, "want": base if label == "defect" else raw, "flag": None, "base": n,
                               "note": (f"{kind} {label}" if held else rec["note"]),
                               "_span": (pos, pos + len(ins))})
                got += 1
    for k, p in enumerate(probes, 1):
        p["id"] = f"{FAMILY}-{k:04d}"
    # ---- self-check
    assert len({p["id"] for p in probes}) == len(probes)
    assert len({p["raw"] for p in probes}) == len(probes)
    held_kinds = [k for k, _, _, h in KINDS if h]
    assert len(KINDS) == 16 and len(held_kinds) == 8 and len({k for k, *_ in KINDS}) == 16
    count = Counter((p["kind"], p["label"]) for p in probes)
    for kind, *_ in KINDS:
        assert count[(kind, "defect")] == N_DEFECT and count[(kind, "keep")] == N_KEEP, kind
    assert len(probes) == 16 * (N_DEFECT + N_KEEP)
    for label, cover in (("defect", COVER_DEFECT), ("keep", COVER_KEEP)):
        spans = [p["raw"][p["_span"][0]:p["_span"][1]].strip("\n") for p in probes if p["label"] == label]
        missing = [k for k, rx in cover.items() if not any(re.search(rx, t) for t in spans)]
        assert not missing, (label, missing)
    for p in probes:
        base = BASES[p["base"]]
        s, e = p.pop("_span")
        assert 0 <= s < e <= len(p["raw"]), p["id"]
        assert p["raw"][:s] + p["raw"][e:] == base, p["id"]          # the inserted span out -> base
        assert len(p["raw"]) - len(base) == e - s, p["id"]
        if p["label"] == "defect":
            assert p["want"] == base and p["raw"] != p["want"], p["id"]
        else:
            assert p["label"] == "keep" and p["raw"] == p["want"] and p["raw"] != base, p["id"]
        assert p["flag"] is None and p["family"] == FAMILY
        assert p["held"] == (p["kind"] in held_kinds), p["id"]
        assert list(p) == ["id", "family", "kind", "label", "held", "raw", "want", "flag", "base", "note"]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for p in probes:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    for kind, *_ in KINDS:
        print(f"{kind:18} defect {count[(kind, 'defect')]} keep {count[(kind, 'keep')]}")
    print("total", len(probes), "defects", sum(p["label"] == "defect" for p in probes),
          "keeps", sum(p["label"] == "keep" for p in probes), "held kinds", len(held_kinds), "-> ", OUT)


if __name__ == "__main__":
    main()
