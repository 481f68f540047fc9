"""Compatibility code points that stand for ordinary Chinese characters, for rules/encoding.py.

A PDF whose font maps its glyphs to the wrong code points, or a converter that keeps a
legacy character set's duplicates, hands over text that looks right and is not: Kangxi
radicals for the characters they resemble (⽇常⼯作 for 日常工作), CJK compatibility
ideographs (U+F900 block, duplicates of unified ones), the simplified-form radicals of the
CJK Radicals Supplement (⻓期 for 长期) and the vertical presentation forms of punctuation
(︐ for ，). Each has exactly one reading: Unicode's own normalisation (NFKC, or NFC for the
compatibility ideographs, which are canonical duplicates), or, for the radicals without a
decomposition, the one character the radical is drawn as. Radicals with no standalone
character (⺮, ⻌) have no reading and are left for garbled.flag_private_use_characters.
Nothing here changes text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import regex

from cleaner import chars

# The simplified radicals whose shape is a whole character, and that character.
_SIMPLIFIED_RADICALS = dict(zip("\u2ec5\u2ec9\u2ecb\u2ed3\u2ed4\u2ed9\u2eda\u2edb\u2edc\u2ee2\u2ee5\u2ee6\u2ee7\u2eec\u2eee"
                                "\u2ef0\u2ef3\u2ee8\u2ee9\u2ec4\u2ed8\u2ea0\u2e9f",
                                "见贝车长门韦页风飞马鱼鸟卤齐齿龙龟麦黄西青民母"))
# The vertical forms of ，、。：；！？〖〗 (NFKC gives some of them in ASCII: the text's are full width).
_VERTICAL = dict(zip("\ufe10\ufe11\ufe12\ufe13\ufe14\ufe15\ufe16\ufe17\ufe18",
                     "\uff0c\u3001\u3002\uff1a\uff1b\uff01\uff1f\u3016\u3017"))
# Kangxi radicals, compatibility ideographs, supplement radicals, vertical punctuation, and
# the soft hyphen (Word's optional break: invisible, and no Chinese word is hyphenated).
RUN = regex.compile("[\u2e80-\u2ef3\u2f00-\u2fd5\uf900-\ufad9\ufe10-\ufe18\u00ad]++")
_NEIGHBOUR = regex.compile(f"[{chars.HAN}\u3000-\u303f\uff01-\uff5e]")


def reading(ch: str) -> str | None:
    """The one character ``ch`` stands for, or None.

    >>> [reading(c) for c in "\\u2f47\\uf967\\u2ed3\\ufe10\\u2eae\\u00ad"]
    ['日', '不', '长', '，', None, '']
    """
    if ch in _SIMPLIFIED_RADICALS:
        return _SIMPLIFIED_RADICALS[ch]
    if ch in _VERTICAL:
        return _VERTICAL[ch]
    if ch == "\u00ad":
        return ""
    if "\uf900" <= ch <= "\ufad9":
        nfc = unicodedata.normalize("NFC", ch)
        return nfc if nfc != ch else None
    if "\u2f00" <= ch <= "\u2fd5":
        nfkc = unicodedata.normalize("NFKC", ch)
        return nfkc if len(nfkc) == 1 and nfkc != ch else None
    return None


def readings(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, repaired) of each run of such code points inside Chinese text, as far as
    every code point of the run has a reading (runs outside Chinese text stay: a table of
    radicals writes them on purpose).

    >>> list(readings("⽇常⼯作，⻓期\\ufe10坚持；⺮字头"))
    [(0, 1, '日'), (2, 3, '工'), (5, 6, '长'), (7, 8, '，')]
    """
    for m in RUN.finditer(text):
        s, e = m.span()
        if not (s > 0 and _NEIGHBOUR.match(text, s - 1) or e < len(text) and _NEIGHBOUR.match(text, e)):
            continue
        new = [reading(c) for c in m.group()]
        if all(r is not None for r in new):
            yield s, e, "".join(new)
