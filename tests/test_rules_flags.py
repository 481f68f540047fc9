"""figure and garbled: flag tables (must flag / must not flag), the seed examples end to end,
and the reference reports as a false-alarm guard."""

from __future__ import annotations

import pytest

from cleaner import io
from cleaner.pipeline import clean
from cleaner.rules import figure, garbled
from cleaner.types import Edit
from conftest import RAW, WILD

# (rule, text, the flagged span's text)
MUST_FLAG = [
    # counts without a measure word (seed 001)
    (figure.flag_missing_measure_words, "“百千万”工程深入推进81医务人员下沉基层", "81医务人员"),
    (figure.flag_missing_measure_words, "妥善做好泗县、怀远等地转来4997风险人员隔离安置", "4997风险人员"),
    (figure.flag_missing_measure_words, "登记金额160.17亿元其中签约项目13登记金额34.35亿元", "13登记金额"),
    (figure.flag_missing_measure_words, "开工项目60登记金额110.96亿元", "60登记金额"),
    (figure.flag_missing_measure_words, "累计派出检测车11采样人员400人次", "11采样人员"),
    (figure.flag_missing_measure_words, "并于2020年10曰29日前报市中医局", "10曰"),  # 曰 for 月
    # ... by the shape of the clause: a sibling keeps its measure word, a counting word, the document's own usage
    (figure.flag_missing_measure_words, "即至少1次政策宣介、3个岗位推荐和1职业指导或培训机会", "1职业指导"),
    (figure.flag_missing_measure_words, "发展。1410县级和250个省、市（地）级疾病预防控制中心", "1410县"),
    (figure.flag_missing_measure_words, "改造和新建2.3万所乡镇卫生院、1500县医院、500所县中医院", "1500县"),
    (figure.flag_missing_measure_words, "市局将成立5督导组，采取“四不两直”方式", "5督导组"),
    (figure.flag_missing_measure_words, "钢铁、煤炭、水泥等11行业结构调整", "11行业结构"),
    (figure.flag_missing_measure_words, "清洁能源比重提高1.7个百分点，煤炭比重下降2百分点。", "2百分点"),
    (figure.flag_missing_measure_words, "已有25个县实现目标。另有攻坚县已有317县实现目标", "317县"),
    (figure.flag_missing_measure_words, "企业开办时间压缩至1工作日以内", "1工作日以"),
    (figure.flag_missing_measure_words, "现有医院12家、社区卫生服务中心9、村卫生室158家。", "9"),
    # amounts
    (figure.flag_implausible_amounts, "总投资46525万元，其中：开工建设项目7个，总投资1.4025万元；", "1.4025万元"),
    (figure.flag_implausible_amounts, "安排补助资金3.12345亿元。", "3.12345亿元"),
    (figure.flag_broken_numbers, "完成投资1.40.25万元，新建道路46 525条", "1.40.25"),  # not a clause number
    (figure.flag_impossible_percentages, "互联网普及率达到118%。", "普及率达到118%"),  # only telephones pass 100
    (figure.flag_impossible_percentages, "参保率、覆盖率分别达到98%、105%。", "覆盖率分别达到98%、105%"),  # 、 between figures
    (figure.flag_impossible_percentages, "耕地占全市面积的112%。", "占全市面积的112%"),
    (figure.flag_missing_measure_words, "对135企业开展检查。", "135企业开展"),  # 对 with a counted noun
    (figure.flag_implausible_amounts, "总投资500亿元，其中一期工程投资2.125万元。", "2.125万元"),
    (figure.flag_implausible_amounts, "从2003年到2006年年均超收2040亿元，其中去年超收2.573亿元。", "2.573亿元"),
    (figure.flag_implausible_amounts, "中央财政赤字8500亿元，代地方发债3.500亿元。", "3.500亿元"),  # zero-padded
    (figure.flag_implausible_amounts, "全区现有医疗卫生机构286家，其中医院12.5家。", "12.5家"),  # a fraction of a whole count
    # parts and totals
    (figure.flag_parts_exceeding_total, "全市共有医疗机构120家，其中医院150家。", "150家"),
    (figure.flag_parts_exceeding_total, "累计接种30万人，其中老年人18万人，儿童14万人。", "14万人"),
    (figure.flag_parts_exceeding_total, "达20.9万管，其中移动核酸检测1.4万管，固定核酸检测21.5万管。", "21.5万管"),
    # 其中 linked to the last total of its unit, past a share and across a sentence boundary
    (figure.flag_parts_exceeding_total, "已偿还拖欠工程款1834亿元，占历史拖欠的98.6%，其中清付农民工工资3513亿元。", "3513亿元"),
    (figure.flag_parts_exceeding_total, "全区现有医疗卫生机构286家。其中医院588家、村卫生室158家。", "588家"),
    (figure.flag_parts_exceeding_total, "总投资1,234万元，其中省级补助1,500万元。", "1,500万元"),  # thousands read whole
    (figure.flag_parts_exceeding_total, "新增市场主体4862户，其中企业11357户、个体工商户3487户。", "11357户"),
    # right after a change, with parts that add up to no total
    (figure.flag_parts_exceeding_total, ("今年拟安排财政赤字1.2万亿元，比去年预算增加4000亿元，其中中央财政赤字5785亿元，"
                                         "代地方发债3500亿元。"), "4000亿元，其中中央财政赤字5785亿元，代地方发债3500亿元"),
    # shares above 100%
    (figure.flag_impossible_percentages, "家庭医生签约服务覆盖率达120%。", "覆盖率达120%"),
    (figure.flag_impossible_percentages, "居民健康素养知晓率为101.5%，", "知晓率为101.5%"),
    (figure.flag_impossible_percentages, "中医药服务占比105%。", "占比105%"),
    # every share-type rate, any level in its clause
    (figure.flag_impossible_percentages, "污水集中处理率达到110.8%，", "处理率达到110.8%"),
    (figure.flag_impossible_percentages, "确保车辆入网率、上线率均达到158%。", "上线率均达到158%"),
    (figure.flag_impossible_percentages, "教育经费占国内生产总值比例继续超过136.7%。", "比例继续超过136.7%"),
    (figure.flag_impossible_percentages, "服务业增加值比重由138.2%提高到48.2%", "比重由138.2%"),
    (figure.flag_impossible_percentages, "参保率稳定在120%以上", "参保率稳定在120%"),
    (figure.flag_impossible_percentages, "财政性教育经费占国内生产总值的104%。", "占国内生产总值的104%"),
    (figure.flag_impossible_percentages, "农村卫生厕所普及率：105%，", "普及率：105%"),
    (figure.flag_impossible_percentages, "实现120%的覆盖率。", "120%的覆盖率"),
    # broken numbers
    (figure.flag_broken_numbers, "总投资46 525万元。", "46 525"),
    (figure.flag_broken_numbers, "完成投资1. 5亿元。", "1. 5"),
    (figure.flag_broken_numbers, "建成2O0个站点。", "2O0"),
    # garbled
    (garbled.flag_symbol_runs, "构建“乡~~市”三级转诊网络", "~~"),
    (garbled.flag_symbol_runs, "由某□□同志负责", "□□"),
    (garbled.flag_symbol_runs, "由某□同志负责", "□"),  # one box, no option word beside another
    (garbled.flag_symbol_runs, "加强__建设", "__"),  # two underscores: no line to write on
    (garbled.flag_empty_brackets, "做好中高风险地区来（）人员报备", "（）"),
    (garbled.flag_empty_brackets, "做好中高风险地区来()人员报备", "()"),
    (garbled.flag_question_marks_in_words, "国务院总理?李克强", "?"),
    (garbled.flag_question_marks_in_words, "召开??会议", "??"),
    (garbled.flag_question_marks_in_words, "超额完成年度目????务，", "????"),
    (garbled.flag_question_marks_in_words, "推进政府机构改革??。", "??"),  # a run closing a clause that asks nothing
    (garbled.flag_question_marks_in_words, "答：国务院总理?李克强", "?"),  # an answer asks nothing
    (garbled.flag_question_marks_in_words, "深入开展？？？行动", "？？？"),  # widened elsewhere, still lost characters
    (garbled.flag_mojibake, "居民电子健" + "康档".encode("gbk").decode("latin-1") + "案", "¿µµµ"),
    (garbled.flag_mojibake, "为离校未就业高" + "校毕业".encode("gbk")[:-1].decode("latin-1") + "生", "Ð£±ÏÒ"),
    (garbled.flag_replacement_characters, "会议\ufffd\ufffd召开", "\ufffd\ufffd"),
    (garbled.flag_replacement_characters, "标题锟斤拷锟斤拷正文", "锟斤拷锟斤拷"),
    (garbled.flag_private_use_characters, "编号\ue000号", "\ue000"),
    (garbled.flag_mojibake, "正文" + "发布时间：2021年".encode("utf-8").decode("gbk", errors="replace"),
     "鍙戝竷鏃堕棿锛\ufffd"),
    # figures malformed in themselves (round 2): doubled multipliers, bad groups, minus counts, fractions of counts
    (figure.flag_broken_numbers, "下达专项资金3500万万元。", "3500万万元"),
    (figure.flag_broken_numbers, "累计投入1.2亿亿元，发放补贴86万元元。", "1.2亿亿元"),
    (figure.flag_broken_numbers, "发放补贴86万元元。", "86万元元"),
    (figure.flag_broken_numbers, "完成投资68,50万元。", "68,50"),
    (figure.flag_broken_numbers, "服务群众1,23万人次。", "1,23"),
    (figure.flag_broken_numbers, "拨付资金12\uff0c3456元。", "12\uff0c3456"),
    (figure.flag_broken_numbers, "全年新增-12家市场主体。", "-12家"),
    (figure.flag_broken_numbers, "培训基层干部\uff0d300人。", "\uff0d300人"),
    (figure.flag_broken_numbers, "应当在发现之日起\u22125个工作日内报告。", "\u22125个"),
    (figure.flag_broken_numbers, "今年培训乡村医生12.8人，", "12.8人"),
    (figure.flag_broken_numbers, "取消评比达标表彰项目2.9项。", "2.9项"),  # 评比 is no ratio
    (figure.flag_missing_measure_words, "完成5社区卫生服务中心提档升级。", "5社区卫生"),  # 社区, not terse 社
    # shares above 100% in other phrasings
    (figure.flag_impossible_percentages, "耕地面积占全国总数的135\uff05。", "占全国总数的135\uff05"),
    (figure.flag_impossible_percentages, "县域内就诊率达到112%。", "就诊率达到112%"),
    # garbled (round 2): encodings, fills, placeholders, control pictures, escapes
    (garbled.flag_mojibake, "计划实" + "施".encode("utf-8").decode("cp1252") + "老旧小区改造", "æ–½"),
    (garbled.flag_replacement_characters, "加强烫烫烫烫建设，屯屯屯工作", "烫烫烫烫"),
    (garbled.flag_symbol_runs, "加强◆◆建设", "◆◆"),
    (garbled.flag_symbol_runs, "深化※※※改革，推进●●。", "※※※"),
    (garbled.flag_symbol_runs, "推进●●。", "●●"),
    (garbled.flag_symbol_runs, "开展\uff0a\uff0a行动", "\uff0a\uff0a"),
    (garbled.flag_private_use_characters, "加强\u240d\u240a建设", "\u240d\u240a"),
    (garbled.flag_private_use_characters, "推进\u2400工作", "\u2400"),
    (garbled.flag_undecoded_residue, "加强\\u5efa\\u8bbe工作", "\\u5efa\\u8bbe"),
    (garbled.flag_undecoded_residue, "协调好决策、执行\\xe5\\x92\\x8c监督", "\\xe5\\x92\\x8c"),
    (garbled.flag_undecoded_residue, "更好为%E4%BA%BA民服务", "%E4%BA%BA"),
    (garbled.flag_undecoded_residue, "推进{{item.name}}建设", "{{item.name}}"),
    (garbled.flag_undecoded_residue, "关于${title}的通知", "${title}"),
    (garbled.flag_undecoded_residue, "发布时间：undefined", "undefined"),
    (garbled.flag_undecoded_residue, "共计NaN人参加", "NaN"),
    (garbled.flag_undecoded_residue, "来源：[object Object]", "[object Object]"),
    (garbled.flag_private_use_characters, "加强\uff7c\uff93\uff87\uff7f建设", "\uff7c\uff93\uff87\uff7f"),  # GBK as Shift-JIS
    (garbled.flag_private_use_characters, "推进\u0301\u0308工作", "\u0301\u0308"),  # combining marks on Han
    (garbled.flag_private_use_characters, "开展\u3013\u3013活动", "\u3013\u3013"),  # geta marks for lost glyphs
    (garbled.flag_private_use_characters, "招\u01b8\u04bd务人员", "\u01b8\u04bd"),  # GBK read as UTF-8
    (garbled.flag_private_use_characters, "严\u250d\u252f\u254b侵害", "\u250d\u252f\u254b"),  # box pieces
    (garbled.flag_private_use_characters, "加\ud4fb\u6f23\ub9ac법工作", "\ud4fb"),  # GBK read as EUC-KR
    (garbled.flag_private_use_characters, "完善大病保险和\u3105\u3122疗救助", "\u3105\u3122"),  # bopomofo
    (garbled.flag_undecoded_residue, "保持货币<br/>信贷合理增长", "<br/>"),
    (garbled.flag_undecoded_residue, '促进养老<span style="font-size:14pt">消费', '<span style="font-size:14pt">'),
    (garbled.flag_undecoded_residue, '定期开展class="MsoNormal"检查', 'class="MsoNormal"'),
]

