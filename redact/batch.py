"""``redact run``: de-identify every supported file under SRC into OUT.

Guarantees, each for a reason:

* inputs are only read; OUT may not lie inside SRC nor SRC inside OUT, symbolic links
  are not followed;
* OUT receives the de-identified documents and nothing else, since whatever is in it gets
  published: the run's state (manifest, policy) and, by default, its audit log live beside
  it, in ``OUT.redact/`` (``state_dir``), and an audit log or report asked for inside OUT is
  refused;
* a file that cannot be read, decoded, parsed or analysed is quarantined: it is listed
  with its reason, nothing is written for it (a stale output from an earlier run is
  removed), and the run ends non-zero;
* outputs are written to a temporary file and renamed, so a crash never leaves a
  half-written file that looks complete (a rerun checks each output's hash before it
  trusts it, so they need no fsync; the audit log is fsynced per file);
* a manifest (``OUT.redact/manifest.jsonl``) records each input's hash, the policy's
  hash, the detector's hash (our code and the model files) and the output's hash; a rerun
  skips what is done and unchanged, so a run killed at any moment and run again ends with
  the outputs of an uninterrupted run, and a rerun after an upgrade redoes every file;
* workers are processes that each build their Redactor (and models) once; only a
  bounded number of files is in flight, so memory does not grow with the file count.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import os
import re
import signal
import sys
import threading
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Optional

from redact._version import __version__
from redact.audit import AuditWriter, linkage_key, now
from redact.errors import FileRejected, RunInterrupted, UsageError
from redact.outcome import FileOutcome, sha256
from redact.io import atomic_write
from redact.policy import Policy
from redact.state import (  # noqa: F401 - part of this module's interface since before state.py
    AUDIT_FILE, MANIFEST, POLICY_FILE, RUN_FILE, STATE_DIR, adopt_legacy_state, load_manifest, state_dir, walk,
)

if TYPE_CHECKING:  # the work itself loads the recognizers; a Dask client only collects outcomes
    from redact.redactor import PolicySource, Redactor

@dataclass
class RunSummary:
    """Counts and the quarantine list; never a value from the documents."""

    done: int = 0
    skipped: int = 0
    withdrawn: int = 0
    quarantined: list[tuple[str, str]] = field(default_factory=list)
    findings: Counter = field(default_factory=Counter)  # values masked, per type
    kept: Counter = field(default_factory=Counter)  # values found and kept as the policy says (police plates)
    policy: str = ""  # the policy's name: a preset or the file it came from
    seconds: float = 0.0
    audit_path: Optional[Path] = None
    planned: list[tuple[str, str]] = field(default_factory=list)
    #: Kept only for a report (``report=...``): status and counts per file, image boxes.
    per_file: dict[str, tuple[str, Counter]] = field(default_factory=dict)
    images: dict[str, list[tuple[int, int, int, int]]] = field(default_factory=dict)
    keep_details: bool = False
    report_path: Optional[Path] = None

    @property
    def ok(self) -> bool:
        return not self.quarantined

    def quarantine_lines(self) -> list[str]:
        if not self.quarantined:
            return []
        return ["quarantined (not written to the output):"] + [f"  {path}: {reason}" for path, reason in self.quarantined]

    def lines(self) -> list[str]:
        out = [
            f"files: {self.done} de-identified, {self.skipped} unchanged since the last run (skipped), "
            f"{len(self.quarantined)} quarantined" + (f", {self.withdrawn} withdrawn (input gone, output removed)" if self.withdrawn else ""),
            "findings: " + (", ".join(f"{k} {v}" for k, v in sorted(self.findings.items())) or "none")
            + (f"; kept by the policy: {', '.join(f'{k} {v}' for k, v in sorted(self.kept.items()))}" if self.kept else ""),
            f"time: {self.seconds:.1f} s",
        ]
        out += self.quarantine_lines()
        if self.audit_path:
            out.append(f"audit log: {self.audit_path}")
        if self.report_path:
            out.append(f"report: {self.report_path}")
        return out


def _inside(child: Path, parent: Path) -> bool:
    return child == parent or parent in child.parents


@functools.lru_cache(maxsize=1)
def detector_digest() -> str:
    """SHA-256 of what decides the findings besides the policy: our code and the model files.

    A rerun after an upgrade must redo every file: the new version may find what the old
    one let through. The package version alone would not say so between releases.
    """
    import recognizers

    trees = [(package.__name__, Path(package.__file__).parent, "*.py") for package in (recognizers, sys.modules[__package__])]
    try:
        from recognizers.person import model_path

        trees.append(("model", model_path(), "*"))
    except Exception:  # noqa: BLE001 - no model (rules only): the code alone decides
        pass
    return files_digest(trees)


def files_digest(trees: list[tuple[str, Path, str]]) -> str:
    """SHA-256 over the files under each (label, root, glob pattern): names and contents."""
    digest = hashlib.sha256()
    for label, root, pattern in trees:
        for path in sorted(p for p in root.rglob(pattern) if p.is_file()):
            digest.update(f"{label}/{path.relative_to(root).as_posix()}\0{path.stat().st_size}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def is_done(entries: dict[str, dict], rel: str, src: Path, policy: str, out: Path, out_rel: Optional[str] = None) -> bool:
    """Done before with the same input, policy and detector, under the same output name, and the
    output is still what was written."""
    entry = entries.get(rel)
    out_rel = out_rel or rel
    if not entry or entry.get("status") != "done" or entry.get("policy_sha256") != policy:
        return False
    if entry.get("output", rel) != out_rel:
        return False
    out_file = out / out_rel
    if entry.get("detector_sha256") != detector_digest():
        return False  # made by another version of the code or the model
    if entry.get("input_sha256") != sha256((src / rel).read_bytes()):
        return False
    return out_file.is_file() and sha256(out_file.read_bytes()) == entry.get("output_sha256")


class ManifestWriter:
    """Appends one line per finished file to OUT.redact/manifest.jsonl.

    Not fsynced: a line lost in a crash only makes the next run redo that file, and
    the output it describes was fsynced before the line was written.
    """

    def __init__(self, state: Path) -> None:
        path = state / MANIFEST
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(path, "a", encoding="utf-8")

    def record(self, rel: str, outcome: FileOutcome, policy: str, out_rel: Optional[str] = None) -> None:
        entry = {
            "file": rel,
            "output": out_rel or rel,
            "status": outcome.status,
            "input_sha256": outcome.input_sha256,
            "output_sha256": outcome.output_sha256,
            "policy_sha256": policy,
            "detector_sha256": detector_digest(),
        }
        self._fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._fh.flush()

    def withdraw(self, rel: str) -> None:
        """The input is gone and its output was removed: the next run has nothing to do for it."""
        self._fh.write(json.dumps({"file": rel, "status": "withdrawn"}, ensure_ascii=False) + "\n")
        self._fh.flush()

    def close(self) -> None:
        self._fh.close()


_TEMPORARY = re.compile(r"^\..+\.\d+\.tmp$")


@contextlib.contextmanager
def _signals_deferred():
    """Hold Ctrl-C and SIGTERM while a finished file is recorded; deliver them after."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = {sig: signal.signal(sig, lambda signum, frame: caught.append(signum)) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if caught:
            raise KeyboardInterrupt


