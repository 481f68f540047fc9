"""Is an eight-digit figure (YYYYMMDD) a date where it stands? The cues around it.

"20210415" is a date after 于/截至/日期, before 前/起/施行, on a line of its own under a
signer or the title, opening a clause; it is a number after 电话/编号/索引号, before
元/人/版/期, and under 联系人 or "如下：". Read-only helpers for ``cleaner.rules.date``.

>>> in_date_place("各单位于20210415前报送", 4, 12), in_date_place("联系电话：20210329", 5, 13)
(True, False)
"""

from __future__ import annotations

import regex

from cleaner import chars
from cleaner.datecues import MAY_FOLLOW_DATE

# What a code, a number or an identifier is introduced by; the nearest label before wins.
_LABEL = regex.compile(
    r"(?P<code>电话|传真|手机|热线|邮编|邮政编码|编号|编码|文号|字号|索引号|备案|ICP|身份证|证号|账号|帐号|代码|卡号"
    r"|序号|单号|批号|流水号|工号|学号|QQ|微信|登记号|许可证|号码|密码|验证码|No|NO|ID)"
    # 于 of a comparison or a purpose (低于, 用于) and 至 of a quantity verb (增长至) are no date words
    r"|(?P<date>(?<![低高小少多等用优劣亚属对基鉴趋归致由])(?<!(?<!人)大)于|自|从|在|截至|截止|即"
    r"|(?<!增长|提高|降低|下降|增加|减少|扩大|上升|缩小|压缩|提升|增|降|减|达|升)(?:至|到)"
    r"|日期|时间|发布|印发|施行|生效|签发|成文|落款|\u2014|\uff5e|~)")  # — ～
_DATE_WORD_AFTER = regex.compile(
    r"前|起|止|后|以前|以后|以来|之前|之后|开始|召开|举行|施行|实施|生效|发布|印发|出台|签发|到期|截止|当天|当日"
    r"|零时|凌晨|上午|下午|晚|至今|期间")
# The end of an organisation's name: "江岭市交通运输局 20210426" is a signature line.
_SIGNER = regex.compile(
    r"(?:局|委员会|委|人民政府|政府|办公室|办公厅|厅|部|院|中心|协会|公司|集团|学校|大学|处|办|站|所|馆|社|小组|队)$")
# A signer's line: a name, no sentence marks, no colon (not "联系人：王某某").
_NAME_LINE = regex.compile(r"[\p{Han}\s" + regex.escape(chars.FULLWIDTH_LEFT_PAREN + chars.FULLWIDTH_RIGHT_PAREN)
                           + r"()]{2,40}")
# A seal note after the signer ("（印）", "（盖章）") and a closing formula ("特此通知。").
_SEAL = regex.compile(r"[(" + chars.FULLWIDTH_LEFT_PAREN + r"]\p{Han}{1,3}[)" + chars.FULLWIDTH_RIGHT_PAREN + r"]$")
_CLOSING_LINE = regex.compile(r"(?:特此|此复|此令)\p{Han}{0,4}[" + chars.IDEOGRAPHIC_FULL_STOP + chars.FULLWIDTH_EXCLAMATION
                              + r"]?")
# A code's tail: "20210329版", "第20210329期".
_NOT_A_DATE_AFTER = frozenset("版期届批次号")
_TITLE = "\x00title"  # what _line_above returns for the first line
_SENTENCE = regex.compile(r"[^\n" + regex.escape(chars.IDEOGRAPHIC_FULL_STOP) + r"]{0,60}")
_CLAUSE_ENDS = frozenset(chars.IDEOGRAPHIC_FULL_STOP + chars.FULLWIDTH_SEMICOLON + chars.FULLWIDTH_EXCLAMATION
                         + chars.FULLWIDTH_QUESTION)
_GAP = " \t" + chars.IDEOGRAPHIC_SPACE + ":" + chars.FULLWIDTH_COLON  # between a label and its value
# A date alone in brackets on its line: "（20210329）".
_BRACKETS = {("", ""), ("(", ")"), ("[", "]"), (chars.FULLWIDTH_LEFT_PAREN, chars.FULLWIDTH_RIGHT_PAREN),
             (chars.LEFT_BLACK_LENTICULAR, chars.RIGHT_BLACK_LENTICULAR)}


# A range mark, then a date's start (a year or a month): the figure before opens a date range.
_RANGE_TO_DATE = regex.compile(r"(?:[至到\u2014\uff5e~\u301c]|\u2014\u2014)[ \u00a0]?(?:(?:19|20)[0-9]{2}|(?:1[0-2]|0?[1-9])月)")


