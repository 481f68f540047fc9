"""More TUNE forms (round 7 of issue 16): chrome and metadata, kinds written first without reading the rules.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re  # noqa: E402

from forms_common import Ctx, Gold, Inj, rid  # noqa: E402
from forms_tune_chrome_dup import _chrome_block, _chrome_line  # noqa: E402
from forms_tune_metadata import _block, _values  # noqa: E402

# ======================================================================================
# chrome (remove): page parts of kinds TUNE lacked, written blind (causes noted per form)


@R.form("chrome", "t36_pdf_page_number")
def chrome_pdf_page_number(ctx: Ctx):
    """A page number of the PDF the text was extracted from, left between two paragraphs where the
    page broke: — 3 — / - 3 - / －3－ / ·3· / 3 / 12 / 第 3 页 / Page 3 of 12 / ３.
    Cause: pdftotext keeps the footer of every printed page (公文 put — N — at the foot)."""
    rng = ctx.rng
    n, total = rng.randint(2, 9), rng.randint(10, 24)
    w = rng.choice(["", " ", "\u3000"])
    line = rng.choice([
        f"—{w}{n}{w}—", f"-{w}{n}{w}-", f"－{w}{n}{w}－", f"·{w}{n}{w}·", f"{n}{w}/{w}{total}",
        f"第{w}{n}{w}页", f"Page {n} of {total}", f"—{w}{chr(0xFF10 + n)}{w}—", f"{n}", f"- {n} -",
    ])
    return _chrome_line(ctx, line, ["between", "between", "between", "tail"])


@R.form("chrome", "t37_separator_rule")
def chrome_separator_rule(ctx: Ctx):
    """A horizontal rule drawn with characters, left as a line of its own: ———————— / ========
    / * * * / ────── / - - - - - / ※※※ / ＝＝＝＝ / ◆◆◆ / ~~~~~~.
    Cause: an <hr> or a bordered div of the template rendered as repeated marks by the crawler."""
    rng = ctx.rng
    n = rng.randint(4, 30)
    unit = rng.choice(["—", "=", "*", "─", "-", "※", "＝", "◆", "~", "━", "·", "_", "◇", "☆"])
    sep = rng.choice(["", "", " ", "\u3000"])
    line = sep.join([unit] * n)
    return _chrome_line(ctx, line, ["between", "tail", "head", "tail"])


@R.form("chrome", "t38_skip_links")
def chrome_skip_links(ctx: Ctx):
    """An accessibility skip link or screen-reader hint at the top of the page: 跳到主要内容 / 跳过导航 /
    Skip to main content / 您已进入正文区域，按Tab键阅读 / 按Alt+2进入正文区 / [进入无障碍阅读].
    Cause: the visually hidden link (class sr-only) of an accessible template is plain text to a crawler."""
    rng = ctx.rng
    line = rng.choice([
        "跳到主要内容", "跳过导航", "跳转到正文", "Skip to main content", "Skip to content", "进入主内容区",
        "您已进入正文区域，按Tab键阅读", "按Alt+2进入正文区", "[进入无障碍阅读]", "【跳到内容区】",
        "内容区域开始", "主内容区 按回车键进入",
    ])
    return _chrome_line(ctx, line, ["top", "top", "head"])


@R.form("chrome", "t39_cookie_notice")
def chrome_cookie_notice(ctx: Ctx):
    """A cookie / privacy consent banner flattened with its buttons: 本网站使用Cookie以改善您的体验。
    [同意] [拒绝] / 继续浏览即表示您同意我们的隐私政策 接受 / We use cookies. Accept.
    Cause: the consent overlay is in the page's DOM, so the crawler reads it with the article."""
    rng = ctx.rng
    lead = rng.choice([
        "本网站使用Cookie以改善您的浏览体验。", "本站使用cookies技术，继续浏览即表示您同意", "为提供更好的服务，本网站会使用Cookie",
        "继续浏览即表示您同意我们的隐私政策", "We use cookies to improve your experience.", "本网站使用必要的Cookie",
    ])
    buttons = rng.choice([" [同意] [拒绝]", " 接受 拒绝", "【我知道了】", " 同意并继续", " Accept", " 确定", "  知道了×"])
    return _chrome_line(ctx, lead + buttons, ["top", "tail", "tail"])


