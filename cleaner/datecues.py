"""Is this number a date or a quantity? The cues the date rules read around a number.

A figure written without its 年/月 ("45日", "20210510") reads as a date only where a
date stands, and the same shapes are everywhere counts of days, amounts and codes:
"审批时限由60日压缩至45日", "合同期满45日前", "不低于20210510元", a phone number on the
line under 联系人. So the date reading needs positive evidence of a date (a time of
day after it, 召开/举行, a weekday, 截至/日期 before it, a clause that is only "N日起",
a month nearby that the reading agrees with, a signature above it), and any sign of a
count vetoes it (a duration word or a number range in the clause, 内/以上/左右 after it,
a unit or noun after it, a label of a code). Read-only helpers for ``cleaner.rules.date``.

>>> counts_days("审批时限由60日压缩至", "。"), counts_days("于", "召开"), counts_days("15", "至60日")
(True, False, True)
"""

from __future__ import annotations

import datetime

import regex

from cleaner import chars

# Where a clause or a sentence ends: a count or a date is read within its clause.
_CLAUSE_END = regex.compile(
    "[" + regex.escape(chars.FULLWIDTH_COMMA + chars.IDEOGRAPHIC_FULL_STOP + chars.FULLWIDTH_SEMICOLON
                       + chars.FULLWIDTH_COLON + chars.FULLWIDTH_EXCLAMATION + chars.FULLWIDTH_QUESTION)
    + r",;:!?\n]")
_SENTENCE_END = regex.compile(
    "[" + regex.escape(chars.IDEOGRAPHIC_FULL_STOP + chars.FULLWIDTH_SEMICOLON + chars.FULLWIDTH_EXCLAMATION
                       + chars.FULLWIDTH_QUESTION) + r";!?\n]")
_DASHES = "\u2014\uff0d\\-~\uff5e"  # — － - ~ ～


def clause_before(text: str, start: int, reach: int = 40) -> str:
    """The clause up to ``start`` (at most ``reach`` characters back)."""
    return _CLAUSE_END.split(text[max(0, start - reach):start])[-1]


def sentence_before(text: str, start: int, reach: int = 60) -> str:
    """The sentence up to ``start`` (at most ``reach`` characters back)."""
    return _SENTENCE_END.split(text[max(0, start - reach):start])[-1]


# ---------------------------------------------------------------------------------------
# "N日" without 年/月: a count of days unless its place is a date's.

# A duration word or a quantity verb anywhere in the clause before: the number counts days
# ("审批时限由60日压缩至45日", "合同期满45日前", "期限为45日", "公示期从45日起算").
_DURATION_CLAUSE = regex.compile(
    r"时限|期限|时长|周期|期满|届满|压缩|延长|缩短|缩减|减少|增加|提前|推迟|延期|顺延|历时|持续|连续|累计"
    r"|长达|为期|用时|超过|不足|不少于|不多于|不低于|至少|最长|最多|最短|需要|期[从由自]"
    # one-character words only right before the number: "共45日", not "中共…"
    r"|(?:共|约|近|达|为|每|满|需|仅|只)$")
# What a count of days is followed by: 内, 以上, 左右, 个 …, or the other end of a range.
_COUNT_AFTER = regex.compile(
    rf"内|以内|之内|以上|以下|左右|之间|上下|多|余|个|期|天|工作日|时间|[至到{_DASHES}][0-9]++日")
# A bare number and a range mark right before: "30—45日", "15至45日" (not "3月29—").
_RANGE_BEFORE = regex.compile(rf"(?<![0-9月])[0-9]++日?[至到{_DASHES}]$")
# What only a date is followed by: a time of day, a weekday, an event of that day.
_DATE_ONLY_AFTER = regex.compile(
    r"凌晨|上午|下午|中午|晚上|傍晚|早上|早晨|夜间|零时|[0-9]{1,2}(?:时|点|[:\uff1a][0-9]{2})|召开|举行|开幕|闭幕"
    r"|当天|当日|[(\uff08]?(?:星期|周)[一二三四五六日天]")
