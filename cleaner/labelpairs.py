"""Whether a line of ``label: value`` pairs is metadata: its pairs, the labels' strength where
the line stands, each value's shape (read-only helpers of :mod:`cleaner.rules.metadata`).
"""

from __future__ import annotations

import regex

from cleaner import chars, labels
from cleaner.docmodel import is_prose, size
from cleaner.labels import DATE_FIELDS, field_of

_BULLET = regex.compile(r"^[\s•·●■▪◆◇○*\-]*+")
_PARENS = regex.compile(r"^[(\uff08](.*)[)\uff09]$")
# A whole row in one pair of square or lenticular brackets (【2021.3.29　来源：XX】, [ 来源：XX | 时间：… ]),
# read without them first (a bracketed label alone, 【发布日期】, reads only with them).
_WRAP = regex.compile(r"^(?:\u3010([^\u3010\u3011]*+)\u3011|\[([^\[\]]*+)\]|\uff3b([^\uff3b\uff3d]*+)\uff3d"
                      r"|\u3014([^\u3014\u3015]*+)\u3015)$")
_LONG_FIELDS = {"title", "keywords"}


def parse(line: str) -> list[tuple[str, str]]:
    """The (label, value) pairs of a line made only of them (a bullet or parentheses
    around it allowed), else []."""
    body = _BULLET.sub("", labels.unglyph(line).strip(), count=1)
    if (m := _PARENS.match(body)) is not None:
        body = m.group(1)
    pairs = []
    if (m := _WRAP.match(body)) is not None:  # the row inside its brackets first: they are no value's
        inner = next(g for g in m.groups() if g is not None).strip()
        pairs = labels.parse_line(inner) or glued_pairs(inner)
    pairs = pairs or labels.parse_line(body) or glued_pairs(body)
    return [(label, labels.narrow(value)) for label, value in pairs]


_BARE_LABEL_STRENGTHS = ("strong",)  # an edge label (来源) alone heads a table row too


def bare_label(line: str, next_line: str) -> list[tuple[str, str]]:
    """[(label, "")] when ``line`` is one label and nothing else (索引号 / 发布机构 / 【成文日期】)
    and ``next_line`` has that field's one strict shape: a header table's label cell the scrape
    put on a line of its own, its value cell under it. Else [].

    Only labels a list spells out that name a field of one shape (a date, an index or document
    number, an organisation); 时间 and 日期 alone head a document's own schedule too.

    >>> bare_label("索 引 号", "000014349/2021-00123"), bare_label("发布机构", "江岭市应急管理局")
    ([('索引号', '')], [('发布机构', '')])
    >>> bare_label("时间", "2021年4月1日"), bare_label("来源", "一、总体要求"), bare_label("发布日期", "另行通知")
    ([], [], [])
    """
    text = _BULLET.sub("", labels.unglyph(line).strip(), count=1).strip("\u3010\u3011[]\uff3b\uff3d\u3014\u3015 \u3000")
    if (m := labels.KNOWN_LABEL.fullmatch(text)) is None:
        return []
    label = regex.sub(r"\s", "", m["label"])
    field, strength = field_of(label)
    value = labels.narrow(next_line.strip())
    if field not in _ONE_SHAPE or strength not in _BARE_LABEL_STRENGTHS or not labels.strict_value(field, value):
        return []
    return [(label, "")]


_PAIR_GAP = regex.compile(r"[\s|\uff5c\u00b7]*+")
_ONE_SHAPE = labels.DATE_FIELDS | {"index_number", "doc_number", "publisher"}


def glued_pairs(line: str) -> list[tuple[str, str]]:
    """Labels glued to their values with nothing between them, where the page drew its colon
    with a style sheet (发布日期2021-03-29来源江岭市卫生健康委员会). No mark splits label from value,
    so only a known label of a field with one strict shape counts, every value must have that
    shape, and the line must be nothing but such pairs: a sentence never reads so.

    >>> glued_pairs("发布日期2021-03-29来源江岭市卫生健康委员会"), glued_pairs("发文机关江岭市卫生健康局\u3000成文日期2021年3月29日")
    ([('发布日期', '2021-03-29'), ('来源', '江岭市卫生健康委员会')], [('发文机关', '江岭市卫生健康局'), ('成文日期', '2021年3月29日')])
    >>> glued_pairs("发布时间为每月10日前，逾期未发布的通报。"), glued_pairs("来源于财政专项资金的项目"), glued_pairs("时间2026年3月15日")
    ([], [], [])
    """
    text = line.strip()
    marks = list(labels.KNOWN_LABEL.finditer(text))
    if not marks or marks[0].start() != 0:
        return []
    pairs = []
    for m, nxt in zip(marks, marks[1:] + [None]):
        value = text[m.end():nxt.start() if nxt else len(text)]
        value = value[:len(value) - len(_PAIR_GAP.match(value[::-1]).group())].strip()
        label = regex.sub(r"\s", "", m["label"])
        field = field_of(label)[0]
        if field not in _ONE_SHAPE or not labels.strict_value(field, labels.narrow(value)):
            return []
        pairs.append((label, value))
    # One pair under a bare two-character label (时间2026年3月15日, 来源…) is a minute's or a
    # form's own line as often as a page's: a lone pair needs a label that names a field.
    if len(pairs) == 1 and len(pairs[0][0]) <= 2:
        return []
    return pairs


