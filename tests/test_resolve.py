"""Overlap resolution: same type → the stronger finding wins whole; other types → trimmed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


def _resolve_by_brute_force(findings):
    """The specification, in quadratic time: each finding, strongest first, against all kept."""
    from redact.resolve import _subtract

    ranked = sorted(findings, key=lambda f: (f.subtype == "surname_only", -f.score, -(f.end - f.start),
                                             {"CN_RESIDENT_ID": 0, "CN_PHONE_NUMBER": 1, "CN_LICENSE_PLATE": 2, "PERSON": 3}[f.entity_type], f.start))
    kept = []
    for f in ranked:
        over = [k for k in kept if k.start < f.end and f.start < k.end]
        if not over:
            kept.append(f)
        elif not any(k.entity_type == f.entity_type for k in over):
            pieces = [(f.start, f.end)]
            for o in over:
                pieces = [q for p in pieces for q in _subtract(p, (o.start, o.end))]
            kept.extend(F(f.entity_type, a, b, f.score, f.recognizer, f.subtype) for a, b in pieces)
    return sorted((k.entity_type, k.start, k.end) for k in kept)


_FINDING = st.builds(
    lambda etype, start, length, score, lone: F(etype, start, start + length, score, subtype="surname_only" if lone else None),
    st.sampled_from(["PERSON", "CN_RESIDENT_ID", "CN_PHONE_NUMBER", "CN_LICENSE_PLATE"]),
    st.integers(0, 60), st.integers(1, 12), st.sampled_from([0.55, 0.65, 0.8, 0.85, 1.0]), st.booleans(),
)


@given(st.lists(_FINDING, max_size=40))
def test_resolution_matches_the_quadratic_specification(findings):
    resolved = resolve_overlaps(findings)
    assert sorted((f.entity_type, f.start, f.end) for f in resolved) == _resolve_by_brute_force(findings)
    assert all(a.end <= b.start for a, b in zip(resolved, resolved[1:]))  # disjoint, sorted
