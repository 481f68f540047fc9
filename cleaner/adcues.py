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
from functools import lru_cache
from typing import NamedTuple

import regex

from cleaner import adshapes, data
from cleaner.docmodel import lines, size
from cleaner.textutil import alternation
from cleaner.types import Corpus

STRONG, WEAK = 3, 1
_CLASSES = ("offer", "contact", "material", "site", "price", "repost", "copyright", "call")
# Full-width ASCII forms to ASCII, the ideographic space to a space: one code point for one,
# so offsets hold, and every pattern below needs one spelling of each mark.
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_QO = "[\"'\u201c\u2018\u300c\u300e\u3010\u3016\u300a<]"  # a name opens: " ' “ ‘ 「 『 【 〖 《 <
_QC = "[\"'\u201d\u2019\u300d\u300f\u3011\u3017\u300b>]"

# phrase -> (class, points, cue name, ad-only): an "ad" cue is strong, and a government text
# never says it of itself (代写, 范文, 侵权删除, 免费领取); every ad needs one.
_VOCAB_ROWS = {row[3]: (row[0], WEAK if row[1] == "weak" else STRONG, row[2], row[1] == "ad")
               for row in data.table("ad_cues") if row[0] != "against"}
_VOCAB = regex.compile(alternation(_VOCAB_ROWS))
# Words against ads veto, but not 严禁转载 / 禁止复制: a copyright notice forbids, too.
_AGAINST = regex.compile(f"(?:{alternation(row[3] for row in data.table('ad_cues') if row[0] == 'against')})"
                         "(?!转载|复制|抄袭|盗用|搬运)")
_ID_CHANNELS = ("微信号", "微信", "威信", "薇信", "徽信", "维信", "魏信", "V信", "v信", "微x", "微X", "加微", "加V",
                "加v", "+V", "+v", "+vx", "QQ号", "QQ群", "Q群", "群号", "交流群", "扣扣号", "扣扣群", "扣扣", "企鹅号", "企鹅群", "企鹅",
                "vx", "VX", "Vx", "wx", "WX", "Wx", "weixin", "Weixin", "WeChat", "wechat", "QQ", "qq", "Qq", "微 信",
                "V", "v", "Q", "q") + adshapes.EVASIVE_CHANNELS
# A channel broken up by a separator to dodge filters: 微-信, 薇 信, Q.Q, V.X, 扣 扣.
_SEP = r"[ ._\-\u00b7|/]{1,2}+"
_SPLIT_CHANNEL = (rf"[微薇威徽维魏Vv]{_SEP}(?:信|xin|x|X)(?:{_SEP}号)?|[Qq]{_SEP}[Qq]|扣{_SEP}扣|[Vv]{_SEP}[Xx]"
                  rf"|[Ww]ei(?:{_SEP})?xin|[Ww]{_SEP}[Xx]")
_LATIN_CHANNEL = regex.compile(r"[A-Za-z]++")
_CHANNEL_SEP = regex.compile(r"\s*+[/\u3001|或和及]\s*+")
# The pre-scan's view of an evasive channel (on the unfolded text: any colon).
_EVASIVE_PRE = regex.compile(
    alternation(c for c in adshapes.EVASIVE_CHANNELS + _ID_CHANNELS if len(c) > 1 and c.replace(" ", "") not in
                adshapes.PLAIN_CHANNELS and c != "微 信")
    + r"|(?<![\p{Han}A-Za-z0-9])[薇徽威扣VvQq](?=\s*+[:\uff1a])|\d(?:[ .]\d){5}|" + _SPLIT_CHANNEL)
