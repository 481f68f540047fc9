#!/usr/bin/env python3
"""Blind probe generator, family "figure_b" (a second, independent figure set).

Written without reading the cleaner's rules, its tests, the held forms or the injected
material; only eval/probes/README.md, score.py, figure.py (record format, document loading,
insertion points) and the TUNE base documents were read.  None of the round-24 kinds of
figure.py is repeated (lost measure word between figure and noun, decimal slip, part
exceeds total, share over 100 with 达到, parts not summing, unit order, doubled digit,
thousands separator, split figure, full-width mixed, impossible date, OCR letter, percent
lost, year digit slip, decimal lost).

Every probe is one TUNE base document (w* written documents except the 办法 w11/w23, and
the gwr_* reports) with ONE inserted sentence after a full stop inside a body paragraph.
The sentence matches the document: its department's domain, its year (written_date; a
summary written in January–March reports on the year before), its digit width (gwr_01 and
gwr_07 write full-width digits) and its percent sign (％ in gwr_01/03/07).  Figures are to
be flagged, never changed: want == raw; a defect's flag is [start, end] of the wrong figure
or its clause; a keep (a legitimate look-alike of the same shape) has flag null and must
draw no finding.

Kinds (12 probes each: 8 defects, 4 keeps).  HELD = held: true (8 kinds); the others are
held: false (8 kinds).  Each half mixes easy and hard kinds.

 1. mw_lost_new_shape (not held) — cause: a CMS template / HTML-to-text step drops one
    character (the measure word sat in its own span, or was a character the target code
    page lacked) in shapes round 24 did not use: a noun-first 、-list item whose siblings
    keep their units, before 余/左右, after 累计达到, and after a Chinese numeral.
    defect: 检查食品经营单位1260、抽检食品960批次 / 培训基层医务人员600左右 / 县域医共体三十二。
    keep:   整合12315、12331、12365投诉举报热线 / 二级以上医院 / AQI在200以上 / 第三批。
 2. share_rate_over_100_wording (HELD) — cause: a value re-keyed from the 完成率 or
    为上年的% column of a spreadsheet, or a key bounce adding a leading 1 (98.6 → 198.6),
    in wordings round 24 did not use: 提高到, 保持在…以上, 达, 为, 由…提升至, ranges
    95%至105%, 提高N个百分点，达到….
    defect: 农村公路优良中等路率提高到104.2% / 净入学率稳定在96%至103%之间。
    keep:   三级医院病床使用率达到104.6% / 投资完成年度计划的112.5% / 初中阶段毛入学率102.1%。
 3. change_pct_contradicts (HELD) — cause: a figure retyped from an older draft (an
    endpoint updated, the percentage not), the change divided by the wrong figure, or
    percent and percentage point confused.
    defect: 从120个增加到150个，增长15% / 从80%提高到88%，提高10个百分点。
    keep:   从120个增加到150个，增长25% / 从96家增加到240家，增长1.5倍。
 4. rate_contradicts_counts (not held) — cause: the rate copied from an older draft or
    another row of the table, so it no longer matches the two counts beside it.
    defect: 抽检食品960批次，其中合格937批次，合格率为88.6%。
    keep:   the same with 97.6%; 检查涉气企业320家，发现问题48家，问题整改率为100%。
 5. standard_times_count (HELD) — cause: a unit edited in one place and not the other
    (万元 → 亿元/元 in the total), or a decimal point moved in the total only.
    defect: 按照每人1500元的标准…惠及高校毕业生320人，补贴资金共计480万元 (48万元)。
    keep:   the exact product; a cap 按每村不超过200万元 with a total below the product.
 6. per_capita_scale (not held) — cause: a scale character 万/亿 inserted or dropped when
    a table's unit header was folded into the text, so a per-capita / average figure is
    off by at least four orders of magnitude (certain, not arguable).
    defect: 城镇居民人均住房建筑面积达到41.2万平方米 / 户均补助1.2元 (1.2万元)。
    keep:   人均可支配收入4.2万元 / 每万人口全科医生数达到3.2人 / 人均住房41.2平方米。
 7. range_order (not held) — cause: min/max or first/last cells swapped when a table row
    was pasted into prose: an average above the maximum it summarises, a minimum above the
    maximum, a range or a year span written backwards.  (local documents only)
    defect: 日均门诊量8600人次，单日门诊量最高7400人次 / 三年行动方案（2024—2022年）。
    keep:   average below the maximum; 由75微克/立方米降至35微克/立方米 (a change, not a range).
 8. year_comparison_order (not held) — cause: a year rolled over in one place only when
    a template of the next year (or an older draft) was reused: the base year of a
    comparison lies after the year compared, or 从Y1年…增加到Y0年 runs backwards.
    defect: 2020年全市…较2021年增长12.5% / 从2023年的120个增加到2022年的150个。
    keep:   较上一年 / 与五年前相比 / a target 到2027年较2023年提高… (future vs past base).
 9. double_scale_word (HELD) — cause: an editor retypes the unit (万元 → 亿元) without
    deleting the old scale word, or a CMS template appends 元 to a figure that already has
    it: 亿万元, 万万元, 万元元, 亿元元, 万亿元元.
    defect: 总投资3.2亿万元 / 补助资金960万元元。
    keep:   亿万农民 / 万元地区生产总值能耗 / 货值金额万元以上案件 / 亿元以上项目。
10. double_decimal_point (not held) — cause: a figure overtyped in an editor (3.2 → 3.25
    typed after the old point, giving 3.2.5), or a key bounce on the point (3..25).
    defect: 完成投资3.2.5亿元 / 合格率达到97..6%。
    keep:   《建筑设计防火规范》第5.5.2条 / 系统升级至3.2.1版 (local documents only).
11. negative_count (HELD) — cause: a change column of a spreadsheet pasted with its sign,
    or a template that prints 新增/减少 before a signed difference.
    defect: 新增村级医保服务点－12个 / 安全事故减少－3起。
    keep:   同比增长－2.3% (statistical notation) / 最低气温－18℃ / 由－1.2%回升至3.5%。
12. item_count_mismatch (HELD) — cause: an item deleted or added in a later edit (or lost
    by a CMS) while the announced count stays from the older draft.
    defect: 确定重点监管领域4个，分别为食品、药品、特种设备 / 重点抓好三项任务：A、B、C、D。
    keep:   counts that match; 等-marked partial lists (食品、药品等5个领域).
13. fraction_over_whole (not held) — cause: numerator and denominator swapped when a
    fraction was retyped (三分之四 for 四分之三, 4/3), 成 typed above 十成, a decrease
    copied from an increase template (下降2倍).
    defect: 全市三分之四的建制村通达双车道公路 / 近十二成 / 事故起数较上年下降2倍。
    keep:   三分之二以上 / 近八成 / 增长2倍 / 下降到上年的三分之一 / 3/4的乡镇.
14. lost_digit_qmark (HELD) — cause: a code-page conversion (GBK → UTF-8, or a full-width
    digit outside the target set) turned digits into ? / ？.
    defect: 总投资??万元 / 共计1?5人 / 合格率达到9?.2%。
    keep:   a real question: 如何确保全年1200批次抽检任务如期完成？ / “异地就医怎么报销？”.
15. cn_numeral_doubled (HELD) — cause: an IME double selection or a retyped Chinese
    numeral leaving the old place character: 二十十支, 三百百名, 四千千余人.
    defect: 组建县级流调队伍四十十支。
    keep:   三百二十名 / 二三十个 (approximation) / 千千万万 / 百分之百.
16. points_for_count (not held) — cause: a sentence template of a rate (提高N个百分点)
    copied onto a count or an amount, where only % can stand.
    defect: 检查食品经营单位1260家，同比增长12个百分点。
    keep:   覆盖率提高3个百分点 / 完成投资48.6亿元，增速较上年提高2.1个百分点.

Self-check: raw minus the insertion equals the base document exactly; the flag span lies
inside the insertion; no ASCII punctuation except a decimal point, clock colon or '/'
between digits, a '/' inside a unit (微克/立方米), '%' and, only inside a lost_digit_qmark
defect's span, '?' (and a second point inside a double_decimal_point defect's span); every
probe is unique.  stdlib only, fixed seed.
usage: python3 eval/probes/figure_b.py
"""
import glob
import json
import os
import random
import re
import string
from collections import Counter

SEED = 20250611
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
BASE = os.path.join(EVAL, "base", "tune")
OUT = os.path.join(EVAL, "out", "probes", "figure_b.jsonl")
FAMILY = "figure_b"

rng = random.Random(SEED)

# ---------------------------------------------------------------- documents
DOM = {"w01": "health", "w15": "health", "w03": "housing", "w05": "market",
       "w25": "market", "w07": "transport", "w19": "transport", "w09": "tourism",
       "w13": "medins", "w17": "employ", "w21": "env"}
# w11 / w23 are 办法 (第X条 articles): no statistics sentence belongs there.


class Doc:
    pass


DOCS = {}
for _path in sorted(glob.glob(os.path.join(BASE, "*.txt"))):
    _id = os.path.basename(_path)[:-4]
    if _id.startswith("gwr_"):
        _dom = "national"
    elif _id in DOM:
        _dom = DOM[_id]
    else:
        continue
    d = Doc()
    d.id = _id
    d.text = open(_path, encoding="utf-8").read()
    meta = json.load(open(_path[:-4] + ".json", encoding="utf-8"))
    d.dom = _dom
    title = d.text.split("\n", 1)[0]
    if _dom == "national":
        d.area = "全国"
    else:
        m = re.match(r"^.{2}(市|区|县)", title)
        d.area = "全" + m.group(1)
    wd = meta.get("written_date") or ""
    d.year = int(wd[:4]) if wd else int(re.match(r"(\d{4})", title).group(1))
    month = int(wd[5:7]) if wd else 3
    d.genre = meta.get("genre", "")
    d.past = "总结" in d.genre or "报告" in d.genre
    # the year the document reports on: a summary / report delivered in Jan–Mar covers the year before
    d.ry = d.year - 1 if d.past and month <= 3 else d.year
    # the last completed year the document can speak of as done
    d.hy = d.ry if d.past else d.ry - 1
    d.fw = len(re.findall("[０-９]", d.text)) > 100
    d.pct = "％" if d.text.count("％") > d.text.count("%") else "%"
    DOCS[_id] = d

LOCAL = [k for k in DOCS if DOCS[k].dom != "national"]
NAT = [k for k in DOCS if DOCS[k].dom == "national"]
ALL = LOCAL + NAT

FWD = str.maketrans("0123456789", "０１２３４５６７８９")


def style(t, d):
    """the document's digit width and percent sign; 1:1 per character, so offsets hold."""
    out = []
    for i, ch in enumerate(t):
        if d.fw and ch in "0123456789":
            ch = ch.translate(FWD)
        elif d.fw and ch == "." and (t[i - 1:i] in tuple("0123456789.") or t[i + 1:i + 2] in tuple("0123456789.")):
            ch = "．"
        elif d.fw and ch == "?":
            ch = "？"
        elif ch == "%" and d.pct == "％":
            ch = "％"
        out.append(ch)
    return "".join(out)


