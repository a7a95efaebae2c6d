"""The real `redact` command in a subprocess: exit codes, stdout, stderr."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TEXT = "驾驶人张伟驾驶晋J·A12B3，电话13812345678。"


def run(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "redact", *args],
        input=stdin.encode("utf-8") if stdin is not None else None,
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_text_from_stdin():
    proc = run("text", stdin=TEXT)
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.decode() == "驾驶人张某驾驶晋J·***B3，电话138****5678。"


def test_text_from_file_with_preset(tmp_path):
    src = tmp_path / "公告.txt"
    src.write_text(TEXT, encoding="utf-8")
    proc = run("text", str(src), "--policy", "court")
    assert proc.returncode == 0
    assert proc.stdout.decode() == "驾驶人张某驾驶××××××××，电话×××××××××××。"
    assert src.read_text(encoding="utf-8") == TEXT  # input untouched


def test_json_lists_findings_without_values():
    proc = run("text", "--json", "--fail-on-findings", stdin=TEXT)
    assert proc.returncode == 1
    rows = json.loads(proc.stdout.decode())
    assert [r["entity_type"] for r in rows] == ["PERSON", "CN_LICENSE_PLATE", "CN_PHONE_NUMBER"]
    for value in ("张伟", "晋J·A12B3", "13812345678"):
        assert value not in proc.stdout.decode()


def test_clean_text_passes_the_gate():
    proc = run("text", "--fail-on-findings", stdin="监督电话：12345。")
    assert proc.returncode == 0


@pytest.mark.parametrize(
    ("args", "stdin", "env", "code", "message"),
    [
        pytest.param(("text", "--policy", "missing.toml"), "", None, 2, "policy file not found", id="missing-policy"),
        pytest.param(("text", "nofile.txt"), None, None, 3, "cannot read input", id="missing-input"),
        pytest.param(("text",), "\udcff", None, 3, "not valid UTF-8", id="bad-encoding"),
        pytest.param(("frobnicate",), None, None, 2, "invalid choice", id="unknown-command"),
    ],
)
def test_errors(args, stdin, env, code, message):
    if stdin == "\udcff":
        proc = subprocess.run(
            [sys.executable, "-m", "redact", *args], input=b"\xff\xfe\x00bad", capture_output=True, cwd=ROOT, timeout=120
        )
    else:
        proc = run(*args, stdin=stdin, env=env)
    assert proc.returncode == code
    assert message in proc.stderr.decode()


def test_hmac_policy_without_key_fails_closed(tmp_path):
    policy = tmp_path / "p.toml"
    policy.write_text('[entities.PERSON]\noperator = "hmac"\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "REDACT_SECRET"}
    proc = subprocess.run(
        [sys.executable, "-m", "redact", "text", "--policy", str(policy)],
        input=TEXT.encode(), capture_output=True, cwd=ROOT, env=env, timeout=120,
    )
    assert proc.returncode == 2
    assert "REDACT_SECRET" in proc.stderr.decode()
    assert proc.stdout == b""


def test_help_and_version():
    assert "De-identify" in run("--help").stdout.decode()
    assert "--fail-on-findings" in run("text", "--help").stdout.decode()
    assert run("--version").stdout.decode().startswith("redact ")


def test_run_help_names_every_supported_format():
    from redact.formats import SUPPORTED

    named = set(re.findall(r"\.[a-z]+\b", run("run", "--help").stdout.decode()))
    assert [ext for ext in SUPPORTED if ext not in named] == []


def test_help_answers_without_loading_the_models_libraries():
    """--help and usage errors load neither spaCy nor Presidio (they took 1.8 s to import)."""
    from redact.cli import PRESETS as listed
    from redact.policy import PRESETS

    assert listed == tuple(sorted(PRESETS))
    probe = "import sys, redact.cli; print(sorted(m for m in ('spacy', 'presidio_analyzer', 'presidio_anonymizer') if m in sys.modules))"
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, cwd=ROOT, timeout=60)
    assert proc.stdout.decode().strip() == "[]", proc.stderr.decode()
