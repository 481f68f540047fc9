"""The declared rule order and :func:`clean`, the one loop that runs it.

``ORDER`` is the registry: a rule exists for the pipeline when, and only when, it is
listed here. Each rule sees the text the rules before it produced; its edits are
applied by :func:`cleaner.edits.apply` and recorded with offsets into the raw text.
"""

from __future__ import annotations

import inspect
from bisect import bisect_right
from functools import lru_cache
from collections.abc import Callable, Iterable
from types import MappingProxyType

from cleaner import edits as edits_mod
from cleaner import newlines
from cleaner.chars import ASCII_OF
from cleaner.rules import (ads, chrome, date, dup, encoding, figure, garbled, guard, html, layout, metadata, numbering,
                           punct, quote, space)
from cleaner.textutil import removed_han
from cleaner.types import Cleaned, Context, Corpus, Edit, Field, Finding, Flag, Step

Rule = Callable[..., Iterable[Edit | Flag | Field]]

ORDER: tuple[Rule, ...] = (
    # 0. a page saved as HTML becomes text (in place: restore rebuilds the page)
    html.extract_page_metadata,
    html.remove_navigation,
    html.extract_text,
    # 1. decode and repair characters
    encoding.repair_mojibake,  # first: a Latin-1 misreading is full of C1 controls
    encoding.remove_control_characters,
    encoding.repair_compatibility_characters,
    encoding.join_split_references,  # before decoding: "&nb" + "sp;" is one reference
    encoding.decode_character_references,  # before zero widths: &#8203; is one
    encoding.remove_tag_remnants,  # after decoding: "&lt;br&gt;" is a tag too
    layout.strip_markdown_marks,  # with the tags: what a conversion to Markdown left
    space.remove_zero_width,
    # 2. extract metadata and remove structure (page chrome, injected ads)
    ads.drop_front_glued_ads,  # first: a line's own start behind an ad keeps the line from the line rules
    ads.drop_solicitation_lines,
    ads.drop_inline_solicitations,
    ads.drop_reader_voice,
    ads.drop_foreign_segments,  # after the trades' rules: the evidence every ad shares
    chrome.drop_breadcrumbs,
    chrome.drop_related_links,  # before widgets: its heading anchors the block
    metadata.extract_label_rows,  # before single label lines: its label row has no values of its own
    metadata.extract_labeled_fields,
    metadata.extract_header_stack,
    metadata.drop_credit_lines,
    metadata.extract_issuer_date_rows,
    metadata.extract_shaped_rows,  # after the labelled rows: only what no label told
    metadata.drop_glued_source_notes,
    chrome.drop_widgets,
    chrome.drop_glued_widgets,
    chrome.drop_furniture,
    chrome.drop_footers,
    chrome.drop_photo_captions,
    chrome.drop_teasers,
    chrome.drop_shaped_lines,
    chrome.drop_recurring_lines,
    chrome.drop_edge_blocks,  # after the worded rules: what their words did not tell, the block's shape may
    layout.join_broken_title,  # here, not in stage 4: the title must be whole to be found
    metadata.find_title,
    metadata.find_signature_date,
    metadata.find_header_fields,  # after the signature: its date is the written date first
    metadata.fall_back_publish_date,  # last of the metadata: every other date comes first
    chrome.drop_title_repeats,  # needs the title
    # 3. normalize characters and values
    punct.narrow_fullwidth_alphanumerics,  # first: "１４:２９" must read as a time
    punct.replace_lookalike_marks,
    punct.replace_mark_variants,  # after the known look-alikes: what is left is known by its properties
    punct.normalize_ellipsis_and_dash,  # before widening: "……," is Chinese context
    punct.widen_ascii_punctuation,
    quote.normalize_mark_lookalikes,  # before the straight quotes: ''…'' and \"…\" are whole marks
    quote.convert_straight_quotes,
    punct.normalize_title_marks,
    quote.convert_angle_titles,  # after << >>: what is left is a single angle mark
    quote.repair_quote_pairs,  # after the straight and corner marks became curly
    quote.repair_title_pairs,
    quote.repair_mark_slips,  # after the pairs: what is left has one wrong mark
    space.strip_line_edges,
    space.normalize_article_gaps,  # before the stray spaces: that gap is layout, not a stray
    space.drop_stray_spaces,
    space.normalize_space_runs,
    punct.collapse_stacked_punctuation,  # after spacing: "。 ，" is a stack too
    punct.drop_orphan_punctuation_lines,
    space.drop_blank_lines,
    date.repair_date_systems,  # first: an export's or a layout's date, before the slips read its figures
    date.repair_date_slips,  # first: a letter for a figure, a line break inside a date
    date.repair_date_marks,  # first: "2021 年 3 月 29 日" is a whole date the others must see as one
    date.repair_compacted_dates,
    date.expand_eight_digit_dates,
    date.insert_missing_year_mark,  # before the 日 rule: "20213月29" needs its 年 first
    date.restore_day_mark,
    date.read_date_clusters,  # last: the tolerant reader, for what the shape rules above do not know
    # 4. repair structure
    numbering.repair_marker_slips,  # first: a marker the outline cannot read at all
    layout.join_lone_opening_marks,  # before numbering: "（" / "三）…" is one marker
    layout.join_broken_quotations,
    layout.join_broken_sentences,
    dup.drop_repeated_sentences,  # before numbering: a repeated heading is not a skipped one
    dup.drop_repeated_paragraphs,
    dup.drop_skeleton_copies,
    dup.drop_near_copies,  # after the exact copies: what is left differs by a slip
    dup.drop_doubled_windows,  # after the sentence rules: what is left is cut inside words, or runs into itself unclosed
    numbering.repair_outline,
    quote.restore_title_mark,
    # 5. flag, last, on the final text
    quote.flag_unbalanced,
    quote.flag_quoted_titles,
    dup.flag_distant_repeats,
    figure.flag_missing_measure_words,
    figure.flag_implausible_amounts,
    figure.flag_parts_exceeding_total,
    figure.flag_impossible_percentages,
    figure.flag_broken_numbers,
    figure.flag_figure_slips,
    figure.flag_years_against_tense,
    date.flag_impossible_dates,
    date.flag_broken_date_marks,
    date.flag_date_slips,
    garbled.flag_replacement_characters,
    garbled.flag_mojibake,
    garbled.flag_symbol_runs,
    garbled.flag_empty_brackets,
    garbled.flag_question_marks_in_words,
    garbled.flag_private_use_characters,
    garbled.flag_undecoded_residue,
    garbled.flag_lookalike_scripts,
    garbled.flag_unlikely_characters,
    encoding.flag_doubtful_decoding,
    guard.flag_over_cleaning,  # last: the sum of what every editing rule removed
)

