"""Generated PDFs with planted personal data: for the PDF tests and the PDF benchmark.

* ``text_pdf`` — real text PDFs: CJK text drawn with an embedded subset of Noto Sans CJK
  (the ``cvttf-notosanscjk-regular`` dev dependency; subset with fontTools), written by
  PDFium, lines wrapped at the page width as a word processor or browser wraps them (so a
  value can break across lines and pages); then, with pypdf, what a published file also
  carries: a title and author, a note annotation, bookmarks, an attached file and a script,
  added as an incremental update (an earlier revision stays in the file).
* ``scanned_pdf`` — image-only PDFs (Pillow), one picture per page, as a scanner writes them:
  typed pages photographed at a slight angle, and traffic evidence sheets.

Where this is easier than life: one font and size, no columns, no tables drawn with rules,
no vertical text, no Type 3 fonts, no text drawn as outlines; scans are clean and straight
but for a small rotation and noise.
"""

from __future__ import annotations

import ctypes
import io
import os
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw

from benchmarks.scenes import font

A4 = (595.0, 842.0)
MARGIN = 56.0


@lru_cache(maxsize=1)
def _noto_path() -> str:
    import cvttf_NotoSansCJK_Regular as noto

    return os.path.join(os.path.dirname(noto.__file__), "NotoSansCJKtc-Regular.otf")


def _subset_font(chars: str) -> bytes:
    """Noto Sans CJK cut down to ``chars`` (the whole font is 16 MB)."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    ttf = TTFont(_noto_path())
    options = subset.Options()
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars + "?")
    subsetter.subset(ttf)
    out = io.BytesIO()
    ttf.save(out)
    return out.getvalue()


def wrap(text: str, size: float, width: float = A4[0] - 2 * MARGIN) -> list[str]:
    """Lines of at most ``width`` points: CJK characters are 1 em wide, ASCII about half."""
    lines = []
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for ch in paragraph:
            w = size * (0.55 if ch.isascii() else 1.0)
            if used + w > width and line:
                lines.append(line)
                line, used = "", 0.0
            line += ch
            used += w
        lines.append(line)
    return lines


@dataclass
class Extras:
    """What a published PDF carries besides its pages (each may hold personal data)."""

    title: str = ""
    author: str = ""
    subject: str = ""
    keywords: str = ""
    note: str = ""  # a sticky-note annotation on page 1
    bookmarks: list[str] = field(default_factory=list)
    attachment: tuple[str, bytes] = ()  # type: ignore[assignment]
    script: str = ""


def text_pdf(text: str, size: float = 11.0, extras: Extras = Extras()) -> bytes:
    """A text PDF of ``text`` (A4, wrapped, as many pages as it takes), then ``extras``."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    lines = wrap(text, size)
    per_page = int((A4[1] - 2 * MARGIN) // (size * 1.6))
    data = _subset_font("".join(set(text)))
    buffer = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
    doc = pdfium.PdfDocument.new()
    loaded = raw.FPDFText_LoadFont(doc.raw, buffer, len(data), raw.FPDF_FONT_TRUETYPE, True)
    for first in range(0, max(1, len(lines)), per_page):
        page = doc.new_page(*A4)
        y = A4[1] - MARGIN - size
        for line in lines[first : first + per_page]:
            if line:
                obj = raw.FPDFPageObj_CreateTextObj(doc.raw, loaded, size)
                encoded = (line + "\0").encode("utf-16-le")
                raw.FPDFText_SetText(obj, ctypes.cast(ctypes.c_char_p(encoded), ctypes.POINTER(raw.FPDF_WCHAR)))
                raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, MARGIN, y)
                raw.FPDFPage_InsertObject(page.raw, obj)
            y -= size * 1.6
        raw.FPDFPage_GenerateContent(page.raw)
    out = io.BytesIO()
    doc.save(out)
    return _with_extras(out.getvalue(), extras) if extras != Extras() else out.getvalue()


def _with_extras(pdf: bytes, extras: Extras) -> bytes:
    """Add metadata, a note, bookmarks, an attachment and a script as an incremental update."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Text

    writer = PdfWriter(PdfReader(io.BytesIO(pdf)), incremental=True)
    info = {"/Title": extras.title, "/Author": extras.author, "/Subject": extras.subject, "/Keywords": extras.keywords}
    writer.add_metadata({k: v for k, v in info.items() if v})
    if extras.note:
        writer.add_annotation(0, Text(text=extras.note, rect=(60, 700, 90, 730), open=True))
    for title in extras.bookmarks:
        writer.add_outline_item(title=title, page_number=0)
    if extras.attachment:
        writer.add_attachment(*extras.attachment)
    if extras.script:
        from pypdf.actions import JavaScript

        writer.add_open_action(JavaScript(extras.script))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def typed_page(text: str, seed: int = 0, dpi: int = 150) -> Image.Image:
    """A typed page as a scanner sees it: A4 at ``dpi``, black text, a slight tilt, noise."""
    rng = np.random.default_rng(seed)
    width, height = int(A4[0] / 72 * dpi), int(A4[1] / 72 * dpi)
    page = Image.new("RGB", (width, height), (250, 250, 246))
    draw = ImageDraw.Draw(page)
    size = int(11 / 72 * dpi * 1.1)
    margin = int(MARGIN / 72 * dpi)
    y = margin
    for line in wrap(text, size, width - 2 * margin):
        draw.text((margin, y), line, font=font(size), fill=(20, 20, 20))
        y += int(size * 1.7)
    page = page.rotate(float(rng.uniform(-0.8, 0.8)), resample=Image.BICUBIC, fillcolor=(250, 250, 246))
    noise = rng.normal(0, 4, (height, width, 3))
    return Image.fromarray(np.clip(np.asarray(page, dtype=np.float32) + noise, 0, 255).astype(np.uint8))


def scanned_pdf(pages: list[Image.Image], dpi: int = 150) -> bytes:
    """An image-only PDF, one JPEG per page, as a scanner writes it."""
    out = io.BytesIO()
    first, *rest = [p.convert("RGB") for p in pages]
    first.save(out, format="PDF", save_all=True, append_images=rest, resolution=dpi, quality=88)
    return out.getvalue()
