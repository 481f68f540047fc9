"""Figures a reviewer must check: the tool points at them and never guesses a number.

Flags only. Each names the figure and what is wrong with it: a count with no measure word
("81医务人员"), an amount no statistician writes or far out of scale with its total, a part
larger than its total, a share above 100%, a number broken by a space or a stray letter.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner import chars, figurebounds, figuredims, figurelogic, figurereader, figureshapes, figureslips, figuretense, figuretokens, figuretotals, shares
from cleaner.adsplice import joins_into_word
from cleaner.counts import AFTER_NUMBER, COUNT_NOUN, MEASURE_LOOKALIKE, Clauses, Quoted
from cleaner.datecues import DAYS_IN_MONTH
from cleaner.docmodel import lines
from cleaner.lexicon import is_word
from cleaner.quantities import (
    EVENT_UNITS,
    LETTERS_FOR_DIGITS,
    MULTIPLIERS,
    QUANTITY,
    WHOLE_UNITS,
    Breakdown,
    Quantity,
    breakdowns,
    malformed_figures,
    read_quantity,
    spell,
)
from cleaner.textutil import only_if
from cleaner.types import Context, Flag

# ---- counts without their measure word -------------------------------------------------

# A figure inside prose, after a Han character or CJK punctuation; not an ordinal, nor the
# number of a table, a road or a model ("附表2", "国道318"); before a Han character or a
# comma (a bare count closing its item: "医院12家、社区卫生服务中心9、").
_FIGURE = regex.compile(
    rf"(?<=[{chars.CJK}]|\d[-~])(?<!第|附表|附件|附图|附录|专栏|表|图|国道|省道|县道|编号|代号|型号)"
    rf"(?P<num>\d++(?:\.\d++)?)(?P<approx>[多余])?(?=[{chars.HAN}\u3001\uff0c\u3002\uff1b{chars.LEFT_DOUBLE_QUOTE}])"
)
_ITEM_END = frozenset("\u3001\uff0c\u3002\uff1b")
_OF = "\u7684"  # 的
_PAIR = "\u53cc"  # 双: 双11, 双12 name a day
_FOLLOWING_WORD = regex.compile(rf"[{chars.HAN}]{{1,4}}")
# Numbers that are names, not counts: codes with a leading zero, versions ("2.0"),
# hotlines (12345, 95598), years, long codes, programme numbers ("985高校", "863计划").
_NAME_LIKE = regex.compile(r"0\d+|\d+\.0|12\d{3}|9[56]\d{3,4}|(?:19|20)\d\d|\d{7,}|985|211|863|973")
# Three-digit hotlines (110, 120, 12x): a name before a noun ("120急救中心"), but a count when
# the figure closes an item after a noun ("下沉专家120，"), unless a phone word stands before it.
# A figure of three digits and more before a name's head ("365展贸网", "12366纳税服务平台",
# "520工程", "360公司"): the number is part of a name (a site, a platform, a programme, a
# company), not a count.
_NAME_HEAD_AFTER = regex.compile(rf"[{chars.HAN}]{{0,5}}?(?:网(?![格点店络民])|平台|热线|专线|工程|计划)|公司")
# A hotline's length but a round number (12000, 95000): a count, not a service number.
_ROUND = regex.compile(r"(?<=^(?:12|9[56])\d*)00\Z")
_HOTLINE = regex.compile(r"1[12]\d")
_PHONE_BEFORE = regex.compile(r"(?:拨打|电话|热线|号码|呼叫|急救|报警|求助|专线)\s?+\Z")


def flag_missing_measure_words(text: str) -> Iterator[Flag]:
    """A count that lost its measure word is flagged ("81医务人员", "成立5督导组", "1410县级和250个省").

    A figure right before a noun is a loss when the clause says so: a sibling figure of the
    same clause keeps its measure word, a counting verb or scope stands before it (成立,
    遴选, 全县 ...), the noun is one counted with a measure word (人员, 企业, 机构 ...), the
    document writes the same noun after a measure word elsewhere. Nouns that terse prose
    counts directly ("玉树3县5乡", "全省16市") need a sibling of the same clause, or the
    document's own usage and a counting verb; a bare figure closing an item
    ("社区卫生服务中心9、") needs siblings that keep theirs. Years, 第N, codes, times,
    quoted names and tallies ("3优25良") are left alone.

    >>> [text[f.start:f.end] for text in ["推进81医务人员下沉基层", "成立5督导组", "支持1410县级和250个省级机构"]
    ...  for f in flag_missing_measure_words(text)]
    ['81医务人员', '5督导组', '1410县']
    >>> list(flag_missing_measure_words("组建80人援沪医疗队，拨打12345热线，建设365展贸网，玉树3县5乡，2022年以来"))
    []
    >>> list(flag_missing_measure_words("在11.9消防宣传月期间，围绕12.4宪法宣传日开展活动"))
    []
    """
    yield from figurereader.through_view(_missing_measure_words, text)  # any numeral system


def _missing_measure_words(text: str) -> Iterator[Flag]:
    quoted, clauses = Quoted(text), None
    for m in _FIGURE.finditer(text):
        num, pos = m.group("num"), m.end()
        if _NAME_LIKE.fullmatch(num) and not _ROUND.search(num) or quoted.at(m.start()) or _names_a_day(num, text, pos) or (
                len(num) >= 3 and "." not in num and _NAME_HEAD_AFTER.match(text, pos)) or (_HOTLINE.fullmatch(num) and (
                text[pos] not in _ITEM_END or _PHONE_BEFORE.search(text, max(0, m.start() - 6), m.start()))):
            continue
        clauses = clauses or Clauses(text)
        found = _lost_measure(clauses, m, num, pos)
        if found:
            end, reason = found
            yield Flag(m.start(), end, reason)


def _names_a_day(num: str, text: str, pos: int) -> bool:
    """Whether a figure with a point reads as a month and a day and the words after it name a
    day, a week or a month of events ("11.9消防宣传月", "12.4宪法宣传日", "5.12防灾减灾日"): a day
    named by its date, not a count (改造老旧小区8.6、新增… is a count that lost its unit)."""
    month, point, day = num.partition(".")
    return (bool(point) and 1 <= int(month) <= 12 and len(day) <= 2 and day[0] != "0"
            and 1 <= int(day) <= DAYS_IN_MONTH[int(month)] and _DAY_NAME.match(text, pos) is not None)


# The name of a day, a week or a month of events after its date (宣传日, 防灾减灾日, 消防宣传月, 植树节).
_DAY_NAME = regex.compile(r"\p{Han}{0,7}?[日节周月](?![份度])")


# A bound after a figure, right before the mark that closes the clause (以上，  以下。  左右；).
_BOUND_THEN_END = regex.compile(r"(?:以上|以下|左右|以内)(?=[\u3001\uff0c\u3002\uff1b])")
# A bound between a figure and a noun ("培育120左右领军企业"): nowhere in 1.4 million characters of clean
# reports; the measure word stands between the figure and the bound (120家左右).
_BOUND_THEN_NOUN = regex.compile(r"(?:以上|以下|左右|以内)(?=\p{Han})")


def _lost_measure(c: Clauses, m: regex.Match, num: str, pos: int) -> tuple[int, str] | None:
    """(end of the span, reason) when the figure of ``m`` lost its measure word, else None."""
    text, start = c.text, m.start()
    bound = _BOUND_THEN_END.match(text, pos)  # "新增市场主体9000以上。": the bound closes the bare count's clause
    if bound:
        pos = bound.end()
    if (bound_noun := _BOUND_THEN_NOUN.match(text, pos)) and (found := _bound_before_noun(c, start, pos, num, bound_noun)):
        return found
    if text[pos] in _ITEM_END:  # a bare figure closing an item of an enumeration ("走访企业300余、")
        if not (_is_han(text[start - 1]) or text[start - 1] == chars.RIGHT_DOUBLE_QUOTE) or text[pos + 1:pos + 2].isdigit():  # 33。9亿元
            return None  # "分别提高15、22个百分点": figures sharing the measure word of the last
        if _value_before(c.text, start, _VALUE_LINK_END):  # "总数达到2497，占…498项": 总数 counts 项 too
            return None
        # a sibling keeps its measure word, or an item joined to it keeps its unit ("绿道35、管网12公里")
        measure = ("" if "." in num else c.sibling_measure(start, pos, after_han=True)) or c.sibling_unit(start, pos)
        if not measure:
            return _count_after_noun(c, start, pos, num)
        return pos, (f"count {num} closes its item with no measure word, while its siblings "
                     f"keep theirs ({measure}): a character is probably lost")
    if text[pos] == chars.LEFT_DOUBLE_QUOTE:
        return _count_before_quote(c, start, pos, num)
    listed = bool(MEASURE_LOOKALIKE.match(text, pos))
    if not listed:
        noun, after = COUNT_NOUN.match(text, pos), AFTER_NUMBER.match(text, pos)
        if noun and len(noun.group()) >= len(after.group() if after else "") and not c.counted_word_at(pos, noun.group()) and (
                not _opens_longer_word(text, noun.end())):
            return _terse_count(c, start, pos, num, noun.group())
        if after:
            return None
    word = _FOLLOWING_WORD.match(text, pos).group()
    if word[0] == _OF:  # "得分不低于90的单位": a figure before 的 is a value or a bound, never a count of things
        return None
    if c.date_slip(start, pos):
        return pos + 1, f"month {num} of a date is followed by {text[pos]} where 月 belongs: a character is wrong"
    if c.tally(start, pos + 1):
        return None
    cues = _cues(c, start, pos, word, num) or ("" if listed else _bare_before_word(text, start, pos, num))
    if not cues:
        return None
    return pos + len(word), f"count {num} stands before {word} with no measure word (个, 名, 家 ...; {cues}): a character is probably lost"


def _count_before_quote(c: Clauses, start: int, pos: int, num: str) -> tuple[int, str] | None:
    """A whole figure right before a quoted name that a counting verb governs or that opens its
    clause (打造10“云岭名方”, ，196“两重”项目全部开工): formal prose writes a measure word between
    them (10个“…”); in 1.6 million characters of clean reports no figure stands right before an
    opening quote. A figure that numbers the item named before it (案例3“…”, 之3“…”), a day (双11“…”),
    a hotline (拨打8890“…热线”), a score or a year is no count."""
    text = c.text
    if "." in num or _YEAR_LIKE.fullmatch(num) or len(num) > _QUOTED_COUNT_DIGITS or text[start - 1] == _PAIR:
        return None
    opens = text[start - 1] in _CLAUSE_CLOSERS
    verb = "" if opens else c.counting_verb_in_clause(start, verbs_only=True)
    name = _QUOTED_NAME.match(text, pos)
    if not (opens or verb) or not name or _PHONE_BEFORE.search(text, max(0, start - 6), start):
        return None
    cue = "the figure opens its clause" if opens else f"after {verb}"
    return name.end(), (f"count {num} stands before the quoted name {name.group()} with no measure word "
                        f"(个, 项 ...; {cue}; a figure never stands bare before a quote): a character is probably lost")


_QUOTED_COUNT_DIGITS = 4  # a count of quoted things: 1596“千项万亿”重大项目 at the most


# A quoted name: Han words (and a figure or two among them: “3个95%”) between curly quotes, on one line.
_QUOTED_NAME = regex.compile(rf"{chars.LEFT_DOUBLE_QUOTE}(?=[^{chars.RIGHT_DOUBLE_QUOTE}\n]*?\p{{Han}})"
                             rf"[^{chars.RIGHT_DOUBLE_QUOTE}\n]{{1,16}}{chars.RIGHT_DOUBLE_QUOTE}")


def _count_after_noun(c: Clauses, start: int, pos: int, num: str) -> tuple[int, str] | None:
    """A count set after its noun that closes its clause bare ("新增建筑企业23。"): lost its measure
    word when two cues agree: the noun's head is one counted with a measure word (人员, 企业 …;
    not a noun the document merely counts elsewhere: 标段2, 线路306 number things) and a counting
    verb opens the clause. A year, a decimal, a hotline (社区110) or a list whose measure word a
    （单位：家） declares is no lost measure word."""
    if "." in num or _YEAR_LIKE.fullmatch(num) or _HOTLINE.fullmatch(num):
        return None
    if _UNIT_DECLARED.search(c.text, c.text.rfind("\n", 0, start) + 1, start):
        return None  # "（单位：家）新增限上批发企业26，…": the list's measure word is declared once
    noun = c.counted_noun_before(start)
    verb = c.counting_verb_in_clause(start - len(noun)) if noun else ""
    if verb:
        return pos, (f"count {num} closes its clause after {noun} with no measure word (after {verb}, and {noun} is "
                     "counted with one): a character is probably lost")
    return _count_of_object(c, start, pos, num)


# Between a noun and its count: "培训不少于6", "卫生技术人员达到3860".
_COMPARATOR_END = regex.compile(r"(?:不少于|不低于|达到|累计|共计|总计|共)\Z")
# Nouns whose figure is itself the value: a number of (人数, 户数), a quantity or an amount (总量, 金额),
# a rate, a value, a score (得分, 成绩), a degree, an age, a grade, a code (编号, 号码), a rank (位次), a speed, a price,
# a size: a bare figure after them is no lost measure word. A link word before the figure (得分为92,
# 排名前10, 稳定在105) makes it a value too.
_VALUE_NOUN_END = regex.compile(r"[数量率额值分比度龄级号码次速价重高宽深积线绩为是前]\Z")
_VALUE_LINK_END = regex.compile(r"[为是前]\Z")  # 得分为92, 排名前10: a value even beside a sibling count
# Link words before a bound or a change's end (稳定在105, 减少到29, 不超过45): a value when the clause
# counts nothing else; after a sibling that keeps its measure word, still a count ("由40个减少到29").
_LINK_END = regex.compile(r"[至到在于约近逾超后内过]\Z")
_OBJECT_END = regex.compile(rf"[{chars.HAN}]{{2,8}}\Z")
_UNIT_LINES = 3  # lines above whose "（单位：套）" caption declares the measure word of the lines below


def _count_of_object(c: Clauses, start: int, pos: int, num: str) -> tuple[int, str] | None:
    """A bare integer closing a clause after the thing it counts, where a counting verb opens the
    clause ("开展安全生产检查不少于1000。", "新建机场33，"), or a comparator stands before the figure
    and the thing is one counted with a measure word ("卫生技术人员达到3860，": a noun counted so, a
    sibling of the sentence that keeps its measure word, the document counting it with one
    elsewhere). Formal prose closes such a clause with a measure word or a unit. Not after a noun
    whose figure is its own value (人数, 总量, 得分为, 排名前 …) or a bound (稳定在105), a phone word;
    not a single digit without a comparator, not an item of an enumeration ("优品100、…"), not
    under a caption that declares the unit."""
    text = c.text
    comparator, noun = _noun_before(text, start)
    end = comparator.start() if comparator else start
    if (len(num) < 2 and not comparator) or text[pos] == "\u3001" or _value_before(text, start, _VALUE_NOUN_END):
        return None
    if not noun:  # 新建“爱心驿站”1000。: the thing counted is a quoted name
        return _bare_after_subject(c, start, pos, num) if text[start - 1] == chars.RIGHT_DOUBLE_QUOTE else None
    if _LINK_END.search(noun.group()):  # 增至28, 超过320: a value when what changes is one (稳定在105)
        return _bare_after_subject(c, start, pos, num)
    verb = c.counting_verb_in_clause(end - 2, verbs_only=True)
    head, sibling = noun.group()[-2:], c.sibling_measure(start, pos, after_han=True)
    counted = c.counted_noun_before(noun.end())
    cues = [f"a sibling keeps {sibling}" if sibling else "",
            f"{counted} is counted with a measure word" if counted else "",
            f"the document writes {head} after a measure word" if c.measured_elsewhere(head) else ""]
    if not verb and not (comparator and any(cues)):
        return _bare_after_subject(c, start, pos, num)  # a comparator alone takes values too (平均成绩达到512)
    cues[:0] = [f"after {verb}" if verb else "", f"{comparator.group()} before it" if comparator else ""]
    return pos, (f"count {num} closes its clause after {noun.group()[-4:]} with no measure word "
                 f"({'; '.join(filter(None, cues))}): a character is probably lost")


# What links a subject to its figure at a clause's end: comparators, changes, bounds and the adverbs
# before them (超过320, 增至28, 提高到35, 稳定在105, 原则上不超过45), peeled off the Han run before the
# figure to find the subject.
_LINK_TAIL = regex.compile(r"(?:不少于|不低于|不超过|超过|达到|突破|累计|共计|总计|分别|增长|增加|提高|提升|上升|扩大|"
                           r"下降|减少|降低|缩小|稳定|保持|控制|原则上|一般|应当|必须|不得|最多|最高|最低|已经|基本|全部|"
                           r"[达约近逾超共计至到在于为是增降升均都也已将仍还皆应须])+\Z")  # adverbs too: 年龄原则上不超过45
# Nouns whose figure is a value, wherever they stand in the subject's last words (年龄要求在35以下,
# 空调温度设置不低于26, 测评得分位列全省12, 排位上升到28).
_VALUE_WORD = regex.compile(r"年龄|指数|得分|分数|成绩|排名|排位|名次|位次|比例|比重|温度|浓度|价格|增速|增幅|海拔|风力|气温")
# The last character of a word a room, a line or a code number follows (二楼203, 会议室3, 分机8021, 公交108).
_PLACE_OR_CODE = frozenset("楼室栋层号编机交路线站口门")
_SUBJECT_RUN = regex.compile(rf"(?:\p{{Han}}|{chars.LEFT_DOUBLE_QUOTE}|{chars.RIGHT_DOUBLE_QUOTE}){{2,16}}\Z")


def _bare_after_subject(c: Clauses, start: int, pos: int, num: str) -> tuple[int, str] | None:
    """A whole figure of two digits or more that closes its clause right after Han text
    ("加装电梯3295。", "新增科技企业超过320，", "机场增至28，"): formal prose writes a measure word or
    a unit there (checked on 1.4 million characters of clean reports: no such clause but
    enumerations of figures sharing a later measure word). Not when the subject before the link
    words is itself a value (综合指数稳定在105, 排名提高12, 得分为92): that figure needs no unit;
    not a year, a code with a leading zero."""
    if len(num) < 2 or len(num) > 5 or num[0] == "0" or "." in num or _YEAR_LIKE.fullmatch(num) or (
            c.text[start - 1] in _PLACE_OR_CODE):
        return None  # 邮编610015, 东楼1218, 分机8021, 公交108: an address or a code
    subject, link = _subject_before(c.text, start)
    if _value_subject(subject, link):
        return None
    return pos, (f"whole figure {num} closes its clause bare after {subject[-4:]}"
                 f"{f' {link}' if link else ''}: formal prose writes a measure word or unit there; "
                 "a character is probably lost")


def _subject_before(text: str, start: int) -> tuple[str, str]:
    """(the Han words before the figure at ``start``, past quotes and link words; the link words)."""
    run = _SUBJECT_RUN.search(text, max(0, start - 16), start)
    if not run:
        return "", ""
    words = run.group().replace(chars.LEFT_DOUBLE_QUOTE, "").replace(chars.RIGHT_DOUBLE_QUOTE, "")
    link = _LINK_TAIL.search(words)
    return (words[:link.start()], link.group()) if link else (words, "")


def _value_subject(subject: str, link: str) -> bool:
    """Whether a figure after ``subject`` and ``link`` (_subject_before) is a value, told by its
    subject (综合指数稳定在105, 排名提高12, 年龄在60以上, 得分为92), or has no subject of two characters."""
    return (link[-1:] in ("\u4e3a", "\u662f") and bool(link)) or len(subject) < 2 or bool(
        _VALUE_WORD.search(subject[-6:])) or any(
        _VALUE_NOUN_END.search(head) or head.endswith(("排名", "名次", "指", "年"))  # 享年85
        for head in (subject, subject[:-1]))  # past a verb of one character before the link: 综指收于3200


def _value_before(text: str, start: int, value_end: regex.Pattern) -> bool:
    """Whether the figure at ``start`` is a value or a phone number, not a count that closes its
    item: after a noun ending as ``value_end`` says (得分为92, 排名前10, 参保人数), a phone word
    (专线8811), or under a "单位：" caption. A comparator between the noun and the figure is passed
    over (培训不少于12)."""
    noun = _noun_before(text, start)[1]
    return bool(noun and value_end.search(noun.group()) or _PHONE_BEFORE.search(text, max(0, start - 6), start)
                or _declared_above(text, start))


def _noun_before(text: str, start: int) -> tuple[regex.Match | None, regex.Match | None]:
    """(the comparator right before the figure at ``start``, the Han words before it or the figure),
    past an adverb between the noun and the comparator (综合评分均达到85: the noun is 综合评分)."""
    comparator = _COMPARATOR_END.search(text, max(0, start - 3), start)
    end = comparator.start() if comparator else start
    if comparator:
        adverb = _ADVERB_END.search(text, max(0, end - 2), end)
        end = adverb.start() if adverb else end
    return comparator, _OBJECT_END.search(text, max(0, end - 8), end)


_ADVERB_END = regex.compile(r"(?:均|都|也|已|将|仍|还|皆|分别|已经|基本|全部)\Z")


def _declared_above(text: str, start: int) -> bool:
    """A "单位：" caption on the figure's line or on one of the few lines above it."""
    top = start
    for _ in range(_UNIT_LINES + 1):
        top = text.rfind("\n", 0, max(0, top - 1)) + 1
        if top == 0:
            break
    return _UNIT_DECLARED.search(text, top, start) is not None


