"""Ads of other trades than writing, for cleaner/adshapes.py.

Hacked pages, comment boxes and forums carry spam of businesses a government text never
advertises: online gambling (black-hat SEO on government sites), invoices and forged
certificates, loans and clinics, part-time job scams. Each is written in a trade's own
words; what makes it an ad is that a lure (注册送, 官网, 当天放款, 日结) or a contact comes
with it, so a trade word is one strong cue of the class ``trade`` and a lure a weak one of
the class ``lure``: two classes must still agree (adcues.Scan.verdict), and words against
such trades (打击网络赌博, 警惕刷单诈骗) veto as for every ad.

Also here: a contact spelt in Chinese numerals (微信：一三八零零一三八零零零), which no notice
writes, and a template site's tag cloud (热门标签：工作总结 述职报告 心得体会).
Patterns only; nothing here changes text.
"""

from __future__ import annotations

import regex

# Online gambling: the game, the casino, the bet; a casino brand only with its trade word.
GAMBLING = regex.compile(
    r"娱乐(?:城|场(?!所|馆|地)|官网|集团|平台(?:官网|注册))|百家乐|博彩|(?:体育|足球|在线|网上)投注|投注(?:网|平台|官网)"
    r"|棋牌(?:游戏|平台|官网|下载|娱乐)|老虎机|时时彩|六合彩|真人(?:视讯|荷官|娱乐)"
    r"|(?:葡京|威尼斯人|金沙|太阳城|皇冠)\p{Han}{0,2}?(?:娱乐|官网|集团|体育|棋牌)")
# Invoices, certificates and seals sold; cashing out a credit card.
GREY_SERVICE = regex.compile(
    r"代开(?:各类|各种|正规|真票)\p{Han}{0,6}?发票|(?:办理|代办)各类证件|专业办证|办证刻章|刻章办证"
    r"|(?:毕业证|学位证|文凭)\p{Han}{0,3}?(?:办理|代办)|信用卡套现|套现秒到")
# Loans and clinics of spam: the promise gives them away (a notice may speak of 低息贷款).
LOAN_CLINIC = regex.compile(
    r"当天放款|秒批|不看征信|停催|逾期协商|\p{Han}{1,6}?医院哪家好|哪家(?:医院)?(?:最好|好)(?![\p{Han}])|无效退款"
    r"|专业治疗\p{Han}{1,4}?[癣病炎痘]|急用钱|(?:凭|仅需|只要)身份证\p{Han}{0,2}?(?:可贷|贷款|下款|放款|借钱|借款)|黑户(?:可贷|可借)|(?:秒|快速)下款")
# Street-flyer trades: a free design drawing, moving and air-conditioner fitting, locks and drains, a car
# "driven home" for a down payment (a notice on old housing or car subsidies names none of these offers).
HOUSEHOLD = regex.compile(
    r"免费(?:出|做)?(?:设计)?效果图|专业搬家|拆装空调|开锁换锁|管道疏通|首付\s*+\d++\s*+万?\s*+(?:开回家|提车)")
# Part-time job scams: typing, copying, 刷单, pay by the day.
PART_TIME = regex.compile(
    r"兼职\p{Han}{0,3}?(?:打字员|抄写员|刷单)|刷单员|(?:日结|日赚|日入)\s*+\d|一单一结|宝妈\p{Han}{0,3}?兼职"
    r"|(?:在家|网络|手机)兼职")
# The trades hacked pages advertise that a notice offers no service of, named by words with no
# everyday meaning of a notice's own: cashing out credit, online loans' "口子", fake certificates,
# 刷单, illegal lotteries and casinos, surrogacy, pass guarantees, crypto dealers. A notice names
# them too, against them (警惕刷单诈骗) or quoting them (不得出现“包过”字样), so never a cue
# alone: beside an address whose words the document never uses, where an ad stands
# (adforeign.verdict), and not in quotes. Words with a notice's own meaning stay out: 私服
# (casual clothes), 外挂 (an external lift), 白条 (an IOU), 男科 and 人流 (a hospital's
# departments), 刻章 and 办证 (public services), 搬家, 装修, 贷款, 发票, 驾校.
SPAM_TRADE = regex.compile(r"套现|网贷|下款|假证|刷单|时时彩|六合彩|博彩|百家乐|代孕|包过|协议班|USDT|usdt|搬砖")
# What lures the buyer in; weak, a notice may say 官网 or 开户 of its own, and it counts only
# beside a trade word (adcues drops it otherwise).
LURE = regex.compile(r"注册(?:即|就)?送|首存|开户|官网|官方网站|秒到账?|信誉|手机版|无抵押|免抵押|低息|无需押金|多劳多得|在家可做"
                     r"|招聘|额度高")
