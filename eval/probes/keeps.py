#!/usr/bin/env python3
"""Blind probe generator, family "keeps".

Legitimate government text that LOOKS like what a document cleaner removes
(injected ads, web-page chrome such as breadcrumbs, share/print widgets,
footers and counters, metadata lines, repeated sentences) but is real content
of the document and must be kept untouched.  Every kind below names the
real-world drafting situation it is written from: contact lines and hotlines
of a notice, the office's own WeChat account, QQ groups for trainings, download
instructions, enforcement sentences against illegal ads, digital-economy
paragraphs that name platforms, 政务新媒体 counters, 版记 lines, repetitions
that official style produces on purpose, and so on.  The generator was written
without reading the cleaner, its tests or the held forms.

Each probe is one TUNE base document (eval/base/tune/) with exactly ONE
contiguous insertion: a sentence inside a body paragraph, a sentence appended
to a body paragraph, or whole line(s) placed where such a line occurs in a real
document.  label is always "keep" and want == raw.

Writes eval/out/probes/keeps.jsonl.  stdlib only, fixed seed.
Run: python3 eval/probes/keeps.py
"""
import glob
import json
import os
import random
import re
from collections import Counter

from probetext import lines_of

SEED = 241203
EVAL = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = os.path.join(EVAL, "base", "tune")
OUT = os.path.join(EVAL, "out", "probes", "keeps.jsonl")

rng = random.Random(SEED)

# --------------------------------------------------------------------------
# base documents (same loading as ads.py)
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
DOC = {d["name"]: d for d in DOCS}

DATE_RE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")


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


def line_offset(ls, idx):
    return sum(len(l) + 1 for l in ls[:idx])


# --------------------------------------------------------------------------
# facts about the issuing office of each base document (read off the texts)
# --------------------------------------------------------------------------
# place, short place, level, short office name, self reference, pinyin of the
# place, site code of the office, invented area code, year and month of the
# document, genre, divisions that would be named as contact units
INFO = {
    "w01": dict(place="江岭市", cs="江岭", ab="jl", lvl="市", short="市卫生健康委", me="委", py="jiangling",
                code="wjw", area="0736", y=2021, m=3, genre="notice",
                depts=["委办公室", "委医政医管科", "委规划信息科", "委人事科"]),
    "w03": dict(place="北屏市", cs="北屏", ab="bp", lvl="市", short="市住房城乡建设局", me="局", py="beiping",
                code="zjj", area="0412", y=2021, m=1, genre="summary",
                depts=["市住房保障服务中心", "局办公室", "局城市建设科"]),
    "w05": dict(place="南湖区", cs="南湖", ab="nh", lvl="区", short="区市场监管局", me="局", py="nanhu",
                code="scjgj", area="0573", y=2023, m=7, genre="summary",
                depts=["局办公室", "局登记注册科", "局消费者权益保护科"]),
    "w07": dict(place="江岭市", cs="江岭", ab="jl", lvl="市", short="市交通运输局", me="市局", py="jiangling",
                code="jtj", area="0736", y=2021, m=4, genre="notice",
                depts=["市局安全监督科", "市局运输管理科", "市道路运输事务中心"]),
    "w09": dict(place="青湾市", cs="青湾", ab="qw", lvl="市", short="市文化广电旅游局", me="局", py="qingwan",
                code="wglj", area="0771", y=2022, m=4, genre="notice",
                depts=["局资源开发科", "局产业发展科", "市旅游服务中心"]),
    "w11": dict(place="江岭市", cs="江岭", ab="jl", lvl="市", short="市卫生健康委", me="委", py="jiangling",
                code="wjw", area="0736", y=2021, m=9, genre="rules",
                depts=["市卫生健康综合监督执法支队"]),
    "w13": dict(place="云溪县", cs="云溪", ab="yx", lvl="县", short="县医疗保障局", me="局", py="yunxi",
                code="ybj", area="0877", y=2023, m=1, genre="plan",
                depts=["县医疗保障事业服务中心", "局待遇保障股", "局基金监管股"]),
    "w15": dict(place="南湖区", cs="南湖", ab="nh", lvl="区", short="区卫生健康局", me="局", py="nanhu",
                code="wjj", area="0573", y=2020, m=1, genre="summary",
                depts=["局办公室", "区疾病预防控制中心", "区卫生健康综合监督所"]),
    "w17": dict(place="白河县", cs="白河", ab="bh", lvl="县", short="县人社局", me="局", py="baihe",
                code="rsj", area="0915", y=2024, m=4, genre="notice",
                depts=["县公共就业服务中心", "局就业促进股", "县人才交流服务中心"]),
    "w19": dict(place="梅山市", cs="梅山", ab="ms", lvl="市", short="市交通运输局", me="局", py="meishan",
                code="jtj", area="0753", y=2023, m=1, genre="summary",
                depts=["局办公室", "市交通运输综合行政执法支队"]),
    "w21": dict(place="青湾市", cs="青湾", ab="qw", lvl="市", short="市生态环境局", me="局", py="qingwan",
                code="sthjj", area="0771", y=2024, m=3, genre="plan",
                depts=["局大气环境科", "市生态环境监测站", "局综合科"]),
    "w23": dict(place="南湖区", cs="南湖", ab="nh", lvl="区", short="区应急管理局", me="局", py="nanhu",
                code="yjglj", area="0573", y=2019, m=12, genre="rules",
                depts=["局执法大队", "局办公室"]),
    "w25": dict(place="白河县", cs="白河", ab="bh", lvl="县", short="县市场监管局", me="局", py="baihe",
                code="scjgj", area="0915", y=2020, m=2, genre="plan",
                depts=["局办公室", "局法规股", "局食品安全协调股"]),
}
for _d in DOCS:
    if _d["name"].startswith("gwr"):
        y = int(_d["meta"].get("written_date", "2000")[:4]) if _d["meta"].get("written_date") else int(_d["name"][4:]) // 2 + 2002
        INFO[_d["name"]] = dict(place="全国", cs="全国", ab="gw", lvl="国", short="国务院", me="国务院", py="www",
                               code="gov", area="010", y=y, m=3, genre="gwr", depts=["国务院办公厅"])
GWR = [d["name"] for d in DOCS if d["name"].startswith("gwr")]

# --------------------------------------------------------------------------
# vocabulary for randomized content (all invented)
# --------------------------------------------------------------------------
SURNAMES = "张王李赵刘陈杨黄周吴徐孙马胡朱郭何罗高林郑梁谢宋唐许韩冯邓曹彭曾田董潘袁蔡蒋余杜叶程魏苏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严覃武戴莫孔向汤"
GIVEN = ["晓东", "丽娟", "建华", "海涛", "志强", "文静", "婷", "俊杰", "秀英", "明辉", "红梅", "国庆", "雪莲",
         "永刚", "子涵", "宇航", "立新", "春燕", "学军", "慧敏", "磊", "静", "亚楠", "晨阳"]
MAIL_WORDS = ["bgs", "zhk", "jyk", "ajk", "xxk", "ywk", "zhengwu", "office", "jybz", "sjk"]
BRANDS = ["华信", "中瑞", "恒通", "博源", "金泰", "鼎盛", "诚达", "宏远", "天辰", "瑞丰", "正源", "同创", "卓越", "立达"]
CO_TYPES = ["信息科技有限公司", "工程咨询有限公司", "检验检测有限公司", "数据服务有限公司", "建设工程有限公司",
            "环境科技有限公司", "软件有限公司", "医疗设备有限公司"]
PLATFORMS = ["淘宝", "天猫", "京东", "拼多多", "抖音", "快手", "美团", "微信视频号"]
MEDIA = ["微信公众号", "政务微博", "抖音号", "微信视频号", "今日头条号"]


class Ctx:
    """random helpers bound to one base document"""

    def __init__(self, name):
        self.name_ = name
        self.I = INFO[name]
        self.r = rng

    # numbers -------------------------------------------------------------
    def i(self, a, b, step=1):
        return self.r.randrange(a, b + 1, step)

    def f(self, a, b, nd=1):
        return ("%%.%df" % nd) % self.r.uniform(a, b)

    def pick(self, seq):
        return self.r.choice(seq)

    def digits(self, n, first="123456789"):
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    # people and contacts ---------------------------------------------------
    def person(self):
        s = self.r.choice(SURNAMES)
        x = self.r.random()
        if x < 0.45:
            return s + "某某"
        if x < 0.65:
            return s + "某"
        return s + self.r.choice(GIVEN)

    def phone(self):
        return "%s-%s" % (self.I["area"], self.digits(8, "2345678"))

    def mobile(self):
        return "1" + self.r.choice(["38", "39", "35", "37", "50", "51", "58", "59", "80", "82", "87", "88", "89", "77", "99"]) + self.digits(8, "0123456789")

    def hot400(self):
        return "400-%s-%s" % (self.digits(3, "0123456789"), self.digits(4, "0123456789"))

    def email(self):
        I = self.I
        k = self.r.randrange(4)
        w = self.r.choice(MAIL_WORDS)
        if k == 0:
            return "%s%s%s@163.com" % (I["ab"], I["code"], w)
        if k == 1:
            return "%s%s@%s.gov.cn" % (I["code"], w, I["py"])
        if k == 2:
            return "%s@qq.com" % self.digits(self.r.choice([9, 10]))
        return "%s%s%d@126.com" % (I["ab"], I["code"], I["y"])

    def qq(self):
        return self.digits(self.r.choice([9, 9, 10]))

    def site(self):
        I = self.I
        return self.r.choice(["%s.%s.gov.cn" % (I["code"], I["py"]), "www.%s%s.gov.cn" % (I["ab"], I["code"])])

    def dept(self):
        return self.r.choice(self.I["depts"])

    def room(self):
        return "%d%02d" % (self.i(2, 9), self.i(1, 26))

    def company(self, *types):
        return self.I["cs"] + self.r.choice(BRANDS) + self.r.choice(types or CO_TYPES)

    def sigdate(self):
        return lines_of(DOC[self.name_]["text"])[-1]

    # dates -----------------------------------------------------------------
    def later(self, y=None):
        """a date one or two months after the document's month"""
        I = self.I
        mo = self.i(min(I["m"] + 1, 12), min(I["m"] + 2, 12))
        return mo, self.i(1, 28)

    def date(self, y=None):
        mo, d = self.later(y)
        return "%d年%d月%d日" % (y or self.I["y"], mo, d)

    def span(self):
        """报名时间-style span of a few days later in the year"""
        mo, d = self.later()
        d = min(d, 18)
        return "%d年%d月%d日至%d月%d日" % (self.I["y"], mo, d, mo, d + self.i(4, 10))

    def s(self, key):
        return self.I[key]


