#!/usr/bin/env python3
"""Blind probe generator, family "chrome_b" (page chrome a crawler leaves in the plain text of a scraped
Chinese government document, and legitimate lines of a document that look like chrome).

Written without reading the cleaner, its tests, the held forms, the fuzzers or any scorer output; only
eval/probes/README.md, score.py, dup_b.py (record format, document loading, insertion approach), the
TUNE base documents and the public wild pages /work/shared/wild/ (none listed in RESERVED.md) were read,
the latter to copy what real chrome looks like (yn/sc/nx/shaanxi.gov.cn page texts, gov.cn, zj.gov.cn,
shanxi.gov.cn and a sctcm page copy).  Writes eval/out/probes/chrome_b.jsonl.  stdlib only, fixed seed,
deterministic.

Every probe = one TUNE base document (eval/base/tune/*.txt) + ONE change, a pure insertion (one place,
or several places when one cause puts chrome in several places: header + footer of a saved page, the
pager at every page join, a "返回顶部" link after every section):
  * defect: chrome inserted;  want == the base document exactly, flag = null.
  * keep:   a line / sentence a real document writes of its own, where it writes it; want == raw.
Record keys: id, family, kind, label, held, raw, want, flag, base (document id), note.
No date / source bar is ever inserted (发布时间/来源 are metadata the tool moves into fields); the only
dates in chrome are the list dates of a related-articles box and the browser's print header.

Kinds (12 each: 8 defects, each of a different surface form, + 4 keeps).  HELD (held=true):
breadcrumb, share_bar, glued_widget, view_counter, utility_topbar, prev_next, leave_popup, pagination.
Not held: font_widget, print_close, qr_prompt, site_footer, nav_menu, related_list, editor_credit,
page_frame.  Each half mixes easy kinds (breadcrumb, prev_next, view_counter / print_close, qr_prompt,
site_footer) with hard ones (glued_widget, pagination, leave_popup / related_list, editor_credit,
page_frame).

 1. breadcrumb  [held]  Cause: the CMS article template prints the column trail (当前位置：首页 > 政务公开 >
    通知公告); the extractor keeps it on one line or one token per line (block <a>/<span>), above the
    title or between title and body; separators > » / → ＞ >> -- 、 › tab, prefix 当前位置/您现在的位置/none.
      defect: 您现在的位置：首页 >> 政务公开 >> 通知公告⏎江岭市卫生健康委员会关于印发…
      keep:   问题清单电子版可登录江岭市交通运输局网站，依次点击“首页＞政务公开＞通知公告”下载。
 2. font_widget  [not held]  Cause: the font-size switcher in the info bar (【字体：大 中 小】, 字号：默认 大
    超大, 【字号：加大 还原 减小】, 字体：放大 正常 缩小), often exploded one token per line.
      defect: title⏎【字体：⏎大⏎中⏎小⏎】⏎江卫发〔2021〕12号
      keep:   报送材料统一使用A4纸，标题用2号方正小标宋简体字，正文用3号仿宋_GB2312字体。
 3. print_close  [not held]  Cause: the article template's action bar under the body (打印本页 / 关闭窗口 /
    返回顶部 / 收藏), in 【】 [] 『』 or bare, exploded brackets, | separators; also in the info bar.
      defect: …⏎2021年4月26日⏎【打印本页】【关闭窗口】
      keep:   毕业生可登录县人力资源和社会保障局网站自行下载打印《就业创业证》申领表。
 4. share_bar  [held]  Cause: a social share widget (百度分享 / jiathis / bShare) leaves its labels and the
    icon titles: 分享到：微信 微博 QQ空间, the WeChat-share pop-up text, "收藏 | 分享到: 分享到微信 ×".
      defect: …⏎分享到：⏎微信⏎微博⏎QQ空间
      keep:   鼓励游客在微信、微博等平台分享乡村旅游体验，扩大…品牌影响力。
 5. glued_widget  [held]  Cause: the widget is an inline <span> inside the title <h1> or the first / last
    <p> (or a bare text node), so the text join glues it to the title, to the front of the first body
    line or to the end of the last line / the date, with no break or a space, tab or full-width space.
      defect: 江岭市…通知　【字体：大 中 小】   /   …为人民群众作出新的更大贡献！分享到：微信 微博 QQ空间
      keep:   …报送委办公室（联系人：王敏，联系电话：0576-88961234）。 / title + （试行） / （数据截至…）
 6. view_counter  [held]  Cause: the CMS hit counter (浏览次数 / 阅读量 / 点击数 / 访问量), server- or
    script-filled, sometimes empty (script not run) or split label / value; ASCII and full-width digits.
      defect: title⏎阅读量：１２３４⏎…   /   …⏎访问次数：⏎128
      keep:   …“健康南湖”微信公众号全年推送健康科普文章420篇，累计阅读量150万次。
 7. qr_prompt  [not held]  Cause: the QR-code box drawn by a script (扫一扫在手机打开当前页), the follow-us
    block (扫码关注“…”), the mobile / PC / app switch (手机版 电脑版 客户端 小程序).
      defect: …⏎2021年3月29日⏎扫一扫在手机打开当前页
      keep:   参保群众可通过微信“扫一扫”激活医保电子凭证，就医购药实现“一码通行”。
 8. site_footer  [not held]  Cause: the site-wide footer of every page (版权所有 / 主办单位 / 承办单位 /
    技术支持 / ICP备 / 公网安备 / 网站标识码 / 地址 邮编 / 建议分辨率 / CMS credit), a block after the article.
      defect: …⏎主办单位：江岭市卫生健康委员会　承办单位：江岭市卫生健康信息中心⏎浙ICP备12345678号-1…
      keep:   对未履行ICP备案手续擅自从事互联网信息服务的网站，依法予以查处。 / 主办单位：… line of an event
 9. utility_topbar  [held]  Cause: the header utility bar (无障碍浏览 长者模式 简/繁 EN 登录 设为首页
    加入收藏 网站支持IPv6, the links to higher-level portals) above the title, or the IPv6 badge in the footer.
      defect: 简⏎|⏎繁⏎|⏎EN⏎|⏎登录⏎title…
      keep:   二级以上客运站全部设置无障碍通道和爱心服务窗口。 / 完成局门户网站适老化和无障碍改造…
10. nav_menu  [not held]  Cause: the main menu / column sidebar / search box (<ul><li><a>) left as a line of
    single words or one word per line: 首页 政务公开 办事服务 互动交流; 栏目导航 通知公告 政策文件…; 热门搜索：….
      defect: 网站首页　机构概况　新闻中心　政务公开　办事服务　互动交流⏎title…
      keep:   在区政府门户网站开设“政策解读”“回应关切”专栏，发布涉企政策解读12篇。
11. prev_next  [held]  Cause: the template's previous / next article links under the article, with the
    neighbours' titles, "没有了", or empty labels.
      defect: …⏎上一篇：江岭市召开2021年院感防控工作推进会⏎下一篇：没有了
      keep:   下一步，市交通运输局将…  /  上一年度举报奖励资金使用情况应当于每年1月底前向社会公布。
12. related_list  [not held]  Cause: the related-articles box (相关文章 / 相关链接 / 推荐阅读 / 相关稿件 /
    相关报道：/ 相关解读：), its titles with list dates, bullets, CMS ids, or the empty header alone.
      defect: …⏎相关文章⏎关于2021年度…拟入选名单的公示⏎…解读
      keep:   附件：1.青湾市乡村旅游重点村创建标准⏎　　　2.…  (an attachment list before the signature)
13. editor_credit  [not held]  Cause: the CMS byline fields printed under the article (责任编辑 / 编辑 / 审核
    / 校对 / 初审 复审 终审 / 稿件录入), bracketed or bare, label and value split over two lines.
      defect: …⏎2021年4月26日⏎（编辑：张敏　审核：刘洋）
      keep:   联系人：王敏，联系电话：0576-88961234。 / 责任单位：… / 各乡镇上报数据须经主要负责人审核签字。
14. leave_popup  [held]  Cause: hidden or floating page elements kept by the extractor: the external-link
    modal (您访问的链接即将离开…是否继续？ 继续访问 放弃), 温馨提示 dialogs, 返回顶部 after every section,
    智能问答 / 我要纠错 floats, old-browser and noscript warnings, loading text.
      defect: …⏎您访问的链接即将离开“江岭市人民政府”门户网站 是否继续？⏎继续访问⏎放弃
      keep:   对弄虚作假骗取奖励的，取消其奖励资格。 / 规范外链管理，对链接至外部网站的设置离开本网站提示。
15. pagination  [held]  Cause: a long article split into CMS pages; the crawler joins the pages and keeps
    the pager at the end of every page (第1页 共3页, 上一页 1 2 3 下一页, 首页 上一页 下一页 尾页, 页次：1/3…),
    several places between paragraphs and at the end.
      defect: …P17⏎第1页 共3页⏎P18…P52⏎第2页 共3页⏎P53…
      keep:   申报材料统一用A4纸双面打印，正文不超过10页，并按首页、目录、正文、附件的顺序装订成册。
16. page_frame  [not held]  Cause: the whole page saved or printed (print view, saved HTML, browser print
    to PDF): the site header above the title AND the page foot at the end, one cause, two or three places.
      defect: 江岭市卫生健康委员会⏎wjw.jiangling.gov.cn⏎title…⏎2021年3月29日⏎【打印本页】【关闭窗口】
      keep:   江岭市交通运输局文件 above the title (红头) / （此件公开发布） / 抄送：…⏎…办公室　　…印发

Self-checks: raw minus the inserted spans == base; defects want == base; keeps want == raw; flag null;
raw unique; ids unique; 8 defects (>= 6 distinct forms) + 4 keeps per kind; exactly 8 held kinds.

Run: cd /work/main && python3 eval/probes/chrome_b.py
"""
import glob
import json
import os
import random
import re
from collections import Counter, defaultdict

from probetext import lines_of, starts_of

SEED = 20250711
FAMILY = "chrome_b"
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
BASE_DIR = os.path.join(EVAL, "base", "tune")
OUT = os.path.join(EVAL, "out", "probes", f"{FAMILY}.jsonl")

BASES, META = {}, {}
for _p in sorted(glob.glob(os.path.join(BASE_DIR, "*.txt"))):
    _k = os.path.basename(_p)[:-4]
    BASES[_k] = open(_p, encoding="utf-8").read()
    _j = _p[:-4] + ".json"
    META[_k] = json.load(open(_j, encoding="utf-8")) if os.path.exists(_j) else {}
NAMES = list(BASES)
W_DOCS = [k for k in NAMES if k.startswith("w")]
G_DOCS = [k for k in NAMES if k.startswith("gwr")]
DATE_RE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
SIGNED = [k for k in W_DOCS if DATE_RE.match(BASES[k].rstrip("\n").split("\n")[-1])]
NOTICES = [k for k in ("w01", "w07", "w09", "w17") if k in BASES]
HEAD_RE = re.compile(r"^[一二三四五六七八九十]+、")

