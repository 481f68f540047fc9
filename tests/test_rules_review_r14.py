"""Round-14 adversarial review (families ads and chrome): real content the new rules must keep.

Each document under tests/data/review_r14/ is real-shaped text; every listed passage is the
document's own content (a notice's own contact, a work summary's figures, a list, a staff line)
and must survive cleaning.
"""

from pathlib import Path

import pytest

from cleaner.pipeline import clean

_DATA = Path(__file__).parent / "data" / "review_r14"

CASES = {
    # ads: a writing genre + material noun (征文材料, 述职材料) beside the notice's own address
    "ads_material_mobile_inline.txt": [
        "征文材料请发送至13812345678（微信同号），逾期不予受理。",
        "征文材料也可通过微信发送至13912345678，并注明单位和姓名。",
    ],
    "ads_material_contact_lines.txt": [
        "请将心得体会材料于12月10日前交至13812345678（王老师）。",
        "述职材料报组织部，联系手机13812345678。",
        "调研报告材料电子版发送QQ：123456789，纸质版报送组织部。",
    ],
    "ads_material_site.txt": [
        "有关党课材料详见www.12371.cn。",
        "工作计划模板：www.jlkj.com/xz/jh.docx",
    ],
    # ads: table rows (tab, pipe, two spaces) with a phone, mail, QQ, 400 or URL cell
    "ads_material_table_cells.txt": [
        "工作总结材料",
        "述职报告模板",
        "zzb@163.com",
        "事项",
        "QQ：123456789",
        "400-123-4567",
        "汇报材料模板见www.jlzzb.cn",
        "王伟",
    ],
    # ads: dashes framing real text; two adjacent short lines of a notice
    "ads_material_framed_pair.txt": [
        "材料报送QQ：123456789",
        "征文材料QQ群：123456789",
        "征文材料交流群",
        "QQ群：987654321",
    ],
    # ads: traditional text folded to simplified reaches the foreign-segment rule
    "ads_trad_hk.txt": [
        "查詢電話：2892 6543",
        "查詢熱線：2112 9932",
        "總結報告範本可於本會網站下載：www.hkfyg.org.hk",
        "活動查詢熱線：4008 123 456",
    ],
    "ads_trad_tw.txt": [
        "聯絡電話：02-2345-6789",
    ],
    # chrome: 10万+ figures of a work summary read as view counters
    "chrome_counters_report.txt": [
        "10万+ 阅读",
        "阅读量10万+",
        "浏览量：10万+",
        "1.2万+ 浏览",
    ],
    # chrome: 今天是 + date alone on a line of a speech
    "chrome_speech_today.txt": [
        "今天是2024年3月5日",
    ],
    # chrome: three platform names as a document's list
    "chrome_platform_list.txt": [
        "微信、微博、抖音",
        "抖音　今日头条　微博",
    ],
    # chrome: roles joined by semicolons in a court record and a yearbook's staff list
    "chrome_roles_semicolon.txt": [
        "一审：王伟；二审：李明；三审：赵强",
        "编辑：李明；校对：张华",
        "责任编辑：李明；校对：张华；审核：赵强",
    ],
    # chrome: a survey's own questions read as a page feedback box
    "chrome_survey_feedback.txt": [
        "此信息是否满意？",
        "本信息对您是否有用？",
    ],
    # chrome: an IPv6 plan's target lines read as a site badge
    "chrome_ipv6_task.txt": [
        "全面支持IPv6",
        "网站支持IPv6访问",
    ],
    # chrome: new strong/weak widget words as list items of a website accessibility plan
    "chrome_accessibility_plan.txt": [
        "老年模式", "读屏专用", "盲人通道", "我要留言", "我要评价", "页面纠错", "大鼠标", "放大镜", "纯文本",
    ],
    # chrome: a regulation's label fields (space-separated) read as a tag bar
    "chrome_tag_regulation.txt": [
        "标签：品名 产地 生产日期",
    ],
    # chrome: sentences of a security campaign read as a leaving-the-site pop-up
    "chrome_leaving_sentence.txt": [
        "您正在访问外部链接时，应核实网址真实性。",
        "您即将访问的是第三方网站时，不要输入银行卡密码。",
    ],
    # ads: the material pre-scan opens the whole document to the ad rules: the sentence is cut
    # mid-clause and the notice's own contact block loses its mobile line (adforeign)
    "ads_prescan_contact_block.txt": [
        "一、请于12月20日前报送年度工作总结材料，电子版可发送至13812345678（微信同号）。",
        "手机：13812345678",
    ],
    # chrome: sign-off roles after the date on a document-processing form read as a glued widget
    "chrome_signoff_form.txt": [
        "2024年3月5日 审核：李华 签发：王伟",
        "2024年3月6日　核稿：李华；签发：王伟",
    ],
    # chrome: bracketed button names that are the subject of a spec's sentence
    "chrome_button_spec.txt": [
        "【分享】【评论】【点赞】三个按钮应置于文章底部。",
        "【打印】【关闭】按钮应统一置于正文下方右侧。",
        "打印、关闭、分享",
        "上一篇、下一篇、返回列表",
    ],
    # chrome: a library's statistics lines (two figures on a line, 万+, 已浏览, 留言) read as counters
    "chrome_counters_library.txt": [
        "阅读量：120万次", "点击量：56万次", "浏览量 10万+", "累计阅读：12.3万+", "关注：5.6万+",
        "已浏览 300万次", "共有1200条留言",
    ],
    # ads: a Hong Kong student-loan office's hotline (the fold makes 貸款 a loan trade's word)
    "ads_trad_loan.txt": [
        "申請人須填妥申請表格，查詢熱線：2802 2345",
    ],
    # ads: the notice's own account line under an injected ad (the new 微信ID gap makes it a contact)
    "ads_wechat_id_under_ad.txt": [
        "活动咨询请添加志愿者协会微信ID：jlzyz2024",
    ],
    # ads: a 400 line in a new grouping beside 述职材料, cut out of the sentence
    "ads_hotline_material_inline.txt": [
        "述职材料报送至",
        "4008-123-456",
    ],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_real_content_kept(name):
    text = (_DATA / name).read_text(encoding="utf-8")
    out = clean(text).text
    lost = [p for p in CASES[name] if p not in out]
    assert not lost, f"{name}: real content removed or changed: {lost}"


def test_trail_not_left_as_a_title():
    """A wrong repair: the trail's last item (政府工作报告) is kept as if it were the title, although the
    real title follows on the next line (2024年江岭市政府工作报告); main drops the whole trail."""
    text = (_DATA / "chrome_crumb_title_residue.txt").read_text(encoding="utf-8")
    out = clean(text).text
    assert out.startswith("2024年江岭市政府工作报告"), out[:40]
