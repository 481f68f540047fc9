"""More TUNE forms (second round of issue 16): other surface shapes of the same defects.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.

The ads here use other vocabulary than the first four forms (services, platforms, claim
offers, attribution and takedown notes, domains written with spaces or 【点】, hotlines and
e-mails), contacts in obfuscated spellings, and every position: a line of its own, glued
after a paragraph's last sentence, spliced mid-sentence in any bracket type or in none.
"""

from __future__ import annotations

from forms_common import FAKE_MOBILES, Ctx, Gold, Inj, colon, rid
from forms_tune import R  # noqa: F401  (forms register themselves on import)

# Names a writing / material business goes by on the open web (invented or generic).
_SHOP_NAMES = ["笔墨轩", "文心阁", "妙笔", "知行文稿", "墨香", "一点通", "精品文案", "公文通", "青松写作", "云笔记",
               "星辰素材", "金笔头", "智库文档", "学习园地", "职场笔记", "机关文字控"]
# Document-sharing and template sites: many carry no writing word in their name.
_SHARE_SITES = ["豆丁网", "道客巴巴", "人人文库", "原创力文档", "写写帮", "瑞文网", "学习啦", "第一范文网", "文档之家",
                "应届毕业生网", "淘豆网", "冰点文库", "爱问共享资料", "三一文库", "语文迷", "书业网"]
_STEMS = ["wdzj", "rrwk", "doc88", "xxbang", "ruiwen", "xuexila", "dywf", "book118", "taodou", "51wendang", "yuwenmi",
          "wm5u", "bgxz", "fanwen88", "haofanwen", "xzbang"]
_TLDS = ["com", "cn", "net", "com.cn", "top", "cc", "vip"]
_BRACKETS = [("（", "）"), ("【", "】"), ("〖", "〗"), ("[", "]"), ("(", ")"), ("「", "」"), ("〔", "〕"), ("『", "』")]


def _number(rng) -> str:
    """A mobile or QQ number, sometimes written with spaces or in full-width digits."""
    n = rng.choice(FAKE_MOBILES + [rid(rng, 9), "1" + rid(rng, 8)])
    style = rng.random()
    if style < 0.25 and len(n) == 11:
        n = f"{n[:3]} {n[3:7]} {n[7:]}"
    elif style < 0.45:
        n = n.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})
    elif style < 0.55:
        n = " ".join(n)
    return n


def _account(rng) -> str:
    if rng.random() < 0.5:
        return _number(rng)
    return rng.choice(_STEMS) + rng.choice(["", "_", "-"]) + rid(rng, rng.randint(2, 4))


def _contact(rng) -> str:
    """A contact in an obfuscated spelling: 威xin, V❤, 薇:, 加微, ＱＱ, 扣扣 ..."""
    channel = rng.choice(["威xin", "V❤", "薇", "加微", "ＱＱ", "扣扣", "wx", "卫星", "V芯", "徽", "vx号", "薇信",
                          "Ｖ信", "q q", "企鹅", "➕V", "加薇"])
    return channel + rng.choice(["：", ":", " ", "", "：", "→"]) + _account(rng)


def _domain(rng) -> str:
    """A non-government domain, sometimes with spaces or 【点】 / 点 / dot for its dots."""
    host = rng.choice(["www.", "m.", "", "wap."]) + rng.choice(_STEMS) + rng.choice(["", rid(rng, 2)]) + "." + rng.choice(_TLDS)
    dot = rng.choice([".", ".", " . ", "【点】", "点", "(点)", "。", " dot "])
    return host.replace(".", dot) + rng.choice(["", "", "/" + rid(rng, 5) + ".html"] if dot == "." else [""])


def _place(ctx: Ctx, text: str, wheres, bracket_share: float = 0.0):
    """Insert ``text`` at a position drawn from ``wheres``: a line (top, head, between, tail),
    glued after a paragraph's last sentence, spliced mid-sentence (in brackets with
    ``bracket_share``), or between two sentences of a paragraph. Falls back to a line."""
    rng = ctx.rng
    where = rng.choice(wheres)
    if where == "glued":
        ends = [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] in "。；"]
        p = ctx.pick_point(ends)
        if p is not None:
            raw = rng.choice(["", "", " ", "\u3000"]) + text
            return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="glued")])
    elif where == "splice":
        p = ctx.pick_point(ctx.han_gaps() + ctx.han_gaps(before=lambda c: c in "，、；"))
        if p is not None:
            a, b = rng.choice(_BRACKETS) if rng.random() < bracket_share else ("", "")
            raw = a + text + b
            return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="splice")])
    elif where == "between_sentences":
        inner = [e for s, e in ctx.sentences() if e < ctx.lines[ctx.line_of(e)][1]]
        p = ctx.pick_point(inner)
        if p is not None:
            raw = text if text.endswith(("。", "！")) else text + "。"
            return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="splice")])
    if where in ("glued", "splice", "between_sentences"):
        where = "between"
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    return ctx.line_inj(p, text, dict(cls="ads", action="remove", expected=""), where)


