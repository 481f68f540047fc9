"""More TUNE forms (round 16): chrome, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
Shapes the earlier chrome forms do not show, grounded in real page and crawler output: a CMS's attachment /
download bar with file names, sizes and download counts; the page-break residue of a PDF turned to text (a
page number such as — 3 — or 第 3 页 共 8 页, a bulletin's running header) between two paragraphs or splitting
a paragraph mid-sentence; widgets spliced inside a paragraph (after a mid-paragraph 。 or before its first
character) with icon glyphs; a list page's pager with record counts (共56条记录 当前第1/3页 …, the JSP / FTL
paging templates of many CMSs); a tool column one icon or word a line; an info strip of a relative or dated
stamp and counters in other dresses (emoji, full-width digits, 万); WeChat / app furniture inside the body
(▼, ↓↓↓ …, — END —, 往期推荐, 编辑丨…); labels in full-width Latin or pinyin / English (ＰＲＩＮＴ, DAYIN 打印).
Two protected forms: a document's own attachment list and body sentences about 下载 / 打印 / 第N页; a table of
contents with page numbers and 第N章 / 第N条 lines.
"""

from __future__ import annotations

import re

from forms_tune import R  # noqa: F401  (forms register themselves on import)

from forms_common import Ctx, Gold, Inj, clock, colon, keep_lines, rid  # noqa: E402
from forms_tune_chrome_dup import _TOPICS, _chrome_block, _chrome_line  # noqa: E402
from forms_tune_r12_chrome import _pub_date, _with_fields  # noqa: E402
from forms_tune_r9_chrome_meta import _glued_end  # noqa: E402

_CITIES = ["临泉市", "安澜县", "青岚区", "白水市", "东溪县", "金湖市", "沙河镇", "望海区"]
_KINDS = ["实施方案", "申报表", "汇总表", "名单", "工作要点", "评分细则", "情况统计表", "登记表"]
_EXTS = [".doc", ".docx", ".pdf", ".xls", ".xlsx", ".wps", ".zip", ".rar", ".ofd", ".et"]
_SEPS = [" | ", "|", "  ", " ", "\u3000", "｜", " · ", " / ", "\u3000|\u3000", "  |  "]


def _sep(rng) -> str:
    return rng.choice(_SEPS)


def _count(rng) -> str:
    n = rng.randint(3, 98765)
    return rng.choice([str(n), f"{n:,}", str(n), f"{n / 10000:.1f}万" if n > 10000 else str(n)])


def _size(rng) -> str:
    if rng.random() < 0.7:
        return rng.choice([f"{rng.randint(8, 980)}.{rng.randint(0, 99)}KB", f"{rng.randint(8, 980)}KB",
                           f"{rng.randint(8, 980)}.{rng.randint(0, 9)} KB", f"{rng.randint(8, 980)}K"])
    return rng.choice([f"{rng.randint(1, 9)}.{rng.randint(0, 99)}MB", f"{rng.randint(1, 9)}.{rng.randint(0, 9)} M"])


def _file_name(rng) -> str:
    stem = rng.choice([f"{rng.choice(_CITIES)}{rng.choice(_TOPICS)}{rng.choice(_KINDS)}",
                       f"附件{rng.randint(1, 4)}{rng.choice(['：', '-', '_', ''])}{rng.choice(_TOPICS)}{rng.choice(_KINDS)}",
                       f"{rng.randint(2019, 2025)}{rng.choice(_TOPICS)}{rng.choice(_KINDS)}",
                       f"P0{rid(rng, 2)}{rid(rng, 6)}", f"W0{rid(rng, 8)}{rid(rng, 5)}"])
    return stem + rng.choice(_EXTS)


