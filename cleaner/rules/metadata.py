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

from cleaner import chars, labelpairs, labels, lineshape, metalines, metarows, ownfields, titlelines
from cleaner.docmodel import Line, drop_line, lines, non_blank, zones
from cleaner.labels import field_of
from cleaner.textutil import is_date_only, only_if, parse_date
from cleaner.types import Context, Edit, Field


# Every field line has a colon, a bracketed label, or a strong label and a space.
@only_if(":", "\uff1a", "\ufe30", "\ufe55", "\u2236", "】", "]", "〗", "］", "〕", "」", "』", "〉", ">", "》", "|", "｜", "│",
         " ", "\u3000", pattern=r"(?:\u65e5\u671f|\u65f6\u95f4|\u53f7|\u673a\u5173|\u673a\u6784|\u5355\u4f4d|\u6765\u6e90)[0-9\uff10-\uff19\p{Han}]")
def extract_labeled_fields(text: str) -> Iterator[Edit | Field]:
    """``label: value`` metadata lines become fields and leave the body.

    Labels come bracketed (【发布日期】, [来源]) or with a colon, with a prefix (信息发布时间),
    several on a line with ``|`` between them and a widget tail after them (see
    :mod:`cleaner.labels`). Strong labels (索引号, 发布日期, 责任编辑 …) count anywhere the
    whole line is metadata; weaker ones only at the page's edges: 来源 and 编辑 in its head
    or tail, 时间 and 日期 only in its head (a notice's own "时间：…" lines stand in its
    tail). A label whose value is empty takes the next line only when that line has the
    field's one shape (a date, an index or document number, an organisation).

    >>> out = list(extract_labeled_fields("标题\\n发布日期:2022-05-31信息来源:市卫健委\\n正文。"))
    >>> [(f.name, f.value) for f in out if isinstance(f, Field)]
    [('publish_date', '2022-05-31'), ('publisher', '市卫健委')]
    >>> [e.old for e in out if isinstance(e, Edit)]
    ['发布日期:2022-05-31信息来源:市卫健委\\n']
    """
    items = list(_labeled_items(text))
    weak = [x for x in items if isinstance(x, metalines.WeakField)]
    yield from (x for x in items if not isinstance(x, metalines.WeakField))
    yield from (Field(x.name, x.value, x.start, x.end) for x in weak)  # 发布机构 over 来源, 发布时间 over 更新时间


def _labeled_items(text: str) -> Iterator[Edit | Field]:
    """The work of :func:`extract_labeled_fields`; a source's publisher or an update's date as a weak field."""
    doc = lines(text)
    z = zones(doc)
    body = non_blank(doc)
    taken: set[int] = set()
    opening = ownfields.document_opening(body)
    own: set[int] = set()
    for k, line in enumerate(body):
        if line.index in taken:
            continue
        pairs = labelpairs.parse(line.text)
        if not pairs and k + 1 < len(body) and z.at_edge(line.index) and z.at_edge(body[k + 1].index):
            pairs = labelpairs.bare_label(line.text, body[k + 1].text)  # 索引号 / 000014349/2021-00123
        glued = metalines.glued_body(field_of(pairs[-1][0])[0], pairs[-1][1]) if pairs else ""
        if pairs and not glued and z.in_head(line.index) and k < opening:  # 来源：XX局　关于…的通知: the title
            glued = metalines.glued_title(field_of(pairs[-1][0])[0], pairs[-1][1], titlelines.TITLE_END)
        if glued:  # judge the header without the document line glued to it
            pairs[-1] = (pairs[-1][0], pairs[-1][1][:len(pairs[-1][1]) - len(glued)].rstrip())
        in_head = z.in_head(line.index) and k < opening
        if not pairs or not labelpairs.acceptable(pairs, in_head, z.at_edge(line.index)):
            continue
        weak = any(field_of(label)[1] == "head" for label, _ in pairs)  # 时间, 日期: a meeting's too
        if (k > opening or weak) and (ownfields.beside_own_fields(body, k) or k - 1 in own):
            own.add(k)  # a list of the document's own fields runs on: 文件名称 / 文号 / 有效性
            continue
        taken.add(line.index)
        if glued:  # the header glued to the document's first line: only the header goes
            cut = line.start + labels.narrow(labels.unglyph(line.text)).rindex(glued)  # values are read narrowed
            yield Edit(line.start, cut, text[line.start:cut], "",
                       "metadata line glued to the document's first line: " + "、".join(p[0] for p in pairs))
            yield from _fields(pairs, line)
            continue
        yield drop_line(line, "metadata line: " + "、".join(p[0] for p in pairs), text)
        label, value = pairs[-1]
        if not value and k + 1 < len(body):
            value_line = body[k + 1]
            if labelpairs.fits_as_value(field_of(label)[0], value_line.text.strip()):
                taken.add(value_line.index)
                pairs[-1] = (label, value_line.text.strip())
                yield drop_line(value_line, f"metadata value of {label}", text)
        yield from _fields(pairs, line)
    if taken:  # a bare date counts only beside a metadata line
        yield from _dates_beside(body, taken, z, text)
        yield from _block_headings(body, taken, z, text)


