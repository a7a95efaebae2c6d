"""The README's commands and code, and every example, run as written."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_commands():
    first_block = re.search(r"```sh\n(.*?)```", README, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in first_block.splitlines() if line.strip()]
    assert commands[:2] == ["make demo", "make test"]


def test_make_demo_runs(tmp_path):
    """The README's first command, writing into a temporary folder: tests never touch demo-out/."""
    before = (ROOT / "demo-out").exists() and sorted(p.stat().st_mtime_ns for p in (ROOT / "demo-out").rglob("*"))
    out_dir = tmp_path / "demo-out"
    proc = subprocess.run(["make", "demo", f"DEMO_OUT={out_dir}"], cwd=ROOT, capture_output=True, timeout=900)
    out, err = proc.stdout.decode(), proc.stderr.decode()
    assert proc.returncode == 0, err
    assert "0 quarantined" in err and "clean" in err and "intact" in out
    assert f"{out_dir}.redact/report.html" in out
    assert sorted(p.name for p in out_dir.iterdir() if p.suffix in (".html", ".jsonl")) == []  # documents only
    notice = (out_dir / "曝光公告.txt").read_text(encoding="utf-8")
    assert "驾驶人" in notice and "某驾驶" in notice
    after = (ROOT / "demo-out").exists() and sorted(p.stat().st_mtime_ns for p in (ROOT / "demo-out").rglob("*"))
    assert before == after  # the checkout's demo-out/ is as it was


@pytest.mark.parametrize(
    "block", re.findall(r"```python\n(.*?)```", README, re.S), ids=lambda b: b.splitlines()[0][:40]
)
def test_readme_python_blocks_run(block, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    exec(compile(block, "README.md", "exec"), {"__name__": "__readme__"})


@pytest.mark.parametrize(
    "script", sorted(p for p in (ROOT / "examples").glob("*.py") if p.name != "make_bulletin.py"), ids=lambda p: p.name
)
def test_examples_run(script, tmp_path):
    args = [str(tmp_path / "review.png")] if script.name == "review_screenshot.py" else []  # never into the checkout
    proc = subprocess.run([sys.executable, str(script), *args], cwd=ROOT, capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()
    if args:
        assert Image.open(args[0]).size == (1400, 760)
    if script.name == "library_usage.py":
        assert "141181199001011235" not in proc.stdout.decode() and "张某" in proc.stdout.decode()


def test_bundled_bulletin_is_what_the_generator_makes(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "examples" / "make_bulletin.py"), "--out", str(tmp_path)],
                          cwd=ROOT, capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()
    for name in ("曝光公告.txt", "违法名单.csv", "行政处罚决定书.txt"):
        assert (tmp_path / name).read_bytes() == (ROOT / "examples" / "bulletin" / name).read_bytes()
    assert (tmp_path / "图片" / "证据组图.jpg").exists()
    made, bundled = (pdfium.PdfDocument(p / "处罚决定书.pdf") for p in (tmp_path, ROOT / "examples" / "bulletin"))
    assert made[0].get_textpage().get_text_range() == bundled[0].get_textpage().get_text_range()
    assert made.get_metadata_value("Title") == bundled.get_metadata_value("Title")


def test_prepublish_gate_script(tmp_path):
    env = {**__import__("os").environ, "REDACT": f"{sys.executable} -m redact"}
    gate = ROOT / "examples" / "prepublish_gate.sh"
    ok = subprocess.run(["bash", str(gate), str(ROOT / "examples" / "bulletin"), str(tmp_path / "out")],
                        cwd=ROOT, capture_output=True, env=env, timeout=600)
    assert ok.returncode == 0, ok.stderr.decode()
    assert "ready to publish" in ok.stdout.decode()
    (tmp_path / "out" / "leak.txt").write_text("身份证号141181199001011235", encoding="utf-8")
    bad = subprocess.run(["bash", "-c", f"{sys.executable} -m redact check {tmp_path / 'out'}"], capture_output=True, cwd=ROOT)
    assert bad.returncode == 1


def test_cli_reference_in_readme_is_current():
    from redact.cli_docs import END, START, reference

    block = README[README.index(START) : README.index(END) + len(END)]
    assert block == reference(), "run: python -m redact.cli_docs"
