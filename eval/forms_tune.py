"""Forms for TUNING: injected into the tune documents, reported case by case (--per-form, --show).

Each family has four forms here and four different shapes in :mod:`forms_held`; a form returns
``None`` when the document offers no site for it. See forms_common for the record types.
"""

from __future__ import annotations

import re

from common import HAN, is_han, marker_text
from forms_common import (
    SITE_NAMES_CN,
    Ctx,
    Gold,
    Inj,
    Registry,
    bracket,
    clock,
    colon,
    domain,
    fields_ok,
    fmt_date,
    han_runs,
    is_digit,
    meta_values,
    rid,
    wechat_id,
)

R = Registry("tune")
FORMS = R.forms

# ======================================================================================
# ads (remove)


def _solicit(rng) -> str:
    what = rng.choice(["代写", "专业代写", "代笔", "承接代写", "材料代写"])
    obj = rng.choice(["各类材料", "工作总结、述职报告、讲话稿", "文章", "党建材料", "心得体会", "汇报材料",
                      "各类公文材料"])
    return what + rng.choice(["", "：", ":", " "]) + obj


def _wechat(rng) -> str:
    return rng.choice(["微信", "微信号", "加微信", "QQ", "微信/QQ"]) + colon(rng) + wechat_id(rng)


@R.form("ads", "t1_solicit_line")
def ads_solicit_line(ctx: Ctx):
    """A stand-alone line offering paid writing with a WeChat / QQ contact (head, between, tail)."""
    rng = ctx.rng
    line = _solicit(rng) + rng.choice(["，", ",", " ", "  ", "\u3000"]) + _wechat(rng)
    if rng.random() < 0.3:
        line += rng.choice([" 抖音账号：", "，另有", " 同号"]) + rng.choice(SITE_NAMES_CN) + "写作"
    where = rng.choice(["head", "between", "between", "tail", "top"])
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    return ctx.line_inj(p, line, dict(cls="ads", action="remove", expected=""), where)


@R.form("ads", "t2_bracket_splice")
def ads_bracket_splice(ctx: Ctx):
    """A solicitation in brackets spliced into the middle of a sentence: 宿州（代写文章：微信：…）、蚌埠."""
    rng = ctx.rng
    inner = rng.choice(["代写文章", "代写材料", "代笔", "材料代写", "专业代写"]) + colon(rng) + _wechat(rng)
    raw = bracket(rng, inner)
    p = ctx.pick_point(ctx.han_gaps() + ctx.han_gaps(before=lambda c: c in "，、；"))
    if p is None:
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="splice")])


@R.form("ads", "t3_repost_note")
def ads_repost_note(ctx: Ctx):
    """A template site's repost note on a line of its own: 本文由XX范文网整理 / 来源：XX文库."""
    rng = ctx.rng
    site = rng.choice(SITE_NAMES_CN) + rng.choice(["范文网", "文库", "材料网", "网", "公文网"])
    line = rng.choice([f"本文由{site}整理", f"来源{colon(rng)}{site}", f"（本文由{site}编辑整理，转载请注明出处）",
                       f"本文来源于{site}，仅供学习参考", f"文章来源{colon(rng)}{site}{rng.choice(['', '（' + domain(rng) + '）'])}"])
    where = rng.choice(["tail", "tail", "head", "between"])
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    return ctx.line_inj(p, line, dict(cls="ads", action="remove", expected=""), where)


@R.form("ads", "t4_gzh_keyword")
def ads_gzh_keyword(ctx: Ctx):
    """A 公众号 promotion with a reply keyword: 关注公众号“XX写作”，回复“总结”获取全文."""
    rng = ctx.rng
    name = rng.choice(SITE_NAMES_CN) + rng.choice(["写作", "笔记", "素材", "公文"])
    key = rng.choice(["总结", "要点", "方案", "计划", "材料", "888"])
    q1, q2 = rng.choice([("“", "”"), ("【", "】"), ('"', '"'), ("「", "」")])
    line = rng.choice([f"关注公众号{q1}{name}{q2}，回复{q1}{key}{q2}获取全文",
                       f"微信搜索公众号{q1}{name}{q2}，回复关键词{q1}{key}{q2}免费领取Word版",
                       f"更多材料请关注微信公众号：{name}，后台回复{key}即可下载"])
    where = rng.choice(["tail", "between", "head"])
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    return ctx.line_inj(p, line, dict(cls="ads", action="remove", expected=""), where)


# ======================================================================================
# chrome (remove)

_COLUMNS = ["政务公开", "通知公告", "工作动态", "政策文件", "部门文件", "规划计划", "信息公开", "工作总结", "法规文件"]


@R.form("chrome", "t1_breadcrumb")
def chrome_breadcrumb(ctx: Ctx):
    """A breadcrumb line: 首页 > 政务公开 > 通知公告, with varied separators and lead-ins."""
    rng = ctx.rng
    sep = rng.choice([" > ", ">", " » ", " › ", " / ", " -> ", "＞", " >> "])
    parts = ["首页"] + rng.sample(_COLUMNS, rng.randint(1, 3))
    if rng.random() < 0.3:
        parts.append("正文")
    line = rng.choice(["", "当前位置：", "您现在的位置：", "您当前的位置:", "当前位置: "]) + sep.join(parts)
    where = rng.choice(["top", "top", "head"])
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    return ctx.line_inj(p, line, dict(cls="chrome", action="remove", expected=""), where)


