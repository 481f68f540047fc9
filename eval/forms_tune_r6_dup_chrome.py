"""More TUNE forms (round 6 of issue 16): defect kinds written first without reading the rules.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from forms_common import Ctx, Gold, Inj, colon, rid
from forms_tune_chrome_dup import _chrome_block, _chrome_line, _other_title

# ======================================================================================
# chrome (remove): page parts a crawler flattened into the text, in kinds TUNE lacked

_MENU = ["首页", "网站首页", "政务公开", "政府信息公开", "新闻动态", "工作动态", "通知公告", "政策法规", "办事指南", "在线办事",
         "公众参与", "领导信箱", "机构设置", "专题专栏", "数据发布", "政策解读", "更多栏目", "部门动态", "县区动态", "图片新闻"]


def _per_line(ctx: Ctx, items: list[str], wheres, bar_lines: bool):
    """A flattened link list: one item per line, with a line holding only the separator between
    them when the template drew bars (国家发改委 / | / 中国浙江 / | / …)."""
    rng = ctx.rng
    lines = []
    bar = rng.choice(["|", "｜", "·", ">", "/"])
    for k, item in enumerate(items):
        if k and bar_lines:
            lines.append(bar)
        lines.append(item)
    return _chrome_block(ctx, lines, wheres)


@R.form("chrome", "t27_menu_one_item_per_line")
def chrome_menu_per_line(ctx: Ctx):
    """The portal's menu flattened with every link on a line of its own (each <li> became a line),
    sometimes with the bar between links on a line of its own (top of the page or after the title)."""
    rng = ctx.rng
    items = rng.sample(_MENU, rng.randint(3, 6))
    return _per_line(ctx, items, ["top", "head"], rng.random() < 0.4)


@R.form("chrome", "t28_glyph_font_widget")
def chrome_glyph_font_widget(ctx: Ctx):
    """A font-size widget drawn with letters and no word 字体/字号: A+ A A- / [A+] [A-] / Ａ＋ Ａ－ /
    T+ T- / A↑ A↓ (the icons' alt text; own line at the head or the tail)."""
    rng = ctx.rng
    sep = rng.choice([" ", "  ", " | ", "\u3000", ""])
    line = rng.choice([
        sep.join(["A+", "A", "A-"]), sep.join(["[A+]", "[A-]"]), sep.join(["Ａ＋", "Ａ－"]), sep.join(["T+", "T-"]),
        sep.join(["A↑", "A↓"]), sep.join(["A-", "A+"]), sep.join(["【A+】", "【A】", "【A-】"]), sep.join(["大A", "中A", "小A"]),
    ])
    return _chrome_line(ctx, line, ["head", "tail"])


@R.form("chrome", "t29_english_ui_words")
def chrome_english_ui(ctx: Ctx):
    """The English labels of a bilingual template's buttons: Print | Close / Back to Top / TOP ↑ /
    Share: / Previous  Next / Print this page (own line at the tail, sometimes the head)."""
    rng = ctx.rng
    line = rng.choice([
        "Print | Close", "Back to Top", "TOP ↑", "↑ TOP", "Share:", "Share to:", "Previous  Next", "Print this page",
        "Print  Close window", "[Print] [Close]", "Home > News", "< Prev | Next >", "Back", "Go Top",
    ])
    return _chrome_line(ctx, line, ["tail", "tail", "head"])


@R.form("chrome", "t30_mobile_expand")
def chrome_mobile_expand(ctx: Ctx):
    """A mobile page's fold and app prompts, left in the middle of the text where the fold was:
    展开全文 / 点击展开全文 ∨ / 打开APP，阅读全文 / 阅读全文 > / 余下全文 / 查看更多 ▼ (between paragraphs or tail)."""
    rng = ctx.rng
    line = rng.choice([
        "展开全文", "点击展开全文 ∨", "打开APP，阅读全文", "打开APP阅读全文", "阅读全文 >", "余下全文", "查看更多 ▼",
        "展开全文∨", "▼ 点击展开全文", "App内打开", "继续阅读 ↓", "点击查看全文",
    ])
    return _chrome_line(ctx, line, ["between", "between", "tail"])


@R.form("chrome", "t31_audio_player")
def chrome_audio_player(ctx: Ctx):
    """The read-aloud widget of a portal: 听全文 / ▶ 语音播报 / 朗读本文 / 00:00 / 03:25 / 点击播放 /
    语音播报：开启 关闭 (one or two lines after the title or before it)."""
    rng = ctx.rng
    total = f"{rng.randint(0, 9):02d}:{rng.randint(0, 59):02d}"
    pool = ["听全文", "▶ 语音播报", "朗读本文", f"00:00 / {total}", "点击播放", "语音播报：开启 关闭", "🔊 听新闻",
            f"▶ 00:00 {total}", "收听本文", "语音朗读"]
    return _chrome_block(ctx, rng.sample(pool, rng.randint(1, 2)), ["head", "top"])


@R.form("chrome", "t32_comment_box")
def chrome_comment_box(ctx: Ctx):
    """A comment form flattened at the page's end: 发表评论 / 请输入评论内容 / 已有0条评论 / 提交 /
    验证码： / 网友评论仅供其表达个人看法 (two or three lines at the tail)."""
    rng = ctx.rng
    pool = ["发表评论", "网友评论", "请输入评论内容", f"已有{rng.randint(0, 30)}条评论", "提交", "验证码" + colon(rng),
            "网友评论仅供其表达个人看法，并不表明本站同意其观点", "登录后发表评论", "我要评论", "评论（0）", "匿名发表"]
    return _chrome_block(ctx, rng.sample(pool, rng.randint(2, 3)), ["tail"])


@R.form("chrome", "t33_like_vote_counts")
def chrome_like_vote(ctx: Ctx):
    """A like / favourite / 在看 bar with its counts: 点赞(12) 收藏(3) / 赞 12 | 踩 0 / 在看 5 /
    👍 12 ☆ 收藏 / 推荐(8) 收藏(2) 分享 (own line at the tail, or glued to the last paragraph)."""
    rng = ctx.rng
    a, b = rng.randint(0, 300), rng.randint(0, 40)
    line = rng.choice([
        f"点赞({a}) 收藏({b})", f"赞 {a} | 踩 {b}", f"在看 {b}", f"👍 {a}  ☆ 收藏", f"推荐({a}) 收藏({b}) 分享",
        f"点赞 {a}\u3000在看 {b}", f"赞（{a}）", f"喜欢 {a} 收藏 {b}", f"顶({a}) 踩({b})",
    ])
    if rng.random() < 0.3 and ctx.prose_lines():
        inj = _glued(ctx, line)
        if inj:
            return inj
    return _chrome_line(ctx, line, ["tail"])


def _glued(ctx: Ctx, line: str):
    """``line`` glued to the end of the body's last prose paragraph, after one or two spaces."""
    i = ctx.prose_lines()[-1]
    e = ctx.lines[i][1]
    if not ctx.free(e, e):
        return None
    raw = ctx.rng.choice([" ", "  ", "\u3000"]) + line
    return Inj(e, e, raw, [Gold(0, len(raw), "chrome", "remove", "", where="glued")])


@R.form("chrome", "t34_loading_browser_notice")
def chrome_loading_notice(ctx: Ctx):
    """Text a script or a plug-in shows before the page works: 正在加载… / 加载中，请稍候... / Loading... /
    您的浏览器不支持video标签 / 您的浏览器版本过低，请升级 / 请开启JavaScript (head, between or tail)."""
    rng = ctx.rng
    line = rng.choice([
        "正在加载…", "加载中，请稍候...", "Loading...", "您的浏览器不支持video标签。", "您的浏览器版本过低，为了更好的浏览效果请升级浏览器",
        "请开启JavaScript以获得最佳浏览体验", "本页面需要Flash插件才能正常显示", "视频加载中...", "数据加载中，请稍后",
        "Your browser does not support the video tag.",
    ])
    return _chrome_line(ctx, line, ["head", "between", "tail"])


@R.form("chrome", "t35_crumb_one_link_per_line")
def chrome_crumb_per_line(ctx: Ctx):
    """A breadcrumb flattened with every link (and the arrow between them) on a line of its own:
    当前位置： / 首页 / > / 政务公开 / > / 通知公告 (top or head)."""
    rng = ctx.rng
    items = rng.sample(_MENU, rng.randint(2, 4))
    lead = rng.choice(["当前位置：", "您现在的位置：", "", "位置:"])
    lines = ([lead] if lead else []) + items if rng.random() < 0.5 else [lead + items[0]] + items[1:] if lead else items
    return _per_line(ctx, lines, ["top", "head"], True)


# ======================================================================================
# dup (remove the repeat): copies made by templates, PDF pages and mobile renderings

from forms_tune import _dup  # noqa: E402
from forms_tune_chrome_dup import _dup_loose  # noqa: E402


@R.form("dup", "t28_summary_teaser")
def dup_summary_teaser(ctx: Ctx):
    """The CMS's description field (the first paragraph's opening, cut at 30-60 characters and ended
    with … / ... / ……) printed above the text it summarises (own line after the title)."""
    rng = ctx.rng
    prose = ctx.prose_lines(40)
    if not prose:
        return None
    i = prose[0]
    s, e, line = ctx.lines[i]
    k = min(len(line) - 4, rng.randint(30, 60))
    copy = line[:k] + rng.choice(["…", "...", "……", "…"])
    if not ctx.free(s, s + k, 0) or not ctx.free(s, s):
        return None
    raw = copy + "\n"
    inj = Inj(s, s, raw, [Gold(0, len(raw), "dup", "remove", "", where="head")])
    inj.reserve = [(s, s + k)]
    return inj


@R.form("dup", "t29_title_as_running_header")
def dup_title_running_header(ctx: Ctx):
    """A PDF's running header: the title again between two body paragraphs where a page broke."""
    s, e, title = ctx.lines[0]
    if len(title) < 6:
        return None
    for p in ctx.shuffled(ctx.boundaries("between")):
        inj = _dup(ctx, (s, e), p, title + "\n", "between")
        if inj:
            return inj
    return None


@R.form("dup", "t30_signature_repeated")
def dup_signature_repeated(ctx: Ctx):
    """The signature block (organisation and date) printed twice at the end: once by the text,
    once by the page template."""
    n = len(ctx.lines)
    if ctx.signature_line >= n:
        return None
    s = ctx.lines[ctx.signature_line][0]
    e = ctx.lines[-1][1]
    return _dup(ctx, (s, e), e, "\n" + ctx.text[s:e], "tail")


@R.form("dup", "t31_copy_indented")
def dup_copy_indented(ctx: Ctx):
    """A paragraph repeated on the next line with the indent the other rendering kept (two
    ideographic spaces, four spaces or a tab before it)."""
    rng = ctx.rng
    for i in ctx.shuffled(ctx.prose_lines(20)):
        s, e, line = ctx.lines[i]
        raw = "\n" + rng.choice(["\u3000\u3000", "    ", "\t", "\u3000\u3000"]) + line
        inj = _dup_loose(ctx, (s, e), e, raw, "line")
        if inj:
            return inj
    return None


@R.form("dup", "t32_copy_hard_wrapped")
def dup_copy_hard_wrapped(ctx: Ctx):
    """A paragraph repeated under itself hard-wrapped at a fixed width (every 18-34 characters, in
    the middle of words), as a PDF text layer gives it."""
    rng = ctx.rng
    for i in ctx.shuffled(ctx.prose_lines(45)):
        s, e, line = ctx.lines[i]
        w = rng.randint(18, 34)
        copy = "\n".join(line[k:k + w] for k in range(0, len(line), w))
        inj = _dup_loose(ctx, (s, e), e, "\n" + copy, "line")
        if inj:
            return inj
    return None


_HEAD = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+[.．、]|第[一二三四五六七八九十]+[章条节])\s*")


