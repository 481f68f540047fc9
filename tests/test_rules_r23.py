"""Round 23: foreign vocabulary weighed against the document's own spread.

The foreign-segment rule (cleaner.adforeign) counts a segment's vocabulary as foreign when
most of its Han bigrams occur nowhere else in the document. In a notice of a few lines most
bigrams of every sentence occur nowhere else: a service tail of its own (…，咨询139…) was as
"foreign" as an ad and went. The share a segment needs is now the document's median sentence
share plus a margin (0.8 at least), for a sentence of a notice's length (18 Han characters or more)
whose only cues are a plain number, mail box or site and a call; an ad's short slogan is judged as
before. An adversarial read of the round's first, withdrawn rules
(a dictionary seam search and a guarantee cue, see the README) found these notices; the old
code removed each tail below, the new keeps it.

Every case runs the whole pipeline."""
import pytest

from cleaner import adforeign
from cleaner.pipeline import clean


def _ads(text):
    return [f.before for f in clean(text).findings if f.rule.startswith("ads.")]


SHORT_NOTICES = [
    "江岭市住房和城乡建设局2023年老旧小区改造工作总结\n一、主要成绩\n全年改造老旧小区126个，惠及居民3.2万户。改造后小区物业统一提供管道疏通、开锁换锁服务，物业服务电话13812345670\n二、存在问题\n部分小区资金筹措渠道单一，居民出资意愿不强。\n",
    "江岭市商务局关于开展家政服务进社区活动的通知\n各区县商务主管部门：\n为扩大家政服务消费，市商务局决定开展家政服务进社区活动。活动期间，签约家政企业为居民提供保洁、专业搬家、拆装空调等服务，预约电话13712345678\n请各地于5月10日前报送活动开展情况。\n",
    "江岭市民政局2023年养老服务工作总结\n一年来，全市养老服务体系不断完善。\n我们为全市特困老人免费安装智能呼叫设备3200台。辖区60岁以上老人可持身份证到社区服务中心免费领取防跌倒助行器，咨询13512345678\n下一步，我们将继续推进居家社区养老服务。\n",
    "江岭市农业农村局关于开展高素质农民培育工作的通知\n各区县农业农村局：\n培训结束后经考核合格的学员可获得结业证书。农民学员可通过手机端免费下载培训课程资料，学习咨询13912340001\n请各地认真组织。\n",
    "江岭市住房和城乡建设局关于开展物业服务质量提升年活动的通知\n各物业服务企业：\n各物业服务企业要提升服务水平。小区居民如需管道疏通、开锁换锁等有偿服务的，可拨打物业24小时服务热线13912342002，收费标准须在小区公示\n请认真贯彻执行。\n",
    "江岭市人力资源和社会保障局关于做好高校毕业生就业服务的通知\n各区县人社局：\n各地要搭建线上线下招聘平台。毕业生可登录江岭就业网免费获取岗位信息，就业指导咨询13912343002\n请认真贯彻执行。\n",
    "江岭市人力资源和社会保障局关于开展新职业培训的通知\n各区县人社局：\n培训实行先培训后补贴。参训人员考核合格后由认定机构核发证书，确保学员按期拿证，培训咨询13912343003\n请认真贯彻执行。\n",
    "江岭市民政局关于加强婚姻登记服务的通知\n各区县民政局：\n婚姻登记实行预约办理。当事人可在江岭民政公众号免费领取电子结婚证，预约咨询13912348002\n请认真贯彻执行。\n",
    "江岭市自然资源和规划局关于优化不动产登记服务的通知\n各区县分局：\n各地要压缩登记时限。一般登记业务实行当日受理、包出证到户，群众可通过江岭不动产公众号查询办理进度，咨询13912350006\n请认真贯彻执行。\n",
    "江岭市商务局关于申报2024年外贸发展专项资金的通知\n各区县商务局，各有关企业：\n请各企业按要求准备申报材料。申报指南及申报书格式文本请登录www.jlcom.org.cn下载，咨询13912360003\n请认真贯彻执行。\n",
    "江岭市教育局关于组织开展2024年教学成果奖评选的通知\n各区县教育局，市直各学校：\n评选坚持公开公平公正。附件1：教学成果奖申报书模板，电子版可发送邮件至jxcg2024@163.com免费获取\n请认真贯彻执行。\n",
    "江岭市住房和城乡建设局关于做好冬季供暖保障工作的通知\n各供热企业：\n各供热企业要确保按时供暖。居民家中如遇暖气不热、管道漏水等情况，可拨打供热服务热线13912360012，供热企业须24小时内上门维修\n请认真贯彻执行。\n",
    "江岭市人力资源和社会保障局关于发布零工市场岗位信息的通知\n各区县人社局：\n零工市场每日发布岗位信息。保洁、搬运、家政等零工岗位工资实行日结200元左右，求职者可到零工驿站登记，咨询13912360018\n请认真贯彻执行。\n",
    "江岭市退役军人事务局2023年工作总结\n一、就业创业\n全年组织退役军人参加学历提升和技能培训2100人次。在各方共同努力下，136名退役士兵成功上岸事业编，就业服务咨询13912370004\n二、褒扬纪念\n",
]


