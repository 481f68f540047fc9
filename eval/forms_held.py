"""Forms HELD BACK: injected into the held documents and reported only in aggregate.

Never look at the tool's results on these forms case by case, and never tune the tool on
them: the HELD score is the honest one only while nobody has. Each family's four shapes here
differ from the four in :mod:`forms_tune` (other spellings, other widgets, other positions,
other kinds of damage), not just other words.
"""

from __future__ import annotations

import re

from common import HAN, is_han, marker_text
from forms_common import (
    FAKE_MOBILES,
    SITE_NAMES_CN,
    Ctx,
    Gold,
    Inj,
    Registry,
    domain,
    fields_ok,
    fmt_date,
    han_runs,
    is_digit,
    meta_values,
    rid,
    wechat_id,
)

R = Registry("held")
FORMS = R.forms

# ======================================================================================
# ads (remove)


@R.form("ads", "h1_id_splice")
def ads_id_splice(ctx: Ctx):
    """A bare contact id in odd spellings spliced mid-sentence: 【薇：fw2021】 / [V信 xz888] / 〖QQ群：123456789〗."""
    rng = ctx.rng
    label = rng.choice(["威信", "V信", "vx", "VX", "薇", "薇信", "QQ群", "扣扣", "wx"])
    ident = rid(rng, 9) if label in ("QQ群", "扣扣") else wechat_id(rng)
    inner = label + rng.choice(["：", ":", " ", "", "："]) + ident
    a, b = rng.choice([("【", "】"), ("〖", "〗"), ("[", "]"), ("（", "）"), ("(", ")"), ("〔", "〕")])
    raw = a + inner + b
    p = ctx.pick_point(ctx.han_gaps())
    if p is None:
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="splice")])


@R.form("ads", "h2_hotline")
def ads_hotline(ctx: Ctx):
    """A paid-writing hotline: 400 numbers or a mobile (同微信), as a line or spliced in brackets."""
    rng = ctx.rng
    num = rng.choice([f"400-{rid(rng, 3)}-{rid(rng, 4)}", f"400{rid(rng, 7)}", f"400 {rid(rng, 3)} {rid(rng, 4)}",
                      rng.choice(FAKE_MOBILES), "138 0013 8000"])
    text = rng.choice([f"写作咨询热线：{num}", f"服务热线{num}（同微信）", f"材料定制请致电{num}", f"24小时热线：{num}",
                       f"手机：{num}（微信同号）"])
    if rng.random() < 0.4:
        a, b = rng.choice([("（", "）"), ("【", "】"), ("[", "]")])
        raw = a + text + b
        p = ctx.pick_point(ctx.han_gaps())
        if p is not None:
            return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="splice")])
    where = rng.choice(["tail", "between", "top"])
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    return ctx.line_inj(p, text, dict(cls="ads", action="remove", expected=""), where)


@R.form("ads", "h3_template_domain")
def ads_domain(ctx: Ctx):
    """A template site's bare address: www.xxmoban.com on its own line, or spliced in brackets."""
    rng = ctx.rng
    addr = rng.choice(["", "http://", "https://"]) + domain(rng) + rng.choice(["", "", "/", f"/fanwen/{rid(rng, 5)}.html"])
    if rng.random() < 0.5:
        a, b = rng.choice([("（", "）"), ("[", "]"), ("【", "】"), ("(", ")")])
        raw = a + addr + b
        p = ctx.pick_point(ctx.han_gaps())
        if p is not None:
            return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="splice")])
    where = rng.choice(["tail", "top", "between"])
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    return ctx.line_inj(p, addr, dict(cls="ads", action="remove", expected=""), where)


@R.form("ads", "h4_glued_promo")
def ads_glued_promo(ctx: Ctx):
    """A 范文/模板/素材 promotion glued to the end of a paragraph, no brackets."""
    rng = ctx.rng
    site = rng.choice(SITE_NAMES_CN) + rng.choice(["范文网", "模板网", "素材网", "文库"])
    text = rng.choice([f"更多精品范文请关注{site}", f"以上内容由{site}提供，下载更多模板请访问{domain(rng)}",
                       f"本文档素材来源于{site}，下载后可编辑", f"海量工作总结范文模板，尽在{site}",
                       f"点击下载全文模板（{site}）"])
    ends = [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] == "。"]
    p = ctx.pick_point(ends)
    if p is None:
        return None
    raw = rng.choice(["", " ", "　"]) + text + rng.choice(["", "。", "！"])
    return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="glued")])


# ======================================================================================
# chrome (remove)


