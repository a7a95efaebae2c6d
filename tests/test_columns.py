"""Header cells that say what a whole column holds (redact/columns.py)."""

from __future__ import annotations

import pytest

from redact.columns import column_entity


@pytest.mark.parametrize(
    ("header", "entity"),
    [
        ("姓名", "PERSON"),
        ("姓 名", "PERSON"),
        ("被执行人", "PERSON"),
        ("配偶", "PERSON"),
        ("当事人身份证号", "CN_RESIDENT_ID"),
        ("联 系 电 话", "CN_PHONE_NUMBER"),
        ("号牌号码", "CN_LICENSE_PLATE"),
        ("违法地点", None),
        (42, None),
    ],
)
def test_column_entity(header, entity):
    assert column_entity(header) == entity
