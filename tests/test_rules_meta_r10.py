"""Round 10 metadata shapes: a label cell and its value cell on lines of their own (no colon), a
last cell that is a counter with no value (浏览：), labels in round brackets, a row in one pair of
brackets or after a dash rule, a date trailing the last value, dates with an ISO "T", a weekday
or the part of the day. Rows run through the whole pipeline; the document's own tables and
sentences that use the same words stay.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean
from pages import SAFETY_NOTICE as PAGE

TITLE, PARA, BODY, CLEAN = PAGE.title, PAGE.para, PAGE.body, PAGE.clean
_head, _top, _tail, _mid = PAGE.head, PAGE.top, PAGE.tail, PAGE.mid


FIELDS = [
    # (page, fields it must give); the clean text must be the document alone
    (_head("索 引 号\n11330000002482410K/2021-000123"), {"index_number": "11330000002482410K/2021-000123"}),
    (_top("索引号\n000014349-03-2021-0012\n发布机构\n江岭市应急管理局"),
     {"index_number": "000014349-03-2021-0012", "publisher": "江岭市应急管理局"}),
    (_tail("发布时间\n2021/3/29\n发布机构\n江岭市应急管理局"), {"publish_date": "2021-03-29", "publisher": "江岭市应急管理局"}),
    (_head("发文字号\n江应急〔2021〕12号\n成文日期\n2021年3月29日 星期一"),
     {"doc_number": "江应急〔2021〕12号", "written_date": "2021-03-29"}),
    (_head("发布日期：\n2021-03-30T14:30:12\n阅读次数:"), {"publish_date": "2021-03-30"}),
    (_head("时间：2021-3-30 上午10:05"), {"publish_date": "2021-03-30"}),
    (_head("时间：2021-03-30\u3000来源：江岭市应急管理局\u3000浏览："),
     {"publish_date": "2021-03-30", "publisher": "江岭市应急管理局"}),
    (_tail("来源：江岭市应急管理局\u3000\u3000点击：1234"), {"publisher": "江岭市应急管理局"}),
    (_head("（发布日期）2021年03月30日 14:30"), {"publish_date": "2021-03-30"}),
    # (a row after a dash rule, ——来源：… 2021年03月30日, is no longer read: the round-10 review found
    # a body's data-source note of that shape)
    (_head("【2021.3.30 14:30:12\u3000来源：江岭市应急管理局】"), {"publisher": "江岭市应急管理局", "publish_date": "2021-03-30"}),
    # above the title: a list card's issuer over its date, a date alone, a decorated heading over a block
    (_top("江岭市应急管理局\n2021-03-30"), {"publisher": "江岭市应急管理局", "publish_date": "2021-03-30"}),
    (_top("2021/3/30 14:30"), {"publish_date": "2021-03-30"}),
    (_top("【信息公开】\n发布日期：2021-03-30\n来源：江岭市应急管理局"), {"publish_date": "2021-03-30", "publisher": "江岭市应急管理局"}),
    (_head("■ 文件信息\n索引号：000014349/2021-00123\n发布日期：2021-03-30"),
     {"index_number": "000014349/2021-00123", "publish_date": "2021-03-30"}),
    (_head("发布时间:20210330"), {"publish_date": "2021-03-30"}),
    (_tail("Published: March 30, 2021 | Source: 江岭市应急管理局"), {"publish_date": "2021-03-30", "publisher": "江岭市应急管理局"}),
]

KEPT = [
    # (page): the document's own lines with the same labels and shapes stay as they are
    _mid("（三）发布时间：2021年4月2日前，各地在本级政府门户网站同步公开。"),
    _mid("发布时间和来源要在稿件末尾注明，4月起纳入网站考核。"),
    _mid("数据来源：2021年全市统计年鉴和各部门报送的季度报表。"),
    _mid("序号｜文件名称｜文号｜发布日期\n1｜关于加强基层卫生服务能力建设的通知｜江卫发〔2021〕3号｜2021-03-02"),
    _mid("时间\n2021年4月1日\n地点\n市民服务中心"),  # a schedule's own cells, one per line
    # a label alone whose next line is no value of its shape: both stay (the tail's own lines)
    _tail("发布机构\n请各单位于4月10日前将落实情况报送市应急管理局。"),
    _mid("（来源）各县（市、区）报送的隐患排查台账。"),
]


@pytest.mark.parametrize(("page", "fields"), FIELDS)
def test_fields_and_removal(page, fields):
    out = clean(page, "t")
    assert out.text == CLEAN
    assert {k: out.metadata.get(k) for k in fields} == fields


@pytest.mark.parametrize("page", KEPT)
def test_kept(page):
    assert clean(page, "t").text == page


def test_empty_label_never_takes_the_first_paragraph():
    """A counter label with no value (点击数：) above the first outline heading leaves alone; the heading stays."""
    page = f"{TITLE}\n来源：江岭市应急管理局\n点击数：\n一、加强组织领导\n{PARA}\n江岭市应急管理局\n2021年3月29日"
    out = clean(page, "t")
    assert out.text == f"{TITLE}\n一、加强组织领导\n{PARA}\n江岭市应急管理局\n2021年3月29日"
    assert out.metadata.get("publisher") == "江岭市应急管理局"


def test_issuer_over_the_title_is_no_card():
    """An organisation right over the title with no date between is the title's issuer half: no field from it,
    and the date under the title (a dateline) is the document's own."""
    page = f"江岭市应急管理局\n关于做好2021年春季安全生产工作的通知\n（2021年3月29日）\n{BODY}"
    out = clean(page, "t")
    assert "（2021年3月29日）" in out.text
    assert out.metadata.get("publish_date_source") == "written_date"


def test_heading_over_one_line_stays():
    """A decorated heading over a single field line is no block heading: the heading and the body under it stay."""
    page = _mid("【工作要求】\n发布时间：由各地根据实际确定，原则上不晚于每季度末。")
    assert clean(page, "t").text == page
