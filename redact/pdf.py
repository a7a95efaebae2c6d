"""PDF: text and scanned documents, redacted for real.

The method: each page is read (its text with every character's box, via PDFium), the
whole document is read once for names (one reading across pages, the title and the
bookmarks), then each page is rendered to a picture in which every value is covered by a
solid box (text) or blurred (plates, faces and caption text in photos and scans, by the
image pipeline), and a *new* file is written from those pictures with an invisible text
layer holding the page's text with the masks in place (``张某``, ``138****5678``): the
rest stays selectable and searchable (see :mod:`redact.pdf_writer`).

Pages with (almost) no text — scans, photos saved as PDF, text drawn as outlines — are
read by OCR, and their OCR text, masked, becomes their text layer. Pictures inside a text
page are read and blurred like photos.

What cannot be read safely is rejected with a reason (``PdfRejected``), nothing written:
a password, no ``%PDF`` header, a file cut short, a page or picture over the size limits,
more pages than the limit, a page PDFium cannot load.
"""

from __future__ import annotations

import ctypes
import dataclasses
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

import numpy as np

from redact.errors import FileRejected
from redact.image import Box, ImageConfig
from redact.pdf_writer import PageImage, TextLine, write_pdf

if TYPE_CHECKING:
    from redact.redactor import Redactor
    from redact.units import FindingRecord, NameCollector, UnitRedactor

#: Where the document's own text says who it is about, outside the pages.
METADATA_KEYS = ("Title", "Subject", "Author", "Keywords")


class PdfRejected(FileRejected):
    """A PDF we will not process: encrypted, corrupt, truncated, too large, or no PDF at all."""


@dataclass(frozen=True)
class PdfConfig:
    """Everything the PDF path can be tuned with."""

    dpi: int = 150  # the resolution of the output's page pictures (and of what is analysed)
    max_dpi: int = 300  # a scan is rendered at its own resolution, up to this
    max_pages: int = 2000
    max_page_points: float = 14_400  # 200 inches, the largest page PDF readers take
    max_page_pixels: int = 40_000_000  # a rendered page; a larger page is rendered smaller
    max_image_pixels: int = 100_000_000  # a picture inside the file, at its own resolution
    jpeg_quality: int = 85
    #: A page with fewer visible characters than this in its text is read by OCR, and one
    #: where more than this share of them map to no real character.
    min_text_chars: int = 20
    max_unmapped_share: float = 0.05
    #: Pictures smaller than this (pixels a side, rendered) are not read: rules, logos, bullets.
    min_image_side: int = 48
    #: A picture covering this share of the page makes it a scan (read whole).
    scan_share: float = 0.5
    image: ImageConfig = ImageConfig()


@dataclass(frozen=True)
class PdfFinding:
    """A redacted value: ``box`` is (x1, y1, x2, y2) in points from the page's top-left corner."""

    page: int
    entity_type: str
    box: tuple[int, int, int, int]
    score: float
    source: str
    operator: Optional[str] = None

    def __repr__(self) -> str:
        return f"PdfFinding(page {self.page}, {self.entity_type}, box={self.box}, source={self.source!r})"


@dataclass(frozen=True)
class PdfPage:
    number: int
    size: tuple[float, float]  # width, height in points
    findings: list[PdfFinding]
    ocr: bool  # the page was read by OCR (a scan, or no text layer)


@dataclass(frozen=True)
class PdfResult:
    pages: list[PdfPage]
    #: What a reader should know about the output (parts of the input not carried over).
    note: Optional[str] = None

    @property
    def findings(self) -> list[PdfFinding]:
        return [f for page in self.pages for f in page.findings]

    def __repr__(self) -> str:
        return f"PdfResult(pages={len(self.pages)}, findings={len(self.findings)})"


# -- opening and reading ---------------------------------------------------------------
def open_document(data: bytes, cfg: PdfConfig = PdfConfig()):
    """The document, checked for everything that makes a PDF unsafe to process."""
    import pypdfium2 as pdfium

    if not data:
        raise PdfRejected("empty file (0 bytes)")
    if b"%PDF-" not in data[:1024]:
        raise PdfRejected("not a PDF (no %PDF header)")
    if b"%%EOF" not in data[-2048:]:
        raise PdfRejected("truncated PDF (no end-of-file marker)")
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        if "password" in str(err).lower():
            raise PdfRejected("encrypted PDF: a password is needed to open it") from None
        raise PdfRejected("corrupt PDF (PDFium cannot open it)") from None
    if len(doc) == 0:
        raise PdfRejected("PDF without pages")
    if len(doc) > cfg.max_pages:
        raise PdfRejected(f"{len(doc):,} pages is over the limit of {cfg.max_pages:,} (limits.pdf_pages)")
    return doc


