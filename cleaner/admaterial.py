"""Writing material offered with an address, for cleaner/adcues.py: two cues that agree.

A template site names its goods by a writing genre and a material noun (述职报告模板,
年终总结材料, 实施方案范本, 公文写作素材): a notice names its own forms otherwise (申请表,
登记表, 申报书), so the compound is a strong *material* cue, but no proof of an ad on its own
(a notice may attach a 述职报告模板). Within a few characters of it, with no sentence mark
between, an address a reader is sent to (a mobile or 400 number, an account on a channel, a
non-government domain) makes it an *offer*: the goods and where to get them. A notice's own
contact words, institutions and government hosts still veto in :func:`cleaner.adcues.Scan.verdict`.
Nothing here changes text.
"""

from __future__ import annotations

import regex

from cleaner import adcontacts

# A writing genre (what a template site sells), at most two characters, then a material noun.
_GENRE = (r"(?:总结|述职|讲话稿|讲稿|心得体会|心得|演讲稿|发言稿|实施方案|工作方案|工作计划|工作要点|汇报|公文写作|公文"
          r"|写作|党课|对照检查|调研报告|述廉|征文|申论)")
# (a file format may stand between: 工作总结Word模板, 述职报告PPT模板); or any material as a seller's
# gift package (党建材料大礼包)
GENRE_MATERIAL = regex.compile(rf"{_GENRE}\p{{Han}}{{0,2}}?(?:\s*+(?i:word|ppt|pdf|docx?|wps)\s*+)?(?:版\s*+)?(?:范文|模板|范本|素材|材料|合集|礼包)"
                            r"|(?:资料|材料|素材|模板|文档|范文)\p{Han}{0,2}?大礼包")
_ADDRESSES = (adcontacts.CONTACT_ID, adcontacts.MOBILE, adcontacts.HOTLINE, adcontacts.DOMAIN)
# The goods and the address are one offer when this close, with no sentence or clause break
# of another speaker between (a comma may join them: 年终总结材料，Wx：…).
_REACH = 14
# A site is one a notice may send its readers to as well (可登录江岭人才网（www…）下载): a domain
# makes an offer only right next to the goods, a label at most between (详见, 请访问).
_DOMAIN_REACH = 4
_STOP = regex.compile(r"[\n!?;\u3002]")
# Between the goods and an address of an *offer*, only what a seller writes: a mark, one space,
# a call to reach it (请联系, 加, 访问); before the goods, a seller's adjective. A verb of sending
# (征文材料请发送至…, 述职材料报送至…, 交至, 详见), a date, a recipient (报组织部), a label of the
# notice's own (联系手机, 电子版) mean a submission instruction or a pointer of the notice's own; a
# tab, a pipe or a run of spaces means two cells of a table row, not one offer.
_GAP_AFTER = regex.compile(r"[ ,:\u3001/]*+(?:请?(?:联系|加|添加|访问))?[ ,:]*+")
_GAP_BEFORE = regex.compile(r"[ ,:\u3001/]*+(?:专业|优质|精品|更多)?[ ,:]*+")
_CELL_GAP = regex.compile(r"[\t|\uff5c]|  ")
# A link to a file (…/jh.docx) is a notice's own download, not a site's address.
_FILE_LINK = regex.compile(r"\.(?:docx?|xlsx?|pdf|wps|zip|rar|pptx?)$", regex.IGNORECASE)


def _addresses(seg: str) -> list[tuple[int, int, int]]:
    """(start, end, reach) of every address in ``seg``: how far from the goods it may stand."""
    out = []
    for pattern in _ADDRESSES:
        for m in pattern.finditer(seg):
            if pattern is adcontacts.CONTACT_ID and not adcontacts.valid_id(m):
                continue
            if pattern is adcontacts.CONTACT_ID and "\u7fa4" in m.group():
                continue  # a group (征文材料QQ群: …) gathers a notice's own contributors as often as a seller's buyers
            if pattern is adcontacts.DOMAIN and ("gov" in m.group().lower() or _FILE_LINK.search(m.group())):
                continue
            out.append((m.start(), m.end(), _DOMAIN_REACH if pattern is adcontacts.DOMAIN else _REACH))
    return out


# How far around the goods an address is looked for by the pre-scan (more than either reach).
_WINDOW = 60


def any_offer(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (folded) holds an offer: the pre-scan of a document or span."""
    for g in GENRE_MATERIAL.finditer(text, start, end):
        lo, hi = max(start, g.start() - _WINDOW), min(end, g.end() + _WINDOW)
        if offers(text[lo:hi]):
            return True
    return False


def has_address(seg: str) -> bool:
    """Whether ``seg`` (folded) gives an address a reader is sent to (not a government host)."""
    return bool(_addresses(seg))


def addresses_near(seg: str, goods: list[tuple[int, int]]) -> list[adcontacts.Span]:
    """Addresses in ``seg`` (folded) within reach of one of the ``goods`` spans (a paid-writing
    offer): the offer's own address, a stronger contact than a number standing alone.

    >>> [seg[m.start():m.end()] for seg in ["手机 138 0013 8000 专业代写"] for m in addresses_near(seg, [(18, 22)])]
    ['138 0013 8000']
    """
    out = []
    if not goods:
        return out
    for a, b, reach in _addresses(seg):
        for gs, ge in goods:
            lo, hi = (ge, a) if ge <= a else (b, gs)
            if 0 <= hi - lo <= reach and not _STOP.search(seg, lo, hi):
                out.append(adcontacts.Span(a, b))
                break
    return out


def offers(seg: str) -> list[adcontacts.Span]:
    """Spans from a genre-material compound to an address next to it (either order), in ``seg``
    (folded).

    >>> [seg[m.start():m.end()] for seg in ["述职报告模板 400 840 7096"] for m in offers(seg)]
    ['述职报告模板 400 840 7096']
    >>> offers("请于3月1日前报送年度工作总结材料。联系电话:13800138000")
    []
    """
    goods = list(GENRE_MATERIAL.finditer(seg))
    if not goods:
        return []
    out = []
    for a, b, reach in _addresses(seg):
        for g in goods:
            lo, hi = (g.end(), a) if g.end() <= a else (b, g.start())
            if not (0 <= hi - lo <= reach) or _STOP.search(seg, lo, hi) or _CELL_GAP.search(seg, lo, hi):
                continue
            s, e = min(g.start(), a), max(g.end(), b)
            if (_GAP_AFTER if g.end() <= a else _GAP_BEFORE).fullmatch(seg, lo, hi) and not _third_cell(seg, s, e):
                out.append(adcontacts.Span(s, e))
    return out


# A word, a space, then the offer: a row of three cells or more (1 工作总结材料 13812345678,
# 王伟 13812345678 述职材料 once its tabs or spaces are one space), a table's, not one offer.
_CELL_BEFORE = regex.compile(r"[\p{Han}A-Za-z0-9][ \t]++\p{Han}*+$")


def _third_cell(seg: str, s: int, e: int) -> bool:
    return _CELL_BEFORE.search(seg[max(0, s - 30):s]) is not None
