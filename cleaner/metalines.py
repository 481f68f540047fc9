"""Metadata lines no field label introduces: credits, bylines, issuer-and-date rows, a date
glued to the title, a source note glued to a paragraph (read-only helpers for the metadata rules).

A CMS prints more than its 信息公开 labels: the article footer's workflow credits (编辑：张明
审核：李华, 初审/复审/终审), a reposted news story's byline (本报记者 张明 通讯员 李华, 文/张明
图/李华, 本报讯（记者 张明）), the list page's "issuer · date" row, the list date left at the
end of the title line, a repost template's （来源：XX局） after the text. Each shape here is
decided by its structure: a role word and a person's name in every cell, an organisation and
a whole date and nothing else, a title's kind right before the date.
"""

from __future__ import annotations

from itertools import islice

import regex

from cleaner import labels
from cleaner.textutil import is_date_only, parse_date
from cleaner.types import Field

# Roles of the editorial workflow and of a news byline; 文 and 图 only beside another cell. Not 作者:
# an award list or a submission form names its works' authors in the body (round-13 review).
_ROLE = (r"(?:责任编辑|责编|美编|编审|编辑|审核人|审核|审校|审稿|初审|复审|终审|一审|二审|三审|校对|撰稿|摄影|监制"
         r"|供稿人|供稿|发布人|本报记者|本网记者|记者|通讯员|实习生|文字|文|图)")
_WEAK_ROLE = regex.compile(r"文|图")
_NAME = rf"(?!{_ROLE}[^\S\n]*+[:\uff1a|\uff5c/])\p{{Han}}{{2,4}}+"
_CELL = (rf"[\u3010\[\uff08(]?+(?P<role>{_ROLE})(?:[^\S\n]*+[:\uff1a|\uff5c/][^\S\n]*+|[^\S\n]++)"
         rf"{_NAME}(?:[^\S\n\u3001]++{_NAME})*+[\u3011\]\uff09)]?+")
_CREDIT_LINE = regex.compile(rf"[\u25a0\u25a1\u25cf\u25aa\u25c6]?+[^\S\n]*+[\uff08(\u3010\[]?+"
                             rf"{_CELL}(?:(?:[^\S\n]*+[|\uff5c/\uff0f\u00b7;\uff1b,\uff0c][^\S\n]*+|[^\S\n]++){_CELL})*+"
                             rf"[\uff09)\u3011\]]?+(?:[^\S\n]*+(?:报道|摄|供图))?+")


def credit_line(line: str) -> bool:
    """A line made only of credits, each a role and a name: two cells at least, or one whose
    role is no bare 文 / 图 (a workflow or news role).

    >>> credit_line("编辑｜李华\u3000审核｜刘洋"), credit_line("本报记者\u3000陈静\u3000通讯员\u3000张明"), credit_line("【责任编辑：张明】")
    (True, True, True)
    >>> credit_line("初审：张明 复审：李华 终审：王芳"), credit_line("文/张明\u3000图/李华"), credit_line("■ 记者 张明 报道")
    (True, True, True)
    >>> credit_line("审核：各县（市、区）卫生健康局对申报材料进行初审。"), credit_line("文\u3000张明"), credit_line("国务院总理 温家宝")
    (False, False, False)
    """
    m = _CREDIT_LINE.fullmatch(line.strip())
    if m is None:
        return False
    roles = m.captures("role")
    return len(roles) >= 2 or not _WEAK_ROLE.fullmatch(roles[0])


# 本报讯（记者 张明 通讯员 李华）: a news byline before the first sentence of a paragraph.
_NEWS_ROLE = r"(?:本报|本网|本台)?(?:记者|通讯员|实习生)"
BYLINE_PREFIX = regex.compile(rf"(?:\p{{Han}}{{1,6}}讯)?+[\uff08(][^\S\n]*+(?:{_NEWS_ROLE}[^\S\n]*+\p{{Han}}{{2,4}}+"
                              rf"(?:[^\S\n\u3001]++(?!{_NEWS_ROLE})\p{{Han}}{{2,4}}+)*+[^\S\n]*+)++[\uff09)][^\S\n]*+(?=\S)"
                              # 江岭讯（张明 林芳）: after a 讯 lead, names alone are the byline
                              rf"|\p{{Han}}{{1,6}}讯[\uff08(]\p{{Han}}{{2,3}}+(?:[^\S\n\u3001]++\p{{Han}}{{2,3}}+)*+[\uff09)][^\S\n]*+(?=\S)")

# The list page's row: an organisation, a gap or a bar, a whole date (with its time).
_ISSUER_ROW = regex.compile(r"(?P<org>\p{Han}{2,30}+)(?:[^\S\n]*+(?:[|\uff5c\u00b7]|发布于|发布时间[:\uff1a]?+)[^\S\n]*+|[^\S\n]++)"
                            r"(?P<date>\d[^\n]*+)")