# A label of a date right before: "截至1231日", "定于1230日".
_DATE_LABEL_BEFORE = regex.compile(r"(?:截至|截止|截止到|日期|定于|订于)[:\uff1a]?\s*+$")
# "N日起施行" / a clause that is only "自N日起": the start of something, a date.
_START_AFTER = regex.compile(r"起(?:施行|实施|执行|生效|启用|正式)")
_ALONE_START = regex.compile(rf"起(?=[{regex.escape(chars.FULLWIDTH_COMMA)},]|\Z|\n)")
# A date's frame around the number: 于…前 (a deadline), 于…在, 自…起, 至…止 ("于415日前报送").
_FRAME = regex.compile(r"(?:于[前在]|到前|[自从]起|[至到]止)")
# The other end of a range is a full date: "2021年1月1日至1231日", "1230日至2022年1月5日".
_DATE_RANGE_BEFORE = regex.compile(rf"月[0-9]{{1,2}}日?[至到{_DASHES}]$")
_DATE_RANGE_AFTER = regex.compile(rf"[至到{_DASHES}](?:(?:19|20)[0-9]{{2}}年|[0-9]{{1,2}}月)")
# The weak cues: a preposition of time before or 起/前 … after; enough with a month nearby.
_WEAK_AFTER = regex.compile(r"起|前|后|至|到|开始|以来")
_WEAK_BEFORE = regex.compile(rf"(?:于|自|从|截至|截止|至|到|即|[{_DASHES}])$")
_MONTH = regex.compile(r"(?<![0-9])(1[0-2]|0?[1-9])月")


def counts_days(clause: str, after: str) -> bool:
    """The number ending ``clause`` before "日" counts days: a duration word, a range, 内 …"""
    return bool(_DURATION_CLAUSE.search(clause) or _RANGE_BEFORE.search(clause) or _COUNT_AFTER.match(after))


def yearless_date_cue(text: str, start: int, end: int, months: list[int]) -> bool:
    """Is "N日" at ``text[start:end]`` a date, given the months its readings would have?

    >>> t = "自2021年7月起，71日起实施"
    >>> yearless_date_cue(t, 10, 13, [7]), yearless_date_cue("于1230日召开", 1, 6, [12])
    (True, True)
    >>> yearless_date_cue("应当于45日内作出决定", 3, 6, [4]), yearless_date_cue("满45日后", 1, 4, [4])
    (False, False)
    >>> yearless_date_cue("会议结束。\\n35日，大会闭幕", 6, 9, [3]), yearless_date_cue("期限\\n45日以内", 3, 6, [4])
    (True, False)
    """
    clause, after = clause_before(text, start), text[end:end + 6]
    if counts_days(clause, after):
        return False
    if _DATE_ONLY_AFTER.match(after) or _DATE_LABEL_BEFORE.search(clause) or _START_AFTER.match(after):
        return True
    if _DATE_RANGE_BEFORE.search(clause) or _DATE_RANGE_AFTER.match(after):
        return True
    lead = clause.strip()
    if _ALONE_START.match(after) and lead in ("", "自", "从", "于"):
        return True
    if (start == 0 or text[start - 1] == "\n") and after[:1] in (chars.FULLWIDTH_COMMA, ","):
        return True  # "35日，第十二届全国人大…闭幕": a paragraph opening on its day, as a news report does
    if lead and _FRAME.fullmatch(lead[-1] + after[:1]):
        return True
    # A month of this sentence that a reading agrees with: "自2021年7月起，71日起".
    shown = {int(mo) for mo in _MONTH.findall(sentence_before(text, start))}
    weak = _WEAK_AFTER.match(after) or _WEAK_BEFORE.search(clause)
    return bool(weak and shown.intersection(months))


# ---------------------------------------------------------------------------------------
# Eight digits (YYYYMMDD): what may follow a date after a date word, and what may not.

