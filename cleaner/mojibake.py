"""UTF-8 read as Latin-1 or cp1252, undone run by run and only where it is undone exactly.

Every byte of a Chinese character's UTF-8 is 80-FF, so its misreading is a run of Latin-1
letters and signs, C1 controls and cp1252-only signs with nothing else inside it. Each such
run is read back on its own: its bytes (cp1252 where the sign is cp1252's, else Latin-1)
must decode as UTF-8 with no byte left over, into Chinese text only, and the run must not
touch the debris of a lost byte ("?" or U+FFFD). A run read twice (UTF-8 of mojibake) is
read back twice. The edit covers the run and nothing else, so the text around it, however
it looks, is never touched. Whether the reading is plausible Chinese is the caller's check
(cleaner.plausible).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

# cp1252's own signs for bytes 80-9F (the rest of 80-FF reads as in Latin-1).
_CP1252_SIGNS = {bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_RUN_CHAR = regex.compile("[\u0080-\u00ff" + "".join(_CP1252_SIGNS) + "]")
_RUN = regex.compile(_RUN_CHAR.pattern + "{2,}+")
# What a reading of Chinese text may hold: Han, CJK and full-width punctuation, the quotes and dashes.
_CHINESE = regex.compile(r"[\p{Han}\u3000-\u303f\uff01-\uff5e\u2014\u2026\u2018\u2019\u201c\u201d\u00b7]++")
_LOST_BYTE = "?\ufffd"
# cp1252 signs that are also Chinese punctuation: a run may have taken in a real one beside it.
_CHINESE_SIGNS = "\u201c\u201d\u2018\u2019\u2014\u2026"
_MAX_LAYERS = 3


def _bytes_of(run: str) -> bytes:
    return bytes(_CP1252_SIGNS.get(c, ord(c)) for c in run)


def read_back(run: str) -> str:
    """The Chinese text ``run`` is the misreading of, read back as many times as it was
    misread; "" when some byte is left over or the reading is not Chinese text.

    >>> read_back("工作方案".encode("utf-8").decode("cp1252")), read_back("café")
    ('工作方案', '')
    """
    for _ in range(_MAX_LAYERS):
        try:
            run = _bytes_of(run).decode("utf-8")
        except (UnicodeDecodeError, ValueError):
            return ""
        if _CHINESE.fullmatch(run):
            return run
        if not _RUN.fullmatch(run):
            return ""
    return ""


def _trimmed(run: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    """The run, then the run without one or two Chinese punctuation signs at either end."""
    for left in range(3):
        for right in range(3):
            if left + right and not all(c in _CHINESE_SIGNS for c in run[:left] + run[len(run) - right:]):
                continue
            if e - s - left - right >= 2:
                yield s + left, e - right


def utf8_latin_runs(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, reading) of each run of ``text`` that is whole UTF-8 read as Latin-1/cp1252;
    a real “ ” — … beside the run is left out of it.

    >>> t = "标题" + "年度".encode("utf-8").decode("latin-1") + "2021" + "会议".encode("utf-8").decode("cp1252")
    >>> [(s, e, r) for s, e, r in utf8_latin_runs(t)]
    [(2, 8, '年度'), (12, 18, '会议')]
    >>> [r for _, _, r in utf8_latin_runs("中国—" + "东盟".encode("utf-8").decode("latin-1") + "“自贸区”")]
    ['东盟']
    >>> list(utf8_latin_runs("Müller, José"))
    []
    """
    for m in _RUN.finditer(text):
        for s, e in _trimmed(m.group(), *m.span()):
            if (s and text[s - 1] in _LOST_BYTE) or (e < len(text) and text[e] in _LOST_BYTE):
                break
            reading = read_back(text[s:e])
            if reading:
                yield s, e, reading
                break


def longer_run_reads_back(text: str, start: int, end: int) -> bool:
    """Does the run of cp1252 characters holding ``text[start:end]`` (and longer than it) read
    back as UTF-8? The run is found by walking out from the span: linear in its length.

    >>> t = "x" + "会议".encode("utf-8").decode("cp1252") + "y"
    >>> longer_run_reads_back(t, 2, 5), longer_run_reads_back("中“¼Ó”中", 2, 4)
    (True, False)
    """
    s, e = start, end
    while s > 0 and _RUN_CHAR.match(text, s - 1):
        s -= 1
    while e < len(text) and _RUN_CHAR.match(text, e):
        e += 1
    if (s, e) == (start, end):
        return False
    return bool(read_back(text[s:e]))
