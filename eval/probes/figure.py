#!/usr/bin/env python3
"""Blind probe generator, family "figure".

Malformed / implausible figures in prose.  A cleaner must NOT silently change
them; it should flag them for a reviewer.  So for every probe want == raw; for
label "defect" flag = [start, end] of the wrong figure (or clause), for label
"keep" flag = None (legitimate look-alike that must be left alone, unflagged).

Each probe = one base document from eval/base/tune/ with ONE inserted
sentence (after a full stop inside a body paragraph).  stdlib only, fixed seed.
"""
import glob
import json
import os
import random
import re

SEED = 20240524
BASE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "base", "tune")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "out", "probes", "figure.jsonl")

rng = random.Random(SEED)

# ---------------------------------------------------------------- documents
DOM = {"w01": "health", "w15": "health", "w03": "housing", "w05": "market",
       "w25": "market", "w07": "transport", "w19": "transport", "w09": "tourism",
       "w13": "medins", "w17": "employ", "w21": "env"}
# w11 / w23 are 办法 (第X条 articles): statistics sentences do not belong there.

DOCS = {}
for path in sorted(glob.glob(os.path.join(BASE, "*.txt"))):
    did = os.path.basename(path)[:-4]
    if did.startswith("gwr_"):
        dom = "national"
    elif did in DOM:
        dom = DOM[did]
    else:
        continue
    text = open(path, encoding="utf-8").read()
    meta = json.load(open(path[:-4] + ".json", encoding="utf-8"))
    title = text.split("\n", 1)[0]
    if dom == "national":
        area = "全国"
    else:
        m = re.match(r"^.{2}(市|区|县)", title)
        area = "全" + m.group(1)
    wd = meta.get("written_date") or ""
    year = int(wd[:4]) if wd else int(re.match(r"(\d{4})", title).group(1))
    fw = len(re.findall("[０-９]", text)) > 100
    pct = "％" if text.count("％") > text.count("%") else "%"
    DOCS[did] = dict(id=did, text=text, dom=dom, area=area, year=year, fw=fw,
                     pct=pct, genre=meta.get("genre", ""))

HW_DOCS = [d for d in DOCS if not DOCS[d]["fw"]]
LOCAL_DOCS = [d for d in DOCS if DOCS[d]["dom"] != "national"]
FW_DOCS = [d for d in DOCS if DOCS[d]["fw"]]

FWD = str.maketrans("0123456789", "０１２３４５６７８９")


def fwify(s):
    """full-width digits, full-width decimal point between digits."""
    s = s.translate(FWD)
    return re.sub(r"(?<=[０-９])\.(?=[０-９])", "．", s)


def insertion_points(did):
    """offsets right after a '。' inside body paragraphs (not title, not
    headings, not signature lines)."""
    text = DOCS[did]["text"]
    lines = text.split("\n")
    pts = []
    off = 0
    for i, ln in enumerate(lines):
        if i >= 1 and len(ln) >= 25 and "。" in ln and not ln.startswith("第"):
            for m in re.finditer("。", ln):
                # not right after a quote-closing or inside brackets: keep simple
                pts.append(off + m.end())
        off += len(ln) + 1
    return pts


# ---------------------------------------------------------------- vocabulary
# counted things: (verb, measure word, noun, lo, hi)
COUNT = {
    "health": [("培训", "名", "基层医务人员", 80, 900), ("新建", "所", "村卫生室", 4, 40),
               ("组建", "个", "家庭医生签约服务团队", 30, 300), ("下沉", "名", "城市医院专家", 30, 200),
               ("开展", "场", "健康教育讲座", 60, 600), ("配备", "辆", "负压救护车", 3, 20),
               ("建成", "个", "发热门诊", 5, 30)],
    "housing": [("改造", "个", "老旧小区", 12, 80), ("新开工", "套", "保障性租赁住房", 200, 1600),
                ("排查", "个", "在建工地", 60, 300), ("新建", "座", "城市公厕", 10, 60),
                ("打通", "条", "断头路", 3, 15), ("加装", "部", "既有住宅电梯", 20, 150)],
    "market": [("检查", "家", "食品经营单位", 300, 1800), ("抽检", "批次", "食品", 400, 2400),
               ("培育", "家", "放心消费示范单位", 20, 120), ("检定", "台", "计量器具", 800, 5000),
               ("新建", "个", "农贸市场快检室", 4, 20), ("查办", "件", "价格违法案件", 10, 60)],
    "transport": [("新改建", "条", "农村公路", 20, 90), ("检查", "家", "道路运输企业", 60, 300),
                  ("新开", "条", "城乡公交线路", 3, 20), ("更新", "辆", "新能源公交车", 30, 200),
                  ("建成", "个", "农村物流服务站点", 20, 120), ("整治", "处", "公路安全隐患点", 40, 300)],
    "tourism": [("培育", "家", "精品民宿", 20, 120), ("新建", "座", "旅游厕所", 10, 80),
                ("举办", "期", "乡村旅游培训班", 3, 12), ("打造", "条", "乡村旅游精品线路", 4, 20),
                ("创建", "个", "省级乡村旅游重点村", 3, 15), ("新建", "个", "生态停车场", 8, 40)],
    "medins": [("检查", "家", "定点医药机构", 80, 360), ("建成", "个", "村级医保服务点", 60, 240),
               ("培训", "名", "医保经办人员", 50, 300), ("约谈", "家", "违规定点医药机构", 5, 30),
               ("开通", "家", "异地就医直接结算定点医院", 5, 30)],
    "employ": [("开发", "个", "见习岗位", 100, 500), ("组织", "场", "专场招聘会", 10, 40),
               ("走访", "家", "重点用工企业", 50, 300), ("认定", "家", "就业见习基地", 5, 30),
               ("培训", "名", "职业指导人员", 20, 120), ("建成", "个", "零工市场", 2, 10)],
    "env": [("淘汰", "台", "燃煤小锅炉", 20, 120), ("检查", "家", "涉气企业", 100, 600),
            ("建成", "个", "空气质量自动监测站", 5, 40), ("整治", "家", "散乱污企业", 30, 200),
            ("更换", "辆", "新能源环卫车", 20, 120), ("安装", "套", "油烟在线监控设备", 50, 400)],
    "national": [("新建改建", "所", "乡镇卫生院", 1000, 3000), ("建设", "个", "农产品批发市场", 300, 900),
                 ("新开工", "座", "大中型水库", 20, 60), ("组织实施", "个", "重大科技专项", 10, 20),
                 ("支持", "所", "县级医院", 500, 2000), ("新建", "个", "国家级自然保护区", 10, 40)],
}