@R.form("chrome", "t2_font_widget")
def chrome_font_widget(ctx: Ctx):
    """The font-size widget: 字体：大 中 小 / 【字号：大 中 小】 / 字体：[大] [中] [小]."""
    rng = ctx.rng
    label = rng.choice(["字体", "字号", "字体大小"]) + colon(rng)
    sizes = rng.choice([["大", "中", "小"], ["大", "中", "小"], ["小", "中", "大"]])
    body = rng.choice([" ".join(sizes), "".join(sizes), " ".join(f"[{s}]" for s in sizes), "　".join(sizes)])
    line = label + body
    if rng.random() < 0.4:
        line = "【" + line + "】"
    where = rng.choice(["head", "top", "head"])
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    return ctx.line_inj(p, line, dict(cls="chrome", action="remove", expected=""), where)


def _glued_or_line(ctx: Ctx, text: str, wheres, glue_share: float):
    rng = ctx.rng
    if rng.random() < glue_share:
        ends = [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] == "。"]
        p = ctx.pick_point(ends)
        if p is not None:
            raw = rng.choice(["", " ", "  "]) + text
            return Inj(p, p, raw, [Gold(0, len(raw), "chrome", "remove", "", where="glued")])
    where = rng.choice(wheres)
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    return ctx.line_inj(p, text, dict(cls="chrome", action="remove", expected=""), where)


@R.form("chrome", "t3_print_close")
def chrome_print_close(ctx: Ctx):
    """Print / close links: 打印本页 关闭窗口, 【打印】【关闭】, [打印本页] [关闭窗口] (sometimes glued)."""
    rng = ctx.rng
    text = rng.choice(["打印本页 关闭窗口", "【打印】【关闭】", "[打印本页] [关闭窗口]", "打印 | 关闭", "【打印本页】 【关闭窗口】",
                       "打印本页　关闭窗口", "[打印] [关闭]"])
    return _glued_or_line(ctx, text, ["tail", "tail", "head"], 0.25)


@R.form("chrome", "t4_share_qr")
def chrome_share_qr(ctx: Ctx):
    """Share and QR widgets: 分享到：微信 微博 QQ空间 / 扫一扫在手机打开当前页 (sometimes glued)."""
    rng = ctx.rng
    targets = rng.sample(["微信", "微博", "QQ空间", "QQ好友", "朋友圈"], rng.randint(2, 4))
    text = rng.choice(["分享到" + colon(rng) + " ".join(targets), "分享：" + "".join(targets), "扫一扫在手机打开当前页",
                       "扫一扫在手机上查看当前页面", "【分享到" + colon(rng) + " ".join(targets) + "】"])
    return _glued_or_line(ctx, text, ["tail", "head", "tail"], 0.25)


# ======================================================================================
# metadata (remove the line; its values become fields)


def _meta_head(ctx: Ctx, line: str, fields: dict, wheres=("head", "head", "top")):
    if not fields_ok(ctx, fields):
        return None
    where = ctx.rng.choice(wheres)
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    inj = ctx.line_inj(p, line, dict(cls="metadata", action="remove", expected=""), where)
    inj.fields = fields
    return inj


@R.form("metadata", "t1_time_source")
def meta_time_source(ctx: Ctx):
    """发布时间：2021-03-29 09:30 来源：XX局 on one line (order, labels, separators vary)."""
    rng = ctx.rng
    v = meta_values(ctx)
    date = fmt_date(rng, v["publish_date"], ("iso", "iso", "cn", "cn0"))
    if rng.random() < 0.5:
        date += " " + clock(rng)
    a = rng.choice(["发布时间", "发布日期"]) + colon(rng) + date
    b = rng.choice(["来源", "信息来源"]) + colon(rng) + v["publisher"]
    parts = [a, b] if rng.random() < 0.7 else [b, a]
    line = rng.choice(["  ", " ", "　", "   ", "\u3000\u3000"]).join(parts)
    return _meta_head(ctx, line, {"publish_date": v["publish_date"], "publisher": v["publisher"]})


@R.form("metadata", "t2_bracket_labels")
def meta_bracket_labels(ctx: Ctx):
    """【发布单位】XX / 【发布日期】2021-03-30 / 【索引号】…: one to three bracket-label lines."""
    rng = ctx.rng
    v = meta_values(ctx)
    options = [("【发布单位】", "publisher"), ("【发布日期】", "publish_date"), ("【索引号】", "index_number"),
               ("【信息来源】", "publisher"), ("【成文日期】", "written_date")]
    rng.shuffle(options)
    chosen, seen = [], set()
    for label, key in options:
        if key not in seen:
            chosen.append((label, key))
            seen.add(key)
        if len(chosen) == rng.randint(1, 3):
            break
    fields = {key: v[key] for _, key in chosen}
    if not fields_ok(ctx, fields):
        return None
    where = rng.choice(["head", "top"])
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    raw, golds = "", []
    for label, key in chosen:
        value = fmt_date(rng, v[key], ("iso", "cn")) if key.endswith("date") else v[key]
        line = label + rng.choice(["", " ", "："]) + value
        piece = "\n" + line if p == len(ctx.text) else line + "\n"
        golds.append(Gold(len(raw), len(raw) + len(piece), "metadata", "remove", "", where=where))
        raw += piece
    return Inj(p, p, raw, golds, fields=fields)


