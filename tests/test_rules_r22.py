"""Round 22: numbering the document shows the convention of (articles run on through the chapters,
a list numbered 一 throughout, 1、 opening a 二、 list, 二时 for 二是); ads with words of their own
beyond their cues spliced into a word, shops on sales platforms, paywalls, pictures of channels,
spaced ids; copies half turned into traditional script, framed teasers, a numbered paragraph
repeated with its number, a heading's copy glued to the paragraph above; a part that lost the
万 its total and siblings carry.

Every case runs the whole pipeline."""
import pytest

from cleaner.pipeline import clean


def _findings(text, prefix):
    return [f for f in clean(text).findings if f.rule.startswith(prefix)]


# --- numbering -------------------------------------------------------------------------------

RULES = ("江岭市档案管理办法\n第一章　总则\n第一条　为加强档案管理，制定本办法。\n第二条　本办法适用于本市各级机关。\n"
         "第二章　档案收集\n第三条　各单位应当及时收集档案。\n第四条　档案应当齐全完整。\n"
         "第三章　档案保管\n{a}　档案库房应当防火防潮。\n{b}　档案应当定期检查。\n"
         "第四章　附则\n第七条　本办法自发布之日起施行。\n")


def test_articles_restarted_in_one_chapter_run_on_again():
    out = clean(RULES.format(a="第一条", b="第二条")).text
    assert "第五条　档案库房应当防火防潮" in out and "第六条　档案应当定期检查" in out


def test_articles_restarting_in_every_chapter_stay():
    text = ("江岭市档案管理细则\n第一章　总则\n第一条　为加强档案管理，制定本细则。\n第二条　本细则适用于本市各级机关。\n"
            "第二章　档案收集\n第一条　各单位应当及时收集档案。\n第二条　档案应当齐全完整。\n"
            "第三章　档案保管\n第一条　档案库房应当防火防潮。\n第二条　档案应当定期检查。\n")
    assert clean(text).text.count("第一条") == 3
    assert not [f for f in _findings(text, "numbering.") if f.action == "fix"]


def test_a_second_document_starting_at_chapter_one_is_not_renumbered():
    text = RULES.format(a="第五条", b="第六条") + ("江岭市档案查阅规定\n第一章　总则\n第一条　为规范档案查阅，制定本规定。\n"
                                               "第二条　查阅档案应当登记。\n")
    assert "第一条　为规范档案查阅" in clean(text).text


LIST = ("南湖区应急管理局举报奖励办法\n第四条　举报事项经核查属实的，按照下列标准给予奖励：\n"
        "（一）举报重大事故隐患的，奖励3000元；\n（一）举报非法生产经营的，奖励2000元；\n（一）举报其他违法行为的，奖励500元。\n"
        "第五条　奖励资金由区财政保障。\n")


def test_a_list_numbered_one_throughout_is_renumbered():
    out = clean(LIST).text
    assert "（二）举报非法生产经营" in out and "（三）举报其他违法行为" in out


def test_articles_of_a_model_contract_inside_a_chapter_stay():
    text = RULES.format(a="第一条", b="第二条").replace("第四章　附则\n第七条", "第四章　附则\n第五条")
    out = clean(text).text
    assert "第一条　档案库房应当防火防潮" in out and "第二条　档案应当定期检查" in out


def test_repeated_ones_in_a_comparison_table_stay():
    text = ("江岭市管理办法修订对照表\n修订前条款与修订后条款\n（一）原第三条修改为：档案应当齐全完整。\n"
            "（一）原第五条修改为：档案应当定期检查。\n（一）原第七条修改为：本办法自发布之日起施行。\n")
    assert clean(text).text.count("（一）") == 3


def test_one_item_under_each_article_stays():
    text = ("南湖区举报奖励办法\n第一条　奖励标准如下：\n（一）举报重大事故隐患的，奖励3000元。\n"
            "第二条　奖励程序如下：\n（一）举报人提出申请。\n第三条　奖励资金如下：\n（一）由区财政保障。\n")
    assert clean(text).text.count("（一）") == 3


