"""More TUNE forms (round 5 of issue 16): defect kinds derived from the causes of damage.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

import re
import unicodedata

from forms_common import FAKE_MOBILES, Ctx, Gold, Inj, colon, rid
from forms_tune import R, _garble, _protect
from forms_tune_ads import _SHARE_SITES, _STEMS, _place
from forms_tune_r4_ads import _R4_POSITIONS


# ======================================================================================
# ads (remove): the businesses that inject text into reposted government documents


@R.form("ads", "t22_exam_training")
def ads_exam_training(ctx: Ctx):
    """An exam or training seller: 公考/事业编/教资 courses, question banks, 上岸 promises,
    with a contact, a price or a keyword (2025省考面试系统班报名中，咨询VX：gk2025)."""
    rng = ctx.rng
    exam = rng.choice(["公考", "省考", "国考", "事业编", "教资", "遴选", "选调生", "三支一扶", "军队文职"])
    acct = rng.choice(_STEMS) + rid(rng, 3)
    text = rng.choice([
        f"{rng.randint(2024, 2026)}{exam}面试系统班报名中，上岸率高，咨询VX{colon(rng)}{acct}",
        f"{exam}笔试历年真题及解析免费领取，加QQ群{colon(rng)}{rid(rng, 9)}",
        f"{exam}网课低至{rng.randint(3, 20) * 10}元，私信获取试听课",
        f"想考{exam}的同学，备考资料包已整理好，回复“{exam}”领取",
        f"{exam}一对一辅导，不过退费，联系{rng.choice(FAKE_MOBILES)}",
    ])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.4)


@R.form("ads", "t23_paywall_teaser")
def ads_paywall_teaser(ctx: Ctx):
    """A document-sharing site's paywall left in the text: 剩余5页未读，继续阅读 / 试读已结束，
    开通VIP即可下载全文 / 本文档共8页，下载需2积分 / 付费下载￥3.00."""
    rng = ctx.rng
    n = rng.randint(2, 30)
    text = rng.choice([
        f"剩余{n}页未读，继续阅读",
        "试读已结束，开通VIP会员即可下载全文",
        f"本文档共{n}页，当前为第1页，下载需{rng.randint(1, 9)}积分",
        f"付费下载 ￥{rng.randint(1, 9)}.00 立即购买",
        "内容已隐藏，登录后查看完整版",
        f"{rng.choice(_SHARE_SITES)}VIP专享文档，下载券{rng.randint(1, 5)}张",
    ])
    return _place(ctx, text, ["top", "between", "between", "tail", "tail", "glued"], bracket_share=0.0)


@R.form("ads", "t24_app_promo")
def ads_app_promo(ctx: Ctx):
    """An app promoted over the text: 打开XX文库APP阅读全文 / 下载APP免费查看更多范文 /
    APP内打开，体验更佳 / 扫码下载客户端."""
    rng = ctx.rng
    site = rng.choice(_SHARE_SITES)
    text = rng.choice([
        f"打开{site}APP，阅读全文",
        "下载APP，免费查看更多范文",
        f"{site}App内打开，体验更佳",
        f"扫码下载{site}客户端，海量文档随时看",
        "打开App，查看剩余内容",
    ])
    return _place(ctx, text, ["top", "head", "between", "tail", "glued"], bracket_share=0.0)


@R.form("ads", "t25_selfmedia_sign")
def ads_selfmedia_sign(ctx: Ctx):
    """A self-media account's sign-off: 原创不易，喜欢请点赞关注 / 我是XX，关注我每天分享材料
    写作干货 / 觉得有用点个在看 / 码字不易，欢迎转发收藏."""
    rng = ctx.rng
    name = rng.choice(["笔杆子小王", "机关老李", "材料小助手", "公文老司机", "体制内小张"])
    text = rng.choice([
        "原创不易，喜欢请点赞、关注、转发",
        f"我是{name}，关注我，每天分享一篇材料写作干货",
        "觉得有用的话，点个“在看”再走吧",
        "码字不易，欢迎转发收藏，关注不迷路",
        f"以上就是今天的分享，我是{name}，我们下期见",
    ])
    return _place(ctx, text, ["tail", "tail", "between", "glued"], bracket_share=0.0)


@R.form("ads", "t26_head_attribution")
def ads_head_attribution(ctx: Ctx):
    """A template site's attribution at the document's head: 转载自XX网 / 本文选自XX /
    文章出处：XX（www.xx.com）."""
    rng = ctx.rng
    site = rng.choice(_SHARE_SITES)
    text = rng.choice([
        f"转载自{site}",
        f"本文选自{site}，仅供参考",
        f"文章出处{colon(rng)}{site}（www.{rng.choice(_STEMS)}.com）",
        f"本篇来自{site}会员投稿",
        f"{site}整理发布",
    ])
    return _place(ctx, text, ["top", "top", "head"], bracket_share=0.0)


@R.form("ads", "t27_pinyin_channel")
def ads_pinyin_channel(ctx: Ctx):
    """A channel spelt in pinyin or letters next to an offer: jia wei xin, wei xin hao, kou kou,
    +V, WX (代写各类材料 jia wei xin: wm2021)."""
    rng = ctx.rng
    channel = rng.choice(["jia wei xin", "wei xin", "weixin hao", "kou kou", "jia V", "+V", "jiaV", "wx hao", "Q Q hao"])
    acct = rng.choice([rng.choice(_STEMS) + rid(rng, 3), rng.choice(FAKE_MOBILES)])
    offer = rng.choice(["代写各类材料", "材料代笔", "总结报告代写", "范文模板领取", "原创文稿定制"])
    text = rng.choice([f"{offer} {channel}{colon(rng)}{acct}", f"{channel}{colon(rng)}{acct}，{offer}"])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.3)


@R.form("ads", "t28_weak_tail_splice")
def ads_weak_tail_splice(ctx: Ctx):
    """A splice with one strong cue first and only weak ones after it (专业代写总结，欢迎私信
    留言咨询 / 范文下载，扫码关注获取)."""
    rng = ctx.rng
    text = rng.choice(["专业代写各类总结，欢迎私信留言咨询", "海量范文下载，扫码关注即可获取", "材料代写，价格从优，加急可办",
                       "公文写作素材合集，点赞收藏后私信领取"])
    return _place(ctx, text, ["splice", "splice", "glued", "between_sentences"], bracket_share=0.0)


# ======================================================================================
# garbled (flag, or repair to the base text): damage on the way from author to crawler

_KANGXI = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0x2F00, 0x2FD6)}
_COMPAT = {unicodedata.normalize("NFC", chr(c)): chr(c) for c in range(0xF900, 0xFB00)
           if unicodedata.normalize("NFC", chr(c)) != chr(c)}
_SIMPLIFIED_RADICALS = dict(zip("见贝车长门韦页风飞马鱼鸟齐齿龙龟麦黄西青", "⻅⻉⻋⻓⻔⻙⻚⻛⻜⻢⻥⻦⻬⻮⻰⻳⻨⻩⻄⻘"))


def _swap(table: dict):
    def make(h):
        out = "".join(table.get(c, c) for c in h)
        return out if out != h else None
    return make


@R.form("garbled", "t26_pdf_cid_glyphs")
def garbled_pdf_cid(ctx: Ctx):
    """PDF extraction without a ToUnicode map: glyph ids for characters ((cid:1234)(cid:567))."""
    rng = ctx.rng
    return _garble(ctx, (1, 2, 3), lambda h: "".join(f"(cid:{rng.randint(3, 9999)})" for _ in h))


@R.form("garbled", "t27_kangxi_radicals")
def garbled_kangxi(ctx: Ctx):
    """PDF extraction that maps glyphs to Kangxi radicals (⽇常⼯作 for 日常工作); NFKC repairs them."""
    return _garble(ctx, (3, 4, 5, 6), _swap(_KANGXI), tries=40)


@R.form("garbled", "t28_compat_ideographs")
def garbled_compat(ctx: Ctx):
    """CJK compatibility ideographs from a converter or a Korean-origin font (\\uf967 for 不); NFC repairs them."""
    return _garble(ctx, (4, 5, 6), _swap(_COMPAT), tries=40)


@R.form("garbled", "t29_simplified_radicals")
def garbled_simplified_radicals(ctx: Ctx):
    """PDF fonts that map simplified characters to CJK radicals (⻓期 for 长期, ⻋辆 for 车辆)."""
    return _garble(ctx, (3, 4, 5, 6), _swap(_SIMPLIFIED_RADICALS), tries=40)


@R.form("garbled", "t30_vertical_punct")
def garbled_vertical(ctx: Ctx):
    """PDF text laid out vertically: presentation forms for ，、。：；！？ (加强管理︐确保安全︒)."""
    vertical = dict(zip("，、。：；！？", "\ufe10\ufe11\ufe12\ufe13\ufe14\ufe15\ufe16"))
    sites = [(m.start(), m.end()) for m in re.finditer("[，、；：]", ctx.text)
             if ctx.line_of(m.start()) in ctx.prose_lines()]
    site = ctx.pick_span(sites)
    if site is None:
        return None
    s, e = site
    raw = vertical[ctx.text[s]]
    return Inj(s, e, raw, [Gold(0, 1, "garbled", "flag", raw, repair=ctx.text[s], where="inline")])


@R.form("garbled", "t31_lost_trail_byte")
def garbled_lost_trail(ctx: Ctx):
    """A GBK character lost its trail byte and the lead byte was read as Latin-1 (加强Ö建设)."""
    def make(h):
        lead = h.encode("gbk")[0]
        return chr(lead) if 0xC0 <= lead <= 0xFE and lead not in (0xD7, 0xF7) else None
    return _garble(ctx, (1,), make, tries=40)


@R.form("garbled", "t32_quoted_printable")
def garbled_qp(ctx: Ctx):
    """Quoted-printable residue of a mail-to-web gateway (=E5=8A=A0=E5=BC=BA for 加强)."""
    return _garble(ctx, (2, 3), lambda h: "".join(f"={b:02X}" for b in h.encode("utf-8")))


# ======================================================================================
# protected (keep): real text that looks like these defects


@R.form("protected", "t5_own_account_exam")
def prot_own_account_exam(ctx: Ctx):
    """A notice's own exam registration and its own account with a reply keyword."""
    rng = ctx.rng
    a = rng.choice(["考生可登录市人事考试网报名，咨询电话0571-12345678", "请关注“江岭人社”微信公众号，回复“考试”查询报名信息",
                    "培训报名截至9月10日，下载报名表后发送至指定邮箱"])
    return _protect(ctx, f"{a}。", [a])


@R.form("protected", "t6_units_symbols")
def prot_units_symbols(ctx: Ctx):
    """Compatibility symbols and Latin-1 signs a notice writes on purpose: ㎡, ℃, 长×宽, α."""
    rng = ctx.rng
    a = f"{rng.randint(100, 999)}㎡"
    b = f"{rng.randint(18, 28)}℃"
    return rng.choice([
        lambda: _protect(ctx, f"新建用房{a}，室温保持在{b}以上。", [a, b]),
        lambda: _protect(ctx, f"展板尺寸为长×宽{rng.randint(1, 3)}米×{rng.randint(1, 2)}米。", ["长×宽"]),
    ])()
