"""More TUNE forms (round 16): ads, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.

Round 16, shapes taken from real document-sharing and 范文 pages (360docs, doczj, renrendoc, zixin,
31ppt, xzwoo-style 范文 sites) and from the copy footers that Zhihu, Jianshu and CSDN append to copied
text: an editor's voice framing the text as a site's collection (下面是小编为大家整理的…，仅供参考),
a sharing site's file-info strip (格式：doc 大小：20.14KB 文档页数：2, 资源ID … 下载积分), a sharing
platform's numbered notices that look like body items (1、下载文档前请自行甄别…), a three-line banner
with rules of dashes (精品文档就在这里 / 各类专业好文档，值得你下载), a platform's copy footer over
several short lines (作者： / 链接： / 来源：知乎 / 著作权归作者所有…), a bare row of genre keywords
(工作总结范文 工作计划范文 心得体会 …), a contact whose id is broken by zero-width characters, emoji or
mixed dots spliced mid-sentence without a bracket, and a sharing site's income and rights notes
(此文档下载收益归作者所有, 收益归属内容提供方); two protected forms hold a notice's own numbered
reminders with a contact and a notice's sentences using an editor's and the platforms' words.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

from forms_common import FAKE_MOBILES, Ctx, Gold, Inj, colon, keep_lines, rid
from forms_tune import _protect
from forms_tune_ads import _place

_SITES = ["第一范文网", "文档之家", "好范文", "书业网", "人人文库", "三一办公", "范文先生网", "学习啦", "文秘帮"]
_STEMS = ["dyfw", "wdzj", "haofanwen", "shuyewang", "rrwk", "31bg", "fwxs", "xuexila", "wmbang"]
_GENRES = ["工作总结", "工作计划", "心得体会", "述职报告", "实施方案", "工作要点", "活动方案", "调研报告", "发言稿",
           "自查报告", "整改报告", "演讲稿", "个人总结", "述职述廉报告", "党课讲稿", "应急预案"]


def _lines_at(ctx: Ctx, lines: list[str], wheres: list[str]):
    """Insert ``lines`` one a line at a boundary drawn from ``wheres``, one gold span for all."""
    where = ctx.rng.choice(wheres)
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    raw = "".join("\n" + x for x in lines) if p == len(ctx.text) else "".join(x + "\n" for x in lines)
    return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where=where)])


def _title(ctx: Ctx) -> str:
    title = ctx.lines[0][2].strip()
    return title if 4 <= len(title) <= 40 else "工作要点"


@R.form("ads", "t110_editor_voice")
def ads_editor_voice(ctx: Ctx):
    """A 范文 site's editor framing the text as its collection, a prose sentence with full stops
    and no contact at all: 下面是小编为大家整理的…，仅供参考，大家一起来看看吧。 (after the title)
    / 以上就是小编为大家整理的…，希望对大家有所帮助，更多…请关注本站。 (at the end)."""
    rng = ctx.rng
    t = _title(ctx)
    who = rng.choice(["小编", "编辑", "本站小编", "小编我", "网友"])
    g = rng.choice(_GENRES)
    heads = [f"下面是{who}为大家整理的{t}，仅供参考，大家一起来看看吧。",
             f"以下是{who}精心收集整理的{t}，欢迎阅读与收藏。",
             f"本栏目，{who}为大家收集整理了数篇{g}，希望为您带来帮助！",
             f"{t}是怎么写的呢？下面是{who}为大家带来的{t}，希望能帮助到大家。"]
    tails = [f"以上就是{who}为大家整理的{t}，希望对大家有所帮助，更多{g}相关内容请关注本站。",
             f"看了“{t}”的人还看了：{rng.choice(_GENRES)}、{g}。",
             f"感谢您阅读{t}，更多精彩{g}尽在{rng.choice(_SITES)}，欢迎收藏。",
             f"以上是{who}分享的{t}，如果觉得有用，别忘了分享给身边的朋友哦。"]
    if rng.random() < 0.5:
        return _lines_at(ctx, [rng.choice(heads)], ["head"])
    return _lines_at(ctx, [rng.choice(tails)], ["tail", "tail", "between"])


@R.form("ads", "t111_doc_info_strip")
def ads_doc_info_strip(ctx: Ctx):
    """A document-sharing site's file-info strip under the title, on one line or one field a line,
    sometimes as a dashed list: 格式：doc 大小：20.14KB 文档页数：2 / 资源ID：3061754 资源大小：57.76KB
    全文页数：39页 / 合集下载 / 下载积分：6.99金币."""
    rng = ctx.rng
    c = rng.choice(["：", ":", "："])
    fields = [f"格式{c}{rng.choice(['doc', 'docx', 'DOC', 'pdf'])}",
              f"大小{c}{rng.randint(12, 96)}.{rng.randint(10, 99)} KB",
              f"文档页数{c}{rng.randint(2, 30)}",
              f"上传日期{c}{rng.choice(['2022-08-03', '2023-05-17'])} {rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"]
    res = [f"资源ID{c}{rid(rng, 7)}", f"资源大小{c}{rng.randint(20, 300)}.{rng.randint(10, 99)}KB",
           f"全文页数{c}{rng.randint(2, 40)}页", f"资源格式{c} DOCX", f"下载积分{c}{rng.randint(1, 16)}.{rng.randint(10, 99)}金币"]
    kind = rng.randint(0, 3)
    if kind == 0:
        lines = [rng.choice(["  ", " ", "\u3000"]).join(rng.sample(fields, rng.randint(2, 4)))]
    elif kind == 1:
        dash = rng.choice(["- ", "• ", "", "· "])
        lines = [dash + f for f in fields[:rng.randint(2, 3)]]
    elif kind == 2:
        lines = [rng.choice(["  ", "       ", " "]).join(res[:3]), rng.choice(["  ", " "]).join(res[3:])]
    else:
        lines = [rng.choice(["合集下载", "文档下载", "免费下载"])] + [" ".join(rng.sample(fields, 2))]
    return _lines_at(ctx, lines, ["head", "head", "top"])


@R.form("ads", "t112_platform_notice_list")
def ads_platform_notice_list(ctx: Ctx):
    """A sharing platform's numbered notices left under the title or at the end; each line is a
    full sentence with an outline marker, like a body item: 1、下载文档前请自行甄别文档内容的完整性…
    / 2、“仅部分预览”的文档，不可在线预览部分如存在完整性等问题，可反馈申请退款 / 3、如文档侵犯
    您的权益，请联系客服反馈（人工客服工作时间：9:00-18:30）。"""
    rng = ctx.rng
    items = ["下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑、内容补充、找答案等附加服务。",
             "“仅部分预览”的文档，不可在线预览部分如存在完整性等问题，可反馈申请退款。",
             f"如文档侵犯您的权益，请联系客服反馈，我们会尽快为您处理（人工客服工作时间：{rng.choice(['9:00-18:30', '8:30-22:00'])}）。",
             "本站资源下载后的文档无水印，预览文档经过压缩，下载后原文更清晰。",
             "本站不支持迅雷下载，请使用电脑自带的浏览器下载即可。",
             "试题试卷类文档，如果标题没有明确说明有答案则都视为没有答案，请知晓。"]
    chosen = rng.sample(items, rng.randint(2, 3))
    marks = rng.choice([["1、", "2、", "3、"], ["1.", "2.", "3."], ["（1）", "（2）", "（3）"], ["一、", "二、", "三、"]])
    lines = [m + x for m, x in zip(marks, chosen)]
    if rng.random() < 0.4:
        lines.insert(0, rng.choice(["温馨提示：", "友情提示", "下载须知："]))
    return _lines_at(ctx, lines, ["head", "tail", "tail"])


@R.form("ads", "t113_three_line_banner")
def ads_three_line_banner(ctx: Ctx):
    """A sharing site's banner over three short lines, framed by a rule of dashes or stars, before
    the title or at the end: 精品文档就在这里 / ---各类专业好文档，值得你下载，教育，管理，论文，制度，
    方案手册，应有尽有--- / -----------------."""
    rng = ctx.rng
    r = rng.choice(["-", "—", "=", "*", "_", "~"])
    rule = r * rng.randint(20, 60)
    pad = r * rng.randint(5, 14)
    mid = rng.choice(["各类专业好文档，值得你下载，教育，管理，论文，制度，方案手册，应有尽有",
                      "海量范文模板免费下载，总结计划，讲话致辞，心得体会，一站搞定",
                      "专业文档分享平台，下载即可编辑使用"])
    first = rng.choice(["精品文档就在这里", "精品文档 值得收藏", f"{rng.choice(_SITES)}为您整理", "欢迎下载使用"])
    lines = rng.choice([[first, pad + mid + pad, rule], [rule, first, mid, rule], [first, rule, mid]])
    if rng.random() < 0.5:
        if not ctx.free(0, 0):
            return None
        raw = "".join(x + "\n" for x in lines)
        return Inj(0, 0, raw, [Gold(0, len(raw), "ads", "remove", "", where="top")])
    return _lines_at(ctx, lines, ["tail"])


@R.form("ads", "t114_copy_footer_block")
def ads_copy_footer_block(ctx: Ctx):
    """The copy footer a Q&A or blog platform appends to copied text, over three or four short lines
    or run into one: 作者：… / 链接：https://www.zhihu.com/question/… / 来源：知乎 / 著作权归作者所有。
    商业转载请联系作者获得授权，非商业转载请注明出处。 (also 简书, CSDN's 版权声明 … 原文链接)."""
    rng = ctx.rng
    author = rng.choice(["公文笔杆子", "材料小能手", "体制内老王", "江湖秘书", "一只笔"]) + rng.choice(["", rid(rng, 2)])
    plat = rng.randint(0, 2)
    if plat == 0:
        lines = [f"作者：{author}", f"链接：https://www.zhihu.com/question/{rid(rng, 9)}/answer/{rid(rng, 10)}", "来源：知乎",
                 "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。"]
    elif plat == 1:
        lines = [f"作者：{author}", f"链接：https://www.jianshu.com/p/{rid(rng, 12)}", "来源：简书",
                 "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。"]
    else:
        lines = ["版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。",
                 f"原文链接：https://blog.csdn.net/{rng.choice(_STEMS)}{rid(rng, 3)}/article/details/{rid(rng, 9)}"]
    if rng.random() < 0.25:
        lines = [rng.choice([" ", "  ", "\u3000"]).join(lines)]
    return _lines_at(ctx, lines, ["tail", "tail", "tail", "between"])


@R.form("ads", "t115_genre_keyword_row")
def ads_genre_keyword_row(ctx: Ctx):
    """A template site's SEO row of genre keywords with no label and no verb, the words separated by
    blanks, bars or 、 (工作总结范文 工作计划范文 心得体会 述职报告 实施方案 …), at the top, under the
    title, between paragraphs or at the end."""
    rng = ctx.rng
    words = [w + rng.choice(["", "范文", "", "模板", "大全"]) for w in rng.sample(_GENRES, rng.randint(5, 9))]
    sep = rng.choice([" ", "  ", "\u3000", " | ", "｜", "、", " / ", "\t"])
    line = sep.join(words)
    if rng.random() < 0.3:
        line = rng.choice(["", f"{rng.choice(_SITES)} "]) + line
    return _lines_at(ctx, [line], ["top", "head", "between", "tail", "tail"])


def _broken_id(rng) -> str:
    """A number or handle whose characters are kept apart by zero-width characters, emoji or
    mixed dots, so that no digit run is long enough for a filter."""
    val = rng.choice(FAKE_MOBILES + [rid(rng, 9), rng.choice(_STEMS) + rid(rng, 3)])
    seps = rng.choice([["\u200b"], ["\u200c", "\u200d"], ["🌸"], ["·", "•"], ["\u2060"], ["❤"], [".", "\u200b"],
                       ["\ufeff"]])
    out = val[0]
    for ch in val[1:]:
        out += rng.choice(seps) + ch if rng.random() < 0.8 else ch
    return out


@R.form("ads", "t116_broken_id_splice")
def ads_broken_id_splice(ctx: Ctx):
    """A contact whose channel and id are broken by zero-width characters, emoji or mixed dots
    (薇\\u200b信 1\\u200b3\\u200b8…, 扣🌸扣 8🌸7🌸6…), spliced mid-sentence without a bracket or in a
    〈〉 / 『』, or glued after a sentence."""
    rng = ctx.rng
    chan = rng.choice(["薇\u200b信", "V\u200c信", "扣🌸扣", "企\u200b鹅", "威❤信", "微·信", "v\u2060x", "Ｖ\u200bＸ", "q\u200bq"])
    offer = rng.choice(["材料代写", "范文下载", "总结代笔", "讲稿定制", "模板领取", "公文素材"])
    text = rng.choice([f"{offer}{chan}{colon(rng)}{_broken_id(rng)}", f"{offer}找{chan}{_broken_id(rng)}",
                       f"{chan}{_broken_id(rng)}{offer}"])
    return _place(ctx, text, ["splice", "splice", "between_sentences", "glued", "between"], 0.3)


@R.form("ads", "t117_share_income_notes")
def ads_share_income_notes(ctx: Ctx):
    """A sharing site's income and rights notes under the title or at the end, alone or with its
    section label: 版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领
    / 此文档下载收益归作者所有 / 文档简介 / 举报 开通vip."""
    rng = ctx.rng
    notes = ["版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领",
             "此文档下载收益归作者所有",
             "本文档由用户上传，收益归属内容提供方",
             "下载文档到电脑，查找使用更方便",
             f"还剩{rng.randint(2, 9)}页未读，继续阅读",
             "举报 开通vip"]
    lines = rng.sample(notes, rng.randint(1, 2))
    if rng.random() < 0.35:
        lines.append(rng.choice(["文档简介", "资源描述", "文本预览"]))
    return _lines_at(ctx, lines, ["head", "head", "tail"])


# ======================================================================================
# protected (keep): a notice's own numbered reminders and sentences using the ads' words


@R.form("protected", "t118_notice_numbered_reminders")
def prot_notice_numbered_reminders(ctx: Ctx):
    """A notice's own numbered reminders at its end, each a sentence with an outline marker, one
    with the organiser's phone and working hours, one about downloads from the portal — shaped like
    a sharing platform's notices."""
    rng = ctx.rng
    phone = f"0{rng.randint(310, 999)}-{rid(rng, 8)}"
    items = [f"申报材料须真实完整，如对结果有异议，请于5个工作日内反馈（联系电话：{phone}，工作时间：9:00-17:30）。",
             "相关表格请从市政府门户网站“通知公告”栏目下载，填写后报送纸质版和电子版各一份。",
             "各单位报送的材料不得涉及国家秘密，不得侵犯他人著作权。"]
    marks = rng.choice([["1.", "2.", "3."], ["（1）", "（2）", "（3）"]])
    return keep_lines(ctx, [m + x for m, x in zip(marks, items)], rng.choice(["tail", "between"]))


@R.form("protected", "t119_notice_platform_words")
def prot_notice_platform_words(ctx: Ctx):
    """A notice's body sentences with the words of editor voices and platform footers: 以上…仅供
    参考, 著作权, 知乎 / 小红书 / 抖音, 范文 / 模板, 收益."""
    rng = ctx.rng
    a = rng.choice([
        ("以上情况为初步汇总，仅供参考，请各单位结合实际补充完善。", ["以上情况为初步汇总，仅供参考"]),
        ("要加强对抖音、小红书、知乎等平台的网络信息监测，依法查处侵犯著作权的行为。",
         ["抖音、小红书、知乎等平台的网络信息监测，依法查处侵犯著作权"]),
        ("严禁照搬照抄网上的工作总结范文和模板，严禁以代写材料等名义收取费用。", ["照搬照抄网上的工作总结范文和模板"]),
        ("下面是各县区报送的典型做法，请大家认真学习借鉴。", ["下面是各县区报送的典型做法"]),
    ])
    return _protect(ctx, a[0], a[1])
