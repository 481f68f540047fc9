"""More TUNE forms (round 14): chrome, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
Shapes of OTHER content-management systems than the earlier rounds: share bars and tool rows in other
brackets and orders, view counters in other wordings (Chinese and English), previous/next article rows with
their titles, related-article lists, editor / proof-reader credits at the foot, QR labels, the "leaving this
site" pop-up, accessibility toggles, site footers in other orders, breadcrumbs with other separators and
position labels, date bars with the weekday and login/search rows — at the top, under the title, between
paragraphs and at the foot. Two protected forms: an event notice's own 主办单位 / 承办单位 lines and body
sentences that mention 打印 / 分享 / 浏览 / 点击, a one-line flow chart and numbered list lines.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

from forms_common import Ctx, colon, keep_lines, rid  # noqa: E402
from forms_tune_chrome_dup import _chrome_block, _chrome_line  # noqa: E402
from forms_tune_r9_chrome_meta import _glued_end  # noqa: E402

_CITIES = ["临泉市", "安澜县", "青岚区", "白水市", "东溪县", "金湖市", "沙河镇", "望海区"]
_PINYIN = {"临泉市": "linquan", "安澜县": "anlan", "青岚区": "qinglan", "白水市": "baishui", "东溪县": "dongxi",
           "金湖市": "jinhu", "沙河镇": "shahe", "望海区": "wanghai"}
_DEPTS = ["人民政府", "卫生健康委员会", "教育局", "住房和城乡建设局", "农业农村局", "市场监督管理局", "人力资源和社会保障局",
          "交通运输局", "生态环境局", "文化和旅游局", "应急管理局", "医疗保障局", "水利局"]
_TITLE_TOPICS = ["做好春季农业生产", "开展安全生产大检查", "加强学校食品安全管理", "推进城镇老旧小区改造", "开展医保基金专项检查",
                 "做好防汛抗旱准备", "组织开展职业技能竞赛", "加快数字政府建设", "做好高校毕业生就业", "开展生态环境执法检查"]


def _num(rng) -> str:
    n = rng.randint(2, 98765)
    return rng.choice([str(n), f"{n:,}", str(n), str(n)])


def _sep(rng) -> str:
    return rng.choice([" | ", "|", "  ", " ", "\u3000", "｜", " · ", "／", " / ", "\u3000|\u3000", "", "  |  "])


def _title(rng) -> str:
    city = rng.choice(_CITIES)
    return rng.choice([f"关于{rng.choice(_TITLE_TOPICS)}工作的通知",
                       f"{city}{rng.choice(_DEPTS)}关于{rng.choice(_TITLE_TOPICS)}的实施意见",
                       f"{city}召开{rng.choice(['专题会议', '工作推进会', '部署会'])}",
                       f"{rng.randint(2019, 2025)}年{rng.choice(_TITLE_TOPICS)}工作要点"])


# ======================================================================================
# chrome (remove)


@R.form("chrome", "t65_tool_row_brackets_r14")
def chrome_tool_row_brackets(ctx: Ctx):
    """A tool row in other brackets, orders and separators: 【大 中 小】【打印】【关闭】 / 字号：T|T|T /
    [打印本页] [关闭窗口] [收藏] / 『字体：大 中 小』『打印』 / 分享到：微信 微博 QQ空间 / 分享至 ▸ 微信 ▸ 钉钉
    (own line under the title, between paragraphs, at the foot, or glued after the last body line).
    Cause: another CMS's article toolbar; each button's label kept, its icon lost."""
    rng = ctx.rng
    lb, rb = rng.choice([("【", "】"), ("[", "]"), ("『", "』"), ("〔", "〕"), ("(", ")"), ("", ""), ("「", "」")])
    size = rng.choice(["大 中 小", "大　中　小", "大|中|小", "小 中 大", "T|T|T", "A+ A A-", "A A A", "默认 大 特大"])
    pool = [
        rng.choice(["字号", "字体", "字号大小", "文字", "【字体"]).lstrip("【") + rng.choice(["：", ":", "：", " "]) + size,
        rng.choice(["打印", "打印本页", "打印此页", "打印文章", "我要打印"]),
        rng.choice(["关闭", "关闭窗口", "关闭本页", "关闭此页"]),
        rng.choice(["收藏", "加入收藏", "收藏本页"]),
        rng.choice(["返回", "返回上页", "返回列表"]),
        rng.choice(["纠错", "我要纠错", "内容纠错"]),
    ]
    if rng.random() < 0.4:
        share = rng.choice(["分享到", "分享至", "分享", "一键分享"]) + rng.choice(["：", ":", " ", " ▸ ", "："])
        share += rng.choice([" ", "  ", " ▸ ", "、", "|"]).join(
            rng.sample(["微信", "微博", "QQ空间", "QQ好友", "朋友圈", "钉钉", "人民微博", "豆瓣"], rng.randint(2, 4)))
        text = share
        if rng.random() < 0.4:
            text += _sep(rng) + f"{lb}{rng.choice(pool[1:4])}{rb}"
    else:
        picks = rng.sample(pool, rng.randint(2, 4))
        glue = rng.choice(["", "", " ", "\u3000", "  "])
        text = glue.join(f"{lb}{p}{rb}" for p in picks)
    if rng.random() < 0.15:
        return _glued_end(ctx, text)
    return _chrome_line(ctx, text, ["head", "between", "tail", "tail"])


@R.form("chrome", "t66_counter_wordings_r14")
def chrome_counter_wordings(ctx: Ctx):
    """A view counter in other wordings, alone or with another widget: 阅读量：1234 / 浏览次数：56次 /
    点击数：789 / 访问量：1,234 / 已阅读 345 次 / 本文已被浏览 89 次 / 人气：66 / Views: 123 / Hits: 45 /
    Read 1,234 times (own line under the title or at the foot). Cause: the article's hit counter script,
    rendered as text; its wording differs by CMS."""
    rng = ctx.rng
    n = _num(rng)
    counter = rng.choice([
        f"阅读量{colon(rng)}{n}", f"浏览次数{colon(rng)}{n}{rng.choice(['', '次'])}", f"点击数{colon(rng)}{n}",
        f"访问量{colon(rng)}{n}", f"已阅读 {n} 次", f"本文已被浏览 {n} 次", f"人气{colon(rng)}{n}",
        f"Views: {n}", f"Hits: {n}", f"Read {n} times", f"阅读次数【{n}】", f"点击量：[{n}]", f"浏览：{n}人次",
        f"总访问量 {n}", f"阅读 ({n})",
    ])
    extra = rng.choice(["", "", rng.choice(["【打印】", "[关闭]", "分享：微信 微博", "字号：大 中 小", "评论(0)", "Print",
                                            "收藏"])])
    text = counter + (_sep(rng) + extra if extra else "")
    if rng.random() < 0.3:
        text = extra + _sep(rng) + counter if extra else text
    return _chrome_line(ctx, text.strip(), ["head", "head", "tail", "top"])


@R.form("chrome", "t67_prev_next_related_r14")
def chrome_prev_next_related(ctx: Ctx):
    """The foot of an article page: 上一篇：关于…的通知 / 下一篇：… (one or two lines, sometimes 没有了), or a
    related list — 相关链接 / 关联稿件 / 相关阅读 / 相关文章 / 推荐阅读 — with one to three titles, bulleted
    or dated (tail, two to four lines). Cause: the pager to the neighbouring articles and the related-articles
    box the crawler took with the article."""
    rng = ctx.rng
    if rng.random() < 0.5:
        pre, nxt = rng.choice([("上一篇", "下一篇"), ("上一条", "下一条"), ("上一篇文章", "下一篇文章"), ("前一篇", "后一篇"),
                               ("« 上一篇", "下一篇 »"), ("【上一篇】", "【下一篇】")])
        c = rng.choice(["：", ":", "：", " ", "："])
        a = pre + c + (rng.choice([_title(rng), "没有了"]) if rng.random() < 0.2 else _title(rng))
        b = nxt + c + (rng.choice([_title(rng), "没有了", "无"]) if rng.random() < 0.3 else _title(rng))
        block = [a, b] if rng.random() < 0.8 else [a + rng.choice(["\u3000\u3000", "  ", " | "]) + b]
        return _chrome_block(ctx, block, ["tail"])
    head = rng.choice(["相关链接", "关联稿件", "相关阅读", "相关文章", "推荐阅读", "相关新闻", "延伸阅读", "相关信息"])
    head += rng.choice(["", "：", ":", "", " >>", "\u3000更多>>"])
    bullet = rng.choice(["", "· ", "• ", "> ", "◆", "▪ ", "·"])
    items = []
    for _ in range(rng.randint(1, 3)):
        t = bullet + _title(rng)
        if rng.random() < 0.4:
            t += rng.choice(["  ", " ", "\u3000"]) + f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        items.append(t)
    return _chrome_block(ctx, [head] + items, ["tail"])


@R.form("chrome", "t68_editor_credits_foot_r14")
def chrome_editor_credits_foot(ctx: Ctx):
    """The newsroom's credits at the foot of a posted document: 编辑：张华 / 责任编辑：李明 / 校对：王强 /
    审核：… / 编审：… / 一审：… 二审：… 三审：… / （责任编辑：赵丽） / 【编辑：刘洋】 / 文字：… 图片：…
    (one or two lines at the very end, or after the signature). Cause: the CMS's editor fields printed under
    every article, including official notices reposted on a news portal."""
    rng = ctx.rng
    names = ["张华", "李明", "王强", "赵丽", "刘洋", "陈静", "杨帆", "周婷", "吴迪", "孙悦", "马骁", "胡佳"]
    roles = rng.sample(["编辑", "责任编辑", "校对", "审核", "编审", "终审", "初审", "复审", "值班编辑", "来源编辑"],
                       rng.randint(1, 3))
    pieces = [r + colon(rng) + rng.choice(names) for r in roles]
    if rng.random() < 0.2:
        pieces = [f"一审{colon(rng)}{rng.choice(names)}", f"二审{colon(rng)}{rng.choice(names)}",
                  f"三审{colon(rng)}{rng.choice(names)}"]
    if rng.random() < 0.6:
        line = rng.choice(["\u3000", "  ", " ", " | ", "；", "\u3000\u3000"]).join(pieces)
        lb, rb = rng.choice([("", ""), ("", ""), ("（", "）"), ("【", "】"), ("[", "]"), ("(", ")")])
        return _chrome_line(ctx, lb + line + rb, ["tail"])
    return _chrome_block(ctx, pieces, ["tail"])


@R.form("chrome", "t69_qr_popup_access_r14")
def chrome_qr_popup_access(ctx: Ctx):
    """Small widgets of other CMSs: 扫一扫在手机打开当前页 / 手机看 / 用手机扫描二维码 浏览本页 / 返回顶部 /
    您即将离开本站，是否继续？ 继续访问 放弃 / 您访问的链接即将离开“…”网站 / 无障碍 长者模式 关怀版 / 进入关怀版 /
    退出无障碍 (own line at the top, under the title or at the foot; one or two lines). Cause: the QR layer,
    the external-link confirmation pop-up and the accessibility bar, whose markup sits in every page."""
    rng = ctx.rng
    kind = rng.randint(0, 2)
    if kind == 0:
        block = [rng.choice(["扫一扫在手机打开当前页", "扫一扫在手机上查看当前页面", "手机看", "用手机扫描二维码 浏览本页",
                             "微信扫一扫 分享此页", "手机扫码阅读", "扫码看手机版", "【扫一扫在手机打开当前页】"])]
        if rng.random() < 0.4:
            block.append(rng.choice(["返回顶部", "回到顶部", "TOP", "↑顶部", "关闭"]))
        wheres = ["tail", "tail", "head", "between"]
    elif kind == 1:
        site = rng.choice(_CITIES) + rng.choice(["人民政府网", "政府门户网站", "卫健委网站"])
        block = [rng.choice(["您即将离开本站，是否继续？", f"您访问的链接即将离开“{site}”网站，是否继续？",
                             "温馨提示：您即将离开本网站", "您即将访问的是非本站链接，请注意账号财产安全"])]
        if rng.random() < 0.7:
            block.append(rng.choice(["继续访问 放弃", "继续访问  取消", "确定 取消", "[继续] [关闭]", "继续访问　放弃访问"]))
        wheres = ["tail", "top", "between"]
    else:
        items = rng.sample(["无障碍", "长者模式", "关怀版", "进入关怀版", "退出无障碍", "读屏专用", "适老版", "老年模式",
                            "盲人通道", "放大镜", "大鼠标", "纯文本"], rng.randint(2, 4))
        block = [_sep(rng).join(items)]
        wheres = ["top", "top", "head"]
    return _chrome_block(ctx, block, wheres)


@R.form("chrome", "t70_site_footer_orders_r14")
def chrome_site_footer_orders(ctx: Ctx):
    """A site footer in other orders on one or two lines: 临泉市人民政府 版权所有 浙ICP备12345678号 浙公网安备
    33010202000123号 网站标识码3301000012 / 主办单位：… 承办单位：… 技术支持：… / 网站标识码：… | 主办：… |
    ICP备案号：… (tail). Cause: the footer's columns flattened into one row; each CMS orders them its own way."""
    rng = ctx.rng
    city = rng.choice(_CITIES)
    org = city + rng.choice(_DEPTS)
    prov = rng.choice(["浙", "苏", "皖", "赣", "豫", "冀", "晋", "黔", "滇", "陕"])
    pool = [
        rng.choice([org, f"{org}版权所有", f"版权所有{colon(rng)}{org}", f"{org}　主办", f"© {org}"]),
        rng.choice([f"{prov}ICP备{rid(rng, 8)}号", f"ICP备案号{colon(rng)}{prov}ICP备{rid(rng, 8)}号-{rng.randint(1, 5)}",
                    f"{prov}ICP备{rid(rng, 8)}号-{rng.randint(1, 5)}"]),
        rng.choice([f"{prov}公网安备 {rid(rng, 14)}号", f"{prov}公网安备{rid(rng, 14)}号", f"公安备案号{colon(rng)}{rid(rng, 14)}"]),
        rng.choice([f"网站标识码{rid(rng, 10)}", f"网站标识码{colon(rng)}{rid(rng, 10)}", f"政府网站标识码 {rid(rng, 10)}"]),
        rng.choice(["主办单位", "主办"]) + colon(rng) + org,
        rng.choice(["承办单位", "承办"]) + colon(rng) + city + rng.choice(["大数据局", "信息中心", "电子政务办"]),
        rng.choice(["技术支持", "技术保障"]) + colon(rng) + rng.choice(["开普云", "拓尔思", "政通", "华云"])
        + rng.choice(["信息技术有限公司", "数据科技有限公司", "网络公司"]),
    ]
    picks = rng.sample(pool, rng.randint(3, 5))
    sep = rng.choice(["  ", " ", "\u3000", " | ", "｜", "\u3000\u3000", " ", "  "])
    if rng.random() < 0.35 and len(picks) >= 4:
        k = len(picks) // 2
        return _chrome_block(ctx, [sep.join(picks[:k]), sep.join(picks[k:])], ["tail"])
    return _chrome_line(ctx, sep.join(picks), ["tail"])


