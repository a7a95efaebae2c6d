"""The public API as written in ../shared/CONTRACT.md, and its never-leak guarantees."""

from __future__ import annotations

import pytest

import redact
from benchmarks.corpus import bulletin, penalty_decision, table

SAMPLE = "驾驶人张伟驾驶晋J·A12B3号车，身份证号141181199001011235，电话138-1234-5678。"


def test_contract_analyze(redactor):
    findings = redactor.analyze(SAMPLE)
    assert all(isinstance(f, redact.Finding) for f in findings)
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    got = {(f.entity_type, SAMPLE[f.start : f.end]) for f in findings}
    assert got == {
        ("PERSON", "张伟"),
        ("CN_LICENSE_PLATE", "晋J·A12B3"),
        ("CN_RESIDENT_ID", "141181199001011235"),
        ("CN_PHONE_NUMBER", "138-1234-5678"),
    }
    for f in findings:
        assert 0.0 <= f.score <= 1.0
        assert f.recognizer.startswith("Chinese")


def test_contract_redact_text(redactor):
    res = redactor.redact_text(SAMPLE)
    assert isinstance(res, redact.TextResult)
    assert res.text == "驾驶人张某驾驶晋J·***B3号车，身份证号141181************，电话138-****-5678。"
    # findings index the ORIGINAL text
    assert [SAMPLE[f.start : f.end] for f in res.findings] == ["张伟", "晋J·A12B3", "141181199001011235", "138-1234-5678"]
    assert [f.operator for f in res.findings] == ["surname", "plate_mask", "keep_ends", "phone_mask"]


def test_constructor_accepts_policy_object_and_path(tmp_path):
    path = tmp_path / "p.toml"
    path.write_text('preset = "court"\n', encoding="utf-8")
    assert redact.Redactor(policy=str(path)).policy.config == redact.Policy.preset("court").config
    assert redact.Redactor(policy=path).policy.config["preset"] == "court"
    assert redact.Redactor(policy=redact.Policy.preset("hutool")).policy.config["preset"] == "hutool"


def test_reuse_is_stable(redactor):
    first = redactor.redact_text(SAMPLE).text
    for _ in range(3):
        redactor.redact_text("别的文本，电话13912345678。")
    assert redactor.redact_text(SAMPLE).text == first


def test_empty_and_clean_text(redactor):
    assert redactor.analyze("") == []
    assert redactor.redact_text("").text == ""
    clean = "现将有关事项公告如下。监督电话：12345。"
    assert redactor.redact_text(clean).text == clean


def test_rejects_non_text(redactor):
    with pytest.raises(TypeError, match="takes a str"):
        redactor.analyze(b"bytes")


def test_same_person_same_pseudonym_and_numbering():
    r = redact.Redactor(policy={"entities": {"PERSON": {"params": {"numbered": True}}}})
    text = "当事人张伟驾驶。当事人张敏驾驶。当事人张伟再次驾驶。当事人李四驾驶。"
    assert r.redact_text(text).text == "当事人张某1驾驶。当事人张某2驾驶。当事人张某1再次驾驶。当事人李某驾驶。"


def test_overlapping_findings_are_resolved(redactor):
    r = redact.Redactor(policy={"entities": {"PERSON": {"deny": ["张伟驾驶晋"]}}})
    res = r.redact_text("驾驶人张伟驾驶晋J·A12B3")
    spans = sorted((f.start, f.end) for f in res.findings)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))
    assert "A12" not in res.text and "张伟" not in res.text


@pytest.mark.parametrize("make", [bulletin, table, penalty_decision], ids=["bulletin", "table", "decision"])
def test_repr_never_shows_values(redactor, gen, make):
    doc = make(gen)
    res = redactor.redact_text(doc.text)
    shown = repr(res) + str(res) + repr(res.findings) + "".join(str(f) for f in res.findings) + repr(redactor)
    for start, end, _ in doc.spans:
        assert doc.text[start:end] not in shown
