"""Evidence every ad shares, whatever its trade or wording: it is foreign to its document.

The ad rules of :mod:`cleaner.adcues` know the trades seen so far (paid writing, template
sites, gambling, loans). An ad of another trade (crypto dealers, private game servers,
property hotlines, shopping tokens, Latin-script spam) still shares four things with them:

- *identifier*: a token that addresses the reader elsewhere, in any spelling: a URL, a bare
  domain or an IP address, an e-mail, an @handle or #tag#, a run of seven or more digits in
  any script (①③⑧, ❶, 𝟏, full width), a mixed letter-and-digit id or token;
- *call*: a call to act or an offer (联系, 关注, 下载, 点击, 复制, 注册, 领, 立减, buy, free ...):
  one cue however many words, a notice calls its readers too;
- *foreign vocabulary*: most of the segment's Han character bigrams (or its Latin words)
  occur nowhere else in the document: a notice's own contact line shares its words
  (服务, 监督, 电话) with the notice, an ad shares none;
- *shape*: a short stand-alone line, a bracket, a tail glued after the last sentence; or a
  list whose items repeat one stem (keyword stuffing: 搬家公司 搬家公司电话 长途搬家).

:func:`judge` weighs them; nothing here changes text. The measures are plain counts, so
they are linear in the document.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import NamedTuple

import regex

from cleaner import adcontacts, adcues, adregister, adtrades, chromecues, labels
from cleaner.textutil import han_bigrams, han_count

# One code point for one: letters and digits in any compatibility spelling (ⓥ, ①, ❶, 𝟏,
# full width) read as ASCII, so every identifier pattern needs one spelling.
_DIGIT_LIKE = regex.compile(r"[^\x00-\x7f\p{Han}]")


def fold(text: str) -> str:
    """``text`` with compatibility letters and digits as ASCII, one code point for one.

    >>> fold("薇❶❸❽ ⓥⓧ １２")
    '薇138 vx 12'
    """
    def one(m: regex.Match) -> str:
        c = m.group()
        d = unicodedata.digit(c, None)
        if d is not None:
            return str(d)
        n = unicodedata.normalize("NFKC", c)
        return n if len(n) == 1 and n.isascii() and n.isalnum() else c
    return _DIGIT_LIKE.sub(one, text)


_TLD = r"(?:com|cn|net|org|top|cc|vip|xyz|info|site|wang|club|me|io|co|tv|ink|pub|shop|icu|fun|biz|app|hk|tw)"
_LOOKALIKE = r"\p{Latin}\p{Cyrillic}\p{Greek}\p{Bopomofo}\p{Canadian_Aboriginal}"
IDENTIFIER = regex.compile(
    r"(?P<url>https?://[A-Za-z0-9.\-_~:/?#@!$&'*+,;=%]++)"
    r"|(?P<ip>(?<![\d.])\d{1,3}+(?:\.\d{1,3}+){3}+(?::\d++)?(?![\d.]))"
    r"|(?P<mail>(?<![A-Za-z0-9._-])[A-Za-z0-9._-]++@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)++)"
    rf"|(?P<domain>(?<![A-Za-z0-9.@/-])(?:[A-Za-z0-9-]++\.)++{_TLD}(?![A-Za-z0-9-])(?:/[A-Za-z0-9._/?=&%-]*+)?)"
    r"|(?P<handle>(?<![A-Za-z0-9._-])@[\p{Han}A-Za-z0-9_]{2,20}+)"
    r"|(?P<tag>#[^#\s]{2,14}+#)"
    r"|(?P<digits>(?<![\d.A-Za-z])\d(?:[\- ]?+\d){6,15}+(?![\d.A-Za-z]))"
    # A mobile or a 400/800 number set out with spaced hyphens (186 - 9410 - 6206): a phone's shape only,
    # not a range of years or amounts (2021 - 2025, 3000—5000).
    r"|(?P<spaced>(?<![\d.A-Za-z])(?:1[3-9]\d|[48]00)(?: ?+- ?+\d{3,4}+){2}+(?![\d.A-Za-z]))"
    r"|(?P<token>(?<![A-Za-z0-9])(?=[A-Za-z0-9_]*?[A-Za-z])(?=[A-Za-z0-9_]*?\d)[A-Za-z0-9_]{6,30}+(?![A-Za-z0-9]))"
    r"|(?P<wrapped>[\u20ac\uffe5\u00a5$\u00a2\u20a4]\s*+[A-Za-z0-9]{8,}+\s*+[\u20ac\uffe5\u00a5$\u00a2\u20a4])"
    # A number with letters of other scripts standing in for digits (19丨5Sᒿg558o, 176ȣ111b780):
    # shapes that pass a filter's eye, never a notice's own figures (checked in identifiers()).
    rf"|(?P<lookalike>(?<![0-9{_LOOKALIKE}])[0-9\u4e28{_LOOKALIKE}]{{9,14}}+(?![0-9{_LOOKALIKE}]))")
# An app package served from a bare link (http://1.2.3.4:8888/down/a.apk): an install that dodges
# the app stores. (A numeric host with a port alone may be the system a notice sends its readers
# to: 登录系统填报。http://61.1.2.3:8080/sbxt.)
_APP_LINK = regex.compile(r"\.apk(?![A-Za-z0-9])", regex.IGNORECASE)
# A date or a figure is no identifier: 2021-03-02, 2021 03 02.
_DATE_LIKE = regex.compile(r"(?:19|20)\d\d[- ]?+[01]?\d[- ]?+[0-3]?\d")
# A notice's own site or mailbox is the government's.
_OWN_HOST = regex.compile(r"\.gov(?:\.cn)?\b|gov\.cn", regex.IGNORECASE)

CALL = regex.compile(
    r"联系|咨询|热线|电话|手机|添加|加我|关注|扫码|扫一扫|下载|点击|复制|打开|领取|领券|立减|优惠|特惠|秒杀|限时|注册|开户"
    r"|充值|返利|投稿|发表|订购|购买|认购|出售|兑换|承兑|招代理|代理商|包邮|首付|均价|私信|戳|砍一刀|新开|开区|免费|\d元起|送\d"
    # (代理 alone names a service a notice regulates: 代理记账, 诉讼代理.)
    # The register of a sales pitch, whatever the trade: promises, urgency, a price's floor (not
    # 招生, 上门, 代办, 搜索: a notice's own services and instructions use them).
    # "Add me", with an arrow before the channel too (请加→微信): a person selling. (Not a space or a
    # colon: 追加 QQ群, 参加：QQ群…内的答题活动 are a notice's words.)
    r"|加[\u2192\u27a1>\uff1e]?+(?=微|薇|威|[VvQq]|扣|企鹅|好友)|包(?:过|拿证|教会|吃住|下卡|分配)|不过退|低至|日结|急招|直招|高薪|押题|放款|秒到|直播间|加盟"
    r"|(?i:\b(?:buy|cheap|free|best|download|online|bonus|click|visit|order|discount|sale|casino|vpn)\b)")
_LATIN_WORD = regex.compile(r"(?<![A-Za-z0-9])[A-Za-z]{3,}+(?![A-Za-z0-9])")
_ITEM_SEP = regex.compile(r"[\s|\u3001,\uff0c/\-]++")

# Most of a segment's bigrams foreign to the document: no sentence of a notice is.
FOREIGN_SHARE = 0.8
MIN_BIGRAMS = 3


# Foreign vocabulary is telling only when the segment is this much more foreign than the
# document's own sentences are to each other: in a short notice most of every sentence's
# bigrams occur nowhere else (its own hotline tail, 咨询139…, is as foreign as an ad).
FOREIGN_MARGIN = 0.25
# What is left of an ad's line must be foreign all but a word: a government sentence of rare
# words (适时启动“深港通”) reaches 0.8 now and then, 0.95 only when it is a few words long.
REST_SHARE = 0.95
_SLOGAN_BIGRAMS = 6  # Han bigrams of a slogan beside its addresses, at the fewest
_SENTENCE = regex.compile(r"[^\u3002\uff01\uff1f\uff1b!?;\n]++")
_SENTENCE_BIGRAMS = 6  # a sentence shorter than this says little of the document's spread


class Document:
    """What the rest of a document says: its bigram and Latin-word counts."""

    def __init__(self, text: str):
        self.text = text
        self.bigrams = han_bigrams(text)
        self.ids = Counter(m.group() for m in IDENTIFIER.finditer(text))
        self.words = Counter(w.lower() for w in _LATIN_WORD.findall(text))
        self._needed: float | None = None

    def needed_share(self) -> float:
        """The share of foreign bigrams a segment needs: :data:`FOREIGN_SHARE`, or more where
        the document's own sentences are foreign to each other (the median sentence's share
        plus :data:`FOREIGN_MARGIN`; above 1 in a notice of a few lines: never)."""
        if self._needed is None:
            shares = []
            for m in _SENTENCE.finditer(self.text):
                own = han_bigrams(m.group())
                total = sum(own.values())
                if total >= _SENTENCE_BIGRAMS:
                    shares.append(sum(n for b, n in own.items() if self.bigrams[b] <= n) / total)
            shares.sort()
            median = shares[len(shares) // 2] if shares else 1.0
            self._needed = max(FOREIGN_SHARE, median + FOREIGN_MARGIN)
        return self._needed

    def foreign(self, seg: str, ids: list[regex.Match] = (), calibrated: bool = False) -> bool:
        """Whether ``seg``'s vocabulary occurs (almost) nowhere else in the document; an
        identifier the rest of the document never gives weighs as two words. ``calibrated``:
        against the document's own spread (:meth:`needed_share`), not the plain share."""
        share = self.alien_share(seg, ids)
        return share is not None and share >= (self.needed_share() if calibrated else FOREIGN_SHARE)

    def alien_share(self, seg: str, ids: list[regex.Match] = (), copies: int = 1) -> float | None:
        """The share of ``seg``'s words (Han bigrams, Latin words, identifiers weighed as two)
        found nowhere else in the document (``copies``: but in that many copies of ``seg``);
        None when it has too few to tell."""
        own = han_bigrams(seg)
        words = Counter(w.lower() for w in _LATIN_WORD.findall(_mask(seg, ids)))
        weights = [_id_weight(m.group()) for m in ids]
        total = sum(own.values()) + sum(words.values()) + sum(weights)
        if total < MIN_BIGRAMS:
            return None
        here = Counter(m.group() for m in ids)
        alien = sum(w for m, w in zip(ids, weights) if self.ids[m.group()] <= here[m.group()] * copies)
        alien += sum(n for b, n in own.items() if self.bigrams[b] <= n * copies)
        alien += sum(n for w, n in words.items() if self.words[w] <= n * copies)
        return alien / total

    def rest_of_ad(self, seg: str) -> bool:
        """Whether ``seg``, what is left of a line once its ads are cut out, is the ads' own
        too: a slogan (:data:`_SLOGAN_BIGRAMS` words or more) with a call to act (咨询, 免费,
        优惠 …), and its words found nowhere else in the document, beyond the document's own
        spread (:meth:`needed_share`) and :data:`REST_SHARE`. A line of the text with an ad
        glued on shares the text's words; its closing formulas (此复。特此公告。敬请期待！) and
        its signature date call no one to act, and an ad's slogan does (首课免费试听)."""
        ids = identifiers(seg)
        if CALL.search(_mask(seg, ids)) is None or words_beside(seg, ids) < _SLOGAN_BIGRAMS:
            return False
        share = self.alien_share(seg, ids)
        return share is not None and share >= max(REST_SHARE, self.needed_share())


