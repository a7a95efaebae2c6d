"""The audit log: contents without values, keyed digests, and every kind of tampering."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import redact
from redact.audit import AuditWriter, verify
from redact.batch import state_dir

ROOT = Path(__file__).resolve().parent.parent
KEY = b"audit-key-for-tests-0123456789"
VALUES = ("张伟", "141181199001011235", "13812345678", "晋J·A12B3")


@pytest.fixture()
def log(tmp_path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(f"驾驶人{VALUES[0]}，身份证号{VALUES[1]}，电话{VALUES[2]}，车牌{VALUES[3]}。", encoding="utf-8")
    (src / "b.txt").write_text(f"再次出现：身份证号{VALUES[1]}。", encoding="utf-8")
    (src / "c.bin").write_bytes(b"\x00")
    redact.run(src, tmp_path / "out", workers=1, progress=False, audit_key=KEY)
    return state_dir(tmp_path / "out") / "audit.jsonl"


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_structure_and_no_values(log):
    recs = records(log)
    kinds = [r["type"] for r in recs]
    assert kinds[0] == "run_header" and kinds[-1] == "run_footer"
    assert recs[0]["policy_sha256"] == redact.Policy.load(None).digest() and recs[0]["keyed"] is True
    finding = next(r for r in recs if r["type"] == "finding")
    assert {"file", "location", "entity_type", "start", "end", "recognizer", "score", "operator", "digest"} <= set(finding)
    files = {r["file"]: r for r in recs if r["type"] == "file"}
    assert files["c.bin"]["status"] == "quarantined" and "unsupported format" in files["c.bin"]["reason"]
    assert len(files["a.txt"]["input_sha256"]) == 64 and len(files["a.txt"]["output_sha256"]) == 64
    text = log.read_text(encoding="utf-8")
    assert not [v for v in VALUES if v in text]


def test_keyed_digest_links_the_same_value_across_files(log):
    ids = [r["digest"] for r in records(log) if r["type"] == "finding" and r["entity_type"] == "CN_RESIDENT_ID"]
    assert len(ids) == 2 and ids[0] == ids[1]


def test_no_key_no_digest(tmp_path, monkeypatch):
    monkeypatch.delenv("REDACT_AUDIT_KEY", raising=False)
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("电话13812345678", encoding="utf-8")
    redact.run(src, tmp_path / "out", workers=1, progress=False)
    recs = records(state_dir(tmp_path / "out") / "audit.jsonl")
    assert recs[0]["keyed"] is False
    assert all("digest" not in r for r in recs)


def test_intact_log_verifies(log):
    assert verify(log, KEY).ok
    assert not verify(log).ok  # the chain is keyed: without the key it cannot be confirmed


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def _edit(lines):
    rec = json.loads(lines[2])
    rec["entity_type"] = "PERSON" if rec.get("entity_type") != "PERSON" else "CN_PHONE_NUMBER"
    rec["score"] = 0.01
    lines[2] = json.dumps(rec, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    return lines


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        pytest.param(_edit, "line 3: chain broken|line 4: chain broken", id="edited"),
        pytest.param(lambda ls: ls[:2] + ls[3:], "line 3: sequence number", id="removed"),
        pytest.param(lambda ls: ls[:3] + [ls[2]] + ls[3:], "line 4: sequence number", id="inserted"),
        pytest.param(lambda ls: ls[:2] + [ls[3], ls[2]] + ls[4:], "line 3: sequence number", id="reordered"),
        pytest.param(lambda ls: ls[:-1], "ends inside the run", id="truncated-footer"),
        pytest.param(lambda ls: ls[:-1] + [ls[-1][:25]], "torn last line", id="torn-last-line"),
        pytest.param(lambda ls: ls[:2] + ["not json\n"] + ls[3:], "line 3: not a JSON record", id="garbage-line"),
    ],
)
def test_tampering_is_detected(log, tamper, message):
    log.write_text("".join(tamper(_lines(log))), encoding="utf-8")
    report = verify(log, KEY)
    assert not report.ok
    assert any(__import__("re").search(message, p) for p in report.problems), report.problems


def test_recomputed_chain_without_key_fails_with_key(log):
    """Someone who edits a record and recomputes an unkeyed chain is still caught."""
    import hashlib

    lines = [json.loads(x) for x in _lines(log)]
    lines[2]["score"] = 0.01
    prev, out = "0" * 64, []
    for rec in lines:
        rec["prev"] = prev
        line = json.dumps(rec, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
        out.append(line + b"\n")
        prev = hashlib.sha256(line).hexdigest()
    log.write_bytes(b"".join(out))
    assert verify(log).ok  # consistent as an unkeyed chain ...
    assert not verify(log, KEY).ok  # ... but not under the key


def test_cli_verify_exit_codes(log):
    env = {**os.environ, "REDACT_AUDIT_KEY": KEY.decode()}
    ok = subprocess.run([sys.executable, "-m", "redact", "audit", "verify", str(log)], capture_output=True, env=env, cwd=ROOT)
    assert ok.returncode == 0 and b"intact" in ok.stdout
    log.write_text("".join(_lines(log)[:-1]), encoding="utf-8")
    bad = subprocess.run([sys.executable, "-m", "redact", "audit", "verify", str(log)], capture_output=True, env=env, cwd=ROOT)
    assert bad.returncode == 1 and b"ALTERED" in bad.stdout
    missing = subprocess.run([sys.executable, "-m", "redact", "audit", "verify", str(log) + ".nope"], capture_output=True, cwd=ROOT)
    assert missing.returncode == 2


def test_torn_line_is_recovered_by_the_next_run(tmp_path):
    path = tmp_path / "audit.jsonl"
    writer = AuditWriter(path)
    writer.append({"type": "run_header", "tool": "redact"})
    writer.append({"type": "file", "file": "a"})
    writer.close()
    with open(path, "ab") as fh:
        fh.write(b'{"type":"file","fi')  # the crash happened mid-write
    assert "torn last line" in verify(path).problems[0]
    writer = AuditWriter(path)
    writer.append({"type": "run_header", "tool": "redact"})
    writer.append({"type": "run_footer", "files_total": 0, "findings_total": 0})
    writer.close()
    report = verify(path)
    assert report.ok and report.interrupted_runs == [1]
    assert records(path)[2] == {**records(path)[2], "type": "recovery", "torn_bytes_removed": 18}