_YEAR_LIKE = regex.compile(r"(?:19|20)\d\d")
_UNIT_DECLARED = regex.compile(r"(?<!\p{Han})单位[:\uff1a]")  # a caption, not 责任单位：


def _terse_count(c: Clauses, start: int, pos: int, num: str, noun: str) -> tuple[int, str] | None:
    """A noun terse prose counts directly ("玉树3县5乡"): lost a measure word only when a
    sibling of the clause keeps one, or when the document writes the noun with one and a
    counting word stands before the figure."""
    if c.tally(start, pos + len(noun)):
        return None
    if c.facility_after(pos + len(noun)):  # "18乡镇卫生院": the place names the facility counted
        cues = _cues(c, start, pos, _FOLLOWING_WORD.match(c.text, pos).group(), num)
        return (pos + len(noun), f"count {num} stands before {noun}… with no measure word ({cues}): "
                                 "a character is probably lost") if cues else None
    measure = c.sibling_measure(start, pos)
    verb = "" if measure else c.counting_word_before(start, num)
    if not measure and not (verb and c.measured_elsewhere(noun)):
        return None
    cue = (f"a sibling figure keeps {measure}" if measure else
           f"after {verb}, and the document writes {noun} with a measure word")
    return pos + len(noun), f"count {num} stands before {noun} with no measure word ({cue}): a character is probably lost"


