"""Round 24: shapes from blind probe sets, each narrowed by an adversarial read.

Four engineers who read no rule wrote probe sets from causes of damage (ads in brackets and
lines, outline markers, figures, repeats); their misses gave four generic rules, and a
helper's adversarial read of each (410 and 250 probes of government text) narrowed them:

- a bracket standing between two Han characters that join into a pair the document writes
  elsewhere splits a word: with an address, words of its own and foreign vocabulary it is an
  ad (a labelled address in brackets, （网址：…）, and QR-code asides stay);
- the rest of a line whose ads were cut out goes with them when it is a slogan that calls the
  reader to act and whose words occur nowhere else (closing formulas and dates stay);
- a marker in the list's gap written in the other level's style (3、 for （三）) or damaged
  (（≡）, （二}, .完善) gets the marker the sequence calls for, instead of the siblings after it
  being renumbered;
- a copy after a page number (－2－) and a signature line repeated at once are removed.

Every case runs the whole pipeline."""
import pytest

from cleaner.pipeline import clean

# A long document whose sentences share their words, as a report's do.
SHARED = ("全市上下坚持稳中求进工作总基调，推动经济社会高质量发展。", "我们坚持稳中求进，推动高质量发展取得新成效。",
          "全市经济社会发展稳中有进，高质量发展迈出新步伐。", "坚持以人民为中心，推动经济社会发展成果惠及全市人民。")
BODY = "\n".join(SHARED[i % 4] for i in range(40))


def _doc(*lines):
    return "江岭市人民政府工作报告\n" + BODY + "\n" + "\n".join(lines) + "\n" + SHARED[0] + "\n"


def _ads(text):
    return [f.before for f in clean(text).findings if f.rule.startswith("ads.")]


SPLICED = [
    ("全年新开工保障性住房1200套。", "新【回收购物卡、茅台酒——微信zl_366】开工公共租赁住房420套。", "新开工公共租赁住房420套。"),
    ("强化企业安全管理。", "危险货物运输企业安全管{高考志愿填报专家一对一，Tel:157-1358-5967}理。", "危险货物运输企业安全管理。"),
    ("连续四年开展专项行动。", "连续四年在全国开（家庭保洁 开荒保洁 Q Q:669506681）展整治违法排污企业专项行动。",
     "连续四年在全国开展整治违法排污企业专项行动。"),
]


@pytest.mark.parametrize("own, line, kept", SPLICED)
def test_a_bracket_splitting_a_word_goes(own, line, kept):
    assert kept in clean(_doc(own, line)).text.split("\n")


OWN_ASIDES = [
    ("报名参加培训的学员须按时到岗。", "学员可网上报名（网址：http://www.jlzwfw.cn/bm）参加培训。"),
    ("报名参加培训的学员须按时到岗。", "学员可网上报名（网址：www.qingwan12345.com）参加培训。"),
    ("作品提交后不予退还。", "参赛作品（扫码上传）提交截止时间为6月30日。"),
    ("网上缴费通道同时开通。", "考生须在规定时间内完成网上（扫描二维码）缴费，未缴费视为放弃。"),
    ("平台在线预约办理。", "群众可通过政务服务平台（长按识别二维码进入）在线预约办理。"),
]


@pytest.mark.parametrize("own, line", OWN_ASIDES)
def test_a_notice_s_own_aside_between_two_words_stays(own, line):
    assert _ads(_doc(own, line)) == []


def test_an_ad_line_s_slogan_goes_with_its_contacts():
    line = "因篇幅限制，剩余内容未显示。下载完整版请充值会员，限时5折。更多请关注gzh公文写作宝典，后台回复范文！"
    assert line not in clean(_doc(line)).text


CLOSINGS = ["此复。", "特此公告。", "敬请期待！", "请广大群众积极参与！", "谢谢大家！"]


@pytest.mark.parametrize("closing", CLOSINGS)
def test_a_closing_line_with_an_ad_glued_on_keeps_its_words(closing):
    text = clean(_doc(closing + "代写各类材料，微信：xz666888")).text
    assert closing.rstrip("。！") in text
    assert "xz666888" not in text


LIST = ("江岭市卫生健康局2023年工作总结\n一、总体情况\n（一）加强领导。全年完成检查10次。\n（二）完善制度。全年修订制度5项。\n"
        "{}强化监督。全年开展督查6次。\n（四）狠抓落实。全年整改问题8个。\n二、下步打算\n（一）继续加强。\n（二）继续完善。\n")


