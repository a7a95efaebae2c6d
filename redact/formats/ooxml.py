"""Office files (DOCX, XLSX) written the same way every time.

openpyxl and python-docx stamp each zip entry with the time of saving and openpyxl writes
that time into ``docProps/core.xml`` too, so the same input de-identified twice gave two
different files: a rerun, a Dask worker and a local run could not be compared byte for
byte, and every output looked changed. ``stable`` gives each entry the time stamp it had in
the input (entries the writer added get the zip epoch) and keeps the input's modification
time in the document properties.
"""

from __future__ import annotations

import io
import re
import zipfile

CORE_PROPERTIES = "docProps/core.xml"
_MODIFIED = re.compile(rb"(<dcterms:modified\b[^>]*>)([^<]*)(</dcterms:modified>)")
_EPOCH = (1980, 1, 1, 0, 0, 0)


def stable(output: bytes, source: bytes) -> bytes:
    """``output`` (a zip written from ``source``) with ``source``'s time stamps."""
    with zipfile.ZipFile(io.BytesIO(source)) as src:
        stamps = {info.filename: info.date_time for info in src.infolist()}
        core = src.read(CORE_PROPERTIES) if CORE_PROPERTIES in stamps else b""
    modified = _MODIFIED.search(core)
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(output)) as out, zipfile.ZipFile(buffer, "w") as new:
        for info in out.infolist():
            data = out.read(info)
            if info.filename == CORE_PROPERTIES:
                value = modified.group(2) if modified else b"1980-01-01T00:00:00Z"
                data = _MODIFIED.sub(lambda m: m.group(1) + value + m.group(3), data)
            entry = zipfile.ZipInfo(info.filename, date_time=stamps.get(info.filename, _EPOCH))
            entry.compress_type = info.compress_type
            entry.external_attr = info.external_attr
            new.writestr(entry, data)
    return buffer.getvalue()