def _chrome_line(ctx: Ctx, text: str, wheres, glue_share: float = 0.0):
    rng = ctx.rng
    if glue_share and rng.random() < glue_share:
        ends = [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] == "。"]
        p = ctx.pick_point(ends)
        if p is not None:
            raw = rng.choice(["", " ", "\u3000"]) + text
            return Inj(p, p, raw, [Gold(0, len(raw), "chrome", "remove", "", where="glued")])
    where = rng.choice(wheres)
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    return ctx.line_inj(p, text, dict(cls="chrome", action="remove", expected=""), where)


@R.form("chrome", "h1_footer")
def chrome_footer(ctx: Ctx):
    """Site footers: 版权所有 / ICP备 / 公网安备 / 网站标识码 / 主办单位."""
    rng = ctx.rng
    org = rng.choice(["江岭市人民政府办公室", "青湾市卫生健康委员会", "北屏市人民政府", "云溪县人民政府办公室"])
    prov = rng.choice(["浙", "川", "湘", "闽", "皖", "黔"])
    text = rng.choice([f"版权所有：{org}  {prov}ICP备{rid(rng, 8)}号-{rng.randint(1, 3)}",
                       f"{prov}公网安备 {rid(rng, 14)}号",
                       f"主办单位：{org} 承办单位：{rng.choice(['市大数据中心', '县信息中心'])} 网站标识码：{rid(rng, 10)}",
                       f"Copyright © {rng.randint(2015, 2024)} {org} All Rights Reserved",
                       f"{prov}ICP备{rid(rng, 8)}号　网站标识码{rid(rng, 10)}　{prov}公网安备{rid(rng, 14)}号"])
    return _chrome_line(ctx, text, ["tail", "tail", "tail", "top"])


@R.form("chrome", "h2_counter")
def chrome_counter(ctx: Ctx):
    """Hit counters: 浏览次数：1234 / 访问量：[5678] / 阅读：321次 / 点击数：42."""
    rng = ctx.rng
    n = str(rng.randint(12, 98765))
    text = rng.choice([f"浏览次数：{n}", f"访问量：[{n}]", f"阅读：{n}次", f"点击数：{n}", f"【浏览 {n} 次】", f"阅读量 {n}"])
    return _chrome_line(ctx, text, ["head", "tail", "head"], glue_share=0.25)


@R.form("chrome", "h3_prev_next")
def chrome_prev_next(ctx: Ctx):
    """上一篇 / 下一篇 links with the neighbouring pages' titles."""
    rng = ctx.rng
    titles = ["关于开展2021年度安全生产月活动的通知", "市卫健委召开全系统党风廉政建设工作会议", "关于公布2022年度行政许可事项清单的公告",
              "我局开展“学雷锋”志愿服务活动", "关于调整部分办事指南的说明", "2020年政府信息公开工作年度报告"]
    a, b = rng.sample(titles, 2)
    c = rng.choice(["：", ":", "　", " "])
    text = rng.choice([f"上一篇{c}{a}", f"下一篇{c}{b}", f"上一篇{c}{a}  下一篇{c}{b}", f"上一条{c}{a}", "上一篇：无"])
    return _chrome_line(ctx, text, ["tail"])


@R.form("chrome", "h4_misc_widgets")
def chrome_misc(ctx: Ctx):
    """【我要纠错】 / 返回顶部 / 【收藏本页】 / 【加入收藏】, alone or in a row."""
    rng = ctx.rng
    items = rng.sample(["【我要纠错】", "返回顶部", "【收藏本页】", "【加入收藏】", "【返回顶部】", "[纠错]", "【打印正文】"],
                       rng.randint(1, 3))
    return _chrome_line(ctx, rng.choice([" ", "  ", ""]).join(items), ["tail", "head", "between"], glue_share=0.3)


# ======================================================================================
# metadata (remove; values become fields)


def _place(ctx: Ctx, lines: list[str], fields: dict, wheres):
    if not fields_ok(ctx, fields):
        return None
    where = ctx.rng.choice(wheres)
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    block = "\n".join(lines)
    raw = "\n" + block if p == len(ctx.text) else block + "\n"
    return Inj(p, p, raw, [Gold(0, len(raw), "metadata", "remove", "", where=where)], fields=fields)


@R.form("metadata", "h1_pipes_square")
def meta_pipes(ctx: Ctx):
    """[来源] XX | [发布日期] 2021/03/30 | [作者] 办公室: square brackets and pipes."""
    rng = ctx.rng
    v = meta_values(ctx)
    parts = [f"[来源] {v['publisher']}", f"[发布日期] {fmt_date(rng, v['publish_date'], ('slash', 'iso', 'dot'))}"]
    fields = {"publisher": v["publisher"], "publish_date": v["publish_date"]}
    if rng.random() < 0.4:
        parts.append(f"[成文日期] {fmt_date(rng, v['written_date'], ('slash', 'iso', 'dot'))}")
        fields["written_date"] = v["written_date"]
    rng.shuffle(parts)
    if rng.random() < 0.4:
        parts.append(rng.choice(["[作者] 办公室", "[字号] 大 中 小", "[浏览] " + rid(rng, 3)]))
    line = rng.choice([" | ", "|", " ｜ ", "  |  "]).join(parts)
    return _place(ctx, [line], fields, ["head", "top"])


