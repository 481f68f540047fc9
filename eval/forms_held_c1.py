"""HELD-C forms, part 1 (see forms_held_c.py): scored in aggregate only, never read while tuning."""

from __future__ import annotations

from common import is_han
from forms_common import Ctx, Gold, Inj, clock, fields_ok, meta_values, rid, wechat_id, FAKE_MOBILES, SITE_STEMS, TLDS
from forms_held_c import R  # noqa: F401  (forms register themselves on import)

# --- helpers ---------------------------------------------------------------------------------


def _lines_inj(ctx: Ctx, p: int, lines: list[str], cls: str, where: str) -> Inj:
    """Insert several lines at line start ``p`` (or at the very end), one gold span per line."""
    raw, golds = "", []
    for line in lines:
        piece = "\n" + line if p == len(ctx.text) else line + "\n"
        golds.append(Gold(len(raw), len(raw) + len(piece), cls, "remove", "", where=where))
        raw += piece
    return Inj(p, p, raw, golds)


def _at(ctx: Ctx, wheres):
    where = ctx.rng.choice(wheres)
    p = ctx.pick_point(ctx.boundaries(where))
    return where, p


def _para_ends(ctx: Ctx) -> list[int]:
    return [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] == "。"]


def _sentence_ends_inside(ctx: Ctx) -> list[int]:
    """Positions right after a 。 that is followed by more text of the same paragraph."""
    out = []
    for i in ctx.prose_lines():
        s, e, line = ctx.lines[i]
        for k, ch in enumerate(line[:-2]):
            if ch == "。" and is_han(line[k + 1]):
                out.append(s + k + 1)
    return out


def _glue(ctx: Ctx, text: str, cls: str, points, where: str):
    p = ctx.pick_point(points)
    if p is None:
        return None
    return Inj(p, p, text, [Gold(0, len(text), cls, "remove", "", where=where)])


def _dom(rng) -> str:
    return rng.choice(["www.", "m.", ""]) + rng.choice(SITE_STEMS) + rng.choice(["", rid(rng, 2)]) + rng.choice(TLDS)


def _phone(rng) -> str:
    m = rng.choice(FAKE_MOBILES)
    return rng.choice([m, f"{m[:3]}-{m[3:7]}-{m[7:]}", f"{m[:3]} {m[3:7]} {m[7:]}",
                       f"0{rng.choice(['571', '755', '21', '10', '28'])}-{rid(rng, 8)}"])


# ======================================================================================
# ads (remove)


@R.form("ads", "c1_hidden_watermark_splice")
def ads_hidden_watermark(ctx: Ctx):
    """An anti-scraping watermark a template site hides in the page (display:none), pulled in by
    the scraper and spliced into a sentence without brackets or spaces: 加强组织领导文秘帮版权所有
    wenmi.com确保…, 好范文网原创，转载请注明出处."""
    rng = ctx.rng
    name = rng.choice(["文秘帮", "好范文网", "笔杆子文库", "公文宝", "范文之家", "材料侠", "办公写作网", "秘书之家"])
    text = rng.choice([f"{name}版权所有{_dom(rng)}", f"本文来自{name}", f"{name}原创，转载请注明出处",
                       f"更多范文请访问{_dom(rng)}", f"{name}{_dom(rng)}整理", f"{name}独家，盗版必究"])
    p = ctx.pick_point(ctx.han_gaps(), margin=3)
    if p is None:
        return None
    return Inj(p, p, text, [Gold(0, len(text), "ads", "remove", "", where="splice")])


@R.form("ads", "c2_agency_service")
def ads_agency_service(ctx: Ctx):
    """A commercial agency's ad for paperwork services (公司注册, 资质代办, 代开发票, 证书挂靠)
    with a price or a contact, on its own line or after a sentence."""
    rng = ctx.rng
    what = rng.choice(["公司注册、代理记账、工商变更", "建筑资质代办、安许证办理", "正规代开各类发票，可验证后付款",
                       "二建、一建证书挂靠，高价收证", "食品经营许可证、卫生许可证加急代办", "商标注册、专利申请一站式代办"])
    tail = rng.choice([f"，咨询电话{rng.choice(['：', ':', ''])}{_phone(rng)}", f"，联系人王经理{_phone(rng)}",
                       f"，价格优惠，详询微信{wechat_id(rng)}", f"，全程代办，{rng.randint(3, 15)}天下证，电话{_phone(rng)}"])
    text = what + tail
    if rng.random() < 0.5:
        where, p = _at(ctx, ["between", "tail", "head"])
        if p is None:
            return None
        return ctx.line_inj(p, text, dict(cls="ads", action="remove", expected=""), where)
    return _glue(ctx, text + rng.choice(["。", "！", ""]), "ads", _para_ends(ctx), "glued")