@R.form("metadata", "t3_organ_written")
def meta_organ_written(ctx: Ctx):
    """发文机关：XX 成文日期：2021年3月29日 (and sometimes 发文字号) on one line."""
    rng = ctx.rng
    v = meta_values(ctx)
    parts = [("发文机关" + colon(rng) + v["publisher"], "publisher"),
             ("成文日期" + colon(rng) + fmt_date(rng, v["written_date"], ("cn", "iso", "cn0")), "written_date")]
    if rng.random() < 0.4:
        parts.append(("发文字号" + colon(rng) + v["doc_number"], "doc_number"))
    line = rng.choice(["  ", " ", "　"]).join(p for p, _ in parts)
    return _meta_head(ctx, line, {k: v[k] for _, k in parts})


@R.form("metadata", "t4_index_number")
def meta_index_number(ctx: Ctx):
    """索引号：xxx (spaced label or not), sometimes with 主题分类 on the same line."""
    rng = ctx.rng
    v = meta_values(ctx)
    line = rng.choice(["索引号", "索 引 号", "索\u2002引\u2002号"]) + colon(rng) + v["index_number"]
    if rng.random() < 0.4:
        line += rng.choice(["  ", " "]) + "主题分类" + colon(rng) + rng.choice(["卫生、体育", "城乡建设、环境保护", "其他", "劳动、人事"])
    return _meta_head(ctx, line, {"index_number": v["index_number"]})


# ======================================================================================
# numbering (fix: the expected marker)


def _siblings(ctx: Ctx, kinds):
    """Markers whose previous marker of the same kind is the previous number."""
    out = []
    last = {}
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


@R.form("numbering", "t1_repeated")
def num_repeated(ctx: Ctx):
    """The previous marker repeated: （二十）（二十） where （二十一） is due; 二、二、."""
    return _numbering(ctx, ("cn_paren", "cn_dun"), lambda m: marker_text(m.kind, m.value - 1))


@R.form("numbering", "t2_lost_numeral_char")
def num_lost_char(ctx: Ctx):
    """A numeral that lost a character: （十九）→（十）, 十二、→二、, 三、→、 (the whole numeral)."""
    def damage(m):
        num = m.text.strip("（）、")
        if len(num) >= 2:
            k = ctx.rng.randrange(len(num))
            lost = num[:k] + num[k + 1:]
            return m.text.replace(num, lost)
        if m.kind == "cn_dun":
            return "、"
        return None
    return _numbering(ctx, ("cn_paren", "cn_dun"), damage)


@R.form("numbering", "t3_skipped")
def num_skipped(ctx: Ctx):
    """A skipped number: 一、二、四、 where 三、 is due."""
    return _numbering(ctx, ("cn_paren", "cn_dun"), lambda m: marker_text(m.kind, m.value + 1))


@R.form("numbering", "t4_lost_mark")
def num_lost_mark(ctx: Ctx):
    """A marker that lost its 、 or one bracket: 三加强… / （五加强… / 五）加强…."""
    def damage(m):
        if m.kind == "cn_dun":
            return m.text[:-1]
        return ctx.rng.choice([m.text[:-1], m.text[1:]])
    return _numbering(ctx, ("cn_paren", "cn_dun"), damage)


# ======================================================================================
# dates (fix when one reading exists, else flag)

_FULL_DATE = re.compile(r"(?<![0-9])([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日")


def _readings(md: str, year: int) -> list[tuple[int, int]]:
    import calendar
    out = []
    for k in range(1, len(md)):
        mo, d = md[:k], md[k:]
        if mo.startswith("0") or d.startswith("0"):
            continue
        mo, d = int(mo), int(d)
        if 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(year, mo)[1]:
            out.append((mo, d))
    return out


def _date_sites(ctx: Ctx, follow=None):
    lines = [i for i in range(1, len(ctx.lines)) if not re.search(r"〔[0-9]{4}〕", ctx.lines[i][2])]
    out = []
    for s, e, m in ctx.matches(_FULL_DATE, lines):
        nxt = ctx.text[e:e + 1]
        if follow is not None and not (nxt in follow or (nxt in ("\n", "") and "" in follow)):
            continue
        out.append((s, e, m))
    return out


def _date_form(ctx: Ctx, make, follow=None, ambiguous_check=True):
    site = ctx.pick_span(_date_sites(ctx, follow))
    if site is None:
        return None
    s, e, m = site
    y, mo, d = (int(g) for g in m.groups())
    raw = make(y, mo, d)
    base = ctx.text[s:e]
    if ambiguous_check and len(_readings(f"{mo}{d}", y)) > 1:
        gold = Gold(0, len(raw), "dates", "flag", raw, repair=base, where="inline")
    else:
        gold = Gold(0, len(raw), "dates", "fix", base, where="inline")
    return Inj(s, e, raw, [gold])


