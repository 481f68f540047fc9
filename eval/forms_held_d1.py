"""HELD-D forms, part 1 (see forms_held_d.py). Do not read while working on the rules."""

from __future__ import annotations

from forms_held_d import R  # noqa: F401  (forms register themselves on import)

import re

from common import is_han
from forms_common import (Ctx, Gold, Inj, add_days, clock, colon, fields_ok, meta_values, rid,
                          FAKE_MOBILES)

_NAMES = ["何晓东", "许丽", "蒋文斌", "马骏", "邓婷", "冯志远", "曹颖", "彭磊", "田雨", "宋佳琪"]
_ORGS_SHORT = ["江岭发布", "云溪政务", "青州卫健", "梅城教育", "白河生态", "临川交通", "安平人社", "南浦文旅"]


def _lines_at(ctx: Ctx, rows: list[str], cls: str, wheres, fields=None) -> Inj | None:
    """Insert ``rows`` as lines of their own at one point; each line is a gold removal."""
    fields = fields or {}
    if not fields_ok(ctx, fields):
        return None
    where = ctx.rng.choice(wheres)
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    raw, golds = "", []
    for row in rows:
        piece = "\n" + row if p == len(ctx.text) else row + "\n"
        golds.append(Gold(len(raw), len(raw) + len(piece), cls, "remove", "", where=where))
        raw += piece
    return Inj(p, p, raw, golds, fields=fields)


def _glued_end(ctx: Ctx, piece: str, cls: str, lines=None) -> Inj | None:
    """``piece`` glued to the end of a prose paragraph (after its 。)."""
    cands = []
    for i in (ctx.prose_lines(20) if lines is None else lines):
        s, e, line = ctx.lines[i]
        if line.endswith("。"):
            cands.append(e)
    p = ctx.pick_point(cands)
    if p is None:
        return None
    return Inj(p, p, piece, [Gold(0, len(piece), cls, "remove", "", where="glued")])


def _phone(rng) -> str:
    m = rng.choice(FAKE_MOBILES)
    return rng.choice([m, f"0{rng.randint(510, 799)}-{rid(rng, 8)}", f"400-{rid(rng, 3)}-{rid(rng, 4)}"])


def _cn_date(rng, iso: str) -> str:
    y, m, d = map(int, iso.split("-"))
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{y}年{m:02d}月{d:02d}日", f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}"])


# ======================================================================================
# ads (remove)


@R.form("ads", "d1_ai_writing_tool")
def ads_ai_writing_tool(ctx: Ctx):
    """An AI writing tool's promotion: 一键生成工作总结 / 本文由AI写作助手辅助生成 / 输入标题即可生成全文,
    with a site, an app name or a mini-program, as a line of its own (head, between or tail)."""
    rng = ctx.rng
    tool = rng.choice(["笔灵AI", "秘塔写作猫", "智写助手", "公文AI宝", "材料星AI", "文思AI", "妙笔AI写作"])
    kind = rng.choice(["工作总结", "述职报告", "工作要点", "实施方案", "心得体会", "汇报材料"])
    site = rng.choice(["", f"（{rng.choice(['www.', ''])}{rng.choice(['aixiezuo', 'biling', 'zhixie', 'gwai'])}{rid(rng, 2)}.{rng.choice(['com', 'cn', 'top'])}）"])
    line = rng.choice([
        f"本文由{tool}辅助生成，{rng.choice(['免费试用', '立即体验', '新用户免费3次'])}请搜索“{tool}”{site}",
        f"【AI写作】输入标题即可一键生成{kind}，{rng.choice(['3秒出稿', '原创度高', '免费改写降重'])}——{tool}{site}",
        f"{kind}不会写？试试{tool}，一键生成、智能润色{site}",
        f"▲ 用{tool}写{kind}，微信搜索小程序“{tool}”即可使用",
        f"AI一键生成同类{kind}，点此体验 >> {tool}{site}",
    ])
    return _lines_at(ctx, [line], "ads", ("head", "between", "tail", "tail"))


