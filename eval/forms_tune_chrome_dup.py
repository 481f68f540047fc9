"""More TUNE forms (second round of issue 16): other surface shapes of the same defects.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

import re

from forms_common import Ctx, Gold, Inj, colon, rid
from forms_tune import R, _dup, _glued_or_line

# ======================================================================================
# chrome (remove)

_TOPICS = ["春季森林防火", "安全生产大检查", "农村人居环境整治", "城乡居民医保参保缴费", "秋冬季大气污染防治",
           "义务教育招生入学", "重大项目建设", "防汛抗旱", "食品安全监督抽检", "根治欠薪冬季专项行动",
           "老旧小区改造", "高标准农田建设", "文明城市创建", "营商环境优化提升"]
_KINDS = ["的通知", "工作方案", "实施意见", "的公告", "情况通报", "工作要点", "的通告", "管理办法"]


def _other_title(rng) -> str:
    """The title of another page of the site (what a link box lists)."""
    year = rng.choice(["", f"{rng.randint(2018, 2025)}年"])
    head = rng.choice(["关于做好", "关于印发", "关于开展", "", "市政府办公室关于"])
    return head + year + rng.choice(_TOPICS) + rng.choice(_KINDS)


def _chrome_line(ctx: Ctx, line: str, wheres):
    where = ctx.rng.choice(wheres)
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    return ctx.line_inj(p, line, {"cls": "chrome", "action": "remove", "expected": ""}, where)


def _chrome_block(ctx: Ctx, block: list[str], wheres):
    """Several chrome lines inserted together (one gold span per line)."""
    where = ctx.rng.choice(wheres)
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    golds, raw = [], ""
    at_end = p == len(ctx.text)
    for line in block:
        piece = "\n" + line if at_end else line + "\n"
        golds.append(Gold(len(raw), len(raw) + len(piece), "chrome", "remove", "", where=where))
        raw += piece
    return Inj(p, p, raw, golds)


def _sep(rng) -> str:
    return rng.choice([" | ", "|", "  ", " ", "\u3000", " ｜ ", " · ", "/"])


@R.form("chrome", "t5_access_toggles")
def chrome_access_toggles(ctx: Ctx):
    """The accessibility / version bar of a portal: 无障碍 | 长者模式 | 繁體 | English (own line or
    glued before the title on the first line)."""
    rng = ctx.rng
    items = rng.sample(["无障碍", "无障碍浏览", "长者模式", "关怀版", "适老化", "繁體", "繁体", "简体", "English", "ENGLISH",
                        "移动版", "手机版", "政务微博", "政务微信", "读屏", "大字版"], rng.randint(2, 4))
    line = _sep(rng).join(items)
    if rng.random() < 0.3:
        line = rng.choice(["【", "[", ""]) + line + rng.choice(["】", "]", ""])
    if rng.random() < 0.25 and ctx.free(0, 0):
        raw = line + rng.choice([" ", "  ", "\u3000"])
        return Inj(0, 0, raw, [Gold(0, len(raw), "chrome", "remove", "", where="top")])
    return _chrome_line(ctx, line, ["top", "top", "head"])


_WEEK = "一二三四五六日"


@R.form("chrome", "t6_date_weather_bar")
def chrome_date_weather(ctx: Ctx):
    """The portal's date / weather / greeting bar: 2026年11月30日 星期一 晴 5℃ / 今天是：… 农历十月十一."""
    rng = ctx.rng
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    date = rng.choice([f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{y}-{m:02d}-{d:02d}"])
    week = rng.choice(["星期", "周"]) + rng.choice(_WEEK)
    weather = rng.choice(["晴", "多云", "阴", "小雨", "晴转多云", "阵雨"])
    temp = rng.choice([f"{rng.randint(-5, 30)}℃", f"{rng.randint(-5, 10)}℃~{rng.randint(11, 30)}℃",
                       f"{rng.randint(-5, 10)}~{rng.randint(11, 30)}°C"])
    lead = rng.choice(["", "今天是" + colon(rng), "今天是", "您好！今天是"])
    parts = [lead + date, week] + rng.sample([weather, temp, rng.choice(["农历十月十一", "农历三月初五", "农历腊月廿二"])],
                                                rng.randint(1, 3))
    line = rng.choice([" ", "  ", "\u3000", " "]).join(parts)
    return _chrome_line(ctx, line, ["top", "top", "head"])


@R.form("chrome", "t7_login_search_hotwords")
def chrome_login_search(ctx: Ctx):
    """Login / register / search bars and hot-word bars: 登录 | 注册 / 请输入关键词 搜索 / 热词：乡村振兴 营商环境."""
    rng = ctx.rng
    hot = rng.sample(["乡村振兴", "营商环境", "疫情防控", "医保", "社保查询", "公积金", "不动产登记", "招聘", "教育",
                      "政策解读", "人才引进", "一网通办"], rng.randint(2, 4))
    line = rng.choice([
        lambda: _sep(rng).join(rng.sample(["登录", "注册", "个人中心", "退出", "用户登录", "法人登录"], 2)),
        lambda: rng.choice(["请输入关键词", "请输入关键字", "输入关键词"]) + rng.choice([" ", "  ", ""]) + rng.choice(["搜索", "搜 索", "检索", "站内搜索"]),
        lambda: rng.choice(["热词", "热门搜索", "热搜词", "热点词"]) + colon(rng) + rng.choice([" ", "  ", "、"]).join(hot),
        lambda: rng.choice(["搜索", "站内搜索", "全站搜索"]) + _sep(rng) + rng.choice(["高级搜索", "高级检索"]),
    ])()
    return _chrome_line(ctx, line, ["top", "head", "top"])


@R.form("chrome", "t8_view_counter")
def chrome_view_counter(ctx: Ctx):
    """A view counter in one of many wordings: 阅读：1234 / 浏览次数: 56 / 【点击：】 / 访问量 789 次 (own line at
    the head, or glued to a paragraph's end)."""
    rng = ctx.rng
    label = rng.choice(["阅读", "浏览", "点击", "浏览次数", "阅读次数", "访问量", "点击量", "点击数", "阅读数", "浏览量", "人气", "访问次数"])
    n = rng.choice([str(rng.randint(1, 99999)), "", str(rng.randint(10, 999))])
    core = label + rng.choice([colon(rng), " ", ""]) + n + (rng.choice(["次", "", " 次"]) if n and rng.random() < 0.4 else "")
    if not n and rng.random() < 0.6:
        core = label + colon(rng)
    text = rng.choice([core, core, f"【{core}】", f"[{core}]", f"（{core}）", f"({core})"])
    return _glued_or_line(ctx, text, ["head", "head", "tail"], 0.25)


@R.form("chrome", "t9_action_links")
def chrome_action_links(ctx: Ctx):
    """A row of page actions in brackets: 【我要纠错】【打印本页】【关闭窗口】 / [返回顶部] [关闭] / 【收藏】【返回顶部】
    (own line or glued to a paragraph's end)."""
    rng = ctx.rng
    words = rng.sample(["我要纠错", "打印本页", "关闭窗口", "返回顶部", "收藏本页", "加入收藏", "打印", "关闭", "纠错",
                        "返回首页", "返回列表", "保存本页", "推荐给朋友", "复制链接"], rng.randint(2, 4))
    a, b = rng.choice([("【", "】"), ("[", "]"), ("〖", "〗"), ("『", "』"), ("(", ")"), ("", "")])
    text = rng.choice(["", " ", "  ", "\u3000"]).join(a + w + b for w in words)
    if not a:
        text = _sep(rng).join(words)
    return _glued_or_line(ctx, text, ["tail", "tail", "head"], 0.3)


@R.form("chrome", "t10_qr_labels")
def chrome_qr_labels(ctx: Ctx):
    """QR and share labels with icon text: 微信扫一扫分享 / 手机版 扫码查看 / 分享：[微信][微博][QQ] / 用手机扫描二维码."""
    rng = ctx.rng
    text = rng.choice([
        lambda: rng.choice(["微信扫一扫分享", "微信扫一扫：分享", "用微信扫描二维码分享至好友和朋友圈", "扫码查看", "扫描二维码",
                            "扫描二维码在手机上浏览", "手机扫码阅读"]),
        lambda: _sep(rng).join(rng.sample(["手机版", "扫码查看", "二维码", "微信扫一扫", "扫码分享"], 2)),
        lambda: rng.choice(["分享", "分享至", "一键分享", "转发到"]) + colon(rng)
                + "".join(f"[{t}]" for t in rng.sample(["微信", "微博", "QQ", "QQ空间", "钉钉", "朋友圈"], rng.randint(2, 4))),
    ])()
    return _glued_or_line(ctx, text, ["tail", "head", "tail"], 0.2)


@R.form("chrome", "t11_prev_next_related")
def chrome_prev_next(ctx: Ctx):
    """上一篇 / 下一篇 with the linked titles after them, or a 相关推荐 / 猜你喜欢 / 热点推荐 box with titles
    (lines at the page's tail)."""
    rng = ctx.rng
    if rng.random() < 0.5:
        c = colon(rng)
        block = [f"上一篇{c}{_other_title(rng)}", f"下一篇{c}{_other_title(rng)}"]
        if rng.random() < 0.3:
            block = [f"上一篇{c}{_other_title(rng)}{rng.choice(['  ', ' ', chr(0x3000)])}下一篇{c}{_other_title(rng)}"]
        elif rng.random() < 0.3:
            block = block[rng.randint(0, 1):][:1]
    else:
        head = rng.choice(["相关推荐", "猜你喜欢", "热点推荐", "热门文章", "推荐阅读", "最新发布", "热点新闻"])
        head = rng.choice([head, f"【{head}】", f"{head}：", f"{head} >>"])
        block = [head] + [_other_title(rng) for _ in range(rng.randint(2, 4))]
    return _chrome_block(ctx, block, ["tail"])


@R.form("chrome", "t12_site_footer")
def chrome_site_footer(ctx: Ctx):
    """A site footer in other wordings: 网站主办：… 承办：… / 政府网站标识码 / 地址 邮编 / 建议使用IE8以上浏览器 /
    您是第N位访客 (lines at the page's tail)."""
    rng = ctx.rng
    city = rng.choice(["江岭市", "青湾县", "北平区", "梅山市", "云溪县", "泰安区"])
    pool = [
        f"网站主办{colon(rng)}{city}人民政府办公室" + rng.choice(["", f"  承办{colon(rng)}{city}大数据发展中心"]),
        f"主办{colon(rng)}{city}人民政府{_sep(rng)}维护{colon(rng)}{city}信息中心",
        f"技术支持{colon(rng)}{rng.choice(['某某', '华信', '云海'])}网络科技有限公司",
        f"政府网站标识码{colon(rng)}{rid(rng, 10)}" + rng.choice(["", f"  {rng.choice(['浙', '苏', '鲁', '皖'])}ICP备{rid(rng, 8)}号"]),
        f"{rng.choice(['浙', '苏', '鲁', '皖'])}公网安备 {rid(rng, 14)}号",
        f"地址{colon(rng)}{city}{rng.choice(['人民路', '府前街', '政通路'])}{rng.randint(1, 300)}号" + rng.choice(["  ", " ", "　"])
        + f"邮编{colon(rng)}{rid(rng, 6)}",
        rng.choice(["建议使用IE8以上浏览器，1024×768分辨率浏览", "建议使用IE9及以上版本浏览器", "推荐分辨率1920*1080",
                    "为了获得更好的浏览体验，建议使用谷歌、火狐浏览器"]),
        f"您是第{rng.randint(1000, 9999999)}位访客",
        f"本站访问量{colon(rng)}{rng.randint(1000, 9999999)}",
    ]
    block = rng.sample(pool, rng.randint(2, 4))
    return _chrome_block(ctx, block, ["tail"])


@R.form("chrome", "t13_editor_tail")
def chrome_editor_tail(ctx: Ctx):
    """The editor's tail: (责任编辑：张三) / 【责任编辑：李四 校对：王五】 / 编辑：赵六 (glued to the last paragraph or
    on its own line)."""
    rng = ctx.rng
    names = ["张明", "李华", "王晓燕", "赵磊", "刘洋", "陈静", "周敏"]
    core = rng.choice(["责任编辑", "编辑", "责编", "审核"]) + colon(rng) + rng.choice(names)
    if rng.random() < 0.4:
        core += rng.choice([" ", "  ", "　"]) + rng.choice(["校对", "审核", "终审"]) + colon(rng) + rng.choice(names)
    text = rng.choice([f"（{core}）", f"({core})", f"【{core}】", f"[{core}]", core])
    return _glued_or_line(ctx, text, ["tail", "tail"], 0.4)


# ======================================================================================
# dup (remove the repeat)

_HALF = {"\uff0c": ",", "\uff1b": ";", "\uff1a": ":", "\uff08": "(", "\uff09": ")", "\u3002": "."}
_MARKED = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+\.|（[0-9]+）)")


def _dup_loose(ctx: Ctx, orig: tuple[int, int], at: int, raw: str, where: str):
    """Like forms_tune._dup, for a copy that differs from the first occurrence (a space before it,
    another punctuation width): no ``alt``, as removing the first occurrence leaves other text."""
    if not ctx.free(orig[0], orig[1], 0) or not ctx.free(at, at):
        return None
    inj = Inj(at, at, raw, [Gold(0, len(raw), "dup", "remove", "", where=where)])
    inj.reserve = [orig]
    return inj


def _last_sentences(ctx: Ctx):
    """(start, end, line index) of sentences that end their paragraph."""
    out = []
    for s, e in ctx.sentences(min_len=8):
        i = ctx.line_of(s)
        if ctx.lines[i][1] == e:
            out.append((s, e, i))
    return out


@R.form("dup", "t5_sentence_spaced")
def dup_sentence_spaced(ctx: Ctx):
    """A sentence repeated after a space (ASCII, doubled or ideographic) inside its paragraph."""
    for s, e in ctx.shuffled(ctx.sentences(min_len=8)):
        raw = ctx.rng.choice([" ", "  ", "\u3000", " "]) + ctx.text[s:e]
        inj = _dup_loose(ctx, (s, e), e, raw, "inline")
        if inj:
            return inj
    return None


@R.form("dup", "t6_sentence_own_line")
def dup_sentence_own_line(ctx: Ctx):
    """A paragraph's last sentence repeated on a line of its own after the paragraph."""
    for s, e, i in ctx.shuffled(_last_sentences(ctx)):
        if ctx.lines[i][0] == s:
            continue  # the whole paragraph: that is t2
        inj = _dup(ctx, (s, e), e, "\n" + ctx.text[s:e], "line")
        if inj:
            return inj
    return None


@R.form("dup", "t7_other_width")
def dup_other_width(ctx: Ctx):
    """A sentence or paragraph repeated with its punctuation in the other width (，→, 。→. ：→:), right
    after itself or on the next line."""
    rng = ctx.rng
    if rng.random() < 0.5:
        for i in ctx.shuffled(ctx.prose_lines(20)):
            s, e, line = ctx.lines[i]
            copy = "".join(_HALF.get(c, c) for c in line)
            inj = _dup_loose(ctx, (s, e), e, "\n" + copy, "line")
            if inj:
                return inj
        return None
    for s, e in ctx.shuffled(ctx.sentences(min_len=10)):
        copy = "".join(_HALF.get(c, c) for c in ctx.text[s:e])
        if "," not in copy:
            continue
        inj = _dup_loose(ctx, (s, e), e, copy, "inline")
        if inj:
            return inj
    return None


@R.form("dup", "t8_paragraph_two_three_later")
def dup_paragraph_far(ctx: Ctx):
    """A long paragraph repeated two or three paragraphs later (no heading between)."""
    prose = set(ctx.prose_lines(30))
    for i in ctx.shuffled(sorted(prose)):
        k = i + ctx.rng.choice([2, 3])
        if k >= ctx.signature_line or not all(j in prose for j in range(i, k + 1)):
            continue
        s, e, line = ctx.lines[i]
        inj = _dup(ctx, (s, e), ctx.lines[k][1], "\n" + line, "line")
        if inj:
            return inj
    return None


@R.form("dup", "t9_block_repeated")
def dup_block(ctx: Ctx):
    """Two consecutive paragraphs rendered twice (A B A B)."""
    prose = set(ctx.prose_lines(16))
    for i in ctx.shuffled(sorted(prose)):
        if i + 1 not in prose or i + 1 >= ctx.signature_line:
            continue
        s, e = ctx.lines[i][0], ctx.lines[i + 1][1]
        inj = _dup(ctx, (s, e), e, "\n" + ctx.text[s:e], "line")
        if inj:
            return inj
    return None


@R.form("dup", "t10_heading_other_bracket")
def dup_heading(ctx: Ctx):
    """An outline heading repeated on the next line with its marker in the other width: （一）→(一), 1.→1．,
    一、→一,  (or the same)."""
    rng = ctx.rng
    heads = [i for i in ctx.body_range() if _MARKED.match(ctx.lines[i][2]) and 4 <= len(ctx.lines[i][2]) <= 40
             and not ctx.lines[i][2].endswith("。")]
    for i in ctx.shuffled(heads):
        s, e, line = ctx.lines[i]
        copy = line
        if line.startswith("（"):
            k = line.index("）")
            copy = rng.choice(["(", "（"]) + line[1:k] + ")" + line[k + 1:]
        elif rng.random() < 0.5:
            copy = "".join(_HALF.get(c, c) for c in line)
        inj = (_dup if copy == line else _dup_loose)(ctx, (s, e), e, "\n" + copy, "line")
        if inj:
            return inj
    return None


@R.form("dup", "t11_title_at_end")
def dup_title_end(ctx: Ctx):
    """The title repeated at the very end of the page (after the signature)."""
    s, e, line = ctx.lines[0]
    p = len(ctx.text)
    return _dup(ctx, (s, e), p, "\n" + line, "tail")


@R.form("dup", "t12_sentence_opens_next")
def dup_sentence_opens_next(ctx: Ctx):
    """A paragraph's last sentence repeated at the start of the next paragraph (after its marker)."""
    prose = set(ctx.prose_lines(16))
    for s, e, i in ctx.shuffled(_last_sentences(ctx)):
        if ctx.lines[i][0] == s or i + 1 not in prose:
            continue
        inj = _dup(ctx, (s, e), ctx.marker_end(i + 1), ctx.text[s:e], "inline")  # after its outline marker
        if inj:
            return inj
    return None