# --------------------------------------------------------------------------
# placement
# --------------------------------------------------------------------------
CLOSERS = "”’）)》」』】〕"


def _cands(ls, para):
    rx = re.compile(para) if para else None
    return [i for i, l in enumerate(ls) if i > 0 and (rx is None or rx.search(l))]


def place(doc, where, para, text, dry=False):
    """return (raw, offset) with text inserted at one place, None if the
    document has no such place; dry=True only tests feasibility"""
    if dry:
        st = rng.getstate()
        try:
            return place(doc, where, para, text) is not None
        finally:
            rng.setstate(st)
    base = doc["text"]
    ls = lines_of(base)
    sig = signature_start(ls)
    assert "\n" not in text.strip("\n") or where.startswith("line") or where in ("tail", "before_sig", "doc_end") \
        or text.count("\n") == 1, text
    if where in ("in", "end") or where.startswith("after:") or where.startswith("sent_after:"):
        idxs = [i for i in _cands(ls, para) if (sig is None or i < sig)
                and ("。" in ls[i] or where.startswith("after:"))]
        if where == "end":
            idxs = [i for i in idxs if ls[i].endswith("。")]
        if not idxs:
            return None
        if where == "end":
            i = rng.choice(idxs)
            pos = len(ls[i])
        elif where == "in":
            pool = []
            for i in idxs:
                l = ls[i]
                for k, ch in enumerate(l):
                    if ch == "。" and k + 1 < len(l) and l[k + 1] not in CLOSERS:
                        pool.append((i, k + 1))
            if not pool:  # single-sentence paragraph: append
                i = rng.choice([i for i in idxs if ls[i].endswith("。")])
                pos = len(ls[i])
            else:
                i, pos = rng.choice(pool)
        elif where.startswith("sent_after:"):  # after the sentence that mentions a key word
            key = re.compile(where[11:])
            pool = []
            for i in idxs:
                for m in key.finditer(ls[i]):
                    e = ls[i].find("。", m.end())
                    if e >= 0 and (e + 1 == len(ls[i]) or ls[i][e + 1] not in CLOSERS):
                        pool.append((i, e + 1))
            if not pool:
                return None
            i, pos = rng.choice(sorted(set(pool)))
        else:
            sub = where[6:]
            idxs = [i for i in idxs if sub in ls[i]]
            if not idxs:
                return None
            i = rng.choice(idxs)
            pos = ls[i].index(sub) + len(sub)
        off = line_offset(ls, i) + pos
        return base[:off] + text + base[off:], off
    # whole lines
    if where == "line_after":
        idxs = _cands(ls, para)
        idxs = [i for i in idxs if sig is None or i < sig]
        if not idxs:
            return None
        k = rng.choice(idxs) + 1
    elif where == "line_before":
        idxs = _cands(ls, para)
        idxs = [i for i in idxs if i >= 2 and (sig is None or i <= sig)]
        if not idxs:
            return None
        k = rng.choice(idxs)
    elif where == "before_sig":
        k = sig if sig is not None else len(ls)
    elif where == "tail":  # where a contact/closing line goes: before 附件 lines, else before the signature
        k = sig if sig is not None else len(ls)
        while k - 1 > 0 and ls[k - 1].startswith("附件"):
            k -= 1
    elif where == "doc_end":
        k = len(ls)
    else:
        raise ValueError(where)
    off = line_offset(ls, k)
    return base[:off] + text + "\n" + base[off:], off


def T(docs, where, para, fn):
    return {"docs": docs.split(), "where": where, "para": para, "fn": fn}


# --------------------------------------------------------------------------
# kinds
# --------------------------------------------------------------------------
KINDS = []


def kind(n):
    def deco(f):
        KINDS.append((f.__name__[2:], n, f))
        return f
    return deco


@kind(8)
def k_contact_line():
    """A notice's own contact line: the issuing office names who answers
    questions about the notice and where material is sent (联系人、联系电话、
    传真、电子邮箱), at the end of the body or of the 报送 requirement."""
    return [
        T("w07 w17 w09", "tail", None,
          lambda c: "联系人：%s，联系电话：%s，电子邮箱：%s。" % (c.person(), c.phone(), c.email())),
        T("w01 w07 w17", "end", r"报送",
          lambda c: "联系人：%s，电话：%s，邮箱：%s。" % (c.person(), c.phone(), c.email())),
        T("w07 w17 w09 w21", "tail", None,
          lambda c: "联系单位：%s，联系人：%s，电话：%s，传真：%s。" % (c.dept(), c.person(), c.phone(), c.phone())),
        T("w01 w07 w17", "end", r"报送",
          lambda c: "材料电子版请发送至%s，纸质版加盖公章后报送%s%s室，联系电话：%s。"
          % (c.email(), c.s("short"), c.room(), c.phone())),
        T("w07 w17 w09", "tail", None,
          lambda c: "联系人：%s%s，%s，%s。" % (c.dept(), c.person(), c.phone(), c.mobile())),
        T("w01 w07 w17", "end", r"报送",
          lambda c: "%s联系人：%s，联系电话：%s。" % (c.dept(), c.person(), c.phone())),
        T("w07 w17 w21", "tail", None,
          lambda c: "联系方式：%s，%s，%s（兼传真），%s。" % (c.dept(), c.person(), c.phone(), c.email())),
        T("w17 w07 w09", "tail", None,
          lambda c: "联系人：%s　%s；联系电话：%s、%s；电子邮箱：%s。"
          % (c.person(), c.person(), c.phone(), c.phone(), c.email())),
        T("w01 w09", "line_after", r"^现将《",
          lambda c: "联系人：%s，联系电话：%s。" % (c.person(), c.phone())),
    ]


@kind(8)
def k_service_hotline():
    """Public-service hotlines quoted in the body: 12345 政务服务便民热线,
    12315/12393/12333/12328/12320 sector hotlines, 95598 of the grid company,
    400 customer lines of state-owned utilities and transport firms."""
    return [
        T("w13", "end", r"12393",
          lambda c: "参保群众可拨打12345政务服务便民热线或12393医疗保障服务热线咨询相关政策。"),
        T("w17", "end", r"^（五）",
          lambda c: "高校毕业生可拨打12333人社服务热线或县公共就业服务中心咨询电话%s咨询就业政策。" % c.phone()),
        T("w05", "end", r"^（二）做好消费维权",
          lambda c: "其中，通过12315热线受理%d件，通过12345政务服务便民热线转办%d件。" % (c.i(900, 1400), c.i(300, 800))),
        T("w25", "end", r"消费维权",
          lambda c: "畅通12315投诉举报热线和12345政务服务便民热线，确保消费诉求“接得住、办得好”。"),
        T("w19", "end", r"城乡客运一体化深入推进",
          lambda c: "开通12328交通运输服务监督热线，全年受理咨询投诉%d件，办结率100%%。" % c.i(800, 3200)),
        T("w03", "end", r"城市管理水平提升",
          lambda c: "督促供水、燃气企业公布24小时服务热线，其中%s燃气集团客服热线为%s。" % (c.s("cs"), c.hot400())),
        T("w21", "end", r"清洁取暖改造",
          lambda c: "国网%s供电公司开通95598清洁取暖服务专线，做好“煤改电”用户用电保障。" % c.s("cs")),
        T("w15", "end", r"疾病防控工作",
          lambda c: "开通12320卫生健康热线，全年接听群众咨询%d个。" % c.i(3000, 9000)),
        T("w01", "end", r"^（九）",
          lambda c: "开通全市统一预约挂号服务热线96%s，提供电话、网站、微信等多种预约渠道。" % c.digits(4, "123456789")),
        T("w07", "end", r"^（二）客运站",
          lambda c: "各客运站要在售票大厅醒目位置公布12328服务监督电话和企业客服电话（%s）。" % c.hot400()),
    ]


