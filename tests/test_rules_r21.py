"""Round 21: a marker hidden behind a widget glued before its heading holds the sequence; a
related-links box ends at the signature; an ad dropped in behind a paragraph's marker leaves the
marker; a sentence that opens with an ad's cues goes whole; a measure word typed twice (户户),
名 before a group or a span of days, a change given bare in a sentence of percentages.

Every case runs the whole pipeline."""
import pytest

from cleaner.pipeline import clean

OUTLINE = ("江岭市卫生健康委员会2021年工作要点\n一、毫不放松抓好常态化疫情防控\n（一）健全监测预警体系。完善监测网络。\n"
           "（二）有序推进疫苗接种。全年接种60万剂次。\n二、持续深化医药卫生体制改革\n"
           "{gap}（三）推进紧密型县域医共体建设。在3个县开展试点。\n（四）深化公立医院综合改革。推进薪酬制度改革。\n"
           "三、着力提升医疗服务能力\n（五）加强重点专科建设。新增省级临床重点专科4个。\n"
           "（6）夯实基层服务网底。完成18家乡镇卫生院标准化改造。\n（七）推进智慧医疗建设。建成全民健康信息平台。\n"
           "江岭市卫生健康委员会\n2021年3月29日\n")


def _findings(text, prefix):
    return [f for f in clean(text).findings if f.rule.startswith(prefix)]


@pytest.mark.parametrize("gap", ["视力保护色：□ □ □", "【打印】 ", "■ "])
def test_marker_behind_glued_widget_holds_the_sequence(gap):
    out = clean(OUTLINE.format(gap=gap)).text
    numbering = _findings(OUTLINE.format(gap=gap), "numbering.")
    assert not [f for f in numbering if f.action == "flag"], [f.reason for f in numbering]
    assert "（四）深化公立医院综合改革" in out and "（五）加强重点专科建设" in out
    assert "（六）夯实基层服务网底" in out  # the other-style marker is still repaired


def test_skipped_marker_without_a_hidden_copy_is_still_renumbered():
    text = OUTLINE.format(gap="").replace("（三）推进紧密型", "（四）推进紧密型").replace("（四）深化", "（五）深化") \
        .replace("（五）加强", "（六）加强").replace("（6）夯实", "（七）夯实").replace("（七）推进智慧", "（八）推进智慧")
    flags = [f for f in _findings(text, "numbering.") if f.action == "flag"]
    assert flags and "skipped" in flags[0].reason


BODY = ("南湖区市场监督管理局2023年上半年工作总结\n一、主要工作\n（一）加大执法办案力度。上半年共立案查处各类违法案件186件。\n"
        "（二）做好消费维权工作。受理消费者投诉举报2315件。\n")


@pytest.mark.parametrize("date", ["2023年7月10日", "二〇二三年七月十日", "2023年7月|0日"])
def test_related_links_box_ends_at_the_signature(date):
    text = BODY + ("相关链接：\n金湖市召开专题会议\n安澜县水利局关于做好春季农业生产的实施意见 2024-01-23\n"
                   f"南湖区市场监督管理局\n{date}\n")
    cleaned = clean(text)
    removed = [f.before.strip() for f in cleaned.findings if f.rule == "chrome.drop_related_links"]
    assert "金湖市召开专题会议" in removed
    assert "南湖区市场监督管理局" not in removed
    assert cleaned.text.rstrip().splitlines()[-2:][0] == "南湖区市场监督管理局" or \
        cleaned.fields.get("publisher") == "南湖区市场监督管理局"


HEAD = "江岭市生态环境局2024年大气污染防治工作要点\n一、主要任务\n（一）调整产业结构。淘汰落后产能12家。\n"
TAIL = "江岭市生态环境局\n2024年3月14日\n"


@pytest.mark.parametrize("marker", ["（二）", "2.", "二、"])
def test_ad_behind_a_paragraph_marker_leaves_the_marker(marker):
    text = HEAD + f"{marker}本文档由用户上传，仅供参考。压实工作责任。各区县人民政府是本行政区域大气污染防治工作的责任主体。\n" + TAIL
    out = clean(text).text
    assert f"{marker}压实工作责任。" in out
    assert "本文档由用户上传" not in out


@pytest.mark.parametrize("ad", ["下载完整版请到学文网，全站免费。", "承接讲话稿撰写，质量保证。"])
@pytest.mark.parametrize("where", ["head", "middle", "end"])
def test_sentence_opening_with_ad_cues_goes_whole(ad, where):
    own = ["（二）压实工作责任。", "各区县人民政府是本行政区域大气污染防治工作的责任主体。"]
    para = {"head": own[0] + ad + own[1], "middle": own[0] + own[1] + ad + "主要负责同志为第一责任人。",
            "end": own[0] + own[1] + ad}[where]
    out = clean(HEAD + para + "\n" + TAIL).text
    assert ad not in out and ad[:4] not in out and ad[-5:] not in out
    assert own[1] in out


