"""HELD-E forms, part 1 (see forms_held_e.py). Do not read while working on the rules."""

from __future__ import annotations

from forms_held_e import R  # noqa: F401  (forms register themselves on import)

import re

from common import HAN, is_han
from forms_common import (
    FAKE_MOBILES,
    Ctx,
    Gold,
    Inj,
    colon,
    fields_ok,
    meta_values,
    rid,
)

# ======================================================================================
# helpers


def _line(ctx: Ctx, text: str, cls: str, wheres, fields=None):
    """``text`` as a line of its own at one of ``wheres``; the whole line is the gold (remove)."""
    if fields is not None and not fields_ok(ctx, fields):
        return None
    where = ctx.rng.choice(list(wheres))
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    inj = ctx.line_inj(p, text, dict(cls=cls, action="remove", expected=""), where)
    if fields:
        inj.fields = fields
    return inj


def _lines(ctx: Ctx, texts, cls: str, wheres, fields=None):
    """Several lines in a row at one site, one gold span per line (remove)."""
    if fields is not None and not fields_ok(ctx, fields):
        return None
    where = ctx.rng.choice(list(wheres))
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    raw, golds = "", []
    for t in texts:
        piece = "\n" + t if p == len(ctx.text) else t + "\n"
        golds.append(Gold(len(raw), len(raw) + len(piece), cls, "remove", "", where=where))
        raw += piece
    inj = Inj(p, p, raw, golds)
    if fields:
        inj.fields = fields
    return inj


def _splice(ctx: Ctx, text: str, cls: str, glued_ok: bool = True):
    """``text`` spliced after a sentence or clause mark inside a paragraph, or glued to its end."""
    rng = ctx.rng
    if glued_ok and rng.random() < 0.35:
        pts = [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] in "。；"]
        where = "glued"
    else:
        pts = [s + m.end() for s, e, m in ctx.matches(r"[。；，](?=[" + HAN + "])")
               if s + m.end() < ctx.lines[ctx.line_of(s)][1] - 2]
        where = "splice"
    p = ctx.pick_point(pts)
    if p is None:
        return None
    return Inj(p, p, text, [Gold(0, len(text), cls, "remove", "", where=where)])


_CITIES = ["江岭", "云川", "临泽", "青禾", "泰安源", "北陵", "南湖", "望海", "石渠", "梅岭", "长汀", "兰溪"]


# ======================================================================================
# ads (remove)


def _tg_handle(rng) -> str:
    return rng.choice(["usdt", "otc", "cz", "hui", "ok", "bit"]) + rng.choice(["", "_", ""]) + \
        rng.choice(["888", "668", "pay", "vip", rid(rng, 3)]) + rng.choice(["", "bot", "_cn"])


@R.form("ads", "e1_telegram_usdt")
def ads_telegram_usdt(ctx: Ctx):
    """Crypto OTC spam of hacked portals with a Telegram contact: USDT承兑 / 泰达币回收 / 虚拟币
    换汇 with TG / 飞机 / 纸飞机 @handle (own line, spliced or glued)."""
    rng = ctx.rng
    offer = rng.choice(["USDT承兑", "USDT回收", "泰达币承兑出金", "U币兑换人民币", "虚拟币换汇 秒到账",
                        "USDT实时高价回收", "币圈资金跑分 日结", "大额USDT安全出金"])
    chan = rng.choice(["TG", "tg", "飞机", "纸飞机", "Telegram", "电报"])
    contact = chan + rng.choice(["：", ":", " ", "：@", "@"]) + ("" if "@" in chan else rng.choice(["@", ""])) + _tg_handle(rng)
    contact = contact.replace("@@", "@")
    text = rng.choice([f"{offer} {contact}", f"{offer}，{contact}", f"【{offer}】{contact}",
                       f"{offer}{rng.choice(['，', ' '])}量大从优 {contact}"])
    if rng.random() < 0.5:
        return _line(ctx, text, "ads", ("between", "tail", "head"))
    return _splice(ctx, text, "ads")


