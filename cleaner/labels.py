"""Metadata labels and the shapes of their values, for the metadata rules (read-only helpers).

A page's header or footer writes its fields in many ways: ``发布日期：2021-03-29``,
``【发布日期】2021-03-29``, ``[来源] 市卫健委``, ``信息发布时间:``, several on a line
with ``|`` between them and a widget tail (``【字体：大 中 小】 打印``) after the last.
:func:`parse_line` reads a line made only of such fields; what the value may look like is
decided per field (:func:`value_fits`), so a label never takes a sentence as its value.
"""

from __future__ import annotations

import regex

from cleaner import chars, data
from cleaner.datevalues import other_date
from cleaner.textutil import is_date_only, parse_date

_BRACES = regex.compile(r"\{([^{}]*+)\}")


def expand(label: str) -> list[str]:
    """Every wording a label pattern stands for: ``{a,b}{c,d}`` is each combination.

    >>> expand("{发布,公开}{日期,时间}")
    ['发布日期', '发布时间', '公开日期', '公开时间']
    """
    m = _BRACES.search(label)
    if m is None:
        return [label]
    return [out for part in m.group(1).split(",")
            for out in expand(label[:m.start()] + part + label[m.end():])]


# Keys are written without spaces: a label matches with any spacing ("索 引 号", "Index No.").
LABELS: dict[str, tuple[str, str]] = {label.replace(" ", ""): (row[1], row[2]) for row in data.table("metadata_labels")
                                      for label in expand(row[0])}
DATE_FIELDS = frozenset({"publish_date", "written_date", "effective_date"})
# Bracket classes (escaped for a character set): a label may stand in any pair a page uses.
# Round brackets too ((发布日期)2021-03-29): only a label a list spells out opens a field, so
# an outline marker (（三）发布时间：…) never does.
_OPEN, _CLOSE = r"【〖［\[〔「『〈<《(\uff08", r"】〗］\]〕」』〉>》)\uff09"
_LABEL = "|".join(r"\s*+".join(map(regex.escape, label)) for label in sorted(LABELS, key=len, reverse=True))
# A colon in any of the forms pages type: ASCII, full-width, presentation forms (︰ ﹕), ratio (∶).
_COLON = f"[:{chars.FULLWIDTH_COLON}\ufe30\ufe55\u2236]"
# The first label of a line, or one after a gap, may carry a prefix that names the page or
# the document ("信息发布时间", "文件索引号", "稿件来源"); a label glued to the value before
# it may not (the prefix would eat that value). Any other prefix makes it another field:
# "成绩发布时间", "报名网址" are the document's own schedule and links.
_PREFIX = r"(?:信息|文件|网站|新闻|稿件|文章|页面|原文|本文|本页|内容|政务|公文)"
# A label no list spells out, read from its parts: a head noun that names what the value is
# (…日期, …号, …机关) after a verb of publishing or writing (see ``derived_field``). Only
# after a gap and with a colon, and its value must have the field's one shape.
_DERIVED = r"\p{Han}{1,6}?(?:日期时间|日期|时间|号码|编号|编码|号|机关|机构|单位|部门|主体)"
_BARE = rf"(?P<label>{_LABEL})"
KNOWN_LABEL = regex.compile(_BARE)  # a label any list spells out, with any spacing inside it
_PREFIXED = rf"(?:(?P<label>{_LABEL})|{_PREFIX}(?P<label>{_LABEL}))"  # the label itself first: 信息来源
# An English gloss between a label and its colon: "索引号 Index No.：", "发布日期 Date:".
_GLOSS = (rf"(?:\s*+[A-Za-z][A-Za-z. ]{{0,24}}+|\s*+[({chars.FULLWIDTH_LEFT_PAREN}][A-Za-z][A-Za-z. ]{{0,24}}+"
          rf"[){chars.FULLWIDTH_RIGHT_PAREN}])?")  # also in brackets: 发布日期(Date)：
