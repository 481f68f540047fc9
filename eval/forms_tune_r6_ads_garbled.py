"""More TUNE forms (round 6 of issue 16): defect kinds written first without reading the rules.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.

Ads here come from other businesses than writing services (hacked-site gambling and loan
spam, invoice and certificate sellers, part-time job scams), from template sites' other
traces (a decorated title, a tag cloud, a dash-wrapped watermark), and from contacts in
Chinese numerals or broken over two lines. Garbled text comes from other decoders and other
look-alikes (UTF-16 and Mac Roman readings, base64, entities that lost their &, kana and
dashes for look-alike Han, letters for digits, traditional characters, single ? for a rare
character).
"""

from __future__ import annotations

import base64
import re

from common import HAN
from forms_common import FAKE_MOBILES, Ctx, Gold, Inj, colon, rid
from forms_tune import R, _garble, _protect
from forms_tune_ads import _SHARE_SITES, _STEMS, _domain, _place
from forms_tune_r4_ads import _R4_POSITIONS

# ======================================================================================
# ads (remove)

_CN_DIGITS = dict(zip("0123456789", "零一二三四五六七八九"))
_CAP_DIGITS = dict(zip("0123456789", "零壹贰叁肆伍陆柒捌玖"))


@R.form("ads", "t29_gambling_seo")
def ads_gambling_seo(ctx: Ctx):
    """Black-hat SEO on a hacked government site: a gambling casino's name and offer, often
    with its address, injected as hidden link text (澳门银河娱乐官网 注册即送58元 www.xx.com)."""
    rng = ctx.rng
    brand = rng.choice(["澳门银河娱乐", "新葡京娱乐场", "金沙娱乐城", "皇冠体育投注", "太阳城集团", "真人百家乐",
                        "威尼斯人娱乐", "永利棋牌"])
    offer = rng.choice(["官网", "注册即送58元", "首存送100%", "在线开户", "唯一官方网站", "手机版下载", "",
                        "信誉平台 秒到账"])
    tail = rng.choice(["", " " + _domain(rng), "（" + _domain(rng) + "）", ""])
    text = f"{brand}{rng.choice(['', ' '])}{offer}{tail}".strip()
    return _place(ctx, text, ["top", "glued", "glued", "splice", "splice", "between", "tail"], bracket_share=0.2)


@R.form("ads", "t30_invoice_certificate")
def ads_invoice_certificate(ctx: Ctx):
    """Grey-service spam of forums and hacked pages: invoices, certificates, seals, cashing out
    a credit card, each with a phone or a chat contact (代开各类发票 电话：138…)."""
    rng = ctx.rng
    offer = rng.choice(["代开各类发票", "代开增值税专用发票", "办理各类证件", "专业办证刻章", "毕业证学位证办理",
                        "信用卡套现秒到账", "代办营业执照 代账"])
    contact = rng.choice(["电话", "手机", "微信", "QQ", "联系", "V"]) + colon(rng) + rng.choice(
        FAKE_MOBILES + [rid(rng, 9)])
    sep = rng.choice([" ", "，", "  ", "\u3000", ""])
    text = rng.choice([f"{offer}{sep}{contact}", f"{contact}{sep}{offer}", f"{offer}，真实可查{sep}{contact}"])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.3)


def _cn_number(rng, n: str) -> str:
    table = _CN_DIGITS if rng.random() < 0.6 else _CAP_DIGITS
    return "".join(table[c] for c in n)


@R.form("ads", "t31_cn_numeral_contact")
def ads_cn_numeral_contact(ctx: Ctx):
    """A contact spelt in Chinese numerals to slip past a digit filter (微信：一三八零零一三八零零零,
    扣扣：捌柒陆伍肆叁贰壹), next to a writing or download offer."""
    rng = ctx.rng
    num = _cn_number(rng, rng.choice(FAKE_MOBILES + [rid(rng, 9)]))
    channel = rng.choice(["微信", "V信", "扣扣", "QQ", "电话", "薇"])
    offer = rng.choice(["材料代写", "需要原文档的", "各类总结报告代笔", "领取全套模板", "定制述职报告"])
    text = rng.choice([f"{offer}{rng.choice(['，', ' ', '请加'])}{channel}{colon(rng)}{num}",
                       f"{channel}{colon(rng)}{num}（{offer}）"])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.3)