# The same row with the date first: 【2020-02-22】 白河县市场监督管理局.
_DATE_ISSUER_ROW = regex.compile(r"[\u3010\[]?+(?P<date>\d{4}[-/.\u5e74]\d{1,2}[-/.\u6708]\d{1,2}\u65e5?+)[\u3011\]]?+"
                                 r"[^\S\n]*+(?:[|\uff5c\u00b7][^\S\n]*+)?+(?P<org>\p{Han}{2,30}+)")


def issuer_date_row(line: str) -> tuple[str, str] | None:
    """(organisation, date) of a row that is an issuer and a date and nothing else, else None.

    >>> issuer_date_row("江岭市卫生健康委员会\u30002021-03-31"), issuer_date_row("江岭市卫生健康委员会 | 2021年3月31日 09:30")
    (('江岭市卫生健康委员会', '2021-03-31'), ('江岭市卫生健康委员会', '2021年3月31日 09:30'))
    >>> issuer_date_row("【2020-02-22】 白河县市场监督管理局"), issuer_date_row("2021年工作要点 2021-03-31")
    (('白河县市场监督管理局', '2020-02-22'), None)
    >>> issuer_date_row("截止时间 2021-03-31"), issuer_date_row("2021年3月召开全市会议")
    (None, None)
    """
    m = _ISSUER_ROW.fullmatch(line.strip()) or _DATE_ISSUER_ROW.fullmatch(line.strip())
    if m is None or not is_date_only(m["date"]):
        return None
    org = m["org"]
    if not labels.ORG.fullmatch(org) or labels.TITLE_WORDS.search(org):
        return None
    return org, m["date"].strip()


# A whole date at the end of a line, bare or in brackets; looked for in the line's last
# characters only, so a long run of spaces before it is never walked once per start.
_DATE_END = regex.compile(r"[\uff08(\[\u3010]?+(?P<date>\d{4}[-/.\u5e74]\d{1,2}[-/.\u6708]\d{1,2}\u65e5?+)[\uff09)\]\u3011]?+$")
_DATE_WINDOW = 16


def title_date_suffix(line: str, title_end: regex.Pattern) -> int | None:
    """Where a list page's date glued to the title line starts (after a gap or in brackets,
    the title ending on its kind right before it), else None.

    >>> import regex as re
    >>> end = re.compile("(?:通知|报告)$")
    >>> title_date_suffix("关于做好工作的通知 2021-03-31", end), title_date_suffix("关于做好工作的通知（2021.03.31）", end)
    (9, 9)
    >>> title_date_suffix("关于2021-03-31会议的安排", end), title_date_suffix("工作报告", end), title_date_suffix("工作报告2021-03-31", end)
    (None, None, None)
    """
    stripped = line.rstrip()
    offset = max(0, len(stripped) - _DATE_WINDOW)
    m = _DATE_END.search(stripped, offset)
    if m is None or not is_date_only(m["date"]):
        return None
    bracketed = m.group().startswith(("\uff08", "(", "[", "\u3010"))
    if not bracketed and not stripped[m.start() - 1:m.start()].isspace():
        return None
    title = stripped[:m.start()].rstrip()
    if title_end.search(title) is None:
        return None
    return len(title)


_TITLE_MIN = 6  # a title has more than a word or two
_GAPS_TRIED = 3


def glued_title(field: str, value: str, title_end: regex.Pattern) -> str:
    """The title a header row's last value swallowed where the page lost the break between them
    (来源：江岭市卫健委　关于…的通知): after the first gap, a title ending on its kind, before it a value
    of the field's one shape. Nothing else.

    >>> import regex as re
    >>> end = re.compile("(?:通知|报告)$")
    >>> glued_title("publisher", "江岭市卫健委\u3000关于做好工作的通知", end), glued_title("publish_date", "2021-03-31  关于做好工作的通知", end)
    ('关于做好工作的通知', '关于做好工作的通知')
    >>> glued_title("publish_date", "2021-03-31 09:30\u3000关于做好工作的通知", end)
    '关于做好工作的通知'
    >>> glued_title("publisher", "江岭市卫健委 张明", end), glued_title("publisher", "江岭日报社关于工作的通知", end)
    ('', '')
    """
    for gap in islice(regex.finditer(r"[^\S\n]++", value), _GAPS_TRIED):  # a value, its time, then the title
        head, rest = value[:gap.start()], value[gap.end():].rstrip()
        if not labels.strict_value(field, head) or not regex.match(r"\p{Han}|\d{4}\s*+\u5e74", rest):
            continue  # 2021-03-31 09:30　关于…: the time is the date's
        if len(rest) >= _TITLE_MIN and title_end.search(rest) and not labels.parse_line(rest):
            return rest
        return ""
    return ""


# （来源：XX局） / 【信息来源：XX局】 glued to the end of a paragraph's last sentence.
_SOURCE_NOTE = regex.compile(r"(?<=[\u3002\uff01\uff1f])[^\S\n]*+[\uff08(\u3010\[][^\S\n]*+(?P<label>\p{Han}{2,6}+)[^\S\n]*+"
                             r"[:\uff1a][^\S\n]*+(?P<org>\p{Han}{2,30}+)[^\S\n]*+[\uff09)\u3011\]][^\S\n]*+$")


