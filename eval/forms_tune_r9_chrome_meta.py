"""More TUNE forms (round 9): chrome, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re  # noqa: E402

from forms_common import Ctx, Gold, Inj, rid  # noqa: E402
from forms_tune_chrome_dup import _chrome_block, _chrome_line, _other_title  # noqa: E402

# ======================================================================================
# chrome (remove): furniture of other CMSs, written blind (other separators, widths, glyphs,
# positions, English labels). Each docstring names its shape and its cause.


def _fw(s: str) -> str:
    """ASCII letters and digits to their full-width forms (an editor's or a GBK template's habit)."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in s)


def _maybe_fw(rng, s: str) -> str:
    return _fw(s) if rng.random() < 0.4 else s


def _glued_end(ctx: Ctx, text: str):
    """``text`` glued after the last character of a prose paragraph (one gold span)."""
    rng = ctx.rng
    ends = [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] in "。；"]
    p = ctx.pick_point(ends)
    if p is None:
        return None
    raw = rng.choice(["", " ", "  ", "\u3000"]) + text
    return Inj(p, p, raw, [Gold(0, len(raw), "chrome", "remove", "", where="glued")])


def _glued_start(ctx: Ctx, text: str):
    """``text`` glued before the first character of a prose paragraph (one gold span)."""
    rng = ctx.rng
    starts = [ctx.lines[i][0] for i in ctx.prose_lines()]
    p = ctx.pick_point(starts)
    if p is None:
        return None
    raw = text + rng.choice(["", " ", "  ", "\u3000"])
    return Inj(p, p, raw, [Gold(0, len(raw), "chrome", "remove", "", where="glued")])


_R9_COLUMNS = ["政务公开", "政府信息公开", "法定主动公开内容", "部门动态", "通知公告", "政策解读", "计划总结", "规范性文件",
               "市卫生健康委员会", "县教育局", "工作动态", "专题专栏", "年度工作", "重点领域信息公开"]


@R.form("chrome", "t42_crumb_other_shapes_r9")
def chrome_crumb_other_shapes(ctx: Ctx):
    """A breadcrumb of another CMS: other separators (→ ＞ :: · | - › ＞＞ / 》), other lead-ins
    (所在位置 / 位置 / 您的位置 / 当前栏目 / You are here:), other roots (网站首页 / 主页 / Home / 门户首页),
    sometimes full-width. Cause: the template's location bar, flattened with its separators."""
    rng = ctx.rng
    sep = rng.choice([" → ", "→", " ＞ ", "＞＞", " :: ", " · ", " | ", " - ", " › ", "／", " 》", "-->", " >>> "])
    root = rng.choice(["网站首页", "主页", "Home", "门户首页", "首页", "HOME"])
    parts = [root] + rng.sample(_R9_COLUMNS, rng.randint(1, 3))
    lead = rng.choice(["", "所在位置：", "位置:", "您的位置：", "当前栏目：", "You are here: ", "◎ 当前位置 ", "▌位置："])
    line = lead + sep.join(parts)
    return _chrome_line(ctx, _maybe_fw(rng, line), ["top", "head", "head"])


@R.form("chrome", "t43_counters_other_r9")
def chrome_counters_other(ctx: Ctx):
    """A view counter in other wordings and widths: 阅读量：１２３４ / 访问次数: 567 / 点击数：89次 / 浏览量 1,234 /
    【浏览次数：123】 / 已有234人阅读 / 阅读（1234） / 人气：56 (own line, or glued after a paragraph).
    Cause: the hit counter script's output printed next to the article."""
    rng = ctx.rng
    n = str(rng.randint(12, 98765))
    c = rng.choice(["：", ":", " ", "： "])
    text = rng.choice([f"阅读量{c}{n}", f"访问次数{c}{n}", f"点击数{c}{n}次", f"浏览量 {n}", f"【浏览次数{c}{n}】",
                       f"已有{n}人阅读", f"阅读（{n}）", f"人气{c}{n}", f"总访问量{c}{n}", f"[点击率{c}{n}]",
                       f"本文已被浏览 {n} 次", f"Views: {n}"])
    text = _maybe_fw(rng, text)
    if rng.random() < 0.3:
        return _glued_end(ctx, text)
    return _chrome_line(ctx, text, ["head", "tail", "tail"])


