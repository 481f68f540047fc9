"""Round 14 chrome: furniture of other CMSs (tool rows in other brackets and separators, counters in other
wordings and in English, editor credits with other roles, the leaving-the-site pop-up with its buttons,
accessibility bars, related boxes headed 关联稿件, trails on 〉). The must-not-change rows come first: real
lines of notices shaped like that furniture (contact lines, attachment lists, a table of contents, a flow
chart, sentences naming 打印 / 分享 / 浏览 / 点击, a signature block, an event's 主办单位, numbered steps,
a table row, a form's lone 审核 line, a place description after 位置：).
Rows run through the whole pipeline.
"""

from __future__ import annotations

import unicodedata

import pytest

from cleaner.pipeline import clean
from pages import READING_NOTICE as PAGE

TITLE, PARA, BODY, CLEAN = PAGE.title, PAGE.para, PAGE.body, PAGE.clean
SIGNATURE = "临泉市文化和旅游局\n2024年4月2日"
_head, _top, _mid, _tail = PAGE.head, PAGE.top, PAGE.mid, PAGE.tail


def _before_sig(line: str) -> str:
    return f"{TITLE}\n{BODY.replace(SIGNATURE, line + chr(10) + SIGNATURE, 1)}"


KEPT = [
    (_before_sig, "联系人：王丽\u3000联系电话：0571-12345678"),
    (_before_sig, "附件：1．活动报名表\n2．活动安排表"),
    (_mid, "目\u3000录\n一、总体要求\n二、主要任务\n三、保障措施"),
    (_mid, "申请→受理→审核→办结"),
    (_mid, "全年政务网站页面浏览量达120万次，点击率同比提高8.5%。"),
    (_mid, "请各单位自行下载打印报名表，加盖公章后于4月30日前报送。"),
    (_mid, "各单位要将本通知分享至工作群，确保一线人员知晓。"),
    (_mid, "政务新媒体发布信息1200条，阅读量累计86万人次。"),
    (_mid, "主办单位：临泉市文化和旅游局\n承办单位：临泉市图书馆\n活动时间：4月23日"),
    (_mid, "1．打印准考证\n2．携带身份证原件\n3．按时入场"),
    (_mid, "序号 | 单位 | 联系人 | 联系电话\n1 | 市图书馆 | 王敏 | 0571-12345678"),
    (_mid, "（三）网站访问量和互动情况"),
    (_mid, "活动位置：市民中心三楼多功能厅"),
    (_mid, "位置：本市东部，面积120平方公里。"),
    (_mid, "关联企业\n临泉市图书馆服务有限公司"),
    (_mid, "确定 取消"),
    (_mid, "推进IPv6规模部署"),
    (_before_sig, "相关信息\n申报材料清单"),
    (_before_sig, "本次活动由临泉市文化和旅游局主办\u3000临泉市图书馆承办"),
    (_mid, "本条信息是否有用将作为考核依据。"),
    (_mid, "标签"),
    (_mid, "评论区共有12条评论，已全部回复。"),
    (_mid, "一审：驳回起诉\u3000二审：维持原判"),
    (_mid, "标签：品名、规格、生产日期"),
    (_mid, "阅读（40分）"),
    (_mid, "【政策解读】各地要按照要求，认真做好政策宣传解读工作。"),
    (_mid, "【下载】各地可在门户网站下载本通知的电子文本。"),
    (_mid, "2024年4月23日\u3000上午9:00"),
    (_mid, "（三）阅读量"),
    (_mid, "已阅读"),
    (_mid, "微信\u3000微博\u3000抖音"),
    (_before_sig, "微信、微博"),
]