_CHANNEL = alternation(_ID_CHANNELS) + "|" + _SPLIT_CHANNEL
# A mobile number, its groups apart or not: 138 0013 8000, 158.0000.1111, 139·1234·5678.
_SEP_MOBILE = r"1[3-9]\d(?:[- .\u00b7\u2014]?+\d{4}){2}(?![\d.])"
# A channel (or several: 微信/QQ), perhaps 号/账号, a colon or none, then the account or a number.
_CONTACT_ID = (rf"(?<![A-Za-z])(?:{_CHANNEL})(?:\s*+[/\u3001|或和及]\s*+(?:{_CHANNEL}))*+"
               r"(?P<gap>\s*+(?:号码|账号|同号|号)?\s*+(?:[:=]|->|\u2192)?\s*+(?:同号\s*+)?)"
               rf"(?P<id>(?P<spaced>{adshapes.SPACED_DIGITS})|{_SEP_MOBILE}|[A-Za-z0-9][A-Za-z0-9_-]{{2,29}}+(?![A-Za-z0-9_-]))")
_ACCOUNT_NAME = regex.compile(
    rf"(?:微信)?(?:公众号|公众平台|订阅号|服务号|视频号|抖音号|抖音账号|快手号|小红书号|头条号|百家号)\s*+(?::\s*+)?{_QO}?\s*+"
    rf"[\p{{Han}}A-Za-z0-9_]{{2}}|(?:抖音|快手|小红书|微博)\s*+:\s*+[\p{{Han}}A-Za-z0-9_]{{2}}"
    rf"|{_QO}[^\n\"'\u201d\u2019\u300d\u300f\u3011\u3017\u300b>]{{2,16}}+{_QC}\s*+(?:微信)?(?:公众号|订阅号|服务号)")
_MOBILE = regex.compile(r"(?<![\d.])" + _SEP_MOBILE)
_HOTLINE = regex.compile(r"(?<![\d.])[48]00[- ]?+\d{3}[- ]?+\d{4}(?!\d)")
_EMAIL = regex.compile(r"(?<![A-Za-z0-9._-])[A-Za-z0-9._-]++@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)++")
_DOMAIN = regex.compile(r"(?<![A-Za-z0-9.@/-])(?:https?://)?(?:[A-Za-z0-9-]++\.)++"
                        r"(?:com|cn|net|org|top|cc|vip|xyz|info|site|wang|club|me|io|co|tv|ink|pub|shop|icu|fun|biz)"
                        r"(?![A-Za-z0-9-])(?:[/?#][A-Za-z0-9._~:/?#@!$&'*+,;=%-]*+)?")  # and its path
# XX范文网, 公文宝网, 秘书之家文库, 公文写作交流群: a writing word, a short name, a site (or a
# group) word, then no more name.
_SITE_NAME = (r"(?:材料|公文|写作|素材|模板|文档|秘书|文秘|范文|笔杆子?|文案|论文|范本|作文)\p{Han}{0,3}?"
              r"(?:(?:网|文库|库|之家|宝典|吧|帮|侠|宝|站|大全|在线)(?:(?!\p{Han})|(?=整理|编辑|发布|转载|提供|出品|首发|原创))"
              r"|(?:交流|学习|互助)(?:QQ|qq|微信|Q)?群)")
# fanwen88.com, m.sucaiwang.com: a template site's domain spells its vocabulary in pinyin.
_PINYIN_SITE_WORDS = r"fanwen|wenmi(?!ng)|xiezuo|moban|sucai|gongwen|bigan|wendang|wenku|lunwen|cailiao|mishu|daixie|zongjie"
_PINYIN_SITE = regex.compile(_PINYIN_SITE_WORDS, regex.IGNORECASE)
# 领取公文模板, 获取本文完整版, 下载Word版: material handed out, not a service of the text's own.
_FREE_MATERIAL = (r"(?:领取|获取)[\p{Han}0-9]{0,6}?(?:全文|原文|完整版|范文|模板|素材|Word|word|WORD|PPT|资料包)"
                  r"|下载\p{Han}{0,4}?(?:完整版|Word|word|WORD)")
# 回复“总结”获取全文, 后台回复要点即可下载: a keyword that unlocks material.
_REPLY = (rf"(?:回复|发送|输入)\s*+(?:关键[词字])?\s*+:?\s*+{_QO}?[\p{{Han}}A-Za-z0-9]{{1,10}}?{_QC}?\s*+"
          r"(?:即可|就能|就可|便可|可以?|来)?\s*+(?:免费)?(?:获取|领取|下载|获得|拿)")