def words_beside(seg: str, ids: list) -> int:
    """How many Han bigrams ``seg`` holds beside its identifiers ``ids`` (its words, not its addresses)."""
    return sum(han_bigrams(_mask(seg, ids)).values())


def _unlabelled_app_link(seg: str, m: regex.Match) -> bool:
    """An app package's link (:data:`_APP_LINK`) given with no label: a notice labels the
    address of its own app (客户端下载：http://…/jl.apk), an ad drops it in."""
    return _APP_LINK.search(m.group()) is not None and not _LABEL_BEFORE.search(seg, max(0, m.start() - 12), m.start())


_LABEL_BEFORE = regex.compile(r"[:\uff1a]\s*+$")
# On a line of its own the address may be labelled on the line above (登录以下网址：↵http://…).
_OWN_LINE = "short stand-alone line"
_QUOTED = regex.compile(r"[\"\u201c\u300c][^\"\u201d\u300d]{0,20}+[\"\u201d\u300d]")  # a phrase named, not used


def _id_weight(token: str) -> int:
    """How many words an identifier weighs: two; three for an app package's link, so one such
    link glued after a sentence is measured on its own."""
    return 3 if _APP_LINK.search(token) else 2


class _Token(NamedTuple):
    """An account given on a channel (微信: kaogong_a, 视频号 jlhaowu): an identifier too."""
    text: str
    s: int
    e: int
    evasive: bool

    def group(self, name: int | str = 0) -> str | None:
        return self.text if name == 0 else None

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e


