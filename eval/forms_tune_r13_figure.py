"""More TUNE forms (round 13): figure, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.

figure (flag), in shapes real reports write and the earlier forms never showed: sibling counts in
full-width digits (or mixed widths) where one lost its measure word (检查企业１２６家、餐饮单位３４０、
学校食堂８６家); sibling counts in Chinese numerals where one lost it (卫生室十二个、文化广场八、书屋十五个);
a share-type rate over 100% written in words (覆盖率达到百分之一百零八); 其中 parts in parentheses that
together exceed their total (资金６８５０万元（其中中央资金４２００万元、省级补助３１００万元）), with
thousands separators or compound units (万人次); 其中 opening the next line as a table-like list of
three or four parts separated by ；that together exceed the total of the line before; a part with
four decimals in a smaller unit than its total (4.6525亿元，其中…1.4025万元); a bare count before ，
or 、 after a counting verb while its siblings keep their units, with 约/近/余 and full-width digits;
a share over 100% reached by 个百分点 or 近/约 wordings (同比提高3.5个百分点至103.5%).

protected (keep): look-alikes of a lost measure word (N优M良 tallies, 第1、2、3批, 2022、2023年,
ranges 3-5万元, Chinese-numeral counts with units, full-width siblings that all keep their units,
倍 and 个百分点) and parts and rates that hold (完成率 and 增长率 over 100%, 达到上年的135%, parts in
parentheses that sum below the total, 其中 parts of another unit, parts marked 含).
"""

from __future__ import annotations

from common import int_to_cn
from forms_common import Ctx, Gold, Inj
from forms_tune import R, _protect

_FW = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def _fw(s: str) -> str:
    return s.translate(_FW)


def _width(rng, s: str) -> str:
    """The figure in ASCII (half the time) or in full-width digits (the older CMS exports)."""
    return _fw(s) if rng.random() < 0.5 else s


def _append(ctx: Ctx, pieces: list[tuple[str, bool]]):
    """Append a sentence made of ``pieces`` (text, is_defect) at the end of a prose paragraph.

    The gold covers the whole inserted sentence (its repair is to drop it, so the self-check
    gives the base text back); the defect pieces are named in the form's docstring."""
    ends = [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] == "。"]
    p = ctx.pick_point(ends)
    if p is None:
        return None
    raw = "".join(text for text, _ in pieces)
    return Inj(p, p, raw, [Gold(0, len(raw), "figure", "flag", raw, repair="", where="inline")])


# --- vocabularies ------------------------------------------------------------------------

_COUNTED = [("食品生产企业", "家"), ("餐饮服务单位", "家"), ("学校食堂", "家"), ("农贸市场", "个"),
            ("行政村", "个"), ("示范社区", "个"), ("基层医疗机构", "所"), ("乡镇卫生院", "所"),
            ("培训班", "期"), ("执法人员", "人次"), ("志愿者", "名"), ("家庭医生团队", "支"),
            ("安全隐患", "处"), ("违法案件", "件"), ("特种设备", "台"), ("电梯", "台"),
            ("农家书屋", "个"), ("文化广场", "个"), ("村卫生室", "个"), ("技术骨干", "名"),
            ("养老床位", "张"), ("停车泊位", "个"), ("充电桩", "座"), ("公厕", "座")]
_VERBS = ["检查", "排查", "新建", "改造", "培训", "选派", "走访", "建成", "组织", "督导"]
_SOURCES = ["中央资金", "省级补助", "市级配套", "县级自筹", "社会资本", "专项债券", "银行贷款", "地方政府债券"]
_TOTAL_WORDS = ["总投资", "全年下达项目资金", "累计筹集资金", "共安排专项资金", "完成固定资产投资"]
_SHARE_NOUNS = ["村级站点覆盖率", "城乡居民医保参保率", "家庭医生签约率", "生活垃圾分类覆盖率", "适龄儿童疫苗接种率",
                "义务教育巩固率", "行政村通光纤比例", "绿色建筑占比", "政务服务事项网办比例", "农村自来水普及率"]


def _siblings(rng, k: int) -> list[tuple[str, str, int]]:
    items = rng.sample(_COUNTED, k)
    return [(noun, unit, rng.choice([rng.randint(6, 99), rng.randint(100, 2999)])) for noun, unit in items]


