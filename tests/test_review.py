"""The review step (issue 25): a reviewer's decisions rewrite outputs through the pipeline, are
logged without values, and gate publication; the page works in a real browser."""

from __future__ import annotations

import http.client
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import redact
from redact.check import check
from redact.errors import UsageError
from redact.review.server import ReviewServer
from redact.review.session import ReviewSession
from redact.state import state_dir

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
NOTICE = "当事人张伟驾驶湘A·5G789，联系电话13812345678。向阳路口有监控。\n举报电话：0731-84112233\n"


def _photo(path: Path) -> None:
    from benchmarks.corpus import Gen
    from benchmarks.scenes import scene

    img, _, _ = scene(Gen(11), 800, 600)
    img.save(path, format="JPEG", quality=95)


@pytest.fixture()
def finished_run(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "notice.txt").write_text(NOTICE, encoding="utf-8")
    (src / "list.csv").write_text("姓名,身份证号\n李明,141181199001011235\n", encoding="utf-8")
    _photo(src / "photo.jpg")
    assert redact.run(src, out, progress=False).ok
    return src, out


def _spot(view: dict, entity_type: str) -> list:
    for unit in view["units"]:
        for piece in unit["pieces"]:
            if piece.get("mark") and piece["mark"]["entity_type"] == entity_type:
                return piece["mark"]["spot"]
    raise AssertionError(f"no {entity_type} finding in the view")


def _audit(out: Path) -> list[dict]:
    return [json.loads(line) for line in (state_dir(out) / "audit.jsonl").read_text(encoding="utf-8").splitlines()]


def test_decisions_rewrite_the_output_and_are_logged_without_values(finished_run):
    src, out = finished_run
    session = ReviewSession(out, "王审核")
    assert [f["file"] for f in session.files()] == ["list.csv", "notice.txt", "photo.jpg"]
    view = session.view("notice.txt")
    phone = _spot(view, "CN_PHONE_NUMBER")
    assert session.original("notice.txt", phone[0], phone[2], phone[3]) == "13812345678"
    session.decide("notice.txt", "reject", phone)
    assert "13812345678" in (out / "notice.txt").read_text(encoding="utf-8")  # the value is written back
    start = NOTICE.index("向阳")
    session.decide("notice.txt", "add_span", ["text", "PERSON", start, start + 2], "PERSON")
    text = (out / "notice.txt").read_text(encoding="utf-8")
    assert "向某路口" in text and "张伟" not in text and "5G789" not in text
    session.decide("notice.txt", "undo", phone)
    assert "13812345678" not in (out / "notice.txt").read_text(encoding="utf-8")
    session.decide("notice.txt", "approve")
    assert session.status("notice.txt") == "approved"

    records = [r for r in _audit(out) if r["type"] == "review"]
    assert [r["decision"] for r in records] == ["reject", "add_span", "undo", "approve"]
    assert all(r["reviewer"] == "王审核" and r["output_sha256"] for r in records)
    logged = json.dumps(_audit(out), ensure_ascii=False) + (state_dir(out) / "review.json").read_text(encoding="utf-8")
    for value in ("13812345678", "张伟", "向阳", "5G789"):
        assert value not in logged
    assert redact.audit.verify(state_dir(out) / "audit.jsonl").ok
    # A rerun keeps the reviewed output: input, policy and output are as recorded.
    again = redact.run(src, out, progress=False)
    assert again.skipped == 3 and "向某路口" in (out / "notice.txt").read_text(encoding="utf-8")