def test_arabic_first_heading_of_a_chinese_list_is_respelled():
    text = ("江岭市2023年政府工作报告\n1、2022年工作回顾\n过去一年，全市经济稳中有进。\n"
            "二、2023年工作安排\n今年要重点抓好以下工作。\n三、加强政府自身建设\n全面推进依法行政。\n")
    assert "\n一、2022年工作回顾\n" in clean(text).text


def test_shi_typed_as_a_homophone_between_items():
    text = ("江岭市2023年工作总结\n主要做法有三：一是加强组织领导，成立工作专班。二时完善制度机制，出台配套文件。"
            "三是强化督查考核，定期通报进展。\n")
    assert "二是完善制度机制" in clean(text).text


@pytest.mark.parametrize("sentence", ["二时许，工作组抵达现场。", "三市联合开展执法检查。"])
def test_a_clock_time_or_a_count_of_cities_between_items_stays(sentence):
    text = f"江岭市工作简报\n一是召开专题会议。二是部署下步工作。{sentence}四是抓好督查落实。\n"
    assert sentence in clean(text).text
    text = f"江岭市工作简报\n一是召开专题会议。{sentence}三是部署下步工作。\n"
    assert sentence.replace("三市", "二市") in clean(text.replace("三市", "二市")).text


# --- ads -------------------------------------------------------------------------------------

def test_the_clauses_around_a_spliced_ad_stay():
    text = ("江岭市2023年基层党建工作要点\n一、总体要求\n坚持党建引领，加强基层治理能力建设。\n二、重点任务\n"
            "（一）加强干部队伍建设，代写各类材料加微信xz8888，提升基层治理能力。\n（二）全面推进乡村振兴。\n")
    out = clean(text).text
    assert "（一）加强干部队伍建设，提升基层治理能力。" in out


def test_han_glued_to_an_ads_cues_is_not_taken():
    text = ("江岭市经济形势分析\n九月份后，国际经济形势急转省级期刊论文发表，包录用 qk2024@126.com直下，对我国影响加重。\n"
            "在新形势下，我们要保持定力。在复杂形势下，更要稳字当头。\n")
    out = clean(text).text
    assert "急转" in out and "直下" in out


@pytest.mark.parametrize("ad", ["办公用品清仓限时秒杀 https://s.click.taobao.com/Xk29aB7q。",
                                "全套述职报告模板5元（闲鱼搜索【笔杆文库】）。",
                                "（扫码支付后即可复制全文，支持PDF格式导出）",
                                "🐧：26378419 急用钱 凭身份证可借。",
                                "❗年终总结原创❗一对一服务 ☎ xiezuo2023",
                                "【讲稿定制wei信：x　z　w　k　_　1　6】",
                                "各类汇报代写，请wеіхіп: xz2288。"])
def test_ads_of_round_22_shapes_are_removed(ad):
    text = f"江岭市2023年工作要点\n一、主要任务\n（一）推进项目建设。全年完成投资50亿元。{ad}\n（二）优化营商环境。压减审批时限。\n"
    out = clean(text).text
    assert "全年完成投资50亿元。" in out and "（二）优化营商环境" in out
    assert not any(word in out for word in ("秒杀", "闲鱼", "扫码支付", "急用钱", "☎", "wei信", "代写"))


@pytest.mark.parametrize("sentence", ["指导电商企业开设淘宝店铺、拓展网络销售渠道。",
                                      "缴费可通过微信扫码支付，也可到窗口办理。",
                                      "请关注“江岭发布”微信公众号，及时了解最新动态。",
                                      "中心提供代办营业执照、代办工商注册、代理记账等帮办代办服务。",
                                      "消费帮扶产品可在淘宝搜索“江岭助农馆”即可下单，客服：13912345678。",
                                      "档案查阅实行预约制，付款后即可获取原文扫描件。",
                                      "附件：项目申报表（可编辑版）",
                                      "读者凭身份证即可借阅图书，每次限借5册。",
                                      "符合条件的购车补贴申请，购车热线：13812345678。"])
