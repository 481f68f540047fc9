"""Round 17 chrome: blocks at a page's edges whose words no list holds, told by their shape and place — a
column menu one link a line above the title, a menu of spaced-out characters, a bar of sister sites, a
label over glued words, a button strip between the title and the body, other articles with dates after the
signature date, stray words and a bare address at the end — and their look-alikes that must stay: lists of
names and joint signatures after the date, 抄送 / 印发 lines, a speech's subtitle and byline, a short title
under a menu, the body's own short lines.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean
from cleaner.rules import chrome

TITLE = "临泉市卫生健康委员会关于做好2024年基层卫生人才培训工作的通知"
P1 = "各县（区）卫生健康局，委直属各单位：为进一步提升基层医疗卫生服务能力，现就做好2024年培训工作通知如下。"
P2 = "一、培训对象。全市乡镇卫生院、社区卫生服务中心在岗医务人员，每年参训人数不少于800人。"
P3 = "二、工作要求。各地要高度重视，明确专人负责，按时报送培训计划和总结，确保培训取得实效。"
SIGN = ("临泉市卫生健康委员会", "2024年3月18日")
CLEAN = "\n".join([TITLE, P1, P2, P3, *SIGN])


def _doc(top: tuple[str, ...] = (), head: tuple[str, ...] = (), end: tuple[str, ...] = ()) -> str:
    """The notice with lines above the title (top), under it (head) and after the signature date (end)."""
    return "\n".join([*top, TITLE, *head, P1, P2, P3, *SIGN, *end])


def _text(raw: str) -> str:
    return clean(raw, "r17").text


CAUGHT = [
    _doc(top=("康养视窗", "港航直通车", "侨务广角", "非遗驿站")),
    _doc(top=("史志在线   古镇林草", "湿地聚焦", "人才频道")),
    _doc(top=("首\u3000\u3000页  康 养 视 窗  港 航 直 通 车  侨 务 广 角  非 遗 驿 站",)),
    _doc(top=("临泉市人大 | 临泉市政协 | 临泉发布 | 临泉市信用网",)),
    _doc(top=("大家都在搜：康养视窗人才驿站智慧课堂",)),
    _doc(head=("听全文 | 转发 | 存档 | 生成海报",)),
    _doc(head=("〔导出〕〔朗读本文〕〔转发〕〔生成海报〕",)),
    _doc(end=("临泉市康养工作推进会顺利召开　2023-05-12", "03-28 云岭县湿地宣传周正式启动")),
    _doc(end=("留痕", "https://www.lq.gov.cn/", "科普 | 妇儿 | 法治")),
    _doc(end=("白水市党建网|白水市纪委监委|白水市统计信息网",)),
    _doc(end=("临泉市康养服务中心\u3000编制", "通讯地址：临泉市人民路128号\u3000邮政编码：236400", "值班电话：0558-6123456")),
]


@pytest.mark.parametrize("raw", CAUGHT)
def test_edge_block_removed_and_body_kept(raw):
    assert _text(raw) == CLEAN


KEPT = [
    # lists of names and a joint signature after the date: the document's own
    _doc(end=("附件", "拟表彰人员名单", "柴丽宏\u3000倪\u3000青\u3000徐旭英\u3000张华", "海\u3000丽\u3000陶庆文\u3000黄金昶")),
    _doc(end=("张华\u3000李明\u3000王强\u3000赵丽",)),
    _doc(end=("抄送：临泉市委办公室，临泉市人大常委会办公室。", "临泉市人民政府办公室　2024年3月18日印发")),
    # a notice's own address and telephone after the date: one kind of row, no row crediting a site
    _doc(end=("报送地址：临泉市人民路128号\u3000邮编：236400", "咨询电话：0558-6123456")),
]


@pytest.mark.parametrize("raw", KEPT)
def test_document_lines_after_the_date_kept(raw):
    assert _text(raw) == raw


def test_speech_subtitle_and_byline_kept():
    raw = "\n".join(["在全市康养工作推进会上的讲话", "——2024年3月18日", "市长\u3000张华", "同志们：",
                     "今天召开全市康养工作推进会，主要任务是总结工作、部署任务。", "一、充分肯定成绩", "去年以来，全市上下攻坚克难，成效明显。"])
    assert list(chrome.drop_edge_blocks(raw)) == []


def test_short_title_under_menu_kept():
    raw = "\n".join(["康养视窗", "港航直通车", "侨务广角", "工作要点", "——2024年", "今年全市工作的总体要求是稳中求进。"])
    assert [e.old.strip() for e in chrome.drop_edge_blocks(raw)] == ["康养视窗", "港航直通车", "侨务广角"]


def test_two_lines_of_two_words_under_title_kept():
    """Two short lines under the title (an issuer pair, a subtitle) are no block: too few items, no link marks."""
    raw = "\n".join([TITLE, "临泉市卫生健康委员会\u3000临泉市教育局", "联合印发", P1, P2, P3, *SIGN])
    assert list(chrome.drop_edge_blocks(raw)) == []


def test_menu_inside_body_kept():
    """A run of short lines between paragraphs is the body's (a list, table cells): never judged here."""
    raw = "\n".join([TITLE, P1, "康养视窗", "港航直通车", "侨务广角", P2, P3, *SIGN])
    assert list(chrome.drop_edge_blocks(raw)) == []


def test_contact_block_with_a_person_kept():
    """A contact row naming a person (联系人) is the notice's own: the footer block stops there."""
    raw = _doc(end=("联系人：王娅楠\u3000电话：0558-6123456", "本网由临泉市数字中心运行维护"))
    assert list(chrome.drop_edge_blocks(raw)) == []


@pytest.mark.parametrize("raw", [
    "统计表\n序号　项目　金额\n1　道路工程　100万元\n2　桥梁工程　200万元",  # a table's header above its rows
    "索引号\u3000\u3000发布机构\u3000\u3000发布日期\n000014349/2021-00123\u3000\u3000江岭市卫生健康委员会\u3000\u30002021年04月02日\n标题\n正文。",
    "读书月活动安排\n活动内容如下。\n阅读\n演讲\n征文",  # the document's own list, one word a line, after the text
    "江岭市卫生健康工作要点\nWork Plan of Jiangling Municipal Health Commission\n现将要点印发给你们。",  # an English subtitle
    "关于报送的通知\n现将有关事项通知如下。\n江岭市卫生健康委员会\n2021年3月29日\n市卫健委 | 市财政局 | 市人社局",
    "案件二：江岭市某超市销售过期食品案\n当事人违法销售过期食品，依法予以处罚。",
])
def test_look_alikes_at_the_edges_kept(raw):
    assert list(chrome.drop_edge_blocks(raw)) == []


@pytest.mark.parametrize("line", ["会议议程：听取汇报 研究部署 总结讲话", "适用范围：城市 农村 社区", "出席会议：张三 李四 王五"])
def test_a_label_over_items_alone_under_the_title_kept(line):
    # the lead's review: alone under the title, a label over items may be the document's own line
    raw = _doc(head=(line,))
    assert line in _text(raw)
