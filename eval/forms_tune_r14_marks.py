"""More TUNE forms (round 14): punct and quote, written blind (before reading the rules).

Other shapes of wrong marks in Chinese prose: ASCII marks beside full-width figures and letters
(the GBK reports type figures full-width), a mark with the blank an English editor puts after it
at a line end, ASCII ? and ! inside a closing quote or bracket, a comma after a Latin word, a
wave dash of the wrong code point in a range, parentheses around an aside that holds Latin or
figures; quotations whose content holds Latin and figures (“互联网+”), a quotation nested in a
quotation typed straight, an empty pair left before a quotation, corner brackets nested, straight
quotes opening a paragraph. Two protected forms: a legal quotation over several paragraphs (each
paragraph opens with “ and only the last one closes, GB/T 15834) and Western marks that belong
to values and English text (full-width decimals, e-mail, version, don't, an English ellipsis).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers.
"""

from __future__ import annotations

from forms_common import Ctx, Gold, Inj
from forms_tune import R, _protect
from forms_tune_r12_punct import _insert

_FW_DIGITS = "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19"
_ASCII_OF = {"\uff0c": ",", "\uff1b": ";", "\uff1a": ":", "\u3002": "."}
LQ, RQ, LS, RS = "\u201c", "\u201d", "\u2018", "\u2019"


def _fw(n) -> str:
    """A figure in full-width digits (and ．for the point), as the GBK reports print them."""
    return "".join(_FW_DIGITS[int(c)] if c.isdigit() else "\uff0e" if c == "." else c for c in str(n))


@R.form("punct", "t49_ascii_mark_by_fullwidth_figure")
def punct_by_fullwidth_figure(ctx: Ctx):
    """An ASCII comma, semicolon or full stop right after or before a figure in full-width digits
    or a full-width percent sign (a GBK report retyped in English mode): 增长７．７％,财政收入 /
    ２００２年;全国 (fix: the full-width mark). The full-width decimal point ．stays."""
    rng = ctx.rng
    fwset = set(_FW_DIGITS) | {"\uff05"}
    spans = [(s, e) for s, e, _ in ctx.matches("[\uff0c\uff1b\u3002]")
             if ctx.text[s - 1] in fwset or ctx.text[e:e + 1] in fwset]
    site = ctx.pick_span(spans)
    if site is not None:
        s, e = site
        mark = ctx.text[s:e]
        return Inj(s, e, _ASCII_OF[mark], [Gold(0, 1, "punct", "fix", mark, where="inline")])
    a, b, c = _fw(rng.randint(12, 98)), _fw(round(rng.uniform(1.1, 9.9), 1)), _fw(rng.randint(3, 40))
    mark, raw = rng.choice([("\uff0c", ","), ("\uff1b", ";")])
    sentence = f"全年新开工项目{a}个{raw}同比增长{b}％，带动就业{c}万人。"
    return _insert(ctx, sentence, [(raw, mark)])


@R.form("punct", "t50_mark_blank_line_end")
def punct_mark_blank_line_end(ctx: Ctx):
    """An ASCII mark with the blank(s) an English editor leaves after it at the end of a paragraph
    or heading: 加强队伍建设; ⏎ / 通知如下: ⏎ / 取得明显成效. ⏎ (fix: the full-width mark; the blank
    goes with it)."""
    spans = []
    for i in range(1, ctx.signature_line):
        s, e, line = ctx.lines[i]
        if len(line) > 3 and line[-1] in _ASCII_OF and "\u4e00" <= line[-2] <= "\u9fff":
            spans.append((e - 1, e))
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    mark = ctx.text[s:e]
    raw = _ASCII_OF[mark] + ctx.rng.choice([" ", " ", "  ", "\t", " \u00a0"])
    return Inj(s, e, raw, [Gold(0, len(raw), "punct", "fix", mark, where="inline")])


@R.form("punct", "t51_ascii_question_exclaim_in_closer")
def punct_question_in_closer(ctx: Ctx):
    """An ASCII ? or ! ending a quoted question or call, right before the closing quote or bracket,
    or a ? ending a clause before a full-width comma: “怎么办?” / 叫响“我为群众办实事!” /
    （为什么?） (fix: ？ / ！)."""
    rng = ctx.rng
    q = rng.choice(["群众的事怎么办", "钱从哪里来", "问题出在哪里", "怎样才能办好"])
    call = rng.choice(["我为群众办实事", "安全生产人人有责", "绿水青山就是金山银山"])
    return rng.choice([
        lambda: _insert(ctx, f"面对群众“{q}?”的追问，我们逐一作出答复。", [("?", "\uff1f")]),
        lambda: _insert(ctx, f"各地纷纷叫响“{call}!”的口号，形成了浓厚氛围。", [("!", "\uff01")]),
        lambda: _insert(ctx, f"{q}?这是摆在我们面前的现实问题。", [("?", "\uff1f")]),
    ])()


