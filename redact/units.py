"""Redacting one unit of a file (a text, a cell, a paragraph, a JSON string) and recording it.

Format handlers walk their structure and hand every text unit to a ``UnitRedactor``;
it de-identifies the unit (or, for the gate, only looks) and keeps one record per
finding for the audit log. Records carry positions, types and decisions, never a value:
where linkage is wanted they carry a keyed HMAC of the normalised original.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Protocol

from redact.columns import cell_fits
from redact.operators import keyed_digest
from redact.redactor import Redactor


@dataclass(frozen=True)
class FindingRecord:
    """One finding inside a file, safe to write to the audit log."""

    location: str
    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str
    subtype: Optional[str]
    operator: Optional[str]
    digest: Optional[str] = None

    def __repr__(self) -> str:
        return f"FindingRecord({self.location}, {self.entity_type}, {self.start}:{self.end}, {self.operator})"


class UnitFn(Protocol):
    def __call__(self, text: str, location: str, column: Optional[str] = None) -> str: ...


class UnitRedactor:
    """Callable handed to format handlers; ``write=False`` only looks (``redact check``)."""

    def __init__(self, redactor: Redactor, write: bool = True, audit_key: Optional[bytes] = None) -> None:
        self.redactor = redactor
        self.write = write
        self.audit_key = audit_key
        self.records: list[FindingRecord] = []

    def __call__(self, text: str, location: str, column: Optional[str] = None) -> str:
        if not text or not text.strip():
            return text
        if not self.write:
            self._record(text, location, self.redactor.analyze(text))
            return text
        result = self.redactor.redact_text(text, whole_as=self._whole(text, column))
        self._record(text, location, result.findings)
        return result.text

    def replacements(self, text: str, location: str, column: Optional[str] = None):
        """Like calling, but return (start, end, new) spans; ``None`` when only looking."""
        if not self.write:
            return None
        result = self.redactor.redact_text(text, whole_as=self._whole(text, column))
        self._record(text, location, result.findings)
        return result.replacements

    @staticmethod
    def _whole(text: str, column: Optional[str]) -> Optional[str]:
        return column if column and cell_fits(column, text) else None

    def _record(self, text: str, location: str, findings) -> None:
        for f in findings:
            digest = keyed_digest(self.audit_key, text[f.start : f.end]) if self.audit_key else None
            self.records.append(
                FindingRecord(location, f.entity_type, f.start, f.end, round(f.score, 4), f.recognizer,
                              f.subtype, f.operator, digest)
            )
