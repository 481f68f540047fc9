"""Figures of Chinese prose read whole, and the breakdowns ("N，其中 a、b") they form.

Read-only helpers for the figure rules. A quantity is a number (thousands separators
and all: "1,234"), an optional multiplier (万, 亿, 万亿) and a unit, compound units read
whole ("万元" = 万 + 元, "万人次" = 万 + 人次), so parts and totals compare in one unit
whatever their multipliers. A breakdown links the parts after "其中" to the last total
of the same unit before it, across a sentence boundary when "其中" opens its sentence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from cleaner import chars
from cleaner.counts import opening_verb
from cleaner.docmodel import lines

# The decimal point may be full-width (２．５２万公里, in full-width text).
NUMBER = r"(?:\d{1,3}(?:,\d{3})++|\d++)(?:[.\uff0e]\d++)?"
MULTIPLIERS = {"": 1.0, "千": 1e3, "万": 1e4, "百万": 1e6, "千万": 1e7, "亿": 1e8, "万亿": 1e12}
# Counted events (1153起, 12宗, 36场): whole, and split along several lines at once.
EVENT_UNITS = frozenset("起宗场")
# Letters OCR and typists put for digits inside a figure: O o for 0, I l for 1 (DIGIT_SHAPED);
# Z for 2, S for 5, B for 8 (NAMING: they also name things with a number, B2座, 6S管理). Read so
# only against a measure word or a unit after the figure (11Z名, 9Z4家, 2S场); a name keeps its
# letter where no count follows (4S店, B2B, O2O模式).
DIGIT_SHAPED_LETTERS = "OoIl"
NAMING_LETTERS = "ZSB"
LETTERS_FOR_DIGITS = DIGIT_SHAPED_LETTERS + NAMING_LETTERS
# Units a part and its total share; longest first, so "人次" is not read as "人".
_UNITS = ("平方公里", "平方千米", "平方米", "立方米", "千瓦时", "千瓦", "公里", "千米", "千克", "公斤", "公顷",
          "人次", "户次", "件次", "车次", "架次", "剂次", "批次", "辆次", "家次", "美元", "欧元", "港元", "标箱",
          *"元吨亩个名人家所项件台辆张座条支批户间套处床剂例管份次位株头只册部艘架", *sorted(EVENT_UNITS))
QUANTITY = regex.compile(
    rf"(?<![\d.,\uff0e])(?<!第)(?P<num>{NUMBER})(?P<approx>[多余])?(?P<mult>万亿|千万|百万|亿|万|千)?(?P<approx2>[多余])?"
    rf"(?P<unit>{'|'.join(_UNITS)})(?!百分点|分点)"
)
# Counts of things that come whole: a fraction of one is not a count.
WHOLE_UNITS = frozenset("个名人家所项件台辆张座条支批户间套处床例位艘架部册") | EVENT_UNITS

_SENTENCE_END = regex.compile(r"[\u3002\uff01\uff1f!?]")
_CLAUSE_BREAK = regex.compile(r"[\u3002\uff01\uff1f!?\uff0c,\uff1b;\uff1a:]")
# Parts follow 其中, or 分别为 after the subjects they belong to ("城区和农村分别为30所、15所").
_ANCHOR = regex.compile(r"其中|(?P<list>包括|\uff08)|分别(?:为|是|有|达到|达)|(?P<back>(?<=^|[\u3002\uff01\uff1f\uff1b])在?+(?:上述|以上|前述|这些)"
                       r"\p{Han}{0,8}?中)")
_ANCHOR_HINT = regex.compile(r"中|分别|包括|\uff08")
# Parts listed after 包括 or in brackets right after their total ("新建学校12所（小学8所、初中6所）")
# end at the bracket's close; two parts at least make a list (one may be an old value: "（原计划15所）").
_CLOSE_BRACKET = "\uff09"
_BRACKET_REACH = 80
_OTHER_TIME_OR_PLAN = regex.compile(r"年|月|同期|上期|原|计划|目标|预计|预算|标准|累计")  # 累计: since the start, not of this total
_JOINED_SUBJECTS = regex.compile(rf"[{chars.HAN}](?:和|及|与|\u3001)[{chars.HAN}]")
_TIME_OR_FIGURE = regex.compile(r"\d|年|月|季度|期|日|今|去|前|后|上|下")
# Subjects that name totals of their own (全市公园、绿道总数分别达到186个、320条): no parts of a total before.
_TOTALS = regex.compile(r"总|累计|合计")
_PARTS_END = regex.compile(r"[\u3002\uff01\uff1f!?\uff1b;]|其中")
_OPENING = regex.compile(rf"[\s{chars.FULLWIDTH_COMMA}{chars.FULLWIDTH_COLON}{chars.IDEOGRAPHIC_COMMA},:]*+")
# What the words just before a figure make of it (read in a window of this many characters
# before it, inside its clause: a bounded look, so a long clause is not re-read per figure).
_LOOK_BACK = 16
_CHANGE = regex.compile(r"增加|增长|减少|下降|提高|提升|降低|上升|扩大|缩小|同比|环比|比|较|多于|少于")
# Words that open a new statement after a breakdown: a total, a scope, a change, a new fact.
_NEW_STATEMENT = regex.compile(r"总|累计|合计|共|全|另|此外|同时|达到|新增|新建|比|较|增|减|提高|下降")
# "扩大到120万亩", "提高至85%": a change word with 到 / 至 / 为 states the new level, not the change.
_CHANGED_TO = regex.compile(r"(?:增加|增长|减少|下降|提高|提升|降低|上升|扩大|缩小)(?:到|至|为)\s?+\Z")
_AVERAGE = regex.compile(r"年均|平均|人均|户均|日均|月均|每")
_BOUND = regex.compile(r"(?:超过|超出|超|多于|不少于|不低于|近|逾|约)\s?\Z")
_OLD_VALUE = regex.compile(r"(?:由|从)\s?\Z")
_BOUND_AFTER = regex.compile(r"以上|多|余")


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float
    unit: str
    decimals: int
    tolerance: float  # half a unit of the last written digit, in the scale of ``value``
    multiplier: str


def read_quantity(m: regex.Match, offset: int = 0) -> Quantity:
    """The quantity a :data:`QUANTITY` match reads (``offset``: where its text starts).

    >>> q = read_quantity(QUANTITY.search("总投资1,234.5万元"))
    >>> q.text, q.value, q.unit
    ('1,234.5万元', 12345000.0, '元')
    >>> q = read_quantity(QUANTITY.search("达到２．５２万公里"))
    >>> q.text, q.value
    ('２．５２万公里', 25200.0)
    """
    num = m.group("num").replace(",", "").replace("\uff0e", ".")
    scale = MULTIPLIERS[m.group("mult") or ""]
    decimals = len(num.partition(".")[2])
    # A count of whole things written in full is exact; anything else is rounded to its last digit.
    exact = not decimals and not m.group("mult") and m.group("unit") in WHOLE_UNITS
    return Quantity(offset + m.start(), offset + m.end(), m.group(), float(num) * scale, m.group("unit"),
                    decimals, 0.0 if exact else 0.5 * 10 ** -decimals * scale, m.group("mult") or "")


@dataclass(frozen=True, slots=True)
class Breakdown:
    """Parts after one "其中" and the total they belong to.

    ``total``: the last figure of the parts' unit before "其中" that states a level;
    ``change``: a change ("比上年增加4000亿元") that stands between it and "其中", whose
    own parts these may be instead.
    """

    anchor: int
    total: Quantity | None
    change: Quantity | None
    parts: tuple[Quantity, ...]
    after_change: bool  # "其中" follows the change at once ("增加4000亿元，其中")
    listed: bool = False  # parts listed with 分别为 after named subjects, not after 其中


def breakdowns(text: str) -> Iterator[Breakdown]:
    """Each "其中" with parts, in text order.

    >>> [(b.total.text, [p.text for p in b.parts]) for b in breakdowns("全区现有机构286家。其中医院12家、诊所9家。")]
    [('286家', ['12家', '9家'])]
    >>> [(b.total.text, b.change.text) for b in breakdowns("赤字1.2万亿元，比去年增加4000亿元，其中中央8500亿元。")]
    [('1.2万亿元', '4000亿元')]
    """
    text_lines = lines(text)
    for line in text_lines:
        if not _ANCHOR_HINT.search(line.text):  # 其中, 上述…中, 分别为, 包括, （
            continue
        yield from _line_breakdowns(line.text, line.start)
    if "其中" in text:
        yield from _row_breakdowns(text_lines)
        yield from _opening_breakdowns(text, text_lines)


# A table flattened into lines: "合计：685户" / "其中：城镇：120户" / "农村：960户". Rows are short,
# a label and one figure, no sentence in them.
_ROW_MAX = 30
_ROW_OPENS_PARTS = regex.compile(r"[\s\u3000]*+其中")
_SENTENCE_MARK = regex.compile(r"[\u3002\uff1b\uff01\uff1f;!?]")


def _row(text: str) -> list[Quantity]:
    """The figures of a short table row, or [] when the line is prose."""
    if len(text) > _ROW_MAX or _SENTENCE_MARK.search(text):
        return []
    return [read_quantity(m) for m in QUANTITY.finditer(text)]


def _row_breakdowns(text_lines) -> Iterator[Breakdown]:
    """A row that opens with 其中 under a row with one figure (the total): its parts, and those
    of the rows of one figure each right below it, in the total's unit."""
    for i in range(1, len(text_lines)):
        line = text_lines[i]
        if not _ROW_OPENS_PARTS.match(line.text):
            continue
        above = _row(text_lines[i - 1].text)
        if len(above) != 1 or _role(text_lines[i - 1].text, above[0], []) != "level":
            continue
        total = _moved(above[0], text_lines[i - 1].start)
        parts = [_moved(q, line.start) for q in _row(line.text)]
        for row in text_lines[i + 1:]:
            found = _row(row.text)
            if len(found) != 1 or _ROW_OPENS_PARTS.match(row.text):
                break
            parts.append(_moved(found[0], row.start))
        parts = [p for p in parts if p.unit == total.unit]
        if parts:
            yield Breakdown(line.start, total, None, tuple(parts), False, True)


