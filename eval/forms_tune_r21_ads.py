"""More TUNE forms (round 21): ads, written blind (before reading the ads rules).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers.

Round 21, shapes taken from what sharing sites, content farms and page injectors really leave in copied
text, none of them shown by the ~90 earlier ads forms: a sharing site's PDF page slogan (精品文档 欢迎下载,
学习必备 欢迎下载, -可编辑修改-) left at every page break, so it cuts sentences in two; channel names and
ids written with homoglyphs (Cyrillic / Greek / Roman-numeral letters, variant Han 嶶 溦 芯, ➕); an ad
spliced inside the title or a heading, or a page title template split around the title; a 范文
compilation's piece markers (篇一： / 【第1篇】 / 篇二：… teaser); spam comments of the page's comment box with
their floor, user and time; an ad image's alt text left by HTML-to-Markdown or -text conversion
(![扫码领取…](https://img…png), [图片]…); a membership promotion carrying dates, clock times, percents and
prices; AI-writing-tool promotions of content farms. Two protected forms hold a recruitment / training
notice's own applicant lines (its QQ group, landline hotline, the 不举办辅导培训班 sentence) and a plan's
own consumer-promotion sentences (消费券, 满减, 半价, 领取, 小程序).
"""

from __future__ import annotations

import re

from common import is_han
from forms_tune import R  # noqa: F401  (forms register themselves on import)

from forms_common import (FAKE_MOBILES, SITE_NAMES_CN, SITE_STEMS, TLDS, Ctx, Gold, Inj, colon, doc_year,
                          domain, keep_lines, rid)
from forms_tune import _protect

_SITES = ["好范文网", "文秘帮", "笔杆子文库", "公文宝", "材料侠", "秘书之家", "范文大全网", "学文网", "写作宝典网"]
_GENRES = ["工作总结", "工作要点", "述职报告", "实施方案", "心得体会", "讲话稿", "汇报材料", "工作计划"]
_CITIES = ["江岭", "北屏", "南湖", "青湾", "云溪", "白河", "梅山"]
_PINYIN = {"江岭": "jiangling", "北屏": "beiping", "南湖": "nanhu", "青湾": "qingwan", "云溪": "yunxi",
           "白河": "baihe", "梅山": "meishan"}
_BRACKETS = [("【", "】"), ("（", "）"), ("〖", "〗"), ("[", "]"), ("(", ")"), ("「", "」"), ("『", "』")]
_HEAD_MARK = re.compile(r"(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十百]+[章条]\u3000)")


def _at_line(ctx: Ctx, lines: list[str], wheres: list[str]):
    """``lines`` one a line at a boundary drawn from ``wheres``; one gold span for the block."""
    where = ctx.rng.choice(wheres)
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    raw = "".join("\n" + x for x in lines) if p == len(ctx.text) else "".join(x + "\n" for x in lines)
    return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where=where)])


def _glued(ctx: Ctx, text: str):
    """``text`` glued after the 。 that ends a prose paragraph."""
    ends = [ctx.lines[i][1] for i in ctx.prose_lines() if ctx.text[ctx.lines[i][1] - 1] == "。"]
    p = ctx.pick_point(ends)
    if p is None:
        return None
    raw = ctx.rng.choice(["", "", " ", "\u3000"]) + text
    return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="glued")])


def _after_stop(ctx: Ctx, text: str):
    """``text`` inserted right after a 。 inside a prose paragraph (another sentence follows)."""
    pts = [s + 1 for s, e, _ in ctx.matches("。(?=[\u4e00-\u9fff])")]
    p = ctx.pick_point(pts)
    if p is None:
        return None
    return Inj(p, p, text, [Gold(0, len(text), "ads", "remove", "", where="splice")])


def _place(ctx: Ctx, text: str, wheres: list[str]):
    where = ctx.rng.choice(wheres)
    if where == "glued":
        return _glued(ctx, text) or _at_line(ctx, [text], ["between"])
    if where == "after_stop":
        return _after_stop(ctx, text) or _at_line(ctx, [text], ["between"])
    return _at_line(ctx, [text], [where])


