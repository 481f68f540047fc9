"""HELD-B forms, part 1 (see forms_held_b.py): scored in aggregate only, never read while tuning.

Families ads, chrome, metadata, dup, garbled, entity and protected. The shapes come from real
scraped government pages (CMS comment residue such as ``begin-->``, menus flattened one item a
line, widgets split over lines, 丨-separated footer links, 来源：本站 headers, document-sharing
paywalls, PDF extraction output such as ``(cid:1234)`` and Kangxi radicals) and are other shapes
than the TUNE forms have.
"""

from __future__ import annotations

import re
import unicodedata

from common import HAN, is_han
from forms_common import (
    FAKE_MOBILES,
    Ctx,
    Gold,
    Inj,
    add_days,
    colon,
    fields_ok,
    han_runs,
    meta_values,
    rid,
)
from forms_held_b import R  # noqa: F401  (forms register themselves on import)

# ======================================================================================
# shared helpers


def _line(ctx: Ctx, line: str, cls: str, wheres, fields: dict | None = None):
    """``line`` as a line of its own at a boundary drawn from ``wheres``."""
    if fields and not fields_ok(ctx, fields):
        return None
    where = ctx.rng.choice(list(wheres))
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    inj = ctx.line_inj(p, line, dict(cls=cls, action="remove", expected=""), where)
    if fields:
        inj.fields = fields
    return inj


def _block(ctx: Ctx, lines: list[str], cls: str, wheres, fields: dict | None = None, points=None):
    """Several lines inserted together at one point, one gold removal per line."""
    if fields and not fields_ok(ctx, fields):
        return None
    where = ctx.rng.choice(list(wheres))
    p = ctx.pick_point(points if points is not None else ctx.boundaries(where))
    if p is None:
        return None
    raw, golds = "", []
    at_end = p == len(ctx.text)
    for line in lines:
        piece = "\n" + line if at_end else line + "\n"
        golds.append(Gold(len(raw), len(raw) + len(piece), cls, "remove", "", where=where))
        raw += piece
    return Inj(p, p, raw, golds, fields=dict(fields or {}))


def _para_ends(ctx: Ctx) -> list[int]:
    return [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] == "。"]


def _glued_end(ctx: Ctx, text: str, cls: str):
    """``text`` glued to the end of a prose paragraph that ends with 。."""
    p = ctx.pick_point(_para_ends(ctx))
    if p is None:
        return None
    raw = ctx.rng.choice(["", "", " ", "\u3000"]) + text
    return Inj(p, p, raw, [Gold(0, len(raw), cls, "remove", "", where="glued")])


def _phone(rng) -> str:
    return rng.choice(FAKE_MOBILES + [f"0{rng.choice(['571', '579', '553', '551', '531', '335'])}-8{rid(rng, 7)}"])


def _city(rng) -> str:
    return rng.choice(["青湾县", "梅山市", "泰安区", "云岭县", "北坪区", "石桥镇", "东陵市", "南屏县"])


# ======================================================================================
# ads (remove)


@R.form("ads", "b1_exam_training")
def ads_exam_training(ctx: Ctx):
    """A civil-service exam / selection training ad (遴选、选调生、事业单位考试培训, 面授+网课, 协议班)
    with a phone, on its own line or glued after a paragraph."""
    rng = ctx.rng
    exam = rng.choice(["公务员遴选", "选调生考试", "事业单位招聘考试", "教师招聘考试", "公开遴选笔试", "军转干考试", "公考面试"])
    course = rng.choice(["培训班", "辅导班", "冲刺班", "面授班", "网课"])
    sell = rng.choice(["面授+网课", "小班教学，不过退费", "协议班名额有限", "历年真题免费领", "名师一对一"])
    contact = rng.choice(["咨询电话", "报名热线", "咨询", "报名请联系"]) + colon(rng) + _phone(rng)
    text = rng.choice([
        f"{exam}{course}火热报名中，{sell}，{contact}",
        f"【{exam}】{sell}，{contact}",
        f"{rng.randint(2019, 2025)}年{exam}{course}开课啦！{sell} {contact}",
        f"备考{exam}？{rng.choice(['申论范文精讲', '真题解析', '结构化面试押题'])}，{contact}",
    ])
    if rng.random() < 0.3:
        return _glued_end(ctx, text, "ads")
    return _line(ctx, text, "ads", ["between", "tail", "head", "between"])


@R.form("ads", "b2_doc_paywall")
def ads_doc_paywall(ctx: Ctx):
    """A document-sharing site's paywall / reader upsell where its preview is cut: 剩余3页未读，继续阅读 /
    本文档共6页，VIP免费下载 / 付费文档 ¥4.90 (one or two lines, between paragraphs or at the end)."""
    rng = ctx.rng
    n = rng.randint(2, 12)
    pool = [
        f"剩余{n}页未读，{rng.choice(['继续阅读', '点击继续阅读>>', '展开阅读全文', '查看更多'])}",
        f"还剩{n}页未读，{rng.choice(['继续阅读', '阅读全文'])}",
        f"本文档共{n + rng.randint(1, 5)}页，当前{rng.choice(['预览', '显示'])}{rng.randint(1, 3)}页",
        rng.choice(["开通VIP会员，本文档免费下载", "VIP免费下载", "下载文档到电脑，查找使用更方便", "购买会员后可下载完整文档"]),
        f"{rng.randint(1, 20)}积分下载" + rng.choice(["", "  （VIP会员免费）"]),
        f"付费文档 ¥{rng.randint(1, 19)}.{rng.choice(['00', '90', '80', '50'])} 购买后可下载完整版",
        f"文档格式：{rng.choice(['DOC', 'DOCX', 'PDF'])}  页数：{n}  {rng.choice(['大小', '文件大小'])}：{rng.randint(12, 990)}KB",
    ]
    block = rng.sample(pool, rng.randint(1, 2))
    return _block(ctx, block, "ads", ["between", "between", "tail"])