@R.form("ads", "d2_company_registration_spam")
def ads_company_registration(ctx: Ctx):
    """Agency-service spam of hacked pages and comment boxes: company registration, bookkeeping,
    trademarks, qualifications (代办营业执照 代理记账 商标注册 资质代办 一站式服务), with a phone or a chat
    contact, a line of its own or spliced between two sentences."""
    rng = ctx.rng
    items = rng.sample(["代办营业执照", "公司注册", "代理记账", "商标注册", "资质代办", "工商变更", "注销公司",
                        "食品经营许可证代办", "税务筹划", "建筑资质转让"], rng.randint(2, 4))
    sep = rng.choice(["、", " ", "，", "|", "\u3000"])
    contact = rng.choice([f"电话：{_phone(rng)}", f"微信同号{rng.choice(FAKE_MOBILES)}", f"咨询热线{colon(rng)}{_phone(rng)}",
                          f"联系人：{rng.choice(['刘经理', '王会计', '陈老师', '张经理'])} {rng.choice(FAKE_MOBILES)}"])
    body = sep.join(items) + rng.choice(["，一站式服务", "，快速办理", "，全城上门", "，价格优惠", " 专业靠谱"]) + rng.choice(["，", " "]) + contact
    if rng.random() < 0.35:
        spots = [e for s, e in ctx.sentences(min_len=10) if ctx.text[e:e + 1] not in ("", "\n")]
        p = ctx.pick_point(spots)
        if p is None:
            return None
        raw = rng.choice(["", "【"]) + body
        raw = raw + ("】" if raw.startswith("【") else "。")
        return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="splice")])
    return _lines_at(ctx, [body], "ads", ("between", "tail", "head"))


@R.form("ads", "d3_tip_reward")
def ads_tip_reward(ctx: Ctx):
    """A tip jar under a reposted text: 如果本文对您有帮助，欢迎打赏 / 赞赏作者 / 请作者喝杯咖啡 /
    支付宝：1380… / 赞赏码 (one or two lines at the tail, or glued to the last paragraph)."""
    rng = ctx.rng
    first = rng.choice(["如果本文对您有帮助，欢迎打赏支持", "觉得有用就请作者喝杯咖啡吧", "写作不易，随意打赏",
                        "赞赏作者", "您的支持是我更新的动力，欢迎赞赏", "¥ 打赏"])
    second = rng.choice([f"支付宝：{rng.choice(FAKE_MOBILES)}", "长按识别赞赏码", f"微信赞赏：{rng.choice(['wm', 'xz', 'gw'])}{rid(rng, 4)}",
                         f"已有{rng.randint(2, 99)}人赞赏", "打赏金额：2元 5元 10元 自定义"])
    if rng.random() < 0.3:
        return _glued_end(ctx, rng.choice(["", " "]) + first + rng.choice(["！", "~", "。"]), "ads",
                          [max(ctx.prose_lines(20) or [0])] if ctx.prose_lines(20) else [])
    rows = [first] + ([second] if rng.random() < 0.6 else [])
    if rng.random() < 0.5 and len(rows) == 2:
        rows = [first + rng.choice(["  ", "\u3000", "，"]) + second]
    return _lines_at(ctx, rows, "ads", ("tail",))


