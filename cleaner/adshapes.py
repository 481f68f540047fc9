"""Shapes a government text never writes of itself, for cleaner/adcues.py.

An ad that avoids the template-site words still betrays itself by how it is written:

- a contact spelled to dodge filters (威xin, V❤, 薇:, 加薇, 扣扣, 企鹅, a number with a space
  between every digit): a notice writes 微信 and QQ plainly;
- a domain whose dots are spelled out (www【点】xxx【点】com, xxx dot cn, xxx . com);
- a website's own voice (本站, 本平台, 本号, 小编, 站长, 网友上传, 作者：佚名): a notice speaks
  as an organisation, never as a site;
- a takedown or authorship note (如有侵权请联系删除, 侵删, 版权归原作者所有, 不代表本站立场);
- a writing service sold (文稿定制, 承接…材料, 原创保质, 当天交稿, 仅需9.9元);
- an account named after writing material on a social platform (抖音搜索“XX写作”), a promise of
  more writing material (更多公文写作干货, 海量精品范文), a reply keyword that unlocks material
  (回复“资料”领取全套材料).

Each is one cue of one class; the verdict still needs a second cue (rules/ads.py). Patterns
only, nothing here changes text.
"""

from __future__ import annotations

import regex

from cleaner import adtrades, chars

# Account channels written plainly: a notice may give its own (微信：jkjl2021). Every other
# spelling of a channel in adcues._ID_CHANNELS is an evasion.
PLAIN_CHANNELS = frozenset({"微信号", "微信", "QQ号", "QQ群", "QQ", "qq", "Qq", "群号", "交流群", "weixin", "Weixin",
                            "WeChat", "wechat", "Q群"})
# Evasive spellings of WeChat and QQ; a one-character one (薇, 徽, V, Q) counts only with a colon.
EVASIVE_CHANNELS = ("威xin", "微xin", "薇xin", "威x", "薇x", "V❤", "V♥", "v❤", "V❤\ufe0f", "V芯", "v芯", "V心", "加薇", "加威",
                    "\u2795V", "\u2795v", "\u2795vx", "q q", "Q Q", "薇", "徽", "威", "微", "扣", "蔻蔻", "球球",
                    "卫星号", "卫星",  # wei xing for wei xin: an account id follows (卫星电话 is a satellite phone's row)
                    # pinyin spellings: jia wei xin, kou kou, wx hao
                    "jia wei xin", "jiawei xin", "jia weixin", "jiaweixin", "jia V", "jiaV", "jia v", "jiav",
                    "kou kou", "koukou", "wei信", "Wei信", "WEI信", "QQ qun", "qq qun", "Q qun", "wei xin hao", "weixin hao", "wx hao", "vx hao", "Q Q hao", "qq hao")
# A number written with a space (or dot) between every digit: 1 3 8 0 0 1 3 8 0 0 0.
# Or digits kept apart by decorations or invisible characters, one to three at a time, so that no
# digit run is long enough for a filter (1❤3❤8…, 1\u200b39\u200b12…, 8🌸7🌸6…): no notice writes a number so.
SPACED_DIGITS = (r"\d(?:[ .]\d){5,11}+(?![ .]?\d)"
                 r"|\d{1,3}+(?:[\u00b7\u2022\u2764\u2665\U0001F338\u200b-\u200d\u2060\ufeff]\d{1,3}+){3,11}+(?!\d)")

_WRITING = r"(?:文章|写作|范文|模板|素材|公文|文案|文稿|材料|文秘|笔杆子?|稿件|讲话稿|述职|心得|总结|资料|申报书|论文)"
# Dots spelled out between the parts of a host name (the TLD must follow).
_TLD = r"(?:com|cn|net|org|top|cc|vip|xyz|info|site|wang|club|me|io|co|tv|ink|pub|shop|icu|fun|biz)"
# Not from inside a chain (1。1。1。…): every later start reaches the same end as the first and
# fails as it did, so trying them made a long run of figures quadratic.
EVASIVE_DOMAIN = regex.compile(
    rf"(?<![A-Za-z0-9-])(?<![A-Za-z0-9-](?:\s*+(?:\u3010点\u3011|\(点\)|点|dot|DOT|\u3002)\s*+|\s++\.\s*+|\.\s++))(?:[A-Za-z0-9-]++(?:\s*+(?:\u3010点\u3011|\(点\)|点|dot|DOT|\u3002)\s*+(?=[A-Za-z0-9])|\s++\.\s*+|\.\s++))++"
    rf"{_TLD}(?![A-Za-z0-9-])")