@R.form("dup", "t33_heading_again_in_paragraph")
def dup_heading_in_paragraph(ctx: Ctx):
    """A heading on its own line repeated (without its marker) as the bold lead-in of the paragraph
    under it: （二）加强监管 / 加强监管。各地要… — the heading was rendered twice."""
    rng = ctx.rng
    prose = set(ctx.prose_lines(16))
    for i in ctx.shuffled(list(ctx.body_range())):
        line = ctx.lines[i][2]
        m = _HEAD.match(line)
        if not m or i + 1 not in prose or line.endswith("。") or not 4 <= len(line) - m.end() <= 24:
            continue
        p = ctx.marker_end(i + 1)
        raw = line[m.end():] + rng.choice(["。", "：", "。", "　"])
        inj = _dup_loose(ctx, (ctx.lines[i][0], ctx.lines[i][1]), p, raw, "inline")
        if inj:
            return inj
    return None


@R.form("dup", "t34_last_paragraph_after_signature")
def dup_last_paragraph_after_signature(ctx: Ctx):
    """The closing paragraph printed again after the signature and date (a print view appended
    the text's last block)."""
    prose = ctx.prose_lines(16)
    if ctx.signature_line >= len(ctx.lines) or not prose:
        return None
    s, e, line = ctx.lines[prose[-1]]
    return _dup(ctx, (s, e), len(ctx.text), "\n" + line, "tail")