# An account on a short-video or social platform: 抖音号:jlhaowu, 快手ID jl_01, B站UID:123456.
_PLATFORM_ID = regex.compile(r"(?:抖音号?|快手(?:ID|id|号)?|视频号|小红书号?|[Bb]站(?:UID|uid)?|(?<![A-Za-z])dy(?=\s*+[:@]))"
                             r"\s*+(?:[:@]\s*+|\s)?(?P<id>[A-Za-z0-9][A-Za-z0-9_]{4,29}+)(?![A-Za-z0-9_])")


# A plain account with no digit (关注微信号：jianglingjiuye) is what a bureau gives of its own;
# "add me" before the channel (加微信, 加V) is a person selling, not an office informing.
_ADD_FRIEND = regex.compile("\u52a0")


def accounts(seg: str) -> list[_Token]:
    """Accounts on a channel (``seg`` folded) that an ad gives and a notice does not: on a
    short-video platform, spelled to dodge filters (``evasive``: 薇信, 扣扣, V信), with a digit,
    or after "add" (加微信).

    >>> [(t.text, t.evasive) for t in accounts("小班授课 加微信:kaogong_a 薇信lydq99 抖音号:jlhaowu dynamic")]
    [('jlhaowu', False), ('kaogong_a', False), ('lydq99', True)]
    >>> accounts("更多就业信息请关注微信号:jianglingjiuye")
    []
    """
    out = [_Token(m.group("id"), m.start("id"), m.end("id"), False) for m in _PLATFORM_ID.finditer(seg)]
    for m in adcontacts.CONTACT_ID.finditer(seg):
        if adcontacts.valid_id(m) and (adcontacts.evasive(m) or any(c.isdigit() for c in m.group("id"))
                                       or _ADD_FRIEND.search(seg, max(0, m.start() - 2), m.start() + 1)):
            out.append(_Token(m.group("id"), m.start("id"), m.end("id"), adcontacts.evasive(m)))
    return out


