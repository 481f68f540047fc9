"""Round 8: which of two equal texts is the copy, and what is left alone when that is not shown.

The dup rules removed the later of two equal units; a copy set *before* its original (a pull
quote or summary above its paragraph, a cut teaser above it, a lead sentence glued to the end
of the paragraph before) made them remove the original and keep the copy. Real strings through
the whole pipeline: what goes, what stays, and what is only flagged.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

TITLE = "江岭市卫生健康委员会关于做好2021年卫生健康工作的通知"
P1 = "全面推进疾病预防控制体系改革，健全重大疫情应急响应机制，提升基层防控能力。"
P2 = "加快建设紧密型县域医共体，推动优质医疗资源扩容下沉，方便群众就近就医。"
P3 = "持续深化公立医院综合改革，完善薪酬制度，调动医务人员积极性。"
LEAD = "深化公立医院综合改革。"
SIG = "江岭市卫生健康委员会\n2021年3月29日"


def _page(*body: str) -> str:
    return "\n".join([TITLE, *body, SIG])


def _dup_findings(cleaned, action):
    return [f for f in cleaned.findings if f.rule.startswith("dup.") and f.action == action]


FIXED = [
    # (page, page after cleaning, the text removed)
    # a pull quote set off above its paragraph: the quote goes, the paragraph keeps its sentence
    (_page(P3, "【" + P1[:-1] + "】", P2 + P1 + P3), _page(P3, P2 + P1 + P3), "【" + P1[:-1] + "】"),
    (_page(P3, "▲" + P1, P2 + P1 + P3), _page(P3, P2 + P1 + P3), "▲" + P1),
    # a summary line above the paragraph it opens: the line goes, not the paragraph's opening
    (_page(P3, P1, P1 + P2), _page(P3, P1 + P2), P1),
    # a teaser cut in mid-sentence above the paragraph: the teaser alone goes
    (_page(P3, (P1 + P2)[:30], P1 + P2), _page(P3, P1 + P2), (P1 + P2)[:30]),
    # a cut teaser with an ellipsis: none of the paragraph's sentences goes with it
    (_page(P3, (P1 + P2 + P3)[:60] + "……", P1 + P2 + P3), _page(P3, P1 + P2 + P3), (P1 + P2 + P3)[:60] + "……"),
    # a lead sentence glued to the end of the paragraph before: the glued copy goes
    (_page(P1 + P2 + LEAD, LEAD + P3), _page(P1 + P2, LEAD + P3), LEAD),
    # ... unless an outline marker follows the opening copy: the paragraph opens with its marker
    (_page(P1 + LEAD, LEAD + "四是" + P3), _page(P1 + LEAD, "四是" + P3), LEAD),
    # a paragraph above its own numbered line: the bare copy goes, the numbered item stays
    (_page(P3, "加快建设紧密型县域医共体，推动优质医疗资源扩容下沉。", "（一）加快建设紧密型县域医共体，推动优质医疗资源扩容下沉。", P2),
     _page(P3, "（一）加快建设紧密型县域医共体，推动优质医疗资源扩容下沉。", P2), "加快建设紧密型县域医共体，推动优质医疗资源扩容下沉。"),
]


@pytest.mark.parametrize("page,want,gone", FIXED, ids=[str(k) for k in range(len(FIXED))])
def test_the_copy_goes_not_the_original(page, want, gone):
    cleaned = clean(page, "t")
    assert cleaned.text == clean(want, "t").text
    removed = "".join(f.before for f in _dup_findings(cleaned, "remove"))
    assert gone in removed


FLAGGED = [
    # a sentence inside two paragraphs: which one was pasted is not shown
    (_page(P2 + P1 + P3, "各地要抓好落实。" + P1 + "确保按期完成。"), P1),
    # a bare one-sentence line and the same sentence inside the next paragraph
    (_page(P1, P3 + P1 + P2), P1),
]


@pytest.mark.parametrize("page,sentence", FLAGGED, ids=[str(k) for k in range(len(FLAGGED))])
def test_undecided_copies_are_flagged_not_removed(page, sentence):
    cleaned = clean(page, "t")
    assert cleaned.text == clean(page.replace("\n" + SIG, ""), "t").text + "\n" + SIG
    assert not _dup_findings(cleaned, "remove")
    assert any(sentence in f.before for f in _dup_findings(cleaned, "flag"))


KEPT = [
    # the same long phrase opening several paragraphs of a 工作总结, and 一是/二是 sharing a stem
    _page("一年来，我们深入贯彻落实习近平新时代中国特色社会主义思想，扎实推进各项重点工作，全年目标任务顺利完成。",
          "在队伍建设方面，深入贯彻落实习近平新时代中国特色社会主义思想，把政治建设摆在首位，全年开展集中学习12次。",
          "一是进一步加强组织领导，健全工作机制；二是进一步加强组织领导，压实属地责任；三是进一步加强督促检查。"),
    # a heading restated as the opening clause of its paragraph; a sentence restated to open the next
    _page("（一）加强组织领导", "加强组织领导，成立由分管负责同志任组长的工作专班，定期研究解决推进中的重大问题。",
          "各地要把这项工作列入重要议事日程，确保责任到人、措施到位。",
          "确保责任到人、措施到位，是做好今年工作的关键所在，各地要逐项对照落实。"),
    # sentences whose skeleton differs by a figure or a word
    _page("2022年全市新增城镇就业12.3万人，完成年度目标任务的103%。", "2023年全市新增城镇就业25.1万人，完成年度目标任务的107%。",
          "市级财政安排专项资金，用于支持重点项目建设和运行维护。", "县级财政安排专项资金，用于支持重点项目建设和运行维护。"),
    # the same duty clause closing each task paragraph
    _page("1.推进基层医疗机构标准化建设，年内完成改造提升30家。（责任单位：市发展改革委、市财政局，完成时限：2024年12月底前）",
          "2.完善家庭医生签约服务，重点人群签约率达到75%以上。（责任单位：市发展改革委、市财政局，完成时限：2024年12月底前）"),
    # the title cited in its own body, the signature organisation named in the closing paragraph
    _page(P1, "为确保《" + TITLE + "》各项任务落到实处，现就有关事项补充说明如下。",
          "本方案由江岭市卫生健康委员会负责解释，江岭市卫生健康委员会将适时组织督导。"),
    # the title cited in 《》 or going on as a clause at the head of the first paragraph
    _page("《" + TITLE + "》已经市政府同意，现印发给你们，请认真贯彻执行。", P1),
    _page(TITLE + "，现将有关事项通知如下。", P1),
    # a bare lead line, then a paragraph opening with a longer sentence that starts the same way
    _page("加强药品和医疗器械监管。", "加强药品和医疗器械监管，严厉打击违法违规行为，保障群众用药安全。"),
]


@pytest.mark.parametrize("page", KEPT, ids=[str(k) for k in range(len(KEPT))])
def test_legitimate_repeats_stay(page):
    cleaned = clean(page, "t")
    assert not _dup_findings(cleaned, "remove")
    assert not [f for f in cleaned.findings if f.rule == "chrome.drop_title_repeats"]
    assert cleaned.text == clean(page.replace("\n" + SIG, ""), "t").text + "\n" + SIG
