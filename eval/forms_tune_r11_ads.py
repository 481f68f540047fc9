"""More TUNE forms (round 11): ads, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.

Round 11: contacts whose digits are in other scripts or spoken forms (Arabic-Indic, Devanagari,
superscripts, keycaps, 幺/洞/拐/勾, letter look-alikes), ads in traditional characters, ads glued
to an outline heading or standing before its marker, a page's side cell flattened into a
paragraph by a tab or a pipe, keywords broken by invisible characters, a reposter's
link-back to a social-media article, and ads inside the signature block; two protected forms
hold a notice's own channels and the publisher's own notes.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

from forms_common import FAKE_MOBILES, Ctx, Gold, Inj, colon, meta_values, rid
from forms_tune import _protect
from forms_tune_ads import _place

_HANDLES = ["wenmi2024", "xzbang_01", "gw365", "clds88", "bigan_lao", "fwzj666", "mbk2023"]
_SITES = ["好范文网", "文秘帮", "笔杆子写作", "公文宝", "材料侠", "秘书之家", "办公写作网"]
_OPEN_CLOSE = [("（", "）"), ("【", "】"), ("[", "]"), ("〖", "〗"), ("(", ")"), ("「", "」")]

# Digits of other scripts and spoken or look-alike forms, one table per spelling.
_SCRIPTS = {
    "arabic_indic": "٠١٢٣٤٥٦٧٨٩",
    "persian": "۰۱۲۳۴۵۶۷۸۹",
    "devanagari": "०१२३४५६७८९",
    "superscript": "⁰¹²³⁴⁵⁶⁷⁸⁹",
    "military": "洞幺两三四五六拐八勾",
    "lookalike": "Ol23456789",
}


def _other_digits(rng, number: str) -> str:
    """``number`` written in another script, as keycaps, or with each digit's script drawn anew."""
    style = rng.choice(list(_SCRIPTS) + ["keycap", "mixed"])
    if style == "keycap":
        return "".join(d + "\ufe0f\u20e3" for d in number)
    if style == "mixed":
        pools = ["0123456789", "零一二三四五六七八九", "０１２３４５６７８９", "〇壹贰叁肆伍陆柒捌玖"]
        return "".join(rng.choice(pools)[int(d)] for d in number)
    table = _SCRIPTS[style]
    return "".join(table[int(d)] for d in number)


@R.form("ads", "t66_other_script_digits")
def ads_other_script_digits(ctx: Ctx):
    """A contact whose number is written in digits of another script (٠١٢, ०१२, ¹²³), as keycap
    emoji, in radio-operator speech (幺三八洞洞…), with O / l for 0 / 1, or with each digit's
    script mixed, next to a writing or material offer; any position."""
    rng = ctx.rng
    num = _other_digits(rng, rng.choice(FAKE_MOBILES + [rid(rng, 9)]))
    chan = rng.choice(["微信", "V", "vx", "扣扣", "QQ", "电话", "薇", "联系"])
    offer = rng.choice(["材料代写", "各类总结报告代笔", "原创公文定制", "范文模板打包下载", "述职报告、讲话稿撰写"])
    text = rng.choice([f"{offer}{rng.choice(['，', ' ', '　'])}{chan}{colon(rng)}{num}",
                       f"{chan}{rng.choice(['', ' '])}{num}{rng.choice(['，', ' '])}{offer}",
                       f"需要{offer}的请联系{num}"])
    return _place(ctx, text, ["between", "glued", "splice", "splice", "tail", "between_sentences"], 0.7)


_TRAD = [
    "專業代寫各類材料{sep}微信{colon}{h}",
    "本文來源於{site}，轉載請註明出處",
    "關注公眾號「{site}」，回覆「總結」獲取全文",
    "更多範文請訪問{site}（www.{h}.com）",
    "代寫總結、述職報告{sep}聯繫QQ{colon}{qq}",
    "範文下載｜{site}整理髮布",
]


@R.form("ads", "t67_traditional_script")
def ads_traditional_script(ctx: Ctx):
    """An ad in traditional characters (專業代寫 / 本文來源於…範文網 / 關注公眾號「…」回覆), copied
    from a Hong Kong or Taiwan mirror or a converter; any position, brackets or none."""
    rng = ctx.rng
    text = rng.choice(_TRAD).format(sep=rng.choice(["，", " ", "　"]), colon=colon(rng), h=rng.choice(_HANDLES),
                                    site=rng.choice(_SITES), qq=rid(rng, 9))
    return _place(ctx, text, ["between", "tail", "head", "glued", "splice", "between_sentences"], 0.8)