@R.form("dates", "t1_ymd_glued_ri")
def date_glued(ctx: Ctx):
    """年 and 月 lost, 日 kept: 2021年3月29日 → 2021329日 (flag when 111日 reads two ways)."""
    return _date_form(ctx, lambda y, mo, d: f"{y}{mo}{d}日")


@R.form("dates", "t2_yyyymmdd_prose")
def date_compact8(ctx: Ctx):
    """Eight digits with date context: 于20210329前 → 于2021年3月29日前."""
    ctx_follow = set("前起止，。、；）") | {""}
    site = None
    for cand in ctx.shuffled(_date_sites(ctx)):
        s, e, m = cand
        before = ctx.text[max(0, s - 2):s]
        after = ctx.text[e:e + 1]
        if (after in ctx_follow or after == "\n" or re.search("(于|在|自|至|到|从|截至)$", before)) and ctx.free(s, e):
            site = cand
            break
    if site is None:
        return None
    s, e, m = site
    y, mo, d = (int(g) for g in m.groups())
    raw = f"{y}{mo:02d}{d:02d}"
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", ctx.text[s:e], where="inline")])


@R.form("dates", "t3_yue_lost")
def date_yue_lost(ctx: Ctx):
    """月 lost between month and day: 2021年329日 (flag when it reads two ways)."""
    return _date_form(ctx, lambda y, mo, d: f"{y}年{mo}{d}日")


@R.form("dates", "t4_ri_lost")
def date_ri_lost(ctx: Ctx):
    """日 lost before 起/前/止 or punctuation: 自2021年10月1起施行 → 1日起."""
    return _date_form(ctx, lambda y, mo, d: f"{y}年{mo}月{d}", follow=set("起前止，。、；（）") | {""},
                      ambiguous_check=False)


# ======================================================================================
# punct (fix: the full-width mark)


def _swap_mark(ctx: Ctx, mark: str, raw: str, left, right, lines=None):
    spans = []
    for s, e, m in ctx.matches(re.escape(mark), lines):
        if s > 0 and left(ctx.text[s - 1]) and right(ctx.text[e:e + 1]):
            spans.append((s, e))
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    return Inj(s, e, raw, [Gold(0, len(raw), "punct", "fix", mark, where="inline")])


@R.form("punct", "t1_comma_han")
def punct_comma(ctx: Ctx):
    """A half-width comma between Chinese characters."""
    return _swap_mark(ctx, "，", ",", is_han, is_han)


@R.form("punct", "t2_semicolon_han")
def punct_semicolon(ctx: Ctx):
    """A half-width semicolon between Chinese characters."""
    return _swap_mark(ctx, "；", ";", is_han, is_han)


@R.form("punct", "t3_colon_han")
def punct_colon(ctx: Ctx):
    """A half-width colon after Chinese text (before Chinese text or a line end: 各单位:)."""
    lines = [i for i in range(1, ctx.signature_line)]
    return _swap_mark(ctx, "：", ":", is_han, lambda c: c == "" or c == "\n" or is_han(c), lines)


@R.form("punct", "t4_paren_pair")
def punct_parens(ctx: Ctx):
    """Half-width parentheses around a Chinese aside inside a sentence: (试行) / (含民办学校)."""
    spans = []
    for s, e, m in ctx.matches(r"（([^（）\n]{1,14})）"):
        line = ctx.line_of(s)
        if s > ctx.lines[line][0] + 1 and is_han(ctx.text[s - 1]) and any(is_han(c) for c in m.group(1)):
            spans.append((s, e))
    site = ctx.pick_span(spans)
    if site is None:
        return None
    s, e = site
    inner = ctx.text[s + 1:e - 1]
    raw = "(" + inner + ")"
    return Inj(s, e, raw, [Gold(0, 1, "punct", "fix", "（", where="inline"),
                           Gold(len(raw) - 1, len(raw), "punct", "fix", "）", where="inline")])


# ======================================================================================
# space (fix: the space goes)


def _space_at(ctx: Ctx, points, raw: str):
    p = ctx.pick_point(points)
    if p is None:
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "space", "fix", "", where="inline")])


@R.form("space", "t1_ascii_han_han")
def space_ascii(ctx: Ctx):
    """An ASCII space between two Chinese characters inside a sentence."""
    return _space_at(ctx, ctx.han_gaps(), " ")


@R.form("space", "t2_han_figure")
def space_figure(ctx: Ctx):
    """An ASCII space between Chinese text and a figure: 达到 95% / 95% 以上 / 培训 620名."""
    pts = ctx.han_gaps(after=is_han, before=is_digit) + ctx.han_gaps(after=lambda c: is_digit(c) or c == "%",
                                                                      before=is_han)
    return _space_at(ctx, pts, ctx.rng.choice([" ", " ", "  "]))


@R.form("space", "t3_nbsp_han")
def space_nbsp(ctx: Ctx):
    """A no-break space U+00A0 (one or two) between Chinese characters."""
    return _space_at(ctx, ctx.han_gaps(), ctx.rng.choice(["\u00a0", "\u00a0", "\u00a0\u00a0"]))


