"""Round 18's review of the round-17 block and mark rules: real content they must leave alone.

Each case is a short document written to tempt one rule (edge blocks, reader voices and ad
blocks, dates in two systems, inner title marks, standard dashes and address marks) into a
false removal or a wrong change; the listed strings must reach the clean text verbatim.
Written by an adversarial read of the modules (edgeblocks, adblocks, datesystems, quoteinner,
punctstandard); the controls among them (a standard dash between clauses, an e-mail address) show what still changes.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

CASES = [
    ('edge', 'minutes: two label+org-list lines under title',
     '市政府第12次常务会议纪要\n参加：市发改委 市财政局 市卫健委\n列席：市审计局 市统计局 市信访局\n会议听取了市卫健委关于疫情防控工作的汇报。\n会议议定如下事项。',
     ['参加：市发改委 市财政局 市卫健委', '列席：市审计局 市统计局 市信访局']),
    ('edge', 'minutes: place + participants',
     '市政府第12次常务会议纪要\n地点：市行政中心东楼\n参加：市发改委 市财政局 市卫健委\n会议听取了市卫健委关于疫情防控工作的汇报。',
     ['地点：市行政中心东楼', '参加：市发改委 市财政局 市卫健委']),
    ('edge', 'list doc: rows of place names, no numbers, under title',
     '江岭市第二批历史文化名村名单\n城关区 东溪镇 上溪村\n临江县 白沙镇 青石村\n永安县 长岭乡 古田村\n以上名单排名不分先后。',
     ['城关区 东溪镇 上溪村', '临江县 白沙镇 青石村', '永安县 长岭乡 古田村']),
    ('edge', 'slogans after the signature date (attachment without 附件 label)',
     '关于印发安全生产月宣传标语的通知\n各单位：\n现将宣传标语印发给你们，请做好张贴。\n江岭市安委办\n2021年6月1日\n宣传标语\n人人讲安全 个个会应急\n安全第一 预防为主 综合治理\n生命至上 安全发展',
     ['人人讲安全 个个会应急', '安全第一 预防为主 综合治理', '生命至上 安全发展']),
    ('edge', 'contact phone + 印发 line after date (footer_block)',
     '江岭市卫生健康委员会关于做好2021年春季爱国卫生运动的通知\n各县（区）卫生健康局，委直各单位：\n为深入推进爱国卫生运动，现将有关事项通知如下。\n特此通知。\n江岭市卫生健康委员会\n2021年3月29日\n联系电话：0558-6123456\n江岭市卫生健康委员会办公室\u3000印发',
     ['联系电话：0558-6123456', '江岭市卫生健康委员会办公室\u3000印发']),
    ('edge', 'address + credit after date',
     '江岭市卫生健康委员会关于做好2021年春季爱国卫生运动的通知\n各县（区）卫生健康局，委直各单位：\n为深入推进爱国卫生运动，现将有关事项通知如下。\n特此通知。\n江岭市卫生健康委员会\n2021年3月29日\n地址：江岭市人民路128号\u3000邮编：236400\n江岭市疾病预防控制中心\u3000提醒',
     ['地址：江岭市人民路128号']),
    ('edge', 'news headline with space, under a menu row',
     '康养视窗 | 港航直通车 | 侨务广角\n春风送岗位 就业暖人心\n发布时间：2021-03-29\n3月29日，我市2021年春风行动专场招聘会在市人力资源市场举行。',
     ['春风送岗位 就业暖人心']),
    ('edge', 'news headline with three parts, under a menu row',
     '首页 | 新闻中心 | 部门动态\n稳就业 保民生 促发展\n来源：市人社局\n3月29日，我市召开稳就业工作推进会。',
     ['稳就业 保民生 促发展']),
    ('edge', 'agenda under title (two label lines)',
     '关于召开全市卫生健康工作会议的通知\n会议议程：听取汇报 研究部署 总结讲话\n参会人员：各县区分管领导 委直单位主要负责人\n经研究，定于4月2日召开全市卫生健康工作会议。',
     ['会议议程：听取汇报 研究部署 总结讲话']),
    ('edge', 'slogan lines above the title',
     '不忘初心 牢记使命\n凝心聚力 砥砺前行\n关于开展主题教育的实施方案\n为深入开展主题教育，制定本方案。',
     ['关于开展主题教育的实施方案']),
    ('edge', 'table with Han-only cells under title',
     '江岭市2021年重点民生项目清单\n项目名称 牵头单位 建设性质\n城东污水处理厂 市水务集团 新建\n滨江湿地公园 市城投集团 续建\n说明：以上项目按计划推进。',
     ['城东污水处理厂 市水务集团 新建', '滨江湿地公园 市城投集团 续建']),
    ('edge', 'attendee names after date (kept by names row)',
     '关于表彰先进个人的通知\n现将名单公布如下。\n江岭市教育局\n2021年3月29日\n张华\u3000李明\u3000王强\u3000赵丽',
     ['张华\u3000李明\u3000王强\u3000赵丽']),
    ('edge', 'keywords row after text, no date',
     '江岭市卫生健康委员会关于做好2021年春季爱国卫生运动的通知\n各县（区）卫生健康局，委直各单位：\n为深入推进爱国卫生运动，现将有关事项通知如下。\n请各单位认真贯彻落实。\n健康江岭 爱国卫生 文明城市\n卫生健康 疫情防控 环境整治',
     ['健康江岭 爱国卫生 文明城市', '卫生健康 疫情防控 环境整治']),
    ('edge', 'after date: list of activity names (pairs and rows)',
     '关于开展全民阅读活动的通知\n各学校：\n现将活动安排通知如下。\n江岭市教育局\n2021年4月1日\n读书分享会 经典诵读\n征文比赛 演讲比赛 书香家庭评选',
     ['读书分享会 经典诵读', '征文比赛 演讲比赛 书香家庭评选']),
    ('edge', 'English names after date',
     '关于聘请外籍专家的通知\n现将聘请名单公布如下。\n江岭市科技局\n2021年3月29日\nJohn Smith | Mary Brown | Peter Lee',
     ['John Smith']),
    ('edge', 'header stack above title (secret level, urgency, copy no.)',
     '秘密\n特急\n明传\n江岭市人民政府\n关于做好防汛工作的紧急通知\n各县区人民政府：\n入汛以来，我市降雨偏多。',
     ['秘密', '特急', '明传']),
    ('edge', 'poem lines under title of a 倡议书-like essay',
     '致敬最美逆行者\n白衣为甲 逆行出征\n大爱无疆 守护生命\n一方有难 八方支援\n疫情发生以来，全市医务人员闻令而动。',
     ['白衣为甲 逆行出征', '大爱无疆 守护生命', '一方有难 八方支援']),
    ('edge', "'pair' stand-alone subtitle rows under title",
     '江岭市2021年政府工作报告\n市长 陈明\n2021年1月20日\n各位代表：\n现在，我代表市人民政府，向大会报告工作。',
     ['市长 陈明']),
    ('ads', 'IP infringement tip glued to paragraph end',
     '江岭市卫生健康委员会关于做好2021年春季爱国卫生运动的通知\n各县（区）卫生健康局，委直各单位：\n（三）加强知识产权保护。发现侵权行为的，您可拨打12345热线举报。\n江岭市卫生健康委员会\n2021年3月29日',
     ['您可拨打12345热线举报']),
    ('ads', 'consumer rights, own line',
     '江岭市市场监管局3·15消费提示\n各位消费者：\n如遇商家侵犯您的合法权益，请拨打12315投诉。\n江岭市消费者协会\n2021年3月15日',
     ['如遇商家侵犯您的合法权益，请拨打12315投诉。']),
    ('ads', 'garbage sorting points (积分)',
     '江岭市垃圾分类积分兑换实施方案\n一、积分规则\n居民每次正确投放可获得积分，您可凭积分兑换生活用品。\n二、兑换方式\n每月集中兑换一次。',
     ['您可凭积分兑换生活用品']),
    ('ads', 'points-based residence (积分落户)',
     '江岭市积分落户办法解读\n申请人关心的问题如下。\n您可登录江岭人社网上办事大厅查询本人积分。\n具体以系统为准。',
     ['您可登录江岭人社网上办事大厅查询本人积分。']),
    ('ads', 'study exchange in meeting news',
     '市卫健委召开党史学习教育专题会议\n3月29日，市卫健委召开专题会议。\n会后，大家围绕党史学习交流了心得。',
     ['会后，大家围绕党史学习交流了心得。']),
    ('ads', 'study exchange as paragraph tail',
     '江岭市卫生健康委员会关于做好2021年春季爱国卫生运动的通知\n各县（区）卫生健康局，委直各单位：\n各支部要组织集中学习。请大家积极参加学习交流。\n江岭市卫生健康委员会\n2021年3月29日',
     ['请大家积极参加学习交流。']),
    ('ads', 'census privacy promise',
     '致全市住户的一封信\n亲爱的住户朋友：\n第七次全国人口普查即将开始。您的个人信息将严格保密，不会用于商业用途。\n江岭市人口普查领导小组\n2020年10月10日',
     ['您的个人信息将严格保密，不会用于商业用途。']),
    ('ads', 'customer-service hotline',
     '关于调整居民用电价格的公告\n经省发改委批准，自2021年4月1日起调整居民电价。\n广大市民朋友如有疑问，可拨打95598客服热线咨询。',
     ['可拨打95598客服热线咨询']),
    ('ads', 'proposal: forward to people around you',
     '文明出行倡议书\n广大市民朋友：\n让我们从自身做起，文明出行。希望大家将本倡议转发给身边的亲朋好友。\n江岭市文明办\n2021年3月29日',
     ['希望大家将本倡议转发给身边的亲朋好友。']),
    ('ads', 'free trial at museum',
     '市科技馆新展厅开放\n新展厅设有VR互动等项目。欢迎广大市民朋友前来免费体验。',
     ['欢迎广大市民朋友前来免费体验。']),
    ('ads', 'bike unlock',
     '关于投放共享单车的通告\n首批投放单车2000辆。市民朋友扫码解锁后即可骑行。',
     ['市民朋友扫码解锁后即可骑行。']),
    ('ads', 'login to view result (paid-reading wall)',
     '关于公布2021年度职称评审结果的通知\n评审工作已经结束。\n申请人可登录后查看评审结果。\n江岭市人社局\n2021年3月29日',
     ['申请人可登录后查看评审结果。']),
    ('ads', 'keep watching our announcements',
     '江岭市公共资源交易中心公告\n因系统升级，原定开标时间推迟。具体时间另行通知，敬请持续关注本中心官方网站。',
     ['敬请持续关注本中心官方网站']),
    ('ads', 'cultural activity info lines (block)',
     '江岭市博物馆五一假期开放公告\n五一期间正常开放，请游客错峰参观。\n门票价格：成人票50元\n咨询电话：0558-6123456\n敬请关注“江岭文旅”微信公众号',
     ['门票价格：成人票50元', '咨询电话：0558-6123456', '敬请关注“江岭文旅”微信公众号']),
    ('ads', 'school notice, parents join group',
     '江岭市实验小学2021年秋季招生公告\n招生工作定于7月开始。\n请各位家长扫码进群，及时了解招生信息。',
     ['请各位家长扫码进群']),
    ('ads', 'search engine instruction in guide',
     '社保卡申领办事指南\n一、办理渠道\n您可通过百度搜索“江岭人社”进入网上办事大厅办理。',
     ['您可通过百度搜索“江岭人社”进入网上办事大厅办理。']),
    ('ads', 'click below to download form',
     '关于开展2021年度评优工作的通知\n请于4月10日前报送材料。\n请点击下方链接下载申报表。',
     ['请点击下方链接下载申报表。']),
    ('ads', 'salutation + own contact (control)',
     '江岭市卫生健康委员会关于做好2021年春季爱国卫生运动的通知\n各县（区）卫生健康局，委直各单位：\n为深入推进爱国卫生运动，现将有关事项通知如下。\n联系人：张三，电话：0558-6123456\n江岭市卫生健康委员会\n2021年3月29日',
     ['联系人：张三，电话：0558-6123456']),
    ('ads', 'comment deletion policy of a government message board',
     '江岭市政府网站留言办理规则\n一、留言须文明。\n对含有侵权内容的留言，我们将作删除处理。\n二、办理时限为5个工作日。',
     ['对含有侵权内容的留言，我们将作删除处理。']),
    ('ads', 'short block: 报名 channels without 报名 word',
     '江岭市第五届全民健身运动会公告\n运动会定于5月举行。\n参赛费用：每人20元\n咨询电话：0558-6123456\n欢迎大家关注、转发',
     ['参赛费用：每人20元', '咨询电话：0558-6123456']),
    ('date', 'midnight as a system open time with end time',
     '关于开展2021年度专业技术人员继续教育的通知\n各单位：\n网上报名时间为2021-03-29 00:00:00至2021-04-05 23:59:59。\n江岭市人社局\n2021年3月20日',
     ['2021-03-29 00:00:00至2021-04-05 23:59:59']),
    ('date', 'system closes at midnight',
     '关于系统停机维护的公告\n各用户：\n系统将于2021-03-29 00:00:00停止服务，2021年3月29日8时恢复。',
     ['2021-03-29 00:00:00']),
    ('date', 'serial: doc ends with a 5-digit count under a table label',
     '2021年江岭市住院病人统计\n全年出院人数合计如下。\n全市出院人数合计\n44284',
     ['44284']),
    ('date', 'lunar date with Arabic year',
     '关于中秋节放假的通知\n农历2021年八月十五日为中秋节，放假一天。',
     ['八月十五日']),
    ('quote', 'comparison signs inside a title',
     '关于转发文件的通知\n根据《关于年龄<35周岁且工龄>10年人员认定的通知》要求，做好认定工作。',
     ['<35周岁且工龄>']),
    ('punct', 'weekday range with spaced en dash',
     '关于调整办公时间的通知\n办公时间为周一 – 周五上午9时至下午5时。',
     ['周一 – 周五']),
    ('punct', 'outline item starting with PDF',
     '关于报送材料的通知\n材料要求如下：\n1．PDF文件须加盖公章。\n2．WPS文件须可编辑。',
     ['1．PDF文件须加盖公章。']),
    ('edge', 'short title 会议纪要 + place line',
     '会议纪要\n地点：市行政中心东楼\n时间：2021年3月29日\n会议听取了各单位汇报。',
     ['会议纪要', '地点：市行政中心东楼']),
    ('edge', '明传电报 header stack (3 singles above title)',
     '机密\n特急\n明传电报\n关于做好防汛工作的紧急通知\n各县区人民政府：\n入汛以来，我市降雨偏多。',
     ['机密', '特急', '明传电报']),
    ('edge', 'two rows of Han place names under a 决定 title',
     '关于通报表扬的决定\n城关区 东溪镇 上溪村\n临江县 白沙镇 青石村\n以上单位表现突出。',
     ['城关区 东溪镇 上溪村']),
    ('edge', 'phone+fax row and 印发 line after date',
     '通知\n请各单位认真贯彻落实。\n市卫健委\n2021年3月29日\n电话：0558-6123456\u3000传真：0558-6123457\n江岭市卫生健康委员会办公室\u3000印发',
     ['电话：0558-6123456\u3000传真：0558-6123457']),
    ('edge', 'control: 抄送 and 印发 date lines after date',
     '江岭市卫生健康委员会关于做好2021年春季爱国卫生运动的通知\n各县（区）卫生健康局，委直各单位：\n为深入推进爱国卫生运动，现将有关事项通知如下。\n特此通知。\n江岭市卫生健康委员会\n2021年3月29日\n抄送：市政府办公室\n江岭市卫生健康委员会办公室\u3000\u30002021年3月30日印发',
     ['抄送：市政府办公室']),
    ('ads', 'operation manual addresses its readers (本文档)',
     '江岭市政务服务一网通办系统操作手册\n本文档适用于各县区政务服务中心工作人员，请大家认真阅读。\n一、登录系统',
     ['本文档适用于各县区政务服务中心工作人员，请大家认真阅读。']),
    ('ads', 'work summary: study exchange glued as last sentence',
     '2021年党支部工作总结\n一是加强理论学习。二是组织各位党员开展学习交流。\n江岭市卫健委机关党支部',
     ['二是组织各位党员开展学习交流。']),
    ('ads', 'those in need may collect (需要的朋友)',
     '关于免费发放防疫物资的通知\n社区将免费发放口罩。有需要的朋友可前往社区服务站领取。',
     ['有需要的朋友可前往社区服务站领取。']),
    ('ads', 'control: official account promotion',
     '江岭市卫生健康委员会关于做好2021年春季爱国卫生运动的通知\n各县（区）卫生健康局，委直各单位：\n为深入推进爱国卫生运动，现将有关事项通知如下。\n请关注“健康江岭”微信公众号，及时了解最新动态。\n江岭市卫生健康委员会\n2021年3月29日',
     ['请关注“健康江岭”微信公众号，及时了解最新动态。']),
    ('punct', 'outline item starting with PPT',
     '关于举办课件大赛的通知\n二、作品要求\n2．PPT课件不超过30页。',
     ['2．PPT课件不超过30页。']),
]


@pytest.mark.parametrize("family,name,text,keep", CASES, ids=[f"{c[0]}-{k}" for k, c in enumerate(CASES)])
def test_real_content_survives(family: str, name: str, text: str, keep: list[str]) -> None:
    result = clean(text)
    missing = [k for k in keep if k not in result.text]
    assert not missing, (name, missing, [(f.rule, f.before) for f in result.findings if f.action != "flag"])


@pytest.mark.parametrize("text,kept", [
    ("关于转发文件的通知\n根据《关于年龄<35周岁且工龄>10年人员认定的通知》要求。", "<35周岁且工龄>10年"),
    ("关于调整办公时间的通知\n办公时间为周一 – 周五上午9时至下午5时。", "周一 – 周五"),
    ("关于更换网址的通知\n新网址为www．jl．gov．cn．2021年起旧网址停用。", "cn．2021年"),
])
def test_marks_left_alone(text: str, kept: str) -> None:
    assert kept in clean(text).text


def test_spaced_dash_between_clauses_still_repaired() -> None:
    assert "加强队伍建设——这是做好工作的根本保障。" in clean("讲话\n加强队伍建设 — 这是做好工作的根本保障。").text


def test_export_midnight_in_a_date_field_still_repaired() -> None:
    text = "江岭市2021年工作要点\n印发日期：2021-03-29 00:00:00\n一、总体要求\n坚持稳中求进。"
    assert "2021-03-29 00:00:00" not in clean(text).text


def test_a_column_menu_above_a_headline_still_goes() -> None:
    # The title cut (a run holding 通知 or 会议纪要 keeps it) must not keep a menu above a news headline.
    text = "\n".join(["政府信息公开制度", "法定主动公开内容", "政府信息公开年报",
                      "普及中医药健康知识 感悟中医药文化魅力 中医药文化服务月活动持续开展",
                      "为大力弘扬中医药文化，全省各地通过中医义诊等形式开展活动。"])
    out = clean(text).text
    assert out.startswith("普及中医药健康知识")
