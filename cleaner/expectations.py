"""Custom Great Expectations for a cleaned corpus of Chinese government documents.

Each class says in one sentence (its ``description``, what Data Docs shows) what a clean
corpus holds, and lists the offending paragraphs when it does not. Patterns use literal
CJK ranges and no look-around, so that pandas runs them in Arrow's regex engine over
Arrow-backed strings; the checks that need Python (pairs, sequences, dates) are small.

Imported only by ``cleaner validate`` / ``cleaner check``: Great Expectations is heavy.
"""

from __future__ import annotations

import datetime
from typing import ClassVar

import pandas as pd
from great_expectations.execution_engine import PandasExecutionEngine, SparkDFExecutionEngine
from great_expectations.expectations import (
    ExpectColumnValuesToBeBetween,
    ExpectColumnValuesToNotBeNull,
    ExpectColumnValuesToNotMatchRegex,
)
from great_expectations.expectations.expectation import ColumnMapExpectation
from great_expectations.expectations.metrics.map_metric_provider import (
    ColumnMapMetricProvider,
    column_condition_partial,
)

from cleaner import chars, data
from cleaner.tables import outline_step_ok

# Literal ranges (Arrow's RE2 has no \p{Han}): CJK ideographs and Chinese punctuation.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
COLON = chars.FULLWIDTH_COLON
# Spaces as literal characters: "\\s" would send pandas back to Python's re, row by row.
_SPACE = "[ \u3000]"
CJK = HAN + "\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\u2018\u2019\u201c\u201d\u2026\u2014"


def _alternation(words) -> str:
    import re

    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# ---- clean text (paragraphs.text) -----------------------------------------------------------

class ExpectParagraphsToHaveNoAds(ExpectColumnValuesToNotMatchRegex):
    """No paid-writing or contact solicitation is left in the text."""

    regex: str = (
        f"(?:{_alternation(data.phrases('ad_solicitations'))})[^\u3002\n]{{0,30}}"
        f"(?:{_alternation(data.phrases('ad_channels'))}|1[3-9][0-9]{{9}})"
    )
    description: str = ("No paragraph holds a paid-writing offer with a contact "
                        "(代写/论文发表 … 微信/QQ/抖音/mobile number).")


class ExpectParagraphsToHaveNoChrome(ExpectColumnValuesToNotMatchRegex):
    """No page chrome is left: footers, widgets, counters, breadcrumbs."""

    regex: str = (
        _alternation(data.phrases("footer_strong") + (
            "扫一扫在手机", "打印本页", "关闭窗口", "分享到微信", "分享到微博", "您当前的位置", "您的位置",
            "当前位置" + COLON, "当前位置:", "上一篇" + COLON, "下一篇" + COLON, "【字号", "【字体", "加入收藏",
        ))
        + f"|字体[{COLON}:]?{_SPACE}*[【\\[]?{_SPACE}*大{_SPACE}*中{_SPACE}*小"
        + f"|(?:浏览|阅读|点击|访问)(?:次数|量){_SPACE}*[{COLON}:]{_SPACE}*[0-9]"
    )
    description: str = ("No paragraph holds page chrome: copyright/ICP footers, print/close/share "
                        "widgets, font-size switches, view counters, breadcrumbs.")


class ExpectParagraphsToHaveNoAsciiPunctuationInChinese(ExpectColumnValuesToNotMatchRegex):
    """ASCII , : ; ( ) ? ! between Chinese characters should have been widened."""

    # "?" between two Han characters is a lost character, not a question: the garbled
    # expectation reports it (a warning), since the cleaner flags it and cannot repair it.
    regex: str = f"[{CJK}][,:;()!][{CJK}]|[{CJK}]\\?[\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\u201c\u201d]"
    description: str = ("No ASCII punctuation (, : ; ( ) ! and ? before Chinese punctuation) stands between "
                        "Chinese characters; Chinese text uses \uff0c \uff1a \uff1b \uff08 \uff09 \uff1f \uff01.")