_POSITIONS = ["top", "head", "between", "tail", "glued", "glued", "splice", "splice", "between_sentences"]


@R.form("ads", "t5_service_wording")
def ads_service_wording(ctx: Ctx):
    """A writing / material service in other words (原创文章定制, 文稿定制, 精品范文, PPT模板,
    资料包 …) with a contact in an obfuscated spelling (威xin, V❤, 薇:, ＱＱ, 扣扣, spaced or
    full-width digits); any position, any bracket or none."""
    rng = ctx.rng
    service = rng.choice(["原创文章定制", "各类文稿写作服务", "材料代笔", "文稿定制", "公文素材", "精品范文", "PPT模板定制",
                          "全套资料包", "讲话稿撰写", "总结、述职报告定制", "一对一写作辅导", "材料润色修改", "论文查重降重",
                          "申报书撰写", "征文比赛稿件", "心得体会、发言材料"])
    lead = rng.choice(["", "", "专业", "承接", "提供", "诚接", "长期承接"])
    tail = rng.choice(["", "", "，原创保质", "，当天交稿", "，价格优惠", "，质量保证", " 不满意不收费"])
    parts = [lead + service + tail, _contact(rng)]
    if rng.random() < 0.3:
        parts.reverse()
    text = rng.choice(["，", " ", "  ", "\u3000", "；", "|", "，"]).join(parts)
    return _place(ctx, text, _POSITIONS, bracket_share=0.8)


@R.form("ads", "t6_platform_account")
def ads_platform_account(ctx: Ctx):
    """A writing or material account on a video / social platform (抖音, 小红书, B站, 知乎,
    百家号, 头条号, 视频号), named with or without a colon, @ or quotes."""
    rng = ctx.rng
    name = rng.choice(_SHOP_NAMES) + rng.choice(["", "写作", "公文", "素材库", "文案", "笔记"])
    q1, q2 = rng.choice([("", ""), ("“", "”"), ("「", "」"), ("@", ""), ("【", "】")])
    platform = rng.choice(["抖音", "小红书", "B站", "b站", "哔哩哔哩", "知乎", "百家号", "头条号", "视频号", "快手"])
    account = platform + rng.choice(["搜索", "：", ":", "", " ", "号："]) + q1 + name + q2
    promo = rng.choice(["更多公文写作干货", "每天分享材料写作技巧", "海量精品范文", "更多模板素材", "获取更多写作资料",
                        "写材料不求人", "机关笔杆子都在看", "免费领取写作素材"])
    text = rng.choice([f"{promo}，{account}", f"{account}，{promo}", f"关注{account}，{promo}",
                       f"{promo}请关注{account}"])
    return _place(ctx, text, _POSITIONS, bracket_share=0.7)


@R.form("ads", "t7_claim_offer")
def ads_claim_offer(ctx: Ctx):
    """A download or claim offer without a template-site name: 关注后回复「资料」领取,
    点击下方链接下载完整版, 扫码领取, 限时免费, 私信 / 评论区留言 …."""
    rng = ctx.rng
    key = rng.choice(["资料", "模板", "666", "材料", "总结", "1", "范文"])
    q1, q2 = rng.choice([("「", "」"), ("“", "”"), ("【", "】"), ("", " ")])
    text = rng.choice([
        f"关注后回复{q1}{key}{q2}领取全套材料",
        "点击下方链接下载完整版",
        f"扫码领取{rng.choice(['2024', '2025', '最新', '全套'])}公文模板",
        f"限时免费领取精品范文{rng.randint(50, 500)}篇",
        f"私信{q1}{key}{q2}免费送电子版",
        f"评论区留言{q1}{key}{q2}获取Word文档",
        "需要完整版的朋友可以私信我",
        f"完整版文档请扫描文末二维码获取，仅需{rng.randint(2, 19)}.9元",
        f"文档已打包，关注即可免费下载",
        f"点赞收藏后私信{q1}{key}{q2}发你",
    ])
    return _place(ctx, text, _POSITIONS, bracket_share=0.7)


