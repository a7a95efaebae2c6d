"""Large inputs: long texts read in windows, large lists streamed, and both read as one document."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import redact
from benchmarks.corpus import Gen, bulletin, table
from redact import stream, windows
from redact.batch import state_dir
from redact.resolve import resolve_overlaps


def _spans(findings):
    return sorted((f.entity_type, f.start, f.end) for f in findings)


@pytest.mark.parametrize("breaks", ["lines", "none"])
def test_reading_in_windows_finds_what_one_reading_finds(redactor, breaks):
    g = Gen(11)
    text = "".join(bulletin(g, 10).text for _ in range(6))
    if breaks == "none":  # a log pasted without a line break: the cuts fall inside sentences
        text = text.replace("\n", "").replace("。", "，")
    whole = redactor.read(text)
    assert len(text) < windows.SIZE and len(whole) > 100
    windowed = resolve_overlaps(windows.read_in_windows(text, redactor.read, size=900, overlap=windows.OVERLAP))
    assert _spans(windowed) == _spans(whole)


def test_values_that_cross_a_cut_are_found_whole(redactor):
    g = Gen(12)
    filler = "违法行为已处理完毕相关车辆已放行" * 200
    values = [g.id18(), g.mobile(), g.id18()]
    text, planted = "", []
    for k, value in enumerate(values):  # each value straddles a hard cut (no breaks to cut at)
        text += filler[: 1000 * (k + 1) - len(text) - 5] if len(text) < 1000 * (k + 1) - 5 else ""
        planted.append((len(text), len(text) + len(value)))
        text += value
    text += filler[:300]
    cuts = [w.own_end for w in windows.cut(text, size=1000)]
    assert all(any(s < c < e for s, e in planted) for c in cuts[:3])
    found = resolve_overlaps(windows.read_in_windows(text, redactor.read, size=1000))
    assert sorted((f.start, f.end) for f in found) == planted


def test_a_long_text_is_operated_on_in_pieces(redactor, monkeypatch):
    g = Gen(13)
    text = "".join(bulletin(g, 10).text for _ in range(4))
    whole = redactor.redact_text(text)
    monkeypatch.setattr(windows, "SIZE", 700)
    pieces = redactor.redact_text(text)
    assert pieces.text == whole.text and pieces.replacements == whole.replacements


def _folder(tmp_path: Path) -> Path:
    g = Gen(14)
    src = tmp_path / "src"
    src.mkdir()
    # 宋晓鸥 is named by a cue only at the end: the first chunk learns it in the second pass.
    text = "报警人称宋晓鸥酒后滋事。\n" + "".join(bulletin(g, 12).text for _ in range(25)) + "被告人宋晓鸥，男，1980年生。\n"
    (src / "曝光.txt").write_text(text, encoding="utf-8")
    rows = table(g, 1500).text
    (src / "名单.csv").write_bytes(rows.rstrip("\n").encode("gb18030"))  # no newline at the end
    return src


def test_a_large_list_is_streamed_with_the_output_of_a_whole_reading(tmp_path, monkeypatch):
    src = _folder(tmp_path)
    whole = redact.run(src, tmp_path / "whole", progress=False)
    monkeypatch.setattr(stream, "CHUNK_CHARS", 4000)
    monkeypatch.setattr(stream, "CHUNK_ROWS", 300)
    streamed = redact.run(src, tmp_path / "streamed", policy={"limits": {"stream_from_mb": 0.01}}, progress=False)
    assert whole.done == streamed.done == 2
    for name in ("曝光.txt", "名单.csv"):
        assert (tmp_path / "streamed" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes()
    assert "宋晓鸥" not in (tmp_path / "streamed" / "曝光.txt").read_text(encoding="utf-8")
    assert streamed.findings == whole.findings
    log = state_dir(tmp_path / "streamed") / "audit.jsonl"
    assert redact.audit.verify(log).ok
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    files = {r["file"]: r["findings"] for r in records if r["type"] == "file"}
    found = [r for r in records if r["type"] == "finding"]
    assert files["曝光.txt"] + files["名单.csv"] == len(found) == sum(whole.findings.values()) + sum(whole.kept.values())
    assert not list((state_dir(tmp_path / "streamed") / "spool").iterdir())  # spools removed once logged
    # The gate reads a large list chunk by chunk too (the run's policy): on the inputs it
    # finds every value the run masked, and it scans the output.
    policy = {"limits": {"stream_from_mb": 0.01}}
    assert len(redact.check(src, policy=policy).findings) >= sum(whole.findings.values())
    assert not redact.check(tmp_path / "streamed").unscanned


def test_a_streamed_file_that_does_not_decode_is_quarantined_with_nothing_written(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    good = "当事人张伟，电话13812345678。\n" * 2000
    (src / "log.txt").write_bytes(good.encode() + b"\xff\xfe\xfa bad" + good.encode())
    summary = redact.run(src, tmp_path / "out", policy={"limits": {"stream_from_mb": 0.01}}, progress=False)
    assert summary.quarantined and "encoding" in summary.quarantined[0][1]
    assert not any((tmp_path / "out").rglob("*.txt*"))


def test_a_file_over_the_whole_file_limit_is_refused_before_it_is_read(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "data.json").write_text(json.dumps({"备注": "当事人张伟。" * 200_000}, ensure_ascii=False), encoding="utf-8")
    (src / "note.txt").write_text("当事人张伟，电话13812345678。", encoding="utf-8")
    summary = redact.run(src, tmp_path / "out", policy={"limits": {"whole_file_mb": 1}}, progress=False)
    assert summary.done == 1
    assert summary.quarantined == [("data.json", summary.quarantined[0][1])]
    assert "over the limit of 1 MB for a file read whole" in summary.quarantined[0][1]
    assert not (tmp_path / "out" / "data.json").exists()