# An English gloss before the label, as bilingual sites print it: "Publisher 发布机构：", "Index No./索引号：".
_LEAD_GLOSS = r"(?:[A-Za-z][A-Za-z.]{0,15}+(?:[ ][A-Za-z][A-Za-z.]{0,15}+){0,2}+\s*+/?+\s*+)?"
_AFTER_GAP = r"(?<![^\s|｜¦])"  # at the line start or after white space or a bar
# A label as a line's fields write it, each form naming how its value is introduced:
#   【发布日期】 / 【发布日期】：  a bracketed label;
#   【发布日期：2021-03-29】        a bracketed pair (its closing bracket ends the value);
#   发布日期：                       a colon (glued to the value before it: no prefix);
#   发布日期<tab or spaces>        a table cell: label and value split by white space only.
_FIELD = regex.compile(
    rf"(?P<open>[{_OPEN}])\s*+{_PREFIXED}\s*+(?:[{_CLOSE}]\s*+(?:{_COLON}\s*+)?|(?P<wrap>{_COLON})\s*+)"
    rf"|{_AFTER_GAP}{_LEAD_GLOSS}{_PREFIXED}{_GLOSS}\s*+{_COLON}\s*+"
    rf"|{_BARE}\s*+{_COLON}\s*+"
    rf"|{_AFTER_GAP}(?P<label>{_DERIVED}){_GLOSS}\s*+{_COLON}\s*+"
    rf"|{_AFTER_GAP}{_PREFIXED}(?P<cell>[^\S\n]++)(?=\S)"
)
# What ends a value before the next label: a field separator, or a page widget trailing it.
# A last cell after a gap that is a label with no value or a counter (　浏览：, 　点击：12): a page
# widget whose value a script fills, whatever its wording; it is no part of the value before it.
_VALUE_END = regex.compile(r"\s++[/\uff0f](?=\s*+(?:\p{Han}|$))|\s*+(?:[|｜¦]|[【〖\[](?!\s*+\d)|字体|字号|打印|关闭|分享到?|收藏|纠错)"
                           rf"|(?<=\S)(?:\s++|\s*+[;{chars.FULLWIDTH_SEMICOLON}]\s*+)(?=\p{{Han}}{{1,6}}+\s*+{_COLON}\s*+[0-9]*+\s*+$)"
                           # a cell no list names after a gap (　最后更新：2005.03.20　编辑：…): the page's, no part of the value
                           rf"|(?<=\S)\s++(?=\p{{Han}}{{2,6}}+\s*+{_COLON}\s*+\S)|^(?=\p{{Han}}{{2,6}}+\s*+{_COLON})")
_SENTENCE_MARK = regex.compile(f"[{chars.IDEOGRAPHIC_FULL_STOP}{chars.FULLWIDTH_SEMICOLON}{chars.FULLWIDTH_EXCLAMATION}"
                               f"{chars.FULLWIDTH_QUESTION}]")
_PAIR_SEPARATORS = f";,{chars.FULLWIDTH_SEMICOLON}{chars.FULLWIDTH_COMMA}{chars.IDEOGRAPHIC_COMMA}"
_PUNCT_ONLY = regex.compile(r"[\p{P}\s]*+")
_CLOSING = regex.compile(rf"\s*+[{_CLOSE}]\s*+$")
_INDEX_NUMBER = regex.compile(r"[0-9A-Za-z]{2,}+(?:[ ]?+[-/][ ]?+[0-9A-Za-z]++){1,5}")  # 001008003 / 2021-00345
# A document number: an issuer's short name, the year in brackets of any kind, the number.
_YEAR_OPEN, _YEAR_CLOSE = f"〔\\[［【({chars.FULLWIDTH_LEFT_PAREN}", f"〕\\]］】){chars.FULLWIDTH_RIGHT_PAREN}"
DOC_NUMBER = regex.compile(rf"\p{{Han}}{{1,12}}[{_YEAR_OPEN}]\s*+\d{{4}}\s*+[{_YEAR_CLOSE}]\s*+第?\d{{1,5}}号")
# The number alone, its issuer's short name left off (〔2021〕12号): a number only right under a title.
BARE_DOC_NUMBER = regex.compile(rf"[{_YEAR_OPEN}]\s*+\d{{4}}\s*+[{_YEAR_CLOSE}]\s*+第?\d{{1,5}}号")
_YEAR_BRACKETS = regex.compile(rf"(?<=\p{{Han}})[{_YEAR_OPEN}]\s*+(\d{{4}})\s*+[{_YEAR_CLOSE}]")
ORG = regex.compile(r"\p{Han}{2,24}(?:局|委|委员会|政府|办公室|办公厅|厅|中心|院|会|部|署|所|站|处|网|组|室|馆|社|台|校|公司)")
_SPACE = regex.compile(r"\s")
# How a document's title names its kind (…的通知, …工作要点, …讲话): the one list both the
# title finder and the chrome rules (a recurring line that names a kind is no chrome) read.
TITLE_WORDS = regex.compile(r"通知|要点|总结|报告|意见|方案|办法|规定|决定|通报|公告|计划|安排|纪要|批复|规划|细则|公示|通告|决议|条例|讲话"
                            r"|预案|公报|解读|须知|倡议书|指南|函|章程|清单|名单|目录|答复|白皮书|标准|守则|制度")
