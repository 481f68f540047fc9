"""What a file's bytes are, before anything tries to read them as text.

Scrapes come with PDFs, Word files, archives and images saved under the same names as the
pages. Their bytes can decode as GB18030 (it reads almost any byte pair), so "decodes"
is no evidence of text: a file is binary when it starts with a known format's signature,
or when, once decoded, control characters fill a share of it that no text has (checked on
the text, not the bytes: UTF-16 Chinese is full of bytes below 0x20).
"""

from __future__ import annotations

import regex

# Signature at offset 0 -> what the file is. Longer, more specific signatures first.
_SIGNATURES = (
    (b"%PDF-", "PDF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office 97-2003 document (DOC/XLS/PPT)"),
    (b"{\\rtf", "RTF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"BZh", None),  # bzip2 only with its block magic, checked below
    (b"\x7fELF", "executable (ELF)"),
    (b"MZ", None),  # a Windows executable only with its PE header, checked below
    (b"wOFF", "web font (WOFF)"),
    (b"wOF2", "web font (WOFF2)"),
    (b"OggS", "Ogg media"),
    (b"ID3", None),  # MP3 only with a tag version after it
    (b"\x00\x00\x01\x00", "icon (ICO)"),
)
_ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
# Inside a ZIP, the first matching member names the format.
_ZIP_MEMBERS = (
    ("word/", "Word document (DOCX)"),
    ("xl/", "Excel workbook (XLSX)"),
    ("ppt/", "PowerPoint presentation (PPTX)"),
    ("content.xml", "OpenDocument file (ODT/ODS)"),
    ("Contents/", "HWP/OFD document"),
    ("OFD.xml", "OFD document"),
)
_LOCAL_HEADER = b"PK\x03\x04"  # then 22 bytes of fields, the name's length (2 bytes), the extra's (2), the name
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f]")
_CONTROL_SHARE = 0.10  # text has a few stray control characters at most; binary formats are full of them
_SAMPLE = 8192


HEAD = 65536  # bytes read to decide: a binary file is never read whole


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` (a file's first :data:`HEAD` bytes, or all of it) is, or
    None when it may be text.

    >>> binary_kind(b"%PDF-1.7\\n...")
    'PDF document'
    >>> binary_kind("关于印发工作要点的通知".encode("gbk")) is None
    True
    >>> binary_kind(b"MZ is not an executable without its header") is None
    True
    """
    if data.startswith(_ZIP):
        return _zip_kind(data)
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            kind = kind or _checked_kind(signature, data)
            if kind:
                return kind
    if data[8:12] in (b"WEBP", b"AVI ", b"WAVE") and data.startswith(b"RIFF"):
        return f"RIFF {data[8:12].decode().strip()} media"
    if data[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    return None


def _checked_kind(signature: bytes, data: bytes) -> str | None:
    if signature == b"BZh" and data[4:10] == b"1AY&SY":
        return "bzip2 archive"
    if signature == b"ID3" and data[3:4] in (b"\x02", b"\x03", b"\x04") and data[4:5] == b"\x00":
        return "MP3 audio"
    if signature == b"MZ" and len(data) > 0x40:
        pe = int.from_bytes(data[0x3C:0x40], "little")
        if data[pe:pe + 4] == b"PE\x00\x00":
            return "Windows executable"
    return None


def _zip_kind(head: bytes) -> str:
    """The format a ZIP is, by the member names in its local headers (they come first,
    each before its data, so the head of the file names the first members)."""
    names = []
    start = head.find(_LOCAL_HEADER)
    while start >= 0 and start + 30 <= len(head):
        length = int.from_bytes(head[start + 26:start + 28], "little")
        names.append(head[start + 30:start + 30 + length])
        start = head.find(_LOCAL_HEADER, start + 4)
    for prefix, kind in _ZIP_MEMBERS:
        if any(name.startswith(prefix.encode()) for name in names):
            return kind
    return "ZIP archive"


def control_heavy(text: str) -> str | None:
    """Why decoded ``text`` is binary after all (control characters past the share no text
    has), or None.

    >>> control_heavy("\\x00\\x01\\x02\\x03" * 8 + "abc")
    'unknown binary format (91% control characters)'
    >>> control_heavy("正文\\x00结束") is None
    True
    """
    sample = text[:_SAMPLE]
    controls = len(_CONTROL.findall(sample))
    if controls >= 16 and controls / len(sample) > _CONTROL_SHARE:
        return f"unknown binary format ({controls / len(sample):.0%} control characters)"
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` / ``utf-16-be`` when NUL bytes sit on one side of the byte pairs, as in
    UTF-16 text with ASCII in it (digits, line breaks); None otherwise.

    >>> utf16_without_bom("关于印发2021年工作要点\\n一、总体要求\\n".encode("utf-16-le"))
    'utf-16-le'
    >>> utf16_without_bom(b"plain ASCII") is None
    True
    """
    sample = data[:_SAMPLE - _SAMPLE % 2]
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    # The other side has a NUL only where a character's code ends in 00 (一 is U+4E00).
    if odd >= pairs * 0.2 and even <= odd / 4:
        return "utf-16-le"
    if even >= pairs * 0.2 and odd <= even / 4:
        return "utf-16-be"
    return None
