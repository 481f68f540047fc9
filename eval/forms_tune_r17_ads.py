"""More TUNE forms (round 17): ads as blocks and as a voice, written blind (before reading the rules).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.

Round 17, shapes taken from real copy and 范文 pages and from crawled-corpus cleaning scripts: the
BAAI books rule set (claim keywords such as 联系…删除, 24小时内删除, 不得…商业用途, 仅供…试读, and group
numbers spelt 君羊), content farms' editor openings (今天给各位分享…的知识…别忘了关注本站，现在开始吧！),
31ppt's 由会员分享，可在线阅读，更多相关…请在三一办公上搜索, 360docs / bingdoc's numbered 友情提示 and
renrendoc's paid-reading strips. The kinds: an ad of two to four consecutive lines where no single line
is conclusive but the block is; the editor's or uploader's voice addressing the reader in varied
wordings; numbered platform notices at the end in one line or several; a voice ad glued at the start
or the end of a body paragraph; a contact with digits spelt out, spaced and explained (去掉空格);
another trade's promotion with a landline (a look-alike of a notice's own contact line); a sponsored
block between a heading and its paragraph; a paid-reading wall. Two protected forms hold a notice's
own contact / attachment block over several short lines and the notice's own reader-addressing
reminders (温馨提示 with numbered items, 欢迎关注 its 公众号, 需要的单位可…下载).
"""

from __future__ import annotations

import re

from forms_tune import R  # noqa: F401  (forms register themselves on import)

from forms_common import FAKE_MOBILES, Ctx, Gold, Inj, colon, keep_lines, rid
from forms_tune import _protect

_SITES = ["笔杆子文库", "公文帮", "范文大全网", "材料之家", "学文网", "应用文档网", "秘书范文网", "红笔头"]
_STEMS = ["bgzwk", "gwbang", "fwdq", "clzj", "xuewen", "yywd", "msfw", "hbt"]
_GENRES = ["工作总结", "工作要点", "述职报告", "实施方案", "心得体会", "讲话稿", "汇报材料", "调研报告"]
_HEADING = re.compile(r"(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)[^。；]{2,28}")


def _block(ctx: Ctx, lines: list[str], wheres: list[str], where: str | None = None):
    """Insert ``lines`` one a line at a boundary drawn from ``wheres``; one gold span for the block."""
    where = where or ctx.rng.choice(wheres)
    p = ctx.pick_point(ctx.boundaries(where))
    if p is None:
        return None
    raw = "".join("\n" + x for x in lines) if p == len(ctx.text) else "".join(x + "\n" for x in lines)
    return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where=where)])


def _handle(rng) -> str:
    return rng.choice(_STEMS) + rng.choice(["", "_", "", "-"]) + rid(rng, rng.randint(2, 4))


def _title(ctx: Ctx) -> str:
    t = ctx.lines[0][2].strip()
    return t if 4 <= len(t) <= 40 else "工作总结"


@R.form("ads", "t150_weak_lines_block")
def ads_weak_lines_block(ctx: Ctx):
    """An ad of two to four consecutive short lines, a lead, an offer and a contact, where no line
    alone is conclusive (写材料熬到深夜？ / 总结、讲稿、述职 一对一原创 / 找老周 同号 wz_2024), between
    paragraphs, at the end or under the title."""
    rng = ctx.rng
    g1, g2, g3 = rng.sample(_GENRES, 3)
    lead = rng.choice(["写材料熬到深夜？", "还在为写稿发愁吗", "年底材料太多忙不过来？", "领导催稿急？",
                       "不会写？不想写？", "体制内的朋友看过来"])
    offer = rng.choice([f"{g1}、{g2}、{g3} 一对一原创", f"{g1} {g2} {g3}均可", "专人撰写 当天交稿 不满意重写",
                        f"各类{g1}，按要求定制", "价格实惠 质量保证", f"{g1}/{g2}/{g3} 量大从优"])
    who = rng.choice(["找老周", "联系王老师", "咨询小林", "私聊", "欢迎咨询", "有需要的请联系"])
    handle = rng.choice([_handle(rng), rng.choice(FAKE_MOBILES)])
    contact = rng.choice([f"{who} {handle}", f"{who}（同号{handle}）", f"{who}{colon(rng)}{handle}",
                          f"{who} 号码 {handle}", f"{handle}（{rng.choice(['同V', '微同', '电话微信同号'])}）"])
    extra = rng.choice(["", "", "诚信合作 长期有效", "备注：材料"])
    lines = [lead, offer, contact] + ([extra] if extra else [])
    if rng.random() < 0.3:
        lines = lines[1:]
    if rng.random() < 0.3:
        lines[0], lines[1] = lines[1], lines[0]
    return _block(ctx, lines, ["between", "between", "tail", "tail", "head"])


