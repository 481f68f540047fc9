"""ads, round 14: writing material offered with an address, and ads split over two lines.

A writing genre with a material noun (述职报告模板, 年终总结材料, 公文写作素材) next to an address
(a mobile or 400 number in any grouping, an account on a channel spelled in full-width or
spaced digits, a non-government domain) is an offer; two adjacent short lines whose cues
agree only together (a teaser, then where to get it) are one ad. Must-not-change rows come
first: a notice's own contact lines, its own account in a body sentence, its source note, a
12345 service line, sentences against ads, its download and QR instructions, template names
in its own text, and its own short lines beside an injected ad.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean
from helpers import ads_removed

TITLE = "江岭市人力资源和社会保障局关于做好2024年度工作总结报送工作的通知"
BODY = "现将有关事项通知如下，请结合实际认真贯彻落实。"
BODY2 = "各单位要高度重视，加强组织领导，确保各项工作落到实处。"
SIGNATURE = "江岭市人力资源和社会保障局\n2024年3月29日"


def page(*middle: str) -> str:
    return "\n".join((TITLE, BODY) + middle + (BODY2, SIGNATURE))




# --- must not change ------------------------------------------------------------------

OWN_LINES = [
    "联系人：王敏　联系电话：0571-87654321",
    "邮箱：zwgk123@jl.gov.cn",
    "来源：江岭市人民政府办公室",
    "政务服务便民热线：12345（24小时受理）",
    "请关注“江岭发布”微信公众号，及时了解政策动态。",
    "严禁发布虚假广告，严禁以代写材料等名义收取费用。",
    "相关表格可在本网站“附件下载”栏目获取，也可扫描二维码报名。",
    "请填写《江岭市项目申报表（模板）》，于规定时间内报送。",
    "各单位要认真整理有关材料，按要求发布信息，不得随意转载未经核实的内容。",
    "请于12月20日前报送年度工作总结材料，联系电话：13800138000。",
    "请将年度工作总结材料发送至jlrsj2024@163.com。",
    "工作总结模板可登录江岭人才网（www.jlrc.com）下载。",
    "附件：述职报告模板",
    "述职报告模板见附件2，联系人：李洁，手机：13912345678",
    # a row of a short label and one number: the notice's hotline, in any local grouping
    "查询电话：2892 6543",
    "咨询热线：0571 8765 4321",
]


@pytest.mark.parametrize("line", OWN_LINES)
def test_notice_own_lines_stay(line):
    text = page(line)
    assert ads_removed(text) == []
    assert line.rstrip("。") in clean(text).text.replace("\uff1a", "：")


OWN_PAIRS = [
    # a notice's own short lines next to each other, each with a cue of an ad's vocabulary
    ("附件：1.述职报告模板", "2.工作总结报送表"),
    ("请关注“江岭人社”微信公众号", "扫描二维码报名"),
    ("联系人：王敏", "联系电话：13800138000"),
]


@pytest.mark.parametrize("pair", OWN_PAIRS)
def test_notice_own_short_line_pairs_stay(pair):
    assert ads_removed(page(*pair)) == []


def test_own_line_beside_an_injected_ad_line_stays():
    """The ad line goes; the notice's own account line under it stays."""
    text = page("本文由好范文网整理，仅供参考", "请关注“江岭人社”微信公众号")
    out = clean(text).text
    assert "好范文网" not in out
    assert "江岭人社" in out


def test_signature_date_beside_a_footer_ad_stays():
    text = page() + "\n更多工作总结范文、述职报告模板\n请访问www.fwxs.com"
    out = clean(text).text
    assert "fwxs" not in out and "更多工作总结范文" not in out
    assert out.rstrip().endswith("2024年3月29日")


# --- must change ----------------------------------------------------------------------

MATERIAL_OFFERS = [
    "述职报告模板 400 840 7096",
    "年终总结材料 4000-51-5194",
    "述职报告模板4000342591",
    "详见clgou.com.cn/2318.html 专业述职报告模板",
    "公文写作素材，威信：１０８３７５６３",
    "年终总结材料，Wx：4 5 7 3 9 1 6 5",
    "述职报告模板 wx id：18912340000",
    "秘书工作网，400-824-2491",
    "手机 138 0013 8000 专业代写",
]


