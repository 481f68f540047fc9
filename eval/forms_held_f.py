"""Forms of HELD-F: a sixth held set of defect shapes, put on the held documents.

Written at the start of round 9 of issue 16 (after HELD-E had been read three times) by
engineers who read neither the cleaner's rules nor the other held forms, and whose forms were
not described to the lead. Scored in aggregate only: never read it while tuning a rule, never
change a rule to fix a HELD-F number.
"""

from __future__ import annotations

from forms_common import Registry

R = Registry("held_f")

# The forms, in modules written side by side (imported last: they register into R).
import forms_held_f1  # noqa: E402,F401
import forms_held_f2  # noqa: E402,F401
