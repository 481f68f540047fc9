"""Metadata: the 信息公开 header and footer fields move out of the body into structured fields.

Pages carry their metadata as ``label: value`` lines (bullets, spaced labels "索 引 号",
several pairs on a line, a date glued to the next label), as a label line with its value
on the next line, or as a bare stack (index number, publisher, date, 主动公开). Each
value becomes a :class:`Field`; each line leaves the body with a recorded removal. A
field that is empty on the page is omitted, never invented.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner import data
from cleaner.docmodel import Line, drop_line, is_prose, lines, non_blank, size, zones
from cleaner.textutil import is_date_only, only_if, parse_date
from cleaner.types import Context, Edit, Field

_LABELS = {row[0]: (row[1], row[2]) for row in data.table("metadata_labels")}
_LABEL_COLON = regex.compile(
    "(?P<label>" + "|".join(r"\s*+".join(map(regex.escape, label))
                            for label in sorted(_LABELS, key=len, reverse=True)) + r")\s*+[:\uff1a]\s*+"
)
_BULLET = regex.compile(r"^[\s•·●■▪◆◇○*\-]*")
_PARENS = regex.compile(r"^[(\uff08](.*)[)\uff09]$")
_DATE_FIELDS = {"publish_date", "written_date"}
_PUNCT_ONLY = regex.compile(r"[\p{P}\s]*")
_LONG_FIELDS = {"title", "keywords"}


def _field_of(label: str) -> tuple[str, str]:
    return _LABELS[regex.sub(r"\s", "", label)]


@only_if(":", "\uff1a")  # every label ends with a colon
def extract_labeled_fields(text: str) -> Iterator[Edit | Field]:
    """``label: value`` metadata lines become fields and leave the body.

    Strong labels (索引号, 发布日期, 责任编辑 …) count anywhere the whole line is metadata;
    weaker ones only at the page's edges: 来源 and 编辑 in its head or tail, 时间 and 日期
    only in its head (a notice's own "时间：…" lines stand in its tail).

    >>> out = list(extract_labeled_fields("标题\\n发布日期:2022-05-31信息来源:市卫健委\\n正文。"))
    >>> [(f.name, f.value) for f in out if isinstance(f, Field)]
    [('publish_date', '2022-05-31'), ('publisher', '市卫健委')]
    >>> [e.old for e in out if isinstance(e, Edit)]
    ['发布日期:2022-05-31信息来源:市卫健委\\n']
    """
    doc = lines(text)
    z = zones(doc)
    body = non_blank(doc)
    taken: set[int] = set()
    for k, line in enumerate(body):
        if line.index in taken or (":" not in line.text and "\uff1a" not in line.text):
            continue
        pairs = _parse(line.text)
        if not pairs or not _acceptable(pairs, z.in_head(line.index), z.at_edge(line.index)):
            continue
        taken.add(line.index)
        yield drop_line(line, "metadata line: " + "、".join(p[0] for p in pairs), text)
        label, value = pairs[-1]
        if not value and k + 1 < len(body):
            value_line = body[k + 1]
            if _is_value_line(value_line.text, _field_of(label)[0]):
                taken.add(value_line.index)
                pairs[-1] = (label, value_line.text.strip())
                yield drop_line(value_line, f"metadata value of {label}", text)
        yield from _fields(pairs, line)
    if taken:  # a bare date counts only beside a metadata line
        yield from _dates_beside(body, taken, z, text)


def _dates_beside(body: list[Line], taken: set[int], z, text: str) -> Iterator[Edit | Field]:
    """A bare date in the page head next to metadata lines is the publication date."""
    for k, line in enumerate(body):
        if line.index in taken or not z.in_head(line.index) or not is_date_only(line.text):
            continue
        neighbours = [body[j].index for j in (k - 1, k + 1) if 0 <= j < len(body)]
        if any(n in taken for n in neighbours):
            yield drop_line(line, "metadata line: publication date", text)
            yield Field("publish_date", parse_date(line.text), line.start, line.end)


def _parse(line: str) -> list[tuple[str, str]]:
    """The (label, value) pairs of a line made only of them, else []."""
    body = _BULLET.sub("", line.strip(), count=1)
    if (m := _PARENS.match(body)) is not None:
        body = m.group(1)
    matches = list(_LABEL_COLON.finditer(body))
    if not matches or matches[0].start() != 0:
        return []
    pairs = []
    for m, nxt in zip(matches, matches[1:] + [None]):
        value = body[m.end():nxt.start() if nxt else len(body)].strip()
        if _PUNCT_ONLY.fullmatch(value):
            value = ""  # "发布时间:," holds no value (and the comma is collapsed away later)
        pairs.append((regex.sub(r"\s", "", m["label"]), value))
    return pairs


def _acceptable(pairs: list[tuple[str, str]], in_head: bool, at_edge: bool) -> bool:
    for label, value in pairs:
        field, strength = _LABELS[label]
        if (strength == "edge" and not at_edge) or (strength == "head" and not in_head):
            return False
        if not _valid_value(field, value):
            return False
    return True


def _valid_value(field: str, value: str) -> bool:
    if not value:
        return True
    if field in _DATE_FIELDS:
        return parse_date(value) is not None and size(value) <= 30
    if field == "-":
        return regex.fullmatch(r"\d+\s*次?", value) is not None
    limit = 120 if field in _LONG_FIELDS else 60
    return size(value) <= limit and not is_prose(value)


def _is_value_line(text: str, field: str) -> bool:
    """The line under a label-only line holds that label's value."""
    text = text.strip()
    if field == "-":
        return text.isdigit()
    if field in _DATE_FIELDS:
        return is_date_only(text)
    return (0 < size(text) <= 40 and not is_prose(text) and not regex.search(r"[:\uff1a【】\[\]]", text)
            and not _LABEL_COLON.match(text))


def _fields(pairs: list[tuple[str, str]], line: Line) -> Iterator[Field]:
    for label, value in pairs:
        field = _field_of(label)[0]
        if not value or field == "-":
            continue
        if field in _DATE_FIELDS:
            value = parse_date(value)
        else:
            value = regex.sub(r"\s+", "" if field == "title" else " ", value)
        yield Field(field, value, line.start, line.end)


_INDEX_NUMBER = regex.compile(r"^[0-9A-Za-z]{5,}+(?:[-/][0-9A-Za-z]++){1,4}$")
_ORG = regex.compile(r"^\p{Han}{2,24}(?:局|委|委员会|政府|办公室|办公厅|厅|中心|院|会|部|署|所|站|处)$")
_DISCLOSURE = regex.compile(r"^(?:主动公开|依申请公开|不予公开|部分公开|免予公开)$")


@only_if(pattern=r"[0-9A-Za-z]{5}[-/]")  # the stack opens with an index number
def extract_header_stack(text: str) -> Iterator[Edit | Field]:
    """A bare header stack (index number, publisher, date, 主动公开, one per line) leaves the body.

    >>> out = list(extract_header_stack("11330782329949043U/2021-374107\\n市卫生健康局\\n2021-03-24\\n主动公开\\n标题"))
    >>> [(f.name, f.value) for f in out if isinstance(f, Field)]
    [('index_number', '11330782329949043U/2021-374107'), ('publisher', '市卫生健康局'), ('publish_date', '2021-03-24'), ('disclosure', '主动公开')]
    """
    head = non_blank(lines(text))[:8]
    for k, line in enumerate(head):
        if _INDEX_NUMBER.match(line.text.strip()) and any(c.isdigit() for c in line.text):
            stack = _stack_after(head[k + 1:])
            if len(stack) >= 2:
                yield drop_line(line, "metadata header stack: index number", text)
                yield Field("index_number", line.text.strip(), line.start, line.end)
                for field, value, stack_line in stack:
                    yield drop_line(stack_line, f"metadata header stack: {field or 'disclosure'}", text)
                    if field:
                        yield Field(field, value, stack_line.start, stack_line.end)
            return


def _stack_after(following: list[Line]) -> list[tuple[str, str, Line]]:
    """(field, value, line) for the stack lines right after an index number."""
    stack, seen = [], set()
    for line in following:
        value = line.text.strip()
        if "publisher" not in seen and _ORG.match(value):
            field, norm = "publisher", value
        elif "publish_date" not in seen and is_date_only(value):
            field, norm = "publish_date", parse_date(value)
        elif "disclosure" not in seen and _DISCLOSURE.match(value):
            field, norm = "disclosure", value
        else:
            break
        seen.add(field)
        stack.append((field, norm, line))
    return stack


_HAN = regex.compile(r"\p{Han}")
_TITLE_WORDS = regex.compile(r"通知|要点|总结|报告|意见|方案|办法|规定|决定|通报|公告|计划|安排|纪要|批复|规划|细则|公示|通告|决议|条例|讲话")
_SITE_NAME = regex.compile(r"(?:人民政府|政府信息公开|信息公开|门户网站|网站|政府网|委员会|卫生健康局|卫健委|卫健局|办公室|办公厅)$")
_BYLINE = regex.compile(r"(?:省长|市长|主席|总理|县长|区长|书记|主任|局长)\s*+\p{Han}{1,3}(?:\s*+\p{Han}{1,2})?$")
# Not a title: a label, a subtitle dash, a bracketed line, a document number, a breadcrumb,
# an outline heading ("一、总体情况": a body fragment's first heading is no title).
_NOT_TITLE = regex.compile(r"[:\uff1a]$|^(?:——|--|[(\uff08])|〔\d{4}〕\d+号$|[>»›]|^[一二三四五六七八九十]+\u3001")


def find_title(text: str, ctx: Context) -> Iterator[Edit | Field]:
    """The document's title is found in the page head; site names above it leave the body.

    The title is the 标题 field when the page gives one; otherwise the first head line that
    reads like a title (关于…的通知, …工作要点, …报告), or the line right before the first
    sentence. When no line reads like a title, there is no title: none is invented.

    >>> out = list(find_title("福州市卫生健康委员会政府信息公开\\n关于印发工作要点的通知\\n各单位：\\n现印发。", Context()))
    >>> [(x.name, x.value) if isinstance(x, Field) else x.old for x in out]
    ['福州市卫生健康委员会政府信息公开\\n', ('title', '关于印发工作要点的通知')]
    """
    doc = lines(text)
    z = zones(doc)
    head = [l for l in non_blank(doc) if z.in_head(l.index)]
    known = regex.sub(r"\s", "", ctx.metadata.get("title", ""))
    has_body = z.head_end < len(doc)
    scored = [(_title_score(l.text.strip(), known) + (has_body and pos == len(head) - 1), pos)
              for pos, l in enumerate(head) if _title_shaped(l.text.strip())]
    best = max((score for score, _ in scored), default=0)
    if best < 1:
        return  # no line reads like a title: better no title than a wrong one
    pos = next(p for score, p in scored if score == best)
    for above in head[:pos]:
        if _SITE_NAME.search(above.text.strip()) and not _TITLE_WORDS.search(above.text):
            yield drop_line(above, "site or column name above the title", text)
    title = head[pos]
    yield Field("title", title.text.strip(), title.start, title.end)


def _title_shaped(line: str) -> bool:
    return (size(line) <= 100 and len(_HAN.findall(line)) >= 4 and not is_prose(line)
            and not _NOT_TITLE.search(line) and not is_date_only(line))


def _title_score(line: str, known: str) -> int:
    score = 0
    if known and regex.sub(r"\s", "", line) == known:
        score += 4
    if _TITLE_WORDS.search(line):
        score += 2
    if line.startswith("关于"):
        score += 1
    if _SITE_NAME.search(line) and not _TITLE_WORDS.search(line):
        score -= 3
    if _BYLINE.search(line):
        score -= 3
    return score


_SIGNATURE_DATE = regex.compile(r"\s*+\d{4}\s*+年\s*+\d{1,2}\s*+月\s*+\d{1,2}\s*+日\s*+")


@only_if(pattern="\u65e5[^\\S\\n]*+(?:\\n|\\Z)")  # a line that ends on 日
def find_signature_date(text: str) -> Iterator[Field]:
    """The date under a document's signature ("2022年7月25日" on its own line) is its written date.

    The line stays: the signature date is part of the document. Only the first such line
    counts (an attachment may carry its own), and a labelled 成文日期 found earlier wins.

    >>> [(f.name, f.value) for f in find_signature_date("通知\\n请认真贯彻落实。\\n市卫健委\\n2022年7月25日\\n附件")]
    [('written_date', '2022-07-25')]
    >>> list(find_signature_date("2022年7月25日召开会议。"))
    []
    """
    for line in lines(text):
        if _SIGNATURE_DATE.fullmatch(line.text):
            value = parse_date(line.text)
            if value:
                yield Field("written_date", value, line.start, line.end)
                return
