"""More TUNE forms (round 4 of issue 16): further real-world shapes of the same defects.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_common import FAKE_MOBILES, Ctx, colon, rid
from forms_tune import R
from forms_tune_ads import _SHOP_NAMES, _STEMS, _domain, _place

_WIDE = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}
# Positions with more splices without a bracket, and the document's head and tail.
_R4_POSITIONS = ["top", "head", "between", "tail", "glued", "splice", "splice", "splice", "between_sentences"]


def _wide(rng, s: str, share: float = 0.5) -> str:
    """``s`` in full-width letters and digits, with probability ``share``."""
    return s.translate(_WIDE) if rng.random() < share else s


def _mobile(rng) -> str:
    """A mobile number with separators of some kind, or plain."""
    n = rng.choice(FAKE_MOBILES)
    sep = rng.choice(["", "-", " ", "—", "·", "."])
    return f"{n[:3]}{sep}{n[3:7]}{sep}{n[7:]}"


@R.form("ads", "t12_price_promo")
def ads_price_promo(ctx: Ctx):
    """A writing service sold by its price and promises alone, no contact at all: 原创材料
    300元/篇, 包过, 低价, 加急当天出稿, ¥99起."""
    rng = ctx.rng
    thing = rng.choice(["年终总结", "述职报告", "心得体会", "讲话稿", "调研报告", "党课讲稿", "汇报材料", "申报书", "自查报告"])
    price = rng.randint(2, 30) * 10
    text = rng.choice([
        f"原创{thing}{price}元/篇，包过查重",
        f"低价代写{thing}，加急可当天出稿",
        f"{thing}定制 ¥{price}起 原创包过",
        f"专业撰写{thing}，{price}元一篇，不满意可退款",
        f"各类{thing}加急代笔，原创保证，价格从优",
        f"承接{thing}撰写，每千字{price}元，24小时交稿",
        f"{thing}原创定制，包通过，限时特价{price}元",
    ])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.5)


@R.form("ads", "t13_fullwidth_contact")
def ads_fullwidth_contact(ctx: Ctx):
    """A contact in full-width letters and digits (ＶＸ：ｗｅｎｍｉ２０２３, ＱＱ群：１２３４５６７８)
    next to a writing or material offer."""
    rng = ctx.rng
    acct = _wide(rng, rng.choice(_STEMS) + rid(rng, rng.randint(2, 4)), 0.8)
    num = _wide(rng, rng.choice(FAKE_MOBILES + ["1" + rid(rng, 8), rid(rng, 9)]), 0.8)
    channel = _wide(rng, rng.choice(["VX", "QQ", "WX", "QQ群", "V信", "微信号", "Q"]), 0.7)
    offer = rng.choice(["公文材料代写", "领取全套范文", "写作素材免费送", "材料润色", "总结模板下载", "专业文秘代笔"])
    contact = channel + rng.choice(["：", ":", " ", ""]) + rng.choice([acct, num])
    text = rng.choice([f"{offer}{rng.choice(['，', ' ', '　'])}{contact}", f"{contact}（{offer}）", f"{offer}请加{contact}"])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.6)


@R.form("ads", "t14_separated_contact")
def ads_separated_contact(ctx: Ctx):
    """A contact whose channel or number is broken up by spaces or separators (微-信,
    薇 信 号, Q.Q, 138-0013-8000, 1 3 8 …), next to a paid-writing offer or alone with one."""
    rng = ctx.rng
    channel = rng.choice(["微-信", "薇 信", "V 信", "Q.Q", "Q Q", "威 信 号", "微_信", "扣 扣", "v-x", "V.X"])
    account = rng.choice([_mobile(rng), " ".join(rng.choice(FAKE_MOBILES)),
                          rng.choice(_STEMS) + rng.choice(["_", "-", ""]) + rid(rng, 3)])
    offer = rng.choice(["代写各类材料", "材料代笔", "写材料找我", "原创文稿定制", "范文模板领取", "帮写总结汇报"])
    text = rng.choice([f"{offer}{rng.choice(['，', ' ', '：'])}{channel}{colon(rng)}{account}",
                       f"{channel}{colon(rng)}{account}{rng.choice(['，', ' '])}{offer}"])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.4)


@R.form("ads", "t15_pinyin_english")
def ads_pinyin_english(ctx: Ctx):
    """An ad partly in pinyin or English: jia wei xin, WeChat ID, Add V, daixie, free templates
    at a domain, dd me."""
    rng = ctx.rng
    acct = rng.choice(_STEMS) + rid(rng, 3)
    text = rng.choice([
        f"daixie wenzhang jia wei xin {acct}",
        f"WeChat ID: {acct}（代写材料）",
        f"Add V: {acct} 获取更多范文",
        f"Free templates: {_domain(rng)}",
        f"weixin/QQ {rng.choice(FAKE_MOBILES)} 专业代写",
        f"写作素材 download at {_domain(rng)}",
        f"gongwen xiezuo 交流群 QQ:{rid(rng, 9)}",
    ])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.5)


@R.form("ads", "t16_group_invite")
def ads_group_invite(ctx: Ctx):
    """An invitation into a chat group that hands out writing material: 加入…群 / 进群 / 群号."""
    rng = ctx.rng
    name = rng.choice(["公文写作", "笔杆子", "材料人", "机关文秘", "范文分享", "体制内写作"])
    num = rid(rng, rng.randint(8, 10))
    text = rng.choice([
        f"加入{name}交流群（群号{colon(rng)}{num}）免费领取素材",
        f"扫码进群领取{rng.choice(['2024', '2025', ''])}年终总结模板",
        f"欢迎加入{name}互助群，群内每日分享范文",
        f"{name}读者群已开放，进群暗号“材料”",
        f"想要更多资料的小伙伴可以加群{num}",
        f"入群即送{rng.randint(100, 900)}篇精选范文，群号{num}",
    ])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.5)


@R.form("ads", "t17_account_keyword")
def ads_account_keyword(ctx: Ctx):
    """An account promotion with a keyword in other words: 微信搜索「X」后台发送“总结”,
    对话框输入, 私信关键词, 留言 …; the account named without 公众号 sometimes."""
    rng = ctx.rng
    name = rng.choice(_SHOP_NAMES)
    q1, q2 = rng.choice([("「", "」"), ("“", "”"), ("【", "】"), ("‘", "’")])
    key = rng.choice(["总结", "心得", "材料", "888", "述职", "党建"])
    text = rng.choice([
        f"微信搜索{q1}{name}{q2}，后台发送{q1}{key}{q2}获取全文",
        f"公众号{q1}{name}{q2}对话框输入{q1}{key}{q2}即可下载",
        f"关注{name}，私信关键词{q1}{key}{q2}领取模板",
        f"搜一搜{q1}{name}{q2}，发送{key}拿全套材料",
        f"更多材料请关注{name}公众号，留言{q1}{key}{q2}自动回复",
        f"点击关注{q1}{name}{q2}，输入{key}免费获取Word版",
    ])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.5)


@R.form("ads", "t18_doc_banner")
def ads_doc_banner(ctx: Ctx):
    """A document-sharing site's banner at the document's head or tail, often decorated:
    ★本文档由X提供★, —— 更多精品范文尽在X ——, 下载后可编辑, 文档可编辑|下载请联系客服."""
    rng = ctx.rng
    site = rng.choice(["好范文网", "文库", "第一范文网", "豆丁网", "原创力文档", "范文大全"])
    deco = rng.choice([("★", "★"), ("——", "——"), ("※", ""), ("", ""), ("◆", "◆"), ("==", "==")])
    body = rng.choice([
        f"本文档由{site}用户上传",
        f"更多精品范文尽在{site}",
        "本资料来源于网络收集整理，下载后可编辑",
        "文档可编辑 | 下载请联系客服",
        f"{site}——海量文档免费下载",
        "本word文档可编辑可修改",
        f"精品文档，欢迎下载收藏（{site}）",
    ])
    text = deco[0] + body + deco[1]
    return _place(ctx, text, ["top", "top", "head", "tail", "tail", "tail", "glued"], bracket_share=0.0)


@R.form("ads", "t19_mobile_hotline")
def ads_mobile_hotline(ctx: Ctx):
    """A writing business's mobile or landline-like hotline with separators, 同微信, 电话/微信,
    and a name (老师, 客服)."""
    rng = ctx.rng
    who = rng.choice(["王老师", "李编辑", "客服小张", "陈老师", "写作顾问"])
    text = rng.choice([
        f"写材料找{who} {_mobile(rng)}",
        f"文秘代笔 电话/微信{colon(rng)}{_mobile(rng)}",
        f"咨询电话{colon(rng)}{_mobile(rng)}（同微信）原创代写",
        f"范文定制热线{colon(rng)}{_mobile(rng)}，{who}",
        f"需要各类讲话稿请致电{_mobile(rng)}",
        f"{who}手机{colon(rng)}{_mobile(rng)}  专业公文写作",
    ])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.5)


# Blind forms: written after the round-4 rule work and never tuned on.
@R.form("ads", "t20_emoji_deal")
def ads_emoji_deal(ctx: Ctx):
    """A deal decorated with emoji and arrows: 🔥限时特惠🔥 总结代写 ￥50起 👉加V: xxx."""
    rng = ctx.rng
    thing = rng.choice(["年终总结", "述职报告", "党课讲稿", "心得体会", "调研报告"])
    deco = rng.choice(["🔥", "✅", "⭐", "❗", "💥"])
    contact = rng.choice(["👉加V：", "➡️微：", "☎ ", "📱"]) + rng.choice([rng.choice(_STEMS) + rid(rng, 3), _mobile(rng)])
    text = rng.choice([
        f"{deco}限时特惠{deco} {thing}代写 ￥{rng.randint(3, 20) * 10}起 {contact}",
        f"{deco}{thing}原创{deco}一对一服务 {contact}",
        f"{deco}专业{thing}撰写{deco}{contact}",
    ])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.4)


@R.form("ads", "t21_bundle_teaser")
def ads_bundle_teaser(ctx: Ctx):
    """A material bundle teased by its poster, no contact: 已打包, 评论区扣1, 整理不易, 需要的留言."""
    rng = ctx.rng
    n = rng.randint(50, 900)
    text = rng.choice([
        f"2025最新版党建材料合集（共{n}份）已打包，需要的留言",
        "小编整理不易，需要源文件的同学评论区扣1",
        "本文配套PPT及讲稿，关注后私信获取",
        f"全套{n}篇工作总结模板，点赞后自取",
        "原版Word文档已上传至网盘，提取码见评论区",
    ])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.4)
