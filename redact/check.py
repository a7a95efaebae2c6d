"""``redact check``: the pre-publish gate. Lists personal data still present in files.

Same formats as ``redact run``. A finding is listed as file, type and position, never
the value. Masked forms our operators produce (张某, 138****5678, 141181************,
晋J·***23) are not findings: the recognizers do not match them; neither are values the
policy keeps on purpose (police and military plates by default). A file that cannot be
scanned fails the gate too (fail closed). A folder to publish holds documents only: an
audit log or a run's state in it fails the gate, and in a run's OUT so does any file that is
not a de-identified document of that run (its state, beside OUT, lists them).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from redact.errors import UsageError
from redact.state import MANIFEST, POLICY_FILE, STATE_DIR, load_manifest, state_dir, walk

if TYPE_CHECKING:  # loaded by check() itself: `import redact` stays light
    from redact.redactor import PolicySource, Redactor


@dataclass(frozen=True)
class CheckFinding:
    file: str
    entity_type: str
    location: str
    start: int
    end: int
    recognizer: str
    score: float
    line: int = 0  # where the value starts in the unit (a text file's line:column), from 1
    column: int = 0


@dataclass
class CheckReport:
    findings: list[CheckFinding] = field(default_factory=list)
    unscanned: list[tuple[str, str]] = field(default_factory=list)
    files: int = 0
    #: With ``require_approval``: the run's files no reviewer approved as they now are.
    unapproved: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.findings and not self.unscanned and not self.unapproved

    def to_json(self) -> str:
        return json.dumps(
            {
                "clean": self.clean,
                "files_scanned": self.files,
                "findings": [f.__dict__ for f in self.findings],
                "unscanned": [{"file": f, "reason": r} for f, r in self.unscanned],
                "unapproved": self.unapproved,
            },
            ensure_ascii=False,
            indent=2,
        )


def is_audit_log(path: Path) -> bool:
    """An audit log of ours: its first line is a run header."""
    try:
        with open(path, "rb") as fh:
            first = json.loads(fh.readline() or b"{}")
    except (OSError, ValueError):
        return False
    return isinstance(first, dict) and first.get("type") == "run_header" and first.get("tool") == "redact"


def check(
    path: str | os.PathLike, policy: "PolicySource" = None, redactor: Optional["Redactor"] = None,
    require_approval: bool = False,
) -> CheckReport:
    """Scan a file or a folder; the report lists findings and files that could not be scanned.

    ``require_approval``: a run's file that no reviewer approved (``redact review``), or that
    changed since, is reported too."""
    from redact.redactor import Redactor

    root = Path(path)
    if redactor is None and policy is None:
        policy = run_policy(root)
    redactor = redactor or Redactor(policy=policy)
    report = CheckReport()
    if root.is_file():
        items = [(root.name, None)]
        base = root.parent
    elif root.is_dir():
        items = list(walk(root))
        base = root
    else:
        raise FileNotFoundError(f"no such file or folder: {path}")
    if not items:
        raise UsageError(f"nothing to check: {path} holds no files (a wrong path?)")
    published = run_outputs(root) if root.is_dir() else None
    approved = _approved(root) if require_approval else None
    if require_approval and approved is None:
        raise UsageError(f"--require-approval: {path} is no run's output folder (nothing was reviewed there)")
    shown = _shown_paths([rel for rel, _ in items], redactor)
    for rel, reason in items:
        name = shown[rel]  # what the report calls the file: never a name with personal data in it
        if Path(rel).parts[0] == STATE_DIR or is_audit_log(base / rel):
            report.unscanned.append((name, "an audit log or run state: not for publishing (keep it outside the folder)"))
            continue
        if published is not None and rel not in published:
            report.unscanned.append((name, "not a de-identified document of the run into this folder"))
            continue
        report.findings += _in_names(rel, name, redactor)
        if reason:
            report.unscanned.append((name, reason))
            continue
        if approved is not None and rel not in approved:
            report.unapproved.append(name)
        report.files += 1
        with tempfile.TemporaryDirectory() as spool:
            outcome = _scan(base / rel, rel, redactor, Path(spool))
            if outcome.status != "done":
                report.unscanned.append((name, outcome.reason or "could not be scanned"))
                continue
            report.findings += [
                CheckFinding(name, r.entity_type, r.location, r.start, r.end, r.recognizer, r.score, r.line, r.column)
                for r in outcome.all_findings()
                if not _kept(redactor, r)
            ]
    return report


def _scan(path: Path, rel: str, redactor: "Redactor", spool: Path):
    """Scan one file as ``redact run`` reads it: a large list chunk by chunk (``redact.stream``)."""
    from redact import stream
    from redact.fileproc import process_file

    if stream.streams(rel, path.stat().st_size, redactor.policy.limits):
        return stream.process_path(path, rel, redactor, None, None, spool / "findings.jsonl")
    return process_file(path.read_bytes(), rel, redactor, write=False)


def _shown_paths(rels: list[str], redactor: "Redactor") -> dict[str, str]:
    from redact.file_names import needs_reading, public_paths

    return public_paths(rels, redactor) if needs_reading(rels) else {rel: rel for rel in rels}


def _in_names(rel: str, shown: str, redactor: "Redactor") -> list[CheckFinding]:
    """Personal data in the names of the file and its folders (as ``redact run`` masks it)."""
    from redact.file_names import public_part, split_suffix

    if shown == rel:
        return []
    found = []
    parts = Path(rel).parts
    for n, part in enumerate(parts):
        if public_part(part, redactor) == part:
            continue
        where = "file name" if n == len(parts) - 1 else f"folder name {n + 1}"
        stem = split_suffix(part)[0]
        found += [
            CheckFinding(shown, f.entity_type, where, f.start, f.end, f.recognizer, f.score)
            for f in redactor.analyze(stem)
            if not redactor.policy.entities[f.entity_type].keeps(f)
        ]
    return found


def _kept(redactor: "Redactor", record) -> bool:
    """A class the policy keeps on purpose (police plates in text, a surname alone); FACE has
    none; the plates in a photo follow ``images.keep_plate_classes``, as ``run`` does."""
    policy = redactor.policy
    if "image " in record.location:  # a photo, a scanned page
        return policy.kept_in_photo(record) is not None
    entity = policy.entities.get(record.entity_type)
    return entity is not None and entity.keeps(record)


def _approved(root: Path) -> Optional[set[str]]:
    """The outputs of the run into ``root`` that a reviewer approved as they now are."""
    from redact.fileproc import sha256

    state = state_dir(root)
    if not root.is_dir() or not (state / MANIFEST).is_file():
        return None
    done = [e for e in load_manifest(state).values() if e.get("status") == "done"]
    return {
        e.get("output", e["file"]) for e in done
        if e.get("approved_sha256") and e["approved_sha256"] == e.get("output_sha256")
        and (root / e.get("output", e["file"])).is_file()
        and sha256((root / e.get("output", e["file"])).read_bytes()) == e["approved_sha256"]
    }


def run_outputs(root: Path) -> Optional[set[str]]:
    """The documents a ``redact run`` into ``root`` wrote there (its manifest), or None when
    ``root`` is no run's OUT."""
    state = state_dir(root)
    if not (state / MANIFEST).is_file():
        return None
    return {entry.get("output", rel) for rel, entry in load_manifest(state).items() if entry.get("status") == "done"}


def run_policy(root: Path) -> Optional[dict]:
    """The policy a ``redact run`` into ``root`` used (its state holds it), or None."""
    if not root.is_dir():
        return None
    state = state_dir(root) / POLICY_FILE
    if not state.is_file():
        state = root / STATE_DIR / POLICY_FILE  # a run before 0.2 kept it inside OUT
    if not state.is_file():
        return None
    try:
        return json.loads(state.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise UsageError(f"cannot read the run's policy in {state}; give --policy") from None