def _domain(rng) -> str:
    return rng.choice(["www.", "m.", ""]) + rng.choice(SITE_STEMS) + rng.choice(["", rid(rng, 2)]) + rng.choice(TLDS)


def _handle(rng) -> str:
    return rng.choice(SITE_STEMS + ["wm", "xz", "gw"]) + rng.choice(["", "_", ""]) + rid(rng, rng.randint(2, 4))


# ---------------------------------------------------------------------------------------------------

_PAGE_SLOGANS = ["精品文档 欢迎下载", "学习必备 欢迎下载", "名师归纳总结 精品学习资料", "精品学习资料 可选择p d f",
                 "-可编辑修改-", "word文档 可自由复制编辑", "专业资料精心整理分享", "资料仅供参考 word版可编辑",
                 "精品资料 - - - 欢迎下载 - - -", "优质文档 值得下载", "{site} - 让每个人平等地提升自我",
                 "{site} - 好好学习，天天向上", "最新精品资料整理推荐，欢迎下载使用", "-- 精品文档 · 下载即可编辑 --"]


@R.form("ads", "t201_pdf_page_slogan_r21")
def ads_pdf_page_slogan(ctx: Ctx):
    """A document-sharing site's page slogan (header or footer of every page of the PDF it serves),
    left in the text at each page break when the PDF is copied or converted, so it cuts a sentence in
    two on a line of its own, once or twice in the same document (the same slogan each time).
    Real cause: 文库 / doc88 / docin PDFs carry 精品文档 欢迎下载 / 学习必备 欢迎下载 / -可编辑修改- on each
    page; text extraction puts it wherever the page broke, mid-sentence or between paragraphs.
    raw  …全面推进\\n学习必备 欢迎下载\\n老旧小区改造…  →  …全面推进老旧小区改造…"""
    rng = ctx.rng
    slogan = rng.choice(_PAGE_SLOGANS).format(site=rng.choice(SITE_NAMES_CN) + "文库")
    if rng.random() < 0.3:
        slogan = rng.choice(["", " ", "  "]) + slogan + rng.choice(["", " ", "\u3000"])
    gaps = ctx.han_gaps() + ctx.han_gaps(after=lambda c: c in "，、；", before=is_han)
    between = ctx.boundaries("between")
    pts = ctx.shuffled(gaps + (between if rng.random() < 0.3 else []))
    betw = set(between)

    def piece(p: int) -> str:
        return slogan + "\n" if p in betw else "\n" + slogan + "\n"

    for p1 in pts[:40]:
        if not ctx.free(p1, p1):
            continue
        if rng.random() < 0.55:
            far = [q for q in pts if 160 <= q - p1 <= 700]
            for p2 in far[:20]:
                if ctx.free(p1, p2):
                    a, b = piece(p1), piece(p2)
                    raw = a + ctx.text[p1:p2] + b
                    return Inj(p1, p2, raw, [Gold(0, len(a), "ads", "remove", "", where="splice"),
                                             Gold(len(raw) - len(b), len(raw), "ads", "remove", "", where="splice")])
        a = piece(p1)
        return Inj(p1, p1, a, [Gold(0, len(a), "ads", "remove", "", where="splice")])
    return None


# ---------------------------------------------------------------------------------------------------

_CYR = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і", "w": "ԝ", "s": "ѕ",
        "j": "ј", "h": "һ", "B": "В", "X": "Х", "H": "Н", "K": "К", "M": "М", "T": "Т", "O": "О"}
_CHANNELS = ["ВХ", "Ѵ信", "Ⅴ信", "ν信", "ᐯ信", "ⅤⅩ", "ԚԚ", "QԚ", "嶶信", "溦信", "徾信", "薇芯", "威芯", "V芯",
             "➕V", "✚V", "➕嶶", "+ᐯ", "ＶⅩ", "ԝх", "ԝеіхіп", "嶶❤"]


def _homoglyph(rng, s: str) -> str:
    out = []
    for ch in s:
        out.append(_CYR[ch] if ch in _CYR and rng.random() < 0.6 else ch)
    return "".join(out)