@kind(8)
def k_wechat_app_qr():
    """The office's own channels named in a body sentence: 请关注“XX发布”微信
    公众号, 通过“XX”政务服务APP或小程序办理, 扫描二维码 -- how real notices
    tell the public where to go."""
    return [
        T("w17", "end", r"^（四）加强宣传",
          lambda c: "高校毕业生可关注“%s人社”微信公众号，或扫描二维码进入“%s就业”小程序，在线查询岗位信息和补贴政策。"
          % (c.s("cs"), c.s("cs"))),
        T("w13", "end", r"异地就医",
          lambda c: "三是推行异地就医备案线上办理，参保群众可通过“国家医保服务平台”APP、“%s”政务服务APP或微信小程序办理，无需提供纸质材料。"
          % c.pick(["掌上" + c.s("cs"), c.s("cs") + "通", "i" + c.s("cs")])),
        T("w05 w25", "end", r"企业开办",
          lambda c: "企业开办可通过“%s”政务服务APP全程网上办理，扫码即可查询办理进度。"
          % c.pick(["掌上" + c.s("cs"), c.s("cs") + "通", "i" + c.s("cs")])),
        T("w09", "end", r"^（一）实施乡村旅游精品工程",
          lambda c: "游客可关注“%s文旅”微信公众号，扫描景区入口二维码获取乡村旅游线路和民宿信息。" % c.s("cs")),
        T("w21", "end", r"^（三）严格考核问责",
          lambda c: "市民可扫描二维码关注“%s生态环境”微信公众号，实时查看空气质量状况和预警信息。" % c.s("cs")),
        T("w01", "in", r"^（九）",
          lambda c: "群众可通过“健康%s”微信公众号或扫描医院二维码预约挂号，二级以上医院全部开通手机端预约。" % c.s("cs")),
        T("w19", "end", r"城乡客运一体化深入推进",
          lambda c: "乘客可通过“%s公交”小程序扫码乘车，实时查询车辆到站信息。" % c.s("cs")),
        T("w03", "end", r"^（二）完善住房保障体系",
          lambda c: "保障家庭可通过“%s住建”微信公众号或“%s通”APP在线申报租赁补贴。" % (c.s("cs"), c.s("cs"))),
        T("w07", "end", r"^（二）强化督导检查",
          lambda c: "群众发现违规行为的，可扫描客运站内张贴的二维码或拨打%s进行举报。" % c.phone()),
    ]


@kind(8)
def k_work_group_number():
    """Training, volunteer and liaison groups that an office itself sets up
    and publishes in the notice (培训QQ群、工作QQ群、微信工作群)."""
    return [
        T("w09", "end", r"^（四）实施人才培训工程",
          lambda c: "培训报名及资料发布统一在培训QQ群（群号：%s）进行，请各区县通知参训人员及时加入。" % c.qq()),
        T("w17", "end", r"^（二）县直各单位",
          lambda c: "县公共就业服务中心建立就业服务工作微信群，请各乡镇劳动保障所确定1名联络员于%s前入群。" % c.date()),
        T("w01", "in", r"^（三）提升应急处置",
          lambda c: "全市流调队员培训QQ群：%s，请各县（市）区指定专人组织队员入群。" % c.qq()),
        T("w07", "end", r"^（三）及时报送信息",
          lambda c: "各单位安全监管联络员请于%s前加入整治行动工作QQ群（群号：%s）。" % (c.date(), c.qq())),
        T("w05", "end", r"^（三）加强执法队伍建设",
          lambda c: "培训课程安排通过“%s市场监管执法培训”QQ群（%s）发布。" % (c.s("cs"), c.qq())),
        T("w25", "end", r"组织执法业务培训",
          lambda c: "培训通知及课件通过全县市场监管执法培训QQ群（%s）发布。" % c.qq()),
        T("w09", "end", r"^（三）实施基础设施完善工程|^（一）实施乡村旅游精品工程",
          lambda c: "面向社会招募乡村旅游志愿讲解员%d名，报名人员可加入志愿者QQ群（%s）了解详情。" % (c.i(5, 20) * 10, c.qq())),
        T("w13", "end", r"^五、提升医保经办",
          lambda c: "三是建立全县医保经办业务QQ群（群号：%s），各定点医药机构医保联络员须全部入群，及时接收政策通知。" % c.qq()),
        T("w17", "end", r"^（三）强化就业见习",
          lambda c: "见习单位申报咨询可加入全县就业见习工作QQ群，群号%s。" % c.qq()),
    ]


@kind(8)
def k_download_instruction():
    """Where to download the forms: 相关表格可在XX局门户网站（www.xxx.gov.cn）
    “通知公告”栏目下载 -- a standard sentence in notices with attachments."""
    return [
        T("w07", "end", r"^（三）及时报送信息",
          lambda c: "问题清单电子版可在%s门户网站（%s）“通知公告”栏目下载。" % (publisher(DOC["w07"]), c.site())),
        T("w01", "end", r"^现将《",
          lambda c: "全文可在%s门户网站（%s）“政务公开—政策文件”栏目查阅下载。" % (publisher(DOC["w01"]), c.site())),
        T("w17", "end", r"一次性吸纳就业补贴",
          lambda c: "申请表格可在县人力资源和社会保障局门户网站（%s）“下载中心”栏目下载。" % c.site()),
        T("w09", "end", r"^（二）实施民宿品质提升工程",
          lambda c: "星级民宿评定申报表可在市文化广电旅游局门户网站（%s）“办事服务—表格下载”栏目下载。" % c.site()),
        T("w11", "end", r"^第八条",
          lambda c: "自查报告格式文本可在该平台“资料下载”栏目下载。"),
        T("w03", "end", r"^（二）完善住房保障体系",
          lambda c: "申请表格可登录市住房和城乡建设局网站（%s）“网上办事”栏目下载，也可到各街道办事处领取。" % c.site()),
        T("w23", "end", r"^第七条",
          lambda c: "奖励申领表可在区应急管理局门户网站（%s）“表格下载”栏目下载。" % c.site()),
        T("w13", "end", r"^二、健全多层次",
          lambda c: "医疗救助申请表可在县医疗保障局门户网站（%s）“办事指南”栏目下载打印。" % c.site()),
        T("w17 w07", "tail", None,
          lambda c: "相关表格请登录%s门户网站（%s）“通知公告”栏目下载。" % (c.s("short"), c.site())),
    ]


@kind(8)
def k_interpret_forward():
    """The publisher's own notes inside the document: 本方案由XX负责解释,
    未尽事宜 clauses, and 转发 sentences (现将《…》转发给你们) of a forwarding
    notice."""
    return [
        T("w21", "before_sig", None, lambda c: "本方案由%s负责解释，自印发之日起施行。" % publisher(DOC["w21"])),
        T("w09", "before_sig", None, lambda c: "本方案由市文化广电旅游局负责解释。"),
        T("w07", "in", r"^为深入贯彻落实",
          lambda c: "现将《省交通运输厅关于开展道路运输安全生产专项整治行动的通知》转发给你们，请一并贯彻执行。"),
        T("w01", "in", r"^现将《",
          lambda c: "同时将《省卫生健康委关于印发%d年全省卫生健康工作要点的通知》转发给你们，请一并贯彻执行。" % c.s("y")),
        T("w09", "end", r"^现将《",
          lambda c: "同时将《省文化和旅游厅关于推进乡村旅游高质量发展的指导意见》转发给你们，请一并抓好落实。"),
        T("w07", "end", r"^（三）及时报送信息",
          lambda c: "本通知未尽事宜，由%s负责解释。" % c.pick(["市局安全监督科", "市局运输管理科"])),
        T("w21", "end", r"^为持续改善",
          lambda c: "本方案执行中的具体问题由市大气污染防治工作领导小组办公室负责协调解释。"),
        T("w17", "tail", None,
          lambda c: "本通知由%s负责解释，执行中遇到的问题请及时向%s反馈。" % (publisher(DOC["w17"]), c.dept())),
        T("w25 w13", "before_sig", None,
          lambda c: "本要点由%s办公室负责解释，各股室、%s要结合实际细化落实。"
          % (c.s("short"), "各经办机构" if c.name_ == "w13" else "各市场监管所")),
    ]


@kind(8)
def k_anti_ad_enforcement():
    """Enforcement sentences ABOUT ads and ghost-writing: 打击网络虚假广告,
    查处违法发布医疗广告, 清理整治“代写论文”, 严禁代写、代考 -- real duties of
    市场监管、卫生健康、人社 offices."""
    return [
        T("w05", "in", r"^（一）加大执法办案",
          lambda c: "开展虚假违法广告专项整治，查处违法发布医疗、药品、保健食品广告案件%d件。" % c.i(6, 24)),
        T("w25", "end", r"^（二）依照",
          lambda c: "加强广告监测，严厉打击网络虚假广告和违法发布医疗广告行为。"),
        T("w17", "end", r"^（四）做好困难毕业生帮扶|^（五）提升公共就业",
          lambda c: "严厉打击以就业为名的虚假招聘广告，清理“付费内推”“保就业”等违规信息%d条。" % c.i(20, 160)),
        T("w01", "end", r"^（十）",
          lambda c: "严肃查处违法发布医疗广告、虚假宣传等行为。"),
        T("w15", "end", r"^全年开展各类卫生监督",
          lambda c: "其中查处违法发布医疗广告案件%d件，清理整治“医托”“号贩子”等违法违规行为。" % c.i(3, 12)),
        T("w01", "end", r"^（十一）",
          lambda c: "职称评审中严禁代写论文、买卖论文，清理整治“代写代发论文”等违规信息，对弄虚作假者实行“一票否决”。"),
        T("w17", "end", r"^（五）提升公共就业",
          lambda c: "职业技能等级认定考试实行全程视频监控，严禁代考、替考等舞弊行为。"),
        T("w13", "end", r"^四、强化医保基金监管",
          lambda c: "依法查处定点医疗机构以虚假广告、免费体检等名义诱导参保人住院等欺诈骗保行为。"),
        T(" ".join(GWR), "sent_after:市场秩序|假冒伪劣", None,
          lambda c: "严厉打击虚假广告、商业欺诈和传销等违法行为。"),
        T("w05", "end", r"^（二）做好消费维权",
          lambda c: "会同网信、公安等部门清理网络平台“代写论文”“代办证件”等违法违规信息%d条。" % c.i(40, 300)),
    ]