@pytest.mark.parametrize("text", SHORT_NOTICES)
def test_a_short_notice_keeps_its_own_service_tail(text):
    assert _ads(text) == []


# A long document whose sentences share their words: an ad of a trade no cue knows still goes.
SHARED = ("全市上下坚持稳中求进工作总基调，推动经济社会高质量发展。", "我们坚持稳中求进，推动高质量发展取得新成效。",
          "全市经济社会发展稳中有进，高质量发展迈出新步伐。", "坚持以人民为中心，推动经济社会发展成果惠及全市人民。")
LONG = "江岭市人民政府工作报告\n" + "\n".join(SHARED[i % 4] for i in range(40)) + "\n"


def test_an_ad_of_an_unknown_trade_in_a_long_document_still_goes():
    text = LONG + "USDT承兑 飞机:@usdt_zs\n" + SHARED[0] + "\n"
    assert [a.strip() for a in _ads(text)] == ["USDT承兑 飞机:@usdt_zs"]


def test_the_share_needed_follows_the_document():
    assert adforeign.Document(adforeign.fold(LONG)).needed_share() == adforeign.FOREIGN_SHARE
    assert adforeign.Document(adforeign.fold(SHORT_NOTICES[0])).needed_share() > 1


# --- known losses left: a notice sending its readers to its own site or account ----------------
# The trade cues read 免费下载 / 免费领取 beside a number or a site as a free-material offer. A veto for
# the publisher's own channels (named for a bureau, or for the publisher's place: 江岭人社公众号) was
# built and withdrawn: an adversarial read found it let through 137 ads named for the same place
# (江岭二手房网, 江岭快贷平台) or for a bureau-like body (男科医院官网). These stay known failures.

OWN_CHANNEL_NOTICES = [
    "江岭市住房和城乡建设局关于公布2024年新建商品房网签备案服务事项的通知\n各房地产开发企业：\n开发企业应按规定办理网签备案。购房人可登录江岭房产网www.jlfc.com免费下载合同示范文本，服务咨询13912342003\n请认真贯彻执行。\n",
    "江岭市人力资源和社会保障局关于开展2024年职业技能等级认定工作的通知\n各区县人社局，各认定机构：\n认定机构要严格执行认定标准。考生可在江岭人社公众号免费下载理论知识复习题库，报考咨询13912343001\n请认真贯彻执行。\n",
    "江岭市市场监督管理局关于开锁行业备案管理的通知\n各区县市场监管局、公安分局：\n开锁企业须依法办理备案。经备案的开锁换锁服务企业名单可在市场监管局网站查询，开锁服务监督电话13912346001\n请认真贯彻执行。\n",
    "江岭市民政局关于2024年社会组织年检的通知\n各社会组织：\n年检实行网上申报。年检报告书模板可在市民政局网站下载专区免费下载，年检咨询13912348003\n请认真贯彻执行。\n",
    "江岭市农业农村局关于推广农业技术服务的通知\n各区县农业农村局：\n各地要健全基层农技推广体系。农户可关注江岭农技公众号免费领取种植技术手册，技术咨询13912349002\n请认真贯彻执行。\n",
    "江岭市人力资源和社会保障局关于2024年公务员考试考务工作的通知\n各区县人社局：\n各地要加强考试安全管理。培训机构宣传资料中包过、包录用等字样，均与考试机构无关，考生报名请认准江岭人事考试网\n请认真贯彻执行。\n",
    "江岭市住房和城乡建设局关于开展2024年建筑施工企业安全生产许可证延期的通知\n各建筑施工企业：\n延期申请实行网上办理。申请表可登录江岭建设网（www.jljs.com）免费下载，咨询13912360004\n请认真贯彻执行。\n",
    "江岭市民政局关于开展2024年度慈善项目申报的通知\n各社会组织：\n申报单位须具备相应资质。附件：慈善项目申报书（可在江岭慈善网www.jlcs.org免费下载），联系人手机13912360007\n请认真贯彻执行。\n",
    "江岭市交通运输局关于推广使用江岭出行APP的通知\n各区县交通运输局，各公交企业：\n江岭出行APP已上线运行。乘客可扫描公交站台二维码免费下载江岭出行APP，实时查询公交到站信息，咨询13912360010\n请认真贯彻执行。\n",
]


