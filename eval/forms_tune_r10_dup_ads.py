"""More TUNE forms (round 10): dup and ads, written blind (before reading the rules of the family).

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from common import HAN, is_han
from forms_common import FAKE_MOBILES, Ctx, Gold, Inj, colon, rid
from forms_tune import _protect
from forms_tune_ads import _place
from forms_tune_chrome_dup import _dup_loose
from forms_tune_r6_dup_chrome import _keep_block

# ======================================================================================
# dup (remove the repeat)
#
# Round 10: copies that differ from the first occurrence in ways other renderings make (one
# character replaced, a stray space inside, other quote or title marks), a copy wrapped over a
# line break, a heading echoed as a body line without its marker, a table row printed twice,
# and a crawler's second pass appending the document's closing lines again.

_LOOKALIKE = {"的": "地", "已": "己", "在": "再", "做": "作", "建": "健", "进": "近", "及": "即", "制": "治",
              "度": "渡", "工": "公", "作": "做", "强": "抢", "完": "宛", "推": "堆", "全": "金", "务": "物"}


@R.form("dup", "t59_copy_one_char_off")
def dup_copy_one_char_off(ctx: Ctx):
    """A sentence of 16+ characters repeated right after itself with ONE character replaced by a
    homophone or OCR look-alike (的/地, 已/己, 在/再): an editor's retyped copy; the copy goes."""
    for s, e in ctx.shuffled(ctx.sentences(min_len=16)):
        sent = ctx.text[s:e]
        ks = [k for k in range(2, len(sent) - 2) if sent[k] in _LOOKALIKE]
        if not ks:
            continue
        k = ctx.rng.choice(ks)
        copy = sent[:k] + _LOOKALIKE[sent[k]] + sent[k + 1:]
        inj = _dup_loose(ctx, (s, e), e, copy, "inline")
        if inj:
            return inj
    return None


@R.form("dup", "t60_copy_with_stray_space")
def dup_copy_with_stray_space(ctx: Ctx):
    """A paragraph (next line) or a sentence (inline) repeated with a stray space inside the copy
    (ASCII, NBSP or ideographic, between two Han characters): another rendering's spacing."""
    rng = ctx.rng
    sp = rng.choice([" ", "\u00a0", "\u3000", "  "])
    if rng.random() < 0.5:
        for i in ctx.shuffled(ctx.prose_lines(20)):
            s, e, line = ctx.lines[i]
            ks = [k for k in range(4, len(line) - 4) if is_han(line[k - 1]) and is_han(line[k])]
            if ks:
                k = rng.choice(ks)
                inj = _dup_loose(ctx, (s, e), e, "\n" + line[:k] + sp + line[k:], "line")
                if inj:
                    return inj
        return None
    for s, e in ctx.shuffled(ctx.sentences(min_len=14)):
        sent = ctx.text[s:e]
        ks = [k for k in range(3, len(sent) - 3) if is_han(sent[k - 1]) and is_han(sent[k])]
        if ks:
            k = rng.choice(ks)
            inj = _dup_loose(ctx, (s, e), e, sent[:k] + sp + sent[k:], "inline")
            if inj:
                return inj
    return None


@R.form("dup", "t61_copy_other_quote_marks")
def dup_copy_other_quote_marks(ctx: Ctx):
    """A sentence holding “…”, 《…》 or （…） repeated right after itself with those marks in another
    shape ("…", <…>, 「…」, (…)): a copy pasted from a page that typed its marks differently."""
    tables = [str.maketrans({"“": '"', "”": '"', "《": "<", "》": ">", "（": "(", "）": ")"}),
              str.maketrans({"“": "「", "”": "」", "《": "〈", "》": "〉", "（": "〔", "）": "〕"})]
    sites = [(s, e) for s, e in ctx.sentences(min_len=12) if re.search("[“《（]", ctx.text[s:e])]
    for s, e in ctx.shuffled(sites):
        copy = ctx.text[s:e].translate(ctx.rng.choice(tables))
        inj = _dup_loose(ctx, (s, e), e, copy, "inline")
        if inj:
            return inj
    return None


@R.form("dup", "t62_copy_wrapped_over_break")
def dup_copy_wrapped_over_break(ctx: Ctx):
    """A paragraph's last sentence glued again to its end, the copy wrapped over a line break
    halfway (…。加强督查考核，确保\\n各项任务落到实处。): a fixed-width layout cut the copy."""
    sites = []
    for s, e in ctx.sentences(min_len=14):
        i = ctx.line_of(s)
        if ctx.lines[i][1] == e:
            sites.append((s, e))
    for s, e in ctx.shuffled(sites):
        sent = ctx.text[s:e]
        k = ctx.rng.randint(5, len(sent) - 4)
        inj = _dup_loose(ctx, (s, e), e, sent[:k] + "\n" + sent[k:], "inline")
        if inj:
            return inj
    return None


