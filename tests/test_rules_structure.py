"""chrome, ads, metadata and layout rules: tables of what goes and what must stay.

Rows run through the whole pipeline (these rules depend on a line's neighbours and on the
page's head and tail), so each row is a small page.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean
from cleaner.types import Corpus

BODY = "现将有关事项通知如下，请认真贯彻落实。"

REMOVED = [
    # (page, line that must be gone, rule that removed it)
    ("您当前的位置：首页 » 通知公告 » 详情\n关于开展检查的通知\n" + BODY, "您当前的位置", "chrome.drop_breadcrumbs"),
    ("当前位置：\n首页\n>\n政务信息\n>\n宁夏要闻\n关于开展检查的通知\n" + BODY, "政务信息", "chrome.drop_breadcrumbs"),
    ("首页 > 政务公开 > 通知公告\n关于开展检查的通知\n" + BODY, "政务公开", "chrome.drop_breadcrumbs"),
    ("关于开展检查的通知\n字体大小：大 中 小\n" + BODY, "字体大小", "chrome.drop_widgets"),
    ("关于开展检查的通知\n【字体：\n大\n中\n小\n】\n" + BODY, "【字体", "chrome.drop_widgets"),
    ("关于开展检查的通知\n" + BODY + "\n收藏\n0\n有帮助\n0\n没帮助\n0", "有帮助", "chrome.drop_widgets"),
    ("关于开展检查的通知\n" + BODY + "\n扫一扫在手机打开当前页\n打印本页\n关闭窗口", "打印本页", "chrome.drop_widgets"),
    ("关于开展检查的通知\n" + BODY + "\n上一篇\n下一篇", "上一篇", "chrome.drop_widgets"),
    ("关于开展检查的通知\n" + BODY + "\n网站声明 | 网站地图 | 帮助说明", "网站声明", "chrome.drop_widgets"),
    ("关于开展检查的通知\n" + BODY + "\nCopyright 2013 www.lzq.gov.cn All Rights Reserved 主办单位：某区政府办公室",
     "Copyright", "chrome.drop_footers"),
    ("关于开展检查的通知\n" + BODY + "\n主办单位：某市卫生健康委员会\n技术支持：某科技公司\n京ICP备05060933号 京公网安备11010202000123号",
     "技术支持", "chrome.drop_footers"),
    ("关于开展检查的通知\n" + BODY + "\n相关链接>>\nabcd39f1fb7f426d9dfb6bd0fa1f2146:\n关于另一项工作的决议",
     "关于另一项工作的决议", "chrome.drop_related_links"),
    ("关于开展检查的通知\n殷勇同志作政府工作报告。本报记者 戴冰摄\n" + BODY, "戴冰摄", "chrome.drop_photo_captions"),
    ("[上半年工作总结]中医药事业创新发展。金寨、霍山全国基\n关于开展检查的通知\n" + BODY, "金寨", "chrome.drop_teasers"),
    ("这里是普通文章模块栏目内容页\n关于开展检查的通知\n" + BODY, "普通文章模块", "chrome.drop_widgets"),
    ("广元市利州区人民政府\n关于开展检查的通知\n" + BODY, "利州区人民政府", "metadata.find_title"),
    ("关于开展检查的通知\n发布时间: 2020-12-22   来源: 区卫生健康局   信息类型: 部门动态    浏览量:\n" + BODY,
     "信息类型", "metadata.extract_labeled_fields"),
    ("关于开展检查的通知\n" + BODY + "\n代写文章微信:13258028938 抖音账号:文章写作知识屋", "代写", "ads.drop_solicitation_lines"),
    ("关于开展检查的通知\n全力支援宿州(代写文章:微信:13258028938)、蚌埠等市抗疫工作。", "13258028938", "ads.drop_inline_solicitations"),
    ("关于开展检查的通知\n" + BODY + "论文发表加V:lunwen2021", "lunwen2021", "ads.drop_inline_solicitations"),
    # a trail on arrows without a label, a share list, widgets glued after the last sentence
    ("首页 -> 工作动态 -> 政策文件\n关于开展检查的通知\n" + BODY, "工作动态", "chrome.drop_breadcrumbs"),
    ("政务公开 ＞ 通知公告 ＞ 正文\n关于开展检查的通知\n" + BODY, "通知公告", "chrome.drop_breadcrumbs"),
    ("关于开展检查的通知\n" + BODY + "\n【分享到：微博 QQ好友 朋友圈】", "QQ好友", "chrome.drop_widgets"),
    ("关于开展检查的通知\n" + BODY + "  【打印】【关闭】\n二、工作要求", "【打印】", "chrome.drop_glued_widgets"),
    ("关于开展检查的通知\n" + BODY + "分享：朋友圈QQ好友QQ空间\n二、工作要求", "朋友圈", "chrome.drop_glued_widgets"),
    ("关于开展检查的通知\n" + BODY + "扫一扫在手机上查看当前页面", "扫一扫", "chrome.drop_glued_widgets"),
    # a header table flattened to text; a label and its value on separate lines; bracketed pairs at the end
    ("关于开展检查的通知\n索 引 号\t000014349/2021-00123\t主题分类\t卫生、体育\n" + BODY, "000014349",
     "metadata.extract_labeled_fields"),
    ("公布日期：\n2021-03-30\n制发机关:\n国务院\n访问量:\n4292\n关于开展检查的通知\n" + BODY, "4292",
     "metadata.extract_labeled_fields"),
    ("关于开展检查的通知\n" + BODY + "\n【发文机关: 国务院】【索引号：93620935-5-22-2007-550】【访问量：3104】", "3104",
     "metadata.extract_labeled_fields"),
    ("关于开展检查的通知\n服务对象\u3000公众\n" + BODY, "服务对象", "metadata.extract_labeled_fields"),
    ("索引号 Index No.：000014349/2021-00123\n关于开展检查的通知\n" + BODY, "Index No.", "metadata.extract_labeled_fields"),
    # a paragraph rendered again one paragraph on (a list item's marker repeats with it)
    ("关于开展检查的通知\n（一）加强组织领导，确保各项工作落到实处。\n（二）强化督促检查。\n"
     "（一）加强组织领导，确保各项工作落到实处。\n" + BODY, "加强组织领导，确保各项工作落到实处。", "dup.drop_repeated_paragraphs"),
    # round 2: portal bars, furniture told by shape, link boxes and footers in other wordings
    ("无障碍 | 长者模式 | 繁體 | English\n关于开展检查的通知\n" + BODY, "长者模式", "chrome.drop_widgets"),
    ("请输入关键词  搜索\n关于开展检查的通知\n" + BODY, "请输入关键词", "chrome.drop_widgets"),
    ("无障碍 | 长者模式  关于开展检查的通知\n" + BODY, "长者模式", "chrome.drop_glued_widgets"),
    ("2026年11月30日 星期一 晴 5℃\n关于开展检查的通知\n" + BODY, "星期一", "chrome.drop_furniture"),
    ("今天是：2024-10-10 周六 农历九月初八\n关于开展检查的通知\n" + BODY, "农历", "chrome.drop_furniture"),
    ("热词：乡村振兴 营商环境 医保\n关于开展检查的通知\n" + BODY, "营商环境", "chrome.drop_furniture"),
    ("关于开展检查的通知\n阅读：1234\n" + BODY, "阅读：1234", "chrome.drop_furniture"),
    ("关于开展检查的通知\n" + BODY + "\n【浏览：356】", "浏览：356", "chrome.drop_furniture"),
    ("关于开展检查的通知\n" + BODY + "\n您是第123456位访客", "访客", "chrome.drop_furniture"),
    ("关于开展检查的通知\n" + BODY + "\n上一篇：关于做好春季森林防火工作的通知\n下一篇：2021年安全生产工作要点", "春季森林防火",
     "chrome.drop_furniture"),
    ("关于开展检查的通知\n" + BODY + "（责任编辑：张明 校对：李华）\n二、工作要求", "责任编辑", "chrome.drop_glued_widgets"),
    ("关于开展检查的通知\n" + BODY + "  扫描二维码在手机上浏览\n二、工作要求", "二维码", "chrome.drop_glued_widgets"),
    ("关于开展检查的通知\n" + BODY + "[阅读数: 101次]\n二、工作要求", "101", "chrome.drop_glued_widgets"),
    ("关于开展检查的通知\n" + BODY + "\n【推荐给朋友】【保存本页】【我要纠错】", "保存本页", "chrome.drop_widgets"),
    ("关于开展检查的通知\n" + BODY + "\n猜你喜欢：\n关于做好春季森林防火工作的通知\n2021年安全生产工作要点", "春季森林防火",
     "chrome.drop_related_links"),
    ("关于开展检查的通知\n" + BODY + "\n网站主办：某市人民政府办公室\n建议使用IE8以上浏览器，1024×768分辨率浏览", "分辨率",
     "chrome.drop_footers"),
    ("关于开展检查的通知\n" + BODY + "\n主办：某市人民政府\u3000维护：某市信息中心\n地址：某市人民路1号\u3000邮编：310000", "邮编",
     "chrome.drop_footers"),
    ("2026年11月30日 星期一 晴  关于开展检查的通知\n" + BODY, "星期一", "chrome.drop_glued_widgets"),
    ("关于开展检查的通知\n" + BODY + "\n1234次阅读", "1234次阅读", "chrome.drop_furniture"),
    ("关于开展检查的通知\n" + BODY + "\n您即将离开本网站，是否继续？\n继续访问  取消", "即将离开", "chrome.drop_furniture"),
    ("关于开展检查的通知\n" + BODY + "\n建议使用IE8以上浏览器，1024×768分辨率浏览", "分辨率", "chrome.drop_footers"),
    ("关于开展检查的通知\n" + BODY + "\n【打 印】【关 闭】", "【打 印】", "chrome.drop_widgets"),
    ("关于开展检查的通知\n" + BODY + "\n〔打印本页〕〔关闭窗口〕", "打印本页", "chrome.drop_widgets"),
    ("关于开展检查的通知\n" + BODY + "\n收藏 丨 打印 丨 关闭", "收藏 丨", "chrome.drop_widgets"),
    ("首页 > 政务公开 > 通知公告  关于开展安全生产检查的通知\n" + BODY, "政务公开", "chrome.drop_breadcrumbs"),
    ("关于开展检查的通知\n" + BODY + "\n阅读：123 | 评论：4 | 点赞：5", "评论：4", "chrome.drop_furniture"),
    # round 2: copies in the other width, blocks, a last sentence repeated, a copy a few paragraphs on
    ("关于开展检查的通知\n加强组织领导，压实工作责任，确保各项工作落到实处。\n加强组织领导,压实工作责任,确保各项工作落到实处.\n"
     + BODY, "压实工作责任", "dup.drop_repeated_paragraphs"),
    (("关于开展检查的通知\n一是加强组织领导，确保落实。\n二是强化督促检查，确保实效。\n一是加强组织领导，确保落实。\n"
      "二是强化督促检查，确保实效。\n") + BODY, "二是强化督促检查，确保实效。", "dup.drop_repeated_paragraphs"),
    ("关于开展检查的通知\n各单位要高度重视。要加强组织领导，压实工作责任。\n要加强组织领导，压实工作责任。\n" + BODY,
     "要加强组织领导，压实工作责任。", "dup.drop_repeated_paragraphs"),
    ("关于开展检查的通知\n各单位要高度重视。要加强组织领导，压实工作责任。\n要加强组织领导，压实工作责任。各地要抓好落实。\n" + BODY,
     "要加强组织领导，压实工作责任。", "dup.drop_repeated_paragraphs"),
    (("关于开展检查的通知\n加强组织领导，压实工作责任，确保各项工作落到实处，不走过场。\n各地要抓好落实，及时报送进展。\n"
      "各单位要强化督查，发现问题及时整改。\n加强组织领导，压实工作责任，确保各项工作落到实处，不走过场。\n") + BODY, "不走过场",
     "dup.drop_repeated_paragraphs"),
    ("关于开展检查的通知\n各地要加强组织领导，压实工作责任。\n各地要加强组织领导，压实工作责任。同时要强化督查。\n" + BODY,
     "各地要加强组织领导，压实工作责任。", "dup.drop_repeated_paragraphs"),
    ("关于开展检查的通知\n" + BODY + "\n（一）加强组织领导。\n加强组织领导。各地要高度重视，压实责任。\n（二）强化督查。",
     "加强组织领导。", "dup.drop_repeated_paragraphs"),
    # round 4: shapes, not wordings
    ("您所在的位置：主页 >> 部门文件 >> 通知公告\n关于开展检查的通知\n" + BODY, "部门文件", "chrome.drop_breadcrumbs"),
    ("网站首页 - 信息公开 - 通知公告\n关于开展检查的通知\n" + BODY, "信息公开", "chrome.drop_breadcrumbs"),
    ("当前栏目：政策文件 | 部门文件\n关于开展检查的通知\n" + BODY, "政策文件", "chrome.drop_breadcrumbs"),
    ("关于开展检查的通知\n【字体 放大 缩小】  【关闭此页】 【打印】\n" + BODY, "关闭此页", "chrome.drop_widgets"),
    ("关于开展检查的通知\n" + BODY + "  『字号调整默认 大 超大』  『返回顶部』", "超大", "chrome.drop_glued_widgets"),
    ("关于开展检查的通知\n" + BODY + "\n本文已被浏览 1234 次", "浏览 1234", "chrome.drop_furniture"),
    ("关于开展检查的通知\n" + BODY + "\n（阅读人数：5692）", "阅读人数", "chrome.drop_furniture"),
    ("关于开展检查的通知\n" + BODY + "\n【上一篇】已经是第一篇\n上篇文章 无", "已经是第一篇", "chrome.drop_furniture"),
    ("关于开展检查的通知\n" + BODY + "\n相关文件>>\n· 关于做好防汛工作的通知", "相关文件", "chrome.drop_related_links"),
    ("关于开展检查的通知\n" + BODY + "\n主办：北平区人民政府  维护：北平区信息中心", "北平区信息中心", "chrome.drop_footers"),
    ("关于开展检查的通知\n" + BODY + "\n公安备案号：33010202000123", "33010202000123", "chrome.drop_footers"),
    ("关于开展检查的通知\n信息索取号：000014349/2021-00123\n" + BODY, "000014349", "metadata.extract_labeled_fields"),
    ("关于开展检查的通知\n施行日期：2021年12月4日\n" + BODY, "施行日期", "metadata.extract_labeled_fields"),
    ("关于开展检查的通知\n发布日期\ufe302021-03-29\n" + BODY, "2021-03-29", "metadata.extract_labeled_fields"),
    ("关于开展检查的通知\n「来源」江岭市卫生健康委员会\n" + BODY, "江岭市卫生健康委员会", "metadata.extract_labeled_fields"),
    ("关于开展检查的通知\n| 索引号 | 000014349/2021-00123 | 发布机构 | 江岭市卫健委 |\n" + BODY, "000014349",
     "metadata.extract_labeled_fields"),
]


KEPT = [
    # (page, line that must stay)
    # round 4: what the shapes above must leave alone
    ("区域概况\n位置：本市东部，面积120平方公里。\n" + BODY, "位置：本市东部"),
    ("工作流程\n现将流程明确如下。\n申请 - 受理 - 审核\n", "申请 - 受理 - 审核"),
    ("关于开展检查的通知\n" + BODY + "\n收藏家 大会", "收藏家 大会"),
    ("关于开展检查的通知\n" + BODY + "\n报名时间：2021年3月29日\n截止日期：2021年4月5日", "截止日期：2021年4月5日"),
    ("关于开展检查的通知\n" + BODY + "\n主办单位：市卫健委\n联系电话：0571-12345678", "主办单位：市卫健委"),
    ("关于开展检查的通知\n" + BODY + "\n下一条措施是加强宣传。", "下一条措施"),
    ("学习情况\n本次共有56人阅读了文件，写出心得。\n", "56人阅读了文件"),
    ("关于开展知识竞赛的通知\n" + BODY + "\n联系人：朱老师 联系电话：62181513\n北京市中医管理局\n2021年3月26日", "联系人：朱老师"),
    ("关于开展知识竞赛的通知\n" + BODY + "\n联系人：朱老师 联系电话：62181513\n北京市中医管理局\n2021年3月26日", "北京市中医管理局"),
    ("关于开展知识竞赛的通知\n" + BODY + "\n联系人：朱老师 联系电话：62181513\n北京市中医管理局\n2021年3月26日", "2021年3月26日"),
    ("关于开展知识竞赛的通知\n" + BODY + "\n技术支持：王工，电话：13800138000", "技术支持"),
    ("关于开展知识竞赛的通知\n请关注“健康福州”微信公众号，及时了解最新动态。\n" + BODY, "微信公众号"),
    ("关于开展知识竞赛的通知\n详情请登录市卫健委网站查询，或拨打12345热线咨询。\n" + BODY, "12345热线"),
    ("关于开展知识竞赛的通知\n严厉打击代写论文行为，举报电话：12345。\n" + BODY, "打击代写论文"),
    ("关于开展知识竞赛的通知\n可通过微信扫一扫二维码报名。\n" + BODY, "微信扫一扫二维码报名"),
    ("关于开展知识竞赛的通知\n" + BODY + "\n一、会议安排\n时间：2021年4月1日\n地点：市卫健委三楼会议室", "时间：2021年4月1日"),
    ("关于开展知识竞赛的通知\n" + BODY + "\n附件：1.报名表", "附件：1.报名表"),
    ("关于开展知识竞赛的通知\n" + BODY + "\n（一）加强组织领导。各单位要高度重视。", "（一）加强组织领导"),
    ("福州市卫生健康委员会关于印发2021年工作要点的通知\n榕卫〔2021〕3号\n" + BODY, "榕卫〔2021〕3号"),
    ("政府工作报告\n——2026年1月27日在海南省第七届人民代表大会第五次会议上\n海南省省长 刘小明\n各位代表：\n" + BODY,
     "海南省省长 刘小明"),
    # a sentence that names 打印 / 分享 is prose, not a widget; a label line recurs after each task
    ("关于开展知识竞赛的通知\n" + BODY + "会后分享经验。分享到基层\n二、工作要求", "分享到基层"),
    ("关于开展知识竞赛的通知\n" + BODY + "请下载报名表。打印后盖章\n二、工作要求", "打印后盖章"),
    ("关于开展知识竞赛的通知\n（一）任务一。\n责任单位：市卫健委、市财政局、市发展改革委，各区县。\n（二）任务二。\n"
     "责任单位：市卫健委、市财政局、市发展改革委，各区县。\n" + BODY, "（二）任务二。\n责任单位：市卫健委"),
    ("关于开展知识竞赛的通知\n温度 > 30 > 25\n" + BODY, "温度 > 30 > 25"),
    # found by an adversarial read: the document's own text in the shapes of chrome, ads, metadata
    ("当前位置：首页 > 通知公告 > 关于做好防汛工作的通知\n关于做好防汛工作的通知\n各区县：\n" + BODY, "关于做好防汛工作的通知\n各区县"),
    ("【政策解读】杭州市民生实事项目解读\n近日，市政府印发了民生实事项目，现解读如下。\n", "杭州市民生实事项目解读"),
    ("第二条 认定按以下程序进行：\n企业申报→区县初审→市级复核\n第三条 本办法自发布之日起施行。\n", "企业申报→区县初审→市级复核"),
    ("关于召开统计工作会议的通知\n各区县统计局：\n现将有关事项通知如下：\n时间：2023年5月10日上午9:00\n地点：市统计局501会议室\n请准时参加。\n",
     "时间：2023年5月10日上午9:00"),
    ("招聘公告\n现将有关事项公告如下。\n成绩发布时间：2023年6月20日\n请考生及时查询。\n", "成绩发布时间：2023年6月20日"),
    ("整治名单\n现公布如下。\n杭州某某化工有限公司\n关闭\n杭州某某印染厂\n整改提升\n", "\n关闭\n"),
    ("整治名单\n现公布如下。\n1 杭州某某化工有限公司 无证经营，已立案查处。 关闭\n", "关闭"),
    ("关于报送统计报表的通知\n各乡镇：\n请按时报送。\n电子版（Word版）发送至：tjz2023@163.com\n县统计局\n", "tjz2023@163.com"),
    ("政策解读\n为集聚人才，市委市政府出台了若干政策。\n扫码关注“杭州人才”公众号获取政策原文\n", "获取政策原文"),
    ("优秀共产党员名单\n张三\n市第一人民医院\n李四\n市第一人民医院\n", "李四\n市第一人民医院"),
    ("关于申报科技项目的通知\n各有关单位：\n请认真组织申报。\n相关附件：\n1.项目申报书\n杭州市科学技术局\n2023年3月1日\n", "1.项目申报书"),
    ("问：大学生可以参保吗？\n答：可以，在校大学生可以在学校所在地参保，按规定缴费。\n问：研究生可以参保吗？\n"
     "答：可以，在校大学生可以在学校所在地参保，按规定缴费。\n", "研究生可以参保吗？\n答：可以"),
    ("一、加强领导\n各单位要切实加强组织领导，确保工作落到实处。\n二、强化督查\n各单位要切实加强组织领导，确保工作落到实处。\n",
     "二、强化督查\n各单位要切实加强组织领导"),
    ("一、统筹推进第1项重点工作\n（一）扎实做好具体任务。加强组织领导，压实工作责任，确保各项任务落到实处。\n二、统筹推进第2项重点工作\n"
     "（一）扎实做好具体任务。加强组织领导，压实工作责任，确保各项任务落到实处。\n", "二、统筹推进第2项重点工作\n（一）扎实做好"),
    ("重点项目计划\n现将计划下达如下。\n牵头单位\n配合单位\n市城乡建设委员会\n市城乡建设委员会\n", "市城乡建设委员会\n市城乡建设委员会"),
    ("志愿者招募公告\n现面向社会招募志愿者。\n报名网址：https://zyz.hangzhou.gov.cn\n咨询电话：0571-85123456\n", "报名网址"),
    ("关于举办公文写作培训班的通知\n现将有关事项通知如下。\n公文写作交流群：783456123\n市政府办公室\n", "783456123"),
    ("法律援助便民服务\n各工作站要提供法律咨询服务。\n代写法律文书预约：13912345678\n", "代写法律文书"),
    ("统计公报\n全市共有医疗卫生机构6000个。\n（引用本公报数据请注明出处，咨询邮箱：tjxx@hzws.gov.cn）\n", "tjxx@hzws.gov.cn"),
    ("政府信息公开指南\n根据条例，编制本指南。\n公开方式：政府网站、政务新媒体、公开栏\n二、依申请公开\n申请人可通过信函提出申请。\n",
     "公开方式"),
    ("规范性文件清理结果\n现公布如下。\n文件名称：杭州市停车管理办法\n文号：杭政〔2020〕8号\n有效性：继续有效\n请遵照执行。\n",
     "文号：杭政〔2020〕8号\n有效性：继续有效"),
    # cells split by white space: only where every value has a field's shape
    ("关于开展检查的通知\n现将有关事项通知如下。\n发布时间 2021年5月1日前完成自查，请于发布时间后报送。\n", "2021年5月1日前完成自查"),
    ("关于开展检查的通知\n各单位：\n来源 于基层的声音很重要，请认真倾听。\n" + BODY, "于基层的声音"),
    ("关于开展检查的通知\n" + BODY + "\n一、检查时间\n时间 2021年4月1日至4月30日\n二、检查内容\n", "时间 2021年4月1日至4月30日"),
    ("关于公布第一批名单的通知\n现公布如下。\n文件名称\t江岭市停车管理办法\t文号\t江政〔2020〕8号\n请遵照执行。\n", "江岭市停车管理办法"),
    ("关于开展检查的通知\n" + BODY + "\n服务对象 全市六十岁以上老年人，重点是失能老人。\n", "全市六十岁以上老年人"),
    # a banner above 关于…: no title wrapped over two lines; a subtitle stays its own line
    ("关于开展检查的通知\n——在全市卫生健康工作会议上的讲话\n" + BODY, "关于开展检查的通知\n——在全市"),
    ("2021年全市卫生健康工作要点\n江岭市卫生健康委员会\n" + BODY, "工作要点\n江岭市卫生健康委员会"),
    ("平凉市人民政府第26次常务会议纪要\n时　　间：2017年8月15日（星期二）上午\n地　　点：市政府常务会议室\n主持人：市长刘瑛\n"
     "会议研究了以下事项：\n一、听取了市发展改革委的汇报。\n", "2017年8月15日"),
    # round 2: the document's own text in the shapes of furniture, footers and repeats
    ("关于召开会议的通知\n" + BODY + "\n时间：2021年3月5日 星期五\n地点：市政府会议室", "2021年3月5日 星期五"),
    ("关于举办知识竞赛的通知\n" + BODY + "\n主办单位：市卫健委\n承办单位：市疾控中心\n协办单位：市红十字会", "承办单位：市疾控中心"),
    ("关于报送材料的通知\n" + BODY + "\n联系人：张三 联系电话：62181513\n地址：某市人民路1号 邮编：310000", "邮编：310000"),
    ("统计报表\n请各单位按时填报。\n填表人：张三 审核：李四", "审核：李四"),
    ("读书月活动安排\n活动内容如下。\n阅读\n演讲\n征文", "阅读\n演讲"),
    ("整治名单\n现公布如下。\n杭州某某化工有限公司\n关 闭\n杭州某某印染厂\n整改提升\n", "\n关 闭\n"),
    ("首页 > 政务公开 > 通知公告  关于开展安全生产检查的通知\n" + BODY, "关于开展安全生产检查的通知\n"),
    ("参训情况统计\n情况如下。\n男：12 女：15\n", "男：12 女：15"),
    ("工作简报\n热点新闻\n我市召开安全生产工作会议\n" + BODY + "\n二、要求。", "热点新闻\n我市召开安全生产工作会议"),
    ("关于开展检查的通知\n" + BODY + "\n查看：\n关注：", "查看：\n关注："),
    ("信息化工作要点\n现将要点印发如下。\n建议使用国产浏览器和操作系统开展办公\n网站运行维护", "建议使用国产浏览器"),
    ("培训情况\n本次培训共有1234人参加，效果良好。\n参训1234人次", "参训1234人次"),
    ("关于开展检查的通知\n" + BODY + "\n相关信息：\n联系人：张三", "联系人：张三"),
    ("政策解读\n上一篇文章介绍了申报条件，本篇介绍申报流程。\n", "上一篇文章"),
    ("热词解读\n热词：指一段时期内使用频率高的词语。\n", "热词：指"),
    ("关于开展检查的通知\n" + BODY + "\n请扫描二维码报名参加培训", "扫描二维码报名"),
    ("重点任务分工\n现将分工明确如下。\n市卫生健康委员会\n2021年12月底前\n市卫生健康委员会\n2021年12月底前\n",
     "2021年12月底前\n市卫生健康委员会\n2021年12月底前"),
    (("一、加强领导\n各单位要切实加强组织领导，确保工作落到实处，不走过场，形成合力。\n（一）细化任务。\n二、强化督查\n"
      "各单位要切实加强组织领导，确保工作落到实处，不走过场，形成合力。\n"), "二、强化督查\n各单位要切实"),
    (("工作安排\n（一）任务一。\n牵头单位：市卫健委、市财政局、市发展改革委，各区县。\n完成时限：2021年底前完成。\n（二）任务二。\n"
      "牵头单位：市卫健委、市财政局、市发展改革委，各区县。\n"), "（二）任务二。\n牵头单位"),
    # a bulleted link box right above the signature: the signer (under a damaged date) is no link
    ("关于开展检查的通知\n" + BODY + "\n[延伸阅读]\n\u00b7关于做好防汛工作的通知\n\u00b7市政府关于农田建设的意见\n"
     "南湖区应急管理局\n2019年12月10日\u201495日", "南湖区应急管理局"),
    # an unbulleted link box above the signature, its date damaged by a typist (、 for 年/月)
    ("关于开展检查的通知\n" + BODY + "\n[相关文章]\n关于做好营商环境优化提升的公告\n市政府办公室关于安全生产大检查管理办法\n"
     "南湖区市场监督管理局\n2023\u30017\u300110", "南湖区市场监督管理局"),
]


@pytest.mark.parametrize("page,gone,rule", REMOVED, ids=[r[2] + ":" + r[1] for r in REMOVED])
def test_removed_with_its_rule(page, gone, rule):
    cleaned = clean(page)
    assert cleaned.text.count(gone) == (rule == "dup.drop_repeated_paragraphs")  # one copy of a repeat stays
    assert any(f.rule == rule and gone in f.before for f in cleaned.findings if f.action == "remove"), \
        [(f.rule, f.before) for f in cleaned.findings if f.action == "remove"]
    assert cleaned.restore() == page


@pytest.mark.parametrize("page,kept", KEPT, ids=[r[1] for r in KEPT])
def test_must_not_remove(page, kept):
    assert kept in clean(page).text


def test_inline_ad_closes_up_the_sentence():
    assert clean("标题\n全力支援宿州(代写文章:微信:13258028938)、蚌埠等市。").text == "标题\n全力支援宿州、蚌埠等市。"
    assert clean("标题\n累计派出检测车11(代写文章:微信:13258028938)采样人员400人。").text == "标题\n累计派出检测车11采样人员400人。"


@pytest.mark.parametrize("page,fields", [
    ("  • 索 引 号: FZ00128-2500-2021-00011\n  • 主题分类:\n  • 发文机关: 福州市卫生健康委员会\n"
     "  • 成文日期:2021-03-29\n  • 标    题: 关于印发工作要点的通知\n  • 发文字号: 榕卫〔2021〕3号\n"
     "  • 发布日期:2021-03-30\n  • 有 效 性: 有效\n关于印发工作要点的通知\n" + BODY,
     {"index_number": "FZ00128-2500-2021-00011", "publisher": "福州市卫生健康委员会", "written_date": "2021-03-29",
      "title": "关于印发工作要点的通知", "doc_number": "榕卫〔2021〕3号", "publish_date": "2021-03-30", "validity": "有效"}),
    ("2022年株洲市卫生健康工作要点\n\n发布日期:2022-05-31信息来源:市卫健委\n\n" + BODY + "\n责任编辑:市卫健委",
     {"title": "2022年株洲市卫生健康工作要点", "publish_date": "2022-05-31", "publisher": "市卫健委", "editor": "市卫健委"}),
    ("2026年政府工作报告\n发表时间：\n2026-02-09 09:45:30\n来源：\n宁夏日报客户端\n阅读量：\n" + BODY,
     {"title": "2026年政府工作报告", "publish_date": "2026-02-09", "publisher": "宁夏日报客户端"}),
    ("11330782329949043U/2021-374107\n市卫生健康局\n2021-03-24\n主动公开\n发布时间:2021-03-24 14:29\n"
     "访问次数:\n字体大小:大 中 小\n2020年卫生健康工作总结\n" + BODY,
     {"index_number": "11330782329949043U/2021-374107", "publisher": "市卫生健康局", "publish_date": "2021-03-24",
      "disclosure": "主动公开", "title": "2020年卫生健康工作总结"}),
    ("2026年政府工作报告\n来源：云南日报\n2026年2月3日 09:02\n" + BODY,
     {"title": "2026年政府工作报告", "publisher": "云南日报", "publish_date": "2026-02-03"}),
    # bracketed labels, a colon or not, a space inside
    ("【发布单位】：国务院\n【索引号】 460782171/2007-25352\n【成文日期】 2007-03-05\n【发布日期】2007年3月5日\n"
     "2007年政府工作报告\n" + BODY,
     {"publisher": "国务院", "index_number": "460782171/2007-25352", "written_date": "2007-03-05",
      "publish_date": "2007-03-05", "title": "2007年政府工作报告"}),
    # a prefixed label, fields between bars, a widget tail
    ("关于做好值班工作的通知\n信息发布时间：2021-03-29 | 来源：市卫健委 | 【字体：大 中 小】 打印\n" + BODY,
     {"title": "关于做好值班工作的通知", "publish_date": "2021-03-29", "publisher": "市卫健委"}),
    # a strong label and a value of its one shape, a space between them
    ("关于做好值班工作的通知\n发布日期 2021-03-29\n" + BODY,
     {"title": "关于做好值班工作的通知", "publish_date": "2021-03-29"}),
    # the document's own header and signature: doc number, signature date and organisation
    ("江岭市卫生健康委员会关于印发工作要点的通知\n江卫发〔2021〕12号\n各县（市）区卫健局：\n" + BODY
     + "\n江岭市卫生健康委员会\n2021年3月29日",
     {"title": "江岭市卫生健康委员会关于印发工作要点的通知", "doc_number": "江卫发〔2021〕12号",
      "written_date": "2021-03-29", "publisher": "江岭市卫生健康委员会", "publish_date": "2021-03-29",
      "publish_date_source": "written_date"}),
    # a signature dated in Chinese numerals; a numbered section under a 预案's title is no title
    ("关于做好普法工作的通知\n各区县司法局：\n" + BODY + "\n南通市司法局\n二〇二三年三月一日",
     {"title": "关于做好普法工作的通知", "written_date": "2023-03-01", "publisher": "南通市司法局",
      "publish_date": "2023-03-01", "publish_date_source": "written_date"}),
    ("永平县突发地质灾害应急预案\n1　总则\n1.1　编制目的\n" + BODY, {"title": "永平县突发地质灾害应急预案"}),
    # a flattened header table: cells split by tabs, labels in other wordings, values in other formats
    ("索 引 号\t11330782329949043U/2021-374107\t信息分类\t通知\n发布机构\t江岭市卫生健康委员会\t生成日期\t2021.03.30\n"
     "文\u3000\u3000号\t江卫发[2021]12号\t印发日期\t2021年03月29日\n关于印发工作要点的通知\n" + BODY,
     {"index_number": "11330782329949043U/2021-374107", "topic": "通知", "publisher": "江岭市卫生健康委员会",
      "publish_date": "2021-03-30", "doc_number": "江卫发〔2021〕12号", "written_date": "2021-03-29",
      "title": "关于印发工作要点的通知"}),
    # pairs glued, labels in brackets without a colon, a widget tail
    ("关于印发工作要点的通知\n［发布机构］国务院［公开日期］2021/3/30【打印】【关闭】\n" + BODY,
     {"title": "关于印发工作要点的通知", "publisher": "国务院", "publish_date": "2021-03-30"}),
    # a title wrapped over two lines; a document number with its signer; a byline whose gap became "?"
    ("江岭市卫生健康委员会关于印发2021年全市\n卫生健康工作要点的通知\n江卫发（2021）12号　签发人：张三\n各单位：\n" + BODY,
     {"title": "江岭市卫生健康委员会关于印发2021年全市卫生健康工作要点的通知", "doc_number": "江卫发〔2021〕12号"}),
    ("2015年政府工作报告\n——2015年3月5日在第十二届全国人民代表大会第三次会议上\n国务院总理?李克强\n各位代表：\n" + BODY,
     {"title": "2015年政府工作报告", "written_date": "2015-03-05", "publisher": "国务院",
      "publish_date": "2015-03-05", "publish_date_source": "written_date"}),
    # a speech: dateline and byline under the title
    ("2003年政府工作报告\n——2003年3月5日在第十届全国人民代表大会第一次会议上\n国务院总理　朱镕基\n各位代表：\n" + BODY,
     {"title": "2003年政府工作报告", "written_date": "2003-03-05", "publisher": "国务院",
      "publish_date": "2003-03-05", "publish_date_source": "written_date"}),
])
def test_metadata_fields(page, fields):
    cleaned = clean(page)
    assert cleaned.metadata == fields
    assert cleaned.text.split("\n")[0] == fields["title"]
    assert cleaned.text.count(fields["title"]) == 1


def test_empty_fields_are_omitted():
    cleaned = clean("关于印发工作要点的通知\n主题分类:\n有效性：\n" + BODY)
    assert "topic" not in cleaned.metadata and "validity" not in cleaned.metadata


def test_an_empty_label_never_takes_the_next_line_of_another_shape():
    page = "主题词：\n关于做好值班工作的通知\n" + BODY
    cleaned = clean(page)
    assert "keywords" not in cleaned.metadata
    assert cleaned.text.split("\n")[0] == "关于做好值班工作的通知"


def test_recurring_lines_from_the_corpus_pass():
    page = "智慧卫健服务平台\n关于开展检查的通知\n" + BODY
    corpus = Corpus(recurring_lines=frozenset({"智慧卫健服务平台", "一、总体要求"}))
    assert "智慧卫健服务平台" not in clean(page, corpus=corpus).text
    # a recurring outline heading is content
    assert "一、总体要求" in clean("关于开展检查的通知\n一、总体要求\n" + BODY, corpus=corpus).text


def test_user_phrases_extend_the_lists():
    page = "关于开展检查的通知\n" + BODY + "\n进入专栏"
    assert "进入专栏" in clean(page).text
    assert "返回列表" not in clean(page, corpus=Corpus(chrome_phrases=("返回列表",))).text
    ad = "关于开展检查的通知\n" + BODY + "\n代理记账微信:abc12345"
    assert "代理记账" in clean(ad).text
    assert "代理记账" not in clean(ad, corpus=Corpus(ad_phrases=("代理记账",))).text


def test_broken_title_is_joined():
    page = "关于印发《六安市卫健委2022年度上半年\n\n工作总结及下半年工作安排》的通知\n各县区卫健委：\n" + BODY
    cleaned = clean(page)
    assert cleaned.text.split("\n")[0] == "关于印发《六安市卫健委2022年度上半年工作总结及下半年工作安排》的通知"
    assert cleaned.metadata["title"] == cleaned.text.split("\n")[0]