@R.form("ads", "e2_private_game_server")
def ads_private_game_server(ctx: Ctx):
    """Private game-server spam planted on hacked sites: 新开传奇私服 / 超变态手游 上线送VIP /
    一秒一区 with a 发布网 name or a QQ group (own line or spliced)."""
    rng = ctx.rng
    game = rng.choice(["传奇私服", "热血传奇私服", "奇迹私服", "魔域私服", "超变态手游", "1.76复古传奇", "冰雪传奇"])
    text = rng.choice([
        f"新开{game}{rng.choice(['发布网', '网站', ''])}",
        f"{game} 一秒一区 {rng.choice(['上线送VIP15', '上线送满级', '充值1比1000'])}",
        f"今日新开{game}，{rng.choice(['散人可搬砖', '无限元宝', '打金可提现'])}",
        f"{game}{rng.choice(['玩家群', '交流群'])}{colon(rng)}{rng.randint(1000000, 99999999)}",
    ])
    if rng.random() < 0.4:
        text += rng.choice(["，", " "]) + rng.choice(["欢迎试玩", "火爆开区中", "人气爆满"])
    if rng.random() < 0.55:
        return _line(ctx, text, "ads", ("between", "tail"))
    return _splice(ctx, text, "ads")


@R.form("ads", "e3_property_sale")
def ads_property_sale(ctx: Ctx):
    """A property developer's sales ad: 【XX·天玺】地铁口精装现房 首付20万起 售楼热线：0571-… (own line,
    between paragraphs or at the tail; or in brackets spliced)."""
    rng = ctx.rng
    name = rng.choice(["天玺", "御景湾", "翡翠城", "云樾府", "滨江壹号", "观澜苑", "金域华府"])
    brand = rng.choice(["", rng.choice(["绿城", "融创", "碧桂园", "万科", "保利"]) + "·"])
    pitch = rng.choice(["地铁口精装现房", "南北通透三房", "学区房火热认筹中", "湖景大平层 即买即住",
                        "城芯低密洋房"])
    price = rng.choice([f"首付{rng.randint(10, 40)}万起", f"均价{rng.randint(8000, 26000)}元/㎡起",
                        f"总价{rng.randint(80, 300)}万起"])
    tel = rng.choice([f"0{rng.randint(10, 999)}-{rid(rng, 8)}", rng.choice(FAKE_MOBILES), f"400-{rid(rng, 3)}-{rid(rng, 4)}"])
    hot = rng.choice(["售楼热线", "置业热线", "看房专线", "VIP专线"]) + colon(rng) + tel
    head = rng.choice([f"【{brand}{name}】", f"{brand}{name}：", f"〖{brand}{name}〗"])
    text = head + pitch + rng.choice([" ", "，"]) + price + rng.choice([" ", "，"]) + hot
    if rng.random() < 0.7:
        return _line(ctx, text, "ads", ("between", "tail", "head"))
    return _splice(ctx, text, "ads")


@R.form("ads", "e4_labelled_ad_slot")
def ads_labelled_ad_slot(ctx: Ctx):
    """An ad slot of a reposting portal left as text with its label: 广告 / 推广 / 赞助 / Ad and a
    call to action (百万医疗险 每月仅需…元 立即投保> / 宽带新装 限时特惠 了解详情>>)."""
    rng = ctx.rng
    label = rng.choice(["广告", "推广", "赞助商链接", "Ad", "广告×", "[广告]", "【推广】"])
    offer, cta = rng.choice([
        (f"百万医疗险，最高{rng.choice([300, 400, 600])}万保额，每月仅需{rng.randint(5, 30)}元", "立即投保>"),
        (f"千兆宽带新装，限时特惠{rng.randint(30, 99)}元/月", "立即办理>"),
        (f"零基础学Python，{rng.randint(7, 30)}天入门", "免费试听>>"),
        (f"二手车估价，{rng.randint(1, 5)}分钟出价，高价收车", "立即估价"),
        ("装修报价计算器，输入面积免费获取报价", "马上领取 >"),
        (f"{rng.choice(['轻松', '快速'])}备考一级建造师，名师押题", "了解详情>>"),
    ])
    if rng.random() < 0.3:
        cta = ""
    sep = rng.choice([" ", " | ", "　", ""])
    text = (label + sep + offer + (" " + cta if cta else "")) if rng.random() < 0.7 else \
        (offer + (" " + cta if cta else "") + sep + label)
    if rng.random() < 0.65:
        return _line(ctx, text, "ads", ("between", "tail", "head"))
    return _splice(ctx, text, "ads")


