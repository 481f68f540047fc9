"""More TUNE forms (round 14): ads, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.

Round 14: ids in full-width letters and digits or spaced out digit by digit, an ad split over two
short lines, a material site's footer notes at the document's end (本文由…网整理 / 更多范文请访问 /
下载word版 / 原创不易 转载请注明), 公众号 promotions in other spellings (公号, GZH, 订阅号, 微信搜一搜)
with a reply keyword, an ad glued right after a sentence's 。 with obfuscated channel names and no
bracket, an ad as a row of a flattened table, 400 hotlines and bare domains next to a material
offer, and English-letter channel names; two protected forms hold a notice's own contact and
source lines and a notice's real download, QR and template wording.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

from forms_common import FAKE_MOBILES, Ctx, Gold, Inj, colon, keep_lines, meta_values, rid
from forms_tune import _protect
from forms_tune_ads import _place

_SITES = ["范文先生网", "公文素材库", "写作帮", "第一范文网", "材料狗", "文库宝", "笔杆网", "秘书工作网"]
_STEMS = ["fwxs", "gwsck", "xzb", "dyfw", "clgou", "wkbao", "bgw", "msgz"]
_OPEN_CLOSE = [("（", "）"), ("【", "】"), ("[", "]"), ("〖", "〗"), ("(", ")"), ("「", "」"), ("", "")]
_OFFERS = ["工作总结范文", "述职报告模板", "公文写作素材", "年终总结材料", "党课讲稿", "各类材料代写", "实施方案范本",
           "心得体会范文", "整套公文模板"]
_CHANNELS = ["薇信", "V信", "vx", "威信", "加V", "徽信", "wei信", "VX", "微 信", "Wx", "卫星号", "v❤"]


def _fullwidth(s: str) -> str:
    """ASCII letters and digits in their full-width forms (ＡＢＣ１２３)."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in s)


def _spaced(rng, s: str) -> str:
    return rng.choice([" ", "\u3000", "-", " ", "."]).join(s)


def _handle(rng) -> str:
    return rng.choice(_STEMS) + rng.choice(["", "_", ""]) + rid(rng, rng.randint(2, 4))


@R.form("ads", "t75_fullwidth_spaced_ids")
def ads_fullwidth_spaced_ids(ctx: Ctx):
    """A material offer whose contact id is written in full-width letters and digits (ｖｘ：ｆｗｘｓ８８),
    spaced out digit by digit (1 3 8 0 0 1 3 8 0 0 0 / 1-3-9…), or both; any position and bracket."""
    rng = ctx.rng
    raw_id = rng.choice([rng.choice(FAKE_MOBILES), _handle(rng), rid(rng, rng.randint(8, 10))])
    style = rng.choice(["full", "spaced", "both"])
    the_id = _fullwidth(raw_id) if style != "spaced" else _spaced(rng, raw_id)
    if style == "both":
        the_id = _spaced(rng, the_id)
    chan = rng.choice(["ＶＸ", "ＱＱ", "ｖｘ", "微信", "Ｖ", "扣", "加我"] + _CHANNELS)
    text = rng.choice([f"{rng.choice(_OFFERS)}{rng.choice(['，', ' ', '　', ''])}{chan}{colon(rng)}{the_id}",
                       f"{chan}{the_id}{rng.choice(['，', ' '])}{rng.choice(_OFFERS)}随时领取",
                       f"需要{rng.choice(_OFFERS)}请加{chan}{the_id}"])
    return _place(ctx, text, ["between", "glued", "splice", "splice", "tail", "between_sentences"], 0.7)


_FIRST = ["更多{o}、{o2}", "{o}持续更新中", "关注我们获取更多{o}", "本站提供{o}下载"]
_SECOND = ["请访问{d}", "加{c}{col}{h}领取", "{site}（{d}）", "欢迎收藏本站 {d}"]


