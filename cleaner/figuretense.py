"""Years the clause's tense contradicts, read against the document's own date.

Helpers of :func:`cleaner.rules.figure.flag_years_against_tense`. A document dated 2022 cannot
report what was already done in 2032 ("2032年9月，已培训…"), nor set a target it strives for
in 2012 ("力争2012年底前完成…"): a digit of the year slipped (2022 typed 2032, 2021 typed
2012). The year alone says nothing (a plan looks years ahead, a summary years back): only the
year beside a word of tense that points the other way counts, and only two years or more
beyond the document's dates, so a notice published in January about December's work stays
silent; and only where the sentence reports or sets, not tells: a target of the past retold
(met, quoted from the plan of then, beside another year) and things named by what was done
(已建成的…) stay silent. Which year was meant is not in the text: flag, never fix.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

# The least distance, in years, between the document's date and a year its tense contradicts.
MIN_GAP = 2

_YEAR = r"(?<![\d.\-/])((?:19|20)\d\d)年"
# A part of the year after it: a month, its end or start, a half or quarter.
_PART = r"(?:\d{1,2}月(?:份|底|末|初|上旬|中旬|下旬)?+|底|末|初|上半年|下半年|[一二三四]季度)?+"
# A year and its month opening a clause, then 已 and a verb: an act already done that month.
# After 到/至/将/预计/力争… the year is a horizon ("到2035年，已基本实现…" is a plan's vision); a year
# without its month is one too ("2035年，已全面建成…"); 已建成的… names things, not an act.
_DONE = regex.compile(
    rf"(?<!(?:[到将拟要]|(?<!截)至|预计|力争|争取|确保|计划|目标|展望|远景|期待|预期|有望))(?<=^|[\p{{P}}\s]|截至){_YEAR}"
    r"\d{1,2}月(?:份|底|末|初|上旬|中旬|下旬)?+[\uff0c,]\s*+(?:已经?|均已|全部已)(?![于经])(?![^\uff0c\u3002\uff1b]{0,6}的)")
# A target striven for: 力争/争取/确保/力求/计划/预计/拟 (…于/在/到) a year (…底/前).
_STRIVE = regex.compile(
    rf"(?:力争|争取|确保|力求|计划|预计|拟)(?:于|在|到|至)?+{_YEAR}{_PART}(?:前|以前|之前|完成|实现|建成|达到)")
# A sentence that tells a target rather than sets it: the target met or missed, the plan of
# then (原定, 曾, 当时, 提出, 部署), another year beside it (2017年提出…, 实际于2021年完工).
_TOLD = regex.compile(r"已|了|曾|原|当时|提出|部署|按照|根据|如期|按期|实际|顺利")
_ANY_YEAR = regex.compile(_YEAR)
_SENTENCE = regex.compile(r"[^\u3002\uff01\uff1f\n]++")


def slips(line: str, earliest: int, latest: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, reason) of each year in ``line`` its tense contradicts, for a document
    dated from ``earliest`` to ``latest``.

    >>> line = "2032年9月，已培训经办人员101名。力争2012年底前新开工住房399套。"
    >>> [line[s:e] for s, e, _ in slips(line, 2022, 2022)]
    ['2032年9月，已', '力争2012年底前']
    >>> list(slips("到2035年，已基本实现现代化。2023年1月，已完成。原计划2019年底前完成。", 2022, 2022))
    []
    >>> list(slips("2030年，已建成的电厂全部完成改造。2024年6月底，已建成的服务站全部开放。", 2022, 2022))
    []
    >>> list(slips("力争2020年底前实现全部脱贫，这一目标已如期实现。该项目计划2020年建成，实际于2021年6月完工。", 2022, 2022))
    []
    >>> [line[s:e] for line in ["截至2032年9月，已建成站点98个。"] for s, e, _ in slips(line, 2022, 2022)]
    ['2032年9月，已']
    >>> list(slips("2017年，我市提出力争2018年底前完成改造。", 2022, 2022))
    []
    """
    for m in _DONE.finditer(line):
        year = int(m[1])
        if year >= latest + MIN_GAP:
            yield m.start(), m.end(), (f"{year}年 is reported as done (已), but the document is dated {latest}: "
                                       "a digit of the year may have slipped")
    for sentence in _SENTENCE.finditer(line):
        text = sentence.group()
        for m in _STRIVE.finditer(text):
            year = int(m[1])
            if year <= earliest - MIN_GAP and not _told(text, m):
                yield sentence.start() + m.start(), sentence.start() + m.end(), (
                    f"a target set for {year}年, but the document is dated {earliest}: a digit of the year may have slipped")


def _told(sentence: str, m: regex.Match) -> bool:
    """The sentence tells a target of the past (met, quoted, of another year) rather than sets one."""
    rest = sentence[:m.start()] + sentence[m.end():]
    return _TOLD.search(rest) is not None or _ANY_YEAR.search(rest) is not None