_LIST_COLONS = frozenset(("\uff1a", ":"))
# A paragraph opening with 其中 lists the parts of the last total of the paragraph before
# ("…筹集资金6850万元。" / "其中：中央资金2400万元；省级补助3650万元"): the whole line is the
# breakdown, so its parts run on over ； up to the sentence's end, as after "其中：" (a list).
_LINE_PARTS_END = regex.compile(r"[\u3002\uff01\uff1f!?]|其中")


def _opening_breakdowns(text: str, text_lines) -> Iterator[Breakdown]:
    """The breakdown of a prose line that opens with 其中, read with the line before it when
    that one ends a sentence (its total stands there)."""
    for i in range(1, len(text_lines)):
        line, above = text_lines[i], text_lines[i - 1]
        opening = _ROW_OPENS_PARTS.match(line.text)
        if not opening or not above.text or not _SENTENCE_END.match(above.text[-1]) or _row(line.text):
            continue
        anchor = line.start + opening.end() - 2
        for bd in _line_breakdowns(text[above.start:line.end], above.start, _LINE_PARTS_END):
            if bd.anchor == anchor and bd.total is not None and _only_total_above(above.text, bd.total.unit):
                yield bd


def _only_total_above(above: str, unit: str) -> bool:
    """Whether the last sentence of the line above states one figure of ``unit``: with two
    (资金6850万元，社会投资1.2亿元) the 其中 line below may break down both, not only the last;
    a figure of an earlier sentence (新增贷款5万亿元。…总投资8265万元。) is not what it breaks down.

    >>> _only_total_above("新增贷款5万亿元以上。二是优化结构。总投资8265万元。", "元")
    True
    >>> _only_total_above("筹集资金6850万元，社会投资1.2亿元。", "元")
    False
    """
    ends = [m.end() for m in _SENTENCE_END.finditer(above, 0, len(above.rstrip()) - 1)]
    last = above[ends[-1]:] if ends else above
    return sum(read_quantity(m).unit == unit for m in QUANTITY.finditer(last)) == 1


