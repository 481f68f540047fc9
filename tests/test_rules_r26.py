"""Round 26: the first or the last marker of a list glued into the paragraph before it.

The outline walk put back a line break before a marker glued after a sentence end only where
a gap in the sequence called for that marker. A list's first marker glued into its lead-in
(…以下几个方面工作。（一）用改革的办法… then （二）…) and its last marker glued into its last
item (…生态停车场40个。（四）实施人才培训工程。… after （三）) leave no gap: the sequence
starts at （二） or simply ends. The walk now looks for them there too, when the items' heads
are alike and the place is the only one. Every case runs the whole pipeline."""
from cleaner.pipeline import clean

_HEAD = "江岭市文化广电旅游局关于印发2022年工作要点的通知\n各科室、局属各单位：\n现将有关事项通知如下。\n"
_TAIL = "江岭市文化广电旅游局\n2022年3月6日\n"


def _breaks(text):
    return [f for f in clean(text).findings if f.rule == "numbering.repair_outline" and f.after == "\n"]


def test_a_lists_first_marker_glued_into_its_lead_in_goes_back_on_its_own_line():
    text = (_HEAD + "一、重点任务\n今年要着重抓好以下几个方面工作。（一）实施乡村旅游精品工程。每年遴选10个村开展提升改造。\n"
            "（二）实施民宿品质提升工程。开展星级民宿评定。\n（三）实施基础设施完善工程。新建旅游厕所85座。\n" + _TAIL)
    out = clean(text).text
    assert "工作。\n（一）实施乡村旅游精品工程" in out


def test_a_lists_last_marker_glued_into_its_last_item_goes_back_on_its_own_line():
    text = (_HEAD + "一、重点任务\n（一）实施乡村旅游精品工程。每年遴选10个村开展提升改造。\n"
            "（二）实施民宿品质提升工程。开展星级民宿评定。\n（三）实施基础设施完善工程。新建旅游厕所85座。（四）实施人才培训工程。每年举办培训班4期。\n"
            "二、保障措施\n（一）加强组织领导。成立工作专班。\n（二）加大资金支持。统筹安排专项资金。\n" + _TAIL)
    out = clean(text).text
    assert "85座。\n（四）实施人才培训工程" in out


def test_a_last_heading_glued_to_the_paragraph_before_goes_back_on_its_own_line():
    text = (_HEAD + "一、总体要求\n坚持生态优先、农旅融合。\n二、主要目标\n到2024年，全市乡村旅游接待人次达到1200万。三、工作要求\n"
            "（一）各区县要明确专人负责。\n（二）各单位要按时报送进展情况。\n" + _TAIL)
    out = clean(text).text
    assert "1200万。\n三、工作要求\n" in out


def test_an_inline_enumeration_inside_a_long_last_item_stays_inline():
    # The items are paragraphs of their own, several lines each: no list of one line per item.
    text = (_HEAD + "一、重点任务\n（一）实施乡村旅游精品工程。每年遴选10个村开展提升改造。\n各区县要统筹推进。\n"
            "（二）实施民宿品质提升工程。开展星级民宿评定。\n各区县要加强指导。\n"
            "（三）实施基础设施完善工程。主要包括：新建旅游厕所。（四）类项目由市级统筹。\n" + _TAIL)
    assert _breaks(text) == []


def test_a_marker_after_the_lead_in_with_a_head_unlike_the_items_stays():
    # （一） in the lead-in opens a long clause, the items open with short heads: no glued marker.
    text = (_HEAD + "一、重点任务\n按照省厅部署。（一）至（三）项任务由各区县牵头组织实施并于年底前完成全部验收和总结上报工作，市局负责督导。\n"
            "（二）实施民宿品质提升工程。开展星级民宿评定。\n（三）实施基础设施完善工程。新建旅游厕所85座。\n" + _TAIL)
    assert _breaks(text) == []


def test_an_enumeration_written_inline_in_the_last_item_stays_inline():
    # A helper's adversarial read: （四） after （一）…（三） written in the same sentence is the sentence's own.
    text = (_HEAD + "一、重点任务\n（一）健全工作机制。建立联席会议制度。\n（二）强化资金保障。统筹安排专项资金。\n"
            "（三）严格督导考核。重点做好以下几项工作：（一）建立工作台账；（二）明确责任分工；（三）实行挂图作战。（四）开展定期调度。\n"
            "二、保障措施\n（一）加强组织领导。成立工作专班。\n" + _TAIL)
    assert _breaks(text) == []


def test_a_marker_that_a_word_cites_stays_inline():
    text = (_HEAD + "一、重点任务\n（一）健全工作机制。建立联席会议制度。\n（二）强化资金保障。统筹安排专项资金。\n"
            "（三）完善养老服务。（一）至（三）项已全部完成。（四）项因征地拆迁原因进度滞后。\n"
            "二、保障措施\n（一）加强组织领导。成立工作专班。\n" + _TAIL)
    assert _breaks(text) == []


def test_a_lead_in_that_reports_its_first_item_stays_whole():
    text = (_HEAD + "一、重点任务\n第一阶段共完成两项任务。（一）实施产业提升工程。已按计划完成；以下各项为第二阶段接续推进的任务：\n"
            "（二）实施民宿品质提升工程。开展星级民宿评定。\n（三）实施基础设施完善工程。新建旅游厕所85座。\n" + _TAIL)
    assert _breaks(text) == []