@R.form("ads", "c3_seo_spam_keywords")
def ads_seo_spam(ctx: Ctx):
    """Black-hat SEO text planted on a hacked site: keyword strings of lending / invoice / game
    offers with a link, on a line of their own (often at the page's top or tail)."""
    rng = ctx.rng
    kws = rng.sample(["无抵押贷款", "当天放款", "私人借贷", "信用卡代还", "快速办理大额信用卡", "高额回收购物卡",
                      "手游代充折扣", "刷单返利", "正规网贷平台", "急用钱找我"], rng.randint(2, 4))
    sep = rng.choice([" ", "|", "，", " | ", "_"])
    line = sep.join(kws)
    line += rng.choice([f" {_dom(rng)}", f" 联系电话：{_phone(rng)}", f"，详情访问{_dom(rng)}", f" 客服QQ{rid(rng, 9)}"])
    where, p = _at(ctx, ["top", "tail", "tail", "between"])
    if p is None:
        return None
    return ctx.line_inj(p, line, dict(cls="ads", action="remove", expected=""), where)


@R.form("ads", "c4_parttime_job")
def ads_parttime(ctx: Ctx):
    """A part-time job spam: 招聘网络兼职打字员，日结200元，手机在家即可操作，加QQ… (line, or
    spliced after a sentence inside a paragraph)."""
    rng = ctx.rng
    job = rng.choice(["招聘网络兼职打字员", "诚招在家兼职录入员", "招宝妈学生党兼职", "急招手工活外发兼职", "招聘线上客服兼职"])
    pay = rng.choice([f"日结{rng.choice([100, 150, 200, 300])}元", f"时薪{rng.randint(25, 60)}元，当天结算",
                      f"月入{rng.randint(3, 9)}000+", "多劳多得，日结工资"])
    how = rng.choice(["手机在家即可操作", "无需押金，不收任何费用", "零基础可做，有手机就行", "时间自由"])
    contact = rng.choice([f"加QQ{rng.choice(['：', ':', ''])}{rid(rng, rng.randint(8, 10))}",
                          f"联系微信{rng.choice(['：', ':', ''])}{wechat_id(rng)}", f"报名电话{_phone(rng)}"])
    text = "，".join([job, pay, how, contact])
    if rng.random() < 0.5:
        where, p = _at(ctx, ["between", "tail"])
        if p is None:
            return None
        return ctx.line_inj(p, text, dict(cls="ads", action="remove", expected=""), where)
    return _glue(ctx, text + "。", "ads", _sentence_ends_inside(ctx), "splice")


@R.form("ads", "c5_traditional_script")
def ads_traditional(ctx: Ctx):
    """A template site's promotion in traditional characters, as a mirror site prints it:
    本文由XX範文網整理，更多範文請關注… / 下載完整版請聯繫客服 (own line, head or tail)."""
    rng = ctx.rng
    site = rng.choice(["好範文網", "文秘幫", "範文之家", "公文寶", "寫作寶典網", "秘書之家"])
    line = rng.choice([f"本文由{site}整理發布，更多範文請關注{_dom(rng)}",
                       f"【{site}】免費下載各類工作總結、述職報告，請訪問{_dom(rng)}",
                       f"如需下載完整版Word文檔，請聯繫客服微信：{wechat_id(rng)}",
                       f"代寫各類材料，原創保證，聯繫QQ：{rid(rng, 9)}",
                       f"更多精彩範文，盡在{site}"])
    where, p = _at(ctx, ["tail", "head", "tail"])
    if p is None:
        return None
    return ctx.line_inj(p, line, dict(cls="ads", action="remove", expected=""), where)


# ======================================================================================
# chrome (remove)