def _line_breakdowns(s: str, offset: int, parts_end: regex.Pattern = _PARTS_END) -> Iterator[Breakdown]:
    quantities = [read_quantity(m) for m in QUANTITY.finditer(s)]
    starts = [q.start for q in quantities]
    ends = [q.end for q in quantities]
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(s)]
    sentence_ends = [m.start() for m in _SENTENCE_END.finditer(s)]
    for m in _ANCHOR.finditer(s):
        back = m.group("back") is not None  # "…158个。上述村卫生室中，…": the sentence before holds the total
        bracketed = m.group("list") is not None
        if bracketed and m.group() == "\uff08" and bisect_left(ends, m.start()) == bisect_left(ends, m.start() + 1):
            continue  # a bracket that does not follow a figure
        listed = m.group() != "其中" and not back and not bracketed
        if listed and not _listed_subjects(s, m.start(), breaks):
            continue
        listing = s[m.end():m.end() + 1] in _LIST_COLONS  # "其中：A 30所；B 60所": a list of parts
        # a bracket's list of parts is short: a bounded look keeps a line of brackets linear
        reach = min(len(s), m.end() + _BRACKET_REACH) if bracketed else len(s)
        end = (_LINE_PARTS_END if listing else parts_end).search(s, m.end(), reach)
        limit = end.start() if end else reach
        if bracketed:
            close = s.find(_CLOSE_BRACKET, m.end(), limit)
            limit = close if close >= 0 else limit
            if _OTHER_TIME_OR_PLAN.search(s, m.end(), limit):
                continue  # "（上年1000万元、前年900万元）": other periods or targets, not parts
        k = bisect_left(starts, m.end())
        parts = []
        while k < len(quantities) and quantities[k].end <= limit:
            q = quantities[k]
            if parts and _new_statement(s, q, breaks, parts[-1].end):
                break
            if _role(s, q, breaks) in ("level", "bound") and (not parts or q.unit == parts[0].unit):
                parts.append(q)
            k += 1
        if not parts or (bracketed and len(parts) < 2):
            continue
        total, change = _total_before(s, m.start(), parts[0].unit, quantities, starts, breaks, sentence_ends)
        if listed and (total is None or change is not None or bisect_left(breaks, total.end) != bisect_left(breaks, m.start()) - 1
                       or _subjects_of_another_noun(s, m.start(), breaks, total)):
            continue  # 分别为: only right after the total's own clause, with no change between
        if total is None and change is None:
            continue
        after_change = change is not None and _OPENING.match(s, change.end).end() >= m.start()
        yield Breakdown(offset + m.start(), _moved(total, offset), _moved(change, offset),
                        tuple(_moved(p, offset) for p in parts), after_change, listed or back)


