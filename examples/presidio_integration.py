"""Our Chinese recognizers inside your own Presidio AnalyzerEngine, with Presidio's anonymizer.

    python examples/presidio_integration.py
"""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NoOpNlpEngine
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig

import recognizers

registry = RecognizerRegistry(supported_languages=["zh"])
for cls in recognizers.ALL:  # every recognizer: ID, phone, plate, person rules, person model
    registry.add_recognizer(cls())

engine = AnalyzerEngine(
    registry=registry,
    # Our recognizers need no tokens or lemmas; the model recognizer runs its own pipeline.
    nlp_engine=NoOpNlpEngine(models=[{"lang_code": "zh", "model_name": "none"}]),
    supported_languages=["zh"],
    # Cue words (身份证号, 联系电话 ...) matched on raw characters; Presidio's default never fires on Chinese.
    context_aware_enhancer=recognizers.ChineseContextEnhancer(),
)

text = "当事人李秀英驾驶晋DF12345号新能源车，身份证号141181199001011234（校验位有误），手机13803551234。"
results = engine.analyze(text, language="zh", score_threshold=0.5)
for res in sorted(results, key=lambda r: r.start):
    print(res.entity_type, res.start, res.end, round(res.score, 2), res.recognition_metadata.get("subtype"))

anonymized = AnonymizerEngine().anonymize(
    text,
    results,
    operators={"DEFAULT": OperatorConfig("replace", {"new_value": "〔已脱敏〕"})},
)
print(anonymized.text)