def acceptable(pairs: list[tuple[str, str]], in_head: bool, at_edge: bool) -> bool:
    vouched = _vouched(pairs)
    for label, value in pairs:
        field, strength = field_of(label)
        if not vouched and ((strength == "edge" and not at_edge) or (strength == "head" and not in_head)):
            return False
        if strength == "shaped" and not at_edge:
            return False  # a label read from its parts counts only where a page's fields stand
        if strength == "shaped" and value and not labels.strict_value(field, value):
            return False  # a label read from its parts vouches for nothing: the value must
        if not _valid_value(field, value):
            return False
    return True


def _vouched(pairs: list[tuple[str, str]]) -> bool:
    """A line of two or more pairs, one a strong label (or a source that is an organisation), one a
    whole date, every value there: a
    page header wherever it stands (page 2 of a paged article stitched on brings its header into
    the body: 发布日期：2007年03月09日 来源：国务院), so 来源 and 时间 count there too.

    >>> _vouched([("时间", "2005-3-7 14:53:32"), ("信息来源", "中国政府网")]), _vouched([("时间", "2005-3-7"), ("来源", "国务院")])
    (True, True)
    >>> _vouched([("时间", "2005-3-7"), ("来源", "群众来信反映")]), _vouched([("时间", "每季度末"), ("来源", "国务院")])
    (False, False)
    """
    return (len(pairs) >= 2 and all(value or field_of(label)[0] == "-" for label, value in pairs)  # 浏览次数： is a counter
            and any(field_of(label)[1] == "strong" or (field_of(label)[0] == "publisher" and labels.ORG.fullmatch(value))
                    for label, value in pairs)
            and any(field_of(label)[0] in DATE_FIELDS and labels.strict_value(field_of(label)[0], value)
                    for label, value in pairs))


_DEADLINE = regex.compile(r"(?:\u524d|\u540e|\u8d77|\u6b62|\u4e4b\u95f4)\s*+$")  # 前 后 起 止 之间


def _valid_value(field: str, value: str) -> bool:
    if not value:
        return True
    if field in DATE_FIELDS:  # a deadline (…日前) or a sentence after the date is a schedule, not a page's date
        return (labels.read_date(value) is not None and size(value) <= 30 and not _DEADLINE.search(value)
                and not _SENTENCE_MARKS.search(value))
    if field == "-":
        return regex.fullmatch(r"\d+\s*次?", value) is not None
    if field in ("disclosure", "validity"):  # 主动公开, 继续有效: one short term, not a list
        return size(value) <= 10 and "\u3001" not in value
    limit = 120 if field in _LONG_FIELDS else 60
    return size(value) <= limit and not is_prose(value)


_NAME = regex.compile(r"[\p{Han}A-Za-z0-9]{2,16}+")
_PERSON = regex.compile(rf"\p{{Han}}{{2,4}}+(?:[\s{chars.IDEOGRAPHIC_COMMA}{chars.FULLWIDTH_COMMA}]++\p{{Han}}{{2,4}}+){{0,3}}")


def fits_as_value(field: str, text: str) -> bool:
    """Is the line under a label-only line that label's value? Only when it has the field's
    shape: a date, an index or document number, an organisation or a short source name
    that is no title (an empty 主题词 must not take the document's first line)."""
    if labels.strict_value(field, text):
        return True
    if field in ("editor", "author"):
        return _PERSON.fullmatch(text) is not None
    if field == "-":  # a counter's number (阅读量： / 4292)
        return text.isascii() and text.isdigit()
    return field == "publisher" and _NAME.fullmatch(text) is not None and not labels.TITLE_WORDS.search(text)


_DECORATION = regex.compile(r"[\s\p{P}\p{S}]++")
_SENTENCE_MARKS = regex.compile(f"[{chars.IDEOGRAPHIC_FULL_STOP}{chars.FULLWIDTH_COMMA}{chars.FULLWIDTH_SEMICOLON}"
                                f"{chars.FULLWIDTH_QUESTION}{chars.FULLWIDTH_EXCLAMATION}]")


_OWN_NOTE = regex.compile(f"[(\\uff08)\\uff09:{chars.FULLWIDTH_COLON}]")


def block_heading(line: str) -> bool:
    """A short decorated heading and nothing else: a few Han characters inside lenticular brackets,
    rules or symbols (【文件信息】, ■ 基本信息); no digit, no sentence mark. Not in round brackets
    and not before a colon: （此件公开发布） and 附件： are the document's own notes (GB/T 9704).
    Read only over a block of metadata lines (the caller checks the block).

    >>> block_heading("【文件信息】"), block_heading("—— 文件属性 ——"), block_heading("■ 基本信息")
    (True, True, True)
    >>> block_heading("（此件公开发布）"), block_heading("附件："), block_heading("请各单位认真落实。")
    (False, False, False)
    """
    stripped = line.strip()
    words = _DECORATION.sub("", stripped)
    return (stripped != words and 2 <= len(words) <= 8 and regex.fullmatch(r"\p{Han}++", words) is not None
            and not _SENTENCE_MARKS.search(stripped) and not _OWN_NOTE.search(stripped))