def test_a_notices_own_words_about_shops_and_payment_stay(sentence):
    text = f"江岭市商务局通知\n各县区商务部门：\n{sentence}\n特此通知。\n"
    assert sentence in clean(text).text


# --- dup -------------------------------------------------------------------------------------

def test_a_taiwan_line_beside_its_simplified_twin_stays():
    text = ("江岭市台办2023年工作总结\n两岸一家亲，台湾青年与大陆青年共赴峰会，群众反响热烈。\n"
            "兩岸一家親，台灣青年與大陸青年共赴峰會，群眾反響熱烈。\n")
    assert "兩岸一家親" in clean(text).text


def test_a_copy_half_turned_into_traditional_script_goes():
    text = ("江岭市2023年工作要点\n（一）加强组织领导。成立由分管副市长任组长的工作专班，定期研究解决重大问题。"
            "成立由分管副市長任組長的工作专班，定期研究解决重大问题。\n（二）加大资金支持。\n")
    out = clean(text).text
    assert "副市長" not in out and out.count("成立由分管副市长任组长的工作专班") == 1


def test_a_bracketed_heading_above_its_paragraph_stays():
    text = ("江岭市2023年工作要点\n【加强组织领导】\n加强组织领导。各单位要成立工作专班，明确责任分工。\n"
            "【强化督查考核】\n强化督查考核。定期通报工作进展。\n")
    out = clean(text).text
    assert "【加强组织领导】" in out and "【强化督查考核】" in out


def test_a_framed_teaser_above_the_paragraph_it_repeats_goes():
    text = ("江岭市医疗机构管理细则\n第九条　卫生健康行政部门应当加强监督检查。\n"
            "【医疗机构弄虚作假的，由卫生健康行政部门责令改正，并予以通报批评】\n"
            "第十条　医疗机构弄虚作假的，由卫生健康行政部门责令改正，并予以通报批评。\n")
    out = clean(text).text
    assert "【" not in out and "第十条　医疗机构弄虚作假的" in out


def test_a_numbered_paragraph_repeated_with_its_number_goes_with_it():
    text = ("江岭市举报奖励办法\n第七条　举报人应当如实举报。\n第八条　受理举报的部门应当对举报人的信息严格保密，不得泄露。\n"
            "第八条　受理举报的部门应当对举报人的信息严格保密，不得泄露。第九条　举报人故意捏造事实的，依法处理。\n")
    out = clean(text).text
    assert out.count("第八条") == 1 and "\n第九条　举报人故意捏造事实" in out


def test_a_headings_copy_glued_to_the_paragraph_above_goes_not_the_heading():
    text = ("江岭市医疗保障局2023年工作总结\n四、加强基金监管\n一是开展专项检查。二是落实举报奖励制度。 提升经办服务水平。\n"
            "五、提升经办服务水平。一是推进服务下沉，建成服务站12个。\n")
    out = clean(text).text
    assert "五、提升经办服务水平。一是推进服务下沉" in out
    assert "落实举报奖励制度。 提升" not in out and "落实举报奖励制度。提升" not in out


# --- figure ----------------------------------------------------------------------------------

def test_a_part_without_the_wan_its_total_and_siblings_carry_is_flagged():
    text = "江岭市2023年工作总结\n全年筹集资金8600万元，其中中央补助5200万元、市级配套3400元。\n"
    flags = [f for f in _findings(text, "figure.") if "lacks the 万" in f.reason]
    assert [f.before for f in flags] == ["3400元"]


def test_parts_of_mixed_magnitude_that_do_not_add_up_raise_no_such_flag():
    text = "江岭市2023年工作总结\n全年发放补助8600万元，其中困难家庭每户补助3400元、重点对象补助1200万元。\n"
    assert not [f for f in _findings(text, "figure.") if "lacks the 万" in f.reason]