@R.form("ads", "d4_paper_publishing")
def ads_paper_publishing(ctx: Ctx):
    """Paper-publishing and title-review spam of hacked government pages: 论文发表 / 核心期刊 / 查重降重 /
    职称评审 / 评职称论文快速见刊, with a QQ, a phone or a chat contact."""
    rng = ctx.rng
    offer = rng.choice(["论文发表", "职称论文发表", "省级期刊快速发表", "核心期刊投稿", "论文查重降重", "职称评审代办",
                        "评职称论文快速见刊", "知网收录期刊发表"])
    extra = rng.choice(["，两周见刊", "，包检索", "，正规刊号", "，先发表后付款", "", "，中高级职称均可"])
    contact = rng.choice([f"QQ：{rid(rng, rng.randint(8, 10))}", f"联系电话：{_phone(rng)}", f"加V：{rng.choice(['lw', 'qk', 'zc'])}{rid(rng, 4)}",
                          f"编辑部{rng.choice(['王', '李', '赵'])}老师 {rng.choice(FAKE_MOBILES)}"])
    line = offer + extra + rng.choice(["，", " ", "  "]) + contact
    if rng.random() < 0.3:
        line = rng.choice(["【", "〔", "("]) + line + rng.choice(["】", "〕", ")"])
    return _lines_at(ctx, [line], "ads", ("between", "between", "tail", "head"))


@R.form("ads", "d5_seo_keyword_glue")
def ads_seo_keyword_glue(ctx: Ctx):
    """Keyword stuffing a template site appends to the last paragraph for search engines:
    …。工作要点范文 工作要点怎么写 2022工作要点模板 (the keywords glued on after the full stop)."""
    rng = ctx.rng
    lines = ctx.prose_lines(20)
    if not lines:
        return None
    title = ctx.lines[0][2]
    kind = next((k for k in ["工作要点", "工作总结", "实施方案", "通知", "办法", "细则", "政府工作报告"] if k in title), "工作总结")
    year = str(rng.randint(2019, 2025))
    kws = rng.sample([f"{kind}范文", f"{kind}怎么写", f"{year}{kind}模板", f"{kind}大全", f"{kind}格式",
                      f"最新{kind}", f"{kind}开头结尾", f"{kind}下载"], rng.randint(3, 5))
    sep = rng.choice([" ", "  ", "，", "|", " | ", "\u3000"])
    piece = rng.choice(["", " ", "\u3000"]) + rng.choice(["", "关键词：", "标签："]) + sep.join(kws)
    return _glued_end(ctx, piece, "ads", [lines[-1]] if rng.random() < 0.6 else lines)


# ======================================================================================
# chrome (remove)


@R.form("chrome", "d1_pdf_viewer_bar")
def chrome_pdf_viewer_bar(ctx: Ctx):
    """The controls of an embedded document viewer flattened into the text: 第 1 / 3 页  放大 缩小 下载 /
    上一页 1/3 下一页 适合页宽 / 100% 旋转 全屏 (own line at the head or between paragraphs)."""
    rng = ctx.rng
    n = rng.randint(2, 9)
    k = rng.randint(1, n)
    parts = rng.sample(["放大", "缩小", "下载", "全屏", "旋转", "适合页宽", "实际大小", "打印", "100%", "上一页", "下一页",
                        "下载原文", "查看原文件", "双页"], rng.randint(2, 4))
    page = rng.choice([f"第 {k} / {n} 页", f"{k}/{n}", f"页码：{k}/{n}", f"第{k}页，共{n}页", f"{k} / {n}"])
    sep = rng.choice(["  ", " | ", "\u3000", " "])
    items = parts[:]
    items.insert(rng.randint(0, len(items)), page)
    return _lines_at(ctx, [sep.join(items)], "chrome", ("head", "between", "between"))


@R.form("chrome", "d2_image_placeholder")
def chrome_image_placeholder(ctx: Ctx):
    """A picture the crawler dropped, its placeholder left: [图片] / 图片加载失败 / 点击查看大图 /
    IMG_20210329_093012.jpg / 图片来源于网络 (own line between paragraphs or after the title)."""
    rng = ctx.rng
    y = rng.randint(2018, 2025)
    line = rng.choice([
        "[图片]", "［图片］", "【图片】", "图片加载失败", "图片加载中...", "点击查看大图", "（点击图片查看大图）",
        f"IMG_{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_{rid(rng, 6)}.jpg",
        f"{rid(rng, 13)}.png", f"W0{y}{rid(rng, 8)}.jpg", "[图片]点击查看原图", "image", "[img]",
    ])
    return _lines_at(ctx, [line], "chrome", ("between", "between", "head"))


