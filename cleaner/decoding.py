"""Bytes become text: which encoding a raw file is in, and whether it is text at all.

Pure functions on bytes (the disk is :mod:`cleaner.io`'s). The order of evidence: a
byte-order mark; valid UTF-8; UTF-16 without a mark (NUL bytes on one side of the pairs);
charset-normalizer's guess among the encodings Chinese text comes in, and GB18030; when
several readings are possible, the one with the larger share of Han characters. Nothing is
guessed past that: bytes no reading fits are refused with the offset of the first bad byte.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from cleaner import sniff
from cleaner.textutil import han_count

_SHORT = 1024  # bytes
# Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# The encodings Chinese text comes in: a detected encoding outside them is not taken.
_TEXT_ENCODINGS = frozenset({"utf-8", "gb18030", "big5", "big5hkscs", "cp950", "utf-16", "utf-16-le",
                             "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})
# Detected names that are decoded with their superset, which reads every byte they do.
_SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "ascii": "utf-8"}


# Encodings Japanese and Korean text comes in, and the script a true reading shows: a
# GB18030 or Big5 reading of such bytes is garbage that looks like Chinese characters.
_FOREIGN = (
    ("shift_jis", "Shift-JIS", "Japanese"), ("cp932", "CP932", "Japanese"), ("euc_jp", "EUC-JP", "Japanese"),
    ("euc_kr", "EUC-KR", "Korean"), ("cp949", "CP949", "Korean"),
)
_FOREIGN_GUESSES = frozenset({"shift_jis", "cp932", "euc_jp", "euc_jis_2004", "euc_jisx0213", "iso2022_jp",
                              "euc_kr", "cp949", "johab", "iso2022_kr"})
_ISO2022 = (("iso2022_jp", "ISO-2022-JP", "Japanese"), ("iso2022_kr", "ISO-2022-KR", "Korean"))
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
_SCRIPT = {"Japanese": (_KANA, 0.1), "Korean": (regex.compile(r"\p{Hangul}"), 0.5)}
ANY_HAN_RUN = regex.compile(r"\p{Han}++")
_SPACED_HAN = regex.compile(r"(?<=\p{Han}) (?=\p{Han})")


class InputError(Exception):
    """A file that cannot be used, with the reason (undecodable bytes ...)."""


def decode(data: bytes) -> tuple[str, str, bool]:
    """``(text, encoding, had_bom)`` for raw bytes; raises :class:`InputError`.

    >>> decode("通知".encode("gbk"))[1:]
    ('gb18030', False)
    >>> decode(b"\\xef\\xbb\\xbf\\xe9\\x80\\x9a")
    ('通', 'utf-8', True)
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding, True
            except UnicodeDecodeError as exc:
                raise InputError(f"starts with a {encoding} byte-order mark but is not {encoding}: {exc}") from exc
    candidates = []
    try:
        candidates.append((data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        utf16 = sniff.utf16_without_bom(data)
        if utf16:
            try:
                return data.decode(utf16), utf16, False
            except UnicodeDecodeError:
                pass
    if not candidates or (len(data) < _SHORT and _utf8_han_share(candidates[0][0]) < 0.5):
        # Past a few hundred bytes, non-UTF-8 text is practically never valid UTF-8; a
        # short GBK text can be (as junk), so there the Han share decides.
        for encoding in dict.fromkeys((_detect(data), "gb18030")):
            if encoding:
                try:
                    candidates.append((data.decode(encoding), encoding))
                except (UnicodeDecodeError, LookupError):
                    pass
    if not candidates:
        raise InputError(_undecodable(data))
    if len(candidates) == 1:
        return candidates[0][0], candidates[0][1], False
    text, encoding = max(candidates, key=lambda c: (_utf8_han_share if c[1] == "utf-8" else _han_share)(c[0]))  # ties: UTF-8
    return text, encoding, False


def _undecodable(data: bytes) -> str:
    """Why no encoding reads ``data``: the first bad byte for UTF-8 and for GB18030."""
    reasons = []
    for encoding in ("utf-8", "gb18030"):
        try:
            data.decode(encoding)
        except UnicodeDecodeError as exc:
            reasons.append(f"not {encoding.upper()} (byte 0x{data[exc.start]:02x} at offset {exc.start:,})")
    foreign = _foreign_readings(data)
    hint = f"; it reads as {' and '.join(foreign)}: not a Chinese encoding" if foreign else ""
    return "cannot be decoded: " + ", ".join(reasons) + ", and no other Chinese or Unicode encoding fits" + hint


def _utf8_han_share(text: str) -> float:
    """The Han share of a UTF-8 reading, judged after undoing a Latin-1 misreading: UTF-8
    text that was once read as Latin-1 is still UTF-8 (the encoding family repairs it)."""
    share = _han_share(text)
    if share < 0.5 and any("\u0080" <= c <= "\u00ff" for c in text):
        import ftfy

        share = _han_share(ftfy.fix_encoding(text))
    return share


def _han_share(text: str) -> float:
    """Han characters among the non-ASCII characters (1.0 for ASCII)."""
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return han_count(text) / non_ascii if non_ascii else 1.0


def _detect(data: bytes) -> str | None:
    best = _best_guess(data)
    if best is None:
        return None
    name = best.lower().replace("_", "-")
    name = _SUPERSET.get(name.replace("-", ""), _SUPERSET.get(name, name))
    # A single-byte code page reads any bytes at all: taking one would turn undecodable
    # Chinese into confident garbage, so only the encodings Chinese text comes in count.
    return name if name in _TEXT_ENCODINGS else None


@lru_cache(maxsize=4)
def _best_guess(data: bytes) -> str | None:
    """charset-normalizer's best guess for ``data`` (asked once per file: decoding and the
    misreading check share it)."""
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    return best.encoding if best is not None else None


def misreading(data: bytes, encoding: str) -> str | None:
    """Why a Chinese (or ASCII) reading of ``data`` is likely wrong, or None.

    Three independent cues must agree: charset-normalizer takes the bytes for a Japanese
    or Korean encoding; read in that encoding they show its script (kana, Hangul); and
    the Chinese reading does not read like Chinese (rare characters where Chinese text
    uses the 3,755 common ones, kana, or short runs between spaces as Korean words give).
    Any one alone is weak: short Chinese GBK text is often valid EUC-KR, and a detector's
    guess on a few dozen bytes can be off. ISO-2022 text is 7-bit and reads as ASCII: its
    escape sequences tell.

    >>> misreading("お知らせ：令和３年度の事業計画について、担当課までご連絡ください。".encode("shift_jis"), "gb18030")[:60]
    'the bytes read as GB18030 but are valid Shift-JIS (Japanese)'
    >>> misreading("2019年度健康浙江考核取得优秀成绩。".encode("gbk"), "gb18030") is None
    True
    """
    if encoding == "utf-8" and b"\x1b$" in data:
        readings = [f"{label} ({language})" for codec, label, language in _ISO2022
                    if _shows_script(data, codec, language)]
    elif encoding in ("gb18030", "big5", "big5hkscs", "cp950") and not _reads_as_chinese(data.decode(encoding)):
        readings = _foreign_readings(data)
    else:
        readings = []
    if not readings:
        return None
    return (f"the bytes read as {encoding.upper()} but are valid {' and '.join(readings)}: probably not Chinese, "
            "or mis-decoded; convert the file to UTF-8 from its real encoding")


def _reads_as_chinese(text: str) -> bool:
    """Does a reading look like Chinese text? Its Han characters are mostly the common
    ones (GB 2312 level 1), it has no kana, and its Han runs are not short words between
    spaces."""
    han = ANY_HAN_RUN.findall(text)
    count = sum(map(len, han))
    if not count:
        return True
    common = sum(1 for run in han for c in run if _is_common_han(c))
    spaced = len(_SPACED_HAN.findall(text))
    return common >= 0.75 * count and len(_KANA.findall(text)) < 2 and spaced < max(2, 0.1 * count)


def _is_common_han(c: str) -> bool:
    try:
        return 0xB0 <= c.encode("gb2312")[0] <= 0xD7  # the rows of GB 2312's level 1
    except UnicodeEncodeError:
        return False


def _foreign_readings(data: bytes) -> list[str]:
    """The Japanese and Korean encodings ``data`` reads as, showing their script, when the
    detector also takes it for one of them."""
    if (_best_guess(data) or "").lower() not in _FOREIGN_GUESSES:
        return []
    return [f"{label} ({language})" for codec, label, language in _FOREIGN if _shows_script(data, codec, language)]


def _shows_script(data: bytes, codec: str, language: str) -> bool:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return False
    pattern, share = _SCRIPT[language]
    letters = len(text) - len(text.encode("ascii", "ignore"))  # ISO-2022 aside, the script is non-ASCII
    return bool(letters) and len(pattern.findall(text)) >= share * letters


def encode(text: str, encoding: str, bom: bool) -> bytes:
    """The bytes of ``text`` in ``encoding``, with its byte-order mark when ``bom``."""
    mark = next((b for b, enc in _BOMS if enc == encoding), b"") if bom else b""
    return mark + text.encode(encoding)


def _binary_reason(kind: str) -> str:
    return f"binary file, not text: {kind}; convert it to text first"


def refuse_binary(head: bytes) -> None:
    """:class:`InputError` when a file's first :data:`cleaner.sniff.HEAD` bytes are a binary format."""
    kind = sniff.binary_kind(head)
    if kind:
        raise InputError(_binary_reason(kind))


def text_of(data: bytes) -> tuple[str, str, bool]:
    """``(text, encoding, had_bom)`` of a file's bytes; :class:`InputError` with the reason
    when they are empty, binary, undecodable or only whitespace."""
    refuse_binary(data[:sniff.HEAD])
    return decoded(data)


def decoded(data: bytes) -> tuple[str, str, bool]:
    """:func:`text_of` for bytes whose head :func:`refuse_binary` has passed."""
    if not data:
        raise InputError("empty file (0 bytes)")
    text, encoding, bom = decode(data)
    kind = sniff.control_heavy(text)
    if kind:
        raise InputError(_binary_reason(kind))
    if not text.strip():
        raise InputError(f"no text: {len(data):,} bytes of whitespace only")
    return text, encoding, bom