def _block_headings(body: list[Line], taken: set[int], z, text: str) -> Iterator[Edit]:
    """The heading over a block of metadata lines at the page's edge (【文件信息】 / 信息公开属性： /
    ■ 基本信息), the block ending the page or standing in its head, goes with the block: all it
    heads left the body."""
    k = len(body)
    while k > 0 and body[k - 1].index in taken:
        k -= 1
    if len(body) - k >= 2 and k > 0 and labelpairs.block_heading(body[k - 1].text):
        yield drop_line(body[k - 1], "heading of the metadata block that ends the page", text)
    for k in range(len(body) - 2):
        line = body[k]
        if (z.in_head(line.index) and line.index not in taken and body[k + 1].index in taken
                and body[k + 2].index in taken and z.in_head(body[k + 2].index) and labelpairs.block_heading(line.text)):
            yield drop_line(line, "heading of a metadata block in the page head", text)


def extract_label_rows(text: str) -> Iterator[Edit | Field]:
    """A header table flattened into a label row over a value row leaves the body, values as fields.

    Label lines followed by their value lines count too. Only at the page's edges, where the
    信息公开 block stands: a table of the document's own keeps its rows (see cleaner.metarows).

    >>> out = list(extract_label_rows("标题\\n索引号\\t发布日期\\n000014349/2021-00123\\t2021-04-02\\n正文。"))
    >>> [(f.name, f.value) for f in out if isinstance(f, Field)]
    [('index_number', '000014349/2021-00123'), ('publish_date', '2021-04-02')]
    """
    doc = lines(text)
    z = zones(doc)
    for block, pairs in metarows.label_rows(non_blank(doc)):
        if all(z.at_edge(line.index) for line in block):
            for line in block:
                yield drop_line(line, "metadata table row: " + "、".join(p[0] for p in pairs), text)
            yield from _fields(pairs, block[0])


def _dates_beside(body: list[Line], taken: set[int], z, text: str) -> Iterator[Edit | Field]:
    """A bare date in the page head next to metadata lines is the publication date."""
    for k, line in enumerate(body):
        if line.index in taken or not z.in_head(line.index) or not is_date_only(line.text):
            continue
        neighbours = [body[j].index for j in (k - 1, k + 1) if 0 <= j < len(body)]
        if any(n in taken for n in neighbours):
            yield drop_line(line, "metadata line: publication date", text)
            yield Field("publish_date", parse_date(line.text), line.start, line.end)


def _fields(pairs: list[tuple[str, str]], line: Line) -> Iterator[Field]:
    for label, value in pairs:
        field = field_of(label)[0]
        if value and field != "-":
            kind = metalines.WeakField if metalines.weak_label(field, label) else Field
            yield kind(field, labels.normalized(field, value), line.start, line.end)


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


@only_if(pattern=r"\p{Han}[^\S\n]*+[:\uff1a|\uff5c/]?+[^\S\n]*+\p{Han}{2,4}|\u8bb0\u8005|\u8baf")
def drop_credit_lines(text: str) -> Iterator[Edit]:
    """Credit lines and bylines at the page's edges leave the body; no field keeps them.

    Each cell a workflow or news role and a person's name (编辑｜李华　审核｜刘洋, 初审：… 终审：…,
    本报记者　陈静　通讯员　张明, 文/张明　图/李华), in the head or the tail; a news byline in
    brackets before a paragraph's first sentence (本报讯（记者 张明）) goes anywhere. A role
    with a sentence after it (审核：各县…进行初审。) is the document's own step and stays.

    >>> [e.old for e in drop_credit_lines("标题\\n本报记者　陈静\\n现将有关事项通知如下。\\n编辑｜李华  审核｜刘洋")]
    ['本报记者　陈静\\n', '\\n编辑｜李华  审核｜刘洋']
    >>> [e.old for e in drop_credit_lines("标题\\n本报讯（记者 张明 通讯员 李华）3月29日，全市召开会议。")]
    ['本报讯（记者 张明 通讯员 李华）']
    """
    doc = lines(text)
    z = zones(doc)
    credits = {line.index for line in non_blank(doc) if z.at_edge(line.index) and metalines.credit_line(line.text)}
    for line in non_blank(doc):
        if line.index in credits:
            # the line above goes too and takes its own line end: the last line must not take it again
            yield drop_line(line, "metadata: credit line", text) if line.index - 1 in credits else \
                _drop_last_aware(line, text, doc)
        elif (m := metalines.BYLINE_PREFIX.match(line.text)) is not None:
            yield Edit(line.start, line.start + m.end(), m.group(), "", "metadata: news byline before the text")


