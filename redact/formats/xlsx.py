"""XLSX: every text cell of every sheet is a unit; formulas, numbers and styles stay.

The first non-empty row of a sheet is its header row: a column headed 姓名, 身份证号,
联系电话 or 号牌号码 is covered as a whole. Numbers typed as numbers (a phone number
stored as 13812345678.0) are converted to text only when they are personal data.
"""

from __future__ import annotations

import io
import zipfile

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from redact.columns import TableColumns
from redact.errors import FileRejected
from redact.formats.ooxml import check_zip, stable
from redact.units import UnitFn


def process(data: bytes, unit: UnitFn) -> bytes:
    check_zip(data, ".xlsx")
    try:
        book = load_workbook(io.BytesIO(data))
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise FileRejected(f"not a valid .xlsx file ({type(err).__name__})") from None
    for sheet in book.worksheets:
        columns = TableColumns([])
        header_row = None
        for row in sheet.iter_rows():
            if header_row is None and any(cell.value not in (None, "") for cell in row):
                header_row = row[0].row
                columns = TableColumns([cell.value for cell in row])
                for cell in row:
                    _cell(cell, sheet.title, unit, None)
                continue
            cols = columns.for_row([cell.value for cell in row])
            for i, cell in enumerate(row):
                _cell(cell, sheet.title, unit, cols[i] if i < len(cols) else None)
    out = io.BytesIO()
    book.save(out)
    return stable(out.getvalue(), data)


def _cell(cell, sheet: str, unit: UnitFn, column) -> None:
    value = cell.value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer():
        text = str(int(value))
        if len(text) >= 7:  # long integers may be IDs or phone numbers typed as numbers
            new = unit(text, f"sheet {sheet}!{cell.coordinate}", column)
            if new != text:
                cell.value = new
        return
    if isinstance(value, str) and not value.startswith("="):
        new = unit(value, f"sheet {sheet}!{cell.coordinate}", column)
        if new != value:
            cell.value = new
