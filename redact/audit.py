"""The audit log: every decision, no personal data, tamper-evident, verifiable.

JSON Lines. Each run appends a ``run_header``, then per file its ``finding`` records
and one ``file`` record, then a ``run_footer`` with the counts. Between runs, ``redact
review`` appends one ``review`` record per decision (who, when, which file and finding or
box, what was decided, the output's new hash; never a value). Every record carries
``seq`` (its line number) and ``prev``, the link of the record before it; a record's
link is the HMAC-SHA256 of its line under the audit key (``REDACT_AUDIT_KEY`` or a key
file) or, without a key, its plain SHA-256. Editing, removing, inserting or reordering
a line breaks the chain at that line; a log that does not end with a footer was
truncated. Without a key the chain detects accidents and naive edits; with a key, also
someone who recomputes it.

Records never hold an original value. Where linkage is wanted (the same ID in two
files) a finding carries ``digest``, the HMAC of the normalised value under a key derived
from the audit key (``linkage_key``: the worker processes that read the documents get
that one, never the chain's key); with no key there is no digest, never an unkeyed hash.

Writes are flushed and fsynced per file, so a crash loses at most the record being
written. A torn last line left by a crash is cut off by the next run, which says so in
a ``recovery`` record; ``verify`` reports a torn line that nobody recovered.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Optional

GENESIS = "0" * 64
KEY_ENV = "REDACT_AUDIT_KEY"


def load_key(key_file: Optional[str] = None) -> Optional[bytes]:
    """The audit key from a file or ``REDACT_AUDIT_KEY``; None when neither is set."""
    if key_file:
        return Path(key_file).expanduser().read_bytes().strip() or None
    value = os.environ.get(KEY_ENV, "")
    return value.encode("utf-8") if value else None


def linkage_key(key: bytes) -> bytes:
    """The key of the findings' ``digest``, derived from the audit key: the processes that read
    the documents (workers, a Dask cluster) get this one, and cannot forge the log's chain."""
    return hmac.new(key, b"redact finding digest", hashlib.sha256).digest()


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _line(record: dict[str, Any]) -> bytes:
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _link(line: bytes, key: Optional[bytes]) -> str:
    if key:
        return hmac.new(key, line, hashlib.sha256).hexdigest()
    return hashlib.sha256(line).hexdigest()


class AuditWriter:
    """Append records to an audit log, continuing its chain."""

    def __init__(self, path: Path, key: Optional[bytes] = None) -> None:
        self.path = Path(path)
        self.key = key
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(self.path, "ab+")
        self._prev, self._seq, torn = self._resume()
        if torn:
            self.append({"type": "recovery", "torn_bytes_removed": torn, "at": now()})
            self.sync()

    def _resume(self) -> tuple[str, int, int]:
        self._fh.seek(0)
        data = self._fh.read()
        if not data:
            return GENESIS, 0, 0
        cut = data.rfind(b"\n") + 1
        torn = len(data) - cut
        if torn:
            self._fh.truncate(cut)
            self._fh.flush()
            os.fsync(self._fh.fileno())
        lines = data[:cut].splitlines()
        if not lines:
            return GENESIS, 0, torn
        return _link(lines[-1], self.key), len(lines), torn

    def append(self, record: dict[str, Any]) -> None:
        self._seq += 1
        full = {**record, "seq": self._seq, "prev": self._prev}
        line = _line(full)
        self._fh.seek(0, os.SEEK_END)
        self._fh.write(line + b"\n")
        self._prev = _link(line, self.key)

    def sync(self) -> None:
        """Flush and fsync: called after each file's records."""
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def close(self) -> None:
        self.sync()
        self._fh.close()


@dataclass
class VerifyReport:
    """What ``verify`` found. ``ok`` is False when anything was altered, removed or cut."""

    records: int = 0
    runs: int = 0
    reviews: int = 0  # a reviewer's decisions (redact review), between runs
    interrupted_runs: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(path: Path, key: Optional[bytes] = None) -> VerifyReport:
    """Check the chain, the line numbers and each run's footer counts."""
    report = VerifyReport()
    data = Path(path).read_bytes()
    if not data:
        report.problems.append("the log is empty")
        return report
    if not data.endswith(b"\n"):
        n = data.count(b"\n") + 1
        report.problems.append(f"line {n}: torn last line (the write was interrupted); records before it are checked")
        data = data[: data.rfind(b"\n") + 1]
    prev, run, counts = GENESIS, None, {}
    for n, line in enumerate(data.splitlines(), start=1):
        report.records = n
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            report.problems.append(f"line {n}: not a JSON record (edited or corrupted)")
            return report
        if record.get("seq") != n:
            report.problems.append(f"line {n}: sequence number {record.get('seq')} where {n} was expected (a record was removed, inserted or moved)")
            return report
        if record.get("prev") != prev:
            report.problems.append(f"line {n}: chain broken (line {n - 1} or this line was altered, or lines were removed or reordered)")
            return report
        prev = _link(line, key)
        kind = record.get("type")
        if kind == "run_header":
            if run is not None:
                report.interrupted_runs.append(run)
            report.runs += 1
            run, counts = n, {"file": 0, "finding": 0}
        elif kind in ("file", "finding"):
            if run is None:
                report.problems.append(f"line {n}: {kind} record outside a run")
                return report
            counts[kind] += 1
        elif kind == "run_footer":
            expected = {"file": record.get("files_total"), "finding": record.get("findings_total")}
            if run is None or expected != counts:
                report.problems.append(f"line {n}: run footer counts {expected} do not match the records {counts} (records were removed)")
                return report
            if record.get("interrupted"):
                report.interrupted_runs.append(run)  # stopped in order: what it records is what it did
            run = None
        elif kind == "withdrawn":
            if run is None:
                report.problems.append(f"line {n}: withdrawn record outside a run")
                return report
        elif kind == "review":
            if run is not None:
                report.problems.append(f"line {n}: review record inside a run")
                return report
            report.reviews += 1
        elif kind != "recovery":
            report.problems.append(f"line {n}: unknown record type {kind!r}")
            return report
    if run is not None and not report.problems:
        report.problems.append(f"the log ends inside the run that starts at line {run}: it was truncated, or that run is still going or was killed")
    return report