def _drop_last_aware(line: Line, text: str, doc) -> Edit:
    """The line with its line end; the last line with the line end before it."""
    if line.end >= len(text) and line.start > 0:
        return Edit(line.start - 1, line.end, text[line.start - 1:line.end], "", "metadata: credit line")
    return drop_line(line, "metadata: credit line", text)


# The issuer before its date, or the date first (metalines._DATE_ISSUER_ROW: 【2020-02-22】 白河县…).
@only_if(pattern=r"\p{Han}[^\S\n|\uff5c\u00b7\u53d1]*+[^\n]{0,6}\d{4}"
                 r"|\d{4}[-/.\u5e74]\d{1,2}[-/.\u6708]\d{1,2}\u65e5?+[\u3011\]]?+[^\S\n]*+(?:[|\uff5c\u00b7][^\S\n]*+)?+\p{Han}")
def extract_issuer_date_rows(text: str) -> Iterator[Edit | Field]:
    """A list page's issuer-and-date row above the text leaves the body, its values as fields.

    The row is an issuer and a date and nothing else (江岭市卫生健康委员会　2021-03-31): the
    publisher and the publication date. Only in the page head: a signature (the organisation over its date) is the tail's.

    >>> out = list(extract_issuer_date_rows("关于印发要点的通知\\n江岭市卫生健康委员会 | 2021-03-31\\n现印发给你们。"))
    >>> [(f.name, f.value) for f in out if isinstance(f, Field)]
    [('publisher', '江岭市卫生健康委员会'), ('publish_date', '2021-03-31')]
    """
    doc = lines(text)
    z = zones(doc)
    for line in non_blank(doc):
        if not z.in_head(line.index) or (row := metalines.issuer_date_row(labels.unglyph(line.text))) is None:
            continue
        yield drop_line(line, "metadata line: issuer and date", text)
        yield Field("publisher", row[0], line.start, line.end)
        yield Field("publish_date", parse_date(row[1]), line.start, line.end)


@only_if(pattern=r"[:\uff1a][^\n]{2,30}[\uff09)\u3011\]][^\S\n]*+(?:\n|\Z)")
def drop_glued_source_notes(text: str) -> Iterator[Edit | Field]:
    """A repost template's source note glued after a paragraph's last sentence leaves it.

    …共同繁荣。（信息来源：国务院） → …共同繁荣。, the organisation the publisher. The label must
    name the publisher and the value be an organisation (（来源：群众来信） stays).

    >>> out = list(drop_glued_source_notes("标题\\n推动世界和平。（来源：国务院）\\n各位代表！"))
    >>> [(x.name, x.value) if isinstance(x, Field) else x.old for x in out]
    ['（来源：国务院）', ('publisher', '国务院')]
    """
    for line in non_blank(lines(text)):
        if (note := metalines.glued_source_note(line.text)) is not None:
            start = line.start + note[0]
            yield Edit(start, line.end, text[start:line.end], "", "metadata: source note glued to a paragraph")
            yield Field("publisher", note[1], start, line.end)


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
    scored = [(titlelines.title_score(l.text.strip(), known) + (has_body and pos == len(head) - 1), pos)
              for pos, l in enumerate(head) if titlelines.title_shaped(l.text.strip())]
    best = max((score for score, _ in scored), default=0)
    if best < 1:
        return  # no line reads like a title: better no title than a wrong one
    pos = next(p for score, p in scored if score == best)
    title = head[pos]
    org_half = pos > 0 and titlelines.issuer_half(head[pos - 1].text.strip(), title.text.strip())
    card = metalines.list_card_above([l.text.strip() for l in head[:pos]])
    for k, (field, value) in card.items():
        yield drop_line(head[k], f"metadata above the title: the list card's {field}", text)
        yield Field(field, value, head[k].start, head[k].end)
    for k, above in enumerate(head[:pos - org_half]):
        if k in card:
            continue  # the card's issuer, already taken (one line is dropped once)
        if titlelines.SITE_NAME.search(above.text.strip()) and not labels.TITLE_WORDS.search(above.text):
            yield drop_line(above, "site or column name above the title", text)
    if org_half:  # 江岭市卫生健康委员会 / 关于…的通知: the issuer is the title's first half
        yield from titlelines.join_title(head[pos - 1], title, text)
        return
    pairs = ([(head[pos - 1], title)] if pos else []) + ([(title, head[pos + 1])] if pos + 1 < len(head) else [])
    for first, second in pairs:  # with the line above, with the line below
        if titlelines.split_title(first.text.strip(), second.text.strip()):
            yield from titlelines.join_title(first, second, text)
            return
    cut = metalines.title_date_suffix(title.text, titlelines.TITLE_END)
    if cut is not None:  # 关于…的通知 2021-03-31: the list page's date, not the title's
        yield Edit(title.start + cut, title.end, title.text[cut:], "", "metadata: list date glued to the title")
        yield Field("publish_date", parse_date(title.text[cut:]), title.start + cut, title.end)
        yield Field("title", title.text[:cut].strip(), title.start, title.start + cut)
        return
    yield Field("title", title.text.strip(), title.start, title.end)