@kind(8)
def k_ecommerce_platforms():
    """Digital-economy and e-commerce passages of work summaries and plans
    that name the platforms: 淘宝、京东、拼多多网店, 抖音、快手直播带货."""
    return [
        T("w05", "in", r"^（一）深化商事制度改革",
          lambda c: "上半年新增网络经营主体%d户，其中在淘宝、京东、拼多多等平台开设网店的个体工商户%d户。"
          % (c.i(300, 600), c.i(120, 280))),
        T("w25", "end", r"^（一）深化“证照分离”",
          lambda c: "加强网络市场监管，对辖区内在淘宝、拼多多、抖音等平台经营的%d家网店开展合规指导。" % c.i(60, 240)),
        T("w09", "end", r"^（一）实施乡村旅游精品工程",
          lambda c: "支持乡村旅游经营主体通过抖音、快手直播带货等方式推介农副产品和旅游线路。"),
        T("w19", "end", r"物流业发展提质增效",
          lambda c: "推进农村电商与快递物流协同发展，全市%d个乡镇建成电商快递共配中心，对接京东、拼多多等平台开展农产品上行。"
          % c.i(8, 30)),
        T("w17", "end", r"^（一）开展“百日千万”",
          lambda c: "组织开展电商直播技能培训，引导高校毕业生通过抖音、快手、淘宝直播等平台灵活就业。"),
        T("w05", "end", r"^（二）做好消费维权",
          lambda c: "推动京东、美团等%d家企业入驻全国12315平台在线消费纠纷解决机制（ODR）。" % c.i(12, 40)),
        T("w13", "end", r"^五、提升医保经办",
          lambda c: "三是推进医保电子凭证在美团买药、京东健康等线上购药场景的医保移动支付试点。"),
        T("w09", "end", r"^（二）加大资金支持",
          lambda c: "对在抖音、快手、微信视频号等平台开展乡村旅游直播推介成效明显的经营主体给予奖励。"),
        T("w25", "end", r"^（三）做好消费维权",
          lambda c: "督促拼多多、淘宝等平台上的本地网店落实七日无理由退货制度。"),
    ]


@kind(8)
def k_gov_new_media():
    """Publicity work of an office's own 政务新媒体: 开通政务抖音号“XX文旅”,
    微信视频号, 粉丝达12.3万 -- figures a summary or plan reports."""
    return [
        T("w09", "end", r"^（一）实施乡村旅游精品工程",
          lambda c: "开通“%s文旅”政务抖音号和微信视频号，年内粉丝力争突破%s万。" % (c.s("cs"), c.f(5, 30))),
        T("w17", "end", r"^（四）加强宣传",
          lambda c: "用好“%s人社”政务抖音号，全年发布政策解读短视频不少于%d条。" % (c.s("cs"), c.i(30, 120))),
        T("w15", "end", r"^（二）疾病防控",
          lambda c: "开通“健康%s”微信公众号和抖音号，全年推送健康科普信息%d条，粉丝达%s万人。"
          % (c.s("cs"), c.i(300, 900), c.f(2, 15))),
        T("w19", "end", r"^全年开展安全生产检查",
          lambda c: "通过“%s交通”抖音号、视频号开展安全宣传，发布短视频%d条。" % (c.s("cs"), c.i(60, 260))),
        T("w05", "end", r"^（二）做好消费维权",
          lambda c: "依托“%s市场监管”微信公众号、视频号发布消费提示%d期。" % (c.s("cs"), c.i(12, 48))),
        T("w03", "end", r"^（四）城市管理水平提升",
          lambda c: "“%s住建”微信公众号全年发布信息%d条，粉丝%s万人。" % (c.s("cs"), c.i(400, 1200), c.f(3, 20))),
        T("w13", "end", r"^五、提升医保经办",
          lambda c: "三是开通“%s医保”微信视频号，每月发布医保政策解读短视频不少于%d期。" % (c.s("cs"), c.i(2, 6))),
        T("w21", "end", r"^（三）严格考核问责",
          lambda c: "运用“%s生态环境”政务微博、抖音号每日发布空气质量预报。" % c.s("cs")),
        T("w25", "end", r"^（三）做好消费维权",
          lambda c: "用好“%s市场监管”微信公众号和抖音号，每季度发布消费警示。" % c.s("cs")),
    ]


@kind(8)
def k_material_template_words():
    """素材/模板/范文/材料/示范文本 in their ordinary administrative sense:
    征集宣传素材, 合同示范文本, 报送材料, 公文写作培训, 优秀病历评选."""
    return [
        T("w17", "end", r"^（四）加强宣传",
          lambda c: "面向社会征集高校毕业生就业创业宣传素材，择优在政务新媒体平台展播。"),
        T("w03", "end", r"^（三）推动建筑业转型",
          lambda c: "全面推行《建设工程施工合同（示范文本）》，规范建设工程合同签订行为。"),
        T("w05", "end", r"^（一）深化商事制度改革",
          lambda c: "推广使用合同示范文本%d个，指导企业规范使用格式条款。" % c.i(10, 40)),
        T("w07", "end", r"^（三）及时报送信息",
          lambda c: "报送的总结材料应当数据准确、内容翔实，问题清单按照统一模板填报。"),
        T("w11", "end", r"^第八条",
          lambda c: "自查报告按照统一模板填写，并附相关佐证材料。"),
        T("w25", "end", r"^（一）2020年3月至11月",
          lambda c: "举办公文写作培训班%d期，提高机关干部文字材料撰写水平。" % c.i(1, 3)),
        T("w01", "in", r"^（七）",
          lambda c: "开展优秀病历、优秀护理文书评选，评选结果作为重点专科评审参考材料。"),
        T("w21", "end", r"^（三）严格考核问责",
          lambda c: "各区县按照统一模板于每月%d日前报送大气污染防治工作进展材料。" % c.i(3, 10)),
        T("w13", "end", r"^一、巩固提升",
          lambda c: "四是编印医保政策宣传材料%d万份，发放到村（社区）。" % c.i(2, 8)),
    ]


@kind(8)
def k_claim_download_join():
    """领取/下载/加入 in public-service sentences: 免费领取健康包, 下载“个人
    所得税”APP, 加入志愿服务队伍, 领取《就业创业证》."""
    return [
        T("w15", "end", r"^（一）基本公共卫生服务",
          lambda c: "为65岁以上老年人免费发放健康包%d份，居民可凭身份证到社区卫生服务中心免费领取控油壶、限盐勺。"
          % (c.i(8, 30) * 1000)),
        T("w17", "end", r"^（二）落实就业扶持",
          lambda c: "同时指导用人单位下载“个人所得税”APP，为吸纳的高校毕业生规范办理个人所得税申报。"),
        T("w21", "end", r"^（一）压实工作责任",
          lambda c: "广泛动员市民加入生态环境志愿服务队伍，全年开展志愿活动不少于%d场。" % c.i(20, 80)),
        T("w01", "end", r"^（二）有序推进疫苗接种",
          lambda c: "接种完成后，群众可通过“健康%s”小程序领取电子接种凭证。" % c.s("cs")),
        T("w03", "end", r"^（二）住房保障持续加强",
          lambda c: "符合条件的家庭可到所在街道办事处领取租赁补贴申请表。"),
        T("w19", "end", r"城乡客运一体化深入推进",
          lambda c: "65周岁以上老年人可凭身份证到公交公司服务网点免费领取老年人乘车卡。"),
        T("w17", "end", r"^（五）提升公共就业",
          lambda c: "离校未就业高校毕业生可到县公共就业服务中心免费领取《就业创业证》。"),
        T("w05 w25", "end", r"企业开办",
          lambda c: "新开办企业可免费领取首套印章，实现“零成本”开办。"),
        T("w13", "end", r"异地就医",
          lambda c: "三是引导参保群众下载“国家医保服务平台”APP，激活医保电子凭证。"),
    ]


