"""What the work on one file sends back: its outcome and its findings' records.

Kept apart from the work itself (``redact.fileproc``), whose imports load the recognizers and
their models: the process that only collects outcomes (a Dask client, the audit writer) reads
these classes without loading them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Iterator, Literal, Optional


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
    #: Where ``start`` is in the unit's text, counted from 1 (a text file: the editor's line:column).
    line: int = 0
    column: int = 0
    #: What the document makes the value (redact.roles) and the rule that read it.
    role: Optional[str] = None
    role_rule: Optional[str] = None
    #: For a value left as it is: the policy key that keeps it (entities.X.keep_classes=…).
    kept_by: Optional[str] = None

    def __repr__(self) -> str:
        return f"FindingRecord({self.location}, {self.entity_type}, {self.start}:{self.end}, {self.operator})"


Status = Literal["done", "quarantined"]


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one file. ``output`` is None when it was quarantined or only checked."""

    status: Status
    output: Optional[bytes]
    reason: Optional[str] = None
    findings: list[FindingRecord] = field(default_factory=list)
    input_sha256: str = ""
    output_sha256: Optional[str] = None
    #: What a reader of the audit log should know about how the file was written (a PNG behind
    #: a .jpg name converted to JPEG); never a value from the document.
    note: Optional[str] = None
    #: A streamed file's findings are in this spool file (``redact.stream``), not in ``findings``.
    spool: Optional[str] = None
    spooled: int = 0

    def all_findings(self) -> Iterator[FindingRecord]:
        """The file's findings in order, from the list or, for a streamed file, its spool."""
        yield from self.findings
        if self.spool:
            from redact.stream import records

            yield from records(self.spool)

    @property
    def finding_count(self) -> int:
        return len(self.findings) + self.spooled

    def __repr__(self) -> str:
        return f"FileOutcome({self.status}, findings={len(self.findings)}, reason={self.reason!r})"


def sha256(data: bytes) -> str:
    """The hex SHA-256 of ``data``: inputs and outputs are recorded by it."""
    return hashlib.sha256(data).hexdigest()