@R.form("ads", "t32_two_line_ad")
def ads_two_line_ad(ctx: Ctx):
    """An ad broken over two lines by the page's layout: a lead-in line without any contact,
    then the contact line (需要本文Word版或代写材料的朋友 / 请加微信：xxx，备注来意)."""
    rng = ctx.rng
    first = rng.choice(["需要本文Word版或代写材料的朋友", "如需完整版文档及更多同类范文", "本人长期承接各类材料撰写",
                        "想要这篇讲话稿原稿的"])
    second = rng.choice([f"请加微信{colon(rng)}{rng.choice(_STEMS)}{rid(rng, 3)}，备注来意",
                         f"联系QQ{colon(rng)}{rid(rng, 9)}", f"私信或致电{rng.choice(FAKE_MOBILES)}",
                         f"请搜索公众号“{rng.choice(_SHARE_SITES)}”"])
    where = rng.choice(["tail", "tail", "between", "head"])
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    return ctx.line_inj(p, first + "\n" + second, dict(cls="ads", action="remove", expected=""), where)


@R.form("ads", "t33_title_decoration")
def ads_title_decoration(ctx: Ctx):
    """A template site's decoration of the title itself: 2021年工作要点（精选5篇） /
    【精品】… / …范文（通用版） / …_XX范文网; only the decoration goes."""
    rng = ctx.rng
    s, e, title = ctx.lines[0]
    if len(title) < 6:
        return None
    if rng.random() < 0.25:
        raw = rng.choice(["【精品】", "【推荐】", "[原创]", "【最新】", "（热门）"])
        p = s
    else:
        n = rng.randint(3, 12)
        raw = rng.choice([f"（精选{n}篇）", f"（通用{n}篇）", "范文（通用版）", f"_{rng.choice(_SHARE_SITES)}",
                          f"（最新范文{n}篇）", f"{n}篇", "（word版可编辑）"])
        p = e
    if not ctx.free(p, p):
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="title")])


@R.form("ads", "t34_tag_cloud")
def ads_tag_cloud(ctx: Ctx):
    """A template site's tag cloud or related-search list left under the text: 热门标签：工作总结
    工作计划 述职报告 / 相关搜索：…范文 …范文 (labels and separators vary)."""
    rng = ctx.rng
    label = rng.choice(["热门标签", "相关搜索", "TAG标签", "猜你喜欢", "相关范文", "推荐阅读"]) + colon(rng)
    words = rng.sample(["工作总结", "工作计划", "述职报告", "心得体会", "发言稿", "讲话稿", "工作要点范文",
                        "实施方案范文", "调研报告", "个人总结", "党课讲稿", "整改报告"], rng.randint(3, 6))
    sep = rng.choice([" ", "  ", "、", " | ", "　"])
    text = label + sep.join(words)
    return _place(ctx, text, ["tail", "tail", "tail", "between"], bracket_share=0.0)


@R.form("ads", "t35_loan_clinic_spam")
def ads_loan_clinic_spam(ctx: Ctx):
    """Loan and clinic spam of hacked pages and comment boxes: 无抵押贷款当天放款 / 网贷逾期
    协商 / XX男科医院哪家好，预约热线… (with a phone, an address or nothing)."""
    rng = ctx.rng
    text = rng.choice([
        f"无抵押信用贷款，当天放款，电话{colon(rng)}{rng.choice(FAKE_MOBILES)}",
        f"网贷逾期协商还款，停催延期，咨询{rng.choice(['V', '微信', 'QQ'])}{colon(rng)}{rng.choice(_STEMS)}{rid(rng, 3)}",
        f"{rng.choice(['仁爱', '博爱', '华美', '康乐'])}男科医院哪家好，预约热线400-{rid(rng, 3)}-{rid(rng, 4)}",
        "低息贷款额度高，秒批秒到，不看征信",
        f"专业治疗牛皮癣，无效退款，{_domain(rng)}",
    ])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.25)


