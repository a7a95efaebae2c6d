"""Run the bundled bulletin, open its review page in headless Chromium and save a screenshot.

    python examples/review_screenshot.py examples/review.png

Reproduces the picture in the README: a run into a temporary folder, ``redact review`` on it,
one finding selected and its original value shown. Needs Debian's chromium and Playwright
(the dev extras).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(target: str) -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        subprocess.run([sys.executable, "-m", "redact", "run", str(HERE / "bulletin"), "-o", str(out), "--quiet"], check=True)
        server = subprocess.Popen([sys.executable, "-m", "redact", "review", str(out), "--port", "0", "--reviewer", "审核员"],
                                  stdout=subprocess.PIPE, text=True)
        try:
            url = server.stdout.readline().strip()
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=[
                    "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"])
                page = browser.new_page(viewport={"width": 1400, "height": 760})
                page.goto(url)
                page.click("#file-list li[data-file='行政处罚决定书.txt']")
                page.wait_for_selector("mark[data-type='PERSON']")
                page.click("mark[data-type='CN_PHONE_NUMBER']")
                page.keyboard.press("o")
                page.wait_for_selector("#original-value:not([hidden])")
                page.screenshot(path=target)
                browser.close()
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