@R.form("metadata", "h2_label_value_lines")
def meta_label_value(ctx: Ctx):
    """Label and value on separate lines: 信息来源： / XX局 / 发布时间： / 2021-03-30."""
    rng = ctx.rng
    v = meta_values(ctx)
    pairs = [(rng.choice(["信息来源", "发布机构"]), v["publisher"], "publisher"),
             (rng.choice(["发布时间", "生成日期"]), fmt_date(rng, v["publish_date"], ("iso", "cn")), "publish_date"),
             (rng.choice(["索引号", "索 引 号", "信息索引号"]), v["index_number"], "index_number")]
    pairs = rng.sample(pairs, rng.randint(1, 3))
    lines = []
    for label, value, _ in pairs:
        lines += [label + rng.choice(["：", ":", ""]), value]
    return _place(ctx, lines, {k: v[k] for _, _, k in pairs}, ["head", "head", "top"])


@R.form("metadata", "h3_halfwidth_multi")
def meta_halfwidth_multi(ctx: Ctx):
    """Several half-width `label:value` pairs and an empty counter: 信息来源:XX  发布日期:…  浏览次数:."""
    rng = ctx.rng
    v = meta_values(ctx)
    date = fmt_date(rng, v["publish_date"], ("cn0", "cn", "iso"))
    parts = [f"信息来源:{v['publisher']}", f"发布日期:{date}", rng.choice(["浏览次数:", "点击数:", f"访问次数:{rid(rng, 3)}"])]
    fields = {"publisher": v["publisher"], "publish_date": v["publish_date"]}
    extra = rng.random()
    if extra < 0.3:
        parts.insert(2, f"文号:{v['doc_number']}")
        fields["doc_number"] = v["doc_number"]
    elif extra < 0.6:
        parts.insert(0, f"索引号:{v['index_number']}")
        fields["index_number"] = v["index_number"]
    line = rng.choice(["  ", " ", "\t", "   "]).join(parts)
    return _place(ctx, [line], fields, ["head", "head", "tail"])


@R.form("metadata", "h4_parenthesised")
def meta_parenthesised(ctx: Ctx):
    """A whole metadata line in brackets, labels padded: （信息来源：XX　发布时间：2021.03.30）/ 〔文　　号：…〕."""
    rng = ctx.rng
    v = meta_values(ctx)
    choice = rng.randrange(3)
    if choice == 0:
        line = f"（信息来源：{v['publisher']}　发布时间：{fmt_date(rng, v['publish_date'], ('dot', 'cn'))}）"
        fields = {"publisher": v["publisher"], "publish_date": v["publish_date"]}
    elif choice == 1:
        line = f"〔文　　号：{v['doc_number']}〕"
        fields = {"doc_number": v["doc_number"]}
    else:
        line = f"（成文日期：{fmt_date(rng, v['written_date'], ('cn', 'dot'))}　发布机构：{v['publisher']}）"
        fields = {"written_date": v["written_date"], "publisher": v["publisher"]}
    return _place(ctx, [line], fields, ["head", "top", "tail"])


# ======================================================================================
# numbering (fix)


def _siblings(ctx: Ctx, kinds):
    out, last = [], {}
    for m in ctx.markers:
        prev = last.get(m.kind)
        if m.kind in kinds and m.value >= 2 and prev is not None and prev.value == m.value - 1:
            out.append((m, prev))
        last[m.kind] = m
    return out


def _numbering(ctx: Ctx, kinds, damage):
    for m, prev in ctx.shuffled(_siblings(ctx, kinds)):
        if m.line == 0 or not ctx.free(m.start, m.end):
            continue
        raw = damage(m)
        if raw is None or raw == m.text:
            continue
        inj = Inj(m.start, m.end, raw, [Gold(0, len(raw), "numbering", "fix", m.text, where="line")])
        inj.reserve = [(prev.start, prev.end)] + [(n.start, n.end) for n in ctx.markers
                                                   if n.kind == m.kind and n.value == m.value + 1]
        return inj
    return None


@R.form("numbering", "h1_empty_brackets")
def num_empty(ctx: Ctx):
    """An empty bracket pair where a marker stood: （）加强… where （七） is due."""
    return _numbering(ctx, ("cn_paren", "ar_paren"), lambda m: "（）")


