"""Result types. Their ``repr`` shows type, span, recognizer and score, never a value."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Optional


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of personal data found in a text.

    ``start``/``end`` index the text that was analysed (``end`` exclusive).
    ``subtype`` names the kind within the type (plate class, ``mobile``/``landline``,
    ``id18``/``id15``, the PERSON rule that fired). ``operator`` is set on the findings
    of :meth:`redact.Redactor.redact_text` and says what was done to the span.
    ``explanation`` holds Presidio's decision process (pattern, original score,
    context boost) for the audit log; it never includes the matched text.
    ``role`` says what the text itself makes the value (``public_vehicle``,
    ``agency_hotline``, ``court_officer``…, see :mod:`redact.roles`) and ``role_rule`` which
    rule read it; a policy's ``keep_classes`` may name roles as it names subtypes.
    """

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str
    subtype: Optional[str] = None
    operator: Optional[str] = None
    explanation: Mapping[str, Any] = field(default_factory=dict, compare=False)
    role: Optional[str] = None
    role_rule: Optional[str] = None

    def __repr__(self) -> str:
        extra = f", subtype={self.subtype!r}" if self.subtype else ""
        extra += f", role={self.role!r}" if self.role else ""
        extra += f", operator={self.operator!r}" if self.operator else ""
        return (
            f"Finding({self.entity_type}, {self.start}:{self.end}, score={self.score:.2f}, "
            f"recognizer={self.recognizer!r}{extra})"
        )

    __str__ = __repr__

    def shifted(self, by: int) -> "Finding":
        """The same finding ``by`` characters further on (a window's finding in its text's offsets)."""
        return Finding(self.entity_type, self.start + by, self.end + by, self.score, self.recognizer,
                       self.subtype, self.operator, self.explanation, self.role, self.role_rule)


@dataclass(frozen=True, slots=True)
class TextResult:
    """A de-identified text and the findings (against the original text) behind it."""

    text: str
    findings: list[Finding]
    #: (start, end, new text) per changed span, in ORIGINAL offsets; lets structured
    #: formats (DOCX runs) put each replacement where its characters were.
    replacements: tuple[tuple[int, int, str], ...] = field(default=(), repr=False)

    def __repr__(self) -> str:
        return f"TextResult(chars={len(self.text)}, findings={len(self.findings)})"

    __str__ = __repr__


class FindingIndex:
    """Findings kept sorted by start, so that those overlapping a span are found by bisection.

    Overlap resolution and the merge of a wrapped text's two readings both ask "what overlaps
    this span?" for every finding; a long document has thousands, and comparing all pairs took
    seconds. A finding that starts more than the longest finding's length before a span cannot
    reach it, so the scan starts there.
    """

    def __init__(self, findings: Iterable[Finding] = ()) -> None:
        self.items: list[Finding] = sorted(findings, key=lambda f: f.start)
        self._starts = [f.start for f in self.items]
        self._longest = max((f.end - f.start for f in self.items), default=0)

    def add(self, finding: Finding) -> None:
        i = bisect.bisect_right(self._starts, finding.start)
        self._starts.insert(i, finding.start)
        self.items.insert(i, finding)
        self._longest = max(self._longest, finding.end - finding.start)

    def overlapping(self, start: int, end: int) -> list[Finding]:
        i = bisect.bisect_left(self._starts, start - self._longest)
        found = []
        while i < len(self.items) and self.items[i].start < end:
            if start < self.items[i].end:
                found.append(self.items[i])
            i += 1
        return found