@R.form("space", "t4_doubled")
def space_doubled(ctx: Ctx):
    """Two or three ASCII spaces between Chinese characters."""
    return _space_at(ctx, ctx.han_gaps(), ctx.rng.choice(["  ", "   "]))


# ======================================================================================
# entity (fix: the character)


@R.form("entity", "t1_nbsp")
def ent_nbsp(ctx: Ctx):
    """&nbsp; (once or twice) between Chinese characters: it stands for a stray space, so it goes."""
    raw = ctx.rng.choice(["&nbsp;", "&nbsp;", "&nbsp;&nbsp;"])
    p = ctx.pick_point(ctx.han_gaps())
    if p is None:
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "entity", "fix", "", where="inline")])


@R.form("entity", "t2_ldquo_rdquo")
def ent_quotes(ctx: Ctx):
    """&ldquo;…&rdquo; for a pair of Chinese quotes."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"“[^“”\n]{1,20}”")])
    if site is None:
        return None
    s, e = site
    inner = ctx.text[s + 1:e - 1]
    raw = "&ldquo;" + inner + "&rdquo;"
    return Inj(s, e, raw, [Gold(0, 7, "entity", "fix", "“", where="inline"),
                           Gold(len(raw) - 7, len(raw), "entity", "fix", "”", where="inline")])


@R.form("entity", "t3_decimal_ref")
def ent_decimal(ctx: Ctx):
    """A decimal reference for a Chinese mark: &#65292; &#12290; &#12289; &#65306; &#65307;."""
    marks = "，。、：；"
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(f"(?<=[{HAN}])[{marks}](?=[{HAN}])")])
    if site is None:
        return None
    s, e = site
    ch = ctx.text[s]
    raw = f"&#{ord(ch)};"
    return Inj(s, e, raw, [Gold(0, len(raw), "entity", "fix", ch, where="inline")])


@R.form("entity", "t4_named_dash")
def ent_named(ctx: Ctx):
    """Named references for dashes, ellipses and ampersands: &mdash;&mdash; / &hellip; / &amp;."""
    names = {"—": "&mdash;", "…": "&hellip;", "&": "&amp;", "·": "&middot;"}
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"—+|…+|&|·", range(1, len(ctx.lines)))])
    if site is None:
        return None
    s, e = site
    raw = "".join(names[c] for c in ctx.text[s:e])
    return Inj(s, e, raw, [Gold(0, len(raw), "entity", "fix", ctx.text[s:e], where="inline")])


# ======================================================================================
# dup (remove the repeat)


def _dup(ctx: Ctx, orig: tuple[int, int], at: int, raw: str, where: str):
    if not ctx.free(orig[0], orig[1], 0) or not ctx.free(at, at):
        return None
    inj = Inj(at, at, raw, [Gold(0, len(raw), "dup", "remove", "", alt=orig, where=where)])
    inj.reserve = [orig]
    return inj


@R.form("dup", "t1_sentence_immediate")
def dup_sentence(ctx: Ctx):
    """A sentence repeated right after itself inside a paragraph."""
    for s, e in ctx.shuffled(ctx.sentences(min_len=8)):
        inj = _dup(ctx, (s, e), e, ctx.text[s:e], "inline")
        if inj:
            return inj
    return None


@R.form("dup", "t2_paragraph_next_line")
def dup_paragraph(ctx: Ctx):
    """A paragraph repeated on the next line."""
    for i in ctx.shuffled(ctx.prose_lines(20)):
        s, e, line = ctx.lines[i]
        inj = _dup(ctx, (s, e), e, "\n" + line, "line")
        if inj:
            return inj
    return None


@R.form("dup", "t3_paragraph_one_later")
def dup_paragraph_later(ctx: Ctx):
    """A paragraph repeated one paragraph later."""
    prose = ctx.prose_lines(20)
    for i in ctx.shuffled(prose):
        if i + 1 >= ctx.signature_line:
            continue
        s, e, line = ctx.lines[i]
        inj = _dup(ctx, (s, e), ctx.lines[i + 1][1], "\n" + line, "line")
        if inj:
            return inj
    return None


@R.form("dup", "t4_title_repeated")
def dup_title(ctx: Ctx):
    """The title repeated on the line after it."""
    s, e, line = ctx.lines[0]
    return _dup(ctx, (s, e), e, "\n" + line, "head")


# ======================================================================================
# figure (flag)

_MEASURE = "名个家所支座项户条台辆批次"


@R.form("figure", "t1_missing_measure")
def fig_missing_measure(ctx: Ctx):
    """A measure word lost where its siblings keep it: 完成18乡镇卫生院 (siblings say 18家)."""
    cands = []
    for s, e, m in ctx.matches(rf"(?<![0-9.])([0-9]+)([{_MEASURE}])(?=[{HAN}])"):
        word = m.group(2)
        siblings = len(re.findall(rf"[0-9]{re.escape(word)}", ctx.text))
        if siblings >= 2 and ctx.text[e] not in "、以左次":
            cands.append((s, e, m))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e, m = site
    num = m.group(1)
    raw = num + ctx.text[e]  # the number and the noun that now follows it
    return Inj(s, e + 1, raw, [Gold(0, len(raw), "figure", "flag", raw, repair=ctx.text[s:e + 1], where="inline")])


