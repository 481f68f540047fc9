"""Ads as blocks and as a voice, for rules/ads.py.

Copy sites leave two kinds of ad that no single cue of :mod:`cleaner.adcues` decides:

- a *voice*: the site, its editor or its uploader talking to the reader about the page
  (喜欢的话请点个赞支持一下 / 若有侵犯您权益的内容，我们将在24小时内删除 / 本站文档均由用户上传 /
  已试读30%，购买后可阅读全文). A government text addresses its reader too (请各单位…, 欢迎关注
  “江岭发布”公众号), so a voice is an ad only when independent classes agree: the reader
  addressed, the site speaking of itself, the page's actions (点赞, 收藏, 转载, 侵权删除), a sale
  (付费, 会员, 积分, 客服), a paid-reading wall, and at least one phrase a document never says of
  itself (本站, 用户上传, 点个赞, 24小时内删除, 试读);
- a *block*: two to four short lines (a lead, an offer, a contact) where no line is an ad
  alone. The lines are judged together when each carries a cue of its own and the block's
  classes agree; and a short line with a weak cue that touches a line already found to be an
  ad goes with it (a 温馨提示： label, 广告, a question to the reader, a seller's slogan).

Vetoes come first: words against ads, an institution, a government host, the document's
publisher, a notice's own contact person (a landline is no veto for a seller's slogans: a
plumber gives a landline too). Nothing here changes text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from cleaner import adcues, chars
from cleaner.docmodel import Line, size
from cleaner.textutil import han_bigrams, han_count, pairs_written_elsewhere

# Each class is one independent kind of evidence; a pattern is spelled on the width-folded text.
_CLASSES = {
    "reader addressed": regex.compile(
        r"您|你们?|大家|各位|朋友|亲们|读者|小伙伴|喜欢的话|觉得(?:有用|不错)|别忘了|记得|赶快|赶紧|快来|敬请"
        r"|有需要的|需要的朋友|试试|点击|[\u2193\U0001f447]|[?\uff1f]\s*+$|吗\s*+$"),
    "site speaking of itself": regex.compile(
        r"本站|本平台|我们网站|小编|网友投稿|用户上传|本文档|该文档|此文档|与本站无关|本栏目|一起来看看|一起来了解"
        r"|由\p{Han}{2,8}?整理|私信我|关注我(?![市省县区国州镇乡村们])"),
    "page action": regex.compile(
        r"点赞|点个赞|收藏|转发|关注|下载|转载|删除|侵权|侵犯|分享|订阅|持续更新|更新的动力|阅读全文|继续阅读|查看完整"
        r"|解锁|版权|商业用途|学习交流|仅供参考|自行甄别|私信|搜索|领取|进群|扫码"),
    "sale": regex.compile(
        r"付费|会员|(?i:vip)|积分|购买|试读|阅读券|客服|[\u00a5\uffe5]\s*+\d|\d+(?:\.\d+)?元|金币|退款|原创|定制|交稿"
        r"|一对一|免费体验|免费发|全站免费|量大从优|价格实惠"),
    "paid-reading wall": regex.compile(
        r"试读|付费内容|付费阅读|立即解锁|解锁全文|开通会员后|购买后可|阅读券|登录后查看(?:全文|完整|全部)|内容已隐藏|剩余\d+字"),
    "seller's slogan": regex.compile(
        r"价格优惠|诚信经营|欢迎来电|欢迎新老客户|新老客户|上门服务|随叫随到|不漏不收费|质量保证|童叟无欺|量大从优"
        r"|高价回收|长期高价|专业承接|价格实惠|当天交稿|不满意重写|专人撰写|一对一原创|来电洽谈|24小时上门"),
    "contact": regex.compile(
        r"(?<![\d.])\d(?:[ -]?+\d){6,}(?![\d.%])|(?<![A-Za-z0-9])[A-Za-z][A-Za-z_-]{1,10}\d{2,6}(?![A-Za-z0-9])"
        r"|微信|V信|(?i:\bqq\b|\bvx\b|\bwx\b)|扣扣|同号|微同|同V"
        r"|(?=[0-9一二三四五六七八九零〇]*?(?:[0-9][一二三四五六七八九零〇]|[一二三四五六七八九零〇][0-9]))[0-9一二三四五六七八九零〇]{7,}"),
    "contact spelt to dodge filters": regex.compile(
        r"去掉?空格|去空格|后面是\d|再加\d|星号不要|\*去掉|全小写|字母小写"
        r"|(?=[0-9一二三四五六七八九零〇]*?(?:[0-9][一二三四五六七八九零〇]|[一二三四五六七八九零〇][0-9]))[0-9一二三四五六七八九零〇]{7,}"),
    "writing material": regex.compile(r"总结|讲稿|述职|心得体会|发言稿|范文|模板|素材|写稿|材料|文案"),
    "ad label": regex.compile(r"^\W*+(?:广告|推广|赞助(?:内容)?|AD|温馨提示|特别说明|下载说明|友情提示|下载须知)\W*+$"),
}
# A phrase a document never says of itself: every voice ad needs one.
_PAGE_ONLY = regex.compile(
    r"本站|本平台|我们网站|小编|网友投稿|用户上传|本文档|该文档|此文档|点个赞|点赞支持|点赞关注|点赞收藏|点个关注"
    r"|(?:如有|若有|如果有?|涉嫌)侵权|侵权[^\u3002\uff01\uff1f!?\n]{0,16}?删|侵犯(?:了)?您的?(?:权益|版权|著作权)\p{Han}{0,12}?(?:删除|联系我们)"
    r"|24小时内删除|联系删除|删除处理"
    r"|更新的动力|别忘了关注|文末|试读|付费内容|付费阅读|解锁全文|立即解锁|阅读券|内容已隐藏|开通会员|(?i:vip)|登录后查看(?:全文|完整|全部)"
    r"|积分下载|下载积分|(?:消耗|需要?|扣除)[0-9]+积分|概不退款|(?:联系|咨询|添加|加)(?:在线)?客服(?:微信|QQ|领取|获取)?"
    r"|版权归原作者|转载请|请勿转载|仅供(?:个人)?(?:学习|参考)交流|来源于网络|仅代表作者|私信我|收藏吧|对您有帮助|觉得有用"
    r"|喜欢的话|一起来看看|一键下载|领取全套|关注本站|需要的朋友(?:可以|可)?(?:下载|收藏|私信|拿去|自取|参考)")
# A landline or a public hotline is what a notice gives for itself; a seller gives a mobile or a chat id.
_LANDLINE = regex.compile(r"(?<![0-9])\(?+0[0-9]{2,3}+\)?+[ -]?+[0-9]{7,8}+(?![0-9])|(?<![0-9])(?:123[0-9]{2}|9[56][0-9]{3})(?![0-9])")
_OWN_ACCOUNT = regex.compile(r"微信公众号|微信号?[:\uff1a]?[“\"「]\p{Han}{2,12}[”\"」]|微信搜索")
_STRONG = ("paid-reading wall", "seller's slogan", "ad label", "contact spelt to dodge filters")
# A notice's own: a contact person, an attachment list, its registration; words against ads.
_OWN = regex.compile(r"联系人|附件|报名|邮编|政府|委员会|党委|办公室|办公厅|人大|政协|政务|\.gov|(?<!\p{Han})\p{Han}{1,8}?[局厅署委](?!\p{Han})")
# not from inside a run of spaces: every later start there reaches the same marker or fails as the first did
_OUTLINE = regex.compile(r"(?<!\s)\s*+(?:[(\uff08]?[一二三四五六七八九十\d]{1,3}+[)\uff09\u3001.\uff0e]|第[一二三四五六七八九十百\d]++[章条节])")
_QUESTION = regex.compile(r"(?:[?\uff1f]|吗)\s*+$")
_CELLS = regex.compile(r"\s{3,}|\t|[|\uff5c]")
_SENTENCE_END = regex.compile(r"[\u3002;\uff1b]\s*+$")
_PIECE = regex.compile(r"[^!?;\u3002\uff01\uff1f\n]++[!?;\u3002\uff01\uff1f]*+")

_SENTENCE_CLOSE = regex.compile(r"[\u3002\uff01\uff1f!?]\s*+$")
_CLAUSE_MARKS = regex.compile(r"[,\u201c\u201d]")  # ， “ ” (width-folded); a flyer lists its services with 、 too
_FUSED_SLOGAN = regex.compile("(?:" + _CLASSES["seller's slogan"].pattern + r")(?=\p{Han})")  # 质量保证金, 诚信经营示范街
_OWN_SENTENCE_HAN = 10  # Han characters of a sentence of the text's own, at the fewest
_SELLER_CLASSES = frozenset(("seller's slogan", "contact", "contact spelt to dodge filters", "paid-reading wall"))

_BLOCK_LINE_MAX = 40  # a line of a block: a lead, an offer or a contact
_VOICE_LINE_MAX = 250  # a line of site notes, each sentence a voice
_PIECE_MAX = 80
_BLOCK_MAX = 4


_SPLICED_MIN = 30  # Han characters outside every cue: a voice is made of its cues, a document's sentence is not


def _bare_han(seg: str) -> int:
    """Han characters of ``seg`` outside the cue phrases (喜欢的话请点个赞: 3; a spliced sentence: most)."""
    for pat in (_PAGE_ONLY, *_CLASSES.values()):
        seg = pat.sub("", seg)
    return len(regex.findall(r"\p{Han}", seg))


# A bracketed span of any type (full widths folded by the voice's view), one level deep.
_BRACKETED = regex.compile(r"[(\[{<\u3010\u3016\u3014\u300c\u300e\u3008][^()\[\]{}<>\u3010\u3011\u3016\u3017\u3014\u3015\u300c\u300d\u300e\u300f\u3008\u3009\n]{1,40}+"
                           r"[)\]}>\u3011\u3017\u3015\u300d\u300f\u3009]")
_AROUND_MIN = 5  # Han characters of a sentence on each side of the cues: a splice, not a voice
_HAN = regex.compile(r"\p{Han}")


def _cue_spans(seg: str) -> list[tuple[int, int]]:
    """Where each voice cue (a page-only phrase or a class's word) stands in ``seg``."""
    return [m.span() for pat in (_PAGE_ONLY, *_CLASSES.values()) for m in pat.finditer(seg)]


_OWN_SIDE_SHARE = 0.5  # of a side's pairs the document writes elsewhere, at the fewest


def _words_around(seg: str) -> bool:
    """Whether words of a sentence stand on both sides of the cues of ``seg`` (组织辖|开通VIP会员，
    全站范文免费下载|区重点企业开展专场招聘): a voice is its cues from end to end, a sentence with an
    ad spliced into it has its own words before and after.

    >>> _words_around("2024年5月至8月，组织辖开通VIP会员，全站范文免费下载区重点企业开展专场招聘。")
    True
    >>> _words_around("喜欢的话请点个赞支持一下，您的鼓励是我们更新的动力！")
    False
    """
    spans = _cue_spans(seg)
    if not spans:
        return False
    first, last = min(a for a, _ in spans), max(b for _, b in spans)
    return len(_HAN.findall(seg, 0, first)) >= _AROUND_MIN and len(_HAN.findall(seg, last)) >= _AROUND_MIN


class Voice:
    """One document's view for voice and block decisions: its title and publishers are its own."""

    def __init__(self, text: str):
        self.plain = adcues.fold_width(text)
        first = next((l for l in self.plain.split("\n") if l.strip()), "")
        self.title = first.strip()
        self.own = adcues.publishers(text)
        self._pairs: Counter | None = None

    def spliced_into_own(self, seg: str) -> bool:
        """Whether the cues of ``seg`` stand between the document's own words on both sides
        (加强人才队|加入VIP会员群，每日更新优质范文|伍建设。): an ad spliced into a sentence of the
        text, whose words stay; a voice's words beyond its cues are its own (喜欢的话请点个赞…)."""
        spans = _cue_spans(seg)
        if not spans:
            return False
        first, last = min(a for a, _ in spans), max(b for _, b in spans)
        return all(han_count(side) >= 2 and self._own_share(side) >= _OWN_SIDE_SHARE
                   for side in (seg[:first], seg[last:]))

    def _own_share(self, side: str) -> float:
        """The share of the Han pairs of ``side`` the document writes elsewhere too."""
        if self._pairs is None:
            self._pairs = han_bigrams(self.plain)
        known, total = pairs_written_elsewhere(side, self._pairs)
        return known / total if total else 0.0

    def _clean(self, seg: str) -> str:
        """The segment with the title cited in it set aside (今天给各位分享<title>的知识)."""
        return seg.replace(self.title, "\u25a1") if len(self.title) >= 4 else seg

    def vetoed(self, seg: str) -> bool:
        seg = self._clean(seg)
        return adcues.against(seg) or _OWN.search(seg) is not None or any(p in seg for p in self.own)

    def classes(self, seg: str) -> list[str]:
        seg = self._clean(seg).strip()
        return [name for name, pat in _CLASSES.items() if pat.search(seg)]

    def voice(self, seg: str) -> str | None:
        """Why the sentence or line ``seg`` is a site's voice to the reader, or None.

        >>> v = Voice("江岭市教育局工作要点\\n正文。")
        >>> v.voice("喜欢的话请点个赞支持一下，您的鼓励是我们更新的动力！")
        'advertisement: reader addressed + page action + a phrase no document says of itself (a site speaking to the reader)'
        >>> v.voice("请各单位结合实际认真贯彻落实。") is None, v.voice("欢迎广大群众关注“江岭发布”微信公众号。") is None
        (True, True)
        """
        if size(seg) == 0 or self.vetoed(seg) or not _PAGE_ONLY.search(self._clean(seg)) or _CELLS.search(seg.strip()):
            return None  # cells joined by tabs or wide gaps are the cell rule's: the text may be beside them
        found = [c for c in self.classes(seg) if c not in ("contact", "ad label")]
        if len(found) < 2 and "paid-reading wall" not in found:
            return None
        if _bare_han(self._clean(seg)) >= _SPLICED_MIN or _words_around(self._clean(seg)) or self._bracketed_only(seg):
            return None  # a sentence of the text with an ad spliced into it: the splice rule cuts the ad alone
        return "advertisement: " + " + ".join(found) + " + a phrase no document says of itself (a site speaking to the reader)"

    def _bracketed_only(self, seg: str) -> bool:
        """Whether every cue of ``seg`` stands in brackets and its words outside them are a sentence
        of their own (…基层人员配备进一步充实【需要原文私信我】。): the inline rule cuts the brackets."""
        outside = _BRACKETED.sub("", seg)
        return outside != seg and len(_HAN.findall(outside)) >= 2 * _AROUND_MIN and not self.classes(outside)

    def bracketed_voices(self, line: str) -> list[tuple[int, int, str]]:
        """(start, end, reason) in ``line`` of each bracketed site's voice inside a sentence of the
        text (…进一步充实【需要原文私信我】。): the sentence keeps its words, the brackets go."""
        out = []
        for p in _PIECE.finditer(line):
            if size(p.group()) > _PIECE_MAX or not self._bracketed_only(p.group()):
                continue
            for m in _BRACKETED.finditer(line, p.start(), p.end()):
                reason = self.voice(m.group()[1:-1])
                if reason:
                    out.append((m.start(), m.end(), reason.replace("reader)", "reader, bracketed in a sentence)")))
        return out

    def seller(self, seg: str) -> str | None:
        """A trade's promotion: two seller's slogans and a contact (a landline is a seller's too),
        set out as a flyer sets them: phrases side by side with blanks between, no commas
        or quotation marks (a notice's sentence quotes or lists the same slogans: 倡导经营者诚信经营、
        童叟无欺，…)."""
        seg = self._clean(seg)
        if adcues.against(seg) or regex.search(r"联系人|政府|\.gov|办公", seg) or any(p in seg for p in self.own):
            return None
        if _CLAUSE_MARKS.search(seg):
            return None  # a sentence of clauses (服务队承诺24小时上门服务、随叫随到，求助电话…): a notice's own
        slogans = {m.group() for m in _CLASSES["seller's slogan"].finditer(seg)}
        if len(slogans) >= 2 and _CLASSES["contact"].search(seg):
            return "advertisement: two seller's slogans + contact (another trade's promotion)"
        return None

    def evasive(self, seg: str) -> str | None:
        """A contact spelt to dodge filters and explained to the reader (1 3 8…（去掉空格）, 一3八…),
        with a second class beside it, on a line that is no sentence of the text."""
        if self.vetoed(seg) or regex.search(r"[\u3002;]", seg):
            return None
        found = self.classes(seg)
        if "contact spelt to dodge filters" in found and len(found) >= 3:
            return "advertisement: " + " + ".join(found) + " (a contact spelt to dodge filters)"
        return None

    def line_voice(self, text: str) -> str | None:
        """A stand-alone line every sentence of which is a voice (or the seller's promotion)."""
        if size(text) > _VOICE_LINE_MAX or adcues.glued_own_text(text):
            return None  # long, or the text's own heading or date behind the voice: the edge rule cuts the voice
        # a numbered item is the text's own: a promotion glued behind it is the edge rule's to cut;
        # so is a sentence of the text's own opening the line (glued_promotion cuts the rest)
        whole = size(text) <= _PIECE_MAX and not _OUTLINE.match(text) and not self.own_head(text)
        reason = (self.seller(text) or self.evasive(text)) if whole else None
        if reason:
            return reason
        pieces = [p for p in _PIECE.findall(text) if p.strip()]
        if not pieces or any(size(p) > _PIECE_MAX for p in pieces):
            return None
        reasons = [self.voice(_OUTLINE.sub("", p, count=1)) for p in pieces]
        if not all(reasons):
            return None
        if _OUTLINE.match(text) and len(self.classes(text)) < 3:
            return None  # a numbered item of the text's own: three classes must agree
        return reasons[0]

    def own_head(self, text: str) -> int:
        """Where the last sentence of the text's own in line ``text`` ends, read back from the line's
        end over at most :data:`_PIECE_MAX` characters of other pieces (0: none stands there).
        A sentence of the text closes with 。！？, holds :data:`_OWN_SENTENCE_HAN` Han characters or
        more and nothing of a seller's (a slogan, a contact, a phrase no document says of itself);
        one longer than any voice is the text's whatever it holds.

        >>> v = Voice("标题\\n正文。")
        >>> t = "完善涉外经济体制和法规政策。专业搬家 长途运输 质量保证 童叟无欺 电话13800138000。"
        >>> t[:v.own_head(t)]
        '完善涉外经济体制和法规政策。'
        """
        after = 0
        for m in reversed([m for m in _PIECE.finditer(text) if m.group().strip()]):
            if self._own_sentence(m.group()):
                return m.end()
            after += size(m.group())
            if after > _PIECE_MAX:
                break
        return 0

    def _own_sentence(self, piece: str) -> bool:
        if not _SENTENCE_CLOSE.search(piece) or han_count(piece) < _OWN_SENTENCE_HAN:
            return False
        return size(piece) > _VOICE_LINE_MAX or not (
            _PAGE_ONLY.search(piece) or _SELLER_CLASSES & set(self.classes(_FUSED_SLOGAN.sub("", piece))))

    def glued_promotion(self, text: str) -> tuple[int, str] | None:
        """(start, reason) of a trade's promotion glued after the text's own sentences of line
        ``text`` (…完善涉外经济体制和法规政策。专业搬家 拆装空调（联系电话:0555…）质量保证 童叟无欺):
        the line keeps its sentences, the promotion goes."""
        head = self.own_head(text)
        tail = text[head:]
        if not head or not tail.strip() or size(tail) > _PIECE_MAX or _OUTLINE.match(tail):
            return None
        reason = self.seller(tail) or self.evasive(tail)
        return (head, reason[:-1] + ", glued after the last sentence)") if reason else None

    def cued(self, seg: str) -> bool:
        return bool(self.classes(seg))


def block_reasons(voice: Voice, all_lines: Sequence[Line], reasons: list[str | None]) -> list[str | None]:
    """``reasons`` (one per line) with the lines of voice ads, of blocks whose classes agree, and
    short cued lines touching an ad line added."""
    out = list(reasons)
    kept = [line for line in all_lines if line.text.strip()]
    for line in kept:
        if not out[line.index]:
            out[line.index] = voice.line_voice(voice.plain[line.start:line.end])
    # A line the learned register alone decided may still open a block (管道疏通 … 诚信经营 / 热线：0791-…):
    # the block is judged as if it were undecided, and its reason names the whole block.
    blocks = [None if r and adcues.LEARNED_REGISTER in r else r for r in out]
    _judge_blocks(voice, kept, blocks)
    out = [b or r for b, r in zip(blocks, out)]
    _spread(voice, kept, out)
    return out


def _blockable(voice: Voice, line: Line) -> bool:
    seg = voice.plain[line.start:line.end]
    # A sentence (。 or ； at its end) or a heading is the text's own unless a page-only phrase is in it.
    own_shape = _OUTLINE.match(seg) or _SENTENCE_END.search(seg)
    return (0 < size(seg) <= _BLOCK_LINE_MAX and not voice.vetoed(seg) and voice.cued(seg)
            and not (own_shape and not _PAGE_ONLY.search(seg)) and not _salutation(voice, seg))


def _salutation(voice: Voice, seg: str) -> bool:
    """各位代表： / 同志们： addresses the reader and nothing else: the text's own, never part of an ad's block."""
    return voice.classes(seg) == ["reader addressed"] and not _QUESTION.search(seg)


def _judge_blocks(voice: Voice, kept: list[Line], out: list[str | None]) -> None:
    """Runs of two to four short cued lines judged as one: three classes, one of them a contact,
    a page-only phrase or a strong class (a wall, a seller's slogans, an ad label)."""
    for i in range(len(kept)):
        for n in range(_BLOCK_MAX, 1, -1):
            run = kept[i:i + n]
            if len(run) < n or any(out[l.index] for l in run) or not all(_blockable(voice, l) for l in run):
                continue
            if any(b.index - a.index != 1 for a, b in zip(run, run[1:])):
                continue
            joined = " ".join(voice.plain[l.start:l.end].strip() for l in run)
            found = {c for l in run for c in voice.classes(voice.plain[l.start:l.end])}  # per line: 吗$ ends a line
            seller = voice.seller(joined)
            if seller:
                for l in run:
                    out[l.index] = seller + f" (a block of {n} short lines)"
                break
            seller_contact = _CLASSES["contact"].search(_LANDLINE.sub("", _OWN_ACCOUNT.sub("", joined)))
            strong = seller_contact or _PAGE_ONLY.search(joined) or any(c in found for c in _STRONG)
            if len(found) >= 3 and strong:
                reason = ("advertisement: " + " + ".join(sorted(found))
                          + f" (a block of {n} short lines, no line conclusive alone)")
                for l in run:
                    out[l.index] = reason
                break


def _spread(voice: Voice, kept: list[Line], out: list[str | None]) -> None:
    """A short cued line touching an ad line goes with it (a label, a lead, a contact), and so
    on outward, up to a block's size: one conclusive line carries at most three weak ones."""
    hops = {line.index: 0 for line in kept if out[line.index]}
    for _ in range(_BLOCK_MAX - 1):
        grown = {}
        for k, line in enumerate(kept):
            if line.index in hops or not _blockable(voice, line) or not _leans_to_ad(voice, line):
                continue
            for j in (k - 1, k + 1):
                near = kept[j] if 0 <= j < len(kept) else None
                if near and abs(near.index - line.index) == 1 and near.index in hops and hops[near.index] < _BLOCK_MAX - 1:
                    grown[line.index] = hops[near.index] + 1
                    cues = " + ".join(voice.classes(voice.plain[line.start:line.end]))
                    out[line.index] = f"advertisement: {cues} (a short line in a block with an ad line)"
                    break
        if not grown:
            return
        hops.update(grown)


def _leans_to_ad(voice: Voice, line: Line) -> bool:
    """A neighbour joins an ad by a cue a notice's own line does not carry: a notice gives its
    account and asks to follow it (请关注“江岭人社”微信公众号) beside an injected line too."""
    seg = voice.plain[line.start:line.end]
    if _PAGE_ONLY.search(seg):
        return True
    cues = set(voice.classes(seg)) - {"contact", "page action"}
    if cues == {"reader addressed"}:  # 各位代表： is a salutation; only a question to the reader leans
        return _QUESTION.search(seg) is not None
    return bool(cues)


def edge_voices(voice: Voice, line: Line) -> list[tuple[int, int, str]]:
    """(start, end, reason) of a voice sentence glued at the start or the end of a paragraph."""
    seg = voice.plain[line.start:line.end]
    pieces = [m for m in _PIECE.finditer(seg) if m.group().strip()]
    if len(pieces) < 2:
        return []
    out = []
    for m in (pieces[0], pieces[-1]):
        # The part up to a wide gap first: a voice glued on with blanks ends there, the text's words follow.
        for a, b in dict.fromkeys((_beyond_gap(line.text, m, first=m is pieces[0]), m.span())):
            text = seg[a:b]
            if size(text) > _PIECE_MAX or adcues.glued_own_text(text):
                continue  # long, or the text's own heading or date behind the voice: a sentence of the text
            bare = _OUTLINE.sub("", text, count=1) if m is pieces[0] else text
            reason = voice.voice(bare)
            if reason and not voice.spliced_into_own(bare):
                start = line.start + a
                if m is pieces[0]:
                    start += len(_OUTLINE.match(text).group()) if _OUTLINE.match(text) else 0
                out.append((start, line.start + b, reason + " (glued to a paragraph)"))
                break
    return out


# A wide gap inside a piece: where a voice glued on with blanks ends and the text's own words begin.
_WIDE_GAP = regex.compile(chars.WIDE_GAP)


def _beyond_gap(seg: str, m: regex.Match, first: bool) -> tuple[int, int]:
    """The part of the edge piece ``m`` (offsets into ``seg``, the line as written; the fold reads 　 as
    one blank) up to its first wide gap (the first piece: 下载本文档需要登录，请先注册会员　加强社会管理，
    维护社会和谐安定。), or from its last (the last piece); the whole piece without a gap."""
    gaps = list(_WIDE_GAP.finditer(seg, m.start(), m.end()))
    if not gaps:
        return m.span()
    return (m.start(), gaps[0].end()) if first else (gaps[-1].start(), m.end())