@R.form("numbering", "h2_wrong_delimiter")
def num_delimiter(ctx: Ctx):
    """A marker with the wrong delimiter: 三.加强… / 三，加强… where 三、 is due; 3、 / 3 where 3. is due."""
    rng = ctx.rng

    def damage(m):
        num = m.text[:-1]
        if m.kind == "cn_dun":
            return num + rng.choice([".", "，", "．", ",", " "])
        return num + rng.choice(["、", "，", "", "．"])
    return _numbering(ctx, ("cn_dun", "ar_dot"), damage)


@R.form("numbering", "h3_articles_chapters")
def num_articles(ctx: Ctx):
    """第X条 / 第X章: repeated or skipped numbers, or 第 / 条 lost."""
    rng = ctx.rng
    return _numbering(ctx, ("article", "chapter"), lambda m: rng.choice(
        [marker_text(m.kind, m.value - 1), marker_text(m.kind, m.value + 1), m.text[1:], m.text[:-1]]))


@R.form("numbering", "h4_wrong_script")
def num_script(ctx: Ctx):
    """A numeral in the other script: （五）→（5）, 五、→5、, （3）→（三）, 3.→三."""
    def damage(m):
        if m.kind == "cn_dun":
            return f"{m.value}、"
        if m.kind == "cn_paren":
            return f"（{m.value}）"
        if m.kind == "ar_paren":
            return marker_text("cn_paren", m.value)
        return None
    return _numbering(ctx, ("cn_dun", "cn_paren", "ar_paren"), damage)


# ======================================================================================
# dates (fix)

_FULL_DATE = re.compile(r"(?<![0-9])([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日")
_YEAR_MONTH = re.compile(r"(?<![0-9])([0-9]{4})年([0-9]{1,2})月(?![0-9])")
_MONTH_DAY = re.compile(r"(?<![0-9年])([0-9]{1,2})月([0-9]{1,2})日")


def _lines_for_dates(ctx: Ctx):
    return [i for i in range(1, len(ctx.lines)) if not re.search(r"〔[0-9]{4}〕", ctx.lines[i][2])]


@R.form("dates", "h1_year_month_glued")
def date_year_month(ctx: Ctx):
    """年 lost in a year-month: 2023年3月开工 → 20233月开工."""
    site = ctx.pick_span(ctx.matches(_YEAR_MONTH, _lines_for_dates(ctx)))
    if site is None:
        return None
    s, e, m = site
    raw = f"{m.group(1)}{int(m.group(2))}月"
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", ctx.text[s:e], where="inline")])


@R.form("dates", "h2_nian_lost_full")
def date_nian_lost(ctx: Ctx):
    """年 lost in a full date: 2021年4月26日 → 20214月26日."""
    site = ctx.pick_span(ctx.matches(_FULL_DATE, _lines_for_dates(ctx)))
    if site is None:
        return None
    s, e, m = site
    raw = f"{m.group(1)}{int(m.group(2))}月{int(m.group(3))}日"
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", ctx.text[s:e], where="inline")])


@R.form("dates", "h3_range_first_ri_lost")
def date_range(ctx: Ctx):
    """The first date of a range lost its 日: 3月1日至3月20日 → 3月1至3月20日."""
    cands = []
    for pat in (_FULL_DATE, _MONTH_DAY):
        for s, e, m in ctx.matches(pat, _lines_for_dates(ctx)):
            if ctx.text[e:e + 1] in ("至", "到", "—", "－"):
                cands.append((s, e, m))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    raw = ctx.text[s:e - 1]
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", ctx.text[s:e], where="inline")])


@R.form("dates", "h4_yyyymm_prose")
def date_yyyymm(ctx: Ctx):
    """Six digits for a year-month with date context: 2023年12月底前 → 202312底前."""
    cands = []
    for s, e, m in ctx.matches(_YEAR_MONTH, _lines_for_dates(ctx)):
        after = ctx.text[e:e + 2]
        before = ctx.text[max(0, s - 2):s]
        if re.match("(底|前|起|中旬|上旬|下旬|以来|至|开工|投入)", after) or re.search("(于|自|至|到|从|截至)$", before):
            cands.append((s, e, m))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    raw = f"{m.group(1)}{int(m.group(2)):02d}"
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", ctx.text[s:e], where="inline")])


# ======================================================================================
# punct (fix)


def _swap(ctx: Ctx, spans, raw_of, lines=None):
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site[:2]
    mark = ctx.text[s:e]
    raw = raw_of(mark)
    return Inj(s, e, raw, [Gold(0, len(raw), "punct", "fix", mark, where="inline")])


@R.form("punct", "h1_bang_question")
def punct_bang(ctx: Ctx):
    """Half-width ! or ? after Chinese text (exclamations, questions)."""
    spans = [(s, e) for s, e, _ in ctx.matches(f"(?<=[{HAN}])[！？]", range(1, len(ctx.lines)))]
    return _swap(ctx, spans, lambda mk: {"！": "!", "？": "?"}[mk])


