"""What every rule family of the PERSON rules is: a rule name, a score, and ``find``."""

from __future__ import annotations

from typing import Iterator


class Family:
    """One way a document points at a name (a cue, a column, a list, a frame ...).

    ``rule`` is the subtype of its findings (what the audit log records), ``score`` how
    sure it is: where two readings of one name disagree, the higher score's boundaries win.
    """

    rule: str = ""
    score: float = 0.0

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each name this family reads in ``text`` (width-folded)."""
        raise NotImplementedError

    def spans(self, text: str) -> Iterator[tuple[int, int, float, str]]:
        for start, end in self.find(text):
            yield start, end, self.score, self.rule