@R.form("ads", "e5_coupon_code")
def ads_coupon_code(ctx: Ctx):
    """E-commerce coupon spam with a share code: 淘宝内部优惠券 / 京东隐藏券 / 复制口令￥AbC12dEf￥
    打开手机淘宝 (own line, spliced or glued)."""
    rng = ctx.rng
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(rng.randint(8, 11)))
    wrap = rng.choice([("￥", "￥"), ("$", "$"), ("€", "€"), ("(", ")"), ("₴", "₴")])
    app = rng.choice(["手机淘宝", "淘宝APP", "拼多多", "京东APP"])
    lead = rng.choice(["淘宝内部优惠券", "京东隐藏优惠券", "拼多多百亿补贴券", "大额无门槛券"])
    text = rng.choice([
        f"{lead}，复制{wrap[0]}{code}{wrap[1]}打开{app}领取",
        f"{lead}免费领，口令{colon(rng)}{wrap[0]}{code}{wrap[1]}",
        f"领券再下单省{rng.randint(20, 70)}%，复制本条{wrap[0]}{code}{wrap[1]}去【{app}】",
    ])
    if rng.random() < 0.5:
        return _line(ctx, text, "ads", ("between", "tail"))
    return _splice(ctx, text, "ads")


# ======================================================================================
# chrome (remove)


@R.form("chrome", "e1_cookie_consent")
def chrome_cookie_consent(ctx: Ctx):
    """A cookie / privacy consent banner left as text: 本网站使用Cookie…继续浏览即表示您同意 同意 | 拒绝 /
    隐私政策提示 … [我知道了] (top, head or tail)."""
    rng = ctx.rng
    body = rng.choice([
        "本网站使用Cookie以提升您的浏览体验，继续浏览即表示您同意我们使用Cookie。",
        "我们使用Cookies来改善您的访问体验，详情请阅读《隐私政策》。",
        "为了给您提供更好的服务，本站会使用Cookie技术，点击“接受”即表示您同意。",
        "隐私政策提示：本网站将依据《隐私政策》收集、使用您的个人信息。",
    ])
    btn = rng.choice(["同意 | 拒绝", "接受", "[我知道了]", "同意并继续", "接受全部 拒绝", "【确定】", "关闭"])
    text = body + rng.choice([" ", "　", "  ", ""]) + btn
    return _line(ctx, text, "chrome", ("top", "tail", "tail", "head"))


@R.form("chrome", "e2_leave_site_notice")
def chrome_leave_site_notice(ctx: Ctx):
    """The external-link modal of a portal dumped as text: 您访问的链接即将离开“XX市人民政府”门户网站，
    是否继续？ 继续访问 放弃 (tail or top; sometimes split over two lines)."""
    rng = ctx.rng
    site = rng.choice(_CITIES) + rng.choice(["市人民政府", "县人民政府", "区人民政府", "市卫生健康委员会"])
    q = rng.choice(["“", "\""])
    msg = rng.choice([
        f"您访问的链接即将离开{q}{site}{'”' if q == '“' else q}门户网站，是否继续？",
        f"温馨提示：您即将离开{site}网站，进入第三方网站",
        f"您即将离开本站，前往其他网站，请注意保护个人信息安全",
    ])
    btn = rng.choice(["继续访问 放弃", "【继续访问】【放弃】", "确定 取消", "继续前往 | 返回", "继续访问　取消"])
    if rng.random() < 0.4:
        return _lines(ctx, [msg, btn], "chrome", ("tail", "top"))
    return _line(ctx, msg + rng.choice([" ", "　", "  "]) + btn, "chrome", ("tail", "top"))


