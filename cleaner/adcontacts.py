"""Contacts in any spelling, for cleaner/adcues.py: an account on a channel (微信, 威xin, V❤,
薇 信, Q.Q …) with or without a colon, a mobile number with its groups apart, a 400 hotline, an
e-mail, a non-government domain (its dots spelled 【点】 or 。), and a label that sends the
reader to a site (原文地址: x.com, 更多资料请访问豆丁网). Patterns and the one function that
adds their evidence; nothing here changes text.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from cleaner import adshapes
from cleaner.textutil import alternation

STRONG, WEAK = 3, 1
QO = "[\"'\u201c\u2018\u300c\u300e\u3010\u3016\u300a<]"  # a name opens: " ' “ ‘ 「 『 【 〖 《 <
QC = "[\"'\u201d\u2019\u300d\u300f\u3011\u3017\u300b>]"
_QO, _QC = QO, QC

# Pictures of a channel: a telephone, a mobile, a receiver, QQ's penguin. No word ends in one, so
# the id after it needs no colon.
_PICTURES = ("\u260e\ufe0f", "\u260e", "\U0001F4F1", "\U0001F4DE", "\U0001F427")
_PICTURE_CHANNELS = frozenset(_PICTURES)
_ID_CHANNELS = ("微信号", "微信", "威信", "薇信", "徽信", "维信", "魏信", "V信", "v信", "微x", "微X", "加微", "加V",
                "加v", "+V", "+v", "+vx", "QQ号", "QQ群", "Q群", "群号", "交流群", "扣扣号", "扣扣群", "扣扣", "企鹅号", "企鹅群", "企鹅",
                "vx", "VX", "Vx", "wx", "WX", "Wx", "weixin", "Weixin", "WeChat", "wechat", "QQ", "qq", "Qq", "微 信",
                "加Q", "加q", "V", "v", "Q", "q", "扣") + _PICTURES + adshapes.EVASIVE_CHANNELS
# A channel broken up by a separator to dodge filters: 微-信, 薇 信, Q.Q, V.X, 扣 扣.
# Decorations and invisible characters between its letters too: 威❤信, 扣🌸扣, 薇\u200b信, 企•鹅.
_SEP = r"[ ._\-\u00b7|/\u2022\u2764\u2665\U0001F338\u200b-\u200d\u2060\ufeff]{1,2}+"
_SPLIT_CHANNEL = (rf"(?i:wei)\s?+信|微\s?+(?i:xin)|[薇威徽维魏嶶溦徾][芯信]|[微薇威徽维魏Vv]{_SEP}(?:信|xin|x|X)(?:{_SEP}号)?|[Qq]{_SEP}[Qq]|扣{_SEP}扣|企{_SEP}鹅|[Vv]{_SEP}[Xx]"
                  rf"|[Ww]ei(?:{_SEP})?xin|[Ww]{_SEP}[Xx]")
_LATIN_CHANNEL = regex.compile(r"[A-Za-z]++")
_ID_PREFIXES = ("wx", "vx")  # written glued to an id (wxid_, wx + a name and digits)
_WORD = regex.compile(r"[\p{Han}A-Za-z0-9]")
_CHANNEL_SEP = regex.compile(r"\s*+[/\u3001|或和及]\s*+")
# An account number written in pairs of digits (QQ 55 66 77 88): no notice spells its own so.
_DIGIT_PAIRS = r"\d{2}(?: \d{2}){2,5}+(?! ?\d)"
# The pre-scan's view of an evasive channel (on the unfolded text: any colon).
EVASIVE_PRE = regex.compile(
    alternation(c for c in adshapes.EVASIVE_CHANNELS + _ID_CHANNELS if len(c) > 1 and c.replace(" ", "") not in
                adshapes.PLAIN_CHANNELS and c != "微 信")
    + r"|(?<![\p{Han}A-Za-z0-9])[薇徽威扣VvQq](?=\s*+[:\uff1a])|\d(?:[ .]\d){5}|" + _SPLIT_CHANNEL
    + r"|(?i:qq|vx|wx)\s*+[:\uff1a]?\s*+" + _DIGIT_PAIRS)
# A split channel first: "v x" is one channel, not the one-letter "v" before an id "x…".
_CHANNEL = _SPLIT_CHANNEL + "|" + alternation(_ID_CHANNELS)
# A mobile number, its groups apart or not: 138 0013 8000, 158.0000.1111, 139·1234·5678.
_SEP_MOBILE = r"1[3-9]\d(?:[- .\u00b7\u2014]?+\d{4}){2}(?![\d.])"
# An account with a space between every character, letters among them (g w s c k _ 0 8).
_SPACED_LETTERS = r"(?=[0-9 ]*+[A-Za-z_])[A-Za-z0-9_](?: [A-Za-z0-9_]){4,15}+(?! ?[A-Za-z0-9_])"
# A channel (or several: 微信/QQ), perhaps 号/账号, a colon or none, then the account or a number.
_CONTACT_ID = (rf"(?<![A-Za-z])(?:{_CHANNEL})(?:\s*+[/\u3001|或和及]\s*+(?:{_CHANNEL}))*+"
               r"(?P<gap>\s*+(?:我|号码|账号|同号|号|(?i:id))?\s*+(?:[:=]|->|\u2192)?\s*+(?:同号\s*+)?)"
               rf"(?P<id>(?P<spaced>{adshapes.SPACED_DIGITS}|{_SPACED_LETTERS}|{_DIGIT_PAIRS})|{_SEP_MOBILE}"
               r"|[A-Za-z0-9][A-Za-z0-9_-]{2,29}+(?![A-Za-z0-9_@-]))")  # (not the name of an e-mail address: wxbpx2024@126.com)
_ACCOUNT_NAME = regex.compile(
    rf"(?:微信)?(?:公众号|公众平台|订阅号|服务号|(?<![A-Za-z])(?:gzh|GZH)(?![A-Za-z])|视频号|抖音号|抖音账号|快手号|小红书号|头条号|百家号)\s*+(?::\s*+)?{_QO}?\s*+"
    rf"[\p{{Han}}A-Za-z0-9_]{{2}}|(?:抖音|快手|小红书|微博)\s*+:\s*+[\p{{Han}}A-Za-z0-9_]{{2}}"
    rf"|{_QO}[^\n\"'\u201d\u2019\u300d\u300f\u3011\u3017\u300b>]{{2,16}}+{_QC}\s*+(?:微信)?(?:公众号|订阅号|服务号)")
_MOBILE = regex.compile(r"(?<![\d.])" + _SEP_MOBILE)
# A telephone number with letters for its digits (4OO-820-0O19, 138OO13l234): a filter reads no
# number there, a reader does. Only O, o, l and I, among six digits or more, the run alone.
_LETTERED_NUMBER = regex.compile(r"(?<![A-Za-z0-9-])(?=(?:[-]?+[0-9OoIl]){10,13}+(?![A-Za-z0-9-]))"
                                 r"(?=(?:[-OoIl]*+[0-9]){6})(?=[-0-9]*+[OoIl])[-0-9OoIl]++")
# 400 and 800 numbers in any grouping (400-6xx-xxxx, 4000-51-5194, 400 840 7096).
_HOTLINE = regex.compile(r"(?<![\d.])[48]00(?:[- ]?+\d){7}(?!\d)")
_EMAIL = regex.compile(r"(?<![A-Za-z0-9._-])[A-Za-z0-9._-]++@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)++")
_DOMAIN = regex.compile(r"(?<![A-Za-z0-9.@/-])(?:https?://)?(?:[A-Za-z0-9-]++\.)++"
                        r"(?:com|cn|net|org|top|cc|vip|xyz|info|site|wang|club|me|io|co|tv|ink|pub|shop|icu|fun|biz"
                        r"|tw|hk|mo|asia|online|store|tech|live|link|work|ren)"
                        r"(?![A-Za-z0-9-])(?:[/?#][A-Za-z0-9._~:/?#@!$&'*+,;=%-]*+)?")  # and its path


def without_domains(seg: str) -> str:
    """``seg`` with its hosts blanked (an account is never read inside www.qwlib.cn)."""
    return _DOMAIN.sub(lambda m: " " * len(m.group()), seg)


# fanwen88.com, m.sucaiwang.com: a template site's domain spells its vocabulary in pinyin.
PINYIN_SITE_WORDS = r"fanwen|wenmi(?!ng)|xiezuo|moban|sucai|gongwen|bigan|wendang|wenku|lunwen|cailiao|mishu|daixie|zongjie"
PINYIN_SITE = regex.compile(PINYIN_SITE_WORDS, regex.IGNORECASE)

# An account after a colon, letters with digits or an underscore (whatever the channel is called).
_GOODS_ACCOUNT = regex.compile(r"[:=]\s*+(?P<id>(?=[A-Za-z]*+[0-9_])[A-Za-z][A-Za-z0-9_]{4,29}+)(?![A-Za-z0-9_.@-])")

# A host name whose dots are ideographic full stops (one code point for one: offsets hold).
IDEO_DOT_HOST = regex.compile(r"(?<![A-Za-z0-9-])(?<![A-Za-z0-9-]\u3002)[A-Za-z0-9-]++(?:\u3002[A-Za-z0-9-]++)++"
                               r"(?<=\u3002(?:com|cn|net|org|top|cc|vip|xyz|info|site|wang|club|me|io|tv|ink|pub|shop|icu|fun|biz))")
# A label that sends the reader to an address: 原文地址: x.com, 更多精彩请访问 x.com, download at x.com.
_LINK_LABEL = regex.compile(r"(?:地址|网址|链接|访问|官网|尽在|登录|(?:download|visit)(?:\s++at)?)\s*+:?\s*+$", regex.IGNORECASE)
LINKED_DOMAIN = regex.compile(r"(?:地址|网址|链接|访问|官网|尽在|登录|download|at|visit)\s*+[:\uff1a]?\s*+"
                               r"(?:https?://)?[A-Za-z0-9-]++[.\u3002]", regex.IGNORECASE)
SITE_LINK = regex.compile(r"(?:(?:请|欢迎)?访问|请[到去上])\p{Han}{1,6}?(?:网|文库|文档)(?!\p{Han})")
# News outlets a publisher cites as its source (原文链接: www.xinhuanet.com/...).
_NEWS_DOMAIN = regex.compile(r"xinhuanet|people\.com|cctv|chinanews|gmw\.cn|china\.com\.cn|cnr\.cn|ce\.cn|81\.cn"
                             r"|qstheory|chinadaily|youth\.cn|weixin\.qq|cri\.cn")


def valid_id(m: regex.Match) -> bool:
    """An account, not a word: it has a digit, or follows a colon and is long enough; after
    a Latin channel name (vx, QQ) glued to it, only digits read as an account; a one-letter
    channel (V: Q:) needs its colon."""
    gap, account = m.group("gap"), m.group("id")
    channel = m.group()[:m.start("gap") - m.start()]
    if len(channel) == 1 and channel not in _PICTURE_CHANNELS:  # V: / Q: / 薇: only with a colon, and not the end of a word (安徽:)
        before = m.string[m.start() - 1:m.start()]  # (扣 before its digits spaced apart: 扣 3 9 2 8 1 7 4 6)
        return (":" in gap or m.group("spaced") is not None) and not (before and _WORD.match(before))
    if not gap and _LATIN_CHANNEL.fullmatch(channel):  # WXdywf97: an upper-case channel, an id with a digit
        digits = account.replace(" ", "").replace(".", "") if m.group("spaced") else account
        # wxxzbang48: WeChat's own prefix of generated ids, in any case, before letters and digits
        prefixed = channel.lower() in _ID_PREFIXES and len(account) >= 5 and not account.isalpha()
        return digits.isdigit() or prefixed or (channel.isupper() and len(channel) > 1 and any(c.isdigit() for c in account))
    # (an arrow points to the account as a colon labels it: 客服VX→ kf_wendang)
    return any(c.isdigit() for c in account) or (any(c in gap for c in ":=>\u2192") and len(account) >= 5)


def evasive(m: regex.Match) -> bool:
    """A channel a notice would write plainly (微信, QQ) spelled to dodge filters (威xin, V❤,
    扣扣, 薇:), or a number with a space between every digit."""
    if m.group("spaced"):
        return True
    channel = m.group()[:m.start("gap") - m.start()]
    return any(part.replace(" ", "") not in adshapes.PLAIN_CHANNELS and part.replace(" ", "") != "微信"
               for part in _CHANNEL_SEP.split(channel) if part)


def contacts(seg: str, ev) -> None:
    """Add the contacts of ``seg`` (folded) to the evidence ``ev`` (adcues._Evidence)."""
    ids = []  # the accounts read with their channel: an account named for writing goods is no second cue
    for m in CONTACT_ID.finditer(seg):
        if valid_id(m):
            ids.append(m.span("id"))
            if evasive(m):
                ev.evade(m, "contact in an evasive spelling")
            elif "\u7fa4" in m.group()[:m.start("gap") - m.start()]:
                # a group (QQ群: …) gathers a notice's own participants as often as a seller's buyers
                ev.add(m, "contact", WEAK, "group number")
            else:
                ev.add(m, "contact", STRONG, "contact account")
    for m in _LETTERED_NUMBER.finditer(seg):
        ev.evade(m, "number spelled with letters")
    for pattern, name in ((_ACCOUNT_NAME, "official-account name"), (_MOBILE, "mobile number"),
                          (_HOTLINE, "hotline"), (_EMAIL, "e-mail address")):
        for m in pattern.finditer(seg):
            ev.add(m, "contact", WEAK, name)
    for m in _GOODS_ACCOUNT.finditer(seg):  # an id named for writing goods after a colon: haofanwen_4220
        if PINYIN_SITE.search(m["id"]) and not any(a < m.end("id") and m.start("id") < b for a, b in ids):
            ev.add(m, "contact", STRONG, "account named for writing goods")
    for m in _DOMAIN.finditer(seg):
        if "gov" not in m.group().lower():
            ev.add(m, "contact", WEAK, "non-government domain")
            if PINYIN_SITE.search(m.group()):  # weak: the same domain is already a contact
                ev.add(m, "material", WEAK, "template-site domain", True)
            if not _NEWS_DOMAIN.search(m.group()):
                _linked(seg, m, ev)
    for m in adshapes.EVASIVE_DOMAIN.finditer(seg):
        _linked(seg, m, ev)
    _site_links(seg, ev)


def _linked(seg: str, m: regex.Match, ev) -> None:
    """A domain a label sends the reader to (原文地址: x.com, download at x【点】com): the label and
    the domain are one strong cue."""
    label = _LINK_LABEL.search(seg, max(0, m.start() - 12), m.start())
    if label:
        ev.add(Span(label.start(), m.end()), "contact", STRONG, "link to a non-government site", True)


def _site_links(seg: str, ev) -> None:
    """更多资料请访问豆丁网, 更多精品范文尽在X文档: a reader sent to a named site (an
    institution's portal is protected by the verdict)."""
    for m in SITE_LINK.finditer(seg):
        ev.add(m, "contact", STRONG, "link to a named site", True)


class Span(NamedTuple):
    """A cue made of two matches (a label and its domain, goods and their address), spanned as one:
    it reads like a match (start, end, span)."""
    s: int
    e: int

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e

    def span(self) -> tuple[int, int]:
        return self.s, self.e


CONTACT_ID = regex.compile(_CONTACT_ID)


def without_id_labels(seg: str) -> str:
    """``seg`` with every account labelled ID (微信ID: jlzyz2024) blanked, one space a character:
    on a line beside an ad line, a notice's own 请添加…微信ID is no contact that continues the ad.

    >>> without_id_labels("请添加微信ID:jlzyz2024")
    '请添加              '
    """
    return CONTACT_ID.sub(lambda m: " " * len(m.group()) if "id" in m.group("gap").lower() else m.group(), seg)
MOBILE, HOTLINE, DOMAIN, LETTERED_NUMBER = _MOBILE, _HOTLINE, _DOMAIN, _LETTERED_NUMBER
