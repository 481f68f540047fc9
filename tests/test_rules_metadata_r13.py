"""Round 13 metadata shapes: pairs in one bracket split by semicolons, a 来源 naming another organ than the
issuer, an update date beside the publication date, cells no list names after known ones (最后更新),
cells split by a spaced slash, the header glued before the title, index
numbers with spaces around their marks. Rows run through the whole pipeline; a notice's own meeting and
submission arrangements (时间：/地点：/联系人：/…日前) stay.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean
from pages import SAFETY_NOTICE as PAGE

TITLE, PARA, BODY, CLEAN = PAGE.title, PAGE.para, PAGE.body, PAGE.clean
_head, _top, _tail, _mid = PAGE.head, PAGE.top, PAGE.tail, PAGE.mid


FIELDS = [
    # (page, fields it must give); the clean text must be the document alone
    (_top("【来源：江岭市应急管理局；发布时间：2021年03月31日；点击：123】"),
     {"publisher": "江岭市应急管理局", "publish_date": "2021-03-31"}),
    (_tail("〔发布：2021.03.31；来源：江岭市应急管理局〕"), {"publisher": "江岭市应急管理局", "publish_date": "2021-03-31"}),
    (_head("来源：江岭日报\u3000发布机构：江岭市应急管理局\u3000发布日期：2021年03月31日"),
     {"publisher": "江岭市应急管理局", "publish_date": "2021-03-31"}),
    (_head("信息来源：新华社 | 发文单位：江岭市应急管理局"), {"publisher": "江岭市应急管理局"}),
    (_head("更新时间：2021年04月06日  发布时间：2021年03月31日10:01  信息来源:江岭市应急管理局"),
     {"publish_date": "2021-03-31", "publisher": "江岭市应急管理局"}),
    (_head("信息来源：江岭市应急管理局 / 最后更新：2021-04-06 14:49 / 责任编辑：陈晓 / 阅读量： / 发布日期: 2021年03月31日"),
     {"publish_date": "2021-03-31", "publisher": "江岭市应急管理局"}),
    # (withdrawn after review: cells no list names opening a row, 供稿人：刘洋｜…: a register's rows in
    # the body open the same way, 机构名称：…　地址：…　更新时间：…)
    (_head("来源单位：江岭市应急管理局  阅读量：  审核：陈晓  更新时间：2021-4-6  日期:2021/03/31 11:45:40"),
     {"publish_date": "2021-03-31", "publisher": "江岭市应急管理局"}),
    (_head("目录索引号: 001008003 / 2021-00345"), {"index_number": "001008003/2021-00345"}),
    # a title field in other wordings (文章标题) repeating the title above it
    (_top(f"文章标题：{TITLE}\n发布日期：2021-03-31"), {"publish_date": "2021-03-31", "title": TITLE}),
    # (信息名称 withdrawn after review: a 政府信息公开目录's rows in the body name documents with it)
    # the header glued before the title on its line
    (_top(f"发布时间：2021-03-31\u3000来源：江岭市应急管理局\u3000{TITLE}").replace(f"\n{TITLE}\n", "\n", 1),
     {"publish_date": "2021-03-31", "publisher": "江岭市应急管理局", "title": TITLE}),
    # (a list date before the title withdrawn after review: a 工作动态 page's dated entries, a speech's
    # date in brackets before its title, a list page's dated rows look the same)
    (_top(f"来源：江岭市应急管理局 时间：2021/03/31 15:47:58 {TITLE}").replace(f"\n{TITLE}\n", "\n", 1),
     {"publish_date": "2021-03-31", "publisher": "江岭市应急管理局", "title": TITLE}),
]

KEPT = [
    # (page): a notice's own arrangements with the same labels stay as they are
    _mid("一、会议时间和地点\n时间：2021年4月15日（星期四）上午9:00\n地点：市政府三楼第一会议室\n"
         "参会人员：各县（市、区）分管负责同志、科室负责人各1名。\n联系人：张明，电话：0571-12345678"),
    _mid("时间：2021年4月15日；地点：市政府三楼第一会议室"),
    _tail("时间：2021年4月15日；地点：市政府三楼第一会议室"),
    _head("时间：2021年4月15日上午9:00\n地点：市政府三楼第一会议室"),
    _mid("报送时间：2021年4月15日前。\n发布单位：市卫生健康委员会负责全市统一发布，各县（市、区）不再另行发布。\n"
         "更新时间：每季度末月20日前更新一次。"),
    _mid("截止日期：2021年4月15日，逾期不予受理。\n数据来源：各县（市、区）月报和省统计平台。"),
    _mid("发布时间：2021年4月15日前；发布方式：政府门户网站。"),
    _tail("联系人：张明；电话：0571-12345678"),
    _mid("项目名称：全市安全生产隐患排查治理项目\n名称：隐患排查系统"),
    _mid("地点：市委党校｜时间：2021年4月15日"),
    _mid("联系人：张明｜发布日期：2021年4月15日前"),
]


@pytest.mark.parametrize(("page", "fields"), FIELDS)
def test_fields_and_removal(page, fields):
    out = clean(page, "t")
    assert out.text == CLEAN
    assert {k: out.metadata.get(k) for k in fields} == fields


@pytest.mark.parametrize("page", KEPT)
def test_kept(page):
    assert clean(page, "t").text == page


def test_a_title_opening_with_a_date_and_no_gap_stays():
    """A title that opens with its own date written in words and no gap (2021年3月29日全市…会议纪要) is the title."""
    title = "2021年3月29日全市安全生产工作会议纪要"
    page = f"{title}\n{BODY}"
    out = clean(page, "t")
    assert out.text.split("\n", 1)[0] == title


def test_source_alone_still_gives_the_publisher():
    """With no issuer label, 来源 names the publisher as before; the signature's organisation does not override it."""
    out = clean(_tail("来源：江岭市应急管理局办公室"), "t")
    assert out.text == CLEAN
    assert out.metadata.get("publisher") == "江岭市应急管理局办公室"