SITE_VOICE = regex.compile(
    r"本站(?!停靠|上车|下车)|本平台|(?<![版样账编批型序原文资证])本号|本公众号|(?<=[网站库档])小编|由小编|小编(?:整理|收集|搜集)"
    r"|站长|网友(?:上传|投稿|分享|发布)|用户上传|佚名|更多精彩\p{Han}{0,2}?(?:请|敬请)?(?:访问|尽在)")
# 以上内容由…, 本文资料由…: what follows names who put the text up.
ATTRIBUTED = regex.compile(r"(?:以上|上述)?(?:内容|文章|本文|资料|文档)\p{Han}{0,2}?由")
# 本网 is also a government portal's byline (本网讯): it counts, weakly, with a takedown note.
SITE_VOICE_WEAK = regex.compile(r"本网(?!讯|站讯)")
TAKEDOWN = regex.compile(
    r"(?:如有|若有|如涉及|若涉及|涉及)侵权[^\n\u3002;]{0,10}?(?:删除|删|告知|处理)|侵权(?:请|必)?删|侵删"
    r"|版权归(?:原)?作者|不代表本(?:站|网|平台|号)(?:观点|立场)|(?:本文|文章)仅代表作者(?:个人)?观点"
    r"|版权(?:等)?问题[^\n。;]{0,8}?删除")
# A writing service sold: the object then the service, or a taking-on verb then the object.
SERVICE = regex.compile(
    rf"{_WRITING}\p{{Han}}{{0,2}}?(?:定制|代做|润色|降重|包过|写作服务|撰写服务|代发)"
    rf"|(?:承接|诚接|长期接)(?!单位|项目|主体|任务|工作|产业|转移|职能)[^\n,;:\u3002]{{0,6}}?{_WRITING}"
    r"|原创保质|当天交稿|不满意不收费|仅需\d++(?:\.\d++)?元|(?<!\d)\d++(?:\.\d++)?元(?:一篇|每篇|/篇)"
    # the object then 原创 / 撰写 as a label, nothing after it (⭐心得体会撰写⭐, 讲稿原创✅)
    # (not what the text is written after: 按照范文格式撰写 is an instruction)
    # (a label, so not before a clause mark: 做好年度报告撰写，按时报送 is an instruction)
    rf"|(?<!按照|参照|依照|根据|参考|对照)(?:{_WRITING}|讲稿|报告)\p{{Han}}{{0,2}}?(?:原创|撰写)(?![\p{{Han}}A-Za-z0-9,;\u3001\u3002])")
# More writing material promised: 更多公文写作干货, 海量精品范文, 每天分享材料写作技巧.
PROMOTION = regex.compile(
    rf"(?:更多|海量|每天分享|每日更新|每日分享|独家|免费领取|获取更多)\p{{Han}}{{0,6}}?{_WRITING}"
    r"\p{Han}{0,4}?(?:干货|技巧|大全|合集|素材|模板|资料|范文)")
# An account named after writing material on a platform: 抖音搜索“XX写作”, 小红书@XX素材库.
_PLATFORM = r"(?:抖音|小红书|[Bb]站|哔哩哔哩|知乎|百家号|头条号|视频号|快手|微博|公众号|订阅号)"
# (Not an account named already, in quotes before its platform: 关注“扬州发布”微信公众号【免费送…】 names
# 扬州发布; the bracket after it is another thing.)
PLATFORM_ACCOUNT = regex.compile(
    rf"(?<![\u201d\u300d\u3011\"'](?:微信|官方)?){_PLATFORM}(?:号|账号|专栏)?\s*+(?:搜索|搜)?\s*+[:@]?\s*+[\"'\u201c\u300c\u3010@]?\s*+"
    r"[\p{Han}A-Za-z0-9]{0,8}?(?:写作|范文|模板|素材|文案|文稿|文秘|笔杆|公文)")