# The rules of stage 5: they only flag, and run once, on the text the others settled on.
FLAGGING: tuple[Rule, ...] = ORDER[ORDER.index(quote.flag_unbalanced):]
# A later rule can open a case for an earlier one (a repaired date makes a metadata line
# whole); the editing stages run again until the text settles, so cleaning is idempotent.
# Flags that editing rules raise are kept from the last round only: it saw the final text.
MAX_ROUNDS = 3


@lru_cache(maxsize=None)
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


def clean(raw: str, doc_id: str = "doc", rules: tuple[Rule, ...] = ORDER, corpus: Corpus = Corpus(),
          use_triggers: bool = True, decoding_doubt: str = "") -> Cleaned:
    """Run ``rules`` over ``raw`` and return the text with the full record.

    >>> c = clean("标题\\r\\n\\r\\n总投资 1.4025 万元,其中:开工项目7个。")
    >>> c.text
    '标题\\n总投资1.4025万元，其中：开工项目7个。'
    >>> c.restore() == c.raw
    True

    ``use_triggers=False`` runs every rule even where its trigger says it cannot fire
    (the tests compare both ways). ``decoding_doubt``: what reading the bytes found suspect
    (:func:`cleaner.decoding.misreading`), flagged on the first line.
    """
    run = _Run(raw, corpus, use_triggers)
    run.decoding_doubt = decoding_doubt
    editing = tuple(r for r in rules if r not in FLAGGING)
    for _ in range(MAX_ROUNDS):
        before = run.text
        run.round_flags = []
        for rule in editing:
            run.apply(rule)
        if run.text == before:
            break
    run.findings.extend(run.round_flags)
    run.removed_han = removed_han((f.rule, f.action, f.before) for f in run.findings)
    for rule in rules:
        if rule in FLAGGING:
            run.apply(rule)
    _title_as_cleaned(run.metadata, run.text)
    return Cleaned(doc_id, raw, run.text, tuple(run.steps), tuple(run.findings), run.metadata, run.line_ends,
                   run.removed_han)


class _Run:
    """The state of one document's cleaning: current text, record so far, offset maps."""

    def __init__(self, raw: str, corpus: Corpus, use_triggers: bool = True):
        self.use_triggers = use_triggers
        self.text, self.line_ends = newlines.normalize(raw)
        self.raw_offsets = newlines.RawOffsets(raw)
        self.corpus = corpus
        self.steps: list[Step] = []
        self.findings: list[Finding] = []
        self.maps: list[edits_mod.OffsetMap] = []  # latest step first
        self.metadata: dict[str, str] = {}
        self.round_flags: list[Finding] | None = None  # flags of the editing round under way
        self.removed_han = 0  # known once the editing rules are done
        self.decoding_doubt = ""

    def apply(self, rule: Rule) -> None:
        trigger = getattr(rule, "trigger", None)
        if trigger is not None and self.use_triggers and not trigger(self.text):
            self.steps.append(Step(rule_id(rule), (), (), ()))  # cannot fire: skipped, same record
            return
        context = (Context(MappingProxyType(dict(self.metadata)), self.corpus, self.removed_han, self.decoding_doubt)
                   if _takes_context(rule) else None)
        step = _run_rule(rule, self.text, context)
        ordered = edits_mod.sort_checked(self.text, step.edits)
        on_edits = _flags_on_edits(step.flags, ordered) if step.flags and ordered else frozenset()
        for finding in _findings(step, len(self.steps), ordered, self.maps, self.raw_offsets, self.text):
            flags_of_round = (finding.action == "flag" and self.round_flags is not None and rule not in FLAGGING
                              and finding.pos not in on_edits)
            (self.round_flags if flags_of_round else self.findings).append(finding)
        for f in step.fields:
            self.metadata.setdefault(f.name, f.value)
        if ordered:
            self.text = edits_mod.apply(self.text, ordered)
            self.maps.insert(0, edits_mod.OffsetMap(ordered))
        self.steps.append(step)


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


def _flags_on_edits(flags, ordered: list[Edit]) -> frozenset[int]:
    """Offsets of the flags that lie on an edit of their own step: they qualify that edit
    ("renumbered: a section may be missing"), and the next round, seeing the edit made,
    cannot raise them again, so they are kept rather than left to the last round."""
    starts = [e.start for e in ordered]
    kept = set()
    for fl in flags:
        k = bisect_right(starts, fl.start) - 1
        if k >= 0 and fl.start < max(ordered[k].end, ordered[k].start + 1) and ordered[k].start < fl.end:
            kept.add(fl.start)
    return frozenset(kept)


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
