"""Small read-only helpers the rules share: character classes, protected spans, context.

Nothing here changes text; rules use these to decide, and yield edits.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable

import regex

from cleaner import chars

CJK_CHAR = regex.compile(f"[{chars.CJK}]")
HAN_CHAR = regex.compile(f"[{chars.HAN}]")
ANY_HAN = regex.compile(chars.HAN)
_NOT_HAN_RUN = regex.compile(f"[^{chars.HAN}]+")
# The family whose removals the removed share counts only in part: markup, and the
# navigation and footers the markup itself names, are not text the reader lost; prose
# inside a removed element is (a body the page's class names mislabelled as navigation).
MARKUP_FAMILY = "html."
# Markup in a removed element, for finding its prose: any tag, and the inline tags that do
# not break a paragraph (so "为做好<span>工作</span>，..." stays one run of text).
_MARKUP_TAG = regex.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*+)?[^<>]*+>")
_INLINE_TAGS = frozenset("a abbr b br em font i small span strong sub sup u".split())
_UNREAD_TAGS = frozenset({"script", "style", "noscript", "template", "textarea"})
_CLASS_OR_ID = regex.compile(r"""\b(?:class|id)\s*+=\s*+(?:"([^"]*+)"|'([^']*+)'|([^\s>]++))""", regex.IGNORECASE)
_FOOTER_NAME = regex.compile(r"foot|copyright|bottom", regex.IGNORECASE)
_CLAUSE_MARKS = frozenset(chars.IDEOGRAPHIC_FULL_STOP + chars.FULLWIDTH_SEMICOLON + chars.FULLWIDTH_QUESTION
                          + chars.FULLWIDTH_EXCLAMATION + chars.FULLWIDTH_COMMA + chars.IDEOGRAPHIC_COMMA)
_ASCII_CLAUSE_MARK = regex.compile(rf"[{chars.HAN}][,.;!?]")
PROSE_MIN_HAN = 4  # Han characters of a run of text that can be a clause of a body (一是加强领导；)


def han_count(text: str) -> int:
    """Han characters in ``text`` (without building a list of matches).

    >>> han_count("2021年工作要点")
    5
    """
    return len(_NOT_HAN_RUN.sub("", text))


def removed_han(findings: Iterable[tuple[str, str, str]]) -> int:
    """Han characters of the document's text that removals took, from ``(rule, action,
    before)`` of each finding (records or dicts alike): all that the text rules removed,
    and the prose inside what the html family removed (:func:`prose_han`).

    >>> removed_han([("chrome.drop_footers", "remove", "版权所有"), ("html.extract_text", "remove", "<b>标</b>"),
    ...              ("punct.widen_ascii_punctuation", "fix", ",")])
    4
    """
    return sum(prose_han(before) if rule.startswith(MARKUP_FAMILY) else han_count(before)
               for rule, action, before in findings if action == "remove")


def prose_han(markup: str) -> int:
    """Han characters of the body text inside removed markup: runs of text between block
    tags (links left out) with at least :data:`PROSE_MIN_HAN` Han characters and a
    clause mark. Menus, link lists and titles have neither; a footer (its element named
    so) is page furniture whatever it says; scripts are not text.

    >>> prose_han('<div class="nav"><li><a>首页</a></li><li><a>政务公开</a></li></div>')
    0
    >>> prose_han('<div class="share"><p>为做好<b>冬春季</b>疫情防控工作，现将有关事项通知如下。</p></div>')
    22
    >>> prose_han('<div class="footer"><p>版权所有：某市人民政府办公室，建议使用IE9以上浏览器。</p></div>')
    0
    """
    if han_count(markup) < PROSE_MIN_HAN or _is_footer(markup):
        return 0
    total, run, cursor, unread, in_link = 0, [], 0, False, False
    for m in _MARKUP_TAG.finditer(markup):
        if not (unread or in_link):
            run.append(markup[cursor:m.start()])
        cursor = m.end()
        name = (m[2] or "").lower()
        if name in _UNREAD_TAGS:
            unread = not m[1]
        elif name == "a":
            in_link = not m[1]
        if name not in _INLINE_TAGS:
            total += _prose_run_han("".join(run))
            run = []
    if not (unread or in_link):
        run.append(markup[cursor:])
    return total + _prose_run_han("".join(run))


def _is_footer(markup: str) -> bool:
    """Is the removed element a footer, by its tag or its class and id names?"""
    first = markup[:markup.find(">") + 1]
    return first[:7].lower() == "<footer" or any(
        _FOOTER_NAME.search(next(filter(None, m.groups()), "")) for m in _CLASS_OR_ID.finditer(first))