@R.form("ads", "t8_site_attribution")
def ads_site_attribution(ctx: Ctx):
    """A repost or attribution note of a non-government site (本文来源于XX网, 转载自, 整理发布：,
    本站 / 本平台 / 本号 …), the site often a document-sharing one without a writing word."""
    rng = ctx.rng
    site = rng.choice(_SHARE_SITES)
    text = rng.choice([
        f"本文来源于{site}",
        f"转载自{site}",
        f"整理发布{colon(rng)}{site}",
        f"本文由{site}网友上传分享",
        "本站部分文章来自网络，仅供学习交流",
        f"本平台整理发布，更多资料请访问{site}",
        "本号原创，转载请联系授权",
        f"文章来自网友投稿，由{site}整理发布",
        f"以上内容由{site}小编整理",
        f"来源{colon(rng)}{site}  作者{colon(rng)}佚名",
    ])
    return _place(ctx, text, ["top", "head", "between", "tail", "tail", "glued", "glued", "splice"], bracket_share=1.0)


@R.form("ads", "t9_copyright_takedown")
def ads_copyright_takedown(ctx: Ctx):
    """A site's copyright or takedown note: 如有侵权请联系删除, 版权归原作者所有, 免责声明, 侵删."""
    rng = ctx.rng
    text = rng.choice([
        "声明：本文内容来源于网络，版权归原作者所有，如有侵权请联系删除",
        "版权归原作者所有，如有侵权请联系我们删除",
        "免责声明：本站文章均来自网络，如有侵权请联系站长删除",
        "图文来源网络，侵删",
        "本文仅代表作者观点，不代表本站立场",
        "文章版权归原作者所有，若有侵权请告知，我们将及时处理",
        "如涉及作品内容、版权等问题，请与本网联系删除",
        "内容来自网络，如有侵权请私信删除",
    ])
    if rng.random() < 0.3:
        text = rng.choice(["※", "★", "注：", "PS："]) + text
    return _place(ctx, text, ["top", "head", "between", "tail", "tail", "glued", "glued", "splice"], bracket_share=1.0)


@R.form("ads", "t10_domain")
def ads_domain(ctx: Ctx):
    """A non-government site's address, sometimes bare, its dots sometimes spaced or written
    【点】 / 点 to dodge filters: 更多精彩请访问 www【点】xxx【点】com."""
    rng = ctx.rng
    lead = rng.choice(["", "", "更多精彩请访问", "网址：", "原文地址：", "手机访问：", "记住本站网址 ", "百度搜索 ",
                       "更多资料下载：", "本文首发于 "])
    text = lead + _domain(rng)
    return _place(ctx, text, _POSITIONS, bracket_share=0.8)


@R.form("ads", "t11_hotline_email")
def ads_hotline_email(ctx: Ctx):
    """A 400 hotline or an e-mail of a writing / material business: 写作咨询热线：400-xxx-xxxx,
    约稿邮箱：xxx@qq.com, 材料定制请发邮件至 …."""
    rng = ctx.rng
    hotline = f"400{rng.choice(['-', ' ', ''])}{rid(rng, 3)}{rng.choice(['-', ' ', ''])}{rid(rng, 4)}"
    mail = f"{rng.choice(_STEMS)}{rid(rng, rng.randint(0, 4))}@{rng.choice(['qq.com', '163.com', '126.com', 'foxmail.com', 'sina.com'])}"
    text = rng.choice([
        f"写作咨询热线{colon(rng)}{hotline}",
        f"约稿邮箱{colon(rng)}{mail}",
        f"材料定制请发邮件至 {mail}",
        f"投稿及代笔业务{colon(rng)}{mail}",
        f"文稿服务热线 {hotline}（微信同号）",
        f"范文下载客服{colon(rng)}{hotline}",
        f"全国统一客服热线{colon(rng)}{hotline}，专业文秘团队为您服务",
        f"公文素材合作{colon(rng)}{mail}",
    ])
    return _place(ctx, text, _POSITIONS, bracket_share=0.8)