@R.form("punct", "h2_comma_after_figure")
def punct_comma_figure(ctx: Ctx):
    """A half-width comma after a figure, before Chinese text: 增长9.6%,新增…."""
    spans = [(s, e) for s, e, _ in ctx.matches(f"(?<=[0-9%])，(?=[{HAN}])")]
    return _swap(ctx, spans, lambda mk: ",")


@R.form("punct", "h3_mark_plus_space")
def punct_mark_space(ctx: Ctx):
    """A half-width comma or semicolon followed by a space, between Chinese text: `, ` / `; `."""
    spans = [(s, e) for s, e, _ in ctx.matches(f"(?<=[{HAN}])[，；](?=[{HAN}])")]
    return _swap(ctx, spans, lambda mk: {"，": ",", "；": ";"}[mk] + ctx.rng.choice([" ", " ", "  "]))


@R.form("punct", "h4_colon_before_figure")
def punct_colon_figure(ctx: Ctx):
    """A half-width colon between Chinese text and a figure or a quoted name: 其中:2400万元 / 如下:“…”."""
    spans = [(s, e) for s, e, _ in ctx.matches(f"(?<=[{HAN}])：(?=[0-9“《（])", range(1, len(ctx.lines)))]
    return _swap(ctx, spans, lambda mk: ":")


# ======================================================================================
# space (fix)


def _space(ctx: Ctx, points, raw):
    p = ctx.pick_point(points)
    if p is None:
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "space", "fix", "", where="inline")])


@R.form("space", "h1_ideographic_midsentence")
def space_ideographic(ctx: Ctx):
    """An ideographic space U+3000 inside a sentence (not after a 第X条 heading)."""
    return _space(ctx, ctx.han_gaps(), ctx.rng.choice(["\u3000", "\u3000\u3000"]))


@R.form("space", "h2_tab")
def space_tab(ctx: Ctx):
    """A tab between Chinese characters."""
    return _space(ctx, ctx.han_gaps(), ctx.rng.choice(["\t", "\t", "\t\t"]))


@R.form("space", "h3_around_punctuation")
def space_punct(ctx: Ctx):
    """A space next to full-width punctuation: 工作 ，加强 / 完成。 下一步 / 如下： 一是."""
    rng = ctx.rng
    marks = "，。；：、"
    before = ctx.han_gaps(after=is_han, before=lambda c: c in marks)
    after = ctx.han_gaps(after=lambda c: c in marks, before=is_han)
    return _space(ctx, before + after, rng.choice([" ", "\u00a0", "  ", " "]))


@R.form("space", "h4_mixed_run")
def space_mixed(ctx: Ctx):
    """A run of mixed spaces (ASCII + NBSP + U+3000 + tab) between Chinese text or text and a figure."""
    rng = ctx.rng
    pts = ctx.han_gaps() + ctx.han_gaps(after=is_han, before=is_digit)
    run = rng.choice([" \u00a0", "\u00a0 ", " \u3000", "\u3000 ", " \t", "\u00a0\u3000"])
    return _space(ctx, pts, run)


# ======================================================================================
# entity (fix)

_PUNCT_CHARS = "，。、：；“”（）"


@R.form("entity", "h1_hex_ref")
def ent_hex(ctx: Ctx):
    """A hexadecimal reference for a Chinese mark: &#xff0c; &#x3001; &#X3002; &#x201C;."""
    rng = ctx.rng
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(f"(?<=[{HAN}])[{_PUNCT_CHARS}]")])
    if site is None:
        return None
    s, e = site
    ch = ctx.text[s]
    h = f"{ord(ch):x}"
    raw = "&#" + rng.choice(["x", "x", "X"]) + rng.choice([h, h.upper()]) + ";"
    return Inj(s, e, raw, [Gold(0, len(raw), "entity", "fix", ch, where="inline")])


@R.form("entity", "h2_no_semicolon")
def ent_no_semicolon(ctx: Ctx):
    """Named references without their semicolon: 加强&nbsp建设 / &ldquo四个意识&rdquo."""
    rng = ctx.rng
    if rng.random() < 0.5:
        site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"“[^“”\n]{1,16}”")])
        if site is not None:
            s, e = site
            inner = ctx.text[s + 1:e - 1]
            if is_han(inner[0]) and (e >= len(ctx.text) or not ctx.text[e].isascii()):
                raw = "&ldquo" + inner + "&rdquo"
                return Inj(s, e, raw, [Gold(0, 6, "entity", "fix", "“", where="inline"),
                                       Gold(len(raw) - 6, len(raw), "entity", "fix", "”", where="inline")])
    p = ctx.pick_point(ctx.han_gaps())
    if p is None:
        return None
    return Inj(p, p, "&nbsp", [Gold(0, 5, "entity", "fix", "", where="inline")])


