"""`redact run` over a real folder tree: formats, encodings, quarantine, resume, SIGKILL, no leaks."""

from __future__ import annotations

import codecs
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from docx import Document
from openpyxl import load_workbook

import redact
from redact.batch import state_dir
from tests.folder_tree import build_tree

ROOT = Path(__file__).resolve().parent.parent


def cli(*args: str, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "redact", *args], capture_output=True, cwd=ROOT,
        env={**os.environ, **(env or {})}, timeout=timeout,
    )


def all_text(folder: Path) -> str:
    """Every byte under a folder as text, office files unzipped, PDFs' text extracted, so
    planted values can be grepped."""
    chunks = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if path.suffix == ".pdf" and data.rstrip().endswith(b"%%EOF"):
            doc = pdfium.PdfDocument(data)
            chunks.append("".join(doc[i].get_textpage().get_text_range() for i in range(len(doc))).replace("\r\n", ""))
        if path.suffix in (".docx", ".xlsx") and zipfile.is_zipfile(io.BytesIO(data)):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                data = b"".join(z.read(n) for n in z.namelist())
        for enc in ("utf-8", "gb18030", "utf-16"):
            chunks.append(data.decode(enc, errors="ignore"))
    return "\n".join(chunks)


@pytest.fixture(scope="module")
def ran(tmp_path_factory):
    base = tmp_path_factory.mktemp("batch")
    tree = build_tree(base / "源文件")
    before = {p: p.read_bytes() for p in tree.root.rglob("*") if p.is_file()}
    proc = cli("run", str(tree.root), "-o", str(base / "out"), "--workers", "2")
    return tree, base / "out", proc, before


def test_exit_code_and_summary(ran):
    tree, out, proc, _ = ran
    err = proc.stderr.decode()
    assert proc.returncode == 1, err  # quarantined files make the run fail
    assert "13 de-identified" in err and "4 quarantined" in err
    for rel, words in tree.bad.items():
        assert rel in err and words in err


def test_quarantined_files_are_not_written(ran):
    tree, out, _, _ = ran
    for rel in tree.bad:
        assert not (out / rel).exists()
    assert (out / "empty.txt").read_bytes() == b""


def test_inputs_untouched(ran):
    tree, _, _, before = ran
    assert {p: p.read_bytes() for p in tree.root.rglob("*") if p.is_file()} == before


def test_no_planted_value_anywhere_in_output_audit_or_summary(ran):
    tree, out, proc, _ = ran
    haystack = all_text(out) + proc.stdout.decode() + proc.stderr.decode()
    leaked = [v for v in tree.planted if v in haystack]
    assert leaked == []


def test_encodings_are_kept(ran):
    _, out, _, _ = ran
    gbk = (out / "通告" / "gbk公告.txt").read_bytes()
    assert "驾驶人" in gbk.decode("gb18030") and "****" in gbk.decode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        gbk.decode("utf-8")
    assert (out / "bom.md").read_bytes().startswith(codecs.BOM_UTF8)
    utf16 = (out / "utf16.txt").read_bytes()
    assert utf16[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) and "公告" in utf16.decode("utf-16")


