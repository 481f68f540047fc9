#!/usr/bin/env python3
"""Blind probe generator, family "ads".

Third-party advertisements, solicitations and content-farm notes that a crawler
brings back inside a government document (bracketed inline or as whole lines),
plus "keep" look-alikes from real government usage.

Writes eval/out/probes/ads.jsonl.  stdlib only, fixed seed.
"""
import glob
import json
import os
import random
import re

from probetext import lines_of

SEED = 240524
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "base", "tune")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "out", "probes", "ads.jsonl")

rng = random.Random(SEED)

# --------------------------------------------------------------------------
# base documents
# --------------------------------------------------------------------------
DOCS = []
for p in sorted(glob.glob(os.path.join(BASE, "*.txt"))):
    name = os.path.basename(p)[:-4]
    with open(p, encoding="utf-8") as f:
        text = f.read()
    meta = {}
    js = p[:-4] + ".json"
    if os.path.exists(js):
        with open(js, encoding="utf-8") as f:
            meta = json.load(f)
    DOCS.append({"name": name, "text": text, "meta": meta})

W_DOCS = [d for d in DOCS if d["name"].startswith("w")]

DATE_RE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
CJK = re.compile(r"[\u4e00-\u9fff]")


def join_lines(ls):
    return "\n".join(ls) + "\n"


def body_para_idx(ls):
    """indices of real body paragraphs (not title, not headings/signature)"""
    out = []
    for i, l in enumerate(ls):
        if i == 0:
            continue
        if len(l) >= 40 and "。" in l and not l.startswith("——"):
            out.append(i)
    return out


def publisher(doc):
    pub = doc["meta"].get("publisher")
    if pub:
        return pub
    t = lines_of(doc["text"])[0]
    m = re.match(r"^(.*?(局|委员会|政府|院))", t)
    return m.group(1) if m else "国务院"


def signature_start(ls):
    """index of the publisher line of a trailing signature block, or None"""
    if len(ls) >= 3 and DATE_RE.match(ls[-1]) and "。" not in ls[-2] and len(ls[-2]) < 30:
        return len(ls) - 2
    return None


def pick_doc(only_w=False):
    return rng.choice(W_DOCS if only_w else DOCS)


# --------------------------------------------------------------------------
# ad vocabulary
# --------------------------------------------------------------------------
BRACKETS = [("（", "）"), ("(", ")"), ("【", "】"), ("〖", "〗"), ("[", "]"),
            ("〔", "〕"), ("「", "」"), ("『", "』"), ("［", "］"), ("{", "}"),
            ("<", ">"), ("＜", "＞"), ("｛", "｝")]

TRADES = {
    "daixie": ["专业代写各类工作总结、述职报告", "代写公文材料 原创保过", "材料代写24小时交稿",
               "代写心得体会、调研报告", "公文写作代笔 价格优惠", "各类汇报材料代写代改",
               "原创代写 不满意不收费"],
    "fanwen": ["更多工作要点范文尽在第一范文网", "海量工作计划范文免费下载", "2万篇总结范文一键套用",
               "精品公文模板免费领", "述职报告模板大全", "同类范文请搜：文秘帮"],
    "wenku": ["本文档VIP会员免费下载", "完整版Word文档下载", "下载完整版请开通会员",
              "全文共18页 下载后可编辑", "原文档可复制 点击下载", "免积分下载本文"],
    "exam": ["公务员考试笔试面试包过班", "2024省考冲刺班火热报名中", "事业单位面试一对一特训",
             "教师资格证 不过退费", "一建二建 保过协议班", "遴选考试真题资料领取"],
    "loan": ["急用钱 无抵押贷款当天放款", "征信花了也能下款", "大额信用贷 秒批秒到",
             "网贷逾期协商 停催停息", "身份证就能贷 额度5万"],
    "medical": ["男科医院 专治前列腺", "无痛人流 399元起", "白癜风专科 名医坐诊",
                "治疗不孕不育找华美医院", "植发 一次终身受益", "近视手术 限时特惠"],
    "secondhand": ["二手手机高价回收", "回收购物卡、茅台酒", "二手挖机 低价出售",
                   "回收黄金 当面结算"],
    "moving": ["搬家公司 价格实惠 随叫随到", "老房翻新 免费量房设计", "家庭保洁 开荒保洁",
               "疏通下水道 24小时上门"],
    "job": ["兼职打字员 日结300", "在家刷单 一单一结", "招聘宝妈 手机操作 日赚500",
            "高薪招聘 包吃住 月入过万"],
    "game": ["传奇私服 一刀999级", "棋牌游戏 上下分秒到", "新开仙侠手游 送满V",
             "捕鱼达人 注册送88元"],
    "tutor": ["小学初中一对一辅导", "高考志愿填报专家一对一", "中考数学提分班",
              "少儿编程 免费试听"],
}

