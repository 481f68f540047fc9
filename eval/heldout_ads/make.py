#!/usr/bin/env python3
"""Build the held-out advertisement corpus.

Reads base/*.txt (hand-written clean documents) and base/lookalikes.json
(legitimate passages that resemble ads and must be kept), injects ads, and
writes corpus/*.txt plus gold.json.  Standard library only, fully
deterministic (fixed seeds).

HELD OUT: people working on the cleaner's rules must not open this file,
base/, corpus/ or gold.json.  Only score.py's aggregate output may be read.
"""
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE_DIR = os.path.join(HERE, "base")
CORPUS_DIR = os.path.join(HERE, "corpus")
GOLD_PATH = os.path.join(HERE, "gold.json")

MASTER_SEED = 731902
N_DOCS_THRICE = 10      # documents used three times (others twice)
N_NO_AD_FILES = 9       # files that receive no ad at all

# ---------------------------------------------------------------------------
# rendering helpers
# ---------------------------------------------------------------------------
LOWER = "abcdefghjkmnpqrstuvwxyz"
CN_DIG = {"0": "零", "1": "一", "2": "二", "3": "三", "4": "四", "5": "五",
          "6": "六", "7": "七", "8": "八", "9": "九"}
CN_DIG_ALT = dict(CN_DIG, **{"0": "〇", "1": "幺", "7": "拐"})
KEYCAP = "\ufe0f\u20e3"


def fw(s):
    """Full-width version of ASCII letters/digits."""
    out = []
    for c in s:
        if "!" <= c <= "~":
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


