"""More TUNE forms (round 7 of issue 16): ads, kinds written first without reading the rules.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_common import FAKE_MOBILES, Ctx, colon, rid
from forms_tune import R, _protect
from forms_tune_ads import _STEMS, _place
from forms_tune_r4_ads import _R4_POSITIONS

# Ads here come from businesses and channels no earlier TUNE form used: crypto and Telegram
# dealers, shopping-app tokens and short links, paper-publishing agents, local-service SEO
# keyword runs, Latin-script spam, contacts in enclosed or mathematical digits, raw IP and
# APK download links, social hashtags and @mentions, private game servers, 400 hotlines with
# an extension. Positions and brackets vary as in the earlier rounds (``_place``).


_HANDLE_STEMS = ["usdt_zs", "cdw8866", "huilv_a", "jinbi99", "okpay168", "duihuan", "xiaoming_u", "qianbao01",
                 "sc_vip", "gw2024"]
_LOCAL_TRADES = [("搬家公司", ["搬家公司电话", "搬家哪家好", "长途搬家", "搬家价格"]),
                 ("开锁公司", ["开锁电话", "24小时开锁", "换锁芯", "开锁多少钱"]),
                 ("管道疏通", ["疏通下水道", "马桶疏通电话", "化粪池清理", "管道疏通价格"]),
                 ("空调维修", ["空调加氟", "空调清洗", "空调维修电话", "空调移机"]),
                 ("月嫂公司", ["育婴师", "月嫂价格", "住家保姆", "催乳师"])]
_CITIES = ["江岭", "青州", "临川", "南浦", "云阳", "上海", "杭州", "成都"]


def _handle(rng) -> str:
    return rng.choice(_HANDLE_STEMS) + rng.choice(["", rid(rng, 2)])


@R.form("ads", "t38_telegram_crypto")
def ads_telegram_crypto(ctx: Ctx):
    """Crypto and grey-payment dealers on hacked pages, contact by a Telegram @handle spelt
    飞机 / 纸飞机 / TG / Telegram (USDT承兑 出U收U 飞机：@usdt_zs); the handle is the only id."""
    rng = ctx.rng
    offer = rng.choice(["USDT承兑", "出U收U 汇率高", "USDT兑换人民币 秒到", "虚拟币OTC大额承兑", "跑分平台招代理",
                        "数字货币搬砖 日收益5%"])
    chan = rng.choice(["飞机", "纸飞机", "TG", "Telegram", "电报", "飞机号"])
    text = rng.choice([f"{offer} {chan}{colon(rng)}@{_handle(rng)}", f"{offer}，联系{chan}@{_handle(rng)}",
                       f"{chan}{rng.choice(['', '：', ' '])}@{_handle(rng)}（{offer}）"])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.3)


def _token(rng) -> str:
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789"
    return "".join(rng.choice(alnum) for _ in range(rng.randint(9, 11)))


@R.form("ads", "t39_shop_token_shortlink")
def ads_shop_token_shortlink(ctx: Ctx):
    """A shopping app's share token or short link pasted by a reposter: 复制€Xy7Zk9Ab2€打开淘宝 /
    8￥abcDEF123￥ / 领券 https://m.tb.cn/h.xxx / 拼多多 砍一刀 (token delimiters vary)."""
    rng = ctx.rng
    a, b = rng.choice([("€", "€"), ("￥", "￥"), ("₤", "₤"), ("$", "$"), ("(", ")"), ("¢", "¢")])
    tok = f"{a}{_token(rng)}{b}"
    link = rng.choice(["https://m.tb.cn/h." + _token(rng), "https://s.click.taobao.com/" + _token(rng),
                       "https://u.jd.com/" + _token(rng)[:7], "https://p.pinduoduo.com/" + _token(rng)[:8]])
    text = rng.choice([f"{rng.randint(1, 9)}{tok} 复制这段话打开手机淘宝，领券立减{rng.randint(5, 50)}元",
                       f"同款办公文具限时秒杀 {link}", f"【淘宝】{tok} {link} 点击链接直接打开",
                       f"帮我砍一刀，最高可领{rng.randint(100, 500)}元 {link}"])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.2)


