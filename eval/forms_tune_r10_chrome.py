"""More TUNE forms (round 10): chrome, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

from forms_common import Ctx, Gold, Inj, colon, rid  # noqa: E402
from forms_tune_chrome_dup import _chrome_block, _chrome_line, _other_title  # noqa: E402
from forms_tune_r9_chrome_meta import _glued_end, _keep_line, _maybe_fw  # noqa: E402

# ======================================================================================
# chrome (remove): the furniture of other CMSs and sites, written blind. Each docstring
# names its shape and its cause.

_CITIES = ["江岭市", "青川县", "临澜市", "南屿区", "梅山市", "云溪县", "北湾区"]
_PINYIN = {"江岭市": "JIANGLING", "青川县": "QINGCHUAN", "临澜市": "LINLAN", "南屿区": "NANYU", "梅山市": "MEISHAN",
           "云溪县": "YUNXI", "北湾区": "BEIWAN"}
_ODD_SEPS = [" 丨 ", "丨", " ┃ ", " ▏", " ∣ ", " • ", " ‖ ", "  ·  ", " ¦ ", " ┊ ", " || ", " — ", "\u3000|\u3000"]


def _widget_pieces(rng) -> list[str]:
    """One to five widgets of different kinds, each in its own template's dress."""
    n = str(rng.randint(3, 99999))
    pool = [
        rng.choice(["字号：大 中 小", "【大 中 小】", "字体：Ａ+ Ａ Ａ-", "[字体:大|中|小]", "字号 T+ T T-", "(大)(中)(小)"]),
        rng.choice(["打印", "【打印】", "[打印本文]", "打印该页", "🖨打印", "Print"]),
        rng.choice(["关闭", "【关闭】", "[关闭本页]", "关闭窗口 ×", "×关闭", "Close"]),
        rng.choice([f"浏览：{n}次", f"阅读 {n}", f"[访问量:{n}]", f"点击：{n}", f"👁 {n}", f"浏览({n})", f"{n}次浏览"]),
        rng.choice(["分享到：", "分享 微信 微博", "【分享】", "分享至：⊕", "Share"]),
        rng.choice(["收藏", "【收藏】", "☆收藏", "加入收藏夹"]),
        rng.choice(["纠错", "【我要纠错】", "[纠错]", "报错"]),
        rng.choice(["返回顶部", "[TOP]", "⇧顶部", "回到顶部↑"]),
    ]
    return rng.sample(pool, rng.randint(2, 5))


@R.form("chrome", "t50_mixed_widget_row_r10")
def chrome_mixed_widget_row(ctx: Ctx):
    """Several widgets of different kinds on one row, each in its own dress: 字号：大 中 小 丨 [打印本文] 丨 浏览：123次 /
    【大 中 小】【打印】【关闭】 👁 456 / 分享至：⊕ ┊ 收藏 ┊ 纠错 (odd separators; under the title, at the tail, or glued
    after the last sentence of a paragraph). Cause: the article's tool strip (size, print, counter, share) flattened as one line."""
    rng = ctx.rng
    pieces = _widget_pieces(rng)
    text = rng.choice(_ODD_SEPS + ["  ", " ", ""]).join(pieces)
    text = _maybe_fw(rng, text) if rng.random() < 0.3 else text
    if rng.random() < 0.3:
        return _glued_end(ctx, text)
    return _chrome_line(ctx, text, ["head", "head", "tail", "top"])