class ExpectParagraphsToHaveNoOddSpaces(ExpectColumnValuesToNotMatchRegex):
    """No NBSP, zero-width or tab characters, doubled spaces, or spaces at a paragraph's ends."""

    regex: str = f"[\u00a0\u2000-\u200b\u202f\u205f\ufeff\t]|  |^{_SPACE}|{_SPACE}$"
    description: str = ("No paragraph holds a no-break, zero-width or tab character, a doubled "
                        "space, or a space at its start or end.")


class ExpectParagraphsToHaveNoGarbledText(ExpectColumnValuesToNotMatchRegex):
    """Lost characters the cleaner flags but cannot restore."""

    regex: str = (
        f"\ufffd|锟斤拷|[\ue000-\uf8ff]|[{HAN}][~#*^|=_\uff5e]{{2,}}[{HAN}]|[{HAN}]\\?+[{HAN}]"
        f"|[{HAN}](?:\\(\\)|\uff08\uff09|\u3010\u3011)|[{HAN}][\u25a1]+"
    )
    description: str = ("No paragraph holds garbled text: U+FFFD or 锟斤拷, private-use characters, "
                        "symbol runs inside a word (乡~~市), '?' inside Chinese words, empty brackets "
                        f"where words fell out (来{chars.FULLWIDTH_LEFT_PAREN}{chars.FULLWIDTH_RIGHT_PAREN}人员).")


class ColumnValuesBalancedPairs(ColumnMapMetricProvider):
    condition_metric_name = "column_values.cleaner_balanced_pairs"

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column: pd.Series, **kwargs) -> pd.Series:
        ok = pd.Series(True, index=column.index)
        for opening, closing in chars.PAIRS.items():
            ok &= (column.str.count(opening) == column.str.count(closing)).fillna(True)
        return ok


    @column_condition_partial(engine=SparkDFExecutionEngine)
    def _spark(cls, column, **kwargs):
        from pyspark.sql import functions as F

        ok = F.lit(True)
        for opening, closing in chars.PAIRS.items():
            count = [F.length(column) - F.length(F.regexp_replace(column, _java_literal(c), "")) for c in (opening, closing)]
            ok = ok & (count[0] == count[1])
        return F.coalesce(ok, F.lit(True))


def _java_literal(c: str) -> str:
    """A character as a literal in a Java regular expression."""
    return "\\Q" + c + "\\E"