_GENRE_WORDS = ["工作要点", "工作总结", "实施方案", "工作计划", "述职报告", "调研报告", "心得体会", "讲话稿"]


@R.form("ads", "b3_template_listing")
def ads_template_listing(ctx: Ctx):
    """A template site's list of more sample essays, titled the way such sites title them:
    更多范文：2022年教育工作要点（通用8篇） / XX实施方案范文（精选5篇）."""
    rng = ctx.rng
    genre = ctx.doc.meta.get("genre", "")
    words = [w for w in _GENRE_WORDS if w != genre]
    heads = ["更多范文", "相关范文推荐", "精选范文", "同类范文", "热门范文", "猜你感兴趣的范文"]
    head = rng.choice(heads)
    head = rng.choice([head, f"{head}：", f"【{head}】", f"{head} >>"])
    year = rng.randint(2018, 2025)

    def title():
        topic = rng.choice(["", f"{year}年", "乡镇", "学校", "社区", "单位", "个人"])
        return topic + rng.choice(words) + rng.choice(["范文", "", "模板"]) + \
            rng.choice([f"（通用{rng.randint(3, 12)}篇）", f"（精选{rng.randint(3, 12)}篇）", f"{rng.randint(3, 20)}篇",
                        "（优秀范文）", f"（最新{rng.randint(3, 9)}篇）"])
    if rng.random() < 0.3:
        line = head + ("" if head.endswith(("：", ">>", "】")) else "：") + "、".join(title() for _ in range(rng.randint(2, 3)))
        return _line(ctx, line, "ads", ["tail", "between"])
    return _block(ctx, [head] + [title() for _ in range(rng.randint(2, 4))], "ads", ["tail", "tail", "between"])


@R.form("ads", "b4_app_promo")
def ads_app_promo(ctx: Ctx):
    """A reading app's promotion: 打开APP阅读全文 / 下载XX客户端，海量范文免费看 / 打开APP，阅读体验更佳
    (glued after a paragraph, or on its own line)."""
    rng = ctx.rng
    app = rng.choice(["范文网", "文库", "写作猫", "公文宝", "材料侠", "文档助手", ""])
    text = rng.choice([
        "打开APP阅读全文", "打开APP查看全文", "APP内打开", "打开App，阅读体验更佳", "打开APP，查看更多精彩内容",
        f"下载{app}APP，海量范文免费看", f"下载{app}客户端，随时随地查资料", f"{app}APP专享：本文可免费复制",
        f"扫码下载{app}APP，领取新人会员",
    ])
    if rng.random() < 0.4:
        text = rng.choice([f"【{text}】", f"[{text}]", f"{text} >"])
    if rng.random() < 0.45:
        return _glued_end(ctx, text, "ads")
    return _line(ctx, text, "ads", ["between", "tail", "between"])


@R.form("ads", "b5_group_invite")
def ads_group_invite(ctx: Ctx):
    """An invitation into a writers' chat group or paid circle: 公文写作交流QQ群：123456789（入群备注“材料”）/
    材料交流群已满，加群主拉你进群 / 加入知识星球「XX」每日更新讲话稿素材."""
    rng = ctx.rng
    key = rng.choice(["材料", "公文", "笔杆子", "写作", "666"])
    grp = rng.choice(["公文写作交流", "材料人互助", "体制内写作", "笔杆子成长", "机关文秘交流"])
    text = rng.choice([
        f"{grp}QQ群{colon(rng)}{rid(rng, rng.randint(8, 10))}（入群请备注“{key}”）",
        f"{grp}群已满{rng.randint(2, 5)}个，加群主{rng.choice(['微信', 'V', '薇'])}{colon(rng)}{rng.choice(FAKE_MOBILES)}拉你进群",
        f"加入知识星球「{rng.choice(['笔杆子', '材料星球', '公文圈', '写作营'])}」，每日更新讲话稿、总结素材",
        f"欢迎加入{grp}群，群内每日分享{rng.choice(['范文', '素材', '金句'])}，群号{rid(rng, 9)}",
    ])
    return _line(ctx, text, "ads", ["tail", "between", "head", "top"])


@R.form("ads", "b6_price_list")
def ads_price_list(ctx: Ctx):
    """A paid-writing price list: 工作总结80元/篇，讲话稿150元/千字，加急另议 / 原创材料千字50元起，满意再付款."""
    rng = ctx.rng
    items = rng.sample(["工作总结", "讲话稿", "述职报告", "心得体会", "调研报告", "党课讲稿", "汇报材料"], rng.randint(2, 3))
    prices = "，".join(f"{it}{rng.choice([50, 80, 100, 150, 200, 300])}元/{rng.choice(['篇', '千字'])}" for it in items)
    text = rng.choice([
        f"{rng.choice(['代写价格', '收费标准', '价目表', '原创代写'])}{colon(rng)}{prices}，{rng.choice(['加急另议', '满意再付款', '不满意包改'])}",
        f"各类材料原创{rng.choice(['代写', '代笔', '定制'])}，千字{rng.randint(3, 20) * 10}元起，{rng.choice(['满意再付款', '当天交稿', '查重率低于10%'])}",
        f"{prices}（{rng.choice(['加急', '查重', '修改'])}另计）" + rng.choice(["", f" 联系{colon(rng)}{rng.choice(FAKE_MOBILES)}"]),
    ])
    return _line(ctx, text, "ads", ["between", "tail", "head"])


# ======================================================================================
# chrome (remove)

_MENU = ["首页", "机构概况", "政务公开", "政务服务", "互动交流", "新闻动态", "通知公告", "专题专栏", "数据发布", "办事指南",
         "领导信箱", "政策解读", "公告公示", "机构职能", "领导介绍", "政府信息公开", "在线访谈", "意见征集", "更多栏目"]