@R.form("ads", "t202_homoglyph_channel_r21")
def ads_homoglyph_channel(ctx: Ctx):
    """A contact whose channel name and id are written with homoglyphs so a keyword or Latin-id filter
    misses them: Cyrillic / Greek / Roman-numeral / Canadian-syllabic letters (ВХ, Ⅴ信, ν信, ᐯ信, ԚԚ),
    variant Han for 微 / 信 (嶶信, 溦信, 薇芯), a heavy plus (➕V, ✚V), the id's Latin letters swapped for
    Cyrillic ones (wеnmі88); after a short offer, on a line, glued after a paragraph or after a 。.
    Real cause: spammers on forums and hacked pages evade platform filters with look-alike letters.
    raw  材料代笔 ➕V：ԝеnmі2024  →  (line removed)"""
    rng = ctx.rng
    chan = rng.choice(_CHANNELS)
    ident = _homoglyph(rng, rng.choice([_handle(rng), _handle(rng), rng.choice(FAKE_MOBILES)]))
    offer = rng.choice(["材料代笔", "各类总结代写", "原创公文定制", "述职报告、讲话稿撰写", "范文模板打包",
                        "年终总结一对一代写", "党建材料代写", "公文写作辅导"])
    sep = rng.choice(["，", " ", "　", "｜", "，请"])
    text = rng.choice([f"{offer}{sep}{chan}{colon(rng)}{ident}",
                       f"{offer}{sep}加{chan} {ident}",
                       f"{chan}{colon(rng)}{ident}" + "{}{}{}".format(*(lambda b: (b[0], offer, b[1]))(
                           rng.choice([("（", "）"), ("(", ")")]))),
                       f"需要{offer}的朋友{chan}我{colon(rng)}{ident}"])
    if rng.random() < 0.3:
        a, b = rng.choice(_BRACKETS)
        text = a + text + b
    end = "。" if rng.random() < 0.5 else ""
    where = rng.choice(["between", "tail", "glued", "after_stop", "head"])
    if where in ("glued", "after_stop"):
        text += end
    return _place(ctx, text, [where])


# ---------------------------------------------------------------------------------------------------


def _heading_lines(ctx: Ctx) -> list[int]:
    out = []
    for i in ctx.body_range():
        line = ctx.lines[i][2]
        m = _HEAD_MARK.match(line)
        if m and "。" not in line and 6 <= len(line) - m.end() <= 30:
            out.append(i)
    return out


def _tag(rng) -> str:
    site, dom = rng.choice(_SITES), _domain(rng)
    return rng.choice([site, f"{site} {dom}", dom, f"{site}整理", f"{rng.choice(_GENRES)}范文", f"{site}原创首发",
                       f"代写请加V：{_handle(rng)}", f"更多范文：{dom}"])


@R.form("ads", "t203_ad_inside_title_heading_r21")
def ads_inside_title_heading(ctx: Ctx):
    """A site tag spliced into the middle of the title or of an outline heading, in brackets or
    between blanks / underscores, or a page-title template split AROUND the title (site before, genre
    and domain after): SEO page templates and injectors that rewrite <h1>/<title> insert their
    keyword or watermark inside the headline text, and the scrape keeps it.
    raw  2021年江岭市卫生健康【好范文网 www.haofanwen.com】工作要点  →  2021年江岭市卫生健康工作要点
    raw  好范文网 - 2021年…工作要点_工作要点范文_haofanwen.com  →  2021年…工作要点"""
    rng = ctx.rng
    mode = rng.choice(["title", "title", "heading", "heading", "split"])
    s0, e0, title = ctx.lines[0]
    if mode == "split":
        if not ctx.free(s0, e0) or len(title) < 6:
            return None
        site = rng.choice(_SITES)
        pre = rng.choice([f"{site} - ", f"{site}_", f"【{site}】", f"{site}：", f"{site}|"])
        suf = rng.choice([f"_{rng.choice(_GENRES)}范文_{_domain(rng)}", f" - {rng.choice(_GENRES)}大全 - {_domain(rng)}",
                          f"|{rng.choice(_GENRES)}频道|{_domain(rng)}", f"——{_domain(rng)}", f"（{_domain(rng)}）"])
        raw = pre + title + suf
        return Inj(s0, e0, raw, [Gold(0, len(pre), "ads", "remove", "", where="head"),
                                 Gold(len(pre) + len(title), len(raw), "ads", "remove", "", where="head")])
    if mode == "title":
        pts = [p for p in range(s0 + 3, e0 - 2) if is_han(ctx.text[p - 1]) and is_han(ctx.text[p])]
    else:
        pts = []
        for i in _heading_lines(ctx):
            s, e, _ = ctx.lines[i]
            start = ctx.marker_end(i) + 2
            pts += [p for p in range(start, e - 2) if is_han(ctx.text[p - 1]) and is_han(ctx.text[p])]
    p = ctx.pick_point(pts)
    if p is None:
        return None
    tag = _tag(rng)
    style = rng.random()
    if style < 0.6:
        a, b = rng.choice(_BRACKETS)
        raw = a + tag + b
    elif style < 0.8:
        raw = rng.choice([" ", "  ", "\u3000"]) + tag + rng.choice([" ", "  ", "\u3000"])
    else:
        sep = rng.choice(["_", "——", "|", "-", "__"])
        raw = sep + tag + sep
    return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="splice")])


