"""More TUNE forms (round 17): chrome blocks known by their shape, not their words; written blind.

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
Every item of these blocks is composed at random from word parts no rule list holds (a domain such as 康养 or
港航 and a column suffix such as 视窗 or 直通车), so only the shape can give the block away: runs of short
lines of one or two items before the title (a column menu one link a line), a row of site links or a menu
with its characters spaced out (首　　页  政 务 公 开, as on qqhr.gov.cn), a row of items glued together after
a label (热门搜索：转型综改招商引资旅游, gne_02 of the wild pages), a strip between the title and the body, a
list of other articles with dates after the signature, a footer of address / post code / telephone rows in
other wordings, and a tail of stray single words, a bare URL and a link row (EN / https://www.gov.cn/ / 邮箱 /
网站纠错, gne_03). Two protected forms: lists of names and joint signatures, 抄送 / 印发 lines and table
header rows after the body (short, spaced, unpunctuated, and real); a subtitle, byline and speaker line
under the title.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

from forms_common import Ctx, Gold, Inj, keep_lines, rid  # noqa: E402

_CITIES = ["临泉市", "安澜县", "青岚区", "白水市", "东溪县", "金湖市", "沙河镇", "望海区", "云岭县", "石门市"]
_DOMAINS = ["康养", "港航", "侨务", "民宗", "科普", "非遗", "人才", "招商", "营商", "智慧", "数字", "乡村", "田园",
            "山水", "古镇", "湿地", "水务", "林草", "粮储", "气象", "地震", "档案", "史志", "国资", "统计", "审计",
            "信访", "双拥", "老龄", "妇儿", "青年", "工会", "残联", "红会", "文明", "志愿", "法治", "清廉", "平安"]
_SUFFIXES = ["视窗", "直通车", "广角", "速递", "风采", "之窗", "在线", "看点", "驿站", "云", "e站", "频道", "大厅",
             "地图", "指南", "专区", "课堂", "家园", "名片", "掠影", "聚焦", "观察", "前沿", "撷英", "纵横", "快讯"]
_ORG_TAILS = ["人大", "政协", "纪委监委", "融媒体中心", "政务服务网", "发布", "门户", "数据开放平台", "信用网",
              "党建网", "公共资源交易网", "12345热线", "统计信息网", "文明网"]
_SEPS = [" ", "  ", "\u3000", " | ", "|", "｜", " · ", "·", " / ", "/", " > ", " » ", "\u3000\u3000", "   "]


def _item(rng) -> str:
    """One menu item in words no rule list holds."""
    return rng.choice(_DOMAINS) + rng.choice(_SUFFIXES)


def _items(rng, lo: int, hi: int) -> list[str]:
    out: list[str] = []
    while len(out) < rng.randint(lo, hi):
        it = _item(rng) if rng.random() < 0.8 else rng.choice(_DOMAINS) + rng.choice(_DOMAINS)
        if it not in out:
            out.append(it)
    return out


def _spaced(word: str, rng) -> str:
    """A word with its characters spaced out, as a menu of fixed-width cells prints it."""
    return rng.choice([" ", "\u3000", "  "]).join(word)


def _insert_block(ctx: Ctx, block: list[str], wheres) -> Inj | None:
    """Several chrome lines together at a line boundary; ``end`` is after the last line (the signature date)."""
    where = ctx.rng.choice(wheres)
    points = [len(ctx.text)] if where == "end" else ctx.boundaries(where)
    p = ctx.pick_point(points)
    if p is None:
        return None
    at_end = p == len(ctx.text)
    golds, raw = [], ""
    for line in block:
        piece = "\n" + line if at_end else line + "\n"
        golds.append(Gold(len(raw), len(raw) + len(piece), "chrome", "remove", "", where=where))
        raw += piece
    return Inj(p, p, raw, golds)


# ======================================================================================
# chrome (remove)


@R.form("chrome", "t140_menu_one_item_a_line_r17")
def chrome_menu_item_lines(ctx: Ctx):
    """A column menu printed one link a line above the title (spoofgov_02 of the wild pages: 党中央国务院信息 /
    省委省政府信息 / 要闻动态 / …, eleven lines): three to eight lines of one item each (康养视窗 / 港航直通车 /
    侨务广角 …), sometimes two items on a line. Cause: each <li> of the side menu became a line."""
    rng = ctx.rng
    items = _items(rng, 3, 8)
    block, k = [], 0
    while k < len(items):
        if rng.random() < 0.25 and k + 1 < len(items):
            block.append(items[k] + rng.choice(_SEPS) + items[k + 1])
            k += 2
        else:
            block.append(items[k])
            k += 1
    return _insert_block(ctx, block, ["top", "top", "head"])


@R.form("chrome", "t141_spaced_char_menu_r17")
def chrome_spaced_char_menu(ctx: Ctx):
    """A main menu whose cells print their characters spaced out, alone or under a row of sister sites
    (qqhr.gov.cn: 中国政府网 黑龙江省政府网 English … 市人大 市政协 / 首     页 政 务 公 开 网 上 办 事 互 动 交 流):
    首　　页  康 养 视 窗  港 航 直 通 车 … (one or two lines above the title or after the last line)."""
    rng = ctx.rng
    cells = [_spaced(w, rng) for w in [rng.choice(["首页", "首  页", "网站首页", "主页"])] + _items(rng, 3, 6)]
    block = [rng.choice(["  ", "   ", "\u3000\u3000", "    "]).join(cells)]
    if rng.random() < 0.5:
        city = rng.choice(_CITIES)
        sites = [city + t for t in rng.sample(_ORG_TAILS, rng.randint(3, 5))]
        block.insert(0, rng.choice(_SEPS[:4]).join(sites))
    return _insert_block(ctx, block, ["top", "top", "end"])


@R.form("chrome", "t142_sister_site_row_r17")
def chrome_sister_site_row(ctx: Ctx):
    """A row of links to sister sites and organs, three to seven names with any separator, no label and no
    sentence mark: 临泉市人大 | 临泉市政协 | 临泉发布 | 临泉市信用网 (gne_01: 国家发改委|中国浙江|浙江政务服务网简体|繁体|
    无障碍浏览) — above the title, under it, or after the last line; sometimes split over two lines."""
    rng = ctx.rng
    city = rng.choice(_CITIES)
    short = city[:-1] if rng.random() < 0.4 else city
    names = [short + t for t in rng.sample(_ORG_TAILS, rng.randint(3, 7))]
    if rng.random() < 0.3:
        names += rng.sample(["简体", "繁體", "EN", "English", "手机版", "关怀版", "读屏"], 2)
    sep = rng.choice(_SEPS)
    if len(names) >= 5 and rng.random() < 0.4:
        half = len(names) // 2
        block = [sep.join(names[:half]), sep.join(names[half:])]
    else:
        block = [sep.join(names)]
    return _insert_block(ctx, block, ["top", "head", "end", "end"])


@R.form("chrome", "t143_label_glued_items_r17")
def chrome_label_glued_items(ctx: Ctx):
    """A bar of a short label and items glued together with no separator (gne_02: 热门搜索：转型综改招商引资旅游):
    大家都在搜：康养视窗人才驿站智慧课堂 / 热点标签 港航 侨务 非遗 / 猜你想找：… (one line above the title or under it;
    the items in words no list holds)."""
    rng = ctx.rng
    label = rng.choice(["大家都在搜", "热点标签", "猜你想找", "推荐关键词", "热门话题", "本站热词", "搜索排行",
                        "快捷入口", "常用链接", "特色专题"])
    items = _items(rng, 3, 5) if rng.random() < 0.6 else rng.sample(_DOMAINS, rng.randint(3, 6))
    glue = rng.choice(["", "", " ", "\u3000", "、"]) if len(items[0]) <= 2 else rng.choice(["", "", " "])
    line = label + rng.choice(["：", ":", " ", "："]) + glue.join(items)
    return _insert_block(ctx, [line], ["top", "top", "head"])


@R.form("chrome", "t144_strip_between_title_and_body_r17")
def chrome_strip_title_body(ctx: Ctx):
    """A strip of buttons left between the title (or its number and addressee) and the first paragraph, in words no
    list holds: 听全文 | 转发 | 存档 / 【生成海报】【复制链接】 / 导出 · 简版 · 订阅栏目 (one or two lines). Cause: the
    article header's button group printed as text."""
    rng = ctx.rng
    buttons = rng.sample(["听全文", "转发", "存档", "导出", "简版", "订阅栏目", "生成海报", "复制链接", "我要留言",
                          "文章纠错", "朗读本文", "收听", "稍后读", "放大", "缩小", "夜间", "原文", "图解", "双语",
                          "转PDF", "存为图片"], rng.randint(3, 5))
    form = rng.randint(0, 2)
    if form == 0:
        lines = [rng.choice(_SEPS).join(buttons)]
    elif form == 1:
        lb, rb = rng.choice([("【", "】"), ("[", "]"), ("〔", "〕"), ("『", "』")])
        lines = ["".join(lb + b + rb for b in buttons)]
    else:
        k = len(buttons) // 2
        lines = [rng.choice(_SEPS).join(buttons[:k]), rng.choice(_SEPS).join(buttons[k:])]
    return _insert_block(ctx, lines, ["head"])