def _cues(c: Clauses, start: int, pos: int, word: str, num: str) -> str:
    """What in the clause says a measure word was lost before ``word``, or ""."""
    measure = c.sibling_measure(start, pos) or c.sibling_unit(start, pos)
    if measure:
        return f"a sibling figure keeps {measure}"
    if c.text[pos - 1] in "\u4f59\u591a":  # 余 多: "300余基层干部", an approximation takes a measure word
        return f"{c.text[pos - 1]} after it"
    # "新建3至5示范校": the verb opens the range. A decimal is a value (pH值不低于6.5且…): a counting word
    # before it is no cue; a decimal count keeps its multiplier (2.5万所) or counts a noun (1.5百分点)
    verb = "" if "." in num else c.counting_word_before(c.range_start(start), num)
    if verb:
        return f"after {verb}"
    head = c.counted_noun_after(pos)
    if head:
        return f"{head} is counted with a measure word"
    noun = c.counted_noun_before(start)  # "基层干部120参加培训": the count after its noun, then a verb
    if noun:
        return f"after {noun}, which is counted with a measure word"
    if c.measured_elsewhere(word):
        return f"the document writes {word[:2]} after a measure word"
    return ""


def _bound_before_noun(c: Clauses, start: int, pos: int, num: str, bound: regex.Match) -> tuple[int, str] | None:
    """A bound between a whole figure of two digits or more and a noun ("培育120左右领军企业"), when
    the clause counts: a counting verb opens it or a noun counted with a measure word follows.
    Not before 的 (90以上的为优秀), not after a value (年龄在60以上), not school arithmetic
    (20以内加减法: nothing in it counts)."""
    text = c.text
    if len(num) < 2 or "." in num or _YEAR_LIKE.fullmatch(num) or text[bound.end()] == _OF or _value_subject(
            *_subject_before(text, start)):
        return None
    cue = c.counting_verb_in_clause(start, verbs_only=True) or c.counted_noun_after(bound.end())
    if not cue:
        return None
    return bound.end(), (f"count {num} takes {bound.group()[:2]} and then a noun with no measure word between them "
                         f"(10家以上企业; {cue} in the clause): a character is probably lost")