# ---------------------------------------------------------------------------------------------------

_PIECE_1 = ["篇一：", "篇一:", "【篇一】", "【篇1】", "第1篇：", "范文一：", "精选范文1：", "篇1 ", "【第一篇】", "范文1："]
_PIECE_2 = ["篇二：", "【篇二】", "【篇2】", "第2篇：", "范文二：", "精选范文2：", "【第二篇】"]


@R.form("ads", "t204_compilation_piece_marker_r21")
def ads_compilation_piece_marker(ctx: Ctx):
    """A 范文 site's compilation markers: its pages string several documents together under 篇一 /
    篇二 (…工作要点（精选5篇）), so a copy of one piece keeps the piece marker glued before its title or
    on a line above or under it, or the next piece's heading (篇二：…范文) after its last line.
    Real cause: template sites (范文网, 学习啦, 瑞文) publish 'N篇' compilations; a scraper cuts one piece.
    raw  篇一：2021年江岭市卫生健康工作要点  →  2021年江岭市卫生健康工作要点
    raw  …2021年3月29日\\n篇二：2022年乡镇卫生健康工作要点范文  →  …2021年3月29日"""
    rng = ctx.rng
    mode = rng.choice(["glued", "glued", "above", "under", "next"])
    s0, e0, title = ctx.lines[0]
    if mode == "glued":
        if not ctx.free(s0, s0):
            return None
        m = rng.choice(_PIECE_1)
        return Inj(s0, s0, m, [Gold(0, len(m), "ads", "remove", "", where="head")])
    if mode in ("above", "under"):
        m = rng.choice(_PIECE_1).rstrip(" ：:")
        m = m + rng.choice(["", "", "（共5篇）", f"（{rng.choice(_SITES)}精选）"])
        return _at_line(ctx, [m], ["top" if mode == "above" else "head"])
    year = doc_year(ctx) + rng.choice([0, 1, -1])
    nxt = rng.choice(_PIECE_2) + rng.choice([f"{year}年乡镇{rng.choice(_GENRES)}范文",
                                             f"{year}年{rng.choice(_CITIES)}{rng.choice(_GENRES)}（通用版）",
                                             f"{rng.choice(_GENRES)}范文{rng.randint(3, 9)}篇",
                                             f"{year}年上半年{rng.choice(_GENRES)}精选"])
    if rng.random() < 0.4:
        nxt += rng.choice(["（点击查看全文）", "（下载全文查看）", " >>", "……"])
    p = len(ctx.text)
    if not ctx.free(p, p):
        return None
    raw = "\n" + nxt
    return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="tail")])


# ---------------------------------------------------------------------------------------------------


