"""More TUNE forms (round 5 of issue 16): defect kinds derived from the causes of damage.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

from forms_common import Ctx, Gold, Inj, colon, rid
from forms_tune_chrome_dup import _chrome_block, _chrome_line, _other_title
from forms_tune_metadata import _LABELS, _OTHER, _block, _date, _values

# ======================================================================================
# chrome (remove): parts of every CMS page the crawler flattened into text

_NAV = ["网站首页", "首页", "政务公开", "新闻中心", "办事服务", "互动交流", "机构概况", "政策文件", "数据开放", "走进江岭",
        "政务服务", "公众参与", "专题专栏", "政府信息公开", "领导之窗", "投资环境"]


@R.form("chrome", "t22_nav_bar_spaces")
def chrome_nav_bar_spaces(ctx: Ctx):
    """The site's main navigation bar flattened with only spaces between its items (网站首页 政务公开
    新闻中心 办事服务 互动交流), at the page's top or right after the title."""
    rng = ctx.rng
    items = rng.sample(_NAV, rng.randint(4, 7))
    return _chrome_line(ctx, rng.choice([" ", "  ", "\u3000", "\u3000\u3000", "\t"]).join(items), ["top", "head"])


@R.form("chrome", "t23_template_remnants")
def chrome_template_remnants(ctx: Ctx):
    """Template comments and script left as text by a crawler: <!-- 正文开始 -->, </div>,
    var _hmt = _hmt || [];, document.write(...), $(function(){ ... }); (own line, head or tail)."""
    rng = ctx.rng
    pool = ["<!-- 正文开始 -->", "<!--正文结束-->", "<!-- end content -->", "</div>", "<div class=\"article\">",
            "var _hmt = _hmt || [];", "document.write('<script src=\"/js/share.js\"></script>');",
            "$(function(){ $('.share').share(); });", "<script type=\"text/javascript\">", "</script>",
            "window.onload = function () { initPage(); };", "<!--<TRS_AUTOADD>-->", "<!--ZJEG_RSS.content.begin-->",
            "if (typeof(xxgk) != 'undefined') { show(); }", "<style>.TRS_Editor P{line-height:2;}</style>"]
    return _chrome_block(ctx, rng.sample(pool, rng.randint(1, 2)), ["head", "tail", "top"])


@R.form("chrome", "t24_pagination")
def chrome_pagination(ctx: Ctx):
    """A pager under the text: 首页 上一页 1 2 3 下一页 尾页 / 共3页 第1页 / 【上一页】【下一页】 /
    < 1 2 3 > / 第1页 共2页 跳转到 页 (tail)."""
    rng = ctx.rng
    n = rng.randint(2, 6)
    nums = " ".join(str(i) for i in range(1, n + 1))
    line = rng.choice([
        f"首页 上一页 {nums} 下一页 尾页", f"首页{rng.choice([' | ', ' '])}上一页{rng.choice([' | ', ' '])}下一页"
        f"{rng.choice([' | ', ' '])}尾页", f"共{n}页 第1页", f"第1页 共{n}页", f"共{n}页{rng.choice(['  ', ' '])}当前第1页",
        "【上一页】【下一页】", "[首页] [上一页] [下一页] [尾页]", f"< {nums} >", f"上一页 {nums} 下一页",
        f"第1页{rng.choice(['/', ' / '])}共{n}页 跳转到 页", f"« 上一页 {nums} 下一页 »",
    ])
    return _chrome_line(ctx, line, ["tail"])


@R.form("chrome", "t25_prev_next_spaced")
def chrome_prev_next_spaced(ctx: Ctx):
    """Links to the neighbouring articles with a space, a bracket or an arrow and no colon:
    [上一篇] 关于… / « 上一篇　关于… / 上一篇 » 关于… / ‹ 上一条 关于… (tail)."""
    rng = ctx.rng
    def link(word):
        title = rng.choice([_other_title(rng), _other_title(rng), "没有了"])
        return rng.choice([f"[{word}] {title}", f"« {word}\u3000{title}", f"{word} » {title}", f"‹ {word} {title}",
                           f"{word}\u3000{title}", f"〔{word}〕{title}", f"◀ {word} {title}", f"{word} > {title}"])
    block = [link("上一篇"), link("下一篇")] if rng.random() < 0.7 else [link(rng.choice(["上一篇", "下一篇"]))]
    return _chrome_block(ctx, block, ["tail"])