def _opens_longer_word(text: str, end: int) -> bool:
    """Whether a terse noun (国, 市, 师 …) ending at ``end`` is the first character of a longer word
    clean government text writes (国家, 市级, 师范, 乡村; data/han_pairs.tsv), not a count's noun
    ("54国家和地区" is 54 个国家, "玉树3县5乡" counts 县): never before a function word (县和, 区的), nor
    when the next character makes a word with the one after it instead (20国集团)."""
    nxt, after = text[end:end + 1], text[end + 1:end + 2]
    return (bool(nxt) and nxt not in _FUNCTION_WORDS and not COUNT_NOUN.match(nxt)  # 县市, 州市: two units joined
            and joins_into_word(text[end - 1], nxt)
            and not (after and joins_into_word(nxt, after)))  # 20国集团: 国 then 集团, a count of 国


# Function words (particles, conjunctions, adverbs, link verbs) that follow a noun without making a word with it.
_FUNCTION_WORDS = frozenset("的和与及等为都在各了要同也均已将仍还全共被是有所并或从对以由向于")


def _bare_before_word(text: str, start: int, pos: int, num: str) -> str:
    """A cue when a whole figure of one or two digits stands right before a word, with no measure
    word, unit, time word or terse noun between them ("与54国家和地区", "8东盟国家"), or "".

    In 1.4 million characters of clean reports no figure stands so: formal prose counts with a
    measure word, and the figures that name (双11, 5G) have another shape. The two characters after
    the figure must make a word (data/han_pairs.tsv, or the general lexicon: cleaner.lexicon), so that an
    idiom's figure (10佳, 3化) is not taken for a count; three digits and more are likelier a
    name's number (昇腾384超节点, 龙江331边防路) and need a cue of the clause. A figure after a
    mark is the second term of a time, a score or a formula (9：30召开, 3：1战胜, 10＋3领导人会议),
    unless the mark closes a clause: a figure that opens its clause (，7地方国企进入…) is a count
    (of 31 provincial reports and the reference reports, 1.6 million characters, every clause
    that opens with a figure writes a measure word or a unit after it)."""
    before = text[start - 1]
    opens = before in _CLAUSE_CLOSERS and before != chars.IDEOGRAPHIC_FULL_STOP and not _numbers_items(text, start, num)
    if (len(num) > 2 or "." in num or num == "0" or not (_is_han(before) or opens) or before == _PAIR
            or text[pos] in _FUNCTION_WORDS or _DAY_NAME.fullmatch(text, pos, pos + 4) or _DAY_NAME.fullmatch(text, pos, pos + 3)
            or not _makes_word(text[pos:pos + 2])):
        return ""  # 9：30召开, 3：1战胜, 10＋3领导人: a time, a score, a formula; 99公益日 names a day
    subject, link = _subject_before(text, start) if _is_han(before) else ("", "")
    if len(subject) >= 2 and _value_subject(subject, link):
        return ""  # 综合得分85领先, 指数56属于, 代码32开头: a value or a code, no count
    return f"nothing between the figure and {text[pos:pos + 2]}, a word" + ("; the figure opens its clause" if opens else "")