@R.form("chrome", "t44_footer_org_rows_r9")
def chrome_footer_org_rows(ctx: Ctx):
    """The site footer of another CMS, one to three rows: 主办单位：… 承办单位：… / 技术支持：…有限公司 /
    网站标识码：3301000001 浙ICP备12345678号-1 / 浙公网安备 33010202000123号 / © 2021 … 版权所有 /
    联系电话 … 邮编 … (fields split by spaces, bars or wide spaces; sometimes full-width digits).
    Cause: the page footer under the article, read with it."""
    rng = ctx.rng
    city = rng.choice(["江岭市", "青川县", "临澜市", "南屿区"])
    prov = rng.choice(["京", "浙", "苏", "粤", "鲁", "川", "湘"])
    sep = rng.choice([" ", "  ", "\u3000", " | ", "｜"])
    rows = [
        sep.join([f"主办单位：{city}人民政府办公室", f"承办单位：{city}大数据发展中心"]),
        sep.join([f"技术支持：{rng.choice(['恒远', '中科', '华政'])}信息技术有限公司", f"网站标识码：{rid(rng, 10)}"]),
        sep.join([f"{prov}ICP备{rid(rng, 8)}号-{rng.randint(1, 3)}", f"{prov}公网安备 {rid(rng, 14)}号"]),
        rng.choice([f"Copyright © 2016-{rng.randint(2021, 2025)} {city}人民政府 All Rights Reserved",
                    f"版权所有：{city}人民政府{sep}地址：{city}人民路{rng.randint(1, 200)}号{sep}邮编：{rid(rng, 6)}",
                    f"©{rng.randint(2020, 2025)} {city}政府网 版权所有 未经许可不得复制"]),
    ]
    block = [_maybe_fw(rng, r) if rng.random() < 0.3 else r for r in rng.sample(rows, rng.randint(1, 3))]
    return _chrome_block(ctx, block, ["tail"])


@R.form("chrome", "t45_bracketed_action_row_r9")
def chrome_bracketed_action_row(ctx: Ctx):
    """A row of action links in other brackets: 〖打印本页〗〖关闭窗口〗 / ［收藏］［纠错］ / 『返回顶部』 /
    〔我要纠错〕〔打印〕 / [加入收藏] [打印此页] [关闭本页] (own line, or glued after the last paragraph).
    Cause: the tool bar under the article; each link rendered with its template's brackets."""
    rng = ctx.rng
    a, b = rng.choice([("〖", "〗"), ("［", "］"), ("『", "』"), ("〔", "〕"), ("[", "]"), ("【", "】"), ("<", ">")])
    words = rng.sample(["打印此页", "关闭本页", "返回顶部", "我要纠错", "加入收藏", "打印", "关闭", "收藏本页", "纠错",
                        "分享", "顶部", "返回列表", "保存本页"], rng.randint(2, 4))
    text = rng.choice(["", " ", "  "]).join(a + w + b for w in words)
    if rng.random() < 0.35:
        return _glued_end(ctx, text)
    return _chrome_line(ctx, text, ["tail", "tail", "head"])


@R.form("chrome", "t46_english_toolbar_r9")
def chrome_english_toolbar(ctx: Ctx):
    """An English tool bar of a bilingual template: Print | Close | Share / Print this page  Close window /
    Font: A+ A A- / Back to top / [Print] [Close] / Share to: WeChat Weibo (own line).
    Cause: the template's button labels (English version or icon alt texts) read as text."""
    rng = ctx.rng
    sep = rng.choice([" | ", "  ", " / ", " · ", " "])
    text = rng.choice([
        sep.join(rng.sample(["Print", "Close", "Share", "Top", "Favorite", "Feedback"], rng.randint(2, 4))),
        f"Print this page{sep}Close window", f"Font:{sep}A+{sep}A{sep}A-", "Back to top", "[Print] [Close]",
        f"Share to:{sep}WeChat{sep}Weibo", f"Font size: L M S{sep}Print", "TOP ↑",
    ])
    return _chrome_line(ctx, text, ["tail", "tail", "head"])


@R.form("chrome", "t47_icon_widgets_r9")
def chrome_icon_widgets(ctx: Ctx):
    """Widgets led by an icon glyph or emoji: 🖨 打印 ✕ 关闭 / ⬆ 返回顶部 / 📱 手机扫码阅读 / ▲TOP / ↑顶部 /
    ☞ 分享到 / ★收藏 ✉发送邮件 / 🔊 朗读全文 (own line or glued after a paragraph).
    Cause: an icon font's glyphs come through as characters next to their labels."""
    rng = ctx.rng
    text = rng.choice([
        "🖨 打印 ✕ 关闭", "⬆ 返回顶部", "📱 手机扫码阅读", "▲TOP", "↑顶部", "☞ 分享到 ☞", "★收藏 ✉发送邮件", "🔊 朗读全文",
        "⎙打印　×关闭", "▲ 回到顶部", "✉ 发送给朋友 ⎙ 打印", "◆ 扫码在手机上阅读 ◆", "🔍 全文检索",
    ])
    if rng.random() < 0.3:
        return _glued_end(ctx, text)
    return _chrome_line(ctx, text, ["tail", "head", "top"])