def render_num(r, s):
    """Render a digit string in one of many obfuscated styles."""
    style = r.choice(["plain", "plain", "spaced", "fullwidth", "cn", "cn_alt",
                      "keycap", "dashed", "mixed", "dotted", "emoji_sep"])
    if style == "plain":
        return s
    if style == "spaced":
        return " ".join(s)
    if style == "fullwidth":
        return fw(s)
    if style == "cn":
        return "".join(CN_DIG[c] for c in s)
    if style == "cn_alt":
        return "".join(CN_DIG_ALT[c] for c in s)
    if style == "keycap":
        return "".join(c + KEYCAP for c in s)
    if style == "dashed":
        cut = [3, 7] if len(s) == 11 else [len(s) // 2]
        parts, prev = [], 0
        for c in cut:
            parts.append(s[prev:c])
            prev = c
        parts.append(s[prev:])
        return r.choice(["-", " ", "—"]).join(parts)
    if style == "mixed":
        return "".join(fw(c) if r.random() < 0.5 else c for c in s)
    if style == "dotted":
        return r.choice(["·", ".", "、"]).join(s)
    # emoji_sep
    e = r.choice(["🔸", "⭐", "💰", "🌟", "✨"])
    k = r.randint(2, len(s) - 2)
    return s[:k] + e + s[k:]


def render_id(r, s):
    style = r.choice(["plain", "plain", "plain", "spaced", "fullwidth", "upper",
                      "mixed"])
    if style == "plain":
        return s
    if style == "spaced":
        return " ".join(s)
    if style == "fullwidth":
        return fw(s)
    if style == "upper":
        return s.upper()
    return "".join(fw(c) if r.random() < 0.4 else c for c in s)


ID_PREFIX = ["wenmi", "gongwen", "xiezuo", "bigan", "wenan", "xzgw", "dxcl",
             "wm", "gw", "bgs", "zongjie", "shuping", "mishu", "kaiti", "wc",
             "xiaobi", "laobi", "cailiao", "fanwen", "jgxz", "tzn", "lmgw"]


def wx_id(r):
    kind = r.randint(0, 3)
    if kind == 0:
        return r.choice(ID_PREFIX) + str(r.randint(10, 99999))
    if kind == 1:
        return r.choice(ID_PREFIX) + r.choice(["_", "-", ""]) + \
            str(r.randint(100, 9999)) + r.choice(LOWER)
    if kind == 2:
        return "".join(r.choice(LOWER) for _ in range(r.randint(3, 5))) + \
            str(r.randint(1000, 999999))
    return r.choice(LOWER).upper() + r.choice(ID_PREFIX) + str(r.randint(1, 99))


def qq_num(r):
    return str(r.randint(10 ** 7, 39 * 10 ** 8))


def mobile(r):
    return r.choice(["13", "15", "17", "18", "19"]) + str(r.randint(0, 9)) + \
        "".join(str(r.randint(0, 9)) for _ in range(8))


def tel400(r):
    return "400-%d%02d-%04d" % (r.randint(1, 9), r.randint(0, 99),
                                r.randint(0, 9999))


WX_LABELS = ["微信", "V信", "VX", "vx", "薇信", "威信", "wx", "WX", "微", "徽信",
             "V", "v", "绿泡泡", "卫星", "加薇", "➕V", "🛰", "v❤", "微❤", "ｖｘ"]
QQ_LABELS = ["QQ", "qq", "扣扣", "Q Q", "企鹅", "扣", "Q", "🐧", "球球", "Ｑ"]
SEPS = ["：", ":", " ", "", "→", "-", "丨", "＋", "👉"]


def wx_contact(r):
    return r.choice(WX_LABELS) + r.choice(SEPS) + render_id(r, wx_id(r))


def qq_contact(r):
    return r.choice(QQ_LABELS) + r.choice(SEPS) + render_num(r, qq_num(r))


def phone_contact(r):
    return r.choice(["电话", "手机", "☎", "📞", "Tel", "热线", "联系", "电/微"]) + \
        r.choice(SEPS) + render_num(r, mobile(r))


def contact(r):
    return r.choice([wx_contact, wx_contact, qq_contact, phone_contact])(r)


def domain(r, tlds=(".com", ".cn", ".net", ".cc", ".top", ".vip", ".com.cn")):
    base = r.choice(["fanwen", "fw", "gongwen", "gw", "wenku", "wk", "zongjie",
                     "xiezuo", "docin", "mishu", "wendang", "ziliao", "yxfw",
                     "diyifw", "jpfw", "hfw", "bgwk", "gwxz"])
    return base + r.choice(["", "", str(r.randint(1, 999)),
                            r.choice(LOWER) + r.choice(LOWER)]) + r.choice(tlds)


def obf_domain(r, d):
    style = r.randint(0, 5)
    if style == 0:
        return " ".join("www." + d)
    if style == 1:
        return "www点" + d.replace(".", "点")
    if style == 2:
        return fw("www." + d).replace("．", r.choice(["．", "。"]))
    if style == 3:
        return "www。" + d.replace(".", "。")
    if style == 4:
        return d.replace(".", "（点）")
    return "www_" + d.replace(".", "_")


TOPICS = ["工作总结", "述职报告", "心得体会", "讲话稿", "调研报告", "实施方案",
          "汇报材料", "党课讲稿", "发言稿", "对照检查材料", "个人总结", "申报材料",
          "述责述廉报告", "工作计划", "年终总结", "半年总结", "工作要点", "先进事迹材料",
          "会议纪要", "民主生活会材料", "整改报告", "自查报告"]
PROMISES = ["原创保过", "24小时交稿", "不满意免费改", "包查重", "体制内老笔杆执笔",
            "加急当天出稿", "价格优惠", "保密可靠", "十年经验", "一对一服务"]
CITIES = ["省城", "京城", "沪上", "东莞", "郑州", "成都", "西安", "武汉", "长沙", "南宁",
          "昆明", "济南", "合肥", "福州", "南昌", "贵阳"]
EMO = ["🔥", "👉", "✅", "💯", "⭐", "📢", "🎁", "❗", "👍", "🌹"]


def pick2(r, seq):
    a, b = r.sample(seq, 2)
    return a, b


# ---------------------------------------------------------------------------
# ad forms: each is f(r, size) -> str; size in S (short, inline), M, L
# ---------------------------------------------------------------------------
def f_daixie_wx(r, size):
    verb = r.choice(["专业代写", "代写", "原创代写", "承接代写", "诚接代写",
                     "资深笔杆子代写", "代撰"])
    a, b = pick2(r, TOPICS)
    if size == "S":
        return verb + a + r.choice(["", "，", " "]) + wx_contact(r)
    s = "%s%s、%s等各类材料，%s，%s" % (verb, a, b, r.choice(PROMISES), wx_contact(r))
    if size == "L":
        s += "。" + r.choice(["已服务机关单位%d余家" % r.randint(300, 5000),
                             "接单量大请提前预约", "备注“材料”秒通过",
                             "价格%d元/千字起" % r.randint(30, 200)])
    return s


def f_daibi_qq(r, size):
    a, b = pick2(r, TOPICS)
    if size == "S":
        return a + r.choice(["代笔", "代笔服务", "找人代笔"]) + qq_contact(r)
    s = "各类%s、%s代笔，%s，%s" % (a, b, qq_contact(r), r.choice(PROMISES))
    if size == "L":
        s = r.choice(["【代笔】", "〔代笔〕", "★代笔★", ""]) + s + \
            "，%s" % r.choice(["先写后付", "可开发票", "老师一对一沟通",
                              "支持加急"])
    return s


def f_daixie_emoji(r, size):
    e1, e2 = pick2(r, EMO + ["✍️", "📝", "📞", "☎️"])
    a, b = pick2(r, TOPICS)
    if size == "S":
        return "%s代写%s%s%s" % (e1, a, e2, render_num(r, mobile(r)))
    s = "%s%s%s代写代改%s电话微信同号%s" % (e1, e1, a, e2, render_num(r, mobile(r)))
    if size == "L":
        s += "%s%s也接%s" % (r.choice(EMO), r.choice(PROMISES), b)
    return s


STUDIO = ["笔墨", "文心", "妙笔", "金笔", "墨香", "思源", "鼎文", "博雅", "青云",
          "笔杆子", "正言", "明德", "雅文", "锦绣"]


def f_writing_studio(r, size):
    n = r.choice(STUDIO)
    a, b = pick2(r, TOPICS)
    kind = r.choice(["文稿工作室", "写作工作室", "文案中心", "材料工作室", "写作坊"])
    if size == "S":
        return n + kind + r.choice(["", "，", " "]) + wx_contact(r)
    s = "%s%s承接%s、%s，%s，%s" % (n, kind, a, b, r.choice(PROMISES), contact(r))
    if size == "L":
        s = "【%s%s】%d年机关写作经验，承接%s、%s，%s，%s（添加请备注：%s）" % (
            n, kind[:2], r.randint(5, 20), a, b, r.choice(PROMISES), contact(r),
            r.choice(["材料", "写稿", "咨询", "总结"]))
    return s


FW_SITE = ["第一", "优秀", "精品", "好", "易", "学习", "办公", "总结", "文秘", "笔友",
           "实用", "百度", "海量", "千篇", "红色"]


def f_fanwen_site(r, size):
    site = r.choice(FW_SITE) + r.choice(["范文网", "范文大全", "范文库"])
    d = domain(r)
    a, b = pick2(r, TOPICS)
    if size == "S":
        return site + r.choice(["", " ", "："]) + r.choice(["www.", ""]) + d
    if size == "M":
        return "更多%s范文请访问%s（www.%s）" % (a, site, d)
    return "本文由%s整理发布，更多%s、%s范文请登录www.%s免费查看。" % (site, a, b, d)


def f_gongwen_site(r, size):
    name = r.choice(["中国", "华夏", "机关", "党政", "公务员", "秘书", "红旗", "金典"])
    site = name + r.choice(["公文网", "公文之家", "公文写作网", "文秘网"])
    od = obf_domain(r, domain(r))
    if size == "S":
        return site + od
    s = "%s找%s：%s" % (r.choice(["公文写作", "写材料", "找范文", "材料难写"]), site, od)
    if size == "L":
        s += "，每日更新%d篇，%s" % (r.randint(50, 800),
                                  r.choice(["全部免费下载", "会员全站通用",
                                            "收藏不迷路"]))
    return s


def f_download(r, size):
    a, b = pick2(r, TOPICS)
    fmt = r.choice(["word版", "可编辑版", "完整版", "PPT+word", "doc版", "高清PDF"])
    if size == "S":
        return r.choice(["点击下载", "下载", "免费领取", "一键下载"]) + "全套" + a + fmt
    s = "%s全套%s%s%d套，%s" % (r.choice(["领取", "下载", "获取"]), a,
                              r.choice(["模板", "范文", "素材"]), r.randint(20, 600),
                              r.choice(["请加" + wx_contact(r),
                                        "请到www." + domain(r),
                                        "私信回复“%s”" % r.choice(["下载", "资料", "模板"])]))
    if size == "L":
        s = "【资料下载】本文配套%s、%s全套（%s），" % (a, b, fmt) + s
    return s


def f_paywall(r, size):
    pct = r.randint(35, 92)
    price = r.choice(["9.9", "19.9", "6.8", "29", "39", "1.99", "12"])
    if size == "S":
        return r.choice(["剩余%d%%未读，开通会员阅读全文" % pct,
                         "余下%d%%内容需付费%s元" % (pct, price),
                         "试读结束，付费%s元看全文" % price])
    s = "试读已结束，剩余%d%%内容需付费%s元解锁，%s" % (
        pct, price, r.choice(["开通VIP会员免费看", "扫码支付后自动显示",
                              "购买后可下载word"]))
    if size == "L":
        s = "……本文为付费内容，剩余%d字需开通VIP会员（%s元/%s）后阅读全文，" % (
            r.randint(800, 9000), price, r.choice(["年", "月", "季"])) + \
            r.choice(["下载文档请点击右上角。", "会员全站资料免费下载。",
                      "新用户首单立减5元。"])
    return s


GZH_A = ["笔杆子", "公文", "材料", "写作", "机关", "秘书", "体制内", "文稿", "笔友",
         "写手"]
GZH_B = ["小站", "研究院", "圈", "之家", "精选", "宝典", "驿站", "学院", "大全", "笔记",
         "头条", "部落"]
KEYWORDS = ["材料", "总结", "范文", "1024", "888", "公文", "资料", "述职", "666",
            "模板", "心得", "2024", "领取"]


def gzh_name(r):
    return r.choice(GZH_A) + r.choice(GZH_B)


def f_gzh_reply(r, size):
    g, kw, t = gzh_name(r), r.choice(KEYWORDS), r.choice(TOPICS)
    q1, q2 = r.choice([("“", "”"), ("【", "】"), ("「", "」"), ("", "")]), \
        r.choice([("“", "”"), ("【", "】"), ("", "")])
    if size == "S":
        return "关注%s%s%s%s回复%s%s%s" % (r.choice(["公众号", "公号", "微信公众号"]),
                                        q1[0], g, q1[1], q2[0], kw, q2[1])
    s = "关注公众号%s%s%s，回复%s%s%s领取%s" % (q1[0], g, q1[1], q2[0], kw, q2[1], t)
    if size == "L":
        s = "更多%s请关注微信公众号%s%s%s，后台回复关键词%s%s%s即可免费领取%d篇精选范文。" % (
            t, q1[0], g, q1[1], q2[0], kw, q2[1], r.randint(50, 999))
    return s


def f_join_group(r, size):
    t = r.choice(TOPICS)
    lab = r.choice(QQ_LABELS)
    num = render_num(r, qq_num(r))
    if size == "S":
        return "加群%s%s领%s" % (lab, num, t)
    s = "%s交流群：%s（%s群），进群免费领资料" % (t, num, lab)
    if size == "L":
        s = "想要%s全套资料的朋友，可以加入我们的写作交流群，%s群号%s，群内每日分享%d篇精品材料。" % (
            t, lab, num, r.randint(5, 60))
    return s


def f_short_video(r, size):
    plat = r.choice(["抖音", "快手", "视频号", "小红书", "B站", "dy", "抖y"])
    acc = render_id(r, wx_id(r))
    nm = r.choice(GZH_A) + r.choice(["老王", "小李", "阿明", "姐姐", "大叔", "学长"])
    t = r.choice(TOPICS)
    if size == "S":
        return "%s号：%s" % (plat, acc) if r.random() < 0.5 else \
            "%s搜“%s”" % (plat, nm)
    s = "%s搜索“%s”（%s号%s），每天分享%s写作技巧" % (plat, nm, plat, acc, t)
    if size == "L":
        s = "喜欢本文的朋友请关注%s账号%s，每晚%d点直播讲解%s，带你轻松写出好材料%s" % (
            plat, acc, r.randint(7, 10), t, r.choice(EMO))
    return s


def f_reader_voice(r, size):
    a1 = r.choice(["小编整理不易", "码字不易", "整理不易", "小编熬夜整理", "收集整理不易"])
    asks = ["点个赞", "点个在看", "转发给需要的朋友", "收藏一下", "关注一下",
            "给个三连", "留个言"]
    x, y = pick2(r, asks)
    if size == "S":
        return "%s，%s吧%s" % (a1, x, r.choice(EMO))
    s = "%s，觉得有用请%s、%s！" % (a1, x, y)
    if size == "L":
        s = "（小编有话说：%s，如果觉得对您有帮助，请%s、%s，您的支持是我们更新的最大动力%s）" % (
            a1, x, y, r.choice(EMO))
    return s


FARM_A = ["百分", "易学", "海量", "优文", "赛文", "千篇", "书香", "通用", "办公", "大众",
          "智慧", "精品"]
FARM_B = ["文库", "资料网", "文档网", "知识网", "范文站", "资源网"]


def farm(r):
    return r.choice(FARM_A) + r.choice(FARM_B)


def f_repost(r, size):
    fm = farm(r)
    if size == "S":
        return r.choice(["本文来源于", "转载自", "来源于网络：", "本文转自"]) + fm
    s = "%s%s，%s" % (r.choice(["本文来源于", "本文转载自", "文章来源："]), fm,
                     r.choice(["转载请注明出处", "如需转载请联系作者", "仅供学习交流"]))
    if size == "L":
        s = "声明：本文转载自%s（www.%s），原作者：%s，仅供学习交流，版权归原作者所有。" % (
            fm, domain(r), r.choice(["匿名", "笔友%d" % r.randint(100, 9999),
                                     "墨客", "网友上传"]))
    return s


def email(r):
    return wx_id(r) + r.choice(["@qq.com", "@163.com", "@126.com", "@foxmail.com"])


def f_disclaimer(r, size):
    if size == "S":
        return r.choice(["本站文档仅供参考，如有侵权请联系删除",
                         "资料来源网络，侵权必删",
                         "如有侵权请联系本站删除"]) + r.choice(["", "。", "！"])
    if size == "M":
        return "免责声明：本站所有文档均由用户上传，仅供学习参考，如有侵权请联系%s删除。" % email(r)
    sep = r.choice(["\n", " "])
    return "【免责声明】%s1.本站所有资料均来源于网络及用户上传，版权归原作者所有。%s" \
        "2.本站仅提供信息存储空间服务，如有侵权请发送邮件至%s，我们将在%d个工作日内删除。" % (
            sep, sep, email(r), r.randint(1, 7))


def f_share_note(r, size):
    site = farm(r)
    user = r.choice(["用户", "会员", "网友"]) + str(r.randint(1000, 99999))
    if size == "S":
        return "%s独家%s" % (site, r.choice(["", "收录", "首发"]))
    if size == "M":
        return "本资料由%s会员“%s”分享，下载后可自由编辑" % (site, user)
    return "（文档编号：%s%d　上传者：%s　%s收录，未经许可严禁二次出售）" % (
        r.choice(["DOC", "WK", "ZL"]), r.randint(10 ** 6, 10 ** 8), user, site)


def f_invoice(r, size):
    k1, k2 = pick2(r, ["增值税", "普通", "餐饮", "住宿", "运输", "建筑", "材料",
                       "办公用品", "会议费", "劳务"])
    if size == "S":
        return "代开%s发票%s" % (k1, contact(r))
    s = "%s代开各类%s发票，%s个点起，%s，%s" % (
        r.choice(["正规", "长期", "专业", ""]), k1, r.choice(["0.5", "1", "1.5", "2"]),
        r.choice(["可验证", "网上可查", "先验后付"]), contact(r))
    if size == "L":
        s = "【%s财税】" % r.choice(CITIES) + s + "，%s发票同样可开。" % k2
    return s


def f_loan(r, size):
    amt = r.choice(["5000", "1万", "3万", "5万", "10万", "20万"])
    if size == "S":
        return "%s网贷%s秒批%s" % (r.choice(["急用钱？", "", "💰"]), amt, contact(r))
    s = "无抵押网贷，%s，%s当天到账，%s" % (
        r.choice(["黑户白户都能下", "不看征信", "只凭身份证", "逾期也能下"]), amt, contact(r))
    if size == "L":
        s = r.choice(EMO) + s + "，" + r.choice(["利息低至0.3%", "不成功不收费",
                                                "学生上班族均可"])
    return s


def f_brushing(r, size):
    n = r.choice(["200", "300", "500", "800", "1000"])
    if size == "S":
        return "兼职刷单日结%s元%s" % (n, contact(r))
    s = "招聘%s兼职刷单，手机操作，一单一结，日赚%s+，%s" % (
        r.choice(["宝妈学生", "在家", "空闲人员", "上班族"]), n, contact(r))
    if size == "L":
        s += "，" + r.choice(["无需押金", "名额有限", "当天结算", "时间自由"])
    return s


def f_surrogacy(r, size):
    c = r.choice(CITIES)
    if size == "S":
        return "%s代孕包成功%s" % (c, contact(r))
    s = "%s试管代孕中心，%s，成功率%d%%，%s" % (
        c, r.choice(["包生男孩", "可选性别", "全程保密"]), r.randint(85, 99), contact(r))
    if size == "L":
        s = "【%s助孕】" % c + s + "，" + r.choice(["不成功全额退款", "专家一对一"])
    return s


CERTS = ["毕业证", "学位证", "驾驶证", "身份证", "房产证", "会计证", "资格证", "营业执照"]


def f_fake_cert(r, size):
    a, b = pick2(r, CERTS)
    if size == "S":
        return "办证刻章%s" % contact(r) if r.random() < 0.5 else \
            "专办%s%s" % (a, contact(r))
    s = "专业办证：%s、%s，%s，%s" % (a, b, r.choice(["可查可验", "一比一还原",
                                                    "三天取证", "包过包查"]), contact(r))
    if size == "L":
        s = "【%s办证刻章】" % r.choice(CITIES) + s
    return s


def f_gambling(r, size):
    brand = r.choice(["皇冠", "金沙", "威尼斯", "银河", "太阳城", "新葡京", "永利",
                      "博乐"])
    d = r.choice(LOWER) + r.choice(LOWER) + str(r.randint(100, 9999)) + \
        r.choice([".vip", ".cc", ".com", ".net", ".top"])
    if size == "S":
        return "%s娱乐注册送%d元" % (brand, r.choice([18, 38, 58, 88, 188]))
    s = "%s国际｜百家乐、真人视讯，首存送%d%%，官网%s" % (brand, r.randint(20, 100),
                                             render_id(r, d))
    if size == "L":
        s += "，" + r.choice(["日出千万", "提款秒到", "24小时在线"])
    return s


def f_private_server(r, size):
    game = r.choice(["传奇", "奇迹", "魔域", "征途", "天龙", "仙剑", "梦幻", "热血"])
    d = r.choice(LOWER) + r.choice(LOWER) + str(r.randint(1, 999)) + ".com"
    if size == "S":
        return "新开%s私服%s" % (game, d)
    s = "新开%s私服，%s，今晚%d点开区，网址%s" % (
        game, r.choice(["超变满攻速", "一刀999级", "散人也能玩", "装备全靠打"]),
        r.randint(18, 22), render_id(r, d))
    if size == "L":
        s += "，" + r.choice(["首区送VIP", "爆率百倍", "福利多多"])
    return s


def f_andrology(r, size):
    c = r.choice(CITIES)
    tel = r.choice([render_num(r, mobile(r)), tel400(r)])
    if size == "S":
        return "%s男科医院%s" % (c, tel)
    s = "%s%s男科，%s，咨询热线%s" % (c, r.choice(["仁爱", "协和", "博爱", "长江",
                                                  "阳光"]) + "医院",
                                    r.choice(["无痛治疗", "一次根治", "专家坐诊",
                                              "男性健康快速恢复"]), tel)
    if size == "L":
        s += "，" + r.choice(["网上预约免挂号费", "医保定点", "隐私保护"])
    return s


def f_driving_school(r, size):
    n = r.choice(["安达", "顺通", "金盾", "畅行", "捷诚", "宏达", "众鑫"])
    tel = render_num(r, mobile(r))
    if size == "S":
        return "%s驾校报名%s" % (n, tel)
    s = "%s驾校火热招生，C1/C2%s，学费%d元，报名电话%s" % (
        n, r.choice(["包过", "一人一车", "随到随学"]), r.randint(2800, 5600), tel)
    if size == "L":
        s += "，" + r.choice(["免费接送", "暑期学生特惠", "拿证快"])
    return s


def f_moving(r, size):
    n = r.choice(["蚂蚁", "大众", "诚信", "好运", "速达", "安居", "金牌"])
    tel = r.choice([render_num(r, mobile(r)), tel400(r)])
    if size == "S":
        return "%s搬家%s" % (n, tel)
    s = "%s搬家公司，居民搬家、公司搬迁、长途搬运，价格透明，电话%s" % (n, tel)
    if size == "L":
        s += "，" + r.choice(["24小时服务", "拆装家具免费", "不满意不收费"])
    return s


def f_hotline400(r, size):
    co = r.choice(["绿洁", "安心", "优居", "净邦", "快修", "万家"]) + \
        r.choice(["甲醛治理", "防水补漏", "开锁换锁", "管道疏通", "家电维修", "保洁"])
    t = tel400(r)
    if size == "S":
        return "%s热线%s" % (co, t)
    s = "%s全国统一服务热线：%s（%s）" % (co, t, r.choice(["24小时上门", "半小时到达",
                                                     "先服务后付款"]))
    if size == "L":
        s = r.choice(EMO) + s + r.choice(["，各区均有网点", "，老客户八折", ""])
    return s


FORMS = [
    # (name, family, generator)
    ("daixie_wx", "writing", f_daixie_wx),
    ("daibi_qq", "writing", f_daibi_qq),
    ("daixie_emoji_phone", "writing", f_daixie_emoji),
    ("writing_studio", "writing", f_writing_studio),
    ("fanwen_site", "template_paid", f_fanwen_site),
    ("gongwen_site_obf", "template_paid", f_gongwen_site),
    ("download_offer", "template_paid", f_download),
    ("paywall", "template_paid", f_paywall),
    ("gzh_reply", "self_media", f_gzh_reply),
    ("join_group", "self_media", f_join_group),
    ("short_video", "self_media", f_short_video),
    ("reader_voice", "self_media", f_reader_voice),
    ("repost_source", "repost_copyright", f_repost),
    ("disclaimer", "repost_copyright", f_disclaimer),
    ("share_note", "repost_copyright", f_share_note),
    ("invoice", "grey_trade", f_invoice),
    ("loan", "grey_trade", f_loan),
    ("brushing", "grey_trade", f_brushing),
    ("surrogacy", "grey_trade", f_surrogacy),
    ("fake_cert", "grey_trade", f_fake_cert),
    ("gambling", "grey_trade", f_gambling),
    ("private_server", "grey_trade", f_private_server),
    ("andrology", "services", f_andrology),
    ("driving_school", "services", f_driving_school),
    ("moving", "services", f_moving),
    ("hotline400", "services", f_hotline400),
]
FORM_BY_NAME = {f[0]: f for f in FORMS}

POSITIONS = ["line_between", "above_title", "after_signature", "bracket",
             "mid_word", "glued_end", "glued_front", "split_linebreak",
             "two_in_line"]
LINE_POSITIONS = {"line_between", "above_title", "after_signature"}
BRACKETS = [("（", "）"), ("【", "】"), ("〖", "〗"), ("[", "]"), ("「", "」"),
            ("(", ")"), ("［", "］")]
WORDS = ["建设", "管理", "工作", "服务", "安全", "推进", "检查", "发展", "加强",
         "医疗", "教育", "保障", "整治", "监管", "落实", "完善", "培训", "生态",
         "环境", "农村", "养老", "卫生", "健康", "质量", "统计", "组织", "资金",
         "企业", "旅游", "文化", "社会", "机制", "项目", "制度", "考核"]


def is_han(c):
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


# ---------------------------------------------------------------------------
# injection
# ---------------------------------------------------------------------------
class Used:
    def __init__(self):
        self.texts = set()


def gen_ad(r, form, size, used, allow_newline):
    gen = FORM_BY_NAME[form][2]
    for _ in range(200):
        s = gen(r, size)
        if not allow_newline and "\n" in s:
            s = gen(r, "M")
            if "\n" in s:
                continue
        if s in used.texts or len(s.replace(" ", "")) < 6:
            continue
        used.texts.add(s)
        return s
    raise RuntimeError("could not generate a unique ad for %s" % form)


def size_for(r, position):
    if position in LINE_POSITIONS:
        return r.choice(["M", "L", "L"])
    if position in ("bracket", "mid_word"):
        return "S"
    if position == "two_in_line":
        return r.choice(["S", "M"])
    return r.choice(["S", "M", "M"])


def line_table(text):
    lines, pos = [], 0
    for ln in text.split("\n"):
        lines.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    if lines and lines[-1][0] == lines[-1][1] == len(text):
        lines.pop()
    return lines


def inject(doc_text, las, plan, r, used):
    """plan: list of (position, [form, ...]).  Returns (text, ads, base_spans)."""
    T = doc_text
    assert T.endswith("\n")
    lines = line_table(T)
    n = len(lines)
    body = list(range(1, n - 2))            # exclude title and 2 signature lines
    la_spans = []
    for la in las:
        s = T.index(la)
        la_spans.append((s, s + len(la)))

    def has_la(i):
        s, e = lines[i]
        return any(a < e and b > s for a, b in la_spans)

    used_lines, used_offs = set(), set()
    free = lambda i: i in body and i not in used_lines and not has_la(i)  # noqa
    ops = []     # (offset, seq, pieces)
    seq = [0]

    def add(off, pieces):
        ops.append((off, seq[0], pieces))
        seq[0] += 1
        used_offs.add(off)

    for position, forms in plan:
        size = size_for(r, position)
        allow_nl = position in LINE_POSITIONS
        ads = [gen_ad(r, f, size, used, allow_nl) for f in forms]
        meta = [(f, position) for f in forms]
        if position == "above_title":
            add(0, [("ad", ads[0], meta[0]), ("glue", r.choice(["\n", "\n", "\n\n"]), None)])
        elif position == "after_signature":
            pre = r.choice(["", "", "\n"])
            pieces = ([("glue", pre, None)] if pre else []) + \
                [("ad", ads[0], meta[0]), ("glue", "\n", None)]
            add(len(T), pieces)
        elif position == "line_between":
            cands = [lines[i][0] for i in range(2, n - 1)
                     if lines[i][0] not in used_offs]
            add(r.choice(cands), [("ad", ads[0], meta[0]), ("glue", "\n", None)])
        elif position == "bracket":
            cands = []
            for i in body:
                if not free(i):
                    continue
                s, e = lines[i]
                for k in range(s + 4, e - 1):
                    if T[k - 1] == "，" and is_han(T[k]):
                        cands.append((i, k))
                    elif T[k] in "，。；" and is_han(T[k - 1]) and is_han(T[k - 2]):
                        cands.append((i, k))
            i, k = r.choice(cands)
            o, c = r.choice(BRACKETS)
            add(k, [("ad", o + ads[0] + c, meta[0])])
            used_lines.add(i)
        elif position == "mid_word":
            cands = []
            for i in body:
                if not free(i):
                    continue
                s, e = lines[i]
                seg = T[s:e]
                for w in WORDS:
                    st = seg.find(w)
                    while st != -1:
                        k = s + st
                        if k - s >= 3 and is_han(T[k]) and is_han(T[k + 1]):
                            cands.append((i, k + 1))
                        st = seg.find(w, st + 1)
            i, k = r.choice(sorted(set(cands)))
            txt = ads[0]
            if r.random() < 0.4:
                o, c = r.choice(BRACKETS)
                txt = o + txt + c
            add(k, [("ad", txt, meta[0])])
            used_lines.add(i)
        elif position == "glued_end":
            cands = [i for i in body if free(i) and T[lines[i][1] - 1] in "。；"]
            i = r.choice(cands)
            add(lines[i][1], [("ad", ads[0], meta[0])])
            used_lines.add(i)
        elif position == "glued_front":
            cands = [i for i in body if free(i) and lines[i][0] not in used_offs]
            marked = [i for i in cands if T[lines[i][0]] in "一二三四五六七八九十（123456789第"]
            i = r.choice(marked if marked and r.random() < 0.8 else cands)
            add(lines[i][0], [("ad", ads[0], meta[0])])
            used_lines.add(i)
        elif position == "split_linebreak":
            cands = [i for i in body if free(i) and (i + 1) in body and free(i + 1)
                     and T[lines[i][1] - 1] in "。；："
                     and lines[i + 1][0] not in used_offs]
            i = r.choice(cands)
            a = ads[0]
            ks = [k for k in range(max(2, len(a) // 4), min(len(a) - 2, 3 * len(a) // 4) + 1)
                  if not a[k - 1].isspace() and not a[k].isspace()]
            k = r.choice(ks)
            m = meta[0] + (seq[0],)
            add(lines[i][1], [("ad1", a[:k], m)])
            add(lines[i + 1][0], [("ad2", a[k:], m)])
            used_lines.update({i, i + 1})
        elif position == "two_in_line":
            sep = r.choice(["", " ", "  ", "　", "｜", " | ", "——", "★", "；", "  ●  "])
            pieces = [("ad", ads[0], meta[0]), ("glue", sep, None) if sep else None,
                      ("ad", ads[1], meta[1])]
            pieces = [p for p in pieces if p]
            cands_line = [lines[i][0] for i in range(2, n - 1) if lines[i][0] not in used_offs]
            cands_end = [i for i in body if free(i) and T[lines[i][1] - 1] in "。；"]
            if cands_end and r.random() < 0.5:
                i = r.choice(cands_end)
                add(lines[i][1], pieces)
                used_lines.add(i)
            else:
                add(r.choice(cands_line), pieces + [("glue", "\n", None)])
        else:
            raise ValueError(position)

    # build
    ops.sort(key=lambda x: (x[0], x[1]))
    out, pos, cur = [], 0, 0
    base_spans, ads_out, open_split = [], [], {}
    for off, sq, pieces in ops:
        if off > cur:
            seg = T[cur:off]
            base_spans.append([pos, pos + len(seg), cur])
            out.append(seg)
            pos += len(seg)
            cur = off
        for kind, txt, meta in pieces:
            st = pos
            out.append(txt)
            pos += len(txt)
            if kind == "ad":
                ads_out.append({"start": st, "end": pos, "text": txt,
                                "form": meta[0], "position": meta[1]})
            elif kind == "ad1":
                open_split[meta] = (st, txt, meta)
            elif kind == "ad2":
                st1, t1, m1 = open_split.pop(meta)
                ads_out.append({"start": st1, "end": pos, "text": t1 + "\n" + txt,
                                "form": meta[0], "position": meta[1]})
    if cur < len(T):
        seg = T[cur:]
        base_spans.append([pos, pos + len(seg), cur])
        out.append(seg)
        pos += len(seg)
    assert not open_split
    text = "".join(out)

    # map look-alikes
    def b2o(b):
        for s, e, bs in base_spans:
            if bs <= b < bs + (e - s):
                return s + (b - bs)
        raise KeyError(b)

    la_out = []
    for (s, e), la in zip(la_spans, las):
        os_, oe = b2o(s), b2o(e - 1) + 1
        assert text[os_:oe] == la, (la, text[os_:oe])
        la_out.append({"start": os_, "end": oe, "text": la})
    return text, sorted(ads_out, key=lambda a: a["start"]), \
        [[s, e] for s, e, _ in base_spans], la_out


# ---------------------------------------------------------------------------
def main():
    with open(os.path.join(BASE_DIR, "lookalikes.json"), encoding="utf-8") as fh:
        lookalikes = json.load(fh)
    docs = sorted(f for f in os.listdir(BASE_DIR) if f.endswith(".txt"))
    assert len(docs) == 40, len(docs)
    texts = {}
    for d in docs:
        with open(os.path.join(BASE_DIR, d), encoding="utf-8") as fh:
            t = fh.read()
        assert 600 <= len(t) <= 1800, (d, len(t))
        for la in lookalikes.get(d, []):
            assert t.count(la) == 1, (d, la)
        texts[d] = t

    R = random.Random(MASTER_SEED)
    thrice = set(R.sample(docs, N_DOCS_THRICE))
    items = []
    for d in docs:
        for c in range(3 if d in thrice else 2):
            items.append((d, c))
    R.shuffle(items)
    no_ad = set(R.sample(range(len(items)), N_NO_AD_FILES))

    # balanced decks of positions and forms
    pos_deck, form_deck = [], []

    def draw_pos(excluded):
        for _ in range(3):
            if not pos_deck:
                pos_deck.extend(R.sample(POSITIONS, len(POSITIONS)))
            for j, p in enumerate(pos_deck):
                if p not in excluded:
                    return pos_deck.pop(j)
            pos_deck.extend(R.sample(POSITIONS, len(POSITIONS)))
        raise RuntimeError

    def draw_form():
        if not form_deck:
            form_deck.extend(R.sample([f[0] for f in FORMS], len(FORMS)))
        return form_deck.pop()

    plans = []
    for idx in range(len(items)):
        if idx in no_ad:
            plans.append([])
            continue
        n_ads = R.choices([1, 2, 3], weights=[3, 4, 3])[0]
        plan, left, excl = [], n_ads, set()
        while left > 0:
            ex = set(excl)
            if left < 2:
                ex.add("two_in_line")
            p = draw_pos(ex)
            if p in ("above_title", "after_signature", "two_in_line"):
                excl.add(p)
            k = 2 if p == "two_in_line" else 1
            plan.append((p, [draw_form() for _ in range(k)]))
            left -= k
        plans.append(plan)

    os.makedirs(CORPUS_DIR, exist_ok=True)
    for f in os.listdir(CORPUS_DIR):
        if f.endswith(".txt"):
            os.remove(os.path.join(CORPUS_DIR, f))

    used = Used()
    gold = {"version": 1, "master_seed": MASTER_SEED, "files": {}}
    for idx, ((d, c), plan) in enumerate(zip(items, plans)):
        name = "hads_%03d.txt" % (idx + 1)
        seed = MASTER_SEED * 1000 + idx
        r = random.Random(seed)
        text, ads, base_spans, las = inject(texts[d], lookalikes.get(d, []), plan, r, used)
        # exactness checks
        for a in ads:
            assert text[a["start"]:a["end"]] == a["text"], (name, a)
            a["family"] = FORM_BY_NAME[a["form"]][1]
        for a, b in zip(ads, ads[1:]):
            assert a["end"] <= b["start"], (name, "overlap")
        assert "".join(text[s:e] for s, e in base_spans) == texts[d], name
        with open(os.path.join(CORPUS_DIR, name), "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        gold["files"][name] = {
            "base": d, "copy": c, "seed": seed,
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "length": len(text),
            "ads": ads, "base_spans": base_spans, "lookalikes": las,
        }
    with open(GOLD_PATH, "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)

    all_ads = [a for v in gold["files"].values() for a in v["ads"]]
    assert len({a["text"] for a in all_ads}) == len(all_ads), "duplicate ad text"
    n_la = sum(len(v["lookalikes"]) for v in gold["files"].values())
    print("files: %d  ads: %d  forms used: %d/%d  positions used: %d  "
          "look-alikes: %d  files without ads: %d" % (
              len(gold["files"]), len(all_ads), len({a["form"] for a in all_ads}),
              len(FORMS), len({a["position"] for a in all_ads}), n_la,
              sum(1 for v in gold["files"].values() if not v["ads"])))


if __name__ == "__main__":
    sys.exit(main())