def _loose(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


@pytest.mark.parametrize(("place", "block"), KEPT)
def test_real_lines_shaped_like_furniture_stay(place, block: str) -> None:
    kept = _loose(clean(place(block)).text)
    for line in block.split("\n"):
        assert _loose(line) in kept, line


FIXED = [
    _tail("分享至：豆瓣、QQ空间"),
    _mid("一键分享 ▸ 朋友圈 ▸ 人民微博 ▸ 豆瓣 ▸ 钉钉  |  【收藏本页】"),
    _tail("(字体:大|中|小)  (加入收藏)  (返回)  (关闭本页)"),
    _tail("「我要纠错」  「关闭本页」  「返回上页」"),
    _tail("阅读 (37256) | Print"),
    _tail("Read 44230 times"),
    _head("Print\u3000|\u3000点击数：11,159"),
    _head("Views: 1,234"),
    # Withdrawn after the round-14 review (tests/test_rules_review_r14.py): credits joined by ；
    # (一审：王伟；二审：李明；三审：赵强 is a court record's, 编辑：李明；校对：张华 a yearbook's staff list):
    # _tail("（一审: 孙悦；二审：胡佳；三审:刘洋）"),
    _tail("来源编辑:李明"),
    _head("主页 〉 政策法规 〉 政策文件"),
    _tail("您即将离开本站，是否继续？\n继续访问 放弃"),
    _tail("您访问的链接即将离开“金湖市政府门户网站”网站，是否继续？\n确定 取消"),
    _top("老年模式  |  读屏专用  |  大鼠标"),
    _top("进入关怀版|盲人通道"),
    _tail("扫码看手机版\n回到顶部"),
    _tail("关联稿件\n◆关于做好高校毕业生就业工作的通知\u30002022-12-25\n◆青岚区召开专题会议\u30002019-03-20"),
    _tail("相关信息 >>\n• 2023年开展医保基金专项检查工作要点 2021-04-11"),
    _tail("Read 9836 times\u3000|\u3000Print"),
    _tail("本页面内容是否有用？ 有用 没用"),
    # Withdrawn after the round-14 review: a feedback box asking of 此信息 / 本信息 (a survey's own
    # questions ask so); only a question about the page itself (本页面, 页面内容) stays a box.
    # _tail("此信息对您有帮助吗？ 是 否"),
    _tail("共有0条评论"),
    # Withdrawn after the round-14 review: 支持IPv6 as a site badge (an IPv6 plan's target lines).
    # _tail("网站支持IPv6"),
    _tail("本站所有内容版权归临泉市人民政府所有"),
    _tail("Tags: 卫生 健康"),
    _tail("【我要评价】"),
    # Withdrawn after the round-14 review: 今天是 + a date without a weekday (a speech's line).
    # _top("今天是2024年5月3日"),
    _head("已浏览：123"),
    _head("123 阅读"),
    _head("阅读量:10万+"),
    _tail("文章二维码"),
    _tail("手机扫码 随时看"),
    _mid("您即将访问的是非本站链接，请注意账号财产安全\n继续访问\u3000放弃访问"),
    # Narrowed after the round-14 review: platforms without their label only as the page's first or
    # last line beside another furniture line (抖音　今日头条　微博 under a report's 入驻平台 stays).
    # _tail("微信\u3000微博\u3000QQ"),
    _tail("共有0条评论\n微信\u3000微博\u3000QQ"),
]

GLUED = [
    (CLEAN.replace("为深入推进", "【打印】【关闭】为深入推进"), "before a paragraph"),
    (CLEAN.replace(SIGNATURE, "【关闭窗口】" + SIGNATURE), "before the signature"),
    (CLEAN + "\u3000【打印】【关闭】", "after the signature date"),
    (CLEAN + " 字号：T|T|T", "after the signature date"),
    (CLEAN.replace("现将有关事项通知如下。", "现将有关事项通知如下。上一篇：关于开展安全检查的通知"), "after a sentence"),
]


@pytest.mark.parametrize(("raw", "where"), GLUED)
def test_widgets_glued_to_a_line_go_and_the_line_stays(raw: str, where: str) -> None:
    assert clean(raw).text == clean(CLEAN).text, where


@pytest.mark.parametrize("raw", FIXED)
def test_furniture_of_other_cms_goes(raw: str) -> None:
    assert clean(raw).text == clean(CLEAN).text


def test_trail_glued_to_a_title_keeps_the_title() -> None:
    """TUNE gwr_15 s3: the trail ran into the title line; the title (a document's kind) stays."""
    raw = "网站首页 » 部门文件 » 通知公告 »\u30002017政府工作报告\n各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。"
    assert clean(raw).text.startswith("2017政府工作报告\n")


def test_trail_with_the_title_repeated_below_goes_whole() -> None:
    raw = "首页 > 通知公告 > 2017政府工作报告\n2017政府工作报告\n各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。"
    assert clean(raw).text.startswith("2017政府工作报告\n各位代表")