@R.form("chrome", "e3_image_placeholder")
def chrome_image_placeholder(ctx: Ctx):
    """What an image left when the scraper dropped it: [图片] / 【图片】 / 点击查看大图 / ▲点击图片查看原图 /
    IMG_20210329_0915.jpg / 图片加载失败 (own line between paragraphs)."""
    rng = ctx.rng
    y = rng.randint(2018, 2025)
    text = rng.choice([
        "[图片]", "【图片】", "（图片）", "点击查看大图", "▲点击图片查看原图", "图片加载失败", "[图片上传中...(image-"
        + rid(rng, 4) + ")]",
        f"IMG_{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_{rid(rng, 4)}.jpg",
        f"{rid(rng, 6)}{rng.choice(['.png', '.jpg', '.jpeg'])}", "▲ 点击放大", "图片",
    ])
    return _line(ctx, text, "chrome", ("between", "between", "head"))


@R.form("chrome", "e4_column_header_more")
def chrome_column_header_more(ctx: Ctx):
    """A list column's header tab left next to the article: 通知公告　　更多>> / 政策解读 MORE+ /
    部门动态 | 工作动态 >>更多 (top or tail, own line)."""
    rng = ctx.rng
    cols = ["通知公告", "政策解读", "部门动态", "工作动态", "政策文件", "图片新闻", "公示公告", "政务要闻"]
    a = rng.choice(cols)
    more = rng.choice(["更多>>", "MORE+", ">>更多", "更多 >", "查看更多", "more>>", "+更多"])
    if rng.random() < 0.4:
        b = rng.choice([c for c in cols if c != a])
        text = a + rng.choice([" | ", "　", "  "]) + b + rng.choice(["　　", " ", "  "]) + more
    else:
        text = a + rng.choice(["　　", " ", "  ", "\t"]) + more
    return _line(ctx, text, "chrome", ("top", "tail", "tail"))


@R.form("chrome", "e5_service_sidebar")
def chrome_service_sidebar(ctx: Ctx):
    """A portal's floating service sidebar flattened: 在线咨询 我要留言 12345热线 智能问答 / 政务服务 | 办事指南
    | 网上办事 (tail, top or between, own line)."""
    rng = ctx.rng
    items = ctx.shuffled(["在线咨询", "我要留言", "12345热线", "智能问答", "办事指南", "网上办事", "政民互动",
                          "领导信箱", "投诉举报", "依申请公开"])[:rng.randint(3, 5)]
    text = rng.choice([" ", " | ", "　", " · ", "  "]).join(items)
    if rng.random() < 0.3:
        text = rng.choice(["便民服务：", "快捷入口", "【服务】"]) + rng.choice(["", " "]) + text
    return _line(ctx, text, "chrome", ("tail", "top", "between"))


# ======================================================================================
# metadata (remove the lines; their values become fields)


def _ymd(rng, iso: str, styles) -> str:
    y, m, d = map(int, iso.split("-"))
    return {"iso": f"{y:04d}-{m:02d}-{d:02d}", "cn": f"{y}年{m}月{d}日", "cn0": f"{y}年{m:02d}月{d:02d}日",
            "cnsp": f"{y} 年 {m} 月 {d} 日", "slash": f"{y}/{m}/{d}", "dot": f"{y}.{m}.{d}"}[rng.choice(styles)]


@R.form("metadata", "e1_meta_tag_text")
def meta_tag_text(ctx: Ctx):
    """The portal's standard <meta> fields left as text by a crawler: <meta name="PubDate"
    content="2021-03-31 09:30"> / PubDate: … ContentSource: XX局 / ColumnName: 通知公告 (two to
    four lines, above the title or after it)."""
    rng = ctx.rng
    v = meta_values(ctx)
    date = _ymd(rng, v["publish_date"], ("iso", "iso", "slash"))
    if rng.random() < 0.6:
        date += f" {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"
    pairs = [("PubDate", date, "publish_date"), ("ContentSource", v["publisher"], "publisher"),
             ("ColumnName", rng.choice(["通知公告", "政策文件", "部门文件", "工作动态"]), None),
             ("SiteName", rng.choice(_CITIES) + rng.choice(["市人民政府", "政务网"]), None)]
    keep = [pairs[0], pairs[1]] if rng.random() < 0.6 else [rng.choice(pairs[:2])]
    extra = ctx.shuffled(pairs[2:])[:rng.randint(0, 2)]
    chosen = ctx.shuffled(keep + extra)
    style = rng.choice(["tag", "colon", "eq"])
    lines = []
    for name, val, _ in chosen:
        if style == "tag":
            lines.append(f'<meta name="{name}" content="{val}">' if rng.random() < 0.7 else f'<meta name="{name}" content="{val}" />')
        elif style == "colon":
            lines.append(f"{name}{rng.choice([': ', ':', '：'])}{val}")
        else:
            lines.append(f'{name}="{val}"')
    fields = {k: v[k] for _, _, k in chosen if k}
    return _lines(ctx, lines, "metadata", ("top", "head"), fields)