def _fw(s: str) -> str:
    """Full-width form of ASCII letters, digits and a few marks."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


# ======================================================================================
# chrome (remove)


@R.form("chrome", "t100_attachment_bar_r16")
def chrome_attachment_bar(ctx: Ctx):
    """A CMS's attachment / download bar: 附件下载： / 相关附件： / 【附件】 then one to three file lines with their
    extension and size or download count (📎 …名单.xlsx（36.5KB） / …docx [下载] / 点击下载：…pdf / …wps 下载次数：12),
    or all on one row (tail, before the signature or between paragraphs). Cause: the attachment widget under the
    article, rendered with the server's file names, sizes and counters; a document's own 附件 list has none."""
    rng = ctx.rng
    head = rng.choice(["附件下载：", "相关附件：", "【附件】", "附件下载", "相关附件", "附件：", "[附件下载]", "附件列表：",
                       "📎附件：", "文件下载："])
    lines = []
    for _ in range(rng.randint(1, 3)):
        name = _file_name(rng)
        lb, rb = rng.choice([("（", "）"), ("(", ")"), ("[", "]"), ("", "")])
        size = f"{lb}{_size(rng)}{rb}" if lb else " " + _size(rng)
        tail = rng.choice([size, f"{size} [下载]", " [下载]", f" 下载次数：{rng.randint(0, 900)}",
                           f"{size}{_sep(rng)}已下载{rng.randint(0, 900)}次", " 点击下载", f" 【下载】{size}"])
        lead = rng.choice(["", "", "📎", "📎 ", "· ", "▪", "[附件] ", "点击下载：", f"{len(lines) + 1}."])
        lines.append(lead + name + tail)
    if rng.random() < 0.3 and len(lines) == 1:
        return _chrome_line(ctx, head + rng.choice(["", " "]) + lines[0], ["tail", "tail", "between"])
    return _chrome_block(ctx, [head] + lines, ["tail", "tail", "between"])


def _page_number(rng, n: int, total: int) -> str:
    return rng.choice([f"— {n} —", f"- {n} -", f"－{n}－", f"－ {n} －", f"—{n}—", f"第 {n} 页 共 {total} 页",
                       f"第{n}页，共{total}页", f"第{n}页/共{total}页", f"{n} / {total}", f"{n}/{total}",
                       f"共{total}页 第{n}页", f"Page {n} of {total}", f"-{n}-", f"第 {n} 页，共 {total} 页"])


@R.form("chrome", "t101_pdf_page_break_r16")
def chrome_pdf_page_break(ctx: Ctx):
    """The page break of a PDF turned to text: the page number (— 3 — / - 12 - / 第 3 页 共 8 页 / 3/8) and
    sometimes the running header of a bulletin (临泉市人民政府公报　2021年第3期 / 临泉市卫生健康委员会文件) between two
    paragraphs, or splitting a paragraph mid-sentence (…加强\\n- 3 -\\n监管…). Cause: pdftotext keeps every page's
    header and footer, and a paragraph that runs over a page is cut where the page ends."""
    rng = ctx.rng
    total = rng.randint(3, 14)
    n = rng.randint(2, total)
    num = _page_number(rng, n, total)
    block = [num]
    if rng.random() < 0.35:
        city = rng.choice(_CITIES)
        header = rng.choice([f"{city}人民政府公报{rng.choice(['　', ' ', '  '])}{rng.randint(2019, 2025)}年第{rng.randint(1, 24)}期",
                             f"{city}人民政府公报", f"{city}{rng.choice(['卫生健康委员会', '教育局', '人民政府办公室'])}文件",
                             f"{rng.randint(2019, 2025)}年第{rng.randint(1, 24)}期"])
        block = [num, header] if rng.random() < 0.7 else [header, num]
    if rng.random() < 0.45:
        gaps = ctx.han_gaps()
        p = ctx.pick_point(gaps)
        if p is not None:
            raw, golds = "", []
            for line in block:
                piece = "\n" + line
                golds.append(Gold(len(raw), len(raw) + len(piece), "chrome", "remove", "", where="splice"))
                raw += piece
            raw += "\n"
            golds[-1] = Gold(golds[-1].rs, len(raw), "chrome", "remove", "", where="splice")
            return Inj(p, p, raw, golds)
    return _chrome_block(ctx, block, ["between"])


def _icon_widget(rng) -> str:
    pieces = rng.sample(["🖨打印", "🖨 打印", "✉邮件", "✉ 发送给朋友", "★收藏", "☆ 收藏", "◆分享", "▶ 播报", "🔊听全文",
                         "⊕分享", "↑顶部", "✕关闭", "❤ 点赞", "💬 评论"], rng.randint(2, 3))
    return rng.choice([" ", "  ", "\u3000", " | "]).join(pieces)


@R.form("chrome", "t102_widget_spliced_in_paragraph_r16")
def chrome_widget_spliced(ctx: Ctx):
    """A widget spliced inside a paragraph: after a 。 in the middle of the paragraph, before its next sentence, or
    before the paragraph's first character: …工作。🖨打印 ✉邮件 ★收藏 二是… / 【字号：大 中 小】各地要… /
    …落实。阅读 1234 | 评论 0 各单位… / ◆分享到：微信 微博 … (the paragraph itself stays). Cause: a floating
    tool bar whose markup sits inside the article's first <p> or between two of its <span>s."""
    rng = ctx.rng
    text = rng.choice([
        _icon_widget(rng),
        rng.choice(["【", "[", "〖"]) + rng.choice(["字号：大 中 小", "字体：大 中 小", "大 中 小", "打印 关闭"]) + rng.choice(["】", "]", "〗"]),
        f"阅读 {_count(rng)}{_sep(rng)}评论 {rng.randint(0, 40)}",
        rng.choice(["◆", "▶", "☞", ""]) + "分享到" + colon(rng) + " ".join(rng.sample(["微信", "微博", "QQ空间", "钉钉"], 2)),
        f"👁 {_count(rng)}{_sep(rng)}{rng.choice(['🖨打印', '★收藏', '[打印]'])}",
    ])
    if rng.random() < 0.65:
        # after a sentence-closing 。 that is not the paragraph's end
        points = []
        for i in ctx.prose_lines(30):
            s, e, line = ctx.lines[i]
            points += [s + m.end() for m in re.finditer("。", line) if s + m.end() < e - 8]
        p = ctx.pick_point(points)
        if p is not None:
            raw = rng.choice(["", " ", "\u3000"]) + text + rng.choice(["", " ", "\u3000", "  "])
            return Inj(p, p, raw, [Gold(0, len(raw), "chrome", "remove", "", where="splice")])
    starts = [ctx.lines[i][0] for i in ctx.prose_lines()]
    p = ctx.pick_point(starts)
    if p is None:
        return None
    raw = text + rng.choice([" ", "\u3000", "  ", ""])
    return Inj(p, p, raw, [Gold(0, len(raw), "chrome", "remove", "", where="glued")])