# After 于/自/截至 … a date is followed by its event, place or agent, an adverb or a mark; a
# unit or a noun ("元", "人", "家", "版") makes the figure a quantity or a code.
MAY_FOLLOW_DATE = regex.compile(
    r"前|后|起|止|至|到|以前|以后|以来|之前|之后|期间|开始|召开|举行|施行|实施|生效|发布|印发|出台|签发|到期|截止"
    r"|当天|当日|零时|凌晨|上午|下午|中午|晚|至今|在|由|经|对|向|将|已|正式|全|启动|完成|结束|闭幕|开幕|成立"
    r"|通过|审议|批准|公布|公示|公告|报送|上报|提交|举办|开展|进行|下发|组织|统一|集中|联合|共同|分别|先后|陆续"
    r"|相继|首次|再次|又|再|按照|根据|依据|起草|修订|废止|停止|暂停|恢复|取消|揭牌|挂牌|投产|竣工|开工|建成|上线"
    r"|运行|试行|的|和|及|与|或|为止|星期|周[一二三四五六日天]|电|讯"
    r"|[0-9]{1,2}(?:时|点|[:\uff1a][0-9]{2})|[^\p{Han}\p{L}0-9]|\Z")


# ---------------------------------------------------------------------------------------
# A written date whose marks are damaged: spaces inside it, a mark doubled, a mark read as a
# look-alike (OCR, a PDF's Kangxi radicals ⽉ ⽇): "2021 年 3 月 29 日", "2021年年3月",
# "10曰29日", "29⽇". Each mark position accepts its own mark, the same mark twice, or one of
# the characters it is mistaken for; the figures between must make a valid date.
LOOKALIKE_MARKS = {"年": "午牛", "月": "\u2f49冃曰目丹", "日": "曰\u2f47目"}
_SP = "[ \\t\\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000]"
DAMAGED_DATE = regex.compile(
    rf"(?<![0-9A-Za-z.\-/])(?P<y>(?:19|20)[0-9]{{2}})(?P<s1>{_SP}*+)(?P<ym>年{{1,2}}+|[午牛])(?P<s2>{_SP}*+)"
    rf"(?P<mo>[0-9]{{1,2}})(?P<s3>{_SP}*+)(?P<mm>月{{1,2}}+|[\u2f49冃曰目丹]|[\-/.\uff0d\uff0f\uff0e]|(?<={_SP}))"
    rf"(?:(?P<s4>{_SP}*+)(?P<d>[0-9]{{1,2}})(?P<s5>{_SP}*+)(?P<dm>日{{1,2}}+|[曰\u2f47]|目(?![\p{{Han}}\p{{L}}])))?(?![0-9])")
# What stands where 月 was lost in "2021年3-29日", "2021年3/29日", "2021年3 29日".
_MONTH_STAND_INS = frozenset({"", "-", "/", ".", "\uff0d", "\uff0f", "\uff0e"})
# What may follow "29日日" for the second 日 to be a slip, not a word (日日夜夜, 日均, 日报).
_AFTER_DOUBLED_DAY = regex.compile(r"[起前止]|以前|以后|之前|之后|[^\p{Han}\p{L}0-9]|\Z")


def damaged_marks(m, text: str) -> bool:
    """Is the date match ``m`` of :data:`DAMAGED_DATE` damaged in a way its shape proves?

    >>> t = "2021 年 3 月 29 日，2021年3月29日，3月29日日均，2020年10曰29日前，2021年3-29日，2021年3-5月"
    >>> [damaged_marks(m, t) for m in DAMAGED_DATE.finditer(t)]
    [True, False, True, True]
    """
    if m["mm"] in _MONTH_STAND_INS:  # 月 lost, a separator or a space in its place: a whole date only
        return m["d"] is not None and m["ym"] == "年" and m["dm"] == "日" and not m["s4"]
    marks = (m["ym"], m["mm"], m["dm"] or "日")
    spaced = any(m[g] for g in ("s1", "s2", "s3", "s4", "s5"))
    doubled = [len(x) == 2 for x in marks]
    looks = [x not in ("年", "月", "日") and len(x) == 1 for x in marks]
    if not (spaced or any(doubled) or any(looks)):
        return False
    if doubled[2] and not _AFTER_DOUBLED_DAY.match(text, m.end()):
        return False  # "29日日均": 日均 is a word
    # a look-alike only in a whole date, and one at most: the other marks vouch for the shape
    return not any(looks) or (sum(looks) == 1 and m["d"] is not None)