def withdraw_unrecorded(out: Path, rels: list[str]) -> None:
    """Remove the outputs of files this run did not record (an interrupted run's in-flight files)."""
    for rel in rels:
        target = out / rel
        if target.is_file() and _inside(target.resolve(), out):
            target.unlink()


def remove_stale_temporaries(out: Path) -> None:
    """A run killed mid-write leaves ``.name.<pid>.tmp`` files (never a complete-looking one); clear them."""
    for root, _dirs, files in os.walk(out):
        for name in files:
            if _TEMPORARY.match(name):
                os.unlink(os.path.join(root, name))


# -- workers ---------------------------------------------------------------------------
_WORKER: dict[str, object] = {}


def _init_pool_worker(policy: Policy, audit_key: Optional[bytes], out: str) -> None:
    """A pool worker leaves Ctrl-C to the main process, which stops the run in order."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init_worker(policy, audit_key, out)


def _init_worker(policy: Policy, audit_key: Optional[bytes], out: str) -> None:
    _redactor_for(policy)
    _WORKER["key"] = audit_key
    _WORKER["out"] = Path(out)


def _work(src: str, item: "str | tuple[str, str]") -> tuple[str, FileOutcome]:
    """Process one file with this worker process's Redactor (``_init_worker``)."""
    return work(_WORKER["redactor"], _WORKER["key"], _WORKER["out"], src, *_pair(item))