# Kept since round 25: 范文 inside 示范文本 is no template site's word.
KEPT_SINCE_R25 = [
    "江岭市司法局关于推广使用合同示范文本的通知\n各区县司法局：\n各地要加强合同示范文本宣传。市场主体可登录江岭法律服务网合同范本库免费下载各类合同示范文本，法律咨询13912370002\n请认真贯彻执行。\n",
]


@pytest.mark.parametrize("text", KEPT_SINCE_R25)
def test_a_model_contract_offered_for_download_keeps_the_sentence(text):
    assert _ads(text) == []


# Kept since round 34: "free" of no writing material (合同示范文本, 复习题库, 技术手册, an app) is no
# ad-only cue (adcues._free_of_nothing).
KEPT_SINCE_R34 = [OWN_CHANNEL_NOTICES[k] for k in (0, 1, 4, 8)]


@pytest.mark.parametrize("text", KEPT_SINCE_R34)
def test_a_notice_offering_its_own_things_free_keeps_the_sentence(text):
    assert _ads(text) == []


# Kept since round 36: an office's own site named before the download (可在市民政局网站下载专区免费下载) names the
# office, when no private account and nothing of a seller stands beside it (adcues._OFFICE_SITE; the lock trade's own
# notice, 名单可在市场监管局网站查询…开锁服务监督电话, still reads as the trade's: a known loss).
KEPT_SINCE_R36 = [OWN_CHANNEL_NOTICES[k] for k in (3,)]


@pytest.mark.parametrize("text", KEPT_SINCE_R36)
def test_a_notice_sending_readers_to_its_offices_site_keeps_the_sentence(text):
    assert _ads(text) == []


@pytest.mark.xfail(strict=True, reason="known loss: 免费下载 beside a number reads as an offer; see the README, round 23")
@pytest.mark.parametrize("text", [t for t in OWN_CHANNEL_NOTICES if t not in KEPT_SINCE_R34 + KEPT_SINCE_R36])
def test_a_notice_sending_readers_to_its_own_channel_keeps_the_sentence(text):
    assert _ads(text) == []