@pytest.mark.parametrize("line", [
    "（二）下载“赣服通”APP，办理不动产登记业务。各区县要做好宣传。",
    "（二）关注“江岭发布”微信公众号，获取最新政策解读。各区县要做好宣传。",
    "（二）材料报送。请于3月1日前报送，联系电话：0791-8888123。",
])
def test_notice_sentences_opening_with_channel_words_stay(line):
    out = clean(HEAD + line + "\n" + TAIL).text
    assert line in out


FIG = "江岭县市场监管局2025年工作要点\n一、持续优化营商环境\n（一）{s}\n江岭县市场监管局\n2025年1月6日\n"


@pytest.mark.parametrize("sentence, span", [
    ("深化“证照分离”改革，全年新增市场主体2600户户以上。", "2600户户"),
    ("市局将成立5名督导组，采取“四不两直”方式开展明查暗访。", "5名督导组"),
    ("应当在发现之日起5名工作日内报告。", "5名工作日"),
    ("见习期间按照最低工资标准的80%给予补贴，留用率达到50%的单位，补贴标准提高10。", "提高10"),
])
def test_figure_slips_flagged(sentence, span):
    flags = [f for f in _findings(FIG.format(s=sentence), "figure.") if f.action == "flag"]
    assert any(span in f.before for f in flags), [(f.before, f.reason) for f in flags]


@pytest.mark.parametrize("sentence", [
    "改造100户户厕，惠及2600户户均增收800元。",
    "督导组由5名督导组成，派3名同志到工作组，5名督导组成员全部到位。",
    "容积率由2.5提高到3，人数增长8%。",
])
def test_figure_lookalikes_stay_silent(sentence):
    assert not [f for f in _findings(FIG.format(s=sentence), "figure.") if f.action == "flag"]


@pytest.mark.parametrize("sentence, span", [
    ("增幅比六季度回落0.3个百分点。", "六季度"),
    ("落实7×42小时值班值守制度。", "7×42小时"),
    ("政务服务大厅每周开放8天。", "每周开放8天"),
    ("内设机构精简一分之四。", "一分之四"),
    ("全市超过3/2的中小学校完成标准化建设。", "3/2"),
    ("聚焦工业、交通、建筑两大领域推进节能降碳。", "两大"),
    ("二手车交易比例由50提高到75%。", "50"),
    ("三项指标分别增长29.2%、39.4、65.4%。", "39.4"),
    ("全年新增市场主体4862户，其中企业1375户（占82.3%）、个体工商户3487户。", "占82.3%"),
])
def test_figures_past_their_bounds_flagged(sentence, span):
    flags = [f for f in _findings(FIG.format(s=sentence), "figure.") if f.action == "flag"]
    assert any(span in f.before for f in flags), [(f.before, f.reason) for f in flags]


@pytest.mark.parametrize("sentence", [
    "第四季度完成全年任务，落实7×24小时值班值守，每周开放6天。",
    "三分之二的学校、2/3的社区完成改造，完成率为百分之一百二十。",
    "聚焦工业、交通、建筑等三大领域，形成轻合金、纤维及复合材料、合成材料三大优势集群。",
    "比例由50%提高到75%，三项指标分别增长29.2%、39.4%、65.4%。",
    "全年培训医务人员873人，其中乡村医生251人，占28.8%。",
    "努力把军队革命化、现代化、正规化建设提高到一个新水平。",
])
def test_figures_within_their_bounds_stay_silent(sentence):
    assert not [f for f in _findings(FIG.format(s=sentence), "figure.") if f.action == "flag"]


NOTICE = ("江岭市交通运输局2023年工作要点\n现将2023年工作要点印发如下。\n{body}\n二、重点任务\n（一）健全机制。完善制度。\n"
          "{sig}\n2023年3月1日\n")
LEAD = "2023年是全面贯彻党的二十大精神的开局之年，全市上下要坚定信心、真抓实干。"


@pytest.mark.parametrize("label", ["摘要：", "【内容提要】", "核心提示：\u3000", "[摘要]", "导读："])
def test_labelled_summary_above_its_paragraph_goes_not_the_paragraph(label):
    text = NOTICE.format(body=f"{label}{LEAD}\n{LEAD}现提出如下工作要点。", sig="江岭市交通运输局")
    out = clean(text).text
    assert f"{LEAD}现提出如下工作要点。" in out
    assert label.strip() not in out


def test_labelled_summary_of_other_words_stays():
    text = NOTICE.format(body=f"摘要：全年完成投资12亿元，重点项目有序推进。\n{LEAD}现提出如下工作要点。", sig="江岭市交通运输局")
    assert "摘要：全年完成投资12亿元，重点项目有序推进。" in clean(text).text