def in_date_place(text: str, start: int, end: int) -> bool:
    """Does the place of the eight digits ``text[start:end]`` say date (see the module's doc)?"""
    window, rest = text[max(0, start - 16):start], text[end:end + 8]
    begins_line = "\n" in window or start <= 16  # the line's start is in sight
    ends_line = "\n" in rest or end + 8 >= len(text)
    before, after = window.rsplit("\n", 1)[-1], rest.split("\n", 1)[0]
    labels = list(_LABEL.finditer(before))
    if labels and labels[-1]["code"]:
        return False  # 电话：… / 编号… : a number, whatever follows
    if len(labels) > 1 and labels[-2]["code"] and before[:labels[-1].start()][-1:].isdigit():
        return False  # 编号20210501至20210515: the other end of a range of codes
    lead, tail = before.strip(_GAP), after.strip(_GAP)
    if labels and labels[-1]["date"] and not before[labels[-1].end():].strip(_GAP):
        # 于20210415 / 发布日期：20210329, unless a unit or a noun follows: "至20201130人"
        return MAY_FOLLOW_DATE.match(after.lstrip(_GAP[:3])) is not None
    if _DATE_WORD_AFTER.match(tail):
        return True  # 20210415前 / 20211001起施行
    if _RANGE_TO_DATE.match(tail):
        return True  # 20210501至5月15日 / 20210501—2021年…: a range whose other end is a date
    if tail[:1] in _NOT_A_DATE_AFTER:
        return False  # 20210329版, 20210329期
    above = _line_above(text, start - len(before)) if begins_line else None
    if begins_line and ends_line and ((lead, tail) in _BRACKETS or (not tail and _SIGNER.search(lead))):
        # the end of the signer's line; a line of its own is a date under a signature or under
        # the title, not under 联系人 or "如下："
        return (not tail and _SIGNER.search(lead) is not None) or _heads_a_date(above)
    if ((begins_line and not lead) or lead[-1:] in _CLAUSE_ENDS) and tail[:1] == chars.FULLWIDTH_COMMA:
        return _opens_a_clause(text, end, above if begins_line and not lead else None)  # "20210426，市政府召开…"
    return False


def _line_above(text: str, line_start: int) -> str | None:
    """The line above the one starting at ``line_start``, None when it is too long to be a name.

    The title (the first line) comes back as ``TITLE``: a date line right under it is a dateline.
    """
    if line_start == 0:
        return None
    found = text.rfind("\n", max(0, line_start - 48), line_start - 1)
    if found < 0:
        return _TITLE if line_start <= 48 else None
    return text[found + 1:line_start - 1]


def _heads_a_date(line: str | None) -> bool:
    """The line above a date of its own: the title or a signer (an organisation's name)."""
    if line is None or line is _TITLE:
        return line is _TITLE
    line = _SEAL.sub("", line.strip(_GAP[:3]))
    return _CLOSING_LINE.fullmatch(line) is not None or (
        _NAME_LINE.fullmatch(line) is not None and _SIGNER.search(line) is not None)


def _opens_a_clause(text: str, end: int, above: str | None) -> bool:
    """A number opening a clause is a date unless a list or a code's label says otherwise."""
    if above is not None and above.rstrip(_GAP[:3])[-1:] in (":", chars.FULLWIDTH_COLON):
        return False  # an item under "如下："
    sentence = _SENTENCE.match(text, end)[0]
    return not sentence[1:2].isdigit() and not any(m["code"] for m in _LABEL.finditer(sentence))


def is_dateline(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a line of its own (or in brackets) under a signer or the title,
    or the end of a signer's line: where a document's date stands?

    >>> t = "南湖区卫生健康局\\n2020年221\\n联系人：王某\\n2020年221"
    >>> is_dateline(t, 9, 17), is_dateline(t, 25, 33)
    (True, False)
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    lead = text[line_start:start].strip(_GAP)
    tail = text[end:len(text) if line_end < 0 else line_end].strip(_GAP)
    if not tail and lead and _NAME_LINE.fullmatch(lead) and _SIGNER.search(lead):
        return True
    return (lead, tail) in _BRACKETS and _heads_a_date(_line_above(text, line_start))


def code_label_before(text: str, start: int) -> bool:
    """Is the nearest label in the 16 characters before ``start`` one of a number (电话, 编号, ICP …)?

    >>> code_label_before("网站备案号为浙ICP备2021", 12), code_label_before("于2021", 1)
    (True, False)
    """
    before = text[max(0, start - 16):start].rsplit("\n", 1)[-1]
    labels = list(_LABEL.finditer(before))
    return bool(labels) and labels[-1]["code"] is not None
