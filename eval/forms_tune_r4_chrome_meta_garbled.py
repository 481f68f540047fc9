"""More TUNE forms (round 4 of issue 16): further real-world shapes of the same defects.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import codecs

from forms_common import Ctx, Gold, Inj, colon, fields_ok, han_runs, rid
from forms_tune import _garble, _glued_or_line
from forms_tune_chrome_dup import _chrome_block, _chrome_line, _other_title
from forms_tune_metadata import _LABELS, _OTHER, _block, _values

# ======================================================================================
# chrome (remove): other separators, other widget words, other footers, other positions

_COLS = ["政务公开", "通知公告", "工作动态", "政策文件", "部门文件", "信息公开目录", "法定主动公开内容", "政策解读",
         "规划计划", "本局动态", "财政资金", "人事信息"]


@R.form("chrome", "t14_breadcrumb_other_separators")
def chrome_crumb_other_seps(ctx: Ctx):
    """A breadcrumb with separators and lead-ins of other sites: 网站首页 - 信息公开 - 通知公告 /
    位置：主页 → 政务公开 / 当前栏目：政策文件 | 部门文件 / 首页 :: 信息公开 / 首页＞＞政务公开."""
    rng = ctx.rng
    sep = rng.choice([" - ", "-", " — ", " → ", "→", " | ", " :: ", "＞＞", " >> ", " » ", " / ", "＞", " ＞ ", "　>　"])
    home = rng.choice(["首页", "网站首页", "主页", "返回首页", "首　页"])
    parts = ([home] if rng.random() < 0.7 else []) + rng.sample(_COLS, rng.randint(2, 3))
    lead = rng.choice(["", "", "位置：", "您所在的位置：", "你的位置：", "当前栏目：", "所在位置:", "您现在所在位置：",
                       "您当前所在的位置："])
    line = lead + sep.join(parts)
    return _chrome_line(ctx, line, ["top", "top", "head"])


@R.form("chrome", "t15_toolbar_other_words")
def chrome_toolbar_other_words(ctx: Ctx):
    """A toolbar in other wordings: 文字大小：大 中 小 / [ 字号：T T T ] / 打印此文 | 关闭此页 / 默认 大 超大 /
    扫一扫 手机阅读 (own line in the head or tail, or glued after a paragraph)."""
    rng = ctx.rng
    size = rng.choice(["文字大小", "字体大小", "字号", "字体", "字号调整", "文字"]) + rng.choice(["：", ":", "", " "])
    size += rng.choice(["大 中 小", "大中小", "默认 大 超大", "A+ A A-", "T T T", "放大 缩小", "大 | 中 | 小"])
    acts = rng.sample(["打印此文", "打印文章", "关闭此页", "关闭窗口", "收藏本文", "收藏", "打印", "关闭", "分享",
                       "我要打印", "打印本文", "返回顶部"], rng.randint(2, 3))
    a, b = rng.choice([("[", "]"), ("【", "】"), ("", ""), ("『", "』"), ("〔", "〕")])
    text = rng.choice([
        lambda: f"{a}{size}{b}",
        lambda: rng.choice([" | ", "  ", "　", " "]).join(f"{a}{w}{b}" for w in acts),
        lambda: f"{a}{size}{b}" + rng.choice(["  ", " ", "　"]) + rng.choice([" ", ""]).join(f"{a}{w}{b}" for w in acts),
    ])()
    return _glued_or_line(ctx, text, ["head", "tail", "head"], 0.25)


@R.form("chrome", "t16_counter_other_wordings")
def chrome_counter_other(ctx: Ctx):
    """A view counter in other wordings: 本文已被浏览 1234 次 / 1234人已阅读 / 阅读人数：56 / 访问人次：789 /
    热度：123 / 点击率：45次 (own line, or glued after a paragraph)."""
    rng = ctx.rng
    n = str(rng.randint(3, 99999))
    text = rng.choice([
        f"本文已被浏览{rng.choice(['', ' '])}{n}{rng.choice(['', ' '])}次",
        f"{n}人已阅读", f"已阅读{n}次", f"被浏览{n}次",
        f"阅读人数{colon(rng)}{n}", f"访问人次{colon(rng)}{n}", f"浏览人次{colon(rng)}{n}",
        f"热度{colon(rng)}{n}", f"点击率{colon(rng)}{n}次", f"阅读{colon(rng)}{n}次",
        f"浏览数{colon(rng)}{n}", f"查看次数{colon(rng)}{n}",
    ])
    if rng.random() < 0.4:
        a, b = rng.choice([("【", "】"), ("[", "]"), ("（", "）"), ("(", ")")])
        text = a + text + b
    return _glued_or_line(ctx, text, ["head", "tail", "tail"], 0.3)


@R.form("chrome", "t17_footer_other_wordings")
def chrome_footer_other(ctx: Ctx):
    """A footer in other wordings, one to three lines at the tail: 版权所有 © 2021 … All Rights Reserved /
    公安备案号：33010202000123 / 备案号：浙ICP备… / 本网站由…主办 / 主办：… 承办：… 技术支持：… on one line."""
    rng = ctx.rng
    city = rng.choice(["江岭市", "青湾县", "北平区", "梅山市", "云溪县", "泰安区", "临川市"])
    prov = rng.choice(["浙", "苏", "鲁", "皖", "赣", "湘", "闽"])
    sep = rng.choice(["  ", " ", "　", " | ", "　　"])
    pool = [
        f"版权所有{rng.choice([' © ', '©', ' ', '：'])}{rng.randint(2010, 2025)} {city}人民政府" + rng.choice(["", " All Rights Reserved"]),
        f"Copyright{rng.choice([' © ', '@', '©', ' (C) '])}{rng.randint(2015, 2025)} {city}卫生健康委员会",
        f"公安备案号{colon(rng)}{rid(rng, 14)}",
        f"备案号{colon(rng)}{prov}ICP备{rid(rng, 8)}号" + rng.choice(["", f"-{rng.randint(1, 9)}"]),
        f"本网站由{city}人民政府办公室主办",
        f"主办{colon(rng)}{city}人民政府办公室{sep}承办{colon(rng)}{city}大数据中心{sep}技术支持{colon(rng)}"
        + rng.choice(["某某", "华信", "云海", "拓尔思"]) + "信息技术有限公司",
        f"网站标识码{colon(rng)}{rid(rng, 10)}{sep}{prov}公网安备{rid(rng, 14)}号",
        f"主办单位{colon(rng)}{city}人民政府{sep}联系电话{colon(rng)}0{rid(rng, 3)}-{rid(rng, 8)}",
    ]
    return _chrome_block(ctx, rng.sample(pool, rng.randint(1, 3)), ["tail"])


@R.form("chrome", "t18_prev_next_other")
def chrome_prev_next_other(ctx: Ctx):
    """Links to the neighbouring articles in other shapes: 上一篇：没有了 / 【上一篇】关于… / 上一条 关于… /
    上篇文章：… / < 上一篇 … / 前一篇：… (tail)."""
    rng = ctx.rng
    prev = rng.choice(["上一篇", "上一条", "上篇文章", "前一篇", "上一篇文章"])
    nxt = {"上一篇": "下一篇", "上一条": "下一条", "上篇文章": "下篇文章", "前一篇": "后一篇", "上一篇文章": "下一篇文章"}[prev]
    def link(word):
        title = rng.choice([_other_title(rng), _other_title(rng), "没有了", "无", "已经是第一篇"])
        return rng.choice([f"【{word}】{title}", f"{word}{colon(rng)}{title}", f"{word} {title}", f"[{word}]{title}",
                           f"< {word}：{title}" if word == prev else f"{word}：{title} >"])
    block = [link(prev), link(nxt)][rng.randint(0, 1):] if rng.random() < 0.3 else [link(prev), link(nxt)]
    return _chrome_block(ctx, block, ["tail"])


@R.form("chrome", "t19_related_other")
def chrome_related_other(ctx: Ctx):
    """A related-links box in other shapes: 相关文章： / 【相关阅读】 / 延伸阅读 / 相关链接 >> then titles with a
    bullet or a date after them (· 关于… 2021-03-29) (tail)."""
    rng = ctx.rng
    head = rng.choice(["相关文章", "相关阅读", "延伸阅读", "相关链接", "相关新闻", "相关稿件", "相关文件"])
    head = rng.choice([head, f"【{head}】", f"{head}：", f"{head} >>", f"{head}>>", f"[{head}]"])
    bullet = rng.choice(["", "· ", "·", "• ", "> ", "◆ "])
    def item():
        t = bullet + _other_title(rng)
        if rng.random() < 0.4:
            t += rng.choice([" ", "  ", "\u3000"]) + f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        return t
    return _chrome_block(ctx, [head] + [item() for _ in range(rng.randint(1, 3))], ["tail"])


# ======================================================================================
# metadata (remove the line, values into fields): other colons, separators, labels, layouts

_COLONS = ["：", ":", "\ufe30", "\u2236", "\ufe55", "：", ": "]


@R.form("metadata", "t11_colon_variants")
def meta_colon_variants(ctx: Ctx):
    """One field per line with a colon some sites type: ︰ (U+FE30), ∶ (U+2236), ﹕ (U+FE55), or a bracket
    pair of other kinds (「发布日期」2021-03-29 / 〈来源〉XX局)."""
    rng = ctx.rng
    keys = rng.sample(list(_LABELS), rng.randint(1, 3))
    gold, shown = _values(ctx, keys)
    rows = []
    for k in keys:
        label = rng.choice(_LABELS[k])
        if rng.random() < 0.35:
            a, b = rng.choice([("「", "」"), ("『", "』"), ("〈", "〉"), ("<", ">"), ("《", "》")])
            rows.append(f"{a}{label}{b}{rng.choice(['', ' ', '：'])}{shown[k]}")
        else:
            rows.append(label + rng.choice(_COLONS) + shown[k])
    return _block(ctx, rows, gold, ("head", "top", "header"))


@R.form("metadata", "t12_pairs_other_separators")
def meta_pairs_other_seps(ctx: Ctx):
    """Several pairs on one line with other separators between them: 丨 / · ；， || or a slash
    (发布时间：2021-03-29丨来源：XX局丨作者：张明)."""
    rng = ctx.rng
    keys = rng.sample(["publisher", "publish_date", "index_number", "doc_number", "written_date"], rng.randint(2, 3))
    gold, shown = _values(ctx, keys)
    pairs = [(rng.choice(_LABELS[k]), shown[k]) for k in keys]
    if rng.random() < 0.4:
        pairs.append((rng.choice(["作者", "编辑", "责任编辑"]), rng.choice(["张明", "李华", "王晓燕"])))
    sep = rng.choice(["丨", " 丨 ", " · ", "；", "，", " || ", " / ", "　/　", "│", " ┃ "])
    line = sep.join(label + colon(rng) + value for label, value in pairs)
    return _block(ctx, [line], gold, ("head", "top", "header", "tail"))


# Labels of the gold fields in wordings the earlier forms did not use.
_MORE_LABELS = {
    "index_number": ["信息索取号", "索取号", "公开索引号", "目录索引号", "索引号码"],
    "doc_number": ["发文编号", "文件文号", "公文文号", "发文号", "文件号"],
    "publisher": ["发布部门", "发布主体", "来源机构", "发文部门", "制文机关", "公开单位"],
    "publish_date": ["发布日期时间", "信息发布日期", "上网时间", "发表日期", "更新时间", "公开时间"],
    "written_date": ["成文时间", "签发日期", "发文时间", "印发时间", "制文日期"],
}


@R.form("metadata", "t13_other_label_wordings")
def meta_other_labels(ctx: Ctx):
    """Labels in wordings no list spelled out (信息索取号, 公开索引号, 发文编号, 发布主体, 来源机构, 发表日期,
    制文日期 …), with other field lines no gold holds (生效日期, 实施日期, 有效期, 统一登记号)."""
    rng = ctx.rng
    keys = rng.sample(list(_MORE_LABELS), rng.randint(1, 3))
    gold, shown = _values(ctx, keys)
    rows = [rng.choice(_MORE_LABELS[k]) + colon(rng) + shown[k] for k in keys]
    if rng.random() < 0.5:
        y = int(gold.get("written_date", gold.get("publish_date", "2021-01-01"))[:4]) if gold else 2021
        rows.append(rng.choice(["生效日期", "实施日期", "施行日期"]) + colon(rng) + f"{y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")
    if rng.random() < 0.3:
        rows.append(rng.choice(["统一登记号", "登记号"]) + colon(rng) + rng.choice(["JLSD", "QWXD"]) + f"{rid(rng, 2)}-{rid(rng, 4)}-{rid(rng, 4)}")
    rng.shuffle(rows)
    return _block(ctx, rows, gold, ("head", "top", "header"))


@R.form("metadata", "t14_table_pipe_cells")
def meta_table_pipe_cells(ctx: Ctx):
    """A header table flattened with a bar between every cell, label and value in cells of their own
    (| 索引号 | 000014349/2021-00123 | 发布机构 | XX局 |), two pairs to a row."""
    rng = ctx.rng
    keys = rng.sample(list(_LABELS), rng.randint(2, 4))
    gold, shown = _values(ctx, keys)
    cells = [(rng.choice(_LABELS[k]), shown[k]) for k in keys]
    if rng.random() < 0.5:
        labels, values = rng.choice(_OTHER)
        cells.append((rng.choice(labels), rng.choice(values)))
    bar = rng.choice([" | ", "|", " ｜ ", "｜", " │ "])
    edge = rng.random() < 0.5
    rows = []
    for i in range(0, len(cells), 2):
        flat = [x for pair in cells[i:i + 2] for x in pair]
        row = bar.join(flat)
        rows.append((bar.strip() + " " + row + " " + bar.strip()) if edge else row)
    return _block(ctx, rows, gold, ("head", "top", "header"))


@R.form("metadata", "t15_empty_value_then_text")
def meta_empty_value(ctx: Ctx):
    """A header whose last label is empty (发文字号： / 主题词： / 成文日期：) right before the title or the body:
    the empty label line goes, the next line stays."""
    rng = ctx.rng
    keys = rng.sample(["publisher", "publish_date", "index_number"], rng.randint(1, 2))
    gold, shown = _values(ctx, keys)
    pairs = [(rng.choice(_LABELS[k]), shown[k]) for k in keys]
    empty = rng.choice(["发文字号", "文号", "主题词", "成文日期", "关键词", "有效性", "发布机构", "索引号"])
    empty = empty if not any(l == empty for l, _ in pairs) else "主题词"
    if rng.random() < 0.5:
        rows = [label + colon(rng) + value for label, value in pairs] + [empty + rng.choice(["：", ":", "： "])]
    else:
        rows = ["\u3000\u3000".join(label + colon(rng) + value for label, value in pairs) + "\u3000\u3000" + empty + "："]
    return _block(ctx, rows, gold, ("top", "head", "header"))


@R.form("metadata", "t16_widget_tail_other")
def meta_widget_tail_other(ctx: Ctx):
    """Values followed by widget tails of other kinds: 发布时间：2021-03-29 [我要纠错] [收藏] / 来源：XX局 扫一扫
    手机阅读 / 发布日期：… 字号：T|T|T / … 浏览次数：123 分享至："""
    rng = ctx.rng
    keys = rng.sample(["publisher", "publish_date", "index_number", "doc_number"], rng.randint(1, 2))
    gold, shown = _values(ctx, keys)
    body = rng.choice(["  ", "　", " | "]).join(rng.choice(_LABELS[k]) + colon(rng) + shown[k] for k in keys)
    tail = rng.choice(["[我要纠错] [收藏]", "【收藏】【打印】", "扫一扫 手机阅读", "字号：T|T|T", "浏览次数：123 分享至：",
                       "[ 默认 大 超大 ]", "【大 中 小】", "分享：", "打印此页 关闭此页", "文字大小：大 中 小"])
    line = body + rng.choice(["  ", " ", "　", "\t"]) + tail
    return _block(ctx, [line], gold, ("head", "top", "header"))


@R.form("metadata", "t17_header_before_title")
def meta_before_title(ctx: Ctx):
    """The page's fields above the title, after a chrome line (首页 > 通知公告 / 【字体：大 中 小】): the title
    must still open the clean text."""
    rng = ctx.rng
    keys = rng.sample(["publisher", "publish_date", "index_number"], rng.randint(1, 2))
    gold, shown = _values(ctx, keys)
    if not fields_ok(ctx, gold) or not ctx.free(0, 0):
        return None
    meta = rng.choice(["  ", "　　", " "]).join(rng.choice(_LABELS[k]) + colon(rng) + shown[k] for k in keys)
    chrome = rng.choice(["首页 > 通知公告", "当前位置：首页 > 政务公开", "【字体：大 中 小】", "打印 | 关闭", ""])
    raw, golds = "", []
    for cls, line in (("chrome", chrome), ("metadata", meta)):
        if line:
            golds.append(Gold(len(raw), len(raw) + len(line) + 1, cls, "remove", "", where="top"))
            raw += line + "\n"
    return Inj(0, 0, raw, golds, fields=gold)


# ======================================================================================
# garbled (flag): other misreadings, noise of wrong decodings

def _cp1252(b: bytes) -> str:
    return "".join(bytes([x]).decode("cp1252", errors="ignore") or "" for x in b)


@R.form("garbled", "t18_gbk_as_cp1252")
def garbled_gbk_cp1252(ctx: Ctx):
    """GBK bytes read as cp1252 (a Windows page's default): letters, € ‚ ƒ … and ASCII letters where a
    trail byte is below 0x80 (测试 → ²âÊÔ, 加强 → ¼ÓÇ¿, 业务 → Òµ Îñ)."""
    def make(h):
        b = h.encode("gbk")
        out = _cp1252(b)
        return out if any(0x80 <= x <= 0x9f or x < 0x80 for x in b) or len(h) >= 3 else None
    return _garble(ctx, (2, 3, 4, 5), make)


@R.form("garbled", "t19_double_utf8_as_gbk")
def garbled_double_gbk(ctx: Ctx):
    """UTF-8 read as GBK twice (two layers: 鍙戝竷 read again as 閸欐垵绔�-like runs)."""
    def make(h):
        once = h.encode("utf-8").decode("gbk", errors="replace")
        twice = once.encode("utf-8", errors="replace").decode("gbk", errors="replace")
        return twice if twice != h else None
    return _garble(ctx, (2, 3, 4), make)


@R.form("garbled", "t20_gbk_as_utf8")
def garbled_gbk_utf8(ctx: Ctx):
    """GBK bytes read as UTF-8 with a lenient decoder: replacement characters mixed with the stray ASCII
    of trail bytes, or with the bytes dropped (加强管理 → ��ǿ����, ��@)."""
    def make(h):
        out = h.encode("gbk").decode("utf-8", errors="replace")
        if ctx.rng.random() < 0.4:
            out = "".join(ch for ch in out if ch != "\ufffd") or None
            return out if out and out != h and any(not c.isascii() for c in out) else None
        return out
    return _garble(ctx, (2, 3, 4), make)


@R.form("garbled", "t21_gbk_as_euc_kr")
def garbled_gbk_euckr(ctx: Ctx):
    """GBK bytes read as EUC-KR (a detector's wrong guess): Hangul syllables and Hanja in a Chinese sentence."""
    def make(h):
        out = h.encode("gbk").decode("euc_kr", errors="replace")
        return out if any("\uac00" <= c <= "\ud7a3" for c in out) else None
    return _garble(ctx, (2, 3, 4, 5), make)


@R.form("garbled", "t22_box_bopomofo_noise")
def garbled_box_bopomofo(ctx: Ctx):
    """Noise of a wrong double-byte table: box-drawing pieces, bopomofo, Greek or Cyrillic letters where
    characters stood (加强┍┑ㄅ建设, 推进ΨШ工作)."""
    rng = ctx.rng
    def make(h):
        pools = ["\u250d\u2511\u2515\u2519\u251d\u2525\u252f\u2537\u2543\u254b", "\u3105\u3106\u310a\u3112\u3116\u311b\u3122\u3127",
                 "\u03a8\u03a9\u03b6\u03be\u0428\u0416\u0429\u0436"]
        mix = "".join(pools[rng.randint(0, 2)] for _ in range(2))
        return "".join(rng.choice(mix) for _ in range(max(2, len(h))))
    return _garble(ctx, (1, 2, 3), make)


@R.form("garbled", "t23_utf8_as_cp1252_long")
def garbled_utf8_cp1252_long(ctx: Ctx):
    """A longer run of UTF-8 read as cp1252 whose undefined bytes (81 8D 8F 90 9D) were kept as C1 controls
    or shown as ? (工作要点 → å·¥ä½œè¦?ç‚¹)."""
    rng = ctx.rng
    def make(h):
        b = h.encode("utf-8")
        keep = rng.choice(["?", "\u00bf", "\ufffd"])
        out = "".join(bytes([x]).decode("cp1252", errors="ignore") or keep for x in b)
        return out if out != h else None
    return _garble(ctx, (3, 4, 5), make)


# ======================================================================================
# blind forms (written after the rule work; recall read once, not tuned on)


@R.form("chrome", "t20_footer_nav_row")
def chrome_footer_nav_row(ctx: Ctx):
    """A footer's link row: 网站地图 | 联系我们 | 网站声明 | 隐私政策 | 使用帮助, or 关于我们 · 网站纠错 · 返回顶部 (tail)."""
    rng = ctx.rng
    words = rng.sample(["网站地图", "联系我们", "网站声明", "隐私政策", "使用帮助", "关于我们", "网站纠错", "返回顶部",
                        "意见建议", "法律声明", "站点地图"], rng.randint(3, 5))
    return _chrome_line(ctx, rng.choice([" | ", " · ", "  ", "｜", " / "]).join(words), ["tail"])


@R.form("chrome", "t21_share_bar_before_title")
def chrome_share_bar_top(ctx: Ctx):
    """A share bar with platform names at the page's top: 分享到 新浪微博 | 微信 | QQ空间 / 【分享】微信 微博 (own line)."""
    rng = ctx.rng
    targets = rng.sample(["新浪微博", "微信", "QQ空间", "QQ好友", "腾讯微博", "豆瓣", "钉钉"], rng.randint(2, 4))
    lead = rng.choice(["分享到", "分享至", "【分享】", "分享：", "一键分享"])
    return _chrome_line(ctx, lead + rng.choice([" ", "", "  "]) + rng.choice([" | ", " ", "、"]).join(targets), ["top", "head"])


@R.form("metadata", "t18_two_row_table")
def meta_two_row_table(ctx: Ctx):
    """A header table of one row of labels and one row of values under them (索引号　发布机构　发布日期 /
    000014349/2021-00123　XX局　2021-03-29)."""
    rng = ctx.rng
    keys = rng.sample(["index_number", "publisher", "publish_date"], rng.randint(2, 3))
    gold, shown = _values(ctx, keys)
    sep = rng.choice(["\t", "\u3000\u3000", "    "])
    rows = [sep.join(rng.choice(_LABELS[k]) for k in keys), sep.join(shown[k] for k in keys)]
    return _block(ctx, rows, gold, ("head", "top"))


@R.form("metadata", "t19_bilingual_labels")
def meta_bilingual(ctx: Ctx):
    """Bilingual labels: 发布日期 Release Date：2021-03-29 / Source 来源：XX局 / 索引号（Index No.）：…."""
    rng = ctx.rng
    keys = rng.sample(["publish_date", "publisher", "index_number"], rng.randint(1, 2))
    gold, shown = _values(ctx, keys)
    en = {"publish_date": "Release Date", "publisher": "Source", "index_number": "Index No."}
    cn = {"publish_date": "发布日期", "publisher": "来源", "index_number": "索引号"}
    rows = [rng.choice([f"{cn[k]} {en[k]}", f"{cn[k]}（{en[k]}）", f"{en[k]} {cn[k]}"]) + colon(rng) + shown[k] for k in keys]
    return _block(ctx, rows, gold, ("head", "top"))


@R.form("garbled", "t24_utf8_as_cp1251")
def garbled_utf8_cp1251(ctx: Ctx):
    """UTF-8 bytes read as Windows-1251 (Cyrillic): 加强 → Р В·-like runs of Cyrillic letters and signs."""
    def make(h):
        out = h.encode("utf-8").decode("cp1251", errors="replace")
        return out if out != h else None
    return _garble(ctx, (1, 2, 3), make)


@R.form("garbled", "t25_utf8_as_latin1_c1")
def garbled_utf8_latin1_c1(ctx: Ctx):
    """UTF-8 read as strict Latin-1: letters with C1 control characters between them (å\\x8a\\xa0 for 加)."""
    return _garble(ctx, (1, 2, 3), lambda h: h.encode("utf-8").decode("latin-1"))
