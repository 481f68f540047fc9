"""The first pass over a corpus: knowledge that spans documents, handed to the rules as a value."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

import regex

from cleaner.config import Config
from cleaner.types import Corpus

_SHORT = 40  # characters (without spaces): longer lines are content, not chrome
_SPACE = regex.compile(r"\s")


def recurring_lines(texts: Iterable[str], share: float, min_docs: int) -> frozenset[str]:
    """Short lines that stand on at least ``share`` of the documents (and ``min_docs`` of them).

    >>> pages = ["网站首页导航\\n正文一。", "网站首页导航\\n正文二。", "网站首页导航\\n正文三。", "正文四。"]
    >>> sorted(recurring_lines(pages, share=0.5, min_docs=3))
    ['网站首页导航']
    """
    counts: Counter[str] = Counter()
    documents = 0
    for text in texts:
        documents += 1
        counts.update(short_lines(text))
    needed = needed_documents(documents, share, min_docs)
    return frozenset(line for line, n in counts.items() if n >= needed)


def short_lines(text: str) -> set[str]:
    """The distinct short lines of one document: the candidates a corpus counts."""
    return {line.strip() for line in text.splitlines()
            if line.strip() and len(line) - len(_SPACE.findall(line)) <= _SHORT}


def needed_documents(documents: int, share: float, min_docs: int) -> int:
    """On how many documents a line must stand to be recurring."""
    return max(min_docs, math.ceil(share * documents))


def knowledge(texts: Iterable[str], config: Config) -> Corpus:
    """Corpus knowledge and the user's phrase lists, as one value for the rules."""
    return Corpus(
        recurring_lines=recurring_lines(texts, config.recurring_share, config.recurring_min_docs),
        chrome_phrases=config.chrome_phrases,
        ad_phrases=config.ad_phrases,
        max_removed_share=config.max_removed_share,
    )
