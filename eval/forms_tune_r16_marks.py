"""More TUNE forms (round 16): quote and punct, written blind (before reading their rules).

The earlier TUNE forms of both families mostly put one mark in the wrong code point next to plain
Han text, around short quotations and titles. These are marks in the contexts real crawled pages
and Chinese typography tools (pangu, chinese-copywriting-guidelines, GB/T 15834-2011 checkers,
per-paragraph straight-quote converters) show and the earlier forms did not:

quote (fix): a quotation nested in a quotation written with double marks where GB/T 15834 4.5.3.2
wants single ones inside (“坚持“两山”理念” → “坚持‘两山’理念”); straight quotes around a long
quotation that holds its own marks and ends with 。 inside, after 强调：/指出： (the colon sometimes
ASCII too); a quotation over several paragraphs typed straight (each paragraph opens with ", only
the last closes: a per-paragraph converter cannot pair them); straight quotes around a term inside a
title (《江岭市"十四五"卫生健康规划》).

punct (fix): the 间隔号 · of a day name or an event name typed as a look-alike dot (“3•15”,
中国・江岭); the 连接号 of a year range typed as a hyphen, an en dash or a minus sign where the text
writes — (2021-2025年); a decimal point typed as 。 by an IME in Chinese mode (增长7。2%); ASCII
commas between figures listed before one unit (2019,2020,2021年 → 2019、2020、2021年).

protected (keep): real look-alikes: inch and minute-second marks, correct nested quotes and a
quotation inside a title, an English sentence with its own quotes, a legal citation with its own
brackets; file names with brackets, URLs, e-mail, versions, standard and phone numbers with
hyphens, codes, thousands, decimals, clock times, a right interpunct and a right year range.

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers.
"""

from __future__ import annotations

import re

from forms_common import Ctx, Gold, Inj
from forms_tune import R, _protect

LQ, RQ, LS, RS = "\u201c", "\u201d", "\u2018", "\u2019"
EM = "\u2014"
DOT = "\u00b7"


def _append(ctx: Ctx, sentence: str, golds_in: list[tuple[int, int, str, str]]) -> Inj | None:
    """Append ``sentence`` to a prose paragraph ending with 。; ``golds_in`` are (start, end, class,
    expected) fixes relative to the sentence. A protected keep on the first two characters marks
    the sentence as inserted (the self-check drops it with the defects inside)."""
    ends = [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] == "\u3002"]
    p = ctx.pick_point(ends)
    if p is None:
        return None
    golds = [Gold(0, 2, "protected", "keep", sentence[:2], where="inline")]
    golds += [Gold(a, b, cls, "fix", exp, where="inline") for a, b, cls, exp in sorted(golds_in)]
    return Inj(p, p, sentence, golds)


def _marks_at(sentence: str, chars: str) -> list[int]:
    return [i for i, c in enumerate(sentence) if c in chars]


# ======================================================================================
# quote


_INNER = ["两山", "放管服", "最多跑一次", "两个确立", "四个最严", "绿水青山就是金山银山", "一网通办", "双减"]
_OUTER_LEADS = ["坚持", "牢固树立", "深入践行", "全面落实", "持续深化"]
_OUTER_TAILS = ["理念", "要求", "改革", "部署", "工作"]


