"""Characters that no text means: control characters and other debris of a bad export.

Mojibake repair joins this family with the encoding work; here only what is never
content is removed.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.types import Edit

# C0 controls but tab and line feed, DEL, and C1 controls (a C1 control in decoded text is
# a byte that belonged to another encoding; it displays as nothing).
_CONTROL_RUN = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]+")


def remove_control_characters(text: str) -> Iterator[Edit]:
    """Control characters (NUL, form feed, C1 controls ...) are removed; tab and LF stay.

    >>> [e.old for e in remove_control_characters("正文\\x00\\x0c结束")]
    ['\\x00\\x0c']
    """
    for m in _CONTROL_RUN.finditer(text):
        yield Edit(m.start(), m.end(), m.group(), "", "control character (never text)")