def _heading_sites(ctx: Ctx):
    """(marker start, marker end, line end) of body headings: a marker and a short line without 。."""
    out = []
    for m in ctx.markers:
        if m.line not in ctx.body_range():
            continue
        s, e, line = ctx.lines[m.line]
        if len(line) <= 30 and "。" not in line and e - m.end >= 3:
            out.append((m.start, m.end, e))
    return out


@R.form("ads", "t68_heading_ad")
def ads_heading_ad(ctx: Ctx):
    """An ad glued to the end of an outline heading (no 。 there to split on) or standing before
    its marker at the line's start: （二）强化督查考核【范文网整理 vx：…】 / 〖代写QQ…〗一、总体要求."""
    rng = ctx.rng
    site = rng.choice(_SITES)
    inner = rng.choice([f"{site}整理", f"{site}独家", f"代写材料vx{colon(rng)}{rng.choice(_HANDLES)}",
                        f"更多范文见{site}", f"材料定制 扣{rid(rng, 9)}"])
    a, b = rng.choice(_OPEN_CLOSE + [("", "")])
    sites = _heading_sites(ctx)
    rng.shuffle(sites)
    for ms, _me, le in sites:
        at_start = rng.random() < 0.4
        p = ms if at_start else le
        if not ctx.free(p, p):
            continue
        if a:
            raw = a + inner + b
        else:
            raw = (inner + "　") if at_start else (rng.choice([" ", "  ", "　"]) + inner)
        return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="splice" if at_start else "glued")])
    return None


@R.form("ads", "t69_flattened_side_cell")
def ads_flattened_side_cell(ctx: Ctx):
    """A page's side cell flattened into a paragraph by HTML-to-text: the ad joined to the line's
    start or end by a tab, a pipe or a run of spaces (…落到实处。\\t范文下载 | 加V：…)."""
    rng = ctx.rng
    sep = rng.choice(["\t", " | ", "｜", "    ", "\u3000\u3000", " \t "])
    body = rng.choice([f"范文下载{sep}加V{colon(rng)}{rng.choice(_HANDLES)}",
                       f"{rng.choice(_SITES)}{sep}公文写作{sep}材料大全",
                       f"热门推荐：2024年工作总结范文{rng.randint(5, 20)}篇",
                       f"在线客服 QQ{colon(rng)}{rid(rng, 9)}",
                       f"会员下载{sep}VIP专享{sep}￥{rng.randint(3, 30)}.00"])
    lines = ctx.prose_lines()
    rng.shuffle(lines)
    for i in lines:
        s, e, _ = ctx.lines[i]
        if rng.random() < 0.6:
            raw = sep + body
            p = e
        else:
            raw = body + sep
            p = s
        if ctx.free(p, p):
            return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="glued")])
    return None


_INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff"]


def _break_up(rng, word: str) -> str:
    mark = rng.choice(_INVISIBLE + ["·", "•", "丶"])
    return mark.join(word)


@R.form("ads", "t70_invisible_breaks")
def ads_invisible_breaks(ctx: Ctx):
    """An ad whose keywords are broken by zero-width or soft-hyphen characters or by dots of
    other scripts (代\\u200b写, 微\\u00ad信, 范·文), so that a phrase match fails; any position."""
    rng = ctx.rng
    h = rng.choice(_HANDLES)
    text = rng.choice([f"{_break_up(rng, '代写')}各类材料，{_break_up(rng, '微信')}{colon(rng)}{h}",
                       f"本文由{_break_up(rng, rng.choice(_SITES))}整理",
                       f"{_break_up(rng, '公众号')}：{rng.choice(_SITES)}，回复“{_break_up(rng, '范文')}”领取",
                       f"材料{_break_up(rng, '代笔')} {_break_up(rng, 'QQ')}{rid(rng, 9)}"])
    return _place(ctx, text, ["between", "glued", "splice", "tail", "head"], 0.6)