def insertion_points(d):
    """offsets right after a '。' inside body paragraphs: not the title, not short lines
    (document number, salutation, signature, date), not inside quotes or brackets."""
    lines = d.text.split("\n")
    pts = []
    off = 0
    for i, ln in enumerate(lines):
        if i >= 1 and len(ln) >= 25 and "。" in ln and not ln.startswith(("第", "附件", "——")):
            for m in re.finditer("。", ln):
                nxt = ln[m.end():m.end() + 1]
                if nxt and nxt in "”’」』）)》":
                    continue
                pre = ln[:m.start()]
                if pre.count("“") != pre.count("”") or pre.count("（") != pre.count("）") \
                        or pre.count("《") != pre.count("》"):
                    continue
                pts.append(off + m.end())
        off += len(ln) + 1
    return pts


# ---------------------------------------------------------------- helpers
CD = "零一二三四五六七八九"


def cn(n):
    """Chinese numeral for 1 <= n < 10**8 (二 not 两)."""
    assert 0 < n < 10 ** 8
    if n >= 10000:
        hi, lo = divmod(n, 10000)
        s = cn(hi) + "万"
        if lo:
            s += ("零" if lo < 1000 else "") + cn(lo)
        return s
    s, zero, started = "", False, False
    for u, ch in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, u)
        if q:
            if zero:
                s += "零"
                zero = False
            s += CD[q] + ch
            started = True
        elif started:
            zero = True
    if n:
        if zero:
            s += "零"
        s += CD[n]
    if s.startswith("一十"):
        s = s[1:]
    return s


def cnm(n):
    """Chinese numeral before a measure word (两 for 2)."""
    return "两" if n == 2 else cn(n)


def f1(x):
    s = f"{x:.1f}"
    return s[:-2] if s.endswith(".0") else s


def f2(x):
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s


def rnd(lo, hi):
    return rng.randint(lo, hi)


def cnval(item):
    """a count for a COUNTS item, kept to two digits when the item allows it (for Chinese numerals)."""
    lo, hi = item[3], item[4]
    if lo <= 99:
        return rnd(max(lo, 12), max(12, min(hi, 99)))
    return rnd(lo, hi) // 10 * 10


def pick(seq):
    return rng.choice(seq)


class S:
    """sentence builder that tracks one marked span."""

    def __init__(self):
        self.parts = []
        self.mark = None
        self._b = None

    def add(self, s, mark=False):
        start = len(self.text())
        self.parts.append(s)
        if mark:
            self.mark = (start, start + len(s))
        return self

    def begin(self):
        self._b = len(self.text())
        return self

    def end(self):
        self.mark = (self._b, len(self.text()))
        return self

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------- vocabulary
# counted work: (verb, noun, measure word, lo, hi)
COUNTS = {
    "health": [("培训", "基层医务人员", "名", 120, 900), ("开展", "健康教育讲座", "场", 60, 480),
               ("新建", "村卫生室", "所", 12, 40), ("组建", "家庭医生签约服务团队", "个", 40, 320),
               ("检查", "医疗机构", "家", 80, 600), ("下沉", "城市医院专家", "名", 30, 200)],
    "housing": [("改造", "老旧小区", "个", 12, 80), ("排查", "在建工地", "个", 60, 300),
                ("新建", "城市公厕", "座", 12, 60), ("加装", "既有住宅电梯", "部", 20, 150),
                ("新增", "城市停车泊位", "个", 800, 4000), ("整改", "建筑施工安全隐患", "处", 300, 1800)],
    "market": [("检查", "食品经营单位", "家", 300, 1800), ("抽检", "食品", "批次", 400, 2400),
               ("查办", "价格违法案件", "件", 12, 60), ("检定", "计量器具", "台", 800, 5000),
               ("排查", "特种设备", "台", 800, 3000), ("培训", "食品安全管理人员", "人次", 200, 1200)],
    "transport": [("新改建", "农村公路", "公里", 60, 400), ("检查", "道路运输企业", "家", 60, 300),
                  ("新开", "城乡公交线路", "条", 12, 30), ("更新", "新能源公交车", "辆", 30, 200),
                  ("整治", "公路安全隐患点", "处", 40, 300), ("建成", "农村物流服务站点", "个", 20, 120)],
    "tourism": [("培育", "精品民宿", "家", 20, 120), ("新建", "旅游厕所", "座", 12, 80),
                ("举办", "乡村旅游培训班", "期", 12, 30), ("培训", "乡村旅游从业人员", "人次", 300, 1500),
                ("打造", "乡村旅游精品线路", "条", 12, 24), ("新建", "生态停车场", "个", 12, 40)],
    "medins": [("检查", "定点医药机构", "家", 80, 360), ("建成", "村级医保服务点", "个", 60, 240),
               ("培训", "医保经办人员", "名", 50, 300), ("约谈", "违规定点医药机构", "家", 12, 30),
               ("办理", "异地就医备案", "人次", 1200, 6000), ("受理", "医保投诉举报", "件", 20, 200)],
    "employ": [("开发", "见习岗位", "个", 100, 500), ("组织", "专场招聘会", "场", 12, 40),
               ("走访", "重点用工企业", "家", 50, 300), ("培训", "职业指导人员", "名", 20, 120),
               ("帮扶", "困难高校毕业生", "人", 30, 200), ("认定", "就业见习基地", "家", 12, 30)],
    "env": [("淘汰", "燃煤小锅炉", "台", 20, 120), ("检查", "涉气企业", "家", 100, 600),
            ("建成", "空气质量自动监测站", "个", 12, 40), ("整治", "散乱污企业", "家", 30, 200),
            ("安装", "油烟在线监控设备", "套", 50, 400), ("淘汰", "老旧柴油货车", "辆", 200, 1500)],
    "national": [("新建改建", "乡镇卫生院", "所", 1000, 3000), ("建设", "农产品批发市场", "个", 300, 900),
                 ("新开工", "大中型水库", "座", 20, 60), ("支持", "县级医院", "所", 500, 2000),
                 ("新建", "国家级自然保护区", "个", 12, 40), ("改造", "农村危房", "万户", 100, 500)],
}

# stocks that grow: (noun, measure word, lo, hi)
STOCK = {
    "health": [("家庭医生签约服务团队", "个", 120, 400), ("标准化村卫生室", "所", 80, 300),
               ("胸痛救治单元", "个", 20, 60)],
    "housing": [("城市停车泊位", "个", 8000, 30000), ("既有住宅加装电梯", "部", 40, 300),
                ("装配式建筑企业", "家", 12, 60)],
    "market": [("市场主体", "户", 20000, 60000), ("农贸市场快检室", "个", 12, 60),
               ("放心消费示范单位", "家", 50, 300)],
    "transport": [("城乡公交线路", "条", 30, 90), ("新能源公交车", "辆", 120, 600),
                  ("农村物流服务站点", "个", 80, 400)],
    "tourism": [("精品民宿", "家", 40, 160), ("乡村旅游重点村", "个", 12, 40), ("旅游厕所", "座", 60, 240)],
    "medins": [("村级医保服务点", "个", 80, 260), ("异地就医直接结算定点医院", "家", 12, 60),
               ("定点零售药店", "家", 100, 400)],
    "employ": [("就业见习基地", "家", 20, 80), ("创业孵化基地入驻企业", "家", 60, 300),
               ("基层公共就业服务站", "个", 20, 90)],
    "env": [("空气质量自动监测站", "个", 20, 90), ("重点排污单位自动监控点位", "个", 60, 300),
            ("新能源环卫车", "辆", 40, 300)],
    "national": [("国家级自然保护区", "个", 200, 400), ("农村最低生活保障对象", "万人", 1500, 5000),
                 ("农民专业合作社", "万家", 12, 100)],
}

# share-type rates (by definition at most 100%)
SHARE = {
    "health": ["居民电子健康档案建档率", "重点人群家庭医生签约覆盖率", "适龄儿童免疫规划疫苗接种率",
               "孕产妇系统管理率", "居民健康素养知晓率", "二级以上医院预约诊疗占比"],
    "housing": ["生活垃圾无害化处理率", "城市污水集中处理率", "新建建筑中绿色建筑占比",
                "建筑工地扬尘治理达标率", "物业服务群众满意度"],
    "market": ["食品抽检合格率", "消费投诉按时办结率", "特种设备定期检验率",
               "“双随机、一公开”抽查覆盖率", "农贸市场快检室覆盖率"],
    "transport": ["农村公路优良中等路率", "建制村通客车率", "“两客一危”车辆动态监控上线率",
                  "新能源公交车占比", "群众出行满意度"],
    "tourism": ["游客满意度", "旅游厕所达标率", "星级民宿占民宿总数的比重", "乡村旅游从业人员持证上岗率"],
    "medins": ["户籍人口基本医保参保率", "医保政策知晓率", "医保电子凭证激活率",
               "住院费用异地直接结算率", "医保经办服务满意度"],
    "employ": ["离校未就业高校毕业生实名登记率", "就业政策知晓率", "高校毕业生就业率",
               "就业服务满意度", "见习期满留用率"],
    "env": ["空气质量优良天数比率", "重点排污单位自动监控联网率", "城市建成区绿化覆盖率",
            "重点工地扬尘治理达标率", "清洁能源供暖占比"],
    "national": ["九年义务教育巩固率", "农村自来水普及率", "新型农村合作医疗参合率",
                 "小学学龄儿童净入学率", "城镇职工基本养老保险参保率"],
}

# indicators that can legitimately pass 100%: phrase with {v}
OVER_OK = {
    "health": ["三级医院病床使用率达到{v}%", "年度卫生重点项目投资完成率为{v}%"],
    "housing": ["城建投资完成年度计划的{v}%", "保障性租赁住房筹集任务完成率为{v}%"],
    "market": ["新增市场主体完成年度目标的{v}%", "食品安全监督抽检任务完成率为{v}%"],
    "transport": ["交通固定资产投资完成年度计划的{v}%", "春运客运量恢复至上年同期的{v}%"],
    "tourism": ["乡村旅游接待人次为上年同期的{v}%", "旅游综合收入完成年度目标的{v}%"],
    "medins": ["医保基金征缴任务完成率达到{v}%", "集采中选药品约定采购量完成率为{v}%"],
    "employ": ["城镇新增就业完成年度目标任务的{v}%", "见习岗位开发计划完成率为{v}%"],
    "env": ["大气污染防治重点项目投资完成率达到{v}%", "清洁取暖改造任务完成率为{v}%"],
    "national": ["初中阶段毛入学率达到{v}%", "财政收入完成预算的{v}%"],
}

# ---------------------------------------------------------------- kinds
# Each builder: (d, defect, i) -> (S, note); i counts the probes of this kind and label.