@R.form("chrome", "t103_list_pager_records_r16")
def chrome_list_pager_records(ctx: Ctx):
    """A list page's pager with record counts, the output of the paging templates of many CMSs: 共56条记录 当前第1/3页
    首页 上一页 下一页 尾页 / 共有 56 条记录，第 1 页，共 3 页 / 第1页/共3页 共56条记录 转到 页 GO / 记录总数：56 |
    总页数：3 | 当前页：1 / 每页20条 共3页 / 56条记录 1/3页 (own line at the tail or between paragraphs, one or two
    lines). Cause: the column list's pager printed on the article page (the crawler took the list frame)."""
    rng = ctx.rng
    total = rng.randint(2, 60)
    per = rng.choice([10, 15, 20, 25])
    recs = rng.randint(total * per - per + 1, total * per)
    cur = rng.randint(1, total)
    pieces = [rng.choice([f"共{recs}条记录", f"共 {recs} 条记录", f"共有{recs}条记录", f"{recs}条记录", f"记录总数：{recs}",
                          f"共{recs}条", f"总计{recs}条"]),
              rng.choice([f"当前第{cur}/{total}页", f"第{cur}页/共{total}页", f"共{total}页", f"{cur}/{total}页",
                          f"总页数：{total}", f"第 {cur} 页，共 {total} 页", f"页次：{cur}/{total}"])]
    if rng.random() < 0.5:
        pieces.append(rng.choice([f"每页{per}条", f"每页显示{per}条", f"{per}条/页"]))
    if rng.random() < 0.6:
        pieces.append(rng.choice(["首页 上一页 下一页 尾页", "首页 上页 下页 末页", "<< 上一页 下一页 >>", "转到 页 GO",
                                  f"跳转到第 {cur} 页", "首页|上一页|下一页|尾页", "[首页] [上一页] [下一页] [尾页]"]))
    if rng.random() < 0.5:
        rng.shuffle(pieces)
    sep = rng.choice([" ", "  ", "\u3000", " | ", "，", "\u3000\u3000"])
    if len(pieces) >= 3 and rng.random() < 0.25:
        return _chrome_block(ctx, [sep.join(pieces[:2]), sep.join(pieces[2:])], ["tail", "between"])
    return _chrome_line(ctx, sep.join(pieces), ["tail", "tail", "between"])