# (rule, text): correct figures and text that must raise nothing
MUST_NOT_FLAG = [
    (figure.flag_parts_exceeding_total, "全市日最大单管核酸检测能力达20.9万管，其中移动核酸检测1.4万管，固定核酸检测19.5万管；"),
    (figure.flag_parts_exceeding_total, "登记金额160.17亿元其中签约项目13登记金额34.35亿元；开工项目60登记金额110.96亿元；投产项目14登记金额14.86亿元纳统项目35个，纳统登记金额85亿元。"),
    (figure.flag_parts_exceeding_total, "从2003年到2006年年均超收2040亿元，其中去年超收2573亿元。"),  # an average is no total
    (figure.flag_parts_exceeding_total, "财政赤字1.2万亿元，比去年预算增加4000亿元，其中中央财政赤字8500亿元。"),  # a change
    (figure.flag_parts_exceeding_total, "筹资标准由每人每年50元提高到100元，其中财政补助标准由40元提高到80元。"),
    (figure.flag_parts_exceeding_total, "新增铁路1.97万公里，其中高速铁路8951公里；新增公路60.9万公里，其中高速公路4.2万公里。"),
    (figure.flag_impossible_percentages, "新冠疫苗全程免疫368.7万人，其中60岁以上人群接种率95.65%，完成率109.5%，排名全省第三。"),
    (figure.flag_impossible_percentages, "农村适龄妇女宫颈癌筛查50672人、完成率103.51%，增长率120%。"),
    (figure.flag_impossible_percentages, "城市医联体新增街道社区覆盖率达100%。"),
    (figure.flag_impossible_percentages, "覆盖率比上年提高120%。"),  # a relative change
    (figure.flag_impossible_percentages, "高中阶段毛入学率达到102%，病床使用率105%，拨备覆盖率达到208%。"),  # can pass 100
    (figure.flag_impossible_percentages, "提高工作效率120%，比例尺1:1000，占比提高12个百分点。"),
    (figure.flag_parts_exceeding_total, "赤字13500亿元，比上年增加1500亿元，其中中央财政赤字9500亿元，由中央代地方发债4000亿元。"),
    (figure.flag_parts_exceeding_total, "新增公路60.9万公里，其中高速公路4.2万公里，高速公路总里程达9.56万公里。"),
    (figure.flag_parts_exceeding_total, "新增市场主体4862户，其中企业1375户、个体工商户3487户，市场主体总量达到5.86万户。"),
    (figure.flag_parts_exceeding_total, "行政处罚60户次，其中，罚款36户次，警告29户次，责改46户次。"),  # events overlap
    (figure.flag_parts_exceeding_total, "累计报告确诊病例504例，累计出院228例。其中：确诊病例中，鹿城区68例、乐清市170例；"),
    (figure.flag_parts_exceeding_total, "超过5000家企业参与，其中民营企业5200家。"),  # a lower bound is no total
    (figure.flag_implausible_amounts, "登记金额160.17亿元，累计检测1830.2万人次，投资1.25亿元。"),
    (figure.flag_missing_measure_words, "组建35支流调队伍、94支小分队；建设储备集中隔离点181个、隔离房间29100间；"),
    (figure.flag_missing_measure_words, "全力做好0404突发疫情处置，拨打12345热线，实施985工程。"),
    (figure.flag_missing_measure_words, "加强数字政府2.0建设，油菜产量实现“18连增”，“保7争6”。"),
    (figure.flag_missing_measure_words, "收入倍差从1.96缩小至1.81，国道318川藏线，附表2北京市名单。"),
    (figure.flag_missing_measure_words, "截至6月30日，2022年以来，3岁以下婴幼儿，24小时值守，8英寸晶圆，第3季度。"),
    (figure.flag_missing_measure_words, "COVID-19疫情，H7N9禽流感，5G基站，“1+X”证书，7×24小时。"),
    # terse counts, tallies, names and item references
    (figure.flag_missing_measure_words, "玉树3县5乡“大电网”，国考10市PM2.5浓度，40桥24隧，空气质量3优25良。"),
    (figure.flag_missing_measure_words, "昇腾384超节点集群，优化365展贸网，升级建设12355青少年服务台。"),
    (figure.flag_missing_measure_words, "上述1应提供证书复印件，2、3仅提供补充材料。"),
    (figure.flag_missing_measure_words, "省林草局等6部门联合印发，支持985高校，今年1、2月份，分别为3、5、8家。"),
    (figure.flag_missing_measure_words, "占比分别提高15、22个百分点，累计认定134个，第3季度，附件2、表1。"),
    (figure.flag_broken_numbers, "发布时间：2020-12-22 来源：市卫健委，会议于14:30召开，共1,200人。"),
    (figure.flag_broken_numbers, "1.加强监测 2.规范管理"),
    (figure.flag_broken_numbers, "按照《建筑设计防火规范》第5.5.17条执行。依据GB50016第3.2.1条规定，升级至3.1.2版。"),
    (figure.flag_impossible_percentages, "生猪出栏率达到165%。移动电话普及率达到118%。"),  # ratios to another stock
    (figure.flag_impossible_percentages, "我市在全省率先完成全年目标任务的120%。"),  # 率先: no rate
    (figure.flag_impossible_percentages, "城镇化率达到60%、地区生产总值为上年的108%。"),  # 、 opens the next item
    (figure.flag_impossible_percentages, "一季度工业产值占上年同期的112%。"),  # a ratio to the year before
    (figure.flag_missing_measure_words, "在318国道沿线建设服务区2个。在798艺术区举办展览3场。"),  # names' numbers
    (figure.flag_missing_measure_words, "对10086客服热线开展检查。杭绍甬高速公路项目1标段已完成路基施工。"),
    (garbled.flag_symbol_runs, "北京~上海线路，3~5年，Markdown **粗体**"),
    (garbled.flag_symbol_runs, "市人民政府\n二○二一年三月二十九日，二○○八年"),  # ○ for zero among numerals
    (garbled.flag_symbol_runs, "是否党员：是□否□\n性别：男□女□，□同意□不同意"),  # check boxes
    (garbled.flag_symbol_runs, "兹有____同志前往贵单位联系工作。"),  # a line to write on
    (garbled.flag_empty_brackets, "是否同意（  ）。签名：____"),
    (garbled.flag_question_marks_in_words, "怎么办？我们要坚持。What? OK"),
    (garbled.flag_question_marks_in_words, "为什么要这样做??。是否可行?见http://a.cn/?a=1"),
    (garbled.flag_question_marks_in_words, "问：能否线上办理?答：可以。问：可否委托他人代办？？答：可以。"),
    (garbled.flag_question_marks_in_words, "1.问：需要带身份证?答：需要。"),  # a 问： label opens the question
    (garbled.flag_mojibake, "××同志，温度25°C±1°，国务院总理·李克强"),
    (garbled.flag_mojibake, "中华人民共和国卫生健康委员会关于印发2021年卫生健康工作要点的通知"),
    (garbled.flag_mojibake, "Café crème, naïve résumé"),
    # figures well formed (round 2): thousands, changes, averages, 元旦, ranges and dates, percentage points
    (figure.flag_broken_numbers, "累计投入资金1,234万元，全年服务群众12,560人次，共3,000,000元。"),
    (figure.flag_broken_numbers, "净增-3户，同比-2.5万人，较上年-12家，下降-0.5个百分点。"),  # a change may be negative
    (figure.flag_broken_numbers, "每千人口执业（助理）医师数达到2.9人，户均2.6人，师生比1:13.5人。"),  # averages
    (figure.flag_broken_numbers, "发放100元元旦慰问金，20元元宵礼包。"),
    (figure.flag_broken_numbers, "2018-2020年，3-5家，第1,2条，见3.2人员配置，1.5人份，2.5人次。"),
    (figure.flag_broken_numbers, "四万万同胞，千千万万群众，增长-3.2%。"),
    (garbled.flag_symbol_runs, "◆◆◆ 工作动态\n★五星级饭店，※注：以上数据为初步统计"),  # bullets and note marks
    (garbled.flag_private_use_characters, "编号：A-2021-003，温度℃，‰"),
    (garbled.flag_undecoded_residue, "returns null if not found, \\u3000 is a space, NaN (not a number)"),
    (garbled.flag_undecoded_residue, "访问https://www.example.gov.cn/search?q=%E5%8A%A0%E5%BC%BA&type=1查询。"),  # inside a URL
    (garbled.flag_undecoded_residue, "增长5%，E%的比例，Null Island，nullable字段"),
    (garbled.flag_private_use_characters, "Café résumé, 1\u20dd, \uff61"),  # marks on Latin letters, one lone mark
    (garbled.flag_private_use_characters, "二\u25cb二一年，\u3013"),  # one geta mark alone
    (garbled.flag_undecoded_residue, "当a<b且c>d时，<p>段落</p>\n见附件，x<br>y"),  # markup not spliced into Han text
    (garbled.flag_undecoded_residue, '<div class="view">正文</div>'),  # a page's own HTML: another rule's matter
    (garbled.flag_mojibake, "Café是咖啡，Noël与café"),
    (garbled.flag_private_use_characters, "α射线检测，β受体，目录──第一章，│甲│乙│"),  # symbols and rules
    (garbled.flag_private_use_characters, "朝鲜族名字 김철수 用韩文书写"),  # a Korean name set off by spaces

]


