"""``redact run --dask``: a real dask.distributed cluster on this machine gives the local run's outputs.

A LocalCluster through the library; a ``dask scheduler`` and ``dask worker`` processes started
here on 127.0.0.1 through the command line, one worker killed midway; a client killed midway
and the run resumed; a scheduler that goes away.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import redact
from redact.batch import state_dir
from tests.folder_tree import build_tree

pytest.importorskip("distributed")

BIN = Path(sys.executable).parent
DASK = str(BIN / "dask")
REDACT = [sys.executable, "-m", "redact"]


def outputs(out: Path) -> dict[str, bytes]:
    """Every de-identified file under OUT (not the audit log, not the run state)."""
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and ".redact" not in p.parts and p.name != "audit.jsonl"
    }


def file_records(audit: Path) -> list[tuple[str, str]]:
    records = [json.loads(line) for line in audit.read_text(encoding="utf-8").splitlines()]
    return [(r["file"], r["status"]) for r in records if r["type"] == "file"]


def many_files(root: Path, n: int = 40) -> Path:
    """A folder of short bulletins, enough for a run to take a few seconds on two workers."""
    from benchmarks.corpus import Gen

    root.mkdir(parents=True)
    g = Gen(5)
    for i in range(n):
        name, plate = g.fake.name(), g._plate()[0]
        (root / f"公告{i:03d}.txt").write_text(
            f"驾驶人{name}驾驶{plate}号小型轿车，身份证号{g.id18()}，联系电话{g.mobile()}。\n" * 20, encoding="utf-8"
        )
    return root


@pytest.fixture(scope="module")
def local_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("dask")
    tree = build_tree(base / "src")
    redact.run(tree.root, base / "local", workers=1, progress=False)
    return tree, base


def test_local_cluster_gives_the_local_outputs(local_run):
    tree, base = local_run
    summary = redact.run(tree.root, base / "dask", dask="local:2", progress=False)
    assert outputs(base / "dask") == outputs(base / "local")
    assert sorted(summary.quarantined) == sorted(
        (rel, reason) for rel, reason in redact.run(tree.root, base / "local2", workers=1, progress=False).quarantined
    )
    assert redact.audit.verify(state_dir(base / "dask") / "audit.jsonl").ok
    assert file_records(state_dir(base / "dask") / "audit.jsonl") == file_records(state_dir(base / "local") / "audit.jsonl")


def test_bad_addresses_are_usage_errors(tmp_path):
    src = many_files(tmp_path / "src", 1)
    with pytest.raises(redact.UsageError, match="local:N"):
        redact.run(src, tmp_path / "out", dask="local:two")
    with pytest.raises(redact.UsageError, match="scheduler"):
        redact.run(src, tmp_path / "out2", dask="127.0.0.1:1")


class Cluster:
    """A dask scheduler and worker processes on 127.0.0.1, started and stopped by a test."""

    def __init__(self, folder: Path, workers: int = 2) -> None:
        self.file = folder / "scheduler.json"
        env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
        self.scheduler = subprocess.Popen(
            [DASK, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", str(self.file)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
        )
        deadline = time.monotonic() + 60
        while not self.file.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        self.address = json.loads(self.file.read_text())["address"]
        self.workers = [
            subprocess.Popen(
                [DASK, "worker", self.address, "--nthreads", "2", "--nworkers", "1", "--no-dashboard",
                 "--host", "127.0.0.1", "--name", f"w{k}"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True,
            )
            for k in range(workers)
        ]
        from dask.distributed import Client

        with Client(self.address, timeout="60s") as client:
            client.wait_for_workers(workers, timeout=120)

    def kill_worker(self, k: int) -> None:
        os.killpg(self.workers[k].pid, signal.SIGKILL)

    def close(self) -> None:
        for proc in self.workers + [self.scheduler]:
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGKILL) if proc is not self.scheduler else proc.kill()
                except ProcessLookupError:
                    pass
            proc.wait(timeout=30)


@pytest.fixture()
def cluster(tmp_path):
    c = Cluster(tmp_path)
    yield c
    c.close()


def test_a_worker_takes_one_file_at_a_time_and_leaves_glibc_alone(cluster):
    """Started with two threads, a redact worker registers one (its files run one at a time);
    Dask's MALLOC_TRIM_THRESHOLD_ is unset in it, and its photo models are loaded at start."""
    from dask.distributed import Client

    with Client(cluster.address, timeout="30s") as client:
        assert {w["nthreads"] for w in client.scheduler_info()["workers"].values()} == {1}
        assert set(client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_")).values()) == {None}
        loaded = client.run(lambda: __import__("redact.image", fromlist=["_ocr_engine"])._ocr_engine.cache_info().currsize)
        assert set(loaded.values()) == {1}


def test_the_client_leaves_recognizers_and_value_checks_to_the_workers(tmp_path, cluster):
    """A client imports no Presidio, spaCy or jieba (a second of every run's start); a policy
    value only an operator can judge is judged on a worker, before anything is written."""
    src = many_files(tmp_path / "src", 4)
    heavy = "('presidio_analyzer', 'presidio_anonymizer', 'spacy', 'jieba', 'onnxruntime')"
    code = (
        "import sys, redact; s = redact.run(sys.argv[1], sys.argv[2], dask=sys.argv[3], progress=False); "
        f"print(s.done, sorted(m for m in {heavy} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code, str(src), str(tmp_path / "out"), cluster.address],
                          capture_output=True, text=True, timeout=300)
    assert done.stdout.split("\n")[-2] == "4 []", done.stderr

    bad = tmp_path / "bad.toml"
    bad.write_text('[entities.PERSON]\noperator = "surname"\nparams = {mask_char = "**"}\n', encoding="utf-8")
    refused = subprocess.run(
        REDACT + ["run", str(src), "-o", str(tmp_path / "out2"), "--policy", str(bad), "--dask", cluster.address],
        capture_output=True, text=True, timeout=300,
    )
    assert refused.returncode == 2
    assert "policy error: entities.PERSON.params: 'mask_char' must be a single character" in refused.stderr
    assert not (tmp_path / "out2").exists() and not state_dir(tmp_path / "out2").exists()


def _wait_for_outputs(out: Path, at_least: int, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and sum(1 for p in out.glob("*.txt")) >= at_least:
            return
        time.sleep(0.05)


def test_scheduler_and_workers_from_the_command_line_with_a_worker_killed(tmp_path, cluster):
    src = many_files(tmp_path / "src")
    redact.run(src, tmp_path / "local", workers=1, progress=False)
    proc = subprocess.Popen(REDACT + ["run", str(src), "-o", str(tmp_path / "out"), "--dask", cluster.address, "--quiet"])
    _wait_for_outputs(tmp_path / "out", 3, proc)
    cluster.kill_worker(0)  # its chunk is retried on the other worker
    assert proc.wait(timeout=300) == 0
    assert outputs(tmp_path / "out") == outputs(tmp_path / "local")
    assert redact.audit.verify(state_dir(tmp_path / "out") / "audit.jsonl").ok
    assert sorted(file_records(state_dir(tmp_path / "out") / "audit.jsonl")) == sorted((p.name, "done") for p in src.iterdir())


def test_a_killed_client_resumes(tmp_path, cluster):
    src = many_files(tmp_path / "src")
    redact.run(src, tmp_path / "local", workers=1, progress=False)
    args = REDACT + ["run", str(src), "-o", str(tmp_path / "out"), "--dask", cluster.address, "--quiet"]
    proc = subprocess.Popen(args)
    _wait_for_outputs(tmp_path / "out", 5, proc)
    proc.kill()
    proc.wait(timeout=30)
    assert subprocess.run(args, timeout=300).returncode == 0
    assert outputs(tmp_path / "out") == outputs(tmp_path / "local")
    report = redact.audit.verify(state_dir(tmp_path / "out") / "audit.jsonl")
    assert report.ok
    done = {f for f, status in file_records(state_dir(tmp_path / "out") / "audit.jsonl") if status == "done"}
    assert done == {p.name for p in src.iterdir()}


def test_a_scheduler_that_goes_away_ends_the_run_cleanly(tmp_path, cluster):
    src = many_files(tmp_path / "src", 80)
    proc = subprocess.Popen(
        REDACT + ["run", str(src), "-o", str(tmp_path / "out"), "--dask", cluster.address, "--quiet"],
        stderr=subprocess.PIPE, text=True,
    )
    _wait_for_outputs(tmp_path / "out", 3, proc)
    cluster.scheduler.kill()
    _, err = proc.communicate(timeout=300)
    if proc.returncode == 0:
        pytest.skip("the run finished before the scheduler went away")
    assert proc.returncode == 4, err
    assert "run again to resume" in err and "Traceback" not in err
    report = redact.audit.verify(state_dir(tmp_path / "out") / "audit.jsonl")
    assert report.ok  # the footer was written: what finished is recorded


def test_office_outputs_are_the_same_whenever_they_are_written(local_run, tmp_path):
    """DOCX/XLSX keep their input's time stamps: a later run writes the same bytes."""
    tree, base = local_run
    time.sleep(2.1)  # zip time stamps have a two-second resolution
    redact.run(tree.root, tmp_path / "later", workers=1, progress=False)
    first, later = outputs(base / "local"), outputs(tmp_path / "later")
    office = [name for name in first if name.endswith((".docx", ".xlsx"))]
    assert office and all(first[name] == later[name] for name in office)


def test_workers_never_get_the_audit_key(tmp_path):
    """Finding digests use a key derived from the audit key; the chain's key stays with the client."""
    import hmac

    from redact.audit import linkage_key
    from redact.operators import keyed_digest

    src = many_files(tmp_path / "src", 1)
    key = b"the audit key"
    redact.run(src, tmp_path / "out", workers=1, progress=False, audit_key=key)
    records = [json.loads(line) for line in (state_dir(tmp_path / "out") / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    digests = {r["digest"] for r in records if r["type"] == "finding" and r["entity_type"] == "CN_PHONE_NUMBER"}
    text = next(src.iterdir()).read_text(encoding="utf-8")
    phone = text.split("联系电话")[1][:11]
    assert keyed_digest(linkage_key(key), phone) in digests
    assert keyed_digest(key, phone) not in digests
    assert linkage_key(key) != key and not hmac.compare_digest(linkage_key(key), key)
