"""Which file and folder names are read for personal data, and how they are published."""

from __future__ import annotations

import pytest

from redact.file_names import may_hold, needs_reading, parts, public_part, public_paths


@pytest.mark.parametrize(
    ("name", "read"),
    [
        ("处罚决定书_孙丽华", True),
        ("13812345678", True),
        ("138-1234-5678", True),  # a phone in groups: no run of five digits, still eleven digits
        ("IMG_20240501_123456", True),
        ("notice00042", False),  # a serial number: no name, no phone, no ID can hide in five digits
        ("2024年", True),
        ("batch000", False),
    ],
)
def test_which_names_are_read(name, read):
    assert may_hold(name) is read


def test_a_phone_written_in_groups_is_masked_in_a_file_name(redactor):
    assert public_part("138-1234-5678.jpg", redactor) == "138-＊＊＊＊-5678.jpg"
    assert public_part("notice00042.txt", redactor) == "notice00042.txt"


def test_names_read_elsewhere_give_the_same_paths(redactor):
    """A Dask run reads the names on a worker and hands the client a mapping: same outputs."""
    rels = ["孙丽华案/笔录.txt", "决定书_李明.txt", "决定书_李强.txt", "batch000/notice00042.txt"]
    assert needs_reading(rels)
    assert parts(rels) == sorted(["孙丽华案", "笔录.txt", "决定书_李明.txt", "决定书_李强.txt"])
    read = {part: public_part(part, redactor) for part in parts(rels)}
    assert public_paths(rels, lambda part: read.get(part, part)) == public_paths(rels, redactor)
    paths = public_paths(rels, redactor)
    assert {paths["决定书_李明.txt"], paths["决定书_李强.txt"]} == {"决定书_李某.txt", "决定书_李某 (2).txt"}
