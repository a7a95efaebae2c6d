"""Table headers that say what a whole column holds.

A column headed 身份证号 holds ID numbers even in the row where a clerk typed one digit
too many, so every cell of it gets that entity's operator, in addition to detection
inside every cell. Headers are matched by substring, most specific type first
(当事人身份证号 is an ID column, not a name column).
"""

from __future__ import annotations

from typing import Optional

import regex as re

from recognizers._text import normalize_width
from recognizers.license_plate import PROVINCES
from recognizers.person_rules import NAME_HEADERS, looks_like_name

HEADER_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("CN_RESIDENT_ID", ("身份证", "证件号", "公民身份号码", "身份号码", "驾驶证号")),
    ("CN_PHONE_NUMBER", ("手机", "电话", "联系方式", "联系号码", "移动电话")),
    ("CN_LICENSE_PLATE", ("号牌号码", "车牌", "号牌", "车辆号牌")),
    # The rule layer's name headers: one list for the recognizer and the column operators.
    ("PERSON", tuple(sorted(NAME_HEADERS))),
)

_DIGITS = re.compile(r"\d")


def column_entity(header: object) -> Optional[str]:
    """The entity type a header cell announces, or None."""
    if not isinstance(header, str):
        return None
    text = re.sub(r"\s+", "", normalize_width(header))  # 姓 名: clerks space out short headers
    if not text or len(text) > 20:
        return None
    for entity, keys in HEADER_KEYS:
        if any(key in text for key in keys):
            return entity
    return None


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