# hotline / code look-alikes: a number directly followed by a noun, legitimately
NUMNOUN = {
    "health": ["优化12320卫生健康热线服务", "推进120急救指挥调度系统升级", "推广3岁以下婴幼儿照护服务"],
    "housing": ["开通12345热线住建服务专席", "推广BIM技术和5G智慧工地应用"],
    "market": ["畅通12315消费投诉举报热线", "推进12345与12315热线双号并行"],
    "transport": ["畅通12328交通运输服务监督热线", "推进G205国道改线工程前期工作"],
    "tourism": ["新创建4A级旅游景区2个", "推出“48小时乡村游”精品线路"],
    "medins": ["畅通12393医保服务热线", "全面推广医保电子凭证和5G医保服务"],
    "employ": ["畅通12333人社服务热线", "打造“15分钟就业服务圈”"],
    "env": ["畅通12369环保举报热线", "开展PM2.5和臭氧协同控制"],
    "national": ["继续实施211工程和985工程", "深入实施973计划和863计划"],
}

# subtotals: (activity phrase, mw, [sub categories], lo, hi)
SUB = {
    "health": [("开展各类卫生监督检查", "户次", ["公共场所", "医疗机构", "学校卫生", "生活饮用水单位"], 1200, 3200),
               ("全年开展远程会诊", "例", ["影像会诊", "心电会诊", "病理会诊"], 900, 2600)],
    "housing": [("排查房屋安全隐患", "处", ["自建房", "老旧公房", "农村危房"], 800, 2400),
                ("受理物业服务投诉", "件", ["电梯维保", "停车管理", "环境卫生"], 300, 1200)],
    "market": [("受理消费者投诉举报", "件", ["食品", "预付式消费", "网络购物"], 1200, 3600),
               ("完成食品安全监督抽检", "批次", ["粮食加工品", "食用农产品", "餐饮食品"], 900, 2400)],
    "transport": [("查处道路运输违法行为", "起", ["非法营运", "超限超载", "疲劳驾驶"], 400, 1600),
                  ("排查道路安全隐患", "处", ["临水临崖", "急弯陡坡", "平交路口"], 300, 1200)],
    "tourism": [("接待乡村旅游游客", "万人次", ["过夜游客", "市外游客", "研学团队"], 300, 1200),
                ("开展文旅市场执法检查", "家次", ["旅行社", "A级旅游景区", "星级民宿"], 400, 1200)],
    "medins": [("办理异地就医备案", "人次", ["异地长期居住", "转诊就医", "临时外出就医"], 3000, 9000),
               ("追回违规使用医保基金", "万元", ["定点医院", "定点零售药店", "村卫生室"], 300, 900)],
    "employ": [("帮助离校未就业高校毕业生实现就业", "人", ["脱贫家庭", "低保家庭", "残疾"], 400, 900),
               ("发放一次性吸纳就业补贴", "万元", ["小微企业", "社会组织", "个体工商户"], 80, 300)],
    "env": [("查处环境违法案件", "件", ["大气类", "水污染类", "固体废物类"], 60, 240),
            ("受理环境信访投诉", "件", ["噪声", "油烟", "扬尘"], 400, 1500)],
    "national": [("城镇新增就业", "万人", ["高校毕业生", "就业困难人员", "农民工"], 900, 1300),
                 ("改造农村危房", "万户", ["贫困户", "低保户", "农村分散供养特困人员"], 200, 560)],
}

# exhaustive partitions: (head, mw, [categories covering all], lo-per-cat, hi)
PART = {
    "health": [("全年新招聘卫生技术人员", "名", ["医师", "护士", "其他卫生技术人员"], 20, 160),
               ("全年处理医疗纠纷", "起", ["调解成功", "诉讼解决", "仍在处理"], 5, 60)],
    "housing": [("全年筹集保障性租赁住房", "套", ["新建", "改建", "盘活存量"], 100, 600),
                ("全年办理不动产首次登记", "件", ["商品房", "保障性住房", "其他类型"], 200, 900)],
    "market": [("新增市场主体", "户", ["企业", "个体工商户", "农民专业合作社"], 100, 3000),
               ("抽检不合格食品", "批次", ["已完成核查处置", "正在核查处置"], 5, 60)],
    "transport": [("全年新增公交车辆", "辆", ["纯电动", "混合动力", "天然气"], 10, 80),
                  ("排查整治安全隐患", "处", ["已整改到位", "正在整改"], 40, 400)],
    "tourism": [("全市现有乡村旅游经营户", "户", ["农家乐", "民宿", "休闲采摘园"], 20, 300),
                ("评定星级民宿", "家", ["五星级", "四星级", "三星级"], 3, 40)],
    "medins": [("全年受理医保投诉举报", "件", ["已办结", "正在办理"], 20, 200),
               ("参加基本医疗保险", "万人", ["职工医保", "城乡居民医保"], 5, 60)],
    "employ": [("全年开发见习岗位", "个", ["企业", "事业单位", "社会组织"], 20, 200),
               ("登记离校未就业高校毕业生", "人", ["已实现就业", "未就业"], 50, 400)],
    "env": [("全年淘汰老旧车辆", "辆", ["国三柴油货车", "老旧燃油公交车", "其他老旧车辆"], 40, 600),
            ("排查入河排污口", "个", ["已完成整治", "正在整治"], 20, 200)],
    "national": [("全年城镇新增就业", "万人", ["东部地区", "中部地区", "西部地区"], 200, 500),
                 ("全年下达中央预算内投资", "亿元", ["“三农”建设", "社会事业", "生态环保"], 300, 900)],
}

