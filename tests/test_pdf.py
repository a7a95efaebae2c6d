"""PDF: text and scanned documents, generated here with planted values (benchmarks.pdf_docs).

A value counts as leaked when it can be got back from the output by any of: PDFium's and
pypdf's text extraction, the file's metadata and structure (annotations, outline, names,
forms), the decompressed content streams in the text layer's own encoding, or OCR of the
rendered pages.
"""

from __future__ import annotations

import io
import re
import zlib

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader, PdfWriter

from benchmarks.corpus import Gen, bulletin, penalty_decision
from benchmarks.pdf_docs import Extras, scanned_pdf, text_pdf, typed_page
from benchmarks.scenes import composite
from redact.check import check
from redact.fileproc import process_file
from redact.image import read_text
from redact.pdf import PdfConfig, PdfRejected, process
from redact.pdf_writer import PageImage, write_pdf


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdfium_text(data: bytes) -> list[str]:
    doc = pdfium.PdfDocument(data)
    return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]


def pypdf_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def ocr_pages(data: bytes, pages=None) -> list[str]:
    doc = pdfium.PdfDocument(data)
    out = []
    for i in pages if pages is not None else range(len(doc)):
        img = np.ascontiguousarray(doc[i].render(scale=150 / 72).to_numpy()[:, :, :3])
        out.append("".join(text for _, text, _ in read_text(img)))
    return out


def leaked(values: list[str], texts: list[str]) -> list[str]:
    whole = squeeze("".join(texts))
    return [v for v in values if squeeze(v) in whole]


# -- a text PDF: three documents over several pages, and everything a PDF carries besides -----
@pytest.fixture(scope="module")
def text_case(redactor):
    g = Gen(31)
    docs = [penalty_decision(g), bulletin(g, 14), penalty_decision(g)]
    text = "\n".join(d.text for d in docs)
    values = sorted({d.text[s:e] for d in docs for s, e, _ in d.spans}, key=len, reverse=True)
    name = next(d.text[s:e] for d in docs for s, e, kind in d.spans if kind == "PERSON")
    extras = Extras(
        title=f"关于{name}交通违法行为的处罚决定书", author=g.fake.name(), subject=f"当事人{name}",
        keywords=g.mobile(), note=f"联系人{g.fake.name()}，电话{g.mobile()}", bookmarks=[f"被处罚人{name}"],
        attachment=(f"{name}.txt", f"身份证{g.id18()}".encode()), script="app.alert('hello');",
    )
    data = text_pdf(text, extras=extras)
    hidden = [extras.author, extras.keywords, extras.note.split("，")[0][3:], extras.note.split("电话")[1]]
    output, result, records = process(data, redactor)
    return data, output, result, records, values, hidden, text, docs


def test_text_pdf_input_holds_what_we_planted(text_case):
    data, _, _, _, values, _, _, _ = text_case
    assert len(pdfium_text(data)) >= 2  # the documents run over pages
    assert leaked(values, pdfium_text(data)) == values  # a test that can fail: the values are there


def test_no_value_in_the_text_layer_by_two_extractors(text_case):
    _, output, _, _, values, hidden, _, _ = text_case
    assert leaked(values + hidden, pdfium_text(output)) == []
    assert leaked(values + hidden, pypdf_text(output)) == []


def test_no_value_in_any_stream_or_structure(text_case):
    _, output, _, _, values, hidden, _, _ = text_case
    reader = PdfReader(io.BytesIO(output))
    assert reader.metadata == {"/Producer": "redact"}
    assert reader.outline == [] and not reader.attachments
    root = reader.trailer["/Root"]
    assert not any(key in root for key in ("/Names", "/OpenAction", "/AcroForm", "/Outlines", "/Metadata"))
    assert all("/Annots" not in page for page in reader.pages)
    assert output.count(b"%%EOF") == 1 and output.count(b"\nxref\n") == 1  # a fresh file, no earlier revision
    streams = b"".join(
        zlib.decompress(m.group(1)) for m in re.finditer(rb"/FlateDecode /Length \d+ >>\nstream\n(.*?)\nendstream", output, re.S)
    ).upper()
    for value in values + hidden:
        assert "".join(f"{ord(c):04X}" for c in value).encode() not in streams
        assert value.encode("utf-8") not in output and value.encode("utf-16-be") not in output


def test_the_rest_stays_searchable(text_case):
    """At least 90% of sampled phrases without personal data are found in the text layer."""
    _, output, _, _, _, _, _, docs = text_case
    phrases = []
    for doc in docs:
        covered = np.zeros(len(doc.text) + 1, bool)
        for s, e, _ in doc.spans:
            covered[s:e] = True
        for start in range(0, len(doc.text) - 6, 7):
            piece = doc.text[start : start + 6]
            if "\n" not in piece and not covered[start : start + 6].any():
                phrases.append(piece)
    extracted = squeeze("".join(pdfium_text(output)))
    found = sum(squeeze(p) in extracted for p in phrases)
    assert len(phrases) > 100 and found / len(phrases) >= 0.9, (found, len(phrases))