@R.form("ads", "t76_two_line_ad")
def ads_two_line_ad(ctx: Ctx):
    """An ad whose two halves stand on two consecutive short lines (a teaser, then the contact or
    site) between paragraphs or at the end: 更多工作总结范文、述职报告模板 / 请访问 www.fwxs.com."""
    rng = ctx.rng
    o, o2 = rng.sample(_OFFERS, 2)
    d = rng.choice(["www.", "", "m."]) + rng.choice(_STEMS) + rng.choice([".com", ".cn", ".net", ".top"])
    first = rng.choice(_FIRST).format(o=o, o2=o2)
    second = rng.choice(_SECOND).format(d=d, c=rng.choice(_CHANNELS), col=colon(rng), h=_handle(rng),
                                        site=rng.choice(_SITES))
    where = rng.choice(["between", "tail", "tail"])
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    if p == len(ctx.text):
        raw = "\n" + first + "\n" + second
    else:
        raw = first + "\n" + second + "\n"
    return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where=where)])


_FOOTERS = [
    "本文由{site}整理，仅供参考",
    "本文由{site}用户上传分享，如有侵权请联系删除",
    "更多范文请访问{site}：{d}",
    "原创不易 转载请注明出处",
    "原创不易，转载请注明来源{site}",
    "下载word版（共{n}页）",
    "点击下载word版全文",
    "以上内容由{site}网友整理发布",
    "文章出处：{site} {d}",
    "本篇{o}来自{site}，下载请登录",
]


@R.form("ads", "t77_site_footer_notes")
def ads_site_footer_notes(ctx: Ctx):
    """A material site's footer note as the document's last line or glued to its last paragraph:
    本文由…网整理 / 更多范文请访问… / 下载word版 / 原创不易 转载请注明出处 / 文章出处：…; sometimes
    after the signature block."""
    rng = ctx.rng
    d = rng.choice(["www.", ""]) + rng.choice(_STEMS) + rng.choice([".com", ".cn", ".net"])
    text = rng.choice(_FOOTERS).format(site=rng.choice(_SITES), d=d, n=rng.randint(2, 12), o=rng.choice(_OFFERS))
    if rng.random() < 0.3:
        a, b = rng.choice(_OPEN_CLOSE)
        text = a + text + b
    where = rng.choice(["end", "end", "tail", "glued"])
    if where == "end":
        p = len(ctx.text)
        if not ctx.free(p, p):
            return None
        raw = "\n" + text
        return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="tail")])
    return _place(ctx, text, [where])


@R.form("ads", "t78_gzh_reply_other_spellings")
def ads_gzh_reply_other_spellings(ctx: Ctx):
    """A 公众号 promotion with a reply keyword in other spellings: 公号 / GZH / gzh / 订阅号 / 微信搜一搜
    / 搜索关注; reply as 回复 / 后台回复 / 私信 / 留言 / 发送; the keyword in 【】「」“”'' or bare; the
    reward as 获取全文 / 领取 / 免费下载 / 即可获得."""
    rng = ctx.rng
    name = rng.choice(_SITES + ["机关写作", "公文小助手", "材料大师"])
    acct = rng.choice(["公众号", "公号", "GZH", "gzh", "订阅号", "微信公众平台", "V公众号", "微信搜一搜"])
    kw = rng.choice(["总结", "范文", "方案", "2024", "述职", "模板", "材料"])
    q1, q2 = rng.choice([("【", "】"), ("「", "」"), ("“", "”"), ("'", "'"), ("", " "), ("\"", "\"")])
    verb = rng.choice(["回复", "后台回复", "私信", "留言", "发送"])
    reward = rng.choice(["获取全文", "领取完整版", "免费下载", "即可获得word文档", "获取更多范文"])
    text = rng.choice([f"关注{acct}“{name}”，{verb}{q1}{kw}{q2}{reward}",
                       f"{acct}{colon(rng)}{name}　{verb}{q1}{kw}{q2}{reward}",
                       f"{verb}{q1}{kw}{q2}{reward}，请关注{acct}{name}",
                       f"{acct}搜索{name}，{verb}关键词{q1}{kw}{q2}{reward}"])
    return _place(ctx, text, ["between", "tail", "glued", "splice", "between_sentences", "head"], 0.6)