# money breakdowns: (lead clause, [funding parts])
MONEY = {
    "health": [("完成{n}家乡镇卫生院标准化改造，总投资", ["省级补助", "市级配套", "县级自筹"]),
               ("区人民医院新院区建设总投资", ["中央预算内投资", "地方政府专项债券", "单位自筹"])],
    "housing": [("实施老旧小区改造项目{n}个，总投资", ["中央补助", "省级补助", "地方配套"]),
                ("推进城市排水管网改造工程，总投资", ["中央预算内投资", "专项债券", "地方配套"])],
    "market": [("实施智慧监管平台建设项目，总投资", ["省级补助", "本级财政", "部门自筹"]),
               ("建设食品安全检验检测中心，总投资", ["上级补助", "本级财政", "单位自筹"])],
    "transport": [("实施农村公路提档升级工程，总投资", ["车购税资金", "省级补助", "地方配套"]),
                  ("建设综合客运枢纽，总投资", ["中央补助", "专项债券", "企业自筹"])],
    "tourism": [("实施{n}个乡村旅游重点村提升改造，总投资", ["省级补助", "市级奖补", "社会资本"]),
                ("建设游客服务中心，总投资", ["上级补助", "本级财政", "社会资本"])],
    "medins": [("推进医保信息平台建设，总投资", ["省级补助", "本级财政"]),
               ("全年筹集医疗救助资金", ["中央补助", "省级补助", "本级财政"])],
    "employ": [("全年筹集就业补助资金", ["中央补助", "省级补助", "本级财政"]),
               ("建设公共实训基地，总投资", ["中央预算内投资", "省级补助", "本级财政"])],
    "env": [("实施清洁取暖改造工程，总投资", ["中央补助", "省级补助", "本级财政"]),
            ("建设城镇污水处理厂提标改造工程，总投资", ["中央预算内投资", "专项债券", "地方配套"])],
}

# share-type rates (must be <= 100%): (phrase, lo, hi)
RATES = {
    "health": ["居民电子健康档案建档率", "重点人群家庭医生签约覆盖率", "孕产妇系统管理率",
               "适龄儿童免疫规划疫苗接种率", "群众健康素养知晓率", "二级以上医院预约诊疗占比"],
    "housing": ["生活垃圾无害化处理率", "城市污水集中处理率", "新建建筑节能标准执行率",
                "建筑工地扬尘治理达标率", "物业服务群众满意度"],
    "market": ["食品抽检合格率", "消费投诉按时办结率", "特种设备定期检验率",
               "“双随机、一公开”抽查覆盖率", "农贸市场快检室覆盖率"],
    "transport": ["农村公路优良中等路率", "建制村通客车率", "“两客一危”车辆动态监控入网率",
                  "新能源公交车占比", "群众出行满意度"],
    "tourism": ["游客满意度", "旅游厕所达标率", "星级民宿占民宿总数的比重", "乡村旅游从业人员持证上岗率"],
    "medins": ["户籍人口基本医保参保率", "医保政策知晓率", "医保电子凭证激活率",
               "住院费用异地直接结算率", "医保经办服务满意度"],
    "employ": ["离校未就业高校毕业生实名登记率", "见习期满留用率", "就业政策知晓率",
               "高校毕业生就业率", "就业服务满意度"],
    "env": ["空气质量优良天数比率", "重点排污单位自动监控联网率", "城市建成区绿化覆盖率",
            "重点工地扬尘治理达标率", "清洁能源供暖占比"],
    "national": ["九年义务教育巩固率", "农村自来水普及率", "新型农村合作医疗参合率",
                 "城镇职工基本养老保险参保率", "第三产业增加值占国内生产总值的比重"],
}

# growth / completion look-alikes above 100%
OVER100_OK = [
    "完成年度目标任务的{v}%", "为上年同期的{v}%", "年度计划完成率达到{v}%",
    "同比增长{g}%", "较上年增长{g}%",
]

# decimals that are legitimately decimal: (phrase, correct, implausible-without-point, unit)
DEC = {
    "health": [("人均预期寿命达到", "78.6", "岁"), ("每千人口医疗卫生机构床位数达到", "6.4", "张"),
               ("每千人口执业（助理）医师数达到", "2.9", "人"), ("孕产妇死亡率控制在", "12.5", "/10万以下")],
    "housing": [("城镇居民人均住房建筑面积达到", "41.2", "平方米"), ("人均公园绿地面积达到", "14.6", "平方米")],
    "market": [("企业开办平均时间压缩至", "0.5", "个工作日"), ("每千人拥有企业数达到", "28.4", "户")],
    "transport": [("公路网密度达到", "126.4", "公里/百平方公里"), ("建制村通硬化路平均宽度达到", "4.5", "米")],
    "tourism": [("游客人均停留时间延长至", "1.8", "天"), ("乡村旅游游客人均停留天数达到", "1.6", "天")],
    "medins": [("参保人员平均住院日降至", "8.6", "天"), ("职工医保统筹基金累计结存可支付月数保持在", "9.5", "个月")],
    "employ": [("城镇调查失业率控制在", "5.5", "%以内"), ("城镇登记失业率控制在", "3.5", "%以内")],
    "env": [("PM2.5年均浓度降至", "31.6", "微克/立方米"), ("单位地区生产总值能耗下降", "3.2", "%")],
    "national": [("城镇登记失业率为", "4.1", "%"), ("居民消费价格总水平上涨", "2.6", "%"),
                 ("人均预期寿命达到", "76.3", "岁"), ("人口自然增长率控制在", "5.0", "‰以内"),
                 ("农村居民人均纯收入实际增长", "6.8", "%"), ("单位国内生产总值能耗下降", "4.2", "%")],
}


def area_of(did):
    return DOCS[did]["area"]


def pick(seq):
    return rng.choice(seq)


def rnd(lo, hi):
    return rng.randint(lo, hi)


def num2(item):
    """a count for a COUNT item with at least two digits."""
    return str(rnd(max(item[3], 12), max(item[4], 24)))