@R.form("chrome", "t71_crumb_datebar_login_r14")
def chrome_crumb_datebar_login(ctx: Ctx):
    """The page head of other CMSs: breadcrumbs with other separators and labels (当前位置：首页 > 政务公开 >
    通知公告 / 您现在的位置：网站首页 » 新闻中心 / 首页→信息公开→文件 / 位置：首页＞政策 / 首页〉公告〉正文), a date
    bar (2024年5月3日 星期五 / 今天是：2024年5月3日 星期五 农历…), a login / search row (登录 | 注册 / 请输入关键字
    搜索 / 高级检索 | 站内搜索) — one or two lines at the top or under the title. Cause: the page header above the
    article, which these CMSs put inside the crawled container."""
    rng = ctx.rng
    kind = rng.randint(0, 2)
    if kind == 0:
        sep = rng.choice([" > ", ">", " / ", "/", " » ", "»", " → ", "→", "＞", " ＞ ", "〉", " 〉 ", " >> ", " - ", "›"])
        label = rng.choice(["当前位置：", "当前位置:", "您现在的位置：", "您当前的位置：", "您所在的位置：", "位置：", "", "",
                            "当前位置: ", "您的位置："])
        trail = [rng.choice(["首页", "网站首页", "主页", "政府首页"])] + rng.sample(
            ["政务公开", "通知公告", "信息公开", "新闻中心", "部门动态", "政策文件", "工作动态", "政策法规", "公示公告", "正文"],
            rng.randint(1, 3))
        line = label + sep.join(trail)
        if rng.random() < 0.2:
            line += sep.rstrip()
        block = [line]
    elif kind == 1:
        y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
        wd = rng.choice(["一", "二", "三", "四", "五", "六", "日"])
        line = rng.choice([f"{y}年{m}月{d}日 星期{wd}", f"今天是：{y}年{m}月{d}日 星期{wd}", f"{y}年{m}月{d}日　星期{wd}",
                           f"今天是{y}年{m}月{d}日　星期{wd}　农历{rng.choice(['三月初五', '腊月十八', '八月十五'])}",
                           f"{y}-{m:02d}-{d:02d} 星期{wd}"])
        block = [line]
        if rng.random() < 0.3:
            block.append(rng.choice(["登录 | 注册", "请输入关键字 搜索", "站内搜索 高级检索"]))
    else:
        block = [rng.choice(["登录 | 注册", "登录｜注册｜个人中心", "请输入关键字 搜索", "请输入搜索内容 搜索 高级检索",
                             "站内搜索 | 高级检索", "用户登录 法人登录", "个人登录　法人登录　退出", "搜索 热门搜索：社保 公积金 医保"])]
    return _chrome_block(ctx, block, ["top", "top", "head"])