@R.form("ads", "t79_glued_after_full_stop")
def ads_glued_after_full_stop(ctx: Ctx):
    """An ad glued right after a sentence's 。 inside a paragraph, no bracket, its own sentence,
    with an obfuscated channel name (薇信 / V信 / vx / 威信 / 加V / 徽信 / wei信): …落到实处。材料代写
    加V信fwxs88。下一句…"""
    rng = ctx.rng
    chan = rng.choice(_CHANNELS)
    h = rng.choice([_handle(rng), rng.choice(FAKE_MOBILES)])
    text = rng.choice([f"{rng.choice(_OFFERS)}{chan}{h}",
                       f"{rng.choice(['代写', '代笔', '定制'])}各类材料加{chan}{colon(rng)}{h}",
                       f"{rng.choice(_OFFERS)}请联系{chan}{h}",
                       f"找{rng.choice(_OFFERS)}，{chan}{h}"])
    return _place(ctx, text, ["between_sentences", "between_sentences", "glued"])


def _row(rng, cells: list[str]) -> str:
    sep = rng.choice(["\t", " | ", "｜", "\u3000\u3000", "  "])
    edge = sep.strip() if sep.strip() and rng.random() < 0.5 else ""
    return edge + sep.join(cells) + edge


@R.form("ads", "t80_table_row_ad")
def ads_table_row_ad(ctx: Ctx):
    """An ad standing as a row of a table flattened to text: cells joined by tabs, pipes or runs of
    full-width spaces (范文下载 | 公文素材 | 微信：…), sometimes with a cell number or a price cell."""
    rng = ctx.rng
    d = rng.choice(["www.", ""]) + rng.choice(_STEMS) + rng.choice([".com", ".cn"])
    cells = rng.choice([
        [rng.choice(_OFFERS), "免费下载", d],
        [rng.choice(_SITES), rng.choice(_OFFERS), f"{rng.choice(_CHANNELS)}{colon(rng)}{_handle(rng)}"],
        ["热门范文", rng.choice(_OFFERS), rng.choice(_OFFERS), "更多>>"],
        [str(rng.randint(1, 9)), rng.choice(_OFFERS), f"￥{rng.randint(2, 30)}", "立即下载"],
        ["客服QQ", rid(rng, 9), "材料定制", rng.choice(FAKE_MOBILES)],
    ])
    text = _row(rng, cells)
    return _place(ctx, text, ["between", "tail", "head"])


@R.form("ads", "t81_hotline_domain_offer")
def ads_hotline_domain_offer(ctx: Ctx):
    """A material offer with a 400 hotline (400-6xx-xxxx, 4008xxxxxx, 400 123 4567) or a bare domain
    with no www and no scheme (fwxs.com.cn, xzb.top/123.html) or a mobile number; any position."""
    rng = ctx.rng
    a, b = rid(rng, 3), rid(rng, 4)
    hot = rng.choice([f"400-{a}-{b}", f"400{a}{b}", f"400 {a} {b}", f"4000-{a[:2]}-{b}"])
    dom = rng.choice(_STEMS) + rng.choice([".com.cn", ".top", ".cc", ".net", ".com"]) + rng.choice(
        ["", f"/{rid(rng, 4)}.html"])
    contact = rng.choice([f"热线{hot}", f"咨询{hot}", hot, dom, f"详见{dom}", f"手机{rng.choice(FAKE_MOBILES)}"])
    text = rng.choice([f"{rng.choice(_OFFERS)}{rng.choice(['，', ' ', ''])}{contact}",
                       f"{contact}{rng.choice(['，', ' '])}专业{rng.choice(_OFFERS)}",
                       f"{rng.choice(_SITES)}{rng.choice(['，', ' '])}{contact}"])
    return _place(ctx, text, ["between", "glued", "splice", "splice", "tail", "between_sentences"], 0.8)