_TRAD = {"publish_date": ["發佈日期", "發布時間", "發佈時間", "公佈日期"],
         "written_date": ["成文日期"],
         "index_number": ["索引號", "資訊索引號"]}


@R.form("metadata", "e2_traditional_labels")
def meta_traditional_labels(ctx: Ctx):
    """Header labels in traditional characters (a 繁體 version of the template): 發佈日期：2021-03-31
    索引號：… 成文日期：… (one line or one per line)."""
    rng = ctx.rng
    v = meta_values(ctx)
    keys = ctx.shuffled(list(_TRAD))[:rng.randint(1, 3)]
    parts = []
    for k in keys:
        val = _ymd(rng, v[k], ("iso", "cn", "cn0")) if k.endswith("date") else v[k]
        parts.append(rng.choice(_TRAD[k]) + colon(rng) + val)
    fields = {k: v[k] for k in keys}
    if len(parts) > 1 and rng.random() < 0.5:
        return _lines(ctx, parts, "metadata", ("head", "top"), fields)
    return _line(ctx, rng.choice(["  ", "　", "　　", " "]).join(parts), "metadata", ("head", "top", "tail"), fields)


@R.form("metadata", "e3_disclosure_catalogue_row")
def meta_disclosure_catalogue_row(ctx: Ctx):
    """A 政府信息公开目录 entry with the title as a field and the disclosure terms: 信息名称：关于…
    发布机构：XX局 公开方式：主动公开 公开范围：面向社会 公开日期：… (one or two lines)."""
    rng = ctx.rng
    v = meta_values(ctx)
    title = ctx.lines[0][2]
    c = colon(rng)
    name = rng.choice(["信息名称", "名称", "标题", "文件名称"]) + c + title
    pub = rng.choice(["发布机构", "公开主体", "信息公开主体"]) + c + v["publisher"]
    terms = [rng.choice(["公开方式", "公开形式"]) + c + "主动公开", "公开范围" + c + rng.choice(["面向社会", "面向全社会"]),
             rng.choice(["公开时限", "时效"]) + c + rng.choice(["长期公开", "常年公开"])]
    terms = ctx.shuffled(terms)[:rng.randint(1, 2)]
    fields = {"publisher": v["publisher"]}
    cells = [pub] + terms
    if rng.random() < 0.6:
        cells.append(rng.choice(["公开日期", "主动公开日期"]) + c + _ymd(rng, v["publish_date"], ("iso", "cn", "cn0")))
        fields["publish_date"] = v["publish_date"]
    sep = rng.choice(["　", "  ", "　　", " "])
    if rng.random() < 0.5:
        return _lines(ctx, [name, sep.join(cells)], "metadata", ("top", "head"), fields)
    return _line(ctx, sep.join([name] + cells), "metadata", ("top", "head"), fields)