@R.form("chrome", "t40_page_url_line")
def chrome_page_url_line(ctx: Ctx):
    """The page's own address printed on the page: 本文链接：http://wjw.jl.gov.cn/art/2021/3/31/art_12_345.html /
    原文地址: https://… / 网址：www.…gov.cn/… / a bare URL line (head or tail).
    Cause: print templates and repost scripts write location.href under the article."""
    rng = ctx.rng
    host = rng.choice(["wjw", "jyj", "zjj", "nyncj", "scjgj", "www"]) + "." + rng.choice(["jiangling", "qingwu", "baiping"]) + ".gov.cn"
    path = rng.choice([f"/art/2021/3/{rng.randint(1, 28)}/art_{rid(rng, 4)}_{rid(rng, 6)}.html",
                       f"/zwgk/tzgg/2021{rng.randint(1, 12):02d}/t2021{rid(rng, 4)}_{rid(rng, 7)}.shtml",
                       f"/col/col{rid(rng, 5)}/index.html?uid={rid(rng, 6)}&pageNum=1"])
    url = rng.choice(["http://", "https://", ""]) + host + path
    lead = rng.choice(["本文链接：", "原文地址: ", "网址：", "本页地址：", "链接：", "", "URL: ", "【本文网址】"])
    return _chrome_line(ctx, lead + url, ["tail", "tail", "head", "top"])


@R.form("chrome", "t41_media_placeholders")
def chrome_media_placeholders(ctx: Ctx):
    """Placeholders where a picture, a video or an embedded file was: [图片] / IMG_20210329_101523.jpg /
    image003.png / (点击图片查看大图) / [视频] 00:00 / 02:15 / 该文件不支持在线预览 (between paragraphs).
    Cause: the extractor keeps the alt text or file name of media it cannot carry."""
    rng = ctx.rng
    line = rng.choice([
        "[图片]", f"IMG_2021{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_{rid(rng, 6)}.jpg", f"image{rid(rng, 3)}.png",
        "（点击图片查看大图）", f"[视频] 00:00 / 0{rng.randint(1, 9)}:{rng.randint(10, 59)}", "该文件不支持在线预览",
        "【图片】", f"{rid(rng, 8)}.jpeg", "[图]", "图片加载失败", f"<图片 {rng.randint(1, 5)}>",
    ])
    return _chrome_line(ctx, line, ["between", "between", "head", "tail"])


# ======================================================================================
# metadata (remove; values into fields)


@R.form("metadata", "t37_keyword_tag_line")
def meta_keyword_tag_line(ctx: Ctx):
    """The CMS's keyword / tag line with no gold field: 关键词：卫生健康；疫情防控 / 标签：教育 招生 /
    Tags: 医保, 报销 / 【关键字】农业 水利 / 热门标签 # 营商环境 # 放管服 (head or tail).
    Cause: SEO keyword and tag fields the template prints above or below the article."""
    rng = ctx.rng
    words = rng.sample(["卫生健康", "疫情防控", "教育", "招生", "医保", "报销", "农业", "水利", "营商环境", "放管服",
                        "安全生产", "住房保障", "就业", "乡村振兴", "生态环境"], rng.randint(2, 4))
    sep = rng.choice(["；", " ", "，", ", ", "\u3000", " # ", "、"])
    lead = rng.choice(["关键词：", "标签：", "Tags: ", "【关键字】", "热门标签 # ", "关键字:", "TAG：", "本文标签："])
    return _block(ctx, [lead + sep.join(words)], {}, ("head", "tail", "tail"))