@R.form("entity", "h3_numeric_space")
def ent_numeric_space(ctx: Ctx):
    """Numeric references for spaces between Chinese text: &#160; &#xa0; &#12288;."""
    raw = ctx.rng.choice(["&#160;", "&#xa0;", "&#12288;", "&#160;&#160;"])
    p = ctx.pick_point(ctx.han_gaps())
    if p is None:
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "entity", "fix", "", where="inline")])


@R.form("entity", "h4_other_spaces_double")
def ent_other(ctx: Ctx):
    """Other named spaces and double escapes between Chinese text: &emsp; &ensp; &thinsp; &amp;nbsp;."""
    raw = ctx.rng.choice(["&emsp;", "&ensp;", "&thinsp;", "&amp;nbsp;", "&emsp;&emsp;"])
    p = ctx.pick_point(ctx.han_gaps())
    if p is None:
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "entity", "fix", "", where="inline")])


# ======================================================================================
# dup (remove)


def _dup(ctx: Ctx, orig, at, raw, where):
    if not ctx.free(orig[0], orig[1], 0) or not ctx.free(at, at):
        return None
    inj = Inj(at, at, raw, [Gold(0, len(raw), "dup", "remove", "", alt=orig, where=where)])
    inj.reserve = [orig]
    return inj


@R.form("dup", "h1_two_sentences")
def dup_two(ctx: Ctx):
    """Two consecutive sentences repeated as a block inside a paragraph."""
    sents = ctx.sentences(min_len=6)
    pairs = [(a, b) for a, b in zip(sents, sents[1:]) if a[1] == b[0] and ctx.line_of(a[0]) == ctx.line_of(b[1])]
    for a, b in ctx.shuffled(pairs):
        inj = _dup(ctx, (a[0], b[1]), b[1], ctx.text[a[0]:b[1]], "inline")
        if inj:
            return inj
    return None


@R.form("dup", "h2_paragraph_far")
def dup_far(ctx: Ctx):
    """A paragraph repeated two to four paragraphs later."""
    prose = ctx.prose_lines(20)
    for i in ctx.shuffled(prose):
        k = ctx.rng.randint(2, 4)
        if i + k >= ctx.signature_line:
            continue
        s, e, line = ctx.lines[i]
        inj = _dup(ctx, (s, e), ctx.lines[i + k][1], "\n" + line, "line")
        if inj:
            return inj
    return None


@R.form("dup", "h3_across_break")
def dup_across(ctx: Ctx):
    """A sentence repeated across a line break: the last sentence of a paragraph opens the next one."""
    prose = set(ctx.prose_lines(16))
    for i in ctx.shuffled(sorted(prose)):
        if i + 1 not in prose or ctx.marker_end(i + 1) != ctx.lines[i + 1][0]:
            continue
        s, e, line = ctx.lines[i]
        m = re.search(r"[^。；！？]{6,}。$", line)
        if not m:
            continue
        orig = (s + m.start(), e)
        inj = _dup(ctx, orig, ctx.lines[i + 1][0], m.group(0), "inline")
        if inj:
            return inj
    return None


@R.form("dup", "h4_heading_twice")
def dup_heading(ctx: Ctx):
    """A short heading line repeated on the next line: 三、强化保障措施 / 三、强化保障措施."""
    heads = [m.line for m in ctx.markers if m.line > 0 and len(ctx.lines[m.line][2]) <= 26
             and "。" not in ctx.lines[m.line][2]]
    for i in ctx.shuffled(heads):
        s, e, line = ctx.lines[i]
        inj = _dup(ctx, (s, e), e, "\n" + line, "line")
        if inj:
            return inj
    return None


# ======================================================================================
# figure (flag)


@R.form("figure", "h1_letter_for_digit")
def fig_letter(ctx: Ctx):
    """A letter for a digit: 2O21年 / 1O35万元 / 3l个."""
    rng = ctx.rng
    cands = [(s, e) for s, e, _ in ctx.matches(r"(?<![0-9.A-Za-z])[0-9]*[01][0-9]*(?![0-9.])") if e - s >= 2]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    num = ctx.text[s:e]
    idx = [k for k, c in enumerate(num) if c in "01"]
    k = rng.choice(idx)
    sub = rng.choice(["O", "o"]) if num[k] == "0" else rng.choice(["l", "I"])
    raw = num[:k] + sub + num[k + 1:]
    return Inj(s, e, raw, [Gold(0, len(raw), "figure", "flag", raw, repair=num, where="inline")])