@R.form("metadata", "e4_validity_row")
def meta_validity_row(ctx: Ctx):
    """A regulation database's validity row: 效力状态：现行有效 / 时效性：有效 with 成文日期 and a
    施行日期 or 废止日期 the page shows (one line at the head or after the signature)."""
    rng = ctx.rng
    v = meta_values(ctx)
    c = colon(rng)
    status = rng.choice(["效力状态", "时效性", "有效性", "效力"]) + c + rng.choice(["现行有效", "有效", "尚未生效"])
    written = rng.choice(["成文日期", "成文时间"]) + c + _ymd(rng, v["written_date"], ("cn", "iso", "cnsp", "cn0"))
    cells = [status, written]
    if rng.random() < 0.6:
        later = v["written_date"][:4]
        cells.append(rng.choice(["施行日期", "生效日期"]) + c + rng.choice([f"{later}年{rng.randint(1, 12)}月1日", "—", "见正文"]))
    if rng.random() < 0.3:
        cells.append("废止日期" + c)
    cells = ctx.shuffled(cells[:1]) + cells[1:]
    line = rng.choice(["　", "  ", " | ", "　　"]).join(cells if rng.random() < 0.6 else [cells[1], cells[0]] + cells[2:])
    return _line(ctx, line, "metadata", ("head", "top", "tail"), {"written_date": v["written_date"]})


@R.form("metadata", "e5_cn_clock_time")
def meta_cn_clock_time(ctx: Ctx):
    """A date and time with Chinese units and a news-desk label: 发稿时间：2021年03月31日 09时30分 /
    稿源：XX局 / 发布于 2021年3月31日 星期三 9:30 (one line)."""
    rng = ctx.rng
    v = meta_values(ctx)
    date = _ymd(rng, v["publish_date"], ("cn", "cn0"))
    h, mi = rng.randint(8, 18), rng.randint(0, 59)
    t = rng.choice([f"{h:02d}时{mi:02d}分", f"{h}时{mi}分", f"{h}点{mi:02d}分", f"{h:02d}时{mi:02d}分{rng.randint(0, 59):02d}秒"])
    a = rng.choice(["发稿时间", "刊发时间", "上线时间", "发布于"]) + (" " if rng.random() < 0.5 else colon(rng)) + date + " " + t
    fields = {"publish_date": v["publish_date"]}
    parts = [a]
    if rng.random() < 0.6:
        parts.append(rng.choice(["稿源", "供稿", "文章出处"]) + colon(rng) + v["publisher"])
        fields["publisher"] = v["publisher"]
    line = rng.choice(["　", "  ", " ", "　　"]).join(ctx.shuffled(parts))
    return _line(ctx, line, "metadata", ("head", "top"), fields)


# ======================================================================================
# numbering (fix: the expected marker; every site is a marker whose neighbours of the same
# list agree on its value, so a careful editor has one repair)

_RANK = {"chapter": 0, "cn_dun": 0, "article": 1, "cn_paren": 2, "ar_dot": 3, "ar_paren": 4}


def _confirmed(ctx: Ctx, kinds):
    """(marker, previous sibling, next sibling) with prev = value - 1 and next = value + 1 (or, for
    the last item of a list, the previous sibling alone), no higher-level marker between them."""
    out = []
    ms = ctx.markers
    for i, m in enumerate(ms):
        if m.kind not in kinds or m.line == 0:
            continue
        prev = nxt = None
        for p in reversed(ms[:i]):
            if _RANK[p.kind] < _RANK[m.kind]:
                break
            if p.kind == m.kind:
                prev = p
                break
        for n in ms[i + 1:]:
            if _RANK[n.kind] < _RANK[m.kind]:
                break
            if n.kind == m.kind:
                nxt = n
                break
        if prev is None or prev.value != m.value - 1:
            continue
        if nxt is not None and nxt.value != m.value + 1:
            continue
        if nxt is None and m.value < 3:
            continue  # a two-item list: too little context to be sure
        out.append((m, prev, nxt))
    return out


def _damage(ctx: Ctx, kinds, damage):
    for m, prev, nxt in ctx.shuffled(_confirmed(ctx, kinds)):
        if not ctx.free(m.start, m.end):
            continue
        raw = damage(m)
        if raw is None or raw == m.text:
            continue
        inj = Inj(m.start, m.end, raw, [Gold(0, len(raw), "numbering", "fix", m.text, where="line")])
        inj.reserve = [(prev.start, prev.end)] + ([(nxt.start, nxt.end)] if nxt else [])
        return inj
    return None


_SHIFTED = dict(zip("1234567890", "!@#$%^&*()"))