@R.form("ads", "t151_reader_voice")
def ads_reader_voice(ctx: Ctx):
    """The uploader's or editor's voice addressing the reader in wordings earlier forms did not use,
    one or two sentences on a line: 今天给各位分享…，如果能碰巧解决你现在面临的问题，别忘了关注本站 /
    本文由网友投稿整理，需要的朋友可以下载参考 / 喜欢的话请点个赞支持一下 / 若有侵犯您权益的内容，请告知，
    我们将在24小时内删除 / 更多精彩内容，敬请持续关注."""
    rng = ctx.rng
    t, g = _title(ctx), rng.choice(_GENRES)
    site = rng.choice(_SITES + ["本站", "我们网站", "本平台"])
    heads = [f"今天给各位分享{t}的知识，如果能碰巧解决你现在面临的问题，别忘了关注{site}，现在开始吧！",
             f"本文由网友投稿，经{site}编辑整理，需要的朋友可以下载参考。",
             f"{t}怎么写？相信很多朋友都有这样的疑问，下面一起来看看吧。",
             f"这篇{g}写得很有条理，值得借鉴，有需要的朋友赶快收藏吧。"]
    tails = ["喜欢的话请点个赞支持一下，您的鼓励是我们更新的动力！",
             "若有侵犯您权益的内容，请及时告知，我们将在24小时内删除。",
             f"更多精彩{g}，敬请持续关注{site}。",
             f"以上内容来源于网络，仅供学习交流，不得用于商业用途，如需转载请联系{site}。",
             f"如果您觉得这篇{g}对您有帮助，欢迎转发给身边需要的朋友。",
             "文章仅代表作者观点，与本站无关，如涉及版权问题请联系我们删除处理。",
             f"需要Word版的朋友可以在文末下载，{rng.choice(['免费', '不收费', '无需积分'])}。"]
    if rng.random() < 0.35:
        return _block(ctx, [rng.choice(heads)], ["head", "head", "top"])
    lines = rng.sample(tails, rng.choice([1, 1, 2]))
    if len(lines) == 2 and rng.random() < 0.5:
        lines = ["".join(lines)]
    return _block(ctx, lines, ["tail", "tail", "between"])


@R.form("ads", "t152_numbered_notice_tail")
def ads_numbered_notice_tail(ctx: Ctx):
    """A platform's numbered notices at the end in other wordings, one item a line or run into one
    line (温馨提示：1.本站文档均由用户上传… 2.下载后可自由编辑… 3.如需定制请联系客服…), markers 1. ① (1) 1、."""
    rng = ctx.rng
    label = rng.choice(["温馨提示：", "特别说明：", "下载说明：", "注意事项：", "【温馨提示】", "友情提示："])
    items = ["本站文档均由用户上传，仅供学习交流使用，版权归原作者所有。",
             f"文档下载后可自由编辑，下载所需积分{rng.randint(1, 9)}分，VIP会员免费。",
             f"如需定制同类材料，请联系在线客服或加客服QQ：{rid(rng, 9)}。",
             "若发现文档内容存在侵权，请与我们联系，核实后立即删除。",
             "本站不对文档内容的准确性负责，请读者自行甄别使用。",
             f"付费文档一经下载概不退款，如有疑问请拨打客服热线400-{rid(rng, 3)}-{rid(rng, 4)}。"]
    chosen = rng.sample(items, rng.randint(2, 4))
    marks = rng.choice([["1.", "2.", "3.", "4."], ["①", "②", "③", "④"], ["(1)", "(2)", "(3)", "(4)"],
                        ["1、", "2、", "3、", "4、"], ["1．", "2．", "3．", "4．"]])
    lines = [m + x for m, x in zip(marks, chosen)]
    if rng.random() < 0.35:
        return _block(ctx, [label + rng.choice(["", " "]).join(lines)], ["tail"])
    if rng.random() < 0.75:
        lines.insert(0, label)
    return _block(ctx, lines, ["tail", "tail", "tail", "head"])


