"""garbled and encoding, round 16: whole short documents with the shapes of UTF-8 read through
cp936 that lost a byte (锛?, 銆?, 2021骞?鏈?), spaces misread (聽聽, 銆€, ã€€), OCR specks in a
word (推进l工作), a SUB control for a lost character, and their look-alikes that must stay: a
link bar's | separators, Roman I in 第I阶段 / I级, i深圳, Latin codes in Chinese (5G, U盘, IC卡),
rare name characters outside GBK (李𬌗, 刘䶮), checkboxes and true questions.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

DOC = ("江岭市卫生健康委员会关于做好2024年基层卫生工作的通知\n"
       "各县（市、区）卫生健康局：\n"
       "{body}\n"
       "江岭市卫生健康委员会\n"
       "2024年3月29日")


def _flags(text: str) -> list[str]:
    cleaned = clean(text, "doc")
    return [f.before for f in cleaned.findings if f.action == "flag"]


@pytest.mark.parametrize("body,garbled", [
    ("一、加强基层医疗机构建设，推进l标准化建设。全年新建村卫生室12个。", "l"),
    ("一、加强基层医疗机构建设，完善管理制度锛?全年新建村卫生室12个。", "锛?"),
    ("一、加强基层医疗机构建设，全年新建村卫生室12涓?完成年度任务。", "涓?"),
    ("聽聽聽聽一、加强基层医疗机构建设，全年新建村卫生室12个。", "聽聽聽聽"),
    ("銆€銆€一、加强基层医疗机构建设，全年新建村卫生室12个。", "銆€銆€"),
    ("一、加强基层医疗机构建设，全年新建村卫\x1a室12个。", "\x1a"),
])
def test_new_shapes_flagged(body, garbled):
    flags = _flags(DOC.format(body=body))
    assert any(garbled in f or f in garbled for f in flags), flags


@pytest.mark.parametrize("body", [
    "一、启动I级响应，第I阶段完成后，推广i深圳等应用，新建5G基站12个，配发U盘和IC卡。",
    "二、表彰先进个人李\U0002C317、刘\u4dae同志。是否已完成备案：是□否□。\n问：个人如何申请补贴？\n答：登录平台办理。",
    "首页|机构设置|政务公开\n三、全市GDP增速高于全省平均水平，PM2.5平均浓度下降5%。",
])
def test_look_alikes_kept(body):
    flags = _flags(DOC.format(body=body))
    assert flags == [], flags