@R.form("chrome", "t104_icon_tool_column_r16")
def chrome_icon_tool_column(ctx: Ctx):
    """A floating tool column broken one icon or word a line, the glyph often on a line of its own: 🖨 / 打印 /
    ✉ / 邮件 / ★ / 收藏 — or ◆ 分享 / ▶ 朗读 / ＴＯＰ / Ａ＋ / Ａ－ (three to six lines between two paragraphs, under
    the title or at the foot). Cause: a side bar of icon-font buttons; each <i> and each <span> became a line."""
    rng = ctx.rng
    pairs = rng.sample([("🖨", "打印"), ("✉", "邮件"), ("★", "收藏"), ("◆", "分享"), ("▶", "朗读"), ("⊕", "分享"),
                        ("✕", "关闭"), ("↑", "顶部"), ("☆", "收藏"), ("♥", "点赞"), ("🔍", "搜索"), ("◎", "纠错")],
                       rng.randint(2, 3))
    mode = rng.randint(0, 2)
    if mode == 0:
        block = [x for g, w in pairs for x in (g, w)]
    elif mode == 1:
        block = [g + rng.choice([" ", "", "\u3000"]) + w for g, w in pairs]
        block += rng.sample(["ＴＯＰ", "Ａ＋", "Ａ－", "TOP", "A+", "A-"], rng.randint(1, 2))
    else:
        block = [w for _, w in pairs] + rng.sample(["ＴＯＰ", "Ａ＋", "Ａ－", "▲", "TOP"], rng.randint(1, 2))
        rng.shuffle(block)
    return _chrome_block(ctx, block, ["between", "between", "head", "tail"])


@R.form("chrome", "t105_stamp_counter_dresses_r16")
def chrome_stamp_counter_dresses(ctx: Ctx):
    """An info strip of a stamp and counters in other dresses: 📅 2021-03-30 👁 1234 / 🕒 10:21　阅读 1.2万 /
    [2021-03-30] 访问：１２３４次 / 今日浏览 12 次 | 总浏览 3,456 次 / 昨天 09:12 · 阅读 2.3万 · 在看 45 · 赞 12 /
    阅读数：１２３４ 点赞数：５６ (under the title, glued before the first body paragraph, or at the foot).
    Cause: the article's statistics strip rendered with its icon glyphs; mobile templates abbreviate with 万."""
    rng = ctx.rng
    date, fields = _pub_date(ctx)
    stamp = rng.choice([date, f"{date} {clock(rng)}", f"[{date}]"]) if date else rng.choice(
        ["昨天 " + clock(rng, False), "今天 " + clock(rng, False), clock(rng, False), "3小时前", "2天前"])
    icon = rng.random() < 0.5
    counters = [rng.choice([f"👁 {_count(rng)}" if icon else f"阅读 {_count(rng)}", f"访问：{_fw(str(rng.randint(3, 9999)))}次",
                            f"今日浏览 {rng.randint(1, 99)} 次{_sep(rng)}总浏览 {_count(rng)} 次", f"阅读数：{_fw(str(rng.randint(3, 9999)))}",
                            f"浏览 {_count(rng)}"]),
                rng.choice([f"在看 {rng.randint(0, 99)}", f"赞 {rng.randint(0, 300)}", f"👍 {rng.randint(0, 300)}",
                            f"点赞数：{_fw(str(rng.randint(0, 99)))}", f"评论 {rng.randint(0, 30)}", f"💬 {rng.randint(0, 30)}"])]
    pieces = counters[: rng.randint(1, 2)]
    lead = (rng.choice(["📅 ", "🕒 ", "⏰"]) if icon else "") + stamp
    line = _sep(rng).join([lead] + pieces) if rng.random() < 0.8 else _sep(rng).join(pieces + [lead])
    if rng.random() < 0.3:
        starts = [ctx.lines[i][0] for i in ctx.prose_lines()[:2]]
        p = ctx.pick_point(starts)
        if p is not None:
            raw = line + rng.choice([" ", "\u3000", "  "])
            return _with_fields(Inj(p, p, raw, [Gold(0, len(raw), "chrome", "remove", "", where="glued")]),
                                fields if date else {})
    return _with_fields(_chrome_line(ctx, line, ["head", "head", "tail"]), fields if date else {})


