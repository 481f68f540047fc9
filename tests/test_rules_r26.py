"""Round 26: the first or the last marker of a list glued into the paragraph before it.

The outline walk put back a line break before a marker glued after a sentence end only where
a gap in the sequence called for that marker. A list's first marker glued into its lead-in
(…以下几个方面工作。（一）用改革的办法… then （二）…) and its last marker glued into its last
item (…生态停车场40个。（四）实施人才培训工程。… after （三）) leave no gap: the sequence
starts at （二） or simply ends. The walk now looks for them there too, when the items' heads
are alike and the place is the only one. A top-level marker with another mark in a gap
(三。安全生产形势总体平稳) and a damaged bracket after a list's last item (（≡）医联体…) are repaired;
characters like a numeral (大、中型…, 王、李两位…) and wrapped pieces of a paragraph stay. A figure
with Z, S or B read for a digit (11Z名。, 9Z4家) is flagged; names with a number (B2座, 6S, 910B)
are not. Every case runs the whole pipeline."""
import pytest

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


# Markers that stay inline, each from a helper's adversarial read: (the document's list, the reason).
INLINE = [
    pytest.param("（一）实施乡村旅游精品工程。每年遴选10个村开展提升改造。\n各区县要统筹推进。\n"
                 "（二）实施民宿品质提升工程。开展星级民宿评定。\n各区县要加强指导。\n"
                 "（三）实施基础设施完善工程。主要包括：新建旅游厕所。（四）类项目由市级统筹。\n",
                 id="items of several lines each: no list of one line per item"),
    pytest.param("按照省厅部署。（一）至（三）项任务由各区县牵头组织实施并于年底前完成全部验收和总结上报工作，市局负责督导。\n"
                 "（二）实施民宿品质提升工程。开展星级民宿评定。\n（三）实施基础设施完善工程。新建旅游厕所85座。\n",
                 id="a lead-in's marker opening a long clause, unlike the items' short heads"),
    pytest.param("（一）健全工作机制。建立联席会议制度。\n（二）强化资金保障。统筹安排专项资金。\n"
                 "（三）严格督导考核。重点做好以下几项工作：（一）建立工作台账；（二）明确责任分工；（三）实行挂图作战。（四）开展定期调度。\n"
                 "二、保障措施\n（一）加强组织领导。成立工作专班。\n",
                 id="an enumeration written inline in the last item"),
    pytest.param("（一）健全工作机制。建立联席会议制度。\n（二）强化资金保障。统筹安排专项资金。\n"
                 "（三）完善养老服务。（一）至（三）项已全部完成。（四）项因征地拆迁原因进度滞后。\n"
                 "二、保障措施\n（一）加强组织领导。成立工作专班。\n",
                 id="a marker a word cites"),
    pytest.param("第一阶段共完成两项任务。（一）实施产业提升工程。已按计划完成；以下各项为第二阶段接续推进的任务：\n"
                 "（二）实施民宿品质提升工程。开展星级民宿评定。\n（三）实施基础设施完善工程。新建旅游厕所85座。\n",
                 id="a lead-in that reports its first item"),
]


@pytest.mark.parametrize("body", INLINE)
def test_a_marker_that_is_the_texts_own_stays_inline(body):
    assert _breaks(_HEAD + "一、重点任务\n" + body + _TAIL) == []


_REPORT = ("江岭市交通运输局2022年工作总结\n一、重点工程建设取得新突破\n全年完成交通固定资产投资92亿元。\n"
           "二、运输服务水平持续提升\n全市开通城乡公交线路58条。\n{line}\n全年开展安全生产检查1260次。\n"
           "四、存在的不足\n一是基础设施欠账较多；二是行业监管手段相对滞后。\n江岭市交通运输局\n2023年1月18日\n")


def test_a_top_level_marker_with_another_mark_in_a_gap_is_repaired():
    out = clean(_REPORT.format(line="三。安全生产形势总体平稳")).text
    assert "\n三、安全生产形势总体平稳\n" in out


def test_a_character_like_the_numeral_due_in_a_gap_stays():
    # A helper's read: 大、 王、 匹、 丸、 open lines of content as often as OCR makes them of 六 五 四 九.
    text = _REPORT.replace("四、存在的不足", "五、存在的不足").format(
        line="三、安全生产形势总体平稳\n全年未发生较大事故。\n王、李两位副局长分片督导")
    assert "王、李两位副局长分片督导" in clean(text).text


def test_a_wrapped_piece_that_opens_with_the_numeral_due_stays():
    text = _REPORT.format(line="全市累计认定特色小镇十\n三。其中今年新认定三家")
    assert "\n三。其中今年新认定三家" in clean(text).text


def test_a_sentence_that_opens_like_a_look_alike_stays():
    # 大、中型 opens a sentence, not a bare heading: the gap is flagged, the words stay.
    text = _REPORT.replace("四、存在的不足", "七、存在的不足").format(
        line="五、安全生产形势总体平稳\n大、中型企业安全生产标准化达标率达到100%。")
    assert "大、中型企业" in clean(text).text


def test_a_damaged_bracket_after_a_lists_last_item_is_repaired():
    text = ("江岭市卫生健康局2019年工作总结\n一、医疗卫生服务能力持续提升\n（一）医疗资源不断丰富。全区现有医疗卫生机构286家。\n"
            "（二）重点项目有序推进。区人民医院新院区主体工程完工。\n（≡）医联体建设成效明显。组建城市医疗集团2个。\n"
            "二、公共卫生服务水平稳步提高\n（一）基本公共卫生服务项目扎实开展。\n（二）疾病防控工作有力有效。\n"
            "江岭市卫生健康局\n2020年1月8日\n")
    assert "\n（三）医联体建设成效明显" in clean(text).text


def _letter_flags(text):
    return [text[f.start:f.end] for f in clean(text).findings if f.rule.startswith("figure.") and "letter" in f.reason]


def test_z_s_b_read_for_digits_in_a_count_are_flagged():
    text = "全县培训医保经办人员11Z名。全区检查食品经营单位9Z4家。组织专场招聘会2S场，改造老旧小区Z9个。"
    assert {"11Z", "9Z4", "2S", "Z9"} <= set(_letter_flags(text))


def test_names_with_z_s_b_and_a_number_are_not_flagged():
    text = ("园区B3座、B4座主体结构封顶，S1项目、B2项目开工，推行6S管理，采用昇腾910B处理器，"
            "新建4S店12家，推出S1套餐、S2套餐，开通S1线，引进B737飞机5架。")
    assert _letter_flags(text) == []