# ======================================================================================
# figure (flag)


@R.form("figure", "t69_fullwidth_sibling_measure_lost")
def fig_fullwidth_sibling(ctx: Ctx):
    """Sibling counts in full-width digits (or one sibling in another width) where one lost its
    measure word: 检查食品生产企业１２６家、餐饮服务单位３４０、学校食堂８６家。 The lost one may be
    first, middle or last (before 。)."""
    rng = ctx.rng
    sibs = _siblings(rng, rng.choice([3, 3, 4]))
    lost = rng.randrange(len(sibs))
    mixed = rng.random() < 0.3
    pieces: list[tuple[str, bool]] = [(rng.choice(_VERBS), False)]
    for k, (noun, unit, n) in enumerate(sibs):
        digits = str(n) if (mixed and k == lost) else _fw(str(n))
        if k:
            pieces.append(("、", False))
        pieces.append((noun, False))
        pieces.append((digits, k == lost))
        if k != lost:
            pieces.append((unit, False))
    pieces.append(("。", False))
    return _append(ctx, pieces)


@R.form("figure", "t70_cn_numeral_sibling_measure_lost")
def fig_cn_numeral_sibling(ctx: Ctx):
    """Counts in Chinese numerals where one sibling lost its measure word: 新建村卫生室十二个、
    文化广场八、农家书屋十五个 (a 三十五人 style count with the 人 gone among 名/人 siblings)."""
    rng = ctx.rng
    sibs = [(noun, unit, rng.randint(2, 99)) for noun, unit in rng.sample(_COUNTED, 3)]
    lost = rng.randrange(3)
    pieces: list[tuple[str, bool]] = [(rng.choice(["新建", "建成", "培育", "认定", "命名"]), False)]
    for k, (noun, unit, n) in enumerate(sibs):
        if k:
            pieces.append(("、", False))
        pieces.append((noun, False))
        pieces.append((int_to_cn(n), k == lost))
        if k != lost:
            pieces.append((unit, False))
    pieces.append(("。", False))
    return _append(ctx, pieces)


def _cn_percent(value: int, tenth: int) -> str:
    words = "百分之" + int_to_cn(value)
    return words + ("点" + "零一二三四五六七八九"[tenth] if tenth else "")


@R.form("figure", "t71_share_over_100_in_words")
def fig_share_words(ctx: Ctx):
    """A share-type rate above 100% written in words: 覆盖率达到百分之一百零八, 参保率为百分之
    一百一十二点五, 占比超过百分之一百零五."""
    rng = ctx.rng
    noun = rng.choice(_SHARE_NOUNS)
    value, tenth = rng.randint(101, 130), rng.choice([0, 0, rng.randint(1, 9)])
    verb = rng.choice(["达到", "为", "提高到", "稳定在", "超过"])
    tail = rng.choice(["。", "，较上年有所提升。", "，提前完成年度目标。"])
    return _append(ctx, [(noun + verb, False), (_cn_percent(value, tenth), True), (tail, False)])


def _money(rng, wan: int, style: str) -> str:
    if style == "sep":
        return f"{wan:,}万元"
    if style == "fw":
        return _fw(str(wan)) + "万元"
    return f"{wan}万元"


@R.form("figure", "t72_parts_in_parentheses_exceed")
def fig_parts_paren(ctx: Ctx):
    """其中 parts in parentheses that together exceed their total, each alone below it, in
    full-width digits, with thousands separators, or with a compound unit (万人次):
    下达资金６８５０万元（其中中央资金４２００万元、省级补助３１００万元）."""
    rng = ctx.rng
    open_, close = rng.choice([("（", "）"), ("（", "）"), ("(", ")")])
    if rng.random() < 0.3:
        total = rng.randint(120, 2400)
        sa = rng.uniform(0.55, 0.8)
        a, b = int(total * sa), int(total * rng.uniform(1.15 - sa, 0.9))
        t, pa, pb = (_width(rng, f"{v}") for v in (total, a, b))
        head = f"全年接待游客{t}万人次"
        body = f"{open_}其中省外游客{pa}万人次、入境游客{pb}万人次{close}"
    else:
        total = rng.randint(1200, 48000)
        sa = rng.uniform(0.45, 0.7)
        parts = [int(total * sa), int(total * rng.uniform(1.15 - sa, 0.85))]
        if rng.random() < 0.4:
            parts.append(int(total * rng.uniform(0.1, 0.2)))
        style = rng.choice(["sep", "fw", "plain"])
        names = rng.sample(_SOURCES, len(parts))
        head = rng.choice(_TOTAL_WORDS) + _money(rng, total, style)
        inner = "、".join(n + _money(rng, v, style) for n, v in zip(names, parts))
        body = f"{open_}其中{rng.choice(['', '：'])}{inner}{close}"
    return _append(ctx, [(head, True), (body, True), (rng.choice(["。", "，全部拨付到位。"]), False)])


