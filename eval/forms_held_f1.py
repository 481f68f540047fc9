"""HELD-F forms, part 1 (see forms_held_f.py). Do not read while working on the rules.

Families: ads, chrome, metadata, numbering, dates, punct. Written blind (no rule code, no
other held set, no score), grounded in the shapes of scraped and hacked government pages.
"""

from __future__ import annotations

from forms_held_f import R  # noqa: F401  (forms register themselves on import)

import re  # noqa: E402

from common import int_to_cn, is_han  # noqa: E402
from forms_common import (Ctx, Gold, Inj, domain, fields_ok, meta_values, rid,  # noqa: E402
                          FAKE_MOBILES)

# --------------------------------------------------------------------------------------
# helpers


def _lines_at(ctx: Ctx, cls: str, rows: list[str], wheres, fields: dict | None = None) -> Inj | None:
    """Insert ``rows`` as lines of their own at one boundary; one gold removal per line."""
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


def _glued_end(ctx: Ctx, cls: str, text: str) -> Inj | None:
    """``text`` glued to the end of a prose paragraph (its own line break lost)."""
    ends = [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] in "。；"]
    p = ctx.pick_point(ends)
    if p is None:
        return None
    return Inj(p, p, text, [Gold(0, len(text), cls, "remove", "", where="glued")])


def _splice(ctx: Ctx, cls: str, text: str) -> Inj | None:
    """``text`` spliced right after a sentence-internal comma or full stop inside a paragraph."""
    pts = []
    for i in ctx.prose_lines():
        s, e, line = ctx.lines[i]
        for m in re.finditer("[，。]", line):
            p = s + m.end()
            if p < e - 2 and p > ctx.marker_end(i) + 2:
                pts.append(p)
    p = ctx.pick_point(pts)
    if p is None:
        return None
    return Inj(p, p, text, [Gold(0, len(text), cls, "remove", "", where="splice")])


def _place(ctx: Ctx, cls: str, text: str, ways) -> Inj | None:
    way = ctx.rng.choice(ways)
    if way == "glued":
        return _glued_end(ctx, cls, text)
    if way == "splice":
        return _splice(ctx, cls, text)
    return _lines_at(ctx, cls, [text], [way])


_CITY = ["江岭", "青梧", "白坪", "梅山", "安川", "临溪", "南屿", "北淮"]
_SURNAME = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林"
_GIVEN = ["明", "华", "静", "强", "丽", "军", "芳", "伟", "洋", "敏", "磊", "婷", "建国", "晓东", "海燕", "志刚"]


def _person(rng) -> str:
    return rng.choice(_SURNAME) + rng.choice(_GIVEN)


def _short_url(rng) -> str:
    return rng.choice(["http://", "https://", ""]) + rng.choice(["t.cn/", "dwz.cn/", "url.cn/", "suo.im/", "u.nu/"]) + \
        "".join(rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.randint(5, 8)))


# ======================================================================================
# ads (remove)


@R.form("ads", "f1_ai_writing_tool")
def ads_ai_writing_tool(ctx: Ctx):
    """An AI writing tool advertised over the text: 用AI写材料，3秒生成… / 本文可用XX智能写作一键生成 /
    搜索小程序「XX写作助手」免费试用 (own line, glued to a paragraph, or in brackets mid-sentence)."""
    rng = ctx.rng
    brand = rng.choice(["笔灵", "文小秘", "公文星", "材料侠", "智写", "秒写", "妙笔", "写作猫", "公文宝"]) + \
        rng.choice(["AI", "AI写作", "写作助手", "智能写作", "AI助手", ""])
    n = rng.choice(["3", "5", "10", "30"])
    body = rng.choice([
        f"用AI写材料，{n}秒生成一篇工作总结，搜索小程序「{brand}」免费试用",
        f"本文可使用{brand}一键生成，输入标题即可获取全文",
        f"总结、汇报、讲话稿不用愁，{brand}智能生成，{n}秒出稿，新用户免费{rng.randint(3, 10)}次",
        f"AI一键写公文 → {domain(rng)}",
        f"还在熬夜写材料？试试{brand}，输入关键词自动成文",
        f"微信搜一搜“{brand}”，AI帮你写总结、写方案、写心得",
        f"本文由{brand}辅助生成，想要同款请访问{domain(rng)}",
    ])
    way = rng.choice(["between", "tail", "glued", "splice", "between"])
    if way == "splice":
        a, b = rng.choice([("（", "）"), ("【", "】"), ("[", "]"), ("〔", "〕")])
        body = a + body + b
    elif way == "glued":
        body = rng.choice(["", " ", "\u3000"]) + body
    return _place(ctx, "ads", body, [way])


