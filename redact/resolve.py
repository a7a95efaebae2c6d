"""Overlap resolution within and across entity types.

Two findings can claim the same characters: the rule layer and the model both see a
name with different boundaries, or a deny-list term sits inside an ID. The anonymizer
needs disjoint spans. Findings are ranked by score, then length, then type, then
recognizer and subtype, so that a tie resolves alike whatever order the recognizers
answered in (a surname standing alone, subtype ``surname_only``, ranks last whatever its
score: it must never hide the given name a longer finding covers); a finding that
overlaps a stronger one

* of the same type is dropped: both describe one entity, and the stronger one's
  boundaries are the better guess (a cue-anchored 张伟 beats a model's 张伟驾);
* of another type keeps only the characters nobody stronger claimed, so the union of
  covered characters never shrinks.
"""

from __future__ import annotations

import dataclasses

from recognizers.entities import ENTITIES, SURNAME_ONLY
from redact.findings import Finding, FindingIndex

#: Tie-break between types of equal score and length: the rarer, more harmful first.
PRIORITY = {facts.entity: facts.priority for facts in ENTITIES}


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Disjoint findings sorted by start."""
    ranked = sorted(
        findings,
        key=lambda f: (
            f.subtype == SURNAME_ONLY, -f.score, -(f.end - f.start), PRIORITY.get(f.entity_type, 9), f.start,
            f.recognizer, f.subtype or "",
        ),
    )
    kept = FindingIndex()
    for finding in ranked:
        overlapping = kept.overlapping(finding.start, finding.end)
        if not overlapping:
            kept.add(finding)
            continue
        if any(k.entity_type == finding.entity_type for k in overlapping):
            continue
        pieces = [(finding.start, finding.end)]
        for other in overlapping:
            pieces = [piece for p in pieces for piece in _subtract(p, (other.start, other.end))]
        for start, end in pieces:
            kept.add(dataclasses.replace(finding, start=start, end=end))
    return kept.items


def _subtract(span: tuple[int, int], other: tuple[int, int]) -> list[tuple[int, int]]:
    start, end = span
    o_start, o_end = other
    if o_end <= start or o_start >= end:
        return [span]
    left = (start, o_start) if o_start > start else None
    right = (o_end, end) if o_end < end else None
    return [p for p in (left, right) if p]