def _other_title(rng) -> str:
    city = rng.choice(_CITIES)
    head = rng.choice(["", "关于", city, f"{city}召开", f"{city}举办"])
    body = rng.choice(_DOMAINS) + rng.choice(["工作推进会", "专题培训班", "现场观摩会", "三年行动", "提升年活动",
                                              "示范点建设", "调研座谈会", "宣传周"])
    return head + body + rng.choice(["", "顺利召开", "取得实效", "圆满落幕", "正式启动"])


def _date(rng) -> str:
    y, m, d = rng.randint(2018, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}.{m:02d}.{d:02d}",
                       f"[{m:02d}-{d:02d}]", f"（{y}-{m:02d}-{d:02d}）"])


@R.form("chrome", "t145_tail_article_list_r17")
def chrome_tail_article_list(ctx: Ctx):
    """The column's other articles printed after the signature date, with no heading: two to five titles each
    with a date before or after it, glued or spaced (临泉市康养工作推进会顺利召开　2023-05-12 / 03-28 云岭县湿地宣传周
    正式启动 / …（2021-03-12）)."""
    rng = ctx.rng
    before = rng.random() < 0.35
    sep = rng.choice(["  ", "\u3000", " ", "", "\t", "    "])
    lead = rng.choice(["", "", "· ", "• ", "○ ", "▪"])
    block = []
    for _ in range(rng.randint(2, 5)):
        t, d = _other_title(rng), _date(rng)
        block.append(lead + (d + sep + t if before else t + sep + d))
    return _insert_block(ctx, block, ["end", "end", "end", "tail"])


