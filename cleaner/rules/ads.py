"""Injected advertisements, found by independent cues that agree, not by a phrase list.

Spam injectors add paid-writing offers (代写材料 微信：…), template sites' repost notes
(本文由XX范文网整理), official-account promotions (关注公众号…回复“总结”获取全文) and the like
to scraped government pages: on a line of their own, in brackets spliced into a sentence, or
glued after a paragraph's last sentence. No single word makes an ad (government text speaks
of 微信公众号, 下载, 材料, 转载 and 联系电话), so a segment is scored by classes of evidence:

- *offer*: paid writing (代写…), free material (免费领取, Word版), a reply keyword, 领取/下载;
- *contact*, in any spelling: an account on a channel (微信/威信/V信/vx/QQ/扣扣 + id, with or
  without a colon), a 公众号 name, a mobile or 400 number, an e-mail, a non-government domain;
- *material*: template-site names (XX范文网, 文库, fanwen88.com) and writing-material words;
- *repost*: repost and attribution notes (本文由…整理, 文章来源, 来源：);
- *copyright*: a site's rights and takedown notes (转载请注明出处, 侵权删除);
- *position*, weak: a bracket in a line, a short stand-alone line, a tail after the last sentence.

A strong cue counts 3 points, a weak one 1, the position 1. A segment is an ad when two
classes other than position agree and the points reach 5 (6 without a position cue), and
one cue is one a government text never says of itself (paid writing, a template site, free
material, 转载请注明出处): a notice may well give its own WeChat account and a reply keyword.
Protective cues veto: words against ads (打击, 举报, 谨防 …) always; an institution or the
document's own publisher named in it, or a notice's own contact block (联系人, a landline),
unless it offers paid writing. Each removal's reason names the cues. It works on a single
document; a line that recurs across the corpus adds one point, never the decision.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

import regex

from cleaner import chars, data
from cleaner.docmodel import Line, drop_line, lines, size
from cleaner.textutil import alternation
from cleaner.types import Context, Edit

STRONG, WEAK = 3, 1
_CLASSES = ("offer", "contact", "material", "repost", "copyright")
# Full-width ASCII forms to ASCII, the ideographic space to a space: one code point for one,
# so offsets hold, and every pattern below needs one spelling of each mark.
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_QO = "[\"'\u201c\u2018\u300c\u300e\u3010\u3016\u300a<]"  # a name opens: " ' “ ‘ 「 『 【 〖 《 <
_QC = "[\"'\u201d\u2019\u300d\u300f\u3011\u3017\u300b>]"

# ---- cues -------------------------------------------------------------------------------------

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
                "V", "v", "Q", "q")
_LATIN_CHANNEL = regex.compile(r"[A-Za-z]++")
_CHANNEL = alternation(_ID_CHANNELS)
# A channel (or several: 微信/QQ), perhaps 号/账号, a colon or none, then the account or a number.
_CONTACT_ID = (rf"(?<![A-Za-z])(?:{_CHANNEL})(?:\s*+[/\u3001|或和及]\s*+(?:{_CHANNEL}))*+"
               r"(?P<gap>\s*+(?:号码|账号|号)?\s*+[:=]?\s*+(?:同号)?\s*+)"
               r"(?P<id>1[3-9]\d{9}(?!\d)|[A-Za-z0-9][A-Za-z0-9_-]{2,29}+(?![A-Za-z0-9_-]))")
_ACCOUNT_NAME = regex.compile(
    rf"(?:公众号|公众平台|订阅号|服务号|视频号|抖音号|抖音账号|快手号|小红书号|头条号|百家号)\s*+(?::\s*+)?{_QO}?\s*+"
    rf"[\p{{Han}}A-Za-z0-9_]{{2}}|(?:抖音|快手|小红书|微博)\s*+:\s*+[\p{{Han}}A-Za-z0-9_]{{2}}"
    rf"|{_QO}[^\n\"'\u201d\u2019\u300d\u300f\u3011\u3017\u300b>]{{2,16}}+{_QC}\s*+(?:微信)?(?:公众号|订阅号|服务号)")
_MOBILE = regex.compile(r"(?<![\d.])1[3-9]\d(?:[- ]?+\d{4}){2}(?![\d.])")
_HOTLINE = regex.compile(r"(?<![\d.])[48]00[- ]?+\d{3}[- ]?+\d{4}(?!\d)")
_EMAIL = regex.compile(r"(?<![A-Za-z0-9._-])[A-Za-z0-9._-]++@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)++")
_DOMAIN = regex.compile(r"(?<![A-Za-z0-9.@/-])(?:https?://)?(?:[A-Za-z0-9-]++\.)++"
                        r"(?:com|cn|net|org|top|cc|vip|xyz|info|site|wang|club|me|io|co|tv|ink|pub|shop|icu|fun|biz)"
                        r"(?![A-Za-z0-9-])")
# XX范文网, 公文宝网, 秘书之家文库, 公文写作交流群: a writing word, a short name, a site (or a
# group) word, then no more name.
_SITE_NAME = (r"(?:材料|公文|写作|素材|模板|文档|秘书|文秘|范文|笔杆子?|文案|论文|范本|作文)\p{Han}{0,3}?"
              r"(?:(?:网|文库|库|之家|宝典|吧|帮|侠|宝|站|大全|在线)(?:(?!\p{Han})|(?=整理|编辑|发布|转载|提供|出品|首发|原创))"
              r"|(?:交流|学习|互助)(?:QQ|qq|微信|Q)?群)")
# fanwen88.com, m.sucaiwang.com: a template site's domain spells its vocabulary in pinyin.
_PINYIN_SITE_WORDS = r"fanwen|wenmi(?!ng)|xiezuo|moban|sucai|gongwen|bigan|wendang|wenku|lunwen|cailiao|mishu|daixie|zongjie"
_PINYIN_SITE = regex.compile(_PINYIN_SITE_WORDS, regex.IGNORECASE)
# 回复“总结”获取全文, 后台回复要点即可下载: a keyword that unlocks material.
_REPLY = (rf"回复\s*+(?:关键[词字])?\s*+:?\s*+{_QO}?[\p{{Han}}A-Za-z0-9]{{1,10}}?{_QC}?\s*+"
          r"(?:即可|就能|就可|便可|可以?|来)?\s*+(?:免费)?(?:获取|领取|下载|获得)")
_GROUP = regex.compile(r"加入\p{Han}{0,10}?群|进群|加群|入群")
_SOURCE_LABEL = regex.compile(r"(?:来源|出处|来自|转自|作者)\s*+:")
# Protective: a government body or news outlet named (the publisher's own note), a notice's
# own contact block (a contact person, a landline, a fax, an address).
_INSTITUTION = regex.compile(r"政府|委员会|党委|党组|办公厅|办公室|人大|政协|日报|晚报|新华社|新华网|人民网|央视|电视台"
                             r"|广播电台|融媒体|政务|\p{Han}{1,8}?[局厅署委](?!\p{Han})")
_OWN_CONTACT = regex.compile(r"联系人|传真|邮编|邮政编码|地址\s*+:|(?<!\d)0\d{2,3}-\d{7,8}(?!\d)")
_ORG = r"\p{Han}{2,30}?(?:人民政府|政府|委员会|办公室|办公厅|局|厅|委|院|中心|协会|学会)"
_TITLE_ORG = regex.compile(rf"^\s*+({_ORG})(?=关于|印发)")
_SIGNATURE_ORG = regex.compile(rf"^\s*+({_ORG})\s*+$")
_WORD = regex.compile(r"[\p{Han}A-Za-z0-9]")


@lru_cache(maxsize=8)
def _patterns(extra_offers: tuple) -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern]:
    """(offers, contact ids, reply keywords + site names, any ad cue) for the user's extra offers."""
    offers = alternation(data.phrases("ad_solicitations") + extra_offers)
    ad_vocab = alternation(p for p, row in _VOCAB_ROWS.items() if row[3])
    strong = "|".join(f"(?:{p})" for p in (offers, ad_vocab, _SITE_NAME, f"(?i:{_PINYIN_SITE_WORDS})"))
    return (regex.compile(offers), regex.compile(_CONTACT_ID), regex.compile(f"(?P<reply>{_REPLY})|{_SITE_NAME}"),
            regex.compile(strong))