def _pair(item: "str | tuple[str, str]") -> tuple[str, str]:
    """A file to do: its path under SRC and under OUT (de-identified, ``redact.file_names``)."""
    return (item, item) if isinstance(item, str) else item


def work(
    redactor: Redactor, key: Optional[bytes], out: Path, src: str, rel: str, out_rel: Optional[str] = None,
) -> tuple[str, FileOutcome]:
    """Process one file and put its output in place (or remove a stale one); runs in a worker.

    ``out_rel``: where the output goes under OUT (the path with personal data in its names
    masked); by default the input's own path.

    ``key`` is the linkage key (``audit.linkage_key``), never the audit log's own key. Writing
    twice is harmless (atomic rename of the same bytes): a retried task costs time only.
    """
    path = Path(src) / rel
    target = (out / (out_rel or rel)).resolve()
    size = _size(str(path))  # 0 when it cannot be read: _work_on says why
    seconds = redactor.policy.limits.budget(size)
    try:
        with time_budget(seconds):
            outcome = _work_on(redactor, key, out, path, rel, target, size)
    except FileTimeout:
        outcome = FileOutcome("quarantined", None, over_budget(seconds))
    if outcome.status == "done" and outcome.output is not None:
        # No fsync: a rerun trusts an output only after checking its hash (is_done).
        atomic_write(target, outcome.output, durable=False)
    elif outcome.status != "done" and target.is_file():
        target.unlink()  # a stale output from an earlier run no longer matches its input
    return rel, dataclasses.replace(outcome, output=None)  # the bytes are on disk; don't ship them back


def _work_on(
    redactor: Redactor, key: Optional[bytes], out: Path, path: Path, rel: str, target: Path, size: int,
) -> FileOutcome:
    from redact import stream
    from redact.fileproc import process_file

    bounds = redactor.policy.limits
    try:
        if not _inside(target, out):
            outcome = FileOutcome("quarantined", None, "path would leave the output folder")
        elif stream.streams(rel, size, bounds):
            # a large list: chunk by chunk, straight to disk
            spool = state_dir(out) / "spool" / (hashlib.sha256(rel.encode()).hexdigest() + ".jsonl")
            outcome = stream.process_path(path, rel, redactor, key, target, spool)
        else:
            bounds.check_whole_file(size)  # before it is read into memory
            outcome = process_file(path.read_bytes(), rel, redactor, True, key)
    except OSError as err:
        outcome = FileOutcome("quarantined", None, f"cannot be read ({err.strerror})")
    except FileRejected as err:
        outcome = FileOutcome("quarantined", None, str(err))
    return outcome


class FileTimeout(BaseException):
    """A file ran over its time budget. A BaseException, so that no ``except Exception`` on
    the way (an analyser's fail-closed guard) takes it for the file's own failure."""


def over_budget(seconds: float) -> str:
    return (f"took longer than its time budget of {seconds:,.0f} s and was stopped (a hostile file? "
            "raise --file-timeout or limits.file_timeout_s)")


#: Seconds between the rings of a time budget that has run out (see time_budget).
RING_AGAIN = 0.5