@R.form("chrome", "t146_footer_other_words_r17")
def chrome_footer_other_words(ctx: Ctx):
    """A site footer in wordings no list holds, two to five rows after the last line: 临泉市康养服务中心　编制 /
    通讯地址：临泉市人民路128号　邮政编码：236400 / 值班电话：0558-6123456　传真：0558-6123457 / 本网由临泉市数字
    港航中心运行维护 / 推荐使用谷歌浏览器 1440×900 — rows of an organ, an address, a post code, telephone digits."""
    rng = ctx.rng
    city = rng.choice(_CITIES)
    org = city + rng.choice(_DOMAINS) + rng.choice(["服务中心", "事务中心", "发展中心", "保障中心"])
    area = f"0{rng.randint(350, 999)}"
    rows = [
        org + rng.choice(["\u3000编制", " 编制", "\u3000监制", " 出品", "\u3000维护"]),
        rng.choice(["通讯地址", "地址", "单位地址", "办公地点"]) + rng.choice(["：", ":"]) + city
        + rng.choice(["人民路", "建设大道", "府前街", "滨江路"]) + f"{rng.randint(1, 399)}号"
        + rng.choice(["\u3000", "  ", " | "]) + rng.choice(["邮政编码", "邮编", "邮码"]) + "：" + f"{rng.randint(1, 8)}{rid(rng, 5)}",
        rng.choice(["值班电话", "办公电话", "咨询电话", "总机"]) + "：" + f"{area}-{rng.randint(2, 8)}{rid(rng, 6)}"
        + rng.choice(["\u3000传真：" + f"{area}-{rng.randint(2, 8)}{rid(rng, 6)}", "", "  E-mail：" + f"{rid(rng, 6)}@163.com"]),
        f"本网由{org}运行维护",
        rng.choice(["推荐使用谷歌浏览器", "建议使用Edge浏览器", "最佳浏览分辨率"]) + rng.choice([" ", "\u3000"])
        + rng.choice(["1440×900", "1366*768", "1920x1080"]),
    ]
    k = rng.randint(2, 5)
    block = rows[:1] + rng.sample(rows[1:], k - 1)
    return _insert_block(ctx, block, ["end"])


