"""Rule family: names in a table column whose header is a name header (CSV, TSV, ``|``, spaces)."""

from __future__ import annotations

from typing import Iterator, Optional

import regex as re

from recognizers.person.family import Family
from recognizers.person.lexicon import MASK_CHARS, NAME_HEADERS
from recognizers.person.patterns import DOTTED_RE, HAN_RE
from recognizers.person.surnames import SURNAMES

#: Every name header holds one of these (their last characters and 名).
_HEADER_HINT_CHARS = frozenset(h[-1] for h in NAME_HEADERS) | {"名"}
_TABLE_SPLIT = {
    "\t": re.compile(r"\t"),
    ",": re.compile(r","),
    "|": re.compile(r"\|"),
    "  ": re.compile(r" {2,}"),
    " ": re.compile(r" "),  # 序号 姓名 性别: a table pasted with single spaces; tried last
}


class NameColumns(Family):
    """Each cell under a name header, line by line until a blank line ends the table."""

    rule = "person_name_column"
    score = 0.85

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        offset = 0
        column: Optional[tuple[str, int]] = None
        for line in text.splitlines(keepends=True):
            body = line.rstrip("\r\n")
            if not body.strip():
                column = None
            else:
                header = _name_column(body)
                if header is not None:
                    column = header
                elif column is not None:
                    span = _cell_span(body, *column)
                    if span is not None:
                        yield offset + span[0], offset + span[1]
            offset += len(line)


def is_name_header(cell: str) -> bool:
    """A header cell over a column of names: 姓名, 姓 名, 被处罚人姓名, 姓名（名称）, 车主 ..."""
    label = cell.strip().strip('"')
    if label in NAME_HEADERS:
        return True
    if len(label) > 16 or not _HEADER_HINT_CHARS.intersection(label):
        return False  # most cells are values; this is called for every cell of every line
    label = re.sub(r"\s+", "", label)
    note = re.search(r"[（(]([^）)]*)[）)]$", label)
    if note and note.group(1) in NAME_HEADERS:
        return True  # 当事人名称（姓名）: a column of names or of firms
    label = re.sub(r"[（(][^）)]*[）)]$|/名称$", "", label)  # 姓名（名称）, 姓名/名称
    return label in NAME_HEADERS or (label.endswith("姓名") and len(label) <= 8)


def looks_like_name(cell: str) -> bool:
    """A table cell that can be a person's name: 2-4 Han chars, 杨　帆, or a dotted name."""
    if any(ch in MASK_CHARS for ch in cell):
        return False
    if DOTTED_RE.fullmatch(cell) or (len(cell) == 3 and cell[1] in " \u3000" and cell[0] in SURNAMES):
        return True
    return 2 <= len(cell) <= 4 and all(HAN_RE.match(ch) for ch in cell)


def _split(body: str, sep: str) -> list[tuple[int, int]]:
    cells, last = [], 0
    for m in _TABLE_SPLIT[sep].finditer(body):
        cells.append((last, m.start()))
        last = m.end()
    cells.append((last, len(body)))
    return cells


def _name_column(body: str) -> Optional[tuple[str, int]]:
    for sep in _TABLE_SPLIT:
        cells = _split(body, sep)
        if len(cells) < 2:
            continue
        for idx, (a, b) in enumerate(cells):
            if is_name_header(body[a:b]):
                return sep, idx
    return None


def _cell_span(body: str, sep: str, idx: int) -> Optional[tuple[int, int]]:
    cells = _split(body, sep)
    if idx >= len(cells):
        return None
    a, b = cells[idx]
    cell = body[a:b]
    stripped = cell.strip().strip('"').strip()
    if not stripped:
        return None
    a += cell.index(stripped)
    b = a + len(stripped)
    if not looks_like_name(stripped):
        return None
    return a, b