def _para_edges(ctx: Ctx, at_start: bool) -> list[int]:
    """Offsets where a body paragraph's text starts (after any marker) or where it ends after 。."""
    out = []
    for i in ctx.prose_lines(20):
        s, e, line = ctx.lines[i]
        if at_start:
            out.append(ctx.marker_end(i))
        elif ctx.text[e - 1] == "。":
            out.append(e)
    return out


@R.form("ads", "t153_voice_glued_to_paragraph")
def ads_voice_glued_to_paragraph(ctx: Ctx):
    """A reader-addressing ad sentence glued at the start or the end of a body paragraph, no bracket,
    no line break (本文档由用户上传，仅供参考。各乡镇要… / …落到实处。觉得有用就点个关注吧，更多范文持续更新！)."""
    rng = ctx.rng
    site = rng.choice(_SITES)
    text = rng.choice([f"本文档由用户上传，仅供参考。", f"以下内容由{site}整理，请勿转载。",
                       f"觉得有用就点个关注吧，更多{rng.choice(_GENRES)}持续更新！",
                       f"下载完整版请到{site}，全站免费。", "原创不易，转载请注明出处，谢谢！",
                       f"需要本文的朋友可以私信我，{rng.choice(['免费发你', '发你Word版', '看到就回'])}。",
                       f"更多内容请百度搜索“{site}”。"])
    at_start = rng.random() < 0.45
    p = ctx.pick_point(_para_edges(ctx, at_start))
    if p is None:
        return None
    raw = text if at_start else rng.choice(["", "", " "]) + text
    return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="splice" if at_start else "glued")])


def _spelled_id(rng) -> str:
    """A contact id spelt to dodge filters, with a note on how to read it."""
    n = rng.choice(FAKE_MOBILES)
    cn = "零一二三四五六七八九"
    kind = rng.randint(0, 4)
    if kind == 0:
        return " ".join(n) + rng.choice(["（去掉空格）", "(去空格)", "，去掉空格即可"])
    if kind == 1:
        return "".join(cn[int(c)] if rng.random() < 0.5 else c for c in n)
    if kind == 2:
        return f"{n[:3]}后面是{n[3:7]}再加{n[7:]}"
    if kind == 3:
        h = _handle(rng)
        return " ".join(h) + rng.choice(["（全小写）", "（字母小写）", ""])
    return f"{n[:3]}*{n[3:7]}*{n[7:]}" + rng.choice(["（*去掉）", "（星号不要）"])


@R.form("ads", "t154_spelled_contact")
def ads_spelled_contact(ctx: Ctx):
    """A contact spelt out so a filter misses it and explained to the reader: digits spaced with
    （去掉空格）, digits mixed with Chinese numerals, a number read out in parts (138后面是0013再加8000),
    a handle in spaced letters, a channel in pinyin (wei xin / kou kou / jia v), next to a short offer."""
    rng = ctx.rng
    chan = rng.choice(["微 信", "wei xin", "V 信", "kou kou", "jia v", "薇", "威 信 号", "Q Q", "扣 扣", "v x"])
    offer = rng.choice(["材料代写", "范文原稿", "讲稿定制", "总结代笔", "Word原版", "全套模板"])
    text = rng.choice([f"{offer} {chan}{colon(rng)}{_spelled_id(rng)}", f"{chan}{colon(rng)}{_spelled_id(rng)} {offer}",
                       f"需要{offer}的加{chan} {_spelled_id(rng)}"])
    where = rng.choice(["between", "tail", "glued", "head"])
    if where == "glued":
        p = ctx.pick_point(_para_edges(ctx, False))
        if p is not None:
            raw = rng.choice(["", " ", "\u3000"]) + text
            return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="glued")])
        where = "between"
    return _block(ctx, [text], [where])


