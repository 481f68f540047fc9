"""Round 6 metadata kinds: credits, bylines, issuer-and-date rows, source notes glued to a
paragraph, a list date on the title line, an issuer line above a 关于… title, Chinese-numeral
dates in fields, a header row stitched into the body. Rows run through the whole pipeline.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean
from pages import WORK_PLAN as PAGE

TITLE, PARA, BODY = PAGE.title, PAGE.para, PAGE.body
_head, _tail, _mid = PAGE.head, PAGE.tail, PAGE.mid


FIXED = [
    # (page, the clean text expected: the body as written)
    (_tail("编辑｜李华\u3000审核｜刘洋"), f"{TITLE}\n{BODY}"),
    (_tail("初审：张明 复审：李华 终审：王芳"), f"{TITLE}\n{BODY}"),
    (_tail("（编辑：张明\u3000审核：李华）"), f"{TITLE}\n{BODY}"),
    (_head("本报记者\u3000陈静\u3000通讯员\u3000张明"), f"{TITLE}\n{BODY}"),
    (_head("文/张明\u3000图/李华"), f"{TITLE}\n{BODY}"),
    (_head("江岭市卫生健康委员会\u30002021-03-31"), f"{TITLE}\n{BODY}"),
    (_head("江岭市卫生健康委员会 | 2021年3月31日 09:30"), f"{TITLE}\n{BODY}"),
    (_head("成文日期：二〇二一年三月二十九日"), f"{TITLE}\n{BODY}"),
    (_mid("发布日期:2021年03月31日 17时37分 来源:江岭市卫生健康委员会"), f"{TITLE}\n{BODY}"),
    (_mid("时间：2021-03-31\u3000信息来源：江岭市卫生健康委员会"), f"{TITLE}\n{BODY}"),
    (_mid("来源：江岭市卫生健康委员会\u3000时间：2021年03月31日"), f"{TITLE}\n{BODY}"),
    (_head("【2021-03-31】 江岭市卫生健康委员会"), f"{TITLE}\n{BODY}"),
    (_head("供稿单位：江岭市卫生健康委员会"), f"{TITLE}\n{BODY}"),
    (f"{TITLE}\n江岭讯（张明 林芳）{BODY}", f"{TITLE}\n{BODY}"),
    (f"{TITLE} 2021-03-31\n{BODY}", f"{TITLE}\n{BODY}"),
    (f"{TITLE}（2021.03.31）\n{BODY}", f"{TITLE}\n{BODY}"),
    (f"{TITLE}\n{BODY.replace(PARA, PARA + '（来源：江岭市卫生健康委员会）', 1)}", f"{TITLE}\n{BODY}"),
    (f"{TITLE}\n本报讯（记者 张明 通讯员 李华）{BODY}", f"{TITLE}\n{BODY}"),
    ("江岭市卫生健康委员会\n关于印发2021年卫生健康工作要点的通知\n" + BODY, f"{TITLE}\n{BODY}"),
    # a header row glued to the document's first line: the header goes, the line stays
    (f"{TITLE}\n来源：江岭市卫生健康委员会  发布日期: 2021年03月18日{BODY}", f"{TITLE}\n{BODY}"),
    (f"{TITLE}\n发布日期：2021-03-18{BODY}", f"{TITLE}\n{BODY}"),
]

KEPT = [
    # (page, text that must stay as it is)
    (_mid("审核：各县（市、区）卫生健康局对申报材料进行初审，于每月10日前报市卫生健康委员会复审。"), "审核：各县（市、区）卫生健康局"),
    (_mid("初审：由乡镇（街道）负责；复审：由县级主管部门负责；终审：由市级主管部门负责。"), "初审：由乡镇（街道）负责"),
    (_mid("各单位要严格落实信息发布编辑、审核、签发三审制度。"), "编辑、审核、签发三审制度"),
    (_mid("资金来源：中央财政补助资金和市级配套资金。"), "资金来源：中央财政补助资金和市级配套资金。"),
    (_mid("时间：2021年4月1日至2021年6月30日。"), "时间：2021年4月1日至2021年6月30日。"),
    (_mid("时间：2021年4月1日\u3000地点：市民中心"), "时间：2021年4月1日\u3000地点：市民中心"),
    (_mid("时间：每季度末\u3000来源：江岭市卫生健康委员会"), "时间：每季度末"),
    (f"{TITLE}\n{BODY.replace(PARA, PARA + '（来源：群众来信）', 1)}", "（来源：群众来信）"),
    (f"{TITLE}\n{BODY.replace(PARA, PARA + '（联系人：张明）', 1)}", "（联系人：张明）"),
    (_head("国务院总理\u3000温家宝"), "国务院总理\u3000温家宝"),
    (f"关于2021年3月31日前报送材料的通知\n{BODY}", "关于2021年3月31日前报送材料的通知"),
    # a signature on one line (the body's own two-line signature taken off: twice would be a copy)
    (f"{TITLE}\n{BODY.rsplit(chr(10), 2)[0]}\n江岭市卫生健康委员会\u30002021年3月29日",
     "江岭市卫生健康委员会\u30002021年3月29日"),
]

FIELDS = [
    (_head("成文日期：二〇二一年三月二十九日\u3000发布日期：二〇二一年三月三十一日"),
     {"written_date": "2021-03-29", "publish_date": "2021-03-31"}),
    (_head("江岭市卫生健康委员会 · 2021-03-31"), {"publisher": "江岭市卫生健康委员会", "publish_date": "2021-03-31"}),
    (f"{TITLE} 2021-03-31\n{BODY}", {"title": TITLE, "publish_date": "2021-03-31"}),
    ("江岭市卫生健康委员会\n关于印发2021年卫生健康工作要点的通知\n" + BODY, {"title": TITLE}),
    (f"{TITLE}\n{BODY.replace(PARA, PARA + '【信息来源：江岭市财政局】', 1)}", {"publisher": "江岭市财政局"}),
    (f"{TITLE}\n来源：江岭市卫生健康委员会  发布日期: 2021年03月18日{BODY}",
     {"publisher": "江岭市卫生健康委员会", "publish_date": "2021-03-18"}),
    (_head("发布日期：2021年03月18日 星期四"), {"publish_date": "2021-03-18"}),
    (_head("时间：2017年03月23日\u3000上传者:系统管理员\u3000阅读：0280次"), {"publish_date": "2017-03-23"}),
]


@pytest.mark.parametrize(("page", "expected"), FIXED)
def test_fixed(page, expected):
    assert clean(page, "t").text == expected


@pytest.mark.parametrize(("page", "kept"), KEPT)
def test_kept(page, kept):
    assert kept in clean(page, "t").text


@pytest.mark.parametrize(("page", "fields"), FIELDS)
def test_fields(page, fields):
    metadata = clean(page, "t").metadata
    assert {k: metadata.get(k) for k in fields} == fields
