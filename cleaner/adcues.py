"""The evidence that a span of text is an injected advertisement, for rules/ads.py.

No single word makes an ad (government text speaks of 微信公众号, 下载, 材料, 转载 and
联系电话), so a span is scored by independent classes of evidence:

- *offer*: paid writing (代写…), free material (免费领取, Word版), a reply keyword, 领取/下载;
- *contact*, in any spelling: an account on a channel (微信/威信/V信/vx/QQ/扣扣 + id, with or
  without a colon), a 公众号 name, a mobile or 400 number, an e-mail, a non-government domain;
- *material*: template-site names (XX范文网, 文库, fanwen88.com) and writing-material words;
- *repost*: repost and attribution notes (本文由…整理, 文章来源, 来源：);
- *copyright*: a site's rights and takedown notes (转载请注明出处, 侵权删除);
- *position*, weak, told by the rule: a bracket in a line, a short stand-alone line, a tail.

A strong cue counts 3 points, a weak one 1, the position 1. A span is an ad when two classes
other than position agree and the points reach 5 (6 without a position cue), and one cue is
one a government text never says of itself (paid writing, a template site, free material,
转载请注明出处): a notice may well give its own WeChat account and a reply keyword. Protective
cues veto: words against ads (打击, 举报, 谨防 …) always; an institution or the document's own
publisher named in it, or a notice's own contact block (联系人, a landline), unless it offers
paid writing. A line that recurs across the corpus adds one point, never the decision.

Vocabulary lives in ``data/ad_cues.tsv`` and ``data/ad_solicitations.txt`` (which the user's
``ad_phrases`` extend); structured cues are patterns here. Nothing here changes text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

import regex

from cleaner import adcontacts, adforeign, adregister, admaterial, adshapes, chars, chromecues, data, plausible
from cleaner.adcontacts import _QC, _QO
from cleaner.docmodel import lines, size
from cleaner.textutil import alternation, han_bigrams, han_count, pairs_written_elsewhere
from cleaner.titleshape import title_kinds
from cleaner.types import Corpus

STRONG, WEAK = adcontacts.STRONG, adcontacts.WEAK
_CLASSES = ("offer", "trade", "contact", "material", "site", "price", "repost", "copyright", "call", "lure")
# Full-width ASCII forms to ASCII, the ideographic space to a space: one code point for one,
# so offsets hold, and every pattern below needs one spelling of each mark.
# Traditional characters of the ads' vocabulary to simplified ones (代寫 -> 代写), likewise.
# The foreign-segment rule (cleaner/adforeign.py) reads only the width fold: the traditional fold
# covers the trades' cue characters, not a notice's own contact words (聯絡電話, 辦公室), so it
# would turn a Hong Kong or Taiwan notice's own hotline line into foreign vocabulary.
WIDTH_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
# A colon look-alike after a channel's Han name labels its account (扣扣∶697988); after a letter or a
# figure it is a ratio or a unit's own (1∶10000, V∶220V) and stays.
_HAN_RATIO = regex.compile(rf"(?<=\p{{Han}}\s{{0,2}})[{chars.COLON_LOOKALIKES}]")


def fold_width(text: str) -> str:
    """``text`` with full-width forms as ASCII and a colon look-alike after a Han name as a colon,
    one code point for one."""
    return _colons(text.translate(WIDTH_FOLD))


def _colons(text: str) -> str:
    return _HAN_RATIO.sub(":", text) if any(c in text for c in chars.COLON_LOOKALIKES) else text


_FOLD = WIDTH_FOLD | {ord(a): ord(b) for a, b in data.table("ad_trad")}


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, int]:
    """``_FOLD`` with the digits of every other script read as ASCII ones (Arabic-Indic ١٨٩,
    Bengali ১৮৯, mathematical 𝟏, circled ①, dingbat ❶): no notice spells its own number in
    them, an ad does to dodge a filter. One code point for one, so offsets hold. Superscripts
    and subscripts stay (m², 10⁶ are a text's own). Built on first use: the walk over the code
    points takes a tenth of a second, too long for every start of the command line."""
    digits = {}
    for c in range(0x80, 0x1FC00):
        ch = chr(c)
        value = unicodedata.digit(ch, None)
        if value is None or unicodedata.category(ch) == "Lo" or unicodedata.decomposition(ch).startswith(("<super>", "<sub>")):
            continue
        digits[c] = 0x30 + value
    return digits | _LOOKALIKE_LETTERS | _FOLD


# Letters of other scripts an ad spells its channel or id with to dodge a filter, read as the
# Latin ones they look like (хiеzuo93, ԝеnmi, ᐯ信), and Roman numerals as letters (ⅤⅩ): no notice
# writes a Latin word in Cyrillic. A heavy plus (➕V, ✚V) reads as 加. One code point for one.
_LOOKALIKE_LETTERS = {ord(a): ord(b) for a, b in zip(
    "аеорсухіјѕһԝԛӏпԁɡոսօАВЕКМНОРСТХІЈЅνοαικρτυϲᐯⅠⅤⅩⅬⅭⅮⅯⅰⅴⅹⅼⅽⅾⅿ➕✚",
    "aeopcyxijshwqlndgnuoABEKMHOPCTXIJSvoaikptucVIVXLCDMivxlcdm加加")}

# phrase -> (class, points, cue name, ad-only): an "ad" cue is strong, and a government text
# never says it of itself (代写, 范文, 侵权删除, 免费领取); every ad needs one.
_VOCAB_ROWS = {row[3]: (row[0], WEAK if row[1] == "weak" else STRONG, row[2], row[1] == "ad")
               for row in data.table("ad_cues") if row[0] != "against"}
_VOCAB = regex.compile(alternation(_VOCAB_ROWS))
# Words against ads veto, but not 严禁转载 / 禁止复制: a copyright notice forbids, too.
_AGAINST = regex.compile(f"(?:{alternation(row[3] for row in data.table('ad_cues') if row[0] == 'against')})"
                         "(?!转载|复制|抄袭|盗用|搬运|或认领)")
# XX范文网, 公文宝网, 秘书之家文库, 公文写作交流群: a writing word, a short name, a site (or a
# group) word, then no more name.
_SITE_NAME = (r"(?:材料|公文|写作|素材|模板|文档|秘书|文秘|范文|笔杆子?|文案|论文|范本|作文)\p{Han}{0,3}?"
              r"(?:(?:网|文库|库|之家|宝典|吧|帮|侠|宝|站|大全|在线)(?:(?!\p{Han})|(?=整理|收集|搜集|汇编|编辑|发布|转载|提供|出品|首发|原创|网友|用户|小编))"
              r"|(?:交流|学习|互助)(?:QQ|qq|微信|Q)?群)")
# 领取公文模板, 获取本文完整版, 下载Word版: material handed out, not a service of the text's own.
_FREE_MATERIAL = (r"(?:领取|获取)[\p{Han}0-9]{0,6}?(?:全文|原文|完整版|范文|模板|素材|Word|word|WORD|PPT|资料包)"
                  r"|下载\p{Han}{0,4}?(?:完整版|Word|word|WORD)")
# 回复“总结”获取全文, 后台回复要点即可下载: a keyword that unlocks material.
_REPLY = (rf"(?:回复|发送|输入)\s*+(?:关键[词字])?\s*+:?\s*+{_QO}?[\p{{Han}}A-Za-z0-9]{{1,10}}?{_QC}?\s*+"
          r"(?:即可|就能|就可|便可|可以?|来)?\s*+(?:免费)?(?:获取|领取|下载|获得|拿)")
_GROUP = regex.compile(r"加入\p{Han}{0,10}?群|进群|加群|入群")
_SOURCE_LABEL = regex.compile(r"(?:来源|出处|来自|转自|作者)\s*+:")
# Protective: a government body or news outlet named (the publisher's own note), a public
# library, archive or museum named for its place (not 360doc个人图书馆), a notice's own
# contact block (a contact person, a landline, a fax, an address).
# An office's own site (市卫健委官网, 县人社局网站): a notice sends its readers there; a seller who
# borrows the name says 官网同款 or 同步 and gives a private account or its trade beside it.
# An office's or a public institution's own site (市卫健委官网, 本馆官网, 县妇幼保健院官网, 可在学校官网). A
# hospital or a school only by a public kind's name, or named bare where the notice sends its readers
# (可在医院官网): a private clinic's ad names itself (江岭男科医院官网 www…).
_OFFICE_SITE = regex.compile(r"(?:\p{Han}{1,8}?[局厅署委]|本[馆院校]|(?<=[在至到]|通过|登录|访问)(?:学校|医院)"
                             r"|\p{Han}{0,8}?(?:人民医院|中医院|中医医院|妇幼保健院|卫生院|中学|小学|大学"
                             r"|图书馆|博物馆|文化馆|纪念馆|美术馆|科技馆|档案馆))(?:官网|官方网站|门户网站|网站)(?!同款|同步)")
_INSTITUTION = regex.compile(r"政府|委员会|党委|党组|办公厅|办公室|人大|政协|日报|晚报|新华社|新华网|人民网|央视|电视台"
                             r"|广播电台|融媒体|政务|\p{Han}{1,8}?[局厅署委](?!\p{Han})"
                             r"|(?:省|市|县|区|州|国家|中国)\p{Han}{0,4}?(?:图书|档案|博物|文化|纪念|美术|科技)馆(?!文库)")
# Legal aid writes legal documents for those who cannot (代写法律文书, 代写诉状): a public service.
_LEGAL_AID = regex.compile(r"代写(?:法律)?(?:文书|诉状|起诉状|答辩状|申诉状|上诉状)|法律援助")
_OWN_CONTACT = regex.compile(r"联系人|联系电话|联系方式|报名|传真|(?i:\bfax\b)|邮编|邮政编码|(?<![文网载])地址\s*+:|(?<!\d)0\d{2,3}-\d{7,8}(?!\d)")
# The account a notice's fees are paid into (开户行：…), when nothing in the row sells or gives a private contact.
_BANK_ROW = regex.compile(r"开户行|开户银行|户名\s*+:")
# A hotline labelled as a notice labels its own (its number follows): with no other call, the notice's row.
OWN_HOTLINE = regex.compile(r"(?:咨询|监督|举报|投诉)电话")
_VOCABULARY_ONLY = frozenset({"template-site vocabulary"})
# Classes of cues (_CLASSES) by what they tell of a seller: the trade of this corpus's ads (writing
# material, a template site, a repost or copyright note); anything sold (that, or another trade, a lure);
# a seller rather than its goods (an office's own site offers templates too: material is no seller).
_MATERIAL_TRADE = frozenset({"material", "site", "repost", "copyright"})
_NOTES = frozenset({"repost", "copyright"})
_ACCOUNT_IDS = frozenset({"contact account", "account named for writing goods"})  # adcontacts' names for an id
_WHERE = _NOTES | {"contact", "call"}  # where to reach or who wrote: a notice says so of itself too

_SELLING = _MATERIAL_TRADE | {"trade", "lure"}
_SOLD = frozenset({"offer", "trade", "price", "material", "site"})
# The cues of a trade no government text offers (not a free handout or a download: 点击获取全文).
_TRADES = frozenset({"paid-writing offer", "writing service sold", "writing business", "exam or training sold",
                     "paper publishing sold", "writing tool promoted", "material bundle teased"})
_SELLER = _SELLING - {"material"}
_TITLE_LABEL = regex.compile(r"[:\uff1a|\uff5c\u3011]")  # a label before the title proper
_ORG = r"\p{Han}{2,30}?(?:人民政府|政府|委员会|办公室|办公厅|局|厅|委|院|中心|协会|学会)"
_TITLE_ORG = regex.compile(rf"^\s*+({_ORG})(?=关于|印发)")
_SIGNATURE_ORG = regex.compile(rf"^\s*+({_ORG})\s*+$")
_WORD = regex.compile(r"[\p{Han}A-Za-z0-9]")
# Words an ad may hold before its first cue or after its last (专业代写…, …诚信经营).
_EDGE_WORDS = 3
_LOOSE_EDGE_WORDS = 8  # a clause of a line that is all ad (，我们将及时处理)
_EDGE_WORD = regex.compile(r"\p{Han}|[A-Za-z0-9]++")  # 272篇: two words
_CLAUSE_MARK = regex.compile(r"[,;:!?\u3001\u3002]")
_END_MARKS = "!?;\u3002"
_LABEL = regex.compile(r"^[^\p{Han}A-Za-z0-9]{0,2}+[\p{Han}A-Za-z]{1,4}+\s*+:")


class _Patterns(NamedTuple):
    offers: regex.Pattern  # paid-writing offers, the package's and the user's
    structured: regex.Pattern  # reply keywords, free material, site names
    literal_ad_cues: re.Pattern  # the ad-only cues that are plain words, and pinyin stems


@lru_cache(maxsize=8)
def _patterns(extra_offers: tuple) -> _Patterns:
    offers = data.phrases("ad_solicitations") + extra_offers
    ad_vocab = tuple(p for p, row in _VOCAB_ROWS.items() if row[3])
    structured = f"(?P<reply>{_REPLY})|(?P<free>{_FREE_MATERIAL})|{_SITE_NAME}"
    # The standard library's engine for the plain words: it finds an alternation of words
    # an order of magnitude faster on a long text, and most documents are scanned for
    # nothing but these.
    literal = re.compile(f"{alternation(offers + ad_vocab)}|{adcontacts.PINYIN_SITE_WORDS}")  # domains are written lower-case
    return _Patterns(regex.compile(alternation(offers)), regex.compile(structured), literal)


_SITE_NAME_ONLY = regex.compile(_SITE_NAME)
_FREE_MATERIAL_ONLY = regex.compile(_FREE_MATERIAL)


def _has_ad_cue(text: str, pats: _Patterns, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds an ad-only cue: the one question asked of every document."""
    end = len(text) if end is None else end
    return (pats.literal_ad_cues.search(text, start, end) is not None
            or _SITE_NAME_ONLY.search(text, start, end) is not None
            or _FREE_MATERIAL_ONLY.search(text, start, end) is not None
            or adcontacts.EVASIVE_PRE.search(text, start, end) is not None
            or adcontacts.LETTERED_NUMBER.search(text, start, end) is not None
            or adcontacts.LINKED_DOMAIN.search(text, start, end) is not None
            or adcontacts.SITE_LINK.search(text, start, end) is not None
            or adshapes.any_shape(text, start, end)
            or admaterial.any_offer(text, start, end))


class _Evidence:
    """The cues found in a span: per class the best points and the names of the cues giving
    them, and how far the cues reach (from the first one's start to the last one's end)."""

    def __init__(self):
        self.classes: dict[str, tuple[int, list[str]]] = {}
        self.ad_only = False
        self.ad_spans: list[tuple[int, int]] = []
        self.ad_names: list[str] = []
        self.ad_classes: set[str] = set()
        self.sellers: set[str] = set()  # names of the ad-only cues of a seller, not of the material trade
        self.evasion = False  # a contact or domain spelled to dodge filters
        self.first, self.last = 1 << 30, -1
        self.spans: list[tuple[int, int, int]] = []  # (start, end, points) of every cue

    def add(self, m: regex.Match | re.Match, cls: str, points: int, name: str, ad: bool = False) -> None:
        if ad:
            self.ad_only = True
            self.ad_spans.append(m.span())
            self.ad_names.append(name)
            self.ad_classes.add(cls)
            if cls not in _MATERIAL_TRADE:
                self.sellers.add(name)
        self.first, self.last = min(self.first, m.start()), max(self.last, m.end())
        self.spans.append((m.start(), m.end(), points))
        best, names = self.classes.get(cls, (0, []))
        if points > best:
            self.classes[cls] = (points, [name])
        elif points == best and name not in names:
            names.append(name)

    def account_id(self) -> bool:
        """Whether a messenger account's id is among the cues (微信：xiecai_2024), not a search or a shop."""
        return not _ACCOUNT_IDS.isdisjoint(self.classes.get("contact", (0, []))[1])

    def strong_contact(self) -> bool:
        """Whether a contact counts fully: an account, a host, a number beside the goods."""
        return self.classes.get("contact", (0,))[0] >= STRONG

    def evade(self, m: regex.Match, name: str) -> None:
        self.add(m, "contact", STRONG, name, True)
        self.evasion = True

    def ad_cues(self) -> int:
        """How many ad-only cues, counting cues that overlap (代写 in 代写服务) once."""
        count, reach = 0, -1
        for start, end in sorted(self.ad_spans):
            if start >= reach:
                count += 1
            reach = max(reach, end)
        return count

    def points(self) -> int:
        return sum(p for p, _ in self.classes.values())

    def names(self) -> list[str]:
        return [name for cls in _CLASSES if cls in self.classes for name in self.classes[cls][1]]


LEARNED_REGISTER = "words in an ad's register"  # the learned register's name in a reason (adblocks reads it)


def _ad_words(edge: str, lead: bool) -> bool:
    """Whether the words of ``edge``, before an ad's first cue (``lead``) or after its last, are the
    ad's by their register (adregister.ad_likeness), all of them and at their far end, or too few to
    say: an ad glued to the text's words (全系统共开展应急演练18场|公考辅导…, …lagun_233|国务院总理 朱镕基,
    …试听课|各位代表！) has the text's register there."""
    edge = edge.strip()
    far = edge[:_FAR_END] if lead else edge[-_FAR_END:]
    return han_count(edge) < 2 or all(han_count(part) < 2 or adregister.ad_likeness(part) > 0 for part in (edge, far))


_FAR_END = 5  # characters of an edge read at its far end


def _acts(ev: _Evidence, exam_topic: bool = False) -> bool:
    """Whether the cues of ``ev`` sell, as the learned register needs beside it: a class other than
    where to reach, who wrote or the trade's words (a notice's own lines name a contact person, its
    channels, 请报送：工作总结 工作计划…, a page's 点击图片进入专题) that counts fully, or three classes
    (扫码关注…，回复…送资料: an offer, a call and a contact); the full text or a file handed out is a
    page's own link (点击获取全文); under a title naming an exam (``exam_topic``), an exam's words are the
    document's own (想考教资的小伙伴看过来！)."""
    return len(ev.classes) >= 3 or any(ev.classes[c][0] >= STRONG for c in _selling_classes(ev, exam_topic))


def _selling_classes(ev: _Evidence, exam_topic: bool, not_selling: frozenset[str] = frozenset()) -> list[str]:
    """The classes of ``ev`` other than where to reach, who wrote or the trade's words whose best cues
    are not all handed out by a page of its own (:data:`_HANDS_OUT`, an exam's words under an exam's
    title, ``not_selling``): the cues that sell, for :func:`_acts` and :func:`_sells_at_all`."""
    hands_out = _HANDS_OUT | not_selling | ({"exam or training sold"} if exam_topic else set())
    return [c for c in set(ev.classes) - _WHERE - {"material"} if set(ev.classes[c][1]) - hands_out]


_EXAM_TITLE = regex.compile(r"考试|招考|考录|招录|招聘")
# A page's own link hands out its text (点击获取全文), a related-links label is chrome's (猜你喜欢：), and
# a government account's article speaks to its readers as any account does (点个在看, 今天的分享就到这里,
# 欢迎在评论区留言): no sale by themselves.
_HANDS_OUT = frozenset({"free-material offer", "tag cloud or related-links label", "self-media voice",
                        "material bundle teased"})


# Lines a notice or a page writes that read as an ad's register with no cue of one: a table's row of
# words a blank apart (序号 姓名 单位 职务, 原条文　修改后条文), a labelled row or a list item (B.称职：王五), chrome's own
# words (扫一扫在手机打开当前页, left to the chrome rules so their record names them).
_SPACED_WORDS = regex.compile(r"[\p{Han}\w] [\p{Han}\w\"]")  # (folded: a full-width space is one blank)
_ITEM = regex.compile(r"^[^\p{Han}]{0,3}[\p{Han}A-Za-z]{1,8}\s*[:\uff1a]|^[A-Za-z0-9]{1,2}[.\u3001]")


def row_or_widget(seg: str) -> bool:
    """Whether ``seg`` (folded) is shaped as a page's own row or widget (:data:`_SPACED_WORDS`, :data:`_ITEM`)."""
    return (_SPACED_WORDS.search(seg) is not None or _ITEM.match(seg) is not None
            or chromecues.WIDGET_WORD.search(seg) is not None or chromecues.FOOTER_STRONG.search(seg) is not None
            or chromecues.scan_prompt(seg))


def _reads_as_chinese(seg: str) -> bool:
    """Whether the characters of ``seg`` are those of Chinese prose (plausible.PROSE_FLOOR): bytes of
    another script read as Chinese make pairs no government text writes too (偍抦傜偣丗椷榓…); the
    garbled rules flag them, the ad rules leave them."""
    mean = plausible.score(seg)
    return mean is not None and mean >= plausible.PROSE_FLOOR


def _sells_at_all(ev: _Evidence, exam_topic: bool = False) -> bool:
    """Whether a cue of ``ev`` sells at all, counting fully or not (:func:`_acts` without its
    strength): enough beside the learned register for a short line standing alone whose words occur
    nowhere else in the document (rules/ads.py). Where to reach, who wrote, the trade's words or a
    page's voice are not (a notice's list of contacts and their mobiles, 记得点个在看哦！)."""
    return bool(_selling_classes(ev, exam_topic, _CALLS))


# The weak offer words (关注, 搜索, 咨询, 获取, 欢迎) are how a notice points to its own channels too
# (抖音搜索：jlrsfabu under a bureau's notice): a call to look, not a sale.
_CALLS = frozenset({"download or claim offer"})


def _what_is_sold(ev: _Evidence) -> bool:
    """Whether the cues of ``ev`` say what is sold, not only where to get it or who wrote it: two
    classes, one of them counting fully and not a contact, a call or a note, or a cue no government
    text writes of itself other than a note; or three classes. One cue alone is a notice's too (its
    own group: 请参训学员加入培训班微信群，群号：…; its own link: 点击获取全文; its note: 转载请注明出处)."""
    strong = any(p >= STRONG for c, (p, _) in ev.classes.items() if c not in _WHERE)
    return len(ev.classes) >= 3 or len(ev.classes) >= 2 and (strong or bool(ev.ad_classes - _NOTES))


_MATERIAL_OFFER = "writing material offered with an address"
_FREE_OFFER = "free-material offer"
_ADDRESS_NAMES = frozenset({"link to a non-government site", "link to a named site"})


# A cue word whose first character ends a word before it and whose last begins one after it:
# 范文 in 示范文本, 规范文件, 防范文物, 师范文科 is no 范文 (a model text, a norm, guarding relics:
# a notice's own words); 经典范文 and 典范文章 are the farms' own. (before, after) per cue.
_WORD_AROUND = {"\u8303\u6587": ("\u793a\u89c4\u9632\u5e08", "\u672c\u4ef6\u7269\u79d1")}  # 示规防师 / 本件物科


def _across_a_word(seg: str, m: regex.Match) -> bool:
    """Whether the cue ``m`` begins inside a word of its own (示|范文本).

    >>> [_across_a_word(s, _VOCAB.search(s)) for s in ("合同示范文本", "工作总结范文", "经典范文")]
    [True, False, False]
    """
    around = _WORD_AROUND.get(m.group())
    return (around is not None and m.start() > 0 and seg[m.start() - 1] in around[0]
            and seg[m.end():m.end() + 1] in tuple(around[1]))


def _cues(seg: str, pats: _Patterns) -> _Evidence:
    """The cues of the folded segment ``seg``."""
    ev = _Evidence()
    paid = []  # paid-writing offers and template-site names: an address beside them is theirs
    for m in pats.offers.finditer(seg):
        ev.add(m, "offer", STRONG, "paid-writing offer", True)
        paid.append(m.span())
    reach = 0  # a phrase inside a longer one (转载 in 转载请注明) is not a second cue
    inside = []  # 范文 of 示范文本: a notice's word, unless a private account or another host sells it
    for m in _VOCAB.finditer(seg, overlapped=True):
        if m.end() > reach:
            if _across_a_word(seg, m):
                inside.append(m)
            else:
                ev.add(m, *_VOCAB_ROWS[m.group()])
            reach = m.end()
    adcontacts.contacts(seg, ev)
    if inside and ev.strong_contact():  # an account, a host: not a notice's hotline
        for m in inside:
            ev.add(m, *_VOCAB_ROWS[m.group()])
    for m in admaterial.GENRE_MATERIAL.finditer(seg):
        ev.add(m, "material", STRONG, "writing-genre material")
    for m in admaterial.offers(seg):
        ev.add(m, "offer", STRONG, _MATERIAL_OFFER, True)
    for m in pats.structured.finditer(seg, overlapped=True):
        if m.group("reply"):
            ev.add(m, "offer", STRONG, "reply-keyword promotion")
        elif m.group("free"):  # 获取政策原文 / 全文 is what a publisher offers of its own text too
            ev.add(m, "offer", STRONG, _FREE_OFFER, not m.group("free").endswith(("全文", "原文")))
        else:
            ev.add(m, "material", STRONG, "template-site name", True)
            paid.append(m.span())
    # A number alone is weak; beside the goods, or any cue no government text writes of itself
    # (心得体会范文V:158…), it is their seller's.
    if not ev.strong_contact():
        for m in admaterial.addresses_near(seg, paid + ev.ad_spans):
            ev.add(m, "contact", STRONG, "address next to the offer or site name")
    for m in _GROUP.finditer(seg):
        ev.add(m, "offer", WEAK, "group invitation")
    for m in _SOURCE_LABEL.finditer(seg):
        ev.add(m, "repost", WEAK, "attribution note")
    for m, cls, points, name, ad in adshapes.shapes(seg):
        if name in _EVASIONS:
            ev.evade(m, name)
        else:
            ev.add(m, cls, points, name, ad)
    if "trade" not in ev.classes:
        ev.classes.pop("lure", None)  # a lure (官网, 开户) speaks for a trade's ad only
    return ev


class Scan:
    """One document's view for the ad rules: the folded text and what protects it."""

    def __init__(self, text: str, corpus: Corpus):
        self.pats = _patterns(tuple(corpus.ad_phrases))
        self.recurring = corpus.recurring_lines
        # Every cue is spelled on the folded text (a full-width colon, ＱＱ, ｗｗｗ); a host whose
        # dots are ideographic full stops (wap。xxx。com) is a host, not sentences.
        self.folded = _colons(text.translate(_fold_table()))
        if "\u3002" in self.folded and adcontacts.IDEO_DOT_HOST.search(self.folded):
            self.folded = adcontacts.IDEO_DOT_HOST.sub(lambda m: m.group().replace("\u3002", "."), self.folded)
        self.possible = _has_ad_cue(self.folded, self.pats)
        # (read whatever the cues: a bracket splitting a word is judged in a document without them)
        self.publishers = _publishers(text)
        self.title = _first_line(self.folded)  # folded as the segments are
        self._pair_counts: Counter | None = None
        self._names: tuple[frozenset[str], frozenset[str]] | None = None

    def own_channel(self, seg: str) -> bool:
        """Whether ``seg`` points only to a channel of the document's own: an account, an app, a site
        or a platform named after its publisher or a place it names as a unit's (“江岭教师研修”公众号 in
        a notice of 江岭市教育局, 扫码下载江城公交APP, 录入“志愿江城”平台), the office's own channel where
        its readers get its materials, with nothing of a seller left beside it (:meth:`_nothing_sold`: not
        下载江城公交APP，加微信…领取材料). A seller's channel is named after its goods (“笔杆子之家”,
        “江城范文”)."""
        heads, places = self._own_names()
        for pattern, own_heads in ((_QUOTED_ACCOUNT, heads), (_BARE_CHANNEL, frozenset())):
            for m in pattern.finditer(seg):
                at = _own_name_start(m.group(1), own_heads, places)
                if at is None or self.has_cue(m.group(1)[at:]):
                    continue
                start = m.start(1) + at
                if self._nothing_sold(seg[:start] + "\u25a1" * (m.end() - start) + seg[m.end():]):
                    return True
        return False

    def _nothing_sold(self, seg: str) -> bool:
        """Whether ``seg`` (folded) holds no contact, material, price or trade cue and no offer no
        government text makes: a call, a page's words or a note of rights at most (扫码下载…,
        更多精彩内容请访问…)."""
        ev = _cues(seg, self.pats)
        return _SOLD_BESIDE.isdisjoint(ev.classes) and "offer" not in ev.ad_classes

    def _own_names(self) -> tuple[frozenset[str], frozenset[str]]:
        """The first two characters of the document's publishers and title, and the places they name
        (江城市交通运输局: 江城; 共青团石家庄市委员会: 石家庄), read once per document."""
        if self._names is None:
            names = (*self.publishers, self.title)
            heads = frozenset(h[:2] for h in names if len(h) >= 2 and _HAN_PAIR.match(h))
            self._names = heads, frozenset(m.group(1) for name in names for m in _PLACE.finditer(name))
        return self._names

    def _exam_topic(self) -> bool:
        """Whether the document's title names an exam (教资, 公考, 事业编, …考试, 招考): its own topic."""
        title = self.title or ""
        return adshapes.EXAM_NAME.search(title) is not None or _EXAM_TITLE.search(title) is not None

    def _ad_to_its_ends(self, seg: str, ev: _Evidence) -> bool:
        """Whether the words of ``seg`` beyond its cues (``ev``) are the ad's by the learned register
        (:func:`_ad_words`), and none glued after its last address is the document's own."""
        return (_ad_words(seg[:ev.first], True) and _ad_words(seg[ev.last:], False)
                and not self.own_after_address(seg))

    def own_after_address(self, seg: str) -> bool:
        """Whether ``seg`` (folded) goes on past its last address in the document's own words glued
        straight on (…拉你进群：lagun_233国务院总理 朱镕基): an ad glued in front of a line of the text,
        not a line of its own (the ad rules' verdicts, rules/ads.py's foreign-segment rule)."""
        ids = adforeign.identifiers(adforeign.fold(seg))
        end = ids[-1].end() if ids else len(seg)
        return end < len(seg.rstrip()) and self.owns(seg[end:], seg[end - 1:end])

    def _register(self, seg: str, ev: _Evidence, gov: bool = True, alone: bool = False) -> str | None:
        """The register cue of ``seg`` (folded, a short stand-alone line) with its cues ``ev``, named,
        or None: words government text does not write throughout, where the cues say what is sold
        (:func:`_what_is_sold`); or words in an ad's register (adregister.ad_register, learned),
        where a cue sells (:func:`_acts`)."""
        if gov and adregister.alien_throughout(seg, self.has_cue) and _what_is_sold(ev):
            return "words government text does not write"
        acts = _acts(ev, self._exam_topic()) or alone and _sells_at_all(ev, self._exam_topic())
        # With no cue but the trade's words, a line standing alone must read far more as an ad's
        # (adregister.AD_ALONE): 公考申论精批，每篇39元，名师手把手.
        bare = (alone and set(ev.classes) <= {"material"} and adregister.ad_likeness(seg) >= adregister.AD_ALONE
                and not row_or_widget(seg) and _reads_as_chinese(seg))
        if (acts or bare) and adregister.ad_register(seg, self.has_cue) and not adregister.own_piece(seg, self.has_cue):
            return LEARNED_REGISTER
        return None

    def _title_topic(self, seg: str) -> bool:
        """A writing group or site named after the document's own topic ("公文写作交流群" in a
        notice of a 公文写作 training) is the notice's own, not a template site's."""
        title = self.title
        if not title or seg.strip() in title or title in seg:  # the first line may be the ad itself
            return False
        return any(m.group()[:4] in title for m in _SITE_NAME_ONLY.finditer(seg))

    def _own_topic_masked(self, seg: str) -> str:
        """``seg`` with the writing words its document's title uses set aside, offsets kept: a
        notice of an essay contest or a library's 文库 says 范文, 征文, 文库 of its own topic.

        Only under a title that names a document's kind at its end (…的通知, …办法): a farm's
        copy is titled by its genre (2023年社区工作总结范文), and its ads speak of that genre too.

        >>> s = Scan("关于征集中小学优秀作文范文的通知\\n范文下载", Corpus())
        >>> s._own_topic_masked("附:优秀作文范文篇目")
        '附:优秀作文□□篇目'
        >>> Scan("2023年社区工作总结范文\\n范文下载", Corpus())._own_topic_masked("更多范文请访问本站")
        '更多范文请访问本站'
        >>> s._own_topic_masked("作文范文下载,加微信zwfw666")
        '作文范文下载,加微信zwfw666'
        """
        title = self.title
        if len(title) < 4 or seg.strip() in title or title in seg:  # the first line may be the ad itself
            return seg
        if not title.rstrip().endswith(title_kinds()) or _TITLE_LABEL.search(title):
            return seg  # 精选范文：…实施方案 is a farm's label on its copy

        def own(m: regex.Match) -> str:
            return "\u25a1" * len(m.group()) if m.group() in title else m.group()

        masked = admaterial.GENRE_MATERIAL.sub(own, _VOCAB.sub(own, seg))
        if masked == seg:
            return seg
        ev = _cues(seg, self.pats)
        # a notice's material goes out through its own portal, never a private account or another host
        return seg if ev.strong_contact() or ev.evasion else masked

    def owns(self, tail: str, before: str, glued: bool = False) -> bool:
        """Whether ``tail`` (folded), the words after an ad's last cue, is the document's own
        text the ad was glued to: a date, a document number or an outline marker (…QQ 2837461
        2019年12月10日, …即可下载（四）加快…); or, glued straight onto an account or a number
        (``before``, the cue's last character), words most of whose character pairs the
        document writes elsewhere (…dangke_xie01深化资源税改革。). An ad's words after its
        account are a few of its own (备注来意, 详谈); a slogan's words after a phrase cue
        (…领取全年工作总结合集！) may be common ones, and stay the ad's unless they close as a
        sentence of the text does (…转载请注明出处四是重民生、促和谐。). ``glued``: read its words
        so wherever it stands (the words after an ad opening a paragraph).

        >>> s = Scan("深化资源税改革，完善税制。\\n代写讲稿加V:dangke01深化资源税改革。", Corpus())
        >>> s.owns("深化资源税改革。", "1"), s.owns("深化资源税改革", "取"), s.owns(" 2019年12月10日", "3")
        (True, False, True)
        """
        if han_count(tail) < 2:
            return False
        if _DATE_END.match(tail.lstrip(" ,;:")) or _own_heading(tail, 0):
            return True
        # Glued on: straight after an account or a number, or a clause closed as the text closes its own.
        glued = glued or before.isascii() and before.isalnum() or _SENTENCE_TAIL.fullmatch(tail)
        if not (glued and _HAN_RUNS.match(tail.lstrip())):
            return False
        return self.own_words(tail, KNOWN_PAIRS_MIN)

    def own_words(self, seg: str, min_pairs: int = 1) -> bool:
        """Whether most of the Han character pairs of ``seg`` (``min_pairs`` at the fewest) occur
        elsewhere in the document: its own words, not an ad's."""
        known, total = pairs_written_elsewhere(seg, self._pairs())
        return total >= min_pairs and known >= _KNOWN_SHARE * total

    def _pairs(self) -> Counter:
        """The document's Han character pairs (folded), counted once per document."""
        if self._pair_counts is None:
            self._pair_counts = han_bigrams(self.folded)
        return self._pair_counts

    def may_hold_ad(self, start: int, end: int) -> bool:
        """Every ad has an ad-only cue: a span without one is passed over at once."""
        return _has_ad_cue(self.folded, self.pats, start, end)

    def clusters(self, seg: str, chain: bool = False) -> list[tuple[int, int, int]]:
        """Runs of cues in ``seg`` (folded) close enough to be one ad spliced into a sentence
        without brackets: strong cues at most a few characters apart (no sentence mark
        between), and the weak cues that touch them or chain them. The run's ends are where
        the ad's evidence ends: a spliced ad's words beyond its cues are not known, so they
        stay. Each run is (start, end, reach). With ``chain``, weak cues a few characters apart
        carry a run on to a strong cue further off, and ``reach`` is where the weak cues chained
        after its last strong cue end (…代写心得体会、党课讲稿，价格优惠): the run's evidence taken
        further, for a run that is no ad without it.

        >>> s = Scan("", Corpus())
        >>> [seg[a:b] for seg in ["发展蓝快手号:【一点通文案】,免费领取写作素材图。"] for a, b, _ in s.clusters(seg)]
        ['快手号:【一点通文案】,免费领取写作素材']
        """
        # [start, end, end of the last strong cue, end of the weak cues chained after it], in one pass
        runs: list[list[int]] = []
        pending = None  # weak cues touching each other, waiting for a strong one to touch them
        for start, end, points in sorted(_cues(seg, self.pats).spans):
            run, strong = (runs[-1] if runs else None), points >= STRONG
            close = run is not None and start - run[2] <= _SPLICE_GAP and not _BREAK.search(seg, run[2], start)
            # Weak cues a few characters apart carry the run on to a strong cue further off
            # (代写各类工作总结、述职报告，微信：…): each step is a splice's gap, no sentence mark.
            near = (chain and run is not None and start - max(run[1], run[3]) <= _SPLICE_GAP
                    and not _BREAK.search(seg, run[2], start) and not _PROSE_GAP.search(seg, max(run[1], run[3]), start))
            if run and start <= run[1] + 1:
                run[1], run[2] = max(run[1], end), max(run[2], end) if strong else run[2]
            elif strong and (close or near):
                run[1], run[2] = max(run[1], end), end
            elif strong:
                runs.append([pending[0] if pending and start <= pending[1] + 1 else start, end, end, end])
                pending = None
            else:
                if near:
                    run[3] = max(run[3], end)
                pending = [pending[0], max(pending[1], end)] if pending and start <= pending[1] + 1 else [start, end]
        out = []
        for start, end, _strong_end, reach in runs:
            for _ in range(2):  # a name's closing mark (【一点通文案】)
                if end < len(seg) and seg[end] in _NAME_CLOSE and _opened(seg[start:end]):
                    end += 1
            # Emoji around the run decorate the ad: no sentence of the text holds them (🔥…🔥).
            while end < len(seg) and _DECORATION.match(seg, end):
                end += 1
            start = _decorated_lead(seg, start)
            while start > 0 and _DECORATION.match(seg, start - 1):
                start -= 1
            out.append((start, end, max(end, reach)))
        return out

    def evasive(self, seg: str) -> bool:
        """Whether ``seg`` spells a contact or a domain to dodge filters (威xin, www【点】x【点】com)."""
        return _cues(seg, self.pats).evasion

    def continued_contact(self, seg: str) -> str | None:
        """An ad broken over two lines: the line under an ad line that is a contact and a few
        words (请加微信：xz123，备注来意), with nothing of a notice's own in it.

        >>> Scan("", Corpus()).continued_contact("请加微信:wdzj123,备注来意")
        'advertisement: contact account (under an ad line)'
        >>> Scan("", Corpus()).continued_contact("联系人:王伟,联系电话:0571-12345678") is None
        True
        >>> Scan("", Corpus()).continued_contact("请关注“江岭人社”微信公众号") is None
        True
        """
        if _AGAINST.search(seg) or _names_institution(seg) or _OWN_CONTACT.search(seg) or ".gov.cn" in seg.lower():
            return None
        # An account labelled 微信ID is no continued contact: a notice writes 请添加…微信ID: … of its own.
        seg = adcontacts.without_id_labels(seg)
        ev = _cues(seg, self.pats)
        # An account named (请关注“江岭人社”微信公众号) is what a notice gives of its own too.
        if "contact" not in ev.classes or ev.classes["contact"][1] == ["official-account name"]:
            return None
        if not (_edge(seg[:ev.first], True, True) and _edge(seg[ev.last:], False, True)):
            return None
        return "advertisement: " + " + ".join(ev.names()) + " (under an ad line)"

    def sold_with_contact(self, seg: str) -> tuple[int, int] | None:
        """Where the first cue of ``seg`` (folded) starts and its last ends, when the cues sell a
        trade no government sells (loans, clinics, certificates, household services…) with a
        contact for it and reach both ends of ``seg`` but for a few words and no clause (the
        strict edges of :meth:`verdict`); else None. A notice's own instructions name a channel
        (扫码下载…APP办理, 登录官网…留言) but never sell a trade.

        >>> s = Scan("", Corpus())
        >>> s.sold_with_contact("首付5万开回家 购车热线:4001728273"), s.sold_with_contact("可扫码下载个税APP")
        ((0, 23), None)
        """
        ev = _cues(self._own_topic_masked(seg), self.pats)
        if ev.last < 0 or "trade" not in ev.classes or "contact" not in ev.classes:
            return None
        return (ev.first, ev.last) if _edge(seg[:ev.first], True) and _edge(seg[ev.last:]) else None

    def leading_run(self, seg: str) -> int | None:
        """Where the run of cues opening ``seg`` (folded) ends: from an ad-only cue at its start
        (give or take a label), through every cue a few characters after the last, with no sentence
        mark between; None when ``seg`` does not open with such a cue.

        >>> Scan("", Corpus()).leading_run("代写各类工作总结、述职报告,微信:wx_wenmi2024我们将坚定不移地贯彻")
        29
        """
        ev = _cues(seg, self.pats)
        if not ev.ad_only or has_words(_LABEL.sub("", seg[:ev.first].strip(), count=1)):
            return None
        end = None
        for start, stop, _ in sorted(ev.spans):
            if end is not None and (start - end > _SPLICE_GAP or _BREAK.search(seg, end, start)):
                break
            end = stop if end is None else max(end, stop)
        return end

    def ad_only(self, seg: str) -> bool:
        """Whether ``seg`` (folded) holds a cue no government text writes of itself."""
        return _cues(seg, self.pats).ad_only

    def two_ad_only(self, seg: str) -> bool:
        """Whether ``seg`` (folded) holds two cues no government text writes of itself: two apart,
        or two of different names other than a template site's word (承接代写…，包写包过)."""
        ev = _cues(self._own_topic_masked(seg), self.pats)
        return ev.ad_cues() >= 2 or len(set(ev.ad_names) - _VOCABULARY_ONLY) >= 2

    def ad_beyond_material(self, seg: str) -> bool:
        """Whether ``seg`` (folded) holds an ad-only cue other than writing material beside an
        address: a cell or a framed span is an ad by a seller's own words, a table row of a
        notice's forms and its contacts has that pairing too."""
        return any(name != _MATERIAL_OFFER for name in _cues(seg, self.pats).ad_names)

    def seller_words(self, seg: str, contact: bool = False) -> bool:
        """Whether ``seg`` (folded) holds a seller's words of any weight: a price (价格优惠); with
        ``contact``, any cue but the material trade's words (材料, 论文, a repost's 来自): a contact, a
        call, an offer. A notice's own instructions hold those (咨询热线…, 在线留言咨询)."""
        classes = set(_cues(seg, self.pats).classes)
        return bool(classes - _MATERIAL_TRADE) if contact else "price" in classes

    def seller_cues(self, seg: str) -> int:
        """How many kinds of a seller's ad-only cues ``seg`` (folded) holds (an offer, a service,
        a price, a contact), the material trade's words (范文, 模板, a site's name, a repost or
        copyright note) left out: a notice's own aside about its training material has those, and
        one of a seller's alone may be its topic (发表论文2篇以上, 某驾校宣称包过)."""
        return len(_cues(seg, self.pats).sellers)

    def ad_beyond_address(self, seg: str) -> bool:
        """Whether ``seg`` (folded) holds an ad-only cue other than a link to a site: a notice opens a
        paragraph with its own download address on a host that is not a government one (下载地址
        www.jltjj.com.cn 各单位请于…), a seller with what it sells."""
        return any(name not in _ADDRESS_NAMES for name in _cues(seg, self.pats).ad_names)

    def strong_cue(self, seg: str) -> bool:
        """Whether ``seg`` (folded) holds a cue that counts fully (a repost note, a paid offer, an
        account…): the weak ones (下载, 关注, 模板, 扫码进群) are a notice's own instructions too, and
        so is a file format asked for (Word版及盖章扫描件各一份)."""
        seg = adshapes.FILE_FORMAT.sub(" ", seg)
        return any(points >= STRONG for points, _ in _cues(self._own_topic_masked(seg), self.pats).classes.values())

    def weak_cues_only(self, seg: str) -> bool:
        """Whether ``seg`` (folded) carries cues and none that counts fully (:meth:`strong_cue`): the
        words of a notice's own instructions (欢迎扫码关注, 点击下载), which an ad shares with it."""
        return self.has_cue(seg) and not self.strong_cue(seg)

    def material_trade(self, seg: str) -> bool:
        """Whether ``seg`` (folded) holds a cue that counts fully and, among two classes of cues
        or more, one of the writing-material trade (material vocabulary, a site's name, a repost
        or copyright note): what an ad of this corpus sells. A fee, an account or a download
        alone is a notice's own too (个人缴费（380元/年，可通过“湘医保”公众号缴纳）)."""
        ev = _cues(self._own_topic_masked(adshapes.FILE_FORMAT.sub(" ", seg)), self.pats)
        return (len(ev.classes) >= 2 and not _MATERIAL_TRADE.isdisjoint(ev.classes)
                and any(points >= STRONG for points, _ in ev.classes.values()))

    def names_account(self, seg: str) -> bool:
        """Whether ``seg`` (folded), the document's own topic set aside, holds a messenger account's
        id (a WeChat or QQ id; not a search for an account, 搜索“学习强国”): inside a bracket that
        splits a word of the text in words foreign to it, where it stands says the rest
        (推「微信：xiecai_2024」进). Two classes of cues alone do not: a notice's aside names a fee and
        its own account there too (（标准为380元/年，可通过“湘医保”公众号缴纳）)."""
        return _cues(self._own_topic_masked(seg), self.pats).account_id()

    def sells(self, seg: str) -> bool:
        """Whether the cues of ``seg`` (folded) say what is sold (:func:`_what_is_sold`) and one of them
        is a seller's own and counts fully: an offer, a trade, a price, writing material or a site's
        voice. A channel and a call (可拨打热线…咨询, 下载…APP或登录www…办理) are a notice's instructions."""
        ev = _cues(self._own_topic_masked(seg), self.pats)
        return any(points >= STRONG for c, (points, _) in ev.classes.items() if c in _SOLD) and _what_is_sold(ev)

    def trade_offered(self, seg: str) -> bool:
        """Whether ``seg`` (folded) offers a trade no government text offers (an exam course, paid
        papers, a writing tool, paid writing), or holds two classes of cues other than where to reach
        someone (a contact, a call, a note): a notice's aside names its own fee (稿酬每千字100元), a
        promise it quotes (包过、包拿证) or its address (网址：…, 电话：…，微信同号)."""
        ev = _cues(self._own_topic_masked(seg), self.pats)
        return not _TRADES.isdisjoint(ev.ad_names) or len(set(ev.classes) - _WHERE) >= 2

    def has_cue(self, seg: str) -> bool:
        return bool(_cues(seg, self.pats).classes)

    def material_words_only(self, seg: str) -> bool:
        """Whether the only cues of ``seg`` (folded), the document's own topic set aside, are
        writing-material words (范文, 笔杆子, 素材): a notice on writing uses them as much as a seller."""
        return set(_cues(self._own_topic_masked(seg), self.pats).classes) == {"material"}

    def cues_end(self, seg: str) -> int:
        """Where the last cue of ``seg`` (folded) ends, or -1 without one."""
        return _cues(seg, self.pats).last

    def cues_start(self, seg: str) -> int:
        """Where the first cue of ``seg`` (folded) starts, or -1 without one."""
        ev = _cues(seg, self.pats)
        return ev.first if ev.spans else -1

    def ad_cues_end(self, seg: str) -> int:
        """Where the last ad-only cue of ``seg`` (folded) ends, or -1 without one: past it, a
        weak cue (招聘, 咨询) is as often the text's own word."""
        return max((end for _, end in _cues(seg, self.pats).ad_spans), default=-1)

    def opens_with_cue(self, seg: str) -> bool:
        """``seg`` (folded) opens with an ad-only cue, give or take a label: its words are the ad's."""
        ev = _cues(seg, self.pats)
        return bool(ev.ad_only) and not has_words(_LABEL.sub("", seg[:ev.first].strip(), count=1))

    def verdict(self, seg: str, position: str | None, recurring: bool = False, whole: bool = True,
                spliced: bool = False, register: bool = False, learned: bool = False,
                alone: bool = False) -> str | None:
        """The reason ``seg`` (folded) is an ad, naming its cues, or None.

        ``whole``: the segment is not delimited by brackets (a line, a sentence), so the ad
        must be all of it: its cues reach both of its ends. An ad spliced into a sentence
        without brackets leaves words of the sentence before and after its cues; that
        sentence is not cut whole.
        ``spliced``: a bracket cutting a word of the text, its words foreign to the document
        (rules/ads.py): two cues of where and what it is, so one ad-only cue, two classes
        of cues, or an account's id (微信：xiecai_2024), complete the evidence.
        ``register``: a short stand-alone line (rules/ads.py); where it is written in words
        government text does not write throughout (adregister) and its cues say what it sells
        (:func:`_what_is_sold`), or in an ad's register (the learned one), that agrees as two
        classes of cues do. ``learned``: a short sentence standing alone or a bracket, its words
        foreign to the document (rules/ads.py); only the learned register agrees there (a notice's
        own sentences and asides are in words the gov-pair table never read too).

        >>> s = Scan("", Corpus())
        >>> s.verdict("代写各类材料,微信:xz666", "short stand-alone line")
        'advertisement: paid-writing offer + contact account + writing-material vocabulary (short stand-alone line)'
        >>> s.verdict("请关注“健康江岭”公众号,回复“核酸”获取检测结果", "short stand-alone line") is None
        True
        """
        if _AGAINST.search(seg) or _LEGAL_AID.search(seg) or self._title_topic(seg):
            return None
        if register or learned:  # the register is evidence only where the rest is not enough
            plain = self.verdict(seg, position, recurring, whole, spliced)
            if plain:
                return plain
        masked = self._own_topic_masked(seg)
        ev = _cues(masked, self.pats)
        # ``register``: a stand-alone line in a register of its own (_register).
        alien = self._register(masked, ev, gov=register, alone=alone) if register or learned else None
        if not ev.ad_only and not (spliced and (len(ev.classes) >= 2 or ev.account_id())) and not alien:
            return None
        if _free_of_nothing(masked, ev):
            return None  # free, but no writing material: an office hands out cards, guides, job lists (免费领取电子健康卡)
        # A paid service (writing, or an exam course) outweighs a notice's own registration words.
        paid = "paid-writing offer" in ev.names() or "exam or training sold" in ev.names()
        # A line standing alone in an ad's register throughout sells with its label words too (…代办，联系电话138…).
        promised = _flyer_promise(masked) or alone and alien == LEARNED_REGISTER
        if not paid and (_names_institution(seg) or _own_contact(seg, promised) or ".gov.cn" in seg.lower()
                         or any(p in seg for p in self.publishers) or self.own_channel(seg)):
            return None
        # A hotline labelled as a notice labels its own (咨询电话) beside nothing but a word a
        # notice may use of its own topic (获奖范文…，咨询电话138…): the notice's line.
        if OWN_HOTLINE.search(seg) and set(ev.ad_names) <= _VOCABULARY_ONLY:
            return None
        points = ev.points() + (position is not None) + recurring
        # Two classes agree; or, where an ad stands, two cues no government text writes of itself.
        agree = len(ev.classes) >= 2 and points >= 5 or spliced or alien
        if not agree and not (position and (ev.ad_cues() >= 2 or ev.evasion and _bare(seg, ev))):
            return None
        # Where an ad stands, two ad-only cues may carry a slogan clause (，质量保证).
        loose = position is not None and (ev.ad_cues() >= 2 or agree)
        if whole and alien == LEARNED_REGISTER and not self._ad_to_its_ends(seg, ev):
            return None  # words beyond the cues in government text's register: an ad glued to the text's own
        if whole and not alien and not (_edge(seg[:ev.first], True, loose) and _edge(seg[ev.last:], False, loose)):
            return None  # (a line all in the trade's words is the ad's to its ends)
        if whole and self.owns(seg[ev.last:], seg[ev.last - 1:ev.last]):
            return None  # words beyond the cues that are the document's own: the ad was glued to them
        names = ev.names() + ([alien] if alien else [])
        return "advertisement: " + " + ".join(names) + (f" ({position})" if position else "")


def cue_spans(seg: str, pats) -> list[tuple[int, int, int]]:
    """(start, end, points) of every cue of ``seg`` (folded) under the patterns ``pats`` (Scan.pats)."""
    return _cues(seg, pats).spans


@lru_cache(maxsize=4)
def scan(text: str, corpus: Corpus) -> Scan:
    """Shared by the two rules: the second usually gets the text the first was given."""
    return Scan(text, corpus)


def _publishers(text: str) -> tuple[str, ...]:
    """The organisations the document names as its own: before 关于 in the title, in the signature."""
    doc = [l.text for l in lines(text) if l.text.strip()]
    names = [m.group(1) for m in (_TITLE_ORG.match(doc[0]),) if m] if doc else []
    names += [m.group(1) for line in doc[-8:] if size(line) <= 30 for m in (_SIGNATURE_ORG.match(line),) if m]
    return tuple(names)


def _first_line(text: str) -> str:
    return next((l.text.strip() for l in lines(text) if l.text.strip()), "")


def _free_of_nothing(seg: str, ev: _Evidence) -> bool:
    """Whether the only ad-only cues of ``seg`` say "free" (免费领取, 免费下载) of no writing material:
    an office hands out its own things free too (扫码即可免费领取电子健康卡); or they offer material in
    a file format or a weak word of it alone, with no writing genre, site, address or price beside
    (点击下载Word版申报表, 会后可领取课件PPT, 春耕生产技术手册PDF版免费下载: a notice's own handouts)."""
    if set(ev.ad_names) != {_FREE_OFFER}:
        return False
    if "material" not in ev.classes:
        return all(seg.startswith("\u514d\u8d39", a) for a, _ in ev.ad_spans)  # 免费
    points, names = ev.classes["material"]
    return set(ev.classes) == {"offer", "material"} and points < STRONG and _HANDOUT_MATERIAL.issuperset(names)


# Weak material cues a notice's own handout carries too: its file format, a weak word of material (课件, 模板).
_HANDOUT_MATERIAL = frozenset({"file format", "writing-material vocabulary"})


def _bare(seg: str, ev: _Evidence) -> bool:
    """Whether the segment is nothing but its cues, give or take a label (网址:)."""
    return not has_words(_LABEL.sub("", seg[:ev.first].strip(), count=1)) and not has_words(seg[ev.last:])


_SPLICE_GAP = 8
_HAN_PAIR = regex.compile(r"\p{Han}{2}")
# A quoted name before an account word: “江岭人社”公众号, 「健康江岭」APP.
_QUOTED_ACCOUNT = regex.compile(r"[\"\u201c\u300c\u300e]\s*+(\p{Han}{2,12}+)\s*+[\"\u201d\u300d\u300f]\s*+"
                                r"(?:微信)?(?:公众号|订阅号|服务号|视频号|小程序|APP|app|客户端|平台)")
# A place in an organisation's name, where the name starts or after its province, city or the Party's
# name (江城市…, 浙江省江岭县…, 江城市江岭区…, 共青团石家庄市委员会), read in the publishers and the title only:
# in the body a pair before 市 is as often 根据市…, 在全市… .
_PLACE = regex.compile(r"(?:(?<!\p{Han})|(?<=省|市|团|中共))(\p{Han}{2,3}?)(?:省|市|县|区|州)")
# A channel named bare, the run of Han characters right before its word (扫码下载江城公交APP, 请访问江城文旅网;
# not 江城网格员).
_BARE_CHANNEL = regex.compile(r"(\p{Han}{2,12}?)\s*+(?:微信)?(?:公众号|订阅号|服务号|视频号|小程序|APP|App|app|客户端|网站|平台"
                              r"|网(?!\p{Han}))")
# What a seller leaves beside a channel's name: an office points to its own with a call, a page's words or a
# note of its rights (更多精彩内容请访问…, 转载请注明出处“…”微信公众号) at most.
_SOLD_BESIDE = frozenset({"contact", "material", "price", "trade"})


def _own_name_start(name: str, heads: frozenset[str], places: frozenset[str]) -> int | None:
    """Where a channel's ``name`` opens with one of ``heads``, or names one of ``places``, or None."""
    if name[:2] in heads:
        return 0
    return min((i for i in (name.find(p) for p in places) if i >= 0), default=None)


# The document's own text an ad was glued onto: a date or a document number that ends the segment
# (a signature date, the number under a title; a date with words after it, 2024年3月5日上传 or
# …日前交稿, is the ad's own), or a heading behind the one outline marker of the segment (an ad that
# numbers its goods, （一）…范文（二）…, has two).
_DATE_END = regex.compile(r"(?:(?:19|20)\d\d\s*+年\s*+\d{1,2}\s*+月\s*+\d{1,2}\s*+日|(?:19|20)\d\d-\d{1,2}-\d{1,2}"
                          r"|[\[(\u3014\u3010]\s*+(?:19|20)\d\d\s*+[\])\u3015\u3011]\s*+\d{1,5}\s*+号)[\s.\u3002]*+$")
_MARKER = regex.compile(r"(?:第[一二三四五六七八九十百零〇\d]++[章条节]|(?<![\p{Han}\d])[一二三四五六七八九十]{1,3}+\u3001"
                        r"|[(\uff08][一二三四五六七八九十]{1,3}+[)\uff09])(?=\s*+\p{Han}{2})")
_GLUED_FROM = 4  # characters into a segment: a marker before them opens the segment itself
_HAN_RUNS = regex.compile(r"\p{Han}{2,}+")
_SENTENCE_TAIL = regex.compile(r"\p{Han}[^!?~\n\u3002;]*+[\u3002;]")  # 四是重民生、促和谐。
KNOWN_PAIRS_MIN = 4  # character pairs a span needs before its share of the document's own says anything
_KNOWN_SHARE = 0.6  # of a tail's pairs the document writes elsewhere: its own words
_EVASIONS = frozenset({"spelled-out domain", "contact in Chinese numerals"})
_DECORATION = regex.compile(r"[\U0001F300-\U0001FAFF\u2705\u2728\u274c\u2757\u2b50\u27a1\u26a1\u260e\ufe0f\u200d]")
_BREAK = regex.compile(r"[!?;\u3002\n]")
# Between the cues of an ad's list of goods stand names (各类工作总结、述职报告); a figure or a
# particle of prose there (发表论文2篇，论文…; 对代笔的、抄袭心得体会的) is a sentence's, which the
# weak cues do not carry on.
_PROSE_GAP = regex.compile(r"[\d\u7684\u4e86]")  # a digit, 的, 了
_NAME_OPEN, _NAME_CLOSE = "\"'\u201c\u2018\u300c\u300e\u3010\u3016\u300a(", "\"'\u201d\u2019\u300d\u300f\u3011\u3017\u300b)"


def _decorated_lead(seg: str, start: int) -> int:
    """Where a run of cues starts once an emoji a few words before it is taken in (🔥专业|心得体会撰写…):
    no sentence of the text holds an emoji, so the words between it and the cues are the ad's."""
    lead = seg[max(0, start - _DECORATED_WORDS):start]
    for k in range(len(lead) - 1, -1, -1):
        if _DECORATION.match(lead, k):
            return start - len(lead) + k
        if not _WORD.match(lead, k):
            break
    return start


_DECORATED_WORDS = 4


def _opened(run: str) -> bool:
    """Whether ``run`` holds more opening marks than closing ones (a name cut at its end)."""
    return sum(run.count(c) for c in _NAME_OPEN) > sum(run.count(c) for c in _NAME_CLOSE)


# A row that is nothing but a short label ending in 电话/热线 and one number (查询电话:2892 6543; without the
# colon a landline: 咨询电话 0571 8888 6666): a notice's contact row. A pitch needs words of its own beside the number; without them the only
# "call" the foreign-ad rule sees is the label's 电话, which every contact row has.
_LABELLED_NUMBER_ROW = regex.compile(r"^\s*+\p{Han}{0,6}?(?:电话|热线|专线)(?:\s*+:\s*+\+?[0-9]|\s++0)[0-9 ()-]{6,18}[0-9]\s*+$")

# A row that is nothing but a short label ending in 邮箱/信箱 and one address whose name spells no writing
# trade (投稿邮箱：jcshkx@163.com, 电子邮箱:rsj_zp@126.com): a notice's own row, as a labelled number is.
# A seller's address names its goods (邮箱：xiezuo_help@…, ✉ gongwen_help@…).
_LABELLED_MAIL_ROW = regex.compile(r"^\s*+\p{Han}{0,6}?(?:邮箱|信箱|电子邮件|(?i:e-?mail))\s*+:\s*+[A-Za-z0-9._-]++@[A-Za-z0-9.-]++\s*+$")


def _labelled_mail_row(seg: str) -> bool:
    return _LABELLED_MAIL_ROW.match(seg) is not None and adcontacts.PINYIN_SITE.search(seg) is None


def glued_own_text(seg: str) -> bool:
    """Whether a line judged whole holds, past its opening, a date, a document number or an
    outline marker with its heading (…包过审★QQ 2837461★2019年12月10日, …即可下载（四）加快推进…):
    the document's own line with an ad glued in front of it, which must not go whole.

    >>> glued_own_text("本文档为会员专享,开通VIP即可下载(四)加快推进产业升级"), glued_own_text("代写材料 QQ:2837461")
    (True, False)
    """
    date = _DATE_END.search(seg, _GLUED_FROM)
    return date is not None or _own_heading(seg, _GLUED_FROM)


def _own_heading(seg: str, start: int) -> bool:
    """Whether a heading of the document's own stands in ``seg`` from ``start`` on: the segment's
    one outline marker, at ``start`` or past it, with nothing an ad says after it (第一章…范文 is a
    template site's contents)."""
    markers = list(_MARKER.finditer(seg))
    if len(markers) != 1 or markers[0].start() < start or start == 0 and seg[:markers[0].start()].strip():
        return False
    return not _cues(seg[markers[0].start():], _patterns(())).ad_only


def _names_institution(seg: str) -> bool:
    """Whether ``seg`` names a government body or outlet (:data:`_INSTITUTION`), or an office's own
    site with nothing of a seller beside it (可在市卫健委官网“下载中心”获取Word版; not 人社局官网同款题库, not
    本文素材来源：生态环境局网站，更多…素材请搜索…)."""
    return _INSTITUTION.search(seg) is not None or own_site(seg)


def own_site(seg: str) -> bool:
    """Whether ``seg`` (folded) points to an office's or a public institution's own site, with no
    private account and nothing of a seller beside it but a column of the site."""
    if _OFFICE_SITE.search(seg) is None or adcontacts.CONTACT_ID.search(adcontacts.without_domains(seg)) is not None:
        return False  # (the site's own address is no private account: 本馆官网www.qwlib.cn)
    return _SELLER.isdisjoint(_cues(seg, _patterns(())).classes) or _SITE_COLUMN.search(seg) is not None


# A column of the site named (…官网“资源下载”栏目): an office points to where its own site keeps a
# file, free or not; a seller names no column.
_SITE_COLUMN = regex.compile(r"(?:官网|网站)[^\n]{0,40}?[\"\u201c\u300c][\p{Han}]{2,10}+[\"\u201d\u300d]\s*+(?:栏目|专栏|板块|频道)")


def quiet_cues(seg: str) -> bool:
    """Whether the cues of ``seg`` (folded) are at most a notice's own: no ad-only cue, no contact
    spelled to dodge filters, nothing sold (:data:`_SELLING`); a contact, a call, an offer, a fee
    (咨询：王科长，139…; 可拨打…咨询; 培训费每人每年600元). Not 各类材料撰写，联系139…: material."""
    ev = _cues(seg, _patterns(()))
    return not ev.ad_only and not ev.evasion and _SELLING.isdisjoint(ev.classes)


def own_or_against(seg: str, publishers: tuple[str, ...] = (), promised: bool = False) -> bool:
    """Whether ``seg`` speaks against ads, or is a notice's own: an institution, its own
    contact block, a government host, the document's publisher (the foreign-ad rule's veto).

    >>> own_or_against("联系人:王伟,联系电话:0571-12345678")
    True
    >>> own_or_against("查询热线:2112 9932"), own_or_against("代写材料 热线:13812345678")
    (True, False)

    ``promised``: the line sells as a flyer does (in an ad's register throughout); its label words
    (联系电话, 报名) are the seller's then, a landline or a fax stays the notice's (:func:`_own_contact`).
    """
    return (against(seg) or _names_institution(seg) or _own_contact(seg, promised)
            or _BANK_ROW.search(seg) is not None and adcontacts.CONTACT_ID.search(seg) is None and quiet_cues(seg)
            or _LABELLED_NUMBER_ROW.match(seg) is not None or _labelled_mail_row(seg) or ".gov" in seg.lower()
            or any(p in seg for p in publishers))


def _own_contact(seg: str, promised: bool) -> bool:
    """Whether ``seg`` holds a notice's own contact words (联系人, 报名, a landline…). Beside a
    seller's promise in a flyer (``promised``) the label words (报名电话, 联系人) are the seller's:
    a notice enrols, it never guarantees; a landline or a fax stays the notice's."""
    return any(not (promised and m.group() in _LABEL_WORDS) for m in _OWN_CONTACT.finditer(seg))


_LABEL_WORDS = frozenset(("联系人", "联系电话", "联系方式", "报名"))


def _flyer_promise(seg: str) -> bool:
    """Whether ``seg`` (folded) makes a seller's promise of the outcome (包拿证, 不过退费) as a
    flyer does: phrases set off by spaces, no clause of prose (a notice warning of such promises
    writes sentences: 培训不承诺包过，报名咨询…), the promise not negated (不包通过)."""
    m = adshapes.PROMISE.search(seg)
    return (m is not None and _PROSE_MARK.search(seg) is None
            and not (m.start() and seg[m.start() - 1] in _NEGATIONS))


_PROSE_MARK = regex.compile(r"[,;!?\u3002\u3001]")  # a clause or sentence mark (folded); a label's colon is no prose
_NEGATIONS = frozenset("不没未无非")


def publishers(text: str) -> tuple[str, ...]:
    """The organisations the document names as its own (title, signature)."""
    return _publishers(text)


def against(seg: str) -> bool:
    """Words against ads (打击代写, 谨防) or legal aid: nothing in the segment is an ad."""
    return _AGAINST.search(seg) is not None or _LEGAL_AID.search(seg) is not None


def has_words(seg: str) -> bool:
    return _WORD.search(seg) is not None


def _edge(seg: str, lead: bool = False, loose: bool = False) -> bool:
    """Whether ``seg``, before the first cue of a segment or after its last, can belong to
    the ad: a few words (专业代写…, …诚信经营) but no clause of a sentence (民族、|本文由…);
    before the first cue (``lead``), a short label too (声明:, 注:, PS:); ``loose``: a clause
    of a few more words (a line that is all ad)."""
    seg = seg.strip()
    if lead:
        seg = _LABEL.sub("", seg, count=1)
    words = len(_EDGE_WORD.findall(seg))
    if loose:
        return words <= _LOOSE_EDGE_WORDS
    return _CLAUSE_MARK.search(seg.rstrip(_END_MARKS)) is None and words <= _EDGE_WORDS