@R.form("ads", "t155_trade_promo_landline")
def ads_trade_promo_landline(ctx: Ctx):
    """Another trade's promotion with a landline or a mobile, shaped like a notice's contact line
    (专业承接钢结构厂房 价格优惠 欢迎来电 0791-8xxxxxxx / 本店长期高价回收空调冰箱 上门服务 电话：…),
    between paragraphs, at the end or glued after a paragraph."""
    rng = ctx.rng
    trade = rng.choice(["专业承接钢结构厂房、彩钢瓦工程", "本店长期高价回收旧空调、冰箱、电脑", "管道疏通 马桶维修 24小时上门",
                        "二手叉车出售 出租 维修", "专业搬家 拆装空调 长短途运输", "防水补漏 不漏不收费",
                        "工商注册 代理记账 公司注销"])
    sell = rng.choice(["价格优惠", "诚信经营", "欢迎新老客户来电洽谈", "质量保证 童叟无欺", "上门服务", "随叫随到"])
    phone = rng.choice([f"0{rng.randint(310, 999)}-{rid(rng, 8)}", rng.choice(FAKE_MOBILES),
                        f"{rng.choice(FAKE_MOBILES)[:3]} {rid(rng, 4)} {rid(rng, 4)}"])
    lab = rng.choice(["电话", "热线", "联系电话", "咨询", "老板电话", "手机"])
    text = rng.choice([f"{trade} {sell} {lab}{colon(rng)}{phone}", f"{trade}，{sell}，{lab}{phone}",
                       f"{trade}（{lab}{colon(rng)}{phone}）{sell}"])
    where = rng.choice(["between", "tail", "glued", "two"])
    if where == "glued":
        p = ctx.pick_point(_para_edges(ctx, False))
        if p is not None:
            raw = rng.choice(["", " "]) + text
            return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="glued")])
        where = "between"
    if where == "two":
        return _block(ctx, [f"{trade} {sell}", f"{lab}{colon(rng)}{phone}"], ["between", "tail"])
    return _block(ctx, [text], [where])


def _heading_gaps(ctx: Ctx) -> list[int]:
    """Line starts right after an outline heading line whose next line is a prose paragraph."""
    out = []
    for i in ctx.body_range():
        line = ctx.lines[i][2]
        if i + 1 < ctx.signature_line and _HEADING.fullmatch(line) and ctx.is_prose(i + 1):
            out.append(ctx.lines[i + 1][0])
    return out


@R.form("ads", "t156_sponsor_under_heading")
def ads_sponsor_under_heading(ctx: Ctx):
    """A sponsored block between an outline heading and its paragraph, one or two short lines with a
    label (广告 / 推广 / 赞助 / AD) or a call to the reader (↓↓↓ 点击下方链接领取全套资料 ↓↓↓);
    falls back to between two paragraphs."""
    rng = ctx.rng
    site = rng.choice(_SITES)
    label = rng.choice(["广告", "推广", "【广告】", "AD", "赞助内容", "—— 广告 ——", "[推广]"])
    body = rng.choice([f"{site}：万篇{rng.choice(_GENRES)}一键下载", "↓↓↓ 点击下方链接领取全套资料 ↓↓↓",
                       f"公考面试一对一辅导 报名咨询 {_handle(rng)}", f"扫码进群 每天分享{rng.choice(_GENRES)}",
                       f"{rng.choice(_GENRES)}不会写？试试AI写作助手，免费体验3次"])
    lines = rng.choice([[label, body], [f"{label} {body}"], [body]])
    points = _heading_gaps(ctx)
    p = ctx.pick_point(points) if points else None
    if p is None:
        return _block(ctx, lines, ["between"])
    raw = "".join(x + "\n" for x in lines)
    return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="between")])