@R.form("chrome", "t106_wechat_body_furniture_r16")
def chrome_wechat_body_furniture(ctx: Ctx):
    """WeChat / app furniture inside or at the end of the body: ▼ / ↓↓↓ / ↓↓↓点击下方卡片关注↓↓↓ / 向上滑动阅览 /
    左右滑动查看更多 (between paragraphs); — END — / -END- / 往期推荐 / 往期回顾 / 点个“在看”，让更多人看到 /
    编辑丨张华　审核丨李明 / 文字 | 王强　图片 | 刘洋 / 分享 收藏 在看 点赞 (tail). Cause: the account's layout marks,
    dividers and end card, typed into the article as text and kept by the crawler."""
    rng = ctx.rng
    if rng.random() < 0.45:
        block = [rng.choice(["▼", "▼▼▼", "↓↓↓", "↓↓↓点击下方卡片关注↓↓↓", "👇👇👇", "向上滑动阅览", "左右滑动查看更多",
                             "▲ 上下滑动查看全文", "（滑动查看更多）", "↓ 长图 ↓", "点击下方图片查看大图"])]
        return _chrome_block(ctx, block, ["between"])
    names = ["张华", "李明", "王强", "赵丽", "刘洋", "陈静", "杨帆", "周婷"]
    pool = [rng.choice(["— END —", "-END-", "END", "— THE END —", "- End -", "─ END ─"]),
            rng.choice(["往期推荐", "往期回顾", "推荐阅读 ▼", "往期精彩"]),
            rng.choice(["点个“在看”，让更多人看到", "点击“在看”，分享给更多人", "分享 收藏 在看 点赞", "喜欢就点个在看吧",
                        "分享｜收藏｜在看｜点赞"]),
            rng.choice(["丨", "|", " | ", "｜"]).join(["编辑", rng.choice(names)]) + "\u3000" +
            rng.choice(["丨", "|", " | ", "｜"]).join([rng.choice(["审核", "校对", "责编"]), rng.choice(names)]),
            f"文字 | {rng.choice(names)}\u3000图片 | {rng.choice(names)}"]
    block = rng.sample(pool, rng.randint(1, 3))
    if "往期" in "".join(block) and rng.random() < 0.6:
        k = [i for i, b in enumerate(block) if "往期" in b or "推荐阅读" in b][0]
        block.insert(k + 1, rng.choice(["· ", "▶ ", ""]) + rng.choice(_CITIES) + rng.choice(_TOPICS) + "工作推进会召开")
    return _chrome_block(ctx, block, ["tail"])


@R.form("chrome", "t107_fullwidth_pinyin_labels_r16")
def chrome_fullwidth_pinyin_labels(ctx: Ctx):
    """Furniture in full-width Latin or with the pinyin / English names of a CMS's buttons: ＰＲＩＮＴ　｜　ＣＬＯＳＥ /
    【ＴＯＰ】 / DAYIN 打印 | GUANBI 关闭 / 打印 PRINT　关闭 CLOSE / 分享 SHARE / 返回顶部 BACK TO TOP / 相关链接
    RELATED LINKS / ＳＨＡＲＥ：微信 微博 (own line under the title, at the foot, between paragraphs, or glued after
    the last body line). Cause: a bilingual template's labels, or its ids printed beside the Chinese labels."""
    rng = ctx.rng
    pairs = rng.sample([("打印", "PRINT", "DAYIN"), ("关闭", "CLOSE", "GUANBI"), ("收藏", "FAVORITE", "SHOUCANG"),
                        ("分享", "SHARE", "FENXIANG"), ("返回顶部", "BACK TO TOP", "FANHUI"), ("纠错", "ERROR", "JIUCUO")],
                       rng.randint(2, 3))
    mode = rng.randint(0, 3)
    if mode == 0:
        items = [_fw(en) for _, en, _ in pairs]
    elif mode == 1:
        items = [f"{py} {cn}" if rng.random() < 0.5 else f"{cn} {py}" for cn, _, py in pairs]
    elif mode == 2:
        items = [f"{cn} {en}" if rng.random() < 0.6 else f"{en} {cn}" for cn, en, _ in pairs]
    else:
        items = [rng.choice(["【ＴＯＰ】", "ＴＯＰ↑", "ＳＨＡＲＥ：微信 微博", "相关链接 RELATED LINKS", "ＦＯＮＴ：Ａ Ａ Ａ"])]
    br = rng.choice([("", ""), ("", ""), ("【", "】"), ("[", "]")])
    line = rng.choice(["\u3000｜\u3000", " | ", "  ", "\u3000", " / "]).join(f"{br[0]}{x}{br[1]}" for x in items)
    if rng.random() < 0.15:
        return _glued_end(ctx, line)
    return _chrome_line(ctx, line, ["head", "tail", "tail", "between"])