@R.form("chrome", "t147_tail_stray_words_url_r17")
def chrome_tail_stray_words(ctx: Ctx):
    """Stray furniture around the article in single words, a bare URL and a short link row (gne_03: EN /
    https://www.gov.cn/ above the title, 邮箱 / 网站纠错 after the last line): two to five such lines, each a word or
    two, a URL or three items, in words no list holds (留痕 / 码上办 / http://www.lq.gov.cn/ / 康养 港航 侨务)."""
    rng = ctx.rng
    pool = [rng.choice(["EN", "ENG", "繁", "简", "Ｅ", "登录", "注册"]),
            f"http{rng.choice(['', 's'])}://www.{rng.choice(['lq', 'alx', 'qlq', 'bss', 'dxx', 'jhs'])}"
            f".gov.cn/",
            rng.choice(["留痕", "码上办", "随手拍", "有话说", "掌上通", "政企通", "云上办", "亲清在线"]),
            rng.choice(_DOMAINS) + rng.choice(_SUFFIXES),
            rng.choice(_SEPS[:6]).join(rng.sample(_DOMAINS, 3))]
    block = rng.sample(pool, rng.randint(2, 4))
    return _insert_block(ctx, block, ["end", "end", "top"])


# ======================================================================================
# protected (keep)


@R.form("protected", "t148_tail_lists_signatures_r17")
def prot_tail_lists_signatures(ctx: Ctx):
    """Real short lines after the body that look like a link row: a list of names spaced in cells (bjtcmbulk_02:
    柴丽宏　倪　青　徐旭英 …), a joint signature of two organs, 抄送 / 印发 lines, a table header of spaced cells."""
    rng = ctx.rng
    kind = rng.randint(0, 3)
    if kind == 0:
        fam, giv = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗", "华明强丽洋军伟芳静敏磊涛超勇艳杰娟鹏"
        names = []
        for _ in range(rng.randint(4, 7)):
            n = rng.choice(fam) + rng.choice(giv) + (rng.choice(giv) if rng.random() < 0.6 else "")
            names.append(n if len(n) == 3 else n[0] + "\u3000" + n[1])
        lines = ["\u3000".join(names[: len(names) // 2 + 1]), "\u3000".join(names[len(names) // 2 + 1:])]
        return keep_lines(ctx, lines, "between")
    city = rng.choice(_CITIES)
    if kind == 1:
        orgs = rng.sample([f"{city}{x}" for x in ["卫生健康委员会", "教育局", "财政局", "人力资源和社会保障局",
                                                   "市场监督管理局", "农业农村局"]], 2)
        return keep_lines(ctx, ["\u3000\u3000".join(orgs)], "between")
    if kind == 2:
        lines = [f"抄送：{city}委办公室，{city}人大常委会办公室，{city}政协办公室。",
                 f"{city}人民政府办公室\u3000{rng.randint(2019, 2025)}年{rng.randint(1, 12)}月"
                 f"{rng.randint(1, 28)}日印发"]
        return keep_lines(ctx, lines, "between")
    cells = rng.sample(["序号", "项目名称", "责任单位", "完成时限", "建设内容", "总投资", "牵头领导", "备注"], rng.randint(4, 6))
    return keep_lines(ctx, [rng.choice(["\u3000", "  ", " "]).join(cells)], "between")


@R.form("protected", "t149_head_subtitle_byline_r17")
def prot_head_subtitle_byline(ctx: Ctx):
    """Real short lines under the title: a subtitle with a dash, the speaker's byline
    (——在临泉市康养工作推进会上的讲话 / 市长　张华)."""
    rng = ctx.rng
    city = rng.choice(_CITIES)
    lines = [f"——在{city}{rng.choice(_DOMAINS)}工作{rng.choice(['推进会', '会议', '座谈会'])}上的讲话"]
    lines.append(rng.choice(["市长", "副县长", "局长", "主任"]) + rng.choice(["　", " ", "\u3000\u3000"])
                 + rng.choice("张王李赵刘陈") + rng.choice(["华", "明", "强", "丽", "晓东", "建国"]))
    return keep_lines(ctx, lines, "head")