def test_the_gate_knows_what_is_approved(finished_run):
    _, out = finished_run
    assert check(out).clean
    report = check(out, require_approval=True)
    assert report.unapproved == ["list.csv", "notice.txt", "photo.jpg"] and not report.clean
    session = ReviewSession(out, "王审核")
    for name in ("list.csv", "notice.txt", "photo.jpg"):
        session.decide(name, "approve")
    assert check(out, require_approval=True).clean
    spot = _spot(session.view("list.csv"), "PERSON")
    session.decide("list.csv", "reject", spot)  # a changed output needs approving again
    assert session.status("list.csv") == "pending"
    assert check(out, require_approval=True).unapproved == ["list.csv"]
    (out / "notice.txt").write_text("edited by hand", encoding="utf-8")
    assert "notice.txt" in check(out, require_approval=True).unapproved
    proc = subprocess.run([sys.executable, "-m", "redact", "check", str(out), "--require-approval"],
                          capture_output=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 1 and b"list.csv: not approved" in proc.stdout
    assert session.view("notice.txt")["status"] == "changed"
    with pytest.raises(UsageError, match="changed outside redact"):
        session.decide("notice.txt", "approve")


def test_photo_boxes_added_and_left_as_taken(finished_run):
    src, out = finished_run
    session = ReviewSession(out, "王审核")
    view = session.view("photo.jpg")
    assert view["regions"], "the plate's region"
    before = np.asarray(Image.open(out / "photo.jpg")).astype(int)
    session.decide("photo.jpg", "add_box", box=[20, 20, 120, 90], entity_type="FACE")
    after = np.asarray(Image.open(out / "photo.jpg")).astype(int)
    assert np.abs(after[25:85, 25:115] - before[25:85, 25:115]).mean() > 1  # blurred now
    region = next(r for r in session.view("photo.jpg")["regions"] if r["source"] != "reviewer")
    session.decide("photo.jpg", "reject_box", box=region["box"])
    x1, y1, x2, y2 = region["box"]
    original = np.asarray(Image.open(src / "photo.jpg")).astype(int)
    now = np.asarray(Image.open(out / "photo.jpg")).astype(int)
    assert np.abs(now[y1:y2, x1:x2] - original[y1:y2, x1:x2]).mean() < 6  # as taken (JPEG re-encoded)
    assert [r["decision"] for r in _audit(out) if r["type"] == "review"] == ["add_box", "reject_box"]


def test_a_pdf_is_reviewed_by_its_text(tmp_path):
    import pypdfium2 as pdfium

    from benchmarks.pdf_docs import text_pdf

    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "decision.pdf").write_bytes(text_pdf(NOTICE))
    assert redact.run(src, out, progress=False).ok
    session = ReviewSession(out, "王审核")
    view = session.view("decision.pdf")
    assert view["kind"] == "pdf" and view["units"] and "pictures" in view["note"]
    phone = _spot(view, "CN_PHONE_NUMBER")
    session.decide("decision.pdf", "reject", phone)
    doc = pdfium.PdfDocument((out / "decision.pdf").read_bytes())
    layer = "".join(page.get_textpage().get_text_range() for page in doc)
    assert "13812345678" in layer and "张伟" not in layer


def test_box_decisions_can_be_undone(finished_run):
    _, out = finished_run
    session = ReviewSession(out, "王审核")
    first = (out / "photo.jpg").read_bytes()
    session.decide("photo.jpg", "add_box", box=[20, 20, 120, 90], entity_type="FACE")
    assert any(r["added"] for r in session.view("photo.jpg")["regions"])
    session.decide("photo.jpg", "undo_box", box=[20, 20, 120, 90])
    assert not any(r.get("added") for r in session.view("photo.jpg")["regions"])
    assert (out / "photo.jpg").read_bytes() == first  # the same pipeline, the same bytes


def test_decisions_on_an_older_input_are_dropped(finished_run):
    src, out = finished_run
    session = ReviewSession(out, "王审核")
    phone = _spot(session.view("notice.txt"), "CN_PHONE_NUMBER")
    session.decide("notice.txt", "reject", phone)
    (src / "notice.txt").write_text("另一份：当事人李强，手机13912345678，" + NOTICE, encoding="utf-8")
    assert redact.run(src, out, progress=False).ok
    text = (out / "notice.txt").read_text(encoding="utf-8")
    assert "13812345678" not in text and "13912345678" not in text
    fresh = ReviewSession(out, "王审核")
    assert fresh.review_of("notice.txt") == redact.decisions.Review()  # the old position points elsewhere now
    assert not any(p.get("mark", {}).get("decision") for u in fresh.view("notice.txt")["units"] for p in u["pieces"])
    fresh.decide("notice.txt", "approve")
    assert "13812345678" not in (out / "notice.txt").read_text(encoding="utf-8")


def test_refuses_what_it_cannot_review(tmp_path, finished_run):
    _, out = finished_run
    with pytest.raises(UsageError, match="no finished run"):
        ReviewSession(tmp_path / "nothing", "x")
    with pytest.raises(UsageError, match="--src"):
        ReviewSession(out, "x", src=tmp_path / "gone")
    session = ReviewSession(out, "x")
    with pytest.raises(UsageError, match="unknown action"):
        session.decide("notice.txt", "delete")
    with pytest.raises(UsageError, match="no such file"):
        session.view("../src/notice.txt")


def test_keyed_log_needs_the_key(tmp_path, monkeypatch):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(NOTICE, encoding="utf-8")
    assert redact.run(src, out, progress=False, audit_key=b"k" * 32).ok
    with pytest.raises(UsageError, match="keyed"):
        ReviewSession(out, "x")
    session = ReviewSession(out, "x", audit_key=b"k" * 32)
    session.decide("a.txt", "approve")
    assert redact.audit.verify(state_dir(out) / "audit.jsonl", b"k" * 32).ok