@R.form("quote", "t120_nested_double_inside_double")
def quote_nested_double(ctx: Ctx):
    """A quotation nested in a quotation with double marks for both levels (GB/T 15834 4.5.3.2
    wants single marks inside): 强调“要坚持“两山”理念，…” (fix: the inner pair ‘ ’). The inner
    quotation opens, sits inside, or closes the outer one, so ““ or ”” may touch."""
    rng = ctx.rng
    inner = LQ + rng.choice(_INNER) + RQ
    lead, tail = rng.choice(_OUTER_LEADS), rng.choice(_OUTER_TAILS)
    spot = rng.choice(["start", "middle", "end"])
    if spot == "start":
        quote = f"{inner}{tail}必须贯穿{rng.choice(['各项工作', '工作全过程', '发展全局'])}"
    elif spot == "middle":
        quote = f"要{lead}{inner}{tail}，{rng.choice(['推动各项任务落地见效', '确保工作取得实效'])}"
    else:
        quote = f"要{rng.choice(['持续', '进一步', '全面'])}{lead}{inner}"
    who = rng.choice(["会议强调", "会议指出", "通知要求", "讲话强调"])
    sentence = f"{who}，{LQ}{quote}{RQ}。"
    k = sentence.index(inner)
    return _append(ctx, sentence, [(k, k + 1, "quote", LS), (k + len(inner) - 1, k + len(inner), "quote", RS)])


_LONG_QUOTED = re.compile(f"{LQ}([^{LQ}{RQ}\n]{{21,90}}){RQ}")
_QUOTED_SENTENCES = [
    "要坚持以人民为中心的发展思想，把群众满意作为检验工作成效的根本标准。",
    "安全生产责任重于泰山，必须坚持人民至上、生命至上，坚决遏制重特大事故发生。",
    "要把民生实事办好办实，让群众看得见、摸得着、得实惠。",
    "各地要压实属地责任，完善工作机制；各部门要加强协同配合，形成工作合力。",
]


@R.form("quote", "t121_long_straight_quotation")
def quote_long_straight(ctx: Ctx):
    """Straight quotes around a long quotation that holds its own ，、； (and often ends with 。 inside
    the closing mark), after 强调：/指出：; the colon is sometimes ASCII too (typed in the same English
    mode): 强调:"要坚持…，把…标准。" (fix: “ ” and ：)."""
    rng = ctx.rng
    cands = [(s, e, m) for s, e, m in ctx.matches(_LONG_QUOTED) if re.search("[\uff0c\u3001\uff1b\u3002]", m.group(1))]
    site = ctx.pick_span(cands)
    if site is not None and rng.random() < 0.6:
        s, e, m = site
        return Inj(s, e, '"' + m.group(1) + '"', [Gold(0, 1, "quote", "fix", LQ, where="inline"),
                                                  Gold(e - s - 1, e - s, "quote", "fix", RQ, where="inline")])
    who = rng.choice(["会议强调", "主要负责同志指出", "通知明确提出", "座谈会上大家一致认为"])
    body = rng.choice(_QUOTED_SENTENCES)
    colon = rng.choice([("\uff1a", None), (":", "\uff1a")])
    sentence = f"{who}{colon[0]}\"{body}\""
    golds = [(len(who) + 1, len(who) + 2, "quote", LQ), (len(sentence) - 1, len(sentence), "quote", RQ)]
    if colon[1]:
        golds.append((len(who), len(who) + 1, "punct", colon[1]))
    return _append(ctx, sentence, golds)


_AMENDED = [
    ["一、建立健全安全生产责任体系，明确各级各部门职责。", "二、加强日常监督检查，及时发现和消除隐患。",
     "三、对违反本办法规定的，依法依规追究责任。"],
    ["（一）申请人应当如实提交有关材料。", "（二）受理机关应当在五个工作日内作出决定。",
     "（三）不予受理的，应当书面说明理由。"],
    ["1.完善基层医疗卫生服务体系。", "2.提升家庭医生签约服务质量。", "3.推进县域医共体建设。"],
]