def _makes_word(pair: str) -> bool:
    """Whether two Han characters make a word: one clean government text writes (the TUNE
    documents' pairs) or one of the general lexicon (抽水, 遗址, 夜间: other reports' subjects)."""
    return len(pair) == 2 and (joins_into_word(*pair) or is_word(pair))


def _numbers_items(text: str, start: int, num: str) -> bool:
    """Whether the figure at ``start`` numbers an item of an inline list whose previous item its
    sentence numbered the same way (1推进项目建设，2完善配套设施): a list that lost its marks' dots."""
    if num == "1":
        return True  # the first item of such a list (，1推进…)
    if len(num) > 1:
        return False
    sentence = max(text.rfind(c, 0, start) for c in _SENTENCE_ENDS) + 1
    return regex.search(rf"(?:^|[{chars.CJK_PUNCT}]){int(num) - 1}(?=\p{{Han}})", text[sentence:start]) is not None


_SENTENCE_ENDS = ("\n", chars.IDEOGRAPHIC_FULL_STOP)
# Marks that close a clause: a figure right after one opens the next clause (not ：, which a time's
# or a score's second term follows, nor 、, which joins items sharing a later measure word).
_CLAUSE_CLOSERS = _ITEM_END - {chars.IDEOGRAPHIC_COMMA}


def _is_han(ch: str) -> bool:
    return regex.match(rf"[{chars.HAN}]", ch) is not None


# ---- amounts and their totals ------------------------------------------------------------

def flag_parts_exceeding_total(text: str) -> Iterator[Flag]:
    """In "共 N，其中 …" a part larger than N, or listed parts adding up to more than N, are flagged.

    "其中" belongs to the last total of the parts' unit before it ("1834亿元，占…98.6%，
    其中…"), in the sentence before when it opens its own ("…286家。其中医院…"); averages,
    changes and old values ("由40元提高到80元") are no totals, and no parts. Right after a
    change ("比去年增加4000亿元，其中…") the parts may be the change's or the earlier total's:
    two or more parts, one above the change, are flagged unless they add up to that total. Parts are
    added up when they count things, not events (one 户 fined and warned is two 户次). A total
    after its parts ("医院12家、诊所9家，合计18家") must be their sum (:mod:`cleaner.figuretotals`).

    >>> [f.reason for f in flag_parts_exceeding_total("检测能力达20.9万管，其中移动1.4万管，固定19.5万管。")]
    []
    >>> [f.reason for f in flag_parts_exceeding_total("共接诊120人，其中儿童150人。")]
    ['part 150人 is larger than its total 120人']
    >>> [f.reason for f in flag_parts_exceeding_total("耕地扩大到120万亩，其中高标准农田150万亩。减少300人，其中农村350人。")]
    ['part 150万亩 is larger than its total 120万亩', 'part 350人 is larger than the change 300人 its 其中 follows']
    >>> [f.reason for f in flag_parts_exceeding_total("共有医院30家，其中三级12家、二级21家。")]
    ['parts add up to 33家, more than the total 30家 (unless the categories overlap)']
    >>> [f.reason for f in flag_parts_exceeding_total("村卫生室一百五十八家，其中新建二百一十家。")]
    ['part 210家 is larger than its total 158家']
    >>> [f.reason for f in flag_parts_exceeding_total("总投资6850万元，其中省级2400万元、市级1650元、县级2800万元。")]
    ['part 1650元 lacks the 万 of its total 6850万元 and its siblings: read as 1650万元 the parts add up']
    """
    yield from figurereader.through_view(_parts_exceeding_total, text)  # any numeral system


def _parts_exceeding_total(text: str) -> Iterator[Flag]:
    for bd in breakdowns(text):
        yield from _lost_multiplier(bd) or list(_breakdown_flags(bd)) or _split_in_two(text, bd)
        yield from _share_flags(text, bd)
    for start, end, reason in figuretotals.mismatched_totals(text):  # "医院12家、诊所9家，合计18家"
        yield Flag(start, end, reason)