_PART = re.compile(r"(?<![0-9.])([0-9]+(?:\.[0-9]+)?)(万元|亿元|户|家|人|个|名|万人|所)[^。；\n]{0,24}?其中[^。；\n]{0,40}")


def _part_sites(ctx: Ctx):
    out = []
    for s, e, m in ctx.matches(_PART):
        unit = m.group(2)
        for pm in re.finditer(rf"(?<![0-9.])([0-9]+)(?={re.escape(unit)})", m.group(0)[m.end(2) - m.start():]):
            ps = s + (m.end(2) - m.start()) + pm.start()
            pe = ps + len(pm.group(1))
            out.append((s, s + len(m.group(1)) + len(unit), ps, pe, pm.group(1), unit))
    return out


@R.form("figure", "t2_implausible_decimal")
def fig_implausible_decimal(ctx: Ctx):
    """A part given as a decimal of implausible size next to its total: 总投资6850万元，其中…2.400万元."""
    for ts, te, ps, pe, num, unit in ctx.shuffled(_part_sites(ctx)):
        if len(num) < 4 or not ctx.free(ps, pe + len(unit)):
            continue
        raw = num[0] + "." + num[1:]
        return Inj(ps, pe, raw, [Gold(0, len(raw) + 0, "figure", "flag", raw, repair=num, where="inline")])
    return None


@R.form("figure", "t3_parts_exceed_total")
def fig_parts_exceed(ctx: Ctx):
    """A 其中 part larger than its total: 新增市场主体4862户，其中企业9724户."""
    for ts, te, ps, pe, num, unit in ctx.shuffled(_part_sites(ctx)):
        total = float(ctx.text[ts:te - len(unit)])
        if not ctx.free(ts, pe) or total < 2:
            continue
        new = int(total * ctx.rng.uniform(1.2, 2.5)) + 1
        raw_mid = ctx.text[ts:ps] + str(new)
        gold = Gold(0, len(raw_mid), "figure", "flag", raw_mid, repair=ctx.text[ts:pe], where="inline")
        return Inj(ts, pe, raw_mid, [gold])
    return None


_SHARE = re.compile(r"(占比|比例|比重|覆盖率|普及率|合格率|达标率|接种率|参保率|建档率|满意率|知晓率|利用率|完好率|入网率|上线率|"
                    r"通达率|保证率|管理率|处理率|留用率)([^，。；0-9\n]{0,8})([0-9]+(?:\.[0-9]+)?)%")


@R.form("figure", "t4_share_over_100")
def fig_share_over(ctx: Ctx):
    """A share-type rate above 100%: 覆盖率达到123%."""
    cands = []
    for s, e, m in ctx.matches(_SHARE):
        if float(m.group(3)) <= 100:
            ns = s + m.start(3) - m.start()
            cands.append((ns, e))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    value = ctx.rng.choice([str(ctx.rng.randint(101, 180)), f"{ctx.rng.randint(101, 140)}.{ctx.rng.randint(1, 9)}"])
    raw = value + "%"
    return Inj(s, e, raw, [Gold(0, len(raw), "figure", "flag", raw, repair=ctx.text[s:e], where="inline")])


# ======================================================================================
# quote (fix or flag)

_TRIGGERS = ("根据", "依据", "按照", "贯彻", "落实", "印发", "执行", "对照", "参照", "遵照", "依照")


@R.form("quote", "t1_straight_pair")
def quote_straight(ctx: Ctx):
    """Straight quotes around a Chinese phrase: "两客一危" → “两客一危”."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"“[^“”\n]{1,20}”")])
    if site is None:
        return None
    s, e = site
    raw = '"' + ctx.text[s + 1:e - 1] + '"'
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


@R.form("quote", "t2_open_unclosed")
def quote_unclosed(ctx: Ctx):
    """An opening “ whose closing ” was lost."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"“[^“”\n]{1,20}”")])
    if site is None:
        return None
    s, e = site
    raw = ctx.text[s:e - 1]
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "flag", raw, repair=ctx.text[s:e], where="inline")])


@R.form("quote", "t3_lone_close_after_verb")
def quote_lone_close(ctx: Ctx):
    """A lone 》 whose start is plain (right after 根据/落实/印发 …): 落实关于…意见》 → 落实《关于…意见》."""
    cands = []
    for s, e, m in ctx.matches(r"《[^《》\n]{2,30}》"):
        if ctx.text[max(0, s - 2):s] in _TRIGGERS:
            cands.append((s, e))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    raw = ctx.text[s + 1:e]
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "fix", ctx.text[s:e], where="inline")])


@R.form("quote", "t4_title_unclosed")
def quote_title_unclosed(ctx: Ctx):
    """A 《 whose closing 》 was lost."""
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"《[^《》\n]{2,30}》")])
    if site is None:
        return None
    s, e = site
    raw = ctx.text[s:e - 1]
    return Inj(s, e, raw, [Gold(0, len(raw), "quote", "flag", raw, repair=ctx.text[s:e], where="inline")])


# ======================================================================================
# garbled (flag)