@R.form("chrome", "b1_vertical_menu")
def chrome_vertical_menu(ctx: Ctx):
    """A navigation menu flattened one item per line (首页 / 机构概况 / 政务公开 / 互动交流 ...), as
    HTML-to-text leaves a <ul> of links, at the top or after the title."""
    rng = ctx.rng
    items = rng.sample(_MENU[1:], rng.randint(3, 7))
    if rng.random() < 0.7:
        items = ["首页"] + items
    return _block(ctx, items, "chrome", ["top", "top", "head"])


_RESIDUE_LINES = ["begin-->", "end-->", "|-->", "<!--begin-->", "<!--end-->", "<!--StartFragment-->", "<!--EndFragment-->",
                  "<!-- 正文开始 -->", "<!-- 正文结束 -->", "<!--ContentStart-->", "-->"]


@R.form("chrome", "b2_cms_comment_residue")
def chrome_comment_residue(ctx: Ctx):
    """Template comment residue of a CMS or a clipboard (begin-->, end-->, <!--StartFragment-->, <!-- 正文开始 -->),
    on a line of its own or glued to the start / end of a paragraph."""
    rng = ctx.rng
    mode = rng.random()
    if mode < 0.35:
        starts = [ctx.lines[i][0] for i in ctx.prose_lines()]
        p = ctx.pick_point(starts)
        if p is None:
            return None
        raw = rng.choice(["begin-->", "<!--begin-->", "<!--StartFragment-->", "<!--ContentStart-->"])
        return Inj(p, p, raw, [Gold(0, len(raw), "chrome", "remove", "", where="glued")])
    if mode < 0.55:
        return _glued_end(ctx, rng.choice(["end-->", "<!--end-->", "<!--EndFragment-->", "|-->"]), "chrome")
    where = rng.choice(["head", "tail", "top", "between"])
    lines = rng.sample(_RESIDUE_LINES, rng.randint(1, 2))
    return _block(ctx, lines, "chrome", [where])


@R.form("chrome", "b3_split_widget")
def chrome_split_widget(ctx: Ctx):
    """A font-size or share widget whose spans each landed on a line of their own: 【字体：/ 小 / 大 / 】,
    字号 / T / T / T, 分享到： / 微信 / 微博."""
    rng = ctx.rng
    block = rng.choice([
        ["【字体：", "小", "大", "】"],
        ["【字号：", "大", "中", "小", "】"],
        ["字体：", "大", "中", "小"],
        ["字号", "T", "T", "T"],
        ["[字体：", "大", "中", "小", "]"],
        ["分享到：", "微信", "微博", "QQ空间"],
        ["【", "打印", "】", "【", "关闭", "】"],
    ])
    return _block(ctx, block, "chrome", ["head", "head", "top", "tail"])


@R.form("chrome", "b4_utility_links")
def chrome_utility_links(ctx: Ctx):
    """A row of site utility links: 设为首页 | 加入收藏 | 网站地图, or the footer row 安全隐私 丨 版权保护 丨 联系我们
    丨 网站地图 (with the Han 丨 as separator), at the top or the end."""
    rng = ctx.rng
    top = ["设为首页", "加入收藏", "网站地图", "联系我们", "RSS订阅", "返回旧版", "繁體版", "手机访问"]
    foot = ["安全隐私", "版权保护", "联系我们", "网站地图", "使用帮助", "关于我们", "网站声明", "隐私声明"]
    sep = rng.choice([" 丨 ", "丨", " | ", "｜", "  ", " · "])
    if rng.random() < 0.5:
        return _line(ctx, sep.join(rng.sample(top, rng.randint(2, 4))), "chrome", ["top", "top", "head"])
    return _line(ctx, sep.join(rng.sample(foot, rng.randint(3, 5))), "chrome", ["tail"])


@R.form("chrome", "b5_feedback_widget")
def chrome_feedback_widget(ctx: Ctx):
    """A page rating / feedback widget: 本页信息是否对您有帮助？ 是 否 / 【我要评价】 满意 基本满意 不满意 /
    文章评分：☆☆☆☆☆ (at the end, or glued after the last paragraph)."""
    rng = ctx.rng
    text = rng.choice([
        f"{rng.choice(['本页信息是否对您有帮助？', '此信息对您有帮助吗？', '信息有用吗？'])}{rng.choice([' ', '  ', ''])}"
        f"{rng.choice(['是 否', '有帮助 没帮助', '有用 没用', '是　否'])}",
        f"【我要评价】{rng.choice([' ', ''])}{rng.choice(['满意 基本满意 不满意', '非常满意 满意 不满意', '很好 一般 差'])}",
        f"{rng.choice(['文章评分', '内容评价', '请为本文打分'])}{colon(rng)}{'☆' * 5}",
        f"您对本页面的评价：{rng.choice(['★★★★★', '☆☆☆☆☆'])}{rng.choice(['', ' 提交'])}",
        f"点赞（{rng.randint(0, 99)}）{rng.choice([' ', '  '])}收藏（{rng.randint(0, 50)}）",
    ])
    if rng.random() < 0.3:
        return _glued_end(ctx, text, "chrome")
    return _line(ctx, text, "chrome", ["tail", "tail", "between"])


@R.form("chrome", "b6_copyright_cms")
def chrome_copyright_cms(ctx: Ctx):
    """Copyright and CMS credit lines: 版权所有：XX人民政府办公室 / Copyright © 2021 … All Rights Reserved /
    Produced By 大汉网络 大汉版通发布系统 / Powered by … (at the end)."""
    rng = ctx.rng
    city = _city(rng)
    y = rng.randint(2015, 2025)
    pool = [
        f"版权所有{colon(rng)}{city}人民政府办公室",
        f"{rng.choice(['中国·', ''])}{city}{rng.choice(['人民政府', '教育局', '卫生健康局'])} 版权所有",
        f"Copyright © {y} {city}人民政府 All Rights Reserved",
        f"Copyright©{rng.randint(2005, 2015)}-{y} {rng.choice(['All Rights Reserved', '版权所有'])}",
        "Produced By 大汉网络 大汉版通发布系统",
        rng.choice(["Powered by 拓尔思TRS", "Powered by EmpireCMS", "Powered by SiteServer CMS", "技术支撑：政府网站集约化平台"]),
        f"{city}人民政府 版权所有 {rng.choice(['未经授权禁止复制或建立镜像', '转载请注明出处', '保留所有权利'])}",
    ]
    return _block(ctx, rng.sample(pool, rng.randint(1, 2)), "chrome", ["tail"])