@R.form("dup", "t63_heading_echoed_as_line")
def dup_heading_echoed_as_line(ctx: Ctx):
    """An outline heading echoed on the next line without its marker, as a body line (a CMS
    that renders the heading's anchor text again): （三）强化督查考核 / 强化督查考核."""
    for m in ctx.shuffled(list(ctx.markers)):
        i = m.line
        if i not in ctx.body_range() or i + 1 >= ctx.signature_line:
            continue
        s, e, line = ctx.lines[i]
        words = ctx.text[m.end:e].strip(" \u3000")
        if not 5 <= len(words) <= 28 or "。" in words[:-1] or "，" in words:
            continue
        inj = _dup_loose(ctx, (m.end, e), e, "\n" + words, "line")
        if inj:
            return inj
    return None


@R.form("dup", "t64_head_line_twice")
def dup_head_line_twice(ctx: Ctx):
    """A short head line printed twice on consecutive lines: the document number (江卫发〔2021〕12号)
    or the addressee line (各县区卫健局：), the copy sometimes spaced or indented (a CMS that
    renders the document's header block and then the body's own header)."""
    rng = ctx.rng
    sites = [i for i in range(1, min(4, len(ctx.lines)))
             if re.search(r"〔[0-9]{4}〕[0-9]+号$", ctx.lines[i][2])
             or ctx.lines[i][2].endswith("：") and len(ctx.lines[i][2]) < 40]
    for i in ctx.shuffled(sites):
        s, e, line = ctx.lines[i]
        copy = rng.choice(["", "\u3000\u3000", "  "]) + line
        inj = _dup_loose(ctx, (s, e), e, "\n" + copy, "head")
        if inj:
            return inj
    return None


@R.form("dup", "t65_crawler_second_pass_tail")
def dup_crawler_second_pass_tail(ctx: Ctx):
    """A crawler's second pass: the closing paragraph, the signature organisation and the date
    appended again after the page's end (title absent); the appended block goes."""
    n = len(ctx.lines)
    if ctx.signature_line >= n or ctx.signature_line < 3:
        return None
    i = ctx.signature_line - 1
    if not ctx.is_prose(i, 16):
        return None
    s = ctx.lines[i][0]
    e = ctx.lines[-1][1]
    block = ctx.text[s:e]
    return _dup_loose(ctx, (s, e), len(ctx.text), "\n" + block, "tail")


# ======================================================================================
# ads (remove)
#
# Round 10: material sellers on shopping and Q&A platforms (淘宝 / 闲鱼 / 知乎 / 小红书 / B站),
# WeChat spelt as homophones with spaced or full-width digits, promotions with no contact, ads
# in mixed English and pinyin, and ads standing above the title or below the signature.

_WIDE = {c: chr(ord(c) + 0xFEE0) for c in "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"}
_HANDLE = ["wenshu520", "gongwen_lao", "xzdr2024", "clzs88", "fanwenbao", "mishu66", "bgdrlu"]
_TOP_TAIL = ["top", "tail", "tail", "head"]


def _spaced_digits(rng, s: str) -> str:
    """Digits spaced one by one, in groups, or in full width."""
    how = rng.choice(["each", "group", "wide", "wide_group"])
    if how == "each":
        return " ".join(s)
    if how == "group":
        return f"{s[:3]} {s[3:7]} {s[7:]}"
    w = s.translate(str.maketrans(_WIDE))
    return w if how == "wide" else f"{w[:3]}\u3000{w[3:7]}\u3000{w[7:]}"