@R.form("chrome", "t51_site_banner_r10")
def chrome_site_banner(ctx: Ctx):
    """The site's banner above everything: the portal's name with its English or pinyin name and domain, a welcome
    line, the 设为首页 / 加入收藏 links: 江岭市人民政府 JIANGLING MUNICIPAL PEOPLE'S GOVERNMENT / www.jiangling.gov.cn /
    欢迎访问青川县教育局网站！ / 设为首页 ┃ 加入收藏 ┃ 联系我们 / 中国·梅山 (one to three lines before the title).
    Cause: the logo's alt text and the top links read before the article."""
    rng = ctx.rng
    city = rng.choice(_CITIES)
    py = _PINYIN[city]
    dept, en = rng.choice([("人民政府", "MUNICIPAL PEOPLE'S GOVERNMENT"), ("卫生健康委员会", "HEALTH COMMISSION"),
                           ("教育局", "EDUCATION BUREAU"), ("农业农村局", "AGRICULTURE AND RURAL AFFAIRS BUREAU"),
                           ("生态环境局", "ECOLOGY AND ENVIRONMENT BUREAU")])
    host = rng.choice(["www.", "", "wjw.", "jyj."]) + py.lower() + rng.choice([".gov.cn", ".gov.cn/", ".gov.cn"])
    pool = [
        f"{city}{dept}{rng.choice([' ', '  ', chr(0x3000)])}{rng.choice([py + ' ' + en, en.title() + ' of ' + py.title(), py])}",
        f"{city}{dept}{rng.choice(['门户网站', '网站', '政务网', ''])}{rng.choice(['  ', ' ', ' | '])}{host}",
        rng.choice([f"欢迎访问{city}{dept}网站！", f"欢迎光临{city}{dept}门户网站", f"您好，欢迎来到{city}{dept}！"]),
        rng.choice(_ODD_SEPS + [" | ", "  "]).join(rng.sample(["设为首页", "加入收藏", "联系我们", "网站地图", "English",
                                                              "手机版", "RSS订阅"], rng.randint(2, 4))),
        rng.choice([f"中国·{city[:2]}", f"中国{chr(0xB7)}{city}", f"{py.title()} · China", f"{city[:2]}之窗"]),
    ]
    block = rng.sample(pool, rng.randint(1, 3))
    return _chrome_block(ctx, block, ["top", "top", "top", "head"])


@R.form("chrome", "t52_bilingual_nav_r10")
def chrome_bilingual_nav(ctx: Ctx):
    """The main navigation of a bilingual or pinyin template on one line: 首页 HOME ┃ 政务公开 OPEN GOVERNMENT ┃
    政务服务 SERVICES / SHOUYE 首页 丨 ZHENGWUGONGKAI 政务公开 / Home•About•政务公开•Contact / 首页|机构|公开|服务|互动
    (two-character items). Cause: each menu item carries an English or pinyin subtitle the crawler kept."""
    rng = ctx.rng
    items = [("首页", "HOME", "SHOUYE"), ("政务公开", "OPEN GOVERNMENT", "ZHENGWU GONGKAI"),
             ("政务服务", "SERVICES", "ZHENGWU FUWU"), ("互动交流", "INTERACTION", "HUDONG JIAOLIU"),
             ("新闻中心", "NEWS", "XINWEN ZHONGXIN"), ("走进本地", "ABOUT", "ZOUJIN"), ("专题专栏", "TOPICS", "ZHUANTI"),
             ("机构设置", "ORGANIZATION", "JIGOU SHEZHI")]
    chosen = [items[0]] + rng.sample(items[1:], rng.randint(2, 5))
    style = rng.randint(0, 3)
    if style == 0:
        parts = [f"{cn} {en}" for cn, en, _ in chosen]
    elif style == 1:
        parts = [f"{py} {cn}" for cn, _, py in chosen]
    elif style == 2:
        parts = [rng.choice([cn, en.title()]) for cn, en, _ in chosen]
    else:
        parts = [cn[:2] for cn, _, _ in chosen]
    text = rng.choice(_ODD_SEPS + ["  ", " | ", "/"]).join(parts)
    return _chrome_line(ctx, text, ["top", "top", "head", "tail"])


