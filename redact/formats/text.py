"""Plain text and Markdown: the whole file is one unit, written back in its own encoding."""

from __future__ import annotations

from redact.formats.encoding import decode
from redact.units import UnitFn


def process(data: bytes, unit: UnitFn) -> bytes:
    decoded = decode(data)
    return decoded.encode(unit(decoded.text, "text"))