@R.form("quote", "t122_straight_over_paragraphs")
def quote_straight_paragraphs(ctx: Ctx):
    """A quotation over several paragraphs (an amended article, a quoted provision) typed with
    straight quotes: each quoted paragraph opens with " and only the last one closes (GB/T 15834
    4.1.3.4), so a converter that pairs marks within a paragraph cannot pair them (fix: “ at each
    paragraph start, ” at the end)."""
    rng = ctx.rng
    body = ctx.body_range()
    p = ctx.pick_point([ctx.lines[i][0] for i in range(body.start + 1, body.stop)])
    if p is None:
        return None
    paras = rng.choice(_AMENDED)[:rng.randint(2, 3)]
    lead = rng.choice([f"第{rng.choice(['八', '十二', '十五', '二十一'])}条修改为：", "将原办法有关条款调整为：",
                       f"第{rng.choice(['三', '六'])}条增加一款，作为第二款："])
    lines = [lead] + ['"' + t for t in paras]
    lines[-1] += '"'
    raw = "\n".join(lines) + "\n"
    golds = [Gold(0, 2, "protected", "keep", raw[:2], where="line")]
    quotes = _marks_at(raw, '"')
    for n, k in enumerate(quotes):
        golds.append(Gold(k, k + 1, "quote", "fix", RQ if n == len(quotes) - 1 else LQ, where="line"))
    return Inj(p, p, raw, golds)


_TITLE_TERMS = [("十四五", "{city}“{t}”{topic}发展规划"), ("放管服", "关于深化“{t}”改革优化营商环境的实施意见"),
                ("一网通办", "{city}推进政务服务“{t}”工作方案"), ("两客一危", "{city}“{t}”车辆安全管理办法"),
                ("菜篮子", "{city}“{t}”工程建设三年行动计划")]


@R.form("quote", "t123_straight_inside_title")
def quote_straight_in_title(ctx: Ctx):
    """Straight quotes (ASCII or full-width ＂) around a term inside a 《title》: 印发《江岭市"十四五"
    卫生健康发展规划》, 《关于深化＂放管服＂改革…》 (fix: “ ”)."""
    rng = ctx.rng
    term, shape = rng.choice(_TITLE_TERMS)
    title = shape.format(city=rng.choice(["江岭市", "青川县", "临溪区"]), t=term,
                         topic=rng.choice(["卫生健康", "交通运输", "生态环境", "教育事业"]))
    mark = rng.choice(['"', '"', "\uff02"])
    verb = rng.choice(["认真贯彻落实", "对照", "根据", "按照"])
    sentence = f"{verb}《{title.replace(LQ, mark).replace(RQ, mark)}》要求，逐项细化落实措施。"
    ks = _marks_at(sentence, mark)
    return _append(ctx, sentence, [(ks[0], ks[0] + 1, "quote", LQ), (ks[1], ks[1] + 1, "quote", RQ)])


@R.form("protected", "t124_r16_quote_lookalikes")
def prot_quote_lookalikes(ctx: Ctx):
    """Real marks that look like the round-16 quote slips: inch marks after a screen size, minutes
    and seconds of a race time, a right nested quotation and a right quotation inside a title, an
    English sentence with its own straight quotes, a legal citation with its own brackets."""
    rng = ctx.rng
    inch = f"{rng.choice([55, 65, 75, 86])}\""
    race = f"{rng.randint(2, 4)}'{rng.randint(10, 59)}\""
    nested = f"{LQ}要坚持{LS}{rng.choice(['两山', '放管服'])}{RS}理念{RQ}"
    title = f"《江岭市{LQ}十四五{RQ}{rng.choice(['卫生健康', '交通运输'])}发展规划》"
    eng = rng.choice(['Say "yes" to clean water.', 'Think "green", act local.'])
    law = f"《中华人民共和国{rng.choice(['行政处罚法', '安全生产法'])}》（2021年修订）第{rng.choice(['三十三', '十二'])}条"
    return rng.choice([
        lambda: _protect(ctx, f"为各教学点配备{inch}触控一体机{rng.randint(12, 60)}台。", [inch]),
        lambda: _protect(ctx, f"男子组冠军成绩为{race}，刷新赛会纪录。", [race]),
        lambda: _protect(ctx, f"会议强调，{nested}，并印发{title}。", [nested, title]),
        lambda: _protect(ctx, f"活动英文口号为{eng}得到外籍人士好评。", [eng]),
        lambda: _protect(ctx, f"依据{law}的规定作出处理。", [law]),
    ])()