@R.form("dup", "t35_paragraphs_repeated_later")
def dup_paragraphs_repeated_later(ctx: Ctx):
    """Two consecutive paragraphs repeated after one or two other paragraphs (a paginated article
    whose next page starts a little too early): A B C A B / A B C D A B."""
    prose = set(ctx.prose_lines(16))
    for i in ctx.shuffled(sorted(prose)):
        k = i + 2 + ctx.rng.choice([1, 2])
        if i + 1 not in prose or not all(j in prose for j in range(i + 2, k)) or k > ctx.signature_line:
            continue
        s, e = ctx.lines[i][0], ctx.lines[i + 1][1]
        inj = _dup(ctx, (s, e), ctx.lines[k - 1][1], "\n" + ctx.text[s:e], "line")
        if inj:
            return inj
    return None


# ======================================================================================
# protected (keep): real text that recurs or looks like chrome


def _keep_block(ctx: Ctx, lines: list[str], p: int):
    at_end = p == len(ctx.text)
    raw, golds = "", []
    for line in lines:
        a = len(raw) + (1 if at_end else 0)
        raw += ("\n" + line) if at_end else (line + "\n")
        golds.append(Gold(a, a + len(line), "protected", "keep", line, where="tail" if at_end else "between"))
    return Inj(p, p, raw, golds)


