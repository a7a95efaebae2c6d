"""File formats: one handler per extension, each ``(bytes, unit) -> bytes``.

A handler walks its format's structure, hands every piece of text to ``unit`` and
rebuilds the file; a file it cannot read raises ``FileRejected`` with the reason.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Callable, NoReturn, Optional

from redact.errors import FileRejected
from redact.formats import delimited, docx, html, jsonfmt, text, xlsx
from redact.units import UnitFn

Handler = Callable[[bytes, UnitFn], bytes]

TEXT_HANDLERS: dict[str, Handler] = {
    ".txt": text.process,
    ".md": text.process,
    ".csv": delimited.process_csv,
    ".tsv": delimited.process_tsv,
    ".json": jsonfmt.process_json,
    ".jsonl": jsonfmt.process_jsonl,
    ".xlsx": xlsx.process,
    ".docx": docx.process,
    ".html": html.process,
    ".htm": html.process,
}
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp")
PDF_EXTENSIONS = (".pdf",)
SUPPORTED = tuple(TEXT_HANDLERS) + IMAGE_EXTENSIONS + PDF_EXTENSIONS


def handler_for(path: str) -> Optional[Handler]:
    """The text handler for a path's extension; None for images, PDFs and unsupported files."""
    return TEXT_HANDLERS.get(PurePath(path).suffix.lower())


def reject_unsupported(path: str) -> NoReturn:
    suffix = PurePath(path).suffix.lower() or "(no extension)"
    raise FileRejected(f"unsupported format {suffix}; supported: {', '.join(SUPPORTED)}")