@R.form("ads", "f2_sms_phishing")
def ads_sms_phishing(ctx: Ctx):
    """A phishing text message pasted into a hacked page: a subsidy, refund or prize to claim with a
    short link and an unsubscribe tail (【XX】您的…补贴待领取，点击 t.cn/xxxx 领取，退订回T)."""
    rng = ctx.rng
    sender = rng.choice(["【社保中心】", "【ETC服务】", "【医保通知】", "【积分兑换】", "【中国移动】", "【补贴办理】", "【温馨提示】", ""])
    amount = rng.choice([f"{rng.randint(2, 9)}{rng.choice(['00', '80', '60'])}元", f"{rng.randint(1, 6)}千元"])
    body = rng.choice([
        f"您的{rng.choice(['个人劳动补贴', '失业补助', '电子医保', '话费积分'])}（{amount}）待领取，请于今日内点击 {_short_url(rng)} 办理",
        f"您有一笔{amount}退款未到账，速登录 {_short_url(rng)} 查看",
        f"恭喜您的号码被抽中，获赠{amount}大礼包，点击 {_short_url(rng)} 领取",
        f"您的ETC已失效，请及时点击 {_short_url(rng)} 重新认证，逾期将停用",
        f"您的积分即将清零，可兑换{amount}现金，登录 {_short_url(rng)} 兑换",
    ])
    tail = rng.choice(["，退订回T", " 回TD退订", "，拒收请回复R", "", "【退订回N】"])
    text = sender + body + tail
    way = rng.choice(["between", "tail", "glued", "head"])
    return _place(ctx, "ads", text, [way])


@R.form("ads", "f3_franchise_recruit")
def ads_franchise_recruit(ctx: Ctx):
    """A franchise / dealer recruitment ad of hacked and repost pages: 招商加盟 / 城市合伙人 /
    总部直招 with a fee and a hotline (一万元开店，三个月回本，加盟热线：400-xxx-xxxx)."""
    rng = ctx.rng
    trade = rng.choice(["奶茶", "火锅", "麻辣烫", "烧烤", "早餐", "洗车", "少儿编程", "养生", "母婴", "零食"])
    brand = rng.choice(["蜜", "鲜", "小", "老", "大"]) + rng.choice(["茶记", "番长", "渝香", "川味", "壹号", "优选", "乐园"])
    phone = rng.choice([f"400-{rid(rng, 3)}-{rid(rng, 4)}", rng.choice(FAKE_MOBILES), f"0{rng.randint(20, 99)}-{rid(rng, 8)}"])
    lead = rng.choice(["招商加盟：", "【招商】", "诚招加盟：", "★城市合伙人招募★", "加盟咨询：", ""])
    body = rng.choice([
        f"{brand}{trade}总部直招，加盟费低至{rng.randint(1, 9)}万元，三个月回本",
        f"{brand}{trade}全国招募城市合伙人，零经验开店，总部全程扶持",
        f"一万元开{trade}店，{brand}品牌包装修包培训包选址",
        f"{trade}加盟哪家好？{brand}{trade}{rng.randint(500, 3000)}家门店见证",
    ])
    contact = rng.choice(["，加盟热线：", " 招商电话：", "，咨询", " ☎", "，热线"]) + phone
    text = lead + body + contact
    way = rng.choice(["between", "tail", "glued", "between"])
    return _place(ctx, "ads", text, [way])