# ======================================================================================
# punct


_DOT_LOOKALIKES = ["\u2022", "\u30fb", "\uff65", "\u2219", "\u2027", "\u22c5"]
_DAYS = [("3", "15", "国际消费者权益日"), ("12", "4", "国家宪法日"), ("6", "26", "国际禁毒日"),
         ("5", "12", "全国防灾减灾日"), ("11", "9", "全国消防日")]


@R.form("punct", "t125_interpunct_lookalike")
def punct_interpunct(ctx: Ctx):
    """The 间隔号 · of a day name or an event name typed as a look-alike dot (a bullet •, the
    katakana middle dot ・ or its half-width ･, a bullet operator ∙, a hyphenation point ‧, a dot
    operator ⋅): 结合“3•15”国际消费者权益日, 第二届中国・江岭…博览会 (fix: ·)."""
    rng = ctx.rng
    bad = rng.choice(_DOT_LOOKALIKES)
    if rng.random() < 0.6:
        m, d, day = rng.choice(_DAYS)
        sentence = f"结合{LQ}{m}{bad}{d}{RQ}{day}，开展{rng.choice(['集中宣传', '主题宣传', '进社区'])}活动{rng.randint(3, 30)}场次。"
    else:
        sentence = (f"成功举办第{rng.choice(['二', '三', '五'])}届中国{bad}{rng.choice(['江岭', '青川'])}"
                    f"{rng.choice(['数字经济', '文化旅游', '农产品'])}博览会。")
    k = sentence.index(bad)
    return _append(ctx, sentence, [(k, k + 1, "punct", DOT)])


_YEAR_RANGE = re.compile(f"(?<![0-9])(20[0-9]{{2}}年?){EM}(20[0-9]{{2}}年)")
_DASH_LOOKALIKES = ["-", "-", "\u2013", "\u2010", "\u2212"]  # not －: a Chinese-width mark, kept


@R.form("punct", "t126_year_range_hyphen")
def punct_year_range_hyphen(ctx: Ctx):
    """The 连接号 of a year range (GB/T 15834 4.13.3.2: 一字线 for the start and end of a period)
    typed as a hyphen-minus, an en dash, a full-width hyphen-minus, a hyphen or a minus sign:
    （2021-2025年）, 2023年–2025年 (fix: —)."""
    rng = ctx.rng
    bad = rng.choice(_DASH_LOOKALIKES)
    site = ctx.pick_span([(s + m.end(1) - m.start(0), s + m.end(1) - m.start(0) + 1)
                          for s, e, m in ctx.matches(_YEAR_RANGE)])
    if site is not None:
        return Inj(site[0], site[1], bad, [Gold(0, 1, "punct", "fix", EM, where="inline")])
    y = rng.randint(2019, 2023)
    span = rng.choice([f"{y}{bad}{y + rng.randint(2, 5)}年", f"{y}年{bad}{y + 2}年"])
    sentence = rng.choice([f"本规划期限为{span}，重点任务分年度推进。",
                           f"{span}，全市累计新建项目{rng.randint(12, 90)}个。",
                           f"制定{rng.choice(['三年行动计划', '实施方案'])}（{span}），明确时间表和路线图。"])
    k = sentence.index(bad)
    return _append(ctx, sentence, [(k, k + 1, "punct", EM)])


_DEC_UNIT = re.compile(r"(?<![0-9.,])([0-9]{1,4})\.([0-9]{1,2})(%|万元|亿元|万人|万吨|万亩|个百分点)")


