"""Our recognizers inside a plain Presidio AnalyzerEngine (what other teams do)."""

from __future__ import annotations

import spacy
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import SpacyNlpEngine
from presidio_anonymizer import AnonymizerEngine

import recognizers

TEXT = "驾驶人张伟驾驶晋J·A12B3，身份证号141181199001011234，电话13812345678。"


def _engine(tmp_path, enhancer=None) -> AnalyzerEngine:
    model = tmp_path / "zh_blank"
    spacy.blank("zh").to_disk(model)
    registry = RecognizerRegistry(supported_languages=["zh"])
    for cls in recognizers.ALL:
        registry.add_recognizer(cls())
    kwargs = {"context_aware_enhancer": enhancer} if enhancer else {}
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=SpacyNlpEngine(models=[{"lang_code": "zh", "model_name": str(model)}]),
        supported_languages=["zh"],
        **kwargs,
    )


def test_plain_engine_with_our_enhancer_finds_everything(tmp_path):
    engine = _engine(tmp_path, recognizers.ChineseContextEnhancer())
    found = {(r.entity_type, TEXT[r.start : r.end]) for r in engine.analyze(TEXT, language="zh")}
    assert found == {
        ("PERSON", "张伟"),
        ("CN_LICENSE_PLATE", "晋J·A12B3"),
        ("CN_RESIDENT_ID", "141181199001011234"),  # bad checksum, lifted by the cue word
        ("CN_PHONE_NUMBER", "13812345678"),
    }
    out = AnonymizerEngine().anonymize(TEXT, engine.analyze(TEXT, language="zh")).text
    assert "张伟" not in out and "13812345678" not in out


def test_lemma_enhancer_cannot_see_chinese_cues(tmp_path):
    """Why ChineseContextEnhancer exists: Presidio's default enhancer misses 身份证号."""
    engine = _engine(tmp_path)
    found = {r.entity_type for r in engine.analyze(TEXT, language="zh")}
    assert "CN_RESIDENT_ID" not in found
    assert "CN_PHONE_NUMBER" in found