@R.form("chrome", "b7_column_header")
def chrome_column_header(ctx: Ctx):
    """The column box header a page repeats above the article: 通知公告  更多>> / 【工作动态】 MORE+ /
    您正在浏览：政策文件 (at the top or after the title)."""
    rng = ctx.rng
    col = rng.choice(["通知公告", "工作动态", "政策文件", "部门文件", "政务公开", "工作总结", "规划计划", "法规文件", "最新信息"])
    text = rng.choice([f"{col}{rng.choice(['  ', ' ', chr(0x3000)])}{rng.choice(['更多>>', '更多+', 'MORE+', 'more>>', '>>更多'])}",
                       f"【{col}】{rng.choice([' ', ''])}{rng.choice(['MORE', '更多', 'more+'])}",
                       f"您正在浏览{colon(rng)}{col}", f"当前栏目{colon(rng)}{col}"])
    return _line(ctx, text, "chrome", ["top", "head", "top"])


# ======================================================================================
# metadata (remove the line; its values become fields)


def _mdate(rng, iso: str, time_ok: bool = True) -> str:
    y, m, d = map(int, iso.split("-"))
    shown = rng.choice([f"{y}-{m:02d}-{d:02d}", f"{y}年{m:02d}月{d:02d}日", f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}",
                        f"{y}-{m:02d}-{d:02d}"])
    if time_ok and rng.random() < 0.45:
        h, mi = rng.randint(8, 18), rng.randint(0, 59)
        shown += rng.choice([" ", "  "]) + rng.choice([f"{h:02d}:{mi:02d}", f"{h:02d}:{mi:02d}:{rng.randint(0, 59):02d}"])
    return shown


def _msep(rng) -> str:
    return rng.choice(["  ", " ", "\u3000", "   ", "\u3000\u3000"])


_NAMES = ["张明", "李华", "王晓燕", "赵磊", "刘洋", "陈静", "周敏", "孙伟"]


@R.form("metadata", "b1_source_author_time")
def meta_source_author_time(ctx: Ctx):
    """A news byline with an author: 来源：XX局  作者：张明  时间：2021-03-29 (作者 / 撰稿 / 供稿 / 文 vary, any order)."""
    rng = ctx.rng
    v = meta_values(ctx)
    parts = [rng.choice(["来源", "信息来源"]) + colon(rng) + v["publisher"],
             rng.choice(["作者", "撰稿", "供稿", "文", "撰稿人"]) + colon(rng) + rng.choice(_NAMES + ["办公室", "综合科"]),
             rng.choice(["时间", "日期", "发布时间"]) + colon(rng) + _mdate(rng, v["publish_date"])]
    rng.shuffle(parts)
    fields = {"publisher": v["publisher"], "publish_date": v["publish_date"]}
    return _line(ctx, _msep(rng).join(parts), "metadata", ["head", "head", "top"], fields)


@R.form("metadata", "b2_unlabelled_byline")
def meta_unlabelled_byline(ctx: Ctx):
    """An unlabelled byline under the title: 2021-03-29  江岭市卫生健康委员会 / [2021-03-29] / 江岭市卫健委 | 2021年03月29日."""
    rng = ctx.rng
    v = meta_values(ctx)
    date = _mdate(rng, v["publish_date"])
    if rng.random() < 0.35:
        line = rng.choice([f"[{date}]", f"（{date}）", f"【{date}】", date])
        fields = {"publish_date": v["publish_date"]}
    else:
        parts = [date, v["publisher"]]
        if rng.random() < 0.4:
            parts.reverse()
        line = rng.choice(["  ", " | ", "　", " ", " 丨 "]).join(parts)
        fields = {"publish_date": v["publish_date"], "publisher": v["publisher"]}
    p = ctx.pick_point([ctx.lines[1][0]] if len(ctx.lines) > 1 else [])
    if p is None or not fields_ok(ctx, fields):
        return None
    return Inj(p, p, line + "\n", [Gold(0, len(line) + 1, "metadata", "remove", "", where="head")], fields=fields)


@R.form("metadata", "b3_pipe_row_with_widgets")
def meta_pipe_row(ctx: Ctx):
    """One header row mixing fields and page widgets, split by | 丨 ｜: 发布时间：… | 来源：… | 浏览次数：123 |
    【字体：大 中 小】 | 【打印】."""
    rng = ctx.rng
    v = meta_values(ctx)
    fields = {"publish_date": v["publish_date"], "publisher": v["publisher"]}
    parts = [rng.choice(["发布时间", "发布日期", "时间"]) + colon(rng) + _mdate(rng, v["publish_date"]),
             rng.choice(["来源", "信息来源", "发布机构"]) + colon(rng) + v["publisher"]]
    extras = [rng.choice(["浏览次数", "阅读", "点击量", "访问量"]) + colon(rng) + str(rng.randint(1, 9999)),
              rng.choice(["【字体：大 中 小】", "字号：大 中 小", "【字号：T T T】"]),
              rng.choice(["【打印】", "打印本页", "【关闭】"]), rng.choice(["分享到：", "【我要纠错】"])]
    parts += rng.sample(extras, rng.randint(1, 3))
    if rng.random() < 0.3:
        rng.shuffle(parts)
    line = rng.choice([" | ", "|", " 丨 ", "｜", " ｜ "]).join(parts)
    return _line(ctx, line, "metadata", ["head", "head", "top"], fields)


