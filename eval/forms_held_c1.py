"""HELD-C forms, part 1 (see forms_held_c.py): scored in aggregate only, never read while tuning."""

from __future__ import annotations

from forms_held_c import R  # noqa: F401  (forms register themselves on import)