@pytest.mark.parametrize("head", ["3、", "（≡）", "（三}", "C三）"])
def test_a_marker_in_the_gap_is_repaired_not_the_siblings_after_it(head):
    c = clean(LIST.format(head))
    assert "（三）强化监督" in c.text and "（四）狠抓落实" in c.text
    assert not [f for f in c.findings if f.rule.startswith("numbering") and f.before == "（四）"]


def test_a_lone_mark_left_of_a_marker_gets_its_numeral():
    text = "江岭市工作要点\n一、重点任务\n1.加强领导。全年完成检查10次。\n.完善制度。全年修订制度5项。\n3.强化监督。全年开展督查6次。\n4.狠抓落实。全年整改问题8个。\n"
    c = clean(text)
    assert "2.完善制度" in c.text and "3.强化监督" in c.text and "4.狠抓落实" in c.text


def test_a_symbol_in_brackets_outside_a_gap_stays():
    text = "江岭市工作要点\n一、重点任务\n（一）加强领导。\n（※）本表数据截至6月底。\n（二）完善制度。\n（三）强化监督。\n"
    assert "（※）本表数据" in clean(text).text


PAGE_COPIES = [
    ("二、健全多层次医疗保障体系。—3—二、健全多层次医疗保障体系。一是落实职工医保门诊共济保障机制。",
     "二、健全多层次医疗保障体系。一是落实职工医保门诊共济保障机制。"),
    ("1.动员部署阶段（2021年5月1日至5月15日）。  －2－  1.动员部署阶段（2021年5月1日至5月15日）。各单位制定具体实施方案。",
     "1.动员部署阶段（2021年5月1日至5月15日）。各单位制定具体实施方案。"),
]


@pytest.mark.parametrize("raw, kept", PAGE_COPIES)
def test_a_copy_after_a_page_number_goes_with_it(raw, kept):
    assert kept in clean("江岭市工作总结\n" + raw + "\n").text


@pytest.mark.parametrize("tail", ["江岭市卫生健康委员会\n江岭市卫生健康委员会\n2021年3月29日",
                                  "江岭市卫生健康委员会\n2021年3月29日\n2021年3月29日"])
def test_a_signature_line_repeated_at_once_goes(tail):
    text = clean("江岭市关于加强管理的通知\n各单位：\n请认真贯彻执行。\n" + tail + "\n").text
    assert text.count("江岭市卫生健康委员会") == 1 and text.count("2021年3月29日") == 1


@pytest.mark.parametrize("lines", ["第2页，“一九五八年”应为“1958年”。\n第45页，“一九五八年”应为“1958年”。",
                                   "-2-3℃：小雪。\n-5-3℃：小雪。"])
def test_lines_that_cite_pages_or_ranges_stay(lines):
    assert lines in clean("江岭市关于更正的通知\n" + lines + "\n特此通知。\n").text


def test_two_bodies_signing_together_stay():
    tail = "江岭市卫生健康委员会\n江岭市财政局\n2021年3月29日"
    assert tail in clean("江岭市关于加强管理的通知\n各单位：\n请认真贯彻执行。\n" + tail + "\n").text


def _figure_flags(text):
    return [f.before for f in clean("江岭市交通运输局2023年工作总结\n" + text + "\n").findings if f.rule.startswith("figure.")]


@pytest.mark.parametrize("text", ["全市查处道路运输违法行为1153起，其中非法营运1526起。",
                                  "全市查处道路运输违法行为1153起。其中，非法营运1526起。"])
def test_a_part_counted_in_qi_above_its_total_is_flagged(text):
    assert _figure_flags(text) == ["1526起"]


@pytest.mark.parametrize("text", [
    "全年发生道路交通事故150起，其中酒驾引发40起、超速引发60起、夜间发生80起。",  # one total split along several lines
    "全市共接报火灾1236起，比上年减少135起，其中住宅火灾520起，车辆火灾186起。",  # a partial list after a change
    "全年出让土地68宗，比上年减少12宗，其中工业用地35宗，住宅用地21宗。",
    "自2024年3月1日起施行，全市体育场馆12个全部开放。",
])
def test_events_split_several_ways_raise_no_flag(text):
    assert _figure_flags(text) == []