@R.form("metadata", "b4_source_this_site")
def meta_source_this_site(ctx: Ctx):
    """A header whose source names no organisation (来源：本站 / 本网 / 原创 / 网络): only the date is a field."""
    rng = ctx.rng
    v = meta_values(ctx)
    src = rng.choice(["来源", "信息来源", "文章来源"]) + colon(rng) + rng.choice(["本站", "本网", "原创", "本站原创", "网络", "本网讯"])
    date = rng.choice(["发布时间", "发布日期", "更新日期", "时间"]) + colon(rng) + _mdate(rng, v["publish_date"])
    parts = [date, src] if rng.random() < 0.6 else [src, date]
    if rng.random() < 0.3:
        parts.append(rng.choice(["作者", "编辑"]) + colon(rng) + rng.choice(["佚名", "admin", "管理员"]))
    return _line(ctx, _msep(rng).join(parts), "metadata", ["head", "top", "head"], {"publish_date": v["publish_date"]})


_CELL_LABELS = {"index_number": ["索引号", "信息索引号"], "publisher": ["发布机构", "发文机关", "公开责任部门"],
                "publish_date": ["发布日期", "公开日期"], "written_date": ["成文日期", "成文时间"],
                "doc_number": ["文号", "发文字号"]}


@R.form("metadata", "b5_cells_one_per_line")
def meta_cells_one_per_line(ctx: Ctx):
    """A 信息公开 table flattened one cell per line, labels without colons: 索引号 / 000014349/2021-00123 /
    发布机构 / XX局 / 成文日期 / 2021-03-29 (after the title, or before it)."""
    rng = ctx.rng
    v = meta_values(ctx)
    pool = [k for k in _CELL_LABELS if k != "doc_number" or ctx.doc.meta.get("doc_number")]
    keys = rng.sample(pool, rng.randint(2, 3))
    fields, lines = {}, []
    for k in keys:
        fields[k] = v[k]
        shown = _mdate(rng, v[k], False) if k.endswith("date") else v[k]
        lines += [rng.choice(_CELL_LABELS[k]), shown]
    return _block(ctx, lines, "metadata", ["head", "head", "top"], fields)


@R.form("metadata", "b6_updated_time")
def meta_updated_time(ctx: Ctx):
    """Publication and last-update times on one line: 发布时间：2021-03-29  更新时间：2021-04-02 (the update is
    no field)."""
    rng = ctx.rng
    v = meta_values(ctx)
    upd = add_days(v["publish_date"], rng.randint(1, 40))
    a = rng.choice(["发布时间", "发布日期", "首发时间"]) + colon(rng) + _mdate(rng, v["publish_date"])
    b = rng.choice(["更新时间", "最后更新", "修改时间", "更新日期"]) + colon(rng) + _mdate(rng, upd)
    return _line(ctx, _msep(rng).join([a, b]), "metadata", ["head", "top", "head"], {"publish_date": v["publish_date"]})


# ======================================================================================
# dup (remove the repeat)


def _dup(ctx: Ctx, orig: tuple[int, int], at: int, raw: str, where: str):
    if not ctx.free(orig[0], orig[1], 0) or not ctx.free(at, at):
        return None
    inj = Inj(at, at, raw, [Gold(0, len(raw), "dup", "remove", "", alt=orig, where=where)])
    inj.reserve = [orig]
    return inj


@R.form("dup", "b1_clause_repeat")
def dup_clause(ctx: Ctx):
    """A comma clause repeated at once inside a sentence: 开展师德师风专项整治，开展师德师风专项整治，建立…."""
    cands = []
    for i in ctx.prose_lines():
        s, e, line = ctx.lines[i]
        start = ctx.marker_end(i) - s
        for m in re.finditer(r"(?<=[，。；])[^，。；：！？“”《》（）\n]{5,24}，", line):
            if m.start() >= start and m.end() < len(line):
                cands.append((s + m.start(), s + m.end()))
    for a, b in ctx.shuffled(cands):
        inj = _dup(ctx, (a, b), b, ctx.text[a:b], "inline")
        if inj:
            return inj
    return None


@R.form("dup", "b2_signature_repeated")
def dup_signature(ctx: Ctx):
    """The signature block (organisation and date lines) rendered twice at the end of the page."""
    n = len(ctx.lines)
    if ctx.signature_line >= n:
        return None
    s = ctx.lines[ctx.signature_line][0]
    e = len(ctx.text)
    return _dup(ctx, (s, e), e, "\n" + ctx.text[s:e], "tail")


@R.form("dup", "b3_sentence_after_next")
def dup_sentence_after_next(ctx: Ctx):
    """A sentence repeated after the sentence that follows it, in the same paragraph (A B A)."""
    sents = ctx.sentences(min_len=8)
    pairs = [(a, b) for a, b in zip(sents, sents[1:]) if a[1] == b[0] and ctx.line_of(a[0]) == ctx.line_of(b[1])]
    for (a0, a1), (b0, b1) in ctx.shuffled(pairs):
        inj = _dup(ctx, (a0, a1), b1, ctx.text[a0:a1], "inline")
        if inj:
            return inj
    return None


@R.form("dup", "b4_lead_above_title")
def dup_lead_above_title(ctx: Ctx):
    """The opening paragraph shown again above the title (a page's summary box rendered before the article)."""
    prose = [i for i in ctx.prose_lines(20) if i <= ctx.body_range().start + 1]
    for i in ctx.shuffled(prose):
        s, e, line = ctx.lines[i]
        inj = _dup(ctx, (s, e), 0, line + "\n", "top")
        if inj:
            return inj
    return None


@R.form("dup", "b5_phrase_stutter")
def dup_phrase_stutter(ctx: Ctx):
    """A few characters repeated at a page or chunk join, before a mark: 建立教师师德档案师德档案，."""
    rng = ctx.rng
    cands = []
    for s, e, m in ctx.matches(f"(?<=[{HAN}])[{HAN}]{{3,6}}(?=[，。；、])"):
        k = rng.randint(3, len(m.group(0)))
        a = e - k
        seg = ctx.text[a:e]
        if ctx.text[a - k:a] != seg and len(set(seg)) > 1:
            cands.append((a, e))
    for a, b in ctx.shuffled(cands):
        inj = _dup(ctx, (a, b), b, ctx.text[a:b], "inline")
        if inj:
            return inj
    return None