LONG_TRADES = {
    "daixie": ["还在为写材料发愁吗？本站专业团队一对一代写工作总结、述职报告、调研报告，原创保过，3小时出稿。",
               "需要原创材料的朋友注意了！我们提供公文代写服务，体制内笔杆子执笔，不满意全额退款。"],
    "fanwen": ["本站收录各类工作要点、工作总结、实施方案范文两万余篇。全部可复制编辑，一键下载！",
               "想要更多同类范文？每日更新，免费下载，写材料再也不用熬夜了。"],
    "wenku": ["本文共12页，当前仅显示部分内容。开通VIP会员即可下载完整Word版，支持复制编辑！",
              "因篇幅限制，剩余内容未显示。下载完整版请充值会员，限时5折。"],
    "exam": ["2024年公务员考试备考进行时！名师直播课+真题题库，面试不过全额退费。",
             "事业单位招聘考试开始报名啦！小班面授，协议保过，名额有限，先到先得。"],
    "loan": ["急用钱找我们！无抵押、无担保，凭身份证即可申请，最快10分钟到账。",
             "征信不好也能贷？专业团队帮您办理，额度最高20万，当天放款。"],
    "medical": ["专科医院特邀国内知名专家坐诊，采用进口设备，治疗效果显著。现在预约可享挂号费全免！",
                "久治不愈怎么办？华美医院专家团队为您量身定制治疗方案，医保可报销。"],
    "job": ["急招兼职！手机操作，时间自由，日结工资200—500元。宝妈、学生均可。",
            "诚招线上客服，无需经验，在家即可办公，月入8000+，名额有限。"],
    "tutor": ["暑期班火热报名中！名校教师一对一辅导，成绩不提高全额退款。",
              "孩子成绩上不去？专业老师上门辅导，首课免费试听。"],
}

WORDS = ["wenmi", "fanwen", "xiecai", "gwxz", "kaoshi", "daikuan", "jzwy", "banjia", "wk", "bigan",
         "xiezuo", "zl", "hm", "sy", "laoshi"]
GZH_NAMES = ["公文写作宝典", "笔杆子范文库", "文秘资料站", "体制内写作圈", "上岸学长", "材料狗互助",
             "公考通", "范文大全"]
KEYWORDS = ["范文", "要点", "总结", "资料", "888", "666", "领取", "模板"]
DOMAINS = ["diyifanwen", "wenmi365", "gwyxz", "51fanwen", "fwdq", "docin88", "wk1688", "xiezuo8",
           "ruiwen365", "cnfanwen", "gkzl99", "taoci1"]
TLDS = [".com", ".cn", ".net", ".com.cn", ".cc", ".top"]


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def wxid():
    return rng.choice(WORDS) + rng.choice(["", "_", "-"]) + digits(rng.randint(3, 6))


def mobile():
    head = rng.choice(["13", "15", "17", "18", "19"]) + rng.choice("0123456789")
    rest = digits(8)
    fmt = rng.randrange(5)
    if fmt == 0:
        return head + rest
    if fmt == 1:
        return head + " " + rest[:4] + " " + rest[4:]
    if fmt == 2:
        return head + "-" + rest[:4] + "-" + rest[4:]
    if fmt == 3:
        return (head + rest).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return head + "**" + rest[2:]  # "***" obfuscated display sometimes seen


def contact(kind=None):
    kind = kind or rng.choice(["wx", "wx", "qq", "mob", "400", "url", "dom", "gzh", "social", "qr"])
    sep = rng.choice(["：", ":", " ", "", "："])
    if kind == "wx":
        lab = rng.choice(["微信", "微信号", "VX", "vx", "V信", "薇", "薇信", "威信", "加V", "wx", "WX", "徽信", "V❤", "加微"])
        return lab + sep + wxid()
    if kind == "qq":
        lab = rng.choice(["QQ", "qq", "扣扣", "Q", "QQ群", "Q Q", "企鹅"])
        return lab + sep + str(rng.randint(1, 9)) + digits(rng.randint(7, 9))
    if kind == "mob":
        lab = rng.choice(["电话", "手机", "热线", "联系", "咨询", "Tel", "☎", ""])
        return lab + (sep if lab else "") + mobile()
    if kind == "400":
        return rng.choice(["全国热线", "免费咨询", "客服", ""]) + "400-" + digits(3) + "-" + digits(4)
    if kind == "url":
        return rng.choice(["http://www.", "https://www.", "www.", "https://m."]) + rng.choice(DOMAINS) + rng.choice(TLDS) + rng.choice(["", "/", "/vip", "/?from=gov"])
    if kind == "dom":
        d = rng.choice(DOMAINS)
        t = rng.choice([".com", ".cn", "点com", "。cn", " . com", "(点)net", "．ｃｏｍ"])
        return rng.choice(["访问", "搜", "上", "网址", "请认准"]) + rng.choice(["", "："]) + d + t
    if kind == "gzh":
        n = rng.choice(GZH_NAMES)
        k = rng.choice(KEYWORDS)
        return rng.choice(["关注公众号“%s”回复“%s”" % (n, k), "公众号：%s 回复%s免费领" % (n, k),
                           "微信搜索公众号【%s】，回复【%s】" % (n, k), "关注gzh%s，后台回复%s" % (n, k)])
    if kind == "social":
        n = rng.choice(GZH_NAMES)
        return rng.choice(["抖音搜索“%s”" % n, "抖音号：" + wxid(), "小红书号：" + digits(9),
                           "小红书@" + n, "B站UP主：" + n, "B站搜" + n, "知乎搜“%s”" % n,
                           "快手：" + wxid()])
    if kind == "qr":
        return rng.choice(["扫描下方二维码添加客服", "长按识别二维码领取", "扫码进群免费领资料",
                           "扫一扫右侧二维码", "微信扫码立减50元"])
    raise ValueError(kind)


