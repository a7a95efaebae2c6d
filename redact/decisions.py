"""A reviewer's decisions on one file, applied inside the pipeline (``redact review``).

Decisions name positions, never values: a finding by (location, entity type, start, end) in
the unit's original text, a photo's region by its box. The file is processed again with them,
through the same handlers and operators as ``redact run``, so a decision cannot open a
second way for a value to reach the output.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from redact.findings import Finding
from redact.resolve import resolve_overlaps

#: The recognizer name of a span or box a reviewer added.
REVIEWER = "reviewer"

Box = tuple[int, int, int, int]
#: (location, entity type, start, end): a finding inside a unit, as the audit log records it.
Spot = tuple[str, str, int, int]


@dataclass(frozen=True)
class Review:
    """What a reviewer decided about one file."""

    rejected: frozenset[Spot] = frozenset()  # findings that are no personal data: left as written
    added: tuple[Spot, ...] = ()  # spans the detectors missed: masked as their type
    added_boxes: tuple[tuple[str, Box], ...] = ()  # photo areas to blur as well
    rejected_boxes: frozenset[Box] = frozenset()  # photo regions to leave as taken

    def __bool__(self) -> bool:
        return bool(self.rejected or self.added or self.added_boxes or self.rejected_boxes)

    def amend(self, text: str, location: str, findings: Iterable[Finding]) -> list[Finding]:
        """``findings`` of one unit with the rejected ones out and the added spans in (an added
        span replaces what it overlaps: the reviewer read the whole value)."""
        added = [
            Finding(etype, start, end, 1.0, REVIEWER, subtype=REVIEWER)
            for loc, etype, start, end in self.added
            if loc == location and 0 <= start < end <= len(text)
        ]
        kept = [
            f for f in findings
            if (location, f.entity_type, f.start, f.end) not in self.rejected
            and not any(a.start < f.end and f.start < a.end for a in added)
        ]
        return resolve_overlaps(kept + added) if added else kept
