"""Overlap resolution across entity types.

Presidio removes duplicates within one type; two types can still claim overlapping
characters (a name rule running into a plate, a deny-list term inside an ID). The
anonymizer needs disjoint spans, and a redaction tool must not drop characters that
either claim covered, so the stronger finding keeps its span and the weaker one keeps
only the characters nobody else claimed.
"""

from __future__ import annotations

import dataclasses

from redact.findings import Finding

#: Tie-break between types of equal length and score: the rarer, more harmful first.
PRIORITY = {"CN_RESIDENT_ID": 0, "CN_PHONE_NUMBER": 1, "CN_LICENSE_PLATE": 2, "PERSON": 3}


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Disjoint findings sorted by start; the union of covered characters is kept."""
    ranked = sorted(
        findings, key=lambda f: (-(f.end - f.start), -f.score, PRIORITY.get(f.entity_type, 9), f.start)
    )
    kept: list[Finding] = []
    for finding in ranked:
        overlapping = [k for k in kept if k.start < finding.end and finding.start < k.end]
        if not overlapping:
            kept.append(finding)
            continue
        pieces = [(finding.start, finding.end)]
        for other in overlapping:
            pieces = [piece for p in pieces for piece in _subtract(p, (other.start, other.end))]
        for start, end in pieces:
            kept.append(dataclasses.replace(finding, start=start, end=end))
    return sorted(kept, key=lambda f: (f.start, f.end))


def _subtract(span: tuple[int, int], other: tuple[int, int]) -> list[tuple[int, int]]:
    start, end = span
    o_start, o_end = other
    if o_end <= start or o_start >= end:
        return [span]
    left = (start, o_start) if o_start > start else None
    right = (o_end, end) if o_end < end else None
    return [p for p in (left, right) if p]
