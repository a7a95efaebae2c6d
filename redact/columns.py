"""Table headers that say what a whole column holds.

A column headed 身份证号 holds ID numbers even in the row where a clerk typed one digit
too many, so every cell of it gets that entity's operator, in addition to detection
inside every cell. Headers are matched by substring, most specific type first
(当事人身份证号 is an ID column, not a name column).
"""

from __future__ import annotations

from typing import Any, Iterable, Optional, Sequence

import regex as re

from recognizers._text import normalize_width
from recognizers.entities import ENTITIES
from recognizers.license_plate import PROVINCES
from recognizers.person import looks_like_name
from redact import roles

#: (type, words of a header over its values), from the entity facts' ``header_words``.
HEADER_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = tuple((facts.entity, facts.header_words) for facts in ENTITIES)

#: Headers of the columns that say whose a row's vehicle is or what it is used for.
ATTRIBUTION_HEADERS = roles.ATTRIBUTION_LABELS + ("车辆类型", "车辆类别", "车型")

_DIGITS = re.compile(r"\d")


class Column(str):
    """The entity type a header announces (a plain ``str``), with the role its cells get from
    the header (举报电话 → agency_hotline) or from their row (使用单位 = 区城管执法局)."""

    role: Optional[str]

    def __new__(cls, entity: str, role: Optional[str] = None) -> "Column":
        column = super().__new__(cls, entity)
        column.role = role
        return column


def _header_text(header: object) -> str:
    if not isinstance(header, str):
        return ""
    text = re.sub(r"\s+", "", normalize_width(header))  # 姓 名: clerks space out short headers
    return text if len(text) <= 20 else ""


def column_entity(header: object) -> Optional[Column]:
    """The entity type a header cell announces, or None."""
    text = _header_text(header)
    if not text:
        return None
    for entity, keys in HEADER_KEYS:
        if any(key in text for key in keys):
            hotline = entity == "CN_PHONE_NUMBER" and any(label in text for label in roles.HOTLINE_LABELS)
            return Column(entity, roles.AGENCY_HOTLINE if hotline else None)
    return None


def attributes(header: object) -> bool:
    """Whether a header names a column that says whose the row's vehicle is (使用单位, 使用性质)."""
    text = _header_text(header)
    return bool(text) and text.endswith(ATTRIBUTION_HEADERS)


def row_role(pairs: Iterable[tuple[object, Any]]) -> Optional[str]:
    """The role the (header, value) pairs of one row give its plate: 使用单位 = 区城管执法局."""
    for header, value in pairs:
        if isinstance(value, str) and attributes(header):
            role = roles.of_cell("CN_LICENSE_PLATE", value)
            if role:
                return role
    return None


def with_row_role(column: Optional[str], role: Optional[str]) -> Optional[str]:
    """``column`` with ``role`` when it is a plate column without a role of its own."""
    if role and column == "CN_LICENSE_PLATE" and getattr(column, "role", None) is None:
        return Column(column, role)
    return column


def label_column(label: object) -> Optional[Column]:
    """The column a label cell gives the cell to its right: a signature block laid out as a
    table (审判长 | 许文杰) names an officer of the court."""
    text = _header_text(label).rstrip(":")
    role = roles.OFFICER_TITLES.get(text)
    return Column("PERSON", role) if role else None


class TableColumns(list):
    """What each column of a table holds (a ``Column`` or None) from its header row, and which
    columns attribute a row's vehicle: ``for_row`` gives a row's plate cells their role."""

    def __init__(self, headers: Sequence[object]) -> None:
        super().__init__(column_entity(h) for h in headers)
        self.headers = list(headers)
        self.attributing = any(attributes(h) for h in headers)

    def for_row(self, row: Sequence[Any]) -> list:
        if not self.attributing:
            return self
        role = row_role(zip(self.headers, row))
        return [with_row_role(c, role) for c in self] if role else self


def cell_fits(entity: str, cell: str) -> bool:
    """Whether a cell under such a header holds a value (not 无, -, or a remark)."""
    text = normalize_width(cell).strip()
    if entity == "PERSON":
        return looks_like_name(text)
    digits = len(_DIGITS.findall(text))
    if entity == "CN_RESIDENT_ID":
        return digits >= 6
    if entity == "CN_PHONE_NUMBER":
        return digits >= 5
    return bool(text) and (text[0] in PROVINCES or digits >= 4)
