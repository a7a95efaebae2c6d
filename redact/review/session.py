"""A review of a finished run: its files, each finding in context, and the reviewer's decisions.

The person who signs off sees every output with its findings, asks for an original value
when needed, and decides: accept a finding, reject it (the value is written back), add a span
or a photo box the detectors missed, approve or hold the file. A decision that changes the
output processes the file again from its original, through ``redact.fileproc`` with the
decisions applied (``redact.decisions``), and replaces the output atomically. Each decision
is a ``review`` record in the run's audit log (who, when, which file and finding, what; never
a value), and the decisions themselves live in the run's state, beside the manifest, which
records each approval against the output's hash: a file changed since it was approved is
not approved any more.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from redact.audit import AuditWriter, now
from redact.decisions import REVIEWER, Review
from redact.errors import UsageError
from redact.fileproc import process_file, sha256
from redact.formats import IMAGE_EXTENSIONS, PDF_EXTENSIONS
from redact.io import atomic_write
from redact.policy import ENTITY_TYPES
from redact.redactor import Redactor
from redact.state import AUDIT_FILE, MANIFEST, REVIEW_FILE, RUN_FILE, load_manifest, state_dir

#: What a reviewer can decide.
ACTIONS = ("accept", "reject", "add_span", "add_box", "reject_box", "undo", "undo_box", "approve", "hold")
#: Types a reviewer can give an added span or box.
ADDED_TYPES = ENTITY_TYPES + ("FACE",)
#: What decisions are made on: a file's input and the policy it was read with.
_DECIDED_ON = ("input_sha256", "policy_sha256")
#: A file with more units than this is shown by its units with findings only.
MAX_UNITS_SHOWN = 3000


@dataclass
class Unit:
    """One unit of a file as the reviewer sees it: the original and what was written."""

    location: str
    text: str
    result: Any  # redact.findings.TextResult


class ReviewSession:
    """One reviewer's session on the run into ``out``; safe to call from several threads."""

    def __init__(
        self, out: Path, reviewer: str, src: Optional[Path] = None, audit: Optional[Path] = None,
        audit_key: Optional[bytes] = None, policy=None,
    ) -> None:
        from redact.check import run_policy

        self.out = Path(out).resolve()
        self.state = state_dir(self.out)
        if not (self.state / MANIFEST).is_file():
            raise UsageError(f"{out} is no finished run's output folder (no {self.state.name}/{MANIFEST}); run `redact run` first")
        run = _read_json(self.state / RUN_FILE)
        self.src = Path(src or run.get("src") or "").resolve() if (src or run.get("src")) else None
        if self.src is None or not self.src.is_dir():
            raise UsageError("the run's input folder is unknown or gone; give it with --src SRC (the originals are read from it)")
        self.audit_path = Path(audit or run.get("audit") or self.state / AUDIT_FILE)
        if not self.audit_path.is_file():
            raise UsageError(f"the run's audit log is not at {self.audit_path}; give it with --audit FILE")
        if _keyed(self.audit_path) and audit_key is None:
            raise UsageError("the run's audit log is keyed: set REDACT_AUDIT_KEY or give --audit-key-file, as for the run")
        self.reviewer = reviewer
        self.audit_key = audit_key
        self.redactor = Redactor(policy if policy is not None else run_policy(self.out))
        self._lock = threading.Lock()
        self._book: dict[str, dict] = _read_json(self.state / REVIEW_FILE)

    # -- what there is to review ------------------------------------------------------------
    def manifest(self) -> dict[str, dict]:
        """Output path → its manifest entry, for every file the run wrote."""
        return {e.get("output", rel): {**e, "file": rel} for rel, e in load_manifest(self.state).items()
                if e.get("status") == "done"}

    def files(self) -> list[dict]:
        """Every file the run wrote, with its kind and review status, in path order."""
        entries = self.manifest()
        return [
            {"file": out_rel, "kind": kind_of(out_rel), "status": self.status(out_rel, entry)}
            for out_rel, entry in sorted(entries.items())
        ]

    def status(self, out_rel: str, entry: Optional[dict] = None) -> str:
        """approved, held, changed (approved, but the output changed since) or pending."""
        entry = entry or self.manifest().get(out_rel, {})
        if entry.get("approved_sha256"):
            return "approved" if entry["approved_sha256"] == entry.get("output_sha256") else "changed"
        return "held" if self._decided(out_rel, entry).get("status") == "held" else "pending"

    # -- one file -------------------------------------------------------------------------------
    def view(self, out_rel: str) -> dict:
        """What the page shows for one file: its units with findings, or a photo's regions."""
        entry = self._entry(out_rel)
        kind = kind_of(out_rel)
        view = {"file": out_rel, "kind": kind, "status": self.status(out_rel, entry), "types": list(ADDED_TYPES)}
        if not self._intact(out_rel, entry):
            view["status"] = "changed"
            view["note"] = "The output was changed outside redact since the run: run `redact run` again before approving it."
        if kind == "pdf":
            view["note"] = ("The pages' text, as the PDF's text layer and covers hold it; the pictures in "
                            "the pages are blurred as in photos: look at them in the PDF itself.")
        units: list[Unit] = []
        outcome = self._process(out_rel, entry, observe=lambda loc, text, result: units.append(Unit(loc, text, result)))
        if kind == "image":
            view["regions"] = self._regions(out_rel, entry, outcome.findings)
            return view
        decided = self._decided(out_rel, entry)
        rejected = {tuple(s) for s in decided.get("rejected", [])}
        accepted = {tuple(s) for s in decided.get("accepted", [])}
        shown = units if len(units) <= MAX_UNITS_SHOWN else [u for u in units if u.result.findings]
        view["units"] = [_segments(n, u, rejected, accepted) for n, u in enumerate(shown)]
        view["truncated"] = len(shown) < len(units)
        return view

    def original(self, out_rel: str, location: str, start: int, end: int) -> str:
        """An original value, for the reviewer's eyes only (never logged)."""
        units: list[Unit] = []
        self._process(out_rel, self._entry(out_rel), observe=lambda loc, text, result: units.append(Unit(loc, text, result)))
        for unit in units:
            if unit.location == location and 0 <= start < end <= len(unit.text):
                return unit.text[start:end]
        raise UsageError("no such span in this file")

    def source_bytes(self, out_rel: str) -> bytes:
        """The original of a photo, for the reviewer's eyes only."""
        return (self.src / self._entry(out_rel)["file"]).read_bytes()

    def output_bytes(self, out_rel: str) -> bytes:
        return (self.out / out_rel).read_bytes()

    # -- decisions --------------------------------------------------------------------------
    def decide(self, out_rel: str, action: str, spot: Optional[list] = None, box: Optional[list] = None,
               entity_type: Optional[str] = None) -> dict:
        """Record one decision, rewrite the output when it changes, log it; return the new view."""
        if action not in ACTIONS:
            raise UsageError(f"unknown action {action!r} (one of {', '.join(ACTIONS)})")
        with self._lock:
            entry = self._entry(out_rel)
            book = self._decided(out_rel, entry)
            if not book:  # none yet, or made on another input or policy: start afresh
                book = self._book[out_rel] = {k: entry.get(k) for k in _DECIDED_ON}
            record: dict[str, Any] = {"type": "review", "file": out_rel, "reviewer": self.reviewer, "at": now(),
                                      "decision": action}
            if action in ("accept", "reject", "add_span", "undo"):
                spot = _spot(spot, entity_type if action == "add_span" else None)
                record["finding"] = {"location": spot[0], "entity_type": spot[1], "start": spot[2], "end": spot[3]}
                self._mark(book, action, spot)
            elif action in ("add_box", "reject_box", "undo_box"):
                box = _box(box)
                record["box"] = list(box)
                if action == "undo_box":
                    book["added_boxes"] = [b for b in book.get("added_boxes", []) if b[1] != list(box)]
                    book["rejected_boxes"] = [b for b in book.get("rejected_boxes", []) if b != list(box)]
                elif action == "add_box":
                    etype = entity_type if entity_type in ADDED_TYPES else "PERSON"
                    record["entity_type"] = etype
                    book.setdefault("added_boxes", []).append([etype, list(box)])
                else:
                    _add(book, "rejected_boxes", list(box))
            else:
                book["status"] = "approved" if action == "approve" else "held"
            if action in ("reject", "add_span", "undo", "add_box", "reject_box", "undo_box"):
                entry = self._rewrite(out_rel, entry)
            if action == "approve":
                if not self._intact(out_rel, entry):
                    raise UsageError("the output was changed outside redact since the run; run `redact run` again first")
                entry = {**entry, "approved_sha256": entry["output_sha256"], "approved_by": self.reviewer,
                         "approved_at": record["at"]}
                self._append_manifest(entry)
            elif action == "hold" and entry.get("approved_sha256"):
                entry = {k: v for k, v in entry.items() if not k.startswith("approved_")}
                self._append_manifest(entry)
            record["output_sha256"] = entry["output_sha256"]
            atomic_write(self.state / REVIEW_FILE, json.dumps(self._book, ensure_ascii=False, sort_keys=True).encode("utf-8"))
            writer = AuditWriter(self.audit_path, self.audit_key)
            try:
                writer.append(record)
                writer.sync()
            finally:
                writer.close()
        return self.view(out_rel)

    def review_of(self, out_rel: str, entry: Optional[dict] = None) -> Review:
        """The decisions on one file in the form the pipeline applies them."""
        book = self._decided(out_rel, entry or self._entry(out_rel))
        return Review(
            rejected=frozenset(tuple(s) for s in book.get("rejected", [])),
            added=tuple(tuple(s) for s in book.get("added", [])),
            added_boxes=tuple((etype, tuple(box)) for etype, box in book.get("added_boxes", [])),
            rejected_boxes=frozenset(tuple(b) for b in book.get("rejected_boxes", [])),
        )

    # -- inside ---------------------------------------------------------------------------------
    def _entry(self, out_rel: str) -> dict:
        entry = self.manifest().get(out_rel)
        if entry is None:
            raise UsageError("no such file in this run")
        return entry

    def _decided(self, out_rel: str, entry: dict) -> dict:
        """The decisions on this file, if made on its present input and policy: positions in an
        input that has changed since point at other text, and are dropped."""
        book = self._book.get(out_rel, {})
        return book if all(book.get(k) == entry.get(k) for k in _DECIDED_ON) else {}

    def _intact(self, out_rel: str, entry: dict) -> bool:
        """The output on disk is the one the manifest records (nobody edited it by hand)."""
        path = self.out / out_rel
        return path.is_file() and sha256(path.read_bytes()) == entry.get("output_sha256")

    def _process(self, out_rel: str, entry: dict, observe=None):
        data = (self.src / entry["file"]).read_bytes()
        if sha256(data) != entry.get("input_sha256"):
            raise UsageError("the original changed since the run; run `redact run` again before reviewing it")
        outcome = process_file(data, entry["file"], self.redactor, True, None, self.review_of(out_rel, entry), observe)
        if outcome.status != "done":
            raise UsageError(f"the file cannot be processed again: {outcome.reason}")
        return outcome

    def _rewrite(self, out_rel: str, entry: dict) -> dict:
        outcome = self._process(out_rel, entry)
        atomic_write(self.out / out_rel, outcome.output)
        entry = {k: v for k, v in entry.items() if not k.startswith("approved_")}  # a new output is unapproved
        entry["output_sha256"] = outcome.output_sha256
        self._append_manifest(entry)
        return entry

    def _append_manifest(self, entry: dict) -> None:
        with open(self.state / MANIFEST, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")

    @staticmethod
    def _mark(book: dict, action: str, spot: list) -> None:
        for key in ("accepted", "rejected", "added"):
            if spot in book.get(key, []):
                book[key].remove(spot)
        if action != "undo":
            _add(book, {"accept": "accepted", "reject": "rejected", "add_span": "added"}[action], spot)

    def _regions(self, out_rel: str, entry: dict, records) -> list[dict]:
        rejected = {tuple(b) for b in self._decided(out_rel, entry).get("rejected_boxes", [])}
        regions = []
        for r in records:
            if r.location.startswith("image box "):
                box = [int(v) for v in r.location[len("image box "):].strip("()").split(",")]
                regions.append({"box": box, "entity_type": r.entity_type, "source": r.recognizer,
                                "score": r.score, "added": r.recognizer == REVIEWER})
        regions += [{"box": list(b), "entity_type": "", "source": "rejected", "score": 0, "rejected": True}
                    for b in sorted(rejected)]
        return regions


def kind_of(path: str) -> str:
    lower = path.lower()
    if lower.endswith(IMAGE_EXTENSIONS):
        return "image"
    if lower.endswith(PDF_EXTENSIONS):
        return "pdf"
    return "text"


def _segments(n: int, unit: Unit, rejected: set, accepted: set) -> dict:
    """A unit as plain and highlighted pieces, in order; offsets are the original text's."""
    text, result = unit.text, unit.result
    new_by_span = {(s, e): new for s, e, new in result.replacements}
    marks = [(f.start, f.end, f) for f in result.findings]
    marks += [(s[2], s[3], None) for s in rejected if s[0] == unit.location and 0 <= s[2] < s[3] <= len(text)]
    pieces, pos = [], 0
    for start, end, f in sorted(marks, key=lambda m: (m[0], m[1])):
        if start < pos:
            continue
        if pos < start:
            pieces.append({"text": text[pos:start], "start": pos})
        if f is None:  # rejected: the value stands as written; the reviewer may undo
            spot = next(s for s in rejected if s[0] == unit.location and s[2] == start and s[3] == end)
            pieces.append({"text": text[start:end], "start": start, "mark": {
                "spot": list(spot), "entity_type": spot[1], "decision": "rejected", "operator": "none"}})
        else:
            spot = (unit.location, f.entity_type, f.start, f.end)
            kept = f.operator == "keep"
            pieces.append({"text": text[start:end] if kept else new_by_span.get((start, end), ""), "start": start, "mark": {
                "spot": list(spot), "entity_type": f.entity_type, "recognizer": f.recognizer, "subtype": f.subtype,
                "role": f.role, "score": round(f.score, 3), "operator": f.operator,
                "decision": "added" if f.recognizer == REVIEWER else ("accepted" if spot in accepted else None),
            }})
        pos = end
    if pos < len(text):
        pieces.append({"text": text[pos:], "start": pos})
    return {"n": n, "location": unit.location, "pieces": pieces}


def _spot(spot: Optional[list], entity_type: Optional[str]) -> list:
    if not isinstance(spot, list) or len(spot) != 4:
        raise UsageError("a finding is [location, entity type, start, end]")
    location, etype, start, end = spot
    etype = entity_type or etype
    if etype not in ENTITY_TYPES or not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end:
        raise UsageError("a finding is [location, entity type, start, end] with 0 <= start < end")
    return [str(location), etype, start, end]


def _box(box: Optional[list]) -> tuple[int, int, int, int]:
    if not isinstance(box, list) or len(box) != 4 or not all(isinstance(v, (int, float)) for v in box):
        raise UsageError("a box is [x1, y1, x2, y2]")
    x1, y1, x2, y2 = (int(round(v)) for v in box)
    if not (0 <= x1 < x2 and 0 <= y1 < y2):
        raise UsageError("a box is [x1, y1, x2, y2] with x1 < x2 and y1 < y2")
    return x1, y1, x2, y2


def _add(book: dict, key: str, value) -> None:
    values = book.setdefault(key, [])
    if value not in values:
        values.append(value)


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _keyed(audit: Path) -> bool:
    """Whether the last run chained its log under a key (the review must go on with that key)."""
    keyed = False
    with open(audit, encoding="utf-8") as fh:
        for line in fh:
            if '"run_header"' in line:
                keyed = bool(json.loads(line).get("keyed"))
    return keyed