@R.form("figure", "t73_parts_table_line_exceed")
def fig_parts_table_line(ctx: Ctx):
    """The total closes a paragraph, and the next line lists three or four parts like a table row
    (其中：中央资金 2400万元；省级补助 3650万元；…) that together exceed it: 其中 linked across a
    sentence and a line boundary, parts separated by ；or spaces."""
    rng = ctx.rng
    ends = [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] == "。"]
    p = ctx.pick_point(ends, margin=4)
    if p is None:
        return None
    total = rng.randint(2000, 30000)
    k = rng.choice([3, 4])
    shares = [rng.uniform(0.25, 0.6) for _ in range(k)]
    scale = rng.uniform(1.15, 1.6) / sum(shares)
    parts = [int(total * min(0.9, s * scale)) for s in shares]
    names = rng.sample(_SOURCES, k)
    gapc = rng.choice(["", " ", "\u3000"])
    sep = rng.choice(["；", "；", "，", "\u3000"])
    lead = f"{rng.choice(_TOTAL_WORDS)}{_width(rng, str(total))}万元。"
    row = "其中：" + sep.join(f"{n}{gapc}{_width(rng, str(v))}万元" for n, v in zip(names, parts)) + "。"
    raw = lead + "\n" + row
    return Inj(p, p, raw, [Gold(0, len(raw), "figure", "flag", raw, repair="", where="inline")])


@R.form("figure", "t74_decimal_part_other_unit")
def fig_decimal_part_other_unit(ctx: Ctx):
    """A part with four decimals in a smaller unit than its total (a 万元 figure typed with the
    point of its 亿元 total): 总投资4.6525亿元，其中中央资金1.4025万元、省级补助…万元."""
    rng = ctx.rng
    total = rng.randint(12000, 98000)  # 万元
    part = int(total * rng.uniform(0.2, 0.5))
    other = int(total * rng.uniform(0.1, 0.3))
    x, y = rng.sample(_SOURCES, 2)
    t = f"{total / 10000:.4f}".rstrip("0").rstrip(".") + "亿元"
    bad = f"{str(part)[0]}.{str(part)[1:]}万元"
    t, bad = _width(rng, t), bad if rng.random() < 0.6 else _fw(bad)
    pieces = [(rng.choice(_TOTAL_WORDS) + t + "，其中" + x, False), (bad, True)]
    if rng.random() < 0.5:
        pieces.append((f"、{y}{other}万元", False))
    pieces.append(("。", False))
    return _append(ctx, pieces)