@R.form("ads", "t157_paid_reading_wall")
def ads_paid_reading_wall(ctx: Ctx):
    """A paid-reading wall left in the text, one to three short lines (以下为付费内容 / 已试读30%，
    购买后可阅读全文 / ￥2.00 立即解锁 / 登录后查看完整内容), between paragraphs or at the end."""
    rng = ctx.rng
    pct = rng.choice([20, 30, 35, 50])
    price = f"{rng.randint(1, 19)}.{rng.choice(['00', '90', '99'])}"
    pool = ["以下为付费内容", f"已试读{pct}%，购买后可阅读全文", f"￥{price} 立即解锁", "登录后查看完整内容",
            f"本文剩余{rng.randint(800, 5000)}字，开通会员后可继续阅读", "付费阅读", f"解锁全文仅需{price}元",
            "— 内容已隐藏 —", f"阅读全文需要{rng.randint(1, 5)}个阅读券"]
    lines = rng.sample(pool, rng.randint(1, 3))
    return _block(ctx, lines, ["between", "tail", "tail"])


# ======================================================================================
# protected (keep): a notice's own contact / attachment block and its own voice to the reader


@R.form("protected", "t158_notice_contact_block")
def prot_notice_contact_block(ctx: Ctx):
    """A notice's own block of short lines at its end: 联系人, 联系电话 (landline, mobile), 监督举报电话,
    邮箱, 附件 items — consecutive short lines with digits and contact words, like an ad block."""
    rng = ctx.rng
    who = rng.choice(["张伟", "李敏", "王建国", "陈晓燕"])
    tel = f"0{rng.randint(310, 999)}-{rid(rng, 8)}"
    lines = rng.choice([
        [f"联系人：{who}", f"联系电话：{tel}，{rng.choice(FAKE_MOBILES)}", f"电子邮箱：{rng.choice(['jlwj', 'ycjy', 'qxzj'])}{rid(rng, 3)}@163.com"],
        [f"咨询电话：{tel}", f"监督举报电话：0{rng.randint(310, 999)}-12345"],
        ["附件：1.申报表", "2.项目汇总表", f"联系人：{who}，电话：{tel}"],
        [f"市场监管局咨询电话：{tel}（工作日9:00-17:30）", "传真：" + tel[:-2] + rid(rng, 2)],
    ])
    return keep_lines(ctx, lines, rng.choice(["tail", "tail", "between"]))


@R.form("protected", "t159_notice_reader_voice")
def prot_notice_reader_voice(ctx: Ctx):
    """A notice's own reminders to the reader in the ads' voice: numbered 温馨提示 items of a service
    notice, 欢迎关注 its 微信公众号, 需要的单位可登录门户网站下载, 如有疑问请联系 — sentences of the document."""
    rng = ctx.rng
    city = rng.choice(["江岭", "临川", "云阳", "青溪"])
    a = rng.choice([
        (f"温馨提示：1.办理业务请携带本人身份证原件；2.咨询电话12345。", ["温馨提示：1.办理业务请携带本人身份证原件"]),
        (f"欢迎广大群众关注“{city}发布”微信公众号，及时了解最新政策。", [f"关注“{city}发布”微信公众号"]),
        ("需要申报的单位可登录市政府门户网站下载申报表，如有疑问请联系市发展改革委。",
         ["需要申报的单位可登录市政府门户网站下载申报表"]),
        ("通过微信公众号、抖音政务号等平台发布政策解读，推广典型经验做法。", ["通过微信公众号、抖音政务号等平台发布政策解读"]),
    ])
    return _protect(ctx, a[0], a[1])