def _breakdown_flags(bd: Breakdown) -> Iterator[Flag]:
    total, change, parts = bd.total, bd.change, bd.parts
    if total is not None and total.decimals and not total.multiplier and total.unit in WHOLE_UNITS:
        return  # the total itself is malformed ("机构28.6家"): flag_implausible_amounts points at it
    if total is not None:
        for part in parts:
            # rounding widens the total by its own half-digit; a part rounded more coarsely than its
            # total ("12.5亿元，其中13亿元") cannot claim its wider margin to climb above it
            if part.value > total.value + total.tolerance + min(part.tolerance, total.tolerance):
                yield Flag(part.start, part.end, f"part {part.text} is larger than its total {total.text}")
                return
    if change is not None and bd.after_change and total is None and len(parts) == 1 and (
            parts[0].value > change.value + parts[0].tolerance + change.tolerance):
        # "减少3000人，其中农村3500人": no other total the part could belong to
        yield Flag(parts[0].start, parts[0].end, f"part {parts[0].text} is larger than the change {change.text} "
                                                 f"its 其中 follows")
        return
    # Events (起, 宗, 场, 人次) are split along several lines at once (酒驾 40起, 夜间 80起) and listed
    # in part: only a part above its whole is sure.
    events = any(part.unit.endswith("次") or part.unit in EVENT_UNITS for part in parts)
    if change is not None and bd.after_change and len(parts) >= 2 and not events:
        above = next((p for p in parts if p.value > change.value + p.tolerance + change.tolerance), None)
        if above is not None and not (total is not None and _adds_up(parts, total)):
            also = f", and the parts do not add up to {total.text} before it" if total is not None else ""
            # The whole breakdown: which of its figures is wrong, the text cannot tell.
            yield Flag(change.start, parts[-1].end, f"part {above.text} is larger than the change {change.text} "
                                                    f"its 其中 follows{also}")
            return
    if total is None or events or change is not None or bd.listed:
        return  # listed subjects (分别为) may overlap: only a part above the total is sure
    running, tolerance = 0.0, total.tolerance
    for part in parts:
        running += part.value
        tolerance += part.tolerance
        if abs(running - total.value) <= tolerance:
            return
        if running > total.value + tolerance:
            yield Flag(part.start, part.end, f"parts add up to {spell(running, total)}, "
                                             f"more than the total {total.text} (unless the categories overlap)")
            return


# Two words that split every whole they qualify between them: the people of a roll are in work or
# retired, men or women; places are urban or rural. Two parts so named are the whole.
_HALVES = (("在职", "退休"), ("男性", "女性"), ("男", "女"), ("城镇", "农村"), ("城市", "农村"), ("公办", "民办"),
           ("境内", "境外"), ("省内", "省外"), ("户籍", "非户籍"))
_PART_LABEL = regex.compile(r"\p{Han}{1,6}\Z")


def _split_in_two(text: str, bd: Breakdown) -> list[Flag]:
    """Two parts after 其中 named by the two halves of a split (在职 and 退休, 男性 and 女性): they are the
    whole, and must add up to it ("参保职工2276人，其中在职151人、退休760人" cannot be right)."""
    total, parts = bd.total, bd.parts
    if total is None or bd.change is not None or bd.listed or len(parts) != 2:
        return []
    labels = [_label_before(text, p.start) for p in parts]
    if not any(labels[0].startswith(a) and labels[1].startswith(b) or labels[0].startswith(b) and labels[1].startswith(a)
               for a, b in _HALVES):
        return []
    added, tolerance = parts[0].value + parts[1].value, total.tolerance + parts[0].tolerance + parts[1].tolerance
    if abs(added - total.value) <= tolerance:
        return []
    return [Flag(total.start, parts[1].end, f"the two halves {labels[0]} and {labels[1]} add up to "
                                            f"{spell(added, total)}, not the total {total.text}")]


def _label_before(text: str, start: int) -> str:
    """The words naming the part whose figure starts at ``start``, past a 其中 that opens them."""
    m = _PART_LABEL.search(text, max(0, start - 6), start)
    label = m.group() if m else ""
    return label[2:] if label.startswith("其中") else label


def _lost_multiplier(bd: Breakdown) -> list[Flag]:
    """One part without the 万 (亿) its total and every sibling carry, where the parts add up to
    the total exactly once it is read with it (6850万元，其中2400万元、1650元、2800万元): the part
    lost its multiplier; the flag names the reading."""
    total, parts = bd.total, bd.parts
    if total is None or bd.change is not None or not total.multiplier or len(parts) < 2:
        return []
    bare = [p for p in parts if p.unit == total.unit and not p.multiplier and not p.decimals]
    rest = [p for p in parts if p not in bare]
    if len(bare) != 1 or any(p.unit != total.unit or p.multiplier != total.multiplier for p in rest):
        return []
    scale = MULTIPLIERS[total.multiplier]
    read = bare[0].value * scale
    if abs(sum(p.value for p in rest) + read - total.value) > total.tolerance + sum(p.tolerance for p in rest):
        return []
    part = bare[0]
    return [Flag(part.start, part.end, f"part {part.text} lacks the {total.multiplier} of its total {total.text} "
                                       f"and its siblings: read as {spell(read, total)} the parts add up")]


# A part's share given right after it: "其中企业1375户（占28.3%）", "…1375户，占比28.3%".
_SHARE_AFTER = regex.compile(r"[(\uff08\uff0c,]?+\s*+占(?:比|全部|总数|总量|总额|全市|全县|全区)?+的?+(\d{1,3}(?:\.\d++)?)[%\uff05]")


def _share_flags(text: str, bd: Breakdown) -> Iterator[Flag]:
    """A part whose stated share its own figures contradict by more than rounding can explain
    (4862户，其中企业1375户(占82.3%): 1375 is 28.3% of 4862): one of the three slipped."""
    total = bd.total
    if total is None or bd.change is not None or not total.value:
        return
    for part in bd.parts:
        m = _SHARE_AFTER.match(text, part.end)
        if m is None or part.unit != total.unit:
            continue
        stated, actual = float(m[1]), part.value / total.value * 100
        if abs(stated - actual) > max(3.0, 0.1 * actual):
            yield Flag(part.start, m.end(), f"share {m[1]}% of {part.text} in {total.text} "
                                            f"does not match its figures ({actual:.1f}%)")


def _adds_up(parts: tuple[Quantity, ...], total: Quantity) -> bool:
    return abs(sum(p.value for p in parts) - total.value) <= total.tolerance + sum(p.tolerance for p in parts)


_OVERPRECISE = regex.compile(r"(?<![\d.])(?P<num>\d++\.(?P<decimals>\d{3,}+))(?P<mult>万亿|亿|万)(?:元|人次|人|户|个|吨)?")
_SENTENCE = regex.compile(r"[^\n\u3002\uff01\uff1f]++")


