"""Writing a de-identified PDF from scratch: one picture per page and an invisible text layer.

Every object of the output is written here, from the page pictures and the masked text
alone; nothing of the input file (fonts, metadata, XMP, annotations, form fields,
outlines, attachments, scripts, earlier revisions) can reach the output, because
nothing of it is copied. That is the guarantee a redacted PDF needs, and why the
writer is ours rather than an edit of the input with a PDF library.

The text layer is drawn in render mode 3 (invisible) with a font that has no glyphs
(``GlyphLessFont``): each character code is its Unicode code point (Identity-H, two
bytes) and a ToUnicode map says so, so ``pdftotext``, browsers, screen readers and
search get the masked text where the page shows the picture.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

#: A character outside the Basic Multilingual Plane cannot be one two-byte code.
_REPLACEMENT = 0xFFFD


@dataclass(frozen=True)
class TextLine:
    """A piece of the text layer: ``text`` laid over ``box`` (x1, y1, x2, y2 in points, y down)."""

    text: str
    box: tuple[float, float, float, float]


@dataclass
class PageImage:
    """A page: its picture as JPEG bytes, its size in points, its text layer."""

    jpeg: bytes
    pixels: tuple[int, int]  # width, height of the JPEG
    size: tuple[float, float]  # width, height in points
    lines: list[TextLine] = field(default_factory=list)


def write_pdf(pages: list[PageImage], producer: str = "redact") -> bytes:
    """A complete, fresh PDF 1.7 file (no incremental sections, no metadata but the producer)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in once the page tree exists
    tree = add(b"")
    font = _glyphless_font(add)
    kids = []
    for page in pages:
        image = add(_stream(_image_dict(page), page.jpeg))
        content = add(_stream(b"<< /Filter /FlateDecode", zlib.compress(_content(page))))
        w, h = page.size
        kids.append(add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %s %s] /Resources << /XObject << /Im0 %d 0 R >> "
            b"/Font << /F0 %d 0 R >> >> /Contents %d 0 R >>" % (tree, _num(w), _num(h), image, font, content)
        ))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Producer %s >>" % _literal(producer))
    return _serialise(objects, catalog, info)


def _serialise(objects: list[bytes], root: int, info: int) -> bytes:
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, info, xref)
    return bytes(out)


def _stream(head: bytes, data: bytes) -> bytes:
    """``head`` is a dictionary without its closing ``>>``; the length is added here."""
    return head + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _image_dict(page: PageImage) -> bytes:
    w, h = page.pixels
    return b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode" % (w, h)


def _content(page: PageImage) -> bytes:
    """Draw the picture over the whole page, then the invisible text, line by line."""
    w, h = page.size
    ops = [b"q %s 0 0 %s 0 0 cm /Im0 Do Q" % (_num(w), _num(h))]
    if page.lines:
        ops.append(b"BT 3 Tr")
        for line in page.lines:
            codes = [ord(c) if ord(c) <= 0xFFFF and not 0xD800 <= ord(c) <= 0xDFFF else _REPLACEMENT for c in line.text]
            if not codes:
                continue
            x1, y1, x2, y2 = line.box
            size = max(1.0, y2 - y1)
            # Glyphs are 1 em wide (DW 1000): stretch the line horizontally to the width it had.
            scale = 100.0 * max(1.0, x2 - x1) / (len(codes) * size)
            baseline = h - y2 + 0.12 * size
            ops.append(
                b"/F0 %s Tf %s Tz 1 0 0 1 %s %s Tm <%s> Tj"
                % (_num(size), _num(scale), _num(x1), _num(baseline), "".join(f"{c:04X}" for c in codes).encode())
            )
        ops.append(b"ET")
    return b"\n".join(ops)


def _glyphless_font(add) -> int:
    """A Type0 font whose codes are Unicode code points, with nothing to draw."""
    cmap = add(_stream(b"<< /Filter /FlateDecode", zlib.compress(_to_unicode())))
    descriptor = add(
        b"<< /Type /FontDescriptor /FontName /GlyphLessFont /Flags 4 /FontBBox [0 0 1000 1000] "
        b"/ItalicAngle 0 /Ascent 1000 /Descent 0 /CapHeight 1000 /StemV 80 >>"
    )
    cid = add(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /GlyphLessFont "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor %d 0 R /DW 1000 /CIDToGIDMap /Identity >>" % descriptor
    )
    return add(
        b"<< /Type /Font /Subtype /Type0 /BaseFont /GlyphLessFont /Encoding /Identity-H "
        b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid, cmap)
    )


def _to_unicode() -> bytes:
    """Code ``XXYY`` is U+XXYY, for the whole Basic Multilingual Plane but the surrogates."""
    ranges = [b"<%02X00> <%02XFF> <%02X00>" % (hi, hi, hi) for hi in range(256) if not 0xD8 <= hi <= 0xDF]
    blocks = []
    for i in range(0, len(ranges), 100):  # at most 100 entries per block
        chunk = ranges[i : i + 100]
        blocks.append(b"%d beginbfrange\n" % len(chunk) + b"\n".join(chunk) + b"\nendbfrange")
    return (
        b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        + b"\n".join(blocks)
        + b"\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
    )


def _num(value: float) -> bytes:
    return (b"%.2f" % value).rstrip(b"0").rstrip(b".") or b"0"


def _literal(text: str) -> bytes:
    return b"(" + text.encode("ascii").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"
