"""ChineseContextEnhancer: cue words on raw characters, windows, negative cues."""

from __future__ import annotations

import pytest

import redact
from recognizers._text import nearest_cue, normalize_width

BAD_CHECK = "141181199001011234"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(f"身份证号{BAD_CHECK}", True, id="cue-touching"),
        pytest.param(f"身份证号码为：{BAD_CHECK}", True, id="cue-with-colon"),
        pytest.param(f"身份证号（见附件）{BAD_CHECK}", True, id="cue-within-window"),
        pytest.param(f"身份证号在本公告第三段所列材料中已经注明{BAD_CHECK}", False, id="cue-outside-window"),
        pytest.param(f"{BAD_CHECK}（身份证）", True, id="cue-after"),
        pytest.param(f"编码{BAD_CHECK}", False, id="no-cue"),
        pytest.param(f"身份证号、信用代码{BAD_CHECK}", False, id="nearer-negative-cue-wins"),
    ],
)
def test_window(redactor, text, found):
    got = any(f.entity_type == "CN_RESIDENT_ID" for f in redactor.analyze(text))
    assert got is found


def test_window_is_configurable():
    text = f"身份证号在本公告第三段所列材料中已经注明{BAD_CHECK}"
    r = redact.Redactor(policy={"context": {"window_before": 40}})
    assert any(f.entity_type == "CN_RESIDENT_ID" for f in r.analyze(text))


def test_explanation_records_the_boost(redactor):
    [f] = redactor.analyze(f"身份证号{BAD_CHECK}")
    assert f.explanation["original_score"] == pytest.approx(0.3)
    assert f.score == pytest.approx(0.65)
    assert "context word" in f.explanation["textual_explanation"]


def test_helpers_keep_offsets():
    text = "电话：１３８１２３４５６７８　（０３５８）"
    assert len(normalize_width(text)) == len(text)
    assert normalize_width(text) == "电话:13812345678 (0358)"
    assert nearest_cue("身份证号：", ("身份证号", "身份证")) == 1
    assert nearest_cue("无关文字", ("身份证",)) == -1