PLATFORM = regex.compile(rf"{_PLATFORM}(?:号|账号|专栏)?\s*+(?:搜索|搜)?\s*+[:@\"'\u201c\u300c\u3010]")
# A reply keyword that unlocks writing material, not a service's own result (检测结果).
REPLY_MATERIAL = regex.compile(
    r"(?:回复|私信|留言)\s*+[\"'\u201c\u300c\u3010]?[\p{Han}A-Za-z0-9]{1,8}?[\"'\u201d\u300d\u3011]?\s*+"
    r"(?:即可|就能|可以?)?\s*+(?:免费)?(?:领取|获取|获得|下载|发你|送)\p{Han}{0,4}?"
    r"(?:材料|资料|文档|模板|范文|电子版|Word|word|WORD|PDF|pdf|全套)")
# A writing business named by its trade: 文稿服务热线, 写作咨询, 专业文秘团队, 公文素材合作.
_TRADE_OBJECT = r"(?:文稿|文秘|写作|范文|文案|稿件|公文素材|讲话稿|申报书|材料|总结|模板)"
WRITING_TRADE = regex.compile(
    rf"{_TRADE_OBJECT}\p{{Han}}{{0,2}}?(?:服务热线|咨询热线|热线|客服|工作室|合作|代笔|降重)|专业(?:文秘|写作|文案|写手)(?:团队|服务)"
    rf"|(?<![报提递交审])(?:写|帮写){_WRITING}\p{{Han}}{{0,1}}?找")
# A seller's first person and a buyer addressed: 可以私信我, 写材料找我, 需要…讲话稿请致电.
SELLER_VOICE = regex.compile(
    rf"(?:私信|加|找|dd|滴滴)我(?![\p{{Han}}])|欢迎私信|需要(?:各类|全套|原创|优质|精品)\p{{Han}}{{0,4}}?{_WRITING}\p{{Han}}{{0,5}}?(?:请|可以?)"
    r"(?:致电|联系|加|私信|找)|(?:的朋友|小伙伴)(?:可以?|请)?(?:私信|联系|加|找)")
# A price per piece or a promise no notice makes: 300元/篇, 每千字80元, ¥99起, 包过, 不满意退款.
# A seller's promise of the outcome or of payment on it, made and not cited: 包录用, 包拿证, 保过, 满意再付款,
# 先写后付 (a warning quotes them: 凡声称可“包发表”“包录用”的…). Refund terms (不成功全额退款), a price per piece
# written last (每篇300元) and 一稿到位 are a notice's own fee tables, service terms and requests too.
# Cited, a promise stands in quotes, in parentheses or in a list of them (打出（包过、包拿证）等宣传).
_CITING_MARKS = ("\"'()" + chars.OPENING_QUOTES + chars.CLOSING_QUOTES + chars.FULLWIDTH_LEFT_PAREN
                 + chars.FULLWIDTH_RIGHT_PAREN + chars.IDEOGRAPHIC_COMMA)
_PROMISE = (r"包过|包通过|不满意(?:可|包)?退款"
            rf"|(?<![{_CITING_MARKS}])(?:包(?:录用|拿证|上岸|录取|发表)|(?<!确)保过(?!\p{{Han}})|满意(?:再|后)(?:付款|付费|支付)|先写后付)(?![{_CITING_MARKS}])")
# The promise alone: it outweighs a notice's own registration words (报名电话 under 包拿证 is a seller's).
PROMISE = regex.compile(_PROMISE + r"|不过(?:全额)?退费")
# A figure starts where no digit stands before it: from inside a run of digits every start
# reaches the same end and fails as the first did (a long run made the search quadratic).
PRICE = regex.compile(
    r"(?<!\d)\d++(?:\.\d++)?\s*+元\s*+(?:/|每|一)\s*+(?:篇|份|千字)|每千字\s*+\d++(?:\.\d++)?\s*+元|[\u00a5\uffe5]\s*+\d"
    r"|(?<!\d)\d++元起|限时特价|(?:即|就)送\d++|进群暗号|" + _PROMISE)
