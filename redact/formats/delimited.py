"""CSV and TSV: every cell is a unit; a header naming a personal-data column covers the column.

The first row is the header row. Line endings and the input's encoding are kept;
quoting follows the csv module's minimal quoting.
"""

from __future__ import annotations

import csv
import io

from redact.columns import TableColumns
from redact.errors import FileRejected
from redact.formats.encoding import decode
from redact.units import UnitFn


def _process(data: bytes, unit: UnitFn, delimiter: str) -> bytes:
    decoded = decode(data)
    text = decoded.text
    newline = "\r\n" if "\r\n" in text else "\n"
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as err:
        raise FileRejected(f"not valid {'CSV' if delimiter == ',' else 'TSV'} ({err})") from None
    columns = header_columns(rows[0]) if rows else []
    result = write_rows(redact_rows(rows, 1, columns, unit), delimiter, newline)
    if not text.endswith(("\n", "\r")) and result.endswith(newline):
        result = result[: -len(newline)]
    return decoded.encode(result)


def header_columns(header: list[str]) -> TableColumns:
    """The entity type each header cell names (身份证号 → CN_RESIDENT_ID), or None."""
    return TableColumns(header)


def redact_rows(rows: list[list[str]], first: int, columns: TableColumns, unit: UnitFn) -> list[list[str]]:
    """Every cell of ``rows`` through ``unit``; ``first`` is the number of the first row (the
    header is row 1 and is covered by no column)."""
    out = []
    for r, row in enumerate(rows, start=first):
        cols = columns.for_row(row) if r > 1 else []
        out.append([unit(cell, f"row {r}, column {c + 1}", cols[c] if c < len(cols) else None)
                    for c, cell in enumerate(row)])
    return out


def write_rows(rows: list[list[str]], delimiter: str, newline: str) -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator=newline).writerows(rows)
    return buffer.getvalue()


def process_csv(data: bytes, unit: UnitFn) -> bytes:
    return _process(data, unit, ",")


def process_tsv(data: bytes, unit: UnitFn) -> bytes:
    return _process(data, unit, "\t")