def _span(rule, text: str) -> list[str]:
    return [text[f.start:f.end] for f in rule(text)]


@pytest.mark.parametrize("rule,text,span", MUST_FLAG, ids=lambda v: getattr(v, "__name__", None))
def test_flags_the_span(rule, text, span):
    assert span in _span(rule, text)


@pytest.mark.parametrize("rule,text", MUST_NOT_FLAG, ids=lambda v: getattr(v, "__name__", None))
def test_raises_nothing(rule, text):
    assert _span(rule, text) == []


@pytest.mark.parametrize("rule,text,_", MUST_FLAG, ids=lambda v: getattr(v, "__name__", None))
def test_flag_rules_never_edit(rule, text, _):
    assert not any(isinstance(item, Edit) for item in rule(text))


@pytest.fixture(scope="module")
def seed_findings():
    out = {}
    for path in sorted(RAW.iterdir()):
        cleaned, _ = io.clean_path(path, RAW)
        out[path.name[:3]] = cleaned
    return out


SEED_FLAGS = [
    ("001", "figure.flag_missing_measure_words", "81医务人员"),
    ("001", "figure.flag_missing_measure_words", "4997风险人员"),
    ("001", "figure.flag_missing_measure_words", "13登记金额"),
    ("001", "figure.flag_missing_measure_words", "60登记金额"),
    ("001", "figure.flag_missing_measure_words", "11采样人员"),
    ("001", "garbled.flag_empty_brackets", "（）"),
    ("003", "figure.flag_implausible_amounts", "1.4025万元"),
    ("004", "garbled.flag_symbol_runs", "~~"),
]