@R.form("ads", "f4_vote_boost_service")
def ads_vote_boost_service(ctx: Ctx):
    """A vote / like / view boosting service of comment boxes and hacked pages: 专业微信投票
    人工刷票 / 代刷阅读量 点赞 粉丝 / 网络投票拉票 with a price per hundred and a QQ or mobile."""
    rng = ctx.rng
    contact = rng.choice([f"QQ{rid(rng, 9)}", f"QQ：{rid(rng, 10)}", f"V：{rng.choice(FAKE_MOBILES)}",
                          f"微{rng.choice(['', ' ', '-'])}{rng.choice(FAKE_MOBILES)}", f"电话{rng.choice(FAKE_MOBILES)}"])
    body = rng.choice([
        f"专业微信投票，人工刷票，{rng.randint(5, 30)}元/百票，安全不封号，{contact}",
        f"代刷阅读量、点赞、在看、粉丝，{rng.randint(1, 9)}元起，秒到账 {contact}",
        f"网络投票拉票 真人投票 价格优惠 {contact}",
        f"各类评选投票代投，IP不重复，{contact}",
        f"公众号阅读量{rng.choice(['1万', '10万+', '5000'])}只需{rng.randint(10, 99)}元，{contact}",
    ])
    way = rng.choice(["between", "tail", "glued", "splice"])
    if way == "splice":
        a, b = rng.choice([("（", "）"), ("(", ")"), ("【", "】"), ("「", "」")])
        body = a + body + b
    return _place(ctx, "ads", body, [way])


# ======================================================================================
# chrome (remove)


@R.form("chrome", "f1_leave_site_notice")
def chrome_leave_site_notice(ctx: Ctx):
    """The external-link warning dialog of government portals flattened into the text: 您访问的链接即将离开
    “XX市人民政府”门户网站，是否继续？ 继续访问 放弃 / 温馨提示 … 确定 取消 (one or two lines)."""
    rng = ctx.rng
    site = rng.choice(_CITY) + rng.choice(["市人民政府", "县人民政府", "市卫生健康委员会", "市教育局", "市政务服务网"])
    lead = rng.choice(["", "温馨提示", "提示", "×", "温馨提示："])
    msg = rng.choice([
        f"您访问的链接即将离开“{site}”门户网站，是否继续？",
        f"您即将离开“{site}”网站，进入第三方网站",
        f"即将访问非{site}网站，请注意账号财产安全",
        f"您访问的链接即将离开{site}网站，所访问的网站内容与本站无关",
    ])
    buttons = rng.choice(["继续访问 放弃", "【继续访问】【放弃】", "确定 取消", "[继续] [取消]", "继续访问　　放弃", "确定"])
    if rng.random() < 0.4:
        rows = ([lead] if lead else []) + [msg, buttons]
    else:
        rows = [(lead + " " if lead and not lead.endswith("：") else lead) + msg + rng.choice([" ", "  ", "\u3000"]) + buttons]
    where = rng.choice(["tail", "top", "between"])
    return _lines_at(ctx, "chrome", rows, [where])


@R.form("chrome", "f2_policy_tabs")
def chrome_policy_tabs(ctx: Ctx):
    """The tab strip of a policy document page flattened into a line: 【文件】【解读】【图解】 /
    政策原文 | 政策解读 | 图文解读 | 新闻发布会 / 原文 解读 图解 视频 (after or before the title)."""
    rng = ctx.rng
    tabs = rng.choice([["文件", "解读", "图解"], ["政策原文", "政策解读", "图文解读", "新闻发布会"],
                       ["原文", "解读", "图解", "视频"], ["正文", "附件", "解读"], ["文件原文", "权威解读", "一图读懂"],
                       ["文件", "图解", "动漫解读", "答记者问"]])
    if rng.random() < 0.4:
        tabs = tabs[:rng.randint(2, len(tabs))]
    style = rng.choice(["br", "bar", "space", "sq", "dot"])
    if style == "br":
        line = "".join(f"【{t}】" for t in tabs)
    elif style == "sq":
        line = " ".join(f"[{t}]" for t in tabs)
    elif style == "bar":
        line = rng.choice([" | ", "｜", " ｜ ", "|"]).join(tabs)
    elif style == "dot":
        line = " · ".join(tabs)
    else:
        line = rng.choice(["  ", "\u3000", "\u3000\u3000"]).join(tabs)
    return _lines_at(ctx, "chrome", [line], [rng.choice(["head", "head", "top"])])


