"""A per-file time budget: a file over budget is stopped and quarantined, the run goes on."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest

import redact
from redact import batch
from redact.batch import state_dir


def _folder(tmp_path: Path, slow: str = "wide.csv") -> Path:
    src = tmp_path / "src"
    src.mkdir()
    # One row of 20,000 cells: minutes of work at the cost per cell.
    (src / slow).write_text(",".join(f"当事人张{i}伟" for i in range(20_000)), encoding="utf-8")
    for n in range(3):
        (src / f"{n}.txt").write_text(f"当事人张伟{n}，电话1381234567{n}。", encoding="utf-8")
    return src


@pytest.mark.parametrize("workers", [1, 2])
def test_a_file_over_its_budget_is_quarantined_and_the_run_goes_on(tmp_path, workers):
    src = _folder(tmp_path)
    started = time.perf_counter()
    summary = redact.run(src, tmp_path / "out", workers=workers, file_timeout=2, progress=False)
    assert time.perf_counter() - started < 60
    assert summary.done == 3 and [rel for rel, _ in summary.quarantined] == ["wide.csv"]
    reason = summary.quarantined[0][1]
    assert "time budget of 2 s" in reason and "--file-timeout" in reason
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["0.txt", "1.txt", "2.txt"]
    log = state_dir(tmp_path / "out") / "audit.jsonl"
    assert redact.audit.verify(log).ok
    files = {r["file"]: r for r in map(json.loads, log.read_text(encoding="utf-8").splitlines()) if r["type"] == "file"}
    assert files["wide.csv"]["status"] == "quarantined" and files["wide.csv"]["reason"] == reason
    # Without a budget (or with a larger one) the same file is done.
    assert redact.run(src, tmp_path / "out", workers=workers, file_timeout=0, progress=False).done == 1


def _stuck_or_dead(src, items):
    """A worker's chunk where stuck.txt hangs where the alarm cannot reach and dead.txt kills it."""
    for item in items:
        rel = item if isinstance(item, str) else item[0]
        if rel == "stuck.txt":
            signal.signal(signal.SIGALRM, signal.SIG_IGN)
            time.sleep(600)
        if rel == "dead.txt":
            os._exit(1)
    return [batch._work(src, item) for item in items]


@pytest.mark.parametrize("name, words", [("stuck.txt", "time budget"), ("dead.txt", "worker process died")])
def test_a_worker_that_hangs_or_dies_is_replaced(tmp_path, monkeypatch, name, words):
    if batch.ProcessPoolExecutor(1)._mp_context.get_start_method() != "fork":
        pytest.skip("the stand-in worker is handed to the pool by fork")
    src = tmp_path / "src"
    src.mkdir()
    for n in range(6):
        (src / f"{n}.txt").write_text(f"当事人张伟{n}，电话1381234567{n}。", encoding="utf-8")
    (src / name).write_text("当事人张伟。", encoding="utf-8")
    monkeypatch.setattr(batch, "_work_chunk", _stuck_or_dead)
    monkeypatch.setattr(batch, "STUCK_GRACE", 2.0)
    started = time.perf_counter()
    summary = redact.run(src, tmp_path / "out", workers=2, file_timeout=1, progress=False)
    assert time.perf_counter() - started < 120
    assert summary.done == 6 and [rel for rel, _ in summary.quarantined] == [name]
    assert words in summary.quarantined[0][1] and "worker was replaced" in summary.quarantined[0][1]
    assert not (tmp_path / "out" / name).exists()
    assert redact.audit.verify(state_dir(tmp_path / "out") / "audit.jsonl").ok


def test_a_budget_rings_again_when_its_first_ring_is_swallowed():
    """Raised inside a garbage-collector callback, FileTimeout is only printed; the budget must
    still stop the work (the test process's Hypothesis installs such a callback)."""
    swallowed = 0
    started = time.perf_counter()
    with pytest.raises(batch.FileTimeout):
        with batch.time_budget(0.2):
            while time.perf_counter() - started < 10:
                try:
                    time.sleep(0.01)
                except batch.FileTimeout:
                    if swallowed:
                        raise
                    swallowed += 1  # as an ignored exception in a callback would be
    assert swallowed == 1 and time.perf_counter() - started < 2
