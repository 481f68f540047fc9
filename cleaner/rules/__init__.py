"""Rule families, one module each. A rule is ``rule(text) -> Iterable[Edit | Flag | Field]``.

Its id is ``<module>.<function>`` (``space.strip_line_edges``); its family is the module.
Rules are pure: no I/O, no state across documents, no imports of other rule modules.
"""