@R.form("punct", "t52_comma_after_latin_word")
def punct_comma_after_latin(ctx: Ctx):
    """An ASCII comma or semicolon right after a Latin abbreviation in a Chinese list, before a
    Chinese word: 推广APP,小程序等渠道 / 建成5G;千兆光网 (fix: ，/；)."""
    rng = ctx.rng
    word = rng.choice(["APP", "5G", "GDP", "PPP", "CT", "AI"])
    mark, raw = rng.choice([("\uff0c", ","), ("\uff0c", ","), ("\uff1b", ";")])
    sentence = rng.choice([
        f"依托{word}{raw}政务网站等渠道，持续扩大服务覆盖面。",
        f"重点围绕{word}{raw}大数据等领域开展专项培训。",
    ])
    return _insert(ctx, sentence, [(word + raw, word + mark)])


@R.form("punct", "t53_wave_dash_range")
def punct_wave_dash_range(ctx: Ctx):
    """A range between two figures written with an ASCII tilde or another wave code point (〜
    wave dash of a Japanese converter, ∼ tilde operator, ˜ small tilde): 3~5个工作日 / 每年6〜8月
    (fix: the full-width tilde ～, GB/T 15834 浪纹线)."""
    rng = ctx.rng
    raw = rng.choice(["~", "~", "\u301c", "\u223c"])
    a = rng.randint(2, 5)
    b = a + rng.randint(2, 4)
    sentence = rng.choice([
        f"审批时限压缩至{a}{raw}{b}个工作日，群众满意度明显提高。",
        f"每年{a}{raw}{b}月为集中整治期，各地要提前做好部署。",
        f"每个片区配备{a}{raw}{b}名网格员。",
    ])
    return _insert(ctx, sentence, [(raw, "\uff5e")])


@R.form("punct", "t54_parens_aside_with_latin")
def punct_parens_aside_latin(ctx: Ctx):
    """ASCII parentheses around a Chinese aside that holds a Latin word or a figure-and-unit
    (the IME switched to type them): 政府和社会资本合作(PPP)项目 is English-like and stays out,
    but (含5G基站) / (以下简称APP) / (不含CT设备) are Chinese asides (fix: （ and ））."""
    rng = ctx.rng
    aside = rng.choice(["含5G基站", "以下简称APP", "不含CT设备", "含PPP项目", "每人每年200元以内"])
    sentence = rng.choice([
        f"新建通信设施({aside})全部按期完成验收。",
        f"相关补助资金({aside})已全部拨付到位。",
    ])
    return _insert(ctx, sentence, [("(", "\uff08"), (")", "\uff09")])


@R.form("quote", "t50_straight_latin_content")
def quote_straight_latin(ctx: Ctx):
    """Straight quotes around a quotation that holds Latin letters, figures or + (a slogan of a
    programme): "互联网+政务服务" / "5G+智慧医疗" / "1+N" / "PM2.5" (fix: “ ”)."""
    rng = ctx.rng
    term = rng.choice(["互联网+政务服务", "5G+智慧医疗", "1+N", "双11", "12345", "N+1"])
    o, c = rng.choice([('"', '"'), ('"', '"'), ("\uff02", "\uff02")])
    sentence = rng.choice([
        f"全面推进{o}{term}{c}建设，办事效率明显提升。",
        f"各地积极探索{o}{term}{c}模式，取得初步成效。",
    ])
    return _insert(ctx, sentence, [(o, LQ), (c, RQ)])


@R.form("quote", "t51_nested_straight")
def quote_nested_straight(ctx: Ctx):
    """A quotation nested inside a quotation typed with straight marks: ASCII double quotes inside
    “…”, or ASCII single quotes inside an ASCII double pair (fix: the inner pair ‘ ’, the outer “ ”)."""
    rng = ctx.rng
    inner = rng.choice(["两个毫不动摇", "放管服", "最多跑一次", "四个最严"])
    if rng.random() < 0.5:
        s = f"会议强调：{LQ}要始终坚持\"{inner}\"，把各项工作做细做实。{RQ}"
        return _insert(ctx, s, [('"', LS), ('"', RS)])
    s = f"会议强调：\"要始终坚持'{inner}'，把各项工作做细做实。\""
    return _insert(ctx, s, [('"', LQ), ("'", LS), ("'", RS), ('"', RQ)])


@R.form("quote", "t52_empty_pair_before")
def quote_empty_pair(ctx: Ctx):
    """An empty pair of quotation marks left before or after a quotation (an editor inserted a
    pair, then pasted the quoted text with its own marks): “”放管服” / “放管服“” (fix: one pair)."""
    spans = [(s, e) for s, e, m in ctx.matches(f"{LQ}[^{LQ}{RQ}\n]{{2,12}}{RQ}")]
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    body = ctx.text[s + 1:e - 1]
    if ctx.rng.random() < 0.5:
        raw = LQ + RQ + LQ + body + RQ
        return Inj(s, e, raw, [Gold(0, 2, "quote", "fix", "", where="inline")])
    raw = LQ + body + LQ + RQ + RQ
    return Inj(s, e, raw, [Gold(len(raw) - 3, len(raw) - 1, "quote", "fix", "", where="inline")])