def identifiers(seg: str) -> list[regex.Match]:
    """Tokens that address the reader elsewhere (``seg`` folded), a notice's own hosts and
    dates left out.

    >>> [m.group() for m in identifiers("飞机:@usdt_zs 下载 http://1.2.3.4:88/a.apk")]
    ['@usdt_zs', 'http://1.2.3.4:88/a.apk']
    >>> identifiers("2021-03-02 PM2.5 IPv6 jlwjw.gov.cn")
    []
    """
    out = []
    for m in IDENTIFIER.finditer(seg):
        tok = m.group()
        if _OWN_HOST.search(tok) or m.group("digits") and _DATE_LIKE.fullmatch(tok.strip()):
            continue
        if m.group("digits") and sum(c.isdigit() for c in tok) < 7:
            continue
        if m.group("lookalike") and not _lookalike_number(tok):
            continue
        out.append(m)
    return out


def _lookalike_number(tok: str) -> bool:
    """Whether ``tok`` is a number spelled with look-alikes: five ASCII digits or more, and a
    letter of another script than Latin's ASCII (or 丨 for 1) among them."""
    if sum(c in _ASCII_DIGITS for c in tok) < _LOOKALIKE_DIGITS:
        return False
    # a stand-in sits among the digits (31бƼㄋ234), not at the end of a word beside them (Société1234567);
    # 丨 alone is a separator as often (12345丨12315, 2021丨10丨15), a stand-in only beside another
    def digit_like(c: str) -> bool:
        return c in _ASCII_DIGITS or c in _DIGIT_LETTERS or not c.isascii()
    return any(not c.isascii() and c != _BAR and digit_like(tok[k - 1]) and digit_like(tok[k + 1])
               for k, c in enumerate(tok[1:-1], 1))


_ASCII_DIGITS = frozenset("0123456789")
_BAR = "\u4e28"  # 丨
_DIGIT_LETTERS = frozenset("oOlIzZsSbBgq")  # Latin letters read as 0, 1, 2, 5, 6, 8, 9
_LOOKALIKE_DIGITS = 5