@R.form("chrome", "t26_buttons_and_rating")
def chrome_buttons_rating(ctx: Ctx):
    """Button rows and feedback widgets in other words: 【返回】【顶部】 / [返回列表] [打印] / 点击排行 /
    您对本页面满意吗？ 非常满意 满意 不满意 / 文章评价：★★★★★ / 本页内容对您有用吗？ 有用 没用 (tail)."""
    rng = ctx.rng
    line = rng.choice([
        "【返回】【顶部】", "[返回列表] [打印]", "【返回列表】", "返回列表 | 打印本页", "[ 返回 ] [ 顶部 ]",
        "您对本页面满意吗？ 非常满意 满意 不满意", "文章评价：★★★★★", "本页内容对您有用吗？ 有用 没用",
        "内容评价：有用 一般 无用", "页面内容是否对您有帮助？ 有帮助 没帮助",
    ])
    return _chrome_line(ctx, line, ["tail"])


# ======================================================================================
# metadata (remove the line, values into fields): other layouts of the 政府信息公开 block


@R.form("metadata", "t20_label_row_value_row")
def meta_label_row_value_row(ctx: Ctx):
    """A header table flattened row by row: a row of labels (with a field no gold holds among them)
    and the row of values under it, cells split by tabs, wide spaces or bars."""
    rng = ctx.rng
    keys = rng.sample(["index_number", "publisher", "publish_date", "written_date", "doc_number"], rng.randint(2, 3))
    gold, shown = _values(ctx, keys)
    labels = [rng.choice(_LABELS[k]).replace(" ", "").replace("\u3000", "") for k in keys]
    values = [shown[k] for k in keys]
    if rng.random() < 0.5:
        other_l, other_v = rng.choice(_OTHER)
        at = rng.randint(0, len(labels))
        labels.insert(at, rng.choice(other_l))
        values.insert(at, rng.choice(other_v).replace("\u3000", ""))
    sep = rng.choice(["\t", "\u3000\u3000", "    ", " | ", "｜"])
    return _block(ctx, [sep.join(labels), sep.join(values)], gold, ("head", "top", "header"))


@R.form("metadata", "t21_english_first_labels")
def meta_english_first(ctx: Ctx):
    """Bilingual labels with the English first: Publisher 发布机构：XX局 / Date 发布日期：… /
    Index No. 索引号：… / Document No. 文号：… (one per line, or two on a line)."""
    rng = ctx.rng
    keys = rng.sample(["publish_date", "publisher", "index_number", "doc_number"], rng.randint(1, 3))
    gold, shown = _values(ctx, keys)
    en = {"publish_date": ["Date", "Release Date", "Published"], "publisher": ["Publisher", "Issued by", "Source"],
          "index_number": ["Index No.", "Index Number"], "doc_number": ["Document No.", "Doc. No."]}
    cn = {"publish_date": ["发布日期", "发布时间"], "publisher": ["发布机构", "发文机关"], "index_number": ["索引号"],
          "doc_number": ["文号", "发文字号"]}
    cells = [rng.choice(en[k]) + rng.choice([" ", "", "/", " / "]) + rng.choice(cn[k]) + colon(rng) + shown[k] for k in keys]
    rows = cells if rng.random() < 0.6 else [rng.choice(["\u3000\u3000", "  ", "\t"]).join(cells)]
    return _block(ctx, rows, gold, ("head", "top", "header"))