def short_ad(trade=None, ckind=None, punct=None):
    trade = trade or rng.choice(list(TRADES))
    t = rng.choice(TRADES[trade])
    ckind = ckind or rng.choice(["wx", "wx", "qq", "mob", "400", "url", "dom", "gzh", "social", "qr"])
    c = contact(ckind)
    punct = rng.random() < 0.35 if punct is None else punct
    if punct:
        if rng.random() < 0.3:
            t = rng.choice(["需要", "还在找", "想要"]) + t.replace(" ", "，") + "吗？"
        else:
            t = t + rng.choice(["！", "。", "，", "！！"])
        if ckind in ("wx", "qq", "mob", "400") and rng.random() < 0.5:
            c = rng.choice(["请联系", "咨询", "详询", "速加"]) + c
        return t + c + rng.choice(["！", "。", "；", "", "~"])
    return t + rng.choice([" ", "  ", "，", "→", "|", "——", " "]) + c


def wrap(ad):
    o, c = rng.choice(BRACKETS)
    return o + ad + c, (o, c)


def glue():
    r = rng.random()
    if r < 0.6:
        return "", ""
    if r < 0.75:
        return " ", " "
    if r < 0.85:
        return " ", ""
    if r < 0.93:
        return "", " "
    return "\u3000", ""


# --------------------------------------------------------------------------
# position helpers
# --------------------------------------------------------------------------
def mid_positions(line):
    """positions i where line[i-1], line[i] are both CJK (a word/clause boundary guess),
    or right after a comma/enumeration comma; not near the ends"""
    out = []
    for i in range(4, len(line) - 4):
        a, b = line[i - 1], line[i]
        if a in "，、；" and CJK.match(b):
            out.append(i)
            out.append(i)  # weight clause boundaries
        elif CJK.match(a) and CJK.match(b):
            out.append(i)
    return out


SPLIT_WORDS = ["社会主义", "现代化", "高质量", "一体化", "常态化", "经济", "发展", "改革", "建设", "服务",
               "管理", "安全", "卫生", "健康", "医疗", "保障", "监管", "治理", "创新", "生态", "环境",
               "旅游", "交通", "就业", "市场", "农村", "基层", "体系", "机制", "工程", "企业", "项目",
               "防控", "落实", "群众", "政府", "人民"]


def insert_at(text, pos, s):
    return text[:pos] + s + text[pos:]


def line_offset(ls, idx):
    return sum(len(l) + 1 for l in ls[:idx])


# --------------------------------------------------------------------------
# probe builders
# --------------------------------------------------------------------------
PROBES = []


def add(kind, label, raw, want, note, flag=None, doc=None):
    PROBES.append({"kind": kind, "label": label, "raw": raw, "want": want, "flag": flag,
                   "note": (note + (" [base %s]" % doc["name"] if doc else "")).replace("\n", " ")})


def inline_defect(kind, ad_text, where, note):
    """insert a bracketed ad into a body paragraph; want = original"""
    doc = pick_doc()
    text = doc["text"]
    ls = lines_of(text)
    idx = rng.choice(body_para_idx(ls))
    line = ls[idx]
    base = line_offset(ls, idx)
    wrapped, br = wrap(ad_text) if not ad_text.startswith("\x00") else (ad_text[1:], None)
    gl, gr = glue()
    if where == "mid":
        pos = rng.choice(mid_positions(line))
    elif where == "start":
        pos = 0
        gl = ""
    elif where == "end":
        pos = len(line)
        gr = ""
    elif where == "sent_end":  # after a 。 inside the paragraph (or the end)
        cands = [i + 1 for i, ch in enumerate(line) if ch == "。"]
        pos = rng.choice(cands)
        if pos == len(line):
            gr = ""
    else:
        raise ValueError(where)
    raw = insert_at(text, base + pos, gl + wrapped + gr)
    add(kind, "defect", raw, text, note + "; %s of para %d, brackets %s, glue %r/%r" % (where, idx, br and "".join(br), gl, gr), doc=doc)


def split_defect(kind, ad_text, note):
    doc = pick_doc()
    text = doc["text"]
    ls = lines_of(text)
    idxs = body_para_idx(ls)
    cands = []
    for i in idxs:
        off = line_offset(ls, i)
        for w in SPLIT_WORDS:
            for m in re.finditer(w, ls[i]):
                cands.append((off + m.start(), w))
    start, w = rng.choice(cands)
    cut = len(w) // 2 if len(w) != 3 else rng.choice([1, 2])
    wrapped, br = wrap(ad_text)
    raw = insert_at(text, start + cut, wrapped)
    add(kind, "defect", raw, text, note + "; splits word %s|%s, brackets %s" % (w[:cut], w[cut:], "".join(br)), doc=doc)