@pytest.mark.parametrize("seed,rule,span", SEED_FLAGS)
def test_seed_flags_point_into_the_raw_text(seed_findings, seed, rule, span):
    """The flag is on the final text, and its raw offsets select the same words in the raw file."""
    cleaned = seed_findings[seed]
    hits = [f for f in cleaned.findings if f.rule == rule and f.before == span]
    assert hits, f"{rule} did not flag {span!r}"
    raw_span = cleaned.raw[hits[0].start:hits[0].end]
    # The raw span may still hold what the cleaning removed inside it: a space
    # ("总投资 1.4025 万元"), an ad ("检测车11（代写文章…）采样人员"); its ends are the same words.
    assert raw_span[0] == span[0].replace("（", "(") and raw_span[-1] == span[-1].replace("）", ")")
    assert len(raw_span) >= len(span)
    assert hits[0].reason


def test_consistent_seed_figures_are_not_flagged(seed_findings):
    text = seed_findings["001"].text
    start = text.index("达20.9万管")
    end = text.index("19.5万管") + len("19.5万管")
    for f in seed_findings["001"].findings:
        if f.action == "flag" and f.rule.startswith("figure."):
            assert not (f.pos < end and f.pos + len(f.before) > start) or f.rule != "figure.flag_parts_exceeding_total"
    flagged = {f.before for f in seed_findings["001"].findings if f.rule.startswith("figure.")}
    assert not flagged & {"20.9万管", "1.4万管", "19.5万管", "109.5%", "完成率109.5%"}