@R.form("metadata", "t38_status_badge")
def meta_status_badge(ctx: Ctx):
    """A policy library's status badge under the title, with or without a label: 【现行有效】 / [已失效] /
    有效性：现行有效 / 状态：已废止 / 时效：有效 / 〔已修订〕 (one short line, head).
    Cause: 政策文件库 templates print the document's validity field as a coloured badge."""
    rng = ctx.rng
    val = rng.choice(["现行有效", "有效", "已失效", "已废止", "已修订", "部分失效", "尚未生效"])
    line = rng.choice([f"【{val}】", f"[{val}]", f"有效性：{val}", f"状态：{val}", f"时效：{val}", f"〔{val}〕",
                       f"效力级别：规范性文件\u3000时效性：{val}", f"文件状态 | {val}"])
    return _block(ctx, [line], {}, ("head", "head", "top"))


@R.form("metadata", "t39_key_value_dump")
def meta_key_value_dump(ctx: Ctx):
    """The crawler's own record printed before the text, with ASCII keys: pubDate: 2021-03-31 /
    source=XX局 / "publisher": "XX局", / <meta name="PubDate" content="2021-03-31 09:30"> / publishtime：…
    Cause: a scraper that writes its item fields and the page's <meta> tags into the text file."""
    rng = ctx.rng
    keys = rng.sample(["publish_date", "publisher"], rng.randint(1, 2))
    gold, shown = _values(ctx, keys)
    rows = []
    for k in keys:
        name = rng.choice({"publish_date": ["pubDate", "publishtime", "PubDate", "date", "publish_time"],
                           "publisher": ["source", "ContentSource", "author", "SiteName", "publisher"]}[k])
        v = shown[k]
        rows.append(rng.choice([f"{name}: {v}", f"{name}={v}", f'"{name}": "{v}",', f'<meta name="{name}" content="{v}">',
                                f"{name}：{v}"]))
    if rng.random() < 0.5:
        rows = [rng.choice(["  ", " | ", "; ", "\t"]).join(rows)]
    return _block(ctx, rows, gold, ("top", "top", "head"))


@R.form("metadata", "t40_other_pair_separators")
def meta_other_pair_separators(ctx: Ctx):
    """Label and value split by a mark that is not a colon: 发布日期 » 2021-03-31 / 来源 = XX局 /
    发布机构 → XX局 / 索引号……000014349/2021-00123 / 成文日期 —— 2021年3月29日 / 文号 ＞ 江卫发〔2021〕12号.
    Cause: templates that draw the pair as two cells with an icon or a leader between them."""
    rng = ctx.rng
    labels = {"publish_date": ["发布日期", "发布时间"], "publisher": ["发布机构", "来源"], "written_date": ["成文日期"],
              "index_number": ["索引号"], "doc_number": ["文号", "发文字号"]}
    keys = rng.sample(list(labels), rng.randint(1, 3))
    gold, shown = _values(ctx, keys)
    sep = rng.choice([" » ", " = ", " → ", "……", " —— ", " ＞ ", " ＝ ", " -> ", "｜", " >> "])
    rows = [rng.choice(labels[k]) + sep + shown[k] for k in keys]
    if rng.random() < 0.3:
        rows = ["\u3000".join(rows)]
    return _block(ctx, rows, gold, ("head", "head", "top"))


@R.form("metadata", "t41_value_then_label")
def meta_value_then_label(ctx: Ctx):
    """The label after its value, as a verb: 2021-03-31 发布 / XX局 发布 / 江岭市卫生健康委员会供稿　2021年3月31日发布 /
    2021.03.31 更新 / 发布于 2021-03-31 by XX局 (head).
    Cause: card templates print "{date} 发布" instead of a label, news sites "{unit} 供稿"."""
    rng = ctx.rng
    keys = rng.sample(["publish_date", "publisher"], rng.randint(1, 2))
    gold, shown = _values(ctx, keys)
    verb = {"publish_date": rng.choice([" 发布", "发布", " 更新", " 发布于本站", "上线"]),
            "publisher": rng.choice([" 发布", "供稿", " 提供", " 编发"])}
    parts = [shown[k] + verb[k] for k in keys]
    line = rng.choice(["\u3000", "  ", " ", " | "]).join(parts)
    return _block(ctx, [line], gold, ("head", "head", "top"))


