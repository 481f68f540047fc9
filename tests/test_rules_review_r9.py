"""Round 9's adversarial review: real-shaped government documents on which a round-9 draft
removed or changed real content. Each must keep the lines named here (tests/data/review_r9/).

The documents are whole (title, addressee, body, signature), run through the whole pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.pipeline import clean

DATA = Path(__file__).parent / "data" / "review_r9"


def _clean(name: str) -> str:
    return clean((DATA / f"{name}.txt").read_text(encoding="utf-8"), name).text


KEPT = [
    # the same instructions under two annexes: boilerplate of parallel parts, not a pasted copy
    ("far2", "本表由各县（市、区）发展改革局统一汇总填报，数据截至2026年3月31日。请于4月5日前报送电子版和加盖公章的纸质版至市发展改革委重点项目科。\n"
             "附件2\n重点项目存在问题汇总表\n填表说明：\n本表由各县（市、区）发展改革局统一汇总填报"),
    # a two-column table of the document's own (文号 成文日期), not a page's header table
    ("tab", "文号 成文日期\n江府发〔2015〕3号 2015年3月1日"),
    # the clause above an ad line that lacks its full stop is the notice's own
    ("lead2", "请于月底前报送自查报告"),
    # a bureau's own account, with no digit, in a body line
    ("acc", "更多就业信息请关注微信号：jianglingjiuye"),
    ("br", "（搜索：jlrs12333）"),
    # a minute's own date line (时间 + date glued) is content, not the page's metadata
    ("meta2", "时间2026年3月15日"),
    # the document's own publicity note (GB/T 9704) above the page's metadata
    ("tail", "（此件公开发布）"),
    # counts after a Chinese-numeral month: 二十余家, 三十个, no lost 日
    ("date", "三月二十余家重点企业"),
    ("date", "三月三十个重点项目"),
    # a chant and a name with the father's name (the · lost): no stutter
    ("dbl", "加油加油加油加油"),
    ("dbl", "吐尔逊吐尔逊同志"),
    # icons as a writer's bullets, a process chart, a feature list at the page's edges
    ("emoji", "📍 办理地点"),
    ("emoji", "⏰ 办理时间"),
    ("icon", "➢ 总体要求"),
    ("icon", "➢ 保障措施"),
    ("icon", "申请→受理→审查→决定→送达"),
    ("icon", "✔ 材料齐全"),
    ("wid", "✔ 无障碍浏览 ✔ 长者模式 ✔ 繁体版"),
    # widget words and a route that lead an instruction of the text
    ("lead", "扫描二维码 下载报名表"),
    ("lead", "联系我们 如有疑问"),
    ("lead3", "相关报道 显示"),
    ("crumb", "首页→个人办事→权益查询 点击进入后"),
]


@pytest.mark.parametrize("name,kept", KEPT)
def test_real_content_is_kept(name: str, kept: str) -> None:
    # the space family may close a space between Han characters: compare without spaces
    assert kept.replace(" ", "") in _clean(name).replace(" ", "")


def test_the_ad_under_a_clause_still_goes() -> None:
    # the ad line itself is removed; only the notice's clause above it stays
    assert "jx138888" not in _clean("lead2")


def test_a_real_stutter_still_goes() -> None:
    doc = "关于推进乡村振兴的通知\n各乡镇：\n各地要全面推进全面推进乡村振兴，加快农业农村现代化。\n江岭市农业农村局\n2026年3月1日"
    assert "各地要全面推进乡村振兴" in clean(doc).text