_CELL_VALUE = 30  # a table cell's value is short: a cell never holds a sentence


# Full-width digits, Latin letters and the marks inside numbers (U+FF0D-FF0F, U+FF1A) an IME types
# in a value (２０２１年３月２９日, 江卫发〔２０２１〕１２号): a value is read and recorded in ASCII.
_NARROW = {c: c - 0xFEE0 for c in [*range(0xFF10, 0xFF1B), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B),
                                  0xFF0D, 0xFF0E, 0xFF0F]}


def narrow(value: str) -> str:
    """A value with full-width digits and letters in ASCII (one character for one: offsets hold).

    >>> narrow("２０２１年３月２９日"), narrow("０００１４３４９／２０２１－００１２３")
    ('2021年3月29日', '00014349/2021-00123')
    """
    return value.translate(_NARROW)


# An icon font's glyph (a private-use character) or a pictograph drawn where a page shows a clock, a
# building or an eye before its date, source and count: no text, a gap between fields.
_ICON = regex.compile(r"[\p{Co}\U0001F300-\U0001FAFF]\ufe0f?+")


def unglyph(line: str) -> str:
    """The line with its icon glyphs read as spaces (one for one: offsets hold).

    >>> unglyph("\ue6b8 2021-03-29")
    '  2021-03-29'
    """
    return _ICON.sub(lambda m: " " * len(m.group()), line)


def field_of(label: str) -> tuple[str, str]:
    """``(field, strength)`` of a label as written (spaces inside it ignored); a label no list
    holds is read from its parts, with the strength "shaped" (its value must fit the field).

    >>> field_of("索 引 号"), field_of("信息索取号"), field_of("施行日期"), field_of("报名时间")
    (('index_number', 'strong'), ('index_number', 'shaped'), ('effective_date', 'shaped'), ('-?', 'none'))
    """
    label = regex.sub(r"\s", "", label)
    known = LABELS.get(label)
    if known is not None:
        return known
    field = derived_field(label)
    return (field, "shaped") if field else ("-?", "none")


# The parts a label is read from: its head noun, and the verb or topic before it.
_DERIVED_PARTS = (
    (regex.compile(r"(?:成文|签发|印发|制文|发文|签署|制发)\p{Han}{0,2}?(?:日期|时间)"), "written_date"),
    (regex.compile(r"(?:施行|实施|生效)\p{Han}{0,2}?(?:日期|时间)"), "effective_date"),
    (regex.compile(r"(?:发布|公开|公布|发表|上网|更新|生成|刊发|发稿|录入|上传)\p{Han}{0,2}?(?:日期|时间)"), "publish_date"),
    (regex.compile(r"(?:索引|索取)\p{Han}{0,2}?(?:号|号码|编号|编码)"), "index_number"),
    (regex.compile(r"(?:文|字)\p{Han}?(?:号|号码|编号)"), "doc_number"),
    (regex.compile(r"(?:发布|发文|制文|制发|印发|公开|来源)\p{Han}{0,2}?(?:机关|机构|单位|部门|主体)"), "publisher"),
)