@R.form("metadata", "t42_dot_card_row")
def meta_dot_card_row(ctx: Ctx):
    """A list card's row, fields joined by middle dots or bars with no labels, a category and a count among
    them: 政策文件 · 2021-03-31 · XX局 · 阅读 1234 / XX局 | 2021-03-31 | 1234次浏览 (head).
    Cause: mobile templates reuse the list page's card under the article title."""
    rng = ctx.rng
    gold, shown = _values(ctx, ["publish_date", "publisher"])
    parts = [shown["publish_date"], shown["publisher"]]
    rng.shuffle(parts)
    if rng.random() < 0.6:
        parts.insert(0, rng.choice(["政策文件", "通知公告", "部门动态", "政策解读", "工作动态"]))
    if rng.random() < 0.7:
        parts.append(rng.choice([f"阅读 {rid(rng, 4)}", f"{rid(rng, 3)}次浏览", f"浏览量 {rid(rng, 3)}", f"👁 {rid(rng, 4)}"]))
    line = rng.choice([" · ", "·", " | ", " ｜ ", " / ", "  ·  "]).join(parts)
    return _block(ctx, [line], gold, ("head", "head", "top"))


# ======================================================================================
# protected (keep): the document's own lines that look like chrome or metadata


def _protect_rows(ctx: Ctx, rows: list[str], wheres):
    where = ctx.rng.choice(wheres)
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    raw, golds = "", []
    at_end = p == len(ctx.text)
    for row in rows:
        if at_end:
            golds.append(Gold(len(raw) + 1, len(raw) + 1 + len(row), "protected", "keep", row, where=where))
            raw += "\n" + row
        else:
            golds.append(Gold(len(raw), len(raw) + len(row), "protected", "keep", row, where=where))
            raw += row + "\n"
    return Inj(p, p, raw, golds)


@R.form("protected", "t9_own_table_rows")
def prot_own_table_rows(ctx: Ctx):
    """The document's own table flattened to lines between two paragraphs: a header row of column names
    and one or two rows of cells split by wide spaces or bars (序号　项目名称　责任单位　完成时限 /
    1　市人民医院改扩建工程　市卫生健康委　2021年12月底). No sentence punctuation, but content.
    (Cells split by a wide space or a bar: tabs and space runs are the space family's to normalise.)"""
    rng = ctx.rng
    sep = rng.choice(["\u3000", " | ", "｜"])
    head = sep.join(rng.choice([["序号", "项目名称", "责任单位", "完成时限"], ["序号", "指标", "目标值", "牵头单位"],
                                ["区县", "任务数", "完成数", "完成率"]]))
    rows = [head]
    for k in range(1, rng.randint(2, 3)):
        rows.append(sep.join([str(k), rng.choice(["市人民医院改扩建工程", "乡镇卫生院标准化建设", "农村饮水安全巩固提升"]),
                              rng.choice(["市卫生健康委", "市水利局", "各县（市、区）政府"]), f"{rng.randint(2021, 2025)}年{rng.randint(6, 12)}月底"]))
    return _protect_rows(ctx, rows, ["between"])


@R.form("protected", "t10_own_tail_lists")
def prot_own_tail_lists(ctx: Ctx):
    """The document's own tail lines in label + value shape: 附件：1．江岭市…名单 / 抄送：市委办公室，市人大常委会办公室。 /
    联系人：张明　联系电话：0571-12345678 / （此件公开发布） (before the signature or at the end)."""
    rng = ctx.rng
    rows = rng.sample([
        "附件：1．重点任务分工表",
        "抄送：市委办公室，市人大常委会办公室，市政协办公室。",
        f"联系人：张明\u3000联系电话：0571-{rid(rng, 8)}",
        "（此件公开发布）",
        "附件：江岭市2021年度工作任务清单",
    ], rng.randint(1, 2))
    return _protect_rows(ctx, rows, ["tail"])