# ---------------------------------------------------------------------------------------
# A date that cannot be right as written: what it may have been.

def one_digit_away(short_or_long: str, year: str) -> bool:
    """Does deleting one digit of the longer of the two give the shorter?

    >>> one_digit_away("202", "2021"), one_digit_away("20211", "2021"), one_digit_away("2012", "2021")
    (True, True, False)
    """
    a, b = (short_or_long, year) if len(short_or_long) > len(year) else (year, short_or_long)
    return len(a) == len(b) + 1 and any(a[:i] + a[i + 1:] == b for i in range(len(a)))


def swapped_readings(year: int, month: str, day: str | None) -> list[str]:
    """Valid dates the figures give swapped (29月3日 -> 3月29日) or a figure's digits reversed.

    >>> swapped_readings(2021, "29", "3"), swapped_readings(2021, "3", "92")
    (['2021年3月29日'], ['2021年3月29日'])
    """
    out = []
    candidates = [(day, month)] if day else []
    candidates += [(month[::-1], day or "1"), (month, day[::-1])] if day else [(month[::-1], "1")]
    for mo, d in candidates:
        if mo and d and mo[0] != "0" and d[0] != "0" and valid_date(year, int(mo), int(d)):
            text = f"{year}年{int(mo)}月" + (f"{int(d)}日" if day else "")
            if text not in out:
                out.append(text)
    return out


# Days in each month (index 1-12) where no year is given: February as in a leap year, so no day
# that some year allows is refused.
DAYS_IN_MONTH = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def valid_date(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def month_day_readings(digits: str, year: int) -> list[tuple[int, int]]:
    """(month, day) splits of ``digits`` that are real dates in ``year``.

    Four digits are MMDD; two or three split anywhere, with no leading zero on a part
    (a writer who pads the day pads the month too: "101" is 10月1日, not 1月01日).

    >>> [month_day_readings(x, 2021) for x in ("112", "101", "0329", "229")]
    [[(1, 12), (11, 2)], [(10, 1)], [(3, 29)], []]
    """
    cuts = (2,) if len(digits) == 4 else range(1, len(digits))
    found = []
    for cut in cuts:
        month, day = digits[:cut], digits[cut:]
        if len(digits) < 4 and (month[0] == "0" or day[0] == "0"):
            continue
        if valid_date(year, int(month), int(day)):
            found.append((int(month), int(day)))
    return found



# ---------------------------------------------------------------------------------------
# A whole date whose marks went wrong in a way no repair can undo for sure.
# 月 and 日 swapped with their figures: "2021年29日3月".
SWAPPED_MARKS = regex.compile(r"(?<![0-9A-Za-z.\-/])((?:19|20)[0-9]{2})年([0-9]{1,2})日([0-9]{1,2})月(?![0-9])")
# The marks replaced by one repeated sentence mark: "2021。3。29", "2021，3，29".
STOP_SEPARATED = regex.compile(r"(?<![0-9.,\u3001\u3002\uff0c])((?:19|20)[0-9]{2})([\u3002\uff0c])([0-9]{1,2})\2"
                               r"([0-9]{1,2})(?![0-9.%\u3001\uff0c])")
# A day range whose end no month has: "3月1日—35日", "3月12日至41日".
RANGE_END = regex.compile(r"月[0-9]{1,2}日(?:\u2014\u2014|[\u2014\-~\uff5e\u301c\uff0d至到])([0-9]{2,3})日")
