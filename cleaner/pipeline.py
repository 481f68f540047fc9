"""The declared rule order and :func:`clean`, the one loop that runs it.

``ORDER`` is the registry: a rule exists for the pipeline when, and only when, it is
listed here. Each rule sees the text the rules before it produced; its edits are
applied by :func:`cleaner.edits.apply` and recorded with offsets into the raw text.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from types import MappingProxyType

from cleaner import edits as edits_mod
from cleaner import newlines
from cleaner.chars import ASCII_OF
from cleaner.rules import ads, chrome, encoding, layout, metadata, punct, space
from cleaner.types import Cleaned, Context, Corpus, Edit, Field, Finding, Flag, Step

Rule = Callable[..., Iterable[Edit | Flag | Field]]

ORDER: tuple[Rule, ...] = (
    # 1. decode and repair characters
    encoding.remove_control_characters,
    space.remove_zero_width,
    # 2. extract metadata and remove structure (page chrome, injected ads)
    ads.drop_solicitation_lines,
    ads.drop_inline_solicitations,
    chrome.drop_breadcrumbs,
    chrome.drop_related_links,  # before widgets: its heading anchors the block
    metadata.extract_labeled_fields,
    metadata.extract_header_stack,
    chrome.drop_widgets,
    chrome.drop_footers,
    chrome.drop_photo_captions,
    chrome.drop_teasers,
    chrome.drop_recurring_lines,
    layout.join_broken_title,  # here, not in stage 4: the title must be whole to be found
    metadata.find_title,
    chrome.drop_title_repeats,  # needs the title
    # 3. normalize characters and values
    punct.widen_ascii_punctuation,
    space.strip_line_edges,
    space.drop_stray_spaces,
    space.normalize_space_runs,
    space.drop_blank_lines,
    # 4. repair structure
    # 5. flag, last, on the final text
)


def rule_id(rule: Rule) -> str:
    """``family.function`` for a rule.

    >>> rule_id(space.strip_line_edges)
    'space.strip_line_edges'
    """
    return f"{rule.__module__.rsplit('.', 1)[-1]}.{rule.__name__}"


def rule_family(rule: Rule) -> str:
    return rule.__module__.rsplit(".", 1)[-1]


def describe(rule: Rule) -> str:
    """The first line of the rule's docstring."""
    return (rule.__doc__ or "").strip().splitlines()[0] if rule.__doc__ else ""


def _wants_context(rule: Rule) -> bool:
    return len(inspect.signature(rule).parameters) >= 2


# Which rules take a Context as their second argument, decided once.
_CONTEXT_RULES = frozenset(rule for rule in ORDER if _wants_context(rule))


def clean(raw: str, doc_id: str = "doc", rules: tuple[Rule, ...] = ORDER, corpus: Corpus = Corpus()) -> Cleaned:
    """Run ``rules`` over ``raw`` and return the text with the full record.

    >>> c = clean("标题\\r\\n\\r\\n总投资 1.4025 万元,其中:开工项目7个。")
    >>> c.text
    '标题\\n总投资1.4025万元，其中：开工项目7个。'
    >>> c.restore() == c.raw
    True
    """
    text, line_ends = newlines.normalize(raw)
    raw_offsets = newlines.RawOffsets(raw)
    steps: list[Step] = []
    findings: list[Finding] = []
    maps: list[edits_mod.OffsetMap] = []  # latest step first
    metadata: dict[str, str] = {}
    for index, rule in enumerate(rules):
        context = Context(MappingProxyType(dict(metadata)), corpus) if _takes_context(rule) else None
        step = _run_rule(rule, text, context)
        ordered = edits_mod.sort_checked(text, step.edits)
        findings.extend(_findings(step, index, ordered, maps, raw_offsets, text))
        for f in step.fields:
            metadata.setdefault(f.name, f.value)
        if ordered:
            text = edits_mod.apply(text, ordered)
            maps.insert(0, edits_mod.OffsetMap(ordered))
        steps.append(step)
    _title_as_cleaned(metadata, text)
    return Cleaned(doc_id, raw, text, tuple(steps), tuple(findings), metadata, line_ends)


def _title_as_cleaned(metadata: dict, text: str) -> None:
    """Give the title field the cleaned form of the title line (punctuation, spacing).

    The title is found before punctuation and spacing are normalized; when the clean
    text opens with that same line, the field takes its clean spelling.
    """
    title = metadata.get("title")
    first = text.split("\n", 1)[0]
    if title and first != title and _loose(first) == _loose(title):
        metadata["title"] = first


def _loose(s: str) -> str:
    return "".join(ASCII_OF.get(c, c) for c in s if not c.isspace())


def _takes_context(rule: Rule) -> bool:
    return rule in _CONTEXT_RULES or (rule not in ORDER and _wants_context(rule))


def _run_rule(rule: Rule, text: str, context: Context | None) -> Step:
    found_edits, found_flags, found_fields = [], [], []
    for item in (rule(text) if context is None else rule(text, context)):
        if isinstance(item, Edit):
            found_edits.append(item)
        elif isinstance(item, Flag):
            found_flags.append(item)
        else:
            found_fields.append(item)
    return Step(rule_id(rule), tuple(found_edits), tuple(found_flags), tuple(found_fields))


def _findings(step: Step, index: int, ordered: list[Edit], maps, raw_offsets, text: str) -> Iterable[Finding]:
    """The step's edits and flags with spans mapped back into the raw text."""
    def raw_span(start: int, end: int) -> tuple[int, int]:
        start, end = edits_mod.map_span_back(maps, start, end)
        return raw_offsets.to_raw(start), raw_offsets.to_raw(end)

    for e in ordered:
        start, end = raw_span(e.start, e.end)
        action = "remove" if e.new == "" else "fix"
        yield Finding(step.rule, action, start, end, e.old, e.new, e.reason, index, e.start)
    for fl in step.flags:
        start, end = raw_span(fl.start, fl.end)
        span = text[fl.start:fl.end]
        yield Finding(step.rule, "flag", start, end, span, span, fl.reason, index, fl.start)
