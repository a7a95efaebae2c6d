"""Pages per second of the PDF path, and what the outputs let through.

    python benchmarks/pdf_bench.py [--pages 20] [--scans 4] [--seed 0] [--browser chromium --browser-docs 10]

Generates text PDFs (penalty decisions and exposure bulletins, ``benchmarks/pdf_docs.py``) and
scanned PDFs (typed pages and traffic evidence sheets, pictures only), de-identifies them with
the default policy and prints, per kind: pages per second next to the same documents' text
through ``Redactor.redact_text`` (the baseline, measured in the same run), planted values
recovered from the output by PDFium's and pypdf's text extraction and by OCR of the rendered
pages, and the share of sampled non-personal phrases still in the text layer.

``--browser`` also prints generated bulletins to PDF with a real browser (headless Chromium's
``--print-to-pdf``: its own fonts, subsetting, header with the page title, which holds a name,
and footer) and measures those the same way, adding the title in the output's metadata.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import Doc, Gen, bulletin, penalty_decision  # noqa: E402
from benchmarks.pdf_docs import scanned_pdf, text_pdf, typed_page  # noqa: E402
from benchmarks.scenes import composite  # noqa: E402


def squeeze(text: str) -> str:
    """Without white space, and the sign × read as the X it stands for (an ID's last character)."""
    return re.sub(r"\s+", "", text).replace("×", "X")


def extracted(data: bytes) -> str:
    import pypdfium2 as pdfium
    from pypdf import PdfReader

    doc = pdfium.PdfDocument(data)
    first = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    second = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return squeeze(first) + "\n" + squeeze(second)


def ocr(data: bytes) -> str:
    import pypdfium2 as pdfium

    from redact.image import read_text

    doc = pdfium.PdfDocument(data)
    lines = []
    for i in range(len(doc)):
        img = np.ascontiguousarray(doc[i].render(scale=150 / 72).to_numpy()[:, :, :3])
        lines += [text for _, text, _ in read_text(img)]
    return squeeze("".join(lines))


def phrases(doc: Doc) -> list[str]:
    """Six-character pieces of the document that hold no planted value and no line break."""
    covered = np.zeros(len(doc.text) + 1, bool)
    for s, e, _ in doc.spans:
        covered[s:e] = True
    return [
        doc.text[i : i + 6] for i in range(0, len(doc.text) - 6, 7)
        if "\n" not in doc.text[i : i + 6] and not covered[i : i + 6].any()
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=20, help="text PDF pages to generate (about)")
    parser.add_argument("--scans", type=int, default=4, help="scanned pages to generate")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--browser", help="a Chromium to print bulletins to PDF with (e.g. chromium)")
    parser.add_argument("--browser-docs", type=int, default=10)
    args = parser.parse_args()

    import redact
    from redact.pdf import process

    redactor = redact.Redactor()
    g = Gen(args.seed)
    docs = []
    while sum(len(d.text) for d in docs) < args.pages * 1400:  # about 1,400 characters a page
        docs.append(bulletin(g, 12) if len(docs) % 2 else penalty_decision(g))
    text_files = [(text_pdf(d.text), d) for d in docs]
    scans = []
    for k in range(args.scans):
        if k % 2:
            sheet, _, caption = composite(g)
            values = [caption.split("驾驶人：")[1], caption.split("号牌：")[1].split()[0]]
            scans.append((scanned_pdf([sheet]), values, Doc("sheet", caption, [])))
        else:
            d = penalty_decision(g)
            scans.append((scanned_pdf([typed_page(d.text, seed=k)]), [d.text[s:e] for s, e, _ in d.spans], d))

    start = time.perf_counter()
    for d in docs:
        redactor.redact_text(d.text)
    base = time.perf_counter() - start

    start = time.perf_counter()
    outputs = [(process(data, redactor)[0], d) for data, d in text_files]
    spent = time.perf_counter() - start
    pages = sum(_count(out) for out, _ in outputs)
    # What the text path keeps on purpose (police plates, by the default policy) is no leak.
    values = [v for _, d in outputs for v in removed(redactor, d)]
    found = "\n".join(extracted(out) for out, _ in outputs)
    read = "".join(ocr(out) for out, _ in outputs[:2])
    kept = [p for _, d in outputs for p in phrases(d)]
    print(f"text PDFs     {len(text_files)} files, {pages} pages: {pages / spent:.2f} pages/s "
          f"({spent / pages * 1000:.0f} ms/page; the same text through redact_text: {base / pages * 1000:.0f} ms/page)")
    print(f"  planted values in the text layer (PDFium, pypdf): {sum(squeeze(v) in found for v in values)} of {len(values)} "
          "(those the text path removes)")
    first_values = [v for _, d in outputs[:2] for v in removed(redactor, d)]
    print(f"  planted values read by OCR of the rendered pages (first 2 files): "
          f"{sum(squeeze(v) in read for v in first_values)} of {len(first_values)}")
    print(f"  non-personal phrases kept in the text layer: {sum(squeeze(p) in found for p in kept) / len(kept):.3f} of {len(kept)}")

    start = time.perf_counter()
    scanned = [(process(data, redactor)[0], vals) for data, vals, _ in scans]
    spent = time.perf_counter() - start
    leaked = sum(squeeze(v) in ocr(out) + extracted(out) for out, vals in scanned for v in vals)
    total = sum(len(vals) for _, vals in scanned)
    print(f"scanned PDFs  {len(scans)} pages: {len(scans) / spent:.2f} pages/s ({spent / len(scans) * 1000:.0f} ms/page)")
    print(f"  planted values read back (OCR of the rendered pages, text layer): {leaked} of {total}")

    if args.browser:
        printed = browser_pdfs(args.browser, g, args.browser_docs)
        start = time.perf_counter()
        outputs = [(process(data, redactor)[0], d, name) for data, d, name in printed]
        spent = time.perf_counter() - start
        pages = sum(_count(out) for out, _, _ in outputs)
        values = [v for _, d, _ in outputs for v in removed(redactor, d)]
        names = [name for _, _, name in outputs]
        found = "\n".join(extracted(out) + metadata(out) for out, _, _ in outputs)
        inputs = "\n".join(extracted(data) + metadata(data) for data, _, _ in printed)
        kept = [p for _, d, _ in outputs for p in phrases(d)]
        read = "".join(ocr(out) for out, _, _ in outputs[:2])
        first = [v for _, d, _ in outputs[:2] for v in removed(redactor, d)]
        print(f"browser-printed PDFs  {len(printed)} files, {pages} pages: {pages / spent:.2f} pages/s")
        print(f"  planted values in the inputs' text and metadata: {sum(squeeze(v) in inputs for v in values)} of {len(values)}")
        print(f"  planted values in the outputs' text layer and metadata: {sum(squeeze(v) in found for v in values)} of {len(values)}; "
              f"title names: {sum(squeeze(n) in found for n in names)} of {len(names)}")
        print(f"  planted values read by OCR of the rendered pages (first 2 files): {sum(squeeze(v) in read for v in first)} of {len(first)}")
        print(f"  non-personal phrases kept in the text layer: {sum(squeeze(p) in found for p in kept) / len(kept):.3f} of {len(kept)}")


def browser_pdfs(browser: str, g: Gen, n: int) -> list[tuple[bytes, Doc, str]]:
    """Bulletins and decisions as web pages titled with a person's name, printed by the browser."""
    import html
    import subprocess
    import tempfile

    made = []
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(n):
            doc = bulletin(g, 10) if k % 2 else penalty_decision(g)
            name = next(doc.text[s:e] for s, e, kind in doc.spans if kind == "PERSON")
            title = f"关于{name}交通违法行为的公告"
            body = "".join(f"<p>{html.escape(line)}</p>" for line in doc.text.split("\n"))
            page = Path(tmp, f"{k}.html")
            page.write_text(f"<html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head><body>{body}</body></html>", encoding="utf-8")
            out = Path(tmp, f"{k}.pdf")
            subprocess.run(
                [browser, "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={out}", page.as_uri()],
                check=True, capture_output=True, timeout=120,
            )
            made.append((out.read_bytes(), doc, name))
    return made


def metadata(data: bytes) -> str:
    from pypdf import PdfReader

    return repr(dict(PdfReader(io.BytesIO(data)).metadata or {}))


def removed(redactor, doc: Doc) -> list[str]:
    """The planted values that redacting the document's text removes."""
    out = redactor.redact_text(doc.text).text
    return [doc.text[s:e] for s, e, _ in doc.spans if doc.text[s:e] not in out]


def _count(data: bytes) -> int:
    import pypdfium2 as pdfium

    return len(pdfium.PdfDocument(data))


if __name__ == "__main__":
    main()