@kind(8)
def k_standalone_lines():
    """Short stand-alone lines that belong to the document itself: 特此通知。,
    附件 list lines, 版记 lines (抄送、印发), a 联系方式 heading with its line,
    and a “扫码报名” caption under the sentence that refers to the QR code."""
    return [
        T("w07", "tail", None, lambda c: "特此通知。"),
        T("w17", "before_sig", None, lambda c: "特此通知。"),
        T("w17", "before_sig", None,
          lambda c: "附件：1.%s2024年就业见习岗位申报表\n2.%s2024年离校未就业高校毕业生实名登记表" % (c.s("place"), c.s("place"))),
        T("w07", "doc_end", None,
          lambda c: "抄送：市安委会办公室，市公安局交通警察支队。"),
        T("w17", "doc_end", None,
          lambda c: "抄送：县委组织部，县教育局，县财政局。\n白河县人力资源和社会保障局办公室　　%s印发" % c.sigdate()),
        T("w17", "end", r"^（一）开展“百日千万”",
          lambda c: "有意向的高校毕业生可扫描下方二维码报名参加。\n扫码报名"),
        T("w07", "tail", None,
          lambda c: "四、联系方式\n%s，联系人：%s，电话：%s。" % (c.dept(), c.person(), c.phone())),
        T("w17 w09", "tail", None,
          lambda c: "咨询方式：%s，电话：%s。" % (c.dept(), c.phone())),
        T("w09", "before_sig", None,
          lambda c: "附件：%s乡村旅游精品村申报表" % c.s("place")),
    ]


@kind(8)
def k_chrome_words_in_sentences():
    """Sentences containing page-widget words 打印、分享、返回、关闭、收藏 in
    their ordinary sense: 打印机采购, 分享经验, 返回原籍, 关闭违规企业."""
    return [
        T("w15", "in", r"^（二）重点项目",
          lambda c: "为%d家社区卫生服务中心配备打印机、电脑等办公设备。" % c.i(3, 9)),
        T("w17", "end", r"^（四）加强宣传",
          lambda c: "组织就业创业典型代表进校园分享经验做法。"),
        T("w17", "end", r"^（四）做好困难毕业生帮扶",
          lambda c: "对返回原籍的离校未就业高校毕业生，由户籍所在地乡镇做好跟踪服务。"),
        T("w21", "end", r"淘汰燃煤小锅炉",
          lambda c: "依法关闭%d家不符合产业政策的砖瓦窑企业。" % c.i(3, 15)),
        T("w13", "end", r"^五、提升医保经办",
          lambda c: "三是在经办大厅配备自助打印终端，群众可现场打印参保缴费证明。"),
        T("w05", "end", r"^（一）深化商事制度改革",
          lambda c: "全面推行电子营业执照，企业可自行下载打印。"),
        T("w07", "end", r"^（一）“两客一危”",
          lambda c: "对动态监控不在线的车辆一律不得出站，已出站的责令返回。"),
        T("w09", "end", r"^（三）强化考核评估",
          lambda c: "每年召开现场推进会，组织各区县分享乡村旅游发展经验。"),
        T("w03", "end", r"^（四）城市管理水平提升",
          lambda c: "关闭老城区临时垃圾中转站%d处，建成小型压缩式垃圾转运站%d座。" % (c.i(2, 6), c.i(3, 10))),
        T("w25", "end", r"^（二）推进企业开办",
          lambda c: "在政务服务大厅设置企业开办专区，配备自助打印、复印设备，方便群众一次办结、直接返回。"),
    ]


@kind(8)
def k_copyright_icp():
    """Copyright and ICP words in content: 知识产权保护、查处侵犯著作权,
    政府网站“版权所有”标识规范, ICP备案和网站备案核查."""
    return [
        T("w25", "end", r"^（二）依照",
          lambda c: "组织开展知识产权执法“铁拳”行动，依法查处侵犯注册商标专用权、著作权等违法行为。"),
        T("w09", "end", r"^（一）加强组织领导",
          lambda c: "加强文化市场综合执法，严厉打击盗版盗印、侵犯著作权等违法行为。"),
        T(" ".join(GWR), "sent_after:加强知识产权保护|知识产权保护力度", None,
          lambda c: "加大对侵犯著作权、商标权、专利权等违法行为的查处力度。"),
        T("w05", "in", r"^（二）提升政务服务效能",
          lambda c: "规范门户网站底部“版权所有”“主办单位”等标识信息，完成网站ICP备案和公安联网备案信息核查。"),
        T("w13", "end", r"^五、提升医保经办",
          lambda c: "三是做好局门户网站迁移，网站标识码和ICP备案号同步变更。"),
        T("w17", "end", r"^（四）加强宣传",
          lambda c: "同时对局门户网站开展安全检查，核对网站ICP备案和公安联网备案信息。"),
        T("w09", "end", r"^（二）实施民宿品质提升工程",
          lambda c: "督促在线旅游经营者落实网站ICP备案要求，规范民宿网络预订服务。"),
        T("w03", "end", r"^（四）提升城市精细化管理",
          lambda c: "推进市住房和城乡建设局门户网站集约化迁移，完成网站%sICP备案变更。" % c.pick(["", "主体"])),
        T("w05", "end", r"^（一）加大执法办案",
          lambda c: "其中侵犯商标专用权、著作权案件%d件，罚没款%s万元。" % (c.i(8, 30), c.f(10, 60))),
    ]


@kind(8)
def k_view_counts():
    """Reading, view and click figures reported in a 政务新媒体 or 政务公开
    part of a summary or plan (阅读量、浏览量、点击量、播放量)."""
    return [
        T("w17", "end", r"^（四）加强宣传",
          lambda c: "力争全年通过政务新媒体发布就业信息%d条以上，总阅读量达到%d万次。" % (c.i(3, 12) * 100, c.i(20, 200))),
        T("w15", "end", r"^（二）疾病防控",
          lambda c: "“健康%s”微信公众号全年发布信息%d条，累计阅读量%s万次。" % (c.s("cs"), c.i(300, 900), c.f(20, 160))),
        T("w05", "end", r"^（二）提升政务服务效能",
          lambda c: "区政府门户网站“营商环境”专栏上半年浏览量突破%d万人次。" % c.i(10, 90)),
        T("w19", "end", r"^（三）科技创新",
          lambda c: "“%s交通”政务微博全年发布信息%d条，点击量达%s万次。" % (c.s("cs"), c.i(1200, 4800), c.f(100, 900))),
        T("w03", "in", r"^（二）住房保障持续加强",
          lambda c: "住房保障政策解读专题页面点击量%s万次。" % c.f(3, 40)),
        T("w09", "end", r"^（一）实施乡村旅游精品工程",
          lambda c: "到2024年底，乡村旅游宣传推介短视频总播放量突破%d万次。" % (c.i(5, 50) * 100)),
        T("w13", "end", r"^五、提升医保经办",
          lambda c: "三是制作医保政策解读系列短视频，全年总播放量力争达到%d万次。" % c.i(10, 80)),
        T("w05", "line_before", r"^四、下半年工作打算",
          lambda c: "（三）推进政务公开。上半年通过门户网站和“%s市场监管”微信公众号发布信息%d条，总阅读量达%s万次。"
          % (c.s("cs"), c.i(200, 600), c.f(15, 90))),
        T("w19", "end", r"^（二）物流业发展",
          lambda c: "全市政务服务网交通运输事项办事指南访问量%s万人次。" % c.f(5, 60)),
    ]


@kind(8)
def k_publish_in_content():
    """发布/发布时间 and dates inside sentences of the content itself: a plan
    published earlier (2023年3月发布了《XX规划》), a 信息发布审核制度, a fixed
    发布时间 for forecasts and 抽检 results."""
    return [
        T("w03", "in", r"^（一）城市更新有序推进",
          lambda c: "2020年%d月，市政府发布了《北屏市城市更新三年行动计划（2020—2022年）》。" % c.i(3, 9)),
        T("w05", "end", r"^（一）深化商事制度改革",
          lambda c: "2023年%d月发布了《南湖区持续优化营商环境若干措施》。" % c.i(2, 5)),
        T("w21", "end", r"^（三）严格考核问责",
          lambda c: "市生态环境监测站每日%d时前发布次日空气质量预报。" % c.pick([15, 16, 17])),
        T("w13", "end", r"^五、提升医保经办",
          lambda c: "三是建立医保信息发布审核制度，政策解读材料发布前须经分管领导审核。"),
        T("w19", "end", r"^（三）科技创新",
          lambda c: "建立路况信息发布制度，重大路况信息发布时间不超过%d分钟。" % c.pick([15, 20, 30])),
        T("w17", "end", r"^（一）开展“百日千万”",
          lambda c: "每月%d日前发布重点企业岗位需求信息，发布时间、岗位数量在县政府门户网站同步公开。" % c.i(3, 10)),
        T("w07", "end", r"^（二）强化督导检查",
          lambda c: "对整治中发现的典型问题，于每月底在市局门户网站集中发布。"),
        T("w25", "end", r"^（一）食品安全方面",
          lambda c: "每季度发布食品安全抽检信息，发布时间为季度末月最后一周。"),
        T("w09", "end", r"^（一）实施乡村旅游精品工程",
          lambda c: "每年春节、五一、国庆前发布乡村旅游精品线路和节假日旅游消费提示。"),
    ]