# ======================================================================================
# protected (keep): real lines shaped like the furniture above


def _keep_block(ctx: Ctx, lines: list[str], wheres):
    return keep_lines(ctx, lines, ctx.rng.choice(list(wheres)))


@R.form("protected", "t75_event_hosts_numbered_r14")
def prot_event_hosts_numbered(ctx: Ctx):
    """An event notice's own lines between its paragraphs, shaped like a footer or a tool row: 主办单位：临泉市
    文化和旅游局 / 承办单位：… / 协办单位：… / 活动时间：5月3日 / 活动地点：… — or numbered list lines
    (1．打印准考证 / 2．携带身份证 / 3．按时入场), or a notice's contact line (联系人：… 联系电话：…)."""
    rng = ctx.rng
    city = rng.choice(_CITIES)
    kind = rng.randint(0, 2)
    if kind == 0:
        lines = [f"主办单位：{city}{rng.choice(['文化和旅游局', '教育局', '体育局', '总工会'])}",
                 f"承办单位：{city}{rng.choice(['文化馆', '图书馆', '青少年活动中心', '体育中心'])}"]
        if rng.random() < 0.5:
            lines.append(f"协办单位：{city}{rng.choice(['融媒体中心', '志愿者协会', '作家协会'])}")
        lines.append(f"活动时间：{rng.randint(1, 12)}月{rng.randint(1, 28)}日{rng.choice(['', '上午9:00', '（星期六）'])}")
        rng.shuffle(lines)
    elif kind == 1:
        mark = rng.choice(["．", ".", "、"])
        steps = rng.sample(["打印准考证", "携带身份证原件", "按时入场", "登录报名系统填写信息", "点击“提交”按钮完成报名",
                            "关注官方微博获取通知"], rng.randint(3, 4))
        lines = [f"{k + 1}{mark}{s}" for k, s in enumerate(steps)]
    else:
        lines = [f"联系人：{rng.choice(['王丽', '陈伟', '刘畅'])}\u3000联系电话：0{rng.randint(310, 999)}-{rid(rng, 8)}"]
        if rng.random() < 0.5:
            lines.append(f"网址：www.{_PINYIN[city]}.gov.cn")
    return _keep_block(ctx, lines, ("between", "between", "tail"))