def _valid_id(m: regex.Match) -> bool:
    """An account, not a word: it has a digit, or follows a colon and is long enough; after
    a Latin channel name (vx, QQ) glued to it, only digits read as an account; a one-letter
    channel (V: Q:) needs its colon."""
    gap, account = m.group("gap"), m.group("id")
    channel = m.group()[:m.start("gap") - m.start()]
    if len(channel) == 1:
        return ":" in gap  # V: / Q: only with a colon
    if not gap and _LATIN_CHANNEL.fullmatch(channel):
        return account.isdigit()
    return any(c.isdigit() for c in account) or (any(c in gap for c in ":=") and len(account) >= 5)


def _cues(seg: str, pats) -> tuple[dict[str, tuple[int, list[str]]], bool]:
    """Class -> (best points, cue names) of the cues found in the folded segment ``seg``, and
    whether one of them is an ad-only cue."""
    offers, contact_ids, structured, _ = pats
    found: dict[str, tuple[int, list[str]]] = {}
    ad_only = False

    def add(cls: str, points: int, name: str, ad: bool = False) -> None:  # a class is named by its strongest cues
        nonlocal ad_only
        ad_only = ad_only or ad
        best, names = found.get(cls, (0, []))
        if points > best:
            found[cls] = (points, [name])
        elif points == best and name not in names:
            names.append(name)

    if offers.search(seg):
        add("offer", STRONG, "paid-writing offer", True)
    reach = 0  # a phrase inside a longer one (转载 in 转载请注明) is not a second cue
    for m in _VOCAB.finditer(seg, overlapped=True):
        if m.end() > reach:
            add(*_VOCAB_ROWS[m.group()])
            reach = m.end()
    if any(_valid_id(m) for m in contact_ids.finditer(seg)):
        add("contact", STRONG, "contact account")
    for pattern, name in ((_ACCOUNT_NAME, "official-account name"), (_MOBILE, "mobile number"),
                          (_HOTLINE, "hotline"), (_EMAIL, "e-mail address")):
        if pattern.search(seg):
            add("contact", WEAK, name)
    for m in _DOMAIN.finditer(seg):
        if "gov" not in m.group().lower():
            add("contact", WEAK, "non-government domain")
            if _PINYIN_SITE.search(m.group()):  # weak: the same domain is already a contact
                add("material", WEAK, "template-site domain", True)
    for m in structured.finditer(seg):
        if m.group("reply"):
            add("offer", STRONG, "reply-keyword promotion")
        else:
            add("material", STRONG, "template-site name", True)
    if _GROUP.search(seg):
        add("offer", WEAK, "group invitation")
    if _SOURCE_LABEL.search(seg):
        add("repost", WEAK, "attribution note")
    return found, ad_only