@R.form("ads", "t40_paper_publishing")
def ads_paper_publishing(ctx: Ctx):
    """A paper-publishing and title-review agent, a classic of document sites and hacked
    pages: 论文发表 职称评审 核心期刊 快速见刊, with an e-mail, a QQ or nothing."""
    rng = ctx.rng
    offer = rng.choice(["论文发表 职称评审 快速见刊", "省级国家级期刊论文发表，包录用", "核心期刊投稿指导 审稿快",
                        "职称论文代发 知网可查", "SCI/EI论文润色发表"])
    mail = f"{rng.choice(_STEMS)}{rid(rng, rng.randint(0, 4))}@{rng.choice(['qq.com', '163.com', '126.com', 'foxmail.com'])}"
    text = rng.choice([f"{offer} 投稿邮箱{colon(rng)}{mail}", f"{offer}，咨询QQ{colon(rng)}{rid(rng, 9)}",
                       f"{offer} {mail}", offer + "，欢迎咨询"])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.3)


@R.form("ads", "t41_keyword_stuffing")
def ads_keyword_stuffing(ctx: Ctx):
    """Local-service SEO stuffing on a hacked page: a run of a city + trade keyword variants
    with no contact at all (江岭搬家公司 江岭搬家公司电话 长途搬家 搬家价格). Hard: only its
    vocabulary (foreign to the document) and its shape (a list without a verb) show it."""
    rng = ctx.rng
    trade, variants = rng.choice(_LOCAL_TRADES)
    city = rng.choice(_CITIES)
    words = [city + trade] + [rng.choice([city, ""]) + v for v in rng.sample(variants, rng.randint(2, 4))]
    sep = rng.choice([" ", "  ", "，", "|", "、", " - "])
    text = sep.join(words)
    return _place(ctx, text, ["top", "between", "tail", "tail", "glued", "splice"], bracket_share=0.0)


@R.form("ads", "t42_latin_spam")
def ads_latin_spam(ctx: Ctx):
    """Latin-script spam of hacked and comment-open pages (replica watches, essay writing,
    VPN, casino), English or pinyin, usually with a bare domain or URL."""
    rng = ctx.rng
    host = rng.choice(_STEMS) + rng.choice(["", rid(rng, 2)]) + "." + rng.choice(["com", "net", "xyz", "top", "vip"])
    text = rng.choice([f"Cheap replica watches online {host}", f"Best essay writing service, 24/7 support: {host}",
                       f"free VPN download https://{host}", f"Online casino bonus 100% - {host}",
                       f"daixie lunwen jiage youhui {host}", f"buy followers cheap at www.{host}"])
    return _place(ctx, text, ["top", "head", "between", "tail", "glued", "splice", "splice"], bracket_share=0.3)


_ENCLOSED = [dict(zip("0123456789", "⓪①②③④⑤⑥⑦⑧⑨")), dict(zip("0123456789", "⓿❶❷❸❹❺❻❼❽❾")),
             dict(zip("0123456789", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗")), dict(zip("0123456789", "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽"))]


@R.form("ads", "t43_enclosed_digit_contact")
def ads_enclosed_digit_contact(ctx: Ctx):
    """A contact whose digits are written in enclosed, parenthesised or mathematical forms to
    slip past a digit filter (薇❶❸❽…, ⓥⓧ：①③⑨…, 𝟏𝟑𝟖…), next to an offer."""
    rng = ctx.rng
    table = rng.choice(_ENCLOSED)
    num = "".join(table.get(c, c) for c in rng.choice(FAKE_MOBILES + [rid(rng, 9)]))
    chan = rng.choice(["薇", "ⓥⓧ", "V", "威", "扣", "☎", "电", "联系"])
    offer = rng.choice(["材料代写", "各类文稿定制", "原版文档", "办证", "贷款急用", "兼职日结"])
    text = rng.choice([f"{offer} {chan}{colon(rng)}{num}", f"{chan}{num}（{offer}）", f"{offer}{chan}{num}"])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.3)


@R.form("ads", "t44_ip_apk_link")
def ads_ip_apk_link(ctx: Ctx):
    """A download link to an app or file on a raw IP address and port, the way hacked pages and
    phishing point past domain blocklists (下载地址：http://123.56.78.90:8888/app.apk)."""
    rng = ctx.rng
    ip = ".".join(str(rng.randint(1, 254)) for _ in range(4))
    url = f"http://{ip}:{rng.choice([8080, 8888, 9000, 6688, 88])}/{rng.choice(['app.apk', 'dl', 'down/a.apk', 'index.html'])}"
    lead = rng.choice(["下载地址", "安卓版下载", "点击下载", "官方APP", "最新地址"])
    text = rng.choice([f"{lead}{colon(rng)}{url}", f"{lead} {url} 安装即送88元", f"{url}"])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.3)


@R.form("ads", "t45_hashtag_mention")
def ads_hashtag_mention(ctx: Ctx):
    """A reposter's social-media trail: Weibo / Douyin hashtags and @mentions (#公考上岸#
    #材料写作# @江岭公考君 / #工作总结[超话]#), left where the text was pasted from."""
    rng = ctx.rng
    tags = rng.sample(["公考上岸", "材料写作", "公文写作", "体制内", "工作总结", "考编", "干货分享", "笔杆子"],
                      rng.randint(1, 3))
    tag_txt = rng.choice([" ", ""]).join("#" + t + rng.choice(["#", "[超话]#", "#"]) for t in tags)
    who = "@" + rng.choice(["江岭公考君", "笔杆子老王", "文秘小助手", "体制内那些事", "材料王"])
    text = rng.choice([f"{tag_txt} {who}", f"{who} {tag_txt}", tag_txt, f"{tag_txt} 关注{who}"])
    return _place(ctx, text, ["glued", "glued", "tail", "between", "splice"], bracket_share=0.0)


@R.form("ads", "t46_private_server")
def ads_private_server(ctx: Ctx):
    """A private game server (私服) ad of hacked government pages: 新开传奇私服 1.76复古 今日
    首区 www.xxx.com / 魔域私服发布网, with a domain spelt plainly or not at all."""
    rng = ctx.rng
    game = rng.choice(["传奇", "魔域", "奇迹", "天龙八部", "梦幻西游"])
    host = rng.choice(_STEMS) + rng.choice(["", rid(rng, 3)]) + "." + rng.choice(["com", "cn", "net", "cc"])
    text = rng.choice([f"新开{game}私服 1.76复古 今日首区 {host}", f"{game}私服发布网 {host}", f"{game}sf 新服开区 每日更新",
                       f"最新{game}私服，充值返利，{host}"])
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.3)


