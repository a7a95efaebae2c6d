"""Hostile files: refused before the expensive work, with a reason a clerk understands."""

from __future__ import annotations

import io
import json
import time
import zipfile

import pytest
from docx import Document
from openpyxl import Workbook

from redact import PolicyError, Redactor
from redact.fileproc import process_file, reason_for


def _workbook() -> bytes:
    book = Workbook()
    book.active.append(["姓名", "电话"])
    book.active.append(["张伟", "13812345678"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _inflating(data: bytes, extra_mb: int) -> bytes:
    """``data`` (an office zip) with one more part of ``extra_mb`` MB of zeros: it stays small."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info, src.read(info))
        with z.open("xl/media/padding.bin", "w") as part:
            for _ in range(extra_mb):
                part.write(bytes(1 << 20))
    return out.getvalue()


@pytest.fixture(scope="module")
def tight():
    """A Redactor with low limits, so that small files exceed them."""
    return Redactor({"limits": {"office_inflated_mb": 8, "office_parts": 20, "json_depth": 5, "unit_chars": 1000,
                                "whole_file_mb": 1}})


def test_a_zip_bomb_is_refused_before_it_is_inflated(tight):
    bomb = _inflating(_workbook(), 16)
    assert len(bomb) < 100_000  # 16 MB of zeros, deflated
    started = time.perf_counter()
    outcome = process_file(bomb, "名单.xlsx", tight)
    assert outcome.status == "quarantined" and "inflates to 16 MB" in outcome.reason and "zip bomb" in outcome.reason
    assert "limits.office_inflated_mb" in outcome.reason
    assert time.perf_counter() - started < 2
    assert process_file(_inflating(_workbook(), 1), "名单.xlsx", tight).status == "done"  # 1 MB inflated is fine


def test_too_many_parts(tight, redactor):
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_workbook())) as src, zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            z.writestr(info, src.read(info))
        for n in range(15):
            z.writestr(f"xl/media/part{n}.bin", b"")
    outcome = process_file(out.getvalue(), "名单.xlsx", tight)
    assert outcome.status == "quarantined" and "parts, over the limit of 20" in outcome.reason
    assert "limits.office_parts" in outcome.reason
    assert process_file(out.getvalue(), "名单.xlsx", redactor).status == "done"


def test_json_deeper_than_the_limit_and_a_piece_longer_than_the_limit(tight, redactor):
    nested = json.dumps({"a": [[[[[["张伟"]]]]]]}).encode()
    outcome = process_file(nested, "data.json", tight)
    assert outcome.status == "quarantined" and "limits.json_depth" in outcome.reason
    assert process_file(nested, "data.json", redactor).status == "done"
    long_piece = json.dumps({"备注": "当事人张伟，" * 300}, ensure_ascii=False).encode()
    outcome = process_file(long_piece, "data.json", tight)
    assert outcome.status == "quarantined" and "1,800 characters in one piece" in outcome.reason
    assert "limits.unit_chars" in outcome.reason


def test_limits_are_validated_by_key():
    with pytest.raises(PolicyError, match="limits.json_depth"):
        Redactor({"limits": {"json_depth": -1}})
    with pytest.raises(PolicyError, match="limits.office_parts: expected a whole number"):
        Redactor({"limits": {"office_parts": 2.5}})
    with pytest.raises(PolicyError, match="limits.max_size: unknown key"):
        Redactor({"limits": {"max_size": 1}})


def test_billion_laughs_in_a_docx_is_refused_in_words(redactor):
    doc = Document()
    doc.add_paragraph("公告")
    buf = io.BytesIO()
    doc.save(buf)
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{"&lol%s;" % ("" if i == 1 else i - 1) * 10}">' for i in range(1, 10))
        + ']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            z.writestr(info, laughs if info.filename == "word/document.xml" else src.read(info))
    outcome = process_file(out.getvalue(), "决定书.docx", redactor)
    assert outcome.status == "quarantined"
    assert outcome.reason.split(" (")[0] not in ("", "could not be analysed") and "XML" in outcome.reason


def test_json_nested_past_reading_is_refused_in_words(redactor):
    deep = ("[" * 200_000 + "]" * 200_000).encode()
    outcome = process_file(deep, "data.json", redactor)
    assert outcome.status == "quarantined" and outcome.reason.startswith("JSON nested too deeply to read")


@pytest.mark.parametrize(
    ("err", "words"),
    [(RecursionError(), "nested too deeply"), (MemoryError(), "too large"), (json.JSONDecodeError("x", "", 0), "not valid JSON"),
     (UnicodeDecodeError("utf-8", b"", 0, 1, "x"), "does not decode"), (KeyError("x"), "internal error")],
)
def test_every_reason_is_in_words_and_names_the_class(err, words):
    reason = reason_for(err)
    assert words in reason and f"({type(err).__name__})" in reason