class _Scan:
    """One document's view for the ad rules: the folded text and what protects it."""

    def __init__(self, text: str, ctx: Context):
        self.folded = text.translate(_FOLD)
        self.pats = _patterns(tuple(ctx.corpus.ad_phrases))
        self.recurring = ctx.corpus.recurring_lines
        self.possible = self.pats[3].search(self.folded) is not None
        self.publishers = _publishers(text) if self.possible else ()

    def may_hold_ad(self, start: int, end: int) -> bool:
        """Every ad has an ad-only cue: a span without one is passed over at once."""
        return self.pats[3].search(self.folded, start, end) is not None

    def masked(self, start: int, end: int, taken: list[tuple[int, int]]) -> str:
        """The folded span with the ads already found (sorted, disjoint spans) blanked out."""
        seg = self.folded[start:end]
        for s, e in _overlapping(taken, start, end):
            a, b = max(s, start) - start, min(e, end) - start
            seg = seg[:a] + " " * (b - a) + seg[b:]
        return seg

    def has_cue(self, seg: str) -> bool:
        return bool(_cues(seg, self.pats)[0])

    def verdict(self, seg: str, position: str | None, recurring: bool = False) -> str | None:
        """The reason ``seg`` (folded) is an ad, naming its cues, or None."""
        if _AGAINST.search(seg):
            return None
        found, ad_only = _cues(seg, self.pats)
        if not ad_only:
            return None
        paid = "paid-writing offer" in found.get("offer", (0, []))[1]
        if not paid and (_INSTITUTION.search(seg) or _OWN_CONTACT.search(seg) or any(p in seg for p in self.publishers)):
            return None
        points = sum(p for p, _ in found.values()) + (position is not None) + recurring
        if len(found) < 2 or points < (5 if position else 6):
            return None
        names = [name for cls in _CLASSES if cls in found for name in found[cls][1]]
        return "advertisement: " + " + ".join(names) + (f" ({position})" if position else "")


def _publishers(text: str) -> tuple[str, ...]:
    """The organisations the document names as its own: before 关于 in the title, in the signature."""
    doc = [l.text for l in lines(text) if l.text.strip()]
    names = [m.group(1) for m in (_TITLE_ORG.match(doc[0]),) if m] if doc else []
    names += [m.group(1) for line in doc[-8:] if size(line) <= 30 for m in (_SIGNATURE_ORG.match(line),) if m]
    return tuple(names)


def _has_words(seg: str) -> bool:
    return _WORD.search(seg) is not None