def _listed_subjects(s: str, at: int, breaks: list[int]) -> bool:
    """"城区和农村分别为": the clause before 分别为 names two or more subjects joined by 和 or 、,
    with no figure and no period of time (two years' figures are no parts of one total)."""
    subjects = _clause_before(s, at, breaks)
    return (0 < len(subjects) <= 16 and _JOINED_SUBJECTS.search(subjects) is not None
            and not _TIME_OR_FIGURE.search(subjects) and not _TOTALS.search(subjects))


def _clause_before(s: str, at: int, breaks: list[int]) -> str:
    """The words of the clause that ends at ``at`` (the subjects before 分别)."""
    i = bisect_left(breaks, at) - 1
    return s[breaks[i] + 1 if i >= 0 else 0:at]


_SUBJECT_JOIN = regex.compile(r"\u3001|和|及|与")


def _subjects_of_another_noun(s: str, at: int, breaks: list[int], total: Quantity) -> bool:
    """Whether the subjects before 分别 qualify a noun of their own that the total's clause does
    not name ("重组11家全国重点实验室，国家级、部级创新平台分别达到22家、182家": 创新平台 are no
    实验室): the figures count another thing, not parts of the total. Subjects that are the parts
    themselves (城区和农村) add no noun.

    >>> s = "重组11家全国重点实验室，国家级、部级创新平台分别达到22家、182家"
    >>> _subjects_of_another_noun(s, s.index("分别"), [s.index("，")], read_quantity(QUANTITY.search(s)))
    True
    """
    items = _SUBJECT_JOIN.split(_clause_before(s, at, breaks))
    head = items[-1][len(items[0]):] if len(items) >= 2 else ""  # what the last subject adds: a shared noun
    if len(head) < 2:
        return False
    k = bisect_left(breaks, total.start)
    clause = s[breaks[k - 1] + 1 if k else 0:breaks[k] if k < len(breaks) else len(s)]
    return head[-2:] not in clause


def _new_statement(s: str, q: Quantity, breaks: list[int], after: int) -> bool:
    """A clause after the parts' first one that states something new ("，市场主体总量达到5.86万户",
    "，全年新增…", or a clause opening with a verb of its own: "，修复治理退化草原517万亩"): the
    breakdown ended before it."""
    i = bisect_left(breaks, q.start) - 1
    if i < 0 or breaks[i] < after:
        return False  # the same clause as the part before it
    return _NEW_STATEMENT.search(s, breaks[i] + 1, q.start) is not None or bool(opening_verb(s, breaks[i] + 1))