_SIGNATURE_DATE = regex.compile(r"\s*+\d{4}\s*+年\s*+\d{1,2}\s*+月\s*+\d{1,2}\s*+日\s*+")
@only_if(pattern="\u65e5[^\\S\\n]*+(?:\\n|\\Z)")  # a line that ends on 日
def find_signature_date(text: str) -> Iterator[Field]:
    """The signature's date is the written date, its organisation the publisher.

    The date stands on its own line ("2022年7月25日"), the organisation right above it. The lines stay: the signature is part of the document. Only the first such line counts
    (an attachment may carry its own), and fields found earlier (a labelled 成文日期 or
    发布机构) win.

    >>> [(f.name, f.value) for f in find_signature_date("通知\\n请认真贯彻落实。\\n江岭市卫生健康委员会\\n2022年7月25日\\n附件")]
    [('written_date', '2022-07-25'), ('publisher', '江岭市卫生健康委员会')]
    >>> list(find_signature_date("2022年7月25日召开会议。"))
    []
    """
    doc = non_blank(lines(text))
    for k, line in enumerate(doc):
        if _SIGNATURE_DATE.fullmatch(line.text) or labels.CHINESE_DATE.fullmatch(line.text):
            value = parse_date(line.text) or labels.chinese_date(line.text)
            if value:
                yield Field("written_date", value, line.start, line.end)
                above = doc[k - 1].text.strip() if k else ""
                if labels.ORG.fullmatch(above) and not labels.TITLE_WORDS.search(above):
                    yield Field("publisher", above, doc[k - 1].start, doc[k - 1].end)
                return


_DATELINE = regex.compile(r"^(?:——|--|—|[(\uff08])[^\n]{0,40}?\d{4}\s*+年\s*+\d{1,2}\s*+月\s*+\d{1,2}\s*+日")
_BYLINE_ORG = regex.compile(r"^(?P<org>\p{Han}{2,20}?)(?:副?总理|副?省长|副?市长|副?县长|副?区长|副?主任|副?局长|副?厅长|副?部长|书记|副?主席)"
                            r"(?:[\s\u3000]|\?)++\p{Han}{2,4}+$")  # "?": a space lost to GBK
_SIGNER = regex.compile(rf"(?:^|[\s\u3000]++)签\s*+发\s*+人\s*+[:{chars.FULLWIDTH_COLON}]\s*+\p{{Han}}{{2,4}}+"
                        rf"(?:[\s\u3000{chars.IDEOGRAPHIC_COMMA}]++\p{{Han}}{{2,4}}+)*+(?:[\s\u3000]++|$)")
_HEADER_LINES = 8  # a dateline, a byline and a document number stand right under the title


