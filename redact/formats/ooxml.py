"""Office files (DOCX, XLSX): checked before they are opened, and written the same way every time.

``check_zip`` reads the zip's directory only: an office file whose entries inflate past
``limits.office_inflated_mb``, or hold more than ``limits.office_parts`` entries, is refused before openpyxl
or python-docx inflate anything (a 1.5 MB workbook that inflated to 1.5 GB kept a run busy
for minutes). Sizes in the directory can lie; zipfile then stops at the real size with a
CRC or size error, which is a refusal too.

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


def check_zip(data: bytes, kind: str) -> None:
    """Raise FileRejected, in words, for an office file that is no zip or would inflate too far."""
    from redact.errors import FileRejected
    from redact.limits import current

    most_parts, most_mb = current().office_parts, current().office_inflated_mb
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise FileRejected(f"not a valid {kind} file (not a readable zip archive)") from None
    if len(infos) > most_parts:
        raise FileRejected(
            f"{kind} file with {len(infos):,} parts, over the limit of {most_parts:,} (a zip bomb? limits.office_parts)"
        )
    inflated = sum(info.file_size for info in infos)
    if inflated > most_mb * 2**20:
        raise FileRejected(
            f"{kind} file that inflates to {inflated / 2**20:,.0f} MB, over the limit of {most_mb:,.0f} MB "
            "(a zip bomb? limits.office_inflated_mb)"
        )


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