# ======================================================================================
# protected (keep): real lines shaped like the furniture above


@R.form("protected", "t108_own_attachments_download_prose_r16")
def prot_own_attachments_download_prose(ctx: Ctx):
    """A document's own attachment list and sentences that speak of downloading, printing and pages:
    附件：1．临泉市…实施方案 / 2．…申报表（共3页） — or 申报表可在市教育局门户网站“通知公告”栏目下载，打印后加盖公章
    报送。 / 申报材料按A4纸双面打印，正文不超过8页。 / 具体标准详见附件2第3页。 (between paragraphs or before the
    signature)."""
    rng = ctx.rng
    city = rng.choice(_CITIES)
    if rng.random() < 0.5:
        mark = rng.choice(["．", ".", "、"])
        names = rng.sample([f"{city}{t}{k}" for t in _TOPICS[:6] for k in _KINDS[:4]], rng.randint(2, 3))
        lines = [f"附件：1{mark}{names[0]}"] + [f"{k + 2}{mark}{n}" for k, n in enumerate(names[1:])]
        if rng.random() < 0.5:
            lines[-1] += f"（共{rng.randint(2, 9)}页）"
        return keep_lines(ctx, lines, rng.choice(["tail", "between"]))
    line = rng.choice([
        f"申报表可在{city}教育局门户网站“通知公告”栏目下载，打印后加盖公章报送。",
        f"申报材料按A4纸双面打印，正文不超过{rng.randint(5, 20)}页。",
        f"具体评分标准详见附件{rng.randint(1, 3)}第{rng.randint(2, 9)}页。",
        f"各单位可登录平台下载相关表格，填写后分享至工作群统一汇总。",
        f"全年门户网站浏览量达{rng.randint(20, 900)}万人次，文件下载{rng.randint(1000, 9000)}次。",
    ])
    return keep_lines(ctx, [line], "between")


@R.form("protected", "t109_toc_articles_r16")
def prot_toc_articles(ctx: Ctx):
    """A table of contents with page numbers and chapter / article lines, short and with digits like a pager:
    目　录 / 一、总体要求……………………1 / 二、主要任务……………………3 — or 第一章　总则 / 第三条　本办法自发布之日起
    施行。 / 第十二条　（删除） (between paragraphs)."""
    rng = ctx.rng
    if rng.random() < 0.5:
        lead = rng.choice(["……………………", "…………", "··········", " ", "\u3000"])
        heads = ["一、总体要求", "二、主要任务", "三、保障措施", "四、工作要求"][: rng.randint(2, 4)]
        page, lines = 1, [rng.choice(["目　录", "目录", "目  录"])]
        for h in heads:
            lines.append(f"{h}{lead}{page}")
            page += rng.randint(1, 4)
        return keep_lines(ctx, lines, "between")
    cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
    k = rng.randint(0, 9)
    lines = [rng.choice([f"第{cn[rng.randint(0, 4)]}章　{rng.choice(['总则', '附则', '监督管理', '法律责任'])}",
                         f"第{cn[k]}条　本办法自发布之日起施行。", f"第{cn[k]}条　（删除）",
                         f"第{cn[k]}条　本办法由{rng.choice(_CITIES)}人民政府负责解释。"])]
    return keep_lines(ctx, lines, "between")