@R.form("ads", "t55_shop_platform_material")
def ads_shop_platform_material(ctx: Ctx):
    """A material seller on a shopping or Q&A platform: 淘宝店铺 / 某宝搜 / 闲鱼 / 拼多多 / 知乎
    / 小红书 / B站, with what it sells and no phone (某宝搜“公文老笔杆”，全套总结模板9.9元)."""
    rng = ctx.rng
    shop = rng.choice(["公文老笔杆", "写材料的小王", "文秘资料铺", "机关笔杆子", "材料大全店"])
    q1, q2 = rng.choice([("“", "”"), ("「", "」"), ("【", "】"), ("", " ")])
    where = rng.choice([f"淘宝店铺{colon(rng)}{shop}", f"某宝搜{q1}{shop}{q2}", f"闲鱼搜索{q1}{shop}{q2}",
                        f"拼多多店铺{q1}{shop}{q2}", f"知乎搜{q1}{shop}{q2}", f"小红书号{colon(rng)}{rng.choice(_HANDLE)}",
                        f"B站搜{q1}{shop}{q2}"])
    what = rng.choice(["全套总结模板9.9元", "年终总结、述职报告一站式下载", "每日更新公文范文", "同款Word文档可下载",
                       "原创材料定制，24小时出稿"])
    text = rng.choice([f"{where}，{what}", f"{what}，{where}", f"{what}（{where}）"])
    return _place(ctx, text, ["top", "head", "tail", "glued", "splice", "between_sentences", "between"], 0.5)


@R.form("ads", "t56_homophone_wechat_digits")
def ads_homophone_wechat_digits(ctx: Ctx):
    """A WeChat contact spelt as a homophone or abbreviation (V信, 薇信, 威信, 徽信, vx, 卫星, +V)
    with the number's digits spaced or in full width, after a short writing offer."""
    rng = ctx.rng
    chan = rng.choice(["V信", "薇信", "威信", "徽信", "vx", "卫星", "+V", "➕v", "wei信", "VX号"])
    num = _spaced_digits(rng, rng.choice(FAKE_MOBILES))
    offer = rng.choice(["代写各类材料", "写材料找我", "总结报告代笔", "讲话稿、心得体会定制", "需要原稿的朋友"])
    text = rng.choice([f"{offer}{rng.choice(['，', ' ', '　'])}{chan}{colon(rng)}{num}",
                       f"{chan}{rng.choice(['', '：', ' '])}{num}（{offer}）",
                       f"{offer}请加{chan}{num}"])
    return _place(ctx, text, ["between", "tail", "glued", "glued", "splice", "between_sentences"], 0.6)


@R.form("ads", "t57_promo_no_contact")
def ads_promo_no_contact(ctx: Ctx):
    """A template site's promotion with no contact at all: VIP, free download, member price,
    limited time (开通VIP会员，全站范文免费下载 / 限时5折，本站所有模板一键下载)."""
    rng = ctx.rng
    text = rng.choice(["开通VIP会员，全站范文免费下载", "限时5折，本站所有总结模板一键下载",
                       "本站会员专享：海量公文范文每日更新，无限次下载",
                       "点击下方按钮，免费领取2024年工作总结模板大全",
                       "新用户注册即送3次下载机会，精品范文等你来拿",
                       "扫码支付后即可复制全文，支持Word格式导出"])
    return _place(ctx, text, ["top", "head", "tail", "tail", "glued", "between", "splice"], 0.5)


@R.form("ads", "t58_english_pinyin_mix")
def ads_english_pinyin_mix(ctx: Ctx):
    """An ad in mixed English, pinyin and Chinese: Need help? 代写 all kinds of 材料, add wechat:
    xxx / daixie gongzuo zongjie, jia V: xxx / Free templates at www…"""
    rng = ctx.rng
    h = rng.choice(_HANDLE)
    text = rng.choice([f"Need help? 代写all kinds of材料, add WeChat: {h}",
                       f"daixie gongzuo zongjie, jia V: {h}",
                       f"Professional writing service 专业写作 contact QQ {rid(rng, 9)}",
                       f"Free 模板 download，搜索 {h} on WeChat",
                       f"wen gao ding zhi 文稿定制 +v {h}"])
    return _place(ctx, text, ["top", "between", "tail", "glued", "splice", "between_sentences"], 0.5)


@R.form("ads", "t59_ad_above_title")
def ads_ad_above_title(ctx: Ctx):
    """A template site's banner ABOVE the title, one or two lines (本文档由用户上传，下载即可编辑
    / 【精品范文】更多材料请到XX写作 / ★★★ 原创首发 ★★★)."""
    rng = ctx.rng
    lines = rng.choice([["本文档由网友上传，下载后可自由编辑", f"更多范文请关注{rng.choice(['笔杆子', '文秘宝'])}写作"],
                        [f"★★★ 原创首发 禁止搬运 ★★★"],
                        [f"【精品范文】下载请加薇{colon(rng)}{rng.choice(_HANDLE)}"],
                        ["文档下载 | 会员中心 | 范文大全 | 投稿赚钱"],
                        [f"{rng.choice(['笔杆子', '文秘宝', '材料帮'])}写作网 为您精选"]])
    raw = "".join(line + "\n" for line in lines)
    if not ctx.free(0, 0):
        return None
    return Inj(0, 0, raw, [Gold(0, len(raw), "ads", "remove", "", where="top")])