@R.form("figure", "h2_bad_grouping")
def fig_grouping(ctx: Ctx):
    """A separator in the wrong place: 1,2345万元 / 48,62户 (neither a thousands figure nor a list)."""
    rng = ctx.rng
    cands = [(s, e) for s, e, m in ctx.matches(f"(?<![0-9.,])[0-9]{{4,6}}(?![0-9.,年])(?=[{HAN}%])")]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    num = ctx.text[s:e]
    ks = [k for k in range(1, len(num)) if (len(num) - k) % 3 != 0]
    k = rng.choice(ks)
    raw = num[:k] + "," + num[k:]
    return Inj(s, e, raw, [Gold(0, len(raw), "figure", "flag", raw, repair=num, where="inline")])


@R.form("figure", "h3_double_point")
def fig_double_point(ctx: Ctx):
    """A decimal with a doubled or second point: 96..5% / 3.2.6亿元."""
    rng = ctx.rng
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"(?<![0-9.])[0-9]+\.[0-9]+(?![0-9.])")])
    if site is None:
        return None
    s, e = site
    num = ctx.text[s:e]
    a, b = num.split(".")
    raw = rng.choice([a + ".." + b, (a + "." + b[:1] + "." + b[1:]) if len(b) > 1 else a + ".." + b,
                      (a[:1] + "." + a[1:] + "." + b) if len(a) > 1 else a + ".." + b])
    return Inj(s, e, raw, [Gold(0, len(raw), "figure", "flag", raw, repair=num, where="inline")])


@R.form("figure", "h4_decline_over_100")
def fig_decline(ctx: Ctx):
    """A decline of more than 100%: 用水量下降126%."""
    rng = ctx.rng
    cands = []
    for s, e, m in ctx.matches(r"(下降|减少|降低|压减|回落)([0-9]+(?:\.[0-9]+)?)%"):
        if float(m.group(2)) < 100:
            cands.append((s + m.start(2) - m.start(), e))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    raw = rng.choice([str(rng.randint(101, 190)), f"{rng.randint(101, 160)}.{rng.randint(1, 9)}"]) + "%"
    return Inj(s, e, raw, [Gold(0, len(raw), "figure", "flag", raw, repair=ctx.text[s:e], where="inline")])


# ======================================================================================
# quote (fix or flag)

_TRIGGERS = ("根据", "依据", "按照", "贯彻", "落实", "印发", "执行", "对照", "参照", "遵照", "依照")


@R.form("quote", "h1_mixed_curly_straight")
def quote_mixed(ctx: Ctx):
    """One curly and one straight quote: “健康城市" / "健康城市” → “健康城市”."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"“[^“”\n]{1,20}”")])
    if site is None:
        return None
    s, e = site
    inner = ctx.text[s + 1:e - 1]
    raw = ctx.rng.choice(["“" + inner + '"', '"' + inner + "”"])
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


@R.form("quote", "h2_reversed_pair")
def quote_reversed(ctx: Ctx):
    """A quote pair turned the wrong way: ”四个意识“ → “四个意识”."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"“[^“”\n]{1,20}”")])
    if site is None:
        return None
    s, e = site
    raw = "”" + ctx.text[s + 1:e - 1] + "“"
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


@R.form("quote", "h3_lone_close_ambiguous")
def quote_lone_ambiguous(ctx: Ctx):
    """A lone 》 whose start cannot be told: 推进云溪县中小学校布局规划》实施 (flag)."""
    cands = []
    for s, e, m in ctx.matches(r"《[^《》\n]{4,30}》"):
        before = ctx.text[max(0, s - 2):s]
        if s > 0 and is_han(ctx.text[s - 1]) and before not in _TRIGGERS:
            cands.append((s, e))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    raw = ctx.text[s + 1:e]
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "flag", raw, repair=ctx.text[s:e], where="inline")])