# A template site's listing of how many pieces it holds: （通用10篇）, 精选6篇, 最新范文4篇 (a notice
# counts 收录优秀公文范文100篇, 优秀案例30篇: no seller's qualifier before the count).
LISTING = regex.compile(r"(?:通用|精选|最新|热门|精品)(?:范文|模板|素材|范本)?\d{1,3}+篇(?!\p{Han})")
# Pictographic emoji: a notice is not decorated with 🔥✅👉 (a weak cue: a WeChat post may be).
EMOJI = regex.compile(r"[\U0001F300-\U0001FAFF\u2705\u2728\u274c\u2757\u2b50\u27a1\u26a1\u260e]")
PRICE_WEAK = regex.compile(r"一对一服务|低价|特价|加急|价格(?:从优|优惠|实惠)|原创(?:保证|保障|定制)|\d{1,2}小时(?:交稿|出稿)"
                           r"|当天出稿|免费送|每日分享|每天分享|限时(?:免费|福利)|火热招生|同步上新|欢迎选购|报价透明"
                           r"|满\s*+\d++\s*+人(?:即|就)?关闭")
# A document-sharing site's voice: 精品文档, 下载后可编辑, 欢迎下载收藏, 更多…尽在X网.
DOC_SHARE = regex.compile(r"精品文档|海量文档|(?:word|Word|WORD)?文档可编辑|可编辑可修改|下载后可编辑|下载收藏"
                          r"|尽在\p{Han}{1,6}?(?:网|文档|文库|大全)")
FILE_FORMAT = regex.compile(r"(?:word|Word|WORD|PDF|pdf|PPT|ppt)\s*+(?:文档|版|格式)?")
# An account looked up by its name: 微信搜索「X」, 搜一搜“X”.
ACCOUNT_SEARCH = regex.compile(r"(?:微信|抖音|小红书)?(?:搜索|搜一搜|搜)\s*+[\"'\u201c\u2018\u300c\u300e\u3010][^\n\"'\u201d\u2019\u300d\u300f\u3011]{1,12}+")
# A keyword unlocks material: 后台发送“心得”, 对话框输入, 私信关键词; the keyword a writing word.
KEYWORD_WRITING = regex.compile(
    r"(?:后台|对话框)\s*+(?:发送|输入|回复)|(?:私信|发送|回复|输入)\s*+(?:关键词|关键字|暗号)"
    r"|(?:回复|发送|输入)\s*+[\"'\u201c\u2018\u300c\u3010]?(?:总结|心得|范文|模板|述职|讲话稿|素材)[\"'\u201d\u2019\u300d\u3011]?"
    r"\s*+(?:即可|就能|可|自动)?\s*+(?:免费)?(?:领取|获取|下载|拿|发你|送|回复)")
# A page's call to act: a weak cue, of its own class.
CALL = regex.compile(r"点击(?:下方|上方|文末|左下角|链接|阅读原文)|扫码|扫描\p{Han}{0,4}?二维码|私信|评论区|留言|点赞|收藏|关注后"
                     r"|记住\p{Han}{0,4}?网址|百度搜索|首发于|继续阅读|阅读全文|查看全文|展开全文|体验更佳|提取码|网盘"
                     r"|(?:觉得|感觉)(?:有用|不错|有帮助)|低至\d")
# A document-sharing site's paywall left in the text: 剩余5页未读, 试读结束, 开通VIP即可下载,
# 下载需3积分, 付费下载, 登录后查看完整版.
PAYWALL = regex.compile(
    r"剩余\s*+\d++\s*+页|试读(?:已|到此)?结束|(?:开通|购买|升级|成为)(?:VIP|vip|超级)?会员(?:后|即可|可)"
    r"|(?:VIP|vip)(?:会员)?(?:专享|免费下载|下载)|下载券|下载(?:需|需要|消耗)\s*+\d++\s*+(?:积分|金币|下载券|元)"
    r"|付费(?:下载|阅读|查看|文档)|(?:登录|购买|付费)后(?:即可)?(?:查看|阅读|下载)(?:全文|完整|剩余)|内容已隐藏"
    r"|查看剩余(?:内容|部分|全文)|(?:当前|本文档)(?:为|共)第?\s*+\d++\s*+页"
    r"|扫码(?:支付|付款)后\s*+(?:即可|可)?\s*+复制(?:全文|原文)")