def test_masks_stand_where_the_values_were(text_case):
    _, output, _, _, _, _, _, _ = text_case
    first = pdfium_text(output)[0]
    assert "被处罚人：" in first and re.search(r"被处罚人：.某", first)
    assert re.search(r"1[3-9]\d\*{4}\d{4}", first) and re.search(r"\d{6}\*{12}", first)


def test_rendered_pages_show_no_value(text_case):
    _, output, _, _, values, _, _, _ = text_case
    read = ocr_pages(output, [0])
    assert "行政处罚决定书" in squeeze(read[0])  # OCR reads the page: the check below can fail
    assert leaked(values, read) == []


def test_findings_per_page_with_boxes_and_records_without_values(text_case):
    data, _, result, records, values, _, _, _ = text_case
    assert len(result.pages) == len(pdfium_text(data))
    assert {f.entity_type for f in result.findings} >= {"PERSON", "CN_RESIDENT_ID", "CN_PHONE_NUMBER", "CN_LICENSE_PLATE"}
    for page in result.pages:
        width, height = page.size
        for f in page.findings:
            x1, y1, x2, y2 = f.box
            assert 0 <= x1 < x2 <= width + 1 and 0 <= y1 < y2 <= height + 1 and f.page == page.number
    assert all(re.match(r"page \d+ box \(\d+, \d+, \d+, \d+\)$", r.location) for r in records)
    dump = repr([r.__dict__ for r in records])
    assert leaked(values, [dump]) == []


def test_one_reading_across_pages(redactor):
    """A name learned on page 1 (after a cue) is masked on page 2, where nothing marks it."""
    alone = "后唐冬梅称其不知情。"
    assert "唐冬梅" in redactor.redact_text(alone).text  # on its own, the sentence keeps the name
    filler = "本院依法组成合议庭，公开开庭审理了本案。" * 150
    data = text_pdf(f"被告人唐冬梅，女，1980年出生。\n{filler}\n{alone}")
    assert alone in squeeze(pdfium_text(data)[-1])
    output, result, _ = process(data, redactor)
    pages = [squeeze(t) for t in pdfium_text(output)]
    assert len(pages) >= 2 and "被告人唐某" in pages[0] and "后唐某称其不知情" in pages[-1]
    assert "唐冬梅" not in "".join(pages)


def test_gate_dirty_on_input_clean_on_output(text_case, tmp_path, redactor):
    data, output, _, _, _, _, _, _ = text_case
    (tmp_path / "in.pdf").write_bytes(data)
    (tmp_path / "out.pdf").write_bytes(output)
    assert not check(tmp_path / "in.pdf", redactor=redactor).clean
    report = check(tmp_path / "out.pdf", redactor=redactor)
    assert report.clean, report.findings


# -- a scanned PDF: a typed page and an evidence sheet, pictures only ----------------------------
@pytest.fixture(scope="module")
def scan_case(redactor):
    g = Gen(5)
    doc = penalty_decision(g)
    sheet, _, caption = composite(g)
    data = scanned_pdf([typed_page(doc.text, seed=3), sheet])
    values = [doc.text[s:e] for s, e, _ in doc.spans]
    driver = caption.split("驾驶人：")[1]
    plate = caption.split("号牌：")[1].split()[0]
    output, result, records = process(data, redactor)
    return data, output, result, values + [driver, plate]


def test_scan_is_read_and_nothing_readable_is_left(scan_case):
    data, output, result, values = scan_case
    assert pdfium_text(data) == ["", ""]  # pictures only
    assert all(page.ocr for page in result.pages)
    assert leaked(values, ocr_pages(data)) != []  # OCR reads the input's values: the check can fail
    assert leaked(values, ocr_pages(output)) == []
    assert leaked(values, pdfium_text(output) + pypdf_text(output)) == []


def test_scan_gets_a_masked_text_layer(scan_case):
    _, output, _, _ = scan_case
    first, sheet = (squeeze(t) for t in pdfium_text(output))
    assert "行政处罚决定书" in first and re.search(r"被处罚人：.某", first)
    assert "违法时间" in sheet and "驾驶人：" in sheet


def test_gate_reads_scans(scan_case, tmp_path, redactor):
    data, output, _, _ = scan_case
    (tmp_path / "in.pdf").write_bytes(data)
    (tmp_path / "out.pdf").write_bytes(output)
    dirty = check(tmp_path / "in.pdf", redactor=redactor)
    assert {f.entity_type for f in dirty.findings} >= {"CN_RESIDENT_ID", "PERSON"}
    assert all(f.location.startswith("page ") for f in dirty.findings)
    report = check(tmp_path / "out.pdf", redactor=redactor)
    assert report.clean, report.findings


