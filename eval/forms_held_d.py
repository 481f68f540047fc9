"""Forms of HELD-D: a fourth held set of defect shapes, put on the held documents.

Written at the end of round 6 of issue 16 by engineers who read neither the cleaner's rules
nor the other held forms, and whose forms were not described to the lead. Scored in
aggregate only: never read it while tuning a rule, never change a rule to fix a HELD-D number.
"""

from __future__ import annotations

from forms_common import Registry

R = Registry("held_d")

# The forms, in modules written side by side (imported last: they register into R).
import forms_held_d1  # noqa: E402,F401
import forms_held_d2  # noqa: E402,F401
import forms_held_d3  # noqa: E402,F401