@R.form("ads", "t36_part_time_job")
def ads_part_time_job(ctx: Ctx):
    """A part-time job scam (刷单 / typing / 宝妈兼职): 招聘网络兼职打字员，日结200元，
    联系QQ… / 在家手机刷单日赚300+."""
    rng = ctx.rng
    text = rng.choice([
        f"招聘网络兼职打字员，日结{rng.randint(1, 5) * 100}元，联系QQ{colon(rng)}{rid(rng, 9)}",
        f"宝妈学生兼职，在家手机操作日赚{rng.randint(2, 6) * 100}+，加V{colon(rng)}{rng.choice(_STEMS)}{rid(rng, 3)}",
        "诚招淘宝刷单员，一单一结，无需押金",
        f"兼职抄写员招聘，{rng.randint(3, 9)}0元一篇，多劳多得，电话{rng.choice(FAKE_MOBILES)}",
    ])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.3)


@R.form("ads", "t37_dash_watermark")
def ads_dash_watermark(ctx: Ctx):
    """A template site's watermark wrapped in dashes or stars between two sentences or glued to a
    paragraph: ——本文由XX网独家首发—— / ***更多精彩范文尽在XX网*** / -- 摘自XX --."""
    rng = ctx.rng
    site = rng.choice(_SHARE_SITES)
    a, b = rng.choice([("——", "——"), ("***", "***"), ("-- ", " --"), ("~~", "~~"), ("====", "===="), ("★", "★")])
    inner = rng.choice([f"本文由{site}独家首发", f"更多精彩范文尽在{site}", f"摘自{site}", f"{site}版权所有",
                        f"{site}（www.{rng.choice(_STEMS)}.com）整理"])
    return _place(ctx, a + inner + b, ["between_sentences", "glued", "glued", "splice"], bracket_share=0.0)


# ======================================================================================
# garbled (flag, or repair to the base text)

_KANA = dict(zip("工口力八夕二卜", "エロカハタニト"))
_TRAD = dict(zip("强设发会经济业务进实现国为动体关开时对门东长区员产农书学应统议观决规划调质环护卫监总",
                 "強設發會經濟業務進實現國為動體關開時對門東長區員產農書學應統議觀決規劃調質環護衛監總"))


def _one_char(ctx: Ctx, chars: str, make, flag_span=None):
    """Replace one Han character of ``chars`` that sits between Han characters."""
    sites = [(s, e) for s, e, _ in ctx.matches(f"(?<=[{HAN}])[{chars}](?=[{HAN}])")]
    site = ctx.pick_span(sites)
    if site is None:
        return None
    s, e = site
    raw = make(ctx.text[s])
    return Inj(s, e, raw, [Gold(0, len(raw), "garbled", "flag", raw, repair=ctx.text[s:e], where="inline")])


@R.form("garbled", "t33_single_qmark_rare")
def garbled_single_qmark(ctx: Ctx):
    """A single character outside GB2312 (a rare name or place character) saved as one ? or ？
    inside a word (张?同志, 加？建设): one mark, no run."""
    return _garble(ctx, (1,), lambda h: ctx.rng.choice(["?", "？"]))


@R.form("garbled", "t34_utf16_as_bytes")
def garbled_utf16(ctx: Ctx):
    """UTF-16 text read one byte at a time as Latin-1: each Han character turns into two ASCII or
    Latin-1 signs (加强 → R _: / \\xa0R:_)."""
    order = ctx.rng.choice(["utf-16-be", "utf-16-le"])

    def make(h):
        out = h.encode(order).decode("latin-1")
        return out if all(c.isprintable() and c != "\xa0" for c in out) and not out.isspace() else None
    return _garble(ctx, (2, 3, 4), make, tries=60)


@R.form("garbled", "t35_base64_residue")
def garbled_base64(ctx: Ctx):
    """A MIME part left in base64 (5Yqg5by6 for 加强), from a mail or API gateway."""
    def make(h):
        enc = ctx.rng.choice(["utf-8", "utf-8", "gbk"])
        return base64.b64encode(h.encode(enc)).decode("ascii")
    return _garble(ctx, (3, 4, 6), make)


@R.form("garbled", "t36_stripped_ampersand_ncr")
def garbled_stripped_ncr(ctx: Ctx):
    """Numeric character references whose & a sanitiser removed or widened (#21152;#24378; /
    ＆#21152; / #x52A0;): the entity decoder no longer sees them."""
    rng = ctx.rng
    amp = rng.choice(["", "", "＆", "&amp"])
    hexa = rng.random() < 0.4
    return _garble(ctx, (1, 2, 3), lambda h: "".join(
        f"{amp}#x{ord(c):X};" if hexa else f"{amp}#{ord(c)};" for c in h))


