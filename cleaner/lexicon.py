"""Words of a general Chinese lexicon: whether two Han characters make a word, or a short run is one.

The tables the rules build from the evaluation set's TUNE documents (``data/han_pairs.tsv``)
know the words those documents write; a report on another subject (抽水蓄能, 考古遗址, 夜间经济)
writes others. jieba's dictionary (MIT, about 350,000 words with their frequency in a general
corpus) is read instead of a hand-made list: its two-character words seen often enough to be
words of running text, not names or rare compounds. It is read from the installed package's
``dict.txt`` without importing jieba (no segmenter is built), once per process, on first use.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

# A word the dictionary counts fewer times than this is a name, a rare compound or a pair
# split by segmentation (全域 3, 强县 8); the words of government prose count hundreds.
_MIN_FREQUENCY = 20


def is_word(pair: str) -> bool:
    """Whether the two characters of ``pair`` make a word of the general lexicon.

    >>> is_word("遗址"), is_word("调度"), is_word("址入"), is_word("危旧")
    (True, True, False, False)
    """
    return pair in _two_character_words()


def is_term(run: str) -> bool:
    """Whether ``run`` (two to four characters) is a word of the general lexicon.

    >>> is_term("进一步"), is_term("认真"), is_term("步加")
    (True, True, False)
    """
    return is_word(run) if len(run) == 2 else run in _longer_words()


def is_dictionary_word(run: str) -> bool:
    """Whether ``run`` (two to four characters) is a word of the dictionary at all, however rare
    (期终, 外市, 中班): a reading that makes none is no word of the language.

    >>> is_dictionary_word("期终"), is_dictionary_word("业物")
    (True, False)
    """
    return run in _every_word()


@cache
def _every_word() -> frozenset[str]:
    """Every word of two to four characters of the dictionary (read on first use only: asked
    only of a sentence repeated with one character changed)."""
    return _words_of_length(2, 3, 4, at_least=1)


@cache
def _longer_words() -> frozenset[str]:
    """Three- and four-character words seen often enough (read on first use only: the
    near-copy rule asks for them, most documents never do)."""
    return _words_of_length(3, 4)


@cache
def _two_character_words() -> frozenset[str]:
    return _words_of_length(2)


def _words_of_length(*lengths: int, at_least: int = _MIN_FREQUENCY) -> frozenset[str]:
    """The words of the dictionary of these lengths that it counts ``at_least`` times."""
    words = set()
    with _dictionary().open(encoding="utf-8") as rows:
        for row in rows:  # "word frequency tag"; only words of the lengths asked for are read further
            cut = row.find(" ")
            if cut in lengths and int(row[cut + 1:row.index(" ", cut + 1)]) >= at_least:
                words.add(row[:cut])
    return frozenset(words)


def _dictionary() -> Path:
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise RuntimeError("the jieba package (its dictionary) is not installed: pip install jieba")
    return Path(spec.origin).parent / "dict.txt"