# Ads the withdrawn veto kept (the review's reproductions): they go.
MUST_GO = [
    "江岭市卫生健康委员会关于开展2024年爱国卫生月活动的通知\n各有关单位：\n根据上级有关要求，现将有关事项通知如下。\n各单位要高度重视，认真组织实施。\n江岭男科医院官网 www.jlnk.com 在线咨询，热线400-666-1200\n请于规定时间内报送工作情况。\n江岭市卫生健康委员会\n2024年3月1日\n",
    "江岭市教育局2023年工作总结\n一年来，在市委、市政府的坚强领导下，我局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实党的二十大精神，紧紧围绕全市中心工作，扎实推进各项业务，较好完成了年度目标任务。\n一、强化政治引领，机关党建水平持续提升。我们坚持把党的政治建设摆在首位，全年召开党组理论学习中心组学习会12次，开展专题研讨6次，组织党员干部赴革命教育基地开展主题党日活动4次。\n二、聚焦民生需求，公共服务能力明显增强。全年新建社区综合服务中心18个，改造提升便民服务站46个，办理群众各类诉求1.2万件，按期办结率达到99.3%，群众满意度持续保持在95%以上。\n三、深化放管服改革，营商环境不断优化。全面推行一窗受理、集成服务，政务服务事项网上可办率达到98.6%，企业开办时间压缩至1个工作日以内，为市场主体减免各类费用3200余万元。\n四、狠抓安全生产，风险防控体系更加健全。扎实开展安全生产大排查大整治行动，累计检查企业1360家次，排查整改隐患2890处，全年未发生较大以上安全生产事故。\n五、加强队伍建设，干部干事创业热情高涨。组织开展业务培训班9期，培训干部职工820人次，选派12名年轻干部到基层一线挂职锻炼，进一步提升了干部队伍的专业能力。\n六、推进法治建设，依法行政水平稳步提高。全面落实行政执法三项制度，全年办理行政复议案件23件，规范性文件合法性审查率达到100%，开展普法宣传活动36场次。\n七、强化资金监管，财政资金使用效益提高。严格执行预算管理制度，全年争取上级资金1.8亿元，开展专项资金绩效评价14项，审计发现问题全部整改到位。\n八、推进数字化改革，智慧治理能力提升。建成业务协同平台1个，归集数据资源2300万条，实现32个高频事项掌上办理，群众办事少跑腿成为常态。\n九、抓好信访维稳，社会大局和谐稳定。坚持领导干部接访下访制度，全年受理信访事项186件，化解率达到97%，未发生赴省进京非正常上访事件。无抵押信用贷款，咨询13812340014\n十、落实全面从严治党，党风廉政建设深入推进。严格落实中央八项规定精神，开展廉政谈话68人次，组织警示教育4次，持续纠治形式主义、官僚主义。\n在肯定成绩的同时，我们也清醒地认识到工作中还存在一些问题和不足：一是部分基层服务能力仍然薄弱；二是改革创新的力度还需加大；三是干部队伍专业化水平有待进一步提升。\n2024年工作思路。我们将坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，奋力推动各项工作再上新台阶。\n一是持续深化改革创新，进一步优化服务流程，推动更多事项实现一网通办、跨省通办。\n二是着力补齐民生短板，加大基层投入力度，推进公共服务均等化，不断增强群众获得感。\n三是坚决守牢安全底线，健全风险隐患排查整治长效机制，坚决遏制重特大事故发生。\n四是全面加强自身建设，锻造一支政治过硬、本领高强、作风优良的干部队伍，为全市高质量发展作出新的更大贡献。\n江岭市教育局\n2024年1月15日\n",
    "江岭市人力资源和社会保障局关于做好2024年春季招聘工作的通知\n各区县人社局：\n为促进劳动者就业，市人社局决定在全市组织开展春季招聘活动。\n各地要精心组织专场招聘会，广泛发动用人单位参会。\n专业疏通下水道马桶，电话13812345678\n活动结束后请于4月10日前报送工作总结。\n江岭市人力资源和社会保障局\n2024年2月20日\n",
    "江岭市民政局关于开展2024年社会组织年度检查的通知\n各区县民政局，各社会组织：\n根据《社会组织登记管理条例》有关规定，现就开展2024年度社会组织年度检查工作通知如下。\n年检材料请于3月31日前报送至市民政局社会组织管理科。\n人社局官网同款题库，考前押题，加微信kg8899\n请各单位高度重视，按时完成年检工作。\n江岭市民政局\n2024年2月20日\n",
    "江岭市教育局关于做好2024年中考报名工作的通知\n各区县教育局，市直各学校：\n2024年中考报名工作定于3月1日至3月10日进行。\n各学校要认真审核考生信息，确保报名信息准确无误。\n江岭快贷平台，无抵押当天放款，微信jlkd888\n请各地各校严格按照规定时间完成报名工作。\n江岭市教育局\n2024年2月20日\n",
    "江岭市人力资源和社会保障局关于公布2024年事业单位公开招聘笔试成绩的通知\n各有关单位：\n现将有关事项通知如下。\n考生可登录江岭人事考试网代写职称论文包发表QQ123456789查询本人笔试成绩。\n请认真贯彻执行。\n江岭市人力资源和社会保障局\n2024年3月1日\n",
]


@pytest.mark.parametrize("text", MUST_GO)
def test_ads_named_for_the_place_or_a_bureau_like_body_go(text):
    assert _ads(text)


def test_an_ad_naming_a_site_of_another_place_still_goes():
    notice = LONG.replace("江岭市人民政府工作报告", "江岭市人民政府办公室关于印发2024年工作要点的通知")
    text = notice + "更多范文模板尽在云阳范文网，免费领取，加微信fw8899\n" + SHARED[0] + "\n"
    assert [a.strip() for a in _ads(text)] == ["更多范文模板尽在云阳范文网，免费领取，加微信fw8899"]


def test_a_writing_site_named_for_the_publisher_s_place_still_goes():
    notice = LONG.replace("江岭市人民政府工作报告", "江岭市人民政府办公室关于印发2024年工作要点的通知")
    text = notice + "更多范文模板尽在江岭范文网，免费领取，加微信fw8899\n" + SHARED[0] + "\n"
    assert [a.strip() for a in _ads(text)] == ["更多范文模板尽在江岭范文网，免费领取，加微信fw8899"]
