"""Safety checks on the whole result: what no single rule can see.

A rule removes what it is sure of, line by line; only the sum shows a document that lost
most of its text (a page whose body the chrome rules took for navigation, a corpus pass
that met a template). That is flagged, never undone: the reviewer decides.
"""

from __future__ import annotations

from collections.abc import Iterator

from cleaner.textutil import removed_share
from cleaner.types import Context, Flag


def flag_over_cleaning(text: str, context: Context) -> Iterator[Flag]:
    """A document that lost more than the configured share of its Chinese text is flagged.

    The flag marks the first line. Of what the html family removed, only the prose
    counts (:func:`cleaner.textutil.prose_han`): markup, menus and footers are not text
    the reader lost, a body inside elements named like navigation is.

    >>> from cleaner.types import Corpus
    >>> [f.reason[:20] for f in flag_over_cleaning("标题\\n正文。", Context(removed_han=40))]
    ['over-cleaned: 91% of']
    >>> list(flag_over_cleaning("标题\\n正文。", Context(removed_han=1)))
    []
    """
    share = removed_share(context.removed_han, text)
    limit = context.corpus.max_removed_share
    if share > limit:
        end = text.find("\n")
        yield Flag(0, len(text) if end < 0 else end,
                   f"over-cleaned: {share:.0%} of the Chinese text was removed (more than {limit:.0%}); "
                   "check that no body text was lost")