@R.form("ads", "t82_english_channel_names")
def ads_english_channel_names(ctx: Ctx):
    """A text-only promotion whose channel is named in English or pinyin letters (WeChat, Wechat ID,
    weixin, QQ qun, Tel, WhatsApp, Email) next to a template or material word; any position."""
    rng = ctx.rng
    chan = rng.choice(["WeChat", "Wechat ID", "weixin", "WEIXIN", "QQ qun", "Tel", "WhatsApp", "E-mail", "wx id"])
    val = rng.choice([_handle(rng), rng.choice(FAKE_MOBILES), f"{_handle(rng)}@163.com"])
    text = rng.choice([f"{rng.choice(_OFFERS)} {chan}{colon(rng)}{val}",
                       f"{chan}{colon(rng)}{val} {rng.choice(_OFFERS)}",
                       f"{rng.choice(_SITES)}整理 {chan} {val}"])
    return _place(ctx, text, ["between", "glued", "splice", "tail", "between_sentences", "head"], 0.7)


# ======================================================================================
# protected (keep): a notice's own contact, source, download and template wording


@R.form("protected", "t83_notice_contact_source_lines")
def prot_notice_contact_source_lines(ctx: Ctx):
    """A notice's own short lines at its tail: 联系人 / 联系电话 / 邮箱 (a .gov.cn address), the
    publisher's source note (来源：XX市人民政府办公室), a 12345 service hotline, a line asking to
    follow the government's own 微信公众号 — each shaped like a footer ad."""
    rng = ctx.rng
    pub = meta_values(ctx)["publisher"] or "市人民政府办公室"
    city = rng.choice(["江岭", "临川", "云阳", "青溪"])
    kind = rng.randint(0, 3)
    if kind == 0:
        lines = [f"联系人：{rng.choice(['王敏', '陈刚', '刘佳'])}　联系电话：0{rng.randint(310, 999)}-{rid(rng, 8)}",
                 f"邮箱：{rng.choice(['zwgk', 'bgs', 'xxzx'])}{rid(rng, 3)}@{rng.choice(['jl', 'lc', 'yy', 'qx'])}.gov.cn"]
    elif kind == 1:
        lines = [f"来源：{pub}"]
    elif kind == 2:
        lines = ["政务服务便民热线：12345（24小时受理）"]
    else:
        lines = [f"请关注“{city}发布”微信公众号，及时了解政策动态。"]
    return keep_lines(ctx, lines, rng.choice(["tail", "between"]))


@R.form("protected", "t84_notice_download_template_wording")
def prot_notice_download_template_wording(ctx: Ctx):
    """A real notice's sentences that use the ads' words: 附件下载 from the portal, 扫描二维码报名,
    a form named 《…申请表（模板）》, a ban on false adverts, materials 整理 and 报送, a 转发 note."""
    rng = ctx.rng
    city = rng.choice(["江岭", "临川", "云阳", "青溪"])
    form = rng.choice(["项目申报表", "资金申请表", "备案登记表"])
    a = rng.choice([
        (f"请填写《{city}市{form}（模板）》，于规定时间内报送。", [f"《{city}市{form}（模板）》"]),
        ("相关表格可在本网站“附件下载”栏目获取，也可扫描二维码报名。", ["“附件下载”栏目获取，也可扫描二维码报名"]),
        ("严禁发布虚假广告，严禁以代写材料等名义收取费用。", ["严禁发布虚假广告，严禁以代写材料等名义收取费用"]),
        ("各单位要认真整理有关材料，按要求发布信息，不得随意转载未经核实的内容。",
         ["认真整理有关材料，按要求发布信息，不得随意转载未经核实的内容"]),
    ])
    return _protect(ctx, a[0], a[1])