@pytest.mark.parametrize("ad", MATERIAL_OFFERS)
def test_material_offer_lines_go(ad):
    text = page(ad)
    out = clean(text).text
    assert out.splitlines()[1:3] == [BODY, BODY2]


@pytest.mark.parametrize("ad", ["述职报告模板请联系13700009999", "实施方案范本 400-612-3456"])
def test_material_offer_glued_between_sentences_goes(ad):
    line = "加强人才队伍建设。" + ad + "。实施名医名院工程，全年引进高层次人才30名。"
    out = clean(page(line)).text
    assert "加强人才队伍建设。实施名医名院工程，全年引进高层次人才30名。" in out


TWO_LINE_ADS = [
    ("公文写作素材持续更新中", "请访问www.bgw.top"),
    ("更多述职报告模板、实施方案范本", "材料狗（bgw.com）"),
    ("更多心得体会范文、年终总结材料", "加薇信：fwxs_2024 领取"),
]


@pytest.mark.parametrize("pair", TWO_LINE_ADS)
def test_two_line_ads_go(pair):
    out = clean(page(*pair)).text
    assert out.splitlines()[1:3] == [BODY, BODY2]


def test_removal_reason_names_the_cues():
    reasons = [f.reason for f in clean(page("述职报告模板 400 840 7096")).findings if f.rule.startswith("ads.")]
    assert reasons and "writing material offered with an address" in reasons[0] and "hotline" in reasons[0]


TRADITIONAL_ADS = ["代寫總結、述職報告，聯繫QQ：747650913", "本文來源於办公写作网，轉載請註明出處", "專業代寫各類材料，微信：bigan_lao"]


@pytest.mark.parametrize("ad", TRADITIONAL_ADS)
def test_ads_in_traditional_characters_go(ad):
    out = clean(page(ad)).text
    assert out.splitlines()[1:3] == [BODY, BODY2]


def test_heading_with_an_ad_glued_on_keeps_the_heading():
    text = "\n".join([TITLE, "一、工作成效", BODY, "二、2024年工作打算  代写材料vx：mbk2023", "（一）加快推进新院区建设。", BODY2])
    out = clean(text).text
    assert "二、2024年工作打算" in out.splitlines()
    assert "mbk2023" not in out


CELL_ADS = [
    ("全年完成投资12亿元。\t会员下载\tVIP专享\t￥5.00\t", "全年完成投资12亿元。"),
    ("会员下载    VIP专享    ￥3.00    （一）医疗资源不断丰富。", "（一）医疗资源不断丰富。"),
    ("笔杆子写作｜公文写作｜材料大全｜全年完成投资12亿元。", "全年完成投资12亿元。"),
    ("加强组织领导。-- 更多精彩范文尽在淘豆网 --亲自研究部署。", "加强组织领导。亲自研究部署。"),
    ("落实到位。====本文由第一范文网独家首发====下一步工作。", "落实到位。下一步工作。"),
]


@pytest.mark.parametrize("line,kept", CELL_ADS)
def test_ads_in_an_edge_cell_or_framed_by_rules_go_whole(line, kept):
    assert clean(page(line)).text.splitlines()[2] == kept


OWN_CELLS = [
    "序号\t单位\t联系人\t联系电话",
    "1\t江岭市人才网\t王敏\t13800138000",
    "坚持以人民为中心——这是根本——推动高质量发展。",
    "（一）完善范文库建设。建立公文范文库，收录优秀公文范文100篇。",
    "申报材料\t模板见附件2\t联系人：李洁",
]


@pytest.mark.parametrize("line", OWN_CELLS)
def test_own_table_rows_and_dashed_asides_stay(line):
    assert ads_removed(page(line)) == []


def test_title_listing_in_brackets_goes():
    text = "江岭市交通运输局2023年工作总结（最新范文4篇）\n" + BODY + "\n" + BODY2 + "\n" + SIGNATURE
    assert clean(text).text.splitlines()[0] == "江岭市交通运输局2023年工作总结"