def _mask(seg: str, ids: list[regex.Match]) -> str:
    """``seg`` with its identifiers blanked: their letters are no words of a text."""
    parts, pos = [], 0
    for m in ids:  # in order, disjoint: one pass, not one copy per identifier
        parts += [seg[pos:m.start()], " " * (m.end() - m.start())]
        pos = m.end()
    return "".join(parts) + seg[pos:]


def latin_script(seg: str) -> bool:
    """Two or more Latin words in a segment of a Chinese document: another script's text."""
    return len(_LATIN_WORD.findall(seg)) >= 2


def stuffed(seg: str) -> bool:
    """A list of three or more short items, most of them repeating one stem (SEO keyword
    stuffing: 江岭搬家公司 搬家公司电话 长途搬家 搬家价格). Items that each give a figure are a
    schedule repeating its unit (首小时5元，之后每小时2元，24小时封顶30元), not keywords.

    >>> stuffed("江岭搬家公司 江岭搬家公司电话 长途搬家 搬家价格")
    True
    >>> stuffed("工作总结、工作计划、述职报告"), stuffed("停车收费:首小时5元,之后每小时2元,24小时封顶30元")
    (False, False)
    """
    items = [i for i in _ITEM_SEP.split(seg.strip()) if i]
    if len(items) < 3 or any(len(i) > 12 for i in items):
        return False
    if sum(any(c.isdigit() for c in item) for item in items) >= len(items) - 1:
        return False  # figures in (almost) every item: a schedule of values
    counts: Counter = Counter()
    for item in items:
        counts.update(set(han_bigrams(item)))
    return bool(counts) and counts.most_common(1)[0][1] >= max(3, len(items) - 1)


def verdict(seg: str, position: str | None, doc: Document, plain: str | None = None, seam: bool = False,
            calibrated: bool = False) -> str | None:
    """Why ``seg`` (folded) is an ad by the evidence every ad shares, or None.

    ``plain``: the segment before :func:`fold`; an identifier spelled in other letters or
    digits there (❶❸❽, ⓥⓧ, 𝟏) dodges a filter, which no notice does of its own number.
    ``seam``: the segment was found spliced into a word of the text (cleaner.adsplice): one
    more cue beside an identifier, never a stand-in for foreign vocabulary.

    Three independent cues must agree, and one of them must say what a notice never does
    of its own text (a call, another script, a stuffed list): an identifier, foreign
    vocabulary and a short line alone are a metadata row (索引号：11330782MB…) as well.

    >>> d = Document("江岭市卫生健康委员会关于加强管理的通知\\n加强管理，提升服务。")
    >>> verdict("USDT承兑 飞机:@usdt_zs", "short stand-alone line", d)
    'advertisement: identifier + call + a spam trade named + foreign vocabulary (short stand-alone line)'
    >>> verdict("服务监督电话:400-800-1234", None, d) is None
    True
    """
    ids = identifiers(seg)
    channel_ids = [t for t in accounts(seg) if not any(m.start() < t.e and t.s < m.end() for m in ids)]
    ids = sorted(ids + channel_ids, key=lambda m: m.start())
    masked = _mask(seg, ids)  # the segment's words, its addresses blanked
    cues = []
    if ids:
        cues.append("identifier")
    if plain is not None and any(plain[m.start():m.end()] != m.group() for m in ids) or any(
            t.evasive for t in accounts(seg)) or position != _OWN_LINE and any(_unlabelled_app_link(seg, m) for m in ids) \
            or any(isinstance(m, regex.Match) and m.lastgroup == "lookalike" for m in ids):
        cues.append("identifier in an evasive spelling")
    if CALL.search(adcues.OWN_HOTLINE.sub(" ", seg) if _hotline_after_clause(seg) else seg):
        cues.append("call")
    if ids and latin_script(masked):
        cues.append("Latin-script text")
    if ids and adtrades.SPAM_TRADE.search(_QUOTED.sub(" ", masked)):
        cues.append("a spam trade named")
    if stuffed(seg):
        cues.append("stuffed keyword list")
    if seam and ids:  # cut out, it leaves the document's own word whole (营商|…|环境): a splice
        cues.append("splice inside a word")
    if (ids and all(isinstance(m, regex.Match) and m.lastgroup in _WEB for m in ids) and _telegraphic(masked, position)
            and adregister.foreign_register(masked) and chromecues.FOOTER_STRONG.search(seg) is None):
        # a line of its own, or a string of phrases glued after the last sentence, in words
        # government text does not write, with a web address (百度快排 关键词整站优化 x@163.com):
        # never read on a sentence, whose own asides it would take, nor beside a phone number
        # or a code (a list of villages, officials and their phones; a table's row of models)
        cues.append("words government text does not write")
    telling = len(cues) - bool(ids)
    # A splice is one more cue, never a stand-in for foreign vocabulary: an office's own
    # site or account stands glued into its own words the same way (登录江岭人才网www…查询).
    # A segment that may be the text's own sentence is judged against the document's spread,
    # unless it says what no notice says of itself (an evasive spelling, a spam trade, a flyer).
    calibrated = calibrated and not set(cues) - _PLAIN_CUES
    if not telling or not doc.foreign(seg, ids, calibrated=calibrated or _notice_like(seg, cues, ids, position)):
        return None
    cues.append("foreign vocabulary")
    if len(cues) + (position is not None) < 3 or position is None and len(cues) < 4:
        return None  # a sentence among sentences needs one cue more: a notice's own hotline is one
    if not ids and not (position and "stuffed keyword list" in cues):
        return None  # without an address only a stuffed list where ads stand (扫一扫 is chrome)
    return "advertisement: " + " + ".join(cues) + (f" ({position})" if position else "")