@R.form("numbering", "e1_shift_slip_digit")
def num_shift_slip_digit(ctx: Ctx):
    """An Arabic marker typed with Shift held: #. for 3., （$） for （4）, @． for 2. (the digit's
    shifted symbol on a US keyboard; its siblings keep their digits)."""
    rng = ctx.rng

    def damage(m):
        d = re.search(r"[0-9]+", m.text)
        if d is None or len(d.group(0)) != 1 or d.group(0) in "90":
            return None
        sym = _SHIFTED[d.group(0)]
        if m.kind == "ar_dot" and rng.random() < 0.3:
            return sym + "．"
        return m.text[:d.start()] + sym + m.text[d.end():]
    return _damage(ctx, ("ar_dot", "ar_paren"), damage)


@R.form("numbering", "e2_ocr_math_symbol")
def num_ocr_math_symbol(ctx: Ctx):
    """OCR reading the strokes of 二 / 三 in a marker as a math symbol: ＝、 for 二、, （≡） for （三）,
    十＝、 for 十二、, 第＝条 for 第二条, 二十≡、 (one character; the siblings read right)."""
    rng = ctx.rng

    def damage(m):
        cands = [i for i, ch in enumerate(m.text) if ch in "二三"
                 and not (m.kind in ("chapter", "article") and i == 0)]
        if not cands:
            return None
        i = rng.choice(cands)
        ch = m.text[i]
        sym = rng.choice(["＝", "="]) if ch == "二" else rng.choice(["≡", "☰", "≡"])
        return m.text[:i] + sym + m.text[i + 1:]
    return _damage(ctx, ("cn_dun", "cn_paren", "chapter", "article"), damage)


@R.form("numbering", "e3_gained_ten")
def num_gained_ten(ctx: Ctx):
    """A numeral that gained a 十 (an input method's phrase candidate or a stray key): 十三、 for 三、
    between 二、 and 四、, （十五） for （五）, 第十四条 for 第四条."""
    def damage(m):
        if not 2 <= m.value <= 9:
            return None
        num = re.search(r"[一二三四五六七八九]", m.text)
        return m.text[:num.start()] + "十" + m.text[num.start():]
    return _damage(ctx, ("cn_dun", "cn_paren", "chapter", "article"), damage)


@R.form("numbering", "e4_transposed_numeral")
def num_transposed_numeral(ctx: Ctx):
    """A two-character numeral typed in the wrong order: （三十） for （十三）, 五十、 for 十五、,
    第二十条 for 第十二条, 21. for 12., （41） for （14）."""
    def damage(m):
        if m.kind in ("ar_dot", "ar_paren"):
            d = re.search(r"[0-9]{2}", m.text)
            if d is None or d.group(0)[0] == d.group(0)[1] or d.group(0)[1] == "0":
                return None
            return m.text[:d.start()] + d.group(0)[::-1] + m.text[d.end():]
        num = re.search(r"十[一二三四五六七八九]", m.text)
        if num is None or not 12 <= m.value <= 19:
            return None
        return m.text[:num.start()] + num.group(0)[::-1] + m.text[num.end():]
    return _damage(ctx, ("cn_dun", "cn_paren", "chapter", "article", "ar_dot", "ar_paren"), damage)


@R.form("numbering", "e5_numeral_key_repeat")
def num_numeral_key_repeat(ctx: Ctx):
    """A numeral character typed twice by a key repeat or a doubled IME commit: 三三、 for 三、,
    （四四） for （四）, 第五五条 for 第五条, 33. for 3. (the bracket or mark itself is right)."""
    def damage(m):
        if m.kind in ("ar_dot", "ar_paren"):
            d = re.search(r"[0-9]+", m.text)
            if len(d.group(0)) != 1:
                return None
            return m.text[:d.end()] + d.group(0) + m.text[d.end():]
        if not 2 <= m.value <= 9:
            return None
        num = re.search(r"[一二三四五六七八九]", m.text)
        return m.text[:num.end()] + num.group(0) + m.text[num.end():]
    return _damage(ctx, ("cn_dun", "cn_paren", "chapter", "article", "ar_dot", "ar_paren"), damage)