@R.form("dup", "b6_last_paragraph_after_signature")
def dup_last_paragraph_after_signature(ctx: Ctx):
    """The last body paragraph repeated after the signature block, at the very end of the page."""
    if ctx.signature_line >= len(ctx.lines):
        return None
    prose = [i for i in ctx.prose_lines(20) if i == ctx.signature_line - 1]
    if not prose:
        return None
    s, e, line = ctx.lines[prose[0]]
    return _dup(ctx, (s, e), len(ctx.text), "\n" + line, "tail")


# ======================================================================================
# garbled (flag; the repair is the base text)


def _garble(ctx: Ctx, n_choices, make, tries: int = 20):
    for _ in range(tries):
        n = ctx.rng.choice(n_choices)
        site = ctx.pick_span(han_runs(ctx, n))
        if site is None:
            continue
        s, e = site
        raw = make(ctx.text[s:e])
        if raw is None or raw == ctx.text[s:e]:
            continue
        return Inj(s, e, raw, [Gold(0, len(raw), "garbled", "flag", raw, repair=ctx.text[s:e], where="inline")])
    return None


@R.form("garbled", "b1_fullwidth_question_run")
def garbled_fullwidth_q(ctx: Ctx):
    """Lost characters shown as full-width question marks inside a word: 加强？？建设, 推进？？？？工作."""
    return _garble(ctx, (2, 2, 3, 4), lambda h: "？" * (len(h) * ctx.rng.choice((1, 1, 2))))


@R.form("garbled", "b2_gbk_as_euc_kr")
def garbled_euc_kr(ctx: Ctx):
    """GBK bytes read as EUC-KR: Hangul syllables and stray Hanja where Chinese was (加强建设 → 확퓻쉔...)."""
    def make(h):
        try:
            out = h.encode("gbk").decode("euc_kr")
        except UnicodeDecodeError:
            return None
        return out if any("\uac00" <= c <= "\ud7a3" for c in out) else None
    return _garble(ctx, (2, 3, 4, 5), make)


@R.form("garbled", "b3_utf8_as_latin1_c1")
def garbled_latin1_c1(ctx: Ctx):
    """UTF-8 bytes read as ISO-8859-1 (not cp1252): letters with C1 control characters between them
    (加 → å\\x8a\\xa0), the controls invisible on screen."""
    def make(h):
        out = h.encode("utf-8").decode("latin-1")
        return None if "\x85" in out else out  # NEL: a line break to str.splitlines, not a garble
    return _garble(ctx, (1, 2, 3), make)


def _kangxi_map() -> dict:
    out = {}
    for cp in list(range(0x2F00, 0x2FD6)) + list(range(0x2E80, 0x2EF4)):
        ch = chr(cp)
        norm = unicodedata.normalize("NFKC", ch)
        if norm != ch and len(norm) == 1 and is_han(norm):
            out.setdefault(norm, ch)
    return out


_KANGXI = _kangxi_map()


@R.form("garbled", "b4_kangxi_radicals")
def garbled_kangxi(ctx: Ctx):
    """PDF text extraction output: characters that are also radicals come out as Kangxi radicals
    (U+2F00 block) that look the same: ⼯作, ⼈员, ⾏业, ⽤⼒ (the span from the first to the last changed)."""
    rng = ctx.rng
    cands = []
    for s, e, m in ctx.matches(f"[{HAN}]{{4,10}}"):
        hits = [s + k for k, c in enumerate(m.group(0)) if c in _KANGXI]
        if hits:
            cands.append((hits[0], hits[-1] + 1))
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    base = ctx.text[s:e]
    raw = "".join(_KANGXI[c] if c in _KANGXI and (c == base[0] or c == base[-1] or rng.random() < 0.7) else c
                  for c in base)
    return Inj(s, e, raw, [Gold(0, len(raw), "garbled", "flag", raw, repair=base, where="inline")])


@R.form("garbled", "b5_pdf_cid")
def garbled_pdf_cid(ctx: Ctx):
    """PDF extraction output for glyphs without a Unicode mapping: (cid:3021)(cid:4456) where characters were."""
    return _garble(ctx, (1, 2, 3), lambda h: "".join(f"(cid:{ctx.rng.randint(100, 9999)})" for _ in h))


@R.form("garbled", "b6_gbk_as_cp1251")
def garbled_cp1251(ctx: Ctx):
    """GBK bytes read as Windows-1251: Cyrillic letters where Chinese was (加强 → јУЗї)."""
    def make(h):
        try:
            return h.encode("gbk").decode("cp1251")
        except UnicodeDecodeError:
            return None
    return _garble(ctx, (2, 3, 4), make)


# ======================================================================================
# entity (fix: the characters)


@R.form("entity", "b1_clause_refs")
def ent_clause_refs(ctx: Ctx):
    """A whole short clause written as decimal (or hex) references, as encoders that escape every non-ASCII
    character leave it: &#21152;&#24378;&#31649;&#29702; for 加强管理 (one span, the clause between two marks)."""
    rng = ctx.rng
    cands = [(s, e) for s, e, _ in ctx.matches(f"(?<=[，、；])[{HAN}]{{3,10}}(?=[，、；。])")]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    hexa = rng.random() < 0.25
    raw = "".join(f"&#x{ord(c):x};" if hexa else f"&#{ord(c)};" for c in ctx.text[s:e])
    return Inj(s, e, raw, [Gold(0, len(raw), "entity", "fix", ctx.text[s:e], where="inline")])


@R.form("entity", "b2_digit_refs")
def ent_digit_refs(ctx: Ctx):
    """A figure whose digits (and decimal point) are references, as anti-scraping encoders write them:
    &#50;&#54;&#48;&#48;人次 for 2600人次."""
    rng = ctx.rng
    cands = [(s, e) for s, e, _ in ctx.matches(r"(?<![0-9.\-%])[0-9]{2,6}(?:\.[0-9]{1,2})?(?=[" + HAN + "%])")]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    hexa = rng.random() < 0.2
    raw = "".join(f"&#x{ord(c):x};" if hexa else f"&#{ord(c)};" for c in ctx.text[s:e])
    return Inj(s, e, raw, [Gold(0, len(raw), "entity", "fix", ctx.text[s:e], where="inline")])