# An app pushed over the text: 打开XX文库APP阅读全文, App内打开, 扫码下载客户端.
APP = regex.compile(
    r"(?:打开|下载|安装|前往)\p{Han}{0,8}?(?:APP|App|app|客户端)[,\s]{0,2}+(?:免费)?(?:阅读|查看|看)\p{Han}{0,2}?"
    r"(?:全文|原文|剩余|更多|完整)|(?:APP|App|app)内(?:打开|阅读|查看)|扫码下载\p{Han}{0,8}?(?:APP|App|app|客户端)")
# A self-media account's voice: 原创不易, 关注不迷路, 我们下期见, 点个在看, 关注我.
SELF_MEDIA = regex.compile(
    r"(?:原创|码字|整理|创作)不易|关注不迷路|下期(?:再)?见|(?:今天|今日)的分享|点个?\s*+[\"'\u201c]?在看"
    r"|关注我(?!\p{Han})|一键三连|求关注|求点赞")
# A material bundle teased by its poster: 已打包, 评论区扣1, 点赞后自取, 需要的同学留言.
BUNDLE = regex.compile(
    r"已打包|打包好了|评论区(?:扣|回复|留言)|(?:点赞|关注|收藏|转发|评论)\s*+(?:后|再)\s*+(?:私信)?\s*+(?:自取|领取|获取|下载|私信)"
    r"|需要的(?:同学|朋友|小伙伴|宝子)?(?:可以?)?(?:留言|私信|私我)|(?:链接|提取码|网盘)\p{Han}{0,3}?(?:见|在)评论区"
    r"|(?:资料包|合集|大全)已(?:整理好|打包|上传)")
# An exam or training seller: 上岸率, 冲刺班报名, 公考网课, 事业编真题, 不过退费, VIP班. Not 辅导 or 名师 after an
# exam's name: a university's own 选调生考试辅导讲座, an office's 遴选骨干教师…辅导 (a verb) read so too.
_EXAM = r"(?:公考|国考|省考|事业编|教资|遴选|选调生?|三支一扶|军队文职|考编|考公)"
EXAM_NAME = regex.compile(_EXAM)
EXAM = regex.compile(
    rf"上岸率|成功上岸|助你上岸|轻松上岸|一次上岸|上岸学员|(?:系统|冲刺|协议|押题|密训)班(?:报名|招生|火热|开课|热招)"
    rf"|{_EXAM}\p{{Han}}{{0,6}}?(?:网课|题库|真题|资料包|押题|试听|备考资料)|不过(?:全额)?退费|(?i:vip)班"
    r"|想考\p{Han}{1,6}?的(?:同学|朋友|小伙伴)")

# Papers published for a fee: the speed or the guarantee sold (快速见刊, 发表快速, 绿色通道), a journal's
# grade before 论文发表 (省级国家级期刊论文发表), the offer run into a call or a list of the trade's
# services (论文发表加V…, 论文发表 职称评审). Not 发表论文 alone: a notice's own requirement
# (须在核心期刊发表论文2篇以上, 学会会员发表论文可申请奖励, 任现职以来论文发表情况一览表).
PAPER_TRADE = regex.compile(
    r"(?:快速|加急|极速|当月)\s*+(?:发表|见刊|录用)|(?:发表|见刊|录用|审稿)\s*+(?:快速|快|加急)(?!\p{Han})"
    r"|(?:省级|国家级|核心)\p{Han}{0,6}?论文(?:发表|代发)|(?:论文|期刊)(?:发表|代发)[\s\u3001,\uff0c/|]*+(?:绿色通道|加\s*+[VvQqWw微]|职称评审|一站式)")