@R.form("ads", "t205_comment_floor_spam_r21")
def ads_comment_floor_spam(ctx: Ctx):
    """Spam comments of the page's comment box scraped with the article: a floor number, a user name,
    a posting time and a paid-writing / material offer (3楼 游客8723 2021-04-02 10:23 需要代写的找我，
    V：…), or a reply to another user; one or two lines at the end or between paragraphs.
    Real cause: open comment boxes of 范文 and forum pages fill with spam; crawlers keep the thread.
    raw  …\\n#2楼 匿名网友 2021-04-03 09:12\u3000写得好，写材料找我，扣：8765432  →  …"""
    rng = ctx.rng
    year = doc_year(ctx)

    def line(n: int) -> str:
        user = rng.choice([f"游客{rid(rng, 4)}", "匿名网友", f"网友{rid(rng, 5)}", "热心网友", f"笔杆子{rid(rng, 3)}",
                           f"user_{rid(rng, 6)}", f"{rng.choice(['老周', '小林', '王老师'])}写材料"])
        when = rng.choice([f"{year}-{rng.randint(4, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(8, 23):02d}:"
                           f"{rng.randint(0, 59):02d}", f"{rng.randint(2, 23)}小时前", f"{rng.randint(2, 9)}天前",
                           f"{rng.randint(4, 12)}月{rng.randint(1, 28)}日"])
        floor = rng.choice([f"{n}楼", f"#{n}楼", f"{n}#", f"第{n}楼", f"[{n}楼]"])
        body = rng.choice([f"写得不错，需要代写材料的可以找我，薇：{_handle(rng)}",
                           f"楼主整理辛苦了，{rng.choice(_GENRES)}代写请加V {_handle(rng)}",
                           f"专业写{rng.choice(_GENRES)}，价格美丽，扣扣：{rid(rng, 9)}",
                           f"有需要{rng.choice(_GENRES)}Word版的私信我，全套{rng.randint(5, 30)}元",
                           f"同城代写，当天交稿 {rng.choice(FAKE_MOBILES)}",
                           f"回复 @{rng.choice(['江岭小王', 'user_' + rid(rng, 4), '匿名网友'])}：已发你邮箱，"
                           f"更多加群{rid(rng, 9)}"])
        lead = rng.choice(["", "", "网友评论：", "评论："])
        return lead + rng.choice([f"{floor} {user} {when} {body}", f"{user}（{when}）：{body}",
                                  f"{floor} {user}：{body}　{when}", f"{user} 说：{body}"])
    n0 = rng.randint(1, 6)
    lines = [line(n0)] + ([line(n0 + 1)] if rng.random() < 0.35 else [])
    return _at_line(ctx, lines, ["tail", "tail", "tail", "between"])


# ---------------------------------------------------------------------------------------------------


@R.form("ads", "t206_image_alt_residue_r21")
def ads_image_alt_residue(ctx: Ctx):
    """An ad image (QR code, banner) left by HTML-to-Markdown or HTML-to-text conversion as its
    Markdown image, its alt text behind an [图片] placeholder or a raw <img> tag: the picture is gone,
    its promotional alt text and URL stay; on a line, glued after a paragraph, or between sentences.
    Real cause: html2text / markdownify / readability keep <img alt> and src; 范文 and self-media
    pages put QR-code banners with ad captions into the article.
    raw  ![扫码关注，回复“总结”领取全文](https://img.wenmi.com/uploads/2021/0412.png)  →  (line removed)"""
    rng = ctx.rng
    year = doc_year(ctx)
    key = rng.choice(["总结", "要点", "方案", "材料", "888"])
    alt = rng.choice([f"扫码关注，回复“{key}”领取全文", "代写材料请加微信", f"{rng.choice(_SITES)}范文下载",
                      f"长按识别二维码 添加老师微信 {_handle(rng)}", "扫码进群 免费领取全套模板",
                      f"{rng.choice(_GENRES)}模板 一键下载", "公众号二维码：关注获取更多范文", "广告：原创材料定制"])
    stem = rng.choice(SITE_STEMS)
    url = (f"https://{rng.choice(['img.', 'static.', 'pic.', ''])}{stem}{rng.choice(TLDS)}/"
           f"{rng.choice(['uploads', 'images', 'ad', 'qrcode'])}/{year}/{rid(rng, 4)}{rng.choice(['.png', '.jpg', '.gif'])}")
    text = rng.choice([f"![{alt}]({url})", f"![]({url}) {alt}", f"[图片]{alt}", f"【图片：{alt}】",
                       f"<img src=\"{url}\" alt=\"{alt}\">", f"[{alt}]({url})", f"（图：{alt}）",
                       f"[image: {alt}]"])
    return _place(ctx, text, ["between", "between", "tail", "glued", "after_stop", "head"])


