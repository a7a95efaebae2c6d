"""DOCX: paragraphs in the body, tables, headers and footers; formatting is kept.

A name can be split over several runs (张 in bold, 伟 not), so each paragraph is
analysed as a whole: the text of all its ``w:t`` nodes, hyperlinks included. Each
replacement is then written into the node where its first character was, and the
rest of its characters are removed from the nodes that held them. Table columns under
a personal-data header are covered like CSV columns.
"""

from __future__ import annotations

import bisect
import io
import zipfile
from typing import Iterable, Optional

from docx import Document
from docx.oxml.ns import qn
from docx.opc.exceptions import PackageNotFoundError

from redact.columns import TableColumns, label_column
from redact.errors import FileRejected
from redact.formats.ooxml import check_zip, stable
from redact.units import UnitFn

_T = qn("w:t")
_P = qn("w:p")
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def process(data: bytes, unit: UnitFn) -> bytes:
    check_zip(data, ".docx")
    try:
        doc = Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as err:
        raise FileRejected(f"not a valid .docx file ({type(err).__name__})") from None
    # The elements themselves, not id(): lxml hands out a new proxy per access, and a
    # freed proxy's id is reused, which would make unvisited paragraphs look visited.
    done: set = set()
    for t, table in enumerate(doc.tables, start=1):
        _table(table, t, unit, done)
    parts = [("body", doc.element.body)]
    for s, section in enumerate(doc.sections, start=1):
        for kind in ("header", "footer", "first_page_header", "first_page_footer", "even_page_header", "even_page_footer"):
            part = getattr(section, kind)
            if not part.is_linked_to_previous:
                parts.append((f"section {s} {kind.replace('_', ' ')}", part._element))
    for name, element in parts:
        for n, p in enumerate(element.iter(_P), start=1):
            if p not in done:
                _paragraph(p, f"{name} paragraph {n}", unit)
                done.add(p)
    out = io.BytesIO()
    doc.save(out)
    return stable(out.getvalue(), data)


def _table(table, t: int, unit: UnitFn, done: set) -> None:
    rows = list(table.rows)
    if not rows:
        return
    columns = TableColumns([cell.text for cell in rows[0].cells])
    for r, row in enumerate(rows):
        cells = row.cells
        cols = columns.for_row([cell.text for cell in cells]) if r > 0 else []
        for c, cell in enumerate(cells):
            column = cols[c] if c < len(cols) else None
            if column is None and c > 0:
                column = label_column(cells[c - 1].text)  # 审判长 | 许文杰
            for n, p in enumerate(cell._tc.iter(_P), start=1):
                if p not in done:
                    _paragraph(p, f"table {t} row {r + 1} cell {c + 1} paragraph {n}", unit, column)
                    done.add(p)


def _paragraph(p, location: str, unit: UnitFn, column: Optional[str] = None) -> None:
    nodes = [t for t in p.iter(_T)]
    texts = [t.text or "" for t in nodes]
    full = "".join(texts)
    if not full.strip():
        return
    replacements = unit.replacements(full, location, column) if hasattr(unit, "replacements") else None
    if replacements is None:
        unit(full, location, column)
        return
    for node, text in zip(nodes, distribute(texts, replacements)):
        if text != (node.text or ""):
            node.text = text
            node.set(_SPACE, "preserve")


def distribute(texts: list[str], replacements: Iterable[tuple[int, int, str]]) -> list[str]:
    """New text per node: each replacement goes to the node of its first character."""
    starts, pos = [], 0
    for text in texts:
        starts.append(pos)
        pos += len(text)
    full = "".join(texts)
    at = {s: (e, new) for s, e, new in replacements}
    out = [""] * len(texts)
    i = 0
    while i < len(full):
        owner = bisect.bisect_right(starts, i) - 1
        while owner + 1 < len(texts) and not texts[owner]:
            owner += 1
        if i in at:
            end, new = at[i]
            out[owner] += new
            i = end
        else:
            out[owner] += full[i]
            i += 1
    return out