def line_defect(kind, ad_line, where, note):
    doc = pick_doc()
    text = doc["text"]
    ls = lines_of(text)
    if where == "between":
        sig = signature_start(ls)
        last = (sig if sig is not None else len(ls)) - 1
        k = rng.randint(2, max(2, last))  # insert before line k (k>=2: not next to the title)
        new = ls[:k] + [ad_line] + ls[k:]
    elif where == "end":
        new = ls + [ad_line]
        k = len(ls)
    else:
        raise ValueError(where)
    raw = join_lines(new)
    add(kind, "defect", raw, text, note + "; own line inserted at line %d" % k, doc=doc)


def keep_sentence(kind, sent, note, only_w=False):
    """insert a legitimate sentence after a sentence end in a body paragraph; raw == want"""
    doc = pick_doc(only_w)
    text = doc["text"]
    ls = lines_of(text)
    idx = rng.choice(body_para_idx(ls))
    line = ls[idx]
    cands = [i + 1 for i, ch in enumerate(line) if ch == "。"]
    pos = rng.choice(cands)
    raw = insert_at(text, line_offset(ls, idx) + pos, sent)
    add(kind, "keep", raw, raw, note + "; sentence after pos %d of para %d" % (pos, idx), doc=doc)


def keep_lines(kind, new_lines, where, note, only_w=False, doc=None):
    doc = doc or pick_doc(only_w)
    text = doc["text"]
    ls = lines_of(text)
    sig = signature_start(ls)
    if where == "before_sig":
        k = sig if sig is not None else len(ls)
    elif where == "after_para":
        k = rng.choice(body_para_idx(ls)) + 1
    elif where == "end":
        k = len(ls)
    else:
        raise ValueError(where)
    raw = join_lines(ls[:k] + new_lines + ls[k:])
    add(kind, "keep", raw, raw, note + "; line(s) at %d" % k, doc=doc)


# --------------------------------------------------------------------------
# DEFECT kinds
# --------------------------------------------------------------------------

def k_ad_inline_mid():
    """crawler of a content-farm mirror: the mirror site injects bracketed paid ads
    between two words/clauses of a sentence; the crawler brings them back."""
    for _ in range(12):
        ad = short_ad()
        inline_defect("ad_inline_mid", ad, "mid", "bracketed ad spliced mid-sentence: remove ad+brackets+glue")


def k_ad_inline_splitword():
    """SEO spam / template-site injection: anti-scraping or keyword-stuffing inserts an ad
    at a fixed character offset, landing inside a word (社会【…】主义)."""
    for _ in range(12):
        ad = short_ad(punct=rng.random() < 0.3)
        split_defect("ad_inline_splitword", ad, "bracketed ad splits a word: remove, word rejoins")


def k_ad_inline_para_start():
    """CMS template of a reposting site: a promo slot rendered before each paragraph
    block; HTML-to-text keeps it glued to the paragraph's start."""
    for _ in range(11):
        ad = short_ad()
        inline_defect("ad_inline_para_start", ad, "start", "bracketed ad glued to paragraph start: remove")


def k_ad_inline_para_end():
    """content-farm repost: ad appended after the last sentence of a paragraph (often
    with punctuation inside, 。！), HTML-to-text joins it to the paragraph."""
    for _ in range(12):
        ad = short_ad(punct=rng.random() < 0.6)
        where = rng.choice(["end", "end", "sent_end"])
        inline_defect("ad_inline_para_end", ad, where, "bracketed ad after a sentence end: remove")


def obfuscate(s):
    """spam-filter evasion: split characters with symbols, homophones"""
    out = []
    for ch in s:
        out.append(ch)
        if rng.random() < 0.25 and ch.strip():
            out.append(rng.choice(["*", "·", " ", "丨", "/", "❤", "~"]))
    return "".join(out)


def k_ad_inline_obfuscated():
    """SEO spammers evading keyword filters: contacts written as 薇/V❤/扣扣, digits in
    Chinese numerals or split by symbols, domains as 点com; crawled along with the page."""
    cn = "零一二三四五六七八九"
    for _ in range(11):
        r = rng.random()
        if r < 0.3:
            num = "1" + rng.choice("3589") + digits(9)
            c = rng.choice(["薇", "V❤", "威", "+V", "加薇"]) + "：" + "".join(cn[int(d)] if rng.random() < 0.7 else d for d in num)
        elif r < 0.55:
            c = rng.choice(["扣扣", "Q Q", "企鹅号"]) + "：" + " ".join(digits(3) for _ in range(3))
        elif r < 0.8:
            c = obfuscate(contact("wx"))
        else:
            c = rng.choice(["网站", "网址", "搜"]) + "：" + rng.choice(DOMAINS) + rng.choice(["点com", "dot cn", "(.)net", "。C0M", "，cn"])
        t = rng.choice(TRADES[rng.choice(["daixie", "loan", "medical", "game", "exam", "job"])])
        if rng.random() < 0.4:
            t = obfuscate(t)
        ad = t + rng.choice([" ", "，", "", "——"]) + c
        inline_defect("ad_inline_obfuscated", ad, rng.choice(["mid", "end", "sent_end"]),
                      "bracketed ad with obfuscated contact: remove")