# A contact spelt in Chinese numerals, 7 to 12 of them, after a channel; or a mobile number
# whose digits mix Chinese numerals and figures (１三７零０〇０玖９９九), with or without a
# channel: no text writes its own number half in one script and half in the other.
# Radio speech's digits too: 幺 for 1, 两 for 2, 拐 for 7, 勾 for 9, 洞 for 0.
_CN_DIGIT = "零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖幺两拐勾洞"
_NUMERAL_CHARS = "0-9零〇一二三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟幺两拐勾洞"  # a figure's or a numeral's
_NOT_NUMERAL = rf"(?![{_NUMERAL_CHARS}])"
_MIXED = rf"(?=(?:[0-9]*+[{_CN_DIGIT}]){{2}})(?=(?:[{_CN_DIGIT}]*+[0-9]){{2}})"
CN_NUMERAL_CONTACT = regex.compile(
    rf"(?:微信|[Vv]信|威信|薇信|扣扣|QQ|qq|电话|手机|薇|[Vv][Xx]?|Q)\s*+(?:号|号码)?\s*+:?\s*+"
    rf"(?:[{_CN_DIGIT}]{{7,12}}+|{_MIXED}[0-9{_CN_DIGIT}]{{7,12}}+){_NOT_NUMERAL}"
    rf"|(?<![{_NUMERAL_CHARS}]){_MIXED}[1一壹幺][3-9三四五六七八九叁肆伍陆柒捌玖][0-9{_CN_DIGIT}]{{9}}{_NOT_NUMERAL}")
# A template site's tag cloud or related-links box: its label, and a list of writing genres.
_GENRE = r"(?:总结|计划|报告|心得体会|心得|发言稿|讲话稿|讲稿|范文|方案|要点|汇报|述职|致辞|演讲稿)"
_ITEM = rf"[\p{{Han}}A-Za-z0-9]{{0,8}}?{_GENRE}"
GENRE_LIST = regex.compile(rf"{_ITEM}(?:\s*+[ 、|/,]\s*+{_ITEM}){{2,}}+")
TAG_LABEL = regex.compile(
    rf"(?:热门标签|TAG标签|[Tt]ag标签|标签云|相关搜索|热门搜索|猜你喜欢|相关范文|热门范文|精彩推荐|相关推荐|更多推荐|热门推荐)\s*+:"
    rf"|(?:推荐阅读|相关阅读|标签|TAG|[Tt]ags?)\s*+:(?=\s*+{_ITEM}\s*+[ 、|/,])"
    # a related-links arrow pointing at a writing genre (查看更多>>实施方案范文): the site's, as its labels are
    rf"|(?:查看|阅读|点击查看)?更多\s*+(?:>>|\u300b\u300b|\u2192)\s*+(?={_ITEM})")


def shapes():
    """(pattern, class, points, cue name, ad-only) rows for adshapes._SHAPES.

    >>> [row[3] for row in shapes() if row[0].search("澳门新葡京娱乐场官网")]
    ['gambling', 'lure']
    """
    return (
        (GAMBLING, "trade", 3, "gambling", True),
        (GREY_SERVICE, "trade", 3, "invoices or certificates sold", True),
        (LOAN_CLINIC, "trade", 3, "loan or clinic spam", True),
        (PART_TIME, "trade", 3, "part-time job scam", True),
        (HOUSEHOLD, "trade", 3, "street-flyer trade", True),
        (LURE, "lure", 1, "lure", False),
        (CN_NUMERAL_CONTACT, "contact", 3, "contact in Chinese numerals", True),
        (TAG_LABEL, "site", 3, "tag cloud or related-links label", True),
        (GENRE_LIST, "material", 1, "list of writing genres", False),
    )