@R.form("chrome", "t53_popup_text_r10")
def chrome_popup_text(ctx: Ctx):
    """Pop-up and overlay text with sentence punctuation and its buttons: 您访问的链接即将离开“江岭市人民政府”门户网站，
    是否继续？ 继续访问 放弃 / 打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。 / × 温馨提示 … 确定 取消 /
    提示：该页面已过期，请刷新 (own line at the top or the tail, sometimes between paragraphs where the overlay's
    markup stood). Cause: the hidden dialog's text is in the page's DOM and the crawler read it."""
    rng = ctx.rng
    city = rng.choice(_CITIES)
    q1, q2 = rng.choice([("“", "”"), ("\"", "\""), ("「", "」")])
    text = rng.choice([
        f"您访问的链接即将离开{q1}{city}人民政府{q2}门户网站，是否继续？{rng.choice([' ', '  '])}继续访问{rng.choice([' ', '  '])}放弃",
        f"打开微信，点击底部的{q1}发现{q2}，使用{q1}扫一扫{q2}即可将网页分享至朋友圈。",
        f"×{rng.choice([' ', ''])}温馨提示{rng.choice([' ', '：'])}您即将离开本站，前往第三方网站，请注意保护个人信息。 确定 取消",
        "分享到微信朋友圈 ×",
        f"提示{colon(rng)}当前页面已过期，请刷新后重试！{rng.choice([' 刷新', ' [确定]', ''])}",
        "本页面信息是否对您有帮助？ 是 否",
        "您对本页面的内容是否满意？ 满意 一般 不满意 提交",
    ])
    return _chrome_line(ctx, text, ["tail", "tail", "top", "between"])


@R.form("chrome", "t54_visitor_badges_r10")
def chrome_visitor_badges(ctx: Ctx):
    """Footer counters and badge captions in other wordings: 您是本站第 ００１２３４５ 位访客 / 今日访问：123  累计访问：456789 /
    网站支持IPv6 / 党政机关 / 政府网站找错 / 最佳分辨率 1920×1080 / 本站已安全运行 1234 天 (one or two rows at the tail,
    or glued after the signature's date). Cause: the badge images' alt texts and the site counter under the page."""
    rng = ctx.rng
    n = rid(rng, 7)
    pool = [
        rng.choice([f"您是本站第 {n} 位访客", f"你是第{n}位访问者", f"访问人数：{n}", f"总访问量 {int(n)} 人次"]),
        f"今日访问{colon(rng)}{rng.randint(10, 999)}{rng.choice(['  ', ' | ', chr(0x3000)])}累计访问{colon(rng)}{int(n)}",
        rng.choice(["网站支持IPv6", "IPv6", "支持IPv6访问"]),
        rng.choice(_ODD_SEPS + ["  ", " "]).join(rng.sample(["党政机关", "政府网站找错", "适老化无障碍服务", "网站支持IPv6",
                                                              "网站安全检测"], rng.randint(2, 3))),
        rng.choice(["最佳分辨率 1920×1080", "建议分辨率：1366*768以上", "推荐使用Chrome、Edge浏览器访问"]),
        f"本站已安全运行 {rng.randint(300, 5000)} 天",
    ]
    pieces = rng.sample(pool, rng.randint(1, 2))
    pieces = [_maybe_fw(rng, p) for p in pieces]
    if rng.random() < 0.3 and ctx.signature_line < len(ctx.lines):
        p = len(ctx.text)
        if ctx.free(p, p):
            raw = rng.choice([" ", "  ", "\u3000", ""]) + pieces[0]
            return Inj(p, p, raw, [Gold(0, len(raw), "chrome", "remove", "", where="glued")])
    return _chrome_block(ctx, pieces, ["tail"])


@R.form("chrome", "t55_widget_glued_to_title_r10")
def chrome_widget_glued_to_title(ctx: Ctx):
    """A widget glued to the title line, before or after it: …工作要点【字号：大 中 小】 / [打印] 关于…的通知 /
    …实施方案 浏览次数：56 / ⇦返回 关于… / …的通知 分享 | 收藏 (the title itself stays). Cause: the title bar and the tool
    bar are one block in the template and the crawler joined them."""
    rng = ctx.rng
    s, e, title = ctx.lines[0]
    before = rng.random() < 0.35
    if before:
        text = rng.choice(["[打印]", "⇦返回", "【返回】", "< 返回", "首页 > 正文 >", "◀ 返回列表", "置顶"])
        raw = text + rng.choice([" ", "  ", "\u3000", ""])
        p = s
    else:
        text = rng.choice(["【字号：大 中 小】", f"浏览次数：{rng.randint(5, 9999)}", "分享 | 收藏", "[打印] [关闭]",
                           f"(阅读{rng.randint(5, 9999)}次)", "字体：A+ A-", "【我要打印】", "🔗复制链接"])
        raw = rng.choice([" ", "  ", "\u3000", ""]) + text
        p = e
    if not ctx.free(p, p):
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "chrome", "remove", "", where="glued")])