@R.form("ads", "t60_ad_after_signature")
def ads_ad_after_signature(ctx: Ctx):
    """An ad after the signature and date, the page's very end: an editor's credit with a
    contact, a 'the end' banner with a site, a reply-to-get line (—— 完 —— 更多请关注抖音号…)."""
    rng = ctx.rng
    h = rng.choice(_HANDLE)
    text = rng.choice([f"（编辑：{rng.choice(['小文', '老笔', '阿材'])}　V：{h}）",
                       f"—— 完 —— 更多干货请关注抖音号{colon(rng)}{h}",
                       f"整理不易，需要Word版的私信“{rng.choice(['总结', '要点', '资料'])}”",
                       f"喜欢本文请点赞收藏，全套材料见主页小红书@{h}",
                       f"本文由{rng.choice(['笔杆子', '文秘宝', '材料帮'])}整理发布，转载请联系{h}"])
    if len(ctx.text) and not ctx.free(len(ctx.text), len(ctx.text)):
        return None
    raw = "\n" + text
    return Inj(len(ctx.text), len(ctx.text), raw, [Gold(0, len(raw), "ads", "remove", "", where="tail")])


@R.form("ads", "t61_angle_corner_splice")
def ads_angle_corner_splice(ctx: Ctx):
    """An ad spliced mid-sentence in brackets of another script (<…>, 『…』, 「…」, ⦅…⦆, 〔…〕),
    its contact a QQ number or a mobile with dashes."""
    rng = ctx.rng
    a, b = rng.choice([("<", ">"), ("『", "』"), ("「", "」"), ("⦅", "⦆"), ("〔", "〕"), ("<<", ">>")])
    m = rng.choice(FAKE_MOBILES)
    inner = rng.choice([f"材料代写 扣{rid(rng, 9)}", f"写稿电话{m[:3]}-{m[3:7]}-{m[7:]}",
                        f"范文下载请加群{rid(rng, 8)}", f"代笔 述职报告 薇{rng.choice(_HANDLE)}"])
    p = ctx.pick_point(ctx.han_gaps() + ctx.han_gaps(before=lambda c: c in "，、；"))
    if p is None:
        return None
    raw = a + inner + b
    return Inj(p, p, raw, [Gold(0, len(raw), "ads", "remove", "", where="splice")])


# ======================================================================================
# protected (keep): real repeats and real contacts the two families must leave alone


@R.form("protected", "t62_da_annex_boilerplate")
def prot_annex_boilerplate(ctx: Ctx):
    """Two annex forms sharing their notes word for word (附件1 … 填表说明：… / 附件2 … 填表说明：…),
    and a repeated 此页无正文 line: each copy is real."""
    rng = ctx.rng
    p = ctx.pick_point(ctx.boundaries("tail"))
    if p is None:
        return None
    note = rng.choice(["填表说明：本表由各单位如实填写，加盖公章后于每月5日前报送。",
                       "备注：请于每季度末前报送纸质版和电子版各一份，联系人及电话须填写完整。"])
    lines = ["附件1", f"{rng.choice(['重点项目', '培训计划', '资金使用'])}情况统计表", note,
             "附件2", f"{rng.choice(['工作进展', '问题整改', '督查反馈'])}情况汇总表", note]
    return _keep_block(ctx, lines, p)


@R.form("protected", "t63_da_contacts_and_account")
def prot_contacts_and_account(ctx: Ctx):
    """A notice's own contact and account sentences: a contact line with a mobile spaced, a body
    sentence asking readers to follow the bureau's 公众号, a sentence against paid writing."""
    rng = ctx.rng
    m = rng.choice(FAKE_MOBILES)
    a = rng.choice([f"请关注“{rng.choice(['江岭人社', '临川教育', '云阳卫健'])}”微信公众号，及时了解报名进度",
                    f"严厉打击代写论文、代考等违法违规行为，举报电话：0571-{rid(rng, 8)}",
                    f"报名咨询：王老师，联系电话：{m[:3]} {m[3:7]} {m[7:]}",
                    "可通过抖音、小红书等平台开展文明旅游宣传",
                    f"联系人：李明，电话：0571-{rid(rng, 8)}，邮箱：jlwj{rid(rng, 2)}@163.com"])
    return _protect(ctx, f"{a}。", [a])
