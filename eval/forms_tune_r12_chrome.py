"""More TUNE forms (round 12): chrome, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
Shapes the earlier rounds do not cover: traditional-character sites, pagers and share bars in the
middle of the text, date/time + counter rows, long institutional footers split over many lines,
WeChat / mobile article furniture, widgets glued to the last body line or to the title in new
words, English and bilingual chrome in other wordings; two protected forms of real lines shaped
like them (a notice's own contact / attachment block, runs of short lines of the document's own).
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

from forms_common import Ctx, Gold, Inj, colon, fields_ok, fmt_date, clock, keep_lines, meta_values, rid  # noqa: E402
from forms_tune_chrome_dup import _TOPICS, _chrome_block, _chrome_line  # noqa: E402
from forms_tune_r9_chrome_meta import _glued_end, _maybe_fw  # noqa: E402

_CITIES = ["江岭市", "青川县", "临澜市", "南屿区", "梅山市", "云溪县", "北湾区", "石浦镇"]
_PINYIN = {"江岭市": "jiangling", "青川县": "qingchuan", "临澜市": "linlan", "南屿区": "nanyu", "梅山市": "meishan",
           "云溪县": "yunxi", "北湾区": "beiwan", "石浦镇": "shipu"}
_SEPS = [" | ", "|", " · ", "·", " / ", "  ", " ", "\u3000", " ｜ ", " > ", " » ", " › ", "｜", "\u3000\u3000"]


def _sep(rng) -> str:
    return rng.choice(_SEPS)


def _num(rng) -> str:
    n = rng.randint(3, 99999)
    return rng.choice([str(n), f"{n:,}", str(n)])


def _pub_date(ctx: Ctx):
    """A publication date a chrome row may show, and the gold field it implies (None when it would clash)."""
    v = meta_values(ctx)
    fields = {"publish_date": v["publish_date"]}
    if not fields_ok(ctx, fields):
        return None, {}
    return fmt_date(ctx.rng, v["publish_date"], ("iso", "iso", "slash", "dot")), fields


def _with_fields(inj, fields: dict):
    if inj is not None and fields:
        inj.fields = fields
    return inj


# ======================================================================================
# chrome (remove)


@R.form("chrome", "t57_traditional_chars_r12")
def chrome_traditional(ctx: Ctx):
    """The furniture of a traditional-character site or of the 繁體 version of a portal: 列印 | 關閉 /
    字級：小 中 大 / 瀏覽人次：1234 / 回上一頁 回頁首 / 分享至：Facebook LINE / 上一則 下一則 / 網站導覽 |
    隱私權政策 | 資訊安全政策 / 最後更新日期 (own line at the top, head or tail, or glued after a paragraph).
    Cause: the same CMS served in traditional characters; every wording list keyed to simplified words misses it."""
    rng = ctx.rng
    n = _num(rng)
    pool = [
        rng.choice(["列印", "【列印】", "[列印本頁]", "友善列印"]),
        rng.choice(["關閉", "【關閉視窗】", "[關閉]", "關閉本頁"]),
        rng.choice(["字級：小 中 大", "字型大小：小 中 大", "字級 A- A A+", "【字體：大 中 小】"]),
        rng.choice([f"瀏覽人次：{n}", f"點閱數：{n}", f"瀏覽次數 {n}", f"點擊：{n}次"]),
        rng.choice(["回上一頁", "回上頁", "回頁首", "回到頂端", "⬆回頁首"]),
        rng.choice(["分享至：Facebook LINE", "分享到 臉書 推特", "分享：LINE | Facebook | 噗浪", "轉寄朋友"]),
        rng.choice(["上一則 下一則", "上一篇　下一篇", "« 上一則", "下一則 »"]),
        rng.choice(["網站導覽", "隱私權政策", "資訊安全政策", "政府網站資料開放宣告", "聯絡我們", "常見問答"]),
        rng.choice(["加入書籤", "收藏本頁", "訂閱電子報", "RSS訂閱"]),
    ]
    pieces = rng.sample(pool, rng.randint(2, 4))
    text = _sep(rng).join(pieces)
    if rng.random() < 0.25:
        return _glued_end(ctx, text)
    return _chrome_line(ctx, text, ["head", "tail", "tail", "top"])


@R.form("chrome", "t58_pager_mid_text_r12")
def chrome_pager_mid_text(ctx: Ctx):
    """A pager left between two paragraphs where a paginated article broke onto its next page: 第2页 共5页 /
    上一页 1 2 3 下一页 / < 1 [2] 3 > / 【上一页】【下一页】 / 本文共 3 页，当前第 1 页 / 分页：1 2 3 4 /
    下一页 >> / Page 2 of 5 (between paragraphs, sometimes glued after one). Cause: every page of a long article
    carries its pager; the crawler joined the pages and kept the pager at each seam."""
    rng = ctx.rng
    total = rng.randint(2, 9)
    cur = rng.randint(1, total)
    nums = " ".join(str(i) for i in range(1, total + 1))
    text = rng.choice([
        f"第{cur}页 共{total}页", f"第 {cur} 页 / 共 {total} 页", f"共{total}页{rng.choice(['', ' ', '：'])}第{cur}页",
        f"上一页 {nums} 下一页", f"< {' '.join(f'[{i}]' if i == cur else str(i) for i in range(1, total + 1))} >",
        "【上一页】【下一页】", f"本文共 {total} 页，当前第 {cur} 页", f"分页{colon(rng)}{nums}",
        rng.choice(["下一页 >>", "下一页>", "<< 上一页", "[下一页]", "下页 ›"]), f"Page {cur} of {total}",
        f"首页 上一页 {cur}/{total} 下一页 尾页", f"({cur}/{total})",
    ])
    text = _maybe_fw(rng, text) if rng.random() < 0.25 else text
    if rng.random() < 0.2:
        return _glued_end(ctx, text)
    return _chrome_line(ctx, text, ["between", "between", "between", "tail"])


@R.form("chrome", "t59_interstitial_share_block_r12")
def chrome_interstitial_share_block(ctx: Ctx):
    """A share / tool bar broken into one short line per button, left between two paragraphs (a floating bar in
    the middle of the article's markup): 分享： / 微信 / 微博 / QQ空间 — or 返回顶部 / 打印 / 关闭, or 字号 / 大 / 中 / 小
    (two to five lines). Cause: the floating bar is a list inside the article's container; each <li> became a line."""
    rng = ctx.rng
    kind = rng.randint(0, 3)
    if kind == 0:
        block = [rng.choice(["分享：", "分享到", "分享", "Share"])] + rng.sample(
            ["微信", "微博", "QQ空间", "QQ", "朋友圈", "抖音", "今日头条", "钉钉"], rng.randint(2, 4))
    elif kind == 1:
        block = rng.sample(["返回顶部", "打印", "关闭", "收藏", "纠错", "返回列表", "顶部"], rng.randint(2, 4))
    elif kind == 2:
        block = [rng.choice(["字号", "字体", "A"]), "大", "中", "小"]
    else:
        block = [rng.choice(["扫一扫", "手机扫码"]), rng.choice(["在手机上阅读", "分享到朋友圈", "手机阅读"]),
                 rng.choice(["×", "关闭", "[×]"])]
    if rng.random() < 0.3:
        block = [rng.choice(["[", "【", "", "• ", "◆ "]) + b + rng.choice(["]", "】", "", ""]) for b in block]
    return _chrome_block(ctx, block, ["between", "between", "tail"])


@R.form("chrome", "t60_stamp_counter_row_r12")
def chrome_stamp_counter_row(ctx: Ctx):
    """A row of date, time and counters under the title or above the footer, with no label on the date:
    2021-03-29 10:21:05 | 浏览次数：1234 / 2021.03.29　阅读 1,234　评论 0 / 10:21 · 阅读 1234 · 在看 12 /
    [2021/03/29] 点击：89 【打印】 (head or tail). Cause: the article's info strip (date, views, comments)
    rendered without its icons; the date is the publication date."""
    rng = ctx.rng
    date, fields = _pub_date(ctx)
    n = _num(rng)
    counters = [rng.choice([f"浏览次数：{n}", f"阅读 {n}", f"点击：{n}", f"访问量：{n}", f"{n}次阅读", f"👁 {n}",
                            f"阅读量 {n}"]),
                rng.choice([f"评论 {rng.randint(0, 40)}", f"点赞 {rng.randint(0, 300)}", f"在看 {rng.randint(0, 90)}",
                            f"收藏({rng.randint(0, 50)})", "【打印】", "[分享]"])]
    pieces = counters[: rng.randint(1, 2)]
    if date is not None:
        stamp = rng.choice([date, date + " " + clock(rng), f"[{date}]", f"{date}　{clock(rng)}"])
    else:
        stamp = rng.choice([clock(rng), rng.choice(["3天前", "昨天 " + clock(rng, False), "今天 " + clock(rng, False),
                                                    "2小时前"])])
    line = _sep(rng).join([stamp] + pieces)
    return _with_fields(_chrome_line(ctx, line, ["head", "head", "tail"]), fields if date else {})


@R.form("chrome", "t61_footer_block_many_lines_r12")
def chrome_footer_block(ctx: Ctx):
    """A long institutional footer split over three to six lines at the page's end, in other orders and wordings:
    主办单位：… / 承办：… / 技术支持：… / 网站标识码：… / 京公网安备 11010502030143号 / 京ICP备05070218号-2 /
    地址：…路12号　邮编：310000 / 联系电话：0571-… / Copyright © 2005-2024 … (tail). Cause: the footer's
    <p> rows; the address and telephone rows are the webmaster's, part of the footer run."""
    rng = ctx.rng
    city = rng.choice(_CITIES)
    py = _PINYIN[city]
    prov = rng.choice(["京", "浙", "苏", "粤", "川", "鲁", "湘", "闽"])
    org = city + rng.choice(["人民政府办公室", "卫生健康委员会", "教育局", "大数据发展管理局", "融媒体中心"])
    year = rng.randint(2003, 2015)
    pool = [
        rng.choice(["主办单位", "主办", "网站主办"]) + colon(rng) + org,
        rng.choice(["承办单位", "承办", "运行维护", "运维单位"]) + colon(rng) + city + rng.choice(["大数据中心", "信息中心",
                                                                                       "政务服务中心"]),
        rng.choice(["技术支持", "技术服务"]) + colon(rng) + rng.choice(["江岭", "云溪", "浙信", "华政"])
        + rng.choice(["网络科技有限公司", "信息技术股份有限公司", "软件有限公司"]),
        rng.choice(["网站标识码", "政府网站标识码", "标识码"]) + colon(rng) + rid(rng, 10),
        f"{prov}公网安备{rng.choice([' ', ''])}{rid(rng, 14)}号",
        f"{prov}ICP备{rid(rng, 8)}号{rng.choice(['', '-1', '-2'])}",
        rng.choice(["地址", "网站地址", "通讯地址"]) + colon(rng) + city + rng.choice(["人民路", "府前街", "建设大道"])
        + f"{rng.randint(1, 300)}号" + rng.choice(["\u3000", "  ", " "]) + "邮编" + colon(rng) + rid(rng, 6),
        rng.choice(["联系电话", "网站联系电话", "值班电话"]) + colon(rng) + f"0{rng.randint(310, 999)}-{rid(rng, 8)}",
        rng.choice([f"Copyright © {year}-2024 {org} All Rights Reserved", f"版权所有：{org}",
                    f"©{year} {py}.gov.cn 版权所有", f"Copyright@{year} www.{py}.gov.cn"]),
        rng.choice(["（建议使用1920×1080分辨率浏览）", "本站支持IPv6访问", "网站地图 | 联系我们 | 网站声明"]),
    ]
    k = rng.randint(3, 6)
    lines = rng.sample(pool, k)
    if rng.random() < 0.3 and k >= 4:  # two rows share a line, the footer's own columns
        lines = [lines[0] + rng.choice(["\u3000\u3000", "  ", " | "]) + lines[1]] + lines[2:]
    return _chrome_block(ctx, lines, ["tail"])


@R.form("chrome", "t62_wechat_mobile_r12")
def chrome_wechat_mobile(ctx: Ctx):
    """The furniture of a WeChat or mobile article page: 点击上方蓝字关注我们 / 原创 江岭卫健 江岭卫健 (top);
    阅读原文 / 预览时标签不可点 / 继续滑动看下一个 / 轻触阅读原文 / 长按识别二维码关注 / 微信扫一扫关注该公众号 /
    打开APP，查看更多精彩 / 收录于合集 #政务公开 12个 (tail, one to three lines). Cause: the account's article
    copied from the WeChat web view, its header and footer included."""
    rng = ctx.rng
    acct = rng.choice(_CITIES)[:2] + rng.choice(["发布", "卫健", "教育", "应急", "市场监管", "融媒"])
    if rng.random() < 0.35:
        block = rng.sample([rng.choice(["点击上方蓝字关注我们", "↑点击上方“" + acct + "”关注", "点击蓝字 关注我们",
                                        "点击上方蓝色字体，关注我们"]),
                            rng.choice([f"原创 {acct} {acct}", f"{acct} {rng.choice(['', '原创'])}"]).strip(),
                            rng.choice(["收听本文", "听全文 ▷", "音频：00:00"])], rng.randint(1, 2))
        return _chrome_block(ctx, block, ["top", "top", "head"])
    pool = [
        rng.choice(["阅读原文", "轻触阅读原文", "阅读原文 >"]),
        "预览时标签不可点",
        rng.choice(["继续滑动看下一个", "向上滑动看下一个", "微信扫一扫关注该公众号", "微信扫一扫\n使用小程序"]),
        rng.choice(["长按识别二维码关注", "长按二维码 关注我们", "长按识别图中二维码"]),
        rng.choice(["打开APP，查看更多精彩", "打开APP阅读", "APP内打开", "打开" + acct + "客户端 阅读全文"]),
        f"收录于合集 #{rng.choice(['政务公开', '工作动态', '通知公告'])} {rng.randint(3, 200)}个",
        rng.choice(["喜欢此内容的人还喜欢", "分享 收藏 在看 点赞", "赞 分享 在看 写留言"]),
    ]
    block = []
    for piece in rng.sample(pool, rng.randint(1, 3)):
        block.extend(piece.split("\n"))
    return _chrome_block(ctx, block, ["tail"])


@R.form("chrome", "t63_glued_to_last_or_title_r12")
def chrome_glued_last_or_title(ctx: Ctx):
    """Furniture glued to the last body line or to the title line in new words: …。返回顶部 / …。上一篇 下一篇 /
    …。【返回】【顶部】 / …。分享到：微信 / 首页 > 通知公告 > 关于…（the crumb before the title on its line) /
    …的通知 2021-03-29 阅读：56 (title, then a date and a counter). The title and the body line stay. Cause: a
    missing block break between the article and its tool row."""
    rng = ctx.rng
    kind = rng.randint(0, 2)
    if kind == 0:
        text = rng.choice(["返回顶部", "上一篇 下一篇", "【返回】【顶部】", "分享到：微信 微博", "[返回列表]", "顶部 ↑",
                           "TOP", "收藏本页 | 打印本页", "关闭 ×"])
        body = list(ctx.body_range())
        ends = [ctx.lines[i][1] for i in body[-3:] if ctx.is_prose(i) and ctx.text[ctx.lines[i][1] - 1] in "。；！"]
        p = ctx.pick_point(ends)
        if p is None:
            return _glued_end(ctx, text)
        raw = rng.choice(["", " ", "  ", "\u3000"]) + text
        return Inj(p, p, raw, [Gold(0, len(raw), "chrome", "remove", "", where="glued")])
    s, e, _title = ctx.lines[0]
    if kind == 1:
        crumbs = rng.sample(["通知公告", "政务公开", "工作动态", "政策文件", "部门文件"], rng.randint(1, 2))
        sep = rng.choice([" > ", ">", " » ", " / ", "＞", " - "])
        raw = rng.choice(["首页", "网站首页", "当前位置：首页"]) + sep + sep.join(crumbs) + sep.rstrip() + rng.choice(
            [" ", "", "\u3000"])
        p, fields = s, {}
    else:
        date, fields = _pub_date(ctx)
        n = _num(rng)
        tail = rng.choice([f"阅读：{n}", f"浏览 {n} 次", f"点击数：{n}", f"({n}次浏览)"])
        raw = rng.choice([" ", "  ", "\u3000"]) + (f"{date}{rng.choice([' ', '  ', ' | '])}" if date else "") + tail
        p = e
    if not ctx.free(p, p):
        return None
    return Inj(p, p, raw, [Gold(0, len(raw), "chrome", "remove", "", where="glued")], fields=fields)


@R.form("chrome", "t64_english_bilingual_r12")
def chrome_english_bilingual(ctx: Ctx):
    """English and bilingual furniture in other wordings: Home > News > Notices / 首页 Home › 新闻 News /
    中文版 | English / 简体 | 繁體 | English / Views: 1,234 | Updated: 2021-03-29 / Email this page  Share  Print /
    Related Articles / Back  Top / « Prev  Next » (own line at the top, head or tail). Cause: a bilingual portal's
    template, whose labels are English or carry an English twin."""
    rng = ctx.rng
    n = _num(rng)
    text = rng.choice([
        rng.choice([" > ", " » ", " / ", " › "]).join(["Home"] + rng.sample(["News", "Notices", "Government", "Policies",
                                                                           "Open Government", "Announcements"],
                                                                          rng.randint(1, 3))),
        rng.choice([" › ", " > ", " » "]).join(["首页 Home"] + rng.sample(["新闻 News", "公告 Notice", "政策 Policy",
                                                                       "公开 Disclosure"], rng.randint(1, 2))),
        rng.choice(["中文版 | English", "简体 | 繁體 | English", "中文 EN", "简体中文 English 繁體中文", "CN | EN"]),
        f"Views: {n}{rng.choice([' | ', '  ', ' · '])}Updated: {rng.randint(2019, 2025)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        rng.choice(["Email this page  Share  Print", "Print  E-mail  Share", "Share | Print | Close window"]),
        rng.choice(["Related Articles", "Related links", "More news >>", "Latest News"]),
        rng.choice(["Back  Top", "« Prev  Next »", "< Previous | Next >", "Back to list"]),
        rng.choice(["Font size: L M S", "Text size: Large | Medium | Small", "Aa 字号 Aa"]),
    ])
    return _chrome_line(ctx, text, ["top", "head", "tail", "tail"])


# ======================================================================================
# protected (keep): real lines shaped like the furniture above


def _keep_block(ctx: Ctx, lines: list[str], wheres):
    return keep_lines(ctx, lines, ctx.rng.choice(list(wheres)))


@R.form("protected", "t22_notice_contact_attach_block_r12")
def prot_notice_contact_attach_block(ctx: Ctx):
    """A notice's own closing block, two to four short lines at its tail, shaped like a footer: 联系人：王敏 /
    联系电话：0571-12345678 / 电子邮箱：… / 地址：…路12号　邮编：310000 — or an attachment list one item a line
    (附件：1．… / 2．… ) — or a sign-up instruction: 请于4月30日前扫描下方二维码报名。 (before the signature)."""
    rng = ctx.rng
    city = rng.choice(_CITIES)
    kind = rng.randint(0, 2)
    if kind == 0:
        pool = [f"联系人：{rng.choice(['王敏', '陈刚', '刘佳', '赵磊'])}",
                f"联系电话：0{rng.randint(310, 999)}-{rid(rng, 8)}",
                f"电子邮箱：{_PINYIN[city][:2]}{rid(rng, 4)}@163.com",
                f"地址：{city}人民路{rng.randint(1, 300)}号\u3000邮编：{rid(rng, 6)}",
                f"传真：0{rng.randint(310, 999)}-{rid(rng, 8)}"]
        lines = [pool[0]] + rng.sample(pool[1:], rng.randint(1, 3))
    elif kind == 1:
        items = rng.sample([rng.choice(_TOPICS) + "任务分解表", "报名回执", "申报材料清单", "责任分工表", "项目汇总表"],
                           rng.randint(2, 3))
        mark = rng.choice(["．", ".", "、"])
        lines = [f"附件：1{mark}{items[0]}"] + [f"{k + 2}{mark}{t}" for k, t in enumerate(items[1:])]
    else:
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        lines = [rng.choice([f"请于{m}月{d}日前扫描下方二维码报名。", f"报名方式：扫描二维码，填写报名表后提交。",
                             "长按识别下方二维码，即可在线填报。"]),
                 rng.choice([f"咨询电话：0{rng.randint(310, 999)}-{rid(rng, 7)}", f"联系人：李{rng.choice(['明', '洁'])}"])]
    return _keep_block(ctx, lines, ("tail",))


@R.form("protected", "t23_short_line_runs_in_body_r12")
def prot_short_line_runs(ctx: Ctx):
    """The document's own runs of short lines between paragraphs, shaped like a tool bar or a pager: a flow chart
    one step a line (申请 / ↓ / 受理 / ↓ / 审核 / ↓ / 办结), a table flattened one cell a line (序号 / 项目名称 /
    责任单位 / 完成时限), a table of contents (目　录 / 一、总体要求 / 二、主要任务), or a form's header row
    (序号 | 单位 | 联系人 | 联系电话)."""
    rng = ctx.rng
    kind = rng.randint(0, 3)
    if kind == 0:
        steps = rng.choice([["申请", "受理", "审核", "办结"], ["企业申报", "区县初审", "市级复核", "结果公示"],
                            ["提交材料", "窗口受理", "现场核查", "发证"]])
        arrow = rng.choice(["↓", "⇓", "▼"])
        lines = []
        for k, st in enumerate(steps):
            lines.append(st)
            if k < len(steps) - 1:
                lines.append(arrow)
    elif kind == 1:
        lines = rng.choice([["序号", "项目名称", "责任单位", "完成时限"], ["序号", "单位", "联系人", "联系电话"],
                            ["指标", "目标值", "责任部门"]])
    elif kind == 2:
        lines = [rng.choice(["目　录", "目录"]), "一、总体要求", "二、主要任务", rng.choice(["三、保障措施", "三、工作要求"])]
    else:
        sep = rng.choice([" | ", "｜", "\u3000\u3000"])
        lines = [sep.join(rng.choice([["序号", "单位", "联系人", "联系电话"], ["序号", "项目", "数量", "完成时间"]])),
                 sep.join(["1", rng.choice(["市卫健委", "县教育局", "区住建局"]), rng.choice(["王敏", "陈刚"]),
                           f"0571-{rid(rng, 8)}"])]
    return _keep_block(ctx, lines, ("between",))