@R.form("chrome", "c1_widget_token_per_line")
def chrome_token_lines(ctx: Ctx):
    """A toolbar whose every item the scraper put on a line of its own: 【字体：/ 大 / 中 / 小 / 】,
    or 下载 / 打印 / 全屏 / 收藏, or 【字号： / 加大 / 还原 / 减小 / 】 (head)."""
    rng = ctx.rng
    kind = rng.randint(0, 3)
    if kind == 0:
        lines = [rng.choice(["【字体：", "【字号：", "字体：", "【字体:"])] + rng.choice([["大", "中", "小"], ["小", "中", "大"]])
        if lines[0].startswith("【"):
            lines.append("】")
    elif kind == 1:
        lines = rng.sample(["下载", "打印", "全屏", "收藏", "分享"], rng.randint(3, 4))
    elif kind == 2:
        lines = [rng.choice(["【字号：", "字号："]), "加大", "还原", "减小"]
        if lines[0].startswith("【"):
            lines.append("】")
    else:
        lines = ["分享:" if rng.random() < 0.5 else "分享到：", "微信", "微博", "QQ空间"]
    where, p = _at(ctx, ["head", "head", "top"])
    if p is None:
        return None
    return _lines_inj(ctx, p, lines, "chrome", where)


@R.form("chrome", "c2_topic_banner")
def chrome_topic_banner(ctx: Ctx):
    """A banner link to a special-topic page left as text: 》》点击图片进入专题《《 / 点击进入专题>> /
    ◆ 专题专栏 ◆ (own line at the tail or between paragraphs)."""
    rng = ctx.rng
    line = rng.choice(["》》点击图片进入专题《《", "点击进入专题>>", "》》点击进入专题页面", "→点击图片进入专题",
                       "【点击图片查看专题】", ">>进入专题<<", "◆ 点击进入专题专栏 ◆"])
    where, p = _at(ctx, ["tail", "tail", "between", "head"])
    if p is None:
        return None
    return ctx.line_inj(p, line, dict(cls="chrome", action="remove", expected=""), where)


@R.form("chrome", "c3_empty_box_labels")
def chrome_empty_labels(ctx: Ctx):
    """The labels of boxes whose content the scraper dropped, at the page's tail: 相关报道： /
    相关文档： / 收藏 | 分享到: 分享到微信 × (one or two lines)."""
    rng = ctx.rng
    pool = [rng.choice(["相关报道：", "相关文档：", "相关稿件：", "相关新闻", "相关链接："]),
            rng.choice(["收藏 | 分享到: 分享到微信 ×", "分享到微信 ×", "收藏", "关闭 ×"])]
    lines = pool if rng.random() < 0.5 else [rng.choice(pool)]
    if rng.random() < 0.5:
        lines.reverse()
    where = "tail"
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    return _lines_inj(ctx, p, lines, "chrome", where)


@R.form("chrome", "c4_media_player_text")
def chrome_media_player(ctx: Ctx):
    """Text of an embedded video / audio / image player: 您的浏览器不支持 video 标签。 / 视频加载中，请稍候...
    / 00:00 / 03:21 / 图片加载失败 (own line, or glued after a paragraph)."""
    rng = ctx.rng
    dur = f"{rng.randint(0, 9):02d}:{rng.randint(0, 59):02d}"
    text = rng.choice(["您的浏览器不支持 video 标签。", "您的浏览器不支持video标签", "视频加载中，请稍候...",
                       f"00:00 / {dur}", f"播放 00:00/{dur} 全屏", "图片加载失败", "点击播放视频",
                       "Your browser does not support the video tag."])
    if rng.random() < 0.3:
        return _glue(ctx, rng.choice(["", " "]) + text, "chrome", _para_ends(ctx), "glued")
    where, p = _at(ctx, ["head", "between", "tail"])
    if p is None:
        return None
    return ctx.line_inj(p, text, dict(cls="chrome", action="remove", expected=""), where)


@R.form("chrome", "c5_readaloud_widget")
def chrome_readaloud(ctx: Ctx):
    """A read-aloud widget of accessible sites: 语音播报 / 【听全文】 / 朗读 暂停 停止 / 点击收听 (head)."""
    rng = ctx.rng
    text = rng.choice(["语音播报", "【听全文】", "朗读 暂停 停止", "点击收听本文", "🔊 听新闻", "【语音朗读】",
                       "开始朗读 | 暂停 | 继续 | 停止", "听全文 " + f"{rng.randint(1, 9):02d}:{rng.randint(0, 59):02d}"])
    where, p = _at(ctx, ["head", "head", "top"])
    if p is None:
        return None
    return ctx.line_inj(p, text, dict(cls="chrome", action="remove", expected=""), where)


# ======================================================================================
# metadata (remove the lines; values become fields)


def _meta_lines(ctx: Ctx, lines: list[str], fields: dict, wheres=("head", "head", "top")):
    if not fields_ok(ctx, fields):
        return None
    where, p = _at(ctx, wheres)
    if p is None:
        return None
    inj = _lines_inj(ctx, p, lines, "metadata", where)
    inj.fields = fields
    return inj


