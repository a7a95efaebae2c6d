"""Long texts read in overlapping windows: cost and memory per window, nothing lost at a seam.

A text unit of a million characters (a log pasted without line breaks, a whole register in
one cell) is more than the NLP pipeline takes at once, and the recognizers' cost per call is
not linear in the text. So a long text is cut into windows of about ``SIZE`` characters, each
read with ``OVERLAP`` characters of its neighbours on both sides. Each window keeps only the
findings that *start* in its own part; a value is at most a few dozen characters long, far
shorter than the overlap, so one that crosses a seam is found whole by the window it starts
in, with its context words before it.

Cuts fall after a line break where the text has one, else after a sentence end, else
anywhere: the overlap covers all three.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator, Optional

from redact.findings import Finding

#: Characters a window owns. Reading 20,000 characters costs as much per character as reading
#: 2,000, and less than reading 200,000.
SIZE = 20_000
#: Characters of context read on each side: longer than any value we find (an ID written in
#: groups is 22, a name with its separator dots under 20).
OVERLAP = 200
_SENTENCE_ENDS = "。！？；!?;"


@dataclass(frozen=True)
class Window:
    """``text[start:end]`` is read; findings starting in ``[own_start, own_end)`` are kept."""

    start: int
    end: int
    own_start: int
    own_end: int

    def owns(self, finding: Finding) -> bool:
        """Whether a finding of the window's text starts in the window's own part."""
        return self.own_start <= self.start + finding.start < self.own_end


def cut(text: str, size: int = SIZE, overlap: int = OVERLAP) -> Iterator[Window]:
    """The windows of ``text``; one window when it is short."""
    n = len(text)
    own_start = 0
    while own_start < n:
        own_end = n if n - own_start <= size else cut_at(text, own_start, own_start + size)
        yield Window(max(0, own_start - overlap), min(n, own_end + overlap), own_start, own_end)
        own_start = own_end


def cut_at(text: str, lo: int, hi: int) -> int:
    """A cut in the second half of ``text[lo:hi]``: after its last line break, else after its
    last sentence end, else at ``hi``."""
    half = lo + (hi - lo) // 2
    at = text.rfind("\n", half, hi)
    if at >= 0:
        return at + 1
    at = max(text.rfind(ch, half, hi) for ch in _SENTENCE_ENDS)
    return at + 1 if at >= 0 else hi


def read_in_windows(
    text: str, read: Callable[[str], list[Finding]], size: Optional[int] = None, overlap: int = OVERLAP,
) -> list[Finding]:
    """``read`` applied window by window; findings in ``text``'s offsets, overlaps not resolved."""
    found: list[Finding] = []
    for w in cut(text, size or SIZE, overlap):
        found.extend(f.shifted(w.start) for f in read(text[w.start : w.end]) if w.owns(f))
    return found


def segments(length: int, spans: list[tuple[int, int]], size: Optional[int] = None) -> list[tuple[int, int]]:
    """``[0, length)`` cut into pieces of about ``size`` characters, never inside one of the
    disjoint, sorted ``spans``: the anonymizer rebuilds its text once per value, so a long
    text is operated on piece by piece."""
    size = size or SIZE
    pieces, start, i = [], 0, 0
    while length - start > size:
        at = start + size
        while i < len(spans) and spans[i][1] <= at:
            i += 1
        if i < len(spans) and spans[i][0] < at:
            at = spans[i][1]  # the value holding the cut goes with this piece
        pieces.append((start, at))
        start = at
    pieces.append((start, length))
    return pieces