def _garble(ctx: Ctx, n_choices, make, tries: int = 20):
    for _ in range(tries):
        n = ctx.rng.choice(n_choices)
        site = ctx.pick_span(han_runs(ctx, n))
        if site is None:
            continue
        s, e = site
        raw = make(ctx.text[s:e])
        if raw is None:
            continue
        return Inj(s, e, raw, [Gold(0, len(raw), "garbled", "flag", raw, repair=ctx.text[s:e], where="inline")])
    return None


@R.form("garbled", "t1_question_run")
def garbled_qmarks(ctx: Ctx):
    """Lost characters shown as a run of ASCII question marks: 加强???建设."""
    return _garble(ctx, (2, 2, 3, 4), lambda h: "?" * (len(h) * ctx.rng.choice((1, 2))))


@R.form("garbled", "t2_replacement_char")
def garbled_fffd(ctx: Ctx):
    """U+FFFD replacement characters where characters were lost."""
    return _garble(ctx, (1, 2, 3), lambda h: "\ufffd" * (len(h) * ctx.rng.choice((1, 2))))


@R.form("garbled", "t3_gbk_as_latin1")
def garbled_latin1(ctx: Ctx):
    """GBK bytes read as Latin-1: 加强 → ¼ÓÇ¿."""
    def make(h):
        b = h.encode("gbk")
        return b.decode("latin-1") if all(x >= 0xA0 for x in b) else None
    return _garble(ctx, (2, 3, 4), make)


@R.form("garbled", "t4_private_use")
def garbled_pua(ctx: Ctx):
    """Private-use characters (a font's own glyphs) standing for characters."""
    return _garble(ctx, (1, 2, 3), lambda h: "".join(chr(ctx.rng.randint(0xE000, 0xE8FF)) for _ in h))


# ======================================================================================
# protected spans (keep): injected sentences whose tokens must come through unchanged


def _protect(ctx: Ctx, sentence: str, tokens: list[str]):
    """Append ``sentence`` to the end of a prose paragraph that ends with 。."""
    ends = [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] == "。"]
    p = ctx.pick_point(ends)
    if p is None:
        return None
    golds, pos = [], 0
    for tok in tokens:
        k = sentence.index(tok, pos)
        golds.append(Gold(k, k + len(tok), "protected", "keep", tok, where="inline"))
        pos = k + len(tok)
    return Inj(p, p, sentence, golds)


@R.form("protected", "t1_times")
def prot_times(ctx: Ctx):
    """Clock times and time ranges: 工作日9:00-12:00、14:00-17:30."""
    rng = ctx.rng
    a = f"{rng.choice([8, 9])}:{rng.choice(['00', '30'])}-{rng.choice([11, 12])}:{rng.choice(['00', '30'])}"
    b = f"{rng.choice([13, 14])}:{rng.choice(['00', '30'])}-{rng.choice([17, 18])}:{rng.choice(['00', '30'])}"
    c = f"{rng.randint(8, 16)}:{rng.choice(['00', '30', '15'])}"
    return rng.choice([
        lambda: _protect(ctx, f"受理时间为工作日上午{a}，下午{b}。", [a, b]),
        lambda: _protect(ctx, f"会议定于当日{c}召开，请相关人员提前15分钟到场。", [c]),
        lambda: _protect(ctx, f"现场咨询时间为每周一至周五{a}。", [a]),
    ])()


@R.form("protected", "t2_decimals")
def prot_decimals(ctx: Ctx):
    """Decimals and decimal percentages: 提高3.5个百分点 / 增长12.6%."""
    rng = ctx.rng
    a = f"{rng.randint(1, 9)}.{rng.randint(1, 9)}"
    b = f"{rng.randint(10, 99)}.{rng.randint(1, 9)}%"
    return rng.choice([
        lambda: _protect(ctx, f"相关指标较上年提高{a}个百分点。", [a]),
        lambda: _protect(ctx, f"全年目标任务完成率达到{b}。", [b]),
        lambda: _protect(ctx, f"人均面积达到{a}平方米，同比增长{b}。", [a, b]),
    ])()


@R.form("protected", "t3_thousands")
def prot_thousands(ctx: Ctx):
    """Figures with thousands separators: 1,234万元 / 12,560人次."""
    rng = ctx.rng
    a = f"{rng.randint(1, 9)},{rng.randint(100, 999)}"
    b = f"{rng.randint(10, 99)},{rng.randint(100, 999)}"
    return rng.choice([
        lambda: _protect(ctx, f"累计投入资金{a}万元。", [a]),
        lambda: _protect(ctx, f"全年服务群众{b}人次。", [b]),
    ])()


@R.form("protected", "t4_urls")
def prot_urls(ctx: Ctx):
    """URLs of the notice itself: http://www.example.gov.cn/a?b=1&c=2."""
    rng = ctx.rng
    host = rng.choice(["www.example.gov.cn", "wjw.example.gov.cn", "zwfw.example.gov.cn"])
    url = rng.choice([f"http://{host}/zwgk/tzgg/2021{rid(rng, 2)}/t2021{rid(rng, 4)}_{rid(rng, 4)}.html",
                      f"https://{host}/search?id={rid(rng, 3)}&type=notice", f"http://{host}/a?b=1&c=2"])
    return rng.choice([
        lambda: _protect(ctx, f"具体事项可登录{url}查询。", [url]),
        lambda: _protect(ctx, f"相关表格可在门户网站（{url}）下载。", [url]),
    ])()