def k_ad_inline_social():
    """content-farm / self-media repost: bracketed promotion of a 公众号 (reply keyword),
    抖音/小红书/B站/知乎 account or a QR-code hint, kept by the crawler."""
    for _ in range(11):
        trade = rng.choice(["daixie", "fanwen", "wenku", "exam", "tutor"])
        lead = rng.choice(["更多范文", "获取完整版", "领取全套资料", "同款模板", "领取真题", "免费资料"])
        ck = rng.choice(["gzh", "gzh", "social", "social", "qr"])
        ad = lead + rng.choice(["，", "→", " ", "：", "——"]) + contact(ck)
        if rng.random() < 0.3:
            ad += rng.choice(["！", "。", "~"])
        inline_defect("ad_inline_social", ad, rng.choice(["mid", "end", "start", "sent_end"]),
                      "bracketed social/公众号 promo: remove")


def k_ad_line_short():
    """crawler of a reposting site: a one-line text ad block between paragraphs
    (sidebar/inline banner converted to text)."""
    for _ in range(12):
        ad = short_ad()
        r = rng.random()
        if r < 0.3:
            o, c = rng.choice(BRACKETS)
            ad = o + rng.choice(["广告", "推广", "赞助", "AD", "推荐"]) + c + ad
        elif r < 0.45:
            ad = wrap(ad)[0]
        elif r < 0.55:
            ad = rng.choice([" ", "  ", "\u3000"]) + ad + rng.choice(["", " "])
        line_defect("ad_line_short", ad, "between", "short whole-line ad between paragraphs: drop line+newline")


def k_ad_line_long():
    """content-farm page: a multi-sentence promotional paragraph (with 。！？) inserted
    between the document's paragraphs; the crawler keeps it as a paragraph."""
    for _ in range(12):
        trade = rng.choice(list(LONG_TRADES))
        ad = rng.choice(LONG_TRADES[trade])
        ck = rng.choice(["wx", "wx", "qq", "mob", "400", "url", "dom", "gzh", "social", "qr"])
        c = contact(ck)
        if ck in ("wx", "qq", "mob", "400"):
            lead = rng.choice(["咨询请加", "详询", "点击咨询→", ""] + (["报名热线：", "联系方式："] if ck in ("mob", "400") else []))
        else:
            lead = rng.choice(["", "", "详情", "更多请"])
        ad += lead + c + rng.choice(["。", "！", "", "（备注：官网）"])
        line_defect("ad_line_long", ad, "between", "multi-sentence ad paragraph: drop line+newline")


def k_ad_line_doc_end():
    """template site footer: trailing solicitation after the document body/signature
    (related-downloads block, VIP prompt, contact), crawled into the text."""
    for _ in range(12):
        r = rng.random()
        if r < 0.4:
            ad = short_ad(trade=rng.choice(["daixie", "fanwen", "wenku"]))
        elif r < 0.7:
            ad = rng.choice(LONG_TRADES[rng.choice(["daixie", "fanwen", "wenku"])]) + contact()
        else:
            ad = rng.choice(["需要本文完整Word版的，", "想要同类型材料的，", "写材料遇到困难？", "↓↓↓更多范文↓↓↓ "]) + contact() + rng.choice(["", "。", "！"])
        line_defect("ad_line_doc_end", ad, "end", "ad line at end of document: drop line+newline")


FARM_INLINE = [
    "本文由{site}整理", "本文由{site}网友投稿", "更多精彩内容请访问{site}", "更多{t}请关注{site}",
    "文章来源于网络，如有侵权请联系删除", "原创声明：本文为{site}原创，转载请注明出处",
    "本文仅供参考，请勿直接套用", "未完，请点击下一页继续阅读", "相关推荐：{t}大全",
    "本文来自网友投稿，不代表本站立场", "温馨提示：本文共3页，当前第1页", "版权归原作者所有",
    "内容整理自网络，仅供学习交流", "全文阅读已结束，下载本文需要使用2积分",
]
FARM_LINE = [
    "本文由{site}整理，仅供学习参考。", "以上就是小编为大家整理的{t}，希望对大家有所帮助！",
    "声明：本文内容来源于网络，版权归原作者所有，如有侵权请联系删除。",
    "免责声明：本站所发布的文章仅供参考，不代表本站观点。",
    "看了本文的人还看了：{t}、工作计划范文、述职报告范文",
    "【相关文章】{t}精选5篇", "本文链接：{url}", "更多{t}请继续关注{site}栏目。",
    "文章来源：网络  责任编辑：小编", "您正在阅读的是{site}为您整理的{t}。",
    "喜欢本文请点赞、收藏、转发！", "（本文约3800字，阅读需要10分钟）",
]
SITES = ["第一范文网", "瑞文网", "文秘114", "公文写作网", "范文先生网", "学习啦", "出国留学网", "本站",
         "秘书工作网", "文档之家"]