@R.form("metadata", "t22_dateline_weekday_source")
def meta_dateline_weekday(ctx: Ctx):
    """A news-style dateline without a date label: 2021年04月02日 星期五 来源：XX局 / 2021-04-02 09:30
    来源：XX局 / 【2021-04-02】 XX局 (head)."""
    rng = ctx.rng
    gold, shown = _values(ctx, ["publish_date", "publisher"])
    wd = rng.choice(["星期一", "星期二", "星期三", "星期四", "星期五", "周五"])
    d = shown["publish_date"]
    line = rng.choice([
        f"{d} {wd} 来源：{shown['publisher']}", f"{d}\u3000{wd}\u3000{shown['publisher']}",
        f"{d}  来源{colon(rng)}{shown['publisher']}", f"【{d}】 {shown['publisher']}",
        f"{d}{rng.choice(['  ', chr(0x3000)])}{shown['publisher']}",
    ])
    return _block(ctx, [line], gold, ("head", "top"))


@R.form("metadata", "t23_short_labels")
def meta_short_labels(ctx: Ctx):
    """Labels cut to one or two characters by a narrow template: 发布：2021-04-02 / 来源：XX局 / 时间：… /
    日期：… / 机构：XX局 (one to three lines, or one line)."""
    rng = ctx.rng
    keys = rng.sample(["publish_date", "publisher"], rng.randint(1, 2))
    gold, shown = _values(ctx, keys)
    short = {"publish_date": ["发布", "时间", "日期", "发布于"], "publisher": ["来源", "机构", "单位", "出处"]}
    cells = [rng.choice(short[k]) + colon(rng) + shown[k] for k in keys]
    rows = cells if rng.random() < 0.5 else [rng.choice(["  ", "\u3000", " | "]).join(cells)]
    return _block(ctx, rows, gold, ("head", "top"))


@R.form("metadata", "t24_gk_block_columns")
def meta_gk_block_columns(ctx: Ctx):
    """The 信息公开 block flattened column by column: all labels one per line, then all values one per line
    (索引号： / 发布机构： / 000014349/2021-00123 / XX局)."""
    rng = ctx.rng
    keys = rng.sample(["index_number", "publisher", "publish_date", "doc_number"], rng.randint(2, 3))
    gold, shown = _values(ctx, keys)
    labels = [rng.choice(_LABELS[k]) + rng.choice(["：", ":", ""]) for k in keys]
    return _block(ctx, labels + [shown[k] for k in keys], gold, ("head", "top"))


# ======================================================================================
# protected (keep): real text that looks like chrome or metadata


def _protect_line(ctx: Ctx, line: str):
    """Insert ``line`` as a paragraph of its own between body paragraphs; the whole line is kept."""
    p = ctx.pick_point(ctx.boundaries("between"))
    if p is None:
        return None
    return Inj(p, p, line + "\n", [Gold(0, len(line), "protected", "keep", line, where="between")])


@R.form("protected", "t5_body_line_like_chrome")
def prot_body_like_chrome(ctx: Ctx):
    """Body paragraphs that name site parts: 优化门户网站。完善首页、政务公开、办事服务、互动交流栏目 /
    各单位要在网站首页显著位置设置“我要纠错”入口 / 请于每月第1页报表中…."""
    rng = ctx.rng
    line = rng.choice([
        "优化政府门户网站。完善网站首页、政务公开、办事服务、互动交流等栏目，提升用户体验。",
        "各单位要在网站首页显著位置设置“我要纠错”入口，及时回应网民留言。",
        "加强政务新媒体管理，做好“上一篇”“下一篇”等页面链接的检查，杜绝错链断链。",
        "统一规范网站标识码、ICP备案编号和公安机关备案标识的展示位置。",
    ])
    return _protect_line(ctx, line)


@R.form("protected", "t6_body_line_like_metadata")
def prot_body_like_metadata(ctx: Ctx):
    """Body text that carries labels and values: 联系人：张明，联系电话：0571-12345678。 / 报送时间：2021年4月30日前 /
    申报单位：各县（市、区）卫生健康局 (a paragraph of its own)."""
    rng = ctx.rng
    line = rng.choice([
        f"联系人：张明，联系电话：0571-{rid(rng, 8)}。",
        f"报送时间：{rng.randint(2019, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日前。",
        "申报单位：各县（市、区）卫生健康局，委直属各单位。",
        "发布时间：由各地根据实际确定，原则上不晚于每季度末。",
    ])
    return _protect_line(ctx, line)