def _hotline_after_clause(seg: str) -> bool:
    """Whether ``seg`` (folded) is one clause of prose and a hotline labelled as a notice labels its
    own (各单位可邀请专家开展讲座，咨询电话139…): the label is then no call to act. After phrases set
    off by commas, spaces or bars (家电维修，空调清洗，咨询电话…; 学历提升 | 自考本科 咨询电话…) it is a flyer's."""
    m = adcues.OWN_HOTLINE.search(seg)
    if m is None:
        return False
    clause = seg[:m.start()].rstrip()
    if not clause.endswith(","):
        return False
    clause = clause[:-1].strip()
    return _CLAUSE_MARKS.search(clause) is None and _GAP.search(clause) is None and han_count(clause) >= _CLAUSE_HAN


_GAP = regex.compile(r"[\s|/\u3000\uff5c]")
_CLAUSE_HAN = 8  # Han characters of a clause of prose, at the fewest (a flyer's phrase: 家电维修)


def _telegraphic(masked: str, position: str | None) -> bool:
    """Whether ``masked`` (a segment, its identifiers blanked) stands as a flyer does: phrases set off
    by spaces with no clause mark (a label's colon, 发送至：…@163.com, is a notice's instruction), on a
    line of their own or glued after a paragraph's last sentence (。 百度快排 关键词整站优化 x@163.com)."""
    return (position in (_OWN_LINE, "glued after the last sentence") and not _CLAUSE_MARKS.search(masked)
            and len(_HAN_CHUNK.findall(masked)) >= 2)


_CLAUSE_MARKS = regex.compile(r"[,;:!?\u3002\uff0c\uff1b\uff1a\uff01\uff1f\u3001]")
_HAN_CHUNK = regex.compile(r"\p{Han}++")


_PLAIN_IDS = frozenset({"url", "mail", "domain", "digits", "spaced"})
_WEB = frozenset({"url", "mail", "domain"})
TELLING_BEYOND_PLAIN = frozenset({"identifier in an evasive spelling", "Latin-script text", "a spam trade named",
                                  "stuffed keyword list", "words government text does not write"})
_PLAIN_CUES = frozenset({"identifier", "call"})  # what a notice's own sentence holds too
_SENTENCE_HAN = 18  # Han characters of a notice's own sentence, at the fewest; an ad's slogan has fewer
_SENTENCE_PLACES = (None, "glued after the last sentence")


def _notice_like(seg: str, cues: list[str], ids: list, position: str | None) -> bool:
    """Whether the segment reads as a notice's own sentence might: a sentence (among or after
    the others) of a notice's length with a plain number, mail box or site and a call
    (辖区60岁以上老人可持身份证到社区服务中心免费领取防跌倒助行器，咨询135…), nothing more telling.
    Its foreign vocabulary must then stand out from the document's own spread: in a short
    notice every sentence's words occur nowhere else. An ad's slogan is short
    (无抵押信用贷款，咨询138…): the plain share decides it as before."""
    return (position in _SENTENCE_PLACES and cues == ["identifier", "call"] and han_count(seg) >= _SENTENCE_HAN
            and all(isinstance(m, regex.Match) and m.lastgroup in _PLAIN_IDS and not _APP_LINK.search(m.group())
                    for m in ids))