def tens(lo, hi, step=10):
    return rng.randrange(lo // step * step + step, hi // step * step + step, step)


# ---------------------------------------------------------------- kinds
# Each kind builder: (did, defect) -> (sentence, (fs, fe) or None, note)
# fs/fe are offsets inside the sentence.  Sentences are written half-width
# and converted to the document's digit width/percent sign by style().


class S:
    """sentence builder that tracks one marked span."""

    def __init__(self):
        self.parts = []
        self.mark = None

    def add(self, s, mark=False):
        start = sum(len(p) for p in self.parts)
        self.parts.append(s)
        if mark:
            self.mark = (start, start + len(s))
        return self

    def begin(self):
        self._b = sum(len(p) for p in self.parts)
        return self

    def end(self):
        self.mark = (self._b, sum(len(p) for p in self.parts))
        return self

    def text(self):
        return "".join(self.parts)


def k_lost_mw(did, defect):
    """cause: HTML-to-text conversion / CMS template — the measure word sat in
    its own <span>/table cell and was dropped ('培训81医务人员'), while sibling
    figures keep 人/个/所.  Keep: number directly followed by a noun legitimately
    (hotline numbers, 5G, 4A级, 985工程)."""
    dom = DOCS[did]["dom"]
    items = rng.sample(COUNT[dom], 3)
    s = S().add(area_of(did) if rng.random() < 0.5 else "全年")
    for i, (v, mw, noun, lo, hi) in enumerate(items):
        if i:
            s.add("，")
        n = str(rnd(lo, hi))
        if defect and i == 1:
            s.add(v)
            s.add(n + noun, mark=True)
        elif not defect and i == 1:
            s.add(pick(NUMNOUN[dom]))
        else:
            s.add(f"{v}{n}{mw}{noun}")
    s.add("。")
    note = ("measure word lost between figure and noun; siblings keep theirs" if defect
            else "number+noun is a hotline/code/grade, not a lost measure word")
    return s, note


def k_decimal_slip(did, defect):
    """cause: re-keying a funding table into prose / OCR — a stray decimal point
    ('1.4025万元' inside a 46525万元 total) or a thousands comma read as a
    decimal point ('2.400万元').  Keep: ordinary decimals in 万元/亿元."""
    dom = DOCS[did]["dom"]
    lead, srcs = pick(MONEY[dom])
    lead = lead.replace("{n}", str(rnd(3, 12)))
    k = len(srcs)
    s = S().add(lead)
    variant = rng.random()
    if defect and variant < 0.65:
        parts = [rnd(1100, 4800) * 10 + pick([0, 5]) for _ in range(k)]
        bad = rng.randrange(k)
        if parts[bad] < 10000:
            parts[bad] += 10000
        tot = sum(parts)
        s.add(f"{tot}万元，其中")
        for i, (src, p) in enumerate(zip(srcs, parts)):
            if i:
                s.add("、")
            s.add(src)
            if i == bad:
                s.add(f"{p // 10000}.{p % 10000:04d}万元", mark=True)
            else:
                s.add(f"{p}万元")
        s.add("。")
        note = "stray decimal point: part reads x.xxxx万元 while total and siblings are whole 万元"
    elif defect:
        # single figure: thousands comma turned into a decimal point
        v = f"{rnd(1, 9)}.{rnd(1, 9)}00"
        s.add(f"{v}万元", mark=True)
        s.add("。")
        note = "'x.x00万元' — thousands separator misread as decimal point (x,x00万元?)"
    else:
        if rng.random() < 0.5:
            tot = rnd(12, 48) / 10
            a = rnd(1500, min(9800, int(tot * 10000) - 500))
            s.add(f"{tot}亿元，其中{srcs[0]}{a}万元。")
            note = "total in 亿元, part in 万元 below it — legitimate mixed units"
        else:
            parts = [rnd(200, 4000) + pick([0, 0.5, 0.6, 0.8]) for _ in range(k)]
            parts = [round(p, 1) for p in parts]
            tot = round(sum(parts), 1)
            fm = lambda x: (str(int(x)) if x == int(x) else str(x))
            s.add(f"{fm(tot)}万元，其中" + "、".join(f"{a}{fm(b)}万元" for a, b in zip(srcs, parts)) + "。")
            note = "one-decimal 万元 figures summing exactly — legitimate decimals"
    return s, note


def k_part_gt_total(did, defect):
    """cause: editor's slip / figures pasted from two different tables — a
    '其中' part larger than the total it belongs to (same or next sentence).
    Keep: 其中 parts that sum below the total."""
    dom = DOCS[did]["dom"]
    act, mw, cats, lo, hi = pick(SUB[dom])
    tot = rnd(lo, hi)
    same = rng.random() < 0.5
    ncat = rnd(1, 2)
    cs = rng.sample(cats, ncat)
    if defect:
        big = tot + rnd(max(10, tot // 20), tot // 2)
        vals = [big] + [rnd(1, max(2, tot // 5)) for _ in range(ncat - 1)]
    else:
        vals = []
        rem = tot
        for _ in range(ncat):
            v = rnd(max(1, rem // 6), max(2, rem // 2))
            vals.append(v)
            rem -= v
    s = S().add(area_of(did)).begin().add(f"{act}{tot}{mw}")
    s.add("，其中" if same else "。其中，")
    s.add("、".join(f"{c}{v}{mw}" for c, v in zip(cs, vals)))
    if defect:
        s.end()
    s.add("。")
    note = (f"part {vals[0]} > total {tot} ({'same' if same else 'next'} sentence)" if defect
            else f"其中 parts {vals} below total {tot}")
    return s, note


def k_share_over_100(did, defect):
    """cause: editor's slip / value copied from a 'completion vs target'
    column into a share-type rate — 覆盖率/合格率/满意度/占比 above 100%.
    Keep: completion rates and growth rates above 100%, gross enrolment
    rates above 100%, and exactly 100%."""
    dom = DOCS[did]["dom"]
    s = S()
    if defect:
        r = pick(RATES[dom])
        v = pick([f"{rnd(101, 128)}", f"{rnd(1005, 1199) / 10}", f"{rnd(101, 112)}.{rnd(1, 9)}"])
        s.add(f"{area_of(did)}{r}达到")
        s.add(v + "%", mark=True)
        s.add(pick(["，较上年提高2个百分点。", "。", "，位居全省前列。", "，超额完成目标任务。"]))
        note = f"share-type rate {r} above 100%"
    else:
        c = rng.random()
        if c < 0.55:
            f = pick(OVER100_OK)
            v = f"{rnd(1010, 1380) / 10}"
            g = f"{rnd(101, 186)}"
            item = pick(COUNT[dom])
            s.add(f"{area_of(did)}{item[0]}{item[2]}{rnd(item[3], item[4])}{item[1]}，")
            s.add(f.replace("{v}", v).replace("{g}", g) + "。")
            note = "completion / growth rate above 100% is legitimate"
        elif c < 0.8:
            lvl = pick(["学前三年毛入园率", "高中阶段教育毛入学率", "初中阶段毛入学率"])
            s.add(f"{area_of(did)}{lvl}达到{rnd(1005, 1049) / 10}%，")
            s.add(pick(["教育普及水平进一步提高。", "义务教育均衡发展水平持续提升。"]))
            note = "gross enrolment rate can exceed 100%"
        else:
            r = pick(RATES[dom])
            s.add(f"{area_of(did)}{r}保持在100%。")
            note = "rate at exactly 100% is legitimate"
    return s, note


def k_parts_not_sum(did, defect):
    """cause: editor updated one figure of a breakdown (or pasted from an old
    draft) without the total — exhaustive parts that cannot sum to the stated
    total.  Keep: breakdowns that sum exactly, and non-exhaustive 其中 lists."""
    dom = DOCS[did]["dom"]
    head, mw, cats, lo, hi = pick(PART[dom])
    vals = [rnd(lo, hi) for _ in cats]
    tot = sum(vals)
    exhaustive = True
    if defect:
        off = pick([10, 100, -10, -100, 20, 1, -1, 9, 90, -90, 1000 if tot > 3000 else 200])
        if tot + off <= max(vals):
            off = abs(off)
        shown = tot + off
    else:
        if rng.random() < 0.35:
            exhaustive = False
            shown = tot + rnd(20, 400)
        else:
            shown = tot
    s = S().add(area_of(did) if not head.startswith("全") else "")
    form = rng.random()
    if form < 0.5 and exhaustive:
        s.begin().add(f"{head}{shown}{mw}，其中" + "、".join(f"{c}{v}{mw}" for c, v in zip(cats, vals)))
    elif exhaustive:
        s.begin().add(head.replace("全年", "") + "，" + "、".join(f"{c}{v}{mw}" for c, v in zip(cats, vals))
                      + f"，合计{shown}{mw}")
    else:
        s.begin().add(f"{head}{shown}{mw}，其中" + "、".join(f"{c}{v}{mw}" for c, v in zip(cats[:-1], vals[:-1])))
    if defect:
        s.end()
    s.add("。")
    if defect:
        note = f"exhaustive parts sum to {tot}, stated total {shown}"
    elif exhaustive:
        note = f"parts sum exactly to {shown}"
    else:
        note = "non-exhaustive 其中 list summing below the total"
    return s, note


def k_unit_order(did, defect):
    """cause: prose assembled from tables kept in different units (元 / 万元 /
    亿元) — one sibling carries a unit of the wrong order.  Keep: per-person
    standards in 元 next to totals in 万元, totals in 亿元 with parts in 万元."""
    dom = DOCS[did]["dom"]
    s = S()
    if dom == "national":
        tot = rnd(300, 1200)
        a = rnd(tot // 5, tot // 2)
        if defect:
            s.add(f"中央财政安排专项资金{tot}亿元，其中用于中西部地区")
            s.add(f"{a}万元", mark=True)
            s.add("。")
            note = "part in 万元 among 亿元 siblings — unit of wrong order"
        else:
            s.add(f"中央财政安排专项资金{tot}亿元，对中西部地区按每人每年{rnd(4, 12) * 10}元标准给予补助。")
            note = "per-capita standard in 元 next to a 亿元 total"
        return s, note
    lead, srcs = pick(MONEY[dom])
    lead = lead.replace("{n}", str(rnd(3, 12)))
    if defect:
        parts = [rnd(120, 3600) * 10 for _ in srcs]
        tot = sum(parts)
        bad = rng.randrange(len(srcs))
        s.add(lead + f"{tot}万元，其中")
        for i, (src, p) in enumerate(zip(srcs, parts)):
            if i:
                s.add("、")
            s.add(src)
            if i == bad:
                s.add(f"{p}元" if rng.random() < 0.7 else f"{p}亿元", mark=True)
            else:
                s.add(f"{p}万元")
        s.add("。")
        note = "one part in 元/亿元 while total and siblings are 万元 and only 万元 adds up"
    else:
        if rng.random() < 0.6:
            n = rnd(40, 400)
            std = pick([500, 800, 1000, 1500, 2000, 3000])
            tot = n * std / 10000
            tot = str(int(tot)) if tot == int(tot) else f"{tot:g}"
            s.add(f"按照每人{std}元的标准发放补贴，全年惠及{n}人、发放资金{tot}万元。")
            note = "per-person standard in 元 next to a 万元 total; arithmetic consistent"
        else:
            tot = rnd(12, 40) / 10
            a = rnd(1500, int(tot * 10000) - 500)
            s.add(lead + f"{tot}亿元，其中{srcs[0]}{a}万元。")
            note = "亿元 total with a 万元 part below it — legitimate"
    return s, note


def k_doubled_digit(did, defect):
    """cause: keyboard bounce / input-method double keystroke — a digit doubled
    inside a figure (955%, 20223年, 6月300日).  Keep: figures that legitimately
    repeat digits (2022年, 11月11日, 33.3%, 1000多项, 12315)."""
    dom = DOCS[did]["dom"]
    y = DOCS[did]["year"]
    s = S()
    c = rng.random()
    if defect:
        if c < 0.45:
            r = pick(RATES[dom])
            base = rnd(86, 99)
            d = str(base)
            bad = d[0] + d[0] + d[1] if rng.random() < 0.5 else d[0] + d[1] + d[1]
            s.add(f"{area_of(did)}{r}稳定在")
            s.add(bad + "%", mark=True)
            s.add("以上。")
            note = f"doubled digit: {bad}% for ~{base}%"
        elif c < 0.65:
            yy = str(y)
            bad = yy[:3] + yy[3] + yy[3]
            s.add("计划于")
            s.add(f"{bad}年", mark=True)
            s.add(f"{rnd(6, 12)}月底前全面完成{pick(['年度重点任务', '专项整治任务', '项目建设任务'])}。")
            note = f"five-digit year {bad}"
        else:
            m = rnd(3, 12)
            dd = pick(["10", "20", "30"])
            bad = dd[0] + dd[1] + dd[1]
            s.add(f"各单位要于{y}年{m}月")
            s.add(f"{bad}日", mark=True)
            s.add("前报送工作进展情况。")
            note = f"day {bad} — doubled zero"
    else:
        if c < 0.35:
            s.add(f"各单位要于{y}年11月11日前报送工作进展情况。")
            note = "11月11日 — legitimate repeated digits"
        elif c < 0.7:
            item = pick(COUNT[dom])
            s.add(f"{area_of(did)}{item[0]}{item[2]}{rnd(item[3], item[4])}{item[1]}，同比增长{pick(['33.3', '11.1', '22.2', '44.4'])}%。")
            note = "repeating-digit percentage is a real value"
        else:
            s.add(f"自{y - rnd(2, 6)}年以来，累计组织实施{pick(['100', '200', '1000'])}多项{pick(['重点项目', '民生实事项目', '专项整治任务'])}。")
            note = "round numbers with repeated zeros"
    return s, note


def k_bad_thousands(did, defect):
    """cause: export from a spreadsheet with Indian / 万-grouping locale, or
    manual re-keying — thousands separators misplaced (12,34,567; 1,2345万元).
    Keep: correct three-digit grouping."""
    dom = DOCS[did]["dom"]
    s = S()
    unit = pick(["元", "元", "人次"])
    n = rnd(1200000, 98000000) if unit == "元" else rnd(120000, 2600000)
    if defect:
        v = str(n)
        style = rng.random()
        if style < 0.4:  # Indian lakh grouping
            head, tail = v[:-3], v[-3:]
            groups = []
            while len(head) > 2:
                groups.insert(0, head[-2:])
                head = head[:-2]
            if head:
                groups.insert(0, head)
            bad = ",".join(groups + [tail])
        elif style < 0.75:  # 万 grouping (4 digits)
            bad = v[:-4] + "," + v[-4:]
        else:  # one separator dropped
            g = f"{n:,}"
            i = g.rfind(",")
            bad = g[:i] + g[i + 1:]
    else:
        bad = f"{n:,}"
    lead = {"元": pick(["全年拨付专项补助资金", "累计发放补贴资金", "共追回违规资金"]),
            "人次": pick(["全年服务群众", "累计接待办事群众", "线上平台累计访问量达"])}[unit]
    s.add(f"{area_of(did)}{lead}")
    s.add(bad + unit, mark=defect)
    s.add("。")
    note = "misplaced digit-group separator" if defect else "correct three-digit grouping"
    return s, note


def k_split_figure(did, defect):
    """cause: copy-paste from PDF (justified text / hard wraps) — a figure split
    by a stray space or a line break ('38 60人', '3\\n2亿元').  Keep: standard
    numbers and phone numbers that contain spaces by convention."""
    dom = DOCS[did]["dom"]
    s = S()
    if defect:
        c = rng.random()
        item = pick(COUNT[dom])
        n = num2(item)
        cut = rnd(1, len(n) - 1)
        sep = "\n" if c < 0.3 else pick([" ", " ", "\u3000"])
        if c < 0.55 and sep != "\n":
            r = pick(RATES[dom])
            v = f"{rnd(85, 99)}.{rnd(1, 9)}"
            cut = rnd(1, 2)
            s.add(f"{area_of(did)}{r}达到")
            s.add(v[:cut] + sep + v[cut:] + "%", mark=True)
            s.add("。")
        else:
            s.add(f"{area_of(did)}{item[0]}{item[2]}")
            s.add(n[:cut] + sep + n[cut:] + item[1], mark=True)
            s.add("。")
        note = "figure split by " + ("a line break (PDF hard wrap)" if sep == "\n" else "a stray space")
    else:
        std = {"health": "（WS/T 483—2016）", "housing": "（GB 50180—2018）", "market": "（GB 2762—2022）",
               "transport": "（JTG B01—2014）", "tourism": "（LB/T 065—2019）", "medins": "（GB/T 35273—2020）",
               "employ": "（GB/T 6565—2015）", "env": "（GB 3095—2012）", "national": "（GB/T 19001—2016）"}[dom]
        if rng.random() < 0.5 and dom != "national":
            s.add(f"严格执行相关国家及行业标准{std}，")
            s.add(pick(["督促相关单位对标整改。", "确保各项指标达标。"]))
            note = "standard code with a conventional space"
        else:
            tel = f"{pick(['0551', '0571', '0731', '0791', '0851', '0871', '0931', '0771'])}-{rnd(5000, 8999)} {rnd(1000, 9999)}"
            s.add(f"咨询电话：{tel}。")
            note = "phone number grouped with a space"
    return s, note


def k_fullwidth_mixed(did, defect):
    """cause: input method toggling full/half width mid-number, or OCR — one
    figure mixing full-width and half-width digits ('１８9亿元', '3２0个').
    Keep: figures written consistently in the document's own width, and the
    common half-width digits + full-width ％ style."""
    d = DOCS[did]
    dom = d["dom"]
    item = pick(COUNT[dom])
    n = num2(item)
    s = S()
    if defect:
        i = rnd(0, len(n) - 1)
        if d["fw"]:
            bad = fwify(n[:i]) + n[i] + fwify(n[i + 1:])
        else:
            bad = n[:i] + n[i].translate(FWD) + n[i + 1:]
        s.add(f"{d['area']}{item[0]}{item[2]}")
        s.add(bad + item[1], mark=True)
        s.add("。")
        note = "one figure mixes full-width and half-width digits"
    else:
        if d["fw"]:
            s.add(f"{d['area']}{item[0]}{item[2]}{fwify(n)}{item[1]}，增长{fwify(str(rnd(21, 189) / 10))}％。")
            note = "all digits full-width, consistent with the document"
        else:
            s.add(f"{d['area']}{item[0]}{item[2]}{n}{item[1]}，同比增长{rnd(21, 189) / 10}％。")
            note = "half-width digits with full-width ％ — common, legitimate"
    return s, note, True  # already styled


def k_impossible_date(did, defect):
    """cause: editor's slip / OCR 0↔8, 1↔7 — a calendar date that cannot exist
    (2月30日, 4月31日, 13月).  Keep: month-end dates that exist (incl. 29 Feb
    of a leap year), clock times (8:30), 24小时."""
    dom = DOCS[did]["dom"]
    y = DOCS[did]["year"]
    s = S()
    if defect:
        c = rng.random()
        if c < 0.75:
            m, dd = pick([(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)])
            if rng.random() < 0.2 and y % 4:
                m, dd = 2, 29
            bad = f"{y}年{m}月{dd}日"
        else:
            bad = f"{y}年{pick([13, 14, 18])}月"
        s.add(pick(["请各单位于", "各地要在", "力争于"]))
        s.add(bad, mark=True)
        if c < 0.75:
            s.add(pick(["前完成自查并报送工作总结。", "前完成全部整改任务。", "前报送整改情况。"]))
        else:
            s.add(pick(["底前完成阶段性目标。", "底前完成全部整改任务。"]))
        note = f"impossible date {bad}"
    else:
        c = rng.random()
        if c < 0.4:
            ok = pick([f"{y}年2月28日", f"{y}年6月30日", f"{y}年9月30日", f"{y}年11月30日", f"{y}年4月30日"])
            if y % 4 == 0 and rng.random() < 0.6:
                ok = f"{y}年2月29日"
            s.add(f"请各单位于{ok}前完成自查并报送工作总结。")
            note = f"{ok} exists"
        elif c < 0.75:
            s.add(pick(["工作日", "每周一至周五"]) + pick(["8:30—12:00、14:00—17:30", "8:30至17:30"]) + "提供现场咨询服务。")
            note = "clock times"
        else:
            s.add(f"实行{pick(['24小时', '7×24小时'])}值班值守，确保信息报送及时准确。")
            note = "24小时 is not a date error"
    return s, note


OCR = {"0": ["O", "o"], "1": ["l", "I"], "5": ["S"], "8": ["B"], "2": ["Z"]}


def k_ocr_letter(did, defect):
    """cause: OCR of a scanned document — a Latin letter read in place of a digit
    (1O0个, l2家, 2S0万元).  Keep: real alphanumerics (PM2.5, SO2, 5G, 4A, H7N9)."""
    dom = DOCS[did]["dom"]
    s = S()
    if defect:
        item = pick(COUNT[dom])
        while True:
            n = num2(item)
            idx = [i for i, ch in enumerate(n) if ch in OCR]
            if idx:
                break
        i = pick(idx)
        bad = n[:i] + pick(OCR[n[i]]) + n[i + 1:]
        s.add(f"{area_of(did)}{item[0]}{item[2]}")
        s.add(bad + item[1], mark=True)
        s.add("。")
        note = f"OCR letter inside figure: {bad} for {n}"
    else:
        al = {"health": ["做好H7N9等重点传染病监测", "推广5G+远程医疗服务"],
              "housing": ["推广BIM技术在装配式建筑中的应用", "推进5G基站配套设施建设"],
              "market": ["推进O2O平台食品经营者备案", "加强B2C电商平台网络交易监管"],
              "transport": ["推进ETC门架系统运维管理", "加强G60国道沿线安全整治"],
              "tourism": ["推出VR全景云游服务", "新创建4A级旅游景区2家"],
              "medins": ["推广DRG和DIP支付方式改革", "推进5G医保移动支付应用"],
              "employ": ["开展O2O线上线下联动招聘", "推广“AI+就业”智能匹配服务"],
              "env": ["开展PM2.5和O3协同控制", "推进SO2和NOx排放总量控制"],
              "national": ["加强H5N1禽流感防控", "推进3G网络建设"]}[dom]
        s.add(pick(al) + "，" + pick(["持续提升监管效能。", "推动工作提质增效。", "取得积极成效。"]))
        note = "real alphanumeric term, not an OCR slip"
    return s, note


def k_decimal_lost(did, defect):
    """cause: HTML-to-text / OCR dropping a decimal point — an indicator that is
    implausible by an order of magnitude (人均预期寿命786岁, 每千人口床位数64张).
    Keep: the same indicators with the decimal intact."""
    dom = DOCS[did]["dom"]
    ph, val, unit = pick(DEC[dom])
    s = S().add(f"{area_of(did)}{ph}")
    if defect:
        bad = val.replace(".", "")
        s.add(bad + unit, mark=True)
        note = f"decimal point lost: {bad} for {val}"
    else:
        s.add(val + unit)
        note = "indicator with its decimal intact"
    if dom == "national":
        s.add("。")
    else:
        s.add("，" + pick(["主要指标保持全省前列。", "较上年有所改善。", "完成年度目标。"]))
    return s, note


def k_percent_lost(did, defect):
    """cause: HTML-to-text conversion dropped a '%' that was an entity (&#37;)
    or sat in its own <span> — a bare decimal after 增长/率达到.  Keep:
    个百分点, 倍, 分 and other units that legitimately follow a bare number."""
    dom = DOCS[did]["dom"]
    s = S()
    item = pick(COUNT[dom])
    s.add(f"{area_of(did)}{item[0]}{item[2]}{rnd(item[3], item[4])}{item[1]}，")
    if defect:
        if rng.random() < 0.5:
            s.add(pick(["同比增长", "较上年增长", "同比下降"]))
            s.add(f"{rnd(11, 289) / 10}", mark=True)
        else:
            r = pick(RATES[dom])
            s.add(r + "达到")
            s.add(f"{rnd(801, 995) / 10}", mark=True)
        s.add(pick(["，", "，"]) + pick(["工作成效明显。", "超额完成年度目标。", "群众获得感进一步增强。"]))
        note = "percent sign lost after a rate/growth figure"
    else:
        c = rng.random()
        if c < 0.4:
            s.add(f"{pick(RATES[dom])}较上年提高{rnd(11, 59) / 10}个百分点。")
        elif c < 0.7:
            s.add(f"是上年的{rnd(12, 30) / 10}倍。")
        else:
            s.add(f"第三方考核综合评分{rnd(851, 985) / 10}分。")
        note = "bare number followed by 个百分点/倍/分 — legitimate"
    return s, note


def k_year_slip(did, defect):
    """cause: editor's slip (transposed digits) or a stale template year — a year
    that contradicts tense (completed in the future, a plan due in the past).
    Keep: long-range targets (到2035年), references to past base years."""
    d = DOCS[did]
    y = d["year"]
    dom = d["dom"]
    s = S()
    item = pick(COUNT[dom])
    if defect:
        ys = str(y)
        tr = int(ys[:2] + ys[3] + ys[2])
        if tr == y:
            tr = y - 10
        if tr < y:
            s.add(f"力争")
            s.add(f"{tr}年", mark=True)
            s.add(f"底前{item[0]}{item[2]}{rnd(item[3], item[4])}{item[1]}。")
            note = f"deadline {tr} is years before the document ({y}) — transposed digits"
        else:
            s.add("")
            s.add(f"{tr}年", mark=True)
            s.add(f"{rnd(1, 12)}月，已{item[0]}{item[2]}{rnd(item[3], item[4])}{item[1]}。")
            note = f"completed work dated {tr}, document from {y} — transposed digits"
    else:
        if rng.random() < 0.5:
            s.add(f"到2035年，{pick(['基本建成与现代化相适应的', '全面建成'])}{pick(['服务体系', '治理体系'])}。")
            note = "long-range target year is legitimate"
        else:
            b = y - rnd(3, 10)
            s.add(f"与{b}年相比，{item[2]}数量增加{rnd(item[3], item[4])}{item[1]}。")
            note = "comparison with a past base year"
    return s, note


KINDS = [
    ("lost_measure_word", k_lost_mw, HW_DOCS),
    ("decimal_slip", k_decimal_slip, [d for d in LOCAL_DOCS]),
    ("part_exceeds_total", k_part_gt_total, HW_DOCS + FW_DOCS),
    ("share_rate_over_100", k_share_over_100, HW_DOCS + FW_DOCS),
    ("parts_not_sum", k_parts_not_sum, HW_DOCS),
    ("unit_order_mismatch", k_unit_order, HW_DOCS),
    ("doubled_digit", k_doubled_digit, LOCAL_DOCS),
    ("bad_thousands_sep", k_bad_thousands, HW_DOCS),
    ("split_figure", k_split_figure, LOCAL_DOCS),
    ("fullwidth_mixed", k_fullwidth_mixed, FW_DOCS * 8 + HW_DOCS),
    ("impossible_date", k_impossible_date, LOCAL_DOCS),
    ("ocr_letter_in_figure", k_ocr_letter, HW_DOCS),
    ("decimal_lost", k_decimal_lost, HW_DOCS),
    ("percent_sign_lost", k_percent_lost, HW_DOCS),
    ("year_digit_slip", k_year_slip, LOCAL_DOCS),
]
PER_KIND = 12
KEEPS_PER_KIND = 4


def style(text, d):
    if d["fw"]:
        text = fwify(text)
    if d["pct"] == "％":
        text = text.replace("%", "％")
    return text


def build():
    probes = []
    n = 0
    for kname, fn, docs in KINDS:
        labels = ["keep"] * KEEPS_PER_KIND + ["defect"] * (PER_KIND - KEEPS_PER_KIND)
        rng.shuffle(labels)
        for lab in labels:
            did = pick(docs)
            d = DOCS[did]
            res = fn(did, lab == "defect")
            s, note = res[0], res[1]
            pre_styled = len(res) > 2
            txt = s.text()
            mark = s.mark
            if not pre_styled:
                # style per segment so that offsets stay valid (style is 1:1 per char)
                styled = style(txt, d)
                assert len(styled) == len(txt)
                txt = styled
            pos = pick(insertion_points(did))
            base = d["text"]
            raw = base[:pos] + txt + base[pos:]
            flag = None
            if lab == "defect":
                assert mark is not None, kname
                flag = [pos + mark[0], pos + mark[1]]
            n += 1
            probes.append({"id": f"figure-{n:04d}", "kind": kname, "label": lab, "raw": raw,
                           "want": raw, "flag": flag, "note": f"[{did}] {note}",
                           "_ins": [pos, pos + len(txt)], "_base": did})
    return probes


def selfcheck(probes):
    ids = set()
    ascii_bad = re.compile(r"[,:;()](?![0-9])|(?<![0-9])[,:;()]")
    for p in probes:
        assert p["id"] not in ids
        ids.add(p["id"])
        assert p["raw"] == p["want"], p["id"]  # figure family: flag, never fix
        if p["label"] == "keep":
            assert p["flag"] is None, p["id"]
        else:
            fs, fe = p["flag"]
            assert 0 <= fs < fe <= len(p["raw"]), p["id"]
            assert p["_ins"][0] <= fs and fe <= p["_ins"][1], p["id"]
        base = DOCS[p["_base"]]["text"]
        a, b = p["_ins"]
        ins = p["raw"][a:b]
        assert p["raw"][:a] + p["raw"][b:] == base, p["id"]
        assert ins and p["raw"] != base
        # no ASCII punctuation except digit grouping / clock / code contexts
        for m in ascii_bad.finditer(ins):
            ctx = ins[max(0, m.start() - 1):m.end() + 1]
            assert re.match(r"[0-9][,:][0-9]", ctx), (p["id"], ins)
        for ch in "，：；（）、。":
            pass
        # insertion does not touch the title line
        assert a > base.index("\n"), p["id"]


def main():
    probes = build()
    selfcheck(probes)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for p in probes:
            q = {k: v for k, v in p.items() if not k.startswith("_")}
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter((p["kind"], p["label"]) for p in probes)
    for k, _, _ in KINDS:
        print(f"{k:24s} defect={c[(k, 'defect')]:3d} keep={c[(k, 'keep')]:3d}")
    print("total", len(probes), "keeps", sum(1 for p in probes if p["label"] == "keep"))


if __name__ == "__main__":
    main()
