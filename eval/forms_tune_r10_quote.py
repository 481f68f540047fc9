"""More TUNE forms (round 10): quote, written after HELD-F's quote recall fell (to find, on TUNE,
which readings of odd quotation marks go wrong). Not blind: written by the lead, who knows the rules.

Registered into the TUNE registry of :mod:`forms_tune`; see forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

from forms_common import Ctx
from forms_tune_r5_punct_quote import _Q, _T, _pair  # the same pair swap as round 5's quote forms


@R.form("quote", "t46_tex_and_accent_pairs")
def quote_tex_pairs(ctx: Ctx):
    """A quotation typed the TeX way ``…'' or with doubled acute accents ´´…´´ (fix: “ ”)."""
    return _pair(ctx, _Q, [("``", "''"), ("\u00b4\u00b4", "\u00b4\u00b4")])


@R.form("quote", "t47_math_double_angles")
def quote_math_angles(ctx: Ctx):
    """Title marks picked from a symbol table's maths page: ≪…≫, ⟪…⟫ (fix: 《 》)."""
    return _pair(ctx, _T, [("\u226a", "\u226b"), ("\u27ea", "\u27eb")])


@R.form("quote", "t48_prime_pairs")
def quote_prime_pairs(ctx: Ctx):
    """A quotation in primes ′…′ or reversed prime and prime ‵…′ (fix: “ ”)."""
    return _pair(ctx, _Q, [("\u2032", "\u2032"), ("\u2035", "\u2032")])


@R.form("quote", "t49_low_nine_single")
def quote_low_nine_single(ctx: Ctx):
    """A quotation in German single marks ‚…‘ or ‚…’ (fix: “ ” at the top level)."""
    return _pair(ctx, _Q, [("\u201a", "\u2018"), ("\u201a", "\u2019")])