# ------------------------------------------------------------------ sites, names, numbers
CITY = {
    "江岭市": dict(py="jiangling", prov="浙", pname="浙江省", pcode="33", area="0576", zip="318000", road="滨江路"),
    "北屏市": dict(py="beiping", prov="冀", pname="河北省", pcode="13", area="0315", zip="063000", road="建设北路"),
    "南湖区": dict(py="nanhu", prov="湘", pname="湖南省", pcode="43", area="0730", zip="414000", road="南湖大道"),
    "青湾市": dict(py="qingwan", prov="闽", pname="福建省", pcode="35", area="0595", zip="362000", road="丰泽街"),
    "云溪县": dict(py="yunxi", prov="滇", pname="云南省", pcode="53", area="0877", zip="653100", road="玉溪路"),
    "白河县": dict(py="baihe", prov="陕", pname="陕西省", pcode="61", area="0915", zip="725800", road="城关镇河街"),
    "梅山市": dict(py="meishan", prov="赣", pname="江西省", pcode="36", area="0797", zip="341000", road="章江北大道"),
}
# doc -> (city, department, subdomain, short name used inside the city, topics of its neighbouring articles)
DOC_ORG = {
    "w01": ("江岭市", "卫生健康委员会", "wjw", "市卫生健康委", ["家庭医生签约服务", "院感防控", "基层卫生人才培养", "医疗质量安全"]),
    "w03": ("北屏市", "住房和城乡建设局", "zjj", "市住房和城乡建设局", ["老旧小区改造", "物业服务管理", "建筑施工安全", "住房公积金"]),
    "w05": ("南湖区", "市场监督管理局", "scjgj", "区市场监管局", ["食品安全抽检", "特种设备安全", "消费维权", "知识产权保护"]),
    "w07": ("江岭市", "交通运输局", "jtj", "市交通运输局", ["道路运输安全", "农村公路养护", "城乡客运", "治超治限"]),
    "w09": ("青湾市", "文化广电旅游局", "wglj", "市文化广电旅游局", ["乡村旅游", "民宿服务质量", "文化惠民", "A级景区复核"]),
    "w11": ("江岭市", "卫生健康委员会", "wjw", "市卫生健康委", ["依法执业", "医疗废物管理", "传染病防治", "医疗机构校验"]),
    "w13": ("云溪县", "医疗保障局", "ybj", "县医保局", ["医保基金监管", "城乡居民医保参保", "异地就医结算", "医保电子凭证"]),
    "w15": ("南湖区", "卫生健康局", "wjj", "区卫生健康局", ["基本公共卫生服务", "妇幼健康", "健康教育", "爱国卫生运动"]),
    "w17": ("白河县", "人力资源和社会保障局", "rsj", "县人社局", ["高校毕业生就业", "职业技能培训", "根治欠薪", "社会保险"]),
    "w19": ("梅山市", "交通运输局", "jtj", "市交通运输局", ["四好农村路", "高速公路建设", "城乡客运一体化", "交通安全生产"]),
    "w21": ("青湾市", "生态环境局", "sthjj", "市生态环境局", ["大气污染防治", "扬尘治理", "机动车尾气检测", "环境信访"]),
    "w23": ("南湖区", "应急管理局", "yjj", "区应急管理局", ["安全生产举报", "防汛抗旱", "危险化学品", "森林防火"]),
    "w25": ("白河县", "市场监督管理局", "scjgj", "县市场监管局", ["证照分离改革", "食品安全", "电梯安全", "价格监督检查"]),
}
GOV_TOPICS = ["促进就业", "安全生产", "防汛抗旱", "农民增收", "节能减排"]
GWR_TOPICS = ["稳就业", "重大项目建设", "优化营商环境", "安全生产", "防汛救灾", "民生实事"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = ["敏", "丽", "强", "磊", "洋", "静", "军", "伟", "芳", "娜", "涛", "明", "超", "霞", "婷", "杰", "鹏", "华",
         "建国", "晓燕", "志强", "海波", "雪梅", "文静", "莎莎", "晓东", "丽娟", "卫东", "红梅", "俊杰", "思远", "一鸣"]
PLACES = ["东城街道", "西城街道", "桃源镇", "柳湾镇", "石门乡", "青山镇", "河口镇", "新华街道"]
CMS_CREDIT = ["Produced By 大汉网络 大汉版通发布系统", "Powered by TRS WCM", "技术支持：拓尔思信息技术股份有限公司",
              "技术支持：南威软件股份有限公司", "Powered By 开普云政务网站群"]


def person(rng, pad=False):
    s = rng.choice(SURNAMES) + rng.choice(GIVEN)
    if pad and len(s) == 2:
        s = s[0] + rng.choice(["　", " ", "\u00a0"]) + s[1]
    return s


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fullwidth(s):
    return s.translate(FW)


def year_of(name):
    d = META[name].get("written_date") or ""
    m = re.match(r"(\d{4})", d)
    return int(m.group(1)) if m else 2021


def site(rng, name):
    """The web site the crawler took the document from: its publisher's, the city portal, or for the
    State Council reports 中国政府网 or a city portal that reposted them."""
    if name in DOC_ORG:
        city, dept, sub, short, topics = DOC_ORG[name]
    else:
        city, dept, sub, short, topics = rng.choice(sorted(CITY)), "人民政府", "www", "市政府", GWR_TOPICS
    c = CITY[city]
    if name.startswith("gwr") and rng.random() < 0.5:
        return dict(name="中国政府网", org="国务院办公厅", portal="中国政府网", city="", domain="www.gov.cn",
                    icp="京ICP备05070218号", gongan="京公网安备11010202000001号", code="bm01000001",
                    tech="中国政府网运行中心", short="国务院", topics=GOV_TOPICS, prov="", area="010", cityinfo=None)
    portal = rng.random() < 0.3 or dept == "人民政府"
    nm = f"{city}人民政府" if portal else f"{city}{dept}"
    dom = f"www.{c['py']}.gov.cn" if portal else f"{sub}.{c['py']}.gov.cn"
    icp = f"{c['prov']}ICP备{digits(rng, 8)}号" + rng.choice(["", "", "-1", "-2"])
    gongan = f"{c['prov']}公网安备{rng.choice(['', ' '])}{c['pcode']}{digits(rng, 12)}号"
    code = f"{c['pcode']}{digits(rng, 2)}0000{digits(rng, 2)}"
    tech = rng.choice([f"{city}大数据发展中心", f"{city}信息中心", f"{city}{dept}信息中心" if not portal else f"{city}电子政务中心"])
    return dict(name=nm, org=(f"{city}人民政府办公室" if portal else nm), portal=f"{city}人民政府门户网站", city=city,
                domain=dom, icp=icp, gongan=gongan, code=code, tech=tech, short=short, topics=topics,
                prov=c["prov"], area=c["area"], cityinfo=c)


def crawl_year(rng, name):
    """The year the page was crawled (copyright years, list dates, print headers)."""
    y = year_of(name)
    return rng.randint(max(y, 2012), 2025) if name.startswith("gwr") else min(2025, y + rng.randint(0, 3))


def article_title(rng, s, year):
    t = rng.choice(s["topics"])
    if s["name"] == "中国政府网":
        return rng.choice([f"国务院关于进一步做好{t}工作的意见", f"{year}年《政府工作报告》名词解释",
                           f"权威解读：{year}年政府工作报告", f"关于{year - 1}年国民经济和社会发展计划执行情况的报告",
                           f"关于{year - 1}年中央和地方预算执行情况的报告", f"国务院办公厅关于做好{year}年{t}工作的通知"])
    city = s["city"] or rng.choice(sorted(CITY))
    org = s["name"] if s["city"] else "国务院办公厅"
    forms = [
        f"{org}关于开展{t}专项检查的通知",
        f"{city}召开{year}年{t}工作推进会",
        f"关于{year}年度{t}先进集体拟表彰对象的公示",
        f"{s['short']}召开{year}年度工作会议",
        f"{org}{year - 1}年政府信息公开工作年度报告",
        f"市领导到{rng.choice(PLACES)}调研{t}工作",
        f"《{city}{t}管理办法》政策解读",
        f"{org}关于做好{year}年{t}工作的通知",
        f"一图读懂：{year}年{city}{t}工作要点",
        f"{s['short']}部署{t}工作",
    ]
    return rng.choice(forms)


def titles(rng, s, year, n):
    out = []
    while len(out) < n:
        t = article_title(rng, s, year)
        if t not in out:
            out.append(t)
    return out


# ------------------------------------------------------------------ text / position helpers


def LS(name):
    L = lines_of(BASES[name])
    return L, starts_of(L)


def last_line(name):
    return len(lines_of(BASES[name])) - 1


def last_body(name):
    """Last line of the body (before the signature for signed documents)."""
    n = last_line(name)
    return n - 2 if name in SIGNED else n


def T(s):
    return (s, "typed")


def top(text):
    return (0, [T(text + "\n")])


def after(name, i, text):
    L, S = LS(name)
    return (S[i] + len(L[i]), [T("\n" + text)])


def glue_end(name, i, text):
    L, S = LS(name)
    return (S[i] + len(L[i]), [T(text)])


def glue_start(name, i, text):
    L, S = LS(name)
    return (S[i], [T(text)])


def at_end(name, text):
    return after(name, last_line(name), text)


def before_final_stop(name, i, text):
    """Insert text just before the final 。 of line i."""
    L, S = LS(name)
    assert L[i].endswith("。"), (name, i)
    return (S[i] + len(L[i]) - 1, [T(text)])


def find_line(name, prefix):
    L, _ = LS(name)
    return next(i for i, l in enumerate(L) if l.startswith(prefix))


def sep_ws(rng):
    return rng.choice([" ", " ", "  ", "　", "\u00a0", "\t"])


def blank(rng, p=0.25):
    return "\n" if rng.random() < p else ""


def trail(rng, p=0.2):
    return rng.choice([" ", "\u00a0", "\t", "　"]) if rng.random() < p else ""


def bracket(rng, s):
    a, b = rng.choice([("【", "】"), ("[", "]"), ("［", "］"), ("『", "』"), ("〖", "〗")])
    return f"{a}{s}{b}"


def R(name, ins, note, form):
    return {"name": name, "ins": ins, "note": note, "form": form}


def pick_after_title(rng, name, text):
    """The info bar sits between the title and the body."""
    return after(name, 0, text)


def top_or_title(rng, name, text, p_top=0.7):
    if rng.random() < p_top:
        return top(text), "above the title"
    return pick_after_title(rng, name, text), "between title and body"


def end_or_title(rng, name, text, p_end=0.6):
    if rng.random() < p_end:
        return at_end(name, blank(rng) + text), "at the end"
    return pick_after_title(rng, name, text), "between title and body"


ANYDOC = NAMES


# ====================================================================== 1 breadcrumb [held]
COLUMNS = {
    "notice": ["通知公告", "部门文件", "政策文件", "其他文件"],
    "summary": ["计划总结", "工作总结", "规划计划", "工作动态"],
    "plan": ["规划计划", "工作计划", "政策文件", "部门文件"],
    "rule": ["规范性文件", "政策法规", "政策文件", "行政规范性文件"],
    "gwr": ["政府工作报告", "要闻", "重要讲话", "政策"],
}


def genre(name):
    if name.startswith("gwr"):
        return "gwr"
    if name in NOTICES:
        return "notice"
    if name in ("w11", "w23"):
        return "rule"
    if name in ("w13", "w21", "w25"):
        return "plan"
    return "summary"


def crumbs(rng, name, s, n=None):
    mid = rng.choice(["政务公开", "信息公开", "政府信息公开", "新闻中心", "政务信息"])
    col = rng.choice(COLUMNS[genre(name)])
    root = rng.choice(["首页", "首页", "网站首页", "主页"])
    c = [root, mid, col]
    if rng.random() < 0.3:
        c.insert(2, rng.choice(["法定主动公开内容", "政府信息公开目录", "部门信息"]))
    if n:
        c = c[:n]
    return c


def bc_form(prefixes, seps, explode=False, extra=None, site_root=False, tail=False):
    def f(rng, name, s):
        c = crumbs(rng, name, s)
        if site_root:
            c[0] = s["name"]
        if tail:
            c.append(rng.choice(["正文", "详情", "内容"]))
        pre = rng.choice(prefixes)
        sep = rng.choice(seps)
        if explode:
            toks = ([pre.strip()] if pre else []) + [x for y in c for x in (y, sep.strip())][:-1]
            if rng.random() < 0.5:
                toks.append(c[-1])        # the column name printed again as the list heading (yn.gov.cn)
            text = "\n".join(toks)
        else:
            text = pre + sep.join(c) + trail(rng)
        if extra:
            text += "\n" + c[-1]
        ins, where = top_or_title(rng, name, text)
        return [ins], f"breadcrumb {text!r} {where}"
    return f


BC_DEFECTS = [
    ("line_gt", bc_form(["当前位置：", "当前位置:", "当前位置 ："], [" > ", ">", " ＞ ", "＞"])),
    ("line_dbl", bc_form(["您现在的位置：", "您现在的位置:"], [" >> ", " » ", "»", " ＞＞ "])),
    ("exploded", bc_form(["当前位置：", "您的位置:", "当前位置:"], [">", "＞", "»"], explode=True)),
    ("bare_slash", bc_form([""], [" / ", "/", " | "], tail=True)),
    ("arrow", bc_form(["您当前的位置：", "您当前所在位置：", "位置："], [" → ", "→", " -> "])),
    ("dashes", bc_form(["当前位置：", "位置：", ""], [" -- ", "-->", " - ", "—"])),
    ("dun", bc_form(["当前位置：", ""], ["、"])),
    ("site_root", bc_form(["", "当前位置："], [" » ", " > ", "＞"], site_root=True, tail=True)),
    ("tab_chevron", bc_form(["", "您的位置："], ["\t›\t", " › ", "\t>\t"])),
    ("with_heading", bc_form(["当前位置：", ""], [" > ", "＞"], extra=True)),
]


def bc_k_path(rng):
    name = rng.choice(["w17", "w07", "w01"])
    s = site(rng, name)
    sep = rng.choice(["＞", "→", "—", ">"])
    where = s["portal"] if rng.random() < 0.5 else s["name"] + "网站"
    if name == "w17":
        path = sep.join(["首页", rng.choice(["政务公开", "信息公开"]), "政策文件"])
        text = f"有关就业创业政策文件可登录{where}，依次点击“{path}”查阅。"
    elif name == "w07":
        path = sep.join(["首页", rng.choice(["政务公开", "信息公开"]), "通知公告"])
        text = f"问题清单电子版可登录{where}，依次点击“{path}”下载。"
    else:
        path = sep.join(["首页", rng.choice(["政务公开", "信息公开"]), "通知公告"])
        text = f"工作要点电子版可登录{where}，依次点击“{path}”下载。"
    i = {"w17": 16, "w07": 15, "w01": 3}[name]
    return R(name, [after(name, i, text)], f"navigation instruction of the notice after line {i}: {text[:24]}…", "path_instruction")


def bc_k_current(rng):
    name = rng.choice(["w03", "w19"])
    i = 7 if name == "w03" else 18
    field = "住房城乡建设" if name == "w03" else "交通运输"
    text = rng.choice([f"当前，全市{field}工作还存在一些短板和不足，主要表现在：",
                       f"当前，我市{field}发展仍面临一些困难和问题，主要是：",
                       "对照目标要求，当前工作中还存在以下问题："])
    return R(name, [after(name, i, text)], f"lead sentence under the heading of line {i}: {text!r}", "dangqian_lead")


def bc_k_report_path(rng):
    name = "w23"
    sep = rng.choice(["＞", "→", "—"])
    text = f"（网站首页{sep}互动交流{sep}举报信箱）"
    L, S = LS(name)
    i = 6
    assert L[i].endswith("；")
    return R(name, [(S[i] + len(L[i]) - 1, [T(text)])], f"path in brackets inside item (二) of 第四条: {text!r}", "path_in_item")


def bc_k_column(rng):
    name = rng.choice(["w05", "w13"])
    col = rng.choice(["政策文件", "办事指南", "政务公开"])
    text = f"在局门户网站首页显著位置开设“{col}”专栏，及时发布政策解读和办事指南。"
    i = 4 if name == "w05" else 6
    return R(name, [glue_end(name, i, text)], f"sentence about the site's column appended to line {i}", "column_sentence")


BC_KEEPS = [bc_k_path, bc_k_current, bc_k_report_path, bc_k_column]


# ====================================================================== 2 font_widget
def fw_form(builder):
    def f(rng, name, s):
        text = builder(rng)
        ins, where = top_or_title(rng, name, text, p_top=0.25)
        return [ins], f"font-size widget {text!r} {where}"
    return f


def _sp(rng):
    return rng.choice([" ", "　", "", "  ", "\u00a0"])


FW_DEFECTS = [
    ("ziti_bracket", fw_form(lambda r: (lambda a: f"【字体：大{a}中{a}小】")(_sp(r)))),
    ("zihao_bracket", fw_form(lambda r: (lambda a: f"【字号：{a}大{a}中{a}小{a}】")(_sp(r)))),
    ("exploded", fw_form(lambda r: "【字体：\n大\n中\n小\n】" if r.random() < 0.5 else "【字号：\n大\n中\n小\n】")),
    ("square_each", fw_form(lambda r: r.choice(["字体：[大] [中] [小]", "字号：[ 大 中 小 ]", "字体：［大］［中］［小］"]))),
    ("jiada_huanyuan", fw_form(lambda r: r.choice(["【字号：加大 还原 减小】", "【字号：\n加大\n还原\n减小\n】", "字号：加大　还原　减小"]))),
    ("fangda_zhengchang", fw_form(lambda r: r.choice(["字体：放大 正常 缩小", "字体：\n放大\n正常\n缩小", "字体： 放大 | 正常 | 缩小"]))),
    ("moren_chaoda", fw_form(lambda r: r.choice(["字号：默认 大 超大", "字号：\n默认\n大\n超大", "字号： 默认 | 大 | 超大"]))),
    ("small_first", fw_form(lambda r: r.choice(["【字体：小 中 大】", "【字体：\n小\n大\n】", "【字体：小　大】"]))),
    ("each_bracketed", fw_form(lambda r: r.choice(["字体大小：【大】【中】【小】", "字号：【大】 【中】 【小】", "【大】【中】【小】"]))),
]


def fw_k_format(rng):
    name = rng.choice(["w07", "w17", "w01"])
    i = {"w07": 15, "w17": 15, "w01": 3}[name]
    n1, n2 = rng.choice([(2, 3), (2, 3), (2, 4)])
    text = (f"报送材料统一使用A4纸，标题用{n1}号方正小标宋简体字，正文用{n2}号仿宋_GB2312字体，"
            f"并加盖单位公章。")
    return R(name, [after(name, i, text)], f"format requirement of the notice after line {i}", "gongwen_format")


def fw_k_dazhongxiao(rng):
    name, i, text = rng.choice([
        ("w09", 12, "按照大、中、小三种规模对民宿实行分类评定、分级管理。"),
        ("w07", 6, "对大、中、小型客运站实行分类监管，一级客运站每月检查不少于2次。"),
        ("w03", 12, "对大、中、小型建筑企业实行差异化监管，支持中小企业专业化发展。"),
    ])
    return R(name, [glue_end(name, i, text)], f"大、中、小 sentence appended to line {i}", "da_zhong_xiao")


def fw_k_bigfont(rng):
    name = rng.choice(["w13", "w25"])
    i = 6 if name == "w13" else 17
    text = rng.choice(["优化网上服务大厅页面，提供大字号、高对比度浏览模式，方便老年人查询办理业务。",
                       "在办事大厅配备老花镜、放大镜，办事指南使用大字号印制。"])
    if name == "w25":
        return R(name, [after(name, i, "（三）优化便民服务。" + text)], f"new last item after line {i}", "big_font")
    return R(name, [glue_end(name, i, text)], f"large-font service sentence appended to line {i}", "big_font")


def fw_k_report_font(rng):
    name = "w11"
    i = find_line(name, "第八条")
    text = rng.choice(["自查报告使用A4纸，正文用3号仿宋字体，并加盖医疗机构公章。",
                       "自查报告正文字号不小于小四号，由主要负责人签字并加盖公章。"])
    return R(name, [glue_end(name, i, text)], f"font requirement appended to 第八条 (line {i})", "report_font")


FW_KEEPS = [fw_k_format, fw_k_dazhongxiao, fw_k_bigfont, fw_k_report_font]


# ====================================================================== 3 print_close
def pc_form(builder, p_end=0.8):
    def f(rng, name, s):
        text = builder(rng)
        ins, where = end_or_title(rng, name, text, p_end)
        return [ins], f"print/close bar {text!r} {where}"
    return f


PC_DEFECTS = [
    ("lenticular", pc_form(lambda r: "【打印本页】" + _sp(r) + "【关闭窗口】")),
    ("exploded", pc_form(lambda r: "【\n打印本页\n】【\n关闭窗口\n】" if r.random() < 0.6 else "【\n打印\n】\n【\n关闭\n】")),
    ("bare_lines", pc_form(lambda r: r.choice(["打印本页\n关闭窗口", "打印\n关闭", "打印本页\n关闭窗口\n返回顶部"]))),
    ("ascii_square", pc_form(lambda r: r.choice(["[打印] [关闭]", "[ 打印 ] [ 关闭 ]", "[打印本页] [关闭窗口]"]))),
    ("pipe", pc_form(lambda r: r.choice(["打印 | 关闭", "打印｜关闭", "打印本页 | 关闭窗口 | 返回顶部", "打印　|　关闭"]))),
    ("three_actions", pc_form(lambda r: r.choice(["【打印此页】 【关闭】 【返回顶部】", "【收藏】【打印】【关闭】", "【我要打印】【关闭窗口】【收藏本页】"]))),
    ("spaced_square", pc_form(lambda r: "[ 打印本页 ]" + r.choice(["  ", "　", "\t"]) + "[ 关闭窗口 ]" + r.choice(["", "  [ 返回顶部 ]"]))),
    ("other_brackets", pc_form(lambda r: r.choice(["『打印本页』『关闭窗口』", "〖打印〗　〖关闭〗", "［打印］［关闭］"]))),
    ("info_bar", pc_form(lambda r: r.choice(["【打印】【关闭】", "打印　　关闭", "打印\n收藏\n关闭"]), p_end=0.0)),
]


def pc_k(rng):
    name, i, text = rng.choice([
        ("w17", 11, "毕业生可登录县人力资源和社会保障局网站自行下载打印《就业创业证》申领表。"),
        ("w05", 3, "推行电子营业执照，企业可自行下载打印营业执照。"),
    ])
    return R(name, [glue_end(name, i, text)], f"打印 in a procedure appended to line {i}", "self_print")


def pc_k_close(rng):
    name, i, text = rng.choice([
        ("w07", 7, "对不具备安全生产条件、整改后仍不达标的企业，依法提请关闭。"),
        ("w21", 11, "对整治后仍不能稳定达标排放的工业炉窑，依法关闭或取缔。"),
    ])
    return R(name, [glue_end(name, i, text)], f"关闭 in an enforcement sentence appended to line {i}", "close_enforce")


def pc_k_report(rng):
    name = "w11"
    i = find_line(name, "第八条")
    text = "自查报告应当打印一式两份，加盖医疗机构公章后报送所在地卫生健康行政部门备案。"
    return R(name, [glue_end(name, i, text)], "打印 in 第八条", "print_report")


def pc_k_form(rng):
    name = rng.choice(["w01", "w09"])
    s = site(rng, name)
    text = rng.choice([f"有关表格请登录{s['name']}网站“通知公告”栏目下载，填写后打印并加盖公章报送。",
                       "申请人可自行打印申请表，填写完整后连同有关材料一并报送。"])
    return R(name, [after(name, 3, text)], "打印 in the notice after line 3", "print_form")


PC_KEEPS = [pc_k, pc_k_close, pc_k_report, pc_k_form]


# ====================================================================== 4 share_bar [held]
def sh_form(builder, p_end=0.6):
    def f(rng, name, s):
        text = builder(rng)
        ins, where = end_or_title(rng, name, text, p_end)
        return [ins], f"share widget {text!r} {where}"
    return f


SH_DEFECTS = [
    ("fenxiangdao_line", sh_form(lambda r: "分享到：" + _sp(r).join(["微信", "微博", "QQ空间"]))),
    ("pipes", sh_form(lambda r: r.choice(["分享到: | 微信 | 新浪微博 | QQ好友 | QQ空间", "分享到：| 微信 | 微博 | QQ"]))),
    ("exploded", sh_form(lambda r: r.choice(["分享到：\n微信\n微博\nQQ空间", "分享到:\n微信\n新浪微博\nQQ空间\n人人网"]))),
    ("collect_x", sh_form(lambda r: r.choice(["收藏\n|\n分享到:\n分享到微信\n×", "收藏 | 分享到：分享到微信 ×"]), p_end=1.0)),
    ("bare_label", sh_form(lambda r: r.choice(["分享：", "分享:", "分享到：", "分享"]), p_end=0.3)),
    ("bracket_label", sh_form(lambda r: "【分享到】" + r.choice([" 微信朋友圈 新浪微博 腾讯微博", "　微信　微博　QQ空间"]))),
    ("wechat_popup", sh_form(lambda r: r.choice(["分享到微信朋友圈 ×\n打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。",
                                                 "分享到微信朋友圈\n×\n打开微信，点击底部的“发现”，\n使用“扫一扫”即可将网页分享至朋友圈。"]), p_end=1.0)),
    ("one_click", sh_form(lambda r: r.choice(["一键分享：微信 | 微博 | QQ", "分享本页：\t微信\t微博\tQQ空间"]))),
    ("copy_link", sh_form(lambda r: r.choice(["分享\n微信\n微博\n复制链接", "分享至：微信 微博 复制链接"]))),
]


def sh_k1(rng):
    name = "w09"
    text = "鼓励游客在微信、微博、抖音等平台分享乡村旅游体验，扩大“乡村旅游·青湾”品牌影响力。"
    return R(name, [glue_end(name, 14, text)], "分享 in a plan sentence appended to line 14", "share_tourism")


def sh_k2(rng):
    name = rng.choice(["w15", "w05"])
    i = 7 if name == "w15" else 4
    acct = "健康南湖" if name == "w15" else "南湖市场监管"
    text = f"通过“{acct}”微信公众号、政务微博等平台发布和分享工作动态{rng.randint(120, 480)}条。"
    return R(name, [glue_end(name, i, text)], f"new-media sentence appended to line {i}", "share_newmedia")


def sh_k3(rng):
    name = rng.choice(["w01", "w21", "w19"])
    i = {"w01": 13, "w21": 19, "w19": 15}[name]
    text = rng.choice(["建立经验分享机制，每季度召开1次工作交流会，分享典型经验做法。",
                       "及时总结推广好经验好做法，在全市范围内交流分享。"])
    return R(name, [glue_end(name, i, text)], f"经验分享 sentence appended to line {i}", "share_experience")


def sh_k4(rng):
    name = "w17"
    text = "依托“白河就业”微信公众号和微信群，第一时间分享岗位信息和招聘活动安排。"
    return R(name, [glue_end(name, 11, text)], "分享 in a service sentence appended to line 11", "share_jobs")


SH_KEEPS = [sh_k1, sh_k2, sh_k3, sh_k4]


# ====================================================================== 5 glued_widget [held]
def gl_title(builder):
    def f(rng, name, s):
        text = builder(rng)
        return [glue_end(name, 0, text)], f"widget glued to the end of the title: {text!r}"
    return f


def gl_first(builder):
    def f(rng, name, s):
        text = builder(rng)
        return [glue_start(name, 1, text)], f"widget glued to the front of the first body line: {text!r}"
    return f


def gl_last(builder, where="last"):
    def f(rng, name, s):
        text = builder(rng)
        i = last_line(name) if (where == "last" or name not in SIGNED) else last_body(name)
        return [glue_end(name, i, text)], f"widget glued to the end of line {i} ({where}): {text!r}"
    return f


GL_DEFECTS = [
    ("title_font", gl_title(lambda r: r.choice(["", " ", "　", "\t", "　　"]) + r.choice(["【字体：大 中 小】", "【字号：大中小】", "字号：大 中 小"]))),
    ("title_share", gl_title(lambda r: r.choice([" ", "　", "", "\u00a0\u00a0"]) + r.choice(["分享：", "分享到：", "分享"]))),
    ("title_print", gl_title(lambda r: r.choice(["", " ", "　"]) + r.choice(["[打印] [关闭]", "【打印】【关闭】", "打印 关闭"]))),
    ("first_font", gl_first(lambda r: r.choice(["【字体：大 中 小】", "字号：大 中 小", "【字号：默认 大 超大】"]) + r.choice(["", " ", "　", "\t"]))),
    ("last_share", gl_last(lambda r: r.choice(["", " ", "　"]) + r.choice(["分享到：微信 微博 QQ空间", "分享到: 微信 | 微博 | QQ空间"]))),
    ("last_print", gl_last(lambda r: r.choice(["", "　", " "]) + r.choice(["【打印本页】【关闭窗口】", "[打印本页] [关闭窗口]", "打印本页 关闭窗口"]))),
    ("last_qr", gl_last(lambda r: r.choice(["", " ", "　　"]) + r.choice(["扫一扫在手机打开当前页", "扫一扫在手机上查看当前页面"]))),
    ("body_end_correct", gl_last(lambda r: r.choice(["", " "]) + r.choice(["【我要纠错】", "[我要纠错]", "【纠错】"]), where="body")),
    ("title_bar", gl_title(lambda r: "　　" + r.choice(["字号：大 中 小　　打印　　关闭", "【字体：大 中 小】【打印】【关闭】"]))),
]


def gl_k_contact(rng):
    name = rng.choice(["w07", "w17"])
    i = 15
    s = site(rng, name)
    text = f"（联系人：{person(rng)}，联系电话：{s['area']}-{rng.choice('2368')}{digits(rng, 7)}）"
    return R(name, [before_final_stop(name, i, text)], f"contact in brackets before the final 。 of line {i}", "contact_paren")


def gl_k_trial(rng):
    name = rng.choice(["w11", "w23"])
    text = rng.choice(["（试行）", "（暂行）"])
    return R(name, [glue_end(name, 0, text)], f"title ending with {text}", "title_trial")


def gl_k_data(rng):
    name, i, y = rng.choice([("w15", 3, 2019), ("w03", 5, 2020), ("w19", 17, 2022)])
    text = f"（数据截至{y}年12月31日）"
    L, S = LS(name)
    return R(name, [before_final_stop(name, i, text) if L[i].endswith("。") else glue_end(name, i, text)],
             f"data note glued to line {i}", "data_note")


def gl_k_annex(rng):
    name = "w07"
    text = rng.choice(["（问题清单见附件）", "（详见附件）"])
    return R(name, [before_final_stop(name, 10, text)], "annex reference before the final 。 of line 10", "annex_ref")


GL_KEEPS = [gl_k_contact, gl_k_trial, gl_k_data, gl_k_annex]


# ====================================================================== 6 view_counter [held]
def vc_form(builder, p_end=0.4):
    def f(rng, name, s):
        text = builder(rng)
        if rng.random() < p_end:
            ins, where = at_end(name, blank(rng, 0.15) + text), "at the end"
        else:
            ins, where = pick_after_title(rng, name, text), "between title and body"
        return [ins], f"hit counter {text!r} {where}"
    return f


def _n(rng, lo=20, hi=9999):
    return str(rng.randint(lo, hi))


VC_DEFECTS = [
    ("liulan_ascii", vc_form(lambda r: r.choice(["浏览次数：", "浏览次数:", "浏览次数： "]) + _n(r))),
    ("yuedu_fullwidth", vc_form(lambda r: "阅读量：" + fullwidth(_n(r)))),
    ("dianji_brackets", vc_form(lambda r: r.choice(["点击数：[ ", "点击数：["]) + _n(r, 5, 900) + r.choice([" ]", "]"]))),
    ("fangwen_comma", vc_form(lambda r: "访问量: " + f"{r.randint(1000, 99999):,}")),
    ("liulan_ci", vc_form(lambda r: r.choice(["浏览：", "浏览量："]) + _n(r, 10, 3000) + r.choice(["次", ""]))),
    ("empty_label", vc_form(lambda r: r.choice(["阅读次数：", "浏览次数：", "点击量：", "【点击数：】"]), p_end=0.2)),
    ("split_label", vc_form(lambda r: r.choice(["访问次数：", "阅读量：", "浏览次数："]) + "\n" + r.choice([_n(r, 10, 999), fullwidth(_n(r, 10, 999))]))),
    ("sentence", vc_form(lambda r: r.choice([f"本文已被浏览 {_n(r)} 次", f"已有{_n(r)}人阅读", f"[访问次数: {_n(r)}]"]))),
    ("wan", vc_form(lambda r: f"阅读：{r.randint(1, 9)}.{r.randint(1, 9)}万")),
    ("site_total", vc_form(lambda r: f"总访问量：{_n(r, 1000000, 99999999)}" + r.choice(["　", "  ", "\t"]) + f"今日访问量：{_n(r, 100, 9999)}", p_end=1.0)),
]


def vc_k1(rng):
    name = "w15"
    text = f"“健康南湖”微信公众号全年推送健康科普文章{rng.randint(150, 480)}篇，累计阅读量{rng.randint(30, 180)}万次。"
    return R(name, [glue_end(name, 7, text)], "阅读量 as an achievement appended to line 7", "yuedu_achieve")


def vc_k2(rng):
    name = "w05"
    text = f"区政府门户网站“企业开办”专栏全年访问量达{rng.randint(3, 40)}.{rng.randint(1, 9)}万人次。"
    return R(name, [glue_end(name, 4, text)], "访问量 as an achievement appended to line 4", "fangwen_achieve")


def vc_k3(rng):
    name = "w17"
    text = f"力争全年“白河就业”公众号推送岗位信息点击量突破{rng.randint(5, 30)}万次。"
    return R(name, [glue_end(name, 16, text)], "点击量 target appended to line 16", "dianji_target")


def vc_k4(rng):
    name = rng.choice(["w13", "w19"])
    if name == "w13":
        text = f"年内“云溪医保”公众号政策解读文章阅读量力争达到{rng.randint(10, 50)}万次。"
        return R(name, [glue_end(name, 6, text)], "阅读量 target appended to line 6", "yuedu_target")
    text = f"“梅山交通”政务网站全年发布信息{rng.randint(800, 2600)}条，浏览量超过{rng.randint(40, 300)}万人次。"
    return R(name, [glue_end(name, 15, text)], "浏览量 achievement appended to line 15", "liulan_achieve")


VC_KEEPS = [vc_k1, vc_k2, vc_k3, vc_k4]


# ====================================================================== 7 qr_prompt
def qr_form(builder, p_end=0.75):
    def f(rng, name, s):
        text = builder(rng, s)
        ins, where = end_or_title(rng, name, text, p_end)
        return [ins], f"QR / mobile prompt {text!r} {where}"
    return f


def _acct(s):
    if s["name"] == "中国政府网":
        return "中国政府网"
    return s["city"][:2] + rng_acct_suffix(s)


def rng_acct_suffix(s):
    return {"wjw": "卫健", "jtj": "交通", "wglj": "文旅", "ybj": "医保", "rsj": "人社", "sthjj": "环保",
            "yjj": "应急", "scjgj": "市场监管", "zjj": "住建", "wjj": "卫健"}.get(s["domain"].split(".")[0], "发布")


QR_DEFECTS = [
    ("open_here", qr_form(lambda r, s: "扫一扫在手机打开当前页" + trail(r))),
    ("view_page", qr_form(lambda r, s: r.choice(["扫一扫在手机上查看当前页面", "扫一扫在手机打开当前页面"]))),
    ("mobile_read", qr_form(lambda r, s: r.choice(["手机扫码阅读", "【手机扫码阅读】", "扫描二维码 手机浏览本页"]))),
    ("follow", qr_form(lambda r, s: r.choice([f"扫码关注“{_acct(s)}”微信公众号", f"微信扫码关注“{_acct(s)}”", f"扫一扫关注“{_acct(s)}”"]), p_end=1.0)),
    ("version_switch", qr_form(lambda r, s: r.choice(["手机版", "手机版 | 电脑版", "电脑版\n客户端\n小程序\n微博\n微信", "手机版\n电脑版"]), p_end=1.0)),
    ("wechat_share", qr_form(lambda r, s: r.choice(["微信扫一扫\n分享到朋友圈", "用微信“扫一扫”\n分享到朋友圈"]))),
    ("bracket_scan", qr_form(lambda r, s: r.choice(["【扫一扫】在手机打开当前页", "[扫一扫 手机阅读]", "【扫一扫，手机阅读】"]))),
    ("close_x", qr_form(lambda r, s: r.choice(["×\n扫一扫在手机打开当前页", "扫一扫在手机打开当前页\n×"]), p_end=1.0)),
    ("scan_to_visit", qr_form(lambda r, s: r.choice(["手机访问本页请扫描二维码", "手机扫描二维码访问本页"]))),
]


def qr_k1(rng):
    name = "w17"
    text = "毕业生可扫描下方二维码进入“白河就业”小程序，在线投递简历。"
    return R(name, [glue_end(name, 7, text)], "扫码 in the notice appended to line 7", "scan_resume")


def qr_k2(rng):
    name = "w13"
    text = "参保群众可通过微信“扫一扫”激活医保电子凭证，就医购药实现“一码通行”。"
    return R(name, [glue_end(name, 6, text)], "扫一扫 in the plan appended to line 6", "scan_medical")


def qr_k3(rng):
    name = "w09"
    text = rng.choice(["在A级景区和重点乡村旅游点全面推行“扫码购票”“扫码入园”服务。",
                       "重点乡村旅游点设置二维码导览标识，游客扫码即可收听讲解。"])
    return R(name, [glue_end(name, 13, text)], "扫码 in the plan appended to line 13", "scan_tourism")


def qr_k4(rng):
    name = rng.choice(["w07", "w01"])
    i = 15 if name == "w07" else 3
    if name == "w07":
        text = "各单位信息员请于5月10日前扫描二维码加入专项整治工作群（二维码见附件）。"
    else:
        text = "请各单位联络员于4月10日前扫描二维码加入全市卫生健康工作群，及时接收工作通知。"
    return R(name, [after(name, i, text)], f"扫码 registration line after line {i}", "scan_register")


QR_KEEPS = [qr_k1, qr_k2, qr_k3, qr_k4]


# ====================================================================== 8 site_footer
def _copyright(rng, s, y):
    return rng.choice([f"版权所有：{s['org']}", f"版权所有 © {y} {s['name']}", f"Copyright © {y} {s['name']} All Rights Reserved",
                       f"{s['name']} 版权所有"])


def _host(rng, s):
    return rng.choice([f"主办单位：{s['org']}", f"主办：{s['org']}"]) + rng.choice(["　", "  ", " "]) + \
        rng.choice([f"承办单位：{s['tech']}", f"技术支持：{s['tech']}", f"运行维护单位：{s['tech']}"])


def _ids(rng, s):
    return [s["icp"], s["gongan"], rng.choice([f"网站标识码：{s['code']}", f"网站标识码{s['code']}"])]


def ft_form(kind):
    def f(rng, name, s):
        y = crawl_year(rng, name)
        ids = _ids(rng, s)
        c = s["cityinfo"] or CITY["江岭市"]
        if kind == "oneline":
            text = rng.choice(["　", "  ", " | "]).join([_copyright(rng, s, y)] + ids)
        elif kind == "stack":
            text = "\n".join([_host(rng, s), _copyright(rng, s, y)] + rng.sample(ids, 3))
        elif kind == "english":
            text = f"Copyright © {y} {s['name']} All Rights Reserved\n" + f"ICP备案号：{s['icp']}" + rng.choice(["　", "\n"]) + ids[1]
        elif kind == "linkbar":
            bar = rng.choice([" | ", "丨", "　|　", "  "]).join(rng.sample(["网站地图", "联系我们", "隐私声明", "网站声明", "关于本网", "使用帮助"], 4))
            text = bar + "\n" + _copyright(rng, s, y) + rng.choice(["　", "  "]) + f"技术支持：{s['tech']}"
        elif kind == "address":
            text = (f"地址：{s['city'] or '北京市西城区'}{c['road']}{rng.randint(1, 300)}号" + rng.choice(["　", "  "]) +
                    f"邮编：{c['zip']}" + rng.choice(["　", "  "]) + f"电话：{s['area']}-{digits(rng, 8)}\n" + "　".join(ids[:2]))
        elif kind == "browser":
            text = (rng.choice(["建议使用1024×768分辨率、IE9及以上浏览器浏览本站", "建议使用1366*768以上分辨率浏览",
                                "为获得最佳浏览效果，建议使用IE10以上版本浏览器，分辨率1280×800"]) + "\n" + _copyright(rng, s, y) + "\n" + ids[0])
        elif kind == "govcn":
            text = (f"主办单位：{s['org']}　运行维护单位：{s['tech']}\n版权所有：{s['name']}　中文域名：{s['name']}.政务\n"
                    f"网站标识码{s['code']}\n{s['icp']}　{s['gongan']}")
        elif kind == "cms":
            text = _copyright(rng, s, y) + "　" + ids[0] + "\n" + rng.choice(CMS_CREDIT)
        else:  # ipv6 badge
            text = _copyright(rng, s, y) + "\n" + rng.choice(["本网站支持IPv6", "网站支持IPv6", "IPv6"]) + rng.choice(["　政府网站找错", "\n政府网站找错", ""]) + "\n" + ids[2]
        return [at_end(name, blank(rng, 0.3) + text)], f"site footer ({kind}) at the end: {text[:40]!r}…"
    return f


FT_DEFECTS = [(k, ft_form(k)) for k in ["oneline", "stack", "english", "linkbar", "address", "browser", "govcn", "cms", "ipv6"]]


def ft_k_icp(rng):
    name, i = rng.choice([("w25", 14), ("w05", 10)])
    text = "开展互联网信息服务专项整治，对未履行ICP备案手续擅自从事经营性互联网信息服务的网站，依法予以查处。"
    return R(name, [glue_end(name, i, text)], f"ICP备案 enforcement appended to line {i}", "icp_enforce")


def ft_k_copyright(rng):
    name, i = rng.choice([("w05", 10), ("w25", 13)])
    text = f"开展打击网络侵权盗版专项行动，查处侵犯著作权（版权）案件{rng.randint(2, 9)}起。"
    if name == "w25":
        text = "加大对侵犯商标专用权、版权等知识产权违法行为的查处力度。"
    return R(name, [glue_end(name, i, text)], f"版权 enforcement appended to line {i}", "copyright_enforce")


def ft_k_host(rng):
    name = rng.choice(["w17", "w09"])
    if name == "w17":
        text = "主办单位：白河县人力资源和社会保障局\n承办单位：白河县公共就业服务中心"
        i = 7
    else:
        text = "主办单位：青湾市文化广电旅游局\n承办单位：各区县文化旅游主管部门"
        i = 14
    return R(name, [after(name, i, text)], f"event 主办/承办 lines after line {i}", "event_host")


def ft_k_address(rng):
    name = rng.choice(["w07", "w17"])
    s = site(rng, name)
    c = s["cityinfo"]
    text = f"联系地址：{s['city']}{c['road']}{rng.randint(1, 200)}号{DOC_ORG[name][3][1:]}{rng.randint(201, 620)}室，邮编：{c['zip']}。"
    return R(name, [after(name, 15, text)], "address line of the notice after line 15", "notice_address")


FT_KEEPS = [ft_k_icp, ft_k_copyright, ft_k_host, ft_k_address]


# ====================================================================== 9 utility_topbar [held]
def ut_form(builder, p_top=1.0):
    def f(rng, name, s):
        text = builder(rng, s)
        if rng.random() < p_top:
            return [top(text)], f"utility bar {text!r} above the title"
        return [at_end(name, text)], f"utility bar {text!r} at the end"
    return f


UT_DEFECTS = [
    ("access_pipes", ut_form(lambda r, s: r.choice([" | ", "｜", "　"]).join(r.sample(["无障碍浏览", "长者模式", "简体", "繁體"], 4)))),
    ("homepage_fav", ut_form(lambda r, s: r.choice(["设为首页　加入收藏　联系我们", "设为首页 | 加入收藏", "设为首页\n加入收藏\n联系我们"]))),
    ("exploded_lang", ut_form(lambda r, s: r.choice(["简\n|\n繁\n|\nEN\n|\n登录", "简\n繁\nEN\n登录\n个人中心"]))),
    ("ipv6", ut_form(lambda r, s: r.choice(["网站支持IPv6", "本网站已支持IPv6", "IPv6"]), p_top=0.5)),
    ("care_mode", ut_form(lambda r, s: r.choice(["关怀版\n无障碍\nEnglish", "关怀版 | 无障碍 | English", "长者版\t无障碍\t智能问答"]))),
    ("switch_trad", ut_form(lambda r, s: r.choice(["切換到\n繁體\n无障碍浏览", "切换到繁體中文 | 无障碍浏览"]))),
    ("portal_links", ut_form(lambda r, s: r.choice(["　|　", " | ", "\n"]).join(["中国政府网", (s['cityinfo'] or CITY['江岭市'])['pname'] + "人民政府", (s['city'] or "江岭市") + "人民政府"]), p_top=0.8)),
    ("bracket_modes", ut_form(lambda r, s: r.choice(["【无障碍】【长者模式】【读屏专用】", "[无障碍] [长者模式]", "【适老化】【无障碍】"]))),
    ("login", ut_form(lambda r, s: r.choice(["登录 | 注册　个人中心", "智能问答　登录　注册", "登录\n注册\n个人中心\n退出"]))),
    ("welcome", ut_form(lambda r, s: r.choice([f"欢迎访问{s['name']}{'门户网站' if s['name'].endswith('政府') else '网站'}！", f"您好，欢迎访问{s['name']}"]))),
]


def ut_k1(rng):
    name = "w25"
    text = "（三）推进政务网站建设。完成局门户网站适老化和无障碍改造，提供长者模式、简繁体切换和读屏辅助功能，年底前完成IPv6升级改造。"
    return R(name, [after(name, 17, text)], "website-building item after the last item of 四、", "site_accessibility")


def ut_k2(rng):
    name = "w07"
    text = "二级以上客运站全部设置无障碍通道和爱心服务窗口。"
    return R(name, [glue_end(name, 6, text)], "无障碍 facilities appended to line 6", "barrier_free_station")


def ut_k3(rng):
    name = "w09"
    text = "乡村旅游重点村导览标识实现中文简体、繁体和英文三种文字对照。"
    return R(name, [glue_end(name, 13, text)], "简繁英 signage appended to line 13", "trilingual_signs")


def ut_k4(rng):
    name = "w13"
    text = "医保服务窗口设置老年人绿色通道，网上服务大厅完成适老化和无障碍改造，推出“长者模式”。"
    return R(name, [glue_end(name, 6, text)], "适老化 and 无障碍 appended to line 6", "elderly_mode")


UT_KEEPS = [ut_k1, ut_k2, ut_k3, ut_k4]


# ====================================================================== 10 nav_menu
MENU = ["首页", "政务公开", "办事服务", "互动交流", "数据开放", "走进{c}", "新闻中心", "机构概况", "政策文件", "专题专栏"]


def _menu(rng, s, n=None):
    c = (s["city"] or "中国")[:2]
    items = [m.format(c=c) for m in MENU[1:]]
    k = n or rng.randint(4, 6)
    return [rng.choice(["首页", "网站首页"])] + rng.sample(items, k - 1)


def nm_form(kind):
    def f(rng, name, s):
        if kind == "spaces":
            text = " ".join(_menu(rng, s))
        elif kind == "fullwidth":
            text = "　".join(_menu(rng, s))
        elif kind == "lines":
            text = "\n".join(_menu(rng, s))
        elif kind == "pipes":
            text = rng.choice([" | ", "|", "｜"]).join(_menu(rng, s))
        elif kind == "tabs":
            text = "\t".join(_menu(rng, s))
        elif kind == "submenu":
            text = "\n".join(["政府信息公开", "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"][: rng.randint(4, 6)])
        elif kind == "sidebar":
            cols = rng.sample(["通知公告", "政策文件", "工作动态", "规划计划", "人事信息", "财政资金", "政策解读"], rng.randint(4, 6))
            text = rng.choice(["栏目导航", "相关栏目", "栏目列表"]) + "\n" + "\n".join(cols)
        elif kind == "search":
            text = rng.choice(["请输入关键字\n搜索\n高级搜索", "请输入关键词 搜索", "站内搜索：\n搜索"])
        else:  # hot search
            words = rng.sample(["社保", "公积金", "医保", "就业", "招聘", "疫苗", "落户", "教育", "不动产"], 4)
            text = rng.choice(["热门搜索：", "热门搜索：\n", "热搜词："]) + rng.choice([" ", "\n", "　"]).join(words)
        if rng.random() < (0.6 if kind != "sidebar" else 0.3):
            return [top(text)], f"menu ({kind}) above the title: {text[:30]!r}"
        return [at_end(name, blank(rng) + text)], f"menu ({kind}) at the end: {text[:30]!r}"
    return f


NM_DEFECTS = [(k, nm_form(k)) for k in ["spaces", "fullwidth", "lines", "pipes", "tabs", "submenu", "sidebar", "search", "hotsearch"]]


def nm_k1(rng):
    name = "w17"
    text = "在县政府门户网站“政务公开”“办事服务”栏目开设高校毕业生就业专题，集中发布政策和岗位信息。"
    return R(name, [glue_end(name, 16, text)], "site columns named in a sentence appended to line 16", "columns_sentence")


def nm_k2(rng):
    name = "w05"
    text = f"在区政府门户网站开设“政策解读”“回应关切”专栏，发布涉企政策解读{rng.randint(6, 24)}篇。"
    return R(name, [glue_end(name, 4, text)], "专栏 sentence appended to line 4", "special_columns")


def nm_k3(rng):
    name = "w03"
    text = "“智慧城管”平台设置事件受理、派遣、处置、核查、结案五个功能模块。"
    return R(name, [glue_end(name, 13, text)], "module list appended to line 13", "module_list")


def nm_k4(rng):
    name = "w23"
    L, S = LS(name)
    i = 6
    p = L[i].index("门户网站") + len("门户网站")
    text = rng.choice(["“互动交流”栏目", "“政民互动”栏目"])
    return R(name, [(S[i] + p, [T(text)])], f"column name inside item (二) of 第四条: {text}", "column_in_item")


NM_KEEPS = [nm_k1, nm_k2, nm_k3, nm_k4]


# ====================================================================== 11 prev_next [held]
def pn_form(kind):
    def f(rng, name, s):
        a, b = titles(rng, s, year_of(name), 2)
        c = rng.choice(["：", ":", "： "])
        if kind == "two_lines":
            text = f"上一篇{c}{a}\n下一篇{c}{b}"
        elif kind == "none_left":
            text = rng.choice([f"上一篇{c}没有了\n下一篇{c}{b}", f"上一篇{c}{a}\n下一篇{c}没有了"])
        elif kind == "bracket_line":
            text = f"【上一篇】{a}" + rng.choice(["　", "  ", "\t"]) + f"【下一篇】{b}"
        elif kind == "tiao":
            text = f"上一条{c}{a}\n下一条{c}{b}"
        elif kind == "empty":
            text = rng.choice(["上一篇：\n下一篇：", "上一篇:\n下一篇:", "上一篇：　下一篇："])
        elif kind == "exploded":
            text = f"上一篇\n{a}\n下一篇\n{b}"
        elif kind == "one_line":
            text = f"上一篇{c}{a}" + rng.choice(["　　", "  ", " | "]) + f"下一篇{c}{b}"
        elif kind == "qian_hou":
            text = f"前一篇{c}{a}\n后一篇{c}{b}"
        else:  # arrows
            text = f"< 上一篇：{a}\n下一篇：{b} >" if rng.random() < 0.5 else f"« 上一篇 {a}\n下一篇 » {b}"
        return [at_end(name, blank(rng) + text)], f"prev/next links ({kind}) at the end: {text[:40]!r}"
    return f


PN_DEFECTS = [(k, pn_form(k)) for k in ["two_lines", "none_left", "bracket_line", "tiao", "empty", "exploded", "one_line", "qian_hou", "arrows"]]


def pn_k1(rng):
    name = rng.choice(["w03", "w05", "w15", "w19"])
    org = DOC_ORG[name][3]
    text = rng.choice([f"下一步，{org}将坚持问题导向，细化工作措施，压实工作责任，确保各项目标任务落到实处。",
                       f"下一步，我们将认真总结经验，补齐短板弱项，推动各项工作再上新台阶。"])
    return R(name, [after(name, last_body(name), text)], "closing 下一步 paragraph before the signature", "next_step")


def pn_k2(rng):
    name, i = rng.choice([("w15", 5), ("w03", 6), ("w19", 14)])
    text = f"较上一年度增长{rng.randint(3, 25)}.{rng.randint(1, 9)}%。"
    L, S = LS(name)
    # appended as its own short sentence about the paragraph's last figure
    text = "各项指标均优于上一年度。" if rng.random() < 0.5 else "主要指标" + text
    return R(name, [glue_end(name, i, text)], f"上一年度 comparison appended to line {i}", "last_year")


def pn_k3(rng):
    name = "w23"
    text = "上一年度举报奖励资金使用情况应当于每年1月底前向社会公布。"
    return R(name, [glue_end(name, 16, text)], "上一年度 in 第十条", "rule_last_year")


def pn_k4(rng):
    name = "w09"
    text = rng.choice(["评估结果作为下一年度资金分配的重要依据。", "评估结果作为下一年度专项资金安排的重要依据。"])
    return R(name, [glue_end(name, 18, text)], "下一年度 appended to line 18", "next_year")


PN_KEEPS = [pn_k1, pn_k2, pn_k3, pn_k4]


# ====================================================================== 12 related_list
def rl_form(kind):
    def f(rng, name, s):
        y = year_of(name)
        n = rng.randint(2, 4)
        ts = titles(rng, s, y, n)
        if kind == "plain":
            text = rng.choice(["相关文章", "相关阅读", "相关文章："]) + "\n" + "\n".join(ts)
        elif kind == "bullets":
            b = rng.choice(["· ", "·", "• ", "■ ", "> "])
            text = rng.choice(["相关链接：", "相关链接"]) + "\n" + "\n".join(b + t for t in ts)
        elif kind == "dated":
            cy = crawl_year(rng, name)
            text = rng.choice(["推荐阅读", "热点推荐", "相关新闻"]) + "\n" + "\n".join(
                t + rng.choice(["　", "\t", "  "]) + f"{rng.randint(y, cy)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" for t in ts)
        elif kind == "cms_ids":
            text = "相关附件>>\n相关链接>>\n" + "\n".join(f"{''.join(rng.choice('0123456789abcdef') for _ in range(32))}:\n{t}" for t in ts)
        elif kind == "empty":
            text = rng.choice(["相关报道：", "相关文档：", "相关链接：", "相关附件："])
        elif kind == "jiedu":
            text = rng.choice(["相关解读：", "相关解读:", "相关解读：\n"]) + ts[0]
        elif kind == "one_line":
            text = rng.choice(["【相关阅读】", "【相关链接】"]) + rng.choice(["　", "  "]).join(ts)
        elif kind == "chevrons":
            text = rng.choice(["相关稿件", "相关稿件："]) + "\n" + "\n".join(">> " + t for t in ts)
        else:  # more
            text = rng.choice(["相关文章", "相关信息"]) + "\n" + "\n".join(ts) + "\n" + rng.choice(["更多>>", "更多", "MORE+"])
        return [at_end(name, blank(rng) + text)], f"related box ({kind}) at the end: {text[:40]!r}"
    return f


RL_DEFECTS = [(k, rl_form(k)) for k in ["plain", "bullets", "dated", "cms_ids", "empty", "jiedu", "one_line", "chevrons", "more"]]


def rl_k1(rng):
    name = "w09"
    text = "附件：1.青湾市乡村旅游重点村创建标准\n" + rng.choice(["　　　", "      ", ""]) + "2.青湾市星级民宿评定细则"
    return R(name, [after(name, 18, text)], "attachment list before the signature", "annex_list")


def rl_k2(rng):
    name = "w17"
    text = rng.choice(["附件：2024年离校未就业高校毕业生实名登记汇总表", "附件：白河县2024年高校毕业生就业服务工作进展情况统计表"])
    return R(name, [after(name, 16, text)], "one 附件 line before the signature", "annex_line")


def rl_k3(rng):
    name = "w07"
    text = "相关表格可在市交通运输局门户网站“通知公告”栏目下载。"
    return R(name, [glue_end(name, 15, text)], "相关 sentence appended to line 15", "related_sentence")


def rl_k4(rng):
    name = "w01"
    text = "相关工作情况请于每季度末月25日前报送委办公室。"
    return R(name, [glue_end(name, 3, text)], "相关工作 sentence appended to line 3", "related_work")


RL_KEEPS = [rl_k1, rl_k2, rl_k3, rl_k4]


# ====================================================================== 13 editor_credit
def ed_form(kind):
    def f(rng, name, s):
        a, b, c = person(rng, pad=rng.random() < 0.3), person(rng), person(rng)
        col = rng.choice(["：", ":"])
        if kind == "bracket":
            text = rng.choice([f"【责任编辑{col}{a}】", f"[责任编辑{col}{a}]", f"（责任编辑：{a}）"])
        elif kind == "split":
            text = f"责任编辑：\n{a}"
        elif kind == "paren_pair":
            text = f"（编辑：{a}" + rng.choice(["　", " ", "  "]) + f"审核：{b}）"
        elif kind == "pipes":
            text = f"编辑：{a} | 校对：{b} | 审核：{c}"
        elif kind == "admin":
            text = rng.choice([f"[责任编辑:admin]", f"责任编辑：{s['domain'].split('.')[0]}", "【责任编辑：管理员】"])
        elif kind == "three_reviews":
            text = f"初审：{a}" + "　" + f"复审：{b}" + "　" + f"终审：{c}"
        elif kind == "padded":
            text = f"责任编辑：{person(rng, pad=True)}" + rng.choice(["　　", "\t"]) + f"校对：{person(rng, pad=True)}"
        elif kind == "double_bracket":
            text = f"【编辑：{a}】【审核：{b}】"
        else:  # input
            text = f"稿件录入：{a}" + rng.choice(["　", "  "]) + f"责任编辑：{b}"
        return [at_end(name, blank(rng, 0.2) + text)], f"editor credit ({kind}) at the end: {text!r}"
    return f


ED_DEFECTS = [(k, ed_form(k)) for k in ["bracket", "split", "paren_pair", "pipes", "admin", "three_reviews", "padded", "double_bracket", "input"]]


def ed_k1(rng):
    name = rng.choice(["w07", "w17", "w01"])
    s = site(rng, name)
    i = {"w07": 15, "w17": 16, "w01": 3}[name]
    text = f"联系人：{person(rng)}，联系电话：{s['area']}-{rng.choice('2368')}{digits(rng, 7)}。"
    return R(name, [after(name, i, text)], f"contact line of the notice after line {i}", "contact_line")


def ed_k2(rng):
    name, i, text = rng.choice([
        ("w21", 11, "责任单位：市生态环境局，各区县人民政府"),
        ("w21", 14, "责任单位：市发展改革委，各区县人民政府"),
        ("w09", 13, "责任单位：市交通运输局，各区县人民政府"),
    ])
    return R(name, [after(name, i, text)], f"责任单位 line under the task of line {i}", "duty_unit")


def ed_k3(rng):
    name = "w17"
    text = "各乡镇上报数据须经主要负责人审核签字。"
    return R(name, [glue_end(name, 13, text)], "审核 sentence appended to line 13", "review_sentence")


def ed_k4(rng):
    name = rng.choice(["w07", "w01"])
    i = 15 if name == "w07" else 3
    text = "各单位要认真核对、校对报送数据，确保真实准确。"
    return R(name, [glue_end(name, i, text)], f"校对 sentence appended to line {i}", "proofread_sentence")


ED_KEEPS = [ed_k1, ed_k2, ed_k3, ed_k4]


# ====================================================================== 14 leave_popup [held]
def lp_place(rng, name, text, p_end=0.5, p_mid=0.3):
    r = rng.random()
    if r < p_end:
        return [at_end(name, text)], "at the end"
    if r < p_end + p_mid:
        L, _ = LS(name)
        cand = [i for i in range(1, last_body(name)) if "。" in L[i] and "。" in L[i + 1]]
        i = rng.choice(cand)
        return [after(name, i, text)], f"between lines {i} and {i + 1}"
    return [top(text)], "above the title"


def lp_form(kind):
    def f(rng, name, s):
        portal = s["portal"] if s["name"] != "中国政府网" else "中国政府网"
        if kind == "leave_site":
            text = rng.choice([f"您访问的链接即将离开“{portal}”{rng.choice(['', ' '])}是否继续？\n继续访问\n放弃",
                               f"您访问的链接即将离开“{s['name']}”网站，是否继续？\n继续\n取消",
                               f"您即将离开{s['name']}网站\n是否继续访问？\n确定　取消"])
        elif kind == "warm_tip":
            text = "温馨提示\n" + rng.choice(["您即将离开本网站，进入第三方网站，请注意保护个人信息。", "您访问的是非政府网站，请注意甄别信息。"]) + "\n确定\n取消"
        elif kind == "back_top":
            # a "返回顶部" link closing every section: one cause, several places
            L, _ = LS(name)
            heads = [i for i in range(2, len(L)) if HEAD_RE.match(L[i])]
            if len(heads) < 2:
                return None
            lab = rng.choice(["返回顶部", "↑返回顶部", "[返回顶部]", "TOP", "▲ 顶部"])
            ins = [after(name, i - 1, lab) for i in heads[1:]]
            if rng.random() < 0.5:
                ins.append(at_end(name, lab))
            return ins, f"{lab!r} before each of {len(heads) - 1} section headings"
        elif kind == "float":
            text = rng.choice(["智能问答\n我要纠错\n返回顶部", "在线咨询\n意见反馈\n返回顶部", "政务服务\n智能客服\n纠错\nTOP"])
        elif kind == "old_browser":
            text = rng.choice(["您的浏览器版本过低，为了更好的浏览体验，建议升级浏览器或使用IE9以上版本。",
                               "您当前使用的浏览器版本过低，可能导致部分功能无法正常使用，请升级浏览器。"])
        elif kind == "noscript":
            text = rng.choice(["请开启浏览器的JavaScript功能，以正常浏览本站。", "您的浏览器不支持JavaScript，请开启后刷新页面。"])
        elif kind == "loading":
            text = rng.choice(["正在加载中，请稍候...", "加载中…", "数据加载中，请稍候……"])
        elif kind == "close_x":
            text = rng.choice(["×\n关闭", "关闭\n×", "× 关闭"])
        else:  # survey
            text = rng.choice(["您对本页面信息是否满意？\n满意\n一般\n不满意\n提交", "本页信息对您是否有帮助？　有帮助　没帮助"])
        ins, where = lp_place(rng, name, text)
        return ins, f"hidden/floating element ({kind}) {where}: {text[:30]!r}"
    return f


LP_DEFECTS = [(k, lp_form(k)) for k in ["leave_site", "warm_tip", "back_top", "float", "old_browser", "noscript", "loading", "close_x", "survey"]]


def lp_k1(rng):
    name = "w17"
    text = "温馨提示：招聘活动不收取求职者任何费用，请广大毕业生提高警惕，谨防求职陷阱。"
    return R(name, [after(name, 16, text)], "温馨提示 line of the notice before the signature", "warm_tip_notice")


def lp_k2(rng):
    name = "w25"
    text = "（三）加强政务网站管理。规范外部链接管理，对链接至外部网站的，设置“您即将离开本网站”提示，确保网站安全。"
    return R(name, [after(name, 17, text)], "website-management item quoting the leave prompt", "leave_prompt_quoted")


def lp_k3(rng):
    name, i, text = rng.choice([("w09", 18, "试点期满后对实施成效进行评估，确定是否继续实施。"),
                                ("w17", 9, "见习期满后，由见习单位根据考核情况确定是否继续留用。")])
    return R(name, [glue_end(name, i, text)], f"是否继续 sentence appended to line {i}", "whether_continue")


def lp_k4(rng):
    name = "w23"
    text = "对弄虚作假骗取奖励的，取消其奖励资格。"
    return R(name, [glue_end(name, 15, text)], "取消 sentence appended to 第九条", "cancel_sentence")


LP_KEEPS = [lp_k1, lp_k2, lp_k3, lp_k4]


# ====================================================================== 15 pagination [held]
def pager(kind, p, n, rng):
    nums = " ".join(str(i) for i in range(1, n + 1))
    if kind == "prev_nums_next":
        return ("上一页 " if p > 1 else "") + nums + (" 下一页" if p < n else "")
    if kind == "page_of":
        return rng.choice(["第{p}页 共{n}页", "第{p}页　共{n}页", "第 {p} 页 共 {n} 页"]).format(p=p, n=n)
    if kind == "first_last":
        return "首页 上一页 下一页 尾页"
    if kind == "bracket_nums":
        return " ".join(f"[{i}]" for i in range(1, n + 1)) + (" 下一页" if p < n else "")
    if kind == "total_first":
        return f"共{n}页 第{p}页 首页 上一页 下一页 尾页"
    if kind == "guillemets":
        return "« 上一页 " + nums + " 下一页 »"
    if kind == "yeci":
        return f"页次：{p}/{n}"
    if kind == "jump":
        return nums + " 下一页 尾页\n跳转到\n第\n页\nGO"
    return "< " + nums + " >"


PG_KINDS = ["prev_nums_next", "page_of", "first_last", "bracket_nums", "total_first", "guillemets", "yeci", "jump", "ascii_angle"]


def pg_form(kind):
    def f(rng, name, s):
        L, _ = LS(name)
        lo, hi = 2, last_body(name)
        n = rng.choice([2, 3, 3, 4]) if hi - lo > 12 else 2
        cand = [i for i in range(lo, hi) if len(L[i]) > 8]
        if len(cand) < n:
            return None
        # split points spread through the body
        step = len(cand) // n
        splits = sorted({cand[min(len(cand) - 1, step * (k + 1) + rng.randint(-2, 2))] for k in range(n - 1)})
        if len(splits) != n - 1:
            return None
        style = rng.choice(["joins", "joins_and_end", "end_only"]) if kind not in ("first_last",) else "joins_and_end"
        ins, places = [], []
        if style != "end_only":
            for p, i in enumerate(splits, 1):
                ins.append(after(name, i, blank(rng, 0.2) + pager(kind, p, n, rng)))
                places.append(i)
        if style != "joins":
            ins.append(at_end(name, pager(kind, n, n, rng)))
            places.append("end")
        return ins, f"pager ({kind}, {n} pages, {style}) after lines {places}"
    return f


PG_DEFECTS = [(k, pg_form(k)) for k in PG_KINDS]


def pg_k1(rng):
    name = rng.choice(["w07", "w17"])
    text = "申报材料统一用A4纸双面打印，正文不超过10页，并按首页、目录、正文、附件的顺序装订成册。"
    return R(name, [after(name, 15, text)], "page limit and binding order of the notice after line 15", "page_limit")


def pg_k2(rng):
    name = "w17"
    text = "在县政府门户网站首页开设“高校毕业生就业服务”专栏，集中发布岗位信息。"
    return R(name, [glue_end(name, 16, text)], "首页 sentence appended to line 16", "homepage_column")


def pg_k3(rng):
    name = "w11"
    i = find_line(name, "第八条")
    text = "自查报告首页须由医疗机构主要负责人签字并加盖公章。"
    return R(name, [glue_end(name, i, text)], "首页 in 第八条", "report_first_page")


def pg_k4(rng):
    name = "w09"
    text = "编印《青湾乡村旅游指南》，每册不少于60页，免费向游客发放。"
    return R(name, [glue_end(name, 11, text)], "page count of a guide appended to line 11", "guide_pages")


PG_KEEPS = [pg_k1, pg_k2, pg_k3, pg_k4]


# ====================================================================== 16 page_frame
def pf_form(kind):
    def f(rng, name, s):
        y = crawl_year(rng, name)
        if s["domain"] == "www.gov.cn":
            url = f"http://www.gov.cn/guoqing/{y}-{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/content_{rng.randint(5000000, 5299999)}.htm"
        else:
            url = (f"http://{s['domain']}/" + rng.choice(["art", "zwgk"]) + f"/{y}/{rng.randint(1, 12)}/{rng.randint(1, 28)}/"
                   f"art_{rng.randint(1000, 9999)}_{rng.randint(100000, 999999)}.html")
        if kind == "print_view":
            head = s["name"] + "\n" + rng.choice(["本页网址：", "文章链接：", "网址："]) + url
            foot = rng.choice(["【打印本页】【关闭窗口】", "打印本页　关闭窗口", "[关闭窗口]"])
        elif kind == "banner_domain":
            head = s["name"] + rng.choice(["\n", "　", "  "]) + s["domain"]
            foot = _copyright(rng, s, y) + "　" + s["icp"]
        elif kind == "china_dot":
            head = f"中国·{(s['city'] or '江岭市')[:2]}\n{s['portal']}"
            foot = f"主办：{s['org']}　{s['icp']}"
        elif kind == "browser_print":
            tt = lines_of(BASES[name])[0]
            hm = f"{rng.randint(8, 17)}:{rng.randint(0, 59):02d}"
            head = f"{y}/{rng.randint(1, 12)}/{rng.randint(1, 28)} {hm}" + rng.choice([" ", "\t"]) + tt[:rng.randint(12, 30)] + rng.choice(["", "..."])
            foot = url + rng.choice([" ", "\t"]) + f"1/{rng.randint(2, 6)}"
        elif kind == "crumb_and_footer":
            head = s["portal"] + "\n" + "当前位置：首页 > " + rng.choice(["政务公开", "信息公开"]) + " > " + rng.choice(["通知公告", "政策文件"])
            foot = "\n".join(["网站地图 | 联系我们", _copyright(rng, s, y), s["icp"]])
        elif kind == "topbar_and_links":
            head = "无障碍 | 长者模式\n" + s["name"]
            foot = "相关链接\n" + "\n".join(titles(rng, s, y, 2)) + "\n" + s["gongan"]
        elif kind == "three_places":
            head = s["name"]
            mid = rng.choice(["【字体：大 中 小】", "字号：大 中 小　打印"])
            foot = rng.choice(["扫一扫在手机打开当前页\n", ""]) + f"版权所有：{s['org']}"
            return [top(head), after(name, 0, mid), at_end(name, foot)], f"site head {head!r}, info bar {mid!r}, foot {foot!r}"
        else:  # logo_alt
            head = rng.choice([f"{s['name']}logo", f"{s['name']} LOGO", "logo\n" + s["name"]])
            foot = rng.choice(["返回顶部\n", ""]) + f"网站标识码：{s['code']}"
        return [top(head), at_end(name, blank(rng, 0.3) + foot)], f"saved-page head {head[:30]!r} and foot {foot[:30]!r}"
    return f


PF_DEFECTS = [(k, pf_form(k)) for k in ["print_view", "banner_domain", "china_dot", "browser_print", "crumb_and_footer", "topbar_and_links", "three_places", "logo_alt"]]


def pf_k1(rng):
    name = rng.choice(NOTICES)
    city, dept = DOC_ORG[name][:2]
    return R(name, [top(f"{city}{dept}文件")], "红头 (issuing-authority mark) above the title", "red_head")


def pf_k2(rng):
    name = rng.choice(NOTICES + ["w21", "w25", "w13"])
    text = rng.choice(["（此件公开发布）", "（此件主动公开）"])
    return R(name, [at_end(name, text)], "publication note after the date", "public_note")


def pf_k3(rng):
    name = rng.choice(NOTICES)
    text = rng.choice(["公开方式：主动公开", "（信息公开选项：主动公开）"])
    return R(name, [at_end(name, text)], "公开方式 line after the date", "open_mode")


def pf_k4(rng):
    name = rng.choice(NOTICES + ["w21"])
    city, dept = DOC_ORG[name][:2]
    L, _ = LS(name)
    date = L[-1]
    y, m, d = map(int, re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", date).groups())
    d2 = d if d >= 26 else d + rng.randint(0, 3)
    cc = rng.choice(["抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室。", f"抄送：{city}人民政府办公室。"])
    colo = f"{city}{dept}办公室" + rng.choice(["　　", "　　　　", "  "]) + f"{y}年{m}月{d2}日印发"
    text = rng.choice([cc + "\n" + colo, colo])
    return R(name, [at_end(name, text)], "版记 (抄送 / printing colophon) after the date", "colophon")


PF_KEEPS = [pf_k1, pf_k2, pf_k3, pf_k4]


# ====================================================================== driver
def wrap_defects(forms, pool=None):
    """forms: [(form, f(rng, name, site) -> (ins, note) | None)]"""
    return [(form, fn, pool) for form, fn in forms]


KINDS = [
    # kind, defects, keeps, held
    ("breadcrumb", BC_DEFECTS, BC_KEEPS, True),
    ("font_widget", FW_DEFECTS, FW_KEEPS, False),
    ("print_close", PC_DEFECTS, PC_KEEPS, False),
    ("share_bar", SH_DEFECTS, SH_KEEPS, True),
    ("glued_widget", GL_DEFECTS, GL_KEEPS, True),
    ("view_counter", VC_DEFECTS, VC_KEEPS, True),
    ("qr_prompt", QR_DEFECTS, QR_KEEPS, False),
    ("site_footer", FT_DEFECTS, FT_KEEPS, False),
    ("utility_topbar", UT_DEFECTS, UT_KEEPS, True),
    ("nav_menu", NM_DEFECTS, NM_KEEPS, False),
    ("prev_next", PN_DEFECTS, PN_KEEPS, True),
    ("related_list", RL_DEFECTS, RL_KEEPS, False),
    ("editor_credit", ED_DEFECTS, ED_KEEPS, False),
    ("leave_popup", LP_DEFECTS, LP_KEEPS, True),
    ("pagination", PG_DEFECTS, PG_KEEPS, True),
    ("page_frame", PF_DEFECTS, PF_KEEPS, False),
]
N_DEFECT, N_KEEP = 8, 4


def build(base, ins):
    """ins: list of (pos_in_base, [(text, tag), ...]); returns raw and the spans of the insertions in raw."""
    ins = sorted(ins, key=lambda x: x[0])
    assert len({p for p, _ in ins}) == len(ins), "two insertions at one place"
    out, spans, last, shift = [], [], 0, 0
    for pos, pieces in ins:
        text = "".join(t for t, _ in pieces)
        out.append(base[last:pos])
        out.append(text)
        spans.append((pos + shift, pos + shift + len(text)))
        shift += len(text)
        last = pos
    out.append(base[last:])
    return "".join(out), spans


def check(rec):
    base = BASES[rec["name"]]
    raw, spans = build(base, rec["ins"])
    rebuilt, last = [], 0
    for s, e in spans:
        rebuilt.append(raw[last:s])
        last = e
    rebuilt.append(raw[last:])
    assert "".join(rebuilt) == base, rec["name"]
    assert raw != base
    # no insertion splits a word: each one sits at a line boundary, after punctuation, or glued to
    # the outside of a line (title end, first-line start, last-line end)
    for pos, pieces in rec["ins"]:
        before = base[pos - 1] if pos > 0 else "\n"
        after_ = base[pos] if pos < len(base) else "\n"
        text = "".join(t for t, _ in pieces)
        ok = before in "\n。；：，）" or after_ in "\n。；" or text.startswith("\n") or text.endswith("\n") \
            or base[max(0, pos - 4):pos] == "门户网站"
        assert ok, (rec["name"], pos, before, after_, text[:20])
    return raw, spans


def main():
    rng = random.Random(SEED)
    probes, seen = [], set()
    forms_seen = defaultdict(set)
    for kind, dforms, kforms, held in KINDS:
        # defects: each of the 8 takes a different surface form (a shuffled pick of the kind's forms)
        order = rng.sample(range(len(dforms)), len(dforms))
        for k in range(N_DEFECT):
            form, fn = dforms[order[k % len(order)]]
            tries = 0
            while True:
                tries += 1
                assert tries < 500, (kind, form)
                name = rng.choice(ANYDOC)
                s = site(rng, name)
                got = fn(rng, name, s)
                if got is None:
                    continue
                ins, note = got
                rec = R(name, ins, note, form)
                raw, spans = check(rec)
                if raw in seen:
                    continue
                seen.add(raw)
                probes.append({"id": None, "family": FAMILY, "kind": kind, "label": "defect", "held": held,
                               "raw": raw, "want": BASES[name], "flag": None, "base": name,
                               "note": f"[{form}] {note}"})
                forms_seen[(kind, "defect")].add(form)
                break
        korder = rng.sample(range(len(kforms)), len(kforms))
        for k in range(N_KEEP):
            fn = kforms[korder[k % len(korder)]]
            tries = 0
            while True:
                tries += 1
                assert tries < 500, (kind, "keep", fn.__name__)
                rec = fn(rng)
                if rec is None:
                    continue
                raw, spans = check(rec)
                if raw in seen:
                    continue
                seen.add(raw)
                probes.append({"id": None, "family": FAMILY, "kind": kind, "label": "keep", "held": held,
                               "raw": raw, "want": raw, "flag": None, "base": rec["name"],
                               "note": f"[{rec['form']}] {rec['note']}"})
                forms_seen[(kind, "keep")].add(rec["form"])
                break
    for k, p in enumerate(probes, 1):
        p["id"] = f"{FAMILY}-{k:04d}"
    # ---- self-check of the records
    assert len({p["id"] for p in probes}) == len(probes)
    assert len({p["raw"] for p in probes}) == len(probes)
    held_kinds = {k for k, _, _, h in KINDS if h}
    assert len(KINDS) == 16 and len(held_kinds) == 8
    keys = ["id", "family", "kind", "label", "held", "raw", "want", "flag", "base", "note"]
    for p in probes:
        assert list(p) == keys
        base = BASES[p["base"]]
        assert p["flag"] is None
        if p["label"] == "keep":
            assert p["raw"] == p["want"] and p["raw"] != base, p["id"]
        else:
            assert p["want"] == base and p["raw"] != base, p["id"]
        assert p["held"] == (p["kind"] in held_kinds)
    c = Counter((p["kind"], p["label"]) for p in probes)
    for kind, _, _, _ in KINDS:
        assert c[(kind, "defect")] == N_DEFECT and c[(kind, "keep")] == N_KEEP, kind
        assert len(forms_seen[(kind, "defect")]) >= 6, (kind, forms_seen[(kind, "defect")])
        assert len(forms_seen[(kind, "keep")]) >= 3, (kind, forms_seen[(kind, "keep")])
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for p in probes:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    for kind, _, _, held in KINDS:
        print(f"{kind:16} held={str(held):5} defect {c[(kind, 'defect')]} ({len(forms_seen[(kind, 'defect')])} forms)"
              f"  keep {c[(kind, 'keep')]} ({len(forms_seen[(kind, 'keep')])} forms)")
    print("total", len(probes), "defects", sum(p["label"] == "defect" for p in probes),
          "keeps", sum(p["label"] == "keep" for p in probes), "held kinds", len(held_kinds), "->", OUT)


if __name__ == "__main__":
    main()