_GROUP = regex.compile(r"加入\p{Han}{0,10}?群|进群|加群|入群")
_SOURCE_LABEL = regex.compile(r"(?:来源|出处|来自|转自|作者)\s*+:")
# Protective: a government body or news outlet named (the publisher's own note), a notice's
# own contact block (a contact person, a landline, a fax, an address).
_INSTITUTION = regex.compile(r"政府|委员会|党委|党组|办公厅|办公室|人大|政协|日报|晚报|新华社|新华网|人民网|央视|电视台"
                             r"|广播电台|融媒体|政务|\p{Han}{1,8}?[局厅署委](?!\p{Han})")
# Legal aid writes legal documents for those who cannot (代写法律文书, 代写诉状): a public service.
_LEGAL_AID = regex.compile(r"代写(?:法律)?(?:文书|诉状|起诉状|答辩状|申诉状|上诉状)|法律援助")
_OWN_CONTACT = regex.compile(r"联系人|联系电话|报名|传真|邮编|邮政编码|(?<![文网载])地址\s*+:|(?<!\d)0\d{2,3}-\d{7,8}(?!\d)")
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


# A host name whose dots are ideographic full stops (one code point for one: offsets hold).
_IDEO_DOT_HOST = regex.compile(r"(?<![A-Za-z0-9-])[A-Za-z0-9-]++(?:\u3002[A-Za-z0-9-]++)++"
                               r"(?<=\u3002(?:com|cn|net|org|top|cc|vip|xyz|info|site|wang|club|me|io|tv|ink|pub|shop|icu|fun|biz))")
# A label that sends the reader to an address: 原文地址: x.com, 更多精彩请访问 x.com, download at x.com.
_LINK_LABEL = regex.compile(r"(?:地址|网址|链接|访问|官网|尽在|登录|(?:download|visit)(?:\s++at)?)\s*+:?\s*+$", regex.IGNORECASE)
_LINKED_DOMAIN = regex.compile(r"(?:地址|网址|链接|访问|官网|尽在|登录|download|at|visit)\s*+[:\uff1a]?\s*+"
                               r"(?:https?://)?[A-Za-z0-9-]++[.\u3002]", regex.IGNORECASE)
_SITE_LINK = regex.compile(r"(?:请|欢迎)?访问\p{Han}{1,6}?(?:网|文库|文档)(?!\p{Han})")
# News outlets a publisher cites as its source (原文链接: www.xinhuanet.com/...).
_NEWS_DOMAIN = regex.compile(r"xinhuanet|people\.com|cctv|chinanews|gmw\.cn|china\.com\.cn|cnr\.cn|ce\.cn|81\.cn"
                             r"|qstheory|chinadaily|youth\.cn|weixin\.qq|cri\.cn")


class _Patterns(NamedTuple):
    offers: regex.Pattern  # paid-writing offers, the package's and the user's
    contact_ids: regex.Pattern
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
    literal = re.compile(f"{alternation(offers + ad_vocab)}|{_PINYIN_SITE_WORDS}")  # domains are written lower-case
    return _Patterns(regex.compile(alternation(offers)), regex.compile(_CONTACT_ID), regex.compile(structured), literal)


_SITE_NAME_ONLY = regex.compile(_SITE_NAME)
_FREE_MATERIAL_ONLY = regex.compile(_FREE_MATERIAL)