def find_header_fields(text: str) -> Iterator[Field]:
    """Fields the document's own header shows under its title; the lines stay.

    A document number alone on its line (江卫发〔2021〕12号) is the doc number; a dateline
    (——2003年3月5日在…会议上, （2021年3月29日通过）) is the written date; a byline of an
    organisation and a post (国务院总理　朱镕基) names the publisher. Fields found earlier
    (labels, the signature) win.

    >>> [(f.name, f.value) for f in find_header_fields("2003年政府工作报告\\n——2003年3月5日在会议上\\n国务院总理 朱镕基\\n各位代表：")]
    [('written_date', '2003-03-05'), ('publisher', '国务院')]
    >>> [(f.name, f.value) for f in find_header_fields("关于印发工作要点的通知\\n江卫发〔2021〕12号\\n各单位：")]
    [('doc_number', '江卫发〔2021〕12号')]
    >>> [(f.name, f.value) for f in find_header_fields("关于报送情况的报告\\n江卫[2021]12号　签发人：张三\\n市政府：")]
    [('doc_number', '江卫〔2021〕12号')]
    >>> [(f.name, f.value) for f in find_header_fields("关于开展检查的通知\\n〔２０２１〕１２号\\n各单位：")]
    [('doc_number', '〔2021〕12号')]
    """
    for k, line in enumerate(non_blank(lines(text))[:_HEADER_LINES]):
        value = labels.narrow(line.text.strip())
        number = _SIGNER.sub("", value)  # 江卫发〔2021〕12号　签发人：张三 (a report's header)
        if labels.DOC_NUMBER.fullmatch(number) or (k == 1 and labels.BARE_DOC_NUMBER.fullmatch(number)):
            yield Field("doc_number", labels.normalized("doc_number", number), line.start, line.end)
        elif _DATELINE.match(value) and (date := parse_date(value)):
            yield Field("written_date", date, line.start, line.end)
        elif (m := _BYLINE_ORG.match(value)) and labels.ORG.fullmatch(m["org"]):
            yield Field("publisher", m["org"], line.start, line.end)


def fall_back_publish_date(text: str, ctx: Context) -> Iterator[Field]:
    """With no publication date shown, the document's own date stands in, and says so.

    ``publish_date_source`` records where it came from ("written_date": the signature, a
    dateline or 成文日期), so a reader can tell a shown date from a stand-in.

    >>> from types import MappingProxyType
    >>> [(f.name, f.value) for f in fall_back_publish_date("", Context(MappingProxyType({"written_date": "2021-03-29"})))]
    [('publish_date', '2021-03-29'), ('publish_date_source', 'written_date')]
    """
    if "publish_date" not in ctx.metadata and "written_date" in ctx.metadata:
        yield Field("publish_date", ctx.metadata["written_date"], 0, 0)
        yield Field("publish_date_source", "written_date", 0, 0)


def extract_shaped_rows(text: str) -> Iterator[Edit | Field]:
    """A row in the page's head that is a record, not a sentence, leaves the body; its values become fields.

    Two shapes every template shares, whatever its labels: a row of short cells around one
    date (a list card, a dateline: 政策文件 · 2021-03-31 · 江岭市卫健委 · 阅读 12 / 2021-03-31 发布)
    and a crawler's record of ASCII keys (pubDate: 2021-03-31). Only before the first sentence.

    >>> out = list(extract_shaped_rows("标题\\n江岭市卫生健康委员会 · 2021-03-31 · 阅读 12\\n正文。"))
    >>> [(f.name, f.value) for f in out if isinstance(f, Field)], [e.old for e in out if isinstance(e, Edit)]
    ([('publish_date', '2021-03-31'), ('publisher', '江岭市卫生健康委员会')], ['江岭市卫生健康委员会 · 2021-03-31 · 阅读 12\\n'])
    >>> list(extract_shaped_rows("标题\\n国务院总理 温家宝\\n正文。\\n2021-03-31 发布"))
    []
    """
    doc = non_blank(lines(text))
    head_end = zones(doc).head_end
    for line in doc:
        if line.index >= head_end:
            break
        if (card := lineshape.card_row(line.text)) is not None:
            yield drop_line(line, "metadata line: a row of short cells around a date", text)
            yield Field("publish_date", card[0], line.start, line.end)
            if card[1]:
                yield Field("publisher", card[1], line.start, line.end)
        elif (marked := lineshape.marked_pairs(line.text)) is not None:
            yield drop_line(line, "metadata line: labels and values split by a mark", text)
            for name, value in marked:
                yield Field(name, value, line.start, line.end)
        elif (pairs := lineshape.key_values(line.text)) is not None:
            yield drop_line(line, "metadata line: a record of ASCII keys and values", text)
            for name, value in lineshape.key_fields(pairs):
                yield Field(name, value, line.start, line.end)