_KNOWN_ENDS = tuple(sorted((label for label in LABELS if len(label) >= 3), key=len, reverse=True))
_PAGE_PREFIX = regex.compile(rf"{_PREFIX}|公开|目录|公开目录")


def derived_field(label: str) -> str | None:
    """The field a label no list holds names, from its parts; None when they name none.

    >>> derived_field("公开索引号"), derived_field("文件号"), derived_field("发布部门"), derived_field("截止日期")
    ('index_number', 'doc_number', 'publisher', None)
    >>> derived_field("成绩发布时间"), derived_field("报名时间")
    (None, None)
    """
    if len(label) > 8:
        return None
    known = next((k for k in _KNOWN_ENDS if label.endswith(k)), None)
    if known is not None:  # a known label after a prefix that names the page (信息索取号) is that label;
        prefix = label[:-len(known)]  # after any other, another field (成绩发布时间)
        return LABELS[known][0] if not prefix or _PAGE_PREFIX.fullmatch(prefix) else None
    for pattern, field in _DERIVED_PARTS:
        if (m := pattern.search(label)) is not None and m.end() == len(label):
            return field
    return None


def parse_line(line: str) -> list[tuple[str, str]]:
    """The ``(label, value)`` pairs of a line made only of labelled fields, else [].

    A label is introduced by brackets or a colon; in a flattened header table only by the
    white space of the cell gap, and then every such value must have its field's shape
    (one cell alone: the one strict shape), so a line of prose never splits into cells.

    >>> parse_line("【发布日期】2021-03-29 【信息来源】 市卫健委")
    [('发布日期', '2021-03-29'), ('信息来源', '市卫健委')]
    >>> parse_line("信息发布时间：2021-03-29 | 来源：市卫健委 | 【字体：大 中 小】 打印")
    [('信息发布时间', '2021-03-29'), ('来源', '市卫健委')]
    >>> parse_line("索引号\\t000014349/2021-00123\\t发布机构\\t市卫健委")
    [('索引号', '000014349/2021-00123'), ('发布机构', '市卫健委')]
    >>> parse_line("【发文机关：国务院】【访问量：3104】")
    [('发文机关', '国务院'), ('访问量', '3104')]
    >>> parse_line("2021年04月02日 星期五 来源：市卫健委")
    [('发布日期', '2021年04月02日'), ('来源', '市卫健委')]
    >>> parse_line("请各单位于3月29日前报送。"), parse_line("来源 于群众的意见")
    ([], [])
    """
    if (cells := _bar_table(line)) is not None:
        return cells
    lead = _LEAD_DATE.match(line)  # 2021年04月02日 星期五 来源：…: a dateline before the first label
    if lead is None and _FIELD.match(line) is None:
        return []  # the first field must open the line: a line of prose is not scanned to its end
    matches = list(_FIELD.finditer(line))
    # (cells no list names never open a row: 机构名称：…　地址：…　更新时间：… is a register's row in the body)
    if not matches or matches[0].start() != (lead.end() if lead else 0):
        return []
    pairs, cells = ([("发布日期", lead["date"])] if lead else []), []
    for m, nxt in zip(matches, matches[1:] + [None]):
        value = line[m.end():nxt.start() if nxt else len(line)]
        cut = _VALUE_END.search(value)
        tail = value[cut.start():] if cut else ""
        value = (value[:cut.start()] if cut else value).strip()
        if nxt is not None:  # 来源：XX局；发布时间：…: a pair separator before the next label is no part of the value
            value = value.rstrip(_PAIR_SEPARATORS).rstrip()
        if m["wrap"]:  # 【发布机构：国务院】: the closing bracket is no part of the value
            value = _CLOSING.sub("", value)
        if _PUNCT_ONLY.fullmatch(value):
            value = ""  # "发布时间:," holds no value (and the comma is collapsed away later)
        if nxt is None and tail and not _is_widget_tail(tail):
            return []  # text after the last value that is neither a field nor a widget
        label = regex.sub(r"\s", "", m["label"])
        if field_of(label)[1] == "none":
            return []  # a label's shape, but its parts name no field (报名时间, 截止日期)
        pairs.append((label, value))
        if m["cell"]:
            cells.append((label, value))
    if cells and not _cells_fit(cells, len(pairs)):
        return []
    return _split_trailing_date(pairs)