@R.form("entity", "b3_numeric_no_semicolon")
def ent_numeric_no_semicolon(ctx: Ctx):
    """A numeric reference for a Chinese mark that lost its semicolon, before a Chinese character:
    发展&#65292推进 / 工作&#12290下一步 / &#x3001 (browsers still decode it)."""
    rng = ctx.rng
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(f"(?<=[{HAN}])[，。、；：](?=[{HAN}])")])
    if site is None:
        return None
    s, e = site
    ch = ctx.text[s]
    raw = f"&#{ord(ch)}" if rng.random() < 0.7 else f"&#x{ord(ch):x}"
    return Inj(s, e, raw, [Gold(0, len(raw), "entity", "fix", ch, where="inline")])


@R.form("entity", "b4_quot_pair")
def ent_quot_pair(ctx: Ctx):
    """&quot; (or &#34; / &#x22;) for both marks of a Chinese quotation: &quot;双减&quot; → “双减”."""
    rng = ctx.rng
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"“[^“”\n]{1,20}”")])
    if site is None:
        return None
    s, e = site
    ref = rng.choice(["&quot;", "&quot;", "&#34;", "&#x22;"])
    raw = ref + ctx.text[s + 1:e - 1] + ref
    return Inj(s, e, raw, [Gold(0, len(ref), "entity", "fix", "“", where="inline"),
                           Gold(len(raw) - len(ref), len(raw), "entity", "fix", "”", where="inline")])


@R.form("entity", "b5_article_gap_ref")
def ent_article_gap(ctx: Ctx):
    """The legitimate ideographic space after 第X条 / 第X章 written as &#12288; or &#x3000; (it stays a U+3000)."""
    lines = range(1, len(ctx.lines))
    cands = [(s + m.start(1), s + m.end(1)) for s, e, m in ctx.matches(r"^第[一二三四五六七八九十百]+[章条](\u3000)", lines)]
    site = ctx.pick_span(cands)
    if site is None:
        return None
    s, e = site
    raw = ctx.rng.choice(["&#12288;", "&#x3000;", "&#12288;"])
    return Inj(s, e, raw, [Gold(0, len(raw), "entity", "fix", "\u3000", where="inline")])


@R.form("entity", "b6_named_no_semicolon")
def ent_named_no_semicolon(ctx: Ctx):
    """Named references for quotes or dashes without their semicolons: &ldquo双减&rdquo / &mdash&mdash."""
    rng = ctx.rng
    if rng.random() < 0.6:
        site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"“[^“”\n]{1,20}”")])
        if site is not None:
            s, e = site
            a, b = "&ldquo", "&rdquo"
            raw = a + ctx.text[s + 1:e - 1] + b
            return Inj(s, e, raw, [Gold(0, len(a), "entity", "fix", "“", where="inline"),
                                   Gold(len(raw) - len(b), len(raw), "entity", "fix", "”", where="inline")])
    site = ctx.pick_span([(s, e) for s, e, _ in ctx.matches(r"——", range(1, len(ctx.lines)))])
    if site is None:
        return None
    s, e = site
    raw = "&mdash&mdash"
    return Inj(s, e, raw, [Gold(0, len(raw), "entity", "fix", "——", where="inline")])


# ======================================================================================
# protected spans (keep): inserted sentences whose tokens must come through unchanged


def _protect(ctx: Ctx, sentence: str, tokens: list[str]):
    """Insert ``sentence`` after a 。 that ends a paragraph or a sentence inside one."""
    points = _para_ends(ctx)
    for i in ctx.prose_lines():
        s, e, line = ctx.lines[i]
        points += [s + m.end() for m in re.finditer("。(?=[" + HAN + "])", line)]
    p = ctx.pick_point(points)
    if p is None:
        return None
    golds, pos = [], 0
    for tok in tokens:
        k = sentence.index(tok, pos)
        golds.append(Gold(k, k + len(tok), "protected", "keep", tok, where="inline"))
        pos = k + len(tok)
    return Inj(p, p, sentence, golds)


def _office(ctx: Ctx) -> str:
    return ctx.doc.meta.get("publisher") or ctx.doc.meta.get("org_hint") or "县政府办公室"


@R.form("protected", "b1_office_phone")
def prot_office_phone(ctx: Ctx):
    """The issuing office's own phone and fax numbers in a sentence: 联系电话：0571-87654321, (0579)82345678,
    0553-5123456转8012, 12345 hotline."""
    rng = ctx.rng
    area = rng.choice(["0571", "0579", "0553", "0551", "0531", "0335", "0771"])
    num = f"{rng.choice('5678')}{rid(rng, 7)}"
    phone = rng.choice([f"{area}-{num}", f"（{area}）{num}", f"({area}){num}", f"{area}-{num}转{rid(rng, 3)}"])
    fax = f"{area}-{rng.choice('5678')}{rid(rng, 7)}"
    office = _office(ctx)
    return rng.choice([
        lambda: _protect(ctx, f"联系单位：{office}办公室，联系电话：{phone}。", [phone]),
        lambda: _protect(ctx, f"如有疑问，请与{office}联系，电话{phone}，传真{fax}。", [phone, fax]),
        lambda: _protect(ctx, f"群众可拨打12345政务服务便民热线或{phone}反映问题。", [phone]),
    ])()


_LAWS = ["《中华人民共和国安全生产法》", "《中华人民共和国教育法》", "《中华人民共和国食品安全法》", "《中华人民共和国行政处罚法》",
         "《中华人民共和国传染病防治法》", "《中华人民共和国环境保护法》", "《中华人民共和国政府信息公开条例》",
         "《中华人民共和国道路交通安全法》"]