def glued_source_note(line: str) -> tuple[int, str] | None:
    """(start, organisation) of a source note glued after a paragraph's last sentence, else None.

    >>> glued_source_note("共同繁荣。（信息来源：国务院）"), glued_source_note("招聘180名。(来源单位:江岭市卫生健康委员会)")
    ((5, '国务院'), (7, '江岭市卫生健康委员会'))
    >>> glued_source_note("详见附件。（联系人：张明）"), glued_source_note("共同繁荣。（来源：群众来信）")
    (None, None)
    """
    m = _SOURCE_NOTE.search(line)
    if m is None or labels.field_of(m["label"])[0] != "publisher" or not labels.ORG.fullmatch(m["org"]):
        return None
    return m.start(), m["org"]


# A whole date (with its time) at the start of a date field's value.
_DATE_HEAD = regex.compile(labels.WHOLE_DATE + r"(?:\s*+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?+)?+")
# What may follow a date inside its own field: the weekday, the part of the day, a verb of
# the listing (发布, 印发 ...) - the value's, not the document's.
_DATE_TAIL = regex.compile(r"\s*+(?:[(\uff08]?+(?:\u661f\u671f|\u5468|\u793c\u62dc)|\u4e0a\u5348|\u4e0b\u5348|\u4e2d\u5348"
                           r"|\u65e9\u4e0a|\u665a\u4e0a|\u51cc\u6668|\u53d1\u5e03|\u5370\u53d1|\u66f4\u65b0|\u8d77|\u524d|\u81f3)")
_GLUED = regex.compile(r"\p{Han}{2}")  # with no gap: after a gap stand more fields or a widget
_LABEL_LIKE = regex.compile(r"\p{Han}{1,6}+\s*+[:\uff1a]")  # 上传者: another field, whatever its label


def glued_body(field: str, value: str) -> str:
    """The document text a date field's value swallowed: a header row glued to the first line
    of the document (发布日期：2021年03月18日第一章　总则) leaves "第一章　总则", which is
    body, not date. Nothing when the value is the date with its own weekday or time.

    >>> glued_body("publish_date", "2021年03月18日第一章\\u3000总则"), glued_body("publish_date", "2021-03-18 为贯彻落实")
    ('第一章\\u3000总则', '')
    >>> glued_body("publish_date", "2021年03月18日 星期四"), glued_body("publisher", "2021年03月18日第一章")
    ('', '')
    >>> glued_body("publish_date", "2017年03月23日上传者:系统管理员")
    ''
    """
    if field not in labels.DATE_FIELDS:
        return ""
    m = _DATE_HEAD.match(value)
    if m is None:
        return ""
    rest = value[m.end():]
    if _DATE_TAIL.match(rest) or not _GLUED.match(rest) or _LABEL_LIKE.match(rest) or labels.parse_line(rest):
        return ""
    return rest


def list_card_above(above: list[str]) -> dict[int, tuple[str, str]]:
    """{position: (field, value)} of a list card left above a document's title: a date alone on its
    line (the list's date) and an organisation alone right above that date (the card's issuer).
    A document's own date stands under its title or its signature, never over its title; an
    organisation right over the title with no date between is the title's issuer half and stays.

    >>> list_card_above(["江岭市应急管理局", "2021-03-29"]), list_card_above(["2021年3月29日 星期一"])
    ({1: ('publish_date', '2021-03-29'), 0: ('publisher', '江岭市应急管理局')}, {0: ('publish_date', '2021-03-29')})
    >>> list_card_above(["江岭市应急管理局"]), list_card_above(["2021年工作要点"])
    ({}, {})
    """
    out: dict[int, tuple[str, str]] = {}
    for k, line in enumerate(above):
        if not is_date_only(line) or (date := parse_date(line)) is None:
            continue
        out[k] = ("publish_date", date)
        org = above[k - 1] if k else ""
        if org and labels.ORG.fullmatch(org) and not labels.TITLE_WORDS.search(org):
            out[k - 1] = ("publisher", org)
    return out


class WeakField(Field):
    """A value a page shows beside the one the field wants: the source (来源, 信息来源, 出处) where the
    text came from, which a page may name apart from its issuer (来源：江岭日报　发布机构：XX局); the
    date of the last update (更新时间, 最后修改) after the publication. Used only when no label names
    the field itself."""

    __slots__ = ()


# Labels that name a stand-in for the field (来源单位 and 发布机构 name the issuer itself).
_WEAK_LABEL = {"publisher": regex.compile(r"(?:来源|出处|Source|From)$"),
               "publish_date": regex.compile(r"更新|修改|Updated")}


def weak_label(field: str, label: str) -> bool:
    """Does ``label`` name a stand-in for ``field`` rather than the field itself?

    >>> weak_label("publisher", "信息来源"), weak_label("publisher", "来源单位"), weak_label("publish_date", "更新时间")
    (True, False, True)
    """
    return field in _WEAK_LABEL and _WEAK_LABEL[field].search(label) is not None