@R.form("ads", "t71_social_article_link")
def ads_social_article_link(ctx: Ctx):
    """A reposter's link-back to the social-media article it copied: 原文链接：https://mp.weixin.qq
    .com/s/… / 本文转自微信公众号“…” / 首发于今日头条@… / 阅读原文 / 来源：百家号…."""
    rng = ctx.rng
    slug = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789_-") for _ in range(22))
    name = rng.choice(_SITES + ["机关笔杆子", "公文素材库"])
    text = rng.choice([f"原文链接{colon(rng)}https://mp.weixin.qq.com/s/{slug}",
                       f"本文转自微信公众号“{name}”，仅供学习交流",
                       f"首发于今日头条@{name}，未经授权禁止转载",
                       f"阅读原文：https://www.toutiao.com/article/{rid(rng, 19)}/",
                       f"来源：百家号 {name}",
                       f"转载自知乎专栏「{name}」 https://zhuanlan.zhihu.com/p/{rid(rng, 9)}"])
    return _place(ctx, text, ["tail", "tail", "between", "glued", "head"], 0.5)


@R.form("ads", "t72_signature_block_ad")
def ads_signature_block_ad(ctx: Ctx):
    """An ad inside the signature block: a line between the signing organisation and the date,
    or a bracket glued to the date line (2021年3月29日【文秘帮 www…】)."""
    rng = ctx.rng
    n = len(ctx.lines)
    if ctx.signature_line >= n:
        return None
    h = rng.choice(_HANDLES)
    text = rng.choice([f"{rng.choice(_SITES)}整理", f"范文下载：www.{h}.com", f"代写各类公文 V{colon(rng)}{h}",
                       f"更多材料请关注“{rng.choice(_SITES)}”"])
    if rng.random() < 0.5:
        p = ctx.lines[n - 1][0]  # start of the date line: a line between organisation and date
        if not ctx.free(p, p):
            return None
        return ctx.line_inj(p, text, dict(cls="ads", action="remove", expected=""), "tail")
    p = ctx.lines[n - 1][1]
    if not ctx.free(p, p):
        return None
    a, b = rng.choice(_OPEN_CLOSE)
    raw = rng.choice(["", " ", "　"]) + a + text + b
    return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="tail")])


# ======================================================================================
# protected (keep): a notice's own channels and notes that share the ads' vocabulary


@R.form("protected", "t73_notice_own_channels")
def prot_notice_own_channels(ctx: Ctx):
    """A real notice's own channels: a QQ work group with its number, a template to download from
    the government portal, a QR code to scan for a form, a hotline with office hours."""
    rng = ctx.rng
    city = rng.choice(["江岭", "临川", "云阳", "青溪"])
    qq = rid(rng, 8)
    url = f"www.{rng.choice(['jiangling', 'linchuan', 'yunyang', 'qingxi'])}.gov.cn"
    a = rng.choice([
        (f"各单位联络员请加入“{city}市项目申报”QQ工作群（群号：{qq}），材料模板在群文件中下载", [qq]),
        (f"申报书模板可在市政府门户网站（{url}）“通知公告”栏目下载，填写后报送材料", [url]),
        ("请扫描下方二维码填写报名信息，并于报名截止前提交相关材料", ["扫描下方二维码填写报名信息"]),
        (f"咨询电话：0571-{rid(rng, 8)}（工作日9:00-17:00），也可在“{city}发布”微信公众号留言咨询",
         [f"“{city}发布”微信公众号留言咨询"]),
    ])
    return _protect(ctx, a[0] + "。", a[1])


@R.form("protected", "t74_publisher_notes_anti_ad")
def prot_publisher_notes_anti_ad(ctx: Ctx):
    """The publisher's own notes and sentences against ads: a 负责解释 line with the office's phone,
    a ban on having materials 代写 by agencies, a warning about fake 代写 / 代办 adverts."""
    rng = ctx.rng
    pub = meta_values(ctx)["publisher"]
    a = rng.choice([
        (f"本方案由{pub}负责解释，联系电话：0571-{rid(rng, 8)}", [pub]),
        ("严禁委托中介机构或他人代写申报材料，一经查实取消申报资格", ["委托中介机构或他人代写申报材料"]),
        ("对网上发布的代写材料、代办证照等虚假广告，发现后及时向网信部门举报", ["代写材料、代办证照等虚假广告"]),
        (f"有关政策解读详见{pub}门户网站“政策解读”专栏", [f"{pub}门户网站"]),
    ])
    return _protect(ctx, a[0] + "。", a[1])
