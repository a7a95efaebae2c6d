"""Overlap resolution: same type → the stronger finding wins whole; other types → trimmed."""

from __future__ import annotations

import pytest

from redact.findings import Finding
from redact.resolve import resolve_overlaps


def F(etype, start, end, score, rec="r", subtype=None):
    return Finding(etype, start, end, score, rec, subtype=subtype)


@pytest.mark.parametrize(
    ("findings", "expected"),
    [
        pytest.param([F("PERSON", 3, 5, 1.0), F("PERSON", 3, 6, 0.8)], [("PERSON", 3, 5)], id="rule-boundary-beats-model"),
        pytest.param([F("PERSON", 3, 6, 0.8), F("PERSON", 3, 5, 0.65)], [("PERSON", 3, 6)], id="model-beats-weak-rule"),
        pytest.param([F("CN_RESIDENT_ID", 0, 18, 1.0), F("PERSON", 15, 20, 0.8)], [("CN_RESIDENT_ID", 0, 18), ("PERSON", 18, 20)], id="other-type-trimmed"),
        pytest.param([F("PERSON", 0, 10, 1.0), F("CN_PHONE_NUMBER", 2, 5, 0.9)], [("PERSON", 0, 10)], id="contained-other-type-dropped"),
        pytest.param(
            [F("PERSON", 2, 3, 0.8, subtype="surname_only"), F("PERSON", 2, 5, 0.65)],
            [("PERSON", 2, 5)],
            id="a-lone-surname-never-hides-the-given-name",
        ),
        pytest.param([F("PERSON", 0, 2, 1.0), F("PERSON", 4, 6, 1.0)], [("PERSON", 0, 2), ("PERSON", 4, 6)], id="disjoint-kept"),
        pytest.param([F("CN_PHONE_NUMBER", 0, 11, 1.0), F("CN_RESIDENT_ID", 0, 11, 1.0)], [("CN_RESIDENT_ID", 0, 11)], id="tie-broken-by-type"),
    ],
)
def test_resolve(findings, expected):
    assert [(f.entity_type, f.start, f.end) for f in resolve_overlaps(findings)] == expected


def test_union_of_covered_characters_never_shrinks_across_types():
    findings = [F("CN_LICENSE_PLATE", 5, 13, 1.0), F("PERSON", 2, 7, 0.9), F("PERSON", 11, 15, 0.7)]
    before = {i for f in findings for i in range(f.start, f.end)}
    after = {i for f in resolve_overlaps(findings) for i in range(f.start, f.end)}
    assert after == before
