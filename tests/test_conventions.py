"""Conventions the design asks for, enforced: one registry, docstrings, pure rule modules."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import cleaner.rules
from cleaner.pipeline import ORDER, rule_family, rule_id

FAMILIES = {"html", "encoding", "metadata", "chrome", "ads", "punct", "space", "date", "layout",
            "numbering", "dup", "figure", "quote", "garbled", "guard"}
# What a rule module may import: the standard library, regex, and these package modules.
ALLOWED_PACKAGE_IMPORTS = {"cleaner.chars", "cleaner.types", "cleaner.textutil", "cleaner.scanning", "cleaner.data",
                           "cleaner.docmodel", "cleaner.outline", "cleaner.outlineruns", "cleaner.labels", "cleaner.adcues",
                           "cleaner.quantities", "cleaner.counts", "cleaner.datecues", "cleaner.dateplace",
                           "cleaner.titleshape", "cleaner.chromecues", "cleaner.gluedwidgets", "cleaner.shares", "cleaner.crumbs",
                           "cleaner.outlinewalk", "cleaner.outlinelevels", "cleaner.outlinestyles", "cleaner.quotemarks", "cleaner.dupcues",
                           "cleaner.compatchars", "cleaner.adsplice", "cleaner.adregister", "cleaner.admaterial", "cleaner.adpairs", "cleaner.adcells", "cleaner.adblocks", "cleaner.hardwrap",
                           "cleaner.dateslips",
                           "cleaner.markerslips", "cleaner.markerfold", "cleaner.datefold",
                           "cleaner.pageparts", "cleaner.metarows",
                           "cleaner.markup", "cleaner.figureslips", "cleaner.figurebounds", "cleaner.figureshapes", "cleaner.figurereader",
                           "cleaner.figuretotals", "cleaner.figuredims", "cleaner.figuretokens", "cleaner.figuretense", "cleaner.figurelogic", "cleaner.dupwindows", "cleaner.markerstandins",
                           "cleaner.spacecues", "cleaner.uirows", "cleaner.pagebits",
                           "cleaner.metalines", "cleaner.titlelines", "cleaner.datevalues",
                           "cleaner.quoteslips", "cleaner.quotenesting",
                           "cleaner.dupplaces",
                           "cleaner.references", "cleaner.labelpairs", "cleaner.escapes",
                           "cleaner.markprops", "cleaner.markslips",
                           "cleaner.charstats",
                           "cleaner.dupspans", "cleaner.dupreflow", "cleaner.dupnear",
                           "cleaner.lineshape", "cleaner.lexicon", "cleaner.adstarts",
                           "cleaner.datereader",
                           "cleaner.adforeign", "cleaner.adfront",
                           "cleaner.dupcopies", "cleaner.dupitems", "cleaner.chromeplaces", "cleaner.edgeblocks", "cleaner.ownfields", "cleaner.dateshapes",
                           "cleaner.mojibake", "cleaner.plausible", "cleaner.punctslips", "cleaner.punctwiden",
                           "cleaner.punctstandard", "cleaner.quoteinner",
                           "cleaner.datelocale", "cleaner.dateglue", "cleaner.garbledshapes", "cleaner.dateframes",
                           "cleaner.datesystems"}
ALLOWED_THIRD_PARTY = {"regex", "cn2an", "ftfy"}


def _rule_modules():
    for info in pkgutil.iter_modules(cleaner.rules.__path__):
        if not info.name.startswith("_"):
            yield importlib.import_module(f"cleaner.rules.{info.name}")


def _public_functions(module):
    return [obj for name, obj in vars(module).items()
            if inspect.isfunction(obj) and not name.startswith("_") and obj.__module__ == module.__name__]


def test_every_public_rule_is_in_order_exactly_once():
    public = {rule_id(f) for m in _rule_modules() for f in _public_functions(m)}
    ordered = [rule_id(r) for r in ORDER]
    assert len(ordered) == len(set(ordered)), "a rule is listed twice in ORDER"
    assert set(ordered) == public


def test_rules_have_docstrings_with_an_example():
    for rule in ORDER:
        doc = inspect.getdoc(rule) or ""
        assert doc.splitlines()[0].endswith("."), rule_id(rule)
        assert ">>>" in doc, f"{rule_id(rule)} has no doctest example"


def test_rule_families_are_known():
    assert {rule_family(r) for r in ORDER} <= FAMILIES


def test_rule_modules_import_only_what_they_may():
    import sys

    stdlib = set(sys.stdlib_module_names)
    for module in _rule_modules():
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                top = name.split(".")[0]
                if top == "cleaner":
                    if name == "cleaner":
                        continue
                    assert any(name == a or name.startswith(a + ".") or
                               (name.startswith("cleaner.") and name.rsplit(".", 1)[0] in ALLOWED_PACKAGE_IMPORTS | {"cleaner"}
                                and name.rsplit(".", 1)[1] in {"chars", "types", "textutil", "scanning", "data", "docmodel", "outline",
                                                                 "labels", "adcues", "quantities", "counts", "shares"})
                               for a in ALLOWED_PACKAGE_IMPORTS), f"{module.__name__} imports {name}"
                else:
                    assert top in stdlib or top in ALLOWED_THIRD_PARTY or top == "__future__", \
                        f"{module.__name__} imports {name}"


def test_only_edits_apply_builds_edited_text():
    """Rules yield edits; they never return a changed string."""
    for rule in ORDER:
        assert inspect.isgeneratorfunction(rule), f"{rule_id(rule)} should yield its findings"