def _get(port: int, path: str, headers=None) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", path, headers=headers or {})
    response = conn.getresponse()
    return response.status, response.read()


@pytest.fixture()
def served(finished_run):
    """``redact review OUT --port 0`` as a user starts it; yields (url, out, process)."""
    _, out = finished_run
    proc = subprocess.Popen([sys.executable, "-m", "redact", "review", str(out), "--port", "0", "--reviewer", "王审核"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        url = proc.stdout.readline().strip()
        yield url, out, proc
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_cli_serves_on_localhost_with_a_token(served):
    url, out, _ = served
    assert url.startswith("http://127.0.0.1:") and "/?token=" in url
    port, token = int(url.split(":")[2].split("/")[0]), url.split("token=")[1]
    assert _get(port, "/")[0] == 403
    assert _get(port, "/?token=wrong")[0] == 403
    assert _get(port, "/api/files")[0] == 403
    assert _get(port, f"/?token={token}", {"Host": f"evil.example:{port}"})[0] == 403  # DNS rebinding
    status, body = _get(port, f"/?token={token}")
    assert status == 200 and b"redact review" in body
    assert all(f'data-file="{name}"'.encode() in body for name in ("list.csv", "notice.txt", "photo.jpg"))
    status, body = _get(port, "/api/files", {"X-Redact-Token": token})
    assert status == 200 and [f["file"] for f in json.loads(body)["files"]] == ["list.csv", "notice.txt", "photo.jpg"]


def test_the_page_lists_the_files_in_headless_chromium(served):
    """As a browser dumps the page, scripts run: every file of the run is listed."""
    url, _, _ = served
    assert CHROMIUM, "CI installs chromium (.ci/run)"
    proc = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                           "--disable-background-networking", "--virtual-time-budget=5000", "--dump-dom", url],
                          capture_output=True, timeout=120)
    dom = proc.stdout.decode()
    for name in ("list.csv", "notice.txt", "photo.jpg"):
        assert f'data-file="{name}"' in dom


def test_server_binds_loopback_only(finished_run):
    _, out = finished_run
    server = ReviewServer(ReviewSession(out, "x"), 0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


@pytest.fixture()
def browser():
    assert CHROMIUM, "CI installs chromium (.ci/run)"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        try:
            yield b
        finally:
            b.close()


def test_the_main_flows_in_a_browser(served, browser):
    url, out, _ = served
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.wait_for_selector("#file-list li")
    assert page.locator("#file-list li .name").all_text_contents() == ["list.csv", "notice.txt", "photo.jpg"]

    page.click("#file-list li[data-file='notice.txt']")
    page.wait_for_selector("mark[data-type='CN_PHONE_NUMBER']")
    page.click("mark[data-type='PERSON']")
    page.keyboard.press("a")  # accept
    page.wait_for_selector("mark.accepted")
    page.click("mark[data-type='CN_PHONE_NUMBER']")
    page.keyboard.press("o")
    page.wait_for_selector("#original-value:not([hidden])")
    assert page.text_content("#original-value") == "13812345678"
    page.keyboard.press("r")  # reject: written back
    page.wait_for_selector("mark.rejected")
    assert "13812345678" in (out / "notice.txt").read_text(encoding="utf-8")
    # add a span: select 向阳 in the plain text and press s
    page.evaluate("""() => {
        const span = [...document.querySelectorAll('span[data-start]')].find(s => s.textContent.includes('向阳'));
        const node = span.firstChild, at = node.textContent.indexOf('向阳');
        const range = document.createRange();
        range.setStart(node, at); range.setEnd(node, at + 2);
        getSelection().removeAllRanges(); getSelection().addRange(range);
    }""")
    page.keyboard.press("s")
    page.wait_for_selector("mark.added")
    assert "向某路口" in (out / "notice.txt").read_text(encoding="utf-8")
    page.keyboard.press("p")  # approve
    page.wait_for_selector("#file-status.approved")

    page.keyboard.press("]")
    page.wait_for_selector("#photo-img")
    page.wait_for_function("document.getElementById('photo-img').complete")
    box = page.locator("#photo-img").bounding_box()
    page.mouse.move(box["x"] + 10, box["y"] + 10)
    page.mouse.down()
    page.mouse.move(box["x"] + 60, box["y"] + 50, steps=5)
    page.mouse.up()
    page.wait_for_selector(".region.added")
    page.keyboard.press("p")
    page.wait_for_selector("#file-status.approved")
    assert page.text_content("#progress") == "2 of 3 approved"
    decisions = [r["decision"] for r in _audit(out) if r["type"] == "review"]
    assert decisions == ["accept", "reject", "add_span", "approve", "add_box", "approve"]
    assert not errors
    page.screenshot(path=str(out.parent / "review.png"))