TOPICS = ["工作要点", "工作总结", "实施方案", "工作计划", "通知范文", "述职报告", "心得体会"]


def farm(tpl):
    return tpl.format(site=rng.choice(SITES), t=rng.choice(TOPICS),
                      url="https://www." + rng.choice(DOMAINS) + rng.choice(TLDS) + "/" + rng.choice(["gongwen", "zongjie", "fanwen"]) + "/" + digits(6) + ".html")


def k_farm_note_inline():
    """content farm / template site: bracketed boilerplate notes without a contact
    (【本文由…整理】, （文章来源于网络…）) stitched into paragraphs."""
    for _ in range(12):
        note = farm(rng.choice(FARM_INLINE))
        if rng.random() < 0.2:
            note += rng.choice(["。", "！", "……"])
        inline_defect("farm_note_inline", note, rng.choice(["end", "end", "start", "sent_end", "mid"]),
                      "content-farm note in brackets: remove")


def k_farm_note_line():
    """content farm / template site: boilerplate line (source disclaimer, 小编 closing,
    related-articles, permalink) standing between paragraphs or at the end."""
    for _ in range(12):
        note = farm(rng.choice(FARM_LINE))
        line_defect("farm_note_line", note, rng.choice(["between", "end", "end"]),
                    "content-farm note as own line: drop line+newline")


# --------------------------------------------------------------------------
# KEEP kinds (raw == want)
# --------------------------------------------------------------------------
ORG_ABBR = [("工作领导小组", "领导小组"), ("工作专班", "专班"), ("联席会议制度", "联席会议"), ("指挥部", "指挥部"), ("专家咨询委员会", "专家委")]


def k_keep_gov_paren():
    """real government parentheticals (以下简称/见附件/含/年份区间/试行) that a bracket-
    stripping cleaner could eat."""
    tpl = [
        lambda: (lambda o: "成立全市专项整治%s（以下简称“%s”），%s办公室设在%s。" % (o[0], o[1], o[1], rng.choice(["市局办公室", "局综合科", "政策法规科"])))(rng.choice(ORG_ABBR)),
        lambda: "具体任务分工详见《重点任务清单》（见附件%d）。" % rng.randint(1, 4),
        lambda: "全年安排专项资金%d万元（含省级补助资金%d万元）。" % (rng.randint(500, 3000), rng.randint(100, 400)),
        lambda: "对照《“十四五”发展规划（2021—2025年）》确定的目标任务，逐项抓好落实。",
        lambda: "各单位于%d月%d日前报送工作进展情况（报送格式见附件%d）。" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 3)),
        lambda: "参照《农村公路养护管理办法（试行）》有关规定执行。",
        lambda: "全市共排查企业%d家（不含个体工商户），发现问题%d个。" % (rng.randint(200, 900), rng.randint(30, 150)),
        lambda: "推进“一件事一次办”（即“一表申请、一窗受理、一次办结”）改革。",
        lambda: "组织开展“回头看”（2022年9月—12月），确保问题整改到位。",
        lambda: "各县（市、区）要结合实际制定具体方案（方案模板见附件%d）。" % rng.randint(1, 3),
    ]
    for i in range(10):
        keep_sentence("keep_gov_paren", tpl[i % len(tpl)](), "legit government parenthetical: keep")


def gov_phone(area=None):
    area = area or rng.choice(["0571", "0573", "0791", "0851", "027"])
    return area + "-8" + digits(7)


def k_keep_contact_paren():
    """real notices give their own contact, website or hotline in parentheses; looks
    like an ad with a phone/URL but is the issuing department's."""
    names = ["王某", "李某某", "张某", "陈某某", "刘某"]
    tpl = [
        lambda: "请各单位指定专人负责（联系人：%s，电话：%s）。" % (rng.choice(names), gov_phone()),
        lambda: "有关政策可登录区政府门户网站查询（网址：www.%s.gov.cn）。" % rng.choice(["jiangling", "nanhu", "yunxi", "qingwan", "baihe"]),
        lambda: "群众如有疑问，可拨打政务服务热线咨询（咨询电话：12345）。",
        lambda: "请于规定时间内将材料报送至局办公室（邮箱：%s@%s.gov.cn）。" % (rng.choice(["bgs", "zhk", "ybj", "jtj"]), rng.choice(["jiangling", "nanhu", "yunxi"])),
        lambda: "开通安全隐患举报渠道（举报电话：12350，%s）。" % gov_phone(),
        lambda: "报名材料请寄送至市人力资源和社会保障局就业促进科（地址：市府路%d号，邮编：3%s）。" % (rng.randint(1, 200), digits(5)),
        lambda: "医保政策咨询可拨打医保服务热线（12393）。",
    ]
    for i in range(10):
        if i in (3, 7):
            ln = "（联系人：%s，联系电话：%s）" % (rng.choice(names), gov_phone())
            keep_lines("keep_contact_paren", [ln], "before_sig", "notice's own contact in brackets as own line: keep", only_w=True)
        else:
            keep_sentence("keep_contact_paren", tpl[i % len(tpl)](), "own contact/website/hotline in parentheses: keep")