@only_if(pattern=r"\d[.\uff0e]\d|[零〇一二三四五六七八九十]点[零〇一二三四五六七八九]")  # a decimal point, or 点 in a numeral
def flag_implausible_amounts(text: str) -> Iterator[Flag]:
    """An amount whose decimal part no statistic writes is flagged: a misplaced decimal point.

    万元 and 亿元 go to two decimals at most: four or more ("1.4025万元" = 14025元) are
    flagged alone; three when padded with zeros ("3.500亿元"), or when a figure of the same
    unit in the sentence (its total, a sibling) is a hundred times larger and whole
    ("总投资6850万元，其中…2.400万元"). A part or total of a breakdown that counts whole
    things (家, 人, 个 ...) with a fraction ("其中医院12.5家") is flagged too.

    >>> [f.reason[:44] for f in flag_implausible_amounts("总投资46525万元，其中：开工项目7个，总投资1.4025万元。")]
    ['1.4025万元 gives 4 decimals of 万 (14025 units)']
    >>> [f.reason[:44] for f in flag_implausible_amounts("年均超收2040亿元，其中去年超收2.573亿元。")]
    ['2.573亿元 gives 3 decimals of 亿 (257300000 uni']
    >>> list(flag_implausible_amounts("登记金额160.17亿元，累计检测1830.2万人次，每百户拥有汽车21.5辆。"))
    []
    """
    yield from figurereader.through_view(_implausible_amounts, text)  # any numeral system


def _implausible_amounts(text: str) -> Iterator[Flag]:
    for sentence in _SENTENCE.finditer(text):
        if "." not in sentence.group():
            continue
        quantities = {q.start: q for q in (read_quantity(m, sentence.start()) for m in QUANTITY.finditer(sentence.group()))}
        largest_whole: dict[str, Quantity] = {}  # per unit, the largest figure written to a decimal at most
        for q in quantities.values():
            if q.decimals <= 1 and q.value > getattr(largest_whole.get(q.unit), "value", -1.0):
                largest_whole[q.unit] = q
        for m in _OVERPRECISE.finditer(sentence.group()):
            reason = _overprecise(m, quantities.get(sentence.start() + m.start()), largest_whole)
            if reason:
                yield Flag(sentence.start() + m.start(), sentence.start() + m.end(), reason)
    for bd in breakdowns(text):
        for q in (bd.total, *bd.parts):
            if q is not None and q.decimals and not q.multiplier and q.unit in WHOLE_UNITS:
                yield Flag(q.start, q.end, f"{q.text} counts whole {q.unit} with a fraction: a misplaced decimal point?")


def _overprecise(m: regex.Match, own: Quantity | None, largest_whole: dict[str, Quantity]) -> str:
    decimals, mult = m.group("decimals"), m.group("mult")
    units = float(m.group("num")) * MULTIPLIERS[mult]
    reason = (f"{m.group()} gives {len(decimals)} decimals of {mult} ({units:.0f} units), which no statistic "
              "writes: a misplaced decimal point?")
    larger = largest_whole.get(own.unit) if own is not None else None
    scale = (f"; {larger.text} in the same sentence is {larger.value / own.value:,.0f} times larger"
             if larger is not None and larger.value >= 100 * own.value else "")
    if len(decimals) >= 4:
        return reason + scale
    if decimals.endswith("0"):
        return reason + " (its decimals are padded with zeros)" + scale
    return reason + scale if scale else ""


# ---- shares that cannot pass 100% ---------------------------------------------------------

@only_if("%", "\uff05", "\u767e\u5206\u4e4b")  # %, ％ or 百分之
def flag_impossible_percentages(text: str) -> Iterator[Flag]:
    """A share (…率, 占比, 比重, 比例, 占…的) given above 100% is flagged.

    Every rate is a share unless it can pass 100 by definition: completion, growth, gross
    enrolment, utilisation of beds, coverage ratios of banks ... (``cleaner/data/
    uncapped_rates.txt``, matched as the end of the rate's name: 毛入学率 before 入学率).
    Every level in the rate's clause counts ("由85%提高到120%", "覆盖率：120%"), and one
    just before it ("实现120%的覆盖率"); a relative change ("覆盖率比上年提高120%") is not a level.

    >>> [f.reason for f in flag_impossible_percentages("城市医联体覆盖率达120%，完成率109.5%。")]
    ['覆盖率 cannot exceed 100%, but reads 120%']
    >>> [f.reason for f in flag_impossible_percentages("比重为百分之一百一十五，合格率达到１０８％。")]
    ['比重 cannot exceed 100%, but reads 百分之一百一十五', '合格率 cannot exceed 100%, but reads １０８%']
    >>> list(flag_impossible_percentages("高中阶段毛入学率达到102%，覆盖率比上年提高120%，增长率150%。"))
    []
    """
    for m in shares.SHARE_WORD.finditer(text):
        name = shares.rate_name(text, m)
        if name is None:
            continue
        start = m.end() - len(name) if m.group() == "率" else m.start()
        ahead = shares.PERCENT_OF.search(text, max(0, start - 16), start)  # "实现120%的(网络)覆盖率"
        if ahead and shares.percent_value(ahead) > 100 and shares.owns_rate(text, ahead, m.group()):
            yield Flag(ahead.start(), m.end(), f"{name} cannot exceed 100%, but reads {shares.shown(ahead)}")
        label = shares.LABEL_COLON.match(text, m.end())  # "覆盖率：120%"
        reach = shares.REACH_END.search(text, label.end())
        if reach and shares.next_clause_states_level(text, label.end(), reach.start()):
            reach = shares.REACH_END.search(text, reach.end())  # "…提高3.5个百分点，达到103.5%"
        limit = reach.start() if reach else len(text)
        for p in shares.PERCENT.finditer(text, m.end(), limit):
            if shares.percent_value(p) <= 100 or shares.relative(text, m.end(), p.start()):
                continue
            yield Flag(start, p.end(), f"{name} cannot exceed 100%, but reads {shares.shown(p)}")
    for start, end, reason in shares.set_shares_over(text):  # "全市112%的行政村": no share word names it
        yield Flag(start, end, reason)


# ---- numbers broken apart ---------------------------------------------------------------

