"""Injected advertisements: paid-writing offers with a WeChat, QQ or Douyin account.

Spam injectors add "代写文章 微信:…" to scraped government pages, on a line of its own or
in brackets inside a sentence. What makes an ad is the *offer* (代写, 论文发表 …) together
with a *contact* (a channel and an account or mobile number), not a phone number alone:
"联系电话：62181513" in a notice and "请关注“健康福州”微信公众号" stay.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner import chars, data
from cleaner.docmodel import drop_line, lines, size
from cleaner.textutil import alternation
from cleaner.types import Context, Edit


_MOBILE = r"(?<!\d)1[3-9]\d{9}(?!\d)"
_ID_CHANNELS = ("微信号", "微信", "加微", "加V", "加v", "VX", "vx", "QQ群", "QQ", "扣扣")
_NAME_CHANNELS = ("抖音账号", "抖音号", "快手号", "公众号", "小红书")
# Possessive spaces: "\s*[:]?\s*" could share a run of spaces between its two halves in
# every way before failing (quadratic in the run); a colon cannot be a space, so the split
# is never in doubt.
_CONTACT = regex.compile(
    rf"(?:{alternation(_ID_CHANNELS)})\s*+[:\uff1a]?\s*+(?:{_MOBILE}|[A-Za-z0-9_-]{{5,}})"
    rf"|(?:{alternation(_NAME_CHANNELS)})\s*+[:\uff1a]\s*+[\p{{Han}}A-Za-z0-9_]{{2,}}"
    rf"|(?:电话|手机|热线)\s*+[:\uff1a]?\s*+{_MOBILE}"
)
# A sentence *about* ads (打击代写…) is not an ad.
_AGAINST = regex.compile(r"打击|举报|严禁|严厉|整治|查处|防范|谨防|警惕|取缔|诈骗")
_BRACKETED = regex.compile(r"[(\uff08\[【]([^()\uff08\uff09\[\]【】\n]{2,80})[)\uff09\]】]")
_TAIL_AD = regex.compile(r"(?<=[。\uff01\uff1f!?])[^。\uff01\uff1f!?\n]{4,80}$", regex.MULTILINE)
_PUNCT = frozenset(",;:" + chars.FULLWIDTH_COMMA + chars.IDEOGRAPHIC_COMMA + chars.FULLWIDTH_SEMICOLON
                   + chars.FULLWIDTH_COLON + chars.IDEOGRAPHIC_FULL_STOP)
_SENTENCE_END = regex.compile(r"[。\uff01\uff1f!?]")


def _offer(extra: tuple = ()) -> regex.Pattern:
    return regex.compile(alternation(data.phrases("ad_solicitations") + tuple(extra)))


_OFFER = _offer()


def _is_ad(segment: str, offer: regex.Pattern) -> bool:
    return (offer.search(segment) is not None and _CONTACT.search(segment) is not None
            and _AGAINST.search(segment) is None)


def drop_solicitation_lines(text: str, ctx: Context) -> Iterator[Edit]:
    """A line that is an advertisement (a paid-writing offer plus a contact) is removed.

    >>> [e.old for e in drop_solicitation_lines(
    ...     "正文。\\n代写文章微信:13258028938 抖音账号:文章写作知识屋", Context())]
    ['代写文章微信:13258028938 抖音账号:文章写作知识屋']
    >>> list(drop_solicitation_lines("严厉打击代写论文行为，举报电话：12345。", Context()))
    []
    """
    offer = _offer(ctx.corpus.ad_phrases) if ctx.corpus.ad_phrases else _OFFER
    if offer.search(text) is None:
        return
    for line in lines(text):
        if _is_ad_line(line.text, offer):
            yield drop_line(line, "advertisement line: paid-writing offer with a contact account", text)


def _is_ad_line(line: str, offer: regex.Pattern) -> bool:
    """The whole line is the ad: short, no sentence in it, no bracketed ad inside a sentence."""
    if size(line) > 120 or _SENTENCE_END.search(line):
        return False
    if any(_is_ad(m.group(1), offer) for m in _BRACKETED.finditer(line)):
        return False  # a sentence carrying a bracketed ad: only the brackets go
    return _is_ad(line, offer)


def drop_inline_solicitations(text: str, ctx: Context) -> Iterator[Edit]:
    """An ad inside a sentence, in brackets or trailing after a full stop, is cut out.

    The sentence closes up: no doubled or orphaned punctuation is left behind.

    >>> from cleaner.edits import apply
    >>> t = "全力支援宿州(代写文章:微信:13258028938)、蚌埠等市"
    >>> apply(t, list(drop_inline_solicitations(t, Context())))
    '全力支援宿州、蚌埠等市'
    >>> list(drop_inline_solicitations("请关注“健康福州”微信公众号（健康福州）。", Context()))
    []
    """
    offer = _offer(ctx.corpus.ad_phrases) if ctx.corpus.ad_phrases else _OFFER
    if offer.search(text) is None:
        return
    for m in _BRACKETED.finditer(text):
        if _is_ad(m.group(1), offer):
            yield _cut(text, m.start(), m.end(), "advertisement inside a sentence (bracketed)")
    for m in _TAIL_AD.finditer(text):
        if _is_ad(m.group(), offer) and not _BRACKETED.search(m.group()):
            yield _cut(text, m.start(), m.end(), "advertisement after the last sentence of a line")


def _cut(text: str, start: int, end: int, reason: str) -> Edit:
    """Remove ``text[start:end]``; take one of two punctuation marks it would leave side by side."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before and after and before in _PUNCT and after in _PUNCT:
        end += 1
    return Edit(start, end, text[start:end], "", reason)