# ---- segments and rules -----------------------------------------------------------------------

# Segment limits (characters without spaces): an ad is short; a longer span is content.
_BRACKET_MAX = 100
_SHORT_LINE = 60
_BARE_LINE_MAX = 150
_PIECE_MAX = 80
_OPEN = "(\\[{\u3010\u3016\u3014\u300c\u300e<"  # ( [ { 【 〖 〔 「 『 < (full widths folded)
_CLOSE = ")\\]}\u3011\u3017\u3015\u300d\u300f>"
_NOT_BRACKET = rf"[^{_OPEN}{_CLOSE}\n]"
# A bracketed span of any type (the closer need not match the opener), one level of nesting.
_BRACKET = regex.compile(
    rf"[{_OPEN}]{_NOT_BRACKET}{{0,{_BRACKET_MAX}}}+"
    rf"(?:[{_OPEN}]{_NOT_BRACKET}{{0,{_BRACKET_MAX}}}+[{_CLOSE}]{_NOT_BRACKET}{{0,{_BRACKET_MAX}}}+){{0,3}}+"
    rf"[{_CLOSE}]")
_FLAT_BRACKET = regex.compile(rf"[{_OPEN}]{_NOT_BRACKET}{{1,{_BRACKET_MAX}}}+[{_CLOSE}]")
_ANY_BRACKET = regex.compile(rf"[{_OPEN}{_CLOSE}]")
# Pieces of a line: sentences and clauses with their end marks, and the tail after the last.
_PIECE = regex.compile(r"[^!?;\u3002\n]++[!?;\u3002]*+|[!?;\u3002]++")
_SENTENCE_MARK = regex.compile(r"[!?;\u3002]")
_PUNCT = frozenset(",;:" + chars.FULLWIDTH_COMMA + chars.IDEOGRAPHIC_COMMA + chars.FULLWIDTH_SEMICOLON
                   + chars.FULLWIDTH_COLON + chars.IDEOGRAPHIC_FULL_STOP)


def drop_solicitation_lines(text: str, ctx: Context) -> Iterator[Edit]:
    """A line that is an advertisement is removed whole.

    The line must stand where an ad stands (short, or without sentence punctuation) and its
    cues must agree once any bracketed ad in it is set aside: a sentence that carries a
    bracketed ad keeps its words (:func:`drop_inline_solicitations` cuts the brackets).

    >>> [e.reason for e in drop_solicitation_lines("正文。\\n本文由好范文网整理，仅供学习参考", Context())]
    ['advertisement: template-site vocabulary + template-site name + repost note + copyright notice (short stand-alone line)']
    >>> list(drop_solicitation_lines("正文。\\n请关注“健康福州”微信公众号，及时了解最新动态", Context()))
    []
    """
    scan = _Scan(text, ctx)
    if not scan.possible:
        return
    for line in lines(text):
        reason = _line_verdict(scan, line)
        if reason:
            yield drop_line(line, reason, text)


def drop_inline_solicitations(text: str, ctx: Context) -> Iterator[Edit]:
    """An ad inside a line, in brackets or glued to a sentence, is cut out.

    The sentence closes up: no doubled or orphaned punctuation is left behind.

    >>> from cleaner.edits import apply
    >>> t = "全力支援宿州(代写文章:微信:13258028938)、蚌埠等市"
    >>> apply(t, list(drop_inline_solicitations(t, Context())))
    '全力支援宿州、蚌埠等市'
    >>> list(drop_inline_solicitations("请关注“健康福州”微信公众号（微信号：jkfz2021）。", Context()))
    []
    """
    scan = _Scan(text, ctx)
    if not scan.possible:
        return
    for line in lines(text):
        if not scan.may_hold_ad(line.start, line.end):
            continue
        brackets = list(_bracket_ads(scan, line))
        pieces = list(_piece_ads(scan, line, [(s, e) for s, e, _ in brackets]))
        spans = [(s, e) for s, e, _ in pieces]
        for start, end, reason in pieces:
            yield _cut(text, start, end, reason)
        for start, end, reason in brackets:
            if not _overlapping(spans, start, end):  # a bracket inside an ad sentence goes with it
                if not text[end:line.end].strip():  # at the line end: with the spaces that glued it on
                    start = line.start + len(text[line.start:start].rstrip())
                yield _cut(text, start, end, reason)