@R.form("protected", "b2_law_article_cite")
def prot_law_article(ctx: Ctx):
    """A legal citation inside a sentence: 依据《…法》第三十八条第二款 / 第十二条第一款第（三）项 (not an outline marker)."""
    from common import int_to_cn
    rng = ctx.rng
    art = "第" + int_to_cn(rng.randint(2, 98)) + "条"
    tok = art + rng.choice(["", "第" + int_to_cn(rng.randint(1, 3)) + "款",
                            "第" + int_to_cn(rng.randint(1, 3)) + "款第（" + int_to_cn(rng.randint(1, 6)) + "）项",
                            "第（" + int_to_cn(rng.randint(1, 6)) + "）项"])
    law = rng.choice(_LAWS)
    return rng.choice([
        lambda: _protect(ctx, f"对违反{law}{tok}规定的，依法予以处理。", [tok]),
        lambda: _protect(ctx, f"根据{law}{tok}，相关单位应当履行主体责任。", [tok]),
        lambda: _protect(ctx, f"具体情形按照{law}{tok}执行。", [tok]),
    ])()


_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


@R.form("protected", "b3_registration_codes")
def prot_registration_codes(ctx: Ctx):
    """Registration codes in real sentences: a unified social credit code (91330782MA2E…), an ICP record number
    (浙ICP备05018911号-1), a government website identifier (3300000020)."""
    rng = ctx.rng
    code = f"9{rng.choice('1235')}{rid(rng, 6)}MA{''.join(rng.choice(_CODE_CHARS) for _ in range(8))}"
    prov = rng.choice(["浙", "苏", "皖", "鲁", "川", "冀"])
    icp = f"{prov}ICP备{rid(rng, 8)}号" + rng.choice(["", f"-{rng.randint(1, 5)}"])
    ident = f"{rng.choice(['33', '32', '34', '37', '51'])}{rid(rng, 8)}"
    company = _city(rng)[:2] + rng.choice(["恒信", "诚达", "宏远", "明泰"]) + rng.choice(["建设工程", "信息技术", "环保科技"]) + "有限公司"
    return rng.choice([
        lambda: _protect(ctx, f"中标单位为{company}（统一社会信用代码：{code}）。", [code]),
        lambda: _protect(ctx, f"各单位门户网站应在页面底部标注ICP备案编号（如{icp}）和政府网站标识码。", [icp]),
        lambda: _protect(ctx, f"门户网站（政府网站标识码{ident}）已完成集约化平台迁移。", [ident]),
    ])()


@R.form("protected", "b4_ratios_scales")
def prot_ratios_scales(ctx: Ctx):
    """Ratios and map scales with a colon between figures: 三次产业结构调整为0.7:50.7:48.6 / 1:2000地形图 / 师生比1:13.5."""
    rng = ctx.rng
    a = round(rng.uniform(0.5, 9.9), 1)
    b = round(rng.uniform(30, 55), 1)
    c = round(100 - a - b, 1)
    sep = rng.choice([":", ":", "∶"])
    ratio = f"{a}{sep}{b}{sep}{c}"
    scale = f"1{sep}{rng.choice([500, 1000, 2000, 5000, 10000])}"
    pupil = f"1{sep}{rng.randint(11, 19)}" + rng.choice(["", f".{rng.randint(1, 9)}"])
    return rng.choice([
        lambda: _protect(ctx, f"三次产业结构比例调整为{ratio}。", [ratio]),
        lambda: _protect(ctx, f"完成{rng.randint(2, 40)}平方公里{scale}地形图测绘。", [scale]),
        lambda: _protect(ctx, f"全县中小学师生比达到{pupil}。", [pupil]),
    ])()


_STANDARDS = [("《建筑设计防火规范》", "GB 50016-2014"), ("《生活饮用水卫生标准》", "GB 5749-2022"),
              ("《环境空气质量标准》", "GB 3095-2012"), ("《城镇污水处理厂污染物排放标准》", "GB 18918-2002"),
              ("《质量管理体系 要求》", "GB/T 19001-2016"), ("《建筑施工安全检查标准》", "JGJ 59-2011"),
              ("《环境影响评价技术导则 大气环境》", "HJ 2.2-2018"), ("《信息安全技术 网络安全等级保护基本要求》",
                                                          "GB/T 22239-2019")]


@R.form("protected", "b5_standard_codes")
def prot_standard_codes(ctx: Ctx):
    """A national / trade standard cited with its code, which holds an ASCII space, slash and hyphen:
    严格执行《建筑设计防火规范》（GB 50016-2014）."""
    rng = ctx.rng
    name, code = rng.choice(_STANDARDS)
    return rng.choice([
        lambda: _protect(ctx, f"相关工程严格执行{name}（{code}）。", [code]),
        lambda: _protect(ctx, f"检测结果均符合{code}{name}要求。", [code]),
        lambda: _protect(ctx, f"按照{code}开展对标检查。", [code]),
    ])()


@R.form("protected", "b6_office_email")
def prot_office_email(ctx: Ctx):
    """The office's contact e-mail (often a 163 / 126 / gov.cn mailbox) in a sentence of the notice."""
    rng = ctx.rng
    user = rng.choice(["yxjyj", "qwwjw", "msxzfb", "jlsjtj", "taqyjj", "bpqnyj", "yljybgs", "dlsybj"]) + \
        rng.choice(["", "bgs", "_bgs", rid(rng, 3), "2021"])
    mail = user + "@" + rng.choice(["163.com", "126.com", "qq.com", "example.gov.cn"])
    name = rng.choice(_NAMES)
    phone = f"0{rng.choice(['571', '579', '553'])}-8{rid(rng, 7)}"
    return rng.choice([
        lambda: _protect(ctx, f"请各单位将报名表电子版发送至{mail}，联系人：{name}，联系电话：{phone}。", [mail, phone]),
        lambda: _protect(ctx, f"意见建议可通过电子邮箱{mail}反馈。", [mail]),
    ])()