# ---------------------------------------------------------------------------------------------------


@R.form("ads", "t207_promo_dates_prices_r21")
def ads_promo_dates_prices(ctx: Ctx):
    """A template site's membership or download promotion that carries dates, clock times, percents
    and prices (即日起至2021年4月30日，开通年度VIP立减50%，仅需¥99 / 4月1日00:00—4月3日24:00 全站文档
    8折): tokens other families repair or protect, so only the whole line's being an ad explains them;
    on a line, glued after a paragraph, after a 。, or in a bracket.
    Real cause: sharing sites run dated sales banners (618 / 双11 / 开学季) above and below documents.
    raw  …落到实处。【618大促：6月1日00:00-6月18日24:00，全站VIP低至5折】  →  …落到实处。"""
    rng = ctx.rng
    y = doc_year(ctx)
    m, d = rng.randint(1, 11), rng.randint(1, 25)
    site = rng.choice(_SITES + ["本站", "本平台"])
    pct = rng.choice(["50%", "30%", "70%", "5折", "8折", "3.8折"])
    price = rng.choice(["¥99", "￥49.9", "99元", "19.9元/月", "¥199/年", "9.9元"])
    sale = rng.choice(["618大促", "双11狂欢", "开学季特惠", "年终盛典", "新春特惠", "周年庆"])
    text = rng.choice([
        f"即日起至{y}年{m}月{d}日，{site}开通年度VIP立减{pct}，仅需{price}",
        f"{sale}：{m}月{d}日00:00-{m}月{d + 2}日24:00，全站文档{rng.choice(['低至', '一律'])}{pct}",
        f"新用户注册即送{rng.randint(3, 30)}天会员，{y}.{m}.{d}前有效，详见{_domain(rng)}",
        f"{site}{y}年度会员限时{pct}优惠，原价{rng.randint(2, 5)}99元，现价{price}，截至{m}月{d}日",
        f"{sale}倒计时：{rng.randint(1, 3)}天{rng.randint(1, 23)}小时，{rng.choice(_GENRES)}模板{price}打包带走",
        f"VIP会员{pct}限时抢，{m}月{d}日{rng.randint(8, 20)}:00准时开抢，前{rng.randint(50, 500)}名加赠范文{rng.randint(100, 999)}篇",
    ])
    if rng.random() < 0.4:
        a, b = rng.choice(_BRACKETS)
        text = a + text + b
    return _place(ctx, text, ["between", "tail", "head", "glued", "after_stop", "top"])


# ---------------------------------------------------------------------------------------------------

_AI_BRANDS = ["笔灵", "秘塔", "智写", "公文星", "火龙果", "写作猫", "文心笔杆", "灵犀", "材料通"]


@R.form("ads", "t208_ai_writing_tool_r21")
def ads_ai_writing_tool(ctx: Ctx):
    """A content farm's AI-writing-tool promotion: the page says the text was generated by its AI, or
    sells a one-click generator for the genre (本文由AI写作助手生成，一键生成同类材料请访问… / AI一键写总结，
    3秒出稿，免费试用 → … / Powered by XXAI · 免费生成公文), above or under the title, between
    paragraphs, glued after one or at the end.
    Real cause: since 2023 template and content farms mass-publish AI-written 范文 and push their tools.
    raw  …\\n本文由笔灵AI写作生成，输入标题即可一键生成工作要点，新用户免费写3篇  →  …"""
    rng = ctx.rng
    brand = rng.choice(_AI_BRANDS)
    g = rng.choice([x for x in _GENRES if x not in ("述职报告", "讲话稿")])
    dom = _domain(rng)
    text = rng.choice([
        f"本文由{brand}AI写作生成，输入标题即可一键生成{g}，新用户免费写{rng.randint(1, 5)}篇",
        f"AI一键写{g}、写汇报，{rng.randint(3, 30)}秒出稿，免费试用 → {dom}",
        f"用AI写材料，就上{brand}（{dom}）",
        f"Powered by {brand}AI · 免费生成公文",
        f"以上内容由{brand}AI智能写作助手生成，仅供参考，点击免费体验AI写{g}",
        f"微信搜索小程序「{brand}AI写作」，{g}、述职报告、讲话稿一键生成",
        f"还在熬夜写{g}？试试{brand}AI，输入关键词，{rng.randint(1, 5)}分钟生成万字材料",
        f"【AI写作】{brand}公文大模型上线，{g}免费生成，登录{dom}立即体验",
    ])
    if rng.random() < 0.25:
        a, b = rng.choice(_BRACKETS)
        text = a + text + b
    return _place(ctx, text, ["head", "top", "tail", "tail", "between", "glued"])


