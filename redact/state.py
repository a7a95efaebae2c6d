"""Where a run keeps what must not be published, and how it reads a folder.

Light on purpose (no models' libraries): the gate and the command line read a run's state
before, or without, loading a Redactor.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterator, Optional


#: The state folder of runs before 0.2, inside OUT; adopted (moved beside OUT) by the next run.
STATE_DIR = ".redact"
MANIFEST = "manifest.jsonl"
POLICY_FILE = "policy.json"
AUDIT_FILE = "audit.jsonl"
#: Where the run read from and logged to: ``redact review`` needs the originals and the log.
RUN_FILE = "run.json"
#: A reviewer's decisions on the run's files (``redact review``), by position, never a value.
REVIEW_FILE = "review.json"


def state_dir(out: Path) -> Path:
    """Where a run into OUT keeps what must not be published: beside OUT, ``OUT.redact/``."""
    out = Path(out).resolve()
    return out.with_name(out.name + STATE_DIR)


def adopt_legacy_state(out: Path, state: Path) -> None:
    """Move an older run's state (``OUT/.redact/``) and default audit log out of OUT."""
    legacy = out / STATE_DIR
    if legacy.is_dir() and not state.exists():
        os.replace(legacy, state)
    log = out / AUDIT_FILE
    if log.is_file() and state.is_dir() and not (state / AUDIT_FILE).exists():
        os.replace(log, state / AUDIT_FILE)


def walk(src: Path) -> Iterator[tuple[str, Optional[str]]]:
    """(relative path, reason to quarantine or None) for every file under SRC, sorted."""
    for root, dirs, files in os.walk(src, followlinks=False):
        dirs.sort()
        for d in list(dirs):
            if os.path.islink(os.path.join(root, d)):
                dirs.remove(d)
                yield os.path.relpath(os.path.join(root, d), src), "symbolic link to a folder (not followed)"
        for name in sorted(files):
            full = os.path.join(root, name)
            rel = os.path.relpath(full, src)
            yield rel, "symbolic link (not followed)" if os.path.islink(full) else None


def load_manifest(state: Path) -> dict[str, dict]:
    """What earlier runs finished, last entry per file; a torn last line is ignored (redone)."""
    path = state / MANIFEST
    entries: dict[str, dict] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue
            entries[entry["file"]] = entry
    return entries