@R.form("quote", "t53_corner_nested")
def quote_corner_nested(ctx: Ctx):
    """A quotation with a nested one in corner brackets (a Taiwan or Hong Kong source): 「…『…』…」
    (fix: “…‘…’…”: the inner 『』 becomes single quotes, not double)."""
    inner = ctx.rng.choice(["两个毫不动摇", "放管服", "最多跑一次", "四个最严"])
    s = f"会议指出：「要始终坚持『{inner}』，确保各项任务落地见效。」"
    return _insert(ctx, s, [("\u300c", LQ), ("\u300e", LS), ("\u300f", RS), ("\u300d", RQ)])


@R.form("quote", "t54_straight_paragraph_start")
def quote_straight_paragraph_start(ctx: Ctx):
    """Straight quotes around a quotation that opens its paragraph (its direction must be read from
    the position, with no Chinese text before the first mark): "十四五"期间，… (fix: “ ”)."""
    spans = []
    for i in ctx.prose_lines():
        s, e, line = ctx.lines[i]
        if line.startswith(LQ) and RQ in line[2:14]:
            spans.append((s, s + line.index(RQ, 1) + 1))
    site = ctx.pick_span(spans)
    if site is None:
        for i in ctx.shuffled(ctx.prose_lines()):
            s, e, line = ctx.lines[i]
            if ctx.marker_end(i) == s and ctx.free(s, s + 2):
                term = ctx.rng.choice(["放管服", "最多跑一次", "两个毫不动摇", "十四五"])
                raw = f'"{term}"是这一阶段工作的主线。'
                k = len(term) + 2
                return Inj(s, s, raw, [Gold(0, 1, "quote", "fix", LQ, where="inline"),
                                       Gold(k - 1, k, "quote", "fix", RQ, where="inline"),
                                       Gold(k + 1, k + 3, "protected", "keep", raw[k + 1:k + 3], where="inline")])
        return None
    s, e = site
    raw = '"' + ctx.text[s + 1:e - 1] + '"'
    return Inj(s, e, raw, [Gold(0, 1, "quote", "fix", LQ, where="inline"),
                           Gold(len(raw) - 1, len(raw), "quote", "fix", RQ, where="inline")])


@R.form("protected", "t30_r14_legal_quotation_paragraphs")
def prot_legal_quotation(ctx: Ctx):
    """A legal amendment quoting several paragraphs: each quoted paragraph opens with “ and only the
    last one closes (GB/T 15834 4.1.3.4); the open quotes of the earlier paragraphs are right."""
    rng = ctx.rng
    n = rng.randint(2, 3)
    body = ctx.body_range()
    points = [ctx.lines[i][0] for i in range(body.start + 1, body.stop)]
    p = ctx.pick_point(points)
    if p is None:
        return None
    paras = ["一、建立健全工作责任制，明确各级各部门的职责。", "二、加强日常监督检查，及时发现和纠正问题。",
             "三、对违反规定的，依法依规追究相关责任。"][:n]
    lines = [f"第{rng.choice(['八', '十二', '十五'])}条修改为："]
    lines += [LQ + t for t in paras]
    lines[-1] = lines[-1] + RQ
    raw = "\n".join(lines) + "\n"
    golds, pos = [], 0
    for _ in range(n):
        k = raw.index(LQ, pos)
        golds.append(Gold(k, k + 1, "protected", "keep", LQ, where="line"))
        pos = k + 1
    return Inj(p, p, raw, golds)


@R.form("protected", "t31_r14_values_and_english")
def prot_r14_values_english(ctx: Ctx):
    """Western marks that belong to values and English inside Chinese sentences: a full-width
    decimal (７．４万亿元), an e-mail, a version number, a clock time 14:30, thousands 1,000, an
    English apostrophe (Don't) and an English quotation's ellipsis."""
    rng = ctx.rng
    fw = _fw(round(rng.uniform(1.1, 9.9), 1))
    mail = rng.choice(["zhengwu@jl.gov.cn", "service_2021@example.com"])
    ver = rng.choice(["v2.1.3", "3.0.1版"])
    t = f"{rng.randint(13, 16)}:30"
    return rng.choice([
        lambda: _protect(ctx, f"全年实现增加值{fw}万亿元，意见建议请发送至{mail}。", [fw, mail]),
        lambda: _protect(ctx, f"系统已升级至{ver}，每日{t}后共处理1,000余件申请。", [ver, t, "1,000"]),
        lambda: _protect(ctx, "宣传片的英文标语为“Don't wait, act now...”，受到普遍好评。",
                         ["Don't wait, act now...", ]),
    ])()