@contextlib.contextmanager
def time_budget(seconds: float):
    """Raise FileTimeout in this thread after ``seconds`` (0: no budget). Works where the
    file's work runs in a process's main thread (a local run and its worker processes); a
    Dask worker runs tasks in threads and has no budget here."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def ring(signum, frame):
        raise FileTimeout

    previous = signal.signal(signal.SIGALRM, ring)
    # It rings again every RING_AGAIN seconds until the work stops: raised inside a garbage
    # collector or weakref callback, the first FileTimeout is only printed ("Exception ignored").
    signal.setitimer(signal.ITIMER_REAL, seconds, RING_AGAIN)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


#: A chunk holds files up to this many bytes in all: a photo (hundreds of KB, a second of work)
#: travels alone, short texts together. By count alone, the photos that sort first in a folder
#: went to one worker in one chunk and the run took longer on two workers than on one.
CHUNK_BYTES = 64 * 1024


def chunked(todo: list, src: str, most: int) -> list[list]:
    """``todo`` cut into chunks of at most ``most`` files and about ``CHUNK_BYTES`` of input, in order.

    Files travel in chunks: one round trip per chunk instead of per file.
    """
    chunks: list[list] = []
    current: list = []
    size = 0
    for item in todo:
        nbytes = _size(os.path.join(src, _pair(item)[0]))  # 0: the worker will say why it cannot be read
        if current and (len(current) >= most or size + nbytes > CHUNK_BYTES):
            chunks.append(current)
            current, size = [], 0
        current.append(item)
        size += nbytes
    if current:
        chunks.append(current)
    return chunks


def _work_chunk(src: str, items: list) -> list[tuple[str, FileOutcome]]:
    return [_work(src, item) for item in items]


# -- the run ---------------------------------------------------------------------------
def run(
    src: str | os.PathLike,
    out: str | os.PathLike,
    policy: "PolicySource" = None,
    audit: Optional[str | os.PathLike] = None,
    workers: Optional[int] = None,
    force: bool = False,
    dry_run: bool = False,
    progress: Optional[bool] = None,
    audit_key: Optional[bytes] = None,
    report: Optional[str | os.PathLike] = None,
    dask: Optional[str] = None,
    keep_withdrawn: bool = False,
    file_timeout: Optional[float] = None,
) -> RunSummary:
    """De-identify SRC into OUT; see the module docstring for the guarantees.

    ``keep_withdrawn``: leave the outputs of inputs that are gone from SRC (by default a rerun
    removes them and records it). ``dask``: run the files on a Dask cluster, ``tcp://HOST:PORT`` of its scheduler or
    ``local:N`` (see ``redact.dask_runner``); SRC and OUT must be shared with its workers.
    ``file_timeout``: seconds a file of up to 10 MB may take (a larger one gets proportionally
    more), instead of the policy's ``limits.file_timeout_s``; 0 for no budget.
    """
    started = time.perf_counter()
    src_p, out_p = Path(src).resolve(), Path(out).resolve()
    if not src_p.exists():
        raise UsageError(f"no such folder: {src} (SRC must be an existing folder)")
    if not src_p.is_dir():
        raise UsageError(f"SRC is a file, not a folder: {src} (give the folder that holds it)")
    if _inside(out_p, src_p):
        raise UsageError("OUT lies inside SRC; choose an output folder outside the input folder")
    if _inside(src_p, out_p):
        raise UsageError("SRC lies inside OUT; choose an output folder outside the input folder")
    remote = None if dry_run else dask  # a Dask client leaves the policy's value checks to a worker (`prepare`)
    pol = Policy.load(policy, check_values=not remote)
    if file_timeout is not None:  # how long a file may take does not change what it becomes: same digest
        if file_timeout < 0:
            raise UsageError(f"--file-timeout: expected seconds >= 0, got {file_timeout}")
        pol = dataclasses.replace(pol, limits=dataclasses.replace(pol.limits, file_timeout_s=float(file_timeout)))
    digest = pol.digest()
    state = state_dir(out_p)
    if _inside(state, src_p):
        raise UsageError(f"the run's state folder {state.name} would lie inside SRC; choose another OUT")
    audit_path = Path(audit).resolve() if audit else state / AUDIT_FILE
    if _inside(audit_path, src_p):
        raise UsageError("the audit log would be written inside SRC; choose another --audit path")
    if _inside(audit_path, out_p):
        raise UsageError("the audit log would be published with the documents in OUT; choose an --audit path outside OUT")

    summary = RunSummary(audit_path=None if dry_run else audit_path, keep_details=report is not None, policy=pol.name)
    report_path = Path(report).resolve() if report else None
    if report_path and _inside(report_path, src_p):
        raise UsageError("the report would be written inside SRC; choose another --report path")
    if report_path and _inside(report_path, out_p):
        raise UsageError(f"the report would be published with the documents in OUT; write it elsewhere (e.g. {state / 'report.html'})")
    entries = list(walk(src_p))
    if not entries:
        raise UsageError(f"SRC holds no files: {src} (a wrong path, or a folder not yet filled?)")
    if not dry_run:
        adopt_legacy_state(out_p, state)
    recorded = load_manifest(state if state.is_dir() else out_p / STATE_DIR)
    previous = {} if force else recorded
    present = {rel for rel, _ in entries}
    public = _public_paths([rel for rel, _ in entries], pol, remote)
    # A document withdrawn from SRC must not stay published: its old output goes too.
    withdrawn = [] if keep_withdrawn else sorted(
        rel for rel, entry in recorded.items() if entry.get("status") == "done" and rel not in present
    )
    if dry_run:
        from redact.fileproc import preflight

        for rel, reason in entries:
            done = not reason and is_done(previous, rel, src_p, digest, out_p, public[rel])
            if not reason and not done:
                try:
                    reason = preflight((src_p / rel).read_bytes(), rel)
                except OSError as err:
                    reason = f"cannot be read ({err.strerror})"
            if reason:
                action = f"quarantine: {reason}"
            else:
                action = "skip (unchanged)" if done else "process"
            summary.planned.append((public[rel], action))
        summary.planned += [(_output(recorded, rel), "withdraw: its input is gone") for rel in withdrawn]
        summary.seconds = time.perf_counter() - started
        return summary

    out_p.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(out_p)
    manifest = ManifestWriter(state)
    # The gate reads the run's policy from here (an allow list, kept classes): `check OUT`
    # then judges OUT as the run did, without --policy again. Secrets are referenced, not held.
    atomic_write(state / POLICY_FILE, json.dumps(pol.config, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8"))
    atomic_write(state / RUN_FILE, json.dumps({"src": str(src_p), "audit": str(audit_path)}, ensure_ascii=False).encode("utf-8"))
    writer = AuditWriter(audit_path, audit_key)
    writer.append({
        "type": "run_header", "tool": "redact", "version": __version__, "started": now(),
        "policy": pol.config.get("preset"), "policy_sha256": digest, "detector_sha256": detector_digest(),
        "keyed": audit_key is not None,
        "models": _model_versions(), "workers": dask or workers or os.cpu_count() or 1,
    })
    writer.sync()
    for rel in withdrawn:
        target = out_p / _output(recorded, rel)
        if target.is_file() and _inside(target.resolve(), out_p):
            target.unlink()
        writer.append({"type": "withdrawn", "file": _output(recorded, rel), "reason": "its input is gone from SRC"})
        manifest.withdraw(rel)
        summary.withdrawn += 1
    if withdrawn:
        writer.sync()

    todo: list[tuple[str, str]] = []
    for rel, reason in entries:
        earlier = recorded.get(rel, {}).get("output")
        if earlier and earlier != public[rel] and (out_p / earlier).is_file() and _inside((out_p / earlier).resolve(), out_p):
            (out_p / earlier).unlink()  # published under another name before (a policy change)
        target = (out_p / public[rel]).resolve()
        if reason and target.is_file() and _inside(target, out_p):
            target.unlink()  # stale output of a file that is now a symbolic link
        if reason:
            _finish(rel, public[rel], FileOutcome("quarantined", None, reason), manifest, writer, summary, digest)
            continue
        if is_done(previous, rel, src_p, digest, out_p, public[rel]):
            summary.skipped += 1
            continue
        todo.append((rel, public[rel]))

    bar = _progress(len(todo), progress)
    link_key = linkage_key(audit_key) if audit_key else None  # workers never see the audit key
    if dask:
        from redact.dask_runner import results as dask_results

        results = functools.partial(dask_results, dask)
    else:
        results = functools.partial(_local_results, max(1, workers or os.cpu_count() or 1))
    finished: set[str] = set()
    stopped: Optional[BaseException] = None
    try:
        for rel, outcome in results(str(src_p), str(out_p), todo, pol, link_key):
            with _signals_deferred():  # a file's records and its place in `finished` go together
                _finish(rel, public[rel], outcome, manifest, writer, summary, digest)
                finished.add(rel)
            bar.update(1)
    except (KeyboardInterrupt, RunInterrupted) as err:
        stopped = err
        # A worker may have put an output in place whose record never arrived: take it back,
        # so that OUT holds exactly what the log records (the next run redoes those files).
        withdraw_unrecorded(out_p, [out_rel for rel, out_rel in todo if rel not in finished])
        remove_stale_temporaries(out_p)
    finally:
        bar.close()
        summary.seconds = time.perf_counter() - started
        footer = {
            "type": "run_footer", "ended": now(), "files_done": summary.done, "files_skipped": summary.skipped,
            "files_quarantined": len(summary.quarantined), "files_total": summary.done + len(summary.quarantined),
            "files_withdrawn": summary.withdrawn,
            # Every finding record, masked or kept: `audit verify` counts the records against it.
            "findings_total": sum(summary.findings.values()) + sum(summary.kept.values()),
            "findings": dict(summary.findings), "kept": dict(summary.kept),
        }
        if stopped is not None:
            footer["interrupted"] = True
            footer["files_left"] = len(todo) - len(finished)
        writer.append(footer)
        writer.close()
        manifest.close()
    if isinstance(stopped, RunInterrupted):
        raise stopped
    if stopped is not None:
        raise RunInterrupted(
            f"interrupted after {summary.done} file(s), {len(todo) - len(finished)} left; what finished is "
            "recorded, run again to resume"
        ) from None
    if report_path:
        from redact.report import write_report

        write_report(report_path, summary, out_p)
        summary.report_path = report_path
    return summary


def _local_results(
    n_workers: int, src: str, out: str, todo: list[str], policy: Policy, key: Optional[bytes]
) -> Iterator[tuple[str, FileOutcome]]:
    """(relative path, outcome) per file, from this process or a pool of worker processes."""
    if n_workers == 1 or len(todo) <= 1:
        _init_worker(policy, key, out)
        for rel in todo:
            yield _work(src, rel)
        return
    yield from _Pool(n_workers, src, out, policy, key).results(chunked(todo, src, max(1, min(32, len(todo) // (n_workers * 16)))))


#: Seconds past its files' budgets after which a worker that has not answered is taken for stuck.
STUCK_GRACE = 30.0


class _Pool:
    """Worker processes that a stuck or dead worker cannot stop.

    A file over its time budget is stopped inside its worker (``time_budget``). A worker that
    does not answer well past its files' budgets (stuck in a C library) or that dies (out of
    memory) is replaced with the whole pool: the files in flight are done again one by one,
    each alone, and a file that stops its worker alone is quarantined with the reason.
    """

    def __init__(self, n_workers: int, src: str, out: str, policy: Policy, key: Optional[bytes]) -> None:
        self.n_workers, self.src, self.out, self.policy, self.key = n_workers, src, out, policy, key
        self.pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.n_workers, initializer=_init_pool_worker, initargs=(self.policy, self.key, self.out))

    def _deadline(self, items: list) -> float:
        """When a chunk is overdue: well past the sum of its files' budgets; never without a budget."""
        if not self.policy.limits.file_timeout_s:
            return float("inf")
        sizes = [_size(os.path.join(self.src, _pair(item)[0])) for item in items]
        return time.monotonic() + 1.2 * sum(self.policy.limits.budget(n) for n in sizes) + STUCK_GRACE

    def results(self, chunks: list[list]) -> Iterator[tuple[str, FileOutcome]]:
        queue, alone = list(reversed(chunks)), []  # alone: files that were in flight when a worker failed
        pending: dict[Future, tuple[list, float]] = {}
        try:
            while True:
                limit = 1 if alone else self.n_workers * 3
                while len(pending) < limit and (alone or queue) and not (alone and pending):
                    items = [alone.pop()] if alone else queue.pop()
                    pending[self.pool.submit(_work_chunk, self.src, items)] = (items, self._deadline(items))
                if not pending:
                    return
                soonest = min(deadline for _, deadline in pending.values())
                wait_for = None if soonest == float("inf") else max(0.0, soonest - time.monotonic())
                finished, _ = wait(pending, timeout=wait_for, return_when=FIRST_COMPLETED)
                broken = False
                for fut in finished:
                    items, _ = pending.pop(fut)
                    try:
                        yield from fut.result()
                    except BrokenProcessPool:
                        broken = True
                        pending[fut] = (items, 0.0)
                overdue = [f for f, (_, deadline) in pending.items() if deadline <= time.monotonic()]
                if not broken and not overdue:
                    continue
                # Replace the workers; whatever was in flight is done again, each file alone.
                single = len(pending) == 1 and len(next(iter(pending.values()))[0]) == 1
                self._replace()
                for items, _ in pending.values():
                    if single:
                        yield self._stopped(items[0], broken)
                    else:
                        alone.extend(reversed(items))
                pending.clear()
        finally:  # stopped early (Ctrl-C): the chunks not started are dropped, running ones end
            self.pool.shutdown(wait=True, cancel_futures=True)

    def _replace(self) -> None:
        for process in list(getattr(self.pool, "_processes", {}).values()):
            process.kill()
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self._start()

    def _stopped(self, item, died: bool) -> tuple[str, FileOutcome]:
        rel, out_rel = _pair(item)
        target = Path(self.out) / out_rel
        if target.is_file():
            target.unlink()  # a stale output of an earlier run
        if died:
            reason = "its worker process died while reading it (out of memory?); the worker was replaced"
        else:
            reason = over_budget(self.policy.limits.budget(_size(os.path.join(self.src, rel)))) + "; its worker was replaced"
        return rel, FileOutcome("quarantined", None, reason)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _finish(rel: str, out_rel: str, outcome: FileOutcome, manifest: ManifestWriter, writer: AuditWriter,
            summary: RunSummary, policy_digest: str) -> None:
    """Account for a file a worker finished: summary, audit records (fsynced), manifest.

    What is shown or logged names the file by its published path ``out_rel``, never by a name
    that holds personal data; only the manifest, in the run's state, links it to the input.
    """
    manifest_rel, rel = rel, out_rel
    if outcome.status == "done":
        summary.done += 1
    else:
        summary.quarantined.append((rel, outcome.reason or "unknown"))
    masked: Counter = Counter()
    boxes = []
    for rec in outcome.all_findings():
        entry = {"type": "finding", "file": rel, "location": rec.location, "entity_type": rec.entity_type,
                 "start": rec.start, "end": rec.end, "recognizer": rec.recognizer, "score": rec.score,
                 "subtype": rec.subtype, "operator": rec.operator}
        if rec.role:
            entry["role"], entry["role_rule"] = rec.role, rec.role_rule
        if rec.kept_by:
            entry["kept_by"] = rec.kept_by
        if rec.digest:
            entry["digest"] = rec.digest
        writer.append(entry)
        (summary.kept if rec.operator == "keep" else masked)[rec.entity_type] += 1
        if summary.keep_details and rec.location.startswith("image box "):
            boxes.append(_box(rec.location))
    summary.findings.update(masked)
    if summary.keep_details:
        summary.per_file[rel] = (outcome.status, masked)
        if boxes:
            summary.images[rel] = boxes
    record = {"type": "file", "file": rel, "status": outcome.status, "reason": outcome.reason,
              "input_sha256": outcome.input_sha256, "output_sha256": outcome.output_sha256,
              "findings": outcome.finding_count}
    if outcome.note:
        record["note"] = outcome.note
    writer.append(record)
    writer.sync()
    manifest.record(manifest_rel, outcome, policy_digest, out_rel)
    if outcome.spool:
        os.unlink(outcome.spool)