# ======================================================================================
# More TUNE forms, one module per family group (imported last: they register into R).
import forms_tune_ads  # noqa: E402,F401
import forms_tune_chrome_dup  # noqa: E402,F401
import forms_tune_figure  # noqa: E402,F401
import forms_tune_metadata  # noqa: E402,F401
import forms_tune_numbering_quote  # noqa: E402,F401
import forms_tune_space_entity_dates  # noqa: E402,F401
import forms_tune_r4_ads  # noqa: E402,F401
import forms_tune_r4_figure  # noqa: E402,F401
import forms_tune_r4_dup  # noqa: E402,F401
import forms_tune_r4_numbering_quote  # noqa: E402,F401
import forms_tune_r4_chrome_meta_garbled  # noqa: E402,F401
import forms_tune_r4_dates_space_entity  # noqa: E402,F401
import forms_tune_r5_punct_quote  # noqa: E402,F401
import forms_tune_r5_num_dates  # noqa: E402,F401
import forms_tune_r5_dup_figure  # noqa: E402,F401
import forms_tune_r5_chrome_meta  # noqa: E402,F401
import forms_tune_r5_ads_garbled  # noqa: E402,F401
import forms_tune_r6_num  # noqa: E402,F401
import forms_tune_r6_dates_space  # noqa: E402,F401
import forms_tune_r6_fig_entity  # noqa: E402,F401
import forms_tune_r6_ads_garbled  # noqa: E402,F401
import forms_tune_r6_quote_punct  # noqa: E402,F401
import forms_tune_r6_dup_chrome  # noqa: E402,F401
import forms_tune_r6_meta  # noqa: E402,F401
import forms_tune_r7_garbled_punct  # noqa: E402,F401
import forms_tune_r7_dup  # noqa: E402,F401
import forms_tune_r7_chrome_meta  # noqa: E402,F401
import forms_tune_r7_dates  # noqa: E402,F401
import forms_tune_r7_ads  # noqa: E402,F401
import forms_tune_r8_fig_entity  # noqa: E402,F401
import forms_tune_r8_dup  # noqa: E402,F401
import forms_tune_r9_figure  # noqa: E402,F401
import forms_tune_r9_quote_entity  # noqa: E402,F401
import forms_tune_r9_dates_num  # noqa: E402,F401
import forms_tune_r9_ads  # noqa: E402,F401
import forms_tune_r9_garbled_dup  # noqa: E402,F401
import forms_tune_r9_chrome_meta  # noqa: E402,F401
import forms_tune_r9_punct_space  # noqa: E402,F401
import forms_tune_r9_meta  # noqa: E402,F401
import forms_tune_r10_chrome  # noqa: E402,F401
import forms_tune_r10_dates_punct  # noqa: E402,F401
import forms_tune_r10_figure_num  # noqa: E402,F401
import forms_tune_r10_dup_ads  # noqa: E402,F401
import forms_tune_r10_meta  # noqa: E402,F401
import forms_tune_r10_quote  # noqa: E402,F401
import forms_tune_r11_ads  # noqa: E402,F401
import forms_tune_r11_dates  # noqa: E402,F401
import forms_tune_r11_figure  # noqa: E402,F401
import forms_tune_r12_numbering  # noqa: E402,F401
import forms_tune_r12_chrome  # noqa: E402,F401
import forms_tune_r12_punct  # noqa: E402,F401
import forms_tune_r12_dates  # noqa: E402,F401
import forms_tune_r13_dup  # noqa: E402,F401
import forms_tune_r13_metadata  # noqa: E402,F401
import forms_tune_r13_figure  # noqa: E402,F401
import forms_tune_r13_garbled  # noqa: E402,F401
import forms_tune_r14_ads  # noqa: E402,F401
import forms_tune_r14_chrome  # noqa: E402,F401
import forms_tune_r14_marks  # noqa: E402,F401
import forms_tune_r14_dates  # noqa: E402,F401
import forms_tune_r15_dates  # noqa: E402,F401
import forms_tune_r15_dup  # noqa: E402,F401
import forms_tune_r15_numbering  # noqa: E402,F401
import forms_tune_r15_figure  # noqa: E402,F401
import forms_tune_r16_chrome  # noqa: E402,F401
import forms_tune_r16_marks  # noqa: E402,F401
import forms_tune_r16_garbled  # noqa: E402,F401
import forms_tune_r16_ads  # noqa: E402,F401
import forms_tune_r17_dates  # noqa: E402,F401
import forms_tune_r17_marks  # noqa: E402,F401
import forms_tune_r17_chrome  # noqa: E402,F401
import forms_tune_r17_ads  # noqa: E402,F401
import forms_tune_r21_ads  # noqa: E402,F401
import forms_tune_r21_numbering  # noqa: E402,F401
import forms_tune_r21_dup  # noqa: E402,F401
import forms_tune_r21_figure  # noqa: E402,F401
