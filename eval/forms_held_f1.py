"""HELD-F forms, part 1 (see forms_held_f.py). Do not read while working on the rules."""

from __future__ import annotations

from forms_held_f import R  # noqa: F401  (forms register themselves on import)
