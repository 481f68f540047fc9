"""Round 16 chrome: whole short documents with the furniture the round-16 forms show — a list page's pager
with record counts, a CMS's attachment download links, a PDF's page break (page number beside a running
head), a tool column one icon or word a line, WeChat layout marks and end card, full-width and pinyin
labels, a head strip with icons and full-width digits — and their look-alikes that must stay: a document's
own attachment list, sentences about 下载 / 打印 / 第N页, a table of contents with page numbers, 第N条 lines.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

TITLE = "临泉市卫生健康委员会关于做好2024年基层卫生人才培训工作的通知"
P1 = "各县（区）卫生健康局，委直属各单位：为进一步提升基层医疗卫生服务能力，现就做好2024年培训工作通知如下。"
P2 = "一、培训对象。全市乡镇卫生院、社区卫生服务中心在岗医务人员，每年参训人数不少于800人。"
P3 = "二、工作要求。各地要高度重视，明确专人负责，按时报送培训计划和总结，确保培训取得实效。"
SIGN = "临泉市卫生健康委员会\n2024年3月18日"
CLEAN = f"{TITLE}\n{P1}\n{P2}\n{P3}\n{SIGN}"


def _doc(*mid: str, tail: tuple[str, ...] = (), head: tuple[str, ...] = ()) -> str:
    """The notice with lines put after the title (head), between P2 and P3 (mid), and after P3 (tail)."""
    return "\n".join([TITLE, *head, P1, P2, *mid, P3, *tail, SIGN])


def _text(raw: str) -> str:
    return clean(raw, "r16").text


FIXED = [
    # a list page's pager with record counts, between paragraphs or after the text
    _doc("共56条记录 当前第1/3页 首页 上一页 下一页 尾页"),
    _doc(tail=("记录总数：1015 | 总页数：41 | 当前页：19",)),
    _doc("共301条\u3000\u3000页次：6/21\u3000\u3000每页15条"),
    # a tool column one icon or word a line
    _doc("🖨", "打印", "✉", "邮件", "★", "收藏"),
    _doc("▶ 朗读", "◆ 分享", "ＴＯＰ", "Ａ＋"),
    # WeChat layout marks and end card
    _doc("▼"),
    _doc("（滑动查看更多）"),
    _doc(tail=("— END —", "往期推荐", "点个“在看”，让更多人看到")),
    # full-width and pinyin button labels
    _doc(tail=("ＰＲＩＮＴ\u3000｜\u3000ＣＬＯＳＥ",)),
    _doc(tail=("分享 FENXIANG  打印 DAYIN",)),
]


# Withdrawn in review (tests/test_rules_review_r16.py): an attachment bar and a page number beside a running
# head have the shapes of a notice's own 附件 list and of a table's cells one per line; they stay.
WITHDRAWN = [
    ("附件下载：", "📎 临泉市基层卫生人才培训名单.xlsx（36.5KB）"),
    ("- 3 -", "临泉市人民政府公报\u30002024年第6期"),
]


@pytest.mark.parametrize("lines", WITHDRAWN)
def test_withdrawn_shapes_stay(lines):
    assert lines[1] in _text(_doc(*lines))  # the link, the running head (the label and the page number go as before)


@pytest.mark.parametrize("raw", FIXED)
def test_furniture_goes(raw):
    assert _text(raw) == CLEAN


def test_head_strip_with_icons_goes_and_gives_its_date():
    out = clean(_doc(head=("📅 2024-03-20 10:17 | 今日浏览 19 次 · 总浏览 72754 次",)), "r16")
    assert out.text == CLEAN
    assert out.metadata.get("publish_date") == "2024-03-20"


KEPT = [
    # the document's own attachment list (no extension, size or download button)
    _doc(tail=("附件：1．临泉市基层卫生人才培训计划", "2．临泉市基层卫生人才培训名单（共3页）")),
    # sentences about downloading, printing and pages
    _doc("申报表可在市卫生健康委门户网站“通知公告”栏目下载，打印后加盖公章报送。"),
    _doc("申报材料按A4纸双面打印，正文不超过8页，具体标准详见附件2第3页。"),
    # a table of contents with page numbers, and article lines
    _doc("目\u3000录", "第一部分\u3000总体要求……………………1", "第二部分\u3000主要任务……………………3"),
    _doc("第三条\u3000本办法自发布之日起施行。"),
    # a count of records in prose, a year and issue inside a sentence
    _doc("全年共受理投诉56条，办结率100%，群众满意度达到98%。"),
]


@pytest.mark.parametrize("raw", KEPT)
def test_look_alikes_stay(raw):
    assert _text(raw) == raw


def test_lone_running_head_without_page_number_stays():
    """A bulletin's name between paragraphs with no page number beside it is no page break: it stays."""
    raw = _doc("临泉市人民政府公报")
    assert _text(raw) == raw