CASES = [
    "云溪县推行“一站式”服务模式，将医保、民政等12项业务整合进驻便民服务中心，群众办事平均时间缩短40%。",
    "南湖区建立“街道吹哨、部门报到”机制，全年解决群众急难愁盼问题326件。",
    "某企业因未按规定开展隐患排查治理，被依法处以罚款5万元，并责令限期整改。",
    "白河县探索“互联网+监管”模式，对全县食品生产企业实行风险分级管理，抽检合格率提升至98.6%。",
    "梅山市在全省率先推行农村客运“公交化”改造，建制村通客车率达到100%。",
    "某医疗机构超范围开展诊疗活动，卫生健康行政部门依法给予警告并处罚款。",
]


def k_keep_heading_bracket():
    """real government texts use 【典型案例】/【经验做法】 headings; a cleaner that drops
    【…】-only lines as ads would damage them."""
    heads = ["【典型案例】", "【经验做法】", "【案例%s】" % rng.choice("一二三"), "【专栏1】", "【典型经验】", "【基层实践】"]
    for i in range(9):
        h = heads[i % len(heads)]
        case = rng.choice(CASES)
        if rng.random() < 0.4:
            keep_lines("keep_heading_bracket", [h + case], "after_para", "【】 case heading glued to case text: keep")
        else:
            keep_lines("keep_heading_bracket", [h, case], "after_para", "【】 heading line + case paragraph: keep")


def k_keep_own_contact_line():
    """a notice's own contact line(s) before the signature: phone, email, fax; real and
    must stay even though it is a whole line with phone numbers."""
    names = ["王某某", "李某", "赵某某", "周某", "孙某某"]
    for i in range(10):
        r = i % 5
        if r == 0:
            ln = "联系人：%s，联系电话：%s。" % (rng.choice(names), gov_phone())
        elif r == 1:
            ln = "联系人：%s；电话：%s；电子邮箱：%s@%s.gov.cn" % (rng.choice(names), gov_phone(), rng.choice(["rsj", "wjw", "jtj", "scjg"]), rng.choice(["baihe", "jiangling", "meishan"]))
        elif r == 2:
            ln = "咨询电话：%s（工作日上午8:30—12:00，下午14:30—17:30）" % gov_phone()
        elif r == 3:
            a = rng.choice(["0571", "0573", "0791", "0851", "027"])
            ln = "联系电话：%s，传真：%s。" % (gov_phone(a), gov_phone(a))
        else:
            ln = "本通知由%s负责解释，联系电话：%s。" % (rng.choice(["局办公室", "法规科", "就业促进科"]), gov_phone())
        keep_lines("keep_own_contact_line", [ln], "before_sig", "notice's own contact line: keep", only_w=True)


def k_keep_own_channel():
    """real notices point to the department's own 公众号, website downloads, 扫码报名 or the
    12345 hotline; shares vocabulary with ads (公众号, 扫码, 下载, 热线)."""
    def short(doc_pub):
        return doc_pub
    tpl = [
        lambda p: "群众可关注“%s”微信公众号，及时了解最新政策和办事指南。" % p,
        lambda p: "有关表格可登录%s门户网站“通知公告”栏目下载。" % p,
        lambda p: "请参训人员于5月10日前扫描附件中的二维码完成报名。",
        lambda p: "活动现场设置咨询台，群众可扫码报名参加义诊活动。",
        lambda p: "对群众通过12345政务服务便民热线反映的问题，做到件件有回复、事事有着落。",
        lambda p: "申报表可在%s官方网站下载，填写后报送至办公室。" % p,
        lambda p: "依托“%s”微信公众号开设“政策问答”专栏，全年发布解读文章%d篇。" % (p, rng.randint(20, 90)),
        lambda p: "毕业生可通过“就业服务”小程序扫码登记求职意向，获取岗位推送。",
        lambda p: "开通“12345”热线转办通道，全年办结群众诉求%d件。" % rng.randint(300, 3000),
        lambda p: "在抖音、微信视频号等平台开设官方账号，开展安全知识科普宣传。",
    ]
    for i in range(10):
        doc_only_w = True
        # choose doc first to get its publisher
        d = pick_doc(True)
        p = publisher(d)
        sent = tpl[i % len(tpl)](p)
        text = d["text"]
        ls = lines_of(text)
        idx = rng.choice(body_para_idx(ls))
        cands = [j + 1 for j, ch in enumerate(ls[idx]) if ch == "。"]
        pos = rng.choice(cands)
        raw = insert_at(text, line_offset(ls, idx) + pos, sent)
        add("keep_own_channel", "keep", raw, raw, "department's own channel (公众号/下载/扫码/12345): keep; para %d" % idx, doc=d)