@R.form("chrome", "d3_chatbot_widget")
def chrome_chatbot_widget(ctx: Ctx):
    """The portal's chatbot or service-desk widget: 智能问答 / 您好，我是智能客服小X，请问有什么可以帮您？ /
    我要咨询 我要投诉 我要建议 / 12345热线 (one or two lines at the tail or the head)."""
    rng = ctx.rng
    bot = rng.choice(["小江", "小云", "小青", "岭岭", "政务小助手", "小梅"])
    rows = rng.sample([
        rng.choice(["智能问答", "智能客服", "在线客服", "智能咨询"]),
        f"您好，我是智能客服{bot}，请问有什么可以帮您？",
        rng.choice([" ", " | ", "\u3000"]).join(rng.sample(["我要咨询", "我要投诉", "我要建议", "我要求助", "我要查询"], 3)),
        f"{rng.choice(['请输入您的问题', '输入问题', '请描述您的问题'])}{rng.choice(['', '…', '...'])}{rng.choice(['  发送', ' 提交', ''])}",
        rng.choice(["12345政务服务便民热线", "拨打12345", "12345热线"]),
    ], rng.randint(1, 3))
    return _lines_at(ctx, rows, "chrome", ("tail", "tail", "head"))


@R.form("chrome", "d4_policy_tabs")
def chrome_policy_tabs(ctx: Ctx):
    """The tab strip of a policy page: 政策原文 | 政策解读 | 图解 | 视频解读 / 【原文】【解读】【附件】 /
    文件 解读 相关 (own line right after the title, or before it)."""
    rng = ctx.rng
    items = rng.sample(["政策原文", "政策解读", "图片解读", "视频解读", "图解", "原文", "解读", "附件下载", "相关文件",
                        "文字解读", "专家解读", "新闻发布会"], rng.randint(2, 4))
    style = rng.randint(0, 2)
    if style == 0:
        line = rng.choice([" | ", "  ", "\u3000", " ｜ "]).join(items)
    elif style == 1:
        a, b = rng.choice([("【", "】"), ("[", "]"), ("〖", "〗")])
        line = "".join(a + x + b for x in items)
    else:
        line = rng.choice(["相关：", "阅读："]) + " ".join(items)
    return _lines_at(ctx, [line], "chrome", ("head", "head", "top"))


@R.form("chrome", "d5_welcome_sethome")
def chrome_welcome_sethome(ctx: Ctx):
    """The portal's top strip: 欢迎访问XX网站！ with 设为首页 | 加入收藏 | 联系我们 / 收藏本站 (own line at
    the top of the page, or right after the title)."""
    rng = ctx.rng
    org = ctx.doc.meta.get("publisher") or rng.choice(["江岭市人民政府", "云溪县人民政府", "中国政府网"])
    greet = rng.choice([f"欢迎访问{org}网站！", f"欢迎光临{org}门户网站", f"您好，欢迎来到{org}官方网站", ""])
    links = rng.sample(["设为首页", "加入收藏", "收藏本站", "联系我们", "网站导航", "手机访问"], rng.randint(2, 3))
    sep = rng.choice([" | ", "  ", "｜", " · ", "\u3000"])
    line = (greet + rng.choice(["  ", "\u3000", " "]) if greet else "") + sep.join(links)
    return _lines_at(ctx, [line], "chrome", ("top", "top", "head"))


# ======================================================================================
# metadata (remove the line; the values into fields)