# -- what is not processed: quarantined with a reason, nothing written ----------------------------
def _encrypted(data: bytes, user: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user, owner_password="owner-secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def small_pdf() -> bytes:
    return text_pdf("当事人：李明，联系电话13912345678。\n" * 3)


def _huge_page() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=20000, height=14400)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


BAD = {
    "encrypted": (lambda d: _encrypted(d, "open-sesame"), "password"),
    "truncated": (lambda d: d[: len(d) // 2], "truncated"),
    "not a pdf": (lambda d: cv2.imencode(".png", np.full((40, 40, 3), 200, np.uint8))[1].tobytes(), "not a PDF"),
    "corrupt": (lambda d: b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\n%%EOF\n", "corrupt"),
    "empty": (lambda d: b"", "empty"),
    "huge page": (lambda d: _huge_page(), "size limit"),
    "huge picture": (
        lambda d: write_pdf([PageImage(b"\xff\xd8\xff\xd9", (40000, 40000), (595, 842))]), "over the limit"
    ),
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_bad_input_is_quarantined_with_a_reason(kind, small_pdf, redactor):
    make, words = BAD[kind]
    outcome = process_file(make(small_pdf), "决定书.pdf", redactor)
    assert outcome.status == "quarantined" and outcome.output is None
    assert words in outcome.reason and "李明" not in outcome.reason


def test_too_many_pages(redactor):
    writer = PdfWriter()
    for _ in range(3):
        writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    three = out.getvalue()
    with pytest.raises(PdfRejected, match="over the limit of 2"):
        process(three, redactor, cfg=PdfConfig(max_pages=2))


def test_a_photo_saved_as_a_large_page_is_read_at_its_own_size(redactor):
    """An evidence photo saved as an image-only PDF at 72 dpi makes a page of 2400x1800 points:
    read at the photo's resolution (not refused, not blown up), its caption masked."""
    g = Gen(8)
    sheet, _, caption = composite(g, tile=(1200, 850))
    data = scanned_pdf([sheet], dpi=72)
    assert pdfium.PdfDocument(data)[0].get_size()[0] > 2000
    output, result, _ = process(data, redactor)
    page = pdfium.PdfDocument(output)[0]
    assert page.get_size() == pytest.approx(pdfium.PdfDocument(data)[0].get_size(), abs=1)
    driver = caption.split("驾驶人：")[1]
    assert "驾驶人：" in squeeze(page.get_textpage().get_text_range()) and driver not in squeeze("".join(ocr_pages(output)))
    image = PdfReader(io.BytesIO(output)).pages[0]["/Resources"]["/XObject"]["/Im0"]
    assert (image["/Width"], image["/Height"]) == sheet.size


def test_a_rotated_page_is_covered_where_it_is_shown(small_pdf, redactor):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(small_pdf)))
    writer.pages[0].rotate(90)
    out = io.BytesIO()
    writer.write(out)
    output, result, _ = process(out.getvalue(), redactor)
    width, height = result.pages[0].size
    assert width > height  # shown in landscape
    assert "李某" in pdfium_text(output)[0] and "13912345678" not in squeeze(pdfium_text(output)[0])
    picture = np.ascontiguousarray(pdfium.PdfDocument(output)[0].render(scale=150 / 72).to_numpy()[:, :, :3])
    for f in result.findings:  # the box on the shown page is black
        x1, y1, x2, y2 = (int(v * 150 / 72) for v in f.box)
        assert picture[y1 + 2 : y2 - 2, x1 + 2 : x2 - 2].mean() < 40, f


def test_owner_password_only_is_processed(small_pdf, redactor):
    """Opening needs no password (only permissions are set): a professional tool reads it."""
    outcome = process_file(_encrypted(small_pdf, ""), "决定书.pdf", redactor)
    assert outcome.status == "done", outcome.reason
    assert "13912345678" not in squeeze("".join(pdfium_text(outcome.output)))


def test_redact_pdf_writes_atomically_and_reports(small_pdf, tmp_path, redactor):
    src, dst = tmp_path / "in.pdf", tmp_path / "out" / "out.pdf"
    src.write_bytes(small_pdf)
    result = redactor.redact_pdf(src, dst)
    assert src.read_bytes() == small_pdf
    assert [p.number for p in result.pages] == [1] and len(result.findings) == 6
    assert "李某" in pdfium_text(dst.read_bytes())[0]
    (tmp_path / "bad.pdf").write_bytes(small_pdf[:300])
    with pytest.raises(PdfRejected):
        redactor.redact_pdf(tmp_path / "bad.pdf", tmp_path / "bad-out.pdf")
    assert not (tmp_path / "bad-out.pdf").exists()
