"""Redacting one unit of a file (a text, a cell, a paragraph, a JSON string) and recording it.

Format handlers walk their structure and hand every text unit to a ``UnitRedactor``;
it de-identifies the unit (or, for the gate, only looks) and keeps one record per
finding for the audit log. Records carry positions, types and decisions, never a value:
where linkage is wanted they carry a keyed HMAC of the normalised original.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Callable, Optional, Protocol

from redact import document_names, limits
from redact.columns import cell_fits
from redact.decisions import Review
from redact.document_values import in_document_order, numbers_values
from redact.findings import TextResult
from redact.outcome import FindingRecord  # noqa: F401 - this module's interface
from redact.operators import keyed_digest
from redact.redactor import Redactor
from redact.resolve import resolve_overlaps


class UnitFn(Protocol):
    def __call__(self, text: str, location: str, column: Optional[str] = None) -> str: ...


#: Units up to this long are tagged by the model in batches (a cell, a field, a line).
BATCH_CHARS = 2000
#: What a run leaves in a masked cell (138****5678, ××××, 张某): the gate does not read it as a value.
_MASKED = re.compile("[*＊×某]")


class NameCollector:
    """First pass over a file: reads every unit once and gathers the names the file holds.

    A file is one document (a name in one cell or paragraph is a name in every other), so
    the handler walks the file twice: this pass learns the names, the ``UnitRedactor`` pass
    acts with them. Each unit's analysis is kept, so the second pass does not repeat it.
    """

    def __init__(self, redactor: Redactor) -> None:
        self.redactor = redactor
        self.names = document_names.NameIndex()
        self.analysed: dict[str, list] = {}
        self.columns: dict[str, Optional[str]] = {}  # the column a unit first stood in
        self._pending: dict[str, None] = {}

    def __call__(self, text: str, location: str, column: Optional[str] = None) -> str:
        limits.current().check_unit(text)
        if text and text.strip() and text not in self.analysed:
            self._pending[text] = None
            self.columns.setdefault(text, column)
        return text

    def finish(self) -> "NameCollector":
        """Read the units the pass collected, in order. The short one-line ones (a table's
        cells) go to the PERSON model in batches first: one call per cell cost more than the
        rest of the cell's reading, and a batch gives each the same result."""
        texts = [t for t in self._pending if t not in self.analysed]
        self._pending.clear()
        batched = [t for t in texts if len(t) <= BATCH_CHARS and "\n" not in t and "\r" not in t]
        if len(batched) > 1:
            self.redactor.prefetch(batched)
        try:
            for text in texts:
                findings = self.redactor.read(text)
                self.analysed[text] = findings
                self.names.add(self.redactor.names_in(text, findings))
                self.names.roles = self.redactor.roles_in(text, findings, self.names.roles)
        finally:
            if len(batched) > 1:
                self.redactor.clear_prefetched()
        return self