@R.form("metadata", "d1_meta_tag_names")
def meta_tag_names(ctx: Ctx):
    """The page's <meta> tags of the government-site standard kept as text by a crawler, their
    English names as labels: SiteName / ColumnName / ArticleTitle / PubDate / ContentSource / Keywords
    (one per line, a colon or a space between name and value; head or top)."""
    rng = ctx.rng
    v = meta_values(ctx)
    want = rng.sample(["publish_date", "publisher"], rng.randint(1, 2))
    fields = {k: v[k] for k in want}
    pairs = []
    if "publish_date" in want:
        d = v["publish_date"]
        pairs.append(("PubDate", rng.choice([f"{d} {clock(rng, False)}", d, f"{d} {clock(rng, True)}"])))
    if "publisher" in want:
        pairs.append(("ContentSource", v["publisher"]))
    others = [("SiteName", rng.choice(["江岭市人民政府", "云溪县人民政府门户网站", "中国政府网"])),
              ("ColumnName", rng.choice(["通知公告", "政策文件", "工作动态", "规划计划"])),
              ("ColumnType", rng.choice(["通知公告", "政策文件"])),
              ("SiteIDCode", f"{rid(rng, 10)}"), ("Keywords", rng.choice(["工作要点", "通知", "工作", "方案"]))]
    pairs += rng.sample(others, rng.randint(1, 3))
    rng.shuffle(pairs)
    sep = rng.choice(["：", ": ", " ", "=", ":"])
    rows = [f"{k}{sep}{val}" for k, val in pairs]
    return _lines_at(ctx, rows, "metadata", ("head", "top"), fields)


@R.form("metadata", "d2_record_dump")
def meta_record_dump(ctx: Ctx):
    """A scraper's record printed as one line: a JSON object or key=value pairs with English keys
    ({"source": "XX局", "pubtime": "2021-03-31 09:30:00"} / pubdate=2021-03-31&source=XX局), head or tail."""
    rng = ctx.rng
    v = meta_values(ctx)
    fields = {"publish_date": v["publish_date"], "publisher": v["publisher"]}
    dkey = rng.choice(["pubtime", "pubDate", "publish_time", "date", "releaseDate"])
    skey = rng.choice(["source", "origin", "site_source", "dept"])
    d = v["publish_date"] + rng.choice(["", f" {clock(rng, True)}"])
    extra = rng.choice([("id", rid(rng, 6)), ("channel", rng.choice(["tzgg", "zcwj", "gzdt"])), ("views", str(rng.randint(10, 999)))])
    items = [(dkey, d), (skey, v["publisher"]), extra]
    rng.shuffle(items)
    if rng.random() < 0.5:
        line = "{" + ", ".join(f'"{k}": "{val}"' for k, val in items) + "}"
    else:
        line = rng.choice(["&", "; ", " "]).join(f"{k}={val}" for k, val in items)
    return _lines_at(ctx, [line], "metadata", ("head", "top", "tail"), fields)


@R.form("metadata", "d3_reading_time_row")
def meta_reading_time_row(ctx: Ctx):
    """A news template's info row with the length and reading time: 发布时间：2021-03-31 · 字数：1856 ·
    阅读时长约5分钟 / 江岭市卫生健康委员会 | 全文约2000字 | 预计阅读6分钟 (head)."""
    rng = ctx.rng
    v = meta_values(ctx)
    n = len(ctx.text)
    words = rng.choice([f"字数：{n}", f"全文约{round(n, -2)}字", f"共{n}字", f"本文{n}字"])
    mins = rng.choice([f"阅读时长约{max(1, n // 400)}分钟", f"预计阅读{max(1, n // 400)}分钟", f"阅读需要{max(1, n // 400)}分钟"])
    want = rng.sample(["publish_date", "publisher"], rng.randint(1, 2))
    fields = {k: v[k] for k in want}
    parts = [words, mins]
    if "publish_date" in want:
        parts.insert(0, rng.choice(["发布时间：", "时间：", ""]) + _cn_date(rng, v["publish_date"]))
    if "publisher" in want:
        parts.insert(rng.randint(0, 1), rng.choice(["来源：", "", "发布机构："]) + v["publisher"])
    line = rng.choice([" · ", " | ", "  ", "\u3000", " / "]).join(parts)
    return _lines_at(ctx, [line], "metadata", ("head",), fields)


