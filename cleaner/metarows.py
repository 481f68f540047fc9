"""A 信息公开 header table flattened row by row or column by column (for rules/metadata.py).

A CMS renders the header as a table; a crawler may flatten it with the labels on one line and
the values on the next (索引号　发布机构　发布日期 / 000014349/2021-00123　市卫健委　2021-03-29),
or one cell per line, all the labels first and then all the values. Neither layout puts a
colon or a bracket between a label and its value, so the labels alone vouch for the block:
every label cell must be a known label (or a label read from its parts), and the values are
paired by position, each of the shaped fields (dates, index and document numbers, the
publisher) holding its field's one shape, the others a short cell without a sentence in it.
"""

from __future__ import annotations

import regex

from cleaner import chars
from cleaner.docmodel import Line
from cleaner.labels import field_of, narrow, strict_value

_CELL_GAP = regex.compile(r"\t++|[ \u3000]{2,}+|[|｜│¦]")  # no white-space scan before a bar: a long run stays linear
_SENTENCE = regex.compile(f"[{chars.IDEOGRAPHIC_FULL_STOP}{chars.FULLWIDTH_SEMICOLON}{chars.FULLWIDTH_COMMA}]")
_SHAPED = {"publish_date", "written_date", "index_number", "doc_number", "publisher"}


_ONE_SPACE = regex.compile(r"[ \u3000]")


def _cells(line: str, gap: regex.Pattern = _CELL_GAP) -> list[str]:
    return [c.strip() for c in gap.split(line.strip().strip("|｜│¦")) if c.strip()]


def _narrow_row(k: int, body: list[Line]) -> tuple[list[str], list[str]]:
    """A row of labels split by one space each (索引号　发布机构　发布日期) and the row under it split
    the same way: only when the first row is nothing but labels, three or more (a document's own
    two-column table, 文号 成文日期 over its rows, reads the same), and the second has as many cells."""
    row = _cells(body[k].text, _ONE_SPACE)
    if len(row) < 3 or not all(_label(c) for c in row):
        return [], []
    return row, _cells(body[k + 1].text, _ONE_SPACE)


def _label(cell: str) -> str | None:
    """The label a cell holds alone (a colon after it allowed), or None."""
    if len(cell) > 12:
        return None
    label = cell.rstrip().rstrip(":\uff1a").rstrip()
    return label if label and field_of(label)[1] != "none" else None


def _pairs(row: list[str], values: list[str]) -> list[tuple[str, str]] | None:
    """Labels paired with the values under them, when every value fits its label."""
    if len(row) != len(values):
        return None
    values = [narrow(value) for value in values]  # ２０２１年３月２９日: read in ASCII
    shaped = 0
    for label, value in zip(row, values):
        field = field_of(label)[0]
        if field in _SHAPED:
            if not strict_value(field, value):
                return None
            shaped += 1
        elif len(value) > 30 or _SENTENCE.search(value) or _label(value):
            return None
    return list(zip(row, values)) if shaped else None


def label_rows(body: list[Line]) -> list[tuple[list[Line], list[tuple[str, str]]]]:
    """Blocks of a label row and its value row, or of label lines and the value lines after them.

    >>> from cleaner.docmodel import lines
    >>> doc = lines("标题\\n索引号\\t发布机构\\t发布日期\\n000014349/2021-00123\\t江岭市卫生健康委员会\\t2021-04-02\\n正文。")
    >>> [(len(ls), pairs) for ls, pairs in label_rows(doc)]  # doctest: +NORMALIZE_WHITESPACE
    [(2, [('索引号', '000014349/2021-00123'), ('发布机构', '江岭市卫生健康委员会'), ('发布日期', '2021-04-02')])]
    >>> label_rows(lines("时间\\t地点\\t内容\\n3月1日\\t会议室\\t培训"))
    []
    >>> [pairs for _, pairs in label_rows(lines("标题\\n文号 发布机构 发布日期\\n江财发〔2021〕3号 江岭市财政局 2021-03-29\\n正文。"))]
    [[('文号', '江财发〔2021〕3号'), ('发布机构', '江岭市财政局'), ('发布日期', '2021-03-29')]]
    >>> label_rows(lines("废止的文件如下：\\n文号 成文日期\\n江府发〔2015〕3号 2015年3月1日\\n江府发〔2016〕8号 2016年5月9日"))
    []
    """
    out, k = [], 0
    while k < len(body):
        row = _cells(body[k].text)
        labels = [_label(c) for c in row]
        values = _cells(body[k + 1].text) if k + 1 < len(body) else []
        if len(row) == 1 and k + 1 < len(body):  # no wide gap: cells split by one space each
            row, values = _narrow_row(k, body)
            labels = [_label(c) for c in row]
        if len(row) >= 2 and all(labels) and k + 1 < len(body):
            pairs = _pairs(labels, values)
            if pairs:
                out.append(([body[k], body[k + 1]], pairs))
                k += 2
                continue
        n = 0
        while k + n < len(body) and n < 8 and len(_cells(body[k + n].text)) == 1 and _label(body[k + n].text.strip()):
            n += 1
        if n >= 2 and k + 2 * n <= len(body):
            labels = [_label(body[k + i].text.strip()) for i in range(n)]
            pairs = _pairs(labels, [body[k + n + i].text.strip() for i in range(n)])
            if pairs:
                out.append((body[k:k + 2 * n], pairs))
                k += 2 * n
                continue
        k += max(n, 1)
    return out