@R.form("garbled", "t37_kana_lookalikes")
def garbled_kana(ctx: Ctx):
    """Katakana typed or OCR-read for the look-alike Han character (エ作 for 工作, 人ロ for 人口,
    能カ for 能力): another script in the word."""
    return _one_char(ctx, "".join(_KANA), lambda c: _KANA[c])


@R.form("garbled", "t38_dash_for_yi")
def garbled_dash_for_yi(ctx: Ctx):
    """OCR or a font reads 一 as a dash or a long-vowel mark inside a word (统— / 进—步 / 第ー)."""
    return _one_char(ctx, "一", lambda c: ctx.rng.choice(["—", "－", "ー", "─", "-"]))


@R.form("garbled", "t39_utf8_as_mac_roman")
def garbled_mac_roman(ctx: Ctx):
    """UTF-8 read as Mac Roman (a Mac-made page): 加强 → Âä†Âº∫-like runs with ∂ † ≈ ƒ."""
    def make(h):
        out = h.encode("utf-8").decode("mac_roman")
        return out if all(c.isprintable() for c in out) else None
    return _garble(ctx, (1, 2, 3), make, tries=40)


@R.form("garbled", "t40_traditional_in_simplified")
def garbled_traditional(ctx: Ctx):
    """A stretch in traditional characters inside a simplified document (加強建設), from a copy of a
    Hong Kong or Taiwan page or a converter run the wrong way."""
    def make(h):
        out = "".join(_TRAD.get(c, c) for c in h)
        return out if out != h else None
    return _garble(ctx, (2, 3, 4), make, tries=60)


@R.form("garbled", "t41_letters_for_digits")
def garbled_letters_for_digits(ctx: Ctx):
    """OCR reads 0 as O or o and 1 as l or I inside a figure (2O21年, l5个, 3.O%)."""
    rng = ctx.rng
    sites = [(s, e) for s, e, _ in ctx.matches(r"(?<![0-9A-Za-z.])[0-9]*[01][0-9]*(?![0-9A-Za-z])")
             if e - s >= 2]
    site = ctx.pick_span(sites)
    if site is None:
        return None
    s, e = site
    num = ctx.text[s:e]
    ks = [k for k, c in enumerate(num) if c in "01"]
    k = rng.choice(ks)
    raw = num[:k] + rng.choice({"0": ["O", "o", "O"], "1": ["l", "I", "l"]}[num[k]]) + num[k + 1:]
    return Inj(s, e, raw, [Gold(0, len(raw), "garbled", "flag", raw, repair=num, where="inline")])


# ======================================================================================
# protected (keep): real text that looks like these defects


@R.form("protected", "t7_own_contact_channels")
def prot_own_contact_channels(ctx: Ctx):
    """A notice's own contact channels in a body sentence: its mini-program or 公众号 with a search
    step, its hotline and its mailbox (微信搜索小程序“江岭医保”即可报名)."""
    rng = ctx.rng
    a = rng.choice(["微信搜索小程序“江岭医保服务”即可在线报名",
                    "可通过“江岭卫健”抖音号、视频号观看发布会直播",
                    "群众可拨打12345政务服务便民热线或登录市政府门户网站反映问题"])
    b = rng.choice(["联系电话：0571-12345678", "咨询电话：0571-87654321"])
    return _protect(ctx, f"{a}，{b}。", [a, b])


@R.form("protected", "t8_sentence_against_ads")
def prot_sentence_against_ads(ctx: Ctx):
    """A sentence against the very businesses ads come from: 严厉打击代写代考、虚开发票、
    非法网络赌博和虚假广告 / 不得利用微信、抖音等发布虚假违法广告."""
    rng = ctx.rng
    a = rng.choice(["严厉打击代写代考、虚开发票、非法网络赌博和虚假违法广告等行为",
                    "不得利用微信公众号、抖音等新媒体发布虚假违法广告或从事违法代言活动",
                    "警惕“无抵押贷款”“兼职刷单”等电信网络诈骗，不轻信陌生来电和QQ群信息"])
    return _protect(ctx, f"{a}。", [a])
