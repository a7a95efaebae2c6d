"""The HTML report: self-contained, renders in headless Chromium, never shows an original value."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    base = tmp_path_factory.mktemp("report")
    proc = subprocess.run(
        [sys.executable, "-m", "redact", "run", str(ROOT / "examples" / "bulletin"), "-o", str(base / "out"),
         "--report", str(base / "report.html"), "--workers", "1"],
        capture_output=True, cwd=ROOT, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    return base / "report.html"


def planted_values() -> list[str]:
    """Every name, ID, phone and plate in the bundled bulletin's CSV."""
    import csv

    with open(ROOT / "examples" / "bulletin" / "违法名单.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [r[k] for r in rows for k in ("号牌号码", "当事人", "联系电话", "身份证号")]


def test_report_is_self_contained_and_leaks_nothing(report):
    page = report.read_text(encoding="utf-8")
    assert "<img" in page and "data:image/jpeg;base64," in page
    assert "http://" not in page and "https://" not in page and "<script" not in page
    assert "CN_RESIDENT_ID" in page and "违法名单.xlsx" in page
    assert [v for v in planted_values() if v in page] == []


@pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"), reason="headless Chromium is not installed")
def test_report_renders_in_headless_chromium(report, tmp_path):
    assert CHROMIUM, "CI installs chromium (.ci/run)"
    profile = tmp_path / "profile"
    dom = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", report.as_uri()],
                         capture_output=True, timeout=120)
    html = dom.stdout.decode()
    assert "De-identification report" in html and html.count("<figure>") == 2
    shot = tmp_path / "report.png"
    subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", f"--screenshot={shot}", "--window-size=1200,1600",
                    report.as_uri()], capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 20_000
    assert [v for v in planted_values() if v in html] == []
