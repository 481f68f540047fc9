"""Forms of HELD-B: a second held set of defect shapes, put on the held documents.

Written in round 4 of issue 16 by an engineer who read neither the cleaner's rules nor
:mod:`forms_held`, from the shapes of real scraped pages. Like HELD, it is scored in aggregate
only: never read it while tuning a rule, never change a rule to fix a HELD-B number.
"""

from __future__ import annotations

from forms_common import Registry

R = Registry("held_b")