@R.form("chrome", "t56_link_list_with_dates_r10")
def chrome_link_list_with_dates(ctx: Ctx):
    """The column's article list printed under the article with no heading: · 关于…的通知　2021-03-12 /
    [03-12] 关于…工作方案 / ▪ …实施意见 (2021/03/12) / 更多>> (two to four lines at the tail, after the signature).
    Cause: the side box of the column's latest articles, read after the text."""
    rng = ctx.rng
    y = rng.randint(2019, 2025)
    bullet = rng.choice(["· ", "▪ ", "• ", "○ ", "", "> ", "◇"])
    style = rng.randint(0, 2)
    block = []
    for _ in range(rng.randint(2, 4)):
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        t = _other_title(rng)
        if style == 0:
            block.append(f"{bullet}{t}{rng.choice(['  ', chr(0x3000), ' '])}{y}-{m:02d}-{d:02d}")
        elif style == 1:
            block.append(f"{bullet}[{m:02d}-{d:02d}] {t}")
        else:
            block.append(f"{bullet}{t} ({y}/{m:02d}/{d:02d})")
    if rng.random() < 0.4:
        block.append(rng.choice(["更多>>", "更多 >", "查看更多", "MORE+", "【更多】"]))
    return _chrome_block(ctx, block, ["tail"])


# ======================================================================================
# protected (keep): the document's own lines shaped like the furniture above


@R.form("protected", "t20_notice_contact_and_qr_r10")
def prot_notice_contact_and_qr(ctx: Ctx):
    """A notice's own contact and sign-up lines, short and widget-like: 联系电话：0571-12345678 / 咨询电话：… 传真：… /
    请扫描下方二维码报名 / 扫描二维码 下载报名表 / 邮箱：jlwjw@163.com / 报名网址：www.jl.gov.cn/bm."""
    rng = ctx.rng
    line = rng.choice([
        f"联系电话：0571-{rid(rng, 8)}",
        f"咨询电话：0{rng.randint(310, 999)}-{rid(rng, 7)}\u3000传真：0{rng.randint(310, 999)}-{rid(rng, 7)}",
        "请扫描下方二维码报名",
        "扫描二维码 下载报名表",
        f"联系人：{rng.choice(['王敏', '陈刚', '刘佳'])}\u3000{rng.choice(['13800138000', '0571-8' + rid(rng, 7)])}",
        f"电子邮箱：jl{rid(rng, 3)}@163.com",
        "微信扫码填报：“江岭卫健”小程序 → 我的 → 报名",
    ])
    return _keep_line(ctx, line, ("tail", "between"))


@R.form("protected", "t21_lists_toc_attachments_r10")
def prot_lists_toc_attachments(ctx: Ctx):
    """The document's own short structured lines: an emoji-bulleted list item, a table-of-contents line, an attachment
    list, a site-building plan naming its columns: ✅ 完成老旧小区改造12个 / 目录 一、总体要求 1 二、主要任务 3 /
    附件：1.任务分解表 2.责任清单 / 栏目设置：首页 | 政务公开 | 办事服务 | 互动交流。"""
    rng = ctx.rng
    n = rng.randint(3, 60)
    line = rng.choice([
        f"✅ 完成老旧小区改造{n}个",
        f"▶ 新建村级服务站{n}个 | 改造提升{n + 7}个",
        "目录\u3000一、总体要求 1\u3000二、主要任务 3\u3000三、保障措施 8",
        "附件：1.任务分解表\u30002.责任清单\u30003.报名表",
        "附件：1. 申报书（模板） 2. 承诺书",
        "门户网站栏目设置：首页 | 政务公开 | 办事服务 | 互动交流。",
        f"🔹 线上办理：{n}项\u3000🔹 线下办理：{n + 3}项",
    ])
    return _keep_line(ctx, line, ("between", "tail"))