def test_reference_reports_raise_almost_nothing():
    """The 16 published reports are clean text: at most one figure/garbled flag per 100,000 chars.

    bench/flag_report.py lists the flags; README reports the rate and which are false.
    """
    files = sorted((WILD / "reference").glob("*.txt"))
    if not files:
        pytest.skip("../shared/wild not present")
    chars = flags = 0
    for path in files:
        cleaned, _ = io.clean_path(path)
        chars += len(cleaned.text)
        flags += sum(1 for f in cleaned.findings if f.rule.split(".")[0] in ("figure", "garbled"))
    assert flags / chars * 100_000 <= 1.0


# ---- mojibake repair (stage 1) --------------------------------------------------------------

def test_latin1_misreading_is_repaired_and_restorable():
    good = "关于印发《2021年卫生健康工作要点》的通知"
    raw = "标题\n" + good.encode("utf-8").decode("latin-1") + "\n正文。"
    cleaned = clean(raw)
    assert good in cleaned.text
    assert any(f.rule == "encoding.repair_mojibake" for f in cleaned.findings)
    assert cleaned.restore() == raw


def test_gbk_misreading_is_repaired_when_whole_and_flagged_when_not():
    whole = "年度工作总结".encode("utf-8").decode("gbk")
    partial = "发布时间：2021年".encode("utf-8").decode("gbk", errors="replace")
    cleaned = clean(f"标题\n{whole}如下。\n{partial}")
    assert "年度工作总结如下。" in cleaned.text
    assert any(f.rule == "garbled.flag_mojibake" for f in cleaned.findings)
    assert cleaned.restore() == f"标题\n{whole}如下。\n{partial}"