# ---------------------------------------------------------------------------------------------------
# protected


@R.form("protected", "t209_recruit_notice_own_lines_r21")
def prot_recruit_notice_own_lines(ctx: Ctx):
    """A recruitment / training notice's own lines for applicants, each shaped like an ad: its
    applicants' QQ group (with the entry rule), its sign-up hotline on a landline with office hours,
    its training sign-up by e-mail, its 人社 公众号 for announcements, and the standard sentence that
    it runs no coaching class (不举办也不委托任何机构举办考试辅导培训班). All stay."""
    rng = ctx.rng
    city = rng.choice(_CITIES)
    tel = f"0{rng.randint(570, 799)}-{rng.randint(2, 8)}{rid(rng, 7)}"
    tel2 = f"0{rng.randint(570, 799)}-{rng.randint(2, 8)}{rid(rng, 7)}"
    y = doc_year(ctx)
    pool = [
        f"考生QQ群：{rng.randint(1, 9)}{rid(rng, 8)}（仅限本次报考人员加入，入群请备注姓名和报考岗位）",
        f"报名咨询电话：{tel}、{tel2}（工作日上午9:00-12:00，下午14:30-17:30）",
        "本次考试不指定考试辅导用书，不举办也不委托任何机构举办考试辅导培训班。",
        f"培训报名：请于{y}年{rng.randint(3, 10)}月{rng.randint(1, 28)}日前将报名表发送至{_PINYIN[city]}"
        f"rsj{rid(rng, 3)}@163.com，咨询电话：{tel}。",
        f"考试相关信息请关注“{city}人社”微信公众号或{city}市人民政府网站，报考人员应及时查看。",
        f"政策咨询：{city}市人力资源和社会保障局就业促进科，电话：{tel}；监督电话：12333。",
        "培训期间食宿费用由参训人员所在单位承担，培训不收取任何费用。",
    ]
    lines = rng.sample(pool, rng.randint(2, 3))
    return keep_lines(ctx, lines, rng.choice(["tail", "between"]))


@R.form("protected", "t210_consumer_promo_sentences_r21")
def prot_consumer_promo_sentences(ctx: Ctx):
    """A plan's own consumer-promotion sentences with the words of sales ads: 消费券 to 领取 in an
    APP or 小程序, 满减, 半价, 限领, 先到先得, prices of a 惠民卡, a 折 discount and a dated campaign — a
    文旅 / 商务 measure glued to a body paragraph as its own sentence. The sentence stays."""
    rng = ctx.rng
    city = rng.choice(_CITIES)
    y = doc_year(ctx)
    m = rng.randint(3, 9)
    s = rng.choice([
        f"活动期间，市民可通过“云闪付”APP领取“{city}文旅消费券”，满200元减50元，每人每日限领1张，先到先得",
        f"{y}年{m}月1日至{m}月30日，全市A级旅游景区对持“文旅惠民卡”游客实行门票半价优惠，惠民卡售价99元，"
        f"可通过“{city}文旅”微信小程序在线办理",
        f"组织家电、汽车等大宗消费促进活动，以旧换新最高补贴2000元，补贴资金由市县两级财政按5:5比例承担",
        f"鼓励商贸企业开展“惠民购物月”活动，重点商超对民生商品实行8折让利，活动期间不得先提价后打折",
        f"发放餐饮消费券{rng.randint(200, 900)}万元，分{rng.randint(3, 6)}期投放，领取后{rng.randint(3, 7)}日内有效，"
        f"逾期自动作废",
    ])
    return _protect(ctx, s + "。", [s])