@kind(8)
def k_path_breadcrumb():
    """Navigation paths described in an instruction to applicants: 依次点击
    “首页—政务公开—通知公告”, 按照“首页＞个人服务＞住房保障”路径进入 -- the
    sentence tells people where to click; it is not the page's breadcrumb."""
    return [
        T("w17", "end", r"一次性吸纳就业补贴",
          lambda c: "申请人可登录县人社局门户网站，依次点击“首页—政务公开—通知公告”查看申报指南。"),
        T("w03", "end", r"^（二）完善住房保障体系",
          lambda c: "申请人登录%s政务服务网，按照“首页＞个人服务＞住房保障”路径进入申报系统。" % c.s("place")),
        T("w13", "end", r"异地就医",
          lambda c: "三是推行异地就医备案线上办理，参保人可通过“国家医保服务平台”APP“首页—异地备案”模块自助办理。"),
        T("w11", "end", r"^第八条",
          lambda c: "报送路径为：平台首页→自查管理→年度自查报告填报。"),
        T("w09", "end", r"^（二）实施民宿品质提升工程",
          lambda c: "评定结果在市文化广电旅游局门户网站“首页>通知公告”栏目公布。"),
        T("w23", "after:门户网站举报信箱",
          None, lambda c: "（首页—互动交流—举报信箱）"),
        T("w01", "end", r"^现将《",
          lambda c: "电子版可在委门户网站“首页-政务公开-通知公告”栏目下载。"),
        T("w21", "end", r"^（三）严格考核问责",
          lambda c: "公众可登录市生态环境局门户网站，通过“首页/环境质量/空气质量日报”栏目查询每日空气质量。"),
        T("w05", "end", r"^（二）提升政务服务效能",
          lambda c: "企业可通过“%s政务服务网—企业开办一网通办—设立登记”专区在线申报。" % c.s("place")),
    ]


# legitimate repetition --------------------------------------------------------
@kind(8)
def k_repeat_slogan():
    """The same guiding phrase in two paragraphs: official style restates the
    line of 指导思想 (以人民为中心的发展思想, 稳中求进工作总基调, 深入贯彻落实
    科学发展观) in the opening and again in a later section."""
    return [
        T("w25", "end", r"^（二）深入推进党风廉政建设",
          lambda c: "始终坚持以人民为中心的发展思想，切实转变工作作风，提高服务群众能力。"),
        T("w13", "end", r"^五、提升医保经办",
          lambda c: "坚持以人民健康为中心，持续优化医保经办服务流程。"),
        T("w01", "end", r"^（九）推进智慧医疗",
          lambda c: "坚持以人民健康为中心，推动优质医疗资源扩容下沉。"),
        T("w03", "end", r"^（一）加快推进城市更新",
          lambda c: "坚持稳中求进工作总基调，统筹推进城市更新和住房保障各项工作。"),
        T("w17", "end", r"^（五）提升公共就业",
          lambda c: "各有关部门要加强协作配合，形成工作合力。"),
        T("w09", "end", r"^（三）强化考核评估",
          lambda c: "确保各项任务落到实处，推动乡村旅游高质量发展。"),
        T("w21", "end", r"^（三）严格考核问责",
          lambda c: "以考核促落实，持续改善全市环境空气质量。"),
        T("gwr_11 gwr_13 gwr_15", "end", r"^(?!.*稳中求进).{0,40}(宏观调控|财政政策|货币政策)",
          lambda c: "我们要坚持稳中求进工作总基调，保持宏观政策连续性稳定性。"),
        T("gwr_07 gwr_09", "end", r"^(?!.*科学发展观).{0,30}(民生|社会事业|社会保障)",
          lambda c: "我们要深入贯彻落实科学发展观，着力保障和改善民生。"),
    ]


@kind(8)
def k_repeat_parallel():
    """Parallel sentences with long shared prefixes or identical endings
    (一是加强对……的监督检查，二是加强对……的监督检查), and refrains of a
    summary (全年共完成……；全年共完成……)."""
    return [
        T("w13", "end", r"^四、强化医保基金监管",
          lambda c: "四是加强对定点医疗机构违规收费行为的查处力度，五是加强对定点零售药店违规收费行为的查处力度。"),
        T("w05", "in", r"^（一）强化食品安全监管",
          lambda c: "一是加强学校食堂食品安全监督检查，二是加强养老机构食堂食品安全监督检查，三是加强网络订餐食品安全监督检查。"),
        T("w19", "end", r"^全年开展安全生产检查",
          lambda c: "全年共完成“两客一危”企业检查%d家次，全年共完成危险货物运输车辆检查%d辆次，全年共完成客运站检查%d站次。"
          % (c.i(200, 600), c.i(800, 3000), c.i(100, 400))),
        T("w15", "end", r"^（三）妇幼健康",
          lambda c: "全年共完成孕产妇健康管理%d人，全年共完成0—6岁儿童健康管理%d人。" % (c.i(2000, 5000), c.i(15000, 30000))),
        T("w03", "end", r"^（四）提升城市精细化",
          lambda c: "一是加快推进城市管理数字化建设，二是加快推进城市管理标准化建设，三是加快推进城市管理网格化建设。"),
        T("w19", "end", r"^一是交通基础设施投资",
          lambda c: "四是农村公路管理养护机制有待进一步健全，五是交通运输安全监管机制有待进一步健全。"),
        T("w21", "end", r"^（二）强化资金保障",
          lambda c: "专项资金实行专款专用、专账核算，专项资金使用情况纳入年度审计，专项资金绩效评价结果向社会公开。"),
        T("w25", "end", r"^（三）特种设备安全方面",
          lambda c: "电梯维保单位检查覆盖率达到100%，锅炉使用单位检查覆盖率达到100%，气瓶充装单位检查覆盖率达到100%。"),
    ]


@kind(8)
def k_repeat_quoted_title():
    """A title that recurs: the 附件 line of an 印发 notice repeats the
    attachment's own title (附件：2021年全市卫生健康工作要点 before the
    attachment itself), and a law or document title quoted again later in the
    body (《空气质量持续改善行动计划》, 《医疗机构管理条例》)."""
    return [
        T("w01", "line_after", r"^现将《", lambda c: "附件：2021年全市卫生健康工作要点"),
        T("w09", "line_after", r"^现将《", lambda c: "附件：青湾市乡村旅游提质增效三年行动实施方案（2022—2024年）"),
        T("w07", "end", r"^2\.排查整治阶段",
          lambda c: "整改情况按照《道路运输安全生产专项整治行动问题清单》逐项填报。"),
        T("w17", "end", r"^（四）加强宣传",
          lambda c: "加强对《关于做好2024年普通高校毕业生等青年就业创业工作的通知》的政策解读。"),
        T("w21", "end", r"^（1）严禁新增",
          lambda c: "严格落实《空气质量持续改善行动计划》有关产能置换要求。"),
        T("w11", "end", r"^第十条",
          lambda c: "违反《医疗机构管理条例》的，依法予以处理。"),
        T("w23", "end", r"^第九条",
          lambda c: "构成违反《中华人民共和国安全生产法》行为的，依法予以处理。"),
        T("w25", "end", r"^（一）开展“双随机",
          lambda c: "依照《中华人民共和国反不正当竞争法》对抽查发现的问题依法处理。"),
        T("w05", "end", r"^（二）深入开展食品安全",
          lambda c: "同时对照《药品经营质量管理规范》对%d家药品零售企业开展飞行检查。" % c.i(10, 40)),
    ]


@kind(8)
def k_gov_site_urls():
    """Names and addresses of government websites inside sentences (中国政府网
    www.gov.cn, 国家企业信用信息公示系统, 信用中国, 国家24365大学生就业服务平台)."""
    return [
        T("w05", "in", r"^（一）深化商事制度改革",
          lambda c: "督促企业通过国家企业信用信息公示系统（www.gsxt.gov.cn）按时报送年度报告。"),
        T("w25", "end", r"^（一）开展“双随机",
          lambda c: "抽查结果通过“信用中国”网站（www.creditchina.gov.cn）和国家企业信用信息公示系统依法公示。"),
        T("w17", "end", r"^（一）开展“百日千万”",
          lambda c: "引导高校毕业生登录国家24365大学生就业服务平台（www.ncss.cn）和中国公共招聘网查询岗位信息。"),
        T("w13", "end", r"异地就医",
          lambda c: "三是公布异地就医定点医疗机构查询渠道，参保人可通过国家医保服务平台网站（fuwu.nhsa.gov.cn）查询。"),
        T("w21", "end", r"^（三）严格考核问责",
          lambda c: "排名情况在市生态环境局门户网站（%s）公布。" % c.site()),
        T("w17", "end", r"^（四）加强宣传",
          lambda c: "政策文件在中国政府网（www.gov.cn）、县政府门户网站同步转载解读。"),
        T("w23", "after:区应急管理局门户网站",
          None, lambda c: "（%s）" % c.site()),
        T("w03", "end", r"^（三）建筑业稳步发展",
          lambda c: "企业资质和人员信息全部录入全国建筑市场监管公共服务平台（jzsc.mohurd.gov.cn）。"),
        T("w05", "end", r"^（二）做好消费维权",
          lambda c: "其中通过全国12315平台（www.12315.cn）受理%d件。" % c.i(600, 1500)),
    ]


