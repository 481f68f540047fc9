"""More TUNE forms (round 9): ads, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_common import FAKE_MOBILES, Ctx, Gold, Inj, colon, rid
from forms_tune import R, _protect
from forms_tune_ads import _place
from forms_tune_r4_ads import _R4_POSITIONS

# Round 9: the trades of a pasted ad are no longer the writing-material business (装修, 贷款,
# 招聘, 直播带货, 考试辅导, 驾校), the contact is written the way a human evades a filter
# (full-width letters with spaces inside, emoji in place of the channel name, a domain spelt
# with 点 / dot), and the ad sits at a paragraph's end without any bracket, spans a line
# break, or splices in brackets no earlier form used (｛｝ ⟨⟩ 〈〉 ﹝﹞).

_WIDE = {c: chr(ord(c) + 0xFEE0) for c in "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ:"}
_HANDLES = ["jlhaowu", "zxsj888", "daikuan66", "hrzp2025", "kaogong_a", "jiaxiao1", "hwzb520", "lydq99",
            "xfzx001", "mengxiang7"]
_ODD_BRACKETS = [("｛", "｝"), ("〈", "〉"), ("⟨", "⟩"), ("﹝", "﹞"), ("【", "】"), ("〖", "〗"), ("(", ")")]


def _spaced_mobile(rng) -> str:
    """A mobile number split 3-4-4 by spaces, dashes or nothing, digits half- or full-width."""
    n = rng.choice(FAKE_MOBILES)
    sep = rng.choice([" ", "  ", "-", "\u3000", ""])
    s = f"{n[:3]}{sep}{n[3:7]}{sep}{n[7:]}"
    return s.translate(str.maketrans(_WIDE)) if rng.random() < 0.4 else s


def _spaced_wide_id(rng) -> str:
    """An id in full-width letters with spaces between them: Ｗ Ｘ：ａｂｃ１２３ / ｖ ｘ ｈｒｚｐ２０２５."""
    chan = rng.choice(["WX", "VX", "vx", "QQ", "wx", "V"])
    ident = rng.choice(_HANDLES) + rid(rng, rng.randint(0, 3))
    wide = str.maketrans(_WIDE)
    chan_txt = rng.choice([" ", ""]).join(chan).translate(wide)
    sep = rng.choice(["：", ":", " ", "", "："]).translate(wide)
    return chan_txt + sep + (ident if rng.random() < 0.2 else ident.translate(wide))


@R.form("ads", "t48_renovation_glued")
def ads_renovation_glued(ctx: Ctx):
    """A home-renovation company's ad glued to the end of a paragraph with no bracket, the
    mobile split by spaces (全包半包 免费量房设计 咨询 139 1234 5678)."""
    rng = ctx.rng
    offer = rng.choice(["全包半包 免费量房设计", "老房翻新 局部改造 防水补漏", "整装套餐 68800元起 拎包入住",
                        "室内装修 十年质保 先装修后付款", "别墅大宅设计 免费出效果图"])
    lead = rng.choice(["咨询", "电话", "热线", "联系", "预约", "量房热线"])
    text = rng.choice([f"{offer} {lead}{rng.choice(['', '：', ' '])}{_spaced_mobile(rng)}",
                       f"{rng.choice(['江岭', '云阳', '临川'])}{rng.choice(['家装', '装饰公司', '装修'])}，{offer}，{lead}{_spaced_mobile(rng)}"])
    return _place(ctx, text, ["glued", "glued", "glued", "between_sentences", "tail"], bracket_share=0.0)


@R.form("ads", "t49_short_video_account")
def ads_short_video_account(ctx: Ctx):
    """A live-selling or online-shop ad pointing to a short-video account: 抖音号 / 快手ID /
    小红书 / B站UID / 视频号 (每晚8点直播带货 抖音搜索：jlhaowu)."""
    rng = ctx.rng
    offer = rng.choice(["每晚8点直播带货 全场包邮", "农家土特产网店 产地直发", "源头工厂直播间 9块9秒杀",
                        "零基础学直播带货 一个月出师", "网店代运营 七天起量"])
    acct = rng.choice(_HANDLES) + rid(rng, rng.randint(0, 3))
    chan = rng.choice([f"抖音号{colon(rng)}{acct}", f"抖音搜索“{acct}”", f"快手ID{colon(rng)}{acct}",
                       f"小红书@{acct}", f"B站UID{colon(rng)}{rid(rng, 9)}", f"视频号{colon(rng)}{acct}",
                       f"dy{colon(rng)}{acct}", f"快手搜{acct}"])
    text = rng.choice([f"{offer}，{chan}", f"{chan} {offer}", f"{offer}！关注{chan}"])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.3)


@R.form("ads", "t50_disguised_link")
def ads_disguised_link(ctx: Ctx):
    """A link spelt so a URL filter misses it: www点xxx点com / xxx(dot)com / xxx。com / 浏览器输入
    xxx 点 cn / 百度搜索“xxx”, next to a short offer or alone."""
    rng = ctx.rng
    stem = rng.choice(_HANDLES)
    tld = rng.choice(["com", "cn", "net", "top"])
    host = rng.choice([f"www点{stem}点{tld}", f"{stem}(dot){tld}", f"{stem}。{tld}", f"{stem} 点 {tld}",
                       f"www.{stem}。{tld}", f"ｗｗｗ．{stem}．{tld}", f"{stem}[.]{tld}"])
    offer = rng.choice(["更多范文请访问", "全套资料下载", "浏览器输入", "正版资源站", "贷款额度测评", "在线题库"])
    text = rng.choice([f"{offer}{rng.choice(['', '：', ' '])}{host}", f"{host} {offer}", host])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.3)


@R.form("ads", "t51_recruit_wide_spaced")
def ads_recruit_wide_spaced(ctx: Ctx):
    """A recruitment or part-time ad with the id in full-width letters spaced out (急招普工
    日结300 Ｗ Ｘ：ｈｒｚｐ２０２５)."""
    rng = ctx.rng
    offer = rng.choice(["急招普工 包吃住 日结300", "招聘宝妈兼职 在家可做", "高薪诚聘外卖骑手 多劳多得",
                        "工厂直招 长白班 五险一金", "招网络客服 18-45岁 手机操作"])
    text = rng.choice([f"{offer} {_spaced_wide_id(rng)}", f"{_spaced_wide_id(rng)}（{offer}）", f"{offer}，加{_spaced_wide_id(rng)}"])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.4)


@R.form("ads", "t52_emoji_channel_loan")
def ads_emoji_channel_loan(ctx: Ctx):
    """A loan or credit-card ad whose channel is only an emoji: 🐧 for QQ, 💬 / 🟢 for WeChat,
    📞 / ☎️ for a phone (无抵押信用贷 当天放款 🐧1234567890)."""
    rng = ctx.rng
    offer = rng.choice(["无抵押信用贷 当天放款", "急用钱 凭身份证可贷", "大额信用卡代办 包下卡", "企业经营贷 利息低至3厘",
                        "征信花了也能贷"])
    chan = rng.choice(["🐧", "💬", "🟢", "📞", "☎️", "📲"])
    ident = rng.choice([rid(rng, rng.randint(8, 10)), rng.choice(FAKE_MOBILES), rng.choice(_HANDLES)])
    text = rng.choice([f"{offer} {chan}{ident}", f"{chan}{rng.choice(['', '：', ' '])}{ident} {offer}",
                       f"{offer}{chan}{ident}"])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.3)


@R.form("ads", "t53_ad_across_break")
def ads_ad_across_break(ctx: Ctx):
    """An ad glued to a paragraph's end and broken by a line break inside itself, the way a
    fixed-width layout wraps it (…。驾校招生 学车包 / 拿证 报名电话：138…)."""
    rng = ctx.rng
    first, second = rng.choice([("驾校招生 C1C2学车", f"包拿证 报名电话{colon(rng)}{rng.choice(FAKE_MOBILES)}"),
                                ("一建二建考前押题", f"不过退费 咨询QQ{colon(rng)}{rid(rng, 9)}"),
                                ("教师资格证面试辅导", f"小班授课 加微信{colon(rng)}{rng.choice(_HANDLES)}"),
                                ("装修找我们 全屋定制", f"免费上门量尺 {rng.choice(FAKE_MOBILES)}"),
                                ("会计初级职称网课", f"报名送教材 私信{rng.choice(_HANDLES)}领取")])
    ends = [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] in "。；"]
    p = ctx.pick_point(ends)
    if p is None:
        return None
    raw = rng.choice(["", " "]) + first + "\n" + second
    return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="glued")])


@R.form("ads", "t54_exam_odd_bracket")
def ads_exam_odd_bracket(ctx: Ctx):
    """An exam-coaching ad spliced mid-sentence in a bracket kind earlier forms never used
    (｛ ｝ 〈 〉 ⟨ ⟩ ﹝ ﹞), the contact one of several spellings (扣扣 / 薇信 / V信 / 企鹅)."""
    rng = ctx.rng
    offer = rng.choice(["考研复试辅导", "事业单位面试一对一", "成人高考包过班", "雅思托福冲刺", "消防工程师押题"])
    chan = rng.choice(["扣扣", "薇信", "V信", "企鹅", "威芯", "q群"])
    ident = rid(rng, rng.randint(6, 10)) if chan in ("扣扣", "企鹅", "q群") else rng.choice(_HANDLES)
    a, b = rng.choice(_ODD_BRACKETS)
    raw = a + rng.choice([f"{offer} {chan}{ident}", f"{offer}，{chan}{colon(rng)}{ident}"]) + b
    p = ctx.pick_point(ctx.han_gaps() + ctx.han_gaps(before=lambda c: c in "，、；"))
    if p is None:
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="splice")])


# ======================================================================================
# protected (keep): government text in the trades and spellings the ads above use


@R.form("protected", "t11_ads_trade_sentences")
def prot_trade_sentences(ctx: Ctx):
    """Body sentences of a real plan about the same trades (直播带货, 招聘会, 创业担保贷款,
    装修, 培训 with 报名), one with an official short-video account to follow."""
    rng = ctx.rng
    a = rng.choice(["组织开展“直播带货”助农活动12场，带动农产品线上销售3200万元",
                    "举办线上线下招聘会36场，提供就业岗位1.5万个",
                    "发放创业担保贷款1.2亿元，扶持创业1800人",
                    "完成老旧小区改造42个，规范住宅装修垃圾清运",
                    "欢迎关注“江岭人社”抖音号和微信视频号，及时获取招聘和培训报名信息",
                    "开展电商直播和网店运营免费培训，报名可拨打12345热线咨询"])
    return _protect(ctx, f"{a}。", [a])


@R.form("protected", "t12_ads_own_contact_line")
def prot_own_contact_line(ctx: Ctx):
    """A notice's own contact line before the signature, with a mobile spaced or in full-width
    digits and an official mailbox (联系人：王敏，联系电话：１３９ １２３４ ５６７８)."""
    rng = ctx.rng
    who = rng.choice(["王敏", "李建国", "陈晓", "周婷"])
    phone = rng.choice(["0571-87065432", "（0571）87065432", "０５７１－８７０６５４３２", "139 1234 5678",
                        "１３９１２３４５６７８", "13800138000"])
    line = rng.choice([f"联系人：{who}，联系电话：{phone}", f"联系人：{who}　电话：{phone}",
                       f"联系人及电话：{who}，{phone}；邮箱：jlrsj{rid(rng, 2)}@163.com"])
    p = ctx.pick_point(ctx.boundaries("tail"))
    if p is None:
        return None
    raw = "\n" + line if p == len(ctx.text) else line + "\n"
    k = raw.index(line)
    return Inj(p, p, raw, [Gold(k, k + len(line), "protected", "keep", line, where="line")])