@R.form("figure", "t75_bare_count_after_verb_approx")
def fig_bare_count_approx(ctx: Ctx):
    """A bare count before ， or 、 after a counting verb while the sibling clauses keep their
    units, with an approximation word or full-width digits: 共检查经营户约１２００，发现问题１２６个，
    整改到位１１８个。 / 走访企业300余、解决问题86个。"""
    rng = ctx.rng
    noun = rng.choice(["经营户", "企业", "农户", "群众", "重点单位", "居民小区"])
    n = rng.randint(120, 3800)
    found = rng.randint(30, max(31, n // 5))
    fixed = rng.randint(found // 2, found)
    shape = rng.choice(["pre", "post", "plain"])
    num = _width(rng, str(n))
    bare = {"pre": rng.choice(["约", "近", "超过"]) + num, "post": num + rng.choice(["余", "多"]), "plain": num}[shape]
    verb = rng.choice(["共检查", "累计走访", "入户排查", "集中约谈", "摸排"])
    mark = rng.choice(["，", "、"])
    return _append(ctx, [(verb + noun, False), (bare, True),
                         (f"{mark}发现问题{_width(rng, str(found))}个，整改到位{_width(rng, str(fixed))}个。", False)])


@R.form("figure", "t76_share_over_100_points_or_approx")
def fig_share_points(ctx: Ctx):
    """A share-type rate above 100% reached by 个百分点 or said with 近/约/超过, in any width:
    签约率同比提高3.5个百分点至103.5%, 覆盖率近１０５％, 占比约102%."""
    rng = ctx.rng
    noun = rng.choice(_SHARE_NOUNS)
    hi10 = rng.randint(1005, 1250)
    hi = f"{hi10 // 10}.{hi10 % 10}" if hi10 % 10 else str(hi10 // 10)
    pts = f"{rng.randint(2, 9)}.{rng.randint(1, 9)}"
    pct = rng.choice(["%", "%", "％"])
    fig = _width(rng, hi) + pct
    shape = rng.choice(["points", "approx", "approx"])
    if shape == "points":
        pieces = [(f"{noun}同比提高{pts}个百分点{rng.choice(['至', '，达到', '，达'])}", False), (fig, True), ("。", False)]
    else:
        pieces = [(f"{noun}{rng.choice(['近', '约', '超过', '达到约'])}", False), (fig, True),
                  (rng.choice(["。", "，位居全省前列。"]), False)]
    return _append(ctx, pieces)


# ======================================================================================
# protected (keep)


@R.form("protected", "t18_measure_lookalikes_r13")
def prot_measure_lookalikes(ctx: Ctx):
    """Figures that look like a lost measure word but are whole: N优M良 tallies, 第1、2、3批,
    years in a 、 list, a range of amounts, Chinese-numeral counts with units, full-width siblings
    that all keep their units, 倍 and 个百分点."""
    rng = ctx.rng
    return rng.choice([
        lambda: _protect(ctx, "年度考核结果为5优3良1合格，第1、2、3批次项目全部完工。", ["5优3良1合格", "第1、2、3批次"]),
        lambda: _protect(ctx, "2022、2023年连续两年获评全省先进，每户补助3-5万元。", ["2022、2023年", "3-5万元"]),
        lambda: _protect(ctx, "选派驻村干部三十五人、科技特派员二十名，分三批次完成轮训。", ["三十五人", "二十名", "三批次"]),
        lambda: _protect(ctx, "检查企业１２６家、餐饮单位３４０家、学校食堂８６家。", ["１２６家", "３４０家", "８６家"]),
        lambda: _protect(ctx, "粮食产量增长1.5倍，优良率提高3.2个百分点，获评4A级景区2个。", ["1.5倍", "3.2个百分点", "2个"]),
        lambda: _protect(ctx, "全市“十四五”期间计划建设5G基站1200个，按1:1比例安排配套资金。", ["1200个", "1:1"]),
    ])()


@R.form("protected", "t19_parts_and_rates_hold_r13")
def prot_parts_rates_hold(ctx: Ctx):
    """Parts and rates that hold: a 完成率 or 增长率 over 100%, 达到上年的135%, parts in parentheses
    that sum below the total, 其中 parts of another unit, parts marked 含, rates in words under 100."""
    rng = ctx.rng
    return rng.choice([
        lambda: _protect(ctx, "年度投资计划完成率达到112.6%，税收收入增长率为103%。", ["112.6%", "103%"]),
        lambda: _protect(ctx, "粮食产量达到上年的135%，超额完成年度目标任务的108%。", ["135%", "108%"]),
        lambda: _protect(ctx, "下达资金６８５０万元（其中中央资金４２００万元、省级补助１６００万元）。",
                         ["６８５０万元", "４２００万元", "１６００万元"]),
        lambda: _protect(ctx, "新建项目26个，其中：12个已竣工，总投资4.65亿元，其中中央资金1.2亿元。",
                         ["26个", "12个", "4.65亿元", "1.2亿元"]),
        lambda: _protect(ctx, "招聘教师120名（含特岗教师35名），覆盖率达到百分之九十八点五。", ["120名", "35名", "百分之九十八点五"]),
        lambda: _protect(ctx, "接待游客1,250万人次，其中省外游客680万人次、入境游客12.5万人次。",
                         ["1,250万人次", "680万人次", "12.5万人次"]),
    ])()