def k_keep_anti_ad_warning():
    """real texts warn against or crack down on ads, 代写, loans, fake medical ads;
    full of ad vocabulary but legitimate body text."""
    tpl = [
        "严禁委托他人代写、抄袭工作总结和述职报告，一经发现严肃处理。",
        "警惕不法分子以“低息贷款”“征信修复”为名实施电信网络诈骗。",
        "依法查处发布虚假医疗广告、违法广告等行为%d起。",
        "开展“代写论文”“刷单兼职”等违法信息专项清理，关停违规网站%d个。",
        "对“无抵押快速放贷”等非法金融广告开展集中整治。",
        "提醒广大考生，考试不存在“内部渠道”“保过班”，切勿轻信。",
        "加强对网络游戏、直播带货等领域的广告监测，下架违法广告%d条。",
        "严厉打击“高价回收”“低价代办”等名义的非法中介活动。",
        "提醒毕业生警惕“高薪兼职”“培训贷”等求职陷阱，不向任何单位缴纳押金。",
        "本次考试不指定任何辅导用书，不举办也不委托任何机构举办考试辅导培训班。",
    ]
    for i in range(10):
        s = tpl[i]
        if "%d" in s:
            s = s % rng.randint(12, 260)
        keep_sentence("keep_anti_ad_warning", s, "body sentence warning against ads/fraud: keep")


def k_keep_source_note():
    """the publisher's own source note （来源：市卫健委） / 信息来源 line, as government
    portals add when reposting; looks like a content-farm source note."""
    srcs = ["市卫健委", "区医保局", "县人社局", "市交通运输局", "市生态环境局", "区市场监管局", "新华社", "中国政府网"]
    for i in range(9):
        doc = pick_doc()
        s = rng.choice(srcs[-2:]) if doc["name"].startswith("gwr") else publisher(doc)
        r = i % 3
        if r == 0:
            keep_lines("keep_source_note", ["（来源：%s）" % s], "end", "publisher source note line at end: keep", doc=doc)
        elif r == 1:
            keep_lines("keep_source_note", ["信息来源：%s" % s], "end", "信息来源 line at end: keep", doc=doc)
        else:
            text = doc["text"]
            ls = lines_of(text)
            idx = body_para_idx(ls)[-1]  # the last body paragraph (end of the article text)
            pos = line_offset(ls, idx) + len(ls[idx])
            raw = insert_at(text, pos, "（来源：%s）" % s)
            add("keep_source_note", "keep", raw, raw, "（来源：…） at end of last body paragraph: keep; para %d" % idx, doc=doc)


# --------------------------------------------------------------------------
KINDS = [k_ad_inline_mid, k_ad_inline_splitword, k_ad_inline_para_start, k_ad_inline_para_end,
         k_ad_inline_obfuscated, k_ad_inline_social, k_ad_line_short, k_ad_line_long,
         k_ad_line_doc_end, k_farm_note_inline, k_farm_note_line,
         k_keep_gov_paren, k_keep_contact_paren, k_keep_heading_bracket, k_keep_own_contact_line,
         k_keep_own_channel, k_keep_anti_ad_warning, k_keep_source_note]


def self_check(probes):
    ids = set()
    for p in probes:
        assert p["id"] not in ids, p["id"]
        ids.add(p["id"])
        assert p["label"] in ("defect", "keep")
        if p["label"] == "keep":
            assert p["raw"] == p["want"], p["id"]
            assert p["flag"] is None
        else:
            if p["flag"] is None:
                assert p["raw"] != p["want"], p["id"]
            else:
                assert p["raw"] == p["want"], p["id"]
        if p["flag"] is not None:
            s, e = p["flag"]
            assert 0 <= s < e <= len(p["raw"]), p["id"]
        assert "\n" not in p["note"]
        # raw differs from want by a single contiguous insertion
        if p["raw"] != p["want"]:
            r, w = p["raw"], p["want"]
            i = 0
            while i < len(w) and r[i] == w[i]:
                i += 1
            j = 0
            while j < len(w) - i and r[-1 - j] == w[-1 - j]:
                j += 1
            assert len(r) - j - i == len(r) - len(w) and i + j == len(w), p["id"]
        assert p["raw"].split("\n", 1)[0] == p["want"].split("\n", 1)[0], p["id"]  # title untouched
    # full-width punctuation sanity: real code points in the keeps' Chinese text
    for ch in "，：；（）、。":
        assert ord(ch) in (0xFF0C, 0xFF1A, 0xFF1B, 0xFF08, 0xFF09, 0x3001, 0x3002)


def main():
    for k in KINDS:
        k()
    for n, p in enumerate(PROBES, 1):
        p["id"] = "ads-%04d" % n
    order = ["id", "kind", "label", "raw", "want", "flag", "note"]
    probes = [{k: p[k] for k in order} for p in PROBES]
    self_check(probes)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for p in probes:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter((p["kind"], p["label"]) for p in probes)
    for (k, l), v in sorted(c.items()):
        print("%-24s %-6s %d" % (k, l, v))
    print("total", len(probes), "keep", sum(1 for p in probes if p["label"] == "keep"))


if __name__ == "__main__":
    main()