@R.form("protected", "t76_body_tool_words_r14")
def prot_body_tool_words(ctx: Ctx):
    """Body lines that use the tool rows' words or shapes: 政务网站页面浏览量达120万次，点击率同比提高8.5%。 /
    请各单位自行下载打印报名表，分享至本单位工作群。 / 申请→受理→审核→办结 (a one-line flow chart) /
    第一章 总则 > 第二章 组织机构 (an outline line) / 一、总体要求　二、主要任务　三、保障措施 (a 目录 row)."""
    rng = ctx.rng
    kind = rng.randint(0, 3)
    if kind == 0:
        line = rng.choice([
            f"全年政务网站页面浏览量达{rng.randint(20, 900)}万次，点击率同比提高{rng.randint(1, 30)}.{rng.randint(1, 9)}%。",
            f"政务新媒体发布信息{rng.randint(100, 2000)}条，阅读量累计{rng.randint(10, 500)}万人次。",
            f"各单位要将本通知分享至工作群，确保一线人员知晓。",
            f"请各单位自行下载打印报名表，加盖公章后于{rng.randint(1, 12)}月{rng.randint(1, 28)}日前报送。",
        ])
    elif kind == 1:
        arrow = rng.choice(["→", "—>", "➝", "＞"])
        line = arrow.join(rng.choice([["申请", "受理", "审核", "办结"], ["企业申报", "部门初审", "专家评审", "结果公示"],
                                      ["网上申请", "窗口受理", "现场核查", "审批发证"]]))
    elif kind == 2:
        line = rng.choice(["\u3000", "  "]).join(["一、总体要求", "二、主要任务", rng.choice(["三、保障措施", "三、工作要求"])])
    else:
        line = rng.choice([f"打印机、复印机等办公设备{rng.randint(10, 90)}台", rng.choice(["（三）网站访问量和互动情况", "（二）页面浏览和点击情况"]),
                           f"点击数统计口径以平台后台数据为准。"])
    return _keep_block(ctx, [line], ("between",))