def _output(recorded: dict[str, dict], rel: str) -> str:
    return recorded.get(rel, {}).get("output", rel)


def _public_paths(rels: list[str], policy: Policy, dask: Optional[str] = None) -> dict[str, str]:
    """Each input's path under OUT, with personal data in its names masked (``redact.file_names``).

    On a Dask run a worker reads the names (and checks the policy's values: ``dask_runner.prepare``);
    the client then never loads the recognizers (a second of a run's start, for the names alone)."""
    from redact.file_names import needs_reading, public_paths

    if dask:
        from redact.dask_runner import prepare

        names = prepare(dask, rels, policy)  # the names that may hold personal data
        return public_paths(rels, lambda part: names.get(part, part))
    if not needs_reading(rels):
        return {rel: rel for rel in rels}
    return public_paths(rels, _redactor_for(policy))


def _redactor_for(policy: Policy) -> Redactor:
    """This process's Redactor for ``policy`` (the one-process run's worker shares it)."""
    from redact.redactor import Redactor

    if _WORKER.get("policy_digest") != policy.digest():
        _WORKER["redactor"] = Redactor(policy=policy)
        _WORKER["policy_digest"] = policy.digest()
    redactor: Redactor = _WORKER["redactor"]  # type: ignore[assignment]
    if redactor.policy.limits != policy.limits:  # --file-timeout: the same reading, another budget
        redactor.policy = policy
    return redactor


def _box(location: str) -> tuple[int, int, int, int]:
    x1, y1, x2, y2 = (int(v) for v in location[len("image box (") : -1].split(","))
    return x1, y1, x2, y2


def _model_versions() -> dict[str, str]:
    try:
        from recognizers.person import model_path

        meta = json.loads((model_path() / "meta.json").read_text(encoding="utf-8"))
        return {"person_ner": f"{meta.get('name')}-{meta.get('version')}"}
    except Exception:  # noqa: BLE001 - the header is informative; the run itself loads the model
        return {}


class _NoBar:
    def update(self, n: int) -> None: ...

    def close(self) -> None: ...


def _progress(total: int, enabled: Optional[bool]):
    """tqdm on a terminal (counts, rate, ETA); nothing when piped or with --quiet."""
    if enabled is False or (enabled is None and not sys.stderr.isatty()):
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit="file", file=sys.stderr, dynamic_ncols=True)