@R.form("protected", "t7_recurring_duty_lines")
def prot_recurring_duty_lines(ctx: Ctx):
    """A task list whose items each end with the same 责任单位 / 牵头单位 line: the line recurs word
    for word and every copy is real (a dup rule must not take the second one)."""
    rng = ctx.rng
    p = ctx.pick_point(ctx.boundaries("between"))
    if p is None:
        return None
    unit = rng.choice(["责任单位：市卫生健康委，各县（市、区）人民政府", "牵头单位：市市场监管局；配合单位：市公安局",
                       "责任单位：各县（市、区）人民政府", "完成时限：2024年12月底前"])
    items = rng.sample(["开展食品安全专项检查，覆盖所有学校食堂。", "建立问题清单和整改台账，实行销号管理。",
                        "组织业务骨干培训，全年不少于2期。", "完善应急预案，每半年开展一次演练。"], 2)
    return _keep_block(ctx, [items[0], unit, items[1], unit], p)


@R.form("protected", "t8_tail_notes_like_chrome")
def prot_tail_notes_like_chrome(ctx: Ctx):
    """Real lines after the signature or in the body that look like page chrome: （此件公开发布） /
    （此件主动公开） / 抄送：… / 请扫描下方二维码填写问卷。 / 返回原单位工作。"""
    rng = ctx.rng
    if ctx.signature_line < len(ctx.lines) and rng.random() < 0.6:
        line = rng.choice(["（此件公开发布）", "（此件主动公开）", f"（联系人：张明，联系电话：0571-{rid(rng, 8)}）",
                           "抄送：市委办公室，市人大常委会办公室，市政协办公室。", "（此件不公开）"])
        if not ctx.free(len(ctx.text), len(ctx.text)):
            return None
        return _keep_block(ctx, [line], len(ctx.text))
    p = ctx.pick_point(ctx.boundaries("between"))
    if p is None:
        return None
    line = rng.choice(["请扫描下方二维码填写调查问卷，问卷截至本月底。", "借调人员任务完成后返回原单位工作。",
                       "对群众反映的问题，要做到件件有回复、事事有着落。", "各单位须于每月5日前报送上月点击量和访问量统计表。"])
    return _keep_block(ctx, [line], p)