# A document-sharing site's file-info field, its value with it: 格式：docx, 大小：20.14 KB, 文档页数：12,
# 资源ID：3061754, 下载积分：6.99金币, 上传日期：2022-08-03. A notice names its annexes, never their bytes
# or a site's resource id; each field is one ad-only cue, so a strip of two agrees with itself.
FILE_INFO = regex.compile(
    r"(?:文档|资源|文件)?格式\s*+:\s*+(?i:docx?|pdf|pptx?|xlsx?|wps|txt)(?![A-Za-z])"
    r"|(?:文档|资源|文件)?大小\s*+:\s*+\d++(?:\.\d++)?\s*+(?i:[KM]B?)(?![A-Za-z])"
    r"|(?:文档|全文|资源)页数\s*+:\s*+\d++\s*+页?|资源(?:ID|id|编号)\s*+:\s*+\d++"
    r"|下载(?:积分|金币|券)\s*+:\s*+\d++(?:\.\d++)?\s*+(?:金币|积分|元|张)?"
    r"|上传(?:日期|时间)\s*+:\s*+\d{4}-\d{1,2}-\d{1,2}(?:\s++\d{1,2}:\d{2}(?::\d{2})?)?")
# A sharing site's income and rights notes and its reader's tools: 此文档下载收益归作者所有, 收益归属内容
# 提供方, 请进行举报或认领, 还剩5页未读, 下载文档到电脑, 开通vip: the site speaks of its uploaders' income.
SHARE_NOTE = regex.compile(
    r"(?:此文档|本文档)?(?:下载)?收益(?:归属|归)(?:作者|内容提供方|上传者|上传用户)(?:所有)?"
    r"|(?m:^[^\S\n]*+合集下载[^\S\n]*+$)|(?:请)?进行举报或认领|还剩\s*+\d++\s*+页未读|下载文档到电脑|(?:开通|成为)\s*+(?i:vip)(?:会员)?(?!\p{Han})")
# A template site's row of genre keywords, nothing else on the segment: 工作总结范文 工作计划 心得体会 …
# (five names at least, apart by blanks, bars, slashes or 、, one of them a 范文/模板/大全/范本: a notice lists
# the reports it wants as 工作总结、工作计划、…, and a results table heads its columns 工作总结 工作计划 述职报告 …).
# An item is a whole run of Han characters that ends in a genre word (read backwards from the run's end).
_GENRE_WORD = (r"\p{Han}{2,10}+(?<=(?:总结|计划|报告|方案|讲稿|发言稿|演讲稿|致辞|体会|预案|要点|心得|述职|简报|讲话)"
               r"(?:范文|模板|大全|范本)?)")
_ROW_SEP = r"(?:[^\S\n]*+[|/\u2502][^\S\n]*+|[^\S\n]++)"  # blanks, never a line break
GENRE_ROW = regex.compile(
    rf"^[^\S\n]*+(?=[^\n]*?(?:范文|模板|大全|范本))(?:\p{{Han}}{{2,6}}[^\S\n]++)?{_GENRE_WORD}(?:{_ROW_SEP}{_GENRE_WORD}){{4,}}+[^\S\n]*+$"
    rf"|^[^\S\n]*+(?=[^\n]*?(?:范文|模板|大全|范本)){_GENRE_WORD}(?:\u3001{_GENRE_WORD}){{4,}}+[^\S\n]*+$", regex.M)


# A writing tool promoted over the text: AI写作, 智能写作助手, 一键生成, 16秒出稿, 免费生成公文 (a
# notice may speak of AI, never of writing its reports for the reader in seconds).
AI_WRITER = regex.compile(r"(?i:AI)\s*+(?:智能)?(?:写作|一键|写(?:材料|汇报|总结|方案|报告|公文|讲话稿))|智能写作|写作助手"
                          r"|一键(?:生成|写|成文|出稿)|\d{0,3}秒出稿|免费生成(?:公文|材料|范文|文案|报告)")
# A site's membership on sale: VIP立减, VIP会员5折, 年度VIP…9.9元 (a hospital's VIP病房 is no sale).
VIP_SALE = regex.compile(r"(?i:vip)(?:会员)?\s*+(?:立减|限时|专享|特惠|打包|半价|\d++(?:\.\d++)?\s*+折|\d)"
                         r"|(?:年度|终身|包年|包月)(?i:vip)")