@R.form("chrome", "f3_reading_mode_widget")
def chrome_reading_mode_widget(ctx: Ctx):
    """A reading-mode widget of the article toolbar: 背景色：□ □ □ □ / 护眼模式 夜间模式 /
    阅读模式：默认 护眼 夜间 / 【全屏阅读】【护眼】 / 字体颜色：黑 蓝 绿 (own line, head or tail)."""
    rng = ctx.rng
    line = rng.choice([
        "背景色：" + rng.choice(["□ □ □ □", "■ ■ ■ ■", "白 黄 绿 灰", "[白] [米黄] [豆绿]"]),
        rng.choice(["护眼模式 夜间模式", "护眼模式｜夜间模式", "【护眼】【夜间】"]),
        "阅读模式：" + rng.choice(["默认 护眼 夜间", "标准 | 护眼 | 夜间", "日间 夜间"]),
        rng.choice(["【全屏阅读】【护眼】", "[全屏阅读] [退出全屏]", "全屏阅读 退出"]),
        "字体颜色：" + rng.choice(["黑 蓝 绿", "[黑][蓝][红]", "默认 深色"]),
        rng.choice(["背景颜色 ● ● ● ●", "背景 白 | 黄 | 绿 | 蓝", "行距：1.5 2.0 2.5"]),
    ])
    return _lines_at(ctx, "chrome", [line], [rng.choice(["head", "head", "tail", "top"])])


@R.form("chrome", "f4_wechat_share_guide")
def chrome_wechat_share_guide(ctx: Ctx):
    """The sharing instruction of a share pop-up flattened into text: 打开微信，点击底部的“发现”，使用
    “扫一扫”即可将网页分享至朋友圈。 / 点击右上角“…”，选择“分享到朋友圈” (tail, between, or glued)."""
    rng = ctx.rng
    text = rng.choice([
        "打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。",
        "打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享到我的朋友圈。",
        "请点击右上角“···”，选择“发送给朋友”或“分享到朋友圈”",
        "点击浏览器下方的“分享”按钮，即可将本页分享给好友",
        "点击右上角“…”，选择“分享到朋友圈”",
        "长按识别二维码，将本页发送给朋友",
    ])
    way = rng.choice(["tail", "tail", "between", "glued"])
    return _place(ctx, "chrome", text, [way])


# ======================================================================================
# metadata (remove the lines, the values into fields)