def _prose_run_han(run: str) -> int:
    count = han_count(run)
    if count < PROSE_MIN_HAN:
        return 0
    return count if not _CLAUSE_MARKS.isdisjoint(run) or _ASCII_CLAUSE_MARK.search(run) else 0


def removed_share(removed_han: int, clean_text: str) -> float:
    """The share of a document's Chinese text that removals took: Han characters removed
    over those removed plus those kept.

    >>> removed_share(60, "正文" * 20)
    0.6
    """
    total = removed_han + han_count(clean_text)
    return removed_han / total if total else 0.0


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first (so 分享到微信 wins over 分享).

    >>> alternation(["分享", "分享到"])
    '分享到|分享'
    """
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def only_if(*needles: str, pattern: str | None = None):
    """Declare what a rule cannot fire without: one of ``needles`` in the text, or ``pattern``.

    The pipeline checks the trigger before it runs the rule and skips the rule when it
    fails; a substring check runs at memory speed, a rule's line-by-line work does not.
    A trigger must be a *necessary* condition: a test runs every document both ways.

    >>> @only_if("摄")
    ... def rule(text): yield text
    >>> rule.trigger("记者 王鼎 摄"), rule.trigger("正文。")
    (True, False)
    """
    compiled = regex.compile(pattern) if pattern is not None else None

    def trigger(text: str) -> bool:
        return any(n in text for n in needles) or (compiled is not None and compiled.search(text) is not None)

    def mark(rule):
        rule.trigger = trigger
        return rule

    return mark


# Spans where ASCII punctuation and spacing are part of a token, not of the prose.
_PROTECTED = regex.compile(
    r"""
    (?:https?|ftp)://[!-~]+            # URL with scheme (printable ASCII run)
  | www\.[A-Za-z0-9.-]+(?:/[!-~]*)?    # bare www. host
  | (?:(?<![A-Za-z0-9._%+-])|\G)[A-Za-z0-9._%+-]++@[A-Za-z0-9.-]+\.[A-Za-z]{2,}   # e-mail address (from the start of its run)
  | \{\s*"[^"\n]{1,40}"\s*:[^{}\n]{0,300}\}   # an inline JSON object (code quoted in the prose: {"id": 1})
  | &(?:amp;)?(?:\#[0-9]{1,8}|\#[xX][0-9A-Fa-f]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});  # reference left in text (escaped twice: &amp;lt;)
    """,
    regex.VERBOSE,
)


class Protected:
    """Spans of a text that rules must not touch (URLs, e-mail addresses, entities).

    >>> p = Protected("见http://a.cn/x?y=1,2。")
    >>> p.covers(17), p.covers(0)
    (True, False)
    """

    __slots__ = ("_starts", "_ends")

    def __init__(self, text: str):
        self._starts: list[int] = []
        self._ends: list[int] = []
        if "://" in text or "@" in text or "www." in text or "&" in text or '{"' in text or '{ "' in text:
            for m in _PROTECTED.finditer(text):
                self._starts.append(m.start())
                self._ends.append(m.end())

    def covers(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]


def is_cjk(ch: str) -> bool:
    """True for a Han character or CJK / full-width punctuation (not U+3000).

    >>> is_cjk("中"), is_cjk("，"), is_cjk("a"), is_cjk("\\u3000")
    (True, True, False, False)
    """
    return bool(ch) and CJK_CHAR.match(ch) is not None


def is_han(ch: str) -> bool:
    return bool(ch) and HAN_CHAR.match(ch) is not None


SPACES_AND_QUOTES = chars.HORIZONTAL_SPACE_SET | frozenset("\"'")


def char_left(line: str, i: int, skip: frozenset = SPACES_AND_QUOTES) -> str:
    """The nearest character left of ``line[i]`` that is not in ``skip``.

    >>> char_left('中 "a', 3)
    '中'
    """
    j = i - 1
    while j >= 0 and line[j] in skip:
        j -= 1
    return line[j] if j >= 0 else ""


def char_right(line: str, i: int, skip: frozenset = SPACES_AND_QUOTES) -> str:
    """The nearest character right of ``line[i]`` that is not in ``skip``."""
    j = i + 1
    while j < len(line) and line[j] in skip:
        j += 1
    return line[j] if j < len(line) else ""


_DATE = regex.compile(
    r"(?P<y>(?:19|20)\d{2})\s*+[-/.年]\s*+(?P<m>\d{1,2})\s*+[-/.月]\s*+(?P<d>\d{1,2})\s*+日?"
)


def parse_date(value: str) -> str | None:
    """The first calendar date in ``value`` as ISO ``YYYY-MM-DD``, or None.

    >>> parse_date("2021-03-30 09:52"), parse_date("2026年02月10日 07时41分"), parse_date("2021-02-30")
    ('2021-03-30', '2026-02-10', None)
    """
    import datetime

    m = _DATE.search(value)
    if not m:
        return None
    try:
        return datetime.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None


# What may follow a date in a date-only value: its weekday (星期一, （周一）), a time, glued
# by a "T" (an ISO timestamp) or after the part of the day (上午 10:05). Possessive spaces:
# "\s*(…)?\s*" can share a run of spaces between its ends in every way before it fails (quadratic).
_TIME_ONLY = regex.compile(r"\s*+(?:[(\uff08]?+(?:\u661f\u671f|\u5468|\u793c\u62dc)[\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u65e5\u5929]"
                           r"[)\uff09]?+\s*+)?+(?:(?:T|(?:\u4e0a\u5348|\u4e0b\u5348|\u4e2d\u5348|\u665a\u4e0a|\u65e9\u4e0a|\u51cc\u6668)\s*+)?+"
                           r"\d{1,2}[:时]\d{1,2}(?:[:分]\d{1,2}秒?)?分?)?\s*+")


def is_date_only(value: str) -> bool:
    """The value is a date (with an optional time) and nothing else.

    >>> is_date_only("2021-03-24"), is_date_only("2026-02-09 09:45:30"), is_date_only("2021年工作")
    (True, True, False)
    >>> is_date_only("2021-03-29T14:30:12"), is_date_only("2021年3月29日 星期一"), is_date_only("2021-3-29 上午10:05")
    (True, True, True)
    >>> is_date_only("2021年3月29日 星期一召开"), is_date_only("2021-03-29 上午")
    (False, False)
    """
    m = _DATE.match(value.strip())
    return bool(m) and _TIME_ONLY.fullmatch(value.strip()[m.end():]) is not None


# UTF-8 bytes of a CJK text, three per character: what a GBK misreading leaves intact.
_UTF8_CJK_BYTES = regex.compile(rb"(?:[\xe2-\xef][\x80-\xbf]{2}){3,}")
_NON_ASCII_RUN = regex.compile(r"[^\x00-\x7f\s]{3,}")


def gbk_mojibake_runs(text: str):
    """(start, end, reading, exact) for each run that is UTF-8 read as GBK.

    A misreading is made of characters whose GBK bytes are UTF-8 bytes (80-BF, E2-EF);
    ``exact`` is true when no byte was lost, so the reading can replace the run.

    >>> [(s, e, r, x) for s, e, r, x in gbk_mojibake_runs("正文" + "工作总结".encode("utf-8").decode("gbk"))]
    [(2, 8, '工作总结', True)]
    >>> list(gbk_mojibake_runs("中华人民共和国卫生健康委员会关于印发工作要点的通知"))
    []
    """
    if not _UTF8_CJK_BYTES.search(text.encode("gbk", errors="ignore")):
        return
    for m in _NON_ASCII_RUN.finditer(text):
        for start, end in _capable_spans(m.group()):
            run = m.group()[start:end]
            reading = utf8_read_as_gbk(run)
            if reading:
                exact = chars.REPLACEMENT_CHARACTER not in run and _reads_exactly(run, reading)
                yield m.start() + start, m.start() + end, reading, exact


def _capable_spans(run: str):
    """Maximal spans (3+ characters) of characters a GBK misreading of UTF-8 can produce."""
    start = None
    for i, c in enumerate(run + "\n"):
        if c != "\n" and _utf8_shaped(c):
            start = i if start is None else start
            continue
        if start is not None:
            while start < i and not _starts_utf8_sequence(run[start]):
                start += 1  # a neighbour that happens to be shaped like a continuation
            if i - start >= 3:
                yield start, i
        start = None


def _starts_utf8_sequence(c: str) -> bool:
    return c != chars.REPLACEMENT_CHARACTER and 0xE2 <= c.encode("gbk")[0] <= 0xEF


def _utf8_shaped(c: str) -> bool:
    if c == chars.REPLACEMENT_CHARACTER:
        return True
    try:
        b = c.encode("gbk")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and all(0x80 <= x <= 0xBF or 0xE2 <= x <= 0xEF for x in b)


def _reads_exactly(run: str, reading: str) -> bool:
    """The reading accounts for every byte: it re-encodes to exactly the run's GBK bytes."""
    try:
        return reading.encode("utf-8") == run.encode("gbk")
    except UnicodeEncodeError:
        return False


def utf8_read_as_gbk(run: str) -> str:
    """The probable reading of ``run`` if it is UTF-8 read as GBK, else "".

    It is, when its GBK bytes decode as UTF-8 into mostly Han text: Chinese text never
    does, because Han characters in UTF-8 need GBK lead bytes of rare characters.

    >>> utf8_read_as_gbk("中华人民共和国")
    ''
    >>> utf8_read_as_gbk("工作总结".encode("utf-8").decode("gbk"))
    '工作总结'
    >>> utf8_read_as_gbk("疫情防控".encode("utf-8").decode("gbk", errors="replace"))
    '??情防??'
    """
    han = size = 0
    readings = []
    for piece in run.split(chars.REPLACEMENT_CHARACTER):
        try:
            raw = piece.encode("gbk")
        except UnicodeEncodeError:
            return ""
        reading = raw.decode("utf-8", errors="replace")
        han += len(regex.findall(chars.HAN, reading))
        size += len(raw)
        readings.append(reading.replace(chars.REPLACEMENT_CHARACTER, "?"))
    # Three bytes per Han character: most of the run's bytes must be accounted for.
    return "?".join(readings) if han >= 2 and han * 3 >= 0.5 * size else ""


# GBK bytes read as Latin-1: every byte of a GB2312 character (A1-FE) is a Latin-1
# letter or symbol, so "加强" shows as "¼ÓÇ¿". No-break space (A0) is no GB2312 byte.
_LATIN1_RUN = regex.compile(r"[\u00a1-\u00ff]{2,}+")
# Symbols a Chinese text uses on their own: "××同志" (a name left blank), "·", "°", "±".
# A fragment made of these only is not taken for GBK bytes.
_LATIN1_PLAIN = regex.compile(r"[\u00d7\u00f7\u00b7\u00b0\u00b1]++")


def gbk_latin1_runs(text: str):
    """(start, end, reading) for each run of Latin-1 characters in Chinese text that is GBK
    read as Latin-1; ``reading`` is the Chinese text when every byte pair is a GB2312
    character with Han among them, else "" (the run cannot be undone exactly).

    Only runs next to a CJK character count, so Latin words ("naïve", "Müller") are not
    taken for one.

    >>> list(gbk_latin1_runs("以省为主的" + "新体".encode("gbk").decode("latin-1") + "制，××同志"))
    [(5, 9, '新体')]
    >>> list(gbk_latin1_runs("Café crème, naïve résumé, Ñandú"))
    []
    """
    for m in _LATIN1_RUN.finditer(text):
        s, e = m.span()
        if _LATIN1_PLAIN.fullmatch(m.group()):
            continue
        if not (is_cjk(text[s - 1] if s else "") or is_cjk(text[e] if e < len(text) else "")):
            continue
        yield s, e, _gb2312_reading(m.group().encode("latin-1"))


def _gb2312_reading(raw: bytes) -> str:
    """``raw`` decoded as GB2312 when it is whole GB2312 characters (lead A1-F7, trail
    A1-FE) holding Han, else ""."""
    if len(raw) % 2 or not all(0xA1 <= raw[i] <= 0xF7 and 0xA1 <= raw[i + 1] <= 0xFE for i in range(0, len(raw), 2)):
        return ""
    try:
        reading = raw.decode("gb2312")
    except UnicodeDecodeError:
        return ""
    return reading if ANY_HAN.search(reading) else ""


_HAN_RUN = regex.compile(r"\p{Han}{2,}+")


def han_bigrams(text: str) -> Counter:
    """Han character bigrams of ``text`` (within runs of Han characters): the ad rules' measure of
    whose words a span holds, the document's own or foreign to it.

    >>> sorted(han_bigrams("加强管理，江岭"))
    ['加强', '强管', '江岭', '管理']
    """
    out: Counter = Counter()
    for m in _HAN_RUN.finditer(text):
        run = m.group()
        out.update(run[i:i + 2] for i in range(len(run) - 1))
    return out


def pairs_written_elsewhere(seg: str, doc_pairs: Counter) -> tuple[int, int]:
    """(known, total): of the Han pairs of ``seg`` (:func:`han_bigrams`), how many its document
    (``doc_pairs``, the pairs of the whole text, ``seg`` included) writes elsewhere too, and how many.

    >>> pairs_written_elsewhere("加强管理", han_bigrams("加强管理。加强服务。"))
    (1, 3)
    """
    here = han_bigrams(seg)
    return sum(n for pair, n in here.items() if doc_pairs[pair] > n), sum(here.values())