@kind(8)
def k_wechat_qq_phone_admin():
    """微信/QQ/电话 in administrative content: 微信支付缴费, 12345热线工单,
    电话回访满意度, 电话随访, 微信群推送预警."""
    return [
        T("w13", "end", r"^一、巩固提升全民参保",
          lambda c: "四是拓宽缴费渠道，参保群众可通过微信、支付宝、银行APP等渠道缴纳居民医保费。"),
        T("w03", "end", r"^（四）城市管理水平提升",
          lambda c: "全年办理12345热线物业类工单%d件，办结率%s%%。" % (c.i(1200, 4800), c.f(95, 99.9))),
        T("w15", "end", r"^（三）医联体建设",
          lambda c: "对家庭医生签约居民开展电话回访，满意度达到%s%%。" % c.f(90, 98)),
        T("w17", "end", r"^（五）提升公共就业",
          lambda c: "对联系不上的，通过电话、短信、微信和上门走访等方式持续跟进。"),
        T("w19", "end", r"城乡客运一体化深入推进",
          lambda c: "全年受理12345热线交通类工单%d件，按时办结率%s%%，电话回访满意率%s%%。"
          % (c.i(1500, 6000), c.f(96, 99.9), c.f(90, 98))),
        T("w07", "end", r"^（一）“两客一危”",
          lambda c: "动态监控平台发现车辆超速、疲劳驾驶的，通过语音、短信、微信等方式即时提醒驾驶员。"),
        T("w21", "end", r"^（一）压实工作责任",
          lambda c: "建立区县大气污染防治工作微信群，实时推送污染预警和督办信息。"),
        T("w25", "end", r"^（三）开展涉企收费",
          lambda c: "推行罚没款“掌上缴”，当事人可通过微信支付、支付宝缴纳罚没款。"),
        T("w15", "end", r"高血压、糖尿病",
          lambda c: "对管理的高血压、糖尿病患者每季度至少开展1次面对面或电话随访。"),
    ]


@kind(8)
def k_recruitment_lines():
    """The own lines of a recruitment or registration section inside the body:
    报名时间、报名地点、报名邮箱、咨询电话、监督电话."""
    return [
        T("w17", "before_sig", None,
          lambda c: "专场招聘会用人单位报名时间：%s（工作日上午8:30—12:00，下午14:30—17:30）。" % c.span()),
        T("w17", "before_sig", None,
          lambda c: "见习人员报名邮箱：%s（邮件主题请注明“姓名+毕业院校+意向岗位”）。" % c.email()),
        T("w17", "before_sig", None,
          lambda c: "咨询电话：%s（%s），监督电话：%s。" % (c.phone(), c.dept(), c.phone())),
        T("w17", "end", r"^（一）开展“百日千万”",
          lambda c: "报名地点：%s公共就业服务中心一楼大厅，报名时间：%s。" % (c.s("place"), c.span())),
        T("w17", "end", r"^（三）强化就业见习",
          lambda c: "见习岗位报名邮箱：%s，咨询电话：%s。" % (c.email(), c.phone())),
        T("w09", "end", r"^（四）实施人才培训工程",
          lambda c: "%d年培训班报名时间为%s，报名咨询电话：%s。" % (c.s("y"), c.span(), c.phone())),
        T("w17", "line_after", r"^（一）开展“百日千万”",
          lambda c: "报名方式：现场报名或将报名表发送至%s，咨询电话：%s。" % (c.email(), c.phone())),
        T("w01", "end", r"^（十一）",
          lambda c: "基层医务人员招聘报名时间为%s，咨询电话：%s。" % (c.span(), c.phone())),
    ]


@kind(8)
def k_bracket_notes_lines():
    """Bracketed and slogan lines of real documents: （此件公开发布）and a
    （联系人：…）note under the date, 宣传口号, 【典型案例】in a summary, and
    〔2023〕12号 document references."""
    return [
        T("w07 w17 w01 w09", "doc_end", None, lambda c: "（此件公开发布）"),
        T("w07 w17 w01", "doc_end", None,
          lambda c: "（联系人：%s，联系电话：%s）" % (c.person(), c.phone())),
        T("w25 w13", "doc_end", None, lambda c: "（此件主动公开）"),
        T("w05", "line_after", r"^（一）加大执法办案",
          lambda c: "【典型案例】区市场监管局查处某医疗美容机构发布违法广告案，罚没款%s万元，形成有力震慑。" % c.f(5, 30)),
        T("w13", "end", r"^一、巩固提升全民参保",
          lambda c: "严格落实《省医疗保障局关于做好2023年城乡居民基本医疗保障工作的通知》（省医保发〔2023〕%d号）要求。"
          % c.i(5, 40)),
        T("w07", "end", r"^（一）加强组织领导",
          lambda c: "按照《江岭市安全生产委员会关于印发2021年安全生产工作要点的通知》（江安委〔2021〕%d号）要求，落实“党政同责、一岗双责”。"
          % c.i(2, 12)),
        T("w21", "line_after", r"^2024年，全市细颗粒物",
          lambda c: "宣传口号：“%s”" % c.pick(["同呼吸、共奋斗，守护青湾蓝天", "减排治污，你我同行", "蓝天保卫战，青湾在行动"])),
        T("w19", "line_before", r"^四、存在的不足",
          lambda c: "【经验做法】推行“路长制”，全市%d名县乡村三级路长实现农村公路管护全覆盖。" % c.i(900, 2400)),
        T("w17", "end", r"^（四）加强宣传",
          lambda c: "宣传活动统一使用“%s”主题口号。" % c.pick(["好就业，就在白河", "青春白河，就业有我", "留在家乡，筑梦白河"])),
    ]


@kind(8)
def k_price_offer():
    """Money and price content with offer-like words (优惠、免费、限时、补助):
    subsidy standards, fee standards and preferential policies."""
    return [
        T("w09", "end", r"^（一）实施乡村旅游精品工程",
          lambda c: "对持有本市老年人优待证的游客，乡村旅游景区门票实行免费或半价优惠。"),
        T("w09", "end", r"^（二）加大资金支持",
          lambda c: "节假日期间开展“限时优惠”乡村旅游消费季活动，发放文旅消费券%d万元。" % (c.i(10, 60) * 10)),
        T("w13", "end", r"^一、巩固提升全民参保",
          lambda c: "四是执行2024年度城乡居民医保个人缴费标准，每人每年380元，特困人员、低保对象个人缴费部分给予全额或定额资助。"),
        T("w19", "end", r"城乡客运一体化深入推进",
          lambda c: "65周岁以上老年人乘坐城乡公交实行免费，60至64周岁老年人享受半价优惠。"),
        T("w17", "end", r"^（二）落实就业扶持",
          lambda c: "参加职业技能培训并取得证书的，按每人%d元标准给予职业培训补贴。" % c.pick([800, 1000, 1200, 1500])),
        T("w15", "end", r"^（一）基本公共卫生服务",
          lambda c: "人均基本公共卫生服务经费补助标准提高至每人每年69元。"),
        T("w03", "end", r"^（二）住房保障持续加强",
          lambda c: "公共租赁住房租金按照同地段市场租金的%d%%确定，低保家庭租金全额减免。" % c.pick([50, 60, 70])),
        T("w21", "end", r"清洁取暖改造",
          lambda c: "“煤改电”用户每户一次性补助%d元，采暖期电价执行居民峰谷优惠电价。" % c.pick([2000, 2500, 3000, 3500])),
        T("w25", "end", r"^（三）开展涉企收费",
          lambda c: "对小微企业免收检验检测费用，特种设备定期检验收费标准下调%d%%。" % c.pick([10, 15, 20])),
    ]


@kind(8)
def k_procurement_result():
    """Procurement and service-purchase results inside a summary or plan that
    name a third-party company (中标单位、中标金额、承建单位、联系电话)."""
    return [
        T("w15", "in", r"^（二）重点项目",
          lambda c: "区人民医院医疗设备采购项目已完成公开招标，中标单位为%s，中标金额%d万元。" % (c.company("医疗设备有限公司", "医疗器械有限公司"), c.i(300, 2600))),
        T("w03", "in", r"^（一）城市更新有序推进",
          lambda c: "老旧小区改造全过程工程咨询项目中标单位：%s，中标金额：%d万元。" % (c.company("工程咨询有限公司", "工程管理咨询有限公司"), c.i(80, 600))),
        T("w21", "end", r"^（二）强化资金保障",
          lambda c: "空气质量自动监测站运维服务项目经公开招标，由%s中标承担，服务期限3年。" % c.company("环境科技有限公司", "环境监测有限公司")),
        T("w01", "end", r"^（九）推进智慧医疗",
          lambda c: "全民健康信息平台建设项目由%s承建，合同金额%d万元。" % (c.company("信息科技有限公司", "软件有限公司", "数据服务有限公司"), c.i(400, 1800))),
        T("w13", "end", r"^四、强化医保基金监管",
          lambda c: "医保智能监控系统升级项目通过政府采购确定由%s实施。" % c.company("信息科技有限公司", "软件有限公司")),
        T("w07", "end", r"^（一）“两客一危”",
          lambda c: "动态监控第三方监测服务由%s承担（联系电话：%s）。" % (c.company("信息科技有限公司", "卫星定位科技有限公司"), c.phone())),
        T("w05", "end", r"^（一）强化食品安全监管",
          lambda c: "抽检工作通过政府购买服务方式委托%s承担。" % (c.s("cs") + c.pick(BRANDS) + "检验检测有限公司")),
        T("w09", "end", r"^（一）加强组织领导",
          lambda c: "委托%s编制《%s乡村旅游发展规划》，年内完成评审。" % (c.company("规划设计有限公司", "旅游规划设计研究院有限公司"), c.s("place"))),
        T("w17", "end", r"^（五）提升公共就业",
          lambda c: "通过政府购买服务，委托%s为离校未就业高校毕业生提供职业指导服务，服务合同金额%d万元。"
          % (c.s("cs") + c.pick(BRANDS) + "人力资源服务有限公司", c.i(20, 80))),
    ]


