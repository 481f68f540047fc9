"""The shapes of a title line, for the title finder (rules/metadata.py; read-only helpers).

A page head holds the title among site names, bylines, datelines, breadcrumbs and labels: a
title is a short line of a name's characters that ends on the document's kind (…的通知,
…工作要点); a title wrapped over two lines is two such halves.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner import labels
from cleaner.docmodel import Line, is_prose, size
from cleaner.textutil import is_date_only
from cleaner.types import Edit, Field

HAN = regex.compile(r"\p{Han}")
TITLE_WORDS = labels.TITLE_WORDS
SITE_NAME = regex.compile(r"(?:人民政府|政府信息公开|信息公开|门户网站|网站|政府网|委员会|卫生健康局|卫健委|卫健局|办公室|办公厅)$")
_BYLINE = regex.compile(r"(?:省长|市长|主席|总理|县长|区长|书记|主任|局长)\s*+\p{Han}{1,3}(?:\s*+\p{Han}{1,2})?$")
# Not a title: a label, a subtitle dash, a bracketed line, a document number, a breadcrumb,
# an outline heading ("一、总体情况": a body fragment's first heading is no title).
_NOT_TITLE = regex.compile(r"[:\uff1a]$|^(?:——|--|[(\uff08])|〔\d{4}〕\d+号$|[>»›]|^[一二三四五六七八九十]+\u3001"
                           r"|^\d{1,2}(?:\.\d{1,2})*+[\s\u3000]")  # 1　总则, 1.1　编制目的: a numbered section


# A title ends on its kind (…的通知, …工作要点, …实施方案（试行）); its characters are those of a name.
TITLE_END = regex.compile(rf"(?:{TITLE_WORDS.pattern})(?:[(\uff08][^()\uff08\uff09\n]{{1,20}}+[)\uff09])?$")
_TITLE_CHARS = regex.compile(r"[\p{Han}0-9A-Za-z《》〈〉“”\uff08\uff09()、—\-·]++")


def split_title(first: str, second: str) -> bool:
    """Two head lines that are one title wrapped in two: the first does not end on the
    title's kind and the second does, the first is no organisation or site name alone
    (a banner above "关于…的通知"), the second opens no title of its own (关于…), and
    both hold only a name's characters (no bar of links, no label, no sentence).

    >>> split_title("江岭市卫生健康委员会关于印发2021年全市", "卫生健康工作要点的通知")
    True
    >>> split_title("江岭市卫生健康委员会", "关于印发工作要点的通知"), split_title("2021年工作要点", "——在会议上的讲话")
    (False, False)
    """
    return (size(first) >= 8 and size(first) + size(second) <= 100
            and _TITLE_CHARS.fullmatch(first) is not None and _TITLE_CHARS.fullmatch(second) is not None
            and TITLE_END.search(second) is not None and TITLE_END.search(first) is None
            and not second.startswith(("关于", "——")) and not labels.ORG.fullmatch(first) and not masthead(first, second)
            and not SITE_NAME.search(first) and not _NOT_TITLE.search(first) and not is_date_only(first))


def masthead(line: str, title: str) -> bool:
    """An issuer's masthead (发文机关标志, GB/T 9704): its name and 文件 (青湾市文化广电旅游局文件), above
    a title of its own; never the first half of that title.

    >>> masthead("青湾市文化广电旅游局文件", "青湾市文化广电旅游局关于印发…的通知"), masthead("关于加强文件", "管理的通知")
    (True, False)
    """
    name = regex.sub(r"\s", "", line).removesuffix("\u6587\u4ef6")  # 文件
    return name != regex.sub(r"\s", "", line) and (labels.ORG.fullmatch(name) is not None
                                                   or (len(name) >= 4 and title.startswith(name[:4])))


def join_title(first: Line, second: Line, text: str) -> Iterator[Edit | Field]:
    start = first.start + len(first.text.rstrip())
    end = second.start + len(second.text) - len(second.text.lstrip())
    yield Edit(start, end, text[start:end], "", "title wrapped over two lines joined")
    yield Field("title", first.text.strip() + second.text.strip(), first.start, second.end)


def title_shaped(line: str) -> bool:
    return (size(line) <= 100 and len(HAN.findall(line)) >= 4 and not is_prose(line)
            and not _NOT_TITLE.search(line) and not is_date_only(line))


def title_score(line: str, known: str) -> int:
    score = 0
    if known and regex.sub(r"\s", "", line) == known:
        score += 4
    if TITLE_WORDS.search(line):
        score += 2
    if line.startswith("关于"):
        score += 1
    if SITE_NAME.search(line) and not TITLE_WORDS.search(line):
        score -= 3
    if _BYLINE.search(line):
        score -= 3
    return score


def issuer_half(above: str, title: str) -> bool:
    """An organisation alone on the line above a 关于… title is the title's issuer half
    (江岭市卫生健康委员会 / 关于印发…的通知), not a site banner to drop.

    >>> issuer_half("江岭市卫生健康委员会", "关于印发工作要点的通知"), issuer_half("福州市卫生健康委员会政府信息公开", "关于印发要点的通知")
    (True, False)
    >>> issuer_half("广元市利州区人民政府", "关于开展检查的通知"), issuer_half("江岭市卫生健康委员会", "2021年工作要点")
    (False, False)
    """
    return (title.startswith("关于") and labels.ORG.fullmatch(above) is not None
            and not labels.TITLE_WORDS.search(above) and _PORTAL.search(above) is None)


# A site's banner (门户网站, 政府网, and a government's own portal, 利州区人民政府), no issuer half:
# a department's name over 关于… is how its own document's title breaks.
_PORTAL = regex.compile(r"(?:网站|网|信息公开|政府)$")