@pytest.mark.parametrize("gap", [" ", "", "\u3000"])
def test_heading_and_paragraph_repeated_as_one_line_goes(gap):
    para = "2024年，全市单位地区生产总值能耗下降3%，空气质量优良天数比例稳定在85%以上。"
    body = f"一、工作目标\n{para}\n一、工作目标{gap}{para}"
    out = clean(NOTICE.format(body=body, sig="江岭市交通运输局")).text
    assert out.count(para) == 1 and "一、工作目标\n" + para in out


@pytest.mark.parametrize("seal", ["\u3000[印章]", " （印章）", "【公章】"])
def test_signature_repeated_after_a_seal_label(seal):
    out = clean(NOTICE.format(body="一、总体要求", sig=f"江岭市交通运输局{seal}江岭市交通运输局")).text
    assert out.rstrip().endswith("江岭市交通运输局\n2023年3月1日")


TABLE = ("江岭市2023年民生实事项目进展情况的通报\n各县区：\n现将进展情况通报如下。\n表1\u30002023年民生实事项目进度表\n"
         "{rows}\n江岭市人民政府办公室\n2023年5月1日\n")


@pytest.mark.parametrize("sep", ["\t", "\u3000"])
def test_table_rows_keep_their_cell_gaps(sep):
    rows = [sep.join(r) for r in (("序号", "项目名称", "投资额（万元）", "责任单位", "完成情况"),
                                  ("1", "农贸市场升级", "6497", "市市场监管局", "已开工"),
                                  ("2", "养老服务设施建设", "6454", "市市场监管局", "前期准备"))]
    out = clean(TABLE.format(rows="\n".join(rows))).text
    for row in rows:
        assert row in out
    assert "表1\u30002023年民生实事项目进度表" in out


LIST = ("江岭市2023年工作要点\n现提出如下工作要点。\n一、主要任务\n（一）加强组织领导。\n{a}强化督导检查。\n（三）及时报送信息。\n"
        "（四）做好宣传引导。\n二、保障措施\n1.压实责任。\n{b}加强协调。\n3.严格考核。\n江岭市人民政府\n2023年3月1日\n")


@pytest.mark.parametrize("a, b", [("C二)", "2."), ("(二J", "2."), ("（二）", "Z."), ("（二）", "Z．"), ("## **（二）**", "2\\.")])
def test_markers_misread_or_left_in_markdown_are_repaired(a, b):
    out = clean(LIST.format(a=a, b=b)).text
    assert "（二）强化督导检查。" in out and ("2.加强协调。" in out or "2．加强协调。" in out), out


def test_legal_style_number_among_bracketed_siblings():
    out = clean(LIST.format(a="1.2 ", b="2.")).text
    assert "（二）强化督导检查。" in out


def test_item_that_lost_its_number_in_a_one_line_list():
    text = LIST.format(a="（二）", b="2.").replace("（三）及时报送信息。", "及时报送信息。")
    out = clean(text).text
    assert "（三）及时报送信息。" in out and "（四）做好宣传引导。" in out


def test_paragraph_between_items_of_a_multiline_list_is_no_lost_item():
    text = LIST.format(a="（二）", b="2.").replace("（一）加强组织领导。\n", "（一）加强组织领导。\n各单位要高度重视。\n") \
        .replace("（三）及时报送信息。", "及时报送信息。")
    assert "（三）及时报送信息。" not in clean(text).text


@pytest.mark.parametrize("text", [
    "## 二、重点任务\n（一）加强组织领导。",
    "### **二、重点任务**\n（一）加强组织领导。",
])
def test_markdown_heading_marks_go(text):
    out = clean("江岭市2023年工作要点\n一、总体要求\n（一）坚持稳中求进。\n" + text + "\n江岭市人民政府\n2023年3月1日\n").text
    assert "二、重点任务\n（一）加强组织领导。" in out and "#" not in out and "*" not in out


@pytest.mark.parametrize("line", [
    "#春季安全生产#专题活动在全市展开。",
    "2.2亿元资金已全部下达。",
    "C1、C2驾驶证考试预约量同比增长8%。",
])
def test_marker_lookalikes_in_text_stay(line):
    text = LIST.format(a="（二）", b="2.").replace("（三）及时报送信息。\n", "（三）及时报送信息。" + line + "\n")
    assert line in clean(text).text


@pytest.mark.parametrize("para, want", [
    ("主要做了三方面工作：—是强化领导；ニ是完善制度；三是严格考核。", "一是强化领导；二是完善制度；三是严格考核。"),
    ("主要做了四方面工作：一是强化领导；二是完善制度；≡是严格考核；四是加强宣传。", "三是严格考核；四是加强宣传。"),
])
def test_inline_ordinals_misread_by_ocr(para, want):
    out = clean("江岭市2023年工作总结\n一、主要工作\n" + para + "\n江岭市人民政府\n2023年3月1日\n").text
    assert want in out