def k_mw_lost(d, defect, i):
    dom = d.dom
    a, b, c = rng.sample(COUNTS[dom], 3)
    s = S()
    if defect:
        v = i % 5
        if v in (0, 1):  # 、-list, noun first, one item bare
            s.add(d.area)
            items = [a, b, c]
            bare = 1 if v == 0 else 2
            for j, (vb, noun, mw, lo, hi) in enumerate(items):
                if j:
                    s.add("、")
                n = str(rnd(lo, hi))
                s.add(vb + noun)
                if j == bare:
                    s.add(n, mark=True)
                else:
                    s.add(n + mw)
            s.add("。")
            note = "、-list: one figure lost its measure word, siblings keep theirs"
        elif v == 2:  # before 余
            n = rnd(a[3], a[4]) // 10 * 10 or 10
            s.add(f"{d.area}{a[0]}{a[1]}").add(f"{n}余", mark=True)
            s.add(f"，{b[0]}{b[1]}{rnd(b[3], b[4])}{b[2]}。")
            note = "measure word lost after 余"
        elif v == 3:  # before 左右
            n = rnd(a[3], a[4]) // 10 * 10 or 10
            s.add(f"{d.area}{b[0]}{b[1]}{rnd(b[3], b[4])}{b[2]}，{a[0]}{a[1]}").add(f"{n}左右", mark=True)
            s.add("。")
            note = "measure word lost before 左右"
        else:  # after 累计达到 / Chinese numeral
            if rng.random() < 0.5:
                s.add(f"截至目前，{d.area}{a[0]}{a[1]}累计达到").add(str(rnd(a[3], a[4])), mark=True)
                s.add(f"，{b[0]}{b[1]}{rnd(b[3], b[4])}{b[2]}。")
                note = "measure word lost after 累计达到"
            else:
                s.add(f"{d.area}{a[0]}{a[1]}{cnm(cnval(a))}{a[2]}、{b[0]}{b[1]}")
                s.add(cn(cnval(b)), mark=True)
                s.add("。")
                note = "Chinese numeral without its measure word"
        return s, note
    v = i % 4
    if v == 0:
        codes = {
            "health": "整合12320、12345热线资源，全年受理群众咨询{n}件。",
            "housing": "整合12345、12319热线资源，全年受理群众诉求{n}件。",
            "market": "整合12315、12331、12365投诉举报热线，全年受理群众诉求{n}件。",
            "transport": "推进国道G205、G318和省道S216改扩建工程，完成投资{x}亿元。",
            "tourism": "新创建4A、3A级旅游景区{n2}家，旅游服务质量持续提升。",
            "medins": "整合12393、12345热线资源，全年受理群众咨询{n}件。",
            "employ": "整合12333、12345热线资源，全年受理群众咨询{n}件。",
            "env": "整合12369、12345热线资源，全年受理环境信访投诉{n}件。",
            "national": ("加强PM10、PM2.5和臭氧污染监测，推进重点区域联防联控。" if d.ry >= 2011
                         else "继续实施“863”、“973”计划，加强基础研究和前沿技术研究。"),
        }[dom]
        s.add(codes.format(n=rnd(800, 9000), x=f1(rnd(30, 180) / 10), n2=rnd(2, 5)))
        note = "codes / hotlines in a 、-list are bare numbers by nature"
    elif v == 1:
        ab = {
            "health": "{area}65岁以上老年人健康管理{n}人，二级以上公立医院全部开展预约诊疗服务。",
            "housing": "{area}一级以上资质建筑业企业达到{m}家，比上年增加{k}家。",
            "market": "{area}规模以上工业企业达到{m}家，三年以上未抽检企业实现抽检全覆盖。",
            "transport": "{area}二级以上公路里程达到{m}公里，二级以上客运站全部实现联网售票。",
            "tourism": "{area}三星级以上民宿达到{m}家，3A级以上旅游景区{k}个。",
            "medins": "{area}二级以上定点医疗机构全部接入医保信息平台，65岁以上参保人员{n}人纳入慢病管理。",
            "employ": "{area}45岁以上就业困难人员实现就业{m}人，16岁以上劳动年龄人口实名登记全覆盖。",
            "env": "{area}空气质量指数在200以上的重污染天数较上年减少{k}天。",
            "national": "规模以上工业增加值增长{p}%，县级以上城市全部建立最低生活保障制度。",
        }[dom]
        s.add(ab.format(area=d.area, n=rnd(3000, 40000), m=rnd(40, 400), k=rnd(3, 12),
                        p=f1(rnd(80, 160) / 10)))
        note = "N以上 with its own unit or a unitless index (二级以上, 65岁以上, AQI 200以上)"
    elif v == 2:
        n = rnd(a[3], a[4]) // 10 * 10 or 10
        m = rnd(b[3], b[4]) // 10 * 10 or 10
        s.add(f"{d.area}{a[0]}{a[1]}{n}余{a[2]}、{b[0]}{b[1]}{m}{b[2]}左右，{pick(['连续十余年保持稳定增长。', '较上年略有增加。'])}")
        note = "余 / 左右 with their measure words, 十余年"
    else:
        p = cnval(a)
        q = cnval(b)
        s.add(f"{d.area}{a[0]}{a[1]}{cnm(p)}{a[2]}、{b[0]}{b[1]}{cnm(q)}{b[2]}，"
              f"{pick(['成功入选第三批省级试点。', '被列入第二批国家级示范名单。'])}")
        note = "Chinese numerals with measure words; 第三批 bare by nature"
    return s, note


def k_share_over(d, defect, i):
    dom = d.dom
    r = pick(SHARE[dom])
    s = S()
    tail = pick(["。", "，较上年有所提升。", "，位居全省前列。" if dom != "national" else "，比上年有所提高。"])
    if defect:
        v = i % 8
        good = rnd(880, 995) / 10
        bad = pick([f1(rnd(1005, 1180) / 10), str(rnd(101, 112)), "1" + f1(good)])
        if bad.startswith("1") and len(bad) > 4 and float(bad) > 130:
            note = f"key bounce: a leading 1 on {f1(good)}% gives {bad}%"
        else:
            note = f"share-type rate {r} above 100%"
        if v == 0:
            s.add(f"{d.area}{r}提高到").add(bad + "%", mark=True).add(tail)
        elif v == 1:
            s.add(f"{d.area}{r}保持在").add(bad + "%", mark=True).add("以上。")
        elif v == 2:
            s.add(f"{d.area}{r}达").add(bad + "%", mark=True).add(tail)
        elif v == 3:
            s.add(f"{d.area}{r}为").add(bad + "%", mark=True).add(tail)
        elif v == 4:
            lo = rnd(90, 97)
            hi = rnd(101, 108)
            s.add(f"{d.area}{r}稳定在").add(f"{lo}%至{hi}%", mark=True).add("之间。")
            note = f"range of a share-type rate ending above 100% ({lo}%至{hi}%)"
        elif v == 5:
            a = f1(rnd(880, 980) / 10)
            s.add(f"{d.area}{r}由{a}%提升至").add(bad + "%", mark=True).add("。")
        elif v == 6:
            k = f1(rnd(11, 48) / 10)
            s.add(f"{d.area}{r}同比提高{k}个百分点，达到").add(bad + "%", mark=True).add("。")
        else:
            s.add(f"力争{d.area}{r}达到").add(bad + "%", mark=True).add("以上。")
        return s, note
    v = i % 4
    if v == 0:
        ph = pick(OVER_OK[dom])
        if "毛入学率" in ph:
            val = f1(rnd(1002, 1039) / 10)
        else:
            val = f1(rnd(1012, 1286) / 10)
        s.add(d.area + ph.format(v=val) + "。")
        note = "bed occupancy / completion / gross enrolment / ratio to last year can pass 100%"
    elif v == 1:
        vb, noun, mw, lo, hi = pick(COUNTS[dom])
        s.add(f"{d.area}{vb}{noun}{rnd(lo, hi)}{mw}，增幅达{rnd(101, 168)}%。")
        note = "a growth rate above 100%"
    elif v == 2:
        k = f1(rnd(11, 48) / 10)
        s.add(f"{d.area}{r}同比提高{k}个百分点，达到{f1(rnd(880, 992) / 10)}%。")
        note = "same wording as a defect, value below 100%"
    else:
        s.add(f"{d.area}{r}稳定在{rnd(90, 97)}%至100%之间。")
        note = "range of a share ending at exactly 100%"
    return s, note


