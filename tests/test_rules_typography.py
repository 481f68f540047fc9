"""Typography and values: quotes, title marks, ellipsis and dash, stacked marks, full-width
digits, compacted dates, broken lines. Tables of fixes and of rows that must not change."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean
from cleaner.rules import date, layout, punct, quote
from cleaner.types import Context, Flag
from helpers import run_rule

FIX = [
    (punct.replace_lookalike_marks, "各地要加强管理.", "各地要加强管理。"),
    (punct.replace_lookalike_marks, "加强管理.下一步推进", "加强管理。下一步推进"),
    (punct.replace_lookalike_marks, "完善制度\uff0e", "完善制度。"),
    (punct.replace_lookalike_marks, "北京\\上海\uff3c天津", "北京、上海、天津"),
    (punct.replace_lookalike_marks, "通知如下\u2236", "通知如下："),
    (punct.replace_lookalike_marks, "宣传\ufe51教育\ufe50培训\uff61", "宣传、教育，培训。"),
    (punct.replace_lookalike_marks, "学习\ufe41规定\ufe42和\ufe3d条例\ufe3e", "学习“规定”和《条例》"),
    (punct.normalize_ellipsis_and_dash, "长期任务\u2500\u2500必须坚持", "长期任务——必须坚持"),
    (punct.normalize_ellipsis_and_dash, "长期任务\u2013\u2013必须\u2e3a坚持", "长期任务——必须——坚持"),
    (punct.normalize_ellipsis_and_dash, "健全机制\u22ef\u22ef等", "健全机制……等"),
    (punct.narrow_fullwidth_alphanumerics, "１９９８年３月，增长７．７％，ＧＤＰ", "1998年3月，增长7.7%，GDP"),
    (quote.convert_straight_quotes, '评选"名院、名科、名医"活动', "评选“名院、名科、名医”活动"),
    (quote.convert_straight_quotes, "所谓'三医联动'改革", "所谓“三医联动”改革"),  # single marks only nest
    (quote.convert_straight_quotes, "提出“推进'三医联动'改革”", "提出“推进‘三医联动’改革”"),
    (quote.convert_straight_quotes, "推进＂智慧城管＂和〝两客一危〞", "推进“智慧城管”和“两客一危”"),
    (quote.convert_straight_quotes, "推进″智慧城管″平台建设", "推进“智慧城管”平台建设"),
    (quote.convert_straight_quotes, "这是推进「四大板块”和『三个支撑带』", "这是推进“四大板块”和“三个支撑带”"),
    (quote.convert_angle_titles, "认真实施〈宗教事务条例〉", "认真实施《宗教事务条例》"),
    (quote.convert_angle_titles, "发布了《中国应对气候变化的政策与行动〉白皮书", "发布了《中国应对气候变化的政策与行动》白皮书"),
    (quote.convert_angle_titles, "全面实施<中国制造2025规划>", "全面实施《中国制造2025规划》"),
    (layout.join_broken_sentences, "决不辜负人民的期望，\n加强领导。", "决不辜负人民的期望，加强领导。"),
    (punct.normalize_title_marks, "贯彻<<传染病防治法>>", "贯彻《传染病防治法》"),
    (punct.normalize_ellipsis_and_dash, "医疗、教育、养老......", "医疗、教育、养老……"),
    (punct.normalize_ellipsis_and_dash, "医疗、教育。。。", "医疗、教育……"),
    (punct.normalize_ellipsis_and_dash, "政府工作报告\n--2026年1月26日", "政府工作报告\n——2026年1月26日"),
    (punct.normalize_ellipsis_and_dash, "\u2015\u20152026年1月27日在青海省", "——2026年1月27日在青海省"),
    (punct.collapse_stacked_punctuation, "签署合作框架协议。，", "签署合作框架协议。"),
    (punct.collapse_stacked_punctuation, "加强领导，，压实责任、、", "加强领导，压实责任、"),
    (punct.drop_orphan_punctuation_lines, "\n,\n农业农村部与浙江省签署协议。", "\n农业农村部与浙江省签署协议。"),
    (layout.join_broken_sentences, "全面落实院长负责制，\n扎实开展专项行动。", "全面落实院长负责制，扎实开展专项行动。"),
    (quote.convert_straight_quotes, '畅通"12393"医保服务热线', "畅通“12393”医保服务热线"),
    (quote.convert_straight_quotes, '开展“两客一危"专项整治', "开展“两客一危”专项整治"),
    (quote.convert_straight_quotes, '开展"两客一危”专项整治和"蓝天"行动', "开展“两客一危”专项整治和“蓝天”行动"),
    (quote.convert_straight_quotes, '平台为"朝（zhao）阳中医网校"。', "平台为“朝（zhao）阳中医网校”。"),
    (quote.convert_straight_quotes, '实施"3个100"工程，采购27"显示器', "实施“3个100”工程，采购27\"显示器"),  # an open quotation closes after a figure
    (quote.convert_straight_quotes, "东经120°10'的'绿道'", "东经120°10'的“绿道”"),  # the minute mark does not pair
    (layout.join_lone_opening_marks, "增长11.5%。\n（\n三）改革开放持续深化。", "增长11.5%。\n（三）改革开放持续深化。"),
    (layout.join_lone_opening_marks, "全市开展\n“\n两客一危”专项整治。", "全市开展\n“两客一危”专项整治。"),
    (layout.join_broken_quotations, "成果找市场“双向\n揭榜\n挂帅”的简称。", "成果找市场“双向揭榜挂帅”的简称。"),
    (layout.join_broken_quotations, "根据《中华人民共和国\n安全生产法》等规定。", "根据《中华人民共和国安全生产法》等规定。"),
    (layout.join_broken_quotations, "根据《浙江省人民政府办公厅关于进一步加强\n安全生产工作的实施意见》要求，制定本方案。",
     "根据《浙江省人民政府办公厅关于进一步加强安全生产工作的实施意见》要求，制定本方案。"),  # a long title broken far from its marks
    (layout.join_broken_quotations, "为贯彻落实《中共中央　国务院关于全面推进乡村振兴加快农业农村\n现代化的意见》精神，制定本方案。",
     "为贯彻落实《中共中央　国务院关于全面推进乡村振兴加快农业农村现代化的意见》精神，制定本方案。"),
]

KEEP = [
    (punct.replace_lookalike_marks, "比例尺为1\u2236500的地形图"),  # a scale keeps the ratio sign
    (punct.replace_lookalike_marks, "请填写附件1.docx，登录www.gov.cn"),
    (punct.replace_lookalike_marks, "一.加强领导"),  # a numeral marker: the outline's business
    (punct.replace_lookalike_marks, "保存到D:\\文件\\通知"),  # a Windows path
    (punct.replace_lookalike_marks, "马克思\uff0e恩格斯"),  # mid-line ．: 。 or ·, not unique
    (punct.normalize_ellipsis_and_dash, "\u2500\u2500\u2500\u2500\u2500\u2500\n正文"),  # a rule line
    (punct.normalize_ellipsis_and_dash, "中国\u2014东盟，2021\u20142025年"),  # 连接号 stays
    (punct.narrow_fullwidth_alphanumerics, "1998年3月，增长7.7%"),
    (quote.convert_straight_quotes, '他說「好」，這們為發國會'),  # traditional script: corner brackets are its quotes
    (quote.convert_straight_quotes, "采购27″显示器"),  # a unit after a figure
    (quote.convert_angle_titles, "《关于〈规划纲要〉的说明》"),  # nested: right as it is
    (quote.convert_angle_titles, "学会协会<省级分会>认证，当x<5且y>3时"),  # signs as brackets or comparisons
    (layout.join_broken_sentences, "不负人民重托。二、\n2015年工作总体部署"),  # a heading's marker, not a clause
    (quote.convert_straight_quotes, '他说"好。'),  # odd count: ambiguous
    (quote.convert_straight_quotes, 'He said "yes" and "no".'),  # English
    (quote.convert_straight_quotes, "it's a 'test'"),
    (quote.convert_straight_quotes, "增强“四个意识”、坚定“四个自信”"),  # balanced already
    (punct.normalize_title_marks, "if a<<b and c>>d"),
    (punct.normalize_ellipsis_and_dash, "全面融入中国—东盟自由贸易区"),  # connecting mark
    (punct.normalize_ellipsis_and_dash, "2020-2021年度，第1--3项"),
    (punct.normalize_ellipsis_and_dash, "wait... what"),
    (punct.normalize_ellipsis_and_dash, "<!--顶部-->"),
    (punct.collapse_stacked_punctuation, "一是加强领导、压实责任。二是……"),
    (layout.join_broken_sentences, "一、总体要求\n（一）加强领导。"),
    (layout.join_broken_sentences, "各位代表：\n现在，我代表省人民政府向大会报告工作。"),
    (layout.join_broken_sentences, "加强领导，\n（一）压实责任。"),
    (quote.convert_straight_quotes, '他说"好，“走吧”。'),  # the straight one opens inside nothing it can close
    (quote.convert_straight_quotes, 'config = "a" + "b"'),
    (quote.convert_straight_quotes, "坐标为东经120°10'，北纬30°15'。"),  # minutes, seconds and inches are units
    (quote.convert_straight_quotes, '地处东经120°10\'20"，北纬30°15\'30"。'),
    (quote.convert_straight_quotes, '采购27"显示器10台，21"显示器5台。'),
    (layout.join_lone_opening_marks, "（一）加强领导\n（二）压实责任"),
    (layout.join_broken_quotations, "他说：“我们要加强领导。\n“我们要压实责任。”"),  # a quotation of two paragraphs
    (layout.join_broken_quotations, "开展“两客一危”专项整治\n（一）加强领导。"),
    (layout.join_broken_quotations, "启动“\n一、总体要求\n”行动"),
    (layout.join_broken_quotations, "根据《浙江省人民政府办公厅关于进一步加强工作。\n安全生产工作的实施意见》要求"),  # a sentence ends between
    (layout.join_broken_quotations, "学习《中华人民共和国民法典》和有关规定\n各单位要认真组织学习实施方案》"),  # the 《 is closed
    (layout.join_broken_quotations, "认真学习《浙江省人民政府办公厅关于进一步加强\n（一）安全生产工作的实施意见》"),  # an outline heading
    (layout.join_broken_quotations, "认真学习《浙江省人民政府办公厅关于进一步加强\n安全生产工作，实施意见》"),  # a clause mark in the name
]


@pytest.mark.parametrize("rule,text_in,text_out", FIX, ids=[f"{r.__name__}:{a[:8]}" for r, a, _ in FIX])
def test_fixes(rule, text_in, text_out):
    assert run_rule(rule, text_in) == text_out


@pytest.mark.parametrize("rule,text", KEEP, ids=[f"{r.__name__}:{t[:8]}" for r, t in KEEP])
def test_must_not_change(rule, text):
    assert run_rule(rule, text) == text


@pytest.mark.parametrize("text_in,text_out", [
    ("福州市卫生健康委员会\n2021329日", "福州市卫生健康委员会\n2021年3月29日"),
    ("自2021年7月起，71日起实施家庭医生签约", "自2021年7月起，7月1日起实施家庭医生签约"),
    ("稳妥处置0404突发疫情。44日凌晨2时接到报告", "稳妥处置0404突发疫情。4月4日凌晨2时接到报告"),
    ("于1230日召开", "于12月30日召开"),
    ("于2021101日召开", "于2021年10月1日召开"),
    ("做好健康管理，71日起，家庭医生签约", "做好健康管理，7月1日起，家庭医生签约"),  # a clause of its own
    ("做好健康管理,71日起,家庭医生签约", "做好健康管理,7月1日起,家庭医生签约"),
    ("本办法自71日起施行。", "本办法自7月1日起施行。"),
    ("各单位于415日前报送。", "各单位于4月15日前报送。"),          # 于…前: a deadline
    ("截至1231日，全市完成投资。", "截至12月31日，全市完成投资。"),
    ("会议定于1230日上午召开。", "会议定于12月30日上午召开。"),
    ("1215日（星期三）召开", "12月15日（星期三）召开"),
    ("2021年12月起，1215日起实施新标准", "2021年12月起，12月15日起实施新标准"),  # the month agrees
    ("自2021年1月1日至1231日开展专项行动", "自2021年1月1日至12月31日开展专项行动"),  # a range from a date
    ("1230日至2022年1月5日，开展行动", "12月30日至2022年1月5日，开展行动"),
    ("于1230日在北京召开", "于12月30日在北京召开"),
    ("到1231日止，全部完成", "到12月31日止，全部完成"),
    ("新规1201日起实施", "新规12月1日起实施"),
    ("2021年办法\n于2021 329日召开", "2021年办法\n于2021年3月29日召开"),  # a space where 年/月 was
    ("南湖区卫生健康局\n2020\u300018日", "南湖区卫生健康局\n2020年1月8日"),
    ("2021年办法\n自2021年415起施行", "2021年办法\n自2021年4月15日起施行"),  # 月 and 日 lost
    ("南湖区市场监督管理局\n2020年221", "南湖区市场监督管理局\n2020年2月21日"),  # a dateline under the signer
])
def test_compacted_dates_fixed(text_in, text_out):
    assert run_rule(lambda t: date.repair_compacted_dates(t, Context()), text_in) == text_out


@pytest.mark.parametrize("text", [
    "稳妥处置0404突发疫情", "2021年3月29日", "3月19日至20日", "二〇二一年三月二十九日", "持续71日", "历时120日完成",
    "完成时限为120日", "100日攻坚行动", "2021年11月2日", "日均1200人",
    # counts of days in 办法/细则 and 营商环境 wording: a duration word, a range, 内/后 after
    "2021年办法\n审批时限由60日压缩至45日。", "企业开办时间由5日压缩至45日以内。",
    "不动产登记办理时限从45日压缩至35日。", "2021年办法\n承租人应当在合同期满45日前提出续租申请。",
    "应当在有效期届满120日前向原发证机关申请延续。", "2021年办法\n审查期限延长至120日。",
    "2021年办法\n审批时限一般为30—45日。", "公示期为15至45日。", "期限为45日至60日。", "应当于45日内作出决定。",
    "公示期满45日后无异议的，予以登记。", "公示期从45日起算。", "审批时间缩短至45日，", "3月起，45日后无异议的",
    "整改期限为120日，自2021年3月1日起计算", "最长不超过90日。", "办理时限压减到45日",
    "3月5日～37日", "2021年3月12日至41日", "2021年10月1日－32日",  # a range end no month has: flagged elsewhere
    "2021年工作\n2021年415万元，2020年221，2021年245家", "2021年通知\n联系人：王某\n2020年221",  # figures per year, no date's place
])
def test_dates_that_stay(text):
    assert list(date.repair_compacted_dates(text, Context())) == []


@pytest.mark.parametrize("text_in,text_out", [
    ("于2021年415日前报送", "于2021年4月15日前报送"),            # 月 lost: one split
    ("——2003年35日在第十届全国人民代表大会", "——2003年3月5日在第十届全国人民代表大会"),
    ("从2004年71日起，提高标准", "从2004年7月1日起，提高标准"),
    ("于2021年101日召开", "于2021年10月1日召开"),                # 1月01日 is no reading: no padding
    ("于2021年1012日召开", "于2021年10月12日召开"),              # four digits are MMDD
    ("于２０２１年３２９日召开", "于2021年3月29日召开"),          # full-width digits
    ("南湖区应急管理局\n20191210日", "南湖区应急管理局\n2019年12月10日"),
])
def test_dates_that_lost_yue_are_fixed(text_in, text_out):
    assert run_rule(lambda t: date.repair_compacted_dates(t, Context()), text_in) == text_out


@pytest.mark.parametrize("text_in,text_out", [
    ("各单位于20210415前报送。", "各单位于2021年4月15日前报送。"),
    ("本办法自20211001起施行。", "本办法自2021年10月1日起施行。"),
    ("截至20210331，全市完成投资。", "截至2021年3月31日，全市完成投资。"),
    ("发布日期：20210329\n正文", "发布日期：2021年3月29日\n正文"),
    ("会议定于２０２１０４１５召开。", "会议定于2021年4月15日召开。"),
    ("请认真贯彻落实。\n江岭市交通运输局\n20210426", "请认真贯彻落实。\n江岭市交通运输局\n2021年4月26日"),
    ("请认真贯彻落实。\n江岭市交通运输局\n（20210426）\n", "请认真贯彻落实。\n江岭市交通运输局\n（2021年4月26日）\n"),
    ("20210426，市政府召开常务会议。", "2021年4月26日，市政府召开常务会议。"),
    ("请认真贯彻落实。\n江岭市交通运输局 20210426", "请认真贯彻落实。\n江岭市交通运输局 2021年4月26日"),
    ("本通知自 20210501 起施行", "本通知自 2021年5月1日 起施行"),
    ("办理时间：20210329—20210415", "办理时间：2021年3月29日—2021年4月15日"),
    ("于20210329在市政府召开会议。", "于2021年3月29日在市政府召开会议。"),
    ("自20210301至20210331，开展专项行动。", "自2021年3月1日至2021年3月31日，开展专项行动。"),
    ("2021年3月1日起施行\n（20210301）", "2021年3月1日起施行\n（2021年3月1日）"),  # a dateline under the title
    ("请认真贯彻落实。\n南湖区人民政府办公室\n20210426", "请认真贯彻落实。\n南湖区人民政府办公室\n2021年4月26日"),
    ("会议于20210329召开。", "会议于2021年3月29日召开。"),
    ("各单位于20210415将材料报送。", "各单位于2021年4月15日将材料报送。"),  # 单位于: 于 after a noun
    ("市人大于20210301召开会议。", "市人大于2021年3月1日召开会议。"),
    ("于20210301组织开展检查。", "于2021年3月1日组织开展检查。"),
    ("有效期至20211231。", "有效期至2021年12月31日。"),
    ("1.动员部署阶段（20210501至5月15日）。", "1.动员部署阶段（2021年5月1日至5月15日）。"),  # a range to a date
    ("缴费工作，20230901至12月31日集中征缴", "缴费工作，2023年9月1日至12月31日集中征缴"),
    ("请认真贯彻落实。\n江岭市防汛抗旱指挥部办公室（印）\n20210426",
     "请认真贯彻落实。\n江岭市防汛抗旱指挥部办公室（印）\n2021年4月26日"),
    ("2021年通知\n特此通知。\n20210426", "2021年通知\n特此通知。\n2021年4月26日"),
    ("请认真贯彻落实。\n中共江岭市委办公室\u3000江岭市人民政府办公室\n20210426",
     "请认真贯彻落实。\n中共江岭市委办公室\u3000江岭市人民政府办公室\n2021年4月26日"),
])
def test_eight_digit_dates_in_a_date_place_are_fixed(text_in, text_out):
    assert run_rule(lambda t: date.expand_eight_digit_dates(t, Context()), text_in) == text_out


@pytest.mark.parametrize("text", [
    "联系电话：20210329，传真：20210330。", "京ICP备20210329号", "索引号：20210329", "第20210329号",
    "共计20210329元。", "详见http://www.gov.cn/t20210329_123.html，请查阅", "附件20210329.pdf",
    "身份证号：20210329，编号20210329前。", "项目20210329个", "增长20210329.5%", "文号20210329",
    "请于20211345前报送", "共有20210329人参加", "0591-20210329", "编码：20210329",
    "合计：20210329，其中", "请认真贯彻落实。\n共计 20210426",
    "编号20210501至20210515", "共计20210501至3000万元",  # a code's range, a figure before 至 not followed by a date
    "20210329日",  # the 日 form is repair_compacted_dates' case
    # amounts and counts: a unit or a noun after, 于 of a comparison, 至 of a quantity verb
    "2021年工作总结\n项目投资总额不低于20210510元。", "全市常住人口增长至20201130人。",
    "单笔金额高于20210101元的须报批。", "不低于20210510，", "常住人口增长至20201130。", "用于20210329万元",
    "于20210329户家庭", "截至20210331家企业",
    # serial and phone numbers on lines of their own, in lists, before 版/期
    "2021年通知\n联系人：王某某\n20211215", "2021年通知\n采购项目编号如下：\n20211215，20211216。",
    "2021年工作\n升级至V2021.03版本，发布20210329版。", "2021年通知\n20211215，为本次采购项目编号。",
    "2021年通知\n联系方式：\n20211215", "2021年通知\n请拨打咨询电话\n20211215", "2021年通知\n第20211215期",
    "2021年通知\n采购项目编号如下：\n20211215\n20211216",
    "不大于20210301，", "2021年通知\n特此通知。\n联系人：王某\n20210426",
])
def test_eight_digits_that_stay(text):
    assert list(date.expand_eight_digit_dates(text, Context())) == []


def test_eight_digit_year_must_fit_the_document():
    ctx = Context(metadata={"written_date": "2021-04-20"})
    assert run_rule(lambda t: date.expand_eight_digit_dates(t, ctx), "于19900415前") == "于19900415前"
    assert run_rule(lambda t: date.expand_eight_digit_dates(t, ctx), "2020年工作。于20200415前") == "2020年工作。于2020年4月15日前"


@pytest.mark.parametrize("text_in,text_out", [
    ("本办法自2021年10月1起施行。", "本办法自2021年10月1日起施行。"),
    ("各单位于2021年4月15前报送。", "各单位于2021年4月15日前报送。"),
    ("北屏市住房和城乡建设局\n2021年1月12", "北屏市住房和城乡建设局\n2021年1月12日"),
    ("截至2021年3月31，全市完成投资。", "截至2021年3月31日，全市完成投资。"),
    ("于2021年3月29召开会议。", "于2021年3月29日召开会议。"),             # before a verb
    ("自2021年3月29（星期一）起执行", "自2021年3月29日（星期一）起执行"),
    ("自2021年3月29至今", "自2021年3月29日至今"),
    ("于２０２１年３月２９起实施", "于２０２１年３月２９日起实施"),
])
def test_dates_that_lost_ri_are_fixed(text_in, text_out):
    assert run_rule(date.restore_day_mark, text_in) == text_out


@pytest.mark.parametrize("text", [
    "2021年3月29日—4月2日举行", "2021年3月29至31日举行", "2021年3月29—31日举行", "2021年3月29、30日两天",
    "2021年3月29和30日", "2021年3月29号", "2021年3月29 14:00开会", "2021年3月29个项目", "2021年2月30前",
    "2021年3月29—4月2日举行", "2021年3月", "二〇二一年三月二十九", "2021年3月29.5", "2021年3月29万元",
    "2021年3月12场活动", "2021年3月29-31日", "2021年3月29～4月2日", "2021年3月29，30日两天",
])
def test_full_dates_that_stay(text):
    assert list(date.restore_day_mark(text)) == []


@pytest.mark.parametrize("text_in,text_out", [
    ("2022以来，全市卫健系统", "2022年以来，全市卫健系统"),
    ("2021年工作。20213月起，全面推行", "2021年工作。2021年3月起，全面推行"),
    ("2021年工作。截至202112月底", "2021年工作。截至2021年12月底"),
    ("2021年工作。20213月29日召开", "2021年工作。2021年3月29日召开"),
    ("2021年工作。《2021度工作总结》", "2021年工作。《2021年度工作总结》"),
    ("2021度全市卫生健康工作要点\n2021年3月29日", "2021年度全市卫生健康工作要点\n2021年3月29日"),
    ("2021年工作。２０２１３月起", "2021年工作。２０２１年３月起"),
    ("2021年工作。202103月起", "2021年工作。2021年03月起"),
    ("2021年工作。到2020底前全面完成", "2021年工作。到2020年底前全面完成"),
    ("2021年工作。2021初，全市启动", "2021年工作。2021年初，全市启动"),
    ("2021年工作。截至2020末累计完成", "2021年工作。截至2020年末累计完成"),
    ("2021年工作。2021末全市常住人口", "2021年工作。2021年末全市常住人口"),
    ("2021年工作。印发《2021度部门预算》", "2021年工作。印发《2021年度部门预算》"),
    ("2015年工作\n2005底前注册营运的黄标车要全部淘汰", "2015年工作\n2005年底前注册营运的黄标车要全部淘汰"),
])
def test_years_that_lost_nian_are_fixed(text_in, text_out):
    assert run_rule(lambda t: date.insert_missing_year_mark(t, Context()), text_in) == text_out


@pytest.mark.parametrize("text", [
    "2022年以来，2021年底前，0404突发疫情", "用电2021度，节约用电2021度电", "202113月", "第20213月",
    "t20213月", "1202112月", "2021年3月", "2021年度工作", "共20213个月",
    # 初/底/度 words after a figure: 初步, 底数, 度以上 (kilowatt-hours)
    "2021年工作\n项目总投资2000初步估算。", "2021年工作\n摸清2020底数。", "2021年工作\n全年发电量2020度以上。",
    "2021年工作总结\n每户每月用电2021度左右。", "2021年工作\n坚守2020底线", "2021年工作\n2020初心不改",
    "2021年工作\n用电量2021度，", "2021年工作\n2020末端治理", "2021年工作\n1990底前",
])
def test_years_that_stay(text):
    assert list(date.insert_missing_year_mark(text, Context())) == []


def test_year_glued_to_month_must_fit_the_document():
    ctx = Context(metadata={"written_date": "2021-04-20"})
    assert list(date.insert_missing_year_mark("19903月起", ctx)) == []


def test_ambiguous_date_is_flagged_not_fixed():
    out = list(date.repair_compacted_dates("于2021112日召开", Context()))
    assert len(out) == 1 and isinstance(out[0], Flag)
    assert "1月12日" in out[0].reason and "11月2日" in out[0].reason


def test_ambiguous_date_with_nian_is_flagged_with_every_reading():
    out = list(date.repair_compacted_dates("梅山市交通运输局\n2023年118日", Context()))
    assert len(out) == 1 and isinstance(out[0], Flag)
    assert "2023年1月18日" in out[0].reason and "2023年11月8日" in out[0].reason


def test_date_year_must_fit_the_document():
    ctx = Context(metadata={"publish_date": "2021-03-30"})
    assert [e.new for e in date.repair_compacted_dates("1990329日", ctx)] == []
    assert [e.new for e in date.repair_compacted_dates("2021329日", ctx)] == ["2021年3月29日"]


def test_title_mark_restored_only_for_a_stated_title():
    doc = "关于印发2021年福州市卫生健康工作要点的通知\n2021年福州市卫生健康工作要点》已经研究通过。\n2021年福州市卫生健康工作要点"
    assert "《2021年福州市卫生健康工作要点》已经" in clean(doc).text
    ambiguous = "关于做好工作的通知\n根据市政府印发的实施方案》，结合实际制定本办法。"  # 《市政府…》 or 《实施方案》
    cleaned = clean(ambiguous)
    assert "《" not in cleaned.text
    assert any(f.rule == "quote.flag_unbalanced" and f.before == "》" for f in cleaned.findings)


LONE_CLOSE_FIXED = [
    ("根据中华人民共和国安全生产法》等有关规定，制定本办法。", "根据《中华人民共和国安全生产法》等有关规定，制定本办法。"),
    ("为做好工作，根据关于做好2024年普通高校毕业生就业创业工作的通知》有关部署，现通知如下：",
     "为做好工作，根据《关于做好2024年普通高校毕业生就业创业工作的通知》有关部署，现通知如下："),
    ("加强监管。落实药品经营质量管理规范》，检查药品零售企业215家。", "加强监管。落实《药品经营质量管理规范》，检查药品零售企业215家。"),
    ("认真贯彻落实关于实施乡村振兴战略的意见》精神。", "认真贯彻落实《关于实施乡村振兴战略的意见》精神。"),
    ("请于3月底前填写项目申报表》并报送。", "请于3月底前填写《项目申报表》并报送。"),
    ("依据《传染病防治法》、突发公共卫生事件应急条例》等规定。", "依据《传染病防治法》、《突发公共卫生事件应急条例》等规定。"),
    ("市政府印发的实施方案》已经研究通过。", "市政府印发的《实施方案》已经研究通过。"),
]
LONE_CLOSE_KEPT = [
    "根据市政府印发的实施方案》，结合实际制定本办法。",  # two starts: after 根据 or after 印发的
    "这是一个好消息》，请大家注意。",  # not a document's name
    "为做好2024年工作方案》的编制，现通知如下。",  # the clause opens with 为: a purpose, not a name
    "根据该法》规定。",  # too short to be a name
    "根据《浙江省人民政府办公厅关于进一步加强，\n安全生产工作的实施意见》要求",  # the title opened on the line before
]


@pytest.mark.parametrize("text_in,text_out", LONE_CLOSE_FIXED, ids=[t[:10] for t, _ in LONE_CLOSE_FIXED])
def test_lone_title_close_gets_its_opening(text_in, text_out):
    assert run_rule(quote.restore_title_mark, text_in) == text_out


@pytest.mark.parametrize("text", LONE_CLOSE_KEPT, ids=[t[:10] for t in LONE_CLOSE_KEPT])
def test_lone_title_close_without_one_start_stays(text):
    assert run_rule(quote.restore_title_mark, text) == text


@pytest.mark.parametrize("text,flagged", [
    ("大力培育医心党建”“健康学院”等特色品牌。", ["”"]),
    ("对标“发愤图强，重振雄工作要求。", ["“"]),
    ("进一步细化《卫生许可办事指南，大力推行服务。", ["《"]),
    ("增强“四个意识”、坚定“四个自信”、做到“两个维护”。", []),
    ("专科（学科）建设和“十四五”规划（2021—2025年）。", []),
    ("1）加强领导；2）压实责任。", []),
    ("他指出：“要加强领导。\n“要压实责任。”", []),  # a quotation of two paragraphs
    ("他指出：“要加强领导。\n“要完善制度。\n“要压实责任。”", []),
    ("他指出：“要加强领导。\n“十四五”时期要压实责任。", ["“"]),  # the next paragraph opens a quotation of its own
    ("他指出：“要加强领导。\n会议要求压实责任。", ["“"]),
])
def test_unbalanced_marks_are_flagged(text, flagged):
    assert [f.reason.split()[1] for f in quote.flag_unbalanced(text)] == flagged
    assert run_rule(quote.flag_unbalanced, text) == text  # flags never change text


def test_seed_examples_in_clean():
    from conftest import CLEAN

    t004 = (CLEAN / "004_31b9259bca1ca57b.txt").read_text(encoding="utf-8")
    assert "\n2021年3月29日\n" in t004 and "7月1日起" in t004
    assert "《2021年福州市卫生健康工作要点》已经市卫健委委务会议研究通过" in t004
    t001 = (CLEAN / "001_fceec2214bc8c208.txt").read_text(encoding="utf-8")
    assert "4月4日凌晨2时" in t001 and "2022年以来" in t001 and "0404突发疫情" in t001
    assert "\n六安市卫健委2022年度上半年工作总结及下半年工作安排\n" in t001
    assert t001.startswith("关于印发《六安市卫健委2022年度上半年工作总结及下半年工作安排》的通知\n")


@pytest.mark.parametrize("text_in,text_out", [
    ("于2021 年 3 月 29 日前报送", "于2021年3月29日前报送"),               # spaces inside a date
    ("青湾市文化广电旅游局\n2022年 4月 6日", "青湾市文化广电旅游局\n2022年4月6日"),
    ("于2021\u00a0年3\u2009月29 日召开", "于2021年3月29日召开"),
    ("并于2020年10曰29日前报市中医局。", "并于2020年10月29日前报市中医局。"),  # 曰 for 月 (seen in the wild)
    ("南湖区市场监督管理局\n2023年7月10目", "南湖区市场监督管理局\n2023年7月10日"),  # 目 for 日 (OCR)
    ("自2021午3月29日起施行", "自2021年3月29日起施行"),                 # OCR: 午 for 年
    ("截至2021年3月29\u2f47，全市", "截至2021年3月29日，全市"),          # a PDF's Kangxi radical
    ("2021年年3月29日召开", "2021年3月29日召开"),                       # a doubled mark
    ("2021年3月月29日召开", "2021年3月29日召开"),
    ("截至2021年3月29日日，全市", "截至2021年3月29日，全市"),
    ("１９９８年 ３月", "１９９８年３月"),
    ("南湖区应急管理局\n2019年12丹10日", "南湖区应急管理局\n2019年12月10日"),  # OCR: 丹 for 月
    ("于2021年3-29日召开", "于2021年3月29日召开"),                     # 月 lost, a separator in its place
    ("于2021年3/29日前报送", "于2021年3月29日前报送"),
    ("于2021年3 29日召开", "于2021年3月29日召开"),                      # 月 lost, a space in its place
    ("于2021年3\u3000\u300029日召开", "于2021年3月29日召开"),
])
def test_dates_with_damaged_marks_are_fixed(text_in, text_out):
    assert run_rule(date.repair_date_marks, text_in) == text_out


@pytest.mark.parametrize("text", [
    "2023年7月10目标任务", "于2021年3月10目录",  # 目 before a word is that word's
    "2021年3月29日日均客流", "2021年3月29日日报", "2021年13月 1日", "2021年2月 30日", "2021午3月", "2021年3目标",
    "2021年3月29日", "2021 年度工作", "自2021年3\u2f4929\u2f47起施行", "2021年3曰", "2021.3.29", "2021/03/29", "2021年 第3季度",
    "共2021人3月29日前到岗", "2021年底 3月", "v2021 年 3 月 29 日",
    "2021年3-5月", "2021年3 32日", "2021年1 2 3日", "2021年3-29", "2021年3.5亿元", "2021年3/29曰", "2021年12丹心", "2021年12丹10曰",
])
def test_dates_whose_marks_stay(text):
    assert list(date.repair_date_marks(text)) == []


@pytest.mark.parametrize("text,reading", [
    ("2021年工作。自021年10月1日起施行", "2021"),        # a year digit lost
    ("2021年工作。自20211年10月1日起施行", "2021"),      # a year digit doubled
    ("2021年工作。定于2021年13月5日", "no calendar date"),
    ("2021年工作。2021年29月3日召开", "2021年3月29日"),  # month and day swapped
    ("2021年工作。截至2021年2月30日", "no calendar date"),
    ("2021年工作。截至2021年3月92日", "2021年3月29日"),  # day digits transposed
])
def test_impossible_dates_are_flagged(text, reading):
    out = list(date.flag_impossible_dates(text, Context()))
    assert len(out) == 1 and isinstance(out[0], Flag) and reading in out[0].reason


@pytest.mark.parametrize("text", [
    "2021年3月29日", "2020年2月29日", "公元618年3月", "唐贞观二年", "2021年工作。共有12345年3月", "第202年3月1日",
    "2021年工作。1000年3月1日", "2021年12月31日", "2021年工作\n项目编号20211年3月",
])
def test_possible_dates_are_not_flagged(text):
    assert list(date.flag_impossible_dates(text, Context())) == []


def test_year_replaced_by_a_space_gets_its_mark():
    assert run_rule(lambda t: date.insert_missing_year_mark(t, Context()), "2021年工作。于2021 4月15日前") == \
        "2021年工作。于2021年4月15日前"
    assert list(date.insert_missing_year_mark("2021年工作。2020 2021 3月", Context())) == []


# round 3: quotation and title marks the wrong way round, doubled, or single at the top level
QUOTE_PAIRS_FIXED = [
    ("推进\u201d两客一危\u201c整治", "推进\u201c两客一危\u201d整治"),
    ("推进\u201c两客一危\u201c整治，开展\u201c双随机\u201d检查", "推进\u201c两客一危\u201d整治，开展\u201c双随机\u201d检查"),
    ("推进\u201d两客一危\u201d整治", "推进\u201c两客一危\u201d整治"),
    ("深化\u2018放管服\u2019改革", "深化\u201c放管服\u201d改革"),
    ("根据\u300b安全生产法\u300a规定", "根据\u300a安全生产法\u300b规定"),
    ("印发\u300a\u300a实施方案\u300b的通知", "印发\u300a实施方案\u300b的通知"),
    ("印发\u300a实施方案\u300b\u300b的通知", "印发\u300a实施方案\u300b的通知"),
    ("根据\u300a安全生产法\u300a规定", "根据\u300a安全生产法\u300b规定"),
    ("根据<<安全生产法\u300b规定", "根据\u300a安全生产法\u300b规定"),
    ("根据\u300a安全生产法>>规定", "根据\u300a安全生产法\u300b规定"),
    ("落实\u300a中国制造2025\u300b和\u2018双创\u2019政策，推动\u201c互联网+\u201d", "落实\u300a中国制造2025\u300b和\u201c双创\u201d政策，推动\u201c互联网+\u201d"),
]
QUOTE_PAIRS_KEPT = [
    "他说：\u201c要落实\u2018三个必须\u2019要求。\u201d",  # single marks nested in double ones
    "\u201c第一段引文开始。",  # a quotation that runs on to the next paragraph
    "\u201c甲\u201d和\u201c乙\u201d丙\u201c",  # odd: left to the flag
    "\u201d一句话说完了。然后又开始\u201c",  # a sentence end inside: not a short phrase
    "It\u2019s the \u2018best\u2019 one",  # English apostrophes
    "\u300a中华人民共和国\u300a宪法\u300b\u300b",  # a title nested in a title (already pairs)
    "\u300a规划\u300b和\u300a方案\u300b",
    "if a << 2 and b \u300b c",  # a shift in code: no short Chinese phrase
    "\u201c他说\u2018好\u2019\u201d",  # single inside double
]


@pytest.mark.parametrize("text_in,text_out", QUOTE_PAIRS_FIXED)
def test_quote_pairs_the_wrong_way_are_fixed(text_in, text_out):
    from cleaner.edits import apply
    from cleaner.rules import quote as quotepairs
    edits = list(quotepairs.repair_quote_pairs(text_in))
    text = apply(text_in, edits)
    assert apply(text, list(quotepairs.repair_title_pairs(text))) == text_out


@pytest.mark.parametrize("text", QUOTE_PAIRS_KEPT)
def test_quote_pairs_that_stay(text):
    from cleaner.rules import quote as quotepairs
    assert list(quotepairs.repair_quote_pairs(text)) == [] and list(quotepairs.repair_title_pairs(text)) == []


QUOTED_TITLE_FLAGGED = [
    "根据\u201c关于做好2024年普通高校毕业生就业创业工作的通知\u201d有关部署",
    "认真落实了\u201c中华人民共和国安全生产法\u201d规定",
]
QUOTED_TITLE_KEPT = [
    "开展\u201c安全生产月\u201d活动，落实\u201c三个必须\u201d要求",
    "实施\u201c学前教育三年行动计划\u201d",  # a programme's name, quoted rightly
    "他说\u201c关于这件事的意见\u201d",  # no citing verb before it
    "根据\u300a关于加强安全生产工作的意见\u300b",
]


@pytest.mark.parametrize("text", QUOTED_TITLE_FLAGGED)
def test_document_name_in_quotes_is_flagged(text):
    from cleaner.rules import quote
    assert len(list(quote.flag_quoted_titles(text))) == 1


@pytest.mark.parametrize("text", QUOTED_TITLE_KEPT)
def test_quotes_that_are_not_a_document_name_stay(text):
    from cleaner.rules import quote
    assert list(quote.flag_quoted_titles(text)) == []


@pytest.mark.parametrize("text,flagged", [
    ("会议于2021年29日3月召开", "2021年29日3月"),           # 月 and 日 swapped
    ("会议于2021年3日29月召开", "2021年3日29月"),
    ("会议定于2021\u30023\u300229\u3002", "2021\u30023\u300229"),  # the marks became full stops
    ("截至2021\uff0c3\uff0c29前报送", "2021\uff0c3\uff0c29"),
    ("活动时间为3月1日\u201435日", "35日"),                 # a range end no month has
    ("3月12日至41日报名", "41日"),
])
def test_broken_date_marks_are_flagged(text, flagged):
    out = list(date.flag_broken_date_marks(text))
    assert [text[f.start:f.end] for f in out] == [flagged]


@pytest.mark.parametrize("text", [
    "2021年3月29日召开", "3月1日\u20145日", "3月1日至31日", "审批时限由60日压缩至45日", "第1日至45日内办结",
    "分别为2021\u30013\u30015家", "2019\u30012020\u30012021年", "共2021\uff0c3\uff0c29个", "2021年3日至5月",
    "2021\u30023\u300245亿元", "2021年14日13月",
])
def test_dates_with_right_marks_are_not_flagged(text):
    assert list(date.flag_broken_date_marks(text)) == []