def test_clean_text_is_not_taken_for_mojibake():
    for path in sorted(RAW.iterdir()):
        cleaned, _ = io.clean_path(path, RAW)
        assert not [f for f in cleaned.findings if f.rule in ("encoding.repair_mojibake", "garbled.flag_mojibake")]


def test_gbk_read_as_latin1_is_repaired_when_whole_and_flagged_when_not():
    whole = "图书".encode("gbk").decode("latin-1")  # "Í¼Êé": read as UTF-8, "Í¼" would be Greek
    partial = "校毕业".encode("gbk")[:-1].decode("latin-1")  # a byte lost
    raw = f"标题\n新建和改扩建了一批{whole}馆、博物馆。\n为离校未就业高{partial}生提供服务，××同志负责。"
    cleaned = clean(raw)
    assert "一批图书馆、博物馆。" in cleaned.text and "××同志" in cleaned.text
    assert [f.before for f in cleaned.findings if f.rule == "encoding.repair_mojibake"] == [whole]
    assert [f.before for f in cleaned.findings if f.rule == "garbled.flag_mojibake"] == [partial]
    assert cleaned.restore() == raw


def test_question_mark_runs_keep_their_characters_and_are_flagged():
    raw = "标题\n加强???建设，为什么要这样做??\n国务院总理?李克强"
    cleaned = clean(raw)
    assert "加强???建设" in cleaned.text and "这样做？？" in cleaned.text
    flagged = [f.before for f in cleaned.findings if f.rule == "garbled.flag_question_marks_in_words"]
    assert flagged == ["???", "?"]