def k_change_pct(d, defect, i):
    dom = d.dom
    noun, mw, lo, hi = pick(STOCK[dom])
    y0 = d.hy - 1
    s = S()
    v = i % 4
    if defect:
        if v in (0, 1, 2):
            while True:
                a = rnd(lo, hi)
                b = a + rnd(max(2, a // 8), max(3, a * 7 // 10))
                r = (b - a) / a * 100
                cause = pick(["base", "draft", "transpose"])
                if cause == "base":
                    p = (b - a) / b * 100
                    why = "change divided by the new figure instead of the old"
                elif cause == "draft":
                    b_old = a + (b - a) * pick([0.4, 0.5, 0.6])
                    p = (b_old - a) / a * 100
                    why = "percentage left from an older draft with a smaller endpoint"
                else:
                    t = f1(r)
                    p = float(t[::-1]) if "." not in t else float(t.split(".")[0][::-1] + "." + t.split(".")[1])
                    why = "digits of the percentage transposed"
                if abs(p - r) >= max(3, 0.15 * r) and 0 < p < 400:
                    break
            form = v
            if form == 0:
                s.add(f"{d.area}{noun}").begin().add(f"从{y0}年的{a}{mw}增加到{b}{mw}，增长{f1(p)}%").end()
            elif form == 1:
                s.add(f"{d.area}{noun}").begin().add(f"由{a}{mw}增至{b}{mw}，增幅达{f1(p)}%").end()
            else:
                s.add(f"{d.area}{noun}").begin().add(f"从{a}{mw}增加到{b}{mw}，较{y0}年增长{f1(p)}%").end()
            s.add("。")
            note = f"{a}→{b} is +{f1(r)}%, not {f1(p)}%: {why}"
        else:
            rname = pick(SHARE[dom])
            while True:
                a = rnd(600, 900) / 10
                delta = rnd(20, 99) / 10
                b = a + delta
                rel = delta / a * 100
                if abs(rel - delta) >= 1.5 and b < 99.5:
                    break
            shown = f1(rel) if rng.random() < 0.6 else f1(delta + pick([2, 3, -1.5]) if delta > 2 else delta + 3)
            s.add(f"{d.area}{rname}").begin().add(f"从{f1(a)}%提高到{f1(b)}%，提高{shown}个百分点").end().add("。")
            note = f"{f1(a)}%→{f1(b)}% is {f1(delta)} points, not {shown}: percent / point confusion"
        return s, note
    if v == 0:
        a = rnd(lo, hi)
        b = a + rnd(max(2, a // 8), max(3, a * 7 // 10))
        s.add(f"{d.area}{noun}从{y0}年的{a}{mw}增加到{b}{mw}，增长{f1((b - a) / a * 100)}%。")
        note = "percentage matches its endpoints"
    elif v == 1:
        a = rnd(lo, hi) // 2 * 2
        k = pick([1.5, 2, 0.5])
        b = int(a * (1 + k))
        s.add(f"{d.area}{noun}从{a}{mw}增加到{b}{mw}，增长{f1(k)}倍。" if k >= 1
              else f"{d.area}{noun}从{a}{mw}增加到{b}{mw}，增长{f1(k * 100)}%。")
        note = "增长N倍 / % consistent with its endpoints"
    elif v == 2:
        rname = pick(SHARE[dom])
        a = rnd(600, 900) / 10
        delta = rnd(20, 99) / 10
        s.add(f"{d.area}{rname}从{f1(a)}%提高到{f1(a + delta)}%，提高{f1(delta)}个百分点。")
        note = "points difference correct"
    else:
        a = rnd(lo, hi)
        s.add(f"{d.area}{noun}从{y0}年的{a}{mw}增加到{2 * a}{mw}，实现翻一番。")
        note = "翻一番 exact"
    return s, note


RATEC = {
    "health": [("检查公共场所", "户", "合格", "合格率"), ("签约重点人群", "人", "完成年度履约服务", "履约率")],
    "housing": [("排查在建工地安全隐患", "处", "整改到位", "整改率"), ("受理物业服务投诉", "件", "按时办结", "按时办结率")],
    "market": [("抽检食品", "批次", "合格", "合格率"), ("受理消费投诉", "件", "按时办结", "按时办结率")],
    "transport": [("排查公路安全隐患", "处", "完成整改", "整改率"), ("检测营运车辆", "辆", "检测合格", "合格率")],
    "tourism": [("检查星级民宿", "家", "达标", "达标率"), ("受理旅游投诉", "件", "按时办结", "办结率")],
    "medins": [("受理医保投诉举报", "件", "按时办结", "办结率"), ("办理异地就医备案", "人次", "线上办理", "线上办理率")],
    "employ": [("登记离校未就业高校毕业生", "人", "实现就业", "就业率"), ("组织见习人员", "人", "见习期满留用", "留用率")],
    "env": [("检查涉气企业", "家", "达标排放", "达标率"), ("排查入河排污口", "个", "完成整治", "整治率")],
    "national": [("国家监督抽查产品", "批次", "合格", "合格率"), ("全国建制村", "万个", "通公路", "通达率")],
}


INSPECT = {"health": ("检查公共场所", "户"), "housing": ("排查在建工地", "个"), "market": ("检查食品经营单位", "家"),
           "transport": ("检查道路运输企业", "家"), "tourism": ("检查星级民宿", "家"), "medins": ("检查定点医药机构", "家"),
           "employ": ("检查用人单位", "家"), "env": ("检查涉气企业", "家"), "national": ("", "")}


def k_rate_counts(d, defect, i):
    dom = d.dom
    tot_ph, mw, sub, rname = pick(RATEC[dom])
    s = S()
    if mw == "万个":
        n = rnd(55, 64)
    elif mw in ("批次", "人次", "户"):
        n = rnd(400, 4000)
    else:
        n = rnd(60, 900)
    share = rnd(780, 990) / 1000
    m = max(1, round(n * share))
    true = m / n * 100
    v = i % 4
    if defect:
        while True:
            p = true + pick([-1, 1]) * rnd(40, 140) / 10
            if 50 < p < 99.9 and abs(p - true) >= 4:
                break
        head = d.area if dom != "national" else ""
        s.add(head).begin()
        if v % 2 == 0:
            s.add(f"{tot_ph}{n}{mw}，其中{sub}{m}{mw}，{rname}为{f1(p)}%")
        else:
            s.add(f"{tot_ph}{n}{mw}，{sub}{m}{mw}，{rname}达到{f1(p)}%")
        s.end().add("。")
        return s, f"{m}/{n} = {f1(true)}%, stated {f1(p)}%"
    head = d.area if dom != "national" else ""
    if v in (0, 1):
        s.add(f"{head}{tot_ph}{n}{mw}，其中{sub}{m}{mw}，{rname}为{f1(true)}%。")
        note = "rate matches its counts"
    elif v == 2:
        s.add(f"{head}{tot_ph}{n}{mw}，{sub}{m}{mw}，{rname}达到{round(true)}%。")
        note = "rate matches its counts (rounded to a whole percent)"
    else:
        ins_ph, ins_mw = INSPECT[dom]
        k = rnd(n // 10, n // 5) or 1
        s.add(f"{head}{ins_ph}{n}{ins_mw}，发现问题{k}{ins_mw}，问题整改率为100%。" if dom != "national"
              else f"国家监督抽查产品{n}批次，发现不合格{k}批次，已全部依法处理。")
        note = "a rate of another quantity (rectification), not of the two counts"
    return s, note


# standard × count = total.  (template, standards, standard unit, n lo, n hi, total unit)
STD = {
    "health": [("按照每人{S}的标准为{N}名乡村医生发放一次性岗位补助，补助资金共计{T}", [1000, 1200, 1500, 2000, 3000], "元", 80, 600, "万元"),
               ("对新建的{N}所村卫生室按每所{S}的标准给予补助，补助资金共计{T}", [2, 3, 5, 8], "万元", 6, 40, "万元")],
    "housing": [("按照每户每年{S}的标准发放城镇住房保障家庭租赁补贴，全年补贴{N}户，发放资金{T}", [2400, 3000, 3600, 4800], "元", 600, 2400, "万元"),
                ("对{N}部既有住宅加装电梯按每部{S}给予奖补，奖补资金共计{T}", [10, 15, 20], "万元", 20, 150, "万元")],
    "market": [("对{N}家放心消费示范单位按每家{S}给予一次性奖励，奖励资金共计{T}", [5000, 10000, 20000], "元", 20, 120, "万元"),
               ("按每个{S}的标准补助{N}个农贸市场快检室建设，补助资金合计{T}", [3, 5, 8], "万元", 4, 30, "万元")],
    "transport": [("按每公里每年{S}的标准对{N}公里农村公路给予养护补助，补助资金共计{T}", [5000, 7000, 10000], "元", 300, 2000, "万元"),
                  ("对新购置的{N}辆新能源公交车按每辆{S}给予运营补贴，补贴资金共计{T}", [3, 5, 8], "万元", 30, 200, "万元")],
    "tourism": [("对新评定的{N}家星级民宿按每家{S}给予奖励，奖励资金共计{T}", [2, 3, 5, 10], "万元", 10, 60, "万元"),
                ("对{N}个乡村旅游重点村按每村{S}给予补助，补助资金共计{T}", [50, 100, 150, 200], "万元", 5, 20, "万元")],
    "medins": [("按照每人{S}的标准资助{N}名困难群众参加城乡居民医保，资助资金共计{T}", [320, 350, 380], "元", 2000, 15000, "万元"),
               ("对{N}个村级医保服务点按每个{S}给予运行经费补助，补助资金共计{T}", [2000, 3000, 5000], "元", 60, 240, "万元")],
    "employ": [("按照每人{S}的标准发放一次性吸纳就业补贴，惠及高校毕业生{N}人，补贴资金共计{T}", [1000, 1500, 2000], "元", 100, 600, "万元"),
               ("对新认定的{N}家就业见习基地按每家{S}给予一次性奖补，奖补资金共计{T}", [2, 3, 5], "万元", 5, 30, "万元")],
    "env": [("按照每户{S}的标准对{N}户农村家庭清洁取暖改造给予补助，补助资金共计{T}", [3000, 5000, 8000], "元", 2000, 18000, "万元"),
            ("对淘汰的{N}辆国三及以下柴油货车按每辆{S}给予补贴，补贴资金共计{T}", [10000, 20000, 30000], "元", 200, 1500, "万元")],
    "national": [("中央财政对{N}万户农村危房改造按户均{S}给予补助，安排补助资金{T}", [5000, 6000, 7500], "元", 100, 500, "亿元"),
                 ("对{N}万名农村义务教育阶段寄宿生按每人每年{S}的标准给予生活补助，安排资金{T}", [500, 750, 1000], "元", 1000, 3000, "亿元")],
}
DIV = {"元": 1, "万元": 10 ** 4, "亿元": 10 ** 8}


def money(yuan, unit):
    """yuan (int) in unit, with up to two decimals, or None if not exact."""
    q = DIV[unit]
    if (yuan * 100) % q:
        return None
    return f2(yuan / q)


def k_std_count(d, defect, i):
    dom = d.dom
    tpl, stds, su, lo, hi, tu = pick(STD[dom])
    nat_mult = 10 ** 4 if dom == "national" else 1  # 万户 / 万名
    while True:
        sv = pick(stds)
        n = rnd(lo, hi)
        yuan = sv * DIV[su] * n * nat_mult
        t = money(yuan, tu)
        if t and yuan >= DIV[tu]:
            break
    std = f"{sv}{su}"
    s = S()
    v = i % 4
    if defect:
        if tu == "万元":
            way = ["x10", "/10", "unit_up", "unit_down"][v]
        else:
            way = ["x10", "/10", "unit_down", "x10"][v]
        if way == "x10":
            bad = f2(yuan * 10 / DIV[tu]) + tu
            why = "total ten times the product: a zero added in the total only"
        elif way == "/10":
            bad = f"{yuan / 10 / DIV[tu]:.3f}".rstrip("0").rstrip(".") + tu
            why = "total a tenth of the product: decimal point moved in the total only"
        elif way == "unit_up":
            bad = t + "亿元"
            why = "unit of the total edited 万元 → 亿元, standard left in place"
        else:
            bad = t + ("元" if tu == "万元" else "万元")
            why = f"unit of the total edited {tu} → {'元' if tu == '万元' else '万元'}"
        body = tpl.replace("{N}", str(n)).replace("{S}", std)
        pre, post = body.split("{T}")
        head = d.area if dom != "national" and not pre.startswith("对") else ""
        k0 = pre.find(std)
        k0 = min(k0, pre.find(str(n))) if pre.find(str(n)) >= 0 else k0
        s.add(head + pre[:k0]).begin().add(pre[k0:]).add(bad).end().add(post + "。")
        return s, f"{std} × {n} = {t}{tu}, stated {bad}: {why}"
    if v in (0, 1, 2):
        body = tpl.replace("{N}", str(n)).replace("{S}", std).replace("{T}", t + tu)
        s.add(body + "。")
        return s, "total equals standard × count"
    # a cap: total below the product is legitimate
    while True:
        frac = rnd(60, 92) / 100
        cap_total = int(yuan * frac) // (DIV[tu] // 10 if tu != "元" else 1) * (DIV[tu] // 10 if tu != "元" else 1)
        tt = money(cap_total, tu)
        if tt and cap_total < yuan:
            break
    body = tpl.replace("{N}", str(n)).replace("{S}", "不超过" + std).replace("{T}", tt + tu)
    s.add(body + "。")
    return s, "不超过 cap: total below standard × count is legitimate"


# per-capita / average indicators: (phrase, value, unit, bad units)
def _percap(d):
    y = d.ry
    dom = d.dom
    local_income = f1(3.2 + (y - 2019) * 0.2 + rnd(0, 8) / 10)
    P = {
        "health": [("人均基本公共卫生服务经费补助标准提高到", str({2019: 69, 2020: 74, 2021: 79, 2022: 84, 2023: 89, 2024: 94}.get(y, 79)), "元", ["万元"]),
                   ("门诊患者次均医药费用控制在", str(rnd(180, 320)), "元", ["万元"]),
                   ("每千人口医疗卫生机构床位数达到", f1(rnd(55, 72) / 10), "张", ["万张"])],
        "housing": [("城镇居民人均住房建筑面积达到", f1(rnd(380, 450) / 10), "平方米", ["万平方米"]),
                    ("老旧小区改造户均投入", f1(rnd(25, 60) / 10), "万元", ["亿元", "元"]),
                    ("人均公园绿地面积达到", f1(rnd(120, 160) / 10), "平方米", ["万平方米"])],
        "market": [("每千人拥有市场主体", str(rnd(80, 140)), "户", ["万户"]),
                   ("每万人口高价值发明专利拥有量达到", f1(rnd(20, 60) / 10), "件", ["万件"]),
                   ("个体工商户户均注册资本", f1(rnd(80, 250) / 10), "万元", ["亿元", "元"])],
        "transport": [("农村公路每公里平均造价", str(rnd(80, 180)), "万元", ["亿元", "元"]),
                      ("城乡公交平均票价", str(rnd(1, 3)), "元", ["万元"]),
                      ("农村物流服务站点平均服务半径", f1(rnd(25, 60) / 10), "公里", ["万公里"])],
        "tourism": [("乡村旅游游客人均消费", str(rnd(280, 560)), "元", ["万元"]),
                    ("精品民宿户均年营业收入", str(rnd(30, 90)), "万元", ["亿元", "元"])],
        "medins": [("城乡居民医保人均财政补助标准提高到", str({2019: 520, 2020: 550, 2021: 580, 2022: 610, 2023: 640, 2024: 670}.get(y, 610)), "元", ["万元"]),
                   ("住院患者次均费用", str(rnd(6800, 9800)), "元", ["万元"]),
                   ("参保患者人均住院报销", str(rnd(4200, 6800)), "元", ["万元"])],
        "employ": [("高校毕业生平均起薪", str(rnd(3600, 5200)), "元", ["万元"]),
                   ("见习人员人均月补贴", str(rnd(1600, 2200)), "元", ["万元"])],
        "env": [("农村清洁取暖改造户均补助", f1(rnd(8, 20) / 10), "万元", ["亿元", "元"]),
                ("人均公园绿地面积达到", f1(rnd(120, 160) / 10), "平方米", ["万平方米"])],
        "national": [("城镇居民人均可支配收入", str({2002: 7703, 2004: 9422, 2006: 11759, 2008: 15781, 2010: 19109,
                                                 2012: 24565, 2014: 28844, 2016: 33616}.get(y, 15781)), "元", ["万元"]),
                     ("农村居民人均纯收入" if y <= 2012 else "农村居民人均可支配收入",
                      str({2002: 2476, 2004: 2936, 2006: 3587, 2008: 4761, 2010: 5919, 2012: 7917, 2014: 10489,
                           2016: 12363}.get(y, 4761)), "元", ["万元"]),
                     ("企业退休人员月人均基本养老金", str({2002: 650, 2004: 700, 2006: 900, 2008: 1100, 2010: 1360,
                                                     2012: 1720, 2014: 2070, 2016: 2360}.get(y, 1100)), "元", ["万元"])],
    }
    keep_extra = {
        "health": [("每万人口全科医生数达到", f1(rnd(25, 40) / 10), "人")],
        "housing": [("城镇居民人均可支配收入达到", local_income, "万元")],
        "market": [("每万人口高价值发明专利拥有量达到", f1(rnd(20, 60) / 10), "件")],
        "transport": [("城镇居民人均可支配收入达到", local_income, "万元")],
        "tourism": [("农村居民人均可支配收入达到", f1(float(local_income) / 2.2), "万元")],
        "medins": [("城乡居民医保人均筹资标准达到", str(rnd(900, 1050)), "元")],
        "employ": [("城镇居民人均可支配收入达到", local_income, "万元")],
        "env": [("单位地区生产总值能耗每万元下降", f1(rnd(2, 6) / 100), "吨标准煤")],
        "national": [("人均国内生产总值超过", {2002: "1000", 2004: "1200", 2006: "2000", 2008: "3000", 2010: "4000",
                                          2012: "6000", 2014: "7500", 2016: "8000"}.get(y, "3000"), "美元")],
    }
    return P[dom], keep_extra[dom]


def k_percap(d, defect, i):
    items, extra = _percap(d)
    ph, val, unit, bads = pick(items)
    s = S()
    tail = "，较上年有所提高。" if d.dom != "national" else "。"
    head = d.area if d.dom != "national" else "全国"
    if defect:
        bad = pick(bads)
        s.add(f"{head}{ph}").add(val + bad, mark=True).add(tail)
        fac = DIV.get(bad, 1) / DIV.get(unit, 1) if unit in DIV and bad in DIV else 10 ** 4
        return s, f"{ph}{val}{bad}: scale word {'added' if fac > 1 else 'dropped'} ({val}{unit} plausible)"
    if i % 2 == 0:
        s.add(f"{head}{ph}{val}{unit}{tail}")
        return s, "per-capita figure with the right scale"
    ph, val, unit = extra[0]
    s.add(f"{head}{ph}{val}{unit}{tail}")
    return s, "per-capita with a legitimate 万 (万元 income, 每万人口)"


AVGMAX = {
    "health": ("二级以上医院日均门诊量", "单日门诊量最高", "人次", 3000, 12000, 0),
    "housing": ("12345热线住建专席日均受理诉求", "单日受理最多", "件", 60, 300, 0),
    "market": ("政务服务大厅市场准入窗口日均办件", "单日办件最多", "件", 80, 400, 0),
    "transport": ("城乡公交日均客运量", "单日客运量最高", "万人次", 30, 150, 1),
    "tourism": ("“五一”假期乡村旅游点日均接待游客", "单日接待最高", "万人次", 20, 120, 1),
    "medins": ("医保服务大厅日均办件", "单日办件最多", "件", 200, 900, 0),
    "employ": ("零工市场日均发布岗位", "单日发布最多", "个", 80, 400, 0),
    "env": ("PM2.5年均浓度", "日均浓度最高值", "微克/立方米", 28, 60, 0),
}
MINMAX = {
    "health": ("家庭医生签约服务费标准为每人每年最低{a}元、最高{b}元", 60, 200),
    "housing": ("租赁补贴标准为每户每月最低{a}元、最高{b}元", 200, 900),
    "market": ("消费投诉举报奖励每件最低{a}元、最高{b}元", 200, 5000),
    "transport": ("农村客运班线运营补贴每条每年最低{a}万元、最高{b}万元", 2, 20),
    "tourism": ("精品民宿创建奖励每家最低{a}万元、最高{b}万元", 2, 30),
    "medins": ("门诊慢特病年度支付限额最低{a}元、最高{b}元", 1000, 20000),
    "employ": ("见习补贴标准为每人每月最低{a}元、最高{b}元", 1400, 2600),
    "env": ("清洁取暖改造补助每户最低{a}元、最高{b}元", 2000, 12000),
}
RANGE = {
    "health": ("平均住院日控制在{a}至{b}天之间", 60, 120, 1),
    "housing": ("新建保障性租赁住房套型建筑面积控制在{a}至{b}平方米之间", 40, 70, 0),
    "market": ("农贸市场快检室日均检测样品{a}至{b}批次", 20, 80, 0),
    "transport": ("城乡公交高峰时段发车间隔控制在{a}至{b}分钟", 8, 30, 0),
    "tourism": ("乡村旅游重点村年接待游客{a}至{b}万人次", 5, 40, 0),
    "medins": ("定点医疗机构住院费用报销比例为{a}%至{b}%", 55, 90, 0),
    "employ": ("就业见习期限为{a}至{b}个月", 3, 12, 0),
    "env": ("PM2.5日均浓度在{a}至{b}微克/立方米之间波动", 18, 75, 0),
}
PLANS = {
    "health": "基层卫生服务能力提升", "housing": "城市更新", "market": "食品安全放心工程",
    "transport": "“四好农村路”提质", "tourism": "乡村旅游品牌培育", "medins": "医保基金监管能力提升",
    "employ": "青年就业见习提质", "env": "扬尘污染综合治理",
}


def _val(lo, hi, dec):
    if dec:
        x = rnd(lo, hi) / 10
        return x, f1(x)
    x = rnd(lo, hi)
    return x, str(x)


def k_range(d, defect, i):
    dom = d.dom
    s = S()
    v = i % 4
    if v == 0:
        avg, mx, mw, lo, hi, dec = AVGMAX[dom]
        while True:
            a, at = _val(lo, hi, dec)
            b, bt = _val(lo, hi, dec)
            if defect and b < a * 0.9 or not defect and b > a * 1.3:
                break
        s.add(d.area + avg).begin().add(f"{at}{mw}，{mx}{bt}{mw}").end().add("。")
        note = f"average {at} above its maximum {bt}" if defect else "average below its maximum"
    elif v == 1:
        tpl, lo, hi = MINMAX[dom]
        while True:
            a, b = rnd(lo, hi), rnd(lo, hi)
            if max(a, b) >= 1000:
                a, b = a // 100 * 100 or 100, b // 100 * 100 or 100
            elif max(a, b) >= 100:
                a, b = a // 10 * 10 or 10, b // 10 * 10 or 10
            if b > a * 1.3:
                break
        if defect:
            a, b = b, a
        k = tpl.index("最低")
        txt = tpl.format(a=a, b=b)
        s.add(d.area + txt[:k]).begin().add(txt[k:]).end().add("。")
        note = f"minimum {a} above maximum {b}" if defect else "minimum below maximum"
    elif v == 2:
        tpl, lo, hi, dec = RANGE[dom]
        while True:
            a, at = _val(lo, hi, dec)
            b, bt = _val(lo, hi, dec)
            if b > a * 1.25:
                break
        if defect:
            at, bt = bt, at
        txt = tpl.format(a=at, b=bt)
        k = txt.index(at)
        e = txt.index(bt, k + len(at)) + len(bt)
        if txt[e:e + 1] == "%":
            e += 1
        s.add(d.area + txt[:k]).begin().add(txt[k:e]).end().add(txt[e:] + "。")
        note = f"range written backwards ({at}至{bt})" if defect else "range ascending"
    else:
        y = d.ry
        if defect:
            s.add(f"研究制定{PLANS[dom]}三年行动方案（").add(f"{y + 2}—{y}年", mark=True).add("），明确年度任务清单和责任分工。")
            note = f"year span backwards {y + 2}—{y}"
        else:
            if rng.random() < 0.5:
                s.add(f"研究制定{PLANS[dom]}三年行动方案（{y}—{y + 2}年），明确年度任务清单和责任分工。")
                note = "year span forward"
            else:
                tpl, lo, hi, dec = RANGE["env"] if dom == "env" else ("{x}", 0, 0, 0)
                if dom == "env":
                    b = rnd(55, 75)
                    a = rnd(28, 40)
                    s.add(f"{d.area}PM2.5年均浓度由{b}微克/立方米降至{a}微克/立方米。")
                else:
                    avg, mx, mw, lo, hi, dec = AVGMAX[dom]
                    a, at = _val(hi // 2, hi, dec)
                    b, bt = _val(lo, hi // 3, dec)
                    s.add(f"{d.area}{avg}由{at}{mw}降至{bt}{mw}。")
                note = "a downward change (由大降至小), not a backwards range"
    return s, note


def k_year_order(d, defect, i):
    dom = d.dom
    R = d.hy
    s = S()
    vb, noun, mw, lo, hi = pick(COUNTS[dom])
    snoun, smw, slo, shi = pick(STOCK[dom])
    rname = pick(SHARE[dom])
    v = i % 4
    if defect:
        if v == 0:
            s.begin().add(f"{R}年{d.area}{vb}{noun}{rnd(lo, hi)}{mw}，较{R + 1}年").end()
            s.add(f"增长{f1(rnd(30, 260) / 10)}%。")
            note = f"{R} compared with a later base year {R + 1}"
        elif v == 1:
            a = rnd(slo, shi)
            b = a + rnd(max(2, a // 10), max(3, a // 2))
            s.add(f"{d.area}{snoun}").begin().add(f"从{R + 1}年的{a}{smw}增加到{R}年").end().add(f"的{b}{smw}。")
            note = f"从{R + 1}年…增加到{R}年 runs backwards"
        elif v == 2:
            s.begin().add(f"与{R + 2}年相比，{R}年").end()
            s.add(f"{d.area}{rname}提高{f1(rnd(11, 59) / 10)}个百分点。")
            note = f"base year {R + 2} after the year compared {R}"
        else:
            s.begin().add(f"{R}年{d.area}{vb}{noun}{rnd(lo, hi)}{mw}，比{R + 1}年同期").end()
            s.add(f"下降{f1(rnd(30, 200) / 10)}%。")
            note = f"{R} compared with the same period of {R + 1}"
        return s, note
    if v == 0:
        s.add(f"{R}年{d.area}{vb}{noun}{rnd(lo, hi)}{mw}，较{R - 1}年增长{f1(rnd(30, 260) / 10)}%。")
        note = "base year before the year compared"
    elif v == 1:
        a = rnd(slo, shi)
        b = a + rnd(max(2, a // 10), max(3, a // 2))
        s.add(f"{d.area}{snoun}从{R - 2}年的{a}{smw}增加到{R}年的{b}{smw}。")
        note = "从earlier…增加到later"
    elif v == 2:
        s.add(f"与{R - 5}年相比，{R}年{d.area}{rname}提高{f1(rnd(11, 99) / 10)}个百分点。")
        note = "five-year comparison with an earlier base"
    else:
        s.add(f"到{d.ry + 3}年，{d.area}{rname}较{R}年提高{f1(rnd(11, 59) / 10)}个百分点。")
        note = "future target against a past base year"
    return s, note


MONEYLEAD = {
    "health": ["完成{n}家乡镇卫生院标准化改造，总投资", "区域医疗中心建设项目总投资"],
    "housing": ["实施老旧小区改造项目{n}个，完成投资", "城市排水管网改造工程总投资"],
    "market": ["智慧市场监管平台建设项目总投资", "食品安全检验检测中心建设项目总投资"],
    "transport": ["农村公路提档升级工程完成投资", "综合客运枢纽建设项目总投资"],
    "tourism": ["实施{n}个乡村旅游重点村提升改造，完成投资", "游客服务中心建设项目总投资"],
    "medins": ["全年追回违规使用医保基金", "全年支出医疗救助资金"],
    "employ": ["全年发放就业补助资金", "公共实训基地建设项目总投资"],
    "env": ["清洁取暖改造工程完成投资", "城镇污水处理厂提标改造工程总投资"],
    "national": ["中央财政安排“三农”投入", "中央预算内投资安排"],
}


def _moneyfig(dom):
    """(value string, natural unit) for a MONEYLEAD amount."""
    if dom == "national":
        return str(rnd(800, 9000)), "亿元"
    if rng.random() < 0.5:
        return f1(rnd(12, 96) / 10), "亿元"
    return str(rnd(120, 9800)), "万元"


def k_double_scale(d, defect, i):
    dom = d.dom
    lead = pick(MONEYLEAD[dom]).replace("{n}", str(rnd(3, 12)))
    head = d.area if dom != "national" and not lead.startswith("全年") else ""
    s = S()
    if defect:
        val, unit = _moneyfig(dom)
        v = i % 4
        if dom == "national" and v == 2:  # 万亿元 figures are national totals: fiscal revenue
            head, lead = "全国", "财政收入达到"
            bad = NATVAL[lead][d.ry] + "万亿元元"
            s.add(head + lead).add(bad, mark=True).add("，比上年有所增长。")
            return s, f"two scale words / unit doubled: {bad}"
        elif unit == "亿元":
            bad = [val + "亿万元", val + "亿元元", val + "亿亿元", val + "亿万元"][v]
        else:
            bad = [val + "万万元", val + "万元元", val + "万万元", val + "亿万元"][v]
        s.add(head + lead).add(bad, mark=True).add(pick(["。", "，项目进展顺利。", "，资金全部落实到位。"]))
        return s, f"two scale words / unit doubled: {bad}"
    v = i % 4
    K = {
        "health": ["{area}单价万元以上医疗设备全部纳入统一管理平台，全年新增{n}台。",
                   "{area}亿元以上卫生健康项目达到{k}个，完成投资{x}亿元。"],
        "housing": ["{area}亿元以上城建项目达到{k}个，完成投资{x}亿元。",
                    "{area}单位万元地区生产总值建筑能耗持续下降，新建建筑全面执行节能标准。"],
        "market": ["{area}全年查办货值金额万元以上案件{k}件，罚没款{x}万元。",
                   "{area}亿元以上市场主体达到{k}户，较上年增加{k2}户。"],
        "transport": ["{area}亿元以上交通项目{k}个，完成投资{x}亿元。",
                      "{area}单个投资千万元以上的农村公路项目全部实行公开招标，全年招标{k}个。"],
        "tourism": ["{area}亿元以上文旅项目{k}个，完成投资{x}亿元。",
                    "{area}年营业收入百万元以上的乡村旅游经营主体达到{k}家。"],
        "medins": ["{area}对单次住院费用万元以上的病例开展重点审核{n}例。",
                   "{area}对追回金额十万元以上的案件全部公开曝光，全年曝光{k}件。"],
        "employ": ["{area}全年发放创业担保贷款{x}亿元，其中十万元以上贷款{k}笔。",
                   "{area}对吸纳就业百人以上、投资千万元以上的企业开展用工跟踪服务{k}家次。"],
        "env": ["{area}万元地区生产总值能耗下降{p}%，单位地区生产总值二氧化碳排放持续下降。",
                "{area}亿元以上环境治理项目{k}个，完成投资{x}亿元。"],
        "national": ["要多渠道增加农民收入，让亿万农民得到更多实惠。",
                     "万元国内生产总值能耗下降{p}%，主要污染物排放总量继续减少。"],
    }[dom]
    tpl = K[v % 2]
    s.add(tpl.format(area=d.area, n=rnd(60, 900), k=rnd(6, 40), k2=rnd(2, 9), x=f1(rnd(12, 96) / 10),
                     p=f1(rnd(20, 56) / 10)))
    return s, "a scale word standing alone or as a threshold (亿元以上, 万元GDP, 亿万农民)"


DECLEAD = {
    "health": [("{area}电子健康档案建档率达到", "%"), ("{area}区域医疗中心建设完成投资", "亿元")],
    "housing": [("{area}完成城建投资", "亿元"), ("{area}城市污水集中处理率达到", "%")],
    "market": [("{area}食品抽检合格率达到", "%"), ("{area}市场主体总量达到", "万户")],
    "transport": [("{area}完成交通固定资产投资", "亿元"), ("{area}快递业务量达到", "亿件")],
    "tourism": [("{area}乡村旅游接待游客", "万人次"), ("{area}实现乡村旅游综合收入", "亿元")],
    "medins": [("{area}医疗救助资金支出", "万元"), ("{area}户籍人口基本医保参保率达到", "%")],
    "employ": [("{area}发放创业担保贷款", "亿元"), ("{area}高校毕业生就业率达到", "%")],
    "env": [("{area}完成农村地区清洁取暖改造", "万户"), ("{area}空气质量优良天数比率达到", "%")],
    "national": [("国内生产总值达到", "万亿元"), ("粮食总产量达到", "亿吨"), ("财政收入达到", "万亿元")],
}
NATVAL = {  # the year reported on: GDP (万亿元), grain (亿吨), fiscal revenue (万亿元), two decimals
    "国内生产总值达到": {2002: "10.24", 2004: "13.65", 2006: "20.94", 2008: "30.07", 2010: "39.80", 2012: "51.93",
                   2014: "63.65", 2016: "74.41"},
    "粮食总产量达到": {2002: "4.57", 2004: "4.69", 2006: "4.97", 2008: "5.29", 2010: "5.46", 2012: "5.90",
                2014: "6.07", 2016: "6.16"},
    "财政收入达到": {2002: "1.89", 2004: "2.64", 2006: "3.88", 2008: "6.13", 2010: "8.31", 2012: "11.72",
               2014: "14.04", 2016: "15.95"},
}
CLAUSE = {
    "health": "按照《医疗机构消毒技术规范》第{c}条要求，完成{n}家医疗机构消毒质量抽检。",
    "housing": "对照《建筑设计防火规范》第{c}条，排查整改高层住宅消防通道问题{n}处。",
    "market": "依据《食品生产通用卫生规范》第{c}条，督促{n}家食品生产企业完成整改。",
    "transport": "按照《公路工程技术标准》第{c}条，完成{n}公里农村公路安全设施提升。",
    "tourism": "对照《旅游民宿基本要求与评价》第{c}条，完成{n}家民宿等级复核。",
    "medins": "医保信息平台升级至{c}版，全年处理结算业务{n}笔。",
    "employ": "公共就业服务信息系统升级至{c}版，全年发布岗位信息{n}条。",
    "env": "依据《大气污染物综合排放标准》第{c}条，对{n}家企业开展执法监测。",
}


def k_double_point(d, defect, i):
    dom = d.dom
    s = S()
    if defect:
        lead, unit = pick(DECLEAD[dom])
        if dom == "national":
            good = NATVAL[lead][d.ry]
        elif unit == "%":
            x = rnd(850, 995)
            good = f"{x // 10}.{x % 10}{rnd(1, 9)}"
        elif unit == "万户":
            good = f"{rnd(2, 9)}.{rnd(10, 99)}"
        else:
            good = f"{rnd(1, 96)}.{rnd(11, 99)}"
        ip, dp = good.split(".")
        if i % 2 == 0:
            bad = f"{ip}.{dp[0]}.{dp[1:]}"
            why = f"overtyped figure kept the old point: {bad} for {good}"
        else:
            bad = f"{ip}..{dp[:1] if unit == '%' else dp}"
            why = f"key bounce on the decimal point: {bad}"
        s.add(lead.format(area=d.area)).add(bad + unit, mark=True).add("。")
        return s, why
    c = f"{rnd(2, 6)}.{rnd(0, 4)}.{rnd(1, 9)}"
    s.add(CLAUSE[dom].format(c=c, n=rnd(1200, 9000) if dom in ("medins", "employ") else rnd(12, 300)))
    return s, f"clause / version number {c} has two points legitimately"


NEGKEEP_T = {"env": "全市冬季极端最低气温达到－{t}℃，清洁取暖设施运行平稳。",
             "transport": "冬季极端最低气温－{t}℃，全市农村公路除雪保通任务全部完成。",
             "tourism": "冬季最低气温－{t}℃，冰雪旅游接待人数创历史新高。",
             "national": "冬季北方部分地区最低气温降至－{t}℃，各地切实做好困难群众冬季取暖保障。"}


def k_negative(d, defect, i):
    dom = d.dom
    vb, noun, mw, lo, hi = pick(COUNTS[dom])
    snoun, smw, slo, shi = pick(STOCK[dom])
    s = S()
    n = rnd(max(2, lo // 10), max(5, hi // 10))
    if defect:
        v = i % 4
        if v == 0:
            s.add(f"{d.area}新增{snoun}").add(f"－{n}{smw}", mark=True).add("。")
            note = "新增 with a negative count (sign pasted from a change column)"
        elif v == 1:
            s.add(f"{d.area}{vb}{noun}").add(f"－{rnd(lo, hi)}{mw}", mark=True)
            s.add(pick(["，工作成效明显。", "。"]))
            note = "a negative count of work done"
        elif v == 2:
            acc = {"health": ("医疗纠纷", "起"), "housing": ("物业服务投诉", "件"), "market": ("食品安全投诉", "件"),
                   "transport": ("道路运输安全事故", "起"), "tourism": ("旅游投诉", "件"), "medins": ("医保投诉举报", "件"),
                   "employ": ("拖欠农民工工资案件", "件"), "env": ("重污染天气", "天"), "national": ("煤矿安全事故", "起")}[dom]
            s.add(f"{d.area}{acc[0]}较上年减少").add(f"－{rnd(2, 30)}{acc[1]}", mark=True).add("。")
            note = "减少 with a signed figure (double negative)"
        else:
            s.add(f"{d.area}共{vb}{noun}").add(f"－{rnd(lo, hi)}{mw}", mark=True).add("，全部建立工作台账。")
            note = "共 + negative count"
        return s, note
    v = i % 4
    if v == 0:
        s.add(f"{d.area}{vb}{noun}{rnd(lo, hi)}{mw}，同比增长－{f1(rnd(5, 98) / 10)}%。")
        note = "signed growth rate (statistical notation)"
    elif v == 1:
        s.add(f"{d.area}{snoun}数量增速为－{f1(rnd(5, 60) / 10)}%，降幅较上年收窄。")
        note = "negative growth rate"
    elif v == 2 and dom in NEGKEEP_T:
        s.add(NEGKEEP_T[dom].format(t=rnd(12, 28)))
        note = "sub-zero temperature"
    else:
        s.add(f"{d.area}{pick(SHARE[dom])}较上年变化－{f1(rnd(3, 19) / 10)}个百分点，总体保持稳定。")
        note = "signed change in points"
    return s, note


LISTS = {
    "health": ("急危重症救治中心", "个", ["胸痛中心", "卒中中心", "创伤中心", "危重孕产妇救治中心", "危重新生儿救治中心"]),
    "housing": ("城市更新示范片区", "个", ["老城片区", "火车站片区", "滨江片区", "老工业区片区", "大学城片区"]),
    "market": ("重点监管领域", "个", ["食品", "药品", "特种设备", "工业产品", "计量器具"]),
    "transport": ("综合客运枢纽", "个", ["高铁站综合客运枢纽", "城北客运站", "城南公交枢纽", "机场客运中心", "港口客运站"]),
    "tourism": ("乡村旅游精品线路", "条", ["山水田园线", "古村寻踪线", "茶乡康养线", "红色研学线", "滨湖休闲线"]),
    "medins": ("医保改革任务", "项", ["按病种分值付费改革", "门诊共济保障", "药品集中带量采购", "医保基金智能监控", "异地就医直接结算"]),
    "employ": ("招聘专项活动", "项", ["春风行动", "民营企业招聘月", "百日千万招聘专项行动", "金秋招聘月", "就业援助月"]),
    "env": ("重点治理行业", "个", ["钢铁", "水泥", "平板玻璃", "焦化", "铸造"]),
    "national": ("民生领域", "个", ["教育", "医疗卫生", "社会保障", "保障性住房", "公共文化"]),
}


def k_item_count(d, defect, i):
    dom = d.dom
    noun, mw, items = LISTS[dom]
    k = rnd(3, 4)
    lst = rng.sample(items, k)
    lst_txt = "、".join(lst)
    nat = dom == "national"
    h0 = "今年确定重点保障的" if nat else d.area + "确定"
    h1 = "今年要重点抓好" if nat else d.area + "重点抓好"
    h2 = "今年重点保障的" if nat else d.area
    s = S()
    if defect:
        N = k + pick([1, -1])
        v = i % 3
        if v == 0:
            s.add(f"{h0}{noun}").begin().add(f"{N}{mw}，分别为{lst_txt}").end().add("。")
        elif v == 1:
            s.add(h1).begin().add(f"{cnm(N)}{mw}{noun}：{lst_txt}").end().add("。")
        else:
            s.add(f"{h2}{noun}共").begin().add(f"{N}{mw}，即{lst_txt}").end().add("。")
        return s, f"announced {N}, listed {k}"
    v = i % 4
    if v == 0:
        s.add(f"{h0}{noun}{k}{mw}，分别为{lst_txt}。")
        note = "count matches the list"
    elif v == 1:
        sub = "、".join(lst[:2])
        s.add(f"{'今年要' if nat else d.area}聚焦{sub}等{k + rnd(1, 2)}{mw}{noun}，逐项制定工作方案。")
        note = "等-marked partial list with a larger count"
    elif v == 2:
        s.add(f"{h1}{cnm(k)}{mw}{noun}：{lst_txt}。")
        note = "Chinese count matches the list"
    else:
        s.add(f"{h2}{noun}共{k + 1}{mw}，包括{'、'.join(lst[:k - 1])}等。")
        note = "包括…等 partial list"
    return s, note


FRAC = {
    "health": ("村卫生室", "实现医保即时结算"), "housing": ("老旧小区", "完成雨污分流改造"),
    "market": ("农贸市场", "建成食品快检室"), "transport": ("建制村", "通达双车道公路"),
    "tourism": ("乡村旅游重点村", "建成游客服务中心"), "medins": ("定点医药机构", "接入医保智能监控系统"),
    "employ": ("乡镇", "建成零工驿站"), "env": ("重点企业", "完成超低排放改造"),
}
DECR = {"health": "医疗纠纷数量", "housing": "物业服务投诉量", "market": "食品安全投诉量",
        "transport": "道路运输安全事故起数", "tourism": "旅游投诉量", "medins": "违规使用医保基金案件数",
        "employ": "拖欠农民工工资案件数", "env": "重污染天数", "national": "煤矿事故死亡人数"}
INCR = {"health": "远程会诊例数", "housing": "既有住宅加装电梯数量", "market": "网上办理登记业务量",
        "transport": "农村物流快递投递量", "tourism": "乡村民宿接待人次", "medins": "异地就医直接结算人次",
        "employ": "线上招聘岗位数", "env": "新能源车辆保有量", "national": "农村义务教育免费教科书发放量"}


def k_fraction(d, defect, i):
    dom = d.dom
    if dom == "national":
        unit, act = ("县（市）", "开展新型农村合作医疗试点") if d.ry <= 2008 else ("县（市）", "开展县级公立医院综合改革")
    else:
        unit, act = FRAC[dom]
    head = d.area if dom != "national" else "全国"
    s = S()
    v = i % 4
    if defect:
        if v == 0:
            a = rnd(2, 5)
            b = a + rnd(1, 3)
            s.add(head).add(f"{cn(a)}分之{cn(b)}", mark=True).add(f"的{unit}{act}。")
            note = f"{cn(a)}分之{cn(b)} of a whole exceeds one: numerator and denominator swapped"
        elif v == 1:
            s.add(f"{head}").add(pick(["近十二成", "超过十一成", "十三成以上"]), mark=True).add(f"的{unit}{act}。")
            note = "成 above 十成"
        elif v == 2:
            s.add(f"{head}{DECR[dom]}较上年").add(f"下降{pick(['2', '3', '1.5'])}倍", mark=True).add("。")
            note = "a decrease stated as N倍 (a decrease cannot exceed the whole)"
        else:
            if dom == "national":
                a = rnd(2, 5)
                b = a + rnd(1, 3)
                s.add(head).add(f"{cn(a)}分之{cn(b)}以上", mark=True).add(f"的{unit}{act}。")
            else:
                a = rnd(3, 8)
                b = a + rnd(1, 3)
                s.add(head).add(f"{b}/{a}", mark=True).add(f"的{unit}{act}。")
            note = "fraction above one (numerator and denominator swapped)"
        return s, note
    if v == 0:
        s.add(f"{head}{cn(3 if rng.random() < 0.5 else 5)}分之{cn(2) if rng.random() < 0.5 else cn(1)}以上的{unit}{act}。")
        note = "proper fraction"
    elif v == 1:
        s.add(f"{head}近{pick(['八', '九', '七'])}成的{unit}{act}。")
        note = "N成 below 十成"
    elif v == 2:
        s.add(f"{head}{INCR[dom]}较上年增长{pick(['2', '1.5', '3'])}倍，{DECR[dom]}下降到上年的{pick(['三分之一', '二分之一', '四分之一'])}。")
        note = "增长N倍 and 下降到…分之一 are both right"
    else:
        if dom == "national":
            s.add(f"{head}{cn(4)}分之{cn(3)}的{unit}{act}。")
        else:
            a = rnd(4, 8)
            b = rnd(1, a - 1)
            s.add(f"{head}{b}/{a}的{unit}{act}。")
        note = "fraction below one"
    return s, note


QUEST = {
    "health": "家庭医生怎么签约", "housing": "公租房怎么申请", "market": "预付卡消费如何维权",
    "transport": "城乡公交卡怎么办理", "tourism": "民宿等级如何评定", "medins": "异地就医怎么报销",
    "employ": "就业补贴怎么申领", "env": "清洁取暖补贴怎么领",
}


def k_qmark(d, defect, i):
    dom = d.dom
    vb, noun, mw, lo, hi = pick(COUNTS[dom])
    s = S()
    q = "?"
    if defect:
        if not d.fw and i % 4 == 3:
            q = "？"
        v = i % 4
        if v == 0:
            lead = pick(MONEYLEAD[dom]).replace("{n}", str(rnd(3, 12)))
            val, unit = _moneyfig(dom)
            k = rnd(2, min(3, len(val.replace(".", ""))))
            bad = q * k
            head = d.area if dom != "national" and not lead.startswith("全年") else ""
            s.add(head + lead).add(bad + unit, mark=True).add("。")
            note = "all digits of an amount lost to ?"
        elif v == 1:
            n = str(rnd(max(lo, 100), max(hi, 999)))
            j = rnd(1, len(n) - 2) if len(n) > 2 else 1
            bad = n[:j] + q + n[j + 1:]
            s.add(f"{d.area}{vb}{noun}共计").add(bad + mw, mark=True).add("。")
            note = f"one digit of {n} lost to ?"
        elif v == 2:
            r = pick(SHARE[dom])
            x = rnd(850, 995)
            bad = f"{x // 100}{q}.{x % 10}%"
            s.add(f"{d.area}{r}达到").add(bad, mark=True).add("。")
            note = "one digit of a rate lost to ?"
        else:
            n = str(rnd(lo, hi))
            bad = q * len(n)
            s.add(f"{d.area}{vb}{noun}").add(bad + mw, mark=True).add(pick(["，超额完成年度任务。", "。"]))
            note = "a whole count lost to ? runs"
        return s, note
    v = i % 2
    n = rnd(lo, hi)
    if v == 0 or dom == "national":
        if dom == "national":
            s.add(f"如何确保城镇新增就业{rnd(900, 1100)}万人以上的目标如期实现？")
        else:
            s.add(f"如何确保全年{vb}{noun}{n}{mw}的目标任务如期完成？")
        note = "a real question with a figure in it"
    else:
        s.add(f"{d.area}围绕“{QUEST[dom]}？”等群众关切问题，制作政策问答{rnd(20, 120)}条。")
        note = "a quoted question next to a figure"
    return s, note


def k_cn_doubled(d, defect, i):
    dom = d.dom
    vb, noun, mw, lo, hi = pick(COUNTS[dom])
    s = S()
    if defect:
        v = i % 3
        if v == 0 or hi < 200:
            n = rnd(2, 9)
            bad = CD[n] + "十十"
        elif v == 1 or hi < 2000:
            n = rnd(2, 9)
            bad = CD[n] + "百百"
        else:
            n = rnd(2, 9)
            bad = CD[n] + "千千余"
        s.add(f"{d.area}{vb}{noun}").add(bad + mw, mark=True).add(pick(["。", "，工作取得明显成效。"]))
        return s, f"place character doubled: {bad}"
    v = i % 4
    if v == 0:
        s.add(f"{d.area}{vb}{noun}{cnm(cnval((vb, noun, mw, lo, hi)))}{mw}。")
        note = "a well-formed Chinese numeral"
    elif v == 1:
        a = rnd(2, 7)
        s.add(f"{d.area}{pick(['', '先后'])}{vb}{noun}{CD[a]}{CD[a + 1]}十{mw}。")
        note = "approximation of two adjacent numerals (二三十, 七八十)"
    elif v == 2:
        s.add(pick(["发展成果要惠及千千万万群众。", "要把千千万万群众的冷暖放在心上。"]))
        note = "千千万万 idiom"
    else:
        s.add(f"{d.area}{vb}{noun}任务百分之百完成。")
        note = "百分之百"
    return s, note


def k_points_count(d, defect, i):
    dom = d.dom
    vb, noun, mw, lo, hi = pick(COUNTS[dom])
    s = S()
    p = f1(rnd(12, 180) / 10)
    if defect:
        v = i % 3
        if v == 0:
            s.add(f"{d.area}{vb}{noun}{rnd(lo, hi)}{mw}，同比增长").add(f"{p}个百分点", mark=True).add("。")
        elif v == 1:
            val, unit = _moneyfig(dom)
            lead = pick(MONEYLEAD[dom]).replace("{n}", str(rnd(3, 12)))
            head = d.area if dom != "national" and not lead.startswith("全年") else ""
            s.add(f"{head}{lead}{val}{unit}，比上年增加").add(f"{p}个百分点", mark=True).add("。")
        else:
            snoun, smw, slo, shi = pick(STOCK[dom])
            s.add(f"{d.area}{snoun}达到{rnd(slo, shi)}{smw}，较上年提高").add(f"{p}个百分点", mark=True).add("。")
        return s, "a count / amount changing by 个百分点"
    v = i % 4
    if v == 0:
        s.add(f"{d.area}{pick(SHARE[dom])}达到{f1(rnd(800, 990) / 10)}%，较上年提高{f1(rnd(12, 60) / 10)}个百分点。")
        note = "a rate changing by points"
    elif v == 1:
        s.add(f"{d.area}{vb}{noun}{rnd(lo, hi)}{mw}，增速较上年提高{f1(rnd(12, 60) / 10)}个百分点。")
        note = "a growth rate (增速) changing by points after a count"
    elif v == 2:
        s.add(f"{d.area}{vb}{noun}{rnd(lo, hi)}{mw}，同比增长{p}%。")
        note = "count growth in %"
    else:
        small = f1(rnd(3, 30) / 10)
        if dom == "national":
            s.add(f"服务业增加值占国内生产总值的比重提高{small}个百分点。")
        else:
            snoun, smw, slo, shi = pick(STOCK[dom])
            s.add(f"{d.area}{snoun}达到{rnd(slo, shi)}{smw}，占全省总量的比重较上年提高{small}个百分点。")
        note = "a share (比重) changing by points"
    return s, note


# (name, builder, defect docs, keep docs, held)
KINDS = [
    ("mw_lost_new_shape", k_mw_lost, ALL, ALL, False),
    ("share_rate_over_100_wording", k_share_over, ALL, ALL, True),
    ("change_pct_contradicts", k_change_pct, ALL, ALL, True),
    ("rate_contradicts_counts", k_rate_counts, ALL, ALL, False),
    ("standard_times_count", k_std_count, ALL, ALL, True),
    ("per_capita_scale", k_percap, ALL, ALL, False),
    ("range_order", k_range, LOCAL, LOCAL, False),
    ("year_comparison_order", k_year_order, ALL, ALL, False),
    ("double_scale_word", k_double_scale, ALL, ALL, True),
    ("double_decimal_point", k_double_point, ALL, LOCAL, False),
    ("negative_count", k_negative, ALL, ALL, True),
    ("item_count_mismatch", k_item_count, ALL, ALL, True),
    ("fraction_over_whole", k_fraction, ALL, ALL, False),
    ("lost_digit_qmark", k_qmark, ALL, ALL, True),
    ("cn_numeral_doubled", k_cn_doubled, ALL, ALL, True),
    ("points_for_count", k_points_count, ALL, ALL, False),
]
DEFECTS_PER_KIND = 8
KEEPS_PER_KIND = 4


def build():
    probes = []
    seen = set()
    n = 0
    for kname, fn, ddocs, kdocs, held in KINDS:
        labels = ["keep"] * KEEPS_PER_KIND + ["defect"] * DEFECTS_PER_KIND
        rng.shuffle(labels)
        count = Counter()
        for lab in labels:
            idx = count[lab]
            count[lab] += 1
            for _attempt in range(50):
                did = pick(ddocs if lab == "defect" else kdocs)
                d = DOCS[did]
                s, note = fn(d, lab == "defect", idx)
                txt = s.text()
                styled = style(txt, d)
                assert len(styled) == len(txt)
                pos = pick(insertion_points(d))
                raw = d.text[:pos] + styled + d.text[pos:]
                if raw not in seen:
                    break
            else:
                raise RuntimeError(f"no unique probe for {kname}")
            seen.add(raw)
            flag = None
            if lab == "defect":
                assert s.mark is not None, kname
                flag = [pos + s.mark[0], pos + s.mark[1]]
            n += 1
            probes.append({"id": f"{FAMILY}-{n:04d}", "family": FAMILY, "kind": kname, "label": lab,
                           "held": held, "raw": raw, "want": raw, "flag": flag,
                           "note": f"[{did}] {note}", "_ins": [pos, pos + len(styled)], "_base": did})
    return probes


ASCII_PUNCT = set(string.punctuation)
DIG = set("0123456789０１２３４５６７８９")


def selfcheck(probes):
    ids, raws = set(), set()
    for p in probes:
        pid = p["id"]
        assert pid not in ids, pid
        ids.add(pid)
        assert p["raw"] not in raws, pid
        raws.add(p["raw"])
        assert p["raw"] == p["want"], pid  # a figure is flagged, never fixed
        base = DOCS[p["_base"]].text
        a, b = p["_ins"]
        ins = p["raw"][a:b]
        assert ins and p["raw"][:a] + p["raw"][b:] == base, pid
        assert a > base.index("\n"), pid  # not in the title line
        assert base[a - 1] == "。", pid  # right after a full stop
        assert ins[-1] in "。？", pid
        # inside a body paragraph: the line holding the point is long, not a signature
        line_start = base.rfind("\n", 0, a) + 1
        line_end = base.find("\n", a)
        line = base[line_start:line_end if line_end >= 0 else None]
        assert len(line) >= 25, pid
        if p["label"] == "keep":
            assert p["flag"] is None, pid
        else:
            fs, fe = p["flag"]
            assert a <= fs < fe <= b, pid
            span = p["raw"][fs:fe]
            assert any(ch in DIG or ch in "零一二三四五六七八九十百千万亿两?？" for ch in span), (pid, span)
        # ASCII punctuation: only in number contexts
        fs, fe = (p["flag"] or [0, 0])
        for j, ch in enumerate(ins):
            if ch not in ASCII_PUNCT:
                continue
            prev, nxt = ins[j - 1:j], ins[j + 1:j + 2]
            inflag = fs <= a + j < fe
            if ch == "%":
                ok = prev in DIG or prev == "?"
            elif ch == ".":
                ok = (prev in DIG and nxt in DIG or inflag and p["kind"] == "double_decimal_point"
                      or inflag and p["kind"] == "lost_digit_qmark" and prev + nxt and set(prev + nxt) <= DIG | {"?"})
            elif ch in ",:":
                ok = prev in DIG and nxt in DIG
            elif ch == "/":
                ok = (prev in DIG and nxt in DIG) or (prev and nxt and ord(prev) > 0x2e80 and ord(nxt) > 0x2e80)
            elif ch == "?":
                ok = inflag and p["kind"] == "lost_digit_qmark"
            else:
                ok = False
            assert ok, (pid, ch, ins)
        # one inserted sentence: a single final stop (a question mark inside quotes allowed)
        body = re.sub(r"“[^”]*”", "", ins[:-1])
        assert "。" not in body, (pid, ins)
    # balance
    c = Counter((p["kind"], p["label"]) for p in probes)
    for kname, *_ in KINDS:
        assert c[(kname, "defect")] == DEFECTS_PER_KIND and c[(kname, "keep")] == KEEPS_PER_KIND, kname
    held = [k for k, *_, h in KINDS if h]
    assert len(held) * 2 == len(KINDS)


def main():
    probes = build()
    selfcheck(probes)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for p in probes:
            q = {k: v for k, v in p.items() if not k.startswith("_")}
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    c = Counter((p["kind"], p["label"]) for p in probes)
    for kname, _, _, _, held in KINDS:
        print(f"{kname:30s} held={'yes' if held else 'no ':3s} defect={c[(kname, 'defect')]:3d} keep={c[(kname, 'keep')]:3d}")
    print("total", len(probes), "defects", sum(p["label"] == "defect" for p in probes),
          "keeps", sum(p["label"] == "keep" for p in probes),
          "held", sum(p["held"] for p in probes))


if __name__ == "__main__":
    main()
