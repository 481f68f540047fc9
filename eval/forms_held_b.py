"""Forms of HELD-B: a second held set of defect shapes, put on the held documents.

Written in round 4 of issue 16 by an engineer who read neither the cleaner's rules nor
:mod:`forms_held`, from the shapes of real scraped pages. Like HELD, it is scored in aggregate
only: never read it while tuning a rule, never change a rule to fix a HELD-B number.
"""

from __future__ import annotations

from forms_common import Registry

R = Registry("held_b")

# The forms, in two modules written side by side (imported last: they register into R).
import forms_held_b1  # noqa: E402,F401
import forms_held_b2  # noqa: E402,F401