@R.form("metadata", "d4_wechat_header")
def meta_wechat_header(ctx: Ctx):
    """A WeChat article's header kept by a repost: the account, the time and the IP place
    (江岭发布 2021-03-31 09:30 发表于浙江 / 原创 江岭发布 2021年03月31日 08:12 浙江), under the title."""
    rng = ctx.rng
    v = meta_values(ctx)
    fields = {"publish_date": v["publish_date"]}
    acct = rng.choice(_ORGS_SHORT)
    d = _cn_date(rng, v["publish_date"]) + " " + clock(rng, False)
    prov = rng.choice(["浙江", "江苏", "安徽", "福建", "江西", "湖南", "四川"])
    line = rng.choice([
        f"{acct} {d} 发表于{prov}", f"原创 {acct} {d} {prov}", f"{acct}\u3000{d}", f"原创 {rng.choice(_NAMES)} {acct} {d} 发表于{prov}",
        f"{acct} {rng.choice(_NAMES)} {d}",
    ])
    return _lines_at(ctx, [line], "metadata", ("head",), fields)


@R.form("metadata", "d5_relative_time_source")
def meta_relative_time_source(ctx: Ctx):
    """A mobile template's row with a relative time and the source: 3天前 · 来源：XX局 / 昨天 09:30 XX局 /
    刚刚 | XX局 / 发布于 2小时前 来源 XX局 (head, or tail under the text); only the source is a field."""
    rng = ctx.rng
    v = meta_values(ctx)
    fields = {"publisher": v["publisher"]}
    rel = rng.choice([f"{rng.randint(2, 6)}天前", f"昨天 {clock(rng, False)}", "刚刚", f"{rng.randint(1, 23)}小时前",
                      f"{rng.randint(2, 50)}分钟前", f"前天 {clock(rng, False)}"])
    src = rng.choice(["来源：", "来源 ", "", "来自"]) + v["publisher"]
    line = rng.choice([f"{rel} · {src}", f"{rng.choice(['发布于 ', ''])}{rel}  {src}", f"{src} | {rel}", f"{rel}\u3000{src}"])
    return _lines_at(ctx, [line], "metadata", ("head", "head", "tail"), fields)


# ======================================================================================
# dup (remove the repeat)


def _dup_span(ctx: Ctx, orig, at: int, raw: str, where: str, alt: bool):
    if not ctx.free(orig[0], orig[1], 0) or not ctx.free(at, at):
        return None
    inj = Inj(at, at, raw, [Gold(0, len(raw), "dup", "remove", "", alt=orig if alt else None, where=where)])
    inj.reserve = [orig]
    return inj


@R.form("dup", "d1_sentence_after_next")
def dup_sentence_after_next(ctx: Ctx):
    """A sentence repeated after the sentence that follows it inside its paragraph (甲。乙。甲。丙。),
    as a merge of two edited versions leaves it."""
    sents = ctx.sentences(min_len=10)
    pairs = []
    for (a, b), (c, d) in zip(sents, sents[1:]):
        if b == c and ctx.line_of(a) == ctx.line_of(d) and ctx.text[a:b] != ctx.text[c:d]:
            pairs.append((a, b, d))
    for a, b, d in ctx.shuffled(pairs):
        if not ctx.free(b, d, 0):
            continue
        inj = _dup_span(ctx, (a, b), d, ctx.text[a:b], "inline", False)
        if inj:
            return inj
    return None