def _line_verdict(scan: _Scan, line: Line) -> str | None:
    """Why the whole line is an ad, or None."""
    n = size(line.text)
    if n == 0 or n > _BARE_LINE_MAX or not scan.may_hold_ad(line.start, line.end):
        return None
    ads = list(_bracket_ads(scan, line))
    masked = scan.masked(line.start, line.end, [(s, e) for s, e, _ in ads])
    if ads and not _has_words(masked):
        return ads[0][2]  # nothing but the bracketed ad on the line
    pieces = _PIECE.findall(masked)
    if len(pieces) > 1 and (n > _SHORT_LINE or not all(scan.has_cue(p) for p in pieces if _has_words(p))):
        return None  # a sentence without a cue is content: the inline rule takes what is an ad
    if _SENTENCE_MARK.search(masked.rstrip()[-1:]):
        position = None  # a sentence: it stands alone by its cues or not at all
    elif n <= _SHORT_LINE:
        position = "short stand-alone line"
    else:
        position = "line without sentence punctuation"
    if n > _SHORT_LINE and (position is None or _unbalanced(masked)):
        return None  # prose, or a bracket left unpaired: an ad spliced into content
    return scan.verdict(masked, position, recurring=line.text.strip() in scan.recurring)


def _bracket_ads(scan: _Scan, line: Line) -> Iterator[tuple[int, int, str]]:
    """(start, end, reason) of each bracketed ad in the line, outermost first."""
    folded = scan.folded[line.start:line.end]
    first, last = len(folded) - len(folded.lstrip()), len(folded.rstrip())
    for m in _BRACKET.finditer(folded):
        if size(m.group()) > _BRACKET_MAX or not scan.may_hold_ad(line.start + m.start(), line.start + m.end()):
            continue
        reason = scan.verdict(m.group()[1:-1], _bracket_position(folded, m.start(), m.end(), first, last))
        if reason:
            yield line.start + m.start(), line.start + m.end(), reason
            continue
        for inner in _FLAT_BRACKET.finditer(folded, m.start() + 1, m.end() - 1):
            reason = scan.verdict(inner.group()[1:-1], _bracket_position(folded, inner.start(), inner.end(), first, last))
            if reason:
                yield line.start + inner.start(), line.start + inner.end(), reason


def _bracket_position(folded: str, start: int, end: int, first: int, last: int) -> str | None:
    """How the bracket ``folded[start:end]`` stands in its line (words from ``first`` to ``last``)."""
    if _SENTENCE_MARK.search(folded, start + 1, end - 1):
        return None  # a bracketed sentence is an aside of the text, not a splice
    after = folded[end:last].strip() if last - end <= 8 else "..."
    if start <= first and not after:
        return "bracketed line"
    if not after or _SENTENCE_MARK.fullmatch(after):
        return "bracketed after the last sentence"
    return "bracketed inside a sentence" if start > first else "bracketed at a line start"


def _pieces(scan: _Scan, line: Line) -> list[regex.Match]:
    return [m for m in _PIECE.finditer(scan.folded, line.start, line.end) if m.group().strip()]


def _piece_ads(scan: _Scan, line: Line, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """A sentence of a paragraph, or its tail after the last sentence, that is an ad."""
    pieces = _pieces(scan, line)
    if len(pieces) < 2:
        return  # a line of one piece is the line rule's to judge
    for k, m in enumerate(pieces):
        start, end = m.span()
        if size(m.group()) > _PIECE_MAX or not scan.may_hold_ad(start, end):
            continue
        masked = scan.masked(start, end, taken)
        if not _has_words(masked) or _unbalanced(masked):
            continue
        tail = k == len(pieces) - 1 and k > 0 and not _SENTENCE_MARK.search(masked.rstrip()[-1:])
        reason = scan.verdict(masked, "glued after the last sentence" if tail else None)
        if reason:
            yield start, end, reason  # with the spaces that glued it on


def _overlapping(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the sorted, disjoint ``spans`` that overlap ``start:end`` (a bisection,
    not a walk over all of them: a line may hold thousands)."""
    k = bisect_left(spans, (end,))
    out = []
    while k > 0 and spans[k - 1][1] > start:
        k -= 1
        out.append(spans[k])
    return out


def _unbalanced(folded: str) -> bool:
    """A bracket character left over once the paired brackets are set aside."""
    return _ANY_BRACKET.search(_FLAT_BRACKET.sub("", folded)) is not None


def _cut(text: str, start: int, end: int, reason: str) -> Edit:
    """Remove ``text[start:end]``; take one of two punctuation marks it would leave side by side."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before and after and before in _PUNCT and after in _PUNCT:
        end += 1
    return Edit(start, end, text[start:end], "", reason)