@R.form("quote", "h4_lone_closing_quote")
def quote_lone_closing(ctx: Ctx):
    """A closing ” whose opening “ was lost: 落实一岗双责” (flag)."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"“[^“”\n]{2,20}”")])
    if site is None:
        return None
    s, e = site
    raw = ctx.text[s + 1:e]
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "flag", raw, repair=ctx.text[s:e], where="inline")])


# ======================================================================================
# garbled (flag)


def _garble(ctx: Ctx, n_choices, make, tries: int = 25):
    for _ in range(tries):
        n = ctx.rng.choice(n_choices)
        site = ctx.pick_span(han_runs(ctx, n))
        if site is None:
            continue
        s, e = site
        raw = make(ctx.text[s:e])
        if not raw:
            continue
        return Inj(s, e, raw, [Gold(0, len(raw), "garbled", "flag", raw, repair=ctx.text[s:e], where="inline")])
    return None


def _decode(b: bytes, enc: str):
    try:
        return b.decode(enc)
    except UnicodeDecodeError:
        return None


@R.form("garbled", "h1_utf8_as_gbk")
def garbled_utf8_gbk(ctx: Ctx):
    """UTF-8 bytes read as GBK: 加强 → 鍔犲己 (real but wrong characters)."""
    return _garble(ctx, (2, 4), lambda h: _decode(h.encode("utf-8"), "gbk"))


@R.form("garbled", "h2_kun_jin_kao")
def garbled_kunjinkao(ctx: Ctx):
    """The classic 锟斤拷 run left by a replacement character that went through GBK."""
    return _garble(ctx, (1, 2, 3), lambda h: "锟斤拷" * ctx.rng.randint(1, 2) + ctx.rng.choice(["", "锟"]))


@R.form("garbled", "h3_gbk_as_shift_jis")
def garbled_sjis(ctx: Ctx):
    """GBK bytes read as Shift-JIS: half-width kana and stray kanji."""
    def make(h):
        out = _decode(h.encode("gbk"), "shift_jis")
        return out if out and out != h else None
    return _garble(ctx, (2, 3, 4), make)


@R.form("garbled", "h4_placeholder_run")
def garbled_placeholder(ctx: Ctx):
    """Placeholders for lost characters: □□ / ■■ / ？？ (full-width question marks)."""
    return _garble(ctx, (1, 2, 3), lambda h: ctx.rng.choice(["□", "■", "？"]) * max(2, len(h)))


# ======================================================================================
# protected spans (keep)


def _protect(ctx: Ctx, sentence: str, tokens: list[str], as_line: bool = False):
    if as_line:
        p = ctx.pick_point(ctx.boundaries("tail"))
        if p is None:
            return None
        raw = "\n" + sentence if p == len(ctx.text) else sentence + "\n"
        off = 1 if p == len(ctx.text) else 0
    else:
        ends = [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] == "。"]
        p = ctx.pick_point(ends)
        if p is None:
            return None
        raw, off = sentence, 0
    golds, pos = [], 0
    for tok in tokens:
        k = sentence.index(tok, pos)
        golds.append(Gold(off + k, off + k + len(tok), "protected", "keep", tok, where="inline"))
        pos = k + len(tok)
    return Inj(p, p, raw, golds)


@R.form("protected", "h1_office_phone")
def prot_phone(ctx: Ctx):
    """The notice's own contact numbers: 联系电话：0571-12345678，传真：0571-87654321."""
    rng = ctx.rng
    area = rng.choice(["0571", "0851", "0731", "028", "0591", "0551"])
    a = f"{area}-{rng.choice(['12345678', '87654321', '88880000', '66661234'])}"
    b = f"{area}-{rng.choice(['12345679', '87654320', '88880001'])}"
    return rng.choice([
        lambda: _protect(ctx, f"联系电话：{a}。", [a], as_line=True),
        lambda: _protect(ctx, f"联系单位：办公室，联系电话：{a}，传真：{b}。", [a, b], as_line=True),
        lambda: _protect(ctx, f"如有疑问，请致电{a}咨询。", [a]),
    ])()


@R.form("protected", "h2_article_reference")
def prot_article(ctx: Ctx):
    """A reference to an article of a regulation: 依据《…条例》第十二条规定."""
    rng = ctx.rng
    art = f"第{rng.choice(['十二', '三十五', '二十一', '八', '六十四'])}条"
    law = rng.choice(["《安全生产法》", "《政府信息公开条例》", "《行政处罚法》", "《食品安全法》"])
    return rng.choice([
        lambda: _protect(ctx, f"依据{law}{art}规定，依法予以处理。", [art]),
        lambda: _protect(ctx, f"具体情形按照{law}{art}第二款执行。", [art]),
    ])()


@R.form("protected", "h3_email")
def prot_email(ctx: Ctx):
    """E-mail addresses of the office: wjw_office@example.gov.cn."""
    rng = ctx.rng
    mail = rng.choice(["wjw_office", "bgs", "jyj.aqc", "zwgk2021"]) + "@" + rng.choice(["example.gov.cn", "mail.example.gov.cn"])
    return rng.choice([
        lambda: _protect(ctx, f"电子版请发送至{mail}。", [mail]),
        lambda: _protect(ctx, f"联系邮箱：{mail}。", [mail], as_line=True),
    ])()


@R.form("protected", "h4_versions")
def prot_version(ctx: Ctx):
    """Version numbers: 系统已升级至V2.0版本 / 《…规范》（V3.1）."""
    rng = ctx.rng
    v = rng.choice(["V2.0", "V3.1", "v1.2.3", "V4.0"])
    return rng.choice([
        lambda: _protect(ctx, f"相关信息系统已升级至{v}版本。", [v]),
        lambda: _protect(ctx, f"数据报送统一使用填报模板{v}。", [v]),
    ])()
