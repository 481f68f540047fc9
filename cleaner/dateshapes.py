"""The shapes of a written date that lost or damaged a mark, for rules/date.py (patterns only).

Year digits glued to the month and day (2021329日, 2021年329日), 月 and 日 both lost after 年,
a day figure without its year (71日起), eight bare digits (20210415), a full date without its
final 日, a year without its 年 (2022以来, 20213月, 2021度), a written date whose year or month
no calendar has. The rules decide with the cues around each match (cleaner.datecues,
cleaner.dateplace); nothing here changes text.
"""

from __future__ import annotations

import regex

from cleaner import chars

# Year digits (and 年) glued to the month and day digits, 日 kept: 2021329日, 2021年329日.
# A stray space may stand where a mark was lost: "2021 329日", "2021年 329日", "2020\u300018日".
_SPACE = "[ \\t\u00a0\u2000-\u200a\u202f\u3000]{1,2}+"
WITH_YEAR = regex.compile(rf"(?<![0-9.\-/年月号第A-Za-z_])((?:19|20)[0-9]{{2}})(?:{_SPACE})?(年?)(?:{_SPACE})?([0-9]{{2,4}})"
                          rf"(?:{_SPACE})?日")
# Both 月 and 日 lost after 年: "2020年221" (read only before 起/前/止 or on a dateline).
MARKS_LOST = regex.compile(r"(?<![0-9.\-/年月号第A-Za-z_])((?:19|20)[0-9]{2})年([0-9]{3,4})(?![0-9.%日号月])")
START_OR_DEADLINE = regex.compile(r"起|前|止|以前|之前|以后|之后|以来")
WITHOUT_YEAR = regex.compile(r"(?<![0-9.\-/年月号第A-Za-z_])([0-9]{2,4})日(?![均报常益趋渐])")

# Eight digits that can be YYYYMMDD, not part of a longer code, number, URL or file name.
EIGHT_DIGITS = regex.compile(
    r"(?<![0-9A-Za-z_.\-/\\#=?&%+@~])((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])"
    r"(?![0-9A-Za-z_%@日号]|[.\-/][0-9A-Za-z])")

# Marks that may follow a date: clause punctuation, closing quotes and brackets, 「」『』〔〕.
_CLOSING = (chars.FULLWIDTH_RIGHT_PAREN + chars.RIGHT_TITLE_MARK + chars.RIGHT_DOUBLE_QUOTE
            + chars.RIGHT_BLACK_LENTICULAR + "\u300d\u300f\u3015")
_AFTER_DATE_MARKS = regex.escape(chars.FULLWIDTH_COMMA + chars.IDEOGRAPHIC_FULL_STOP + chars.FULLWIDTH_SEMICOLON
                                 + chars.IDEOGRAPHIC_COMMA + chars.FULLWIDTH_EXCLAMATION + chars.FULLWIDTH_QUESTION
                                 + chars.FULLWIDTH_COLON + chars.FULLWIDTH_LEFT_PAREN + _CLOSING)

# Y年M月D whose 日 was lost: what follows the day decides (a verb, 起/前, punctuation, the
# line's end); a day range or list ("29至31日", "29、30日"), a unit or 号 keeps it as it is.
DAY_WITHOUT_MARK = regex.compile(r"(?<![0-9A-Za-z.\-/第])((?:19|20)[0-9]{2})年([0-9]{1,2})月([ \u00a0\u3000]?)([0-9]{1,2})"
                                 r"(?![0-9日号號])")
# A month in a table row: the month's cell, then blank-separated cells holding figures ("3月份 120").
TABLE_ROW_AFTER = regex.compile(r"(?:1[0-2]|0?[1-9])月[^\s0-9]*[ \t\u00a0\u3000]++[^\n]*[0-9]")
# A line break, then the rest of a day's figure and its mark: the day is not over at the break.
FIGURE_GOES_ON = regex.compile(r"\n[0-9]{1,2}[日号]")
# With a blank before the day ("2023年1月\u300018", a dateline's padding) only where a date ends.
GAPPED_DAY_END = regex.compile(r"\Z|\n|起|前|止")
AFTER_DAY = regex.compile(
    # 至 到 — － - ~ ～ then a digit: a range; 、 ， , 和 及 与 或 then a day: a list of days
    r"(?P<range>[至到\u2014\uff0d\-~\uff5e]\s*+[0-9]|[\u3001\uff0c,和及与或]\s*+[0-9]{1,2}[日号])"
    r"|(?P<unit>[号號日时点分秒个家人名位项件次批所条户座天周年月万亿千百十元岁多余届期种类台辆套吨米亩倍"
    r"场栋艘架部本篇份张支只头匹株棵间层例宗笔首门根级度])"
    # the line's end, clause punctuation, closing and opening brackets, a verb or 起/前
    rf"|(?P<ok>\Z|\n|[,;!?(){_AFTER_DATE_MARKS}]|\p{{Han}})")

# A year without its 年: before 以来 / 上半年 …, before 初/底/末 read as a time (年底前, not
# 底数), glued to its month ("20213月"), or to 度 read as 年度 (not 度电, 度以上, 度左右).
_EDGE_FOLLOWS = (r"前|后|以来|以前|以后|之前|之后|起|止|至|到|时|的|开始|完成|全|各|我|本|基本|实现|建成|累计|共|召开|举行"
                 r"|出台|印发|发布|启动|将|已|[^\p{Han}\p{L}0-9]|\Z")
YEAR_WITHOUT_MARK = regex.compile(
    r"(?<![0-9A-Za-z_.\-/第])((?:19|20)[0-9]{2})"
    rf"(?:(?P<word>以来|以前|以后|之前|之后|上半年|下半年|全年)|(?P<edge>[初底末])(?={_EDGE_FOLLOWS})"
    r"|(?=(?:1[0-2]|0?[1-9])月)"
    # a space where 年 was, before a whole month and day: "2021 3月29日"
    r"|(?P<gap>[ \u00a0\u3000]){1,2}+(?=(?:1[0-2]|0?[1-9])月(?:[0-9]{1,2}日|起|底|末|初|份|上旬|中旬|下旬|以来))"
    # a numeric separator where 年 was, before a month written with 月: "2021-3月起", "2023.12月底"
    r"|(?P<sep>[\-./\u00b7\uff0e\uff0f\uff0d])(?=(?:1[0-2]|0?[1-9])月)"
    rf"|(?P<du>度)(?!以上|以下|左右|之间|上下|多|余|电|千瓦|的电|至|到)(?=[){regex.escape(_CLOSING)}]|\p{{Han}}))")
# A measure before the figure makes "2020度" kilowatt-hours: "发电量2020度", "用电2021度".
MEASURED_BEFORE = frozenset("电量每约共计达超近为耗用")

# A written date whose year has three or five digits, or whose month or day no calendar has.
WRITTEN_DATE = regex.compile(r"(?<![0-9A-Za-z.\-/第])([0-9]{3,5})年([0-9]{1,2})月(?:([0-9]{1,2})日)?(?![0-9])")