@R.form("dup", "d2_next_head_on_previous")
def dup_next_head_on_previous(ctx: Ctx):
    """Page-break overlap the other way round: the next paragraph's opening sentence also stands
    glued at the end of the paragraph before it (…。甲。\\n甲。乙。)."""
    cands = []
    sents = ctx.sentences(min_len=8)
    for s, e in sents:
        i = ctx.line_of(s)
        if s == ctx.lines[i][0] and ctx.marker_end(i) == s and i - 1 >= 1 and ctx.is_prose(i - 1, 16) and ctx.lines[i - 1][2].endswith("。") \
                and ctx.lines[i - 1][0] > ctx.lines[0][1]:
            cands.append((s, e, ctx.lines[i - 1][1]))
    for s, e, at in ctx.shuffled(cands):
        if e - s > 70:
            continue
        inj = _dup_span(ctx, (s, e), at, ctx.text[s:e], "glued", False)
        if inj:
            return inj
    return None


_ORD = "一二三四五六七八九十"


@R.form("dup", "d3_enum_item_repeated")
def dup_enum_item_repeated(ctx: Ctx):
    """An item of an inline 一是…；二是…； enumeration repeated right after itself with its ordinal
    (一是A；二是B；二是B；三是C), or, where a paragraph has no such list, a ；-clause standing twice."""
    pat = re.compile(f"(?<![\u4e00-\u9fff])[{_ORD}]是[^；。]{{4,60}}；")
    items = ctx.matches(pat)
    if not items:
        items = [it for it in ctx.matches(re.compile("(?<=；)[^；。，]{6,40}；"))]
    for s, e, m in ctx.shuffled(items):
        inj = _dup_span(ctx, (s, e), e, ctx.text[s:e], "inline", True)
        if inj:
            return inj
    return None


@R.form("dup", "d4_heading_contents")
def dup_heading_contents(ctx: Ctx):
    """The page's table of contents: the top-level headings (一、… 二、… or 第一章 …) listed again
    one per line right after the title, as an anchor menu renders them."""
    heads = [m for m in ctx.markers if m.kind in ("cn", "chapter") or re.match(r"[一二三四五六七八九十]+、|第[一二三四五六七八九十]+章", m.text)]
    heads = [m for m in heads if re.match(r"[一二三四五六七八九十]+、|第[一二三四五六七八九十]+章", m.text)]
    lines = []
    for m in heads:
        s, e, line = ctx.lines[m.line]
        if len(line) <= 40 and not re.search("[。；]", line):
            lines.append((s, e, line))
    if len(lines) < 2:
        return None
    rng = ctx.rng
    lines = lines[:rng.randint(2, min(6, len(lines)))] if rng.random() < 0.3 else lines[:8]
    at = ctx.pick_point(ctx.boundaries("head"))
    if at is None or at > lines[0][0] or not all(ctx.free(s, e, 0) for s, e, _ in lines):
        return None
    golds, raw = [], ""
    for s, e, line in lines:
        piece = line + "\n"
        golds.append(Gold(len(raw), len(raw) + len(piece), "dup", "remove", "", where="head"))
        raw += piece
    inj = Inj(at, at, raw, golds)
    inj.reserve = [(s, e) for s, e, _ in lines]
    return inj


@R.form("dup", "d5_header_line_repeated")
def dup_header_line_repeated(ctx: Ctx):
    """A header line of the document itself printed twice by the page template and the text: the
    document number (江卫发〔2021〕12号) or the addressee line (各县（市、区）卫生健康局：) again on the next line;
    in the reports, the 政府工作报告 byline / delivery line."""
    cands = []
    for i in range(1, min(len(ctx.lines), 5)):
        s, e, line = ctx.lines[i]
        if re.search(r"〔[0-9]{4}〕[0-9]+号$", line) or (line.endswith("：") and len(line) < 60) \
                or re.match(r"[—－-]{1,2}[0-9]{4}年", line) or re.match(r"国务院总理", line):
            cands.append((s, e, line))
    for s, e, line in ctx.shuffled(cands):
        inj = _dup_span(ctx, (s, e), e, "\n" + line, "line", True)
        if inj:
            return inj
    return None