# Sale wording with a price or a clock: 原价299元现价19.9元/月, 限时抢, 倒计时: 3天, 618大促, 全站一律3.8折.
# A notice's consumer promotion says 满200元减50元 or 8折让利: weak here, and no cue on its own.
SALE = regex.compile(r"限时(?:抢|特惠|优惠|折扣|秒杀)|立减\s*+\d|原价\s*+\d|现价\s*+\d|倒计时\s*+[:\uff1a]?\s*+\d"
                     r"|(?:大促|狂欢|特惠)(?:倒计时|\s*+[:\uff1a])|(?<!\d)\d++(?:\.\d++)?\s*+元\s*+/\s*+(?:月|年)|打包带走"
                     r"|前\s*+\d++\s*+名(?:加赠|赠送)|(?:一律|全场)\s*+\d(?:\.\d)?\s*+折")
# A piece of a template site's collection: 篇一：, 篇1（共5篇）, 范文一：, 精选范文1： (a plan's own parts are
# 第一篇, never 篇一 or 第2篇：).
COLLECTION = regex.compile(r"(?<![\p{Han}\d])(?:篇|(?:精选)?范文)[一二三四五六七八九十\d]{1,2}+\s*+[:(\uff1a\uff08\u3010\[]"
                           r"|(?<![\p{Han}\d])第\d{1,2}+篇\s*+:"
                           r"|[(\uff08\u3010\[]\s*+共\s*+\d{1,3}+\s*+篇\s*+[)\uff09\u3011\]]")
# A shop on a sales platform, by its name or its link: 闲鱼搜索【…】, 拼多多店铺【…】, m.tb.cn/h.…. A
# notice of 消费帮扶 sends the reader to a shop too, so a shop alone is no ad-only cue; writing goods
# sold in one (闲鱼搜索【公文老笔杆】, 范文…拼多多店铺) and an affiliate's commission link are.
SHOP = regex.compile(r"(?:闲鱼|淘宝|拼多多|微店|抖店|天猫)\s*+(?:店铺|小店|搜索|搜)\s*+[\"'\u201c\u300c\u3010:]"
                     r"|(?:item\.taobao|m\.tb|detail\.tmall|u\.jd|item\.jd|mobile\.yangkeduo|weidian)\.(?:com|cn)/[A-Za-z0-9]")
_SHOPS = r"(?:闲鱼|淘宝|拼多多|微店|抖店)"
_GOODS = r"(?:范文|模板|公文|文秘|讲稿|笔杆|资料|材料)"
MATERIAL_SHOP = regex.compile(rf"{_GOODS}\p{{Han}}{{0,10}}?{_SHOPS}|{_SHOPS}\p{{Han}}{{0,6}}?[\"'\u201c\u300c\u3010]\p{{Han}}{{0,8}}?{_GOODS}"
                              r"|s\.click\.taobao\.com/[A-Za-z0-9]")
# A comment box kept by the crawler: 网友评论：, 热心网友, 匿名网友, 游客7265, 回复 @…
COMMENT_BOX = regex.compile(r"网友评论|热心网友|匿名网友|(?:游客|网友)\d{3,}+|回复\s*+@")


# A genre's collection, a template site's category name: 工作计划大全, 心得体会大全 (a notice orders reports,
# it never offers a 大全 of them).
GENRE_COLLECTION = regex.compile(r"(?:总结|计划|报告|方案|讲稿|发言稿|演讲稿|致辞|体会|预案|要点|心得)大全")