# A body sentence naming an account (请关注“江岭发布”微信公众号) is the notice's own.
_ACCOUNT = regex.compile(r"公众号|服务号|微博|视频号|抖音号|小程序")


def segment_verdict(seg: str, position: str | None, doc: Document, own: tuple[str, ...], plain: str,
                    seam: bool = False, sentence: bool = False) -> str | None:
    """The verdict on a segment of the document, unless it is the notice's own: the publisher's name or words
    against ads, an account named in a body sentence, a row of the page's metadata or of its contacts.
    ``sentence``: the segment may be a sentence of the text where it stands (words before a line's
    own start): it is judged as one, its foreign words against the document's own spread."""
    if (adcues.own_or_against(seg, own) or adcues.glued_own_text(seg) or (position is None or sentence) and _ACCOUNT.search(seg)
            or _metadata_row(seg) or _CONTACT_ROW.match(seg)
            or (_ROLE_CONTACT.match(seg) or _NAMED_OFFICIAL.search(seg) or _OFFICE_HOURS.search(seg)
                or _INSTRUCTION.search(seg)) and adcues.quiet_cues(seg)):
        return None
    return verdict(seg, position, doc, plain, seam, sentence)


# An official of the notice named by role before a number (联系网格员陈秀梅，手机：138…, 培训部负责人黄丽萍手机：…),
# or the hours a number is answered (工作日8:00至17:00接听): the notice's contact. A seller's voice names
# a teacher or a service, answers at any hour; with anything sold beside it, the veto does not hold.
_NAMED_OFFICIAL = regex.compile(r"(?:负责人|联系人|网格员|工作人员|专干|干事|站长|所长|主任|科长|股长|处长|书记)\p{Han}{2,3}?"
                                r"\s*+[,\uff0c]?\s*+(?:联系)?(?:手机|电话|座机)\s*+[:\uff1a]?\s*+\d")
# An instruction to the notice's own participants about its own files (课件已上传至培训QQ群…，可自行下载;
# 请于…前发送至邮箱…): a seller offers, it does not instruct.
_INSTRUCTION = regex.compile(r"已上传至|自行(?:下载|打印|填写|查看|查阅|观看)|请(?:于|在)[\p{Han}\d\s]{0,12}?前")
_OFFICE_HOURS = regex.compile(r"(?:工作日|周[一二三四五六日]至周[一二三四五六日])\s*+[^,\uff0c\u3002]{0,14}?(?:接听|受理|办公)")


# A notice's own contact row: a role, a person's short name, a phone (技术支持：王工，电话：138…).
# An ad names a service or an account, not a person with a role in the notice.
_CONTACT_ROW = regex.compile(r"\s*+\p{Han}{2,8}+\s*+[:\uff1a]\s*+\p{Han}{2,4}+\s*+[,;\uff0c\uff1b\u3001\s]\s*+"
                             r"(?:联系|办公|咨询)?(?:电话|手机|座机)\s*+[:\uff1a]?\s*+[\d\-\s]{7,20}+[\s\u3002.]*+$")


# A notice's role, its official and a number with nothing else (技术咨询：陈工 13907412265, 业务咨询:李科长,0731…):
# the notice's contact row. A label that names goods (写作咨询, 押题咨询, 贷款咨询) is a seller's.
_ROLE_CONTACT = regex.compile(r"\s*+(?:(?:技术|业务|政策|办事|工作|系统|平台)(?:咨询|支持|对接)|联系人|联络员|对接人|负责人)"
                              r"\s*+[:\uff1a]\s*+\p{Han}{1,2}?(?:科长|处长|主任|股长|所长|站长|同志|老师|工)"
                              r"\s*+[,;\uff0c\uff1b\u3001]?\s*+(?:电话|手机)?\s*+[:\uff1a]?\s*+[\d\-\s]{7,20}+[\s\u3002.]*+$")


def _metadata_row(seg: str) -> bool:
    """A row of the document's own metadata (Index No./索引号：000014349/2021-00123 Date
    发布日期：…): labelled fields whose values all have their field's shape. Its identifier
    and its glossed labels are the page's, not an ad's."""
    pairs = labels.parse_line(seg.strip())
    fields = [(labels.field_of(label)[0], value) for label, value in pairs]
    return bool(fields) and all(labels.strict_value(f, v) for f, v in fields)