class UnitRedactor:
    """Callable handed to format handlers; ``write=False`` only looks (``redact check``).

    ``reading``: what a ``NameCollector`` learned from the whole file in a first pass.
    """

    def __init__(
        self, redactor: Redactor, write: bool = True, audit_key: Optional[bytes] = None,
        reading: Optional[NameCollector] = None, review: Optional[Review] = None,
        observe: Optional[Callable[[str, str, TextResult], None]] = None,
    ) -> None:
        self.redactor = redactor
        self.review = review
        self.observe = observe  # (location, original, result) of every unit written: the review page
        self.write = write
        self.audit_key = audit_key
        self.records: list[FindingRecord] = []
        if reading is not None:
            reading.finish()
        self._names = reading.names if reading else document_names.NameIndex()
        self._analysed = reading.analysed if reading else {}
        # A numbering operator needs what the whole document masks before the first unit is
        # written: each unit is decided now, and the second pass acts on these decisions.
        self._decided: dict[str, tuple[Optional[str], list]] = {}
        self._document = None
        if write and reading is not None and numbers_values(redactor.policy):
            for text, findings in reading.analysed.items():
                whole = self._whole(text, reading.columns.get(text))
                self._decided[text] = (whole, redactor.decide(text, whole_as=whole, names=self._names, findings=findings))
            self._document = in_document_order(redactor.policy, ((t, found) for t, (_, found) in self._decided.items()))
        # The gate also looks for names the output left in clear beside a masked form.
        self._left_in_clear = (
            document_names.NameIndex({name: name for name in document_names.left_beside_masked("\n".join(self._analysed))})
            if reading and not write else {}
        )

    def __call__(self, text: str, location: str, column: Optional[str] = None) -> str:
        if not text or not text.strip():
            return text
        limits.current().check_unit(text)
        if not self.write:  # the gate reads columns as the run does; a masked cell is done
            whole = None if _MASKED.search(text) else self._whole(text, column)
            self._record(text, location, self.redactor.with_column(text, self._findings(text), whole))
            return text
        result = self._redact(text, location, column)
        self._record(text, location, result.findings)
        return result.text

    def replacements(self, text: str, location: str, column: Optional[str] = None):
        """Like calling, but return (start, end, new) spans; ``None`` when only looking."""
        if not self.write:
            return None
        result = self._redact(text, location, column)
        self._record(text, location, result.findings)
        return result.replacements

    def _findings(self, text: str):
        analysed = self._analysed.get(text)
        if analysed is None:
            found = self.redactor.analyze(text, names=self._names)
        else:
            found = self.redactor.read_document(text, analysed, self._names)
        if self._left_in_clear:
            left = document_names.occurrences(text, self._left_in_clear, subtype=document_names.LEFT_BESIDE_MASKED)
            found = resolve_overlaps(found + left) if left else found
        return found

    def _redact(self, text: str, location: str, column: Optional[str]):
        whole = self._whole(text, column)
        earlier = self._decided.get(text)
        if earlier is not None and earlier[0] == whole:
            found = earlier[1]
        else:
            found = self.redactor.decide(text, whole_as=whole, names=self._names, findings=self._analysed.get(text))
        if self.review:
            found = self.review.amend(text, location, found)
        result = self.redactor.apply(text, found, self._document)
        if self.observe is not None:
            self.observe(location, text, result)
        return result

    @staticmethod
    def _whole(text: str, column: Optional[str]) -> Optional[str]:
        return column if column and cell_fits(column, text) else None

    def _record(self, text: str, location: str, findings) -> None:
        for f in findings:
            digest = keyed_digest(self.audit_key, text[f.start : f.end]) if self.audit_key else None
            line = text.count("\n", 0, f.start) + 1
            column = f.start - text.rfind("\n", 0, f.start)
            kept_by = None
            if f.operator == "keep":
                why = self.redactor.policy.entities[f.entity_type].kept_by(f)
                kept_by = f"entities.{f.entity_type}.{why}" if why else None
            self.records.append(
                FindingRecord(location, f.entity_type, f.start, f.end, round(f.score, 4), f.recognizer,
                              f.subtype, f.operator, digest, line, column, f.role, f.role_rule, kept_by)
            )


def look_at_lines(unit: UnitRedactor, lines, locate) -> list[tuple[FindingRecord, tuple[int, int, int, int]]]:
    """The gate's reading of an image's OCR lines: one text, as ``redact run`` reads them
    (``redact.image.joined_lines``), so a value wrapped onto the next line is found whole.

    Each record is placed on the line its value starts on, in that line's offsets, with the
    location ``locate(n, box)`` gives for line ``n`` (from 1). Returns (record, line box) pairs.
    """
    from redact.image import joined_lines

    joined, starts = joined_lines(lines)
    if not joined.strip():
        return []
    first = len(unit.records)
    unit(joined, "image text")
    placed = []
    for i in range(first, len(unit.records)):
        r = unit.records[i]
        n = max(k for k, start in enumerate(starts) if start <= r.start)
        box, text, _ = lines[n]
        start = starts[n]
        unit.records[i] = dataclasses.replace(
            r, location=locate(n + 1, box), start=r.start - start, end=min(r.end, start + len(text)) - start
        )
        placed.append((unit.records[i], box))
    return placed
