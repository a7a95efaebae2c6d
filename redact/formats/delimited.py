"""CSV and TSV: every cell is a unit; a header naming a personal-data column covers the column.

The first row is the header row. Line endings and the input's encoding are kept;
quoting follows the csv module's minimal quoting.
"""

from __future__ import annotations

import csv
import io

from redact.columns import column_entity
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
    columns = [column_entity(cell) for cell in rows[0]] if rows else []
    out_rows = []
    for r, row in enumerate(rows):
        out = []
        for c, cell in enumerate(row):
            column = columns[c] if r > 0 and c < len(columns) else None
            out.append(unit(cell, f"row {r + 1}, column {c + 1}", column))
        out_rows.append(out)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline)
    writer.writerows(out_rows)
    result = buffer.getvalue()
    if not text.endswith(("\n", "\r")) and result.endswith(newline):
        result = result[: -len(newline)]
    return decoded.encode(result)


def process_csv(data: bytes, unit: UnitFn) -> bytes:
    return _process(data, unit, ",")


def process_tsv(data: bytes, unit: UnitFn) -> bytes:
    return _process(data, unit, "\t")