@kind(8)
def k_symbol_bullets():
    """Symbols used in real content: star grades of 星级民宿 and 信用等级
    (★★★), ●/◆ bullets heading items of a summary, and a note explaining
    a ★ mark on key tasks (注：标★的为年度重点任务)."""
    return [
        T("w09", "end", r"^（二）实施民宿品质提升工程",
          lambda c: "星级民宿分为三星级（★★★）、四星级（★★★★）、五星级（★★★★★）三个等级。"),
        T("w25", "before_sig", None, lambda c: "注：标★的为年度重点任务。"),
        T("w15", "line_after", r"^全年开展各类卫生监督",
          lambda c: "●全年开展“双随机”抽查%d户次，抽查任务完成率100%%。" % c.i(120, 400)),
        T("w19", "line_after", r"^全年开展安全生产检查",
          lambda c: "◆全年开展“平安交通”宣传活动%d场次，覆盖从业人员%d人次。" % (c.i(20, 90), c.i(3000, 12000))),
        T("w05", "line_after", r"^（二）提升政务服务效能",
          lambda c: "■上半年“企业开办专区”办理业务%d件，平均办理时间%s个工作日。" % (c.i(400, 1200), c.f(0.5, 0.9))),
        T("w07", "end", r"^（三）危险货物运输",
          lambda c: "企业安全生产信用等级评定结果分为AAA（★★★）、AA（★★）、A（★）三个等级。"),
        T("w21", "before_sig", None, lambda c: "注：标▲的任务为纳入省级考核的约束性任务。"),
        T("w13", "end", r"^四、强化医保基金监管",
          lambda c: "四是推行定点医药机构信用分级管理，信用等级由高到低分为★★★★★至★五个等级。"),
    ]


@kind(8)
def k_closing_lines():
    """Lines that really end a body: 本通知自印发之日起施行。, 以上通知，请
    遵照执行。, 特此报告。 of a summary sent upward, 有效期 clauses, and an
    附件下载 line naming the attachment file."""
    return [
        T("w17", "before_sig", None, lambda c: "本通知自印发之日起施行。"),
        T("w07", "tail", None, lambda c: "以上通知，请遵照执行。"),
        T("w17", "before_sig", None, lambda c: "以上通知，请各单位认真贯彻执行。"),
        T("w21", "before_sig", None, lambda c: "本方案自印发之日起实施，有效期至2024年12月31日。"),
        T("w09", "before_sig", None, lambda c: "本方案自印发之日起施行，有效期至2024年12月31日。"),
        T("w03 w05 w15 w19", "before_sig", None, lambda c: "特此报告。"),
        T("w07", "before_sig", None,
          lambda c: "附件下载：道路运输安全生产专项整治行动问题清单.%s" % c.pick(["docx", "xlsx", "wps", "doc"])),
        T("w01", "before_sig", None, lambda c: "以上工作要点，请结合实际抓好落实。"),
        T("w13 w25", "before_sig", None, lambda c: "以上要点，各股室要细化措施、明确责任，确保按期完成。"),
    ]


@kind(8)
def k_data_source_note():
    """Statistical notes of the drafting office itself: （数据来源：市统计局）
    after a figure, 注：本总结所列数据为快报数 lines, and （注：“两客一危”指……）
    definitions."""
    return [
        T("w03", "after:同比增长7.2%", None,
          lambda c: "（数据来源：%s统计局）" % c.s("place")),
        T("w03 w05 w15 w19", "before_sig", None,
          lambda c: "注：本总结所列数据为快报数，最终以统计部门公布数据为准。"),
        T("w05", "end", r"^（一）深化商事制度改革",
          lambda c: "以上数据来源于国家企业信用信息公示系统%s。" % c.pick(["", "（统计截至2023年6月30日）"])),
        T("w21", "before_sig", None,
          lambda c: "注：空气质量相关指标按照《环境空气质量标准》（GB 3095—2012）和《环境空气质量评价技术规范（试行）》（HJ 663—2013）评价，数据来源于%s生态环境监测站。" % c.s("place")),
        T("w07", "end", r"^（一）“两客一危”",
          lambda c: "（注：“两客一危”指从事旅游的包车、三类以上班线客车和运输危险化学品、烟花爆竹、民用爆炸物品的道路专用车辆。）"),
        T("w19", "end", r"^2022年，市交通运输局",
          lambda c: "（数据来源：%s统计局、市交通运输局）" % c.s("place")),
        T("w15", "before_sig", None,
          lambda c: "注：文中统计数据截至2019年12月31日。"),
        T("w05", "line_before", r"^四、下半年工作打算",
          lambda c: "注：以上数据统计时间截至2023年6月30日。"),
    ]


@kind(8)
def k_meta_words_in_sentences():
    """Page-metadata words used in content: 信息来源、发布时间、责任编辑、
    作者、浏览次数 in sentences about 政务公开 and 政务新媒体 management."""
    return [
        T("w05", "in", r"^（二）提升政务服务效能",
          lambda c: "规范门户网站信息发布，统一标注信息来源、发布时间和责任编辑。"),
        T("w13", "end", r"^五、提升医保经办",
          lambda c: "三是医保政策文件在县政府门户网站公开时，须注明发文机关、发布日期和文号。"),
        T("w03", "end", r"^（四）城市管理水平提升",
          lambda c: "严格执行信息发布“三审三校”制度，转载信息一律注明来源。"),
        T("w17", "end", r"^（四）加强宣传",
          lambda c: "鼓励业务股室负责人作为作者撰写政策解读文章。"),
        T("w19", "end", r"^（三）科技创新",
          lambda c: "政务新媒体每条信息须经责任编辑初审、科室负责人复审、分管领导终审后发布。"),
        T("w15", "end", r"^（二）疾病防控",
          lambda c: "健康科普文章一律标注作者、审核专家和信息来源。"),
        T("w21", "end", r"^（三）严格考核问责",
          lambda c: "排名通报注明数据来源和统计时段，发布时间为次月%d日前。" % c.i(5, 10)),
        T("w09", "end", r"^（三）强化考核评估",
          lambda c: "将乡村旅游宣传信息的发布数量、浏览次数和转载情况纳入评估内容。"),
    ]


# --------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------
PROBES = []


def build():
    for kname, n, fn in KINDS:
        temps = fn()
        assert len(temps) >= 8, kname
        order = list(range(len(temps)))
        rng.shuffle(order)
        seq = [order[k % len(order)] for k in range(n)]
        for ti in seq:
            t = temps[ti]
            docs = [d for d in t["docs"] if place(DOC[d], t["where"], t["para"], "X", dry=True)]
            assert docs, (kname, ti)
            dname = rng.choice(docs)
            doc = DOC[dname]
            c = Ctx(dname)
            text = t["fn"](c)
            raw, off = place(doc, t["where"], t["para"], text)
            PROBES.append({"kind": kname, "label": "keep", "raw": raw, "want": raw, "base": dname,
                           "_ins": text, "_tpl": ti, "_off": off})


def self_check():
    per_kind = Counter()
    tpls = {}
    for p in PROBES:
        base = DOC[p["base"]]["text"]
        r = p["raw"]
        assert p["raw"] == p["want"] and p["label"] == "keep"
        assert r.endswith("\n") and r != base
        # exactly one contiguous insertion
        i = 0
        while i < len(base) and r[i] == base[i]:
            i += 1
        j = 0
        while j < len(base) - i and r[-1 - j] == base[-1 - j]:
            j += 1
        assert i + j == len(base), p["id"]
        ins = r[i:len(r) - j]
        assert len(ins) == len(r) - len(base), p["id"]
        assert r[:p["_off"]] == base[:p["_off"]] and r[p["_off"] + len(r) - len(base):] == base[p["_off"]:], p["id"]
        # title untouched
        assert r.split("\n", 1)[0] == base.split("\n", 1)[0], p["id"]
        t = p["_ins"].strip("\n")
        around = r[max(0, i - 1):i + len(ins) + 1]
        assert "。。" not in around and "\n\n" not in r and ins.strip(), p["id"]
        assert t and not re.search(r"[\x00-\x08]", t), p["id"]
        per_kind[p["kind"]] += 1
        tpls.setdefault(p["kind"], set()).add(p["_tpl"])
    for k, s in tpls.items():
        assert len(s) >= 8, (k, len(s))
        assert 8 <= per_kind[k] <= 10, k
    assert len(per_kind) >= 24
    return per_kind


def main():
    build()
    for n, p in enumerate(PROBES, 1):
        p["id"] = "keeps-%04d" % n
    per_kind = self_check()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    order = ["id", "kind", "label", "raw", "want", "base"]
    with open(OUT, "w", encoding="utf-8") as f:
        for p in PROBES:
            f.write(json.dumps({k: p[k] for k in order}, ensure_ascii=False) + "\n")
    for k, _n, _f in KINDS:
        print("%-28s %d" % (k, per_kind[k]))
    print("kinds", len(per_kind), "total", len(PROBES), "->", os.path.relpath(OUT))


if __name__ == "__main__":
    main()
