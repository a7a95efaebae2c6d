"""Bounds on what one input may cost, checked before the expensive work (policy table ``[limits]``).

A folder holds what people sent: a 1.5 MB workbook that inflates to 1.5 GB, JSON nested
200,000 levels deep, a photo of a billion pixels. Each bound below refuses such a file
with a reason in words that names its key, so an office with a legitimately larger file
raises the key instead of guessing. Large legitimate lists (TXT, Markdown, CSV, TSV) are not
bounded by size: from ``stream_from_mb`` on they are read chunk by chunk (``redact.stream``).

The handlers learn the limits of the file they read from ``current()``: ``process_file`` sets
them for the duration of one file, so the handlers keep their ``(bytes, unit)`` signature.
"""

from __future__ import annotations

import contextlib
import contextvars
from dataclasses import dataclass, fields
from typing import Any, Iterator, Mapping

from redact.errors import FileRejected, PolicyError


@dataclass(frozen=True)
class Limits:
    """The ``[limits]`` keys; see the README's policy reference."""

    #: A file read whole (DOCX, XLSX, JSON, HTML, PDF, a photo) may be this large.
    whole_file_mb: float = 256
    #: TXT, Markdown, CSV and TSV files this large or larger are streamed.
    stream_from_mb: float = 16
    #: What the parts of a DOCX or XLSX may inflate to, and how many parts it may have. A real
    #: workbook of 100,000 rows by 20 columns inflates to about 120 MB.
    office_inflated_mb: float = 512
    office_parts: int = 10_000
    #: How deeply JSON may nest (real exports nest fewer than 10 levels).
    json_depth: int = 100
    #: Characters in one piece of text (a cell, a paragraph, a JSON string); longer pieces are
    #: read in windows, so this bounds memory, not time.
    unit_chars: int = 20_000_000
    #: Pixels of a photo, and pages of a PDF.
    image_megapixels: float = 100
    pdf_pages: int = 2_000
    #: Seconds one file may take, for a file up to 10 MB; a larger file gets proportionally
    #: more (``budget``). ``redact run --file-timeout`` overrides it; 0 turns the budget off.
    file_timeout_s: float = 600

    @classmethod
    def from_config(cls, data: Mapping[str, Any]) -> "Limits":
        known = {f.name: f for f in fields(cls)}
        for key, value in data.items():
            if key not in known:
                raise PolicyError(f"limits.{key}: unknown key (known: {', '.join(known)})")
            zero_ok = key == "file_timeout_s"
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0 or (value == 0 and not zero_ok):
                raise PolicyError(f"limits.{key}: expected a number {'>= 0' if zero_ok else '> 0'}, got {value!r}")
            if known[key].type == "int" and not float(value).is_integer():
                raise PolicyError(f"limits.{key}: expected a whole number, got {value!r}")
        return cls(**{k: (int(v) if known[k].type == "int" else float(v)) for k, v in data.items()})

    def budget(self, size: int) -> float:
        """Seconds for a file of ``size`` bytes; 0 for no budget. A large list gets time in
        proportion to its size, so the budget stops hostile files, not long legitimate ones."""
        return self.file_timeout_s * max(1.0, size / (10 * 2**20))

    def check_whole_file(self, size: int) -> None:
        if size > self.whole_file_mb * 2**20:
            raise FileRejected(
                f"{size / 2**20:,.0f} MB, over the limit of {self.whole_file_mb:,.0f} MB for a file read whole "
                "(raise limits.whole_file_mb)"
            )

    def check_unit(self, text: str) -> None:
        if len(text) > self.unit_chars:
            raise FileRejected(
                f"a text of {len(text):,} characters in one piece, over the limit of {self.unit_chars:,} "
                "(raise limits.unit_chars)"
            )


_CURRENT: contextvars.ContextVar[Limits] = contextvars.ContextVar("redact_limits", default=Limits())


def current() -> Limits:
    """The limits of the file being read (the defaults outside ``applied``)."""
    return _CURRENT.get()


@contextlib.contextmanager
def applied(limits: Limits) -> Iterator[Limits]:
    token = _CURRENT.set(limits)
    try:
        yield limits
    finally:
        _CURRENT.reset(token)
