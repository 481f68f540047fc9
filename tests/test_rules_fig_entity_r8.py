"""Round 8: character references decoded wherever they are well formed, figures flagged by
the evidence of their own shape. Real strings through :func:`cleaner.pipeline.clean`."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

HEAD = "江岭市卫生健康委员会关于做好2021年卫生健康工作的通知\n"
TAIL = "\n江岭市卫生健康委员会\n2021年3月29日"


def _body(line: str):
    c = clean(HEAD + line + TAIL, "r8")
    return c.text.split("\n")[1], c


def _figure_flags(c) -> list[str]:
    return [f.before for f in c.findings if f.action == "flag" and f.rule.startswith("figure.")]


# ---- references --------------------------------------------------------------------------

@pytest.mark.parametrize("raw,expected", [
    # escaped two or three times: what it stands for is unique
    ("加强&amp;amp;nbsp;管理，推进&amp;mdash;&amp;mdash;改革。", "加强管理，推进——改革。"),
    ("落实&amp;ldquo;放管服&amp;rdquo;改革&amp;#x3001;优化营商环境。", "落实“放管服”改革、优化营商环境。"),
    ("研发&amp;amp;创新并重，推进工作。", "研发&创新并重，推进工作。"),
    # a space typed into a reference
    ("加强&nbsp ;管理，推进& nbsp;改革&#65292 ;落实&# 65292;完成任务。", "加强管理，推进改革，落实，完成任务。"),
    # names in any case, when every spelling of the name means one character
    ("推进&lDquo;放管服&rDquo;改革&MDash;&MDash;持续优化。", "推进“放管服”改革——持续优化。"),
    ("加强&NbSp;管理，推进&LDQUO;放管服&RDQUO;改革。", "加强管理，推进“放管服”改革。"),
    # HTML5 names of ASCII marks, numeric references for Han characters after figures
    ("投资3&period;5万元，增长12&period;6&percnt;，新建12&#23478;医院。", "投资3.5万元，增长12.6%，新建12家医院。"),
    ("推进&#8212;&#8212;改革&#x2014;&mdash;落实，2021&#x2014;2025年。", "推进——改革——落实，2021—2025年。"),
    # runs, and references inside title marks
    ("加强&nbsp;&ensp;&#160;&emsp;管理&#65292;&nbsp;&nbsp;推进工作。", "加强管理，推进工作。"),
    ("印发《江岭市&nbsp;医疗&#21355;生规划》。", "印发《江岭市医疗卫生规划》。"),
    # direction marks a rich-text editor leaves stand for nothing
    ("提高加工增&lrm;值能力，加强&rlm;管理。", "提高加工增值能力，加强管理。"),
])
def test_references_are_decoded(raw, expected):
    text, c = _body(raw)
    assert text == expected
    assert not [f for f in c.findings if f.action == "flag" and f.rule.startswith("encoding.")]


@pytest.mark.parametrize("raw", [
    "详情请登录http://www.example.gov.cn/list.jsp?id=12&copy=1&lang=zh查看。",
    "申报系统地址：https://zwfw.example.gov.cn/search?q=1&timestamp=1617000000&type=2。",
    "接口地址http://wjw.example.gov.cn/a.do?col=3&para=2&not=0，请查看。",
    "江岭R&D中心与AT&T合作开展Q&A专场答疑。",
    "中文&DARR;方向",  # a name whose case tells characters apart is not guessed
])
def test_ampersands_that_are_no_reference_stay(raw):
    text, _ = _body(raw)
    assert text == raw


def test_escaped_twice_is_decoded_once_and_for_all():
    text, c = _body("落实&amp;ldquo;放管服&amp;rdquo;改革。")
    assert clean(c.text).text == c.text
    assert c.restore() == c.raw


# ---- figures -----------------------------------------------------------------------------

@pytest.mark.parametrize("raw,flagged", [
    ("完成投资3500万元万元，新建道路12公里公里。", ["万元万元", "公里公里"]),
    ("完成投资3500%万元，新建12%家医院。", ["3500%万元", "12%家"]),
    ("办理时限为15-10个工作日。", ["15-10"]),
    ("新建3十5家医院。", ["3十5"]),
    ("新增12家所医院，开展3个项培训。", ["12家所", "3个项"]),
    ("开展第3.5批试点工作。", ["第3.5"]),
    ("覆盖率达到95%，其中城镇占62%、农村占45%。", ["其中城镇占62%、农村占45%"]),
])
def test_figures_that_cannot_be_right_are_flagged(raw, flagged):
    text, c = _body(raw)
    assert text == raw  # flagged, never guessed
    found = _figure_flags(c)
    for span in flagged:
        assert span in found, (span, found)


def test_figure_cut_by_a_line_break_is_flagged():
    c = clean(HEAD + "全年完成投资465\n25万元，其中省级补助3000万元。" + TAIL, "r8")
    assert any(f.before == "465\n25" for f in c.findings if f.action == "flag")


@pytest.mark.parametrize("raw", [
    "办理时限为3-5个工作日，补助标准为每户1.5万元。",
    "第3季度完成全年任务的105%，城乡收入比为1:1.2。",
    "全年服务12.5万人次，其中城镇占62%、农村占38%。",
    "按照规范第3.2条执行，3-1号楼、5-2班。",
    "培训12家所属企业、3个项目，覆盖80%家庭，扶持10个个体工商户。",
    "2021—2025年累计投资46525万元，其中省级补助14025万元。",
    "咨询电话0571-12345678，受理时段8:30-17:00。",
])
def test_right_figures_are_not_flagged(raw):
    text, c = _body(raw)
    assert text == raw
    assert _figure_flags(c) == []
