"""Round 9 metadata shapes: values in full-width digits, labels glued to their values with no
separator, OCR-spaced labels and dates, English-only labels, icon glyphs in place of labels, a
block of fields with its own heading at the end of the page. Rows run through the whole pipeline.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean
from pages import WORK_PLAN as PAGE

TITLE, PARA, BODY, CLEAN = PAGE.title, PAGE.para, PAGE.body, PAGE.clean
_head, _tail, _mid = PAGE.head, PAGE.tail, PAGE.mid


FIELDS = [
    # (page, fields it must give); the clean text must be the document alone
    (_head("发布日期：２０２１年３月３１日"), {"publish_date": "2021-03-31"}),
    (_head("文号 ： 江卫发〔２０２１〕１２号"), {"doc_number": "江卫发〔2021〕12号"}),
    (_head("索引号：００００１４３４９／２０２１－００１２３"), {"index_number": "000014349/2021-00123"}),
    (_head("发布日期2021-03-31来源江岭市财政局"), {"publish_date": "2021-03-31", "publisher": "江岭市财政局"}),
    (_head("发文机关江岭市财政局\u3000成文日期2021年3月25日"), {"publisher": "江岭市财政局", "written_date": "2021-03-25"}),
    (_head("发布时间2021/3/31"), {"publish_date": "2021-03-31"}),
    (_head("发 布 日 期 ： 2021 年 3 月 31 日"), {"publish_date": "2021-03-31"}),
    (_head("Doc No.: 江卫发〔2021〕12号"), {"doc_number": "江卫发〔2021〕12号"}),
    (_head("Posted: 2021.03.31 | From: 江岭市财政局"), {"publish_date": "2021-03-31", "publisher": "江岭市财政局"}),
    (_head("\ue6b8 2021-03-31\u3000\ue60c 江岭市财政局"), {"publish_date": "2021-03-31", "publisher": "江岭市财政局"}),
    (_head("\U0001F552 2021-03-31  \U0001F3DB 来源：江岭市财政局"), {"publish_date": "2021-03-31", "publisher": "江岭市财政局"}),
    (_tail("【文件信息】\n发布日期：2021.03.31\n索引号：000014349/2021-00123"),
     {"publish_date": "2021-03-31", "index_number": "000014349/2021-00123"}),
    (_head("索引号\u3000发布机构\u3000发布日期\n000014349/2021-00123\u3000江岭市财政局\u30002021年3月31日"),
     {"index_number": "000014349/2021-00123", "publisher": "江岭市财政局", "publish_date": "2021-03-31"}),
    # one space between cells: three labels or more (two, 文号 成文日期, is as often a table of the text's own)
    (_head("文号 发布机构 发布日期\n江财发〔2021〕3号 江岭市财政局 2021-03-31"),
     {"doc_number": "江财发〔2021〕3号", "publisher": "江岭市财政局", "publish_date": "2021-03-31"}),
    (_head("发布日期(Date)：2021-03-31"), {"publish_date": "2021-03-31"}),
    (_tail("—— 文件属性 ——\n发文字号：江卫发〔2021〕12号\n发布机构：江岭市财政局"),
     {"doc_number": "江卫发〔2021〕12号", "publisher": "江岭市财政局"}),
]

KEPT = [
    # (page, text that must stay as it is): labels inside the document's own sentences and tables
    _mid("发布时间为每月10日前，逾期未发布的由市卫生健康委员会通报。"),
    _mid("发布日期以正式印发文件为准，各地不得提前在网站发布。"),
    _mid("来源于财政专项资金的项目，要严格执行资金管理办法，专款专用。"),
    _mid("文号由委办公室统一编排，各处室不得自行编号印发文件。"),
    _mid("时间 地点 责任单位\n2021年3月29日 市民服务中心 江岭市财政局"),
    _mid("时间\u3000来源\u3000承办单位\n2021年3月29日\u3000省级财政补助\u3000市卫生健康委员会"),
    # a heading over the document's own tail lines is no metadata heading
    _tail("【联系方式】\n联系人：张明\u3000联系电话：0571-12345678"),
    # a decorated heading with a body paragraph under it stays, whatever follows
    _mid("【工作要求】"),
]


@pytest.mark.parametrize(("page", "fields"), FIELDS)
def test_fields_and_removal(page, fields):
    out = clean(page, "t")
    assert out.text == CLEAN
    assert {k: out.metadata.get(k) for k in fields} == fields


@pytest.mark.parametrize("page", KEPT)
def test_kept(page):
    assert clean(page, "t").text == page


def test_glued_label_needs_a_shaped_value():
    """A label glued to words that are no date, number or organisation is prose."""
    page = _head("来源于群众来信反映的问题")
    assert "来源于群众来信反映的问题" in clean(page, "t").text


def test_bare_number_under_title_is_the_doc_number():
    """〔2021〕12号 right under a notice's title (its issuer's short name left off) is the document number;
    the line stays: it is part of the document."""
    page = f"{TITLE}\n〔２０２１〕１２号\n{BODY}"
    out = clean(page, "t")
    assert out.metadata.get("doc_number") == "〔2021〕12号"
    assert "〔2021〕12号" in out.text


def test_bare_number_in_the_body_is_no_doc_number():
    page = _mid("〔2019〕5号")
    assert "doc_number" not in clean(page, "t").metadata


def test_header_table_in_fullwidth_digits():
    page = _head("索引号\t发布机构\t发布日期\n００００１４３４９/２０２１-００１２３\t江岭市财政局\t２０２１年３月３１日")
    out = clean(page, "t")
    assert out.text == CLEAN
    assert out.metadata.get("publish_date") == "2021-03-31"
    assert out.metadata.get("index_number") == "000014349/2021-00123"