_UNIT_AHEAD = r"(?=\s?(?:万亿|亿|万|千)?(?:[元个名人家所项件次台辆张座条支批户间套处床剂例管份吨亩%\uff05]|平方米|公里))"
# Runs of digits and spaces are possessive: what follows each (a space, a point, a letter,
# a unit) cannot be a digit or a space, so giving part of a run back never helps, and a
# long run tried every way ("1O" + 16,000 digits) was quadratic.
_BROKEN_NUMBER = regex.compile(
    rf"(?<=[{chars.CJK}]\s?)(?<![\d.A-Za-z])"
    r"(?:"
    r"\d++(?:[ \u00a0]++\d++)++(?:\.\d++)?" + _UNIT_AHEAD +   # "46 525万元"
    r"|\d++(?:\.[ \u00a0]++|[ \u00a0]++\.)\d++" + _UNIT_AHEAD +  # "1. 5亿元"
    rf"|\d++[{LETTERS_FOR_DIGITS}]\d[{LETTERS_FOR_DIGITS}\d]*+" + _UNIT_AHEAD +  # "1O0个", "9Z4家": letters in digits
    r"|\d++\.\d++\.\d++" + _UNIT_AHEAD +                       # "1.40.25万元"
    r")"
)
# A percentage marked twice: the sign typed twice or in both widths ("8.2%%", "8.2％%"), or the
# figure written with 百分之 and the sign at once ("百分之8.2%"; GB/T 15835 writes 8.2% or 百分之八点二).
_PERCENT_TWICE = regex.compile(r"(?<![\d.])\d++(?:\.\d++)?[%\uff05]{2}+|百分之\s?+\d++(?:\.\d++)?\s?+[%\uff05]")


@only_if(pattern=r"[%\uff05][%\uff05]|百分之\s?\d|\d(?:[ \u00a0]++(?:\.[ \u00a0]*+)?|\.[ \u00a0]++)\d|\d\.\d"
                 rf"|\d[{LETTERS_FOR_DIGITS}]\d"
                 r"|\d(?:万万|亿亿|千千|元元|亿[千百万]|万[千百])|\d[,\uff0c]\d|[-\uff0d\u2212]\d|\d(?:[.\uff0e]{2}|\u3002)\d")
def flag_broken_numbers(text: str) -> Iterator[Flag]:
    """A figure broken or malformed in itself is flagged, whatever its sentence says.

    Broken by a space, a stray letter or a second decimal point, before a unit or a
    measure word, where the pieces cannot be a list or a date; not the ordinal of an item
    (第5.5.17条) nor a dotted clause or version number (3.2.1条, 3.1.2版). Malformed
    (:func:`cleaner.quantities.malformed_figures`): a multiplier written twice (万万元),
    thousands separators in groups no figure has (68,50万元), a minus before a count of
    things (新增-12家), a count of whole things with a fraction outside an average (培训12.8人).

    >>> [f.reason for f in flag_broken_numbers("总投资46 525万元，完成1O0个，计1.40.25万元。")]  # doctest: +NORMALIZE_WHITESPACE
    ['number broken by a space: 46 525', 'letter inside a number: 1O0', 'number with two decimal points: 1.40.25']
    >>> [text[f.start:f.end] for text in ["投资3500万万元，新增-12家"] for f in flag_broken_numbers(text)]
    ['3500万万元', '-12家']
    >>> [f.reason for f in flag_broken_numbers("增长8.2%%，占百分之15%，提高到15%。")]
    ['percentage marked twice: 8.2%%', 'percentage marked twice: 百分之15%']
    >>> list(flag_broken_numbers("按照《建筑设计防火规范》第5.5.17条执行，依据GB50016第3.2.1条，升级至3.1.2版。"))
    []
    """
    for line in lines(text):
        for m in _BROKEN_NUMBER.finditer(line.text):
            if _numbered_item(line.text, m) or figuretokens.row_of_cells(m.group()):
                continue
            yield Flag(line.start + m.start(), line.start + m.end(), _broken_reason(m.group()))
        for m in _PERCENT_TWICE.finditer(line.text):
            yield Flag(line.start + m.start(), line.start + m.end(), f"percentage marked twice: {m.group()}")
        for start, end, reason in malformed_figures(line.text):
            yield Flag(line.start + start, line.start + end, reason)


# 第5.5.17条, 3.2.1款, 1.2.3版: the dotted number of a clause of a standard, or a version.
_ITEM_AFTER = frozenset("\u6761\u6b3e\u9879\u7248\u8282")  # 条 款 项 版 节
_ORDINAL = "\u7b2c"  # 第


def _numbered_item(line: str, m: regex.Match) -> bool:
    """Is the number at ``m`` the ordinal of an item (after 第), or a dotted clause or
    version number before 条 / 款 / 项 / 版 / 节?"""
    if line[m.start() - 1:m.start()] == _ORDINAL:
        return True
    return m.group().count(".") >= 2 and line[m.end():m.end() + 1] in _ITEM_AFTER


def _broken_reason(s: str) -> str:
    if regex.search(f"[{LETTERS_FOR_DIGITS}]", s):
        return f"letter inside a number: {s}"
    if s.count(".") >= 2:
        return f"number with two decimal points: {s}"
    return f"number broken by a space: {s}"


def flag_figure_slips(text: str) -> Iterator[Flag]:
    """A figure its own words contradict or leave empty is flagged (see :mod:`cleaner.figureslips`).

    A template field left empty (增长%, 安排亿元资金), a placeholder (XX万元), a percentage
    also in points (2.1%个百分点), a decimal point typed as a middle dot (12·5%), a letter
    at a figure's edge (15o亿元), a change against its figures (由150家增加到120家). Which
    figure was meant is not in the text: flag, never fix.

    >>> [text[f.start:f.end] for text in ["同比增长%，完成XX万元。"] for f in flag_figure_slips(text)]
    ['%', 'XX']
    """
    for line in lines(text):
        for start, end, reason in (*figureslips.slips(line.text), *figureshapes.slips(line.text),
                                   *figuretokens.slips(line.text), *figurebounds.slips(line.text),
                                   *figurelogic.slips(line.text), *figuredims.slips(line.text)):
            yield Flag(line.start + start, line.start + end, reason)
    for start, end, reason in figureshapes.split_figures(text):
        yield Flag(start, end, reason)


@only_if("年")
def flag_years_against_tense(text: str, ctx: Context) -> Iterator[Flag]:
    """A year its own clause's tense contradicts, read against the document's date, is flagged.

    A document dated 2022 cannot report what was already done in 2032, nor strive for a target
    in 2012 (see :mod:`cleaner.figuretense`): a digit of the year slipped. The document's date
    is its written or publication date; without one the rule is silent.

    >>> ctx = Context({"written_date": "2022-06-30"})
    >>> [f.reason for f in flag_years_against_tense("2032年9月，已培训经办人员101名。", ctx)]
    ['2032年 is reported as done (已), but the document is dated 2022: a digit of the year may have slipped']
    >>> list(flag_years_against_tense("2032年9月，已培训经办人员101名。", Context()))
    []
    """
    years = sorted(int(d[:4]) for d in (ctx.metadata.get("written_date"), ctx.metadata.get("publish_date"))
                   if d and d[:4].isdigit())
    if not years:
        return
    for line in lines(text):
        for start, end, reason in figuretense.slips(line.text, years[0], years[-1]):
            yield Flag(line.start + start, line.start + end, reason)