def _cn_iso(rng, iso: str) -> str:
    y, m, d = map(int, iso.split("-"))
    return rng.choice([f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{y}-{m:02d}-{d:02d}"])


@R.form("metadata", "f1_library_block_with_title")
def meta_library_block_with_title(ctx: Ctx):
    """A policy library's header block that repeats the title in a 标题 field among the others:
    标　　题：关于…的通知 / 发文机关：… / 发文字号：… / 成文日期：… / 发布日期：… (one field a line,
    the title field first or in the middle)."""
    rng = ctx.rng
    v = meta_values(ctx)
    title = ctx.doc.meta.get("title") or ctx.lines[0][2]
    lab = rng.choice([("标　　题", "发文机关", "发文字号", "成文日期", "发布日期"),
                      ("标题", "发文机关", "发文字号", "成文日期", "发布日期"),
                      ("名　　称", "发布机构", "文　　号", "成文时间", "发布时间"),
                      ("文件名称", "制发机关", "发文字号", "成文日期", "公开日期")])
    col = rng.choice(["：", "：", ":", "\u3000"])
    others = [(lab[1], v["publisher"], "publisher"), (lab[3], _cn_iso(rng, v["written_date"]), "written_date"),
              (lab[4], _cn_iso(rng, v["publish_date"]), "publish_date")]
    if ctx.doc.meta.get("doc_number"):
        others.insert(1, (lab[2], ctx.doc.meta["doc_number"], "doc_number"))
    others = others[:rng.randint(1, len(others))]
    pos = rng.randint(0, len(others))
    rows_fields = others[:pos] + [(lab[0], title, None)] + others[pos:]
    rows = [f"{a}{col}{b}" for a, b, _ in rows_fields]
    fields = {f: v[f] for _, _, f in rows_fields if f}
    return _lines_at(ctx, "metadata", rows, [rng.choice(["head", "head", "top"])], fields)


@R.form("metadata", "f2_attribution_sentence")
def meta_attribution_sentence(ctx: Ctx):
    """The page's issuer and date written as a sentence, no label: 本文由XX于2021年3月31日发布 /
    本信息由XX提供，发布时间为… / 本文已于…经XX审核发布 / 发布者：XX，发布于… (head or tail line)."""
    rng = ctx.rng
    v = meta_values(ctx)
    pub, date = v["publisher"], _cn_iso(rng, v["publish_date"])
    line = rng.choice([
        f"本文由{pub}于{date}发布", f"本信息由{pub}提供，发布时间为{date}", f"此信息由{pub}于{date}发布，转载请注明出处",
        f"发布者：{pub}，发布于{date}", f"本页信息由{pub}于{date}发布。", f"（本文于{date}由{pub}发布）",
        f"本文已于{date}经{pub}审核发布",
    ])
    return _lines_at(ctx, "metadata", [line], [rng.choice(["head", "tail", "tail"])],
                     {"publisher": pub, "publish_date": v["publish_date"]})


@R.form("metadata", "f3_compact_digit_dates")
def meta_compact_digit_dates(ctx: Ctx):
    """Header dates printed as the CMS stores them, digits only: 发布日期：20210331 /
    更新时间：20210331093015 / 成文日期 20210329, with 来源 / 发布机构 beside them (one or two lines)."""
    rng = ctx.rng
    v = meta_values(ctx)
    pd = v["publish_date"].replace("-", "")
    wd = v["written_date"].replace("-", "")
    pdl = pd + (f"{rng.randint(8, 17):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}" if rng.random() < 0.35 else "")
    col = rng.choice(["：", ":", " ", "："])
    sep = rng.choice(["\u3000\u3000", "  ", "\t", " | ", "　"])
    pairs = [(rng.choice(["发布日期", "发布时间", "公开日期"]), pdl, "publish_date")]
    if rng.random() < 0.5:
        pairs.append((rng.choice(["成文日期", "发文日期"]), wd, "written_date"))
    pairs.append((rng.choice(["来源", "发布机构", "信息来源"]), v["publisher"], "publisher"))
    rng.shuffle(pairs)
    cells = [f"{a}{col}{b}" for a, b, _ in pairs]
    rows = [sep.join(cells)] if rng.random() < 0.6 else cells
    fields = {f: v[f] for _, _, f in pairs}
    return _lines_at(ctx, "metadata", rows, [rng.choice(["head", "head", "tail"])], fields)


@R.form("metadata", "f4_author_clock_row")
def meta_author_clock_row(ctx: Ctx):
    """A news-page row with an author and a clock in 时/分: 时间：2021年03月31日 10时25分　作者：张明
    来源：XX局 / 作者：… 发布时间：… 来源：… (the author is no gold field; the line goes whole)."""
    rng = ctx.rng
    v = meta_values(ctx)
    y, m, d = map(int, v["publish_date"].split("-"))
    date = rng.choice([f"{y}年{m:02d}月{d:02d}日", f"{y}年{m}月{d}日"]) + \
        rng.choice([" ", "  ", ""]) + f"{rng.randint(8, 18)}时{rng.randint(0, 59):02d}分"
    author = rng.choice([_person(rng), _person(rng) + " " + _person(rng), "本站编辑", "办公室"])
    cells = [(rng.choice(["时间", "发布时间", "日期"]), date), (rng.choice(["作者", "撰稿", "文"]), author),
             (rng.choice(["来源", "出处", "稿源"]), v["publisher"])]
    rng.shuffle(cells)
    col = rng.choice(["：", ":", "："])
    sep = rng.choice(["\u3000", "  ", "\u3000\u3000", " ", " | "])
    line = sep.join(f"{a}{col}{b}" for a, b in cells)
    return _lines_at(ctx, "metadata", [line], [rng.choice(["head", "head", "top"])],
                     {"publisher": v["publisher"], "publish_date": v["publish_date"]})


# ======================================================================================
# numbering (fix)

_FIXABLE_KINDS = ("cn_dun", "cn_paren", "ar_dot", "ar_paren")


def _siblings(ctx: Ctx):
    """(previous same-kind marker or None, marker, next same-kind marker or None)."""
    ms = ctx.markers
    out = []
    for k, m in enumerate(ms):
        prev = next((x for x in reversed(ms[:k]) if x.kind == m.kind), None)
        nxt = next((x for x in ms[k + 1:] if x.kind == m.kind), None)
        out.append((prev, m, nxt))
    return out


def _parent_value(ctx: Ctx, m) -> int | None:
    order = ["chapter", "article", "cn_dun", "cn_paren", "ar_dot", "ar_paren"]
    level = order.index(m.kind)
    for x in reversed([x for x in ctx.markers if x.start < m.start]):
        if x.kind in order and order.index(x.kind) < level:
            return x.value
    return None


@R.form("numbering", "f1_marker_dropped")
def num_marker_dropped(ctx: Ctx):
    """A whole outline marker dropped from its line while its siblings keep theirs (the marker was an
    automatic list number the copy did not carry): 二、… / 加强组织领导 / 四、…; fix: the marker back."""
    rng = ctx.rng
    cands = []
    for prev, m, nxt in _siblings(ctx):
        if m.kind not in _FIXABLE_KINDS or nxt is None or nxt.value != m.value + 1:
            continue
        if not (m.value == 1 or (prev is not None and prev.value == m.value - 1)):
            continue
        if m.end + 2 > ctx.lines[m.line][1] or not (is_han(ctx.text[m.end]) and is_han(ctx.text[m.end + 1])):
            continue
        cands.append((m.start, m.end + 2, m))
    pick = ctx.pick_span(cands)
    if pick is None:
        return None
    s, e, m = pick
    base = ctx.text[s:e]
    raw = ctx.text[m.end:e]
    return Inj(s, e, raw, [Gold(0, len(raw), "numbering", "fix", base, where="line")])


@R.form("numbering", "f2_multilevel_number")
def num_multilevel_number(ctx: Ctx):
    """An Arabic marker written in a multilevel ('legal') list style that prefixes the parent's number:
    2.3 / 2.3. for 3. under 二、, （1.2） / 1.2） for （2） under 1. while the siblings keep the plain style."""
    rng = ctx.rng
    cands = []
    for prev, m, nxt in _siblings(ctx):
        if m.kind not in ("ar_dot", "ar_paren") or m.value < 1:
            continue
        if not ((prev is not None and prev.value == m.value - 1) or (nxt is not None and nxt.value == m.value + 1)):
            continue
        pv = _parent_value(ctx, m)
        if pv is None:
            continue
        cands.append((m.start, m.end, m, pv))
    pick = ctx.pick_span(cands)
    if pick is None:
        return None
    s, e, m, pv = pick
    if m.kind == "ar_dot":
        raw = rng.choice([f"{pv}.{m.value}", f"{pv}.{m.value}.", f"{pv}.{m.value}．"])
        if raw == f"{pv}.{m.value}":
            raw += rng.choice([" ", "\u3000"])
    else:
        raw = rng.choice([f"（{pv}.{m.value}）", f"({pv}.{m.value})", f"（{pv}-{m.value}）"])
    return Inj(s, e, raw, [Gold(0, len(raw), "numbering", "fix", m.text, where="line")])


@R.form("numbering", "f3_not_restarted")
def num_not_restarted(ctx: Ctx):
    """The first child under a new parent numbered on from the previous parent's children (the list
    was not restarted): （一）（二）（三） under 一、, then （四）（二）（三） under 二、; fix: （一）."""
    cands = []
    for prev, m, nxt in _siblings(ctx):
        if m.kind not in _FIXABLE_KINDS or m.value != 1 or prev is None or nxt is None or nxt.value != 2:
            continue
        if prev.value < 2:
            continue
        cands.append((m.start, m.end, m, prev.value + 1))
    pick = ctx.pick_span(cands)
    if pick is None:
        return None
    s, e, m, v = pick
    from common import marker_text
    raw = marker_text(m.kind, v)
    return Inj(s, e, raw, [Gold(0, len(raw), "numbering", "fix", m.text, where="line")])


@R.form("numbering", "f4_numeral_gained_ten")
def num_numeral_gained_ten(ctx: Ctx):
    """A Chinese numeral that gained a 十 (a phrase candidate of the input method taken for the
    single numeral): 三、 → 十三、, （四） → （十四）, 第六条 → 第十六条 between siblings that show the
    number due; fix: the numeral without it."""
    cands = []
    for prev, m, nxt in _siblings(ctx):
        if m.kind not in ("cn_dun", "cn_paren", "article", "chapter") or not 1 <= m.value <= 9:
            continue
        if prev is None or nxt is None or prev.value != m.value - 1 or nxt.value != m.value + 1:
            continue
        cands.append((m.start, m.end, m))
    pick = ctx.pick_span(cands)
    if pick is None:
        return None
    s, e, m = pick
    from common import marker_text
    num = int_to_cn(m.value)
    raw = m.text.replace(num, "十" + num, 1)
    if raw == m.text or marker_text(m.kind, m.value) != m.text:
        return None
    return Inj(s, e, raw, [Gold(0, len(raw), "numbering", "fix", m.text, where="line")])


# ======================================================================================
# dates (fix)

_YEAR = re.compile(r"(?<![0-9.,])((?:19|20)[0-9]{2})(?=年)")
_FULL = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日")
_MD = re.compile(r"(?<![0-9年])([0-9]{1,2})月([0-9]{1,2})日")


@R.form("dates", "f1_year_thousands_separator")
def dates_year_thousands_separator(ctx: Ctx):
    """A year formatted by a spreadsheet's number format with a thousands separator: 2,024年 /
    2,024年9月30日; fix: 2024."""
    rng = ctx.rng
    pick = ctx.pick_span(ctx.matches(_YEAR, group=1))
    if pick is None:
        return None
    s, e, _ = pick
    y = ctx.text[s:e]
    raw = y[0] + "," + y[1:]
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", y, where="inline")])


@R.form("dates", "f2_float_figures")
def dates_float_figures(ctx: Ctx):
    """Date figures printed as floats by a data export (a table cell read as a number): 2024.0年 /
    2024.0年9.0月30.0日; fix: the integers."""
    rng = ctx.rng
    cands = [(s, e, "full") for s, e, _ in ctx.matches(_FULL)] + \
        [(s, e, "year") for s, e, _ in ctx.matches(_YEAR, group=1)]
    pick = ctx.pick_span(cands)
    if pick is None:
        return None
    s, e, kind = pick
    base = ctx.text[s:e]
    if kind == "year":
        raw = base + ".0"
    else:
        if rng.random() < 0.6:
            raw = re.sub(r"([0-9]+)(?=[年月日])", r"\1.0", base)
        else:
            raw = re.sub(r"([0-9]+)(?=年)", r"\1.0", base)
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", base, where="inline")])


@R.form("dates", "f3_year_doubled")
def dates_year_doubled(ctx: Ctx):
    """A year written twice in a date by a paste over the date (2024年2024年9月30日) or with the
    month repeated with its figure (2024年9月9月30日); fix: one copy."""
    rng = ctx.rng
    ym = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年([0-9]{1,2})月")
    pick = ctx.pick_span(ctx.matches(ym))
    if pick is None:
        return None
    s, e, m = pick
    base = ctx.text[s:e]
    y, mo = m.group(1), m.group(2)
    raw = rng.choice([f"{y}年{y}年{mo}月", f"{y}年{y}年{mo}月", f"{y}年{mo}月{mo}月"])
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", base, where="inline")])


@R.form("dates", "f4_mixed_numeral_figure")
def dates_mixed_numeral_figure(ctx: Ctx):
    """One figure of an Arabic date written in Chinese numerals (speech input, a half-converted
    copy): 2024年9月三十日 / 2024年九月30日 / 9月三十日前; fix: Arabic figures like the rest."""
    rng = ctx.rng
    cands = [(s, e, m, "full") for s, e, m in ctx.matches(_FULL)] + [(s, e, m, "md") for s, e, m in ctx.matches(_MD)]
    pick = ctx.pick_span(cands)
    if pick is None:
        return None
    s, e, m, kind = pick
    base = ctx.text[s:e]
    if kind == "full":
        y, mo, d = m.group(1), int(m.group(2)), int(m.group(3))
        if rng.random() < 0.5:
            raw = f"{y}年{mo}月{int_to_cn(d)}日"
        else:
            raw = f"{y}年{int_to_cn(mo)}月{d}日"
    else:
        mo, d = int(m.group(1)), int(m.group(2))
        raw = f"{mo}月{int_to_cn(d)}日" if rng.random() < 0.6 else f"{int_to_cn(mo)}月{d}日"
    return Inj(s, e, raw, [Gold(0, len(raw), "dates", "fix", base, where="inline")])


# ======================================================================================
# punct (fix)


@R.form("punct", "f1_stop_wrapped_to_next_line")
def punct_stop_wrapped(ctx: Ctx):
    """A paragraph's last mark pushed to the head of the next line (a PDF or e-book line break put
    before it): …取得阶段性成效\\n。下一步… ; fix: the mark back before the line break."""
    cands = []
    body = ctx.body_range()
    for i in ctx.prose_lines():
        s, e, line = ctx.lines[i]
        if i + 1 < body.stop and line[-1:] in "。；" and len(ctx.lines[i + 1][2]) > 4:
            cands.append((e - 1, e + 1))
    pick = ctx.pick_span(cands)
    if pick is None:
        return None
    s, e = pick
    base = ctx.text[s:e]
    raw = "\n" + base[0]
    return Inj(s, e, raw, [Gold(0, len(raw), "punct", "fix", base, where="line")])


@R.form("punct", "f2_final_stop_lost")
def punct_final_stop_lost(ctx: Ctx):
    """The full stop at the end of a paragraph of several sentences lost (cut with a trailing tag
    or a trimmed cell): …完成年度目标的58%（no 。）; fix: the 。 back."""
    cands = []
    for i in ctx.prose_lines(24):
        s, e, line = ctx.lines[i]
        if line.endswith("。") and line.count("。") >= 2 and is_han(line[-2]):
            cands.append((e - 2, e))
    pick = ctx.pick_span(cands)
    if pick is None:
        return None
    s, e = pick
    base = ctx.text[s:e]
    raw = base[:-1]
    return Inj(s, e, raw, [Gold(0, len(raw), "punct", "fix", base, where="inline")])


@R.form("punct", "f3_aside_bracket_kind_mismatch")
def punct_aside_bracket_kind_mismatch(ctx: Ctx):
    """One parenthesis of a Chinese aside typed as another kind of bracket (the 〔〕 of document
    numbers, 【】 or ［］ of the input method's bracket key), its partner left as （ or ）:
    〔含民办学校） / （试行】 / ［2021—2025年）; fix: the full-width parenthesis."""
    rng = ctx.rng
    pat = re.compile("（(?![一二三四五六七八九十0-9]+）)[^（）\n]{1,24}）")
    marker_starts = {m.start for m in ctx.markers}
    cands = []
    for s, e, _ in ctx.matches(pat):
        if s in marker_starts:
            continue
        cands.append((s, s + 1, "（") if rng.random() < 0.5 else (e - 1, e, "）"))
    pick = ctx.pick_span(cands)
    if pick is None:
        return None
    s, e, base = pick
    a, b = rng.choice([("〔", "〕"), ("【", "】"), ("［", "］"), ("〖", "〗"), ("〔", "〕")])
    raw = a if base == "（" else b
    return Inj(s, e, raw, [Gold(0, len(raw), "punct", "fix", base, where="inline")])


@R.form("punct", "f4_middle_dot_for_dunhao")
def punct_middle_dot_for_dunhao(ctx: Ctx):
    """The enumeration comma 、 between short items typed as a middle dot of another input habit:
    katakana ・ (U+30FB), Big5's hyphenation point ‧ (U+2027); fix: 、."""
    rng = ctx.rng
    pat = re.compile("(?<=[\u4e00-\u9fff]{2})、(?=[\u4e00-\u9fff]{2})")
    pick = ctx.pick_span(ctx.matches(pat))
    if pick is None:
        return None
    s, e, _ = pick
    raw = rng.choice(["・", "・", "‧"])
    return Inj(s, e, raw, [Gold(0, len(raw), "punct", "fix", "、", where="inline")])