# A paid community (知识星球, 付费社群): no office gathers its readers in one.
PAID_COMMUNITY = regex.compile(r"知识星球|付费社群")
# A group named for the writing or the exam trade (申论交流群, 材料写作打卡群, 公考上岸交流群, 公文写作训练营): a
# seller's, but a university's 公考备考群 or a training's 公文写作交流群 is named so too, so it is a weak cue. Not
# 材料 bare or a group the words only point to (培训材料统一发至农民学员交流群), not 写作训练营 bare (a library's
# summer camp); one named for the notice's own topic has its words set aside with the title's
# (adcues.Scan._own_topic_masked).
TRADE_GROUP = regex.compile(
    rf"(?:写作|写材料|材料写作|公文|文秘|范文|申论|笔杆子|文案|素材|上岸|{_EXAM})(?:(?![至到在发传送报交])\p{{Han}}){{0,8}}?"
    r"(?:交流群|互助群|打卡群|备考群|学习群|资料群|读者群|粉丝群|社群|星球)"
    rf"|(?:写材料|材料写作|公文|笔杆子|申论|上岸|{_EXAM})\p{{Han}}{{0,4}}?训练营")


def shapes(seg: str):
    """(match, class, points, cue name, ad-only) of every shape in ``seg`` (folded).

    >>> [m[3] for m in shapes("免责声明:本站文章均来自网络,如有侵权请联系删除")]
    ['site voice', 'takedown note']
    """
    for pattern, cls, points, name, ad in _SHAPES:
        for m in pattern.finditer(seg):
            yield m, cls, points, name, ad


def any_shape(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds an ad-only shape (the per-document pre-scan)."""
    return any(p.search(text, start, end) is not None for p, _, _, _, ad in _SHAPES if ad)


_SHAPES = (
    (SITE_VOICE, "site", 3, "site voice", True),
    (SITE_VOICE_WEAK, "site", 1, "site voice", False),
    (ATTRIBUTED, "repost", 1, "attribution note", False),
    (TAKEDOWN, "copyright", 3, "takedown note", True),
    (EVASIVE_DOMAIN, "contact", 3, "spelled-out domain", True),
    (SERVICE, "offer", 3, "writing service sold", True),
    (PROMOTION, "material", 3, "writing-material promotion", True),
    (PLATFORM_ACCOUNT, "contact", 3, "writing account on a platform", True),
    (PLATFORM, "contact", 1, "platform account", False),
    (REPLY_MATERIAL, "offer", 3, "reply keyword for material", True),
    (CALL, "call", 1, "call to act", False),
    (WRITING_TRADE, "offer", 3, "writing business", True),
    (SELLER_VOICE, "site", 3, "seller's voice", True),
    (PRICE, "price", 3, "price or promise", True),
    (LISTING, "site", 3, "template site's listing", True),
    (PRICE_WEAK, "price", 1, "commercial wording", False),
    (EMOJI, "call", 1, "emoji decoration", False),
    (DOC_SHARE, "site", 3, "document-sharing site's voice", True),
    (FILE_FORMAT, "material", 1, "file format", False),
    (ACCOUNT_SEARCH, "contact", 3, "account search", False),
    (KEYWORD_WRITING, "offer", 3, "keyword for material", True),
    (PAYWALL, "site", 3, "document site's paywall", True),
    (APP, "offer", 3, "app promotion", True),
    (SELF_MEDIA, "site", 3, "self-media voice", True),
    (BUNDLE, "offer", 3, "material bundle teased", True),
    (EXAM, "offer", 3, "exam or training sold", True),
    (PAID_COMMUNITY, "material", 3, "paid community", True),
    (TRADE_GROUP, "material", 1, "group of the writing or exam trade", False),
    (PAPER_TRADE, "offer", 3, "paper publishing sold", True),
    (FILE_INFO, "site", 3, "sharing site's file-info field", True),
    (SHARE_NOTE, "site", 3, "sharing site's income or reader note", True),
    (GENRE_ROW, "site", 3, "row of genre keywords", True),
    (GENRE_COLLECTION, "material", 3, "genre collection", True),
    (AI_WRITER, "offer", 3, "writing tool promoted", True),
    (VIP_SALE, "site", 3, "site membership on sale", True),
    (SALE, "price", 3, "sale wording", False),
    (COLLECTION, "site", 3, "piece of a template site's collection", True),
    (COMMENT_BOX, "site", 3, "comment box", True),
    (SHOP, "contact", 3, "shop on a sales platform", False),
    (MATERIAL_SHOP, "contact", 3, "writing goods or a commission link of a shop", True),
    *adtrades.shapes(),
)