def _total_before(s: str, anchor: int, unit: str, quantities, starts, breaks, sentence_ends):
    """(total, change) for the "其中" at ``anchor``: the largest level figure of ``unit``
    in its sentence, or in the sentence before when "其中" opens its own, and the change
    between it and "其中" if any."""
    i = bisect_right(sentence_ends, anchor - 1) - 1
    sentence_start = sentence_ends[i] + 1 if i >= 0 else 0
    if _OPENING.match(s, sentence_start).end() >= anchor and i >= 0:  # "…286家。其中医院12家"
        sentence_start = sentence_ends[i - 1] + 1 if i >= 1 else 0
    k = bisect_left(starts, anchor) - 1
    change, total, looked = None, None, 0
    while k >= 0 and quantities[k].start >= sentence_start and looked < 16:  # a total stands near its parts
        q = quantities[k]
        k, looked = k - 1, looked + 1
        if q.unit != unit:
            continue
        role = _role(s, q, breaks)
        if role == "level" and (total is None or q.value > total.value):
            total = q  # several levels ("确诊504例，…，出院228例。其中："): the parts may be of any; the largest bounds them
        elif role == "change" and change is None and total is None:
            change = q
    return total, change


def _role(s: str, q: Quantity, breaks: list[int]) -> str:
    """"level", "change" (比上年增加…), "average" (年均, 人均), "old" (由 40元 提高到),
    "bound" (超过 5000家, 5000多家): what the words around a figure make of it."""
    i = bisect_left(breaks, q.start) - 1
    clause_start = breaks[i] + 1 if i >= 0 else 0
    before = s[max(clause_start, q.start - _LOOK_BACK):q.start]
    if _OLD_VALUE.search(before):
        return "old"
    if _AVERAGE.search(before):
        return "average"
    if _CHANGE.search(before) and not _CHANGED_TO.search(before):
        return "change"
    if _BOUND.search(before) or _BOUND_AFTER.match(s, q.end) or "多" in q.text or "余" in q.text:
        return "bound"
    return "level"


def _moved(q: Quantity | None, offset: int) -> Quantity | None:
    if q is None or not offset:
        return q
    return Quantity(q.start + offset, q.end + offset, q.text, q.value, q.unit, q.decimals, q.tolerance, q.multiplier)


def spell(value: float, like: Quantity) -> str:
    """``value`` written in the multiplier and unit of ``like`` ("33家", "21.3万元").

    >>> spell(213000.0, read_quantity(QUANTITY.search("20万元")))
    '21.3万元'
    """
    number = value / MULTIPLIERS[like.multiplier]
    return f"{number:.4f}".rstrip("0").rstrip(".") + like.multiplier + like.unit


# ---- figures malformed in themselves ------------------------------------------------------

_WHOLE_COUNT = "家名所户人个项座台辆条支批件"  # things that come whole (a count, not a measure)
_STACKED_UNIT = "元人户吨亩个家名所项件台辆套册株头只箱"
_POINT_UNIT = r"(?:万|亿)|[%\uff05]|个百分点|倍"
_GROUPED_UNIT = "(?:万亿|亿|万|千)?(?:元|人|户|家|个|名|吨|亩|台|辆|套|所|项|件|次|平方米|平方公里|公里|千瓦)"
MALFORMED = regex.compile(
    rf"(?<=[{chars.CJK}])(?<![\d.,第])(?:"
    # a multiplier or the yuan written twice: "3500万万元", "86万元元" (not 元旦, 元宵)
    r"(?P<doubled>\d++(?:\.\d++)?+(?:(?:万万|亿亿|千千)[元人户吨亩]?|(?:万|亿)?元元(?![旦宵])))"
    # two multipliers stacked where one belongs: "3.5亿万元", "120万千元" (万亿, 千万 and 百万 are
    # multipliers; 万千瓦 and 万千克 are 万 + a unit, so a unit of things must follow at once)
    rf"|(?P<stacked>\d++(?:\.\d++)?+(?:亿(?:千万|百万|万|千|百)|万(?:千|百))[{_STACKED_UNIT}])"
    # a decimal point doubled or typed as a full stop, before what only a figure takes:
    # "3..6亿元", "12。5万元", "4。6%" (not a date: 2021。3。29 is the dates family's)
    rf"|(?P<points>\d++[.\uff0e]{{2}}\d++(?=[%\uff05{chars.HAN}])|\d++\u3002\d{{1,3}}+(?={_POINT_UNIT}))"
    # digits in groups, ASCII or full-width commas, before a unit or a multiplier (checked:
    # 1-3, then threes): "68,50万元", "减少2，90万"
    rf"|(?P<grouped>\d++(?:[,\uff0c]\d++)++)(?={_GROUPED_UNIT}|万|亿)"
    # a minus before a count of things: "新增-12家", "之日起-5个工作日" (not 个百分点, 人次)
    rf"|(?P<negative>[-\uff0d\u2212]\d++(?:\.\d++)?+(?:万|亿)?[{_WHOLE_COUNT}])(?!次|百分点)"
    # a count of whole things with a fraction, no multiplier: "培训12.8人"
    r"|(?P<fraction>\d++\.\d++[家名所户人项座台辆套艘架])(?![次份天日年均/\u6bcf员才口民群力目称单单庭具属在谈籍])"
    r")"
)
_CHANGE_BEFORE = regex.compile(r"增长|增加|净增|增减|变化|变动|差额|差值|同比|环比|比|较|减少|下降|降低|增幅|为负")
# Averages and ratios, which may take a fraction of a whole thing: "每千人口医师2.9人", "户均2.6人".
_RATIO_BEFORE = regex.compile(r"均|每|千人|万人|百人|百户|千户|[师生医护床]比|比例|之比|率|占|密度|系数|指数")
_YEAR_STOP = regex.compile(r"(?:19|20)\d\d\u3002")  # "…到2025。3倍于…": a year ends the sentence
_BEFORE_WINDOW = 12  # a change word stands close before its figure
_SENTENCE_WINDOW = 40  # an average's subject may be long: "每千人口执业（助理）医师数达到2.9人"