# A whole date as a field's value writes it: 2021年3月29日, 2021-03-29, 2021/3/29, 2021.03.29.
WHOLE_DATE = r"[0-9]{4}\s*+(?:年\s*+[0-9]{1,2}\s*+月\s*+[0-9]{1,2}\s*+日|[-/.][0-9]{1,2}[-/.][0-9]{1,2})"
# A date (with a time, a weekday) opening a line of fields, split from the first label by a gap.
_LEAD_DATE = regex.compile(r"[【\[]?+(?P<date>" + WHOLE_DATE +
                           r"(?:\s++[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?+)?+)[】\]]?+(?:\s*+(?:星期|周)[一二三四五六日天])?+\s++")


# A whole date after a gap at the end of a row's last value (作者：王明　来源：江岭市卫健委　2021年03月29日):
# the row's unlabelled publication date, the mirror of a dateline before the first label.
_TRAIL_DATE = regex.compile(r"(?<=\S)\s++(?P<date>" + WHOLE_DATE + r"(?:\s++[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?+)?+)$")


def _split_trailing_date(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs with a date trailing the last value (not a date field's, none in the row) split off.

    >>> _split_trailing_date([("作者", "王明"), ("来源", "市卫健委\u30002021年03月29日")])
    [('作者', '王明'), ('来源', '市卫健委'), ('发布日期', '2021年03月29日')]
    >>> _split_trailing_date([("来源", "市统计局 2024年1月20日")])
    [('来源', '市统计局 2024年1月20日')]
    >>> _split_trailing_date([("发布时间", "2021-03-29"), ("来源", "市卫健委 2021-03-29")])
    [('发布时间', '2021-03-29'), ('来源', '市卫健委 2021-03-29')]
    """
    if len(pairs) < 2 or any(field_of(label)[0] in DATE_FIELDS for label, _ in pairs):
        return pairs  # one pair and a date is also a body's source note (来源：市统计局 2024年1月20日)
    label, value = pairs[-1]
    m = _TRAIL_DATE.search(value)
    if m is None or not is_date_only(m["date"]):
        return pairs
    return pairs[:-1] + [(label, value[:m.start()]), ("发布日期", m["date"])]


_BAR = regex.compile(r"[|｜│¦┃]")
_LABEL_CELL = regex.compile(rf"(?P<label>{_LABEL}|{_DERIVED})\s*+{_COLON}?+")


def _bar_table(line: str) -> list[tuple[str, str]] | None:
    """A header table flattened with a bar between every cell (| 索引号 | 0001/2021-01 | 发布机构 | XX局 |):
    label cells and value cells in turn, every label known or read from its parts.

    >>> _bar_table("│ 索引号 │ 90881734-1-32-2005-122 │ 来源单位 │ 中国政府网 │")
    [('索引号', '90881734-1-32-2005-122'), ('来源单位', '中国政府网')]
    >>> _bar_table("甲 | 乙 | 丙"), _bar_table("发布时间：2021-03-29 | 来源：市卫健委")
    (None, None)
    """
    if len(_BAR.findall(line)) < 1:
        return None
    cells = [c.strip() for c in _BAR.split(line.strip())]
    if cells and not cells[0]:
        cells = cells[1:]
    if cells and not cells[-1]:
        cells = cells[:-1]
    if len(cells) < 2 or len(cells) % 2:
        return None
    pairs = []
    for label, value in zip(cells[::2], cells[1::2]):
        m = _LABEL_CELL.fullmatch(label)
        if m is None or not value or _FIELD.match(value):
            return None
        label = regex.sub(r"\s", "", m["label"])
        if field_of(label)[1] == "none":
            return None
        pairs.append((label, value))
    return pairs


def _cells_fit(cells: list[tuple[str, str]], n_pairs: int) -> bool:
    """Values split from their labels by white space alone must look like values: alone on
    its line, a strong label's value has the field's strict shape (a date, a number, an
    organisation) or, for a field of terms (分类, 公开方式, 有效性), is one short term; in a
    row of several cells, each is short and no sentence."""
    if n_pairs == 1:
        label, value = cells[0]
        field, strength = field_of(label)
        if strength == "head":
            return False
        return strict_value(field, value) if field in _SHAPED else _TERM.fullmatch(value) is not None
    return all(value and len(_SPACE.sub("", value)) <= _CELL_VALUE and not _SENTENCE_MARK.search(value)
               and (field_of(label)[0] not in DATE_FIELDS or is_date_only(value)) for label, value in cells)


_SHAPED = DATE_FIELDS | {"index_number", "doc_number", "publisher"}
_TERM = regex.compile(rf"[\p{{Han}}A-Za-z0-9{chars.IDEOGRAPHIC_COMMA}]{{2,12}}+")


def _is_widget_tail(tail: str) -> bool:
    """What trails the last value: separators, bracketed widget words, short tool words."""
    tail = tail.lstrip().lstrip(_PAIR_SEPARATORS)  # 发布时间：…；点击：12: the separator before the counter
    return len(tail) <= 40 and not _SENTENCE_MARK.search(tail)


def strict_value(field: str, value: str) -> bool:
    """Does ``value`` have the one shape ``field`` takes (used where no colon vouches for it)?

    >>> strict_value("publish_date", "2021年3月29日"), strict_value("publisher", "现将有关事项通知如下")
    (True, False)
    """
    if field in DATE_FIELDS:
        return is_date_only(value) or chinese_date(value) is not None or other_date(value) is not None
    if field == "index_number":
        return _INDEX_NUMBER.fullmatch(value) is not None
    if field == "doc_number":
        return DOC_NUMBER.fullmatch(value) is not None
    if field == "publisher":
        return ORG.fullmatch(value) is not None
    return False


def normalized(field: str, value: str) -> str:
    """A field's value as recorded: dates in ISO form, inner spaces closed up in a title."""
    if field in DATE_FIELDS:
        return read_date(value) or value
    if field == "index_number":  # 001008003 / 2021-00345: the spaces a template puts around its marks
        return regex.sub(r"\s*+([-/])\s*+", r"\1", value.strip())
    if field == "doc_number":  # 江卫发[2021]12号 is 江卫发〔2021〕12号: the standard brackets
        return _YEAR_BRACKETS.sub("\u3014\\1\u3015", _SPACE.sub("", value))
    return regex.sub(r"\s+", "" if field == "title" else " ", value)


def read_date(value: str) -> str | None:
    """The ISO date of a date field's value in any form a page prints (2021-03-29, 2021年3月29日,
    二〇二一年三月二十九日, 20210329, March 29, 2021), else None."""
    return parse_date(value) or chinese_date(value) or other_date(value)


# 二〇二三年三月一日: the signature of a formal document writes its date in Chinese numerals.
CHINESE_DATE = regex.compile(r"\s*+(?P<y>[〇○零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月"
                             r"(?P<d>[一二三四五六七八九十]{1,3})日\s*+")
_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0}


def _small_number(numeral: str) -> int | None:
    """一 … 三十一 (十, 十五, 二十, 二十三) as an integer, None for anything else."""
    if "十" not in numeral:
        return _DIGIT.get(numeral) if len(numeral) == 1 else None
    tens, _, ones = numeral.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (_DIGIT[tens] if tens else 1) * 10 + (_DIGIT[ones] if ones else 0)


def chinese_date(line: str) -> str | None:
    """The ISO date of a signature date in Chinese numerals, or None (also a field's value:
    成文日期：二〇二一年三月二十九日).

    >>> chinese_date("二〇二三年三月一日"), chinese_date("二○一六年十二月二十日")
    ('2023-03-01', '2016-12-20')
    >>> normalized("written_date", "二〇二一年三月二十九日"), strict_value("publish_date", "二〇二一年三月三十一日")
    ('2021-03-29', True)
    """
    m = CHINESE_DATE.fullmatch(line)
    if m is None:
        return None
    year = int("".join(str(_DIGIT[c]) for c in m["y"]))
    month, day = _small_number(m["m"]), _small_number(m["d"])
    return parse_date(f"{year}-{month:02d}-{day:02d}") if month and day else None