@dataclass
class PageText:
    """A page's text and where each character is, in pixels of the page rendered at ``dpi``."""

    text: str
    boxes: list[Optional[Box]]  # per character of ``text``; None for spaces PDFium inserted
    pixels: tuple[int, int]  # rendered width, height
    needs_ocr: bool = False  # (almost) no readable text: what the page shows is read by OCR
    pictures: list[Box] = field(default_factory=list)  # where pictures are, big enough to read
    scan: bool = False  # a picture covers most of the page
    ocr_lines: list[tuple[Box, str, float]] = field(default_factory=list)
    scale: float = PdfConfig.dpi / 72.0  # pixels per point


def read_page(page, cfg: PdfConfig = PdfConfig()) -> PageText:
    """Characters with their boxes, and the page's pictures; raises PdfRejected when unsafe."""
    import pypdfium2.raw as raw

    width, height = page.get_size()
    if max(width, height) > cfg.max_page_points:
        raise PdfRejected(f"a page of {width:.0f}x{height:.0f} points is over the size limit of {cfg.max_page_points:,} points")
    pictures = []
    for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,)):
        w, h = obj.get_px_size()
        if w * h > cfg.max_image_pixels:
            raise PdfRejected(
                f"a picture of {w}x{h} pixels is over the limit of {cfg.max_image_pixels:,} (limits.image_megapixels)"
            )
        # Inside a form XObject the bounds are the form's, not the page's: read the whole page.
        pictures.append((None if obj.level > 0 else obj.get_bounds(), (w, h)))
    scale = _scale(width, height, pictures, cfg)
    pixels = (max(1, round(width * scale)), max(1, round(height * scale)))
    to_device = _device_mapper(page, pixels)
    textpage = page.get_textpage()
    chars: list[str] = []
    boxes: list[Optional[Box]] = []
    rect = raw.FS_RECTF()
    for i in range(raw.FPDFText_CountChars(textpage.raw)):
        code = raw.FPDFText_GetUnicode(textpage.raw, i)
        if code == 0x0D:  # PDFium ends a line with \r\n; keep the \n only
            continue
        chars.append(chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd")
        if raw.FPDFText_IsGenerated(textpage.raw, i) or not raw.FPDFText_GetLooseCharBox(textpage.raw, i, rect):
            boxes.append(None)
        else:
            boxes.append(to_device(rect.left, rect.top, rect.right, rect.bottom))
    textpage.close()
    text = "".join(chars)
    result = PageText(text, boxes, pixels, _unreadable(text, cfg), scale=scale)
    for bounds, _ in pictures:
        box = (0, 0, *pixels) if bounds is None else _clip(to_device(*_lbrt_to_ltrb(bounds)), pixels)
        if box[2] - box[0] >= cfg.min_image_side and box[3] - box[1] >= cfg.min_image_side:
            result.pictures.append(box)
            result.scan |= (box[2] - box[0]) * (box[3] - box[1]) >= cfg.scan_share * pixels[0] * pixels[1]
    return result


def _scale(width: float, height: float, pictures, cfg: PdfConfig) -> float:
    """Pixels per point for the page: ``dpi``; for a scan its own resolution (what the scanner
    saw is what OCR reads, and no more is written), between 72 and ``max_dpi``; never more than
    ``max_page_pixels`` in all (a photo saved as a page of 6000x4000 points is read smaller, not
    refused)."""
    scale = cfg.dpi / 72.0
    for bounds, (w, h) in pictures:
        if bounds is not None:
            left, bottom, right, top = bounds
            if (right - left) * (top - bottom) >= cfg.scan_share * width * height:
                native = max(w / max(right - left, 1e-6), h / max(top - bottom, 1e-6))
                scale = min(max(native, 1.0), cfg.max_dpi / 72.0)
    return min(scale, (cfg.max_page_pixels / max(width * height, 1e-6)) ** 0.5)


def _unreadable(text: str, cfg: PdfConfig) -> bool:
    """Too little text to be the page, or text whose characters do not say what they show (a
    font without a Unicode map gives private-use codes or U+FFFD): what the page shows is read."""
    visible = [c for c in text if not c.isspace()]
    if len(visible) < cfg.min_text_chars:
        return True
    unmapped = sum(c == "\ufffd" or "\ue000" <= c <= "\uf8ff" or (c < " " and c not in "\t\n") for c in visible)
    return unmapped > cfg.max_unmapped_share * len(visible)


def check_document(data: bytes, cfg: PdfConfig = PdfConfig()) -> None:
    """Raise PdfRejected when ``process`` would (``redact run --dry-run``): every check, no analysis."""
    with _PDFIUM:
        doc = open_document(data, cfg)
        try:
            for index in range(len(doc)):
                _read(doc, index, cfg, ocr=False)
        finally:
            doc.close()


def _lbrt_to_ltrb(bounds):
    left, bottom, right, top = bounds
    return left, top, right, bottom


def _device_mapper(page, pixels):
    """Page coordinates → pixel box of the rendered page (rotation and crop box included)."""
    import pypdfium2.raw as raw

    x, y = ctypes.c_int(), ctypes.c_int()

    def point(px: float, py: float) -> tuple[int, int]:
        raw.FPDF_PageToDevice(page.raw, 0, 0, pixels[0], pixels[1], 0, px, py, x, y)
        return x.value, y.value

    def box(left: float, top: float, right: float, bottom: float) -> Box:
        (ax, ay), (bx, by) = point(left, top), point(right, bottom)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    return box


def _clip(box: Box, pixels: tuple[int, int]) -> Box:
    x1, y1, x2, y2 = box
    return max(0, x1), max(0, y1), min(pixels[0], x2), min(pixels[1], y2)


def render(page, text: PageText) -> np.ndarray:
    """The page as a BGR picture of ``text.pixels``, without annotations or form fields (they
    are not carried over)."""
    import cv2

    bitmap = page.render(scale=text.scale, may_draw_forms=False, draw_annots=False)
    array = np.ascontiguousarray(bitmap.to_numpy()[:, :, :3])
    if (array.shape[1], array.shape[0]) != text.pixels:  # rounding: the boxes are in text.pixels
        array = cv2.resize(array, text.pixels, interpolation=cv2.INTER_AREA)
    return array


def document_strings(doc) -> list[str]:
    """Text the file carries outside its pages that may name someone: metadata, bookmarks."""
    strings = [doc.get_metadata_value(key) for key in METADATA_KEYS]
    try:
        strings += [mark.get_title() for mark in doc.get_toc()]
    except Exception:  # noqa: BLE001 - a broken outline only costs its titles; the outline is not written
        pass
    return [s for s in strings if s and s.strip()]


# -- redacting ---------------------------------------------------------------------------
def process(
    data: bytes, redactor: "Redactor", write: bool = True, audit_key: Optional[bytes] = None,
    cfg: PdfConfig = PdfConfig(), file_name: str = "", review=None, observe=None,
) -> tuple[Optional[bytes], PdfResult, list["FindingRecord"]]:
    """De-identify (``write``) or only scan a PDF: (new file or None, result, audit records).

    ``file_name`` (without extension) is read with the document: a file named after its person
    says who the text is about. ``review``, ``observe``: a reviewer's decisions on the pages'
    text and the review page's view of it (``redact.units.UnitRedactor``). Raises PdfRejected
    for input that cannot be processed safely; nothing is written then.
    """
    with _PDFIUM:
        return _process(data, redactor, write, audit_key, cfg, file_name, review, observe)


#: PDFium is not thread-safe: one document at a time per process (processes run in parallel).
_PDFIUM = threading.RLock()


def _process(data: bytes, redactor: "Redactor", write: bool, audit_key: Optional[bytes], cfg: PdfConfig, file_name: str,
             review=None, observe=None):
    from redact.units import NameCollector, UnitRedactor

    doc = open_document(data, cfg)
    try:
        texts = [_read(doc, index, cfg) for index in range(len(doc))]
        reading = NameCollector(redactor)  # one reading: every page, the title, the bookmarks
        for n, string in enumerate([file_name] + document_strings(doc)):
            reading(string, f"metadata {n}")
        for number, text in enumerate(texts, start=1):
            reading(text.text, f"page {number}")
            for _, line, _ in text.ocr_lines:
                reading(line, f"page {number} image text")
        unit = UnitRedactor(redactor, write=write, audit_key=audit_key, reading=reading, review=review, observe=observe)
        pages, written = [], []
        for index, text in enumerate(texts):
            page = doc[index]
            try:
                looks = write or text.needs_ocr or (text.pictures and not text.scan)
                picture = render(page, text) if looks else None
            finally:
                page.close()
            result, image = _PageWork(index + 1, text, picture, unit, reading, cfg).run()
            pages.append(result)
            if image is not None:
                written.append(image)
    finally:
        doc.close()
    note = "metadata, annotations, form fields, bookmarks, attachments and scripts are not carried over"
    return (write_pdf(written) if write else None), PdfResult(pages, note if write else None), unit.records


def _read(doc, index: int, cfg: PdfConfig, ocr: bool = True) -> PageText:
    from redact.image import read_text

    try:
        page = doc[index]
    except Exception:  # noqa: BLE001 - PDFium's error names no more than this
        raise PdfRejected(f"page {index + 1} cannot be loaded (corrupt PDF)") from None
    try:
        text = read_page(page, cfg)
        if text.needs_ocr and ocr:  # a scan, a photo, outlined text: read what the page shows
            text.ocr_lines = read_text(render(page, text), cfg.image)
        return text
    finally:
        page.close()


class _PageWork:
    """One page's redaction: its text, then its pictures, then the output page."""

    def __init__(self, number: int, text: PageText, picture, unit: "UnitRedactor", reading: "NameCollector", cfg: PdfConfig):
        self.number, self.text, self.picture, self.unit, self.cfg = number, text, picture, unit, cfg
        self.names = reading.names
        self.scale = text.scale
        self.findings: list[PdfFinding] = []
        self.covers: list[Box] = []  # solid boxes over text values
        self.layer: list[TextLine] = []

    def run(self) -> tuple[PdfPage, Optional[PageImage]]:
        self._text()
        self._pictures()
        size = (self.text.pixels[0] / self.scale, self.text.pixels[1] / self.scale)
        page = PdfPage(self.number, size, self.findings, self.text.needs_ocr)
        if not self.unit.write:
            return page, None
        import cv2

        for x1, y1, x2, y2 in self.covers:
            cv2.rectangle(self.picture, (x1 - 1, y1 - 1), (x2 + 1, y2 + 1), (0, 0, 0), thickness=-1)
        ok, jpeg = cv2.imencode(".jpg", self.picture, [cv2.IMWRITE_JPEG_QUALITY, self.cfg.jpeg_quality])
        if not ok:
            raise PdfRejected(f"page {self.number} could not be encoded")
        height, width = self.picture.shape[:2]
        return page, PageImage(jpeg.tobytes(), (width, height), size, self.layer)

    def _points(self, box: Box) -> tuple[int, int, int, int]:
        return tuple(int(round(v / self.scale)) for v in box)  # type: ignore[return-value]

    def _place_text_records(self, start: int) -> None:
        """Give the text records made since ``start`` their box on the page, and list them."""
        records = self.unit.records
        for i in range(start, len(records)):
            r = records[i]
            box = self._points(self._span_box(r.start, r.end))
            records[i] = dataclasses.replace(r, location=f"page {self.number} box {box}")
            self.findings.append(PdfFinding(self.number, r.entity_type, box, r.score, r.recognizer, r.operator))

    def _span_box(self, start: int, end: int) -> Box:
        return _union([b for b in self.text.boxes[start:end] if b is not None])

    # -- the text layer ---------------------------------------------------------------
    def _text(self) -> None:
        text = self.text.text
        if not text.strip():
            return
        start = len(self.unit.records)
        location = f"page {self.number}"
        if not self.unit.write:
            self.unit(text, location)
            self._place_text_records(start)
            return
        replacements = self.unit.replacements(text, location) or ()
        self._place_text_records(start)
        for s, e, _ in replacements:
            self.covers += self._line_boxes(s, e)
        if not self.text.needs_ocr:  # else the OCR text is the layer: it says what the page shows
            self.layer += self._lines(_masked_pieces(text, replacements))

    def _line_boxes(self, start: int, end: int) -> list[Box]:
        """One box per line a value runs over (a name broken across two lines gives two)."""
        boxes, line_start = [], start
        for i in range(start, end + 1):
            if i == end or self.text.text[i] == "\n":
                box = self._span_box(line_start, i)
                if box[2] > box[0]:
                    boxes.append(box)
                line_start = i + 1
        return boxes

    def _lines(self, pieces: list[str]) -> list[TextLine]:
        """The masked text as pieces of lines, each laid where its characters were; a wide
        gap (table columns) starts a new piece, so a search finds words where they stand."""
        lines: list[TextLine] = []
        parts: list[str] = []
        boxes: list[Box] = []

        def flush() -> None:
            nonlocal parts, boxes
            if boxes and "".join(parts).strip():
                lines.append(TextLine("".join(parts).strip(), self._points(_union(boxes))))
            parts, boxes = [], []

        for ch, piece, b in zip(self.text.text, pieces, self.text.boxes):
            if ch == "\n":
                flush()
                continue
            if b is not None and boxes:
                previous = boxes[-1]
                if b[0] - previous[2] > 1.5 * max(1, b[3] - b[1]) or b[2] < previous[0]:
                    flush()
            parts.append(piece)
            if b is not None:
                boxes.append(b)
        flush()
        return lines

    # -- pictures: scans, photos ----------------------------------------------------------
    def _pictures(self) -> None:
        text, whole = self.text, (0, 0, *self.text.pixels)
        if text.needs_ocr:
            areas = [(whole, text.ocr_lines)]
        elif text.scan and self.unit.write:  # a scan with a text layer: the picture is read too
            areas = [(whole, None)]
        elif text.scan:  # the gate trusts a scan's text layer (our own output is one)
            areas = []
        else:
            areas = [(box, None) for box in text.pictures]
        for area, lines in areas:
            if self.unit.write:
                self._redact_picture(area, lines)
            else:
                self._look_at_picture(area, lines)

    def _redact_picture(self, area: Box, lines) -> None:
        from redact.image import redact_array

        x1, y1, x2, y2 = area
        redactor = self.unit.redactor
        out, regions = redact_array(self.picture[y1:y2, x1:x2], redactor, self.cfg.image, names=self.names, lines=lines)
        self.picture[y1:y2, x1:x2] = out
        for r in regions:
            self._region(r, (x1, y1), "blur")
        if lines is not None:  # the scan's text, masked, is the page's text layer
            self.layer += self._masked_lines(lines, (x1, y1))

    def _masked_lines(self, lines, offset: tuple[int, int]) -> list[TextLine]:
        """OCR lines with the same masks as in text (read as one text, as the regions were); a
        line blurred for its plate shape alone (an OCR slip the recognizer does not take) is
        starred whole."""
        from redact.image import joined_lines, looks_like_plate

        joined, starts = joined_lines(lines)
        result = self.unit.redactor.redact_text(joined, names=self.names)
        pieces = _masked_pieces(joined, result.replacements)
        touched = {n for s, e, _ in result.replacements for n, st in enumerate(starts) if s < st + len(lines[n][1]) and st < e}
        layer = []
        for n, (line_box, line, _) in enumerate(lines):
            masked = "".join(pieces[starts[n] : starts[n] + len(line)])
            if n not in touched and looks_like_plate(line):
                masked = "".join("*" if ch.isalnum() else ch for ch in line)
            layer.append(TextLine(masked, self._points(_moved(line_box, *offset))))
        return layer

    def _look_at_picture(self, area: Box, lines) -> None:
        from redact.image import find_faces_or_reject, read_text
        from redact.units import look_at_lines

        x1, y1, x2, y2 = area
        crop = self.picture[y1:y2, x1:x2] if self.picture is not None else None
        if lines is None:
            lines = read_text(crop, self.cfg.image)

        def locate(n: int, line_box: Box) -> str:
            return f"page {self.number} image text line {n} at {self._points(_moved(line_box, x1, y1))}"

        for r, line_box in look_at_lines(self.unit, lines, locate):
            box = self._points(_moved(line_box, x1, y1))
            self.findings.append(PdfFinding(self.number, r.entity_type, box, r.score, r.recognizer))
        if self.unit.redactor.policy.faces and crop is not None:
            for face in find_faces_or_reject(crop):
                self._region(face, (x1, y1), None)

    def _region(self, region, offset: tuple[int, int], operator: Optional[str]) -> None:
        """Record an image region (found in the picture at ``offset``) with its box in points."""
        from redact.units import FindingRecord

        box = self._points(_moved(region.box, *offset))
        self.unit.records.append(FindingRecord(
            f"page {self.number} image box {box}", region.entity_type, 0, 0, round(region.score, 4), region.source, None, operator
        ))
        self.findings.append(PdfFinding(self.number, region.entity_type, box, region.score, region.source, operator))


def _union(boxes: list[Box]) -> Box:
    """The smallest box holding ``boxes``; (0, 0, 0, 0) for none."""
    if not boxes:
        return (0, 0, 0, 0)
    return min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)


def _moved(box: Box, dx: int, dy: int) -> Box:
    return box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy


def _masked_pieces(text: str, replacements) -> list[str]:
    """Per character of ``text``, what the output's text layer holds in its place: the mask
    at a value's first character, nothing for the rest (line breaks stay where they were)."""
    pieces = list(text)
    for start, end, new in replacements:
        pieces[start] = new
        for i in range(start + 1, end):
            pieces[i] = "\n" if text[i] == "\n" else ""
    return pieces