def malformed_figures(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, reason) of figures malformed in themselves, whatever their sentence.

    A multiplier doubled ("3500万万元"), thousands separators in groups no one writes
    ("68,50万元", "12，3456元"), a minus before a count of things ("新增-12家"; a change
    may be negative: "净增-3户"), a count of whole things with a fraction ("培训12.8人",
    "购置3.5辆"; an average may have one: "每千人口医师2.9人"), two multipliers stacked
    ("3.5亿万元"), a decimal point doubled or typed as a full stop ("12。5万元", "3..6%").

    >>> [r[2][:24] for r in malformed_figures("投资3500万万元，共68,50万元，新增-12家，培训12.8人。")]
    ['multiplier or unit writt', 'thousands separators in ', 'a count of things with a', 'a count of whole things ']
    >>> [r[2][:20] for r in malformed_figures("拟安排3.5亿万元，购置救护车3.5辆，占比提高2。5个百分点。")]
    ['two multipliers stac', 'a count of whole thi', 'decimal point double']
    >>> list(malformed_figures("累计1,234万元，净增-3户，每千人口医师2.9人，户均2.6人，发放100元元旦慰问金。"))
    []
    >>> list(malformed_figures("装机120万千瓦，储量3亿千克，目标到2025。3倍于…，2021。3。29"))
    []
    """
    for m in MALFORMED.finditer(text):
        s, e = m.span()
        kind = m.lastgroup
        clause = _before(text, s, _BEFORE_WINDOW, "\n\u3002\uff0c\uff1b\uff1a")
        if kind == "doubled":
            yield s, e, f"multiplier or unit written twice: {m.group()}"
        elif kind == "stacked":
            yield s, e, f"two multipliers stacked where one belongs: {m.group()}"
        elif kind == "points" and not _YEAR_STOP.match(m.group()):
            yield s, e, f"decimal point doubled or typed as a full stop: {m.group()}"
        elif kind == "grouped" and not _valid_grouping(m.group()):
            yield s, e, f"thousands separators in groups no figure has: {m.group()}"
        elif kind == "negative" and not _CHANGE_BEFORE.search(clause):
            yield s, e, f"a count of things with a minus sign: {m.group()}"
        elif kind == "fraction" and not _RATIO_BEFORE.search(_before(text, s, _SENTENCE_WINDOW, "\n\u3002\uff1b")):
            yield s, e, f"a count of whole things with a fraction: {m.group()} (a misplaced decimal point?)"


def _before(text: str, at: int, window: int, breaks: str) -> str:
    """The text before ``at`` back to the nearest of ``breaks``, at most ``window`` long."""
    head = text[max(0, at - window):at]
    return head[max(head.rfind(c) for c in breaks) + 1:]


def _valid_grouping(s: str) -> bool:
    groups = regex.split(r"[,\uff0c]", s)
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