@R.form("chrome", "t48_widget_before_paragraph_r9")
def chrome_widget_before_paragraph(ctx: Ctx):
    """A widget glued before the first characters of a paragraph: 字号：大 中 小　 / 【字体：Ａ＋ Ａ Ａ－】 /
    [打印] / 分享到： / 〖默认〗〖大〗〖超大〗 / 视力保护色 (the paragraph itself stays).
    Cause: the tool bar sits right above the article body and the crawler dropped the line break."""
    rng = ctx.rng
    text = rng.choice([
        "字号：大 中 小", "【字体：Ａ＋ Ａ Ａ－】", "[打印]", "分享到：", "〖默认〗〖大〗〖超大〗", "字号 T T T",
        "【字号：大 中 小】【打印】", "视力保护色：□ □ □", "[ 大 中 小 ]", "字体：　大　中　小",
    ])
    return _glued_start(ctx, text)


@R.form("chrome", "t49_prev_next_arrows_r9")
def chrome_prev_next_arrows(ctx: Ctx):
    """Previous / next links with arrows and other words: « 上一篇：… / 下一篇 » … / ← 前一篇 / 后一篇 → /
    上篇：无 / 下篇：没有了 / 上一条信息：… (two lines or one row, at the tail).
    Cause: the article navigation under the text, with its arrow glyphs."""
    rng = ctx.rng
    prev = rng.choice(["« 上一篇：", "← 上一篇 ", "上篇：", "上一条信息：", "前一篇：", "◀ 上一篇 "])
    nxt = rng.choice(["下一篇 »：", "下一篇 → ", "下篇：", "下一条信息：", "后一篇：", "下一篇 ▶ "])
    a = _other_title(rng) if rng.random() < 0.8 else "无"
    b = _other_title(rng) if rng.random() < 0.7 else rng.choice(["没有了", "无", "已经是最后一篇"])
    if rng.random() < 0.35:
        return _chrome_line(ctx, prev + a + rng.choice(["  ", " | ", "\u3000"]) + nxt + b, ["tail"])
    return _chrome_block(ctx, [prev + a, nxt + b], ["tail"])


# ======================================================================================
# protected (keep): the document's own lines shaped like the furniture above


def _keep_line(ctx: Ctx, line: str, wheres=("between",)):
    where = ctx.rng.choice(list(wheres))
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    if p == len(ctx.text):
        return Inj(p, p, "\n" + line, [Gold(1, 1 + len(line), "protected", "keep", line, where=where)])
    return Inj(p, p, line + "\n", [Gold(0, len(line), "protected", "keep", line, where=where)])


@R.form("protected", "t16_flows_and_counts_in_body_r9c")
def prot_flows_and_counts(ctx: Ctx):
    """Body paragraphs with arrows, bars and counts that a furniture detector may take for a crumb or a counter:
    办理流程：申请 → 受理 → 审核 → 办结 / 全年政府网站访问量达1234万次 / 主办单位：…；承办单位：… in an 活动方案."""
    rng = ctx.rng
    n = rng.randint(120, 9800)
    line = rng.choice([
        "办理流程：申请 → 受理 → 审核 → 办结，全程网上办理。",
        "企业申报→区县初审→市级复核→结果公示",
        f"全年政府网站总访问量达{n}万次，同比增长{rng.randint(3, 40)}%。",
        "主办单位：市文化广电旅游局；承办单位：各县（市、区）文化馆。",
        f"阅读推广活动覆盖{n}人次，点击量居全省前列。",
        "按照“首页—政务公开—政策文件”栏目路径集中发布，便于群众查询。",
    ])
    return _keep_line(ctx, line)


@R.form("protected", "t17_short_rows_at_edges_r9c")
def prot_short_rows_at_edges(ctx: Ctx):
    """Short rows of the document's own at the head or tail with no sentence punctuation: 一、总体要求 -
    二、主要任务 is not used; instead: 附件：1. 任务清单  2. 责任分工表 / 联系人：张明 | 电话：0571-… /
    （此件公开发布） / 抄送：市委办公室 市政府办公室 (tail)."""
    rng = ctx.rng
    line = rng.choice([
        "附件：1．任务清单\u30002．责任分工表",
        f"联系人：张明 | 电话：0571-{rid(rng, 8)}",
        "抄送：市委办公室\u3000市人大常委会办公室\u3000市政协办公室",
        "（此件公开发布）",
        "（联系人：李华\u3000联系电话：12345）",
    ])
    return _keep_line(ctx, line, ("tail",))