def _shown(rng, iso: str) -> str:
    y, m, d = map(int, iso.split("-"))
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}"])


_CN_DIGIT = "〇一二三四五六七八九"


def _cn_small(n: int) -> str:
    if n < 10:
        return _CN_DIGIT[n]
    if n < 20:
        return "十" + (_CN_DIGIT[n - 10] if n > 10 else "")
    return _CN_DIGIT[n // 10] + "十" + (_CN_DIGIT[n % 10] if n % 10 else "")


def _cn_date(iso: str) -> str:
    y, m, d = map(int, iso.split("-"))
    return "".join(_CN_DIGIT[int(c)] for c in str(y)) + "年" + _cn_small(m) + "月" + _cn_small(d) + "日"


@R.form("metadata", "c1_source_then_bare_datetime")
def meta_source_bare_datetime(ctx: Ctx):
    """A news header of two lines: 来源：XX局 on one, the publication time with no label on the next
    (2021-03-30 09:02:33), either order."""
    rng = ctx.rng
    v = meta_values(ctx)
    y, m, d = map(int, v["publish_date"].split("-"))
    date = rng.choice([f"{y}-{m:02d}-{d:02d} {clock(rng, True)}", f"{y}-{m:02d}-{d:02d} {clock(rng, False)}",
                       f"{y}年{m:02d}月{d:02d}日 {clock(rng, False)}"])
    src = rng.choice(["来源：", "来源:", "稿件来源：", "来源： "]) + v["publisher"]
    lines = [src, date] if rng.random() < 0.6 else [date, src]
    return _meta_lines(ctx, lines, {"publisher": v["publisher"], "publish_date": v["publish_date"]})


@R.form("metadata", "c2_paren_source_date")
def meta_paren_source_date(ctx: Ctx):
    """Source and date in one pair of brackets under the title: （来源：XX局　2021-03-30）/
    [来源：XX局 | 发布：2021年3月30日] / 〔XX局 2021-03-30〕."""
    rng = ctx.rng
    v = meta_values(ctx)
    date = _shown(rng, v["publish_date"])
    a, b = rng.choice([("（", "）"), ("[", "]"), ("〔", "〕"), ("(", ")"), ("［", "］")])
    inner = rng.choice([f"来源：{v['publisher']}{rng.choice(['　', ' ', '  '])}{date}",
                        f"来源：{v['publisher']} | 发布：{date}",
                        f"{date}{rng.choice(['　', ' '])}来源：{v['publisher']}",
                        f"发布日期：{date}，来源：{v['publisher']}"])
    return _meta_lines(ctx, [a + inner + b], {"publisher": v["publisher"], "publish_date": v["publish_date"]},
                       ("head", "head"))


@R.form("metadata", "c3_cn_numeral_written_date")
def meta_cn_numeral_date(ctx: Ctx):
    """A 成文日期 written in Chinese numerals as the document prints it: 成文日期：二〇二一年三月二十九日
    (with 发文机关 or 文号 on the same line or the next)."""
    rng = ctx.rng
    v = meta_values(ctx)
    lab = rng.choice(["成文日期", "成文时间", "签发日期"])
    a = lab + rng.choice(["：", ":", "　"]) + _cn_date(v["written_date"])
    fields = {"written_date": v["written_date"]}
    other = rng.choice(["publisher", "doc_number", None])
    lines = [a]
    if other:
        b = {"publisher": rng.choice(["发文机关", "发文单位"]), "doc_number": rng.choice(["发文字号", "文号"])}[other]
        b += "：" + v[other]
        fields[other] = v[other]
        if rng.random() < 0.5:
            lines = [b + rng.choice(["　", "  "]) + a]
        else:
            lines = [b, a]
    return _meta_lines(ctx, lines, fields)


@R.form("metadata", "c4_crawler_field_dump")
def meta_crawler_dump(ctx: Ctx):
    """A crawler's record fields left above the text, keys in English or pinyin:
    date: 2021-03-30 / source: XX局 / url: http://… (one line each, or key=value on one line)."""
    rng = ctx.rng
    v = meta_values(ctx)
    date = rng.choice([v["publish_date"], v["publish_date"] + " " + clock(rng, True)])
    host = rng.choice(["www.example.gov.cn", "wjw.example.gov.cn", "nync.example.gov.cn"])
    url = f"http://{host}/zwgk/tzgg/{v['publish_date'][:4]}{rid(rng, 2)}/t{v['publish_date'].replace('-', '')}_{rid(rng, 7)}.html"
    pairs = [(rng.choice(["date", "pubdate", "fabu_shijian"]), date), (rng.choice(["source", "laiyuan"]), v["publisher"])]
    if rng.random() < 0.5:
        pairs.append(("url", url))
    rng.shuffle(pairs)
    eq = rng.choice([": ", ":", "=", "："])
    if rng.random() < 0.5:
        lines = [k + eq + val for k, val in pairs]
    else:
        lines = [rng.choice([" ", "  ", "\t", ", "]).join(k + eq + val for k, val in pairs)]
    return _meta_lines(ctx, lines, {"publisher": v["publisher"], "publish_date": v["publish_date"]},
                       ("top", "top", "head"))


@R.form("metadata", "c5_info_release_line")
def meta_release_line(ctx: Ctx):
    """A release line in a 信息发布 wording with a weekday: 信息发布：XX局　更新时间：2021年3月30日 星期二 /
    XX局 于 2021-03-30 发布 (head or tail)."""
    rng = ctx.rng
    v = meta_values(ctx)
    import datetime
    dt = datetime.date.fromisoformat(v["publish_date"])
    wk = rng.choice(["星期", "周"]) + "一二三四五六日"[dt.weekday()]
    date = _shown(rng, v["publish_date"])
    line = rng.choice([f"信息发布：{v['publisher']}{rng.choice(['　', '  '])}更新时间：{date} {wk}",
                       f"{v['publisher']} 于 {date} 发布",
                       f"发布者：{v['publisher']}{rng.choice(['　', ' '])}{date}（{wk}）",
                       f"更新日期：{date} {wk}{rng.choice(['　', ' '])}信息提供：{v['publisher']}"])
    return _meta_lines(ctx, [line], {"publisher": v["publisher"], "publish_date": v["publish_date"]},
                       ("head", "head", "tail"))


# ======================================================================================
# protected (keep)


def _protect(ctx: Ctx, sentence: str, tokens: list[str], points=None):
    p = ctx.pick_point(_para_ends(ctx) if points is None else points)
    if p is None:
        return None
    golds, pos = [], 0
    for tok in tokens:
        k = sentence.index(tok, pos)
        golds.append(Gold(k, k + len(tok), "protected", "keep", tok, where="inline"))
        pos = k + len(tok)
    return Inj(p, p, sentence, golds)


@R.form("protected", "c1_public_agency_service")
def prot_public_agency(ctx: Ctx):
    """A government's own free agency service and hotline (帮办代办, 12345), words an ad also uses."""
    rng = ctx.rng
    n = rng.randint(20, 300)
    tel = f"0{rng.choice(['571', '577', '579'])}-{rid(rng, 8)}"
    return rng.choice([
        lambda: _protect(ctx, f"推行帮办代办服务，全年为企业免费代办营业执照等事项{n}件。", [f"为企业免费代办营业执照等事项{n}件"]),
        lambda: _protect(ctx, f"办事群众可拨打咨询电话{tel}。", [f"咨询电话{tel}"]),
        lambda: _protect(ctx, f"开展公益性岗位招聘，提供兼职岗位{n}个。", [f"提供兼职岗位{n}个"]),
    ])()


@R.form("protected", "c2_data_source_note")
def prot_data_source(ctx: Ctx):
    """A data-source note the document itself carries at a paragraph's end: （数据来源：县统计局）."""
    rng = ctx.rng
    org = rng.choice(["县统计局", "市统计局", "国家统计局", "省农业农村厅", "各乡镇上报"])
    a, b = rng.choice([("（", "）"), ("（", "）")])
    tok = f"{a}数据来源：{org}{b}"
    return _protect(ctx, tok, [tok])


@R.form("protected", "c3_topic_column_counts")
def prot_topic_column(ctx: Ctx):
    """Body text about the body's own web columns: 开设“乡村振兴”专题专栏，浏览量达12万人次."""
    rng = ctx.rng
    topic = rng.choice(["乡村振兴", "安全生产月", "法治政府建设", "优化营商环境"])
    n = rng.randint(100, 900)
    w = rng.randint(2, 30)
    s = f"在门户网站开设“{topic}”专题专栏，发布信息{n}条，浏览量达{w}万人次。"
    return _protect(ctx, s, [f"“{topic}”专题专栏，发布信息{n}条，浏览量达{w}万人次"])