def _spark_udf(test):
    """A Spark column condition from a Python test (True for nulls)."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import BooleanType

    return F.udf(lambda v: True if v is None else bool(test(v)), BooleanType())


class ExpectParagraphsToHaveBalancedPairs(ColumnMapExpectation):
    """Quotes and brackets open and close the same number of times in each paragraph."""

    map_metric: ClassVar[str] = "column_values.cleaner_balanced_pairs"
    success_keys: ClassVar[tuple] = ("mostly",)
    description: str = (f"In every paragraph, each of {' '.join(o + c for o, c in chars.PAIRS.items())} "
                        "opens as often as it closes.")


class ColumnValuesNoRepeatedSentence(ColumnMapMetricProvider):
    condition_metric_name = "column_values.cleaner_no_repeated_sentence"

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column: pd.Series, **kwargs) -> pd.Series:
        # Only a paragraph with two sentence ends can repeat a sentence: Arrow counts them.
        ends = sum(column.str.count(mark).fillna(0) for mark in _SENTENCE_ENDS)
        return _map_where(column, ends >= 2, _no_repeated_sentence)

    @column_condition_partial(engine=SparkDFExecutionEngine)
    def _spark(cls, column, **kwargs):
        return _spark_udf(_no_repeated_sentence)(column)


_SENTENCE_ENDS = (chars.IDEOGRAPHIC_FULL_STOP, chars.FULLWIDTH_EXCLAMATION, chars.FULLWIDTH_QUESTION,
                  chars.FULLWIDTH_SEMICOLON)


def _map_where(column: pd.Series, mask: pd.Series, test) -> pd.Series:
    """``test`` on the rows where ``mask`` holds; True elsewhere."""
    ok = pd.Series(True, index=column.index)
    mask = mask.fillna(False).astype(bool)
    if mask.any():
        ok[mask] = [bool(test(value)) for value in column[mask]]
    return ok


def _no_repeated_sentence(paragraph) -> bool:
    """No sentence (6+ characters) stands twice in a row.

    >>> _no_repeated_sentence("加强监测预警。加强监测预警。"), _no_repeated_sentence("好。好。好。")
    (False, True)
    """
    import re

    if not isinstance(paragraph, str):
        return True
    sentences = [s for s in re.split(f"(?<=[{''.join(_SENTENCE_ENDS)}])", paragraph) if s]
    return not any(a == b and len(a) >= 6 for a, b in zip(sentences, sentences[1:]))


class ExpectParagraphsToHaveNoRepeatedSentence(ColumnMapExpectation):
    """A sentence does not stand twice in a row."""

    map_metric: ClassVar[str] = "column_values.cleaner_no_repeated_sentence"
    success_keys: ClassVar[tuple] = ("mostly",)
    description: str = "No sentence of six characters or more stands twice in a row within a paragraph."


# ---- structure (paragraphs.outline_step) -----------------------------------------------------

class ColumnValuesOutlineStepOk(ColumnMapMetricProvider):
    condition_metric_name = "column_values.cleaner_outline_step_ok"

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column: pd.Series, **kwargs) -> pd.Series:
        return _map_where(column, column.notna(), outline_step_ok)

    @column_condition_partial(engine=SparkDFExecutionEngine)
    def _spark(cls, column, **kwargs):
        return _spark_udf(outline_step_ok)(column)


class ExpectOutlineNumberingToBeContiguous(ColumnMapExpectation):
    """Each outline marker follows the previous one of its level."""

    map_metric: ClassVar[str] = "column_values.cleaner_outline_step_ok"
    success_keys: ClassVar[tuple] = ("mostly",)
    description: str = ("Outline numbering runs on in every document: each heading (一、 \uff08一\uff09 1. \uff081\uff09 "
                        "第一章 第一条) carries the numeral after the previous one of its level, or starts "
                        "again at one; shown as previous marker → heading.")


# ---- documents -------------------------------------------------------------------------------

class ColumnValuesPlausibleDate(ColumnMapMetricProvider):
    condition_metric_name = "column_values.cleaner_plausible_date"

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column: pd.Series, **kwargs) -> pd.Series:
        return column.map(_plausible_date).astype(bool)

    @column_condition_partial(engine=SparkDFExecutionEngine)
    def _spark(cls, column, **kwargs):
        return _spark_udf(_plausible_date)(column)


def _plausible_date(value) -> bool:
    """An ISO date between 1949-10-01 and tomorrow.

    >>> _plausible_date("2021-03-30"), _plausible_date("2021-02-30"), _plausible_date("2091-01-01")
    (True, False, False)
    """
    try:
        day = datetime.date.fromisoformat(str(value))
    except ValueError:
        return False
    return datetime.date(1949, 10, 1) <= day <= datetime.date.today() + datetime.timedelta(days=1)


class ExpectColumnValuesToBePlausibleDates(ColumnMapExpectation):
    """Dates are real calendar dates in ISO form, not before 1949-10-01 nor in the future."""

    map_metric: ClassVar[str] = "column_values.cleaner_plausible_date"
    success_keys: ClassVar[tuple] = ("mostly",)
    description: str = "Every date is a real calendar date (YYYY-MM-DD), from 1949-10-01 up to today."


# Stock expectations the suites use, by the type name their JSON gives.
STOCK = (ExpectColumnValuesToBeBetween, ExpectColumnValuesToNotBeNull, ExpectColumnValuesToNotMatchRegex)