@R.form("punct", "t127_decimal_point_as_stop")
def punct_decimal_as_stop(ctx: Ctx):
    """The decimal point of a figure typed as 。 (the IME stayed in Chinese mode for the figure):
    同比增长7。2%, 完成投资3。56亿元 (fix: .)."""
    rng = ctx.rng
    site = ctx.pick_span(ctx.matches(_DEC_UNIT))
    if site is not None:
        s, e, m = site
        k = s + len(m.group(1))
        return Inj(k, k + 1, "\u3002", [Gold(0, 1, "punct", "fix", ".", where="inline")])
    sentence = f"全年完成投资{rng.randint(2, 90)}\u3002{rng.randint(1, 9)}亿元，同比增长{rng.randint(2, 15)}.{rng.randint(1, 9)}%。"
    k = sentence.index("\u3002")
    return _append(ctx, sentence, [(k, k + 1, "punct", ".")])


@R.form("punct", "t128_ascii_comma_between_listed_figures")
def punct_comma_listed_figures(ctx: Ctx):
    """ASCII commas between figures listed before one shared unit or word (years, months, batch
    numbers), where Chinese writes 、: 2019,2020,2021年连续三年 / 第1,2批 / 7,8月份 (fix: 、). No group
    has three digits after the comma, so none reads as a thousands separator."""
    rng = ctx.rng
    y = rng.randint(2017, 2021)
    choices = [
        (f"{y},{y + 1},{y + 2}年连续三年获评省级文明城市。", 2),
        (f"{y},{y + 1}年度考核结果均为优秀。", 1),
        (f"第{rng.randint(1, 3)},{rng.randint(4, 6)}批试点项目已全部通过验收。", 1),
        (f"每年{rng.randint(5, 7)},{rng.randint(8, 9)}月份为防汛关键期，各地要加强值班值守。", 1),
    ]
    sentence, _ = rng.choice(choices)
    return _append(ctx, sentence, [(k, k + 1, "punct", "\u3001") for k in _marks_at(sentence, ",")])


@R.form("protected", "t129_r16_punct_lookalikes")
def prot_punct_lookalikes(ctx: Ctx):
    """Western marks that belong where they stand inside Chinese sentences: a file name with its own
    brackets (方案(2021).docx), a URL, an e-mail, a version, a standard number and a phone number
    with hyphens, a project code, thousands, a decimal, a clock time, a right interpunct “3·15” and
    a right year range 2021—2025年."""
    rng = ctx.rng
    fname = rng.choice(["实施方案(2021).docx", "申报表(修订版).xlsx", "附件1(样表).pdf"])
    url = rng.choice(["http://www.jl.gov.cn/col/col1234/index.html", "https://zwfw.jl.gov.cn/?id=2021"])
    mail = rng.choice(["jlwjw@jl.gov.cn", "service_2021@example.com"])
    ver = f"V{rng.randint(1, 4)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}"
    std = rng.choice(["GB/T 15834-2011", "GB/T 9704-2012"])
    phone = f"0571-8800{rng.randint(1000, 9999)}"
    code = f"JL-{rng.randint(2019, 2023)}-0{rng.randint(10, 99)}"
    big = f"{rng.randint(1, 9)},{rng.randint(100, 999)}"
    dec = f"{rng.randint(1, 9)}.{rng.randint(1, 9)}%"
    clock = f"{rng.choice([8, 9, 14])}:30"
    rng_y = f"2021{EM}2025年"
    day = f"{LQ}3{DOT}15{RQ}"
    return rng.choice([
        lambda: _protect(ctx, f"请将{fname}于{clock}前发送至{mail}。", [fname, clock, mail]),
        lambda: _protect(ctx, f"系统已升级至{ver}，操作指南见{url}。", [ver, url]),
        lambda: _protect(ctx, f"公文格式执行{std}，咨询电话{phone}。", [std, phone]),
        lambda: _protect(ctx, f"项目编号{code}，总投资{big}万元，占比{dec}。", [code, big, dec]),
        lambda: _protect(ctx, f"围绕{day}主题，落实{rng_y}规划任务。", [day, rng_y]),
    ])()