def _has_ad_cue(text: str, pats: _Patterns, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds an ad-only cue: the one question asked of every document."""
    end = len(text) if end is None else end
    return (pats.literal_ad_cues.search(text, start, end) is not None
            or _SITE_NAME_ONLY.search(text, start, end) is not None
            or _FREE_MATERIAL_ONLY.search(text, start, end) is not None
            or _EVASIVE_PRE.search(text, start, end) is not None
            or _LINKED_DOMAIN.search(text, start, end) is not None
            or _SITE_LINK.search(text, start, end) is not None
            or adshapes.any_shape(text, start, end))


def _valid_id(m: regex.Match) -> bool:
    """An account, not a word: it has a digit, or follows a colon and is long enough; after
    a Latin channel name (vx, QQ) glued to it, only digits read as an account; a one-letter
    channel (V: Q:) needs its colon."""
    gap, account = m.group("gap"), m.group("id")
    channel = m.group()[:m.start("gap") - m.start()]
    if len(channel) == 1:  # V: / Q: / 薇: only with a colon, and not the end of a word (安徽:)
        before = m.string[m.start() - 1:m.start()]
        return ":" in gap and not (before and _WORD.match(before))
    if not gap and _LATIN_CHANNEL.fullmatch(channel):  # WXdywf97: an upper-case channel, an id with a digit
        return account.isdigit() or (channel.isupper() and len(channel) > 1 and any(c.isdigit() for c in account))
    return any(c.isdigit() for c in account) or (any(c in gap for c in ":=") and len(account) >= 5)


def _evasive(m: regex.Match) -> bool:
    """A channel a notice would write plainly (微信, QQ) spelled to dodge filters (威xin, V❤,
    扣扣, 薇:), or a number with a space between every digit."""
    if m.group("spaced"):
        return True
    channel = m.group()[:m.start("gap") - m.start()]
    return any(part.replace(" ", "") not in adshapes.PLAIN_CHANNELS and part.replace(" ", "") != "微信"
               for part in _CHANNEL_SEP.split(channel) if part)


class _Evidence:
    """The cues found in a span: per class the best points and the names of the cues giving
    them, and how far the cues reach (from the first one's start to the last one's end)."""

    def __init__(self):
        self.classes: dict[str, tuple[int, list[str]]] = {}
        self.ad_only = False
        self.ad_spans: list[tuple[int, int]] = []
        self.evasion = False  # a contact or domain spelled to dodge filters
        self.first, self.last = 1 << 30, -1
        self.spans: list[tuple[int, int, int]] = []  # (start, end, points) of every cue

    def add(self, m: regex.Match | re.Match, cls: str, points: int, name: str, ad: bool = False) -> None:
        if ad:
            self.ad_only = True
            self.ad_spans.append(m.span())
        self.first, self.last = min(self.first, m.start()), max(self.last, m.end())
        self.spans.append((m.start(), m.end(), points))
        best, names = self.classes.get(cls, (0, []))
        if points > best:
            self.classes[cls] = (points, [name])
        elif points == best and name not in names:
            names.append(name)

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


def _cues(seg: str, pats: _Patterns) -> _Evidence:
    """The cues of the folded segment ``seg``."""
    ev = _Evidence()
    for m in pats.offers.finditer(seg):
        ev.add(m, "offer", STRONG, "paid-writing offer", True)
    reach = 0  # a phrase inside a longer one (转载 in 转载请注明) is not a second cue
    for m in _VOCAB.finditer(seg, overlapped=True):
        if m.end() > reach:
            ev.add(m, *_VOCAB_ROWS[m.group()])
            reach = m.end()
    _contacts(seg, pats, ev)
    for m in pats.structured.finditer(seg, overlapped=True):
        if m.group("reply"):
            ev.add(m, "offer", STRONG, "reply-keyword promotion")
        elif m.group("free"):  # 获取政策原文 / 全文 is what a publisher offers of its own text too
            ev.add(m, "offer", STRONG, "free-material offer", not m.group("free").endswith(("全文", "原文")))
        else:
            ev.add(m, "material", STRONG, "template-site name", True)
    for m in _GROUP.finditer(seg):
        ev.add(m, "offer", WEAK, "group invitation")
    for m in _SOURCE_LABEL.finditer(seg):
        ev.add(m, "repost", WEAK, "attribution note")
    for m, cls, points, name, ad in adshapes.shapes(seg):
        if name == "spelled-out domain":
            ev.evade(m, name)
        else:
            ev.add(m, cls, points, name, ad)
    return ev


def _contacts(seg: str, pats: _Patterns, ev: _Evidence) -> None:
    for m in pats.contact_ids.finditer(seg):
        if _valid_id(m):
            if _evasive(m):
                ev.evade(m, "contact in an evasive spelling")
            else:
                ev.add(m, "contact", STRONG, "contact account")
    for pattern, name in ((_ACCOUNT_NAME, "official-account name"), (_MOBILE, "mobile number"),
                          (_HOTLINE, "hotline"), (_EMAIL, "e-mail address")):
        for m in pattern.finditer(seg):
            ev.add(m, "contact", WEAK, name)
    for m in _DOMAIN.finditer(seg):
        if "gov" not in m.group().lower():
            ev.add(m, "contact", WEAK, "non-government domain")
            if _PINYIN_SITE.search(m.group()):  # weak: the same domain is already a contact
                ev.add(m, "material", WEAK, "template-site domain", True)
            if not _NEWS_DOMAIN.search(m.group()):
                _linked(seg, m, ev)
    for m in adshapes.EVASIVE_DOMAIN.finditer(seg):
        _linked(seg, m, ev)
    _site_links(seg, ev)


def _linked(seg: str, m: regex.Match, ev: _Evidence) -> None:
    """A domain a label sends the reader to (原文地址: x.com, download at x【点】com): the label and
    the domain are one strong cue."""
    label = _LINK_LABEL.search(seg, max(0, m.start() - 12), m.start())
    if label:
        ev.add(_Span(label.start(), m.end()), "contact", STRONG, "link to a non-government site", True)


def _site_links(seg: str, ev: _Evidence) -> None:
    """更多资料请访问豆丁网, 更多精品范文尽在X文档: a reader sent to a named site (an
    institution's portal is protected by the verdict)."""
    for m in _SITE_LINK.finditer(seg):
        ev.add(m, "contact", STRONG, "link to a named site", True)


class _Span(NamedTuple):
    """A cue made of two matches (a label and its domain), spanned as one."""
    s: int
    e: int

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e

    def span(self) -> tuple[int, int]:
        return self.s, self.e


class Scan:
    """One document's view for the ad rules: the folded text and what protects it."""

    def __init__(self, text: str, corpus: Corpus):
        self.pats = _patterns(tuple(corpus.ad_phrases))
        self.recurring = corpus.recurring_lines
        # Every cue is spelled on the folded text (a full-width colon, ＱＱ, ｗｗｗ); a host whose
        # dots are ideographic full stops (wap。xxx。com) is a host, not sentences.
        self.folded = text.translate(_FOLD)
        if "\u3002" in self.folded and _IDEO_DOT_HOST.search(self.folded):
            self.folded = _IDEO_DOT_HOST.sub(lambda m: m.group().replace("\u3002", "."), self.folded)
        self.possible = _has_ad_cue(self.folded, self.pats)
        self.publishers = _publishers(text) if self.possible else ()
        self.title = _first_line(self.folded) if self.possible else ""  # folded as the segments are

    def _title_topic(self, seg: str) -> bool:
        """A writing group or site named after the document's own topic ("公文写作交流群" in a
        notice of a 公文写作 training) is the notice's own, not a template site's."""
        title = self.title
        if not title or seg.strip() in title or title in seg:  # the first line may be the ad itself
            return False
        return any(m.group()[:4] in title for m in _SITE_NAME_ONLY.finditer(seg))

    def may_hold_ad(self, start: int, end: int) -> bool:
        """Every ad has an ad-only cue: a span without one is passed over at once."""
        return _has_ad_cue(self.folded, self.pats, start, end)

    def clusters(self, seg: str) -> list[tuple[int, int]]:
        """Runs of cues in ``seg`` (folded) close enough to be one ad spliced into a sentence
        without brackets: strong cues at most a few characters apart (no sentence mark
        between), and the weak cues that touch them. The run's ends are where the ad's
        evidence ends: a spliced ad's words beyond its cues are not known, so they stay.

        >>> s = Scan("", Corpus())
        >>> [seg[a:b] for seg in ["发展蓝快手号:【一点通文案】,免费领取写作素材图。"] for a, b in s.clusters(seg)]
        ['快手号:【一点通文案】,免费领取写作素材']
        """
        spans = sorted(_cues(seg, self.pats).spans)
        runs: list[list[int]] = []
        for start, end, points in spans:
            if points < STRONG:
                continue
            if runs and start - runs[-1][1] <= _SPLICE_GAP and not _BREAK.search(seg, runs[-1][1], max(start, runs[-1][1])):
                runs[-1][1] = max(runs[-1][1], end)
            else:
                runs.append([start, end])
        for run in runs:  # weak cues touching the run, and a name's closing mark
            for _ in range(2):
                for start, end, _points in spans:
                    if start < run[0] <= end + 1 or start <= run[1] + 1 < end + 1 and end > run[1]:
                        run[0], run[1] = min(run[0], start), max(run[1], end)
            while run[1] < len(seg) and seg[run[1]] in _NAME_CLOSE and _opened(seg[run[0]:run[1]]):
                run[1] += 1
        return [(a, b) for a, b in runs]

    def evasive(self, seg: str) -> bool:
        """Whether ``seg`` spells a contact or a domain to dodge filters (威xin, www【点】x【点】com)."""
        return _cues(seg, self.pats).evasion

    def has_cue(self, seg: str) -> bool:
        return bool(_cues(seg, self.pats).classes)

    def verdict(self, seg: str, position: str | None, recurring: bool = False, whole: bool = True) -> str | None:
        """The reason ``seg`` (folded) is an ad, naming its cues, or None.

        ``whole``: the segment is not delimited by brackets (a line, a sentence), so the ad
        must be all of it: its cues reach both of its ends. An ad spliced into a sentence
        without brackets leaves words of the sentence before and after its cues; that
        sentence is not cut whole.

        >>> s = Scan("", Corpus())
        >>> s.verdict("代写各类材料,微信:xz666", "short stand-alone line")
        'advertisement: paid-writing offer + contact account + writing-material vocabulary (short stand-alone line)'
        >>> s.verdict("请关注“健康江岭”公众号,回复“核酸”获取检测结果", "short stand-alone line") is None
        True
        """
        if _AGAINST.search(seg) or _LEGAL_AID.search(seg) or self._title_topic(seg):
            return None
        ev = _cues(seg, self.pats)
        if not ev.ad_only:
            return None
        paid = "paid-writing offer" in ev.names()
        if not paid and (_INSTITUTION.search(seg) or _OWN_CONTACT.search(seg) or ".gov.cn" in seg.lower()
                         or any(p in seg for p in self.publishers)):
            return None
        points = ev.points() + (position is not None) + recurring
        # Two classes agree; or, where an ad stands, two cues no government text writes of itself.
        agree = len(ev.classes) >= 2 and points >= 5
        if not agree and not (position and (ev.ad_cues() >= 2 or ev.evasion and _bare(seg, ev))):
            return None
        # Where an ad stands, two ad-only cues may carry a slogan clause (，质量保证).
        loose = position is not None and (ev.ad_cues() >= 2 or agree)
        if whole and not (_edge(seg[:ev.first], True, loose) and _edge(seg[ev.last:], False, loose)):
            return None
        return "advertisement: " + " + ".join(ev.names()) + (f" ({position})" if position else "")


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


def _bare(seg: str, ev: _Evidence) -> bool:
    """Whether the segment is nothing but its cues, give or take a label (网址:)."""
    return not has_words(_LABEL.sub("", seg[:ev.first].strip(), count=1)) and not has_words(seg[ev.last:])


_SPLICE_GAP = 8
_BREAK = regex.compile(r"[!?;\u3002\n]")
_NAME_OPEN, _NAME_CLOSE = "\"'\u201c\u2018\u300c\u300e\u3010\u3016\u300a(", "\"'\u201d\u2019\u300d\u300f\u3011\u3017\u300b)"


def _opened(run: str) -> bool:
    """Whether ``run`` holds more opening marks than closing ones (a name cut at its end)."""
    return sum(run.count(c) for c in _NAME_OPEN) > sum(run.count(c) for c in _NAME_CLOSE)


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
