"""cleaner: clean, account for and validate corpora of scraped Chinese government documents.

The public API is small: :func:`clean_text` for a string, :func:`clean_file` for a file,
and the record types. Heavy libraries (Great Expectations, pandas) are imported only by the
commands that need them.
"""

from __future__ import annotations

__version__ = "0.1.0"

from cleaner.types import Cleaned, Edit, Field, Finding, Flag, Step  # noqa: E402


def clean_text(text: str, doc_id: str = "doc") -> Cleaned:
    """Clean one document given as text; see :func:`cleaner.pipeline.clean`."""
    from cleaner.pipeline import clean

    return clean(text, doc_id)


def clean_file(path, root=None):
    """Read, decode and clean one file; returns ``(Cleaned, Source)``."""
    from cleaner import io

    return io.clean_path(path, root)


__all__ = ["Cleaned", "Edit", "Field", "Finding", "Flag", "Step", "clean_text", "clean_file", "__version__"]