@R.form("ads", "t47_hotline_extension")
def ads_hotline_extension(ctx: Ctx):
    """A property or car dealer's 400 hotline with an extension (售楼热线：400-8xx-xxxx 转
    6688 / 4008-123-456转8), with a price; the 400 number is the only contact."""
    rng = ctx.rng
    num = rng.choice([f"400-{rid(rng, 3)}-{rid(rng, 4)}", f"4008-{rid(rng, 3)}-{rid(rng, 3)}", f"400{rid(rng, 7)}"])
    ext = rng.choice(["转", " 转 ", "-", "，分机"]) + rid(rng, rng.randint(1, 4))
    lead = rng.choice([f"{rng.choice(_CITIES)}湖畔壹号 均价{rng.randint(8, 30)}000元/㎡ 售楼热线", "首付5万开回家 购车热线",
                       "学区精装现房 火爆认购中 咨询热线", "0首付分期 全国包邮 订购电话"])
    text = f"{lead}{colon(rng)}{num}{ext}"
    return _place(ctx, text, _R4_POSITIONS, bracket_share=0.3)


# ======================================================================================
# protected (keep): real text that looks like these ads


@R.form("protected", "t9_ads_own_service_ids")
def prot_own_service_ids(ctx: Ctx):
    """A notice's own service channels with the tokens ads use: a 400 or 12345 hotline, a
    mailbox at a public mail host, its own @ account and its own 公众号 in a body sentence."""
    rng = ctx.rng
    a = rng.choice(["服务监督电话：400-800-1234", "投诉举报邮箱：jlwjjd@163.com",
                    "也可关注“江岭发布”微信公众号或微博@江岭发布了解最新进展",
                    "群众可拨打12345政务服务便民热线或发送邮件至jlzwfw@126.com"])
    return _protect(ctx, f"{a}。", [a])


@R.form("protected", "t10_ads_body_latin_ids")
def prot_body_latin_ids(ctx: Ctx):
    """Body sentences with Latin letters, digit ids and brand-like words a real plan writes:
    5G, IPv6, PM2.5, APP, ETC, B2B; no ad, though they share tokens with ads."""
    rng = ctx.rng
    a = rng.choice(["加快5G基站和IPv6规模部署，推动“互联网+政务服务”向移动端延伸",
                    "PM2.5平均浓度控制在32微克/立方米以内",
                    "推广ETC和“江岭通”APP电子支付，实现高速公路不停车收费",
                    "支持企业发展B2B跨境电商，建设2个省级电子商务示范基地"])
    return _protect(ctx, f"{a}。", [a])