def test_csv_columns(ran):
    _, out, _, _ = ran
    rows = (out / "名单.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "序号,号牌号码,当事人,联系电话,身份证号"
    cells = rows[1].split(",")
    assert cells[2].endswith("某") and "****" in cells[3] and cells[4].endswith("************")
    assert rows[2] == "2,无,无,无,无"  # placeholders under a name header are left alone


def test_xlsx_column_header_covers_undetectable_names(ran):
    _, out, _, _ = ran
    sheet = load_workbook(out / "名单.xlsx")["名单"]
    assert [c.value for c in sheet[1]] == ["序号", "当事人", "身份证号", "手机"]
    assert sheet["B2"].value == "钱某"  # no cue inside the cell: the header decides
    assert str(sheet["D2"].value).count("*") == 4  # a phone stored as a number
    assert sheet["A2"].value == 1


def test_docx_runs_and_tables(ran):
    _, out, _, _ = ran
    doc = Document(out / "深层" / "二级" / "决定书.docx")
    para = doc.paragraphs[0]
    assert para.text.startswith("被处罚人") and "某" in para.text
    assert para.runs[1].bold  # the replacement sits in the surname's bold run
    assert doc.tables[0].rows[1].cells[0].text == "孙某"
    assert doc.tables[0].rows[2].cells[0].text == "周某"  # every row, not only the first


def test_html_markup_untouched(ran):
    _, out, _, _ = ran
    html = (out / "page.html").read_text(encoding="utf-8")
    assert html.startswith('<html><head><title>公告</title><style>p{color:red}</style></head><body><p class="x" title="车主')
    assert 'alt="' in html and "****" in html and html.endswith("</body></html>")


def test_image_in_the_tree(ran):
    from PIL import Image

    tree, out, _, _ = ran
    src, dst = Image.open(tree.root / "图片" / "抓拍.jpg"), Image.open(out / "图片" / "抓拍.jpg")
    assert dst.format == "JPEG" and dst.size == src.size
    audit = (state_dir(out) / "audit.jsonl").read_text(encoding="utf-8")
    assert '"location":"image box (' in audit and '"file":"图片/抓拍.jpg"' in audit


def test_json_keys_kept(ran):
    _, out, _, _ = ran
    data = json.loads((out / "data.json").read_text(encoding="utf-8"))
    assert list(data) == ["姓名", "记录"] and data["姓名"].endswith("某")
    assert "****" in data["记录"][0]["电话"]


def test_gate_and_audit_on_the_output(ran):
    _, out, _, _ = ran
    gate = cli("check", str(out))
    assert gate.returncode == 0, gate.stdout.decode() + gate.stderr.decode()
    verify = cli("audit", "verify", str(state_dir(out) / "audit.jsonl"))
    assert verify.returncode == 0 and verify.stdout.decode().startswith("intact")


def test_gate_fails_on_the_input_and_never_prints_values(ran):
    tree, _, _, _ = ran
    gate = cli("check", str(tree.root), "--json")
    assert gate.returncode == 1
    report = json.loads(gate.stdout.decode())
    assert not report["clean"] and report["findings"]
    assert {u["file"] for u in report["unscanned"]} == set(tree.bad)
    assert not [v for v in tree.planted if v in gate.stdout.decode() + gate.stderr.decode()]


def test_rerun_skips_and_redoes_changed_files(tmp_path):
    tree = build_tree(tmp_path / "src")
    out = tmp_path / "out"
    first = redact.run(tree.root, out, workers=1, progress=False)
    assert first.done == 13
    again = redact.run(tree.root, out, workers=1, progress=False)
    assert (again.done, again.skipped) == (0, 13)
    (tree.root / "名单.csv").write_text("姓名\n张三\n", encoding="utf-8")
    changed = redact.run(tree.root, out, workers=1, progress=False)
    assert (changed.done, changed.skipped) == (1, 12)
    assert (out / "名单.csv").read_text(encoding="utf-8") == "姓名\n张某\n"
    forced = redact.run(tree.root, out, workers=1, progress=False, force=True)
    assert forced.done == 13
    assert redact.audit.verify(state_dir(out) / "audit.jsonl").ok


def test_rerun_after_an_upgrade_redoes_every_file(tmp_path, monkeypatch):
    """Outputs made by another version of the code or the model are not trusted: the new
    version may find what the old one let through."""
    tree = build_tree(tmp_path / "src")
    out = tmp_path / "out"
    redact.run(tree.root, out, workers=1, progress=False)
    monkeypatch.setattr(redact.batch, "detector_digest", lambda: "another version")
    upgraded = redact.run(tree.root, out, workers=1, progress=False)
    assert (upgraded.done, upgraded.skipped) == (13, 0)
    again = redact.run(tree.root, out, workers=1, progress=False)
    assert (again.done, again.skipped) == (0, 13)


def test_files_digest_changes_with_any_file_name_or_byte(tmp_path):
    from redact.batch import files_digest

    (tmp_path / "code").mkdir()
    (tmp_path / "model").mkdir()
    (tmp_path / "code" / "rules.py").write_text("CUES = ('当事人',)\n", encoding="utf-8")
    (tmp_path / "model" / "weights.bin").write_bytes(b"\x00\x01")
    trees = [("code", tmp_path / "code", "*.py"), ("model", tmp_path / "model", "*")]
    before = files_digest(trees)
    (tmp_path / "model" / "weights.bin").write_bytes(b"\x00\x02")
    after_weights = files_digest(trees)
    (tmp_path / "code" / "rules.py").rename(tmp_path / "code" / "cues.py")
    after_rename = files_digest(trees)
    assert len({before, after_weights, after_rename}) == 3
    (tmp_path / "code" / "notes.txt").write_text("not code", encoding="utf-8")
    assert files_digest(trees) == after_rename  # only what the pattern names counts


def test_tampered_output_is_redone(tmp_path):
    tree = build_tree(tmp_path / "src")
    out = tmp_path / "out"
    redact.run(tree.root, out, workers=1, progress=False)
    (out / "bom.md").write_text("edited by hand", encoding="utf-8")
    summary = redact.run(tree.root, out, workers=1, progress=False)
    assert summary.done == 1 and (out / "bom.md").read_bytes().startswith(codecs.BOM_UTF8)


@pytest.mark.parametrize(
    ("src", "out", "message"),
    [
        pytest.param("src", "src/out", "OUT lies inside SRC", id="out-inside-src"),
        pytest.param("src/inner", "src", "SRC lies inside OUT", id="src-inside-out"),
        pytest.param("missing", "out", "no such folder", id="missing-src"),
        pytest.param("src/a.txt", "out", "SRC is a file, not a folder", id="file-as-src"),
        pytest.param("empty", "out", "SRC holds no files", id="empty-src"),
    ],
)
def test_refused_layouts(tmp_path, src, out, message):
    (tmp_path / "src" / "inner").mkdir(parents=True)
    (tmp_path / "src" / "a.txt").write_text("公告", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    proc = cli("run", str(tmp_path / src), "-o", str(tmp_path / out))
    assert proc.returncode == 2 and message in proc.stderr.decode()


def test_symlinks_are_not_followed(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("身份证号141181199001011235", encoding="utf-8")
    src = tmp_path / "src"
    src.mkdir()
    (src / "ok.txt").write_text("公告", encoding="utf-8")
    (src / "link.txt").symlink_to(outside / "secret.txt")
    (src / "dir").symlink_to(outside)
    summary = redact.run(src, tmp_path / "out", workers=1, progress=False)
    assert dict(summary.quarantined) == {
        "link.txt": "symbolic link (not followed)",
        "dir": "symbolic link to a folder (not followed)",
    }
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["ok.txt"]  # documents only
    assert sorted(p.name for p in state_dir(tmp_path / "out").iterdir()) == ["audit.jsonl", "manifest.jsonl", "policy.json", "run.json"]


def test_dry_run_writes_nothing(tmp_path):
    tree = build_tree(tmp_path / "src")
    proc = cli("run", str(tree.root), "-o", str(tmp_path / "out"), "--dry-run")
    assert proc.returncode == 0 and "process" in proc.stdout.decode()
    assert not (tmp_path / "out").exists()
    # It predicts the quarantines, with the run's own reasons (binary .txt, .pdf, a broken xlsx …).
    lines = proc.stdout.decode().splitlines()
    for rel, words in tree.bad.items():
        line = next(text for text in lines if text.rstrip().endswith(rel))
        assert line.startswith("quarantine:") and words in line, line
    assert sum(line.startswith("process") for line in lines) == len(lines) - len(tree.bad)


def _big_tree(root: Path, n: int) -> None:
    root.mkdir(parents=True)
    for i in range(n):
        sub = root / f"d{i % 7}"
        sub.mkdir(exist_ok=True)
        (sub / f"f{i}.txt").write_text(f"第{i}号：驾驶人张伟驾驶晋J·A12B3，电话13812345678。\n" * 3, encoding="utf-8")


def test_sigkill_midway_then_rerun_matches_a_clean_run(tmp_path):
    src = tmp_path / "src"
    _big_tree(src, 400)
    clean = tmp_path / "clean"
    assert cli("run", str(src), "-o", str(clean), "--workers", "1", "--quiet").returncode == 0

    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "redact", "run", str(src), "-o", str(out), "--workers", "2", "--quiet"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    deadline = time.time() + 120
    while time.time() < deadline and len(list(out.rglob("f*.txt"))) < 40:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    written = len(list(out.rglob("f*.txt")))
    assert 0 < written < 400, "the run must be killed midway"

    rerun = cli("run", str(src), "-o", str(out), "--workers", "2", "--quiet")
    assert rerun.returncode == 0, rerun.stderr.decode()
    files = sorted(p.relative_to(clean) for p in clean.rglob("f*.txt"))
    assert files == sorted(p.relative_to(out) for p in out.rglob("f*.txt"))
    assert all((clean / f).read_bytes() == (out / f).read_bytes() for f in files)
    assert not list(out.rglob("*.tmp"))
    assert redact.audit.verify(state_dir(out) / "audit.jsonl").ok


def test_chunks_keep_order_and_send_large_files_alone(tmp_path):
    """Short texts travel together, a photo-sized file alone, and the order of the files holds."""
    from redact.batch import CHUNK_BYTES, chunked

    names = []
    for i in range(10):
        name = f"{i:02d}.{'jpg' if i in (2, 3) else 'txt'}"
        (tmp_path / name).write_bytes(b"x" * (CHUNK_BYTES if i in (2, 3) else 100))
        names.append(name)
    chunks = chunked(names, str(tmp_path), 4)
    assert [rel for chunk in chunks for rel in chunk] == names
    assert ["02.jpg"] in chunks and ["03.jpg"] in chunks
    assert max(len(chunk) for chunk in chunks) == 4


def test_check_on_an_empty_folder_is_a_usage_error(tmp_path):
    proc = cli("check", str(tmp_path))
    assert proc.returncode == 2 and "holds no files" in proc.stderr.decode()


def test_a_misspelt_preset_is_named(tmp_path):
    proc = cli("text", "--policy", "courts", str(ROOT / "README.md"))
    assert proc.returncode == 2 and "did you mean the preset 'court'" in proc.stderr.decode()


@pytest.mark.parametrize(("sig", "workers"), [(signal.SIGINT, "1"), (signal.SIGTERM, "2")])
def test_a_stopped_run_ends_in_order_and_resumes(tmp_path, sig, workers):
    """Ctrl-C or SIGTERM: no traceback, no temporaries, OUT holds exactly the files the log
    records, the log verifies (an interrupted run), and a rerun finishes the job."""
    src, out = tmp_path / "src", tmp_path / "out"
    _big_tree(src, 120)
    proc = subprocess.Popen(
        [sys.executable, "-m", "redact", "run", str(src), "-o", str(out), "--workers", workers, "--quiet"],
        cwd=ROOT, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and sum(1 for _ in out.rglob("f*.txt")) >= 3:
            break
        time.sleep(0.02)
    proc.send_signal(sig)
    err = proc.communicate(timeout=120)[1].decode()
    if proc.returncode == 0:
        pytest.skip("the run finished before the signal")
    assert proc.returncode == 4 and "interrupted" in err and "Traceback" not in err, err
    assert not [p for p in out.rglob("*.tmp")]
    records = [json.loads(line) for line in (state_dir(out) / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    done = {r["file"] for r in records if r["type"] == "file" and r["status"] == "done"}
    written = {p.relative_to(out).as_posix() for p in out.rglob("f*.txt")}
    assert written == done and len(done) < 120
    assert records[-1]["type"] == "run_footer" and records[-1]["interrupted"] and records[-1]["files_total"] == len(done)
    report = redact.audit.verify(state_dir(out) / "audit.jsonl")
    assert report.ok and report.interrupted_runs
    assert cli("run", str(src), "-o", str(out), "--quiet").returncode == 0
    assert {p.relative_to(out).as_posix() for p in out.rglob("f*.txt")} == {p.relative_to(src).as_posix() for p in src.rglob("*.txt")}


def test_the_gate_reads_columns_and_the_run_s_policy(tmp_path):
    """An 18-digit value under a 身份证号 header that fails the check digit is masked by run and
    seen by check; after a run with an allow list, check OUT needs no --policy again."""
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "名单.csv").write_text("序号,当事人,身份证号\n1,王建军,141181199001011230\n", encoding="utf-8")
    (src / "热线.txt").write_text("联系电话0351-7221234，请拨打。", encoding="utf-8")
    assert {(f.file, f.entity_type) for f in redact.check(src).findings} >= {("名单.csv", "CN_RESIDENT_ID"), ("热线.txt", "CN_PHONE_NUMBER")}
    assert redact.run(src, out, policy={"allow": ["0351-7221234"]}, progress=False).ok
    assert "141181************" in (out / "名单.csv").read_text(encoding="utf-8")
    proc = cli("check", str(out))
    assert proc.returncode == 0, proc.stdout.decode() + proc.stderr.decode()
    assert cli("check", str(out), "--policy", "bulletin").returncode == 1  # told otherwise, it flags the number


def test_a_withdrawn_document_leaves_the_output(tmp_path):
    """Delete an input and rerun: its old output is removed and the audit log says so;
    --keep-withdrawn keeps it."""
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    for name in ("a.txt", "b.txt"):
        (src / name).write_text("驾驶人张伟驾驶晋J·A12B3。", encoding="utf-8")
    assert redact.run(src, out, progress=False).ok
    (src / "b.txt").unlink()
    dry = cli("run", str(src), "-o", str(out), "--dry-run")
    assert "withdraw: its input is gone" in dry.stdout.decode() and (out / "b.txt").exists()
    kept = redact.run(src, out, progress=False, keep_withdrawn=True)
    assert kept.withdrawn == 0 and (out / "b.txt").exists()
    summary = redact.run(src, out, progress=False)
    assert summary.withdrawn == 1 and not (out / "b.txt").exists() and (out / "a.txt").exists()
    records = [json.loads(line) for line in (state_dir(out) / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["file"] for r in records if r["type"] == "withdrawn"] == ["b.txt"]
    assert redact.audit.verify(state_dir(out) / "audit.jsonl").ok
    assert redact.run(src, out, progress=False).withdrawn == 0  # recorded once, not again


# -- OUT holds the documents and nothing else ---------------------------------------------
def test_the_publish_folder_holds_only_documents(ran):
    tree, out, _, _ = ran
    published = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    inputs = {p.relative_to(tree.root).as_posix() for p in tree.root.rglob("*") if p.is_file()}
    assert published <= inputs - set(tree.bad)  # no audit log, manifest, policy or report
    assert (state_dir(out) / "manifest.jsonl").is_file() and state_dir(out).parent == out.parent


@pytest.mark.parametrize("option", ["--audit", "--report"])
def test_an_audit_log_or_report_inside_out_is_refused(tmp_path, option):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("公告", encoding="utf-8")
    proc = cli("run", str(src), "-o", str(tmp_path / "out"), option, str(tmp_path / "out" / "x.jsonl"))
    assert proc.returncode == 2 and "published with the documents" in proc.stderr.decode()
    assert not (tmp_path / "out").exists()


def test_the_gate_fails_on_files_that_are_not_the_run_s_documents(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text("驾驶人张伟驾驶车辆。", encoding="utf-8")
    redact.run(src, out, workers=1, progress=False)
    assert cli("check", str(out)).returncode == 0
    (out / "草稿.txt").write_text("公告", encoding="utf-8")  # copied in by hand: never de-identified
    shutil.copy(state_dir(out) / "audit.jsonl", out / "log.jsonl")
    gate = cli("check", str(out), "--json")
    report = json.loads(gate.stdout.decode())
    reasons = {u["file"]: u["reason"] for u in report["unscanned"]}
    assert gate.returncode == 1 and "not a de-identified document" in reasons["草稿.txt"]
    assert "audit log" in reasons["log.jsonl"]


def test_an_older_run_s_state_inside_out_is_moved_beside_it(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text("驾驶人张伟驾驶车辆。", encoding="utf-8")
    redact.run(src, out, workers=1, progress=False)
    state = state_dir(out)
    state.rename(out / ".redact")  # the layout of runs before 0.2
    (out / ".redact" / "audit.jsonl").rename(out / "audit.jsonl")
    again = redact.run(src, out, workers=1, progress=False)
    assert (again.done, again.skipped) == (0, 1)  # its manifest was read: nothing redone
    assert sorted(p.name for p in out.iterdir()) == ["a.txt"]
    assert redact.audit.verify(state / "audit.jsonl").ok


# -- personal data in file and folder names ---------------------------------------------------
def test_file_and_folder_names_are_de_identified_everywhere(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    (src / "孙丽华案").mkdir(parents=True)
    (src / "处罚决定书_孙丽华.txt").write_text("经查，孙丽华驾驶车辆超速。", encoding="utf-8")
    (src / "孙丽华案" / "笔录.txt").write_text("笔录一份。", encoding="utf-8")
    (src / "13812345678.txt").write_text("来电记录。", encoding="utf-8")
    (src / "决定书_李明.txt").write_text("当事人李明。", encoding="utf-8")
    (src / "决定书_李强.txt").write_text("当事人李强。", encoding="utf-8")
    (src / "孙丽华.bin").write_bytes(b"\x00\x01")  # quarantined: its name must not show either
    report = tmp_path / "report.html"
    proc = cli("run", str(src), "-o", str(out), "--workers", "1", "--report", str(report))
    assert proc.returncode == 1  # the .bin
    published = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert published == sorted(["138＊＊＊＊5678.txt", "处罚决定书_孙某.txt", "孙某案/笔录.txt", "决定书_李某.txt", "决定书_李某 (2).txt"])
    # The name in the file name is one reading with the text: masked there though no cue marks it.
    assert (out / "处罚决定书_孙某.txt").read_text(encoding="utf-8") == "经查，孙某驾驶车辆超速。"
    said = proc.stdout.decode() + proc.stderr.decode() + (state_dir(out) / "audit.jsonl").read_text(encoding="utf-8")
    said += report.read_text(encoding="utf-8")
    for value in ("孙丽华", "13812345678", "李明", "李强"):
        assert value not in said
    assert "孙某.bin" in proc.stderr.decode()  # the quarantined file is named, masked
    again = redact.run(src, out, workers=1, progress=False)
    assert (again.done, again.skipped) == (0, 5)  # each input maps to the same output again
    assert cli("check", str(out)).returncode == 0
    gate = cli("check", str(src / "孙丽华案"), "--json")  # a folder holding a name is read too
    assert gate.returncode == 0
    gate = cli("check", str(src), "--json")
    findings = json.loads(gate.stdout.decode())["findings"]
    assert {(f["file"], f["location"]) for f in findings if "name" in f["location"]} >= {
        ("处罚决定书_孙某.txt", "file name"), ("孙某案/笔录.txt", "folder name 1"), ("138＊＊＊＊5678.txt", "file name"),
    }
    assert not any(v in gate.stdout.decode() for v in ("孙丽华", "13812345678", "李明"))


def test_the_gate_says_line_and_column_and_the_summary_counts_kept_values_apart(tmp_path):
    src, out = tmp_path / "src", tmp_path / "src-out"
    src.mkdir()
    (src / "a.txt").write_text("公告\n第二行：驾驶人张伟驾驶京A·1234警号警车。\n", encoding="utf-8")
    gate = cli("check", str(src))
    assert "a.txt:2:8: PERSON" in gate.stdout.decode()  # 张 is the 8th character of line 2
    report = tmp_path / "report.html"
    proc = cli("run", str(src), "-o", str(out), "--workers", "1", "--report", str(report))
    err = proc.stderr.decode()
    assert "findings: PERSON 1; kept by the policy: CN_LICENSE_PLATE 1" in err
    page = report.read_text(encoding="utf-8")
    assert "Policy: <b>preset bulletin</b>" in page and "kept by the policy" in page
    assert redact.audit.verify(state_dir(out) / "audit.jsonl").ok
